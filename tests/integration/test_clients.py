"""Four real Kafka clients against the broker, 100,000 keyed messages each.

Each test creates a 6-partition topic, produces messages 0..N-1 (kafka_util's numbering: keys,
values, headers, explicit timestamps where the client can set them) with acks=all and a
compression codec, reads everything back and checks every key, value, header and timestamp,
that offsets run 0,1,2... in each partition and that each key's messages keep their order.

Codecs: confluent-kafka all five (none, gzip, snappy, lz4, zstd; 20,000 messages each),
kcat snappy, kafka-python zstd, kafkajs gzip (the codec kafkajs has built in).
"""
import json
import os
import shutil
import subprocess
import time

import pytest
from confluent_kafka import Producer

import kafka_util as ku
from conftest import missing_tool

N = 100_000
HERE = os.path.dirname(os.path.abspath(__file__))


CODEC_IDS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}


def _check_codecs(bootstrap, topic, codecs, npartitions=6):
    """The broker stores and serves batches in the codecs the client used. librdkafka sends a
    batch uncompressed when compressing does not make it smaller (a few small messages): up to
    1% of the records may be in such batches."""
    with ku.RawClient(bootstrap) as raw:
        got = raw.batch_codecs(topic, range(npartitions))
    want = {CODEC_IDS[c] for c in codecs}
    assert set(got) - {0} == want - {0}, "records by codec %s, expected codecs %s" % (
        got, sorted(want))
    if 0 not in want:
        assert got.get(0, 0) <= sum(got.values()) // 100, (
            "too many records in uncompressed batches: %s" % got)


def _produce_confluent(bootstrap, topic, base_ts, codecs):
    """Produces N messages, an equal share with each codec, one idempotent producer per codec
    (acks=all). Returns the number of failed deliveries."""
    share = N // len(codecs)
    state = {"ok": 0, "failed": 0, "first": None}

    def on_delivery(err, msg):
        if err is None:
            state["ok"] += 1
        else:
            state["failed"] += 1
            state["first"] = state["first"] or err

    for c, codec in enumerate(codecs):
        p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True,
                      "compression.type": codec, "linger.ms": 20, "batch.num.messages": 10000,
                      "queue.buffering.max.messages": 200000, "message.timeout.ms": 120000})
        lo, hi = c * share, (N if c == len(codecs) - 1 else (c + 1) * share)
        for i in range(lo, hi):
            p.produce(topic, key=ku.key_of(i), value=ku.value_of(i),
                      headers=ku.headers_of(i, "confluent-kafka"), timestamp=base_ts + i,
                      on_delivery=on_delivery)
            if i % 5000 == 0:
                p.poll(0)
        left = p.flush(120)
        assert left == 0, "%d messages still queued after flush (%s)" % (left, codec)
    assert state["failed"] == 0, "%d deliveries failed, first: %s" % (state["failed"],
                                                                     state["first"])
    assert state["ok"] == N
    return state


def test_confluent_kafka_100k_all_codecs(broker):
    topic = "it-confluent"
    ku.create_topic(broker.bootstrap, topic, 6)
    base = ku.base_timestamp()
    _produce_confluent(broker.bootstrap, topic, base, ["none", "gzip", "snappy", "lz4", "zstd"])
    recs = ku.consume_all(broker.bootstrap, topic, N)
    ku.verify_records(recs, N, "confluent-kafka", base_ts=base)
    _check_codecs(broker.bootstrap, topic, ["none", "gzip", "snappy", "lz4", "zstd"])


