/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/delete_acls.h"

/* ---- DeleteAclsRequest (DeleteAclsRequest.json, versions 0-3, flexible 2+) ---- */

static void dec_DeleteAclsRequest_DeleteAclsFilter(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_DeleteAclsFilter_t *out);
static void enc_DeleteAclsRequest_DeleteAclsFilter(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsRequest_DeleteAclsFilter_t *in);
static void dec_DeleteAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_t *out);
static void enc_DeleteAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsRequest_t *in);

void rmq_DeleteAclsRequest_DeleteAclsFilter_init(rmq_DeleteAclsRequest_DeleteAclsFilter_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name_filter = RMQ_KW_STR_LIT("");
    v->pattern_type_filter = 3;
    v->principal_filter = RMQ_KW_STR_LIT("");
    v->host_filter = RMQ_KW_STR_LIT("");
}

void rmq_DeleteAclsRequest_init(rmq_DeleteAclsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteAclsRequest_DeleteAclsFilter(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_DeleteAclsFilter_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteAclsRequest_DeleteAclsFilter_init(out);
    out->resource_type_filter = rmq_kw_read_int8(r);
    out->resource_name_filter = rmq_kw_read_str(r, version >= 2, true);
    if (version >= 1) {
        out->pattern_type_filter = rmq_kw_read_int8(r);
    }
    out->principal_filter = rmq_kw_read_str(r, version >= 2, true);
    out->host_filter = rmq_kw_read_str(r, version >= 2, true);
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

static void enc_DeleteAclsRequest_DeleteAclsFilter(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsRequest_DeleteAclsFilter_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type_filter);
    rmq_kw_write_str(w, in->resource_name_filter, version >= 2, true);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->pattern_type_filter);
    }
    rmq_kw_write_str(w, in->principal_filter, version >= 2, true);
    rmq_kw_write_str(w, in->host_filter, version >= 2, true);
    rmq_kw_write_int8(w, in->operation);
    rmq_kw_write_int8(w, in->permission_type);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteAclsRequest_init(out);
    {
        int32_t n_filters = rmq_kw_read_array_len(r, version >= 2, false, 8);
        out->filters_count = n_filters;
        out->filters = rmq_kw_array_alloc(r, arena, n_filters, sizeof(*out->filters));
        for (int32_t i = 0; i < n_filters && !(r)->err; i++)
            dec_DeleteAclsRequest_DeleteAclsFilter(r, version, arena, &out->filters[i]);
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

static void enc_DeleteAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->filters_count, version >= 2, false);
    if (in->filters_count > 0 && !in->filters)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Filters: count without items");
    else
        for (int32_t i = 0; i < in->filters_count; i++)
            enc_DeleteAclsRequest_DeleteAclsFilter(w, version, &in->filters[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsRequest_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteAclsRequest version");
    dec_DeleteAclsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DeleteAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteAclsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteAclsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteAclsRequest_DeleteAclsFilter[] = {
    {.name = "resource_type_filter", .kafka_name = "ResourceTypeFilter", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, resource_type_filter), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name_filter", .kafka_name = "ResourceNameFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, resource_name_filter), .def_null = false, .def_str = ""},
    {.name = "pattern_type_filter", .kafka_name = "PatternTypeFilter", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, pattern_type_filter), .def_null = false, .def_int = INT64_C(3)},
    {.name = "principal_filter", .kafka_name = "PrincipalFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, principal_filter), .def_null = false, .def_str = ""},
    {.name = "host_filter", .kafka_name = "HostFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, host_filter), .def_null = false, .def_str = ""},
    {.name = "operation", .kafka_name = "Operation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "permission_type", .kafka_name = "PermissionType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_DeleteAclsFilter_t, permission_type), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteAclsRequest_DeleteAclsFilter = {
    .name = "rmq_DeleteAclsRequest_DeleteAclsFilter_t",
    .size = sizeof(rmq_DeleteAclsRequest_DeleteAclsFilter_t),
    .fields = fields_DeleteAclsRequest_DeleteAclsFilter,
    .nfields = 7,
};

static const rmq_kfield_desc_t fields_DeleteAclsRequest[] = {
    {.name = "filters", .kafka_name = "Filters", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsRequest_t, filters), .count_offset = offsetof(rmq_DeleteAclsRequest_t, filters_count), .item_size = sizeof(rmq_DeleteAclsRequest_DeleteAclsFilter_t), .sub = &desc_DeleteAclsRequest_DeleteAclsFilter, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteAclsRequest = {
    .name = "rmq_DeleteAclsRequest_t",
    .size = sizeof(rmq_DeleteAclsRequest_t),
    .fields = fields_DeleteAclsRequest,
    .nfields = 1,
};

static void any_init_DeleteAclsRequest(void *msg)
{
    rmq_DeleteAclsRequest_init(msg);
}

static int any_decode_DeleteAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteAclsRequest_decode(r, version, arena, out);
}

static int any_encode_DeleteAclsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteAclsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteAclsRequest_desc = {
    .name = "DeleteAclsRequest",
    .api_key = 31,
    .request = true,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_DeleteAclsRequest,
    .init = any_init_DeleteAclsRequest,
    .decode = any_decode_DeleteAclsRequest,
    .encode = any_encode_DeleteAclsRequest,
};

/* ---- DeleteAclsResponse (DeleteAclsResponse.json, versions 0-3, flexible 2+) ---- */

static void dec_DeleteAclsResponse_DeleteAclsMatchingAcl(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *out);
static void enc_DeleteAclsResponse_DeleteAclsMatchingAcl(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *in);
static void dec_DeleteAclsResponse_DeleteAclsFilterResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *out);
static void enc_DeleteAclsResponse_DeleteAclsFilterResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *in);
static void dec_DeleteAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_t *out);
static void enc_DeleteAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_t *in);

void rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_init(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->resource_name = RMQ_KW_STR_LIT("");
    v->pattern_type = 3;
    v->principal = RMQ_KW_STR_LIT("");
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_DeleteAclsResponse_DeleteAclsFilterResult_init(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
}

void rmq_DeleteAclsResponse_init(rmq_DeleteAclsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteAclsResponse_DeleteAclsMatchingAcl(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 2, false);
    if (version >= 1) {
        out->pattern_type = rmq_kw_read_int8(r);
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

static void enc_DeleteAclsResponse_DeleteAclsMatchingAcl(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 2, false);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->pattern_type);
    }
    rmq_kw_write_str(w, in->principal, version >= 2, false);
    rmq_kw_write_str(w, in->host, version >= 2, false);
    rmq_kw_write_int8(w, in->operation);
    rmq_kw_write_int8(w, in->permission_type);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteAclsResponse_DeleteAclsFilterResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteAclsResponse_DeleteAclsFilterResult_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    {
        int32_t n_matching_acls = rmq_kw_read_array_len(r, version >= 2, false, 11);
        out->matching_acls_count = n_matching_acls;
        out->matching_acls = rmq_kw_array_alloc(r, arena, n_matching_acls, sizeof(*out->matching_acls));
        for (int32_t i = 0; i < n_matching_acls && !(r)->err; i++)
            dec_DeleteAclsResponse_DeleteAclsMatchingAcl(r, version, arena, &out->matching_acls[i]);
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

static void enc_DeleteAclsResponse_DeleteAclsFilterResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_DeleteAclsFilterResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    rmq_kw_write_array_len(w, in->matching_acls_count, version >= 2, false);
    if (in->matching_acls_count > 0 && !in->matching_acls)
        rmq_kw_write_fail(w, RMQ_EINVAL, "FilterResults[].MatchingAcls: count without items");
    else
        for (int32_t i = 0; i < in->matching_acls_count; i++)
            enc_DeleteAclsResponse_DeleteAclsMatchingAcl(w, version, &in->matching_acls[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteAclsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_filter_results = rmq_kw_read_array_len(r, version >= 2, false, 5);
        out->filter_results_count = n_filter_results;
        out->filter_results = rmq_kw_array_alloc(r, arena, n_filter_results, sizeof(*out->filter_results));
        for (int32_t i = 0; i < n_filter_results && !(r)->err; i++)
            dec_DeleteAclsResponse_DeleteAclsFilterResult(r, version, arena, &out->filter_results[i]);
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

static void enc_DeleteAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteAclsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->filter_results_count, version >= 2, false);
    if (in->filter_results_count > 0 && !in->filter_results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "FilterResults: count without items");
    else
        for (int32_t i = 0; i < in->filter_results_count; i++)
            enc_DeleteAclsResponse_DeleteAclsFilterResult(w, version, &in->filter_results[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteAclsResponse_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteAclsResponse version");
    dec_DeleteAclsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DeleteAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteAclsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteAclsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteAclsResponse_DeleteAclsMatchingAcl[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, error_message), .def_null = false, .def_str = ""},
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "pattern_type", .kafka_name = "PatternType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, pattern_type), .def_null = false, .def_int = INT64_C(3)},
    {.name = "principal", .kafka_name = "Principal", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, principal), .def_null = false, .def_str = ""},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, host), .def_null = false, .def_str = ""},
    {.name = "operation", .kafka_name = "Operation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "permission_type", .kafka_name = "PermissionType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t, permission_type), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteAclsResponse_DeleteAclsMatchingAcl = {
    .name = "rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t",
    .size = sizeof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t),
    .fields = fields_DeleteAclsResponse_DeleteAclsMatchingAcl,
    .nfields = 9,
};

static const rmq_kfield_desc_t fields_DeleteAclsResponse_DeleteAclsFilterResult[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t, error_message), .def_null = false, .def_str = ""},
    {.name = "matching_acls", .kafka_name = "MatchingAcls", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t, matching_acls), .count_offset = offsetof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t, matching_acls_count), .item_size = sizeof(rmq_DeleteAclsResponse_DeleteAclsMatchingAcl_t), .sub = &desc_DeleteAclsResponse_DeleteAclsMatchingAcl, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteAclsResponse_DeleteAclsFilterResult = {
    .name = "rmq_DeleteAclsResponse_DeleteAclsFilterResult_t",
    .size = sizeof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t),
    .fields = fields_DeleteAclsResponse_DeleteAclsFilterResult,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_DeleteAclsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "filter_results", .kafka_name = "FilterResults", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteAclsResponse_t, filter_results), .count_offset = offsetof(rmq_DeleteAclsResponse_t, filter_results_count), .item_size = sizeof(rmq_DeleteAclsResponse_DeleteAclsFilterResult_t), .sub = &desc_DeleteAclsResponse_DeleteAclsFilterResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteAclsResponse = {
    .name = "rmq_DeleteAclsResponse_t",
    .size = sizeof(rmq_DeleteAclsResponse_t),
    .fields = fields_DeleteAclsResponse,
    .nfields = 2,
};

static void any_init_DeleteAclsResponse(void *msg)
{
    rmq_DeleteAclsResponse_init(msg);
}

static int any_decode_DeleteAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteAclsResponse_decode(r, version, arena, out);
}

static int any_encode_DeleteAclsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteAclsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteAclsResponse_desc = {
    .name = "DeleteAclsResponse",
    .api_key = 31,
    .request = false,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_DeleteAclsResponse,
    .init = any_init_DeleteAclsResponse,
    .decode = any_decode_DeleteAclsResponse,
    .encode = any_encode_DeleteAclsResponse,
};

