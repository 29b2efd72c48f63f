/*
 * Tests of the object storage tier (src/tier) on the local object store backend: the object
 * footer, upload + WAL trim, reads of uploaded offsets through the cache, restart, orphan
 * collection, retention drops, compaction, and the cache budget under each eviction policy.
 */
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <pthread.h>
#include <unistd.h>

#include "common/clock.h"
#include "common/mem.h"
#include "kafka/record_batch.h"
#include "tier/tier.h"
#include "testlib.h"

/* ---- fixture: a directory with WAL, metadata and objects ---- */

typedef struct env {
    char dir[64];
    char objdir[128];
    rmq_objstore_t *store;
    rmq_kv_t *kv;
    rmq_plogset_t *pset;
    rmq_tier_t *tier;
    rmq_tier_opts_t topts;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    uint64_t notified;
} env_t;

static void on_notify(void *opaque)
{
    env_t *e = opaque;
    pthread_mutex_lock(&e->mu);
    e->notified++;
    pthread_cond_broadcast(&e->cond);
    pthread_mutex_unlock(&e->mu);
}

static void env_open(env_t *e)
{
    rmq_objstore_local_opts_t lo;
    rmq_plogset_opts_t po;
    rmq_plog_tiered_t *tiered = NULL;
    rmq_err_t err;

    rmq_objstore_local_opts_init(&lo);
    lo.path = e->objdir;
    lo.fsync = 0;
    assert_int_equal(rmq_objstore_local_open(&lo, &e->store, &err), 0);
    assert_int_equal(rmq_kv_open(e->dir, "meta", &e->kv, &err), 0);
    e->topts.store = e->store;
    e->topts.kv = e->kv;
    e->topts.notify = on_notify;
    e->topts.notify_opaque = e;
    int rc = rmq_tier_open(&e->topts, &e->tier, &err);
    if (rc)
        print_error("tier open: %s\n", err.msg);
    assert_int_equal(rc, 0);
    rmq_plogset_opts_init(&po);
    po.dir = e->dir;
    po.wal.segment_size_bytes = 64 * 1024;
    po.wal.recycle_segments = 0;
    po.tiered_count = rmq_tier_tiered(e->tier, &tiered);
    po.tiered = tiered;
    rc = rmq_plogset_open(&po, &e->pset, &err);
    if (rc)
        print_error("plogset open: %s\n", err.msg);
    assert_int_equal(rc, 0);
    free(tiered);
    assert_int_equal(rmq_tier_start(e->tier, e->pset, &err), 0);
}

static void env_close(env_t *e)
{
    rmq_tier_close(e->tier);
    rmq_plogset_close(e->pset);
    rmq_kv_close(e->kv);
    rmq_objstore_close(e->store);
    e->tier = NULL;
    e->pset = NULL;
}

static env_t *env_new(void)
{
    env_t *e = rmq_calloc(1, sizeof(*e));
    snprintf(e->dir, sizeof(e->dir), "/tmp/rmq-test-tier-XXXXXX");
    assert_non_null(mkdtemp(e->dir));
    snprintf(e->objdir, sizeof(e->objdir), "%s/objects", e->dir);
    pthread_mutex_init(&e->mu, NULL);
    pthread_cond_init(&e->cond, NULL);
    rmq_tier_opts_init(&e->topts);
    e->topts.prefix = "t/b1";
    e->topts.upload_interval_ms = 50;
    e->topts.upload_bytes = 64 * 1024;
    e->topts.extent_max_bytes = 32 * 1024;
    e->topts.cache_bytes = 1 << 20;
    e->topts.readahead_bytes = 64 * 1024;
    e->topts.compaction_interval_ms = 0;
    e->topts.delete_grace_ms = 0;
    return e;
}

static void env_free(env_t *e)
{
    if (e->tier)
        env_close(e);
    rmq_test_rm_rf(e->dir);
    pthread_mutex_destroy(&e->mu);
    pthread_cond_destroy(&e->cond);
    free(e);
}

/* ---- data ---- */

