/*
 * group.c - classic consumer group coordinator (see group.h).
 *
 * Everything runs under one mutex. Parked JoinGroup/SyncGroup answers are collected while the
 * lock is held as self-contained copies ("deliveries") and handed to their callbacks after it
 * is released, so a callback may call back into the coordinator.
 */
#include "broker/group.h"
#include "common/assert.h"
#include "common/buf.h"
#include "common/clock.h"
#include "common/hashmap.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/errors.h"

#define SUBSYS             "group"
#define OFFSET_META_MAX    4096 /* offset.metadata.max.bytes */
#define PENDING_MEMBER_MAX 1000

enum { ST_EMPTY, ST_PREPARING, ST_COMPLETING, ST_STABLE, ST_DEAD };
static const char *const state_names[] = {"Empty", "PreparingRebalance", "CompletingRebalance",
                                          "Stable", "Dead"};

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

/* ---- small helpers ---- */

static char *dup_or_null(const char *s)
{
    return s ? rmq_strdup(s) : NULL;
}

static int str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static void member_free(member_t *m)
{
    free(m->id);
    free(m->instance_id);
    free(m->client_id);
    free(m->client_host);
    free(m->protocol_type);
    for (int i = 0; i < m->nprotocols; i++) {
        free(m->protocols[i].name);
        free(m->protocols[i].meta);
    }
    free(m->protocols);
    free(m->assignment);
    free(m);
}

static void set_protocols(member_t *m, const rmq_group_join_req_t *req)
{
    for (int i = 0; i < m->nprotocols; i++) {
        free(m->protocols[i].name);
        free(m->protocols[i].meta);
    }
    free(m->protocols);
    m->nprotocols = req->nprotocols;
    m->protocols = rmq_calloc((size_t)(req->nprotocols ? req->nprotocols : 1), sizeof(proto_t));
    for (int i = 0; i < req->nprotocols; i++) {
        m->protocols[i].name = rmq_strdup(req->protocols[i].name);
        m->protocols[i].len = req->protocols[i].metadata_len;
        m->protocols[i].meta = rmq_malloc(m->protocols[i].len ? m->protocols[i].len : 1);
        if (m->protocols[i].len)
            memcpy(m->protocols[i].meta, req->protocols[i].metadata, m->protocols[i].len);
    }
}

static int same_protocols(const member_t *m, const rmq_group_join_req_t *req)
{
    if (m->nprotocols != req->nprotocols)
        return 0;
    for (int i = 0; i < m->nprotocols; i++) {
        if (strcmp(m->protocols[i].name, req->protocols[i].name) != 0 ||
            m->protocols[i].len != req->protocols[i].metadata_len ||
            (m->protocols[i].len &&
             memcmp(m->protocols[i].meta, req->protocols[i].metadata, m->protocols[i].len) != 0))
            return 0;
    }
    return 1;
}

static const proto_t *member_protocol(const member_t *m, const char *name)
{
    for (int i = 0; i < m->nprotocols; i++)
        if (name && strcmp(m->protocols[i].name, name) == 0)
            return &m->protocols[i];
    return NULL;
}

static member_t *find_member(group_t *g, const char *id)
{
    for (member_t *m = g->members; m; m = m->next)
        if (strcmp(m->id, id) == 0)
            return m;
    return NULL;
}

static member_t *find_static(group_t *g, const char *instance_id)
{
    if (!instance_id)
        return NULL;
    for (member_t *m = g->members; m; m = m->next)
        if (m->instance_id && strcmp(m->instance_id, instance_id) == 0)
            return m;
    return NULL;
}

static char *new_member_id(rmq_group_mgr_t *mgr, const char *prefix)
{
    char buf[512];
    uint64_t r = rmq_mono_ns() ^ (++mgr->id_counter * 0x9e3779b97f4a7c15ull);

    snprintf(buf, sizeof(buf), "%s-%016" PRIx64 "-%" PRIu64, prefix && *prefix ? prefix : "member",
             r, mgr->id_counter);
    return rmq_strdup(buf);
}

/* Looks a group up (creating it when asked). The manager's lock held. */
static group_t *group_get(rmq_group_mgr_t *mgr, const char *id, int create)
{
    RMQ_ASSERT(mgr->magic == MGR_MAGIC);
    RMQ_ASSERT_HELD(&mgr->lock);
    group_t *g = rmq_map_get(mgr->groups, id, strlen(id));

    if (!g && create) {
        g = rmq_calloc(1, sizeof(*g));
        g->magic = GROUP_MAGIC;
        g->id = rmq_strdup(id);
        g->state = ST_EMPTY;
        rmq_map_put(mgr->groups, g->id, strlen(g->id), g);
    }
    RMQ_ASSERT(!g || g->magic == GROUP_MAGIC);
    return g;
}

/* ---- deliveries ---- */

static void queue_delivery(rmq_group_mgr_t *mgr, delivery_t *d)
{
    d->next = NULL;
    if (mgr->out_tail)
        mgr->out_tail->next = d;
    else
        mgr->out_head = d;
    mgr->out_tail = d;
}

/* Copies strings into d->strings; the pointers are fixed up in fixup(). Offsets stored as
 * (char *)(offset + 1) so NULL stays NULL. */
static const char *stash(delivery_t *d, const void *p, size_t n, int is_string)
{
    size_t off;

    if (!p)
        return NULL;
    off = d->strings.len;
    rmq_wbuf_append(&d->strings, p, n);
    if (is_string)
        rmq_wbuf_put_u8(&d->strings, 0);
    return (const char *)(uintptr_t)(off + 1);
}

static const char *fix(delivery_t *d, const char *p)
{
    return p ? (const char *)d->strings.data + ((uintptr_t)p - 1) : NULL;
}

static const char *stash_str(delivery_t *d, const char *s)
{
    return s ? stash(d, s, strlen(s), 1) : NULL;
}

static void deliver_join_error(rmq_group_mgr_t *mgr, rmq_group_join_fn cb, void *opaque,
                               int16_t error, const char *member_id, int32_t generation)
{
    delivery_t *d = rmq_calloc(1, sizeof(*d));

    rmq_wbuf_init(&d->strings, 64);
    d->is_join = 1;
    d->join_cb = cb;
    d->opaque = opaque;
    d->join.error = error;
    d->join.generation_id = generation;
    d->join.member_id = stash_str(d, member_id ? member_id : "");
    d->join.leader = stash_str(d, "");
    queue_delivery(mgr, d);
}

static void deliver_join_skip(rmq_group_mgr_t *mgr, group_t *g, member_t *m, rmq_group_join_fn cb,
                              void *opaque, int skip_assignment);

static void deliver_join(rmq_group_mgr_t *mgr, group_t *g, member_t *m, rmq_group_join_fn cb,
                         void *opaque)
{
    deliver_join_skip(mgr, g, m, cb, opaque, 0);
}

/* skip_assignment: KIP-814, a static leader that rejoined a stable group keeps the current
   assignment; it gets the members (so it can run its assignor later) and is told not to. */
