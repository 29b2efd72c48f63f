/*
 * kill -9 test for src/storage/wal/: a child process appends continuously from several threads
 * and reports every append completed durable (lsn, partition, seed) on a pipe; the parent
 * SIGKILLs it at a random moment, reopens the WAL and checks that every reported append is
 * present and intact, that nothing corrupt is exposed, and that appends continue. Many rounds
 * run on the same directory, so recovery after recovery (and kills during recovery) happen.
 *
 * The random seed is printed; RMQ_WAL_CRASH_SEED=<n> replays a run's schedule.
 */
#include <setjmp.h>
#include <cmocka.h>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>

#include "storage/wal/wal.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

#define ROUNDS      50
#define BUDGET_MS   60000
#define MIN_ROUNDS  10
#define THREADS     3
#define WINDOW      8 /* appends in flight per child thread */
#define MAX_PAYLOAD 2000
#define KEEP_FRAMES 3000 /* the parent trims below next_lsn - KEEP_FRAMES */

static char dir[64];

static int setup(void **state)
{
    (void)state;
    rmq_strlcpy(dir, "/tmp/rmq-walc-XXXXXX", sizeof(dir));
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

/* ---- payloads: self-describing, so any frame can be checked on its own ------------------- */

static size_t payload_len(uint64_t seed)
{
    return 8 + (size_t)((seed * 2654435761u) % (MAX_PAYLOAD + 1));
}

static void make_payload(uint8_t *p, uint64_t seed)
{
    size_t n = payload_len(seed);
    uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(seed >> (8 * i));
    for (size_t i = 8; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        p[i] = (uint8_t)x;
    }
}

static uint64_t part_of(uint64_t seed)
{
    return seed % 11;
}

static rmq_wal_opts_t wal_opts(void)
{
    rmq_wal_opts_t o;
    rmq_wal_opts_init(&o);
    o.dir = dir;
    o.segment_size_bytes = 256 << 10;
    o.buffer_size = 256 << 10;
    return o;
}

/* ---- child --------------------------------------------------------------------------------- */

typedef struct rec {
    uint64_t lsn;
    uint64_t part;
    uint64_t seed;
} rec_t;

typedef struct child_thread {
    rmq_wal_t *wal;
    int fd;
    int t;
    uint64_t round;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int inflight;
} child_thread_t;

typedef struct child_op {
    child_thread_t *ct;
    uint64_t seed;
} child_op_t;

static void child_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    child_op_t *op = opaque;
    child_thread_t *ct = op->ct;
    (void)pos;
    if (status == 0) {
        rec_t r = {lsn, part_of(op->seed), op->seed};
        ssize_t n;
        do {
            n = write(ct->fd, &r, sizeof(r)); /* < PIPE_BUF: atomic */
        } while (n < 0 && errno == EINTR);
    }
    free(op);
    pthread_mutex_lock(&ct->mu);
    ct->inflight--;
    pthread_cond_signal(&ct->cv);
    pthread_mutex_unlock(&ct->mu);
}

static void *child_thread_main(void *arg)
{
    child_thread_t *ct = arg;
    uint8_t *buf = rmq_malloc(MAX_PAYLOAD + 8);
    /* Bounded: the parent kills us long before this runs out. */
    for (uint64_t k = 0; k < 10000000; k++) {
        uint64_t seed = ct->round << 40 | (uint64_t)ct->t << 32 | k;
        child_op_t *op = rmq_malloc(sizeof(*op));
        pthread_mutex_lock(&ct->mu);
        while (ct->inflight >= WINDOW)
            pthread_cond_wait(&ct->cv, &ct->mu);
        ct->inflight++;
        pthread_mutex_unlock(&ct->mu);
        op->ct = ct;
        op->seed = seed;
        make_payload(buf, seed);
        if (rmq_wal_append(ct->wal, part_of(seed), buf, payload_len(seed), child_done, op) != 0)
            _exit(4);
    }
    free(buf);
    return NULL;
}

static void child_main(uint64_t round, int fd)
{
    rmq_wal_opts_t o = wal_opts();
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    static child_thread_t ct[THREADS];
    pthread_t th[THREADS];

    if (rmq_wal_open(&o, &wal, &err) != 0) {
        dprintf(2, "child: open failed: %s\n", err.msg);
        _exit(3);
    }
    for (int t = 0; t < THREADS; t++) {
        ct[t].wal = wal;
        ct[t].fd = fd;
        ct[t].t = t;
        ct[t].round = round;
        pthread_mutex_init(&ct[t].mu, NULL);
        pthread_cond_init(&ct[t].cv, NULL);
        pthread_create(&th[t], NULL, child_thread_main, &ct[t]);
    }
    rmq_sleep_ms(30000);
    _exit(2);
}

