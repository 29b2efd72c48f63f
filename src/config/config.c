/*
 * config.c - typed configuration on top of the TOML parser.
 *
 * One table (keys[]) describes every key: its dotted name, its type, where it lives in
 * rmq_config_t and its allowed range. Loading walks the document, looks each key up in that
 * table and converts the value; anything the table does not know is an unknown key (warned
 * about, counted, skipped). A section (a table) is known when some key's name starts with it,
 * so the walk only descends into known sections and its depth is bounded by the longest
 * name, whatever the document's shape. Checks that involve two keys run after the walk.
 *
 * The load builds a fresh config and moves it into the caller's only on success, so a failed
 * load never leaves a half-applied config behind.
 */
#include "config/config.h"

#include "common/log.h"
#include "common/mem.h"
#include "config/toml.h"

#define MAX_CONFIG_FILE   (16u << 20)
#define MAX_ARRAY_ITEMS   64
#define MAX_HOST_LEN      253
#define MAX_LOG_SPEC      511
#define LOG_SUBSYS_MAXLEN 23 /* log.c keeps 24-byte names */
#define LOG_MAX_SUBSYS    32

typedef enum ktype {
    KT_STR,        /* string; min = minimum length */
    KT_BOOL,       /* bool */
    KT_I16,        /* integer into int16_t, [min, max] */
    KT_I32,        /* integer into int32_t */
    KT_U16,        /* integer into uint16_t */
    KT_U32,        /* integer into uint32_t */
    KT_U64,        /* integer into uint64_t */
    KT_SIZE,       /* integer or "64MiB" string into uint64_t */
    KT_LISTEN,     /* "host:port" */
    KT_LISTEN_OPT, /* "host:port" or "" */
    KT_HOST,       /* a host name or address, no port */
    KT_HOSTPORTS,  /* array of "host:port", at least one */
    KT_SASL,       /* array of SASL mechanism names */
    KT_EVICTION,   /* "lru" | "lfu" | "s3fifo" */
    KT_STORAGE,    /* "local" | "s3" | "gcs" | "azure" */
    KT_LOGSPEC,    /* an rmq_log_configure() spec */
} ktype_t;

typedef struct keydesc {
    const char *name;
    ktype_t type;
    size_t off;       /* offset of the field in rmq_config_t */
    size_t count_off; /* arrays: offset of the size_t element count */
    int64_t min, max;
} keydesc_t;

#define F(field) offsetof(rmq_config_t, field)
#define K(n, t, field, lo, hi)                                                                     \
    {                                                                                              \
        n, t, F(field), 0, lo, hi                                                                  \
    }
#define KA(n, t, field, count)                                                                     \
    {                                                                                              \
        n, t, F(field), F(count), 0, 0                                                             \
    }

#define U32MAX ((int64_t)UINT32_MAX)
#define I64MAX INT64_MAX
#define MS_DAY (24 * 3600 * 1000LL)
#define GiB    (1LL << 30)
#define TiB    (1LL << 40)

