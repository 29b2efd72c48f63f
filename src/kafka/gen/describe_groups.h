/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DescribeGroups: message structs and codecs (from DescribeGroupsRequest.json, DescribeGroupsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DESCRIBE_GROUPS_H
#define RMQ_KAFKA_GEN_DESCRIBE_GROUPS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DescribeGroupsRequest: versions 0-5, flexible 5+ (from DescribeGroupsRequest.json) ==== */

/* DescribeGroupsRequest */
typedef struct rmq_DescribeGroupsRequest {
    rmq_kw_str_t *groups; /* v0-5: The names of the groups to describe */
    int32_t groups_count; /* items in groups; -1: null */
    bool include_authorized_operations; /* v3-5: Whether to include authorized operations. */
} rmq_DescribeGroupsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeGroupsRequest_init(rmq_DescribeGroupsRequest_t *v);

/*
 * Decodes a DescribeGroupsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_DescribeGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeGroupsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeGroupsRequest_desc;

/* ==== DescribeGroupsResponse: versions 0-5, flexible 5+ (from DescribeGroupsResponse.json) ==== */

/* DescribeGroupsResponse.Groups[].Members[] (versions 0-5) */
typedef struct rmq_DescribeGroupsResponse_DescribedGroupMember {
    rmq_kw_str_t member_id; /* v0-5: The member ID assigned by the group coordinator. */
    rmq_kw_str_t group_instance_id; /* v4-5, nullable v4-5, default null: The unique identifier of the consumer instance provided by end user. */
    rmq_kw_str_t client_id; /* v0-5: The client ID used in the member's latest join group request. */
    rmq_kw_str_t client_host; /* v0-5: The client host. */
    rmq_kw_bytes_t member_metadata; /* v0-5: The metadata corresponding to the current group protocol in use. */
    rmq_kw_bytes_t member_assignment; /* v0-5: The current assignment provided by the group leader. */
} rmq_DescribeGroupsResponse_DescribedGroupMember_t;

/* DescribeGroupsResponse.Groups[] (versions 0-5) */
typedef struct rmq_DescribeGroupsResponse_DescribedGroup {
    int16_t error_code; /* v0-5: The describe error, or 0 if there was no error. */
    rmq_kw_str_t group_id; /* v0-5: The group ID string. */
    rmq_kw_str_t group_state; /* v0-5: The group state string, or the empty string. */
    rmq_kw_str_t protocol_type; /* v0-5: The group protocol type, or the empty string. */
    rmq_kw_str_t protocol_data; /* v0-5: The group protocol data, or the empty string. */
    rmq_DescribeGroupsResponse_DescribedGroupMember_t *members; /* v0-5: The group members. */
    int32_t members_count; /* items in members; -1: null */
    int32_t authorized_operations; /* v3-5, default -2147483648: 32-bit bitfield to represent authorized operations for this group. */
} rmq_DescribeGroupsResponse_DescribedGroup_t;

/* DescribeGroupsResponse */
typedef struct rmq_DescribeGroupsResponse {
    int32_t throttle_time_ms; /* v1-5: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DescribeGroupsResponse_DescribedGroup_t *groups; /* v0-5: Each described group. */
    int32_t groups_count; /* items in groups; -1: null */
} rmq_DescribeGroupsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeGroupsResponse_DescribedGroupMember_init(rmq_DescribeGroupsResponse_DescribedGroupMember_t *v);
void rmq_DescribeGroupsResponse_DescribedGroup_init(rmq_DescribeGroupsResponse_DescribedGroup_t *v);
void rmq_DescribeGroupsResponse_init(rmq_DescribeGroupsResponse_t *v);

/*
 * Decodes a DescribeGroupsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_DescribeGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeGroupsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeGroupsResponse_desc;

#endif
