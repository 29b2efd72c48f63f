/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/describe_acls.h"

/* ---- DescribeAclsRequest (DescribeAclsRequest.json, versions 0-3, flexible 2+) ---- */

static void dec_DescribeAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsRequest_t *out);
static void enc_DescribeAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsRequest_t *in);

void rmq_DescribeAclsRequest_init(rmq_DescribeAclsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name_filter = RMQ_KW_STR_LIT("");
    v->pattern_type_filter = 3;
    v->principal_filter = RMQ_KW_STR_LIT("");
    v->host_filter = RMQ_KW_STR_LIT("");
}

static void dec_DescribeAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeAclsRequest_init(out);
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

static void enc_DescribeAclsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsRequest_t *in)
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

int rmq_DescribeAclsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsRequest_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeAclsRequest version");
    dec_DescribeAclsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DescribeAclsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeAclsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeAclsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeAclsRequest[] = {
    {.name = "resource_type_filter", .kafka_name = "ResourceTypeFilter", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, resource_type_filter), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name_filter", .kafka_name = "ResourceNameFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, resource_name_filter), .def_null = false, .def_str = ""},
    {.name = "pattern_type_filter", .kafka_name = "PatternTypeFilter", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, pattern_type_filter), .def_null = false, .def_int = INT64_C(3)},
    {.name = "principal_filter", .kafka_name = "PrincipalFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, principal_filter), .def_null = false, .def_str = ""},
    {.name = "host_filter", .kafka_name = "HostFilter", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, host_filter), .def_null = false, .def_str = ""},
    {.name = "operation", .kafka_name = "Operation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "permission_type", .kafka_name = "PermissionType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsRequest_t, permission_type), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DescribeAclsRequest = {
    .name = "rmq_DescribeAclsRequest_t",
    .size = sizeof(rmq_DescribeAclsRequest_t),
    .fields = fields_DescribeAclsRequest,
    .nfields = 7,
};

static void any_init_DescribeAclsRequest(void *msg)
{
    rmq_DescribeAclsRequest_init(msg);
}

static int any_decode_DescribeAclsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeAclsRequest_decode(r, version, arena, out);
}

static int any_encode_DescribeAclsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeAclsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeAclsRequest_desc = {
    .name = "DescribeAclsRequest",
    .api_key = 29,
    .request = true,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_DescribeAclsRequest,
    .init = any_init_DescribeAclsRequest,
    .decode = any_decode_DescribeAclsRequest,
    .encode = any_encode_DescribeAclsRequest,
};

/* ---- DescribeAclsResponse (DescribeAclsResponse.json, versions 0-3, flexible 2+) ---- */

static void dec_DescribeAclsResponse_AclDescription(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_AclDescription_t *out);
static void enc_DescribeAclsResponse_AclDescription(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_AclDescription_t *in);
static void dec_DescribeAclsResponse_DescribeAclsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_DescribeAclsResource_t *out);
static void enc_DescribeAclsResponse_DescribeAclsResource(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_DescribeAclsResource_t *in);
static void dec_DescribeAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_t *out);
static void enc_DescribeAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_t *in);

