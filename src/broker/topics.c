/*
 * topics.c - topic table (see topics.h).
 *
 * Stored records (rmq_kv_t keys):
 *   "t" NUL name   topic: u8 version(1), id[16], be32 npartitions, be64 partition id * n,
 *                  be32 noverrides, then per override: be16 key length, key, be32 value
 *                  length, value
 *   "n" NUL "pid"  be64: the next partition id to hand out
 */
#include <sys/random.h>

#include "broker/topics.h"
#include "common/assert.h"
#include "common/buf.h"
#include "common/hashmap.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "kafka/errors.h"

#define SUBSYS          "topics"
#define MAX_PARTITIONS  100000
#define NEXT_PID_KEY    "n\0pid"
#define NEXT_PID_KEYLEN 5

/*
 * Two locks: `lock` guards the name map for the moment a lookup or a publish takes; `write_mu`
 * orders the changes (create, delete, add partitions, alter configs), and is held across their
 * journal write. A writer holding write_mu may read the map without `lock` (only writers
 * change it) and takes `lock` only to publish, so lookups from produce, fetch and metadata
 * never wait for the disk.
 */
struct rmq_topics {
    pthread_mutex_t lock;
    pthread_mutex_t write_mu;
    rmq_kv_t *kv;
    rmq_map_t *by_name; /* name -> rmq_topic_t* (one reference held by the table) */
    uint64_t next_pid;
};

/* Kafka's ConfigType numbers, as DescribeConfigs v3+ reports them. */
enum { T_BOOL = 1, T_STRING = 2, T_INT = 3, T_LONG = 5, T_DOUBLE = 6, T_LIST = 7 };

/* How a value is checked beyond its type. */
enum {
    V_NONE = 0,
    V_ENUM,      /* one of cfgdef.valid */
    V_ENUM_LIST, /* a non-empty comma list of cfgdef.valid */
    V_REPLICAS,  /* "", "*" or "partition:broker,..." (throttled replicas) */
    V_VERSION,   /* a Kafka version such as "3.0-IV1" or "2.8" */
};

typedef struct cfgdef {
    const char *name;
    const char *def;
    int type;
    int check;
    int64_t lo, hi;           /* T_INT / T_LONG bounds */
    const char *const *valid; /* V_ENUM, V_ENUM_LIST: NULL-terminated */
    const char *doc;          /* "no effect: ..." when it is only accepted and reported */
} cfgdef_t;

#define L64MAX "9223372036854775807"
static const char *const v_policy[] = {"delete", "compact", NULL};
static const char *const v_codec[] = {"producer", "uncompressed", "gzip", "snappy",
                                      "lz4",      "zstd",         NULL};
static const char *const v_tstype[] = {"CreateTime", "LogAppendTime", NULL};
static const char *const v_durability[] = {"wal", NULL};

/* Every topic config of Kafka 3.7 (TopicConfig), with its default, type and range, plus
   RustMQ's own "durability". docs/kafka-api.md lists which ones act. */
