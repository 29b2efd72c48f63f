/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/describe_configs.h"

/* ---- DescribeConfigsRequest (DescribeConfigsRequest.json, versions 0-4, flexible 4+) ---- */

static void dec_DescribeConfigsRequest_DescribeConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_DescribeConfigsResource_t *out);
static void enc_DescribeConfigsRequest_DescribeConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsRequest_DescribeConfigsResource_t *in);
static void dec_DescribeConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_t *out);
static void enc_DescribeConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsRequest_t *in);

void rmq_DescribeConfigsRequest_DescribeConfigsResource_init(rmq_DescribeConfigsRequest_DescribeConfigsResource_t *v)
{
    memset(v, 0, sizeof(*v));
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_DescribeConfigsRequest_init(rmq_DescribeConfigsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DescribeConfigsRequest_DescribeConfigsResource(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_DescribeConfigsResource_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsRequest_DescribeConfigsResource_init(out);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 4, false);
    {
        int32_t n_configuration_keys = rmq_kw_read_array_len(r, version >= 4, true, 1);
        out->configuration_keys_count = n_configuration_keys;
        out->configuration_keys = rmq_kw_array_alloc(r, arena, n_configuration_keys, sizeof(*out->configuration_keys));
        for (int32_t i = 0; i < n_configuration_keys && !(r)->err; i++)
            out->configuration_keys[i] = rmq_kw_read_str(r, version >= 4, false);
    }
    if (version >= 4) {
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

static void enc_DescribeConfigsRequest_DescribeConfigsResource(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsRequest_DescribeConfigsResource_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 4, false);
    rmq_kw_write_array_len(w, in->configuration_keys_count, version >= 4, true);
    if (in->configuration_keys_count > 0 && !in->configuration_keys)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources[].ConfigurationKeys: count without items");
    else
        for (int32_t i = 0; i < in->configuration_keys_count; i++)
            rmq_kw_write_str(w, in->configuration_keys[i], version >= 4, false);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsRequest_init(out);
    {
        int32_t n_resources = rmq_kw_read_array_len(r, version >= 4, false, 4);
        out->resources_count = n_resources;
        out->resources = rmq_kw_array_alloc(r, arena, n_resources, sizeof(*out->resources));
        for (int32_t i = 0; i < n_resources && !(r)->err; i++)
            dec_DescribeConfigsRequest_DescribeConfigsResource(r, version, arena, &out->resources[i]);
    }
    if (version >= 1) {
        out->include_synonyms = rmq_kw_read_bool(r);
    }
    if (version >= 3) {
        out->include_documentation = rmq_kw_read_bool(r);
    }
    if (version >= 4) {
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

static void enc_DescribeConfigsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->resources_count, version >= 4, false);
    if (in->resources_count > 0 && !in->resources)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Resources: count without items");
    else
        for (int32_t i = 0; i < in->resources_count; i++)
            enc_DescribeConfigsRequest_DescribeConfigsResource(w, version, &in->resources[i]);
    if (version >= 1) {
        rmq_kw_write_bool(w, in->include_synonyms);
    }
    if (version >= 3) {
        rmq_kw_write_bool(w, in->include_documentation);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DescribeConfigsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsRequest_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeConfigsRequest version");
    dec_DescribeConfigsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DescribeConfigsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeConfigsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeConfigsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeConfigsRequest_DescribeConfigsResource[] = {
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "configuration_keys", .kafka_name = "ConfigurationKeys", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 0, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t, configuration_keys), .count_offset = offsetof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t, configuration_keys_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsRequest_DescribeConfigsResource = {
    .name = "rmq_DescribeConfigsRequest_DescribeConfigsResource_t",
    .size = sizeof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t),
    .fields = fields_DescribeConfigsRequest_DescribeConfigsResource,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_DescribeConfigsRequest[] = {
    {.name = "resources", .kafka_name = "Resources", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_t, resources), .count_offset = offsetof(rmq_DescribeConfigsRequest_t, resources_count), .item_size = sizeof(rmq_DescribeConfigsRequest_DescribeConfigsResource_t), .sub = &desc_DescribeConfigsRequest_DescribeConfigsResource, .def_null = false},
    {.name = "include_synonyms", .kafka_name = "IncludeSynonyms", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_t, include_synonyms), .def_null = false, .def_int = 0},
    {.name = "include_documentation", .kafka_name = "IncludeDocumentation", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsRequest_t, include_documentation), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsRequest = {
    .name = "rmq_DescribeConfigsRequest_t",
    .size = sizeof(rmq_DescribeConfigsRequest_t),
    .fields = fields_DescribeConfigsRequest,
    .nfields = 3,
};

static void any_init_DescribeConfigsRequest(void *msg)
{
    rmq_DescribeConfigsRequest_init(msg);
}

static int any_decode_DescribeConfigsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeConfigsRequest_decode(r, version, arena, out);
}

static int any_encode_DescribeConfigsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeConfigsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeConfigsRequest_desc = {
    .name = "DescribeConfigsRequest",
    .api_key = 32,
    .request = true,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_DescribeConfigsRequest,
    .init = any_init_DescribeConfigsRequest,
    .decode = any_decode_DescribeConfigsRequest,
    .encode = any_encode_DescribeConfigsRequest,
};

/* ---- DescribeConfigsResponse (DescribeConfigsResponse.json, versions 0-4, flexible 4+) ---- */

static void dec_DescribeConfigsResponse_DescribeConfigsSynonym(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *out);
static void enc_DescribeConfigsResponse_DescribeConfigsSynonym(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *in);
static void dec_DescribeConfigsResponse_DescribeConfigsResourceResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *out);
static void enc_DescribeConfigsResponse_DescribeConfigsResourceResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *in);
static void dec_DescribeConfigsResponse_DescribeConfigsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsResult_t *out);
static void enc_DescribeConfigsResponse_DescribeConfigsResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsResult_t *in);
static void dec_DescribeConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_t *out);
static void enc_DescribeConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_t *in);

