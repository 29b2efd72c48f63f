/*
 * h_produce.c - Produce and InitProducerId.
 *
 * Each partition's records are one or more RecordBatch v2; every batch is validated (magic,
 * lengths, CRC), checked against the topic's max.message.bytes and the idempotent producer
 * state, then appended to the partition log, which assigns offsets and queues the bytes on the
 * WAL without copying them (the batch stays a slice of the request frame). With acks 1 or -1
 * the response waits until every partition's batches are durable in the WAL (a single broker
 * is the whole ISR); acks 0 sends nothing.
 */
#include "broker/broker_int.h"
#include "broker/producer.h"
#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "common/watchdog.h"
#include "kafka/compress.h"

#define SUBSYS "produce"
/* A request frame at most this much larger than the batch it carries is cached as is. */
#define FRAME_SLACK 4096

typedef struct produce_ctx produce_ctx_t;

/* One appended batch waiting for durability. */
typedef struct pending_batch {
    produce_ctx_t *ctx;
    rmq_ProduceResponse_PartitionProduceResponse_t *out; /* NULL for acks=0 */
    uint64_t partition_id;
    rmq_batch_info_t info;
} pending_batch_t;

#define PRODUCE_CTX_MAGIC 0x50524f44u /* "PROD" */

/*
 * A produce request from its arrival until every batch is durable. Appending never waits: when
 * the WAL's buffer is full the request parks where it stopped (topic ti, partition pj, byte
 * off of that partition's records) and the resumer thread carries on from there once the WAL
 * writer has taken the buffer.
 */
struct produce_ctx {
    uint32_t magic;
    rmq_req_t *req; /* NULL once an acks=0 request has been released */
    rmq_broker_t *b;
    int pending; /* atomic: batches not yet durable + 1 while still appending */
    int acks0;
    rmq_ProduceResponse_t *resp;
    /* Resume point. */
    int ti, pj;
    size_t off;       /* bytes of partition pj's records already appended or skipped */
    int topic_setup;  /* responses[ti] filled, topic looked up */
    int part_started; /* partition_responses[pj] initialised */
    int validated;    /* partition pj's batches passed validation */
    rmq_topic_t *topic;
    int16_t terr;
    uint64_t parked_ns; /* when it first parked, 0 = never */
    int decode_recorded;
    produce_ctx_t *next;
};

/* Produce requests parked on a full WAL buffer, resumed in arrival order. */
typedef struct produce_park {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    produce_ctx_t *head, *tail;
    uint64_t space_gen; /* bumped each time the WAL writer frees a buffer */
    uint64_t parked;    /* counters: requests that parked, resumes that parked again */
    uint64_t reparked;
    int stopping;
    int started;
    pthread_t thread;
    rmq_wd_probe_t probe;
} produce_park_t;

typedef struct produce_state {
    rmq_producers_t *prod;
    produce_park_t park;
    char snap_path[4200]; /* <state dir>/producers.snap */
} produce_state_t;

static rmq_producers_t *producers(rmq_broker_t *b)
{
    return ((produce_state_t *)b->producer_state)->prod;
}

