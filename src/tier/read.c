/*
 * read.c - reads of uploaded offsets: a bounded read cache of whole extents, ranged GETs,
 * read-ahead, and the three eviction policies.
 *
 * The cache unit is one extent: the bytes of one partition's batches in one object (up to
 * extent_max_bytes once compacted), loaded with a ranged GET, checked batch by batch
 * (length, CRC, contiguous offsets) and indexed by batch offset. Fetch returns refcounted
 * slices of it, so an entry evicted while a response is being sent stays alive until sent.
 * One GET may load several adjacent extents of an object when other partitions being read
 * will want them soon (start_load): each becomes its own entry over a piece of the GET's
 * buffer, and the cache counts the whole buffer as held until its last piece is evicted
 * (cshare_t), so the budget is what the cache really holds.
 *
 * Eviction (cache.eviction_policy):
 *   lru    - least recently read first. The default: a consumer group reads an extent, and
 *            the groups and replicas that trail it read the same extent soon after, so recency
 *            predicts the next reads well, and the work per access is O(1).
 *   lfu    - least often read first, counts halved as they age (repeated re-reads of a
 *            popular range, e.g. many groups replaying the same recent window).
 *   s3fifo - a small FIFO (10% of the budget) in front of a main FIFO with one-bit
 *            reinsertion, and a ghost list of recently evicted extents: a one-off scan (a
 *            single catch-up consumer) passes through the small queue without flushing
 *            extents that were read twice.
 * In every policy, an extent loaded by read-ahead and not read yet is evicted last: evicting
 * it would only cause the GET to be repeated moments later.
 */
#include "tier/tier_int.h"

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "kafka/record_batch.h"

#define SUBSYS          RMQ_TIER_SUBSYS
#define FAIL_PAUSE_MS   1000  /* a failed load answers with its error this long */
#define MAX_LOADS       32    /* GETs in flight for read-ahead */
#define ACTIVE_MS       10000 /* a partition read this recently counts as being read */
#define COALESCE_MAX    16    /* extents one GET may carry */
#define GHOST_MAX       4096
#define SMALL_PERCENT   10
#define LFU_FREQ_MAX    (1u << 20)
#define S3FIFO_FREQ_MAX 3

/* One ranged GET: [pos, pos + len) of an object, holding n adjacent extents in pos order. */
struct load_ctx {
    rmq_tier_t *tier;
    uint64_t pos, len;
    size_t n;
    centry_t *ces[COALESCE_MAX];
};
typedef struct load_ctx load_ctx_t;

static void ckey(uint8_t k[16], uint64_t obj, uint64_t pos)
{
    rmq_put_be64(k, obj);
    rmq_put_be64(k + 8, pos);
}

/* ---- entry list ---- */

static void list_add(rmq_tier_t *tier, centry_t *ce)
{
    ce->prev = NULL;
    ce->next = tier->clist;
    if (tier->clist)
        tier->clist->prev = ce;
    tier->clist = ce;
}

static void list_del(rmq_tier_t *tier, centry_t *ce)
{
    if (ce->prev)
        ce->prev->next = ce->next;
    else
        tier->clist = ce->next;
    if (ce->next)
        ce->next->prev = ce->prev;
    ce->next = ce->prev = NULL;
}

/*
 * The entries that are pieces of one GET buffer. The buffer is freed when the last of them
 * goes, so the cache counts their bytes as held until then: evicting one of several pieces
 * frees nothing (and counts nothing), the last one gives all of them back (mu held).
 */
typedef struct cshare {
    uint32_t live;
    uint64_t bytes;
} cshare_t;

/* Bytes the cache stops holding when ce leaves it (mu held). */
static uint64_t release_bytes(centry_t *ce)
{
    cshare_t *sh = ce->share;
    if (!sh)
        return ce->len;
    ce->share = NULL;
    if (--sh->live > 0)
        return 0;
    uint64_t bytes = sh->bytes;
    free(sh);
    return bytes;
}

static void entry_free(centry_t *ce)
{
    rmq_buf_unref(ce->data);
    free(ce->boff);
    free(ce->bpos);
    free(ce);
}