static void deliver_join_skip(rmq_group_mgr_t *mgr, group_t *g, member_t *m, rmq_group_join_fn cb,
                              void *opaque, int skip_assignment)
{
    delivery_t *d = rmq_calloc(1, sizeof(*d));
    int is_leader = g->leader && strcmp(g->leader, m->id) == 0;

    rmq_wbuf_init(&d->strings, 256);
    d->is_join = 1;
    d->join_cb = cb;
    d->opaque = opaque;
    d->join.error = RMQ_KERR_NONE;
    d->join.generation_id = g->generation;
    d->join.protocol_type = stash_str(d, g->protocol_type);
    d->join.protocol_name = stash_str(d, g->protocol_name);
    d->join.leader = stash_str(d, g->leader ? g->leader : "");
    d->join.member_id = stash_str(d, m->id);
    d->join.skip_assignment = skip_assignment;
    if (is_leader && g->nmembers > 0) {
        int i = 0;
        d->members = rmq_calloc((size_t)g->nmembers, sizeof(*d->members));
        for (member_t *x = g->members; x; x = x->next, i++) {
            const proto_t *p = member_protocol(x, g->protocol_name);
            d->members[i].member_id = stash_str(d, x->id);
            d->members[i].instance_id = stash_str(d, x->instance_id);
            d->members[i].metadata = p ? (const uint8_t *)stash(d, p->meta, p->len, 0)
                                       : (const uint8_t *)stash(d, "", 0, 0);
            d->members[i].metadata_len = p ? p->len : 0;
        }
        d->join.nmembers = g->nmembers;
    }
    queue_delivery(mgr, d);
}

static void deliver_sync(rmq_group_mgr_t *mgr, group_t *g, int16_t error, const uint8_t *a,
                         size_t alen, rmq_group_sync_fn cb, void *opaque)
{
    delivery_t *d = rmq_calloc(1, sizeof(*d));

    rmq_wbuf_init(&d->strings, 64 + alen);
    d->sync_cb = cb;
    d->opaque = opaque;
    d->sync.error = error;
    if (g && error == RMQ_KERR_NONE) {
        d->sync.protocol_type = stash_str(d, g->protocol_type);
        d->sync.protocol_name = stash_str(d, g->protocol_name);
    }
    d->sync.assignment = (const uint8_t *)stash(d, a ? a : (const uint8_t *)"", a ? alen : 0, 0);
    d->sync.assignment_len = a ? alen : 0;
    queue_delivery(mgr, d);
}

/* Releases the lock and runs every queued delivery. */
static void unlock_and_deliver(rmq_group_mgr_t *mgr)
{
    delivery_t *d = mgr->out_head;

    mgr->out_head = mgr->out_tail = NULL;
    pthread_mutex_unlock(&mgr->lock);
    while (d) {
        delivery_t *next = d->next;
        if (d->is_join) {
            d->join.protocol_type = fix(d, d->join.protocol_type);
            d->join.protocol_name = fix(d, d->join.protocol_name);
            d->join.leader = fix(d, d->join.leader);
            d->join.member_id = fix(d, d->join.member_id);
            for (int i = 0; i < d->join.nmembers; i++) {
                d->members[i].member_id = fix(d, d->members[i].member_id);
                d->members[i].instance_id = fix(d, d->members[i].instance_id);
                d->members[i].metadata =
                    (const uint8_t *)fix(d, (const char *)d->members[i].metadata);
            }
            d->join.members = d->members;
            d->join_cb(d->opaque, &d->join);
        } else {
            d->sync.protocol_type = fix(d, d->sync.protocol_type);
            d->sync.protocol_name = fix(d, d->sync.protocol_name);
            d->sync.assignment = (const uint8_t *)fix(d, (const char *)d->sync.assignment);
            d->sync_cb(d->opaque, &d->sync);
        }
        rmq_wbuf_release(&d->strings);
        free(d->members);
        free(d);
        d = next;
    }
}

/* ---- state machine ---- */

static void fail_parked_syncs(rmq_group_mgr_t *mgr, group_t *g, int16_t error)
{
    for (member_t *m = g->members; m; m = m->next) {
        if (m->sync_cb) {
            deliver_sync(mgr, g, error, NULL, 0, m->sync_cb, m->sync_opaque);
            m->sync_cb = NULL;
        }
    }
}

static int32_t max_rebalance_timeout(group_t *g)
{
    int32_t t = 0;

    for (member_t *m = g->members; m; m = m->next)
        if (m->rebalance_timeout_ms > t)
            t = m->rebalance_timeout_ms;
    return t;
}

static void prepare_rebalance(rmq_group_mgr_t *mgr, group_t *g, uint64_t now, const char *why)
{
    if (g->state == ST_PREPARING)
        return;
    if (g->state == ST_COMPLETING)
        fail_parked_syncs(mgr, g, RMQ_KERR_REBALANCE_IN_PROGRESS);
    rmq_debug(SUBSYS, "group %s: rebalance (%s), generation %" PRId32, g->id, why, g->generation);
    if (g->state == ST_EMPTY) {
        /* Wait a little for more members before the first generation (Kafka's
         * group.initial.rebalance.delay.ms), extended as members arrive. */
        g->join_not_before_ms = now + (uint64_t)mgr->opts.initial_rebalance_delay_ms;
        g->delay_limit_ms = now + (uint64_t)max_rebalance_timeout(g);
    } else {
        g->join_not_before_ms = now;
    }
    g->state = ST_PREPARING;
    g->rebalance_deadline_ms = now + (uint64_t)max_rebalance_timeout(g);
}

static void remove_member(rmq_group_mgr_t *mgr, group_t *g, member_t *m, uint64_t now,
                          const char *why)
{
    member_t **pp = &g->members;

    while (*pp && *pp != m)
        pp = &(*pp)->next;
    RMQ_ASSERT(*pp == m);
    *pp = m->next;
    g->nmembers--;
    rmq_info(SUBSYS, "group %s: member %s removed (%s)", g->id, m->id, why);
    if (m->join_cb)
        deliver_join_error(mgr, m->join_cb, m->join_opaque, RMQ_KERR_UNKNOWN_MEMBER_ID, m->id, -1);
    if (m->sync_cb)
        deliver_sync(mgr, g, RMQ_KERR_UNKNOWN_MEMBER_ID, NULL, 0, m->sync_cb, m->sync_opaque);
    if (g->leader && strcmp(g->leader, m->id) == 0) {
        free(g->leader);
        g->leader = g->members ? rmq_strdup(g->members->id) : NULL;
    }
    member_free(m);
    if (g->state == ST_STABLE || g->state == ST_COMPLETING)
        prepare_rebalance(mgr, g, now, why);
}

static void choose_protocol(group_t *g)
{
    const char *best = NULL;
    int best_votes = -1;

    free(g->protocol_name);
    g->protocol_name = NULL;
    if (!g->members)
        return;
    /* Candidates: the protocols every member supports, in the first member's order. Each
     * member votes for the first candidate in its own preference order. */
    for (int i = 0; i < g->members->nprotocols; i++) {
        const char *cand = g->members->protocols[i].name;
        int all = 1, votes = 0;
        for (member_t *m = g->members; m && all; m = m->next)
            all = member_protocol(m, cand) != NULL;
        if (!all)
            continue;
        for (member_t *m = g->members; m; m = m->next) {
            for (int k = 0; k < m->nprotocols; k++) {
                const char *p = m->protocols[k].name;
                int supported = 1;
                for (member_t *x = g->members; x && supported; x = x->next)
                    supported = member_protocol(x, p) != NULL;
                if (supported) {
                    votes += strcmp(p, cand) == 0;
                    break;
                }
            }
        }
        if (votes > best_votes) {
            best = cand;
            best_votes = votes;
        }
    }
    g->protocol_name = best ? rmq_strdup(best) : NULL;
}

