"""Consumer groups with confluent-kafka: exactly-once consumption across members, across
rebalances (a member leaves, another joins) and across a restart of every member and a crash
(SIGKILL) and restart of the broker.

The test is deterministic by construction: all members are polled in turn from this thread,
each processes a small batch and commits exactly the offsets it processed, synchronously, before
its next poll, and commits what is pending in its revocation callback, so a partition's next
owner starts exactly after the last record the previous owner processed. Members read with
poll(), one record at a time, and store no offsets automatically: librdkafka 2.0's
consume(num_messages) stores the offsets of records it collects and then drops at a rebalance,
so a commit in the revocation callback would skip them (fixed in later librdkafka versions). Any duplicate or gap is then the broker's fault (lost commit, commit
refused during a rebalance, wrong offset served, partition given to two members at once).
The broker delays the first join of an empty group by group.initial.rebalance.delay (3 s).
"""
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

import kafka_util as ku

NPART = 6
GROUP = "it-group"
TOPIC = "it-group-topic"
STEP_MAX = 200  # records one member processes between two commits
EVENTS = []


def _produce(bootstrap, lo, hi):
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True,
                  "linger.ms": 10, "batch.num.messages": 5000})
    failed = []
    for i in range(lo, hi):
        p.produce(TOPIC, key=ku.key_of(i), value=ku.value_of(i),
                  on_delivery=lambda err, msg: failed.append(err) if err else None)
        if i % 5000 == 0:
            p.poll(0)
    assert p.flush(60) == 0
    assert not failed, failed[:3]


class Member:
    """One group member: subscribes, processes up to STEP_MAX records per step and commits them
    synchronously; commits again when partitions are revoked."""

    def __init__(self, name, bootstrap, log):
        self.name = name
        self.log = log  # shared list of (member, partition, offset, i)
        self.events = EVENTS  # what happened when, for failure messages
        self.assignment = set()
        self.pending = {}  # partition -> next offset, processed but not committed yet
        self.assign_events = 0
        self.count = 0
        self.c = Consumer({
            "bootstrap.servers": bootstrap, "group.id": GROUP, "client.id": name,
            "enable.auto.commit": False, "auto.offset.reset": "earliest",
            "session.timeout.ms": 6000, "heartbeat.interval.ms": 500,
            "max.poll.interval.ms": 20000, "partition.assignment.strategy": "range",
            "fetch.wait.max.ms": 100, "enable.auto.offset.store": False,
        })
        self.c.subscribe([TOPIC], on_assign=self._on_assign, on_revoke=self._on_revoke)

    def _commit(self, why):
        """Commits exactly the offsets this member processed and has not committed yet."""
        if not self.pending:
            return
        offsets = [TopicPartition(TOPIC, p, off) for p, off in sorted(self.pending.items())]
        try:
            done = self.c.commit(offsets=offsets, asynchronous=False)
        except KafkaException as e:
            self.events.append((len(self.log), self.name, why, str(e)))
            raise
        self.events.append((len(self.log), self.name, why, {
            tp.partition: tp.offset for tp in done or []}))
        for tp in done or []:
            assert tp.error is None, "%s: commit of p%d failed: %s" % (self.name, tp.partition,
                                                                     tp.error)
        self.pending = {}

    def _on_assign(self, consumer, parts):
        self.assignment = {tp.partition for tp in parts}
        self.assign_events += 1
        self.events.append((len(self.log), self.name, "assigned", sorted(self.assignment)))

    def _on_revoke(self, consumer, parts):
        self.events.append((len(self.log), self.name, "revoking", sorted(self.assignment)))
        self._commit("commit on revoke")
        self.assignment = set()

    def step(self):
        """Processes up to STEP_MAX records, one poll() each, then commits them."""
        got = 0
        for k in range(STEP_MAX):
            m = self.c.poll(0.05 if k == 0 else 0)
            if m is None:
                break
            if m.error() is not None:
                raise KafkaException(m.error())
            assert m.partition() in self.assignment, (
                "%s got p%d outside its assignment %s" % (self.name, m.partition(),
                                                          sorted(self.assignment)))
            self.log.append((self.name, m.partition(), m.offset(), ku.index_of(m.value())))
            self.pending[m.partition()] = m.offset() + 1
            got += 1
        self._commit("commit")
        self.count += got
        return got

    def close(self):
        self.c.close()  # revokes (our callback commits) and leaves the group


