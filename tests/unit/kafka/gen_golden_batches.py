#!/usr/bin/python3
"""Generates golden_batches.h: record batches built by an independent Kafka client
implementation (kafka-python's DefaultRecordBatchBuilder, Debian package python3-kafka, with
python3-snappy, python3-lz4 and python3-zstandard for the codecs). No broker is needed.

Run from this directory:  /usr/bin/python3 gen_golden_batches.py > golden_batches.h
The test (test_record_batch.c) knows the records listed in RECORDS and checks that each
golden batch validates, iterates to exactly those records, and, for the uncompressed one,
that our builder produces the same bytes.
"""
import lz4.frame
import snappy
import zstandard
from kafka.record import default_records as dr

# (timestamp, key, value, headers) -- keep in sync with golden_records[] in the test.
RECORDS = [
    (1700000000000, b"key-0", b"value-0", []),
    (1700000000005, None, b"v1" * 40, [("h1", b"x"), ("empty", b""), ("null", None)]),
    (1700000000003, b"k2", None, []),
    (1700000000010, b"", b"", [("", b"hv")]),
    (1700000000007, b"key-4", b"abcdefgh" * 32, []),
]


def build(codec, transactional=False, producer=(-1, -1, -1)):
    b = dr.DefaultRecordBatchBuilder(magic=2, compression_type=codec,
                                     is_transactional=transactional, producer_id=producer[0],
                                     producer_epoch=producer[1], base_sequence=producer[2],
                                     batch_size=1 << 20)
    for i, (ts, k, v, h) in enumerate(RECORDS):
        assert b.append(i, timestamp=ts, key=k, value=v, headers=h) is not None
    out = bytes(b.build())
    # kafka-python falls back to no compression when it does not pay: make sure it did not.
    attr = int.from_bytes(out[21:23], "big")
    assert attr & 7 == codec, (codec, attr)
    return out


def emit(name, data, comment):
    print("/* %s */" % comment)
    print("static const uint8_t %s[%d] = {" % (name, len(data)))
    for i in range(0, len(data), 12):
        print("    " + ", ".join("0x%02x" % c for c in data[i:i + 12]) + ",")
    print("};")
    print()


print("/* GENERATED FILE by gen_golden_batches.py (kafka-python %s); do not edit. */"
      % __import__("kafka").__version__)
print("#ifndef GOLDEN_BATCHES_H\n#define GOLDEN_BATCHES_H\n\n#include <stdint.h>\n")
emit("golden_none", build(0), "uncompressed, producer id/epoch/sequence -1")
emit("golden_txn", build(0, True, (4242, 7, 100)),
     "uncompressed, transactional, producerId 4242, epoch 7, baseSequence 100")
emit("golden_gzip", build(1), "gzip (GzipFile, level 9)")
emit("golden_snappy_xerial", build(2), "snappy, xerial framing (snappy-java compatible)")
dr.snappy_encode = lambda data: snappy.compress(data)
emit("golden_snappy_raw", build(2), "snappy, raw block (as librdkafka writes)")
emit("golden_lz4", build(3), "lz4 frame, independent blocks")
dr.lz4_encode = lambda data: lz4.frame.compress(data, block_linked=True, content_checksum=True)
emit("golden_lz4_linked", build(3), "lz4 frame, linked blocks, content checksum")
emit("golden_zstd", build(4), "zstd, frame with content size")
dr.zstd_encode = lambda data: zstandard.ZstdCompressor(write_content_size=False).compress(data)
emit("golden_zstd_nosize", build(4), "zstd, frame without content size")
print("#endif")
