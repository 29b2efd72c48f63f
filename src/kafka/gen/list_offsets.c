/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/list_offsets.h"

/* ---- ListOffsetsRequest (ListOffsetsRequest.json, versions 0-10, flexible 6+) ---- */

static void dec_ListOffsetsRequest_ListOffsetsPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_ListOffsetsPartition_t *out);
static void enc_ListOffsetsRequest_ListOffsetsPartition(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_ListOffsetsPartition_t *in);
static void dec_ListOffsetsRequest_ListOffsetsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_ListOffsetsTopic_t *out);
static void enc_ListOffsetsRequest_ListOffsetsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_ListOffsetsTopic_t *in);
static void dec_ListOffsetsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_t *out);
static void enc_ListOffsetsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_t *in);

void rmq_ListOffsetsRequest_ListOffsetsPartition_init(rmq_ListOffsetsRequest_ListOffsetsPartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->current_leader_epoch = -1;
    v->max_num_offsets = 1;
}

void rmq_ListOffsetsRequest_ListOffsetsTopic_init(rmq_ListOffsetsRequest_ListOffsetsTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ListOffsetsRequest_init(rmq_ListOffsetsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ListOffsetsRequest_ListOffsetsPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_ListOffsetsPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsRequest_ListOffsetsPartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    if (version >= 4) {
        out->current_leader_epoch = rmq_kw_read_int32(r);
    }
    out->timestamp = rmq_kw_read_int64(r);
    if (version <= 0) {
        out->max_num_offsets = rmq_kw_read_int32(r);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsRequest_ListOffsetsPartition(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_ListOffsetsPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    if (version >= 4) {
        rmq_kw_write_int32(w, in->current_leader_epoch);
    }
    rmq_kw_write_int64(w, in->timestamp);
    if (version <= 0) {
        rmq_kw_write_int32(w, in->max_num_offsets);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ListOffsetsRequest_ListOffsetsTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_ListOffsetsTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsRequest_ListOffsetsTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 6, false, 12);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_ListOffsetsRequest_ListOffsetsPartition(r, version, arena, &out->partitions[i]);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsRequest_ListOffsetsTopic(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_ListOffsetsTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 6, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 6, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_ListOffsetsRequest_ListOffsetsPartition(w, version, &in->partitions[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ListOffsetsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsRequest_init(out);
    out->replica_id = rmq_kw_read_int32(r);
    if (version >= 2) {
        out->isolation_level = rmq_kw_read_int8(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 6, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_ListOffsetsRequest_ListOffsetsTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 10) {
        out->timeout_ms = rmq_kw_read_int32(r);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->replica_id);
    if (version >= 2) {
        rmq_kw_write_int8(w, in->isolation_level);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 6, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_ListOffsetsRequest_ListOffsetsTopic(w, version, &in->topics[i]);
    if (version >= 10) {
        rmq_kw_write_int32(w, in->timeout_ms);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ListOffsetsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsRequest_t *out)
{
    if (version < 0 || version > 10)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ListOffsetsRequest version");
    dec_ListOffsetsRequest(r, version, arena, out);
    return r->err;
}

int rmq_ListOffsetsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListOffsetsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 10)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ListOffsetsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ListOffsetsRequest_ListOffsetsPartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsPartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "current_leader_epoch", .kafka_name = "CurrentLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 4, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsPartition_t, current_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "timestamp", .kafka_name = "Timestamp", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsPartition_t, timestamp), .def_null = false, .def_int = INT64_C(0)},
    {.name = "max_num_offsets", .kafka_name = "MaxNumOffsets", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsPartition_t, max_num_offsets), .def_null = false, .def_int = INT64_C(1)},
};
static const rmq_kstruct_desc_t desc_ListOffsetsRequest_ListOffsetsPartition = {
    .name = "rmq_ListOffsetsRequest_ListOffsetsPartition_t",
    .size = sizeof(rmq_ListOffsetsRequest_ListOffsetsPartition_t),
    .fields = fields_ListOffsetsRequest_ListOffsetsPartition,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_ListOffsetsRequest_ListOffsetsTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsTopic_t, partitions), .count_offset = offsetof(rmq_ListOffsetsRequest_ListOffsetsTopic_t, partitions_count), .item_size = sizeof(rmq_ListOffsetsRequest_ListOffsetsPartition_t), .sub = &desc_ListOffsetsRequest_ListOffsetsPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ListOffsetsRequest_ListOffsetsTopic = {
    .name = "rmq_ListOffsetsRequest_ListOffsetsTopic_t",
    .size = sizeof(rmq_ListOffsetsRequest_ListOffsetsTopic_t),
    .fields = fields_ListOffsetsRequest_ListOffsetsTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ListOffsetsRequest[] = {
    {.name = "replica_id", .kafka_name = "ReplicaId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_t, replica_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "isolation_level", .kafka_name = "IsolationLevel", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 2, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_t, isolation_level), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_t, topics), .count_offset = offsetof(rmq_ListOffsetsRequest_t, topics_count), .item_size = sizeof(rmq_ListOffsetsRequest_ListOffsetsTopic_t), .sub = &desc_ListOffsetsRequest_ListOffsetsTopic, .def_null = false},
    {.name = "timeout_ms", .kafka_name = "TimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 10, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_ListOffsetsRequest = {
    .name = "rmq_ListOffsetsRequest_t",
    .size = sizeof(rmq_ListOffsetsRequest_t),
    .fields = fields_ListOffsetsRequest,
    .nfields = 4,
};

static void any_init_ListOffsetsRequest(void *msg)
{
    rmq_ListOffsetsRequest_init(msg);
}

static int any_decode_ListOffsetsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ListOffsetsRequest_decode(r, version, arena, out);
}

static int any_encode_ListOffsetsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ListOffsetsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ListOffsetsRequest_desc = {
    .name = "ListOffsetsRequest",
    .api_key = 2,
    .request = true,
    .min_version = 0,
    .max_version = 10,
    .flex_lo = 6,
    .root = &desc_ListOffsetsRequest,
    .init = any_init_ListOffsetsRequest,
    .decode = any_decode_ListOffsetsRequest,
    .encode = any_encode_ListOffsetsRequest,
};

/* ---- ListOffsetsResponse (ListOffsetsResponse.json, versions 0-10, flexible 6+) ---- */

static void dec_ListOffsetsResponse_ListOffsetsPartitionResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *out);
static void enc_ListOffsetsResponse_ListOffsetsPartitionResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *in);
static void dec_ListOffsetsResponse_ListOffsetsTopicResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *out);
static void enc_ListOffsetsResponse_ListOffsetsTopicResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *in);
static void dec_ListOffsetsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_t *out);
static void enc_ListOffsetsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_t *in);

void rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_init(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->timestamp = INT64_C(-1);
    v->offset = INT64_C(-1);
    v->leader_epoch = -1;
}

void rmq_ListOffsetsResponse_ListOffsetsTopicResponse_init(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ListOffsetsResponse_init(rmq_ListOffsetsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ListOffsetsResponse_ListOffsetsPartitionResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    if (version <= 0) {
        {
            int32_t n_old_style_offsets = rmq_kw_read_array_len(r, false, false, 8);
            out->old_style_offsets_count = n_old_style_offsets;
            out->old_style_offsets = rmq_kw_array_alloc(r, arena, n_old_style_offsets, sizeof(*out->old_style_offsets));
            for (int32_t i = 0; i < n_old_style_offsets && !(r)->err; i++)
                out->old_style_offsets[i] = rmq_kw_read_int64(r);
        }
    }
    if (version >= 1) {
        out->timestamp = rmq_kw_read_int64(r);
    }
    if (version >= 1) {
        out->offset = rmq_kw_read_int64(r);
    }
    if (version >= 4) {
        out->leader_epoch = rmq_kw_read_int32(r);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsResponse_ListOffsetsPartitionResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int16(w, in->error_code);
    if (version <= 0) {
        rmq_kw_write_array_len(w, in->old_style_offsets_count, false, false);
        if (in->old_style_offsets_count > 0 && !in->old_style_offsets)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions[].OldStyleOffsets: count without items");
        else
            for (int32_t i = 0; i < in->old_style_offsets_count; i++)
                rmq_kw_write_int64(w, in->old_style_offsets[i]);
    }
    if (version >= 1) {
        rmq_kw_write_int64(w, in->timestamp);
    }
    if (version >= 1) {
        rmq_kw_write_int64(w, in->offset);
    }
    if (version >= 4) {
        rmq_kw_write_int32(w, in->leader_epoch);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ListOffsetsResponse_ListOffsetsTopicResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsResponse_ListOffsetsTopicResponse_init(out);
    out->name = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 6, false, 10);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_ListOffsetsResponse_ListOffsetsPartitionResponse(r, version, arena, &out->partitions[i]);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsResponse_ListOffsetsTopicResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 6, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 6, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_ListOffsetsResponse_ListOffsetsPartitionResponse(w, version, &in->partitions[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ListOffsetsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListOffsetsResponse_init(out);
    if (version >= 2) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 6, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_ListOffsetsResponse_ListOffsetsTopicResponse(r, version, arena, &out->topics[i]);
    }
    if (version >= 6) {
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

static void enc_ListOffsetsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListOffsetsResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 2) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 6, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_ListOffsetsResponse_ListOffsetsTopicResponse(w, version, &in->topics[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ListOffsetsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListOffsetsResponse_t *out)
{
    if (version < 0 || version > 10)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ListOffsetsResponse version");
    dec_ListOffsetsResponse(r, version, arena, out);
    return r->err;
}

int rmq_ListOffsetsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListOffsetsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 10)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ListOffsetsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ListOffsetsResponse_ListOffsetsPartitionResponse[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "old_style_offsets", .kafka_name = "OldStyleOffsets", .kind = RMQ_KF_INT64, .array = true, .ver_lo = 0, .ver_hi = 0, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, old_style_offsets), .count_offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, old_style_offsets_count), .item_size = sizeof(int64_t), .def_null = false},
    {.name = "timestamp", .kafka_name = "Timestamp", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 1, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, timestamp), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "offset", .kafka_name = "Offset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 1, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 4, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t, leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_ListOffsetsResponse_ListOffsetsPartitionResponse = {
    .name = "rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t",
    .size = sizeof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t),
    .fields = fields_ListOffsetsResponse_ListOffsetsPartitionResponse,
    .nfields = 6,
};

static const rmq_kfield_desc_t fields_ListOffsetsResponse_ListOffsetsTopicResponse[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t, partitions), .count_offset = offsetof(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t, partitions_count), .item_size = sizeof(rmq_ListOffsetsResponse_ListOffsetsPartitionResponse_t), .sub = &desc_ListOffsetsResponse_ListOffsetsPartitionResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ListOffsetsResponse_ListOffsetsTopicResponse = {
    .name = "rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t",
    .size = sizeof(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t),
    .fields = fields_ListOffsetsResponse_ListOffsetsTopicResponse,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ListOffsetsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 2, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_ListOffsetsResponse_t, topics), .count_offset = offsetof(rmq_ListOffsetsResponse_t, topics_count), .item_size = sizeof(rmq_ListOffsetsResponse_ListOffsetsTopicResponse_t), .sub = &desc_ListOffsetsResponse_ListOffsetsTopicResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ListOffsetsResponse = {
    .name = "rmq_ListOffsetsResponse_t",
    .size = sizeof(rmq_ListOffsetsResponse_t),
    .fields = fields_ListOffsetsResponse,
    .nfields = 2,
};

static void any_init_ListOffsetsResponse(void *msg)
{
    rmq_ListOffsetsResponse_init(msg);
}

static int any_decode_ListOffsetsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ListOffsetsResponse_decode(r, version, arena, out);
}

static int any_encode_ListOffsetsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ListOffsetsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ListOffsetsResponse_desc = {
    .name = "ListOffsetsResponse",
    .api_key = 2,
    .request = false,
    .min_version = 0,
    .max_version = 10,
    .flex_lo = 6,
    .root = &desc_ListOffsetsResponse,
    .init = any_init_ListOffsetsResponse,
    .decode = any_decode_ListOffsetsResponse,
    .encode = any_encode_ListOffsetsResponse,
};

