/*
 * test_config.c - the typed config loader: defaults, overrides, size strings, unknown-key
 * warnings, type/range errors with FILE:LINE and key, cross-key checks, hostile input, and the
 * three shipped files in $RMQ_SOURCE_ROOT/config/.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "common/log.h"
#include "common/mem.h"
#include "config/config.h"
#include "config/toml.h"

/* ------------------------------------------------------------------ every key, for checks */

enum { V_STR, V_BOOL, V_I16, V_I32, V_U16, V_U32, V_U64, V_EVICT, V_STORAGE, V_STRV };

typedef struct tkey {
    const char *name;
    int type;
    size_t off, count_off;
} tkey_t;

#define T(n, t, f)                                                                                 \
    {                                                                                              \
        n, t, offsetof(rmq_config_t, f), 0                                                         \
    }

/* The test's own list of every key the loader must know. */
static const tkey_t all_keys[] = {
    T("broker.id", V_I32, broker.id),
    T("broker.rack_id", V_STR, broker.rack_id),
    T("broker.auto_create_topics", V_BOOL, broker.auto_create_topics),
    T("broker.default_partitions", V_I32, broker.default_partitions),
    T("broker.default_replication_factor", V_I16, broker.default_replication_factor),
    T("broker.watchdog_ms", V_U32, broker.watchdog_ms),
    T("broker.producer_id_expiration_ms", V_U32, broker.producer_id_expiration_ms),
    T("broker.retention_check_interval_ms", V_U32, broker.retention_check_interval_ms),
    T("network.kafka_listen", V_STR, network.kafka_listen),
    T("network.quic_listen", V_STR, network.quic_listen),
    T("network.rpc_listen", V_STR, network.rpc_listen),
    T("network.metrics_listen", V_STR, network.metrics_listen),
    T("network.max_connections", V_U32, network.max_connections),
    T("network.connection_timeout_ms", V_U32, network.connection_timeout_ms),
    T("network.fetch_max_bytes", V_U64, network.fetch_max_bytes),
    T("wal.path", V_STR, wal.path),
    T("wal.capacity_bytes", V_U64, wal.capacity_bytes),
    T("wal.fsync_on_write", V_BOOL, wal.fsync_on_write),
    T("wal.segment_size_bytes", V_U64, wal.segment_size_bytes),
    T("wal.buffer_size", V_U64, wal.buffer_size),
    T("wal.io_engine", V_STR, wal.io_engine),
    T("wal.min_free_bytes", V_U64, wal.min_free_bytes),
    T("wal.upload_interval_ms", V_U32, wal.upload_interval_ms),
    T("wal.flush_interval_ms", V_U32, wal.flush_interval_ms),
    T("cache.write_cache_size_bytes", V_U64, cache.write_cache_size_bytes),
    T("cache.read_cache_size_bytes", V_U64, cache.read_cache_size_bytes),
    T("cache.eviction_policy", V_EVICT, cache.eviction_policy),
    T("object_storage.storage_type", V_STORAGE, object_storage.storage_type),
    T("object_storage.path", V_STR, object_storage.path),
    T("object_storage.bucket", V_STR, object_storage.bucket),
    T("object_storage.region", V_STR, object_storage.region),
    T("object_storage.endpoint", V_STR, object_storage.endpoint),
    T("object_storage.access_key", V_STR, object_storage.access_key),
    T("object_storage.secret_key", V_STR, object_storage.secret_key),
    T("object_storage.multipart_threshold", V_U64, object_storage.multipart_threshold),
    T("object_storage.max_concurrent_uploads", V_U32, object_storage.max_concurrent_uploads),
    T("object_storage.session_token", V_STR, object_storage.session_token),
    T("object_storage.addressing", V_STR, object_storage.addressing),
    T("object_storage.unsigned_payload", V_BOOL, object_storage.unsigned_payload),
    T("object_storage.request_timeout_ms", V_U32, object_storage.request_timeout_ms),
    T("object_storage.max_attempts", V_U32, object_storage.max_attempts),
    T("object_storage.prefix", V_STR, object_storage.prefix),
    T("object_storage.upload_bytes", V_U64, object_storage.upload_bytes),
    T("object_storage.extent_max_bytes", V_U64, object_storage.extent_max_bytes),
    T("object_storage.readahead_bytes", V_U64, object_storage.readahead_bytes),
    T("object_storage.compaction_interval_ms", V_U32, object_storage.compaction_interval_ms),
    T("object_storage.compaction_min_bytes", V_U64, object_storage.compaction_min_bytes),
    T("object_storage.delete_grace_ms", V_U32, object_storage.delete_grace_ms),
    {"controller.endpoints", V_STRV, offsetof(rmq_config_t, controller.endpoints),
     offsetof(rmq_config_t, controller.endpoint_count)},
    T("controller.bind_addr", V_STR, controller.bind_addr),
    T("controller.rpc_port", V_U16, controller.rpc_port),
    T("controller.raft_port", V_U16, controller.raft_port),
    T("controller.admin_port", V_U16, controller.admin_port),
    T("controller.data_dir", V_STR, controller.data_dir),
    T("controller.election_timeout_ms", V_U32, controller.election_timeout_ms),
    T("controller.heartbeat_interval_ms", V_U32, controller.heartbeat_interval_ms),
    T("replication.min_in_sync_replicas", V_U32, replication.min_in_sync_replicas),
    T("replication.ack_timeout_ms", V_U32, replication.ack_timeout_ms),
    T("replication.max_replication_lag", V_U64, replication.max_replication_lag),
    T("replication.heartbeat_timeout_ms", V_U32, replication.heartbeat_timeout_ms),
    T("security.enabled", V_BOOL, security.enabled),
    {"security.sasl_mechanisms", V_STRV, offsetof(rmq_config_t, security.sasl_mechanisms),
     offsetof(rmq_config_t, security.sasl_mechanism_count)},
    T("security.tls.enabled", V_BOOL, security.tls.enabled),
    T("security.tls.ca_cert_path", V_STR, security.tls.ca_cert_path),
    T("security.tls.server_cert_path", V_STR, security.tls.server_cert_path),
    T("security.tls.server_key_path", V_STR, security.tls.server_key_path),
    T("security.tls.client_cert_required", V_BOOL, security.tls.client_cert_required),
    T("etl.enabled", V_BOOL, etl.enabled),
    T("etl.memory_limit_bytes", V_U64, etl.memory_limit_bytes),
    T("etl.execution_timeout_ms", V_U32, etl.execution_timeout_ms),
    T("etl.module_dir", V_STR, etl.module_dir),
    T("log.level", V_STR, log.level),
    T("standalone.enabled", V_BOOL, standalone.enabled),
};

