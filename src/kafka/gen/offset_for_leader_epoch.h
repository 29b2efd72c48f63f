/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka OffsetForLeaderEpoch: message structs and codecs (from OffsetForLeaderEpochRequest.json, OffsetForLeaderEpochResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_OFFSET_FOR_LEADER_EPOCH_H
#define RMQ_KAFKA_GEN_OFFSET_FOR_LEADER_EPOCH_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== OffsetForLeaderEpochRequest: versions 0-4, flexible 4+ (from OffsetForLeaderEpochRequest.json) ==== */

/* OffsetForLeaderEpochRequest.Topics[].Partitions[] (versions 0-4) */
typedef struct rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition {
    int32_t partition; /* v0-4: The partition index. */
    int32_t current_leader_epoch; /* v2-4, default -1: An epoch used to fence consumers/replicas with old metadata. If the epoch provided by the client is larger than the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH error code will be returned. If the provided epoch is smaller, then the FENCED_LEADER_EPOCH error code will be returned. */
    int32_t leader_epoch; /* v0-4: The epoch to look up an offset for. */
} rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t;

/* OffsetForLeaderEpochRequest.Topics[] (versions 0-4) */
typedef struct rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic {
    rmq_kw_str_t topic; /* v0-4: The topic name. */
    rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *partitions; /* v0-4: Each partition to get offsets for. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t;

/* OffsetForLeaderEpochRequest */
typedef struct rmq_OffsetForLeaderEpochRequest {
    int32_t replica_id; /* v3-4, default -2: The broker ID of the follower, of -1 if this request is from a consumer. */
    rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *topics; /* v0-4: Each topic to get offsets for. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetForLeaderEpochRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_init(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *v);
void rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_init(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *v);
void rmq_OffsetForLeaderEpochRequest_init(rmq_OffsetForLeaderEpochRequest_t *v);

/*
 * Decodes a OffsetForLeaderEpochRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_OffsetForLeaderEpochRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetForLeaderEpochRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetForLeaderEpochRequest_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetForLeaderEpochRequest_desc;

/* ==== OffsetForLeaderEpochResponse: versions 0-4, flexible 4+ (from OffsetForLeaderEpochResponse.json) ==== */

/* OffsetForLeaderEpochResponse.Topics[].Partitions[] (versions 0-4) */
typedef struct rmq_OffsetForLeaderEpochResponse_EpochEndOffset {
    int16_t error_code; /* v0-4: The error code 0, or if there was no error. */
    int32_t partition; /* v0-4: The partition index. */
    int32_t leader_epoch; /* v1-4, default -1: The leader epoch of the partition. */
    int64_t end_offset; /* v0-4, default -1: The end offset of the epoch. */
} rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t;

/* OffsetForLeaderEpochResponse.Topics[] (versions 0-4) */
typedef struct rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult {
    rmq_kw_str_t topic; /* v0-4: The topic name. */
    rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *partitions; /* v0-4: Each partition in the topic we fetched offsets for. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t;

/* OffsetForLeaderEpochResponse */
typedef struct rmq_OffsetForLeaderEpochResponse {
    int32_t throttle_time_ms; /* v2-4: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *topics; /* v0-4: Each topic we fetched offsets for. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetForLeaderEpochResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetForLeaderEpochResponse_EpochEndOffset_init(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *v);
void rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_init(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *v);
void rmq_OffsetForLeaderEpochResponse_init(rmq_OffsetForLeaderEpochResponse_t *v);

/*
 * Decodes a OffsetForLeaderEpochResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-4.
 */
int rmq_OffsetForLeaderEpochResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-4, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetForLeaderEpochResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetForLeaderEpochResponse_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetForLeaderEpochResponse_desc;

#endif