/* Removes ce from the cache (mu held). A loading entry is freed by its load callback. */
static void entry_remove(rmq_tier_t *tier, centry_t *ce, int ghost)
{
    uint8_t k[16];

    ckey(k, ce->obj, ce->pos);
    rmq_map_del(tier->cache, k, 16);
    list_del(tier, ce);
    tier->cache_bytes -= release_bytes(ce);
    if (ce->queue == 0 && tier->opts.policy == RMQ_EVICTION_S3FIFO)
        tier->cache_small_bytes -= ce->len;
    if (ghost && tier->opts.policy == RMQ_EVICTION_S3FIFO) {
        if (rmq_map_count(tier->ghost) >= GHOST_MAX) {
            rmq_map_free(tier->ghost);
            tier->ghost = rmq_map_new(64);
        }
        rmq_map_put(tier->ghost, k, 16, (void *)1);
    }
}

/* ---- eviction ---- */

static int evictable(const centry_t *ce, int allow_prefetched)
{
    return ce->state != CE_LOADING && (allow_prefetched || !ce->prefetched);
}

/* One victim by policy, or NULL (mu held). May reorder S3-FIFO queues. */
static centry_t *pick_victim(rmq_tier_t *tier, int allow_prefetched)
{
    centry_t *best = NULL;

    switch (tier->opts.policy) {
    case RMQ_EVICTION_LFU:
        for (centry_t *ce = tier->clist; ce; ce = ce->next)
            if (evictable(ce, allow_prefetched) &&
                (!best || ce->freq < best->freq ||
                 (ce->freq == best->freq && ce->last_use < best->last_use)))
                best = ce;
        return best;
    case RMQ_EVICTION_S3FIFO: {
        uint64_t small_target = tier->opts.cache_bytes * SMALL_PERCENT / 100;
        /* Bounded: each pass either evicts or moves/ages one entry. */
        for (size_t round = 0; round < 4 * rmq_map_count(tier->cache) + 4; round++) {
            int from_small = tier->cache_small_bytes > small_target;
            centry_t *oldest = NULL;
            for (centry_t *ce = tier->clist; ce; ce = ce->next)
                if (evictable(ce, allow_prefetched) && ce->queue == (from_small ? 0 : 1) &&
                    (!oldest || ce->seq < oldest->seq))
                    oldest = ce;
            if (!oldest && from_small) {
                /* nothing evictable in small: look in main */
                for (centry_t *ce = tier->clist; ce; ce = ce->next)
                    if (evictable(ce, allow_prefetched) && ce->queue == 1 &&
                        (!oldest || ce->seq < oldest->seq))
                        oldest = ce;
                from_small = 0;
            }
            if (!oldest) {
                for (centry_t *ce = tier->clist; ce; ce = ce->next)
                    if (evictable(ce, allow_prefetched) && (!oldest || ce->seq < oldest->seq))
                        oldest = ce;
                return oldest;
            }
            if (oldest->freq == 0)
                return oldest;
            if (oldest->queue == 0) {
                oldest->queue = 1; /* read again while in small: promote */
                tier->cache_small_bytes -= oldest->len;
                oldest->freq = 0;
            } else {
                oldest->freq--; /* main: reinsert at the tail */
            }
            oldest->seq = ++tier->cseq;
        }
        return NULL;
    }
    case RMQ_EVICTION_LRU:
    default:
        for (centry_t *ce = tier->clist; ce; ce = ce->next)
            if (evictable(ce, allow_prefetched) && (!best || ce->last_use < best->last_use))
                best = ce;
        return best;
    }
}

/* Evicts until need more bytes fit in the budget; returns 1 when they fit (mu held). */
static int make_room(rmq_tier_t *tier, uint64_t need, int allow_prefetched)
{
    for (int i = 0; i < 100000 && tier->cache_bytes + need > tier->opts.cache_bytes; i++) {
        centry_t *v = pick_victim(tier, 0);
        if (!v && allow_prefetched)
            v = pick_victim(tier, 1);
        if (!v)
            return 0;
        entry_remove(tier, v, 1);
        entry_free(v);
        tier->st.cache_evictions++;
    }
    return tier->cache_bytes + need <= tier->opts.cache_bytes;
}

