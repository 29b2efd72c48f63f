/*
 * h_group.c - consumer group APIs: JoinGroup, SyncGroup, Heartbeat, LeaveGroup, OffsetCommit,
 * OffsetFetch, ListGroups, DescribeGroups, DeleteGroups. The protocol logic lives in group.c;
 * this file maps wire structs to it and back.
 */
#include "broker/broker_int.h"
#include "common/clock.h"
#include "common/mem.h"

/* Kafka reports the client host as "/ip". */
static const char *client_host(rmq_req_t *req)
{
    const char *peer = rmq_conn_peer(req->conn);
    const char *colon = strrchr(peer, ':');
    size_t n = colon ? (size_t)(colon - peer) : strlen(peer);
    char *out = rmq_req_alloc(req, n + 2);

    out[0] = '/';
    memcpy(out + 1, peer, n);
    return out;
}

static rmq_kw_bytes_t copy_bytes(rmq_req_t *req, const uint8_t *p, size_t n)
{
    rmq_kw_bytes_t v;
    uint8_t *d = rmq_req_alloc(req, n ? n : 1);

    if (n)
        memcpy(d, p, n);
    v.ptr = d;
    v.len = (int32_t)n;
    return v;
}

static const char *opt_cstr(rmq_req_t *req, rmq_kw_str_t s)
{
    return s.ptr ? rmq_req_cstr(req, s) : NULL;
}

static void join_done(void *opaque, const rmq_group_join_res_t *r)
{
    rmq_req_t *req = opaque;
    rmq_JoinGroupResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_JoinGroupResponse_init(resp);
    resp->error_code = r->error;
    resp->generation_id = r->generation_id;
    resp->protocol_type = r->protocol_type ? rmq_req_str(req, r->protocol_type) : RMQ_KW_STR_NULL;
    /* protocol_name is nullable only from v7: older versions get "" */
    resp->protocol_name = r->protocol_name             ? rmq_req_str(req, r->protocol_name)
                          : req->kreq.api_version >= 7 ? RMQ_KW_STR_NULL
                                                       : rmq_req_str(req, "");
    resp->leader = rmq_req_str(req, r->leader ? r->leader : "");
    resp->member_id = rmq_req_str(req, r->member_id ? r->member_id : "");
    resp->skip_assignment = r->skip_assignment != 0;
    resp->members_count = r->nmembers;
    if (r->nmembers > 0) {
        resp->members = rmq_req_alloc(req, sizeof(*resp->members) * (size_t)r->nmembers);
        for (int i = 0; i < r->nmembers; i++) {
            resp->members[i].member_id = rmq_req_str(req, r->members[i].member_id);
            resp->members[i].group_instance_id = rmq_req_str(req, r->members[i].instance_id);
            resp->members[i].metadata =
                copy_bytes(req, r->members[i].metadata, r->members[i].metadata_len);
        }
    }
    rmq_req_respond(req, resp);
}

static void h_join_group(rmq_req_t *req)
{
    const rmq_JoinGroupRequest_t *jr = req->kreq.body;
    rmq_group_join_req_t g = {0};
    rmq_group_protocol_t *protos;
    int n = jr->protocols_count > 0 ? jr->protocols_count : 0;

    protos = rmq_req_alloc(req, sizeof(*protos) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        protos[i].name = rmq_req_cstr(req, jr->protocols[i].name);
        protos[i].metadata = jr->protocols[i].metadata.ptr;
        protos[i].metadata_len =
            jr->protocols[i].metadata.ptr ? (size_t)jr->protocols[i].metadata.len : 0;
    }
    g.group_id = rmq_req_cstr(req, jr->group_id);
    g.member_id = rmq_req_cstr(req, jr->member_id);
    g.instance_id = opt_cstr(req, jr->group_instance_id);
    g.client_id = rmq_req_client_id(req);
    g.client_host = client_host(req);
    g.session_timeout_ms = jr->session_timeout_ms;
    g.rebalance_timeout_ms = req->kreq.api_version >= 1 ? jr->rebalance_timeout_ms : -1;
    g.protocol_type = rmq_req_cstr(req, jr->protocol_type);
    g.nprotocols = n;
    g.protocols = protos;
    g.require_known_member_id = req->kreq.api_version >= 4;
    rmq_broker_t *b = req->b;
    /* The answer may come now or when the rebalance completes: req is not touched after. */
    rmq_group_join(b->groups, &g, rmq_mono_ms(), join_done, req);
    rmq_broker_kick(b);
}

