/*
 * wal_int.h - write-ahead log internals: on-disk format, the WAL object, the I/O backend vtable.
 *
 * Private to src/storage/wal/ (and its unit tests). The contract is wal.h; the format is also
 * described in docs/wal-format.md.
 *
 * ON-DISK FORMAT (all integers little-endian)
 *
 * A WAL directory holds segment files named "%020" PRIu64 ".wal" after their segment id
 * (00000000000000000001.wal, ...). Other names are ignored. Segment ids only grow; a new
 * segment gets max(every id ever seen in the directory) + 1.
 *
 * Segment header (WAL_SEG_HDR_SIZE = 32 bytes, at offset 0 of every segment):
 *
 *   offset size  field
 *   0      4     magic       0x57514D52 (the bytes "RMQW")
 *   4      2     version     WAL_FORMAT_VERSION (1)
 *   6      2     hdr_size    32
 *   8      8     segment_id  must equal the id in the file name
 *   16     8     first_lsn   LSN of the first frame in this segment (1 .. 2^62); the first frame
 *                            of segment k+1 continues segment k's last LSN + 1
 *   24     4     flags       bit 0 (WAL_HDR_FLAG_RECYCLED): the file is a reused segment, so
 *                            bytes after the last frame may be stale frames of an older segment
 *                            (all with LSNs below first_lsn); other bits 0. Written as 0 before
 *                            recycling existed; readers ignore the field except for messages.
 *   28     4     hdr_crc     CRC-32C of bytes 0..27
 *
 * Frames follow the header back to back, no padding (WAL_FRAME_HDR_SIZE = 24 bytes + payload):
 *
 *   offset size  field
 *   0      4     len         payload length in bytes
 *   4      4     crc         CRC-32C of bytes 8 .. 24+len (lsn, partition id, payload)
 *   8      8     lsn         >= 1, exactly previous frame's lsn + 1
 *   16     8     partition   partition id (opaque to the WAL)
 *   24     len   payload     the Kafka record batch bytes (opaque to the WAL)
 *
 * Why no padding/alignment: writes go through the page cache (buffered pwritev/io_uring), so
 * frame alignment buys nothing; a group is one contiguous buffer written with one call.
 *
 * Preallocation: a segment is fallocate()d to segment_size_bytes when created, so its file is
 * longer than its data and the tail reads as zeros. A frame slot whose 24 header bytes are all
 * zero cannot be a frame (lsn >= 1), so it marks the end of data; if everything from there to
 * end of file is zero the segment ended cleanly. Any other invalid frame (bad length, CRC, LSN)
 * or non-zero bytes after the end marker is a torn/corrupt tail: recovery truncates the file at
 * the first bad frame (then preallocates again) and deletes every later segment. When the
 * writer rolls to a new segment it truncates the old one to its data length (freeing the
 * preallocated tail); a crash before that leaves zeros, which recovery accepts as above.
 *
 * Recycling: rmq_wal_trim renames up to opts.recycle_segments trimmed segments to spare files
 * "%020" PRIu64 ".spare" (the old id) instead of deleting them; the writer renames a spare to the
 * next segment's name and writes the new header (flag RECYCLED) with its first frames. The old
 * frames behind the new data keep valid CRCs, but a spare is only reused for a segment whose
 * first_lsn is at least the LSN after its last old frame (wal_seg_t.lsn_end), so an old frame
 * never carries the LSN recovery expects there. Recovery truncates whatever follows the last
 * good frame of the tail. A segment that is not the tail may hold stale bytes after its data
 * when the crash came before its truncation was durable: when the next segment's header
 * continues the log at exactly the next LSN, the writer rolled there, and recovery just
 * truncates those bytes. Spares found on open are deleted (their LSN bound is not known).
 */
#ifndef RMQ_STORAGE_WAL_INT_H
#define RMQ_STORAGE_WAL_INT_H

#include "common/watchdog.h"
#include "storage/wal/wal.h"
#include "common/assert.h"