/* A batch of count records whose values encode (pid, first record index). */
static rmq_buf_t *make_batch(uint64_t pid, int64_t first, int count, size_t value_len, int64_t ts)
{
    rmq_batch_builder_t b;
    rmq_wbuf_t out;
    uint8_t *value = rmq_malloc(value_len);

    rmq_batch_builder_init(&b, NULL);
    for (int i = 0; i < count; i++) {
        for (size_t k = 0; k < value_len; k++)
            value[k] = (uint8_t)(pid * 13u + (uint64_t)(first + i) * 7u + k);
        rmq_record_in_t rec = {.value = value, .value_len = value_len, .timestamp = ts};
        assert_int_equal(rmq_batch_builder_add(&b, &rec, NULL), 0);
    }
    rmq_wbuf_init(&out, 256);
    assert_int_equal(rmq_batch_builder_finish(&b, &out, NULL), 0);
    rmq_batch_builder_release(&b);
    free(value);
    return rmq_wbuf_detach(&out);
}

static void done_cb(void *opaque, int status, int64_t base)
{
    (void)base;
    assert_int_equal(status, 0);
    __atomic_add_fetch((int *)opaque, 1, __ATOMIC_SEQ_CST);
}

/* Appends nb batches of 10 records to each of npart partitions; waits until durable. */
static void produce(env_t *e, int npart, int nb, size_t value_len, int64_t ts)
{
    int done = 0, want = 0;
    for (int b = 0; b < nb; b++) {
        for (int p = 0; p < npart; p++) {
            rmq_plog_t *plog = rmq_plogset_get_or_create(e->pset, (uint64_t)p);
            int64_t leo;
            rmq_plog_offsets(plog, NULL, NULL, &leo);
            rmq_buf_t *buf = make_batch((uint64_t)p, leo, 10, value_len, ts);
            rmq_slice_t s = rmq_slice_make(buf, 0, buf->size);
            rmq_err_t err;
            int rc = rmq_plog_append(plog, &s, NULL, done_cb, &done, NULL, &err);
            if (rc)
                print_error("append: %s\n", err.msg);
            assert_int_equal(rc, 0);
            want++;
            rmq_slice_release(&s);
            rmq_buf_unref(buf);
        }
    }
    for (int i = 0; i < 5000 && __atomic_load_n(&done, __ATOMIC_SEQ_CST) < want; i++)
        rmq_sleep_ms(1);
    assert_int_equal(__atomic_load_n(&done, __ATOMIC_SEQ_CST), want);
}

/* Waits until every partition's data is uploaded. */
static void wait_uploaded(env_t *e, int npart)
{
    for (int i = 0; i < 1000; i++) {
        int all = 1;
        for (int p = 0; p < npart && all; p++) {
            rmq_plog_t *plog = rmq_plogset_get(e->pset, (uint64_t)p);
            int64_t hw;
            rmq_plog_offsets(plog, NULL, &hw, NULL);
            all = rmq_plog_tiered(plog) == hw;
        }
        if (all)
            return;
        rmq_sleep_ms(10);
    }
    fail_msg("uploads did not catch up");
}

/* The partition log's running count of bytes to upload matches a walk of its index. */
static void check_untiered(env_t *e, int npart)
{
    for (int p = 0; p < npart; p++) {
        rmq_plog_t *plog = rmq_plogset_get(e->pset, (uint64_t)p);
        /* The uploader may move the uploaded end meanwhile: compare only when it did not. */
        int compared = 0;
        for (int attempt = 0; attempt < 1000 && !compared; attempt++) {
            rmq_plog_entry_info_t x;
            uint64_t want = 0;
            int64_t t = rmq_plog_tiered(plog);
            for (size_t i = 0; rmq_plog_entry(plog, i, &x) == 0; i++)
                if (x.durable && x.last_offset >= t)
                    want += x.size;
            uint64_t got = rmq_plog_untiered_bytes(plog);
            if (rmq_plog_tiered(plog) != t)
                continue;
            assert_int_equal(got, want);
            compared = 1;
        }
        assert_true(compared);
    }
}

/* Reads offset of pid through the local log and then the tier, waiting for loads. */
static int read_any(env_t *e, uint64_t pid, int64_t offset, size_t max, rmq_plog_read_t *rd,
                    int *remote)
{
    rmq_plog_t *plog = rmq_plogset_get(e->pset, pid);
    rmq_err_t err;
    int rc = rmq_plog_read(plog, offset, max, 0, rd, &err);
    *remote = 0;
    if (rc != RMQ_EREMOTE)
        return rc;
    *remote = 1;
    for (int i = 0; i < 2000; i++) {
        rc = rmq_tier_read(e->tier, pid, offset, max, rd, &err);
        if (rc != RMQ_EAGAIN)
            return rc;
        pthread_mutex_lock(&e->mu);
        uint64_t seen = e->notified;
        while (e->notified == seen) {
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 5000000;
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            if (pthread_cond_timedwait(&e->cond, &e->mu, &ts) != 0)
                break;
        }
        pthread_mutex_unlock(&e->mu);
    }
    return RMQ_EAGAIN;
}

