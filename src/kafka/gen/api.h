/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * api.h - every Kafka API RustMQ generates: key enum, version table, header versions and
 * dispatch by API key.
 *
 * Versions: rmq_kafka_api_versions[] lists, per API, the request/response versions the codecs
 * handle ([min_version, max_version], every version the schemas list as valid) and the first
 * flexible version (-1: none). A server advertises these in ApiVersionsResponse.
 *
 * ApiVersions rule: a broker must answer an ApiVersionsRequest whose version it does not support
 * (newer than max_version) with error UNSUPPORTED_VERSION in a *version 0* ApiVersionsResponse
 * (response header v0), listing its supported versions, so the client can retry with a version
 * both sides know. rmq_kafka_request_read returns RMQ_EUNSUPPORTED with the header decoded for
 * such a request, and rmq_ApiVersionsResponse_encode(wb, 0, ...) encodes the answer.
 *
 * Thread: no global state; everything here may be called from any thread.
 */
#ifndef RMQ_KAFKA_GEN_API_H
#define RMQ_KAFKA_GEN_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "common/err.h"
#include "kafka/gen/desc.h"
#include "kafka/gen/headers.h"
#include "kafka/gen/produce.h"
#include "kafka/gen/fetch.h"
#include "kafka/gen/list_offsets.h"
#include "kafka/gen/metadata.h"
#include "kafka/gen/offset_commit.h"
#include "kafka/gen/offset_fetch.h"
#include "kafka/gen/find_coordinator.h"
#include "kafka/gen/join_group.h"
#include "kafka/gen/heartbeat.h"
#include "kafka/gen/leave_group.h"
#include "kafka/gen/sync_group.h"
#include "kafka/gen/describe_groups.h"
#include "kafka/gen/list_groups.h"
#include "kafka/gen/sasl_handshake.h"
#include "kafka/gen/api_versions.h"
#include "kafka/gen/create_topics.h"
#include "kafka/gen/delete_topics.h"
#include "kafka/gen/delete_records.h"
#include "kafka/gen/init_producer_id.h"
#include "kafka/gen/offset_for_leader_epoch.h"
#include "kafka/gen/describe_acls.h"
#include "kafka/gen/create_acls.h"
#include "kafka/gen/delete_acls.h"
#include "kafka/gen/describe_configs.h"
#include "kafka/gen/alter_configs.h"
#include "kafka/gen/sasl_authenticate.h"
#include "kafka/gen/create_partitions.h"
#include "kafka/gen/delete_groups.h"
#include "kafka/gen/incremental_alter_configs.h"
#include "kafka/gen/offset_delete.h"
#include "kafka/gen/describe_user_scram_credentials.h"
#include "kafka/gen/alter_user_scram_credentials.h"
#include "kafka/gen/describe_cluster.h"
#include "kafka/wire.h"

/* API keys of the generated APIs. */
typedef enum rmq_kafka_api_key {
    RMQ_KAFKA_API_PRODUCE = 0,
    RMQ_KAFKA_API_FETCH = 1,
    RMQ_KAFKA_API_LIST_OFFSETS = 2,
    RMQ_KAFKA_API_METADATA = 3,
    RMQ_KAFKA_API_OFFSET_COMMIT = 8,
    RMQ_KAFKA_API_OFFSET_FETCH = 9,
    RMQ_KAFKA_API_FIND_COORDINATOR = 10,
    RMQ_KAFKA_API_JOIN_GROUP = 11,
    RMQ_KAFKA_API_HEARTBEAT = 12,
    RMQ_KAFKA_API_LEAVE_GROUP = 13,
    RMQ_KAFKA_API_SYNC_GROUP = 14,
    RMQ_KAFKA_API_DESCRIBE_GROUPS = 15,
    RMQ_KAFKA_API_LIST_GROUPS = 16,
    RMQ_KAFKA_API_SASL_HANDSHAKE = 17,
    RMQ_KAFKA_API_API_VERSIONS = 18,
    RMQ_KAFKA_API_CREATE_TOPICS = 19,
    RMQ_KAFKA_API_DELETE_TOPICS = 20,
    RMQ_KAFKA_API_DELETE_RECORDS = 21,
    RMQ_KAFKA_API_INIT_PRODUCER_ID = 22,
    RMQ_KAFKA_API_OFFSET_FOR_LEADER_EPOCH = 23,
    RMQ_KAFKA_API_DESCRIBE_ACLS = 29,
    RMQ_KAFKA_API_CREATE_ACLS = 30,
    RMQ_KAFKA_API_DELETE_ACLS = 31,
    RMQ_KAFKA_API_DESCRIBE_CONFIGS = 32,
    RMQ_KAFKA_API_ALTER_CONFIGS = 33,
    RMQ_KAFKA_API_SASL_AUTHENTICATE = 36,
    RMQ_KAFKA_API_CREATE_PARTITIONS = 37,
    RMQ_KAFKA_API_DELETE_GROUPS = 42,
    RMQ_KAFKA_API_INCREMENTAL_ALTER_CONFIGS = 44,
    RMQ_KAFKA_API_OFFSET_DELETE = 47,
    RMQ_KAFKA_API_DESCRIBE_USER_SCRAM_CREDENTIALS = 50,
    RMQ_KAFKA_API_ALTER_USER_SCRAM_CREDENTIALS = 51,
    RMQ_KAFKA_API_DESCRIBE_CLUSTER = 60,
} rmq_kafka_api_key_t;