static const tkey_t *tkey_find(const char *name)
{
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(all_keys); i++)
        if (strcmp(all_keys[i].name, name) == 0)
            return &all_keys[i];
    return NULL;
}

static const void *at(const rmq_config_t *cfg, size_t off)
{
    return (const char *)cfg + off;
}

/* Does the config hold what the TOML node says? (Integers only for numbers: the shipped files
 * write sizes as plain byte counts.) */
static bool value_equals(const rmq_config_t *cfg, const tkey_t *k, const rmq_toml_node_t *v)
{
    const char *s;
    int64_t i;
    bool b;

    switch (k->type) {
    case V_STR:
        return rmq_toml_string(v, &s, NULL) == 0 && strcmp(s, *(char *const *)at(cfg, k->off)) == 0;
    case V_BOOL:
        return rmq_toml_bool(v, &b) == 0 && b == *(const bool *)at(cfg, k->off);
    case V_I16:
        return rmq_toml_int(v, &i) == 0 && i == *(const int16_t *)at(cfg, k->off);
    case V_I32:
        return rmq_toml_int(v, &i) == 0 && i == *(const int32_t *)at(cfg, k->off);
    case V_U16:
        return rmq_toml_int(v, &i) == 0 && i == *(const uint16_t *)at(cfg, k->off);
    case V_U32:
        return rmq_toml_int(v, &i) == 0 && i == *(const uint32_t *)at(cfg, k->off);
    case V_U64:
        return rmq_toml_int(v, &i) == 0 && (uint64_t)i == *(const uint64_t *)at(cfg, k->off);
    case V_EVICT:
        return rmq_toml_string(v, &s, NULL) == 0 &&
               strcmp(s, rmq_config_eviction_name(cfg->cache.eviction_policy)) == 0;
    case V_STORAGE:
        return rmq_toml_string(v, &s, NULL) == 0 &&
               strcmp(s, rmq_config_storage_name(cfg->object_storage.storage_type)) == 0;
    case V_STRV: {
        char *const *strv = *(char **const *)at(cfg, k->off);
        size_t n = *(const size_t *)at(cfg, k->count_off);
        if (rmq_toml_array_len(v) != n)
            return false;
        for (size_t j = 0; j < n; j++)
            if (rmq_toml_string(rmq_toml_array_at(v, j), &s, NULL) || strcmp(s, strv[j]) != 0)
                return false;
        return true;
    }
    }
    return false;
}

/* ------------------------------------------------------------------ helpers */

static int log_fd = -1;
static char log_path[64];

static int setup(void **state)
{
    RMQ_UNUSED(state);
    snprintf(log_path, sizeof(log_path), "/tmp/rmq-test-config-XXXXXX");
    log_fd = mkstemp(log_path);
    assert_true(log_fd >= 0);
    rmq_log_set_fd(log_fd);
    return 0;
}

static int teardown(void **state)
{
    RMQ_UNUSED(state);
    rmq_log_set_fd(2);
    close(log_fd);
    unlink(log_path);
    return 0;
}

/* Returns what was logged since the last call (static buffer). */
static const char *take_log(void)
{
    static char buf[16384];
    ssize_t n = pread(log_fd, buf, sizeof(buf) - 1, 0);

    assert_true(n >= 0);
    buf[n] = '\0';
    assert_int_equal(ftruncate(log_fd, 0), 0);
    assert_int_equal(lseek(log_fd, 0, SEEK_SET), 0);
    return buf;
}

static void load_ok(const char *text, rmq_config_t *cfg)
{
    rmq_err_t err;

    rmq_err_clear(&err);
    int rc = rmq_config_load_string(text, strlen(text), "test.toml", cfg, &err);
    if (rc)
        print_error("unexpected load error: %s\n", err.msg);
    assert_int_equal(rc, 0);
}

/* Loading must fail with code and a message containing every needle (NULL-terminated). */
static void load_fail(const char *text, int code, ...)
{
    rmq_config_t cfg;
    rmq_err_t err;
    va_list ap;
    const char *needle;

    rmq_err_clear(&err);
    assert_int_equal(rmq_config_load_string(text, strlen(text), "bad.toml", &cfg, &err), code);
    va_start(ap, code);
    while ((needle = va_arg(ap, const char *))) {
        if (!strstr(err.msg, needle)) {
            print_error("message '%s' lacks '%s'\n", err.msg, needle);
            va_end(ap);
            fail();
        }
    }
    va_end(ap);
    /* A failed load leaves the defaults, which are valid and releasable. */
    assert_int_equal(cfg.wal.capacity_bytes, 1ULL << 30);
    assert_string_equal(cfg.network.kafka_listen, "127.0.0.1:9092");
    rmq_config_release(&cfg);
}

