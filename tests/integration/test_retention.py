"""Retention and WAL trim on data that has not been uploaded yet (the upload interval here is
the default 10 s): retention.ms / retention.bytes (and DeleteRecords) move the earliest
offset and free WAL segments. The broker's housekeeping runs every 2 s."""
import os
import time

from confluent_kafka import Producer

from kafka_util import create_topic, watermarks


def _produce(bootstrap, topic, n, size, partitions):
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5,
                  "batch.size": 256 * 1024})
    payload = b"x" * size
    for i in range(n):
        p.produce(topic, value=payload, partition=i % partitions)
        if i % 1000 == 0:
            p.poll(0)
    assert p.flush(60) == 0


def _segments(data_dir):
    wal = os.path.join(data_dir, "wal")
    return sorted(f for f in os.listdir(wal) if f.endswith(".wal"))


def _wait(cond, timeout, what):
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout * 4) + 1):
        v = cond()
        if v:
            return v
        if time.monotonic() > deadline:
            break
        time.sleep(0.25)
    raise AssertionError("timed out after %ds waiting for %s" % (timeout, what))


def test_retention_ms_moves_earliest_offset(broker):
    create_topic(broker.bootstrap, "short-lived", partitions=2, config={"retention.ms": "3000"})
    _produce(broker.bootstrap, "short-lived", 2000, 100, 2)
    wm = watermarks(broker.bootstrap, "short-lived", 2)
    assert all(lo == 0 and hi == 1000 for lo, hi in wm.values()), wm
    # Everything produced is older than 3 s within ~5 s; housekeeping runs every 2 s.
    _wait(lambda: all(lo == 1000 for lo, hi in
                      watermarks(broker.bootstrap, "short-lived", 2).values()),
          30, "earliest offsets to reach the end")
    # The log end stays: new records continue the offsets.
    _produce(broker.bootstrap, "short-lived", 2, 100, 2)
    wm = watermarks(broker.bootstrap, "short-lived", 2)
    assert all(hi == 1001 for lo, hi in wm.values()), wm


def test_retention_bytes_trims_the_wal(broker_factory):
    # Small segments so that trimming is visible: 1 MiB segments, 64 MiB capacity.
    b = broker_factory(overrides={("wal", "segment_size_bytes"): "1048576",
                                  ("wal", "capacity_bytes"): "67108864"})
    create_topic(b.bootstrap, "bounded", partitions=1,
                 config={"retention.bytes": "1048576"})
    _produce(b.bootstrap, "bounded", 8000, 1024, 1)  # ~8 MiB
    assert len(_segments(b.data_dir)) >= 6
    _wait(lambda: len(_segments(b.data_dir)) <= 3, 30, "WAL segments to be trimmed")
    lo, hi = watermarks(b.bootstrap, "bounded", 1)[0]
    assert hi == 8000 and lo > 5000, (lo, hi)
    # A restart keeps the log start and end: nothing trimmed comes back, offsets continue.
    b.restart()
    lo2, hi2 = watermarks(b.bootstrap, "bounded", 1)[0]
    assert (lo2, hi2) == (lo, hi)
    _produce(b.bootstrap, "bounded", 1, 10, 1)
    assert watermarks(b.bootstrap, "bounded", 1)[0][1] == 8001
