/*
 * upload.c - the uploader (WAL -> shared objects), orphan collection, and the maintenance
 * thread (deferred deletions, compaction into per-partition objects).
 */
#include "tier/tier_int.h"

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/record_batch.h"

#define SUBSYS          RMQ_TIER_SUBSYS
#define POLL_MS         50   /* how often the uploader looks at the pending bytes */
#define BACKOFF_MAX_MS  5000 /* longest pause after a failed upload */
#define COMPACT_MAX_MUL 8    /* a compacted object holds at most 8 extents */
#define DELETE_RETRY_MS 5000

/* ---- helpers ---- */

static uint64_t next_rand(rmq_tier_t *tier)
{
    /* xorshift64*, under mu */
    uint64_t x = tier->rng;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    tier->rng = x ? x : 0x9e3779b97f4a7c15ull;
    return x * 0x2545f4914f6cdd1dull;
}

/* Allocates an object id and a key "<prefix>/<id:016x>-<nonce:08x>.obj" (mu not held). */
static uint64_t new_object(rmq_tier_t *tier, char *key, size_t keysz)
{
    pthread_mutex_lock(&tier->mu);
    uint64_t id = tier->next_id++;
    uint32_t nonce = (uint32_t)(next_rand(tier) >> 32);
    pthread_mutex_unlock(&tier->mu);
    snprintf(key, keysz, "%s/%016llx-%08x.obj", tier->prefix, (unsigned long long)id, nonce);
    return id;
}

/* Parses the id out of a key this tier wrote; -1 when the key is not one of ours. */
static int parse_key_id(const rmq_tier_t *tier, const char *key, uint64_t *id)
{
    size_t pl = strlen(tier->prefix);
    char *end;

    if (strncmp(key, tier->prefix, pl) != 0 || key[pl] != '/')
        return -1;
    key += pl + 1;
    if (strlen(key) != 16 + 1 + 8 + 4 || key[16] != '-' || strcmp(key + 25, ".obj") != 0)
        return -1;
    errno = 0;
    *id = strtoull(key, &end, 16);
    return end == key + 16 && errno == 0 ? 0 : -1;
}

/* Waits on cond up to ms, mu held. */
static void wait_ms(rmq_tier_t *tier, uint64_t ms)
{
    RMQ_ASSERT_HELD(&tier->mu);
    rmq_cond_wait_ms(&tier->cond, &tier->mu, ms);
}

/* Bytes durable in the partition logs and not uploaded yet. */
static uint64_t pending_bytes(rmq_tier_t *tier)
{
    return rmq_plogset_untiered_bytes(tier->pset);
}

/* ---- the uploader ---- */

typedef struct upload {
    rmq_wbuf_t wb;
    rmq_tier_fext_t *ext;
    size_t n, cap;
    rmq_yield_t yield; /* the copy into wb gives way to waiting threads (thread.h) */
    /* The payload's SHA-256, hashed as the bytes are copied in, when the store signs it
       (rmq_objstore_wants_digest); hashing = 0 when not (or abandoned after a bad batch). */
    rmq_objstore_digest_t digest;
    int hashing;
} upload_t;

static void upload_hash(upload_t *up, const uint8_t *p, size_t n)
{
    if (up->hashing)
        rmq_objstore_digest_update(&up->digest, p, n);
}

static void upload_stop_hashing(upload_t *up)
{
    if (up->hashing)
        rmq_objstore_digest_discard(&up->digest);
    up->hashing = 0;
}

/*
 * Appends up to max_bytes of partition pid's batches from *start (or from the uploaded end,
 * whichever is higher) as one extent, and moves *start past them. Returns 1 when an extent was
 * added, 0 when there was nothing (or nothing readable) to add.
 */
