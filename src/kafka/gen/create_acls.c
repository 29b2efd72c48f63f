/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/create_acls.h"

/* ---- CreateAclsRequest (CreateAclsRequest.json, versions 0-3, flexible 2+) ---- */

static void dec_CreateAclsRequest_AclCreation(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_AclCreation_t *out);
static void enc_CreateAclsRequest_AclCreation(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsRequest_AclCreation_t *in);
static void dec_CreateAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_t *out);
static void enc_CreateAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsRequest_t *in);

void rmq_CreateAclsRequest_AclCreation_init(rmq_CreateAclsRequest_AclCreation_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name = RMQ_KW_STR_LIT("");
    v->resource_pattern_type = 3;
    v->principal = RMQ_KW_STR_LIT("");
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_CreateAclsRequest_init(rmq_CreateAclsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_CreateAclsRequest_AclCreation(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_AclCreation_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateAclsRequest_AclCreation_init(out);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 2, false);
    if (version >= 1) {
        out->resource_pattern_type = rmq_kw_read_int8(r);
    }
    out->principal = rmq_kw_read_str(r, version >= 2, false);
    out->host = rmq_kw_read_str(r, version >= 2, false);
    out->operation = rmq_kw_read_int8(r);
    out->permission_type = rmq_kw_read_int8(r);
    if (version >= 2) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            (void)tag;
            rmq_kw_skip_rest(&sub); /* no known tags: skip */
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_CreateAclsRequest_AclCreation(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsRequest_AclCreation_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 2, false);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->resource_pattern_type);
    }
    rmq_kw_write_str(w, in->principal, version >= 2, false);
    rmq_kw_write_str(w, in->host, version >= 2, false);
    rmq_kw_write_int8(w, in->operation);
    rmq_kw_write_int8(w, in->permission_type);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreateAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateAclsRequest_init(out);
    {
        int32_t n_creations = rmq_kw_read_array_len(r, version >= 2, false, 8);
        out->creations_count = n_creations;
        out->creations = rmq_kw_array_alloc(r, arena, n_creations, sizeof(*out->creations));
        for (int32_t i = 0; i < n_creations && !(r)->err; i++)
            dec_CreateAclsRequest_AclCreation(r, version, arena, &out->creations[i]);
    }
    if (version >= 2) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            (void)tag;
            rmq_kw_skip_rest(&sub); /* no known tags: skip */
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_CreateAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->creations_count, version >= 2, false);
    if (in->creations_count > 0 && !in->creations)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Creations: count without items");
    else
        for (int32_t i = 0; i < in->creations_count; i++)
            enc_CreateAclsRequest_AclCreation(w, version, &in->creations[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreateAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsRequest_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreateAclsRequest version");
    dec_CreateAclsRequest(r, version, arena, out);
    return r->err;
}

int rmq_CreateAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateAclsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreateAclsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreateAclsRequest_AclCreation[] = {
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "resource_pattern_type", .kafka_name = "ResourcePatternType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, resource_pattern_type), .def_null = false, .def_int = INT64_C(3)},
    {.name = "principal", .kafka_name = "Principal", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, principal), .def_null = false, .def_str = ""},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, host), .def_null = false, .def_str = ""},
    {.name = "operation", .kafka_name = "Operation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "permission_type", .kafka_name = "PermissionType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_AclCreation_t, permission_type), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_CreateAclsRequest_AclCreation = {
    .name = "rmq_CreateAclsRequest_AclCreation_t",
    .size = sizeof(rmq_CreateAclsRequest_AclCreation_t),
    .fields = fields_CreateAclsRequest_AclCreation,
    .nfields = 7,
};

