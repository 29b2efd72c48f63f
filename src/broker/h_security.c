/*
 * h_security.c - the ACL and SCRAM credential APIs while no authorizer exists.
 *
 * This build has no authentication and no authorizer (the security issue adds them). Kafka
 * answers these APIs on a broker without an authorizer with SECURITY_DISABLED, per ACL
 * creation, per deletion filter and per user, and that is what clients and tools expect
 * (kafka-acls.sh prints "No Authorizer is configured"); closing the connection or leaving
 * the APIs out of ApiVersions would instead look like a broken broker.
 */
#include "broker/broker_int.h"

#define NO_AUTHORIZER "No Authorizer is configured on the broker"
#define NO_SCRAM      "SCRAM credentials are not supported: security is not built into this broker"

static void h_describe_acls(rmq_req_t *req)
{
    rmq_DescribeAclsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_DescribeAclsResponse_init(resp);
    resp->error_code = RMQ_KERR_SECURITY_DISABLED;
    resp->error_message = rmq_req_str(req, NO_AUTHORIZER);
    resp->resources_count = 0;
    rmq_req_respond(req, resp);
}

static void h_create_acls(rmq_req_t *req)
{
    const rmq_CreateAclsRequest_t *cr = req->kreq.body;
    rmq_CreateAclsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = cr->creations_count > 0 ? cr->creations_count : 0;

    rmq_CreateAclsResponse_init(resp);
    resp->results = rmq_req_alloc(req, sizeof(*resp->results) * (size_t)(n ? n : 1));
    resp->results_count = n;
    for (int i = 0; i < n; i++) {
        resp->results[i].error_code = RMQ_KERR_SECURITY_DISABLED;
        resp->results[i].error_message = rmq_req_str(req, NO_AUTHORIZER);
    }
    rmq_req_respond(req, resp);
}

static void h_delete_acls(rmq_req_t *req)
{
    const rmq_DeleteAclsRequest_t *dr = req->kreq.body;
    rmq_DeleteAclsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int n = dr->filters_count > 0 ? dr->filters_count : 0;

    rmq_DeleteAclsResponse_init(resp);
    resp->filter_results = rmq_req_alloc(req, sizeof(*resp->filter_results) * (size_t)(n ? n : 1));
    resp->filter_results_count = n;
    for (int i = 0; i < n; i++) {
        resp->filter_results[i].error_code = RMQ_KERR_SECURITY_DISABLED;
        resp->filter_results[i].error_message = rmq_req_str(req, NO_AUTHORIZER);
        resp->filter_results[i].matching_acls_count = 0;
    }
    rmq_req_respond(req, resp);
}

static void h_describe_scram(rmq_req_t *req)
{
    rmq_DescribeUserScramCredentialsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));

    rmq_DescribeUserScramCredentialsResponse_init(resp);
    resp->error_code = RMQ_KERR_SECURITY_DISABLED;
    resp->error_message = rmq_req_str(req, NO_SCRAM);
    resp->results_count = 0;
    rmq_req_respond(req, resp);
}

static void h_alter_scram(rmq_req_t *req)
{
    const rmq_AlterUserScramCredentialsRequest_t *ar = req->kreq.body;
    rmq_AlterUserScramCredentialsResponse_t *resp = rmq_req_alloc(req, sizeof(*resp));
    int nd = ar->deletions_count > 0 ? ar->deletions_count : 0;
    int nu = ar->upsertions_count > 0 ? ar->upsertions_count : 0;

    rmq_AlterUserScramCredentialsResponse_init(resp);
    resp->results = rmq_req_alloc(req, sizeof(*resp->results) * (size_t)(nd + nu ? nd + nu : 1));
    resp->results_count = nd + nu;
    for (int i = 0; i < nd + nu; i++) {
        resp->results[i].user = i < nd ? ar->deletions[i].name : ar->upsertions[i - nd].name;
        resp->results[i].error_code = RMQ_KERR_SECURITY_DISABLED;
        resp->results[i].error_message = rmq_req_str(req, NO_SCRAM);
    }
    rmq_req_respond(req, resp);
}

void rmq_h_security(rmq_req_t *req)
{
    switch (req->kreq.api_key) {
    case RMQ_KAFKA_API_DESCRIBE_ACLS:
        h_describe_acls(req);
        break;
    case RMQ_KAFKA_API_CREATE_ACLS:
        h_create_acls(req);
        break;
    case RMQ_KAFKA_API_DELETE_ACLS:
        h_delete_acls(req);
        break;
    case RMQ_KAFKA_API_DESCRIBE_USER_SCRAM_CREDENTIALS:
        h_describe_scram(req);
        break;
    case RMQ_KAFKA_API_ALTER_USER_SCRAM_CREDENTIALS:
        h_alter_scram(req);
        break;
    default:
        rmq_req_fail_close(req, "not a security API");
    }
}