#define WAL_MAGIC           0x57514D52u /* "RMQW" */
#define WAL_FORMAT_VERSION  1
#define WAL_SEG_HDR_SIZE    32u
#define WAL_FRAME_HDR_SIZE  24u
#define WAL_SEG_NAME_LEN    24 /* 20 digits + ".wal" */
#define WAL_SEG_NAME_SIZE   (WAL_SEG_NAME_LEN + 1)
#define WAL_SPARE_NAME_LEN  26 /* 20 digits + ".spare" */
#define WAL_SPARE_NAME_SIZE (WAL_SPARE_NAME_LEN + 1)

#define WAL_HDR_FLAG_RECYCLED 1u

#define WAL_DEFAULT_SEGMENT_SIZE (64ull << 20)
#define WAL_DEFAULT_BUFFER_SIZE  ((size_t)4 << 20)
#define WAL_DEFAULT_FLUSH_MS     10u
#define WAL_DEFAULT_RECYCLE      4u
#define WAL_MAX_RECYCLE          64u
#define WAL_MIN_SEGMENT_SIZE     128ull
#define WAL_MIN_BUFFER_SIZE      64u
#define WAL_MAX_BUFFER_SIZE      ((size_t)256 << 20)
/* Names with larger ids are not treated as segments (so next id + 1 never wraps). */
#define WAL_MAX_SEG_ID (1ull << 62)
/* LSNs stay far below wrap-around; a header claiming more is corrupt. */
#define WAL_MAX_LSN (1ull << 62)
/* Largest payload recovery accepts from disk, whatever today's options say. */
#define WAL_MAX_DISK_PAYLOAD (256u << 20)

#define WAL_OBJ_MAGIC 0x57414C31u /* checked on entry, catches use-after-close */

/* ---- I/O backends ------------------------------------------------------------------------ */

typedef struct rmq_wal_io rmq_wal_io_t;

typedef struct rmq_wal_io_ops {
    const char *name; /* "io_uring" or "pwritev" */
    /*
     * Writes every byte of iov[0..iovcnt) at file offset off (retrying short writes), then, when
     * sync is set, fdatasyncs fd. Returns 0 or -errno. iov may be modified.
     */
    int (*writev)(rmq_wal_io_t *io, int fd, struct iovec *iov, int iovcnt, uint64_t off, int sync);
    int (*fdatasync)(rmq_wal_io_t *io, int fd); /* 0 or -errno */
    void (*free)(rmq_wal_io_t *io);
} rmq_wal_io_ops_t;

struct rmq_wal_io {
    const rmq_wal_io_ops_t *ops;
    uint64_t write_done_ns; /* rmq_mono_ns when the last writev's data write completed */
};

/*
 * Creates the backend asked for. AUTO tries io_uring (when compiled in) and falls back to
 * pwritev when the ring cannot be set up (old kernel, seccomp). URING fails with
 * RMQ_EUNSUPPORTED (not compiled in) or -errno (kernel refused). Thread: the one caller that
 * then owns the backend (the WAL writer thread); not thread-safe.
 */
int rmq_wal_io_new(rmq_wal_io_backend_t want, rmq_wal_io_t **iop, rmq_err_t *err);

/* Tests only: when on, io_uring setup behaves as if the kernel refused it (-ENOSYS). */
void rmq_wal_io_uring_force_fail(int on);

/* ---- segments and the WAL object --------------------------------------------------------- */

/* One segment file. Listed in wal->segs (sorted by id) under seg_mu; refcounted for readers. */
typedef struct wal_seg {
    uint64_t id;
    uint64_t first_lsn;
    uint64_t size; /* logical bytes: header + valid frames (the file may be longer: zeros) */
    int fd;
    int refcnt;       /* under seg_mu; the list (or the spare pool) holds one reference */
    int recycled;     /* reuses a trimmed file: stale bytes may follow the data */
    uint64_t lsn_end; /* as a spare: every frame in the file has an LSN below this */
} wal_seg_t;

/* One queued append, in LSN order inside its group. */
typedef struct wal_entry {
    rmq_wal_done_fn done;
    void *opaque;
    uint64_t lsn;
    size_t off;        /* frame offset in the group buffer */
    uint32_t len;      /* payload length */
    uint64_t t_ns;     /* rmq_mono_ns of the append */
    rmq_wal_pos_t pos; /* filled by the writer */
} wal_entry_t;