static void sync_done(void *opaque, const rmq_group_sync_res_t *r)
{
    rmq_req_t *req = opaque;
    rmq_SyncGroupResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_SyncGroupResponse_init(resp);
    resp->error_code = r->error;
    resp->protocol_type = r->protocol_type ? rmq_req_str(req, r->protocol_type) : RMQ_KW_STR_NULL;
    resp->protocol_name = r->protocol_name ? rmq_req_str(req, r->protocol_name) : RMQ_KW_STR_NULL;
    resp->assignment = copy_bytes(req, r->assignment, r->assignment_len);
    rmq_req_respond(req, resp);
}

static void h_sync_group(rmq_req_t *req)
{
    const rmq_SyncGroupRequest_t *sr = req->kreq.body;
    rmq_group_sync_req_t g = {0};
    rmq_group_assignment_t *as;
    int n = sr->assignments_count > 0 ? sr->assignments_count : 0;

    as = rmq_req_alloc(req, sizeof(*as) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        as[i].member_id = rmq_req_cstr(req, sr->assignments[i].member_id);
        as[i].assignment = sr->assignments[i].assignment.ptr;
        as[i].assignment_len =
            sr->assignments[i].assignment.ptr ? (size_t)sr->assignments[i].assignment.len : 0;
    }
    g.group_id = rmq_req_cstr(req, sr->group_id);
    g.generation_id = sr->generation_id;
    g.member_id = rmq_req_cstr(req, sr->member_id);
    g.instance_id = opt_cstr(req, sr->group_instance_id);
    g.protocol_type = opt_cstr(req, sr->protocol_type);
    g.protocol_name = opt_cstr(req, sr->protocol_name);
    g.nassignments = n;
    g.assignments = as;
    rmq_group_sync(req->b->groups, &g, rmq_mono_ms(), sync_done, req);
}

static void h_heartbeat(rmq_req_t *req)
{
    const rmq_HeartbeatRequest_t *hr = req->kreq.body;
    rmq_HeartbeatResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_HeartbeatResponse_init(resp);
    resp->error_code = rmq_group_heartbeat(req->b->groups, rmq_req_cstr(req, hr->group_id),
                                           hr->generation_id, rmq_req_cstr(req, hr->member_id),
                                           opt_cstr(req, hr->group_instance_id), rmq_mono_ms());
    rmq_req_respond(req, resp);
}

static void h_leave_group(rmq_req_t *req)
{
    const rmq_LeaveGroupRequest_t *lr = req->kreq.body;
    rmq_LeaveGroupResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    const char *group = rmq_req_cstr(req, lr->group_id);

    rmq_LeaveGroupResponse_init(resp);
    if (req->kreq.api_version < 3) {
        resp->error_code = rmq_group_leave(req->b->groups, group, rmq_req_cstr(req, lr->member_id),
                                           NULL, rmq_mono_ms());
    } else {
        int n = lr->members_count > 0 ? lr->members_count : 0;
        resp->members = rmq_req_alloc(req, sizeof(*resp->members) * (size_t)(n ? n : 1));
        resp->members_count = n;
        for (int i = 0; i < n; i++) {
            resp->members[i].member_id = lr->members[i].member_id;
            resp->members[i].group_instance_id = lr->members[i].group_instance_id;
            resp->members[i].error_code =
                rmq_group_leave(req->b->groups, group, rmq_req_cstr(req, lr->members[i].member_id),
                                opt_cstr(req, lr->members[i].group_instance_id), rmq_mono_ms());
        }
    }
    rmq_broker_kick(req->b);
    rmq_req_respond(req, resp);
}

/* An OffsetCommit waiting for the journal. */
typedef struct commit_state {
    rmq_req_t *req;
    rmq_OffsetCommitResponse_t *resp;
    rmq_group_offset_t *offs;
    int *valid;
    rmq_group_offset_t *commit;
    int nt;
} commit_state_t;

