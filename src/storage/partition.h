/*
 * partition.h - the partition log: offsets, high watermark, index and hot cache of one
 * partition, and the set of all partition logs of a broker that share one WAL.
 *
 * A partition log (rmq_plog_t, named `plog`) turns validated Kafka RecordBatches into an
 * ordered log. On append it assigns offsets (base offset = log-end offset, LEO), patches the
 * batch's baseOffset and partitionLeaderEpoch in place (outside the CRC) and queues the bytes
 * on the broker's WAL. It tracks three offsets:
 *
 *   log_start <= hw <= leo
 *   log_start  first offset still readable (DeleteRecords/retention move it up)
 *   hw         high watermark: every offset below it is durable (later also replicated)
 *   leo        log-end offset: the offset the next appended record gets
 *
 * Every batch has an index entry: base/last offset, max timestamp, size, the WAL LSN and
 * position once durable, and the bytes themselves while they sit in the hot cache. Reads
 * return refcounted slices of the cached bytes, or read the batch back from the WAL once
 * the cache has evicted it. See docs/partition-log.md.
 *
 * The set (rmq_plogset_t, named `pset`) owns the WAL and every plog, and rebuilds them all
 * from the WAL (plus a small checkpoint of log start offsets) when it opens.
 *
 * Threading: append, read, lookups and offset queries may be called from any thread. Each
 * plog has two mutexes: `append_mu` serializes offset assignment with the WAL enqueue (so the
 * WAL order of a partition is its offset order), and `mu` guards the index and offsets for
 * short critical sections (no I/O is done under it). Durable completions run on the WAL's
 * completion thread and only take `mu`, so a WAL append that waits for queue space can never
 * deadlock against them. Lock order: pset ckpt_mu -> pset map lock -> pset cache_mu ->
 * plog append_mu -> plog mu.
 */
#ifndef RMQ_STORAGE_PARTITION_H
#define RMQ_STORAGE_PARTITION_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"
#include "kafka/record_batch.h"
#include "storage/wal/wal.h"

typedef struct rmq_plog rmq_plog_t;
typedef struct rmq_plogset rmq_plogset_t;

/* ---- The set of partition logs ---- */

/* What object storage holds of one partition: every offset below end (given at open). */
typedef struct rmq_plog_tiered {
    uint64_t id;
    int64_t end;
} rmq_plog_tiered_t;

typedef struct rmq_plogset_opts {
    const char *dir;                 /* state directory: checkpoint file, and wal/ by default */
    const rmq_plog_tiered_t *tiered; /* per partition: offsets uploaded (none: NULL, 0) */
    size_t tiered_count;
    rmq_wal_opts_t wal;         /* WAL options; wal.dir NULL means "<dir>/wal" */
    size_t cache_bytes_per_log; /* hot-cache budget of each plog; 0 = unlimited */
    size_t cache_bytes_global;  /* hot-cache budget over all plogs; 0 = unlimited */
} rmq_plogset_opts_t;

/* Fills opts with defaults (no cache limits, rmq_wal_opts_init for the WAL, dir NULL). */
void rmq_plogset_opts_init(rmq_plogset_opts_t *opts);

/*
 * Opens the set in opts->dir (created if missing): loads the log start checkpoint, opens the
 * WAL (which recovers its own tail) and replays every frame into its partition's plog,
 * creating plogs on first sight. Each replayed batch is validated again; its index entry
 * gets its WAL LSN and position; LEO and HW end at the last replayed batch (everything
 * replayed is durable). A batch that fails validation, or offsets that are not contiguous
 * within a partition, fail the open with RMQ_ECORRUPT and a message naming the partition
 * and LSN (the WAL's frames are checksummed, so this means a bug or tampering; starting
 * anyway could serve wrong data). On success *psetp is owned by the caller until
 * rmq_plogset_close. Owner thread.
 */
int rmq_plogset_open(const rmq_plogset_opts_t *opts, rmq_plogset_t **psetp, rmq_err_t *err);