void rmq_DescribeConfigsResponse_DescribeConfigsSynonym_init(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
}

void rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_init(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
    v->config_source = -1;
    v->documentation = RMQ_KW_STR_LIT("");
}

void rmq_DescribeConfigsResponse_DescribeConfigsResult_init(rmq_DescribeConfigsResponse_DescribeConfigsResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->resource_name = RMQ_KW_STR_LIT("");
}

void rmq_DescribeConfigsResponse_init(rmq_DescribeConfigsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DescribeConfigsResponse_DescribeConfigsSynonym(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsResponse_DescribeConfigsSynonym_init(out);
    out->name = rmq_kw_read_str(r, version >= 4, false);
    out->value = rmq_kw_read_str(r, version >= 4, true);
    out->source = rmq_kw_read_int8(r);
    if (version >= 4) {
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

static void enc_DescribeConfigsResponse_DescribeConfigsSynonym(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 4, false);
    rmq_kw_write_str(w, in->value, version >= 4, true);
    rmq_kw_write_int8(w, in->source);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeConfigsResponse_DescribeConfigsResourceResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_init(out);
    out->name = rmq_kw_read_str(r, version >= 4, false);
    out->value = rmq_kw_read_str(r, version >= 4, true);
    out->read_only = rmq_kw_read_bool(r);
    if (version <= 0) {
        out->is_default = rmq_kw_read_bool(r);
    }
    if (version >= 1) {
        out->config_source = rmq_kw_read_int8(r);
    }
    out->is_sensitive = rmq_kw_read_bool(r);
    if (version >= 1) {
        {
            int32_t n_synonyms = rmq_kw_read_array_len(r, version >= 4, false, 4);
            out->synonyms_count = n_synonyms;
            out->synonyms = rmq_kw_array_alloc(r, arena, n_synonyms, sizeof(*out->synonyms));
            for (int32_t i = 0; i < n_synonyms && !(r)->err; i++)
                dec_DescribeConfigsResponse_DescribeConfigsSynonym(r, version, arena, &out->synonyms[i]);
        }
    }
    if (version >= 3) {
        out->config_type = rmq_kw_read_int8(r);
    }
    if (version >= 3) {
        out->documentation = rmq_kw_read_str(r, version >= 4, true);
    }
    if (version >= 4) {
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

static void enc_DescribeConfigsResponse_DescribeConfigsResourceResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 4, false);
    rmq_kw_write_str(w, in->value, version >= 4, true);
    rmq_kw_write_bool(w, in->read_only);
    if (version <= 0) {
        rmq_kw_write_bool(w, in->is_default);
    }
    if (version >= 1) {
        rmq_kw_write_int8(w, in->config_source);
    }
    rmq_kw_write_bool(w, in->is_sensitive);
    if (version >= 1) {
        rmq_kw_write_array_len(w, in->synonyms_count, version >= 4, false);
        if (in->synonyms_count > 0 && !in->synonyms)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Results[].Configs[].Synonyms: count without items");
        else
            for (int32_t i = 0; i < in->synonyms_count; i++)
                enc_DescribeConfigsResponse_DescribeConfigsSynonym(w, version, &in->synonyms[i]);
    }
    if (version >= 3) {
        rmq_kw_write_int8(w, in->config_type);
    }
    if (version >= 3) {
        rmq_kw_write_str(w, in->documentation, version >= 4, true);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeConfigsResponse_DescribeConfigsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_DescribeConfigsResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsResponse_DescribeConfigsResult_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 4, true);
    out->resource_type = rmq_kw_read_int8(r);
    out->resource_name = rmq_kw_read_str(r, version >= 4, false);
    {
        int32_t n_configs = rmq_kw_read_array_len(r, version >= 4, false, 7);
        out->configs_count = n_configs;
        out->configs = rmq_kw_array_alloc(r, arena, n_configs, sizeof(*out->configs));
        for (int32_t i = 0; i < n_configs && !(r)->err; i++)
            dec_DescribeConfigsResponse_DescribeConfigsResourceResult(r, version, arena, &out->configs[i]);
    }
    if (version >= 4) {
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

static void enc_DescribeConfigsResponse_DescribeConfigsResult(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_DescribeConfigsResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 4, true);
    rmq_kw_write_int8(w, in->resource_type);
    rmq_kw_write_str(w, in->resource_name, version >= 4, false);
    rmq_kw_write_array_len(w, in->configs_count, version >= 4, false);
    if (in->configs_count > 0 && !in->configs)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results[].Configs: count without items");
    else
        for (int32_t i = 0; i < in->configs_count; i++)
            enc_DescribeConfigsResponse_DescribeConfigsResourceResult(w, version, &in->configs[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeConfigsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_results = rmq_kw_read_array_len(r, version >= 4, false, 7);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_DescribeConfigsResponse_DescribeConfigsResult(r, version, arena, &out->results[i]);
    }
    if (version >= 4) {
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

static void enc_DescribeConfigsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeConfigsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->results_count, version >= 4, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_DescribeConfigsResponse_DescribeConfigsResult(w, version, &in->results[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DescribeConfigsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeConfigsResponse_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeConfigsResponse version");
    dec_DescribeConfigsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DescribeConfigsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeConfigsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeConfigsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeConfigsResponse_DescribeConfigsSynonym[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t, name), .def_null = false, .def_str = ""},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 1, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t, value), .def_null = false, .def_str = ""},
    {.name = "source", .kafka_name = "Source", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t, source), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsResponse_DescribeConfigsSynonym = {
    .name = "rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t",
    .size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t),
    .fields = fields_DescribeConfigsResponse_DescribeConfigsSynonym,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_DescribeConfigsResponse_DescribeConfigsResourceResult[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, name), .def_null = false, .def_str = ""},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 0, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, value), .def_null = false, .def_str = ""},
    {.name = "read_only", .kafka_name = "ReadOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, read_only), .def_null = false, .def_int = 0},
    {.name = "is_default", .kafka_name = "IsDefault", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, is_default), .def_null = false, .def_int = 0},
    {.name = "config_source", .kafka_name = "ConfigSource", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, config_source), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "is_sensitive", .kafka_name = "IsSensitive", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, is_sensitive), .def_null = false, .def_int = 0},
    {.name = "synonyms", .kafka_name = "Synonyms", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, synonyms), .count_offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, synonyms_count), .item_size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsSynonym_t), .sub = &desc_DescribeConfigsResponse_DescribeConfigsSynonym, .def_null = false},
    {.name = "config_type", .kafka_name = "ConfigType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, config_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "documentation", .kafka_name = "Documentation", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 3, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t, documentation), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsResponse_DescribeConfigsResourceResult = {
    .name = "rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t",
    .size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t),
    .fields = fields_DescribeConfigsResponse_DescribeConfigsResourceResult,
    .nfields = 9,
};

