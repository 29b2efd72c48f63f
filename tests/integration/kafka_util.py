"""Shared helpers of the integration tests: the numbered message set every client produces, the
checks run on what a consumer read back, confluent-kafka admin and consume helpers, and a tiny
raw Kafka protocol client for the requests the Python clients here do not send
(IncrementalAlterConfigs, DeleteRecords).

Message i of a run (0 <= i < n):
    key        b"key-%04d" % (i % NKEYS)       (NKEYS keys, so each key has many messages)
    value      b"v%06d:" + a slice of the alphabet depending on i (7 to 59 bytes)
    headers    [("idx", b"<i>"), ("client", b"<client name>")]
    timestamp  base_ts + i (CreateTime, milliseconds)
"""
import socket
import string
import struct
import time
import zlib

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

NKEYS = 1000
ALPHA = (string.ascii_letters * 2).encode()
HEADER_NAMES = ("idx", "client")


def key_of(i):
    return b"key-%04d" % (i % NKEYS)


def value_of(i):
    return b"v%06d:" % i + ALPHA[(i * 7) % 52:(i * 7) % 52 + 52 - (i % 53)]


def index_of(value):
    """The message number a value carries."""
    assert value[:1] == b"v" and value[7:8] == b":", "not a test value: %r" % value[:40]
    return int(value[1:7])


def headers_of(i, client):
    return [("idx", b"%d" % i), ("client", client.encode())]


def base_timestamp():
    """A CreateTime base an hour in the past, on a whole second."""
    return (int(time.time()) - 3600) * 1000


class Rec:
    """One consumed record, client-neutral."""
    __slots__ = ("partition", "offset", "key", "value", "headers", "timestamp")

    def __init__(self, partition, offset, key, value, headers, timestamp):
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestamp = timestamp

    def __repr__(self):
        return "Rec(p%d@%d key=%r ts=%r value=%r)" % (self.partition, self.offset, self.key,
                                                       self.timestamp, self.value[:20])


def verify_records(recs, n, client, base_ts=None, ts_window=None, headers=True, npartitions=6,
                   contiguous=True):
    """Checks that recs (in the order one consumer returned them) hold messages 0..n-1 exactly
    once, each with its key, value, headers and timestamp, in per-partition offset order with
    per-key order kept. base_ts: exact timestamps base_ts + i; else ts_window (lo, hi) bounds
    them. headers: the exact headers_of(i, client) list; or a list to expect on every record."""
    problems = []
    seen = {}
    last_off = {}
    key_part = {}
    key_last = {}
    for r in recs:
        if len(problems) > 20:
            break
        try:
            i = index_of(r.value)
        except (AssertionError, ValueError) as e:
            problems.append("p%d@%d: %s" % (r.partition, r.offset, e))
            continue
        if i in seen:
            problems.append("message %d twice: %r and %r" % (i, seen[i], r))
            continue
        seen[i] = r
        if not 0 <= i < n:
            problems.append("message %d out of range" % i)
            continue
        if r.value != value_of(i):
            problems.append("message %d: value %r != %r" % (i, r.value, value_of(i)))
        if r.key != key_of(i):
            problems.append("message %d: key %r != %r" % (i, r.key, key_of(i)))
        want_h = headers_of(i, client) if headers is True else headers
        if want_h is not None and list(r.headers or []) != list(want_h):
            problems.append("message %d: headers %r != %r" % (i, r.headers, want_h))
        if base_ts is not None and r.timestamp != base_ts + i:
            problems.append("message %d: timestamp %r != %d" % (i, r.timestamp, base_ts + i))
        if ts_window is not None and not ts_window[0] <= r.timestamp <= ts_window[1]:
            problems.append("message %d: timestamp %r outside %r" % (i, r.timestamp, ts_window))
        lo = last_off.get(r.partition)
        if contiguous and r.offset != (0 if lo is None else lo + 1):
            problems.append("partition %d: offset %d after %r (gap or reorder)"
                            % (r.partition, r.offset, lo))
        elif lo is not None and r.offset <= lo:
            problems.append("partition %d: offset %d after %d" % (r.partition, r.offset, lo))
        last_off[r.partition] = r.offset
        k = r.key
        if key_part.setdefault(k, r.partition) != r.partition:
            problems.append("key %r in partitions %d and %d" % (k, key_part[k], r.partition))
        if key_last.get(k, -1) >= i:
            problems.append("key %r: message %d after %d (per-key order broken)"
                            % (k, i, key_last[k]))
        key_last[k] = i
    missing = n - len([i for i in seen if 0 <= i < n])
    if missing:
        gaps = [i for i in range(n) if i not in seen][:10]
        problems.append("%d of %d messages missing, first %s" % (missing, n, gaps))
    used = sorted(last_off)
    if npartitions and len(used) != npartitions:
        problems.append("messages in partitions %s, expected all %d" % (used, npartitions))
    assert not problems, "%s: %d problem(s):\n  %s" % (client, len(problems),
                                                        "\n  ".join(problems[:25]))


