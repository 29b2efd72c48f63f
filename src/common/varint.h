/*
 * varint.h - Kafka's variable-length integers.
 *
 * Unsigned varint: 7 bits per byte, least significant group first, high bit = "more" (protobuf).
 * Signed varint/varlong: zigzag-encoded, then unsigned varint (Kafka record fields).
 * Decoders read untrusted bytes: they never read past end and reject encodings longer than
 * the type allows (5 bytes for 32-bit, 10 for 64-bit) or with bits beyond the type.
 */
#ifndef RMQ_COMMON_VARINT_H
#define RMQ_COMMON_VARINT_H

#include <stddef.h>
#include <stdint.h>

#include "rustmq/rustmq.h"

#define RMQ_VARINT_MAX32 5
#define RMQ_VARINT_MAX64 10

static inline uint32_t rmq_zigzag32(int32_t v)
{
    return ((uint32_t)v << 1) ^ (uint32_t)(v >> 31);
}
static inline int32_t rmq_unzigzag32(uint32_t v)
{
    return (int32_t)(v >> 1) ^ -(int32_t)(v & 1);
}
static inline uint64_t rmq_zigzag64(int64_t v)
{
    return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}
static inline int64_t rmq_unzigzag64(uint64_t v)
{
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* Encoders write into out (room for RMQ_VARINT_MAX32/64 bytes) and return bytes written. */
size_t rmq_uvarint32_encode(uint8_t *out, uint32_t v);
size_t rmq_uvarint64_encode(uint8_t *out, uint64_t v);
size_t rmq_varint32_encode(uint8_t *out, int32_t v);
size_t rmq_varint64_encode(uint8_t *out, int64_t v);

/* Sizes of the encodings. */
size_t rmq_uvarint64_size(uint64_t v);
size_t rmq_varint32_size(int32_t v);
size_t rmq_varint64_size(int64_t v);

/*
 * Decoders: read from p[0..len). On success store the value and return the bytes consumed
 * (> 0). Return RMQ_ETRUNC when the input ends mid-varint and RMQ_ECORRUPT when the encoding is
 * too long or overflows the type.
 */
int rmq_uvarint32_decode(const uint8_t *p, size_t len, uint32_t *out);
int rmq_uvarint64_decode(const uint8_t *p, size_t len, uint64_t *out);
int rmq_varint32_decode(const uint8_t *p, size_t len, int32_t *out);
int rmq_varint64_decode(const uint8_t *p, size_t len, int64_t *out);

#endif
