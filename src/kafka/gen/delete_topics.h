/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DeleteTopics: message structs and codecs (from DeleteTopicsRequest.json, DeleteTopicsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DELETE_TOPICS_H
#define RMQ_KAFKA_GEN_DELETE_TOPICS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DeleteTopicsRequest: versions 0-6, flexible 4+ (from DeleteTopicsRequest.json) ==== */

/* DeleteTopicsRequest.Topics[] (versions 6) */
typedef struct rmq_DeleteTopicsRequest_DeleteTopicState {
    rmq_kw_str_t name; /* v6, nullable v6, default null: The topic name */
    rmq_kw_uuid_t topic_id; /* v6: The unique topic ID */
} rmq_DeleteTopicsRequest_DeleteTopicState_t;

/* DeleteTopicsRequest */
typedef struct rmq_DeleteTopicsRequest {
    rmq_DeleteTopicsRequest_DeleteTopicState_t *topics; /* v6: The name or topic ID of the topic */
    int32_t topics_count; /* items in topics; -1: null */
    rmq_kw_str_t *topic_names; /* v0-5: The names of the topics to delete */
    int32_t topic_names_count; /* items in topic_names; -1: null */
    int32_t timeout_ms; /* v0-6: The length of time in milliseconds to wait for the deletions to complete. */
} rmq_DeleteTopicsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteTopicsRequest_DeleteTopicState_init(rmq_DeleteTopicsRequest_DeleteTopicState_t *v);
void rmq_DeleteTopicsRequest_init(rmq_DeleteTopicsRequest_t *v);

/*
 * Decodes a DeleteTopicsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-6.
 */
int rmq_DeleteTopicsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-6, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteTopicsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteTopicsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteTopicsRequest_desc;

/* ==== DeleteTopicsResponse: versions 0-6, flexible 4+ (from DeleteTopicsResponse.json) ==== */

/* DeleteTopicsResponse.Responses[] (versions 0-6) */
typedef struct rmq_DeleteTopicsResponse_DeletableTopicResult {
    rmq_kw_str_t name; /* v0-6, nullable v6: The topic name */
    rmq_kw_uuid_t topic_id; /* v6: the unique topic ID */
    int16_t error_code; /* v0-6: The deletion error, or 0 if the deletion succeeded. */
    rmq_kw_str_t error_message; /* v5-6, nullable v5-6, default null: The error message, or null if there was no error. */
} rmq_DeleteTopicsResponse_DeletableTopicResult_t;

/* DeleteTopicsResponse */
typedef struct rmq_DeleteTopicsResponse {
    int32_t throttle_time_ms; /* v1-6: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_DeleteTopicsResponse_DeletableTopicResult_t *responses; /* v0-6: The results for each topic we tried to delete. */
    int32_t responses_count; /* items in responses; -1: null */
} rmq_DeleteTopicsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DeleteTopicsResponse_DeletableTopicResult_init(rmq_DeleteTopicsResponse_DeletableTopicResult_t *v);
void rmq_DeleteTopicsResponse_init(rmq_DeleteTopicsResponse_t *v);

/*
 * Decodes a DeleteTopicsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-6.
 */
int rmq_DeleteTopicsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-6, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DeleteTopicsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteTopicsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DeleteTopicsResponse_desc;

#endif