/* ------------------------------------------------------------------ tests */

static void test_defaults(void **state)
{
    RMQ_UNUSED(state);
    rmq_config_t cfg, loaded;

    rmq_config_defaults(&cfg);
    assert_int_equal(cfg.broker.id, 1);
    assert_string_equal(cfg.broker.rack_id, "");
    assert_true(cfg.broker.auto_create_topics);
    assert_int_equal(cfg.broker.default_partitions, 1);
    assert_string_equal(cfg.network.kafka_listen, "127.0.0.1:9092");
    /* Listeners of features not built yet are off by default. */
    assert_string_equal(cfg.network.quic_listen, "");
    assert_string_equal(cfg.network.rpc_listen, "");
    assert_string_equal(cfg.network.metrics_listen, "");
    assert_int_equal(rmq_config_check_supported(&cfg, NULL), 0);
    assert_string_equal(cfg.wal.path, "./data/wal");
    assert_int_equal(cfg.wal.capacity_bytes, 1ULL << 30);
    assert_true(cfg.wal.fsync_on_write);
    assert_true(cfg.wal.segment_size_bytes <= cfg.wal.capacity_bytes);
    assert_int_equal(cfg.cache.eviction_policy, RMQ_EVICTION_LRU);
    assert_int_equal(cfg.object_storage.storage_type, RMQ_STORAGE_LOCAL);
    assert_string_equal(cfg.object_storage.path, "./data/objects");
    assert_int_equal(cfg.controller.endpoint_count, 1);
    assert_string_equal(cfg.controller.endpoints[0], "127.0.0.1:9094");
    assert_string_equal(cfg.controller.bind_addr, "127.0.0.1");
    assert_int_equal(cfg.controller.admin_port, 9642);
    assert_true(cfg.controller.heartbeat_interval_ms < cfg.controller.election_timeout_ms);
    assert_int_equal(cfg.replication.min_in_sync_replicas, 1);
    assert_false(cfg.security.enabled);
    assert_int_equal(cfg.security.sasl_mechanism_count, 0);
    assert_false(cfg.security.tls.enabled);
    assert_false(cfg.etl.enabled);
    assert_string_equal(cfg.log.level, "info");
    assert_false(cfg.standalone.enabled);
    assert_int_equal(cfg.warnings, 0);

    /* An empty file gives exactly the defaults. */
    load_ok("", &loaded);
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(all_keys); i++) {
        const tkey_t *k = &all_keys[i];
        if (k->type == V_STR) {
            assert_string_equal(*(char *const *)at(&cfg, k->off),
                                *(char *const *)at(&loaded, k->off));
        } else if (k->type == V_STRV) {
            size_t n = *(const size_t *)at(&cfg, k->count_off);
            assert_int_equal(n, *(const size_t *)at(&loaded, k->count_off));
            for (size_t j = 0; j < n; j++)
                assert_string_equal((*(char **const *)at(&cfg, k->off))[j],
                                    (*(char **const *)at(&loaded, k->off))[j]);
        }
    }
    assert_int_equal(loaded.wal.capacity_bytes, cfg.wal.capacity_bytes);
    assert_int_equal(loaded.controller.rpc_port, cfg.controller.rpc_port);
    assert_string_equal(loaded.source, "test.toml");
    rmq_config_release(&loaded);
    rmq_config_release(&cfg);
    rmq_config_release(&cfg); /* released twice: a zeroed struct is a no-op */
    assert_string_equal(take_log(), "");
}

