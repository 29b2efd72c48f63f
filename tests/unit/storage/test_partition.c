/* Unit tests for src/storage/partition.c and plogset.c: the partition log over a real WAL. */
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/mem.h"
#include "kafka/record_batch.h"
#include "storage/partition.h"
#include "storage/partition_int.h"
#include "testlib.h"

/* ---- Helpers ---- */

/* Waits for one done callback. */
typedef struct waiter {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
    int status;
    int64_t base;
} waiter_t;

static void waiter_init(waiter_t *w)
{
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cond, NULL);
    w->done = 0;
    w->status = 1;
    w->base = -1;
}

static void waiter_destroy(waiter_t *w)
{
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cond);
}

static void on_done(void *opaque, int status, int64_t base_offset)
{
    waiter_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->done++;
    w->status = status;
    w->base = base_offset;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->mu);
}

static void waiter_wait(waiter_t *w, int n)
{
    struct timespec ts;
    pthread_mutex_lock(&w->mu);
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 30;
    while (w->done < n) {
        int rc = pthread_cond_timedwait(&w->cond, &w->mu, &ts);
        if (rc != 0) {
            pthread_mutex_unlock(&w->mu);
            fail_msg("timed out waiting for durability (%d of %d)", w->done, n);
        }
    }
    pthread_mutex_unlock(&w->mu);
}

static rmq_plogset_t *open_set(const char *dir, size_t per_log, size_t global)
{
    rmq_plogset_opts_t opts;
    rmq_plogset_t *pset = NULL;
    rmq_err_t err;

    rmq_plogset_opts_init(&opts);
    opts.dir = dir;
    opts.cache_bytes_per_log = per_log;
    opts.cache_bytes_global = global;
    rmq_err_clear(&err);
    int rc = rmq_plogset_open(&opts, &pset, &err);
    if (rc != 0)
        fail_msg("open %s: %s", dir, err.msg);
    return pset;
}

/* The batch as the log must return it: base offset and leader epoch patched. */
static void expect_batch(const rmq_slice_t *s, const rmq_buf_t *orig, int64_t base, int32_t epoch)
{
    uint8_t *exp = rmq_malloc(orig->size);
    memcpy(exp, orig->data, orig->size);
    rmq_batch_set_base_offset(exp, base);
    rmq_batch_set_leader_epoch(exp, epoch);
    assert_int_equal(s->len, orig->size);
    assert_memory_equal(rmq_slice_data(s), exp, orig->size);
    free(exp);

    rmq_batch_info_t info;
    rmq_err_t err;
    assert_int_equal(rmq_batch_validate(rmq_slice_data(s), s->len, &info, &err), 0);
    assert_int_equal(info.base_offset, base);
    assert_int_equal(info.partition_leader_epoch, epoch);
}

/* ---- Tests ---- */

static void test_offsets_contiguous_and_patched(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 7);
    const int counts[] = {1, 3, 7, 1, 10, 2, 1, 25};
    const int n = (int)(sizeof(counts) / sizeof(counts[0]));
    rmq_buf_t *bufs[8];
    int64_t expect = 0;

    assert_int_equal(rmq_plog_id(plog), 7);
    rmq_plog_become_leader(plog, 5);
    for (int i = 0; i < n; i++) {
        bufs[i] = rmq_test_make_batch(counts[i], 20, 1000 + i, 1, (uint32_t)i);
        int64_t base = rmq_test_append_sync(plog, bufs[i]);
        assert_int_equal(base, expect);
        expect += counts[i];
    }
    int64_t ls, hw, leo;
    rmq_plog_offsets(plog, &ls, &hw, &leo);
    assert_int_equal(ls, 0);
    assert_int_equal(leo, expect);
    assert_int_equal(hw, expect);
    assert_int_equal(rmq_plog_leader_epoch(plog), 5);

    /* Everything read back: patched offsets, epoch, CRC still valid. */
    rmq_plog_read_t rd;
    rmq_err_t err;
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, (size_t)n);
    int64_t base = 0;
    for (int i = 0; i < n; i++) {
        expect_batch(&rd.batches[i], bufs[i], base, 5);
        rmq_plog_entry_info_t ei;
        assert_int_equal(rmq_plog_entry(plog, (size_t)i, &ei), 0);
        assert_int_equal(ei.base_offset, base);
        assert_int_equal(ei.last_offset, base + counts[i] - 1);
        assert_int_equal(ei.size, bufs[i]->size);
        assert_int_equal(ei.max_timestamp, 1000 + i + counts[i] - 1);
        assert_true(ei.durable);
        assert_true(ei.cached);
        base += counts[i];
    }
    rmq_plog_read_release(&rd);
    assert_null(rd.batches);

    /* Appending a slice patches the caller's buffer in place. */
    rmq_buf_t *inplace = rmq_test_make_batch(2, 8, 5000, 1, 99);
    rmq_slice_t s = rmq_slice_make(inplace, 0, inplace->size);
    waiter_t w;
    waiter_init(&w);
    int64_t b2 = -1;
    assert_int_equal(rmq_plog_append(plog, &s, NULL, on_done, &w, &b2, &err), 0);
    waiter_wait(&w, 1);
    assert_int_equal(b2, expect);
    assert_int_equal((int64_t)rmq_be64(inplace->data), expect);
    assert_int_equal((int32_t)rmq_be32(inplace->data + RMQ_BATCH_OFF_LEADER_EPOCH), 5);
    waiter_destroy(&w);
    rmq_slice_release(&s);
    rmq_buf_unref(inplace);

    for (int i = 0; i < n; i++)
        rmq_buf_unref(bufs[i]);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_append_rejects_bad_input(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 1);
    rmq_err_t err;
    rmq_buf_t *b = rmq_test_make_batch(3, 10, 1, 1, 1);

    /* Two batches back to back: not exactly one. */
    uint8_t *two = rmq_malloc(b->size * 2);
    memcpy(two, b->data, b->size);
    memcpy(two + b->size, b->data, b->size);
    assert_int_equal(rmq_plog_append_copy(plog, two, b->size * 2, NULL, NULL, NULL, NULL, &err),
                     RMQ_EINVAL);
    /* A flipped bit: CRC mismatch. */
    memcpy(two, b->data, b->size);
    two[b->size - 1] ^= 1;
    assert_int_equal(rmq_plog_append_copy(plog, two, b->size, NULL, NULL, NULL, NULL, &err),
                     RMQ_ECORRUPT);
    /* Too short to be a batch. */
    assert_int_equal(rmq_plog_append_copy(plog, two, 20, NULL, NULL, NULL, NULL, &err), RMQ_EINVAL);
    /* Caller-supplied info that does not match the length. */
    rmq_batch_info_t info;
    assert_int_equal(rmq_batch_validate(b->data, b->size, &info, NULL), 0);
    assert_int_equal(
        rmq_plog_append_copy(plog, b->data, b->size - 1, &info, NULL, NULL, NULL, &err),
        RMQ_EINVAL);
    int64_t leo;
    rmq_plog_offsets(plog, NULL, NULL, &leo);
    assert_int_equal(leo, 0);
    free(two);
    rmq_buf_unref(b);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* A fault hook that holds every fsync while the gate is closed. */