/*
 * Closes the WAL (waiting for queued appends: their done callbacks run first) and frees
 * every plog. No other thread may use the set or its plogs during or after the call.
 */
void rmq_plogset_close(rmq_plogset_t *pset);

/* The plog of partition_id, or NULL. The pointer stays valid until rmq_plogset_close. */
rmq_plog_t *rmq_plogset_get(rmq_plogset_t *pset, uint64_t partition_id);

/* The plog of partition_id, created empty (offsets 0) when missing. Valid until close. */
rmq_plog_t *rmq_plogset_get_or_create(rmq_plogset_t *pset, uint64_t partition_id);

/* Number of plogs. */
size_t rmq_plogset_count(rmq_plogset_t *pset);

/* Stores up to max partition ids, ascending, in ids; returns the total number of plogs. */
size_t rmq_plogset_list(rmq_plogset_t *pset, uint64_t *ids, size_t max);

/* Every partition id, ascending, in a new array (*ids, the caller frees); returns the count. */
size_t rmq_plogset_ids(rmq_plogset_t *pset, uint64_t **ids);

/* The shared WAL (borrowed; valid until close) — for stats and for the uploader's trim. */
rmq_wal_t *rmq_plogset_wal(rmq_plogset_t *pset);

/*
 * Uploader hook: the lowest WAL LSN that some plog still needs to serve its retained offsets
 * (index entries at or above log start). An entry not yet durable counts as the WAL's
 * durable LSN. With nothing retained it returns the WAL's next LSN. rmq_wal_trim(wal, lsn)
 * with the result never removes a frame that a read may need.
 */
uint64_t rmq_plogset_min_lsn(rmq_plogset_t *pset);

/*
 * Trims the WAL below rmq_plogset_min_lsn, then drops the index entries of uploaded offsets
 * whose frames are gone (reads of them get RMQ_EREMOTE). Returns segments trimmed or <0.
 */
int rmq_plogset_trim(rmq_plogset_t *pset);

/*
 * fn runs at the start of every rmq_plogset_trim, on the trimming thread (the uploader's or
 * the housekeeping ticker's: it must serialise itself), after the trim point is chosen: state
 * derived from the frames about to go (producer-state snapshots) is saved there. A negative
 * return skips that trim. Set it before anything trims (owner thread, after open).
 */
void rmq_plogset_set_trim_hook(rmq_plogset_t *pset, int (*fn)(void *opaque), void *opaque);

typedef struct rmq_plogset_stats {
    size_t plogs;
    uint64_t cache_bytes;    /* bytes held by all hot caches (durable or not) */
    uint64_t cache_evicted;  /* batches evicted from hot caches since open */
    uint64_t replayed;       /* batches restored from the WAL at open */
    uint64_t replay_skipped; /* replayed batches below their partition's log start */
} rmq_plogset_stats_t;

void rmq_plogset_stats(rmq_plogset_t *pset, rmq_plogset_stats_t *st);

/* ---- One partition log ---- */

/*
 * Durable completion: status 0 = the batch is durable at base_offset (the high watermark has
 * already moved past it); else a negative error (the WAL failed; the plog then refuses
 * further appends with RMQ_EIO). Runs on the WAL writer thread — possibly before
 * rmq_plog_append has returned. Keep it short; it may call rmq_plog_read.
 */
typedef void (*rmq_plog_done_fn)(void *opaque, int status, int64_t base_offset);

/*
 * Appends one RecordBatch. batch must hold exactly one whole batch (its length is the batch
 * size). info, when not NULL, is the result of rmq_batch_validate on these very bytes (the
 * produce path has it already); when NULL the plog validates the batch itself.
 * The batch bytes are PATCHED IN PLACE (baseOffset := LEO, partitionLeaderEpoch := the plog's
 * leader epoch) — the caller must not let other threads read them meanwhile — and the plog
 * keeps its own reference to batch->buf for the hot cache (the whole buffer stays alive while
 * the batch is cached). On success *base_offset (may be NULL) receives the assigned base
 * offset and done(opaque, ...) will be called exactly once; on error done is never called.
 * Errors: RMQ_EINVAL (not exactly one batch), RMQ_ECORRUPT / RMQ_EUNSUPPORTED (validation),
 * RMQ_EIO (an earlier WAL failure), RMQ_ERANGE (offsets would pass INT64_MAX) and whatever
 * rmq_wal_append returns (RMQ_EFULL, RMQ_ETOOBIG, RMQ_ECLOSED). Any thread.
 * When the WAL's buffer is full it waits, holding none of the plog's locks, for the writer to
 * take it: network threads use rmq_plog_try_append instead.
 */