static int add_extent(rmq_tier_t *tier, upload_t *up, uint64_t pid, int64_t *start,
                      size_t max_bytes)
{
    rmq_plog_t *plog = rmq_plogset_get(tier->pset, pid);
    rmq_plog_read_t rd;
    rmq_err_t err;
    int64_t ls, hw, from = rmq_plog_tiered(plog);
    int rc;

    if (*start > from)
        from = *start;
    rmq_plog_offsets(plog, &ls, &hw, NULL);
    if (ls > from) {
        /* Retention or DeleteRecords passed the uploaded end: nothing below ls is kept. */
        rmq_tier_drop_below(tier, pid, ls);
        from = ls;
    }
    if (hw <= from)
        return 0;
    rc = rmq_plog_read(plog, from, max_bytes, 0, &rd, &err);
    if (rc != 0 || rd.count == 0) {
        if (rc != 0)
            rmq_warn(SUBSYS, "partition %llu: reading offset %lld for upload: %s",
                     (unsigned long long)pid, (long long)from, err.msg);
        rmq_plog_read_release(&rd);
        return 0;
    }
    rmq_tier_fext_t fe = {.pid = pid, .pos = up->wb.len, .max_timestamp = -1};
    for (size_t i = 0; i < rd.count; i++) {
        const uint8_t *p = rmq_slice_data(&rd.batches[i]);
        rmq_batch_info_t info;
        /* The bytes were validated when produced and are read from memory or from WAL frames
           that carry their own checksum: the structure is checked, the CRC is not redone. */
        if (rmq_batch_parse_trusted(p, rd.batches[i].len, &info, &err) != 0 ||
            (i == 0 ? info.base_offset > from || rmq_batch_last_offset(&info) < from
                    : info.base_offset != fe.end)) {
            rmq_error(SUBSYS,
                      "partition %llu: batch %zu read for upload at %lld is not the "
                      "expected one; upload of this partition skipped",
                      (unsigned long long)pid, i, (long long)from);
            up->wb.len = fe.pos;
            upload_stop_hashing(up); /* the digest holds bytes no longer in the object */
            rmq_plog_read_release(&rd);
            return 0;
        }
        if (i == 0)
            fe.base = info.base_offset;
        fe.end = rmq_batch_last_offset(&info) + 1;
        if (info.max_timestamp > fe.max_timestamp)
            fe.max_timestamp = info.max_timestamp;
        rmq_wbuf_append(&up->wb, p, rd.batches[i].len);
        upload_hash(up, p, rd.batches[i].len);
        rmq_yield_account(&up->yield, rd.batches[i].len);
    }
    rmq_plog_read_release(&rd);
    fe.len = up->wb.len - fe.pos;
    if (up->n == up->cap) {
        up->cap = up->cap ? up->cap * 2 : 16;
        up->ext = rmq_realloc(up->ext, up->cap * sizeof(*up->ext));
    }
    up->ext[up->n++] = fe;
    *start = fe.end;
    return 1;
}

/* Commits an uploaded object: metadata first, then the in-memory index, then the logs. */
static int commit_upload(rmq_tier_t *tier, uint64_t id, const char *key, uint64_t size,
                         const upload_t *up, rmq_err_t *err)
{
    rmq_kv_batch_t *b = rmq_kv_batch_new();
    tobj_t *o = rmq_calloc(1, sizeof(*o));
    uint8_t k[24], v[40], seq[8];
    size_t vl;
    int rc;

    o->id = id;
    o->key = rmq_strdup(key);
    o->size = size;
    o->created_ms = rmq_wall_ms();
    o->kind = TOBJ_SHARED;
    o->live = (uint32_t)up->n;
    uint8_t *ov = rmq_tier_val_obj_(o, &vl);
    rmq_kv_batch_put(b, k, rmq_tier_key_obj_(k, id), ov, vl);
    free(ov);
    for (size_t i = 0; i < up->n; i++) {
        text_t e = {.base = up->ext[i].base,
                    .end = up->ext[i].end,
                    .max_timestamp = up->ext[i].max_timestamp,
                    .obj = id,
                    .pos = up->ext[i].pos,
                    .len = up->ext[i].len};
        rmq_tier_val_ext_(v, &e);
        rmq_kv_batch_put(b, k, rmq_tier_key_ext_(k, up->ext[i].pid, e.base), v, 40);
        rmq_put_le64(v, (uint64_t)e.end);
        rmq_kv_batch_put(b, k, rmq_tier_key_up_(k, up->ext[i].pid), v, 8);
    }
    pthread_mutex_lock(&tier->commit_mu);
    pthread_mutex_lock(&tier->mu);
    rmq_put_le64(seq, tier->next_id);
    pthread_mutex_unlock(&tier->mu);
    rmq_kv_batch_put(b, "t/seq", 5, seq, 8);
    rc = rmq_kv_commit(tier->opts.kv, b);
    if (rc != 0) {
        pthread_mutex_unlock(&tier->commit_mu);
        free(o->key);
        free(o);
        return rmq_err_set(err, rc, "metadata commit of %s: %s", key, rmq_strerror(rc));
    }
    pthread_mutex_lock(&tier->mu);
    rmq_map_put_u64(tier->objects, id, o);
    tier->st.objects++;
    tier->st.object_bytes += size;
    for (size_t i = 0; i < up->n; i++) {
        tpart_t *p = rmq_tier_part_(tier, up->ext[i].pid, 1);
        if (p->n == p->cap) {
            p->cap = p->cap ? p->cap * 2 : 8;
            p->ext = rmq_realloc(p->ext, p->cap * sizeof(*p->ext));
        }
        RMQ_ASSERT(p->n == 0 || p->ext[p->n - 1].end <= up->ext[i].base);
        p->ext[p->n++] = (text_t){.base = up->ext[i].base,
                                  .end = up->ext[i].end,
                                  .max_timestamp = up->ext[i].max_timestamp,
                                  .obj = id,
                                  .pos = up->ext[i].pos,
                                  .len = up->ext[i].len};
        p->uploaded = up->ext[i].end;
        tier->st.extents++;
    }
    tier->st.uploads++;
    tier->st.upload_bytes += size;
    pthread_mutex_unlock(&tier->mu);
    pthread_mutex_unlock(&tier->commit_mu);
    for (size_t i = 0; i < up->n; i++) {
        rmq_err_t e2;
        if (rmq_plog_set_tiered(rmq_plogset_get(tier->pset, up->ext[i].pid), up->ext[i].end, &e2) !=
            0)
            rmq_error(SUBSYS, "%s", e2.msg);
    }
    return 0;
}

