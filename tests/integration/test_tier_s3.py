"""The object storage tier against a real S3 server (s3rver, started by the test) behind a fault
proxy that counts requests and injects 503s, slow answers and connection resets.

- 2 GiB over 16 partitions through a 64 MiB WAL, all of it read back from offset 0 byte for
  byte, most of it from object storage; the WAL's segments never exceed its capacity; PUTs per
  GiB printed.
- Faults while producing: nothing acknowledged is lost, uploads catch up afterwards.
- kill -9 between an object's PUT and its commit: no loss, no duplicate, the orphan goes.
- Compaction into per-partition objects, then retention deleting every expired object.
"""
import os
import threading
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource

from conftest import s3_overrides
from faultproxy import FaultProxy
from kafka_util import create_topic, watermarks
from test_tier import PeakSampler, produce, value, wait

MiB = 1 << 20


def s3_broker(broker_factory, proxy, extra=None, start=True):
    ov = dict(s3_overrides(proxy.port))
    ov.update({
        ("wal", "capacity_bytes"): str(64 * MiB),
        ("wal", "segment_size_bytes"): str(4 * MiB),
        ("wal", "upload_interval_ms"): "500",
        ("object_storage", "upload_bytes"): str(16 * MiB),
        ("object_storage", "extent_max_bytes"): str(8 * MiB),
        ("object_storage", "compaction_interval_ms"): "0",
        ("object_storage", "delete_grace_ms"): "0",
        ("object_storage", "request_timeout_ms"): "10000",
        ("cache", "read_cache_size_bytes"): str(96 * MiB),
        ("cache", "write_cache_size_bytes"): str(16 * MiB),
    })
    ov.update(extra or {})
    return broker_factory(overrides=ov, start=start)


