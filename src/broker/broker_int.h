/*
 * broker_int.h - what the broker's request handlers share: the broker struct, the request
 * context, and the handler prototypes (one h_<area>.c file per group of APIs).
 *
 * A request context (rmq_req_t) owns the request frame, the arena holding the decoded request
 * and everything the handler allocates for the response. A handler answers exactly once with
 * rmq_req_respond (or rmq_req_respond_none / rmq_req_fail_close), immediately or later from
 * another thread (a produce waiting for the WAL, a fetch waiting for data, a join waiting for
 * the group); the context is freed by that call.
 */
#ifndef RMQ_BROKER_INT_H
#define RMQ_BROKER_INT_H

#include "broker/broker.h"
#include "broker/group.h"
#include "broker/topics.h"
#include "common/arena.h"
#include "common/hist.h"
#include "common/watchdog.h"
#include "kafka/errors.h"
#include "kafka/gen/api.h"
#include "net/server.h"
#include "storage/kv.h"
#include "storage/partition.h"
#include "tier/tier.h"

#define RMQ_BROKER_SUBSYS "broker"

/* Where a produce request's time goes in the broker (microseconds; logged at stop). */
typedef struct rmq_broker_latency {
    rmq_hist_t produce_decode;  /* frame dispatched -> first append (decode, validation) */
    rmq_hist_t produce_respond; /* last batch durable -> response encoded and queued */
    rmq_hist_t produce_total;   /* frame dispatched -> response queued (acks=1/all) */
} rmq_broker_latency_t;

struct rmq_broker {
    rmq_config_t cfg; /* own copy (strings duplicated) */
    char meta_dir[4096];
    char state_dir[4096];
    rmq_kv_t *meta;
    rmq_topics_t *topics;
    rmq_group_mgr_t *groups;
    rmq_plogset_t *pset;
    rmq_objstore_t *store; /* object storage */
    rmq_tier_t *tier;      /* uploads, reads and retention of uploaded data */
    rmq_server_t *srv;
    int32_t node_id;
    char host[256]; /* advertised host */
    int32_t port;   /* advertised port (the bound one) */
    char cluster_id[64];
    pthread_t ticker;
    int ticker_started;
    int watchdog_started;
    rmq_wd_probe_t ticker_probe;
    int stopping; /* atomic */
    pthread_mutex_t tick_lock;
    pthread_cond_t tick_cond;
    /* Extension points of the handler files (set up by their _init functions). */
    void *fetch_state;
    void *producer_state;
    void *admin_exec; /* request.c: the admin thread and its queue */
    rmq_broker_latency_t lat;
};

#define RMQ_REQ_MAGIC 0x52455155u /* "REQU" */

typedef struct rmq_req {
    uint32_t magic;       /* RMQ_REQ_MAGIC while the request is unanswered */
    struct rmq_req *next; /* the admin thread's queue */
    const void *api;      /* const rmq_api_t *: the served API */
    rmq_broker_t *b;
    rmq_conn_t *conn;
    uint64_t seq;
    rmq_buf_t *frame;
    rmq_arena_t arena;
    rmq_kafka_request_t kreq; /* header and body (kreq.body: rmq_<Api>Request_t) */
    uint64_t start_ns;
} rmq_req_t;

/* The server's on_request callback (any network worker): decodes the frame and runs the
 * API's handler, or closes the connection on a frame that cannot be answered. Handlers of
 * APIs marked offload (they wait for a metadata journal write) run on the admin thread. */
void rmq_req_dispatch(void *opaque, rmq_conn_t *conn, uint64_t seq, rmq_buf_t *frame);

/* Starts / stops the admin thread (before the server starts / after it stopped; the stop
 * runs what is still queued). */
int rmq_admin_exec_start(rmq_broker_t *b, rmq_err_t *err);
void rmq_admin_exec_stop(rmq_broker_t *b);

/* Whether the caller is the admin thread (or none runs): only there may a handler wait for a
   metadata journal write. */