/*
 * The uploader keeps up to opts.max_uploads objects in flight: while one PUT runs, the next object
 * is built and sent. Commits happen strictly in build order, because a later object continues
 * the partitions an earlier one holds: if an object fails, every later one in flight is
 * abandoned (its object deleted) and the uploader starts again from the committed ends.
 */
#define MAX_INFLIGHT 16 /* upper bound of opts.max_uploads */

typedef struct inflight {
    upload_t up;
    uint64_t id;
    char key[RMQ_OBJSTORE_KEY_MAX];
    uint64_t t0;
    char sha256[RMQ_OBJSTORE_DIGEST_HEX]; /* the payload's digest, or "" */
    int done;                             /* guarded by tier->mu */
    int rc;
    rmq_err_t err;
} inflight_t;

typedef struct put_ctx {
    rmq_tier_t *tier;
    inflight_t *f;
} put_ctx_t;

static void put_cb(void *opaque, rmq_objstore_result_t *res)
{
    put_ctx_t *pc = opaque;
    rmq_tier_t *tier = pc->tier;

    pthread_mutex_lock(&tier->mu);
    pc->f->rc = res->rc;
    if (res->rc != 0)
        pc->f->err = res->err;
    pc->f->done = 1;
    pthread_cond_broadcast(&tier->cond);
    pthread_mutex_unlock(&tier->mu);
    free(pc);
}

/*
 * Object buffers the uploader keeps for the next objects: a fresh upload_bytes buffer is
 * mapped and zeroed by the kernel page by page (16 MiB: 4,096 page faults) on every object.
 * Uploader thread only.
 */
typedef struct spares {
    rmq_wbuf_t v[MAX_INFLIGHT];
    size_t n;
} spares_t;

static void inflight_free(inflight_t *f, spares_t *spares)
{
    upload_stop_hashing(&f->up);
    if (spares && spares->n < MAX_INFLIGHT && f->up.wb.data) {
        rmq_wbuf_reset(&f->up.wb);
        spares->v[spares->n++] = f->up.wb;
    } else {
        rmq_wbuf_release(&f->up.wb);
    }
    free(f->up.ext);
    free(f);
}

static void spares_free(spares_t *spares)
{
    while (spares->n > 0)
        rmq_wbuf_release(&spares->v[--spares->n]);
}

/* Per-partition claims of objects in flight: pid -> end offset + 1 (0 = none). */
typedef struct claims {
    rmq_map_t *map;
} claims_t;

static int64_t claim_get(claims_t *c, uint64_t pid)
{
    return (int64_t)(intptr_t)rmq_map_get_u64(c->map, pid) - 1;
}

static void claim_set(claims_t *c, uint64_t pid, int64_t end)
{
    rmq_map_put_u64(c->map, pid, (void *)(intptr_t)(end + 1));
}

/*
 * Builds the next object from what is durable, not uploaded and not claimed by an object in
 * flight; NULL when nothing is pending. Several extents of one partition may go into one
 * object (each at most extent_max_bytes), so a busy partition fills objects as fully as many
 * quiet ones do.
 */
