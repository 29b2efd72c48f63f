"""Broker restarts under a live producer: the idempotent producer's stream stays exactly-once
and in order across SIGTERM and SIGKILL restarts, and every acks=all acknowledgement survives a
SIGKILL at the offset it was given."""
import time

from confluent_kafka import Producer

import kafka_util as ku

NPART = 3


class Tracker:
    """Delivery reports: successes by message number with their partition and offset."""

    def __init__(self):
        self.acked = {}
        self.failed = {}
        self.fatal = []

    def on_delivery(self, err, msg):
        i = ku.index_of(msg.value())
        if err is None:
            assert i not in self.acked, "message %d acknowledged twice" % i
            self.acked[i] = (msg.partition(), msg.offset())
        else:
            self.failed[i] = err

    def on_error(self, err):
        if err.fatal():
            self.fatal.append(err)


def _produce_range(p, tr, topic, lo, hi, base):
    for i in range(lo, hi):
        for _ in range(1000):
            try:
                p.produce(topic, key=ku.key_of(i), value=ku.value_of(i),
                          headers=ku.headers_of(i, "confluent-kafka"), timestamp=base + i,
                          on_delivery=tr.on_delivery)
                break
            except BufferError:
                p.poll(0.05)
        else:
            raise AssertionError("producer queue stayed full")
        if i % 500 == 0:
            p.poll(0)


def _records_by_pos(recs):
    return {(r.partition, r.offset): r for r in recs}


def _check_acked_present(tr, recs, base, label):
    pos = _records_by_pos(recs)
    bad = []
    for i, (p, off) in sorted(tr.acked.items()):
        r = pos.get((p, off))
        if r is None or r.value != ku.value_of(i) or r.key != ku.key_of(i) or \
                r.timestamp != base + i or list(r.headers) != ku.headers_of(i, "confluent-kafka"):
            bad.append((i, p, off, r))
            if len(bad) > 10:
                break
    assert not bad, "%s: acknowledged messages missing or changed at their offsets: %s" % (
        label, bad)


def test_idempotent_producer_survives_restarts(broker):
    """A numbered stream from an idempotent producer while the broker is restarted three times
    (SIGTERM, SIGKILL, SIGKILL), each time while the stream flows and at least 500 sent
    messages are unacknowledged, so produce requests are in flight: afterwards every acknowledged message is there exactly once, at its acknowledged
    offset, in order in its partition, and nothing was lost for good."""
    topic = "it-idempotent"
    n = 60000
    ku.create_topic(broker.bootstrap, topic, NPART)
    base = ku.base_timestamp()
    tr = Tracker()
    p = Producer({"bootstrap.servers": broker.bootstrap, "enable.idempotence": True,
                  "acks": "all", "linger.ms": 5, "batch.num.messages": 1000,
                  "message.timeout.ms": 180000, "retry.backoff.ms": 100,
                  "reconnect.backoff.ms": 50, "reconnect.backoff.max.ms": 500,
                  "queue.buffering.max.messages": 100000, "error_cb": tr.on_error})
    # (acknowledged count that triggers it, kill -9?): the producer keeps sending throughout,
    # so each restart finds produce requests in flight and messages queued behind them.
    restarts = [(12000, False), (27000, True), (42000, True)]
    seen_at_restart = []
    i = 0
    deadline = time.monotonic() + 240
    for _ in range(1000000):
        if i >= n and not restarts:
            break
        assert time.monotonic() < deadline, "stream stalled at %d acked" % len(tr.acked)
        if i < n:
            _produce_range(p, tr, topic, i, min(n, i + 500), base)
            i = min(n, i + 500)
        p.poll(0.005)
        if restarts and len(tr.acked) >= restarts[0][0] and i - len(tr.acked) >= 500:
            seen_at_restart.append((len(tr.acked), i))
            broker.restart(kill=restarts.pop(0)[1])
    left = p.flush(180)
    assert not tr.fatal, "fatal producer errors: %s" % tr.fatal
    assert left == 0, "%d messages undelivered after 180 s" % left
    assert not tr.failed, "%d deliveries failed, first: %s" % (
        len(tr.failed), sorted(tr.failed.items())[:3])
    assert len(tr.acked) == n
    # Every restart hit the stream while messages were still outstanding.
    assert all(a < sent for a, sent in seen_at_restart), seen_at_restart

    recs = ku.consume_all(broker.bootstrap, topic, n, npartitions=NPART)
    # Exactly once, per-partition and per-key order, and the headers and timestamps.
    ku.verify_records(recs, n, "confluent-kafka", base_ts=base, npartitions=NPART)
    _check_acked_present(tr, recs, base, "after restarts")


