/*
 * producer.c - idempotent producer state (see producer.h).
 *
 * Producer ids come from a counter in the metadata store, reserved in blocks of 1000 so an
 * InitProducerId costs a durable write only once per block; a restart skips the rest of the
 * block, so an id is never handed out twice.
 */
#include "broker/producer.h"
#include "common/assert.h"
#include "common/buf.h"
#include "common/hashmap.h"
#include "common/log.h"
#include "common/mem.h"
#include "kafka/errors.h"

#define SUBSYS       "producer"
#define CACHED       5
#define ID_BLOCK     1000
#define NEXT_ID_KEY  "n\0producer"
#define NEXT_ID_KLEN 10

typedef struct batch_meta {
    int32_t first_seq;
    int32_t last_seq;
    int64_t base_offset; /* -1 until appended */
    int valid;
} batch_meta_t;

typedef struct pstate {
    int16_t epoch;
    int32_t last_seq; /* last sequence accepted, -1 none */
    batch_meta_t recent[CACHED];
    int next; /* ring position */
} pstate_t;

struct rmq_producers {
    pthread_mutex_t lock;
    rmq_kv_t *kv;
    rmq_map_t *states; /* (partition id, producer id) -> pstate_t* */
    int64_t next_id;
    int64_t reserved_to; /* ids below this are reserved in the store */
};

typedef struct key {
    uint64_t partition;
    int64_t pid;
} key_t_;

int rmq_producers_new(rmq_kv_t *kv, rmq_producers_t **pp)
{
    rmq_producers_t *p = rmq_calloc(1, sizeof(*p));
    void *v = NULL;
    size_t vl = 0;

    pthread_mutex_init(&p->lock, NULL);
    p->kv = kv;
    p->states = rmq_map_new(64);
    p->next_id = 1000;
    if (rmq_kv_get(kv, NEXT_ID_KEY, NEXT_ID_KLEN, &v, &vl) == 0) {
        if (vl == 8)
            p->next_id = (int64_t)rmq_be64(v);
        free(v);
    }
    p->reserved_to = p->next_id;
    *pp = p;
    return 0;
}

void rmq_producers_free(rmq_producers_t *p)
{
    size_t it = 0;
    void *v;

    if (!p)
        return;
    while (rmq_map_next(p->states, &it, NULL, NULL, &v))
        free(v);
    rmq_map_free(p->states);
    pthread_mutex_destroy(&p->lock);
    free(p);
}

void rmq_producers_lock(rmq_producers_t *p)
{
    pthread_mutex_lock(&p->lock);
}

void rmq_producers_unlock(rmq_producers_t *p)
{
    pthread_mutex_unlock(&p->lock);
}

int16_t rmq_producers_init_id(rmq_producers_t *p, int64_t cur_id, int16_t cur_epoch, int64_t *id,
                              int16_t *epoch)
{
    int16_t e = RMQ_KERR_NONE;

    pthread_mutex_lock(&p->lock);
    if (cur_id >= 0 && cur_id < p->next_id) {
        /* KIP-360: the producer keeps its id with a bumped epoch (its sequences restart). */
        if (cur_epoch == INT16_MAX) {
            cur_id = -1; /* epoch exhausted: a fresh id */
        } else {
            *id = cur_id;
            *epoch = (int16_t)(cur_epoch + 1);
            goto out;
        }
    }
    if (p->next_id >= p->reserved_to) {
        uint8_t buf[8];
        int rc;
        rmq_put_be64(buf, (uint64_t)(p->next_id + ID_BLOCK));
        rc = rmq_kv_put(p->kv, NEXT_ID_KEY, NEXT_ID_KLEN, buf, 8);
        if (rc < 0) {
            rmq_error(SUBSYS, "cannot reserve producer ids: %s", rmq_strerror(rc));
            e = RMQ_KERR_KAFKA_STORAGE_ERROR;
            goto out;
        }
        p->reserved_to = p->next_id + ID_BLOCK;
    }
    *id = p->next_id++;
    *epoch = 0;
out:
    pthread_mutex_unlock(&p->lock);
    return e;
}

static pstate_t *state_get(rmq_producers_t *p, uint64_t partition, int64_t pid, int create)
{
    key_t_ k = {partition, pid};
    pstate_t *s = rmq_map_get(p->states, &k, sizeof(k));

    if (!s && create) {
        s = rmq_calloc(1, sizeof(*s));
        s->last_seq = -1;
        rmq_map_put(p->states, &k, sizeof(k), s);
    }
    return s;
}

static int32_t batch_last_seq(const rmq_batch_info_t *info)
{
    /* Sequences wrap from INT32_MAX to 0. */
    int64_t last = (int64_t)info->base_sequence + info->last_offset_delta;

    return (int32_t)(last > INT32_MAX ? last - INT32_MAX - 1 : last);
}

