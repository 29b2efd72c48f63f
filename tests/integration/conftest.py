"""Fixtures of the integration tests: a real rustmq-broker process on a loopback port.

The `broker` fixture starts `$RMQ_BUILD_DIR/src/cmd/rustmq-broker --standalone` with a config
made from config/standalone.toml in which every path points into a fresh temporary directory and
the Kafka listener is a free 127.0.0.1 port. It yields a Broker object (bootstrap address, data
directory, pid) whose methods stop the process gracefully (SIGTERM, exit code 0 expected),
kill it with SIGKILL, and start it again on the same data directory and port. At teardown the
broker is stopped by its pid and every stderr it wrote is checked for a sanitizer report
(AddressSanitizer, LeakSanitizer, UndefinedBehaviorSanitizer): the debug build runs them.

Tests that need the broker are skipped when RMQ_BUILD_DIR does not name a build holding the
binary, so `pytest tests/integration` alone still runs the tests that need no broker.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import pytest

ROOT = os.environ.get("RMQ_SOURCE_ROOT") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("RMQ_BUILD_DIR", "")
BINARY = os.path.join(BUILD, "src", "cmd", "rustmq-broker") if BUILD else ""
TEMPLATE = os.path.join(ROOT, "config", "standalone.toml")
HOST = "127.0.0.1"
# The npm tools (s3rver, Azurite, kafkajs) installed from tools/npm's lockfile come first.
_NPM = os.path.join(ROOT, "tools", "npm", "node_modules")
if os.path.isdir(_NPM):
    os.environ["PATH"] = os.path.join(_NPM, ".bin") + os.pathsep + os.environ.get("PATH", "")
    os.environ.setdefault("NODE_PATH", _NPM)

START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 60.0  # LeakSanitizer runs at exit and takes its time on a loaded machine

# What a sanitizer prints when it finds something; a clean stderr has none of these.
SANITIZER_PATTERNS = re.compile(
    r"ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|"
    r"UndefinedBehaviorSanitizer|SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer")


def free_port():
    """A loopback TCP port that was free a moment ago (bound to port 0, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def port_accepts(port, timeout=0.2):
    try:
        with socket.create_connection((HOST, port), timeout=timeout):
            return True
    except OSError:
        return False


def make_config(template_text, data_dir, port, overrides=None):
    """Rewrites the standalone config: every path under data_dir, the Kafka listener on port,
    the other listeners off or on free ports. overrides maps (section, key) to a TOML value
    literal written as is."""
    repl = {
        ("network", "kafka_listen"): '"%s:%d"' % (HOST, port),
        ("network", "quic_listen"): '""',
        ("network", "metrics_listen"): '""',
        ("network", "rpc_listen"): '""',
        ("wal", "path"): '"%s"' % os.path.join(data_dir, "wal"),
        ("object_storage", "path"): '"%s"' % os.path.join(data_dir, "objects"),
        ("controller", "data_dir"): '"%s"' % os.path.join(data_dir, "controller"),
        ("controller", "endpoints"): '["%s:%d"]' % (HOST, free_port()),
        ("etl", "module_dir"): '"%s"' % os.path.join(data_dir, "etl"),
    }
    repl.update(overrides or {})
    seen = set()
    section = None
    out = []
    for line in template_text.splitlines():
        m = re.match(r"^\s*\[([A-Za-z0-9_.]+)\]\s*$", line)
        if m:
            section = m.group(1)
        else:
            m = re.match(r"^(\s*)([A-Za-z0-9_]+)(\s*=\s*)(.*)$", line)
            if m and (section, m.group(2)) in repl:
                line = m.group(1) + m.group(2) + m.group(3) + repl[(section, m.group(2))]
                seen.add((section, m.group(2)))
        out.append(line)
    missing = set(repl) - seen
    assert not missing, "config template lacks keys %s" % sorted(missing)
    return "\n".join(out) + "\n"


class Broker:
    """One rustmq-broker process, restartable on the same data directory and port."""

    def __init__(self, data_dir, port=None, overrides=None, binary=None):
        self.binary = binary or BINARY  # another build (the release one) when named
        self.data_dir = data_dir
        self.port = port or free_port()
        self.host = HOST
        self.bootstrap = "%s:%d" % (HOST, self.port)
        self.config_path = os.path.join(data_dir, "broker.toml")
        with open(TEMPLATE, encoding="utf-8") as f:
            text = make_config(f.read(), data_dir, self.port, overrides)
        with open(self.config_path, "w", encoding="utf-8") as f:
            f.write(text)
        self.proc = None
        self.env = {}  # extra environment for the broker process
        self.runs = 0
        self.stderr_paths = []
        self.exit_codes = []

    @property
    def pid(self):
        return self.proc.pid if self.proc else None

    def start(self):
        assert self.proc is None, "broker already running"
        self.runs += 1
        errpath = os.path.join(self.data_dir, "broker-%d.stderr" % self.runs)
        self.stderr_paths.append(errpath)
        env = dict(os.environ)
        # Sanitizer reports go to stderr; leaks are checked at exit. Keep the caller's options.
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
        env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
        env.update(self.env)
        with open(errpath, "wb") as errf:
            self.proc = subprocess.Popen(
                [self.binary, "--standalone", "--config", self.config_path],
                stdin=subprocess.DEVNULL, stdout=errf, stderr=errf, cwd=self.data_dir, env=env)
        deadline = time.monotonic() + START_TIMEOUT_S
        for _ in range(int(START_TIMEOUT_S / 0.05) + 1):
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.proc = None
                pytest.fail("broker exited with %s during start:\n%s" % (code, self.stderr_tail()))
            if port_accepts(self.port):
                return self
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.kill9()
        pytest.fail("broker did not accept on %s within %.0fs:\n%s"
                    % (self.bootstrap, START_TIMEOUT_S, self.stderr_tail()))

    def stop(self, check=True):
        """SIGTERM by pid and wait: the broker must exit 0 with a clean stderr."""
        if self.proc is None:
            return None
        proc, self.proc = self.proc, None
        os.kill(proc.pid, signal.SIGTERM)
        try:
            code = proc.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=STOP_TIMEOUT_S)
            pytest.fail("broker pid %d ignored SIGTERM for %.0fs:\n%s"
                        % (proc.pid, STOP_TIMEOUT_S, self.stderr_tail()))
        self.exit_codes.append(code)
        if check:
            assert code == 0, "broker exited %d after SIGTERM:\n%s" % (code, self.stderr_tail())
            self.check_sanitizers()
        return code

    def kill9(self):
        """SIGKILL by pid: no shutdown code runs, the data directory is as a crash leaves it."""
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=STOP_TIMEOUT_S)
        self.exit_codes.append(proc.returncode)

    def restart(self, kill=False):
        """Stops (SIGTERM, or SIGKILL when kill) and starts again on the same data and port."""
        if kill:
            self.kill9()
        else:
            self.stop()
        return self.start()

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stderr_text(self, which=-1):
        with open(self.stderr_paths[which], encoding="utf-8", errors="replace") as f:
            return f.read()

    def stderr_tail(self, nbytes=6000):
        if not self.stderr_paths:
            return ""
        text = self.stderr_text()
        return text[-nbytes:]

    def check_sanitizers(self):
        for path in self.stderr_paths:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            m = SANITIZER_PATTERNS.search(text)
            assert not m, "sanitizer report in %s:\n%s" % (path, text[max(0, m.start() - 2000):
                                                                      m.start() + 8000])


