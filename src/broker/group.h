/*
 * group.h - the consumer group coordinator (Kafka's classic group protocol).
 *
 * Groups move through Kafka's states: Empty -> PreparingRebalance -> CompletingRebalance ->
 * Stable (-> PreparingRebalance on any membership change) and Dead once deleted. JoinGroup
 * and SyncGroup calls are parked until the barrier they wait for completes; their callbacks
 * then fire (possibly from another caller's thread or from rmq_group_tick). Heartbeats,
 * leaves, offset commits and fetches answer at once.
 *
 * Static membership (group.instance.id, KIP-345): a static member that restarts gets a new
 * member id for its instance id without a rebalance when the group is stable and its
 * protocols are unchanged; the old member id is fenced (FENCED_INSTANCE_ID).
 *
 * Committed offsets are written durably to a rmq_kv_t store before the commit is answered,
 * and reloaded on open, so they survive restarts.
 *
 * Errors are Kafka error codes (kafka/errors.h). Thread: every call may come from any thread
 * (one mutex); callbacks are invoked without the mutex held and must not block.
 */
#ifndef RMQ_BROKER_GROUP_H
#define RMQ_BROKER_GROUP_H

#include <stddef.h>
#include <stdint.h>

#include "storage/kv.h"

typedef struct rmq_group_mgr rmq_group_mgr_t;

typedef struct rmq_group_opts {
    int32_t min_session_timeout_ms;     /* group.min.session.timeout.ms (6000) */
    int32_t max_session_timeout_ms;     /* group.max.session.timeout.ms (1800000) */
    int32_t initial_rebalance_delay_ms; /* group.initial.rebalance.delay.ms (3000) */
    int32_t max_group_size;             /* group.max.size (0 = unlimited) */
} rmq_group_opts_t;

void rmq_group_opts_init(rmq_group_opts_t *opts);

/* kv: where committed offsets live (borrowed; must outlive the manager). */
int rmq_group_mgr_new(const rmq_group_opts_t *opts, rmq_kv_t *kv, rmq_group_mgr_t **mgrp);
void rmq_group_mgr_free(rmq_group_mgr_t *mgr);

/* Advances timers: session expiry, rebalance timeouts, the initial rebalance delay.
 * Call every ~100 ms. */
void rmq_group_tick(rmq_group_mgr_t *mgr, uint64_t now_ms);

typedef struct rmq_group_protocol {
    const char *name;
    const uint8_t *metadata;
    size_t metadata_len;
} rmq_group_protocol_t;

typedef struct rmq_group_join_req {
    const char *group_id;
    const char *member_id;   /* "" for a new member */
    const char *instance_id; /* NULL unless static membership */
    const char *client_id;
    const char *client_host;
    int32_t session_timeout_ms;
    int32_t rebalance_timeout_ms; /* -1 (v0): use session_timeout_ms */
    const char *protocol_type;
    int nprotocols;
    const rmq_group_protocol_t *protocols;
    int require_known_member_id; /* JoinGroup v4+: a new member first gets MEMBER_ID_REQUIRED */
} rmq_group_join_req_t;

typedef struct rmq_group_member_info {
    const char *member_id;
    const char *instance_id; /* NULL if dynamic */
    const uint8_t *metadata;
    size_t metadata_len;
} rmq_group_member_info_t;

/* Everything here is valid only during the callback. */
typedef struct rmq_group_join_res {
    int16_t error;
    int32_t generation_id;
    const char *protocol_type;
    const char *protocol_name;
    const char *leader;
    const char *member_id;
    int skip_assignment; /* KIP-814: a static leader rejoined a stable group */
    int nmembers;        /* the leader gets every member; followers none */
    const rmq_group_member_info_t *members;
} rmq_group_join_res_t;

typedef void (*rmq_group_join_fn)(void *opaque, const rmq_group_join_res_t *res);
void rmq_group_join(rmq_group_mgr_t *mgr, const rmq_group_join_req_t *req, uint64_t now_ms,
                    rmq_group_join_fn cb, void *opaque);

typedef struct rmq_group_assignment {
    const char *member_id;
    const uint8_t *assignment;
    size_t assignment_len;
} rmq_group_assignment_t;

typedef struct rmq_group_sync_req {
    const char *group_id;
    int32_t generation_id;
    const char *member_id;
    const char *instance_id;
    const char *protocol_type; /* v5+; NULL if absent */
    const char *protocol_name; /* v5+; NULL if absent */
    int nassignments;
    const rmq_group_assignment_t *assignments;
} rmq_group_sync_req_t;

typedef struct rmq_group_sync_res {
    int16_t error;
    const char *protocol_type;
    const char *protocol_name;
    const uint8_t *assignment;
    size_t assignment_len;
} rmq_group_sync_res_t;