/* Answers an OffsetCommit once its offsets are durable (metadata writer thread) or refused. */
static void commit_respond(void *opaque, int16_t group_error)
{
    commit_state_t *cs = opaque;
    rmq_req_t *req = cs->req;
    const rmq_OffsetCommitRequest_t *cr = req->kreq.body;
    rmq_OffsetCommitResponse_t *resp = cs->resp;
    rmq_group_offset_t *offs = cs->offs, *commit = cs->commit;
    int *valid = cs->valid;
    int nt = cs->nt, k;

    (void)group_error; /* already in every partition's error */
    k = 0;
    for (int i = 0; i < nt; i++) {
        const rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *t = &cr->topics[i];
        int np = t->partitions_count > 0 ? t->partitions_count : 0;
        resp->topics[i].name = t->name;
        resp->topics[i].partitions =
            rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
        resp->topics[i].partitions_count = np;
        for (int j = 0; j < np; j++, k++) {
            resp->topics[i].partitions[j].partition_index = offs[k].partition;
            resp->topics[i].partitions[j].error_code =
                valid[k] < 0 ? offs[k].error : commit[valid[k]].error;
        }
    }
    rmq_req_respond(req, resp);
}

static void h_offset_commit(rmq_req_t *req)
{
    const rmq_OffsetCommitRequest_t *cr = req->kreq.body;
    rmq_OffsetCommitResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = cr->topics_count > 0 ? cr->topics_count : 0, total = 0, k = 0;
    rmq_group_offset_t *offs;

    rmq_OffsetCommitResponse_init(resp);
    for (int i = 0; i < nt; i++)
        total += cr->topics[i].partitions_count > 0 ? cr->topics[i].partitions_count : 0;
    offs = rmq_req_alloc(req, sizeof(*offs) * (size_t)(total ? total : 1));
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(nt ? nt : 1));
    resp->topics_count = nt;
    /* Partitions of unknown topics are answered without being committed. */
    int *valid = rmq_req_alloc(req, sizeof(int) * (size_t)(total ? total : 1));
    rmq_group_offset_t *commit = rmq_req_alloc(req, sizeof(*commit) * (size_t)(total ? total : 1));
    int ncommit = 0;
    for (int i = 0; i < nt; i++) {
        const rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *t = &cr->topics[i];
        int16_t te;
        rmq_topic_t *topic = rmq_broker_topic(req->b, t->name, 0, &te);
        for (int j = 0; j < (t->partitions_count > 0 ? t->partitions_count : 0); j++, k++) {
            offs[k].topic = rmq_req_cstr(req, t->name);
            offs[k].partition = t->partitions[j].partition_index;
            offs[k].offset = t->partitions[j].committed_offset;
            offs[k].leader_epoch =
                req->kreq.api_version >= 6 ? t->partitions[j].committed_leader_epoch : -1;
            /* Bytes with their length, never a C string: metadata may hold NULs. */
            offs[k].metadata = t->partitions[j].committed_metadata.ptr;
            offs[k].metadata_len =
                offs[k].metadata ? (size_t)t->partitions[j].committed_metadata.len : 0;
            offs[k].error = RMQ_KERR_NONE;
            if (!topic || offs[k].partition < 0 || offs[k].partition >= topic->npartitions) {
                offs[k].error = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
                valid[k] = -1;
            } else {
                valid[k] = ncommit;
                commit[ncommit++] = offs[k];
            }
        }
        rmq_topic_unref(topic);
    }
    commit_state_t *cs = rmq_req_alloc(req, sizeof(*cs));
    *cs = (commit_state_t){
        .req = req, .resp = resp, .offs = offs, .valid = valid, .commit = commit, .nt = nt};
    if (ncommit > 0 || total == 0)
        rmq_group_commit_async(req->b->groups, rmq_req_cstr(req, cr->group_id),
                               req->kreq.api_version >= 1 ? cr->generation_id_or_member_epoch : -1,
                               rmq_req_cstr(req, cr->member_id),
                               opt_cstr(req, cr->group_instance_id), commit, ncommit, rmq_mono_ms(),
                               commit_respond, cs);
    else
        commit_respond(cs, RMQ_KERR_NONE);
}

