/*
 * h_admin.c - topic administration: CreateTopics, DeleteTopics, CreatePartitions,
 * DeleteRecords, DescribeConfigs, AlterConfigs, IncrementalAlterConfigs and
 * OffsetForLeaderEpoch.
 */
#include "broker/broker_int.h"
#include "common/log.h"
#include "common/mem.h"

#define RES_TOPIC  2
#define RES_BROKER 4
/* DescribeConfigs config_source values */
#define SRC_DYNAMIC_TOPIC 1
#define SRC_STATIC_BROKER 4
#define SRC_DEFAULT       5

static void h_create_topics(rmq_req_t *req)
{
    const rmq_CreateTopicsRequest_t *cr = req->kreq.body;
    rmq_CreateTopicsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = cr->topics_count > 0 ? cr->topics_count : 0;
    rmq_broker_t *b = req->b;

    rmq_CreateTopicsResponse_init(resp);
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(n ? n : 1));
    resp->topics_count = n;
    for (int i = 0; i < n; i++) {
        const rmq_CreateTopicsRequest_CreatableTopic_t *ct = &cr->topics[i];
        rmq_CreateTopicsResponse_CreatableTopicResult_t *out = &resp->topics[i];
        int nc = ct->configs_count > 0 ? ct->configs_count : 0;
        const char **keys = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        const char **vals = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        rmq_topic_t *t = NULL;
        rmq_err_t err;
        int32_t nparts = ct->num_partitions;
        int16_t rf = ct->replication_factor;
        int16_t e = RMQ_KERR_NONE;

        rmq_CreateTopicsResponse_CreatableTopicResult_init(out);
        rmq_err_clear(&err);
        out->name = ct->name;
        for (int k = 0; k < nc; k++) {
            keys[k] = rmq_req_cstr(req, ct->configs[k].name);
            vals[k] = ct->configs[k].value.ptr ? rmq_req_cstr(req, ct->configs[k].value) : NULL;
        }
        /* Manual assignments: every replica list must name only this broker. */
        if (ct->assignments_count > 0) {
            if (nparts != -1 || rf != -1) {
                e = (int16_t)rmq_err_set(&err, RMQ_KERR_INVALID_REQUEST,
                                         "replica assignments given with partitions or "
                                         "replication factor");
            } else {
                nparts = ct->assignments_count;
                rf = 1;
                for (int k = 0; k < ct->assignments_count && !e; k++) {
                    const rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *a =
                        &ct->assignments[k];
                    if (a->partition_index != k || a->broker_ids_count != 1 ||
                        a->broker_ids[0] != b->node_id)
                        e = (int16_t)rmq_err_set(&err, RMQ_KERR_INVALID_REPLICA_ASSIGNMENT,
                                                 "partitions must be 0..n-1, each on broker "
                                                 "%d only",
                                                 b->node_id);
                }
            }
        }
        if (!e)
            e = rmq_topics_create(b->topics, rmq_req_cstr(req, ct->name), nparts,
                                  b->cfg.broker.default_partitions, rf, nc, keys, vals,
                                  cr->validate_only, cr->validate_only ? NULL : &t, &err);
        out->error_code = e;
        out->error_message = e ? rmq_req_str(req, err.msg) : RMQ_KW_STR_NULL;
        if (!e) {
            out->num_partitions =
                t ? t->npartitions : (nparts > 0 ? nparts : b->cfg.broker.default_partitions);
            out->replication_factor = 1;
            if (t)
                memcpy(out->topic_id.b, t->id, 16);
        }
        out->configs_count = e ? -1 : 0;
        rmq_topic_unref(t);
    }
    rmq_req_respond(req, resp);
}

/* Releases what a deleted topic held: its partitions' retained data and its group offsets. */
static void forget_topic(rmq_broker_t *b, rmq_topic_t *t)
{
    for (int32_t i = 0; i < t->npartitions; i++) {
        rmq_plog_t *plog = rmq_plogset_get(b->pset, t->partition_ids[i]);
        int64_t hw;
        if (!plog)
            continue;
        rmq_plog_offsets(plog, NULL, &hw, NULL);
        rmq_plog_advance_log_start(plog, hw, NULL);
    }
    rmq_group_forget_topic(b->groups, t->name);
}