static const keydesc_t keys[] = {
    K("broker.id", KT_I32, broker.id, 0, INT32_MAX),
    K("broker.rack_id", KT_STR, broker.rack_id, 0, 0),
    K("broker.auto_create_topics", KT_BOOL, broker.auto_create_topics, 0, 0),
    K("broker.default_partitions", KT_I32, broker.default_partitions, 1, 100000),
    K("broker.default_replication_factor", KT_I16, broker.default_replication_factor, 1, 32),
    K("broker.watchdog_ms", KT_U32, broker.watchdog_ms, 0, MS_DAY),
    K("broker.producer_id_expiration_ms", KT_U32, broker.producer_id_expiration_ms, 1000, U32MAX),
    K("broker.retention_check_interval_ms", KT_U32, broker.retention_check_interval_ms, 100,
      MS_DAY),

    K("network.kafka_listen", KT_LISTEN, network.kafka_listen, 0, 0),
    K("network.quic_listen", KT_LISTEN_OPT, network.quic_listen, 0, 0),
    K("network.rpc_listen", KT_LISTEN_OPT, network.rpc_listen, 0, 0),
    K("network.metrics_listen", KT_LISTEN_OPT, network.metrics_listen, 0, 0),
    K("network.max_connections", KT_U32, network.max_connections, 1, 1000000),
    K("network.connection_timeout_ms", KT_U32, network.connection_timeout_ms, 1, MS_DAY),
    K("network.fetch_max_bytes", KT_SIZE, network.fetch_max_bytes, 1024, GiB),

    K("wal.path", KT_STR, wal.path, 1, 0),
    K("wal.capacity_bytes", KT_SIZE, wal.capacity_bytes, 1, I64MAX),
    K("wal.fsync_on_write", KT_BOOL, wal.fsync_on_write, 0, 0),
    K("wal.segment_size_bytes", KT_SIZE, wal.segment_size_bytes, 4096, I64MAX),
    K("wal.buffer_size", KT_SIZE, wal.buffer_size, 512, GiB),
    K("wal.io_engine", KT_STR, wal.io_engine, 1, 0),
    K("wal.min_free_bytes", KT_SIZE, wal.min_free_bytes, 0, TiB),
    K("wal.upload_interval_ms", KT_U32, wal.upload_interval_ms, 1, MS_DAY),
    K("wal.flush_interval_ms", KT_U32, wal.flush_interval_ms, 1, MS_DAY),

    K("cache.write_cache_size_bytes", KT_SIZE, cache.write_cache_size_bytes, 0, TiB),
    K("cache.read_cache_size_bytes", KT_SIZE, cache.read_cache_size_bytes, 0, TiB),
    K("cache.eviction_policy", KT_EVICTION, cache.eviction_policy, 0, 0),

    K("object_storage.storage_type", KT_STORAGE, object_storage.storage_type, 0, 0),
    K("object_storage.path", KT_STR, object_storage.path, 0, 0),
    K("object_storage.bucket", KT_STR, object_storage.bucket, 0, 0),
    K("object_storage.region", KT_STR, object_storage.region, 0, 0),
    K("object_storage.endpoint", KT_STR, object_storage.endpoint, 0, 0),
    K("object_storage.access_key", KT_STR, object_storage.access_key, 0, 0),
    K("object_storage.secret_key", KT_STR, object_storage.secret_key, 0, 0),
    K("object_storage.multipart_threshold", KT_SIZE, object_storage.multipart_threshold, 1,
      5 * TiB),
    K("object_storage.max_concurrent_uploads", KT_U32, object_storage.max_concurrent_uploads, 1,
      1024),
    K("object_storage.session_token", KT_STR, object_storage.session_token, 0, 0),
    K("object_storage.addressing", KT_STR, object_storage.addressing, 1, 0),
    K("object_storage.unsigned_payload", KT_BOOL, object_storage.unsigned_payload, 0, 0),
    K("object_storage.request_timeout_ms", KT_U32, object_storage.request_timeout_ms, 100, MS_DAY),
    K("object_storage.max_attempts", KT_U32, object_storage.max_attempts, 1, 100),
    K("object_storage.prefix", KT_STR, object_storage.prefix, 1, 0),
    K("object_storage.upload_bytes", KT_SIZE, object_storage.upload_bytes, 4096, GiB),
    K("object_storage.extent_max_bytes", KT_SIZE, object_storage.extent_max_bytes, 4096, GiB),
    K("object_storage.readahead_bytes", KT_SIZE, object_storage.readahead_bytes, 0, TiB),
    K("object_storage.compaction_interval_ms", KT_U32, object_storage.compaction_interval_ms, 0,
      MS_DAY),
    K("object_storage.compaction_min_bytes", KT_SIZE, object_storage.compaction_min_bytes, 1, TiB),
    K("object_storage.delete_grace_ms", KT_U32, object_storage.delete_grace_ms, 0, MS_DAY),

    KA("controller.endpoints", KT_HOSTPORTS, controller.endpoints, controller.endpoint_count),
    K("controller.bind_addr", KT_HOST, controller.bind_addr, 0, 0),
    K("controller.rpc_port", KT_U16, controller.rpc_port, 1, 65535),
    K("controller.raft_port", KT_U16, controller.raft_port, 1, 65535),
    K("controller.admin_port", KT_U16, controller.admin_port, 1, 65535),
    K("controller.data_dir", KT_STR, controller.data_dir, 1, 0),
    K("controller.election_timeout_ms", KT_U32, controller.election_timeout_ms, 10, MS_DAY),
    K("controller.heartbeat_interval_ms", KT_U32, controller.heartbeat_interval_ms, 1, MS_DAY),

    K("replication.min_in_sync_replicas", KT_U32, replication.min_in_sync_replicas, 1, 32),
    K("replication.ack_timeout_ms", KT_U32, replication.ack_timeout_ms, 1, MS_DAY),
    K("replication.max_replication_lag", KT_U64, replication.max_replication_lag, 0, I64MAX),
    K("replication.heartbeat_timeout_ms", KT_U32, replication.heartbeat_timeout_ms, 1, MS_DAY),

    K("security.enabled", KT_BOOL, security.enabled, 0, 0),
    KA("security.sasl_mechanisms", KT_SASL, security.sasl_mechanisms,
       security.sasl_mechanism_count),
    K("security.tls.enabled", KT_BOOL, security.tls.enabled, 0, 0),
    K("security.tls.ca_cert_path", KT_STR, security.tls.ca_cert_path, 0, 0),
    K("security.tls.server_cert_path", KT_STR, security.tls.server_cert_path, 0, 0),
    K("security.tls.server_key_path", KT_STR, security.tls.server_key_path, 0, 0),
    K("security.tls.client_cert_required", KT_BOOL, security.tls.client_cert_required, 0, 0),

    K("etl.enabled", KT_BOOL, etl.enabled, 0, 0),
    K("etl.memory_limit_bytes", KT_SIZE, etl.memory_limit_bytes, 65536, 4 * GiB),
    K("etl.execution_timeout_ms", KT_U32, etl.execution_timeout_ms, 1, 3600 * 1000),
    K("etl.module_dir", KT_STR, etl.module_dir, 1, 0),

    K("log.level", KT_LOGSPEC, log.level, 0, 0),

    K("standalone.enabled", KT_BOOL, standalone.enabled, 0, 0),
};

#define NKEYS RMQ_ARRAY_SIZE(keys)

