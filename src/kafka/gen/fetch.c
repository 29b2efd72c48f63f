/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/fetch.h"

/* ---- FetchRequest (FetchRequest.json, versions 0-17, flexible 12+) ---- */

static void dec_FetchRequest_ReplicaState(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_ReplicaState_t *out);
static void enc_FetchRequest_ReplicaState(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_ReplicaState_t *in);
static bool isdef_FetchRequest_ReplicaState(const rmq_FetchRequest_ReplicaState_t *in);
static void dec_FetchRequest_FetchPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_FetchPartition_t *out);
static void enc_FetchRequest_FetchPartition(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_FetchPartition_t *in);
static void dec_FetchRequest_FetchTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_FetchTopic_t *out);
static void enc_FetchRequest_FetchTopic(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_FetchTopic_t *in);
static void dec_FetchRequest_ForgottenTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_ForgottenTopic_t *out);
static void enc_FetchRequest_ForgottenTopic(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_ForgottenTopic_t *in);
static void dec_FetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_t *out);
static void enc_FetchRequest(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_t *in);

void rmq_FetchRequest_ReplicaState_init(rmq_FetchRequest_ReplicaState_t *v)
{
    memset(v, 0, sizeof(*v));
    v->replica_id = -1;
    v->replica_epoch = INT64_C(-1);
}

void rmq_FetchRequest_FetchPartition_init(rmq_FetchRequest_FetchPartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->current_leader_epoch = -1;
    v->last_fetched_epoch = -1;
    v->log_start_offset = INT64_C(-1);
}

void rmq_FetchRequest_FetchTopic_init(rmq_FetchRequest_FetchTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->topic = RMQ_KW_STR_LIT("");
}

void rmq_FetchRequest_ForgottenTopic_init(rmq_FetchRequest_ForgottenTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->topic = RMQ_KW_STR_LIT("");
}

void rmq_FetchRequest_init(rmq_FetchRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->replica_id = -1;
    rmq_FetchRequest_ReplicaState_init(&v->replica_state);
    v->max_bytes = 2147483647;
    v->session_epoch = -1;
    v->rack_id = RMQ_KW_STR_LIT("");
}

static bool isdef_FetchRequest_ReplicaState(const rmq_FetchRequest_ReplicaState_t *in)
{
    return (in->replica_id == -1) &&
           (in->replica_epoch == INT64_C(-1));
}

