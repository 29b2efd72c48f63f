/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/api.h"

const rmq_kafka_api_t rmq_kafka_api_versions[] = {
    {0, "Produce", 0, 11, 9, false, &rmq_ProduceRequest_desc, &rmq_ProduceResponse_desc},
    {1, "Fetch", 0, 17, 12, false, &rmq_FetchRequest_desc, &rmq_FetchResponse_desc},
    {2, "ListOffsets", 0, 10, 6, false, &rmq_ListOffsetsRequest_desc, &rmq_ListOffsetsResponse_desc},
    {3, "Metadata", 0, 12, 9, false, &rmq_MetadataRequest_desc, &rmq_MetadataResponse_desc},
    {8, "OffsetCommit", 0, 9, 8, false, &rmq_OffsetCommitRequest_desc, &rmq_OffsetCommitResponse_desc},
    {9, "OffsetFetch", 0, 9, 6, false, &rmq_OffsetFetchRequest_desc, &rmq_OffsetFetchResponse_desc},
    {10, "FindCoordinator", 0, 6, 3, false, &rmq_FindCoordinatorRequest_desc, &rmq_FindCoordinatorResponse_desc},
    {11, "JoinGroup", 0, 9, 6, false, &rmq_JoinGroupRequest_desc, &rmq_JoinGroupResponse_desc},
    {12, "Heartbeat", 0, 4, 4, false, &rmq_HeartbeatRequest_desc, &rmq_HeartbeatResponse_desc},
    {13, "LeaveGroup", 0, 5, 4, false, &rmq_LeaveGroupRequest_desc, &rmq_LeaveGroupResponse_desc},
    {14, "SyncGroup", 0, 5, 4, false, &rmq_SyncGroupRequest_desc, &rmq_SyncGroupResponse_desc},
    {15, "DescribeGroups", 0, 5, 5, false, &rmq_DescribeGroupsRequest_desc, &rmq_DescribeGroupsResponse_desc},
    {16, "ListGroups", 0, 5, 3, false, &rmq_ListGroupsRequest_desc, &rmq_ListGroupsResponse_desc},
    {17, "SaslHandshake", 0, 1, -1, false, &rmq_SaslHandshakeRequest_desc, &rmq_SaslHandshakeResponse_desc},
    {18, "ApiVersions", 0, 4, 3, false, &rmq_ApiVersionsRequest_desc, &rmq_ApiVersionsResponse_desc},
    {19, "CreateTopics", 0, 7, 5, false, &rmq_CreateTopicsRequest_desc, &rmq_CreateTopicsResponse_desc},
    {20, "DeleteTopics", 0, 6, 4, false, &rmq_DeleteTopicsRequest_desc, &rmq_DeleteTopicsResponse_desc},
    {21, "DeleteRecords", 0, 2, 2, false, &rmq_DeleteRecordsRequest_desc, &rmq_DeleteRecordsResponse_desc},
    {22, "InitProducerId", 0, 5, 2, false, &rmq_InitProducerIdRequest_desc, &rmq_InitProducerIdResponse_desc},
    {23, "OffsetForLeaderEpoch", 0, 4, 4, false, &rmq_OffsetForLeaderEpochRequest_desc, &rmq_OffsetForLeaderEpochResponse_desc},
    {29, "DescribeAcls", 0, 3, 2, false, &rmq_DescribeAclsRequest_desc, &rmq_DescribeAclsResponse_desc},
    {30, "CreateAcls", 0, 3, 2, false, &rmq_CreateAclsRequest_desc, &rmq_CreateAclsResponse_desc},
    {31, "DeleteAcls", 0, 3, 2, false, &rmq_DeleteAclsRequest_desc, &rmq_DeleteAclsResponse_desc},
    {32, "DescribeConfigs", 0, 4, 4, false, &rmq_DescribeConfigsRequest_desc, &rmq_DescribeConfigsResponse_desc},
    {33, "AlterConfigs", 0, 2, 2, false, &rmq_AlterConfigsRequest_desc, &rmq_AlterConfigsResponse_desc},
    {36, "SaslAuthenticate", 0, 2, 2, false, &rmq_SaslAuthenticateRequest_desc, &rmq_SaslAuthenticateResponse_desc},
    {37, "CreatePartitions", 0, 3, 2, false, &rmq_CreatePartitionsRequest_desc, &rmq_CreatePartitionsResponse_desc},
    {42, "DeleteGroups", 0, 2, 2, false, &rmq_DeleteGroupsRequest_desc, &rmq_DeleteGroupsResponse_desc},
    {44, "IncrementalAlterConfigs", 0, 1, 1, false, &rmq_IncrementalAlterConfigsRequest_desc, &rmq_IncrementalAlterConfigsResponse_desc},
    {47, "OffsetDelete", 0, 0, -1, false, &rmq_OffsetDeleteRequest_desc, &rmq_OffsetDeleteResponse_desc},
    {50, "DescribeUserScramCredentials", 0, 0, 0, false, &rmq_DescribeUserScramCredentialsRequest_desc, &rmq_DescribeUserScramCredentialsResponse_desc},
    {51, "AlterUserScramCredentials", 0, 0, 0, false, &rmq_AlterUserScramCredentialsRequest_desc, &rmq_AlterUserScramCredentialsResponse_desc},
    {60, "DescribeCluster", 0, 1, 0, false, &rmq_DescribeClusterRequest_desc, &rmq_DescribeClusterResponse_desc},
};
const size_t rmq_kafka_api_count = 33;

