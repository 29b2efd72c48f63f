/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/find_coordinator.h"

/* ---- FindCoordinatorRequest (FindCoordinatorRequest.json, versions 0-6, flexible 3+) ---- */

static void dec_FindCoordinatorRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorRequest_t *out);
static void enc_FindCoordinatorRequest(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorRequest_t *in);

void rmq_FindCoordinatorRequest_init(rmq_FindCoordinatorRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->key = RMQ_KW_STR_LIT("");
}

static void dec_FindCoordinatorRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_FindCoordinatorRequest_init(out);
    if (version <= 3) {
        out->key = rmq_kw_read_str(r, version >= 3, false);
    }
    if (version >= 1) {
        out->key_type = rmq_kw_read_int8(r);
    }
    if (version >= 4) {
        {
            int32_t n_coordinator_keys = rmq_kw_read_array_len(r, true, false, 1);
            out->coordinator_keys_count = n_coordinator_keys;
            out->coordinator_keys = rmq_kw_array_alloc(r, arena, n_coordinator_keys, sizeof(*out->coordinator_keys));
            for (int32_t i = 0; i < n_coordinator_keys && !(r)->err; i++)
                out->coordinator_keys[i] = rmq_kw_read_str(r, true, false);
        }
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

static void enc_FindCoordinatorRequest(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorRequest_t *in)
{
    (void)version;
    (void)in;
    if (version <= 3) {
        rmq_kw_write_str(w, in->key, version >= 3, false);
    }
    if (version >= 1) {
        rmq_kw_write_int8(w, in->key_type);
    }
    if (version >= 4) {
        rmq_kw_write_array_len(w, in->coordinator_keys_count, true, false);
        if (in->coordinator_keys_count > 0 && !in->coordinator_keys)
            rmq_kw_write_fail(w, RMQ_EINVAL, "CoordinatorKeys: count without items");
        else
            for (int32_t i = 0; i < in->coordinator_keys_count; i++)
                rmq_kw_write_str(w, in->coordinator_keys[i], true, false);
    }
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_FindCoordinatorRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorRequest_t *out)
{
    if (version < 0 || version > 6)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported FindCoordinatorRequest version");
    dec_FindCoordinatorRequest(r, version, arena, out);
    return r->err;
}

int rmq_FindCoordinatorRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FindCoordinatorRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 6)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_FindCoordinatorRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_FindCoordinatorRequest[] = {
    {.name = "key", .kafka_name = "Key", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorRequest_t, key), .def_null = false, .def_str = ""},
    {.name = "key_type", .kafka_name = "KeyType", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 1, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorRequest_t, key_type), .def_null = false, .def_int = INT64_C(0)},
    {.name = "coordinator_keys", .kafka_name = "CoordinatorKeys", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorRequest_t, coordinator_keys), .count_offset = offsetof(rmq_FindCoordinatorRequest_t, coordinator_keys_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_FindCoordinatorRequest = {
    .name = "rmq_FindCoordinatorRequest_t",
    .size = sizeof(rmq_FindCoordinatorRequest_t),
    .fields = fields_FindCoordinatorRequest,
    .nfields = 3,
};

static void any_init_FindCoordinatorRequest(void *msg)
{
    rmq_FindCoordinatorRequest_init(msg);
}

static int any_decode_FindCoordinatorRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_FindCoordinatorRequest_decode(r, version, arena, out);
}

static int any_encode_FindCoordinatorRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_FindCoordinatorRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_FindCoordinatorRequest_desc = {
    .name = "FindCoordinatorRequest",
    .api_key = 10,
    .request = true,
    .min_version = 0,
    .max_version = 6,
    .flex_lo = 3,
    .root = &desc_FindCoordinatorRequest,
    .init = any_init_FindCoordinatorRequest,
    .decode = any_decode_FindCoordinatorRequest,
    .encode = any_encode_FindCoordinatorRequest,
};

/* ---- FindCoordinatorResponse (FindCoordinatorResponse.json, versions 0-6, flexible 3+) ---- */

static void dec_FindCoordinatorResponse_Coordinator(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_Coordinator_t *out);
static void enc_FindCoordinatorResponse_Coordinator(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorResponse_Coordinator_t *in);
static void dec_FindCoordinatorResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_t *out);
static void enc_FindCoordinatorResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorResponse_t *in);

void rmq_FindCoordinatorResponse_Coordinator_init(rmq_FindCoordinatorResponse_Coordinator_t *v)
{
    memset(v, 0, sizeof(*v));
    v->key = RMQ_KW_STR_LIT("");
    v->host = RMQ_KW_STR_LIT("");
    v->error_message = RMQ_KW_STR_LIT("");
}

void rmq_FindCoordinatorResponse_init(rmq_FindCoordinatorResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->host = RMQ_KW_STR_LIT("");
}

