/*
 * wal_segment.c - segment files: names, header and frame codecs (format table in wal_int.h),
 * the segment list, fault-aware system calls, and a windowed reader for recovery and replay.
 */
#include "storage/wal/wal_int.h"

#include "common/file.h"
#include "common/crc32c.h"
#include "common/mem.h"

#define READER_WINDOW ((size_t)1 << 20)

void rmq_wal_seg_name(uint64_t id, char name[WAL_SEG_NAME_SIZE])
{
    snprintf(name, WAL_SEG_NAME_SIZE, "%020" PRIu64 ".wal", id);
}

void rmq_wal_spare_name(uint64_t id, char name[WAL_SPARE_NAME_SIZE])
{
    snprintf(name, WAL_SPARE_NAME_SIZE, "%020" PRIu64 ".spare", id);
}

/* 20 digits then suffix, the whole name exactly that long. */
static int parse_id_name(const char *name, const char *suffix, uint64_t *id)
{
    uint64_t v = 0;

    if (strlen(name) != 20 + strlen(suffix) || strcmp(name + 20, suffix) != 0)
        return -1;
    for (int i = 0; i < 20; i++) {
        unsigned d;
        if (name[i] < '0' || name[i] > '9')
            return -1;
        d = (unsigned)(name[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    if (v > WAL_MAX_SEG_ID)
        return -1; /* cannot be ours: ids count up from 1 */
    *id = v;
    return 0;
}

int rmq_wal_seg_parse_name(const char *name, uint64_t *id)
{
    return parse_id_name(name, ".wal", id);
}

int rmq_wal_spare_parse_name(const char *name, uint64_t *id)
{
    return parse_id_name(name, ".spare", id);
}

void rmq_wal_seg_hdr_encode(uint8_t hdr[WAL_SEG_HDR_SIZE], uint64_t id, uint64_t first_lsn)
{
    memset(hdr, 0, WAL_SEG_HDR_SIZE);
    rmq_put_le32(hdr, WAL_MAGIC);
    hdr[4] = WAL_FORMAT_VERSION & 0xff;
    hdr[5] = 0;
    hdr[6] = WAL_SEG_HDR_SIZE & 0xff;
    hdr[7] = 0;
    rmq_put_le64(hdr + 8, id);
    rmq_put_le64(hdr + 16, first_lsn);
    rmq_put_le32(hdr + 28, rmq_crc32c(0, hdr, 28));
}

void rmq_wal_seg_hdr_set_flags(uint8_t hdr[WAL_SEG_HDR_SIZE], uint32_t flags)
{
    rmq_put_le32(hdr + 24, flags);
    rmq_put_le32(hdr + 28, rmq_crc32c(0, hdr, 28));
}

uint32_t rmq_wal_seg_hdr_flags(const uint8_t hdr[WAL_SEG_HDR_SIZE])
{
    return rmq_le32(hdr + 24);
}

int rmq_wal_seg_hdr_decode(const uint8_t *hdr, size_t len, uint64_t *id, uint64_t *first_lsn,
                           rmq_err_t *err)
{
    uint32_t want, got;
    unsigned version, hsize;

    if (len < WAL_SEG_HDR_SIZE)
        return rmq_err_set(err, RMQ_ECORRUPT, "segment header truncated (%zu of %u bytes)", len,
                           WAL_SEG_HDR_SIZE);
    if (rmq_le32(hdr) != WAL_MAGIC)
        return rmq_err_set(err, RMQ_ECORRUPT, "bad segment magic 0x%08" PRIx32, rmq_le32(hdr));
    want = rmq_le32(hdr + 28);
    got = rmq_crc32c(0, hdr, 28);
    if (want != got)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "segment header crc mismatch (stored 0x%08" PRIx32
                           ", computed 0x%08" PRIx32 ")",
                           want, got);
    version = (unsigned)hdr[4] | (unsigned)hdr[5] << 8;
    hsize = (unsigned)hdr[6] | (unsigned)hdr[7] << 8;
    if (version != WAL_FORMAT_VERSION)
        return rmq_err_set(err, RMQ_ECORRUPT, "unsupported segment format version %u", version);
    if (hsize != WAL_SEG_HDR_SIZE)
        return rmq_err_set(err, RMQ_ECORRUPT, "bad segment header size %u", hsize);
    *id = rmq_le64(hdr + 8);
    *first_lsn = rmq_le64(hdr + 16);
    if (*first_lsn == 0 || *first_lsn > WAL_MAX_LSN)
        return rmq_err_set(err, RMQ_ECORRUPT, "segment first lsn %" PRIu64 " out of range",
                           *first_lsn);
    return 0;
}

void rmq_wal_frame_hdr_decode(const uint8_t *p, wal_frame_hdr_t *fh)
{
    fh->len = rmq_le32(p);
    fh->crc = rmq_le32(p + 4);
    fh->lsn = rmq_le64(p + 8);
    fh->partition = rmq_le64(p + 16);
}

uint32_t rmq_wal_frame_crc(const uint8_t *hdr, const uint8_t *payload, size_t len)
{
    return rmq_crc32c(rmq_crc32c(0, hdr + 8, 16), payload, len);
}

/* ---- segment list ------------------------------------------------------------------------ */

wal_seg_t *rmq_wal_seg_ref_locked(wal_seg_t *seg)
{
    RMQ_DASSERT(seg->refcnt > 0);
    seg->refcnt++;
    return seg;
}

void rmq_wal_seg_unref(rmq_wal_t *wal, wal_seg_t *seg)
{
    int last;

    pthread_mutex_lock(&wal->seg_mu);
    RMQ_ASSERT(seg->refcnt > 0);
    last = --seg->refcnt == 0;
    pthread_mutex_unlock(&wal->seg_mu);
    if (last) {
        if (seg->fd >= 0)
            close(seg->fd);
        free(seg);
    }
}

void rmq_wal_seg_list_push(rmq_wal_t *wal, wal_seg_t *seg)
{
    pthread_mutex_lock(&wal->seg_mu);
    if (wal->nsegs == wal->segs_cap) {
        wal->segs_cap = wal->segs_cap ? wal->segs_cap * 2 : 8;
        wal->segs = rmq_realloc(wal->segs, wal->segs_cap * sizeof(*wal->segs));
    }
    RMQ_ASSERT(wal->nsegs == 0 || wal->segs[wal->nsegs - 1]->id < seg->id);
    wal->segs[wal->nsegs++] = seg;
    pthread_mutex_unlock(&wal->seg_mu);
}

/* ---- fault-aware system calls ------------------------------------------------------------ */

int rmq_wal_fault(rmq_wal_t *wal, rmq_wal_io_op_t op, size_t len)
{
    long r;

    if (!wal->opts.fault)
        return 0;
    r = wal->opts.fault(wal->opts.fault_opaque, op, len);
    if (r < 0)
        return r < INT_MIN ? -EIO : (int)r;
    return 0;
}

int rmq_wal_sys_openat(rmq_wal_t *wal, const char *name, int flags, int *fdp)
{
    int rc = rmq_wal_fault(wal, RMQ_WAL_OP_OPEN, 0);
    int fd;

    *fdp = -1;
    if (rc < 0)
        return rc;
    fd = rmq_file_open_in(wal->dir, wal->dir_fd, name, flags | O_CLOEXEC, 0644);
    if (fd < 0)
        return fd;
    *fdp = fd;
    return 0;
}

int rmq_wal_sys_ftruncate(rmq_wal_t *wal, int fd, uint64_t size)
{
    int rc = rmq_wal_fault(wal, RMQ_WAL_OP_TRUNCATE, 0);

    if (rc < 0)
        return rc;
    do {
        rc = ftruncate(fd, (off_t)size);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

int rmq_wal_sys_fsync_dir(rmq_wal_t *wal)
{
    int rc = rmq_wal_fault(wal, RMQ_WAL_OP_FSYNC, 0);

    if (rc < 0)
        return rc;
    __atomic_add_fetch(&wal->fsyncs, 1, __ATOMIC_RELAXED);
    do {
        rc = fsync(wal->dir_fd);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

int rmq_wal_sys_rename(rmq_wal_t *wal, const char *from, const char *to)
{
    int rc = rmq_wal_fault(wal, RMQ_WAL_OP_RENAME, 0);

    if (rc < 0)
        return rc;
    return renameat(wal->dir_fd, from, wal->dir_fd, to) < 0 ? -errno : 0;
}

int rmq_wal_seg_preallocate(rmq_wal_t *wal, int fd)
{
    /*
     * Mode 0 extends the file size, so later writes inside the segment change no size and
     * fdatasync has less metadata to commit (measured about 1.3-2x faster for small synced
     * writes on ext4). Unsupported file systems just skip it; a full disk is reported
     * (-ENOSPC) so that a new segment is not started without its blocks.
     */
    int rc;

    do {
        rc = fallocate(fd, 0, 0, (off_t)wal->opts.segment_size_bytes);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 && errno == ENOSPC ? -ENOSPC : 0;
}

/* ---- reader ------------------------------------------------------------------------------ */

void rmq_wal_reader_init(wal_reader_t *r, int fd, uint64_t file_size)
{
    memset(r, 0, sizeof(*r));
    r->fd = fd;
    r->file_size = file_size;
}

void rmq_wal_reader_release(wal_reader_t *r)
{
    free(r->buf);
    r->buf = NULL;
    r->cap = 0;
}

int rmq_wal_reader_get(wal_reader_t *r, uint64_t off, size_t n, const uint8_t **p)
{
    size_t want, got = 0;

    if (off > r->file_size || n > r->file_size - off)
        return RMQ_ETRUNC;
    if (off >= r->win_off && off - r->win_off <= r->win_len &&
        n <= r->win_len - (off - r->win_off)) {
        *p = r->buf + (off - r->win_off);
        return 0;
    }
    want = n > READER_WINDOW ? n : READER_WINDOW;
    if (want > r->file_size - off)
        want = (size_t)(r->file_size - off);
    if (want > r->cap) {
        free(r->buf);
        r->buf = rmq_malloc(want);
        r->cap = want;
    }
    r->win_off = off;
    r->win_len = 0;
    while (got < want) {
        ssize_t k = pread(r->fd, r->buf + got, want - got, (off_t)(off + got));
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (k == 0)
            break; /* file shrank under us */
        got += (size_t)k;
    }
    r->win_len = got;
    if (got < n)
        return RMQ_ETRUNC;
    *p = r->buf;
    return 0;
}
