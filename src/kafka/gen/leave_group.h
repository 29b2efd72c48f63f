/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka LeaveGroup: message structs and codecs (from LeaveGroupRequest.json, LeaveGroupResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_LEAVE_GROUP_H
#define RMQ_KAFKA_GEN_LEAVE_GROUP_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== LeaveGroupRequest: versions 0-5, flexible 4+ (from LeaveGroupRequest.json) ==== */

/* LeaveGroupRequest.Members[] (versions 3-5) */
typedef struct rmq_LeaveGroupRequest_MemberIdentity {
    rmq_kw_str_t member_id; /* v3-5: The member ID to remove from the group. */
    rmq_kw_str_t group_instance_id; /* v3-5, nullable v3-5, default null: The group instance ID to remove from the group. */
    rmq_kw_str_t reason; /* v5, nullable v5, default null: The reason why the member left the group. */
} rmq_LeaveGroupRequest_MemberIdentity_t;

/* LeaveGroupRequest */
typedef struct rmq_LeaveGroupRequest {
    rmq_kw_str_t group_id; /* v0-5: The ID of the group to leave. */
    rmq_kw_str_t member_id; /* v0-2: The member ID to remove from the group. */
    rmq_LeaveGroupRequest_MemberIdentity_t *members; /* v3-5: List of leaving member identities. */
    int32_t members_count; /* items in members; -1: null */
} rmq_LeaveGroupRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_LeaveGroupRequest_MemberIdentity_init(rmq_LeaveGroupRequest_MemberIdentity_t *v);
void rmq_LeaveGroupRequest_init(rmq_LeaveGroupRequest_t *v);

/*
 * Decodes a LeaveGroupRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_LeaveGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_LeaveGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_LeaveGroupRequest_t *in);
extern const rmq_kmsg_desc_t rmq_LeaveGroupRequest_desc;

/* ==== LeaveGroupResponse: versions 0-5, flexible 4+ (from LeaveGroupResponse.json) ==== */

/* LeaveGroupResponse.Members[] (versions 3-5) */
typedef struct rmq_LeaveGroupResponse_MemberResponse {
    rmq_kw_str_t member_id; /* v3-5: The member ID to remove from the group. */
    rmq_kw_str_t group_instance_id; /* v3-5, nullable v3-5: The group instance ID to remove from the group. */
    int16_t error_code; /* v3-5: The error code, or 0 if there was no error. */
} rmq_LeaveGroupResponse_MemberResponse_t;

/* LeaveGroupResponse */
typedef struct rmq_LeaveGroupResponse {
    int32_t throttle_time_ms; /* v1-5: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-5: The error code, or 0 if there was no error. */
    rmq_LeaveGroupResponse_MemberResponse_t *members; /* v3-5: List of leaving member responses. */
    int32_t members_count; /* items in members; -1: null */
} rmq_LeaveGroupResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_LeaveGroupResponse_MemberResponse_init(rmq_LeaveGroupResponse_MemberResponse_t *v);
void rmq_LeaveGroupResponse_init(rmq_LeaveGroupResponse_t *v);

/*
 * Decodes a LeaveGroupResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_LeaveGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_LeaveGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_LeaveGroupResponse_t *in);
extern const rmq_kmsg_desc_t rmq_LeaveGroupResponse_desc;

#endif
