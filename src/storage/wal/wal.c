/*
 * wal.c - the write-ahead log: append queue, group-commit writer thread, segment rolling,
 * reads, trim and stats. Recovery and replay are in wal_recover.c, the on-disk format in
 * wal_int.h, the I/O backends in wal_io.c.
 *
 * Why it is shaped this way:
 * - One copy. An appender reserves room and an LSN in the active group buffer under wal->mu
 *   (a few stores), drops the lock, then copies its payload straight into the place the frame
 *   will be written from and checksums it there. Checksums of different appends run in
 *   parallel on their own threads; the writer never touches payload bytes.
 * - One write and one fdatasync per group. The writer swaps the two group buffers under the
 *   lock, so appends keep landing in the other buffer while a write+sync is in flight, and the
 *   next group is everything that arrived meanwhile (up to buffer_size).
 * - No syscall per append. Appenders signal the writer only when it sleeps and the group was
 *   empty; while it is busy they just enqueue.
 * - Completions run on the writer in LSN order after the whole group is durable; groups are
 *   written strictly one after another, so "durable" for an LSN implies every earlier LSN is.
 * - Any write or sync failure makes the WAL read-only: after a failed fsync the page cache may
 *   have dropped or kept the dirty pages, nobody knows which, so only reopening (recovery
 *   reads what is really there) may continue.
 */
#include <sys/statvfs.h>

#include "storage/wal/wal_int.h"

#include <sys/file.h>

#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

void rmq_wal_opts_init(rmq_wal_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->segment_size_bytes = WAL_DEFAULT_SEGMENT_SIZE;
    opts->capacity_bytes = 0;
    opts->buffer_size = WAL_DEFAULT_BUFFER_SIZE;
    opts->fsync_mode = RMQ_WAL_FSYNC_GROUP;
    opts->flush_interval_ms = WAL_DEFAULT_FLUSH_MS;
    opts->io_backend = RMQ_WAL_IO_AUTO;
    opts->recycle_segments = WAL_DEFAULT_RECYCLE;
}

/* ---- I/O with fault injection ------------------------------------------------------------ */

static size_t iov_total(const struct iovec *iov, int cnt)
{
    size_t n = 0;

    for (int i = 0; i < cnt; i++)
        n += iov[i].iov_len;
    return n;
}

/* Writes iov at off (then fdatasyncs when sync), consulting the fault hook first. */
static int do_write(rmq_wal_t *wal, int fd, struct iovec *iov, int cnt, uint64_t off, int sync)
{
    int rc;

    if (wal->opts.fault) {
        size_t total = iov_total(iov, cnt);
        long r = wal->opts.fault(wal->opts.fault_opaque, RMQ_WAL_OP_WRITE, total);
        if (r < 0)
            return r < INT_MIN ? -EIO : (int)r;
        if (r > 0 && (size_t)r < total) {
            /* Torn write: only the first r bytes reach the file, then the write fails. */
            size_t keep = (size_t)r;
            int k = 0;
            while (k < cnt && keep > 0) {
                if (iov[k].iov_len > keep)
                    iov[k].iov_len = keep;
                keep -= iov[k].iov_len;
                k++;
            }
            rc = wal->io->ops->writev(wal->io, fd, iov, k, off, 0);
            return rc < 0 ? rc : RMQ_EFAULT_INJECTED;
        }
        if (sync) {
            int f = rmq_wal_fault(wal, RMQ_WAL_OP_FSYNC, 0);
            if (f < 0) {
                rc = wal->io->ops->writev(wal->io, fd, iov, cnt, off, 0);
                return rc < 0 ? rc : f;
            }
        }
    }
    if (sync)
        __atomic_add_fetch(&wal->fsyncs, 1, __ATOMIC_RELAXED);
    return wal->io->ops->writev(wal->io, fd, iov, cnt, off, sync);
}

static int do_sync(rmq_wal_t *wal, int fd)
{
    int rc = rmq_wal_fault(wal, RMQ_WAL_OP_FSYNC, 0);

    if (rc < 0)
        return rc;
    __atomic_add_fetch(&wal->fsyncs, 1, __ATOMIC_RELAXED);
    return wal->io->ops->fdatasync(wal->io, fd);
}

/* ---- segments (writer thread) ------------------------------------------------------------ */

/* Leaves the tail segment: makes its data durable (INTERVAL mode) and drops preallocation. */
static int finish_segment(rmq_wal_t *wal)
{
    int rc = 0;

    if (wal->dirty) {
        rc = do_sync(wal, wal->tail->fd);
        if (rc < 0)
            return rc;
        wal->dirty = 0;
        __atomic_store_n(&wal->durable_lsn, wal->written_lsn, __ATOMIC_RELEASE);
    }
    return rmq_wal_sys_ftruncate(wal, wal->tail->fd, wal->tail_off);
}

/*
 * Takes a spare file for a segment starting at first_lsn: the oldest one nobody reads any more
 * (a reader that took a reference before the trim may still read it through its fd) whose old
 * frames all have LSNs below first_lsn. NULL when none fits.
 */
static wal_seg_t *take_spare(rmq_wal_t *wal, uint64_t first_lsn)
{
    wal_seg_t *seg = NULL;

    pthread_mutex_lock(&wal->seg_mu);
    for (size_t i = 0; i < wal->nspares; i++) {
        if (wal->spares[i]->refcnt == 1 && wal->spares[i]->lsn_end <= first_lsn) {
            seg = wal->spares[i];
            wal->spare_bytes -= RMQ_MIN(seg->size, wal->spare_bytes);
            memmove(wal->spares + i, wal->spares + i + 1,
                    (wal->nspares - i - 1) * sizeof(*wal->spares));
            wal->nspares--;
            break;
        }
    }
    pthread_mutex_unlock(&wal->seg_mu);
    return seg;
}

