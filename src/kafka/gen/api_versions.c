/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/api_versions.h"

/* ---- ApiVersionsRequest (ApiVersionsRequest.json, versions 0-4, flexible 3+) ---- */

static void dec_ApiVersionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsRequest_t *out);
static void enc_ApiVersionsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsRequest_t *in);

void rmq_ApiVersionsRequest_init(rmq_ApiVersionsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->client_software_name = RMQ_KW_STR_LIT("");
    v->client_software_version = RMQ_KW_STR_LIT("");
}

static void dec_ApiVersionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_ApiVersionsRequest_init(out);
    if (version >= 3) {
        out->client_software_name = rmq_kw_read_str(r, true, false);
    }
    if (version >= 3) {
        out->client_software_version = rmq_kw_read_str(r, true, false);
    }
    if (version >= 3) {
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

static void enc_ApiVersionsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsRequest_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_str(w, in->client_software_name, true, false);
    }
    if (version >= 3) {
        rmq_kw_write_str(w, in->client_software_version, true, false);
    }
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ApiVersionsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsRequest_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ApiVersionsRequest version");
    dec_ApiVersionsRequest(r, version, arena, out);
    return r->err;
}

int rmq_ApiVersionsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ApiVersionsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ApiVersionsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ApiVersionsRequest[] = {
    {.name = "client_software_name", .kafka_name = "ClientSoftwareName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsRequest_t, client_software_name), .def_null = false, .def_str = ""},
    {.name = "client_software_version", .kafka_name = "ClientSoftwareVersion", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsRequest_t, client_software_version), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_ApiVersionsRequest = {
    .name = "rmq_ApiVersionsRequest_t",
    .size = sizeof(rmq_ApiVersionsRequest_t),
    .fields = fields_ApiVersionsRequest,
    .nfields = 2,
};

static void any_init_ApiVersionsRequest(void *msg)
{
    rmq_ApiVersionsRequest_init(msg);
}

static int any_decode_ApiVersionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ApiVersionsRequest_decode(r, version, arena, out);
}

static int any_encode_ApiVersionsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ApiVersionsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ApiVersionsRequest_desc = {
    .name = "ApiVersionsRequest",
    .api_key = 18,
    .request = true,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 3,
    .root = &desc_ApiVersionsRequest,
    .init = any_init_ApiVersionsRequest,
    .decode = any_decode_ApiVersionsRequest,
    .encode = any_encode_ApiVersionsRequest,
};

/* ---- ApiVersionsResponse (ApiVersionsResponse.json, versions 0-4, flexible 3+) ---- */

static void dec_ApiVersionsResponse_ApiVersion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_ApiVersion_t *out);
static void enc_ApiVersionsResponse_ApiVersion(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_ApiVersion_t *in);
static void dec_ApiVersionsResponse_SupportedFeatureKey(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_SupportedFeatureKey_t *out);
static void enc_ApiVersionsResponse_SupportedFeatureKey(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_SupportedFeatureKey_t *in);
static void dec_ApiVersionsResponse_FinalizedFeatureKey(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_FinalizedFeatureKey_t *out);
static void enc_ApiVersionsResponse_FinalizedFeatureKey(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_FinalizedFeatureKey_t *in);
static void dec_ApiVersionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_t *out);
static void enc_ApiVersionsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_t *in);

