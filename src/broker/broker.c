/*
 * broker.c - broker lifecycle, request dispatch and response encoding.
 *
 * Request path: the net server hands a frame to on_request (worker thread); we decode header
 * and body into a per-request arena and call the API's handler, which answers through
 * rmq_req_respond from whatever thread finishes the work. Malformed frames and unsupported
 * versions close the connection, as Kafka brokers do, except ApiVersions, which answers an
 * unknown version with UNSUPPORTED_VERSION in a v0 response so the client can downgrade.
 */
#include <libgen.h>
#include <malloc.h>

#include "broker/broker_int.h"
#include "common/assert.h"
#include "common/clock.h"
#include "common/file.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "common/watchdog.h"

#define SUBSYS         RMQ_BROKER_SUBSYS
#define TICK_MS        100
#define MALLOC_TRIM_MS 10000 /* freed heap memory goes back to the system this often */

/* ---- handler table ---- */

static const struct {
    int16_t api_key;
    rmq_handler_fn fn;
} handlers[] = {
    {RMQ_KAFKA_API_METADATA, rmq_h_metadata},
    {RMQ_KAFKA_API_FIND_COORDINATOR, rmq_h_find_coordinator},
    {RMQ_KAFKA_API_API_VERSIONS, rmq_h_api_versions},
    {RMQ_KAFKA_API_DESCRIBE_CLUSTER, rmq_h_describe_cluster},
    {RMQ_KAFKA_API_OFFSET_COMMIT, rmq_h_group},
    {RMQ_KAFKA_API_OFFSET_FETCH, rmq_h_group},
    {RMQ_KAFKA_API_JOIN_GROUP, rmq_h_group},
    {RMQ_KAFKA_API_HEARTBEAT, rmq_h_group},
    {RMQ_KAFKA_API_LEAVE_GROUP, rmq_h_group},
    {RMQ_KAFKA_API_SYNC_GROUP, rmq_h_group},
    {RMQ_KAFKA_API_DESCRIBE_GROUPS, rmq_h_group},
    {RMQ_KAFKA_API_LIST_GROUPS, rmq_h_group},
    {RMQ_KAFKA_API_DELETE_GROUPS, rmq_h_group},
    {RMQ_KAFKA_API_OFFSET_DELETE, rmq_h_group},
    {RMQ_KAFKA_API_PRODUCE, rmq_h_produce},
    {RMQ_KAFKA_API_INIT_PRODUCER_ID, rmq_h_produce},
    {RMQ_KAFKA_API_FETCH, rmq_h_fetch},
    {RMQ_KAFKA_API_LIST_OFFSETS, rmq_h_fetch},
    {RMQ_KAFKA_API_CREATE_TOPICS, rmq_h_admin},
    {RMQ_KAFKA_API_DELETE_TOPICS, rmq_h_admin},
    {RMQ_KAFKA_API_CREATE_PARTITIONS, rmq_h_admin},
    {RMQ_KAFKA_API_DELETE_RECORDS, rmq_h_admin},
    {RMQ_KAFKA_API_DESCRIBE_CONFIGS, rmq_h_admin},
    {RMQ_KAFKA_API_ALTER_CONFIGS, rmq_h_admin},
    {RMQ_KAFKA_API_INCREMENTAL_ALTER_CONFIGS, rmq_h_admin},
    {RMQ_KAFKA_API_OFFSET_FOR_LEADER_EPOCH, rmq_h_admin},
    {RMQ_KAFKA_API_DESCRIBE_ACLS, rmq_h_security},
    {RMQ_KAFKA_API_CREATE_ACLS, rmq_h_security},
    {RMQ_KAFKA_API_DELETE_ACLS, rmq_h_security},
    {RMQ_KAFKA_API_DESCRIBE_USER_SCRAM_CREDENTIALS, rmq_h_security},
    {RMQ_KAFKA_API_ALTER_USER_SCRAM_CREDENTIALS, rmq_h_security},
};

rmq_handler_fn rmq_broker_handler(int16_t api_key)
{
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(handlers); i++)
        if (handlers[i].api_key == api_key)
            return handlers[i].fn;
    return NULL;
}

/* ---- request contexts ---- */

static void req_free(rmq_req_t *req)
{
    rmq_arena_release(&req->arena);
    rmq_buf_unref(req->frame);
    free(req);
}

