/*
 * Fault-injection tests for src/storage/wal/: every I/O point of a workload, in turn, fails or
 * is cut short (a torn write); then the WAL is reopened without faults and must hold every
 * append whose completion reported success, intact and in order, expose nothing that was not
 * appended, and keep working across another reopen.
 *
 * The trim keeps its segments as spare files and the appends after it reuse them, so the
 * renames of segment recycling are faulted too.
 *
 * The workload starts from a copy of a small base log whose tail holds garbage, so recovery's
 * own I/O points (open, truncate, fsync) are faulted too. In FSYNC_GROUP mode a "power loss"
 * variant also throws away, at the end of each run, everything written after the last
 * completed fsync (the directory is snapshotted at the first I/O after each fsync that really
 * ran, and after the run when the last I/O was one), which catches completions reported before
 * their data was synced.
 */
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>

#include "storage/wal/wal.h"
#include "storage/wal/wal_int.h"
#include "common/log.h"
#include "common/mem.h"

#define BASE_FRAMES  12
#define WORK_APPENDS 30
#define MAX_LEN      300
#define MAX_POINTS   220 /* bound on the fault points tried per variant */

static char root[64];
static char base_dir[128];
static char run_dir[128];
static char snap_dir[128];

/* ---- files -------------------------------------------------------------------------------- */

static void rm_files(const char *d)
{
    DIR *dp = opendir(d);
    struct dirent *de;
    char p[320];
    if (!dp)
        return;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(p, sizeof(p), "%s/%s", d, de->d_name);
        unlink(p);
    }
    closedir(dp);
}

static void copy_dir(const char *from, const char *to)
{
    DIR *dp;
    struct dirent *de;
    char p[320], q[320];
    static uint8_t buf[1 << 16];

    mkdir(to, 0755);
    rm_files(to);
    dp = opendir(from);
    assert_non_null(dp);
    while ((de = readdir(dp)) != NULL) {
        ssize_t n;
        int in, out;
        if (de->d_name[0] == '.')
            continue;
        snprintf(p, sizeof(p), "%s/%s", from, de->d_name);
        snprintf(q, sizeof(q), "%s/%s", to, de->d_name);
        in = open(p, O_RDONLY);
        if (in < 0)
            continue; /* deleted meanwhile (a trim): fine, it was being removed */
        out = open(q, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        assert_true(out >= 0);
        while ((n = read(in, buf, sizeof(buf))) > 0)
            assert_int_equal(write(out, buf, (size_t)n), n);
        close(in);
        close(out);
    }
    closedir(dp);
}

static int setup(void **state)
{
    (void)state;
    rmq_strlcpy(root, "/tmp/rmq-walf-XXXXXX", sizeof(root));
    if (!mkdtemp(root))
        return -1;
    snprintf(base_dir, sizeof(base_dir), "%s/base", root);
    snprintf(run_dir, sizeof(run_dir), "%s/run", root);
    snprintf(snap_dir, sizeof(snap_dir), "%s/snap", root);
    return 0;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
    return system(cmd);
}

/* ---- payloads ----------------------------------------------------------------------------- */

static void fill(uint8_t *p, size_t n, uint64_t seed)
{
    uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        p[i] = (uint8_t)x;
    }
}

static size_t len_for(uint64_t seed)
{
    return (size_t)((seed * 2654435761u) % (MAX_LEN + 1));
}

static uint64_t base_seed(uint64_t i)
{
    return 1000 + i;
}

static uint64_t work_seed(uint64_t k)
{
    return 2000 + k;
}

/* ---- fault hook --------------------------------------------------------------------------- */

typedef struct inj {
    pthread_mutex_t mu;
    int kind;    /* 0 count only, 1 fail the Nth op, 2 cut the Nth write */
    int target;  /* N */
    int calls;   /* ops seen */
    int writes;  /* write ops seen */
    int renames; /* rename ops seen (trim to spare, spare to new segment) */
    int fired;
    rmq_wal_io_op_t fired_op;
    int powerloss; /* snapshot after every fsync */
    int prev_fsync;
    int have_snap;
} inj_t;