static void h_delete_topics(rmq_req_t *req)
{
    const rmq_DeleteTopicsRequest_t *dr = req->kreq.body;
    rmq_DeleteTopicsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int v6 = req->kreq.api_version >= 6;
    int n = v6 ? (dr->topics_count > 0 ? dr->topics_count : 0)
               : (dr->topic_names_count > 0 ? dr->topic_names_count : 0);

    rmq_DeleteTopicsResponse_init(resp);
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(n ? n : 1));
    resp->responses_count = n;
    for (int i = 0; i < n; i++) {
        rmq_DeleteTopicsResponse_DeletableTopicResult_t *out = &resp->responses[i];
        rmq_kw_str_t name = v6 ? dr->topics[i].name : dr->topic_names[i];
        rmq_topic_t *t = NULL;
        rmq_err_t err;
        rmq_DeleteTopicsResponse_DeletableTopicResult_init(out);
        rmq_err_clear(&err);
        if (v6 && !name.ptr) {
            rmq_topic_t *byid = rmq_topics_get_by_id(req->b->topics, dr->topics[i].topic_id.b);
            out->topic_id = dr->topics[i].topic_id;
            if (!byid) {
                out->error_code = RMQ_KERR_UNKNOWN_TOPIC_ID;
                continue;
            }
            name = rmq_req_str(req, byid->name);
            rmq_topic_unref(byid);
        }
        out->name = name;
        out->error_code = rmq_topics_delete(req->b->topics, rmq_req_cstr(req, name), &t, &err);
        if (out->error_code) {
            out->error_message = rmq_req_str(req, err.msg);
            continue;
        }
        memcpy(out->topic_id.b, t->id, 16);
        forget_topic(req->b, t);
        rmq_topic_unref(t);
    }
    rmq_req_respond(req, resp);
}

static void h_create_partitions(rmq_req_t *req)
{
    const rmq_CreatePartitionsRequest_t *cr = req->kreq.body;
    rmq_CreatePartitionsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = cr->topics_count > 0 ? cr->topics_count : 0;

    rmq_CreatePartitionsResponse_init(resp);
    resp->results = rmq_req_alloc(req, sizeof(*resp->results) * (size_t)(n ? n : 1));
    resp->results_count = n;
    for (int i = 0; i < n; i++) {
        const rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *ct = &cr->topics[i];
        rmq_err_t err;
        rmq_err_clear(&err);
        resp->results[i].name = ct->name;
        resp->results[i].error_code = rmq_topics_add_partitions(
            req->b->topics, rmq_req_cstr(req, ct->name), ct->count, cr->validate_only, &err);
        resp->results[i].error_message =
            resp->results[i].error_code ? rmq_req_str(req, err.msg) : RMQ_KW_STR_NULL;
    }
    rmq_req_respond(req, resp);
}

static void h_delete_records(rmq_req_t *req)
{
    const rmq_DeleteRecordsRequest_t *dr = req->kreq.body;
    rmq_DeleteRecordsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = dr->topics_count > 0 ? dr->topics_count : 0;

    rmq_DeleteRecordsResponse_init(resp);
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(nt ? nt : 1));
    resp->topics_count = nt;
    for (int i = 0; i < nt; i++) {
        const rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *rt = &dr->topics[i];
        int np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        int16_t terr;
        rmq_topic_t *t = rmq_broker_topic(req->b, rt->name, 0, &terr);
        resp->topics[i].name = rt->name;
        resp->topics[i].partitions =
            rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
        resp->topics[i].partitions_count = np;
        for (int j = 0; j < np; j++) {
            rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *out =
                &resp->topics[i].partitions[j];
            rmq_plog_t *plog =
                t ? rmq_broker_plog(req->b, t, rt->partitions[j].partition_index) : NULL;
            int64_t off = rt->partitions[j].offset, ls, hw;
            out->partition_index = rt->partitions[j].partition_index;
            out->low_watermark = -1;
            if (!plog) {
                out->error_code = t ? RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION : terr;
                continue;
            }
            rmq_plog_offsets(plog, &ls, &hw, NULL);
            if (off == -1)
                off = hw; /* -1: everything up to the high watermark */
            if (off < 0 || off > hw) {
                out->error_code = RMQ_KERR_OFFSET_OUT_OF_RANGE;
                out->low_watermark = ls;
                continue;
            }
            if (rmq_plog_advance_log_start(plog, off, NULL) < 0) {
                out->error_code = RMQ_KERR_KAFKA_STORAGE_ERROR;
                continue;
            }
            rmq_plog_offsets(plog, &ls, NULL, NULL);
            out->low_watermark = ls;
        }
        rmq_topic_unref(t);
    }
    rmq_req_respond(req, resp);
}

