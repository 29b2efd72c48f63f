/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/describe_user_scram_credentials.h"

/* ---- DescribeUserScramCredentialsRequest (DescribeUserScramCredentialsRequest.json, versions 0, flexible 0+) ---- */

static void dec_DescribeUserScramCredentialsRequest_UserName(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_UserName_t *out);
static void enc_DescribeUserScramCredentialsRequest_UserName(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsRequest_UserName_t *in);
static void dec_DescribeUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_t *out);
static void enc_DescribeUserScramCredentialsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsRequest_t *in);

void rmq_DescribeUserScramCredentialsRequest_UserName_init(rmq_DescribeUserScramCredentialsRequest_UserName_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_DescribeUserScramCredentialsRequest_init(rmq_DescribeUserScramCredentialsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DescribeUserScramCredentialsRequest_UserName(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_UserName_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeUserScramCredentialsRequest_UserName_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DescribeUserScramCredentialsRequest_UserName(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsRequest_UserName_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_DescribeUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeUserScramCredentialsRequest_init(out);
    {
        int32_t n_users = rmq_kw_read_array_len(r, true, true, 2);
        out->users_count = n_users;
        out->users = rmq_kw_array_alloc(r, arena, n_users, sizeof(*out->users));
        for (int32_t i = 0; i < n_users && !(r)->err; i++)
            dec_DescribeUserScramCredentialsRequest_UserName(r, version, arena, &out->users[i]);
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

static void enc_DescribeUserScramCredentialsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->users_count, true, true);
    if (in->users_count > 0 && !in->users)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Users: count without items");
    else
        for (int32_t i = 0; i < in->users_count; i++)
            enc_DescribeUserScramCredentialsRequest_UserName(w, version, &in->users[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_DescribeUserScramCredentialsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeUserScramCredentialsRequest version");
    dec_DescribeUserScramCredentialsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DescribeUserScramCredentialsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeUserScramCredentialsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeUserScramCredentialsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeUserScramCredentialsRequest_UserName[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsRequest_UserName_t, name), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_DescribeUserScramCredentialsRequest_UserName = {
    .name = "rmq_DescribeUserScramCredentialsRequest_UserName_t",
    .size = sizeof(rmq_DescribeUserScramCredentialsRequest_UserName_t),
    .fields = fields_DescribeUserScramCredentialsRequest_UserName,
    .nfields = 1,
};

static const rmq_kfield_desc_t fields_DescribeUserScramCredentialsRequest[] = {
    {.name = "users", .kafka_name = "Users", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 0, .null_hi = 0, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsRequest_t, users), .count_offset = offsetof(rmq_DescribeUserScramCredentialsRequest_t, users_count), .item_size = sizeof(rmq_DescribeUserScramCredentialsRequest_UserName_t), .sub = &desc_DescribeUserScramCredentialsRequest_UserName, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeUserScramCredentialsRequest = {
    .name = "rmq_DescribeUserScramCredentialsRequest_t",
    .size = sizeof(rmq_DescribeUserScramCredentialsRequest_t),
    .fields = fields_DescribeUserScramCredentialsRequest,
    .nfields = 1,
};

static void any_init_DescribeUserScramCredentialsRequest(void *msg)
{
    rmq_DescribeUserScramCredentialsRequest_init(msg);
}

static int any_decode_DescribeUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeUserScramCredentialsRequest_decode(r, version, arena, out);
}

static int any_encode_DescribeUserScramCredentialsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeUserScramCredentialsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeUserScramCredentialsRequest_desc = {
    .name = "DescribeUserScramCredentialsRequest",
    .api_key = 50,
    .request = true,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 0,
    .root = &desc_DescribeUserScramCredentialsRequest,
    .init = any_init_DescribeUserScramCredentialsRequest,
    .decode = any_decode_DescribeUserScramCredentialsRequest,
    .encode = any_encode_DescribeUserScramCredentialsRequest,
};

/* ---- DescribeUserScramCredentialsResponse (DescribeUserScramCredentialsResponse.json, versions 0, flexible 0+) ---- */

static void dec_DescribeUserScramCredentialsResponse_CredentialInfo(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *out);
static void enc_DescribeUserScramCredentialsResponse_CredentialInfo(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *in);
static void dec_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *out);
static void enc_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *in);
static void dec_DescribeUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_t *out);
static void enc_DescribeUserScramCredentialsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_t *in);

void rmq_DescribeUserScramCredentialsResponse_CredentialInfo_init(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_init(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->user = RMQ_KW_STR_LIT("");
    v->error_message = RMQ_KW_STR_LIT("");
}

void rmq_DescribeUserScramCredentialsResponse_init(rmq_DescribeUserScramCredentialsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
}

static void dec_DescribeUserScramCredentialsResponse_CredentialInfo(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeUserScramCredentialsResponse_CredentialInfo_init(out);
    out->mechanism = rmq_kw_read_int8(r);
    out->iterations = rmq_kw_read_int32(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DescribeUserScramCredentialsResponse_CredentialInfo(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->mechanism);
    rmq_kw_write_int32(w, in->iterations);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_init(out);
    out->user = rmq_kw_read_str(r, true, false);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, true, true);
    {
        int32_t n_credential_infos = rmq_kw_read_array_len(r, true, false, 6);
        out->credential_infos_count = n_credential_infos;
        out->credential_infos = rmq_kw_array_alloc(r, arena, n_credential_infos, sizeof(*out->credential_infos));
        for (int32_t i = 0; i < n_credential_infos && !(r)->err; i++)
            dec_DescribeUserScramCredentialsResponse_CredentialInfo(r, version, arena, &out->credential_infos[i]);
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

static void enc_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->user, true, false);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, true, true);
    rmq_kw_write_array_len(w, in->credential_infos_count, true, false);
    if (in->credential_infos_count > 0 && !in->credential_infos)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results[].CredentialInfos: count without items");
    else
        for (int32_t i = 0; i < in->credential_infos_count; i++)
            enc_DescribeUserScramCredentialsResponse_CredentialInfo(w, version, &in->credential_infos[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_DescribeUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeUserScramCredentialsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, true, true);
    {
        int32_t n_results = rmq_kw_read_array_len(r, true, false, 6);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(r, version, arena, &out->results[i]);
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

static void enc_DescribeUserScramCredentialsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeUserScramCredentialsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, true, true);
    rmq_kw_write_array_len(w, in->results_count, true, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult(w, version, &in->results[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_DescribeUserScramCredentialsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeUserScramCredentialsResponse version");
    dec_DescribeUserScramCredentialsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DescribeUserScramCredentialsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeUserScramCredentialsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeUserScramCredentialsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeUserScramCredentialsResponse_CredentialInfo[] = {
    {.name = "mechanism", .kafka_name = "Mechanism", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t, mechanism), .def_null = false, .def_int = INT64_C(0)},
    {.name = "iterations", .kafka_name = "Iterations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t, iterations), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DescribeUserScramCredentialsResponse_CredentialInfo = {
    .name = "rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t",
    .size = sizeof(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t),
    .fields = fields_DescribeUserScramCredentialsResponse_CredentialInfo,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult[] = {
    {.name = "user", .kafka_name = "User", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t, user), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 0, .null_hi = 0, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t, error_message), .def_null = false, .def_str = ""},
    {.name = "credential_infos", .kafka_name = "CredentialInfos", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t, credential_infos), .count_offset = offsetof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t, credential_infos_count), .item_size = sizeof(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t), .sub = &desc_DescribeUserScramCredentialsResponse_CredentialInfo, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult = {
    .name = "rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t",
    .size = sizeof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t),
    .fields = fields_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_DescribeUserScramCredentialsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 0, .null_hi = 0, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_DescribeUserScramCredentialsResponse_t, results), .count_offset = offsetof(rmq_DescribeUserScramCredentialsResponse_t, results_count), .item_size = sizeof(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t), .sub = &desc_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeUserScramCredentialsResponse = {
    .name = "rmq_DescribeUserScramCredentialsResponse_t",
    .size = sizeof(rmq_DescribeUserScramCredentialsResponse_t),
    .fields = fields_DescribeUserScramCredentialsResponse,
    .nfields = 4,
};

static void any_init_DescribeUserScramCredentialsResponse(void *msg)
{
    rmq_DescribeUserScramCredentialsResponse_init(msg);
}

static int any_decode_DescribeUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeUserScramCredentialsResponse_decode(r, version, arena, out);
}

static int any_encode_DescribeUserScramCredentialsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeUserScramCredentialsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeUserScramCredentialsResponse_desc = {
    .name = "DescribeUserScramCredentialsResponse",
    .api_key = 50,
    .request = false,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 0,
    .root = &desc_DescribeUserScramCredentialsResponse,
    .init = any_init_DescribeUserScramCredentialsResponse,
    .decode = any_decode_DescribeUserScramCredentialsResponse,
    .encode = any_encode_DescribeUserScramCredentialsResponse,
};