static long inj_hook(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    inj_t *f = opaque;
    long ret = 0;

    pthread_mutex_lock(&f->mu);
    f->calls++;
    if (op == RMQ_WAL_OP_WRITE)
        f->writes++;
    if (op == RMQ_WAL_OP_RENAME)
        f->renames++;
    if (f->powerloss && f->prev_fsync) {
        /* Everything up to the last fsync is durable: remember exactly that state. */
        copy_dir(run_dir, snap_dir);
        f->have_snap = 1;
    }
    f->prev_fsync = 0;
    if (!f->fired) {
        if (f->kind == 1 && f->calls == f->target) {
            f->fired = 1;
            f->fired_op = op;
            ret = op == RMQ_WAL_OP_WRITE ? -ENOSPC : -EIO;
        } else if (f->kind == 2 && op == RMQ_WAL_OP_WRITE && f->writes == (f->target + 2) / 3) {
            /* Targets 3w-2, 3w-1, 3w tear write w after 1 byte, in the middle, or one byte
             * short of its end. */
            int choice = (f->target + 2) % 3;
            f->fired = 1;
            f->fired_op = op;
            if (len <= 1)
                ret = -EIO;
            else if (choice == 0)
                ret = 1;
            else if (choice == 1)
                ret = (long)(len / 2);
            else
                ret = (long)(len - 1);
        }
    }
    /* Only a sync that will really run makes the state durable. */
    f->prev_fsync = op == RMQ_WAL_OP_FSYNC && ret == 0;
    pthread_mutex_unlock(&f->mu);
    return ret;
}

/* ---- workload ----------------------------------------------------------------------------- */

typedef struct outcome {
    int accepted; /* appends that got an LSN (their done was or will be called) */
    int status[WORK_APPENDS];
    uint64_t lsn[WORK_APPENDS];
    int done[WORK_APPENDS];
    int open_failed;
    int trimmed;     /* trim ran */
    int trim_failed; /* and returned an error */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int pending;
} outcome_t;

typedef struct slot {
    outcome_t *o;
    int k;
} slot_t;

static slot_t slots[WORK_APPENDS];

static void work_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    slot_t *s = opaque;
    outcome_t *o = s->o;
    pthread_mutex_lock(&o->mu);
    o->status[s->k] = status;
    o->lsn[s->k] = lsn;
    o->done[s->k]++;
    if (status == 0 && !pos)
        o->status[s->k] = 12345; /* success without a position: a bug */
    o->pending--;
    pthread_cond_broadcast(&o->cv);
    pthread_mutex_unlock(&o->mu);
}

static int append_one(rmq_wal_t *wal, outcome_t *o, int k)
{
    uint8_t buf[MAX_LEN];
    uint64_t seed = work_seed((uint64_t)k);
    size_t n = len_for(seed);
    int rc;
    fill(buf, n, seed);
    slots[k].o = o;
    slots[k].k = k;
    pthread_mutex_lock(&o->mu);
    o->pending++;
    pthread_mutex_unlock(&o->mu);
    rc = rmq_wal_append(wal, seed % 5, buf, n, work_done, &slots[k]);
    if (rc != 0) {
        pthread_mutex_lock(&o->mu);
        o->pending--;
        o->status[k] = rc;
        pthread_mutex_unlock(&o->mu);
        /* Refused appends never get an LSN; after the first refusal all are refused. */
        assert_true(rc == RMQ_EIO);
        return rc;
    }
    o->accepted++;
    return 0;
}

static void wait_all(outcome_t *o)
{
    pthread_mutex_lock(&o->mu);
    while (o->pending > 0)
        pthread_cond_wait(&o->cv, &o->mu);
    pthread_mutex_unlock(&o->mu);
}

static rmq_wal_io_backend_t g_backend = RMQ_WAL_IO_PWRITE;

static rmq_wal_opts_t run_opts(rmq_wal_fsync_t mode, inj_t *f)
{
    rmq_wal_opts_t o;
    rmq_wal_opts_init(&o);
    o.dir = run_dir;
    o.segment_size_bytes = 1024;
    o.buffer_size = 2048;
    o.fsync_mode = mode;
    o.flush_interval_ms = 60000; /* syncs only at rolls and close: deterministic I/O points */
    o.io_backend = g_backend;
    o.fault = f ? inj_hook : NULL;
    o.fault_opaque = f;
    return o;
}

