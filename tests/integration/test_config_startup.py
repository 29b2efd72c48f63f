"""Configurations that cannot work never start half-working: a feature this build does not have
stops startup with a line naming the key (security.enabled = true once served plaintext), and
every WAL capacity x segment size makes progress with uploads on (capacity == segment once
stalled the WAL after one segment)."""
import subprocess

import pytest
from confluent_kafka import Producer

import kafka_util as ku
from conftest import BINARY

MiB = 1 << 20


@pytest.mark.parametrize("key,value,want", [
    (("security", "enabled"), "true", "section [security]"),
    (("network", "quic_listen"), '"127.0.0.1:19092"', "key 'network.quic_listen'"),
    (("network", "metrics_listen"), '"127.0.0.1:19643"', "key 'network.metrics_listen'"),
    (("etl", "enabled"), "true", "key 'etl.enabled'"),
    (("replication", "min_in_sync_replicas"), "2", "key 'replication.min_in_sync_replicas'"),
])
def test_feature_not_built_stops_startup(broker_factory, key, value, want):
    b = broker_factory(overrides={key: value}, start=False)
    p = subprocess.run([BINARY, "--standalone", "--config", b.config_path], cwd=b.data_dir,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    err = p.stderr.decode(errors="replace")
    assert p.returncode == 1, err
    assert want in err and "not supported yet" in err, err


@pytest.mark.parametrize("cap_mib,seg_mib", [(8, 1), (8, 4), (8, 8), (64, 1), (64, 32), (64, 64),
                                             (1024, 1), (1024, 1024)])
def test_wal_capacity_segment_matrix_makes_progress(broker_factory, cap_mib, seg_mib):
    """1.5 x the WAL's capacity through it (at most 384 MiB: past several segments and
    uploads even for 1 GiB), acks=all, uploads on: every record acknowledged."""
    b = broker_factory(overrides={
        ("wal", "capacity_bytes"): str(cap_mib * MiB),
        ("wal", "segment_size_bytes"): str(seg_mib * MiB),
        ("wal", "upload_interval_ms"): "200",
        ("object_storage", "upload_bytes"): str(1 * MiB),
        ("object_storage", "compaction_interval_ms"): "0",
    })
    ku.create_topic(b.bootstrap, "m", 2)
    size = 16384
    n = int(min(cap_mib * MiB * 1.5, 384 * MiB)) // size
    errors = []
    p = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 5,
                  "message.timeout.ms": 90000})
    for i in range(n):
        for _ in range(2000):
            try:
                p.produce("m", value=b"x" * size, partition=i % 2,
                          on_delivery=lambda err, msg: err and errors.append(str(err)))
                break
            except BufferError:
                p.poll(0.05)
    assert p.flush(120) == 0, "records unacknowledged after 120 s: the WAL stalled"
    assert not errors, errors[:3]
    wm = ku.watermarks(b.bootstrap, "m", 2)
    assert sum(hi for _, hi in wm.values()) == n


@pytest.mark.parametrize("engine,shown", [("pwritev", "io pwritev"), ("io_uring", "io io_uring")])
def test_wal_io_engine_is_used_and_survives_restart(broker_factory, engine, shown):
    """wal.io_engine decides how the WAL writes (its open line says which), and records
    acknowledged through either engine are all there after a kill -9."""
    b = broker_factory(overrides={("wal", "io_engine"): '"%s"' % engine})
    assert shown in b.stderr_text(), b.stderr_tail()
    ku.create_topic(b.bootstrap, "e", 2)
    n, errors = 2000, []
    p = Producer({"bootstrap.servers": b.bootstrap, "acks": "all", "linger.ms": 2})
    for i in range(n):
        p.produce("e", value=ku.value_of(i), partition=i % 2,
                  on_delivery=lambda err, msg: err and errors.append(str(err)))
    assert p.flush(60) == 0 and not errors, errors[:3]
    b.restart(kill=True)
    wm = ku.watermarks(b.bootstrap, "e", 2)
    assert sum(hi for _, hi in wm.values()) == n


def test_wal_io_engine_unknown_stops_startup(broker_factory):
    b = broker_factory(overrides={("wal", "io_engine"): '"aio"'}, start=False)
    p = subprocess.run([BINARY, "--standalone", "--config", b.config_path], cwd=b.data_dir,
                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
    err = p.stderr.decode(errors="replace")
    assert p.returncode == 1, err
    assert "key 'wal.io_engine'" in err and "not one of" in err, err


def test_shipped_config_starts_as_is(tmp_path):
    """config/standalone.toml, unmodified, starts a broker that answers on its listener (its
    relative paths land in the working directory, as with `make run`)."""
    import os
    import signal
    import time
    from conftest import ROOT, port_accepts, require_binary
    require_binary()
    if port_accepts(9092):
        pytest.skip("something already listens on 127.0.0.1:9092 (make run?)")
    log = open(tmp_path / "broker.log", "wb")
    p = subprocess.Popen([BINARY, "--standalone", "--config",
                          os.path.join(ROOT, "config", "standalone.toml")], cwd=str(tmp_path),
                         stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    try:
        for _ in range(300):
            if port_accepts(9092) or p.poll() is not None:
                break
            time.sleep(0.1)
        assert p.poll() is None, (tmp_path / "broker.log").read_text(errors="replace")[-3000:]
        with ku.RawClient("127.0.0.1:9092") as raw:
            assert 0 in raw.api_versions()
        assert os.path.isdir(tmp_path / "data" / "wal")
    finally:
        p.send_signal(signal.SIGTERM)
        assert p.wait(timeout=60) == 0
        log.close()
