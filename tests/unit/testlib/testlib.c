/*
 * testlib.c - helpers shared by the unit tests (see testlib.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testlib.h"

#include "common/clock.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/record_batch.h"

char *rmq_test_tmpdir(const char *tag)
{
    const char *base = getenv("TMPDIR");
    char tmpl[512];

    snprintf(tmpl, sizeof(tmpl), "%s/rmq-%s-XXXXXX", base && base[0] ? base : "/tmp", tag);
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return rmq_strdup(d);
}

void rmq_test_rm_rf(const char *path)
{
    DIR *d = opendir(path);
    if (d) {
        struct dirent *de;
        while ((de = readdir(d)) != NULL) {
            if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                continue;
            char sub[4096];
            snprintf(sub, sizeof(sub), "%s/%s", path, de->d_name);
            struct stat st;
            if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode))
                rmq_test_rm_rf(sub);
            else
                unlink(sub);
        }
        closedir(d);
    }
    rmdir(path);
}

rmq_buf_t *rmq_test_make_batch(int count, size_t value_len, int64_t ts0, int64_t ts_step,
                               uint32_t seed)
{
    rmq_batch_builder_t b;
    rmq_wbuf_t out;
    uint8_t *value = rmq_malloc(value_len + 1);

    rmq_batch_builder_init(&b, NULL);
    for (int i = 0; i < count; i++) {
        for (size_t k = 0; k < value_len; k++)
            value[k] = (uint8_t)(seed * 31u + (uint32_t)i * 7u + (uint32_t)k);
        rmq_record_in_t rec = {
            .key = (const uint8_t *)"k",
            .key_len = 1,
            .value = value,
            .value_len = value_len,
            .timestamp = ts0 + ts_step * i,
        };
        assert_int_equal(rmq_batch_builder_add(&b, &rec, NULL), 0);
    }
    rmq_wbuf_init(&out, 256);
    assert_int_equal(rmq_batch_builder_finish(&b, &out, NULL), 0);
    rmq_batch_builder_release(&b);
    free(value);
    return rmq_wbuf_detach(&out);
}

typedef struct waiter {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
    int status;
    int64_t base;
} waiter_t;

static void on_done(void *opaque, int status, int64_t base_offset)
{
    waiter_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->done = 1;
    w->status = status;
    w->base = base_offset;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->mu);
}

int64_t rmq_test_append_sync(rmq_plog_t *plog, const rmq_buf_t *buf)
{
    waiter_t w = {.status = 1, .base = -1};
    int64_t base = -1;
    rmq_err_t err;

    pthread_mutex_init(&w.mu, NULL);
    rmq_cond_init(&w.cond);
    int rc = rmq_plog_append_copy(plog, buf->data, buf->size, NULL, on_done, &w, &base, &err);
    if (rc != 0)
        fail_msg("append: %s", err.msg);
    uint64_t deadline = rmq_mono_ns() + 30ull * 1000000000u;
    pthread_mutex_lock(&w.mu);
    while (!w.done && rmq_mono_ns() < deadline)
        rmq_cond_wait_until(&w.cond, &w.mu, deadline);
    int done = w.done;
    pthread_mutex_unlock(&w.mu);
    if (!done)
        fail_msg("timed out waiting for durability");
    assert_int_equal(w.status, 0);
    assert_int_equal(w.base, base);
    pthread_mutex_destroy(&w.mu);
    pthread_cond_destroy(&w.cond);
    return base;
}
