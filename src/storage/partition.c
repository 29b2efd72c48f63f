/*
 * partition.c - one partition log: offset assignment, high watermark, batch index, hot cache,
 * reads by offset and by timestamp.
 *
 * Why two mutexes: the append path must hold a lock across the WAL enqueue so that a
 * partition's WAL order is its offset order, and rmq_wal_append may wait (queue space) for
 * the WAL writer thread. That thread runs our completion, which must update the index. If
 * both used the same lock, a full WAL queue would deadlock. So append_mu covers "assign +
 * enqueue" and mu covers the index; completions and reads only take mu, and nothing does I/O
 * or calls out (WAL, user callbacks) while holding mu.
 */
#include "storage/partition.h"

#include "common/assert.h"
#include "common/log.h"
#include "common/mem.h"
#include "storage/partition_int.h"

#define SUBSYS "plog"

/* Per-append context handed to the WAL as its completion opaque. */
typedef struct plog_append_ctx {
    rmq_plog_t *plog;
    int64_t base_offset;
    rmq_plog_done_fn done;
    void *opaque;
} plog_append_ctx_t;

static void plog_check(const rmq_plog_t *plog)
{
    RMQ_ASSERT(plog && plog->magic == RMQ_PLOG_MAGIC);
}

rmq_plog_t *rmq_plog_new_(rmq_plogset_t *pset, uint64_t id)
{
    rmq_plog_t *plog = rmq_calloc(1, sizeof(*plog));

    plog->magic = RMQ_PLOG_MAGIC;
    plog->id = id;
    plog->pset = pset;
    pthread_mutex_init(&plog->append_mu, NULL);
    pthread_mutex_init(&plog->mu, NULL);
    plog->leader_epoch = 0;
    atomic_init(&plog->cache_floor, 0);
    plog->replay_next = -1;
    return plog;
}

void rmq_plog_free_(rmq_plog_t *plog)
{
    if (!plog)
        return;
    plog_check(plog);
    for (size_t i = plog->head; i < plog->n; i++)
        rmq_slice_release(&plog->ents[i].cache);
    free(plog->ents);
    pthread_mutex_destroy(&plog->append_mu);
    pthread_mutex_destroy(&plog->mu);
    plog->magic = 0;
    free(plog);
}

/* ---- Index helpers (mu held) ---- */

static void assert_locked(rmq_plog_t *plog)
{
    /* Debug builds: a trylock that succeeds proves nobody held mu, so the caller did not
       either (when another thread holds it the check passes silently: best effort). */
#ifndef NDEBUG
    int rc = pthread_mutex_trylock(&plog->mu);
    if (rc == 0) {
        pthread_mutex_unlock(&plog->mu);
        rmq_panic("plog %llu: mu not held", (unsigned long long)plog->id);
    }
#else
    (void)plog;
#endif
}

static void update_cache_floor(rmq_plog_t *plog)
{
    int64_t floor = plog->cache_idx < plog->n ? plog->ents[plog->cache_idx].base_offset : plog->leo;
    atomic_store_explicit(&plog->cache_floor, floor, memory_order_release);
}