/*
 * Creates the next segment file, reusing a spare when there is one; its header goes out with
 * the first write (wal->new_hdr), followed by a sync of the directory.
 *
 * A reused file keeps its blocks (no unlink, no new allocation), so the writes into it cost the
 * journal little. Crash analysis of the reuse, as recovery sees it:
 * - before the rename is durable: the spare is deleted on open; the log ends in the old tail;
 * - renamed, new header not durable: the file's header names its old id, so recovery ends the
 *   log before it and deletes it (nothing in it was reported durable yet);
 * - new header durable, some frames not: the old frames after the durable ones have LSNs below
 *   first_lsn (take_spare checks it) or are cut mid-frame, so the scan ends there and
 *   truncates the rest; a torn new frame fails its CRC.
 */
static int create_segment(rmq_wal_t *wal, uint64_t first_lsn, wal_seg_t **segp)
{
    char name[WAL_SEG_NAME_SIZE];
    wal_seg_t *seg;
    int fd, rc;

    *segp = NULL;
    rmq_wal_seg_name(wal->next_seg_id, name);
    seg = take_spare(wal, first_lsn);
    if (seg) {
        char spare[WAL_SPARE_NAME_SIZE];
        rmq_wal_spare_name(seg->id, spare);
        rc = rmq_wal_sys_rename(wal, spare, name);
        if (rc < 0) {
            /* Left under its spare name (deleted on the next open) or renamed: either way
             * recovery copes. The log becomes read-only like after any failed I/O. */
            rmq_error("wal", "%s: cannot reuse %s as %s: %s", wal->dir, spare, name,
                      rmq_strerror(rc));
            rmq_wal_seg_unref(wal, seg);
            return rc;
        }
        /* Finishing the old segment cut the file to its data: grow it back (cheap). */
        rmq_wal_seg_preallocate(wal, seg->fd);
        seg->recycled = 1;
        __atomic_add_fetch(&wal->recycled, 1, __ATOMIC_RELAXED);
    } else {
        rc = rmq_wal_sys_openat(wal, name, O_RDWR | O_CREAT | O_EXCL, &fd);
        if (rc < 0) {
            rmq_error("wal", "%s: cannot create segment %s: %s", wal->dir, name, rmq_strerror(rc));
            return rc;
        }
        if ((rc = rmq_wal_seg_preallocate(wal, fd)) < 0) {
            /* No blocks for it: no segment either (nothing was written; tried again later). */
            close(fd);
            unlinkat(wal->dir_fd, name, 0);
            rmq_warn("wal", "%s: no room for a new %" PRIu64 "-byte segment", wal->dir,
                     wal->opts.segment_size_bytes);
            return rc;
        }
        seg = rmq_calloc(1, sizeof(*seg));
        seg->fd = fd;
    }
    seg->id = wal->next_seg_id++;
    seg->first_lsn = first_lsn;
    seg->size = 0;
    seg->refcnt = 1;
    seg->lsn_end = 0;
    rmq_wal_seg_hdr_encode(wal->new_hdr, seg->id, first_lsn);
    if (seg->recycled)
        rmq_wal_seg_hdr_set_flags(wal->new_hdr, WAL_HDR_FLAG_RECYCLED);
    *segp = seg;
    return 0;
}

/*
 * Writes group g: assigns each frame its position, splitting the group where a segment fills
 * up. Usually one write (+ linked sync); a roll adds a sync of the old segment and one of the
 * directory. Runs on the writer thread without wal->mu.
 */
static int write_group(rmq_wal_t *wal, wal_group_t *g)
{
    const uint64_t segsz = wal->opts.segment_size_bytes;
    const int sync = wal->opts.fsync_mode == RMQ_WAL_FSYNC_GROUP;
    size_t i = 0;
    int rc;

    while (i < g->n) {
        wal_seg_t *seg = wal->tail;
        uint64_t off, run = 0;
        uint64_t f0 = WAL_FRAME_HDR_SIZE + (uint64_t)g->ents[i].len;
        struct iovec iov[2];
        int cnt = 0, is_new = 0;
        size_t j;

        if (!seg || (wal->tail_off + f0 > segsz && wal->tail_off > WAL_SEG_HDR_SIZE)) {
            if (seg) {
                rc = finish_segment(wal);
                if (rc < 0)
                    return rc;
            }
            rc = create_segment(wal, g->ents[i].lsn, &seg);
            /* A full disk: the group waits (its appends are not failed, and the LSNs stay
               contiguous) while new appends are refused, until space returns or we close. */
            for (int k = 0; rc == -ENOSPC && k < 36000; k++) {
                __atomic_store_n(&wal->low_space, 1, __ATOMIC_RELEASE);
                rmq_wd_busy(&wal->probe, "waiting for disk space for a new segment");
                rmq_sleep_ms(100);
                if (__atomic_load_n(&wal->closing, __ATOMIC_ACQUIRE))
                    break;
                rc = create_segment(wal, g->ents[i].lsn, &seg);
            }
            if (rc < 0)
                return rc;
            rmq_wd_busy(&wal->probe, "writing and syncing a group");
            is_new = 1;
            off = WAL_SEG_HDR_SIZE;
            iov[cnt].iov_base = wal->new_hdr;
            iov[cnt++].iov_len = WAL_SEG_HDR_SIZE;
        } else {
            off = wal->tail_off;
        }
        for (j = i; j < g->n; j++) {
            uint64_t f = WAL_FRAME_HDR_SIZE + (uint64_t)g->ents[j].len;
            if (j > i && off + run + f > segsz)
                break;
            g->ents[j].pos.segment_id = seg->id;
            g->ents[j].pos.offset = off + run;
            g->ents[j].pos.len = g->ents[j].len;
            run += f;
        }
        iov[cnt].iov_base = g->data + g->ents[i].off;
        iov[cnt++].iov_len = (size_t)run;
        rc = do_write(wal, seg->fd, iov, cnt, is_new ? 0 : off, sync);
        if (rc == 0 && is_new)
            rc = rmq_wal_sys_fsync_dir(wal);
        if (rc < 0) {
            if (is_new)
                rmq_wal_seg_unref(wal, seg);
            return rc;
        }
        if (is_new) {
            rmq_wal_seg_list_push(wal, seg);
            wal->tail = seg;
            pthread_mutex_lock(&wal->mu);
            wal->used_bytes += WAL_SEG_HDR_SIZE;
            pthread_mutex_unlock(&wal->mu);
        }
        wal->tail_off = off + run;
        pthread_mutex_lock(&wal->seg_mu);
        seg->size = wal->tail_off;
        pthread_mutex_unlock(&wal->seg_mu);
        wal->written_lsn = g->ents[j - 1].lsn + 1;
        if (!sync)
            wal->dirty = 1;
        i = j;
    }
    if (sync)
        __atomic_store_n(&wal->durable_lsn, wal->written_lsn, __ATOMIC_RELEASE);
    return 0;
}