static void dec_FindCoordinatorResponse_Coordinator(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_Coordinator_t *out)
{
    (void)version;
    (void)arena;
    rmq_FindCoordinatorResponse_Coordinator_init(out);
    out->key = rmq_kw_read_str(r, true, false);
    out->node_id = rmq_kw_read_int32(r);
    out->host = rmq_kw_read_str(r, true, false);
    out->port = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, true, true);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FindCoordinatorResponse_Coordinator(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorResponse_Coordinator_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->key, true, false);
    rmq_kw_write_int32(w, in->node_id);
    rmq_kw_write_str(w, in->host, true, false);
    rmq_kw_write_int32(w, in->port);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, true, true);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_FindCoordinatorResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_FindCoordinatorResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    if (version <= 3) {
        out->error_code = rmq_kw_read_int16(r);
    }
    if (version >= 1 && version <= 3) {
        out->error_message = rmq_kw_read_str(r, version >= 3, true);
    }
    if (version <= 3) {
        out->node_id = rmq_kw_read_int32(r);
    }
    if (version <= 3) {
        out->host = rmq_kw_read_str(r, version >= 3, false);
    }
    if (version <= 3) {
        out->port = rmq_kw_read_int32(r);
    }
    if (version >= 4) {
        {
            int32_t n_coordinators = rmq_kw_read_array_len(r, true, false, 14);
            out->coordinators_count = n_coordinators;
            out->coordinators = rmq_kw_array_alloc(r, arena, n_coordinators, sizeof(*out->coordinators));
            for (int32_t i = 0; i < n_coordinators && !(r)->err; i++)
                dec_FindCoordinatorResponse_Coordinator(r, version, arena, &out->coordinators[i]);
        }
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

static void enc_FindCoordinatorResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FindCoordinatorResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    if (version <= 3) {
        rmq_kw_write_int16(w, in->error_code);
    }
    if (version >= 1 && version <= 3) {
        rmq_kw_write_str(w, in->error_message, version >= 3, true);
    }
    if (version <= 3) {
        rmq_kw_write_int32(w, in->node_id);
    }
    if (version <= 3) {
        rmq_kw_write_str(w, in->host, version >= 3, false);
    }
    if (version <= 3) {
        rmq_kw_write_int32(w, in->port);
    }
    if (version >= 4) {
        rmq_kw_write_array_len(w, in->coordinators_count, true, false);
        if (in->coordinators_count > 0 && !in->coordinators)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Coordinators: count without items");
        else
            for (int32_t i = 0; i < in->coordinators_count; i++)
                enc_FindCoordinatorResponse_Coordinator(w, version, &in->coordinators[i]);
    }
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_FindCoordinatorResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FindCoordinatorResponse_t *out)
{
    if (version < 0 || version > 6)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported FindCoordinatorResponse version");
    dec_FindCoordinatorResponse(r, version, arena, out);
    return r->err;
}

int rmq_FindCoordinatorResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FindCoordinatorResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 6)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_FindCoordinatorResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_FindCoordinatorResponse_Coordinator[] = {
    {.name = "key", .kafka_name = "Key", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, key), .def_null = false, .def_str = ""},
    {.name = "node_id", .kafka_name = "NodeId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, node_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 4, .ver_hi = 6, .null_lo = 4, .null_hi = 6, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_Coordinator_t, error_message), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_FindCoordinatorResponse_Coordinator = {
    .name = "rmq_FindCoordinatorResponse_Coordinator_t",
    .size = sizeof(rmq_FindCoordinatorResponse_Coordinator_t),
    .fields = fields_FindCoordinatorResponse_Coordinator,
    .nfields = 6,
};

static const rmq_kfield_desc_t fields_FindCoordinatorResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 3, .null_lo = 1, .null_hi = 3, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "node_id", .kafka_name = "NodeId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, node_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "coordinators", .kafka_name = "Coordinators", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 4, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_FindCoordinatorResponse_t, coordinators), .count_offset = offsetof(rmq_FindCoordinatorResponse_t, coordinators_count), .item_size = sizeof(rmq_FindCoordinatorResponse_Coordinator_t), .sub = &desc_FindCoordinatorResponse_Coordinator, .def_null = false},
};
static const rmq_kstruct_desc_t desc_FindCoordinatorResponse = {
    .name = "rmq_FindCoordinatorResponse_t",
    .size = sizeof(rmq_FindCoordinatorResponse_t),
    .fields = fields_FindCoordinatorResponse,
    .nfields = 7,
};

static void any_init_FindCoordinatorResponse(void *msg)
{
    rmq_FindCoordinatorResponse_init(msg);
}

static int any_decode_FindCoordinatorResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_FindCoordinatorResponse_decode(r, version, arena, out);
}

static int any_encode_FindCoordinatorResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_FindCoordinatorResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_FindCoordinatorResponse_desc = {
    .name = "FindCoordinatorResponse",
    .api_key = 10,
    .request = false,
    .min_version = 0,
    .max_version = 6,
    .flex_lo = 3,
    .root = &desc_FindCoordinatorResponse,
    .init = any_init_FindCoordinatorResponse,
    .decode = any_decode_FindCoordinatorResponse,
    .encode = any_encode_FindCoordinatorResponse,
};

