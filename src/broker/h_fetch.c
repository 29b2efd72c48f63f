/*
 * h_fetch.c - Fetch (with long polling) and ListOffsets.
 *
 * A fetch that finds fewer than min_bytes is parked until data arrives or max_wait_ms
 * passes. Producers' durable completions call rmq_fetch_notify, which wakes one poller
 * thread; the poller re-reads the parked fetches' partitions (cheap: recent batches are
 * refcounted slices in the hot cache) and answers those that are satisfied or due. Parking
 * costs no thread and no memory beyond the request itself.
 */
#include "broker/broker_int.h"
#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

#define SUBSYS       "fetch"
#define MAX_WAIT_CAP 30000 /* ms: longer waits are capped (clients use 500 ms) */
#define LIST_WAIT_MS 5000  /* ms a timestamp lookup waits for uploaded data to load */

/* Answers req if it is satisfied (or force); returns 1 when answered. */
typedef int (*try_fn)(rmq_req_t *req, int force);

typedef struct waiter {
    struct waiter *next;
    rmq_req_t *req;
    try_fn try;
    uint64_t deadline_ms;
} waiter_t;

typedef struct fetch_state {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    waiter_t *waiters;
    uint64_t notified; /* bumped by rmq_fetch_notify */
    int stop;
    int joined; /* the poller has ended (rmq_fetch_shutdown) */
    pthread_t thread;
} fetch_state_t;

/* One partition's read, kept until the response is built. */
typedef struct part_read {
    int16_t error;
    rmq_plog_read_t rd;
    int has_read;
    int pending; /* the data is being loaded from object storage */
} part_read_t;

void rmq_fetch_notify(rmq_broker_t *b)
{
    /* Called from the WAL writer and the tier's threads, which run before the poller starts
       and until after it stops: the state is published and retired atomically, and freed only
       once they are gone (rmq_fetch_free). */
    fetch_state_t *fs = __atomic_load_n(&b->fetch_state, __ATOMIC_ACQUIRE);

    if (!fs)
        return;
    pthread_mutex_lock(&fs->lock);
    fs->notified++;
    if (fs->waiters)
        pthread_cond_signal(&fs->cond);
    pthread_mutex_unlock(&fs->lock);
}

static rmq_topic_t *fetch_topic(rmq_req_t *req, const rmq_FetchRequest_FetchTopic_t *ft,
                                int16_t *error)
{
    if (req->kreq.api_version >= 13) {
        rmq_topic_t *t = rmq_topics_get_by_id(req->b->topics, ft->topic_id.b);
        *error = t ? RMQ_KERR_NONE : RMQ_KERR_UNKNOWN_TOPIC_ID;
        return t;
    }
    return rmq_broker_topic(req->b, ft->topic, 0, error);
}

/*
 * Reads every requested partition. Returns the total bytes found; reads[] (one per requested
 * partition, in request order) must be released with release_reads.
 */