typedef struct describe_ctx {
    rmq_req_t *req;
    rmq_DescribeConfigsResponse_DescribeConfigsResult_t *out;
    const rmq_DescribeConfigsRequest_DescribeConfigsResource_t *res;
    int include_docs;
} describe_ctx_t;

static int key_wanted(const rmq_DescribeConfigsRequest_DescribeConfigsResource_t *res,
                      const char *name)
{
    if (res->configuration_keys_count < 0)
        return 1;
    for (int i = 0; i < res->configuration_keys_count; i++)
        if (rmq_kw_str_is(res->configuration_keys[i], name))
            return 1;
    return 0;
}

static void add_config(describe_ctx_t *c, const char *name, const char *value, int is_default,
                       int source, int read_only, int type, const char *doc)
{
    rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *e;

    if (!key_wanted(c->res, name))
        return;
    e = &c->out->configs[c->out->configs_count++];
    rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_init(e);
    e->name = rmq_req_str(c->req, name);
    e->value = rmq_req_str(c->req, value);
    e->read_only = read_only;
    e->is_default = is_default;
    e->config_source = (int8_t)source;
    e->is_sensitive = false;
    e->synonyms_count = 0;
    e->config_type = (int8_t)type;
    e->documentation = c->include_docs && doc ? rmq_req_str(c->req, doc) : RMQ_KW_STR_NULL;
}

static void topic_config_cb(void *opaque, const rmq_topic_config_entry_t *e)
{
    describe_ctx_t *c = opaque;

    add_config(c, e->name, e->value, e->is_default, e->is_default ? SRC_DEFAULT : SRC_DYNAMIC_TOPIC,
               e->read_only, e->type, e->doc);
}

static void h_describe_configs(rmq_req_t *req)
{
    const rmq_DescribeConfigsRequest_t *dr = req->kreq.body;
    rmq_DescribeConfigsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = dr->resources_count > 0 ? dr->resources_count : 0;
    rmq_broker_t *b = req->b;

    rmq_DescribeConfigsResponse_init(resp);
    resp->results = rmq_req_alloc(req, sizeof(*resp->results) * (size_t)(n ? n : 1));
    resp->results_count = n;
    for (int i = 0; i < n; i++) {
        const rmq_DescribeConfigsRequest_DescribeConfigsResource_t *res = &dr->resources[i];
        rmq_DescribeConfigsResponse_DescribeConfigsResult_t *out = &resp->results[i];
        describe_ctx_t c = {req, out, res, req->kreq.api_version >= 3 && dr->include_documentation};
        rmq_DescribeConfigsResponse_DescribeConfigsResult_init(out);
        out->resource_type = res->resource_type;
        out->resource_name = res->resource_name;
        out->configs = rmq_req_alloc(req, sizeof(*out->configs) * 32);
        out->configs_count = 0;
        if (res->resource_type == RES_TOPIC) {
            int16_t e;
            rmq_topic_t *t = rmq_broker_topic(b, res->resource_name, 0, &e);
            if (!t) {
                out->error_code = e;
                out->error_message = rmq_req_str(req, "unknown topic");
                continue;
            }
            rmq_topic_describe_config(t, topic_config_cb, &c);
            rmq_topic_unref(t);
        } else if (res->resource_type == RES_BROKER) {
            char id[16], parts[16], mc[16];
            if (res->resource_name.len > 0 &&
                atoi(rmq_req_cstr(req, res->resource_name)) != b->node_id) {
                out->error_code = RMQ_KERR_INVALID_REQUEST;
                out->error_message = rmq_req_str(req, "unknown broker id");
                continue;
            }
            snprintf(id, sizeof(id), "%d", b->node_id);
            snprintf(parts, sizeof(parts), "%d", b->cfg.broker.default_partitions);
            snprintf(mc, sizeof(mc), "%u", b->cfg.network.max_connections);
            add_config(&c, "broker.id", id, 0, SRC_STATIC_BROKER, 1, 3, "this broker's node id");
            add_config(&c, "auto.create.topics.enable",
                       b->cfg.broker.auto_create_topics ? "true" : "false", 0, SRC_STATIC_BROKER, 1,
                       1, "create unknown topics on first use");
            add_config(&c, "num.partitions", parts, 0, SRC_STATIC_BROKER, 1, 3,
                       "partitions of auto-created topics");
            add_config(&c, "log.dirs", b->cfg.wal.path, 0, SRC_STATIC_BROKER, 1, 2,
                       "the write-ahead log directory");
            add_config(&c, "max.connections", mc, 0, SRC_STATIC_BROKER, 1, 3,
                       "connections accepted at once");
        } else {
            out->error_code = RMQ_KERR_INVALID_REQUEST;
            out->error_message = rmq_req_str(req, "only topic and broker resources are served");
        }
    }
    rmq_req_respond(req, resp);
}

