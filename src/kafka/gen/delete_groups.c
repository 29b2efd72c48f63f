/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/delete_groups.h"

/* ---- DeleteGroupsRequest (DeleteGroupsRequest.json, versions 0-2, flexible 2+) ---- */

static void dec_DeleteGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsRequest_t *out);
static void enc_DeleteGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsRequest_t *in);

void rmq_DeleteGroupsRequest_init(rmq_DeleteGroupsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteGroupsRequest_init(out);
    {
        int32_t n_groups_names = rmq_kw_read_array_len(r, version >= 2, false, 1);
        out->groups_names_count = n_groups_names;
        out->groups_names = rmq_kw_array_alloc(r, arena, n_groups_names, sizeof(*out->groups_names));
        for (int32_t i = 0; i < n_groups_names && !(r)->err; i++)
            out->groups_names[i] = rmq_kw_read_str(r, version >= 2, false);
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

static void enc_DeleteGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->groups_names_count, version >= 2, false);
    if (in->groups_names_count > 0 && !in->groups_names)
        rmq_kw_write_fail(w, RMQ_EINVAL, "GroupsNames: count without items");
    else
        for (int32_t i = 0; i < in->groups_names_count; i++)
            rmq_kw_write_str(w, in->groups_names[i], version >= 2, false);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsRequest_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteGroupsRequest version");
    dec_DeleteGroupsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DeleteGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteGroupsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteGroupsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteGroupsRequest[] = {
    {.name = "groups_names", .kafka_name = "GroupsNames", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteGroupsRequest_t, groups_names), .count_offset = offsetof(rmq_DeleteGroupsRequest_t, groups_names_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteGroupsRequest = {
    .name = "rmq_DeleteGroupsRequest_t",
    .size = sizeof(rmq_DeleteGroupsRequest_t),
    .fields = fields_DeleteGroupsRequest,
    .nfields = 1,
};

static void any_init_DeleteGroupsRequest(void *msg)
{
    rmq_DeleteGroupsRequest_init(msg);
}

static int any_decode_DeleteGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteGroupsRequest_decode(r, version, arena, out);
}

static int any_encode_DeleteGroupsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteGroupsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteGroupsRequest_desc = {
    .name = "DeleteGroupsRequest",
    .api_key = 42,
    .request = true,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_DeleteGroupsRequest,
    .init = any_init_DeleteGroupsRequest,
    .decode = any_decode_DeleteGroupsRequest,
    .encode = any_encode_DeleteGroupsRequest,
};

/* ---- DeleteGroupsResponse (DeleteGroupsResponse.json, versions 0-2, flexible 2+) ---- */

static void dec_DeleteGroupsResponse_DeletableGroupResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_DeletableGroupResult_t *out);
static void enc_DeleteGroupsResponse_DeletableGroupResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsResponse_DeletableGroupResult_t *in);
static void dec_DeleteGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_t *out);
static void enc_DeleteGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsResponse_t *in);

void rmq_DeleteGroupsResponse_DeletableGroupResult_init(rmq_DeleteGroupsResponse_DeletableGroupResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
}

void rmq_DeleteGroupsResponse_init(rmq_DeleteGroupsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteGroupsResponse_DeletableGroupResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_DeletableGroupResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteGroupsResponse_DeletableGroupResult_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 2, false);
    out->error_code = rmq_kw_read_int16(r);
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

static void enc_DeleteGroupsResponse_DeletableGroupResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsResponse_DeletableGroupResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 2, false);
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteGroupsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_results = rmq_kw_read_array_len(r, version >= 2, false, 4);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_DeleteGroupsResponse_DeletableGroupResult(r, version, arena, &out->results[i]);
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

static void enc_DeleteGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteGroupsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->results_count, version >= 2, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_DeleteGroupsResponse_DeletableGroupResult(w, version, &in->results[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteGroupsResponse_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteGroupsResponse version");
    dec_DeleteGroupsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DeleteGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteGroupsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteGroupsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteGroupsResponse_DeletableGroupResult[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteGroupsResponse_DeletableGroupResult_t, group_id), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteGroupsResponse_DeletableGroupResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteGroupsResponse_DeletableGroupResult = {
    .name = "rmq_DeleteGroupsResponse_DeletableGroupResult_t",
    .size = sizeof(rmq_DeleteGroupsResponse_DeletableGroupResult_t),
    .fields = fields_DeleteGroupsResponse_DeletableGroupResult,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DeleteGroupsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteGroupsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteGroupsResponse_t, results), .count_offset = offsetof(rmq_DeleteGroupsResponse_t, results_count), .item_size = sizeof(rmq_DeleteGroupsResponse_DeletableGroupResult_t), .sub = &desc_DeleteGroupsResponse_DeletableGroupResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteGroupsResponse = {
    .name = "rmq_DeleteGroupsResponse_t",
    .size = sizeof(rmq_DeleteGroupsResponse_t),
    .fields = fields_DeleteGroupsResponse,
    .nfields = 2,
};

static void any_init_DeleteGroupsResponse(void *msg)
{
    rmq_DeleteGroupsResponse_init(msg);
}

static int any_decode_DeleteGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteGroupsResponse_decode(r, version, arena, out);
}

static int any_encode_DeleteGroupsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteGroupsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteGroupsResponse_desc = {
    .name = "DeleteGroupsResponse",
    .api_key = 42,
    .request = false,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_DeleteGroupsResponse,
    .init = any_init_DeleteGroupsResponse,
    .decode = any_decode_DeleteGroupsResponse,
    .encode = any_encode_DeleteGroupsResponse,
};

