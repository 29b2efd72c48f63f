/*
 * tier_int.h - structures shared by the tier's files: tier.c (index, metadata, retention),
 * upload.c (uploader, orphans, compaction, deletions) and read.c (read cache, reads).
 *
 * Locks: commit_mu serializes every change of the committed index (upload commits,
 * compaction commits, retention drops) with its metadata write; mu guards the in-memory index,
 * the object table and the read cache for short critical sections (no I/O under it).
 * Order: commit_mu -> mu.
 */
#ifndef RMQ_TIER_TIER_INT_H
#define RMQ_TIER_TIER_INT_H

#include <pthread.h>

#include "common/hashmap.h"
#include "tier/tier.h"

#define RMQ_TIER_SUBSYS "tier"

/* Object kinds. */
#define TOBJ_SHARED    1 /* uploaded: extents of many partitions */
#define TOBJ_COMPACTED 2 /* compaction output: extents of one partition */

typedef struct tobj {
    uint64_t id;
    char *key;
    uint64_t size;
    int64_t created_ms;
    uint8_t kind;
    uint32_t live; /* live extents pointing into it */
} tobj_t;

typedef struct text {
    int64_t base;
    int64_t end; /* exclusive */
    int64_t max_timestamp;
    uint64_t obj;
    uint64_t pos;
    uint64_t len;
} text_t;

typedef struct tpart {
    uint64_t pid;
    int64_t uploaded; /* end of what object storage holds */
    text_t *ext;      /* sorted by base, not overlapping: ext[i].end <= ext[i+1].base */
    size_t n, cap;
} tpart_t;

struct load_ctx;

#define RMQ_TIER_ACTIVE_MAX 64

/* Read cache entry: one extent's bytes. */
typedef enum centry_state { CE_LOADING = 0, CE_READY = 1, CE_FAILED = 2 } centry_state_t;

typedef struct centry {
    uint64_t obj;
    uint64_t pos;
    uint64_t len;
    uint64_t pid;
    int64_t base, end;
    centry_state_t state;
    int err;            /* CE_FAILED: the error */
    uint64_t failed_ms; /* CE_FAILED: when (retry after a pause) */
    rmq_buf_t *data;    /* CE_READY */
    int64_t *boff;      /* CE_READY: batch base offsets */
    uint32_t *bpos;     /* CE_READY: batch positions in data */
    size_t nb;
    /* eviction bookkeeping */
    uint64_t seq;             /* insertion order (FIFO queues) */
    uint64_t last_use;        /* access clock (LRU) */
    uint32_t freq;            /* accesses (LFU, S3-FIFO) */
    uint8_t queue;            /* S3-FIFO: 0 small, 1 main */
    uint8_t prefetched;       /* loaded by read-ahead and not read yet */
    uint8_t dead;             /* CE_LOADING: left the cache; its load callback frees it */
    struct cshare *share;     /* CE_READY pieces of one GET buffer, or NULL (read.c) */
    struct load_ctx *loadctx; /* CE_LOADING: the GET's context */
    struct centry *next;      /* list of all entries */
    struct centry *prev;
} centry_t;

typedef struct pending_delete {
    char *key;
    uint64_t due_ms;
    struct pending_delete *next;
} pending_delete_t;

#define RMQ_TIER_MAGIC 0x54494552u /* "TIER" */

/* Checks that t is a live tier (entry of the public functions). */
#define RMQ_TIER_CHECK(t) RMQ_ASSERT((t) != NULL && (t)->magic == RMQ_TIER_MAGIC)

struct rmq_tier {
    uint32_t magic; /* RMQ_TIER_MAGIC until rmq_tier_close frees it */
    rmq_tier_opts_t opts;
    char *prefix;
    rmq_plogset_t *pset;

    pthread_mutex_t commit_mu;
    pthread_mutex_t mu;
    pthread_cond_t cond; /* uploader / maintenance wake-ups, reads draining at close */

    rmq_map_t *parts;   /* pid -> tpart_t * */
    rmq_map_t *objects; /* id -> tobj_t * */
    uint64_t next_id;
    uint64_t rng;

    /* read cache */
    rmq_map_t *cache; /* key (obj, pos) 16 bytes -> centry_t * */
    centry_t *clist;  /* every entry */
    uint64_t cache_bytes;
    uint64_t cache_small_bytes; /* S3-FIFO small queue */
    uint64_t cseq, cclock;
    rmq_map_t *ghost; /* S3-FIFO ghost keys -> (void *)1 */
    uint64_t ghost_seq;
    uint32_t loads_inflight;
    /* Partitions read lately and where (read.c: a GET takes along the next extents of other
       partitions being read when they lie next to it in the same object). */
    struct {
        uint64_t pid;
        int64_t offset;
        uint64_t ms;
    } active[RMQ_TIER_ACTIVE_MAX];
    size_t nactive;

    pending_delete_t *deletes;

    int started;
    int stop;
    int kicked;
    pthread_t uploader;
    pthread_t maint;

    rmq_tier_stats_t st;
};

/* tier.c */
tpart_t *rmq_tier_part_(rmq_tier_t *tier, uint64_t pid, int create); /* mu held */
size_t rmq_tier_find_ext_(const tpart_t *p, int64_t offset);         /* index, or p->n */
/* Builds the metadata key of an extent / object / uploaded end. */
size_t rmq_tier_key_ext_(uint8_t *out, uint64_t pid, int64_t base);
size_t rmq_tier_key_obj_(uint8_t *out, uint64_t id);
size_t rmq_tier_key_up_(uint8_t *out, uint64_t pid);
void rmq_tier_val_ext_(uint8_t out[40], const text_t *e);
uint8_t *rmq_tier_val_obj_(const tobj_t *o, size_t *len); /* malloc'd */
/* Queues the store deletion of key after the grace period (mu held). */
void rmq_tier_schedule_delete_(rmq_tier_t *tier, const char *key);
/* Adds to b the deletion of the records of objects that dropping run[0..n) leaves without a
   live extent (mu held; changes nothing in memory). */
void rmq_tier_dead_objs_(rmq_tier_t *tier, const text_t *run, size_t n, rmq_kv_batch_t *b);
/* An object lost a live extent (after the commit): when none is left, drop it and schedule
   its deletion (mu held; b, when not NULL, receives the metadata delete). */
void rmq_tier_obj_unref_(rmq_tier_t *tier, uint64_t id, rmq_kv_batch_t *b);

/* upload.c */
void *rmq_tier_uploader_main_(void *arg);
void *rmq_tier_maint_main_(void *arg);
int rmq_tier_collect_orphans_(rmq_tier_t *tier, rmq_err_t *err);

/* read.c */
void rmq_tier_cache_free_(rmq_tier_t *tier);
/* Drops cache entries of object id (mu held): after compaction or deletion. */
void rmq_tier_cache_forget_obj_(rmq_tier_t *tier, uint64_t id);

#endif