# ---- confluent-kafka helpers ----

def admin(bootstrap):
    return AdminClient({"bootstrap.servers": bootstrap})


def create_topic(bootstrap, name, partitions=6, config=None, timeout=30):
    a = admin(bootstrap)
    fs = a.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=1,
                                   config=config or {})], operation_timeout=timeout,
                         request_timeout=timeout)
    fs[name].result(timeout=timeout)
    wait_topic(a, name, partitions)


def wait_topic(a, name, partitions, timeout=20):
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout * 10)):
        md = a.list_topics(topic=name, timeout=10)
        t = md.topics.get(name)
        if t is not None and t.error is None and len(t.partitions) == partitions:
            return
        if time.monotonic() > deadline:
            break
        time.sleep(0.1)
    raise AssertionError("topic %s never showed %d partitions" % (name, partitions))


def consume_all(bootstrap, topic, expect, npartitions=6, timeout=120, extra=None,
                start_offsets=None):
    """Reads every partition of topic from the beginning (or start_offsets[p]) to its end with
    a manually assigned confluent-kafka consumer; returns the records as Rec in arrival order.
    Stops when every partition reported its end and at least expect records came."""
    conf = {"bootstrap.servers": bootstrap, "group.id": "verify-%s-%d" % (topic, time.time_ns()),
            "enable.auto.commit": False, "enable.partition.eof": True,
            "auto.offset.reset": "earliest", "fetch.max.bytes": 16 << 20,
            "max.partition.fetch.bytes": 4 << 20, "queued.min.messages": 200000}
    conf.update(extra or {})
    c = Consumer(conf)
    try:
        c.assign([TopicPartition(topic, p, (start_offsets or {}).get(p, -2))
                  for p in range(npartitions)])
        recs = []
        at_end = set()
        deadline = time.monotonic() + timeout
        for _ in range(100000):
            if time.monotonic() > deadline:
                break
            for m in c.consume(num_messages=10000, timeout=0.5):
                err = m.error()
                if err is not None:
                    if err.code() == KafkaError._PARTITION_EOF:
                        at_end.add(m.partition())
                        continue
                    raise KafkaException(err)
                at_end.discard(m.partition())
                recs.append(Rec(m.partition(), m.offset(), m.key(), m.value(), m.headers(),
                                m.timestamp()[1]))
            if len(at_end) == npartitions and len(recs) >= expect:
                break
        else:
            raise AssertionError("consume loop bound reached")
        assert len(at_end) == npartitions and len(recs) >= expect, (
            "read %d of %d records of %s in %ds (partitions at end: %s)"
            % (len(recs), expect, topic, timeout, sorted(at_end)))
        return recs
    finally:
        c.close()


def watermarks(bootstrap, topic, npartitions):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "wm-%d" % time.time_ns()})
    try:
        return {p: c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
                for p in range(npartitions)}
    finally:
        c.close()


