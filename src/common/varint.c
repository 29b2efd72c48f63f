/*
 * varint.c - Kafka/protobuf varints with strict decoding of untrusted input.
 */
#include "common/varint.h"

size_t rmq_uvarint64_encode(uint8_t *out, uint64_t v)
{
    size_t n = 0;

    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

size_t rmq_uvarint32_encode(uint8_t *out, uint32_t v)
{
    return rmq_uvarint64_encode(out, v);
}

size_t rmq_varint32_encode(uint8_t *out, int32_t v)
{
    return rmq_uvarint64_encode(out, rmq_zigzag32(v));
}

size_t rmq_varint64_encode(uint8_t *out, int64_t v)
{
    return rmq_uvarint64_encode(out, rmq_zigzag64(v));
}

size_t rmq_uvarint64_size(uint64_t v)
{
    size_t n = 1;

    while (v >= 0x80) {
        v >>= 7;
        n++;
    }
    return n;
}

size_t rmq_varint32_size(int32_t v)
{
    return rmq_uvarint64_size(rmq_zigzag32(v));
}

size_t rmq_varint64_size(int64_t v)
{
    return rmq_uvarint64_size(rmq_zigzag64(v));
}

static int uvarint_decode(const uint8_t *p, size_t len, unsigned maxbytes, unsigned bits,
                          uint64_t *out)
{
    uint64_t v = 0;

    for (unsigned i = 0; i < maxbytes; i++) {
        uint64_t b;
        if (i >= len)
            return RMQ_ETRUNC;
        b = p[i] & 0x7f;
        if (i == maxbytes - 1) {
            /* Last allowed byte: no continuation, and no bits beyond the type's width. */
            unsigned used = 7 * i;
            if (p[i] & 0x80)
                return RMQ_ECORRUPT;
            if (bits - used < 7 && (b >> (bits - used)) != 0)
                return RMQ_ECORRUPT;
        }
        v |= b << (7 * i);
        if (!(p[i] & 0x80)) {
            *out = v;
            return (int)i + 1;
        }
    }
    return RMQ_ECORRUPT;
}

int rmq_uvarint64_decode(const uint8_t *p, size_t len, uint64_t *out)
{
    return uvarint_decode(p, len, RMQ_VARINT_MAX64, 64, out);
}

int rmq_uvarint32_decode(const uint8_t *p, size_t len, uint32_t *out)
{
    uint64_t v = 0;
    int n = uvarint_decode(p, len, RMQ_VARINT_MAX32, 32, &v);

    if (n > 0)
        *out = (uint32_t)v;
    return n;
}

int rmq_varint32_decode(const uint8_t *p, size_t len, int32_t *out)
{
    uint32_t u = 0;
    int n = rmq_uvarint32_decode(p, len, &u);

    if (n > 0)
        *out = rmq_unzigzag32(u);
    return n;
}

int rmq_varint64_decode(const uint8_t *p, size_t len, int64_t *out)
{
    uint64_t u = 0;
    int n = rmq_uvarint64_decode(p, len, &u);

    if (n > 0)
        *out = rmq_unzigzag64(u);
    return n;
}
