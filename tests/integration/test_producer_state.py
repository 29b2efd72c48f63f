"""Idempotent producer state across kill -9, also once the producer's batches have left the
WAL for object storage: the state comes back from the snapshot written before every WAL trim
plus the WAL after it, so a retried batch is still recognised and the producer carries on with
no UNKNOWN_PRODUCER_ID."""
import os
import re
import threading
import time

from confluent_kafka import Producer

import kafka_util as ku
from test_tier import TIER, wait

MiB = 1 << 20


def _wal_segments(b):
    d = os.path.join(b.data_dir, "wal")
    return sorted(f for f in os.listdir(d) if f.endswith(".wal"))


def _filler(b, topic, n, size=8192):
    """Plain (non-idempotent) records that push the WAL past its first segments."""
    p = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 5})
    for i in range(n):
        for _ in range(1000):
            try:
                p.produce(topic, value=b"f" * size, partition=0)
                break
            except BufferError:
                p.poll(0.05)
    assert p.flush(120) == 0


def _trimmed_past(b, first_segments):
    """True once every segment that existed at first_segments is gone from the WAL."""
    now = _wal_segments(b)
    return now and all(s not in now for s in first_segments)


def test_dedup_after_kill9_when_batches_are_uploaded(broker_factory):
    """Raw protocol: batches of one producer, then enough other data that their WAL segments
    are uploaded and trimmed; kill -9; the resent last batch gets its first offset back and the
    next sequence is accepted (not UNKNOWN_PRODUCER_ID, not OUT_OF_ORDER_SEQUENCE_NUMBER)."""
    b = broker_factory(overrides=TIER)
    ku.create_topic(b.bootstrap, "ps", 1)
    ku.create_topic(b.bootstrap, "ps-fill", 1)
    with ku.RawClient(b.bootstrap) as raw:
        err, pid, epoch = raw.init_producer_id()
        assert err == 0
        batches = [ku.record_batch([b"v%d" % i], pid, epoch, i) for i in range(5)]
        for i, bt in enumerate(batches):
            assert raw.produce("ps", 0, bt) == (0, i)
    first = _wal_segments(b)
    _filler(b, "ps-fill", 1200)  # ~10 MiB through 1 MiB segments
    wait(lambda: _trimmed_past(b, first), 60, "the producer's WAL segments to be trimmed")
    b.restart(kill=True)
    log = b.stderr_text()
    m = re.search(r"producer state rebuilt: (\d+) producer-partition states from the snapshot, "
                  r"(\d+) batches replayed from the WAL, (\d+) gap", log)
    assert m, log[-3000:]
    assert int(m.group(1)) >= 1, "the state did not come from the snapshot: " + m.group(0)
    assert int(m.group(3)) == 0, m.group(0)
    with ku.RawClient(b.bootstrap) as raw:
        assert raw.produce("ps", 0, batches[4]) == (0, 4), "uploaded duplicate not recognised"
        assert raw.produce("ps", 0, batches[2]) == (0, 2), "older cached duplicate"
        assert raw.produce("ps", 0, ku.record_batch([b"v5"], pid, epoch, 5)) == (0, 5)
    recs = ku.consume_all(b.bootstrap, "ps", 6, npartitions=1)
    assert [r.value for r in recs] == [b"v%d" % i for i in range(6)]


def test_librdkafka_producer_continues_after_kill9_with_uploaded_batches(broker_factory):
    """librdkafka keeps its producer id and sequences across a broker kill -9 (it reconnects and
    retries): after the restart it must carry on with no fatal error, and every acknowledged
    record is present exactly once, in order."""
    b = broker_factory(overrides=TIER)
    ku.create_topic(b.bootstrap, "ps2", 2)
    ku.create_topic(b.bootstrap, "ps2-fill", 1)
    fatal, errors, acked = [], [], []
    lock = threading.Lock()

    def on_err(e):
        if e.fatal():
            fatal.append(str(e))

    def on_delivery(err, msg):
        with lock:
            if err is None:
                acked.append((msg.partition(), msg.offset(), msg.value()))
            else:
                errors.append(str(err))

    p = Producer({"bootstrap.servers": b.bootstrap, "enable.idempotence": True, "acks": "all",
                  "linger.ms": 5, "message.timeout.ms": 120000, "error_cb": on_err,
                  "retry.backoff.ms": 100})
    for i in range(4000):
        p.produce("ps2", value=b"a%06d" % i, partition=i % 2, on_delivery=on_delivery)
        if i % 500 == 0:
            p.poll(0)
    assert p.flush(60) == 0
    first = _wal_segments(b)
    _filler(b, "ps2-fill", 1200)
    wait(lambda: _trimmed_past(b, first), 60, "the producer's WAL segments to be trimmed")
    b.kill9()
    # Sent while the broker is down: librdkafka retries them against the restarted broker.
    for i in range(4000, 6000):
        p.produce("ps2", value=b"a%06d" % i, partition=i % 2, on_delivery=on_delivery)
    p.poll(0.5)
    b.start()
    for i in range(6000, 8000):
        p.produce("ps2", value=b"a%06d" % i, partition=i % 2, on_delivery=on_delivery)
        if i % 500 == 0:
            p.poll(0)
    assert p.flush(120) == 0
    assert not fatal, fatal
    assert not errors, errors[:5]
    assert len(acked) == 8000
    recs = ku.consume_all(b.bootstrap, "ps2", 8000, npartitions=2)
    for part in range(2):
        vals = [r.value for r in recs if r.partition == part]
        want = [b"a%06d" % i for i in range(part, 8000, 2)]
        assert vals == want, "partition %d: lost, duplicated or reordered records" % part