static const cfgdef_t cfgdefs[] = {
    {"cleanup.policy", "delete", T_LIST, V_ENUM_LIST, 0, 0, v_policy,
     "delete (time and size retention) and/or compact; key compaction is not applied yet"},
    {"compression.type", "producer", T_STRING, V_ENUM, 0, 0, v_codec,
     "batches are stored as the producer compressed them (no recompression)"},
    {"delete.retention.ms", "86400000", T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "tombstone retention for compaction (no effect: compaction not applied)"},
    {"durability", "wal", T_STRING, V_ENUM, 0, 0, v_durability,
     "wal: acknowledge once in the WAL (object: not supported yet)"},
    {"file.delete.delay.ms", "60000", T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "no effect: objects are deleted after object_storage.delete_grace_ms"},
    {"flush.messages", L64MAX, T_LONG, V_NONE, 1, INT64_MAX, NULL,
     "no effect: the WAL syncs every group commit"},
    {"flush.ms", L64MAX, T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "no effect: the WAL syncs every group commit"},
    {"follower.replication.throttled.replicas", "", T_LIST, V_REPLICAS, 0, 0, NULL,
     "no effect: no replication yet"},
    {"index.interval.bytes", "4096", T_INT, V_NONE, 0, INT32_MAX, NULL,
     "no effect: every batch is indexed"},
    {"leader.replication.throttled.replicas", "", T_LIST, V_REPLICAS, 0, 0, NULL,
     "no effect: no replication yet"},
    {"local.retention.bytes", "-2", T_LONG, V_NONE, -2, INT64_MAX, NULL,
     "no effect: the local WAL is bounded by wal.capacity_bytes"},
    {"local.retention.ms", "-2", T_LONG, V_NONE, -2, INT64_MAX, NULL,
     "no effect: the local WAL keeps only what is not uploaded"},
    {"max.compaction.lag.ms", L64MAX, T_LONG, V_NONE, 1, INT64_MAX, NULL,
     "no effect: compaction not applied"},
    {"max.message.bytes", "1048588", T_INT, V_NONE, 0, INT32_MAX, NULL,
     "largest record batch accepted"},
    {"message.downconversion.enable", "true", T_BOOL, V_NONE, 0, 0, NULL,
     "no effect: Fetch v0-3 (which needs down-conversion) is not served"},
    {"message.format.version", "3.0-IV1", T_STRING, V_VERSION, 0, 0, NULL,
     "no effect (deprecated): batches are always RecordBatch v2"},
    {"message.timestamp.after.max.ms", L64MAX, T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "CreateTime records more than this ahead of the broker's clock are refused"},
    {"message.timestamp.before.max.ms", L64MAX, T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "CreateTime records more than this behind the broker's clock are refused"},
    {"message.timestamp.difference.max.ms", L64MAX, T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "deprecated bound in both directions (the smaller of it and before/after applies)"},
    {"message.timestamp.type", "CreateTime", T_STRING, V_ENUM, 0, 0, v_tstype,
     "CreateTime or LogAppendTime"},
    {"min.cleanable.dirty.ratio", "0.5", T_DOUBLE, V_NONE, 0, 1, NULL,
     "no effect: compaction not applied"},
    {"min.compaction.lag.ms", "0", T_LONG, V_NONE, 0, INT64_MAX, NULL,
     "no effect: compaction not applied"},
    {"min.insync.replicas", "1", T_INT, V_NONE, 1, INT32_MAX, NULL,
     "acks=all needs this many in-sync replicas; one broker is one replica"},
    {"preallocate", "false", T_BOOL, V_NONE, 0, 0, NULL,
     "no effect: WAL segments are always preallocated"},
    {"remote.storage.enable", "false", T_BOOL, V_NONE, 0, 0, NULL,
     "no effect: every topic's data goes to object storage"},
    {"retention.bytes", "-1", T_LONG, V_NONE, -1, INT64_MAX, NULL,
     "size limit per partition, -1 for none"},
    {"retention.ms", "604800000", T_LONG, V_NONE, -1, INT64_MAX, NULL,
     "time limit, -1 for forever"},
    {"segment.bytes", "1073741824", T_INT, V_NONE, 14, INT32_MAX, NULL,
     "no effect: the WAL and objects have their own sizes"},
    {"segment.index.bytes", "10485760", T_INT, V_NONE, 4, INT32_MAX, NULL,
     "no effect: the index is in memory"},
    {"segment.jitter.ms", "0", T_LONG, V_NONE, 0, INT64_MAX, NULL, "no effect"},
    {"segment.ms", "604800000", T_LONG, V_NONE, 1, INT64_MAX, NULL,
     "no effect: uploads follow wal.upload_interval_ms"},
    {"unclean.leader.election.enable", "false", T_BOOL, V_NONE, 0, 0, NULL,
     "no effect: no replication yet"},
};

static const cfgdef_t *cfgdef_find(const char *name)
{
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(cfgdefs); i++)
        if (strcmp(cfgdefs[i].name, name) == 0)
            return &cfgdefs[i];
    return NULL;
}

static int parse_i64(const char *s, int64_t *out)
{
    char *end;

    if (!s || !*s)
        return -1;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (errno || *end)
        return -1;
    *out = v;
    return 0;
}

static int in_list(const char *const *valid, const char *v, size_t n)
{
    for (; *valid; valid++)
        if (strlen(*valid) == n && strncmp(*valid, v, n) == 0)
            return 1;
    return 0;
}

/* Kafka's trimmed comma list: every element in valid, at least one. */
static int check_enum_list(const char *const *valid, const char *v)
{
    for (const char *p = v;;) {
        const char *c = strchr(p, ',');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        while (len && *p == ' ')
            p++, len--;
        while (len && p[len - 1] == ' ')
            len--;
        if (!in_list(valid, p, len))
            return 0;
        if (!c)
            return 1;
        p = c + 1;
    }
}

