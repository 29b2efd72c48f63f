/*
 * Crash tests of the metadata journal (src/storage/kv.c) and the log start checkpoint
 * (src/storage/plogset.c) at every injected point, in the manner of SQLite's crash tests.
 *
 * A run goes through a fixed scenario with the file fault hook (common/file.h) armed to
 * "crash" at the Nth file operation: that operation fails (or, for a write, lands only its
 * first half: a torn write) and every later one fails too, as if the process had died there.
 * The store is then reopened without faults and must hold exactly the changes acknowledged
 * before the crash, plus possibly the one in flight, and nothing else; opening must never
 * fail. N runs from 1 until a scenario completes without reaching the Nth operation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/file.h"
#include "common/mem.h"
#include "storage/kv.h"
#include "storage/partition.h"
#include "testlib.h"

typedef struct crash {
    long ops;      /* operations seen */
    long crash_at; /* the operation that crashes (1-based) */
    int torn;      /* a write at crash_at lands half of its bytes */
    int crashed;
} crash_t;

static long crash_hook(void *opaque, rmq_file_op_t op, const char *path, size_t len)
{
    crash_t *c = opaque;
    (void)path;
    if (c->crashed)
        return -EIO;
    if (++c->ops != c->crash_at)
        return 0;
    c->crashed = 1;
    if (c->torn && op == RMQ_FILE_OP_WRITE && len > 1)
        return (long)(len / 2);
    return -EIO;
}

/* ---- metadata journal ---------------------------------------------------------------------- */

#define KV_BASE  3  /* batches committed before the hook is armed */
#define KV_STEPS 40 /* batches committed with it armed */

/* Batch i: put k<i> = v<i>..., put hot = h<i>, delete k<i-3>. */
static void kv_commit_step(rmq_kv_t *kv, int i, int *rc)
{
    char key[32], val[96];
    rmq_kv_batch_t *b = rmq_kv_batch_new();

    snprintf(key, sizeof(key), "k%d", i);
    snprintf(val, sizeof(val), "v%d-%060d", i, i);
    rmq_kv_batch_put(b, key, strlen(key), val, strlen(val));
    snprintf(val, sizeof(val), "h%d", i);
    rmq_kv_batch_put(b, "hot", 3, val, strlen(val));
    if (i >= 3) {
        snprintf(key, sizeof(key), "k%d", i - 3);
        rmq_kv_batch_del(b, key, strlen(key));
    }
    *rc = rmq_kv_commit(kv, b);
}

/* Whether kv holds exactly the state after batches 0..last. */
static int kv_state_is(rmq_kv_t *kv, int last)
{
    char key[32], want[96];
    void *v;
    size_t vlen;
    int live = 0;

    for (int i = 0; i < KV_BASE + KV_STEPS + 1; i++) {
        snprintf(key, sizeof(key), "k%d", i);
        int present = rmq_kv_get(kv, key, strlen(key), &v, &vlen) == 0;
        int expect = i <= last && i > last - 3;
        if (present) {
            snprintf(want, sizeof(want), "v%d-%060d", i, i);
            int same = vlen == strlen(want) && memcmp(v, want, vlen) == 0;
            free(v);
            if (!same)
                return 0;
        }
        if (present != expect)
            return 0;
        live += present;
    }
    snprintf(want, sizeof(want), "h%d", last);
    if (rmq_kv_get(kv, "hot", 3, &v, &vlen) != 0)
        return 0;
    int same = vlen == strlen(want) && memcmp(v, want, vlen) == 0;
    free(v);
    return same && rmq_kv_count(kv) == (size_t)live + 1;
}

/* One scenario run; returns 1 when the crash point was reached. */
static int kv_run(const char *dir, long crash_at, int torn, int *compactions)
{
    rmq_kv_t *kv;
    rmq_err_t err;
    int rc, acked = KV_BASE - 1;
    crash_t c = {.crash_at = crash_at, .torn = torn};

    rmq_test_rm_rf(dir);
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), 0);
    rmq_kv_set_compact_min(kv, 512);
    for (int i = 0; i < KV_BASE; i++) {
        kv_commit_step(kv, i, &rc);
        assert_int_equal(rc, 0);
    }
    rmq_file_set_fault(crash_hook, &c);
    uint64_t prev = rmq_kv_journal_bytes(kv);
    for (int i = KV_BASE; i < KV_BASE + KV_STEPS; i++) {
        kv_commit_step(kv, i, &rc);
        if (rc != 0)
            break;
        acked = i;
        if (rmq_kv_journal_bytes(kv) < prev)
            (*compactions)++;
        prev = rmq_kv_journal_bytes(kv);
    }
    rmq_file_set_fault(NULL, NULL);
    rmq_kv_close(kv);

    /* Restart: whatever the crash left must open, and hold the acknowledged state or the one
       in flight. */
    rc = rmq_kv_open(dir, "meta", &kv, &err);
    if (rc != 0)
        fail_msg("crash at op %ld (torn %d): reopen failed: %s", crash_at, torn, err.msg);
    if (!kv_state_is(kv, acked) && !(c.crashed && kv_state_is(kv, acked + 1)))
        fail_msg("crash at op %ld (torn %d): state is neither batch %d nor %d", crash_at, torn,
                 acked, acked + 1);
    /* And it keeps working: one more batch commits and survives another reopen. */
    int next = kv_state_is(kv, acked) ? acked + 1 : acked + 2;
    kv_commit_step(kv, next, &rc);
    assert_int_equal(rc, 0);
    rmq_kv_close(kv);
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), 0);
    assert_true(kv_state_is(kv, next));
    rmq_kv_close(kv);
    return c.crashed;
}