/* ---- parent -------------------------------------------------------------------------------- */

typedef struct recs {
    rec_t *v;
    size_t n, cap;
} recs_t;

static void recs_push(recs_t *rs, const rec_t *r)
{
    if (rs->n == rs->cap) {
        rs->cap = rs->cap ? rs->cap * 2 : 4096;
        rs->v = rmq_realloc(rs->v, rs->cap * sizeof(*rs->v));
    }
    rs->v[rs->n++] = *r;
}

typedef struct scan {
    uint64_t first_lsn;
    uint64_t *seeds; /* by lsn - first_lsn */
    size_t n, cap;
    int bad;
    char why[160];
} scan_t;

static int scan_cb(void *opaque, uint64_t lsn, uint64_t part, const uint8_t *data, size_t len,
                   const rmq_wal_pos_t *pos)
{
    scan_t *s = opaque;
    static uint8_t want[MAX_PAYLOAD + 8];
    uint64_t seed = 0;
    (void)pos;
    if (s->n == 0)
        s->first_lsn = lsn;
    if (lsn != s->first_lsn + s->n) {
        s->bad = 1;
        snprintf(s->why, sizeof(s->why), "lsn %" PRIu64 " out of sequence", lsn);
        return 1;
    }
    if (len < 8) {
        s->bad = 1;
        snprintf(s->why, sizeof(s->why), "lsn %" PRIu64 ": short payload", lsn);
        return 1;
    }
    for (int i = 0; i < 8; i++)
        seed |= (uint64_t)data[i] << (8 * i);
    make_payload(want, seed);
    if (len != payload_len(seed) || part != part_of(seed) || memcmp(data, want, len) != 0) {
        s->bad = 1;
        snprintf(s->why, sizeof(s->why), "lsn %" PRIu64 ": payload does not match its seed", lsn);
        return 1;
    }
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4096;
        s->seeds = rmq_realloc(s->seeds, s->cap * sizeof(*s->seeds));
    }
    s->seeds[s->n++] = seed;
    return 0;
}

