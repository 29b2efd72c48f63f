/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka Metadata: message structs and codecs (from MetadataRequest.json, MetadataResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_METADATA_H
#define RMQ_KAFKA_GEN_METADATA_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== MetadataRequest: versions 0-12, flexible 9+ (from MetadataRequest.json) ==== */

/* MetadataRequest.Topics[] (versions 0-12) */
typedef struct rmq_MetadataRequest_MetadataRequestTopic {
    rmq_kw_uuid_t topic_id; /* v10-12: The topic id. */
    rmq_kw_str_t name; /* v0-12, nullable v10-12: The topic name. */
} rmq_MetadataRequest_MetadataRequestTopic_t;

/* MetadataRequest */
typedef struct rmq_MetadataRequest {
    rmq_MetadataRequest_MetadataRequestTopic_t *topics; /* v0-12, nullable v1-12: The topics to fetch metadata for. */
    int32_t topics_count; /* items in topics; -1: null */
    bool allow_auto_topic_creation; /* v4-12, default true: If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so. */
    bool include_cluster_authorized_operations; /* v8-10: Whether to include cluster authorized operations. */
    bool include_topic_authorized_operations; /* v8-12: Whether to include topic authorized operations. */
} rmq_MetadataRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_MetadataRequest_MetadataRequestTopic_init(rmq_MetadataRequest_MetadataRequestTopic_t *v);
void rmq_MetadataRequest_init(rmq_MetadataRequest_t *v);

/*
 * Decodes a MetadataRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-12.
 */
int rmq_MetadataRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-12, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_MetadataRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_MetadataRequest_t *in);
extern const rmq_kmsg_desc_t rmq_MetadataRequest_desc;

/* ==== MetadataResponse: versions 0-12, flexible 9+ (from MetadataResponse.json) ==== */

/* MetadataResponse.Brokers[] (versions 0-12) */
typedef struct rmq_MetadataResponse_MetadataResponseBroker {
    int32_t node_id; /* v0-12: The broker ID. */
    rmq_kw_str_t host; /* v0-12: The broker hostname. */
    int32_t port; /* v0-12: The broker port. */
    rmq_kw_str_t rack; /* v1-12, nullable v1-12, default null: The rack of the broker, or null if it has not been assigned to a rack. */
} rmq_MetadataResponse_MetadataResponseBroker_t;

/* MetadataResponse.Topics[].Partitions[] (versions 0-12) */
typedef struct rmq_MetadataResponse_MetadataResponsePartition {
    int16_t error_code; /* v0-12: The partition error, or 0 if there was no error. */
    int32_t partition_index; /* v0-12: The partition index. */
    int32_t leader_id; /* v0-12: The ID of the leader broker. */
    int32_t leader_epoch; /* v7-12, default -1: The leader epoch of this partition. */
    int32_t *replica_nodes; /* v0-12: The set of all nodes that host this partition. */
    int32_t replica_nodes_count; /* items in replica_nodes; -1: null */
    int32_t *isr_nodes; /* v0-12: The set of nodes that are in sync with the leader for this partition. */
    int32_t isr_nodes_count; /* items in isr_nodes; -1: null */
    int32_t *offline_replicas; /* v5-12: The set of offline replicas of this partition. */
    int32_t offline_replicas_count; /* items in offline_replicas; -1: null */
} rmq_MetadataResponse_MetadataResponsePartition_t;

/* MetadataResponse.Topics[] (versions 0-12) */
typedef struct rmq_MetadataResponse_MetadataResponseTopic {
    int16_t error_code; /* v0-12: The topic error, or 0 if there was no error. */
    rmq_kw_str_t name; /* v0-12, nullable v12: The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated. */
    rmq_kw_uuid_t topic_id; /* v10-12: The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated. */
    bool is_internal; /* v1-12, default false: True if the topic is internal. */
    rmq_MetadataResponse_MetadataResponsePartition_t *partitions; /* v0-12: Each partition in the topic. */
    int32_t partitions_count; /* items in partitions; -1: null */
    int32_t topic_authorized_operations; /* v8-12, default -2147483648: 32-bit bitfield to represent authorized operations for this topic. */
} rmq_MetadataResponse_MetadataResponseTopic_t;

/* MetadataResponse */
typedef struct rmq_MetadataResponse {
    int32_t throttle_time_ms; /* v3-12: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_MetadataResponse_MetadataResponseBroker_t *brokers; /* v0-12: A list of brokers present in the cluster. */
    int32_t brokers_count; /* items in brokers; -1: null */
    rmq_kw_str_t cluster_id; /* v2-12, nullable v2-12, default null: The cluster ID that responding broker belongs to. */
    int32_t controller_id; /* v1-12, default -1: The ID of the controller broker. */
    rmq_MetadataResponse_MetadataResponseTopic_t *topics; /* v0-12: Each topic in the response. */
    int32_t topics_count; /* items in topics; -1: null */
    int32_t cluster_authorized_operations; /* v8-10, default -2147483648: 32-bit bitfield to represent authorized operations for this cluster. */
} rmq_MetadataResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_MetadataResponse_MetadataResponseBroker_init(rmq_MetadataResponse_MetadataResponseBroker_t *v);
void rmq_MetadataResponse_MetadataResponsePartition_init(rmq_MetadataResponse_MetadataResponsePartition_t *v);
void rmq_MetadataResponse_MetadataResponseTopic_init(rmq_MetadataResponse_MetadataResponseTopic_t *v);
void rmq_MetadataResponse_init(rmq_MetadataResponse_t *v);

/*
 * Decodes a MetadataResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-12.
 */
int rmq_MetadataResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-12, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_MetadataResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_MetadataResponse_t *in);
extern const rmq_kmsg_desc_t rmq_MetadataResponse_desc;

#endif