/* Reads partition pid from 0 to its HW and checks every record's value. Returns the number
   of batches that came from object storage. */
static int verify_partition(env_t *e, uint64_t pid, size_t value_len)
{
    rmq_plog_t *plog = rmq_plogset_get(e->pset, pid);
    int64_t ls, hw, off;
    int remote_batches = 0;
    uint8_t *want = rmq_malloc(value_len);

    rmq_plog_offsets(plog, &ls, &hw, NULL);
    off = ls;
    for (int guard = 0; off < hw && guard < 100000; guard++) {
        rmq_plog_read_t rd;
        int remote;
        int rc = read_any(e, pid, off, 64 * 1024, &rd, &remote);
        if (rc)
            print_error("partition %llu offset %lld: %s\n", (unsigned long long)pid, (long long)off,
                        rmq_strerror(rc));
        assert_int_equal(rc, 0);
        assert_true(rd.count > 0);
        for (size_t i = 0; i < rd.count; i++) {
            const uint8_t *p = rmq_slice_data(&rd.batches[i]);
            rmq_batch_info_t info;
            rmq_record_iter_t it;
            rmq_record_t rec;
            assert_int_equal(rmq_batch_validate(p, rd.batches[i].len, &info, NULL), 0);
            assert_true(info.base_offset <= off && rmq_batch_last_offset(&info) >= off);
            assert_int_equal(rmq_record_iter_init(&it, p, &info, NULL, NULL), 0);
            while (rmq_record_iter_next(&it, &rec, NULL) == 1) {
                for (size_t k = 0; k < value_len; k++)
                    want[k] = (uint8_t)(pid * 13u + (uint64_t)rec.offset * 7u + k);
                assert_int_equal(rec.value_len, (int)value_len);
                assert_memory_equal(rec.value, want, value_len);
            }
            rmq_record_iter_release(&it);
            off = rmq_batch_last_offset(&info) + 1;
            remote_batches += remote;
        }
        rmq_plog_read_release(&rd);
    }
    assert_int_equal(off, hw);
    free(want);
    return remote_batches;
}

static size_t count_objects(env_t *e)
{
    rmq_objstore_list_t list;
    size_t n;
    assert_int_equal(rmq_objstore_list_sync(e->store, "t/b1/", NULL, 0, &list, NULL), 0);
    n = list.count;
    rmq_objstore_list_release(&list);
    return n;
}

/* ---- tests ---- */

static void test_footer(void **state)
{
    rmq_tier_fext_t ex[3] = {
        {.pid = 1, .base = 0, .end = 10, .max_timestamp = 5, .pos = 0, .len = 100},
        {.pid = 1, .base = 10, .end = 20, .max_timestamp = 6, .pos = 100, .len = 50},
        {.pid = 7, .base = 3, .end = 4, .max_timestamp = 7, .pos = 150, .len = 10},
    };
    rmq_wbuf_t wb;
    rmq_tier_fext_t *out;
    size_t n;
    rmq_err_t err;

    (void)state;
    rmq_wbuf_init(&wb, 256);
    uint8_t data[160];
    memset(data, 0xab, sizeof(data));
    rmq_wbuf_append(&wb, data, sizeof(data));
    rmq_tier_footer_write(&wb, ex, 3);
    assert_int_equal(rmq_tier_footer_read(wb.data, wb.len, &out, &n, &err), 0);
    assert_int_equal(n, 3);
    assert_memory_equal(out, ex, sizeof(ex));
    free(out);
    /* Every flipped byte of the footer is caught (CRC, magic, or bounds). */
    for (size_t i = 160; i < wb.len; i++) {
        wb.data[i] ^= 0x40;
        assert_int_not_equal(rmq_tier_footer_read(wb.data, wb.len, &out, &n, &err), 0);
        wb.data[i] ^= 0x40;
    }
    /* Truncations. */
    for (size_t len = 0; len < wb.len; len += 7)
        assert_int_not_equal(rmq_tier_footer_read(wb.data + wb.len - len, len, &out, &n, &err), 0);
    rmq_wbuf_release(&wb);
}

