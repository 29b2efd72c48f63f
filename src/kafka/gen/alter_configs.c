/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/alter_configs.h"

/* ---- AlterConfigsRequest (AlterConfigsRequest.json, versions 0-2, flexible 2+) ---- */

static void dec_AlterConfigsRequest_AlterableConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_AlterableConfig_t *out);
static void enc_AlterConfigsRequest_AlterableConfig(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_AlterableConfig_t *in);
static void dec_AlterConfigsRequest_AlterConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_AlterConfigsResource_t *out);
static void enc_AlterConfigsRequest_AlterConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_AlterConfigsResource_t *in);
static void dec_AlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_t *out);
static void enc_AlterConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_t *in);

void rmq_AlterConfigsRequest_AlterableConfig_init(rmq_AlterConfigsRequest_AlterableConfig_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
}

void rmq_AlterConfigsRequest_AlterConfigsResource_init(rmq_AlterConfigsRequest_AlterConfigsResource_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_AlterConfigsRequest_init(rmq_AlterConfigsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_AlterConfigsRequest_AlterableConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_AlterableConfig_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterConfigsRequest_AlterableConfig_init(out);
    out->name = rmq_kw_read_str(r, version >= 2, false);
    out->value = rmq_kw_read_str(r, version >= 2, true);
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

static void enc_AlterConfigsRequest_AlterableConfig(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_AlterableConfig_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 2, false);
    rmq_kw_write_str(w, in->value, version >= 2, true);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_AlterConfigsRequest_AlterConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_AlterConfigsResource_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterConfigsRequest_AlterConfigsResource_init(out);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 2, false);
    {
        int32_t n_configs = rmq_kw_read_array_len(r, version >= 2, false, 3);
        out->configs_count = n_configs;
        out->configs = rmq_kw_array_alloc(r, arena, n_configs, sizeof(*out->configs));
        for (int32_t i = 0; i < n_configs && !(r)->err; i++)
            dec_AlterConfigsRequest_AlterableConfig(r, version, arena, &out->configs[i]);
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

static void enc_AlterConfigsRequest_AlterConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_AlterConfigsResource_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 2, false);
    rmq_kw_write_array_len(w, in->configs_count, version >= 2, false);
    if (in->configs_count > 0 && !in->configs)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources[].Configs: count without items");
    else
        for (int32_t i = 0; i < in->configs_count; i++)
            enc_AlterConfigsRequest_AlterableConfig(w, version, &in->configs[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_AlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterConfigsRequest_init(out);
    {
        int32_t n_resources = rmq_kw_read_array_len(r, version >= 2, false, 4);
        out->resources_count = n_resources;
        out->resources = rmq_kw_array_alloc(r, arena, n_resources, sizeof(*out->resources));
        for (int32_t i = 0; i < n_resources && !(r)->err; i++)
            dec_AlterConfigsRequest_AlterConfigsResource(r, version, arena, &out->resources[i]);
    }
    out->validate_only = rmq_kw_read_bool(r);
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

static void enc_AlterConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->resources_count, version >= 2, false);
    if (in->resources_count > 0 && !in->resources)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources: count without items");
    else
        for (int32_t i = 0; i < in->resources_count; i++)
            enc_AlterConfigsRequest_AlterConfigsResource(w, version, &in->resources[i]);
    rmq_kw_write_bool(w, in->validate_only);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_AlterConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsRequest_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported AlterConfigsRequest version");
    dec_AlterConfigsRequest(r, version, arena, out);
    return r->err;
}

int rmq_AlterConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterConfigsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_AlterConfigsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_AlterConfigsRequest_AlterableConfig[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_AlterableConfig_t, name), .def_null = false, .def_str = ""},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 0, .null_hi = 2, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_AlterableConfig_t, value), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_AlterConfigsRequest_AlterableConfig = {
    .name = "rmq_AlterConfigsRequest_AlterableConfig_t",
    .size = sizeof(rmq_AlterConfigsRequest_AlterableConfig_t),
    .fields = fields_AlterConfigsRequest_AlterableConfig,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_AlterConfigsRequest_AlterConfigsResource[] = {
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_AlterConfigsResource_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_AlterConfigsResource_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "configs", .kafka_name = "Configs", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_AlterConfigsResource_t, configs), .count_offset = offsetof(rmq_AlterConfigsRequest_AlterConfigsResource_t, configs_count), .item_size = sizeof(rmq_AlterConfigsRequest_AlterableConfig_t), .sub = &desc_AlterConfigsRequest_AlterableConfig, .def_null = false},
};
static const rmq_kstruct_desc_t desc_AlterConfigsRequest_AlterConfigsResource = {
    .name = "rmq_AlterConfigsRequest_AlterConfigsResource_t",
    .size = sizeof(rmq_AlterConfigsRequest_AlterConfigsResource_t),
    .fields = fields_AlterConfigsRequest_AlterConfigsResource,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_AlterConfigsRequest[] = {
    {.name = "resources", .kafka_name = "Resources", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_t, resources), .count_offset = offsetof(rmq_AlterConfigsRequest_t, resources_count), .item_size = sizeof(rmq_AlterConfigsRequest_AlterConfigsResource_t), .sub = &desc_AlterConfigsRequest_AlterConfigsResource, .def_null = false},
    {.name = "validate_only", .kafka_name = "ValidateOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsRequest_t, validate_only), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_AlterConfigsRequest = {
    .name = "rmq_AlterConfigsRequest_t",
    .size = sizeof(rmq_AlterConfigsRequest_t),
    .fields = fields_AlterConfigsRequest,
    .nfields = 2,
};

static void any_init_AlterConfigsRequest(void *msg)
{
    rmq_AlterConfigsRequest_init(msg);
}

static int any_decode_AlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_AlterConfigsRequest_decode(r, version, arena, out);
}

