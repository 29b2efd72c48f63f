/*
 * Tests for segment recycling in src/storage/wal/: trim keeps spare files, new segments reuse
 * them, and the old frames inside a reused file (valid CRCs, aligned on frame boundaries here
 * because every payload has the same size) are never replayed: not after a clean reopen, not
 * from a crash image taken at any I/O point of a run that recycles, and not from hand-made
 * images of a crash between the steps of a reuse (rename, header, frames, truncation of the
 * segment it rolled away from).
 */
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>

#include "storage/wal/wal.h"
#include "storage/wal/wal_int.h"
#include "common/log.h"
#include "common/mem.h"

#define PAY      200u                       /* every payload: frames of 224 bytes */
#define SEG_SIZE 4096u                      /* 18 frames per segment */
#define FRAME    (WAL_FRAME_HDR_SIZE + PAY) /* 224 */
#define PER_SEG  ((SEG_SIZE - 32u) / FRAME) /* 18 */
#define MAX_SNAP 160                        /* crash images per run, bound */

static char root[64];
static char dir[128];
static char img[128];

static int setup(void **state)
{
    (void)state;
    rmq_strlcpy(root, "/tmp/rmq-walr-XXXXXX", sizeof(root));
    if (!mkdtemp(root))
        return -1;
    snprintf(dir, sizeof(dir), "%s/wal", root);
    snprintf(img, sizeof(img), "%s/img", root);
    return 0;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof(cmd), "rm -rf %s", root);
    return system(cmd);
}

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
            continue; /* renamed or deleted meanwhile */
        out = open(q, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        assert_true(out >= 0);
        while ((n = read(in, buf, sizeof(buf))) > 0)
            assert_int_equal(write(out, buf, (size_t)n), n);
        close(in);
        close(out);
    }
    closedir(dp);
}

/* Counts files in d ending in suffix; the first one's id goes to *id when id is set. */
static int count_suffix(const char *d, const char *suffix, uint64_t *id)
{
    DIR *dp = opendir(d);
    struct dirent *de;
    int n = 0;
    assert_non_null(dp);
    while ((de = readdir(dp)) != NULL) {
        size_t l = strlen(de->d_name), s = strlen(suffix);
        if (l > s && strcmp(de->d_name + l - s, suffix) == 0) {
            if (id && n == 0)
                *id = strtoull(de->d_name, NULL, 10);
            n++;
        }
    }
    closedir(dp);
    return n;
}

static ino_t inode_of(const char *d, const char *name)
{
    char p[320];
    struct stat st;
    snprintf(p, sizeof(p), "%s/%s", d, name);
    assert_int_equal(stat(p, &st), 0);
    return st.st_ino;
}

/* ---- payloads: the content of LSN x is a function of x --------------------------------- */

static void fill(uint8_t *p, size_t n, uint64_t lsn)
{
    uint64_t x = lsn * 0x9E3779B97F4A7C15ull + 7;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        p[i] = (uint8_t)x;
    }
}

static rmq_wal_opts_t opts_for(const char *d)
{
    rmq_wal_opts_t o;
    rmq_wal_opts_init(&o);
    o.dir = d;
    o.segment_size_bytes = SEG_SIZE;
    o.buffer_size = 8192;
    o.io_backend = RMQ_WAL_IO_PWRITE;
    return o;
}

static rmq_wal_t *open_ok(const rmq_wal_opts_t *o)
{
    rmq_wal_t *wal = NULL;
    rmq_err_t err;
    rmq_err_clear(&err);
    int rc = rmq_wal_open(o, &wal, &err);
    if (rc != 0)
        fail_msg("open %s failed: %d %s", o->dir, rc, err.msg);
    return wal;
}

/* Appends the payload of the next LSN and checks it got that LSN. */
static void append_next(rmq_wal_t *wal, rmq_wal_pos_t *pos)
{
    rmq_wal_stats_t st;
    uint8_t buf[PAY];
    uint64_t lsn = 0;
    rmq_wal_stats(wal, &st);
    fill(buf, PAY, st.next_lsn);
    assert_int_equal(rmq_wal_append_sync(wal, st.next_lsn % 3, buf, PAY, &lsn, pos), 0);
    assert_int_equal(lsn, st.next_lsn);
}

typedef struct check {
    uint64_t first, last;
    size_t n;
    int bad;
    char why[128];
} check_t;

