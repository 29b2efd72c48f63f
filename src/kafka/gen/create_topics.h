/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka CreateTopics: message structs and codecs (from CreateTopicsRequest.json, CreateTopicsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_CREATE_TOPICS_H
#define RMQ_KAFKA_GEN_CREATE_TOPICS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== CreateTopicsRequest: versions 0-7, flexible 5+ (from CreateTopicsRequest.json) ==== */

/* CreateTopicsRequest.Topics[].Assignments[] (versions 0-7) */
typedef struct rmq_CreateTopicsRequest_CreatableReplicaAssignment {
    int32_t partition_index; /* v0-7: The partition index. */
    int32_t *broker_ids; /* v0-7: The brokers to place the partition on. */
    int32_t broker_ids_count; /* items in broker_ids; -1: null */
} rmq_CreateTopicsRequest_CreatableReplicaAssignment_t;

/* CreateTopicsRequest.Topics[].Configs[] (versions 0-7) */
typedef struct rmq_CreateTopicsRequest_CreatableTopicConfig {
    rmq_kw_str_t name; /* v0-7: The configuration name. */
    rmq_kw_str_t value; /* v0-7, nullable v0-7: The configuration value. */
} rmq_CreateTopicsRequest_CreatableTopicConfig_t;

/* CreateTopicsRequest.Topics[] (versions 0-7) */
typedef struct rmq_CreateTopicsRequest_CreatableTopic {
    rmq_kw_str_t name; /* v0-7: The topic name. */
    int32_t num_partitions; /* v0-7: The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions. */
    int16_t replication_factor; /* v0-7: The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor. */
    rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *assignments; /* v0-7: The manual partition assignment, or the empty array if we are using automatic assignment. */
    int32_t assignments_count; /* items in assignments; -1: null */
    rmq_CreateTopicsRequest_CreatableTopicConfig_t *configs; /* v0-7: The custom topic configurations to set. */
    int32_t configs_count; /* items in configs; -1: null */
} rmq_CreateTopicsRequest_CreatableTopic_t;

/* CreateTopicsRequest */
typedef struct rmq_CreateTopicsRequest {
    rmq_CreateTopicsRequest_CreatableTopic_t *topics; /* v0-7: The topics to create. */
    int32_t topics_count; /* items in topics; -1: null */
    int32_t timeout_ms; /* v0-7, default 60000: How long to wait in milliseconds before timing out the request. */
    bool validate_only; /* v1-7, default false: If true, check that the topics can be created as specified, but don't create anything. */
} rmq_CreateTopicsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreateTopicsRequest_CreatableReplicaAssignment_init(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *v);
void rmq_CreateTopicsRequest_CreatableTopicConfig_init(rmq_CreateTopicsRequest_CreatableTopicConfig_t *v);
void rmq_CreateTopicsRequest_CreatableTopic_init(rmq_CreateTopicsRequest_CreatableTopic_t *v);
void rmq_CreateTopicsRequest_init(rmq_CreateTopicsRequest_t *v);

/*
 * Decodes a CreateTopicsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-7.
 */
int rmq_CreateTopicsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-7, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreateTopicsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateTopicsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_CreateTopicsRequest_desc;

/* ==== CreateTopicsResponse: versions 0-7, flexible 5+ (from CreateTopicsResponse.json) ==== */

/* CreateTopicsResponse.Topics[].Configs[] (versions 5-7) */
typedef struct rmq_CreateTopicsResponse_CreatableTopicConfigs {
    rmq_kw_str_t name; /* v5-7: The configuration name. */
    rmq_kw_str_t value; /* v5-7, nullable v5-7: The configuration value. */
    bool read_only; /* v5-7: True if the configuration is read-only. */
    int8_t config_source; /* v5-7, default -1: The configuration source. */
    bool is_sensitive; /* v5-7: True if this configuration is sensitive. */
} rmq_CreateTopicsResponse_CreatableTopicConfigs_t;

/* CreateTopicsResponse.Topics[] (versions 0-7) */
typedef struct rmq_CreateTopicsResponse_CreatableTopicResult {
    rmq_kw_str_t name; /* v0-7: The topic name. */
    rmq_kw_uuid_t topic_id; /* v7: The unique topic ID */
    int16_t error_code; /* v0-7: The error code, or 0 if there was no error. */
    rmq_kw_str_t error_message; /* v1-7, nullable v1-7: The error message, or null if there was no error. */
    int16_t topic_config_error_code; /* v5-7, tag 0 v5-7: Optional topic config error returned if configs are not returned in the response. */
    int32_t num_partitions; /* v5-7, default -1: Number of partitions of the topic. */
    int16_t replication_factor; /* v5-7, default -1: Replication factor of the topic. */
    rmq_CreateTopicsResponse_CreatableTopicConfigs_t *configs; /* v5-7, nullable v5-7: Configuration of the topic. */
    int32_t configs_count; /* items in configs; -1: null */
} rmq_CreateTopicsResponse_CreatableTopicResult_t;

/* CreateTopicsResponse */
typedef struct rmq_CreateTopicsResponse {
    int32_t throttle_time_ms; /* v2-7: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_CreateTopicsResponse_CreatableTopicResult_t *topics; /* v0-7: Results for each topic we tried to create. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_CreateTopicsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreateTopicsResponse_CreatableTopicConfigs_init(rmq_CreateTopicsResponse_CreatableTopicConfigs_t *v);
void rmq_CreateTopicsResponse_CreatableTopicResult_init(rmq_CreateTopicsResponse_CreatableTopicResult_t *v);
void rmq_CreateTopicsResponse_init(rmq_CreateTopicsResponse_t *v);

/*
 * Decodes a CreateTopicsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-7.
 */
int rmq_CreateTopicsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-7, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreateTopicsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateTopicsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_CreateTopicsResponse_desc;

#endif
