#!/usr/bin/python3
"""RustMQ soak: a broker under a steady, mixed load for a long time, killed with SIGKILL at
intervals, with a checker that accounts for every acknowledged record.

Load (all against one standalone release broker on loopback):
  - an idempotent producer (acks=all) and a plain one (acks=all, no retries: a send either is
    acknowledged once or fails), each writing numbered records over NPART partitions at
    --rate-mb-s together;
  - a consumer group of three members that leave and rejoin (churn);
  - a replay of every partition from offset 0 every --replay-every-s seconds;
  - kill -9 of the broker every --kill-every-s seconds, restarted on the same data at once;
  - a stall detector: a Metadata request every second must be answered within 10 s whenever
    the broker is up, and the broker's log must hold no watchdog report.
At the end every acknowledged record is looked up at the offset its acknowledgement named:
missing there and nowhere else is lost, elsewhere is moved, more than once is duplicated. The
broker's RSS is sampled all along and held to the documented bound (docs/architecture.md,
"Memory") for the configuration used here.

Prints one line: RESULT soak seconds=... acked=... lost=0 duplicated=0 moved=0 stalls=0 ...
Exit status 0 only when lost, duplicated, moved and stalls are 0, the RSS bound held and the
broker never failed to start.

Usage: tests/soak/soak.py [--minutes M] [--rate-mb-s R] [--kill-every-s S]
                          [--replay-every-s S] [--record-size B] [--release-dir DIR]
"""
import argparse
import os
import re
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition  # noqa: E402

MiB = 1 << 20
NPART = 48
TOPIC = "soak"

# The broker's memory configuration, and its bound (docs/architecture.md, "Memory").
CACHE_W, CACHE_R, BUFFER = 32 * MiB, 64 * MiB, 1 * MiB
UPLOAD, UPLOADS, EXTENT, FETCH = 8 * MiB, 2, 2 * MiB, 8 * MiB
FETCHERS, CONNS, FIXED = 4, 16, 48 * MiB
RSS_BOUND = (CACHE_W + CACHE_R + 2 * BUFFER + 2 * UPLOADS * UPLOAD + 8 * EXTENT +
             FETCHERS * FETCH + CONNS * 64 * 1024 + FIXED)


def value_of(producer, seq, size):
    head = b"%s:%010d:" % (producer, seq)
    fill = bytes([(seq * 131 + len(producer)) % 251])
    return head + fill * (size - len(head))


def parse_value(v):
    m = re.match(rb"^(idem|plain):(\d{10}):", v)
    return (m.group(1), int(m.group(2))) if m else (None, None)


