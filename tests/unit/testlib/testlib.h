/*
 * testlib.h - helpers shared by the unit tests (one copy instead of one per test file).
 *
 * Failures inside a helper fail the running cmocka test (they use cmocka's assert_* and
 * fail_msg). Include after <setjmp.h> and <cmocka.h>.
 */
#ifndef RMQ_TESTLIB_H
#define RMQ_TESTLIB_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "storage/partition.h"

/* A new empty directory under $TMPDIR (or /tmp) named rmq-<tag>-XXXXXX; free the string. */
char *rmq_test_tmpdir(const char *tag);

/* Removes path and everything under it (no symlinks followed). */
void rmq_test_rm_rf(const char *path);

/*
 * A record batch of count records, key "k", values of value_len bytes derived from seed and
 * the record index, record i stamped ts0 + ts_step * i. Returns a new buffer (unref it).
 */
rmq_buf_t *rmq_test_make_batch(int count, size_t value_len, int64_t ts0, int64_t ts_step,
                               uint32_t seed);

/* Appends a copy of buf to plog, waits (at most 30 s) until it is durable; the base offset. */
int64_t rmq_test_append_sync(rmq_plog_t *plog, const rmq_buf_t *buf);

#endif
