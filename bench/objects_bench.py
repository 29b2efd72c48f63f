#!/usr/bin/python3
"""bench/objects_bench.py - helpers of bench/run-objects.sh (run with /usr/bin/python3).

  proxy UPSTREAM_PORT INFO_FILE
      An HTTP/1.1 proxy on a free loopback port in front of an object store emulator on
      UPSTREAM_PORT (derived from tests/integration/faultproxy.py, but it streams bodies instead
      of buffering them, so that it adds little to a 16 MiB PUT or GET). It counts requests by
      method and the body bytes of forwarded PUTs and GET responses, and has modes:
        pass  forward as is
        503   answer 503 SlowDown without forwarding (the request body is read and dropped)
      Writes "PROXY_PORT CONTROL_PORT" to INFO_FILE once both listen, then serves until SIGTERM.
      The control port takes one command a connection, a line, and answers one line:
        mode pass|503      -> ok        (the switch time is recorded)
        reset              -> ok        (counters to zero)
        stats              -> JSON      (counters)
        wait_put BYTES SECS [NEAR] -> JSON  (waits, at most SECS, until forwarded PUT bodies since
                                         the last switch or reset total BYTES; reports the time
                                         from the switch to the first forwarded PUT (first_put_s),
                                         to the PUT that completed BYTES (done_s), and to the first
                                         PUT after which less than NEAR bytes were left (near_s;
                                         near_bytes: the bytes then))
  ctl CONTROL_PORT COMMAND...
      Sends one command to a proxy's control port and prints the answer.
  raw PORT BUCKET SIZE COUNT PARALLEL [RANGE RANGE_PARALLEL]
      s3rver's own throughput for SIZE-byte objects from a direct client (http.client, SigV4
      signing each PUT's payload SHA-256 as the broker does by default - OBJ_RAW_UNSIGNED=1
      sends UNSIGNED-PAYLOAD instead -, keep-alive connections): COUNT objects PUT by PARALLEL
      threads,
      then all of them read back (whole-object GETs) by PARALLEL threads, and with RANGE also
      read back again in RANGE-byte ranged GETs by RANGE_PARALLEL threads; then deleted. Prints
        raw parallel=N size=S count=C put_mb_s=X get_mb_s=Y [ranged_get_mb_s=Z]
      MB = 10^6 bytes.
  uploadlog BROKER_LOG
      From the broker's log, after its last failed upload: objects uploaded, their size and
      extents, the PUT time the broker logged (p50, max) and the time between uploads (p50).

Every loop is bounded; every socket has a timeout.
"""
import datetime
import hashlib
import hmac
import http.client
import json
import os
import re
import signal
import socket
import sys
import threading
import time

MAX_HEADER = 64 * 1024
CHUNK = 1 << 20
IO_TIMEOUT = 120


class Conn:
    """A socket with a small read-ahead buffer for header parsing; bodies are streamed."""

    def __init__(self, sock):
        self.sock = sock
        self.buf = bytearray()
        self.mv = memoryview(bytearray(CHUNK))

    def read_until(self, sep, limit):
        for _ in range(100000):
            i = self.buf.find(sep)
            if i >= 0:
                out = bytes(self.buf[:i + len(sep)])
                del self.buf[:i + len(sep)]
                return out
            if len(self.buf) > limit:
                raise ValueError("header too long")
            data = self.sock.recv(65536)
            if not data:
                raise EOFError
            self.buf += data
        raise ValueError("unterminated")

    def pipe(self, n, dst):
        """Copies exactly n bytes of this connection to dst (a socket, or None to drop them)."""
        left = n
        if self.buf:
            take = bytes(self.buf[:left])
            del self.buf[:len(take)]
            if dst is not None:
                dst.sendall(take)
            left -= len(take)
        for _ in range(1 << 30):
            if left <= 0:
                break
            got = self.sock.recv_into(self.mv, min(left, CHUNK))
            if got == 0:
                raise EOFError
            if dst is not None:
                dst.sendall(self.mv[:got])
            left -= got
        return n

    def pipe_chunked(self, dst):
        """Copies a chunked body verbatim (framing included); returns the payload size."""
        total = 0
        for _ in range(10000000):
            line = self.read_until(b"\r\n", 1024)
            if dst is not None:
                dst.sendall(line)
            size = int(line.split(b";")[0].strip(), 16)
            if size == 0:
                for _ in range(256):  # trailer fields, then an empty line
                    line = self.read_until(b"\r\n", MAX_HEADER)
                    if dst is not None:
                        dst.sendall(line)
                    if line == b"\r\n":
                        return total
                raise ValueError("too many trailer fields")
            self.pipe(size + 2, dst)
            total += size
        raise ValueError("too many chunks")


