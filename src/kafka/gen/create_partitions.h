/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka CreatePartitions: message structs and codecs (from CreatePartitionsRequest.json, CreatePartitionsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_CREATE_PARTITIONS_H
#define RMQ_KAFKA_GEN_CREATE_PARTITIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== CreatePartitionsRequest: versions 0-3, flexible 2+ (from CreatePartitionsRequest.json) ==== */

/* CreatePartitionsRequest.Topics[].Assignments[] (versions 0-3) */
typedef struct rmq_CreatePartitionsRequest_CreatePartitionsAssignment {
    int32_t *broker_ids; /* v0-3: The assigned broker IDs. */
    int32_t broker_ids_count; /* items in broker_ids; -1: null */
} rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t;

/* CreatePartitionsRequest.Topics[] (versions 0-3) */
typedef struct rmq_CreatePartitionsRequest_CreatePartitionsTopic {
    rmq_kw_str_t name; /* v0-3: The topic name. */
    int32_t count; /* v0-3: The new partition count. */
    rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *assignments; /* v0-3, nullable v0-3: The new partition assignments. */
    int32_t assignments_count; /* items in assignments; -1: null */
} rmq_CreatePartitionsRequest_CreatePartitionsTopic_t;

/* CreatePartitionsRequest */
typedef struct rmq_CreatePartitionsRequest {
    rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *topics; /* v0-3: Each topic that we want to create new partitions inside. */
    int32_t topics_count; /* items in topics; -1: null */
    int32_t timeout_ms; /* v0-3: The time in ms to wait for the partitions to be created. */
    bool validate_only; /* v0-3: If true, then validate the request, but don't actually increase the number of partitions. */
} rmq_CreatePartitionsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreatePartitionsRequest_CreatePartitionsAssignment_init(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *v);
void rmq_CreatePartitionsRequest_CreatePartitionsTopic_init(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *v);
void rmq_CreatePartitionsRequest_init(rmq_CreatePartitionsRequest_t *v);

/*
 * Decodes a CreatePartitionsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_CreatePartitionsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreatePartitionsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreatePartitionsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_CreatePartitionsRequest_desc;

/* ==== CreatePartitionsResponse: versions 0-3, flexible 2+ (from CreatePartitionsResponse.json) ==== */

/* CreatePartitionsResponse.Results[] (versions 0-3) */
typedef struct rmq_CreatePartitionsResponse_CreatePartitionsTopicResult {
    rmq_kw_str_t name; /* v0-3: The topic name. */
    int16_t error_code; /* v0-3: The result error, or zero if there was no error. */
    rmq_kw_str_t error_message; /* v0-3, nullable v0-3, default null: The result message, or null if there was no error. */
} rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t;

/* CreatePartitionsResponse */
typedef struct rmq_CreatePartitionsResponse {
    int32_t throttle_time_ms; /* v0-3: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *results; /* v0-3: The partition creation results for each topic. */
    int32_t results_count; /* items in results; -1: null */
} rmq_CreatePartitionsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_init(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *v);
void rmq_CreatePartitionsResponse_init(rmq_CreatePartitionsResponse_t *v);

/*
 * Decodes a CreatePartitionsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-3.
 */
int rmq_CreatePartitionsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-3, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_CreatePartitionsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreatePartitionsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_CreatePartitionsResponse_desc;

#endif