static int all_digits(const char *p, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return 0;
    return 1;
}

/* "", "*", or "partition:broker" entries separated by commas. */
static int check_replicas(const char *v)
{
    if (!*v || strcmp(v, "*") == 0)
        return 1;
    for (const char *p = v;;) {
        const char *c = strchr(p, ',');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        const char *colon = memchr(p, ':', len);
        if (!colon || !all_digits(p, (size_t)(colon - p)) ||
            !all_digits(colon + 1, len - (size_t)(colon - p) - 1))
            return 0;
        if (!c)
            return 1;
        p = c + 1;
    }
}

/* "0.8.0" .. "3.7-IV4": digits and dots, optionally "-IV" and digits. */
static int check_version(const char *v)
{
    const char *iv = strstr(v, "-IV");
    size_t n = iv ? (size_t)(iv - v) : strlen(v);
    int dots = 0;

    if (iv && !all_digits(iv + 3, strlen(iv + 3)))
        return 0;
    if (n == 0 || v[0] == '.' || v[n - 1] == '.')
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '.') {
            if (v[i + 1] == '.')
                return 0;
            dots++;
        } else if (v[i] < '0' || v[i] > '9') {
            return 0;
        }
    }
    return dots >= 1 && dots <= 2;
}

int16_t rmq_topics_check_config(const char *key, const char *value, rmq_err_t *err)
{
    const cfgdef_t *d = cfgdef_find(key);
    int64_t v;

    if (!d)
        return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG, "unknown topic config '%s'", key);
    if (!value)
        return RMQ_KERR_NONE;
    switch (d->type) {
    case T_INT:
    case T_LONG:
        if (parse_i64(value, &v) < 0 || (d->type == T_INT && (v < INT32_MIN || v > INT32_MAX)))
            return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG,
                                        "config '%s': '%s' is not a valid %s", key, value,
                                        d->type == T_INT ? "int" : "long");
        if (v < d->lo || v > d->hi)
            return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG,
                                        "config '%s': %s is out of range (at least %" PRId64 ")",
                                        key, value, d->lo);
        return RMQ_KERR_NONE;
    case T_DOUBLE: {
        char *end;
        errno = 0;
        double x = strtod(value, &end);
        if (!*value || *end || errno || !(x >= (double)d->lo && x <= (double)d->hi))
            goto bad;
        return RMQ_KERR_NONE;
    }
    case T_BOOL:
        if (strcasecmp(value, "true") != 0 && strcasecmp(value, "false") != 0)
            goto bad;
        return RMQ_KERR_NONE;
    default:
        break;
    }
    switch (d->check) {
    case V_ENUM:
        if (!in_list(d->valid, value, strlen(value))) {
            if (strcmp(key, "durability") == 0 && strcmp(value, "object") == 0)
                return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG,
                                            "config 'durability': 'object' (acknowledge after the "
                                            "object PUT) is not supported yet");
            goto bad;
        }
        break;
    case V_ENUM_LIST:
        if (!check_enum_list(d->valid, value))
            goto bad;
        break;
    case V_REPLICAS:
        if (!check_replicas(value))
            goto bad;
        break;
    case V_VERSION:
        if (!check_version(value))
            goto bad;
        break;
    default:
        break;
    }
    return RMQ_KERR_NONE;
bad:
    return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG, "config '%s': invalid value '%s'",
                                key, value);
}

int16_t rmq_topics_check_name(const char *name, size_t len, rmq_err_t *err)
{
    if (len == 0 || len > RMQ_TOPIC_NAME_MAX)
        return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_TOPIC_EXCEPTION,
                                    "topic name must be 1 to %d characters", RMQ_TOPIC_NAME_MAX);
    if ((len == 1 && name[0] == '.') || (len == 2 && name[0] == '.' && name[1] == '.'))
        return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_TOPIC_EXCEPTION,
                                    "topic name cannot be '.' or '..'");
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_TOPIC_EXCEPTION,
                                        "topic name contains an illegal character (allowed: "
                                        "ASCII letters, digits, '.', '_' and '-')");
    }
    return RMQ_KERR_NONE;
}

