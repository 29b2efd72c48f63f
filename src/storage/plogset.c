/*
 * plogset.c - the set of partition logs of a broker: one shared WAL, lookup by partition id,
 * rebuild from the WAL on open, the log start checkpoint, and the global hot-cache budget.
 *
 * Log start checkpoint, <dir>/plog-start.ckpt (little-endian), rewritten whole through a
 * temporary file + fsync + rename + directory fsync whenever a log start moves:
 *
 *   offset      size  field
 *   0           4     magic "RMQL" (0x4c514d52 read as LE u32)
 *   4           4     version (1)
 *   8           4     count: number of entries
 *   12          4     reserved (0)
 *   16 + 16*i   8     partition id (u64)
 *   24 + 16*i   8     log start offset (i64, >= 0)
 *   16 + 16*n   4     CRC-32C of every byte before it
 *
 * Only partitions whose log start is above 0 are listed. Without it a restart would replay
 * the WAL frames below a DeleteRecords point and resurrect deleted records.
 */
#include "storage/partition.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/assert.h"
#include "common/crc32c.h"
#include "common/file.h"
#include "common/log.h"
#include "common/mem.h"
#include "storage/partition_int.h"

#define SUBSYS "plog"

#define CKPT_NAME        "plog-start.ckpt"
#define CKPT_MAGIC       0x4c514d52u
#define CKPT_VERSION     1u
#define CKPT_HEADER      16u
#define CKPT_ENTRY       16u
#define CKPT_MAX_ENTRIES (1u << 24)

static void pset_check(const rmq_plogset_t *pset)
{
    RMQ_ASSERT(pset && pset->magic == RMQ_PLOGSET_MAGIC);
}

void rmq_plogset_opts_init(rmq_plogset_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    rmq_wal_opts_init(&opts->wal);
}

/* ---- Checkpoint ---- */

int rmq_plogset_ckpt_decode_(const uint8_t *data, size_t size, rmq_ckpt_entry_fn fn, void *opaque,
                             rmq_err_t *err)
{
    if (size < CKPT_HEADER + 4 || size > CKPT_HEADER + 4 + (uint64_t)CKPT_ENTRY * CKPT_MAX_ENTRIES)
        return rmq_err_set(err, RMQ_ECORRUPT, "bad size %zu", size);
    uint32_t count = rmq_le32(data + 8);
    if (rmq_le32(data) != CKPT_MAGIC || rmq_le32(data + 4) != CKPT_VERSION)
        return rmq_err_set(err, RMQ_ECORRUPT, "bad magic or version");
    if ((uint64_t)CKPT_HEADER + (uint64_t)count * CKPT_ENTRY + 4 != size)
        return rmq_err_set(err, RMQ_ECORRUPT, "%u entries do not fit %zu bytes", count, size);
    if (rmq_crc32c(0, data, size - 4) != rmq_le32(data + size - 4))
        return rmq_err_set(err, RMQ_ECORRUPT, "checksum mismatch");
    /* Validate every entry before handing out any: a bad file changes nothing. */
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *e = data + CKPT_HEADER + (size_t)i * CKPT_ENTRY;
        int64_t start = (int64_t)rmq_le64(e + 8);
        if (start < 0)
            return rmq_err_set(err, RMQ_ECORRUPT, "partition %llu: log start %lld",
                               (unsigned long long)rmq_le64(e), (long long)start);
    }
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *e = data + CKPT_HEADER + (size_t)i * CKPT_ENTRY;
        fn(opaque, rmq_le64(e), (int64_t)rmq_le64(e + 8));
    }
    return 0;
}

static void ckpt_apply(void *opaque, uint64_t id, int64_t start)
{
    rmq_plog_init_offsets_(rmq_plogset_get_or_create(opaque, id), start);
}

static int ckpt_load(rmq_plogset_t *pset, rmq_err_t *err)
{
    void *data;
    size_t size;
    rmq_err_t e2;
    int rc = rmq_file_read(pset->ckpt_path, CKPT_HEADER + 4 + (size_t)CKPT_ENTRY * CKPT_MAX_ENTRIES,
                           &data, &size, &e2);

    if (rc == -ENOENT)
        return 0;
    if (rc == RMQ_ETOOBIG)
        return rmq_err_set(err, RMQ_ECORRUPT, "%s: bad size (%s)", pset->ckpt_path, e2.msg);
    if (rc < 0)
        return rmq_err_set(err, rc, "%s", e2.msg);
    rc = rmq_plogset_ckpt_decode_(data, size, ckpt_apply, pset, &e2);
    free(data);
    if (rc < 0)
        return rmq_err_set(err, rc, "%s: %s", pset->ckpt_path, e2.msg);
    return 0;
}

