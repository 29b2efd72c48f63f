/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka SaslAuthenticate: message structs and codecs (from SaslAuthenticateRequest.json, SaslAuthenticateResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_SASL_AUTHENTICATE_H
#define RMQ_KAFKA_GEN_SASL_AUTHENTICATE_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== SaslAuthenticateRequest: versions 0-2, flexible 2+ (from SaslAuthenticateRequest.json) ==== */

/* SaslAuthenticateRequest */
typedef struct rmq_SaslAuthenticateRequest {
    rmq_kw_bytes_t auth_bytes; /* v0-2: The SASL authentication bytes from the client, as defined by the SASL mechanism. */
} rmq_SaslAuthenticateRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SaslAuthenticateRequest_init(rmq_SaslAuthenticateRequest_t *v);

/*
 * Decodes a SaslAuthenticateRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_SaslAuthenticateRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SaslAuthenticateRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslAuthenticateRequest_t *in);
extern const rmq_kmsg_desc_t rmq_SaslAuthenticateRequest_desc;

/* ==== SaslAuthenticateResponse: versions 0-2, flexible 2+ (from SaslAuthenticateResponse.json) ==== */

/* SaslAuthenticateResponse */
typedef struct rmq_SaslAuthenticateResponse {
    int16_t error_code; /* v0-2: The error code, or 0 if there was no error. */
    rmq_kw_str_t error_message; /* v0-2, nullable v0-2: The error message, or null if there was no error. */
    rmq_kw_bytes_t auth_bytes; /* v0-2: The SASL authentication bytes from the server, as defined by the SASL mechanism. */
    int64_t session_lifetime_ms; /* v1-2, default 0: Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur. */
} rmq_SaslAuthenticateResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SaslAuthenticateResponse_init(rmq_SaslAuthenticateResponse_t *v);

/*
 * Decodes a SaslAuthenticateResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_SaslAuthenticateResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SaslAuthenticateResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslAuthenticateResponse_t *in);
extern const rmq_kmsg_desc_t rmq_SaslAuthenticateResponse_desc;

#endif