class Soak:
    def __init__(self, args):
        import conftest
        self.args = args
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.acked = {}          # (producer, seq) -> (partition, offset)
        self.send_errors = {b"idem": 0, b"plain": 0}
        self.fatal = []
        self.stalls = []
        self.kills = 0
        self.peak_rss = 0
        self.replays = 0
        self.replays_started = 0
        self.broker_up = threading.Event()
        self.data = tempfile.mkdtemp(prefix="rmq-soak-")
        self.broker = conftest.Broker(self.data, binary=os.path.join(
            args.release_dir, "src", "cmd", "rustmq-broker"), overrides={
            ("cache", "write_cache_size_bytes"): str(CACHE_W),
            ("cache", "read_cache_size_bytes"): str(CACHE_R),
            ("wal", "buffer_size"): str(BUFFER),
            ("wal", "capacity_bytes"): str(512 * MiB),
            ("wal", "upload_interval_ms"): "2000",
            ("object_storage", "upload_bytes"): str(UPLOAD),
            ("object_storage", "max_concurrent_uploads"): str(UPLOADS),
            ("object_storage", "extent_max_bytes"): str(EXTENT),
            ("object_storage", "compaction_interval_ms"): "30000",
            ("network", "fetch_max_bytes"): str(FETCH),
            ("broker", "watchdog_ms"): "5000",
        })

    # ---- load ----

    def producer(self, name, idempotent):
        conf = {"bootstrap.servers": self.broker.bootstrap, "acks": "all", "linger.ms": 5,
                "enable.idempotence": idempotent, "message.timeout.ms": 120000,
                "queue.buffering.max.kbytes": 32768, "reconnect.backoff.max.ms": 500}
        if not idempotent:
            conf["retries"] = 0  # acknowledged once or failed: never written twice
        rate = self.args.rate_mb_s * MiB / 2
        size = self.args.record_size

        def on_error(err):
            if err.fatal():
                self.fatal.append("%s: %s" % (name.decode(), err))

        conf["error_cb"] = on_error
        p = Producer(conf)

        def on_delivery(err, msg, seq):
            with self.lock:
                if err is None:
                    key = (name, seq)
                    if key in self.acked:
                        self.fatal.append("%s %d acknowledged twice" % (name.decode(), seq))
                    self.acked[key] = (msg.partition(), msg.offset())
                else:
                    self.send_errors[name] += 1

        start = time.monotonic()
        seq = 0
        while not self.stop.is_set():
            try:
                p.produce(TOPIC, key=b"%s-%d" % (name, seq), value=value_of(name, seq, size),
                          partition=seq % NPART,
                          on_delivery=lambda e, m, s=seq: on_delivery(e, m, s))
                seq += 1
            except BufferError:
                p.poll(0.05)
                continue
            if seq % 64 == 0:
                p.poll(0)
                ahead = seq * size / rate - (time.monotonic() - start)
                if ahead > 0:
                    time.sleep(min(ahead, 1.0))
        p.flush(180)

    def group_member(self, name, period):
        while not self.stop.is_set():
            c = Consumer({"bootstrap.servers": self.broker.bootstrap, "group.id": "soak-group",
                          "client.id": name, "auto.offset.reset": "earliest",
                          "session.timeout.ms": 10000, "enable.auto.commit": True})
            c.subscribe([TOPIC])
            end = time.monotonic() + period
            while time.monotonic() < end and not self.stop.is_set():
                c.consume(num_messages=2000, timeout=0.5)
            c.close()  # churn: leave, then join again

    def replay_once(self):
        c = Consumer({"bootstrap.servers": self.broker.bootstrap,
                      "group.id": "soak-replay-%d" % time.time_ns(), "enable.auto.commit": False,
                      "fetch.max.bytes": FETCH, "queued.max.messages.kbytes": 32768})
        c.assign([TopicPartition(TOPIC, p, 0) for p in range(NPART)])
        idle = 0
        while idle < 20 and not self.stop.is_set():
            idle = idle + 1 if not c.consume(num_messages=5000, timeout=0.5) else 0
        c.close()
        self.replays += 1

    def replays_loop(self):
        # On schedule, whatever the previous replay's progress (a replay of hours of data
        # outlasts the period): at most two at a time.
        running = []
        while not self.stop.wait(self.args.replay_every_s):
            running = [t for t in running if t.is_alive()]
            if len(running) < 2:
                t = threading.Thread(target=self.replay_once, daemon=True)
                t.start()
                running.append(t)
                self.replays_started += 1
        for t in running:
            t.join(240)

    def stall_detector(self):
        import kafka_util as ku
        while not self.stop.wait(1.0):
            if not self.broker_up.is_set():
                continue
            t0 = time.monotonic()
            try:
                with ku.RawClient(self.broker.bootstrap, timeout=10) as raw:
                    raw.api_versions()
            except Exception as e:  # noqa: BLE001 - any failure while up is a stall
                if self.broker_up.is_set() and self.broker.alive():
                    self.stalls.append("%.1fs: %s" % (time.monotonic() - t0, e))

    def rss_sampler(self):
        while not self.stop.wait(0.1):
            pid = self.broker.pid
            try:
                with open("/proc/%d/status" % pid) as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.peak_rss = max(self.peak_rss, int(line.split()[1]) * 1024)
            except (OSError, TypeError):
                pass

    # ---- the run ----

    def run(self):
        import kafka_util as ku
        self.broker.start()
        self.broker_up.set()
        ku.create_topic(self.broker.bootstrap, TOPIC, NPART)
        threads = [threading.Thread(target=self.producer, args=(b"idem", True)),
                   threading.Thread(target=self.producer, args=(b"plain", False)),
                   threading.Thread(target=self.replays_loop),
                   threading.Thread(target=self.stall_detector),
                   threading.Thread(target=self.rss_sampler)]
        threads += [threading.Thread(target=self.group_member, args=("m%d" % k, period))
                    for k, period in enumerate((20, 35, 50))]
        for t in threads:
            t.daemon = True
            t.start()
        t0 = time.monotonic()
        end = t0 + self.args.minutes * 60
        next_kill = t0 + self.args.kill_every_s
        while time.monotonic() < end:
            time.sleep(min(1.0, max(0.0, end - time.monotonic())))
            if time.monotonic() >= next_kill and time.monotonic() < end - 20:
                self.broker_up.clear()
                self.broker.kill9()
                self.kills += 1
                self.broker.start()
                self.broker_up.set()
                next_kill = time.monotonic() + self.args.kill_every_s
        self.stop.set()
        for t in threads:
            t.join(240)
        return self.check(time.monotonic() - t0)

    def check(self, seconds):
        wm = {}
        c = Consumer({"bootstrap.servers": self.broker.bootstrap, "group.id": "soak-check",
                      "enable.auto.commit": False, "enable.partition.eof": True,
                      "fetch.max.bytes": FETCH, "queued.max.messages.kbytes": 65536})
        for p in range(NPART):
            wm[p] = c.get_watermark_offsets(TopicPartition(TOPIC, p), timeout=30)[1]
        c.assign([TopicPartition(TOPIC, p, 0) for p in range(NPART)])
        where = {}   # (producer, seq) -> [(partition, offset), ...]
        bad_values = 0
        done = set(p for p in range(NPART) if wm[p] == 0)
        deadline = time.monotonic() + 1800
        while len(done) < NPART and time.monotonic() < deadline:
            for m in c.consume(num_messages=10000, timeout=1.0):
                if m.error():
                    if m.error().code() == KafkaError._PARTITION_EOF:
                        done.add(m.partition())
                        continue
                    raise RuntimeError(m.error())
                name, seq = parse_value(m.value())
                if name is None or m.value() != value_of(name, seq, len(m.value())):
                    bad_values += 1
                    continue
                where.setdefault((name, seq), []).append((m.partition(), m.offset()))
                if m.offset() + 1 >= wm[m.partition()]:
                    done.add(m.partition())
        c.close()
        lost = moved = dup = 0
        for key, pos in self.acked.items():
            found = where.get(key, [])
            if not found:
                lost += 1
            elif pos not in found:
                moved += 1
        for key, found in where.items():
            if len(found) > 1:
                dup += 1
        log = "".join(open(p, errors="replace").read() for p in self.broker.stderr_paths)
        watchdog = len(re.findall(r"no progress for", log))
        self.broker.stop(check=False)
        ok = (lost == moved == dup == bad_values == 0 and not self.stalls and not watchdog
              and not self.fatal and self.peak_rss <= RSS_BOUND and len(self.acked) > 0)
        print("RESULT soak seconds=%.0f acked=%d lost=%d duplicated=%d moved=%d corrupt=%d "
              "stalls=%d watchdog=%d kills=%d replays=%d/%d send_errors=%d peak_rss_mib=%.1f "
              "rss_bound_mib=%.1f fatal=%d" % (
                  seconds, len(self.acked), lost, dup, moved, bad_values, len(self.stalls),
                  watchdog, self.kills, self.replays, self.replays_started, sum(self.send_errors.values()),
                  self.peak_rss / MiB, RSS_BOUND / MiB, len(self.fatal)))
        for s in self.stalls[:5]:
            print("stall: " + s)
        for f in self.fatal[:5]:
            print("fatal: " + f)
        return ok


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--rate-mb-s", type=float, default=10)
    ap.add_argument("--kill-every-s", type=float, default=600)
    ap.add_argument("--replay-every-s", type=float, default=300)
    ap.add_argument("--record-size", type=int, default=16384)
    ap.add_argument("--release-dir", default=os.environ.get(
        "RMQ_RELEASE_DIR", os.path.join(ROOT, "build", "release")))
    args = ap.parse_args(argv)
    args.release_dir = os.path.abspath(args.release_dir)  # the broker runs in its data dir
    s = Soak(args)
    try:
        ok = s.run()
    finally:
        if s.broker.proc is not None:
            s.broker.kill9()
    if ok:
        import shutil
        shutil.rmtree(s.data, ignore_errors=True)
    else:
        print("soak data kept in " + s.data)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