int rmq_plogset_write_ckpt_(rmq_plogset_t *pset, rmq_plog_t *plog, int64_t new_start,
                            rmq_err_t *err)
{
    rmq_wbuf_t wb;
    uint32_t count = 0;
    int rc = 0;

    pset_check(pset);
    rmq_wbuf_init(&wb, 256);
    rmq_wbuf_put_le32(&wb, CKPT_MAGIC);
    rmq_wbuf_put_le32(&wb, CKPT_VERSION);
    rmq_wbuf_put_le32(&wb, 0); /* count, filled below */
    rmq_wbuf_put_le32(&wb, 0);
    pthread_rwlock_rdlock(&pset->map_lock);
    size_t it = 0;
    const void *key;
    size_t klen;
    void *val;
    while (rmq_map_next(pset->plogs, &it, &key, &klen, &val)) {
        rmq_plog_t *p = val;
        int64_t start;
        if (p == plog) {
            start = new_start;
        } else {
            rmq_plog_offsets(p, &start, NULL, NULL);
        }
        if (start <= 0)
            continue;
        rmq_wbuf_put_le64(&wb, rmq_plog_id(p));
        rmq_wbuf_put_le64(&wb, (uint64_t)start);
        count++;
    }
    pthread_rwlock_unlock(&pset->map_lock);
    rmq_put_le32(wb.data + 8, count);
    rmq_wbuf_put_le32(&wb, rmq_crc32c(0, wb.data, wb.len));

    rc = rmq_file_replace(pset->ckpt_path, wb.data, wb.len, err);
    rmq_wbuf_release(&wb);
    return rc;
}

/* ---- Global cache budget ---- */

static int item_stale(const pset_cache_item_t *item)
{
    return item->base_offset < atomic_load_explicit(&item->plog->cache_floor, memory_order_acquire);
}

static void q_push(rmq_plogset_t *pset, rmq_plog_t *plog, int64_t base_offset)
{
    if (pset->q_len == pset->q_cap) {
        size_t ncap = pset->q_cap ? pset->q_cap * 2 : 1024;
        pset_cache_item_t *nq = rmq_malloc(ncap * sizeof(*nq));
        for (size_t i = 0; i < pset->q_len; i++)
            nq[i] = pset->q[(pset->q_head + i) % pset->q_cap];
        free(pset->q);
        pset->q = nq;
        pset->q_cap = ncap;
        pset->q_head = 0;
    }
    pset->q[(pset->q_head + pset->q_len) % pset->q_cap] =
        (pset_cache_item_t){.plog = plog, .base_offset = base_offset};
    pset->q_len++;
}

/* Drops items whose batch already left the cache (per-log eviction, log start). Keeps the
   queue proportional to what is cached when per-log eviction does most of the work. */
static void q_compact(rmq_plogset_t *pset)
{
    size_t kept = 0;
    for (size_t i = 0; i < pset->q_len; i++) {
        pset_cache_item_t item = pset->q[(pset->q_head + i) % pset->q_cap];
        if (!item_stale(&item))
            pset->q[(pset->q_head + kept++) % pset->q_cap] = item;
    }
    pset->q_len = kept;
}

void rmq_plogset_cache_durable_(rmq_plogset_t *pset, rmq_plog_t *plog, int64_t base_offset)
{
    pthread_mutex_lock(&pset->cache_mu);
    q_push(pset, plog, base_offset);
    if (pset->q_len >= pset->q_compact_at) {
        q_compact(pset);
        pset->q_compact_at = pset->q_len * 2 > 1024 ? pset->q_len * 2 : 1024;
    }
    while (pset->q_len > 0 && atomic_load(&pset->cache_bytes) > pset->cache_bytes_global) {
        pset_cache_item_t item = pset->q[pset->q_head];
        pset->q_head = (pset->q_head + 1) % pset->q_cap;
        pset->q_len--;
        if (!item_stale(&item))
            rmq_plog_evict_upto_(item.plog, item.base_offset);
    }
    pthread_mutex_unlock(&pset->cache_mu);
}

/* ---- Open, replay, close ---- */

typedef struct replay_ctx {
    rmq_plogset_t *pset;
    rmq_err_t err;
} replay_ctx_t;

static int replay_frame(void *opaque, uint64_t lsn, uint64_t partition_id, const uint8_t *data,
                        size_t len, const rmq_wal_pos_t *pos)
{
    replay_ctx_t *rc = opaque;
    rmq_plog_t *plog = rmq_plogset_get_or_create(rc->pset, partition_id);
    int r = rmq_plog_restore_(plog, lsn, data, len, pos, &rc->err);

    if (r < 0)
        return r;
    if (r == 1)
        rc->pset->replay_skipped++;
    else
        rc->pset->replayed++;
    return 0;
}