int rmq_admin_on_thread(rmq_broker_t *b);

/* Moves req to the admin thread (its handler runs again there, from the start): 1, or 0 when
   the caller already is that thread. The handler must not have touched anything yet. */
int rmq_req_offload(rmq_req_t *req);

/* Queues the auto-creation of topic name on the admin thread (once however often asked). */
void rmq_admin_create_topic(rmq_broker_t *b, const char *name);

/* Encodes body as the response to req (header version chosen by api key/version), sends it
 * and frees req. Any thread. */
void rmq_req_respond(rmq_req_t *req, const void *body);

/* Sends nothing (acks=0 produce) and frees req. */
void rmq_req_respond_none(rmq_req_t *req);

/* Closes the connection (after responses already queued) and frees req: for requests that
 * cannot be answered in the protocol (Kafka closes the connection too). */
void rmq_req_fail_close(rmq_req_t *req, const char *why);

/* Allocates from the request's arena (zeroed). */
void *rmq_req_alloc(rmq_req_t *req, size_t n);

/* A NUL-terminated copy of a wire string in the request's arena ("" for null). An embedded
   NUL becomes the byte 0xFF (never part of UTF-8), so ids never alias by truncation; wire
   strings that are data (metadata, values) must stay rmq_kw_str_t views with their length. */
char *rmq_req_cstr(rmq_req_t *req, rmq_kw_str_t s);

/* A wire string view of a C string copied into the request's arena. */
rmq_kw_str_t rmq_req_str(rmq_req_t *req, const char *s);

/* The client id from the request header ("" when null). */
const char *rmq_req_client_id(rmq_req_t *req);

/*
 * Looks a topic up by name, creating it when auto-creation is on and allow_create is set:
 * at once on the admin thread; from any other thread the creation is queued to it and the
 * answer is NULL with LEADER_NOT_AVAILABLE (retriable: the client refreshes its metadata and
 * retries, as with a topic Kafka has just created). Returns a topic reference (rmq_topic_unref
 * it) or NULL with *error set to a Kafka code.
 */
rmq_topic_t *rmq_broker_topic(rmq_broker_t *b, rmq_kw_str_t name, int allow_create, int16_t *error);

/* The partition log of topic's partition index (created on first use); NULL when the index is
 * out of range. */
rmq_plog_t *rmq_broker_plog(rmq_broker_t *b, const rmq_topic_t *topic, int32_t partition);

/*
 * KIP-430 authorized operations with no authorizer: every operation the resource type
 * supports (Kafka's AclOperation codes as bits), what a Kafka broker without one reports.
 */
#define RMQ_AUTHZ_OPS_TOPIC                                                                        \
    ((1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 10) | (1 << 11))
#define RMQ_AUTHZ_OPS_GROUP ((1 << 3) | (1 << 6) | (1 << 8))
#define RMQ_AUTHZ_OPS_CLUSTER                                                                      \
    ((1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12))

/* retention.c: retention, uploaded extents below log starts, WAL trim (ticker thread). */
void rmq_broker_housekeeping(rmq_broker_t *b);

/* store_open.c: opens the configured object store and the tier's index into b->store and
 * b->tier; fills popts->tiered (the caller frees it). Opening thread. */
int rmq_broker_open_tier(rmq_broker_t *b, const rmq_config_t *cfg, rmq_plogset_opts_t *popts,
                         rmq_err_t *err);

/* Wakes the ticker (group timers, fetch long polls) early. */
void rmq_broker_kick(rmq_broker_t *b);

/* ---- apis.c: the served APIs ---- */

typedef void (*rmq_handler_fn)(rmq_req_t *req);

/* Kafka's AclResourceType codes. */
typedef enum rmq_acl_res {
    RMQ_ACL_RES_NONE = 0, /* needs no authorization (ApiVersions) */
    RMQ_ACL_RES_TOPIC = 2,
    RMQ_ACL_RES_GROUP = 3,
    RMQ_ACL_RES_CLUSTER = 4,
    RMQ_ACL_RES_TRANSACTIONAL_ID = 5,
} rmq_acl_res_t;

