/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/offset_fetch.h"

/* ---- OffsetFetchRequest (OffsetFetchRequest.json, versions 0-9, flexible 6+) ---- */

static void dec_OffsetFetchRequest_OffsetFetchRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *out);
static void enc_OffsetFetchRequest_OffsetFetchRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *in);
static void dec_OffsetFetchRequest_OffsetFetchRequestTopics(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *out);
static void enc_OffsetFetchRequest_OffsetFetchRequestTopics(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *in);
static void dec_OffsetFetchRequest_OffsetFetchRequestGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *out);
static void enc_OffsetFetchRequest_OffsetFetchRequestGroup(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *in);
static void dec_OffsetFetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_t *out);
static void enc_OffsetFetchRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_t *in);

void rmq_OffsetFetchRequest_OffsetFetchRequestTopic_init(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchRequest_OffsetFetchRequestTopics_init(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchRequest_OffsetFetchRequestGroup_init(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->member_epoch = -1;
}

void rmq_OffsetFetchRequest_init(rmq_OffsetFetchRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
}

static void dec_OffsetFetchRequest_OffsetFetchRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchRequest_OffsetFetchRequestTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_partition_indexes = rmq_kw_read_array_len(r, version >= 6, false, 4);
        out->partition_indexes_count = n_partition_indexes;
        out->partition_indexes = rmq_kw_array_alloc(r, arena, n_partition_indexes, sizeof(*out->partition_indexes));
        for (int32_t i = 0; i < n_partition_indexes && !(r)->err; i++)
            out->partition_indexes[i] = rmq_kw_read_int32(r);
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

static void enc_OffsetFetchRequest_OffsetFetchRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 6, false);
    rmq_kw_write_array_len(w, in->partition_indexes_count, version >= 6, false);
    if (in->partition_indexes_count > 0 && !in->partition_indexes)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].PartitionIndexes: count without items");
    else
        for (int32_t i = 0; i < in->partition_indexes_count; i++)
            rmq_kw_write_int32(w, in->partition_indexes[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetFetchRequest_OffsetFetchRequestTopics(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchRequest_OffsetFetchRequestTopics_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    {
        int32_t n_partition_indexes = rmq_kw_read_array_len(r, true, false, 4);
        out->partition_indexes_count = n_partition_indexes;
        out->partition_indexes = rmq_kw_array_alloc(r, arena, n_partition_indexes, sizeof(*out->partition_indexes));
        for (int32_t i = 0; i < n_partition_indexes && !(r)->err; i++)
            out->partition_indexes[i] = rmq_kw_read_int32(r);
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

static void enc_OffsetFetchRequest_OffsetFetchRequestTopics(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_array_len(w, in->partition_indexes_count, true, false);
    if (in->partition_indexes_count > 0 && !in->partition_indexes)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups[].Topics[].PartitionIndexes: count without items");
    else
        for (int32_t i = 0; i < in->partition_indexes_count; i++)
            rmq_kw_write_int32(w, in->partition_indexes[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_OffsetFetchRequest_OffsetFetchRequestGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchRequest_OffsetFetchRequestGroup_init(out);
    out->group_id = rmq_kw_read_str(r, true, false);
    if (version >= 9) {
        out->member_id = rmq_kw_read_str(r, true, true);
    }
    if (version >= 9) {
        out->member_epoch = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, true, true, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetFetchRequest_OffsetFetchRequestTopics(r, version, arena, &out->topics[i]);
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

static void enc_OffsetFetchRequest_OffsetFetchRequestGroup(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, true, false);
    if (version >= 9) {
        rmq_kw_write_str(w, in->member_id, true, true);
    }
    if (version >= 9) {
        rmq_kw_write_int32(w, in->member_epoch);
    }
    rmq_kw_write_array_len(w, in->topics_count, true, true);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups[].Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetFetchRequest_OffsetFetchRequestTopics(w, version, &in->topics[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_OffsetFetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchRequest_init(out);
    if (version <= 7) {
        out->group_id = rmq_kw_read_str(r, version >= 6, false);
    }
    if (version <= 7) {
        {
            int32_t n_topics = rmq_kw_read_array_len(r, version >= 6, version >= 2, 3);
            out->topics_count = n_topics;
            out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
            for (int32_t i = 0; i < n_topics && !(r)->err; i++)
                dec_OffsetFetchRequest_OffsetFetchRequestTopic(r, version, arena, &out->topics[i]);
        }
    }
    if (version >= 8) {
        {
            int32_t n_groups = rmq_kw_read_array_len(r, true, false, 3);
            out->groups_count = n_groups;
            out->groups = rmq_kw_array_alloc(r, arena, n_groups, sizeof(*out->groups));
            for (int32_t i = 0; i < n_groups && !(r)->err; i++)
                dec_OffsetFetchRequest_OffsetFetchRequestGroup(r, version, arena, &out->groups[i]);
        }
    }
    if (version >= 7) {
        out->require_stable = rmq_kw_read_bool(r);
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

static void enc_OffsetFetchRequest(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchRequest_t *in)
{
    (void)version;
    (void)in;
    if (version <= 7) {
        rmq_kw_write_str(w, in->group_id, version >= 6, false);
    }
    if (version <= 7) {
        rmq_kw_write_array_len(w, in->topics_count, version >= 6, version >= 2);
        if (in->topics_count > 0 && !in->topics)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
        else
            for (int32_t i = 0; i < in->topics_count; i++)
                enc_OffsetFetchRequest_OffsetFetchRequestTopic(w, version, &in->topics[i]);
    }
    if (version >= 8) {
        rmq_kw_write_array_len(w, in->groups_count, true, false);
        if (in->groups_count > 0 && !in->groups)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Groups: count without items");
        else
            for (int32_t i = 0; i < in->groups_count; i++)
                enc_OffsetFetchRequest_OffsetFetchRequestGroup(w, version, &in->groups[i]);
    }
    if (version >= 7) {
        rmq_kw_write_bool(w, in->require_stable);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetFetchRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchRequest_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetFetchRequest version");
    dec_OffsetFetchRequest(r, version, arena, out);
    return r->err;
}

int rmq_OffsetFetchRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetFetchRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetFetchRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetFetchRequest_OffsetFetchRequestTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partition_indexes", .kafka_name = "PartitionIndexes", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t, partition_indexes), .count_offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t, partition_indexes_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchRequest_OffsetFetchRequestTopic = {
    .name = "rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t",
    .size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t),
    .fields = fields_OffsetFetchRequest_OffsetFetchRequestTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetFetchRequest_OffsetFetchRequestTopics[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t, name), .def_null = false, .def_str = ""},
    {.name = "partition_indexes", .kafka_name = "PartitionIndexes", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t, partition_indexes), .count_offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t, partition_indexes_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchRequest_OffsetFetchRequestTopics = {
    .name = "rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t",
    .size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t),
    .fields = fields_OffsetFetchRequest_OffsetFetchRequestTopics,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetFetchRequest_OffsetFetchRequestGroup[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t, group_id), .def_null = false, .def_str = ""},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 9, .ver_hi = 9, .null_lo = 9, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t, member_id), .def_null = true},
    {.name = "member_epoch", .kafka_name = "MemberEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 9, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t, member_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 8, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t, topics), .count_offset = offsetof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t, topics_count), .item_size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestTopics_t), .sub = &desc_OffsetFetchRequest_OffsetFetchRequestTopics, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchRequest_OffsetFetchRequestGroup = {
    .name = "rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t",
    .size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t),
    .fields = fields_OffsetFetchRequest_OffsetFetchRequestGroup,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_OffsetFetchRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 2, .null_hi = 7, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_t, topics), .count_offset = offsetof(rmq_OffsetFetchRequest_t, topics_count), .item_size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestTopic_t), .sub = &desc_OffsetFetchRequest_OffsetFetchRequestTopic, .def_null = false},
    {.name = "groups", .kafka_name = "Groups", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_t, groups), .count_offset = offsetof(rmq_OffsetFetchRequest_t, groups_count), .item_size = sizeof(rmq_OffsetFetchRequest_OffsetFetchRequestGroup_t), .sub = &desc_OffsetFetchRequest_OffsetFetchRequestGroup, .def_null = false},
    {.name = "require_stable", .kafka_name = "RequireStable", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 7, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchRequest_t, require_stable), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_OffsetFetchRequest = {
    .name = "rmq_OffsetFetchRequest_t",
    .size = sizeof(rmq_OffsetFetchRequest_t),
    .fields = fields_OffsetFetchRequest,
    .nfields = 4,
};

static void any_init_OffsetFetchRequest(void *msg)
{
    rmq_OffsetFetchRequest_init(msg);
}

static int any_decode_OffsetFetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetFetchRequest_decode(r, version, arena, out);
}

static int any_encode_OffsetFetchRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetFetchRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetFetchRequest_desc = {
    .name = "OffsetFetchRequest",
    .api_key = 9,
    .request = true,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 6,
    .root = &desc_OffsetFetchRequest,
    .init = any_init_OffsetFetchRequest,
    .decode = any_decode_OffsetFetchRequest,
    .encode = any_encode_OffsetFetchRequest,
};

/* ---- OffsetFetchResponse (OffsetFetchResponse.json, versions 0-9, flexible 6+) ---- */

static void dec_OffsetFetchResponse_OffsetFetchResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *out);
static void enc_OffsetFetchResponse_OffsetFetchResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *in);
static void dec_OffsetFetchResponse_OffsetFetchResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *out);
static void enc_OffsetFetchResponse_OffsetFetchResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *in);
static void dec_OffsetFetchResponse_OffsetFetchResponsePartitions(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *out);
static void enc_OffsetFetchResponse_OffsetFetchResponsePartitions(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *in);
static void dec_OffsetFetchResponse_OffsetFetchResponseTopics(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *out);
static void enc_OffsetFetchResponse_OffsetFetchResponseTopics(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *in);
static void dec_OffsetFetchResponse_OffsetFetchResponseGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *out);
static void enc_OffsetFetchResponse_OffsetFetchResponseGroup(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *in);
static void dec_OffsetFetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_t *out);
static void enc_OffsetFetchResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_t *in);