int rmq_plogset_open(const rmq_plogset_opts_t *opts, rmq_plogset_t **psetp, rmq_err_t *err)
{
    char path[4096];
    int rc;

    *psetp = NULL;
    if (!opts || !opts->dir || !*opts->dir)
        return rmq_err_set(err, RMQ_EINVAL, "partition log set: no directory");
    rc = rmq_file_mkdir_p(opts->dir, err);
    if (rc != 0)
        return rc;

    rmq_plogset_t *pset = rmq_calloc(1, sizeof(*pset));
    pset->magic = RMQ_PLOGSET_MAGIC;
    pset->dir = rmq_strdup(opts->dir);
    snprintf(path, sizeof(path), "%s/%s", opts->dir, CKPT_NAME);
    pset->ckpt_path = rmq_strdup(path);
    pset->cache_bytes_per_log = opts->cache_bytes_per_log;
    pset->cache_bytes_global = opts->cache_bytes_global;
    pthread_rwlock_init(&pset->map_lock, NULL);
    pthread_mutex_init(&pset->ckpt_mu, NULL);
    pthread_mutex_init(&pset->cache_mu, NULL);
    pset->plogs = rmq_map_new(64);
    pset->q_compact_at = 1024;
    atomic_init(&pset->cache_bytes, 0);
    atomic_init(&pset->cache_evicted, 0);

    rc = ckpt_load(pset, err);
    if (rc != 0)
        goto fail;
    for (size_t i = 0; i < opts->tiered_count; i++) {
        if (opts->tiered[i].end < 0) {
            rc =
                rmq_err_set(err, RMQ_EINVAL, "partition %llu: uploaded end %lld",
                            (unsigned long long)opts->tiered[i].id, (long long)opts->tiered[i].end);
            goto fail;
        }
        rmq_plog_init_tiered_(rmq_plogset_get_or_create(pset, opts->tiered[i].id),
                              opts->tiered[i].end);
    }

    rmq_wal_opts_t wopts = opts->wal;
    if (!wopts.dir) {
        snprintf(path, sizeof(path), "%s/wal", opts->dir);
        wopts.dir = path;
    }
    rc = rmq_wal_open(&wopts, &pset->wal, err);
    if (rc != 0)
        goto fail;

    replay_ctx_t ctx = {.pset = pset};
    rmq_err_clear(&ctx.err);
    rc = rmq_wal_replay(pset->wal, 0, replay_frame, &ctx, err);
    if (rc != 0) {
        if (ctx.err.code)
            rmq_err_set(err, rc, "%s", ctx.err.msg);
        rmq_err_prefix(err, "replay of %s", wopts.dir);
        goto fail;
    }
    rmq_info(SUBSYS, "opened %s: %zu partitions, %llu batches replayed, %llu below log start",
             opts->dir, rmq_plogset_count(pset), (unsigned long long)pset->replayed,
             (unsigned long long)pset->replay_skipped);
    *psetp = pset;
    return 0;

fail:
    rmq_plogset_close(pset);
    return rc;
}

void rmq_plogset_close(rmq_plogset_t *pset)
{
    if (!pset)
        return;
    pset_check(pset);
    /* First the WAL: its close completes every queued append, whose callbacks touch plogs. */
    if (pset->wal)
        rmq_wal_close(pset->wal);
    pset->wal = NULL;
    size_t it = 0;
    const void *key;
    size_t klen;
    void *val;
    while (rmq_map_next(pset->plogs, &it, &key, &klen, &val))
        rmq_plog_free_(val);
    rmq_map_free(pset->plogs);
    free(pset->q);
    pthread_rwlock_destroy(&pset->map_lock);
    pthread_mutex_destroy(&pset->ckpt_mu);
    pthread_mutex_destroy(&pset->cache_mu);
    free(pset->dir);
    free(pset->ckpt_path);
    pset->magic = 0;
    free(pset);
}

/* ---- Lookup ---- */

rmq_plog_t *rmq_plogset_get(rmq_plogset_t *pset, uint64_t partition_id)
{
    pset_check(pset);
    pthread_rwlock_rdlock(&pset->map_lock);
    rmq_plog_t *plog = rmq_map_get_u64(pset->plogs, partition_id);
    pthread_rwlock_unlock(&pset->map_lock);
    return plog;
}

rmq_plog_t *rmq_plogset_get_or_create(rmq_plogset_t *pset, uint64_t partition_id)
{
    rmq_plog_t *plog = rmq_plogset_get(pset, partition_id);
    if (plog)
        return plog;
    pthread_rwlock_wrlock(&pset->map_lock);
    plog = rmq_map_get_u64(pset->plogs, partition_id);
    if (!plog) {
        plog = rmq_plog_new_(pset, partition_id);
        rmq_map_put_u64(pset->plogs, partition_id, plog);
    }
    pthread_rwlock_unlock(&pset->map_lock);
    return plog;
}