def require_binary():
    if not BINARY or not os.path.isfile(BINARY):
        missing_tool("RMQ_BUILD_DIR does not hold src/cmd/rustmq-broker (set it to a build dir)")


@pytest.fixture
def broker_factory():
    """Makes brokers (each in its own temporary directory); stops and checks them at the end."""
    require_binary()
    made = []

    def make(overrides=None, start=True):
        d = tempfile.mkdtemp(prefix="rmq-it-")
        b = Broker(d, overrides=overrides)
        made.append(b)
        return b.start() if start else b

    yield make
    failures = []
    for b in made:
        try:
            if b.proc is not None:
                b.stop()
            else:
                b.check_sanitizers()
        except BaseException as e:  # report every broker, then fail
            failures.append("%s: %s" % (b.bootstrap, e))
        finally:
            if b.proc is not None:
                b.kill9()
    for b in made:
        if not failures:
            shutil.rmtree(b.data_dir, ignore_errors=True)
    assert not failures, "\n".join(failures)


@pytest.fixture
def broker(broker_factory):
    """A running broker; see Broker."""
    return broker_factory()


# ---- object store emulators ----

# npm puts global commands in /usr/bin or /usr/local/bin depending on its prefix: use PATH.
S3RVER = shutil.which("s3rver") or ""


