/*
 * broker.c - the broker's lifecycle (open, start, stop), the ticker thread and topic and
 * partition lookup for the handlers. The request context and dispatch live in request.c, the
 * table of served APIs in apis.c, retention in retention.c, object store opening in
 * store_open.c.
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
    if (!rmq_admin_on_thread(b)) {
        /* A network worker never waits for the metadata journal. */
        int16_t ce = rmq_topics_check_name(buf, strlen(buf), &err);
        if (ce != RMQ_KERR_NONE) {
            *error = ce;
            return NULL;
        }
        rmq_admin_create_topic(b, buf);
        *error = RMQ_KERR_LEADER_NOT_AVAILABLE;
        return NULL;
    }
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
            rmq_broker_housekeeping(b);
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
    popts.wal.io_backend = strcmp(cfg->wal.io_engine, "io_uring") == 0 ? RMQ_WAL_IO_URING
                           : strcmp(cfg->wal.io_engine, "auto") == 0   ? RMQ_WAL_IO_AUTO
                                                                       : RMQ_WAL_IO_PWRITE;
    popts.wal.min_free_bytes = cfg->wal.min_free_bytes;
    popts.wal.fsync_mode = cfg->wal.fsync_on_write ? RMQ_WAL_FSYNC_GROUP : RMQ_WAL_FSYNC_INTERVAL;
    popts.wal.flush_interval_ms = cfg->wal.flush_interval_ms;
    popts.cache_bytes_global = cfg->cache.write_cache_size_bytes;
    if (getenv("RMQ_TEST_WAL_STALL_FILE")) {
        popts.wal.fault = env_wal_stall;
        popts.wal.fault_opaque = getenv("RMQ_TEST_WAL_STALL_FILE");
    }
    if ((rc = rmq_broker_open_tier(b, cfg, &popts, err)) < 0)
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

/* The advertised port is set before the first connection is accepted (server.h on_bound). */
static void on_bound(void *opaque, int port)
{
    rmq_broker_t *b = opaque;
    b->port = port;
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
    so.on_request = rmq_req_dispatch;
    so.opaque = b;
    if (rmq_config_split_hostport(so.listen, b->host, sizeof(b->host), &port, err) < 0)
        return err ? err->code : RMQ_EINVAL;
    if (!b->host[0] || strcmp(b->host, "0.0.0.0") == 0 || strcmp(b->host, "::") == 0)
        rmq_strlcpy(b->host, "127.0.0.1", sizeof(b->host));
    so.on_bound = on_bound;
    /* The long-poll state first: produces completing on the WAL thread notify it. */
    if ((rc = rmq_fetch_init(b)) < 0)
        return rmq_err_set(err, rc, "starting the fetch poller: %s", rmq_strerror(rc));
    if ((rc = rmq_admin_exec_start(b, err)) < 0) {
        rmq_fetch_shutdown(b);
        return rc;
    }
    if ((rc = rmq_server_start(&so, &b->srv, err)) < 0) {
        rmq_admin_exec_stop(b);
        rmq_fetch_shutdown(b);
        return rc;
    }
    if ((rc = rmq_thread_start(&b->ticker, "rmq-ticker", ticker_main, b, err)) < 0) {
        rmq_server_stop(b->srv, 0);
        b->srv = NULL;
        rmq_admin_exec_stop(b);
        rmq_fetch_shutdown(b);
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

/* "name=p50/p99/p99.9/count" for one histogram. */
static size_t lat_part(char *out, size_t n, const char *name, const rmq_hist_t *h)
{
    int w = snprintf(out, n, " %s=%" PRIu64 "/%" PRIu64 "/%" PRIu64 "/%" PRIu64, name,
                     rmq_hist_pct(h, 50), rmq_hist_pct(h, 99), rmq_hist_pct(h, 99.9),
                     rmq_hist_count(h));
    return w < 0 ? 0 : (size_t)w >= n ? n - 1 : (size_t)w;
}

/* One line: where produce requests spent their time since the broker started (us). */
static void log_latency(rmq_broker_t *b)
{
    char line[1024];
    size_t k = 0;
    rmq_wal_latency_t *wl =
        rmq_plogset_wal(b->pset) ? rmq_wal_latency(rmq_plogset_wal(b->pset)) : NULL;

    k += lat_part(line + k, sizeof(line) - k, "produce.decode", &b->lat.produce_decode);
    if (wl) {
        k += lat_part(line + k, sizeof(line) - k, "wal.queue", &wl->queue);
        k += lat_part(line + k, sizeof(line) - k, "wal.write", &wl->write);
        k += lat_part(line + k, sizeof(line) - k, "wal.sync", &wl->sync);
        k += lat_part(line + k, sizeof(line) - k, "wal.callbacks", &wl->callbacks);
    }
    k += lat_part(line + k, sizeof(line) - k, "produce.respond", &b->lat.produce_respond);
    if (b->srv)
        k += lat_part(line + k, sizeof(line) - k, "net.respond_to_write",
                      rmq_server_respond_latency(b->srv));
    lat_part(line + k, sizeof(line) - k, "produce.total", &b->lat.produce_total);
    rmq_info(SUBSYS, "latency breakdown (us: p50/p99/p99.9/count):%s", line);
}

void rmq_broker_stop(rmq_broker_t *b, uint32_t drain_ms)
{
    log_latency(b);
    if (b->srv)
        rmq_server_stop(b->srv, drain_ms);
    rmq_admin_exec_stop(b); /* answers what is queued */
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
    rmq_fetch_free(b);
    rmq_produce_shutdown(b);
    rmq_topics_close(b->topics);
    rmq_kv_close(b->meta);
    pthread_mutex_destroy(&b->tick_lock);
    pthread_cond_destroy(&b->tick_cond);
    free_config_copy(&b->cfg);
    rmq_info(SUBSYS, "broker stopped");
    free(b);
}