/* Opens the WAL in run_dir (a fresh copy of base) and runs the workload. */
static void run_workload(rmq_wal_fsync_t mode, inj_t *f, outcome_t *out)
{
    rmq_wal_opts_t o = run_opts(mode, f);
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    int k = 0, refused = 0;

    memset(out->status, 0, sizeof(out->status));
    memset(out->lsn, 0, sizeof(out->lsn));
    memset(out->done, 0, sizeof(out->done));
    out->accepted = 0;
    out->open_failed = 0;
    out->trimmed = 0;
    out->trim_failed = 0;
    out->pending = 0;
    if (rmq_wal_open(&o, &wal, &err) != 0) {
        out->open_failed = 1;
        return;
    }
    /* 10 appends one at a time, 10 in a burst (grouped), trim, 10 more one at a time. */
    for (; k < 10 && !refused; k++) {
        refused = append_one(wal, out, k) != 0;
        wait_all(out);
    }
    for (; k < 20 && !refused; k++)
        refused = append_one(wal, out, k) != 0;
    wait_all(out);
    if (!refused) {
        /* A failed trim (its directory fsync faulted) may still have deleted some. */
        out->trimmed = 1;
        out->trim_failed = rmq_wal_trim(wal, BASE_FRAMES + 10) < 0;
    }
    for (; k < WORK_APPENDS && !refused; k++) {
        refused = append_one(wal, out, k) != 0;
        wait_all(out);
    }
    rmq_wal_close(wal);
    for (int i = 0; i < out->accepted; i++)
        assert_int_equal(out->done[i], 1); /* exactly once, before close returned */
}

/* ---- verification ------------------------------------------------------------------------- */

typedef struct check {
    uint64_t last_lsn;
    uint64_t first_lsn;
    uint64_t max_lsn; /* highest LSN ever assigned */
    size_t n;
    int bad;
    char why[160];
} check_t;

/* LSN -> the seed that must be there: base frames first, then the accepted appends. */
static int seed_for_lsn(uint64_t lsn, uint64_t *seed)
{
    if (lsn >= 1 && lsn <= BASE_FRAMES) {
        *seed = base_seed(lsn - 1);
        return 0;
    }
    if (lsn > BASE_FRAMES && lsn <= BASE_FRAMES + WORK_APPENDS) {
        *seed = work_seed(lsn - BASE_FRAMES - 1);
        return 0;
    }
    return -1;
}

static int check_cb(void *opaque, uint64_t lsn, uint64_t part, const uint8_t *data, size_t len,
                    const rmq_wal_pos_t *pos)
{
    check_t *c = opaque;
    uint8_t want[MAX_LEN];
    uint64_t seed;
    (void)pos;
    if (c->n == 0)
        c->first_lsn = lsn;
    else if (lsn != c->last_lsn + 1) {
        c->bad = 1;
        snprintf(c->why, sizeof(c->why), "lsn %" PRIu64 " after %" PRIu64, lsn, c->last_lsn);
        return 1;
    }
    c->last_lsn = lsn;
    c->n++;
    if (lsn > c->max_lsn || seed_for_lsn(lsn, &seed) < 0) {
        c->bad = 1;
        snprintf(c->why, sizeof(c->why), "lsn %" PRIu64 " was never appended", lsn);
        return 1;
    }
    fill(want, len_for(seed), seed);
    if (part != seed % 5 || len != len_for(seed) || memcmp(data, want, len) != 0) {
        c->bad = 1;
        snprintf(c->why, sizeof(c->why), "lsn %" PRIu64 " holds the wrong bytes", lsn);
        return 1;
    }
    return 0;
}

