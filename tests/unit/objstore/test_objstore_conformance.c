/*
 * Conformance suite for the object store interface (src/objstore/objstore.h).
 *
 * Every case is written against the interface only; the backend is a parameter (a
 * conf_backend_t: how to open a fresh store, reopen it, and optionally inject faults). This
 * file is built once per backend: plain, it runs the suite for "local"; with -DCONF_BACKEND_S3
 * (test objstore/conformance_s3) for "s3" against an s3rver it starts on 127.0.0.1 (skipped
 * when /usr/bin/s3rver is missing); with -DCONF_BACKEND_AZURE (objstore/conformance_azure) for
 * "azure" against an Azurite it starts likewise (skipped when azurite-blob is missing).
 */
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include "common/mem.h"
#include "conformance.h"

static int setup(void **state)
{
    fixture_t *fx = rmq_calloc(1, sizeof(*fx));
    fx->be = backend;
    disarm();
    if (fx->be->open(fx->ctx, &fx->st) != 0) {
        free(fx);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *fx = *state;
    disarm();
    rmq_objstore_close(fx->st);
    fx->be->wipe(fx->ctx);
    free(fx);
    return 0;
}

static void reopen(fixture_t *fx)
{
    rmq_objstore_close(fx->st);
    fx->st = NULL;
    assert_int_equal(fx->be->open(fx->ctx, &fx->st), 0);
}

/* ---- helpers ---- */

static void put_ok(rmq_objstore_t *st, const char *key, const void *p, size_t n)
{
    rmq_err_t err = {0};
    int rc = rmq_objstore_put_sync(st, key, p, n, 0, &err);
    if (rc)
        print_error("put %s: %s\n", key, err.msg);
    assert_int_equal(rc, 0);
}

static void put_str(rmq_objstore_t *st, const char *key, const char *s)
{
    put_ok(st, key, s, strlen(s));
}

static void expect_obj(rmq_objstore_t *st, const char *key, const void *want, size_t n)
{
    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(st, key, 0, RMQ_OBJSTORE_TO_END, &b, NULL), 0);
    assert_non_null(b);
    assert_int_equal(b->size, n);
    if (n)
        assert_memory_equal(b->data, want, n);
    rmq_buf_unref(b);
}

static void expect_range(rmq_objstore_t *st, const char *key, uint64_t off, uint64_t len,
                         const char *want)
{
    rmq_buf_t *b = NULL;
    rmq_err_t err = {0};
    int rc = rmq_objstore_get_sync(st, key, off, len, &b, &err);
    if (rc)
        print_error("get %s [%llu, +%llu): %s\n", key, (unsigned long long)off,
                    (unsigned long long)len, err.msg);
    assert_int_equal(rc, 0);
    assert_int_equal(b->size, strlen(want));
    assert_memory_equal(b->data, want, b->size);
    rmq_buf_unref(b);
}

/* All keys under prefix, page by page; returns the count, keys joined by ',' in out. */
static size_t list_all(rmq_objstore_t *st, const char *prefix, uint32_t page, char *out,
                       size_t outsz, size_t *pages)
{
    char *token = NULL;
    size_t n = 0;
    out[0] = '\0';
    *pages = 0;
    for (int guard = 0; guard < 10000; guard++) {
        rmq_objstore_list_t l;
        rmq_err_t err = {0};
        int rc = rmq_objstore_list_sync(st, prefix, token, page, &l, &err);
        if (rc)
            print_error("list '%s' page %zu: %s\n", prefix, *pages + 1, err.msg);
        assert_int_equal(rc, 0);
        (*pages)++;
        assert_true(l.count <= page);
        for (size_t i = 0; i < l.count; i++) {
            size_t len = strlen(out);
            snprintf(out + len, outsz - len, "%s%s", len ? "," : "", l.entries[i].key);
            n++;
        }
        free(token);
        token = l.next_token ? rmq_strdup(l.next_token) : NULL;
        rmq_objstore_list_release(&l);
        if (token == NULL)
            return n;
    }
    fail_msg("listing did not terminate");
    return 0;
}

/* ---- cases ---- */

static void test_roundtrip(void **state)
{
    fixture_t *fx = *state;
    put_ok(fx->st, "empty", "", 0);
    expect_obj(fx->st, "empty", "", 0);
    put_str(fx->st, "small/obj", "hello, object");
    expect_obj(fx->st, "small/obj", "hello, object", 13);

    size_t big = 8u << 20;
    uint8_t *p = rmq_malloc(big);
    for (size_t i = 0; i < big; i++)
        p[i] = (uint8_t)(i * 2654435761u >> 13);
    put_ok(fx->st, "big/8mib", p, big);
    expect_obj(fx->st, "big/8mib", p, big);
    free(p);

    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(fx->st, "missing", 0, RMQ_OBJSTORE_TO_END, &b, NULL),
                     RMQ_ENOTFOUND);
    assert_null(b);
}