typedef void (*rmq_group_sync_fn)(void *opaque, const rmq_group_sync_res_t *res);
void rmq_group_sync(rmq_group_mgr_t *mgr, const rmq_group_sync_req_t *req, uint64_t now_ms,
                    rmq_group_sync_fn cb, void *opaque);

/* Returns a Kafka error code. */
int16_t rmq_group_heartbeat(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                            const char *member_id, const char *instance_id, uint64_t now_ms);

/* One member leaving (member_id, or "" with an instance_id for a static member). */
int16_t rmq_group_leave(rmq_group_mgr_t *mgr, const char *group_id, const char *member_id,
                        const char *instance_id, uint64_t now_ms);

/* ---- offsets ---- */

typedef struct rmq_group_offset {
    const char *topic;
    int32_t partition;
    int64_t offset;
    int32_t leader_epoch; /* -1 when unknown */
    const char *metadata; /* NULL = null; bytes, not a C string (may hold NULs) */
    size_t metadata_len;
    int16_t error; /* out: per-partition result */
} rmq_group_offset_t;

/*
 * Commits offsets durably, waiting for the journal (tests and tools; handlers use
 * rmq_group_commit_async). generation_id -1 with member_id "" is a "simple" commit (allowed
 * only when the group has no members). Group-level errors are returned and every partition's
 * error is set to it; 0 means each partition's own error field says how it went.
 */
int16_t rmq_group_commit(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                         const char *member_id, const char *instance_id,
                         rmq_group_offset_t *offsets, int n, uint64_t now_ms);

/*
 * As rmq_group_commit, answering through done(opaque, group_error) once the offsets are
 * durable (each partition's error field set by then): validation runs on the caller's thread
 * under the manager's lock, the journal write on the metadata writer's thread with no group
 * lock held, and done runs there (or on the caller's thread when validation fails). offsets
 * must stay valid until done.
 */
typedef void (*rmq_group_commit_fn)(void *opaque, int16_t group_error);
void rmq_group_commit_async(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                            const char *member_id, const char *instance_id,
                            rmq_group_offset_t *offsets, int n, uint64_t now_ms,
                            rmq_group_commit_fn done, void *opaque);

/*
 * Fetches committed offsets. For each entry fills offset (-1 when none), leader_epoch,
 * metadata and metadata_len (a malloc'd copy the caller frees, or NULL).
 */
int16_t rmq_group_fetch_offset(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_offset_t *off);

/* Calls cb for every committed offset of group_id (OffsetFetch with null topics). */
typedef void (*rmq_group_offset_fn)(void *opaque, const char *topic, int32_t partition,
                                    int64_t offset, int32_t leader_epoch, const char *metadata,
                                    size_t metadata_len);
void rmq_group_fetch_all(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_offset_fn cb,
                         void *opaque);

/*
 * OffsetDelete (KIP-496): deletes the committed offsets of offs[0..n) (entries whose error is
 * already set are skipped). Group errors: GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP (an active group
 * not of the "consumer" protocol type). Per partition: GROUP_SUBSCRIBED_TO_TOPIC while a
 * member of the active group subscribes to the topic, else NONE (deleted or none to delete).
 */
int16_t rmq_group_delete_offsets(rmq_group_mgr_t *mgr, const char *group_id,
                                 rmq_group_offset_t *offs, int n);

/* Drops committed offsets of a deleted topic (all groups). */
void rmq_group_forget_topic(rmq_group_mgr_t *mgr, const char *topic);

/* ---- admin ---- */

typedef struct rmq_group_member_desc {
    const char *member_id;
    const char *instance_id;
    const char *client_id;
    const char *client_host;
    const uint8_t *metadata; /* of the chosen protocol */
    size_t metadata_len;
    const uint8_t *assignment;
    size_t assignment_len;
} rmq_group_member_desc_t;

typedef struct rmq_group_desc {
    int16_t error;
    const char *group_id;
    const char *state; /* "Empty", "PreparingRebalance", "CompletingRebalance", "Stable", "Dead" */
    const char *protocol_type;
    const char *protocol_name;
    int nmembers;
    const rmq_group_member_desc_t *members;
} rmq_group_desc_t;

/* Describes one group; cb runs with the lock held (copy what you keep; do not call back). */
typedef void (*rmq_group_desc_fn)(void *opaque, const rmq_group_desc_t *desc);
void rmq_group_describe(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_desc_fn cb,
                        void *opaque);

/* Lists groups (with members or offsets); cb runs with the lock held. */
typedef void (*rmq_group_list_fn)(void *opaque, const char *group_id, const char *protocol_type,
                                  const char *state);
void rmq_group_list(rmq_group_mgr_t *mgr, rmq_group_list_fn cb, void *opaque);

/* Deletes an empty group and its offsets: NONE, GROUP_ID_NOT_FOUND or NON_EMPTY_GROUP. */
int16_t rmq_group_delete(rmq_group_mgr_t *mgr, const char *group_id);

#endif
