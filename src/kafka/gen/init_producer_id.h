/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka InitProducerId: message structs and codecs (from InitProducerIdRequest.json, InitProducerIdResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_INIT_PRODUCER_ID_H
#define RMQ_KAFKA_GEN_INIT_PRODUCER_ID_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== InitProducerIdRequest: versions 0-5, flexible 2+ (from InitProducerIdRequest.json) ==== */

/* InitProducerIdRequest */
typedef struct rmq_InitProducerIdRequest {
    rmq_kw_str_t transactional_id; /* v0-5, nullable v0-5: The transactional id, or null if the producer is not transactional. */
    int32_t transaction_timeout_ms; /* v0-5: The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined. */
    int64_t producer_id; /* v3-5, default -1: The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration. */
    int16_t producer_epoch; /* v3-5, default -1: The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match. */
} rmq_InitProducerIdRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_InitProducerIdRequest_init(rmq_InitProducerIdRequest_t *v);

/*
 * Decodes a InitProducerIdRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_InitProducerIdRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_InitProducerIdRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_InitProducerIdRequest_t *in);
extern const rmq_kmsg_desc_t rmq_InitProducerIdRequest_desc;

/* ==== InitProducerIdResponse: versions 0-5, flexible 2+ (from InitProducerIdResponse.json) ==== */

/* InitProducerIdResponse */
typedef struct rmq_InitProducerIdResponse {
    int32_t throttle_time_ms; /* v0-5: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-5: The error code, or 0 if there was no error. */
    int64_t producer_id; /* v0-5, default -1: The current producer id. */
    int16_t producer_epoch; /* v0-5: The current epoch associated with the producer id. */
} rmq_InitProducerIdResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_InitProducerIdResponse_init(rmq_InitProducerIdResponse_t *v);

/*
 * Decodes a InitProducerIdResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_InitProducerIdResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_InitProducerIdResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_InitProducerIdResponse_t *in);
extern const rmq_kmsg_desc_t rmq_InitProducerIdResponse_desc;

#endif