static void verify(rmq_wal_fsync_t mode, const outcome_t *out, const char *variant, int n)
{
    rmq_wal_opts_t o = run_opts(mode, NULL);
    rmq_wal_t *wal = NULL;
    rmq_wal_stats_t st;
    rmq_err_t err;
    check_t c;
    int rc;

    rmq_err_clear(&err);
    rc = rmq_wal_open(&o, &wal, &err);
    if (rc != 0)
        fail_msg("%s N=%d: reopen failed: %s", variant, n, err.msg);
    memset(&c, 0, sizeof(c));
    c.max_lsn = BASE_FRAMES + (uint64_t)out->accepted;
    rc = rmq_wal_replay(wal, 0, check_cb, &c, &err);
    if (rc != 0 || c.bad)
        fail_msg("%s N=%d: replay: rc %d %s %s", variant, n, rc, err.msg, c.why);
    rmq_wal_stats(wal, &st);
    if (c.n == 0) {
        c.first_lsn = st.next_lsn;
        c.last_lsn = st.next_lsn - 1;
    }
    if (st.next_lsn != c.last_lsn + 1)
        fail_msg("%s N=%d: next lsn %" PRIu64 " after last %" PRIu64, variant, n, st.next_lsn,
                 c.last_lsn);
    /* Trim removes only segments wholly below its bound. */
    if (c.first_lsn > (out->trimmed ? BASE_FRAMES + 10 : 1))
        fail_msg("%s N=%d: log starts at lsn %" PRIu64, variant, n, c.first_lsn);
    /* The base log was durable before the run. */
    if (c.last_lsn < BASE_FRAMES)
        fail_msg("%s N=%d: base frames lost (last lsn %" PRIu64 ")", variant, n, c.last_lsn);
    /* Every append reported durable is there (replay already checked its bytes). */
    for (int k = 0; k < out->accepted; k++) {
        uint64_t want_lsn = BASE_FRAMES + (uint64_t)k + 1;
        if (out->status[k] != 0)
            continue;
        if (out->lsn[k] != want_lsn)
            fail_msg("%s N=%d: append %d got lsn %" PRIu64 ", expected %" PRIu64, variant, n, k,
                     out->lsn[k], want_lsn);
        if (want_lsn > c.last_lsn)
            fail_msg("%s N=%d: append %d (lsn %" PRIu64 ") reported durable but lost (log ends "
                     "at %" PRIu64 ")",
                     variant, n, k, want_lsn, c.last_lsn);
    }

    /* Appends work afterwards and survive another reopen. */
    {
        uint64_t next = st.next_lsn;
        uint8_t buf[64];
        uint64_t lsn;
        memset(buf, 0xab, sizeof(buf));
        for (int i = 0; i < 5; i++) {
            assert_int_equal(rmq_wal_append_sync(wal, 99, buf, sizeof(buf), &lsn, NULL), 0);
            assert_int_equal(lsn, next + (uint64_t)i);
        }
        rmq_wal_close(wal);
        wal = NULL;
        assert_int_equal(rmq_wal_open(&o, &wal, &err), 0);
        rmq_wal_stats(wal, &st);
        assert_int_equal(st.next_lsn, next + 5);
        rmq_wal_close(wal);
    }
}

/* ---- driver ------------------------------------------------------------------------------- */

static void build_base(void)
{
    rmq_wal_opts_t o = run_opts(RMQ_WAL_FSYNC_GROUP, NULL);
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    rmq_wal_stats_t st;
    rmq_wal_pos_t pos;
    uint8_t buf[MAX_LEN];
    char name[WAL_SEG_NAME_SIZE], p[320];

    o.dir = base_dir;
    assert_int_equal(rmq_wal_open(&o, &wal, &err), 0);
    for (uint64_t i = 0; i < BASE_FRAMES; i++) {
        uint64_t seed = base_seed(i);
        fill(buf, len_for(seed), seed);
        assert_int_equal(rmq_wal_append_sync(wal, seed % 5, buf, len_for(seed), NULL, &pos), 0);
    }
    rmq_wal_stats(wal, &st);
    assert_true(st.segments >= 2);
    rmq_wal_close(wal);
    /* Garbage after the last frame: every recovery must truncate it (more I/O points). */
    rmq_wal_seg_name(pos.segment_id, name);
    snprintf(p, sizeof(p), "%s/%s", base_dir, name);
    int fd = open(p, O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, "garbage!", 8, (off_t)(pos.offset + WAL_FRAME_HDR_SIZE + pos.len)),
                     8);
    close(fd);
}

typedef struct variant {
    const char *name;
    rmq_wal_fsync_t mode;
    int kind;
    int powerloss;
    rmq_wal_io_backend_t backend;
} variant_t;