typedef struct gate {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int closed;
    int waiting;
    int fail_fsync; /* when set: fail every fsync with -EIO */
} gate_t;

static long gate_fault(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    gate_t *g = opaque;
    (void)len;
    if (op != RMQ_WAL_OP_FSYNC)
        return 0;
    pthread_mutex_lock(&g->mu);
    if (g->fail_fsync) {
        pthread_mutex_unlock(&g->mu);
        return -EIO;
    }
    g->waiting++;
    pthread_cond_broadcast(&g->cond);
    while (g->closed)
        pthread_cond_wait(&g->cond, &g->mu);
    g->waiting--;
    pthread_mutex_unlock(&g->mu);
    return 0;
}

static rmq_plogset_t *open_set_gated(const char *dir, gate_t *g)
{
    rmq_plogset_opts_t opts;
    rmq_plogset_t *pset = NULL;
    rmq_err_t err;

    rmq_plogset_opts_init(&opts);
    opts.dir = dir;
    opts.wal.fault = gate_fault;
    opts.wal.fault_opaque = g;
    if (rmq_plogset_open(&opts, &pset, &err) != 0)
        fail_msg("open: %s", err.msg);
    return pset;
}

static void test_hw_advances_only_after_durability(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    gate_t g = {.closed = 0};
    pthread_mutex_init(&g.mu, NULL);
    pthread_cond_init(&g.cond, NULL);
    rmq_plogset_t *pset = open_set_gated(dir, &g);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 3);
    rmq_buf_t *b1 = rmq_test_make_batch(4, 16, 10, 1, 1);
    rmq_buf_t *b2 = rmq_test_make_batch(2, 16, 20, 1, 2);
    rmq_err_t err;

    int64_t base = rmq_test_append_sync(plog, b1);
    assert_int_equal(base, 0);

    pthread_mutex_lock(&g.mu);
    g.closed = 1;
    pthread_mutex_unlock(&g.mu);

    waiter_t w;
    waiter_init(&w);
    assert_int_equal(rmq_plog_append_copy(plog, b2->data, b2->size, NULL, on_done, &w, &base, &err),
                     0);
    assert_int_equal(base, 4);
    /* Wait until the WAL writer sits in the held fsync. */
    pthread_mutex_lock(&g.mu);
    for (int i = 0; i < 3000 && g.waiting == 0; i++) {
        pthread_mutex_unlock(&g.mu);
        usleep(1000);
        pthread_mutex_lock(&g.mu);
    }
    assert_int_equal(g.waiting, 1);
    pthread_mutex_unlock(&g.mu);

    int64_t hw, leo;
    rmq_plog_offsets(plog, NULL, &hw, &leo);
    assert_int_equal(leo, 6);
    assert_int_equal(hw, 4);
    pthread_mutex_lock(&w.mu);
    assert_int_equal(w.done, 0);
    pthread_mutex_unlock(&w.mu);

    /* Committed reads stop at the HW; uncommitted ones see the pending batch. */
    rmq_plog_read_t rd;
    assert_int_equal(rmq_plog_read(plog, 4, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 0);
    assert_int_equal(rd.hw, 4);
    assert_int_equal(rd.leo, 6);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_plog_read(plog, 4, SIZE_MAX, RMQ_PLOG_READ_UNCOMMITTED, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    expect_batch(&rd.batches[0], b2, 4, 0);
    rmq_plog_read_release(&rd);
    /* Not durable yet: no LSN for the uploader. */
    uint64_t lsn;
    assert_int_equal(rmq_plog_min_lsn(plog, 4, &lsn), RMQ_ENOTFOUND);
    assert_int_equal(rmq_plog_min_lsn(plog, 0, &lsn), 0);

    pthread_mutex_lock(&g.mu);
    g.closed = 0;
    pthread_cond_broadcast(&g.cond);
    pthread_mutex_unlock(&g.mu);
    waiter_wait(&w, 1);
    assert_int_equal(w.status, 0);
    assert_int_equal(w.base, 4);
    rmq_plog_offsets(plog, NULL, &hw, &leo);
    assert_int_equal(hw, 6);
    assert_int_equal(rmq_plog_min_lsn(plog, 4, &lsn), 0);

    waiter_destroy(&w);
    rmq_buf_unref(b1);
    rmq_buf_unref(b2);
    rmq_plogset_close(pset);
    pthread_mutex_destroy(&g.mu);
    pthread_cond_destroy(&g.cond);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_wal_failure_stops_appends(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    gate_t g = {.closed = 0};
    pthread_mutex_init(&g.mu, NULL);
    pthread_cond_init(&g.cond, NULL);
    rmq_plogset_t *pset = open_set_gated(dir, &g);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 3);
    rmq_buf_t *b = rmq_test_make_batch(2, 16, 10, 1, 1);
    rmq_err_t err;

    assert_int_equal(rmq_test_append_sync(plog, b), 0);
    pthread_mutex_lock(&g.mu);
    g.fail_fsync = 1;
    pthread_mutex_unlock(&g.mu);
    waiter_t w;
    waiter_init(&w);
    int64_t base = -1;
    assert_int_equal(rmq_plog_append_copy(plog, b->data, b->size, NULL, on_done, &w, &base, &err),
                     0);
    waiter_wait(&w, 1);
    assert_true(w.status < 0);
    assert_int_equal(w.base, 2);
    int64_t hw, leo;
    rmq_plog_offsets(plog, NULL, &hw, &leo);
    assert_int_equal(hw, 2);
    rmq_plog_stats_t st;
    rmq_plog_stats(plog, &st);
    assert_true(st.failed < 0);
    /* The log refuses further appends; committed data is still readable. */
    int rc = rmq_plog_append_copy(plog, b->data, b->size, NULL, on_done, &w, NULL, &err);
    assert_true(rc < 0);
    rmq_plog_read_t rd;
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    rmq_plog_read_release(&rd);

    waiter_destroy(&w);
    rmq_buf_unref(b);
    rmq_plogset_close(pset);
    pthread_mutex_destroy(&g.mu);
    pthread_cond_destroy(&g.cond);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_read_limits_and_ranges(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 9);
    rmq_buf_t *big = rmq_test_make_batch(5, 2000, 1, 1, 1);  /* ~10 KB, offsets 0..4 */
    rmq_buf_t *small1 = rmq_test_make_batch(3, 50, 1, 1, 2); /* offsets 5..7 */
    rmq_buf_t *small2 = rmq_test_make_batch(2, 50, 1, 1, 3); /* offsets 8..9 */
    rmq_buf_t *small3 = rmq_test_make_batch(1, 50, 1, 1, 4); /* offset 10 */
    rmq_err_t err;
    rmq_plog_read_t rd;

    rmq_test_append_sync(plog, big);
    rmq_test_append_sync(plog, small1);
    rmq_test_append_sync(plog, small2);
    rmq_test_append_sync(plog, small3);

    /* First batch bigger than the limit: still returned, alone. */
    assert_int_equal(rmq_plog_read(plog, 0, 100, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    expect_batch(&rd.batches[0], big, 0, 0);
    assert_int_equal(rd.bytes, big->size);
    rmq_plog_read_release(&rd);
    /* Limit 0 behaves the same. */
    assert_int_equal(rmq_plog_read(plog, 2, 0, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    rmq_plog_read_release(&rd);

    /* From the middle of a batch: that whole batch first. */
    assert_int_equal(rmq_plog_read(plog, 6, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 3);
    expect_batch(&rd.batches[0], small1, 5, 0);
    expect_batch(&rd.batches[1], small2, 8, 0);
    expect_batch(&rd.batches[2], small3, 10, 0);
    rmq_plog_read_release(&rd);

    /* A limit that fits one and a half small batches: one. */
    size_t lim = small1->size + small2->size / 2;
    assert_int_equal(rmq_plog_read(plog, 5, lim, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    rmq_plog_read_release(&rd);
    /* Exactly two. */
    lim = small1->size + small2->size;
    assert_int_equal(rmq_plog_read(plog, 7, lim, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 2);
    assert_int_equal(rd.bytes, lim);
    rmq_plog_read_release(&rd);
    /* The big one plus limit for one more small: big + small1. */
    lim = big->size + small1->size + 10;
    assert_int_equal(rmq_plog_read(plog, 4, lim, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 2);
    rmq_plog_read_release(&rd);

    /* At the LEO (== HW): nothing, no error. */
    assert_int_equal(rmq_plog_read(plog, 11, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 0);
    assert_int_equal(rd.leo, 11);
    rmq_plog_read_release(&rd);
    /* Beyond: OFFSET_OUT_OF_RANGE with the bounds for the response. */
    assert_int_equal(rmq_plog_read(plog, 12, SIZE_MAX, 0, &rd, &err), RMQ_ERANGE);
    assert_int_equal(rd.count, 0);
    assert_int_equal(rd.log_start, 0);
    assert_int_equal(rd.hw, 11);
    assert_int_equal(rd.leo, 11);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_plog_read(plog, -1, SIZE_MAX, 0, &rd, &err), RMQ_ERANGE);
    rmq_plog_read_release(&rd);

    /* An empty partition: offset 0 is fine, 1 is out of range. */
    rmq_plog_t *empty = rmq_plogset_get_or_create(pset, 10);
    assert_int_equal(rmq_plog_read(empty, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 0);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_plog_read(empty, 1, SIZE_MAX, 0, &rd, &err), RMQ_ERANGE);
    rmq_plog_read_release(&rd);

    rmq_buf_unref(big);
    rmq_buf_unref(small1);
    rmq_buf_unref(small2);
    rmq_buf_unref(small3);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_cache_eviction_reads_from_wal(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    /* Per-log budget of ~3 batches of ~1.1 KB. */
    rmq_plogset_t *pset = open_set(dir, 3500, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 1);
    enum { N = 20 };
    rmq_buf_t *bufs[N];
    rmq_err_t err;

    for (int i = 0; i < N; i++) {
        bufs[i] = rmq_test_make_batch(2, 500, 100 * i, 1, (uint32_t)i);
        assert_int_equal(rmq_test_append_sync(plog, bufs[i]), 2 * i);
    }
    rmq_plog_stats_t st;
    rmq_plog_stats(plog, &st);
    assert_int_equal(st.entries, N);
    assert_true(st.cached_bytes <= 3500);
    assert_true(st.cached_entries >= 1 && st.cached_entries <= 3);
    assert_true(st.evicted >= N - 3);
    rmq_plog_entry_info_t ei;
    assert_int_equal(rmq_plog_entry(plog, 0, &ei), 0);
    assert_false(ei.cached);
    assert_true(ei.durable);
    assert_int_equal(rmq_plog_entry(plog, N - 1, &ei), 0);
    assert_true(ei.cached);

    /* Reads across evicted and cached batches give identical bytes. */
    rmq_plog_read_t rd;
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, N);
    for (int i = 0; i < N; i++)
        expect_batch(&rd.batches[i], bufs[i], 2 * i, 0);
    rmq_plog_read_release(&rd);
    /* From the middle of an evicted batch, with a byte limit. */
    assert_int_equal(rmq_plog_read(plog, 9, 1, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 1);
    expect_batch(&rd.batches[0], bufs[4], 8, 0);
    rmq_plog_read_release(&rd);

    for (int i = 0; i < N; i++)
        rmq_buf_unref(bufs[i]);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_global_cache_budget(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 8000);
    enum { P = 4, N = 10 };
    rmq_buf_t *bufs[P][N];
    rmq_err_t err;

    for (int i = 0; i < N; i++) {
        for (int p = 0; p < P; p++) {
            rmq_plog_t *plog = rmq_plogset_get_or_create(pset, (uint64_t)p);
            bufs[p][i] = rmq_test_make_batch(1, 900, i, 1, (uint32_t)(p * 100 + i));
            assert_int_equal(rmq_test_append_sync(plog, bufs[p][i]), i);
        }
    }
    rmq_plogset_stats_t st;
    rmq_plogset_stats(pset, &st);
    assert_true(st.cache_bytes <= 8000);
    assert_true(st.cache_evicted >= (uint64_t)(P * N) - 8000 / 900);
    /* Oldest first across partitions: the most recent batch of every partition is cached,
       the first of every partition is not. */
    for (int p = 0; p < P; p++) {
        rmq_plog_t *plog = rmq_plogset_get(pset, (uint64_t)p);
        rmq_plog_entry_info_t ei;
        assert_int_equal(rmq_plog_entry(plog, N - 1, &ei), 0);
        assert_true(ei.cached);
        assert_int_equal(rmq_plog_entry(plog, 0, &ei), 0);
        assert_false(ei.cached);
        rmq_plog_read_t rd;
        assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
        assert_int_equal(rd.count, N);
        for (int i = 0; i < N; i++)
            expect_batch(&rd.batches[i], bufs[p][i], i, 0);
        rmq_plog_read_release(&rd);
    }
    for (int p = 0; p < P; p++)
        for (int i = 0; i < N; i++)
            rmq_buf_unref(bufs[p][i]);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void check_time(rmq_plog_t *plog, int64_t ts, int64_t exp_off, int64_t exp_ts)
{
    int64_t off = -2, found_ts = -2;
    rmq_err_t err;
    int rc = rmq_plog_offset_for_time(plog, ts, 0, &off, &found_ts, &err);
    if (exp_off < 0) {
        assert_int_equal(rc, RMQ_ENOTFOUND);
        return;
    }
    if (rc != 0)
        fail_msg("time %lld: %s", (long long)ts, err.msg);
    assert_int_equal(off, exp_off);
    assert_int_equal(found_ts, exp_ts);
}

static void test_timestamp_lookup(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 2);
    /* Timestamps (not monotonic across batches, as producers' clocks are not):
       offsets 0-2: 1000,1010,1020; 3-6: 2000..2030; 7-8: 1500,1510; 9: 3000. */
    rmq_buf_t *b[4] = {
        rmq_test_make_batch(3, 10, 1000, 10, 1), rmq_test_make_batch(4, 10, 2000, 10, 2),
        rmq_test_make_batch(2, 10, 1500, 10, 3), rmq_test_make_batch(1, 10, 3000, 0, 4)};
    for (int i = 0; i < 4; i++)
        rmq_test_append_sync(plog, b[i]);

    check_time(plog, 0, 0, 1000);
    check_time(plog, 1000, 0, 1000);
    check_time(plog, 1005, 1, 1010);
    check_time(plog, 1020, 2, 1020);
    check_time(plog, 1021, 3, 2000); /* first batch with max >= ts is the second */
    check_time(plog, 1500, 3, 2000);
    check_time(plog, 2015, 5, 2020);
    check_time(plog, 2031, 9, 3000);
    check_time(plog, 3001, -1, 0);

    /* After log start moves into the second batch, records before it do not count. */
    rmq_err_t err;
    assert_int_equal(rmq_plog_advance_log_start(plog, 5, &err), 0);
    check_time(plog, 0, 5, 2020);
    check_time(plog, 2005, 5, 2020);
    /* Only deleted records of the spanning batch qualify: the answer is in a later batch. */
    rmq_plog_t *p2 = rmq_plogset_get_or_create(pset, 4);
    rmq_buf_t *c[2] = {rmq_test_make_batch(3, 10, 2000, -500, 5),
                       rmq_test_make_batch(2, 10, 1900, 200, 6)};
    rmq_test_append_sync(p2, c[0]); /* offsets 0-2: 2000, 1500, 1000 */
    rmq_test_append_sync(p2, c[1]); /* offsets 3-4: 1900, 2100 */
    assert_int_equal(rmq_plog_advance_log_start(p2, 1, &err), 0);
    check_time(p2, 1800, 3, 1900);
    check_time(p2, 1200, 1, 1500);
    check_time(p2, 2050, 4, 2100);

    /* The same answers once the batches come from the WAL (reopen: nothing cached). */
    rmq_plogset_close(pset);
    pset = open_set(dir, 0, 0);
    plog = rmq_plogset_get(pset, 2);
    assert_non_null(plog);
    check_time(plog, 2015, 5, 2020);
    check_time(plog, 2031, 9, 3000);
    check_time(plog, 1600, 5, 2020);

    for (int i = 0; i < 4; i++)
        rmq_buf_unref(b[i]);
    rmq_buf_unref(c[0]);
    rmq_buf_unref(c[1]);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_log_start_advance(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 11);
    rmq_buf_t *b[5];
    rmq_err_t err;
    rmq_plog_read_t rd;

    for (int i = 0; i < 5; i++) {
        b[i] = rmq_test_make_batch(3, 30, i, 1, (uint32_t)i); /* batch i: offsets 3i..3i+2 */
        rmq_test_append_sync(plog, b[i]);
    }
    uint64_t lsn_before = rmq_plogset_min_lsn(pset);
    rmq_plog_entry_info_t e0, e2;
    assert_int_equal(rmq_plog_entry(plog, 0, &e0), 0);
    assert_int_equal(rmq_plog_entry(plog, 2, &e2), 0);
    assert_int_equal(lsn_before, e0.lsn);

    /* Into the middle of batch 2 (offsets 6..8). */
    assert_int_equal(rmq_plog_advance_log_start(plog, 7, &err), 0);
    int64_t ls, hw, leo;
    rmq_plog_offsets(plog, &ls, &hw, &leo);
    assert_int_equal(ls, 7);
    assert_int_equal(hw, 15);
    rmq_plog_stats_t st;
    rmq_plog_stats(plog, &st);
    assert_int_equal(st.entries, 3);
    rmq_plog_entry_info_t ei;
    assert_int_equal(rmq_plog_entry(plog, 0, &ei), 0);
    assert_int_equal(ei.base_offset, 6);
    assert_int_equal(rmq_plogset_min_lsn(pset), e2.lsn);
    uint64_t lsn;
    assert_int_equal(rmq_plog_min_lsn(plog, 7, &lsn), 0);
    assert_int_equal(lsn, e2.lsn);
    assert_int_equal(rmq_plog_min_lsn(plog, 5, &lsn), RMQ_ERANGE);

    assert_int_equal(rmq_plog_read(plog, 6, SIZE_MAX, 0, &rd, &err), RMQ_ERANGE);
    assert_int_equal(rd.log_start, 7);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_plog_read(plog, 7, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 3);
    expect_batch(&rd.batches[0], b[2], 6, 0);
    rmq_plog_read_release(&rd);

    /* Backwards is a no-op; past the HW is refused. */
    assert_int_equal(rmq_plog_advance_log_start(plog, 3, &err), 0);
    rmq_plog_offsets(plog, &ls, NULL, NULL);
    assert_int_equal(ls, 7);
    assert_int_equal(rmq_plog_advance_log_start(plog, 16, &err), RMQ_ERANGE);

    /* Persisted: a restart does not resurrect offsets 0..6. */
    rmq_plogset_close(pset);
    pset = open_set(dir, 0, 0);
    plog = rmq_plogset_get(pset, 11);
    rmq_plog_offsets(plog, &ls, &hw, &leo);
    assert_int_equal(ls, 7);
    assert_int_equal(hw, 15);
    assert_int_equal(leo, 15);
    rmq_plog_stats(plog, &st);
    assert_int_equal(st.entries, 3);
    rmq_plogset_stats_t pst;
    rmq_plogset_stats(pset, &pst);
    assert_int_equal(pst.replay_skipped, 2);
    assert_int_equal(pst.replayed, 3);

    /* Up to the LEO: every entry goes, appends continue from the LEO. */
    assert_int_equal(rmq_plog_advance_log_start(plog, 15, &err), 0);
    rmq_plog_stats(plog, &st);
    assert_int_equal(st.entries, 0);
    assert_int_equal(rmq_plog_read(plog, 15, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, 0);
    rmq_plog_read_release(&rd);
    assert_int_equal(rmq_test_append_sync(plog, b[0]), 15);
    rmq_plogset_close(pset);
    pset = open_set(dir, 0, 0);
    plog = rmq_plogset_get(pset, 11);
    rmq_plog_offsets(plog, &ls, &hw, &leo);
    assert_int_equal(ls, 15);
    assert_int_equal(leo, 18);

    for (int i = 0; i < 5; i++)
        rmq_buf_unref(b[i]);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

static void test_rebuild_after_reopen(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    enum { P = 16, N = 12 };
    rmq_buf_t *bufs[P][N];
    int64_t bases[P][N];
    rmq_err_t err;

    /* Many partitions interleaved in one WAL, with varying record counts. */
    for (int i = 0; i < N; i++) {
        for (int p = 0; p < P; p++) {
            rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 1000 + (uint64_t)p);
            if (i == 0)
                rmq_plog_become_leader(plog, p);
            bufs[p][i] =
                rmq_test_make_batch(1 + (i * 7 + p) % 9, 40, 10 * i, 1, (uint32_t)(p * N + i));
            bases[p][i] = rmq_test_append_sync(plog, bufs[p][i]);
        }
    }
    int64_t leo_before[P];
    rmq_plog_entry_info_t ents_before[P][N];
    for (int p = 0; p < P; p++) {
        rmq_plog_t *plog = rmq_plogset_get(pset, 1000 + (uint64_t)p);
        rmq_plog_offsets(plog, NULL, NULL, &leo_before[p]);
        for (int i = 0; i < N; i++) {
            assert_int_equal(rmq_plog_entry(plog, (size_t)i, &ents_before[p][i]), 0);
            assert_int_equal(ents_before[p][i].base_offset, bases[p][i]);
        }
    }
    uint64_t min_lsn = rmq_plogset_min_lsn(pset);
    rmq_plogset_close(pset);

    pset = open_set(dir, 0, 0);
    assert_int_equal(rmq_plogset_count(pset), P);
    uint64_t ids[P + 1];
    assert_int_equal(rmq_plogset_list(pset, ids, P + 1), P);
    for (int p = 0; p < P; p++)
        assert_int_equal(ids[p], 1000 + (uint64_t)p);
    assert_int_equal(rmq_plogset_min_lsn(pset), min_lsn);
    for (int p = 0; p < P; p++) {
        rmq_plog_t *plog = rmq_plogset_get(pset, 1000 + (uint64_t)p);
        assert_non_null(plog);
        int64_t ls, hw, leo;
        rmq_plog_offsets(plog, &ls, &hw, &leo);
        assert_int_equal(ls, 0);
        assert_int_equal(leo, leo_before[p]);
        assert_int_equal(hw, leo_before[p]);
        assert_int_equal(rmq_plog_leader_epoch(plog), p);
        rmq_plog_stats_t st;
        rmq_plog_stats(plog, &st);
        assert_int_equal(st.entries, N);
        assert_int_equal(st.cached_entries, 0);
        for (int i = 0; i < N; i++) {
            rmq_plog_entry_info_t ei;
            assert_int_equal(rmq_plog_entry(plog, (size_t)i, &ei), 0);
            const rmq_plog_entry_info_t *eb = &ents_before[p][i];
            assert_int_equal(ei.base_offset, eb->base_offset);
            assert_int_equal(ei.last_offset, eb->last_offset);
            assert_int_equal(ei.max_timestamp, eb->max_timestamp);
            assert_int_equal(ei.size, eb->size);
            assert_int_equal(ei.lsn, eb->lsn);
            assert_int_equal(ei.pos.segment_id, eb->pos.segment_id);
            assert_int_equal(ei.pos.offset, eb->pos.offset);
            assert_int_equal(ei.pos.len, eb->pos.len);
            assert_true(ei.durable);
        }
        rmq_plog_read_t rd;
        assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
        assert_int_equal(rd.count, N);
        for (int i = 0; i < N; i++)
            expect_batch(&rd.batches[i], bufs[p][i], bases[p][i], p);
        rmq_plog_read_release(&rd);
        /* Appends continue after the rebuilt LEO. */
        assert_int_equal(rmq_test_append_sync(plog, bufs[p][0]), leo_before[p]);
    }
    rmq_plogset_close(pset);

    for (int p = 0; p < P; p++)
        for (int i = 0; i < N; i++)
            rmq_buf_unref(bufs[p][i]);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* Hostile WAL contents: the open fails with RMQ_ECORRUPT and says where. */
static void test_replay_rejects_inconsistent_wal(void **state)
{
    (void)state;
    for (int variant = 0; variant < 3; variant++) {
        char *dir = rmq_test_tmpdir("plog");
        char wdir[4096];
        snprintf(wdir, sizeof(wdir), "%s/wal", dir);
        rmq_wal_opts_t wopts;
        rmq_wal_opts_init(&wopts);
        wopts.dir = wdir;
        rmq_wal_t *wal = NULL;
        rmq_err_t err;
        assert_int_equal(rmq_wal_open(&wopts, &wal, &err), 0);
        rmq_buf_t *b = rmq_test_make_batch(2, 10, 1, 1, 1);
        assert_int_equal(rmq_wal_append_sync(wal, 5, b->data, b->size, NULL, NULL), 0);
        if (variant == 0) {
            /* A gap: offsets 0-1, then 5-6. */
            rmq_batch_set_base_offset(b->data, 5);
            assert_int_equal(rmq_wal_append_sync(wal, 5, b->data, b->size, NULL, NULL), 0);
        } else if (variant == 1) {
            /* Not a batch at all. */
            assert_int_equal(rmq_wal_append_sync(wal, 5, "garbage-garbage", 15, NULL, NULL), 0);
        } else {
            /* A batch whose CRC does not match (the WAL frame itself is fine). */
            rmq_batch_set_base_offset(b->data, 2);
            b->data[b->size - 1] ^= 0x40;
            assert_int_equal(rmq_wal_append_sync(wal, 5, b->data, b->size, NULL, NULL), 0);
        }
        rmq_wal_close(wal);

        rmq_plogset_opts_t opts;
        rmq_plogset_opts_init(&opts);
        opts.dir = dir;
        rmq_plogset_t *pset = NULL;
        rmq_err_clear(&err);
        assert_int_equal(rmq_plogset_open(&opts, &pset, &err), RMQ_ECORRUPT);
        assert_null(pset);
        assert_non_null(strstr(err.msg, "partition 5"));
        rmq_buf_unref(b);
        rmq_test_rm_rf(dir);
        free(dir);
    }
}

static void test_corrupt_checkpoint_refused(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 1);
    rmq_buf_t *b = rmq_test_make_batch(3, 10, 1, 1, 1);
    rmq_err_t err;
    rmq_test_append_sync(plog, b);
    assert_int_equal(rmq_plog_advance_log_start(plog, 2, &err), 0);
    rmq_plogset_close(pset);

    char path[4096];
    snprintf(path, sizeof(path), "%s/plog-start.ckpt", dir);
    int fd = open(path, O_RDWR);
    assert_true(fd >= 0);
    uint8_t byte;
    assert_int_equal(pread(fd, &byte, 1, 24), 1);
    byte ^= 1;
    assert_int_equal(pwrite(fd, &byte, 1, 24), 1);
    close(fd);
    rmq_plogset_opts_t opts;
    rmq_plogset_opts_init(&opts);
    opts.dir = dir;
    pset = NULL;
    assert_int_equal(rmq_plogset_open(&opts, &pset, &err), RMQ_ECORRUPT);
    assert_null(pset);

    /* Truncated file. */
    assert_int_equal(truncate(path, 10), 0);
    assert_int_equal(rmq_plogset_open(&opts, &pset, &err), RMQ_ECORRUPT);
    assert_null(pset);

    rmq_buf_unref(b);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* Several threads appending to one plog: offsets unique and contiguous. */
enum { CT_THREADS = 4, CT_PER_THREAD = 150 };

typedef struct ct_slot {
    int64_t base;      /* from rmq_plog_append */
    int64_t done_base; /* from the done callback (which may run before append returns) */
    int count;
    int status;
    int done;
} ct_slot_t;

typedef struct ct_thread {
    rmq_plog_t *plog;
    int id;
    ct_slot_t slots[CT_PER_THREAD];
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int completed;
    int errors;
} ct_thread_t;

typedef struct ct_ref {
    ct_thread_t *t;
    int idx;
} ct_ref_t;

static void ct_done(void *opaque, int status, int64_t base_offset)
{
    ct_ref_t *ref = opaque;
    ct_thread_t *t = ref->t;
    pthread_mutex_lock(&t->mu);
    ct_slot_t *s = &t->slots[ref->idx];
    s->done_base = base_offset;
    s->status = status;
    s->done = 1;
    t->completed++;
    pthread_cond_broadcast(&t->cond);
    pthread_mutex_unlock(&t->mu);
    free(ref);
}

static void *ct_main(void *arg)
{
    ct_thread_t *t = arg;
    for (int i = 0; i < CT_PER_THREAD; i++) {
        int count = 1 + (i * 5 + t->id) % 6;
        rmq_buf_t *b = rmq_test_make_batch(count, 16, i, 1, (uint32_t)(t->id * 1000 + i));
        ct_ref_t *ref = rmq_malloc(sizeof(*ref));
        ref->t = t;
        ref->idx = i;
        pthread_mutex_lock(&t->mu);
        t->slots[i].count = count;
        t->slots[i].base = -1;
        pthread_mutex_unlock(&t->mu);
        int64_t base = -1;
        rmq_slice_t s = rmq_slice_make(b, 0, b->size);
        int rc = rmq_plog_append(t->plog, &s, NULL, ct_done, ref, &base, NULL);
        rmq_slice_release(&s);
        rmq_buf_unref(b);
        pthread_mutex_lock(&t->mu);
        if (rc != 0) {
            t->errors++;
            free(ref);
        }
        t->slots[i].base = base;
        pthread_mutex_unlock(&t->mu);
    }
    return NULL;
}

static int cmp_slot(const void *a, const void *b)
{
    const ct_slot_t *x = a, *y = b;
    return x->base < y->base ? -1 : x->base > y->base;
}

static void test_concurrent_appends(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 0, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 42);
    ct_thread_t *ts = rmq_calloc(CT_THREADS, sizeof(*ts));
    pthread_t th[CT_THREADS];

    for (int t = 0; t < CT_THREADS; t++) {
        ts[t].plog = plog;
        ts[t].id = t;
        pthread_mutex_init(&ts[t].mu, NULL);
        pthread_cond_init(&ts[t].cond, NULL);
        assert_int_equal(pthread_create(&th[t], NULL, ct_main, &ts[t]), 0);
    }
    for (int t = 0; t < CT_THREADS; t++)
        assert_int_equal(pthread_join(th[t], NULL), 0);
    int64_t total = 0;
    ct_slot_t *all = rmq_calloc(CT_THREADS * CT_PER_THREAD, sizeof(*all));
    for (int t = 0; t < CT_THREADS; t++) {
        struct timespec dl;
        clock_gettime(CLOCK_REALTIME, &dl);
        dl.tv_sec += 30;
        pthread_mutex_lock(&ts[t].mu);
        while (ts[t].completed < CT_PER_THREAD)
            if (pthread_cond_timedwait(&ts[t].cond, &ts[t].mu, &dl) != 0)
                break;
        assert_int_equal(ts[t].completed, CT_PER_THREAD);
        assert_int_equal(ts[t].errors, 0);
        pthread_mutex_unlock(&ts[t].mu);
        for (int i = 0; i < CT_PER_THREAD; i++) {
            assert_int_equal(ts[t].slots[i].status, 0);
            assert_int_equal(ts[t].slots[i].done_base, ts[t].slots[i].base);
            all[t * CT_PER_THREAD + i] = ts[t].slots[i];
            total += ts[t].slots[i].count;
        }
    }
    /* Sorted by base offset, the batches tile [0, total) exactly. */
    qsort(all, CT_THREADS * CT_PER_THREAD, sizeof(*all), cmp_slot);
    int64_t next = 0;
    for (int i = 0; i < CT_THREADS * CT_PER_THREAD; i++) {
        assert_int_equal(all[i].base, next);
        next += all[i].count;
    }
    int64_t hw, leo;
    rmq_plog_offsets(plog, NULL, &hw, &leo);
    assert_int_equal(leo, total);
    assert_int_equal(hw, total);

    /* The log's bytes agree: each batch validates and carries the offsets assigned. */
    rmq_plog_read_t rd;
    rmq_err_t err;
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), 0);
    assert_int_equal(rd.count, CT_THREADS * CT_PER_THREAD);
    next = 0;
    for (size_t i = 0; i < rd.count; i++) {
        rmq_batch_info_t info;
        assert_int_equal(
            rmq_batch_validate(rmq_slice_data(&rd.batches[i]), rd.batches[i].len, &info, &err), 0);
        assert_int_equal(info.base_offset, next);
        assert_int_equal(info.record_count, all[i].count);
        next = rmq_batch_last_offset(&info) + 1;
    }
    rmq_plog_read_release(&rd);

    /* And the WAL holds them in offset order: a reopen rebuilds the same log. */
    rmq_plogset_close(pset);
    pset = open_set(dir, 0, 0);
    plog = rmq_plogset_get(pset, 42);
    rmq_plog_offsets(plog, NULL, &hw, &leo);
    assert_int_equal(leo, total);
    assert_int_equal(hw, total);

    for (int t = 0; t < CT_THREADS; t++) {
        pthread_mutex_destroy(&ts[t].mu);
        pthread_cond_destroy(&ts[t].cond);
    }
    free(ts);
    free(all);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* Readers and appenders at once, with a small cache so reads go to the WAL too. */
typedef struct rw_ctx {
    rmq_plog_t *plog;
    atomic_int stop;
    atomic_int bad;
    atomic_int reads;
} rw_ctx_t;

static void *rw_reader(void *arg)
{
    rw_ctx_t *c = arg;
    /* Bounded: the appender sets stop after a few hundred fsyncs (about a second). */
    for (int iter = 0; iter < 5000000 && !atomic_load(&c->stop); iter++) {
        int64_t ls, hw;
        rmq_plog_offsets(c->plog, &ls, &hw, NULL);
        if (hw == 0) {
            usleep(20);
            continue;
        }
        int64_t off = (int64_t)((uint64_t)iter * 2654435761u % (uint64_t)hw);
        rmq_plog_read_t rd;
        rmq_err_t err;
        int rc = rmq_plog_read(c->plog, off, 4096, 0, &rd, &err);
        if (rc != 0 || rd.count == 0) {
            c->bad++;
        } else {
            rmq_batch_info_t info;
            if (rmq_batch_validate(rmq_slice_data(&rd.batches[0]), rd.batches[0].len, &info,
                                   NULL) != 0 ||
                info.base_offset > off || rmq_batch_last_offset(&info) < off)
                c->bad++;
        }
        rmq_plog_read_release(&rd);
        c->reads++;
    }
    return NULL;
}

static void test_concurrent_reads_and_appends(void **state)
{
    (void)state;
    char *dir = rmq_test_tmpdir("plog");
    rmq_plogset_t *pset = open_set(dir, 2000, 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 8);
    rw_ctx_t c = {.plog = plog};
    pthread_t th[2];

    for (int t = 0; t < 2; t++)
        assert_int_equal(pthread_create(&th[t], NULL, rw_reader, &c), 0);
    for (int i = 0; i < 200; i++) {
        rmq_buf_t *b = rmq_test_make_batch(1 + i % 4, 100, i, 1, (uint32_t)i);
        rmq_test_append_sync(plog, b);
        rmq_buf_unref(b);
    }
    atomic_store(&c.stop, 1);
    for (int t = 0; t < 2; t++)
        pthread_join(th[t], NULL);
    assert_int_equal(atomic_load(&c.bad), 0);
    assert_true(atomic_load(&c.reads) > 0);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* The set's count of durable bytes not uploaded follows appends, uploads and log starts. */
static void test_untiered_total_follows_the_logs(void **state)
{
    char *dir = rmq_test_tmpdir("plog-untiered");
    rmq_plogset_t *pset = open_set(dir, 0, 64 << 20);
    rmq_err_t err;
    (void)state;

    assert_int_equal(rmq_plogset_untiered_bytes(pset), 0);
    uint64_t sum = 0;
    for (uint64_t p = 0; p < 3; p++) {
        for (int k = 0; k < 4; k++) {
            rmq_buf_t *b = rmq_test_make_batch(3, 50, 100, 1, (uint32_t)(p * 10 + (uint64_t)k));
            rmq_test_append_sync(rmq_plogset_get_or_create(pset, p), b);
            sum += b->size;
            rmq_buf_unref(b);
        }
    }
    assert_int_equal(rmq_plogset_untiered_bytes(pset), sum);
    uint64_t per = 0;
    for (uint64_t p = 0; p < 3; p++)
        per += rmq_plog_untiered_bytes(rmq_plogset_get(pset, p));
    assert_int_equal(per, sum);
    /* Uploading partition 0's first two batches (offsets 0..5) takes them out. */
    rmq_plog_t *p0 = rmq_plogset_get(pset, 0);
    uint64_t before0 = rmq_plog_untiered_bytes(p0);
    assert_int_equal(rmq_plog_set_tiered(p0, 6, &err), 0);
    uint64_t gone = before0 - rmq_plog_untiered_bytes(p0);
    assert_true(gone > 0);
    assert_int_equal(rmq_plogset_untiered_bytes(pset), sum - gone);
    /* Deleting partition 1's records below its end takes all of it out. */
    rmq_plog_t *p1 = rmq_plogset_get(pset, 1);
    uint64_t before1 = rmq_plog_untiered_bytes(p1);
    assert_int_equal(rmq_plog_advance_log_start(p1, 12, &err), 0);
    assert_int_equal(rmq_plog_untiered_bytes(p1), 0);
    assert_int_equal(rmq_plogset_untiered_bytes(pset), sum - gone - before1);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* A read whose first batch left the WAL under it (trimmed after the index lookup) answers
   RMQ_EREMOTE and hands back nothing to free: the caller reads the same struct again from the
   tier. (It used to keep its batch array, leaked by that second read.) */
static void test_read_of_trimmed_batch_is_remote_and_owns_nothing(void **state)
{
    char *dir = rmq_test_tmpdir("plog-remote");
    rmq_plogset_opts_t opts;
    rmq_plogset_t *pset = NULL;
    rmq_err_t err;
    (void)state;

    rmq_plogset_opts_init(&opts);
    opts.dir = dir;
    opts.cache_bytes_global = 1; /* nothing stays cached: reads go to the WAL */
    opts.wal.segment_size_bytes = 1 << 20;
    opts.wal.buffer_size = 256 << 10;
    assert_int_equal(rmq_plogset_open(&opts, &pset, &err), 0);
    rmq_plog_t *plog = rmq_plogset_get_or_create(pset, 7);
    for (int i = 0; i < 40; i++) {
        rmq_buf_t *b = rmq_test_make_batch(1, 100000, 1000, 1, (uint32_t)i);
        rmq_test_append_sync(plog, b);
        rmq_buf_unref(b);
    }
    assert_int_equal(rmq_plog_set_tiered(plog, 40, &err), 0);
    rmq_wal_stats_t st;
    rmq_wal_stats(rmq_plogset_wal(pset), &st);
    /* The WAL alone (not the set's trim, which would also prune the index). */
    assert_true(rmq_wal_trim(rmq_plogset_wal(pset), st.next_lsn) > 0);

    rmq_plog_read_t rd;
    memset(&rd, 0xA5, sizeof(rd));
    assert_int_equal(rmq_plog_read(plog, 0, SIZE_MAX, 0, &rd, &err), RMQ_EREMOTE);
    assert_null(rd.batches);
    assert_int_equal(rd.count, 0);
    /* What the fetch path does next: read into the same struct again (here the WAL's last
       segment still holds the newest batches) and release once. */
    int rc = rmq_plog_read(plog, 39, SIZE_MAX, 0, &rd, &err);
    assert_true(rc == 0 || rc == RMQ_EREMOTE);
    rmq_plog_read_release(&rd);
    rmq_plogset_close(pset);
    rmq_test_rm_rf(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_offsets_contiguous_and_patched),
        cmocka_unit_test(test_append_rejects_bad_input),
        cmocka_unit_test(test_hw_advances_only_after_durability),
        cmocka_unit_test(test_wal_failure_stops_appends),
        cmocka_unit_test(test_read_limits_and_ranges),
        cmocka_unit_test(test_cache_eviction_reads_from_wal),
        cmocka_unit_test(test_global_cache_budget),
        cmocka_unit_test(test_timestamp_lookup),
        cmocka_unit_test(test_log_start_advance),
        cmocka_unit_test(test_rebuild_after_reopen),
        cmocka_unit_test(test_replay_rejects_inconsistent_wal),
        cmocka_unit_test(test_corrupt_checkpoint_refused),
        cmocka_unit_test(test_concurrent_appends),
        cmocka_unit_test(test_concurrent_reads_and_appends),
        cmocka_unit_test(test_untiered_total_follows_the_logs),
        cmocka_unit_test(test_read_of_trimmed_batch_is_remote_and_owns_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
