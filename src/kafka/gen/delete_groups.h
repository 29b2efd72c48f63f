/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DeleteGroups: message structs and codecs (from DeleteGroupsRequest.json, DeleteGroupsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DELETE_GROUPS_H
#define RMQ_KAFKA_GEN_DELETE_GROUPS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DeleteGroupsRequest: versions 0-2, flexible 2+ (from DeleteGroupsRequest.json) ==== */

/* DeleteGroupsRequest */
typedef struct rmq_DeleteGroupsRequest {
    rmq_kw_str_t *groups_names; /* v0-2: The group names to delete. */
    int32_t groups_names_count; /* items in groups_names; -1: null */
} rmq_DeleteGroupsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteGroupsRequest_init(rmq_DeleteGroupsRequest_t *v);

/*
 * Decodes a DeleteGroupsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_DeleteGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteGroupsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteGroupsRequest_desc;

/* ==== DeleteGroupsResponse: versions 0-2, flexible 2+ (from DeleteGroupsResponse.json) ==== */

/* DeleteGroupsResponse.Results[] (versions 0-2) */
typedef struct rmq_DeleteGroupsResponse_DeletableGroupResult {
    rmq_kw_str_t group_id; /* v0-2: The group id */
    int16_t error_code; /* v0-2: The deletion error, or 0 if the deletion succeeded. */
} rmq_DeleteGroupsResponse_DeletableGroupResult_t;

/* DeleteGroupsResponse */
typedef struct rmq_DeleteGroupsResponse {
    int32_t throttle_time_ms; /* v0-2: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DeleteGroupsResponse_DeletableGroupResult_t *results; /* v0-2: The deletion results */
    int32_t results_count; /* items in results; -1: null */
} rmq_DeleteGroupsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteGroupsResponse_DeletableGroupResult_init(rmq_DeleteGroupsResponse_DeletableGroupResult_t *v);
void rmq_DeleteGroupsResponse_init(rmq_DeleteGroupsResponse_t *v);

/*
 * Decodes a DeleteGroupsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_DeleteGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteGroupsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteGroupsResponse_desc;

#endif
