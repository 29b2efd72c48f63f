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
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

#define SUBSYS "produce"

typedef struct produce_ctx produce_ctx_t;

/* One appended batch waiting for durability. */
typedef struct pending_batch {
    produce_ctx_t *ctx;
    rmq_ProduceResponse_PartitionProduceResponse_t *out;
    uint64_t partition_id;
    rmq_batch_info_t info;
    int first; /* the partition's first batch: its base offset is the answer */
} pending_batch_t;

struct produce_ctx {
    rmq_req_t *req; /* NULL for acks=0 */
    rmq_broker_t *b;
    int pending; /* atomic: batches not yet durable + 1 while still appending */
    rmq_ProduceResponse_t *resp;
};

static void ctx_release(produce_ctx_t *ctx)
{
    if (__atomic_sub_fetch(&ctx->pending, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    if (ctx->req)
        rmq_req_respond(ctx->req, ctx->resp);
    free(ctx);
}

static void batch_done(void *opaque, int status, int64_t base_offset)
{
    pending_batch_t *pb = opaque;
    produce_ctx_t *ctx = pb->ctx;
    rmq_producers_t *prod = ctx->b->producer_state;

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
static int16_t check_records(const uint8_t *p, const rmq_batch_info_t *info, rmq_err_t *why)
{
    rmq_record_iter_t it;
    rmq_record_t rec;
    int rc;

    if (info->record_count > 0 && info->last_offset_delta != info->record_count - 1) {
        rmq_err_set(why, RMQ_ECORRUPT, "lastOffsetDelta %" PRId32 " with %" PRId32 " records",
                    info->last_offset_delta, info->record_count);
        return RMQ_KERR_CORRUPT_MESSAGE;
    }
    rc = rmq_record_iter_init(&it, p, info, NULL, why);
    while (rc == 0 && (rc = rmq_record_iter_next(&it, &rec, why)) == 1)
        rc = 0;
    rmq_record_iter_release(&it);
    if (rc == 0)
        return RMQ_KERR_NONE;
    if (rc == RMQ_EUNSUPPORTED)
        return RMQ_KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT;
    return rc == RMQ_ETOOBIG ? RMQ_KERR_MESSAGE_TOO_LARGE : RMQ_KERR_CORRUPT_MESSAGE;
}

/* Appends every batch of one partition's records. */
static void produce_partition(produce_ctx_t *ctx, rmq_req_t *req, const rmq_topic_t *topic,
                              const rmq_ProduceRequest_PartitionProduceData_t *pd,
                              rmq_ProduceResponse_PartitionProduceResponse_t *out)
{
    rmq_broker_t *b = ctx->b;
    rmq_producers_t *prod = b->producer_state;
    rmq_plog_t *plog;
    const uint8_t *p = pd->records.ptr;
    size_t left = pd->records.ptr ? (size_t)pd->records.len : 0;
    int first = 1;
    int64_t ls;

    out->index = pd->index;
    out->base_offset = -1;
    out->log_append_time_ms = -1;
    plog = rmq_broker_plog(b, topic, pd->index);
    if (!plog) {
        out->error_code = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return;
    }
    rmq_plog_offsets(plog, &ls, NULL, NULL);
    out->log_start_offset = ls;
    if (left == 0) {
        out->error_code = RMQ_KERR_CORRUPT_MESSAGE;
        out->error_message = rmq_req_str(req, "no records");
        return;
    }
    /* Validate every batch before appending any, so a partition is all or nothing. */
    for (size_t off = 0; off < left;) {
        rmq_batch_info_t info;
        rmq_err_t err;
        int rc = rmq_batch_validate(p + off, left - off, &info, &err);
        if (rc < 0) {
            out->error_code = rc == RMQ_EUNSUPPORTED ? RMQ_KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT
                                                     : RMQ_KERR_CORRUPT_MESSAGE;
            out->error_message = rmq_req_str(req, err.msg);
            return;
        }
        if (12 + (int64_t)info.batch_length > topic->cfg.max_message_bytes) {
            out->error_code = RMQ_KERR_MESSAGE_TOO_LARGE;
            out->error_message = rmq_req_str(req, "batch larger than max.message.bytes");
            return;
        }
        if (info.is_transactional || info.is_control) {
            out->error_code = RMQ_KERR_INVALID_RECORD;
            out->error_message = rmq_req_str(req, "transactional batches are not supported");
            return;
        }
        if ((out->error_code = check_records(p + off, &info, &err)) != RMQ_KERR_NONE) {
            out->error_message = rmq_req_str(req, err.msg);
            return;
        }
        off += 12 + (size_t)info.batch_length;
    }
    while (left > 0) {
        rmq_batch_info_t info;
        int64_t dup = -1, base = -1;
        int16_t perr = RMQ_KERR_NONE;
        size_t size;
        rmq_slice_t slice;
        pending_batch_t *pb;
        rmq_err_t err;
        int rc;

        rmq_batch_validate(p, left, &info, NULL);
        size = 12 + (size_t)info.batch_length;
        rmq_producers_lock(prod);
        switch (rmq_producers_check(prod, topic->partition_ids[pd->index], &info, &dup, &perr)) {
        case RMQ_PRODUCER_DUPLICATE:
            rmq_producers_unlock(prod);
            if (first)
                out->base_offset = dup;
            goto next;
        case RMQ_PRODUCER_REJECT:
            rmq_producers_unlock(prod);
            out->error_code = perr;
            return;
        case RMQ_PRODUCER_APPEND:
            break;
        }
        pb = rmq_calloc(1, sizeof(*pb));
        pb->ctx = ctx;
        pb->out = ctx->req ? out : NULL;
        pb->partition_id = topic->partition_ids[pd->index];
        pb->info = info;
        pb->first = first;
        /* The batch stays a slice of the request frame: no copy on the way to the WAL. */
        slice = rmq_slice_make(req->frame, (size_t)(p - req->frame->data), size);
        __atomic_add_fetch(&ctx->pending, 1, __ATOMIC_RELAXED);
        rc = rmq_plog_append(plog, &slice, &info, batch_done, pb, &base, &err);
        if (rc < 0)
            rmq_producers_rollback_locked(prod, pb->partition_id, &info);
        rmq_producers_unlock(prod);
        rmq_slice_release(&slice);
        if (rc < 0) {
            __atomic_sub_fetch(&ctx->pending, 1, __ATOMIC_RELAXED);
            free(pb);
            rmq_debug(SUBSYS, "append to %s-%d failed: %s", topic->name, pd->index, err.msg);
            out->error_code = wal_error_to_kafka(rc);
            out->error_message = rmq_req_str(req, err.msg);
            if (rc == RMQ_EFULL && req->b->tier)
                rmq_tier_kick(req->b->tier); /* upload now so the WAL can trim */
            return;
        }
        if (first)
            out->base_offset = base;
    next:
        first = 0;
        p += size;
        left -= size;
    }
}

static void h_produce(rmq_req_t *req)
{
    rmq_broker_t *b = req->b;
    const rmq_ProduceRequest_t *pr = req->kreq.body;
    produce_ctx_t *ctx;
    rmq_ProduceResponse_t *resp;
    int nt = pr->topic_data_count > 0 ? pr->topic_data_count : 0;

    resp = rmq_req_alloc(req, sizeof(*resp));
    rmq_ProduceResponse_init(resp);
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(nt ? nt : 1));
    resp->responses_count = nt;
    ctx = rmq_calloc(1, sizeof(*ctx));
    ctx->b = b;
    ctx->pending = 1;
    ctx->resp = resp;
    ctx->req = pr->acks == 0 ? NULL : req;
    for (int i = 0; i < nt; i++) {
        const rmq_ProduceRequest_TopicProduceData_t *td = &pr->topic_data[i];
        rmq_ProduceResponse_TopicProduceResponse_t *tr = &resp->responses[i];
        int np = td->partition_data_count > 0 ? td->partition_data_count : 0;
        int16_t terr = RMQ_KERR_NONE;
        rmq_topic_t *topic = NULL;

        tr->name = td->name;
        tr->partition_responses =
            rmq_req_alloc(req, sizeof(*tr->partition_responses) * (size_t)(np ? np : 1));
        tr->partition_responses_count = np;
        if (pr->acks != 0 && pr->acks != 1 && pr->acks != -1)
            terr = RMQ_KERR_INVALID_REQUIRED_ACKS;
        else if (pr->transactional_id.ptr)
            terr = RMQ_KERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED;
        else
            topic = rmq_broker_topic(b, td->name, 1, &terr);
        for (int j = 0; j < np; j++) {
            rmq_ProduceResponse_PartitionProduceResponse_t *out = &tr->partition_responses[j];
            rmq_ProduceResponse_PartitionProduceResponse_init(out);
            out->index = td->partition_data[j].index;
            out->base_offset = -1;
            if (!topic) {
                out->error_code = terr;
                continue;
            }
            produce_partition(ctx, req, topic, &td->partition_data[j], out);
        }
        rmq_topic_unref(topic);
    }
    if (pr->acks == 0) {
        /* Nothing is sent back; the appends complete on their own. */
        rmq_req_respond_none(req);
    }
    ctx_release(ctx);
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
                req->b->producer_state, req->kreq.api_version >= 3 ? ir->producer_id : -1,
                req->kreq.api_version >= 3 ? ir->producer_epoch : -1, &id, &epoch);
        }
        resp->producer_id = id;
        resp->producer_epoch = epoch;
        rmq_req_respond(req, resp);
        return;
    }
    h_produce(req);
}