def test_acked_messages_survive_kill9_at_their_offsets(broker):
    """acks=all (no idempotence): record each acknowledged message's offset; SIGKILL the broker
    mid-stream and again when idle, restart: every acknowledged message is at its offset with
    its key, value, headers and timestamp; new messages get new offsets after all of them."""
    topic = "it-durable"
    ku.create_topic(broker.bootstrap, topic, NPART)
    base = ku.base_timestamp()
    tr = Tracker()
    p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all",
                  "enable.idempotence": False, "linger.ms": 5, "batch.num.messages": 1000,
                  "max.in.flight.requests.per.connection": 5, "message.timeout.ms": 120000,
                  "retry.backoff.ms": 100, "reconnect.backoff.ms": 50,
                  "reconnect.backoff.max.ms": 500, "error_cb": tr.on_error})
    _produce_range(p, tr, topic, 0, 20000, base)
    assert p.flush(60) == 0 and len(tr.acked) == 20000 and not tr.failed
    # Mid-stream: a burst is in flight when the broker dies.
    _produce_range(p, tr, topic, 20000, 30000, base)
    p.poll(0.02)
    before_kill = dict(tr.acked)
    broker.kill9()
    p.poll(0.5)  # reports that raced the kill arrive now (or fail)
    # Acks that reached us before the kill are the ones whose durability is at stake.
    broker.start()
    assert p.flush(120) == 0
    recs = ku.consume_all(broker.bootstrap, topic, len(tr.acked), npartitions=NPART)
    _check_acked_present(tr, recs, base, "after kill -9 mid-stream")
    assert 20000 <= len(before_kill) < 30000, "the kill did not hit the stream mid-flight"

    # A second crash with nothing in flight changes nothing.
    broker.kill9()
    broker.start()
    recs = ku.consume_all(broker.bootstrap, topic, len(tr.acked), npartitions=NPART)
    _check_acked_present(tr, recs, base, "after an idle kill -9")
    # Offsets are never handed out twice: new messages land after every acknowledged offset.
    high = {}
    for part, off in tr.acked.values():
        high[part] = max(high.get(part, -1), off)
    newtr = Tracker()
    p2 = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "linger.ms": 5})
    for i in range(30000, 30000 + 600):
        p2.produce(topic, key=ku.key_of(i), value=ku.value_of(i), on_delivery=newtr.on_delivery)
    assert p2.flush(60) == 0 and len(newtr.acked) == 600, newtr.failed
    for i, (part, off) in newtr.acked.items():
        assert off > high.get(part, -1), "message %d got offset %d in p%d, already used" % (
            i, off, part)
    wm = ku.watermarks(broker.bootstrap, topic, NPART)
    assert all(wm[q][0] == 0 for q in range(NPART)), wm


def test_producer_sequence_dedup_survives_restarts(broker):
    """The idempotence rules, request by request over the raw protocol: a resent batch (same
    producer id, epoch and sequence) is answered with its first offset and not written again,
    also after SIGKILL and SIGTERM restarts (the state is rebuilt from the log); a sequence gap
    is refused with OUT_OF_ORDER_SEQUENCE_NUMBER."""
    topic = "it-dedup"
    ku.create_topic(broker.bootstrap, topic, 1)
    with ku.RawClient(broker.bootstrap) as raw:
        err, pid, epoch = raw.init_producer_id()
        assert err == 0 and pid >= 0 and epoch >= 0, (err, pid, epoch)
        b0 = ku.record_batch([b"a0", b"a1", b"a2"], pid, epoch, 0)
        b1 = ku.record_batch([b"b3", b"b4"], pid, epoch, 3)
        assert raw.produce(topic, 0, b0) == (0, 0)
        assert raw.produce(topic, 0, b0) == (0, 0), "a resent batch must get its first offset"
        assert raw.produce(topic, 0, b1) == (0, 3)
        err, _ = raw.produce(topic, 0, ku.record_batch([b"gap"], pid, epoch, 10))
        assert err == 45, "a sequence gap must be OUT_OF_ORDER_SEQUENCE_NUMBER, got %d" % err
    assert ku.watermarks(broker.bootstrap, topic, 1)[0] == (0, 5)

    broker.restart(kill=True)
    with ku.RawClient(broker.bootstrap) as raw:
        assert raw.produce(topic, 0, b1) == (0, 3), "duplicate not recognised after kill -9"
        b2 = ku.record_batch([b"c5"], pid, epoch, 5)
        assert raw.produce(topic, 0, b2) == (0, 5)
    broker.restart()
    with ku.RawClient(broker.bootstrap) as raw:
        assert raw.produce(topic, 0, b2) == (0, 5), "duplicate not recognised after SIGTERM"
        assert raw.produce(topic, 0, ku.record_batch([b"d6"], pid, epoch, 6)) == (0, 6)
    recs = ku.consume_all(broker.bootstrap, topic, 7, npartitions=1)
    assert [(r.offset, r.value) for r in recs] == list(enumerate(
        [b"a0", b"a1", b"a2", b"b3", b"b4", b"c5", b"d6"]))
