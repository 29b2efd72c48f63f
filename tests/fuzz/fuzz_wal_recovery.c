/*
 * fuzz_wal_recovery.c - libFuzzer target for WAL recovery (src/storage/wal/wal_recover.c).
 *
 * The input becomes the bytes of one or two segment files in a scratch directory (on tmpfs
 * when /dev/shm exists). The WAL is opened (recovery), replayed, one frame is appended, and it
 * is closed and reopened. Invariants: open never fails on hostile bytes; replayed LSNs are
 * contiguous; every replayed frame's stored CRC matches its bytes on disk (checked here
 * independently of the WAL code); the appended frame gets the next LSN and, after reopen, the
 * log is exactly the old frames plus that one.
 *
 * Input layout: byte 0 = flags, then (two files) a 2-byte split point, then file bytes.
 *   flags & 1   two segment files
 *   flags & 2   repair each segment header (magic, version, size, id, CRC) so frames get parsed
 *   flags & 4   renumber frame LSNs from the header's first LSN, file 2 continuing file 1
 *   flags & 8   recompute frame CRCs
 *   flags & 16  FSYNC_INTERVAL instead of FSYNC_GROUP
 */
#include "storage/wal/wal.h"
#include "storage/wal/wal_int.h"

#include <dirent.h>

#include "common/assert.h"
#include "common/crc32c.h"
#include "common/log.h"
#include "common/mem.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[128];

static void clean_dir(void);

static void remove_dir(void)
{
    clean_dir();
    rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    rmq_log_set_level(RMQ_LOG_OFF);
    rmq_strlcpy(dir,
                access("/dev/shm", W_OK) == 0 ? "/dev/shm/rmq-fuzz-wal-XXXXXX"
                                              : "/tmp/rmq-fuzz-wal-XXXXXX",
                sizeof(dir));
    if (!mkdtemp(dir))
        rmq_panic("mkdtemp %s: %s", dir, strerror(errno));
    atexit(remove_dir);
    return 0;
}

static void clean_dir(void)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char p[512];

    if (!d)
        return;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
        unlink(p);
    }
    closedir(d);
}

/* Applies the repair flags to one file image; returns the LSN after its last walked frame. */
static uint64_t repair(uint8_t *f, size_t n, uint64_t id, uint64_t first_lsn, unsigned flags)
{
    uint64_t lsn;
    size_t off = WAL_SEG_HDR_SIZE;

    if (n < WAL_SEG_HDR_SIZE)
        return first_lsn;
    if (flags & 2) {
        uint64_t fl = rmq_le64(f + 16);
        if (first_lsn)
            fl = first_lsn;
        else if (fl == 0 || fl > (1ull << 40))
            fl = 1 + (fl & 0xffff);
        rmq_wal_seg_hdr_encode(f, id, fl);
    }
    lsn = rmq_le64(f + 16);
    while (off + WAL_FRAME_HDR_SIZE <= n) {
        uint32_t len = rmq_le32(f + off);
        if (len > n - off - WAL_FRAME_HDR_SIZE)
            break;
        if (flags & 4)
            rmq_put_le64(f + off + 8, lsn);
        if (flags & 8)
            rmq_put_le32(f + off + 4,
                         rmq_wal_frame_crc(f + off, f + off + WAL_FRAME_HDR_SIZE, len));
        off += WAL_FRAME_HDR_SIZE + len;
        lsn++;
    }
    return lsn;
}

static void write_seg(uint64_t id, const uint8_t *p, size_t n)
{
    char name[WAL_SEG_NAME_SIZE], path[512];
    int fd;

    rmq_wal_seg_name(id, name);
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        rmq_panic("create %s: %s", path, strerror(errno));
    if (n && write(fd, p, n) != (ssize_t)n)
        rmq_panic("write %s: %s", path, strerror(errno));
    close(fd);
}

typedef struct check {
    uint64_t first, next, count;
    uint64_t last_part;
    size_t last_len;
    uint8_t last_byte;
} check_t;

