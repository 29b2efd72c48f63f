/* Unit tests for src/broker/group.c: the classic group protocol state machine, static
 * membership, timeouts and durable committed offsets. Time is driven explicitly. */
#include <setjmp.h>
#include <cmocka.h>

#include "broker/group.h"
#include "common/mem.h"
#include "kafka/errors.h"

typedef struct join_out {
    int called;
    int16_t error;
    int32_t generation;
    char member_id[256];
    char leader[256];
    char protocol[64];
    int nmembers;
} join_out_t;

typedef struct sync_out {
    int called;
    int16_t error;
    char assignment[64];
} sync_out_t;

static void on_join(void *opaque, const rmq_group_join_res_t *r)
{
    join_out_t *o = opaque;
    o->called++;
    o->error = r->error;
    o->generation = r->generation_id;
    rmq_strlcpy(o->member_id, r->member_id ? r->member_id : "", sizeof(o->member_id));
    rmq_strlcpy(o->leader, r->leader ? r->leader : "", sizeof(o->leader));
    rmq_strlcpy(o->protocol, r->protocol_name ? r->protocol_name : "", sizeof(o->protocol));
    o->nmembers = r->nmembers;
}

static void on_sync(void *opaque, const rmq_group_sync_res_t *r)
{
    sync_out_t *o = opaque;
    o->called++;
    o->error = r->error;
    memcpy(o->assignment, r->assignment, r->assignment_len);
    o->assignment[r->assignment_len] = '\0';
}

static char dir[64];
static rmq_kv_t *kv;
static rmq_group_mgr_t *mgr;

static int setup(void **state)
{
    rmq_err_t err;
    rmq_group_opts_t o;
    (void)state;
    rmq_strlcpy(dir, "/tmp/rmq-group-XXXXXX", sizeof(dir));
    if (!mkdtemp(dir) || rmq_kv_open(dir, "meta", &kv, &err) < 0)
        return -1;
    rmq_group_opts_init(&o);
    o.initial_rebalance_delay_ms = 100;
    return rmq_group_mgr_new(&o, kv, &mgr);
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    rmq_group_mgr_free(mgr);
    rmq_kv_close(kv);
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

static const rmq_group_protocol_t range_proto[] = {{"range", (const uint8_t *)"meta", 4}};
static const rmq_group_protocol_t both_proto[] = {{"roundrobin", (const uint8_t *)"rr", 2},
                                                  {"range", (const uint8_t *)"meta", 4}};

static void join(const char *member, const char *instance, int session_ms, uint64_t now,
                 join_out_t *out)
{
    rmq_group_join_req_t r = {0};
    r.group_id = "g";
    r.member_id = member;
    r.instance_id = instance;
    r.client_id = "client";
    r.client_host = "/127.0.0.1";
    r.session_timeout_ms = session_ms;
    r.rebalance_timeout_ms = 10000;
    r.protocol_type = "consumer";
    r.protocols = range_proto;
    r.nprotocols = 1;
    r.require_known_member_id = 1;
    memset(out, 0, sizeof(*out));
    rmq_group_join(mgr, &r, now, on_join, out);
}

/* New dynamic member: MEMBER_ID_REQUIRED round trip, then parked join. */
static void join_new(uint64_t now, join_out_t *out)
{
    char id[256];
    join("", NULL, 10000, now, out);
    assert_int_equal(out->called, 1);
    assert_int_equal(out->error, RMQ_KERR_MEMBER_ID_REQUIRED);
    assert_true(strlen(out->member_id) > 0);
    rmq_strlcpy(id, out->member_id, sizeof(id));
    join(id, NULL, 10000, now, out);
    rmq_strlcpy(out->member_id, id, sizeof(out->member_id));
}

static void sync_(const char *member, int32_t gen, int nassign, const rmq_group_assignment_t *a,
                  uint64_t now, sync_out_t *out)
{
    rmq_group_sync_req_t r = {0};
    r.group_id = "g";
    r.member_id = member;
    r.generation_id = gen;
    r.assignments = a;
    r.nassignments = nassign;
    memset(out, 0, sizeof(*out));
    rmq_group_sync(mgr, &r, now, on_sync, out);
}

static void test_single_member_lifecycle(void **state)
{
    join_out_t j;
    sync_out_t s;
    (void)state;

    join_new(1000, &j);
    assert_int_equal(j.called, 0); /* parked: initial rebalance delay */
    rmq_group_tick(mgr, 1050);
    assert_int_equal(j.called, 0);
    rmq_group_tick(mgr, 1100);
    assert_int_equal(j.called, 1);
    assert_int_equal(j.error, RMQ_KERR_NONE);
    assert_int_equal(j.generation, 1);
    assert_string_equal(j.leader, j.member_id);
    assert_string_equal(j.protocol, "range");
    assert_int_equal(j.nmembers, 1);
    rmq_group_assignment_t a = {j.member_id, (const uint8_t *)"p0-5", 4};
    sync_(j.member_id, 1, 1, &a, 1200, &s);
    assert_int_equal(s.called, 1);
    assert_int_equal(s.error, RMQ_KERR_NONE);
    assert_string_equal(s.assignment, "p0-5");
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j.member_id, NULL, 1300), RMQ_KERR_NONE);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 0, j.member_id, NULL, 1300),
                     RMQ_KERR_ILLEGAL_GENERATION);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, "nobody", NULL, 1300),
                     RMQ_KERR_UNKNOWN_MEMBER_ID);
    /* Stable: a sync again returns the same assignment at once. */
    sync_(j.member_id, 1, 0, NULL, 1400, &s);
    assert_string_equal(s.assignment, "p0-5");
}

