/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DeleteAcls: message structs and codecs (from DeleteAclsRequest.json, DeleteAclsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DELETE_ACLS_H
#define RMQ_KAFKA_GEN_DELETE_ACLS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DeleteAclsRequest: versions 0-3, flexible 2+ (from DeleteAclsRequest.json) ==== */

/* DeleteAclsRequest.Filters[] (versions 0-3) */
typedef struct rmq_DeleteAclsRequest_DeleteAclsFilter {
    int8_t resource_type_filter; /* v0-3: The resource type. */
    rmq_kw_str_t resource_name_filter; /* v0-3, nullable v0-3: The resource name. */
    int8_t pattern_type_filter; /* v1-3, default 3: The pattern type. */
    rmq_kw_str_t principal_filter; /* v0-3, nullable v0-3: The principal filter, or null to accept all principals. */
    rmq_kw_str_t host_filter; /* v0-3, nullable v0-3: The host filter, or null to accept all hosts. */
    int8_t operation; /* v0-3: The ACL operation. */
    int8_t permission_type; /* v0-3: The permission type. */
} rmq_DeleteAclsRequest_DeleteAclsFilter_t;

/* DeleteAclsRequest */
typedef struct rmq_DeleteAclsRequest {
    rmq_DeleteAclsRequest_DeleteAclsFilter_t *filters; /* v0-3: The filters to use when deleting ACLs. */
    int32_t filters_count; /* items in filters; -1: null */
} rmq_DeleteAclsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteAclsRequest_DeleteAclsFilter_init(rmq_DeleteAclsRequest_DeleteAclsFilter_t *v);
void rmq_DeleteAclsRequest_init(rmq_DeleteAclsRequest_t *v);

/*
 * Decodes a DeleteAclsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_DeleteAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteAclsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteAclsRequest_desc;

/* ==== DeleteAclsResponse: versions 0-3, flexible 2+ (from DeleteAclsResponse.json) ==== */

/* DeleteAclsResponse.FilterResults[].MatchingAcls[] (versions 0-3) */
typedef struct rmq_DeleteAclsResponse_DeleteAclsMatchingAcl {
    int16_t error_code; /* v0-3: The deletion error code, or 0 if the deletion succeeded. */
    rmq_kw_str_t error_message; /* v0-3, nullable v0-3: The deletion error message, or null if the deletion succeeded. */
    int8_t resource_type; /* v0-3: The ACL resource type. */
    rmq_kw_str_t resource_name; /* v0-3: The ACL resource name. */
    int8_t pattern_type; /* v1-3, default 3: The ACL resource pattern type. */
    rmq_kw_str_t principal; /* v0-3: The ACL principal. */
    rmq_kw_str_t host; /* v0-3: The ACL host. */
    int8_t operation; /* v0-3: The ACL operation. */
    int8_t permission_type; /* v0-3: The ACL permission type. */
} rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t;

/* DeleteAclsResponse.FilterResults[] (versions 0-3) */
typedef struct rmq_DeleteAclsResponse_DeleteAclsFilterResult {
    int16_t error_code; /* v0-3: The error code, or 0 if the filter succeeded. */
    rmq_kw_str_t error_message; /* v0-3, nullable v0-3: The error message, or null if the filter succeeded. */
    rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *matching_acls; /* v0-3: The ACLs which matched this filter. */
    int32_t matching_acls_count; /* items in matching_acls; -1: null */
} rmq_DeleteAclsResponse_DeleteAclsFilterResult_t;

/* DeleteAclsResponse */
typedef struct rmq_DeleteAclsResponse {
    int32_t throttle_time_ms; /* v0-3: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *filter_results; /* v0-3: The results for each filter. */
    int32_t filter_results_count; /* items in filter_results; -1: null */
} rmq_DeleteAclsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_init(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *v);
void rmq_DeleteAclsResponse_DeleteAclsFilterResult_init(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *v);
void rmq_DeleteAclsResponse_init(rmq_DeleteAclsResponse_t *v);

/*
 * Decodes a DeleteAclsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_DeleteAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteAclsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteAclsResponse_desc;

#endif