static size_t read_all(rmq_req_t *req, part_read_t *reads)
{
    const rmq_FetchRequest_t *fr = req->kreq.body;
    /* The response is built in memory: the broker's fetch_max_bytes caps what a request asks
       (Kafka's broker fetch.max.bytes; a client then fetches again). */
    int64_t cap = (int64_t)req->b->cfg.network.fetch_max_bytes;
    int64_t budget = fr->max_bytes > 0 && fr->max_bytes < cap ? fr->max_bytes : cap;
    size_t total = 0;
    int k = 0;

    for (int i = 0; i < (fr->topics_count > 0 ? fr->topics_count : 0); i++) {
        const rmq_FetchRequest_FetchTopic_t *ft = &fr->topics[i];
        int16_t terr;
        rmq_topic_t *t = fetch_topic(req, ft, &terr);
        for (int j = 0; j < (ft->partitions_count > 0 ? ft->partitions_count : 0); j++, k++) {
            const rmq_FetchRequest_FetchPartition_t *fp = &ft->partitions[j];
            part_read_t *pr = &reads[k];
            rmq_plog_t *plog;
            int32_t epoch;
            size_t limit;
            int rc;
            memset(pr, 0, sizeof(*pr));
            if (!t) {
                pr->error = terr;
                continue;
            }
            plog = rmq_broker_plog(req->b, t, fp->partition);
            if (!plog) {
                pr->error = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
                continue;
            }
            epoch = rmq_plog_leader_epoch(plog);
            if (epoch < 0)
                epoch = 0;
            if (fp->current_leader_epoch >= 0 && fp->current_leader_epoch < epoch) {
                pr->error = RMQ_KERR_FENCED_LEADER_EPOCH;
                continue;
            }
            if (fp->current_leader_epoch > epoch) {
                pr->error = RMQ_KERR_UNKNOWN_LEADER_EPOCH;
                continue;
            }
            /* The first batch found is always returned whole; after that the budget rules. */
            limit = (size_t)RMQ_MIN(
                (int64_t)(fp->partition_max_bytes > 0 ? fp->partition_max_bytes : 0),
                budget > 0 ? budget : 0);
            if (limit == 0 && total > 0) {
                rmq_plog_offsets(plog, &pr->rd.log_start, &pr->rd.hw, &pr->rd.leo);
                pr->has_read = 1;
                continue;
            }
            rc = rmq_plog_read(plog, fp->fetch_offset, limit ? limit : 1, 0, &pr->rd, NULL);
            pr->has_read = 1;
            if (rc == RMQ_EREMOTE && req->b->tier) {
                /* Uploaded and gone from the WAL: the read cache or a ranged GET. */
                rc = rmq_tier_read(req->b->tier, rmq_plog_id(plog), fp->fetch_offset,
                                   limit ? limit : 1, &pr->rd, NULL);
                if (rc == RMQ_EAGAIN) {
                    pr->pending = 1; /* the tier notifies when it lands */
                    rc = 0;
                }
            }
            if (rc == RMQ_ERANGE) {
                pr->error = RMQ_KERR_OFFSET_OUT_OF_RANGE;
            } else if (rc < 0) {
                pr->error = RMQ_KERR_KAFKA_STORAGE_ERROR;
            } else {
                total += pr->rd.bytes;
                budget -= (int64_t)pr->rd.bytes;
            }
        }
        rmq_topic_unref(t);
    }
    return total;
}

static void release_reads(part_read_t *reads, int n)
{
    for (int i = 0; i < n; i++)
        if (reads[i].has_read)
            rmq_plog_read_release(&reads[i].rd);
}

static int count_partitions(const rmq_FetchRequest_t *fr)
{
    int n = 0;

    for (int i = 0; i < (fr->topics_count > 0 ? fr->topics_count : 0); i++)
        n += fr->topics[i].partitions_count > 0 ? fr->topics[i].partitions_count : 0;
    return n;
}

static void respond_with(rmq_req_t *req, part_read_t *reads, int16_t top_error)
{
    const rmq_FetchRequest_t *fr = req->kreq.body;
    rmq_FetchResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = fr->topics_count > 0 ? fr->topics_count : 0, k = 0;

    rmq_FetchResponse_init(resp);
    resp->error_code = top_error;
    resp->session_id = 0; /* no fetch sessions: every fetch is a full one */
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(nt ? nt : 1));
    resp->responses_count = top_error ? 0 : nt;
    for (int i = 0; i < nt && !top_error; i++) {
        const rmq_FetchRequest_FetchTopic_t *ft = &fr->topics[i];
        rmq_FetchResponse_FetchableTopicResponse_t *tr = &resp->responses[i];
        int np = ft->partitions_count > 0 ? ft->partitions_count : 0;
        tr->topic = ft->topic;
        tr->topic_id = ft->topic_id;
        tr->partitions = rmq_req_alloc(req, sizeof(*tr->partitions) * (size_t)(np ? np : 1));
        tr->partitions_count = np;
        for (int j = 0; j < np; j++, k++) {
            rmq_FetchResponse_PartitionData_t *pd = &tr->partitions[j];
            part_read_t *pr = &reads[k];
            rmq_FetchResponse_PartitionData_init(pd);
            pd->partition_index = ft->partitions[j].partition;
            pd->error_code = pr->error;
            pd->high_watermark = pr->has_read ? pr->rd.hw : -1;
            pd->last_stable_offset = pr->has_read ? pr->rd.hw : -1;
            pd->log_start_offset = pr->has_read ? pr->rd.log_start : -1;
            pd->aborted_transactions_count = fr->isolation_level == 1 ? 0 : -1;
            pd->preferred_read_replica = -1;
            if (pr->has_read && pr->rd.count > 0 && !pr->error) {
                /* The cached batches themselves: the encoder references them and the server
                   writes them with writev, so their bytes are never copied. */
                size_t total = 0;
                for (size_t x = 0; x < pr->rd.count; x++)
                    total += pr->rd.batches[x].len;
                pd->records.ptr = (const uint8_t *)"";
                pd->records.len = (int32_t)total;
                pd->records.slices = pr->rd.batches;
                pd->records.nslices = (uint32_t)pr->rd.count;
            } else {
                pd->records.ptr = (const uint8_t *)"";
                pd->records.len = 0;
            }
        }
    }
    rmq_req_respond(req, resp);
}

