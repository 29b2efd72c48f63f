/*
 * kafka_consume.c - Kafka consume load generator on librdkafka: reads a whole topic from the
 * beginning as fast as the broker serves it, for measuring catch-up reads.
 *
 * It asks the broker for every partition's watermarks first (ListOffsets), then starts
 * --consumers consumer instances (one broker connection each), instance i assigned the
 * partitions p with p % consumers == i from their low watermark (no consumer group: assign()
 * with offsets, nothing committed). Each instance drains its queue in batches and stops when
 * every partition it owns has reached the high watermark seen at the start. Records are counted,
 * not inspected (librdkafka's check.crcs stays off). Prints one line:
 *
 *   kafka_consume consumers=N partitions=P records=R bytes=B seconds=S mb_s=X msgs_s=Y
 *
 * MB is 10^6 bytes of record payload (value bytes), as bench/kafka_load counts them. The time
 * runs from the assignment to the last record received. Client settings: fetches of up to
 * --fetch-mb MiB per request and --partition-fetch-mb MiB per partition, up to 256 MiB
 * prefetched per instance, fetch.wait.max.ms 100.
 *
 * Exit status: 0 when every record up to the high watermarks arrived within --timeout seconds
 * (default 300), 1 otherwise, 2 for usage. Every wait is bounded.
 */
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

#define BENCH_PROG "kafka_consume"
#include "bench_rdk.h"

#define MAX_PARTITIONS 100000
#define BATCH          10000

static struct {
    const char *bootstrap;
    const char *topic;
    int consumers;
    double timeout_s;
    int fetch_mb;
    int partition_fetch_mb;
} g_cfg = {
    .bootstrap = "127.0.0.1:9092",
    .topic = "bench-produce",
    .consumers = 1,
    .timeout_s = 300,
    .fetch_mb = 64,
    .partition_fetch_mb = 8,
};

static int g_nparts;
static int64_t *g_low, *g_high;
static uint64_t g_start_ns, g_deadline_ns;

typedef struct consumer {
    int id;
    rd_kafka_t *rk;
    pthread_t thread;
    int64_t *next; /* next offset expected, per partition (only this instance's are used) */
    uint64_t records, bytes, last_ns;
    int complete;
    char error[256];
} consumer_t;

static rd_kafka_t *make_consumer(int id)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[512], buf[64];
    rd_kafka_t *rk;

    conf_set(conf, "bootstrap.servers", g_cfg.bootstrap);
    snprintf(buf, sizeof(buf), "bench-consume-%ld-%d", (long)getpid(), id);
    conf_set(conf, "group.id", buf);
    conf_set(conf, "enable.auto.commit", "false");
    conf_set(conf, "enable.auto.offset.store", "false");
    conf_set(conf, "auto.offset.reset", "earliest");
    snprintf(buf, sizeof(buf), "%d", g_cfg.fetch_mb << 20);
    conf_set(conf, "fetch.max.bytes", buf);
    snprintf(buf, sizeof(buf), "%d", g_cfg.partition_fetch_mb << 20);
    conf_set(conf, "max.partition.fetch.bytes", buf);
    conf_set(conf, "receive.message.max.bytes", "2147483647");
    conf_set(conf, "queued.max.messages.kbytes", "262144");
    conf_set(conf, "fetch.wait.max.ms", "100");
    conf_set(conf, "socket.nagle.disable", "true");
    conf_set(conf, "log_level", "4");
    if (getenv("KAFKA_CONSUME_DEBUG")) { /* librdkafka's debug contexts, to stderr */
        conf_set(conf, "debug", getenv("KAFKA_CONSUME_DEBUG"));
        conf_set(conf, "log_level", "7");
    }
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof(errstr));
    if (!rk)
        die("rd_kafka_new", errstr);
    return rk;
}

/*
 * Learns the topic's leaders before the clock starts. librdkafka asks for a topic's metadata
 * when it is assigned, but when that happens before its connection is up it drops the request
 * and asks again on its 1 s timer: a third of the runs measured that second, not the reads.
 */
