"""Administration through real clients: confluent-kafka's AdminClient, kafka-python's
KafkaAdminClient, consumers' offset look-ups, and the raw protocol client of kafka_util for the
two requests neither Python client sends here (IncrementalAlterConfigs, DeleteRecords)."""
import time

import pytest
from confluent_kafka import (Consumer, KafkaError, KafkaException, Producer, TopicPartition)
from confluent_kafka.admin import ConfigResource, ConfigSource, NewPartitions, NewTopic

import kafka_util as ku

kafka = pytest.importorskip("kafka")
from kafka.admin import KafkaAdminClient  # noqa: E402
from kafka.admin import NewTopic as KNewTopic  # noqa: E402

T = 30  # seconds


def _err(future):
    """The Kafka error code a confluent admin future ended with (0: success)."""
    try:
        future.result(timeout=T)
        return 0
    except KafkaException as e:
        return e.args[0].code()


def _topics(a):
    return set(a.list_topics(timeout=T).topics)


def _kadmin(bs):
    return KafkaAdminClient(bootstrap_servers=bs, request_timeout_ms=T * 1000)


def _produce(bs, topic, items, conf=None):
    """items: (partition, key, value, timestamp); returns delivered (partition, offset) list."""
    done, failed = [], []
    p = Producer(dict({"bootstrap.servers": bs, "acks": "all", "linger.ms": 5}, **(conf or {})))

    def cb(err, msg):
        (failed if err else done).append(err if err else (msg.partition(), msg.offset()))

    for part, k, v, ts in items:
        p.produce(topic, key=k, value=v, partition=part, timestamp=ts or 0, on_delivery=cb)
    assert p.flush(T) == 0
    assert not failed, failed[:3]
    return done


def test_create_and_delete_topics_with_errors(broker):
    bs = broker.bootstrap
    a = ku.admin(bs)
    fs = a.create_topics([NewTopic("adm-a", 3, 1), NewTopic("adm-b", 1, 1, config={
        "retention.ms": "3600000"})], operation_timeout=T)
    assert _err(fs["adm-a"]) == 0 and _err(fs["adm-b"]) == 0
    ku.wait_topic(a, "adm-a", 3)
    # Errors, each named by its Kafka code.
    cases = [
        (NewTopic("adm-a", 3, 1), KafkaError.TOPIC_ALREADY_EXISTS),
        (NewTopic("adm-rf", 1, 3), KafkaError.INVALID_REPLICATION_FACTOR),
        (NewTopic("adm-cfg", 1, 1, config={"retention.ms": "soon"}), KafkaError.INVALID_CONFIG),
        (NewTopic("adm-cfg2", 1, 1, config={"no.such.setting": "1"}), KafkaError.INVALID_CONFIG),
        (NewTopic("adm-cfg3", 1, 1, config={"cleanup.policy": "shred"}),
         KafkaError.INVALID_CONFIG),
        (NewTopic("bad name!", 1, 1), KafkaError.TOPIC_EXCEPTION),
    ]
    for nt, code in cases:
        got = _err(a.create_topics([nt], operation_timeout=T)[nt.topic])
        assert got == code, "create %s: error %s, expected %s" % (nt.topic, got, code)
    # librdkafka refuses a partition count below 1 itself; kafka-python sends it (and raises
    # the broker's error code as an exception).
    from kafka.errors import InvalidPartitionsError, TopicAlreadyExistsError
    kadm = _kadmin(bs)
    try:
        for nparts in (0, -5):
            with pytest.raises(InvalidPartitionsError):
                kadm.create_topics([KNewTopic("adm-parts", nparts, 1)])
        with pytest.raises(TopicAlreadyExistsError):
            kadm.create_topics([KNewTopic("adm-a", 2, 1)])
    finally:
        kadm.close()
    # validate_only creates nothing.
    assert _err(a.create_topics([NewTopic("adm-dry", 2, 1)], validate_only=True,
                                operation_timeout=T)["adm-dry"]) == 0
    names = _topics(a)
    assert {"adm-a", "adm-b"} <= names
    assert not names & {"adm-rf", "adm-cfg", "adm-cfg2", "adm-cfg3", "adm-dry", "adm-parts"}

    # Delete: gone from metadata; deleting again says it is unknown; a new topic of the same
    # name starts empty.
    _produce(bs, "adm-a", [(p, b"k", b"old data", None) for p in range(3)])
    assert _err(a.delete_topics(["adm-a"], operation_timeout=T)["adm-a"]) == 0
    assert "adm-a" not in _topics(a)
    assert _err(a.delete_topics(["adm-a"], operation_timeout=T)["adm-a"]) == \
        KafkaError.UNKNOWN_TOPIC_OR_PART
    assert _err(a.create_topics([NewTopic("adm-a", 2, 1)], operation_timeout=T)["adm-a"]) == 0
    ku.wait_topic(a, "adm-a", 2)
    wm = ku.watermarks(bs, "adm-a", 2)
    assert wm == {0: (0, 0), 1: (0, 0)}, "recreated topic is not empty: %s" % wm
    # The surviving topic and the deletion outlive a restart.
    broker.restart()
    names = _topics(ku.admin(bs))
    assert "adm-b" in names and "adm-a" in names
    assert ku.watermarks(bs, "adm-a", 2) == {0: (0, 0), 1: (0, 0)}


