/*
 * Unit tests for src/storage/wal/: append/replay/read, segment roll, trim, capacity, limits,
 * concurrency and group commit, close and reopen, recovery from corrupt or torn bytes and
 * foreign files, both I/O backends, both fsync policies, error paths and stats.
 */
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>

#include "storage/wal/wal.h"
#include "storage/wal/wal_int.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    rmq_strlcpy(dir, "/tmp/rmq-wal-XXXXXX", sizeof(dir));
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    rmq_wal_io_uring_force_fail(0);
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

/* ---- helpers ------------------------------------------------------------------------------ */

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

static size_t len_for(uint64_t seed, size_t max)
{
    return (size_t)((seed * 2654435761u) % (max + 1));
}

static rmq_wal_opts_t base_opts(void)
{
    rmq_wal_opts_t o;
    rmq_wal_opts_init(&o);
    o.dir = dir;
    return o;
}

static rmq_wal_t *open_ok(const rmq_wal_opts_t *o)
{
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    rmq_err_clear(&err);
    int rc = rmq_wal_open(o, &wal, &err);
    if (rc != 0)
        print_error("open failed: %d %s\n", rc, err.msg);
    assert_int_equal(rc, 0);
    assert_non_null(wal);
    return wal;
}

/* Appends len_for(seed) bytes generated from seed, synchronously. */
static uint64_t append_seed(rmq_wal_t *wal, uint64_t seed, size_t max, rmq_wal_pos_t *pos)
{
    uint8_t buf[8192];
    size_t n = len_for(seed, max);
    uint64_t lsn = 0;
    assert_true(n <= sizeof(buf));
    fill(buf, n, seed);
    assert_int_equal(rmq_wal_append_sync(wal, seed % 7, buf, n, &lsn, pos), 0);
    return lsn;
}

typedef struct rec {
    uint64_t lsn, part;
    size_t len;
    uint8_t *data;
    rmq_wal_pos_t pos;
} rec_t;

typedef struct recs {
    rec_t *v;
    size_t n, cap;
    size_t stop_after; /* 0 = never */
} recs_t;

static int collect_cb(void *opaque, uint64_t lsn, uint64_t part, const uint8_t *data, size_t len,
                      const rmq_wal_pos_t *pos)
{
    recs_t *r = opaque;
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->v = rmq_realloc(r->v, r->cap * sizeof(*r->v));
    }
    r->v[r->n].lsn = lsn;
    r->v[r->n].part = part;
    r->v[r->n].len = len;
    r->v[r->n].data = rmq_malloc(len ? len : 1);
    if (len)
        memcpy(r->v[r->n].data, data, len);
    r->v[r->n].pos = *pos;
    r->n++;
    if (r->stop_after && r->n == r->stop_after)
        return 42;
    return 0;
}

static void recs_free(recs_t *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->v[i].data);
    free(r->v);
    memset(r, 0, sizeof(*r));
}

static void replay_all(rmq_wal_t *wal, uint64_t from, recs_t *r)
{
    rmq_err_t err;
    rmq_err_clear(&err);
    memset(r, 0, sizeof(*r));
    int rc = rmq_wal_replay(wal, from, collect_cb, r, &err);
    if (rc != 0)
        print_error("replay: %d %s\n", rc, err.msg);
    assert_int_equal(rc, 0);
}

/* Checks that r holds exactly the frames seeded first_seed.. with LSNs first_lsn.. */
static void check_seeded(const recs_t *r, uint64_t first_lsn, uint64_t first_seed, size_t count,
                         size_t max)
{
    uint8_t buf[8192];
    assert_int_equal(r->n, count);
    for (size_t i = 0; i < r->n; i++) {
        uint64_t seed = first_seed + i;
        size_t n = len_for(seed, max);
        assert_int_equal(r->v[i].lsn, first_lsn + i);
        assert_int_equal(r->v[i].part, seed % 7);
        assert_int_equal(r->v[i].len, n);
        fill(buf, n, seed);
        assert_memory_equal(r->v[i].data, buf, n);
    }
}

static size_t count_segments(void)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    size_t n = 0;
    uint64_t id;
    assert_non_null(d);
    while ((de = readdir(d)) != NULL)
        if (rmq_wal_seg_parse_name(de->d_name, &id) == 0)
            n++;
    closedir(d);
    return n;
}

/* Bytes of every file in the WAL directory (segments and spares). */
static uint64_t dir_file_bytes(void)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    uint64_t n = 0;
    assert_non_null(d);
    while ((de = readdir(d)) != NULL) {
        char path[512];
        struct stat sb;
        snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
        if (de->d_name[0] != '.' && stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
            n += (uint64_t)sb.st_size;
    }
    closedir(d);
    return n;
}

static void seg_path(uint64_t id, char *out, size_t n)
{
    char name[WAL_SEG_NAME_SIZE];
    rmq_wal_seg_name(id, name);
    snprintf(out, n, "%s/%s", dir, name);
}

static int seg_exists(uint64_t id)
{
    char p[128];
    seg_path(id, p, sizeof(p));
    return access(p, F_OK) == 0;
}

static void patch_byte(uint64_t seg_id, uint64_t off, uint8_t xor_with)
{
    char p[128];
    uint8_t b;
    seg_path(seg_id, p, sizeof(p));
    int fd = open(p, O_RDWR);
    assert_true(fd >= 0);
    assert_int_equal(pread(fd, &b, 1, (off_t)off), 1);
    b ^= xor_with;
    assert_int_equal(pwrite(fd, &b, 1, (off_t)off), 1);
    close(fd);
}

static void write_file(const char *name, const void *data, size_t n)
{
    char p[160];
    snprintf(p, sizeof(p), "%s/%s", dir, name);
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, n), (ssize_t)n);
    close(fd);
}

/* ---- tests -------------------------------------------------------------------------------- */