void *rmq_req_alloc(rmq_req_t *req, size_t n)
{
    return rmq_arena_calloc(&req->arena, 1, n);
}

char *rmq_req_cstr(rmq_req_t *req, rmq_kw_str_t s)
{
    size_t n = s.ptr ? (size_t)s.len : 0;
    char *c = rmq_arena_strndup(&req->arena, s.ptr ? s.ptr : "", n);

    /*
     * A C string ends at its first NUL, so "victim\0x" would become the id "victim". Each NUL
     * becomes 0xFF instead: that byte never occurs in UTF-8 (which Kafka strings are), so two
     * different valid strings stay different, and no string can alias one without a NUL.
     */
    if (n && memchr(s.ptr, 0, n)) {
        for (size_t i = 0; i < n; i++)
            if (c[i] == '\0')
                c[i] = (char)0xFF;
    }
    return c;
}

rmq_kw_str_t rmq_req_str(rmq_req_t *req, const char *s)
{
    rmq_kw_str_t v = RMQ_KW_STR_NULL;

    if (s) {
        size_t n = strlen(s);
        v.ptr = rmq_arena_strndup(&req->arena, s, n);
        v.len = (int32_t)n;
    }
    return v;
}

const char *rmq_req_client_id(rmq_req_t *req)
{
    return rmq_req_cstr(req, req->kreq.header.client_id);
}

void rmq_req_respond(rmq_req_t *req, const void *body)
{
    rmq_wbuf_t wb;
    int rc;

    rmq_wbuf_init(&wb, 256);
    rc = rmq_kafka_response_write(&wb, req->kreq.api_key, req->kreq.api_version,
                                  req->kreq.header.correlation_id, body);
    if (rc < 0) {
        /* A response we cannot encode is our bug; the client must not hang waiting. */
        rmq_error(SUBSYS, "cannot encode %s v%d response: %s",
                  rmq_kafka_api_get(req->kreq.api_key) ? rmq_kafka_api_get(req->kreq.api_key)->name
                                                       : "?",
                  req->kreq.api_version, rmq_strerror(rc));
        rmq_wbuf_release(&wb);
        rmq_conn_close(req->conn);
        rmq_conn_respond(req->conn, req->seq, NULL);
        req_free(req);
        return;
    }
    rmq_conn_respond(req->conn, req->seq, rmq_wbuf_detach(&wb));
    req_free(req);
}

void rmq_req_respond_none(rmq_req_t *req)
{
    rmq_conn_respond(req->conn, req->seq, NULL);
    req_free(req);
}

void rmq_req_fail_close(rmq_req_t *req, const char *why)
{
    rmq_warn(SUBSYS, "%s: closing connection: %s", rmq_conn_peer(req->conn), why);
    rmq_conn_close(req->conn);
    rmq_conn_respond(req->conn, req->seq, NULL);
    req_free(req);
}

/* Answers an ApiVersionsRequest of a version we do not know: v0 body, UNSUPPORTED_VERSION. */
static void answer_unsupported_api_versions(rmq_req_t *req)
{
    req->kreq.api_version = 0;
    rmq_h_api_versions(req); /* sees the too-new version in the header and says so */
}

static void on_request(void *opaque, rmq_conn_t *conn, uint64_t seq, rmq_buf_t *frame)
{
    rmq_broker_t *b = opaque;
    rmq_req_t *req = rmq_calloc(1, sizeof(*req));
    rmq_handler_fn fn;
    rmq_err_t err;
    int rc;

    req->b = b;
    req->conn = conn;
    req->seq = seq;
    req->frame = frame;
    req->start_ns = rmq_mono_ns();
    rmq_arena_init(&req->arena, 4096);
    rc = rmq_kafka_request_read(frame->data, frame->size, &req->arena, &req->kreq, &err);
    if (rc < 0 && req->kreq.api_key == RMQ_KAFKA_API_API_VERSIONS && frame->size >= 8 &&
        req->kreq.api_version > rmq_kafka_api_get(RMQ_KAFKA_API_API_VERSIONS)->max_version) {
        /* A newer client's header or body may not parse as any version we know (KIP-511):
         * api key, version and correlation id are all the v0 answer needs. */
        req->kreq.header.request_api_key = req->kreq.api_key;
        req->kreq.header.request_api_version = req->kreq.api_version;
        req->kreq.header.correlation_id = (int32_t)rmq_be32(frame->data + 4);
        answer_unsupported_api_versions(req);
        return;
    }
    if (rc < 0) {
        rmq_warn(SUBSYS, "%s: bad request (api %d v%d): %s", rmq_conn_peer(conn), req->kreq.api_key,
                 req->kreq.api_version, err.msg);
        rmq_req_fail_close(req, "malformed or unsupported request");
        return;
    }
    fn = rmq_broker_handler(req->kreq.api_key);
    if (!fn) {
        rmq_req_fail_close(req, "API not served");
        return;
    }
    rmq_trace(SUBSYS, "%s: api %d v%d corr %d", rmq_conn_peer(conn), req->kreq.api_key,
              req->kreq.api_version, req->kreq.header.correlation_id);
    fn(req);
}

