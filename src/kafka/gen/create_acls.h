/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka CreateAcls: message structs and codecs (from CreateAclsRequest.json, CreateAclsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_CREATE_ACLS_H
#define RMQ_KAFKA_GEN_CREATE_ACLS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== CreateAclsRequest: versions 0-3, flexible 2+ (from CreateAclsRequest.json) ==== */

/* CreateAclsRequest.Creations[] (versions 0-3) */
typedef struct rmq_CreateAclsRequest_AclCreation {
    int8_t resource_type; /* v0-3: The type of the resource. */
    rmq_kw_str_t resource_name; /* v0-3: The resource name for the ACL. */
    int8_t resource_pattern_type; /* v1-3, default 3: The pattern type for the ACL. */
    rmq_kw_str_t principal; /* v0-3: The principal for the ACL. */
    rmq_kw_str_t host; /* v0-3: The host for the ACL. */
    int8_t operation; /* v0-3: The operation type for the ACL (read, write, etc.). */
    int8_t permission_type; /* v0-3: The permission type for the ACL (allow, deny, etc.). */
} rmq_CreateAclsRequest_AclCreation_t;

/* CreateAclsRequest */
typedef struct rmq_CreateAclsRequest {
    rmq_CreateAclsRequest_AclCreation_t *creations; /* v0-3: The ACLs that we want to create. */
    int32_t creations_count; /* items in creations; -1: null */
} rmq_CreateAclsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreateAclsRequest_AclCreation_init(rmq_CreateAclsRequest_AclCreation_t *v);
void rmq_CreateAclsRequest_init(rmq_CreateAclsRequest_t *v);

/*
 * Decodes a CreateAclsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_CreateAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreateAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateAclsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_CreateAclsRequest_desc;

/* ==== CreateAclsResponse: versions 0-3, flexible 2+ (from CreateAclsResponse.json) ==== */

/* CreateAclsResponse.Results[] (versions 0-3) */
typedef struct rmq_CreateAclsResponse_AclCreationResult {
    int16_t error_code; /* v0-3: The result error, or zero if there was no error. */
    rmq_kw_str_t error_message; /* v0-3, nullable v0-3: The result message, or null if there was no error. */
} rmq_CreateAclsResponse_AclCreationResult_t;

/* CreateAclsResponse */
typedef struct rmq_CreateAclsResponse {
    int32_t throttle_time_ms; /* v0-3: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_CreateAclsResponse_AclCreationResult_t *results; /* v0-3: The results for each ACL creation. */
    int32_t results_count; /* items in results; -1: null */
} rmq_CreateAclsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreateAclsResponse_AclCreationResult_init(rmq_CreateAclsResponse_AclCreationResult_t *v);
void rmq_CreateAclsResponse_init(rmq_CreateAclsResponse_t *v);

/*
 * Decodes a CreateAclsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_CreateAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreateAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateAclsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_CreateAclsResponse_desc;

#endif
