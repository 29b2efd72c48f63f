/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka Produce: message structs and codecs (from ProduceRequest.json, ProduceResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_PRODUCE_H
#define RMQ_KAFKA_GEN_PRODUCE_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== ProduceRequest: versions 0-11, flexible 9+ (from ProduceRequest.json) ==== */

/* ProduceRequest.TopicData[].PartitionData[] (versions 0-11) */
typedef struct rmq_ProduceRequest_PartitionProduceData {
    int32_t index; /* v0-11: The partition index. */
    rmq_kw_bytes_t records; /* v0-11, nullable v0-11: The record data to be produced. */
} rmq_ProduceRequest_PartitionProduceData_t;

/* ProduceRequest.TopicData[] (versions 0-11) */
typedef struct rmq_ProduceRequest_TopicProduceData {
    rmq_kw_str_t name; /* v0-11: The topic name. */
    rmq_ProduceRequest_PartitionProduceData_t *partition_data; /* v0-11: Each partition to produce to. */
    int32_t partition_data_count; /* items in partition_data; -1: null */
} rmq_ProduceRequest_TopicProduceData_t;

/* ProduceRequest */
typedef struct rmq_ProduceRequest {
    rmq_kw_str_t transactional_id; /* v3-11, nullable v3-11, default null: The transactional ID, or null if the producer is not transactional. */
    int16_t acks; /* v0-11: The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR. */
    int32_t timeout_ms; /* v0-11: The timeout to await a response in milliseconds. */
    rmq_ProduceRequest_TopicProduceData_t *topic_data; /* v0-11: Each topic to produce to. */
    int32_t topic_data_count; /* items in topic_data; -1: null */
} rmq_ProduceRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ProduceRequest_PartitionProduceData_init(rmq_ProduceRequest_PartitionProduceData_t *v);
void rmq_ProduceRequest_TopicProduceData_init(rmq_ProduceRequest_TopicProduceData_t *v);
void rmq_ProduceRequest_init(rmq_ProduceRequest_t *v);

/*
 * Decodes a ProduceRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-11.
 */
int rmq_ProduceRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-11, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ProduceRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ProduceRequest_t *in);
extern const rmq_kmsg_desc_t rmq_ProduceRequest_desc;

/* ==== ProduceResponse: versions 0-11, flexible 9+ (from ProduceResponse.json) ==== */

/* ProduceResponse.Responses[].PartitionResponses[].RecordErrors[] (versions 8-11) */
typedef struct rmq_ProduceResponse_BatchIndexAndErrorMessage {
    int32_t batch_index; /* v8-11: The batch index of the record that cause the batch to be dropped */
    rmq_kw_str_t batch_index_error_message; /* v8-11, nullable v8-11, default null: The error message of the record that caused the batch to be dropped */
} rmq_ProduceResponse_BatchIndexAndErrorMessage_t;

/* ProduceResponse.Responses[].PartitionResponses[].CurrentLeader (versions 10-11) */
typedef struct rmq_ProduceResponse_LeaderIdAndEpoch {
    int32_t leader_id; /* v10-11, default -1: The ID of the current leader or -1 if the leader is unknown. */
    int32_t leader_epoch; /* v10-11, default -1: The latest known leader epoch */
} rmq_ProduceResponse_LeaderIdAndEpoch_t;

/* ProduceResponse.Responses[].PartitionResponses[] (versions 0-11) */
typedef struct rmq_ProduceResponse_PartitionProduceResponse {
    int32_t index; /* v0-11: The partition index. */
    int16_t error_code; /* v0-11: The error code, or 0 if there was no error. */
    int64_t base_offset; /* v0-11: The base offset. */
    int64_t log_append_time_ms; /* v2-11, default -1: The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended. */
    int64_t log_start_offset; /* v5-11, default -1: The log start offset. */
    rmq_ProduceResponse_BatchIndexAndErrorMessage_t *record_errors; /* v8-11: The batch indices of records that caused the batch to be dropped */
    int32_t record_errors_count; /* items in record_errors; -1: null */
    rmq_kw_str_t error_message; /* v8-11, nullable v8-11, default null: The global error message summarizing the common root cause of the records that caused the batch to be dropped */
    rmq_ProduceResponse_LeaderIdAndEpoch_t current_leader; /* v10-11, tag 0 v10-11:  */
} rmq_ProduceResponse_PartitionProduceResponse_t;

/* ProduceResponse.Responses[] (versions 0-11) */
typedef struct rmq_ProduceResponse_TopicProduceResponse {
    rmq_kw_str_t name; /* v0-11: The topic name */
    rmq_ProduceResponse_PartitionProduceResponse_t *partition_responses; /* v0-11: Each partition that we produced to within the topic. */
    int32_t partition_responses_count; /* items in partition_responses; -1: null */
} rmq_ProduceResponse_TopicProduceResponse_t;

/* ProduceResponse.NodeEndpoints[] (versions 10-11) */
typedef struct rmq_ProduceResponse_NodeEndpoint {
    int32_t node_id; /* v10-11: The ID of the associated node. */
    rmq_kw_str_t host; /* v10-11: The node's hostname. */
    int32_t port; /* v10-11: The node's port. */
    rmq_kw_str_t rack; /* v10-11, nullable v10-11, default null: The rack of the node, or null if it has not been assigned to a rack. */
} rmq_ProduceResponse_NodeEndpoint_t;

/* ProduceResponse */
typedef struct rmq_ProduceResponse {
    rmq_ProduceResponse_TopicProduceResponse_t *responses; /* v0-11: Each produce response */
    int32_t responses_count; /* items in responses; -1: null */
    int32_t throttle_time_ms; /* v1-11, default 0: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    rmq_ProduceResponse_NodeEndpoint_t *node_endpoints; /* v10-11, tag 0 v10-11: Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. */
    int32_t node_endpoints_count; /* items in node_endpoints; -1: null */
} rmq_ProduceResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_ProduceResponse_BatchIndexAndErrorMessage_init(rmq_ProduceResponse_BatchIndexAndErrorMessage_t *v);
void rmq_ProduceResponse_LeaderIdAndEpoch_init(rmq_ProduceResponse_LeaderIdAndEpoch_t *v);
void rmq_ProduceResponse_PartitionProduceResponse_init(rmq_ProduceResponse_PartitionProduceResponse_t *v);
void rmq_ProduceResponse_TopicProduceResponse_init(rmq_ProduceResponse_TopicProduceResponse_t *v);
void rmq_ProduceResponse_NodeEndpoint_init(rmq_ProduceResponse_NodeEndpoint_t *v);
void rmq_ProduceResponse_init(rmq_ProduceResponse_t *v);

/*
 * Decodes a ProduceResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-11.
 */
int rmq_ProduceResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-11, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_ProduceResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ProduceResponse_t *in);
extern const rmq_kmsg_desc_t rmq_ProduceResponse_desc;

#endif
