"""The object storage tier on the local backend, end to end through the Kafka protocol:
uploads let a small WAL hold a large log, old offsets stay readable after their WAL segments
are gone (also after a restart, with an empty cache), retention deletes objects and moves the
earliest offset, a kill -9 between an object's PUT and its commit loses and duplicates
nothing and the orphan is collected, and an unreachable store makes produce back off with a
retriable error until uploads resume."""
import hashlib
import struct
import os
import threading
import time

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition

from kafka_util import RawClient, consume_all, create_topic, watermarks

MiB = 1 << 20

# A small WAL that must roll its data into objects quickly.
TIER = {
    ("wal", "capacity_bytes"): str(16 * MiB),
    ("wal", "segment_size_bytes"): str(1 * MiB),
    ("wal", "upload_interval_ms"): "200",
    ("object_storage", "upload_bytes"): str(1 * MiB),
    ("object_storage", "extent_max_bytes"): str(1 * MiB),
    ("object_storage", "delete_grace_ms"): "0",
    ("object_storage", "compaction_interval_ms"): "0",
    ("cache", "read_cache_size_bytes"): str(8 * MiB),
    ("cache", "write_cache_size_bytes"): str(4 * MiB),
}


def value(p, i, size):
    seed = hashlib.sha256(b"%d-%d" % (p, i)).digest()
    return (seed * (size // len(seed) + 1))[:size]


def produce(bootstrap, topic, partitions, per_part, size, start=0):
    errors = []

    def cb(err, msg):
        if err is not None:
            errors.append(err)

    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5,
                  "batch.size": 256 * 1024, "enable.idempotence": True,
                  "message.timeout.ms": 120000, "queue.buffering.max.kbytes": 65536})
    for i in range(start, start + per_part):
        for part in range(partitions):
            for _ in range(1000):
                try:
                    p.produce(topic, value=value(part, i, size), partition=part, on_delivery=cb)
                    break
                except BufferError:
                    p.poll(0.05)
        p.poll(0)
    assert p.flush(180) == 0, "records still unacknowledged"
    assert not errors, errors[:3]


def check_all(bootstrap, topic, partitions, per_part, size, start=0):
    recs = consume_all(bootstrap, topic, partitions * (per_part - start), npartitions=partitions,
                       timeout=240)
    seen = {}
    for r in recs:
        assert r.offset not in seen.setdefault(r.partition, set()), "duplicate %s" % (r,)
        seen[r.partition].add(r.offset)
        assert r.value == value(r.partition, r.offset, size), (
            "partition %d offset %d: wrong bytes" % (r.partition, r.offset))
    for part in range(partitions):
        assert seen.get(part, set()) == set(range(start, per_part)), "partition %d" % part


def dir_bytes(path, suffix=None):
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            if suffix is None or f.endswith(suffix):
                try:
                    total += os.stat(os.path.join(root, f)).st_size
                except FileNotFoundError:
                    pass
    return total


class PeakSampler:
    """Samples the bytes of every file under path every 20 ms while in a with block."""

    def __init__(self, path):
        self.path = path
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run)

    def _run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, dir_bytes(self.path))
            time.sleep(0.02)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        return False


def objects(b):
    return sorted(os.path.join(r, f) for r, _, fs in os.walk(os.path.join(b.data_dir, "objects"))
                  for f in fs if f.endswith(".obj"))


def wait(cond, timeout, what):
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout * 10) + 1):
        v = cond()
        if v:
            return v
        if time.monotonic() > deadline:
            break
        time.sleep(0.1)
    raise AssertionError("timed out after %ds waiting for %s" % (timeout, what))


def test_old_offsets_readable_after_wal_trim(broker_factory):
    b = broker_factory(overrides=TIER)
    create_topic(b.bootstrap, "tiered", partitions=4)
    wal = os.path.join(b.data_dir, "wal")
    with PeakSampler(wal) as sampler:
        produce(b.bootstrap, "tiered", 4, 4000, 4096)  # 64 MiB through a 16 MiB WAL
    # The WAL's files (segments, the preallocated tail, spares) stay within its capacity.
    assert sampler.peak <= 16 * MiB, "WAL files reached %d bytes" % sampler.peak
    assert len(objects(b)) >= 16
    check_all(b.bootstrap, "tiered", 4, 4000, 4096)
    # After a restart the read cache is empty: every old offset comes from objects again.
    b.restart()
    assert dir_bytes(wal) <= 16 * MiB
    check_all(b.bootstrap, "tiered", 4, 4000, 4096)
    wm = watermarks(b.bootstrap, "tiered", 4)
    assert all(wm[p] == (0, 4000) for p in range(4)), wm