static void test_overrides(void **state)
{
    RMQ_UNUSED(state);
    rmq_config_t cfg;

    load_ok("[broker]\n"
            "id = 7\n"
            "rack_id = \"zone-b\"\n"
            "auto_create_topics = false\n"
            "default_partitions = 12\n"
            "default_replication_factor = 3\n"
            "[network]\n"
            "kafka_listen = \"0.0.0.0:19092\"\n"
            "quic_listen = \"\"\n"
            "rpc_listen = \"[::1]:19093\"\n"
            "max_connections = 50\n"
            "[wal]\n"
            "path = \"/var/lib/rustmq/wal\"\n"
            "capacity_bytes = \"2GiB\"\n"
            "segment_size_bytes = \"128 MiB\"\n"
            "buffer_size = 65536\n"
            "fsync_on_write = false\n"
            "[cache]\n"
            "eviction_policy = \"S3FIFO\"\n"
            "read_cache_size_bytes = \"1GB\"\n"
            "[object_storage]\n"
            "storage_type = \"s3\"\n"
            "bucket = \"my-bucket\"\n"
            "endpoint = \"http://127.0.0.1:4568\"\n"
            "access_key = \"AK\"\n"
            "secret_key = \"SK\"\n"
            "[controller]\n"
            "endpoints = [\"c1:9094\", \"c2:9094\", \"10.0.0.3:9094\"]\n"
            "bind_addr = \"::\"\n"
            "rpc_port = 19094\n"
            "election_timeout_ms = 500\n"
            "heartbeat_interval_ms = 100\n"
            "[replication]\n"
            "min_in_sync_replicas = 2\n"
            "[security]\n"
            "enabled = true\n"
            "sasl_mechanisms = [\"plain\", \"SCRAM-SHA-512\"]\n"
            "tls.enabled = true\n"
            "tls.server_cert_path = \"/etc/rustmq/server.pem\"\n"
            "tls.server_key_path = \"/etc/rustmq/server.key\"\n"
            "tls.ca_cert_path = \"/etc/rustmq/ca.pem\"\n"
            "tls.client_cert_required = true\n"
            "[etl]\n"
            "enabled = true\n"
            "memory_limit_bytes = \"64MiB\"\n"
            "[log]\n"
            "level = \"warn,wal=debug, kafka=trace\"\n"
            "[standalone]\n"
            "enabled = true\n",
            &cfg);
    assert_int_equal(cfg.warnings, 0);
    assert_int_equal(cfg.broker.id, 7);
    assert_string_equal(cfg.broker.rack_id, "zone-b");
    assert_false(cfg.broker.auto_create_topics);
    assert_int_equal(cfg.broker.default_partitions, 12);
    assert_int_equal(cfg.broker.default_replication_factor, 3);
    assert_string_equal(cfg.network.kafka_listen, "0.0.0.0:19092");
    assert_string_equal(cfg.network.quic_listen, "");
    assert_string_equal(cfg.network.rpc_listen, "[::1]:19093");
    assert_int_equal(cfg.network.max_connections, 50);
    assert_string_equal(cfg.wal.path, "/var/lib/rustmq/wal");
    assert_int_equal(cfg.wal.capacity_bytes, 2ULL << 30);
    assert_int_equal(cfg.wal.segment_size_bytes, 128ULL << 20);
    assert_int_equal(cfg.wal.buffer_size, 65536);
    assert_false(cfg.wal.fsync_on_write);
    assert_int_equal(cfg.cache.eviction_policy, RMQ_EVICTION_S3FIFO);
    assert_int_equal(cfg.cache.read_cache_size_bytes, 1000000000ULL);
    assert_int_equal(cfg.object_storage.storage_type, RMQ_STORAGE_S3);
    assert_string_equal(cfg.object_storage.bucket, "my-bucket");
    assert_string_equal(cfg.object_storage.endpoint, "http://127.0.0.1:4568");
    assert_string_equal(cfg.object_storage.secret_key, "SK");
    assert_int_equal(cfg.controller.endpoint_count, 3);
    assert_string_equal(cfg.controller.endpoints[2], "10.0.0.3:9094");
    assert_string_equal(cfg.controller.bind_addr, "::");
    assert_int_equal(cfg.controller.rpc_port, 19094);
    assert_int_equal(cfg.replication.min_in_sync_replicas, 2);
    assert_true(cfg.security.enabled);
    assert_int_equal(cfg.security.sasl_mechanism_count, 2);
    assert_string_equal(cfg.security.sasl_mechanisms[0], "PLAIN"); /* canonical spelling */
    assert_string_equal(cfg.security.sasl_mechanisms[1], "SCRAM-SHA-512");
    assert_true(cfg.security.tls.client_cert_required);
    assert_string_equal(cfg.security.tls.ca_cert_path, "/etc/rustmq/ca.pem");
    assert_true(cfg.etl.enabled);
    assert_int_equal(cfg.etl.memory_limit_bytes, 64ULL << 20);
    assert_string_equal(cfg.log.level, "warn,wal=debug, kafka=trace");
    assert_int_equal(rmq_log_configure(cfg.log.level), 0); /* the spec really is accepted */
    rmq_log_configure("info,wal=info,kafka=info");
    assert_true(cfg.standalone.enabled);
    rmq_config_release(&cfg);
    assert_string_equal(take_log(), "");
}

static void test_unknown_keys_warn(void **state)
{
    RMQ_UNUSED(state);
    rmq_config_t cfg;
    const char *log;

    load_ok("top = 1\n"                  /* 1 */
            "[wal]\n"                    /* 2 */
            "path = \"/x\"\n"            /* 3 */
            "bogus = true\n"             /* 4 */
            "[frobnicator]\n"            /* 5 */
            "a = 1\n"                    /* 6 */
            "b = 2\n"                    /* 7 */
            "[security.tls]\n"           /* 8 */
            "cipher = \"x\"\n"           /* 9 */
            "[network.quic_config]\n"    /* 10 */
            "\"we\\u0000ird\\n\" = 1\n", /* 11 */
            &cfg);
    assert_int_equal(cfg.warnings, 5);
    assert_string_equal(cfg.wal.path, "/x"); /* known keys still applied */
    log = take_log();
    assert_non_null(strstr(log, "test.toml:1: unknown key 'top'"));
    assert_non_null(strstr(log, "test.toml:4: unknown key 'wal.bogus'"));
    assert_non_null(strstr(log, "test.toml:5: unknown key 'frobnicator'"));
    assert_null(strstr(log, "frobnicator.a")); /* one warning per unknown section */
    assert_non_null(strstr(log, "test.toml:9: unknown key 'security.tls.cipher'"));
    assert_non_null(strstr(log, "test.toml:10: unknown key 'network.quic_config'"));
    assert_non_null(strstr(log, "[config]"));
    rmq_config_release(&cfg);

    /* A hostile key: long, with control bytes and quotes: one printable, bounded warning. */
    char text[2048];
    memset(text, 0, sizeof(text));
    memcpy(text, "[wal]\n\"", 7);
    memset(text + 7, 'k', 1500);
    memcpy(text + 7 + 1500, "\\u0001'\" = 1\n", 13);
    load_ok(text, &cfg);
    assert_int_equal(cfg.warnings, 1);
    log = take_log();
    assert_non_null(strstr(log, "unknown key 'wal.kkkk"));
    assert_true(strlen(log) < 400);
    assert_null(strchr(log, '\x01'));
    rmq_config_release(&cfg);
}