static const char *override_of(const rmq_topic_t *t, const char *key)
{
    for (int i = 0; i < t->noverrides; i++)
        if (strcmp(t->override_keys[i], key) == 0)
            return t->override_values[i];
    return NULL;
}

static const char *effective(const rmq_topic_t *t, const cfgdef_t *d)
{
    const char *v = override_of(t, d->name);

    return v ? v : d->def;
}

static void compute_config(rmq_topic_t *t)
{
    rmq_topic_config_t *c = &t->cfg;
    int64_t v = 0;
    const char *s;

    parse_i64(effective(t, cfgdef_find("retention.ms")), &c->retention_ms);
    parse_i64(effective(t, cfgdef_find("retention.bytes")), &c->retention_bytes);
    parse_i64(effective(t, cfgdef_find("max.message.bytes")), &v);
    c->max_message_bytes = (int32_t)v;
    parse_i64(effective(t, cfgdef_find("min.insync.replicas")), &v);
    c->min_insync_replicas = (int32_t)v;
    s = effective(t, cfgdef_find("cleanup.policy"));
    c->cleanup_compact = strstr(s, "compact") != NULL;
    c->cleanup_delete = strstr(s, "delete") != NULL;
    c->log_append_time =
        strcmp(effective(t, cfgdef_find("message.timestamp.type")), "LogAppendTime") == 0;
    /* Kafka 3.6+: the deprecated difference bound applies in both directions. */
    int64_t diff = INT64_MAX;
    parse_i64(effective(t, cfgdef_find("message.timestamp.difference.max.ms")), &diff);
    parse_i64(effective(t, cfgdef_find("message.timestamp.before.max.ms")), &c->ts_before_max_ms);
    parse_i64(effective(t, cfgdef_find("message.timestamp.after.max.ms")), &c->ts_after_max_ms);
    c->ts_before_max_ms = RMQ_MIN(c->ts_before_max_ms, diff);
    c->ts_after_max_ms = RMQ_MIN(c->ts_after_max_ms, diff);
    c->durability_object = strcmp(effective(t, cfgdef_find("durability")), "object") == 0;
}

static rmq_topic_t *topic_new(const char *name)
{
    rmq_topic_t *t = rmq_calloc(1, sizeof(*t));

    t->refcnt = 1;
    t->name = rmq_strdup(name);
    return t;
}

static void topic_free(rmq_topic_t *t)
{
    for (int i = 0; i < t->noverrides; i++) {
        free(t->override_keys[i]);
        free(t->override_values[i]);
    }
    free(t->override_keys);
    free(t->override_values);
    free(t->partition_ids);
    free(t->name);
    free(t);
}

rmq_topic_t *rmq_topic_ref(rmq_topic_t *t)
{
    __atomic_add_fetch(&t->refcnt, 1, __ATOMIC_RELAXED);
    return t;
}

void rmq_topic_unref(rmq_topic_t *t)
{
    if (t && __atomic_sub_fetch(&t->refcnt, 1, __ATOMIC_ACQ_REL) == 0)
        topic_free(t);
}

static void set_override(rmq_topic_t *t, const char *key, const char *value)
{
    for (int i = 0; i < t->noverrides; i++) {
        if (strcmp(t->override_keys[i], key) == 0) {
            free(t->override_values[i]);
            if (value) {
                t->override_values[i] = rmq_strdup(value);
            } else {
                free(t->override_keys[i]);
                t->noverrides--;
                t->override_keys[i] = t->override_keys[t->noverrides];
                t->override_values[i] = t->override_values[t->noverrides];
            }
            return;
        }
    }
    if (!value)
        return;
    t->override_keys = rmq_realloc(t->override_keys, sizeof(char *) * (size_t)(t->noverrides + 1));
    t->override_values =
        rmq_realloc(t->override_values, sizeof(char *) * (size_t)(t->noverrides + 1));
    t->override_keys[t->noverrides] = rmq_strdup(key);
    t->override_values[t->noverrides] = rmq_strdup(value);
    t->noverrides++;
}

/* A modifiable copy of t (refcount 1). */
static rmq_topic_t *topic_clone(const rmq_topic_t *t)
{
    rmq_topic_t *c = topic_new(t->name);

    memcpy(c->id, t->id, 16);
    c->npartitions = t->npartitions;
    c->partition_ids = rmq_malloc(sizeof(uint64_t) * (size_t)(t->npartitions ? t->npartitions : 1));
    memcpy(c->partition_ids, t->partition_ids, sizeof(uint64_t) * (size_t)t->npartitions);
    for (int i = 0; i < t->noverrides; i++)
        set_override(c, t->override_keys[i], t->override_values[i]);
    c->cfg = t->cfg;
    return c;
}

