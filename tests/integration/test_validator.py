"""What the broker does to each produced batch, as Kafka's LogValidator does, over the raw
protocol: a batch whose header leaves maxTimestamp at -1 (Sarama <= 1.45, librdkafka's tests
0052/0053) gets the true newest record timestamp, so default retention keeps it and ListOffsets
by time finds it, while old data still expires (and the removal is logged); LogAppendTime
topics get the broker's time; a keyless record on a compacted topic and zstd below Produce v7
are refused with Kafka's codes."""
import re
import struct
import time

import zstandard
from confluent_kafka import Consumer, TopicPartition, TIMESTAMP_LOG_APPEND_TIME

import kafka_util as ku
from test_tier import wait

FAST = {("broker", "retention_check_interval_ms"): "200"}


def batch(records, first_ts, max_ts, codec=0, producer_id=-1):
    """A RecordBatch v2: records are (key or None, value, timestamp delta); the header carries
    first_ts and max_ts as given (not derived)."""
    body = b""
    for i, (k, v, tsd) in enumerate(records):
        rec = b"\x00" + ku._varint(tsd) + ku._varint(i)
        rec += ku._varint(-1) if k is None else ku._varint(len(k)) + k
        rec += ku._varint(len(v)) + v + ku._varint(0)
        body += ku._varint(len(rec)) + rec
    if codec == 4:
        body = zstandard.ZstdCompressor().compress(body)
    after_crc = struct.pack(">hiqqqhii", codec, len(records) - 1, first_ts, max_ts, producer_id,
                            -1, -1, len(records)) + body
    b = struct.pack(">ib", 0, 2) + struct.pack(">I", ku.crc32c(after_crc)) + after_crc
    return struct.pack(">qi", 0, len(b)) + b


def produce(raw, topic, data, version=3):
    """Produce (v3..v8 share this layout) of one batch: (error, base_offset, log_append_time)."""
    body = ku._str(None) + struct.pack(">hi", -1, 10000) + struct.pack(">i", 1) + ku._str(topic)
    body += struct.pack(">i", 1) + struct.pack(">ii", 0, len(data)) + data
    r = raw.request(0, version, body)
    assert r.take(">i") == 1
    r.string()
    assert r.take(">i") == 1
    _p, err, base, lat = r.take(">ihqq")
    return err, base, lat


def offset_for_time(bootstrap, topic, ts):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "v-%d" % time.time_ns()})
    try:
        return c.offsets_for_times([TopicPartition(topic, 0, ts)], timeout=10)[0].offset
    finally:
        c.close()


def test_max_timestamp_minus_one_is_repaired(broker_factory):
    b = broker_factory(overrides=FAST)
    ku.create_topic(b.bootstrap, "mts", 1)  # default retention: 7 days
    now = int(time.time() * 1000)
    recs = [(b"k%d" % i, b"v%d" % i, i * 10) for i in range(3)]
    with ku.RawClient(b.bootstrap) as raw:
        assert produce(raw, "mts", batch(recs, now - 5000, -1))[0] == 0
        # No timestamps at all: retained by the time it arrived.
        assert produce(raw, "mts", batch([(b"k", b"none", 0)], -1, -1))[0] == 0
    time.sleep(1.5)  # several retention passes
    assert ku.watermarks(b.bootstrap, "mts", 1)[0] == (0, 4), "records lost to retention"
    assert offset_for_time(b.bootstrap, "mts", now - 5000) == 0
    assert offset_for_time(b.bootstrap, "mts", now - 5000 + 11) == 2
    got = ku.consume_all(b.bootstrap, "mts", 4, npartitions=1)
    assert [r.timestamp for r in got[:3]] == [now - 5000, now - 4990, now - 4980]
    # After a restart the index is rebuilt from the stored (repaired) headers.
    b.restart()
    time.sleep(1.0)
    assert ku.watermarks(b.bootstrap, "mts", 1)[0] == (0, 4)
    assert offset_for_time(b.bootstrap, "mts", now - 5000 + 11) == 2


def test_old_data_still_expires_and_is_logged(broker_factory):
    b = broker_factory(overrides=FAST)
    ku.create_topic(b.bootstrap, "old", 1, config={"retention.ms": "2000"})
    hour_ago = int(time.time() * 1000) - 3600 * 1000
    with ku.RawClient(b.bootstrap) as raw:
        for _ in range(3):
            assert produce(raw, "old", batch([(b"k", b"x" * 100, 0)], hour_ago, -1))[0] == 0
    wait(lambda: ku.watermarks(b.bootstrap, "old", 1)[0] == (3, 3), 20, "retention to run")
    m = re.search(r"retention: old-0 offsets 0\.\.\d+ removed \((\d+) bytes\) by retention\.ms",
                  b.stderr_text())
    assert m and int(m.group(1)) > 0, b.stderr_tail()


def test_log_append_time(broker_factory):
    b = broker_factory()
    ku.create_topic(b.bootstrap, "lat", 1, config={"message.timestamp.type": "LogAppendTime"})
    before = int(time.time() * 1000)
    with ku.RawClient(b.bootstrap) as raw:
        err, base, lat = produce(raw, "lat", batch([(b"k", b"v", 0)], 1000, 1000))
    after = int(time.time() * 1000)
    assert err == 0 and base == 0
    assert before <= lat <= after, "log_append_time %d not the broker's time" % lat
    c = Consumer({"bootstrap.servers": b.bootstrap, "group.id": "lat",
                  "auto.offset.reset": "earliest"})
    try:
        c.assign([TopicPartition("lat", 0, 0)])
        msg = None
        for _ in range(100):
            msg = c.poll(0.2)
            if msg is not None and not msg.error():
                break
        assert msg is not None and not msg.error()
        assert msg.timestamp() == (TIMESTAMP_LOG_APPEND_TIME, lat)
    finally:
        c.close()


def test_keyless_record_on_compacted_topic_refused(broker):
    ku.create_topic(broker.bootstrap, "cmp", 1, config={"cleanup.policy": "compact"})
    now = int(time.time() * 1000)
    with ku.RawClient(broker.bootstrap) as raw:
        err, _, _ = produce(raw, "cmp", batch([(b"k", b"a", 0), (None, b"b", 1)], now, now + 1))
        assert err == 87, "INVALID_RECORD expected, got %d" % err
        assert produce(raw, "cmp", batch([(b"k", b"a", 0)], now, now))[:2] == (0, 0)
    assert ku.watermarks(broker.bootstrap, "cmp", 1)[0] == (0, 1)


def test_zstd_below_produce_v7_refused(broker):
    ku.create_topic(broker.bootstrap, "zs", 1)
    now = int(time.time() * 1000)
    data = batch([(b"k", b"zstd value " * 20, 0)], now, now, codec=4)
    with ku.RawClient(broker.bootstrap) as raw:
        assert produce(raw, "zs", data, version=3)[0] == 76, "UNSUPPORTED_COMPRESSION_TYPE"
        assert produce(raw, "zs", data, version=7)[:2] == (0, 0)
    got = ku.consume_all(broker.bootstrap, "zs", 1, npartitions=1)
    assert got[0].value == b"zstd value " * 20