def test_librdkafka_compresses_with_every_codec(broker):
    """Regression: the broker advertised Produce from v3 only, and librdkafka before 2.10 then
    sends gzip, snappy and lz4 batches uncompressed (it wants Produce v0 listed). Produce v0-2
    requests are answered, legacy message sets in them refused per partition."""
    topic = "it-codecs"
    ku.create_topic(broker.bootstrap, topic, 1)
    with ku.RawClient(broker.bootstrap) as raw:
        assert raw.api_versions()[0][0] == 0, "Produce v0 not advertised"
        assert raw.produce_legacy_v2(topic, 0) == 43  # UNSUPPORTED_FOR_MESSAGE_FORMAT
    for codec in ("gzip", "snappy", "lz4", "zstd"):
        p = Producer({"bootstrap.servers": broker.bootstrap, "compression.type": codec,
                      "linger.ms": 50, "acks": "all"})
        for i in range(2000):
            p.produce(topic, key=ku.key_of(i), value=ku.value_of(i))
        assert p.flush(30) == 0
        with ku.RawClient(broker.bootstrap) as raw:
            got = raw.batch_codecs(topic, [0])
        assert got.get(CODEC_IDS[codec], 0) >= 1000, "%s batches hold %s records" % (codec, got)
    assert ku.watermarks(broker.bootstrap, topic, 1)[0] == (0, 8000)


def test_kcat_100k_snappy(broker, tmp_path):
    """kcat reads key<TAB>value lines; it cannot set a timestamp or per-message headers when
    producing, so every message carries the same two -H headers and its CreateTime is checked
    against the produce window. kcat cannot create topics: confluent's AdminClient does."""
    kcat = shutil.which("kcat")
    if not kcat:
        missing_tool("kcat not installed (scripts/install-deps installs it)")
    topic = "it-kcat"
    ku.create_topic(broker.bootstrap, topic, 6)
    inp = tmp_path / "in.txt"
    with open(inp, "wb") as f:
        f.write(b"".join(ku.key_of(i) + b"\t" + ku.value_of(i) + b"\n" for i in range(N)))
    t0 = int(time.time() * 1000) - 1000
    res = subprocess.run(
        [kcat, "-P", "-b", broker.bootstrap, "-t", topic, "-K", "\t", "-z", "snappy",
         "-H", "client=kcat", "-H", "codec=snappy", "-X", "acks=all",
         "-X", "enable.idempotence=true", "-X", "linger.ms=20", "-X", "batch.num.messages=10000",
         "-X", "queue.buffering.max.messages=200000", "-l", str(inp)],
        capture_output=True, timeout=300)
    t1 = int(time.time() * 1000) + 1000
    assert res.returncode == 0, res.stderr.decode(errors="replace")[-3000:]
    assert b"Delivery failed" not in res.stderr and b"ERROR" not in res.stderr, res.stderr[-3000:]
    # One line per message: partition, offset, timestamp, key, headers, value (values and keys
    # hold no tab or newline).
    out = tmp_path / "out.txt"
    with open(out, "wb") as f:
        res = subprocess.run(
            [kcat, "-C", "-b", broker.bootstrap, "-t", topic, "-o", "beginning", "-e", "-q",
             "-f", "%p\\t%o\\t%T\\t%k\\t%h\\t%s\\n"], stdout=f, stderr=subprocess.PIPE,
            timeout=300)
    assert res.returncode == 0, res.stderr.decode(errors="replace")[-3000:]
    recs = []
    with open(out, "rb") as f:
        for line in f:
            p, o, ts, k, h, v = line.rstrip(b"\n").split(b"\t")
            hdrs = [tuple(kv.split(b"=", 1)) for kv in h.split(b",")] if h else []
            recs.append(ku.Rec(int(p), int(o), k, v, [(a.decode(), b) for a, b in hdrs],
                               int(ts)))
    ku.verify_records(recs, N, "kcat", ts_window=(t0, t1),
                      headers=[("client", b"kcat"), ("codec", b"snappy")])
    _check_codecs(broker.bootstrap, topic, ["snappy"])


