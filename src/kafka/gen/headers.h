/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka request header (v0-2) and response header (v0-1).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_HEADERS_H
#define RMQ_KAFKA_GEN_HEADERS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== RequestHeader: versions 0-2, flexible 2+ (from RequestHeader.json) ==== */

/* RequestHeader */
typedef struct rmq_RequestHeader {
    int16_t request_api_key; /* v0-2: The API key of this request. */
    int16_t request_api_version; /* v0-2: The API version of this request. */
    int32_t correlation_id; /* v0-2: The correlation ID of this request. */
    rmq_kw_str_t client_id; /* v1-2, nullable v1-2: The client ID string. */
} rmq_RequestHeader_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_RequestHeader_init(rmq_RequestHeader_t *v);

/*
 * Decodes a RequestHeader of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_RequestHeader_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_RequestHeader_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_RequestHeader_encode(rmq_wbuf_t *wb, int16_t version, const rmq_RequestHeader_t *in);
extern const rmq_kmsg_desc_t rmq_RequestHeader_desc;

/* ==== ResponseHeader: versions 0-1, flexible 1+ (from ResponseHeader.json) ==== */

/* ResponseHeader */
typedef struct rmq_ResponseHeader {
    int32_t correlation_id; /* v0-1: The correlation ID of this response. */
} rmq_ResponseHeader_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ResponseHeader_init(rmq_ResponseHeader_t *v);

/*
 * Decodes a ResponseHeader of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_ResponseHeader_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ResponseHeader_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ResponseHeader_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ResponseHeader_t *in);
extern const rmq_kmsg_desc_t rmq_ResponseHeader_desc;

#endif