/* Index (absolute) of the entry containing offset; offset must lie in [first base, leo). */
static size_t find_entry(const rmq_plog_t *plog, int64_t offset)
{
    size_t lo = plog->head, hi = plog->n; /* answer in [lo, hi) */

    RMQ_DASSERT(lo < hi);
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (plog->ents[mid].base_offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static plog_entry_t *push_entry(rmq_plog_t *plog)
{
    if (plog->n == plog->cap) {
        if (plog->head > 0 && plog->head >= plog->n / 2) {
            /* Reclaim the space of dropped entries instead of growing. */
            size_t live = plog->n - plog->head;
            memmove(plog->ents, plog->ents + plog->head, live * sizeof(*plog->ents));
            plog->durable_idx -= plog->head;
            plog->cache_idx -= plog->head;
            plog->n = live;
            plog->head = 0;
        } else {
            plog->cap = plog->cap ? plog->cap * 2 : 4; /* most partitions stay small */
            plog->ents = rmq_realloc(plog->ents, plog->cap * sizeof(*plog->ents));
        }
    }
    plog_entry_t *e = &plog->ents[plog->n++];
    memset(e, 0, sizeof(*e));
    return e;
}

static void set_prefix(rmq_plog_t *plog, size_t i)
{
    plog_entry_t *e = &plog->ents[i];
    e->max_ts_prefix = e->max_timestamp;
    if (i > plog->head && plog->ents[i - 1].max_ts_prefix > e->max_ts_prefix)
        e->max_ts_prefix = plog->ents[i - 1].max_ts_prefix;
}

static void evict_entry(rmq_plog_t *plog, plog_entry_t *e)
{
    uint64_t sz = e->cache.len;
    rmq_slice_release(&e->cache);
    plog->cached_bytes -= sz;
    atomic_fetch_sub(&plog->pset->cache_bytes, sz);
}

/* Changes the log's and the set's count of durable bytes not uploaded yet. mu held. */
static void untiered_add(rmq_plog_t *plog, int64_t delta)
{
    plog->untiered_bytes = (uint64_t)((int64_t)plog->untiered_bytes + delta);
    atomic_fetch_add(&plog->pset->untiered_total, (uint64_t)delta);
}

/* Drops the index entries [head, drop_to) (durable ones) and their cached bytes. mu held. */
static void drop_front(rmq_plog_t *plog, size_t drop_to)
{
    if (drop_to <= plog->head)
        return;
    for (size_t i = plog->head; i < drop_to; i++) {
        if (plog->ents[i].cache.buf)
            evict_entry(plog, &plog->ents[i]);
        if (plog->ents[i].durable && plog->ents[i].last_offset >= plog->tiered)
            untiered_add(plog, -(int64_t)plog->ents[i].size);
    }
    plog->head = drop_to;
    if (plog->cache_idx < plog->head)
        plog->cache_idx = plog->head;
    if (plog->head == plog->n) {
        plog->head = plog->n = 0;
        plog->durable_idx = plog->cache_idx = 0;
    }
    /* The running timestamp maximum starts again at the new head. */
    for (size_t i = plog->head; i < plog->n; i++)
        set_prefix(plog, i);
    update_cache_floor(plog);
}

/* Evicts durable cached entries, oldest first, while the cache holds more than keep_bytes
   and the entry starts at or below upto. mu held. */
static void evict_oldest(rmq_plog_t *plog, int64_t upto, uint64_t keep_bytes)
{
    uint64_t count = 0;

    assert_locked(plog);
    while (plog->cache_idx < plog->durable_idx && plog->cached_bytes > keep_bytes &&
           plog->ents[plog->cache_idx].base_offset <= upto) {
        evict_entry(plog, &plog->ents[plog->cache_idx]);
        plog->cache_idx++;
        count++;
    }
    if (count) {
        plog->evicted += count;
        atomic_fetch_add(&plog->pset->cache_evicted, count);
        update_cache_floor(plog);
    }
}

void rmq_plog_evict_upto_(rmq_plog_t *plog, int64_t upto)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    evict_oldest(plog, upto, 0);
    pthread_mutex_unlock(&plog->mu);
}

/* ---- Append ---- */

static void on_wal_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    plog_append_ctx_t *ctx = opaque;
    rmq_plog_t *plog = ctx->plog;
    rmq_plogset_t *pset = plog->pset;
    int cached = 0;

    pthread_mutex_lock(&plog->mu);
    /* Entries above the HW are never dropped (log start <= hw) nor rolled back once the WAL
       accepted them, so the entry is still there. */
    RMQ_ASSERT(plog->n > plog->head && ctx->base_offset >= plog->ents[plog->head].base_offset &&
               ctx->base_offset < plog->leo);
    size_t i =
        plog->durable_idx < plog->n && plog->ents[plog->durable_idx].base_offset == ctx->base_offset
            ? plog->durable_idx
            : find_entry(plog, ctx->base_offset);
    plog_entry_t *e = &plog->ents[i];
    RMQ_ASSERT(e->base_offset == ctx->base_offset && !e->durable);
    if (status == 0) {
        e->durable = 1;
        e->lsn = lsn;
        e->pos = *pos;
        if (e->last_offset >= plog->tiered)
            untiered_add(plog, e->size);
        cached = e->cache.buf != NULL;
        /* WAL order is offset order, so completions normally arrive in order; the loop
           also copes if they do not. A failed entry stays non-durable and holds the HW. */
        while (plog->durable_idx < plog->n && plog->ents[plog->durable_idx].durable) {
            plog->hw = plog->ents[plog->durable_idx].last_offset + 1;
            plog->durable_idx++;
        }
        if (pset->cache_bytes_per_log)
            evict_oldest(plog, INT64_MAX, pset->cache_bytes_per_log);
    } else if (!plog->failed) {
        plog->failed = status;
        rmq_error(SUBSYS, "partition %llu: WAL append at offset %lld failed: %s; refusing appends",
                  (unsigned long long)plog->id, (long long)ctx->base_offset, rmq_strerror(status));
    }
    pthread_mutex_unlock(&plog->mu);

    /* Global eviction before the caller hears about it, so that a caller who saw every
       completion sees the budget applied. */
    if (status == 0 && cached && pset->cache_bytes_global)
        rmq_plogset_cache_durable_(pset, plog, ctx->base_offset);
    if (ctx->done)
        ctx->done(ctx->opaque, status, ctx->base_offset);
    free(ctx);
}

