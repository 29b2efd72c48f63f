/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka OffsetFetch: message structs and codecs (from OffsetFetchRequest.json, OffsetFetchResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_OFFSET_FETCH_H
#define RMQ_KAFKA_GEN_OFFSET_FETCH_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== OffsetFetchRequest: versions 0-9, flexible 6+ (from OffsetFetchRequest.json) ==== */

/* OffsetFetchRequest.Topics[] (versions 0-7) */
typedef struct rmq_OffsetFetchRequest_OffsetFetchRequestTopic {
    rmq_kw_str_t name; /* v0-7: The topic name. */
    int32_t *partition_indexes; /* v0-7: The partition indexes we would like to fetch offsets for. */
    int32_t partition_indexes_count; /* items in partition_indexes; -1: null */
} rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t;

/* OffsetFetchRequest.Groups[].Topics[] (versions 8-9) */
typedef struct rmq_OffsetFetchRequest_OffsetFetchRequestTopics {
    rmq_kw_str_t name; /* v8-9: The topic name. */
    int32_t *partition_indexes; /* v8-9: The partition indexes we would like to fetch offsets for. */
    int32_t partition_indexes_count; /* items in partition_indexes; -1: null */
} rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t;

/* OffsetFetchRequest.Groups[] (versions 8-9) */
typedef struct rmq_OffsetFetchRequest_OffsetFetchRequestGroup {
    rmq_kw_str_t group_id; /* v8-9: The group ID. */
    rmq_kw_str_t member_id; /* v9, nullable v9, default null: The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848). */
    int32_t member_epoch; /* v9, default -1: The member epoch if using the new consumer protocol (KIP-848). */
    rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *topics; /* v8-9, nullable v8-9: Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t;

/* OffsetFetchRequest */
typedef struct rmq_OffsetFetchRequest {
    rmq_kw_str_t group_id; /* v0-7: The group to fetch offsets for. */
    rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *topics; /* v0-7, nullable v2-7: Each topic we would like to fetch offsets for, or null to fetch offsets for all topics. */
    int32_t topics_count; /* items in topics; -1: null */
    rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *groups; /* v8-9: Each group we would like to fetch offsets for */
    int32_t groups_count; /* items in groups; -1: null */
    bool require_stable; /* v7-9, default false: Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions. */
} rmq_OffsetFetchRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetFetchRequest_OffsetFetchRequestTopic_init(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *v);
void rmq_OffsetFetchRequest_OffsetFetchRequestTopics_init(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *v);
void rmq_OffsetFetchRequest_OffsetFetchRequestGroup_init(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *v);
void rmq_OffsetFetchRequest_init(rmq_OffsetFetchRequest_t *v);

/*
 * Decodes a OffsetFetchRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_OffsetFetchRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetFetchRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetFetchRequest_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetFetchRequest_desc;

/* ==== OffsetFetchResponse: versions 0-9, flexible 6+ (from OffsetFetchResponse.json) ==== */

/* OffsetFetchResponse.Topics[].Partitions[] (versions 0-7) */
typedef struct rmq_OffsetFetchResponse_OffsetFetchResponsePartition {
    int32_t partition_index; /* v0-7: The partition index. */
    int64_t committed_offset; /* v0-7: The committed message offset. */
    int32_t committed_leader_epoch; /* v5-7, default -1: The leader epoch. */
    rmq_kw_str_t metadata; /* v0-7, nullable v0-7: The partition metadata. */
    int16_t error_code; /* v0-7: The error code, or 0 if there was no error. */
} rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t;

/* OffsetFetchResponse.Topics[] (versions 0-7) */
typedef struct rmq_OffsetFetchResponse_OffsetFetchResponseTopic {
    rmq_kw_str_t name; /* v0-7: The topic name. */
    rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *partitions; /* v0-7: The responses per partition */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t;

/* OffsetFetchResponse.Groups[].Topics[].Partitions[] (versions 8-9) */
typedef struct rmq_OffsetFetchResponse_OffsetFetchResponsePartitions {
    int32_t partition_index; /* v8-9: The partition index. */
    int64_t committed_offset; /* v8-9: The committed message offset. */
    int32_t committed_leader_epoch; /* v8-9, default -1: The leader epoch. */
    rmq_kw_str_t metadata; /* v8-9, nullable v8-9: The partition metadata. */
    int16_t error_code; /* v8-9: The partition-level error code, or 0 if there was no error. */
} rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t;

/* OffsetFetchResponse.Groups[].Topics[] (versions 8-9) */
typedef struct rmq_OffsetFetchResponse_OffsetFetchResponseTopics {
    rmq_kw_str_t name; /* v8-9: The topic name. */
    rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *partitions; /* v8-9: The responses per partition */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t;

/* OffsetFetchResponse.Groups[] (versions 8-9) */
typedef struct rmq_OffsetFetchResponse_OffsetFetchResponseGroup {
    rmq_kw_str_t group_id; /* v8-9: The group ID. */
    rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *topics; /* v8-9: The responses per topic. */
    int32_t topics_count; /* items in topics; -1: null */
    int16_t error_code; /* v8-9, default 0: The group-level error code, or 0 if there was no error. */
} rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t;

/* OffsetFetchResponse */
typedef struct rmq_OffsetFetchResponse {
    int32_t throttle_time_ms; /* v3-9: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *topics; /* v0-7: The responses per topic. */
    int32_t topics_count; /* items in topics; -1: null */
    int16_t error_code; /* v2-7, default 0: The top-level error code, or 0 if there was no error. */
    rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *groups; /* v8-9: The responses per group id. */
    int32_t groups_count; /* items in groups; -1: null */
} rmq_OffsetFetchResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetFetchResponse_OffsetFetchResponsePartition_init(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *v);
void rmq_OffsetFetchResponse_OffsetFetchResponseTopic_init(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *v);
void rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_init(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *v);
void rmq_OffsetFetchResponse_OffsetFetchResponseTopics_init(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *v);
void rmq_OffsetFetchResponse_OffsetFetchResponseGroup_init(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *v);
void rmq_OffsetFetchResponse_init(rmq_OffsetFetchResponse_t *v);

/*
 * Decodes a OffsetFetchResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_OffsetFetchResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetFetchResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetFetchResponse_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetFetchResponse_desc;

#endif