int rmq_plog_append(rmq_plog_t *plog, const rmq_slice_t *batch, const rmq_batch_info_t *info,
                    rmq_plog_done_fn done, void *opaque, int64_t *base_offset, rmq_err_t *err);

/*
 * The same, never waiting: RMQ_EAGAIN when the WAL's group buffer is full (nothing appended,
 * done never called). The WAL's space function (rmq_wal_set_space_fn on rmq_plogset_wal) runs
 * once the writer has taken the buffer; retry then.
 */
int rmq_plog_try_append(rmq_plog_t *plog, const rmq_slice_t *batch, const rmq_batch_info_t *info,
                        rmq_plog_done_fn done, void *opaque, int64_t *base_offset, rmq_err_t *err);

/* Same for data[0..len): the bytes are copied into a new buffer first (data is not patched). */
int rmq_plog_append_copy(rmq_plog_t *plog, const void *data, size_t len,
                         const rmq_batch_info_t *info, rmq_plog_done_fn done, void *opaque,
                         int64_t *base_offset, rmq_err_t *err);

/* Read flag: serve offsets up to LEO instead of stopping at the high watermark. */
#define RMQ_PLOG_READ_UNCOMMITTED 0x1u

/*
 * Result of a read: batches[0..count) are new references the caller releases with
 * rmq_plog_read_release. log_start/hw/leo are the plog's offsets when the read ran (also
 * filled when the read fails with RMQ_ERANGE, for OFFSET_OUT_OF_RANGE responses).
 */
typedef struct rmq_plog_read {
    rmq_slice_t *batches;
    size_t count;
    size_t bytes; /* sum of the batches' lengths */
    int64_t log_start;
    int64_t hw;
    int64_t leo;
} rmq_plog_read_t;

/*
 * Reads whole batches starting with the one that contains offset, adding batches while the
 * total stays within max_bytes — but always at least one whole batch when one is available,
 * as Kafka does so that a consumer can pass a batch larger than its limit. Stops at the high
 * watermark (or at LEO with RMQ_PLOG_READ_UNCOMMITTED). offset == the upper bound gives 0
 * batches and status 0. RMQ_EREMOTE when offset is retained but lives only in object storage
 * (see rmq_plog_set_tiered). Evicted batches are read back from the WAL (outside any lock).
 * Errors: RMQ_ERANGE when offset < log_start or offset > leo (Kafka's OFFSET_OUT_OF_RANGE;
 * out's offsets are filled); a WAL read error (RMQ_ENOTFOUND once trimmed, RMQ_ECORRUPT,
 * -errno) for the first batch — a failure on a later batch just ends the result there.
 * out is always initialised (release it even on error; on error it holds no batch, so it may
 * be filled again, e.g. by rmq_tier_read after RMQ_EREMOTE). Any thread.
 */
int rmq_plog_read(rmq_plog_t *plog, int64_t offset, size_t max_bytes, unsigned flags,
                  rmq_plog_read_t *out, rmq_err_t *err);

/* Releases the slices of a read and zeroes it. */
void rmq_plog_read_release(rmq_plog_read_t *rd);

/*
 * ListOffsets by timestamp: the first offset (>= log start, below the HW or with
 * RMQ_PLOG_READ_UNCOMMITTED below LEO) whose record timestamp is >= ts. The batch is the
 * first whose maxTimestamp >= ts (binary search on a running maximum); the record inside is
 * found by decoding the batch (a batch that cannot be decoded gives its base offset and
 * maxTimestamp). *offset and *timestamp (may be NULL) receive the record's offset and
 * timestamp. RMQ_ENOTFOUND when no record qualifies (Kafka answers offset -1).
 */