/* INTERVAL mode: syncs what was written. Writer thread, without wal->mu. */
static void interval_sync(rmq_wal_t *wal)
{
    uint64_t upto = wal->written_lsn;
    int rc = do_sync(wal, wal->tail->fd);

    wal->dirty = 0;
    wal->last_sync_ns = rmq_mono_ns();
    if (rc == 0) {
        __atomic_store_n(&wal->durable_lsn, upto, __ATOMIC_RELEASE);
        return;
    }
    rmq_error("wal", "%s: fdatasync failed: %s; the log is read-only until reopened", wal->dir,
              rmq_strerror(rc));
    pthread_mutex_lock(&wal->mu);
    if (!wal->failed)
        wal->failed = rc;
    pthread_mutex_unlock(&wal->mu);
}

/* A group's completions, copied out of the group so that it can take appends again. */
typedef struct wal_cbatch {
    struct wal_cbatch *next;
    int status;
    size_t n;
    wal_entry_t ents[];
} wal_cbatch_t;

/* Hands group g's completions to the completer thread (writer thread). */
static void hand_off_completions(rmq_wal_t *wal, wal_group_t *g, int status)
{
    if (g->n == 0)
        return;
    wal_cbatch_t *cb = rmq_malloc(sizeof(*cb) + g->n * sizeof(wal_entry_t));
    cb->next = NULL;
    cb->status = status;
    cb->n = g->n;
    memcpy(cb->ents, g->ents, g->n * sizeof(wal_entry_t));
    pthread_mutex_lock(&wal->cq_mu);
    if (wal->cq_tail)
        wal->cq_tail->next = cb;
    else
        wal->cq_head = cb;
    wal->cq_tail = cb;
    pthread_cond_signal(&wal->cq_cv);
    pthread_mutex_unlock(&wal->cq_mu);
}

/* Runs completions in the order the writer handed them over, until closed and drained. */
static void *completer_main(void *arg)
{
    rmq_wal_t *wal = arg;

    pthread_mutex_lock(&wal->cq_mu);
    for (;;) {
        while (!wal->cq_head && !wal->cq_stop) {
            rmq_wd_idle(&wal->cprobe);
            pthread_cond_wait(&wal->cq_cv, &wal->cq_mu);
        }
        wal_cbatch_t *list = wal->cq_head;
        if (!list)
            break;
        wal->cq_head = wal->cq_tail = NULL;
        pthread_mutex_unlock(&wal->cq_mu);
        while (list) {
            wal_cbatch_t *next = list->next;
            uint64_t t0 = rmq_mono_ns();
            rmq_wd_busy(&wal->cprobe, "completing appends (callbacks)");
            for (size_t k = 0; k < list->n; k++) {
                wal_entry_t *e = &list->ents[k];
                e->done(e->opaque, list->status, e->lsn, list->status == 0 ? &e->pos : NULL);
            }
            rmq_hist_record_since(&wal->lat.callbacks, t0);
            free(list);
            list = next;
        }
        pthread_mutex_lock(&wal->cq_mu);
    }
    pthread_mutex_unlock(&wal->cq_mu);
    rmq_wd_idle(&wal->cprobe);
    return NULL;
}

/*
 * The free-space reserve (opts.min_free_bytes): at most every 100 ms the writer looks at the
 * file system; below the reserve, appends are refused (-ENOSPC, nothing queued) so the disk
 * never fills under the WAL, and they are taken again by themselves once space returns (the
 * uploader trimmed, or the file system grew). Writer thread, without wal->mu.
 */
static void check_space(rmq_wal_t *wal)
{
    struct statvfs sv;
    uint64_t now = rmq_mono_ns();
    int low, was;

    if (!wal->opts.min_free_bytes || now - wal->space_checked_ns < 100000000ull)
        return;
    wal->space_checked_ns = now;
    if (fstatvfs(wal->dir_fd, &sv) != 0)
        return;
    uint64_t avail = (uint64_t)sv.f_bavail * (uint64_t)sv.f_frsize;
    low = avail < wal->opts.min_free_bytes;
    was = __atomic_exchange_n(&wal->low_space, low, __ATOMIC_ACQ_REL);
    if (low && !was)
        rmq_error("wal",
                  "%s: %" PRIu64 " bytes free, below wal.min_free_bytes %" PRIu64
                  ": refusing appends (KAFKA_STORAGE_ERROR) until space returns",
                  wal->dir, avail, wal->opts.min_free_bytes);
    else if (!low && was)
        rmq_info("wal", "%s: %" PRIu64 " bytes free again: taking appends", wal->dir, avail);
}

