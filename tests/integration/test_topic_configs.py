"""Every Kafka 3.7 topic config (org.apache.kafka.common.config.TopicConfig), written out here
independently of the broker's table: DescribeConfigs lists each with Kafka's default;
CreateTopics, AlterConfigs and IncrementalAlterConfigs accept a valid value of each and refuse
an invalid one with INVALID_CONFIG. Then what RustMQ applies: min.insync.replicas above the
one replica refuses acks=all, message.timestamp.before.max.ms refuses old records, and
durability=object (not built) is refused rather than ignored."""
import struct
import time

from confluent_kafka import KafkaError
from confluent_kafka.admin import ConfigResource, ConfigSource

import kafka_util as ku

L64 = "9223372036854775807"

# name: (Kafka 3.7 default, a valid value, an invalid value)
KAFKA_37 = {
    "cleanup.policy": ("delete", "compact,delete", "shred"),
    "compression.type": ("producer", "zstd", "brotli"),
    "delete.retention.ms": ("86400000", "1000", "-5"),
    "file.delete.delay.ms": ("60000", "0", "soon"),
    "flush.messages": (L64, "1000", "0"),
    "flush.ms": (L64, "1000", "-1"),
    "follower.replication.throttled.replicas": ("", "0:1,1:1", "0-1"),
    "index.interval.bytes": ("4096", "8192", "-1"),
    "leader.replication.throttled.replicas": ("", "*", "x:y"),
    "local.retention.bytes": ("-2", "1000000", "-3"),
    "local.retention.ms": ("-2", "3600000", "-3"),
    "max.compaction.lag.ms": (L64, "86400000", "0"),
    "max.message.bytes": ("1048588", "2000000", "big"),
    "message.downconversion.enable": ("true", "false", "maybe"),
    "message.format.version": ("3.0-IV1", "2.8-IV1", "three"),
    "message.timestamp.after.max.ms": (L64, "3600000", "-1"),
    "message.timestamp.before.max.ms": (L64, "3600000", "-1"),
    "message.timestamp.difference.max.ms": (L64, "3600000", "-1"),
    "message.timestamp.type": ("CreateTime", "LogAppendTime", "WallTime"),
    "min.cleanable.dirty.ratio": ("0.5", "0.25", "1.5"),
    "min.compaction.lag.ms": ("0", "1000", "-1"),
    "min.insync.replicas": ("1", "1", "0"),
    "preallocate": ("false", "true", "yes"),
    "remote.storage.enable": ("false", "false", "on"),
    "retention.bytes": ("-1", "1000000", "-2"),
    "retention.ms": ("604800000", "3600000", "-2"),
    "segment.bytes": ("1073741824", "104857600", "10"),
    "segment.index.bytes": ("10485760", "1048576", "2"),
    "segment.jitter.ms": ("0", "1000", "-1"),
    "segment.ms": ("604800000", "3600000", "0"),
    "unclean.leader.election.enable": ("false", "true", "2"),
}


def _describe(a, topic):
    res = ConfigResource(ConfigResource.Type.TOPIC, topic)
    return a.describe_configs([res])[res].result(timeout=30)


def _alter_err(a, topic, cfg):
    res = ConfigResource(ConfigResource.Type.TOPIC, topic, set_config=cfg)
    try:
        a.alter_configs([res])[res].result(timeout=30)
        return 0
    except Exception as e:  # KafkaException
        return e.args[0].code()


