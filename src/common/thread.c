/*
 * thread.c - thread start, monotonic condition waits, mutex ownership (see thread.h).
 */
#include "common/thread.h"

#include <errno.h>
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/assert.h"
#include "common/clock.h"
#include "common/mem.h"

int rmq_thread_start(pthread_t *t, const char *name, void *(*fn)(void *), void *arg, rmq_err_t *err)
{
    pthread_t th;
    int rc = pthread_create(&th, NULL, fn, arg);

    if (rc != 0)
        return rmq_err_set(err, -rc, "start thread %s: %s", name, strerror(rc));
    char shortname[16];
    rmq_strlcpy(shortname, name, sizeof(shortname));
    pthread_setname_np(th, shortname); /* cosmetic: a failure changes nothing */
    *t = th;
    return 0;
}

void rmq_cond_init(pthread_cond_t *cv)
{
    pthread_condattr_t ca;

    RMQ_ASSERT(pthread_condattr_init(&ca) == 0);
    RMQ_ASSERT(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0);
    RMQ_ASSERT(pthread_cond_init(cv, &ca) == 0);
    pthread_condattr_destroy(&ca);
}

int rmq_cond_wait_until(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t deadline_ns)
{
    struct timespec ts = {
        .tv_sec = (time_t)(deadline_ns / 1000000000u),
        .tv_nsec = (long)(deadline_ns % 1000000000u),
    };
    int rc = pthread_cond_timedwait(cv, mu, &ts);
    return rc == ETIMEDOUT ? ETIMEDOUT : 0;
}

int rmq_cond_wait_ms(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t ms)
{
    return rmq_cond_wait_until(cv, mu, rmq_mono_ns() + ms * 1000000u);
}

int rmq_mutex_held(const pthread_mutex_t *mu)
{
    return mu->__data.__owner == (int)gettid();
}

void rmq_yield_account(rmq_yield_t *y, size_t bytes)
{
    y->acc += bytes;
    if (y->acc >= RMQ_YIELD_BYTES) {
        y->acc = 0;
        sched_yield();
    }
}
