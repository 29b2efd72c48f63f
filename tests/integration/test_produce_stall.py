"""The produce path never blocks a network thread on the WAL.

A burst from idempotent producers larger than the WAL's group buffer once deadlocked the broker:
a network worker waited for buffer space while holding the producer-state lock the WAL writer
needed to complete the group that would free it. Requests that find the buffer full now park and
resume; a watchdog reports a thread that makes no progress."""
import os
import re
import threading
import time

from confluent_kafka import Producer

import kafka_util as ku

NPART = 8
RECORDS = 200000
PRODUCERS = 4


def _burst(bootstrap, topic, n, start, errors, acked, nparts=NPART):
    conf = {"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
            "linger.ms": 2, "batch.size": 65536, "message.timeout.ms": 120000,
            "queue.buffering.max.messages": 200000}
    p = Producer(conf)
    lock = threading.Lock()

    def on_delivery(err, msg):
        with lock:
            if err is None:
                acked.append((msg.partition(), msg.offset(), ku.index_of(msg.value())))
            else:
                errors.append(str(err))

    value_pad = b"x" * 180
    for i in range(start, start + n):
        for _ in range(2000):
            try:
                p.produce(topic, key=ku.key_of(i), value=ku.value_of(i) + value_pad,
                          partition=i % nparts, on_delivery=on_delivery)
                break
            except BufferError:
                p.poll(0.01)
        if i % 1000 == 0:
            p.poll(0)
    left = p.flush(150)
    if left:
        errors.append("%d messages still queued after 150 s" % left)


def _parked_count(text):
    m = re.findall(r"produce: (\d+) request\(s\) parked on a full WAL buffer", text)
    return int(m[-1]) if m else None


def test_idempotent_burst_larger_than_wal_buffer(broker_factory):
    """200,000 records from 4 idempotent producers (4 connections) over 8 partitions through a
    64 KiB WAL buffer: every record is acknowledged once, nothing is lost or duplicated, and the
    requests that found the buffer full parked (the path under test) instead of blocking."""
    b = broker_factory(overrides={("wal", "buffer_size"): '"64KiB"'})
    topic = "it-burst"
    ku.create_topic(b.bootstrap, topic, NPART)
    errors, acked = [], []
    per = RECORDS // PRODUCERS
    threads = [threading.Thread(target=_burst, args=(b.bootstrap, topic, per, k * per, errors,
                                                     acked))
               for k in range(PRODUCERS)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(240)
    assert not any(t.is_alive() for t in threads), "producers still running after 240 s"
    took = time.monotonic() - t0
    assert not errors, errors[:5]
    assert len(acked) == RECORDS, "%d of %d acknowledged" % (len(acked), RECORDS)
    assert len({(p, o) for p, o, _ in acked}) == RECORDS, "two records acknowledged at one offset"
    recs = ku.consume_all(b.bootstrap, topic, RECORDS, npartitions=NPART)
    idx = [ku.index_of(r.value[:-180]) for r in recs]
    assert len(idx) == RECORDS and len(set(idx)) == RECORDS, "lost or duplicated records"
    b.stop()
    parked = _parked_count(b.stderr_text())
    assert parked is not None and parked > 0, (
        "no produce parked on the 64 KiB buffer: the test did not reach the path it guards")
    print("RESULT burst records=%d seconds=%.1f parked=%d" % (RECORDS, took, parked))


def test_watchdog_reports_a_stalled_wal_writer(broker_factory, tmp_path):
    """The WAL writer really stops (every fdatasync waits while a file exists): the watchdog
    logs an ERROR naming the stalled writer and every thread's state, produces park instead of
    holding network threads (metadata keeps being answered), and once the disk answers again
    every record is acknowledged."""
    stall = tmp_path / "stall"
    b = broker_factory(overrides={("broker", "watchdog_ms"): "1000"}, start=False)
    b.env["RMQ_TEST_WAL_STALL_FILE"] = str(stall)
    b.start()
    topic = "it-stall"
    ku.create_topic(b.bootstrap, topic, 2)
    stall.write_text("stall")
    errors, acked = [], []
    t = threading.Thread(target=_burst, args=(b.bootstrap, topic, 2000, 0, errors, acked, 2))
    t.start()
    try:
        report = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            m = re.search(r".*no progress for \d+ ms or more: .*", b.stderr_text())
            if m:
                report = m.group(0)
                break
            time.sleep(0.2)
        assert report, "no watchdog report within 30 s:\n" + b.stderr_tail()
        assert "ERROR" in report or "error" in report
        assert "rmq-wal STALLED" in report and "writing and syncing a group" in report, report
        assert "rmq-net-0" in report, report
        # Network threads are free: a metadata request is answered during the stall.
        md = ku.admin(b.bootstrap).list_topics(timeout=10)
        assert topic in md.topics
    finally:
        os.unlink(stall)
    t.join(120)
    assert not t.is_alive()
    assert not errors, errors[:5]
    assert len(acked) == 2000
