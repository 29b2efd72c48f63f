/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/delete_topics.h"

/* ---- DeleteTopicsRequest (DeleteTopicsRequest.json, versions 0-6, flexible 4+) ---- */

static void dec_DeleteTopicsRequest_DeleteTopicState(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_DeleteTopicState_t *out);
static void enc_DeleteTopicsRequest_DeleteTopicState(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsRequest_DeleteTopicState_t *in);
static void dec_DeleteTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_t *out);
static void enc_DeleteTopicsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsRequest_t *in);

void rmq_DeleteTopicsRequest_DeleteTopicState_init(rmq_DeleteTopicsRequest_DeleteTopicState_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_DeleteTopicsRequest_init(rmq_DeleteTopicsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteTopicsRequest_DeleteTopicState(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_DeleteTopicState_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteTopicsRequest_DeleteTopicState_init(out);
    out->name = rmq_kw_read_str(r, true, true);
    out->topic_id = rmq_kw_read_uuid(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_DeleteTopicsRequest_DeleteTopicState(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsRequest_DeleteTopicState_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, true);
    rmq_kw_write_uuid(w, &in->topic_id);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_DeleteTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteTopicsRequest_init(out);
    if (version >= 6) {
        {
            int32_t n_topics = rmq_kw_read_array_len(r, true, false, 18);
            out->topics_count = n_topics;
            out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
            for (int32_t i = 0; i < n_topics && !(r)->err; i++)
                dec_DeleteTopicsRequest_DeleteTopicState(r, version, arena, &out->topics[i]);
        }
    }
    if (version <= 5) {
        {
            int32_t n_topic_names = rmq_kw_read_array_len(r, version >= 4, false, 1);
            out->topic_names_count = n_topic_names;
            out->topic_names = rmq_kw_array_alloc(r, arena, n_topic_names, sizeof(*out->topic_names));
            for (int32_t i = 0; i < n_topic_names && !(r)->err; i++)
                out->topic_names[i] = rmq_kw_read_str(r, version >= 4, false);
        }
    }
    out->timeout_ms = rmq_kw_read_int32(r);
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

static void enc_DeleteTopicsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsRequest_t *in)
{
    (void)version;
    (void)in;
    if (version >= 6) {
        rmq_kw_write_array_len(w, in->topics_count, true, false);
        if (in->topics_count > 0 && !in->topics)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
        else
            for (int32_t i = 0; i < in->topics_count; i++)
                enc_DeleteTopicsRequest_DeleteTopicState(w, version, &in->topics[i]);
    }
    if (version <= 5) {
        rmq_kw_write_array_len(w, in->topic_names_count, version >= 4, false);
        if (in->topic_names_count > 0 && !in->topic_names)
            rmq_kw_write_fail(w, RMQ_EINVAL, "TopicNames: count without items");
        else
            for (int32_t i = 0; i < in->topic_names_count; i++)
                rmq_kw_write_str(w, in->topic_names[i], version >= 4, false);
    }
    rmq_kw_write_int32(w, in->timeout_ms);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteTopicsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsRequest_t *out)
{
    if (version < 0 || version > 6)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteTopicsRequest version");
    dec_DeleteTopicsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DeleteTopicsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteTopicsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 6)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteTopicsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteTopicsRequest_DeleteTopicState[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 6, .ver_hi = 6, .null_lo = 6, .null_hi = 6, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsRequest_DeleteTopicState_t, name), .def_null = true},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 6, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsRequest_DeleteTopicState_t, topic_id), .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteTopicsRequest_DeleteTopicState = {
    .name = "rmq_DeleteTopicsRequest_DeleteTopicState_t",
    .size = sizeof(rmq_DeleteTopicsRequest_DeleteTopicState_t),
    .fields = fields_DeleteTopicsRequest_DeleteTopicState,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DeleteTopicsRequest[] = {
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 6, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsRequest_t, topics), .count_offset = offsetof(rmq_DeleteTopicsRequest_t, topics_count), .item_size = sizeof(rmq_DeleteTopicsRequest_DeleteTopicState_t), .sub = &desc_DeleteTopicsRequest_DeleteTopicState, .def_null = false},
    {.name = "topic_names", .kafka_name = "TopicNames", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsRequest_t, topic_names), .count_offset = offsetof(rmq_DeleteTopicsRequest_t, topic_names_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
    {.name = "timeout_ms", .kafka_name = "TimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteTopicsRequest = {
    .name = "rmq_DeleteTopicsRequest_t",
    .size = sizeof(rmq_DeleteTopicsRequest_t),
    .fields = fields_DeleteTopicsRequest,
    .nfields = 3,
};

static void any_init_DeleteTopicsRequest(void *msg)
{
    rmq_DeleteTopicsRequest_init(msg);
}

static int any_decode_DeleteTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteTopicsRequest_decode(r, version, arena, out);
}

static int any_encode_DeleteTopicsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteTopicsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteTopicsRequest_desc = {
    .name = "DeleteTopicsRequest",
    .api_key = 20,
    .request = true,
    .min_version = 0,
    .max_version = 6,
    .flex_lo = 4,
    .root = &desc_DeleteTopicsRequest,
    .init = any_init_DeleteTopicsRequest,
    .decode = any_decode_DeleteTopicsRequest,
    .encode = any_encode_DeleteTopicsRequest,
};

/* ---- DeleteTopicsResponse (DeleteTopicsResponse.json, versions 0-6, flexible 4+) ---- */

static void dec_DeleteTopicsResponse_DeletableTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_DeletableTopicResult_t *out);
static void enc_DeleteTopicsResponse_DeletableTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsResponse_DeletableTopicResult_t *in);
static void dec_DeleteTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_t *out);
static void enc_DeleteTopicsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsResponse_t *in);

