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
#include "common/clock.h"
#include "common/crc32c.h"
#include "common/file.h"
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
    int32_t last_seq;         /* last sequence accepted, -1 none */
    int32_t durable_last_seq; /* last sequence of a durable batch, -1 none */
    int64_t last_ms;          /* wall time of its last durable batch (expiration) */
    batch_meta_t recent[CACHED];
    int next; /* ring position */
} pstate_t;

struct rmq_producers {
    pthread_mutex_t lock;
    rmq_kv_t *kv;
    rmq_map_t *states; /* (partition id, producer id) -> pstate_t* */
    rmq_map_t *ends;   /* partition id -> int64_t*: end of its last durable batch seen */
    int64_t next_id;
    int64_t reserved_to;     /* ids below this are reserved in the store */
    uint64_t gen;            /* bumped by every change a snapshot would show */
    pthread_mutex_t snap_mu; /* serialises snapshot writers (held across the file I/O) */
    uint64_t snap_gen;       /* gen of the last snapshot written (snap_mu) */
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
    pthread_mutex_init(&p->snap_mu, NULL);
    p->kv = kv;
    p->states = rmq_map_new(64);
    p->ends = rmq_map_new(64);
    p->snap_gen = UINT64_MAX;
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
    it = 0;
    while (rmq_map_next(p->ends, &it, NULL, NULL, &v))
        free(v);
    rmq_map_free(p->ends);
    pthread_mutex_destroy(&p->snap_mu);
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
        s->durable_last_seq = -1;
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
        int64_t last_ms = s->last_ms;
        memset(s, 0, sizeof(*s));
        s->epoch = info->producer_epoch;
        s->last_seq = -1;
        s->durable_last_seq = -1;
        s->last_ms = last_ms;
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

/* lock held: the partition's durable batches are known up to end. */
static void set_end(rmq_producers_t *p, uint64_t partition_id, int64_t end)
{
    int64_t *e = rmq_map_get_u64(p->ends, partition_id);

    if (!e) {
        e = rmq_malloc(sizeof(*e));
        *e = end;
        rmq_map_put_u64(p->ends, partition_id, e);
    } else if (end > *e) {
        *e = end;
    }
}

void rmq_producers_appended(rmq_producers_t *p, uint64_t partition_id, const rmq_batch_info_t *info,
                            int64_t base_offset)
{
    pstate_t *s = NULL;

    /* Every batch, idempotent or not, moves the partition's end: a snapshot then says how
       far it covers the partition, and a restart replays only what came after. */
    pthread_mutex_lock(&p->lock);
    if (info->producer_id >= 0)
        s = state_get(p, partition_id, info->producer_id, 0);
    if (s) {
        for (int i = 0; i < CACHED; i++) {
            if (s->recent[i].valid && s->recent[i].first_seq == info->base_sequence) {
                s->recent[i].base_offset = base_offset;
                s->durable_last_seq = s->recent[i].last_seq;
            }
        }
        s->last_ms = rmq_wall_ms();
    }
    /* Completions of one partition come in offset order: everything below is known. */
    set_end(p, partition_id, base_offset + info->last_offset_delta + 1);
    p->gen++;
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
    int64_t now = rmq_wall_ms();

    pthread_mutex_lock(&p->lock);
    set_end(p, partition_id, info->base_offset + info->last_offset_delta + 1);
    if (info->producer_id < 0) {
        pthread_mutex_unlock(&p->lock);
        return;
    }
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
    s->durable_last_seq = s->last_seq;
    /* The batch's own time, as Kafka's producer expiration uses; never in the future. */
    s->last_ms = info->max_timestamp > 0 && info->max_timestamp < now ? info->max_timestamp : now;
    p->gen++;
    pthread_mutex_unlock(&p->lock);
}

int64_t rmq_producers_covered(rmq_producers_t *p, uint64_t partition_id)
{
    int64_t *e, end = -1;

    pthread_mutex_lock(&p->lock);
    if ((e = rmq_map_get_u64(p->ends, partition_id)))
        end = *e;
    pthread_mutex_unlock(&p->lock);
    return end;
}

size_t rmq_producers_count(rmq_producers_t *p)
{
    size_t n;

    pthread_mutex_lock(&p->lock);
    n = rmq_map_count(p->states);
    pthread_mutex_unlock(&p->lock);
    return n;
}

size_t rmq_producers_expire(rmq_producers_t *p, int64_t now_ms, int64_t expiration_ms)
{
    key_t_ *gone = NULL;
    size_t n = 0, cap = 0, it = 0;
    const void *k;
    size_t kl;
    void *v;

    pthread_mutex_lock(&p->lock);
    while (rmq_map_next(p->states, &it, &k, &kl, &v)) {
        pstate_t *s = v;
        int pending = 0;
        for (int i = 0; i < CACHED; i++)
            pending |= s->recent[i].valid && s->recent[i].base_offset < 0;
        if (pending || s->last_ms >= now_ms - expiration_ms)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            gone = rmq_realloc(gone, cap * sizeof(*gone));
        }
        memcpy(&gone[n++], k, sizeof(key_t_));
    }
    for (size_t i = 0; i < n; i++)
        free(rmq_map_del(p->states, &gone[i], sizeof(key_t_)));
    if (n)
        p->gen++;
    pthread_mutex_unlock(&p->lock);
    free(gone);
    return n;
}

