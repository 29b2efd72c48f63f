/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DescribeCluster: message structs and codecs (from DescribeClusterRequest.json, DescribeClusterResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DESCRIBE_CLUSTER_H
#define RMQ_KAFKA_GEN_DESCRIBE_CLUSTER_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DescribeClusterRequest: versions 0-1, flexible 0+ (from DescribeClusterRequest.json) ==== */

/* DescribeClusterRequest */
typedef struct rmq_DescribeClusterRequest {
    bool include_cluster_authorized_operations; /* v0-1: Whether to include cluster authorized operations. */
    int8_t endpoint_type; /* v1, default 1: The endpoint type to describe. 1=brokers, 2=controllers. */
} rmq_DescribeClusterRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeClusterRequest_init(rmq_DescribeClusterRequest_t *v);

/*
 * Decodes a DescribeClusterRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_DescribeClusterRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeClusterRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeClusterRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeClusterRequest_desc;

/* ==== DescribeClusterResponse: versions 0-1, flexible 0+ (from DescribeClusterResponse.json) ==== */

/* DescribeClusterResponse.Brokers[] (versions 0-1) */
typedef struct rmq_DescribeClusterResponse_DescribeClusterBroker {
    int32_t broker_id; /* v0-1: The broker ID. */
    rmq_kw_str_t host; /* v0-1: The broker hostname. */
    int32_t port; /* v0-1: The broker port. */
    rmq_kw_str_t rack; /* v0-1, nullable v0-1, default null: The rack of the broker, or null if it has not been assigned to a rack. */
} rmq_DescribeClusterResponse_DescribeClusterBroker_t;

/* DescribeClusterResponse */
typedef struct rmq_DescribeClusterResponse {
    int32_t throttle_time_ms; /* v0-1: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0-1: The top-level error code, or 0 if there was no error */
    rmq_kw_str_t error_message; /* v0-1, nullable v0-1, default null: The top-level error message, or null if there was no error. */
    int8_t endpoint_type; /* v1, default 1: The endpoint type that was described. 1=brokers, 2=controllers. */
    rmq_kw_str_t cluster_id; /* v0-1: The cluster ID that responding broker belongs to. */
    int32_t controller_id; /* v0-1, default -1: The ID of the controller broker. */
    rmq_DescribeClusterResponse_DescribeClusterBroker_t *brokers; /* v0-1: Each broker in the response. */
    int32_t brokers_count; /* items in brokers; -1: null */
    int32_t cluster_authorized_operations; /* v0-1, default -2147483648: 32-bit bitfield to represent authorized operations for this cluster. */
} rmq_DescribeClusterResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeClusterResponse_DescribeClusterBroker_init(rmq_DescribeClusterResponse_DescribeClusterBroker_t *v);
void rmq_DescribeClusterResponse_init(rmq_DescribeClusterResponse_t *v);

/*
 * Decodes a DescribeClusterResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0-1.
 */
int rmq_DescribeClusterResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0-1, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeClusterResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeClusterResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeClusterResponse_desc;

#endif
