"""Memory is bounded by configuration: under a load like the soak's (48 partitions, a few MB/s
of produce, a consumer group with churn, replays from offset 0, connection churn), the release
broker's RSS stays within its configured caches plus the documented working buffers and a fixed
overhead (docs/architecture.md, "Memory"). Runs the release build: the sanitizer build's RSS
measures the sanitizers."""
import os
import socket
import struct
import threading
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

import kafka_util as ku
from conftest import Broker, missing_tool

MiB = 1 << 20
RELEASE = os.environ.get("RMQ_RELEASE_DIR", "")
NPART = 48
RATE_MB_S = float(os.environ.get("RMQ_MEMTEST_RATE_MB_S", "10"))

CACHE_W = 16 * MiB
CACHE_R = 32 * MiB
BUFFER = 1 * MiB
UPLOAD = 4 * MiB
UPLOADS = 2
READAHEAD = 8 * MiB
EXTENT = 1 * MiB
FETCH = 4 * MiB
FETCHERS = 4  # consumers fetching at once: 3 group members and a replay
CONNS = 300
# The bound (docs/architecture.md, "Memory"): the caches (read-ahead is inside the read
# cache), the WAL's two group buffers, the objects being built and uploaded, a compaction
# run, one fetch response per fetching consumer, 64 KiB of input buffer per connection, and a
# fixed overhead for code, libraries, thread stacks, indexes, requests in flight and
# allocator slack.
FIXED = 48 * MiB


def bound():
    return (CACHE_W + CACHE_R + 2 * BUFFER + 2 * UPLOADS * UPLOAD + 8 * EXTENT +
            FETCHERS * FETCH + CONNS * 64 * 1024 + FIXED)


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop_ev = pid, 0, threading.Event()

    def run(self):
        while not self.stop_ev.is_set():
            try:
                self.peak = max(self.peak, rss_kib(self.pid) * 1024)
            except OSError:
                return
            time.sleep(0.05)


def _produce(bs, topic, seconds, errors):
    p = Producer({"bootstrap.servers": bs, "linger.ms": 10, "acks": "all",
                  "enable.idempotence": True, "batch.size": 256 * 1024})
    value = os.urandom(4096)
    start = time.monotonic()
    end = start + seconds
    i = 0
    while time.monotonic() < end:
        try:
            p.produce(topic, value=value, partition=i % NPART)
            i += 1
        except BufferError:
            p.poll(0.01)
        if i % 256 == 0:
            p.poll(0)
            # RATE_MB_S, as the soak: pace by the clock, not by the disk's limit.
            ahead = i * 4096 / (RATE_MB_S * MiB) - (time.monotonic() - start)
            if ahead > 0:
                time.sleep(ahead)
    assert p.flush(60) == 0
    return i


def _group_member(bs, topic, seconds, name):
    c = Consumer({"bootstrap.servers": bs, "group.id": "mem-group", "client.id": name,
                  "auto.offset.reset": "earliest", "session.timeout.ms": 6000})
    c.subscribe([topic])
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        c.consume(num_messages=1000, timeout=0.2)
    c.close()


def _replay(bs, topic):
    c = Consumer({"bootstrap.servers": bs, "group.id": "replay-%d" % time.time_ns(),
                  "fetch.max.bytes": 8 << 20, "max.partition.fetch.bytes": 1 << 20,
                  "queued.max.messages.kbytes": 16384, "enable.auto.commit": False})
    c.assign([TopicPartition(topic, p, 0) for p in range(NPART)])
    got, idle = 0, 0
    while idle < 10:
        msgs = c.consume(num_messages=5000, timeout=0.3)
        got += len(msgs)
        idle = idle + 1 if not msgs else 0
    c.close()
    return got


def _connection_churn(port, n):
    req = struct.pack(">hhi", 18, 0, 7) + struct.pack(">h", 1) + b"m"
    frame = struct.pack(">i", len(req)) + req
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(frame)
        socks.append(s)
    for s in socks:
        s.recv(64)
        s.close()


def test_rss_within_configured_memory(tmp_path):
    if not RELEASE or not os.path.isfile(os.path.join(RELEASE, "src", "cmd", "rustmq-broker")):
        missing_tool("RMQ_RELEASE_DIR does not hold a release build (make build)")
    b = Broker(str(tmp_path), binary=os.path.join(RELEASE, "src", "cmd", "rustmq-broker"),
               overrides={
                   ("cache", "write_cache_size_bytes"): str(CACHE_W),
                   ("cache", "read_cache_size_bytes"): str(CACHE_R),
                   ("wal", "buffer_size"): str(BUFFER),
                   ("wal", "capacity_bytes"): str(256 * MiB),
                   ("wal", "upload_interval_ms"): "1000",
                   ("object_storage", "upload_bytes"): str(UPLOAD),
                   ("object_storage", "max_concurrent_uploads"): str(UPLOADS),
                   ("object_storage", "readahead_bytes"): str(READAHEAD),
                   ("object_storage", "extent_max_bytes"): str(EXTENT),
                   ("object_storage", "compaction_interval_ms"): "5000",
                   ("object_storage", "compaction_min_bytes"): str(4 * MiB),
                   ("network", "fetch_max_bytes"): str(FETCH),
                   ("network", "max_connections"): str(CONNS + 50),
               })
    b.start()
    try:
        ku.create_topic(b.bootstrap, "mem", NPART)
        sampler = Sampler(b.pid)
        sampler.start()
        errors = []
        produced = {}
        t_prod = threading.Thread(target=lambda: produced.update(
            n=_produce(b.bootstrap, "mem", 40, errors)))
        members = [threading.Thread(target=_group_member,
                                    args=(b.bootstrap, "mem", s, "m%d" % k))
                   for k, s in enumerate((45, 15, 30))]
        t_prod.start()
        for m in members:
            m.start()
        replayed = []
        for _ in range(3):
            time.sleep(8)
            if not os.environ.get("RMQ_MEMTEST_NO_REPLAY"):
                replayed.append(_replay(b.bootstrap, "mem"))
            _connection_churn(b.port, CONNS - 20)
        t_prod.join(120)
        for m in members:
            m.join(120)
        replayed.append(_replay(b.bootstrap, "mem"))
        time.sleep(11)  # one malloc_trim period
        settled = rss_kib(b.pid) * 1024
        sampler.stop_ev.set()
        sampler.join(5)
        assert not errors
        assert replayed[-1] >= produced["n"], (replayed, produced)
        print("RESULT memory_bound produced_mib=%.0f peak_rss_mib=%.1f settled_rss_mib=%.1f "
              "bound_mib=%.1f caches_mib=%.0f" % (produced["n"] * 4096 / MiB, sampler.peak / MiB,
                                                  settled / MiB, bound() / MiB,
                                                  (CACHE_W + CACHE_R) / MiB))
        assert sampler.peak <= bound(), "peak RSS %.1f MiB above the bound %.1f MiB" % (
            sampler.peak / MiB, bound() / MiB)
        b.stop()
    finally:
        if b.proc is not None:
            b.kill9()