/* Completes the join barrier when every member has rejoined or the deadline passed. */
static void maybe_complete_join(rmq_group_mgr_t *mgr, group_t *g, uint64_t now)
{
    int all_joined = 1;

    if (g->state != ST_PREPARING)
        return;
    for (member_t *m = g->members; m; m = m->next)
        all_joined &= m->join_cb != NULL;
    if (!(all_joined && now >= g->join_not_before_ms) && now < g->rebalance_deadline_ms)
        return;
    /* Members that did not rejoin in time leave the group. */
    for (member_t *m = g->members, *next; m; m = next) {
        next = m->next;
        if (!m->join_cb)
            remove_member(mgr, g, m, now, "did not rejoin within the rebalance timeout");
    }
    g->generation++;
    if (!g->members) {
        g->state = ST_EMPTY;
        free(g->protocol_name);
        g->protocol_name = NULL;
        free(g->leader);
        g->leader = NULL;
        return;
    }
    choose_protocol(g);
    if (!g->leader || !find_member(g, g->leader)) {
        free(g->leader);
        g->leader = rmq_strdup(g->members->id);
    }
    g->state = ST_COMPLETING;
    rmq_info(SUBSYS, "group %s: generation %" PRId32 " with %d members, protocol %s, leader %s",
             g->id, g->generation, g->nmembers, g->protocol_name ? g->protocol_name : "-",
             g->leader);
    for (member_t *m = g->members; m; m = m->next) {
        deliver_join(mgr, g, m, m->join_cb, m->join_opaque);
        m->join_cb = NULL;
        free(m->assignment);
        m->assignment = NULL;
        m->assignment_len = 0;
        m->last_heartbeat_ms = now;
    }
}

static int pending_take(group_t *g, const char *id)
{
    for (pending_id_t **pp = &g->pending; *pp; pp = &(*pp)->next) {
        if (strcmp((*pp)->id, id) == 0) {
            pending_id_t *p = *pp;
            *pp = p->next;
            free(p->id);
            free(p);
            return 1;
        }
    }
    return 0;
}

static void pending_add(group_t *g, const char *id, uint64_t expires)
{
    pending_id_t *p = rmq_calloc(1, sizeof(*p));
    int n = 0;

    p->id = rmq_strdup(id);
    p->expires_ms = expires;
    p->next = g->pending;
    g->pending = p;
    /* Bound the list: a client looping on MEMBER_ID_REQUIRED cannot grow it forever. */
    for (pending_id_t *q = g->pending; q; q = q->next) {
        if (++n == PENDING_MEMBER_MAX && q->next) {
            pending_id_t *rest = q->next;
            q->next = NULL;
            while (rest) {
                pending_id_t *nx = rest->next;
                free(rest->id);
                free(rest);
                rest = nx;
            }
            break;
        }
    }
}

static member_t *add_member(rmq_group_mgr_t *mgr, group_t *g, const rmq_group_join_req_t *req,
                            char *id)
{
    member_t *m = rmq_calloc(1, sizeof(*m)), **pp = &g->members;

    RMQ_UNUSED(mgr);
    m->id = id;
    m->instance_id = dup_or_null(req->instance_id);
    m->client_id = rmq_strdup(req->client_id ? req->client_id : "");
    m->client_host = rmq_strdup(req->client_host ? req->client_host : "");
    m->protocol_type = rmq_strdup(req->protocol_type);
    m->session_timeout_ms = req->session_timeout_ms;
    m->rebalance_timeout_ms =
        req->rebalance_timeout_ms > 0 ? req->rebalance_timeout_ms : req->session_timeout_ms;
    set_protocols(m, req);
    while (*pp)
        pp = &(*pp)->next; /* append: the first member to join leads */
    *pp = m;
    g->nmembers++;
    if (!g->protocol_type)
        g->protocol_type = rmq_strdup(req->protocol_type);
    return m;
}

static void park_join(rmq_group_mgr_t *mgr, group_t *g, member_t *m,
                      const rmq_group_join_req_t *req, uint64_t now, rmq_group_join_fn cb,
                      void *opaque)
{
    if (m->join_cb) /* a duplicate join replaces the older parked one */
        deliver_join_error(mgr, m->join_cb, m->join_opaque, RMQ_KERR_UNKNOWN_MEMBER_ID, m->id, -1);
    m->join_cb = cb;
    m->join_opaque = opaque;
    m->last_heartbeat_ms = now;
    m->session_timeout_ms = req->session_timeout_ms;
    m->rebalance_timeout_ms =
        req->rebalance_timeout_ms > 0 ? req->rebalance_timeout_ms : req->session_timeout_ms;
    if (g->state == ST_PREPARING) {
        uint64_t dl = now + (uint64_t)max_rebalance_timeout(g);
        if (dl > g->rebalance_deadline_ms)
            g->rebalance_deadline_ms = dl;
        if (g->join_not_before_ms > now) {
            uint64_t nb = now + (uint64_t)mgr->opts.initial_rebalance_delay_ms;
            g->join_not_before_ms = nb < g->delay_limit_ms ? nb : g->delay_limit_ms;
        }
    }
}

