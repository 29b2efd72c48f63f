/*
 * tier.c - the tier's index: loading it from the metadata store, lookups, retention drops,
 * offsets by time, lifecycle and stats.
 */
#include "tier/tier_int.h"

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

#define SUBSYS RMQ_TIER_SUBSYS

void rmq_tier_opts_init(rmq_tier_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->prefix = "rustmq";
    opts->upload_interval_ms = 1000;
    opts->upload_bytes = 16u << 20;
    opts->max_uploads = 2;
    opts->extent_max_bytes = 8u << 20;
    opts->cache_bytes = 256u << 20;
    opts->policy = RMQ_EVICTION_LRU;
    opts->readahead_bytes = 32u << 20;
    opts->compaction_interval_ms = 60000;
    opts->compaction_min_bytes = 32u << 20;
    opts->delete_grace_ms = 10000;
}

/* ---- metadata encoding ---- */

size_t rmq_tier_key_ext_(uint8_t *out, uint64_t pid, int64_t base)
{
    memcpy(out, "t/x/", 4);
    rmq_put_be64(out + 4, pid);
    rmq_put_be64(out + 12, (uint64_t)base);
    return 20;
}

size_t rmq_tier_key_obj_(uint8_t *out, uint64_t id)
{
    memcpy(out, "t/o/", 4);
    rmq_put_be64(out + 4, id);
    return 12;
}

size_t rmq_tier_key_up_(uint8_t *out, uint64_t pid)
{
    memcpy(out, "t/u/", 4);
    rmq_put_be64(out + 4, pid);
    return 12;
}

void rmq_tier_val_ext_(uint8_t out[40], const text_t *e)
{
    rmq_put_le64(out, (uint64_t)e->end);
    rmq_put_le64(out + 8, (uint64_t)e->max_timestamp);
    rmq_put_le64(out + 16, e->obj);
    rmq_put_le64(out + 24, e->pos);
    rmq_put_le64(out + 32, e->len);
}

uint8_t *rmq_tier_val_obj_(const tobj_t *o, size_t *len)
{
    size_t kl = strlen(o->key);
    uint8_t *v = rmq_malloc(19 + kl);
    rmq_put_le64(v, o->size);
    rmq_put_le64(v + 8, (uint64_t)o->created_ms);
    v[16] = o->kind;
    v[17] = (uint8_t)(kl & 0xff);
    v[18] = (uint8_t)(kl >> 8);
    memcpy(v + 19, o->key, kl);
    *len = 19 + kl;
    return v;
}

/* ---- index helpers ---- */

tpart_t *rmq_tier_part_(rmq_tier_t *tier, uint64_t pid, int create)
{
    tpart_t *p = rmq_map_get_u64(tier->parts, pid);
    if (!p && create) {
        p = rmq_calloc(1, sizeof(*p));
        p->pid = pid;
        rmq_map_put_u64(tier->parts, pid, p);
    }
    return p;
}

