/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/heartbeat.h"

/* ---- HeartbeatRequest (HeartbeatRequest.json, versions 0-4, flexible 4+) ---- */

static void dec_HeartbeatRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatRequest_t *out);
static void enc_HeartbeatRequest(rmq_kw_writer_t *w, int16_t version, const rmq_HeartbeatRequest_t *in);

void rmq_HeartbeatRequest_init(rmq_HeartbeatRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->member_id = RMQ_KW_STR_LIT("");
}

static void dec_HeartbeatRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_HeartbeatRequest_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 4, false);
    out->generation_id = rmq_kw_read_int32(r);
    out->member_id = rmq_kw_read_str(r, version >= 4, false);
    if (version >= 3) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 4, true);
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

static void enc_HeartbeatRequest(rmq_kw_writer_t *w, int16_t version, const rmq_HeartbeatRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 4, false);
    rmq_kw_write_int32(w, in->generation_id);
    rmq_kw_write_str(w, in->member_id, version >= 4, false);
    if (version >= 3) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 4, true);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_HeartbeatRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatRequest_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported HeartbeatRequest version");
    dec_HeartbeatRequest(r, version, arena, out);
    return r->err;
}

int rmq_HeartbeatRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_HeartbeatRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_HeartbeatRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_HeartbeatRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "generation_id", .kafka_name = "GenerationId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatRequest_t, generation_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatRequest_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 3, .null_hi = 4, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatRequest_t, group_instance_id), .def_null = true},
};
static const rmq_kstruct_desc_t desc_HeartbeatRequest = {
    .name = "rmq_HeartbeatRequest_t",
    .size = sizeof(rmq_HeartbeatRequest_t),
    .fields = fields_HeartbeatRequest,
    .nfields = 4,
};

static void any_init_HeartbeatRequest(void *msg)
{
    rmq_HeartbeatRequest_init(msg);
}

static int any_decode_HeartbeatRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_HeartbeatRequest_decode(r, version, arena, out);
}

static int any_encode_HeartbeatRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_HeartbeatRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_HeartbeatRequest_desc = {
    .name = "HeartbeatRequest",
    .api_key = 12,
    .request = true,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_HeartbeatRequest,
    .init = any_init_HeartbeatRequest,
    .decode = any_decode_HeartbeatRequest,
    .encode = any_encode_HeartbeatRequest,
};

/* ---- HeartbeatResponse (HeartbeatResponse.json, versions 0-4, flexible 4+) ---- */

static void dec_HeartbeatResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatResponse_t *out);
static void enc_HeartbeatResponse(rmq_kw_writer_t *w, int16_t version, const rmq_HeartbeatResponse_t *in);

void rmq_HeartbeatResponse_init(rmq_HeartbeatResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_HeartbeatResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_HeartbeatResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    out->error_code = rmq_kw_read_int16(r);
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

static void enc_HeartbeatResponse(rmq_kw_writer_t *w, int16_t version, const rmq_HeartbeatResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_HeartbeatResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_HeartbeatResponse_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported HeartbeatResponse version");
    dec_HeartbeatResponse(r, version, arena, out);
    return r->err;
}

int rmq_HeartbeatResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_HeartbeatResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_HeartbeatResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_HeartbeatResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_HeartbeatResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_HeartbeatResponse = {
    .name = "rmq_HeartbeatResponse_t",
    .size = sizeof(rmq_HeartbeatResponse_t),
    .fields = fields_HeartbeatResponse,
    .nfields = 2,
};

static void any_init_HeartbeatResponse(void *msg)
{
    rmq_HeartbeatResponse_init(msg);
}

static int any_decode_HeartbeatResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_HeartbeatResponse_decode(r, version, arena, out);
}

static int any_encode_HeartbeatResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_HeartbeatResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_HeartbeatResponse_desc = {
    .name = "HeartbeatResponse",
    .api_key = 12,
    .request = false,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_HeartbeatResponse,
    .init = any_init_HeartbeatResponse,
    .decode = any_decode_HeartbeatResponse,
    .encode = any_encode_HeartbeatResponse,
};