static void test_type_and_range_errors(void **state)
{
    RMQ_UNUSED(state);
    /* The exact format: FILE:LINE: key 'section.key': reason */
    load_fail("[wal]\ncapacity_bytes = true\n", RMQ_EINVAL,
              "bad.toml:2: key 'wal.capacity_bytes': expected an integer or a size string, got "
              "bool",
              NULL);
    load_fail("[wal]\n\n\ncapacity_bytes = -5\n", RMQ_EINVAL,
              "bad.toml:4:", "key 'wal.capacity_bytes'", "out of range", NULL);
    load_fail("[wal]\ncapacity_bytes = \"12 parsecs\"\n", RMQ_EINVAL,
              "bad.toml:2: key 'wal.capacity_bytes'", "unknown size unit", NULL);
    load_fail("[wal]\ncapacity_bytes = \"99999999999999999999GiB\"\n", RMQ_EINVAL,
              "key 'wal.capacity_bytes'", "too large", NULL);
    load_fail("[wal]\ncapacity_bytes = \"16EiB\"\n", RMQ_EINVAL, "wal.capacity_bytes", NULL);
    load_fail("[wal]\ncapacity_bytes = \"9223372036854775808\"\n", RMQ_EINVAL,
              "key 'wal.capacity_bytes'", "out of range", NULL);
    load_fail("[wal]\npath = 3\n", RMQ_EINVAL,
              "bad.toml:2: key 'wal.path': expected a string, "
              "got integer",
              NULL);
    load_fail("[wal]\npath = \"\"\n", RMQ_EINVAL, "key 'wal.path': must not be empty", NULL);
    load_fail("[wal]\npath = \"a\\u0000b\"\n", RMQ_EINVAL, "wal.path", "NUL", NULL);
    load_fail("wal = 5\n", RMQ_EINVAL, "bad.toml:1: key 'wal': expected a table, got integer",
              NULL);
    load_fail("[[wal]]\n", RMQ_EINVAL, "key 'wal': expected a table, got array", NULL);
    load_fail("[wal]\nfsync_on_write = \"yes\"\n", RMQ_EINVAL,
              "key 'wal.fsync_on_write': expected a boolean, got string", NULL);
    load_fail("[controller]\nrpc_port = 70000\n", RMQ_EINVAL,
              "bad.toml:2: key 'controller.rpc_port': 70000 is out of range (1..65535)", NULL);
    load_fail("[controller]\nadmin_port = 0\n", RMQ_EINVAL, "controller.admin_port", NULL);
    load_fail("[controller]\nrpc_port = 1.5\n", RMQ_EINVAL, "got float", NULL);
    load_fail("[broker]\nid = -1\n", RMQ_EINVAL, "key 'broker.id'", NULL);
    load_fail("[broker]\nid = 2147483648\n", RMQ_EINVAL, "key 'broker.id'", NULL);
    load_fail("[network]\nkafka_listen = \"localhost\"\n", RMQ_EINVAL, "key 'network.kafka_listen'",
              "host:port", NULL);
    load_fail("[network]\nkafka_listen = \"localhost:0\"\n", RMQ_EINVAL, "1 to 65535", NULL);
    load_fail("[network]\nkafka_listen = \"localhost:65536\"\n", RMQ_EINVAL, "1 to 65535", NULL);
    load_fail("[network]\nkafka_listen = \"localhost:80x\"\n", RMQ_EINVAL, "1 to 65535", NULL);
    load_fail("[network]\nkafka_listen = \":9092\"\n", RMQ_EINVAL, "empty host", NULL);
    load_fail("[network]\nkafka_listen = \"::1:9092\"\n", RMQ_EINVAL, "brackets", NULL);
    load_fail("[network]\nkafka_listen = \"[::1:9092\"\n", RMQ_EINVAL, "']'", NULL);
    load_fail("[network]\nkafka_listen = \"ho st:9092\"\n", RMQ_EINVAL, "invalid character", NULL);
    load_fail("[network]\nkafka_listen = \"\"\n", RMQ_EINVAL, "network.kafka_listen", NULL);
    load_fail("[controller]\nbind_addr = \"\"\n", RMQ_EINVAL, "controller.bind_addr", NULL);
    load_fail("[controller]\nendpoints = []\n", RMQ_EINVAL,
              "key 'controller.endpoints': needs at least one address", NULL);
    load_fail("[controller]\nendpoints = [\"a:1\",\n  \"b\"]\n", RMQ_EINVAL,
              "bad.toml:3: key 'controller.endpoints': 'b'", NULL);
    load_fail("[controller]\nendpoints = [\"a:1\", 2]\n", RMQ_EINVAL, "got integer", NULL);
    load_fail("[controller]\nendpoints = \"a:1\"\n", RMQ_EINVAL, "expected an array", NULL);
    load_fail("[cache]\neviction_policy = \"fifo\"\n", RMQ_EINVAL,
              "key 'cache.eviction_policy': 'fifo' is not one of lru, lfu, s3fifo", NULL);
    load_fail("[object_storage]\nstorage_type = \"ftp\"\n", RMQ_EINVAL,
              "object_storage.storage_type", NULL);
    load_fail("[security]\nsasl_mechanisms = [\"GSSAPI\"]\n", RMQ_EINVAL, "unknown mechanism",
              NULL);
    load_fail("[security]\nsasl_mechanisms = [\"PLAIN\", \"plain\"]\n", RMQ_EINVAL, "listed twice",
              NULL);
    load_fail("[log]\nlevel = \"loud\"\n", RMQ_EINVAL, "key 'log.level'", "unknown level", NULL);
    load_fail("[log]\nlevel = \"wal=\"\n", RMQ_EINVAL, "key 'log.level'", NULL);
    load_fail("[log]\nlevel = \"=debug\"\n", RMQ_EINVAL, "key 'log.level'", NULL);
    load_fail("[log]\nlevel = \",,\"\n", RMQ_EINVAL, "key 'log.level'", "empty", NULL);
    load_fail("[log]\nlevel = \"averyveryverylongsubsystemname=debug\"\n", RMQ_EINVAL,
              "key 'log.level'", NULL);
    load_fail("[etl]\nmemory_limit_bytes = 10\n", RMQ_EINVAL, "etl.memory_limit_bytes", NULL);
    load_fail("[network]\nmax_connections = 0\n", RMQ_EINVAL, "network.max_connections", NULL);
}