int rmq_plog_try_append(rmq_plog_t *plog, const rmq_slice_t *batch, const rmq_batch_info_t *info,
                        rmq_plog_done_fn done, void *opaque, int64_t *base_offset, rmq_err_t *err)
{
    rmq_batch_info_t local;
    int rc;

    plog_check(plog);
    if (!batch || !batch->buf || batch->len < RMQ_BATCH_HEADER_SIZE)
        return rmq_err_set(err, RMQ_EINVAL, "partition %llu: append of %zu bytes: not a batch",
                           (unsigned long long)plog->id, batch ? batch->len : 0);
    uint8_t *p = batch->buf->data + batch->off;
    if (!info) {
        rc = rmq_batch_validate(p, batch->len, &local, err);
        if (rc != 0)
            return rmq_err_prefix(err, "partition %llu: append", (unsigned long long)plog->id);
        info = &local;
    }
    if (rmq_batch_size(info) != batch->len)
        return rmq_err_set(err, RMQ_EINVAL,
                           "partition %llu: append: %zu bytes hold a batch of %zu (one whole "
                           "batch expected)",
                           (unsigned long long)plog->id, batch->len, rmq_batch_size(info));
    if (batch->len > UINT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "partition %llu: batch of %zu bytes",
                           (unsigned long long)plog->id, batch->len);

    plog_append_ctx_t *ctx = rmq_malloc(sizeof(*ctx));
    ctx->plog = plog;
    ctx->done = done;
    ctx->opaque = opaque;

    pthread_mutex_lock(&plog->append_mu);
    pthread_mutex_lock(&plog->mu);
    if (plog->failed) {
        rc = plog->failed;
        pthread_mutex_unlock(&plog->mu);
        pthread_mutex_unlock(&plog->append_mu);
        free(ctx);
        return rmq_err_set(err, RMQ_EIO, "partition %llu: log failed earlier (%s)",
                           (unsigned long long)plog->id, rmq_strerror(rc));
    }
    int64_t base = plog->leo;
    if (info->last_offset_delta < 0 || base > INT64_MAX - 1 - info->last_offset_delta) {
        pthread_mutex_unlock(&plog->mu);
        pthread_mutex_unlock(&plog->append_mu);
        free(ctx);
        return rmq_err_set(err, RMQ_ERANGE, "partition %llu: offsets exhausted",
                           (unsigned long long)plog->id);
    }
    rmq_batch_set_base_offset(p, base);
    rmq_batch_set_leader_epoch(p, plog->leader_epoch);

    plog_entry_t *e = push_entry(plog);
    e->base_offset = base;
    e->last_offset = base + info->last_offset_delta;
    e->max_timestamp = info->max_timestamp;
    e->size = (uint32_t)batch->len;
    e->cache = rmq_slice_make(batch->buf, batch->off, batch->len);
    set_prefix(plog, plog->n - 1);
    plog->leo = e->last_offset + 1;
    plog->cached_bytes += batch->len;
    plog->appends++;
    atomic_fetch_add(&plog->pset->cache_bytes, (uint64_t)batch->len);
    if (plog->cache_idx == plog->n - 1) /* it is the only cached entry */
        update_cache_floor(plog);
    ctx->base_offset = base;
    pthread_mutex_unlock(&plog->mu);

    /* Still under append_mu: nothing else can take the next offsets before this batch is
       in the WAL queue. The completion may run before this call returns. */
    rc = rmq_wal_try_append(rmq_plogset_wal(plog->pset), plog->id, p, batch->len, on_wal_done, ctx);
    if (rc != 0) {
        /* The WAL did not take it (done will not run): undo. The entry is the last one,
           since append_mu is held, and is not durable. */
        pthread_mutex_lock(&plog->mu);
        RMQ_ASSERT(plog->n > plog->head && plog->ents[plog->n - 1].base_offset == base);
        plog_entry_t *last = &plog->ents[plog->n - 1];
        if (last->cache.buf)
            evict_entry(plog, last);
        plog->n--;
        plog->leo = base;
        plog->appends--;
        if (plog->cache_idx > plog->n)
            plog->cache_idx = plog->n;
        if (plog->durable_idx > plog->n)
            plog->durable_idx = plog->n;
        update_cache_floor(plog);
        pthread_mutex_unlock(&plog->mu);
        pthread_mutex_unlock(&plog->append_mu);
        free(ctx);
        if (rc == RMQ_EAGAIN) /* the common case under load: no message to format */
            return rmq_err_set(err, rc, "partition %llu: WAL buffer full",
                               (unsigned long long)plog->id);
        return rmq_err_set(err, rc, "partition %llu: WAL append: %s", (unsigned long long)plog->id,
                           rmq_strerror(rc));
    }
    pthread_mutex_unlock(&plog->append_mu);
    if (base_offset)
        *base_offset = base;
    return 0;
}

