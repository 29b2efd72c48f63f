/*
 * hist.c - log-linear latency histogram (see hist.h).
 *
 * Bucket of value v: below 16 it is v itself; otherwise with e = floor(log2 v) >= 4, the
 * bucket is (e - 3) * 16 + the four bits below the leading one, so each power of two is split
 * in 16 equal steps.
 */
#include "common/hist.h"

#include <string.h>

#include "common/clock.h"

static unsigned bucket_of(uint64_t v)
{
    if (v < RMQ_HIST_SUB)
        return (unsigned)v;
    unsigned e = 63u - (unsigned)__builtin_clzll(v);
    unsigned b = (e - 3u) * RMQ_HIST_SUB + (unsigned)((v >> (e - 4u)) & (RMQ_HIST_SUB - 1));
    return b < RMQ_HIST_BUCKETS ? b : RMQ_HIST_BUCKETS - 1;
}

/* The largest value that falls in bucket b. */
static uint64_t bucket_top(unsigned b)
{
    if (b < RMQ_HIST_SUB)
        return b;
    unsigned e = b / RMQ_HIST_SUB + 3u, sub = b % RMQ_HIST_SUB;
    uint64_t lo = ((uint64_t)(RMQ_HIST_SUB + sub)) << (e - 4u);
    return lo + (1ull << (e - 4u)) - 1;
}

void rmq_hist_record(rmq_hist_t *h, uint64_t us)
{
    __atomic_add_fetch(&h->counts[bucket_of(us)], 1, __ATOMIC_RELAXED);
}

void rmq_hist_record_since(rmq_hist_t *h, uint64_t start_ns)
{
    uint64_t now = rmq_mono_ns();
    rmq_hist_record(h, now > start_ns ? (now - start_ns) / 1000u : 0);
}

uint64_t rmq_hist_count(const rmq_hist_t *h)
{
    uint64_t n = 0;
    for (unsigned i = 0; i < RMQ_HIST_BUCKETS; i++)
        n += __atomic_load_n(&h->counts[i], __ATOMIC_RELAXED);
    return n;
}

uint64_t rmq_hist_pct(const rmq_hist_t *h, double pct)
{
    uint64_t snap[RMQ_HIST_BUCKETS], n = 0;

    for (unsigned i = 0; i < RMQ_HIST_BUCKETS; i++) {
        snap[i] = __atomic_load_n(&h->counts[i], __ATOMIC_RELAXED);
        n += snap[i];
    }
    if (n == 0)
        return 0;
    if (pct < 0)
        pct = 0;
    if (pct > 100)
        pct = 100;
    uint64_t rank = (uint64_t)((pct / 100.0) * (double)n + 0.5);
    if (rank < 1)
        rank = 1;
    uint64_t seen = 0;
    for (unsigned i = 0; i < RMQ_HIST_BUCKETS; i++) {
        seen += snap[i];
        if (seen >= rank)
            return bucket_top(i);
    }
    return bucket_top(RMQ_HIST_BUCKETS - 1);
}

void rmq_hist_reset(rmq_hist_t *h)
{
    memset(h->counts, 0, sizeof(h->counts));
}
