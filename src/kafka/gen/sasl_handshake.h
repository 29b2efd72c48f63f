/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka SaslHandshake: message structs and codecs (from SaslHandshakeRequest.json, SaslHandshakeResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_SASL_HANDSHAKE_H
#define RMQ_KAFKA_GEN_SASL_HANDSHAKE_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== SaslHandshakeRequest: versions 0-1, flexible none (from SaslHandshakeRequest.json) ==== */

/* SaslHandshakeRequest */
typedef struct rmq_SaslHandshakeRequest {
    rmq_kw_str_t mechanism; /* v0-1: The SASL mechanism chosen by the client. */
} rmq_SaslHandshakeRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SaslHandshakeRequest_init(rmq_SaslHandshakeRequest_t *v);

/*
 * Decodes a SaslHandshakeRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_SaslHandshakeRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SaslHandshakeRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslHandshakeRequest_t *in);
extern const rmq_kmsg_desc_t rmq_SaslHandshakeRequest_desc;

/* ==== SaslHandshakeResponse: versions 0-1, flexible none (from SaslHandshakeResponse.json) ==== */

/* SaslHandshakeResponse */
typedef struct rmq_SaslHandshakeResponse {
    int16_t error_code; /* v0-1: The error code, or 0 if there was no error. */
    rmq_kw_str_t *mechanisms; /* v0-1: The mechanisms enabled in the server. */
    int32_t mechanisms_count; /* items in mechanisms; -1: null */
} rmq_SaslHandshakeResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SaslHandshakeResponse_init(rmq_SaslHandshakeResponse_t *v);

/*
 * Decodes a SaslHandshakeResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_SaslHandshakeResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SaslHandshakeResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslHandshakeResponse_t *in);
extern const rmq_kmsg_desc_t rmq_SaslHandshakeResponse_desc;

#endif