static void encode_topic(const rmq_topic_t *t, rmq_wbuf_t *wb)
{
    rmq_wbuf_put_u8(wb, 1);
    rmq_wbuf_append(wb, t->id, 16);
    rmq_wbuf_put_be32(wb, (uint32_t)t->npartitions);
    for (int i = 0; i < t->npartitions; i++)
        rmq_wbuf_put_be64(wb, t->partition_ids[i]);
    rmq_wbuf_put_be32(wb, (uint32_t)t->noverrides);
    for (int i = 0; i < t->noverrides; i++) {
        size_t kl = strlen(t->override_keys[i]), vl = strlen(t->override_values[i]);
        rmq_wbuf_put_be16(wb, (uint16_t)kl);
        rmq_wbuf_append(wb, t->override_keys[i], kl);
        rmq_wbuf_put_be32(wb, (uint32_t)vl);
        rmq_wbuf_append(wb, t->override_values[i], vl);
    }
}

static rmq_topic_t *decode_topic(const char *name, const uint8_t *p, size_t n)
{
    rmq_topic_t *t;
    size_t pos = 0;
    uint32_t np, no;

    if (n < 21 || p[0] != 1)
        return NULL;
    t = topic_new(name);
    memcpy(t->id, p + 1, 16);
    np = rmq_be32(p + 17);
    pos = 21;
    if (np > MAX_PARTITIONS || (n - pos) / 8 < np)
        goto bad;
    t->npartitions = (int32_t)np;
    t->partition_ids = rmq_malloc(sizeof(uint64_t) * (np ? np : 1));
    for (uint32_t i = 0; i < np; i++, pos += 8)
        t->partition_ids[i] = rmq_be64(p + pos);
    if (n - pos < 4)
        goto bad;
    no = rmq_be32(p + pos);
    pos += 4;
    for (uint32_t i = 0; i < no; i++) {
        uint16_t kl;
        uint32_t vl;
        char *k, *v;
        if (n - pos < 2)
            goto bad;
        kl = rmq_be16(p + pos);
        pos += 2;
        if (n - pos < (size_t)kl + 4)
            goto bad;
        k = rmq_strndup((const char *)p + pos, kl);
        pos += kl;
        vl = rmq_be32(p + pos);
        pos += 4;
        if (n - pos < vl) {
            free(k);
            goto bad;
        }
        v = rmq_strndup((const char *)p + pos, vl);
        pos += vl;
        if (cfgdef_find(k))
            set_override(t, k, v);
        free(k);
        free(v);
    }
    if (pos != n)
        goto bad;
    compute_config(t);
    return t;
bad:
    topic_free(t);
    return NULL;
}

static size_t topic_key(uint8_t *out, const char *name)
{
    size_t n = strlen(name);

    out[0] = 't';
    out[1] = 0;
    memcpy(out + 2, name, n);
    return n + 2;
}

/* Writes t (and the next partition id) durably, then publishes it. Caller holds write_mu. */
static int16_t persist_and_publish(rmq_topics_t *topics, rmq_topic_t *t, rmq_err_t *err)
{
    uint8_t key[2 + RMQ_TOPIC_NAME_MAX];
    uint8_t pid[8];
    rmq_wbuf_t val;
    rmq_kv_batch_t *b = rmq_kv_batch_new();
    rmq_topic_t *old;
    int rc;

    RMQ_ASSERT_HELD(&topics->write_mu);
    rmq_wbuf_init(&val, 128);
    encode_topic(t, &val);
    rmq_kv_batch_put(b, key, topic_key(key, t->name), val.data, val.len);
    rmq_put_be64(pid, topics->next_pid);
    rmq_kv_batch_put(b, NEXT_PID_KEY, NEXT_PID_KEYLEN, pid, 8);
    rmq_wbuf_release(&val);
    rc = rmq_kv_commit(topics->kv, b);
    if (rc < 0) {
        rmq_topic_unref(t);
        return (int16_t)rmq_err_set(err, RMQ_KERR_KAFKA_STORAGE_ERROR,
                                    "metadata store write failed: %s", rmq_strerror(rc));
    }
    pthread_mutex_lock(&topics->lock);
    old = rmq_map_put(topics->by_name, t->name, strlen(t->name), t);
    pthread_mutex_unlock(&topics->lock);
    rmq_topic_unref(old);
    return RMQ_KERR_NONE;
}

