/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DescribeAcls: message structs and codecs (from DescribeAclsRequest.json, DescribeAclsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DESCRIBE_ACLS_H
#define RMQ_KAFKA_GEN_DESCRIBE_ACLS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DescribeAclsRequest: versions 0-3, flexible 2+ (from DescribeAclsRequest.json) ==== */

/* DescribeAclsRequest */
typedef struct rmq_DescribeAclsRequest {
    int8_t resource_type_filter; /* v0-3: The resource type. */
    rmq_kw_str_t resource_name_filter; /* v0-3, nullable v0-3: The resource name, or null to match any resource name. */
    int8_t pattern_type_filter; /* v1-3, default 3: The resource pattern to match. */
    rmq_kw_str_t principal_filter; /* v0-3, nullable v0-3: The principal to match, or null to match any principal. */
    rmq_kw_str_t host_filter; /* v0-3, nullable v0-3: The host to match, or null to match any host. */
    int8_t operation; /* v0-3: The operation to match. */
    int8_t permission_type; /* v0-3: The permission type to match. */
} rmq_DescribeAclsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeAclsRequest_init(rmq_DescribeAclsRequest_t *v);

/*
 * Decodes a DescribeAclsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_DescribeAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeAclsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeAclsRequest_desc;

/* ==== DescribeAclsResponse: versions 0-3, flexible 2+ (from DescribeAclsResponse.json) ==== */

/* DescribeAclsResponse.Resources[].Acls[] (versions 0-3) */
typedef struct rmq_DescribeAclsResponse_AclDescription {
    rmq_kw_str_t principal; /* v0-3: The ACL principal. */
    rmq_kw_str_t host; /* v0-3: The ACL host. */
    int8_t operation; /* v0-3: The ACL operation. */
    int8_t permission_type; /* v0-3: The ACL permission type. */
} rmq_DescribeAclsResponse_AclDescription_t;

/* DescribeAclsResponse.Resources[] (versions 0-3) */
typedef struct rmq_DescribeAclsResponse_DescribeAclsResource {
    int8_t resource_type; /* v0-3: The resource type. */
    rmq_kw_str_t resource_name; /* v0-3: The resource name. */
    int8_t pattern_type; /* v1-3, default 3: The resource pattern type. */
    rmq_DescribeAclsResponse_AclDescription_t *acls; /* v0-3: The ACLs. */
    int32_t acls_count; /* items in acls; -1: null */
} rmq_DescribeAclsResponse_DescribeAclsResource_t;

/* DescribeAclsResponse */
typedef struct rmq_DescribeAclsResponse {
    int32_t throttle_time_ms; /* v0-3: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-3: The error code, or 0 if there was no error. */
    rmq_kw_str_t error_message; /* v0-3, nullable v0-3: The error message, or null if there was no error. */
    rmq_DescribeAclsResponse_DescribeAclsResource_t *resources; /* v0-3: Each Resource that is referenced in an ACL. */
    int32_t resources_count; /* items in resources; -1: null */
} rmq_DescribeAclsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeAclsResponse_AclDescription_init(rmq_DescribeAclsResponse_AclDescription_t *v);
void rmq_DescribeAclsResponse_DescribeAclsResource_init(rmq_DescribeAclsResponse_DescribeAclsResource_t *v);
void rmq_DescribeAclsResponse_init(rmq_DescribeAclsResponse_t *v);

/*
 * Decodes a DescribeAclsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_DescribeAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeAclsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeAclsResponse_desc;

#endif
