/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/offset_delete.h"

/* ---- OffsetDeleteRequest (OffsetDeleteRequest.json, versions 0, flexible none) ---- */

static void dec_OffsetDeleteRequest_OffsetDeleteRequestPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *out);
static void enc_OffsetDeleteRequest_OffsetDeleteRequestPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *in);
static void dec_OffsetDeleteRequest_OffsetDeleteRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *out);
static void enc_OffsetDeleteRequest_OffsetDeleteRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *in);
static void dec_OffsetDeleteRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_t *out);
static void enc_OffsetDeleteRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_t *in);

void rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_init(rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_init(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetDeleteRequest_init(rmq_OffsetDeleteRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
}

static void dec_OffsetDeleteRequest_OffsetDeleteRequestPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
}

static void enc_OffsetDeleteRequest_OffsetDeleteRequestPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
}

static void dec_OffsetDeleteRequest_OffsetDeleteRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_init(out);
    out->name = rmq_kw_read_str(r, false, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, false, false, 4);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetDeleteRequest_OffsetDeleteRequestPartition(r, version, arena, &out->partitions[i]);
    }
}

static void enc_OffsetDeleteRequest_OffsetDeleteRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, false, false);
    rmq_kw_write_array_len(w, in->partitions_count, false, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetDeleteRequest_OffsetDeleteRequestPartition(w, version, &in->partitions[i]);
}

static void dec_OffsetDeleteRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteRequest_init(out);
    out->group_id = rmq_kw_read_str(r, false, false);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, false, false, 6);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetDeleteRequest_OffsetDeleteRequestTopic(r, version, arena, &out->topics[i]);
    }
}

static void enc_OffsetDeleteRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, false, false);
    rmq_kw_write_array_len(w, in->topics_count, false, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetDeleteRequest_OffsetDeleteRequestTopic(w, version, &in->topics[i]);
}

int rmq_OffsetDeleteRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteRequest_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetDeleteRequest version");
    dec_OffsetDeleteRequest(r, version, arena, out);
    return r->err;
}

int rmq_OffsetDeleteRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetDeleteRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetDeleteRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetDeleteRequest_OffsetDeleteRequestPartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteRequest_OffsetDeleteRequestPartition = {
    .name = "rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t",
    .size = sizeof(rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t),
    .fields = fields_OffsetDeleteRequest_OffsetDeleteRequestPartition,
    .nfields = 1,
};

static const rmq_kfield_desc_t fields_OffsetDeleteRequest_OffsetDeleteRequestTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t, partitions), .count_offset = offsetof(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetDeleteRequest_OffsetDeleteRequestPartition_t), .sub = &desc_OffsetDeleteRequest_OffsetDeleteRequestPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteRequest_OffsetDeleteRequestTopic = {
    .name = "rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t",
    .size = sizeof(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t),
    .fields = fields_OffsetDeleteRequest_OffsetDeleteRequestTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetDeleteRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteRequest_t, topics), .count_offset = offsetof(rmq_OffsetDeleteRequest_t, topics_count), .item_size = sizeof(rmq_OffsetDeleteRequest_OffsetDeleteRequestTopic_t), .sub = &desc_OffsetDeleteRequest_OffsetDeleteRequestTopic, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteRequest = {
    .name = "rmq_OffsetDeleteRequest_t",
    .size = sizeof(rmq_OffsetDeleteRequest_t),
    .fields = fields_OffsetDeleteRequest,
    .nfields = 2,
};

static void any_init_OffsetDeleteRequest(void *msg)
{
    rmq_OffsetDeleteRequest_init(msg);
}

static int any_decode_OffsetDeleteRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetDeleteRequest_decode(r, version, arena, out);
}

static int any_encode_OffsetDeleteRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetDeleteRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetDeleteRequest_desc = {
    .name = "OffsetDeleteRequest",
    .api_key = 47,
    .request = true,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 32767,
    .root = &desc_OffsetDeleteRequest,
    .init = any_init_OffsetDeleteRequest,
    .decode = any_decode_OffsetDeleteRequest,
    .encode = any_encode_OffsetDeleteRequest,
};

/* ---- OffsetDeleteResponse (OffsetDeleteResponse.json, versions 0, flexible none) ---- */