static int load_cb(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    rmq_topics_t *topics = opaque;
    char *name = rmq_strndup((const char *)key + 2, klen - 2);
    rmq_topic_t *t = decode_topic(name, val, vlen);

    if (!t) {
        rmq_error(SUBSYS, "topic record '%s' is corrupt; topic not loaded", name);
    } else {
        rmq_map_put(topics->by_name, t->name, strlen(t->name), t);
        for (int i = 0; i < t->npartitions; i++)
            if (t->partition_ids[i] >= topics->next_pid)
                topics->next_pid = t->partition_ids[i] + 1;
    }
    free(name);
    return 0;
}

int rmq_topics_open(rmq_kv_t *kv, rmq_topics_t **topicsp, rmq_err_t *err)
{
    rmq_topics_t *topics = rmq_calloc(1, sizeof(*topics));
    void *v = NULL;
    size_t vl = 0;

    RMQ_UNUSED(err);
    pthread_mutex_init(&topics->lock, NULL);
    pthread_mutex_init(&topics->write_mu, NULL);
    topics->kv = kv;
    topics->by_name = rmq_map_new(64);
    topics->next_pid = 1;
    if (rmq_kv_get(kv, NEXT_PID_KEY, NEXT_PID_KEYLEN, &v, &vl) == 0) {
        if (vl == 8 && rmq_be64(v) > topics->next_pid)
            topics->next_pid = rmq_be64(v);
        free(v);
    }
    rmq_kv_scan(kv, "t", 2, load_cb, topics);
    rmq_info(SUBSYS, "%zu topics loaded", rmq_map_count(topics->by_name));
    *topicsp = topics;
    return 0;
}

void rmq_topics_close(rmq_topics_t *topics)
{
    size_t it = 0;
    void *v;

    if (!topics)
        return;
    while (rmq_map_next(topics->by_name, &it, NULL, NULL, &v))
        rmq_topic_unref(v);
    rmq_map_free(topics->by_name);
    pthread_mutex_destroy(&topics->lock);
    pthread_mutex_destroy(&topics->write_mu);
    free(topics);
}

rmq_topic_t *rmq_topics_get(rmq_topics_t *topics, const char *name, size_t len)
{
    rmq_topic_t *t;

    pthread_mutex_lock(&topics->lock);
    t = rmq_map_get(topics->by_name, name, len);
    if (t)
        rmq_topic_ref(t);
    pthread_mutex_unlock(&topics->lock);
    return t;
}

rmq_topic_t *rmq_topics_get_by_id(rmq_topics_t *topics, const uint8_t id[16])
{
    size_t it = 0;
    void *v;
    rmq_topic_t *found = NULL;

    pthread_mutex_lock(&topics->lock);
    while (rmq_map_next(topics->by_name, &it, NULL, NULL, &v)) {
        rmq_topic_t *t = v;
        if (memcmp(t->id, id, 16) == 0) {
            found = rmq_topic_ref(t);
            break;
        }
    }
    pthread_mutex_unlock(&topics->lock);
    return found;
}