/* ---- topics and partitions ---- */

rmq_topic_t *rmq_broker_topic(rmq_broker_t *b, rmq_kw_str_t name, int allow_create, int16_t *error)
{
    rmq_topic_t *t;
    rmq_err_t err;
    char buf[RMQ_TOPIC_NAME_MAX + 1];
    int16_t e;

    *error = RMQ_KERR_NONE;
    if (!name.ptr || name.len <= 0 || name.len > RMQ_TOPIC_NAME_MAX) {
        *error = name.len > RMQ_TOPIC_NAME_MAX ? RMQ_KERR_INVALID_TOPIC_EXCEPTION
                                               : RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return NULL;
    }
    t = rmq_topics_get(b->topics, name.ptr, (size_t)name.len);
    if (t)
        return t;
    if (!allow_create || !b->cfg.broker.auto_create_topics) {
        *error = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return NULL;
    }
    memcpy(buf, name.ptr, (size_t)name.len);
    buf[name.len] = '\0';
    e = rmq_topics_create(
        b->topics, buf, -1, b->cfg.broker.default_partitions,
        b->cfg.broker.default_replication_factor > 1 ? 1 : b->cfg.broker.default_replication_factor,
        0, NULL, NULL, 0, &t, &err);
    if (e == RMQ_KERR_TOPIC_ALREADY_EXISTS) /* lost a race with another creator */
        return rmq_topics_get(b->topics, buf, strlen(buf));
    if (e != RMQ_KERR_NONE) {
        *error = e;
        return NULL;
    }
    return t;
}

rmq_plog_t *rmq_broker_plog(rmq_broker_t *b, const rmq_topic_t *topic, int32_t partition)
{
    if (partition < 0 || partition >= topic->npartitions)
        return NULL;
    return rmq_plogset_get_or_create(b->pset, topic->partition_ids[partition]);
}

/* ---- housekeeping: retention and WAL trim ---- */

/*
 * Applies a partition's retention: whole batches below the high watermark whose newest
 * record is older than retention.ms, or that make the partition exceed retention.bytes,
 * are dropped by moving the log start past them (Kafka deletes whole segments; our unit is
 * the batch).
 */
static const char *fmt_limit(int64_t v, char *buf, size_t n)
{
    if (v < 0)
        return "unlimited";
    snprintf(buf, n, "%" PRId64, v);
    return buf;
}

