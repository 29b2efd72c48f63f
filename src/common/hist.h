/*
 * hist.h - a latency histogram for hot paths: fixed memory, lock-free recording, percentiles
 * within about 6%.
 *
 * Values are microseconds. Buckets are log-linear: 16 linear steps per power of two (values
 * below 16 us are exact), up to 2^30 us (about 18 minutes); larger values land in the last
 * bucket. rmq_hist_record is one relaxed atomic increment, callable from any thread;
 * percentiles read a snapshot that may miss increments racing with it.
 */
#ifndef RMQ_COMMON_HIST_H
#define RMQ_COMMON_HIST_H

#include <stdint.h>

#define RMQ_HIST_SUB     16
#define RMQ_HIST_BUCKETS (27 * RMQ_HIST_SUB)

typedef struct rmq_hist {
    uint64_t counts[RMQ_HIST_BUCKETS];
} rmq_hist_t;

/* Records one value of us microseconds. Any thread. */
void rmq_hist_record(rmq_hist_t *h, uint64_t us);

/* Records the time from start_ns (rmq_mono_ns) to now. */
void rmq_hist_record_since(rmq_hist_t *h, uint64_t start_ns);

/* Values recorded. */
uint64_t rmq_hist_count(const rmq_hist_t *h);

/* The value (us, the upper edge of its bucket) at or below which pct percent of the values
   lie; 0 when nothing was recorded. */
uint64_t rmq_hist_pct(const rmq_hist_t *h, double pct);

/* Forgets every value. Not atomic with concurrent records. */
void rmq_hist_reset(rmq_hist_t *h);

#endif
