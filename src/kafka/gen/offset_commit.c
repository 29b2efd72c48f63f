/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/offset_commit.h"

/* ---- OffsetCommitRequest (OffsetCommitRequest.json, versions 0-9, flexible 8+) ---- */

static void dec_OffsetCommitRequest_OffsetCommitRequestPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *out);
static void enc_OffsetCommitRequest_OffsetCommitRequestPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *in);
static void dec_OffsetCommitRequest_OffsetCommitRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *out);
static void enc_OffsetCommitRequest_OffsetCommitRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *in);
static void dec_OffsetCommitRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_t *out);
static void enc_OffsetCommitRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_t *in);

void rmq_OffsetCommitRequest_OffsetCommitRequestPartition_init(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->committed_leader_epoch = -1;
    v->commit_timestamp = INT64_C(-1);
    v->committed_metadata = RMQ_KW_STR_LIT("");
}

void rmq_OffsetCommitRequest_OffsetCommitRequestTopic_init(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetCommitRequest_init(rmq_OffsetCommitRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->generation_id_or_member_epoch = -1;
    v->member_id = RMQ_KW_STR_LIT("");
    v->retention_time_ms = INT64_C(-1);
}

static void dec_OffsetCommitRequest_OffsetCommitRequestPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitRequest_OffsetCommitRequestPartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->committed_offset = rmq_kw_read_int64(r);
    if (version >= 6) {
        out->committed_leader_epoch = rmq_kw_read_int32(r);
    }
    if (version >= 1 && version <= 1) {
        out->commit_timestamp = rmq_kw_read_int64(r);
    }
    out->committed_metadata = rmq_kw_read_str(r, version >= 8, true);
    if (version >= 8) {
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

static void enc_OffsetCommitRequest_OffsetCommitRequestPartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int64(w, in->committed_offset);
    if (version >= 6) {
        rmq_kw_write_int32(w, in->committed_leader_epoch);
    }
    if (version >= 1 && version <= 1) {
        rmq_kw_write_int64(w, in->commit_timestamp);
    }
    rmq_kw_write_str(w, in->committed_metadata, version >= 8, true);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetCommitRequest_OffsetCommitRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitRequest_OffsetCommitRequestTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 8, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 8, false, 14);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetCommitRequest_OffsetCommitRequestPartition(r, version, arena, &out->partitions[i]);
    }
    if (version >= 8) {
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

static void enc_OffsetCommitRequest_OffsetCommitRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 8, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 8, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetCommitRequest_OffsetCommitRequestPartition(w, version, &in->partitions[i]);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetCommitRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitRequest_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 8, false);
    if (version >= 1) {
        out->generation_id_or_member_epoch = rmq_kw_read_int32(r);
    }
    if (version >= 1) {
        out->member_id = rmq_kw_read_str(r, version >= 8, false);
    }
    if (version >= 7) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 8, true);
    }
    if (version >= 2 && version <= 4) {
        out->retention_time_ms = rmq_kw_read_int64(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 8, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetCommitRequest_OffsetCommitRequestTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 8) {
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

static void enc_OffsetCommitRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 8, false);
    if (version >= 1) {
        rmq_kw_write_int32(w, in->generation_id_or_member_epoch);
    }
    if (version >= 1) {
        rmq_kw_write_str(w, in->member_id, version >= 8, false);
    }
    if (version >= 7) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 8, true);
    }
    if (version >= 2 && version <= 4) {
        rmq_kw_write_int64(w, in->retention_time_ms);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 8, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetCommitRequest_OffsetCommitRequestTopic(w, version, &in->topics[i]);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetCommitRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitRequest_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetCommitRequest version");
    dec_OffsetCommitRequest(r, version, arena, out);
    return r->err;
}

int rmq_OffsetCommitRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetCommitRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetCommitRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetCommitRequest_OffsetCommitRequestPartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_offset", .kafka_name = "CommittedOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t, committed_offset), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_leader_epoch", .kafka_name = "CommittedLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 6, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t, committed_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "commit_timestamp", .kafka_name = "CommitTimestamp", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 1, .ver_hi = 1, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t, commit_timestamp), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "committed_metadata", .kafka_name = "CommittedMetadata", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 0, .null_hi = 9, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t, committed_metadata), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_OffsetCommitRequest_OffsetCommitRequestPartition = {
    .name = "rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t",
    .size = sizeof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t),
    .fields = fields_OffsetCommitRequest_OffsetCommitRequestPartition,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_OffsetCommitRequest_OffsetCommitRequestTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t, partitions), .count_offset = offsetof(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetCommitRequest_OffsetCommitRequestPartition_t), .sub = &desc_OffsetCommitRequest_OffsetCommitRequestPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetCommitRequest_OffsetCommitRequestTopic = {
    .name = "rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t",
    .size = sizeof(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t),
    .fields = fields_OffsetCommitRequest_OffsetCommitRequestTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetCommitRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "generation_id_or_member_epoch", .kafka_name = "GenerationIdOrMemberEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, generation_id_or_member_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 7, .ver_hi = 9, .null_lo = 7, .null_hi = 9, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, group_instance_id), .def_null = true},
    {.name = "retention_time_ms", .kafka_name = "RetentionTimeMs", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 2, .ver_hi = 4, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, retention_time_ms), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitRequest_t, topics), .count_offset = offsetof(rmq_OffsetCommitRequest_t, topics_count), .item_size = sizeof(rmq_OffsetCommitRequest_OffsetCommitRequestTopic_t), .sub = &desc_OffsetCommitRequest_OffsetCommitRequestTopic, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetCommitRequest = {
    .name = "rmq_OffsetCommitRequest_t",
    .size = sizeof(rmq_OffsetCommitRequest_t),
    .fields = fields_OffsetCommitRequest,
    .nfields = 6,
};