static int check_cb(void *opaque, uint64_t lsn, uint64_t part, const uint8_t *data, size_t len,
                    const rmq_wal_pos_t *pos)
{
    check_t *c = opaque;
    char name[WAL_SEG_NAME_SIZE], path[512];
    uint8_t hdr[WAL_FRAME_HDR_SIZE];
    int fd;

    if (c->count == 0)
        c->first = lsn;
    else if (lsn != c->next)
        rmq_panic("replay: lsn %" PRIu64 " after %" PRIu64, lsn, c->next - 1);
    if (pos->len != len)
        rmq_panic("replay: pos.len %" PRIu32 " != %zu", pos->len, len);
    /* Independent CRC check against the bytes on disk. */
    rmq_wal_seg_name(pos->segment_id, name);
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || pread(fd, hdr, sizeof(hdr), (off_t)pos->offset) != (ssize_t)sizeof(hdr))
        rmq_panic("replay: cannot read back frame at %" PRIu64, pos->offset);
    close(fd);
    if (rmq_le32(hdr) != len || rmq_le64(hdr + 8) != lsn || rmq_le64(hdr + 16) != part)
        rmq_panic("replay: frame header on disk disagrees");
    if (rmq_crc32c(rmq_crc32c(0, hdr + 8, 16), data, len) != rmq_le32(hdr + 4))
        rmq_panic("replay: exposed a frame whose crc does not match");
    c->next = lsn + 1;
    c->count++;
    c->last_part = part;
    c->last_len = len;
    c->last_byte = len ? data[len - 1] : 0;
    return 0;
}

static rmq_wal_t *open_or_die(const rmq_wal_opts_t *o)
{
    rmq_wal_t *wal = NULL;
    rmq_err_t err;

    rmq_err_clear(&err);
    if (rmq_wal_open(o, &wal, &err) != 0)
        rmq_panic("open failed on hostile bytes: %s", err.msg);
    return wal;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rmq_wal_opts_t o;
    rmq_wal_t *wal;
    rmq_wal_stats_t st;
    check_t c1, c2;
    uint8_t *img;
    size_t split;
    unsigned flags;
    uint64_t lsn_after, lsn = 0;
    int rc;
    static const uint8_t mine[5] = {1, 2, 3, 4, 0xee};

    if (size < 1 || size > (1u << 20))
        return 0;
    flags = data[0];
    data++;
    size--;
    split = size;
    if ((flags & 1) && size >= 2) {
        split = ((size_t)data[0] | (size_t)data[1] << 8) % (size - 1);
        data += 2;
        size -= 2;
    }
    img = rmq_malloc(size ? size : 1);
    if (size)
        memcpy(img, data, size);
    clean_dir();
    lsn_after = repair(img, split, 1, 0, flags);
    write_seg(1, img, split);
    if ((flags & 1) && split < size + 1) {
        repair(img + split, size - split, 2, (flags & 4) ? lsn_after : 0, flags);
        write_seg(2, img + split, size - split);
    }
    free(img);

    rmq_wal_opts_init(&o);
    o.dir = dir;
    o.segment_size_bytes = 4096;
    o.buffer_size = 4096;
    o.io_backend = RMQ_WAL_IO_PWRITE;
    o.fsync_mode = (flags & 16) ? RMQ_WAL_FSYNC_INTERVAL : RMQ_WAL_FSYNC_GROUP;

    wal = open_or_die(&o);
    memset(&c1, 0, sizeof(c1));
    if (rmq_wal_replay(wal, 0, check_cb, &c1, NULL) != 0)
        rmq_panic("replay failed right after recovery");
    rmq_wal_stats(wal, &st);
    if (c1.count && st.next_lsn != c1.next)
        rmq_panic("next lsn %" PRIu64 " != replayed end %" PRIu64, st.next_lsn, c1.next);
    rc = rmq_wal_append_sync(wal, 77, mine, sizeof(mine), &lsn, NULL);
    if (rc == RMQ_EFULL && st.next_lsn > (1ull << 62)) {
        rmq_wal_close(wal); /* a forged header used up the LSN space: refusing is right */
        return 0;
    }
    if (rc != 0)
        rmq_panic("append after recovery failed: %s", rmq_strerror(rc));
    if (lsn != st.next_lsn)
        rmq_panic("append got lsn %" PRIu64 ", expected %" PRIu64, lsn, st.next_lsn);
    rmq_wal_close(wal);

    wal = open_or_die(&o);
    memset(&c2, 0, sizeof(c2));
    if (rmq_wal_replay(wal, 0, check_cb, &c2, NULL) != 0)
        rmq_panic("replay failed after reopen");
    if (c2.count != c1.count + 1 || (c1.count && c2.first != c1.first) || c2.next != lsn + 1 ||
        c2.last_part != 77 || c2.last_len != sizeof(mine) || c2.last_byte != 0xee)
        rmq_panic("reopen changed the log: %" PRIu64 " frames then %" PRIu64, c1.count, c2.count);
    rmq_wal_close(wal);
    return 0;
}