const rmq_kmsg_desc_t *const rmq_kafka_messages[] = {
    &rmq_RequestHeader_desc,
    &rmq_ResponseHeader_desc,
    &rmq_ProduceRequest_desc,
    &rmq_ProduceResponse_desc,
    &rmq_FetchRequest_desc,
    &rmq_FetchResponse_desc,
    &rmq_ListOffsetsRequest_desc,
    &rmq_ListOffsetsResponse_desc,
    &rmq_MetadataRequest_desc,
    &rmq_MetadataResponse_desc,
    &rmq_OffsetCommitRequest_desc,
    &rmq_OffsetCommitResponse_desc,
    &rmq_OffsetFetchRequest_desc,
    &rmq_OffsetFetchResponse_desc,
    &rmq_FindCoordinatorRequest_desc,
    &rmq_FindCoordinatorResponse_desc,
    &rmq_JoinGroupRequest_desc,
    &rmq_JoinGroupResponse_desc,
    &rmq_HeartbeatRequest_desc,
    &rmq_HeartbeatResponse_desc,
    &rmq_LeaveGroupRequest_desc,
    &rmq_LeaveGroupResponse_desc,
    &rmq_SyncGroupRequest_desc,
    &rmq_SyncGroupResponse_desc,
    &rmq_DescribeGroupsRequest_desc,
    &rmq_DescribeGroupsResponse_desc,
    &rmq_ListGroupsRequest_desc,
    &rmq_ListGroupsResponse_desc,
    &rmq_SaslHandshakeRequest_desc,
    &rmq_SaslHandshakeResponse_desc,
    &rmq_ApiVersionsRequest_desc,
    &rmq_ApiVersionsResponse_desc,
    &rmq_CreateTopicsRequest_desc,
    &rmq_CreateTopicsResponse_desc,
    &rmq_DeleteTopicsRequest_desc,
    &rmq_DeleteTopicsResponse_desc,
    &rmq_DeleteRecordsRequest_desc,
    &rmq_DeleteRecordsResponse_desc,
    &rmq_InitProducerIdRequest_desc,
    &rmq_InitProducerIdResponse_desc,
    &rmq_OffsetForLeaderEpochRequest_desc,
    &rmq_OffsetForLeaderEpochResponse_desc,
    &rmq_DescribeAclsRequest_desc,
    &rmq_DescribeAclsResponse_desc,
    &rmq_CreateAclsRequest_desc,
    &rmq_CreateAclsResponse_desc,
    &rmq_DeleteAclsRequest_desc,
    &rmq_DeleteAclsResponse_desc,
    &rmq_DescribeConfigsRequest_desc,
    &rmq_DescribeConfigsResponse_desc,
    &rmq_AlterConfigsRequest_desc,
    &rmq_AlterConfigsResponse_desc,
    &rmq_SaslAuthenticateRequest_desc,
    &rmq_SaslAuthenticateResponse_desc,
    &rmq_CreatePartitionsRequest_desc,
    &rmq_CreatePartitionsResponse_desc,
    &rmq_DeleteGroupsRequest_desc,
    &rmq_DeleteGroupsResponse_desc,
    &rmq_IncrementalAlterConfigsRequest_desc,
    &rmq_IncrementalAlterConfigsResponse_desc,
    &rmq_OffsetDeleteRequest_desc,
    &rmq_OffsetDeleteResponse_desc,
    &rmq_DescribeUserScramCredentialsRequest_desc,
    &rmq_DescribeUserScramCredentialsResponse_desc,
    &rmq_AlterUserScramCredentialsRequest_desc,
    &rmq_AlterUserScramCredentialsResponse_desc,
    &rmq_DescribeClusterRequest_desc,
    &rmq_DescribeClusterResponse_desc,
};
const size_t rmq_kafka_message_count = 68;