static inflight_t *build_object(rmq_tier_t *tier, claims_t *claims, spares_t *spares)
{
    inflight_t *f = rmq_calloc(1, sizeof(*f));
    uint64_t *ids;
    size_t n = rmq_plogset_ids(tier->pset, &ids);

    if (spares->n > 0)
        f->up.wb = spares->v[--spares->n];
    else
        rmq_wbuf_init(&f->up.wb, tier->opts.upload_bytes + 4096);
    if (rmq_objstore_wants_digest(tier->opts.store, tier->opts.upload_bytes))
        f->up.hashing = rmq_objstore_digest_init(&f->up.digest) == 0;
    for (size_t i = 0; i < n && f->up.wb.len < tier->opts.upload_bytes; i++) {
        int64_t start = claim_get(claims, ids[i]);
        for (int guard = 0; guard < 100000 && f->up.wb.len < tier->opts.upload_bytes; guard++) {
            size_t room = tier->opts.upload_bytes - f->up.wb.len;
            if (!add_extent(tier, &f->up, ids[i], &start,
                            room < tier->opts.extent_max_bytes ? room
                                                               : tier->opts.extent_max_bytes))
                break;
        }
    }
    free(ids);
    if (f->up.n == 0) {
        inflight_free(f, spares);
        return NULL;
    }
    for (size_t i = 0; i < f->up.n; i++)
        claim_set(claims, f->up.ext[i].pid, f->up.ext[i].end);
    size_t body = f->up.wb.len;
    rmq_tier_footer_write(&f->up.wb, f->up.ext, f->up.n);
    upload_hash(&f->up, f->up.wb.data + body, f->up.wb.len - body);
    if (f->up.hashing && rmq_objstore_wants_digest(tier->opts.store, f->up.wb.len)) {
        rmq_objstore_digest_final(&f->up.digest, f->sha256);
        f->up.hashing = 0;
    }
    upload_stop_hashing(&f->up);
    f->id = new_object(tier, f->key, sizeof(f->key));
    return f;
}

static void submit_put(rmq_tier_t *tier, inflight_t *f)
{
    put_ctx_t *pc = rmq_calloc(1, sizeof(*pc));
    rmq_buf_t *buf;
    int rc;

    pc->tier = tier;
    pc->f = f;
    f->t0 = rmq_mono_ns();
    /* The object store takes its own reference; the bytes stay in f until it is freed. */
    buf = rmq_buf_new_wrap(f->up.wb.data, f->up.wb.len, NULL, NULL);
    if (f->sha256[0])
        rc = rmq_objstore_put_digest(tier->opts.store, f->key, buf, RMQ_OBJSTORE_IF_NONE_MATCH,
                                     f->sha256, put_cb, pc);
    else
        rc =
            rmq_objstore_put(tier->opts.store, f->key, buf, RMQ_OBJSTORE_IF_NONE_MATCH, put_cb, pc);
    rmq_buf_unref(buf);
    if (rc != 0) {
        free(pc);
        pthread_mutex_lock(&tier->mu);
        f->rc = rc;
        rmq_err_set(&f->err, rc, "%s", rmq_strerror(rc));
        f->done = 1;
        pthread_mutex_unlock(&tier->mu);
    }
}

/* Waits until f's PUT completed (mu not held). */
static void wait_put(rmq_tier_t *tier, inflight_t *f)
{
    pthread_mutex_lock(&tier->mu);
    while (!f->done)
        wait_ms(tier, 100);
    pthread_mutex_unlock(&tier->mu);
}

/* Finishes the oldest object in flight: commit on success. Returns 0 or <0. */
static int finish_put(rmq_tier_t *tier, inflight_t *f)
{
    rmq_err_t err;
    int rc;

    wait_put(tier, f);
    rc = f->rc;
    if (rc != 0) {
        err = f->err;
    } else {
        const char *pause = getenv("RMQ_TIER_TEST_PAUSE_AFTER_PUT_MS");
        rmq_info(SUBSYS, "uploaded %s: %zu bytes, %zu extents in %.1f ms; committing", f->key,
                 f->up.wb.len, f->up.n, (double)(rmq_mono_ns() - f->t0) / 1e6);
        if (pause && *pause) /* tests: a window to kill -9 between PUT and commit */
            rmq_sleep_ms((uint64_t)strtoull(pause, NULL, 10));
        rc = commit_upload(tier, f->id, f->key, f->up.wb.len, &f->up, &err);
        if (rc != 0) {
            /* Not committed: the object is an orphan; remove it now (or at the next start). */
            rmq_objstore_delete_sync(tier->opts.store, f->key, NULL);
        }
    }
    if (rc != 0) {
        pthread_mutex_lock(&tier->mu);
        tier->st.upload_failures++;
        pthread_mutex_unlock(&tier->mu);
        rmq_warn(SUBSYS, "upload of %s failed: %s (the WAL keeps the data; retrying)", f->key,
                 err.msg);
        return rc;
    }
    int trimmed = rmq_plogset_trim(tier->pset);
    if (trimmed > 0)
        rmq_debug(SUBSYS, "trimmed %d WAL segment(s)", trimmed);
    return 0;
}

/* True when the WAL is more than half full: then waiting for a full object costs room. */
static int wal_pressed(rmq_tier_t *tier)
{
    rmq_wal_stats_t ws;

    if (!tier->opts.wal_capacity_bytes)
        return 0;
    rmq_wal_stats(rmq_plogset_wal(tier->pset), &ws);
    return ws.disk_bytes > tier->opts.wal_capacity_bytes / 2;
}