/* Rebuilds the idempotent producer state from every partition log (startup). */
int rmq_produce_init(rmq_broker_t *b, rmq_err_t *err)
{
    rmq_producers_t *prod;
    size_t n, replayed = 0;
    uint64_t *ids;

    RMQ_UNUSED(err);
    rmq_producers_new(b->meta, &prod);
    b->producer_state = prod;
    n = rmq_plogset_ids(b->pset, &ids);
    for (size_t i = 0; i < n; i++) {
        rmq_plog_t *plog = rmq_plogset_get(b->pset, ids[i]);
        int64_t off, hw;
        rmq_plog_offsets(plog, &off, &hw, NULL);
        while (off < hw) {
            rmq_plog_read_t rd;
            int rc = rmq_plog_read(plog, off, 1 << 20, 0, &rd, NULL);
            if (rc < 0 || rd.count == 0) {
                rmq_plog_read_release(&rd);
                break;
            }
            for (size_t k = 0; k < rd.count; k++) {
                rmq_batch_info_t info;
                if (rmq_batch_validate(rmq_slice_data(&rd.batches[k]), rd.batches[k].len, &info,
                                       NULL) == 0) {
                    rmq_producers_replay(prod, ids[i], &info);
                    off = info.base_offset + info.last_offset_delta + 1;
                    replayed++;
                }
            }
            rmq_plog_read_release(&rd);
        }
    }
    free(ids);
    rmq_info(SUBSYS, "producer state rebuilt from %zu batches", replayed);
    return 0;
}

void rmq_produce_shutdown(rmq_broker_t *b)
{
    rmq_producers_free(b->producer_state);
    b->producer_state = NULL;
}
