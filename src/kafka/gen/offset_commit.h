/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka OffsetCommit: message structs and codecs (from OffsetCommitRequest.json, OffsetCommitResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_OFFSET_COMMIT_H
#define RMQ_KAFKA_GEN_OFFSET_COMMIT_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== OffsetCommitRequest: versions 0-9, flexible 8+ (from OffsetCommitRequest.json) ==== */

/* OffsetCommitRequest.Topics[].Partitions[] (versions 0-9) */
typedef struct rmq_OffsetCommitRequest_OffsetCommitRequestPartition {
    int32_t partition_index; /* v0-9: The partition index. */
    int64_t committed_offset; /* v0-9: The message offset to be committed. */
    int32_t committed_leader_epoch; /* v6-9, default -1: The leader epoch of this partition. */
    int64_t commit_timestamp; /* v1, default -1: The timestamp of the commit. */
    rmq_kw_str_t committed_metadata; /* v0-9, nullable v0-9: Any associated metadata the client wants to keep. */
} rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t;

/* OffsetCommitRequest.Topics[] (versions 0-9) */
typedef struct rmq_OffsetCommitRequest_OffsetCommitRequestTopic {
    rmq_kw_str_t name; /* v0-9: The topic name. */
    rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *partitions; /* v0-9: Each partition to commit offsets for. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t;

/* OffsetCommitRequest */
typedef struct rmq_OffsetCommitRequest {
    rmq_kw_str_t group_id; /* v0-9: The unique group identifier. */
    int32_t generation_id_or_member_epoch; /* v1-9, default -1: The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol. */
    rmq_kw_str_t member_id; /* v1-9: The member ID assigned by the group coordinator. */
    rmq_kw_str_t group_instance_id; /* v7-9, nullable v7-9, default null: The unique identifier of the consumer instance provided by end user. */
    int64_t retention_time_ms; /* v2-4, default -1: The time period in ms to retain the offset. */
    rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *topics; /* v0-9: The topics to commit offsets for. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetCommitRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetCommitRequest_OffsetCommitRequestPartition_init(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *v);
void rmq_OffsetCommitRequest_OffsetCommitRequestTopic_init(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *v);
void rmq_OffsetCommitRequest_init(rmq_OffsetCommitRequest_t *v);

/*
 * Decodes a OffsetCommitRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_OffsetCommitRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetCommitRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetCommitRequest_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetCommitRequest_desc;

/* ==== OffsetCommitResponse: versions 0-9, flexible 8+ (from OffsetCommitResponse.json) ==== */

/* OffsetCommitResponse.Topics[].Partitions[] (versions 0-9) */
typedef struct rmq_OffsetCommitResponse_OffsetCommitResponsePartition {
    int32_t partition_index; /* v0-9: The partition index. */
    int16_t error_code; /* v0-9: The error code, or 0 if there was no error. */
} rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t;

/* OffsetCommitResponse.Topics[] (versions 0-9) */
typedef struct rmq_OffsetCommitResponse_OffsetCommitResponseTopic {
    rmq_kw_str_t name; /* v0-9: The topic name. */
    rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *partitions; /* v0-9: The responses for each partition in the topic. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t;

/* OffsetCommitResponse */
typedef struct rmq_OffsetCommitResponse {
    int32_t throttle_time_ms; /* v3-9: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *topics; /* v0-9: The responses for each topic. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetCommitResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetCommitResponse_OffsetCommitResponsePartition_init(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *v);
void rmq_OffsetCommitResponse_OffsetCommitResponseTopic_init(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *v);
void rmq_OffsetCommitResponse_init(rmq_OffsetCommitResponse_t *v);

/*
 * Decodes a OffsetCommitResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-9.
 */
int rmq_OffsetCommitResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-9, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetCommitResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetCommitResponse_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetCommitResponse_desc;

#endif