def test_create_partitions(broker):
    bs = broker.bootstrap
    a = ku.admin(bs)
    ku.create_topic(bs, "adm-grow", 2)
    assert _err(a.create_partitions([NewPartitions("adm-grow", 5)],
                                    operation_timeout=T)["adm-grow"]) == 0
    ku.wait_topic(a, "adm-grow", 5)
    got = _produce(bs, "adm-grow", [(4, b"k", b"to the new partition", None)])
    assert got == [(4, 0)]
    for total in (3, 5):  # fewer, or the same number
        code = _err(a.create_partitions([NewPartitions("adm-grow", total)],
                                        operation_timeout=T)["adm-grow"])
        assert code == KafkaError.INVALID_PARTITIONS, (total, code)
    code = _err(a.create_partitions([NewPartitions("adm-none", 4)],
                                    operation_timeout=T)["adm-none"])
    assert code == KafkaError.UNKNOWN_TOPIC_OR_PART, code
    # kafka-python too.
    from kafka.admin import NewPartitions as KNewPartitions
    kadm = _kadmin(bs)
    try:
        res = kadm.create_partitions({"adm-grow": KNewPartitions(6)})
        assert res.topic_errors[0][1] == 0, res
    finally:
        kadm.close()
    ku.wait_topic(a, "adm-grow", 6)
    broker.restart()
    ku.wait_topic(ku.admin(bs), "adm-grow", 6)
    assert _produce(bs, "adm-grow", [(5, b"k", b"v", None)]) == [(5, 0)]
    assert _produce(bs, "adm-grow", [(4, b"k", b"v", None)]) == [(4, 1)]


def _describe(a, topic):
    res = ConfigResource(ConfigResource.Type.TOPIC, topic)
    return a.describe_configs([res])[res].result(timeout=T)