static void warm_metadata(rd_kafka_t *rk)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, g_cfg.topic, NULL);
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err;

    if (!rkt)
        die("topic", rd_kafka_err2str(rd_kafka_last_error()));
    err = rd_kafka_metadata(rk, 0, rkt, &md, 30000);
    if (err)
        die("metadata", rd_kafka_err2str(err));
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
}

static int done(const consumer_t *c)
{
    for (int p = c->id; p < g_nparts; p += g_cfg.consumers)
        if (c->next[p] < g_high[p])
            return 0;
    return 1;
}

static void *consumer_main(void *arg)
{
    consumer_t *c = arg;
    rd_kafka_topic_partition_list_t *tp = rd_kafka_topic_partition_list_new(16);
    rd_kafka_message_t **msgs = calloc(BATCH, sizeof(*msgs));
    rd_kafka_queue_t *q;
    rd_kafka_resp_err_t err;

    if (!msgs)
        die("out of memory", "batch");
    for (int p = c->id; p < g_nparts; p += g_cfg.consumers) {
        c->next[p] = g_low[p];
        if (g_low[p] < g_high[p])
            rd_kafka_topic_partition_list_add(tp, g_cfg.topic, p)->offset = g_low[p];
    }
    err = rd_kafka_assign(c->rk, tp);
    rd_kafka_topic_partition_list_destroy(tp);
    if (err)
        die("assign", rd_kafka_err2str(err));
    q = rd_kafka_queue_get_consumer(c->rk);
    while (!done(c) && now_ns() < g_deadline_ns) {
        ssize_t n = rd_kafka_consume_batch_queue(q, 100, msgs, BATCH);
        uint64_t t = now_ns();
        for (ssize_t i = 0; i < n; i++) {
            rd_kafka_message_t *m = msgs[i];
            if (m->err) {
                if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF && !c->error[0])
                    snprintf(c->error, sizeof(c->error), "partition %d: %s", (int)m->partition,
                             rd_kafka_message_errstr(m));
            } else if (m->partition >= 0 && m->partition < g_nparts &&
                       m->offset >= c->next[m->partition]) {
                c->records++;
                c->bytes += m->len;
                c->next[m->partition] = m->offset + 1;
                c->last_ns = t;
            }
            rd_kafka_message_destroy(m);
        }
        if (c->error[0])
            break;
    }
    c->complete = done(c);
    rd_kafka_queue_destroy(q);
    rd_kafka_assign(c->rk, NULL);
    free(msgs);
    return NULL;
}

static void watermarks(void)
{
    rd_kafka_t *rk = make_consumer(-1);
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, g_cfg.topic, NULL);

    for (int i = 0; i < 100; i++) {
        if (rd_kafka_metadata(rk, 0, rkt, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (md->topic_cnt == 1 && md->topics[0].err == 0 && md->topics[0].partition_cnt > 0)
                break;
            rd_kafka_metadata_destroy(md);
        }
        md = NULL;
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
    }
    if (!md)
        die("metadata", "topic not found within the time limit");
    g_nparts = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    if (g_nparts > MAX_PARTITIONS)
        die("metadata", "too many partitions");
    g_low = calloc((size_t)g_nparts, sizeof(int64_t));
    g_high = calloc((size_t)g_nparts, sizeof(int64_t));
    if (!g_low || !g_high)
        die("out of memory", "watermarks");
    for (int p = 0; p < g_nparts; p++) {
        rd_kafka_resp_err_t err =
            rd_kafka_query_watermark_offsets(rk, g_cfg.topic, p, &g_low[p], &g_high[p], 30000);
        if (err)
            die("watermarks", rd_kafka_err2str(err));
    }
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
}

