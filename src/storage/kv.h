/*
 * kv.h - a small durable key-value store for broker metadata (topics, partition ids,
 * committed consumer offsets, producer ids) in standalone mode.
 *
 * One journal file per store: every change is a CRC-checked frame appended and fdatasync'd
 * before the call returns, so a change the caller saw succeed survives kill -9 and power loss.
 * The whole map lives in memory. When the journal grows past twice the live data (and at
 * least compact_min_bytes), it is rewritten as a fresh journal holding only live keys, via a
 * temporary file, fsync and rename, so a crash at any point leaves either the old or the new
 * journal. Recovery on open replays frames and truncates a torn or corrupt tail.
 *
 * Journal layout (all integers little-endian):
 *   file header   0  8  magic "RMQKV001"
 *   frame         0  4  payload length n
 *                 4  4  CRC-32C of the payload
 *                 8  n  payload: u32 op count, then ops
 *   op            0  1  type: 1 = put, 2 = delete
 *                 1  4  key length k
 *                 5  k  key
 *               5+k  4  value length v (put only)
 *               9+k  v  value (put only)
 * A frame is a batch: all of its ops apply, or (torn) none.
 *
 * Thread: every call may come from any thread (one mutex). Values returned by rmq_kv_get are
 * copies the caller frees. Asynchronous commits are written by the store's own thread
 * ("rmq-meta"), so a network thread never waits for the disk.
 */
#ifndef RMQ_STORAGE_KV_H
#define RMQ_STORAGE_KV_H

#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

typedef struct rmq_kv rmq_kv_t;

/* Opens or creates the store in dir (created if missing), file dir/<name>.journal. */
int rmq_kv_open(const char *dir, const char *name, rmq_kv_t **kvp, rmq_err_t *err);
void rmq_kv_close(rmq_kv_t *kv);

/*
 * Opens a read-only store from a journal image in memory (for inspection tools and the fuzz
 * target): replays its frames as rmq_kv_open would; *good (may be NULL) receives the length of
 * the valid prefix, the rest being a torn or corrupt tail. Writes get RMQ_EIO. RMQ_ECORRUPT
 * when the image does not start with the magic. Free with rmq_kv_close.
 */
int rmq_kv_open_image(const void *data, size_t len, rmq_kv_t **kvp, size_t *good, rmq_err_t *err);

/* A batch of changes applied atomically and durably by rmq_kv_commit. */
typedef struct rmq_kv_batch rmq_kv_batch_t;
rmq_kv_batch_t *rmq_kv_batch_new(void);
void rmq_kv_batch_put(rmq_kv_batch_t *b, const void *key, size_t klen, const void *val,
                      size_t vlen);
void rmq_kv_batch_del(rmq_kv_batch_t *b, const void *key, size_t klen);
/* Writes, syncs and applies the batch, then frees it (also on error). On an I/O error nothing
 * is applied in memory and the store refuses further writes (RMQ_EIO) until reopened. */
int rmq_kv_commit(rmq_kv_t *kv, rmq_kv_batch_t *b);

/*
 * As rmq_kv_commit, without waiting: the batch is queued to the store's writer thread, which
 * writes every batch queued at that moment with one fdatasync, applies them, and then calls
 * done(opaque, rc) for each, in commit order, on that thread and holding no lock of the store
 * (done may call back into it). An empty batch, or one over the frame limit, gets done at
 * once on the caller's thread (0 or RMQ_ETOOBIG). Takes ownership of b. rmq_kv_close writes
 * what is queued before it returns.
 */
typedef void (*rmq_kv_done_fn)(void *opaque, int rc);
void rmq_kv_commit_async(rmq_kv_t *kv, rmq_kv_batch_t *b, rmq_kv_done_fn done, void *opaque);

/* Single-change conveniences. */
int rmq_kv_put(rmq_kv_t *kv, const void *key, size_t klen, const void *val, size_t vlen);
int rmq_kv_del(rmq_kv_t *kv, const void *key, size_t klen);

/* Copies the value into a new malloc'd buffer (*val, *vlen). RMQ_ENOTFOUND when absent. */
int rmq_kv_get(rmq_kv_t *kv, const void *key, size_t klen, void **val, size_t *vlen);

/* Calls cb for each key starting with prefix, in no particular order; cb returns non-zero to
 * stop. The store's lock is held: cb must not call back into the store. */
typedef int (*rmq_kv_iter_fn)(void *opaque, const void *key, size_t klen, const void *val,
                              size_t vlen);
int rmq_kv_scan(rmq_kv_t *kv, const void *prefix, size_t plen, rmq_kv_iter_fn cb, void *opaque);

size_t rmq_kv_count(rmq_kv_t *kv);
/* Current journal size in bytes (tests and stats). */
uint64_t rmq_kv_journal_bytes(rmq_kv_t *kv);

/* Journals smaller than this are never compacted (default 1 MiB; tests lower it). */
void rmq_kv_set_compact_min(rmq_kv_t *kv, uint64_t bytes);

#endif