static const char *const sasl_names[] = {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"};
static const char *const eviction_names[] = {"lru", "lfu", "s3fifo"};
static const char *const storage_names[] = {"local", "s3", "gcs", "azure"};

typedef struct loader {
    rmq_config_t *cfg;
    const char *name;
    rmq_err_t *err;
    int lines[NKEYS]; /* where each key was set; 0 = default */
} loader_t;

/* ------------------------------------------------------------------ field access */

static void *field(rmq_config_t *cfg, size_t off)
{
    return (char *)cfg + off;
}

static void set_str(rmq_config_t *cfg, size_t off, const char *s)
{
    char **p = field(cfg, off);

    free(*p);
    *p = rmq_strdup(s);
}

static void free_strv(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void set_strv(rmq_config_t *cfg, const keydesc_t *k, char **v, size_t n)
{
    char ***pv = field(cfg, k->off);
    size_t *pn = field(cfg, k->count_off);

    free_strv(*pv, *pn);
    *pv = v;
    *pn = n;
}

/* ------------------------------------------------------------------ defaults */

void rmq_config_defaults(rmq_config_t *cfg)
{
    memset(cfg, 0, sizeof(*cfg));

    cfg->broker.id = 1;
    cfg->broker.rack_id = rmq_strdup("");
    cfg->broker.auto_create_topics = true;
    cfg->broker.default_partitions = 1;
    cfg->broker.default_replication_factor = 1;
    cfg->broker.watchdog_ms = 5000;
    cfg->broker.producer_id_expiration_ms = 86400000; /* Kafka's producer.id.expiration.ms */
    cfg->broker.retention_check_interval_ms = 2000;

    cfg->network.kafka_listen = rmq_strdup("127.0.0.1:9092");
    /* Listeners of features not built yet: empty, and refused when set (see
       rmq_config_check_supported). */
    cfg->network.quic_listen = rmq_strdup("");
    cfg->network.rpc_listen = rmq_strdup("");
    cfg->network.metrics_listen = rmq_strdup("");
    cfg->network.max_connections = 1000;
    cfg->network.connection_timeout_ms = 600000; /* Kafka's connections.max.idle.ms */
    cfg->network.fetch_max_bytes = 16u << 20;

    cfg->wal.path = rmq_strdup("./data/wal");
    cfg->wal.capacity_bytes = 1ULL << 30;
    cfg->wal.fsync_on_write = true;
    cfg->wal.segment_size_bytes = 64ULL << 20;
    cfg->wal.buffer_size = 1ULL << 20;
    cfg->wal.io_engine = rmq_strdup("pwritev");
    cfg->wal.min_free_bytes = 256ULL << 20;
    cfg->wal.upload_interval_ms = 10000;
    cfg->wal.flush_interval_ms = 100;

    cfg->cache.write_cache_size_bytes = 64ULL << 20;
    cfg->cache.read_cache_size_bytes = 128ULL << 20;
    cfg->cache.eviction_policy = RMQ_EVICTION_LRU;

    cfg->object_storage.storage_type = RMQ_STORAGE_LOCAL;
    cfg->object_storage.path = rmq_strdup("./data/objects");
    cfg->object_storage.bucket = rmq_strdup("");
    cfg->object_storage.region = rmq_strdup("us-central1");
    cfg->object_storage.endpoint = rmq_strdup("");
    cfg->object_storage.access_key = rmq_strdup("");
    cfg->object_storage.secret_key = rmq_strdup("");
    cfg->object_storage.multipart_threshold = 64ULL << 20;
    cfg->object_storage.max_concurrent_uploads = 4;
    cfg->object_storage.session_token = rmq_strdup("");
    cfg->object_storage.addressing = rmq_strdup("auto");
    cfg->object_storage.unsigned_payload = false;
    cfg->object_storage.request_timeout_ms = 30000;
    cfg->object_storage.max_attempts = 4;
    cfg->object_storage.prefix = rmq_strdup("rustmq");
    cfg->object_storage.upload_bytes = 16ULL << 20;
    cfg->object_storage.extent_max_bytes = 8ULL << 20;
    cfg->object_storage.readahead_bytes = 32ULL << 20;
    cfg->object_storage.compaction_interval_ms = 60000;
    cfg->object_storage.compaction_min_bytes = 32ULL << 20;
    cfg->object_storage.delete_grace_ms = 10000;

    cfg->controller.endpoints = rmq_malloc(sizeof(char *));
    cfg->controller.endpoints[0] = rmq_strdup("127.0.0.1:9094");
    cfg->controller.endpoint_count = 1;
    cfg->controller.bind_addr = rmq_strdup("127.0.0.1");
    cfg->controller.rpc_port = 9094;
    cfg->controller.raft_port = 9095;
    cfg->controller.admin_port = 9642;
    cfg->controller.data_dir = rmq_strdup("./data/controller");
    cfg->controller.election_timeout_ms = 3000;
    cfg->controller.heartbeat_interval_ms = 1000;

    cfg->replication.min_in_sync_replicas = 1;
    cfg->replication.ack_timeout_ms = 5000;
    cfg->replication.max_replication_lag = 5000;
    cfg->replication.heartbeat_timeout_ms = 3000;

    cfg->security.enabled = false;
    cfg->security.sasl_mechanisms = NULL;
    cfg->security.sasl_mechanism_count = 0;
    cfg->security.tls.enabled = false;
    cfg->security.tls.ca_cert_path = rmq_strdup("");
    cfg->security.tls.server_cert_path = rmq_strdup("");
    cfg->security.tls.server_key_path = rmq_strdup("");
    cfg->security.tls.client_cert_required = false;

    cfg->etl.enabled = false;
    cfg->etl.memory_limit_bytes = 16ULL << 20;
    cfg->etl.execution_timeout_ms = 100;
    cfg->etl.module_dir = rmq_strdup("./data/etl");

    cfg->log.level = rmq_strdup("info");
    cfg->standalone.enabled = false;
    cfg->source = rmq_strdup("<defaults>");
}

void rmq_config_release(rmq_config_t *cfg)
{
    if (!cfg)
        return;
    for (size_t i = 0; i < NKEYS; i++) {
        const keydesc_t *k = &keys[i];
        if (k->type == KT_HOSTPORTS || k->type == KT_SASL) {
            free_strv(*(char ***)field(cfg, k->off), *(size_t *)field(cfg, k->count_off));
        } else if (k->type == KT_STR || k->type == KT_LISTEN || k->type == KT_LISTEN_OPT ||
                   k->type == KT_HOST || k->type == KT_LOGSPEC) {
            free(*(char **)field(cfg, k->off));
        }
    }
    free(cfg->source);
    memset(cfg, 0, sizeof(*cfg));
}

int rmq_config_check_supported(const rmq_config_t *cfg, rmq_err_t *err)
{
    const char *src = cfg->source ? cfg->source : "<config>";
    static const char more[] = "not supported yet by this build";

    if (*cfg->network.quic_listen)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: key 'network.quic_listen': QUIC is %s (set it to \"\")", src, more);
    if (*cfg->network.rpc_listen)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: key 'network.rpc_listen': the broker RPC service (cluster mode) "
                           "is %s (set it to \"\")",
                           src, more);
    if (*cfg->network.metrics_listen)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: key 'network.metrics_listen': the metrics endpoint is %s (set it "
                           "to \"\")",
                           src, more);
    if (cfg->security.enabled || cfg->security.tls.enabled || cfg->security.sasl_mechanism_count)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: section [security]: TLS, SASL and ACLs are %s; the broker "
                           "would serve plaintext without authentication, so it does not start "
                           "(set security.enabled and security.tls.enabled to false and "
                           "sasl_mechanisms to [])",
                           src, more);
    if (cfg->etl.enabled)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: key 'etl.enabled': WebAssembly transforms are %s", src, more);
    if (cfg->replication.min_in_sync_replicas > 1)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "%s: key 'replication.min_in_sync_replicas' = %u: replication is %s "
                           "(a single broker is the whole ISR; set it to 1)",
                           src, cfg->replication.min_in_sync_replicas, more);
    return 0;
}

