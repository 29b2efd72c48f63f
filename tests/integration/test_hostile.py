"""Hostile input against the real broker over raw sockets.

Every malformed thing a peer can send (truncated frames, sizes that lie, negative and oversized
sizes, unknown APIs and versions, garbage headers and bodies, random bytes, record batches with
a bad CRC or a record count that lies, a Fetch of a topic that does not exist) is thrown at one
broker while a well-behaved confluent-kafka producer and consumer keep working beside it. At the
end the broker must still answer Metadata, the good client must have seen every message it
produced, and SIGTERM must stop the broker with exit code 0 and no sanitizer report on stderr
(the test build runs AddressSanitizer and UndefinedBehaviorSanitizer).

The broker is started by the fixture below (a copy of config/standalone.toml with every path in
a temporary directory and the Kafka listener on a free loopback port), so this file needs only
RMQ_BUILD_DIR naming a build that holds src/cmd/rustmq-broker.

Requests are built by hand with struct.pack (Kafka's non-flexible encodings: int16 string
lengths, int32 array counts) so that every byte is under the test's control:

    request frame  = int32 size | int16 api_key | int16 api_version | int32 correlation_id
                     | string client_id | body          (request header v1)
    response frame = int32 size | int32 correlation_id | body   (response header v0)
"""
import os
import random
import re
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("RMQ_BUILD_DIR", "")
BINARY = os.path.abspath(os.path.join(BUILD, "src", "cmd", "rustmq-broker")) if BUILD else ""
HOST = "127.0.0.1"
MAX_REQUEST = 100 * 1024 * 1024  # the server's max_request_size

SANITIZER = re.compile(r"ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|"
                       r"UndefinedBehaviorSanitizer|SUMMARY: \w+Sanitizer")

# Kafka API keys and error codes used here.
PRODUCE, FETCH, LIST_OFFSETS, METADATA, API_VERSIONS = 0, 1, 2, 3, 18
E_NONE, E_CORRUPT_MESSAGE, E_UNKNOWN_TOPIC, E_UNSUPPORTED_VERSION = 0, 2, 3, 35
E_LEADER_NOT_AVAILABLE = 5


# ---- the broker ---------------------------------------------------------------------------

def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _write_config(data_dir, port):
    """config/standalone.toml with the Kafka listener on port, other listeners off or on free
    ports, and every path inside data_dir."""
    repl = {
        ("network", "kafka_listen"): '"%s:%d"' % (HOST, port),
        ("network", "quic_listen"): '""',
        ("network", "metrics_listen"): '""',
        ("network", "rpc_listen"): '""',
        ("network", "connection_timeout_ms"): "60000",
        ("wal", "path"): '"%s"' % os.path.join(data_dir, "wal"),
        ("object_storage", "path"): '"%s"' % os.path.join(data_dir, "objects"),
        ("controller", "data_dir"): '"%s"' % os.path.join(data_dir, "controller"),
        ("controller", "endpoints"): '["%s:%d"]' % (HOST, _free_port()),
        ("etl", "module_dir"): '"%s"' % os.path.join(data_dir, "etl"),
    }
    section, out, seen = None, [], set()
    with open(os.path.join(ROOT, "config", "standalone.toml"), encoding="utf-8") as f:
        for line in f.read().splitlines():
            m = re.match(r"^\s*\[([A-Za-z0-9_.]+)\]\s*$", line)
            if m:
                section = m.group(1)
            else:
                m = re.match(r"^(\s*)([A-Za-z0-9_]+)(\s*=\s*)(.*)$", line)
                if m and (section, m.group(2)) in repl:
                    line = m.group(1) + m.group(2) + m.group(3) + repl[(section, m.group(2))]
                    seen.add((section, m.group(2)))
            out.append(line)
    assert seen == set(repl), "config template lacks %s" % sorted(set(repl) - seen)
    path = os.path.join(data_dir, "broker.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return path


class HostileBroker:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="rmq-hostile-")
        self.port = _free_port()
        self.bootstrap = "%s:%d" % (HOST, self.port)
        self.errpath = os.path.join(self.dir, "broker.stderr")
        config = _write_config(self.dir, self.port)
        env = dict(os.environ)
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        with open(self.errpath, "wb") as errf:
            self.proc = subprocess.Popen([BINARY, "--standalone", "--config", config],
                                         stdin=subprocess.DEVNULL, stdout=errf, stderr=errf,
                                         cwd=self.dir, env=env)
        for _ in range(600):  # 30 s
            assert self.proc.poll() is None, "broker exited at start:\n" + self.stderr()
            try:
                socket.create_connection((HOST, self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.kill()
        pytest.fail("broker did not listen on %s:\n%s" % (self.bootstrap, self.stderr()))

    def stderr(self):
        with open(self.errpath, encoding="utf-8", errors="replace") as f:
            return f.read()[-8000:]

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self):
        """SIGTERM by pid; returns the exit code."""
        proc, self.proc = self.proc, None
        os.kill(proc.pid, signal.SIGTERM)
        try:
            return proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            pytest.fail("broker ignored SIGTERM for 90 s:\n" + self.stderr())

    def kill(self):
        if self.proc is not None:
            proc, self.proc = self.proc, None
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)


