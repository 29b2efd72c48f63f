/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/describe_cluster.h"

/* ---- DescribeClusterRequest (DescribeClusterRequest.json, versions 0-1, flexible 0+) ---- */

static void dec_DescribeClusterRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterRequest_t *out);
static void enc_DescribeClusterRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterRequest_t *in);

void rmq_DescribeClusterRequest_init(rmq_DescribeClusterRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->endpoint_type = 1;
}

static void dec_DescribeClusterRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeClusterRequest_init(out);
    out->include_cluster_authorized_operations = rmq_kw_read_bool(r);
    if (version >= 1) {
        out->endpoint_type = rmq_kw_read_int8(r);
    }
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DescribeClusterRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_bool(w, in->include_cluster_authorized_operations);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->endpoint_type);
    }
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_DescribeClusterRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterRequest_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeClusterRequest version");
    dec_DescribeClusterRequest(r, version, arena, out);
    return r->err;
}

int rmq_DescribeClusterRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeClusterRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeClusterRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeClusterRequest[] = {
    {.name = "include_cluster_authorized_operations", .kafka_name = "IncludeClusterAuthorizedOperations", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterRequest_t, include_cluster_authorized_operations), .def_null = false, .def_int = 0},
    {.name = "endpoint_type", .kafka_name = "EndpointType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterRequest_t, endpoint_type), .def_null = false, .def_int = INT64_C(1)},
};
static const rmq_kstruct_desc_t desc_DescribeClusterRequest = {
    .name = "rmq_DescribeClusterRequest_t",
    .size = sizeof(rmq_DescribeClusterRequest_t),
    .fields = fields_DescribeClusterRequest,
    .nfields = 2,
};

static void any_init_DescribeClusterRequest(void *msg)
{
    rmq_DescribeClusterRequest_init(msg);
}

static int any_decode_DescribeClusterRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeClusterRequest_decode(r, version, arena, out);
}

static int any_encode_DescribeClusterRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeClusterRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeClusterRequest_desc = {
    .name = "DescribeClusterRequest",
    .api_key = 60,
    .request = true,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 0,
    .root = &desc_DescribeClusterRequest,
    .init = any_init_DescribeClusterRequest,
    .decode = any_decode_DescribeClusterRequest,
    .encode = any_encode_DescribeClusterRequest,
};

/* ---- DescribeClusterResponse (DescribeClusterResponse.json, versions 0-1, flexible 0+) ---- */

static void dec_DescribeClusterResponse_DescribeClusterBroker(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_DescribeClusterBroker_t *out);
static void enc_DescribeClusterResponse_DescribeClusterBroker(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterResponse_DescribeClusterBroker_t *in);
static void dec_DescribeClusterResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_t *out);
static void enc_DescribeClusterResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterResponse_t *in);

