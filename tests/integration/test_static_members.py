"""Consumer groups as Kafka >= 3.2 runs them, over the raw protocol: a static member that stops
heartbeating is removed once its session.timeout.ms has passed (not a second later); a static
leader that restarts (KIP-345) rejoins with the current generation and its old assignment
without revoking the other members (KIP-814); OffsetDelete (KIP-496) removes committed offsets
of partitions the group no longer consumes."""
import struct
import time

import kafka_util as ku
from kafka_util import _str

SESSION_MS = 6000
REBALANCE_IN_PROGRESS = 27


def _bytes(b):
    return struct.pack(">i", len(b)) + b


def _nstr(s):
    return _str(s)


def _rbytes(r):
    n = r.take(">i")
    if n < 0:
        return None
    b = r.d[r.p:r.p + n]
    r.p += n
    return b


def join(raw, group, member_id, instance, meta=b"m1", session_ms=SESSION_MS):
    """JoinGroup v5: (error, generation, leader, member_id, [member ids])."""
    body = _str(group) + struct.pack(">ii", session_ms, 30000) + _str(member_id)
    body += _nstr(instance) + _str("consumer") + struct.pack(">i", 1) + _str("range") + _bytes(meta)
    r = raw.request(11, 5, body)
    r.take(">i")
    err, gen = r.take(">hi")
    r.string()
    leader = r.string()
    mid = r.string()
    members = []
    for _ in range(r.take(">i")):
        members.append(r.string())
        r.string()
        _rbytes(r)
    return err, gen, leader, mid, members


def sync(raw, group, gen, member_id, instance, assignments=()):
    """SyncGroup v3: (error, assignment)."""
    body = _str(group) + struct.pack(">i", gen) + _str(member_id) + _nstr(instance)
    body += struct.pack(">i", len(assignments))
    for mid, a in assignments:
        body += _str(mid) + _bytes(a)
    r = raw.request(14, 3, body)
    r.take(">i")
    return r.take(">h"), _rbytes(r)


def heartbeat(raw, group, gen, member_id, instance):
    body = _str(group) + struct.pack(">i", gen) + _str(member_id) + _nstr(instance)
    r = raw.request(12, 3, body)
    r.take(">i")
    return r.take(">h")


def describe(raw, group):
    """DescribeGroups v0: (state, [member ids])."""
    r = raw.request(15, 0, struct.pack(">i", 1) + _str(group))
    assert r.take(">i") == 1
    r.take(">h")
    r.string()
    state = r.string()
    r.string()
    r.string()
    members = []
    for _ in range(r.take(">i")):
        members.append(r.string())
        r.string()
        r.string()
        _rbytes(r)
        _rbytes(r)
    return state, members


def two_static_members(raw_a, raw_b, group):
    """A (leader) and B joined and synced at generation 1 or later; returns their ids and gen."""
    err, gen, leader, a_id, _ = join(raw_a, group, "", "inst-a")
    assert err == 0 and leader == a_id
    assert sync(raw_a, group, gen, a_id, "inst-a", [(a_id, b"assign-a")]) == (0, b"assign-a")
    # B joins: a rebalance both must take part in.
    import threading
    res = {}
    t = threading.Thread(target=lambda: res.update(b=join(raw_b, group, "", "inst-b")))
    t.start()
    for _ in range(100):
        if heartbeat(raw_a, group, gen, a_id, "inst-a") == REBALANCE_IN_PROGRESS:
            break
        time.sleep(0.1)
    err, gen2, leader, a_id2, members = join(raw_a, group, a_id, "inst-a")
    t.join(30)
    assert err == 0 and leader == a_id and len(members) == 2
    b_err, b_gen, _, b_id, _ = res["b"]
    assert b_err == 0 and b_gen == gen2
    assigns = [(a_id, b"assign-a2"), (b_id, b"assign-b2")]
    t = threading.Thread(target=lambda: res.update(bs=sync(raw_b, group, gen2, b_id, "inst-b")))
    t.start()
    assert sync(raw_a, group, gen2, a_id, "inst-a", assigns) == (0, b"assign-a2")
    t.join(30)
    assert res["bs"] == (0, b"assign-b2")
    return a_id, b_id, gen2


def test_static_leader_restart_causes_no_rebalance(broker):
    group = "g-static-leader"
    with ku.RawClient(broker.bootstrap) as ra, ku.RawClient(broker.bootstrap) as rb:
        a_id, b_id, gen = two_static_members(ra, rb, group)
        # The leader restarts: a new connection, no member id, the same instance id.
    with ku.RawClient(broker.bootstrap) as ra2, ku.RawClient(broker.bootstrap) as rb:
        err, gen2, leader, new_a, members = join(ra2, group, "", "inst-a")
        assert err == 0 and gen2 == gen, "a rebalance started (generation %d -> %d)" % (gen, gen2)
        assert new_a != a_id and leader == new_a, "the rejoined leader leads under its new id"
        # The follower is not revoked: its heartbeat still succeeds at the same generation.
        assert heartbeat(rb, group, gen, b_id, "inst-b") == 0
        # The leader's sync gets its assignment back unchanged.
        assert sync(ra2, group, gen, new_a, "inst-a", []) == (0, b"assign-a2")
        # The old id is fenced.
        assert heartbeat(rb, group, gen, a_id, "inst-a") == 82  # FENCED_INSTANCE_ID
        state, ms = describe(rb, group)
        assert state == "Stable" and sorted(ms) == sorted([new_a, b_id])