size_t rmq_tier_find_ext_(const tpart_t *p, int64_t offset)
{
    size_t lo = 0, hi = p->n;

    if (p->n == 0 || offset < p->ext[0].base || offset >= p->ext[p->n - 1].end)
        return p->n;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (p->ext[mid].base <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return offset < p->ext[lo].end ? lo : p->n; /* in a gap: not held */
}

void rmq_tier_schedule_delete_(rmq_tier_t *tier, const char *key)
{
    pending_delete_t *d = rmq_calloc(1, sizeof(*d));
    pending_delete_t **pp = &tier->deletes;

    d->key = rmq_strdup(key);
    d->due_ms = rmq_mono_ms() + tier->opts.delete_grace_ms;
    while (*pp)
        pp = &(*pp)->next;
    *pp = d;
    pthread_cond_broadcast(&tier->cond);
}

void rmq_tier_dead_objs_(rmq_tier_t *tier, const text_t *run, size_t n, rmq_kv_batch_t *b)
{
    rmq_map_t *refs = rmq_map_new(n < 16 ? 16 : n); /* object id -> extents of run in it */
    size_t it = 0, klen;
    const void *key;
    void *val;

    for (size_t i = 0; i < n; i++) {
        uintptr_t c = (uintptr_t)rmq_map_get_u64(refs, run[i].obj);
        rmq_map_put_u64(refs, run[i].obj, (void *)(c + 1));
    }
    while (rmq_map_next(refs, &it, &key, &klen, &val)) {
        uint64_t id;
        memcpy(&id, key, sizeof(id));
        tobj_t *o = rmq_map_get_u64(tier->objects, id);
        if (o && o->live == (uintptr_t)val) {
            uint8_t k[16];
            rmq_kv_batch_del(b, k, rmq_tier_key_obj_(k, id));
        }
    }
    rmq_map_free(refs);
}

void rmq_tier_obj_unref_(rmq_tier_t *tier, uint64_t id, rmq_kv_batch_t *b)
{
    tobj_t *o = rmq_map_get_u64(tier->objects, id);
    uint8_t k[16];

    if (!o)
        return;
    RMQ_ASSERT(o->live > 0);
    if (--o->live > 0)
        return;
    if (b)
        rmq_kv_batch_del(b, k, rmq_tier_key_obj_(k, id));
    rmq_tier_schedule_delete_(tier, o->key);
    rmq_tier_cache_forget_obj_(tier, id);
    rmq_map_del_u64(tier->objects, id);
    tier->st.objects--;
    tier->st.object_bytes -= o->size;
    free(o->key);
    free(o);
}

/* ---- open: load the index ---- */

typedef struct load_ctx {
    rmq_tier_t *tier;
    int rc;
    rmq_err_t *err;
} load_ctx_t;

static int load_one(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    load_ctx_t *lc = opaque;
    rmq_tier_t *tier = lc->tier;
    const uint8_t *k = key, *v = val;

    if (klen == 5 && memcmp(k, "t/seq", 5) == 0) {
        if (vlen != 8)
            goto bad;
        tier->next_id = rmq_le64(v);
        return 0;
    }
    if (klen < 4)
        return 0;
    if (memcmp(k, "t/o/", 4) == 0) {
        if (klen != 12 || vlen < 19)
            goto bad;
        size_t kl = (size_t)v[17] | ((size_t)v[18] << 8);
        if (19 + kl != vlen || kl == 0)
            goto bad;
        tobj_t *o = rmq_calloc(1, sizeof(*o));
        o->id = rmq_be64(k + 4);
        o->size = rmq_le64(v);
        o->created_ms = (int64_t)rmq_le64(v + 8);
        o->kind = v[16];
        o->key = rmq_malloc(kl + 1);
        memcpy(o->key, v + 19, kl);
        o->key[kl] = '\0';
        if (strlen(o->key) != kl || rmq_map_get_u64(tier->objects, o->id)) {
            free(o->key);
            free(o);
            goto bad;
        }
        rmq_map_put_u64(tier->objects, o->id, o);
        return 0;
    }
    if (memcmp(k, "t/x/", 4) == 0) {
        if (klen != 20 || vlen != 40)
            goto bad;
        tpart_t *p = rmq_tier_part_(tier, rmq_be64(k + 4), 1);
        if (p->n == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 8;
            p->ext = rmq_realloc(p->ext, p->cap * sizeof(*p->ext));
        }
        text_t *e = &p->ext[p->n++];
        e->base = (int64_t)rmq_be64(k + 12);
        e->end = (int64_t)rmq_le64(v);
        e->max_timestamp = (int64_t)rmq_le64(v + 8);
        e->obj = rmq_le64(v + 16);
        e->pos = rmq_le64(v + 24);
        e->len = rmq_le64(v + 32);
        if (e->base < 0 || e->end <= e->base || e->len == 0 || e->len > UINT32_MAX)
            goto bad;
        return 0;
    }
    if (memcmp(k, "t/u/", 4) == 0) {
        if (klen != 12 || vlen != 8 || (int64_t)rmq_le64(v) < 0)
            goto bad;
        rmq_tier_part_(tier, rmq_be64(k + 4), 1)->uploaded = (int64_t)rmq_le64(v);
        return 0;
    }
    return 0;
bad:
    lc->rc = rmq_err_set(lc->err, RMQ_ECORRUPT,
                         "tier metadata: bad record (key %zu bytes, "
                         "value %zu bytes, key starts \"%.4s\")",
                         klen, vlen, (const char *)k);
    return 1;
}

static int cmp_ext(const void *a, const void *b)
{
    const text_t *x = a, *y = b;
    return x->base < y->base ? -1 : x->base > y->base;
}

/* Sorts and checks every partition's extents; counts live extents per object. */
static int check_index(rmq_tier_t *tier, rmq_err_t *err)
{
    size_t it = 0, klen;
    const void *key;
    void *val;

    while (rmq_map_next(tier->parts, &it, &key, &klen, &val)) {
        tpart_t *p = val;
        qsort(p->ext, p->n, sizeof(*p->ext), cmp_ext);
        for (size_t i = 0; i < p->n; i++) {
            text_t *e = &p->ext[i];
            tobj_t *o = rmq_map_get_u64(tier->objects, e->obj);
            if (!o)
                return rmq_err_set(err, RMQ_ECORRUPT,
                                   "tier metadata: partition %llu extent at %lld names missing "
                                   "object %llu",
                                   (unsigned long long)p->pid, (long long)e->base,
                                   (unsigned long long)e->obj);
            if (e->pos + e->len < e->pos || e->pos + e->len > o->size)
                return rmq_err_set(err, RMQ_ECORRUPT,
                                   "tier metadata: partition %llu extent at %lld lies outside "
                                   "object %s",
                                   (unsigned long long)p->pid, (long long)e->base, o->key);
            /* Gaps are allowed (an upload that resumed above a log start moved by
               retention); overlaps are not. */
            if (i > 0 && p->ext[i - 1].end > e->base)
                return rmq_err_set(err, RMQ_ECORRUPT,
                                   "tier metadata: partition %llu extents overlap at "
                                   "%lld (previous ends at %lld)",
                                   (unsigned long long)p->pid, (long long)e->base,
                                   (long long)p->ext[i - 1].end);
            o->live++;
            tier->st.extents++;
        }
        if (p->n && p->ext[p->n - 1].end > p->uploaded)
            p->uploaded = p->ext[p->n - 1].end; /* the end record is written with them */
    }
    it = 0;
    while (rmq_map_next(tier->objects, &it, &key, &klen, &val)) {
        tobj_t *o = val;
        tier->st.objects++;
        tier->st.object_bytes += o->size;
        if (o->id >= tier->next_id)
            tier->next_id = o->id + 1;
    }
    return 0;
}

int rmq_tier_open(const rmq_tier_opts_t *opts, rmq_tier_t **out, rmq_err_t *err)
{
    rmq_tier_t *tier;
    load_ctx_t lc;
    int rc;

    *out = NULL;
    if (!opts || !opts->store || !opts->kv || !opts->prefix || !*opts->prefix)
        return rmq_err_set(err, RMQ_EINVAL, "tier: store, metadata and prefix are required");
    if (opts->upload_bytes < 4096 || opts->extent_max_bytes < 4096 ||
        opts->extent_max_bytes > UINT32_MAX)
        return rmq_err_set(err, RMQ_EINVAL,
                           "tier: upload_bytes and extent_max_bytes must be "
                           "at least 4096 (extents at most 4 GiB)");
    tier = rmq_calloc(1, sizeof(*tier));
    tier->magic = RMQ_TIER_MAGIC;
    tier->opts = *opts;
    tier->prefix = rmq_strdup(opts->prefix);
    tier->opts.prefix = tier->prefix;
    pthread_mutex_init(&tier->commit_mu, NULL);
    pthread_mutex_init(&tier->mu, NULL);
    rmq_cond_init(&tier->cond);
    tier->parts = rmq_map_new(64);
    tier->objects = rmq_map_new(64);
    tier->cache = rmq_map_new(64);
    tier->ghost = rmq_map_new(64);
    tier->rng = rmq_mono_ns() ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)tier;
    lc.tier = tier;
    lc.rc = 0;
    lc.err = err;
    rmq_kv_scan(opts->kv, "t/", 2, load_one, &lc);
    rc = lc.rc ? lc.rc : check_index(tier, err);
    if (rc != 0) {
        rmq_tier_close(tier);
        return rc;
    }
    rmq_info(SUBSYS, "index loaded: %llu objects (%llu bytes), %llu extents, %zu partitions",
             (unsigned long long)tier->st.objects, (unsigned long long)tier->st.object_bytes,
             (unsigned long long)tier->st.extents, rmq_map_count(tier->parts));
    *out = tier;
    return 0;
}