static void test_opts_defaults(void **state)
{
    rmq_wal_opts_t o;
    (void)state;
    memset(&o, 0xff, sizeof(o));
    rmq_wal_opts_init(&o);
    assert_null(o.dir);
    assert_int_equal(o.segment_size_bytes, 64ull << 20);
    assert_int_equal(o.buffer_size, 4u << 20);
    assert_int_equal(o.capacity_bytes, 0);
    assert_int_equal(o.fsync_mode, RMQ_WAL_FSYNC_GROUP);
    assert_int_equal(o.flush_interval_ms, 10);
    assert_int_equal(o.io_backend, RMQ_WAL_IO_AUTO);
    assert_null(o.fault);
}

static void test_open_invalid(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_t *wal = (rmq_wal_t *)1;
    rmq_err_t err;
    (void)state;
    o.dir = NULL;
    assert_int_equal(rmq_wal_open(&o, &wal, &err), RMQ_EINVAL);
    assert_null(wal);
    o = base_opts();
    o.segment_size_bytes = 16;
    assert_int_equal(rmq_wal_open(&o, &wal, &err), RMQ_EINVAL);
    o = base_opts();
    o.buffer_size = 8;
    assert_int_equal(rmq_wal_open(&o, &wal, &err), RMQ_EINVAL);
    o = base_opts();
    o.fsync_mode = (rmq_wal_fsync_t)7;
    assert_int_equal(rmq_wal_open(&o, &wal, &err), RMQ_EINVAL);
    assert_true(strlen(err.msg) > 0);
}

static void test_append_replay_read(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[40];
    recs_t r;
    (void)state;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 40; i++)
        assert_int_equal(append_seed(wal, 1000 + i, 3000, &pos[i]), i + 1);

    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 1000, 40, 3000);
    for (size_t i = 0; i < r.n; i++) {
        assert_int_equal(r.v[i].pos.segment_id, pos[i].segment_id);
        assert_int_equal(r.v[i].pos.offset, pos[i].offset);
        assert_int_equal(r.v[i].pos.len, pos[i].len);
    }
    recs_free(&r);

    /* from_lsn filters; a non-zero callback value stops and is returned. */
    replay_all(wal, 31, &r);
    check_seeded(&r, 31, 1030, 10, 3000);
    recs_free(&r);
    memset(&r, 0, sizeof(r));
    r.stop_after = 3;
    assert_int_equal(rmq_wal_replay(wal, 0, collect_cb, &r, NULL), 42);
    assert_int_equal(r.n, 3);
    recs_free(&r);

    for (int i = 0; i < 40; i++) {
        rmq_buf_t *b = NULL;
        uint8_t want[4096];
        size_t n = len_for(1000 + (uint64_t)i, 3000);
        assert_int_equal(rmq_wal_read(wal, &pos[i], &b), 0);
        assert_int_equal(b->size, n);
        fill(want, n, 1000 + (uint64_t)i);
        assert_memory_equal(b->data, want, n);
        rmq_buf_unref(b);
    }
    /* Bad positions are refused, not trusted. */
    {
        rmq_buf_t *b = (rmq_buf_t *)1;
        rmq_wal_pos_t bad = pos[3];
        bad.segment_id = 999;
        assert_int_equal(rmq_wal_read(wal, &bad, &b), RMQ_ENOTFOUND);
        assert_null(b);
        bad = pos[3];
        bad.offset = 1u << 30;
        assert_int_equal(rmq_wal_read(wal, &bad, &b), RMQ_ERANGE);
        bad = pos[3];
        bad.offset = 3;
        assert_int_equal(rmq_wal_read(wal, &bad, &b), RMQ_ERANGE);
        bad = pos[3];
        bad.offset += 1; /* misaligned: the header read there does not check out */
        assert_int_equal(rmq_wal_read(wal, &bad, &b), RMQ_ECORRUPT);
    }
    rmq_wal_close(wal);
}

static void test_zero_length_payload(void **state)
{
    rmq_wal_opts_t o = base_opts();
    uint64_t lsn;
    rmq_wal_pos_t pos;
    rmq_buf_t *b;
    recs_t r;
    (void)state;
    rmq_wal_t *wal = open_ok(&o);
    assert_int_equal(rmq_wal_append_sync(wal, 5, NULL, 0, &lsn, &pos), 0);
    assert_int_equal(lsn, 1);
    assert_int_equal(rmq_wal_read(wal, &pos, &b), 0);
    assert_int_equal(b->size, 0);
    rmq_buf_unref(b);
    rmq_wal_close(wal);
    wal = open_ok(&o);
    replay_all(wal, 0, &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].part, 5);
    assert_int_equal(r.v[0].len, 0);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void test_segment_roll_and_reopen(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_stats_t st;
    recs_t r;
    (void)state;
    o.segment_size_bytes = 2048;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 100; i++)
        append_seed(wal, i, 400, NULL);
    rmq_wal_stats(wal, &st);
    assert_true(st.segments >= 10);
    assert_int_equal(count_segments(), st.segments);
    /* Every closed segment is within its size limit (each frame here fits several times). */
    for (uint64_t id = 1; id < st.segments; id++) {
        struct stat sb;
        char p[128];
        seg_path(id, p, sizeof(p));
        assert_int_equal(stat(p, &sb), 0);
        assert_true((uint64_t)sb.st_size <= 2048);
    }
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 100, 400);
    recs_free(&r);
    rmq_wal_close(wal);

    /* Reopen continues the LSNs in the same tail segment. */
    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 101);
    assert_int_equal(st.first_lsn, 1);
    assert_int_equal(append_seed(wal, 100, 400, NULL), 101);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 101, 400);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void test_trim(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[60];
    rmq_wal_stats_t st, st2;
    recs_t r;
    rmq_buf_t *b = NULL;
    (void)state;
    o.segment_size_bytes = 1024;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 60; i++)
        append_seed(wal, i, 300, &pos[i]);
    rmq_wal_stats(wal, &st);
    assert_true(st.segments > 5);

    /* Nothing below the first segment's end: nothing goes. */
    assert_int_equal(rmq_wal_trim(wal, 1), 0);
    /* Trim below lsn 30: segments whose frames are all < 30 go, the one holding 30 stays. */
    int removed = rmq_wal_trim(wal, 30);
    assert_true(removed > 0);
    rmq_wal_stats(wal, &st2);
    assert_int_equal(st2.segments, st.segments - (uint32_t)removed);
    assert_true(st2.first_lsn <= 30 && st2.first_lsn > 1);
    assert_true(st2.disk_bytes < st.disk_bytes);
    assert_int_equal(count_segments(), st2.segments);
    assert_int_equal(rmq_wal_read(wal, &pos[0], &b), RMQ_ENOTFOUND);
    assert_int_equal(rmq_wal_read(wal, &pos[29], &b), 0);
    rmq_buf_unref(b);
    replay_all(wal, 0, &r);
    check_seeded(&r, st2.first_lsn, st2.first_lsn - 1, 60 - (st2.first_lsn - 1), 300);
    recs_free(&r);

    /* Trim everything: the active segment always stays. */
    assert_true(rmq_wal_trim(wal, UINT64_MAX) > 0);
    rmq_wal_stats(wal, &st2);
    assert_int_equal(st2.segments, 1);
    assert_int_equal(count_segments(), 1);
    assert_int_equal(append_seed(wal, 60, 300, NULL), 61);
    uint64_t first = st2.first_lsn;
    rmq_wal_close(wal);

    wal = open_ok(&o);
    rmq_wal_stats(wal, &st2);
    assert_int_equal(st2.first_lsn, first);
    assert_int_equal(st2.next_lsn, 62);
    replay_all(wal, 0, &r);
    check_seeded(&r, first, first - 1, 62 - first, 300);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void never_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    (void)opaque;
    (void)status;
    (void)lsn;
    (void)pos;
    fail_msg("done called for an append that was refused");
}