static void test_unusual_keys(void **state)
{
    fixture_t *fx = *state;
    /* Bytes that need escaping in a file name, or collide with the escape itself. */
    const char *keys[] = {".hidden",     "a+b",        "a%2Fb", "a/b", "a",         "sp ace",
                          "caf\xc3\xa9", "x/.tmp.1.1", "a/b/c", "%",   "~!@#$^&*()"};
    size_t nk = sizeof(keys) / sizeof(keys[0]);
    for (size_t i = 0; i < nk; i++)
        put_str(fx->st, keys[i], keys[i]);
    for (size_t i = 0; i < nk; i++)
        expect_obj(fx->st, keys[i], keys[i], strlen(keys[i]));
    rmq_objstore_list_t l;
    assert_int_equal(rmq_objstore_list_sync(fx->st, "", NULL, 0, &l, NULL), 0);
    assert_int_equal(l.count, nk);
    for (size_t i = 1; i < l.count; i++)
        assert_true(strcmp(l.entries[i - 1].key, l.entries[i].key) < 0);
    for (size_t i = 0; i < l.count; i++)
        assert_int_equal(l.entries[i].size, strlen(l.entries[i].key));
    rmq_objstore_list_release(&l);
    /* A long but valid key. */
    char k[201];
    memset(k, 'k', 200);
    k[200] = '\0';
    put_str(fx->st, k, "long");
    expect_obj(fx->st, k, "long", 4);
}

/* Files the local backend did not write are not objects. */
static void test_local_stray_files(void **state)
{
    fixture_t *fx = *state;
    if (strcmp(fx->be->name, "local") != 0)
        skip();
    const char *stray[] = {"a b", "x%2f", "%", "%00z", "lower%2b", ".dot"};
    char path[256];
    for (size_t i = 0; i < sizeof(stray) / sizeof(stray[0]); i++) {
        snprintf(path, sizeof(path), "%s/objects/%s", local_dir, stray[i]);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        assert_true(fd >= 0);
        close(fd);
    }
    snprintf(path, sizeof(path), "%s/objects/subdir", local_dir);
    assert_int_equal(mkdir(path, 0755), 0);
    put_str(fx->st, "real", "r");
    char out[256];
    size_t pages;
    assert_int_equal(list_all(fx->st, "", 100, out, sizeof(out), &pages), 1);
    assert_string_equal(out, "real");
    assert_int_equal(rmq_objstore_head_sync(fx->st, "subdir", NULL, NULL, NULL), RMQ_EIO);
}

static void test_ranged_get(void **state)
{
    fixture_t *fx = *state;
    put_str(fx->st, "r", "0123456789");
    expect_range(fx->st, "r", 0, 1, "0");
    expect_range(fx->st, "r", 3, 4, "3456");
    expect_range(fx->st, "r", 9, 1, "9");
    expect_range(fx->st, "r", 7, RMQ_OBJSTORE_TO_END, "789");
    expect_range(fx->st, "r", 8, 100, "89"); /* clamped to the end, as S3 does */
    rmq_buf_t *b = NULL;
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_get_sync(fx->st, "r", 10, 1, &b, &err), RMQ_ERANGE);
    assert_non_null(strstr(err.msg, "past"));
    assert_int_equal(rmq_objstore_get_sync(fx->st, "r", 1000, RMQ_OBJSTORE_TO_END, &b, NULL),
                     RMQ_ERANGE);
    assert_int_equal(rmq_objstore_get_sync(fx->st, "r", 0, 0, &b, NULL), RMQ_EINVAL);
    assert_null(b);
    /* An empty object reads whole, but has no byte to range over. */
    put_ok(fx->st, "e", "", 0);
    expect_range(fx->st, "e", 0, RMQ_OBJSTORE_TO_END, "");
    assert_int_equal(rmq_objstore_get_sync(fx->st, "e", 0, 1, &b, NULL), RMQ_ERANGE);
}

static void test_head(void **state)
{
    fixture_t *fx = *state;
    uint64_t size = 99;
    char etag[RMQ_OBJSTORE_ETAG_MAX] = "";
    assert_int_equal(rmq_objstore_head_sync(fx->st, "h", &size, etag, NULL), RMQ_ENOTFOUND);
    put_str(fx->st, "h", "abcdef");
    assert_int_equal(rmq_objstore_head_sync(fx->st, "h", &size, etag, NULL), 0);
    assert_int_equal(size, 6);
    assert_true(strlen(etag) > 0);
    char etag2[RMQ_OBJSTORE_ETAG_MAX] = "";
    assert_int_equal(rmq_objstore_head_sync(fx->st, "h", NULL, etag2, NULL), 0);
    assert_string_equal(etag, etag2); /* stable while unchanged */
    put_ok(fx->st, "h0", "", 0);
    assert_int_equal(rmq_objstore_head_sync(fx->st, "h0", &size, NULL, NULL), 0);
    assert_int_equal(size, 0);
}

static void test_overwrite(void **state)
{
    fixture_t *fx = *state;
    char e1[RMQ_OBJSTORE_ETAG_MAX], e2[RMQ_OBJSTORE_ETAG_MAX];
    put_str(fx->st, "o", "first");
    assert_int_equal(rmq_objstore_head_sync(fx->st, "o", NULL, e1, NULL), 0);
    put_str(fx->st, "o", "other"); /* same size */
    assert_int_equal(rmq_objstore_head_sync(fx->st, "o", NULL, e2, NULL), 0);
    assert_string_not_equal(e1, e2);
    expect_obj(fx->st, "o", "other", 5);
    put_str(fx->st, "o", "x");
    expect_obj(fx->st, "o", "x", 1);
    size_t pages;
    char out[256];
    assert_int_equal(list_all(fx->st, "", 10, out, sizeof(out), &pages), 1);
}

