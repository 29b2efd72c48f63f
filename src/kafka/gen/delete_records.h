/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DeleteRecords: message structs and codecs (from DeleteRecordsRequest.json, DeleteRecordsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DELETE_RECORDS_H
#define RMQ_KAFKA_GEN_DELETE_RECORDS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DeleteRecordsRequest: versions 0-2, flexible 2+ (from DeleteRecordsRequest.json) ==== */

/* DeleteRecordsRequest.Topics[].Partitions[] (versions 0-2) */
typedef struct rmq_DeleteRecordsRequest_DeleteRecordsPartition {
    int32_t partition_index; /* v0-2: The partition index. */
    int64_t offset; /* v0-2: The deletion offset. */
} rmq_DeleteRecordsRequest_DeleteRecordsPartition_t;

/* DeleteRecordsRequest.Topics[] (versions 0-2) */
typedef struct rmq_DeleteRecordsRequest_DeleteRecordsTopic {
    rmq_kw_str_t name; /* v0-2: The topic name. */
    rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *partitions; /* v0-2: Each partition that we want to delete records from. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_DeleteRecordsRequest_DeleteRecordsTopic_t;

/* DeleteRecordsRequest */
typedef struct rmq_DeleteRecordsRequest {
    rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *topics; /* v0-2: Each topic that we want to delete records from. */
    int32_t topics_count; /* items in topics; -1: null */
    int32_t timeout_ms; /* v0-2: How long to wait for the deletion to complete, in milliseconds. */
} rmq_DeleteRecordsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteRecordsRequest_DeleteRecordsPartition_init(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *v);
void rmq_DeleteRecordsRequest_DeleteRecordsTopic_init(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *v);
void rmq_DeleteRecordsRequest_init(rmq_DeleteRecordsRequest_t *v);

/*
 * Decodes a DeleteRecordsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_DeleteRecordsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteRecordsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteRecordsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteRecordsRequest_desc;

/* ==== DeleteRecordsResponse: versions 0-2, flexible 2+ (from DeleteRecordsResponse.json) ==== */

/* DeleteRecordsResponse.Topics[].Partitions[] (versions 0-2) */
typedef struct rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult {
    int32_t partition_index; /* v0-2: The partition index. */
    int64_t low_watermark; /* v0-2: The partition low water mark. */
    int16_t error_code; /* v0-2: The deletion error code, or 0 if the deletion succeeded. */
} rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t;

/* DeleteRecordsResponse.Topics[] (versions 0-2) */
typedef struct rmq_DeleteRecordsResponse_DeleteRecordsTopicResult {
    rmq_kw_str_t name; /* v0-2: The topic name. */
    rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *partitions; /* v0-2: Each partition that we wanted to delete records from. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t;

/* DeleteRecordsResponse */
typedef struct rmq_DeleteRecordsResponse {
    int32_t throttle_time_ms; /* v0-2: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *topics; /* v0-2: Each topic that we wanted to delete records from. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_DeleteRecordsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_init(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *v);
void rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_init(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *v);
void rmq_DeleteRecordsResponse_init(rmq_DeleteRecordsResponse_t *v);

/*
 * Decodes a DeleteRecordsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-2.
 */
int rmq_DeleteRecordsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-2, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteRecordsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteRecordsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteRecordsResponse_desc;

#endif
