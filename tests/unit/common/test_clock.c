/* Unit tests for src/common/clock.c. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/clock.h"

static void test_monotonic(void **state)
{
    uint64_t a, b;
    (void)state;

    a = rmq_mono_ns();
    rmq_sleep_ms(20);
    b = rmq_mono_ns();
    assert_true(b > a);
    assert_true(b - a >= 20 * 1000000ull);
    assert_true(rmq_mono_ms() >= a / 1000000ull);
}

static void test_wall_and_format(void **state)
{
    char out[32];
    int64_t now = rmq_wall_ms();
    (void)state;

    assert_true(now > 1600000000000ll); /* after 2020 */
    rmq_format_time(0, out, sizeof(out));
    assert_string_equal(out, "1970-01-01T00:00:00.000Z");
    rmq_format_time(1764207723456ll, out, sizeof(out));
    assert_string_equal(out, "2025-11-27T01:42:03.456Z");
    rmq_format_time(-1, out, sizeof(out));
    assert_string_equal(out, "1969-12-31T23:59:59.999Z");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_monotonic),
        cmocka_unit_test(test_wall_and_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