static void dec_OffsetDeleteResponse_OffsetDeleteResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *out);
static void enc_OffsetDeleteResponse_OffsetDeleteResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *in);
static void dec_OffsetDeleteResponse_OffsetDeleteResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *out);
static void enc_OffsetDeleteResponse_OffsetDeleteResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *in);
static void dec_OffsetDeleteResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_t *out);
static void enc_OffsetDeleteResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_t *in);

void rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_init(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_init(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetDeleteResponse_init(rmq_OffsetDeleteResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_OffsetDeleteResponse_OffsetDeleteResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
}

static void enc_OffsetDeleteResponse_OffsetDeleteResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int16(w, in->error_code);
}

static void dec_OffsetDeleteResponse_OffsetDeleteResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_init(out);
    out->name = rmq_kw_read_str(r, false, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, false, false, 6);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetDeleteResponse_OffsetDeleteResponsePartition(r, version, arena, &out->partitions[i]);
    }
}

static void enc_OffsetDeleteResponse_OffsetDeleteResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, false, false);
    rmq_kw_write_array_len(w, in->partitions_count, false, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetDeleteResponse_OffsetDeleteResponsePartition(w, version, &in->partitions[i]);
}

static void dec_OffsetDeleteResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetDeleteResponse_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->throttle_time_ms = rmq_kw_read_int32(r);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, false, false, 6);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetDeleteResponse_OffsetDeleteResponseTopic(r, version, arena, &out->topics[i]);
    }
}

static void enc_OffsetDeleteResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetDeleteResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int32(w, in->throttle_time_ms);
    rmq_kw_write_array_len(w, in->topics_count, false, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetDeleteResponse_OffsetDeleteResponseTopic(w, version, &in->topics[i]);
}

int rmq_OffsetDeleteResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetDeleteResponse_t *out)
{
    if (version < 0 || version > 0)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetDeleteResponse version");
    dec_OffsetDeleteResponse(r, version, arena, out);
    return r->err;
}

int rmq_OffsetDeleteResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetDeleteResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 0)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetDeleteResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetDeleteResponse_OffsetDeleteResponsePartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteResponse_OffsetDeleteResponsePartition = {
    .name = "rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t",
    .size = sizeof(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t),
    .fields = fields_OffsetDeleteResponse_OffsetDeleteResponsePartition,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetDeleteResponse_OffsetDeleteResponseTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t, partitions), .count_offset = offsetof(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetDeleteResponse_OffsetDeleteResponsePartition_t), .sub = &desc_OffsetDeleteResponse_OffsetDeleteResponsePartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteResponse_OffsetDeleteResponseTopic = {
    .name = "rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t",
    .size = sizeof(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t),
    .fields = fields_OffsetDeleteResponse_OffsetDeleteResponseTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetDeleteResponse[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 32767, .tag = 0, .offset = offsetof(rmq_OffsetDeleteResponse_t, topics), .count_offset = offsetof(rmq_OffsetDeleteResponse_t, topics_count), .item_size = sizeof(rmq_OffsetDeleteResponse_OffsetDeleteResponseTopic_t), .sub = &desc_OffsetDeleteResponse_OffsetDeleteResponseTopic, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetDeleteResponse = {
    .name = "rmq_OffsetDeleteResponse_t",
    .size = sizeof(rmq_OffsetDeleteResponse_t),
    .fields = fields_OffsetDeleteResponse,
    .nfields = 3,
};

static void any_init_OffsetDeleteResponse(void *msg)
{
    rmq_OffsetDeleteResponse_init(msg);
}

static int any_decode_OffsetDeleteResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetDeleteResponse_decode(r, version, arena, out);
}

static int any_encode_OffsetDeleteResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetDeleteResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetDeleteResponse_desc = {
    .name = "OffsetDeleteResponse",
    .api_key = 47,
    .request = false,
    .min_version = 0,
    .max_version = 0,
    .flex_lo = 32767,
    .root = &desc_OffsetDeleteResponse,
    .init = any_init_OffsetDeleteResponse,
    .decode = any_decode_OffsetDeleteResponse,
    .encode = any_encode_OffsetDeleteResponse,
};

