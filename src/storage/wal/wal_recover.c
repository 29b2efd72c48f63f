/*
 * wal_recover.c - recovery on open, and replay.
 *
 * Recovery trusts nothing on disk. It walks the segments in id order and every frame in each,
 * checking header, length, CRC and that LSNs continue by exactly one across frames and
 * segments. The first violation ends the log: the file is truncated there, every later
 * segment is deleted (bytes after a corrupt frame are never exposed, even if they look valid,
 * because nothing proves they were written after the frames before the gap), a warning says
 * how much was dropped, and appends continue after the last good frame.
 */
#include "storage/wal/wal_int.h"

#include <dirent.h>

#include "common/log.h"
#include "common/mem.h"

#define ZERO_CHUNK ((size_t)64 << 10)

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

    return x < y ? -1 : x > y;
}

/*
 * Segment ids found in the directory, sorted; *max_id is the largest segment-shaped name seen,
 * even one skipped as not a regular file (so a new segment never collides with it).
 */
static int list_segments(rmq_wal_t *wal, uint64_t **idsp, size_t *np, uint64_t *max_id,
                         int *dir_changed, rmq_err_t *err)
{
    int fd = dup(wal->dir_fd);
    DIR *d;
    struct dirent *de;
    uint64_t *ids = NULL;
    size_t n = 0, cap = 0;

    *max_id = 0;
    if (fd < 0)
        return rmq_err_set(err, -errno, "wal: dup(%s): %s", wal->dir, strerror(errno));
    d = fdopendir(fd);
    if (!d) {
        int e = errno;
        close(fd);
        return rmq_err_set(err, -e, "wal: opendir(%s): %s", wal->dir, strerror(e));
    }
    rewinddir(d);
    while ((de = readdir(d)) != NULL) {
        uint64_t id;
        struct stat st;
        if (rmq_wal_spare_parse_name(de->d_name, &id) == 0) {
            /*
             * A trimmed segment kept for reuse by an earlier open. Which LSNs its old frames
             * carry is not known here, so it cannot safely be reused: delete it.
             */
            if (id > *max_id)
                *max_id = id;
            if (unlinkat(wal->dir_fd, de->d_name, 0) < 0 && errno != ENOENT)
                rmq_warn("wal", "%s: cannot delete spare %s: %s", wal->dir, de->d_name,
                         strerror(errno));
            else
                *dir_changed = 1;
            continue;
        }
        if (rmq_wal_seg_parse_name(de->d_name, &id) < 0) {
            if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
                rmq_debug("wal", "%s: ignoring non-segment file %s", wal->dir, de->d_name);
            continue;
        }
        if (id > *max_id)
            *max_id = id;
        /* Only regular files can be segments (not directories, fifos or symlinks). */
        if (fstatat(wal->dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0 ||
            !S_ISREG(st.st_mode)) {
            rmq_warn("wal", "%s: ignoring %s: not a regular file", wal->dir, de->d_name);
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            ids = rmq_realloc(ids, cap * sizeof(*ids));
        }
        ids[n++] = id;
    }
    closedir(d);
    if (n)
        qsort(ids, n, sizeof(*ids), cmp_u64);
    *idsp = ids;
    *np = n;
    return 0;
}

static int read_full(int fd, void *buf, size_t n, uint64_t off, size_t *got)
{
    *got = 0;
    while (*got < n) {
        ssize_t k = pread(fd, (uint8_t *)buf + *got, n - *got, (off_t)(off + *got));
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (k == 0)
            break;
        *got += (size_t)k;
    }
    return 0;
}

static int all_zero(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return 0;
    return 1;
}

/*
 * Sets *zero to 1 when bytes [off, end) of fd are all zero. Skips holes and unwritten
 * preallocated extents with SEEK_DATA/SEEK_HOLE when the file system supports them.
 */
static int range_is_zero(int fd, uint64_t off, uint64_t end, int *zero)
{
    uint8_t *buf = rmq_malloc(ZERO_CHUNK);
    uint64_t pos = off;
    int rc = 0, seek_ok = 1;

    *zero = 1;
    while (pos < end) {
        uint64_t data = pos, hole = end;
        if (seek_ok) {
            off_t d = lseek(fd, (off_t)pos, SEEK_DATA);
            if (d < 0) {
                if (errno == ENXIO)
                    break; /* only a hole up to end of file */
                seek_ok = 0;
            } else {
                off_t h;
                data = (uint64_t)d;
                h = lseek(fd, d, SEEK_HOLE);
                hole = h < 0 ? end : RMQ_MIN((uint64_t)h, end);
            }
        }
        if (data >= end)
            break;
        while (data < hole) {
            size_t want = (size_t)RMQ_MIN((uint64_t)ZERO_CHUNK, hole - data), got;
            rc = read_full(fd, buf, want, data, &got);
            if (rc < 0)
                goto out;
            if (!all_zero(buf, got)) {
                *zero = 0;
                goto out;
            }
            if (got < want)
                goto out; /* end of file */
            data += got;
        }
        pos = hole;
    }
out:
    free(buf);
    return rc;
}

typedef struct scan_result {
    uint64_t end;      /* end of the last good frame */
    uint64_t next_lsn; /* LSN the next frame must have */
    uint64_t frames;
    int bad;       /* 1: a bad frame or non-zero bytes at `end` */
    char why[160]; /* reason when bad */
} scan_result_t;

/* Scans frames from the header on; never fails on bad bytes, only on read errors. */
static int scan_frames(int fd, uint64_t file_size, uint64_t first_lsn, scan_result_t *res)
{
    wal_reader_t r;
    uint64_t off = WAL_SEG_HDR_SIZE, lsn = first_lsn;
    int rc = 0;

    memset(res, 0, sizeof(*res));
    rmq_wal_reader_init(&r, fd, file_size);
    for (;;) {
        const uint8_t *p;
        wal_frame_hdr_t fh;

        if (off == file_size)
            break;
        rc = rmq_wal_reader_get(&r, off, WAL_FRAME_HDR_SIZE, &p);
        if (rc == RMQ_ETRUNC) {
            res->bad = 1;
            snprintf(res->why, sizeof(res->why), "partial frame header");
            rc = 0;
            break;
        }
        if (rc < 0)
            break;
        if (all_zero(p, WAL_FRAME_HDR_SIZE))
            break; /* end marker; the caller checks the rest is zero too */
        rmq_wal_frame_hdr_decode(p, &fh);
        if (fh.lsn != lsn || lsn > WAL_MAX_LSN) {
            res->bad = 1;
            snprintf(res->why, sizeof(res->why), "frame lsn %" PRIu64 ", expected %" PRIu64, fh.lsn,
                     lsn);
            break;
        }
        if (fh.len > WAL_MAX_DISK_PAYLOAD || fh.len > file_size - off - WAL_FRAME_HDR_SIZE) {
            res->bad = 1;
            snprintf(res->why, sizeof(res->why), "frame length %" PRIu32 " runs past the file",
                     fh.len);
            break;
        }
        rc = rmq_wal_reader_get(&r, off, WAL_FRAME_HDR_SIZE + (size_t)fh.len, &p);
        if (rc < 0) {
            if (rc == RMQ_ETRUNC) {
                res->bad = 1;
                snprintf(res->why, sizeof(res->why), "file shrank while reading");
                rc = 0;
            }
            break;
        }
        if (rmq_wal_frame_crc(p, p + WAL_FRAME_HDR_SIZE, fh.len) != fh.crc) {
            res->bad = 1;
            snprintf(res->why, sizeof(res->why), "frame crc mismatch (lsn %" PRIu64 ")", fh.lsn);
            break;
        }
        off += WAL_FRAME_HDR_SIZE + fh.len;
        lsn++;
        res->frames++;
    }
    rmq_wal_reader_release(&r);
    res->end = off;
    res->next_lsn = lsn;
    if (rc == 0 && !res->bad && off < file_size) {
        int zero;
        rc = range_is_zero(fd, off, file_size, &zero);
        if (rc == 0 && !zero) {
            res->bad = 1;
            snprintf(res->why, sizeof(res->why), "non-zero bytes after the last frame");
        }
    }
    return rc;
}

static uint64_t file_size_of(int dir_fd, const char *name)
{
    struct stat st;

    if (fstatat(dir_fd, name, &st, 0) < 0)
        return 0;
    return (uint64_t)st.st_size;
}

/* Deletes segment ids[from..n) (the log ended before them). Returns bytes dropped. */
static uint64_t drop_later(rmq_wal_t *wal, const uint64_t *ids, size_t from, size_t n,
                           size_t *count)
{
    uint64_t bytes = 0;

    *count = 0;
    for (size_t i = from; i < n; i++) {
        char name[WAL_SEG_NAME_SIZE];
        rmq_wal_seg_name(ids[i], name);
        bytes += file_size_of(wal->dir_fd, name);
        if (unlinkat(wal->dir_fd, name, 0) < 0 && errno != ENOENT)
            rmq_warn("wal", "%s: cannot delete %s: %s", wal->dir, name, strerror(errno));
        else
            (*count)++;
    }
    return bytes;
}

/* 1 when segment id's header is valid, names id and starts at first_lsn. */
static int next_continues(rmq_wal_t *wal, uint64_t id, uint64_t first_lsn)
{
    char name[WAL_SEG_NAME_SIZE];
    uint8_t hdr[WAL_SEG_HDR_SIZE];
    uint64_t hid, first;
    size_t got = 0;
    rmq_err_t herr;
    int fd, ok;

    rmq_wal_seg_name(id, name);
    fd = openat(wal->dir_fd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ok = read_full(fd, hdr, sizeof(hdr), 0, &got) == 0 &&
         rmq_wal_seg_hdr_decode(hdr, got, &hid, &first, &herr) == 0 && hid == id &&
         first == first_lsn;
    close(fd);
    return ok;
}

int rmq_wal_recover(rmq_wal_t *wal, rmq_err_t *err)
{
    uint64_t *ids = NULL;
    size_t n = 0, i;
    uint64_t expected = 0; /* 0: no segment accepted yet */
    uint64_t max_id;
    int rc, dir_changed = 0;

    rc = list_segments(wal, &ids, &n, &max_id, &dir_changed, err);
    if (rc < 0)
        return rc;
    wal->next_seg_id = max_id + 1; /* ids are <= WAL_MAX_SEG_ID: no wrap */

    for (i = 0; i < n; i++) {
        char name[WAL_SEG_NAME_SIZE];
        uint8_t hdr[WAL_SEG_HDR_SIZE];
        uint64_t hid = 0, first = 0;
        size_t got;
        struct stat st;
        scan_result_t res;
        rmq_err_t herr;
        wal_seg_t *seg;
        int fd;

        rmq_wal_seg_name(ids[i], name);
        rc = rmq_wal_sys_openat(wal, name, O_RDWR, &fd);
        if (rc < 0) {
            rmq_err_set(err, rc, "wal: open %s/%s: %s", wal->dir, name, rmq_strerror(rc));
            goto fail;
        }
        if (fstat(fd, &st) < 0) {
            rc = rmq_err_set(err, -errno, "wal: stat %s/%s: %s", wal->dir, name, strerror(errno));
            close(fd);
            goto fail;
        }
        rc = read_full(fd, hdr, sizeof(hdr), 0, &got);
        if (rc < 0) {
            rmq_err_set(err, rc, "wal: read %s/%s: %s", wal->dir, name, rmq_strerror(rc));
            close(fd);
            goto fail;
        }
        rmq_err_clear(&herr);
        rc = rmq_wal_seg_hdr_decode(hdr, got, &hid, &first, &herr);
        if (rc == 0 && hid != ids[i])
            rc = rmq_err_set(&herr, RMQ_ECORRUPT, "header names segment %" PRIu64, hid);
        if (rc == 0 && expected && first != expected)
            rc = rmq_err_set(&herr, RMQ_ECORRUPT,
                             "first lsn %" PRIu64 " does not continue the log at %" PRIu64, first,
                             expected);
        if (rc < 0) {
            /* A bad header ends the log: this segment and all later ones go. */
            size_t cnt;
            uint64_t bytes;
            close(fd);
            bytes = drop_later(wal, ids, i, n, &cnt);
            rmq_warn("wal",
                     "%s: segment %s: %s; log ends before it: deleted %zu segment(s), %" PRIu64
                     " bytes dropped",
                     wal->dir, name, herr.msg, cnt, bytes);
            dir_changed = 1;
            break;
        }

        rc = scan_frames(fd, (uint64_t)st.st_size, first, &res);
        if (rc < 0) {
            rmq_err_set(err, rc, "wal: read %s/%s: %s", wal->dir, name, rmq_strerror(rc));
            close(fd);
            goto fail;
        }
        if (res.bad && i + 1 < n && next_continues(wal, ids[i + 1], res.next_lsn)) {
            /*
             * The next segment starts exactly at the LSN after this one's last good frame:
             * the writer rolled right there, so whatever follows is not part of the log (the
             * stale old frames of a reused file whose truncation on the roll was not durable
             * yet). It is truncated below with the other non-tail leftovers.
             */
            rmq_debug("wal", "%s: segment %s: %s at offset %" PRIu64 ", before the next segment",
                      wal->dir, name, res.why, res.end);
            res.bad = 0;
            st.st_size = (off_t)res.end;
        }
        if (res.bad) {
            uint64_t bytes = (uint64_t)st.st_size - res.end, later_bytes;
            size_t cnt;
            rc = rmq_wal_sys_ftruncate(wal, fd, res.end);
            if (rc == 0)
                rc = rmq_wal_fault(wal, RMQ_WAL_OP_FSYNC, 0);
            if (rc == 0 && fdatasync(fd) < 0)
                rc = -errno;
            if (rc < 0) {
                rmq_err_set(err, rc, "wal: truncate %s/%s: %s", wal->dir, name, rmq_strerror(rc));
                close(fd);
                goto fail;
            }
            later_bytes = drop_later(wal, ids, i + 1, n, &cnt);
            if (cnt == 0 && (rmq_wal_seg_hdr_flags(hdr) & WAL_HDR_FLAG_RECYCLED))
                /* The usual end of a reused tail: old frames of its previous life follow. */
                rmq_info("wal",
                         "%s: reused segment %s ends at offset %" PRIu64 " (after lsn %" PRIu64
                         ", then %s); truncated %" PRIu64 " stale bytes",
                         wal->dir, name, res.end, res.next_lsn - 1, res.why, bytes);
            else
                rmq_warn("wal",
                         "%s: segment %s: %s at offset %" PRIu64 " (after lsn %" PRIu64
                         "); truncated %" PRIu64 " bytes, deleted %zu later segment(s) of %" PRIu64
                         " bytes",
                         wal->dir, name, res.why, res.end, res.next_lsn - 1, bytes, cnt,
                         later_bytes);
            if (cnt)
                dir_changed = 1;
            st.st_size = (off_t)res.end;
        }
        seg = rmq_calloc(1, sizeof(*seg));
        seg->id = ids[i];
        seg->first_lsn = first;
        seg->size = res.end;
        seg->fd = fd;
        seg->refcnt = 1;
        rmq_wal_seg_list_push(wal, seg);
        wal->used_bytes += seg->size;
        expected = res.next_lsn;
        if (res.bad)
            break;
    }
    free(ids);
    ids = NULL;

    if (dir_changed) {
        rc = rmq_wal_sys_fsync_dir(wal);
        if (rc < 0) {
            rmq_err_set(err, rc, "wal: fsync %s: %s", wal->dir, rmq_strerror(rc));
            goto fail;
        }
    }

    /* Segments before the tail keep no preallocated zeros (a crash can leave them). */
    for (i = 0; i + 1 < wal->nsegs; i++) {
        wal_seg_t *seg = wal->segs[i];
        struct stat st;
        if (fstat(seg->fd, &st) == 0 && (uint64_t)st.st_size > seg->size) {
            rc = rmq_wal_sys_ftruncate(wal, seg->fd, seg->size);
            if (rc < 0) {
                rmq_err_set(err, rc, "wal: truncate segment %" PRIu64 ": %s", seg->id,
                            rmq_strerror(rc));
                goto fail;
            }
        }
    }

    wal->next_lsn = expected ? expected : 1;
    wal->written_lsn = wal->next_lsn;
    wal->durable_lsn = wal->next_lsn;
    if (wal->nsegs) {
        wal->tail = wal->segs[wal->nsegs - 1];
        wal->tail_off = wal->tail->size;
        rmq_wal_seg_preallocate(wal, wal->tail->fd);
    }
    return 0;

fail:
    free(ids);
    return rc;
}

/* ---- replay ------------------------------------------------------------------------------ */

int rmq_wal_replay(rmq_wal_t *wal, uint64_t from_lsn, rmq_wal_replay_fn cb, void *opaque,
                   rmq_err_t *err)
{
    wal_seg_t **segs;
    uint64_t *sizes;
    size_t n, i;
    uint64_t lsn = 0;
    int rc = 0;

    if (!wal || wal->magic != WAL_OBJ_MAGIC || !cb)
        return rmq_err_set(err, RMQ_EINVAL, "wal: replay: invalid argument");
    pthread_mutex_lock(&wal->seg_mu);
    n = wal->nsegs;
    segs = rmq_calloc(n ? n : 1, sizeof(*segs));
    sizes = rmq_calloc(n ? n : 1, sizeof(*sizes));
    for (i = 0; i < n; i++) {
        segs[i] = rmq_wal_seg_ref_locked(wal->segs[i]);
        sizes[i] = wal->segs[i]->size;
    }
    pthread_mutex_unlock(&wal->seg_mu);

    for (i = 0; i < n && rc == 0; i++) {
        wal_seg_t *seg = segs[i];
        wal_reader_t r;
        uint64_t off = WAL_SEG_HDR_SIZE;
        const char *why = NULL;

        if (lsn && seg->first_lsn != lsn) {
            rc =
                rmq_err_set(err, RMQ_ECORRUPT,
                            "wal: segment %" PRIu64 " starts at lsn %" PRIu64 ", expected %" PRIu64,
                            seg->id, seg->first_lsn, lsn);
            break;
        }
        lsn = seg->first_lsn;
        if (i + 1 < n && segs[i + 1]->first_lsn <= from_lsn) {
            lsn = segs[i + 1]->first_lsn; /* every frame here is below from_lsn */
            continue;
        }
        rmq_wal_reader_init(&r, seg->fd, sizes[i]);
        while (off < sizes[i]) {
            const uint8_t *p;
            wal_frame_hdr_t fh;
            rmq_wal_pos_t pos;
            int io;

            io = rmq_wal_reader_get(&r, off, WAL_FRAME_HDR_SIZE, &p);
            if (io == 0) {
                rmq_wal_frame_hdr_decode(p, &fh);
                if (fh.lsn != lsn || fh.len > sizes[i] - off - WAL_FRAME_HDR_SIZE) {
                    why = "bad frame header";
                    break;
                }
                io = rmq_wal_reader_get(&r, off, WAL_FRAME_HDR_SIZE + (size_t)fh.len, &p);
            }
            if (io == RMQ_ETRUNC) {
                why = "file shorter than recovered";
                break;
            }
            if (io < 0) {
                rc = rmq_err_set(err, io, "wal: reading segment %" PRIu64 ": %s", seg->id,
                                 rmq_strerror(io));
                break;
            }
            if (rmq_wal_frame_crc(p, p + WAL_FRAME_HDR_SIZE, fh.len) != fh.crc) {
                why = "frame crc mismatch";
                break;
            }
            if (fh.lsn >= from_lsn) {
                pos.segment_id = seg->id;
                pos.offset = off;
                pos.len = fh.len;
                rc = cb(opaque, fh.lsn, fh.partition, p + WAL_FRAME_HDR_SIZE, fh.len, &pos);
                if (rc != 0)
                    break; /* the callback's value goes back to the caller as is */
            }
            off += WAL_FRAME_HDR_SIZE + fh.len;
            lsn++;
        }
        rmq_wal_reader_release(&r);
        if (why)
            rc = rmq_err_set(err, RMQ_ECORRUPT,
                             "wal: segment %" PRIu64
                             " changed on disk since open: %s at offset %" PRIu64
                             " (expected lsn %" PRIu64 ")",
                             seg->id, why, off, lsn);
    }
    for (i = 0; i < n; i++)
        rmq_wal_seg_unref(wal, segs[i]);
    free(segs);
    free(sizes);
    return rc;
}