static void test_capacity_efull(void **state)
{
    rmq_wal_opts_t o = base_opts();
    uint8_t buf[200];
    int i, rc = 0;
    (void)state;
    o.segment_size_bytes = 1024;
    o.capacity_bytes = 4096;
    rmq_wal_t *wal = open_ok(&o);
    memset(buf, 7, sizeof(buf));
    for (i = 0; i < 100; i++) {
        rc = rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL);
        if (rc != 0)
            break;
    }
    assert_int_equal(rc, RMQ_EFULL);
    assert_true(i >= 10 && i < 4096 / 224 + 1);
    /* EFULL is immediate and done is never called. */
    assert_int_equal(rmq_wal_append(wal, 1, buf, sizeof(buf), never_done, NULL), RMQ_EFULL);
    rmq_wal_stats_t st;
    rmq_wal_stats(wal, &st);
    /* Data fills the capacity less one (preallocated) segment; the files stay within it. */
    assert_true(st.disk_bytes <= 4096 - 1024);
    assert_true(st.disk_bytes > 4096 - 1024 - 2 * 224 - 2 * WAL_SEG_HDR_SIZE);
    assert_true(dir_file_bytes() <= 4096);
    /* Trim frees room. */
    assert_true(rmq_wal_trim(wal, st.next_lsn) > 0);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL), 0);
    assert_true(dir_file_bytes() <= 4096);
    rmq_wal_close(wal);
}

/* Fill, trim half, refill, repeatedly, with recycling on: the directory (segments, the
   preallocated tail, spares) never holds more than capacity_bytes, and files are reused. */
static void test_capacity_counts_spares(void **state)
{
    rmq_wal_opts_t o = base_opts();
    uint8_t buf[1000];
    uint64_t max_seen = 0;
    rmq_wal_stats_t st;
    (void)state;
    o.segment_size_bytes = 8192;
    o.capacity_bytes = 8 * 8192;
    o.recycle_segments = 8;
    rmq_wal_t *wal = open_ok(&o);
    memset(buf, 3, sizeof(buf));
    for (int round = 0; round < 6; round++) {
        for (int i = 0; i < 200; i++) {
            if (rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL) != 0)
                break;
            uint64_t b = dir_file_bytes();
            max_seen = b > max_seen ? b : max_seen;
        }
        rmq_wal_stats(wal, &st);
        /* Trim all but the newest half. */
        rmq_wal_trim(wal, st.first_lsn + (st.next_lsn - st.first_lsn) / 2);
        uint64_t b = dir_file_bytes();
        max_seen = b > max_seen ? b : max_seen;
    }
    rmq_wal_stats(wal, &st);
    assert_true(st.recycled > 0);
    assert_true(max_seen <= o.capacity_bytes);
    rmq_wal_close(wal);
}

static void test_toobig(void **state)
{
    rmq_wal_opts_t o = base_opts();
    uint8_t *buf = rmq_calloc(1, 8192);
    (void)state;
    o.segment_size_bytes = 4096;
    o.buffer_size = 8192;
    rmq_wal_t *wal = open_ok(&o);
    size_t max = 4096 - WAL_SEG_HDR_SIZE - WAL_FRAME_HDR_SIZE;
    assert_int_equal(rmq_wal_append(wal, 1, buf, max + 1, never_done, NULL), RMQ_ETOOBIG);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, max, NULL, NULL), 0);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, max, NULL, NULL), 0);
    rmq_wal_close(wal);

    /* The group buffer limits too. */
    o.segment_size_bytes = 1 << 20;
    o.buffer_size = 1024;
    wal = open_ok(&o);
    assert_int_equal(rmq_wal_append(wal, 1, buf, 1024 - WAL_FRAME_HDR_SIZE + 1, never_done, NULL),
                     RMQ_ETOOBIG);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, 1024 - WAL_FRAME_HDR_SIZE, NULL, NULL), 0);
    rmq_wal_close(wal);
    free(buf);
}

/* ---- concurrency ---------------------------------------------------------------------------- */

#define CT_THREADS 4
#define CT_PER     400

typedef struct conc {
    rmq_wal_t *wal;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    uint64_t last_lsn;
    size_t done;
    int order_ok;
    int status_ok;
    uint64_t lsn_of[CT_THREADS][CT_PER];
} conc_t;

typedef struct conc_arg {
    conc_t *c;
    int t;
    int k;
} conc_arg_t;

static conc_arg_t conc_args[CT_THREADS][CT_PER];