const char *rmq_config_eviction_name(rmq_eviction_policy_t policy)
{
    return (unsigned)policy < RMQ_ARRAY_SIZE(eviction_names) ? eviction_names[policy] : "?";
}

const char *rmq_config_storage_name(rmq_storage_type_t type)
{
    return (unsigned)type < RMQ_ARRAY_SIZE(storage_names) ? storage_names[type] : "?";
}

/* ------------------------------------------------------------------ value checks */

static bool host_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
}

static bool v6_char(int c)
{
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == ':' ||
           c == '.';
}

/* A host name, an IPv4 address, or an IPv6 address (bracketed when `bracketed`). */
static int check_host(const char *h, size_t n, bool v6, rmq_err_t *err)
{
    if (n == 0)
        return rmq_err_set(err, RMQ_EINVAL, "empty host");
    if (n > MAX_HOST_LEN)
        return rmq_err_set(err, RMQ_EINVAL, "host longer than %d characters", MAX_HOST_LEN);
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)h[i];
        if (v6 ? !v6_char(c) : !host_char(c))
            return rmq_err_set(err, RMQ_EINVAL, "invalid character in %s",
                               v6 ? "IPv6 address" : "host");
    }
    if (v6 && !memchr(h, ':', n))
        return rmq_err_set(err, RMQ_EINVAL, "bracketed host is not an IPv6 address");
    return 0;
}

int rmq_config_split_hostport(const char *addr, char *host, size_t hostsize, uint16_t *port,
                              rmq_err_t *err)
{
    const char *h, *colon;
    size_t hn;
    bool v6 = false;
    unsigned long p = 0;
    int rc;

    if (addr[0] == '[') {
        const char *close = strchr(addr, ']');
        if (!close)
            return rmq_err_set(err, RMQ_EINVAL, "missing ']' after IPv6 address");
        h = addr + 1;
        hn = (size_t)(close - h);
        colon = close + 1;
        if (*colon != ':')
            return rmq_err_set(err, RMQ_EINVAL, "expected ':port' after ']'");
        v6 = true;
    } else {
        colon = strrchr(addr, ':');
        if (!colon)
            return rmq_err_set(err, RMQ_EINVAL, "expected host:port");
        h = addr;
        hn = (size_t)(colon - addr);
        if (memchr(h, ':', hn))
            return rmq_err_set(err, RMQ_EINVAL, "an IPv6 host must be written in brackets");
    }
    if ((rc = check_host(h, hn, v6, err)))
        return rc;
    const char *ps = colon + 1;
    if (!*ps)
        return rmq_err_set(err, RMQ_EINVAL, "missing port");
    for (size_t i = 0; ps[i]; i++) {
        if (ps[i] < '0' || ps[i] > '9' || i >= 5)
            return rmq_err_set(err, RMQ_EINVAL, "port must be a number from 1 to 65535");
        p = p * 10 + (unsigned long)(ps[i] - '0');
    }
    if (p < 1 || p > 65535)
        return rmq_err_set(err, RMQ_EINVAL, "port must be a number from 1 to 65535");
    if (host) {
        if (hn + 1 > hostsize)
            return rmq_err_set(err, RMQ_EINVAL, "host too long");
        memcpy(host, h, hn);
        host[hn] = '\0';
    }
    if (port)
        *port = (uint16_t)p;
    return 0;
}