/* Upload, WAL trim, reads from object storage, byte-identical; restart keeps it all. */
static void test_upload_read_restart(void **state)
{
    env_t *e = env_new();
    rmq_tier_stats_t st;
    rmq_wal_stats_t ws;

    (void)state;
    env_open(e);
    produce(e, 4, 60, 200, rmq_wall_ms()); /* ~2 KiB batches, ~480 KiB in all */
    check_untiered(e, 4);
    wait_uploaded(e, 4);
    check_untiered(e, 4);
    rmq_tier_stats(e->tier, &st);
    assert_true(st.uploads >= 2);
    assert_true(st.extents >= 4);
    /* Uploads let the WAL trim: most of it is gone. */
    rmq_plogset_trim(e->pset);
    rmq_wal_stats(rmq_plogset_wal(e->pset), &ws);
    assert_true(ws.disk_bytes < 200 * 1024);
    int remote = 0;
    for (uint64_t p = 0; p < 4; p++)
        remote += verify_partition(e, p, 200);
    assert_true(remote > 100); /* most batches came from objects */
    rmq_tier_stats(e->tier, &st);
    assert_true(st.gets > 0);
    assert_true(st.cache_hits > 0);

    /* Restart: offsets, and every record, are still there; new appends continue. */
    env_close(e);
    env_open(e);
    for (uint64_t p = 0; p < 4; p++) {
        int64_t ls, hw, leo;
        rmq_plog_offsets(rmq_plogset_get(e->pset, p), &ls, &hw, &leo);
        assert_int_equal(ls, 0);
        assert_int_equal(hw, 600);
        assert_int_equal(leo, 600);
        assert_int_equal(rmq_plog_tiered(rmq_plogset_get(e->pset, p)), 600);
    }
    produce(e, 4, 5, 200, rmq_wall_ms());
    check_untiered(e, 4);
    for (uint64_t p = 0; p < 4; p++)
        verify_partition(e, p, 200);
    wait_uploaded(e, 4);
    env_close(e);
    env_open(e);
    for (uint64_t p = 0; p < 4; p++)
        verify_partition(e, p, 200);
    env_free(e);
}

/* Four readers taking turns, batch by batch, as consumers of a group do; returns the tier's
   stats after. */
static void read_round_robin(env_t *e, rmq_tier_stats_t *st)
{
    int64_t next[4] = {0, 0, 0, 0};
    rmq_plog_read_t rd;
    int remote;

    for (int round = 0; round < 10000; round++) {
        int active = 0;
        for (uint64_t p = 0; p < 4; p++) {
            if (next[p] >= 600)
                continue;
            active = 1;
            assert_int_equal(read_any(e, p, next[p], 4096, &rd, &remote), 0);
            assert_true(rd.count > 0);
            for (size_t b = 0; b < rd.count; b++) {
                rmq_batch_info_t info;
                assert_int_equal(rmq_batch_validate(rmq_slice_data(&rd.batches[b]),
                                                    rd.batches[b].len, &info, NULL),
                                 0);
                assert_true(info.base_offset <= next[p]);
                next[p] = rmq_batch_last_offset(&info) + 1;
            }
            rmq_plog_read_release(&rd);
        }
        if (!active)
            break;
    }
    for (uint64_t p = 0; p < 4; p++)
        assert_int_equal(next[p], 600);
    rmq_tier_stats(e->tier, st);
}

/*
 * Consumers reading many partitions at once: a GET carries the extents of other partitions
 * being read that lie next to the wanted one in the same object, so there are fewer GETs than
 * extents loaded, and every record still reads back right (each extent is a piece of the
 * shared GET buffer). A lone reader of one partition loads nothing of the others. The cache
 * counts a shared buffer as held until its last piece is evicted.
 */