static void conc_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    conc_arg_t *a = opaque;
    conc_t *c = a->c;
    (void)pos;
    /* Completions run on the writer thread in LSN order: no lock needed for the order check. */
    if (lsn <= c->last_lsn)
        c->order_ok = 0;
    c->last_lsn = lsn;
    if (status != 0 || !pos)
        c->status_ok = 0;
    c->lsn_of[a->t][a->k] = lsn;
    pthread_mutex_lock(&c->mu);
    c->done++;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
}

static void *conc_thread(void *arg)
{
    conc_arg_t *a0 = arg;
    conc_t *c = a0->c;
    uint8_t buf[600];
    for (int k = 0; k < CT_PER; k++) {
        uint64_t seed = (uint64_t)a0->t << 32 | (uint64_t)k;
        size_t n = len_for(seed, sizeof(buf));
        conc_arg_t *a = &conc_args[a0->t][k];
        a->c = c;
        a->t = a0->t;
        a->k = k;
        fill(buf, n, seed);
        int rc = rmq_wal_append(c->wal, (uint64_t)a0->t, buf, n, conc_done, a);
        if (rc != 0) {
            c->status_ok = 0;
            pthread_mutex_lock(&c->mu);
            c->done++;
            pthread_mutex_unlock(&c->mu);
        }
    }
    return NULL;
}

static void run_concurrency(rmq_wal_opts_t *o)
{
    static conc_t c;
    pthread_t th[CT_THREADS];
    conc_arg_t a[CT_THREADS];
    rmq_wal_stats_t st;
    recs_t r;

    memset(&c, 0, sizeof(c));
    pthread_mutex_init(&c.mu, NULL);
    pthread_cond_init(&c.cv, NULL);
    c.order_ok = 1;
    c.status_ok = 1;
    c.wal = open_ok(o);
    for (int t = 0; t < CT_THREADS; t++) {
        a[t].c = &c;
        a[t].t = t;
        assert_int_equal(pthread_create(&th[t], NULL, conc_thread, &a[t]), 0);
    }
    for (int t = 0; t < CT_THREADS; t++)
        pthread_join(th[t], NULL);
    pthread_mutex_lock(&c.mu);
    for (int spins = 0; c.done < CT_THREADS * CT_PER && spins < 600; spins++) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        pthread_cond_timedwait(&c.cv, &c.mu, &ts);
    }
    pthread_mutex_unlock(&c.mu);
    assert_int_equal(c.done, CT_THREADS * CT_PER);
    assert_true(c.order_ok);
    assert_true(c.status_ok);
    assert_int_equal(c.last_lsn, CT_THREADS * CT_PER);
    rmq_wal_stats(c.wal, &st);
    assert_int_equal(st.appends, CT_THREADS * CT_PER);
    assert_int_equal(st.next_lsn, CT_THREADS * CT_PER + 1);
    /* Group commit happened: fewer writes than appends. */
    assert_true(st.group_commits < st.appends);
    assert_true(st.group_commits > 0);
    rmq_wal_close(c.wal);

    /* Each thread's appends are on disk in its own order with its LSNs. */
    c.wal = open_ok(o);
    replay_all(c.wal, 0, &r);
    assert_int_equal(r.n, CT_THREADS * CT_PER);
    for (int t = 0; t < CT_THREADS; t++) {
        uint64_t prev = 0;
        for (int k = 0; k < CT_PER; k++) {
            uint64_t lsn = c.lsn_of[t][k];
            uint64_t seed = (uint64_t)t << 32 | (uint64_t)k;
            uint8_t buf[600];
            size_t n = len_for(seed, sizeof(buf));
            rec_t *rec = &r.v[lsn - 1];
            assert_true(lsn > prev);
            prev = lsn;
            assert_int_equal(rec->lsn, lsn);
            assert_int_equal(rec->part, (uint64_t)t);
            assert_int_equal(rec->len, n);
            fill(buf, n, seed);
            assert_memory_equal(rec->data, buf, n);
        }
    }
    recs_free(&r);
    rmq_wal_close(c.wal);
    pthread_mutex_destroy(&c.mu);
    pthread_cond_destroy(&c.cv);
}

static void test_concurrency_group(void **state)
{
    rmq_wal_opts_t o = base_opts();
    (void)state;
    o.segment_size_bytes = 64 << 10;
    o.buffer_size = 16 << 10; /* small: appenders must wait for room sometimes */
    run_concurrency(&o);
}

static void test_concurrency_interval(void **state)
{
    rmq_wal_opts_t o = base_opts();
    (void)state;
    o.fsync_mode = RMQ_WAL_FSYNC_INTERVAL;
    o.flush_interval_ms = 5;
    o.segment_size_bytes = 64 << 10;
    run_concurrency(&o);
}

/* ---- close, reopen ------------------------------------------------------------------------- */

typedef struct counter {
    int calls;
    int ok;
    int last_status;
    uint64_t last_lsn;
} counter_t;

static void count_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    counter_t *c = opaque;
    c->calls++;
    c->last_status = status;
    if (status == 0 && pos && lsn > c->last_lsn)
        c->ok++;
    c->last_lsn = lsn;
}

static void test_close_flushes(void **state)
{
    rmq_wal_opts_t o = base_opts();
    counter_t c;
    uint8_t buf[300];
    recs_t r;
    char cmd[160];
    (void)state;
    o.buffer_size = 4096; /* forces several groups */
    o.flush_interval_ms = 1000;
    for (int mode = 0; mode < 2; mode++) {
        snprintf(cmd, sizeof(cmd), "rm -f %s/*.wal", dir);
        assert_int_equal(system(cmd), 0);
        o.fsync_mode = mode ? RMQ_WAL_FSYNC_INTERVAL : RMQ_WAL_FSYNC_GROUP;
        rmq_wal_t *wal = open_ok(&o);
        memset(&c, 0, sizeof(c));
        for (uint64_t i = 0; i < 200; i++) {
            size_t n = len_for(i, sizeof(buf));
            fill(buf, n, i);
            assert_int_equal(rmq_wal_append(wal, i % 7, buf, n, count_done, &c), 0);
        }
        rmq_wal_close(wal); /* every queued append completes before close returns */
        assert_int_equal(c.calls, 200);
        assert_int_equal(c.ok, 200);
        wal = open_ok(&o);
        replay_all(wal, 0, &r);
        check_seeded(&r, 1, 0, 200, sizeof(buf));
        recs_free(&r);
        rmq_wal_close(wal);
    }
}