/* Kafka's AclOperation codes. */
typedef enum rmq_acl_op {
    RMQ_ACL_OP_NONE = 0,
    RMQ_ACL_OP_READ = 3,
    RMQ_ACL_OP_WRITE = 4,
    RMQ_ACL_OP_CREATE = 5,
    RMQ_ACL_OP_DELETE = 6,
    RMQ_ACL_OP_ALTER = 7,
    RMQ_ACL_OP_DESCRIBE = 8,
    RMQ_ACL_OP_CLUSTER_ACTION = 9,
    RMQ_ACL_OP_DESCRIBE_CONFIGS = 10,
    RMQ_ACL_OP_ALTER_CONFIGS = 11,
    RMQ_ACL_OP_IDEMPOTENT_WRITE = 12,
} rmq_acl_op_t;

/* One served API. */
typedef struct rmq_api {
    int16_t api_key;
    rmq_handler_fn fn;
    int16_t min_version; /* lowest version served; 0 = the codec's lowest */
    uint8_t resource;    /* rmq_acl_res_t the request is authorized against first */
    uint8_t op;          /* rmq_acl_op_t it needs there */
    uint8_t offload;     /* writes metadata: runs on the admin thread, not a network worker */
} rmq_api_t;

/* The API's entry, or NULL when it is not served (absent from ApiVersions). Static storage. */
const rmq_api_t *rmq_api_find(int16_t api_key);

/* The versions ApiVersions advertises for api_key; 0 when it is not served. */
int rmq_api_served_versions(int16_t api_key, int16_t *min, int16_t *max);

/* h_meta.c */
void rmq_h_api_versions(rmq_req_t *req);
void rmq_h_metadata(rmq_req_t *req);
void rmq_h_describe_cluster(rmq_req_t *req);
void rmq_h_find_coordinator(rmq_req_t *req);

/* h_group.c: every consumer group API (dispatches on the api key) */
void rmq_h_group(rmq_req_t *req);

/* h_produce.c: Produce and InitProducerId; producer state rebuilt at start. A produce that
   finds the WAL's buffer full parks and a resumer thread carries it on: rmq_produce_stop
   answers what is still parked and stops that thread (before the partition logs close). */
void rmq_h_produce(rmq_req_t *req);
int rmq_produce_init(rmq_broker_t *b, rmq_err_t *err);
void rmq_produce_stop(rmq_broker_t *b);
void rmq_produce_shutdown(rmq_broker_t *b);
/* Ticker: expires idle producers and snapshots the producer state when it changed. */
void rmq_produce_housekeeping(rmq_broker_t *b, int64_t now_ms);
/* Requests that parked on a full WAL buffer, and resumes that found it full again. */
void rmq_produce_park_stats(rmq_broker_t *b, uint64_t *parked, uint64_t *reparked);

/* h_admin.c: topic admin, configs, DeleteRecords, OffsetForLeaderEpoch */
void rmq_h_admin(rmq_req_t *req);

/* h_security.c: ACL and SCRAM APIs, answered SECURITY_DISABLED (no authorizer is built) */
void rmq_h_security(rmq_req_t *req);

/* h_fetch.c: Fetch (long poll) and ListOffsets */
void rmq_h_fetch(rmq_req_t *req);
int rmq_fetch_init(rmq_broker_t *b);
/* Ends the long-poll thread, answering parked fetches (after the server stopped). */
void rmq_fetch_shutdown(rmq_broker_t *b);
/* Frees the poller's state once nothing can notify it any more (WAL and tier closed). */
void rmq_fetch_free(rmq_broker_t *b);
/* New data may be readable: wake parked fetches. Any thread, cheap. */
void rmq_fetch_notify(rmq_broker_t *b);

#endif
