/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka SyncGroup: message structs and codecs (from SyncGroupRequest.json, SyncGroupResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_SYNC_GROUP_H
#define RMQ_KAFKA_GEN_SYNC_GROUP_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== SyncGroupRequest: versions 0-5, flexible 4+ (from SyncGroupRequest.json) ==== */

/* SyncGroupRequest.Assignments[] (versions 0-5) */
typedef struct rmq_SyncGroupRequest_SyncGroupRequestAssignment {
    rmq_kw_str_t member_id; /* v0-5: The ID of the member to assign. */
    rmq_kw_bytes_t assignment; /* v0-5: The member assignment. */
} rmq_SyncGroupRequest_SyncGroupRequestAssignment_t;

/* SyncGroupRequest */
typedef struct rmq_SyncGroupRequest {
    rmq_kw_str_t group_id; /* v0-5: The unique group identifier. */
    int32_t generation_id; /* v0-5: The generation of the group. */
    rmq_kw_str_t member_id; /* v0-5: The member ID assigned by the group. */
    rmq_kw_str_t group_instance_id; /* v3-5, nullable v3-5, default null: The unique identifier of the consumer instance provided by end user. */
    rmq_kw_str_t protocol_type; /* v5, nullable v5, default null: The group protocol type. */
    rmq_kw_str_t protocol_name; /* v5, nullable v5, default null: The group protocol name. */
    rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *assignments; /* v0-5: Each assignment. */
    int32_t assignments_count; /* items in assignments; -1: null */
} rmq_SyncGroupRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SyncGroupRequest_SyncGroupRequestAssignment_init(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *v);
void rmq_SyncGroupRequest_init(rmq_SyncGroupRequest_t *v);

/*
 * Decodes a SyncGroupRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_SyncGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SyncGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SyncGroupRequest_t *in);
extern const rmq_kmsg_desc_t rmq_SyncGroupRequest_desc;

/* ==== SyncGroupResponse: versions 0-5, flexible 4+ (from SyncGroupResponse.json) ==== */

/* SyncGroupResponse */
typedef struct rmq_SyncGroupResponse {
    int32_t throttle_time_ms; /* v1-5: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-5: The error code, or 0 if there was no error. */
    rmq_kw_str_t protocol_type; /* v5, nullable v5, default null: The group protocol type. */
    rmq_kw_str_t protocol_name; /* v5, nullable v5, default null: The group protocol name. */
    rmq_kw_bytes_t assignment; /* v0-5: The member assignment. */
} rmq_SyncGroupResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_SyncGroupResponse_init(rmq_SyncGroupResponse_t *v);

/*
 * Decodes a SyncGroupResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_SyncGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_SyncGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SyncGroupResponse_t *in);
extern const rmq_kmsg_desc_t rmq_SyncGroupResponse_desc;

#endif