/* Whether pending (unclaimed) bytes make an upload due right now. */
static int upload_due(rmq_tier_t *tier, uint64_t last_ms, int kicked, uint64_t pending)
{
    if (pending == 0)
        return 0;
    return kicked || pending >= tier->opts.upload_bytes ||
           rmq_mono_ms() - last_ms >= tier->opts.upload_interval_ms || wal_pressed(tier);
}

/* Bytes pending upload beyond what the objects in flight q[0..nq) hold. */
static uint64_t unclaimed_bytes(rmq_tier_t *tier, inflight_t *const *q, size_t nq)
{
    uint64_t pending = pending_bytes(tier), claimed = 0;
    for (size_t i = 0; i < nq; i++)
        claimed += q[i]->up.wb.len;
    return pending > claimed ? pending - claimed : 0;
}

void *rmq_tier_uploader_main_(void *arg)
{
    rmq_tier_t *tier = arg;
    uint64_t last = rmq_mono_ms(), backoff = 0, retry_at = 0;
    inflight_t *q[MAX_INFLIGHT];
    size_t nq = 0;
    /* The next object, built (and hashed) while the PUTs in flight run, so that a freed slot
       is filled at once instead of after a build; it continues what q holds, so it is always
       submitted (and committed) after them. */
    inflight_t *ready = NULL;
    claims_t claims = {.map = rmq_map_new(64)};
    spares_t spares = {.n = 0};
    size_t max_inflight = tier->opts.max_uploads < 1              ? 1
                          : tier->opts.max_uploads > MAX_INFLIGHT ? MAX_INFLIGHT
                                                                  : tier->opts.max_uploads;
    int stop = 0;

    for (;;) {
        pthread_mutex_lock(&tier->mu);
        int kicked = tier->kicked;
        tier->kicked = 0;
        stop = tier->stop;
        pthread_mutex_unlock(&tier->mu);
        if (stop)
            break;
        /* Start objects while there is room in flight and data is due (a drain keeps going
           while a full object's worth is pending, or the WAL asked for room). */
        while (nq < max_inflight && rmq_mono_ms() >= retry_at) {
            if (ready) {
                submit_put(tier, ready);
                q[nq++] = ready;
                ready = NULL;
                continue;
            }
            uint64_t pending = unclaimed_bytes(tier, q, nq);
            if (nq > 0 && pending < tier->opts.upload_bytes && !kicked && !wal_pressed(tier))
                break;
            if (nq == 0 && !upload_due(tier, last, kicked, pending))
                break;
            inflight_t *f = build_object(tier, &claims, &spares);
            if (!f)
                break;
            submit_put(tier, f);
            q[nq++] = f;
        }
        if (nq == 0) {
            /* Idle for a second: give the object buffers back. */
            if (spares.n > 0 && rmq_mono_ms() - last >= 1000)
                spares_free(&spares);
            pthread_mutex_lock(&tier->mu);
            if (!tier->stop && !tier->kicked)
                wait_ms(tier, POLL_MS);
            pthread_mutex_unlock(&tier->mu);
            continue;
        }
        /* Every slot is busy: build the next full object now (while the PUTs run). */
        if (!ready && nq == max_inflight) {
            uint64_t pending = unclaimed_bytes(tier, q, nq);
            if (pending >= tier->opts.upload_bytes || wal_pressed(tier))
                ready = build_object(tier, &claims, &spares);
        }
        /* Commit the oldest; with a second one in flight, its PUT overlaps this wait. */
        int rc = finish_put(tier, q[0]);
        inflight_free(q[0], &spares);
        memmove(q, q + 1, (nq - 1) * sizeof(*q));
        nq--;
        if (rc == 0) {
            last = rmq_mono_ms();
            backoff = 0;
            continue;
        }
        /* A failure: later objects continue the failed one's partitions, so none of them may
           be committed. Abandon them and start again from what is committed. */
        for (size_t i = 0; i < nq; i++) {
            wait_put(tier, q[i]);
            if (q[i]->rc == 0)
                rmq_objstore_delete_sync(tier->opts.store, q[i]->key, NULL);
            inflight_free(q[i], &spares);
        }
        nq = 0;
        if (ready) { /* built on what failed: never sent */
            inflight_free(ready, &spares);
            ready = NULL;
        }
        rmq_map_free(claims.map);
        claims.map = rmq_map_new(64);
        backoff = backoff ? RMQ_MIN(backoff * 2, BACKOFF_MAX_MS) : 100;
        retry_at = rmq_mono_ms() + backoff;
    }
    /* Stopping: objects in flight are committed in order once their PUT completes; after a
       failure the rest are only waited for (orphans, deleted at the next start; the WAL
       still has their data). */
    int failed = 0;
    for (size_t i = 0; i < nq; i++) {
        if (!failed)
            failed = finish_put(tier, q[i]) != 0;
        else
            wait_put(tier, q[i]);
        inflight_free(q[i], NULL);
    }
    if (ready) /* never sent: the WAL keeps its data */
        inflight_free(ready, NULL);
    spares_free(&spares);
    rmq_map_free(claims.map);
    return NULL;
}

