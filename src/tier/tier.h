/*
 * tier.h - the object storage tier: uploads WAL data into objects, serves reads of uploaded
 * offsets through a bounded read cache, compacts small objects and applies retention.
 *
 * Data path. The uploader packs durable batches of many partitions into one object: the
 * batches of each partition form one contiguous byte range (an extent), partitions sorted by
 * id, with a footer indexing the extents (see docs/object-storage.md, "Object format"). It
 * PUTs the object under a fresh key (conditional put), then commits the object and its extents
 * to the metadata store in one atomic batch, then tells each partition log the new uploaded
 * end (rmq_plog_set_tiered) and trims the WAL. A crash between PUT and commit leaves an object
 * no metadata names: an orphan, deleted when the tier next starts. Nothing is acknowledged on
 * the upload path (producers were acknowledged when the WAL made their batch durable), so an
 * upload that fails is simply retried later from the WAL, which keeps the data meanwhile.
 *
 * Reads. rmq_plog_read answers RMQ_EREMOTE for offsets that only object storage holds; the
 * caller then asks rmq_tier_read, which serves them from the read cache (whole extents, with
 * a per-extent batch index) or starts a ranged GET and answers RMQ_EAGAIN; when the GET lands
 * the notify callback runs, and the caller reads again. Read-ahead loads the extents after the
 * one being read, up to readahead_bytes, so a sequential consumer rarely waits.
 *
 * Compaction rewrites the extents a partition has in shared (multi-partition) objects into
 * per-partition objects of large extents; a shared object is deleted once none of its extents
 * is live. Retention moves the log start (rmq_plog_advance_log_start) and then drops extents
 * wholly below it; objects are deleted after delete_grace_ms (readers may still hold them).
 *
 * Metadata (the standalone rmq_kv store; the controller issue moves it into Raft) - keys:
 *   "t/seq"                       next object id (u64 LE)
 *   "t/o/" id(8 BE)               object: size, created ms, kind, key
 *   "t/x/" partition(8 BE) base(8 BE)  extent: end, max timestamp, object id, position, length
 *   "t/u/" partition(8 BE)        uploaded end of the partition (monotonic)
 *
 * Threads: one uploader thread, one maintenance thread (compaction, deletions); reads and the
 * retention/offset calls may come from any thread. notify runs on an object store thread.
 */
#ifndef RMQ_TIER_TIER_H
#define RMQ_TIER_TIER_H

#include <stddef.h>
#include <stdint.h>

#include "common/err.h"
#include "config/config.h"
#include "objstore/objstore.h"
#include "storage/kv.h"
#include "storage/partition.h"

typedef struct rmq_tier rmq_tier_t;

typedef struct rmq_tier_opts {
    rmq_objstore_t *store;       /* borrowed; outlives the tier */
    rmq_kv_t *kv;                /* borrowed metadata store */
    const char *prefix;          /* object key prefix, e.g. "rustmq/b1" (no trailing '/') */
    uint32_t upload_interval_ms; /* upload at least this often when data is pending */
    uint64_t upload_bytes;       /* ... or as soon as this much is pending (object target) */
    uint32_t max_uploads;        /* objects in flight at once (1..16, default 2) */
    uint64_t extent_max_bytes;   /* largest extent a compacted object holds (default 8 MiB) */
    uint64_t cache_bytes;        /* read cache budget */
    rmq_eviction_policy_t policy;
    uint64_t readahead_bytes;        /* extents loaded ahead of a sequential reader */
    uint32_t compaction_interval_ms; /* 0 = no compaction */
    uint64_t compaction_min_bytes;   /* compact a partition's shared extents once this many */
    uint32_t delete_grace_ms;        /* delay before deleting a dead object */
    uint64_t wal_capacity_bytes;     /* past half of it, upload without waiting (0 = unknown) */
    void (*notify)(void *opaque);    /* data became readable (a GET landed) */
    void *notify_opaque;
} rmq_tier_opts_t;

void rmq_tier_opts_init(rmq_tier_opts_t *opts);

/*
 * Loads the tier's index from opts->kv. Corrupt metadata fails with RMQ_ECORRUPT naming the
 * key. No thread runs yet; call rmq_tier_tiered, open the partition log set with it, then
 * rmq_tier_start.
 */
int rmq_tier_open(const rmq_tier_opts_t *opts, rmq_tier_t **out, rmq_err_t *err);

/* The uploaded end of every partition the tier knows, for rmq_plogset_opts.tiered. The array
   is the caller's to free. */
size_t rmq_tier_tiered(rmq_tier_t *tier, rmq_plog_tiered_t **out);

/*
 * Deletes orphans (objects under the prefix that the metadata does not name), drops extents
 * below each partition's log start, and starts the uploader and maintenance threads.
 */
int rmq_tier_start(rmq_tier_t *tier, rmq_plogset_t *pset, rmq_err_t *err);

/* Stops the threads (an upload in flight completes or is abandoned before commit) and frees
   the tier. Waits for reads in flight. NULL is allowed. */
