/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/create_partitions.h"

/* ---- CreatePartitionsRequest (CreatePartitionsRequest.json, versions 0-3, flexible 2+) ---- */

static void dec_CreatePartitionsRequest_CreatePartitionsAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *out);
static void enc_CreatePartitionsRequest_CreatePartitionsAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *in);
static void dec_CreatePartitionsRequest_CreatePartitionsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *out);
static void enc_CreatePartitionsRequest_CreatePartitionsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *in);
static void dec_CreatePartitionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_t *out);
static void enc_CreatePartitionsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_t *in);

void rmq_CreatePartitionsRequest_CreatePartitionsAssignment_init(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_CreatePartitionsRequest_CreatePartitionsTopic_init(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_CreatePartitionsRequest_init(rmq_CreatePartitionsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_CreatePartitionsRequest_CreatePartitionsAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreatePartitionsRequest_CreatePartitionsAssignment_init(out);
    {
        int32_t n_broker_ids = rmq_kw_read_array_len(r, version >= 2, false, 4);
        out->broker_ids_count = n_broker_ids;
        out->broker_ids = rmq_kw_array_alloc(r, arena, n_broker_ids, sizeof(*out->broker_ids));
        for (int32_t i = 0; i < n_broker_ids && !(r)->err; i++)
            out->broker_ids[i] = rmq_kw_read_int32(r);
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

static void enc_CreatePartitionsRequest_CreatePartitionsAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->broker_ids_count, version >= 2, false);
    if (in->broker_ids_count > 0 && !in->broker_ids)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Assignments[].BrokerIds: count without items");
    else
        for (int32_t i = 0; i < in->broker_ids_count; i++)
            rmq_kw_write_int32(w, in->broker_ids[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreatePartitionsRequest_CreatePartitionsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreatePartitionsRequest_CreatePartitionsTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 2, false);
    out->count = rmq_kw_read_int32(r);
    {
        int32_t n_assignments = rmq_kw_read_array_len(r, version >= 2, true, 2);
        out->assignments_count = n_assignments;
        out->assignments = rmq_kw_array_alloc(r, arena, n_assignments, sizeof(*out->assignments));
        for (int32_t i = 0; i < n_assignments && !(r)->err; i++)
            dec_CreatePartitionsRequest_CreatePartitionsAssignment(r, version, arena, &out->assignments[i]);
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

static void enc_CreatePartitionsRequest_CreatePartitionsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_CreatePartitionsTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 2, false);
    rmq_kw_write_int32(w, in->count);
    rmq_kw_write_array_len(w, in->assignments_count, version >= 2, true);
    if (in->assignments_count > 0 && !in->assignments)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Assignments: count without items");
    else
        for (int32_t i = 0; i < in->assignments_count; i++)
            enc_CreatePartitionsRequest_CreatePartitionsAssignment(w, version, &in->assignments[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreatePartitionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreatePartitionsRequest_init(out);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 2, false, 7);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_CreatePartitionsRequest_CreatePartitionsTopic(r, version, arena, &out->topics[i]);
    }
    out->timeout_ms = rmq_kw_read_int32(r);
    out->validate_only = rmq_kw_read_bool(r);
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

static void enc_CreatePartitionsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->topics_count, version >= 2, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_CreatePartitionsRequest_CreatePartitionsTopic(w, version, &in->topics[i]);
    rmq_kw_write_int32(w, in->timeout_ms);
    rmq_kw_write_bool(w, in->validate_only);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreatePartitionsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsRequest_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreatePartitionsRequest version");
    dec_CreatePartitionsRequest(r, version, arena, out);
    return r->err;
}

int rmq_CreatePartitionsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreatePartitionsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreatePartitionsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreatePartitionsRequest_CreatePartitionsAssignment[] = {
    {.name = "broker_ids", .kafka_name = "BrokerIds", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t, broker_ids), .count_offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t, broker_ids_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreatePartitionsRequest_CreatePartitionsAssignment = {
    .name = "rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t",
    .size = sizeof(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t),
    .fields = fields_CreatePartitionsRequest_CreatePartitionsAssignment,
    .nfields = 1,
};

static const rmq_kfield_desc_t fields_CreatePartitionsRequest_CreatePartitionsTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "count", .kafka_name = "Count", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t, count), .def_null = false, .def_int = INT64_C(0)},
    {.name = "assignments", .kafka_name = "Assignments", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t, assignments), .count_offset = offsetof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t, assignments_count), .item_size = sizeof(rmq_CreatePartitionsRequest_CreatePartitionsAssignment_t), .sub = &desc_CreatePartitionsRequest_CreatePartitionsAssignment, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreatePartitionsRequest_CreatePartitionsTopic = {
    .name = "rmq_CreatePartitionsRequest_CreatePartitionsTopic_t",
    .size = sizeof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t),
    .fields = fields_CreatePartitionsRequest_CreatePartitionsTopic,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_CreatePartitionsRequest[] = {
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_t, topics), .count_offset = offsetof(rmq_CreatePartitionsRequest_t, topics_count), .item_size = sizeof(rmq_CreatePartitionsRequest_CreatePartitionsTopic_t), .sub = &desc_CreatePartitionsRequest_CreatePartitionsTopic, .def_null = false},
    {.name = "timeout_ms", .kafka_name = "TimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "validate_only", .kafka_name = "ValidateOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsRequest_t, validate_only), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_CreatePartitionsRequest = {
    .name = "rmq_CreatePartitionsRequest_t",
    .size = sizeof(rmq_CreatePartitionsRequest_t),
    .fields = fields_CreatePartitionsRequest,
    .nfields = 3,
};