void rmq_DescribeAclsResponse_AclDescription_init(rmq_DescribeAclsResponse_AclDescription_t *v)
{
    memset(v, 0, sizeof(*v));
    v->principal = RMQ_KW_STR_LIT("");
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_DescribeAclsResponse_DescribeAclsResource_init(rmq_DescribeAclsResponse_DescribeAclsResource_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name = RMQ_KW_STR_LIT("");
    v->pattern_type = 3;
}

void rmq_DescribeAclsResponse_init(rmq_DescribeAclsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
}

static void dec_DescribeAclsResponse_AclDescription(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_AclDescription_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeAclsResponse_AclDescription_init(out);
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

static void enc_DescribeAclsResponse_AclDescription(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_AclDescription_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->principal, version >= 2, false);
    rmq_kw_write_str(w, in->host, version >= 2, false);
    rmq_kw_write_int8(w, in->operation);
    rmq_kw_write_int8(w, in->permission_type);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeAclsResponse_DescribeAclsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_DescribeAclsResource_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeAclsResponse_DescribeAclsResource_init(out);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 2, false);
    if (version >= 1) {
        out->pattern_type = rmq_kw_read_int8(r);
    }
    {
        int32_t n_acls = rmq_kw_read_array_len(r, version >= 2, false, 5);
        out->acls_count = n_acls;
        out->acls = rmq_kw_array_alloc(r, arena, n_acls, sizeof(*out->acls));
        for (int32_t i = 0; i < n_acls && !(r)->err; i++)
            dec_DescribeAclsResponse_AclDescription(r, version, arena, &out->acls[i]);
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

static void enc_DescribeAclsResponse_DescribeAclsResource(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_DescribeAclsResource_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 2, false);
    if (version >= 1) {
        rmq_kw_write_int8(w, in->pattern_type);
    }
    rmq_kw_write_array_len(w, in->acls_count, version >= 2, false);
    if (in->acls_count > 0 && !in->acls)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources[].Acls: count without items");
    else
        for (int32_t i = 0; i < in->acls_count; i++)
            enc_DescribeAclsResponse_AclDescription(w, version, &in->acls[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeAclsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    {
        int32_t n_resources = rmq_kw_read_array_len(r, version >= 2, false, 5);
        out->resources_count = n_resources;
        out->resources = rmq_kw_array_alloc(r, arena, n_resources, sizeof(*out->resources));
        for (int32_t i = 0; i < n_resources && !(r)->err; i++)
            dec_DescribeAclsResponse_DescribeAclsResource(r, version, arena, &out->resources[i]);
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

static void enc_DescribeAclsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeAclsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    rmq_kw_write_array_len(w, in->resources_count, version >= 2, false);
    if (in->resources_count > 0 && !in->resources)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources: count without items");
    else
        for (int32_t i = 0; i < in->resources_count; i++)
            enc_DescribeAclsResponse_DescribeAclsResource(w, version, &in->resources[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DescribeAclsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeAclsResponse_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeAclsResponse version");
    dec_DescribeAclsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DescribeAclsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeAclsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeAclsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeAclsResponse_AclDescription[] = {
    {.name = "principal", .kafka_name = "Principal", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_AclDescription_t, principal), .def_null = false, .def_str = ""},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_AclDescription_t, host), .def_null = false, .def_str = ""},
    {.name = "operation", .kafka_name = "Operation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_AclDescription_t, operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "permission_type", .kafka_name = "PermissionType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_AclDescription_t, permission_type), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DescribeAclsResponse_AclDescription = {
    .name = "rmq_DescribeAclsResponse_AclDescription_t",
    .size = sizeof(rmq_DescribeAclsResponse_AclDescription_t),
    .fields = fields_DescribeAclsResponse_AclDescription,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_DescribeAclsResponse_DescribeAclsResource[] = {
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_DescribeAclsResource_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_DescribeAclsResource_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "pattern_type", .kafka_name = "PatternType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_DescribeAclsResource_t, pattern_type), .def_null = false, .def_int = INT64_C(3)},
    {.name = "acls", .kafka_name = "Acls", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_DescribeAclsResource_t, acls), .count_offset = offsetof(rmq_DescribeAclsResponse_DescribeAclsResource_t, acls_count), .item_size = sizeof(rmq_DescribeAclsResponse_AclDescription_t), .sub = &desc_DescribeAclsResponse_AclDescription, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeAclsResponse_DescribeAclsResource = {
    .name = "rmq_DescribeAclsResponse_DescribeAclsResource_t",
    .size = sizeof(rmq_DescribeAclsResponse_DescribeAclsResource_t),
    .fields = fields_DescribeAclsResponse_DescribeAclsResource,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_DescribeAclsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "resources", .kafka_name = "Resources", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DescribeAclsResponse_t, resources), .count_offset = offsetof(rmq_DescribeAclsResponse_t, resources_count), .item_size = sizeof(rmq_DescribeAclsResponse_DescribeAclsResource_t), .sub = &desc_DescribeAclsResponse_DescribeAclsResource, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeAclsResponse = {
    .name = "rmq_DescribeAclsResponse_t",
    .size = sizeof(rmq_DescribeAclsResponse_t),
    .fields = fields_DescribeAclsResponse,
    .nfields = 4,
};

static void any_init_DescribeAclsResponse(void *msg)
{
    rmq_DescribeAclsResponse_init(msg);
}

static int any_decode_DescribeAclsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeAclsResponse_decode(r, version, arena, out);
}

static int any_encode_DescribeAclsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeAclsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeAclsResponse_desc = {
    .name = "DescribeAclsResponse",
    .api_key = 29,
    .request = false,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_DescribeAclsResponse,
    .init = any_init_DescribeAclsResponse,
    .decode = any_decode_DescribeAclsResponse,
    .encode = any_encode_DescribeAclsResponse,
};