static void test_coalesced_gets(void **state)
{
    env_t *e = env_new();
    rmq_tier_stats_t st;

    (void)state;
    e->topts.upload_bytes = 256 * 1024; /* objects hold every partition's extents */
    e->topts.readahead_bytes = 0;       /* no read-ahead of a partition's own extents */
    env_open(e);
    produce(e, 4, 60, 200, rmq_wall_ms());
    wait_uploaded(e, 4);
    rmq_plogset_trim(e->pset);
    env_close(e);
    env_open(e); /* an empty cache */

    /* A lone reader of partition 3: its GET brings none of partition 0's extents. */
    rmq_plog_read_t rd;
    int remote;
    assert_int_equal(read_any(e, 3, 0, 1, &rd, &remote), 0);
    assert_true(remote);
    rmq_plog_read_release(&rd);
    rmq_tier_stats(e->tier, &st);
    uint64_t gets = st.gets;
    assert_true(gets >= 1);
    assert_int_equal(read_any(e, 0, 0, 1, &rd, &remote), 0);
    rmq_plog_read_release(&rd);
    rmq_tier_stats(e->tier, &st);
    assert_true(st.gets > gets); /* partition 0's first extent was not in the cache */
    env_close(e);
    env_open(e);

    read_round_robin(e, &st);
    for (uint64_t p = 0; p < 4; p++)
        verify_partition(e, p, 200); /* every record's value, from the cache */
    rmq_tier_stats(e->tier, &st);
    print_message("coalescing: %llu GETs loaded %llu extents\n", (unsigned long long)st.gets,
                  (unsigned long long)st.get_extents);
    assert_true(st.get_extents > st.gets + st.gets / 2);
    /* Nothing evicted: the cache counts exactly the bytes its GETs brought. */
    assert_int_equal(st.cache_evictions, 0);
    assert_int_equal(st.cache_bytes, st.get_bytes);
    env_close(e);

    /* A cache smaller than the data: pieces of shared GET buffers are evicted, the count
       stays within the budget (plus what demand reads may exceed it by), and every record
       still reads back right. */
    e->topts.cache_bytes = 96 * 1024;
    env_open(e);
    read_round_robin(e, &st);
    assert_true(st.cache_evictions > 0);
    assert_true(st.cache_bytes <= e->topts.cache_bytes + 2 * e->topts.extent_max_bytes);
    for (uint64_t p = 0; p < 4; p++)
        verify_partition(e, p, 200);
    env_free(e);
}

/* An object nobody committed (a crash between PUT and commit) is deleted at start; committed
   ones and keys the tier does not own are left alone. */
static void test_orphans(void **state)
{
    env_t *e = env_new();
    rmq_tier_stats_t st;

    (void)state;
    env_open(e);
    produce(e, 2, 40, 200, rmq_wall_ms());
    wait_uploaded(e, 2);
    size_t live = count_objects(e);
    assert_true(live >= 1);
    env_close(e);
    rmq_objstore_local_opts_t lo;
    rmq_objstore_local_opts_init(&lo);
    lo.path = e->objdir;
    assert_int_equal(rmq_objstore_local_open(&lo, &e->store, NULL), 0);
    assert_int_equal(
        rmq_objstore_put_sync(e->store, "t/b1/00000000000000ff-12345678.obj", "x", 1, 0, NULL), 0);
    assert_int_equal(rmq_objstore_put_sync(e->store, "t/b1/notes.txt", "y", 1, 0, NULL), 0);
    rmq_objstore_close(e->store);
    env_open(e);
    rmq_tier_stats(e->tier, &st);
    assert_int_equal(st.orphans_deleted, 1);
    assert_int_equal(count_objects(e), live + 1); /* notes.txt stays */
    assert_int_equal(
        rmq_objstore_head_sync(e->store, "t/b1/00000000000000ff-12345678.obj", NULL, NULL, NULL),
        RMQ_ENOTFOUND);
    verify_partition(e, 0, 200);
    verify_partition(e, 1, 200);
    env_free(e);
}

/* Moving the log start drops extents and deletes objects left without live extents. */
static void test_retention_drop(void **state)
{
    env_t *e = env_new();
    rmq_tier_stats_t st;

    (void)state;
    env_open(e);
    produce(e, 1, 100, 500, rmq_wall_ms()); /* 1000 records, ~500 KiB */
    wait_uploaded(e, 1);
    rmq_tier_stats(e->tier, &st);
    uint64_t objects = st.objects;
    assert_true(objects >= 4);
    rmq_plog_t *plog = rmq_plogset_get(e->pset, 0);
    assert_int_equal(rmq_plog_advance_log_start(plog, 800, NULL), 0);
    check_untiered(e, 1);
    assert_true(rmq_tier_drop_below(e->tier, 0, 800) > 0);
    rmq_tier_stats(e->tier, &st);
    assert_true(st.objects < objects);
    for (int i = 0; i < 500; i++) {
        rmq_tier_stats(e->tier, &st);
        if (st.objects_deleted == objects - st.objects)
            break;
        rmq_sleep_ms(10);
    }
    assert_int_equal(st.objects_deleted, objects - st.objects);
    assert_int_equal(count_objects(e), st.objects);
    rmq_tier_extent_t *x;
    size_t n = rmq_tier_extents(e->tier, 0, &x);
    assert_true(n > 0);
    assert_true(x[0].end > 800 && x[0].base <= 800);
    free(x);
    verify_partition(e, 0, 500); /* from 800 */
    /* The drop survives a restart. */
    env_close(e);
    env_open(e);
    rmq_tier_stats(e->tier, &st);
    assert_int_equal(count_objects(e), st.objects);
    verify_partition(e, 0, 500);
    env_free(e);
}

