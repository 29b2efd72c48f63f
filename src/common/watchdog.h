/*
 * watchdog.h - reports threads that make no progress.
 *
 * A thread that serves others (a network worker loop, the WAL writer, the ticker) owns a probe
 * and marks it busy while it works and idle while it waits for work. A busy thread is expected
 * to finish what it is doing within milliseconds; one that stays busy for longer than the
 * watchdog's stall time is stuck (a deadlock, a wait under a lock, a disk that stopped
 * answering). The watchdog thread then logs one ERROR line naming the stalled thread and the
 * state of every registered thread (what it is doing and for how long), and repeats the report
 * every stall period while the stall lasts, so an operator sees a hang instead of a silent
 * broker.
 *
 * The probes are process-wide (a module registers its threads without being handed a
 * watchdog), and marking is two relaxed atomic stores: cheap enough for every loop iteration.
 *
 * Thread: rmq_wd_busy/rmq_wd_idle on the probe's own thread; everything else on any thread.
 */
#ifndef RMQ_COMMON_WATCHDOG_H
#define RMQ_COMMON_WATCHDOG_H

#include <stddef.h>
#include <stdint.h>

#include "common/clock.h"

typedef struct rmq_wd_probe {
    char name[32];       /* thread name, e.g. "rmq-net-1" */
    uint64_t busy_since; /* atomic: monotonic ns when it became busy, 0 = idle */
    const char *what;    /* atomic: static text, what it is busy with */
    uint64_t busy_count; /* atomic: times it became busy (progress) */
    struct rmq_wd_probe *next;
    int registered;
} rmq_wd_probe_t;

/* Registers probe under name (copied). The probe must stay valid until unregistered. */
void rmq_wd_register(rmq_wd_probe_t *probe, const char *name);
void rmq_wd_unregister(rmq_wd_probe_t *probe);

/* The probe's thread starts work described by what (a string literal), or waits for work. */
static inline void rmq_wd_busy(rmq_wd_probe_t *probe, const char *what)
{
    __atomic_store_n(&probe->what, what, __ATOMIC_RELAXED);
    if (__atomic_load_n(&probe->busy_since, __ATOMIC_RELAXED) == 0) {
        __atomic_store_n(&probe->busy_since, rmq_mono_ns(), __ATOMIC_RELAXED);
        __atomic_add_fetch(&probe->busy_count, 1, __ATOMIC_RELAXED);
    }
}

static inline void rmq_wd_idle(rmq_wd_probe_t *probe)
{
    __atomic_store_n(&probe->busy_since, 0, __ATOMIC_RELAXED);
}

/*
 * A report: text is the whole message ("no progress for 6.0 s: rmq-wal busy 6.0 s
 * (fsync); rmq-net-0 idle; ..."). The default reporter logs it at ERROR.
 */
typedef void (*rmq_wd_report_fn)(void *opaque, const char *text);

/*
 * Starts the watchdog thread: every stall_ms / 4 it looks at every probe and reports when one
 * has been busy for stall_ms or more. report NULL logs at ERROR (subsystem "watchdog").
 * One watchdog per process; a second start returns RMQ_EEXISTS. stall_ms 0 starts nothing.
 */
int rmq_wd_start(uint32_t stall_ms, rmq_wd_report_fn report, void *opaque);

/* Stops and joins the watchdog thread (no-op when not started). */
void rmq_wd_stop(void);

/* Describes every probe into out (always NUL-terminated); returns how many are stalled for
   at least stall_ms. For tests and for the report itself. */
int rmq_wd_describe(uint32_t stall_ms, char *out, size_t outsz);

#endif