static void test_list(void **state)
{
    fixture_t *fx = *state;
    char key[64];
    /* Inserted out of order: 0..24 under p/, plus neighbours that share byte prefixes. */
    for (int i = 24; i >= 0; i--) {
        snprintf(key, sizeof(key), "p/%02d", i);
        put_str(fx->st, key, key);
    }
    put_str(fx->st, "p", "bare");
    put_str(fx->st, "pa", "x");
    put_str(fx->st, "q/00", "x");
    put_str(fx->st, "o/99", "x");

    char out[4096];
    size_t pages;
    assert_int_equal(list_all(fx->st, "p/", 7, out, sizeof(out), &pages), 25);
    assert_int_equal(pages, 4);
    char want[4096] = "";
    for (int i = 0; i < 25; i++) {
        size_t len = strlen(want);
        snprintf(want + len, sizeof(want) - len, "%sp/%02d", i ? "," : "", i);
    }
    assert_string_equal(out, want);
    /* An exact page multiple ends without an empty extra page holding a token. */
    assert_int_equal(list_all(fx->st, "p/", 5, out, sizeof(out), &pages), 25);
    assert_true(pages == 5 || pages == 6);
    assert_int_equal(list_all(fx->st, "p", 1000, out, sizeof(out), &pages), 27);
    assert_int_equal(pages, 1);
    assert_true(strncmp(out, "p,p/00,", 7) == 0);
    assert_int_equal(list_all(fx->st, "zzz", 10, out, sizeof(out), &pages), 0);
    assert_string_equal(out, "");

    rmq_objstore_list_t l;
    assert_int_equal(rmq_objstore_list_sync(fx->st, "p/1", NULL, 0, &l, NULL), 0);
    assert_int_equal(l.count, 10);
    assert_null(l.next_token);
    assert_string_equal(l.entries[0].key, "p/10");
    assert_int_equal(l.entries[0].size, 4);
    rmq_objstore_list_release(&l);
}

/* Pages whose keys straddle '/' levels ("p" sorts before "p/00", "pa" after "p/24"). */
static void test_list_across_levels(void **state)
{
    fixture_t *fx = *state;
    if (!fx->be->list_order_exact) {
        print_message("skipped for %s: %s\n", fx->be->name, fx->be->list_order_why_not);
        skip();
    }
    char key[64];
    for (int i = 24; i >= 0; i--) {
        snprintf(key, sizeof(key), "p/%02d", i);
        put_str(fx->st, key, key);
    }
    put_str(fx->st, "p", "bare");
    put_str(fx->st, "pa", "x");
    put_str(fx->st, "q/00", "x");
    put_str(fx->st, "o/99", "x");
    char out[4096];
    size_t pages;
    assert_int_equal(list_all(fx->st, "", 3, out, sizeof(out), &pages), 29);
    assert_int_equal(pages, 10);
    assert_true(strncmp(out, "o/99,p,p/00", 11) == 0);
    assert_non_null(strstr(out, "p/24,pa,q/00"));
}

static void test_delete(void **state)
{
    fixture_t *fx = *state;
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "d", NULL), RMQ_ENOTFOUND);
    put_str(fx->st, "d", "bye");
    put_str(fx->st, "d2", "stay");
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "d", NULL), 0);
    assert_int_equal(rmq_objstore_head_sync(fx->st, "d", NULL, NULL, NULL), RMQ_ENOTFOUND);
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "d", NULL), RMQ_ENOTFOUND);
    expect_obj(fx->st, "d2", "stay", 4);
    char out[64];
    size_t pages;
    assert_int_equal(list_all(fx->st, "d", 10, out, sizeof(out), &pages), 1);
    assert_string_equal(out, "d2");
}

static void test_conditional_put(void **state)
{
    fixture_t *fx = *state;
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_put_sync(fx->st, "c", "one", 3, RMQ_OBJSTORE_IF_NONE_MATCH, &err),
                     0);
    assert_int_equal(rmq_objstore_put_sync(fx->st, "c", "two", 3, RMQ_OBJSTORE_IF_NONE_MATCH, &err),
                     RMQ_EEXISTS);
    assert_int_equal(err.code, RMQ_EEXISTS);
    expect_obj(fx->st, "c", "one", 3);
    /* A plain put still overwrites; after a delete the conditional put wins again. */
    put_str(fx->st, "c", "three");
    expect_obj(fx->st, "c", "three", 5);
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "c", NULL), 0);
    assert_int_equal(
        rmq_objstore_put_sync(fx->st, "c", "four", 4, RMQ_OBJSTORE_IF_NONE_MATCH, NULL), 0);
    expect_obj(fx->st, "c", "four", 4);
    /* No temp files or extra objects left behind by the losing put. */
    char out[64];
    size_t pages;
    assert_int_equal(list_all(fx->st, "", 10, out, sizeof(out), &pages), 1);
}

#define RACERS 8
#define ROUNDS 10

typedef struct racer {
    rmq_objstore_t *st;
    int id;
    pthread_barrier_t *bar;
    int wins[ROUNDS];
    int rcs[ROUNDS];
} racer_t;

static void *racer_main(void *arg)
{
    racer_t *r = arg;
    char key[32], val[32];
    for (int round = 0; round < ROUNDS; round++) {
        snprintf(key, sizeof(key), "race/%d", round);
        snprintf(val, sizeof(val), "racer-%d", r->id);
        pthread_barrier_wait(r->bar);
        r->rcs[round] =
            rmq_objstore_put_sync(r->st, key, val, strlen(val), RMQ_OBJSTORE_IF_NONE_MATCH, NULL);
        r->wins[round] = r->rcs[round] == 0;
    }
    return NULL;
}

