/*
 * h_meta.c - ApiVersions, Metadata, DescribeCluster and FindCoordinator: what a client asks
 * before anything else. A standalone broker is its own controller and every partition's
 * leader, replica set and ISR.
 */
#include "broker/broker_int.h"
#include "common/mem.h"

void rmq_h_api_versions(rmq_req_t *req)
{
    rmq_ApiVersionsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    const rmq_kafka_api_t *av = rmq_kafka_api_get(RMQ_KAFKA_API_API_VERSIONS);
    int n = 0;

    rmq_ApiVersionsResponse_init(resp);
    resp->api_keys = rmq_req_alloc(req, sizeof(*resp->api_keys) * rmq_kafka_api_count);
    /* Only the APIs we serve, at the versions our codecs handle. */
    for (size_t i = 0; i < rmq_kafka_api_count; i++) {
        const rmq_kafka_api_t *api = &rmq_kafka_api_versions[i];
        int16_t min, max;
        if (!rmq_api_served_versions(api->api_key, &min, &max))
            continue;
        resp->api_keys[n].api_key = api->api_key;
        resp->api_keys[n].min_version = min;
        resp->api_keys[n].max_version = max;
        n++;
    }
    resp->api_keys_count = n;
    if (req->kreq.header.request_api_version > av->max_version) {
        /* The client asked with a version we do not know: tell it so in a v0 body. */
        resp->error_code = RMQ_KERR_UNSUPPORTED_VERSION;
        req->kreq.api_version = 0;
    }
    resp->supported_features_count = 0;
    resp->finalized_features_count = 0;
    rmq_req_respond(req, resp);
}

/* The broker's rack for Metadata and DescribeCluster: null when none is configured. */
static rmq_kw_str_t broker_rack(rmq_req_t *req)
{
    const char *rack = req->b->cfg.broker.rack_id;

    return rack && *rack ? rmq_req_str(req, rack) : RMQ_KW_STR_NULL;
}

static void fill_partition(rmq_broker_t *b, const rmq_topic_t *t, int32_t i,
                           rmq_MetadataResponse_MetadataResponsePartition_t *p, rmq_req_t *req)
{
    rmq_plog_t *plog = rmq_broker_plog(b, t, i);

    rmq_MetadataResponse_MetadataResponsePartition_init(p);
    p->error_code = RMQ_KERR_NONE;
    p->partition_index = i;
    p->leader_id = b->node_id;
    p->leader_epoch = plog ? rmq_plog_leader_epoch(plog) : 0;
    if (p->leader_epoch < 0)
        p->leader_epoch = 0;
    p->replica_nodes = rmq_req_alloc(req, sizeof(int32_t));
    p->replica_nodes[0] = b->node_id;
    p->replica_nodes_count = 1;
    p->isr_nodes = rmq_req_alloc(req, sizeof(int32_t));
    p->isr_nodes[0] = b->node_id;
    p->isr_nodes_count = 1;
    p->offline_replicas_count = 0;
}

static void fill_topic(rmq_broker_t *b, rmq_topic_t *t,
                       rmq_MetadataResponse_MetadataResponseTopic_t *mt, rmq_req_t *req)
{
    const rmq_MetadataRequest_t *mr = req->kreq.body;

    mt->error_code = RMQ_KERR_NONE;
    if (mr->include_topic_authorized_operations)
        mt->topic_authorized_operations = RMQ_AUTHZ_OPS_TOPIC;
    mt->name = rmq_req_str(req, t->name);
    memcpy(mt->topic_id.b, t->id, 16);
    mt->is_internal = false;
    mt->partitions =
        rmq_req_alloc(req, sizeof(*mt->partitions) * (size_t)(t->npartitions ? t->npartitions : 1));
    mt->partitions_count = t->npartitions;
    for (int32_t i = 0; i < t->npartitions; i++)
        fill_partition(b, t, i, &mt->partitions[i], req);
}

static void fill_brokers(rmq_broker_t *b, rmq_req_t *req, rmq_MetadataResponse_t *resp)
{
    resp->brokers = rmq_req_alloc(req, sizeof(*resp->brokers));
    rmq_MetadataResponse_MetadataResponseBroker_init(&resp->brokers[0]);
    resp->brokers[0].node_id = b->node_id;
    resp->brokers[0].host = rmq_req_str(req, b->host);
    resp->brokers[0].port = b->port;
    resp->brokers[0].rack = broker_rack(req);
    resp->brokers_count = 1;
}