int rmq_plog_append(rmq_plog_t *plog, const rmq_slice_t *batch, const rmq_batch_info_t *info,
                    rmq_plog_done_fn done, void *opaque, int64_t *base_offset, rmq_err_t *err)
{
    for (;;) {
        int rc = rmq_plog_try_append(plog, batch, info, done, opaque, base_offset, err);
        if (rc != RMQ_EAGAIN)
            return rc;
        /* No lock of ours is held here: wait for the writer to take the full buffer. */
        rc = rmq_wal_wait_space(rmq_plogset_wal(plog->pset), batch->len);
        if (rc < 0)
            return rmq_err_set(err, rc, "partition %llu: WAL append: %s",
                               (unsigned long long)plog->id, rmq_strerror(rc));
    }
}

int rmq_plog_append_copy(rmq_plog_t *plog, const void *data, size_t len,
                         const rmq_batch_info_t *info, rmq_plog_done_fn done, void *opaque,
                         int64_t *base_offset, rmq_err_t *err)
{
    rmq_buf_t *buf = rmq_buf_new_copy(data, len);
    rmq_slice_t s = rmq_slice_make(buf, 0, len);
    rmq_buf_unref(buf);
    int rc = rmq_plog_append(plog, &s, info, done, opaque, base_offset, err);
    rmq_slice_release(&s);
    return rc;
}

/* ---- Replay ---- */

int rmq_plog_restore_(rmq_plog_t *plog, uint64_t lsn, const uint8_t *data, size_t len,
                      const rmq_wal_pos_t *pos, rmq_err_t *err)
{
    rmq_batch_info_t info;
    int rc;

    plog_check(plog);
    rc = rmq_batch_validate(data, len, &info, err);
    if (rc == 0 && rmq_batch_size(&info) != len)
        rc = rmq_err_set(err, RMQ_ECORRUPT, "frame holds %zu bytes, batch is %zu", len,
                         rmq_batch_size(&info));
    if (rc == 0 &&
        (info.base_offset < 0 || info.base_offset > INT64_MAX - 1 - info.last_offset_delta))
        rc = rmq_err_set(err, RMQ_ECORRUPT, "base offset %lld out of range",
                         (long long)info.base_offset);
    if (rc == 0 && plog->replay_next >= 0 && info.base_offset != plog->replay_next)
        rc = rmq_err_set(err, RMQ_ECORRUPT, "base offset %lld, expected %lld (not contiguous)",
                         (long long)info.base_offset, (long long)plog->replay_next);
    if (rc != 0) {
        if (rc != RMQ_ECORRUPT)
            rc = rmq_err_set(err, RMQ_ECORRUPT, "%s", err ? err->msg : rmq_strerror(rc));
        return rmq_err_prefix(err, "partition %llu: WAL frame lsn %llu",
                              (unsigned long long)plog->id, (unsigned long long)lsn);
    }
    int64_t last = rmq_batch_last_offset(&info);
    plog->replay_next = last + 1;

    pthread_mutex_lock(&plog->mu);
    if (info.partition_leader_epoch > plog->leader_epoch)
        plog->leader_epoch = info.partition_leader_epoch;
    if (last < plog->log_start) {
        /* Deleted before the restart (the checkpoint says so): not indexed. */
        pthread_mutex_unlock(&plog->mu);
        return 1;
    }
    if (last < plog->tiered) {
        /* Uploaded before the restart: object storage serves it; not indexed. */
        pthread_mutex_unlock(&plog->mu);
        return 1;
    }
    if (plog->n == plog->head) {
        /* First retained batch. It must continue what object storage holds. */
        if (info.base_offset < plog->tiered) {
            pthread_mutex_unlock(&plog->mu);
            return rmq_err_set(err, RMQ_ECORRUPT,
                               "partition %llu: WAL frame lsn %llu: batch %lld..%lld straddles "
                               "the uploaded end %lld",
                               (unsigned long long)plog->id, (unsigned long long)lsn,
                               (long long)info.base_offset, (long long)last,
                               (long long)plog->tiered);
        }
        /* If the WAL no longer holds the offsets before it (trimmed after upload, or deleted
           by retention), the log starts here. */
        if (info.base_offset > plog->leo) {
            if (plog->tiered > plog->log_start)
                rmq_warn(SUBSYS,
                         "partition %llu: WAL resumes at %lld but object storage ends at %lld; "
                         "offsets in between are lost",
                         (unsigned long long)plog->id, (long long)info.base_offset,
                         (long long)plog->tiered);
            plog->log_start = info.base_offset;
        }
    } else {
        RMQ_ASSERT(info.base_offset == plog->leo);
    }
    plog_entry_t *e = push_entry(plog);
    e->base_offset = info.base_offset;
    e->last_offset = last;
    e->max_timestamp = info.max_timestamp;
    e->size = (uint32_t)len;
    e->durable = 1;
    e->lsn = lsn;
    e->pos = *pos;
    untiered_add(plog, e->size); /* last >= tiered: lower ones were skipped above */
    set_prefix(plog, plog->n - 1);
    plog->leo = last + 1;
    plog->hw = plog->leo;
    plog->durable_idx = plog->n;
    plog->cache_idx = plog->n;
    update_cache_floor(plog);
    pthread_mutex_unlock(&plog->mu);
    return 0;
}