static void test_conditional_put_race(void **state)
{
    fixture_t *fx = *state;
    if (!fx->be->cond_put_atomic) {
        print_message("skipped for %s: %s\n", fx->be->name, fx->be->cond_put_why_not);
        skip();
    }
    pthread_barrier_t bar;
    pthread_barrier_init(&bar, NULL, RACERS);
    racer_t racers[RACERS];
    pthread_t th[RACERS];
    for (int i = 0; i < RACERS; i++) {
        memset(&racers[i], 0, sizeof(racers[i]));
        racers[i].st = fx->st;
        racers[i].id = i;
        racers[i].bar = &bar;
        assert_int_equal(pthread_create(&th[i], NULL, racer_main, &racers[i]), 0);
    }
    for (int i = 0; i < RACERS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int round = 0; round < ROUNDS; round++) {
        int winner = -1, wins = 0;
        for (int i = 0; i < RACERS; i++) {
            if (racers[i].wins[round]) {
                wins++;
                winner = i;
            } else {
                assert_int_equal(racers[i].rcs[round], RMQ_EEXISTS);
            }
        }
        assert_int_equal(wins, 1);
        char key[32], val[32];
        snprintf(key, sizeof(key), "race/%d", round);
        snprintf(val, sizeof(val), "racer-%d", winner);
        expect_obj(fx->st, key, val, strlen(val));
    }
}

static void test_hostile_keys(void **state)
{
    fixture_t *fx = *state;
    char toolong[RMQ_OBJSTORE_KEY_MAX + 2];
    memset(toolong, 'a', sizeof(toolong) - 1);
    toolong[sizeof(toolong) - 1] = '\0';
    const char *bad[] = {"",      "/abs", "..",     "a/../b",  "a/..",    "../x", ".",
                         "a/./b", "a//b", "trail/", "ctl\x01", "del\x7f", "nl\n", toolong};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        rmq_err_t err = {0};
        rmq_buf_t *b = NULL;
        assert_int_equal(rmq_objstore_check_key(fx->st, bad[i], &err), RMQ_EINVAL);
        assert_true(err.msg[0] != '\0');
        assert_int_equal(rmq_objstore_put_sync(fx->st, bad[i], "x", 1, 0, NULL), RMQ_EINVAL);
        assert_int_equal(rmq_objstore_get_sync(fx->st, bad[i], 0, 1, &b, NULL), RMQ_EINVAL);
        assert_int_equal(rmq_objstore_head_sync(fx->st, bad[i], NULL, NULL, NULL), RMQ_EINVAL);
        assert_int_equal(rmq_objstore_delete_sync(fx->st, bad[i], NULL), RMQ_EINVAL);
    }
    assert_int_equal(rmq_objstore_put_sync(fx->st, NULL, "x", 1, 0, NULL), RMQ_EINVAL);
    assert_int_equal(rmq_objstore_put_sync(fx->st, "k", "x", 1, 0x100, NULL), RMQ_EINVAL);
    /* Nothing was created by any of them. */
    char out[64];
    size_t pages;
    assert_int_equal(list_all(fx->st, "", 10, out, sizeof(out), &pages), 0);
    /* Keys with dots inside segments are fine. */
    put_str(fx->st, "a..b/.c/d.", "ok");
    expect_obj(fx->st, "a..b/.c/d.", "ok", 2);
}

/* Files in the local store's directory whose names mark them as puts in progress. */
static int count_temp_files(void)
{
    char path[128];
    snprintf(path, sizeof(path), "%s/objects", local_dir);
    DIR *d = opendir(path);
    assert_non_null(d);
    struct dirent *de;
    int n = 0;
    while ((de = readdir(d)) != NULL)
        n += strncmp(de->d_name, ".tmp.", 5) == 0;
    closedir(d);
    return n;
}

/* A crash at each step of a put never leaves a visible partial object. */
static void test_crash_mid_put(void **state)
{
    fixture_t *fx = *state;
    if (!fx->be->crash_capable) {
        print_message("skipped for %s: a crash mid-put is the local backend's concern (an "
                      "object store never shows a partial object)\n",
                      fx->be->name);
        skip();
    }
    const rmq_objstore_local_fp_t fps[] = {RMQ_OBJSTORE_FP_OPEN, RMQ_OBJSTORE_FP_WRITE,
                                           RMQ_OBJSTORE_FP_FSYNC, RMQ_OBJSTORE_FP_RENAME};
    put_str(fx->st, "keep", "old contents");
    for (size_t i = 0; i < sizeof(fps) / sizeof(fps[0]); i++) {
        char key[32];
        snprintf(key, sizeof(key), "crash/%zu", i);
        arm((int)fps[i], 0, 1, RMQ_EFAULT_INJECTED);
        assert_int_equal(rmq_objstore_put_sync(fx->st, key, "partial?", 8, 0, NULL),
                         RMQ_EFAULT_INJECTED);
        arm((int)fps[i], 0, 1, RMQ_EFAULT_INJECTED);
        assert_int_equal(rmq_objstore_put_sync(fx->st, "keep", "new contents!", 13, 0, NULL),
                         RMQ_EFAULT_INJECTED);
        assert_int_equal(disarm(), 1);
        /* Before the restart: the leftover temp file is invisible. */
        assert_int_equal(rmq_objstore_head_sync(fx->st, key, NULL, NULL, NULL), RMQ_ENOTFOUND);
        expect_obj(fx->st, "keep", "old contents", 12);
        char out[256];
        size_t pages;
        assert_int_equal(list_all(fx->st, "", 10, out, sizeof(out), &pages), 1);
        assert_string_equal(out, "keep");
        if (fps[i] != RMQ_OBJSTORE_FP_OPEN)
            assert_int_equal(count_temp_files(), 2); /* left as a crash leaves them */
        reopen(fx);
        assert_int_equal(count_temp_files(), 0);
        assert_int_equal(rmq_objstore_head_sync(fx->st, key, NULL, NULL, NULL), RMQ_ENOTFOUND);
        expect_obj(fx->st, "keep", "old contents", 12);
    }
    /* Reopening removed every temp file. */
    char path[128];
    snprintf(path, sizeof(path), "%s/objects", local_dir);
    DIR *d = opendir(path);
    assert_non_null(d);
    struct dirent *de;
    int files = 0;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0) {
            files++;
            assert_string_equal(de->d_name, "keep");
        }
    }
    closedir(d);
    assert_int_equal(files, 1);
}

