/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/sasl_authenticate.h"

/* ---- SaslAuthenticateRequest (SaslAuthenticateRequest.json, versions 0-2, flexible 2+) ---- */

static void dec_SaslAuthenticateRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateRequest_t *out);
static void enc_SaslAuthenticateRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SaslAuthenticateRequest_t *in);

void rmq_SaslAuthenticateRequest_init(rmq_SaslAuthenticateRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->auth_bytes = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

static void dec_SaslAuthenticateRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_SaslAuthenticateRequest_init(out);
    out->auth_bytes = rmq_kw_read_bytes(r, version >= 2, false);
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

static void enc_SaslAuthenticateRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SaslAuthenticateRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_bytes(w, in->auth_bytes, version >= 2, false);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_SaslAuthenticateRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateRequest_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SaslAuthenticateRequest version");
    dec_SaslAuthenticateRequest(r, version, arena, out);
    return r->err;
}

int rmq_SaslAuthenticateRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslAuthenticateRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SaslAuthenticateRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SaslAuthenticateRequest[] = {
    {.name = "auth_bytes", .kafka_name = "AuthBytes", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_SaslAuthenticateRequest_t, auth_bytes), .def_null = false},
};
static const rmq_kstruct_desc_t desc_SaslAuthenticateRequest = {
    .name = "rmq_SaslAuthenticateRequest_t",
    .size = sizeof(rmq_SaslAuthenticateRequest_t),
    .fields = fields_SaslAuthenticateRequest,
    .nfields = 1,
};

static void any_init_SaslAuthenticateRequest(void *msg)
{
    rmq_SaslAuthenticateRequest_init(msg);
}

static int any_decode_SaslAuthenticateRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SaslAuthenticateRequest_decode(r, version, arena, out);
}

static int any_encode_SaslAuthenticateRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SaslAuthenticateRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SaslAuthenticateRequest_desc = {
    .name = "SaslAuthenticateRequest",
    .api_key = 36,
    .request = true,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_SaslAuthenticateRequest,
    .init = any_init_SaslAuthenticateRequest,
    .decode = any_decode_SaslAuthenticateRequest,
    .encode = any_encode_SaslAuthenticateRequest,
};

/* ---- SaslAuthenticateResponse (SaslAuthenticateResponse.json, versions 0-2, flexible 2+) ---- */

static void dec_SaslAuthenticateResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateResponse_t *out);
static void enc_SaslAuthenticateResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SaslAuthenticateResponse_t *in);

void rmq_SaslAuthenticateResponse_init(rmq_SaslAuthenticateResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->error_message = RMQ_KW_STR_LIT("");
    v->auth_bytes = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

static void dec_SaslAuthenticateResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_SaslAuthenticateResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
    out->auth_bytes = rmq_kw_read_bytes(r, version >= 2, false);
    if (version >= 1) {
        out->session_lifetime_ms = rmq_kw_read_int64(r);
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

static void enc_SaslAuthenticateResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SaslAuthenticateResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    rmq_kw_write_bytes(w, in->auth_bytes, version >= 2, false);
    if (version >= 1) {
        rmq_kw_write_int64(w, in->session_lifetime_ms);
    }
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_SaslAuthenticateResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslAuthenticateResponse_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SaslAuthenticateResponse version");
    dec_SaslAuthenticateResponse(r, version, arena, out);
    return r->err;
}

int rmq_SaslAuthenticateResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslAuthenticateResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SaslAuthenticateResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SaslAuthenticateResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_SaslAuthenticateResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 0, .null_hi = 2, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_SaslAuthenticateResponse_t, error_message), .def_null = false, .def_str = ""},
    {.name = "auth_bytes", .kafka_name = "AuthBytes", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_SaslAuthenticateResponse_t, auth_bytes), .def_null = false},
    {.name = "session_lifetime_ms", .kafka_name = "SessionLifetimeMs", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 1, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_SaslAuthenticateResponse_t, session_lifetime_ms), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_SaslAuthenticateResponse = {
    .name = "rmq_SaslAuthenticateResponse_t",
    .size = sizeof(rmq_SaslAuthenticateResponse_t),
    .fields = fields_SaslAuthenticateResponse,
    .nfields = 4,
};

static void any_init_SaslAuthenticateResponse(void *msg)
{
    rmq_SaslAuthenticateResponse_init(msg);
}

static int any_decode_SaslAuthenticateResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SaslAuthenticateResponse_decode(r, version, arena, out);
}

static int any_encode_SaslAuthenticateResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SaslAuthenticateResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SaslAuthenticateResponse_desc = {
    .name = "SaslAuthenticateResponse",
    .api_key = 36,
    .request = false,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_SaslAuthenticateResponse,
    .init = any_init_SaslAuthenticateResponse,
    .decode = any_decode_SaslAuthenticateResponse,
    .encode = any_encode_SaslAuthenticateResponse,
};