/* Shared by AlterConfigs (replace all) and IncrementalAlterConfigs (per-key operations). */
static int16_t alter_resource(rmq_req_t *req, int8_t type, rmq_kw_str_t name, int n,
                              const char **keys, const char **vals, const int *ops, int replace_all,
                              int validate_only, rmq_kw_str_t *message)
{
    rmq_err_t err;
    int16_t e;

    rmq_err_clear(&err);
    if (type == RES_BROKER) {
        *message = rmq_req_str(req, "broker configuration is static: change the config file");
        return RMQ_KERR_INVALID_REQUEST;
    }
    if (type != RES_TOPIC) {
        *message = rmq_req_str(req, "only topic resources can be altered");
        return RMQ_KERR_INVALID_REQUEST;
    }
    e = rmq_topics_alter_config(req->b->topics, rmq_req_cstr(req, name), n, keys, vals, ops,
                                replace_all, validate_only, &err);
    *message = e ? rmq_req_str(req, err.msg) : RMQ_KW_STR_NULL;
    return e;
}

static void h_alter_configs(rmq_req_t *req)
{
    const rmq_AlterConfigsRequest_t *ar = req->kreq.body;
    rmq_AlterConfigsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = ar->resources_count > 0 ? ar->resources_count : 0;

    rmq_AlterConfigsResponse_init(resp);
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(n ? n : 1));
    resp->responses_count = n;
    for (int i = 0; i < n; i++) {
        const rmq_AlterConfigsRequest_AlterConfigsResource_t *r = &ar->resources[i];
        int nc = r->configs_count > 0 ? r->configs_count : 0;
        const char **keys = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        const char **vals = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        for (int k = 0; k < nc; k++) {
            keys[k] = rmq_req_cstr(req, r->configs[k].name);
            vals[k] = r->configs[k].value.ptr ? rmq_req_cstr(req, r->configs[k].value) : NULL;
        }
        resp->responses[i].resource_type = r->resource_type;
        resp->responses[i].resource_name = r->resource_name;
        resp->responses[i].error_code =
            alter_resource(req, r->resource_type, r->resource_name, nc, keys, vals, NULL, 1,
                           ar->validate_only, &resp->responses[i].error_message);
    }
    rmq_req_respond(req, resp);
}

static void h_incremental_alter_configs(rmq_req_t *req)
{
    const rmq_IncrementalAlterConfigsRequest_t *ar = req->kreq.body;
    rmq_IncrementalAlterConfigsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = ar->resources_count > 0 ? ar->resources_count : 0;

    rmq_IncrementalAlterConfigsResponse_init(resp);
    resp->responses = rmq_req_alloc(req, sizeof(*resp->responses) * (size_t)(n ? n : 1));
    resp->responses_count = n;
    for (int i = 0; i < n; i++) {
        const rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *r = &ar->resources[i];
        int nc = r->configs_count > 0 ? r->configs_count : 0;
        const char **keys = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        const char **vals = rmq_req_alloc(req, sizeof(char *) * (size_t)(nc ? nc : 1));
        int *ops = rmq_req_alloc(req, sizeof(int) * (size_t)(nc ? nc : 1));
        for (int k = 0; k < nc; k++) {
            keys[k] = rmq_req_cstr(req, r->configs[k].name);
            vals[k] = r->configs[k].value.ptr ? rmq_req_cstr(req, r->configs[k].value) : NULL;
            ops[k] = r->configs[k].config_operation;
        }
        resp->responses[i].resource_type = r->resource_type;
        resp->responses[i].resource_name = r->resource_name;
        resp->responses[i].error_code =
            alter_resource(req, r->resource_type, r->resource_name, nc, keys, vals, ops, 0,
                           ar->validate_only, &resp->responses[i].error_message);
    }
    rmq_req_respond(req, resp);
}