static void *writer_main(void *arg)
{
    rmq_wal_t *wal = arg;
    const int interval = wal->opts.fsync_mode == RMQ_WAL_FSYNC_INTERVAL;
    const uint64_t interval_ns = (uint64_t)wal->opts.flush_interval_ms * 1000000ull;

    pthread_mutex_lock(&wal->mu);
    for (;;) {
        wal_group_t *g = wal->active;
        int failed, rc, notify;

        if (g->n == 0) {
            if (wal->closing)
                break;
            if (interval && wal->dirty && !wal->failed) {
                uint64_t due = wal->last_sync_ns + interval_ns, now = rmq_mono_ns();
                if (now >= due) {
                    pthread_mutex_unlock(&wal->mu);
                    rmq_wd_busy(&wal->probe, "interval fdatasync");
                    interval_sync(wal);
                    pthread_mutex_lock(&wal->mu);
                } else {
                    wal->writer_idle = 1;
                    rmq_wd_idle(&wal->probe);
                    rmq_cond_wait_until(&wal->work_cv, &wal->mu, due);
                    wal->writer_idle = 0;
                }
                continue;
            }
            wal->writer_idle = 1;
            rmq_wd_idle(&wal->probe);
            if (__atomic_load_n(&wal->low_space, __ATOMIC_ACQUIRE)) {
                /* Nothing comes in while space is low: look again in 100 ms. */
                rmq_cond_wait_ms(&wal->work_cv, &wal->mu, 100);
                pthread_mutex_unlock(&wal->mu);
                check_space(wal);
                pthread_mutex_lock(&wal->mu);
            } else {
                pthread_cond_wait(&wal->work_cv, &wal->mu);
            }
            wal->writer_idle = 0;
            continue;
        }

        /* Take the whole active group; appends go to the other buffer from now on. */
        rmq_wd_busy(&wal->probe, "sealing a group (waiting for appenders' copies)");
        wal->active = g == &wal->groups[0] ? &wal->groups[1] : &wal->groups[0];
        RMQ_ASSERT(wal->active->n == 0 && wal->active->len == 0);
        __atomic_store_n(&g->sealed, 1, __ATOMIC_SEQ_CST);
        if (wal->space_waiters)
            pthread_cond_broadcast(&wal->space_cv);
        notify = wal->space_wanted;
        wal->space_wanted = 0;
        while (__atomic_load_n(&g->copying, __ATOMIC_SEQ_CST) != 0)
            pthread_cond_wait(&wal->copy_cv, &wal->mu);
        failed = wal->failed;
        pthread_mutex_unlock(&wal->mu);
        check_space(wal);

        /* The other buffer is empty now: requests parked on a full buffer may go on. */
        if (notify && wal->space_fn) {
            rmq_wd_busy(&wal->probe, "notifying parked appenders");
            wal->space_fn(wal->space_opaque);
        }
        uint64_t taken_ns = rmq_mono_ns();
        for (size_t i = 0; i < g->n; i++)
            rmq_hist_record(&wal->lat.queue,
                            taken_ns > g->ents[i].t_ns ? (taken_ns - g->ents[i].t_ns) / 1000u : 0);
        if (failed) {
            rc = RMQ_EIO;
        } else {
            rmq_wd_busy(&wal->probe, "writing and syncing a group");
            wal->io->write_done_ns = 0;
            rc = write_group(wal, g);
            uint64_t done_ns = rmq_mono_ns(), wdone = wal->io->write_done_ns;
            if (rc == 0 && wdone >= taken_ns && wdone <= done_ns) {
                rmq_hist_record(&wal->lat.write, (wdone - taken_ns) / 1000u);
                if (wal->opts.fsync_mode == RMQ_WAL_FSYNC_GROUP)
                    rmq_hist_record(&wal->lat.sync, (done_ns - wdone) / 1000u);
            }
            __atomic_add_fetch(&wal->group_commits, 1, __ATOMIC_RELAXED);
            if (rc < 0) {
                rmq_error("wal",
                          "%s: group write of %zu append(s) failed: %s; the log is "
                          "read-only until reopened",
                          wal->dir, g->n, rmq_strerror(rc));
                pthread_mutex_lock(&wal->mu);
                if (!wal->failed)
                    wal->failed = rc;
                pthread_mutex_unlock(&wal->mu);
            }
        }
        rmq_wd_busy(&wal->probe, "handing completions over");
        hand_off_completions(wal, g, rc);

        pthread_mutex_lock(&wal->mu);
        g->len = 0;
        g->n = 0;
        __atomic_store_n(&g->sealed, 0, __ATOMIC_SEQ_CST);
    }
    pthread_mutex_unlock(&wal->mu);
    if (interval && wal->dirty && !wal->failed)
        interval_sync(wal);
    rmq_wd_idle(&wal->probe);
    return NULL;
}

/* ---- open / close ------------------------------------------------------------------------ */

static int make_dir(const char *dir, rmq_err_t *err)
{
    if (mkdir(dir, 0755) == 0 || errno == EEXIST)
        return 0;
    return rmq_err_set(err, -errno, "wal: mkdir %s: %s", dir, strerror(errno));
}

static void wal_free(rmq_wal_t *wal)
{
    if (wal->completer_started) {
        pthread_mutex_lock(&wal->cq_mu);
        wal->cq_stop = 1;
        pthread_cond_signal(&wal->cq_cv);
        pthread_mutex_unlock(&wal->cq_mu);
        pthread_join(wal->completer, NULL);
        rmq_wd_unregister(&wal->cprobe);
        wal->completer_started = 0;
    }
    RMQ_ASSERT(wal->cq_head == NULL);
    for (size_t i = 0; i < wal->nsegs; i++)
        rmq_wal_seg_unref(wal, wal->segs[i]);
    free(wal->segs);
    /* Spare files stay on disk; the next open deletes them. */
    for (size_t i = 0; i < wal->nspares; i++)
        rmq_wal_seg_unref(wal, wal->spares[i]);
    wal->nspares = 0;
    for (int k = 0; k < 2; k++) {
        free(wal->groups[k].data);
        free(wal->groups[k].ents);
    }
    if (wal->io)
        wal->io->ops->free(wal->io);
    if (wal->dir_fd >= 0)
        close(wal->dir_fd);
    pthread_mutex_destroy(&wal->mu);
    pthread_mutex_destroy(&wal->seg_mu);
    pthread_mutex_destroy(&wal->cq_mu);
    pthread_cond_destroy(&wal->cq_cv);
    pthread_cond_destroy(&wal->work_cv);
    pthread_cond_destroy(&wal->space_cv);
    pthread_cond_destroy(&wal->copy_cv);
    free(wal->dir);
    wal->magic = 0;
    free(wal);
}