static void touch(rmq_tier_t *tier, centry_t *ce)
{
    ce->last_use = ++tier->cclock;
    if (tier->opts.policy == RMQ_EVICTION_S3FIFO) {
        if (ce->freq < S3FIFO_FREQ_MAX)
            ce->freq++;
    } else if (ce->freq < LFU_FREQ_MAX) {
        ce->freq++;
    }
    /* LFU aging: halve every count once accesses reach 8 per entry. */
    if (tier->opts.policy == RMQ_EVICTION_LFU &&
        tier->cclock % (8 * (rmq_map_count(tier->cache) + 1)) == 0)
        for (centry_t *e = tier->clist; e; e = e->next)
            e->freq /= 2;
}

/* ---- loading ---- */

/* Indexes the batches of a loaded extent; 0 or RMQ_ECORRUPT with a message. */
static int index_extent(centry_t *ce, const rmq_buf_t *data, rmq_err_t *err)
{
    size_t off = 0, cap = 16;
    int64_t next = ce->base;

    if (data->size != ce->len)
        return rmq_err_set(err, RMQ_ECORRUPT, "extent read returned %zu bytes, expected %llu",
                           data->size, (unsigned long long)ce->len);
    ce->boff = rmq_malloc(cap * sizeof(*ce->boff));
    ce->bpos = rmq_malloc(cap * sizeof(*ce->bpos));
    ce->nb = 0;
    while (off < data->size) {
        rmq_batch_info_t info;
        int rc = rmq_batch_validate(data->data + off, data->size - off, &info, err);
        if (rc != 0)
            return rmq_err_prefix(err, "batch at byte %zu", off);
        if (info.base_offset != next)
            return rmq_err_set(err, RMQ_ECORRUPT,
                               "batch at byte %zu has offset %lld, expected "
                               "%lld",
                               off, (long long)info.base_offset, (long long)next);
        if (ce->nb == cap) {
            cap *= 2;
            ce->boff = rmq_realloc(ce->boff, cap * sizeof(*ce->boff));
            ce->bpos = rmq_realloc(ce->bpos, cap * sizeof(*ce->bpos));
        }
        ce->boff[ce->nb] = info.base_offset;
        ce->bpos[ce->nb] = (uint32_t)off;
        ce->nb++;
        next = rmq_batch_last_offset(&info) + 1;
        off += rmq_batch_size(&info);
    }
    if (next != ce->end)
        return rmq_err_set(err, RMQ_ECORRUPT, "extent ends at offset %lld, index says %lld",
                           (long long)next, (long long)ce->end);
    return 0;
}

static void parent_unref(void *opaque, uint8_t *data)
{
    RMQ_UNUSED(data);
    rmq_buf_unref(opaque);
}

/* Entry k's bytes of a GET's data: the data itself, or a piece holding a reference to it. */
static rmq_buf_t *piece_of(const load_ctx_t *lc, size_t k, rmq_buf_t *data)
{
    const centry_t *ce = lc->ces[k];
    if (lc->n == 1)
        return rmq_buf_ref(data);
    return rmq_buf_new_wrap(data->data + (ce->pos - lc->pos), (size_t)ce->len, parent_unref,
                            rmq_buf_ref(data));
}