int16_t rmq_topics_create(rmq_topics_t *topics, const char *name, int32_t npartitions,
                          int32_t default_partitions, int16_t replication_factor, int nconfigs,
                          const char *const *keys, const char *const *values, int validate_only,
                          rmq_topic_t **out, rmq_err_t *err)
{
    rmq_topic_t *t;
    int16_t e;

    if ((e = rmq_topics_check_name(name, strlen(name), err)) != RMQ_KERR_NONE)
        return e;
    if (npartitions == -1)
        npartitions = default_partitions;
    if (npartitions < 1 || npartitions > MAX_PARTITIONS)
        return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_PARTITIONS,
                                    "number of partitions must be between 1 and %d",
                                    MAX_PARTITIONS);
    if (replication_factor != -1 && replication_factor != 1)
        return (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_REPLICATION_FACTOR,
                                    "replication factor %d is larger than the 1 available broker",
                                    replication_factor);
    for (int i = 0; i < nconfigs; i++)
        if ((e = rmq_topics_check_config(keys[i], values[i], err)) != RMQ_KERR_NONE)
            return e;
    pthread_mutex_lock(&topics->write_mu);
    if (rmq_map_get(topics->by_name, name, strlen(name))) {
        pthread_mutex_unlock(&topics->write_mu);
        return (int16_t)rmq_err_set(err, RMQ_KERR_TOPIC_ALREADY_EXISTS, "topic '%s' already exists",
                                    name);
    }
    if (validate_only) {
        pthread_mutex_unlock(&topics->write_mu);
        return RMQ_KERR_NONE;
    }
    t = topic_new(name);
    if (getrandom(t->id, 16, 0) != 16) {
        for (int i = 0; i < 16; i++)
            t->id[i] = (uint8_t)(rand() ^ i);
    }
    t->id[6] = (uint8_t)((t->id[6] & 0x0f) | 0x40); /* UUID version 4 */
    t->id[8] = (uint8_t)((t->id[8] & 0x3f) | 0x80);
    t->npartitions = npartitions;
    t->partition_ids = rmq_malloc(sizeof(uint64_t) * (size_t)npartitions);
    for (int i = 0; i < npartitions; i++)
        t->partition_ids[i] = topics->next_pid++;
    for (int i = 0; i < nconfigs; i++)
        set_override(t, keys[i], values[i]);
    compute_config(t);
    if (out)
        rmq_topic_ref(t);
    e = persist_and_publish(topics, t, err);
    if (e != RMQ_KERR_NONE && out) {
        rmq_topic_unref(t);
        t = NULL;
    }
    if (out)
        *out = e == RMQ_KERR_NONE ? t : NULL;
    pthread_mutex_unlock(&topics->write_mu);
    if (e == RMQ_KERR_NONE)
        rmq_info(SUBSYS, "created topic %s with %" PRId32 " partitions", name, npartitions);
    return e;
}

int16_t rmq_topics_delete(rmq_topics_t *topics, const char *name, rmq_topic_t **deleted,
                          rmq_err_t *err)
{
    uint8_t key[2 + RMQ_TOPIC_NAME_MAX];
    rmq_topic_t *t;
    int rc;

    if (strlen(name) > RMQ_TOPIC_NAME_MAX)
        return (int16_t)rmq_err_set(err, RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION, "unknown topic");
    pthread_mutex_lock(&topics->write_mu);
    t = rmq_map_get(topics->by_name, name, strlen(name));
    if (!t) {
        pthread_mutex_unlock(&topics->write_mu);
        return (int16_t)rmq_err_set(err, RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION,
                                    "topic '%s' does not exist", name);
    }
    rc = rmq_kv_del(topics->kv, key, topic_key(key, name));
    if (rc < 0) {
        pthread_mutex_unlock(&topics->write_mu);
        return (int16_t)rmq_err_set(err, RMQ_KERR_KAFKA_STORAGE_ERROR,
                                    "metadata store write failed: %s", rmq_strerror(rc));
    }
    pthread_mutex_lock(&topics->lock);
    rmq_map_del(topics->by_name, name, strlen(name));
    pthread_mutex_unlock(&topics->lock);
    pthread_mutex_unlock(&topics->write_mu);
    rmq_info(SUBSYS, "deleted topic %s", name);
    if (deleted)
        *deleted = t;
    else
        rmq_topic_unref(t);
    return RMQ_KERR_NONE;
}

int16_t rmq_topics_add_partitions(rmq_topics_t *topics, const char *name, int32_t new_total,
                                  int validate_only, rmq_err_t *err)
{
    rmq_topic_t *t, *c;
    int16_t e;

    pthread_mutex_lock(&topics->write_mu);
    t = rmq_map_get(topics->by_name, name, strlen(name));
    if (!t) {
        e = (int16_t)rmq_err_set(err, RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION,
                                 "topic '%s' does not exist", name);
        goto out;
    }
    if (new_total <= t->npartitions || new_total > MAX_PARTITIONS) {
        e = (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_PARTITIONS,
                                 "topic currently has %" PRId32 " partitions, %" PRId32
                                 " would not be an increase",
                                 t->npartitions, new_total);
        goto out;
    }
    e = RMQ_KERR_NONE;
    if (validate_only)
        goto out;
    c = topic_clone(t);
    c->partition_ids = rmq_realloc(c->partition_ids, sizeof(uint64_t) * (size_t)new_total);
    for (int32_t i = c->npartitions; i < new_total; i++)
        c->partition_ids[i] = topics->next_pid++;
    c->npartitions = new_total;
    e = persist_and_publish(topics, c, err);
out:
    pthread_mutex_unlock(&topics->write_mu);
    return e;
}