size_t rmq_plogset_count(rmq_plogset_t *pset)
{
    pset_check(pset);
    pthread_rwlock_rdlock(&pset->map_lock);
    size_t n = rmq_map_count(pset->plogs);
    pthread_rwlock_unlock(&pset->map_lock);
    return n;
}

static int cmp_id(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

size_t rmq_plogset_list(rmq_plogset_t *pset, uint64_t *ids, size_t max)
{
    pset_check(pset);
    pthread_rwlock_rdlock(&pset->map_lock);
    size_t total = rmq_map_count(pset->plogs);
    uint64_t *all = rmq_malloc((total ? total : 1) * sizeof(*all));
    size_t n = 0, it = 0;
    const void *key;
    size_t klen;
    void *val;
    while (rmq_map_next(pset->plogs, &it, &key, &klen, &val) && n < total)
        all[n++] = rmq_plog_id(val);
    pthread_rwlock_unlock(&pset->map_lock);
    qsort(all, n, sizeof(*all), cmp_id);
    if (ids)
        memcpy(ids, all, (n < max ? n : max) * sizeof(*ids));
    free(all);
    return total;
}

uint64_t rmq_plogset_untiered_bytes(rmq_plogset_t *pset)
{
    pset_check(pset);
    return atomic_load(&pset->untiered_total);
}

size_t rmq_plogset_ids(rmq_plogset_t *pset, uint64_t **ids)
{
    /* Plogs are only ever added: retry until the array holds them all. */
    for (;;) {
        size_t n = rmq_plogset_list(pset, NULL, 0);
        *ids = rmq_malloc((n ? n : 1) * sizeof(**ids));
        size_t total = rmq_plogset_list(pset, *ids, n);
        if (total <= n)
            return total;
        free(*ids);
    }
}

rmq_wal_t *rmq_plogset_wal(rmq_plogset_t *pset)
{
    return pset->wal;
}

uint64_t rmq_plogset_min_lsn(rmq_plogset_t *pset)
{
    rmq_wal_stats_t st;

    pset_check(pset);
    /* Stats first: anything appended after this has an LSN >= st.next_lsn. */
    rmq_wal_stats(pset->wal, &st);
    uint64_t min = st.next_lsn;
    pthread_rwlock_rdlock(&pset->map_lock);
    size_t it = 0;
    const void *key;
    size_t klen;
    void *val;
    while (rmq_map_next(pset->plogs, &it, &key, &klen, &val)) {
        rmq_plog_t *plog = val;
        pthread_mutex_lock(&plog->mu);
        /* The first entry not yet uploaded: uploaded ones are object storage's to serve. */
        size_t first = plog->head;
        while (first < plog->n && plog->ents[first].last_offset < plog->tiered)
            first++;
        if (first < plog->n) {
            /* A partition's LSNs grow with its offsets, so its oldest entry has its lowest. */
            const plog_entry_t *e = &plog->ents[first];
            uint64_t need = e->durable ? e->lsn : st.durable_lsn;
            if (need < min)
                min = need;
        }
        pthread_mutex_unlock(&plog->mu);
    }
    pthread_rwlock_unlock(&pset->map_lock);
    return min;
}

int rmq_plogset_trim(rmq_plogset_t *pset)
{
    rmq_wal_stats_t st;
    int trimmed;

    pset_check(pset);
    /* The LSN is taken before the hook runs, so what the hook saw covers what goes. */
    uint64_t below = rmq_plogset_min_lsn(pset);
    if (pset->trim_hook && pset->trim_hook(pset->trim_opaque) < 0)
        return 0; /* the hook logged why; the WAL keeps its frames until the next try */
    trimmed = rmq_wal_trim(pset->wal, below);
    if (trimmed < 0)
        return trimmed;
    rmq_wal_stats(pset->wal, &st);
    pthread_rwlock_rdlock(&pset->map_lock);
    size_t it = 0;
    const void *key;
    size_t klen;
    void *val;
    while (rmq_map_next(pset->plogs, &it, &key, &klen, &val))
        rmq_plog_prune_(val, st.first_lsn);
    pthread_rwlock_unlock(&pset->map_lock);
    return trimmed;
}

void rmq_plogset_set_trim_hook(rmq_plogset_t *pset, int (*fn)(void *opaque), void *opaque)
{
    pset_check(pset);
    pset->trim_hook = fn;
    pset->trim_opaque = opaque;
}

void rmq_plogset_stats(rmq_plogset_t *pset, rmq_plogset_stats_t *st)
{
    pset_check(pset);
    memset(st, 0, sizeof(*st));
    st->plogs = rmq_plogset_count(pset);
    st->cache_bytes = atomic_load(&pset->cache_bytes);
    st->cache_evicted = atomic_load(&pset->cache_evicted);
    st->replayed = pset->replayed;
    st->replay_skipped = pset->replay_skipped;
}
