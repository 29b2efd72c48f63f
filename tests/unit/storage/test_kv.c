/* Unit tests for src/storage/kv.c: durability across reopen, batches, torn tails, corrupt
 * frames, compaction, hostile files. */
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>

#include "storage/kv.h"
#include "common/mem.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    rmq_strlcpy(dir, "/tmp/rmq-kv-XXXXXX", sizeof(dir));
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

static rmq_kv_t *open_kv(void)
{
    rmq_kv_t *kv = NULL;
    rmq_err_t err;
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), 0);
    return kv;
}

static void expect(rmq_kv_t *kv, const char *key, const char *want)
{
    void *v = NULL;
    size_t n = 0;
    int rc = rmq_kv_get(kv, key, strlen(key), &v, &n);
    if (!want) {
        assert_int_equal(rc, RMQ_ENOTFOUND);
        return;
    }
    assert_int_equal(rc, 0);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(v, want, n);
    free(v);
}

static void journal_path(char *out, size_t n)
{
    snprintf(out, n, "%s/meta.journal", dir);
}

static off_t file_size(void)
{
    char p[128];
    struct stat st;
    journal_path(p, sizeof(p));
    assert_int_equal(stat(p, &st), 0);
    return st.st_size;
}

static void test_put_get_del_reopen(void **state)
{
    rmq_kv_t *kv = open_kv();
    (void)state;

    assert_int_equal(rmq_kv_put(kv, "t/orders", 8, "6", 1), 0);
    assert_int_equal(rmq_kv_put(kv, "t/users", 7, "3", 1), 0);
    assert_int_equal(rmq_kv_put(kv, "t/orders", 8, "12", 2), 0);
    assert_int_equal(rmq_kv_put(kv, "empty", 5, "", 0), 0);
    assert_int_equal(rmq_kv_del(kv, "t/users", 7), 0);
    expect(kv, "t/orders", "12");
    expect(kv, "t/users", NULL);
    expect(kv, "empty", "");
    rmq_kv_close(kv);
    kv = open_kv();
    expect(kv, "t/orders", "12");
    expect(kv, "t/users", NULL);
    expect(kv, "empty", "");
    assert_int_equal(rmq_kv_count(kv), 2);
    rmq_kv_close(kv);
}

static int count_cb(void *opaque, const void *k, size_t klen, const void *v, size_t vlen)
{
    (void)k;
    (void)klen;
    (void)v;
    (void)vlen;
    (*(int *)opaque)++;
    return 0;
}

static void test_batch_and_scan(void **state)
{
    rmq_kv_t *kv = open_kv();
    rmq_kv_batch_t *b = rmq_kv_batch_new();
    int n = 0;
    (void)state;

    for (int i = 0; i < 100; i++) {
        char k[32];
        int kl = snprintf(k, sizeof(k), "o/g1/%d", i);
        rmq_kv_batch_put(b, k, (size_t)kl, "v", 1);
    }
    rmq_kv_batch_put(b, "x/other", 7, "v", 1);
    rmq_kv_batch_del(b, "o/g1/5", 6);
    assert_int_equal(rmq_kv_commit(kv, b), 0);
    assert_int_equal(rmq_kv_scan(kv, "o/g1/", 5, count_cb, &n), 0);
    assert_int_equal(n, 99);
    rmq_kv_close(kv);
}

static void test_torn_tail_dropped_whole_batch(void **state)
{
    rmq_kv_t *kv = open_kv();
    char p[128];
    (void)state;

    assert_int_equal(rmq_kv_put(kv, "a", 1, "1", 1), 0);
    off_t good = file_size();
    rmq_kv_batch_t *b = rmq_kv_batch_new();
    rmq_kv_batch_put(b, "b", 1, "2", 1);
    rmq_kv_batch_put(b, "c", 1, "3", 1);
    assert_int_equal(rmq_kv_commit(kv, b), 0);
    off_t full = file_size();
    rmq_kv_close(kv);
    journal_path(p, sizeof(p));
    /* Cut the last frame at every length: the batch is all or nothing. */
    for (off_t cut = good; cut < full; cut++) {
        assert_int_equal(truncate(p, cut), 0);
        kv = open_kv();
        expect(kv, "a", "1");
        expect(kv, "b", NULL);
        expect(kv, "c", NULL);
        assert_int_equal(file_size(), good);
        /* Appends work after recovery. */
        assert_int_equal(rmq_kv_put(kv, "d", 1, "4", 1), 0);
        rmq_kv_close(kv);
        kv = open_kv();
        expect(kv, "d", "4");
        assert_int_equal(rmq_kv_del(kv, "d", 1), 0);
        rmq_kv_close(kv);
        assert_int_equal(truncate(p, good), 0);
        /* Re-append the batch to cut again next round. */
        kv = open_kv();
        b = rmq_kv_batch_new();
        rmq_kv_batch_put(b, "b", 1, "2", 1);
        rmq_kv_batch_put(b, "c", 1, "3", 1);
        assert_int_equal(rmq_kv_commit(kv, b), 0);
        rmq_kv_close(kv);
    }
}

