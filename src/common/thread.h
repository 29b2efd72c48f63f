/*
 * thread.h - the one way to start a thread, wait on a condition with a timeout, and assert
 * that a mutex is held.
 *
 * Every timed wait in RustMQ is on the monotonic clock: a condition variable made by
 * rmq_cond_init waits against CLOCK_MONOTONIC, so a wall-clock step (NTP, an operator's
 * `date -s`) neither fires timeouts early nor stalls them for hours.
 * Thread: any.
 */
#ifndef RMQ_COMMON_THREAD_H
#define RMQ_COMMON_THREAD_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

/*
 * Starts a joinable thread running fn(arg), named name (the kernel keeps the first 15
 * characters: what top -H, ps -L and gdb show). Returns 0, or the negative pthread error with
 * err set ("start thread <name>: <reason>"); *t is then untouched.
 */
int rmq_thread_start(pthread_t *t, const char *name, void *(*fn)(void *), void *arg,
                     rmq_err_t *err);

/* Initialises cv to measure timed waits on the monotonic clock. Aborts only on a libc bug. */
void rmq_cond_init(pthread_cond_t *cv);

/*
 * Waits on cv (mu held by the caller) until it is signalled or ms milliseconds pass.
 * Returns 0 when signalled (or woken spuriously), ETIMEDOUT when the time passed.
 */
int rmq_cond_wait_ms(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t ms);

/* As rmq_cond_wait_ms, to an absolute rmq_mono_ns() deadline. */
int rmq_cond_wait_until(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t deadline_ns);

/*
 * Whether the calling thread holds mu (glibc records the owner of every mutex type it locks).
 * For assertions: RMQ_ASSERT_HELD(&x->mu) in a function whose contract says "mu held".
 */
int rmq_mutex_held(const pthread_mutex_t *mu);

#define RMQ_ASSERT_HELD(mu) RMQ_DASSERT(rmq_mutex_held(mu))

/*
 * Yield points for background work (object building, uploads, compaction). A thread that
 * copies or hashes megabytes in one go holds its CPU for milliseconds, and a latency-critical
 * thread woken on that CPU (a network worker, the WAL writer) waits for it: the scheduler
 * neither preempts a thread within its time slice nor always moves the woken one to an idle
 * CPU. Call rmq_yield_account(&y, n) after each n bytes of such work: once
 * RMQ_YIELD_BYTES have accumulated it calls sched_yield(), which lets any runnable thread on
 * this CPU go first and costs about a microsecond when none waits.
 */
#define RMQ_YIELD_BYTES (512u * 1024u)

typedef struct rmq_yield {
    size_t acc;
} rmq_yield_t;

void rmq_yield_account(rmq_yield_t *y, size_t bytes);

#endif