void rmq_DeleteTopicsResponse_DeletableTopicResult_init(rmq_DeleteTopicsResponse_DeletableTopicResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_DeleteTopicsResponse_init(rmq_DeleteTopicsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteTopicsResponse_DeletableTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_DeletableTopicResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteTopicsResponse_DeletableTopicResult_init(out);
    out->name = rmq_kw_read_str(r, version >= 4, version >= 6);
    if (version >= 6) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    if (version >= 5) {
        out->error_message = rmq_kw_read_str(r, true, true);
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

static void enc_DeleteTopicsResponse_DeletableTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsResponse_DeletableTopicResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 4, version >= 6);
    if (version >= 6) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 5) {
        rmq_kw_write_str(w, in->error_message, true, true);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteTopicsResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_responses = rmq_kw_read_array_len(r, version >= 4, false, 4);
        out->responses_count = n_responses;
        out->responses = rmq_kw_array_alloc(r, arena, n_responses, sizeof(*out->responses));
        for (int32_t i = 0; i < n_responses && !(r)->err; i++)
            dec_DeleteTopicsResponse_DeletableTopicResult(r, version, arena, &out->responses[i]);
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

static void enc_DeleteTopicsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteTopicsResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->responses_count, version >= 4, false);
    if (in->responses_count > 0 && !in->responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses: count without items");
    else
        for (int32_t i = 0; i < in->responses_count; i++)
            enc_DeleteTopicsResponse_DeletableTopicResult(w, version, &in->responses[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteTopicsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteTopicsResponse_t *out)
{
    if (version < 0 || version > 6)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteTopicsResponse version");
    dec_DeleteTopicsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DeleteTopicsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteTopicsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 6)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteTopicsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteTopicsResponse_DeletableTopicResult[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 6, .null_lo = 6, .null_hi = 6, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_DeletableTopicResult_t, name), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 6, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_DeletableTopicResult_t, topic_id), .def_null = false},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_DeletableTopicResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 6, .null_lo = 5, .null_hi = 6, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_DeletableTopicResult_t, error_message), .def_null = true},
};
static const rmq_kstruct_desc_t desc_DeleteTopicsResponse_DeletableTopicResult = {
    .name = "rmq_DeleteTopicsResponse_DeletableTopicResult_t",
    .size = sizeof(rmq_DeleteTopicsResponse_DeletableTopicResult_t),
    .fields = fields_DeleteTopicsResponse_DeletableTopicResult,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_DeleteTopicsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "responses", .kafka_name = "Responses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 6, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_DeleteTopicsResponse_t, responses), .count_offset = offsetof(rmq_DeleteTopicsResponse_t, responses_count), .item_size = sizeof(rmq_DeleteTopicsResponse_DeletableTopicResult_t), .sub = &desc_DeleteTopicsResponse_DeletableTopicResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteTopicsResponse = {
    .name = "rmq_DeleteTopicsResponse_t",
    .size = sizeof(rmq_DeleteTopicsResponse_t),
    .fields = fields_DeleteTopicsResponse,
    .nfields = 2,
};

static void any_init_DeleteTopicsResponse(void *msg)
{
    rmq_DeleteTopicsResponse_init(msg);
}

static int any_decode_DeleteTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteTopicsResponse_decode(r, version, arena, out);
}

static int any_encode_DeleteTopicsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteTopicsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteTopicsResponse_desc = {
    .name = "DeleteTopicsResponse",
    .api_key = 20,
    .request = false,
    .min_version = 0,
    .max_version = 6,
    .flex_lo = 4,
    .root = &desc_DeleteTopicsResponse,
    .init = any_init_DeleteTopicsResponse,
    .decode = any_decode_DeleteTopicsResponse,
    .encode = any_encode_DeleteTopicsResponse,
};