static void apply_retention(rmq_broker_t *b, const rmq_topic_t *topic, int32_t index,
                            rmq_plog_t *plog, int64_t now_ms)
{
    const rmq_topic_config_t *cfg = &topic->cfg;
    char msbuf[32], bytesbuf[32];
    rmq_tier_extent_t *u = NULL;
    rmq_plog_entry_info_t e;
    int64_t ls, hw, target, tiered = rmq_plog_tiered(plog);
    uint64_t total = 0;
    size_t n = 0, cap = 0, i;

    rmq_plog_offsets(plog, &ls, &hw, NULL);
    /* The partition's data in offset order: uploaded extents, then the local batches not
       uploaded yet (uploaded ones may still sit in the WAL: counted once, as extents). */
    if (b->tier) {
        n = rmq_tier_extents(b->tier, rmq_plog_id(plog), &u);
        cap = n;
    }
    for (i = 0; rmq_plog_entry(plog, i, &e) == 0; i++) {
        if (e.last_offset < tiered && b->tier)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            u = rmq_realloc(u, cap * sizeof(*u));
        }
        u[n++] = (rmq_tier_extent_t){.base = e.base_offset,
                                     .end = e.last_offset + 1,
                                     .max_timestamp = e.max_timestamp,
                                     .bytes = e.size};
    }
    target = ls;
    const char *rule = NULL;
    if (cfg->retention_ms >= 0) {
        for (i = 0; i < n; i++) {
            if (u[i].end > hw || u[i].max_timestamp >= now_ms - cfg->retention_ms)
                break;
            target = u[i].end;
            rule = "retention.ms";
        }
    }
    if (cfg->retention_bytes >= 0) {
        for (i = 0; i < n; i++)
            total += u[i].bytes;
        for (i = 0; i < n && total > (uint64_t)cfg->retention_bytes; i++) {
            if (u[i].end > hw)
                break;
            total -= u[i].bytes;
            if (u[i].end > target) {
                target = u[i].end;
                rule = rule ? "retention.ms and retention.bytes" : "retention.bytes";
            }
        }
    }
    uint64_t removed = 0;
    for (i = 0; i < n && u[i].end <= target; i++)
        if (u[i].end > ls)
            removed += u[i].bytes;
    free(u);
    if (target > ls) {
        rmq_err_t err;
        if (rmq_plog_advance_log_start(plog, target, &err) < 0)
            rmq_warn(SUBSYS, "retention of %s-%d: %s", topic->name, index, err.msg);
        else
            rmq_info(SUBSYS,
                     "retention: %s-%d offsets %" PRId64 "..%" PRId64 " removed (%" PRIu64
                     " bytes) by %s (%s ms, %s bytes)",
                     topic->name, index, ls, target - 1, removed, rule ? rule : "?",
                     fmt_limit(cfg->retention_ms, msbuf, sizeof(msbuf)),
                     fmt_limit(cfg->retention_bytes, bytesbuf, sizeof(bytesbuf)));
    }
}

/*
 * Retention over uploaded and local data, then extents below each log start (retention,
 * DeleteRecords, DeleteTopics) are dropped and the WAL is trimmed. Runs on the ticker.
 */
static void housekeeping(rmq_broker_t *b)
{
    rmq_topic_t **list;
    size_t n = rmq_topics_list(b->topics, &list);
    int64_t now = rmq_wall_ms();
    int trimmed;

    for (size_t i = 0; i < n; i++) {
        const rmq_topic_t *t = list[i];
        if (!t->cfg.cleanup_delete || (t->cfg.retention_ms < 0 && t->cfg.retention_bytes < 0))
            continue;
        for (int32_t p = 0; p < t->npartitions; p++) {
            rmq_plog_t *plog = rmq_plogset_get(b->pset, t->partition_ids[p]);
            if (plog)
                apply_retention(b, t, p, plog, now);
        }
    }
    rmq_topics_list_free(list, n);
    rmq_produce_housekeeping(b, now);
    if (b->tier) {
        uint64_t *ids;
        size_t np = rmq_plogset_ids(b->pset, &ids);
        for (size_t i = 0; i < np; i++) {
            int64_t ls;
            rmq_plog_offsets(rmq_plogset_get(b->pset, ids[i]), &ls, NULL, NULL);
            rmq_tier_drop_below(b->tier, ids[i], ls);
        }
        free(ids);
    }
    trimmed = rmq_plogset_trim(b->pset);
    if (trimmed > 0)
        rmq_debug(SUBSYS, "trimmed %d WAL segment(s)", trimmed);
}

/* ---- ticker: group timers, housekeeping ---- */

void rmq_broker_kick(rmq_broker_t *b)
{
    pthread_mutex_lock(&b->tick_lock);
    pthread_cond_signal(&b->tick_cond);
    pthread_mutex_unlock(&b->tick_lock);
}

