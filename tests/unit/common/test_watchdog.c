/* Unit tests for src/common/watchdog.c: a thread really stuck on a lock is reported. */
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <string.h>

#include "common/clock.h"
#include "common/err.h"
#include "common/watchdog.h"

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t rep_mu = PTHREAD_MUTEX_INITIALIZER;
static char report[8192];
static int reports;

static void on_report(void *opaque, const char *text)
{
    (void)opaque;
    pthread_mutex_lock(&rep_mu);
    snprintf(report, sizeof(report), "%s", text);
    reports++;
    pthread_mutex_unlock(&rep_mu);
}

static void *stuck_main(void *arg)
{
    rmq_wd_probe_t *probe = arg;

    rmq_wd_busy(probe, "taking the held lock");
    pthread_mutex_lock(&held); /* blocks until the test lets go */
    pthread_mutex_unlock(&held);
    rmq_wd_idle(probe);
    return NULL;
}

static int wait_reports(int n, uint64_t ms)
{
    for (uint64_t t = 0; t < ms; t += 10) {
        pthread_mutex_lock(&rep_mu);
        int r = reports;
        pthread_mutex_unlock(&rep_mu);
        if (r >= n)
            return r;
        rmq_sleep_ms(10);
    }
    return reports;
}

static void test_stall_reported_with_thread_states(void **state)
{
    rmq_wd_probe_t stuck, calm;
    pthread_t th;
    char text[1024];
    (void)state;

    rmq_wd_register(&stuck, "rmq-stuck");
    rmq_wd_register(&calm, "rmq-calm");
    assert_int_equal(rmq_wd_start(200, on_report, NULL), 0);
    assert_int_equal(rmq_wd_start(200, on_report, NULL), RMQ_EEXISTS);

    pthread_mutex_lock(&held);
    assert_int_equal(pthread_create(&th, NULL, stuck_main, &stuck), 0);
    assert_true(wait_reports(1, 5000) >= 1);
    pthread_mutex_lock(&rep_mu);
    assert_non_null(strstr(report, "rmq-stuck STALLED"));
    assert_non_null(strstr(report, "taking the held lock"));
    assert_non_null(strstr(report, "rmq-calm idle"));
    pthread_mutex_unlock(&rep_mu);

    /* It goes on reporting while the stall lasts, once per stall period. */
    assert_true(wait_reports(2, 5000) >= 2);

    pthread_mutex_unlock(&held);
    pthread_join(th, NULL);
    assert_int_equal(rmq_wd_describe(200, text, sizeof(text)), 0);
    assert_non_null(strstr(text, "rmq-stuck idle"));

    rmq_wd_stop();
    rmq_wd_unregister(&stuck);
    rmq_wd_unregister(&calm);
    assert_int_equal(rmq_wd_describe(200, text, sizeof(text)), 0);
    assert_string_equal(text, "");
}

static void test_busy_briefly_is_not_a_stall(void **state)
{
    rmq_wd_probe_t p;
    char text[256];
    (void)state;

    rmq_wd_register(&p, "rmq-quick");
    for (int i = 0; i < 1000; i++) {
        rmq_wd_busy(&p, "work");
        rmq_wd_idle(&p);
    }
    assert_int_equal(p.busy_count, 1000);
    rmq_wd_busy(&p, "work");
    assert_int_equal(rmq_wd_describe(10000, text, sizeof(text)), 0);
    assert_non_null(strstr(text, "rmq-quick busy"));
    rmq_wd_unregister(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stall_reported_with_thread_states),
        cmocka_unit_test(test_busy_briefly_is_not_a_stall),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
