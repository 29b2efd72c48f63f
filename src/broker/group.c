/*
 * group.c - classic consumer group coordinator (see group.h).
 *
 * Everything runs under one mutex. Parked JoinGroup/SyncGroup answers are collected while the
 * lock is held as self-contained copies ("deliveries") and handed to their callbacks after it
 * is released, so a callback may call back into the coordinator.
 */
#include "broker/group.h"
#include "broker/group_int.h"
#include "common/assert.h"
#include "common/buf.h"
#include "common/clock.h"
#include "common/hashmap.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/errors.h"

#define SUBSYS             "group"
#define PENDING_MEMBER_MAX 1000

static const char *const state_names[] = {"Empty", "PreparingRebalance", "CompletingRebalance",
                                          "Stable", "Dead"};

/*
 * The group's state machine, as Kafka's GroupCoordinator runs it: the only way a state
 * changes. A join moves an empty, stable or completing group to PreparingRebalance; the join
 * phase ends in Empty (nobody rejoined) or CompletingRebalance; the leader's sync makes it
 * Stable. Any other edge is a bug here, caught in debug builds.
 */
static int edge_allowed(int from, int to)
{
    switch (to) {
    case ST_PREPARING:
        return from == ST_EMPTY || from == ST_STABLE || from == ST_COMPLETING;
    case ST_EMPTY:
    case ST_COMPLETING:
        return from == ST_PREPARING;
    case ST_STABLE:
        return from == ST_COMPLETING;
    default:
        return 0;
    }
}

static void set_state(group_t *g, int to)
{
    RMQ_DASSERT(edge_allowed(g->state, to));
    rmq_debug(SUBSYS, "group %s: %s -> %s", g->id, state_names[g->state], state_names[to]);
    g->state = to;
}

/* ---- small helpers ---- */

static char *dup_or_null(const char *s)
{
    return s ? rmq_strdup(s) : NULL;
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

const proto_t *rmq_group_member_protocol_(const member_t *m, const char *name)
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
group_t *rmq_group_get_(rmq_group_mgr_t *mgr, const char *id, int create)
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
            const proto_t *p = rmq_group_member_protocol_(x, g->protocol_name);
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
void rmq_group_unlock_and_deliver_(rmq_group_mgr_t *mgr)
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
    set_state(g, ST_PREPARING);
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
            all = rmq_group_member_protocol_(m, cand) != NULL;
        if (!all)
            continue;
        for (member_t *m = g->members; m; m = m->next) {
            for (int k = 0; k < m->nprotocols; k++) {
                const char *p = m->protocols[k].name;
                int supported = 1;
                for (member_t *x = g->members; x && supported; x = x->next)
                    supported = rmq_group_member_protocol_(x, p) != NULL;
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
        set_state(g, ST_EMPTY);
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
    set_state(g, ST_COMPLETING);
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
    g = rmq_group_get_(mgr, req->group_id, 1);
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
                all = rmq_group_member_protocol_(x, req->protocols[i].name) != NULL;
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
    rmq_group_unlock_and_deliver_(mgr);
}

/* Checks member identity; returns NONE or the error to answer. */
int16_t rmq_group_check_member_(group_t *g, const char *member_id, const char *instance_id,
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
    g = req->group_id ? rmq_group_get_(mgr, req->group_id, 0) : NULL;
    if (!g || g->state == ST_DEAD || g->state == ST_EMPTY) {
        deliver_sync(mgr, NULL, RMQ_KERR_UNKNOWN_MEMBER_ID, NULL, 0, cb, opaque);
        goto out;
    }
    if ((e = rmq_group_check_member_(g, req->member_id, req->instance_id, &m)) != RMQ_KERR_NONE) {
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
            set_state(g, ST_STABLE);
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
    rmq_group_unlock_and_deliver_(mgr);
}

int16_t rmq_group_heartbeat(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                            const char *member_id, const char *instance_id, uint64_t now)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e;

    pthread_mutex_lock(&mgr->lock);
    g = rmq_group_get_(mgr, group_id, 0);
    if (!g || g->state == ST_EMPTY || g->state == ST_DEAD) {
        e = RMQ_KERR_UNKNOWN_MEMBER_ID;
        goto out;
    }
    if ((e = rmq_group_check_member_(g, member_id, instance_id, &m)) != RMQ_KERR_NONE)
        goto out;
    m->last_heartbeat_ms = now;
    if (g->state == ST_PREPARING)
        e = RMQ_KERR_REBALANCE_IN_PROGRESS;
    else if (generation_id != g->generation)
        e = RMQ_KERR_ILLEGAL_GENERATION;
out:
    rmq_group_unlock_and_deliver_(mgr);
    return e;
}

int16_t rmq_group_leave(rmq_group_mgr_t *mgr, const char *group_id, const char *member_id,
                        const char *instance_id, uint64_t now)
{
    group_t *g;
    member_t *m = NULL;
    int16_t e = RMQ_KERR_NONE;

    pthread_mutex_lock(&mgr->lock);
    g = rmq_group_get_(mgr, group_id, 0);
    if (!g || g->state == ST_DEAD) {
        e = RMQ_KERR_UNKNOWN_MEMBER_ID;
        goto out;
    }
    if (instance_id && (!member_id || !*member_id)) {
        m = find_static(g, instance_id);
        if (!m)
            e = RMQ_KERR_UNKNOWN_MEMBER_ID;
    } else {
        e = rmq_group_check_member_(g, member_id, instance_id, &m);
    }
    if (e == RMQ_KERR_NONE) {
        remove_member(mgr, g, m, now, "left the group");
        maybe_complete_join(mgr, g, now);
    }
out:
    rmq_group_unlock_and_deliver_(mgr);
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
    rmq_group_unlock_and_deliver_(mgr);
}

/* ---- admin ---- */

void rmq_group_describe(rmq_group_mgr_t *mgr, const char *group_id, rmq_group_desc_fn cb,
                        void *opaque)
{
    group_t *g;
    rmq_group_desc_t d = {0};
    rmq_group_member_desc_t *members = NULL;

    pthread_mutex_lock(&mgr->lock);
    g = rmq_group_get_(mgr, group_id, 0);
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
            const proto_t *p = rmq_group_member_protocol_(m, g->protocol_name);
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
    rmq_group_unlock_and_deliver_(mgr);
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
    rmq_group_unlock_and_deliver_(mgr);
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
    int16_t e = RMQ_KERR_NONE;
    void *wait = NULL;

    pthread_mutex_lock(&mgr->lock);
    g = rmq_group_get_(mgr, group_id, 0);
    if (!g || g->state == ST_DEAD) {
        e = RMQ_KERR_GROUP_ID_NOT_FOUND;
        goto out;
    }
    if (g->nmembers > 0) {
        e = RMQ_KERR_NON_EMPTY_GROUP;
        goto out;
    }
    wait = rmq_group_queue_offsets_delete_(mgr, group_id);
    rmq_map_del(mgr->groups, group_id, strlen(group_id));
    group_free(g);
out:
    rmq_group_unlock_and_deliver_(mgr);
    if (wait && rmq_group_offsets_wait_(mgr, wait) < 0)
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
    rmq_group_get_(mgr, id, 1);
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
    rmq_group_unlock_and_deliver_(mgr);
    it = 0;
    while (rmq_map_next(mgr->groups, &it, NULL, NULL, &v))
        group_free(v);
    rmq_map_free(mgr->groups);
    mgr->magic = 0;
    pthread_mutex_destroy(&mgr->lock);
    pthread_cond_destroy(&mgr->commits_cv);
    free(mgr);
}