static int check_cb(void *opaque, uint64_t lsn, uint64_t part, const uint8_t *data, size_t len,
                    const rmq_wal_pos_t *pos)
{
    check_t *c = opaque;
    uint8_t want[PAY];
    (void)pos;
    if (c->n && lsn != c->last + 1) {
        c->bad = 1;
        snprintf(c->why, sizeof(c->why), "lsn %" PRIu64 " after %" PRIu64, lsn, c->last);
        return 1;
    }
    if (!c->n)
        c->first = lsn;
    c->last = lsn;
    c->n++;
    fill(want, PAY, lsn);
    if (len != PAY || part != lsn % 3 || memcmp(data, want, PAY) != 0) {
        c->bad = 1;
        snprintf(c->why, sizeof(c->why), "lsn %" PRIu64 " holds other bytes", lsn);
        return 1;
    }
    return 0;
}

/* Replays everything; checks order, content and that next_lsn follows the last frame. */
static check_t replay_all(rmq_wal_t *wal)
{
    check_t c;
    rmq_err_t err;
    rmq_wal_stats_t st;
    memset(&c, 0, sizeof(c));
    rmq_err_clear(&err);
    int rc = rmq_wal_replay(wal, 0, check_cb, &c, &err);
    if (rc != 0 || c.bad)
        fail_msg("replay: rc %d %s %s", rc, err.msg, c.why);
    rmq_wal_stats(wal, &st);
    if (c.n)
        assert_int_equal(st.next_lsn, c.last + 1);
    return c;
}

/* Opens d, checks the log is [first.., ..last] exactly, appends 3 and reopens once more. */
static void check_image(const char *d, uint64_t min_first, uint64_t must_last, uint64_t max_last)
{
    rmq_wal_opts_t o = opts_for(d);
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats_t st;
    check_t c = replay_all(wal);
    uint64_t next;

    if (c.n) {
        if (c.first < min_first)
            fail_msg("%s: log starts at %" PRIu64 ", below %" PRIu64, d, c.first, min_first);
        if (c.last < must_last || c.last > max_last)
            fail_msg("%s: log ends at %" PRIu64 ", expected %" PRIu64 "..%" PRIu64, d, c.last,
                     must_last, max_last);
    } else if (must_last) {
        fail_msg("%s: log is empty, expected up to %" PRIu64, d, must_last);
    }
    assert_int_equal(count_suffix(d, ".spare", NULL), 0); /* spares are deleted on open */
    rmq_wal_stats(wal, &st);
    next = st.next_lsn;
    for (int i = 0; i < 3; i++)
        append_next(wal, NULL);
    rmq_wal_close(wal);
    wal = open_ok(&o);
    c = replay_all(wal);
    assert_int_equal(c.last, next + 2);
    rmq_wal_close(wal);
}

/* ---- tests -------------------------------------------------------------------------------- */

static void test_trim_keeps_spares_and_reuses_them(void **state)
{
    rmq_wal_opts_t o = opts_for(dir);
    rmq_wal_t *wal;
    rmq_wal_stats_t st;
    rmq_wal_pos_t pos;
    uint64_t spare_id = 0, first_spare;
    char name[WAL_SPARE_NAME_SIZE], seg[WAL_SEG_NAME_SIZE];
    ino_t ino;
    check_t c;
    int i;
    (void)state;

    wal = open_ok(&o);
    for (i = 0; i < (int)PER_SEG * 7; i++)
        append_next(wal, NULL);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 7);
    /* Six segments go; four become spares, two are deleted. */
    assert_int_equal(rmq_wal_trim(wal, st.next_lsn), 6);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 1);
    assert_int_equal(st.spares, 4);
    assert_int_equal(st.recycled, 0);
    assert_int_equal(count_suffix(dir, ".spare", &spare_id), 4);
    assert_int_equal(count_suffix(dir, ".wal", NULL), 1);
    /* Trim keeps the oldest four (1..4) and deletes 5, 6; the oldest spare is reused first. */
    (void)spare_id;
    first_spare = 1;
    rmq_wal_spare_name(first_spare, name);
    ino = inode_of(dir, name);

    /* The tail (segment 7) is full: the next frame opens segment 8 in the file of segment 1. */
    append_next(wal, &pos);
    assert_int_equal(pos.segment_id, 8);
    rmq_wal_seg_name(8, seg);
    assert_int_equal(inode_of(dir, seg), ino);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.recycled, 1);
    assert_int_equal(st.spares, 3);
    assert_int_equal(count_suffix(dir, ".spare", NULL), 3);
    for (i = 0; i < (int)PER_SEG; i++)
        append_next(wal, &pos);
    assert_int_equal(pos.segment_id, 9);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.recycled, 2);
    assert_int_equal(st.spares, 2);
    c = replay_all(wal);
    assert_int_equal(c.first, 6 * PER_SEG + 1);
    assert_int_equal(c.last, 8 * PER_SEG + 1);
    /* Reading back the frame in the reused file gives its new bytes. */
    {
        rmq_buf_t *b = NULL;
        uint8_t want[PAY];
        assert_int_equal(rmq_wal_read(wal, &pos, &b), 0);
        fill(want, PAY, c.last);
        assert_memory_equal(b->data, want, PAY);
        rmq_buf_unref(b);
    }
    rmq_wal_close(wal);

    /* Reopen: the reused tail is followed by the old frames of segment 3; none comes back. */
    wal = open_ok(&o);
    c = replay_all(wal);
    assert_int_equal(c.first, 6 * PER_SEG + 1);
    assert_int_equal(c.last, 8 * PER_SEG + 1);
    assert_int_equal(count_suffix(dir, ".spare", NULL), 0);
    rmq_wal_close(wal);
    check_image(dir, 6 * PER_SEG + 1, 8 * PER_SEG + 1, 8 * PER_SEG + 1);
}