@pytest.fixture
def hostile_broker():
    if not BINARY or not os.path.isfile(BINARY):
        pytest.skip("RMQ_BUILD_DIR does not hold src/cmd/rustmq-broker")
    b = HostileBroker()
    try:
        yield b
    finally:
        b.kill()  # only when the test did not stop it itself
        shutil.rmtree(b.dir, ignore_errors=True)


# ---- wire helpers -------------------------------------------------------------------------

def kstr(s):
    if s is None:
        return struct.pack(">h", -1)
    s = s.encode() if isinstance(s, str) else s
    return struct.pack(">h", len(s)) + s


def kbytes(b):
    return struct.pack(">i", len(b)) + b


def frame(payload):
    return struct.pack(">i", len(payload)) + payload


def header(api_key, version, corr, client_id="hostile"):
    return struct.pack(">hhi", api_key, version, corr) + kstr(client_id)


def _crc32c_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def varint(v):
    """Kafka's zigzag varint."""
    v = (v << 1) ^ (v >> 63)
    out = bytearray()
    while True:
        if v & ~0x7F:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        else:
            out.append(v)
            return bytes(out)


def record(offset_delta, key, value):
    body = (b"\x00" + varint(0) + varint(offset_delta) + varint(len(key)) + key +
            varint(len(value)) + value + varint(0))
    return varint(len(body)) + body


def record_batch(values, record_count=None, last_offset_delta=None, bad_crc=False):
    """A RecordBatch v2 (uncompressed, no producer id) holding values; record_count and
    last_offset_delta default to the truth; bad_crc flips a bit of the CRC."""
    recs = b"".join(record(i, b"k%d" % i, v) for i, v in enumerate(values))
    count = len(values) if record_count is None else record_count
    last = len(values) - 1 if last_offset_delta is None else last_offset_delta
    ts = int(time.time() * 1000)
    after_crc = struct.pack(">hiqqqhii", 0, last, ts, ts, -1, -1, -1, count) + recs
    crc = crc32c(after_crc) ^ (1 if bad_crc else 0)
    batch_length = 4 + 1 + 4 + len(after_crc)
    return struct.pack(">qiibI", 0, batch_length, -1, 2, crc) + after_crc


class Reader:
    def __init__(self, data):
        self.d, self.p = data, 0

    def take(self, fmt):
        v = struct.unpack_from(fmt, self.d, self.p)
        self.p += struct.calcsize(fmt)
        return v if len(v) > 1 else v[0]

    def string(self):
        n = self.take(">h")
        if n < 0:
            return None
        s = self.d[self.p:self.p + n].decode()
        self.p += n
        return s

    def nbytes(self):
        n = self.take(">i")
        if n < 0:
            return None
        b = self.d[self.p:self.p + n]
        self.p += n
        return b


