/* Unit tests for src/common/thread.c. */
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "common/clock.h"
#include "common/thread.h"

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *name_main(void *arg)
{
    char *out = arg;
    /* The name is set by the starter after pthread_create: wait until it shows. */
    for (int i = 0; i < 1000; i++) {
        pthread_getname_np(pthread_self(), out, 16);
        if (strcmp(out, "rmq-test-a-very") == 0)
            break;
        rmq_sleep_ms(1);
    }
    return NULL;
}

static void test_start_names_the_thread(void **state)
{
    pthread_t t;
    char name[16] = "";
    rmq_err_t err;
    (void)state;

    assert_int_equal(rmq_thread_start(&t, "rmq-test-a-very-long-name", name_main, name, &err), 0);
    pthread_join(t, NULL);
    assert_string_equal(name, "rmq-test-a-very"); /* cut to the kernel's 15 characters */
}

static void test_wait_times_out_on_the_monotonic_clock(void **state)
{
    pthread_cond_t cv;
    (void)state;

    rmq_cond_init(&cv);
    pthread_mutex_lock(&mu);
    uint64_t t0 = rmq_mono_ns();
    int rc = rmq_cond_wait_ms(&cv, &mu, 30);
    uint64_t took = rmq_mono_ns() - t0;
    assert_int_equal(rc, ETIMEDOUT);
    assert_true(took >= 30 * 1000000ull);
    assert_true(took < 5000 * 1000000ull);
    /* A deadline already passed returns at once. */
    assert_int_equal(rmq_cond_wait_until(&cv, &mu, rmq_mono_ns() - 1), ETIMEDOUT);
    pthread_mutex_unlock(&mu);
    pthread_cond_destroy(&cv);
}

typedef struct {
    pthread_cond_t cv;
    int flag;
} sig_t_;

static void *signal_main(void *arg)
{
    sig_t_ *s = arg;
    rmq_sleep_ms(10);
    pthread_mutex_lock(&mu);
    s->flag = 1;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void test_wait_wakes_on_signal(void **state)
{
    sig_t_ s = {.flag = 0};
    pthread_t t;
    (void)state;

    rmq_cond_init(&s.cv);
    pthread_mutex_lock(&mu);
    assert_int_equal(rmq_thread_start(&t, "rmq-test-sig", signal_main, &s, NULL), 0);
    uint64_t deadline = rmq_mono_ns() + 10ull * 1000000000u;
    while (!s.flag && rmq_mono_ns() < deadline)
        rmq_cond_wait_until(&s.cv, &mu, deadline);
    assert_int_equal(s.flag, 1);
    pthread_mutex_unlock(&mu);
    pthread_join(t, NULL);
    pthread_cond_destroy(&s.cv);
}

static void *held_elsewhere_main(void *arg)
{
    int *held = arg;
    *held = rmq_mutex_held(&mu);
    return NULL;
}

static void test_mutex_held(void **state)
{
    pthread_t t;
    int other = -1;
    pthread_mutex_t local;
    (void)state;

    pthread_mutex_init(&local, NULL);
    assert_false(rmq_mutex_held(&local));
    pthread_mutex_lock(&local);
    assert_true(rmq_mutex_held(&local));
    pthread_mutex_unlock(&local);
    assert_false(rmq_mutex_held(&local));
    pthread_mutex_destroy(&local);

    pthread_mutex_lock(&mu);
    assert_int_equal(rmq_thread_start(&t, "rmq-test-held", held_elsewhere_main, &other, NULL), 0);
    pthread_join(t, NULL);
    assert_int_equal(other, 0); /* held, but by another thread */
    pthread_mutex_unlock(&mu);
}

/* The yield point fires once per RMQ_YIELD_BYTES of accounted work, however it is cut. */
static void test_yield_accounting(void **state)
{
    rmq_yield_t y = {0};
    (void)state;

    rmq_yield_account(&y, RMQ_YIELD_BYTES - 1);
    assert_int_equal(y.acc, RMQ_YIELD_BYTES - 1);
    rmq_yield_account(&y, 1);
    assert_int_equal(y.acc, 0);
    for (int i = 0; i < 3; i++)
        rmq_yield_account(&y, 1000);
    assert_int_equal(y.acc, 3000);
    rmq_yield_account(&y, 10u * RMQ_YIELD_BYTES); /* one big piece: one yield, nothing owed */
    assert_int_equal(y.acc, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_start_names_the_thread),
        cmocka_unit_test(test_wait_times_out_on_the_monotonic_clock),
        cmocka_unit_test(test_wait_wakes_on_signal),
        cmocka_unit_test(test_mutex_held),
        cmocka_unit_test(test_yield_accounting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