def test_topic_configs_describe_alter_incremental(broker):
    bs = broker.bootstrap
    a = ku.admin(bs)
    ku.create_topic(bs, "adm-cfg", 1, config={"retention.ms": "3600000",
                                              "cleanup.policy": "compact"})
    cfg = _describe(a, "adm-cfg")
    for name in ("retention.ms", "retention.bytes", "cleanup.policy", "max.message.bytes",
                 "min.insync.replicas"):
        assert name in cfg, "DescribeConfigs lacks %s: %s" % (name, sorted(cfg))
    assert cfg["retention.ms"].value == "3600000"
    assert cfg["retention.ms"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
    assert not cfg["retention.ms"].is_default
    assert cfg["cleanup.policy"].value == "compact"
    assert cfg["retention.bytes"].value == "-1" and cfg["retention.bytes"].is_default
    assert cfg["min.insync.replicas"].value == "1"
    assert cfg["max.message.bytes"].value == "1048588"

    # AlterConfigs replaces the whole set of overrides.
    res = ConfigResource(ConfigResource.Type.TOPIC, "adm-cfg",
                         set_config={"max.message.bytes": "200000", "retention.bytes": "5000000"})
    assert _err(a.alter_configs([res])[res]) == 0
    cfg = _describe(a, "adm-cfg")
    assert cfg["max.message.bytes"].value == "200000"
    assert cfg["retention.bytes"].value == "5000000"
    assert cfg["retention.ms"].value == "604800000" and cfg["retention.ms"].is_default, (
        "AlterConfigs must drop overrides it does not name")
    assert cfg["cleanup.policy"].value == "delete"
    bad = ConfigResource(ConfigResource.Type.TOPIC, "adm-cfg",
                         set_config={"min.insync.replicas": "many"})
    assert _err(a.alter_configs([bad])[bad]) == KafkaError.INVALID_CONFIG
    assert _describe(a, "adm-cfg")["max.message.bytes"].value == "200000"  # nothing applied

    # IncrementalAlterConfigs: SET, DELETE, APPEND and SUBTRACT change only what they name.
    with ku.RawClient(bs) as raw:
        assert 44 in raw.api_versions(), "IncrementalAlterConfigs not offered"
        err, msg = raw.incremental_alter_configs("adm-cfg", [
            ("retention.ms", 0, "7200000"), ("min.insync.replicas", 0, "1"),
            ("max.message.bytes", 1, None), ("cleanup.policy", 2, "compact")])
        assert err == 0, msg
        cfg = _describe(a, "adm-cfg")
        assert cfg["retention.ms"].value == "7200000"
        assert cfg["retention.bytes"].value == "5000000", "an untouched override was lost"
        assert cfg["max.message.bytes"].value == "1048588" and cfg["max.message.bytes"].is_default
        assert cfg["min.insync.replicas"].value == "1"
        assert cfg["min.insync.replicas"].source == ConfigSource.DYNAMIC_TOPIC_CONFIG.value
        assert cfg["cleanup.policy"].value == "delete,compact"
        err, msg = raw.incremental_alter_configs("adm-cfg", [("cleanup.policy", 3, "delete")])
        assert err == 0, msg
        assert _describe(a, "adm-cfg")["cleanup.policy"].value == "compact"
        # Errors: bad value, unknown key, unknown topic; validate_only changes nothing.
        err, _ = raw.incremental_alter_configs("adm-cfg", [("retention.ms", 0, "x")])
        assert err == KafkaError.INVALID_CONFIG
        err, _ = raw.incremental_alter_configs("adm-cfg", [("no.such.key", 0, "1")])
        assert err == KafkaError.INVALID_CONFIG
        err, _ = raw.incremental_alter_configs("adm-nope", [("retention.ms", 0, "1")])
        assert err == KafkaError.UNKNOWN_TOPIC_OR_PART
        err, _ = raw.incremental_alter_configs("adm-cfg", [("retention.ms", 0, "1000")],
                                               validate_only=True)
        assert err == 0
        assert _describe(a, "adm-cfg")["retention.ms"].value == "7200000"

    # Overrides are persistent.
    broker.restart()
    cfg = _describe(ku.admin(bs), "adm-cfg")
    assert (cfg["retention.ms"].value, cfg["retention.bytes"].value,
            cfg["cleanup.policy"].value, cfg["min.insync.replicas"].value) == (
        "7200000", "5000000", "compact", "1")

    # kafka-python reads the same.
    from kafka.admin import ConfigResource as KConfigResource, ConfigResourceType
    kadm = _kadmin(bs)
    try:
        resp = kadm.describe_configs([KConfigResource(ConfigResourceType.TOPIC, "adm-cfg")])
        entries = {e[0]: e[1] for e in resp[0].resources[0][4]}
        assert entries["retention.ms"] == "7200000" and entries["cleanup.policy"] == "compact"
    finally:
        kadm.close()


def test_message_too_large_is_rejected(broker):
    bs = broker.bootstrap
    ku.create_topic(bs, "adm-small", 1, config={"max.message.bytes": "10000"})
    errors, ok = [], []
    p = Producer({"bootstrap.servers": bs, "acks": "all", "compression.type": "none",
                  "linger.ms": 0})

    def cb(err, msg):
        (errors if err else ok).append(err or msg.offset())

    p.produce("adm-small", value=b"x" * 20000, on_delivery=cb)
    assert p.flush(T) == 0
    assert [e.code() for e in errors] == [KafkaError.MSG_SIZE_TOO_LARGE], errors
    p.produce("adm-small", value=b"y" * 5000, on_delivery=cb)
    assert p.flush(T) == 0
    assert ok == [0], (ok, errors)
    # kafka-python sees the broker's MESSAGE_TOO_LARGE as MessageSizeTooLargeError.
    from kafka.errors import MessageSizeTooLargeError
    kp = kafka.KafkaProducer(bootstrap_servers=bs, acks="all", retries=0)
    try:
        with pytest.raises(MessageSizeTooLargeError):
            kp.send("adm-small", b"z" * 20000).get(timeout=T)
    finally:
        kp.close(timeout=10)
    assert ku.watermarks(bs, "adm-small", 1)[0] == (0, 1), "a rejected batch was stored"


def test_delete_records_and_list_offsets(broker):
    bs = broker.bootstrap
    ku.create_topic(bs, "adm-del", 2)
    base = ku.base_timestamp()
    # 100 records per partition, timestamps 10 ms apart, in gzip batches of several records
    # (the timestamp look-up must find records inside compressed batches).
    items = [(p, b"k%d" % i, b"v%d" % i, base + 10 * i) for p in range(2) for i in range(100)]
    got = _produce(bs, "adm-del", items, {"compression.type": "gzip", "linger.ms": 50})
    assert sorted(got) == [(p, o) for p in range(2) for o in range(100)]
    assert ku.watermarks(bs, "adm-del", 2) == {0: (0, 100), 1: (0, 100)}

    # ListOffsets by timestamp (consumer offsets_for_times): first offset with ts >= target.
    c = Consumer({"bootstrap.servers": bs, "group.id": "adm-lo", "enable.auto.commit": False})
    try:
        q = [TopicPartition("adm-del", 0, base + 555), TopicPartition("adm-del", 1, base - 5000),
             ]
        res = {tp.partition: tp.offset for tp in c.offsets_for_times(q, timeout=T)}
        assert res == {0: 56, 1: 0}, res
        res = c.offsets_for_times([TopicPartition("adm-del", 0, base + 10 * 99)], timeout=T)
        assert res[0].offset == 99
        res = c.offsets_for_times([TopicPartition("adm-del", 0, base + 100000)], timeout=T)
        assert res[0].offset == -1, "a timestamp after every record has no offset"
    finally:
        c.close()

    # DeleteRecords: p0 below 40, p1 up to its high watermark (-1).
    with ku.RawClient(bs) as raw:
        assert 21 in raw.api_versions(), "DeleteRecords not offered"
        res = raw.delete_records("adm-del", {0: 40, 1: -1})
        assert res == {0: (40, 0), 1: (100, 0)}, res
        res = raw.delete_records("adm-del", {0: 500})
        assert res[0][1] == KafkaError.OFFSET_OUT_OF_RANGE, res
        res = raw.delete_records("adm-del", {0: 20})  # below the start: nothing changes
        assert res[0] == (40, 0), res
    for check in ("before restart", "after restart"):
        wm = ku.watermarks(bs, "adm-del", 2)
        assert wm == {0: (40, 100), 1: (100, 100)}, (check, wm)
        recs = ku.consume_all(bs, "adm-del", 60, npartitions=2)
        assert [(r.partition, r.offset) for r in recs] == [(0, o) for o in range(40, 100)], check
        assert all(r.value == b"v%d" % r.offset for r in recs)
        if check == "before restart":
            broker.restart()

    # kafka-python's ListOffsets: earliest, latest and by timestamp.
    from kafka.structs import TopicPartition as KTP
    kc = kafka.KafkaConsumer(bootstrap_servers=bs)
    try:
        tps = [KTP("adm-del", 0), KTP("adm-del", 1)]
        assert kc.beginning_offsets(tps) == {tps[0]: 40, tps[1]: 100}
        assert kc.end_offsets(tps) == {tps[0]: 100, tps[1]: 100}
        ot = kc.offsets_for_times({tps[0]: base + 705})
        assert ot[tps[0]].offset == 71 and ot[tps[0]].timestamp == base + 710, ot
    finally:
        kc.close()


def test_consumer_groups_list_describe_delete(broker):
    bs = broker.bootstrap
    ku.create_topic(bs, "adm-grp", 2)
    _produce(bs, "adm-grp", [(p, b"k", b"v%d" % i, None) for p in range(2) for i in range(10)])
    c = Consumer({"bootstrap.servers": bs, "group.id": "adm-group", "enable.auto.commit": False,
                  "auto.offset.reset": "earliest", "session.timeout.ms": 6000,
                  "heartbeat.interval.ms": 500})
    c.subscribe(["adm-grp"])
    got = 0
    deadline = time.monotonic() + T
    for _ in range(1000):
        if got >= 20 or time.monotonic() > deadline:
            break
        got += len([m for m in c.consume(num_messages=100, timeout=0.5) if not m.error()])
    assert got == 20
    c.commit(offsets=[TopicPartition("adm-grp", 0, 7), TopicPartition("adm-grp", 1, 10)],
             asynchronous=False)
    kadm = _kadmin(bs)
    try:
        # Active group: listed, described Stable with one member owning both partitions,
        # and not deletable.
        assert ("adm-group", "consumer") in kadm.list_consumer_groups()
        groups = {g.id: g for g in ku.admin(bs).list_groups(timeout=T)}
        assert groups["adm-group"].state == "Stable", groups["adm-group"].state
        assert len(groups["adm-group"].members) == 1
        desc = kadm.describe_consumer_groups(["adm-group"])[0]
        assert desc.group == "adm-group" and desc.state == "Stable"
        assert desc.protocol_type == "consumer" and len(desc.members) == 1
        assert sorted(desc.members[0].member_assignment.assignment[0][1]) == [0, 1]
        offs = kadm.list_consumer_group_offsets("adm-group")
        assert {tp.partition: om.offset for tp, om in offs.items()} == {0: 7, 1: 10}
        res = kadm.delete_consumer_groups(["adm-group"])
        assert res[0][1].errno == KafkaError.NON_EMPTY_GROUP, res
        c.close()
        c = None
        desc = kadm.describe_consumer_groups(["adm-group"])[0]
        assert desc.state == "Empty" and not desc.members, desc
        # Offsets of an empty group survive a restart.
        broker.restart()
        kadm.close()
        kadm = _kadmin(bs)
        offs = kadm.list_consumer_group_offsets("adm-group")
        assert {tp.partition: om.offset for tp, om in offs.items()} == {0: 7, 1: 10}
        res = kadm.delete_consumer_groups(["adm-group"])
        assert res[0][1].errno == 0, res
        assert "adm-group" not in [g for g, _ in kadm.list_consumer_groups()]
        res = kadm.delete_consumer_groups(["adm-group"])
        assert res[0][1].errno == KafkaError.GROUP_ID_NOT_FOUND, res
    finally:
        if c is not None:
            c.close()
        kadm.close()
    # The deleted group's offsets are gone: a new member starts from the beginning.
    c = Consumer({"bootstrap.servers": bs, "group.id": "adm-group", "enable.auto.commit": False})
    try:
        tps = c.committed([TopicPartition("adm-grp", p) for p in range(2)], timeout=T)
        assert [tp.offset for tp in tps] == [-1001, -1001], tps
    finally:
        c.close()
