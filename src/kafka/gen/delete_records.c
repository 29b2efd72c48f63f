/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/delete_records.h"

/* ---- DeleteRecordsRequest (DeleteRecordsRequest.json, versions 0-2, flexible 2+) ---- */

static void dec_DeleteRecordsRequest_DeleteRecordsPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *out);
static void enc_DeleteRecordsRequest_DeleteRecordsPartition(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *in);
static void dec_DeleteRecordsRequest_DeleteRecordsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *out);
static void enc_DeleteRecordsRequest_DeleteRecordsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *in);
static void dec_DeleteRecordsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_t *out);
static void enc_DeleteRecordsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_t *in);

void rmq_DeleteRecordsRequest_DeleteRecordsPartition_init(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_DeleteRecordsRequest_DeleteRecordsTopic_init(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_DeleteRecordsRequest_init(rmq_DeleteRecordsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteRecordsRequest_DeleteRecordsPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsRequest_DeleteRecordsPartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->offset = rmq_kw_read_int64(r);
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

static void enc_DeleteRecordsRequest_DeleteRecordsPartition(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_DeleteRecordsPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int64(w, in->offset);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteRecordsRequest_DeleteRecordsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsRequest_DeleteRecordsTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 2, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 2, false, 12);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_DeleteRecordsRequest_DeleteRecordsPartition(r, version, arena, &out->partitions[i]);
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

static void enc_DeleteRecordsRequest_DeleteRecordsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_DeleteRecordsTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 2, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 2, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_DeleteRecordsRequest_DeleteRecordsPartition(w, version, &in->partitions[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteRecordsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsRequest_init(out);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 2, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_DeleteRecordsRequest_DeleteRecordsTopic(r, version, arena, &out->topics[i]);
    }
    out->timeout_ms = rmq_kw_read_int32(r);
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

static void enc_DeleteRecordsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->topics_count, version >= 2, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_DeleteRecordsRequest_DeleteRecordsTopic(w, version, &in->topics[i]);
    rmq_kw_write_int32(w, in->timeout_ms);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteRecordsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsRequest_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteRecordsRequest version");
    dec_DeleteRecordsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DeleteRecordsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteRecordsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteRecordsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteRecordsRequest_DeleteRecordsPartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "offset", .kafka_name = "Offset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t, offset), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsRequest_DeleteRecordsPartition = {
    .name = "rmq_DeleteRecordsRequest_DeleteRecordsPartition_t",
    .size = sizeof(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t),
    .fields = fields_DeleteRecordsRequest_DeleteRecordsPartition,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DeleteRecordsRequest_DeleteRecordsTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t, partitions), .count_offset = offsetof(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t, partitions_count), .item_size = sizeof(rmq_DeleteRecordsRequest_DeleteRecordsPartition_t), .sub = &desc_DeleteRecordsRequest_DeleteRecordsPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsRequest_DeleteRecordsTopic = {
    .name = "rmq_DeleteRecordsRequest_DeleteRecordsTopic_t",
    .size = sizeof(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t),
    .fields = fields_DeleteRecordsRequest_DeleteRecordsTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DeleteRecordsRequest[] = {
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_t, topics), .count_offset = offsetof(rmq_DeleteRecordsRequest_t, topics_count), .item_size = sizeof(rmq_DeleteRecordsRequest_DeleteRecordsTopic_t), .sub = &desc_DeleteRecordsRequest_DeleteRecordsTopic, .def_null = false},
    {.name = "timeout_ms", .kafka_name = "TimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsRequest = {
    .name = "rmq_DeleteRecordsRequest_t",
    .size = sizeof(rmq_DeleteRecordsRequest_t),
    .fields = fields_DeleteRecordsRequest,
    .nfields = 2,
};

static void any_init_DeleteRecordsRequest(void *msg)
{
    rmq_DeleteRecordsRequest_init(msg);
}

static int any_decode_DeleteRecordsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteRecordsRequest_decode(r, version, arena, out);
}

static int any_encode_DeleteRecordsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteRecordsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteRecordsRequest_desc = {
    .name = "DeleteRecordsRequest",
    .api_key = 21,
    .request = true,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_DeleteRecordsRequest,
    .init = any_init_DeleteRecordsRequest,
    .decode = any_decode_DeleteRecordsRequest,
    .encode = any_encode_DeleteRecordsRequest,
};

/* ---- DeleteRecordsResponse (DeleteRecordsResponse.json, versions 0-2, flexible 2+) ---- */

static void dec_DeleteRecordsResponse_DeleteRecordsPartitionResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *out);
static void enc_DeleteRecordsResponse_DeleteRecordsPartitionResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *in);
static void dec_DeleteRecordsResponse_DeleteRecordsTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *out);
static void enc_DeleteRecordsResponse_DeleteRecordsTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *in);
static void dec_DeleteRecordsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_t *out);
static void enc_DeleteRecordsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_t *in);

void rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_init(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_init(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_DeleteRecordsResponse_init(rmq_DeleteRecordsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DeleteRecordsResponse_DeleteRecordsPartitionResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->low_watermark = rmq_kw_read_int64(r);
    out->error_code = rmq_kw_read_int16(r);
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

static void enc_DeleteRecordsResponse_DeleteRecordsPartitionResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int64(w, in->low_watermark);
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteRecordsResponse_DeleteRecordsTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_init(out);
    out->name = rmq_kw_read_str(r, version >= 2, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 2, false, 14);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_DeleteRecordsResponse_DeleteRecordsPartitionResult(r, version, arena, &out->partitions[i]);
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

static void enc_DeleteRecordsResponse_DeleteRecordsTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 2, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 2, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_DeleteRecordsResponse_DeleteRecordsPartitionResult(w, version, &in->partitions[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DeleteRecordsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DeleteRecordsResponse_init(out);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 2, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_DeleteRecordsResponse_DeleteRecordsTopicResult(r, version, arena, &out->topics[i]);
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

static void enc_DeleteRecordsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DeleteRecordsResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->topics_count, version >= 2, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_DeleteRecordsResponse_DeleteRecordsTopicResult(w, version, &in->topics[i]);
    if (version >= 2) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DeleteRecordsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DeleteRecordsResponse_t *out)
{
    if (version < 0 || version > 2)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DeleteRecordsResponse version");
    dec_DeleteRecordsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DeleteRecordsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DeleteRecordsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 2)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DeleteRecordsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DeleteRecordsResponse_DeleteRecordsPartitionResult[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "low_watermark", .kafka_name = "LowWatermark", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t, low_watermark), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsResponse_DeleteRecordsPartitionResult = {
    .name = "rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t",
    .size = sizeof(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t),
    .fields = fields_DeleteRecordsResponse_DeleteRecordsPartitionResult,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_DeleteRecordsResponse_DeleteRecordsTopicResult[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t, partitions), .count_offset = offsetof(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t, partitions_count), .item_size = sizeof(rmq_DeleteRecordsResponse_DeleteRecordsPartitionResult_t), .sub = &desc_DeleteRecordsResponse_DeleteRecordsPartitionResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsResponse_DeleteRecordsTopicResult = {
    .name = "rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t",
    .size = sizeof(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t),
    .fields = fields_DeleteRecordsResponse_DeleteRecordsTopicResult,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_DeleteRecordsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 2, .tag = 0, .offset = offsetof(rmq_DeleteRecordsResponse_t, topics), .count_offset = offsetof(rmq_DeleteRecordsResponse_t, topics_count), .item_size = sizeof(rmq_DeleteRecordsResponse_DeleteRecordsTopicResult_t), .sub = &desc_DeleteRecordsResponse_DeleteRecordsTopicResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DeleteRecordsResponse = {
    .name = "rmq_DeleteRecordsResponse_t",
    .size = sizeof(rmq_DeleteRecordsResponse_t),
    .fields = fields_DeleteRecordsResponse,
    .nfields = 2,
};

static void any_init_DeleteRecordsResponse(void *msg)
{
    rmq_DeleteRecordsResponse_init(msg);
}

static int any_decode_DeleteRecordsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DeleteRecordsResponse_decode(r, version, arena, out);
}

static int any_encode_DeleteRecordsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DeleteRecordsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DeleteRecordsResponse_desc = {
    .name = "DeleteRecordsResponse",
    .api_key = 21,
    .request = false,
    .min_version = 0,
    .max_version = 2,
    .flex_lo = 2,
    .root = &desc_DeleteRecordsResponse,
    .init = any_init_DeleteRecordsResponse,
    .decode = any_decode_DeleteRecordsResponse,
    .encode = any_encode_DeleteRecordsResponse,
};

