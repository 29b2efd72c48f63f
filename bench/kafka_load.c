/*
 * kafka_load.c - Kafka produce load generator on librdkafka (the C client most Kafka tools
 * are built on), for measuring a broker the way its users see it.
 *
 * Produce mode (the default): N producer instances (one broker connection each, one thread
 * producing and one polling delivery reports per instance) send fixed-size records with
 * acks=all, round robin over the topic's partitions, either as fast as the client can queue
 * them (--rate 0) or at a fixed total rate in records per second. Each record's latency is
 * the time from rd_kafka_producev to its delivery report (so it includes the client's linger,
 * the network and the broker's durable write). After --seconds (or --mb megabytes) it stops
 * producing, waits for every outstanding delivery report and prints one line:
 *
 *   kafka_load mode=produce producers=N partitions=P size=S rate=R linger_ms=L seconds=T
 *              acked=A errors=E throughput_mb_s=X msgs_s=Y p50_ms=a p99_ms=b max_ms=c
 *
 * Client settings: acks=all, no compression, batches up to 1 MB / 10,000 records, a local
 * queue of at most 64 MiB, no idempotence, and TCP_NODELAY (socket.nagle.disable=true, as the
 * Java client always does: with Nagle on, the tail of each small request can wait for the
 * ACK of the previous one, which adds milliseconds to the latency measured here).
 *
 * MB is 10^6 bytes of record payload (as fio and bench/wal_bench count). Throughput is the
 * acknowledged payload divided by the time from the first produce to the last delivery
 * report. --create creates the topic first (CreateTopics, replication factor 1; an existing
 * topic is fine). --stats-file F writes librdkafka's statistics (JSON, one line a second) to F.
 *
 * Populate mode (--populate): creates --topics topics of --partitions partitions each
 * (CreateTopics, 100 topics a request), then produces one record of --size bytes to every
 * partition (topic i from instance i % --producers) and waits for all of them to be
 * acknowledged. Prints
 *
 *   kafka_load mode=populate topics=T partitions=P producers=N acked=A errors=E seconds=S
 *
 * Exit status: 0 when every record was acknowledged without error, 1 otherwise, 2 for usage.
 * Every wait is bounded (delivery: message.timeout.ms 60 s plus a 90 s drain limit).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

#define BENCH_PROG "kafka_load"
#include "bench_rdk.h"

#define DRAIN_LIMIT_MS 90000

static struct {
    const char *bootstrap;
    const char *topic;
    int partitions;
    size_t size;
    double seconds;
    double mb;
    double rate; /* records per second over all producers; 0 = as fast as possible */
    int producers;
    int linger_ms;
    int create;
    int populate;
    int topics;
    const char *prefix;
    const char *stats_file;
} g_cfg = {
    .bootstrap = "127.0.0.1:9092",
    .topic = "bench-produce",
    .partitions = 8,
    .size = 1024,
    .seconds = 10.0,
    .mb = 0,
    .rate = 0,
    .producers = 1,
    .linger_ms = 5,
    .create = 0,
    .populate = 0,
    .topics = 1000,
    .prefix = "bench-mem-",
    .stats_file = NULL,
};

static FILE *g_stats;
static pthread_mutex_t g_stats_mu = PTHREAD_MUTEX_INITIALIZER;

static uint8_t *g_payload;
static atomic_int g_stop_producing;
static atomic_uint_fast64_t g_produced_bytes;

static void sleep_ns(uint64_t ns)
{
    struct timespec ts = {(time_t)(ns / 1000000000u), (long)(ns % 1000000000u)};
    nanosleep(&ts, NULL);
}

/* ---- one producer instance ---- */

typedef struct producer {
    int id;
    rd_kafka_t *rk;
    rd_kafka_topic_t *rkt;
    pthread_t thread, poller;
    atomic_int poller_stop;
    /* Written by the poller thread (delivery reports) only; read after it is joined. */
    uint64_t *lat_ns;
    size_t nlat, lat_cap;
    uint64_t acked, acked_bytes, errors;
    uint64_t first_ns, last_dr_ns;
    char first_error[256];
    /* Written by the producing thread. */
    uint64_t sent;
    uint64_t start_ns;
} producer_t;

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque)
{
    producer_t *p = opaque;
    uint64_t t = now_ns();

    (void)rk;
    if (m->err) {
        if (p->errors++ == 0)
            snprintf(p->first_error, sizeof(p->first_error), "%s", rd_kafka_err2str(m->err));
        return;
    }
    if (p->nlat == p->lat_cap) {
        p->lat_cap = p->lat_cap ? p->lat_cap * 2 : 65536;
        p->lat_ns = realloc(p->lat_ns, p->lat_cap * sizeof(uint64_t));
        if (!p->lat_ns)
            die("out of memory", "latency samples");
    }
    p->lat_ns[p->nlat++] = t - (uint64_t)(uintptr_t)m->_private;
    p->acked++;
    p->acked_bytes += m->len;
    p->last_dr_ns = t;
}