void rmq_plog_init_offsets_(rmq_plog_t *plog, int64_t offset)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    RMQ_ASSERT(plog->n == plog->head);
    plog->log_start = plog->hw = plog->leo = offset;
    update_cache_floor(plog);
    pthread_mutex_unlock(&plog->mu);
}

void rmq_plog_init_tiered_(rmq_plog_t *plog, int64_t end)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    RMQ_ASSERT(plog->n == plog->head);
    if (end > plog->tiered)
        plog->tiered = end;
    if (end > plog->leo)
        plog->hw = plog->leo = end;
    update_cache_floor(plog);
    pthread_mutex_unlock(&plog->mu);
}

/* ---- Object storage tier hooks ---- */

int rmq_plog_set_tiered(rmq_plog_t *plog, int64_t end, rmq_err_t *err)
{
    int rc = 0;

    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    if (end > plog->hw)
        rc = rmq_err_set(err, RMQ_ERANGE,
                         "partition %llu: uploaded end %lld beyond high watermark %lld",
                         (unsigned long long)plog->id, (long long)end, (long long)plog->hw);
    else if (end > plog->tiered) {
        /* The entries now below the uploaded end leave the pending count. */
        size_t i = plog->n > plog->head && plog->tiered > plog->ents[plog->head].base_offset
                       ? find_entry(plog, plog->tiered)
                       : plog->head;
        for (; i < plog->n && plog->ents[i].last_offset < end; i++)
            if (plog->ents[i].durable && plog->ents[i].last_offset >= plog->tiered)
                untiered_add(plog, -(int64_t)plog->ents[i].size);
        plog->tiered = end;
    }
    pthread_mutex_unlock(&plog->mu);
    return rc;
}

int64_t rmq_plog_tiered(rmq_plog_t *plog)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    int64_t t = plog->tiered;
    pthread_mutex_unlock(&plog->mu);
    return t;
}

uint64_t rmq_plog_untiered_bytes(rmq_plog_t *plog)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    uint64_t total = plog->untiered_bytes;
    pthread_mutex_unlock(&plog->mu);
    return total;
}

void rmq_plog_prune_(rmq_plog_t *plog, uint64_t first_lsn)
{
    size_t drop_to;

    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    drop_to = plog->head;
    while (drop_to < plog->durable_idx && plog->ents[drop_to].last_offset < plog->tiered &&
           plog->ents[drop_to].lsn < first_lsn)
        drop_to++;
    drop_front(plog, drop_to);
    pthread_mutex_unlock(&plog->mu);
}

/* ---- Reads ---- */

/* What a read collected under the lock: a cached slice, or where to read the batch. */
typedef struct read_item {
    rmq_slice_t slice;
    int64_t base_offset;
    uint32_t size;
    rmq_wal_pos_t pos;
} read_item_t;