static void test_cross_key_checks(void **state)
{
    RMQ_UNUSED(state);
    load_fail("[wal]\ncapacity_bytes = \"1MiB\"\nsegment_size_bytes = \"2MiB\"\n", RMQ_EINVAL,
              "bad.toml:3: key 'wal.segment_size_bytes'", "must not exceed", NULL);
    load_fail("[wal]\ncapacity_bytes = \"1MiB\"\n", RMQ_EINVAL,
              "bad.toml:2: key 'wal.capacity_bytes'", NULL);
    load_fail("[controller]\nheartbeat_interval_ms = 3000\n", RMQ_EINVAL,
              "bad.toml:2: key 'controller.heartbeat_interval_ms'", "must be below", NULL);
    load_fail("[object_storage]\nstorage_type = \"gcs\"\n", RMQ_EINVAL,
              "bad.toml:2: key 'object_storage.bucket': required when storage_type is \"gcs\"",
              NULL);
    load_fail("[object_storage]\npath = \"\"\n", RMQ_EINVAL, "object_storage.path", NULL);
    load_fail("[wal]\nio_engine = \"aio\"\n", RMQ_EINVAL, "bad.toml:2: key 'wal.io_engine'",
              "not one of", NULL);
    load_fail("[object_storage]\naddressing = \"dns\"\n", RMQ_EINVAL,
              "bad.toml:2: key 'object_storage.addressing'", "not one of", NULL);
    load_fail("[object_storage]\nprefix = \"a//b\"\n", RMQ_EINVAL,
              "bad.toml:2: key 'object_storage.prefix'", NULL);
    load_fail("[object_storage]\nprefix = \"/abs\"\n", RMQ_EINVAL, "object_storage.prefix", NULL);
    load_fail("[security.tls]\nenabled = true\n", RMQ_EINVAL,
              "bad.toml:2: key 'security.tls.server_cert_path'", NULL);
    load_fail("[security.tls]\nenabled = true\nserver_cert_path = \"c\"\n", RMQ_EINVAL,
              "security.tls.server_key_path", NULL);
    load_fail("[security.tls]\nclient_cert_required = true\n", RMQ_EINVAL,
              "needs security.tls.enabled", NULL);
    load_fail("[security.tls]\nenabled = true\nserver_cert_path = \"c\"\nserver_key_path = "
              "\"k\"\nclient_cert_required = true\n",
              RMQ_EINVAL, "bad.toml:5: key 'security.tls.ca_cert_path'", NULL);
}

static void test_syntax_errors(void **state)
{
    RMQ_UNUSED(state);
    load_fail("[wal]\npath = \"unterminated\n", RMQ_ESYNTAX, "bad.toml: line 2:", NULL);
    load_fail("[wal]\n[wal]\n", RMQ_ESYNTAX, "bad.toml: line 2: table 'wal' is defined twice",
              NULL);
    load_fail("\xFF", RMQ_ESYNTAX, "invalid UTF-8", NULL);
}

static void test_files_on_disk(void **state)
{
    RMQ_UNUSED(state);
    char dir[] = "/tmp/rmq-test-config-dir-XXXXXX", path[128];
    rmq_config_t cfg;
    rmq_err_t err;
    FILE *f;

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/missing.toml", dir);
    assert_int_equal(rmq_config_load_file(path, &cfg, &err), -ENOENT);
    assert_non_null(strstr(err.msg, "missing.toml"));
    assert_int_equal(cfg.wal.capacity_bytes, 1ULL << 30); /* defaults */
    rmq_config_release(&cfg);

    assert_int_equal(rmq_config_load_file(dir, &cfg, &err), RMQ_EINVAL);
    assert_non_null(strstr(err.msg, "not a regular file"));
    rmq_config_release(&cfg);

    snprintf(path, sizeof(path), "%s/ok.toml", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("[broker]\nid = 3\n[wal]\nsegment_size_bytes = 7\n", f);
    fclose(f);
    assert_int_equal(rmq_config_load_file(path, &cfg, &err), RMQ_EINVAL);
    char want[256];
    snprintf(want, sizeof(want), "%s:4: key 'wal.segment_size_bytes'", path);
    assert_non_null(strstr(err.msg, want));
    rmq_config_release(&cfg);

    f = fopen(path, "w");
    assert_non_null(f);
    fputs("[broker]\nid = 3\n", f);
    fclose(f);
    assert_int_equal(rmq_config_load_file(path, &cfg, &err), 0);
    assert_int_equal(cfg.broker.id, 3);
    assert_string_equal(cfg.source, path);
    rmq_config_release(&cfg);

    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0);
}

/* Every key of the test's list is known to the loader: a wrongly typed value is an error,
 * not an unknown-key warning. */