static void *ticker_main(void *arg)
{
    rmq_broker_t *b = arg;
    const uint64_t every = b->cfg.broker.retention_check_interval_ms;
    uint64_t next_housekeeping = rmq_mono_ms() + every;
    uint64_t next_trim = rmq_mono_ms() + MALLOC_TRIM_MS;

    rmq_wd_register(&b->ticker_probe, "rmq-ticker");
    while (!__atomic_load_n(&b->stopping, __ATOMIC_ACQUIRE)) {
        rmq_wd_busy(&b->ticker_probe, "group timers");
        rmq_group_tick(b->groups, rmq_mono_ms());
        if (rmq_mono_ms() >= next_housekeeping) {
            rmq_wd_busy(&b->ticker_probe, "housekeeping (retention, WAL trim)");
            housekeeping(b);
            next_housekeeping = rmq_mono_ms() + every;
        }
        if (rmq_mono_ms() >= next_trim) {
            /*
             * glibc keeps freed memory in its arenas (2,200 connections opened and closed left
             * RSS ~11 MB higher each time, all of it free); handing it back keeps RSS close to
             * what the caches and buffers really hold.
             */
            rmq_wd_busy(&b->ticker_probe, "returning freed memory (malloc_trim)");
            malloc_trim(0);
            next_trim = rmq_mono_ms() + MALLOC_TRIM_MS;
        }
        rmq_wd_idle(&b->ticker_probe);
        pthread_mutex_lock(&b->tick_lock);
        if (!__atomic_load_n(&b->stopping, __ATOMIC_ACQUIRE))
            rmq_cond_wait_ms(&b->tick_cond, &b->tick_lock, TICK_MS);
        pthread_mutex_unlock(&b->tick_lock);
    }
    rmq_wd_unregister(&b->ticker_probe);
    return NULL;
}

/* ---- lifecycle ---- */

static int copy_config(rmq_config_t *dst, const rmq_config_t *src)
{
    /* Only what the broker reads after open needs its own copy. */
    *dst = *src;
    dst->broker.rack_id = rmq_strdup(src->broker.rack_id ? src->broker.rack_id : "");
    dst->network.kafka_listen = rmq_strdup(src->network.kafka_listen);
    dst->wal.path = rmq_strdup(src->wal.path);
    dst->source = NULL;
    return 0;
}

static void free_config_copy(rmq_config_t *c)
{
    free(c->broker.rack_id);
    free(c->network.kafka_listen);
    free(c->wal.path);
}

static void tier_notify(void *opaque)
{
    rmq_fetch_notify(opaque);
}

/*
 * Tests: while the file named by RMQ_TEST_OBJSTORE_FAULT_FILE exists, every local object store
 * operation fails with EIO, as an unreachable store would (the fault hook of the local backend).
 */
static int env_fault(void *opaque, rmq_objstore_local_fp_t fp, const char *key)
{
    (void)fp;
    (void)key;
    return access(opaque, F_OK) == 0 ? -EIO : 0;
}

/*
 * Tests: while the file named by RMQ_TEST_WAL_STALL_FILE exists, every WAL fdatasync waits
 * (a disk that stopped answering), for at most 120 s: the watchdog's and the parked produce
 * path's tests stall the writer for real this way.
 */
static long env_wal_stall(void *opaque, rmq_wal_io_op_t op, size_t len)
{
    (void)len;
    if (op != RMQ_WAL_OP_FSYNC)
        return 0;
    for (int i = 0; i < 12000 && access(opaque, F_OK) == 0; i++)
        rmq_sleep_ms(10);
    return 0;
}