class Conn:
    """One raw connection. request() sends a frame and returns the response body (after the
    correlation id, which it checks)."""

    def __init__(self, port, timeout=20.0):
        self.s = socket.create_connection((HOST, port), timeout=timeout)
        self.corr = 0

    def close(self):
        self.s.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def send(self, data):
        self.s.sendall(data)

    def recv_exact(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.s.recv(n - len(buf))
            if not chunk:
                raise EOFError("connection closed after %d of %d bytes" % (len(buf), n))
            buf += chunk
        return buf

    def recv_frame(self):
        (size,) = struct.unpack(">i", self.recv_exact(4))
        assert 4 <= size < MAX_REQUEST, "response size %d" % size
        return self.recv_exact(size)

    def request(self, api_key, version, body, client_id="hostile"):
        self.corr += 1
        self.send(frame(header(api_key, version, self.corr, client_id) + body))
        resp = self.recv_frame()
        (corr,) = struct.unpack_from(">i", resp)
        assert corr == self.corr, "correlation id %d, sent %d" % (corr, self.corr)
        return resp[4:]

    def expect_closed(self, timeout=20.0):
        """The broker closes the connection (EOF or reset) without sending a response."""
        self.s.settimeout(timeout)
        try:
            data = self.s.recv(65536)
        except ConnectionResetError:
            return
        except socket.timeout:
            pytest.fail("connection still open after %.0f s" % timeout)
        assert data == b"", "expected the connection closed, got %d bytes: %r" % (
            len(data), data[:64])


def metadata_topics(port, topics=None):
    """Metadata v1; returns {topic: (error, [partition indexes])}."""
    body = struct.pack(">i", -1) if topics is None else (
        struct.pack(">i", len(topics)) + b"".join(kstr(t) for t in topics))
    with Conn(port) as c:
        r = Reader(c.request(METADATA, 1, body))
    for _ in range(r.take(">i")):  # brokers
        r.take(">i")
        r.string()
        r.take(">i")
        r.string()
    r.take(">i")  # controller id
    out = {}
    for _ in range(r.take(">i")):
        err = r.take(">h")
        name = r.string()
        r.take(">b")  # is_internal
        parts = []
        for _ in range(r.take(">i")):
            r.take(">h")
            parts.append(r.take(">i"))
            r.take(">i")  # leader
            for _ in range(r.take(">i")):
                r.take(">i")
            for _ in range(r.take(">i")):
                r.take(">i")
        out[name] = (err, parts)
    return out


def produce_v3(conn, topic_batches, acks=-1):
    """ProduceRequest v3 with {topic: {partition: records bytes}}; returns
    {(topic, partition): (error_code, base_offset)}."""
    body = kstr(None) + struct.pack(">hii", acks, 10000, len(topic_batches))
    for topic, parts in topic_batches.items():
        body += kstr(topic) + struct.pack(">i", len(parts))
        for p, records in parts.items():
            body += struct.pack(">i", p) + kbytes(records)
    r = Reader(conn.request(PRODUCE, 3, body))
    out = {}
    for _ in range(r.take(">i")):
        name = r.string()
        for _ in range(r.take(">i")):
            idx, err, base, _append_time = r.take(">ihqq")
            out[(name, idx)] = (err, base)
    r.take(">i")  # throttle
    return out


def list_offset_latest(port, topic, partition):
    """ListOffsets v1, latest: (error, offset)."""
    body = struct.pack(">ii", -1, 1) + kstr(topic) + struct.pack(">iiq", 1, partition, -1)
    with Conn(port) as c:
        r = Reader(c.request(LIST_OFFSETS, 1, body))
    assert r.take(">i") == 1
    r.string()
    assert r.take(">i") == 1
    _idx, err, _ts, off = r.take(">ihqq")
    return err, off


def fetch_v4(conn, topic, partition, offset=0, max_wait_ms=100):
    """FetchRequest v4 for one partition; returns (error, high_watermark, records)."""
    body = struct.pack(">iiiib", -1, max_wait_ms, 1, 1 << 20, 0)
    body += struct.pack(">i", 1) + kstr(topic) + struct.pack(">iiqi", 1, partition, offset, 1 << 20)
    r = Reader(conn.request(FETCH, 4, body))
    r.take(">i")  # throttle
    assert r.take(">i") == 1
    assert r.string() == topic
    assert r.take(">i") == 1
    idx, err, hw, _lso = r.take(">ihqq")
    assert idx == partition
    naborted = r.take(">i")
    for _ in range(max(naborted, 0)):
        r.take(">qq")
    return err, hw, r.nbytes()


# ---- the well-behaved client --------------------------------------------------------------

class GoodClient(threading.Thread):
    """Produces rounds of numbered messages (acks=all) and consumes each round back, until told
    to stop (at most MAX_ROUNDS rounds). Any failure is recorded in self.errors."""

    MAX_ROUNDS = 200
    PER_ROUND = 50

    def __init__(self, bootstrap, topic):
        super().__init__(daemon=True)
        self.bootstrap, self.topic = bootstrap, topic
        self.stop_ev = threading.Event()
        self.rounds = 0
        self.consumed = 0
        self.errors = []

    def run(self):
        try:
            self._run()
        except Exception as e:  # reported by the test
            self.errors.append("good client: %r" % e)

    def _run(self):
        from confluent_kafka import Consumer, Producer, TopicPartition
        prod = Producer({"bootstrap.servers": self.bootstrap, "acks": "all",
                         "linger.ms": 5, "message.timeout.ms": 60000})
        cons = Consumer({"bootstrap.servers": self.bootstrap, "group.id": "hostile-good",
                         "enable.auto.commit": False, "auto.offset.reset": "earliest",
                         "fetch.wait.max.ms": 100})
        assigned = False
        delivered = []

        def on_delivery(err, msg):
            if err is not None:
                self.errors.append("delivery failed: %s" % err)
            else:
                delivered.append(msg.offset())

        try:
            n = 0
            while not self.stop_ev.is_set() and self.rounds < self.MAX_ROUNDS:
                want = []
                for _ in range(self.PER_ROUND):
                    v = b"good-%06d" % n
                    prod.produce(self.topic, v, partition=0, on_delivery=on_delivery)
                    want.append(v)
                    n += 1
                left = prod.flush(60)
                if left:
                    self.errors.append("%d messages not delivered in 60 s" % left)
                    return
                if not assigned:  # the first round's produce has created the topic
                    cons.assign([TopicPartition(self.topic, 0, 0)])
                    assigned = True
                got = []
                deadline = time.monotonic() + 60
                while len(got) < len(want) and time.monotonic() < deadline:
                    m = cons.poll(0.5)
                    if m is None:
                        continue
                    if m.error():
                        self.errors.append("consume error: %s" % m.error())
                        return
                    got.append(m.value())
                if got != want:
                    self.errors.append("round %d: consumed %d of %d, first mismatch %r" % (
                        self.rounds, len(got), len(want),
                        next(((a, b) for a, b in zip(got, want) if a != b), None)))
                    return
                self.consumed += len(got)
                self.rounds += 1
        finally:
            cons.close()
            if len(delivered) != len(set(delivered)):
                self.errors.append("duplicate offsets delivered")


# ---- the test -----------------------------------------------------------------------------

def check_alive(b):
    assert b.alive(), "broker died:\n" + b.stderr()
    md = metadata_topics(b.port, ["hostile-probe"])
    assert md["hostile-probe"][0] == E_NONE, md


def api_versions_list(r):
    return {k: (lo, hi) for k, lo, hi in (r.take(">hhh") for _ in range(r.take(">i")))}


def hostile_frames(port):
    """The malformed frames, each on its own connection; each must close the connection."""
    cases = {
        "size 0": struct.pack(">i", 0),
        "size 2 (smaller than api key + version)": struct.pack(">i", 2) + b"\x00\x03",
        "size 6 (no correlation id)": struct.pack(">i", 6) + struct.pack(">hhh", 3, 1, 0),
        "negative size -1": struct.pack(">i", -1) + b"\x00" * 16,
        "negative size INT32_MIN": struct.pack(">I", 0x80000000) + b"\x00" * 16,
        "size above the limit": struct.pack(">i", MAX_REQUEST + 1) + b"\x00" * 16,
        "size 2^31-1": struct.pack(">i", 0x7FFFFFFF) + b"\x00" * 16,
        "unknown api key 999": frame(header(999, 0, 1)),
        "unknown api key -1": frame(header(-1, 0, 1)),
        "api key 10000 v32767": frame(header(10000, 32767, 1) + b"\x00" * 8),
        "Metadata v99": frame(header(METADATA, 99, 1) + struct.pack(">i", -1)),
        "Produce v99": frame(header(PRODUCE, 99, 1) + b"\x00" * 32),
        "Fetch v32767": frame(header(FETCH, 32767, 1) + b"\x00" * 32),
        "Metadata v-1": frame(header(METADATA, -1, 1) + struct.pack(">i", -1)),
        "ApiVersions v-1": frame(header(API_VERSIONS, -1, 1)),
        "client id longer than the frame": frame(struct.pack(">hhih", 3, 1, 1, 30000) + b"ab"),
        "client id length -7": frame(struct.pack(">hhih", 3, 1, 1, -7) + b"\x00" * 8),
        "Metadata topic count 2^31-1": frame(header(METADATA, 1, 1) +
                                             struct.pack(">i", 0x7FFFFFFF)),
        "Metadata topic count -2": frame(header(METADATA, 1, 1) + struct.pack(">i", -2)),
        "Metadata truncated topic name": frame(header(METADATA, 1, 1) +
                                               struct.pack(">ih", 1, 100) + b"abc"),
        "Produce records length past the frame": frame(
            header(PRODUCE, 3, 1) + kstr(None) + struct.pack(">hii", -1, 1000, 1) +
            kstr("hostile-x") + struct.pack(">iii", 1, 0, 1 << 20) + b"\x00" * 64),
        "Produce partition count 2^31-1": frame(
            header(PRODUCE, 3, 1) + kstr(None) + struct.pack(">hii", -1, 1000, 1) +
            kstr("hostile-x") + struct.pack(">i", 0x7FFFFFFF)),
        "ApiVersions v3 with a garbage compact body": frame(
            struct.pack(">hhi", API_VERSIONS, 3, 1) + kstr("x") + b"\x00" + b"\xff" * 12),
    }
    for name, data in cases.items():
        with Conn(port) as c:
            try:
                c.send(data)
            except (BrokenPipeError, ConnectionResetError):
                continue  # closed before we finished sending: fine
            try:
                c.expect_closed()
            except AssertionError as e:
                raise AssertionError("%s: %s" % (name, e)) from None


def truncated_frames(port):
    """A size prefix, then fewer bytes than it promised, then close. Several at once, left half
    open for a moment, so the broker holds partial frames of several connections."""
    conns = []
    sizes = [(10, 3), (100, 0), (100, 99), (1 << 20, 1000), (MAX_REQUEST, 65536 + 17)]
    for size, sent in sizes:
        c = Conn(port)
        c.send(struct.pack(">i", size) + os.urandom(sent))
        conns.append(c)
    # Another connection is served while the partial frames sit in the broker.
    assert metadata_topics(port, ["hostile-probe"])["hostile-probe"][0] == E_NONE
    for c in conns:
        c.close()
    # A frame cut inside its size prefix.
    with Conn(port) as c:
        c.send(b"\x00\x00")


def valid_requests():
    """Well-formed request frames (without the size prefix) that the mutations start from."""
    batch = record_batch([b"m" * 30, b"n" * 30])
    produce = (kstr(None) + struct.pack(">hii", -1, 1000, 1) + kstr("hostile-mut") +
               struct.pack(">ii", 1, 0) + kbytes(batch))
    fetch = (struct.pack(">iiiib", -1, 10, 1, 1 << 16, 0) + struct.pack(">i", 1) +
             kstr("hostile-mut") + struct.pack(">iiqi", 1, 0, 0, 1 << 16))
    list_offsets = (struct.pack(">ii", -1, 1) + kstr("hostile-mut") +
                    struct.pack(">iiq", 1, 0, -1))
    metadata = struct.pack(">i", 1) + kstr("hostile-mut")
    return [header(PRODUCE, 3, 1) + produce, header(FETCH, 4, 1) + fetch,
            header(LIST_OFFSETS, 1, 1) + list_offsets, header(METADATA, 1, 1) + metadata,
            struct.pack(">hhi", API_VERSIONS, 3, 1) + kstr("x") + b"\x00\x04rmq\x021\x00"]


def random_frames(port, seed=20240611, count=300):
    """Seeded random input, bounded. Kinds: well-formed requests with a few bytes changed or
    cut short (so that the handlers, not only the decoders, see them); random bodies under a
    real request header (a served API at a supported version); random bytes with a correct
    size prefix; raw random bytes."""
    rnd = random.Random(seed)
    templates = valid_requests()
    served = [(PRODUCE, 3, 9), (FETCH, 4, 13), (LIST_OFFSETS, 1, 7), (METADATA, 1, 12),
              (API_VERSIONS, 0, 3), (8, 2, 8), (9, 1, 8), (10, 0, 4), (11, 0, 9), (12, 0, 4),
              (13, 0, 5), (14, 0, 5), (15, 0, 5), (16, 0, 4), (19, 0, 7), (20, 0, 6),
              (21, 0, 2), (22, 0, 4), (23, 2, 4), (32, 0, 4), (33, 0, 2), (37, 0, 3),
              (42, 0, 2), (44, 0, 1), (60, 0, 1)]
    for i in range(count):
        kind = rnd.random()
        body = bytes(rnd.getrandbits(8) for _ in range(rnd.randrange(0, 300)))
        if kind < 0.4:
            req = bytearray(rnd.choice(templates))
            for _ in range(rnd.randint(1, 6)):
                pos = rnd.randrange(4, len(req))  # keep api key and version
                req[pos] = rnd.choice((0x00, 0xFF, 0x7F, 0x80, rnd.getrandbits(8)))
            if rnd.random() < 0.2:
                del req[rnd.randrange(8, len(req)):]
            data = frame(bytes(req))
        elif kind < 0.7:
            key, lo, hi = rnd.choice(served)
            data = frame(struct.pack(">hhi", key, rnd.randint(lo, hi), i) + kstr("r") + body)
        elif kind < 0.85:
            data = frame(body)
        else:
            data = body + bytes(rnd.getrandbits(8) for _ in range(8))
        with Conn(port, timeout=10) as c:
            try:
                c.send(data)
                c.s.shutdown(socket.SHUT_WR)
                # Drain whatever comes back until the broker closes (bounded by the timeout:
                # a random acks=0 produce, for one, gets no answer).
                for _ in range(64):
                    if not c.s.recv(65536):
                        break
            except (OSError, socket.timeout):
                pass


def api_versions_too_new(port):
    """ApiVersions at a version newer than any we know gets a v0 response carrying
    UNSUPPORTED_VERSION and the versions we do serve, whatever the rest of the request looks
    like, and the connection stays usable. (It used to close the connection when the request
    header was not in the layout the newest known version uses.)"""
    with Conn(port) as c:
        r = Reader(c.request(API_VERSIONS, 99, b""))
        assert r.take(">h") == E_UNSUPPORTED_VERSION
        versions = api_versions_list(r)
        assert API_VERSIONS in versions and versions[API_VERSIONS][0] == 0, versions
        assert PRODUCE in versions and METADATA in versions and FETCH in versions
        assert r.p == len(r.d), "trailing bytes after the v0 ApiVersions body"
        r = Reader(c.request(API_VERSIONS, 0, b""))
        assert r.take(">h") == E_NONE
        assert api_versions_list(r) == versions
    with Conn(port) as c:  # the same through a flexible (header v2) request
        c.send(frame(struct.pack(">hhi", API_VERSIONS, 1000, 7) + kstr("x") + b"\x00" +
                     b"\x04rmq\x021\x00"))
        resp = c.recv_frame()
        assert struct.unpack_from(">ih", resp) == (7, E_UNSUPPORTED_VERSION)


def record_count_lies(port):
    """Produce batches whose recordCount or lastOffsetDelta lies about the records they hold
    (the CRC is right: the producer computed it over the lie) get CORRUPT_MESSAGE and append
    nothing. (They used to be stored whenever the count could fit the batch's size.)"""
    good_batch = record_batch([b"a" * 100, b"b" * 100])
    values = [b"v" * 40, b"w" * 40, b"z" * 40]
    lies = {
        "count 5, 3 records": record_batch(values, record_count=5, last_offset_delta=4),
        "count 2, 3 records": record_batch(values, record_count=2, last_offset_delta=2),
        "count 1000, 3 records": record_batch(values, record_count=1000,
                                              last_offset_delta=999),
        "count -1": record_batch(values, record_count=-1),
        "last offset delta 1, 3 records": record_batch(values, last_offset_delta=1),
        "count 0, 3 records": record_batch(values, record_count=0, last_offset_delta=0),
    }
    metadata_topics(port, ["hostile-count"])  # as a client does first: auto-creates it
    with Conn(port) as c:
        for name, batch in lies.items():
            res = produce_v3(c, {"hostile-count": {0: batch}})
            assert res[("hostile-count", 0)][0] == E_CORRUPT_MESSAGE, (name, res)
        # A batch of several, the last one lying: nothing of the partition is appended.
        res = produce_v3(c, {"hostile-count": {0: good_batch + lies["count 2, 3 records"]}})
        assert res[("hostile-count", 0)][0] == E_CORRUPT_MESSAGE, res
        # The same connection still works, and the log holds nothing of the lies.
        res = produce_v3(c, {"hostile-count": {0: good_batch}})
        assert res[("hostile-count", 0)] == (E_NONE, 0), res
        err, hw, recs = fetch_v4(c, "hostile-count", 0)
        assert (err, hw) == (E_NONE, 2), (err, hw)
        # Byte for byte what was produced, but for the base offset and leader epoch.
        assert recs is not None and len(recs) == len(good_batch), len(recs or b"")
        assert recs[8:12] == good_batch[8:12] and recs[16:] == good_batch[16:]


def test_hostile_input(hostile_broker):
    b = hostile_broker
    good = GoodClient(b.bootstrap, "hostile-good")
    good.start()
    try:
        api_versions_too_new(b.port)

        hostile_frames(b.port)
        check_alive(b)
        truncated_frames(b.port)
        check_alive(b)

        # Produce v3 with a bad batch CRC beside a good batch: the bad partition gets
        # CORRUPT_MESSAGE, the good one is appended.
        good_batch = record_batch([b"a" * 100, b"b" * 100])
        metadata_topics(b.port, ["hostile-crc", "hostile-ok"])  # auto-creates them
        with Conn(b.port) as c:
            res = produce_v3(c, {"hostile-crc": {0: record_batch([b"x" * 100], bad_crc=True)},
                                 "hostile-ok": {0: good_batch}})
        assert res[("hostile-crc", 0)][0] == E_CORRUPT_MESSAGE, res
        assert res[("hostile-ok", 0)] == (E_NONE, 0), res
        assert list_offset_latest(b.port, "hostile-ok", 0) == (E_NONE, 2)
        assert list_offset_latest(b.port, "hostile-crc", 0) == (E_NONE, 0)

        record_count_lies(b.port)

        # Large produce requests (read into buffers of their own by the server), pipelined
        # and sent in odd-sized pieces that straddle the frame boundaries.
        big_batches = [record_batch([b"%d-%04d-" % (k, i) + b"L" * 990 for i in range(200)])
                       for k in range(3)]
        reqs = b""
        for k, batch in enumerate(big_batches):
            body = (kstr(None) + struct.pack(">hii", -1, 10000, 1) + kstr("hostile-big") +
                    struct.pack(">ii", 1, 0) + kbytes(batch))
            reqs += frame(header(PRODUCE, 3, 100 + k) + body)
        rnd = random.Random(7)
        metadata_topics(b.port, ["hostile-big"])  # auto-creates it
        with Conn(b.port) as c:
            pos = 0
            for _ in range(10000):
                if pos >= len(reqs):
                    break
                n = rnd.choice((1, 3, 4, 5, 4093, 65536, 70001, 150000))
                c.send(reqs[pos:pos + n])
                pos += n
                if rnd.random() < 0.1:
                    time.sleep(0.01)
            for k in range(3):
                r = Reader(c.recv_frame())
                assert r.take(">i") == 100 + k
                assert r.take(">i") == 1 and r.string() == "hostile-big" and r.take(">i") == 1
                assert r.take(">ihqq")[:3] == (0, E_NONE, 200 * k)
            err, hw, got = fetch_v4(c, "hostile-big", 0)  # up to 1 MiB: all three batches
            assert err == E_NONE and hw == 600, (err, hw)
            assert len(got) == sum(len(x) for x in big_batches), len(got)
            off = 0
            for batch in big_batches:
                assert got[off + 16:off + len(batch)] == batch[16:], "stored batch differs"
                off += len(batch)

        # Fetch of a topic that does not exist: UNKNOWN_TOPIC_OR_PARTITION, and it is not
        # created by the fetch.
        with Conn(b.port) as c:
            err, hw, recs = fetch_v4(c, "hostile-no-such-topic", 0)
            assert err == E_UNKNOWN_TOPIC and not recs, (err, hw)
            err, _hw, _recs = fetch_v4(c, "hostile-ok", 7)  # partition out of range
            assert err == E_UNKNOWN_TOPIC, err
        assert list_offset_latest(b.port, "hostile-no-such-topic", 0)[0] == E_UNKNOWN_TOPIC

        random_frames(b.port)
        check_alive(b)

        # Many unanswered partial frames at once, then everything closed abruptly.
        conns = [Conn(b.port) for _ in range(50)]
        for i, c in enumerate(conns):
            c.send(struct.pack(">i", 1000 + i) + b"\x00\x03\x00\x01")
        for c in conns:
            c.s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            c.close()  # RST
        check_alive(b)

        # Let the good client run a little more after the last hostile connection.
        target = good.rounds + 2
        for _ in range(600):
            if good.rounds >= target or good.errors or not good.is_alive():
                break
            time.sleep(0.1)
    finally:
        good.stop_ev.set()
        good.join(timeout=120)
    assert not good.is_alive(), "good client did not finish"
    assert not good.errors, good.errors
    assert good.rounds >= 2 and good.consumed == good.rounds * GoodClient.PER_ROUND

    check_alive(b)
    code = b.stop()
    text = b.stderr()
    assert code == 0, "broker exited %d after SIGTERM:\n%s" % (code, text)
    m = SANITIZER.search(text)
    assert not m, "sanitizer report:\n" + text[max(0, m.start() - 2000):m.start() + 6000]


def test_produce_to_unknown_topic_creates_it_and_asks_for_a_retry(hostile_broker):
    """A produce to a topic that does not exist (auto-creation on) is not appended: the topic
    is created off the network thread and the partition answers LEADER_NOT_AVAILABLE, which
    clients retry after refreshing their metadata, as after Kafka creates a topic."""
    port = hostile_broker.port
    batch = record_batch([b"first"])
    with Conn(port) as c:
        res = produce_v3(c, {"hostile-fresh": {0: batch}})
        assert res[("hostile-fresh", 0)][0] == E_LEADER_NOT_AVAILABLE, res
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if metadata_topics(port, ["hostile-fresh"]).get("hostile-fresh", (1, []))[0] == E_NONE:
                break
            time.sleep(0.05)
        res = produce_v3(c, {"hostile-fresh": {0: batch}})
        assert res[("hostile-fresh", 0)] == (E_NONE, 0), res
    assert list_offset_latest(port, "hostile-fresh", 0) == (E_NONE, 1)
    # A name Kafka would refuse is refused at once, and nothing is created.
    with Conn(port) as c:
        res = produce_v3(c, {"bad/name": {0: batch}})
    assert res[("bad/name", 0)][0] != E_LEADER_NOT_AVAILABLE, res
    assert "bad/name" not in metadata_topics(port)


def test_api_versions_too_new_gets_v0_answer(hostile_broker):
    api_versions_too_new(hostile_broker.port)
    assert hostile_broker.stop() == 0
    assert not SANITIZER.search(hostile_broker.stderr())


def test_produce_batch_with_lying_record_count_is_rejected(hostile_broker):
    record_count_lies(hostile_broker.port)
    assert hostile_broker.stop() == 0
    assert not SANITIZER.search(hostile_broker.stderr())