static void test_dir_in_use(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_t *w2 = NULL;
    rmq_err_t err;
    (void)state;
    rmq_wal_t *wal = open_ok(&o);
    assert_true(rmq_wal_open(&o, &w2, &err) < 0);
    assert_null(w2);
    rmq_wal_close(wal);
    w2 = open_ok(&o);
    rmq_wal_close(w2);
}

static void test_creates_missing_dir(void **state)
{
    rmq_wal_opts_t o = base_opts();
    char sub[128];
    (void)state;
    snprintf(sub, sizeof(sub), "%s/sub", dir);
    o.dir = sub;
    rmq_wal_t *wal = open_ok(&o);
    assert_int_equal(append_seed(wal, 1, 100, NULL), 1);
    rmq_wal_close(wal);
    assert_int_equal(access(sub, F_OK), 0);
}

/* ---- recovery ------------------------------------------------------------------------------- */

/* Writes 60 frames into 1 KiB segments; returns positions. */
static void build_log(rmq_wal_pos_t pos[60])
{
    rmq_wal_opts_t o = base_opts();
    o.segment_size_bytes = 1024;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 60; i++)
        append_seed(wal, i, 300, &pos[i]);
    rmq_wal_close(wal);
}

static void test_corrupt_middle_truncates(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[60];
    rmq_wal_stats_t st;
    recs_t r;
    (void)state;
    o.segment_size_bytes = 1024;
    build_log(pos);
    size_t nseg = count_segments();
    assert_true(nseg >= 6);

    /* Flip one payload byte of frame 25 (lsn 26) in the middle of the log. */
    int victim = 25;
    while (pos[victim].len == 0)
        victim++;
    uint64_t vseg = pos[victim].segment_id;
    patch_byte(vseg, pos[victim].offset + WAL_FRAME_HDR_SIZE + pos[victim].len / 2, 0x5a);

    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, (uint64_t)victim + 1);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, (size_t)victim, 300);
    recs_free(&r);
    /* The damaged segment ends where the bad frame was; every later segment is gone. */
    assert_true(seg_exists(vseg));
    for (uint64_t id = vseg + 1; id <= nseg; id++)
        assert_false(seg_exists(id));
    {
        char p[128];
        struct stat sb;
        seg_path(vseg, p, sizeof(p));
        assert_int_equal(stat(p, &sb), 0);
        /* truncated at the bad frame, then preallocated again: the tail reads zeros */
        uint8_t z[64];
        int fd = open(p, O_RDONLY);
        assert_true(fd >= 0);
        ssize_t k = pread(fd, z, sizeof(z), (off_t)pos[victim].offset);
        for (ssize_t i = 0; i < k; i++)
            assert_int_equal(z[i], 0);
        close(fd);
    }
    /* Appends continue after the last good frame and survive another reopen. */
    for (uint64_t i = (uint64_t)victim; i < (uint64_t)victim + 10; i++)
        assert_int_equal(append_seed(wal, i, 300, NULL), i + 1);
    rmq_wal_close(wal);
    wal = open_ok(&o);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, (size_t)victim + 10, 300);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void test_corrupt_segment_header(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[60];
    rmq_wal_stats_t st;
    recs_t r;
    (void)state;
    o.segment_size_bytes = 1024;
    build_log(pos);
    size_t nseg = count_segments();
    /* Segment 3's header CRC breaks: the log ends after segment 2. */
    patch_byte(3, 12, 0x01);
    uint64_t first_of_3 = 0;
    for (int i = 0; i < 60; i++)
        if (pos[i].segment_id == 3) {
            first_of_3 = (uint64_t)i + 1;
            break;
        }
    assert_true(first_of_3 > 0);
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, first_of_3);
    assert_int_equal(st.segments, 2);
    for (uint64_t id = 3; id <= nseg; id++)
        assert_false(seg_exists(id));
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, first_of_3 - 1, 300);
    recs_free(&r);
    /* The next segment never reuses a deleted id. */
    for (uint64_t i = first_of_3 - 1; i < first_of_3 + 20; i++)
        append_seed(wal, i, 300, NULL);
    rmq_wal_stats(wal, &st);
    assert_false(seg_exists(3));
    rmq_wal_close(wal);
    wal = open_ok(&o);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, first_of_3 + 20, 300);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void test_lsn_gap_between_segments(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[60];
    rmq_wal_stats_t st;
    (void)state;
    o.segment_size_bytes = 1024;
    build_log(pos);
    /* Remove segment 2: segment 3 no longer continues the log. */
    char p[128];
    seg_path(2, p, sizeof(p));
    assert_int_equal(unlink(p), 0);
    uint64_t first_of_2 = 0;
    for (int i = 0; i < 60; i++)
        if (pos[i].segment_id == 2) {
            first_of_2 = (uint64_t)i + 1;
            break;
        }
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 1);
    assert_int_equal(st.next_lsn, first_of_2);
    assert_false(seg_exists(3));
    rmq_wal_close(wal);
}

static void test_torn_tail(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos[60];
    rmq_wal_stats_t st;
    recs_t r;
    (void)state;
    o.segment_size_bytes = 1024;
    build_log(pos);
    /* Cut the last frame in half, as a crash during its write would. */
    rmq_wal_pos_t last = pos[59];
    char p[128];
    seg_path(last.segment_id, p, sizeof(p));
    assert_int_equal(truncate(p, (off_t)(last.offset + WAL_FRAME_HDR_SIZE / 2)), 0);
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 60);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 59, 300);
    recs_free(&r);
    assert_int_equal(append_seed(wal, 59, 300, NULL), 60);
    rmq_wal_close(wal);
}