/* Compaction merges a partition's extents from shared objects into per-partition objects. */
static void test_compaction(void **state)
{
    env_t *e = env_new();
    rmq_tier_stats_t st;

    (void)state;
    e->topts.upload_bytes = 16 * 1024; /* many small shared objects */
    e->topts.extent_max_bytes = 128 * 1024;
    e->topts.compaction_interval_ms = 100;
    e->topts.compaction_min_bytes = 48 * 1024;
    env_open(e);
    produce(e, 3, 60, 300, rmq_wall_ms());
    wait_uploaded(e, 3);
    for (int i = 0; i < 500; i++) {
        rmq_tier_stats(e->tier, &st);
        if (st.compactions >= 3 && st.objects_deleted > 0)
            break;
        rmq_sleep_ms(20);
    }
    assert_true(st.compactions >= 3);
    assert_true(st.objects_deleted > 0);
    for (uint64_t p = 0; p < 3; p++)
        verify_partition(e, p, 300);
    env_close(e);
    env_open(e);
    rmq_tier_stats(e->tier, &st);
    assert_int_equal(count_objects(e), st.objects);
    for (uint64_t p = 0; p < 3; p++)
        verify_partition(e, p, 300);
    env_free(e);
}

/* The read cache stays within its budget (plus one demand-loaded extent) under each policy,
   and a re-read of a small working set hits. */
static void test_cache_policies(void **state)
{
    static const rmq_eviction_policy_t policies[] = {RMQ_EVICTION_LRU, RMQ_EVICTION_LFU,
                                                     RMQ_EVICTION_S3FIFO};
    (void)state;
    for (size_t k = 0; k < RMQ_ARRAY_SIZE(policies); k++) {
        env_t *e = env_new();
        rmq_tier_stats_t st;
        e->topts.policy = policies[k];
        e->topts.cache_bytes = 128 * 1024;
        e->topts.readahead_bytes = 32 * 1024;
        env_open(e);
        produce(e, 2, 80, 400, rmq_wall_ms());
        wait_uploaded(e, 2);
        rmq_plogset_trim(e->pset);
        for (int round = 0; round < 2; round++)
            for (uint64_t p = 0; p < 2; p++)
                verify_partition(e, p, 400);
        rmq_tier_stats(e->tier, &st);
        assert_true(st.cache_bytes <= e->topts.cache_bytes + e->topts.extent_max_bytes);
        assert_true(st.cache_evictions > 0);
        assert_true(st.cache_hits > 0);
        env_free(e);
    }
}

/* A corrupt object (a flipped byte in a batch) is an error for the reads of that extent only:
   no crash, no wrong bytes served, the other partitions' extents in the same object still
   read fine. */