/* Opens the object store the configuration names. */
static int open_store(rmq_broker_t *b, const rmq_config_t *cfg, rmq_err_t *err)
{
    const char *type = rmq_config_storage_name(cfg->object_storage.storage_type);

    switch (cfg->object_storage.storage_type) {
    case RMQ_STORAGE_LOCAL: {
        rmq_objstore_local_opts_t lo;
        rmq_objstore_local_opts_init(&lo);
        lo.path = cfg->object_storage.path;
        lo.common.retry.max_attempts = cfg->object_storage.max_attempts;
        if (getenv("RMQ_TEST_OBJSTORE_FAULT_FILE")) {
            lo.fault = env_fault;
            lo.fault_opaque = getenv("RMQ_TEST_OBJSTORE_FAULT_FILE");
        }
        return rmq_objstore_local_open(&lo, &b->store, err);
    }
    case RMQ_STORAGE_S3:
    case RMQ_STORAGE_GCS: {
        /* GCS through its S3-compatible XML API with HMAC keys. */
        rmq_objstore_s3_opts_t so;
        const char *addr = cfg->object_storage.addressing;
        rmq_objstore_s3_opts_init(&so);
        so.common.retry.max_attempts = cfg->object_storage.max_attempts;
        so.endpoint = cfg->object_storage.endpoint;
        if (cfg->object_storage.storage_type == RMQ_STORAGE_GCS && !*so.endpoint)
            so.endpoint = "https://storage.googleapis.com";
        so.bucket = cfg->object_storage.bucket;
        so.region = cfg->object_storage.region;
        so.access_key = cfg->object_storage.access_key;
        so.secret_key = cfg->object_storage.secret_key;
        so.session_token = cfg->object_storage.session_token;
        so.addressing = strcmp(addr, "path") == 0      ? RMQ_OBJSTORE_S3_PATH
                        : strcmp(addr, "virtual") == 0 ? RMQ_OBJSTORE_S3_VHOST
                                                       : RMQ_OBJSTORE_S3_AUTO;
        so.unsigned_payload = cfg->object_storage.unsigned_payload;
        so.multipart_threshold = cfg->object_storage.multipart_threshold;
        so.request_timeout_ms = cfg->object_storage.request_timeout_ms;
        so.max_concurrent = cfg->object_storage.max_concurrent_uploads * 4;
        so.part_concurrency = cfg->object_storage.max_concurrent_uploads;
        return rmq_objstore_s3_open(&so, &b->store, err);
    }
    case RMQ_STORAGE_AZURE: {
        rmq_objstore_azure_opts_t ao;
        rmq_objstore_azure_opts_init(&ao);
        ao.common.retry.max_attempts = cfg->object_storage.max_attempts;
        ao.endpoint = cfg->object_storage.endpoint;
        /* Empty strings fall back to the environment (AZURE_STORAGE_*). */
        ao.account = *cfg->object_storage.access_key ? cfg->object_storage.access_key : NULL;
        ao.key = *cfg->object_storage.secret_key ? cfg->object_storage.secret_key : NULL;
        ao.container = cfg->object_storage.bucket;
        ao.block_threshold = cfg->object_storage.multipart_threshold;
        ao.put_parallel = cfg->object_storage.max_concurrent_uploads;
        ao.max_concurrent = cfg->object_storage.max_concurrent_uploads * 4;
        ao.timeout_ms = cfg->object_storage.request_timeout_ms;
        return rmq_objstore_azure_open(&ao, &b->store, err);
    }
    default:
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "object_storage.storage_type \"%s\" is not built into this broker",
                           type);
    }
}

/* Opens the object store and the tier's index; fills popts->tiered (caller frees). */
static int open_tier(rmq_broker_t *b, const rmq_config_t *cfg, rmq_plogset_opts_t *popts,
                     rmq_err_t *err)
{
    rmq_tier_opts_t to;
    char prefix[256];
    rmq_plog_tiered_t *tiered = NULL;
    int rc;

    if ((rc = open_store(b, cfg, err)) < 0)
        return rmq_err_prefix(err, "object storage");
    rmq_tier_opts_init(&to);
    snprintf(prefix, sizeof(prefix), "%s/b%d", cfg->object_storage.prefix, cfg->broker.id);
    to.store = b->store;
    to.kv = b->meta;
    to.prefix = prefix;
    to.upload_interval_ms = cfg->wal.upload_interval_ms;
    to.upload_bytes = cfg->object_storage.upload_bytes;
    to.max_uploads = cfg->object_storage.max_concurrent_uploads;
    to.extent_max_bytes = cfg->object_storage.extent_max_bytes;
    to.cache_bytes = cfg->cache.read_cache_size_bytes;
    to.policy = cfg->cache.eviction_policy;
    to.readahead_bytes = cfg->object_storage.readahead_bytes;
    to.compaction_interval_ms = cfg->object_storage.compaction_interval_ms;
    to.compaction_min_bytes = cfg->object_storage.compaction_min_bytes;
    to.delete_grace_ms = cfg->object_storage.delete_grace_ms;
    to.wal_capacity_bytes = cfg->wal.capacity_bytes;
    to.notify = tier_notify;
    to.notify_opaque = b;
    if ((rc = rmq_tier_open(&to, &b->tier, err)) < 0)
        return rc;
    popts->tiered_count = rmq_tier_tiered(b->tier, &tiered);
    popts->tiered = tiered;
    return 0;
}