static void any_init_OffsetCommitRequest(void *msg)
{
    rmq_OffsetCommitRequest_init(msg);
}

static int any_decode_OffsetCommitRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetCommitRequest_decode(r, version, arena, out);
}

static int any_encode_OffsetCommitRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetCommitRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetCommitRequest_desc = {
    .name = "OffsetCommitRequest",
    .api_key = 8,
    .request = true,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 8,
    .root = &desc_OffsetCommitRequest,
    .init = any_init_OffsetCommitRequest,
    .decode = any_decode_OffsetCommitRequest,
    .encode = any_encode_OffsetCommitRequest,
};

/* ---- OffsetCommitResponse (OffsetCommitResponse.json, versions 0-9, flexible 8+) ---- */

static void dec_OffsetCommitResponse_OffsetCommitResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *out);
static void enc_OffsetCommitResponse_OffsetCommitResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *in);
static void dec_OffsetCommitResponse_OffsetCommitResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *out);
static void enc_OffsetCommitResponse_OffsetCommitResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *in);
static void dec_OffsetCommitResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_t *out);
static void enc_OffsetCommitResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_t *in);

void rmq_OffsetCommitResponse_OffsetCommitResponsePartition_init(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_OffsetCommitResponse_OffsetCommitResponseTopic_init(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetCommitResponse_init(rmq_OffsetCommitResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_OffsetCommitResponse_OffsetCommitResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitResponse_OffsetCommitResponsePartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    if (version >= 8) {
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

static void enc_OffsetCommitResponse_OffsetCommitResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetCommitResponse_OffsetCommitResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitResponse_OffsetCommitResponseTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 8, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 8, false, 6);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetCommitResponse_OffsetCommitResponsePartition(r, version, arena, &out->partitions[i]);
    }
    if (version >= 8) {
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

static void enc_OffsetCommitResponse_OffsetCommitResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 8, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 8, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetCommitResponse_OffsetCommitResponsePartition(w, version, &in->partitions[i]);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetCommitResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetCommitResponse_init(out);
    if (version >= 3) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 8, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetCommitResponse_OffsetCommitResponseTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 8) {
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

static void enc_OffsetCommitResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetCommitResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 8, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetCommitResponse_OffsetCommitResponseTopic(w, version, &in->topics[i]);
    if (version >= 8) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetCommitResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetCommitResponse_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetCommitResponse version");
    dec_OffsetCommitResponse(r, version, arena, out);
    return r->err;
}

int rmq_OffsetCommitResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetCommitResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetCommitResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetCommitResponse_OffsetCommitResponsePartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetCommitResponse_OffsetCommitResponsePartition = {
    .name = "rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t",
    .size = sizeof(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t),
    .fields = fields_OffsetCommitResponse_OffsetCommitResponsePartition,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetCommitResponse_OffsetCommitResponseTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t, partitions), .count_offset = offsetof(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetCommitResponse_OffsetCommitResponsePartition_t), .sub = &desc_OffsetCommitResponse_OffsetCommitResponsePartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetCommitResponse_OffsetCommitResponseTopic = {
    .name = "rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t",
    .size = sizeof(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t),
    .fields = fields_OffsetCommitResponse_OffsetCommitResponseTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetCommitResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 8, .tag = 0, .offset = offsetof(rmq_OffsetCommitResponse_t, topics), .count_offset = offsetof(rmq_OffsetCommitResponse_t, topics_count), .item_size = sizeof(rmq_OffsetCommitResponse_OffsetCommitResponseTopic_t), .sub = &desc_OffsetCommitResponse_OffsetCommitResponseTopic, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetCommitResponse = {
    .name = "rmq_OffsetCommitResponse_t",
    .size = sizeof(rmq_OffsetCommitResponse_t),
    .fields = fields_OffsetCommitResponse,
    .nfields = 2,
};

static void any_init_OffsetCommitResponse(void *msg)
{
    rmq_OffsetCommitResponse_init(msg);
}

static int any_decode_OffsetCommitResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetCommitResponse_decode(r, version, arena, out);
}

static int any_encode_OffsetCommitResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetCommitResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetCommitResponse_desc = {
    .name = "OffsetCommitResponse",
    .api_key = 8,
    .request = false,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 8,
    .root = &desc_OffsetCommitResponse,
    .init = any_init_OffsetCommitResponse,
    .decode = any_decode_OffsetCommitResponse,
    .encode = any_encode_OffsetCommitResponse,
};

