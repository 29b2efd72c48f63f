/*
 * topics.h - the topic table of a standalone broker: names, ids, partitions and per-topic
 * configuration, kept durably in a rmq_kv_t store.
 *
 * Every topic gets a random 16-byte topic id (Kafka's topic UUID) and, for each partition,
 * a broker-wide unique 64-bit partition id: the id its partition log and WAL frames carry.
 * Ids are never reused, so a re-created topic never sees an old topic's data.
 *
 * Topics are immutable snapshots: a change (new partitions, altered config) publishes a new
 * rmq_topic_t and the old one lives on until its last reference is dropped, so the request
 * path reads a topic without holding any lock.
 *
 * Errors are Kafka error codes (kafka/errors.h) with a message in rmq_err_t.
 * Thread: every call may come from any thread.
 */
#ifndef RMQ_BROKER_TOPICS_H
#define RMQ_BROKER_TOPICS_H

#include <stddef.h>
#include <stdint.h>

#include "common/err.h"
#include "storage/kv.h"

#define RMQ_TOPIC_NAME_MAX 249

/* Effective configuration of a topic (defaults overlaid by its overrides). */
typedef struct rmq_topic_config {
    int64_t retention_ms;      /* retention.ms, -1 = forever (default 7 days) */
    int64_t retention_bytes;   /* retention.bytes, -1 = no limit */
    int cleanup_compact;       /* cleanup.policy contains "compact" */
    int cleanup_delete;        /* cleanup.policy contains "delete" */
    int32_t max_message_bytes; /* max.message.bytes (1048588) */
    int32_t min_insync_replicas;
    int log_append_time;      /* message.timestamp.type = LogAppendTime */
    int64_t ts_before_max_ms; /* message.timestamp.before.max.ms (with difference.max.ms) */
    int64_t ts_after_max_ms;  /* message.timestamp.after.max.ms (with difference.max.ms) */
    int durability_object;    /* durability = object (ack after the object PUT) */
} rmq_topic_config_t;

/* One configuration key: name, effective value, whether the topic overrides the default. */
typedef struct rmq_topic_config_entry {
    const char *name;
    const char *value;
    int is_default;
    int read_only;
    int sensitive;
    const char *doc;
    int type; /* Kafka ConfigType: 1 boolean, 2 string, 3 int, 4 short, 5 long, 6 double, 7 list */
} rmq_topic_config_entry_t;

typedef struct rmq_topic {
    int refcnt; /* atomic */
    char *name;
    uint8_t id[16];
    int32_t npartitions;
    uint64_t *partition_ids; /* [npartitions] */
    rmq_topic_config_t cfg;
    int noverrides;
    char **override_keys; /* [noverrides] */
    char **override_values;
} rmq_topic_t;

typedef struct rmq_topics rmq_topics_t;

/* Loads the table from kv (borrowed; must outlive the table). */
int rmq_topics_open(rmq_kv_t *kv, rmq_topics_t **topicsp, rmq_err_t *err);
void rmq_topics_close(rmq_topics_t *topics);

/* A new reference to the current snapshot of the named topic, or NULL. */
rmq_topic_t *rmq_topics_get(rmq_topics_t *topics, const char *name, size_t len);
rmq_topic_t *rmq_topics_get_by_id(rmq_topics_t *topics, const uint8_t id[16]);
rmq_topic_t *rmq_topic_ref(rmq_topic_t *topic);
void rmq_topic_unref(rmq_topic_t *topic);

/* Checks a topic name (Kafka's rules: 1-249 of [a-zA-Z0-9._-], not "." or ".."). */
int16_t rmq_topics_check_name(const char *name, size_t len, rmq_err_t *err);

/* Checks one config key/value; NONE or INVALID_CONFIG with a message. */
int16_t rmq_topics_check_config(const char *key, const char *value, rmq_err_t *err);

/*
 * Creates a topic. replication_factor must be -1 or 1 on a single broker
 * (INVALID_REPLICATION_FACTOR otherwise); npartitions -1 means default_partitions.
 * configs: n key/value pairs (value NULL = default). validate_only checks without creating.
 * Returns NONE, TOPIC_ALREADY_EXISTS, INVALID_TOPIC_EXCEPTION, INVALID_PARTITIONS,
 * INVALID_REPLICATION_FACTOR, INVALID_CONFIG or KAFKA_STORAGE_ERROR. *out (may be NULL)
 * receives a reference to the new topic.
 */
int16_t rmq_topics_create(rmq_topics_t *topics, const char *name, int32_t npartitions,
                          int32_t default_partitions, int16_t replication_factor, int nconfigs,
                          const char *const *keys, const char *const *values, int validate_only,
                          rmq_topic_t **out, rmq_err_t *err);

/* Deletes a topic; *deleted (may be NULL) receives the last snapshot so the caller can
 * release its partitions. UNKNOWN_TOPIC_OR_PARTITION when absent. */
int16_t rmq_topics_delete(rmq_topics_t *topics, const char *name, rmq_topic_t **deleted,
                          rmq_err_t *err);

/* Raises the partition count to new_total (INVALID_PARTITIONS if not larger). */
int16_t rmq_topics_add_partitions(rmq_topics_t *topics, const char *name, int32_t new_total,
                                  int validate_only, rmq_err_t *err);

/* Config changes. op per key: 0 SET, 1 DELETE (back to default), 2 APPEND, 3 SUBTRACT (list
 * keys only). replace_all (AlterConfigs) first drops every override. */
int16_t rmq_topics_alter_config(rmq_topics_t *topics, const char *name, int n,
                                const char *const *keys, const char *const *values, const int *ops,
                                int replace_all, int validate_only, rmq_err_t *err);

/* Calls cb for every supported config key of topic (effective values). */
typedef void (*rmq_topic_config_fn)(void *opaque, const rmq_topic_config_entry_t *e);
void rmq_topic_describe_config(const rmq_topic_t *topic, rmq_topic_config_fn cb, void *opaque);

/* Snapshot of every topic (new references); returns count. *list is malloc'd; free with
 * rmq_topics_list_free. */
size_t rmq_topics_list(rmq_topics_t *topics, rmq_topic_t ***list);
void rmq_topics_list_free(rmq_topic_t **list, size_t n);

#endif