static void test_corrupt_object(void **state)
{
    env_t *e = env_new();
    rmq_objstore_list_t list;
    char path[512], name[256];

    (void)state;
    e->topts.upload_bytes = 1 << 20; /* one object holds both partitions */
    env_open(e);
    produce(e, 2, 10, 200, rmq_wall_ms());
    wait_uploaded(e, 2);
    env_close(e);
    /* The first extent of the object is partition 0's: flip a byte inside its records. */
    rmq_objstore_local_opts_t lo;
    rmq_objstore_local_opts_init(&lo);
    lo.path = e->objdir;
    assert_int_equal(rmq_objstore_local_open(&lo, &e->store, NULL), 0);
    assert_int_equal(rmq_objstore_list_sync(e->store, "t/b1/", NULL, 0, &list, NULL), 0);
    assert_int_equal(list.count, 1);
    rmq_strlcpy(name, list.entries[0].key, sizeof(name));
    for (char *p = name; *p; p++)
        if (*p == '/')
            *p = '+';
    rmq_objstore_list_release(&list);
    rmq_objstore_close(e->store);
    snprintf(path, sizeof(path), "%s/%s", e->objdir, name);
    FILE *f = fopen(path, "r+b");
    assert_non_null(f);
    assert_int_equal(fseek(f, 100, SEEK_SET), 0);
    int c = fgetc(f);
    assert_int_equal(fseek(f, 100, SEEK_SET), 0);
    fputc(c ^ 0x5a, f);
    fclose(f);

    env_open(e);
    rmq_plogset_trim(e->pset);
    rmq_plog_read_t rd;
    int remote;
    assert_int_equal(read_any(e, 0, 0, 1 << 20, &rd, &remote), RMQ_ECORRUPT);
    assert_true(remote);
    rmq_plog_read_release(&rd);
    verify_partition(e, 1, 200);
    env_free(e);
}

/* Hostile metadata: each bad record makes open fail with RMQ_ECORRUPT and a message, never a
   crash or a wrong index. */
static void test_corrupt_metadata(void **state)
{
    static const struct {
        const char *key;
        size_t klen;
        const char *val;
        size_t vlen;
    } bad[] = {
        {"t/seq", 5, "1234", 4},                              /* short sequence */
        {"t/o/\0\0\0\0\0\0\0\1", 12, "short", 5},             /* short object record */
        {"t/x/\0\0\0\0\0\0\0\1\0\0\0\0\0\0\0\0", 20, "x", 1}, /* short extent */
        {"t/u/\0\0\0\0\0\0\0\1", 12, "\xff\xff\xff\xff\xff\xff\xff\xff", 8}, /* end < 0 */
    };
    (void)state;
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++) {
        env_t *e = env_new();
        rmq_kv_t *kv;
        rmq_tier_t *tier;
        rmq_err_t err;
        assert_int_equal(rmq_kv_open(e->dir, "meta", &kv, &err), 0);
        assert_int_equal(rmq_kv_put(kv, bad[i].key, bad[i].klen, bad[i].val, bad[i].vlen), 0);
        rmq_objstore_local_opts_t lo;
        rmq_objstore_local_opts_init(&lo);
        lo.path = e->objdir;
        assert_int_equal(rmq_objstore_local_open(&lo, &e->store, &err), 0);
        e->topts.store = e->store;
        e->topts.kv = kv;
        rmq_err_clear(&err);
        assert_int_equal(rmq_tier_open(&e->topts, &tier, &err), RMQ_ECORRUPT);
        assert_non_null(strstr(err.msg, "tier metadata"));
        rmq_kv_close(kv);
        rmq_objstore_close(e->store);
        env_free(e);
    }
    /* An extent naming a missing object. */
    env_t *e = env_new();
    env_open(e);
    produce(e, 1, 20, 200, rmq_wall_ms());
    wait_uploaded(e, 1);
    env_close(e);
    rmq_kv_t *kv;
    uint8_t k[12];
    memcpy(k, "t/o/", 4);
    memset(k + 4, 0, 8);
    assert_int_equal(rmq_kv_open(e->dir, "meta", &kv, NULL), 0);
    assert_int_equal(rmq_kv_del(kv, k, 12), 0); /* object 0 */
    rmq_kv_close(kv);
    rmq_objstore_local_opts_t lo;
    rmq_objstore_local_opts_init(&lo);
    lo.path = e->objdir;
    assert_int_equal(rmq_objstore_local_open(&lo, &e->store, NULL), 0);
    assert_int_equal(rmq_kv_open(e->dir, "meta", &e->kv, NULL), 0);
    e->topts.store = e->store;
    e->topts.kv = e->kv;
    rmq_err_t err;
    rmq_tier_t *tier;
    assert_int_equal(rmq_tier_open(&e->topts, &tier, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "missing object"));
    rmq_kv_close(e->kv);
    rmq_objstore_close(e->store);
    env_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_footer),         cmocka_unit_test(test_upload_read_restart),
        cmocka_unit_test(test_coalesced_gets), cmocka_unit_test(test_orphans),
        cmocka_unit_test(test_retention_drop), cmocka_unit_test(test_compaction),
        cmocka_unit_test(test_cache_policies), cmocka_unit_test(test_corrupt_metadata),
        cmocka_unit_test(test_corrupt_object),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