static int any_encode_AlterConfigsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_AlterConfigsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_AlterConfigsRequest_desc = {
    .name = "AlterConfigsRequest",
    .api_key = 33,
    .request = true,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_AlterConfigsRequest,
    .init = any_init_AlterConfigsRequest,
    .decode = any_decode_AlterConfigsRequest,
    .encode = any_encode_AlterConfigsRequest,
};

/* ---- AlterConfigsResponse (AlterConfigsResponse.json, versions 0-2, flexible 2+) ---- */

static void dec_AlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *out);
static void enc_AlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *in);
static void dec_AlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_t *out);
static void enc_AlterConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsResponse_t *in);

void rmq_AlterConfigsResponse_AlterConfigsResourceResponse_init(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_AlterConfigsResponse_init(rmq_AlterConfigsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_AlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterConfigsResponse_AlterConfigsResourceResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 2, false);
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

static void enc_AlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 2, false);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_AlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterConfigsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_responses = rmq_kw_read_array_len(r, version >= 2, false, 6);
        out->responses_count = n_responses;
        out->responses = rmq_kw_array_alloc(r, arena, n_responses, sizeof(*out->responses));
        for (int32_t i = 0; i < n_responses && !(r)->err; i++)
            dec_AlterConfigsResponse_AlterConfigsResourceResponse(r, version, arena, &out->responses[i]);
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

static void enc_AlterConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterConfigsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->responses_count, version >= 2, false);
    if (in->responses_count > 0 && !in->responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses: count without items");
    else
        for (int32_t i = 0; i < in->responses_count; i++)
            enc_AlterConfigsResponse_AlterConfigsResourceResponse(w, version, &in->responses[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_AlterConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterConfigsResponse_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported AlterConfigsResponse version");
    dec_AlterConfigsResponse(r, version, arena, out);
    return r->err;
}

int rmq_AlterConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterConfigsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_AlterConfigsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_AlterConfigsResponse_AlterConfigsResourceResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 0, .null_hi = 2, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t, resource_name), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_AlterConfigsResponse_AlterConfigsResourceResponse = {
    .name = "rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t",
    .size = sizeof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t),
    .fields = fields_AlterConfigsResponse_AlterConfigsResourceResponse,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_AlterConfigsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "responses", .kafka_name = "Responses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_AlterConfigsResponse_t, responses), .count_offset = offsetof(rmq_AlterConfigsResponse_t, responses_count), .item_size = sizeof(rmq_AlterConfigsResponse_AlterConfigsResourceResponse_t), .sub = &desc_AlterConfigsResponse_AlterConfigsResourceResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_AlterConfigsResponse = {
    .name = "rmq_AlterConfigsResponse_t",
    .size = sizeof(rmq_AlterConfigsResponse_t),
    .fields = fields_AlterConfigsResponse,
    .nfields = 2,
};

static void any_init_AlterConfigsResponse(void *msg)
{
    rmq_AlterConfigsResponse_init(msg);
}

static int any_decode_AlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_AlterConfigsResponse_decode(r, version, arena, out);
}

static int any_encode_AlterConfigsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_AlterConfigsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_AlterConfigsResponse_desc = {
    .name = "AlterConfigsResponse",
    .api_key = 33,
    .request = false,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_AlterConfigsResponse,
    .init = any_init_AlterConfigsResponse,
    .decode = any_decode_AlterConfigsResponse,
    .encode = any_encode_AlterConfigsResponse,
};