static void test_garbage_after_zero_tail(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_stats_t st;
    rmq_wal_pos_t pos;
    recs_t r;
    (void)state;
    o.segment_size_bytes = 1 << 20;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 5; i++)
        append_seed(wal, i, 300, &pos);
    rmq_wal_close(wal);
    /* Preallocated zeros after the data are a clean end: nothing is dropped. */
    char p[128];
    struct stat sb;
    seg_path(1, p, sizeof(p));
    assert_int_equal(stat(p, &sb), 0);
    assert_true((uint64_t)sb.st_size >= pos.offset + WAL_FRAME_HDR_SIZE + pos.len);
    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 6);
    rmq_wal_close(wal);
    /* A stray non-zero byte far after the end marker means the tail is not clean. */
    patch_byte(1, 500000, 0x33);
    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 6);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 5, 300);
    recs_free(&r);
    rmq_wal_close(wal);
    {
        uint8_t b = 1;
        int fd = open(p, O_RDONLY);
        assert_true(fd >= 0);
        if (pread(fd, &b, 1, 500000) == 1)
            assert_int_equal(b, 0);
        close(fd);
    }
}

static void test_garbage_files(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_stats_t st;
    recs_t r;
    uint8_t junk[300];
    (void)state;
    o.segment_size_bytes = 1024;
    rmq_wal_t *wal = open_ok(&o);
    for (uint64_t i = 0; i < 10; i++)
        append_seed(wal, i, 300, NULL);
    rmq_wal_stats(wal, &st);
    uint32_t segs = st.segments;
    rmq_wal_close(wal);

    fill(junk, sizeof(junk), 77);
    write_file("notes.txt", "hello", 5);
    write_file("123.wal", junk, sizeof(junk));                  /* wrong name shape */
    write_file("0000000000000000000x.wal", junk, sizeof(junk)); /* not digits */
    write_file("00000000000000000099.wal", junk, sizeof(junk)); /* garbage segment */
    write_file("00000000000000000100.wal", "", 0);              /* empty segment */
    write_file("18446744073709551615.wal", junk, sizeof(junk)); /* id out of range */
    {
        char sub[160];
        snprintf(sub, sizeof(sub), "%s/00000000000000000050.wal", dir); /* not a file */
        assert_int_equal(mkdir(sub, 0755), 0);
    }

    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, segs);
    assert_int_equal(st.next_lsn, 11);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 10, 300);
    recs_free(&r);
    /* Foreign names are left alone; garbage segments after the log's end are deleted. */
    char p[160];
    snprintf(p, sizeof(p), "%s/notes.txt", dir);
    assert_int_equal(access(p, F_OK), 0);
    snprintf(p, sizeof(p), "%s/123.wal", dir);
    assert_int_equal(access(p, F_OK), 0);
    snprintf(p, sizeof(p), "%s/18446744073709551615.wal", dir);
    assert_int_equal(access(p, F_OK), 0);
    snprintf(p, sizeof(p), "%s/00000000000000000050.wal", dir);
    assert_int_equal(access(p, F_OK), 0);
    assert_false(seg_exists(99));
    assert_false(seg_exists(100));
    /* The next segment id is past every id seen. */
    for (uint64_t i = 10; i < 20; i++)
        append_seed(wal, i, 300, NULL);
    rmq_wal_close(wal);
    assert_true(seg_exists(101));
    wal = open_ok(&o);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 20, 300);
    recs_free(&r);
    rmq_wal_close(wal);

    /* A directory with only garbage segments opens empty. */
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "rm -rf %s/*.wal", dir);
    assert_int_equal(system(cmd), 0);
    write_file("00000000000000000007.wal", junk, sizeof(junk));
    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 0);
    assert_int_equal(st.next_lsn, 1);
    assert_int_equal(append_seed(wal, 0, 300, NULL), 1);
    rmq_wal_close(wal);
    assert_true(seg_exists(8));
}

static void test_read_detects_corruption(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_pos_t pos;
    rmq_buf_t *b = NULL;
    recs_t r;
    rmq_err_t err;
    (void)state;
    rmq_wal_t *wal = open_ok(&o);
    uint8_t data[100];
    memset(data, 3, sizeof(data));
    assert_int_equal(rmq_wal_append_sync(wal, 9, data, sizeof(data), NULL, &pos), 0);
    patch_byte(pos.segment_id, pos.offset + WAL_FRAME_HDR_SIZE + 10, 0xff);
    assert_int_equal(rmq_wal_read(wal, &pos, &b), RMQ_ECORRUPT);
    assert_null(b);
    memset(&r, 0, sizeof(r));
    rmq_err_clear(&err);
    assert_int_equal(rmq_wal_replay(wal, 0, collect_cb, &r, &err), RMQ_ECORRUPT);
    assert_true(strlen(err.msg) > 0);
    recs_free(&r);
    rmq_wal_close(wal);
}

/* ---- backends and fsync modes -------------------------------------------------------------- */

static void roundtrip(rmq_wal_opts_t *o, const char *want_backend)
{
    rmq_wal_stats_t st;
    recs_t r;
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "rm -f %s/*.wal", dir);
    assert_int_equal(system(cmd), 0);
    o->segment_size_bytes = 4096;
    rmq_wal_t *wal = open_ok(o);
    rmq_wal_stats(wal, &st);
    assert_string_equal(st.io_backend, want_backend);
    for (uint64_t i = 0; i < 50; i++)
        assert_int_equal(append_seed(wal, i, 1000, NULL), i + 1);
    rmq_wal_close(wal);
    wal = open_ok(o);
    replay_all(wal, 0, &r);
    check_seeded(&r, 1, 0, 50, 1000);
    recs_free(&r);
    rmq_wal_close(wal);
}

