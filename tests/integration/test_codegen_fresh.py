"""The generated Kafka codecs in src/kafka/gen/ are what tools/kafka_codegen.py makes today.

Runs the generator on the Kafka schemas into a temporary folder and compares every file with
the committed one. The schemas live in ../shared beside the repository, which developer machines
and CI have and a user's clone does not: the test skips when it is absent.
"""
import filecmp
import os
import subprocess
import tempfile

import pytest

ROOT = os.environ.get("RMQ_SOURCE_ROOT") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(ROOT, "..", "shared")
SCHEMAS = os.path.join(SHARED, "protocol", "kafka-schemas")
ERRORS = os.path.join(SHARED, "protocol", "kafka-error-codes.tsv")
GEN = os.path.join(ROOT, "src", "kafka", "gen")
TOOL = os.path.join(ROOT, "tools", "kafka_codegen.py")


def _require_schemas():
    if not os.path.isdir(SCHEMAS):
        pytest.skip("Kafka schemas not found at %s (../shared is absent beside the repository)"
                    % os.path.normpath(SCHEMAS))


def _generate(out):
    return subprocess.run(["/usr/bin/python3", TOOL, "--schemas", SCHEMAS, "--out", out,
                           "--errors", ERRORS], capture_output=True, text=True, timeout=300)


def test_generated_code_is_up_to_date():
    _require_schemas()
    with tempfile.TemporaryDirectory(prefix="rmq-codegen-") as tmp:
        res = _generate(tmp)
        assert res.returncode == 0, "generator failed:\n" + res.stderr
        fresh = sorted(os.listdir(tmp))
        committed = sorted(os.listdir(GEN))
        assert fresh == committed, (
            "file lists differ: missing %s, extra %s - run `make gen`"
            % (sorted(set(fresh) - set(committed)), sorted(set(committed) - set(fresh))))
        _, mismatch, errors = filecmp.cmpfiles(tmp, GEN, fresh, shallow=False)
        assert not mismatch and not errors, (
            "src/kafka/gen is stale (%s) - run `make gen`" % ", ".join(mismatch + errors))


def test_generated_files_say_so_on_their_first_line():
    for name in sorted(os.listdir(GEN)):
        with open(os.path.join(GEN, name), encoding="utf-8") as f:
            first = f.readline()
        assert "GENERATED FILE" in first and "make gen" in first, name


def test_generator_check_mode_detects_a_stale_file():
    _require_schemas()
    with tempfile.TemporaryDirectory(prefix="rmq-codegen-") as tmp:
        assert _generate(tmp).returncode == 0
        check = ["/usr/bin/python3", TOOL, "--schemas", SCHEMAS, "--out", tmp, "--errors",
                 ERRORS, "--check"]
        assert subprocess.run(check, capture_output=True).returncode == 0
        with open(os.path.join(tmp, "produce.c"), "a", encoding="utf-8") as f:
            f.write("/* edited by hand */\n")
        res = subprocess.run(check, capture_output=True, text=True)
        assert res.returncode == 1
        assert "produce.c" in res.stderr


def test_generator_rejects_unknown_schema_keys():
    _require_schemas()
    with tempfile.TemporaryDirectory(prefix="rmq-codegen-") as tmp:
        schemas = os.path.join(tmp, "schemas")
        os.mkdir(schemas)
        for name in os.listdir(SCHEMAS):
            with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
                text = f.read()
            if name == "HeartbeatRequest.json":
                text = text.replace('"about": "The group id."',
                                    '"about": "The group id.", "frobnicate": true', 1)
                assert "frobnicate" in text
            with open(os.path.join(schemas, name), "w", encoding="utf-8") as f:
                f.write(text)
        res = subprocess.run(["/usr/bin/python3", TOOL, "--schemas", schemas, "--out",
                              os.path.join(tmp, "out"), "--errors", ERRORS],
                             capture_output=True, text=True)
        assert res.returncode == 2
        assert "frobnicate" in res.stderr