def parse_head(head):
    lines = head.decode("latin-1").split("\r\n")
    hdrs = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            hdrs[k.strip().lower()] = v.strip()
    return lines[0], hdrs


def body_kind(hdrs, no_body=False):
    if no_body:
        return ("len", 0)
    if hdrs.get("transfer-encoding", "").lower() == "chunked":
        return ("chunked", 0)
    return ("len", int(hdrs.get("content-length", "0") or "0"))


def pipe_body(conn, kind, dst):
    if kind[0] == "chunked":
        return conn.pipe_chunked(dst)
    return conn.pipe(kind[1], dst)


class Proxy:
    def __init__(self, upstream_port):
        self.upstream = ("127.0.0.1", upstream_port)
        self.mode = "pass"
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        self.inflight = {}  # forwarded requests in flight, by method (a gauge: never reset)
        self.reset_counters()
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(256)
        self.port = self.lsock.getsockname()[1]
        self.csock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.csock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.csock.bind(("127.0.0.1", 0))
        self.csock.listen(16)
        self.ctl_port = self.csock.getsockname()[1]

    def reset_counters(self):
        # lock held or not yet shared
        self.counts = {}      # every request seen, by method
        self.passed = {}      # forwarded requests, by method
        self.ok = {}          # forwarded requests answered 2xx, by method
        self.faults = 0
        self.put_bytes = 0    # request bodies of forwarded PUTs (completed)
        self.get_bytes = 0    # response bodies of forwarded GETs
        self.switch_t = time.monotonic()
        self.first_put_t = None   # start of the first forwarded PUT since the switch
        self.put_events = []      # (completion time, put_bytes after it)
        self.max_inflight = {}    # most forwarded requests in flight at once, by method
        self.durations = {}       # seconds from request head to the end of the answer, by method
        self.get_events = []      # (start, end) of forwarded GETs answered 2xx

    def start(self):
        for target, sock in ((self._serve, self.lsock), (self._control, self.csock)):
            threading.Thread(target=self._accept, args=(sock, target), daemon=True).start()

    def _accept(self, lsock, target):
        for _ in range(1 << 40):
            try:
                s, _ = lsock.accept()
            except OSError:
                return
            s.settimeout(IO_TIMEOUT)
            threading.Thread(target=target, args=(s,), daemon=True).start()

    # ---- data path ----

    def _serve(self, csock):
        c = Conn(csock)
        up = uc = None
        busy = None  # method counted in inflight and not yet uncounted
        try:
            for _ in range(10000000):
                head = c.read_until(b"\r\n\r\n", MAX_HEADER)
                reqline, hdrs = parse_head(head)
                method = reqline.split(" ", 1)[0]
                kind = body_kind(hdrs)
                t_start = time.monotonic()
                with self.lock:
                    self.counts[method] = self.counts.get(method, 0) + 1
                    mode = self.mode
                if mode == "503":
                    pipe_body(c, kind, None)
                    with self.lock:
                        self.faults += 1
                    msg = (b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown"
                           b"</Code><Message>Please reduce your request rate.</Message></Error>")
                    csock.sendall(b"HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\n"
                                  b"Content-Length: %d\r\n\r\n" % len(msg) + msg)
                    continue
                if method == "PUT":
                    with self.lock:
                        if self.first_put_t is None:
                            self.first_put_t = t_start
                with self.lock:
                    n = self.inflight[method] = self.inflight.get(method, 0) + 1
                    self.max_inflight[method] = max(self.max_inflight.get(method, 0), n)
                busy = method
                if up is None:
                    up = socket.create_connection(self.upstream, timeout=IO_TIMEOUT)
                    up.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    uc = Conn(up)
                up.sendall(head)
                sent = pipe_body(c, kind, up)
                rhead = uc.read_until(b"\r\n\r\n", MAX_HEADER)
                status_line, rh = parse_head(rhead)
                status = int(status_line.split(" ")[1])
                no_body = method == "HEAD" or status in (204, 304) or 100 <= status < 200
                csock.sendall(rhead)
                got = pipe_body(uc, body_kind(rh, no_body), csock)
                with self.cond:
                    self.inflight[method] = self.inflight.get(method, 1) - 1
                    busy = None
                    d = self.durations.setdefault(method, [])
                    if len(d) < 100000:
                        d.append(time.monotonic() - t_start)
                    self.passed[method] = self.passed.get(method, 0) + 1
                    if 200 <= status < 300:
                        self.ok[method] = self.ok.get(method, 0) + 1
                        if method == "PUT":
                            self.put_bytes += sent
                            self.put_events.append((time.monotonic(), self.put_bytes))
                            self.cond.notify_all()
                        elif method == "GET":
                            self.get_bytes += got
                            if len(self.get_events) < 100000:
                                self.get_events.append((t_start, time.monotonic()))
                if rh.get("connection", "").lower() == "close":
                    up.close()
                    up = uc = None
        except (EOFError, OSError, ValueError):
            pass
        finally:
            if busy is not None:
                with self.lock:
                    self.inflight[busy] = self.inflight.get(busy, 1) - 1
            for s in (csock, up):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass

    # ---- control ----

    def _stats(self):
        p50 = {}
        for m, d in self.durations.items():
            d = sorted(d)
            p50[m] = round(d[len(d) // 2] * 1000, 1)
        # GETs over time, from the first one's start to the last one's end: how long at least
        # one was in flight, and how many were on average then.
        ev = sorted(self.get_events)
        busy, cur_s, cur_e = 0.0, None, None
        for a, b in ev:
            if cur_e is None or a > cur_e:
                if cur_e is not None:
                    busy += cur_e - cur_s
                cur_s, cur_e = a, b
            else:
                cur_e = max(cur_e, b)
        if cur_e is not None:
            busy += cur_e - cur_s
        gets = {"span_s": round(max(b for _, b in ev) - ev[0][0], 3) if ev else 0,
                "busy_s": round(busy, 3),
                "mean_in_flight": round(sum(b - a for a, b in ev) / busy, 1) if busy else 0}
        return {"counts": self.counts, "passed": self.passed, "ok": self.ok,
                "faults": self.faults, "put_bytes": self.put_bytes,
                "get_bytes": self.get_bytes, "mode": self.mode,
                "max_inflight": self.max_inflight, "ms_p50": p50, "gets": gets}

    def _wait_put(self, target, secs, near):
        deadline = time.monotonic() + secs
        with self.cond:
            for _ in range(10000000):
                if self.put_bytes >= target:
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.cond.wait(min(left, 0.5))
            out = self._stats()
            out["reached"] = self.put_bytes >= target
            done_t = next((t for t, b in self.put_events if b >= target), None)
            out["first_put_s"] = (self.first_put_t - self.switch_t
                                  if self.first_put_t is not None else None)
            out["done_s"] = done_t - self.switch_t if done_t is not None else None
            # The first PUT after which less than `near` bytes were left to go (near = one
            # object's worth: the end of the full objects, before a tail that waits for the
            # upload timer).
            ev = [(t, b) for t, b in self.put_events if b >= target - near]
            out["near_s"] = ev[0][0] - self.switch_t if ev else None
            out["near_bytes"] = ev[0][1] if ev else 0
            return out

    def _control(self, s):
        try:
            f = s.makefile("rwb")
            words = f.readline(1024).decode().split()
            if not words:
                return
            if words[0] == "mode" and len(words) == 2 and words[1] in ("pass", "503"):
                with self.lock:
                    self.mode = words[1]
                    self.switch_t = time.monotonic()
                    self.first_put_t = None
                    self.put_bytes = 0
                    self.put_events = []
                ans = "ok"
            elif words[0] == "reset":
                with self.lock:
                    self.reset_counters()
                ans = "ok"
            elif words[0] == "stats":
                with self.lock:
                    ans = json.dumps(self._stats())
            elif words[0] == "wait_put" and len(words) in (3, 4):
                near = int(words[3]) if len(words) == 4 else 0
                ans = json.dumps(self._wait_put(int(words[1]), float(words[2]), near))
            else:
                ans = "error: unknown command"
            f.write(ans.encode() + b"\n")
            f.flush()
        except (OSError, ValueError):
            pass
        finally:
            s.close()


def cmd_proxy(upstream_port, info_file):
    p = Proxy(int(upstream_port))
    p.start()
    tmp = info_file + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d %d\n" % (p.port, p.ctl_port))
    os.rename(tmp, info_file)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    for _ in range(1 << 40):
        if stop.wait(1.0):
            break
    p.lsock.close()
    p.csock.close()


def cmd_ctl(port, *words):
    s = socket.create_connection(("127.0.0.1", int(port)), timeout=900)
    try:
        s.sendall((" ".join(words) + "\n").encode())
        f = s.makefile("rb")
        line = f.readline(1 << 20).decode().strip()
    finally:
        s.close()
    print(line)
    return 0 if line and not line.startswith("error") else 1


# ---- raw client ----

def sigv4_headers(method, host, path, region="us-east-1", ak="S3RVER", sk="S3RVER",
                  payload="UNSIGNED-PAYLOAD"):
    now = datetime.datetime.now(datetime.timezone.utc)
    amzdate = now.strftime("%Y%m%dT%H%M%SZ")
    day = now.strftime("%Y%m%d")
    canon = "\n".join([method, path, "", "host:%s" % host, "x-amz-content-sha256:%s" % payload,
                       "x-amz-date:%s" % amzdate, "", "host;x-amz-content-sha256;x-amz-date",
                       payload])
    scope = "%s/%s/s3/aws4_request" % (day, region)
    sts = "\n".join(["AWS4-HMAC-SHA256", amzdate, scope,
                     hashlib.sha256(canon.encode()).hexdigest()])
    k = ("AWS4" + sk).encode()
    for part in (day, region, "s3", "aws4_request"):
        k = hmac.new(k, part.encode(), hashlib.sha256).digest()
    sig = hmac.new(k, sts.encode(), hashlib.sha256).hexdigest()
    return {"Host": host, "x-amz-date": amzdate, "x-amz-content-sha256": payload,
            "Authorization": "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=host;"
                             "x-amz-content-sha256;x-amz-date, Signature=%s" % (ak, scope, sig)}


def run_parallel(parallel, count, fn):
    """Runs fn(conn, i) for i in range(count) over `parallel` threads with one keep-alive
    connection each; returns the wall time."""
    nxt = [0]
    lock = threading.Lock()
    errors = []

    def worker(port):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=IO_TIMEOUT)
        try:
            for _ in range(count):
                with lock:
                    i = nxt[0]
                    nxt[0] += 1
                if i >= count:
                    break
                fn(conn, i)
        except Exception as e:  # reported below
            errors.append(e)
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(run_parallel.port,))
               for _ in range(parallel)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(IO_TIMEOUT * count)
    secs = time.monotonic() - t0
    if errors:
        raise SystemExit("raw: %r" % errors[0])
    return secs