/*
 * Snapshot file (little-endian), written whole with rmq_file_replace:
 *
 *   offset size  field
 *   0      8     magic "RMQPSNP1"
 *   8      4     state count S
 *   12     4     partition-end count E
 *   16     ...   S states: u64 partition, i64 producer id, i16 epoch, i32 last durable
 *                sequence, i64 last_ms, u8 n (<= 5), then n batches oldest first:
 *                i32 first seq, i32 last seq, i64 base offset
 *   ...    ...   E ends: u64 partition, i64 end (every durable batch below it is in the states)
 *   ...    4     CRC-32C of everything before
 *
 * Only durable batches are written (a batch still in the WAL queue may never become durable).
 */
#define SNAP_MAGIC "RMQPSNP1"

int rmq_producers_snapshot(rmq_producers_t *p, const char *path, int force, rmq_err_t *err)
{
    rmq_wbuf_t wb;
    uint32_t ns = 0, ne = 0;
    uint64_t gen;
    size_t it = 0;
    const void *k;
    size_t kl;
    void *v;
    int rc;

    pthread_mutex_lock(&p->snap_mu);
    pthread_mutex_lock(&p->lock);
    gen = p->gen;
    if (!force && gen == p->snap_gen) {
        pthread_mutex_unlock(&p->lock);
        pthread_mutex_unlock(&p->snap_mu);
        return 0;
    }
    rmq_wbuf_init(&wb, 64 + rmq_map_count(p->states) * 96);
    rmq_wbuf_append(&wb, SNAP_MAGIC, 8);
    rmq_wbuf_put_le64(&wb, 0); /* counts, patched below */
    while (rmq_map_next(p->states, &it, &k, &kl, &v)) {
        const key_t_ *key = k;
        const pstate_t *s = v;
        uint8_t n = 0;
        size_t at;
        if (s->durable_last_seq < 0)
            continue;
        rmq_wbuf_put_le64(&wb, key->partition);
        rmq_wbuf_put_le64(&wb, (uint64_t)key->pid);
        rmq_wbuf_put_le32(&wb, (uint32_t)(uint16_t)s->epoch);
        rmq_wbuf_put_le32(&wb, (uint32_t)s->durable_last_seq);
        rmq_wbuf_put_le64(&wb, (uint64_t)s->last_ms);
        at = wb.len;
        rmq_wbuf_put_u8(&wb, 0);
        for (int i = 0; i < CACHED; i++) {
            const batch_meta_t *m = &s->recent[(s->next + i) % CACHED];
            if (!m->valid || m->base_offset < 0)
                continue;
            rmq_wbuf_put_le32(&wb, (uint32_t)m->first_seq);
            rmq_wbuf_put_le32(&wb, (uint32_t)m->last_seq);
            rmq_wbuf_put_le64(&wb, (uint64_t)m->base_offset);
            n++;
        }
        wb.data[at] = n;
        ns++;
    }
    it = 0;
    while (rmq_map_next(p->ends, &it, &k, &kl, &v)) {
        uint64_t part;
        memcpy(&part, k, sizeof(part)); /* rmq_map_put_u64 keys are native uint64_t */
        rmq_wbuf_put_le64(&wb, part);
        rmq_wbuf_put_le64(&wb, (uint64_t) * (int64_t *)v);
        ne++;
    }
    pthread_mutex_unlock(&p->lock);
    rmq_put_le32(wb.data + 8, ns);
    rmq_put_le32(wb.data + 12, ne);
    rmq_wbuf_put_le32(&wb, rmq_crc32c(0, wb.data, wb.len));
    rc = rmq_file_replace(path, wb.data, wb.len, err);
    if (rc == 0)
        p->snap_gen = gen;
    pthread_mutex_unlock(&p->snap_mu);
    rmq_wbuf_release(&wb);
    return rc;
}