static void test_recycle_disabled(void **state)
{
    rmq_wal_opts_t o = opts_for(dir);
    rmq_wal_t *wal;
    rmq_wal_stats_t st;
    (void)state;

    o.recycle_segments = 0;
    wal = open_ok(&o);
    for (int i = 0; i < (int)PER_SEG * 3; i++)
        append_next(wal, NULL);
    rmq_wal_stats(wal, &st);
    assert_int_equal(rmq_wal_trim(wal, st.next_lsn), 2);
    for (int i = 0; i < (int)PER_SEG * 2; i++)
        append_next(wal, NULL);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.spares, 0);
    assert_int_equal(st.recycled, 0);
    assert_int_equal(count_suffix(dir, ".spare", NULL), 0);
    rmq_wal_close(wal);

    o.recycle_segments = WAL_MAX_RECYCLE + 1;
    {
        rmq_wal_t *w2 = NULL;
        rmq_err_t err;
        assert_int_equal(rmq_wal_open(&o, &w2, &err), RMQ_EINVAL);
    }
}

/* Puts the WAL in a state with spares: 7 segments written, 6 trimmed (4 kept). */
static rmq_wal_t *with_spares(uint64_t *next)
{
    rmq_wal_opts_t o = opts_for(dir);
    rmq_wal_t *wal = open_ok(&o);
    rmq_wal_stats_t st;
    for (int i = 0; i < (int)PER_SEG * 7; i++)
        append_next(wal, NULL);
    rmq_wal_stats(wal, &st);
    assert_int_equal(rmq_wal_trim(wal, st.next_lsn), 6);
    /* The tail (segment 7) is full: the next append rolls into spare 1. */
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 1);
    *next = st.next_lsn;
    return wal;
}

static void write_at(const char *d, const char *name, const void *p, size_t n, uint64_t off)
{
    char path[320];
    snprintf(path, sizeof(path), "%s/%s", d, name);
    int fd = open(path, O_WRONLY);
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, p, n, (off_t)off), (ssize_t)n);
    close(fd);
}

static void rename_in(const char *d, const char *from, const char *to)
{
    char a[320], b[320];
    snprintf(a, sizeof(a), "%s/%s", d, from);
    snprintf(b, sizeof(b), "%s/%s", d, to);
    assert_int_equal(rename(a, b), 0);
}

/*
 * Hand-made images of a crash in the middle of reusing spare 1 as segment 8. The log holds
 * segment 7 (LSNs 109..126, full); spare 1 holds the old frames 1..18.
 */
