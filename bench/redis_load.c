/*
 * redis_load.c - the Redis Streams peer of bench/kafka_load: XADD of fixed-size records over
 * N connections, pipelined, as fast as the server acknowledges them.
 *
 * Each connection has a sender thread and a reader thread. The sender writes XADD commands in
 * chunks of 64 while fewer than --window commands are unanswered on its connection; the reader
 * parses replies (hiredis's reply parser) and frees window slots. A deep pipeline is what
 * makes the comparison with Kafka fair: librdkafka keeps up to 1 MB batches (about a thousand
 * 1 KiB records) several requests deep on its one connection, so Redis is given the same
 * amount of work in flight per connection (default window 5000 records, about 5 MB). With
 * appendfsync always, Redis writes and fdatasyncs its AOF once per event-loop iteration, before
 * it replies to the commands that iteration ran; more work waiting means more records per sync.
 *
 * Records go round robin to --streams streams (the Kafka side's partitions), each trimmed with
 * MAXLEN ~ --maxlen so that memory stays bounded on long runs (the AOF on disk keeps growing
 * like the Kafka WAL does). Prints one line:
 *
 *   redis_load connections=N streams=S size=B window=W seconds=T acked=A errors=E
 *              throughput_mb_s=X msgs_s=Y
 *
 * MB is 10^6 bytes of record payload. Exit status 0 when every command was answered without
 * error, 1 otherwise, 2 for usage. Every wait is bounded (a 60 s drain limit after the run).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <hiredis/hiredis.h>

#define CHUNK          64
#define DRAIN_LIMIT_NS (60ull * 1000000000ull)

static struct {
    int port;
    int connections;
    int streams;
    size_t size;
    double seconds;
    unsigned window;
    unsigned maxlen;
} g_cfg = {
    .port = 6379,
    .connections = 1,
    .streams = 8,
    .size = 1024,
    .seconds = 10.0,
    .window = 5000,
    .maxlen = 100000,
};

/* Pre-formatted XADD commands, one per stream. */
static char **g_cmds;
static size_t *g_cmd_len;

typedef struct conn {
    int fd;
    pthread_t sender, reader;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    /* under mu */
    uint64_t sent, answered, errors;
    int sender_done;
    int failed; /* an I/O error: both threads stop */
    char first_error[256];
    uint64_t last_reply_ns;
} conn_t;

static uint64_t g_start_ns, g_deadline_ns;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "redis_load: %s: %s\n", what, detail);
    exit(1);
}

static void conn_fail(conn_t *c, const char *why)
{
    pthread_mutex_lock(&c->mu);
    if (!c->failed) {
        c->failed = 1;
        snprintf(c->first_error, sizeof(c->first_error), "%s", why);
    }
    pthread_cond_broadcast(&c->cond);
    pthread_mutex_unlock(&c->mu);
}

static void *sender_main(void *arg)
{
    conn_t *c = arg;
    size_t chunk_cap = 0;
    char *chunk = NULL;
    unsigned stream = 0;

    for (int s = 0; s < g_cfg.streams; s++)
        chunk_cap += g_cmd_len[s];
    chunk_cap = chunk_cap * (CHUNK / (size_t)g_cfg.streams + 1);
    chunk = malloc(chunk_cap);
    if (!chunk)
        die("out of memory", "chunk");
    for (;;) {
        size_t len = 0, off = 0;
        int stop;
        struct timespec ts;
        pthread_mutex_lock(&c->mu);
        while (!c->failed && c->sent - c->answered + CHUNK > g_cfg.window &&
               now_ns() < g_deadline_ns) {
            /* Timed, so the deadline is seen even when no reply comes. */
            clock_gettime(CLOCK_REALTIME, &ts);
            ts.tv_nsec += 10000000;
            if (ts.tv_nsec >= 1000000000) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000;
            }
            pthread_cond_timedwait(&c->cond, &c->mu, &ts);
        }
        stop = c->failed || now_ns() >= g_deadline_ns;
        if (!stop)
            c->sent += CHUNK;
        pthread_mutex_unlock(&c->mu);
        if (stop)
            break;
        for (int i = 0; i < CHUNK; i++) {
            memcpy(chunk + len, g_cmds[stream], g_cmd_len[stream]);
            len += g_cmd_len[stream];
            stream = (stream + 1) % (unsigned)g_cfg.streams;
        }
        while (off < len) {
            ssize_t n = write(c->fd, chunk + off, len - off);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                conn_fail(c, strerror(errno));
                break;
            }
            off += (size_t)n;
        }
    }
    free(chunk);
    pthread_mutex_lock(&c->mu);
    c->sender_done = 1;
    pthread_cond_broadcast(&c->cond);
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