/* ---- orphans ---- */

int rmq_tier_collect_orphans_(rmq_tier_t *tier, rmq_err_t *err)
{
    char prefix[RMQ_OBJSTORE_KEY_MAX];
    char *token = NULL;
    int rc = 0;

    snprintf(prefix, sizeof(prefix), "%s/", tier->prefix);
    for (int page = 0; page < 100000; page++) {
        rmq_objstore_list_t list;
        rc = rmq_objstore_list_sync(tier->opts.store, prefix, token, 0, &list, err);
        free(token);
        token = NULL;
        if (rc != 0)
            break;
        for (size_t i = 0; i < list.count; i++) {
            const char *key = list.entries[i].key;
            uint64_t id;
            int live = 0;
            if (parse_key_id(tier, key, &id) != 0)
                continue; /* not an object this tier writes */
            pthread_mutex_lock(&tier->mu);
            tobj_t *o = rmq_map_get_u64(tier->objects, id);
            live = o && strcmp(o->key, key) == 0;
            pthread_mutex_unlock(&tier->mu);
            if (live)
                continue;
            rmq_err_t e2;
            int r = rmq_objstore_delete_sync(tier->opts.store, key, &e2);
            if (r == 0 || r == RMQ_ENOTFOUND) {
                rmq_info(SUBSYS, "deleted orphan object %s (%llu bytes)", key,
                         (unsigned long long)list.entries[i].size);
                pthread_mutex_lock(&tier->mu);
                tier->st.orphans_deleted++;
                pthread_mutex_unlock(&tier->mu);
            } else {
                rmq_warn(SUBSYS, "deleting orphan %s: %s", key, e2.msg);
            }
        }
        token = list.next_token;
        list.next_token = NULL;
        rmq_objstore_list_release(&list);
        if (!token)
            break;
    }
    free(token);
    return rc;
}

/* ---- maintenance: deletions ---- */

static void run_deletes(rmq_tier_t *tier)
{
    uint64_t now = rmq_mono_ms();

    pthread_mutex_lock(&tier->mu);
    for (int i = 0; i < 256 && tier->deletes && tier->deletes->due_ms <= now; i++) {
        pending_delete_t *d = tier->deletes;
        tier->deletes = d->next;
        pthread_mutex_unlock(&tier->mu);
        rmq_err_t err;
        int rc = rmq_objstore_delete_sync(tier->opts.store, d->key, &err);
        pthread_mutex_lock(&tier->mu);
        if (rc == 0 || rc == RMQ_ENOTFOUND) {
            tier->st.objects_deleted++;
            rmq_debug(SUBSYS, "deleted object %s", d->key);
            free(d->key);
            free(d);
        } else {
            /* Try again later; a restart collects it as an orphan anyway. */
            rmq_warn(SUBSYS, "deleting %s: %s (retrying)", d->key, err.msg);
            d->due_ms = now + DELETE_RETRY_MS;
            pending_delete_t **pp = &tier->deletes;
            while (*pp)
                pp = &(*pp)->next;
            d->next = NULL;
            *pp = d;
            break;
        }
    }
    pthread_mutex_unlock(&tier->mu);
}

/* ---- maintenance: compaction ---- */

/* Picks a run of consecutive extents of pid in shared objects worth compacting (mu held). */
static size_t pick_run(rmq_tier_t *tier, tpart_t *p, size_t *start)
{
    uint64_t max_bytes = tier->opts.extent_max_bytes * COMPACT_MAX_MUL;

    for (size_t i = 0; i < p->n;) {
        tobj_t *o = rmq_map_get_u64(tier->objects, p->ext[i].obj);
        if (!o || o->kind != TOBJ_SHARED) {
            i++;
            continue;
        }
        size_t j = i;
        uint64_t bytes = 0;
        while (j < p->n && bytes + p->ext[j].len <= max_bytes &&
               (j == i || p->ext[j - 1].end == p->ext[j].base)) {
            tobj_t *oj = rmq_map_get_u64(tier->objects, p->ext[j].obj);
            if (!oj || oj->kind != TOBJ_SHARED)
                break;
            bytes += p->ext[j].len;
            j++;
        }
        if (j == i)
            j = i + 1;
        /* The newest extent stays until the run is big enough: it may still grow. */
        if (bytes >= tier->opts.compaction_min_bytes && j - i >= 2) {
            *start = i;
            return j - i;
        }
        i = j;
    }
    return 0;
}