static void test_crash_between_recycle_steps(void **state)
{
    uint64_t next;
    rmq_wal_t *wal;
    char spare[WAL_SPARE_NAME_SIZE], seg[WAL_SEG_NAME_SIZE];
    uint8_t hdr[WAL_SEG_HDR_SIZE], frame[FRAME];
    const uint64_t first = 6 * PER_SEG + 1;
    (void)state;

    wal = with_spares(&next);
    assert_int_equal(next, 7 * PER_SEG + 1);
    copy_dir(dir, img); /* spares and segment 7, as on disk now */
    rmq_wal_close(wal);
    rmq_wal_spare_name(1, spare);
    rmq_wal_seg_name(8, seg);

    /* 1. Crash before the rename: spares only. */
    {
        char one[160];
        snprintf(one, sizeof(one), "%s/1", root);
        copy_dir(img, one);
        check_image(one, first, next - 1, next - 1);
    }
    /* 2. Renamed, header not written: the file still says it is segment 3. */
    {
        char two[160];
        snprintf(two, sizeof(two), "%s/2", root);
        copy_dir(img, two);
        rename_in(two, spare, seg);
        check_image(two, first, next - 1, next - 1);
    }
    /* 3. New header durable, no frame yet: the old frames behind it carry old LSNs. */
    rmq_wal_seg_hdr_encode(hdr, 8, next);
    rmq_wal_seg_hdr_set_flags(hdr, WAL_HDR_FLAG_RECYCLED);
    {
        char three[160];
        snprintf(three, sizeof(three), "%s/3", root);
        copy_dir(img, three);
        rename_in(three, spare, seg);
        write_at(three, seg, hdr, sizeof(hdr), 0);
        check_image(three, first, next - 1, next - 1);
    }
    /* 4. Header and the first frame durable, the rest still the old segment's. */
    memset(frame, 0, sizeof(frame));
    rmq_put_le32(frame, PAY);
    rmq_put_le64(frame + 8, next);
    rmq_put_le64(frame + 16, next % 3);
    fill(frame + WAL_FRAME_HDR_SIZE, PAY, next);
    rmq_put_le32(frame + 4, rmq_wal_frame_crc(frame, frame + WAL_FRAME_HDR_SIZE, PAY));
    {
        char four[160];
        snprintf(four, sizeof(four), "%s/4", root);
        copy_dir(img, four);
        rename_in(four, spare, seg);
        write_at(four, seg, hdr, sizeof(hdr), 0);
        write_at(four, seg, frame, sizeof(frame), WAL_SEG_HDR_SIZE);
        check_image(four, first, next, next);
    }
    /* 5. The first frame torn: its payload half new, half old. */
    {
        char five[160];
        snprintf(five, sizeof(five), "%s/5", root);
        copy_dir(img, five);
        rename_in(five, spare, seg);
        write_at(five, seg, hdr, sizeof(hdr), 0);
        write_at(five, seg, frame, sizeof(frame) / 2, WAL_SEG_HDR_SIZE);
        check_image(five, first, next - 1, next - 1);
    }
    /* 6. A header that is not the one the writer would write (first lsn one too high). */
    {
        char six[160];
        uint8_t bad[WAL_SEG_HDR_SIZE];
        snprintf(six, sizeof(six), "%s/6", root);
        copy_dir(img, six);
        rename_in(six, spare, seg);
        rmq_wal_seg_hdr_encode(bad, 8, next + 1);
        write_at(six, seg, bad, sizeof(bad), 0);
        check_image(six, first, next - 1, next - 1);
    }
}

/*
 * A reused segment that is no longer the tail, whose truncation on the roll never reached
 * the disk: the old frames of its earlier life still follow its data. The next segment starts
 * at exactly the following LSN, so the log goes on there (nothing reported durable is lost).
 */
static void test_lost_truncation_of_reused_segment(void **state)
{
    uint64_t next;
    rmq_wal_t *wal;
    rmq_wal_pos_t pos;
    rmq_wal_stats_t st;
    char seg8[WAL_SEG_NAME_SIZE], seg9[WAL_SEG_NAME_SIZE], path[320];
    uint8_t stale[SEG_SIZE];
    struct stat sb;
    check_t c;
    (void)state;

    wal = with_spares(&next);
    /* Segment 8 (reused) gets 18 frames, segment 9 (reused) 5. */
    for (int i = 0; i < (int)PER_SEG + 5; i++)
        append_next(wal, &pos);
    assert_int_equal(pos.segment_id, 9);
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.recycled, 2);
    rmq_wal_close(wal);

    /* Put back what a lost truncation leaves: segment 8 as long as before, with old frames
     * (copied from segment 7, so CRC-valid frames of other LSNs on frame boundaries). */
    rmq_wal_seg_name(8, seg8);
    rmq_wal_seg_name(9, seg9);
    {
        char seg7[WAL_SEG_NAME_SIZE];
        int fd;
        rmq_wal_seg_name(7, seg7);
        snprintf(path, sizeof(path), "%s/%s", dir, seg7);
        fd = open(path, O_RDONLY);
        assert_true(fd >= 0);
        assert_int_equal(pread(fd, stale, 32 + PER_SEG * FRAME, 0), 32 + PER_SEG * FRAME);
        close(fd);
    }
    snprintf(path, sizeof(path), "%s/%s", dir, seg8);
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_size, 32 + PER_SEG * FRAME);
    /* Frames 1.. of segment 7 placed after segment 8's data, as if never cut off; then the
     * rest of the file like a preallocated tail holding more old bytes. */
    write_at(dir, seg8, stale + 32, FRAME, 32 + PER_SEG * FRAME);
    write_at(dir, seg8, "old!", 4, SEG_SIZE - 4);

    {
        rmq_wal_opts_t o = opts_for(dir);
        wal = open_ok(&o);
    }
    c = replay_all(wal);
    assert_int_equal(c.first, 6 * PER_SEG + 1);
    assert_int_equal(c.last, 8 * PER_SEG + 5); /* segment 9's frames are all there */
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.segments, 3);
    rmq_wal_close(wal);
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_size, 32 + PER_SEG * FRAME); /* the old bytes were cut off */
    check_image(dir, 6 * PER_SEG + 1, 8 * PER_SEG + 5, 8 * PER_SEG + 5);
}