static void *reader_main(void *arg)
{
    conn_t *c = arg;
    redisReader *rr = redisReaderCreate();
    char buf[65536];

    if (!rr)
        die("out of memory", "reader");
    for (;;) {
        ssize_t n;
        int done;
        uint64_t got = 0, errs = 0;
        void *reply = NULL;
        pthread_mutex_lock(&c->mu);
        done = c->failed || (c->sender_done && c->answered == c->sent);
        pthread_mutex_unlock(&c->mu);
        if (done || now_ns() > g_deadline_ns + DRAIN_LIMIT_NS)
            break;
        n = read(c->fd, buf, sizeof(buf));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            conn_fail(c, n == 0 ? "server closed the connection" : strerror(errno));
            break;
        }
        if (redisReaderFeed(rr, buf, (size_t)n) != REDIS_OK)
            die("reply parser", rr->errstr);
        while (redisReaderGetReply(rr, &reply) == REDIS_OK && reply) {
            redisReply *r = reply;
            if (r->type == REDIS_REPLY_ERROR) {
                pthread_mutex_lock(&c->mu);
                if (c->errors + errs == 0)
                    snprintf(c->first_error, sizeof(c->first_error), "%s", r->str);
                pthread_mutex_unlock(&c->mu);
                errs++;
            }
            freeReplyObject(reply);
            reply = NULL;
            got++;
        }
        if (rr->err)
            die("reply parser", rr->errstr);
        pthread_mutex_lock(&c->mu);
        c->answered += got;
        c->errors += errs;
        c->last_reply_ns = now_ns();
        pthread_cond_broadcast(&c->cond);
        pthread_mutex_unlock(&c->mu);
    }
    redisReaderFree(rr);
    return NULL;
}

static int connect_local(int port)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
    struct timeval tv = {1, 0};

    if (fd < 0)
        die("socket", strerror(errno));
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
        die("connect", strerror(errno));
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    /* Reads wake up at least every second, so the reader sees the drain limit. */
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    return fd;
}

