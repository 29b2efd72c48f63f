/*
 * config.h - RustMQ's typed configuration, loaded from a TOML file.
 *
 * Every section and key, its type, default and meaning is listed in docs/configuration.md;
 * config/standalone.toml (and docs/cluster-config/broker.toml, controller.toml) spell out every key
 * with its default. Key names follow the original RustMQ's where both have the key.
 *
 * Loading rules:
 *   - Keys absent from the file keep their default (rmq_config_defaults()).
 *   - An unknown section or key is not an error: it is logged with
 *     rmq_warn("config", "FILE:LINE: unknown key 'x.y'") and counted in cfg->warnings.
 *   - A value of the wrong type, out of range, or inconsistent with another value fails the
 *     whole load with RMQ_EINVAL and a message "FILE:LINE: key 'wal.capacity_bytes': reason".
 *     A TOML syntax error fails with RMQ_ESYNTAX and "FILE: line N: reason".
 *   - Sizes (keys ending in _bytes, buffer_size, multipart_threshold) are integers of bytes,
 *     or strings with a unit: "512KiB", "64MiB", "1GiB", "1TiB" (powers of 1024), "64KB",
 *     "10MB", "1GB", "1TB" (powers of 1000), "100B"; the unit is case-insensitive and may be
 *     preceded by spaces.
 *   - Listen addresses are "host:port" (IPv6 hosts in brackets: "[::1]:9092"), port 1-65535.
 *
 * Ownership: every string (and string array) in rmq_config_t is owned by the config and freed
 * by rmq_config_release(). Callers treat the struct as read-only after loading; to change a
 * string field, free the old one with free() and store a heap string (rmq_strdup).
 * Thread: loading is done once at startup, on any one thread; a loaded config may then be
 * read from any thread.
 */
#ifndef RMQ_CONFIG_CONFIG_H
#define RMQ_CONFIG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

typedef enum rmq_eviction_policy {
    RMQ_EVICTION_LRU = 0, /* "lru" */
    RMQ_EVICTION_LFU,     /* "lfu" */
    RMQ_EVICTION_S3FIFO,  /* "s3fifo" */
} rmq_eviction_policy_t;

typedef enum rmq_storage_type {
    RMQ_STORAGE_LOCAL = 0, /* "local": a directory (object_storage.path) */
    RMQ_STORAGE_S3,        /* "s3": Amazon S3 or any S3-compatible endpoint */
    RMQ_STORAGE_GCS,       /* "gcs": Google Cloud Storage (XML API, HMAC keys) */
    RMQ_STORAGE_AZURE,     /* "azure": Azure Blob Storage */
} rmq_storage_type_t;