const rmq_kafka_api_t *rmq_kafka_api_get(int16_t api_key)
{
    switch (api_key) {
    case 0:
        return &rmq_kafka_api_versions[0];
    case 1:
        return &rmq_kafka_api_versions[1];
    case 2:
        return &rmq_kafka_api_versions[2];
    case 3:
        return &rmq_kafka_api_versions[3];
    case 8:
        return &rmq_kafka_api_versions[4];
    case 9:
        return &rmq_kafka_api_versions[5];
    case 10:
        return &rmq_kafka_api_versions[6];
    case 11:
        return &rmq_kafka_api_versions[7];
    case 12:
        return &rmq_kafka_api_versions[8];
    case 13:
        return &rmq_kafka_api_versions[9];
    case 14:
        return &rmq_kafka_api_versions[10];
    case 15:
        return &rmq_kafka_api_versions[11];
    case 16:
        return &rmq_kafka_api_versions[12];
    case 17:
        return &rmq_kafka_api_versions[13];
    case 18:
        return &rmq_kafka_api_versions[14];
    case 19:
        return &rmq_kafka_api_versions[15];
    case 20:
        return &rmq_kafka_api_versions[16];
    case 21:
        return &rmq_kafka_api_versions[17];
    case 22:
        return &rmq_kafka_api_versions[18];
    case 23:
        return &rmq_kafka_api_versions[19];
    case 29:
        return &rmq_kafka_api_versions[20];
    case 30:
        return &rmq_kafka_api_versions[21];
    case 31:
        return &rmq_kafka_api_versions[22];
    case 32:
        return &rmq_kafka_api_versions[23];
    case 33:
        return &rmq_kafka_api_versions[24];
    case 36:
        return &rmq_kafka_api_versions[25];
    case 37:
        return &rmq_kafka_api_versions[26];
    case 42:
        return &rmq_kafka_api_versions[27];
    case 44:
        return &rmq_kafka_api_versions[28];
    case 47:
        return &rmq_kafka_api_versions[29];
    case 50:
        return &rmq_kafka_api_versions[30];
    case 51:
        return &rmq_kafka_api_versions[31];
    case 60:
        return &rmq_kafka_api_versions[32];
    default:
        return NULL;
    }
}

bool rmq_kafka_api_supported(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    return api && api_version >= api->min_version && api_version <= api->max_version;
}

int16_t rmq_kafka_request_header_version(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api || api_version < 0)
        return -1;
    return (api->first_flexible >= 0 && api_version >= api->first_flexible) ? 2 : 1;
}

int16_t rmq_kafka_response_header_version(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api || api_version < 0)
        return -1;
    /* ApiVersionsResponse keeps header v0 so that any client can read it (KIP-511). */
    if (api_key == RMQ_KAFKA_API_API_VERSIONS)
        return 0;
    return (api->first_flexible >= 0 && api_version >= api->first_flexible) ? 1 : 0;
}

static int body_decode(const rmq_kmsg_desc_t *d, rmq_kw_reader_t *r, int16_t api_version,
                       rmq_arena_t *arena, void **out)
{
    *out = NULL;
    void *msg = rmq_arena_alloc(arena, d->root->size);
    int rc = d->decode(r, api_version, arena, msg);
    if (rc == 0)
        *out = msg;
    return rc;
}

int rmq_kafka_request_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                             rmq_arena_t *arena, void **out)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    *out = NULL;
    if (!api)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unknown API key");
    return body_decode(api->request, r, api_version, arena, out);
}

int rmq_kafka_response_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                              rmq_arena_t *arena, void **out)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    *out = NULL;
    if (!api)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unknown API key");
    return body_decode(api->response, r, api_version, arena, out);
}

int rmq_kafka_request_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             const void *msg)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api)
        return RMQ_EUNSUPPORTED;
    return api->request->encode(wb, api_version, msg);
}