size_t rmq_tier_tiered(rmq_tier_t *tier, rmq_plog_tiered_t **out)
{
    size_t it = 0, klen, n = 0;
    const void *key;
    void *val;

    pthread_mutex_lock(&tier->mu);
    *out = rmq_calloc(rmq_map_count(tier->parts) + 1, sizeof(**out));
    while (rmq_map_next(tier->parts, &it, &key, &klen, &val)) {
        tpart_t *p = val;
        (*out)[n].id = p->pid;
        (*out)[n].end = p->uploaded;
        n++;
    }
    pthread_mutex_unlock(&tier->mu);
    return n;
}

int rmq_tier_start(rmq_tier_t *tier, rmq_plogset_t *pset, rmq_err_t *err)
{
    uint64_t *ids;
    size_t n;
    int rc;

    RMQ_TIER_CHECK(tier);
    tier->pset = pset;
    /* Extents below a log start that moved while we were down (or before a crash). */
    n = rmq_plogset_ids(pset, &ids);
    for (size_t i = 0; i < n; i++) {
        int64_t ls;
        rmq_plog_offsets(rmq_plogset_get(pset, ids[i]), &ls, NULL, NULL);
        rmq_tier_drop_below(tier, ids[i], ls);
    }
    free(ids);
    rc = rmq_tier_collect_orphans_(tier, err);
    if (rc != 0)
        rmq_warn(SUBSYS, "orphan collection: %s (continuing; retried at the next start)",
                 err ? err->msg : rmq_strerror(rc));
    if ((rc = rmq_thread_start(&tier->uploader, "rmq-tier-upload", rmq_tier_uploader_main_, tier,
                               err)) < 0)
        return rc;
    if ((rc = rmq_thread_start(&tier->maint, "rmq-tier-maint", rmq_tier_maint_main_, tier, err)) <
        0) {
        pthread_mutex_lock(&tier->mu);
        tier->stop = 1;
        pthread_cond_broadcast(&tier->cond);
        pthread_mutex_unlock(&tier->mu);
        pthread_join(tier->uploader, NULL);
        return rc;
    }
    tier->started = 1;
    return 0;
}