int rmq_plog_offset_for_time(rmq_plog_t *plog, int64_t ts, unsigned flags, int64_t *offset,
                             int64_t *timestamp, rmq_err_t *err);

/*
 * Moves log start up to offset (DeleteRecords, retention) and drops the index entries that
 * lie wholly below it. The new value is first written to the set's checkpoint file
 * (fsynced), so a restart does not resurrect deleted records. offset <= current log start is
 * a no-op; offset > hw gives RMQ_ERANGE. Any thread (does file I/O).
 */
int rmq_plog_advance_log_start(rmq_plog_t *plog, int64_t offset, rmq_err_t *err);

/*
 * Object storage tier: offsets below end are uploaded and committed, so the WAL no longer has
 * to keep them (rmq_plogset_min_lsn skips them). Monotonic; end > hw is RMQ_ERANGE. Reads keep
 * serving them from the hot cache and the WAL until rmq_plogset_trim drops them; after that
 * rmq_plog_read answers RMQ_EREMOTE and the tier serves them.
 */
int rmq_plog_set_tiered(rmq_plog_t *plog, int64_t end, rmq_err_t *err);

/* The uploaded end (0 without a tier). */
int64_t rmq_plog_tiered(rmq_plog_t *plog);

/* Bytes of durable batches at or above the uploaded end (what an upload would take). */
uint64_t rmq_plog_untiered_bytes(rmq_plog_t *plog);

/* The same summed over every log of the set, kept as the logs change (O(1): the uploader asks
   many times a second, and a scan of 50,000 logs each time made its cost grow with the
   partition count times the run time). */
uint64_t rmq_plogset_untiered_bytes(rmq_plogset_t *pset);

/* The partition id. */
uint64_t rmq_plog_id(const rmq_plog_t *plog);

/* A consistent snapshot of log start, high watermark and LEO (any pointer may be NULL). */
void rmq_plog_offsets(rmq_plog_t *plog, int64_t *log_start, int64_t *hw, int64_t *leo);

/* Sets the leader epoch written into batches appended from now on (this broker leads). */
void rmq_plog_become_leader(rmq_plog_t *plog, int32_t leader_epoch);

/* The current leader epoch (the highest seen in replayed batches after a restart). */
int32_t rmq_plog_leader_epoch(rmq_plog_t *plog);

/*
 * Uploader hook: the LSN of the index entry containing offset (the lowest LSN needed to serve
 * offsets >= offset). RMQ_ERANGE when offset is outside [log_start, leo), RMQ_ENOTFOUND when
 * that entry is not durable yet.
 */
int rmq_plog_min_lsn(rmq_plog_t *plog, int64_t offset, uint64_t *lsn);

/* One index entry, as rmq_plog_entry returns it. */
typedef struct rmq_plog_entry_info {
    int64_t base_offset;
    int64_t last_offset;
    int64_t max_timestamp;
    uint32_t size;
    int durable; /* lsn and pos are valid */
    int cached;  /* bytes in the hot cache */
    uint64_t lsn;
    rmq_wal_pos_t pos;
} rmq_plog_entry_info_t;

/*
 * Copies the index entry at position idx (0 = oldest retained) into *out. Returns 0, or
 * RMQ_ENOTFOUND past the end. For tests, admin tools and the uploader.
 */
int rmq_plog_entry(rmq_plog_t *plog, size_t idx, rmq_plog_entry_info_t *out);

typedef struct rmq_plog_stats {
    size_t entries;        /* index entries retained */
    size_t cached_entries; /* of which in the hot cache */
    uint64_t cached_bytes;
    uint64_t appends; /* since open */
    uint64_t evicted;
    int failed; /* the WAL error that stopped appends, or 0 */
} rmq_plog_stats_t;

void rmq_plog_stats(rmq_plog_t *plog, rmq_plog_stats_t *st);

#endif