def verify_stream(bootstrap, topic, partitions, per_part, size, timeout=600):
    """Reads every partition from offset 0 to per_part and checks each record's bytes as it
    arrives (nothing is kept but the next expected offset of each partition)."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "v-%d" % time.time_ns(),
                  "enable.auto.commit": False, "fetch.max.bytes": 64 * MiB,
                  "max.partition.fetch.bytes": 8 * MiB, "queued.max.messages.kbytes": 262144})
    nxt = {p: 0 for p in range(partitions)}
    try:
        c.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
        deadline = time.monotonic() + timeout
        for _ in range(10000000):
            if all(v == per_part for v in nxt.values()) or time.monotonic() > deadline:
                break
            for m in c.consume(num_messages=2000, timeout=0.5):
                if m.error() is not None:
                    if m.error().code() == KafkaError._PARTITION_EOF:
                        continue
                    raise KafkaException(m.error())
                p, o = m.partition(), m.offset()
                assert o == nxt[p], "partition %d: offset %d, expected %d" % (p, o, nxt[p])
                assert m.value() == value(p, o, size), "partition %d offset %d" % (p, o)
                nxt[p] = o + 1
    finally:
        c.close()
    assert all(v == per_part for v in nxt.values()), nxt


def test_e2e_2gib_over_s3(broker_factory, s3server):
    proxy = FaultProxy(s3server.port)
    try:
        b = s3_broker(broker_factory, proxy)
        create_topic(b.bootstrap, "big", partitions=16)
        size, per = 16384, 8192  # 16 x 8192 x 16 KiB = 2 GiB
        t0 = time.monotonic()
        with PeakSampler(os.path.join(b.data_dir, "wal")) as sampler:
            produce(b.bootstrap, "big", 16, per, size)
        peak = sampler.peak
        produced_s = time.monotonic() - t0
        gib = 16 * per * size / float(1 << 30)
        # Everything below the WAL's tail goes to objects; wait for the last upload.
        wait(lambda: proxy.count("PUT") >= 100, 120, "uploads")
        time.sleep(2)
        puts = proxy.count("PUT")
        # The WAL's files (segments, the preallocated tail, spares) stay within its capacity.
        assert peak <= 64 * MiB, "WAL files reached %d bytes" % peak
        gets_before = proxy.count("GET")
        t1 = time.monotonic()
        b.restart()  # empty caches: old offsets come from object storage
        verify_stream(b.bootstrap, "big", 16, per, size)
        read_s = time.monotonic() - t1
        gets = proxy.count("GET") - gets_before
        wm = watermarks(b.bootstrap, "big", 16)
        assert all(wm[p] == (0, per) for p in range(16)), wm
        assert gets * 8 * MiB >= 1 << 30, "only %d GETs: most data did not come from objects" % gets
        print("\nRESULT e2e_s3 gib=%.2f produce_s=%.1f read_s=%.1f puts=%d puts_per_gib=%.1f "
              "gets=%d wal_peak_mib=%.1f objects=%d" % (gib, produced_s, read_s, puts, puts / gib,
                                                        gets, peak / MiB,
                                                        len(s3server.objects())))
    finally:
        proxy.close()


def test_s3_faults_no_loss(broker_factory, s3server):
    proxy = FaultProxy(s3server.port)
    try:
        b = s3_broker(broker_factory, proxy, extra={
            ("wal", "capacity_bytes"): str(32 * MiB),
            ("wal", "segment_size_bytes"): str(2 * MiB),
            ("object_storage", "upload_bytes"): str(2 * MiB),
            ("object_storage", "request_timeout_ms"): "3000",
        })
        create_topic(b.bootstrap, "faulty", partitions=4)
        stop = threading.Event()
        seen_modes = []

        def chaos():
            # 503s, then slow answers, then resets, each for a while; then healthy again.
            for mode in ("503", "slow", "reset", "503"):
                if stop.is_set():
                    break
                proxy.delay_s = 4.0
                proxy.mode = mode
                seen_modes.append(mode)
                stop.wait(3)
            proxy.mode = "pass"

        t = threading.Thread(target=chaos)
        t.start()
        try:
            produce(b.bootstrap, "faulty", 4, 3000, 4096)  # 48 MiB, idempotent, acks=all
        finally:
            stop.set()
            t.join()
        proxy.mode = "pass"
        assert proxy.faults > 0 and len(seen_modes) >= 2
        assert b.alive()
        assert "upload of" in b.stderr_text() and "failed" in b.stderr_text(), \
            "no upload ever failed: the faults did not reach the uploader"
        # Uploads catch up by themselves: the whole log ends up in objects.
        wait(lambda: len(s3server.objects()) >= 10, 120, "uploads to catch up")
        b.restart()
        verify_stream(b.bootstrap, "faulty", 4, 3000, 4096)
    finally:
        proxy.close()


def test_s3_kill9_between_put_and_commit(broker_factory, s3server):
    proxy = FaultProxy(s3server.port)
    try:
        b = s3_broker(broker_factory, proxy, extra={
            ("object_storage", "upload_bytes"): str(1 * MiB),
        }, start=False)
        b.env["RMQ_TIER_TEST_PAUSE_AFTER_PUT_MS"] = "5000"
        b.start()
        create_topic(b.bootstrap, "crash", partitions=2)
        produce(b.bootstrap, "crash", 2, 300, 2048)
        wait(lambda: "committing" in b.stderr_text(), 30, "an object PUT")
        orphans = set(s3server.objects())
        assert orphans
        b.kill9()
        b.env.pop("RMQ_TIER_TEST_PAUSE_AFTER_PUT_MS")
        b.start()
        wait(lambda: "deleted orphan object" in b.stderr_text(), 30, "orphan collection")
        wait(lambda: not (orphans & set(s3server.objects())), 30, "the orphan to go")
        verify_stream(b.bootstrap, "crash", 2, 300, 2048)
        wait(lambda: len(s3server.objects()) >= 1, 30, "the re-upload")
        b.restart()
        verify_stream(b.bootstrap, "crash", 2, 300, 2048)
    finally:
        proxy.close()


def test_s3_compaction_and_retention(broker_factory, s3server):
    """Background compaction on S3 turns the shared objects into per-partition ones (the
    shared ones are deleted) without changing a byte a consumer reads; then retention.ms
    deletes the expired objects and moves the earliest offset."""
    proxy = FaultProxy(s3server.port)
    try:
        b = s3_broker(broker_factory, proxy, extra={
            ("object_storage", "upload_bytes"): str(1 * MiB),
            ("object_storage", "extent_max_bytes"): str(4 * MiB),
            ("object_storage", "compaction_interval_ms"): "500",
            ("object_storage", "compaction_min_bytes"): str(2 * MiB),
            ("wal", "upload_interval_ms"): "200",
        })
        create_topic(b.bootstrap, "compact", partitions=3)
        produce(b.bootstrap, "compact", 3, 2000, 4096)  # 24 MiB: ~24 shared objects
        wait(lambda: len(s3server.objects()) >= 5, 30, "uploads")
        shared = set(s3server.objects())
        # Compaction rewrites them; the shared objects go (delete_grace_ms = 0 here).
        wait(lambda: len(shared - set(s3server.objects())) >= len(shared) // 2, 60,
             "shared objects to be compacted away")
        b.restart()
        verify_stream(b.bootstrap, "compact", 3, 2000, 4096)
        # Retention: 5 s after the data was written everything is expired.
        a = AdminClient({"bootstrap.servers": b.bootstrap})
        res = ConfigResource(ConfigResource.Type.TOPIC, "compact",
                             set_config={"retention.ms": "5000"})
        for f in a.alter_configs([res]).values():
            f.result(30)
        wait(lambda: all(lo == hi == 2000 for lo, hi in watermarks(b.bootstrap, "compact",
                                                                   3).values()),
             40, "the earliest offsets to reach the end")
        wait(lambda: not s3server.objects("rustmq/"), 40, "every expired object to be deleted")
    finally:
        proxy.close()
