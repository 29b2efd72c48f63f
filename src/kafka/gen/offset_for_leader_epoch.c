/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/offset_for_leader_epoch.h"

/* ---- OffsetForLeaderEpochRequest (OffsetForLeaderEpochRequest.json, versions 0-4, flexible 4+) ---- */

static void dec_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *out);
static void enc_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *in);
static void dec_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *out);
static void enc_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *in);
static void dec_OffsetForLeaderEpochRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_t *out);
static void enc_OffsetForLeaderEpochRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_t *in);

void rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_init(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->current_leader_epoch = -1;
}

void rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_init(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->topic = RMQ_KW_STR_LIT("");
}

void rmq_OffsetForLeaderEpochRequest_init(rmq_OffsetForLeaderEpochRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->replica_id = -2;
}

static void dec_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_init(out);
    out->partition = rmq_kw_read_int32(r);
    if (version >= 2) {
        out->current_leader_epoch = rmq_kw_read_int32(r);
    }
    out->leader_epoch = rmq_kw_read_int32(r);
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

static void enc_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition);
    if (version >= 2) {
        rmq_kw_write_int32(w, in->current_leader_epoch);
    }
    rmq_kw_write_int32(w, in->leader_epoch);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_init(out);
    out->topic = rmq_kw_read_str(r, version >= 4, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 4, false, 8);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(r, version, arena, &out->partitions[i]);
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

static void enc_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->topic, version >= 4, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 4, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetForLeaderEpochRequest_OffsetForLeaderPartition(w, version, &in->partitions[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetForLeaderEpochRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochRequest_init(out);
    if (version >= 3) {
        out->replica_id = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 4, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(r, version, arena, &out->topics[i]);
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

static void enc_OffsetForLeaderEpochRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochRequest_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_int32(w, in->replica_id);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 4, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetForLeaderEpochRequest_OffsetForLeaderTopic(w, version, &in->topics[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetForLeaderEpochRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochRequest_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetForLeaderEpochRequest version");
    dec_OffsetForLeaderEpochRequest(r, version, arena, out);
    return r->err;
}

int rmq_OffsetForLeaderEpochRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetForLeaderEpochRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetForLeaderEpochRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochRequest_OffsetForLeaderPartition[] = {
    {.name = "partition", .kafka_name = "Partition", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t, partition), .def_null = false, .def_int = INT64_C(0)},
    {.name = "current_leader_epoch", .kafka_name = "CurrentLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 2, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t, current_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t, leader_epoch), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochRequest_OffsetForLeaderPartition = {
    .name = "rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t",
    .size = sizeof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t),
    .fields = fields_OffsetForLeaderEpochRequest_OffsetForLeaderPartition,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochRequest_OffsetForLeaderTopic[] = {
    {.name = "topic", .kafka_name = "Topic", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t, topic), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t, partitions), .count_offset = offsetof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderPartition_t), .sub = &desc_OffsetForLeaderEpochRequest_OffsetForLeaderPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochRequest_OffsetForLeaderTopic = {
    .name = "rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t",
    .size = sizeof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t),
    .fields = fields_OffsetForLeaderEpochRequest_OffsetForLeaderTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochRequest[] = {
    {.name = "replica_id", .kafka_name = "ReplicaId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_t, replica_id), .def_null = false, .def_int = INT64_C(-2)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochRequest_t, topics), .count_offset = offsetof(rmq_OffsetForLeaderEpochRequest_t, topics_count), .item_size = sizeof(rmq_OffsetForLeaderEpochRequest_OffsetForLeaderTopic_t), .sub = &desc_OffsetForLeaderEpochRequest_OffsetForLeaderTopic, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochRequest = {
    .name = "rmq_OffsetForLeaderEpochRequest_t",
    .size = sizeof(rmq_OffsetForLeaderEpochRequest_t),
    .fields = fields_OffsetForLeaderEpochRequest,
    .nfields = 2,
};

static void any_init_OffsetForLeaderEpochRequest(void *msg)
{
    rmq_OffsetForLeaderEpochRequest_init(msg);
}

static int any_decode_OffsetForLeaderEpochRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetForLeaderEpochRequest_decode(r, version, arena, out);
}

static int any_encode_OffsetForLeaderEpochRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetForLeaderEpochRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetForLeaderEpochRequest_desc = {
    .name = "OffsetForLeaderEpochRequest",
    .api_key = 23,
    .request = true,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_OffsetForLeaderEpochRequest,
    .init = any_init_OffsetForLeaderEpochRequest,
    .decode = any_decode_OffsetForLeaderEpochRequest,
    .encode = any_encode_OffsetForLeaderEpochRequest,
};

/* ---- OffsetForLeaderEpochResponse (OffsetForLeaderEpochResponse.json, versions 0-4, flexible 4+) ---- */

static void dec_OffsetForLeaderEpochResponse_EpochEndOffset(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *out);
static void enc_OffsetForLeaderEpochResponse_EpochEndOffset(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *in);
static void dec_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *out);
static void enc_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *in);
static void dec_OffsetForLeaderEpochResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_t *out);
static void enc_OffsetForLeaderEpochResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_t *in);