static void load_done(void *opaque, rmq_objstore_result_t *res)
{
    load_ctx_t *lc = opaque;
    rmq_tier_t *tier = lc->tier;
    rmq_buf_t *data = NULL, *pieces[COALESCE_MAX] = {NULL};
    int rcs[COALESCE_MAX];
    rmq_err_t err;
    int rc = res->rc;

    rmq_err_clear(&err);
    if (rc == 0) {
        data = res->data;
        res->data = NULL;
        if (data->size != lc->len)
            rc = rmq_err_set(&err, RMQ_ECORRUPT, "read returned %zu bytes, expected %llu",
                             data->size, (unsigned long long)lc->len);
    } else {
        rmq_err_set(&err, rc, "%s", res->err.msg);
    }
    /* Checked outside the lock: the entries' identity fields never change. */
    for (size_t k = 0; k < lc->n; k++) {
        centry_t *ce = lc->ces[k];
        rmq_err_t e2;
        rcs[k] = rc;
        if (rc == 0) {
            pieces[k] = piece_of(lc, k, data);
            rcs[k] = index_extent(ce, pieces[k], &e2);
        } else {
            e2 = err;
        }
        if (rcs[k] != 0)
            rmq_error(SUBSYS, "partition %llu: loading offsets %lld..%lld (%s): %s",
                      (unsigned long long)ce->pid, (long long)ce->base, (long long)ce->end - 1,
                      res->key, e2.msg);
    }
    rmq_buf_unref(data);
    pthread_mutex_lock(&tier->mu);
    if (rc == 0) {
        tier->st.gets++;
        tier->st.get_bytes += lc->len;
        tier->st.get_extents += lc->n;
    }
    /* Pieces of one buffer, all of them kept: counted as held until the last one goes. When
       one failed or left the cache while loading (rare), the others get copies instead, so
       no buffer is held for bytes the cache does not count. */
    int all_kept = lc->n > 1;
    for (size_t k = 0; k < lc->n && all_kept; k++)
        all_kept = rcs[k] == 0 && !lc->ces[k]->dead;
    if (all_kept) {
        cshare_t *sh = rmq_calloc(1, sizeof(*sh));
        sh->bytes = lc->len;
        sh->live = (uint32_t)lc->n;
        for (size_t k = 0; k < lc->n; k++)
            lc->ces[k]->share = sh;
    } else if (lc->n > 1) {
        for (size_t k = 0; k < lc->n; k++) {
            if (rcs[k] != 0 || lc->ces[k]->dead)
                continue;
            rmq_buf_t *copy = rmq_buf_new_copy(pieces[k]->data, pieces[k]->size);
            rmq_buf_unref(pieces[k]);
            pieces[k] = copy;
        }
    }
    for (size_t k = 0; k < lc->n; k++) {
        centry_t *ce = lc->ces[k];
        if (ce->dead) {
            rmq_buf_unref(pieces[k]);
            entry_free(ce);
        } else if (rcs[k] == 0) {
            ce->loadctx = NULL;
            ce->data = pieces[k];
            ce->state = CE_READY;
        } else {
            ce->loadctx = NULL;
            rmq_buf_unref(pieces[k]);
            free(ce->boff);
            free(ce->bpos);
            ce->boff = NULL;
            ce->bpos = NULL;
            ce->nb = 0;
            ce->state = CE_FAILED;
            ce->err = rcs[k];
            ce->failed_ms = rmq_mono_ms();
        }
    }
    pthread_mutex_unlock(&tier->mu);
    free(lc);
    if (tier->opts.notify)
        tier->opts.notify(tier->opts.notify_opaque);
    /* Last: rmq_tier_close waits for this count, then frees the tier. */
    pthread_mutex_lock(&tier->mu);
    tier->loads_inflight--;
    pthread_cond_broadcast(&tier->cond);
    pthread_mutex_unlock(&tier->mu);
}

/* A loading entry for extent e of pid, in the cache; its GET is the caller's (mu held). */
static centry_t *new_entry(rmq_tier_t *tier, uint64_t pid, const text_t *e, int prefetched)
{
    centry_t *ce = rmq_calloc(1, sizeof(*ce));
    uint8_t k[16];

    ce->obj = e->obj;
    ce->pos = e->pos;
    ce->len = e->len;
    ce->pid = pid;
    ce->base = e->base;
    ce->end = e->end;
    ce->state = CE_LOADING;
    ce->prefetched = (uint8_t)prefetched;
    ce->seq = ++tier->cseq;
    ce->last_use = ++tier->cclock;
    ckey(k, e->obj, e->pos);
    if (tier->opts.policy == RMQ_EVICTION_S3FIFO && rmq_map_del(tier->ghost, k, 16))
        ce->queue = 1; /* seen recently: straight to main */
    if (ce->queue == 0 && tier->opts.policy == RMQ_EVICTION_S3FIFO)
        tier->cache_small_bytes += ce->len;
    rmq_map_put(tier->cache, k, 16, ce);
    list_add(tier, ce);
    tier->cache_bytes += ce->len;
    if (prefetched)
        tier->st.readaheads++;
    return ce;
}

/* Notes that pid is being read at offset (mu held). */
static void note_active(rmq_tier_t *tier, uint64_t pid, int64_t offset)
{
    uint64_t now = rmq_mono_ms();
    size_t slot = 0;

    for (size_t i = 0; i < tier->nactive; i++) {
        if (tier->active[i].pid == pid) {
            slot = i;
            goto set;
        }
        if (tier->active[i].ms < tier->active[slot].ms)
            slot = i;
    }
    if (tier->nactive < RMQ_TIER_ACTIVE_MAX)
        slot = tier->nactive++;
set:
    tier->active[slot].pid = pid;
    tier->active[slot].offset = offset;
    tier->active[slot].ms = now;
}

