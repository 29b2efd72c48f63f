/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/headers.h"

/* ---- RequestHeader (RequestHeader.json, versions 0-2, flexible 2+) ---- */

static void dec_RequestHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_RequestHeader_t *out);
static void enc_RequestHeader(rmq_kw_writer_t *w, int16_t version, const rmq_RequestHeader_t *in);

void rmq_RequestHeader_init(rmq_RequestHeader_t *v)
{
    memset(v, 0, sizeof(*v));
    v->client_id = RMQ_KW_STR_LIT("");
}

static void dec_RequestHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_RequestHeader_t *out)
{
    (void)version;
    (void)arena;
    rmq_RequestHeader_init(out);
    out->request_api_key = rmq_kw_read_int16(r);
    out->request_api_version = rmq_kw_read_int16(r);
    out->correlation_id = rmq_kw_read_int32(r);
    if (version >= 1) {
        out->client_id = rmq_kw_read_str(r, false, true);
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

static void enc_RequestHeader(rmq_kw_writer_t *w, int16_t version, const rmq_RequestHeader_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->request_api_key);
    rmq_kw_write_int16(w, in->request_api_version);
    rmq_kw_write_int32(w, in->correlation_id);
    if (version >= 1) {
        rmq_kw_write_str(w, in->client_id, false, true);
    }
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_RequestHeader_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_RequestHeader_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported RequestHeader version");
    dec_RequestHeader(r, version, arena, out);
    return r->err;
}

int rmq_RequestHeader_encode(rmq_wbuf_t *wb, int16_t version, const rmq_RequestHeader_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_RequestHeader(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_RequestHeader[] = {
    {.name = "request_api_key", .kafka_name = "RequestApiKey", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_RequestHeader_t, request_api_key), .def_null = false, .def_int = INT64_C(0)},
    {.name = "request_api_version", .kafka_name = "RequestApiVersion", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_RequestHeader_t, request_api_version), .def_null = false, .def_int = INT64_C(0)},
    {.name = "correlation_id", .kafka_name = "CorrelationId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_RequestHeader_t, correlation_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "client_id", .kafka_name = "ClientId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 2, .null_lo = 1, .null_hi = 2, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_RequestHeader_t, client_id), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_RequestHeader = {
    .name = "rmq_RequestHeader_t",
    .size = sizeof(rmq_RequestHeader_t),
    .fields = fields_RequestHeader,
    .nfields = 4,
};

static void any_init_RequestHeader(void *msg)
{
    rmq_RequestHeader_init(msg);
}

static int any_decode_RequestHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_RequestHeader_decode(r, version, arena, out);
}

static int any_encode_RequestHeader(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_RequestHeader_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_RequestHeader_desc = {
    .name = "RequestHeader",
    .api_key = -1,
    .request = true,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_RequestHeader,
    .init = any_init_RequestHeader,
    .decode = any_decode_RequestHeader,
    .encode = any_encode_RequestHeader,
};

/* ---- ResponseHeader (ResponseHeader.json, versions 0-1, flexible 1+) ---- */

static void dec_ResponseHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ResponseHeader_t *out);
static void enc_ResponseHeader(rmq_kw_writer_t *w, int16_t version, const rmq_ResponseHeader_t *in);

void rmq_ResponseHeader_init(rmq_ResponseHeader_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ResponseHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ResponseHeader_t *out)
{
    (void)version;
    (void)arena;
    rmq_ResponseHeader_init(out);
    out->correlation_id = rmq_kw_read_int32(r);
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

static void enc_ResponseHeader(rmq_kw_writer_t *w, int16_t version, const rmq_ResponseHeader_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->correlation_id);
    if (version >= 1) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ResponseHeader_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ResponseHeader_t *out)
{
    if (version < 0 || version > 1)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ResponseHeader version");
    dec_ResponseHeader(r, version, arena, out);
    return r->err;
}

int rmq_ResponseHeader_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ResponseHeader_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 1)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ResponseHeader(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ResponseHeader[] = {
    {.name = "correlation_id", .kafka_name = "CorrelationId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 1, .tag = 0, .offset = offsetof(rmq_ResponseHeader_t, correlation_id), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_ResponseHeader = {
    .name = "rmq_ResponseHeader_t",
    .size = sizeof(rmq_ResponseHeader_t),
    .fields = fields_ResponseHeader,
    .nfields = 1,
};

static void any_init_ResponseHeader(void *msg)
{
    rmq_ResponseHeader_init(msg);
}

static int any_decode_ResponseHeader(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ResponseHeader_decode(r, version, arena, out);
}

static int any_encode_ResponseHeader(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ResponseHeader_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ResponseHeader_desc = {
    .name = "ResponseHeader",
    .api_key = -1,
    .request = false,
    .min_version = 0,
    .max_version = 1,
    .flex_lo = 1,
    .root = &desc_ResponseHeader,
    .init = any_init_ResponseHeader,
    .decode = any_decode_ResponseHeader,
    .encode = any_encode_ResponseHeader,
};