void rmq_tier_close(rmq_tier_t *tier);

/* Asks the uploader to upload now (the WAL is filling up). Any thread. */
void rmq_tier_kick(rmq_tier_t *tier);

/*
 * Reads uploaded batches of partition pid starting with the one containing offset, adding
 * batches while the total stays within max_bytes (at least one batch), as rmq_plog_read does,
 * into out->batches (out's offsets are left as the caller set them). Returns 0; RMQ_EAGAIN when
 * the extent is being loaded (notify runs when it lands); RMQ_ERANGE when the tier does not
 * hold offset; RMQ_ECORRUPT / an object store error when the extent could not be loaded (the
 * next read retries after a short pause).
 */
int rmq_tier_read(rmq_tier_t *tier, uint64_t pid, int64_t offset, size_t max_bytes,
                  rmq_plog_read_t *out, rmq_err_t *err);

/*
 * ListOffsets by timestamp over uploaded data: the first record at or above log_start whose
 * timestamp is >= ts, in the first extent whose newest record qualifies. Returns 0 with
 * *offset and *timestamp exact when the extent is in the read cache; RMQ_EAGAIN when it is
 * being loaded (notify runs when it lands; *offset and *timestamp hold the extent-level
 * answer: max(its base, log_start) and its max timestamp, for a caller that cannot wait);
 * RMQ_ENOTFOUND when no uploaded extent qualifies. An extent that failed to load gives the
 * extent-level answer and 0.
 */
int rmq_tier_offset_for_time(rmq_tier_t *tier, uint64_t pid, int64_t ts, int64_t log_start,
                             int64_t *offset, int64_t *timestamp);

/* One extent as the retention code sees it. */
typedef struct rmq_tier_extent {
    int64_t base;
    int64_t end; /* exclusive */
    int64_t max_timestamp;
    uint64_t bytes;
} rmq_tier_extent_t;

/* A copy of partition pid's extents in offset order; the array is the caller's to free. */
size_t rmq_tier_extents(rmq_tier_t *tier, uint64_t pid, rmq_tier_extent_t **out);

/* The partition's lowest uploaded extent into *out: 1, or 0 when it has none. */
int rmq_tier_first_extent(rmq_tier_t *tier, uint64_t pid, rmq_tier_extent_t *out);

/*
 * Drops the extents of pid wholly below log_start (the log start has already been persisted)
 * and schedules the deletion of objects left without a live extent. Returns extents dropped.
 */
int rmq_tier_drop_below(rmq_tier_t *tier, uint64_t pid, int64_t log_start);

typedef struct rmq_tier_stats {
    uint64_t uploads;         /* objects uploaded and committed */
    uint64_t upload_bytes;    /* bytes in them */
    uint64_t upload_failures; /* uploads that failed (retried later) */
    uint64_t orphans_deleted;
    uint64_t objects; /* live objects */
    uint64_t object_bytes;
    uint64_t extents;
    uint64_t compactions;     /* compacted objects written */
    uint64_t objects_deleted; /* dead objects removed from the store */
    uint64_t cache_hits;      /* reads served from the cache */
    uint64_t cache_misses;    /* reads that had to start or wait for a GET */
    uint64_t cache_bytes;     /* bytes held (loaded and loading) */
    uint64_t cache_evictions;
    uint64_t gets; /* ranged GETs completed (reads and read-ahead) */
    uint64_t get_bytes;
    uint64_t get_extents; /* extents those GETs loaded (> gets when GETs were coalesced) */
    uint64_t readaheads;  /* extents loaded ahead of the reads that want them */
} rmq_tier_stats_t;

void rmq_tier_stats(rmq_tier_t *tier, rmq_tier_stats_t *st);

/* ---- object format (objfmt.c) ---- */

#define RMQ_TIER_OBJ_MAGIC    "RMQOBJ01"
#define RMQ_TIER_OBJ_VERSION  1
#define RMQ_TIER_TRAILER_SIZE 20 /* count u32, version u32, crc u32, magic 8 */
#define RMQ_TIER_FOOTER_ENTRY 48
#define RMQ_TIER_MAX_EXTENTS  1000000

/* One extent in an object's footer. */
typedef struct rmq_tier_fext {
    uint64_t pid;
    int64_t base;
    int64_t end;
    int64_t max_timestamp;
    uint64_t pos;
    uint64_t len;
} rmq_tier_fext_t;

/* Appends the footer for exts[0..n) (all little-endian) to wb. */
void rmq_tier_footer_write(rmq_wbuf_t *wb, const rmq_tier_fext_t *exts, size_t n);

/*
 * Parses the footer of a whole object obj[0..len): checks magic, version, CRC, and that every
 * extent lies in the data area without overlap, in (pid, base) order. *out (caller frees).
 */
int rmq_tier_footer_read(const uint8_t *obj, size_t len, rmq_tier_fext_t **out, size_t *n,
                         rmq_err_t *err);

#endif
