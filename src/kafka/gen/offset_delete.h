/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka OffsetDelete: message structs and codecs (from OffsetDeleteRequest.json, OffsetDeleteResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_OFFSET_DELETE_H
#define RMQ_KAFKA_GEN_OFFSET_DELETE_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== OffsetDeleteRequest: versions 0, flexible none (from OffsetDeleteRequest.json) ==== */

/* OffsetDeleteRequest.Topics[].Partitions[] (versions 0) */
typedef struct rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition {
    int32_t partition_index; /* v0: The partition index. */
} rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t;

/* OffsetDeleteRequest.Topics[] (versions 0) */
typedef struct rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic {
    rmq_kw_str_t name; /* v0: The topic name. */
    rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *partitions; /* v0: Each partition to delete offsets for. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t;

/* OffsetDeleteRequest */
typedef struct rmq_OffsetDeleteRequest {
    rmq_kw_str_t group_id; /* v0: The unique group identifier. */
    rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *topics; /* v0: The topics to delete offsets for */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetDeleteRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_init(rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *v);
void rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_init(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *v);
void rmq_OffsetDeleteRequest_init(rmq_OffsetDeleteRequest_t *v);

/*
 * Decodes a OffsetDeleteRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0.
 */
int rmq_OffsetDeleteRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetDeleteRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetDeleteRequest_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetDeleteRequest_desc;

/* ==== OffsetDeleteResponse: versions 0, flexible none (from OffsetDeleteResponse.json) ==== */

/* OffsetDeleteResponse.Topics[].Partitions[] (versions 0) */
typedef struct rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition {
    int32_t partition_index; /* v0: The partition index. */
    int16_t error_code; /* v0: The error code, or 0 if there was no error. */
} rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t;

/* OffsetDeleteResponse.Topics[] (versions 0) */
typedef struct rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic {
    rmq_kw_str_t name; /* v0: The topic name. */
    rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *partitions; /* v0: The responses for each partition in the topic. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t;

/* OffsetDeleteResponse */
typedef struct rmq_OffsetDeleteResponse {
    int16_t error_code; /* v0: The top-level error code, or 0 if there was no error. */
    int32_t throttle_time_ms; /* v0: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *topics; /* v0: The responses for each topic. */
    int32_t topics_count; /* items in topics; -1: null */
} rmq_OffsetDeleteResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_init(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *v);
void rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_init(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *v);
void rmq_OffsetDeleteResponse_init(rmq_OffsetDeleteResponse_t *v);

/*
 * Decodes a OffsetDeleteResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0.
 */
int rmq_OffsetDeleteResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_OffsetDeleteResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetDeleteResponse_t *in);
extern const rmq_kmsg_desc_t rmq_OffsetDeleteResponse_desc;

#endif