static int compact_partition(rmq_tier_t *tier, uint64_t pid)
{
    text_t *run;
    char **keys;
    size_t start = 0, k;
    rmq_wbuf_t wb;
    rmq_yield_t yield = {0};
    rmq_tier_fext_t *out;
    size_t nout = 0;
    char key[RMQ_OBJSTORE_KEY_MAX];
    rmq_err_t err;
    int rc = 0;

    pthread_mutex_lock(&tier->mu);
    tpart_t *p = rmq_tier_part_(tier, pid, 0);
    k = p ? pick_run(tier, p, &start) : 0;
    if (k == 0) {
        pthread_mutex_unlock(&tier->mu);
        return 0;
    }
    run = rmq_malloc(k * sizeof(*run));
    keys = rmq_calloc(k, sizeof(*keys));
    memcpy(run, p->ext + start, k * sizeof(*run));
    for (size_t i = 0; i < k; i++)
        keys[i] = rmq_strdup(((tobj_t *)rmq_map_get_u64(tier->objects, run[i].obj))->key);
    pthread_mutex_unlock(&tier->mu);

    /* Read the extents and merge them into extents of up to extent_max_bytes. The buffer is
       sized once for the run (at most COMPACT_MAX_MUL extents) and its footer, so compaction
       holds what it merges and no doubling slack. */
    size_t run_bytes = 0;
    for (size_t i = 0; i < k; i++)
        run_bytes += run[i].len;
    rmq_wbuf_init(&wb, run_bytes + 4096 + 64 * k);
    out = rmq_calloc(k, sizeof(*out));
    for (size_t i = 0; i < k && rc == 0; i++) {
        rmq_buf_t *data = NULL;
        rc = rmq_objstore_get_sync(tier->opts.store, keys[i], run[i].pos, run[i].len, &data, &err);
        if (rc == 0 && data->size != run[i].len)
            rc = rmq_err_set(&err, RMQ_ECORRUPT, "%s: short read of an extent", keys[i]);
        if (rc == 0) {
            rmq_tier_fext_t *last = nout ? &out[nout - 1] : NULL;
            if (!last || last->len + run[i].len > tier->opts.extent_max_bytes) {
                last = &out[nout++];
                *last = (rmq_tier_fext_t){
                    .pid = pid, .base = run[i].base, .pos = wb.len, .max_timestamp = -1};
            }
            last->end = run[i].end;
            last->len += run[i].len;
            if (run[i].max_timestamp > last->max_timestamp)
                last->max_timestamp = run[i].max_timestamp;
            for (size_t off = 0; off < data->size; off += RMQ_YIELD_BYTES) {
                size_t n = RMQ_MIN(data->size - off, (size_t)RMQ_YIELD_BYTES);
                rmq_wbuf_append(&wb, data->data + off, n);
                rmq_yield_account(&yield, n);
            }
        }
        rmq_buf_unref(data);
    }
    uint64_t id = 0;
    if (rc == 0) {
        rmq_tier_footer_write(&wb, out, nout);
        id = new_object(tier, key, sizeof(key));
        rc = rmq_objstore_put_sync(tier->opts.store, key, wb.data, wb.len,
                                   RMQ_OBJSTORE_IF_NONE_MATCH, &err);
    }
    if (rc == 0) {
        /* Commit, if the run is still what we read (retention may have dropped some). */
        pthread_mutex_lock(&tier->commit_mu);
        pthread_mutex_lock(&tier->mu);
        p = rmq_tier_part_(tier, pid, 0);
        size_t at = p ? rmq_tier_find_ext_(p, run[0].base) : 0;
        int same = p && at < p->n && at + k <= p->n;
        for (size_t i = 0; same && i < k; i++)
            same = memcmp(&p->ext[at + i], &run[i], sizeof(*run)) == 0;
        pthread_mutex_unlock(&tier->mu);
        if (!same) {
            pthread_mutex_unlock(&tier->commit_mu);
            rmq_objstore_delete_sync(tier->opts.store, key, NULL);
            rmq_debug(SUBSYS, "partition %llu: compaction abandoned (extents changed)",
                      (unsigned long long)pid);
            goto out;
        }
        rmq_kv_batch_t *b = rmq_kv_batch_new();
        uint8_t kb[24], v[40], seq[8];
        size_t vl;
        tobj_t *o = rmq_calloc(1, sizeof(*o));
        o->id = id;
        o->key = rmq_strdup(key);
        o->size = wb.len;
        o->created_ms = rmq_wall_ms();
        o->kind = TOBJ_COMPACTED;
        o->live = (uint32_t)nout;
        for (size_t i = 0; i < k; i++)
            rmq_kv_batch_del(b, kb, rmq_tier_key_ext_(kb, pid, run[i].base));
        uint8_t *ov = rmq_tier_val_obj_(o, &vl);
        rmq_kv_batch_put(b, kb, rmq_tier_key_obj_(kb, id), ov, vl);
        free(ov);
        for (size_t i = 0; i < nout; i++) {
            text_t e = {.base = out[i].base,
                        .end = out[i].end,
                        .max_timestamp = out[i].max_timestamp,
                        .obj = id,
                        .pos = out[i].pos,
                        .len = out[i].len};
            rmq_tier_val_ext_(v, &e);
            rmq_kv_batch_put(b, kb, rmq_tier_key_ext_(kb, pid, e.base), v, 40);
        }
        pthread_mutex_lock(&tier->mu);
        rmq_put_le64(seq, tier->next_id);
        /* Source objects that lose their last live extent: record deletes join the batch. */
        rmq_tier_dead_objs_(tier, run, k, b);
        pthread_mutex_unlock(&tier->mu);
        rmq_kv_batch_put(b, "t/seq", 5, seq, 8);
        rc = rmq_kv_commit(tier->opts.kv, b);
        pthread_mutex_lock(&tier->mu);
        if (rc == 0) {
            text_t *ne = rmq_malloc(nout * sizeof(*ne));
            for (size_t i = 0; i < nout; i++)
                ne[i] = (text_t){.base = out[i].base,
                                 .end = out[i].end,
                                 .max_timestamp = out[i].max_timestamp,
                                 .obj = id,
                                 .pos = out[i].pos,
                                 .len = out[i].len};
            memmove(p->ext + at + nout, p->ext + at + k, (p->n - at - k) * sizeof(*p->ext));
            memcpy(p->ext + at, ne, nout * sizeof(*ne));
            p->n = p->n - k + nout;
            free(ne);
            for (size_t i = 0; i < k; i++)
                rmq_tier_obj_unref_(tier, run[i].obj, NULL);
            rmq_map_put_u64(tier->objects, id, o);
            tier->st.objects++;
            tier->st.object_bytes += o->size;
            tier->st.extents = tier->st.extents - k + nout;
            tier->st.compactions++;
            o = NULL;
        } else {
            /* Nothing changed in memory; the new object is deleted below. */
            rmq_error(SUBSYS, "partition %llu: compaction commit failed: %s",
                      (unsigned long long)pid, rmq_strerror(rc));
        }
        pthread_mutex_unlock(&tier->mu);
        pthread_mutex_unlock(&tier->commit_mu);
        if (o) {
            rmq_objstore_delete_sync(tier->opts.store, key, NULL);
            free(o->key);
            free(o);
        } else {
            rmq_debug(SUBSYS, "partition %llu: compacted %zu extents into %zu (%s, %zu bytes)",
                      (unsigned long long)pid, k, nout, key, wb.len);
        }
    } else {
        rmq_warn(SUBSYS, "partition %llu: compaction: %s", (unsigned long long)pid, err.msg);
    }
out:
    for (size_t i = 0; i < k; i++)
        free(keys[i]);
    free(keys);
    free(run);
    free(out);
    rmq_wbuf_release(&wb);
    return rc == 0 ? 1 : rc;
}