static void run_variant(const variant_t *v)
{
    static outcome_t out;
    inj_t f;
    int total, points = 0, fired = 0;

    g_backend = v->backend;
    pthread_mutex_init(&out.mu, NULL);
    pthread_cond_init(&out.cv, NULL);
    memset(&f, 0, sizeof(f));
    pthread_mutex_init(&f.mu, NULL);

    /* Count the I/O points of a clean run. */
    copy_dir(base_dir, run_dir);
    run_workload(v->mode, &f, &out);
    assert_false(out.open_failed);
    assert_int_equal(out.accepted, WORK_APPENDS);
    for (int k = 0; k < WORK_APPENDS; k++)
        assert_int_equal(out.status[k], 0);
    verify(v->mode, &out, v->name, 0);
    total = v->kind == 2 ? 3 * f.writes : f.calls;
    assert_true(total > 20);
    /* The trim keeps its segments as spares and later rolls reuse them: both renames are
     * among the points faulted below. */
    if (f.renames < 3)
        fail_msg("%s: only %d rename(s) in the workload", v->name, f.renames);
    assert_true(total <= MAX_POINTS); /* every point gets its turn */

    for (int n = 1; n <= total + 2 && n <= MAX_POINTS; n++) {
        memset(&f, 0, sizeof(f));
        pthread_mutex_init(&f.mu, NULL);
        f.kind = v->kind;
        f.target = n;
        f.powerloss = v->powerloss;
        copy_dir(base_dir, run_dir);
        copy_dir(base_dir, snap_dir);
        run_workload(v->mode, &f, &out);
        if (f.fired) {
            fired++;
            /* The failed caller saw an error; no append after it was reported durable. */
            /* After a failed append the WAL is read-only: no later append may succeed.
             * (A failed trim leaves it writable.) */
            int append_err = 0;
            for (int k = 0; k < out.accepted; k++) {
                if (out.status[k] != 0)
                    append_err = 1;
                else if (append_err)
                    fail_msg("%s N=%d: append %d succeeded after a failure", v->name, n, k);
            }
            /* The fault reached someone: open, trim or an append. Only a sync at close in
             * INTERVAL mode has no caller left to tell. */
            if (!(out.open_failed || out.trim_failed || append_err) &&
                v->mode != RMQ_WAL_FSYNC_INTERVAL)
                fail_msg("%s N=%d: fault fired (op %d) but nobody saw an error", v->name, n,
                         (int)f.fired_op);
        }
        if (v->powerloss) {
            /* The machine dies after the run: what was not synced is lost. */
            if (f.prev_fsync)
                copy_dir(run_dir, snap_dir); /* the last op was a completed sync */
            copy_dir(snap_dir, run_dir);
        }
        verify(v->mode, &out, v->name, n);
        points++;
    }
    print_message("%s: %d I/O points in the workload, %d runs, %d faults fired\n", v->name, total,
                  points, fired);
    /* Group composition can vary a little between runs, so the count may too. */
    assert_true(fired >= (total < MAX_POINTS ? total : MAX_POINTS) * 3 / 4);
}

static void test_group_fail(void **state)
{
    variant_t v = {"group/fail", RMQ_WAL_FSYNC_GROUP, 1, 0, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

static void test_group_fail_powerloss(void **state)
{
    variant_t v = {"group/fail+powerloss", RMQ_WAL_FSYNC_GROUP, 1, 1, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

static void test_group_cut(void **state)
{
    variant_t v = {"group/cut", RMQ_WAL_FSYNC_GROUP, 2, 0, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

static void test_group_cut_powerloss(void **state)
{
    variant_t v = {"group/cut+powerloss", RMQ_WAL_FSYNC_GROUP, 2, 1, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

static void test_interval_fail(void **state)
{
    variant_t v = {"interval/fail", RMQ_WAL_FSYNC_INTERVAL, 1, 0, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

static void test_interval_cut(void **state)
{
    variant_t v = {"interval/cut", RMQ_WAL_FSYNC_INTERVAL, 2, 0, RMQ_WAL_IO_PWRITE};
    (void)state;
    build_base();
    run_variant(&v);
}

#ifdef RMQ_HAVE_IO_URING
/* The same with the io_uring backend (a write linked to its fdatasync). */
static int uring_usable(void)
{
    rmq_wal_opts_t o = run_opts(RMQ_WAL_FSYNC_GROUP, NULL);
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    o.io_backend = RMQ_WAL_IO_URING;
    if (rmq_wal_open(&o, &wal, &err) != 0)
        return 0;
    rmq_wal_close(wal);
    return 1;
}

static void test_uring_group_cut_powerloss(void **state)
{
    variant_t v = {"io_uring/group/cut+powerloss", RMQ_WAL_FSYNC_GROUP, 2, 1, RMQ_WAL_IO_URING};
    (void)state;
    if (!uring_usable()) {
        print_message("io_uring refused by the kernel here: skipped\n");
        skip();
    }
    build_base();
    run_variant(&v);
}

static void test_uring_interval_fail(void **state)
{
    variant_t v = {"io_uring/interval/fail", RMQ_WAL_FSYNC_INTERVAL, 1, 0, RMQ_WAL_IO_URING};
    (void)state;
    if (!uring_usable()) {
        print_message("io_uring refused by the kernel here: skipped\n");
        skip();
    }
    build_base();
    run_variant(&v);
}
#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_group_fail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_fail_powerloss, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_cut, setup, teardown),
        cmocka_unit_test_setup_teardown(test_group_cut_powerloss, setup, teardown),
        cmocka_unit_test_setup_teardown(test_interval_fail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_interval_cut, setup, teardown),
#ifdef RMQ_HAVE_IO_URING
        cmocka_unit_test_setup_teardown(test_uring_group_cut_powerloss, setup, teardown),
        cmocka_unit_test_setup_teardown(test_uring_interval_fail, setup, teardown),
#endif
    };
    rmq_log_set_level(RMQ_LOG_OFF);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
