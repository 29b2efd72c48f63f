/* Unit tests for src/broker/topics.c: create/delete/partitions/configs, validation and
 * durability across reopen. */
#include <setjmp.h>
#include <cmocka.h>

#include "broker/topics.h"
#include "common/mem.h"
#include "kafka/errors.h"

static char dir[64];
static rmq_kv_t *kv;
static rmq_topics_t *topics;

static int setup(void **state)
{
    rmq_err_t err;
    (void)state;
    rmq_strlcpy(dir, "/tmp/rmq-topics-XXXXXX", sizeof(dir));
    if (!mkdtemp(dir) || rmq_kv_open(dir, "meta", &kv, &err) < 0)
        return -1;
    return rmq_topics_open(kv, &topics, &err);
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    rmq_topics_close(topics);
    rmq_kv_close(kv);
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

static void reopen(void)
{
    rmq_err_t err;
    rmq_topics_close(topics);
    rmq_kv_close(kv);
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), 0);
    assert_int_equal(rmq_topics_open(kv, &topics, &err), 0);
}

static void test_create_validate_and_reload(void **state)
{
    rmq_err_t err;
    rmq_topic_t *t = NULL;
    const char *keys[] = {"retention.ms", "cleanup.policy"};
    const char *vals[] = {"10000", "compact,delete"};
    (void)state;

    assert_int_equal(rmq_topics_create(topics, "orders", 6, 1, -1, 2, keys, vals, 0, &t, &err),
                     RMQ_KERR_NONE);
    assert_int_equal(t->npartitions, 6);
    assert_int_equal(t->cfg.retention_ms, 10000);
    assert_true(t->cfg.cleanup_compact && t->cfg.cleanup_delete);
    assert_int_equal(t->cfg.max_message_bytes, 1048588);
    uint8_t id[16];
    memcpy(id, t->id, 16);
    uint64_t p0 = t->partition_ids[0];
    for (int i = 1; i < 6; i++)
        assert_true(t->partition_ids[i] != t->partition_ids[i - 1]);
    rmq_topic_unref(t);
    assert_int_equal(rmq_topics_create(topics, "orders", 3, 1, 1, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_TOPIC_ALREADY_EXISTS);
    assert_int_equal(rmq_topics_create(topics, "bad/name", 3, 1, 1, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_INVALID_TOPIC_EXCEPTION);
    assert_int_equal(rmq_topics_create(topics, "..", 3, 1, 1, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_INVALID_TOPIC_EXCEPTION);
    assert_int_equal(rmq_topics_create(topics, "x", 0, 1, 1, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_INVALID_PARTITIONS);
    assert_int_equal(rmq_topics_create(topics, "x", 1, 1, 3, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_INVALID_REPLICATION_FACTOR);
    const char *bk[] = {"retention.ms"}, *bv[] = {"soon"};
    assert_int_equal(rmq_topics_create(topics, "x", 1, 1, 1, 1, bk, bv, 0, NULL, &err),
                     RMQ_KERR_INVALID_CONFIG);
    assert_non_null(strstr(err.msg, "retention.ms"));
    const char *uk[] = {"no.such.config"}, *uv[] = {"1"};
    assert_int_equal(rmq_topics_create(topics, "x", 1, 1, 1, 1, uk, uv, 0, NULL, &err),
                     RMQ_KERR_INVALID_CONFIG);
    /* validate_only creates nothing; -1 partitions takes the default. */
    assert_int_equal(rmq_topics_create(topics, "x", -1, 4, -1, 0, NULL, NULL, 1, NULL, &err),
                     RMQ_KERR_NONE);
    assert_null(rmq_topics_get(topics, "x", 1));
    assert_int_equal(rmq_topics_create(topics, "x", -1, 4, -1, 0, NULL, NULL, 0, NULL, &err),
                     RMQ_KERR_NONE);

    reopen();
    t = rmq_topics_get(topics, "orders", 6);
    assert_non_null(t);
    assert_memory_equal(t->id, id, 16);
    assert_int_equal(t->partition_ids[0], p0);
    assert_int_equal(t->cfg.retention_ms, 10000);
    rmq_topic_unref(t);
    t = rmq_topics_get_by_id(topics, id);
    assert_non_null(t);
    assert_string_equal(t->name, "orders");
    rmq_topic_unref(t);
    t = rmq_topics_get(topics, "x", 1);
    assert_int_equal(t->npartitions, 4);
    rmq_topic_unref(t);
}

static void test_partitions_configs_delete(void **state)
{
    rmq_err_t err;
    rmq_topic_t *t, *old;
    (void)state;

    assert_int_equal(rmq_topics_create(topics, "t", 2, 1, 1, 0, NULL, NULL, 0, NULL, &err), 0);
    old = rmq_topics_get(topics, "t", 1);
    assert_int_equal(rmq_topics_add_partitions(topics, "t", 2, 0, &err),
                     RMQ_KERR_INVALID_PARTITIONS);
    assert_int_equal(rmq_topics_add_partitions(topics, "t", 5, 0, &err), RMQ_KERR_NONE);
    t = rmq_topics_get(topics, "t", 1);
    assert_int_equal(t->npartitions, 5);
    assert_int_equal(t->partition_ids[1], old->partition_ids[1]);
    assert_int_equal(old->npartitions, 2); /* the old snapshot is unchanged */
    rmq_topic_unref(old);
    rmq_topic_unref(t);

    const char *k[] = {"retention.bytes", "cleanup.policy"};
    const char *v[] = {"1048576", "compact"};
    int ops[] = {0, 2};
    assert_int_equal(rmq_topics_alter_config(topics, "t", 2, k, v, ops, 0, 0, &err), 0);
    t = rmq_topics_get(topics, "t", 1);
    assert_int_equal(t->cfg.retention_bytes, 1048576);
    assert_true(t->cfg.cleanup_compact && t->cfg.cleanup_delete);
    rmq_topic_unref(t);
    int sub[] = {3};
    const char *ck[] = {"cleanup.policy"}, *cv[] = {"delete"};
    assert_int_equal(rmq_topics_alter_config(topics, "t", 1, ck, cv, sub, 0, 0, &err), 0);
    t = rmq_topics_get(topics, "t", 1);
    assert_true(t->cfg.cleanup_compact && !t->cfg.cleanup_delete);
    rmq_topic_unref(t);
    /* AlterConfigs replaces everything: retention.bytes goes back to its default. */
    const char *rk[] = {"retention.ms"}, *rv[] = {"5000"};
    assert_int_equal(rmq_topics_alter_config(topics, "t", 1, rk, rv, NULL, 1, 0, &err), 0);
    reopen();
    t = rmq_topics_get(topics, "t", 1);
    assert_int_equal(t->cfg.retention_bytes, -1);
    assert_int_equal(t->cfg.retention_ms, 5000);
    assert_true(!t->cfg.cleanup_compact && t->cfg.cleanup_delete);
    rmq_topic_unref(t);
    const char *badv[] = {"-5"};
    assert_int_equal(rmq_topics_alter_config(topics, "t", 1, rk, badv, NULL, 0, 0, &err),
                     RMQ_KERR_INVALID_CONFIG);
    assert_int_equal(rmq_topics_alter_config(topics, "nope", 1, rk, rv, NULL, 0, 0, &err),
                     RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION);

    uint64_t maxid = 0;
    t = rmq_topics_get(topics, "t", 1);
    for (int i = 0; i < t->npartitions; i++)
        if (t->partition_ids[i] > maxid)
            maxid = t->partition_ids[i];
    rmq_topic_unref(t);
    assert_int_equal(rmq_topics_delete(topics, "t", NULL, &err), RMQ_KERR_NONE);
    assert_int_equal(rmq_topics_delete(topics, "t", NULL, &err),
                     RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION);
    reopen();
    assert_null(rmq_topics_get(topics, "t", 1));
    /* A re-created topic never reuses partition ids. */
    assert_int_equal(rmq_topics_create(topics, "t", 1, 1, 1, 0, NULL, NULL, 0, &t, &err), 0);
    assert_true(t->partition_ids[0] > maxid);
    rmq_topic_unref(t);
    rmq_topic_t **list;
    size_t n = rmq_topics_list(topics, &list);
    assert_int_equal(n, 1);
    rmq_topics_list_free(list, n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_create_validate_and_reload, setup, teardown),
        cmocka_unit_test_setup_teardown(test_partitions_configs_delete, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