typedef struct all_offsets {
    rmq_req_t *req;
    /* A simple growable list: topic name, partition, offset, epoch, metadata. */
    struct item {
        char *topic;
        int32_t partition;
        int64_t offset;
        int32_t epoch;
        rmq_kw_str_t metadata;
    } * items;
    int n, cap;
} all_offsets_t;

static rmq_kw_str_t bytes_str(rmq_req_t *req, const char *p, size_t n)
{
    rmq_kw_str_t v;

    /* Null metadata comes back as "", as Kafka stores it. */
    v.ptr = "";
    if (p && n) {
        char *d = rmq_req_alloc(req, n);
        memcpy(d, p, n);
        v.ptr = d;
    }
    v.len = (int32_t)n;
    return v;
}

static void collect_offset(void *opaque, const char *topic, int32_t partition, int64_t offset,
                           int32_t epoch, const char *metadata, size_t metadata_len)
{
    all_offsets_t *a = opaque;

    if (a->n == a->cap) {
        int cap = a->cap ? a->cap * 2 : 16;
        struct item *items = rmq_req_alloc(a->req, sizeof(*items) * (size_t)cap);
        if (a->n)
            memcpy(items, a->items, sizeof(*items) * (size_t)a->n);
        a->items = items;
        a->cap = cap;
    }
    a->items[a->n].topic = rmq_arena_strndup(&a->req->arena, topic, strlen(topic));
    a->items[a->n].partition = partition;
    a->items[a->n].offset = offset;
    a->items[a->n].epoch = epoch;
    a->items[a->n].metadata = bytes_str(a->req, metadata, metadata_len);
    a->n++;
}

/* Fills one partition's committed offset. */
static void fetch_one(rmq_req_t *req, const char *group, rmq_kw_str_t topic, int32_t partition,
                      int64_t *offset, int32_t *epoch, rmq_kw_str_t *metadata, int16_t *error)
{
    rmq_group_offset_t o = {0};

    o.topic = rmq_req_cstr(req, topic);
    o.partition = partition;
    rmq_group_fetch_offset(req->b->groups, group, &o);
    *offset = o.offset;
    *epoch = o.leader_epoch;
    *metadata = bytes_str(req, o.metadata, o.metadata_len);
    *error = RMQ_KERR_NONE;
    free((char *)o.metadata);
}

/* OffsetFetch v0-7 for one group (topics NULL = all). */
static void fetch_group_v0(rmq_req_t *req, const rmq_OffsetFetchRequest_t *fr,
                           rmq_OffsetFetchResponse_t *resp)
{
    const char *group = rmq_req_cstr(req, fr->group_id);

    if (fr->topics_count < 0) {
        all_offsets_t a = {.req = req};
        rmq_group_fetch_all(req->b->groups, group, collect_offset, &a);
        /* Group by topic: one response topic per item is legal but wasteful; merge runs. */
        resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(a.n ? a.n : 1));
        resp->topics_count = 0;
        for (int i = 0; i < a.n; i++) {
            rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *t = NULL;
            for (int k = 0; k < resp->topics_count; k++)
                if (rmq_kw_str_is(resp->topics[k].name, a.items[i].topic))
                    t = &resp->topics[k];
            if (!t) {
                t = &resp->topics[resp->topics_count++];
                t->name = rmq_req_str(req, a.items[i].topic);
                t->partitions = rmq_req_alloc(req, sizeof(*t->partitions) * (size_t)a.n);
                t->partitions_count = 0;
            }
            rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *p =
                &t->partitions[t->partitions_count++];
            p->partition_index = a.items[i].partition;
            p->committed_offset = a.items[i].offset;
            p->committed_leader_epoch = a.items[i].epoch;
            p->metadata = a.items[i].metadata;
            p->error_code = RMQ_KERR_NONE;
        }
        return;
    }
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) *
                                          (size_t)(fr->topics_count ? fr->topics_count : 1));
    resp->topics_count = fr->topics_count;
    for (int i = 0; i < fr->topics_count; i++) {
        const rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *rt = &fr->topics[i];
        int np = rt->partition_indexes_count > 0 ? rt->partition_indexes_count : 0;
        resp->topics[i].name = rt->name;
        resp->topics[i].partitions =
            rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
        resp->topics[i].partitions_count = np;
        for (int j = 0; j < np; j++) {
            rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *p =
                &resp->topics[i].partitions[j];
            p->partition_index = rt->partition_indexes[j];
            fetch_one(req, group, rt->name, p->partition_index, &p->committed_offset,
                      &p->committed_leader_epoch, &p->metadata, &p->error_code);
        }
    }
}