static void test_retry(void **state)
{
    fixture_t *fx = *state;
    if (!fx->be->fault_capable)
        skip();
    rmq_objstore_metrics_t m;
    /* Two transient failures then success: the caller sees success, metrics see retries. */
    arm(RMQ_OBJSTORE_FP_WRITE, 0, 2, -EIO);
    put_str(fx->st, "retry", "eventually");
    assert_int_equal(disarm(), 2);
    expect_obj(fx->st, "retry", "eventually", 10);
    rmq_objstore_metrics(fx->st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].retries, 2);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].errors, 0);
    /* More failures than attempts (default 4): the last error comes back. */
    arm(RMQ_OBJSTORE_FP_READ, 0, 100, -EIO);
    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(fx->st, "retry", 0, 1, &b, NULL), -EIO);
    assert_int_equal(disarm(), 4);
    /* Not retriable: one attempt only. */
    arm(RMQ_OBJSTORE_FP_UNLINK, 0, 100, -EACCES);
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "retry", NULL), -EACCES);
    assert_int_equal(disarm(), 1);
    expect_obj(fx->st, "retry", "eventually", 10);
    rmq_objstore_metrics(fx->st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_GET].retries, 3);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_DELETE].retries, 0);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_DELETE].errors, 1);
}

/* A put above the S3 backend's multipart threshold (5 MiB in this suite; parts of 5 MiB): a
 * 12 MiB object read back whole and by ranges across the part boundaries. For local it is just
 * a big put. Then a part failing once is retried alone, and a put whose parts keep failing
 * leaves nothing behind. */
static void test_multipart(void **state)
{
    fixture_t *fx = *state;
    const size_t mib = 1u << 20, size = 12 * mib;
    uint8_t *p = rmq_malloc(size);
    for (size_t i = 0; i < size; i++)
        p[i] = (uint8_t)((i * 2654435761u) >> 11 ^ i >> 20);
    put_ok(fx->st, "mp/12mib", p, size);
    uint64_t sz = 0;
    char etag[RMQ_OBJSTORE_ETAG_MAX];
    assert_int_equal(rmq_objstore_head_sync(fx->st, "mp/12mib", &sz, etag, NULL), 0);
    assert_int_equal(sz, size);
    assert_true(etag[0] != '\0');
    expect_obj(fx->st, "mp/12mib", p, size);
    const struct {
        uint64_t off, len;
    } ranges[] = {
        {5 * mib - 7, 14},  /* across the first part boundary */
        {10 * mib - 1, 2},  /* across the second */
        {0, 5 * mib + 1},   /* first part and one byte more */
        {5 * mib, 5 * mib}, /* exactly the second part */
        {3 * mib, 8 * mib}, /* three parts */
        {12 * mib - 5, RMQ_OBJSTORE_TO_END},
        {12 * mib - 3, 100}, /* clamped */
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(ranges); i++) {
        rmq_buf_t *b = NULL;
        assert_int_equal(
            rmq_objstore_get_sync(fx->st, "mp/12mib", ranges[i].off, ranges[i].len, &b, NULL), 0);
        uint64_t want = RMQ_MIN(ranges[i].len, size - ranges[i].off);
        assert_int_equal(b->size, want);
        assert_memory_equal(b->data, p + ranges[i].off, want);
        rmq_buf_unref(b);
    }
    /* A conditional multipart put loses against the existing object. */
    assert_int_equal(rmq_objstore_put_sync(fx->st, "mp/12mib", p + 1, size - 1,
                                           RMQ_OBJSTORE_IF_NONE_MATCH, NULL),
                     RMQ_EEXISTS);
    expect_obj(fx->st, "mp/12mib", p, size);
    int is_s3 = strcmp(fx->be->name, "s3") == 0;
#ifdef CONF_BACKEND_S3
    if (is_s3) {
        pthread_mutex_lock(&plan.mu);
        unsigned posts = s3_seen[0], puts = s3_seen[1];
        pthread_mutex_unlock(&plan.mu);
        assert_int_equal(posts, 2); /* create + complete */
        assert_int_equal(puts, 3);  /* 5 + 5 + 2 MiB */
    }
#endif
    if (is_s3) {
        /* The second part fails once (HTTP 500) and is retried on its own. */
        rmq_objstore_metrics_t m0, m1;
        rmq_objstore_metrics(fx->st, &m0);
        arm(RMQ_OBJSTORE_FP_WRITE, 1, 1, -EIO);
        put_ok(fx->st, "mp/retried", p, size);
        assert_int_equal(disarm(), 1);
        rmq_objstore_metrics(fx->st, &m1);
        assert_int_equal(m1.op[RMQ_OBJSTORE_OP_PUT].retries - m0.op[RMQ_OBJSTORE_OP_PUT].retries,
                         1);
        expect_obj(fx->st, "mp/retried", p, size);
        /* Every part refused (403): the put fails, the upload is aborted, nothing appears. */
        arm(RMQ_OBJSTORE_FP_WRITE, 0, 1000, -EACCES);
        rmq_err_t err = {0};
        assert_int_equal(rmq_objstore_put_sync(fx->st, "mp/failed", p, size, 0, &err), -EACCES);
        assert_true(disarm() >= 1);
        assert_non_null(strstr(err.msg, "part"));
        assert_int_equal(rmq_objstore_head_sync(fx->st, "mp/failed", NULL, NULL, NULL),
                         RMQ_ENOTFOUND);
#ifdef CONF_BACKEND_S3
        pthread_mutex_lock(&plan.mu);
        unsigned aborts = s3_seen[2];
        pthread_mutex_unlock(&plan.mu);
        assert_int_equal(aborts, 1);
#endif
    }
    char out[256];
    size_t pages;
    assert_int_equal(list_all(fx->st, "mp/", 10, out, sizeof(out), &pages), is_s3 ? 2 : 1);
    free(p);
}