/*
 * Crash images at every I/O point of a run that trims and reuses spares: before each I/O the
 * hook copies the directory (what the disk would hold if the machine stopped there with the
 * page cache written out). Each image must open to a contiguous prefix holding every append
 * reported durable before the image was taken, and nothing else.
 */
typedef struct snapper {
    pthread_mutex_t mu;
    int n;
    uint64_t durable_before[MAX_SNAP]; /* highest LSN reported durable when taken */
    uint64_t durable;
    int ops[5];
} snapper_t;

static snapper_t snap;

static long snap_hook(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    snapper_t *s = opaque;
    char d[160];
    (void)len;
    pthread_mutex_lock(&s->mu);
    if ((int)op >= 0 && (int)op < 5)
        s->ops[op]++;
    if (s->n < MAX_SNAP) {
        snprintf(d, sizeof(d), "%s/snap%03d", root, s->n);
        copy_dir(dir, d);
        s->durable_before[s->n] = s->durable;
        s->n++;
    }
    pthread_mutex_unlock(&s->mu);
    return 0;
}

static void test_crash_images_at_every_io(void **state)
{
    rmq_wal_opts_t o = opts_for(dir);
    rmq_wal_t *wal;
    rmq_wal_stats_t st;
    rmq_wal_pos_t pos;
    (void)state;

    /* A log with spares, made without the hook. */
    wal = open_ok(&o);
    for (int i = 0; i < (int)PER_SEG * 4; i++)
        append_next(wal, NULL);
    rmq_wal_close(wal);

    memset(&snap, 0, sizeof(snap));
    pthread_mutex_init(&snap.mu, NULL);
    o.fault = snap_hook;
    o.fault_opaque = &snap;
    wal = open_ok(&o);
    rmq_wal_stats(wal, &st);
    assert_int_equal(rmq_wal_trim(wal, st.next_lsn), 3); /* three spares */
    for (int i = 0; i < (int)PER_SEG * 3 + 2; i++) {
        append_next(wal, &pos);
        pthread_mutex_lock(&snap.mu);
        rmq_wal_stats(wal, &st);
        snap.durable = st.next_lsn - 1;
        pthread_mutex_unlock(&snap.mu);
    }
    rmq_wal_stats(wal, &st);
    assert_int_equal(st.recycled, 3);
    rmq_wal_close(wal);
    assert_true(snap.n < MAX_SNAP);                /* every I/O point got its image */
    assert_true(snap.ops[RMQ_WAL_OP_RENAME] >= 6); /* 3 at trim, 3 at reuse */

    for (int k = 0; k < snap.n; k++) {
        char d[160];
        snprintf(d, sizeof(d), "%s/snap%03d", root, k);
        check_image(d, 1, snap.durable_before[k], 7 * PER_SEG + 2);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_trim_keeps_spares_and_reuses_them, setup, teardown),
        cmocka_unit_test_setup_teardown(test_recycle_disabled, setup, teardown),
        cmocka_unit_test_setup_teardown(test_crash_between_recycle_steps, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lost_truncation_of_reused_segment, setup, teardown),
        cmocka_unit_test_setup_teardown(test_crash_images_at_every_io, setup, teardown),
    };
    rmq_log_set_level(RMQ_LOG_OFF);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
