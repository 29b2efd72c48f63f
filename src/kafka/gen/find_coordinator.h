/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka FindCoordinator: message structs and codecs (from FindCoordinatorRequest.json, FindCoordinatorResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_FIND_COORDINATOR_H
#define RMQ_KAFKA_GEN_FIND_COORDINATOR_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== FindCoordinatorRequest: versions 0-6, flexible 3+ (from FindCoordinatorRequest.json) ==== */

/* FindCoordinatorRequest */
typedef struct rmq_FindCoordinatorRequest {
    rmq_kw_str_t key; /* v0-3: The coordinator key. */
    int8_t key_type; /* v1-6, default 0: The coordinator key type. (Group, transaction, etc.) */
    rmq_kw_str_t *coordinator_keys; /* v4-6: The coordinator keys. */
    int32_t coordinator_keys_count; /* items in coordinator_keys; -1: null */
} rmq_FindCoordinatorRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_FindCoordinatorRequest_init(rmq_FindCoordinatorRequest_t *v);

/*
 * Decodes a FindCoordinatorRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-6.
 */
int rmq_FindCoordinatorRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-6, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_FindCoordinatorRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FindCoordinatorRequest_t *in);
extern const rmq_kmsg_desc_t rmq_FindCoordinatorRequest_desc;

/* ==== FindCoordinatorResponse: versions 0-6, flexible 3+ (from FindCoordinatorResponse.json) ==== */

/* FindCoordinatorResponse.Coordinators[] (versions 4-6) */
typedef struct rmq_FindCoordinatorResponse_Coordinator {
    rmq_kw_str_t key; /* v4-6: The coordinator key. */
    int32_t node_id; /* v4-6: The node id. */
    rmq_kw_str_t host; /* v4-6: The host name. */
    int32_t port; /* v4-6: The port. */
    int16_t error_code; /* v4-6: The error code, or 0 if there was no error. */
    rmq_kw_str_t error_message; /* v4-6, nullable v4-6: The error message, or null if there was no error. */
} rmq_FindCoordinatorResponse_Coordinator_t;

/* FindCoordinatorResponse */
typedef struct rmq_FindCoordinatorResponse {
    int32_t throttle_time_ms; /* v1-6: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-3: The error code, or 0 if there was no error. */
    rmq_kw_str_t error_message; /* v1-3, nullable v1-3: The error message, or null if there was no error. */
    int32_t node_id; /* v0-3: The node id. */
    rmq_kw_str_t host; /* v0-3: The host name. */
    int32_t port; /* v0-3: The port. */
    rmq_FindCoordinatorResponse_Coordinator_t *coordinators; /* v4-6: Each coordinator result in the response */
    int32_t coordinators_count; /* items in coordinators; -1: null */
} rmq_FindCoordinatorResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_FindCoordinatorResponse_Coordinator_init(rmq_FindCoordinatorResponse_Coordinator_t *v);
void rmq_FindCoordinatorResponse_init(rmq_FindCoordinatorResponse_t *v);

/*
 * Decodes a FindCoordinatorResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-6.
 */
int rmq_FindCoordinatorResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-6, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_FindCoordinatorResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FindCoordinatorResponse_t *in);
extern const rmq_kmsg_desc_t rmq_FindCoordinatorResponse_desc;

#endif