void rmq_ApiVersionsResponse_ApiVersion_init(rmq_ApiVersionsResponse_ApiVersion_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_ApiVersionsResponse_SupportedFeatureKey_init(rmq_ApiVersionsResponse_SupportedFeatureKey_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ApiVersionsResponse_FinalizedFeatureKey_init(rmq_ApiVersionsResponse_FinalizedFeatureKey_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ApiVersionsResponse_init(rmq_ApiVersionsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->finalized_features_epoch = INT64_C(-1);
}

static void dec_ApiVersionsResponse_ApiVersion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_ApiVersion_t *out)
{
    (void)version;
    (void)arena;
    rmq_ApiVersionsResponse_ApiVersion_init(out);
    out->api_key = rmq_kw_read_int16(r);
    out->min_version = rmq_kw_read_int16(r);
    out->max_version = rmq_kw_read_int16(r);
    if (version >= 3) {
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

static void enc_ApiVersionsResponse_ApiVersion(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_ApiVersion_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->api_key);
    rmq_kw_write_int16(w, in->min_version);
    rmq_kw_write_int16(w, in->max_version);
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ApiVersionsResponse_SupportedFeatureKey(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_SupportedFeatureKey_t *out)
{
    (void)version;
    (void)arena;
    rmq_ApiVersionsResponse_SupportedFeatureKey_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    out->min_version = rmq_kw_read_int16(r);
    out->max_version = rmq_kw_read_int16(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_ApiVersionsResponse_SupportedFeatureKey(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_SupportedFeatureKey_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_int16(w, in->min_version);
    rmq_kw_write_int16(w, in->max_version);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_ApiVersionsResponse_FinalizedFeatureKey(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_FinalizedFeatureKey_t *out)
{
    (void)version;
    (void)arena;
    rmq_ApiVersionsResponse_FinalizedFeatureKey_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    out->max_version_level = rmq_kw_read_int16(r);
    out->min_version_level = rmq_kw_read_int16(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_ApiVersionsResponse_FinalizedFeatureKey(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_FinalizedFeatureKey_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_int16(w, in->max_version_level);
    rmq_kw_write_int16(w, in->min_version_level);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_ApiVersionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ApiVersionsResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    {
        int32_t n_api_keys = rmq_kw_read_array_len(r, version >= 3, false, 6);
        out->api_keys_count = n_api_keys;
        out->api_keys = rmq_kw_array_alloc(r, arena, n_api_keys, sizeof(*out->api_keys));
        for (int32_t i = 0; i < n_api_keys && !(r)->err; i++)
            dec_ApiVersionsResponse_ApiVersion(r, version, arena, &out->api_keys[i]);
    }
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    if (version >= 3) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 3)) {
                {
                    int32_t n_supported_features = rmq_kw_read_array_len(&sub, true, false, 6);
                    out->supported_features_count = n_supported_features;
                    out->supported_features = rmq_kw_array_alloc(&sub, arena, n_supported_features, sizeof(*out->supported_features));
                    for (int32_t i = 0; i < n_supported_features && !(&sub)->err; i++)
                        dec_ApiVersionsResponse_SupportedFeatureKey(&sub, version, arena, &out->supported_features[i]);
                }
            } else if (tag == 1 && (version >= 3)) {
                out->finalized_features_epoch = rmq_kw_read_int64(&sub);
            } else if (tag == 2 && (version >= 3)) {
                {
                    int32_t n_finalized_features = rmq_kw_read_array_len(&sub, true, false, 6);
                    out->finalized_features_count = n_finalized_features;
                    out->finalized_features = rmq_kw_array_alloc(&sub, arena, n_finalized_features, sizeof(*out->finalized_features));
                    for (int32_t i = 0; i < n_finalized_features && !(&sub)->err; i++)
                        dec_ApiVersionsResponse_FinalizedFeatureKey(&sub, version, arena, &out->finalized_features[i]);
                }
            } else if (tag == 3 && (version >= 3)) {
                out->zk_migration_ready = rmq_kw_read_bool(&sub);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_ApiVersionsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ApiVersionsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_array_len(w, in->api_keys_count, version >= 3, false);
    if (in->api_keys_count > 0 && !in->api_keys)
        rmq_kw_write_fail(w, RMQ_EINVAL, "ApiKeys: count without items");
    else
        for (int32_t i = 0; i < in->api_keys_count; i++)
            enc_ApiVersionsResponse_ApiVersion(w, version, &in->api_keys[i]);
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    if (version >= 3) {
        const bool has_supported_features = (version >= 3) && !(in->supported_features_count == 0);
        const bool has_finalized_features_epoch = (version >= 3) && !(in->finalized_features_epoch == INT64_C(-1));
        const bool has_finalized_features = (version >= 3) && !(in->finalized_features_count == 0);
        const bool has_zk_migration_ready = (version >= 3) && !(in->zk_migration_ready == false);
        rmq_kw_write_uvarint(w, (uint32_t)has_supported_features + (uint32_t)has_finalized_features_epoch + (uint32_t)has_finalized_features + (uint32_t)has_zk_migration_ready);
        if (has_supported_features) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_array_len(w, in->supported_features_count, true, false);
            if (in->supported_features_count > 0 && !in->supported_features)
                rmq_kw_write_fail(w, RMQ_EINVAL, "SupportedFeatures: count without items");
            else
                for (int32_t i = 0; i < in->supported_features_count; i++)
                    enc_ApiVersionsResponse_SupportedFeatureKey(w, version, &in->supported_features[i]);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_finalized_features_epoch) {
            size_t mark = rmq_kw_write_tag_begin(w, 1);
            rmq_kw_write_int64(w, in->finalized_features_epoch);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_finalized_features) {
            size_t mark = rmq_kw_write_tag_begin(w, 2);
            rmq_kw_write_array_len(w, in->finalized_features_count, true, false);
            if (in->finalized_features_count > 0 && !in->finalized_features)
                rmq_kw_write_fail(w, RMQ_EINVAL, "FinalizedFeatures: count without items");
            else
                for (int32_t i = 0; i < in->finalized_features_count; i++)
                    enc_ApiVersionsResponse_FinalizedFeatureKey(w, version, &in->finalized_features[i]);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_zk_migration_ready) {
            size_t mark = rmq_kw_write_tag_begin(w, 3);
            rmq_kw_write_bool(w, in->zk_migration_ready);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

int rmq_ApiVersionsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ApiVersionsResponse_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ApiVersionsResponse version");
    dec_ApiVersionsResponse(r, version, arena, out);
    return r->err;
}

int rmq_ApiVersionsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ApiVersionsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ApiVersionsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ApiVersionsResponse_ApiVersion[] = {
    {.name = "api_key", .kafka_name = "ApiKey", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_ApiVersion_t, api_key), .def_null = false, .def_int = INT64_C(0)},
    {.name = "min_version", .kafka_name = "MinVersion", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_ApiVersion_t, min_version), .def_null = false, .def_int = INT64_C(0)},
    {.name = "max_version", .kafka_name = "MaxVersion", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_ApiVersion_t, max_version), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_ApiVersionsResponse_ApiVersion = {
    .name = "rmq_ApiVersionsResponse_ApiVersion_t",
    .size = sizeof(rmq_ApiVersionsResponse_ApiVersion_t),
    .fields = fields_ApiVersionsResponse_ApiVersion,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_ApiVersionsResponse_SupportedFeatureKey[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_SupportedFeatureKey_t, name), .def_null = false, .def_str = ""},
    {.name = "min_version", .kafka_name = "MinVersion", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_SupportedFeatureKey_t, min_version), .def_null = false, .def_int = INT64_C(0)},
    {.name = "max_version", .kafka_name = "MaxVersion", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_SupportedFeatureKey_t, max_version), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_ApiVersionsResponse_SupportedFeatureKey = {
    .name = "rmq_ApiVersionsResponse_SupportedFeatureKey_t",
    .size = sizeof(rmq_ApiVersionsResponse_SupportedFeatureKey_t),
    .fields = fields_ApiVersionsResponse_SupportedFeatureKey,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_ApiVersionsResponse_FinalizedFeatureKey[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_FinalizedFeatureKey_t, name), .def_null = false, .def_str = ""},
    {.name = "max_version_level", .kafka_name = "MaxVersionLevel", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_FinalizedFeatureKey_t, max_version_level), .def_null = false, .def_int = INT64_C(0)},
    {.name = "min_version_level", .kafka_name = "MinVersionLevel", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_FinalizedFeatureKey_t, min_version_level), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_ApiVersionsResponse_FinalizedFeatureKey = {
    .name = "rmq_ApiVersionsResponse_FinalizedFeatureKey_t",
    .size = sizeof(rmq_ApiVersionsResponse_FinalizedFeatureKey_t),
    .fields = fields_ApiVersionsResponse_FinalizedFeatureKey,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_ApiVersionsResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "api_keys", .kafka_name = "ApiKeys", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_t, api_keys), .count_offset = offsetof(rmq_ApiVersionsResponse_t, api_keys_count), .item_size = sizeof(rmq_ApiVersionsResponse_ApiVersion_t), .sub = &desc_ApiVersionsResponse_ApiVersion, .def_null = false},
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "supported_features", .kafka_name = "SupportedFeatures", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 3, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ApiVersionsResponse_t, supported_features), .count_offset = offsetof(rmq_ApiVersionsResponse_t, supported_features_count), .item_size = sizeof(rmq_ApiVersionsResponse_SupportedFeatureKey_t), .sub = &desc_ApiVersionsResponse_SupportedFeatureKey, .def_null = false},
    {.name = "finalized_features_epoch", .kafka_name = "FinalizedFeaturesEpoch", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 3, .flex_lo = 3, .tag = 1, .offset = offsetof(rmq_ApiVersionsResponse_t, finalized_features_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "finalized_features", .kafka_name = "FinalizedFeatures", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 3, .flex_lo = 3, .tag = 2, .offset = offsetof(rmq_ApiVersionsResponse_t, finalized_features), .count_offset = offsetof(rmq_ApiVersionsResponse_t, finalized_features_count), .item_size = sizeof(rmq_ApiVersionsResponse_FinalizedFeatureKey_t), .sub = &desc_ApiVersionsResponse_FinalizedFeatureKey, .def_null = false},
    {.name = "zk_migration_ready", .kafka_name = "ZkMigrationReady", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 3, .flex_lo = 3, .tag = 3, .offset = offsetof(rmq_ApiVersionsResponse_t, zk_migration_ready), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_ApiVersionsResponse = {
    .name = "rmq_ApiVersionsResponse_t",
    .size = sizeof(rmq_ApiVersionsResponse_t),
    .fields = fields_ApiVersionsResponse,
    .nfields = 7,
};

static void any_init_ApiVersionsResponse(void *msg)
{
    rmq_ApiVersionsResponse_init(msg);
}

static int any_decode_ApiVersionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ApiVersionsResponse_decode(r, version, arena, out);
}

static int any_encode_ApiVersionsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ApiVersionsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ApiVersionsResponse_desc = {
    .name = "ApiVersionsResponse",
    .api_key = 18,
    .request = false,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 3,
    .root = &desc_ApiVersionsResponse,
    .init = any_init_ApiVersionsResponse,
    .decode = any_decode_ApiVersionsResponse,
    .encode = any_encode_ApiVersionsResponse,
};

