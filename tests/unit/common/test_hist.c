/* Unit tests for src/common/hist.c. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/hist.h"

static void test_exact_below_sixteen_and_bounded_error_above(void **state)
{
    static rmq_hist_t h;
    (void)state;

    rmq_hist_reset(&h);
    assert_int_equal(rmq_hist_pct(&h, 50), 0);
    for (uint64_t v = 0; v < 16; v++) {
        rmq_hist_reset(&h);
        rmq_hist_record(&h, v);
        assert_int_equal(rmq_hist_pct(&h, 50), v);
    }
    /* Every value comes back as the top of its bucket: never below it, at most 1/16 above. */
    for (uint64_t v = 16; v < (1ull << 29); v = v * 3 / 2 + 1) {
        rmq_hist_reset(&h);
        rmq_hist_record(&h, v);
        uint64_t got = rmq_hist_pct(&h, 99);
        assert_true(got >= v);
        assert_true(got <= v + v / 16);
    }
    /* Huge values land in the last bucket. */
    rmq_hist_reset(&h);
    rmq_hist_record(&h, UINT64_MAX / 2);
    assert_true(rmq_hist_pct(&h, 50) >= (1ull << 30) - 1);
}

static void test_percentiles_of_a_known_mix(void **state)
{
    static rmq_hist_t h;
    (void)state;

    rmq_hist_reset(&h);
    for (int i = 0; i < 990; i++)
        rmq_hist_record(&h, 100); /* 99% at 100 us */
    for (int i = 0; i < 10; i++)
        rmq_hist_record(&h, 5000); /* 1% at 5 ms */
    assert_int_equal(rmq_hist_count(&h), 1000);
    uint64_t p50 = rmq_hist_pct(&h, 50), p99 = rmq_hist_pct(&h, 99), p999 = rmq_hist_pct(&h, 99.9);
    assert_true(p50 >= 100 && p50 <= 106);
    assert_true(p99 >= 100 && p99 <= 106);
    assert_true(p999 >= 5000 && p999 <= 5000 + 5000 / 16);
    assert_int_equal(rmq_hist_pct(&h, 100), p999);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_below_sixteen_and_bounded_error_above),
        cmocka_unit_test(test_percentiles_of_a_known_mix),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