def _diagnose(members):
    """Where each member stands, for a failure message: assignment, records processed, fetch
    positions, and the partitions' watermarks."""
    out = []
    for m in members:
        try:
            pos = {tp.partition: tp.offset for tp in m.c.position(
                [TopicPartition(TOPIC, p) for p in sorted(m.assignment)])}
        except KafkaException as e:
            pos = str(e)
        out.append("%s: assigned %s, processed %d, positions %s" % (
            m.name, sorted(m.assignment), m.count, pos))
    if members:
        by_part = {}
        for name, p, off, _ in members[0].log:
            by_part.setdefault(p, []).append((off, name))
        for p in sorted(by_part):
            offs = sorted(by_part[p])
            gaps = [(a, b) for a, b in zip(offs, offs[1:]) if b[0] != a[0] + 1]
            if gaps or offs[0][0] != 0:
                out.append("p%d: first %s, gaps (after, before) %s" % (p, offs[0], gaps[:5]))
                out.extend("  event at record %d: %s %s %s" % e for e in EVENTS if
                           not isinstance(e[3], dict) or p in e[3] or e[2] != "commit")
    bs = members[0].c.list_topics(timeout=5).orig_broker_name.split("/")[0] if members else ""
    try:
        out.append("watermarks %s" % ku.watermarks(bs, TOPIC, NPART))
    except Exception as e:  # diagnostics only
        out.append("watermarks: %s" % e)
    return "\n  ".join(out)


def _run(members, until, what, timeout=90):
    """Steps every member in turn until until() holds."""
    deadline = time.monotonic() + timeout
    for _ in range(200000):
        if until():
            return
        assert time.monotonic() < deadline, "timed out waiting for %s:\n  %s" % (
            what, _diagnose(members))
        for m in members:
            m.step()
    raise AssertionError("step bound reached waiting for " + what)


def _assignments_cover(members):
    parts = [p for m in members for p in m.assignment]
    return len(parts) == NPART and set(parts) == set(range(NPART)) and all(
        m.assignment for m in members)


def _check_exactly_once(log, n, hw):
    by_part = {}
    seen = {}
    for name, p, off, i in log:
        by_part.setdefault(p, []).append(off)
        assert i not in seen, "message %d consumed twice: by %s and by %s (p%d@%d)" % (
            i, seen[i], name, p, off)
        seen[i] = name
    missing = [i for i in range(n) if i not in seen]
    assert not missing, "%d messages never consumed, first %s" % (len(missing), missing[:10])
    for p in range(NPART):
        assert sorted(by_part.get(p, [])) == list(range(hw[p][1])), "partition %d offsets" % p


def _committed(bootstrap):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": GROUP,
                  "enable.auto.commit": False})
    try:
        return {tp.partition: tp.offset
                for tp in c.committed([TopicPartition(TOPIC, p) for p in range(NPART)],
                                      timeout=15)}
    finally:
        c.close()