static void run_compaction(rmq_tier_t *tier)
{
    size_t it = 0, klen, n = 0;
    const void *key;
    void *val;

    pthread_mutex_lock(&tier->mu);
    uint64_t *pids = rmq_malloc((rmq_map_count(tier->parts) + 1) * sizeof(*pids));
    while (rmq_map_next(tier->parts, &it, &key, &klen, &val))
        pids[n++] = ((tpart_t *)val)->pid;
    pthread_mutex_unlock(&tier->mu);
    for (size_t i = 0; i < n; i++) {
        /* A partition may have several runs; bounded per round. */
        for (int r = 0; r < 64; r++) {
            pthread_mutex_lock(&tier->mu);
            int stop = tier->stop;
            pthread_mutex_unlock(&tier->mu);
            if (stop || compact_partition(tier, pids[i]) <= 0)
                break;
        }
    }
    free(pids);
}

void *rmq_tier_maint_main_(void *arg)
{
    rmq_tier_t *tier = arg;
    uint64_t next_compaction = rmq_mono_ms() + tier->opts.compaction_interval_ms;

    pthread_mutex_lock(&tier->mu);
    while (!tier->stop) {
        pthread_mutex_unlock(&tier->mu);
        run_deletes(tier);
        if (tier->opts.compaction_interval_ms && rmq_mono_ms() >= next_compaction) {
            run_compaction(tier);
            next_compaction = rmq_mono_ms() + tier->opts.compaction_interval_ms;
        }
        pthread_mutex_lock(&tier->mu);
        if (!tier->stop)
            wait_ms(tier, 200);
    }
    pthread_mutex_unlock(&tier->mu);
    return NULL;
}
