/*
 * group_offsets.c - committed consumer offsets (OffsetCommit, OffsetFetch, OffsetDelete, and
 * the offsets of deleted groups and topics) in the metadata store. Commits are validated under
 * the coordinator's lock and written by the store's writer thread after it is released.
 */
#include "broker/group.h"
#include "broker/group_int.h"

#include "common/assert.h"
#include "common/buf.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/errors.h"

#define SUBSYS          "group"
#define OFFSET_META_MAX 4096 /* offset.metadata.max.bytes */

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
        rmq_group_get_(mgr, c->group_id, 1); /* a group with offsets is listed */
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
    g = rmq_group_get_(mgr, group_id, 0);
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
        if ((e = rmq_group_check_member_(g, member_id, instance_id, &m)) != RMQ_KERR_NONE)
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
    rmq_group_unlock_and_deliver_(mgr);
    rmq_kv_commit_async(mgr->kv, b, commit_written, c);
    return;
out:
    for (int i = 0; i < n; i++)
        offsets[i].error = e;
    rmq_group_unlock_and_deliver_(mgr);
    done(opaque, e);
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

/* A group-level answer (rmq_group_commit_fn) as a wait result. */
static void commit_waited(void *opaque, int16_t error)
{
    kv_waited(opaque, error);
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

int16_t rmq_group_commit(rmq_group_mgr_t *mgr, const char *group_id, int32_t generation_id,
                         const char *member_id, const char *instance_id,
                         rmq_group_offset_t *offsets, int n, uint64_t now)
{
    kv_wait_t w;

    kv_wait_init(&w);
    rmq_group_commit_async(mgr, group_id, generation_id, member_id, instance_id, offsets, n, now,
                           commit_waited, &w);
    return (int16_t)kv_wait(mgr, &w);
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

void *rmq_group_queue_offsets_delete_(rmq_group_mgr_t *mgr, const char *group_id)
{
    key_list_t kl = {0};
    uint8_t prefix[1024];
    size_t gl = strlen(group_id);

    RMQ_ASSERT_HELD(&mgr->lock);
    if (gl + 3 > sizeof(prefix))
        return NULL;
    prefix[0] = 'o';
    prefix[1] = 0;
    memcpy(prefix + 2, group_id, gl);
    prefix[2 + gl] = 0;
    rmq_wbuf_init(&kl.keys, 256);
    rmq_kv_scan(mgr->kv, prefix, gl + 3, collect_cb, &kl);
    kv_wait_t *w = rmq_malloc(sizeof(*w));
    delete_keys(mgr, &kl, w);
    rmq_wbuf_release(&kl.keys);
    return w;
}

int rmq_group_offsets_wait_(rmq_group_mgr_t *mgr, void *wait)
{
    int rc = kv_wait(mgr, wait);
    free(wait);
    return rc;
}

/*
 * Whether a member of a "consumer" group subscribes to topic, from its subscription in the
 * chosen protocol's metadata (ConsumerProtocolSubscription: int16 version, then an array of
 * int16-length strings). Metadata that does not parse counts as subscribed, as Kafka does.
 */
static int member_subscribes(const group_t *g, const member_t *m, const char *topic)
{
    const proto_t *p = rmq_group_member_protocol_(m, g->protocol_name);
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
    g = rmq_group_get_(mgr, group_id, 0);
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
    rmq_group_unlock_and_deliver_(mgr);
    if (kv_wait(mgr, &w) < 0 && ndel) {
        rmq_error(SUBSYS, "group %s: deleting offsets failed", group_id);
        for (int i = 0; i < n; i++)
            if (offs[i].error == RMQ_KERR_NONE)
                offs[i].error = RMQ_KERR_KAFKA_STORAGE_ERROR;
    }
    return e;
out:
    rmq_group_unlock_and_deliver_(mgr);
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