void rmq_group_join(rmq_group_mgr_t *mgr, const rmq_group_join_req_t *req, uint64_t now,
                    rmq_group_join_fn cb, void *opaque)
{
    group_t *g;
    member_t *m;

    pthread_mutex_lock(&mgr->lock);
    if (!req->group_id || !*req->group_id) {
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_INVALID_GROUP_ID, req->member_id, -1);
        goto out;
    }
    if (req->session_timeout_ms < mgr->opts.min_session_timeout_ms ||
        req->session_timeout_ms > mgr->opts.max_session_timeout_ms) {
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_INVALID_SESSION_TIMEOUT, req->member_id, -1);
        goto out;
    }
    if (!req->protocol_type || !*req->protocol_type || req->nprotocols < 1) {
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_INCONSISTENT_GROUP_PROTOCOL, req->member_id,
                           -1);
        goto out;
    }
    g = group_get(mgr, req->group_id, 1);
    if (g->state == ST_DEAD) {
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_COORDINATOR_NOT_AVAILABLE, req->member_id, -1);
        goto out;
    }
    /* The new member must share the group's protocol type and at least one protocol. */
    if (g->nmembers > 0) {
        int common = 0;
        if (!str_eq(g->protocol_type, req->protocol_type)) {
            deliver_join_error(mgr, cb, opaque, RMQ_KERR_INCONSISTENT_GROUP_PROTOCOL,
                               req->member_id, -1);
            goto out;
        }
        for (int i = 0; i < req->nprotocols && !common; i++) {
            int all = 1;
            for (member_t *x = g->members; x && all; x = x->next) {
                if (req->member_id && strcmp(x->id, req->member_id) == 0 && g->nmembers == 1)
                    continue;
                all = member_protocol(x, req->protocols[i].name) != NULL;
            }
            common = all;
        }
        if (!common) {
            deliver_join_error(mgr, cb, opaque, RMQ_KERR_INCONSISTENT_GROUP_PROTOCOL,
                               req->member_id, -1);
            goto out;
        }
    } else if (!str_eq(g->protocol_type, req->protocol_type)) {
        free(g->protocol_type);
        g->protocol_type = rmq_strdup(req->protocol_type);
    }

    if (!req->member_id || !*req->member_id) {
        member_t *old = find_static(g, req->instance_id);
        if (old) {
            /* A static member restarted: new member id, old one fenced. */
            char *nid = new_member_id(mgr, req->instance_id);
            int was_leader = g->leader && strcmp(g->leader, old->id) == 0;
            if (old->join_cb) {
                deliver_join_error(mgr, old->join_cb, old->join_opaque, RMQ_KERR_FENCED_INSTANCE_ID,
                                   old->id, -1);
                old->join_cb = NULL;
            }
            if (old->sync_cb) {
                deliver_sync(mgr, g, RMQ_KERR_FENCED_INSTANCE_ID, NULL, 0, old->sync_cb,
                             old->sync_opaque);
                old->sync_cb = NULL;
            }
            if (was_leader) {
                free(g->leader);
                g->leader = rmq_strdup(nid);
            }
            free(old->id);
            old->id = nid;
            if (g->state == ST_STABLE && same_protocols(old, req)) {
                /* KIP-345/KIP-814: nothing changed, so no rebalance; the other members keep
                   their assignment. A restarted leader is told to skip the assignment (its
                   SyncGroup in the stable group gets its current one back). */
                old->last_heartbeat_ms = now;
                rmq_info(SUBSYS, "group %s: static member %s rejoined as %s%s, no rebalance", g->id,
                         old->instance_id, old->id, was_leader ? " (leader)" : "");
                deliver_join_skip(mgr, g, old, cb, opaque, was_leader);
                goto out;
            }
            set_protocols(old, req);
            prepare_rebalance(mgr, g, now, "static member rejoined with changes");
            park_join(mgr, g, old, req, now, cb, opaque);
            maybe_complete_join(mgr, g, now);
            goto out;
        }
        if (mgr->opts.max_group_size > 0 && g->nmembers >= mgr->opts.max_group_size) {
            deliver_join_error(mgr, cb, opaque, RMQ_KERR_GROUP_MAX_SIZE_REACHED, "", -1);
            goto out;
        }
        char *id = new_member_id(mgr, req->instance_id ? req->instance_id : req->client_id);
        if (req->require_known_member_id && !req->instance_id) {
            /* KIP-394: hand out the id first; the member joins again with it. */
            pending_add(g, id, now + (uint64_t)req->session_timeout_ms);
            deliver_join_error(mgr, cb, opaque, RMQ_KERR_MEMBER_ID_REQUIRED, id, -1);
            free(id);
            goto out;
        }
        m = add_member(mgr, g, req, id);
        prepare_rebalance(mgr, g, now, "new member");
        park_join(mgr, g, m, req, now, cb, opaque);
        maybe_complete_join(mgr, g, now);
        goto out;
    }

    m = find_member(g, req->member_id);
    if (!m) {
        if (pending_take(g, req->member_id)) {
            if (mgr->opts.max_group_size > 0 && g->nmembers >= mgr->opts.max_group_size) {
                deliver_join_error(mgr, cb, opaque, RMQ_KERR_GROUP_MAX_SIZE_REACHED, req->member_id,
                                   -1);
                goto out;
            }
            m = add_member(mgr, g, req, rmq_strdup(req->member_id));
            prepare_rebalance(mgr, g, now, "new member");
            park_join(mgr, g, m, req, now, cb, opaque);
            maybe_complete_join(mgr, g, now);
            goto out;
        }
        deliver_join_error(mgr, cb, opaque,
                           find_static(g, req->instance_id) ? RMQ_KERR_FENCED_INSTANCE_ID
                                                            : RMQ_KERR_UNKNOWN_MEMBER_ID,
                           req->member_id, -1);
        goto out;
    }
    if (m->instance_id && !str_eq(m->instance_id, req->instance_id)) {
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_FENCED_INSTANCE_ID, req->member_id, -1);
        goto out;
    }
    switch (g->state) {
    case ST_PREPARING:
        set_protocols(m, req);
        park_join(mgr, g, m, req, now, cb, opaque);
        maybe_complete_join(mgr, g, now);
        break;
    case ST_COMPLETING:
    case ST_STABLE:
        if (same_protocols(m, req) &&
            (g->state == ST_COMPLETING || !(g->leader && strcmp(g->leader, m->id) == 0))) {
            /* Nothing changed: answer with the current generation. */
            m->last_heartbeat_ms = now;
            deliver_join(mgr, g, m, cb, opaque);
            break;
        }
        set_protocols(m, req);
        prepare_rebalance(mgr, g, now, "member rejoined");
        park_join(mgr, g, m, req, now, cb, opaque);
        maybe_complete_join(mgr, g, now);
        break;
    default:
        deliver_join_error(mgr, cb, opaque, RMQ_KERR_UNKNOWN_MEMBER_ID, req->member_id, -1);
        break;
    }
out:
    unlock_and_deliver(mgr);
}

/* Checks member identity; returns NONE or the error to answer. */
static int16_t check_member(group_t *g, const char *member_id, const char *instance_id,
                            member_t **out)
{
    member_t *m = member_id ? find_member(g, member_id) : NULL;

    if (instance_id) {
        member_t *s = find_static(g, instance_id);
        if (s && s != m)
            return RMQ_KERR_FENCED_INSTANCE_ID;
    }
    if (!m)
        return RMQ_KERR_UNKNOWN_MEMBER_ID;
    *out = m;
    return RMQ_KERR_NONE;
}