typedef struct rmq_kafka_api {
    int16_t api_key;
    const char *name;           /* "Produce" */
    int16_t min_version;        /* lowest version we decode and encode */
    int16_t max_version;        /* highest version we decode and encode */
    int16_t first_flexible;     /* first flexible version, -1 if none */
    bool latest_unstable;       /* the schema marks max_version as unstable */
    const rmq_kmsg_desc_t *request;
    const rmq_kmsg_desc_t *response;
} rmq_kafka_api_t;

/* Sorted by api_key. */
extern const rmq_kafka_api_t rmq_kafka_api_versions[];
extern const size_t rmq_kafka_api_count;

/* Every generated message descriptor (requests, responses, both headers). */
extern const rmq_kmsg_desc_t *const rmq_kafka_messages[];
extern const size_t rmq_kafka_message_count;

/* The table entry of api_key, or NULL when we do not generate it. */
const rmq_kafka_api_t *rmq_kafka_api_get(int16_t api_key);

/* True when we generate api_key at api_version. */
bool rmq_kafka_api_supported(int16_t api_key, int16_t api_version);

/*
 * Header versions for (api_key, api_version): request header 2 and response header 1 in
 * flexible versions, else 1 and 0; ApiVersionsResponse always uses response header 0. Flexible
 * ranges are open-ended, so a version above max_version still gets an answer (needed to read the
 * header of a too-new ApiVersionsRequest). -1 for an unknown api_key or a negative version.
 */
int16_t rmq_kafka_request_header_version(int16_t api_key, int16_t api_version);
int16_t rmq_kafka_response_header_version(int16_t api_key, int16_t api_version);

/*
 * Body codecs by API key. decode allocates the message struct (rmq_<Api>Request_t or
 * rmq_<Api>Response_t) from arena and stores it in *out. Return values as the per-message
 * functions; RMQ_EUNSUPPORTED for an unknown key or version (the decoders record it in r).
 */
int rmq_kafka_request_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                             rmq_arena_t *arena, void **out);
int rmq_kafka_request_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             const void *msg);
int rmq_kafka_response_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                              rmq_arena_t *arena, void **out);
int rmq_kafka_response_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                              const void *msg);

/* A decoded request frame. */
typedef struct rmq_kafka_request {
    int16_t api_key;
    int16_t api_version;
    int16_t header_version;
    rmq_RequestHeader_t header;
    void *body; /* rmq_<Api>Request_t in the arena; NULL unless read returned 0 */
} rmq_kafka_request_t;

/*
 * Decodes a whole request frame (header and body, without the 4-byte size prefix) from
 * frame[0..len). Bytes after the body are ignored (as Kafka does). Returns 0;
 * RMQ_EUNSUPPORTED for an API key or version we do not generate (api_key, api_version and as
 * much of the header as that version allows are still filled: the caller can answer, see the
 * ApiVersions rule above); RMQ_ETRUNC / RMQ_ECORRUPT for malformed bytes. err gets a message.
 * Views in req point into frame, arrays into arena.
 */
int rmq_kafka_request_read(const void *frame, size_t len, rmq_arena_t *arena,
                           rmq_kafka_request_t *req, rmq_err_t *err);

/*
 * Appends a request frame (header of the right version, then body; no size prefix) for
 * hdr->request_api_key / request_api_version. Returns 0 or an encode error.
 */
int rmq_kafka_request_write(rmq_wbuf_t *wb, const rmq_RequestHeader_t *hdr, const void *body);

/*
 * Appends a response frame (header of the right version for api_key/api_version, then body;
 * no size prefix). Returns 0 or an encode error.
 */
int rmq_kafka_response_write(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             int32_t correlation_id, const void *body);

/*
 * Decodes a response frame (without size prefix) of a request sent as api_key/api_version.
 * *body gets the response struct allocated in arena. Returns 0 or an error as above.
 */
int rmq_kafka_response_read(const void *frame, size_t len, int16_t api_key, int16_t api_version,
                            rmq_arena_t *arena, rmq_ResponseHeader_t *hdr, void **body,
                            rmq_err_t *err);

#endif
