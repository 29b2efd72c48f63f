#!/usr/bin/python3
"""Signs requests with botocore's S3SigV4Auth, for test_sigv4.c to compare with our signer.

Input on stdin, one request per line, tab-separated fields, every text field hex-encoded UTF-8
so that any byte survives the trip:

  method  scheme  host  bucket  key  query  headers  body  unsigned  token  region  amz_date

  bucket   "" for a virtual-hosted request (the bucket is in host)
  query    comma-separated items, "khex" (no value) or "khex:vhex"
  headers  comma-separated "namehex:valuehex" (extra headers, Host included)
  unsigned "1": UNSIGNED-PAYLOAD, "0": SHA-256 of the body

Output, one line per request: the URL botocore's own encoding builds (percent_encode of the
key with safe "/~", of query keys and values with the default safe set), a tab, and the
Authorization header botocore computed. The first line is "SKIP <reason>" when botocore
cannot be imported.
"""
import datetime
import sys

try:
    import botocore.auth as auth
    from botocore.awsrequest import AWSRequest
    from botocore.config import Config
    from botocore.credentials import Credentials
    from botocore.utils import percent_encode
except Exception as e:  # pragma: no cover - depends on the machine
    print("SKIP botocore not importable: %s" % e)
    sys.exit(0)


def unhex(s):
    return bytes.fromhex(s).decode("utf-8")


def items(field):
    return [i for i in field.split(",") if i] if field else []


def sign(line):
    f = line.rstrip("\n").split("\t")
    (method, scheme, host, bucket, key, query, headers, body, unsigned, token, region,
     amz_date) = f
    method, scheme, host, bucket, key = map(unhex, (method, scheme, host, bucket, key))
    region, amz_date = unhex(region), unhex(amz_date)
    path = "/" + (percent_encode(bucket, safe="") + "/" if bucket else "")
    path += percent_encode(key, safe="/~")
    qs = []
    for it in items(query):
        if ":" in it:
            k, v = it.split(":")
            qs.append(percent_encode(unhex(k)) + "=" + percent_encode(unhex(v)))
        else:
            qs.append(percent_encode(unhex(it)))
    url = "%s://%s%s" % (scheme, host, path)
    if qs:
        url += "?" + "&".join(qs)
    hdrs = {}
    for it in items(headers):
        k, v = it.split(":")
        hdrs[unhex(k)] = unhex(v)
    data = bytes.fromhex(body) if body else b""
    creds = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                        unhex(token) if token else None)
    fixed = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ")

    class FixedClock(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return fixed

    auth.datetime.datetime = FixedClock
    req = AWSRequest(method=method, url=url, headers=hdrs, data=data)
    req.context["client_config"] = Config(s3={"payload_signing_enabled": unsigned != "1"})
    auth.S3SigV4Auth(creds, "s3", region).add_auth(req)
    return url + "\t" + req.headers["Authorization"]


def main():
    for line in sys.stdin:
        if line.strip():
            print(sign(line))


if __name__ == "__main__":
    main()