def cmd_raw(port, bucket, size, count, parallel, rng="0", rng_parallel="1"):
    port, size, count, parallel = int(port), int(size), int(count), int(parallel)
    rng, rng_parallel = int(rng), int(rng_parallel)
    run_parallel.port = port
    host = "127.0.0.1:%d" % port
    body = bytes((i * 7 + i // 26) % 26 + 97 for i in range(65536)) * (size // 65536 + 1)
    body = memoryview(body)[:size]
    tag = "%d-%d" % (os.getpid(), parallel)

    def key(i):
        return "/%s/raw/%s/%06d" % (bucket, tag, i)

    unsigned = os.environ.get("OBJ_RAW_UNSIGNED") == "1"

    def put(conn, i):
        # Hashed per PUT (hashlib releases the GIL), as the broker hashes each object.
        digest = "UNSIGNED-PAYLOAD" if unsigned else hashlib.sha256(body).hexdigest()
        h = sigv4_headers("PUT", host, key(i), payload=digest)
        h["Content-Length"] = str(size)
        conn.request("PUT", key(i), body=body, headers=h)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError("PUT %s: %d" % (key(i), r.status))

    bufs = {}

    def get(conn, i):
        buf = bufs.setdefault(threading.get_ident(), memoryview(bytearray(size)))
        conn.request("GET", key(i), headers=sigv4_headers("GET", host, key(i)))
        r = conn.getresponse()
        n = 0
        for _ in range(1 << 30):
            got = r.readinto(buf[n:]) if n < size else 0
            if not got:
                break
            n += got
        rest = r.read()
        if r.status != 200 or n + len(rest) != size:
            raise RuntimeError("GET %s: %d, %d bytes" % (key(i), r.status, n + len(rest)))

    def ranged(conn, i):
        per = (size + rng - 1) // rng
        obj, part = divmod(i, per)
        a = part * rng
        b = min(size, a + rng) - 1
        h = sigv4_headers("GET", host, key(obj))
        h["Range"] = "bytes=%d-%d" % (a, b)
        conn.request("GET", key(obj), headers=h)
        r = conn.getresponse()
        d = r.read()
        if r.status != 206 or len(d) != b - a + 1:
            raise RuntimeError("GET %s %d-%d: %d, %d bytes" % (key(obj), a, b, r.status, len(d)))

    def delete(conn, i):
        conn.request("DELETE", key(i), headers=sigv4_headers("DELETE", host, key(i)))
        r = conn.getresponse()
        r.read()

    put_s = run_parallel(parallel, count, put)
    get_s = run_parallel(parallel, count, get)
    extra = ""
    mb = size * count / 1e6
    if rng > 0:
        n = count * ((size + rng - 1) // rng)
        extra = " ranged_get_mb_s=%.1f" % (mb / run_parallel(rng_parallel, n, ranged))
    run_parallel(parallel, count, delete)
    print("raw parallel=%d size=%d count=%d put_mb_s=%.1f get_mb_s=%.1f%s" % (
        parallel, size, count, mb / put_s, mb / get_s, extra))
    return 0


def cmd_uploadlog(path):
    """Summary of the broker's "uploaded KEY: N bytes, E extents in X ms" lines after its last
    failed upload: how long each PUT took as the broker saw it (signing included) and how far
    apart the uploads were."""
    ups = []
    for line in open(path, encoding="utf-8", errors="replace"):
        if "upload of" in line and "failed" in line:
            ups = []
        m = re.match(r"^(\S+) .*\] uploaded \S+: (\d+) bytes, (\d+) extents in ([0-9.]+) ms", line)
        if m:
            t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%fZ").timestamp()
            ups.append((t, int(m.group(2)), int(m.group(3)), float(m.group(4))))
    if not ups:
        print("uploads=0")
        return 0
    put = sorted(u[3] for u in ups)
    gaps = sorted((b[0] - a[0]) * 1000 for a, b in zip(ups, ups[1:]))
    print("uploads=%d object_mb_p50=%.1f extents_p50=%d put_ms_p50=%.1f put_ms_max=%.1f "
          "gap_ms_p50=%s" % (
              len(ups), sorted(u[1] for u in ups)[len(ups) // 2] / 1e6,
              sorted(u[2] for u in ups)[len(ups) // 2], put[len(put) // 2], put[-1],
              "%.1f" % gaps[len(gaps) // 2] if gaps else "-"))
    return 0


def main(argv):
    cmds = {"proxy": (cmd_proxy, (2,)), "raw": (cmd_raw, (5, 7)),
            "uploadlog": (cmd_uploadlog, (1,))}
    if len(argv) >= 3 and argv[1] == "ctl":
        return cmd_ctl(*argv[2:])
    if len(argv) < 2 or argv[1] not in cmds or len(argv) - 2 not in cmds[argv[1]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    return cmds[argv[1]][0](*argv[2:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