/* librdkafka's statistics (one JSON document a second; its per-broker rtt, int_latency and
 * outbuf_latency windows split a record's latency into client queueing and round trip). */
static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    (void)rk;
    (void)opaque;
    pthread_mutex_lock(&g_stats_mu);
    fwrite(json, 1, len, g_stats);
    fputc('\n', g_stats);
    pthread_mutex_unlock(&g_stats_mu);
    return 0;
}

static void *poller_main(void *arg)
{
    producer_t *p = arg;

    while (!atomic_load(&p->poller_stop))
        rd_kafka_poll(p->rk, 20);
    rd_kafka_poll(p->rk, 0);
    return NULL;
}

static rd_kafka_t *make_producer(void *opaque, int linger_ms)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512], buf[32];
    rd_kafka_t *rk;

    conf_set(conf, "bootstrap.servers", g_cfg.bootstrap);
    conf_set(conf, "acks", "all");
    conf_set(conf, "compression.codec", "none");
    snprintf(buf, sizeof(buf), "%d", linger_ms);
    conf_set(conf, "linger.ms", buf);
    conf_set(conf, "batch.size", "1000000");
    conf_set(conf, "batch.num.messages", "10000");
    conf_set(conf, "queue.buffering.max.messages", "200000");
    conf_set(conf, "queue.buffering.max.kbytes", "65536");
    conf_set(conf, "message.timeout.ms", "60000");
    conf_set(conf, "enable.idempotence", "false");
    conf_set(conf, "log_level", "4");
    conf_set(conf, "socket.nagle.disable", "true");
    rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
    if (g_stats) {
        conf_set(conf, "statistics.interval.ms", "1000");
        rd_kafka_conf_set_stats_cb(conf, stats_cb);
    }
    rd_kafka_conf_set_opaque(conf, opaque);
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
    if (!rk)
        die("rd_kafka_new", errstr);
    return rk;
}