static void dec_FetchRequest_ReplicaState(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_ReplicaState_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchRequest_ReplicaState_init(out);
    out->replica_id = rmq_kw_read_int32(r);
    out->replica_epoch = rmq_kw_read_int64(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FetchRequest_ReplicaState(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_ReplicaState_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->replica_id);
    rmq_kw_write_int64(w, in->replica_epoch);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_FetchRequest_FetchPartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_FetchPartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchRequest_FetchPartition_init(out);
    out->partition = rmq_kw_read_int32(r);
    if (version >= 9) {
        out->current_leader_epoch = rmq_kw_read_int32(r);
    }
    out->fetch_offset = rmq_kw_read_int64(r);
    if (version >= 12) {
        out->last_fetched_epoch = rmq_kw_read_int32(r);
    }
    if (version >= 5) {
        out->log_start_offset = rmq_kw_read_int64(r);
    }
    out->partition_max_bytes = rmq_kw_read_int32(r);
    if (version >= 12) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 17)) {
                out->replica_directory_id = rmq_kw_read_uuid(&sub);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_FetchRequest_FetchPartition(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_FetchPartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition);
    if (version >= 9) {
        rmq_kw_write_int32(w, in->current_leader_epoch);
    }
    rmq_kw_write_int64(w, in->fetch_offset);
    if (version >= 12) {
        rmq_kw_write_int32(w, in->last_fetched_epoch);
    }
    if (version >= 5) {
        rmq_kw_write_int64(w, in->log_start_offset);
    }
    rmq_kw_write_int32(w, in->partition_max_bytes);
    if (version >= 12) {
        const bool has_replica_directory_id = (version >= 17) && !(rmq_kw_uuid_is_zero(&in->replica_directory_id));
        rmq_kw_write_uvarint(w, (uint32_t)has_replica_directory_id);
        if (has_replica_directory_id) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_uuid(w, &in->replica_directory_id);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

static void dec_FetchRequest_FetchTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_FetchTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchRequest_FetchTopic_init(out);
    if (version <= 12) {
        out->topic = rmq_kw_read_str(r, version >= 12, false);
    }
    if (version >= 13) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 12, false, 16);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_FetchRequest_FetchPartition(r, version, arena, &out->partitions[i]);
    }
    if (version >= 12) {
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

static void enc_FetchRequest_FetchTopic(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_FetchTopic_t *in)
{
    (void)version;
    (void)in;
    if (version <= 12) {
        rmq_kw_write_str(w, in->topic, version >= 12, false);
    }
    if (version >= 13) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_array_len(w, in->partitions_count, version >= 12, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_FetchRequest_FetchPartition(w, version, &in->partitions[i]);
    if (version >= 12) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_FetchRequest_ForgottenTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_ForgottenTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchRequest_ForgottenTopic_init(out);
    if (version <= 12) {
        out->topic = rmq_kw_read_str(r, version >= 12, false);
    }
    if (version >= 13) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 12, false, 4);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            out->partitions[i] = rmq_kw_read_int32(r);
    }
    if (version >= 12) {
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

static void enc_FetchRequest_ForgottenTopic(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_ForgottenTopic_t *in)
{
    (void)version;
    (void)in;
    if (version <= 12) {
        rmq_kw_write_str(w, in->topic, version >= 12, false);
    }
    if (version >= 13) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_array_len(w, in->partitions_count, version >= 12, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "ForgottenTopicsData[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            rmq_kw_write_int32(w, in->partitions[i]);
    if (version >= 12) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_FetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchRequest_init(out);
    if (version <= 14) {
        out->replica_id = rmq_kw_read_int32(r);
    }
    out->max_wait_ms = rmq_kw_read_int32(r);
    out->min_bytes = rmq_kw_read_int32(r);
    if (version >= 3) {
        out->max_bytes = rmq_kw_read_int32(r);
    }
    if (version >= 4) {
        out->isolation_level = rmq_kw_read_int8(r);
    }
    if (version >= 7) {
        out->session_id = rmq_kw_read_int32(r);
    }
    if (version >= 7) {
        out->session_epoch = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 12, false, 3);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_FetchRequest_FetchTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 7) {
        {
            int32_t n_forgotten_topics_data = rmq_kw_read_array_len(r, version >= 12, false, 3);
            out->forgotten_topics_data_count = n_forgotten_topics_data;
            out->forgotten_topics_data = rmq_kw_array_alloc(r, arena, n_forgotten_topics_data, sizeof(*out->forgotten_topics_data));
            for (int32_t i = 0; i < n_forgotten_topics_data && !(r)->err; i++)
                dec_FetchRequest_ForgottenTopic(r, version, arena, &out->forgotten_topics_data[i]);
        }
    }
    if (version >= 11) {
        out->rack_id = rmq_kw_read_str(r, version >= 12, false);
    }
    if (version >= 12) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 12)) {
                out->cluster_id = rmq_kw_read_str(&sub, true, true);
            } else if (tag == 1 && (version >= 15)) {
                dec_FetchRequest_ReplicaState(&sub, version, arena, &out->replica_state);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_FetchRequest(rmq_kw_writer_t *w, int16_t version, const rmq_FetchRequest_t *in)
{
    (void)version;
    (void)in;
    if (version <= 14) {
        rmq_kw_write_int32(w, in->replica_id);
    }
    rmq_kw_write_int32(w, in->max_wait_ms);
    rmq_kw_write_int32(w, in->min_bytes);
    if (version >= 3) {
        rmq_kw_write_int32(w, in->max_bytes);
    }
    if (version >= 4) {
        rmq_kw_write_int8(w, in->isolation_level);
    }
    if (version >= 7) {
        rmq_kw_write_int32(w, in->session_id);
    }
    if (version >= 7) {
        rmq_kw_write_int32(w, in->session_epoch);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 12, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_FetchRequest_FetchTopic(w, version, &in->topics[i]);
    if (version >= 7) {
        rmq_kw_write_array_len(w, in->forgotten_topics_data_count, version >= 12, false);
        if (in->forgotten_topics_data_count > 0 && !in->forgotten_topics_data)
            rmq_kw_write_fail(w, RMQ_EINVAL, "ForgottenTopicsData: count without items");
        else
            for (int32_t i = 0; i < in->forgotten_topics_data_count; i++)
                enc_FetchRequest_ForgottenTopic(w, version, &in->forgotten_topics_data[i]);
    }
    if (version >= 11) {
        rmq_kw_write_str(w, in->rack_id, version >= 12, false);
    }
    if (version >= 12) {
        const bool has_cluster_id = (version >= 12) && !(in->cluster_id.ptr == NULL);
        const bool has_replica_state = (version >= 15) && !(isdef_FetchRequest_ReplicaState(&in->replica_state));
        rmq_kw_write_uvarint(w, (uint32_t)has_cluster_id + (uint32_t)has_replica_state);
        if (has_cluster_id) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_str(w, in->cluster_id, true, true);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_replica_state) {
            size_t mark = rmq_kw_write_tag_begin(w, 1);
            enc_FetchRequest_ReplicaState(w, version, &in->replica_state);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

int rmq_FetchRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchRequest_t *out)
{
    if (version < 0 || version > 17)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported FetchRequest version");
    dec_FetchRequest(r, version, arena, out);
    return r->err;
}

int rmq_FetchRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FetchRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 17)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_FetchRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_FetchRequest_ReplicaState[] = {
    {.name = "replica_id", .kafka_name = "ReplicaId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 15, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_ReplicaState_t, replica_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "replica_epoch", .kafka_name = "ReplicaEpoch", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 15, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_ReplicaState_t, replica_epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_FetchRequest_ReplicaState = {
    .name = "rmq_FetchRequest_ReplicaState_t",
    .size = sizeof(rmq_FetchRequest_ReplicaState_t),
    .fields = fields_FetchRequest_ReplicaState,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_FetchRequest_FetchPartition[] = {
    {.name = "partition", .kafka_name = "Partition", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, partition), .def_null = false, .def_int = INT64_C(0)},
    {.name = "current_leader_epoch", .kafka_name = "CurrentLeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 9, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, current_leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "fetch_offset", .kafka_name = "FetchOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, fetch_offset), .def_null = false, .def_int = INT64_C(0)},
    {.name = "last_fetched_epoch", .kafka_name = "LastFetchedEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, last_fetched_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "log_start_offset", .kafka_name = "LogStartOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 5, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, log_start_offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "partition_max_bytes", .kafka_name = "PartitionMaxBytes", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, partition_max_bytes), .def_null = false, .def_int = INT64_C(0)},
    {.name = "replica_directory_id", .kafka_name = "ReplicaDirectoryId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 17, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 17, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchPartition_t, replica_directory_id), .def_null = false},
};
static const rmq_kstruct_desc_t desc_FetchRequest_FetchPartition = {
    .name = "rmq_FetchRequest_FetchPartition_t",
    .size = sizeof(rmq_FetchRequest_FetchPartition_t),
    .fields = fields_FetchRequest_FetchPartition,
    .nfields = 7,
};

static const rmq_kfield_desc_t fields_FetchRequest_FetchTopic[] = {
    {.name = "topic", .kafka_name = "Topic", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchTopic_t, topic), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 13, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchTopic_t, topic_id), .def_null = false},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_FetchTopic_t, partitions), .count_offset = offsetof(rmq_FetchRequest_FetchTopic_t, partitions_count), .item_size = sizeof(rmq_FetchRequest_FetchPartition_t), .sub = &desc_FetchRequest_FetchPartition, .def_null = false},
};
static const rmq_kstruct_desc_t desc_FetchRequest_FetchTopic = {
    .name = "rmq_FetchRequest_FetchTopic_t",
    .size = sizeof(rmq_FetchRequest_FetchTopic_t),
    .fields = fields_FetchRequest_FetchTopic,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_FetchRequest_ForgottenTopic[] = {
    {.name = "topic", .kafka_name = "Topic", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 7, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_ForgottenTopic_t, topic), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 13, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_ForgottenTopic_t, topic_id), .def_null = false},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_ForgottenTopic_t, partitions), .count_offset = offsetof(rmq_FetchRequest_ForgottenTopic_t, partitions_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_FetchRequest_ForgottenTopic = {
    .name = "rmq_FetchRequest_ForgottenTopic_t",
    .size = sizeof(rmq_FetchRequest_ForgottenTopic_t),
    .fields = fields_FetchRequest_ForgottenTopic,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_FetchRequest[] = {
    {.name = "cluster_id", .kafka_name = "ClusterId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 12, .null_hi = 17, .tag_lo = 12, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, cluster_id), .def_null = true},
    {.name = "replica_id", .kafka_name = "ReplicaId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 14, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, replica_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "replica_state", .kafka_name = "ReplicaState", .kind = RMQ_KF_STRUCT, .array = false, .ver_lo = 15, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 15, .flex_lo = 12, .tag = 1, .offset = offsetof(rmq_FetchRequest_t, replica_state), .item_size = sizeof(rmq_FetchRequest_ReplicaState_t), .sub = &desc_FetchRequest_ReplicaState, .def_null = false},
    {.name = "max_wait_ms", .kafka_name = "MaxWaitMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, max_wait_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "min_bytes", .kafka_name = "MinBytes", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, min_bytes), .def_null = false, .def_int = INT64_C(0)},
    {.name = "max_bytes", .kafka_name = "MaxBytes", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, max_bytes), .def_null = false, .def_int = INT64_C(2147483647)},
    {.name = "isolation_level", .kafka_name = "IsolationLevel", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 4, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, isolation_level), .def_null = false, .def_int = INT64_C(0)},
    {.name = "session_id", .kafka_name = "SessionId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, session_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "session_epoch", .kafka_name = "SessionEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, session_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, topics), .count_offset = offsetof(rmq_FetchRequest_t, topics_count), .item_size = sizeof(rmq_FetchRequest_FetchTopic_t), .sub = &desc_FetchRequest_FetchTopic, .def_null = false},
    {.name = "forgotten_topics_data", .kafka_name = "ForgottenTopicsData", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, forgotten_topics_data), .count_offset = offsetof(rmq_FetchRequest_t, forgotten_topics_data_count), .item_size = sizeof(rmq_FetchRequest_ForgottenTopic_t), .sub = &desc_FetchRequest_ForgottenTopic, .def_null = false},
    {.name = "rack_id", .kafka_name = "RackId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 11, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchRequest_t, rack_id), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_FetchRequest = {
    .name = "rmq_FetchRequest_t",
    .size = sizeof(rmq_FetchRequest_t),
    .fields = fields_FetchRequest,
    .nfields = 12,
};

static void any_init_FetchRequest(void *msg)
{
    rmq_FetchRequest_init(msg);
}

static int any_decode_FetchRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_FetchRequest_decode(r, version, arena, out);
}

static int any_encode_FetchRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_FetchRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_FetchRequest_desc = {
    .name = "FetchRequest",
    .api_key = 1,
    .request = true,
    .min_version = 0,
    .max_version = 17,
    .flex_lo = 12,
    .root = &desc_FetchRequest,
    .init = any_init_FetchRequest,
    .decode = any_decode_FetchRequest,
    .encode = any_encode_FetchRequest,
};

/* ---- FetchResponse (FetchResponse.json, versions 0-17, flexible 12+) ---- */

static void dec_FetchResponse_EpochEndOffset(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_EpochEndOffset_t *out);
static void enc_FetchResponse_EpochEndOffset(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_EpochEndOffset_t *in);
static bool isdef_FetchResponse_EpochEndOffset(const rmq_FetchResponse_EpochEndOffset_t *in);
static void dec_FetchResponse_LeaderIdAndEpoch(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_LeaderIdAndEpoch_t *out);
static void enc_FetchResponse_LeaderIdAndEpoch(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_LeaderIdAndEpoch_t *in);
static bool isdef_FetchResponse_LeaderIdAndEpoch(const rmq_FetchResponse_LeaderIdAndEpoch_t *in);
static void dec_FetchResponse_SnapshotId(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_SnapshotId_t *out);
static void enc_FetchResponse_SnapshotId(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_SnapshotId_t *in);
static bool isdef_FetchResponse_SnapshotId(const rmq_FetchResponse_SnapshotId_t *in);
static void dec_FetchResponse_AbortedTransaction(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_AbortedTransaction_t *out);
static void enc_FetchResponse_AbortedTransaction(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_AbortedTransaction_t *in);
static void dec_FetchResponse_PartitionData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_PartitionData_t *out);
static void enc_FetchResponse_PartitionData(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_PartitionData_t *in);
static void dec_FetchResponse_FetchableTopicResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_FetchableTopicResponse_t *out);
static void enc_FetchResponse_FetchableTopicResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_FetchableTopicResponse_t *in);
static void dec_FetchResponse_NodeEndpoint(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_NodeEndpoint_t *out);
static void enc_FetchResponse_NodeEndpoint(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_NodeEndpoint_t *in);
static void dec_FetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_t *out);
static void enc_FetchResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_t *in);

