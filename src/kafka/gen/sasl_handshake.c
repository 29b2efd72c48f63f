/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/sasl_handshake.h"

/* ---- SaslHandshakeRequest (SaslHandshakeRequest.json, versions 0-1, flexible none) ---- */

static void dec_SaslHandshakeRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeRequest_t *out);
static void enc_SaslHandshakeRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SaslHandshakeRequest_t *in);

void rmq_SaslHandshakeRequest_init(rmq_SaslHandshakeRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->mechanism = RMQ_KW_STR_LIT("");
}

static void dec_SaslHandshakeRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_SaslHandshakeRequest_init(out);
    out->mechanism = rmq_kw_read_str(r, false, false);
}

static void enc_SaslHandshakeRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SaslHandshakeRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->mechanism, false, false);
}

int rmq_SaslHandshakeRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeRequest_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SaslHandshakeRequest version");
    dec_SaslHandshakeRequest(r, version, arena, out);
    return r->err;
}

int rmq_SaslHandshakeRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslHandshakeRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SaslHandshakeRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SaslHandshakeRequest[] = {
    {.name = "mechanism", .kafka_name = "Mechanism", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_SaslHandshakeRequest_t, mechanism), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_SaslHandshakeRequest = {
    .name = "rmq_SaslHandshakeRequest_t",
    .size = sizeof(rmq_SaslHandshakeRequest_t),
    .fields = fields_SaslHandshakeRequest,
    .nfields = 1,
};

static void any_init_SaslHandshakeRequest(void *msg)
{
    rmq_SaslHandshakeRequest_init(msg);
}

static int any_decode_SaslHandshakeRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SaslHandshakeRequest_decode(r, version, arena, out);
}

static int any_encode_SaslHandshakeRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SaslHandshakeRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SaslHandshakeRequest_desc = {
    .name = "SaslHandshakeRequest",
    .api_key = 17,
    .request = true,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 32767,
    .root = &desc_SaslHandshakeRequest,
    .init = any_init_SaslHandshakeRequest,
    .decode = any_decode_SaslHandshakeRequest,
    .encode = any_encode_SaslHandshakeRequest,
};

/* ---- SaslHandshakeResponse (SaslHandshakeResponse.json, versions 0-1, flexible none) ---- */

static void dec_SaslHandshakeResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeResponse_t *out);
static void enc_SaslHandshakeResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SaslHandshakeResponse_t *in);

void rmq_SaslHandshakeResponse_init(rmq_SaslHandshakeResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_SaslHandshakeResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_SaslHandshakeResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    {
        int32_t n_mechanisms = rmq_kw_read_array_len(r, false, false, 2);
        out->mechanisms_count = n_mechanisms;
        out->mechanisms = rmq_kw_array_alloc(r, arena, n_mechanisms, sizeof(*out->mechanisms));
        for (int32_t i = 0; i < n_mechanisms && !(r)->err; i++)
            out->mechanisms[i] = rmq_kw_read_str(r, false, false);
    }
}

static void enc_SaslHandshakeResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SaslHandshakeResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_array_len(w, in->mechanisms_count, false, false);
    if (in->mechanisms_count > 0 && !in->mechanisms)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Mechanisms: count without items");
    else
        for (int32_t i = 0; i < in->mechanisms_count; i++)
            rmq_kw_write_str(w, in->mechanisms[i], false, false);
}

int rmq_SaslHandshakeResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SaslHandshakeResponse_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SaslHandshakeResponse version");
    dec_SaslHandshakeResponse(r, version, arena, out);
    return r->err;
}

int rmq_SaslHandshakeResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SaslHandshakeResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SaslHandshakeResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SaslHandshakeResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_SaslHandshakeResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "mechanisms", .kafka_name = "Mechanisms", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_SaslHandshakeResponse_t, mechanisms), .count_offset = offsetof(rmq_SaslHandshakeResponse_t, mechanisms_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_SaslHandshakeResponse = {
    .name = "rmq_SaslHandshakeResponse_t",
    .size = sizeof(rmq_SaslHandshakeResponse_t),
    .fields = fields_SaslHandshakeResponse,
    .nfields = 2,
};

static void any_init_SaslHandshakeResponse(void *msg)
{
    rmq_SaslHandshakeResponse_init(msg);
}

static int any_decode_SaslHandshakeResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SaslHandshakeResponse_decode(r, version, arena, out);
}

static int any_encode_SaslHandshakeResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SaslHandshakeResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SaslHandshakeResponse_desc = {
    .name = "SaslHandshakeResponse",
    .api_key = 17,
    .request = false,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 32767,
    .root = &desc_SaslHandshakeResponse,
    .init = any_init_SaslHandshakeResponse,
    .decode = any_decode_SaslHandshakeResponse,
    .encode = any_encode_SaslHandshakeResponse,
};