def test_every_kafka_37_topic_config(broker):
    bs = broker.bootstrap
    a = ku.admin(bs)
    ku.create_topic(bs, "cfg-defaults", 1)
    cfg = _describe(a, "cfg-defaults")
    missing = sorted(set(KAFKA_37) - set(cfg))
    assert not missing, "DescribeConfigs lacks %s" % missing
    for name, (default, _, _) in KAFKA_37.items():
        assert cfg[name].value == default, "%s: %r, Kafka's default is %r" % (
            name, cfg[name].value, default)
        assert cfg[name].source == ConfigSource.DEFAULT_CONFIG.value, name

    # CreateTopics with every valid value at once.
    valid = {n: v for n, (_, v, _) in KAFKA_37.items()}
    ku.create_topic(bs, "cfg-all", 1, config=valid)
    cfg = _describe(a, "cfg-all")
    for name, value in valid.items():
        assert cfg[name].value == value, name
        assert cfg[name].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value, name

    # Each invalid value: AlterConfigs and IncrementalAlterConfigs refuse it, nothing changes.
    with ku.RawClient(bs) as raw:
        for name, (_, good, bad) in KAFKA_37.items():
            assert _alter_err(a, "cfg-defaults", {name: bad}) == KafkaError.INVALID_CONFIG, (
                "AlterConfigs accepted %s=%r" % (name, bad))
            err, _ = raw.incremental_alter_configs("cfg-defaults", [(name, 0, bad)])
            assert err == KafkaError.INVALID_CONFIG, "IncrementalAlterConfigs: %s=%r" % (name, bad)
            err, msg = raw.incremental_alter_configs("cfg-defaults", [(name, 0, good)])
            assert err == 0, "%s=%r refused: %s" % (name, good, msg)
    cfg = _describe(a, "cfg-defaults")
    for name, (_, good, _) in KAFKA_37.items():
        assert cfg[name].value == good, name
    # Persisted across a restart.
    broker.restart()
    cfg = _describe(ku.admin(bs), "cfg-all")
    assert all(cfg[n].value == v for n, v in valid.items())


def _produce(raw, topic, ts, acks=-1):
    now = ts
    batch = ku.record_batch([b"v"], timestamp=now)
    body = ku._str(None) + struct.pack(">hi", acks, 10000) + struct.pack(">i", 1) + ku._str(topic)
    body += struct.pack(">i", 1) + struct.pack(">ii", 0, len(batch)) + batch
    r = raw.request(0, 3, body)
    r.take(">i")
    r.string()
    r.take(">i")
    return r.take(">ihqq")[1]


def test_configs_that_act(broker):
    bs = broker.bootstrap
    now = int(time.time() * 1000)
    ku.create_topic(bs, "cfg-isr", 1, config={"min.insync.replicas": "2"})
    ku.create_topic(bs, "cfg-ts", 1, config={"message.timestamp.before.max.ms": "60000",
                                            "message.timestamp.after.max.ms": "60000"})
    with ku.RawClient(bs) as raw:
        assert _produce(raw, "cfg-isr", now, acks=-1) == 19  # NOT_ENOUGH_REPLICAS
        assert _produce(raw, "cfg-isr", now, acks=1) == 0
        assert _produce(raw, "cfg-ts", now - 3600000) == 32  # INVALID_TIMESTAMP
        assert _produce(raw, "cfg-ts", now + 3600000) == 32
        assert _produce(raw, "cfg-ts", now) == 0
    # Not built: refused, never silently ignored.
    a = ku.admin(bs)
    assert _alter_err(a, "cfg-ts", {"durability": "object"}) == KafkaError.INVALID_CONFIG


def test_authorized_operations_without_authorizer(broker):
    """KIP-430: with no authorizer, Metadata v8 reports every operation the topic and the
    cluster support (Kafka's AclOperation bits), as a Kafka broker without one does."""
    ku.create_topic(broker.bootstrap, "authz", 1)
    topic_ops = sum(1 << b for b in (3, 4, 5, 6, 7, 8, 10, 11))
    cluster_ops = sum(1 << b for b in (5, 7, 8, 9, 10, 11, 12))
    with ku.RawClient(broker.bootstrap) as raw:
        body = struct.pack(">i", 1) + ku._str("authz") + struct.pack(">bbb", 0, 1, 1)
        r = raw.request(3, 8, body)
        r.take(">i")
        for _ in range(r.take(">i")):
            r.take(">i")
            r.string()
            r.take(">i")
            r.string()
        r.string()
        r.take(">i")
        assert r.take(">i") == 1
        assert r.take(">h") == 0 and r.string() == "authz"
        r.take(">b")
        for _ in range(r.take(">i")):
            r.take(">hiii")
            for _ in range(3):
                for _ in range(r.take(">i")):
                    r.take(">i")
        assert r.take(">i") == topic_ops
        assert r.take(">i") == cluster_ops