/* Reads whole records from fd until EOF or the deadline (0 = until EOF). */
static void drain(int fd, recs_t *rs, uint8_t *carry, size_t *carry_len, uint64_t deadline_ms)
{
    for (;;) {
        uint8_t buf[4096];
        struct pollfd pfd = {fd, POLLIN, 0};
        int timeout = -1;
        if (deadline_ms) {
            uint64_t now = rmq_mono_ms();
            if (now >= deadline_ms)
                return;
            timeout = (int)(deadline_ms - now);
        }
        int pr = poll(&pfd, 1, timeout);
        if (pr < 0 && errno == EINTR)
            continue;
        assert_true(pr >= 0);
        if (pr == 0)
            return;
        ssize_t n = read(fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        assert_true(n >= 0);
        if (n == 0)
            return;
        for (ssize_t i = 0; i < n; i++) {
            carry[(*carry_len)++] = buf[i];
            if (*carry_len == sizeof(rec_t)) {
                rec_t r;
                memcpy(&r, carry, sizeof(r));
                recs_push(rs, &r);
                *carry_len = 0;
            }
        }
    }
}

static void test_kill9_rounds(void **state)
{
    recs_t durable = {NULL, 0, 0};
    uint64_t trim_bound = 0, t0 = rmq_mono_ms();
    unsigned seed = (unsigned)time(NULL);
    const char *env = getenv("RMQ_WAL_CRASH_SEED");
    int rounds = 0, killed_in_open = 0;
    uint64_t max_lsn_seen = 0;
    (void)state;

    if (env)
        seed = (unsigned)strtoul(env, NULL, 10);
    print_message("kill -9 test: seed %u (RMQ_WAL_CRASH_SEED to replay)\n", seed);
    srand(seed);

    for (int round = 1; round <= ROUNDS; round++) {
        int p[2];
        pid_t pid;
        int wst;
        size_t before = durable.n;
        uint8_t carry[sizeof(rec_t)];
        size_t carry_len = 0;

        if (round > MIN_ROUNDS && rmq_mono_ms() - t0 > BUDGET_MS)
            break;
        assert_int_equal(pipe(p), 0);
        pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            close(p[0]);
            child_main((uint64_t)round, p[1]);
            _exit(5);
        }
        close(p[1]);
        /* Mostly mid-append; sometimes very early, during the child's recovery. */
        uint64_t delay = (rand() % 8 == 0) ? (uint64_t)(rand() % 5) : 20 + (uint64_t)(rand() % 400);
        drain(p[0], &durable, carry, &carry_len, rmq_mono_ms() + delay);
        assert_int_equal(kill(pid, SIGKILL), 0);
        drain(p[0], &durable, carry, &carry_len, 0);
        close(p[0]);
        assert_int_equal(waitpid(pid, &wst, 0), pid);
        if (!(WIFSIGNALED(wst) && WTERMSIG(wst) == SIGKILL))
            fail_msg("round %d: child exited on its own (status 0x%x)", round, wst);
        if (durable.n == before)
            killed_in_open++;

        /* Reopen, replay and check everything. */
        rmq_wal_opts_t o = wal_opts();
        rmq_wal_t *wal = NULL;
        rmq_err_t err;
        rmq_wal_stats_t st;
        scan_t s;
        rmq_err_clear(&err);
        int rc = rmq_wal_open(&o, &wal, &err);
        if (rc != 0)
            fail_msg("round %d: reopen failed: %s", round, err.msg);
        memset(&s, 0, sizeof(s));
        rc = rmq_wal_replay(wal, 0, scan_cb, &s, &err);
        if (rc != 0 || s.bad)
            fail_msg("round %d: replay rc %d: %s %s", round, rc, err.msg, s.why);
        rmq_wal_stats(wal, &st);
        if (s.n == 0)
            s.first_lsn = st.next_lsn;
        assert_int_equal(st.next_lsn, s.first_lsn + s.n);
        assert_true(s.first_lsn <= (trim_bound ? trim_bound : 1));
        for (size_t i = 0; i < durable.n; i++) {
            const rec_t *r = &durable.v[i];
            if (r->lsn > max_lsn_seen)
                max_lsn_seen = r->lsn;
            if (r->lsn < s.first_lsn)
                continue; /* trimmed by an earlier round */
            if (r->lsn >= s.first_lsn + s.n)
                fail_msg("round %d: lsn %" PRIu64 " was reported durable but is lost (log "
                         "ends at %" PRIu64 ")",
                         round, r->lsn, s.first_lsn + s.n - 1);
            if (s.seeds[r->lsn - s.first_lsn] != r->seed)
                fail_msg("round %d: lsn %" PRIu64 " holds seed %" PRIx64 ", reported %" PRIx64,
                         round, r->lsn, s.seeds[r->lsn - s.first_lsn], r->seed);
        }

        /* Appends continue after recovery. */
        for (uint64_t i = 0; i < 3; i++) {
            uint64_t sd = (uint64_t)round << 40 | 0xffull << 32 | i;
            uint8_t buf[MAX_PAYLOAD + 8];
            rec_t r;
            make_payload(buf, sd);
            assert_int_equal(
                rmq_wal_append_sync(wal, part_of(sd), buf, payload_len(sd), &r.lsn, NULL), 0);
            assert_int_equal(r.lsn, st.next_lsn + i);
            r.part = part_of(sd);
            r.seed = sd;
            recs_push(&durable, &r);
        }
        if (st.next_lsn > KEEP_FRAMES) {
            uint64_t bound = st.next_lsn - KEEP_FRAMES;
            assert_true(rmq_wal_trim(wal, bound) >= 0);
            if (bound > trim_bound)
                trim_bound = bound;
        }
        rmq_wal_close(wal);
        free(s.seeds);
        rounds++;
    }
    print_message("kill -9 test: %d rounds, %zu durable appends reported, highest lsn %" PRIu64
                  ", %d kills before the first completion, %" PRIu64 " ms\n",
                  rounds, durable.n, max_lsn_seen, killed_in_open, rmq_mono_ms() - t0);
    assert_true(rounds >= MIN_ROUNDS);
    assert_true(durable.n > (size_t)rounds * 3); /* the children did append */
    free(durable.v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_kill9_rounds, setup, teardown),
    };
    rmq_log_set_level(RMQ_LOG_OFF);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
