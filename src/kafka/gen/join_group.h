/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka JoinGroup: message structs and codecs (from JoinGroupRequest.json, JoinGroupResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_JOIN_GROUP_H
#define RMQ_KAFKA_GEN_JOIN_GROUP_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== JoinGroupRequest: versions 0-9, flexible 6+ (from JoinGroupRequest.json) ==== */

/* JoinGroupRequest.Protocols[] (versions 0-9) */
typedef struct rmq_JoinGroupRequest_JoinGroupRequestProtocol {
    rmq_kw_str_t name; /* v0-9: The protocol name. */
    rmq_kw_bytes_t metadata; /* v0-9: The protocol metadata. */
} rmq_JoinGroupRequest_JoinGroupRequestProtocol_t;

/* JoinGroupRequest */
typedef struct rmq_JoinGroupRequest {
    rmq_kw_str_t group_id; /* v0-9: The group identifier. */
    int32_t session_timeout_ms; /* v0-9: The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds. */
    int32_t rebalance_timeout_ms; /* v1-9, default -1: The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group. */
    rmq_kw_str_t member_id; /* v0-9: The member id assigned by the group coordinator. */
    rmq_kw_str_t group_instance_id; /* v5-9, nullable v5-9, default null: The unique identifier of the consumer instance provided by end user. */
    rmq_kw_str_t protocol_type; /* v0-9: The unique name the for class of protocols implemented by the group we want to join. */
    rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *protocols; /* v0-9: The list of protocols that the member supports. */
    int32_t protocols_count; /* items in protocols; -1: null */
    rmq_kw_str_t reason; /* v8-9, nullable v8-9, default null: The reason why the member (re-)joins the group. */
} rmq_JoinGroupRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_JoinGroupRequest_JoinGroupRequestProtocol_init(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *v);
void rmq_JoinGroupRequest_init(rmq_JoinGroupRequest_t *v);

/*
 * Decodes a JoinGroupRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_JoinGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_JoinGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_JoinGroupRequest_t *in);
extern const rmq_kmsg_desc_t rmq_JoinGroupRequest_desc;

/* ==== JoinGroupResponse: versions 0-9, flexible 6+ (from JoinGroupResponse.json) ==== */

/* JoinGroupResponse.Members[] (versions 0-9) */
typedef struct rmq_JoinGroupResponse_JoinGroupResponseMember {
    rmq_kw_str_t member_id; /* v0-9: The group member ID. */
    rmq_kw_str_t group_instance_id; /* v5-9, nullable v5-9, default null: The unique identifier of the consumer instance provided by end user. */
    rmq_kw_bytes_t metadata; /* v0-9: The group member metadata. */
} rmq_JoinGroupResponse_JoinGroupResponseMember_t;

/* JoinGroupResponse */
typedef struct rmq_JoinGroupResponse {
    int32_t throttle_time_ms; /* v2-9: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-9: The error code, or 0 if there was no error. */
    int32_t generation_id; /* v0-9, default -1: The generation ID of the group. */
    rmq_kw_str_t protocol_type; /* v7-9, nullable v7-9, default null: The group protocol name. */
    rmq_kw_str_t protocol_name; /* v0-9, nullable v7-9: The group protocol selected by the coordinator. */
    rmq_kw_str_t leader; /* v0-9: The leader of the group. */
    bool skip_assignment; /* v9, default false: True if the leader must skip running the assignment. */
    rmq_kw_str_t member_id; /* v0-9: The member ID assigned by the group coordinator. */
    rmq_JoinGroupResponse_JoinGroupResponseMember_t *members; /* v0-9:  */
    int32_t members_count; /* items in members; -1: null */
} rmq_JoinGroupResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_JoinGroupResponse_JoinGroupResponseMember_init(rmq_JoinGroupResponse_JoinGroupResponseMember_t *v);
void rmq_JoinGroupResponse_init(rmq_JoinGroupResponse_t *v);

/*
 * Decodes a JoinGroupResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_JoinGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_JoinGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_JoinGroupResponse_t *in);
extern const rmq_kmsg_desc_t rmq_JoinGroupResponse_desc;

#endif
