/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DescribeConfigs: message structs and codecs (from DescribeConfigsRequest.json, DescribeConfigsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DESCRIBE_CONFIGS_H
#define RMQ_KAFKA_GEN_DESCRIBE_CONFIGS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DescribeConfigsRequest: versions 0-4, flexible 4+ (from DescribeConfigsRequest.json) ==== */

/* DescribeConfigsRequest.Resources[] (versions 0-4) */
typedef struct rmq_DescribeConfigsRequest_DescribeConfigsResource {
    int8_t resource_type; /* v0-4: The resource type. */
    rmq_kw_str_t resource_name; /* v0-4: The resource name. */
    rmq_kw_str_t *configuration_keys; /* v0-4, nullable v0-4: The configuration keys to list, or null to list all configuration keys. */
    int32_t configuration_keys_count; /* items in configuration_keys; -1: null */
} rmq_DescribeConfigsRequest_DescribeConfigsResource_t;

/* DescribeConfigsRequest */
typedef struct rmq_DescribeConfigsRequest {
    rmq_DescribeConfigsRequest_DescribeConfigsResource_t *resources; /* v0-4: The resources whose configurations we want to describe. */
    int32_t resources_count; /* items in resources; -1: null */
    bool include_synonyms; /* v1-4, default false: True if we should include all synonyms. */
    bool include_documentation; /* v3-4, default false: True if we should include configuration documentation. */
} rmq_DescribeConfigsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeConfigsRequest_DescribeConfigsResource_init(rmq_DescribeConfigsRequest_DescribeConfigsResource_t *v);
void rmq_DescribeConfigsRequest_init(rmq_DescribeConfigsRequest_t *v);

/*
 * Decodes a DescribeConfigsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_DescribeConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeConfigsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeConfigsRequest_desc;

/* ==== DescribeConfigsResponse: versions 0-4, flexible 4+ (from DescribeConfigsResponse.json) ==== */

/* DescribeConfigsResponse.Results[].Configs[].Synonyms[] (versions 1-4) */
typedef struct rmq_DescribeConfigsResponse_DescribeConfigsSynonym {
    rmq_kw_str_t name; /* v1-4: The synonym name. */
    rmq_kw_str_t value; /* v1-4, nullable v1-4: The synonym value. */
    int8_t source; /* v1-4: The synonym source. */
} rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t;

/* DescribeConfigsResponse.Results[].Configs[] (versions 0-4) */
typedef struct rmq_DescribeConfigsResponse_DescribeConfigsResourceResult {
    rmq_kw_str_t name; /* v0-4: The configuration name. */
    rmq_kw_str_t value; /* v0-4, nullable v0-4: The configuration value. */
    bool read_only; /* v0-4: True if the configuration is read-only. */
    bool is_default; /* v0: True if the configuration is not set. */
    int8_t config_source; /* v1-4, default -1: The configuration source. */
    bool is_sensitive; /* v0-4: True if this configuration is sensitive. */
    rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *synonyms; /* v1-4: The synonyms for this configuration key. */
    int32_t synonyms_count; /* items in synonyms; -1: null */
    int8_t config_type; /* v3-4, default 0: The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD */
    rmq_kw_str_t documentation; /* v3-4, nullable v3-4: The configuration documentation. */
} rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t;

/* DescribeConfigsResponse.Results[] (versions 0-4) */
typedef struct rmq_DescribeConfigsResponse_DescribeConfigsResult {
    int16_t error_code; /* v0-4: The error code, or 0 if we were able to successfully describe the configurations. */
    rmq_kw_str_t error_message; /* v0-4, nullable v0-4: The error message, or null if we were able to successfully describe the configurations. */
    int8_t resource_type; /* v0-4: The resource type. */
    rmq_kw_str_t resource_name; /* v0-4: The resource name. */
    rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *configs; /* v0-4: Each listed configuration. */
    int32_t configs_count; /* items in configs; -1: null */
} rmq_DescribeConfigsResponse_DescribeConfigsResult_t;

/* DescribeConfigsResponse */
typedef struct rmq_DescribeConfigsResponse {
    int32_t throttle_time_ms; /* v0-4: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DescribeConfigsResponse_DescribeConfigsResult_t *results; /* v0-4: The results for each resource. */
    int32_t results_count; /* items in results; -1: null */
} rmq_DescribeConfigsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeConfigsResponse_DescribeConfigsSynonym_init(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *v);
void rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_init(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *v);
void rmq_DescribeConfigsResponse_DescribeConfigsResult_init(rmq_DescribeConfigsResponse_DescribeConfigsResult_t *v);
void rmq_DescribeConfigsResponse_init(rmq_DescribeConfigsResponse_t *v);

/*
 * Decodes a DescribeConfigsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_DescribeConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeConfigsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeConfigsResponse_desc;

#endif