/* ---- asynchronous use from many threads ---- */

#define ASYNC_THREADS 6
#define ASYNC_OPS     50

typedef struct async_ctx {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
    int failed;
    int on_caller_thread;
} async_ctx_t;

static __thread int is_submitter;

static void async_cb(void *opaque, rmq_objstore_result_t *res)
{
    async_ctx_t *c = opaque;
    pthread_mutex_lock(&c->mu);
    if (is_submitter)
        c->on_caller_thread++;
    if (res->rc != 0)
        c->failed++;
    if (res->op == RMQ_OBJSTORE_OP_GET &&
        (res->data == NULL || res->data->size != strlen(res->key) ||
         memcmp(res->data->data, res->key, res->data->size) != 0))
        c->failed++;
    c->done++;
    pthread_cond_broadcast(&c->cond);
    pthread_mutex_unlock(&c->mu);
}

typedef struct submitter {
    rmq_objstore_t *st;
    int id;
    async_ctx_t *c;
} submitter_t;

static void *submit_main(void *arg)
{
    submitter_t *s = arg;
    is_submitter = 1;
    for (int i = 0; i < ASYNC_OPS; i++) {
        char key[64];
        snprintf(key, sizeof(key), "async/%d/%03d", s->id, i);
        rmq_buf_t *b = rmq_buf_new_copy(key, strlen(key));
        assert_int_equal(rmq_objstore_put(s->st, key, b, 0, async_cb, s->c), 0);
        rmq_buf_unref(b); /* the store holds its own reference */
    }
    return NULL;
}

static void wait_done(async_ctx_t *c, int n)
{
    pthread_mutex_lock(&c->mu);
    while (c->done < n)
        pthread_cond_wait(&c->cond, &c->mu);
    pthread_mutex_unlock(&c->mu);
}

static void test_async_many_threads(void **state)
{
    fixture_t *fx = *state;
    async_ctx_t c = {.mu = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};
    submitter_t subs[ASYNC_THREADS];
    pthread_t th[ASYNC_THREADS];
    for (int i = 0; i < ASYNC_THREADS; i++) {
        subs[i] = (submitter_t){.st = fx->st, .id = i, .c = &c};
        assert_int_equal(pthread_create(&th[i], NULL, submit_main, &subs[i]), 0);
    }
    for (int i = 0; i < ASYNC_THREADS; i++)
        pthread_join(th[i], NULL);
    wait_done(&c, ASYNC_THREADS * ASYNC_OPS);
    assert_int_equal(c.failed, 0);
    assert_int_equal(c.on_caller_thread, 0);

    /* Read everything back asynchronously, then close with requests still in flight. */
    for (int t = 0; t < ASYNC_THREADS; t++) {
        for (int i = 0; i < ASYNC_OPS; i++) {
            char key[64];
            snprintf(key, sizeof(key), "async/%d/%03d", t, i);
            assert_int_equal(rmq_objstore_get(fx->st, key, 0, RMQ_OBJSTORE_TO_END, async_cb, &c),
                             0);
        }
    }
    rmq_objstore_close(fx->st); /* waits for every callback */
    fx->st = NULL;
    assert_int_equal(c.done, 2 * ASYNC_THREADS * ASYNC_OPS);
    assert_int_equal(c.failed, 0);
    reopen(fx);
    char out[8192];
    size_t pages;
    assert_int_equal(list_all(fx->st, "async/", 1000, out, sizeof(out), &pages),
                     ASYNC_THREADS * ASYNC_OPS);
}