def missing_tool(why):
    """Skips the test for a tool that is not installed, or fails it under CI=true: CI installs
    everything, so a missing tool there means a broken install, not a test to skip."""
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true and " + why)
    pytest.skip(why)
AZURITE_ACCOUNT = "devstoreaccount1"
# The development account's well-known key, published in Azurite's documentation.
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
               "KBHBeksoGMGw==")


class Emulator:
    """An object store emulator process on a free loopback port, stopped by its pid."""

    name = "emulator"

    def _start(self, argv, env=None):
        self.dir = tempfile.mkdtemp(prefix="rmq-%s-" % self.name)
        self.log = open(os.path.join(self.dir, self.name + ".log"), "wb")
        self.proc = subprocess.Popen(argv(self.port, os.path.join(self.dir, "data")),
                                     stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                     env=env)
        deadline = time.monotonic() + 30
        for _ in range(600):
            if self.proc.poll() is not None:
                pytest.fail("%s exited with %s" % (self.name, self.proc.returncode))
            if port_accepts(self.port):
                return
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.stop()
        pytest.fail("%s did not accept on port %d" % (self.name, self.port))

    def stop(self):
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
            self.proc = None
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


class S3Server(Emulator):
    """s3rver with one bucket (path-style)."""

    name = "s3rver"

    def __init__(self, bucket="rustmq"):
        if not S3RVER:
            missing_tool("s3rver is not installed (scripts/install-deps installs it)")
        self.bucket = bucket
        self.port = free_port()
        self.proc = None
        # s3rver's listing continuation tokens use a cipher Node 20 keeps in its legacy
        # provider; without it every truncated listing fails with 500.
        self._start(lambda port, data: [
            S3RVER, "--directory", data, "--address", HOST, "--port", str(port), "--silent",
            "--configure-bucket", bucket, "--no-vhost-buckets"],
            env=dict(os.environ, NODE_OPTIONS="--openssl-legacy-provider"))

    def objects(self, prefix=""):
        """Keys of the bucket's objects (s3rver keeps each object as <key>._S3rver_object)."""
        root = os.path.join(self.dir, "data", self.bucket)
        out = []
        for r, _, fs in os.walk(root):
            for f in fs:
                if f.endswith("._S3rver_object"):
                    key = os.path.relpath(os.path.join(r, f[:-len("._S3rver_object")]), root)
                    if key.startswith(prefix):
                        out.append(key)
        return sorted(out)


class AzuriteServer(Emulator):
    """Azurite's blob service."""

    name = "azurite"

    def __init__(self):
        exe = shutil.which("azurite-blob")
        if not exe:
            missing_tool("azurite-blob is not installed (scripts/install-deps installs it)")
        self.port = free_port()
        self.proc = None
        self._start(lambda port, data: [
            exe, "--blobHost", HOST, "--blobPort", str(port), "--location", data, "--silent",
            "--disableTelemetry", "--skipApiVersionCheck"])

    def overrides(self, container="rustmq"):
        return {
            ("object_storage", "storage_type"): '"azure"',
            ("object_storage", "endpoint"): '"http://%s:%d/%s"' % (HOST, self.port,
                                                                   AZURITE_ACCOUNT),
            ("object_storage", "bucket"): '"%s"' % container,
            ("object_storage", "access_key"): '"%s"' % AZURITE_ACCOUNT,
            ("object_storage", "secret_key"): '"%s"' % AZURITE_KEY,
        }


@pytest.fixture
def s3server():
    s = S3Server()
    yield s
    s.stop()


@pytest.fixture
def azurite():
    s = AzuriteServer()
    yield s
    s.stop()


def s3_overrides(port, bucket="rustmq"):
    """Broker settings for an S3 endpoint on a loopback port (s3rver's fixed keys)."""
    return {
        ("object_storage", "storage_type"): '"s3"',
        ("object_storage", "endpoint"): '"http://%s:%d"' % (HOST, port),
        ("object_storage", "bucket"): '"%s"' % bucket,
        ("object_storage", "region"): '"us-east-1"',
        ("object_storage", "access_key"): '"S3RVER"',
        ("object_storage", "secret_key"): '"S3RVER"',
        ("object_storage", "addressing"): '"path"',
    }