typedef struct cand {
    uint64_t pid;
    text_t e;
} cand_t;

/*
 * Extents of object e->obj that partitions being read will want soon (within their read-ahead
 * windows from where they read, and the extent after the one they read) and the cache does
 * not hold, e itself excepted (mu held).
 */
static size_t wanted_in_object(rmq_tier_t *tier, const text_t *e, cand_t *out, size_t max)
{
    uint64_t now = rmq_mono_ms();
    size_t n = 0;

    for (size_t a = 0; a < tier->nactive && n < max; a++) {
        if (now - tier->active[a].ms > ACTIVE_MS)
            continue;
        tpart_t *q = rmq_tier_part_(tier, tier->active[a].pid, 0);
        size_t i = q ? rmq_tier_find_ext_(q, tier->active[a].offset) : 0;
        uint64_t ahead = 0;
        /* Its read-ahead window, and at least the extent after the one it reads. */
        for (size_t j = i;
             q && j < q->n && (j <= i + 1 || ahead < tier->opts.readahead_bytes) && n < max; j++) {
            const text_t *x = &q->ext[j];
            uint8_t k[16];
            ahead += x->len;
            if (x->obj != e->obj || x->pos == e->pos)
                continue;
            ckey(k, x->obj, x->pos);
            if (rmq_map_get(tier->cache, k, 16))
                continue;
            out[n].pid = q->pid;
            out[n].e = *x;
            n++;
        }
    }
    return n;
}

/*
 * Creates a loading entry for extent e of pid and submits its GET (mu held). The GET also
 * carries the extents right before and after e in the same object that partitions being read
 * will want soon (wanted_in_object): a consumer group reading many partitions otherwise sends
 * one GET per partition per object, and an object store's cost and its per-request work go
 * by requests (s3rver here: 1 MiB ranges at half the throughput of 4 MiB ones).
 */
static centry_t *start_load(rmq_tier_t *tier, uint64_t pid, const text_t *e, int prefetched)
{
    tobj_t *o = rmq_map_get_u64(tier->objects, e->obj);
    cand_t cand[4 * COALESCE_MAX];
    load_ctx_t *lc;
    int rc;

    if (!o)
        return NULL;
    lc = rmq_calloc(1, sizeof(*lc));
    lc->tier = tier;
    centry_t *mine = new_entry(tier, pid, e, prefetched);
    lc->ces[0] = mine;
    lc->n = 1;
    lc->pos = e->pos;
    lc->len = e->len;
    size_t nc = wanted_in_object(tier, e, cand, RMQ_ARRAY_SIZE(cand));
    /* Grow the range by adjacent candidates, on either side, while they fit. */
    for (int grew = 1; grew && lc->n < COALESCE_MAX;) {
        grew = 0;
        for (size_t c = 0; c < nc && lc->n < COALESCE_MAX;) {
            const text_t *x = &cand[c].e;
            int after = x->pos == lc->pos + lc->len, before = x->pos + x->len == lc->pos;
            if ((!after && !before) || !make_room(tier, x->len, 0)) {
                c++;
                continue;
            }
            centry_t *ce = new_entry(tier, cand[c].pid, x, 1);
            if (after) {
                lc->ces[lc->n++] = ce;
            } else {
                memmove(lc->ces + 1, lc->ces, lc->n * sizeof(*lc->ces));
                lc->ces[0] = ce;
                lc->n++;
                lc->pos = x->pos;
            }
            lc->len += x->len;
            cand[c] = cand[--nc]; /* taken: look at what moved into its place */
            grew = 1;
        }
    }
    for (size_t k = 0; k < lc->n; k++)
        lc->ces[k]->loadctx = lc;
    tier->loads_inflight++;
    rc = rmq_objstore_get(tier->opts.store, o->key, lc->pos, lc->len, load_done, lc);
    if (rc != 0) {
        /* Refused at submission (closing, bad key): fail the entries now. */
        tier->loads_inflight--;
        for (size_t k = 0; k < lc->n; k++) {
            centry_t *ce = lc->ces[k];
            ce->loadctx = NULL;
            ce->state = CE_FAILED;
            ce->err = rc;
            ce->failed_ms = rmq_mono_ms();
        }
        rmq_warn(SUBSYS, "partition %llu: cannot read %s: %s", (unsigned long long)pid, o->key,
                 rmq_strerror(rc));
        free(lc);
    }
    return mine;
}

