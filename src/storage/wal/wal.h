/*
 * wal.h - the broker's write-ahead log: one log for all partitions of a broker.
 *
 * Appends from any thread are queued; a dedicated writer thread turns everything queued into
 * one write and one fdatasync (group commit), then hands the group's completions to a second
 * thread and goes on with the next group while they run. Segment files live in one directory;
 * recovery on open verifies every
 * frame and truncates a torn or corrupt tail. The on-disk format is in docs/wal-format.md and
 * next to the code in wal_int.h.
 *
 * Thread: rmq_wal_open/close on the owner thread; append/read/trim/stats from any thread.
 * Completion callbacks run on the WAL's completion thread, in LSN order: they may append (not
 * rmq_wal_append_sync, which would wait for itself), never call rmq_wal_close.
 */
#ifndef RMQ_STORAGE_WAL_H
#define RMQ_STORAGE_WAL_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"
#include "common/hist.h"

typedef struct rmq_wal rmq_wal_t;

typedef enum rmq_wal_fsync {
    RMQ_WAL_FSYNC_GROUP = 0,    /* fdatasync every group commit before completing appends */
    RMQ_WAL_FSYNC_INTERVAL = 1, /* complete after write(2); fdatasync every flush_interval_ms */
} rmq_wal_fsync_t;

typedef enum rmq_wal_io_backend {
    RMQ_WAL_IO_AUTO = 0, /* io_uring when built in and the kernel allows, else pwritev */
    RMQ_WAL_IO_PWRITE = 1,
    RMQ_WAL_IO_URING = 2, /* fail open if unavailable */
} rmq_wal_io_backend_t;

/* I/O points seen by the fault-injection hook (tests only). */
typedef enum rmq_wal_io_op {
    RMQ_WAL_OP_WRITE = 0, /* a data write (pwritev or io_uring write) */
    RMQ_WAL_OP_FSYNC = 1, /* an fdatasync */
    RMQ_WAL_OP_OPEN = 2,  /* creating or opening a segment file */
    RMQ_WAL_OP_TRUNCATE = 3,
    RMQ_WAL_OP_RENAME = 4, /* renaming a segment file (trim to spare, spare to new segment) */
} rmq_wal_io_op_t;

/*
 * Fault hook, called before each I/O with the op and the byte count it would write.
 * Return 0 to proceed; a negative errno to fail the op without doing it; or, for a write,
 * a positive value k < len to write only the first k bytes and then fail (a torn write).
 */
typedef long (*rmq_wal_fault_fn)(void *opaque, rmq_wal_io_op_t op, size_t len);

typedef struct rmq_wal_opts {
    const char *dir;             /* directory for segment files (created if missing) */
    uint64_t segment_size_bytes; /* roll to a new segment past this size (default 64 MiB) */
    /* On-disk limit over every file (segments, the active one's preallocated tail, spares):
       data fills it less one segment, appends beyond get RMQ_EFULL (0 = none). */
    uint64_t capacity_bytes;
    size_t buffer_size; /* max bytes gathered into one group write (default 4 MiB) */
    rmq_wal_fsync_t fsync_mode;
    uint32_t flush_interval_ms; /* for RMQ_WAL_FSYNC_INTERVAL (default 10) */
    rmq_wal_io_backend_t io_backend;
    /*
     * Trimmed segment files kept as spares and reused for new segments instead of deleting
     * them and preallocating new ones (default 4, at most 64; 0 = always delete). A trimmed
     * file is kept only while the files stay within capacity_bytes.
     */
    uint32_t recycle_segments;
    /* Free-space reserve: while the WAL's file system has less than this available, appends
       get -ENOSPC (nothing queued) and are taken again once space returns (0 = no check). */
    uint64_t min_free_bytes;
    rmq_wal_fault_fn fault; /* tests only; NULL in production */
    void *fault_opaque;
} rmq_wal_opts_t;

/* Fills opts with the defaults above (dir left NULL). */
void rmq_wal_opts_init(rmq_wal_opts_t *opts);

/* Where a frame lives, so a partition index can read it back without scanning. */
typedef struct rmq_wal_pos {
    uint64_t segment_id; /* segment sequence number (file name) */
    uint64_t offset;     /* byte offset of the frame header in that segment */
    uint32_t len;        /* payload (batch) length */
} rmq_wal_pos_t;

/*
 * Completion: status 0 = durable (under the fsync policy), else a negative error code; lsn and
 * pos describe the frame when status is 0. Runs on the WAL's completion thread
 * ("rmq-wal-done"), in LSN order, while the writer goes on writing the next group.
 */
typedef void (*rmq_wal_done_fn)(void *opaque, int status, uint64_t lsn, const rmq_wal_pos_t *pos);

/*
 * Opens (creating or recovering) the WAL in opts->dir. Recovery scans every segment, verifies
 * every frame and truncates a torn or corrupt tail; frames after the first bad one are never
 * exposed. On success *walp owns the log until rmq_wal_close.
 */