typedef struct snap_rd {
    const uint8_t *p, *end;
    int bad;
} snap_rd_t;

static const uint8_t *take(snap_rd_t *r, size_t n)
{
    const uint8_t *at = r->p;
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    r->p += n;
    return at;
}

static uint64_t take64(snap_rd_t *r)
{
    const uint8_t *at = take(r, 8);
    return at ? rmq_le64(at) : 0;
}

static uint32_t take32(snap_rd_t *r)
{
    const uint8_t *at = take(r, 4);
    return at ? rmq_le32(at) : 0;
}

int rmq_producers_load(rmq_producers_t *p, const char *path, rmq_err_t *err)
{
    void *data;
    size_t len;
    snap_rd_t r;
    uint32_t ns, ne;
    int rc = rmq_file_read(path, (size_t)1 << 31, &data, &len, err);

    if (rc < 0)
        return rc;
    if (len < 20 || memcmp(data, SNAP_MAGIC, 8) != 0 ||
        rmq_crc32c(0, data, len - 4) != rmq_le32((uint8_t *)data + len - 4)) {
        free(data);
        return rmq_err_set(err, RMQ_ECORRUPT, "%s: bad magic or checksum", path);
    }
    r.p = (uint8_t *)data + 8;
    r.end = (uint8_t *)data + len - 4;
    r.bad = 0;
    ns = take32(&r);
    ne = take32(&r);
    pthread_mutex_lock(&p->lock);
    for (uint32_t i = 0; i < ns && !r.bad; i++) {
        uint64_t part = take64(&r);
        int64_t pid = (int64_t)take64(&r);
        int16_t epoch = (int16_t)take32(&r);
        int32_t last = (int32_t)take32(&r);
        int64_t last_ms = (int64_t)take64(&r);
        const uint8_t *np = take(&r, 1);
        uint8_t n = np ? *np : 0;
        pstate_t *s;
        if (r.bad || pid < 0 || n > CACHED || last < 0) {
            r.bad = 1;
            break;
        }
        s = state_get(p, part, pid, 1);
        memset(s, 0, sizeof(*s));
        s->epoch = epoch;
        s->last_seq = s->durable_last_seq = last;
        s->last_ms = last_ms;
        for (uint8_t j = 0; j < n; j++) {
            batch_meta_t *m = &s->recent[j];
            m->first_seq = (int32_t)take32(&r);
            m->last_seq = (int32_t)take32(&r);
            m->base_offset = (int64_t)take64(&r);
            m->valid = !r.bad && m->base_offset >= 0;
        }
        s->next = n % CACHED;
        if (pid >= p->next_id) {
            p->next_id = pid + 1;
            p->reserved_to = p->next_id;
        }
    }
    for (uint32_t i = 0; i < ne && !r.bad; i++) {
        uint64_t part = take64(&r);
        int64_t end = (int64_t)take64(&r);
        if (!r.bad)
            set_end(p, part, end);
    }
    if (!r.bad && r.p != r.end)
        r.bad = 1;
    if (r.bad) {
        /* Checksummed, so a bug or tampering: start from the WAL alone. */
        size_t it = 0;
        void *v;
        while (rmq_map_next(p->states, &it, NULL, NULL, &v))
            free(v);
        rmq_map_free(p->states);
        p->states = rmq_map_new(64);
        it = 0;
        while (rmq_map_next(p->ends, &it, NULL, NULL, &v))
            free(v);
        rmq_map_free(p->ends);
        p->ends = rmq_map_new(64);
        rc = rmq_err_set(err, RMQ_ECORRUPT, "%s: malformed snapshot", path);
    }
    p->snap_gen = p->gen;
    pthread_mutex_unlock(&p->lock);
    free(data);
    return rc;
}