static void remember(pstate_t *s, const rmq_batch_info_t *info, int64_t base_offset)
{
    batch_meta_t *m = &s->recent[s->next];

    m->first_seq = info->base_sequence;
    m->last_seq = batch_last_seq(info);
    m->base_offset = base_offset;
    m->valid = 1;
    s->next = (s->next + 1) % CACHED;
    s->last_seq = m->last_seq;
}

rmq_producer_verdict_t rmq_producers_check(rmq_producers_t *p, uint64_t partition_id,
                                           const rmq_batch_info_t *info, int64_t *dup_base_offset,
                                           int16_t *error)
{
    pstate_t *s;
    int32_t expect;

    if (info->producer_id < 0)
        return RMQ_PRODUCER_APPEND;
    if (info->base_sequence < 0) {
        *error = RMQ_KERR_INVALID_RECORD;
        return RMQ_PRODUCER_REJECT;
    }
    s = state_get(p, partition_id, info->producer_id, 0);
    if (!s || info->producer_epoch > s->epoch) {
        /* A new producer, or a new epoch of one: its sequences start at 0. */
        if (info->base_sequence != 0) {
            *error = s ? RMQ_KERR_OUT_OF_ORDER_SEQUENCE_NUMBER : RMQ_KERR_UNKNOWN_PRODUCER_ID;
            return RMQ_PRODUCER_REJECT;
        }
        s = state_get(p, partition_id, info->producer_id, 1);
        memset(s, 0, sizeof(*s));
        s->epoch = info->producer_epoch;
        s->last_seq = -1;
        remember(s, info, -1);
        return RMQ_PRODUCER_APPEND;
    }
    if (info->producer_epoch < s->epoch) {
        *error = RMQ_KERR_INVALID_PRODUCER_EPOCH;
        return RMQ_PRODUCER_REJECT;
    }
    for (int i = 0; i < CACHED; i++) {
        batch_meta_t *m = &s->recent[i];
        if (m->valid && m->first_seq == info->base_sequence &&
            m->last_seq == batch_last_seq(info)) {
            if (m->base_offset < 0) {
                /* The first copy is still being written: the client retried too early. */
                *error = RMQ_KERR_DUPLICATE_SEQUENCE_NUMBER;
                return RMQ_PRODUCER_REJECT;
            }
            *dup_base_offset = m->base_offset;
            return RMQ_PRODUCER_DUPLICATE;
        }
    }
    expect = s->last_seq == INT32_MAX ? 0 : s->last_seq + 1;
    if (info->base_sequence != expect) {
        /* Older than anything cached: a duplicate we can no longer place; else a gap. */
        int older = s->last_seq >= 0 && info->base_sequence <= s->last_seq &&
                    s->last_seq - info->base_sequence < (1 << 30);
        *error = older ? RMQ_KERR_DUPLICATE_SEQUENCE_NUMBER : RMQ_KERR_OUT_OF_ORDER_SEQUENCE_NUMBER;
        return RMQ_PRODUCER_REJECT;
    }
    remember(s, info, -1);
    return RMQ_PRODUCER_APPEND;
}

void rmq_producers_appended(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info,
                            int64_t base_offset)
{
    pstate_t *s;

    if (info->producer_id < 0)
        return;
    pthread_mutex_lock(&p->lock);
    s = state_get(p, partition_id, info->producer_id, 0);
    if (s) {
        for (int i = 0; i < CACHED; i++)
            if (s->recent[i].valid && s->recent[i].first_seq == info->base_sequence)
                s->recent[i].base_offset = base_offset;
    }
    pthread_mutex_unlock(&p->lock);
}

void rmq_producers_rollback(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info)
{
    pthread_mutex_lock(&p->lock);
    rmq_producers_rollback_locked(p, partition_id, info);
    pthread_mutex_unlock(&p->lock);
}

void rmq_producers_rollback_locked(rmq_producers_t *p, uint64_t partition_id,
                                   const rmq_batch_info_t *info)
{
    pstate_t *s;

    if (info->producer_id < 0)
        return;
    s = state_get(p, partition_id, info->producer_id, 0);
    if (s) {
        for (int i = 0; i < CACHED; i++)
            if (s->recent[i].valid && s->recent[i].first_seq == info->base_sequence)
                s->recent[i].valid = 0;
        if (s->last_seq == batch_last_seq(info))
            s->last_seq = info->base_sequence == 0 ? -1 : info->base_sequence - 1;
    }
}

void rmq_producers_replay(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info)
{
    pstate_t *s;

    if (info->producer_id < 0)
        return;
    pthread_mutex_lock(&p->lock);
    if (info->producer_id >= p->next_id) {
        /* Never hand out an id the log already holds. */
        p->next_id = info->producer_id + 1;
        p->reserved_to = p->next_id;
    }
    s = state_get(p, partition_id, info->producer_id, 1);
    if (info->producer_epoch > s->epoch) {
        memset(s, 0, sizeof(*s));
        s->last_seq = -1;
    }
    s->epoch = info->producer_epoch;
    remember(s, info, info->base_offset);
    pthread_mutex_unlock(&p->lock);
}