static void test_every_key_is_known(void **state)
{
    RMQ_UNUSED(state);
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(all_keys); i++) {
        char text[256], want[160];
        const char *name = all_keys[i].name, *dot = strrchr(name, '.');
        rmq_config_t cfg;
        rmq_err_t err;
        snprintf(text, sizeof(text), "[%.*s]\n%s = {}\n", (int)(dot - name), name, dot + 1);
        snprintf(want, sizeof(want), "test.toml:2: key '%s': expected ", name);
        assert_int_equal(rmq_config_load_string(text, strlen(text), "test.toml", &cfg, &err),
                         RMQ_EINVAL);
        if (!strstr(err.msg, want)) {
            print_error("%s: message '%s'\n", name, err.msg);
            fail();
        }
        rmq_config_release(&cfg);
    }
    assert_string_equal(take_log(), "");
}

/* A setting the build cannot honour stops startup with a line naming it. */
static void test_unsupported_features_refused(void **state)
{
    static const struct {
        const char *text, *want;
    } cases[] = {
        {"[network]\nquic_listen = \"127.0.0.1:9092\"\n", "key 'network.quic_listen'"},
        {"[network]\nrpc_listen = \"127.0.0.1:9093\"\n", "key 'network.rpc_listen'"},
        {"[network]\nmetrics_listen = \"127.0.0.1:9643\"\n", "key 'network.metrics_listen'"},
        {"[security]\nenabled = true\n", "section [security]"},
        {"[security.tls]\nenabled = true\nserver_cert_path = \"c.pem\"\nserver_key_path = "
         "\"k.pem\"\n",
         "section [security]"},
        {"[security]\nsasl_mechanisms = [\"PLAIN\"]\n", "section [security]"},
        {"[etl]\nenabled = true\n", "key 'etl.enabled'"},
        {"[replication]\nmin_in_sync_replicas = 2\n", "key 'replication.min_in_sync_replicas'"},
    };
    RMQ_UNUSED(state);
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(cases); i++) {
        rmq_config_t cfg;
        rmq_err_t err;
        assert_int_equal(
            rmq_config_load_string(cases[i].text, strlen(cases[i].text), "t.toml", &cfg, &err), 0);
        assert_int_equal(rmq_config_check_supported(&cfg, &err), RMQ_EUNSUPPORTED);
        if (!strstr(err.msg, cases[i].want) || !strstr(err.msg, "not supported yet") ||
            strncmp(err.msg, "t.toml: ", 8) != 0) {
            print_error("case %zu: message '%s'\n", i, err.msg);
            fail();
        }
        rmq_config_release(&cfg);
    }
}