/* Starts loads of the extents after index i of p, up to readahead_bytes ahead (mu held). */
static void read_ahead(rmq_tier_t *tier, tpart_t *p, size_t i)
{
    uint64_t ahead = 0;

    for (size_t j = i + 1; j < p->n && ahead < tier->opts.readahead_bytes; j++) {
        const text_t *e = &p->ext[j];
        uint8_t k[16];
        ahead += e->len;
        ckey(k, e->obj, e->pos);
        if (rmq_map_get(tier->cache, k, 16))
            continue;
        if (tier->loads_inflight >= MAX_LOADS || !make_room(tier, e->len, 0))
            break;
        start_load(tier, p->pid, e, 1);
    }
}

int rmq_tier_read(rmq_tier_t *tier, uint64_t pid, int64_t offset, size_t max_bytes,
                  rmq_plog_read_t *out, rmq_err_t *err)
{
    size_t cap = 0;
    int rc = 0;

    out->batches = NULL;
    out->count = 0;
    out->bytes = 0;
    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    size_t i = p ? rmq_tier_find_ext_(p, offset) : 0;
    if (p && i < p->n)
        note_active(tier, pid, offset);
    if (!p || i >= p->n) {
        pthread_mutex_unlock(&tier->mu);
        return rmq_err_set(err, RMQ_ERANGE,
                           "partition %llu: offset %lld is not in object "
                           "storage",
                           (unsigned long long)pid, (long long)offset);
    }
    for (size_t x = i; x < p->n; x++) {
        const text_t *e = &p->ext[x];
        uint8_t k[16];
        ckey(k, e->obj, e->pos);
        centry_t *ce = rmq_map_get(tier->cache, k, 16);
        if (ce && ce->state == CE_FAILED && rmq_mono_ms() - ce->failed_ms >= FAIL_PAUSE_MS) {
            entry_remove(tier, ce, 0);
            entry_free(ce);
            ce = NULL;
        }
        if (x > i && (!ce || ce->state != CE_READY))
            break; /* the first extent's batches are enough for this read */
        if (!ce) {
            tier->st.cache_misses++;
            make_room(tier, e->len, 1); /* a demand read may exceed the budget if it must */
            ce = start_load(tier, pid, e, 0);
            if (ce)
                ce->prefetched = 0;
            rc = ce && ce->state == CE_FAILED ? ce->err : RMQ_EAGAIN;
            break;
        }
        if (ce->state == CE_LOADING) {
            tier->st.cache_misses++;
            ce->prefetched = 0;
            rc = RMQ_EAGAIN;
            break;
        }
        if (ce->state == CE_FAILED) {
            rc = rmq_err_set(err, ce->err, "partition %llu: offsets %lld..%lld: %s",
                             (unsigned long long)pid, (long long)ce->base, (long long)ce->end - 1,
                             rmq_strerror(ce->err));
            break;
        }
        if (x == i)
            tier->st.cache_hits++;
        touch(tier, ce);
        ce->prefetched = 0;
        /* first batch: the last one starting at or below offset */
        size_t lo = 0, hi = ce->nb;
        if (x == i) {
            while (hi - lo > 1) {
                size_t mid = lo + (hi - lo) / 2;
                if (ce->boff[mid] <= offset)
                    lo = mid;
                else
                    hi = mid;
            }
        }
        int full = 0;
        for (size_t b = lo; b < ce->nb; b++) {
            size_t bend = b + 1 < ce->nb ? ce->bpos[b + 1] : ce->len;
            size_t blen = bend - ce->bpos[b];
            if (out->count > 0 && out->bytes + blen > max_bytes) {
                full = 1;
                break;
            }
            if (out->count == cap) {
                cap = cap ? cap * 2 : 16;
                out->batches = rmq_realloc(out->batches, cap * sizeof(*out->batches));
            }
            out->batches[out->count++] = rmq_slice_make(ce->data, ce->bpos[b], blen);
            out->bytes += blen;
            if (out->bytes >= max_bytes) {
                full = 1;
                break;
            }
        }
        if (full)
            break;
    }
    read_ahead(tier, p, i);
    pthread_mutex_unlock(&tier->mu);
    if (rc == RMQ_EAGAIN && out->count > 0)
        rc = 0; /* got some; the rest comes with the next read */
    if (rc == RMQ_EAGAIN)
        rmq_err_set(err, RMQ_EAGAIN, "partition %llu: offset %lld is loading",
                    (unsigned long long)pid, (long long)offset);
    return rc;
}

