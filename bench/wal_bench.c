/*
 * wal_bench.c - write-ahead log throughput and durability latency.
 *
 * N writer threads (default 4) append fixed-size records (default 1 KiB) to one WAL. Each
 * writer keeps a bounded window of appends in flight (default 64; 1 = one at a time) and
 * measures, per append, the time from rmq_wal_append to its durable completion callback.
 * After --seconds it stops submitting, waits for everything in flight, and prints one line of
 * key=value pairs:
 *
 *   wal_bench threads=4 window=64 size=1024 ... throughput_mb_s=X p50_us=A p99_us=B ...
 *
 * MB is 10^6 bytes (the unit fio's bw_bytes is turned into by bench/run-wal.sh). Throughput
 * counts payload bytes only, not WAL frame headers.
 *
 * With --trim (the default) a background thread trims the WAL below its durable LSN every
 * 200 ms, as the uploader will in production, so a long run does not fill the disk.
 * --recycle N sets how many trimmed segment files the WAL keeps for reuse (default: the WAL's).
 */
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/clock.h"
#include "common/err.h"
#include "common/mem.h"
#include "storage/wal/wal.h"

typedef struct bench_writer bench_writer_t;

typedef struct bench_slot {
    bench_writer_t *wr;
    uint64_t t_submit_ns;
    struct bench_slot *next_free;
} bench_slot_t;

struct bench_writer {
    int id;
    rmq_wal_t *wal;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    bench_slot_t *slots;
    bench_slot_t *free_slots; /* under mu */
    unsigned inflight;        /* under mu */
    uint64_t *lat_ns;         /* under mu: one sample per completed append */
    size_t nlat, lat_cap;
    uint64_t bytes_done; /* under mu */
    int failures;        /* under mu: appends that completed with an error */
    int submit_error;    /* set by the writer thread itself */
};

static struct {
    unsigned threads;
    unsigned window;
    size_t size;
    double seconds;
    int trim;
    rmq_wal_fsync_t fsync_mode;
    rmq_wal_io_backend_t io_backend;
    uint64_t segment_size;
    int recycle; /* -1: the WAL's default */
    const char *dir;
} g_cfg = {
    .threads = 4,
    .window = 64,
    .size = 1024,
    .seconds = 10.0,
    .trim = 1,
    .fsync_mode = RMQ_WAL_FSYNC_GROUP,
    .io_backend = RMQ_WAL_IO_PWRITE, /* the broker's default (wal.io_engine) */
    .segment_size = 0,
    .recycle = -1,
    .dir = NULL,
};

static atomic_int g_stop;
static uint8_t *g_payload;

static void on_durable(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    bench_slot_t *slot = opaque;
    bench_writer_t *wr = slot->wr;
    uint64_t now = rmq_mono_ns();
    (void)lsn;
    (void)pos;

    pthread_mutex_lock(&wr->mu);
    if (status == 0) {
        if (wr->nlat == wr->lat_cap) {
            wr->lat_cap = wr->lat_cap ? wr->lat_cap * 2 : 65536;
            wr->lat_ns = rmq_realloc(wr->lat_ns, wr->lat_cap * sizeof(*wr->lat_ns));
        }
        wr->lat_ns[wr->nlat++] = now - slot->t_submit_ns;
        wr->bytes_done += g_cfg.size;
    } else {
        wr->failures++;
    }
    slot->next_free = wr->free_slots;
    wr->free_slots = slot;
    wr->inflight--;
    pthread_cond_signal(&wr->cond);
    pthread_mutex_unlock(&wr->mu);
}

static void *writer_main(void *arg)
{
    bench_writer_t *wr = arg;
    uint64_t partition_id = (uint64_t)wr->id;

    pthread_mutex_lock(&wr->mu);
    while (!atomic_load(&g_stop)) {
        while (wr->free_slots == NULL && !atomic_load(&g_stop))
            pthread_cond_wait(&wr->cond, &wr->mu);
        if (atomic_load(&g_stop))
            break;
        bench_slot_t *slot = wr->free_slots;
        wr->free_slots = slot->next_free;
        wr->inflight++;
        pthread_mutex_unlock(&wr->mu);

        slot->t_submit_ns = rmq_mono_ns();
        int rc = rmq_wal_append(wr->wal, partition_id, g_payload, g_cfg.size, on_durable, slot);

        pthread_mutex_lock(&wr->mu);
        if (rc != 0) {
            /* done is never called when append itself fails: give the slot back. */
            slot->next_free = wr->free_slots;
            wr->free_slots = slot;
            wr->inflight--;
            wr->submit_error = rc;
            break;
        }
    }
    /* Drain: everything submitted completes before the writer reports done. */
    while (wr->inflight > 0)
        pthread_cond_wait(&wr->cond, &wr->mu);
    pthread_mutex_unlock(&wr->mu);
    return NULL;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double percentile_us(const uint64_t *sorted, size_t n, double p)
{
    if (n == 0)
        return 0.0;
    /* Nearest-rank percentile. */
    size_t rank = (size_t)(p / 100.0 * (double)n + 0.999999);
    if (rank < 1)
        rank = 1;
    if (rank > n)
        rank = n;
    return (double)sorted[rank - 1] / 1000.0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: wal_bench --dir DIR [--seconds S] [--threads N] [--window W] [--size BYTES]\n"
            "                 [--fsync group|interval] [--io pwrite|uring|auto]\n"
            "                 [--segment-size BYTES] [--recycle N] [--no-trim]\n");
}