static void test_three_members_barriers_and_leave(void **state)
{
    join_out_t j[3];
    sync_out_t s[3];
    (void)state;

    join_new(0, &j[0]);
    join_new(10, &j[1]);
    join_new(20, &j[2]);
    rmq_group_tick(mgr, 50);
    assert_int_equal(j[0].called + j[1].called + j[2].called, 0);
    rmq_group_tick(mgr, 200);
    int leader = -1;
    for (int i = 0; i < 3; i++) {
        assert_int_equal(j[i].called, 1);
        assert_int_equal(j[i].generation, 1);
        if (strcmp(j[i].leader, j[i].member_id) == 0) {
            leader = i;
            assert_int_equal(j[i].nmembers, 3);
        } else {
            assert_int_equal(j[i].nmembers, 0);
        }
    }
    assert_int_equal(leader, 0); /* the first to join leads */
    /* Followers' syncs wait for the leader's. */
    sync_(j[1].member_id, 1, 0, NULL, 300, &s[1]);
    sync_(j[2].member_id, 1, 0, NULL, 300, &s[2]);
    assert_int_equal(s[1].called + s[2].called, 0);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j[1].member_id, NULL, 310), RMQ_KERR_NONE);
    rmq_group_assignment_t a[3] = {{j[0].member_id, (const uint8_t *)"A", 1},
                                   {j[1].member_id, (const uint8_t *)"B", 1},
                                   {j[2].member_id, (const uint8_t *)"C", 1}};
    sync_(j[0].member_id, 1, 3, a, 320, &s[0]);
    assert_string_equal(s[0].assignment, "A");
    assert_int_equal(s[1].called, 1);
    assert_string_equal(s[1].assignment, "B");
    assert_string_equal(s[2].assignment, "C");

    /* Member 2 leaves: the others learn through heartbeats and rejoin. */
    assert_int_equal(rmq_group_leave(mgr, "g", j[2].member_id, NULL, 400), RMQ_KERR_NONE);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j[0].member_id, NULL, 410),
                     RMQ_KERR_REBALANCE_IN_PROGRESS);
    char id0[256], id1[256];
    rmq_strlcpy(id0, j[0].member_id, sizeof(id0));
    rmq_strlcpy(id1, j[1].member_id, sizeof(id1));
    join(id0, NULL, 10000, 420, &j[0]);
    assert_int_equal(j[0].called, 0);
    join(id1, NULL, 10000, 430, &j[1]);
    assert_int_equal(j[0].called, 1);
    assert_int_equal(j[1].called, 1);
    assert_int_equal(j[0].generation, 2);
    assert_int_equal(j[0].nmembers, 2);
    /* A stale generation is refused. */
    sync_(id1, 1, 0, NULL, 440, &s[1]);
    assert_int_equal(s[1].error, RMQ_KERR_ILLEGAL_GENERATION);
}