void rmq_group_sync(rmq_group_mgr_t *mgr, const rmq_group_sync_req_t *req, uint64_t now,
                    rmq_group_sync_fn cb, void *opaque)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e;

    pthread_mutex_lock(&mgr->lock);
    g = req->group_id ? group_get(mgr, req->group_id, 0) : NULL;
    if (!g || g->state == ST_DEAD || g->state == ST_EMPTY) {
        deliver_sync(mgr, NULL, RMQ_KERR_UNKNOWN_MEMBER_ID, NULL, 0, cb, opaque);
        goto out;
    }
    if ((e = check_member(g, req->member_id, req->instance_id, &m)) != RMQ_KERR_NONE) {
        deliver_sync(mgr, NULL, e, NULL, 0, cb, opaque);
        goto out;
    }
    if (req->generation_id != g->generation) {
        deliver_sync(mgr, NULL, RMQ_KERR_ILLEGAL_GENERATION, NULL, 0, cb, opaque);
        goto out;
    }
    if ((req->protocol_type && !str_eq(req->protocol_type, g->protocol_type)) ||
        (req->protocol_name && !str_eq(req->protocol_name, g->protocol_name))) {
        deliver_sync(mgr, NULL, RMQ_KERR_INCONSISTENT_GROUP_PROTOCOL, NULL, 0, cb, opaque);
        goto out;
    }
    m->last_heartbeat_ms = now;
    switch (g->state) {
    case ST_PREPARING:
        deliver_sync(mgr, NULL, RMQ_KERR_REBALANCE_IN_PROGRESS, NULL, 0, cb, opaque);
        break;
    case ST_STABLE:
        deliver_sync(mgr, g, RMQ_KERR_NONE, m->assignment, m->assignment_len, cb, opaque);
        break;
    case ST_COMPLETING:
        if (m->sync_cb)
            deliver_sync(mgr, NULL, RMQ_KERR_REBALANCE_IN_PROGRESS, NULL, 0, m->sync_cb,
                         m->sync_opaque);
        m->sync_cb = cb;
        m->sync_opaque = opaque;
        if (g->leader && strcmp(g->leader, m->id) == 0) {
            /* The leader's assignment completes the barrier. */
            for (member_t *x = g->members; x; x = x->next) {
                free(x->assignment);
                x->assignment = NULL;
                x->assignment_len = 0;
                for (int i = 0; i < req->nassignments; i++) {
                    if (strcmp(req->assignments[i].member_id, x->id) == 0) {
                        x->assignment_len = req->assignments[i].assignment_len;
                        x->assignment = rmq_malloc(x->assignment_len ? x->assignment_len : 1);
                        if (x->assignment_len)
                            memcpy(x->assignment, req->assignments[i].assignment,
                                   x->assignment_len);
                    }
                }
            }
            g->state = ST_STABLE;
            rmq_debug(SUBSYS, "group %s: stable at generation %" PRId32, g->id, g->generation);
            for (member_t *x = g->members; x; x = x->next) {
                if (x->sync_cb) {
                    deliver_sync(mgr, g, RMQ_KERR_NONE, x->assignment, x->assignment_len,
                                 x->sync_cb, x->sync_opaque);
                    x->sync_cb = NULL;
                }
            }
        }
        break;
    default:
        deliver_sync(mgr, NULL, RMQ_KERR_UNKNOWN_MEMBER_ID, NULL, 0, cb, opaque);
    }
out:
    unlock_and_deliver(mgr);
}

int16_t rmq_group_heartbeat(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                            const char *member_id, const char *instance_id, uint64_t now)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e;

    pthread_mutex_lock(&mgr->lock);
    g = group_get(mgr, group_id, 0);
    if (!g || g->state == ST_EMPTY || g->state == ST_DEAD) {
        e = RMQ_KERR_UNKNOWN_MEMBER_ID;
        goto out;
    }
    if ((e = check_member(g, member_id, instance_id, &m)) != RMQ_KERR_NONE)
        goto out;
    m->last_heartbeat_ms = now;
    if (g->state == ST_PREPARING)
        e = RMQ_KERR_REBALANCE_IN_PROGRESS;
    else if (generation_id != g->generation)
        e = RMQ_KERR_ILLEGAL_GENERATION;
out:
    unlock_and_deliver(mgr);
    return e;
}

int16_t rmq_group_leave(rmq_group_mgr_t *mgr, const char *group_id, const char *member_id,
                        const char *instance_id, uint64_t now)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e = RMQ_KERR_NONE;

    pthread_mutex_lock(&mgr->lock);
    g = group_get(mgr, group_id, 0);
    if (!g || g->state == ST_DEAD) {
        e = RMQ_KERR_UNKNOWN_MEMBER_ID;
        goto out;
    }
    if (instance_id && (!member_id || !*member_id)) {
        m = find_static(g, instance_id);
        if (!m)
            e = RMQ_KERR_UNKNOWN_MEMBER_ID;
    } else {
        e = check_member(g, member_id, instance_id, &m);
    }
    if (e == RMQ_KERR_NONE) {
        remove_member(mgr, g, m, now, "left the group");
        maybe_complete_join(mgr, g, now);
    }
out:
    unlock_and_deliver(mgr);
    return e;
}

void rmq_group_tick(rmq_group_mgr_t *mgr, uint64_t now)
{
    size_t it = 0;
    void *v;

    pthread_mutex_lock(&mgr->lock);
    while (rmq_map_next(mgr->groups, &it, NULL, NULL, &v)) {
        group_t *g = v;
        for (pending_id_t **pp = &g->pending; *pp;) {
            if ((*pp)->expires_ms <= now) {
                pending_id_t *p = *pp;
                *pp = p->next;
                free(p->id);
                free(p);
            } else {
                pp = &(*pp)->next;
            }
        }
        for (member_t *m = g->members, *next; m; m = next) {
            next = m->next;
            if (m->join_cb)
                continue; /* waiting in the join barrier: bounded by the rebalance timeout */
            if (now > m->last_heartbeat_ms + (uint64_t)m->session_timeout_ms)
                remove_member(mgr, g, m, now, "session timeout");
        }
        maybe_complete_join(mgr, g, now);
    }
    unlock_and_deliver(mgr);
}

/* ---- offsets ---- */

/* Key: 'o' NUL group NUL topic NUL be32(partition). */
static size_t offset_key(uint8_t *out, size_t outsz, const char *group, const char *topic,
                         int32_t partition)
{
    size_t gl = strlen(group), tl = topic ? strlen(topic) : 0, n = 2 + gl + 1 + tl + 1 + 4;

    if (n > outsz)
        return 0;
    out[0] = 'o';
    out[1] = 0;
    memcpy(out + 2, group, gl);
    out[2 + gl] = 0;
    memcpy(out + 3 + gl, topic, tl);
    out[3 + gl + tl] = 0;
    rmq_put_be32(out + 4 + gl + tl, (uint32_t)partition);
    return n;
}

/* Value: be64 offset, be32 leader epoch, be64 commit time, be32 metadata length (-1 null),
 * metadata. */
static void offset_value(rmq_wbuf_t *wb, const rmq_group_offset_t *o, uint64_t now)
{
    rmq_wbuf_put_be64(wb, (uint64_t)o->offset);
    rmq_wbuf_put_be32(wb, (uint32_t)o->leader_epoch);
    rmq_wbuf_put_be64(wb, now);
    if (o->metadata) {
        rmq_wbuf_put_be32(wb, (uint32_t)o->metadata_len);
        rmq_wbuf_append(wb, o->metadata, o->metadata_len);
    } else {
        rmq_wbuf_put_be32(wb, UINT32_MAX);
    }
}

static int parse_offset_value(const uint8_t *v, size_t n, int64_t *offset, int32_t *epoch,
                              char **metadata, size_t *metadata_len)
{
    uint32_t ml;

    if (n < 24)
        return RMQ_ECORRUPT;
    *offset = (int64_t)rmq_be64(v);
    *epoch = (int32_t)rmq_be32(v + 8);
    ml = rmq_be32(v + 20);
    *metadata = NULL;
    *metadata_len = 0;
    if (ml == UINT32_MAX)
        return n == 24 ? 0 : RMQ_ECORRUPT;
    if (ml != n - 24)
        return RMQ_ECORRUPT;
    /* Bytes with their length: metadata may hold NULs ("Hello\0world!"). */
    *metadata = rmq_malloc(ml + 1);
    memcpy(*metadata, v + 24, ml);
    (*metadata)[ml] = '\0';
    *metadata_len = ml;
    return 0;
}