static void test_backends(void **state)
{
    rmq_wal_opts_t o = base_opts();
    (void)state;
    for (int mode = 0; mode < 2; mode++) {
        o.fsync_mode = mode ? RMQ_WAL_FSYNC_INTERVAL : RMQ_WAL_FSYNC_GROUP;
        o.io_backend = RMQ_WAL_IO_PWRITE;
        roundtrip(&o, "pwritev");
#ifdef RMQ_HAVE_IO_URING
        {
            rmq_wal_t *w = NULL;
            rmq_err_t err;
            o.io_backend = RMQ_WAL_IO_URING;
            if (rmq_wal_open(&o, &w, &err) == 0) {
                rmq_wal_close(w);
                roundtrip(&o, "io_uring");
                o.io_backend = RMQ_WAL_IO_AUTO;
                roundtrip(&o, "io_uring");
            } else {
                print_message("io_uring refused by the kernel here (%s): testing fallback only\n",
                              err.msg);
            }
            /* The kernel refusing io_uring: AUTO falls back, URING fails open. */
            rmq_wal_io_uring_force_fail(1);
            o.io_backend = RMQ_WAL_IO_AUTO;
            roundtrip(&o, "pwritev");
            o.io_backend = RMQ_WAL_IO_URING;
            w = NULL;
            assert_true(rmq_wal_open(&o, &w, &err) < 0);
            assert_null(w);
            rmq_wal_io_uring_force_fail(0);
        }
#else
        {
            rmq_wal_t *w = NULL;
            rmq_err_t err;
            o.io_backend = RMQ_WAL_IO_URING;
            assert_int_equal(rmq_wal_open(&o, &w, &err), RMQ_EUNSUPPORTED);
            o.io_backend = RMQ_WAL_IO_AUTO;
            roundtrip(&o, "pwritev");
        }
#endif
    }
}

static void test_fsync_interval_durable(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_stats_t st;
    (void)state;
    o.fsync_mode = RMQ_WAL_FSYNC_INTERVAL;
    o.flush_interval_ms = 20;
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    uint64_t fs0 = st.fsyncs;
    uint64_t t_start = rmq_mono_ms();
    for (uint64_t i = 0; i < 20; i++)
        append_seed(wal, i, 200, NULL);
    uint64_t t_appends = rmq_mono_ms() - t_start;
    /* Completion came after the write; the periodic sync makes everything durable soon. */
    uint64_t t0 = rmq_mono_ms();
    do {
        rmq_wal_stats(wal, &st);
        if (st.durable_lsn == 21)
            break;
        rmq_sleep_ms(5);
    } while (rmq_mono_ms() - t0 < 5000);
    assert_int_equal(st.durable_lsn, 21);
    assert_true(st.fsyncs > fs0);
    /* Syncs follow the clock, not the appends: at most one per interval while appending
     * (plus the directory sync of the new segment and the final catch-up). */
    assert_true(st.fsyncs - fs0 <= t_appends / 20 + 3);
    /* Idle: no more syncs. */
    uint64_t fs1 = st.fsyncs;
    rmq_sleep_ms(60);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.fsyncs, fs1);
    rmq_wal_close(wal);
}

static void test_stats(void **state)
{
    rmq_wal_opts_t o = base_opts();
    rmq_wal_stats_t st;
    (void)state;
    o.segment_size_bytes = 2048;
    o.io_backend = RMQ_WAL_IO_PWRITE;
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 1);
    assert_int_equal(st.durable_lsn, 1);
    assert_int_equal(st.first_lsn, 1);
    assert_int_equal(st.segments, 0);
    assert_int_equal(st.disk_bytes, 0);
    assert_int_equal(st.appends, 0);
    assert_string_equal(st.io_backend, "pwritev");
    uint64_t bytes = 0;
    for (uint64_t i = 0; i < 30; i++) {
        append_seed(wal, i, 300, NULL);
        bytes += WAL_FRAME_HDR_SIZE + len_for(i, 300);
    }
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.next_lsn, 31);
    assert_int_equal(st.durable_lsn, 31);
    assert_int_equal(st.appends, 30);
    assert_int_equal(st.group_commits, 30); /* append_sync: one group each */
    assert_true(st.fsyncs >= 30);
    assert_int_equal(st.disk_bytes, bytes + (uint64_t)st.segments * WAL_SEG_HDR_SIZE);
    assert_true(st.segments > 1);
    rmq_wal_close(wal);
}

/* ---- errors -------------------------------------------------------------------------------- */

typedef struct fault_plan {
    rmq_wal_io_op_t op;
    int at;   /* fail the at-th call of op (1-based) */
    long ret; /* what the hook returns then */
    int seen;
} fault_plan_t;

static long plan_fault(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    fault_plan_t *p = opaque;
    (void)len;
    if (op != p->op)
        return 0;
    return ++p->seen == p->at ? p->ret : 0;
}

static void error_case(rmq_wal_io_op_t op, long ret, int want_status)
{
    rmq_wal_opts_t o = base_opts();
    fault_plan_t plan = {op, 0, ret, 0};
    counter_t c;
    uint8_t buf[100];
    recs_t r;
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "rm -f %s/*.wal", dir);
    assert_int_equal(system(cmd), 0);
    o.fault = plan_fault;
    o.fault_opaque = &plan;
    o.io_backend = RMQ_WAL_IO_PWRITE;
    rmq_wal_t *wal = open_ok(&o);
    memset(buf, 1, sizeof(buf));
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL), 0);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL), 0);
    /* The next write/sync fails: its caller sees the error. */
    plan.seen = 0;
    plan.at = 1;
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL), want_status);
    /* Read-only from now on. */
    assert_int_equal(rmq_wal_append(wal, 1, buf, sizeof(buf), never_done, NULL), RMQ_EIO);
    assert_int_equal(rmq_wal_append_sync(wal, 1, buf, sizeof(buf), NULL, NULL), RMQ_EIO);
    rmq_wal_close(wal);

    /* Reopen recovers and accepts appends again. */
    o.fault = NULL;
    wal = open_ok(&o);
    replay_all(wal, 0, &r);
    if (op == RMQ_WAL_OP_FSYNC)
        assert_true(r.n == 2 || r.n == 3); /* written, sync outcome unknown */
    else
        assert_int_equal(r.n, 2);
    uint64_t next = r.n + 1;
    recs_free(&r);
    memset(&c, 0, sizeof(c));
    assert_int_equal(rmq_wal_append(wal, 1, buf, sizeof(buf), count_done, &c), 0);
    rmq_wal_close(wal);
    assert_int_equal(c.calls, 1);
    assert_int_equal(c.last_status, 0);
    assert_int_equal(c.last_lsn, next);
}