static void test_journal_crash_at_every_point(void **state)
{
    char *dir = rmq_test_tmpdir("kv-crash");
    int points = 0, compactions = 0;
    (void)state;

    for (int torn = 0; torn <= 1; torn++) {
        long n = 1;
        for (; n < 100000 && kv_run(dir, n, torn, &compactions); n++)
            points++;
        assert_true(n > 1 && n < 100000);
    }
    /* The scenario must reach compaction, or its crash points are not covered. */
    assert_true(compactions >= 2);
    print_message("journal: %d crash points, %d compactions seen\n", points, compactions);
    rmq_test_rm_rf(dir);
    free(dir);
}

/* ---- log start checkpoint ------------------------------------------------------------------ */

#define CK_PARTS 3
#define CK_STEPS 12

static rmq_plogset_t *ck_open(const char *dir)
{
    rmq_plogset_opts_t opts;
    rmq_plogset_t *pset = NULL;
    rmq_err_t err;

    rmq_plogset_opts_init(&opts);
    opts.dir = dir;
    opts.wal.segment_size_bytes = 1 << 20; /* small segments: each run opens a fresh WAL */
    opts.wal.buffer_size = 64 << 10;
    if (rmq_plogset_open(&opts, &pset, &err) != 0)
        fail_msg("open %s: %s", dir, err.msg);
    return pset;
}

/* Step s moves partition s % CK_PARTS's log start to s + 1. */
static int64_t ck_expected(uint64_t part, int last)
{
    int64_t start = 0;
    for (int s = 0; s <= last; s++)
        if ((uint64_t)(s % CK_PARTS) == part)
            start = s + 1;
    return start;
}

static int ck_state_is(rmq_plogset_t *pset, int last)
{
    for (uint64_t p = 0; p < CK_PARTS; p++) {
        int64_t ls;
        rmq_plog_offsets(rmq_plogset_get_or_create(pset, p), &ls, NULL, NULL);
        if (ls != ck_expected(p, last))
            return 0;
    }
    return 1;
}

static int ck_run(const char *dir, long crash_at, int torn)
{
    rmq_err_t err;
    int acked = -1;
    crash_t c = {.crash_at = crash_at, .torn = torn};

    rmq_test_rm_rf(dir);
    rmq_plogset_t *pset = ck_open(dir);
    for (uint64_t p = 0; p < CK_PARTS; p++) {
        rmq_buf_t *b = rmq_test_make_batch(CK_STEPS + 2, 8, 1000, 1, (uint32_t)p);
        rmq_test_append_sync(rmq_plogset_get_or_create(pset, p), b);
        rmq_buf_unref(b);
    }
    rmq_file_set_fault(crash_hook, &c);
    for (int s = 0; s < CK_STEPS; s++) {
        rmq_plog_t *plog = rmq_plogset_get(pset, (uint64_t)(s % CK_PARTS));
        if (rmq_plog_advance_log_start(plog, s + 1, &err) != 0)
            break;
        acked = s;
    }
    rmq_file_set_fault(NULL, NULL);
    rmq_plogset_close(pset);

    pset = ck_open(dir);
    if (!ck_state_is(pset, acked) && !(c.crashed && ck_state_is(pset, acked + 1)))
        fail_msg("crash at op %ld (torn %d): log starts are neither step %d nor %d", crash_at, torn,
                 acked, acked + 1);
    rmq_plogset_close(pset);
    return c.crashed;
}

static void test_checkpoint_crash_at_every_point(void **state)
{
    char *dir = rmq_test_tmpdir("ckpt-crash");
    int points = 0;
    (void)state;

    for (int torn = 0; torn <= 1; torn++) {
        long n = 1;
        for (; n < 100000 && ck_run(dir, n, torn); n++)
            points++;
        assert_true(n > CK_STEPS); /* every step does file I/O */
    }
    print_message("checkpoint: %d crash points\n", points);
    rmq_test_rm_rf(dir);
    free(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_journal_crash_at_every_point),
        cmocka_unit_test(test_checkpoint_crash_at_every_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
