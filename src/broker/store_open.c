/*
 * store_open.c - from the configuration to an open object store and tier: the backend's
 * options (local directory, S3 or GCS, Azure Blob), the tier's upload, cache and compaction
 * settings, and the test hooks the environment may set.
 */
#include "broker/broker_int.h"

#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

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
int rmq_broker_open_tier(rmq_broker_t *b, const rmq_config_t *cfg, rmq_plogset_opts_t *popts,
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