/* Reads an evicted batch back from the WAL and checks it is the batch the index expects. */
static int read_from_wal(rmq_plog_t *plog, const read_item_t *it, rmq_slice_t *out, rmq_err_t *err)
{
    rmq_buf_t *buf = NULL;
    int rc = rmq_wal_read(rmq_plogset_wal(plog->pset), &it->pos, &buf);

    if (rc != 0)
        return rmq_err_set(err, rc, "partition %llu: WAL read of offset %lld: %s",
                           (unsigned long long)plog->id, (long long)it->base_offset,
                           rmq_strerror(rc));
    if (buf->size != it->size || buf->size < RMQ_BATCH_HEADER_SIZE ||
        (int64_t)rmq_be64(buf->data) != it->base_offset) {
        rc = rmq_err_set(err, RMQ_ECORRUPT,
                         "partition %llu: WAL frame for offset %lld holds %zu bytes at offset "
                         "%lld (expected %u bytes)",
                         (unsigned long long)plog->id, (long long)it->base_offset, buf->size,
                         buf->size >= 8 ? (long long)rmq_be64(buf->data) : -1LL, it->size);
        rmq_buf_unref(buf);
        return rc;
    }
    *out = rmq_slice_make(buf, 0, buf->size);
    rmq_buf_unref(buf);
    return 0;
}

int rmq_plog_read(rmq_plog_t *plog, int64_t offset, size_t max_bytes, unsigned flags,
                  rmq_plog_read_t *out, rmq_err_t *err)
{
    read_item_t *items = NULL;
    size_t nitems = 0, cap = 0, bytes = 0;

    plog_check(plog);
    memset(out, 0, sizeof(*out));

    pthread_mutex_lock(&plog->mu);
    out->log_start = plog->log_start;
    out->hw = plog->hw;
    out->leo = plog->leo;
    int64_t limit = (flags & RMQ_PLOG_READ_UNCOMMITTED) ? plog->leo : plog->hw;
    if (offset < plog->log_start || offset > plog->leo) {
        pthread_mutex_unlock(&plog->mu);
        return rmq_err_set(err, RMQ_ERANGE, "partition %llu: offset %lld outside [%lld, %lld]",
                           (unsigned long long)plog->id, (long long)offset,
                           (long long)out->log_start, (long long)out->leo);
    }
    if (offset < limit && (plog->n == plog->head || offset < plog->ents[plog->head].base_offset)) {
        /* Retained, but no longer indexed here: uploaded, and its WAL frames are gone. */
        pthread_mutex_unlock(&plog->mu);
        return rmq_err_set(err, RMQ_EREMOTE, "partition %llu: offset %lld is in object storage",
                           (unsigned long long)plog->id, (long long)offset);
    }
    int64_t tiered = plog->tiered;
    if (offset < limit) {
        for (size_t i = find_entry(plog, offset); i < plog->n; i++) {
            const plog_entry_t *e = &plog->ents[i];
            if (e->base_offset >= limit)
                break;
            if (nitems > 0 && bytes + e->size > max_bytes)
                break;
            if (nitems == cap) {
                cap = cap ? cap * 2 : 8;
                items = rmq_realloc(items, cap * sizeof(*items));
            }
            read_item_t *it = &items[nitems++];
            memset(it, 0, sizeof(*it));
            it->base_offset = e->base_offset;
            it->size = e->size;
            if (e->cache.buf) {
                it->slice = rmq_slice_sub(&e->cache, 0, e->cache.len);
            } else {
                RMQ_ASSERT(e->durable); /* only durable entries are evicted */
                it->pos = e->pos;
            }
            bytes += e->size;
            if (bytes >= max_bytes)
                break;
        }
    }
    pthread_mutex_unlock(&plog->mu);

    /* WAL reads outside the lock. */
    int rc = 0;
    out->batches = nitems ? rmq_calloc(nitems, sizeof(*out->batches)) : NULL;
    for (size_t i = 0; i < nitems; i++) {
        read_item_t *it = &items[i];
        if (!it->slice.buf && rc == 0) {
            int r = read_from_wal(plog, it, &it->slice, i == 0 ? err : NULL);
            if (r == RMQ_ENOTFOUND && i == 0 && it->base_offset < tiered)
                r = rmq_err_set(err, RMQ_EREMOTE,
                                "partition %llu: offset %lld is in object "
                                "storage",
                                (unsigned long long)plog->id, (long long)offset);
            if (r != 0) {
                if (i == 0)
                    rc = r;
                else
                    rmq_warn(SUBSYS, "partition %llu: read stops before offset %lld: %s",
                             (unsigned long long)plog->id, (long long)it->base_offset,
                             rmq_strerror(r));
                rc = rc ? rc : 1; /* stop collecting */
            }
        }
        if (rc == 0) {
            out->batches[out->count++] = it->slice;
            out->bytes += it->slice.len;
        } else {
            rmq_slice_release(&it->slice);
        }
    }
    free(items);
    if (rc < 0) {
        /* Nothing is returned with an error: a caller that falls back to another read into
           the same struct (the tier, after RMQ_EREMOTE) must not leak this one. */
        free(out->batches);
        out->batches = NULL;
        out->count = 0;
        out->bytes = 0;
    }
    return rc < 0 ? rc : 0;
}