def test_kafka_python_100k_zstd(broker):
    """kafka-python (pure Python) with zstd: Debian's python3-zstandard supplies the codec."""
    kafka = pytest.importorskip("kafka")
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.codec import has_zstd
    from kafka.structs import TopicPartition

    if not has_zstd():
        missing_tool("python3-zstandard missing: kafka-python cannot zstd")
    topic = "it-kafka-python"
    adm = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=30000)
    try:
        res = adm.create_topics([NewTopic(topic, num_partitions=6, replication_factor=1)])
        assert all(e == 0 for _, e, *_ in res.topic_errors), res
    finally:
        adm.close()
    base = ku.base_timestamp()
    prod = kafka.KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all",
                               compression_type="zstd", linger_ms=20, batch_size=256 * 1024,
                               max_in_flight_requests_per_connection=1, retries=5,
                               buffer_memory=64 << 20)
    futures = []
    try:
        for i in range(N):
            futures.append(prod.send(topic, key=ku.key_of(i), value=ku.value_of(i),
                                     headers=ku.headers_of(i, "kafka-python"),
                                     timestamp_ms=base + i))
        prod.flush(timeout=180)
        failed = [f.exception for f in futures if not f.succeeded()]
        assert not failed, "%d sends failed, first %r" % (len(failed), failed[0])
    finally:
        prod.close(timeout=30)
    cons = kafka.KafkaConsumer(bootstrap_servers=broker.bootstrap, enable_auto_commit=False,
                               auto_offset_reset="earliest", max_poll_records=20000,
                               fetch_max_bytes=16 << 20, max_partition_fetch_bytes=4 << 20)
    recs = []
    try:
        tps = [TopicPartition(topic, p) for p in range(6)]
        cons.assign(tps)
        cons.seek_to_beginning(*tps)
        deadline = time.monotonic() + 180
        for _ in range(100000):
            if len(recs) >= N or time.monotonic() > deadline:
                break
            for tp, msgs in cons.poll(timeout_ms=500).items():
                for m in msgs:
                    recs.append(ku.Rec(m.partition, m.offset, m.key, m.value, m.headers,
                                       m.timestamp))
        # Nothing more than N: one more poll must bring nothing.
        extra = sum(len(v) for v in cons.poll(timeout_ms=1000).values())
        assert extra == 0, "%d records beyond %d" % (extra, N)
        ends = cons.end_offsets(tps)
        assert sum(ends.values()) == N, ends
    finally:
        cons.close()
    ku.verify_records(recs, N, "kafka-python", base_ts=base)
    _check_codecs(broker.bootstrap, topic, ["zstd"])


def test_kafkajs_100k_gzip(broker, tmp_path):
    """kafkajs (Node.js) with gzip: the script creates the topic with kafkajs's admin, produces,
    consumes with a consumer group and writes one JSON line per record."""
    node = shutil.which("node")
    if not node:
        missing_tool("node not installed (scripts/install-deps installs nodejs)")
    env = dict(os.environ)  # NODE_PATH: tools/npm/node_modules (conftest)
    check = subprocess.run([node, "-e", "require('kafkajs')"], env=env, capture_output=True,
                           timeout=60)
    if check.returncode != 0:
        missing_tool("kafkajs not installed (scripts/install-deps installs it with npm)")
    out = tmp_path / "records.jsonl"
    base = ku.base_timestamp()
    args = {"bootstrap": broker.bootstrap, "topic": "it-kafkajs", "n": N, "base_ts": base,
            "partitions": 6, "out": str(out), "nkeys": ku.NKEYS}
    res = subprocess.run([node, os.path.join(HERE, "kafkajs_roundtrip.js"), json.dumps(args)],
                         env=env, capture_output=True, text=True, timeout=400)
    assert res.returncode == 0, "kafkajs script failed:\n%s\n%s" % (res.stdout[-3000:],
                                                                    res.stderr[-5000:])
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["produced"] == N and summary["created"] is True, summary
    recs = []
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            recs.append(ku.Rec(r["p"], int(r["o"]), r["k"].encode(), r["v"].encode(),
                               [(k, v.encode()) for k, v in r["h"]], int(r["t"])))
    ku.verify_records(recs, N, "kafkajs", base_ts=base)
    _check_codecs(broker.bootstrap, "it-kafkajs", ["gzip"])