static void test_session_and_rebalance_timeouts(void **state)
{
    join_out_t j[2];
    sync_out_t s;
    (void)state;

    join_new(0, &j[0]);
    join_new(0, &j[1]);
    rmq_group_tick(mgr, 200);
    rmq_group_assignment_t a[2] = {{j[0].member_id, (const uint8_t *)"A", 1},
                                   {j[1].member_id, (const uint8_t *)"B", 1}};
    sync_(j[1].member_id, 1, 0, NULL, 210, &s);
    sync_(j[0].member_id, 1, 2, a, 210, &s);
    /* Member 0 heartbeats, member 1 goes silent past its 10 s session. */
    for (uint64_t t = 1000; t <= 12000; t += 1000) {
        rmq_group_tick(mgr, t);
        assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j[0].member_id, NULL, t),
                         t < 10300 ? RMQ_KERR_NONE : RMQ_KERR_REBALANCE_IN_PROGRESS);
    }
    char id0[256];
    rmq_strlcpy(id0, j[0].member_id, sizeof(id0));
    join(id0, NULL, 10000, 12100, &j[0]);
    assert_int_equal(j[0].called, 1);
    assert_int_equal(j[0].generation, 2);
    assert_int_equal(j[0].nmembers, 1);

    /* A new member joins; member 0 never rejoins: it is dropped at the rebalance deadline. */
    join_new(13000, &j[1]);
    assert_int_equal(j[1].called, 0);
    rmq_group_tick(mgr, 13000 + 9000);
    assert_int_equal(j[1].called, 0);
    rmq_group_tick(mgr, 13000 + 10001);
    assert_int_equal(j[1].called, 1);
    assert_int_equal(j[1].generation, 3);
    assert_int_equal(j[1].nmembers, 1);
    assert_string_equal(j[1].leader, j[1].member_id);
}

static void test_static_membership(void **state)
{
    join_out_t j[2];
    sync_out_t s;
    (void)state;

    join("", "instance-a", 10000, 0, &j[0]); /* static members skip MEMBER_ID_REQUIRED */
    join("", "instance-b", 10000, 0, &j[1]);
    rmq_group_tick(mgr, 200);
    assert_int_equal(j[0].called, 1);
    assert_int_equal(j[0].generation, 1);
    rmq_group_assignment_t a[2] = {{j[0].member_id, (const uint8_t *)"A", 1},
                                   {j[1].member_id, (const uint8_t *)"B", 1}};
    sync_(j[1].member_id, 1, 0, NULL, 210, &s);
    sync_(j[0].member_id, 1, 2, a, 210, &s);
    char old_b[256];
    rmq_strlcpy(old_b, j[1].member_id, sizeof(old_b));
    /* instance-b restarts: new member id, same generation, no rebalance. */
    join("", "instance-b", 10000, 300, &j[1]);
    assert_int_equal(j[1].called, 1);
    assert_int_equal(j[1].error, RMQ_KERR_NONE);
    assert_int_equal(j[1].generation, 1);
    assert_string_not_equal(j[1].member_id, old_b);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j[0].member_id, "instance-a", 310),
                     RMQ_KERR_NONE);
    /* The old incarnation is fenced. */
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, old_b, "instance-b", 320),
                     RMQ_KERR_FENCED_INSTANCE_ID);
    sync_(j[1].member_id, 1, 0, NULL, 330, &s);
    assert_string_equal(s.assignment, "B");
    /* A static member leaving by instance id triggers a rebalance. */
    assert_int_equal(rmq_group_leave(mgr, "g", "", "instance-b", 400), RMQ_KERR_NONE);
    assert_int_equal(rmq_group_heartbeat(mgr, "g", 1, j[0].member_id, "instance-a", 410),
                     RMQ_KERR_REBALANCE_IN_PROGRESS);
}

static void test_protocol_checks(void **state)
{
    join_out_t j, k;
    rmq_group_join_req_t r = {0};
    (void)state;

    join("", NULL, 100, 0, &j);
    assert_int_equal(j.error, RMQ_KERR_INVALID_SESSION_TIMEOUT);
    join_new(0, &j);
    r.group_id = "g";
    r.member_id = "";
    r.session_timeout_ms = 10000;
    r.protocol_type = "connect";
    r.protocols = range_proto;
    r.nprotocols = 1;
    rmq_group_join(mgr, &r, 10, on_join, &k);
    assert_int_equal(k.error, RMQ_KERR_INCONSISTENT_GROUP_PROTOCOL);
    /* A member offering roundrobin+range joins a range group: range is chosen. */
    r.protocol_type = "consumer";
    r.protocols = both_proto;
    r.nprotocols = 2;
    memset(&k, 0, sizeof(k));
    rmq_group_join(mgr, &r, 20, on_join, &k);
    rmq_group_tick(mgr, 500);
    assert_int_equal(k.error, RMQ_KERR_NONE);
    assert_string_equal(k.protocol, "range");
}

