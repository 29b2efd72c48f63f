/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/incremental_alter_configs.h"

/* ---- IncrementalAlterConfigsRequest (IncrementalAlterConfigsRequest.json, versions 0-1, flexible 1+) ---- */

static void dec_IncrementalAlterConfigsRequest_AlterableConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *out);
static void enc_IncrementalAlterConfigsRequest_AlterableConfig(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *in);
static void dec_IncrementalAlterConfigsRequest_AlterConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *out);
static void enc_IncrementalAlterConfigsRequest_AlterConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *in);
static void dec_IncrementalAlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_t *out);
static void enc_IncrementalAlterConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_t *in);

void rmq_IncrementalAlterConfigsRequest_AlterableConfig_init(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
}

void rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_init(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_IncrementalAlterConfigsRequest_init(rmq_IncrementalAlterConfigsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_IncrementalAlterConfigsRequest_AlterableConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *out)
{
    (void)version;
    (void)arena;
    rmq_IncrementalAlterConfigsRequest_AlterableConfig_init(out);
    out->name = rmq_kw_read_str(r, version >= 1, false);
    out->config_operation = rmq_kw_read_int8(r);
    out->value = rmq_kw_read_str(r, version >= 1, true);
    if (version >= 1) {
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

static void enc_IncrementalAlterConfigsRequest_AlterableConfig(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_AlterableConfig_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 1, false);
    rmq_kw_write_int8(w, in->config_operation);
    rmq_kw_write_str(w, in->value, version >= 1, true);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_IncrementalAlterConfigsRequest_AlterConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *out)
{
    (void)version;
    (void)arena;
    rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_init(out);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 1, false);
    {
        int32_t n_configs = rmq_kw_read_array_len(r, version >= 1, false, 4);
        out->configs_count = n_configs;
        out->configs = rmq_kw_array_alloc(r, arena, n_configs, sizeof(*out->configs));
        for (int32_t i = 0; i < n_configs && !(r)->err; i++)
            dec_IncrementalAlterConfigsRequest_AlterableConfig(r, version, arena, &out->configs[i]);
    }
    if (version >= 1) {
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

static void enc_IncrementalAlterConfigsRequest_AlterConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 1, false);
    rmq_kw_write_array_len(w, in->configs_count, version >= 1, false);
    if (in->configs_count > 0 && !in->configs)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources[].Configs: count without items");
    else
        for (int32_t i = 0; i < in->configs_count; i++)
            enc_IncrementalAlterConfigsRequest_AlterableConfig(w, version, &in->configs[i]);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_IncrementalAlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_IncrementalAlterConfigsRequest_init(out);
    {
        int32_t n_resources = rmq_kw_read_array_len(r, version >= 1, false, 4);
        out->resources_count = n_resources;
        out->resources = rmq_kw_array_alloc(r, arena, n_resources, sizeof(*out->resources));
        for (int32_t i = 0; i < n_resources && !(r)->err; i++)
            dec_IncrementalAlterConfigsRequest_AlterConfigsResource(r, version, arena, &out->resources[i]);
    }
    out->validate_only = rmq_kw_read_bool(r);
    if (version >= 1) {
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

static void enc_IncrementalAlterConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->resources_count, version >= 1, false);
    if (in->resources_count > 0 && !in->resources)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources: count without items");
    else
        for (int32_t i = 0; i < in->resources_count; i++)
            enc_IncrementalAlterConfigsRequest_AlterConfigsResource(w, version, &in->resources[i]);
    rmq_kw_write_bool(w, in->validate_only);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_IncrementalAlterConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsRequest_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported IncrementalAlterConfigsRequest version");
    dec_IncrementalAlterConfigsRequest(r, version, arena, out);
    return r->err;
}

int rmq_IncrementalAlterConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_IncrementalAlterConfigsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_IncrementalAlterConfigsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_IncrementalAlterConfigsRequest_AlterableConfig[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t, name), .def_null = false, .def_str = ""},
    {.name = "config_operation", .kafka_name = "ConfigOperation", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t, config_operation), .def_null = false, .def_int = INT64_C(0)},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 0, .null_hi = 1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t, value), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_IncrementalAlterConfigsRequest_AlterableConfig = {
    .name = "rmq_IncrementalAlterConfigsRequest_AlterableConfig_t",
    .size = sizeof(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t),
    .fields = fields_IncrementalAlterConfigsRequest_AlterableConfig,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_IncrementalAlterConfigsRequest_AlterConfigsResource[] = {
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "configs", .kafka_name = "Configs", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t, configs), .count_offset = offsetof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t, configs_count), .item_size = sizeof(rmq_IncrementalAlterConfigsRequest_AlterableConfig_t), .sub = &desc_IncrementalAlterConfigsRequest_AlterableConfig, .def_null = false},
};
static const rmq_kstruct_desc_t desc_IncrementalAlterConfigsRequest_AlterConfigsResource = {
    .name = "rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t",
    .size = sizeof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t),
    .fields = fields_IncrementalAlterConfigsRequest_AlterConfigsResource,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_IncrementalAlterConfigsRequest[] = {
    {.name = "resources", .kafka_name = "Resources", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_t, resources), .count_offset = offsetof(rmq_IncrementalAlterConfigsRequest_t, resources_count), .item_size = sizeof(rmq_IncrementalAlterConfigsRequest_AlterConfigsResource_t), .sub = &desc_IncrementalAlterConfigsRequest_AlterConfigsResource, .def_null = false},
    {.name = "validate_only", .kafka_name = "ValidateOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsRequest_t, validate_only), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_IncrementalAlterConfigsRequest = {
    .name = "rmq_IncrementalAlterConfigsRequest_t",
    .size = sizeof(rmq_IncrementalAlterConfigsRequest_t),
    .fields = fields_IncrementalAlterConfigsRequest,
    .nfields = 2,
};