/* Answers req if it is satisfied (or force); returns 1 when answered. */
static int try_fetch(rmq_req_t *req, int force)
{
    const rmq_FetchRequest_t *fr = req->kreq.body;
    int n = count_partitions(fr), any_error = 0;
    part_read_t *reads = rmq_calloc((size_t)(n ? n : 1), sizeof(*reads));
    size_t bytes = read_all(req, reads);

    /* A partition still loading from object storage is not an error: the fetch waits for
       it (the load's completion wakes the poller) or answers without its data. */
    for (int i = 0; i < n; i++)
        any_error |= reads[i].error != RMQ_KERR_NONE;
    if (force || any_error || bytes >= (size_t)(fr->min_bytes > 0 ? fr->min_bytes : 0) ||
        fr->max_wait_ms <= 0 || n == 0) {
        respond_with(req, reads, RMQ_KERR_NONE);
        release_reads(reads, n);
        free(reads);
        return 1;
    }
    release_reads(reads, n);
    free(reads);
    return 0;
}

/* Parks req until data arrives (try runs again) or wait_ms passes (try runs with force). */
static void park(rmq_req_t *req, try_fn try, uint64_t wait_ms)
{
    fetch_state_t *fs = __atomic_load_n(&req->b->fetch_state, __ATOMIC_ACQUIRE);
    waiter_t *w = rmq_calloc(1, sizeof(*w));

    w->req = req;
    w->try = try;
    w->deadline_ms = rmq_mono_ms() + wait_ms;
    pthread_mutex_lock(&fs->lock);
    w->next = fs->waiters;
    fs->waiters = w;
    pthread_cond_signal(&fs->cond);
    pthread_mutex_unlock(&fs->lock);
}

static void h_fetch(rmq_req_t *req)
{
    const rmq_FetchRequest_t *fr = req->kreq.body;
    if (req->kreq.api_version >= 7 && fr->session_id != 0) {
        respond_with(req, NULL, RMQ_KERR_FETCH_SESSION_ID_NOT_FOUND);
        return;
    }
    if (try_fetch(req, 0))
        return;
    /* Data that arrives between the read and parking is not missed: park() wakes the
     * poller, which reads again. */
    park(req, try_fetch, (uint64_t)RMQ_MIN(fr->max_wait_ms, MAX_WAIT_CAP));
}

