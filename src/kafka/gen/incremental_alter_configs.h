/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka IncrementalAlterConfigs: message structs and codecs (from IncrementalAlterConfigsRequest.json, IncrementalAlterConfigsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_INCREMENTAL_ALTER_CONFIGS_H
#define RMQ_KAFKA_GEN_INCREMENTAL_ALTER_CONFIGS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== IncrementalAlterConfigsRequest: versions 0-1, flexible 1+ (from IncrementalAlterConfigsRequest.json) ==== */

/* IncrementalAlterConfigsRequest.Resources[].Configs[] (versions 0-1) */
typedef struct rmq_IncrementalAlterConfigsRequest_AlterableConfig {
    rmq_kw_str_t name; /* v0-1: The configuration key name. */
    int8_t config_operation; /* v0-1: The type (Set, Delete, Append, Subtract) of operation. */
    rmq_kw_str_t value; /* v0-1, nullable v0-1: The value to set for the configuration key. */
} rmq_IncrementalAlterConfigsRequest_AlterableConfig_t;

/* IncrementalAlterConfigsRequest.Resources[] (versions 0-1) */
typedef struct rmq_IncrementalAlterConfigsRequest_AlterConfigsResource {
    int8_t resource_type; /* v0-1: The resource type. */
    rmq_kw_str_t resource_name; /* v0-1: The resource name. */
    rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *configs; /* v0-1: The configurations. */
    int32_t configs_count; /* items in configs; -1: null */
} rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t;

/* IncrementalAlterConfigsRequest */
typedef struct rmq_IncrementalAlterConfigsRequest {
    rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *resources; /* v0-1: The incremental updates for each resource. */
    int32_t resources_count; /* items in resources; -1: null */
    bool validate_only; /* v0-1: True if we should validate the request, but not change the configurations. */
} rmq_IncrementalAlterConfigsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_IncrementalAlterConfigsRequest_AlterableConfig_init(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *v);
void rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_init(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *v);
void rmq_IncrementalAlterConfigsRequest_init(rmq_IncrementalAlterConfigsRequest_t *v);

/*
 * Decodes a IncrementalAlterConfigsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_IncrementalAlterConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_IncrementalAlterConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_IncrementalAlterConfigsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_IncrementalAlterConfigsRequest_desc;

/* ==== IncrementalAlterConfigsResponse: versions 0-1, flexible 1+ (from IncrementalAlterConfigsResponse.json) ==== */

/* IncrementalAlterConfigsResponse.Responses[] (versions 0-1) */
typedef struct rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse {
    int16_t error_code; /* v0-1: The resource error code. */
    rmq_kw_str_t error_message; /* v0-1, nullable v0-1: The resource error message, or null if there was no error. */
    int8_t resource_type; /* v0-1: The resource type. */
    rmq_kw_str_t resource_name; /* v0-1: The resource name. */
} rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t;

/* IncrementalAlterConfigsResponse */
typedef struct rmq_IncrementalAlterConfigsResponse {
    int32_t throttle_time_ms; /* v0-1: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *responses; /* v0-1: The responses for each resource. */
    int32_t responses_count; /* items in responses; -1: null */
} rmq_IncrementalAlterConfigsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_init(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *v);
void rmq_IncrementalAlterConfigsResponse_init(rmq_IncrementalAlterConfigsResponse_t *v);

/*
 * Decodes a IncrementalAlterConfigsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_IncrementalAlterConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_IncrementalAlterConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_IncrementalAlterConfigsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_IncrementalAlterConfigsResponse_desc;

#endif
