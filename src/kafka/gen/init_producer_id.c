/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/init_producer_id.h"

/* ---- InitProducerIdRequest (InitProducerIdRequest.json, versions 0-5, flexible 2+) ---- */

static void dec_InitProducerIdRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdRequest_t *out);
static void enc_InitProducerIdRequest(rmq_kw_writer_t *w, int16_t version, const rmq_InitProducerIdRequest_t *in);

void rmq_InitProducerIdRequest_init(rmq_InitProducerIdRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->transactional_id = RMQ_KW_STR_LIT("");
    v->producer_id = INT64_C(-1);
    v->producer_epoch = -1;
}

static void dec_InitProducerIdRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_InitProducerIdRequest_init(out);
    out->transactional_id = rmq_kw_read_str(r, version >= 2, true);
    out->transaction_timeout_ms = rmq_kw_read_int32(r);
    if (version >= 3) {
        out->producer_id = rmq_kw_read_int64(r);
    }
    if (version >= 3) {
        out->producer_epoch = rmq_kw_read_int16(r);
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

static void enc_InitProducerIdRequest(rmq_kw_writer_t *w, int16_t version, const rmq_InitProducerIdRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->transactional_id, version >= 2, true);
    rmq_kw_write_int32(w, in->transaction_timeout_ms);
    if (version >= 3) {
        rmq_kw_write_int64(w, in->producer_id);
    }
    if (version >= 3) {
        rmq_kw_write_int16(w, in->producer_epoch);
    }
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_InitProducerIdRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdRequest_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported InitProducerIdRequest version");
    dec_InitProducerIdRequest(r, version, arena, out);
    return r->err;
}

int rmq_InitProducerIdRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_InitProducerIdRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_InitProducerIdRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_InitProducerIdRequest[] = {
    {.name = "transactional_id", .kafka_name = "TransactionalId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 0, .null_hi = 5, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdRequest_t, transactional_id), .def_null = false, .def_str = ""},
    {.name = "transaction_timeout_ms", .kafka_name = "TransactionTimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdRequest_t, transaction_timeout_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "producer_id", .kafka_name = "ProducerId", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdRequest_t, producer_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "producer_epoch", .kafka_name = "ProducerEpoch", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdRequest_t, producer_epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_InitProducerIdRequest = {
    .name = "rmq_InitProducerIdRequest_t",
    .size = sizeof(rmq_InitProducerIdRequest_t),
    .fields = fields_InitProducerIdRequest,
    .nfields = 4,
};

static void any_init_InitProducerIdRequest(void *msg)
{
    rmq_InitProducerIdRequest_init(msg);
}

static int any_decode_InitProducerIdRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_InitProducerIdRequest_decode(r, version, arena, out);
}

static int any_encode_InitProducerIdRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_InitProducerIdRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_InitProducerIdRequest_desc = {
    .name = "InitProducerIdRequest",
    .api_key = 22,
    .request = true,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 2,
    .root = &desc_InitProducerIdRequest,
    .init = any_init_InitProducerIdRequest,
    .decode = any_decode_InitProducerIdRequest,
    .encode = any_encode_InitProducerIdRequest,
};

/* ---- InitProducerIdResponse (InitProducerIdResponse.json, versions 0-5, flexible 2+) ---- */

static void dec_InitProducerIdResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdResponse_t *out);
static void enc_InitProducerIdResponse(rmq_kw_writer_t *w, int16_t version, const rmq_InitProducerIdResponse_t *in);

void rmq_InitProducerIdResponse_init(rmq_InitProducerIdResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->producer_id = INT64_C(-1);
}

static void dec_InitProducerIdResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_InitProducerIdResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->producer_id = rmq_kw_read_int64(r);
    out->producer_epoch = rmq_kw_read_int16(r);
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

static void enc_InitProducerIdResponse(rmq_kw_writer_t *w, int16_t version, const rmq_InitProducerIdResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int64(w, in->producer_id);
    rmq_kw_write_int16(w, in->producer_epoch);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_InitProducerIdResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_InitProducerIdResponse_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported InitProducerIdResponse version");
    dec_InitProducerIdResponse(r, version, arena, out);
    return r->err;
}

int rmq_InitProducerIdResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_InitProducerIdResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_InitProducerIdResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_InitProducerIdResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "producer_id", .kafka_name = "ProducerId", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdResponse_t, producer_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "producer_epoch", .kafka_name = "ProducerEpoch", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_InitProducerIdResponse_t, producer_epoch), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_InitProducerIdResponse = {
    .name = "rmq_InitProducerIdResponse_t",
    .size = sizeof(rmq_InitProducerIdResponse_t),
    .fields = fields_InitProducerIdResponse,
    .nfields = 4,
};

static void any_init_InitProducerIdResponse(void *msg)
{
    rmq_InitProducerIdResponse_init(msg);
}

static int any_decode_InitProducerIdResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_InitProducerIdResponse_decode(r, version, arena, out);
}

static int any_encode_InitProducerIdResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_InitProducerIdResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_InitProducerIdResponse_desc = {
    .name = "InitProducerIdResponse",
    .api_key = 22,
    .request = false,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 2,
    .root = &desc_InitProducerIdResponse,
    .init = any_init_InitProducerIdResponse,
    .decode = any_decode_InitProducerIdResponse,
    .encode = any_encode_InitProducerIdResponse,
};