def test_retention_ms_deletes_objects(broker_factory):
    b = broker_factory(overrides=TIER)
    create_topic(b.bootstrap, "short", partitions=2, config={"retention.ms": "10000"})
    produce(b.bootstrap, "short", 2, 1500, 2048)
    wait(lambda: len(objects(b)) >= 2, 30, "uploads")
    before = set(objects(b))
    t0 = time.monotonic()
    # Expired after 10 s; housekeeping runs every 2 s; deletion has no grace period here.
    wait(lambda: all(lo > 0 for lo, _ in watermarks(b.bootstrap, "short", 2).values()), 30,
         "the earliest offsets to move")
    wait(lambda: not (before & set(objects(b))), 30, "expired objects to be deleted")
    elapsed = time.monotonic() - t0
    assert elapsed < 40
    wm = watermarks(b.bootstrap, "short", 2)
    assert all(lo == hi == 1500 for lo, hi in wm.values()), wm


def test_kill9_between_put_and_commit(broker_factory):
    b = broker_factory(overrides=TIER, start=False)
    b.env["RMQ_TIER_TEST_PAUSE_AFTER_PUT_MS"] = "4000"
    b.start()
    create_topic(b.bootstrap, "crash", partitions=2)
    produce(b.bootstrap, "crash", 2, 300, 2048)  # ~1.2 MiB: one object's worth
    wait(lambda: "committing" in b.stderr_text(), 30, "an object PUT")
    orphan = set(objects(b))
    assert orphan, "the PUT left no object"
    b.kill9()
    b.env.pop("RMQ_TIER_TEST_PAUSE_AFTER_PUT_MS")
    b.start()
    wait(lambda: "deleted orphan object" in b.stderr_text(), 20, "orphan collection")
    wait(lambda: not (orphan & set(objects(b))), 20, "the orphan to go")
    # Nothing lost, nothing twice; then the data uploads again for real.
    check_all(b.bootstrap, "crash", 2, 300, 2048)
    produce(b.bootstrap, "crash", 2, 300, 2048, start=300)
    wait(lambda: len(objects(b)) >= 1, 30, "the re-upload")
    b.restart()
    check_all(b.bootstrap, "crash", 2, 600, 2048)


def test_store_unreachable_backpressure(broker_factory):
    b = broker_factory(overrides=TIER, start=False)
    fault = os.path.join(b.data_dir, "store-down")
    b.env["RMQ_TEST_OBJSTORE_FAULT_FILE"] = fault  # the store's fault hook: EIO while it exists
    b.start()
    create_topic(b.bootstrap, "bp", partitions=2)
    with open(fault, "w") as f:
        f.write("down\n")
    acked = {}  # (partition, offset) -> value
    errs = []

    def cb(err, msg):
        if err is not None:
            errs.append(err)
        else:
            acked[(msg.partition(), msg.offset())] = msg.value()

    # No client retries: the broker's answer shows directly in the delivery reports.
    p = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 5,
                  "retries": 0, "message.timeout.ms": 60000})
    n = 0
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not errs and n < 40000:
        for _ in range(500):
            try:
                p.produce("bp", value=value(n % 2, n, 2048), partition=n % 2, on_delivery=cb)
                n += 1
            except BufferError:
                p.poll(0.05)
        p.poll(0.01)
    p.flush(60)
    assert errs, "the WAL never filled (%d records acknowledged)" % len(acked)
    # NOT_ENOUGH_REPLICAS: retriable in the protocol, and the batch was not written.
    assert all(e.code() == KafkaError.NOT_ENOUGH_REPLICAS for e in errs), [
        str(e) for e in errs[:3]]
    assert b.alive()
    wait(lambda: "upload of" in b.stderr_text() and "failed" in b.stderr_text(), 30,
         "a failed upload to be reported")
    assert not objects(b)
    # The store comes back: uploads resume by themselves, the WAL drains, producing works.
    os.unlink(fault)
    wait(lambda: len(objects(b)) > 0, 60, "uploads to resume")
    errs.clear()
    p2 = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 5,
                   "enable.idempotence": True, "message.timeout.ms": 120000})
    for i in range(2000):
        p2.produce("bp", value=value(i % 2, 10 ** 6 + i, 2048), partition=i % 2,
                   on_delivery=cb)
        p2.poll(0)
    assert p2.flush(120) == 0
    assert not errs, [str(e) for e in errs[:3]]
    # Every acknowledged record is there, byte for byte, at its offset.
    wm = watermarks(b.bootstrap, "bp", 2)
    total = sum(hi - lo for lo, hi in wm.values())
    assert total == len(acked), (total, len(acked))
    recs = consume_all(b.bootstrap, "bp", total, npartitions=2, timeout=240)
    got = {(r.partition, r.offset): r.value for r in recs}
    assert got == acked