void rmq_OffsetFetchResponse_OffsetFetchResponsePartition_init(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->committed_leader_epoch = -1;
    v->metadata = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchResponse_OffsetFetchResponseTopic_init(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_init(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *v)
{
    memset(v, 0, sizeof(*v));
    v->committed_leader_epoch = -1;
    v->metadata = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchResponse_OffsetFetchResponseTopics_init(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchResponse_OffsetFetchResponseGroup_init(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
}

void rmq_OffsetFetchResponse_init(rmq_OffsetFetchResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_OffsetFetchResponse_OffsetFetchResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_OffsetFetchResponsePartition_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->committed_offset = rmq_kw_read_int64(r);
    if (version >= 5) {
        out->committed_leader_epoch = rmq_kw_read_int32(r);
    }
    out->metadata = rmq_kw_read_str(r, version >= 6, true);
    out->error_code = rmq_kw_read_int16(r);
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

static void enc_OffsetFetchResponse_OffsetFetchResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int64(w, in->committed_offset);
    if (version >= 5) {
        rmq_kw_write_int32(w, in->committed_leader_epoch);
    }
    rmq_kw_write_str(w, in->metadata, version >= 6, true);
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetFetchResponse_OffsetFetchResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_OffsetFetchResponseTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 6, false, 16);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetFetchResponse_OffsetFetchResponsePartition(r, version, arena, &out->partitions[i]);
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

static void enc_OffsetFetchResponse_OffsetFetchResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 6, false);
    rmq_kw_write_array_len(w, in->partitions_count, version >= 6, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetFetchResponse_OffsetFetchResponsePartition(w, version, &in->partitions[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_OffsetFetchResponse_OffsetFetchResponsePartitions(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->committed_offset = rmq_kw_read_int64(r);
    out->committed_leader_epoch = rmq_kw_read_int32(r);
    out->metadata = rmq_kw_read_str(r, true, true);
    out->error_code = rmq_kw_read_int16(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_OffsetFetchResponse_OffsetFetchResponsePartitions(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int64(w, in->committed_offset);
    rmq_kw_write_int32(w, in->committed_leader_epoch);
    rmq_kw_write_str(w, in->metadata, true, true);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_OffsetFetchResponse_OffsetFetchResponseTopics(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_OffsetFetchResponseTopics_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, true, false, 20);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_OffsetFetchResponse_OffsetFetchResponsePartitions(r, version, arena, &out->partitions[i]);
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

static void enc_OffsetFetchResponse_OffsetFetchResponseTopics(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_array_len(w, in->partitions_count, true, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups[].Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_OffsetFetchResponse_OffsetFetchResponsePartitions(w, version, &in->partitions[i]);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_OffsetFetchResponse_OffsetFetchResponseGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_OffsetFetchResponseGroup_init(out);
    out->group_id = rmq_kw_read_str(r, true, false);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, true, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_OffsetFetchResponse_OffsetFetchResponseTopics(r, version, arena, &out->topics[i]);
    }
    out->error_code = rmq_kw_read_int16(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_OffsetFetchResponse_OffsetFetchResponseGroup(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, true, false);
    rmq_kw_write_array_len(w, in->topics_count, true, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups[].Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_OffsetFetchResponse_OffsetFetchResponseTopics(w, version, &in->topics[i]);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_OffsetFetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_OffsetFetchResponse_init(out);
    if (version >= 3) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    if (version <= 7) {
        {
            int32_t n_topics = rmq_kw_read_array_len(r, version >= 6, false, 3);
            out->topics_count = n_topics;
            out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
            for (int32_t i = 0; i < n_topics && !(r)->err; i++)
                dec_OffsetFetchResponse_OffsetFetchResponseTopic(r, version, arena, &out->topics[i]);
        }
    }
    if (version >= 2 && version <= 7) {
        out->error_code = rmq_kw_read_int16(r);
    }
    if (version >= 8) {
        {
            int32_t n_groups = rmq_kw_read_array_len(r, true, false, 5);
            out->groups_count = n_groups;
            out->groups = rmq_kw_array_alloc(r, arena, n_groups, sizeof(*out->groups));
            for (int32_t i = 0; i < n_groups && !(r)->err; i++)
                dec_OffsetFetchResponse_OffsetFetchResponseGroup(r, version, arena, &out->groups[i]);
        }
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

static void enc_OffsetFetchResponse(rmq_kw_writer_t *w, int16_t version, const rmq_OffsetFetchResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    if (version <= 7) {
        rmq_kw_write_array_len(w, in->topics_count, version >= 6, false);
        if (in->topics_count > 0 && !in->topics)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
        else
            for (int32_t i = 0; i < in->topics_count; i++)
                enc_OffsetFetchResponse_OffsetFetchResponseTopic(w, version, &in->topics[i]);
    }
    if (version >= 2 && version <= 7) {
        rmq_kw_write_int16(w, in->error_code);
    }
    if (version >= 8) {
        rmq_kw_write_array_len(w, in->groups_count, true, false);
        if (in->groups_count > 0 && !in->groups)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Groups: count without items");
        else
            for (int32_t i = 0; i < in->groups_count; i++)
                enc_OffsetFetchResponse_OffsetFetchResponseGroup(w, version, &in->groups[i]);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_OffsetFetchResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_OffsetFetchResponse_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported OffsetFetchResponse version");
    dec_OffsetFetchResponse(r, version, arena, out);
    return r->err;
}

int rmq_OffsetFetchResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_OffsetFetchResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_OffsetFetchResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_OffsetFetchResponse_OffsetFetchResponsePartition[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_offset", .kafka_name = "CommittedOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t, committed_offset), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_leader_epoch", .kafka_name = "CommittedLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t, committed_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "metadata", .kafka_name = "Metadata", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 0, .null_hi = 7, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t, metadata), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse_OffsetFetchResponsePartition = {
    .name = "rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t",
    .size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t),
    .fields = fields_OffsetFetchResponse_OffsetFetchResponsePartition,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_OffsetFetchResponse_OffsetFetchResponseTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t, partitions), .count_offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t, partitions_count), .item_size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponsePartition_t), .sub = &desc_OffsetFetchResponse_OffsetFetchResponsePartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse_OffsetFetchResponseTopic = {
    .name = "rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t",
    .size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t),
    .fields = fields_OffsetFetchResponse_OffsetFetchResponseTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetFetchResponse_OffsetFetchResponsePartitions[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_offset", .kafka_name = "CommittedOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t, committed_offset), .def_null = false, .def_int = INT64_C(0)},
    {.name = "committed_leader_epoch", .kafka_name = "CommittedLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t, committed_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "metadata", .kafka_name = "Metadata", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 8, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t, metadata), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse_OffsetFetchResponsePartitions = {
    .name = "rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t",
    .size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t),
    .fields = fields_OffsetFetchResponse_OffsetFetchResponsePartitions,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_OffsetFetchResponse_OffsetFetchResponseTopics[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t, name), .def_null = false, .def_str = ""},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t, partitions), .count_offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t, partitions_count), .item_size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponsePartitions_t), .sub = &desc_OffsetFetchResponse_OffsetFetchResponsePartitions, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse_OffsetFetchResponseTopics = {
    .name = "rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t",
    .size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t),
    .fields = fields_OffsetFetchResponse_OffsetFetchResponseTopics,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_OffsetFetchResponse_OffsetFetchResponseGroup[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t, group_id), .def_null = false, .def_str = ""},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t, topics), .count_offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t, topics_count), .item_size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseTopics_t), .sub = &desc_OffsetFetchResponse_OffsetFetchResponseTopics, .def_null = false},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse_OffsetFetchResponseGroup = {
    .name = "rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t",
    .size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t),
    .fields = fields_OffsetFetchResponse_OffsetFetchResponseGroup,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_OffsetFetchResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_t, topics), .count_offset = offsetof(rmq_OffsetFetchResponse_t, topics_count), .item_size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseTopic_t), .sub = &desc_OffsetFetchResponse_OffsetFetchResponseTopic, .def_null = false},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 2, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "groups", .kafka_name = "Groups", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_OffsetFetchResponse_t, groups), .count_offset = offsetof(rmq_OffsetFetchResponse_t, groups_count), .item_size = sizeof(rmq_OffsetFetchResponse_OffsetFetchResponseGroup_t), .sub = &desc_OffsetFetchResponse_OffsetFetchResponseGroup, .def_null = false},
};
static const rmq_kstruct_desc_t desc_OffsetFetchResponse = {
    .name = "rmq_OffsetFetchResponse_t",
    .size = sizeof(rmq_OffsetFetchResponse_t),
    .fields = fields_OffsetFetchResponse,
    .nfields = 4,
};

static void any_init_OffsetFetchResponse(void *msg)
{
    rmq_OffsetFetchResponse_init(msg);
}

static int any_decode_OffsetFetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_OffsetFetchResponse_decode(r, version, arena, out);
}

static int any_encode_OffsetFetchResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_OffsetFetchResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_OffsetFetchResponse_desc = {
    .name = "OffsetFetchResponse",
    .api_key = 9,
    .request = false,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 6,
    .root = &desc_OffsetFetchResponse,
    .init = any_init_OffsetFetchResponse,
    .decode = any_decode_OffsetFetchResponse,
    .encode = any_encode_OffsetFetchResponse,
};