/* Produces one record; waits (bounded by the caller's loop) while the local queue is full. */
static int produce_one(producer_t *p, int32_t partition)
{
    for (int tries = 0; tries < 100000; tries++) {
        rd_kafka_resp_err_t err =
            rd_kafka_producev(p->rk, RD_KAFKA_V_RKT(p->rkt), RD_KAFKA_V_PARTITION(partition),
                              RD_KAFKA_V_VALUE(g_payload, g_cfg.size), RD_KAFKA_V_MSGFLAGS(0),
                              RD_KAFKA_V_OPAQUE((void *)(uintptr_t)now_ns()), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            return 0;
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            die("produce", rd_kafka_err2str(err));
        if (atomic_load(&g_stop_producing))
            return -1;
        sleep_ns(100000);
    }
    die("produce", "local queue stayed full for 10 s");
    return -1;
}

static void *producer_main(void *arg)
{
    producer_t *p = arg;
    double rate = g_cfg.rate / g_cfg.producers; /* this instance's share */
    uint64_t deadline = p->start_ns + (uint64_t)(g_cfg.seconds * 1e9);
    uint64_t limit_bytes = g_cfg.mb > 0 ? (uint64_t)(g_cfg.mb * 1e6) : UINT64_MAX;
    int32_t part = p->id % g_cfg.partitions;

    while (!atomic_load(&g_stop_producing)) {
        uint64_t t = now_ns();
        uint64_t burst;
        if (t >= deadline || atomic_load(&g_produced_bytes) >= limit_bytes) {
            atomic_store(&g_stop_producing, 1);
            break;
        }
        if (rate > 0) {
            /* Paced: catch up to where the schedule says we should be, then nap 1 ms. */
            uint64_t due = (uint64_t)((double)(t - p->start_ns) * 1e-9 * rate) + 1;
            burst = due > p->sent ? due - p->sent : 0;
        } else {
            burst = 1000;
        }
        for (uint64_t i = 0; i < burst; i++) {
            if (produce_one(p, part) < 0)
                break;
            part = (part + 1) % g_cfg.partitions;
            p->sent++;
        }
        atomic_fetch_add(&g_produced_bytes, burst * g_cfg.size);
        if (rate > 0)
            sleep_ns(1000000);
    }
    /* Wait for every delivery report (the poller serves them), bounded. */
    for (int i = 0; i < DRAIN_LIMIT_MS && rd_kafka_outq_len(p->rk) > 0; i++)
        sleep_ns(1000000);
    return NULL;
}

/* ---- topics ---- */

static void create_topics(rd_kafka_t *rk, char **names, int n, int partitions)
{
    char errstr[512];
    rd_kafka_NewTopic_t **nt = calloc((size_t)n, sizeof(*nt));
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *opts = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_event_t *ev;
    const rd_kafka_CreateTopics_result_t *res;
    const rd_kafka_topic_result_t **tr;
    size_t ntr;

    if (!nt)
        die("out of memory", "topics");
    rd_kafka_AdminOptions_set_operation_timeout(opts, 30000, errstr, sizeof(errstr));
    rd_kafka_AdminOptions_set_request_timeout(opts, 60000, errstr, sizeof(errstr));
    for (int i = 0; i < n; i++) {
        nt[i] = rd_kafka_NewTopic_new(names[i], partitions, 1, errstr, sizeof(errstr));
        if (!nt[i])
            die("NewTopic", errstr);
    }
    rd_kafka_CreateTopics(rk, nt, (size_t)n, opts, q);
    ev = rd_kafka_queue_poll(q, 90000);
    if (!ev)
        die("CreateTopics", "no answer in 90 s");
    if (rd_kafka_event_error(ev))
        die("CreateTopics", rd_kafka_event_error_string(ev));
    res = rd_kafka_event_CreateTopics_result(ev);
    tr = rd_kafka_CreateTopics_result_topics(res, &ntr);
    for (size_t i = 0; i < ntr; i++) {
        rd_kafka_resp_err_t e = rd_kafka_topic_result_error(tr[i]);
        if (e && e != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
            die(rd_kafka_topic_result_name(tr[i]), rd_kafka_err2str(e));
    }
    rd_kafka_event_destroy(ev);
    rd_kafka_AdminOptions_destroy(opts);
    rd_kafka_queue_destroy(q);
    rd_kafka_NewTopic_destroy_array(nt, (size_t)n);
    free(nt);
}

/* Waits until the client's metadata shows the topic with all its partitions (bounded). */
static void wait_topic(rd_kafka_t *rk, rd_kafka_topic_t *rkt, int partitions)
{
    for (int i = 0; i < 300; i++) {
        const struct rd_kafka_metadata *md = NULL;
        int ok = 0;
        if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            ok = md->topic_cnt == 1 && md->topics[0].err == 0 &&
                 md->topics[0].partition_cnt >= partitions;
            rd_kafka_metadata_destroy(md);
        }
        if (ok)
            return;
        sleep_ns(100000000);
    }
    die("metadata", "topic did not appear with all its partitions in 30 s");
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static double pct_ms(const uint64_t *v, size_t n, double p)
{
    size_t i;

    if (n == 0)
        return 0;
    i = (size_t)(p / 100.0 * (double)(n - 1) + 0.5);
    return (double)v[i < n ? i : n - 1] / 1e6;
}

static int run_produce(void)
{
    producer_t *ps = calloc((size_t)g_cfg.producers, sizeof(*ps));
    uint64_t start, first = UINT64_MAX, last = 0, acked = 0, bytes = 0, errors = 0, sent = 0;
    uint64_t *all;
    size_t nall = 0, k = 0;
    double secs;

    if (!ps)
        die("out of memory", "producers");
    for (int i = 0; i < g_cfg.producers; i++) {
        ps[i].id = i;
        ps[i].rk = make_producer(&ps[i], g_cfg.linger_ms);
    }
    if (g_cfg.create) {
        /* Before any topic handle exists: a producer's metadata request for the topic would
         * auto-create it with the broker's default partition count. */
        char *name = (char *)g_cfg.topic;
        create_topics(ps[0].rk, &name, 1, g_cfg.partitions);
    }
    for (int i = 0; i < g_cfg.producers; i++)
        ps[i].rkt = rd_kafka_topic_new(ps[i].rk, g_cfg.topic, NULL);
    for (int i = 0; i < g_cfg.producers; i++)
        wait_topic(ps[i].rk, ps[i].rkt, g_cfg.partitions);
    start = now_ns();
    for (int i = 0; i < g_cfg.producers; i++) {
        ps[i].start_ns = start;
        pthread_create(&ps[i].poller, NULL, poller_main, &ps[i]);
        pthread_create(&ps[i].thread, NULL, producer_main, &ps[i]);
    }
    for (int i = 0; i < g_cfg.producers; i++) {
        pthread_join(ps[i].thread, NULL);
        atomic_store(&ps[i].poller_stop, 1);
        pthread_join(ps[i].poller, NULL);
    }
    for (int i = 0; i < g_cfg.producers; i++) {
        producer_t *p = &ps[i];
        acked += p->acked;
        bytes += p->acked_bytes;
        errors += p->errors;
        sent += p->sent;
        nall += p->nlat;
        if (p->last_dr_ns > last)
            last = p->last_dr_ns;
        if (p->errors)
            fprintf(stderr, "kafka_load: producer %d: %" PRIu64 " delivery errors, first: %s\n", i,
                    p->errors, p->first_error);
    }
    first = start;
    all = malloc((nall ? nall : 1) * sizeof(uint64_t));
    if (!all)
        die("out of memory", "samples");
    for (int i = 0; i < g_cfg.producers; i++) {
        memcpy(all + k, ps[i].lat_ns, ps[i].nlat * sizeof(uint64_t));
        k += ps[i].nlat;
    }
    qsort(all, nall, sizeof(uint64_t), cmp_u64);
    secs = last > first ? (double)(last - first) / 1e9 : 0;
    printf("kafka_load mode=produce producers=%d partitions=%d size=%zu rate=%.0f linger_ms=%d "
           "seconds=%.2f sent=%" PRIu64 " acked=%" PRIu64 " errors=%" PRIu64
           " throughput_mb_s=%.2f msgs_s=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f\n",
           g_cfg.producers, g_cfg.partitions, g_cfg.size, g_cfg.rate, g_cfg.linger_ms, secs, sent,
           acked, errors, secs > 0 ? (double)bytes / 1e6 / secs : 0,
           secs > 0 ? (double)acked / secs : 0, pct_ms(all, nall, 50), pct_ms(all, nall, 99),
           nall ? (double)all[nall - 1] / 1e6 : 0);
    for (int i = 0; i < g_cfg.producers; i++) {
        rd_kafka_topic_destroy(ps[i].rkt);
        rd_kafka_destroy(ps[i].rk);
        free(ps[i].lat_ns);
    }
    free(all);
    free(ps);
    return errors == 0 && acked == sent && acked > 0 ? 0 : 1;
}

static int run_populate(void)
{
    /* Topic i is produced by instance i % producers: librdkafka's cost per partition grows
       with the partitions one instance holds, so a large population is split over several
       (each with its own connection) to keep the client from being what is measured. */
    int np = g_cfg.producers < 1 ? 1 : g_cfg.producers;
    producer_t *ps = calloc((size_t)np, sizeof(*ps));
    char **names = calloc((size_t)g_cfg.topics, sizeof(char *));
    uint64_t start = now_ns(), total = (uint64_t)g_cfg.topics * (uint64_t)g_cfg.partitions;
    uint64_t acked = 0, errors = 0;
    const char *first_error = NULL;
    double secs;

    if (!names || !ps)
        die("out of memory", "names");
    for (int k = 0; k < np; k++)
        ps[k].rk = make_producer(&ps[k], 5);
    for (int i = 0; i < g_cfg.topics; i++) {
        size_t len = strlen(g_cfg.prefix) + 16;
        names[i] = malloc(len);
        if (!names[i])
            die("out of memory", "names");
        snprintf(names[i], len, "%s%05d", g_cfg.prefix, i);
    }
    for (int i = 0; i < g_cfg.topics; i += 100)
        create_topics(ps[0].rk, names + i, g_cfg.topics - i < 100 ? g_cfg.topics - i : 100,
                      g_cfg.partitions);
    for (int k = 0; k < np; k++)
        pthread_create(&ps[k].poller, NULL, poller_main, &ps[k]);
    for (int i = 0; i < g_cfg.topics; i++) {
        producer_t *p = &ps[i % np];
        rd_kafka_topic_t *rkt = rd_kafka_topic_new(p->rk, names[i], NULL);
        p->rkt = rkt;
        for (int32_t part = 0; part < g_cfg.partitions; part++) {
            if (produce_one(p, part) < 0)
                die("produce", "stopped");
            p->sent++;
        }
        rd_kafka_topic_destroy(rkt);
    }
    for (int k = 0; k < np; k++) {
        for (int i = 0; i < DRAIN_LIMIT_MS && rd_kafka_outq_len(ps[k].rk) > 0; i++)
            sleep_ns(1000000);
    }
    for (int k = 0; k < np; k++) {
        atomic_store(&ps[k].poller_stop, 1);
        pthread_join(ps[k].poller, NULL);
        acked += ps[k].acked;
        errors += ps[k].errors;
        if (!first_error && ps[k].errors)
            first_error = ps[k].first_error;
    }
    secs = (double)(now_ns() - start) / 1e9;
    printf("kafka_load mode=populate topics=%d partitions=%d producers=%d acked=%" PRIu64
           " errors=%" PRIu64 " seconds=%.2f\n",
           g_cfg.topics, g_cfg.partitions, np, acked, errors, secs);
    if (errors)
        fprintf(stderr, "kafka_load: first delivery error: %s\n", first_error);
    for (int k = 0; k < np; k++) {
        rd_kafka_destroy(ps[k].rk);
        free(ps[k].lat_ns);
    }
    for (int i = 0; i < g_cfg.topics; i++)
        free(names[i]);
    free(names);
    free(ps);
    return errors == 0 && acked == total ? 0 : 1;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: kafka_load [--bootstrap H:P] [--topic T] [--partitions 8] [--size 1024]\n"
            "                  [--seconds 10] [--mb 0] [--rate 0] [--producers 1]\n"
            "                  [--linger-ms 5] [--create] [--stats-file F]\n"
            "       kafka_load --populate [--bootstrap H:P] [--topics 1000] [--partitions 10]\n"
            "                  [--size 100] [--prefix bench-mem-] [--producers 1]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"bootstrap", required_argument, NULL, 'b'},
        {"topic", required_argument, NULL, 't'},
        {"partitions", required_argument, NULL, 'p'},
        {"size", required_argument, NULL, 's'},
        {"seconds", required_argument, NULL, 'S'},
        {"mb", required_argument, NULL, 'm'},
        {"rate", required_argument, NULL, 'r'},
        {"producers", required_argument, NULL, 'n'},
        {"linger-ms", required_argument, NULL, 'l'},
        {"create", no_argument, NULL, 'c'},
        {"populate", no_argument, NULL, 'P'},
        {"topics", required_argument, NULL, 'T'},
        {"prefix", required_argument, NULL, 'x'},
        {"stats-file", required_argument, NULL, 'j'},
        {NULL, 0, NULL, 0},
    };
    int c, rc;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'b':
            g_cfg.bootstrap = optarg;
            break;
        case 't':
            g_cfg.topic = optarg;
            break;
        case 'p':
            g_cfg.partitions = atoi(optarg);
            break;
        case 's':
            g_cfg.size = (size_t)strtoul(optarg, NULL, 10);
            break;
        case 'S':
            g_cfg.seconds = atof(optarg);
            break;
        case 'm':
            g_cfg.mb = atof(optarg);
            break;
        case 'r':
            g_cfg.rate = atof(optarg);
            break;
        case 'n':
            g_cfg.producers = atoi(optarg);
            break;
        case 'l':
            g_cfg.linger_ms = atoi(optarg);
            break;
        case 'c':
            g_cfg.create = 1;
            break;
        case 'P':
            g_cfg.populate = 1;
            break;
        case 'T':
            g_cfg.topics = atoi(optarg);
            break;
        case 'x':
            g_cfg.prefix = optarg;
            break;
        case 'j':
            g_cfg.stats_file = optarg;
            break;
        default:
            usage();
        }
    }
    if (optind != argc || g_cfg.partitions < 1 || g_cfg.partitions > 100000 || g_cfg.size < 1 ||
        g_cfg.size > (1u << 20) || g_cfg.seconds <= 0 || g_cfg.seconds > 3600 || g_cfg.rate < 0 ||
        g_cfg.producers < 1 || g_cfg.producers > 64 || g_cfg.linger_ms < 0 || g_cfg.topics < 1 ||
        g_cfg.topics > 100000)
        usage();
    g_payload = malloc(g_cfg.size);
    if (!g_payload)
        die("out of memory", "payload");
    for (size_t i = 0; i < g_cfg.size; i++)
        g_payload[i] = (uint8_t)('a' + (i * 7 + i / 26) % 26);
    if (g_cfg.stats_file && !(g_stats = fopen(g_cfg.stats_file, "w")))
        die(g_cfg.stats_file, strerror(errno));
    rc = g_cfg.populate ? run_populate() : run_produce();
    if (g_stats)
        fclose(g_stats);
    free(g_payload);
    return rc;
}