static int parse_args(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"dir", required_argument, NULL, 'd'},     {"seconds", required_argument, NULL, 's'},
        {"threads", required_argument, NULL, 't'}, {"window", required_argument, NULL, 'w'},
        {"size", required_argument, NULL, 'b'},    {"fsync", required_argument, NULL, 'f'},
        {"io", required_argument, NULL, 'i'},      {"segment-size", required_argument, NULL, 'S'},
        {"no-trim", no_argument, NULL, 'T'},       {"recycle", required_argument, NULL, 'R'},
        {"help", no_argument, NULL, 'h'},          {NULL, 0, NULL, 0},
    };
    int c;
    char *end;
    while ((c = getopt_long(argc, argv, "d:s:t:w:b:f:i:S:R:Th", longopts, NULL)) != -1) {
        switch (c) {
        case 'd':
            g_cfg.dir = optarg;
            break;
        case 's':
            g_cfg.seconds = strtod(optarg, &end);
            if (*end || g_cfg.seconds <= 0 || g_cfg.seconds > 3600)
                return -1;
            break;
        case 't': {
            unsigned long v = strtoul(optarg, &end, 10);
            if (*end || v < 1 || v > 256)
                return -1;
            g_cfg.threads = (unsigned)v;
            break;
        }
        case 'w': {
            unsigned long v = strtoul(optarg, &end, 10);
            if (*end || v < 1 || v > 65536)
                return -1;
            g_cfg.window = (unsigned)v;
            break;
        }
        case 'b': {
            unsigned long v = strtoul(optarg, &end, 10);
            if (*end || v < 1 || v > (64u << 20))
                return -1;
            g_cfg.size = v;
            break;
        }
        case 'f':
            if (strcmp(optarg, "group") == 0)
                g_cfg.fsync_mode = RMQ_WAL_FSYNC_GROUP;
            else if (strcmp(optarg, "interval") == 0)
                g_cfg.fsync_mode = RMQ_WAL_FSYNC_INTERVAL;
            else
                return -1;
            break;
        case 'i':
            if (strcmp(optarg, "auto") == 0)
                g_cfg.io_backend = RMQ_WAL_IO_AUTO;
            else if (strcmp(optarg, "pwrite") == 0)
                g_cfg.io_backend = RMQ_WAL_IO_PWRITE;
            else if (strcmp(optarg, "uring") == 0)
                g_cfg.io_backend = RMQ_WAL_IO_URING;
            else
                return -1;
            break;
        case 'S': {
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end || v < 4096)
                return -1;
            g_cfg.segment_size = v;
            break;
        }
        case 'T':
            g_cfg.trim = 0;
            break;
        case 'R': {
            unsigned long v = strtoul(optarg, &end, 10);
            if (*end || v > 64)
                return -1;
            g_cfg.recycle = (int)v;
            break;
        }
        case 'h':
            usage(stdout);
            exit(0);
        default:
            return -1;
        }
    }
    if (optind != argc || g_cfg.dir == NULL)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    if (parse_args(argc, argv) != 0) {
        usage(stderr);
        return 2;
    }

    rmq_wal_opts_t opts;
    rmq_wal_opts_init(&opts);
    opts.dir = g_cfg.dir;
    opts.fsync_mode = g_cfg.fsync_mode;
    opts.io_backend = g_cfg.io_backend;
    if (g_cfg.segment_size)
        opts.segment_size_bytes = g_cfg.segment_size;
    if (g_cfg.recycle >= 0)
        opts.recycle_segments = (uint32_t)g_cfg.recycle;

    rmq_err_t err;
    rmq_err_clear(&err);
    rmq_wal_t *wal = NULL;
    int rc = rmq_wal_open(&opts, &wal, &err);
    if (rc != 0) {
        fprintf(stderr, "wal_bench: open %s: %s (%s)\n", g_cfg.dir, err.msg, rmq_strerror(rc));
        return 1;
    }

    g_payload = rmq_malloc(g_cfg.size);
    for (size_t i = 0; i < g_cfg.size; i++)
        g_payload[i] = (uint8_t)(i * 131u + 7u);

    bench_writer_t *writers = rmq_calloc(g_cfg.threads, sizeof(*writers));
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        bench_writer_t *wr = &writers[t];
        wr->id = (int)t;
        wr->wal = wal;
        pthread_mutex_init(&wr->mu, NULL);
        pthread_cond_init(&wr->cond, NULL);
        wr->slots = rmq_calloc(g_cfg.window, sizeof(*wr->slots));
        for (unsigned i = 0; i < g_cfg.window; i++) {
            wr->slots[i].wr = wr;
            wr->slots[i].next_free = wr->free_slots;
            wr->free_slots = &wr->slots[i];
        }
    }

    rmq_wal_stats_t st0;
    rmq_wal_stats(wal, &st0);
    uint64_t t0 = rmq_mono_ns();
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        if (pthread_create(&writers[t].thread, NULL, writer_main, &writers[t]) != 0) {
            fprintf(stderr, "wal_bench: pthread_create failed\n");
            return 1;
        }
    }

    uint64_t deadline = t0 + (uint64_t)(g_cfg.seconds * 1e9);
    int trims = 0;
    for (;;) {
        uint64_t now = rmq_mono_ns();
        if (now >= deadline)
            break;
        uint64_t left_ms = (deadline - now) / 1000000u;
        rmq_sleep_ms(left_ms < 200 ? (left_ms ? left_ms : 1) : 200);
        if (g_cfg.trim) {
            rmq_wal_stats_t st;
            rmq_wal_stats(wal, &st);
            if (rmq_wal_trim(wal, st.durable_lsn) > 0)
                trims++;
        }
    }
    atomic_store(&g_stop, 1);
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        pthread_mutex_lock(&writers[t].mu);
        pthread_cond_broadcast(&writers[t].cond);
        pthread_mutex_unlock(&writers[t].mu);
    }
    for (unsigned t = 0; t < g_cfg.threads; t++)
        pthread_join(writers[t].thread, NULL);
    uint64_t t1 = rmq_mono_ns();

    rmq_wal_stats_t st1;
    rmq_wal_stats(wal, &st1);

    size_t total = 0;
    uint64_t bytes = 0;
    int failures = 0, submit_error = 0;
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        total += writers[t].nlat;
        bytes += writers[t].bytes_done;
        failures += writers[t].failures;
        if (writers[t].submit_error)
            submit_error = writers[t].submit_error;
    }
    uint64_t *all = rmq_malloc((total ? total : 1) * sizeof(*all));
    size_t k = 0;
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        memcpy(all + k, writers[t].lat_ns, writers[t].nlat * sizeof(*all));
        k += writers[t].nlat;
    }
    qsort(all, total, sizeof(*all), cmp_u64);

    double elapsed_s = (double)(t1 - t0) / 1e9;
    double mb_s = (double)bytes / 1e6 / elapsed_s;
    uint64_t commits = st1.group_commits - st0.group_commits;
    uint64_t fsyncs = st1.fsyncs - st0.fsyncs;
    printf("wal_bench threads=%u window=%u size=%zu seconds=%.2f backend=%s appends=%zu "
           "group_commits=%llu fsyncs=%llu appends_per_commit=%.1f trims=%d recycled=%llu "
           "failures=%d throughput_mb_s=%.2f p50_us=%.1f p99_us=%.1f p999_us=%.1f max_us=%.1f "
           "bytes_per_sync=%.0f\n",
           g_cfg.threads, g_cfg.window, g_cfg.size, elapsed_s,
           st1.io_backend ? st1.io_backend : "?", total, (unsigned long long)commits,
           (unsigned long long)fsyncs, commits ? (double)total / (double)commits : 0.0, trims,
           (unsigned long long)(st1.recycled - st0.recycled), failures, mb_s,
           percentile_us(all, total, 50.0), percentile_us(all, total, 99.0),
           percentile_us(all, total, 99.9), total ? (double)all[total - 1] / 1000.0 : 0.0,
           /* bytes on disk (frames with their 24-byte headers) per fdatasync */
           fsyncs ? (double)(bytes + 24 * (uint64_t)total) / (double)fsyncs : 0.0);
    {
        /* The writer's cycle, per group: data write, fdatasync, completions (us, p50/p99). */
        rmq_wal_latency_t *lat = rmq_wal_latency(wal);
        printf("wal_bench cycle write_us=%llu/%llu sync_us=%llu/%llu callbacks_us=%llu/%llu "
               "queue_us=%llu/%llu\n",
               (unsigned long long)rmq_hist_pct(&lat->write, 50),
               (unsigned long long)rmq_hist_pct(&lat->write, 99),
               (unsigned long long)rmq_hist_pct(&lat->sync, 50),
               (unsigned long long)rmq_hist_pct(&lat->sync, 99),
               (unsigned long long)rmq_hist_pct(&lat->callbacks, 50),
               (unsigned long long)rmq_hist_pct(&lat->callbacks, 99),
               (unsigned long long)rmq_hist_pct(&lat->queue, 50),
               (unsigned long long)rmq_hist_pct(&lat->queue, 99));
    }
    fflush(stdout);

    rmq_wal_close(wal);
    for (unsigned t = 0; t < g_cfg.threads; t++) {
        pthread_mutex_destroy(&writers[t].mu);
        pthread_cond_destroy(&writers[t].cond);
        free(writers[t].slots);
        free(writers[t].lat_ns);
    }
    free(writers);
    free(all);
    free(g_payload);

    if (submit_error) {
        fprintf(stderr, "wal_bench: append failed: %s\n", rmq_strerror(submit_error));
        return 1;
    }
    if (failures || total == 0) {
        fprintf(stderr, "wal_bench: %d appends failed, %zu completed\n", failures, total);
        return 1;
    }
    return 0;
}