static void test_offsets_durable_and_group_admin(void **state)
{
    join_out_t j;
    sync_out_t s;
    rmq_group_offset_t o[2] = {{"orders", 0, 42, 3, "meta\0-0", 7, 0},
                               {"orders", 5, 7, -1, NULL, 0, 0}};
    rmq_err_t err;
    (void)state;

    join_new(0, &j);
    rmq_group_tick(mgr, 200);
    rmq_group_assignment_t a = {j.member_id, (const uint8_t *)"A", 1};
    sync_(j.member_id, 1, 1, &a, 210, &s);
    assert_int_equal(rmq_group_commit(mgr, "g", 0, j.member_id, NULL, o, 2, 300),
                     RMQ_KERR_ILLEGAL_GENERATION);
    assert_int_equal(o[0].error, RMQ_KERR_ILLEGAL_GENERATION);
    assert_int_equal(rmq_group_commit(mgr, "g", 1, "stranger", NULL, o, 2, 300),
                     RMQ_KERR_UNKNOWN_MEMBER_ID);
    assert_int_equal(rmq_group_commit(mgr, "g", -1, "", NULL, o, 2, 300),
                     RMQ_KERR_UNKNOWN_MEMBER_ID); /* simple commit into an active group */
    assert_int_equal(rmq_group_commit(mgr, "g", 1, j.member_id, NULL, o, 2, 300), RMQ_KERR_NONE);
    assert_int_equal(o[0].error, RMQ_KERR_NONE);
    /* Oversized metadata is refused per partition. */
    char *big = rmq_malloc(5000);
    memset(big, 'x', 4999);
    big[4999] = 0;
    rmq_group_offset_t ob = {"orders", 1, 1, -1, big, 4999, 0};
    assert_int_equal(rmq_group_commit(mgr, "g", 1, j.member_id, NULL, &ob, 1, 310), RMQ_KERR_NONE);
    assert_int_equal(ob.error, RMQ_KERR_OFFSET_METADATA_TOO_LARGE);
    free(big);
    assert_int_equal(rmq_group_delete(mgr, "g"), RMQ_KERR_NON_EMPTY_GROUP);
    assert_int_equal(rmq_group_delete(mgr, "nope"), RMQ_KERR_GROUP_ID_NOT_FOUND);

    /* Restart: a new manager over a reopened store sees the offsets. */
    rmq_group_mgr_free(mgr);
    rmq_kv_close(kv);
    assert_int_equal(rmq_kv_open(dir, "meta", &kv, &err), 0);
    assert_int_equal(rmq_group_mgr_new(NULL, kv, &mgr), 0);
    rmq_group_offset_t f = {"orders", 0, 0, 0, NULL, 0};
    rmq_group_fetch_offset(mgr, "g", &f);
    assert_int_equal(f.offset, 42);
    assert_int_equal(f.leader_epoch, 3);
    /* Bytes, not a C string: the NUL and what follows it come back. */
    assert_int_equal(f.metadata_len, 7);
    assert_memory_equal(f.metadata, "meta\0-0", 7);
    free((char *)f.metadata);
    f.partition = 5;
    rmq_group_fetch_offset(mgr, "g", &f);
    assert_int_equal(f.offset, 7);
    assert_null(f.metadata);
    f.partition = 9;
    rmq_group_fetch_offset(mgr, "g", &f);
    assert_int_equal(f.offset, -1);
    /* The group is listed (Empty, from its offsets) and can now be deleted. */
    assert_int_equal(rmq_group_delete(mgr, "g"), RMQ_KERR_NONE);
    f.partition = 0;
    rmq_group_fetch_offset(mgr, "g", &f);
    assert_int_equal(f.offset, -1);
    /* Simple commits work on an empty group. */
    assert_int_equal(rmq_group_commit(mgr, "solo", -1, "", NULL, o, 1, 400), RMQ_KERR_NONE);
    f.partition = 0;
    rmq_group_fetch_offset(mgr, "solo", &f);
    assert_int_equal(f.offset, 42);
    free((char *)f.metadata);
    rmq_group_forget_topic(mgr, "orders");
    rmq_group_fetch_offset(mgr, "solo", &f);
    assert_int_equal(f.offset, -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_single_member_lifecycle, setup, teardown),
        cmocka_unit_test_setup_teardown(test_three_members_barriers_and_leave, setup, teardown),
        cmocka_unit_test_setup_teardown(test_session_and_rebalance_timeouts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_static_membership, setup, teardown),
        cmocka_unit_test_setup_teardown(test_protocol_checks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_offsets_durable_and_group_admin, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
