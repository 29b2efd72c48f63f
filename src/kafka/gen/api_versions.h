/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka ApiVersions: message structs and codecs (from ApiVersionsRequest.json, ApiVersionsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_API_VERSIONS_H
#define RMQ_KAFKA_GEN_API_VERSIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== ApiVersionsRequest: versions 0-4, flexible 3+ (from ApiVersionsRequest.json) ==== */

/* ApiVersionsRequest */
typedef struct rmq_ApiVersionsRequest {
    rmq_kw_str_t client_software_name; /* v3-4: The name of the client. */
    rmq_kw_str_t client_software_version; /* v3-4: The version of the client. */
} rmq_ApiVersionsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ApiVersionsRequest_init(rmq_ApiVersionsRequest_t *v);

/*
 * Decodes a ApiVersionsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_ApiVersionsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ApiVersionsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ApiVersionsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_ApiVersionsRequest_desc;

/* ==== ApiVersionsResponse: versions 0-4, flexible 3+ (from ApiVersionsResponse.json) ==== */

/* ApiVersionsResponse.ApiKeys[] (versions 0-4) */
typedef struct rmq_ApiVersionsResponse_ApiVersion {
    int16_t api_key; /* v0-4: The API index. */
    int16_t min_version; /* v0-4: The minimum supported version, inclusive. */
    int16_t max_version; /* v0-4: The maximum supported version, inclusive. */
} rmq_ApiVersionsResponse_ApiVersion_t;

/* ApiVersionsResponse.SupportedFeatures[] (versions 3-4) */
typedef struct rmq_ApiVersionsResponse_SupportedFeatureKey {
    rmq_kw_str_t name; /* v3-4: The name of the feature. */
    int16_t min_version; /* v3-4: The minimum supported version for the feature. */
    int16_t max_version; /* v3-4: The maximum supported version for the feature. */
} rmq_ApiVersionsResponse_SupportedFeatureKey_t;

/* ApiVersionsResponse.FinalizedFeatures[] (versions 3-4) */
typedef struct rmq_ApiVersionsResponse_FinalizedFeatureKey {
    rmq_kw_str_t name; /* v3-4: The name of the feature. */
    int16_t max_version_level; /* v3-4: The cluster-wide finalized max version level for the feature. */
    int16_t min_version_level; /* v3-4: The cluster-wide finalized min version level for the feature. */
} rmq_ApiVersionsResponse_FinalizedFeatureKey_t;

/* ApiVersionsResponse */
typedef struct rmq_ApiVersionsResponse {
    int16_t error_code; /* v0-4: The top-level error code. */
    rmq_ApiVersionsResponse_ApiVersion_t *api_keys; /* v0-4: The APIs supported by the broker. */
    int32_t api_keys_count; /* items in api_keys; -1: null */
    int32_t throttle_time_ms; /* v1-4: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_ApiVersionsResponse_SupportedFeatureKey_t *supported_features; /* v3-4, tag 0 v3-4: Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted. */
    int32_t supported_features_count; /* items in supported_features; -1: null */
    int64_t finalized_features_epoch; /* v3-4, tag 1 v3-4, default -1: The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch. */
    rmq_ApiVersionsResponse_FinalizedFeatureKey_t *finalized_features; /* v3-4, tag 2 v3-4: List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0. */
    int32_t finalized_features_count; /* items in finalized_features; -1: null */
    bool zk_migration_ready; /* v3-4, tag 3 v3-4, default false: Set by a KRaft controller if the required configurations for ZK migration are present */
} rmq_ApiVersionsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ApiVersionsResponse_ApiVersion_init(rmq_ApiVersionsResponse_ApiVersion_t *v);
void rmq_ApiVersionsResponse_SupportedFeatureKey_init(rmq_ApiVersionsResponse_SupportedFeatureKey_t *v);
void rmq_ApiVersionsResponse_FinalizedFeatureKey_init(rmq_ApiVersionsResponse_FinalizedFeatureKey_t *v);
void rmq_ApiVersionsResponse_init(rmq_ApiVersionsResponse_t *v);

/*
 * Decodes a ApiVersionsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_ApiVersionsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ApiVersionsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ApiVersionsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_ApiVersionsResponse_desc;

#endif