def test_group_exactly_once_across_rebalances_and_restart(broker):
    bs = broker.bootstrap
    ku.create_topic(bs, TOPIC, NPART)
    EVENTS.clear()
    n1, n2, n3 = 30000, 6000, 12000
    _produce(bs, 0, n1)
    log = []

    # Three members share the six partitions.
    m1, m2, m3 = (Member("m%d" % k, bs, log) for k in (1, 2, 3))
    members = [m1, m2, m3]
    _run(members, lambda: _assignments_cover(members) and len(log) >= n1 // 3,
         "3-member assignment and a third of the records")
    assert all(m.count > 0 for m in members), [(m.name, m.count) for m in members]

    # m3 leaves mid-stream: m1 and m2 take over its partitions from its last commit.
    m3_parts = set(m3.assignment)
    m3.close()
    members = [m1, m2]
    mark = len(log)
    _run(members, lambda: _assignments_cover(members) and len(log) >= 2 * n1 // 3,
         "rebalance after m3 left")
    taken_over = {p for name, p, _, _ in log[mark:] if p in m3_parts}
    assert taken_over, "nobody read m3's partitions %s after it left" % sorted(m3_parts)

    # m4 joins: a second rebalance; then more records arrive for all three.
    m4 = Member("m4", bs, log)
    members = [m1, m2, m4]
    _run(members, lambda: _assignments_cover(members), "rebalance after m4 joined")
    _produce(bs, n1, n1 + n2)
    _run(members, lambda: len(log) >= n1 + n2, "all of batches 1 and 2")
    assert m4.count > 0, "the joining member consumed nothing"
    hw = ku.watermarks(bs, TOPIC, NPART)
    _check_exactly_once(log, n1 + n2, hw)

    # Half of a third batch, then every member stops (committing) and the broker restarts.
    _produce(bs, n1 + n2, n1 + n2 + n3)
    _run(members, lambda: len(log) >= n1 + n2 + n3 // 2, "half of batch 3")
    for m in members:
        m.close()
    done_by_part = {}
    for _, p, off, _ in log:
        done_by_part[p] = max(done_by_part.get(p, -1), off)
    committed = _committed(bs)
    assert committed == {p: done_by_part[p] + 1 for p in range(NPART)}, (
        "committed offsets do not match what the members processed")
    broker.restart(kill=True)  # acknowledged commits must survive a crash, not only a stop
    assert _committed(bs) == committed, "committed offsets changed across a broker crash"

    # New members resume exactly at the commits: nothing read twice, nothing skipped.
    before = len(log)
    fresh = [Member("m%d" % k, bs, log) for k in (5, 6, 7)]
    _run(fresh, lambda: len(log) >= n1 + n2 + n3, "the rest of batch 3", timeout=120)
    first = {}
    for _, p, off, _ in log[before:]:
        first.setdefault(p, off)
    for p, off in first.items():
        assert off == committed[p], "p%d resumed at %d, committed %d" % (p, off, committed[p])
    # Give a late duplicate a chance to show up before the final check.
    for _ in range(5):
        for m in fresh:
            m.step()
    hw = ku.watermarks(bs, TOPIC, NPART)
    _check_exactly_once(log, n1 + n2 + n3, hw)
    for m in fresh:
        m.close()
    final = _committed(bs)
    assert final == {p: hw[p][1] for p in range(NPART)}, (final, hw)


def test_commit_metadata_with_nul_bytes_round_trips(broker):
    """OffsetCommit metadata is bytes on the wire, not a C string: "Hello\\0world!" comes back
    whole from OffsetFetch, also after a restart (it is stored with its length)."""
    import struct
    import kafka_util as ku
    topic, group, meta = "it-nul-meta", "g-nul", "Hello\0world!"
    ku.create_topic(broker.bootstrap, topic, 1)

    def commit(raw):
        body = ku._str(group) + struct.pack(">i", -1) + ku._str("") + struct.pack(">q", -1)
        body += struct.pack(">i", 1) + ku._str(topic) + struct.pack(">i", 1)
        body += struct.pack(">iq", 0, 42) + ku._str(meta)
        r = raw.request(8, 2, body)
        assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
        assert r.take(">ih") == (0, 0)

    def fetch(raw):
        body = ku._str(group) + struct.pack(">i", 1) + ku._str(topic) + struct.pack(">ii", 1, 0)
        r = raw.request(9, 1, body)
        assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
        part, off = r.take(">iq")
        m = r.string()
        err = r.take(">h")
        return part, off, m, err

    with ku.RawClient(broker.bootstrap) as raw:
        commit(raw)
        assert fetch(raw) == (0, 42, meta, 0)
    broker.restart()
    with ku.RawClient(broker.bootstrap) as raw:
        assert fetch(raw) == (0, 42, meta, 0)


def test_group_id_with_nul_does_not_alias_another(broker):
    """A group id is not a C string: "g-nul\\0x" is a group of its own, not "g-nul" (its
    committed offsets are not the other group's, in either direction)."""
    import struct
    import kafka_util as ku
    topic = "it-nul-group"
    ku.create_topic(broker.bootstrap, topic, 1)

    def commit(raw, group, offset):
        body = ku._str(group) + struct.pack(">i", -1) + ku._str("") + struct.pack(">q", -1)
        body += struct.pack(">i", 1) + ku._str(topic) + struct.pack(">i", 1)
        body += struct.pack(">iq", 0, offset) + ku._str("")
        r = raw.request(8, 2, body)
        assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
        assert r.take(">ih") == (0, 0)

    def fetch(raw, group):
        body = ku._str(group) + struct.pack(">i", 1) + ku._str(topic) + struct.pack(">ii", 1, 0)
        r = raw.request(9, 1, body)
        assert r.take(">i") == 1 and r.string() == topic and r.take(">i") == 1
        return r.take(">iq")[1]

    with ku.RawClient(broker.bootstrap) as raw:
        commit(raw, "g-nul", 11)
        commit(raw, "g-nul\0x", 22)
        assert fetch(raw, "g-nul") == 11
        assert fetch(raw, "g-nul\0x") == 22
        assert fetch(raw, "g-nul\0y") == -1