static void test_metrics(void **state)
{
    fixture_t *fx = *state;
    rmq_objstore_metrics_t m;
    rmq_objstore_metrics(fx->st, &m);
    for (int i = 0; i < RMQ_OBJSTORE_OP_COUNT; i++)
        assert_int_equal(m.op[i].count, 0);
    put_str(fx->st, "m/1", "12345");
    put_str(fx->st, "m/2", "123");
    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(fx->st, "m/1", 1, 2, &b, NULL), 0);
    rmq_buf_unref(b);
    assert_int_equal(rmq_objstore_get_sync(fx->st, "m/9", 0, 1, &b, NULL), RMQ_ENOTFOUND);
    assert_int_equal(rmq_objstore_head_sync(fx->st, "m/2", NULL, NULL, NULL), 0);
    rmq_objstore_list_t l;
    assert_int_equal(rmq_objstore_list_sync(fx->st, "m/", NULL, 0, &l, NULL), 0);
    rmq_objstore_list_release(&l);
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "m/2", NULL), 0);
    /* Refused at submission: not counted. */
    assert_int_equal(rmq_objstore_delete_sync(fx->st, "/bad", NULL), RMQ_EINVAL);
    rmq_objstore_metrics(fx->st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].count, 2);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].bytes, 8);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].errors, 0);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_GET].count, 2);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_GET].errors, 1);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_GET].bytes, 2);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_HEAD].count, 1);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_LIST].count, 1);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_DELETE].count, 1);
    for (int i = 0; i < RMQ_OBJSTORE_OP_COUNT; i++) {
        assert_true(m.op[i].latency_ns_total > 0);
        assert_true(m.op[i].latency_ns_max > 0);
        assert_true(m.op[i].latency_ns_max <= m.op[i].latency_ns_total);
        assert_int_equal(m.op[i].retries, 0);
    }
    assert_string_equal(rmq_objstore_op_name(RMQ_OBJSTORE_OP_DELETE), "delete");
    assert_string_equal(rmq_objstore_backend(fx->st), fx->be->name);
}

#ifdef CONF_BACKEND_AZURE
/* ---- azure only ---- */

/* A wrong key gets 403 AuthenticationFailed: a clear error, never retried. */
static void test_azure_wrong_key(void **state)
{
    fixture_t *fx = *state;
    put_str(fx->st, "k", "v");
    /* Valid base64 of 64 bytes, but not the account's key. */
    const char *wrong =
        "AAAAvdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    rmq_objstore_t *bad = NULL;
    rmq_err_t err = {0};
    assert_int_equal(azure_open_with(wrong, 1, &bad, &err), -EACCES);
    assert_null(bad);
    assert_non_null(strstr(err.msg, "HTTP 403 Auth"));     /* Azure's Code, whichever it is: */
    assert_true(strstr(err.msg, "AuthenticationFailed") || /* the service */
                strstr(err.msg, "AuthorizationFailure"));  /* the emulator */
    /* Without creating the container, open succeeds and every request is refused. */
    assert_int_equal(azure_open_with(wrong, 0, &bad, &err), 0);
    memset(&err, 0, sizeof(err));
    assert_int_equal(rmq_objstore_put_sync(bad, "k", "w", 1, 0, &err), -EACCES);
    assert_non_null(strstr(err.msg, "HTTP 403 Auth"));
    assert_non_null(strstr(err.msg, "Server failed to authenticate")); /* Azure's Message */
    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(bad, "k", 0, RMQ_OBJSTORE_TO_END, &b, &err), -EACCES);
    assert_int_equal(rmq_objstore_head_sync(bad, "k", NULL, NULL, &err), -EACCES);
    rmq_objstore_list_t l;
    assert_int_equal(rmq_objstore_list_sync(bad, "", NULL, 0, &l, &err), -EACCES);
    rmq_objstore_metrics_t m;
    rmq_objstore_metrics(bad, &m);
    for (int i = 0; i < RMQ_OBJSTORE_OP_COUNT; i++)
        assert_int_equal(m.op[i].retries, 0);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].errors, 1);
    rmq_objstore_close(bad);
    expect_obj(fx->st, "k", "v", 1); /* the refused put changed nothing */
    /* A key that is not base64 is refused before any request. */
    assert_int_equal(azure_open_with("not a key!", 1, &bad, &err), RMQ_EINVAL);
}

typedef struct big_racer {
    rmq_objstore_t *st;
    const uint8_t *data;
    size_t len;
    pthread_barrier_t *bar;
    int rc;
} big_racer_t;

static void *big_racer_main(void *arg)
{
    big_racer_t *r = arg;
    pthread_barrier_wait(r->bar);
    r->rc =
        rmq_objstore_put_sync(r->st, "race-big", r->data, r->len, RMQ_OBJSTORE_IF_NONE_MATCH, NULL);
    return NULL;
}