def test_tier_on_azure(broker_factory, azurite):
    """The same path on Azure Blob (Azurite): uploads, WAL trim, and reads from blobs after a
    restart (36 MiB through a 16 MiB WAL: most of it exists only in blobs)."""
    ov = dict(TIER)
    ov.update(azurite.overrides())
    b = broker_factory(overrides=ov)
    create_topic(b.bootstrap, "blobs", partitions=3)
    produce(b.bootstrap, "blobs", 3, 3000, 4096)  # 36 MiB through a 16 MiB WAL
    wait(lambda: "uploaded rustmq/b1/" in b.stderr_text(), 30, "an upload")
    b.restart()
    check_all(b.bootstrap, "blobs", 3, 3000, 4096)


def test_offsets_for_times_in_objects(broker_factory):
    """ListOffsets by timestamp finds the exact record in uploaded data, also right after a
    restart when the extent is not cached yet (the lookup waits for its load)."""
    b = broker_factory(overrides=TIER)
    create_topic(b.bootstrap, "times", partitions=1)
    base = int(time.time() * 1000) - 3600 * 1000
    p = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 5,
                  "enable.idempotence": True, "message.timeout.ms": 120000})
    n = 20000  # 80 MiB through a 16 MiB WAL
    peak = 3333  # an early record carries the largest timestamp (ListOffsets -3)
    for i in range(n):
        ts = base + 10 * i if i != peak else base + 10 * n + 999
        for _ in range(1000):
            try:
                p.produce("times", value=value(0, i, 4096), partition=0, timestamp=ts)
                break
            except BufferError:
                p.poll(0.05)
    assert p.flush(120) == 0
    b.restart()
    c = Consumer({"bootstrap.servers": b.bootstrap, "group.id": "t-%d" % time.time_ns()})
    try:
        for i in (1, 777, 3000, 5000, 12345):
            # The first record at or after the time: past the peak, the peak record itself.
            want = i if i <= peak else peak
            got = c.offsets_for_times([TopicPartition("times", 0, base + 10 * i - 5)], timeout=30)
            assert got[0].offset == want, (i, got[0].offset)
            got = c.offsets_for_times([TopicPartition("times", 0, base + 10 * i)], timeout=30)
            assert got[0].offset == want, (i, got[0].offset)
    finally:
        c.close()
    b.restart()
    assert list_offsets_v7(b.bootstrap, "times", 0, -3) == (0, peak, base + 10 * n + 999)


def list_offsets_v7(bootstrap, topic, partition, timestamp):
    """ListOffsets v7 (flexible; -3 = the record with the largest timestamp): returns
    (error, offset, timestamp)."""
    def uvarint(v):
        out = b""
        while True:
            b, v = v & 0x7F, v >> 7
            out += bytes([b | (0x80 if v else 0)])
            if not v:
                return out

    name = topic.encode()
    body = struct.pack(">ib", -1, 0) + uvarint(2) + uvarint(len(name) + 1) + name
    body += uvarint(2) + struct.pack(">iiq", partition, -1, timestamp) + b"\0" + b"\0" + b"\0"
    with RawClient(bootstrap) as c:
        c.corr += 1
        hdr = struct.pack(">hhi", 2, 7, c.corr) + struct.pack(">h", 4) + b"test" + b"\0"
        frame = hdr + body
        c.sock.sendall(struct.pack(">i", len(frame)) + frame)
        size = struct.unpack(">i", c._recv(4))[0]
        data = c._recv(size)
    corr, = struct.unpack_from(">i", data)
    assert corr == c.corr
    p = 4 + 1 + 4  # header tags, throttle
    assert data[p] == 2  # one topic
    nlen = data[p + 1] - 1
    p += 2 + nlen
    assert data[p] == 2  # one partition
    _idx, err, ts, off, _epoch = struct.unpack_from(">ihqqi", data, p + 1)
    return err, off, ts