static void ctx_release(produce_ctx_t *ctx)
{
    RMQ_ASSERT(ctx->magic == PRODUCE_CTX_MAGIC);
    if (__atomic_sub_fetch(&ctx->pending, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    if (ctx->req) {
        rmq_broker_latency_t *lat = &ctx->b->lat;
        uint64_t t0 = rmq_mono_ns(), start = ctx->req->start_ns;
        rmq_req_respond(ctx->req, ctx->resp);
        rmq_hist_record_since(&lat->produce_respond, t0);
        rmq_hist_record_since(&lat->produce_total, start);
    }
    ctx->magic = 0;
    free(ctx);
}

static void batch_done(void *opaque, int status, int64_t base_offset)
{
    pending_batch_t *pb = opaque;
    produce_ctx_t *ctx = pb->ctx;
    rmq_producers_t *prod = producers(ctx->b);

    if (status < 0) {
        rmq_producers_rollback(prod, pb->partition_id, &pb->info);
        if (pb->out) {
            pb->out->error_code = RMQ_KERR_KAFKA_STORAGE_ERROR;
            pb->out->base_offset = -1;
        }
    } else {
        rmq_producers_appended(prod, pb->partition_id, &pb->info, base_offset);
    }
    free(pb);
    rmq_fetch_notify(ctx->b);
    ctx_release(ctx);
}

static int16_t wal_error_to_kafka(int rc)
{
    switch (rc) {
    case RMQ_EFULL:
        /* Retriable, and nothing was written: the WAL is at capacity until uploads let it
           trim (the error message says so). Clients back off and retry. */
        return RMQ_KERR_NOT_ENOUGH_REPLICAS;
    case RMQ_ETOOBIG:
        return RMQ_KERR_MESSAGE_TOO_LARGE;
    case RMQ_ECORRUPT:
        return RMQ_KERR_CORRUPT_MESSAGE;
    case RMQ_EUNSUPPORTED:
        return RMQ_KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT;
    default:
        return RMQ_KERR_KAFKA_STORAGE_ERROR;
    }
}

/*
 * Walks the records of a batch that passed rmq_batch_validate: the header's recordCount and
 * lastOffsetDelta must match the records actually present (offset deltas 0..n-1, every field
 * in bounds, nothing after the last record), as Kafka's log validator demands of produced
 * batches. rmq_batch_validate checks only that the count could fit; a batch whose count lies
 * would otherwise be stored and assigned the wrong number of offsets. Compressed batches are
 * decompressed for this, as Kafka does. Returns 0 or a Kafka error code with *why set.
 */
typedef struct records_seen {
    int64_t max_timestamp; /* newest record timestamp, -1 when none has one */
    int64_t min_timestamp; /* oldest record timestamp that is set (>= 0), INT64_MAX if none */
    int null_key;          /* some record has a null key */
} records_seen_t;

static int16_t check_records(const uint8_t *p, const rmq_batch_info_t *info, records_seen_t *seen,
                             rmq_err_t *why)
{
    rmq_record_iter_t it;
    rmq_record_t rec;
    int rc;

    seen->max_timestamp = -1;
    seen->min_timestamp = INT64_MAX;
    seen->null_key = 0;
    if (info->record_count > 0 && info->last_offset_delta != info->record_count - 1) {
        rmq_err_set(why, RMQ_ECORRUPT, "lastOffsetDelta %" PRId32 " with %" PRId32 " records",
                    info->last_offset_delta, info->record_count);
        return RMQ_KERR_CORRUPT_MESSAGE;
    }
    rc = rmq_record_iter_init(&it, p, info, NULL, why);
    while (rc == 0 && (rc = rmq_record_iter_next(&it, &rec, why)) == 1) {
        rc = 0;
        if (rec.timestamp > seen->max_timestamp)
            seen->max_timestamp = rec.timestamp;
        if (rec.timestamp >= 0 && rec.timestamp < seen->min_timestamp)
            seen->min_timestamp = rec.timestamp;
        if (!rec.key)
            seen->null_key = 1;
    }
    rmq_record_iter_release(&it);
    if (rc == 0)
        return RMQ_KERR_NONE;
    if (rc == RMQ_EUNSUPPORTED)
        return RMQ_KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT;
    return rc == RMQ_ETOOBIG ? RMQ_KERR_MESSAGE_TOO_LARGE : RMQ_KERR_CORRUPT_MESSAGE;
}

enum { PRODUCE_DONE = 0, PRODUCE_PARKED = 1 };

/*
 * Validates every batch of one partition's records before any is appended, so a partition is
 * all or nothing, as Kafka's LogValidator does: structure and CRC, size, every record walked;
 * zstd only from Produce v7 (KIP-110); keyed records only on a compacted topic. Then the
 * header's maxTimestamp is made true: the broker's time for a LogAppendTime topic, else the
 * newest record timestamp (clients such as Sarama leave -1 there, and retention and
 * ListOffsets by time read it). A batch whose records carry no timestamp at all gets the
 * append time, so time retention measures it from its arrival. Patched headers get a new
 * CRC. Returns 0, or sets out's error and returns -1.
 */
static int validate_partition(rmq_req_t *req, const rmq_topic_t *topic, uint8_t *p, size_t left,
                              rmq_ProduceResponse_PartitionProduceResponse_t *out)
{
    int64_t now = rmq_wall_ms();

    for (size_t off = 0; off < left;) {
        rmq_batch_info_t info;
        records_seen_t seen;
        rmq_err_t err;
        int rc = rmq_batch_validate(p + off, left - off, &info, &err);
        if (rc < 0) {
            out->error_code = rc == RMQ_EUNSUPPORTED ? RMQ_KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT
                                                     : RMQ_KERR_CORRUPT_MESSAGE;
            out->error_message = rmq_req_str(req, err.msg);
            return -1;
        }
        size_t size = 12 + (size_t)info.batch_length;
        if ((int64_t)size > topic->cfg.max_message_bytes) {
            out->error_code = RMQ_KERR_MESSAGE_TOO_LARGE;
            out->error_message = rmq_req_str(req, "batch larger than max.message.bytes");
            return -1;
        }
        if (info.is_transactional || info.is_control) {
            out->error_code = RMQ_KERR_INVALID_RECORD;
            out->error_message = rmq_req_str(req, "transactional batches are not supported");
            return -1;
        }
        if (info.compression == RMQ_COMPRESSION_ZSTD && req->kreq.api_version < 7) {
            out->error_code = RMQ_KERR_UNSUPPORTED_COMPRESSION_TYPE;
            out->error_message = rmq_req_str(req, "zstd needs Produce v7 or later");
            return -1;
        }
        if ((out->error_code = check_records(p + off, &info, &seen, &err)) != RMQ_KERR_NONE) {
            out->error_message = rmq_req_str(req, err.msg);
            return -1;
        }
        if (seen.null_key && topic->cfg.cleanup_compact) {
            out->error_code = RMQ_KERR_INVALID_RECORD;
            out->error_message =
                rmq_req_str(req, "Compacted topic cannot accept message without key");
            return -1;
        }
        /* message.timestamp.before/after.max.ms (CreateTime): Kafka's INVALID_TIMESTAMP. */
        if (!topic->cfg.log_append_time &&
            ((seen.min_timestamp != INT64_MAX && now - seen.min_timestamp > 0 &&
              now - seen.min_timestamp > topic->cfg.ts_before_max_ms) ||
             (seen.max_timestamp > now && seen.max_timestamp - now > topic->cfg.ts_after_max_ms))) {
            out->error_code = RMQ_KERR_INVALID_TIMESTAMP;
            out->error_message = rmq_req_str(req, "a record timestamp is outside "
                                                  "message.timestamp.before/after.max.ms");
            return -1;
        }
        if (topic->cfg.log_append_time) {
            rmq_batch_set_log_append_time(p + off, size, now);
            out->log_append_time_ms = now;
        } else {
            int64_t max = seen.max_timestamp >= 0 ? seen.max_timestamp : now;
            if (info.record_count > 0 && max != info.max_timestamp)
                rmq_batch_set_max_timestamp(p + off, size, max);
        }
        off += size;
    }
    return 0;
}

/*
 * Appends the batches of one partition's records from ctx->off on. Returns PRODUCE_DONE (out
 * holds the answer) or PRODUCE_PARKED (the WAL buffer is full: ctx->off says where to go on).
 * The producer-state lock is held only around one check-and-enqueue, never across a wait.
 */
static int produce_partition(produce_ctx_t *ctx, const rmq_topic_t *topic,
                             const rmq_ProduceRequest_PartitionProduceData_t *pd,
                             rmq_ProduceResponse_PartitionProduceResponse_t *out)
{
    rmq_req_t *req = ctx->req;
    rmq_broker_t *b = ctx->b;
    rmq_producers_t *prod = producers(b);
    rmq_plog_t *plog;
    size_t total = pd->records.ptr ? (size_t)pd->records.len : 0;
    int64_t ls;

    plog = rmq_broker_plog(b, topic, pd->index);
    if (!plog) {
        out->error_code = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return PRODUCE_DONE;
    }
    rmq_plog_offsets(plog, &ls, NULL, NULL);
    out->log_start_offset = ls;
    if (total == 0) {
        out->error_code = RMQ_KERR_CORRUPT_MESSAGE;
        out->error_message = rmq_req_str(req, "no records");
        return PRODUCE_DONE;
    }
    if (((const rmq_ProduceRequest_t *)req->kreq.body)->acks == -1 &&
        topic->cfg.min_insync_replicas > 1) {
        /* One broker is one in-sync replica: Kafka refuses acks=all below the minimum. */
        out->error_code = RMQ_KERR_NOT_ENOUGH_REPLICAS;
        out->error_message = rmq_req_str(req, "min.insync.replicas is above the 1 in-sync replica");
        return PRODUCE_DONE;
    }
    if (!ctx->validated) {
        /* The batches are patched in place: the request frame is ours alone. */
        if (validate_partition(req, topic, (uint8_t *)pd->records.ptr, total, out) < 0)
            return PRODUCE_DONE;
        ctx->validated = 1;
    }
    while (ctx->off < total) {
        const uint8_t *p = pd->records.ptr + ctx->off;
        rmq_batch_info_t info;
        int64_t dup = -1, base = -1;
        int16_t perr = RMQ_KERR_NONE;
        size_t size;
        rmq_slice_t slice;
        pending_batch_t *pb;
        rmq_err_t err;
        int rc;

        /* validate_partition checked every batch (CRC included) and any header it patched
           got a new CRC: only the header is read again here. */
        rmq_batch_parse_trusted(p, total - ctx->off, &info, NULL);
        size = 12 + (size_t)info.batch_length;
        rmq_producers_lock(prod);
        switch (rmq_producers_check(prod, topic->partition_ids[pd->index], &info, &dup, &perr)) {
        case RMQ_PRODUCER_DUPLICATE:
            rmq_producers_unlock(prod);
            if (ctx->off == 0)
                out->base_offset = dup;
            ctx->off += size;
            continue;
        case RMQ_PRODUCER_REJECT:
            rmq_producers_unlock(prod);
            out->error_code = perr;
            return PRODUCE_DONE;
        case RMQ_PRODUCER_APPEND:
            break;
        }
        pb = rmq_calloc(1, sizeof(*pb));
        pb->ctx = ctx;
        pb->out = ctx->acks0 ? NULL : out;
        pb->partition_id = topic->partition_ids[pd->index];
        pb->info = info;
        /*
         * The hot cache keeps what it holds alive: a slice of the request frame pins the whole
         * frame. When the frame is essentially this batch, no copy is made on the way to the
         * WAL; when it carries more (other partitions' batches), the batch gets a buffer of its
         * own, so the cache's accounting is the memory it really holds.
         */
        if (req->frame->size <= size + FRAME_SLACK) {
            slice = rmq_slice_make(req->frame, (size_t)(p - req->frame->data), size);
        } else {
            rmq_buf_t *own = rmq_buf_new_copy(p, size);
            slice = rmq_slice_make(own, 0, size);
            rmq_buf_unref(own);
        }
        __atomic_add_fetch(&ctx->pending, 1, __ATOMIC_RELAXED);
        if (!ctx->decode_recorded) {
            /* Frame in hand to the first append: decoding and validation. */
            rmq_hist_record_since(&ctx->b->lat.produce_decode, req->start_ns);
            ctx->decode_recorded = 1;
        }
        rc = rmq_plog_try_append(plog, &slice, &info, batch_done, pb, &base, &err);
        if (rc < 0)
            rmq_producers_rollback_locked(prod, pb->partition_id, &info);
        rmq_producers_unlock(prod);
        rmq_slice_release(&slice);
        if (rc < 0) {
            __atomic_sub_fetch(&ctx->pending, 1, __ATOMIC_RELAXED);
            free(pb);
            if (rc == RMQ_EAGAIN)
                return PRODUCE_PARKED;
            rmq_debug(SUBSYS, "append to %s-%d failed: %s", topic->name, pd->index, err.msg);
            out->error_code = wal_error_to_kafka(rc);
            out->error_message =
                rc == -ENOSPC
                    ? rmq_req_str(req, "the WAL's disk is below wal.min_free_bytes; retry later")
                    : rmq_req_str(req, err.msg);
            if ((rc == RMQ_EFULL || rc == -ENOSPC) && b->tier)
                rmq_tier_kick(b->tier); /* upload now so the WAL can trim */
            return PRODUCE_DONE;
        }
        if (ctx->off == 0)
            out->base_offset = base;
        ctx->off += size;
    }
    return PRODUCE_DONE;
}

/* Fills responses[ti] and looks its topic up (once per topic). */
static void setup_topic(produce_ctx_t *ctx)
{
    rmq_req_t *req = ctx->req;
    const rmq_ProduceRequest_t *pr = req->kreq.body;
    const rmq_ProduceRequest_TopicProduceData_t *td = &pr->topic_data[ctx->ti];
    rmq_ProduceResponse_TopicProduceResponse_t *tr = &ctx->resp->responses[ctx->ti];
    int np = td->partition_data_count > 0 ? td->partition_data_count : 0;

    tr->name = td->name;
    tr->partition_responses =
        rmq_req_alloc(req, sizeof(*tr->partition_responses) * (size_t)(np ? np : 1));
    tr->partition_responses_count = np;
    ctx->terr = RMQ_KERR_NONE;
    ctx->topic = NULL;
    if (pr->acks != 0 && pr->acks != 1 && pr->acks != -1)
        ctx->terr = RMQ_KERR_INVALID_REQUIRED_ACKS;
    else if (pr->transactional_id.ptr)
        ctx->terr = RMQ_KERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
    else
        ctx->topic = rmq_broker_topic(ctx->b, td->name, 1, &ctx->terr);
    ctx->topic_setup = 1;
}

/* Moves the resume point to the next partition. */
static void next_partition(produce_ctx_t *ctx)
{
    ctx->pj++;
    ctx->off = 0;
    ctx->part_started = 0;
    ctx->validated = 0;
}

/*
 * Runs the request from its resume point: PRODUCE_DONE once every partition is answered or
 * appended, PRODUCE_PARKED when the WAL's buffer is full (call again after the WAL frees it).
 * fail != 0 answers every partition not yet done with that error instead (timeout, shutdown).
 */
static int produce_run(produce_ctx_t *ctx, int16_t fail)
{
    const rmq_ProduceRequest_t *pr = ctx->req->kreq.body;
    int nt = pr->topic_data_count > 0 ? pr->topic_data_count : 0;

    for (; ctx->ti < nt; ctx->ti++, ctx->pj = 0) {
        const rmq_ProduceRequest_TopicProduceData_t *td = &pr->topic_data[ctx->ti];
        rmq_ProduceResponse_TopicProduceResponse_t *tr = &ctx->resp->responses[ctx->ti];
        int np = td->partition_data_count > 0 ? td->partition_data_count : 0;

        if (!ctx->topic_setup)
            setup_topic(ctx);
        for (; ctx->pj < np; next_partition(ctx)) {
            rmq_ProduceResponse_PartitionProduceResponse_t *out = &tr->partition_responses[ctx->pj];
            if (!ctx->part_started) {
                rmq_ProduceResponse_PartitionProduceResponse_init(out);
                out->index = td->partition_data[ctx->pj].index;
                out->base_offset = -1;
                out->log_append_time_ms = -1;
                ctx->part_started = 1;
            }
            if (fail) {
                if (out->error_code == RMQ_KERR_NONE)
                    out->error_code = fail;
                continue;
            }
            if (!ctx->topic) {
                out->error_code = ctx->terr;
                continue;
            }
            if (produce_partition(ctx, ctx->topic, &td->partition_data[ctx->pj], out) ==
                PRODUCE_PARKED)
                return PRODUCE_PARKED;
        }
        rmq_topic_unref(ctx->topic);
        ctx->topic = NULL;
        ctx->topic_setup = 0;
    }
    return PRODUCE_DONE;
}

/* Every batch is appended (or answered): an acks=0 request is released, the rest wait for
   their batches' durability. */
static void produce_finish(produce_ctx_t *ctx)
{
    if (ctx->acks0) {
        /* Nothing is sent back; the appends complete on their own (they hold the frame). */
        rmq_req_respond_none(ctx->req);
        ctx->req = NULL;
    }
    ctx_release(ctx);
}

/* ---- the parked queue ---- */

/* WAL writer thread: a buffer was taken, appends fit again. */
static void on_wal_space(void *opaque)
{
    produce_park_t *pk = opaque;

    pthread_mutex_lock(&pk->mu);
    pk->space_gen++;
    pthread_cond_signal(&pk->cv);
    pthread_mutex_unlock(&pk->mu);
}

static void park_wait(produce_park_t *pk, uint64_t ms)
{
    rmq_wd_idle(&pk->probe);
    rmq_cond_wait_ms(&pk->cv, &pk->mu, ms);
}

/*
 * The resumer: takes the oldest parked request and runs it on from where it stopped; when the
 * buffer is full again it waits for the writer's signal (or 100 ms, a bound, not a need). A
 * request parked longer than its timeout_ms gets REQUEST_TIMED_OUT for what is left.
 */
static void *park_main(void *arg)
{
    produce_park_t *pk = arg;

    pthread_mutex_lock(&pk->mu);
    while (!pk->stopping) {
        produce_ctx_t *ctx = pk->head;
        uint64_t gen = pk->space_gen;
        int16_t fail = RMQ_KERR_NONE;
        int r;

        if (!ctx) {
            park_wait(pk, 1000);
            continue;
        }
        pthread_mutex_unlock(&pk->mu);
        rmq_wd_busy(&pk->probe, "resuming a parked produce");
        {
            const rmq_ProduceRequest_t *pr = ctx->req->kreq.body;
            /* The request's own timeout; one without one (0) gets a second. */
            uint64_t limit_ms = pr->timeout_ms > 0 ? (uint64_t)pr->timeout_ms : 1000;
            if (rmq_mono_ns() - ctx->parked_ns > limit_ms * 1000000u)
                fail = RMQ_KERR_REQUEST_TIMED_OUT;
        }
        r = produce_run(ctx, fail);
        pthread_mutex_lock(&pk->mu);
        if (r == PRODUCE_DONE) {
            pk->head = ctx->next;
            if (!pk->head)
                pk->tail = NULL;
            pthread_mutex_unlock(&pk->mu);
            produce_finish(ctx);
            pthread_mutex_lock(&pk->mu);
            continue;
        }
        pk->reparked++;
        if (pk->space_gen == gen && !pk->stopping)
            park_wait(pk, 100);
    }
    /* Shutting down: answer what is still parked. */
    while (pk->head) {
        produce_ctx_t *ctx = pk->head;
        pk->head = ctx->next;
        pthread_mutex_unlock(&pk->mu);
        produce_run(ctx, RMQ_KERR_NOT_LEADER_OR_FOLLOWER);
        produce_finish(ctx);
        pthread_mutex_lock(&pk->mu);
    }
    pk->tail = NULL;
    pthread_mutex_unlock(&pk->mu);
    rmq_wd_idle(&pk->probe);
    return NULL;
}

/* Queues ctx behind every request parked before it. */
static void park(produce_park_t *pk, produce_ctx_t *ctx)
{
    ctx->next = NULL;
    if (!ctx->parked_ns)
        ctx->parked_ns = rmq_mono_ns();
    if (pk->tail)
        pk->tail->next = ctx;
    else
        pk->head = ctx;
    pk->tail = ctx;
    pk->parked++;
    pthread_cond_signal(&pk->cv);
}

static void h_produce(rmq_req_t *req)
{
    rmq_broker_t *b = req->b;
    produce_park_t *pk = &((produce_state_t *)b->producer_state)->park;
    const rmq_ProduceRequest_t *pr = req->kreq.body;
    produce_ctx_t *ctx;
    rmq_ProduceResponse_t *resp;
    int nt = pr->topic_data_count > 0 ? pr->topic_data_count : 0;

    resp = rmq_req_alloc(req, sizeof(*resp));
    rmq_ProduceResponse_init(resp);
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(nt ? nt : 1));
    resp->responses_count = nt;
    ctx = rmq_calloc(1, sizeof(*ctx));
    ctx->magic = PRODUCE_CTX_MAGIC;
    ctx->b = b;
    ctx->pending = 1;
    ctx->resp = resp;
    ctx->req = req;
    ctx->acks0 = pr->acks == 0;

    /* Behind parked requests: a connection's produces keep their order (sequence numbers). */
    pthread_mutex_lock(&pk->mu);
    if (pk->head) {
        park(pk, ctx);
        pthread_mutex_unlock(&pk->mu);
        return;
    }
    pthread_mutex_unlock(&pk->mu);
    if (produce_run(ctx, RMQ_KERR_NONE) == PRODUCE_PARKED) {
        pthread_mutex_lock(&pk->mu);
        park(pk, ctx);
        pthread_mutex_unlock(&pk->mu);
        return;
    }
    produce_finish(ctx);
}

void rmq_h_produce(rmq_req_t *req)
{
    if (req->kreq.api_key == RMQ_KAFKA_API_INIT_PRODUCER_ID) {
        const rmq_InitProducerIdRequest_t *ir = req->kreq.body;
        rmq_InitProducerIdResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
        int64_t id = -1;
        int16_t epoch = -1;

        rmq_InitProducerIdResponse_init(resp);
        if (ir->transactional_id.ptr) {
            resp->error_code = RMQ_KERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
        } else {
            resp->error_code = rmq_producers_init_id(
                producers(req->b), req->kreq.api_version >= 3 ? ir->producer_id : -1,
                req->kreq.api_version >= 3 ? ir->producer_epoch : -1, &id, &epoch);
        }
        resp->producer_id = id;
        resp->producer_epoch = epoch;
        rmq_req_respond(req, resp);
        return;
    }
    h_produce(req);
}

void rmq_produce_park_stats(rmq_broker_t *b, uint64_t *parked, uint64_t *reparked)
{
    produce_park_t *pk = &((produce_state_t *)b->producer_state)->park;

    pthread_mutex_lock(&pk->mu);
    *parked = pk->parked;
    *reparked = pk->reparked;
    pthread_mutex_unlock(&pk->mu);
}

/*
 * Rebuilds the idempotent producer state at startup: the last snapshot (the state of every
 * durable batch up to a per-partition offset, written before each WAL trim), then every
 * batch after that offset still in the WAL. Batches of uploaded data that the WAL no longer
 * holds are in the snapshot, since a trim never runs before its snapshot is durable.
 */
static void rebuild_producers(rmq_broker_t *b, produce_state_t *ps)
{
    rmq_producers_t *prod = ps->prod;
    size_t n, replayed = 0, loaded, gaps = 0;
    uint64_t *ids;
    rmq_err_t err;
    int rc = rmq_producers_load(prod, ps->snap_path, &err);

    if (rc < 0 && rc != -ENOENT)
        rmq_warn(SUBSYS, "producer state snapshot ignored: %s (rebuilding from the WAL alone)",
                 err.msg);
    loaded = rmq_producers_count(prod);
    n = rmq_plogset_ids(b->pset, &ids);
    for (size_t i = 0; i < n; i++) {
        rmq_plog_t *plog = rmq_plogset_get(b->pset, ids[i]);
        int64_t off, hw, covered = rmq_producers_covered(prod, ids[i]);
        rmq_plog_offsets(plog, &off, &hw, NULL);
        if (covered > off)
            off = covered;
        for (int guard = 0; off < hw && guard < (1 << 30); guard++) {
            rmq_plog_read_t rd;
            int64_t tiered;
            rc = rmq_plog_read(plog, off, 1 << 20, 0, &rd, NULL);
            if (rc == RMQ_EREMOTE && (tiered = rmq_plog_tiered(plog)) > off) {
                /* Uploaded and trimmed: the snapshot should have covered it. */
                rmq_plog_read_release(&rd);
                if (covered < tiered) {
                    gaps++;
                    rmq_warn(SUBSYS,
                             "partition %" PRIu64 ": producer state for offsets %" PRId64
                             "..%" PRId64 " is in object storage only and not in the snapshot",
                             ids[i], off, tiered - 1);
                }
                off = tiered;
                continue;
            }
            if (rc < 0 || rd.count == 0) {
                rmq_plog_read_release(&rd);
                break;
            }
            for (size_t k = 0; k < rd.count; k++) {
                rmq_batch_info_t info;
                if (rmq_batch_validate(rmq_slice_data(&rd.batches[k]), rd.batches[k].len, &info,
                                       NULL) == 0) {
                    if (info.base_offset >= off) {
                        rmq_producers_replay(prod, ids[i], &info);
                        replayed++;
                    }
                    off = info.base_offset + info.last_offset_delta + 1;
                }
            }
            rmq_plog_read_release(&rd);
        }
    }
    free(ids);
    rmq_info(SUBSYS,
             "producer state rebuilt: %zu producer-partition states from the snapshot, %zu "
             "batches replayed from the WAL, %zu gap(s)",
             loaded, replayed, gaps);
}

/* Before each WAL trim (uploader or ticker thread): the state of the frames about to go is
   made durable first. */
static int snapshot_before_trim(void *opaque)
{
    produce_state_t *ps = opaque;
    rmq_err_t err;

    if (rmq_producers_snapshot(ps->prod, ps->snap_path, 0, &err) < 0) {
        rmq_warn(SUBSYS, "producer state snapshot failed, WAL trim postponed: %s", err.msg);
        return -1;
    }
    return 0;
}

void rmq_produce_housekeeping(rmq_broker_t *b, int64_t now_ms)
{
    produce_state_t *ps = b->producer_state;
    size_t gone;
    rmq_err_t err;

    gone = rmq_producers_expire(ps->prod, now_ms, b->cfg.broker.producer_id_expiration_ms);
    if (gone)
        rmq_info(SUBSYS, "%zu idle producer state(s) expired (producer_id_expiration_ms %u)", gone,
                 b->cfg.broker.producer_id_expiration_ms);
    if (rmq_producers_snapshot(ps->prod, ps->snap_path, 0, &err) < 0)
        rmq_warn(SUBSYS, "producer state snapshot: %s", err.msg);
}

int rmq_produce_init(rmq_broker_t *b, rmq_err_t *err)
{
    produce_state_t *ps = rmq_calloc(1, sizeof(*ps));
    produce_park_t *pk = &ps->park;
    int rc;

    rmq_producers_new(b->meta, &ps->prod);
    b->producer_state = ps;
    snprintf(ps->snap_path, sizeof(ps->snap_path), "%s/producers.snap", b->state_dir);
    rebuild_producers(b, ps);
    rmq_plogset_set_trim_hook(b->pset, snapshot_before_trim, ps);
    pthread_mutex_init(&pk->mu, NULL);
    rmq_cond_init(&pk->cv);
    rmq_wd_register(&pk->probe, "rmq-produce");
    rmq_wal_set_space_fn(rmq_plogset_wal(b->pset), on_wal_space, pk);
    rc = rmq_thread_start(&pk->thread, "rmq-produce", park_main, pk, err);
    if (rc < 0)
        return rc;
    pk->started = 1;
    return 0;
}

void rmq_produce_stop(rmq_broker_t *b)
{
    produce_state_t *ps = b->producer_state;

    if (!ps || !ps->park.started)
        return;
    pthread_mutex_lock(&ps->park.mu);
    ps->park.stopping = 1;
    pthread_cond_signal(&ps->park.cv);
    pthread_mutex_unlock(&ps->park.mu);
    pthread_join(ps->park.thread, NULL);
    ps->park.started = 0;
    rmq_wal_set_space_fn(rmq_plogset_wal(b->pset), NULL, NULL);
    /* The trim hook stays: the uploader may still trim until the tier closes, and the
       partition logs (which hold the hook) close before rmq_produce_shutdown. */
}

void rmq_produce_shutdown(rmq_broker_t *b)
{
    produce_state_t *ps = b->producer_state;

    if (!ps)
        return;
    rmq_produce_stop(b);
    {
        /* After the partition logs closed: every completion has reported in. */
        rmq_err_t err;
        if (rmq_producers_snapshot(ps->prod, ps->snap_path, 0, &err) < 0)
            rmq_warn(SUBSYS, "producer state snapshot at shutdown: %s", err.msg);
    }
    rmq_wd_unregister(&ps->park.probe);
    pthread_cond_destroy(&ps->park.cv);
    pthread_mutex_destroy(&ps->park.mu);
    rmq_producers_free(ps->prod);
    free(ps);
    b->producer_state = NULL;
}