static void any_init_IncrementalAlterConfigsRequest(void *msg)
{
    rmq_IncrementalAlterConfigsRequest_init(msg);
}

static int any_decode_IncrementalAlterConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_IncrementalAlterConfigsRequest_decode(r, version, arena, out);
}

static int any_encode_IncrementalAlterConfigsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_IncrementalAlterConfigsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_IncrementalAlterConfigsRequest_desc = {
    .name = "IncrementalAlterConfigsRequest",
    .api_key = 44,
    .request = true,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 1,
    .root = &desc_IncrementalAlterConfigsRequest,
    .init = any_init_IncrementalAlterConfigsRequest,
    .decode = any_decode_IncrementalAlterConfigsRequest,
    .encode = any_encode_IncrementalAlterConfigsRequest,
};

/* ---- IncrementalAlterConfigsResponse (IncrementalAlterConfigsResponse.json, versions 0-1, flexible 1+) ---- */

static void dec_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *out);
static void enc_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *in);
static void dec_IncrementalAlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_t *out);
static void enc_IncrementalAlterConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsResponse_t *in);

void rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_init(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_IncrementalAlterConfigsResponse_init(rmq_IncrementalAlterConfigsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 1, true);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 1, false);
    if (version >= 1) {
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

static void enc_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 1, true);
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 1, false);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_IncrementalAlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_IncrementalAlterConfigsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_responses = rmq_kw_read_array_len(r, version >= 1, false, 6);
        out->responses_count = n_responses;
        out->responses = rmq_kw_array_alloc(r, arena, n_responses, sizeof(*out->responses));
        for (int32_t i = 0; i < n_responses && !(r)->err; i++)
            dec_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(r, version, arena, &out->responses[i]);
    }
    if (version >= 1) {
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

static void enc_IncrementalAlterConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_IncrementalAlterConfigsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->responses_count, version >= 1, false);
    if (in->responses_count > 0 && !in->responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses: count without items");
    else
        for (int32_t i = 0; i < in->responses_count; i++)
            enc_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse(w, version, &in->responses[i]);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_IncrementalAlterConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_IncrementalAlterConfigsResponse_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported IncrementalAlterConfigsResponse version");
    dec_IncrementalAlterConfigsResponse(r, version, arena, out);
    return r->err;
}

int rmq_IncrementalAlterConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_IncrementalAlterConfigsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_IncrementalAlterConfigsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 0, .null_hi = 1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t, resource_name), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse = {
    .name = "rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t",
    .size = sizeof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t),
    .fields = fields_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_IncrementalAlterConfigsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "responses", .kafka_name = "Responses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_IncrementalAlterConfigsResponse_t, responses), .count_offset = offsetof(rmq_IncrementalAlterConfigsResponse_t, responses_count), .item_size = sizeof(rmq_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse_t), .sub = &desc_IncrementalAlterConfigsResponse_AlterConfigsResourceResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_IncrementalAlterConfigsResponse = {
    .name = "rmq_IncrementalAlterConfigsResponse_t",
    .size = sizeof(rmq_IncrementalAlterConfigsResponse_t),
    .fields = fields_IncrementalAlterConfigsResponse,
    .nfields = 2,
};

static void any_init_IncrementalAlterConfigsResponse(void *msg)
{
    rmq_IncrementalAlterConfigsResponse_init(msg);
}

static int any_decode_IncrementalAlterConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_IncrementalAlterConfigsResponse_decode(r, version, arena, out);
}

static int any_encode_IncrementalAlterConfigsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_IncrementalAlterConfigsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_IncrementalAlterConfigsResponse_desc = {
    .name = "IncrementalAlterConfigsResponse",
    .api_key = 44,
    .request = false,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 1,
    .root = &desc_IncrementalAlterConfigsResponse,
    .init = any_init_IncrementalAlterConfigsResponse,
    .decode = any_decode_IncrementalAlterConfigsResponse,
    .encode = any_encode_IncrementalAlterConfigsResponse,
};