void rmq_h_metadata(rmq_req_t *req)
{
    rmq_broker_t *b = req->b;
    const rmq_MetadataRequest_t *mr = req->kreq.body;
    rmq_MetadataResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int16_t v = req->kreq.api_version;
    /* v0: an empty array means all topics; v1+: null means all, empty means none. */
    int all = mr->topics_count < 0 || (v == 0 && mr->topics_count == 0);
    int allow_create = v < 4 || mr->allow_auto_topic_creation;

    if (!all && allow_create && b->cfg.broker.auto_create_topics) {
        /* A topic to create: the whole request runs on the admin thread, which creates it
           (a journal write) and answers with it in place. */
        for (int32_t i = 0; i < mr->topics_count; i++) {
            const rmq_kw_str_t nm = mr->topics[i].name;
            if (!nm.ptr || nm.len <= 0 || nm.len > RMQ_TOPIC_NAME_MAX)
                continue;
            rmq_topic_t *t = rmq_topics_get(b->topics, nm.ptr, (size_t)nm.len);
            if (t) {
                rmq_topic_unref(t);
                continue;
            }
            if (rmq_req_offload(req))
                return;
            break;
        }
    }
    rmq_MetadataResponse_init(resp);
    fill_brokers(req->b, req, resp);
    resp->cluster_id = rmq_req_str(req, b->cluster_id);
    resp->controller_id = b->node_id;
    if (mr->include_cluster_authorized_operations)
        resp->cluster_authorized_operations = RMQ_AUTHZ_OPS_CLUSTER;
    if (all) {
        rmq_topic_t **list;
        size_t n = rmq_topics_list(b->topics, &list);
        resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) * (n ? n : 1));
        for (size_t i = 0; i < n; i++) {
            rmq_MetadataResponse_MetadataResponseTopic_init(&resp->topics[i]);
            fill_topic(b, list[i], &resp->topics[i], req);
        }
        resp->topics_count = (int32_t)n;
        rmq_topics_list_free(list, n);
    } else {
        resp->topics = rmq_req_alloc(req, sizeof(*resp->topics) *
                                              (size_t)(mr->topics_count ? mr->topics_count : 1));
        resp->topics_count = mr->topics_count;
        for (int32_t i = 0; i < mr->topics_count; i++) {
            rmq_MetadataResponse_MetadataResponseTopic_t *mt = &resp->topics[i];
            const rmq_MetadataRequest_MetadataRequestTopic_t *rt = &mr->topics[i];
            rmq_topic_t *t = NULL;
            int16_t e = RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION;
            rmq_MetadataResponse_MetadataResponseTopic_init(mt);
            if (rt->name.ptr)
                t = rmq_broker_topic(b, rt->name, allow_create, &e);
            else if (!rmq_kw_uuid_is_zero(&rt->topic_id))
                t = rmq_topics_get_by_id(b->topics, rt->topic_id.b);
            if (!t) {
                mt->error_code = e;
                mt->name = rt->name;
                mt->topic_id = rt->topic_id;
                mt->partitions_count = 0;
                continue;
            }
            fill_topic(b, t, mt, req);
            rmq_topic_unref(t);
        }
    }
    rmq_req_respond(req, resp);
}

void rmq_h_describe_cluster(rmq_req_t *req)
{
    rmq_broker_t *b = req->b;
    const rmq_DescribeClusterRequest_t *dr = req->kreq.body;
    rmq_DescribeClusterResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_DescribeClusterResponse_init(resp);
    resp->endpoint_type = dr->endpoint_type;
    if (dr->endpoint_type != 1 && dr->endpoint_type != 2) {
        resp->error_code = RMQ_KERR_UNSUPPORTED_ENDPOINT_TYPE;
        resp->error_message = rmq_req_str(req, "endpoint type must be 1 (brokers) or 2 "
                                               "(controllers)");
        resp->cluster_id = rmq_req_str(req, b->cluster_id);
        resp->brokers_count = 0;
        rmq_req_respond(req, resp);
        return;
    }
    resp->cluster_id = rmq_req_str(req, b->cluster_id);
    resp->controller_id = b->node_id;
    if (dr->include_cluster_authorized_operations)
        resp->cluster_authorized_operations = RMQ_AUTHZ_OPS_CLUSTER;
    resp->brokers = rmq_req_alloc(req, sizeof(*resp->brokers));
    rmq_DescribeClusterResponse_DescribeClusterBroker_init(&resp->brokers[0]);
    resp->brokers[0].broker_id = b->node_id;
    resp->brokers[0].host = rmq_req_str(req, b->host);
    resp->brokers[0].port = b->port;
    resp->brokers[0].rack = broker_rack(req);
    resp->brokers_count = 1;
    rmq_req_respond(req, resp);
}

void rmq_h_find_coordinator(rmq_req_t *req)
{
    rmq_broker_t *b = req->b;
    const rmq_FindCoordinatorRequest_t *fr = req->kreq.body;
    rmq_FindCoordinatorResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    /* Key type 0 is a consumer group; 1 (transactions) is not served. */
    int16_t e = fr->key_type == 0 ? RMQ_KERR_NONE : RMQ_KERR_COORDINATOR_NOT_AVAILABLE;

    rmq_FindCoordinatorResponse_init(resp);
    if (req->kreq.api_version < 4) {
        resp->error_code = e;
        resp->error_message =
            e ? rmq_req_str(req, "only group coordinators are served") : RMQ_KW_STR_NULL;
        resp->node_id = e ? -1 : b->node_id;
        resp->host = rmq_req_str(req, e ? "" : b->host);
        resp->port = e ? -1 : b->port;
    } else {
        int32_t n = fr->coordinator_keys_count > 0 ? fr->coordinator_keys_count : 0;
        resp->coordinators = rmq_req_alloc(req, sizeof(*resp->coordinators) * (size_t)(n ? n : 1));
        resp->coordinators_count = n;
        for (int32_t i = 0; i < n; i++) {
            rmq_FindCoordinatorResponse_Coordinator_t *c = &resp->coordinators[i];
            rmq_FindCoordinatorResponse_Coordinator_init(c);
            c->key = fr->coordinator_keys[i];
            c->error_code = e;
            c->error_message =
                e ? rmq_req_str(req, "only group coordinators are served") : RMQ_KW_STR_NULL;
            c->node_id = e ? -1 : b->node_id;
            c->host = rmq_req_str(req, e ? "" : b->host);
            c->port = e ? -1 : b->port;
        }
    }
    rmq_req_respond(req, resp);
}
