/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka ListOffsets: message structs and codecs (from ListOffsetsRequest.json, ListOffsetsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_LIST_OFFSETS_H
#define RMQ_KAFKA_GEN_LIST_OFFSETS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== ListOffsetsRequest: versions 0-10, flexible 6+ (from ListOffsetsRequest.json) ==== */

/* ListOffsetsRequest.Topics[].Partitions[] (versions 0-10) */
typedef struct rmq_ListOffsetsRequest_ListOffsetsPartition {
    int32_t partition_index; /* v0-10: The partition index. */
    int32_t current_leader_epoch; /* v4-10, default -1: The current leader epoch. */
    int64_t timestamp; /* v0-10: The current timestamp. */
    int32_t max_num_offsets; /* v0, default 1: The maximum number of offsets to report. */
} rmq_ListOffsetsRequest_ListOffsetsPartition_t;

/* ListOffsetsRequest.Topics[] (versions 0-10) */
typedef struct rmq_ListOffsetsRequest_ListOffsetsTopic {
    rmq_kw_str_t name; /* v0-10: The topic name. */
    rmq_ListOffsetsRequest_ListOffsetsPartition_t *partitions; /* v0-10: Each partition in the request. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_ListOffsetsRequest_ListOffsetsTopic_t;

/* ListOffsetsRequest */
typedef struct rmq_ListOffsetsRequest {
    int32_t replica_id; /* v0-10: The broker ID of the requester, or -1 if this request is being made by a normal consumer. */
    int8_t isolation_level; /* v2-10: This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
    rmq_ListOffsetsRequest_ListOffsetsTopic_t *topics; /* v0-10: Each topic in the request. */
    int32_t topics_count; /* items in topics; -1: null */
    int32_t timeout_ms; /* v10: The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage. */
} rmq_ListOffsetsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ListOffsetsRequest_ListOffsetsPartition_init(rmq_ListOffsetsRequest_ListOffsetsPartition_t *v);
void rmq_ListOffsetsRequest_ListOffsetsTopic_init(rmq_ListOffsetsRequest_ListOffsetsTopic_t *v);
void rmq_ListOffsetsRequest_init(rmq_ListOffsetsRequest_t *v);

/*
 * Decodes a ListOffsetsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-10.
 */
int rmq_ListOffsetsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-10, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ListOffsetsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListOffsetsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_ListOffsetsRequest_desc;

/* ==== ListOffsetsResponse: versions 0-10, flexible 6+ (from ListOffsetsResponse.json) ==== */

/* ListOffsetsResponse.Topics[].Partitions[] (versions 0-10) */
typedef struct rmq_ListOffsetsResponse_ListOffsetsPartitionResponse {
    int32_t partition_index; /* v0-10: The partition index. */
    int16_t error_code; /* v0-10: The partition error code, or 0 if there was no error. */
    int64_t *old_style_offsets; /* v0: The result offsets. */
    int32_t old_style_offsets_count; /* items in old_style_offsets; -1: null */
    int64_t timestamp; /* v1-10, default -1: The timestamp associated with the returned offset. */
    int64_t offset; /* v1-10, default -1: The returned offset. */
    int32_t leader_epoch; /* v4-10, default -1:  */
} rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t;

/* ListOffsetsResponse.Topics[] (versions 0-10) */
typedef struct rmq_ListOffsetsResponse_ListOffsetsTopicResponse {
    rmq_kw_str_t name; /* v0-10: The topic name */
    rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *partitions; /* v0-10: Each partition in the response. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t;

/* ListOffsetsResponse */
typedef struct rmq_ListOffsetsResponse {
    int32_t throttle_time_ms; /* v2-10: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *topics; /* v0-10: Each topic in the response. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_ListOffsetsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_init(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *v);
void rmq_ListOffsetsResponse_ListOffsetsTopicResponse_init(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *v);
void rmq_ListOffsetsResponse_init(rmq_ListOffsetsResponse_t *v);

/*
 * Decodes a ListOffsetsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-10.
 */
int rmq_ListOffsetsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-10, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ListOffsetsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListOffsetsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_ListOffsetsResponse_desc;

#endif