void rmq_tier_close(rmq_tier_t *tier)
{
    size_t it = 0, klen;
    const void *key;
    void *val;

    if (!tier)
        return;
    pthread_mutex_lock(&tier->mu);
    tier->stop = 1;
    pthread_cond_broadcast(&tier->cond);
    pthread_mutex_unlock(&tier->mu);
    if (tier->started) {
        pthread_join(tier->uploader, NULL);
        pthread_join(tier->maint, NULL);
    }
    /* Loads in flight call back into the tier: wait for them. The object store's request
       timeout and retry policy bound how long that takes. */
    pthread_mutex_lock(&tier->mu);
    for (uint64_t waited = 0; tier->loads_inflight > 0; waited += 10) {
        if (waited && waited % 5000 == 0)
            rmq_info(SUBSYS, "closing: waiting for %u object store read(s)", tier->loads_inflight);
        rmq_cond_wait_ms(&tier->cond, &tier->mu, 10);
    }
    pthread_mutex_unlock(&tier->mu);
    rmq_tier_cache_free_(tier);
    while (rmq_map_next(tier->parts, &it, &key, &klen, &val)) {
        tpart_t *p = val;
        free(p->ext);
        free(p);
    }
    it = 0;
    while (rmq_map_next(tier->objects, &it, &key, &klen, &val)) {
        tobj_t *o = val;
        free(o->key);
        free(o);
    }
    while (tier->deletes) {
        pending_delete_t *d = tier->deletes;
        tier->deletes = d->next;
        free(d->key);
        free(d);
    }
    rmq_map_free(tier->parts);
    rmq_map_free(tier->objects);
    rmq_map_free(tier->cache);
    rmq_map_free(tier->ghost);
    pthread_mutex_destroy(&tier->commit_mu);
    pthread_mutex_destroy(&tier->mu);
    pthread_cond_destroy(&tier->cond);
    free(tier->prefix);
    tier->magic = 0;
    free(tier);
}