/* Mirrors what rmq_log_configure() accepts, without applying anything. */
static int check_log_spec(const char *spec, rmq_err_t *err)
{
    char copy[MAX_LOG_SPEC + 1], *save = NULL, *tok;
    int ntok = 0, nsub = 0;

    if (rmq_strlcpy(copy, spec, sizeof(copy)) >= sizeof(copy))
        return rmq_err_set(err, RMQ_EINVAL, "longer than %d characters", MAX_LOG_SPEC);
    for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(tok, '=');

        while (*tok == ' ')
            tok++;
        ntok++;
        if (!eq) {
            if (rmq_log_level_parse(tok) < 0)
                return rmq_err_set(err, RMQ_EINVAL,
                                   "unknown level (trace, debug, info, warn, error, off)");
            continue;
        }
        *eq = '\0';
        if (rmq_log_level_parse(eq + 1) < 0)
            return rmq_err_set(err, RMQ_EINVAL,
                               "unknown level (trace, debug, info, warn, error, off)");
        if (!*tok || strlen(tok) > LOG_SUBSYS_MAXLEN)
            return rmq_err_set(err, RMQ_EINVAL, "subsystem name must have 1 to %d characters",
                               LOG_SUBSYS_MAXLEN);
        if (++nsub > LOG_MAX_SUBSYS)
            return rmq_err_set(err, RMQ_EINVAL, "more than %d subsystems", LOG_MAX_SUBSYS);
    }
    if (ntok == 0)
        return rmq_err_set(err, RMQ_EINVAL, "empty (use e.g. \"info\" or \"warn,wal=debug\")");
    return 0;
}

/* "64MiB" and friends. */
static int parse_size_string(const char *s, uint64_t *out, rmq_err_t *err)
{
    static const struct {
        const char *unit;
        uint64_t mult;
    } units[] = {
        {"", 1},
        {"b", 1},
        {"kb", 1000ULL},
        {"mb", 1000ULL * 1000},
        {"gb", 1000ULL * 1000 * 1000},
        {"tb", 1000ULL * 1000 * 1000 * 1000},
        {"kib", 1ULL << 10},
        {"mib", 1ULL << 20},
        {"gib", 1ULL << 30},
        {"tib", 1ULL << 40},
    };
    uint64_t v = 0;
    size_t i = 0;

    if (s[0] < '0' || s[0] > '9')
        return rmq_err_set(err, RMQ_EINVAL, "a size must start with a number (\"64MiB\")");
    for (; s[i] >= '0' && s[i] <= '9'; i++) {
        if (v > (UINT64_MAX - 9) / 10)
            return rmq_err_set(err, RMQ_EINVAL, "size too large");
        v = v * 10 + (uint64_t)(s[i] - '0');
    }
    while (s[i] == ' ')
        i++;
    for (size_t u = 0; u < RMQ_ARRAY_SIZE(units); u++) {
        if (strcasecmp(s + i, units[u].unit) == 0) {
            if (v > UINT64_MAX / units[u].mult)
                return rmq_err_set(err, RMQ_EINVAL, "size too large");
            *out = v * units[u].mult;
            return 0;
        }
    }
    return rmq_err_set(err, RMQ_EINVAL,
                       "unknown size unit (B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)");
}

static int find_name(const char *s, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(s, names[i]) == 0)
            return (int)i;
    return -1;
}

/* ------------------------------------------------------------------ applying one key */