static const rmq_kfield_desc_t fields_DescribeConfigsResponse_DescribeConfigsResult[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 0, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, error_message), .def_null = false, .def_str = ""},
    {.name = "resource_type", .kafka_name = "ResourceType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, resource_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "resource_name", .kafka_name = "ResourceName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, resource_name), .def_null = false, .def_str = ""},
    {.name = "configs", .kafka_name = "Configs", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, configs), .count_offset = offsetof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t, configs_count), .item_size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsResourceResult_t), .sub = &desc_DescribeConfigsResponse_DescribeConfigsResourceResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsResponse_DescribeConfigsResult = {
    .name = "rmq_DescribeConfigsResponse_DescribeConfigsResult_t",
    .size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t),
    .fields = fields_DescribeConfigsResponse_DescribeConfigsResult,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_DescribeConfigsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DescribeConfigsResponse_t, results), .count_offset = offsetof(rmq_DescribeConfigsResponse_t, results_count), .item_size = sizeof(rmq_DescribeConfigsResponse_DescribeConfigsResult_t), .sub = &desc_DescribeConfigsResponse_DescribeConfigsResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeConfigsResponse = {
    .name = "rmq_DescribeConfigsResponse_t",
    .size = sizeof(rmq_DescribeConfigsResponse_t),
    .fields = fields_DescribeConfigsResponse,
    .nfields = 2,
};

static void any_init_DescribeConfigsResponse(void *msg)
{
    rmq_DescribeConfigsResponse_init(msg);
}

static int any_decode_DescribeConfigsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeConfigsResponse_decode(r, version, arena, out);
}

static int any_encode_DescribeConfigsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeConfigsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeConfigsResponse_desc = {
    .name = "DescribeConfigsResponse",
    .api_key = 32,
    .request = false,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_DescribeConfigsResponse,
    .init = any_init_DescribeConfigsResponse,
    .decode = any_decode_DescribeConfigsResponse,
    .encode = any_encode_DescribeConfigsResponse,
};

