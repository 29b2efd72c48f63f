/*
 * producer.h - idempotent producer state: producer ids, epochs and per-partition sequence
 * numbers (KIP-98 without transactions).
 *
 * For each (partition, producer id) we keep the producer epoch, the last sequence accepted and
 * the metadata of the last 5 batches (Kafka's max.in.flight for idempotence), so a retried
 * batch is recognised and answered with the offset it got the first time instead of being
 * written twice. The state is updated when a batch is accepted for append (pipelined batches
 * are checked in the order they arrive) and rolled back if that append fails. It is rebuilt
 * from the partition logs when the broker starts, so duplicates are caught across restarts.
 *
 * Thread: any; one mutex.
 */
#ifndef RMQ_BROKER_PRODUCER_H
#define RMQ_BROKER_PRODUCER_H

#include <stdint.h>

#include "kafka/record_batch.h"
#include "storage/kv.h"

typedef struct rmq_producers rmq_producers_t;

int rmq_producers_new(rmq_kv_t *kv, rmq_producers_t **pp);
void rmq_producers_free(rmq_producers_t *p);

/*
 * InitProducerId without a transactional id: a new producer id with epoch 0; or, when the
 * client passes its current id and epoch (KIP-360), the same id with the epoch bumped.
 * Returns a Kafka error code.
 */
int16_t rmq_producers_init_id(rmq_producers_t *p, int64_t cur_id, int16_t cur_epoch, int64_t *id,
                              int16_t *epoch);

/* Outcome of rmq_producers_check. */
typedef enum rmq_producer_verdict {
    RMQ_PRODUCER_APPEND = 0, /* new batch: append it, then call _appended or _rollback */
    RMQ_PRODUCER_DUPLICATE,  /* already written at *dup_base_offset: answer success */
    RMQ_PRODUCER_REJECT,     /* answer *error */
} rmq_producer_verdict_t;

/*
 * Checks a batch of partition partition_id (info from rmq_batch_validate) and, when it is to
 * be appended, records its sequence range as the producer's latest. Batches without a
 * producer id always get APPEND. Call with the same lock order as the append that follows:
 * the caller holds rmq_producers_lock across check + append so sequence order equals
 * offset order.
 */
rmq_producer_verdict_t rmq_producers_check(rmq_producers_t *p, uint64_t partition_id,
                                           const rmq_batch_info_t *info, int64_t *dup_base_offset,
                                           int16_t *error);

/* The append of a checked batch got base_offset. */
void rmq_producers_appended(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info,
                            int64_t base_offset);

/* The append of a checked batch failed: forget its sequence range. */
void rmq_producers_rollback(rmq_producers_t *p, uint64_t partition_id,
                            const rmq_batch_info_t *info);
/* The same, with rmq_producers_lock already held (an append refused at submission). */
void rmq_producers_rollback_locked(rmq_producers_t *p, uint64_t partition_id,
                                   const rmq_batch_info_t *info);

/* Replays a batch found in a partition log at startup (base_offset = its offset). */
void rmq_producers_replay(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info);

/*
 * Durable-state snapshots, so the state survives the WAL being trimmed once its data is in
 * object storage (Kafka's producer-state snapshots). Only durable batches are kept, with per
 * partition the end offset below which every durable batch is reflected
 * (rmq_producers_covered): after loading a snapshot, replay the batches from there on.
 *
 * rmq_producers_snapshot writes path durably when anything changed since the last snapshot
 * (or always with force); the producer lock is held only to copy the state, never across the
 * file I/O. rmq_producers_load reads one into an empty state: -ENOENT when there is none,
 * RMQ_ECORRUPT when it fails its checksum or format (the state is then left empty).
 */
int rmq_producers_snapshot(rmq_producers_t *p, const char *path, int force, rmq_err_t *err);
int rmq_producers_load(rmq_producers_t *p, const char *path, rmq_err_t *err);

/* End offset of partition_id's durable batches reflected in the state, or -1 when none. */
int64_t rmq_producers_covered(rmq_producers_t *p, uint64_t partition_id);

/* Forgets producers whose last durable batch is older than expiration_ms
   (producer.id.expiration.ms). Returns how many (partition, producer) states went. */
size_t rmq_producers_expire(rmq_producers_t *p, int64_t now_ms, int64_t expiration_ms);

/* (partition, producer) states held. */
size_t rmq_producers_count(rmq_producers_t *p);

void rmq_producers_lock(rmq_producers_t *p);
void rmq_producers_unlock(rmq_producers_t *p);

#endif