void rmq_tier_cache_forget_obj_(rmq_tier_t *tier, uint64_t id)
{
    centry_t *ce = tier->clist;

    while (ce) {
        centry_t *next = ce->next;
        if (ce->obj == id) {
            entry_remove(tier, ce, 0);
            if (ce->state == CE_LOADING)
                ce->dead = 1; /* load_done frees it */
            else
                entry_free(ce);
        }
        ce = next;
    }
}

void rmq_tier_cache_free_(rmq_tier_t *tier)
{
    centry_t *ce = tier->clist;

    while (ce) {
        centry_t *next = ce->next;
        RMQ_ASSERT(ce->state != CE_LOADING);
        release_bytes(ce);
        entry_free(ce);
        ce = next;
    }
    tier->clist = NULL;
    tier->cache_bytes = 0;
}

int rmq_tier_offset_for_time(rmq_tier_t *tier, uint64_t pid, int64_t ts, int64_t log_start,
                             int64_t *offset, int64_t *timestamp)
{
    rmq_buf_t *data = NULL;
    uint32_t *bpos = NULL;
    size_t nb = 0;
    uint64_t len = 0;
    int rc = RMQ_ENOTFOUND;

    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    for (size_t i = 0; p && i < p->n; i++) {
        const text_t *e = &p->ext[i];
        if (e->end <= log_start || e->max_timestamp < ts)
            continue;
        /* The extent's first retained offset: the answer when its records are not at hand. */
        *offset = e->base > log_start ? e->base : log_start;
        *timestamp = e->max_timestamp;
        uint8_t k[16];
        ckey(k, e->obj, e->pos);
        centry_t *ce = rmq_map_get(tier->cache, k, 16);
        if (ce && ce->state == CE_FAILED && rmq_mono_ms() - ce->failed_ms >= FAIL_PAUSE_MS) {
            entry_remove(tier, ce, 0);
            entry_free(ce);
            ce = NULL;
        }
        if (!ce) {
            make_room(tier, e->len, 1);
            ce = start_load(tier, pid, e, 0);
        }
        if (ce && ce->state == CE_READY) {
            /* Decode outside the lock, on a reference to the bytes. */
            data = rmq_buf_ref(ce->data);
            nb = ce->nb;
            len = ce->len;
            bpos = rmq_malloc(nb * sizeof(*bpos));
            memcpy(bpos, ce->bpos, nb * sizeof(*bpos));
            touch(tier, ce);
            rc = 0;
        } else {
            /* Loading (notify runs when it lands), or failed: the extent-level answer. */
            rc = ce && ce->state == CE_LOADING ? RMQ_EAGAIN : 0;
        }
        break;
    }
    pthread_mutex_unlock(&tier->mu);
    for (size_t b = 0; data && b < nb; b++) {
        size_t blen = (b + 1 < nb ? bpos[b + 1] : len) - bpos[b];
        const uint8_t *bp = data->data + bpos[b];
        rmq_batch_info_t info;
        if (rmq_batch_validate(bp, blen, &info, NULL) != 0 ||
            rmq_batch_last_offset(&info) < log_start || info.max_timestamp < ts)
            continue;
        if (info.timestamp_type != RMQ_TIMESTAMP_CREATE_TIME) {
            *offset = info.base_offset > log_start ? info.base_offset : log_start;
            *timestamp = info.max_timestamp;
            break;
        }
        if (rmq_batch_find_time(bp, &info, ts, log_start, offset, timestamp) != 0)
            break; /* found, or undecodable: keep what we have */
    }
    rmq_buf_unref(data);
    free(bpos);
    return rc;
}