/*
 * A group buffer: appenders reserve space and an LSN under wal->mu, then copy their frame in
 * (and checksum it) outside the lock; `copying` counts those still copying. The writer seals the
 * active group, waits for copying == 0, then writes data[0..len) with one call.
 */
typedef struct wal_group {
    uint8_t *data;
    size_t len;
    size_t cap;
    wal_entry_t *ents;
    size_t n;
    size_t ents_cap;
    int copying; /* atomic */
    int sealed;  /* atomic */
} wal_group_t;

struct rmq_wal {
    uint32_t magic;
    rmq_wal_opts_t opts; /* opts.dir points at dir below */
    char *dir;
    int dir_fd;
    rmq_wal_io_t *io;
    uint64_t max_payload; /* appends above get RMQ_ETOOBIG */

    /* Append queue: mu guards everything down to `appends`. Held only to enqueue. */
    pthread_mutex_t mu;
    pthread_cond_t work_cv;  /* writer waits for work */
    pthread_cond_t space_cv; /* appenders wait for room in the active group */
    pthread_cond_t copy_cv;  /* writer waits for copies into a sealed group */
    wal_group_t groups[2];
    wal_group_t *active;
    uint64_t next_lsn;
    uint64_t used_bytes;   /* segment bytes on disk + queued frames (capacity accounting) */
    uint64_t frame_budget; /* most used_bytes may reach: capacity minus the preallocated tail */
    int closing;
    int failed; /* first I/O error; appends then get RMQ_EIO */
    int writer_idle;
    int space_waiters;
    int space_wanted; /* a try-append found the active group full: call space_fn at the next seal */
    void (*space_fn)(void *opaque);
    void *space_opaque;
    uint64_t appends;
    rmq_wd_probe_t probe; /* the writer thread, for the watchdog */
    /* Completions run on their own thread ("rmq-wal-done"), in LSN order, while the writer
       goes on with the next group: the disk does not wait for the callbacks. */
    pthread_t completer;
    pthread_mutex_t cq_mu;
    pthread_cond_t cq_cv;
    struct wal_cbatch *cq_head, *cq_tail;
    int cq_stop;
    int completer_started;
    rmq_wd_probe_t cprobe;
    int low_space;             /* atomic: free disk below opts.min_free_bytes, appends refused */
    uint64_t space_checked_ns; /* writer: last statvfs */

    /* Owned by the writer thread (and by open before it starts). */
    pthread_t writer;
    wal_seg_t *tail;       /* segment being appended to, NULL before the first */
    uint64_t tail_off;     /* end of data in tail */
    uint64_t next_seg_id;  /* id for the next new segment */
    uint64_t written_lsn;  /* every LSN below was written (maybe not synced) */
    int dirty;             /* INTERVAL mode: written since the last sync */
    uint64_t last_sync_ns; /* INTERVAL mode */
    uint8_t new_hdr[WAL_SEG_HDR_SIZE];

    /* Statistics written by the writer, read by anyone (atomics). */
    uint64_t durable_lsn;
    uint64_t group_commits;
    uint64_t fsyncs;
    rmq_wal_latency_t lat; /* where an append's time goes (writer thread records) */
    uint64_t recycled;

    /* Segment list: seg_mu guards segs/nsegs and every seg->size/refcnt. */
    pthread_mutex_t seg_mu;
    wal_seg_t **segs;
    size_t nsegs;
    size_t segs_cap;
    /* Spare files (trimmed segments kept for reuse), oldest first; under seg_mu. */
    wal_seg_t *spares[WAL_MAX_RECYCLE];
    size_t nspares;
    uint64_t spare_bytes;  /* disk held by spare files (seg_mu) */
    size_t spares_pending; /* slots reserved by a trim that is renaming a file */
};

/* ---- helpers shared by wal.c and wal_recover.c (wal_segment.c) ------------------------- */

/* Writes "%020llu.wal" into name (WAL_SEG_NAME_SIZE bytes). */
void rmq_wal_seg_name(uint64_t id, char name[WAL_SEG_NAME_SIZE]);

/* Parses a segment file name; 0 and *id on success, -1 when name is not a segment name
 * (including ids above WAL_MAX_SEG_ID). */
int rmq_wal_seg_parse_name(const char *name, uint64_t *id);