static void test_enospc_reaches_caller(void **state)
{
    (void)state;
    error_case(RMQ_WAL_OP_WRITE, -ENOSPC, -ENOSPC);
}

static void test_fsync_failure_readonly(void **state)
{
    (void)state;
    error_case(RMQ_WAL_OP_FSYNC, -EIO, -EIO);
}

static void test_torn_write_reaches_caller(void **state)
{
    (void)state;
    error_case(RMQ_WAL_OP_WRITE, 10, RMQ_EFAULT_INJECTED);
}

/* Every append queued behind a failed group gets an error too, in LSN order. */
typedef struct gate {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int open;
    int writes;
} gate_t;

static long gate_fault(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    gate_t *g = opaque;
    (void)len;
    if (op != RMQ_WAL_OP_WRITE)
        return 0;
    pthread_mutex_lock(&g->mu);
    g->writes++;
    while (!g->open)
        pthread_cond_wait(&g->cv, &g->mu);
    pthread_mutex_unlock(&g->mu);
    return -EIO;
}

static void test_queued_appends_fail_after_error(void **state)
{
    rmq_wal_opts_t o = base_opts();
    gate_t g;
    counter_t c[10];
    uint8_t buf[50];
    (void)state;
    memset(&g, 0, sizeof(g));
    pthread_mutex_init(&g.mu, NULL);
    pthread_cond_init(&g.cv, NULL);
    o.fault = gate_fault;
    o.fault_opaque = &g;
    rmq_wal_t *wal = open_ok(&o);
    memset(c, 0, sizeof(c));
    memset(buf, 2, sizeof(buf));
    assert_int_equal(rmq_wal_append(wal, 1, buf, sizeof(buf), count_done, &c[0]), 0);
    /* Wait until the writer is inside the first (failing) write, then queue more. */
    for (int i = 0; i < 5000; i++) {
        pthread_mutex_lock(&g.mu);
        int w = g.writes;
        pthread_mutex_unlock(&g.mu);
        if (w)
            break;
        rmq_sleep_ms(1);
    }
    for (int i = 1; i < 10; i++)
        assert_int_equal(rmq_wal_append(wal, 1, buf, sizeof(buf), count_done, &c[i]), 0);
    pthread_mutex_lock(&g.mu);
    g.open = 1;
    pthread_cond_broadcast(&g.cv);
    pthread_mutex_unlock(&g.mu);
    rmq_wal_close(wal);
    assert_int_equal(c[0].calls, 1);
    assert_int_equal(c[0].last_status, -EIO);
    for (int i = 1; i < 10; i++) {
        assert_int_equal(c[i].calls, 1);
        assert_int_equal(c[i].last_status, RMQ_EIO);
    }
    pthread_mutex_destroy(&g.mu);
    pthread_cond_destroy(&g.cv);
}

/* A completion callback may append (async) but not wait for itself. */
typedef struct chain {
    rmq_wal_t *wal;
    int sync_rc;
    int async_rc;
    int ran;
    counter_t inner;
} chain_t;

static void chain_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    chain_t *ch = opaque;
    (void)status;
    (void)lsn;
    (void)pos;
    ch->sync_rc = rmq_wal_append_sync(ch->wal, 1, "x", 1, NULL, NULL);
    ch->async_rc = rmq_wal_append(ch->wal, 1, "y", 1, count_done, &ch->inner);
    __atomic_store_n(&ch->ran, 1, __ATOMIC_RELEASE);
}

static void test_append_from_callback(void **state)
{
    rmq_wal_opts_t o = base_opts();
    chain_t ch;
    (void)state;
    memset(&ch, 0, sizeof(ch));
    rmq_wal_t *wal = open_ok(&o);
    ch.wal = wal;
    assert_int_equal(rmq_wal_append(wal, 1, "a", 1, chain_done, &ch), 0);
    for (int i = 0; i < 10000 && !__atomic_load_n(&ch.ran, __ATOMIC_ACQUIRE); i++)
        rmq_sleep_ms(1);
    assert_true(__atomic_load_n(&ch.ran, __ATOMIC_ACQUIRE));
    rmq_wal_close(wal); /* the append made from the callback is flushed too */
    assert_int_equal(ch.sync_rc, RMQ_EINVAL);
    assert_int_equal(ch.async_rc, 0);
    assert_int_equal(ch.inner.calls, 1);
    assert_int_equal(ch.inner.last_status, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_opts_defaults, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_invalid, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_replay_read, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zero_length_payload, setup, teardown),
        cmocka_unit_test_setup_teardown(test_segment_roll_and_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_trim, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capacity_efull, setup, teardown),
        cmocka_unit_test_setup_teardown(test_capacity_counts_spares, setup, teardown),
        cmocka_unit_test_setup_teardown(test_toobig, setup, teardown),
        cmocka_unit_test_setup_teardown(test_concurrency_group, setup, teardown),
        cmocka_unit_test_setup_teardown(test_concurrency_interval, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_flushes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dir_in_use, setup, teardown),
        cmocka_unit_test_setup_teardown(test_creates_missing_dir, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_middle_truncates, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_segment_header, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lsn_gap_between_segments, setup, teardown),
        cmocka_unit_test_setup_teardown(test_torn_tail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_garbage_after_zero_tail, setup, teardown),
        cmocka_unit_test_setup_teardown(test_garbage_files, setup, teardown),
        cmocka_unit_test_setup_teardown(test_read_detects_corruption, setup, teardown),
        cmocka_unit_test_setup_teardown(test_backends, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fsync_interval_durable, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stats, setup, teardown),
        cmocka_unit_test_setup_teardown(test_enospc_reaches_caller, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fsync_failure_readonly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_torn_write_reaches_caller, setup, teardown),
        cmocka_unit_test_setup_teardown(test_queued_appends_fail_after_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_append_from_callback, setup, teardown),
    };
    rmq_log_set_level(RMQ_LOG_ERROR + 1);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