/* OffsetFetch v8+: several groups. */
static void fetch_groups_v8(rmq_req_t *req, const rmq_OffsetFetchRequest_t *fr,
                            rmq_OffsetFetchResponse_t *resp)
{
    int ng = fr->groups_count > 0 ? fr->groups_count : 0;

    resp->groups = rmq_req_alloc(req, sizeof(*resp->groups) * (size_t)(ng ? ng : 1));
    resp->groups_count = ng;
    for (int g = 0; g < ng; g++) {
        const rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *rg = &fr->groups[g];
        rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *og = &resp->groups[g];
        const char *group = rmq_req_cstr(req, rg->group_id);
        og->group_id = rg->group_id;
        og->error_code = RMQ_KERR_NONE;
        if (rg->topics_count < 0) {
            all_offsets_t a = {.req = req};
            rmq_group_fetch_all(req->b->groups, group, collect_offset, &a);
            og->topics = rmq_req_alloc(req, sizeof(*og->topics) * (size_t)(a.n ? a.n : 1));
            og->topics_count = 0;
            for (int i = 0; i < a.n; i++) {
                rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *t = NULL;
                for (int k = 0; k < og->topics_count; k++)
                    if (rmq_kw_str_is(og->topics[k].name, a.items[i].topic))
                        t = &og->topics[k];
                if (!t) {
                    t = &og->topics[og->topics_count++];
                    t->name = rmq_req_str(req, a.items[i].topic);
                    t->partitions = rmq_req_alloc(req, sizeof(*t->partitions) * (size_t)a.n);
                    t->partitions_count = 0;
                }
                rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *p =
                    &t->partitions[t->partitions_count++];
                p->partition_index = a.items[i].partition;
                p->committed_offset = a.items[i].offset;
                p->committed_leader_epoch = a.items[i].epoch;
                p->metadata = a.items[i].metadata;
            }
            continue;
        }
        og->topics = rmq_req_alloc(req, sizeof(*og->topics) *
                                            (size_t)(rg->topics_count ? rg->topics_count : 1));
        og->topics_count = rg->topics_count;
        for (int i = 0; i < rg->topics_count; i++) {
            const rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *rt = &rg->topics[i];
            int np = rt->partition_indexes_count > 0 ? rt->partition_indexes_count : 0;
            og->topics[i].name = rt->name;
            og->topics[i].partitions =
                rmq_req_alloc(req, sizeof(*og->topics[i].partitions) * (size_t)(np ? np : 1));
            og->topics[i].partitions_count = np;
            for (int j = 0; j < np; j++) {
                rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *p =
                    &og->topics[i].partitions[j];
                p->partition_index = rt->partition_indexes[j];
                fetch_one(req, group, rt->name, p->partition_index, &p->committed_offset,
                          &p->committed_leader_epoch, &p->metadata, &p->error_code);
            }
        }
    }
}

static void h_offset_fetch(rmq_req_t *req)
{
    const rmq_OffsetFetchRequest_t *fr = req->kreq.body;
    rmq_OffsetFetchResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_OffsetFetchResponse_init(resp);
    if (req->kreq.api_version >= 8) {
        fetch_groups_v8(req, fr, resp);
        resp->topics_count = 0;
    } else {
        fetch_group_v0(req, fr, resp);
        resp->groups_count = 0;
    }
    rmq_req_respond(req, resp);
}

typedef struct list_ctx {
    rmq_req_t *req;
    const rmq_ListGroupsRequest_t *lr;
    rmq_ListGroupsResponse_ListedGroup_t *items;
    int n, cap;
} list_ctx_t;