static const rmq_kfield_desc_t fields_CreateAclsRequest[] = {
    {.name = "creations", .kafka_name = "Creations", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsRequest_t, creations), .count_offset = offsetof(rmq_CreateAclsRequest_t, creations_count), .item_size = sizeof(rmq_CreateAclsRequest_AclCreation_t), .sub = &desc_CreateAclsRequest_AclCreation, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateAclsRequest = {
    .name = "rmq_CreateAclsRequest_t",
    .size = sizeof(rmq_CreateAclsRequest_t),
    .fields = fields_CreateAclsRequest,
    .nfields = 1,
};

static void any_init_CreateAclsRequest(void *msg)
{
    rmq_CreateAclsRequest_init(msg);
}

static int any_decode_CreateAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreateAclsRequest_decode(r, version, arena, out);
}

static int any_encode_CreateAclsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreateAclsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreateAclsRequest_desc = {
    .name = "CreateAclsRequest",
    .api_key = 30,
    .request = true,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_CreateAclsRequest,
    .init = any_init_CreateAclsRequest,
    .decode = any_decode_CreateAclsRequest,
    .encode = any_encode_CreateAclsRequest,
};

/* ---- CreateAclsResponse (CreateAclsResponse.json, versions 0-3, flexible 2+) ---- */

static void dec_CreateAclsResponse_AclCreationResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_AclCreationResult_t *out);
static void enc_CreateAclsResponse_AclCreationResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsResponse_AclCreationResult_t *in);
static void dec_CreateAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_t *out);
static void enc_CreateAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsResponse_t *in);

void rmq_CreateAclsResponse_AclCreationResult_init(rmq_CreateAclsResponse_AclCreationResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
}

void rmq_CreateAclsResponse_init(rmq_CreateAclsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_CreateAclsResponse_AclCreationResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_AclCreationResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateAclsResponse_AclCreationResult_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    if (version >= 2) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            (void)tag;
            rmq_kw_skip_rest(&sub); /* no known tags: skip */
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_CreateAclsResponse_AclCreationResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsResponse_AclCreationResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreateAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateAclsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_results = rmq_kw_read_array_len(r, version >= 2, false, 4);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_CreateAclsResponse_AclCreationResult(r, version, arena, &out->results[i]);
    }
    if (version >= 2) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            (void)tag;
            rmq_kw_skip_rest(&sub); /* no known tags: skip */
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_CreateAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreateAclsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->results_count, version >= 2, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_CreateAclsResponse_AclCreationResult(w, version, &in->results[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreateAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateAclsResponse_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreateAclsResponse version");
    dec_CreateAclsResponse(r, version, arena, out);
    return r->err;
}

int rmq_CreateAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateAclsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreateAclsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreateAclsResponse_AclCreationResult[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsResponse_AclCreationResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsResponse_AclCreationResult_t, error_message), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_CreateAclsResponse_AclCreationResult = {
    .name = "rmq_CreateAclsResponse_AclCreationResult_t",
    .size = sizeof(rmq_CreateAclsResponse_AclCreationResult_t),
    .fields = fields_CreateAclsResponse_AclCreationResult,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_CreateAclsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreateAclsResponse_t, results), .count_offset = offsetof(rmq_CreateAclsResponse_t, results_count), .item_size = sizeof(rmq_CreateAclsResponse_AclCreationResult_t), .sub = &desc_CreateAclsResponse_AclCreationResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateAclsResponse = {
    .name = "rmq_CreateAclsResponse_t",
    .size = sizeof(rmq_CreateAclsResponse_t),
    .fields = fields_CreateAclsResponse,
    .nfields = 2,
};

static void any_init_CreateAclsResponse(void *msg)
{
    rmq_CreateAclsResponse_init(msg);
}

static int any_decode_CreateAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreateAclsResponse_decode(r, version, arena, out);
}

static int any_encode_CreateAclsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreateAclsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreateAclsResponse_desc = {
    .name = "CreateAclsResponse",
    .api_key = 30,
    .request = false,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_CreateAclsResponse,
    .init = any_init_CreateAclsResponse,
    .decode = any_decode_CreateAclsResponse,
    .encode = any_encode_CreateAclsResponse,
};