static void test_corrupt_byte_stops_replay_there(void **state)
{
    rmq_kv_t *kv = open_kv();
    char p[128];
    (void)state;

    assert_int_equal(rmq_kv_put(kv, "a", 1, "1", 1), 0);
    off_t first = file_size();
    assert_int_equal(rmq_kv_put(kv, "b", 1, "2", 1), 0);
    assert_int_equal(rmq_kv_put(kv, "c", 1, "3", 1), 0);
    rmq_kv_close(kv);
    journal_path(p, sizeof(p));
    int fd = open(p, O_RDWR);
    uint8_t byte;
    assert_int_equal(pread(fd, &byte, 1, first + 10), 1);
    byte ^= 0x40;
    assert_int_equal(pwrite(fd, &byte, 1, first + 10), 1);
    close(fd);
    kv = open_kv();
    expect(kv, "a", "1");
    expect(kv, "b", NULL); /* corrupt */
    expect(kv, "c", NULL); /* after the corruption: never exposed */
    rmq_kv_close(kv);
}

static void test_bad_magic_refused(void **state)
{
    char p[128];
    rmq_kv_t *kv = NULL;
    rmq_err_t err;
    (void)state;

    journal_path(p, sizeof(p));
    FILE *f = fopen(p, "w");
    fputs("this is not a journal", f);
    fclose(f);
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "bad magic"));
    unlink(p);
}

static void test_compaction_keeps_live_keys(void **state)
{
    rmq_kv_t *kv = open_kv();
    (void)state;

    rmq_kv_set_compact_min(kv, 4096);
    for (int i = 0; i < 2000; i++) {
        char k[32], v[32];
        int kl = snprintf(k, sizeof(k), "key-%d", i % 10);
        int vl = snprintf(v, sizeof(v), "value-%d", i);
        assert_int_equal(rmq_kv_put(kv, k, (size_t)kl, v, (size_t)vl), 0);
    }
    /* 2000 puts of ~30 bytes would be ~60 KB without compaction. */
    assert_true(rmq_kv_journal_bytes(kv) < 8192);
    assert_int_equal(file_size(), (off_t)rmq_kv_journal_bytes(kv));
    rmq_kv_close(kv);
    kv = open_kv();
    assert_int_equal(rmq_kv_count(kv), 10);
    expect(kv, "key-9", "value-1999");
    expect(kv, "key-0", "value-1990");
    rmq_kv_close(kv);
}

/* ---- asynchronous commits ---- */

typedef struct async_log {
    pthread_mutex_t mu;
    int order[512];
    int rc[512];
    int n;
    pthread_t thread;
    int other_thread;
} async_log_t;

typedef struct async_one {
    async_log_t *log;
    int idx;
} async_one_t;

static void async_done(void *opaque, int rc)
{
    async_one_t *o = opaque;
    async_log_t *log = o->log;
    pthread_mutex_lock(&log->mu);
    log->order[log->n] = o->idx;
    log->rc[log->n] = rc;
    log->n++;
    log->other_thread += !pthread_equal(pthread_self(), log->thread);
    pthread_mutex_unlock(&log->mu);
}

static void test_async_commits_are_durable_in_order(void **state)
{
    rmq_kv_t *kv = open_kv();
    static async_log_t log = {.mu = PTHREAD_MUTEX_INITIALIZER};
    static async_one_t ones[300];
    (void)state;

    log.n = 0;
    log.other_thread = 0;
    log.thread = pthread_self();
    for (int i = 0; i < 300; i++) {
        char k[32], v[32];
        rmq_kv_batch_t *b = rmq_kv_batch_new();
        int kl = snprintf(k, sizeof(k), "key-%d", i % 7);
        int vl = snprintf(v, sizeof(v), "value-%d", i);
        rmq_kv_batch_put(b, k, (size_t)kl, v, (size_t)vl);
        ones[i] = (async_one_t){&log, i};
        rmq_kv_commit_async(kv, b, async_done, &ones[i]);
    }
    /* close writes what is queued and calls every done first */
    rmq_kv_close(kv);
    assert_int_equal(log.n, 300);
    for (int i = 0; i < 300; i++) {
        assert_int_equal(log.order[i], i);
        assert_int_equal(log.rc[i], 0);
    }
    assert_int_equal(log.other_thread, 300); /* done runs on the writer, not the caller */
    kv = open_kv();
    assert_int_equal(rmq_kv_count(kv), 7);
    expect(kv, "key-6", "value-293"); /* the last commit of each key won */
    expect(kv, "key-5", "value-299");
    /* An empty batch is answered at once, on the caller's thread. */
    log.n = 0;
    log.other_thread = 0;
    rmq_kv_commit_async(kv, rmq_kv_batch_new(), async_done, &ones[0]);
    assert_int_equal(log.n, 1);
    assert_int_equal(log.other_thread, 0);
    rmq_kv_close(kv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_put_get_del_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_batch_and_scan, setup, teardown),
        cmocka_unit_test_setup_teardown(test_torn_tail_dropped_whole_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_byte_stops_replay_there, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_magic_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_compaction_keeps_live_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_commits_are_durable_in_order, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