static void *poller_main(void *arg)
{
    fetch_state_t *fs = arg;
    uint64_t seen = 0;

    pthread_mutex_lock(&fs->lock);
    while (!fs->stop || fs->waiters) {
        waiter_t *list = fs->waiters, *keep = NULL;
        uint64_t now = rmq_mono_ms(), next = now + 1000;
        int stopping = fs->stop;
        fs->waiters = NULL;
        seen = fs->notified;
        pthread_mutex_unlock(&fs->lock);
        while (list) {
            waiter_t *w = list;
            list = w->next;
            if (w->try(w->req, stopping || now >= w->deadline_ms)) {
                free(w);
                continue;
            }
            if (w->deadline_ms < next)
                next = w->deadline_ms;
            w->next = keep;
            keep = w;
        }
        pthread_mutex_lock(&fs->lock);
        while (keep) {
            waiter_t *w = keep;
            keep = w->next;
            w->next = fs->waiters;
            fs->waiters = w;
        }
        if (fs->notified == seen && !fs->stop) {
            uint64_t wait = next > rmq_mono_ms() ? next - rmq_mono_ms() : 0;
            if (!fs->waiters)
                wait = 1000;
            if (wait > 0)
                rmq_cond_wait_ms(&fs->cond, &fs->lock, wait);
        }
    }
    pthread_mutex_unlock(&fs->lock);
    return NULL;
}

int rmq_fetch_init(rmq_broker_t *b)
{
    fetch_state_t *fs = rmq_calloc(1, sizeof(*fs));

    pthread_mutex_init(&fs->lock, NULL);
    rmq_cond_init(&fs->cond);
    int rc = rmq_thread_start(&fs->thread, "rmq-fetch", poller_main, fs, NULL);
    if (rc < 0) {
        pthread_cond_destroy(&fs->cond);
        pthread_mutex_destroy(&fs->lock);
        free(fs);
        return rc;
    }
    __atomic_store_n(&b->fetch_state, fs, __ATOMIC_RELEASE);
    return 0;
}

void rmq_fetch_shutdown(rmq_broker_t *b)
{
    fetch_state_t *fs = __atomic_load_n(&b->fetch_state, __ATOMIC_ACQUIRE);

    if (!fs || fs->joined)
        return;
    pthread_mutex_lock(&fs->lock);
    fs->stop = 1; /* parked fetches are answered with what there is, then the thread ends */
    pthread_cond_signal(&fs->cond);
    pthread_mutex_unlock(&fs->lock);
    pthread_join(fs->thread, NULL);
    fs->joined = 1;
}

void rmq_fetch_free(rmq_broker_t *b)
{
    fetch_state_t *fs = __atomic_exchange_n(&b->fetch_state, NULL, __ATOMIC_ACQ_REL);

    if (!fs)
        return;
    RMQ_ASSERT(fs->joined);
    pthread_mutex_destroy(&fs->lock);
    pthread_cond_destroy(&fs->cond);
    free(fs);
}

/* ---- ListOffsets ---- */

