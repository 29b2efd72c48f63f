"""The soak (tests/soak/soak.py) for 3 minutes: an idempotent and a plain producer, a
consumer group with churn, replays from offset 0, one kill -9 and restart, a stall detector;
the checker must report 0 lost, 0 duplicated, 0 moved acknowledged records, no stall, and RSS
within its bound. `make soak` runs it for 30 minutes with a kill every 10."""
import os
import sys

from conftest import missing_tool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "soak"))


def test_soak_three_minutes(capsys):
    release = os.environ.get("RMQ_RELEASE_DIR", "")
    if not release or not os.path.isfile(os.path.join(release, "src", "cmd", "rustmq-broker")):
        missing_tool("RMQ_RELEASE_DIR does not hold a release build (make build)")
    import soak
    rc = soak.main(["--minutes", "3", "--rate-mb-s", "4", "--kill-every-s", "80",
                    "--replay-every-s", "40", "--record-size", "4096",
                    "--release-dir", release])
    out = capsys.readouterr().out
    with capsys.disabled():
        print([line for line in out.splitlines() if line.startswith("RESULT")])
    assert rc == 0, out[-3000:]
