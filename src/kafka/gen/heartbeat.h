/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka Heartbeat: message structs and codecs (from HeartbeatRequest.json, HeartbeatResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_HEARTBEAT_H
#define RMQ_KAFKA_GEN_HEARTBEAT_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== HeartbeatRequest: versions 0-4, flexible 4+ (from HeartbeatRequest.json) ==== */

/* HeartbeatRequest */
typedef struct rmq_HeartbeatRequest {
    rmq_kw_str_t group_id; /* v0-4: The group id. */
    int32_t generation_id; /* v0-4: The generation of the group. */
    rmq_kw_str_t member_id; /* v0-4: The member ID. */
    rmq_kw_str_t group_instance_id; /* v3-4, nullable v3-4, default null: The unique identifier of the consumer instance provided by end user. */
} rmq_HeartbeatRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_HeartbeatRequest_init(rmq_HeartbeatRequest_t *v);

/*
 * Decodes a HeartbeatRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_HeartbeatRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_HeartbeatRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_HeartbeatRequest_t *in);
extern const rmq_kmsg_desc_t rmq_HeartbeatRequest_desc;

/* ==== HeartbeatResponse: versions 0-4, flexible 4+ (from HeartbeatResponse.json) ==== */

/* HeartbeatResponse */
typedef struct rmq_HeartbeatResponse {
    int32_t throttle_time_ms; /* v1-4: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-4: The error code, or 0 if there was no error. */
} rmq_HeartbeatResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_HeartbeatResponse_init(rmq_HeartbeatResponse_t *v);

/*
 * Decodes a HeartbeatResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_HeartbeatResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_HeartbeatResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_HeartbeatResponse_t *in);
extern const rmq_kmsg_desc_t rmq_HeartbeatResponse_desc;

#endif