# ---- a raw Kafka protocol client (requests with non-flexible versions only) ----

def _crc32c_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C = _crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC32C[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def _varint(v):
    v = (v << 1) ^ (v >> 63)  # zigzag
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def record_batch(values, producer_id=-1, epoch=-1, base_sequence=-1, timestamp=None):
    """An uncompressed RecordBatch v2 holding one record per value (no key, no headers)."""
    ts = int(time.time() * 1000) if timestamp is None else timestamp
    recs = b""
    for i, v in enumerate(values):
        body = b"\x00" + _varint(0) + _varint(i) + _varint(-1) + _varint(len(v)) + v + _varint(0)
        recs += _varint(len(body)) + body
    after_crc = struct.pack(">hiqqqhii", 0, len(values) - 1, ts, ts, producer_id, epoch,
                            base_sequence, len(values)) + recs
    head = struct.pack(">ib", 0, 2)  # partition leader epoch, magic
    crc = struct.pack(">I", crc32c(after_crc))
    batch = head + crc + after_crc
    return struct.pack(">qi", 0, len(batch)) + batch

def _str(s):
    if s is None:
        return struct.pack(">h", -1)
    b = s.encode()
    return struct.pack(">h", len(b)) + b


class _Reader:
    def __init__(self, data):
        self.d = data
        self.p = 0

    def take(self, fmt):
        v = struct.unpack_from(fmt, self.d, self.p)
        self.p += struct.calcsize(fmt)
        return v[0] if len(v) == 1 else v

    def string(self):
        n = self.take(">h")
        if n < 0:
            return None
        s = self.d[self.p:self.p + n].decode()
        self.p += n
        return s


class RawClient:
    """One connection speaking Kafka request/response frames (header v1, response header v0)."""

    def __init__(self, bootstrap, timeout=30):
        host, port = bootstrap.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.corr = 0

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def _recv(self, n):
        buf = b""
        for _ in range(n + 1):
            if len(buf) >= n:
                return buf
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("broker closed the connection")
            buf += chunk
        return buf

    def request(self, api_key, version, body):
        self.corr += 1
        hdr = struct.pack(">hhi", api_key, version, self.corr) + _str("rmq-integration")
        frame = hdr + body
        self.sock.sendall(struct.pack(">i", len(frame)) + frame)
        size = struct.unpack(">i", self._recv(4))[0]
        data = self._recv(size)
        corr = struct.unpack_from(">i", data)[0]
        assert corr == self.corr, "correlation id %d != %d" % (corr, self.corr)
        return _Reader(data[4:])

    def api_versions(self):
        r = self.request(18, 0, b"")
        err = r.take(">h")
        assert err == 0, "ApiVersions error %d" % err
        out = {}
        for _ in range(r.take(">i")):
            k, lo, hi = r.take(">hhh")
            out[k] = (lo, hi)
        return out

    def delete_records(self, topic, offsets, timeout_ms=10000):
        """DeleteRecords v0: offsets maps partition -> offset. Returns {partition: (low, err)}."""
        body = struct.pack(">i", 1) + _str(topic) + struct.pack(">i", len(offsets))
        for p, off in sorted(offsets.items()):
            body += struct.pack(">iq", p, off)
        body += struct.pack(">i", timeout_ms)
        r = self.request(21, 0, body)
        r.take(">i")  # throttle
        out = {}
        for _ in range(r.take(">i")):
            r.string()
            for _ in range(r.take(">i")):
                p, low, err = r.take(">iqh")
                out[p] = (low, err)
        return out

    def batch_codecs(self, topic, partitions, max_fetches=10000):
        """Reads every record batch of the partitions with Fetch v4 and counts the records in
        batches of each compression codec of the attributes (0 none, 1 gzip, 2 snappy, 3 lz4,
        4 zstd): what the broker stored and serves, not what a client decoded."""
        codecs = {}
        for part in partitions:
            offset = 0
            for _ in range(max_fetches):
                body = struct.pack(">iiiib", -1, 100, 1, 8 << 20, 0) + struct.pack(">i", 1)
                body += _str(topic) + struct.pack(">iiqi", 1, part, offset, 4 << 20)
                r = self.request(1, 4, body)
                r.take(">i")
                assert r.take(">i") == 1
                r.string()
                assert r.take(">i") == 1
                p, err, hw, _lso = r.take(">ihqq")
                assert err == 0, "Fetch p%d@%d: error %d" % (part, offset, err)
                naborted = r.take(">i")
                for _ in range(max(0, naborted)):
                    r.take(">qq")
                size = r.take(">i")
                data = r.d[r.p:r.p + max(0, size)]
                start = offset
                pos = 0
                while pos + 61 <= len(data):
                    base, blen = struct.unpack_from(">qi", data, pos)
                    assert blen >= 49, "p%d: batch at %d has length %d" % (part, base, blen)
                    if pos + 12 + blen > len(data):
                        break
                    attrs, last_delta = struct.unpack_from(">hi", data, pos + 21)
                    codecs[attrs & 7] = codecs.get(attrs & 7, 0) + last_delta + 1
                    offset = base + last_delta + 1
                    pos += 12 + blen
                if offset >= hw:
                    break
                assert offset > start, "Fetch p%d@%d below %d brought no batch" % (part, offset,
                                                                                   hw)
            else:
                raise AssertionError("fetch bound reached in p%d" % part)
        return codecs

    def init_producer_id(self):
        """InitProducerId v0 without a transactional id: (error, producer id, epoch)."""
        r = self.request(22, 0, _str(None) + struct.pack(">i", 60000))
        r.take(">i")
        return r.take(">hqh")

    def produce(self, topic, partition, batch, acks=-1):
        """Produce v3 of one batch: (error, base_offset)."""
        body = _str(None) + struct.pack(">hi", acks, 10000) + struct.pack(">i", 1) + _str(topic)
        body += struct.pack(">i", 1) + struct.pack(">ii", partition, len(batch)) + batch
        r = self.request(0, 3, body)
        assert r.take(">i") == 1
        r.string()
        assert r.take(">i") == 1
        _p, err, base, _ts = r.take(">ihqq")
        return err, base

    def produce_legacy_v2(self, topic, partition):
        """Produce v2 carrying one legacy (magic 1) message; returns the partition's error."""
        msg = struct.pack(">bbq", 1, 0, 0) + struct.pack(">i", -1) + struct.pack(">i", 1) + b"x"
        crc = zlib.crc32(msg) & 0xffffffff
        entry = struct.pack(">I", crc) + msg
        mset = struct.pack(">qi", 0, len(entry)) + entry
        body = struct.pack(">hi", 1, 10000) + struct.pack(">i", 1) + _str(topic)
        body += struct.pack(">i", 1) + struct.pack(">ii", partition, len(mset)) + mset
        r = self.request(0, 2, body)
        assert r.take(">i") == 1
        r.string()
        assert r.take(">i") == 1
        _p, err, _base, _ts = r.take(">ihqq")
        return err

    def incremental_alter_configs(self, topic, ops, validate_only=False):
        """IncrementalAlterConfigs v0 on one topic: ops is a list of (name, op, value) with op
        0 SET, 1 DELETE, 2 APPEND, 3 SUBTRACT. Returns (error_code, error_message)."""
        body = struct.pack(">i", 1) + struct.pack(">b", 2) + _str(topic)
        body += struct.pack(">i", len(ops))
        for name, op, value in ops:
            body += _str(name) + struct.pack(">b", op) + _str(value)
        body += struct.pack(">b", 1 if validate_only else 0)
        r = self.request(44, 0, body)
        r.take(">i")
        n = r.take(">i")
        assert n == 1, "IncrementalAlterConfigs answered %d resources" % n
        err = r.take(">h")
        msg = r.string()
        return err, msg