/* Returns 1 when the answer waits for object storage (a load is in flight). */
static int list_one(rmq_req_t *req, const rmq_topic_t *t,
                    const rmq_ListOffsetsRequest_ListOffsetsPartition_t *rp,
                    rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *out, int committed)
{
    int loading = 0;

    rmq_plog_t *plog = rmq_broker_plog(req->b, t, rp->partition_index);
    int64_t ls, hw, leo, off = -1, ts = -1;

    out->partition_index = rp->partition_index;
    out->timestamp = -1;
    out->offset = -1;
    out->leader_epoch = -1;
    if (!plog) {
        out->error_code = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return 0;
    }
    rmq_plog_offsets(plog, &ls, &hw, &leo);
    out->leader_epoch = rmq_plog_leader_epoch(plog) < 0 ? 0 : rmq_plog_leader_epoch(plog);
    RMQ_UNUSED(committed);
    switch (rp->timestamp) {
    case -1: /* latest: the high watermark (no transactions: also the last stable offset) */
        off = hw;
        break;
    case -2: /* earliest */
        off = ls;
        break;
    case -3: { /* the record with the largest timestamp (v7+); the first of equals */
        int64_t best_ts = -1, best_off = -1, tier_ts = -1;
        rmq_plog_entry_info_t e;
        if (req->b->tier) {
            rmq_tier_extent_t *x;
            size_t nx = rmq_tier_extents(req->b->tier, rmq_plog_id(plog), &x);
            for (size_t i = 0; i < nx; i++)
                if (x[i].end > ls && x[i].max_timestamp > tier_ts)
                    tier_ts = x[i].max_timestamp;
            free(x);
        }
        for (size_t i = 0; rmq_plog_entry(plog, i, &e) == 0; i++) {
            if (e.base_offset >= hw)
                break;
            if (e.max_timestamp > best_ts) {
                best_ts = e.max_timestamp;
                best_off = e.base_offset;
            }
        }
        /* Uploaded data is older: on a tie its record comes first. */
        if (tier_ts >= 0 && tier_ts >= best_ts) {
            int trc =
                rmq_tier_offset_for_time(req->b->tier, rmq_plog_id(plog), tier_ts, ls, &off, &ts);
            if (trc == 0 || trc == RMQ_EAGAIN) {
                loading = trc == RMQ_EAGAIN;
                break;
            }
        }
        if (best_off >= 0 && rmq_plog_offset_for_time(plog, best_ts, 0, &off, &ts, NULL) < 0) {
            off = best_off;
            ts = best_ts;
        }
        break;
    }
    default:
        if (rp->timestamp < 0) {
            out->error_code = RMQ_KERR_INVALID_REQUEST;
            return 0;
        }
        /* Uploaded data first (it is older); then the local log. */
        if (req->b->tier) {
            int trc = rmq_tier_offset_for_time(req->b->tier, rmq_plog_id(plog), rp->timestamp, ls,
                                               &off, &ts);
            if (trc == 0 || trc == RMQ_EAGAIN) {
                loading = trc == RMQ_EAGAIN;
                break;
            }
        }
        if (rmq_plog_offset_for_time(plog, rp->timestamp, 0, &off, &ts, NULL) < 0) {
            off = -1;
            ts = -1;
        }
    }
    out->offset = off;
    out->timestamp = ts;
    if (req->kreq.api_version == 0) {
        out->old_style_offsets = rmq_req_alloc(req, sizeof(int64_t));
        out->old_style_offsets[0] = off;
        out->old_style_offsets_count = off >= 0 ? 1 : 0;
    }
    return loading;
}

/*
 * Builds the ListOffsets answer. A timestamp lookup whose uploaded extent is still loading
 * waits for it (parked like a fetch, up to LIST_WAIT_MS); when forced, it answers at extent
 * granularity. Returns 1 when answered.
 */
static int try_list_offsets(rmq_req_t *req, int force)
{
    const rmq_ListOffsetsRequest_t *lr = req->kreq.body;
    int loading = 0;
    rmq_ListOffsetsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = lr->topics_count > 0 ? lr->topics_count : 0;

    rmq_ListOffsetsResponse_init(resp);
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(nt ? nt : 1));
    resp->topics_count = nt;
    for (int i = 0; i < nt; i++) {
        const rmq_ListOffsetsRequest_ListOffsetsTopic_t *rt = &lr->topics[i];
        int np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        int16_t terr;
        rmq_topic_t *t = rmq_broker_topic(req->b, rt->name, 0, &terr);
        resp->topics[i].name = rt->name;
        resp->topics[i].partitions =
            rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
        resp->topics[i].partitions_count = np;
        for (int j = 0; j < np; j++) {
            rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *out =
                &resp->topics[i].partitions[j];
            rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_init(out);
            if (!t) {
                out->partition_index = rt->partitions[j].partition_index;
                out->error_code = terr;
                continue;
            }
            loading |= list_one(req, t, &rt->partitions[j], out, lr->isolation_level == 1);
        }
        rmq_topic_unref(t);
    }
    if (loading && !force)
        return 0; /* rebuilt when the load lands (the arena memory goes with req) */
    rmq_req_respond(req, resp);
    return 1;
}

static void h_list_offsets(rmq_req_t *req)
{
    if (!try_list_offsets(req, 0))
        park(req, try_list_offsets, LIST_WAIT_MS);
}

void rmq_h_fetch(rmq_req_t *req)
{
    if (req->kreq.api_key == RMQ_KAFKA_API_LIST_OFFSETS)
        h_list_offsets(req);
    else
        h_fetch(req);
}
