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

void rmq_producers_lock(rmq_producers_t *p);
void rmq_producers_unlock(rmq_producers_t *p);

#endif
