/* Unit tests for src/common/log.c: format, levels, per-subsystem configuration. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/log.h"

static int capture_fd(void)
{
    char path[] = "/tmp/rmq-log-XXXXXX";
    int fd = mkstemp(path);

    assert_true(fd >= 0);
    unlink(path);
    rmq_log_set_fd(fd);
    return fd;
}

static size_t read_all(int fd, char *out, size_t outsz)
{
    ssize_t n = pread(fd, out, outsz - 1, 0);

    assert_true(n >= 0);
    out[n] = '\0';
    return (size_t)n;
}

static void test_format_and_levels(void **state)
{
    char out[4096];
    int fd = capture_fd();
    (void)state;

    assert_int_equal(rmq_log_configure("info"), 0);
    rmq_info("wal", "opened %d segments", 3);
    rmq_debug("wal", "hidden %d", 1);
    rmq_error("kafka", "bad frame");
    read_all(fd, out, sizeof(out));
    /* 2026-11-27T01:02:03.456Z INFO  [wal] opened 3 segments */
    assert_non_null(strstr(out, "Z INFO  [wal] opened 3 segments\n"));
    assert_non_null(strstr(out, "Z ERROR [kafka] bad frame\n"));
    assert_null(strstr(out, "hidden"));
    assert_true(out[4] == '-' && out[10] == 'T');
    close(fd);
}

static void test_per_subsystem(void **state)
{
    char out[4096];
    int fd = capture_fd();
    (void)state;

    assert_int_equal(rmq_log_configure("warn,wal=debug"), 0);
    assert_true(rmq_log_enabled("wal", RMQ_LOG_DEBUG));
    assert_false(rmq_log_enabled("wal", RMQ_LOG_TRACE));
    assert_false(rmq_log_enabled("kafka", RMQ_LOG_INFO));
    assert_true(rmq_log_enabled("kafka", RMQ_LOG_WARN));
    rmq_debug("wal", "wal-debug-visible");
    rmq_info("kafka", "kafka-info-hidden");
    read_all(fd, out, sizeof(out));
    assert_non_null(strstr(out, "wal-debug-visible"));
    assert_null(strstr(out, "kafka-info-hidden"));
    /* Malformed specs change nothing. */
    assert_int_equal(rmq_log_configure("verbose"), RMQ_EINVAL);
    assert_int_equal(rmq_log_configure("info,wal=loud"), RMQ_EINVAL);
    assert_int_equal(rmq_log_configure("info,=debug"), RMQ_EINVAL);
    assert_false(rmq_log_enabled("kafka", RMQ_LOG_INFO));
    assert_int_equal(rmq_log_level_parse("ERROR"), RMQ_LOG_ERROR);
    assert_int_equal(rmq_log_level_parse("nope"), -1);
    rmq_log_configure("info,wal=info");
    close(fd);
    rmq_log_set_fd(2);
}

static void test_long_line_truncated(void **state)
{
    char big[5000], out[8192];
    int fd = capture_fd();
    size_t n;
    (void)state;

    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    rmq_warn("net", "%s", big);
    n = read_all(fd, out, sizeof(out));
    assert_true(n <= 2048);
    assert_int_equal(out[n - 1], '\n');
    close(fd);
    rmq_log_set_fd(2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_and_levels),
        cmocka_unit_test(test_per_subsystem),
        cmocka_unit_test(test_long_line_truncated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
