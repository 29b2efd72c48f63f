/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/alter_user_scram_credentials.h"

/* ---- AlterUserScramCredentialsRequest (AlterUserScramCredentialsRequest.json, versions 0, flexible 0+) ---- */

static void dec_AlterUserScramCredentialsRequest_ScramCredentialDeletion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t *out);
static void enc_AlterUserScramCredentialsRequest_ScramCredentialDeletion(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t *in);
static void dec_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t *out);
static void enc_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t *in);
static void dec_AlterUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_t *out);
static void enc_AlterUserScramCredentialsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_t *in);

void rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_init(rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_init(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->salt = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
    v->salted_password = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

void rmq_AlterUserScramCredentialsRequest_init(rmq_AlterUserScramCredentialsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_AlterUserScramCredentialsRequest_ScramCredentialDeletion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    out->mechanism = rmq_kw_read_int8(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_AlterUserScramCredentialsRequest_ScramCredentialDeletion(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_int8(w, in->mechanism);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    out->mechanism = rmq_kw_read_int8(r);
    out->iterations = rmq_kw_read_int32(r);
    out->salt = rmq_kw_read_bytes(r, true, false);
    out->salted_password = rmq_kw_read_bytes(r, true, false);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_int8(w, in->mechanism);
    rmq_kw_write_int32(w, in->iterations);
    rmq_kw_write_bytes(w, in->salt, true, false);
    rmq_kw_write_bytes(w, in->salted_password, true, false);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_AlterUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterUserScramCredentialsRequest_init(out);
    {
        int32_t n_deletions = rmq_kw_read_array_len(r, true, false, 3);
        out->deletions_count = n_deletions;
        out->deletions = rmq_kw_array_alloc(r, arena, n_deletions, sizeof(*out->deletions));
        for (int32_t i = 0; i < n_deletions && !(r)->err; i++)
            dec_AlterUserScramCredentialsRequest_ScramCredentialDeletion(r, version, arena, &out->deletions[i]);
    }
    {
        int32_t n_upsertions = rmq_kw_read_array_len(r, true, false, 9);
        out->upsertions_count = n_upsertions;
        out->upsertions = rmq_kw_array_alloc(r, arena, n_upsertions, sizeof(*out->upsertions));
        for (int32_t i = 0; i < n_upsertions && !(r)->err; i++)
            dec_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(r, version, arena, &out->upsertions[i]);
    }
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_AlterUserScramCredentialsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->deletions_count, true, false);
    if (in->deletions_count > 0 && !in->deletions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Deletions: count without items");
    else
        for (int32_t i = 0; i < in->deletions_count; i++)
            enc_AlterUserScramCredentialsRequest_ScramCredentialDeletion(w, version, &in->deletions[i]);
    rmq_kw_write_array_len(w, in->upsertions_count, true, false);
    if (in->upsertions_count > 0 && !in->upsertions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Upsertions: count without items");
    else
        for (int32_t i = 0; i < in->upsertions_count; i++)
            enc_AlterUserScramCredentialsRequest_ScramCredentialUpsertion(w, version, &in->upsertions[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_AlterUserScramCredentialsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsRequest_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported AlterUserScramCredentialsRequest version");
    dec_AlterUserScramCredentialsRequest(r, version, arena, out);
    return r->err;
}

int rmq_AlterUserScramCredentialsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterUserScramCredentialsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_AlterUserScramCredentialsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_AlterUserScramCredentialsRequest_ScramCredentialDeletion[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t, name), .def_null = false, .def_str = ""},
    {.name = "mechanism", .kafka_name = "Mechanism", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t, mechanism), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_AlterUserScramCredentialsRequest_ScramCredentialDeletion = {
    .name = "rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t",
    .size = sizeof(rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t),
    .fields = fields_AlterUserScramCredentialsRequest_ScramCredentialDeletion,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_AlterUserScramCredentialsRequest_ScramCredentialUpsertion[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t, name), .def_null = false, .def_str = ""},
    {.name = "mechanism", .kafka_name = "Mechanism", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t, mechanism), .def_null = false, .def_int = INT64_C(0)},
    {.name = "iterations", .kafka_name = "Iterations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t, iterations), .def_null = false, .def_int = INT64_C(0)},
    {.name = "salt", .kafka_name = "Salt", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t, salt), .def_null = false},
    {.name = "salted_password", .kafka_name = "SaltedPassword", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t, salted_password), .def_null = false},
};
static const rmq_kstruct_desc_t desc_AlterUserScramCredentialsRequest_ScramCredentialUpsertion = {
    .name = "rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t",
    .size = sizeof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t),
    .fields = fields_AlterUserScramCredentialsRequest_ScramCredentialUpsertion,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_AlterUserScramCredentialsRequest[] = {
    {.name = "deletions", .kafka_name = "Deletions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_t, deletions), .count_offset = offsetof(rmq_AlterUserScramCredentialsRequest_t, deletions_count), .item_size = sizeof(rmq_AlterUserScramCredentialsRequest_ScramCredentialDeletion_t), .sub = &desc_AlterUserScramCredentialsRequest_ScramCredentialDeletion, .def_null = false},
    {.name = "upsertions", .kafka_name = "Upsertions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsRequest_t, upsertions), .count_offset = offsetof(rmq_AlterUserScramCredentialsRequest_t, upsertions_count), .item_size = sizeof(rmq_AlterUserScramCredentialsRequest_ScramCredentialUpsertion_t), .sub = &desc_AlterUserScramCredentialsRequest_ScramCredentialUpsertion, .def_null = false},
};
static const rmq_kstruct_desc_t desc_AlterUserScramCredentialsRequest = {
    .name = "rmq_AlterUserScramCredentialsRequest_t",
    .size = sizeof(rmq_AlterUserScramCredentialsRequest_t),
    .fields = fields_AlterUserScramCredentialsRequest,
    .nfields = 2,
};

static void any_init_AlterUserScramCredentialsRequest(void *msg)
{
    rmq_AlterUserScramCredentialsRequest_init(msg);
}

static int any_decode_AlterUserScramCredentialsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_AlterUserScramCredentialsRequest_decode(r, version, arena, out);
}

static int any_encode_AlterUserScramCredentialsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_AlterUserScramCredentialsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_AlterUserScramCredentialsRequest_desc = {
    .name = "AlterUserScramCredentialsRequest",
    .api_key = 51,
    .request = true,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 0,
    .root = &desc_AlterUserScramCredentialsRequest,
    .init = any_init_AlterUserScramCredentialsRequest,
    .decode = any_decode_AlterUserScramCredentialsRequest,
    .encode = any_encode_AlterUserScramCredentialsRequest,
};

/* ---- AlterUserScramCredentialsResponse (AlterUserScramCredentialsResponse.json, versions 0, flexible 0+) ---- */

static void dec_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t *out);
static void enc_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t *in);
static void dec_AlterUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsResponse_t *out);
static void enc_AlterUserScramCredentialsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsResponse_t *in);

void rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_init(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->user = RMQ_KW_STR_LIT("");
    v->error_message = RMQ_KW_STR_LIT("");
}

void rmq_AlterUserScramCredentialsResponse_init(rmq_AlterUserScramCredentialsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_init(out);
    out->user = rmq_kw_read_str(r, true, false);
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

static void enc_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->user, true, false);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, true, true);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_AlterUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_AlterUserScramCredentialsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_results = rmq_kw_read_array_len(r, true, false, 5);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(r, version, arena, &out->results[i]);
    }
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_AlterUserScramCredentialsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_AlterUserScramCredentialsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->results_count, true, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult(w, version, &in->results[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

int rmq_AlterUserScramCredentialsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_AlterUserScramCredentialsResponse_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported AlterUserScramCredentialsResponse version");
    dec_AlterUserScramCredentialsResponse(r, version, arena, out);
    return r->err;
}

int rmq_AlterUserScramCredentialsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_AlterUserScramCredentialsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_AlterUserScramCredentialsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult[] = {
    {.name = "user", .kafka_name = "User", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t, user), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 0, .null_hi = 0, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t, error_message), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult = {
    .name = "rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t",
    .size = sizeof(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t),
    .fields = fields_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_AlterUserScramCredentialsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 0, .tag = 0, .offset = offsetof(rmq_AlterUserScramCredentialsResponse_t, results), .count_offset = offsetof(rmq_AlterUserScramCredentialsResponse_t, results_count), .item_size = sizeof(rmq_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult_t), .sub = &desc_AlterUserScramCredentialsResponse_AlterUserScramCredentialsResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_AlterUserScramCredentialsResponse = {
    .name = "rmq_AlterUserScramCredentialsResponse_t",
    .size = sizeof(rmq_AlterUserScramCredentialsResponse_t),
    .fields = fields_AlterUserScramCredentialsResponse,
    .nfields = 2,
};

static void any_init_AlterUserScramCredentialsResponse(void *msg)
{
    rmq_AlterUserScramCredentialsResponse_init(msg);
}

static int any_decode_AlterUserScramCredentialsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_AlterUserScramCredentialsResponse_decode(r, version, arena, out);
}

static int any_encode_AlterUserScramCredentialsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_AlterUserScramCredentialsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_AlterUserScramCredentialsResponse_desc = {
    .name = "AlterUserScramCredentialsResponse",
    .api_key = 51,
    .request = false,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 0,
    .root = &desc_AlterUserScramCredentialsResponse,
    .init = any_init_AlterUserScramCredentialsResponse,
    .decode = any_decode_AlterUserScramCredentialsResponse,
    .encode = any_encode_AlterUserScramCredentialsResponse,
};