int16_t rmq_topics_alter_config(rmq_topics_t *topics, const char *name, int n,
                                const char *const *keys, const char *const *values, const int *ops,
                                int replace_all, int validate_only, rmq_err_t *err)
{
    rmq_topic_t *t, *c;
    int16_t e = RMQ_KERR_NONE;

    pthread_mutex_lock(&topics->write_mu);
    t = rmq_map_get(topics->by_name, name, strlen(name));
    if (!t) {
        e = (int16_t)rmq_err_set(err, RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION,
                                 "topic '%s' does not exist", name);
        goto out;
    }
    c = topic_clone(t);
    if (replace_all)
        while (c->noverrides)
            set_override(c, c->override_keys[0], NULL);
    for (int i = 0; i < n && e == RMQ_KERR_NONE; i++) {
        const cfgdef_t *d = cfgdef_find(keys[i]);
        int op = ops ? ops[i] : 0;
        char buf[512];
        if (!d) {
            e = (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG, "unknown topic config '%s'",
                                     keys[i]);
            break;
        }
        if (op == 1) {
            set_override(c, keys[i], NULL);
            continue;
        }
        if (op == 2 || op == 3) {
            const char *cur = effective(c, d);
            if (d->type != T_LIST || !values[i]) {
                e = (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_CONFIG, "config '%s' is not a list",
                                         keys[i]);
                break;
            }
            if (op == 2) {
                if (strstr(cur, values[i]))
                    snprintf(buf, sizeof(buf), "%s", cur);
                else if (snprintf(buf, sizeof(buf), "%s,%s", cur, values[i]) >= (int)sizeof(buf))
                    buf[0] = 0;
            } else {
                /* Rebuild the list without the subtracted element. */
                char copy[512], *save = NULL;
                size_t len = 0;
                buf[0] = 0;
                rmq_strlcpy(copy, cur, sizeof(copy));
                for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
                    if (strcmp(tok, values[i]) != 0)
                        len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s",
                                                len ? "," : "", tok);
            }
            if ((e = rmq_topics_check_config(keys[i], buf, err)) != RMQ_KERR_NONE)
                break;
            set_override(c, keys[i], buf);
            continue;
        }
        if (op != 0) {
            e = (int16_t)rmq_err_set(err, RMQ_KERR_INVALID_REQUEST, "unknown config operation %d",
                                     op);
            break;
        }
        if ((e = rmq_topics_check_config(keys[i], values[i], err)) != RMQ_KERR_NONE)
            break;
        set_override(c, keys[i], values[i]);
    }
    if (e != RMQ_KERR_NONE || validate_only) {
        rmq_topic_unref(c);
        goto out;
    }
    compute_config(c);
    e = persist_and_publish(topics, c, err);
out:
    pthread_mutex_unlock(&topics->write_mu);
    return e;
}

void rmq_topic_describe_config(const rmq_topic_t *t, rmq_topic_config_fn cb, void *opaque)
{
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(cfgdefs); i++) {
        rmq_topic_config_entry_t e = {0};
        const char *o = override_of(t, cfgdefs[i].name);
        e.name = cfgdefs[i].name;
        e.value = o ? o : cfgdefs[i].def;
        e.is_default = o == NULL;
        e.doc = cfgdefs[i].doc;
        e.type = cfgdefs[i].type;
        cb(opaque, &e);
    }
}

size_t rmq_topics_list(rmq_topics_t *topics, rmq_topic_t ***list)
{
    size_t it = 0, n = 0;
    void *v;

    pthread_mutex_lock(&topics->lock);
    *list = rmq_calloc(rmq_map_count(topics->by_name) + 1, sizeof(rmq_topic_t *));
    while (rmq_map_next(topics->by_name, &it, NULL, NULL, &v))
        (*list)[n++] = rmq_topic_ref(v);
    pthread_mutex_unlock(&topics->lock);
    return n;
}

void rmq_topics_list_free(rmq_topic_t **list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        rmq_topic_unref(list[i]);
    free(list);
}
