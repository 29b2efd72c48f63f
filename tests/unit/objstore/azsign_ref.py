#!/usr/bin/python3
"""Reference Azure SharedKey signer for test_azsign.c, written from the service's
documentation independently of src/objstore/azsign.c.

Input (stdin, JSON): one request or a list of them, each {"key": base64 key, "method": ...,
"account": ..., "path": encoded path, "query": encoded query string or null,
"headers": [[name, value], ...]}.
Output, per request: line 1 the string to sign, hex-encoded (UTF-8); line 2 the Authorization
value.
"""
import base64
import hashlib
import hmac
import json
import re
import sys
from urllib.parse import unquote_plus

STANDARD = ["content-encoding", "content-language", "content-length", "content-md5",
            "content-type", "date", "if-modified-since", "if-match", "if-none-match",
            "if-unmodified-since", "range"]


def canon_value(v):
    # Collapse blank runs outside double quotes, trim the ends.
    out, quoted = [], False
    for part in re.split(r'(")', v):
        if part == '"':
            quoted = not quoted
            out.append(part)
        elif quoted:
            out.append(part)
        else:
            out.append(re.sub(r"[ \t]+", " ", part))
    return "".join(out).strip(" \t")


def string_to_sign(req):
    headers = {}
    for name, value in req["headers"]:
        headers[name.lower()] = value
    lines = [req["method"]]
    for h in STANDARD:
        v = headers.get(h, "")
        if h == "content-length" and v == "0":
            v = ""
        lines.append(v)
    sts = "\n".join(lines) + "\n"
    for name in sorted(n for n in headers if n.startswith("x-ms-")):
        sts += name + ":" + canon_value(headers[name]) + "\n"
    path = req["path"] or "/"
    sts += "/" + req["account"] + path
    params = {}
    for piece in (req["query"] or "").split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        params.setdefault(unquote_plus(name).lower(), []).append(unquote_plus(value))
    for name in sorted(params):
        sts += "\n" + name + ":" + ",".join(sorted(params[name]))
    return sts


def main():
    reqs = json.load(sys.stdin)
    if isinstance(reqs, dict):
        reqs = [reqs]
    for req in reqs:
        sts = string_to_sign(req)
        key = base64.b64decode(req["key"])
        sig = base64.b64encode(hmac.new(key, sts.encode("utf-8"), hashlib.sha256).digest())
        print(sts.encode("utf-8").hex())
        print("SharedKey %s:%s" % (req["account"], sig.decode("ascii")))


if __name__ == "__main__":
    main()