/* An offset commit between validation and durability. */
typedef struct commit_ctx {
    rmq_group_mgr_t *mgr;
    char *group_id;
    rmq_group_offset_t *offsets;
    int n, nput;
    rmq_group_commit_fn done;
    void *opaque;
} commit_ctx_t;

/* The metadata writer made the commit durable (or failed): kv writer thread, no kv lock. */
static void commit_written(void *opaque, int rc)
{
    commit_ctx_t *c = opaque;
    rmq_group_mgr_t *mgr = c->mgr;

    if (rc < 0) {
        rmq_error(SUBSYS, "group %s: offset commit failed: %s", c->group_id, rmq_strerror(rc));
        for (int i = 0; i < c->n; i++)
            if (c->offsets[i].error == RMQ_KERR_NONE)
                c->offsets[i].error = RMQ_KERR_COORDINATOR_NOT_AVAILABLE;
    } else if (c->nput > 0) {
        pthread_mutex_lock(&mgr->lock);
        group_get(mgr, c->group_id, 1); /* a group with offsets is listed */
        pthread_mutex_unlock(&mgr->lock);
    }
    c->done(c->opaque, RMQ_KERR_NONE);
    pthread_mutex_lock(&mgr->lock);
    RMQ_ASSERT(mgr->commits_inflight > 0);
    if (--mgr->commits_inflight == 0)
        pthread_cond_broadcast(&mgr->commits_cv);
    pthread_mutex_unlock(&mgr->lock);
    free(c->group_id);
    free(c);
}

void rmq_group_commit_async(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                            const char *member_id, const char *instance_id,
                            rmq_group_offset_t *offsets, int n, uint64_t now,
                            rmq_group_commit_fn done, void *opaque)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e = RMQ_KERR_NONE;
    rmq_kv_batch_t *b;
    int nput = 0;

    pthread_mutex_lock(&mgr->lock);
    if (!group_id || !*group_id) {
        e = RMQ_KERR_INVALID_GROUP_ID;
        goto out;
    }
    g = group_get(mgr, group_id, 0);
    if (generation_id < 0 && (!member_id || !*member_id)) {
        /* A "simple" commit by a consumer that manages its own assignment. */
        if (g && g->nmembers > 0) {
            e = RMQ_KERR_UNKNOWN_MEMBER_ID;
            goto out;
        }
    } else {
        if (!g) {
            e = generation_id < 0 ? RMQ_KERR_UNKNOWN_MEMBER_ID : RMQ_KERR_ILLEGAL_GENERATION;
            goto out;
        }
        if ((e = check_member(g, member_id, instance_id, &m)) != RMQ_KERR_NONE)
            goto out;
        if (g->state == ST_COMPLETING) {
            e = RMQ_KERR_REBALANCE_IN_PROGRESS;
            goto out;
        }
        if (generation_id != g->generation) {
            e = RMQ_KERR_ILLEGAL_GENERATION;
            goto out;
        }
        m->last_heartbeat_ms = now;
    }
    b = rmq_kv_batch_new();
    for (int i = 0; i < n; i++) {
        uint8_t key[1024];
        size_t kl;
        rmq_wbuf_t val;
        offsets[i].error = RMQ_KERR_NONE;
        if (offsets[i].metadata && offsets[i].metadata_len > OFFSET_META_MAX) {
            offsets[i].error = RMQ_KERR_OFFSET_METADATA_TOO_LARGE;
            continue;
        }
        kl = offset_key(key, sizeof(key), group_id, offsets[i].topic, offsets[i].partition);
        if (!kl) {
            offsets[i].error = RMQ_KERR_INVALID_REQUEST;
            continue;
        }
        rmq_wbuf_init(&val, 64);
        offset_value(&val, &offsets[i], (uint64_t)rmq_wall_ms());
        rmq_kv_batch_put(b, key, kl, val.data, val.len);
        rmq_wbuf_release(&val);
        nput++;
    }
    /* The journal write and its fdatasync happen on the metadata writer, after this lock is
       released: neither this thread (a network worker) nor the group lock waits for the
       disk. */
    commit_ctx_t *c = rmq_calloc(1, sizeof(*c));
    *c = (commit_ctx_t){.mgr = mgr,
                        .group_id = rmq_strdup(group_id),
                        .offsets = offsets,
                        .n = n,
                        .nput = nput,
                        .done = done,
                        .opaque = opaque};
    mgr->commits_inflight++;
    unlock_and_deliver(mgr);
    rmq_kv_commit_async(mgr->kv, b, commit_written, c);
    return;
out:
    for (int i = 0; i < n; i++)
        offsets[i].error = e;
    unlock_and_deliver(mgr);
    done(opaque, e);
}

typedef struct commit_wait {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done;
    int16_t error;
} commit_wait_t;