int rmq_wal_open(const rmq_wal_opts_t *opts, rmq_wal_t **walp, rmq_err_t *err);

/*
 * Replays every valid frame with lsn >= from_lsn, in LSN order. cb returns 0 to go on or a
 * non-zero value to stop (returned by rmq_wal_replay). data is valid only during the call.
 * Meant for startup, before appends begin.
 */
typedef int (*rmq_wal_replay_fn)(void *opaque, uint64_t lsn, uint64_t partition_id,
                                 const uint8_t *data, size_t len, const rmq_wal_pos_t *pos);
int rmq_wal_replay(rmq_wal_t *wal, uint64_t from_lsn, rmq_wal_replay_fn cb, void *opaque,
                   rmq_err_t *err);

/*
 * Queues an append of data[0..len) for partition_id. The bytes are copied before the call
 * returns. done(opaque, ...) is called exactly once when the append is durable or failed —
 * unless this call itself returns an error (RMQ_EFULL at capacity, RMQ_ETOOBIG, RMQ_EIO after
 * an earlier I/O failure, RMQ_ECLOSED), in which case done is never called.
 */
int rmq_wal_append(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                   rmq_wal_done_fn done, void *opaque);

/*
 * The same without ever waiting: when the active group buffer has no room for the frame it
 * returns RMQ_EAGAIN at once (nothing queued, done never called) and the WAL calls the space
 * function (rmq_wal_set_space_fn) on the writer thread as soon as the writer has taken that
 * buffer. Network threads use this: they park the request instead of blocking.
 */
int rmq_wal_try_append(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                       rmq_wal_done_fn done, void *opaque);

/*
 * Sets the function called (writer thread, no WAL lock held; keep it short and never append
 * from it) after a seal that followed an RMQ_EAGAIN from rmq_wal_try_append. Set it before
 * the first try-append; fn NULL clears it.
 */
void rmq_wal_set_space_fn(rmq_wal_t *wal, void (*fn)(void *opaque), void *opaque);

/*
 * Blocks until the active group has room for a len-byte payload (holding no lock of the
 * caller's: call it after a try-append said RMQ_EAGAIN and every lock was dropped). Returns 0,
 * RMQ_ECLOSED or RMQ_EIO. Not from the writer thread (RMQ_EINVAL).
 */
int rmq_wal_wait_space(rmq_wal_t *wal, size_t len);

/* Appends and waits until durable. Returns 0 and fills *lsn / *pos (either may be NULL).
   RMQ_EINVAL from the writer or the completion thread (it would wait for itself). */
int rmq_wal_append_sync(rmq_wal_t *wal, uint64_t partition_id, const void *data, size_t len,
                        uint64_t *lsn, rmq_wal_pos_t *pos);

/*
 * Reads back the payload of the frame at pos, verifying its CRC. On success *out is a new
 * reference the caller unrefs. RMQ_ENOTFOUND once the segment was trimmed.
 */
int rmq_wal_read(rmq_wal_t *wal, const rmq_wal_pos_t *pos, rmq_buf_t **out);

/*
 * Removes whole segments whose every frame has lsn < below_lsn: up to recycle_segments of them
 * are renamed to spare files for reuse, the rest deleted. Returns segments removed or <0.
 */
int rmq_wal_trim(rmq_wal_t *wal, uint64_t below_lsn);

typedef struct rmq_wal_stats {
    uint64_t next_lsn;    /* LSN the next append gets */
    uint64_t durable_lsn; /* every LSN below this is durable */
    uint64_t first_lsn;   /* lowest LSN still on disk */
    uint64_t disk_bytes;  /* bytes in all segment files */
    uint32_t segments;
    uint64_t appends; /* counters since open */
    uint64_t group_commits;
    uint64_t fsyncs;
    uint64_t recycled;      /* new segments that reused a trimmed file */
    uint32_t spares;        /* trimmed files kept for reuse */
    const char *io_backend; /* "io_uring" or "pwritev" */
} rmq_wal_stats_t;

void rmq_wal_stats(rmq_wal_t *wal, rmq_wal_stats_t *st);

/*
 * Where an append's time goes, in microseconds: queue = from the append until the writer takes
 * its group; write = the group's data write; sync = its fdatasync (io_uring links the two:
 * the split is at the write's completion); callbacks = running the group's completions.
 */
typedef struct rmq_wal_latency {
    rmq_hist_t queue, write, sync, callbacks;
} rmq_wal_latency_t;

/* The WAL's latency histograms (live; valid until close). */
rmq_wal_latency_t *rmq_wal_latency(rmq_wal_t *wal);

/*
 * Flushes and syncs everything queued, stops the writer and completion threads and frees the
 * WAL. Appends still queued complete (durably, their callbacks run) before it returns.
 */
void rmq_wal_close(rmq_wal_t *wal);

#endif