int rmq_broker_open(const rmq_config_t *cfg, rmq_broker_t **bp, rmq_err_t *err)
{
    rmq_broker_t *b = rmq_calloc(1, sizeof(*b));
    rmq_plogset_opts_t popts;
    rmq_group_opts_t gopts;
    char parent[4000];
    int rc;

    if ((rc = rmq_config_check_supported(cfg, err)) < 0) {
        free(b);
        return rc;
    }
    copy_config(&b->cfg, cfg);
    pthread_mutex_init(&b->tick_lock, NULL);
    rmq_cond_init(&b->tick_cond);
    b->node_id = cfg->broker.id;
    /* Everything the broker keeps lives beside the WAL directory: <parent>/meta for the
     * metadata store, <parent>/state for partition-log checkpoints. */
    rmq_strlcpy(parent, cfg->wal.path, sizeof(parent));
    rmq_strlcpy(parent, dirname(parent), sizeof(parent));
    if (snprintf(b->meta_dir, sizeof(b->meta_dir), "%s/meta", parent) >= (int)sizeof(b->meta_dir) ||
        snprintf(b->state_dir, sizeof(b->state_dir), "%s/state", parent) >=
            (int)sizeof(b->state_dir)) {
        rc = rmq_err_set(err, RMQ_EINVAL, "wal.path '%s' is too long", cfg->wal.path);
        goto fail;
    }
    if ((rc = rmq_file_mkdir_p(cfg->wal.path, NULL)) < 0 ||
        (rc = rmq_file_mkdir_p(b->meta_dir, NULL)) < 0 ||
        (rc = rmq_file_mkdir_p(b->state_dir, NULL)) < 0) {
        rmq_err_set(err, rc, "creating data directories under %s: %s", parent, rmq_strerror(rc));
        goto fail;
    }
    if ((rc = rmq_kv_open(b->meta_dir, "metadata", &b->meta, err)) < 0)
        goto fail;
    if ((rc = rmq_topics_open(b->meta, &b->topics, err)) < 0)
        goto fail;
    rmq_group_opts_init(&gopts);
    if ((rc = rmq_group_mgr_new(&gopts, b->meta, &b->groups)) < 0)
        goto fail;
    rmq_plogset_opts_init(&popts);
    popts.dir = b->state_dir;
    popts.wal.dir = b->cfg.wal.path;
    popts.wal.segment_size_bytes = cfg->wal.segment_size_bytes;
    popts.wal.capacity_bytes = cfg->wal.capacity_bytes;
    popts.wal.buffer_size = cfg->wal.buffer_size;
    popts.wal.min_free_bytes = cfg->wal.min_free_bytes;
    popts.wal.fsync_mode = cfg->wal.fsync_on_write ? RMQ_WAL_FSYNC_GROUP : RMQ_WAL_FSYNC_INTERVAL;
    popts.wal.flush_interval_ms = cfg->wal.flush_interval_ms;
    popts.cache_bytes_global = cfg->cache.write_cache_size_bytes;
    if (getenv("RMQ_TEST_WAL_STALL_FILE")) {
        popts.wal.fault = env_wal_stall;
        popts.wal.fault_opaque = getenv("RMQ_TEST_WAL_STALL_FILE");
    }
    if ((rc = open_tier(b, cfg, &popts, err)) < 0)
        goto fail;
    rc = rmq_plogset_open(&popts, &b->pset, err);
    free((void *)popts.tiered);
    if (rc < 0)
        goto fail;
    /* Producer state first: it installs the snapshot taken before every WAL trim, and the
       uploader trims as soon as it starts. */
    if ((rc = rmq_produce_init(b, err)) < 0)
        goto fail;
    if ((rc = rmq_tier_start(b->tier, b->pset, err)) < 0)
        goto fail;
    {
        /* The cluster id is stable across restarts: made once, kept in the metadata store. */
        void *v = NULL;
        size_t vl = 0;
        if (rmq_kv_get(b->meta, "c\0id", 4, &v, &vl) == 0 && vl < sizeof(b->cluster_id)) {
            memcpy(b->cluster_id, v, vl);
            b->cluster_id[vl] = '\0';
        } else {
            snprintf(b->cluster_id, sizeof(b->cluster_id), "rustmq-%016" PRIx64,
                     rmq_mono_ns() ^ ((uint64_t)getpid() << 32) ^ (uint64_t)rmq_wall_ms());
            rc = rmq_kv_put(b->meta, "c\0id", 4, b->cluster_id, strlen(b->cluster_id));
            if (rc < 0) {
                rmq_err_set(err, rc, "writing cluster id: %s", rmq_strerror(rc));
                free(v);
                goto fail;
            }
        }
        free(v);
    }
    rmq_info(SUBSYS, "broker %d storage open: %zu partition logs, cluster %s", b->node_id,
             rmq_plogset_count(b->pset), b->cluster_id);
    *bp = b;
    return 0;
fail:
    rmq_tier_close(b->tier); /* first: it may trim, which calls into the producer state */
    if (b->producer_state)
        rmq_produce_stop(b);
    if (b->pset)
        rmq_plogset_close(b->pset);
    rmq_produce_shutdown(b);
    rmq_objstore_close(b->store);
    rmq_group_mgr_free(b->groups);
    rmq_topics_close(b->topics);
    rmq_kv_close(b->meta);
    free_config_copy(&b->cfg);
    free(b);
    return rc < 0 ? rc : RMQ_EINVAL;
}