static void h_offset_for_leader_epoch(rmq_req_t *req)
{
    const rmq_OffsetForLeaderEpochRequest_t *orq = req->kreq.body;
    rmq_OffsetForLeaderEpochResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nt = orq->topics_count > 0 ? orq->topics_count : 0;

    rmq_OffsetForLeaderEpochResponse_init(resp);
    resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (size_t)(nt ? nt : 1));
    resp->topics_count = nt;
    for (int i = 0; i < nt; i++) {
        const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *rt = &orq->topics[i];
        int np = rt->partitions_count > 0 ? rt->partitions_count : 0;
        int16_t terr;
        rmq_topic_t *t = rmq_broker_topic(req->b, rt->topic, 0, &terr);
        resp->topics[i].topic = rt->topic;
        resp->topics[i].partitions =
            rmq_req_alloc(req, sizeof(*resp->topics[i].partitions) * (size_t)(np ? np : 1));
        resp->topics[i].partitions_count = np;
        for (int j = 0; j < np; j++) {
            const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *rp =
                &rt->partitions[j];
            rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *out = &resp->topics[i].partitions[j];
            rmq_plog_t *plog = t ? rmq_broker_plog(req->b, t, rp->partition) : NULL;
            int32_t epoch;
            int64_t leo;
            rmq_OffsetForLeaderEpochResponse_EpochEndOffset_init(out);
            out->partition = rp->partition;
            if (!plog) {
                out->error_code = t ? RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION : terr;
                continue;
            }
            epoch = rmq_plog_leader_epoch(plog) < 0 ? 0 : rmq_plog_leader_epoch(plog);
            if (rp->current_leader_epoch >= 0 && rp->current_leader_epoch < epoch) {
                out->error_code = RMQ_KERR_FENCED_LEADER_EPOCH;
                continue;
            }
            if (rp->current_leader_epoch > epoch) {
                out->error_code = RMQ_KERR_UNKNOWN_LEADER_EPOCH;
                continue;
            }
            rmq_plog_offsets(plog, NULL, NULL, &leo);
            if (rp->leader_epoch > epoch) {
                /* An epoch this log never had: undefined, as Kafka answers. */
                out->leader_epoch = -1;
                out->end_offset = -1;
            } else {
                /* This broker has led every epoch up to the current one without a change of
                 * leader, so no epoch ended early: the log end is the answer. */
                out->leader_epoch = epoch;
                out->end_offset = leo;
            }
        }
        rmq_topic_unref(t);
    }
    rmq_req_respond(req, resp);
}

void rmq_h_admin(rmq_req_t *req)
{
    switch (req->kreq.api_key) {
    case RMQ_KAFKA_API_CREATE_TOPICS:
        h_create_topics(req);
        break;
    case RMQ_KAFKA_API_DELETE_TOPICS:
        h_delete_topics(req);
        break;
    case RMQ_KAFKA_API_CREATE_PARTITIONS:
        h_create_partitions(req);
        break;
    case RMQ_KAFKA_API_DELETE_RECORDS:
        h_delete_records(req);
        break;
    case RMQ_KAFKA_API_DESCRIBE_CONFIGS:
        h_describe_configs(req);
        break;
    case RMQ_KAFKA_API_ALTER_CONFIGS:
        h_alter_configs(req);
        break;
    case RMQ_KAFKA_API_INCREMENTAL_ALTER_CONFIGS:
        h_incremental_alter_configs(req);
        break;
    case RMQ_KAFKA_API_OFFSET_FOR_LEADER_EPOCH:
        h_offset_for_leader_epoch(req);
        break;
    default:
        rmq_req_fail_close(req, "not an admin API");
    }
}