void rmq_DescribeClusterResponse_DescribeClusterBroker_init(rmq_DescribeClusterResponse_DescribeClusterBroker_t *v)
{
    memset(v, 0, sizeof(*v));
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_DescribeClusterResponse_init(rmq_DescribeClusterResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->endpoint_type = 1;
    v->cluster_id = RMQ_KW_STR_LIT("");
    v->controller_id = -1;
    v->cluster_authorized_operations = INT32_MIN;
}

static void dec_DescribeClusterResponse_DescribeClusterBroker(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_DescribeClusterBroker_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeClusterResponse_DescribeClusterBroker_init(out);
    out->broker_id = rmq_kw_read_int32(r);
    out->host = rmq_kw_read_str(r, true, false);
    out->port = rmq_kw_read_int32(r);
    out->rack = rmq_kw_read_str(r, true, true);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DescribeClusterResponse_DescribeClusterBroker(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterResponse_DescribeClusterBroker_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->broker_id);
    rmq_kw_write_str(w, in->host, true, false);
    rmq_kw_write_int32(w, in->port);
    rmq_kw_write_str(w, in->rack, true, true);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_DescribeClusterResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeClusterResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, true, true);
    if (version >= 1) {
        out->endpoint_type = rmq_kw_read_int8(r);
    }
    out->cluster_id = rmq_kw_read_str(r, true, false);
    out->controller_id = rmq_kw_read_int32(r);
    {
        int32_t n_brokers = rmq_kw_read_array_len(r, true, false, 11);
        out->brokers_count = n_brokers;
        out->brokers = rmq_kw_array_alloc(r, arena, n_brokers, sizeof(*out->brokers));
        for (int32_t i = 0; i < n_brokers && !(r)->err; i++)
            dec_DescribeClusterResponse_DescribeClusterBroker(r, version, arena, &out->brokers[i]);
    }
    out->cluster_authorized_operations = rmq_kw_read_int32(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DescribeClusterResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeClusterResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, true, true);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->endpoint_type);
    }
    rmq_kw_write_str(w, in->cluster_id, true, false);
    rmq_kw_write_int32(w, in->controller_id);
    rmq_kw_write_array_len(w, in->brokers_count, true, false);
    if (in->brokers_count > 0 && !in->brokers)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Brokers: count without items");
    else
        for (int32_t i = 0; i < in->brokers_count; i++)
            enc_DescribeClusterResponse_DescribeClusterBroker(w, version, &in->brokers[i]);
    rmq_kw_write_int32(w, in->cluster_authorized_operations);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_DescribeClusterResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeClusterResponse_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeClusterResponse version");
    dec_DescribeClusterResponse(r, version, arena, out);
    return r->err;
}

int rmq_DescribeClusterResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeClusterResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeClusterResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeClusterResponse_DescribeClusterBroker[] = {
    {.name = "broker_id", .kafka_name = "BrokerId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_DescribeClusterBroker_t, broker_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_DescribeClusterBroker_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_DescribeClusterBroker_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "rack", .kafka_name = "Rack", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 0, .null_hi = 1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_DescribeClusterBroker_t, rack), .def_null = true},
};
static const rmq_kstruct_desc_t desc_DescribeClusterResponse_DescribeClusterBroker = {
    .name = "rmq_DescribeClusterResponse_DescribeClusterBroker_t",
    .size = sizeof(rmq_DescribeClusterResponse_DescribeClusterBroker_t),
    .fields = fields_DescribeClusterResponse_DescribeClusterBroker,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_DescribeClusterResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 0, .null_hi = 1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, error_message), .def_null = true},
    {.name = "endpoint_type", .kafka_name = "EndpointType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, endpoint_type), .def_null = false, .def_int = INT64_C(1)},
    {.name = "cluster_id", .kafka_name = "ClusterId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, cluster_id), .def_null = false, .def_str = ""},
    {.name = "controller_id", .kafka_name = "ControllerId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, controller_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "brokers", .kafka_name = "Brokers", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, brokers), .count_offset = offsetof(rmq_DescribeClusterResponse_t, brokers_count), .item_size = sizeof(rmq_DescribeClusterResponse_DescribeClusterBroker_t), .sub = &desc_DescribeClusterResponse_DescribeClusterBroker, .def_null = false},
    {.name = "cluster_authorized_operations", .kafka_name = "ClusterAuthorizedOperations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeClusterResponse_t, cluster_authorized_operations), .def_null = false, .def_int = INT64_C(-2147483648)},
};
static const rmq_kstruct_desc_t desc_DescribeClusterResponse = {
    .name = "rmq_DescribeClusterResponse_t",
    .size = sizeof(rmq_DescribeClusterResponse_t),
    .fields = fields_DescribeClusterResponse,
    .nfields = 8,
};

static void any_init_DescribeClusterResponse(void *msg)
{
    rmq_DescribeClusterResponse_init(msg);
}

static int any_decode_DescribeClusterResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeClusterResponse_decode(r, version, arena, out);
}

static int any_encode_DescribeClusterResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeClusterResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeClusterResponse_desc = {
    .name = "DescribeClusterResponse",
    .api_key = 60,
    .request = false,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 0,
    .root = &desc_DescribeClusterResponse,
    .init = any_init_DescribeClusterResponse,
    .decode = any_decode_DescribeClusterResponse,
    .encode = any_encode_DescribeClusterResponse,
};

