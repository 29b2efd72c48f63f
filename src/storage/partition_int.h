/*
 * partition_int.h - private structures shared by partition.c (one plog) and plogset.c (the
 * set: WAL, replay, checkpoint, global cache budget). Not a contract: include only from
 * those two files and their unit test.
 */
#ifndef RMQ_STORAGE_PARTITION_INT_H
#define RMQ_STORAGE_PARTITION_INT_H

#include <pthread.h>
#include <stdatomic.h>

#include "common/hashmap.h"
#include "storage/partition.h"

#define RMQ_PLOG_MAGIC    0x504c4f47u /* "PLOG" */
#define RMQ_PLOGSET_MAGIC 0x50534554u /* "PSET" */

/*
 * One index entry per batch. Entries of a plog are contiguous in offsets:
 * ents[i+1].base_offset == ents[i].last_offset + 1, and the last one ends at LEO - 1.
 */
typedef struct plog_entry {
    int64_t base_offset;
    int64_t last_offset;
    int64_t max_timestamp;
    int64_t max_ts_prefix; /* max of max_timestamp over this and every earlier retained entry:
                              non-decreasing, so timestamp lookup is a binary search */
    uint32_t size;
    uint8_t durable; /* lsn and pos valid */
    uint64_t lsn;
    rmq_wal_pos_t pos;
    rmq_slice_t cache; /* hot-cache bytes (cache.buf == NULL once evicted) */
} plog_entry_t;

struct rmq_plog {
    uint32_t magic;
    uint64_t id;
    rmq_plogset_t *pset;

    pthread_mutex_t append_mu; /* offset assignment + WAL enqueue */
    pthread_mutex_t mu;        /* everything below */

    int64_t log_start;
    int64_t hw;
    int64_t leo;
    int64_t tiered;          /* offsets below are in object storage (the WAL need not keep them) */
    uint64_t untiered_bytes; /* sizes of the durable entries at or above tiered */
    int32_t leader_epoch;
    int failed; /* first WAL error seen by a completion; appends then get RMQ_EIO */

    /*
     * The index: live entries are ents[head..n). Positions below are absolute array indices:
     * durable_idx is the first entry not yet durable (n when all are), cache_idx the first
     * entry still in the hot cache (cached entries form the suffix [cache_idx, n), since the
     * cache only ever evicts its oldest and never re-adds).
     */
    plog_entry_t *ents;
    size_t head, n, cap;
    size_t durable_idx;
    size_t cache_idx;
    uint64_t cached_bytes;

    /* Offsets below this are not in the hot cache. Written under mu, read lock-free by the
       global eviction queue to recognise stale items. */
    _Atomic int64_t cache_floor;

    uint64_t appends;
    uint64_t evicted;

    /* Replay state (owner thread, during rmq_plogset_open only). */
    int64_t replay_next; /* offset the next frame must start at; -1 before the first */
};

/* An item of the global eviction queue: a batch that became durable while cached. */
typedef struct pset_cache_item {
    rmq_plog_t *plog;
    int64_t base_offset;
} pset_cache_item_t;

struct rmq_plogset {
    uint32_t magic;
    char *dir;
    char *ckpt_path;
    rmq_wal_t *wal;
    size_t cache_bytes_per_log;
    size_t cache_bytes_global;

    pthread_rwlock_t map_lock; /* plogs map */
    rmq_map_t *plogs;          /* partition id -> rmq_plog_t * */

    pthread_mutex_t ckpt_mu; /* serializes checkpoint writes with log start changes */

    _Atomic uint64_t cache_bytes;    /* over all plogs */
    _Atomic uint64_t untiered_total; /* sum of the plogs' untiered_bytes */
    _Atomic uint64_t cache_evicted;  /* batches */

    /* Global eviction queue (only used when cache_bytes_global > 0): ring buffer of durable
       cached batches in completion order, oldest first. */
    pthread_mutex_t cache_mu;
    pset_cache_item_t *q;
    size_t q_head, q_len, q_cap;
    size_t q_compact_at; /* compact stale items when q_len reaches this */

    uint64_t replayed;
    uint64_t replay_skipped;

    /* Called before each WAL trim (rmq_plogset_set_trim_hook); set before trims start. */
    int (*trim_hook)(void *opaque);
    void *trim_opaque;
};

/* partition.c */
rmq_plog_t *rmq_plog_new_(rmq_plogset_t *pset, uint64_t id);
void rmq_plog_free_(rmq_plog_t *plog);
/* Restores a replayed, durable batch (owner thread during open; takes mu). Returns 0 when
   indexed, 1 when skipped (wholly below log start), RMQ_ECORRUPT with a message otherwise. */
int rmq_plog_restore_(rmq_plog_t *plog, uint64_t lsn, const uint8_t *data, size_t len,
                      const rmq_wal_pos_t *pos, rmq_err_t *err);
/* Evicts cached durable entries with base offset <= upto, oldest first; takes mu. */
void rmq_plog_evict_upto_(rmq_plog_t *plog, int64_t upto);
/* Applies a log start already persisted in the checkpoint (ckpt_mu held, offset <= hw).
   Takes mu. */
void rmq_plog_apply_log_start_(rmq_plog_t *plog, int64_t offset);
/* Sets log start = hw = leo = offset on an empty plog (checkpoint load). */
void rmq_plog_init_offsets_(rmq_plog_t *plog, int64_t offset);
/* Open: offsets below end are in object storage; hw and leo move up to end. Takes mu. */
void rmq_plog_init_tiered_(rmq_plog_t *plog, int64_t end);
/* Drops uploaded entries whose WAL frames are gone (lsn < first_lsn). Takes mu. */
void rmq_plog_prune_(rmq_plog_t *plog, uint64_t first_lsn);

/* plogset.c */
/* Called by partition.c after a batch of plog became durable while cached (WAL thread). */
void rmq_plogset_cache_durable_(rmq_plogset_t *pset, rmq_plog_t *plog, int64_t base_offset);
/*
 * Decodes a log start checkpoint image (format in plogset.c), calling fn once per entry after
 * the whole image has been checked (magic, version, size, CRC, every start >= 0); a bad image
 * calls fn for none and returns RMQ_ECORRUPT with err set.
 */
typedef void (*rmq_ckpt_entry_fn)(void *opaque, uint64_t partition_id, int64_t log_start);
int rmq_plogset_ckpt_decode_(const uint8_t *data, size_t size, rmq_ckpt_entry_fn fn, void *opaque,
                             rmq_err_t *err);

/* Persists the checkpoint with plog's log start replaced by new_start (ckpt_mu held). */
int rmq_plogset_write_ckpt_(rmq_plogset_t *pset, rmq_plog_t *plog, int64_t new_start,
                            rmq_err_t *err);

#endif