void rmq_tier_kick(rmq_tier_t *tier)
{
    pthread_mutex_lock(&tier->mu);
    tier->kicked = 1;
    pthread_cond_broadcast(&tier->cond);
    pthread_mutex_unlock(&tier->mu);
}

/* ---- queries ---- */

size_t rmq_tier_extents(rmq_tier_t *tier, uint64_t pid, rmq_tier_extent_t **out)
{
    size_t n = 0;

    RMQ_TIER_CHECK(tier);
    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    *out = rmq_calloc(p && p->n ? p->n : 1, sizeof(**out));
    for (size_t i = 0; p && i < p->n; i++) {
        (*out)[n].base = p->ext[i].base;
        (*out)[n].end = p->ext[i].end;
        (*out)[n].max_timestamp = p->ext[i].max_timestamp;
        (*out)[n].bytes = p->ext[i].len;
        n++;
    }
    pthread_mutex_unlock(&tier->mu);
    return n;
}

int rmq_tier_first_extent(rmq_tier_t *tier, uint64_t pid, rmq_tier_extent_t *out)
{
    int found = 0;

    RMQ_TIER_CHECK(tier);
    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    if (p && p->n > 0) {
        out->base = p->ext[0].base;
        out->end = p->ext[0].end;
        out->max_timestamp = p->ext[0].max_timestamp;
        out->bytes = p->ext[0].len;
        found = 1;
    }
    pthread_mutex_unlock(&tier->mu);
    return found;
}

int rmq_tier_drop_below(rmq_tier_t *tier, uint64_t pid, int64_t log_start)
{
    rmq_kv_batch_t *b;
    size_t drop = 0;
    int rc;

    RMQ_TIER_CHECK(tier);
    pthread_mutex_lock(&tier->commit_mu);
    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    while (p && drop < p->n && p->ext[drop].end <= log_start)
        drop++;
    pthread_mutex_unlock(&tier->mu);
    if (drop == 0) {
        pthread_mutex_unlock(&tier->commit_mu);
        return 0;
    }
    /* Only committers change extents, and we hold commit_mu: p->ext[0..drop) is stable. */
    b = rmq_kv_batch_new();
    for (size_t i = 0; i < drop; i++) {
        uint8_t k[24];
        rmq_kv_batch_del(b, k, rmq_tier_key_ext_(k, pid, p->ext[i].base));
    }
    pthread_mutex_lock(&tier->mu);
    rmq_tier_dead_objs_(tier, p->ext, drop, b);
    pthread_mutex_unlock(&tier->mu);
    rc = rmq_kv_commit(tier->opts.kv, b);
    if (rc != 0) {
        /* Nothing changed; the next housekeeping round tries again. */
        pthread_mutex_unlock(&tier->commit_mu);
        rmq_warn(SUBSYS, "partition %llu: dropping extents below %lld: metadata write: %s",
                 (unsigned long long)pid, (long long)log_start, rmq_strerror(rc));
        return rc;
    }
    pthread_mutex_lock(&tier->mu);
    for (size_t i = 0; i < drop; i++)
        rmq_tier_obj_unref_(tier, p->ext[i].obj, NULL);
    memmove(p->ext, p->ext + drop, (p->n - drop) * sizeof(*p->ext));
    p->n -= drop;
    tier->st.extents -= drop;
    pthread_mutex_unlock(&tier->mu);
    pthread_mutex_unlock(&tier->commit_mu);
    rmq_debug(SUBSYS, "partition %llu: dropped %zu extent(s) below %lld", (unsigned long long)pid,
              drop, (long long)log_start);
    return (int)drop;
}

void rmq_tier_stats(rmq_tier_t *tier, rmq_tier_stats_t *st)
{
    pthread_mutex_lock(&tier->mu);
    *st = tier->st;
    st->cache_bytes = tier->cache_bytes;
    pthread_mutex_unlock(&tier->mu);
}