static void commit_waited(void *opaque, int16_t error)
{
    commit_wait_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->done = 1;
    w->error = error;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

int16_t rmq_group_commit(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                         const char *member_id, const char *instance_id,
                         rmq_group_offset_t *offsets, int n, uint64_t now)
{
    commit_wait_t w = {.done = 0};

    pthread_mutex_init(&w.mu, NULL);
    pthread_cond_init(&w.cv, NULL);
    rmq_group_commit_async(mgr, group_id, generation_id, member_id, instance_id, offsets, n, now,
                           commit_waited, &w);
    pthread_mutex_lock(&w.mu);
    while (!w.done)
        pthread_cond_wait(&w.cv, &w.mu);
    pthread_mutex_unlock(&w.mu);
    pthread_mutex_destroy(&w.mu);
    pthread_cond_destroy(&w.cv);
    return w.error;
}

int16_t rmq_group_fetch_offset(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_offset_t *off)
{
    uint8_t key[1024];
    size_t kl = offset_key(key, sizeof(key), group_id, off->topic, off->partition);
    void *v = NULL;
    size_t vl = 0;
    char *meta = NULL;

    off->offset = -1;
    off->leader_epoch = -1;
    off->metadata = NULL;
    off->metadata_len = 0;
    off->error = RMQ_KERR_NONE;
    if (!kl)
        return RMQ_KERR_NONE;
    if (rmq_kv_get(mgr->kv, key, kl, &v, &vl) == 0) {
        if (parse_offset_value(v, vl, &off->offset, &off->leader_epoch, &meta,
                               &off->metadata_len) == 0)
            off->metadata = meta;
        else
            off->offset = -1;
        free(v);
    }
    return RMQ_KERR_NONE;
}

typedef struct fetch_all_ctx {
    const char *group;
    size_t plen;
    rmq_group_offset_fn cb;
    void *opaque;
} fetch_all_ctx_t;

static int fetch_all_cb(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    fetch_all_ctx_t *c = opaque;
    const char *topic = (const char *)key + c->plen;
    size_t tl = strnlen(topic, klen - c->plen);
    int64_t offset;
    int32_t epoch;
    char *meta = NULL;
    size_t ml = 0;

    if (c->plen + tl + 5 != klen)
        return 0;
    if (parse_offset_value(val, vlen, &offset, &epoch, &meta, &ml) == 0) {
        char *t = rmq_strndup(topic, tl);
        c->cb(c->opaque, t, (int32_t)rmq_be32((const uint8_t *)key + c->plen + tl + 1), offset,
              epoch, meta, ml);
        free(t);
        free(meta);
    }
    return 0;
}

void rmq_group_fetch_all(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_offset_fn cb,
                         void *opaque)
{
    uint8_t prefix[1024];
    size_t gl = strlen(group_id);
    fetch_all_ctx_t c = {group_id, gl + 3, cb, opaque};

    if (gl + 3 > sizeof(prefix))
        return;
    prefix[0] = 'o';
    prefix[1] = 0;
    memcpy(prefix + 2, group_id, gl);
    prefix[2 + gl] = 0;
    rmq_kv_scan(mgr->kv, prefix, gl + 3, fetch_all_cb, &c);
}

typedef struct key_list {
    rmq_wbuf_t keys; /* be32 length + key, repeated */
    const char *topic;
    int match_topic;
} key_list_t;

static int collect_cb(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    key_list_t *kl = opaque;
    const char *k = key;

    RMQ_UNUSED(val);
    RMQ_UNUSED(vlen);
    if (kl->match_topic) {
        /* 'o' 0 group 0 topic 0 partition */
        const char *g = k + 2;
        size_t glen = strnlen(g, klen - 2);
        const char *t = g + glen + 1;
        if ((size_t)(t - k) >= klen || strnlen(t, klen - (size_t)(t - k)) != strlen(kl->topic) ||
            memcmp(t, kl->topic, strlen(kl->topic)) != 0)
            return 0;
    }
    rmq_wbuf_put_be32(&kl->keys, (uint32_t)klen);
    rmq_wbuf_append(&kl->keys, key, klen);
    return 0;
}

/* Waiting for an asynchronous journal write after the group lock is released: the write is
   queued in order under the lock, the fdatasync happens without it. */
typedef struct kv_wait {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done;
    int rc;
} kv_wait_t;

static void kv_wait_init(kv_wait_t *w)
{
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    w->done = 0;
    w->rc = 0;
}

static void kv_waited(void *opaque, int rc)
{
    kv_wait_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->done = 1;
    w->rc = rc;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

/* Waits for the write queued with w (the group lock not held) and returns its result. */
static int kv_wait(rmq_group_mgr_t *mgr, kv_wait_t *w)
{
    RMQ_DASSERT(!rmq_mutex_held(&mgr->lock));
    pthread_mutex_lock(&w->mu);
    while (!w->done)
        pthread_cond_wait(&w->cv, &w->mu);
    pthread_mutex_unlock(&w->mu);
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cv);
    return w->rc;
}

/* Queues the deletion of kl's keys; w gets the result (kv_wait). */
static void delete_keys(rmq_group_mgr_t *mgr, key_list_t *kl, kv_wait_t *w)
{
    rmq_kv_batch_t *b = rmq_kv_batch_new();

    for (size_t pos = 0; pos + 4 <= kl->keys.len;) {
        uint32_t n = rmq_be32(kl->keys.data + pos);
        rmq_kv_batch_del(b, kl->keys.data + pos + 4, n);
        pos += 4 + n;
    }
    kv_wait_init(w);
    rmq_kv_commit_async(mgr->kv, b, kv_waited, w);
}

/*
 * Whether a member of a "consumer" group subscribes to topic, from its subscription in the
 * chosen protocol's metadata (ConsumerProtocolSubscription: int16 version, then an array of
 * int16-length strings). Metadata that does not parse counts as subscribed, as Kafka does.
 */
static int member_subscribes(const group_t *g, const member_t *m, const char *topic)
{
    const proto_t *p = member_protocol(m, g->protocol_name);
    size_t tl = strlen(topic), pos = 6;
    int32_t n;

    if (!p || p->len < 6)
        return 1;
    n = (int32_t)rmq_be32(p->meta + 2);
    if (n < 0)
        return 1;
    for (int32_t i = 0; i < n; i++) {
        uint16_t l;
        if (p->len - pos < 2)
            return 1;
        l = rmq_be16(p->meta + pos);
        pos += 2;
        if (p->len - pos < l)
            return 1;
        if (l == tl && memcmp(p->meta + pos, topic, tl) == 0)
            return 1;
        pos += l;
    }
    return 0;
}

int16_t rmq_group_delete_offsets(rmq_group_mgr_t *mgr, const char *group_id,
                                 rmq_group_offset_t *offs, int n)
{
    group_t *g;
    int16_t e = RMQ_KERR_NONE;
    rmq_kv_batch_t *b;
    int ndel = 0;

    pthread_mutex_lock(&mgr->lock);
    g = group_get(mgr, group_id, 0);
    if (!g || g->state == ST_DEAD) {
        e = RMQ_KERR_GROUP_ID_NOT_FOUND;
        goto out;
    }
    if (g->state != ST_EMPTY && !str_eq(g->protocol_type, "consumer")) {
        e = RMQ_KERR_NON_EMPTY_GROUP;
        goto out;
    }
    b = rmq_kv_batch_new();
    for (int i = 0; i < n; i++) {
        uint8_t key[1024];
        size_t kl;
        int subscribed = 0;
        if (offs[i].error != RMQ_KERR_NONE)
            continue; /* the caller already answered it (unknown topic) */
        if (g->state != ST_EMPTY)
            for (member_t *m = g->members; m && !subscribed; m = m->next)
                subscribed = member_subscribes(g, m, offs[i].topic);
        if (subscribed) {
            offs[i].error = RMQ_KERR_GROUP_SUBSCRIBED_TO_TOPIC;
            continue;
        }
        kl = offset_key(key, sizeof(key), group_id, offs[i].topic, offs[i].partition);
        if (kl) {
            rmq_kv_batch_del(b, key, kl);
            ndel++;
        }
    }
    kv_wait_t w;
    kv_wait_init(&w);
    rmq_kv_commit_async(mgr->kv, b, kv_waited, &w);
    unlock_and_deliver(mgr);
    if (kv_wait(mgr, &w) < 0 && ndel) {
        rmq_error(SUBSYS, "group %s: deleting offsets failed", group_id);
        for (int i = 0; i < n; i++)
            if (offs[i].error == RMQ_KERR_NONE)
                offs[i].error = RMQ_KERR_KAFKA_STORAGE_ERROR;
    }
    return e;
out:
    unlock_and_deliver(mgr);
    return e;
}

void rmq_group_forget_topic(rmq_group_mgr_t *mgr, const char *topic)
{
    key_list_t kl = {.topic = topic, .match_topic = 1};

    kv_wait_t w;

    rmq_wbuf_init(&kl.keys, 256);
    rmq_kv_scan(mgr->kv, "o", 2, collect_cb, &kl);
    delete_keys(mgr, &kl, &w);
    if (kv_wait(mgr, &w) < 0)
        rmq_error(SUBSYS, "deleting the offsets of topic %s failed", topic);
    rmq_wbuf_release(&kl.keys);
}

/* ---- admin ---- */

void rmq_group_describe(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_desc_fn cb,
                        void *opaque)
{
    group_t *g;
    rmq_group_desc_t d = {0};
    rmq_group_member_desc_t *members = NULL;

    pthread_mutex_lock(&mgr->lock);
    g = group_get(mgr, group_id, 0);
    d.group_id = group_id;
    d.protocol_type = "";
    d.protocol_name = "";
    if (!g) {
        d.state = state_names[ST_DEAD];
    } else {
        int i = 0;
        d.state = state_names[g->state];
        d.protocol_type = g->protocol_type ? g->protocol_type : "";
        d.protocol_name = g->state == ST_STABLE && g->protocol_name ? g->protocol_name : "";
        members = rmq_calloc((size_t)(g->nmembers ? g->nmembers : 1), sizeof(*members));
        for (member_t *m = g->members; m; m = m->next, i++) {
            const proto_t *p = member_protocol(m, g->protocol_name);
            members[i].member_id = m->id;
            members[i].instance_id = m->instance_id;
            members[i].client_id = m->client_id;
            members[i].client_host = m->client_host;
            members[i].metadata = p ? p->meta : (const uint8_t *)"";
            members[i].metadata_len = p ? p->len : 0;
            members[i].assignment = m->assignment ? m->assignment : (const uint8_t *)"";
            members[i].assignment_len = m->assignment_len;
        }
        d.nmembers = g->nmembers;
        d.members = members;
    }
    cb(opaque, &d);
    free(members);
    unlock_and_deliver(mgr);
}

void rmq_group_list(rmq_group_mgr_t *mgr, rmq_group_list_fn cb, void *opaque)
{
    size_t it = 0;
    void *v;

    pthread_mutex_lock(&mgr->lock);
    while (rmq_map_next(mgr->groups, &it, NULL, NULL, &v)) {
        group_t *g = v;
        if (g->state != ST_DEAD)
            cb(opaque, g->id, g->protocol_type ? g->protocol_type : "", state_names[g->state]);
    }
    unlock_and_deliver(mgr);
}

static void group_free(group_t *g)
{
    RMQ_ASSERT(g->magic == GROUP_MAGIC);
    g->magic = 0;
    while (g->members) {
        member_t *m = g->members;
        g->members = m->next;
        member_free(m);
    }
    while (g->pending) {
        pending_id_t *p = g->pending;
        g->pending = p->next;
        free(p->id);
        free(p);
    }
    free(g->id);
    free(g->protocol_type);
    free(g->protocol_name);
    free(g->leader);
    free(g);
}

int16_t rmq_group_delete(rmq_group_mgr_t *mgr, const char *group_id)
{
    group_t *g;
    key_list_t kl = {0};
    uint8_t prefix[1024];
    size_t gl = strlen(group_id);
    int16_t e = RMQ_KERR_NONE;
    kv_wait_t w;
    int queued = 0;

    pthread_mutex_lock(&mgr->lock);
    g = group_get(mgr, group_id, 0);
    if (!g || g->state == ST_DEAD) {
        e = RMQ_KERR_GROUP_ID_NOT_FOUND;
        goto out;
    }
    if (g->nmembers > 0) {
        e = RMQ_KERR_NON_EMPTY_GROUP;
        goto out;
    }
    if (gl + 3 <= sizeof(prefix)) {
        prefix[0] = 'o';
        prefix[1] = 0;
        memcpy(prefix + 2, group_id, gl);
        prefix[2 + gl] = 0;
        rmq_wbuf_init(&kl.keys, 256);
        rmq_kv_scan(mgr->kv, prefix, gl + 3, collect_cb, &kl);
        delete_keys(mgr, &kl, &w);
        queued = 1;
        rmq_wbuf_release(&kl.keys);
    }
    rmq_map_del(mgr->groups, group_id, gl);
    group_free(g);
out:
    unlock_and_deliver(mgr);
    if (queued && kv_wait(mgr, &w) < 0)
        rmq_error(SUBSYS, "group %s: deleting its offsets failed", group_id);
    return e;
}

/* ---- lifecycle ---- */

void rmq_group_opts_init(rmq_group_opts_t *opts)
{
    opts->min_session_timeout_ms = 6000;
    opts->max_session_timeout_ms = 1800000;
    opts->initial_rebalance_delay_ms = 3000;
    opts->max_group_size = 0;
}

static int load_group_cb(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    rmq_group_mgr_t *mgr = opaque;
    const char *g = (const char *)key + 2;
    size_t gl = strnlen(g, klen - 2);
    char *id;

    RMQ_UNUSED(val);
    RMQ_UNUSED(vlen);
    if (gl == 0 || gl + 2 >= klen)
        return 0;
    id = rmq_strndup(g, gl);
    group_get(mgr, id, 1);
    free(id);
    return 0;
}

int rmq_group_mgr_new(const rmq_group_opts_t *opts, rmq_kv_t *kv, rmq_group_mgr_t **mgrp)
{
    rmq_group_mgr_t *mgr = rmq_calloc(1, sizeof(*mgr));

    mgr->magic = MGR_MAGIC;
    pthread_mutex_init(&mgr->lock, NULL);
    pthread_cond_init(&mgr->commits_cv, NULL);
    if (opts)
        mgr->opts = *opts;
    else
        rmq_group_opts_init(&mgr->opts);
    mgr->kv = kv;
    mgr->groups = rmq_map_new(64);
    /* Groups known only by their committed offsets are listed as Empty. */
    pthread_mutex_lock(&mgr->lock);
    rmq_kv_scan(kv, "o", 2, load_group_cb, mgr);
    pthread_mutex_unlock(&mgr->lock);
    *mgrp = mgr;
    return 0;
}

void rmq_group_mgr_free(rmq_group_mgr_t *mgr)
{
    size_t it = 0;
    void *v;

    if (!mgr)
        return;
    pthread_mutex_lock(&mgr->lock);
    /* Commits on their way to the journal call back into the manager: wait for them. */
    while (mgr->commits_inflight > 0)
        pthread_cond_wait(&mgr->commits_cv, &mgr->lock);
    /* Parked calls get an answer so no caller waits forever. */
    while (rmq_map_next(mgr->groups, &it, NULL, NULL, &v)) {
        group_t *g = v;
        for (member_t *m = g->members; m; m = m->next) {
            if (m->join_cb)
                deliver_join_error(mgr, m->join_cb, m->join_opaque,
                                   RMQ_KERR_COORDINATOR_NOT_AVAILABLE, m->id, -1);
            if (m->sync_cb)
                deliver_sync(mgr, NULL, RMQ_KERR_COORDINATOR_NOT_AVAILABLE, NULL, 0, m->sync_cb,
                             m->sync_opaque);
            m->join_cb = NULL;
            m->sync_cb = NULL;
        }
    }
    unlock_and_deliver(mgr);
    it = 0;
    while (rmq_map_next(mgr->groups, &it, NULL, NULL, &v))
        group_free(v);
    rmq_map_free(mgr->groups);
    mgr->magic = 0;
    pthread_mutex_destroy(&mgr->lock);
    pthread_cond_destroy(&mgr->commits_cv);
    free(mgr);
}