void rmq_OffsetForLeaderEpochResponse_EpochEndOffset_init(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *v)
{
    memset(v, 0, sizeof(*v));
    v->leader_epoch = -1;
    v->end_offset = INT64_C(-1);
}

void rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_init(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->topic = RMQ_KW_STR_LIT("");
}

void rmq_OffsetForLeaderEpochResponse_init(rmq_OffsetForLeaderEpochResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_OffsetForLeaderEpochResponse_EpochEndOffset(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochResponse_EpochEndOffset_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->partition = rmq_kw_read_int32(r);
    if (version >= 1) {
        out->leader_epoch = rmq_kw_read_int32(r);
    }
    out->end_offset = rmq_kw_read_int64(r);
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

static void enc_OffsetForLeaderEpochResponse_EpochEndOffset(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int32(w, in->partition);
    if (version >= 1) {
        rmq_kw_write_int32(w, in->leader_epoch);
    }
    rmq_kw_write_int64(w, in->end_offset);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_init(out);
    out->topic = rmq_kw_read_str(r, version >= 4, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 4, false, 14);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetForLeaderEpochResponse_EpochEndOffset(r, version, arena, &out->partitions[i]);
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

static void enc_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->topic, version >= 4, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 4, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetForLeaderEpochResponse_EpochEndOffset(w, version, &in->partitions[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetForLeaderEpochResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetForLeaderEpochResponse_init(out);
    if (version >= 2) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 4, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(r, version, arena, &out->topics[i]);
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

static void enc_OffsetForLeaderEpochResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetForLeaderEpochResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 2) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 4, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult(w, version, &in->topics[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetForLeaderEpochResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetForLeaderEpochResponse_t *out)
{
    if (version < 0 || version > 4)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetForLeaderEpochResponse version");
    dec_OffsetForLeaderEpochResponse(r, version, arena, out);
    return r->err;
}

int rmq_OffsetForLeaderEpochResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetForLeaderEpochResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 4)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetForLeaderEpochResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochResponse_EpochEndOffset[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "partition", .kafka_name = "Partition", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t, partition), .def_null = false, .def_int = INT64_C(0)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t, leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "end_offset", .kafka_name = "EndOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t, end_offset), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochResponse_EpochEndOffset = {
    .name = "rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t",
    .size = sizeof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t),
    .fields = fields_OffsetForLeaderEpochResponse_EpochEndOffset,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult[] = {
    {.name = "topic", .kafka_name = "Topic", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t, topic), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t, partitions), .count_offset = offsetof(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t, partitions_count), .item_size = sizeof(rmq_OffsetForLeaderEpochResponse_EpochEndOffset_t), .sub = &desc_OffsetForLeaderEpochResponse_EpochEndOffset, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult = {
    .name = "rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t",
    .size = sizeof(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t),
    .fields = fields_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetForLeaderEpochResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 2, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_OffsetForLeaderEpochResponse_t, topics), .count_offset = offsetof(rmq_OffsetForLeaderEpochResponse_t, topics_count), .item_size = sizeof(rmq_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult_t), .sub = &desc_OffsetForLeaderEpochResponse_OffsetForLeaderTopicResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetForLeaderEpochResponse = {
    .name = "rmq_OffsetForLeaderEpochResponse_t",
    .size = sizeof(rmq_OffsetForLeaderEpochResponse_t),
    .fields = fields_OffsetForLeaderEpochResponse,
    .nfields = 2,
};

static void any_init_OffsetForLeaderEpochResponse(void *msg)
{
    rmq_OffsetForLeaderEpochResponse_init(msg);
}

static int any_decode_OffsetForLeaderEpochResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetForLeaderEpochResponse_decode(r, version, arena, out);
}

static int any_encode_OffsetForLeaderEpochResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetForLeaderEpochResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetForLeaderEpochResponse_desc = {
    .name = "OffsetForLeaderEpochResponse",
    .api_key = 23,
    .request = false,
    .min_version = 0,
    .max_version = 4,
    .flex_lo = 4,
    .root = &desc_OffsetForLeaderEpochResponse,
    .init = any_init_OffsetForLeaderEpochResponse,
    .decode = any_decode_OffsetForLeaderEpochResponse,
    .encode = any_encode_OffsetForLeaderEpochResponse,
};