int rmq_kafka_response_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                              const void *msg)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api)
        return RMQ_EUNSUPPORTED;
    return api->response->encode(wb, api_version, msg);
}

int rmq_kafka_request_read(const void *frame, size_t len, rmq_arena_t *arena,
                           rmq_kafka_request_t *req, rmq_err_t *err)
{
    rmq_kw_reader_t r;
    int rc;

    memset(req, 0, sizeof(*req));
    rmq_RequestHeader_init(&req->header);
    rmq_kw_reader_init(&r, frame, len);
    if (len < 4) {
        rmq_kw_fail(&r, RMQ_ETRUNC, "request shorter than its API key and version");
        return rmq_kw_reader_error(&r, err, "request header");
    }
    req->api_key = (int16_t)rmq_be16(frame);
    req->api_version = (int16_t)rmq_be16((const uint8_t *)frame + 2);
    req->header_version = rmq_kafka_request_header_version(req->api_key, req->api_version);
    if (req->header_version < 0) {
        /* Unknown API or negative version: read the fields every header version starts with. */
        rmq_RequestHeader_decode(&r, 0, arena, &req->header);
        if (r.err)
            return rmq_kw_reader_error(&r, err, "request header");
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "API key %d version %d not supported",
                           req->api_key, req->api_version);
    }
    if (rmq_RequestHeader_decode(&r, req->header_version, arena, &req->header) != 0)
        return rmq_kw_reader_error(&r, err, "request header");
    if (!rmq_kafka_api_supported(req->api_key, req->api_version)) {
        const rmq_kafka_api_t *api = rmq_kafka_api_get(req->api_key);
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "%sRequest version %d not in %d..%d",
                           api->name, req->api_version, api->min_version, api->max_version);
    }
    rc = rmq_kafka_request_decode(&r, req->api_key, req->api_version, arena, &req->body);
    if (rc != 0) {
        const rmq_kafka_api_t *api = rmq_kafka_api_get(req->api_key);
        char ctx[64];
        snprintf(ctx, sizeof(ctx), "%sRequest v%d", api->name, req->api_version);
        return rmq_kw_reader_error(&r, err, ctx);
    }
    return 0;
}

int rmq_kafka_request_write(rmq_wbuf_t *wb, const rmq_RequestHeader_t *hdr, const void *body)
{
    int16_t hv = rmq_kafka_request_header_version(hdr->request_api_key, hdr->request_api_version);
    if (hv < 0 || !rmq_kafka_api_supported(hdr->request_api_key, hdr->request_api_version))
        return RMQ_EUNSUPPORTED;
    int rc = rmq_RequestHeader_encode(wb, hv, hdr);
    if (rc != 0)
        return rc;
    return rmq_kafka_request_encode(wb, hdr->request_api_key, hdr->request_api_version, body);
}

int rmq_kafka_response_write(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             int32_t correlation_id, const void *body)
{
    rmq_ResponseHeader_t hdr;
    int16_t hv = rmq_kafka_response_header_version(api_key, api_version);
    if (hv < 0 || !rmq_kafka_api_supported(api_key, api_version))
        return RMQ_EUNSUPPORTED;
    rmq_ResponseHeader_init(&hdr);
    hdr.correlation_id = correlation_id;
    int rc = rmq_ResponseHeader_encode(wb, hv, &hdr);
    if (rc != 0)
        return rc;
    return rmq_kafka_response_encode(wb, api_key, api_version, body);
}

int rmq_kafka_response_read(const void *frame, size_t len, int16_t api_key, int16_t api_version,
                            rmq_arena_t *arena, rmq_ResponseHeader_t *hdr, void **body,
                            rmq_err_t *err)
{
    rmq_kw_reader_t r;
    int16_t hv = rmq_kafka_response_header_version(api_key, api_version);

    *body = NULL;
    rmq_ResponseHeader_init(hdr);
    if (hv < 0 || !rmq_kafka_api_supported(api_key, api_version))
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "API key %d version %d not supported",
                           api_key, api_version);
    rmq_kw_reader_init(&r, frame, len);
    if (rmq_ResponseHeader_decode(&r, hv, arena, hdr) != 0)
        return rmq_kw_reader_error(&r, err, "response header");
    if (rmq_kafka_response_decode(&r, api_key, api_version, arena, body) != 0)
        return rmq_kw_reader_error(&r, err, "response body");
    return 0;
}
