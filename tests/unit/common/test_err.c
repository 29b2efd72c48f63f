/* Unit tests for src/common/err.c. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/err.h"

static void test_codes(void **state)
{
    (void)state;
    assert_string_equal(rmq_strerror(0), "success");
    assert_string_equal(rmq_strerror(RMQ_ECORRUPT), "corrupt data");
    assert_string_equal(rmq_strerror(RMQ_EFAULT_INJECTED), "injected fault");
    assert_non_null(strstr(rmq_strerror(-ENOSPC), "space"));
    assert_non_null(strstr(rmq_strerror(12345), "unknown error"));
    /* Our range never overlaps errno values. */
    assert_true(RMQ_EBASE < -4096);
    for (int c = RMQ_EBASE; c > RMQ_ELAST; c--)
        assert_null(strstr(rmq_strerror(c), "unknown"));
}

static void test_messages(void **state)
{
    rmq_err_t err;
    (void)state;

    rmq_err_clear(&err);
    assert_int_equal(err.code, 0);
    assert_string_equal(err.msg, "");
    assert_int_equal(rmq_err_set(&err, RMQ_EINVAL, "key '%s': %d out of range", "port", 70000),
                     RMQ_EINVAL);
    assert_string_equal(err.msg, "key 'port': 70000 out of range");
    assert_int_equal(rmq_err_prefix(&err, "%s:%d", "broker.toml", 12), RMQ_EINVAL);
    assert_string_equal(err.msg, "broker.toml:12: key 'port': 70000 out of range");
    /* NULL carrier: only the code comes back. */
    assert_int_equal(rmq_err_set(NULL, RMQ_EIO, "x"), RMQ_EIO);
    assert_int_equal(rmq_err_prefix(NULL, "x"), 0);
    /* Over-long messages are cut, still NUL-terminated. */
    char big[2000];
    memset(big, 'b', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    rmq_err_set(&err, RMQ_ETOOBIG, "%s", big);
    assert_int_equal(strlen(err.msg), RMQ_ERR_MSG_MAX - 1);
    assert_string_equal(rmq_version(), RMQ_VERSION_STR);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes),
        cmocka_unit_test(test_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