void rmq_plog_read_release(rmq_plog_read_t *rd)
{
    if (!rd)
        return;
    for (size_t i = 0; i < rd->count; i++)
        rmq_slice_release(&rd->batches[i]);
    free(rd->batches);
    memset(rd, 0, sizeof(*rd));
}

/* ---- Timestamp lookup ---- */

/*
 * Finds, under mu, the first entry at or after min_base whose max timestamp reaches ts and
 * lies below the read limit, and takes what is needed to read it. Returns 0 or RMQ_ENOTFOUND.
 */
static int time_candidate(rmq_plog_t *plog, int64_t ts, unsigned flags, int64_t min_base,
                          read_item_t *it, int64_t *max_ts, int64_t *log_start)
{
    int rc = RMQ_ENOTFOUND;

    pthread_mutex_lock(&plog->mu);
    int64_t limit = (flags & RMQ_PLOG_READ_UNCOMMITTED) ? plog->leo : plog->hw;
    /* First entry whose running maximum reaches ts: also the first whose own max does. */
    size_t lo = plog->head, hi = plog->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (plog->ents[mid].max_ts_prefix >= ts)
            hi = mid;
        else
            lo = mid + 1;
    }
    while (lo < plog->n &&
           (plog->ents[lo].base_offset < min_base || plog->ents[lo].max_timestamp < ts))
        lo++;
    if (lo < plog->n && plog->ents[lo].base_offset < limit) {
        const plog_entry_t *e = &plog->ents[lo];
        *log_start = plog->log_start;
        *max_ts = e->max_timestamp;
        it->base_offset = e->base_offset;
        it->size = e->size;
        if (e->cache.buf)
            it->slice = rmq_slice_sub(&e->cache, 0, e->cache.len);
        else
            it->pos = e->pos;
        rc = 0;
    }
    pthread_mutex_unlock(&plog->mu);
    return rc;
}

int rmq_plog_offset_for_time(rmq_plog_t *plog, int64_t ts, unsigned flags, int64_t *offset,
                             int64_t *timestamp, rmq_err_t *err)
{
    int64_t min_base = INT64_MIN;

    plog_check(plog);
    /* Two rounds at most: the first retained batch may start below log start, and its only
       records at or after ts may be the deleted ones; then the answer is in a later batch. */
    for (int round = 0; round < 2; round++) {
        read_item_t it;
        int64_t log_start = 0, max_ts = 0;

        memset(&it, 0, sizeof(it));
        if (time_candidate(plog, ts, flags, min_base, &it, &max_ts, &log_start) != 0)
            break;

        /* Default answer: the batch itself (LogAppendTime batches, or undecodable ones). */
        int64_t found_off = it.base_offset > log_start ? it.base_offset : log_start;
        int64_t found_ts = max_ts;
        int found = 0, decoded = 0;
        int rc = it.slice.buf ? 0 : read_from_wal(plog, &it, &it.slice, NULL);
        if (rc == 0) {
            const uint8_t *p = rmq_slice_data(&it.slice);
            rmq_batch_info_t info;
            if (rmq_batch_validate(p, it.slice.len, &info, NULL) == 0 &&
                info.timestamp_type == RMQ_TIMESTAMP_CREATE_TIME) {
                int r = rmq_batch_find_time(p, &info, ts, log_start, &found_off, &found_ts);
                found = r == 1;
                decoded = r >= 0;
            }
        } else {
            rmq_debug(SUBSYS, "partition %llu: time lookup could not read batch %lld: %s",
                      (unsigned long long)plog->id, (long long)it.base_offset, rmq_strerror(rc));
        }
        rmq_slice_release(&it.slice);
        if (decoded && !found) {
            /* Every qualifying record lies below log start: look further. */
            min_base = it.base_offset + 1;
            continue;
        }
        if (offset)
            *offset = found_off;
        if (timestamp)
            *timestamp = found_ts;
        return 0;
    }
    return rmq_err_set(err, RMQ_ENOTFOUND, "partition %llu: no record at or after time %lld",
                       (unsigned long long)plog->id, (long long)ts);
}

/* ---- Log start ---- */

void rmq_plog_apply_log_start_(rmq_plog_t *plog, int64_t offset)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    if (offset > plog->log_start) {
        RMQ_ASSERT(offset <= plog->hw);
        plog->log_start = offset;
        size_t drop_to = plog->head;
        while (drop_to < plog->n && plog->ents[drop_to].last_offset < offset)
            drop_to++;
        /* Entries below the HW are durable, so the durable cursor is never passed. */
        RMQ_ASSERT(drop_to <= plog->durable_idx);
        drop_front(plog, drop_to);
    }
    pthread_mutex_unlock(&plog->mu);
}