int rmq_wal_open(const rmq_wal_opts_t *opts, rmq_wal_t **walp, rmq_err_t *err)
{
    rmq_wal_t *wal;
    uint64_t room;
    int rc;

    if (!walp)
        return rmq_err_set(err, RMQ_EINVAL, "wal: walp is NULL");
    *walp = NULL;
    if (!opts || !opts->dir || !opts->dir[0])
        return rmq_err_set(err, RMQ_EINVAL, "wal: no directory given");

    wal = rmq_calloc(1, sizeof(*wal));
    wal->magic = WAL_OBJ_MAGIC;
    wal->dir_fd = -1;
    wal->opts = *opts;
    wal->dir = rmq_strdup(opts->dir);
    wal->opts.dir = wal->dir;
    if (!wal->opts.segment_size_bytes)
        wal->opts.segment_size_bytes = WAL_DEFAULT_SEGMENT_SIZE;
    if (!wal->opts.buffer_size)
        wal->opts.buffer_size = WAL_DEFAULT_BUFFER_SIZE;
    if (!wal->opts.flush_interval_ms)
        wal->opts.flush_interval_ms = WAL_DEFAULT_FLUSH_MS;
    pthread_mutex_init(&wal->mu, NULL);
    pthread_mutex_init(&wal->seg_mu, NULL);
    pthread_mutex_init(&wal->cq_mu, NULL);
    rmq_cond_init(&wal->cq_cv);
    rmq_cond_init(&wal->work_cv);
    rmq_cond_init(&wal->space_cv);
    rmq_cond_init(&wal->copy_cv);

    if (wal->opts.segment_size_bytes < WAL_MIN_SEGMENT_SIZE ||
        wal->opts.segment_size_bytes > (uint64_t)INT64_MAX) {
        rc = rmq_err_set(err, RMQ_EINVAL, "wal: segment_size_bytes %" PRIu64 " out of range",
                         wal->opts.segment_size_bytes);
        goto fail;
    }
    /* A segment larger than a quarter of the capacity would leave too little room to roll
       and trim (capacity == segment stalled after one segment): segments are sized from the
       capacity instead, and the log says so. */
    if (wal->opts.capacity_bytes && wal->opts.segment_size_bytes > wal->opts.capacity_bytes / 4) {
        uint64_t seg = (wal->opts.capacity_bytes / 4) & ~(uint64_t)4095;
        if (seg < WAL_MIN_SEGMENT_SIZE) {
            rc = rmq_err_set(err, RMQ_EINVAL,
                             "wal: capacity_bytes %" PRIu64 " leaves no room for four segments",
                             wal->opts.capacity_bytes);
            goto fail;
        }
        rmq_info("wal",
                 "%s: segment_size_bytes %" PRIu64 " is more than a quarter of capacity_bytes "
                 "%" PRIu64 ": using segments of %" PRIu64 " bytes",
                 wal->dir, wal->opts.segment_size_bytes, wal->opts.capacity_bytes, seg);
        wal->opts.segment_size_bytes = seg;
    }
    /* The active segment is preallocated in full: data may fill the capacity less one
       segment, so that the files never exceed it. */
    wal->frame_budget = wal->opts.capacity_bytes > wal->opts.segment_size_bytes
                            ? wal->opts.capacity_bytes - wal->opts.segment_size_bytes
                            : wal->opts.capacity_bytes;
    if (wal->opts.buffer_size < WAL_MIN_BUFFER_SIZE ||
        wal->opts.buffer_size > WAL_MAX_BUFFER_SIZE) {
        rc = rmq_err_set(err, RMQ_EINVAL, "wal: buffer_size %zu out of range",
                         wal->opts.buffer_size);
        goto fail;
    }
    if (wal->opts.recycle_segments > WAL_MAX_RECYCLE) {
        rc = rmq_err_set(err, RMQ_EINVAL, "wal: recycle_segments %" PRIu32 " above %u",
                         wal->opts.recycle_segments, WAL_MAX_RECYCLE);
        goto fail;
    }
    if (wal->opts.fsync_mode != RMQ_WAL_FSYNC_GROUP &&
        wal->opts.fsync_mode != RMQ_WAL_FSYNC_INTERVAL) {
        rc = rmq_err_set(err, RMQ_EINVAL, "wal: unknown fsync mode %d", (int)opts->fsync_mode);
        goto fail;
    }
    /* A frame must fit in one group buffer and in one segment after its header. */
    room =
        RMQ_MIN((uint64_t)wal->opts.buffer_size, wal->opts.segment_size_bytes - WAL_SEG_HDR_SIZE);
    wal->max_payload = RMQ_MIN(room - WAL_FRAME_HDR_SIZE, (uint64_t)WAL_MAX_DISK_PAYLOAD);

    rc = make_dir(wal->dir, err);
    if (rc < 0)
        goto fail;
    wal->dir_fd = open(wal->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (wal->dir_fd < 0) {
        rc = rmq_err_set(err, -errno, "wal: open %s: %s", wal->dir, strerror(errno));
        goto fail;
    }
    /* Two writers on one directory would interleave segments: refuse the second. */
    if (flock(wal->dir_fd, LOCK_EX | LOCK_NB) < 0) {
        rc = rmq_err_set(err, -errno, "wal: %s is in use by another WAL: %s", wal->dir,
                         strerror(errno));
        goto fail;
    }
    rc = rmq_wal_io_new(wal->opts.io_backend, &wal->io, err);
    if (rc < 0)
        goto fail;
    rc = rmq_wal_recover(wal, err);
    if (rc < 0)
        goto fail;

    for (int k = 0; k < 2; k++) {
        wal->groups[k].cap = wal->opts.buffer_size;
        wal->groups[k].data = rmq_malloc(wal->opts.buffer_size);
        wal->groups[k].ents_cap = 64;
        wal->groups[k].ents = rmq_malloc(64 * sizeof(wal_entry_t));
    }
    wal->active = &wal->groups[0];
    wal->last_sync_ns = rmq_mono_ns();

    rmq_wd_register(&wal->cprobe, "rmq-wal-done");
    rc = rmq_thread_start(&wal->completer, "rmq-wal-done", completer_main, wal, err);
    if (rc < 0) {
        rmq_wd_unregister(&wal->cprobe);
        goto fail;
    }
    wal->completer_started = 1;
    rmq_wd_register(&wal->probe, "rmq-wal");
    rc = rmq_thread_start(&wal->writer, "rmq-wal", writer_main, wal, err);
    if (rc < 0) {
        rmq_wd_unregister(&wal->probe);
        goto fail;
    }
    rmq_info("wal", "%s: opened, %zu segment(s), next lsn %" PRIu64 ", io %s, fsync %s", wal->dir,
             wal->nsegs, wal->next_lsn, wal->io->ops->name,
             wal->opts.fsync_mode == RMQ_WAL_FSYNC_GROUP ? "group" : "interval");
    *walp = wal;
    return 0;

fail:
    wal_free(wal);
    return rc;
}

void rmq_wal_close(rmq_wal_t *wal)
{
    if (!wal)
        return;
    RMQ_ASSERT(wal->magic == WAL_OBJ_MAGIC);
    RMQ_ASSERT(!pthread_equal(pthread_self(), wal->writer));
    RMQ_ASSERT(!pthread_equal(pthread_self(), wal->completer));
    pthread_mutex_lock(&wal->mu);
    __atomic_store_n(&wal->closing, 1, __ATOMIC_RELEASE);
    pthread_cond_signal(&wal->work_cv);
    pthread_cond_broadcast(&wal->space_cv);
    pthread_mutex_unlock(&wal->mu);
    pthread_join(wal->writer, NULL);
    rmq_wd_unregister(&wal->probe);
    wal_free(wal); /* the completer runs what the writer handed over, then ends */
}

/* ---- append ------------------------------------------------------------------------------ */

static int wal_append(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                      rmq_wal_done_fn done, void *opaque, int wait)
{
    const size_t fsz = WAL_FRAME_HDR_SIZE + len;
    wal_group_t *g;
    wal_entry_t *e;
    uint8_t *p;
    uint64_t lsn;
    size_t off;

    if (!wal || !done || (!data && len))
        return RMQ_EINVAL;
    RMQ_DASSERT(wal->magic == WAL_OBJ_MAGIC);
    if (len > wal->max_payload)
        return RMQ_ETOOBIG;

    pthread_mutex_lock(&wal->mu);
    for (;;) {
        if (wal->closing) {
            pthread_mutex_unlock(&wal->mu);
            return RMQ_ECLOSED;
        }
        if (wal->failed) {
            pthread_mutex_unlock(&wal->mu);
            return RMQ_EIO;
        }
        if (__atomic_load_n(&wal->low_space, __ATOMIC_ACQUIRE)) {
            pthread_mutex_unlock(&wal->mu);
            return -ENOSPC; /* below the free-space reserve: retry later */
        }
        if (RMQ_UNLIKELY(wal->next_lsn > WAL_MAX_LSN)) {
            pthread_mutex_unlock(&wal->mu);
            return RMQ_EFULL; /* LSN space exhausted (only reachable from a forged header) */
        }
        /* Room for a segment header too: this frame may open a new segment. */
        if (wal->opts.capacity_bytes &&
            wal->used_bytes + fsz + WAL_SEG_HDR_SIZE > wal->frame_budget) {
            pthread_mutex_unlock(&wal->mu);
            return RMQ_EFULL;
        }
        g = wal->active;
        if (fsz <= g->cap - g->len)
            break;
        if (!wait) {
            /* The caller parks and retries when space_fn says the writer took this group. */
            wal->space_wanted = 1;
            pthread_mutex_unlock(&wal->mu);
            return RMQ_EAGAIN;
        }
        /* The writer cannot wait for itself (an append from a completion callback). */
        if (pthread_equal(pthread_self(), wal->writer)) {
            pthread_mutex_unlock(&wal->mu);
            return RMQ_EFULL;
        }
        wal->space_waiters++;
        pthread_cond_wait(&wal->space_cv, &wal->mu);
        wal->space_waiters--;
    }
    if (g->n == g->ents_cap) {
        g->ents_cap *= 2;
        g->ents = rmq_realloc(g->ents, g->ents_cap * sizeof(*g->ents));
    }
    off = g->len;
    g->len += fsz;
    lsn = wal->next_lsn++;
    e = &g->ents[g->n++];
    e->done = done;
    e->opaque = opaque;
    e->lsn = lsn;
    e->off = off;
    e->len = (uint32_t)len;
    e->t_ns = rmq_mono_ns();
    __atomic_add_fetch(&g->copying, 1, __ATOMIC_SEQ_CST);
    wal->used_bytes += fsz;
    wal->appends++;
    if (g->n == 1 && wal->writer_idle)
        pthread_cond_signal(&wal->work_cv);
    pthread_mutex_unlock(&wal->mu);

    /* The frame is built in place, outside the lock; the writer waits for copying == 0. */
    p = g->data + off;
    rmq_put_le32(p, (uint32_t)len);
    rmq_put_le64(p + 8, lsn);
    rmq_put_le64(p + 16, partition_id);
    if (len)
        memcpy(p + WAL_FRAME_HDR_SIZE, data, len);
    rmq_put_le32(p + 4, rmq_wal_frame_crc(p, p + WAL_FRAME_HDR_SIZE, len));
    if (__atomic_sub_fetch(&g->copying, 1, __ATOMIC_SEQ_CST) == 0 &&
        __atomic_load_n(&g->sealed, __ATOMIC_SEQ_CST)) {
        pthread_mutex_lock(&wal->mu);
        pthread_cond_broadcast(&wal->copy_cv);
        pthread_mutex_unlock(&wal->mu);
    }
    return 0;
}

int rmq_wal_append(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                   rmq_wal_done_fn done, void *opaque)
{
    return wal_append(wal, partition_id, data, len, done, opaque, 1);
}

int rmq_wal_try_append(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                       rmq_wal_done_fn done, void *opaque)
{
    return wal_append(wal, partition_id, data, len, done, opaque, 0);
}

void rmq_wal_set_space_fn(rmq_wal_t *wal, void (*fn)(void *opaque), void *opaque)
{
    pthread_mutex_lock(&wal->mu);
    wal->space_fn = fn;
    wal->space_opaque = opaque;
    pthread_mutex_unlock(&wal->mu);
}

int rmq_wal_wait_space(rmq_wal_t *wal, size_t len)
{
    const size_t fsz = WAL_FRAME_HDR_SIZE + len;
    int rc = 0;

    if (pthread_equal(pthread_self(), wal->writer))
        return RMQ_EINVAL;
    pthread_mutex_lock(&wal->mu);
    for (;;) {
        if (wal->closing) {
            rc = RMQ_ECLOSED;
            break;
        }
        if (wal->failed) {
            rc = RMQ_EIO;
            break;
        }
        if (fsz <= wal->active->cap - wal->active->len)
            break;
        wal->space_waiters++;
        pthread_cond_wait(&wal->space_cv, &wal->mu);
        wal->space_waiters--;
    }
    pthread_mutex_unlock(&wal->mu);
    return rc;
}

typedef struct sync_wait {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done;
    int status;
    uint64_t lsn;
    rmq_wal_pos_t pos;
} sync_wait_t;

static void sync_done(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos)
{
    sync_wait_t *w = opaque;

    pthread_mutex_lock(&w->mu);
    w->status = status;
    w->lsn = lsn;
    if (pos)
        w->pos = *pos;
    w->done = 1;
    pthread_cond_signal(&w->cv);
    pthread_mutex_unlock(&w->mu);
}

int rmq_wal_append_sync(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                        uint64_t *lsn, rmq_wal_pos_t *pos)
{
    sync_wait_t w;
    int rc;

    if (!wal)
        return RMQ_EINVAL;
    if (pthread_equal(pthread_self(), wal->writer) ||
        (wal->completer_started && pthread_equal(pthread_self(), wal->completer)))
        return RMQ_EINVAL; /* would wait for itself (a completion callback) */
    memset(&w, 0, sizeof(w));
    pthread_mutex_init(&w.mu, NULL);
    pthread_cond_init(&w.cv, NULL);
    rc = rmq_wal_append(wal, partition_id, data, len, sync_done, &w);
    if (rc == 0) {
        pthread_mutex_lock(&w.mu);
        while (!w.done)
            pthread_cond_wait(&w.cv, &w.mu);
        pthread_mutex_unlock(&w.mu);
        rc = w.status;
        if (rc == 0) {
            if (lsn)
                *lsn = w.lsn;
            if (pos)
                *pos = w.pos;
        }
    }
    pthread_cond_destroy(&w.cv);
    pthread_mutex_destroy(&w.mu);
    return rc;
}

/* ---- read / trim / stats ----------------------------------------------------------------- */

/* Finds segment id; seg_mu held. */
static wal_seg_t *find_seg_locked(rmq_wal_t *wal, uint64_t id)
{
    size_t lo = 0, hi = wal->nsegs;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (wal->segs[mid]->id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < wal->nsegs && wal->segs[lo]->id == id ? wal->segs[lo] : NULL;
}

static int preadv_full(int fd, struct iovec *iov, int cnt, uint64_t off)
{
    while (cnt > 0) {
        ssize_t n = preadv(fd, iov, cnt, (off_t)off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            return RMQ_ETRUNC;
        off += (uint64_t)n;
        while (cnt > 0 && (size_t)n >= iov->iov_len) {
            n -= (ssize_t)iov->iov_len;
            iov++;
            cnt--;
        }
        if (cnt > 0) {
            iov->iov_base = (uint8_t *)iov->iov_base + n;
            iov->iov_len -= (size_t)n;
        }
    }
    return 0;
}

int rmq_wal_read(rmq_wal_t *wal, const rmq_wal_pos_t *pos, rmq_buf_t **out)
{
    uint8_t hdr[WAL_FRAME_HDR_SIZE];
    struct iovec iov[2];
    wal_frame_hdr_t fh;
    wal_seg_t *seg;
    rmq_buf_t *buf;
    int rc;

    if (!out)
        return RMQ_EINVAL;
    *out = NULL;
    if (!wal || !pos)
        return RMQ_EINVAL;
    pthread_mutex_lock(&wal->seg_mu);
    seg = find_seg_locked(wal, pos->segment_id);
    if (!seg) {
        pthread_mutex_unlock(&wal->seg_mu);
        return RMQ_ENOTFOUND;
    }
    if (pos->offset < WAL_SEG_HDR_SIZE || pos->offset > seg->size ||
        WAL_FRAME_HDR_SIZE + (uint64_t)pos->len > seg->size - pos->offset) {
        pthread_mutex_unlock(&wal->seg_mu);
        return RMQ_ERANGE;
    }
    rmq_wal_seg_ref_locked(seg);
    pthread_mutex_unlock(&wal->seg_mu);

    buf = rmq_buf_new(pos->len);
    iov[0].iov_base = hdr;
    iov[0].iov_len = sizeof(hdr);
    iov[1].iov_base = buf->data;
    iov[1].iov_len = pos->len;
    rc = preadv_full(seg->fd, iov, pos->len ? 2 : 1, pos->offset);
    rmq_wal_seg_unref(wal, seg);
    if (rc == 0) {
        rmq_wal_frame_hdr_decode(hdr, &fh);
        if (fh.len != pos->len || rmq_wal_frame_crc(hdr, buf->data, pos->len) != fh.crc)
            rc = RMQ_ECORRUPT;
    } else if (rc == RMQ_ETRUNC) {
        rc = RMQ_ECORRUPT;
    }
    if (rc < 0) {
        rmq_buf_unref(buf);
        return rc;
    }
    *out = buf;
    return 0;
}

/*
 * Reserves a spare slot for a trimmed file of size bytes (1) or says there is no room (0):
 * beyond recycle_segments, or when keeping it could take the files past capacity_bytes (the
 * live data after the trim, the active segment's preallocated tail, and the spares). seg_mu
 * held.
 */
static int spare_reserve_locked(rmq_wal_t *wal, uint64_t used_after, uint64_t size)
{
    uint64_t cap = wal->opts.capacity_bytes;

    if (wal->nspares + wal->spares_pending >= wal->opts.recycle_segments)
        return 0;
    if (cap && used_after + wal->opts.segment_size_bytes + wal->spare_bytes +
                       (uint64_t)wal->spares_pending * wal->opts.segment_size_bytes + size >
                   cap)
        return 0;
    wal->spares_pending++;
    return 1;
}

int rmq_wal_trim(rmq_wal_t *wal, uint64_t below_lsn)
{
    wal_seg_t **victims;
    size_t k = 0;
    uint64_t freed = 0, lsn_after;
    int rc = 0;

    if (!wal)
        return RMQ_EINVAL;
    pthread_mutex_lock(&wal->seg_mu);
    /* Segment i holds [first_lsn(i), first_lsn(i+1)); the last one (the tail) always stays. */
    while (k + 1 < wal->nsegs && wal->segs[k + 1]->first_lsn <= below_lsn)
        k++;
    if (k == 0) {
        pthread_mutex_unlock(&wal->seg_mu);
        return 0;
    }
    victims = rmq_malloc(k * sizeof(*victims));
    memcpy(victims, wal->segs, k * sizeof(*victims));
    lsn_after = wal->segs[k]->first_lsn;
    memmove(wal->segs, wal->segs + k, (wal->nsegs - k) * sizeof(*wal->segs));
    wal->nsegs -= k;
    for (size_t i = 0; i < k; i++) {
        freed += victims[i]->size;
        /* Every frame of victim i is below the next segment's first LSN. */
        victims[i]->lsn_end = i + 1 < k ? victims[i + 1]->first_lsn : lsn_after;
    }
    pthread_mutex_unlock(&wal->seg_mu);
    pthread_mutex_lock(&wal->mu);
    uint64_t used_after = wal->used_bytes - RMQ_MIN(freed, wal->used_bytes);
    pthread_mutex_unlock(&wal->mu);

    /*
     * Oldest first, each removal made durable before the next: a crash in between must leave
     * a contiguous log, and the file system may otherwise persist unlinks or renames out of
     * order (a surviving older segment followed by a gap would end the log there on
     * recovery). Up to recycle_segments files are renamed to spares rather than deleted:
     * deleting a big file (and preallocating a new one later) makes the writer's fdatasyncs
     * wait on the file system journal; a rename does not. On an error the remaining files
     * stay (reopening finds them, still contiguous).
     */
    for (size_t i = 0; i < k; i++) {
        char name[WAL_SEG_NAME_SIZE];
        int keep = 0, reserved;
        rmq_wal_seg_name(victims[i]->id, name);
        pthread_mutex_lock(&wal->seg_mu);
        reserved = rc == 0 && spare_reserve_locked(wal, used_after, victims[i]->size);
        pthread_mutex_unlock(&wal->seg_mu);
        if (reserved) {
            char spare[WAL_SPARE_NAME_SIZE];
            rmq_wal_spare_name(victims[i]->id, spare);
            rc = rmq_wal_sys_rename(wal, name, spare);
            if (rc < 0)
                rmq_warn("wal", "%s: cannot rename trimmed segment %s to %s: %s", wal->dir, name,
                         spare, rmq_strerror(rc));
        } else if (rc == 0 && unlinkat(wal->dir_fd, name, 0) < 0 && errno != ENOENT) {
            rc = -errno;
            rmq_warn("wal", "%s: cannot delete trimmed segment %s: %s", wal->dir, name,
                     strerror(errno));
        }
        if (rc == 0) {
            rc = rmq_wal_sys_fsync_dir(wal);
            if (rc < 0)
                rmq_warn("wal", "%s: fsync after removing %s: %s", wal->dir, name,
                         rmq_strerror(rc));
        }
        /*
         * Reuse only a spare whose rename is durable: were the old name to come back after a
         * crash, with the file by then rewritten as a later segment, recovery would see a
         * header naming another segment at the start of the log and end the log right there.
         */
        keep = reserved && rc == 0;
        pthread_mutex_lock(&wal->seg_mu);
        if (reserved)
            wal->spares_pending--;
        if (keep) {
            /* The list's reference moves to the spare pool (the fd stays open for reuse). */
            wal->spares[wal->nspares++] = victims[i];
            wal->spare_bytes += victims[i]->size;
        }
        pthread_mutex_unlock(&wal->seg_mu);
        if (!keep)
            rmq_wal_seg_unref(wal, victims[i]);
    }
    free(victims);
    pthread_mutex_lock(&wal->mu);
    wal->used_bytes -= RMQ_MIN(freed, wal->used_bytes);
    pthread_mutex_unlock(&wal->mu);
    return rc < 0 ? rc : (int)k;
}

rmq_wal_latency_t *rmq_wal_latency(rmq_wal_t *wal)
{
    return &wal->lat;
}

void rmq_wal_stats(rmq_wal_t *wal, rmq_wal_stats_t *st)
{
    memset(st, 0, sizeof(*st));
    if (!wal)
        return;
    pthread_mutex_lock(&wal->mu);
    st->next_lsn = wal->next_lsn;
    st->appends = wal->appends;
    pthread_mutex_unlock(&wal->mu);
    st->durable_lsn = __atomic_load_n(&wal->durable_lsn, __ATOMIC_ACQUIRE);
    st->group_commits = __atomic_load_n(&wal->group_commits, __ATOMIC_RELAXED);
    st->fsyncs = __atomic_load_n(&wal->fsyncs, __ATOMIC_RELAXED);
    st->recycled = __atomic_load_n(&wal->recycled, __ATOMIC_RELAXED);
    pthread_mutex_lock(&wal->seg_mu);
    st->spares = (uint32_t)wal->nspares;
    st->segments = (uint32_t)wal->nsegs;
    st->first_lsn = wal->nsegs ? wal->segs[0]->first_lsn : st->durable_lsn;
    for (size_t i = 0; i < wal->nsegs; i++)
        st->disk_bytes += wal->segs[i]->size;
    pthread_mutex_unlock(&wal->seg_mu);
    st->io_backend = wal->io->ops->name;
}