typedef struct rmq_config {
    struct {
        int32_t id;                           /* Kafka node id, 0..2^31-1 */
        char *rack_id;                        /* "" = no rack */
        bool auto_create_topics;              /* create unknown topics on produce/metadata */
        int32_t default_partitions;           /* partitions of an auto-created topic */
        int16_t default_replication_factor;   /* replicas of an auto-created topic */
        uint32_t watchdog_ms;                 /* report a thread busy this long (0 = no watchdog) */
        uint32_t producer_id_expiration_ms;   /* forget an idle idempotent producer after this */
        uint32_t retention_check_interval_ms; /* retention, producer snapshots, WAL trim */
    } broker;
    struct {
        char *kafka_listen;   /* host:port of the Kafka protocol listener (TCP) */
        char *quic_listen;    /* host:port of the QUIC listener (UDP); "" = disabled */
        char *rpc_listen;     /* host:port of the broker gRPC service; "" = disabled */
        char *metrics_listen; /* host:port of HTTP /metrics and /health; "" = disabled */
        uint32_t max_connections;
        uint32_t connection_timeout_ms;
        uint64_t fetch_max_bytes; /* most bytes one fetch response carries */
    } network;
    struct {
        char *path;
        uint64_t capacity_bytes;
        bool fsync_on_write;
        uint64_t segment_size_bytes;
        uint64_t buffer_size;
        char *io_engine; /* "pwritev", "io_uring" or "auto" (io_uring when the kernel allows) */
        uint64_t min_free_bytes; /* free-space reserve of the WAL's file system (0 = none) */
        uint32_t upload_interval_ms;
        uint32_t flush_interval_ms;
    } wal;
    struct {
        uint64_t write_cache_size_bytes;
        uint64_t read_cache_size_bytes;
        rmq_eviction_policy_t eviction_policy;
    } cache;
    struct {
        rmq_storage_type_t storage_type;
        char *path; /* local storage directory */
        char *bucket;
        char *region;
        char *endpoint; /* "" = the provider's default endpoint */
        char *access_key;
        char *secret_key;
        uint64_t multipart_threshold;
        uint32_t max_concurrent_uploads;
        char *session_token;   /* S3 temporary credentials; "" = none */
        char *addressing;      /* S3: "auto", "path" or "virtual" */
        bool unsigned_payload; /* S3: sign UNSIGNED-PAYLOAD instead of the body's hash */
        uint32_t request_timeout_ms;
        uint32_t max_attempts;           /* tries per request, the first included */
        char *prefix;                    /* key prefix of this cluster's objects */
        uint64_t upload_bytes;           /* upload as soon as this much is pending (object size) */
        uint64_t extent_max_bytes;       /* largest per-partition range in a compacted object */
        uint64_t readahead_bytes;        /* loaded ahead of a sequential reader */
        uint32_t compaction_interval_ms; /* 0 = no compaction */
        uint64_t compaction_min_bytes;
        uint32_t delete_grace_ms; /* dead objects are deleted this long after */
    } object_storage;
    struct {
        char **endpoints; /* controllers' gRPC addresses (host:port), endpoint_count >= 1 */
        size_t endpoint_count;
        char *bind_addr; /* host the controller listens on */
        uint16_t rpc_port;
        uint16_t raft_port;
        uint16_t admin_port;
        char *data_dir; /* Raft log and snapshots */
        uint32_t election_timeout_ms;
        uint32_t heartbeat_interval_ms;
    } controller;
    struct {
        uint32_t min_in_sync_replicas;
        uint32_t ack_timeout_ms;
        uint64_t max_replication_lag; /* offsets a follower may trail before leaving the ISR */
        uint32_t heartbeat_timeout_ms;
    } replication;
    struct {
        bool enabled;           /* authenticate clients and enforce ACLs */
        char **sasl_mechanisms; /* "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512" */
        size_t sasl_mechanism_count;
        struct {
            bool enabled;
            char *ca_cert_path;
            char *server_cert_path;
            char *server_key_path;
            bool client_cert_required; /* mTLS */
        } tls;
    } security;
    struct {
        bool enabled;
        uint64_t memory_limit_bytes;   /* per module instance */
        uint32_t execution_timeout_ms; /* per record */
        char *module_dir;
    } etl;
    struct {
        char *level; /* an rmq_log_configure() spec: "info", "warn,wal=debug" */
    } log;
    struct {
        bool enabled; /* run controller, broker and admin API in one process */
    } standalone;

    char *source;      /* the file name (or the name given to load_string) */
    unsigned warnings; /* unknown keys seen by the last load */
} rmq_config_t;

/* Fills cfg with the defaults (allocating its strings). Release with rmq_config_release(). */
void rmq_config_defaults(rmq_config_t *cfg);

/*
 * Loads a TOML file over the defaults. On success returns 0 and cfg holds the result. On
 * failure returns -errno (file not readable), RMQ_ESYNTAX or RMQ_EINVAL with err set, and cfg
 * holds the defaults. Either way cfg must be released with rmq_config_release(). cfg's previous
 * contents are overwritten, not freed: pass a fresh or released struct. Files larger than
 * 16 MiB are refused (RMQ_ETOOBIG).
 */
int rmq_config_load_file(const char *path, rmq_config_t *cfg, rmq_err_t *err);

/*
 * The same from text in memory; name (NULL: "<string>") stands for the file name in messages.
 */
int rmq_config_load_string(const char *text, size_t len, const char *name, rmq_config_t *cfg,
                           rmq_err_t *err);

/*
 * Refuses settings this build cannot honour instead of ignoring them: a QUIC, RPC or metrics
 * listener, [security] (TLS, SASL), [etl], or replication.min_in_sync_replicas above 1.
 * Returns 0, or RMQ_EUNSUPPORTED with "FILE: key 'x.y': ... not supported yet ..." in err.
 */
int rmq_config_check_supported(const rmq_config_t *cfg, rmq_err_t *err);

/* Frees every string the config owns and zeroes it. A zeroed struct is a no-op. */
void rmq_config_release(rmq_config_t *cfg);

/* "lru"/"lfu"/"s3fifo"; "local"/"s3"/"gcs"/"azure". Static storage. */
const char *rmq_config_eviction_name(rmq_eviction_policy_t policy);
const char *rmq_config_storage_name(rmq_storage_type_t type);

/*
 * Splits "host:port" (host may be "[v6]"): validates it and copies the host (brackets
 * removed) into host[hostsize]. Returns 0, or RMQ_EINVAL with a reason in err.
 */
int rmq_config_split_hostport(const char *addr, char *host, size_t hostsize, uint16_t *port,
                              rmq_err_t *err);

#endif