int rmq_broker_start(rmq_broker_t *b, rmq_err_t *err)
{
    rmq_server_opts_t so;
    uint16_t port = 0;
    int rc;

    rmq_server_opts_init(&so);
    so.listen = b->cfg.network.kafka_listen;
    so.max_connections = b->cfg.network.max_connections;
    so.idle_timeout_ms = b->cfg.network.connection_timeout_ms;
    so.on_request = on_request;
    so.opaque = b;
    if (rmq_config_split_hostport(so.listen, b->host, sizeof(b->host), &port, err) < 0)
        return err ? err->code : RMQ_EINVAL;
    if ((rc = rmq_server_start(&so, &b->srv, err)) < 0)
        return rc;
    b->port = rmq_server_port(b->srv);
    if (!b->host[0] || strcmp(b->host, "0.0.0.0") == 0 || strcmp(b->host, "::") == 0)
        rmq_strlcpy(b->host, "127.0.0.1", sizeof(b->host));
    if ((rc = rmq_fetch_init(b)) < 0) {
        rmq_server_stop(b->srv, 0);
        b->srv = NULL;
        return rmq_err_set(err, rc, "starting the fetch poller: %s", rmq_strerror(rc));
    }
    if ((rc = rmq_thread_start(&b->ticker, "rmq-ticker", ticker_main, b, err)) < 0) {
        rmq_fetch_shutdown(b);
        rmq_server_stop(b->srv, 0);
        b->srv = NULL;
        return rc;
    }
    b->ticker_started = 1;
    rc = rmq_wd_start(b->cfg.broker.watchdog_ms, NULL, NULL);
    b->watchdog_started = rc == 0 && b->cfg.broker.watchdog_ms > 0;
    if (rc < 0 && rc != RMQ_EEXISTS)
        rmq_warn(SUBSYS, "watchdog not started: %s", rmq_strerror(rc));
    rmq_info(SUBSYS, "broker %d serving Kafka on %s:%d", b->node_id, b->host, b->port);
    return 0;
}

int rmq_broker_port(const rmq_broker_t *b)
{
    return b->port;
}

void rmq_broker_stop(rmq_broker_t *b, uint32_t drain_ms)
{
    if (b->srv)
        rmq_server_stop(b->srv, drain_ms);
    rmq_fetch_shutdown(b);
    __atomic_store_n(&b->stopping, 1, __ATOMIC_RELEASE);
    rmq_broker_kick(b);
    if (b->ticker_started)
        pthread_join(b->ticker, NULL);
    if (b->watchdog_started)
        rmq_wd_stop();
    rmq_group_mgr_free(b->groups);
    {
        uint64_t parked = 0, reparked = 0;
        rmq_produce_park_stats(b, &parked, &reparked);
        rmq_info(SUBSYS,
                 "produce: %" PRIu64 " request(s) parked on a full WAL buffer, %" PRIu64
                 " resume(s) found it full again",
                 parked, reparked);
    }
    rmq_produce_stop(b);        /* answers produces still parked on a full WAL buffer */
    rmq_tier_close(b->tier);    /* an upload in flight finishes or stays uncommitted */
    rmq_plogset_close(b->pset); /* syncs the WAL; completes queued produces */
    rmq_objstore_close(b->store);
    rmq_produce_shutdown(b);
    rmq_topics_close(b->topics);
    rmq_kv_close(b->meta);
    pthread_mutex_destroy(&b->tick_lock);
    pthread_cond_destroy(&b->tick_cond);
    free_config_copy(&b->cfg);
    rmq_info(SUBSYS, "broker stopped");
    free(b);
}