def test_static_member_expires_on_time(broker):
    group = "g-static-expiry"
    with ku.RawClient(broker.bootstrap) as raw:
        err, gen, _, mid, _ = join(raw, group, "", "inst-x")
        assert err == 0
        assert sync(raw, group, gen, mid, "inst-x", [(mid, b"a")])[0] == 0
        last = time.monotonic()
        assert heartbeat(raw, group, gen, mid, "inst-x") == 0
        gone_after = None
        for _ in range(400):
            _, members = describe(raw, group)
            if mid not in members:
                gone_after = time.monotonic() - last
                break
            time.sleep(0.02)
    assert gone_after is not None, "the static member never expired"
    # Removed once session.timeout.ms passed: not before, and within the 100 ms tick (+ slack
    # for a loaded machine).
    assert SESSION_MS / 1000.0 - 0.05 <= gone_after <= SESSION_MS / 1000.0 + 0.4, gone_after


def commit(raw, group, gen, member_id, topic, partition, offset):
    body = _str(group) + struct.pack(">i", gen) + _str(member_id) + struct.pack(">q", -1)
    body += struct.pack(">i", 1) + _str(topic) + struct.pack(">i", 1)
    body += struct.pack(">iq", partition, offset) + _str("")
    r = raw.request(8, 2, body)
    assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
    return r.take(">ih")[1]


def fetch_offset(raw, group, topic, partition):
    body = _str(group) + struct.pack(">i", 1) + _str(topic) + struct.pack(">ii", 1, partition)
    r = raw.request(9, 1, body)
    assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
    _p, off = r.take(">iq")
    return off


def offset_delete(raw, group, parts):
    """OffsetDelete v0 of [(topic, partition)]: (group error, {(topic, partition): error})."""
    topics = {}
    for t, p in parts:
        topics.setdefault(t, []).append(p)
    body = _str(group) + struct.pack(">i", len(topics))
    for t, ps in topics.items():
        body += _str(t) + struct.pack(">i", len(ps)) + b"".join(struct.pack(">i", p) for p in ps)
    r = raw.request(47, 0, body)
    err = r.take(">h")
    r.take(">i")
    out = {}
    for _ in range(r.take(">i")):
        t = r.string()
        for _ in range(r.take(">i")):
            p, e = r.take(">ih")
            out[(t, p)] = e
    return err, out


def test_offset_delete(broker):
    """KIP-496: offsets of a topic the active consumer group does not subscribe to are deleted;
    a subscribed topic gets GROUP_SUBSCRIBED_TO_TOPIC; an unknown group GROUP_ID_NOT_FOUND; an
    unknown partition UNKNOWN_TOPIC_OR_PARTITION. Once the group is empty, everything goes."""
    ku.create_topic(broker.bootstrap, "od-sub", 1)
    ku.create_topic(broker.bootstrap, "od-free", 1)
    group = "g-offset-delete"
    meta = struct.pack(">hi", 0, 1) + _str("od-sub") + struct.pack(">i", -1)
    with ku.RawClient(broker.bootstrap) as raw:
        err, gen, _, mid, _ = join(raw, group, "", "inst-od", meta=meta)
        assert err == 0
        assert sync(raw, group, gen, mid, "inst-od", [(mid, b"a")])[0] == 0
        assert commit(raw, group, gen, mid, "od-sub", 0, 5) == 0
        assert commit(raw, group, gen, mid, "od-free", 0, 7) == 0
        err, res = offset_delete(raw, group, [("od-sub", 0), ("od-free", 0), ("od-free", 9)])
        assert err == 0
        assert res == {("od-sub", 0): 86, ("od-free", 0): 0, ("od-free", 9): 3}, res
        assert fetch_offset(raw, group, "od-free", 0) == -1
        assert fetch_offset(raw, group, "od-sub", 0) == 5
        assert offset_delete(raw, "no-such-group", [("od-sub", 0)])[0] == 69
        # The member leaves: the group is empty and the subscribed topic's offset can go too.
        body = _str(group) + struct.pack(">i", 1) + _str("") + _nstr("inst-od")
        r = raw.request(13, 3, body)
        r.take(">i")
        assert r.take(">h") == 0
        err, res = offset_delete(raw, group, [("od-sub", 0)])
        assert err == 0 and res == {("od-sub", 0): 0}, res
        assert fetch_offset(raw, group, "od-sub", 0) == -1


def test_acl_apis_say_security_disabled(broker):
    """No authorizer is built: DescribeAcls and each CreateAcls creation answer
    SECURITY_DISABLED, as a Kafka broker without an authorizer does."""
    with ku.RawClient(broker.bootstrap) as raw:
        # DescribeAcls v1: any resource, any pattern, any principal and host, any op.
        body = struct.pack(">b", 1) + _str(None) + struct.pack(">b", 1) + _str(None) + _str(None)
        body += struct.pack(">bb", 1, 1)
        r = raw.request(29, 1, body)
        r.take(">i")
        assert r.take(">h") == 54  # SECURITY_DISABLED
        assert "Authorizer" in r.string()
        # CreateAcls v1 with two creations: two results, each SECURITY_DISABLED.
        one = struct.pack(">b", 2) + _str("t") + struct.pack(">b", 3) + _str("User:alice")
        one += _str("*") + struct.pack(">bb", 3, 3)
        r = raw.request(30, 1, struct.pack(">i", 2) + one + one)
        r.take(">i")
        assert r.take(">i") == 2
        for _ in range(2):
            assert r.take(">h") == 54
            r.string()