static void list_cb(void *opaque, const char *group_id, const char *protocol_type,
                    const char *state)
{
    list_ctx_t *c = opaque;
    int ok = c->lr->states_filter_count <= 0;

    for (int i = 0; i < c->lr->states_filter_count && !ok; i++)
        ok = c->lr->states_filter[i].ptr && (size_t)c->lr->states_filter[i].len == strlen(state) &&
             strncasecmp(c->lr->states_filter[i].ptr, state, strlen(state)) == 0;
    if (ok && c->lr->types_filter_count > 0) {
        ok = 0;
        for (int i = 0; i < c->lr->types_filter_count && !ok; i++)
            ok = rmq_kw_str_is(c->lr->types_filter[i], "classic") ||
                 rmq_kw_str_is(c->lr->types_filter[i], "Classic");
    }
    if (!ok)
        return;
    if (c->n == c->cap) {
        int cap = c->cap ? c->cap * 2 : 16;
        rmq_ListGroupsResponse_ListedGroup_t *items =
            rmq_req_alloc(c->req, sizeof(*items) * (size_t)cap);
        if (c->n)
            memcpy(items, c->items, sizeof(*items) * (size_t)c->n);
        c->items = items;
        c->cap = cap;
    }
    c->items[c->n].group_id = rmq_req_str(c->req, group_id);
    c->items[c->n].protocol_type = rmq_req_str(c->req, protocol_type);
    c->items[c->n].group_state = rmq_req_str(c->req, state);
    c->items[c->n].group_type = rmq_req_str(c->req, "classic");
    c->n++;
}

static void h_list_groups(rmq_req_t *req)
{
    rmq_ListGroupsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    list_ctx_t c = {.req = req, .lr = req->kreq.body};

    rmq_ListGroupsResponse_init(resp);
    rmq_group_list(req->b->groups, list_cb, &c);
    resp->groups = c.items;
    resp->groups_count = c.n;
    rmq_req_respond(req, resp);
}

typedef struct describe_ctx {
    rmq_req_t *req;
    rmq_DescribeGroupsResponse_DescribedGroup_t *out;
} describe_ctx_t;

static void describe_cb(void *opaque, const rmq_group_desc_t *d)
{
    describe_ctx_t *c = opaque;
    rmq_DescribeGroupsResponse_DescribedGroup_t *o = c->out;

    o->error_code = d->error;
    o->group_id = rmq_req_str(c->req, d->group_id);
    o->group_state = rmq_req_str(c->req, d->state);
    o->protocol_type = rmq_req_str(c->req, d->protocol_type);
    o->protocol_data = rmq_req_str(c->req, d->protocol_name);
    o->members =
        rmq_req_alloc(c->req, sizeof(*o->members) * (size_t)(d->nmembers ? d->nmembers : 1));
    o->members_count = d->nmembers;
    for (int i = 0; i < d->nmembers; i++) {
        o->members[i].member_id = rmq_req_str(c->req, d->members[i].member_id);
        o->members[i].group_instance_id = rmq_req_str(c->req, d->members[i].instance_id);
        o->members[i].client_id = rmq_req_str(c->req, d->members[i].client_id);
        o->members[i].client_host = rmq_req_str(c->req, d->members[i].client_host);
        o->members[i].member_metadata =
            copy_bytes(c->req, d->members[i].metadata, d->members[i].metadata_len);
        o->members[i].member_assignment =
            copy_bytes(c->req, d->members[i].assignment, d->members[i].assignment_len);
    }
}

static void h_describe_groups(rmq_req_t *req)
{
    const rmq_DescribeGroupsRequest_t *dr = req->kreq.body;
    rmq_DescribeGroupsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = dr->groups_count > 0 ? dr->groups_count : 0;

    rmq_DescribeGroupsResponse_init(resp);
    resp->groups = rmq_req_alloc(req, sizeof(*resp->groups) * (size_t)(n ? n : 1));
    resp->groups_count = n;
    for (int i = 0; i < n; i++) {
        describe_ctx_t c = {req, &resp->groups[i]};
        rmq_DescribeGroupsResponse_DescribedGroup_init(&resp->groups[i]);
        rmq_group_describe(req->b->groups, rmq_req_cstr(req, dr->groups[i]), describe_cb, &c);
        if (dr->include_authorized_operations)
            resp->groups[i].authorized_operations = RMQ_AUTHZ_OPS_GROUP;
    }
    rmq_req_respond(req, resp);
}