static void check_shipped_file(const char *name, bool standalone)
{
    const char *root = getenv("RMQ_SOURCE_ROOT");
    char path[4096];
    rmq_config_t cfg;
    rmq_err_t err;
    rmq_toml_t *doc;
    size_t seen = 0;
    FILE *f;
    char *text;
    long len;

    snprintf(path, sizeof(path), "%s/%s", root ? root : ".", name);
    rmq_err_clear(&err);
    int rc = rmq_config_load_file(path, &cfg, &err);
    if (rc)
        print_error("%s: %s\n", path, err.msg);
    assert_int_equal(rc, 0);
    assert_int_equal(cfg.warnings, 0);
    assert_int_equal(cfg.standalone.enabled, standalone);
    /* The shipped files name only what works. */
    if (rmq_config_check_supported(&cfg, &err) != 0)
        print_error("%s: %s\n", path, err.msg);
    assert_int_equal(rmq_config_check_supported(&cfg, &err), 0);

    /* Read the file independently and compare every key with the loaded value. */
    f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    text = rmq_malloc((size_t)len + 1);
    assert_int_equal(fread(text, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    assert_int_equal(rmq_toml_parse(text, (size_t)len, &doc, &err), 0);

    const rmq_toml_node_t *top = rmq_toml_root(doc);
    for (size_t i = 0; i < rmq_toml_table_size(top); i++) {
        const char *sec;
        const rmq_toml_node_t *st = rmq_toml_table_at(top, i, &sec, NULL);
        assert_int_equal(rmq_toml_kind(st), RMQ_TOML_TABLE);
        for (size_t j = 0; j < rmq_toml_table_size(st); j++) {
            const char *key;
            const rmq_toml_node_t *v = rmq_toml_table_at(st, j, &key, NULL);
            if (rmq_toml_kind(v) == RMQ_TOML_TABLE) { /* [security.tls] */
                for (size_t m = 0; m < rmq_toml_table_size(v); m++) {
                    const char *k2;
                    const rmq_toml_node_t *v2 = rmq_toml_table_at(v, m, &k2, NULL);
                    char full[256];
                    snprintf(full, sizeof(full), "%s.%s.%s", sec, key, k2);
                    const tkey_t *tk = tkey_find(full);
                    if (!tk || !value_equals(&cfg, tk, v2)) {
                        print_error("%s: key %s differs\n", name, full);
                        fail();
                    }
                    seen++;
                }
                continue;
            }
            char full[256];
            snprintf(full, sizeof(full), "%s.%s", sec, key);
            const tkey_t *tk = tkey_find(full);
            if (!tk || !value_equals(&cfg, tk, v)) {
                print_error("%s: key %s differs from the loaded config\n", name, full);
                fail();
            }
            seen++;
        }
    }
    /* Every key appears in every shipped file (each once: TOML forbids duplicates). */
    assert_int_equal(seen, RMQ_ARRAY_SIZE(all_keys));
    rmq_toml_free(doc);
    free(text);
    rmq_config_release(&cfg);
}

static void test_shipped_files(void **state)
{
    RMQ_UNUSED(state);
    check_shipped_file("config/standalone.toml", true);
    /* Cluster mode's files, kept valid until they ship. */
    check_shipped_file("docs/cluster-config/broker.toml", false);
    check_shipped_file("docs/cluster-config/controller.toml", false);
    assert_string_equal(take_log(), "");

    /* The standalone file is the documented single-node setup. */
    rmq_config_t cfg;
    char path[4096];
    const char *root = getenv("RMQ_SOURCE_ROOT");
    snprintf(path, sizeof(path), "%s/config/standalone.toml", root ? root : ".");
    assert_int_equal(rmq_config_load_file(path, &cfg, NULL), 0);
    assert_string_equal(cfg.network.kafka_listen, "127.0.0.1:9092");
    assert_string_equal(cfg.wal.path, "./data/wal");
    assert_int_equal(cfg.object_storage.storage_type, RMQ_STORAGE_LOCAL);
    assert_string_equal(cfg.object_storage.path, "./data/objects");
    assert_int_equal(cfg.controller.endpoint_count, 1);
    assert_string_equal(cfg.controller.bind_addr, "127.0.0.1");
    assert_true(cfg.broker.auto_create_topics);
    rmq_config_release(&cfg);
}

static void test_split_hostport(void **state)
{
    RMQ_UNUSED(state);
    char host[64];
    uint16_t port;

    assert_int_equal(rmq_config_split_hostport("127.0.0.1:9092", host, sizeof(host), &port, NULL),
                     0);
    assert_string_equal(host, "127.0.0.1");
    assert_int_equal(port, 9092);
    assert_int_equal(rmq_config_split_hostport("[fe80::1]:1", host, sizeof(host), &port, NULL), 0);
    assert_string_equal(host, "fe80::1");
    assert_int_equal(port, 1);
    assert_int_equal(
        rmq_config_split_hostport("my-host.example:65535", host, sizeof(host), &port, NULL), 0);
    assert_int_equal(port, 65535);
    assert_int_equal(rmq_config_split_hostport("abcdef:1", host, 4, &port, NULL), RMQ_EINVAL);
    assert_int_equal(rmq_config_split_hostport("[]:1", host, sizeof(host), &port, NULL),
                     RMQ_EINVAL);
    assert_int_equal(rmq_config_split_hostport("[host]:1", host, sizeof(host), &port, NULL),
                     RMQ_EINVAL);
    assert_int_equal(rmq_config_split_hostport("h:000009092", host, sizeof(host), &port, NULL),
                     RMQ_EINVAL);
    assert_int_equal(rmq_config_split_hostport("h:", host, sizeof(host), &port, NULL), RMQ_EINVAL);
    assert_int_equal(rmq_config_split_hostport("[::1]9092", host, sizeof(host), &port, NULL),
                     RMQ_EINVAL);
}

/* Hostile documents: deep nesting, huge arrays, odd shapes inside known sections. */
static void test_hostile_inputs(void **state)
{
    RMQ_UNUSED(state);
    char *text = rmq_malloc(300000);
    size_t o = 0;

    /* Deep nesting under a known key: a type error, no recursion into it. */
    o = (size_t)snprintf(text, 300000, "[wal]\npath = ");
    for (int i = 0; i < 100; i++)
        text[o++] = '[';
    for (int i = 0; i < 100; i++)
        text[o++] = ']';
    text[o] = '\0';
    load_fail(text, RMQ_EINVAL, "key 'wal.path': expected a string, got array", NULL);

    /* Deep nesting under an unknown section: one warning. */
    rmq_config_t cfg;
    o = (size_t)snprintf(text, 300000, "[x");
    for (int i = 0; i < 120; i++)
        o += (size_t)snprintf(text + o, 300000 - o, ".x");
    snprintf(text + o, 300000 - o, "]\ny = 1\n");
    load_ok(text, &cfg);
    assert_int_equal(cfg.warnings, 1);
    rmq_config_release(&cfg);
    take_log();

    /* A very long endpoint list is refused, not allocated without bound. */
    o = (size_t)snprintf(text, 300000, "[controller]\nendpoints = [");
    for (int i = 0; i < 10000; i++)
        o += (size_t)snprintf(text + o, 300000 - o, "\"h%d:1\",", i);
    snprintf(text + o, 300000 - o, "]\n");
    load_fail(text, RMQ_EINVAL, "key 'controller.endpoints': more than 64 entries", NULL);

    /* Sections given as dotted keys and inline tables work like [headers]. */
    load_ok("wal.path = \"/d\"\nnetwork = {kafka_listen = \"h:1\"}\n", &cfg);
    assert_string_equal(cfg.wal.path, "/d");
    assert_string_equal(cfg.network.kafka_listen, "h:1");
    assert_int_equal(cfg.warnings, 0);
    rmq_config_release(&cfg);

    /* A 'security.tls' key written at the top level is not a section path. */
    load_ok("\"security.tls\" = 1\n", &cfg);
    assert_int_equal(cfg.warnings, 1);
    rmq_config_release(&cfg);
    take_log();
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_overrides),
        cmocka_unit_test(test_unknown_keys_warn),
        cmocka_unit_test(test_type_and_range_errors),
        cmocka_unit_test(test_cross_key_checks),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_files_on_disk),
        cmocka_unit_test(test_every_key_is_known),
        cmocka_unit_test(test_unsupported_features_refused),
        cmocka_unit_test(test_shipped_files),
        cmocka_unit_test(test_split_hostport),
        cmocka_unit_test(test_hostile_inputs),
    };

    return cmocka_run_group_tests(tests, setup, teardown);
}