/* Puts above the block threshold: blocks, conditional commit, failures leave nothing. */
static void test_azure_blocks(void **state)
{
    fixture_t *fx = *state;
    size_t n = (3u << 20) + 12345; /* 4 blocks of 1 MiB, the last one partial */
    uint8_t *p = rmq_malloc(n), *q = rmq_malloc(n);
    for (size_t i = 0; i < n; i++) {
        p[i] = (uint8_t)(i * 7 + (i >> 20));
        q[i] = (uint8_t)~p[i];
    }
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_put_sync(fx->st, "big", p, n, RMQ_OBJSTORE_IF_NONE_MATCH, &err),
                     0);
    assert_int_equal(rmq_objstore_put_sync(fx->st, "big", q, n, RMQ_OBJSTORE_IF_NONE_MATCH, &err),
                     RMQ_EEXISTS);
    expect_obj(fx->st, "big", p, n);
    uint64_t size = 0;
    assert_int_equal(rmq_objstore_head_sync(fx->st, "big", &size, NULL, NULL), 0);
    assert_int_equal(size, n);
    expect_range(fx->st, "big", (1u << 20) - 1, 2,
                 (const char[]){(char)p[(1u << 20) - 1], (char)p[1u << 20], 0});

    /* The third block request fails for good: the put fails, nothing becomes visible. */
    arm(RMQ_OBJSTORE_FP_WRITE, 2, 100, -EACCES);
    assert_int_equal(rmq_objstore_put_sync(fx->st, "half", p, n, 0, &err), -EACCES);
    disarm();
    assert_int_equal(rmq_objstore_head_sync(fx->st, "half", NULL, NULL, NULL), RMQ_ENOTFOUND);
    /* A block failing once with 500: the whole put is retried and succeeds. */
    rmq_objstore_metrics_t m0, m1;
    rmq_objstore_metrics(fx->st, &m0);
    arm(RMQ_OBJSTORE_FP_WRITE, 1, 1, -EIO);
    assert_int_equal(rmq_objstore_put_sync(fx->st, "half", q, n, 0, &err), 0);
    assert_int_equal(disarm(), 1);
    rmq_objstore_metrics(fx->st, &m1);
    assert_int_equal(m1.op[RMQ_OBJSTORE_OP_PUT].retries - m0.op[RMQ_OBJSTORE_OP_PUT].retries, 1);
    expect_obj(fx->st, "half", q, n);
    /* Unconditional overwrite with blocks, then a smaller single-request put over it. */
    put_ok(fx->st, "big", q, n);
    expect_obj(fx->st, "big", q, n);
    put_str(fx->st, "big", "small now");
    expect_obj(fx->st, "big", "small now", 9);

    /* Racing conditional multi-block puts: each uploads its own blocks, one commit wins. */
    enum { NR = 4 };
    uint8_t *bufs[NR];
    big_racer_t racers[NR];
    pthread_t th[NR];
    pthread_barrier_t bar;
    pthread_barrier_init(&bar, NULL, NR);
    size_t rn = (2u << 20) + 100; /* 3 blocks */
    for (int i = 0; i < NR; i++) {
        bufs[i] = rmq_malloc(rn);
        memset(bufs[i], 'a' + i, rn);
        racers[i] = (big_racer_t){.st = fx->st, .data = bufs[i], .len = rn, .bar = &bar};
        assert_int_equal(pthread_create(&th[i], NULL, big_racer_main, &racers[i]), 0);
    }
    int winner = -1;
    for (int i = 0; i < NR; i++) {
        pthread_join(th[i], NULL);
        if (racers[i].rc == 0) {
            assert_int_equal(winner, -1);
            winner = i;
        } else {
            assert_int_equal(racers[i].rc, RMQ_EEXISTS);
        }
    }
    pthread_barrier_destroy(&bar);
    assert_true(winner >= 0);
    expect_obj(fx->st, "race-big", bufs[winner], rn); /* one writer's bytes, no mix */
    for (int i = 0; i < NR; i++)
        free(bufs[i]);

    char out[64];
    size_t pages;
    assert_int_equal(list_all(fx->st, "", 10, out, sizeof(out), &pages), 3);
    assert_string_equal(out, "big,half,race-big");
    free(p);
    free(q);
}
#endif /* CONF_BACKEND_AZURE */

/* The backend's server is not installed here: one case that says so and skips, or fails
   under CI=true (CI installs everything: a missing tool there is a broken install). */
static void test_backend_missing(void **state)
{
    const char *ci = getenv("CI");
    (void)state;
    if (ci && strcmp(ci, "true") == 0) {
        print_error("CI=true and %s\n", conf_missing());
        fail();
    }
    print_message("SKIP: %s\n", conf_missing());
    skip();
}

int main(void)
{
    if (conf_missing()) {
        const struct CMUnitTest none[] = {cmocka_unit_test(test_backend_missing)};
        return cmocka_run_group_tests_name(backend->name, none, NULL, NULL);
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_roundtrip, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unusual_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_local_stray_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_ranged_get, setup, teardown),
        cmocka_unit_test_setup_teardown(test_head, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overwrite, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list, setup, teardown),
        cmocka_unit_test_setup_teardown(test_list_across_levels, setup, teardown),
        cmocka_unit_test_setup_teardown(test_delete, setup, teardown),
        cmocka_unit_test_setup_teardown(test_conditional_put, setup, teardown),
        cmocka_unit_test_setup_teardown(test_conditional_put_race, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hostile_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_crash_mid_put, setup, teardown),
        cmocka_unit_test_setup_teardown(test_retry, setup, teardown),
        cmocka_unit_test_setup_teardown(test_multipart, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_many_threads, setup, teardown),
        cmocka_unit_test_setup_teardown(test_metrics, setup, teardown),
#ifdef CONF_BACKEND_AZURE
        cmocka_unit_test_setup_teardown(test_azure_wrong_key, setup, teardown),
        cmocka_unit_test_setup_teardown(test_azure_blocks, setup, teardown),
#endif
    };
    return cmocka_run_group_tests_name(backend->name, tests, conf_group_setup, conf_group_teardown);
}