static void usage(void)
{
    fprintf(stderr,
            "usage: kafka_consume [--bootstrap H:P] [--topic T] [--consumers 1]\n"
            "                     [--timeout 300] [--fetch-mb 64] [--partition-fetch-mb 8]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"bootstrap", required_argument, NULL, 'b'},
        {"topic", required_argument, NULL, 't'},
        {"consumers", required_argument, NULL, 'n'},
        {"timeout", required_argument, NULL, 'T'},
        {"fetch-mb", required_argument, NULL, 'f'},
        {"partition-fetch-mb", required_argument, NULL, 'F'},
        {NULL, 0, NULL, 0},
    };
    consumer_t *cs;
    uint64_t records = 0, bytes = 0, last = 0, expected = 0;
    int c, ok = 1;
    double secs;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'b':
            g_cfg.bootstrap = optarg;
            break;
        case 't':
            g_cfg.topic = optarg;
            break;
        case 'n':
            g_cfg.consumers = atoi(optarg);
            break;
        case 'T':
            g_cfg.timeout_s = atof(optarg);
            break;
        case 'f':
            g_cfg.fetch_mb = atoi(optarg);
            break;
        case 'F':
            g_cfg.partition_fetch_mb = atoi(optarg);
            break;
        default:
            usage();
        }
    }
    if (optind != argc || g_cfg.consumers < 1 || g_cfg.consumers > 64 || g_cfg.timeout_s <= 0 ||
        g_cfg.timeout_s > 3600 || g_cfg.fetch_mb < 1 || g_cfg.fetch_mb > 1024 ||
        g_cfg.partition_fetch_mb < 1 || g_cfg.partition_fetch_mb > 1024)
        usage();
    watermarks();
    for (int p = 0; p < g_nparts; p++)
        expected += (uint64_t)(g_high[p] - g_low[p]);
    if (g_cfg.consumers > g_nparts)
        g_cfg.consumers = g_nparts;
    cs = calloc((size_t)g_cfg.consumers, sizeof(*cs));
    if (!cs)
        die("out of memory", "consumers");
    for (int i = 0; i < g_cfg.consumers; i++) {
        cs[i].id = i;
        cs[i].rk = make_consumer(i);
        warm_metadata(cs[i].rk);
        cs[i].next = calloc((size_t)g_nparts, sizeof(int64_t));
        if (!cs[i].next)
            die("out of memory", "offsets");
    }
    g_start_ns = now_ns();
    g_deadline_ns = g_start_ns + (uint64_t)(g_cfg.timeout_s * 1e9);
    for (int i = 0; i < g_cfg.consumers; i++)
        pthread_create(&cs[i].thread, NULL, consumer_main, &cs[i]);
    for (int i = 0; i < g_cfg.consumers; i++)
        pthread_join(cs[i].thread, NULL);
    for (int i = 0; i < g_cfg.consumers; i++) {
        records += cs[i].records;
        bytes += cs[i].bytes;
        if (cs[i].last_ns > last)
            last = cs[i].last_ns;
        if (cs[i].error[0])
            fprintf(stderr, "kafka_consume: consumer %d: %s\n", i, cs[i].error);
        if (!cs[i].complete) {
            fprintf(stderr, "kafka_consume: consumer %d stopped before the high watermarks\n", i);
            ok = 0;
        }
    }
    secs = last > g_start_ns ? (double)(last - g_start_ns) / 1e9 : 0;
    printf("kafka_consume consumers=%d partitions=%d records=%" PRIu64 " expected=%" PRIu64
           " bytes=%" PRIu64 " seconds=%.2f mb_s=%.2f msgs_s=%.0f\n",
           g_cfg.consumers, g_nparts, records, expected, bytes, secs,
           secs > 0 ? (double)bytes / 1e6 / secs : 0, secs > 0 ? (double)records / secs : 0);
    for (int i = 0; i < g_cfg.consumers; i++) {
        rd_kafka_consumer_close(cs[i].rk);
        rd_kafka_destroy(cs[i].rk);
        free(cs[i].next);
    }
    free(cs);
    free(g_low);
    free(g_high);
    return ok && records == expected ? 0 : 1;
}
