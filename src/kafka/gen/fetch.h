/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka Fetch: message structs and codecs (from FetchRequest.json, FetchResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_FETCH_H
#define RMQ_KAFKA_GEN_FETCH_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== FetchRequest: versions 0-17, flexible 12+ (from FetchRequest.json) ==== */

/* FetchRequest.ReplicaState (versions 15-17) */
typedef struct rmq_FetchRequest_ReplicaState {
    int32_t replica_id; /* v15-17, default -1: The replica ID of the follower, or -1 if this request is from a consumer. */
    int64_t replica_epoch; /* v15-17, default -1: The epoch of this follower, or -1 if not available. */
} rmq_FetchRequest_ReplicaState_t;

/* FetchRequest.Topics[].Partitions[] (versions 0-17) */
typedef struct rmq_FetchRequest_FetchPartition {
    int32_t partition; /* v0-17: The partition index. */
    int32_t current_leader_epoch; /* v9-17, default -1: The current leader epoch of the partition. */
    int64_t fetch_offset; /* v0-17: The message offset. */
    int32_t last_fetched_epoch; /* v12-17, default -1: The epoch of the last fetched record or -1 if there is none */
    int64_t log_start_offset; /* v5-17, default -1: The earliest available offset of the follower replica. The field is only used when the request is sent by the follower. */
    int32_t partition_max_bytes; /* v0-17: The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit may not be honored. */
    rmq_kw_uuid_t replica_directory_id; /* v17, tag 0 v17: The directory id of the follower fetching */
} rmq_FetchRequest_FetchPartition_t;

/* FetchRequest.Topics[] (versions 0-17) */
typedef struct rmq_FetchRequest_FetchTopic {
    rmq_kw_str_t topic; /* v0-12: The name of the topic to fetch. */
    rmq_kw_uuid_t topic_id; /* v13-17: The unique topic ID */
    rmq_FetchRequest_FetchPartition_t *partitions; /* v0-17: The partitions to fetch. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_FetchRequest_FetchTopic_t;

/* FetchRequest.ForgottenTopicsData[] (versions 7-17) */
typedef struct rmq_FetchRequest_ForgottenTopic {
    rmq_kw_str_t topic; /* v7-12: The topic name. */
    rmq_kw_uuid_t topic_id; /* v13-17: The unique topic ID */
    int32_t *partitions; /* v7-17: The partitions indexes to forget. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_FetchRequest_ForgottenTopic_t;

/* FetchRequest */
typedef struct rmq_FetchRequest {
    rmq_kw_str_t cluster_id; /* v12-17, nullable v12-17, tag 0 v12-17, default null: The clusterId if known. This is used to validate metadata fetches prior to broker registration. */
    int32_t replica_id; /* v0-14, default -1: The broker ID of the follower, of -1 if this request is from a consumer. */
    rmq_FetchRequest_ReplicaState_t replica_state; /* v15-17, tag 1 v15-17:  */
    int32_t max_wait_ms; /* v0-17: The maximum time in milliseconds to wait for the response. */
    int32_t min_bytes; /* v0-17: The minimum bytes to accumulate in the response. */
    int32_t max_bytes; /* v3-17, default 0x7fffffff: The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored. */
    int8_t isolation_level; /* v4-17, default 0: This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records */
    int32_t session_id; /* v7-17, default 0: The fetch session ID. */
    int32_t session_epoch; /* v7-17, default -1: The fetch session epoch, which is used for ordering requests in a session. */
    rmq_FetchRequest_FetchTopic_t *topics; /* v0-17: The topics to fetch. */
    int32_t topics_count; /* items in topics; -1: null */
    rmq_FetchRequest_ForgottenTopic_t *forgotten_topics_data; /* v7-17: In an incremental fetch request, the partitions to remove. */
    int32_t forgotten_topics_data_count; /* items in forgotten_topics_data; -1: null */
    rmq_kw_str_t rack_id; /* v11-17, default : Rack ID of the consumer making this request */
} rmq_FetchRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_FetchRequest_ReplicaState_init(rmq_FetchRequest_ReplicaState_t *v);
void rmq_FetchRequest_FetchPartition_init(rmq_FetchRequest_FetchPartition_t *v);
void rmq_FetchRequest_FetchTopic_init(rmq_FetchRequest_FetchTopic_t *v);
void rmq_FetchRequest_ForgottenTopic_init(rmq_FetchRequest_ForgottenTopic_t *v);
void rmq_FetchRequest_init(rmq_FetchRequest_t *v);

/*
 * Decodes a FetchRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-17.
 */
int rmq_FetchRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-17, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_FetchRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FetchRequest_t *in);
extern const rmq_kmsg_desc_t rmq_FetchRequest_desc;

/* ==== FetchResponse: versions 0-17, flexible 12+ (from FetchResponse.json) ==== */

/* FetchResponse.Responses[].Partitions[].DivergingEpoch (versions 12-17) */
typedef struct rmq_FetchResponse_EpochEndOffset {
    int32_t epoch; /* v12-17, default -1:  */
    int64_t end_offset; /* v12-17, default -1:  */
} rmq_FetchResponse_EpochEndOffset_t;

/* FetchResponse.Responses[].Partitions[].CurrentLeader (versions 12-17) */
typedef struct rmq_FetchResponse_LeaderIdAndEpoch {
    int32_t leader_id; /* v12-17, default -1: The ID of the current leader or -1 if the leader is unknown. */
    int32_t leader_epoch; /* v12-17, default -1: The latest known leader epoch */
} rmq_FetchResponse_LeaderIdAndEpoch_t;

/* FetchResponse.Responses[].Partitions[].SnapshotId (versions 12-17) */
typedef struct rmq_FetchResponse_SnapshotId {
    int64_t end_offset; /* v0-17, default -1:  */
    int32_t epoch; /* v0-17, default -1:  */
} rmq_FetchResponse_SnapshotId_t;

/* FetchResponse.Responses[].Partitions[].AbortedTransactions[] (versions 4-17) */
typedef struct rmq_FetchResponse_AbortedTransaction {
    int64_t producer_id; /* v4-17: The producer id associated with the aborted transaction. */
    int64_t first_offset; /* v4-17: The first offset in the aborted transaction. */
} rmq_FetchResponse_AbortedTransaction_t;

/* FetchResponse.Responses[].Partitions[] (versions 0-17) */
typedef struct rmq_FetchResponse_PartitionData {
    int32_t partition_index; /* v0-17: The partition index. */
    int16_t error_code; /* v0-17: The error code, or 0 if there was no fetch error. */
    int64_t high_watermark; /* v0-17: The current high water mark. */
    int64_t last_stable_offset; /* v4-17, default -1: The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED) */
    int64_t log_start_offset; /* v5-17, default -1: The current log start offset. */
    rmq_FetchResponse_EpochEndOffset_t diverging_epoch; /* v12-17, tag 0 v12-17: In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge */
    rmq_FetchResponse_LeaderIdAndEpoch_t current_leader; /* v12-17, tag 1 v12-17:  */
    rmq_FetchResponse_SnapshotId_t snapshot_id; /* v12-17, tag 2 v12-17: In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request. */
    rmq_FetchResponse_AbortedTransaction_t *aborted_transactions; /* v4-17, nullable v4-17: The aborted transactions. */
    int32_t aborted_transactions_count; /* items in aborted_transactions; -1: null */
    int32_t preferred_read_replica; /* v11-17, default -1: The preferred read replica for the consumer to use on its next fetch request */
    rmq_kw_bytes_t records; /* v0-17, nullable v0-17: The record data. */
} rmq_FetchResponse_PartitionData_t;

/* FetchResponse.Responses[] (versions 0-17) */
typedef struct rmq_FetchResponse_FetchableTopicResponse {
    rmq_kw_str_t topic; /* v0-12: The topic name. */
    rmq_kw_uuid_t topic_id; /* v13-17: The unique topic ID */
    rmq_FetchResponse_PartitionData_t *partitions; /* v0-17: The topic partitions. */
    int32_t partitions_count; /* items in partitions; -1: null */
} rmq_FetchResponse_FetchableTopicResponse_t;

/* FetchResponse.NodeEndpoints[] (versions 16-17) */
typedef struct rmq_FetchResponse_NodeEndpoint {
    int32_t node_id; /* v16-17: The ID of the associated node. */
    rmq_kw_str_t host; /* v16-17: The node's hostname. */
    int32_t port; /* v16-17: The node's port. */
    rmq_kw_str_t rack; /* v16-17, nullable v16-17, default null: The rack of the node, or null if it has not been assigned to a rack. */
} rmq_FetchResponse_NodeEndpoint_t;

/* FetchResponse */
typedef struct rmq_FetchResponse {
    int32_t throttle_time_ms; /* v1-17: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v7-17: The top level response error code. */
    int32_t session_id; /* v7-17, default 0: The fetch session ID, or 0 if this is not part of a fetch session. */
    rmq_FetchResponse_FetchableTopicResponse_t *responses; /* v0-17: The response topics. */
    int32_t responses_count; /* items in responses; -1: null */
    rmq_FetchResponse_NodeEndpoint_t *node_endpoints; /* v16-17, tag 0 v16-17: Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH. */
    int32_t node_endpoints_count; /* items in node_endpoints; -1: null */
} rmq_FetchResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_FetchResponse_EpochEndOffset_init(rmq_FetchResponse_EpochEndOffset_t *v);
void rmq_FetchResponse_LeaderIdAndEpoch_init(rmq_FetchResponse_LeaderIdAndEpoch_t *v);
void rmq_FetchResponse_SnapshotId_init(rmq_FetchResponse_SnapshotId_t *v);
void rmq_FetchResponse_AbortedTransaction_init(rmq_FetchResponse_AbortedTransaction_t *v);
void rmq_FetchResponse_PartitionData_init(rmq_FetchResponse_PartitionData_t *v);
void rmq_FetchResponse_FetchableTopicResponse_init(rmq_FetchResponse_FetchableTopicResponse_t *v);
void rmq_FetchResponse_NodeEndpoint_init(rmq_FetchResponse_NodeEndpoint_t *v);
void rmq_FetchResponse_init(rmq_FetchResponse_t *v);

/*
 * Decodes a FetchResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-17.
 */
int rmq_FetchResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-17, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_FetchResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FetchResponse_t *in);
extern const rmq_kmsg_desc_t rmq_FetchResponse_desc;

#endif
