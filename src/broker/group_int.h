/*
 * group_int.h - what the consumer group coordinator's files share (group.c: membership,
 * rebalances, admin; group_offsets.c: committed offsets). Not a contract: include only from
 * src/broker/group*.c.
 */
#ifndef RMQ_BROKER_GROUP_INT_H
#define RMQ_BROKER_GROUP_INT_H

#include <pthread.h>
#include <string.h>

#include "broker/group.h"
#include "common/buf.h"
#include "common/hashmap.h"

enum { ST_EMPTY, ST_PREPARING, ST_COMPLETING, ST_STABLE, ST_DEAD };

typedef struct proto {
    char *name;
    uint8_t *meta;
    size_t len;
} proto_t;

typedef struct member {
    struct member *next;
    char *id;
    char *instance_id;
    char *client_id;
    char *client_host;
    char *protocol_type;
    int32_t session_timeout_ms;
    int32_t rebalance_timeout_ms;
    int nprotocols;
    proto_t *protocols;
    uint8_t *assignment;
    size_t assignment_len;
    rmq_group_join_fn join_cb; /* parked JoinGroup */
    void *join_opaque;
    rmq_group_sync_fn sync_cb; /* parked SyncGroup */
    void *sync_opaque;
    uint64_t last_heartbeat_ms;
} member_t;

typedef struct pending_id {
    struct pending_id *next;
    char *id;
    uint64_t expires_ms;
} pending_id_t;

#define GROUP_MAGIC 0x47525550u /* "GRUP" */
#define MGR_MAGIC   0x474d4752u /* "GMGR" */

typedef struct group {
    uint32_t magic; /* GROUP_MAGIC while in the manager's map */
    char *id;
    int state;
    int32_t generation;
    char *protocol_type;
    char *protocol_name;
    char *leader;
    member_t *members;
    int nmembers;
    pending_id_t *pending;
    uint64_t rebalance_deadline_ms; /* PreparingRebalance ends by then whatever happens */
    uint64_t join_not_before_ms;    /* initial rebalance delay */
    uint64_t delay_limit_ms;
} group_t;

/* A callback to run after the lock is released, with its own copy of the result. */
typedef struct delivery {
    struct delivery *next;
    int is_join;
    rmq_group_join_fn join_cb;
    rmq_group_sync_fn sync_cb;
    void *opaque;
    rmq_group_join_res_t join;
    rmq_group_sync_res_t sync;
    rmq_wbuf_t strings; /* owned copies behind the pointers above */
    rmq_group_member_info_t *members;
} delivery_t;

struct rmq_group_mgr {
    uint32_t magic; /* MGR_MAGIC */
    pthread_mutex_t lock;
    rmq_group_opts_t opts;
    rmq_kv_t *kv;
    rmq_map_t *groups; /* id -> group_t* */
    delivery_t *out_head, *out_tail;
    uint64_t id_counter;
    unsigned commits_inflight; /* offset commits queued to the metadata writer */
    pthread_cond_t commits_cv; /* signalled when commits_inflight drops to 0 */
};

static inline int str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Looks a group up (creating it when asked). The manager's lock held. */
group_t *rmq_group_get_(rmq_group_mgr_t *mgr, const char *id, int create);

/* Whether member_id (or the static instance_id) is a member of g: NONE and *out, or the Kafka
   error. The manager's lock held. */
int16_t rmq_group_check_member_(group_t *g, const char *member_id, const char *instance_id,
                                member_t **out);

/* Releases the manager's lock and runs every queued delivery. */
void rmq_group_unlock_and_deliver_(rmq_group_mgr_t *mgr);

/* The member's protocol entry called name, or NULL. */
const proto_t *rmq_group_member_protocol_(const member_t *m, const char *name);

/* Queues the deletion of every committed offset of group_id (the manager's lock held, so it
   is ordered with commits); returns a wait handle for rmq_group_offsets_wait_ (after
   unlocking), or NULL when there was nothing to delete. */
void *rmq_group_queue_offsets_delete_(rmq_group_mgr_t *mgr, const char *group_id);

/* Waits (the manager's lock not held) for what rmq_group_queue_offsets_delete_ queued;
   returns its result and frees the handle. */
int rmq_group_offsets_wait_(rmq_group_mgr_t *mgr, void *wait);

#endif