/* Writes "%020llu.spare" into name (WAL_SPARE_NAME_SIZE bytes). */
void rmq_wal_spare_name(uint64_t id, char name[WAL_SPARE_NAME_SIZE]);

/* Parses a spare file name like rmq_wal_seg_parse_name: 0 and *id, or -1. */
int rmq_wal_spare_parse_name(const char *name, uint64_t *id);

/* Encodes a segment header into hdr (flags 0). */
void rmq_wal_seg_hdr_encode(uint8_t hdr[WAL_SEG_HDR_SIZE], uint64_t id, uint64_t first_lsn);

/* Sets the flags field of an encoded header and recomputes its CRC. */
void rmq_wal_seg_hdr_set_flags(uint8_t hdr[WAL_SEG_HDR_SIZE], uint32_t flags);

/* The flags field of a header that decoded successfully. */
uint32_t rmq_wal_seg_hdr_flags(const uint8_t hdr[WAL_SEG_HDR_SIZE]);

/* Decodes and verifies a header read from disk: 0, or RMQ_ECORRUPT with a reason in err. */
int rmq_wal_seg_hdr_decode(const uint8_t *hdr, size_t len, uint64_t *id, uint64_t *first_lsn,
                           rmq_err_t *err);

/* Frame header fields. */
typedef struct wal_frame_hdr {
    uint32_t len;
    uint32_t crc;
    uint64_t lsn;
    uint64_t partition;
} wal_frame_hdr_t;

void rmq_wal_frame_hdr_decode(const uint8_t *p, wal_frame_hdr_t *fh);

/* CRC of a frame given its 24-byte header and payload. */
uint32_t rmq_wal_frame_crc(const uint8_t *hdr, const uint8_t *payload, size_t len);

/* Segment refcounting (seg_mu held for ref; unref takes seg_mu itself). */
wal_seg_t *rmq_wal_seg_ref_locked(wal_seg_t *seg);
void rmq_wal_seg_unref(rmq_wal_t *wal, wal_seg_t *seg);

/* Appends seg to the list (takes over the caller's reference). Takes seg_mu. */
void rmq_wal_seg_list_push(rmq_wal_t *wal, wal_seg_t *seg);

/*
 * Fault-aware system calls: call opts.fault first (when set) with the op; a negative answer
 * is returned without doing the call.
 */
int rmq_wal_fault(rmq_wal_t *wal, rmq_wal_io_op_t op, size_t len);
int rmq_wal_sys_openat(rmq_wal_t *wal, const char *name, int flags, int *fdp);
int rmq_wal_sys_ftruncate(rmq_wal_t *wal, int fd, uint64_t size);
int rmq_wal_sys_fsync_dir(rmq_wal_t *wal);
/* renameat within the WAL directory (fault op RMQ_WAL_OP_RENAME). */
int rmq_wal_sys_rename(rmq_wal_t *wal, const char *from, const char *to);

/* Best-effort preallocation of a segment file to segment_size_bytes (errors ignored). */
/* Preallocates a segment's blocks: 0, or -ENOSPC when the disk has no room for them. */
int rmq_wal_seg_preallocate(rmq_wal_t *wal, int fd);

/*
 * Recovery, on open before the writer starts: scans the directory, verifies every segment and
 * frame, truncates a bad tail, deletes segments after it, and fills wal->segs, tail, tail_off,
 * next_lsn, next_seg_id, used_bytes.
 */
int rmq_wal_recover(rmq_wal_t *wal, rmq_err_t *err);

/*
 * Reads segment frames: a window over one file. Used by recovery and replay.
 */
typedef struct wal_reader {
    int fd;
    uint64_t file_size;
    uint8_t *buf;
    size_t cap;
    uint64_t win_off;
    size_t win_len;
} wal_reader_t;

void rmq_wal_reader_init(wal_reader_t *r, int fd, uint64_t file_size);
void rmq_wal_reader_release(wal_reader_t *r);
/* Makes [off, off+n) readable at *p. 0, RMQ_ETRUNC past end of file, or -errno. */
int rmq_wal_reader_get(wal_reader_t *r, uint64_t off, size_t n, const uint8_t **p);

#endif