static void h_delete_groups(rmq_req_t *req)
{
    const rmq_DeleteGroupsRequest_t *dr = req->kreq.body;
    rmq_DeleteGroupsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = dr->groups_names_count > 0 ? dr->groups_names_count : 0;

    rmq_DeleteGroupsResponse_init(resp);
    resp->results = rmq_req_alloc(req, sizeof(*resp->results) * (size_t)(n ? n : 1));
    resp->results_count = n;
    for (int i = 0; i < n; i++) {
        resp->results[i].group_id = dr->groups_names[i];
        resp->results[i].error_code =
            rmq_group_delete(req->b->groups, rmq_req_cstr(req, dr->groups_names[i]));
    }
    rmq_req_respond(req, resp);
}

/* OffsetDelete (KIP-496): committed offsets of partitions the group no longer consumes. */
static void h_offset_delete(rmq_req_t *req)
{
    const rmq_OffsetDeleteRequest_t *dr = req->kreq.body;
    rmq_OffsetDeleteResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = dr->topics_count > 0 ? dr->topics_count : 0, total = 0, k = 0;
    rmq_group_offset_t *offs;

    rmq_OffsetDeleteResponse_init(resp);
    for (int i = 0; i < nt; i++)
        total += dr->topics[i].partitions_count > 0 ? dr->topics[i].partitions_count : 0;
    offs = rmq_req_alloc(req, sizeof(*offs) * (size_t)(total ? total : 1));
    for (int i = 0; i < nt; i++) {
        const rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *t = &dr->topics[i];
        int16_t te;
        rmq_topic_t *topic = rmq_broker_topic(req->b, t->name, 0, &te);
        for (int j = 0; j < (t->partitions_count > 0 ? t->partitions_count : 0); j++, k++) {
            offs[k].topic = rmq_req_cstr(req, t->name);
            offs[k].partition = t->partitions[j].partition_index;
            offs[k].error =
                !topic || offs[k].partition < 0 || offs[k].partition >= topic->npartitions
                    ? RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION
                    : RMQ_KERR_NONE;
        }
        rmq_topic_unref(topic);
    }
    resp->error_code =
        rmq_group_delete_offsets(req->b->groups, rmq_req_cstr(req, dr->group_id), offs, total);
    if (resp->error_code == RMQ_KERR_NONE) {
        resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(nt ? nt : 1));
        resp->topics_count = nt;
        k = 0;
        for (int i = 0; i < nt; i++) {
            const rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *t = &dr->topics[i];
            int np = t->partitions_count > 0 ? t->partitions_count : 0;
            resp->topics[i].name = t->name;
            resp->topics[i].partitions =
                rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
            resp->topics[i].partitions_count = np;
            for (int j = 0; j < np; j++, k++) {
                resp->topics[i].partitions[j].partition_index = offs[k].partition;
                resp->topics[i].partitions[j].error_code = offs[k].error;
            }
        }
    }
    rmq_req_respond(req, resp);
}

void rmq_h_group(rmq_req_t *req)
{
    switch (req->kreq.api_key) {
    case RMQ_KAFKA_API_JOIN_GROUP:
        h_join_group(req);
        break;
    case RMQ_KAFKA_API_SYNC_GROUP:
        h_sync_group(req);
        break;
    case RMQ_KAFKA_API_HEARTBEAT:
        h_heartbeat(req);
        break;
    case RMQ_KAFKA_API_LEAVE_GROUP:
        h_leave_group(req);
        break;
    case RMQ_KAFKA_API_OFFSET_COMMIT:
        h_offset_commit(req);
        break;
    case RMQ_KAFKA_API_OFFSET_FETCH:
        h_offset_fetch(req);
        break;
    case RMQ_KAFKA_API_LIST_GROUPS:
        h_list_groups(req);
        break;
    case RMQ_KAFKA_API_DESCRIBE_GROUPS:
        h_describe_groups(req);
        break;
    case RMQ_KAFKA_API_DELETE_GROUPS:
        h_delete_groups(req);
        break;
    case RMQ_KAFKA_API_OFFSET_DELETE:
        h_offset_delete(req);
        break;
    default:
        rmq_req_fail_close(req, "not a group API");
    }
}