static void any_init_CreatePartitionsRequest(void *msg)
{
    rmq_CreatePartitionsRequest_init(msg);
}

static int any_decode_CreatePartitionsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreatePartitionsRequest_decode(r, version, arena, out);
}

static int any_encode_CreatePartitionsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreatePartitionsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreatePartitionsRequest_desc = {
    .name = "CreatePartitionsRequest",
    .api_key = 37,
    .request = true,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_CreatePartitionsRequest,
    .init = any_init_CreatePartitionsRequest,
    .decode = any_decode_CreatePartitionsRequest,
    .encode = any_encode_CreatePartitionsRequest,
};

/* ---- CreatePartitionsResponse (CreatePartitionsResponse.json, versions 0-3, flexible 2+) ---- */

static void dec_CreatePartitionsResponse_CreatePartitionsTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *out);
static void enc_CreatePartitionsResponse_CreatePartitionsTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *in);
static void dec_CreatePartitionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_t *out);
static void enc_CreatePartitionsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsResponse_t *in);

void rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_init(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_CreatePartitionsResponse_init(rmq_CreatePartitionsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_CreatePartitionsResponse_CreatePartitionsTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_init(out);
    out->name = rmq_kw_read_str(r, version >= 2, false);
    out->error_code = rmq_kw_read_int16(r);
    out->error_message = rmq_kw_read_str(r, version >= 2, true);
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

static void enc_CreatePartitionsResponse_CreatePartitionsTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 2, false);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->error_message, version >= 2, true);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreatePartitionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreatePartitionsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_results = rmq_kw_read_array_len(r, version >= 2, false, 5);
        out->results_count = n_results;
        out->results = rmq_kw_array_alloc(r, arena, n_results, sizeof(*out->results));
        for (int32_t i = 0; i < n_results && !(r)->err; i++)
            dec_CreatePartitionsResponse_CreatePartitionsTopicResult(r, version, arena, &out->results[i]);
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

static void enc_CreatePartitionsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreatePartitionsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->results_count, version >= 2, false);
    if (in->results_count > 0 && !in->results)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Results: count without items");
    else
        for (int32_t i = 0; i < in->results_count; i++)
            enc_CreatePartitionsResponse_CreatePartitionsTopicResult(w, version, &in->results[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreatePartitionsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreatePartitionsResponse_t *out)
{
    if (version < 0 || version > 3)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreatePartitionsResponse version");
    dec_CreatePartitionsResponse(r, version, arena, out);
    return r->err;
}

int rmq_CreatePartitionsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreatePartitionsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 3)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreatePartitionsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreatePartitionsResponse_CreatePartitionsTopicResult[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t, name), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 0, .null_hi = 3, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t, error_message), .def_null = true},
};
static const rmq_kstruct_desc_t desc_CreatePartitionsResponse_CreatePartitionsTopicResult = {
    .name = "rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t",
    .size = sizeof(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t),
    .fields = fields_CreatePartitionsResponse_CreatePartitionsTopicResult,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_CreatePartitionsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "results", .kafka_name = "Results", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 3, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_CreatePartitionsResponse_t, results), .count_offset = offsetof(rmq_CreatePartitionsResponse_t, results_count), .item_size = sizeof(rmq_CreatePartitionsResponse_CreatePartitionsTopicResult_t), .sub = &desc_CreatePartitionsResponse_CreatePartitionsTopicResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreatePartitionsResponse = {
    .name = "rmq_CreatePartitionsResponse_t",
    .size = sizeof(rmq_CreatePartitionsResponse_t),
    .fields = fields_CreatePartitionsResponse,
    .nfields = 2,
};

static void any_init_CreatePartitionsResponse(void *msg)
{
    rmq_CreatePartitionsResponse_init(msg);
}

static int any_decode_CreatePartitionsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreatePartitionsResponse_decode(r, version, arena, out);
}

static int any_encode_CreatePartitionsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreatePartitionsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreatePartitionsResponse_desc = {
    .name = "CreatePartitionsResponse",
    .api_key = 37,
    .request = false,
    .min_version = 0,
    .max_version = 3,
    .flex_lo = 2,
    .root = &desc_CreatePartitionsResponse,
    .init = any_init_CreatePartitionsResponse,
    .decode = any_decode_CreatePartitionsResponse,
    .encode = any_encode_CreatePartitionsResponse,
};

