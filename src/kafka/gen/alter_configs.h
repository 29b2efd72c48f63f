/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka AlterConfigs: message structs and codecs (from AlterConfigsRequest.json, AlterConfigsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_ALTER_CONFIGS_H
#define RMQ_KAFKA_GEN_ALTER_CONFIGS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== AlterConfigsRequest: versions 0-2, flexible 2+ (from AlterConfigsRequest.json) ==== */

/* AlterConfigsRequest.Resources[].Configs[] (versions 0-2) */
typedef struct rmq_AlterConfigsRequest_AlterableConfig {
    rmq_kw_str_t name; /* v0-2: The configuration key name. */
    rmq_kw_str_t value; /* v0-2, nullable v0-2: The value to set for the configuration key. */
} rmq_AlterConfigsRequest_AlterableConfig_t;

/* AlterConfigsRequest.Resources[] (versions 0-2) */
typedef struct rmq_AlterConfigsRequest_AlterConfigsResource {
    int8_t resource_type; /* v0-2: The resource type. */
    rmq_kw_str_t resource_name; /* v0-2: The resource name. */
    rmq_AlterConfigsRequest_AlterableConfig_t *configs; /* v0-2: The configurations. */
    int32_t configs_count; /* items in configs; -1: null */
} rmq_AlterConfigsRequest_AlterConfigsResource_t;

/* AlterConfigsRequest */
typedef struct rmq_AlterConfigsRequest {
    rmq_AlterConfigsRequest_AlterConfigsResource_t *resources; /* v0-2: The updates for each resource. */
    int32_t resources_count; /* items in resources; -1: null */
    bool validate_only; /* v0-2: True if we should validate the request, but not change the configurations. */
} rmq_AlterConfigsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_AlterConfigsRequest_AlterableConfig_init(rmq_AlterConfigsRequest_AlterableConfig_t *v);
void rmq_AlterConfigsRequest_AlterConfigsResource_init(rmq_AlterConfigsRequest_AlterConfigsResource_t *v);
void rmq_AlterConfigsRequest_init(rmq_AlterConfigsRequest_t *v);

/*
 * Decodes a AlterConfigsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_AlterConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_AlterConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterConfigsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_AlterConfigsRequest_desc;

/* ==== AlterConfigsResponse: versions 0-2, flexible 2+ (from AlterConfigsResponse.json) ==== */

/* AlterConfigsResponse.Responses[] (versions 0-2) */
typedef struct rmq_AlterConfigsResponse_AlterConfigsResourceResponse {
    int16_t error_code; /* v0-2: The resource error code. */
    rmq_kw_str_t error_message; /* v0-2, nullable v0-2: The resource error message, or null if there was no error. */
    int8_t resource_type; /* v0-2: The resource type. */
    rmq_kw_str_t resource_name; /* v0-2: The resource name. */
} rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t;

/* AlterConfigsResponse */
typedef struct rmq_AlterConfigsResponse {
    int32_t throttle_time_ms; /* v0-2: Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *responses; /* v0-2: The responses for each resource. */
    int32_t responses_count; /* items in responses; -1: null */
} rmq_AlterConfigsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_AlterConfigsResponse_AlterConfigsResourceResponse_init(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *v);
void rmq_AlterConfigsResponse_init(rmq_AlterConfigsResponse_t *v);

/*
 * Decodes a AlterConfigsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_AlterConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_AlterConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterConfigsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_AlterConfigsResponse_desc;

#endif