/* "FILE:LINE: key 'name': reason" */
static int key_error(loader_t *ld, int line, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int key_error(loader_t *ld, int line, const char *key, const char *fmt, ...)
{
    char msg[RMQ_ERR_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (line > 0)
        return rmq_err_set(ld->err, RMQ_EINVAL, "%s:%d: key '%s': %s", ld->name, line, key, msg);
    return rmq_err_set(ld->err, RMQ_EINVAL, "%s: key '%s': %s", ld->name, key, msg);
}

static int wrong_type(loader_t *ld, const keydesc_t *k, const rmq_toml_node_t *v, const char *want)
{
    return key_error(ld, rmq_toml_line(v), k->name, "expected %s, got %s", want,
                     rmq_toml_kind_name(rmq_toml_kind(v)));
}

/* A string value without NUL bytes. */
static int get_text(loader_t *ld, const keydesc_t *k, const rmq_toml_node_t *v, const char **s)
{
    size_t len;

    if (rmq_toml_string(v, s, &len))
        return wrong_type(ld, k, v, "a string");
    if (strlen(*s) != len)
        return key_error(ld, rmq_toml_line(v), k->name, "contains a NUL character");
    return 0;
}

static int apply_int(loader_t *ld, const keydesc_t *k, const rmq_toml_node_t *v)
{
    int64_t x;
    uint64_t u = 0;
    rmq_err_t e;
    int line = rmq_toml_line(v);

    if (k->type == KT_SIZE && rmq_toml_kind(v) == RMQ_TOML_STRING) {
        const char *s;
        int rc = get_text(ld, k, v, &s);
        if (rc)
            return rc;
        if (parse_size_string(s, &u, &e))
            return key_error(ld, line, k->name, "%s", e.msg);
        if (u > (uint64_t)k->max || u < (uint64_t)k->min)
            return key_error(ld, line, k->name,
                             "%.64s is out of range (%" PRId64 "..%" PRId64 " bytes)", s, k->min,
                             k->max);
        x = (int64_t)u;
    } else {
        if (rmq_toml_int(v, &x))
            return wrong_type(ld, k, v,
                              k->type == KT_SIZE ? "an integer or a size string" : "an integer");
        if (x < k->min || x > k->max)
            return key_error(ld, line, k->name,
                             "%" PRId64 " is out of range (%" PRId64 "..%" PRId64 ")", x, k->min,
                             k->max);
    }
    void *p = field(ld->cfg, k->off);
    switch (k->type) {
    case KT_I16:
        *(int16_t *)p = (int16_t)x;
        break;
    case KT_I32:
        *(int32_t *)p = (int32_t)x;
        break;
    case KT_U16:
        *(uint16_t *)p = (uint16_t)x;
        break;
    case KT_U32:
        *(uint32_t *)p = (uint32_t)x;
        break;
    default:
        *(uint64_t *)p = (uint64_t)x;
        break;
    }
    return 0;
}

static int apply_strarray(loader_t *ld, const keydesc_t *k, const rmq_toml_node_t *v)
{
    size_t n = rmq_toml_array_len(v);
    char **strv;
    rmq_err_t e;
    int rc = 0;

    if (rmq_toml_kind(v) != RMQ_TOML_ARRAY)
        return wrong_type(ld, k, v, "an array of strings");
    if (n > MAX_ARRAY_ITEMS)
        return key_error(ld, rmq_toml_line(v), k->name, "more than %d entries", MAX_ARRAY_ITEMS);
    if (k->type == KT_HOSTPORTS && n == 0)
        return key_error(ld, rmq_toml_line(v), k->name, "needs at least one address");
    strv = rmq_calloc(n ? n : 1, sizeof(char *));
    for (size_t i = 0; i < n && rc == 0; i++) {
        const rmq_toml_node_t *item = rmq_toml_array_at(v, i);
        const char *s;
        if ((rc = get_text(ld, k, item, &s)))
            break;
        if (k->type == KT_HOSTPORTS) {
            if (rmq_config_split_hostport(s, NULL, 0, NULL, &e)) {
                rc = key_error(ld, rmq_toml_line(item), k->name, "'%.64s': %s", s, e.msg);
                break;
            }
            strv[i] = rmq_strdup(s);
        } else {
            int m = find_name(s, sasl_names, RMQ_ARRAY_SIZE(sasl_names));
            if (m < 0) {
                rc =
                    key_error(ld, rmq_toml_line(item), k->name,
                              "unknown mechanism '%.64s' (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)", s);
                break;
            }
            for (size_t j = 0; j < i; j++)
                if (strcmp(strv[j], sasl_names[m]) == 0)
                    rc = key_error(ld, rmq_toml_line(item), k->name, "'%s' listed twice",
                                   sasl_names[m]);
            strv[i] = rmq_strdup(sasl_names[m]); /* canonical spelling */
        }
    }
    if (rc) {
        free_strv(strv, n);
        return rc;
    }
    set_strv(ld->cfg, k, strv, n);
    return 0;
}

static int apply(loader_t *ld, const keydesc_t *k, const rmq_toml_node_t *v)
{
    const char *s;
    int line = rmq_toml_line(v), rc, m;
    rmq_err_t e;
    bool b;

    switch (k->type) {
    case KT_BOOL:
        if (rmq_toml_bool(v, &b))
            return wrong_type(ld, k, v, "a boolean");
        *(bool *)field(ld->cfg, k->off) = b;
        return 0;
    case KT_I16:
    case KT_I32:
    case KT_U16:
    case KT_U32:
    case KT_U64:
    case KT_SIZE:
        return apply_int(ld, k, v);
    case KT_HOSTPORTS:
    case KT_SASL:
        return apply_strarray(ld, k, v);
    default:
        break;
    }

    /* The rest are strings. */
    if ((rc = get_text(ld, k, v, &s)))
        return rc;
    switch (k->type) {
    case KT_STR:
        if (strlen(s) < (size_t)k->min)
            return key_error(ld, line, k->name, "must not be empty");
        break;
    case KT_LISTEN_OPT:
        if (!*s)
            break;
        /* fall through */
    case KT_LISTEN:
        if (rmq_config_split_hostport(s, NULL, 0, NULL, &e))
            return key_error(ld, line, k->name, "'%.64s': %s", s, e.msg);
        break;
    case KT_HOST: {
        size_t n = strlen(s);
        bool br = n >= 2 && s[0] == '[' && s[n - 1] == ']';
        bool v6 = br || strchr(s, ':');
        if (check_host(br ? s + 1 : s, br ? n - 2 : n, v6, &e))
            return key_error(ld, line, k->name, "'%.64s': %s", s, e.msg);
        break;
    }
    case KT_LOGSPEC:
        if (check_log_spec(s, &e))
            return key_error(ld, line, k->name, "'%.64s': %s", s, e.msg);
        break;
    case KT_EVICTION:
        if ((m = find_name(s, eviction_names, RMQ_ARRAY_SIZE(eviction_names))) < 0)
            return key_error(ld, line, k->name, "'%.64s' is not one of lru, lfu, s3fifo", s);
        *(rmq_eviction_policy_t *)field(ld->cfg, k->off) = (rmq_eviction_policy_t)m;
        return 0;
    case KT_STORAGE:
        if ((m = find_name(s, storage_names, RMQ_ARRAY_SIZE(storage_names))) < 0)
            return key_error(ld, line, k->name, "'%.64s' is not one of local, s3, gcs, azure", s);
        *(rmq_storage_type_t *)field(ld->cfg, k->off) = (rmq_storage_type_t)m;
        return 0;
    default:
        return key_error(ld, line, k->name, "internal: unhandled type");
    }
    set_str(ld->cfg, k->off, s);
    return 0;
}

/* ------------------------------------------------------------------ walking the document */

static const keydesc_t *find_key(const char *name)
{
    for (size_t i = 0; i < NKEYS; i++)
        if (strcmp(keys[i].name, name) == 0)
            return &keys[i];
    return NULL;
}

/* True when name is a section: some key is "name.something". */
static bool is_section(const char *name)
{
    size_t n = strlen(name);

    for (size_t i = 0; i < NKEYS; i++)
        if (strncmp(keys[i].name, name, n) == 0 && keys[i].name[n] == '.')
            return true;
    return false;
}

/* Printable form of a (hostile) key for a warning: at most 64 bytes, odd bytes as '?'. */
static void printable_key(char *out, size_t size, const char *prefix, const char *key, size_t klen)
{
    size_t o = 0;

    if (*prefix)
        o = (size_t)snprintf(out, size, "%s.", prefix);
    for (size_t i = 0; i < klen && o + 4 < size; i++) {
        unsigned char c = (unsigned char)key[i];
        out[o++] = c >= 0x20 && c != 0x7F && c != '\'' ? (char)c : '?';
        if (i == 63) {
            memcpy(out + o, "...", 3);
            o += 3;
            break;
        }
    }
    out[o] = '\0';
}

static int walk(loader_t *ld, const rmq_toml_node_t *tab, const char *prefix)
{
    for (size_t i = 0; i < rmq_toml_table_size(tab); i++) {
        const char *key;
        size_t klen;
        const rmq_toml_node_t *v = rmq_toml_table_at(tab, i, &key, &klen);
        char full[128];
        const keydesc_t *k = NULL;
        int n;

        /* Names of real keys are short, plain and NUL-free; anything else is unknown. */
        n = snprintf(full, sizeof(full), "%s%s%s", prefix, *prefix ? "." : "", key);
        if (n > 0 && (size_t)n < sizeof(full) && strlen(key) == klen && !strchr(key, '.')) {
            if ((k = find_key(full))) {
                int rc = apply(ld, k, v);
                if (rc)
                    return rc;
                ld->lines[k - keys] = rmq_toml_line(v);
                continue;
            }
            if (is_section(full)) {
                if (rmq_toml_kind(v) != RMQ_TOML_TABLE)
                    return key_error(ld, rmq_toml_line(v), full, "expected a table, got %s",
                                     rmq_toml_kind_name(rmq_toml_kind(v)));
                int rc = walk(ld, v, full);
                if (rc)
                    return rc;
                continue;
            }
        }
        printable_key(full, sizeof(full), prefix, key, klen);
        rmq_warn("config", "%s:%d: unknown key '%s'", ld->name, rmq_toml_line(v), full);
        ld->cfg->warnings++;
    }
    return 0;
}

static int line_of_key(const loader_t *ld, const char *name)
{
    const keydesc_t *k = find_key(name);

    return k ? ld->lines[k - keys] : 0;
}

/* Checks that involve more than one key. */
static int cross_check(loader_t *ld)
{
    const rmq_config_t *c = ld->cfg;

    if (c->wal.segment_size_bytes > c->wal.capacity_bytes) {
        const char *key = line_of_key(ld, "wal.segment_size_bytes") ? "wal.segment_size_bytes"
                                                                    : "wal.capacity_bytes";
        return key_error(ld, line_of_key(ld, key), key,
                         "wal.segment_size_bytes (%" PRIu64
                         ") must not exceed wal.capacity_bytes (%" PRIu64 ")",
                         c->wal.segment_size_bytes, c->wal.capacity_bytes);
    }
    if (c->controller.heartbeat_interval_ms >= c->controller.election_timeout_ms) {
        const char *key = line_of_key(ld, "controller.heartbeat_interval_ms")
                              ? "controller.heartbeat_interval_ms"
                              : "controller.election_timeout_ms";
        return key_error(ld, line_of_key(ld, key), key,
                         "heartbeat_interval_ms (%" PRIu32
                         ") must be below election_timeout_ms (%" PRIu32 ")",
                         c->controller.heartbeat_interval_ms, c->controller.election_timeout_ms);
    }
    if (c->object_storage.storage_type == RMQ_STORAGE_LOCAL && !*c->object_storage.path)
        return key_error(ld, line_of_key(ld, "object_storage.path"), "object_storage.path",
                         "required when storage_type is \"local\"");
    if (c->object_storage.storage_type != RMQ_STORAGE_LOCAL && !*c->object_storage.bucket)
        return key_error(ld, line_of_key(ld, "object_storage.storage_type"),
                         "object_storage.bucket", "required when storage_type is \"%s\"",
                         rmq_config_storage_name(c->object_storage.storage_type));
    if (strcmp(c->wal.io_engine, "pwritev") != 0 && strcmp(c->wal.io_engine, "io_uring") != 0 &&
        strcmp(c->wal.io_engine, "auto") != 0)
        return key_error(ld, line_of_key(ld, "wal.io_engine"), "wal.io_engine",
                         "\"%s\" is not one of \"pwritev\", \"io_uring\", \"auto\"",
                         c->wal.io_engine);
    if (strcmp(c->object_storage.addressing, "auto") != 0 &&
        strcmp(c->object_storage.addressing, "path") != 0 &&
        strcmp(c->object_storage.addressing, "virtual") != 0)
        return key_error(
            ld, line_of_key(ld, "object_storage.addressing"), "object_storage.addressing",
            "\"%s\" is not one of \"auto\", \"path\", \"virtual\"", c->object_storage.addressing);
    {
        const char *pfx = c->object_storage.prefix;
        size_t n = strlen(pfx);
        if (pfx[0] == '/' || pfx[n - 1] == '/' || strstr(pfx, "//") || n > 200)
            return key_error(ld, line_of_key(ld, "object_storage.prefix"), "object_storage.prefix",
                             "must not start or end with '/', contain \"//\" or exceed 200 "
                             "bytes");
    }
    if (c->security.tls.enabled) {
        if (!*c->security.tls.server_cert_path)
            return key_error(ld, line_of_key(ld, "security.tls.enabled"),
                             "security.tls.server_cert_path",
                             "required when security.tls.enabled = true");
        if (!*c->security.tls.server_key_path)
            return key_error(ld, line_of_key(ld, "security.tls.enabled"),
                             "security.tls.server_key_path",
                             "required when security.tls.enabled = true");
    }
    if (c->security.tls.client_cert_required) {
        int line = line_of_key(ld, "security.tls.client_cert_required");
        if (!c->security.tls.enabled)
            return key_error(ld, line, "security.tls.client_cert_required",
                             "needs security.tls.enabled = true");
        if (!*c->security.tls.ca_cert_path)
            return key_error(ld, line, "security.tls.ca_cert_path",
                             "required when client_cert_required = true");
    }
    return 0;
}

int rmq_config_load_string(const char *text, size_t len, const char *name, rmq_config_t *cfg,
                           rmq_err_t *err)
{
    loader_t ld = {0};
    rmq_config_t tmp;
    rmq_toml_t *doc = NULL;
    rmq_err_t perr;
    int rc;

    if (!name)
        name = "<string>";
    rmq_config_defaults(cfg);
    rmq_config_defaults(&tmp);
    free(tmp.source);
    tmp.source = rmq_strdup(name);
    ld.cfg = &tmp;
    ld.name = name;
    ld.err = err;

    if ((rc = rmq_toml_parse(text, len, &doc, &perr))) {
        rmq_err_set(err, rc, "%s: %s", name, perr.msg);
        goto out;
    }
    if ((rc = walk(&ld, rmq_toml_root(doc), "")))
        goto out;
    if ((rc = cross_check(&ld)))
        goto out;
out:
    rmq_toml_free(doc);
    if (rc) {
        rmq_config_release(&tmp);
        return rc;
    }
    rmq_config_release(cfg);
    *cfg = tmp;
    return 0;
}

int rmq_config_load_file(const char *path, rmq_config_t *cfg, rmq_err_t *err)
{
    FILE *f;
    char *buf;
    size_t n;
    struct stat st;
    int rc;

    if (!(f = fopen(path, "rb"))) {
        rc = -errno;
        rmq_config_defaults(cfg);
        return rmq_err_set(err, rc, "%s: %s", path, rmq_strerror(rc));
    }
    if (fstat(fileno(f), &st) != 0) {
        rc = -errno;
        rmq_err_set(err, rc, "%s: %s", path, rmq_strerror(rc));
    } else if (!S_ISREG(st.st_mode)) {
        rc = rmq_err_set(err, RMQ_EINVAL, "%s: not a regular file", path);
    } else if ((uint64_t)st.st_size > MAX_CONFIG_FILE) {
        rc = rmq_err_set(err, RMQ_ETOOBIG, "%s: larger than %u bytes", path, MAX_CONFIG_FILE);
    } else {
        buf = rmq_malloc((size_t)st.st_size + 1);
        n = fread(buf, 1, (size_t)st.st_size + 1, f);
        bool failed = ferror(f) != 0;
        fclose(f);
        if (failed) {
            rmq_config_defaults(cfg);
            rc = rmq_err_set(err, -EIO, "%s: read error", path);
        } else if (n > (size_t)st.st_size) {
            rmq_config_defaults(cfg);
            rc = rmq_err_set(err, RMQ_EINVAL, "%s: file grew while being read", path);
        } else {
            rc = rmq_config_load_string(buf, n, path, cfg, err);
        }
        free(buf);
        return rc;
    }
    fclose(f);
    rmq_config_defaults(cfg);
    return rc;
}
