/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka ListGroups: message structs and codecs (from ListGroupsRequest.json, ListGroupsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_LIST_GROUPS_H
#define RMQ_KAFKA_GEN_LIST_GROUPS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== ListGroupsRequest: versions 0-5, flexible 3+ (from ListGroupsRequest.json) ==== */

/* ListGroupsRequest */
typedef struct rmq_ListGroupsRequest {
    rmq_kw_str_t *states_filter; /* v4-5: The states of the groups we want to list. If empty, all groups are returned with their state. */
    int32_t states_filter_count; /* items in states_filter; -1: null */
    rmq_kw_str_t *types_filter; /* v5: The types of the groups we want to list. If empty, all groups are returned with their type. */
    int32_t types_filter_count; /* items in types_filter; -1: null */
} rmq_ListGroupsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ListGroupsRequest_init(rmq_ListGroupsRequest_t *v);

/*
 * Decodes a ListGroupsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_ListGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ListGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListGroupsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_ListGroupsRequest_desc;

/* ==== ListGroupsResponse: versions 0-5, flexible 3+ (from ListGroupsResponse.json) ==== */

/* ListGroupsResponse.Groups[] (versions 0-5) */
typedef struct rmq_ListGroupsResponse_ListedGroup {
    rmq_kw_str_t group_id; /* v0-5: The group ID. */
    rmq_kw_str_t protocol_type; /* v0-5: The group protocol type. */
    rmq_kw_str_t group_state; /* v4-5: The group state name. */
    rmq_kw_str_t group_type; /* v5: The group type name. */
} rmq_ListGroupsResponse_ListedGroup_t;

/* ListGroupsResponse */
typedef struct rmq_ListGroupsResponse {
    int32_t throttle_time_ms; /* v1-5: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-5: The error code, or 0 if there was no error. */
    rmq_ListGroupsResponse_ListedGroup_t *groups; /* v0-5: Each group in the response. */
    int32_t groups_count; /* items in groups; -1: null */
} rmq_ListGroupsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ListGroupsResponse_ListedGroup_init(rmq_ListGroupsResponse_ListedGroup_t *v);
void rmq_ListGroupsResponse_init(rmq_ListGroupsResponse_t *v);

/*
 * Decodes a ListGroupsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-5.
 */
int rmq_ListGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-5, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ListGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListGroupsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_ListGroupsResponse_desc;

#endif