static void usage(void)
{
    fprintf(stderr, "usage: redis_load [--port 6379] [--connections 1] [--streams 8] "
                    "[--size 1024] [--seconds 10] [--window 5000] [--maxlen 100000]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {
        {"port", required_argument, NULL, 'p'},    {"connections", required_argument, NULL, 'n'},
        {"streams", required_argument, NULL, 'S'}, {"size", required_argument, NULL, 's'},
        {"seconds", required_argument, NULL, 't'}, {"window", required_argument, NULL, 'w'},
        {"maxlen", required_argument, NULL, 'm'},  {NULL, 0, NULL, 0},
    };
    uint64_t acked = 0, errors = 0, last = 0, sent = 0;
    conn_t *conns;
    char *payload;
    double secs;
    int c, failed = 0;

    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'p':
            g_cfg.port = atoi(optarg);
            break;
        case 'n':
            g_cfg.connections = atoi(optarg);
            break;
        case 'S':
            g_cfg.streams = atoi(optarg);
            break;
        case 's':
            g_cfg.size = (size_t)strtoul(optarg, NULL, 10);
            break;
        case 't':
            g_cfg.seconds = atof(optarg);
            break;
        case 'w':
            g_cfg.window = (unsigned)strtoul(optarg, NULL, 10);
            break;
        case 'm':
            g_cfg.maxlen = (unsigned)strtoul(optarg, NULL, 10);
            break;
        default:
            usage();
        }
    }
    if (optind != argc || g_cfg.port < 1 || g_cfg.port > 65535 || g_cfg.connections < 1 ||
        g_cfg.connections > 64 || g_cfg.streams < 1 || g_cfg.streams > 1024 || g_cfg.size < 1 ||
        g_cfg.size > (1u << 20) || g_cfg.seconds <= 0 || g_cfg.seconds > 3600 ||
        g_cfg.window < CHUNK)
        usage();

    payload = malloc(g_cfg.size);
    g_cmds = calloc((size_t)g_cfg.streams, sizeof(char *));
    g_cmd_len = calloc((size_t)g_cfg.streams, sizeof(size_t));
    conns = calloc((size_t)g_cfg.connections, sizeof(conn_t));
    if (!payload || !g_cmds || !g_cmd_len || !conns)
        die("out of memory", "setup");
    for (size_t i = 0; i < g_cfg.size; i++)
        payload[i] = (char)('a' + (i * 7 + i / 26) % 26);
    for (int s = 0; s < g_cfg.streams; s++) {
        char name[32], maxlen[16];
        snprintf(name, sizeof(name), "bench-%d", s);
        snprintf(maxlen, sizeof(maxlen), "%u", g_cfg.maxlen);
        const char *argv_[] = {"XADD", name, "MAXLEN", "~", maxlen, "*", "d", payload};
        size_t lens[] = {4, strlen(name), 6, 1, strlen(maxlen), 1, 1, g_cfg.size};
        int n = redisFormatCommandArgv(&g_cmds[s], 8, argv_, lens);
        if (n < 0)
            die("redisFormatCommandArgv", "failed");
        g_cmd_len[s] = (size_t)n;
    }

    for (int i = 0; i < g_cfg.connections; i++) {
        conns[i].fd = connect_local(g_cfg.port);
        pthread_mutex_init(&conns[i].mu, NULL);
        pthread_cond_init(&conns[i].cond, NULL);
    }
    g_start_ns = now_ns();
    g_deadline_ns = g_start_ns + (uint64_t)(g_cfg.seconds * 1e9);
    for (int i = 0; i < g_cfg.connections; i++) {
        pthread_create(&conns[i].reader, NULL, reader_main, &conns[i]);
        pthread_create(&conns[i].sender, NULL, sender_main, &conns[i]);
    }
    for (int i = 0; i < g_cfg.connections; i++) {
        conn_t *cn = &conns[i];
        pthread_join(cn->sender, NULL);
        pthread_join(cn->reader, NULL);
        acked += cn->answered - cn->errors;
        errors += cn->errors;
        sent += cn->sent;
        if (cn->last_reply_ns > last)
            last = cn->last_reply_ns;
        if (cn->failed || cn->errors || cn->answered != cn->sent) {
            failed = 1;
            fprintf(stderr,
                    "redis_load: connection %d: sent %" PRIu64 " answered %" PRIu64
                    " errors %" PRIu64 ": %s\n",
                    i, cn->sent, cn->answered, cn->errors,
                    cn->first_error[0] ? cn->first_error : "unanswered commands");
        }
        close(cn->fd);
        pthread_mutex_destroy(&cn->mu);
        pthread_cond_destroy(&cn->cond);
    }
    secs = last > g_start_ns ? (double)(last - g_start_ns) / 1e9 : 0;
    printf("redis_load connections=%d streams=%d size=%zu window=%u seconds=%.2f sent=%" PRIu64
           " acked=%" PRIu64 " errors=%" PRIu64 " throughput_mb_s=%.2f msgs_s=%.0f\n",
           g_cfg.connections, g_cfg.streams, g_cfg.size, g_cfg.window, secs, sent, acked, errors,
           secs > 0 ? (double)acked * (double)g_cfg.size / 1e6 / secs : 0,
           secs > 0 ? (double)acked / secs : 0);
    for (int s = 0; s < g_cfg.streams; s++)
        redisFreeCommand(g_cmds[s]);
    free(g_cmds);
    free(g_cmd_len);
    free(conns);
    free(payload);
    return failed || acked == 0 ? 1 : 0;
}