void rmq_FetchResponse_EpochEndOffset_init(rmq_FetchResponse_EpochEndOffset_t *v)
{
    memset(v, 0, sizeof(*v));
    v->epoch = -1;
    v->end_offset = INT64_C(-1);
}

void rmq_FetchResponse_LeaderIdAndEpoch_init(rmq_FetchResponse_LeaderIdAndEpoch_t *v)
{
    memset(v, 0, sizeof(*v));
    v->leader_id = -1;
    v->leader_epoch = -1;
}

void rmq_FetchResponse_SnapshotId_init(rmq_FetchResponse_SnapshotId_t *v)
{
    memset(v, 0, sizeof(*v));
    v->end_offset = INT64_C(-1);
    v->epoch = -1;
}

void rmq_FetchResponse_AbortedTransaction_init(rmq_FetchResponse_AbortedTransaction_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_FetchResponse_PartitionData_init(rmq_FetchResponse_PartitionData_t *v)
{
    memset(v, 0, sizeof(*v));
    v->last_stable_offset = INT64_C(-1);
    v->log_start_offset = INT64_C(-1);
    rmq_FetchResponse_EpochEndOffset_init(&v->diverging_epoch);
    rmq_FetchResponse_LeaderIdAndEpoch_init(&v->current_leader);
    rmq_FetchResponse_SnapshotId_init(&v->snapshot_id);
    v->preferred_read_replica = -1;
}

void rmq_FetchResponse_FetchableTopicResponse_init(rmq_FetchResponse_FetchableTopicResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->topic = RMQ_KW_STR_LIT("");
}

void rmq_FetchResponse_NodeEndpoint_init(rmq_FetchResponse_NodeEndpoint_t *v)
{
    memset(v, 0, sizeof(*v));
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_FetchResponse_init(rmq_FetchResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static bool isdef_FetchResponse_EpochEndOffset(const rmq_FetchResponse_EpochEndOffset_t *in)
{
    return (in->epoch == -1) &&
           (in->end_offset == INT64_C(-1));
}

static void dec_FetchResponse_EpochEndOffset(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_EpochEndOffset_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_EpochEndOffset_init(out);
    out->epoch = rmq_kw_read_int32(r);
    out->end_offset = rmq_kw_read_int64(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FetchResponse_EpochEndOffset(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_EpochEndOffset_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->epoch);
    rmq_kw_write_int64(w, in->end_offset);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static bool isdef_FetchResponse_LeaderIdAndEpoch(const rmq_FetchResponse_LeaderIdAndEpoch_t *in)
{
    return (in->leader_id == -1) &&
           (in->leader_epoch == -1);
}

static void dec_FetchResponse_LeaderIdAndEpoch(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_LeaderIdAndEpoch_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_LeaderIdAndEpoch_init(out);
    out->leader_id = rmq_kw_read_int32(r);
    out->leader_epoch = rmq_kw_read_int32(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FetchResponse_LeaderIdAndEpoch(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_LeaderIdAndEpoch_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->leader_id);
    rmq_kw_write_int32(w, in->leader_epoch);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static bool isdef_FetchResponse_SnapshotId(const rmq_FetchResponse_SnapshotId_t *in)
{
    return (in->end_offset == INT64_C(-1)) &&
           (in->epoch == -1);
}

static void dec_FetchResponse_SnapshotId(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_SnapshotId_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_SnapshotId_init(out);
    out->end_offset = rmq_kw_read_int64(r);
    out->epoch = rmq_kw_read_int32(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FetchResponse_SnapshotId(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_SnapshotId_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int64(w, in->end_offset);
    rmq_kw_write_int32(w, in->epoch);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_FetchResponse_AbortedTransaction(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_AbortedTransaction_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_AbortedTransaction_init(out);
    out->producer_id = rmq_kw_read_int64(r);
    out->first_offset = rmq_kw_read_int64(r);
    if (version >= 12) {
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

static void enc_FetchResponse_AbortedTransaction(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_AbortedTransaction_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int64(w, in->producer_id);
    rmq_kw_write_int64(w, in->first_offset);
    if (version >= 12) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_FetchResponse_PartitionData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_PartitionData_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_PartitionData_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->high_watermark = rmq_kw_read_int64(r);
    if (version >= 4) {
        out->last_stable_offset = rmq_kw_read_int64(r);
    }
    if (version >= 5) {
        out->log_start_offset = rmq_kw_read_int64(r);
    }
    if (version >= 4) {
        {
            int32_t n_aborted_transactions = rmq_kw_read_array_len(r, version >= 12, true, 16);
            out->aborted_transactions_count = n_aborted_transactions;
            out->aborted_transactions = rmq_kw_array_alloc(r, arena, n_aborted_transactions, sizeof(*out->aborted_transactions));
            for (int32_t i = 0; i < n_aborted_transactions && !(r)->err; i++)
                dec_FetchResponse_AbortedTransaction(r, version, arena, &out->aborted_transactions[i]);
        }
    }
    if (version >= 11) {
        out->preferred_read_replica = rmq_kw_read_int32(r);
    }
    out->records = rmq_kw_read_bytes(r, version >= 12, true);
    if (version >= 12) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 12)) {
                dec_FetchResponse_EpochEndOffset(&sub, version, arena, &out->diverging_epoch);
            } else if (tag == 1 && (version >= 12)) {
                dec_FetchResponse_LeaderIdAndEpoch(&sub, version, arena, &out->current_leader);
            } else if (tag == 2 && (version >= 12)) {
                dec_FetchResponse_SnapshotId(&sub, version, arena, &out->snapshot_id);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_FetchResponse_PartitionData(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_PartitionData_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int64(w, in->high_watermark);
    if (version >= 4) {
        rmq_kw_write_int64(w, in->last_stable_offset);
    }
    if (version >= 5) {
        rmq_kw_write_int64(w, in->log_start_offset);
    }
    if (version >= 4) {
        rmq_kw_write_array_len(w, in->aborted_transactions_count, version >= 12, true);
        if (in->aborted_transactions_count > 0 && !in->aborted_transactions)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Responses[].Partitions[].AbortedTransactions: count without items");
        else
            for (int32_t i = 0; i < in->aborted_transactions_count; i++)
                enc_FetchResponse_AbortedTransaction(w, version, &in->aborted_transactions[i]);
    }
    if (version >= 11) {
        rmq_kw_write_int32(w, in->preferred_read_replica);
    }
    rmq_kw_write_records(w, in->records, version >= 12, true);
    if (version >= 12) {
        const bool has_diverging_epoch = (version >= 12) && !(isdef_FetchResponse_EpochEndOffset(&in->diverging_epoch));
        const bool has_current_leader = (version >= 12) && !(isdef_FetchResponse_LeaderIdAndEpoch(&in->current_leader));
        const bool has_snapshot_id = (version >= 12) && !(isdef_FetchResponse_SnapshotId(&in->snapshot_id));
        rmq_kw_write_uvarint(w, (uint32_t)has_diverging_epoch + (uint32_t)has_current_leader + (uint32_t)has_snapshot_id);
        if (has_diverging_epoch) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            enc_FetchResponse_EpochEndOffset(w, version, &in->diverging_epoch);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_current_leader) {
            size_t mark = rmq_kw_write_tag_begin(w, 1);
            enc_FetchResponse_LeaderIdAndEpoch(w, version, &in->current_leader);
            rmq_kw_write_tag_end(w, mark);
        }
        if (has_snapshot_id) {
            size_t mark = rmq_kw_write_tag_begin(w, 2);
            enc_FetchResponse_SnapshotId(w, version, &in->snapshot_id);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

static void dec_FetchResponse_FetchableTopicResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_FetchableTopicResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_FetchableTopicResponse_init(out);
    if (version <= 12) {
        out->topic = rmq_kw_read_str(r, version >= 12, false);
    }
    if (version >= 13) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 12, false, 18);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_FetchResponse_PartitionData(r, version, arena, &out->partitions[i]);
    }
    if (version >= 12) {
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

static void enc_FetchResponse_FetchableTopicResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_FetchableTopicResponse_t *in)
{
    (void)version;
    (void)in;
    if (version <= 12) {
        rmq_kw_write_str(w, in->topic, version >= 12, false);
    }
    if (version >= 13) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_array_len(w, in->partitions_count, version >= 12, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_FetchResponse_PartitionData(w, version, &in->partitions[i]);
    if (version >= 12) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_FetchResponse_NodeEndpoint(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_NodeEndpoint_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_NodeEndpoint_init(out);
    out->node_id = rmq_kw_read_int32(r);
    out->host = rmq_kw_read_str(r, true, false);
    out->port = rmq_kw_read_int32(r);
    out->rack = rmq_kw_read_str(r, true, true);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_FetchResponse_NodeEndpoint(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_NodeEndpoint_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->node_id);
    rmq_kw_write_str(w, in->host, true, false);
    rmq_kw_write_int32(w, in->port);
    rmq_kw_write_str(w, in->rack, true, true);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_FetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_FetchResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    if (version >= 7) {
        out->error_code = rmq_kw_read_int16(r);
    }
    if (version >= 7) {
        out->session_id = rmq_kw_read_int32(r);
    }
    {
        int32_t n_responses = rmq_kw_read_array_len(r, version >= 12, false, 3);
        out->responses_count = n_responses;
        out->responses = rmq_kw_array_alloc(r, arena, n_responses, sizeof(*out->responses));
        for (int32_t i = 0; i < n_responses && !(r)->err; i++)
            dec_FetchResponse_FetchableTopicResponse(r, version, arena, &out->responses[i]);
    }
    if (version >= 12) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 16)) {
                {
                    int32_t n_node_endpoints = rmq_kw_read_array_len(&sub, true, false, 11);
                    out->node_endpoints_count = n_node_endpoints;
                    out->node_endpoints = rmq_kw_array_alloc(&sub, arena, n_node_endpoints, sizeof(*out->node_endpoints));
                    for (int32_t i = 0; i < n_node_endpoints && !(&sub)->err; i++)
                        dec_FetchResponse_NodeEndpoint(&sub, version, arena, &out->node_endpoints[i]);
                }
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_FetchResponse(rmq_kw_writer_t *w, int16_t version, const rmq_FetchResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    if (version >= 7) {
        rmq_kw_write_int16(w, in->error_code);
    }
    if (version >= 7) {
        rmq_kw_write_int32(w, in->session_id);
    }
    rmq_kw_write_array_len(w, in->responses_count, version >= 12, false);
    if (in->responses_count > 0 && !in->responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses: count without items");
    else
        for (int32_t i = 0; i < in->responses_count; i++)
            enc_FetchResponse_FetchableTopicResponse(w, version, &in->responses[i]);
    if (version >= 12) {
        const bool has_node_endpoints = (version >= 16) && !(in->node_endpoints_count == 0);
        rmq_kw_write_uvarint(w, (uint32_t)has_node_endpoints);
        if (has_node_endpoints) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_array_len(w, in->node_endpoints_count, true, false);
            if (in->node_endpoints_count > 0 && !in->node_endpoints)
                rmq_kw_write_fail(w, RMQ_EINVAL, "NodeEndpoints: count without items");
            else
                for (int32_t i = 0; i < in->node_endpoints_count; i++)
                    enc_FetchResponse_NodeEndpoint(w, version, &in->node_endpoints[i]);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

int rmq_FetchResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_FetchResponse_t *out)
{
    if (version < 0 || version > 17)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported FetchResponse version");
    dec_FetchResponse(r, version, arena, out);
    return r->err;
}

int rmq_FetchResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_FetchResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 17)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_FetchResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_FetchResponse_EpochEndOffset[] = {
    {.name = "epoch", .kafka_name = "Epoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_EpochEndOffset_t, epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "end_offset", .kafka_name = "EndOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_EpochEndOffset_t, end_offset), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_FetchResponse_EpochEndOffset = {
    .name = "rmq_FetchResponse_EpochEndOffset_t",
    .size = sizeof(rmq_FetchResponse_EpochEndOffset_t),
    .fields = fields_FetchResponse_EpochEndOffset,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_FetchResponse_LeaderIdAndEpoch[] = {
    {.name = "leader_id", .kafka_name = "LeaderId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_LeaderIdAndEpoch_t, leader_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_LeaderIdAndEpoch_t, leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_FetchResponse_LeaderIdAndEpoch = {
    .name = "rmq_FetchResponse_LeaderIdAndEpoch_t",
    .size = sizeof(rmq_FetchResponse_LeaderIdAndEpoch_t),
    .fields = fields_FetchResponse_LeaderIdAndEpoch,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_FetchResponse_SnapshotId[] = {
    {.name = "end_offset", .kafka_name = "EndOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_SnapshotId_t, end_offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "epoch", .kafka_name = "Epoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_SnapshotId_t, epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_FetchResponse_SnapshotId = {
    .name = "rmq_FetchResponse_SnapshotId_t",
    .size = sizeof(rmq_FetchResponse_SnapshotId_t),
    .fields = fields_FetchResponse_SnapshotId,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_FetchResponse_AbortedTransaction[] = {
    {.name = "producer_id", .kafka_name = "ProducerId", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 4, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_AbortedTransaction_t, producer_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "first_offset", .kafka_name = "FirstOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 4, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_AbortedTransaction_t, first_offset), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_FetchResponse_AbortedTransaction = {
    .name = "rmq_FetchResponse_AbortedTransaction_t",
    .size = sizeof(rmq_FetchResponse_AbortedTransaction_t),
    .fields = fields_FetchResponse_AbortedTransaction,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_FetchResponse_PartitionData[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "high_watermark", .kafka_name = "HighWatermark", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, high_watermark), .def_null = false, .def_int = INT64_C(0)},
    {.name = "last_stable_offset", .kafka_name = "LastStableOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 4, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, last_stable_offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "log_start_offset", .kafka_name = "LogStartOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 5, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, log_start_offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "diverging_epoch", .kafka_name = "DivergingEpoch", .kind = RMQ_KF_STRUCT, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 12, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, diverging_epoch), .item_size = sizeof(rmq_FetchResponse_EpochEndOffset_t), .sub = &desc_FetchResponse_EpochEndOffset, .def_null = false},
    {.name = "current_leader", .kafka_name = "CurrentLeader", .kind = RMQ_KF_STRUCT, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 12, .flex_lo = 12, .tag = 1, .offset = offsetof(rmq_FetchResponse_PartitionData_t, current_leader), .item_size = sizeof(rmq_FetchResponse_LeaderIdAndEpoch_t), .sub = &desc_FetchResponse_LeaderIdAndEpoch, .def_null = false},
    {.name = "snapshot_id", .kafka_name = "SnapshotId", .kind = RMQ_KF_STRUCT, .array = false, .ver_lo = 12, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 12, .flex_lo = 12, .tag = 2, .offset = offsetof(rmq_FetchResponse_PartitionData_t, snapshot_id), .item_size = sizeof(rmq_FetchResponse_SnapshotId_t), .sub = &desc_FetchResponse_SnapshotId, .def_null = false},
    {.name = "aborted_transactions", .kafka_name = "AbortedTransactions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 4, .ver_hi = 17, .null_lo = 4, .null_hi = 17, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, aborted_transactions), .count_offset = offsetof(rmq_FetchResponse_PartitionData_t, aborted_transactions_count), .item_size = sizeof(rmq_FetchResponse_AbortedTransaction_t), .sub = &desc_FetchResponse_AbortedTransaction, .def_null = false},
    {.name = "preferred_read_replica", .kafka_name = "PreferredReadReplica", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 11, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, preferred_read_replica), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "records", .kafka_name = "Records", .kind = RMQ_KF_RECORDS, .array = false, .ver_lo = 0, .ver_hi = 17, .null_lo = 0, .null_hi = 17, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_PartitionData_t, records), .def_null = true},
};
static const rmq_kstruct_desc_t desc_FetchResponse_PartitionData = {
    .name = "rmq_FetchResponse_PartitionData_t",
    .size = sizeof(rmq_FetchResponse_PartitionData_t),
    .fields = fields_FetchResponse_PartitionData,
    .nfields = 11,
};

static const rmq_kfield_desc_t fields_FetchResponse_FetchableTopicResponse[] = {
    {.name = "topic", .kafka_name = "Topic", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_FetchableTopicResponse_t, topic), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 13, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_FetchableTopicResponse_t, topic_id), .def_null = false},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_FetchableTopicResponse_t, partitions), .count_offset = offsetof(rmq_FetchResponse_FetchableTopicResponse_t, partitions_count), .item_size = sizeof(rmq_FetchResponse_PartitionData_t), .sub = &desc_FetchResponse_PartitionData, .def_null = false},
};
static const rmq_kstruct_desc_t desc_FetchResponse_FetchableTopicResponse = {
    .name = "rmq_FetchResponse_FetchableTopicResponse_t",
    .size = sizeof(rmq_FetchResponse_FetchableTopicResponse_t),
    .fields = fields_FetchResponse_FetchableTopicResponse,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_FetchResponse_NodeEndpoint[] = {
    {.name = "node_id", .kafka_name = "NodeId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 16, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_NodeEndpoint_t, node_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 16, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_NodeEndpoint_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 16, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_NodeEndpoint_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "rack", .kafka_name = "Rack", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 16, .ver_hi = 17, .null_lo = 16, .null_hi = 17, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_NodeEndpoint_t, rack), .def_null = true},
};
static const rmq_kstruct_desc_t desc_FetchResponse_NodeEndpoint = {
    .name = "rmq_FetchResponse_NodeEndpoint_t",
    .size = sizeof(rmq_FetchResponse_NodeEndpoint_t),
    .fields = fields_FetchResponse_NodeEndpoint,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_FetchResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "session_id", .kafka_name = "SessionId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 7, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_t, session_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "responses", .kafka_name = "Responses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_t, responses), .count_offset = offsetof(rmq_FetchResponse_t, responses_count), .item_size = sizeof(rmq_FetchResponse_FetchableTopicResponse_t), .sub = &desc_FetchResponse_FetchableTopicResponse, .def_null = false},
    {.name = "node_endpoints", .kafka_name = "NodeEndpoints", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 16, .ver_hi = 17, .null_lo = 32767, .null_hi = -1, .tag_lo = 16, .flex_lo = 12, .tag = 0, .offset = offsetof(rmq_FetchResponse_t, node_endpoints), .count_offset = offsetof(rmq_FetchResponse_t, node_endpoints_count), .item_size = sizeof(rmq_FetchResponse_NodeEndpoint_t), .sub = &desc_FetchResponse_NodeEndpoint, .def_null = false},
};
static const rmq_kstruct_desc_t desc_FetchResponse = {
    .name = "rmq_FetchResponse_t",
    .size = sizeof(rmq_FetchResponse_t),
    .fields = fields_FetchResponse,
    .nfields = 5,
};

static void any_init_FetchResponse(void *msg)
{
    rmq_FetchResponse_init(msg);
}

static int any_decode_FetchResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_FetchResponse_decode(r, version, arena, out);
}

static int any_encode_FetchResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_FetchResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_FetchResponse_desc = {
    .name = "FetchResponse",
    .api_key = 1,
    .request = false,
    .min_version = 0,
    .max_version = 17,
    .flex_lo = 12,
    .root = &desc_FetchResponse,
    .init = any_init_FetchResponse,
    .decode = any_decode_FetchResponse,
    .encode = any_encode_FetchResponse,
};

