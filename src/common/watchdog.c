/*
 * watchdog.c - reports threads that make no progress (see watchdog.h).
 *
 * The probe list is guarded by one mutex, taken by register/unregister and by each scan (four
 * times per stall period): never on a probe's hot path. A report names every thread, not only
 * the stalled one, because a deadlock shows as several threads busy in different places, and
 * the places are what a developer needs.
 */
#include "common/watchdog.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "common/clock.h"
#include "common/err.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

static pthread_mutex_t wd_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wd_cv = PTHREAD_COND_INITIALIZER;
static rmq_wd_probe_t *wd_probes;
static pthread_t wd_thread;
static int wd_running, wd_stopping;
static uint32_t wd_stall_ms;
static rmq_wd_report_fn wd_report;
static void *wd_opaque;

void rmq_wd_register(rmq_wd_probe_t *probe, const char *name)
{
    rmq_strlcpy(probe->name, name, sizeof(probe->name));
    probe->busy_since = 0;
    probe->what = "";
    probe->busy_count = 0;
    pthread_mutex_lock(&wd_mu);
    probe->next = wd_probes;
    wd_probes = probe;
    probe->registered = 1;
    pthread_mutex_unlock(&wd_mu);
}

void rmq_wd_unregister(rmq_wd_probe_t *probe)
{
    pthread_mutex_lock(&wd_mu);
    if (probe->registered) {
        for (rmq_wd_probe_t **pp = &wd_probes; *pp; pp = &(*pp)->next) {
            if (*pp == probe) {
                *pp = probe->next;
                break;
            }
        }
        probe->registered = 0;
    }
    pthread_mutex_unlock(&wd_mu);
}

/* wd_mu held. */
static int describe_locked(uint32_t stall_ms, char *out, size_t outsz)
{
    uint64_t now = rmq_mono_ns();
    size_t len = 0;
    int stalled = 0;

    out[0] = '\0';
    for (rmq_wd_probe_t *p = wd_probes; p; p = p->next) {
        uint64_t since = __atomic_load_n(&p->busy_since, __ATOMIC_RELAXED);
        const char *what = __atomic_load_n(&p->what, __ATOMIC_RELAXED);
        int n;

        if (since && now > since && (now - since) / 1000000u >= stall_ms) {
            stalled++;
            n = snprintf(out + len, outsz - len, "%s%s STALLED %.1f s in %s", len ? "; " : "",
                         p->name, (double)(now - since) / 1e9, what ? what : "?");
        } else if (since) {
            n = snprintf(out + len, outsz - len, "%s%s busy %.3f s in %s", len ? "; " : "", p->name,
                         (double)(now > since ? now - since : 0) / 1e9, what ? what : "?");
        } else {
            n = snprintf(out + len, outsz - len, "%s%s idle", len ? "; " : "", p->name);
        }
        if (n < 0 || (size_t)n >= outsz - len) {
            len = outsz - 1;
            break;
        }
        len += (size_t)n;
    }
    return stalled;
}

int rmq_wd_describe(uint32_t stall_ms, char *out, size_t outsz)
{
    int stalled;

    if (!out || outsz == 0)
        return 0;
    pthread_mutex_lock(&wd_mu);
    stalled = describe_locked(stall_ms, out, outsz);
    pthread_mutex_unlock(&wd_mu);
    return stalled;
}

static void *wd_main(void *arg)
{
    char *text = rmq_malloc(8192);
    uint64_t last_report = 0;

    (void)arg;
    pthread_mutex_lock(&wd_mu);
    while (!wd_stopping) {
        uint64_t step = wd_stall_ms / 4 ? wd_stall_ms / 4 : 1;
        rmq_cond_wait_ms(&wd_cv, &wd_mu, step);
        if (wd_stopping)
            break;
        if (describe_locked(wd_stall_ms, text, 8192) == 0)
            continue;
        /* Once per stall period while the stall lasts. */
        uint64_t now = rmq_mono_ms();
        if (last_report && now - last_report < wd_stall_ms)
            continue;
        last_report = now;
        pthread_mutex_unlock(&wd_mu);
        if (wd_report)
            wd_report(wd_opaque, text);
        else
            rmq_error("watchdog", "no progress for %u ms or more: %s", wd_stall_ms, text);
        pthread_mutex_lock(&wd_mu);
    }
    pthread_mutex_unlock(&wd_mu);
    free(text);
    return NULL;
}

int rmq_wd_start(uint32_t stall_ms, rmq_wd_report_fn report, void *opaque)
{
    int rc;

    if (stall_ms == 0)
        return 0;
    pthread_mutex_lock(&wd_mu);
    if (wd_running) {
        pthread_mutex_unlock(&wd_mu);
        return RMQ_EEXISTS;
    }
    pthread_cond_destroy(&wd_cv);
    rmq_cond_init(&wd_cv);
    wd_stall_ms = stall_ms;
    wd_report = report;
    wd_opaque = opaque;
    wd_stopping = 0;
    rc = rmq_thread_start(&wd_thread, "rmq-watchdog", wd_main, NULL, NULL);
    if (rc == 0)
        wd_running = 1;
    pthread_mutex_unlock(&wd_mu);
    return rc;
}

void rmq_wd_stop(void)
{
    pthread_mutex_lock(&wd_mu);
    if (!wd_running) {
        pthread_mutex_unlock(&wd_mu);
        return;
    }
    wd_stopping = 1;
    pthread_cond_signal(&wd_cv);
    pthread_mutex_unlock(&wd_mu);
    pthread_join(wd_thread, NULL);
    pthread_mutex_lock(&wd_mu);
    wd_running = 0;
    pthread_mutex_unlock(&wd_mu);
}
