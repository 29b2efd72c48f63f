"""A full disk is survived: the WAL, the metadata journal and the objects live on a small tmpfs
this test mounts. Produce fills it until the free-space reserve refuses appends with the
retriable KAFKA_STORAGE_ERROR; the broker keeps serving; after the file system grows (remount)
produce succeeds again without a restart, and every acknowledged record is there."""
import os
import shutil
import subprocess
import tempfile
import time

import pytest

import kafka_util as ku
from conftest import Broker, missing_tool, require_binary

KAFKA_STORAGE_ERROR = 56
MiB = 1 << 20


@pytest.fixture
def small_fs():
    if os.geteuid() != 0 or not shutil.which("mount"):
        missing_tool("mounting a tmpfs needs root and mount(8)")
    d = tempfile.mkdtemp(prefix="rmq-diskfull-")
    mnt = os.path.join(d, "mnt")
    os.mkdir(mnt)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", mnt], check=True,
                   timeout=30)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", mnt], timeout=30)
        shutil.rmtree(d, ignore_errors=True)


def _produce(raw, topic, i):
    value = b"%08d" % i + bytes([i % 251]) * (60 * 1024)
    return raw.produce(topic, 0, ku.record_batch([value] * 4)), value


def test_disk_full_then_space_returns(small_fs):
    require_binary()
    b = Broker(small_fs, overrides={
        ("wal", "capacity_bytes"): str(64 * MiB),
        ("wal", "segment_size_bytes"): str(2 * MiB),
        ("wal", "min_free_bytes"): str(6 * MiB),
        ("wal", "upload_interval_ms"): "200",
        ("object_storage", "upload_bytes"): str(1 * MiB),
        ("object_storage", "compaction_interval_ms"): "0",
    })
    b.start()
    try:
        ku.create_topic(b.bootstrap, "full", 1)
        acked, errors = {}, []
        with ku.RawClient(b.bootstrap) as raw:
            deadline = time.monotonic() + 120
            i = 0
            while time.monotonic() < deadline and i < 2000:
                (err, base), value = _produce(raw, "full", i)
                if err == 0:
                    acked[base] = value
                else:
                    errors.append(err)
                    if errors.count(KAFKA_STORAGE_ERROR) >= 5:
                        break
                    time.sleep(0.1)
                i += 1
            assert KAFKA_STORAGE_ERROR in errors, "the disk never filled: %d acked" % len(acked)
            assert set(errors) == {KAFKA_STORAGE_ERROR}, errors
            assert b.alive()
            assert ku.watermarks(b.bootstrap, "full", 1)[0][1] == 4 * len(acked)
            # The file system grows: produce goes on by itself.
            subprocess.run(["mount", "-o", "remount,size=400m", small_fs], check=True,
                           timeout=30)
            ok = None
            for k in range(200):
                (err, base), value = _produce(raw, "full", i + k)
                if err == 0:
                    ok = base
                    acked[base] = value
                    break
                assert err == KAFKA_STORAGE_ERROR, err
                time.sleep(0.1)
            assert ok is not None, "produce did not resume within 20 s after the remount"
        log = b.stderr_text()
        assert "below wal.min_free_bytes" in log and "bytes free again" in log, b.stderr_tail()
        recs = ku.consume_all(b.bootstrap, "full", 4 * len(acked), npartitions=1, timeout=120)
        got = {r.offset: r.value for r in recs}
        for base, value in acked.items():
            for k in range(4):
                assert got.get(base + k) == value, "acknowledged record at %d lost" % (base + k)
        b.stop()
    finally:
        if b.proc is not None:
            b.kill9()