int rmq_plog_advance_log_start(rmq_plog_t *plog, int64_t offset, rmq_err_t *err)
{
    rmq_plogset_t *pset;
    int rc = 0;

    plog_check(plog);
    pset = plog->pset;
    pthread_mutex_lock(&pset->ckpt_mu);
    pthread_mutex_lock(&plog->mu);
    int64_t cur = plog->log_start, hw = plog->hw;
    pthread_mutex_unlock(&plog->mu);
    if (offset <= cur)
        goto out;
    if (offset > hw) {
        rc = rmq_err_set(err, RMQ_ERANGE,
                         "partition %llu: log start %lld beyond high watermark %lld",
                         (unsigned long long)plog->id, (long long)offset, (long long)hw);
        goto out;
    }
    /* Persist first: a crash after this point restarts with the new start; before, with
       the old one. The HW only grows, so offset <= hw still holds when applied. */
    rc = rmq_plogset_write_ckpt_(pset, plog, offset, err);
    if (rc == 0)
        rmq_plog_apply_log_start_(plog, offset);
out:
    pthread_mutex_unlock(&pset->ckpt_mu);
    return rc;
}

/* ---- Accessors ---- */

uint64_t rmq_plog_id(const rmq_plog_t *plog)
{
    plog_check(plog);
    return plog->id;
}

void rmq_plog_offsets(rmq_plog_t *plog, int64_t *log_start, int64_t *hw, int64_t *leo)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    if (log_start)
        *log_start = plog->log_start;
    if (hw)
        *hw = plog->hw;
    if (leo)
        *leo = plog->leo;
    pthread_mutex_unlock(&plog->mu);
}

void rmq_plog_become_leader(rmq_plog_t *plog, int32_t leader_epoch)
{
    plog_check(plog);
    /* append_mu: a batch being appended keeps the epoch it was patched with. */
    pthread_mutex_lock(&plog->append_mu);
    pthread_mutex_lock(&plog->mu);
    plog->leader_epoch = leader_epoch;
    pthread_mutex_unlock(&plog->mu);
    pthread_mutex_unlock(&plog->append_mu);
}

int32_t rmq_plog_leader_epoch(rmq_plog_t *plog)
{
    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    int32_t epoch = plog->leader_epoch;
    pthread_mutex_unlock(&plog->mu);
    return epoch;
}

int rmq_plog_min_lsn(rmq_plog_t *plog, int64_t offset, uint64_t *lsn)
{
    int rc = 0;

    plog_check(plog);
    pthread_mutex_lock(&plog->mu);
    if (offset < plog->log_start || offset >= plog->leo || plog->n == plog->head) {
        rc = RMQ_ERANGE;
    } else {
        const plog_entry_t *e = &plog->ents[find_entry(plog, offset)];
        if (!e->durable)
            rc = RMQ_ENOTFOUND;
        else if (lsn)
            *lsn = e->lsn;
    }
    pthread_mutex_unlock(&plog->mu);
    return rc;
}

int rmq_plog_entry(rmq_plog_t *plog, size_t idx, rmq_plog_entry_info_t *out)
{
    int rc = 0;

    plog_check(plog);
    memset(out, 0, sizeof(*out));
    pthread_mutex_lock(&plog->mu);
    if (idx >= plog->n - plog->head) {
        rc = RMQ_ENOTFOUND;
    } else {
        const plog_entry_t *e = &plog->ents[plog->head + idx];
        out->base_offset = e->base_offset;
        out->last_offset = e->last_offset;
        out->max_timestamp = e->max_timestamp;
        out->size = e->size;
        out->durable = e->durable;
        out->cached = e->cache.buf != NULL;
        out->lsn = e->lsn;
        out->pos = e->pos;
    }
    pthread_mutex_unlock(&plog->mu);
    return rc;
}

void rmq_plog_stats(rmq_plog_t *plog, rmq_plog_stats_t *st)
{
    plog_check(plog);
    memset(st, 0, sizeof(*st));
    pthread_mutex_lock(&plog->mu);
    st->entries = plog->n - plog->head;
    st->cached_entries = plog->n - plog->cache_idx;
    st->cached_bytes = plog->cached_bytes;
    st->appends = plog->appends;
    st->evicted = plog->evicted;
    st->failed = plog->failed;
    pthread_mutex_unlock(&plog->mu);
}
