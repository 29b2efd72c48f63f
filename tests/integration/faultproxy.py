"""An HTTP/1.1 fault proxy for object store tests: it sits between the broker and an object
store emulator on loopback, counts requests by method, and on demand answers 503 SlowDown,
delays requests, or resets connections.

Modes (FaultProxy.mode, switch any time; applies to the next request):
  "pass"   forward as is
  "503"    answer 503 with an S3-style SlowDown body, without forwarding
  "slow"   forward after sleeping delay_s
  "reset"  read the request, then close the client connection with a TCP reset
"""
import socket
import struct
import threading
import time

MAX_HEADER = 64 * 1024


class _Conn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def _fill(self):
        data = self.sock.recv(262144)
        if not data:
            raise EOFError
        self.buf += data

    def read_until(self, sep, limit):
        for _ in range(100000):
            i = self.buf.find(sep)
            if i >= 0:
                out, self.buf = self.buf[:i + len(sep)], self.buf[i + len(sep):]
                return out
            if len(self.buf) > limit:
                raise ValueError("header too long")
            self._fill()
        raise ValueError("unterminated")

    def read_exact(self, n):
        chunks = []
        while n > 0:
            if not self.buf:
                self._fill()
            take = self.buf[:n]
            self.buf = self.buf[len(take):]
            chunks.append(take)
            n -= len(take)
        return b"".join(chunks)


def _headers(head):
    lines = head.decode("latin-1").split("\r\n")
    hdrs = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            hdrs[k.strip().lower()] = v.strip()
    return lines[0], hdrs


def _read_body(conn, hdrs, is_head_response=False, status=200):
    if is_head_response or status in (204, 304) or 100 <= status < 200:
        return b""
    if hdrs.get("transfer-encoding", "").lower() == "chunked":
        out = []
        for _ in range(1000000):
            line = conn.read_until(b"\r\n", 1024)
            size = int(line.split(b";")[0].strip(), 16)
            if size == 0:
                conn.read_until(b"\r\n", MAX_HEADER)  # trailers end
                break
            out.append(conn.read_exact(size))
            conn.read_exact(2)
        body = b"".join(out)
        hdrs.pop("transfer-encoding", None)
        return body
    n = int(hdrs.get("content-length", "0") or "0")
    return conn.read_exact(n)


class FaultProxy:
    def __init__(self, upstream_port, host="127.0.0.1"):
        self.upstream = (host, upstream_port)
        self.mode = "pass"
        self.delay_s = 1.0
        self.counts = {}
        self.faults = 0
        self.lock = threading.Lock()
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind((host, 0))
        self.lsock.listen(128)
        self.port = self.lsock.getsockname()[1]
        self.stopping = False
        self.threads = []
        self.socks = set()
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        self.threads.append(t)

    def count(self, method):
        with self.lock:
            return self.counts.get(method, 0)

    def _accept(self):
        while not self.stopping:
            try:
                s, _ = self.lsock.accept()
            except OSError:
                return
            with self.lock:
                self.socks.add(s)
            t = threading.Thread(target=self._serve, args=(s,), daemon=True)
            t.start()

    def _serve(self, csock):
        c = _Conn(csock)
        up = None
        try:
            for _ in range(10000000):
                head = c.read_until(b"\r\n\r\n", MAX_HEADER)
                reqline, hdrs = _headers(head)
                method = reqline.split(" ", 1)[0]
                body = _read_body(c, hdrs)
                with self.lock:
                    self.counts[method] = self.counts.get(method, 0) + 1
                mode = self.mode
                if mode == "503":
                    with self.lock:
                        self.faults += 1
                    msg = (b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown"
                           b"</Code><Message>Please reduce your request rate.</Message></Error>")
                    csock.sendall(b"HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\n"
                                  b"Content-Length: %d\r\n\r\n" % len(msg) + msg)
                    continue
                if mode == "reset":
                    with self.lock:
                        self.faults += 1
                    csock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    csock.close()
                    return
                if mode == "slow":
                    with self.lock:
                        self.faults += 1
                    time.sleep(self.delay_s)
                if up is None:
                    up = socket.create_connection(self.upstream, timeout=120)
                    uc = _Conn(up)
                up.sendall(head + body)
                rhead = uc.read_until(b"\r\n\r\n", MAX_HEADER)
                status_line, rh = _headers(rhead)
                status = int(status_line.split(" ")[1])
                chunked = rh.get("transfer-encoding", "").lower() == "chunked"
                rbody = _read_body(uc, rh, method == "HEAD", status)
                if chunked:
                    # Re-frame with a length (headers rebuilt without Transfer-Encoding).
                    lines = [status_line] + ["%s: %s" % (k, v) for k, v in rh.items()
                                             if k != "content-length"]
                    lines.append("Content-Length: %d" % len(rbody))
                    rhead = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
                csock.sendall(rhead + rbody)
                if rh.get("connection", "").lower() == "close":
                    up.close()
                    up = None
        except (EOFError, OSError, ValueError):
            pass
        finally:
            for s in (csock, up):
                if s is not None:
                    try:
                        s.close()
                    except OSError:
                        pass
            with self.lock:
                self.socks.discard(csock)

    def close(self):
        self.stopping = True
        try:
            self.lsock.close()
        except OSError:
            pass
        with self.lock:
            socks = list(self.socks)
        for s in socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
