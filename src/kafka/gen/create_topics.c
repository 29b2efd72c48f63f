/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/create_topics.h"

/* ---- CreateTopicsRequest (CreateTopicsRequest.json, versions 0-7, flexible 5+) ---- */

static void dec_CreateTopicsRequest_CreatableReplicaAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *out);
static void enc_CreateTopicsRequest_CreatableReplicaAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *in);
static void dec_CreateTopicsRequest_CreatableTopicConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableTopicConfig_t *out);
static void enc_CreateTopicsRequest_CreatableTopicConfig(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableTopicConfig_t *in);
static void dec_CreateTopicsRequest_CreatableTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableTopic_t *out);
static void enc_CreateTopicsRequest_CreatableTopic(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableTopic_t *in);
static void dec_CreateTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_t *out);
static void enc_CreateTopicsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_t *in);

void rmq_CreateTopicsRequest_CreatableReplicaAssignment_init(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_CreateTopicsRequest_CreatableTopicConfig_init(rmq_CreateTopicsRequest_CreatableTopicConfig_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
}

void rmq_CreateTopicsRequest_CreatableTopic_init(rmq_CreateTopicsRequest_CreatableTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_CreateTopicsRequest_init(rmq_CreateTopicsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->timeout_ms = 60000;
}

static void dec_CreateTopicsRequest_CreatableReplicaAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsRequest_CreatableReplicaAssignment_init(out);
    out->partition_index = rmq_kw_read_int32(r);
    {
        int32_t n_broker_ids = rmq_kw_read_array_len(r, version >= 5, false, 4);
        out->broker_ids_count = n_broker_ids;
        out->broker_ids = rmq_kw_array_alloc(r, arena, n_broker_ids, sizeof(*out->broker_ids));
        for (int32_t i = 0; i < n_broker_ids && !(r)->err; i++)
            out->broker_ids[i] = rmq_kw_read_int32(r);
    }
    if (version >= 5) {
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

static void enc_CreateTopicsRequest_CreatableReplicaAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableReplicaAssignment_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_array_len(w, in->broker_ids_count, version >= 5, false);
    if (in->broker_ids_count > 0 && !in->broker_ids)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Assignments[].BrokerIds: count without items");
    else
        for (int32_t i = 0; i < in->broker_ids_count; i++)
            rmq_kw_write_int32(w, in->broker_ids[i]);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreateTopicsRequest_CreatableTopicConfig(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableTopicConfig_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsRequest_CreatableTopicConfig_init(out);
    out->name = rmq_kw_read_str(r, version >= 5, false);
    out->value = rmq_kw_read_str(r, version >= 5, true);
    if (version >= 5) {
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

static void enc_CreateTopicsRequest_CreatableTopicConfig(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableTopicConfig_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 5, false);
    rmq_kw_write_str(w, in->value, version >= 5, true);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreateTopicsRequest_CreatableTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_CreatableTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsRequest_CreatableTopic_init(out);
    out->name = rmq_kw_read_str(r, version >= 5, false);
    out->num_partitions = rmq_kw_read_int32(r);
    out->replication_factor = rmq_kw_read_int16(r);
    {
        int32_t n_assignments = rmq_kw_read_array_len(r, version >= 5, false, 6);
        out->assignments_count = n_assignments;
        out->assignments = rmq_kw_array_alloc(r, arena, n_assignments, sizeof(*out->assignments));
        for (int32_t i = 0; i < n_assignments && !(r)->err; i++)
            dec_CreateTopicsRequest_CreatableReplicaAssignment(r, version, arena, &out->assignments[i]);
    }
    {
        int32_t n_configs = rmq_kw_read_array_len(r, version >= 5, false, 3);
        out->configs_count = n_configs;
        out->configs = rmq_kw_array_alloc(r, arena, n_configs, sizeof(*out->configs));
        for (int32_t i = 0; i < n_configs && !(r)->err; i++)
            dec_CreateTopicsRequest_CreatableTopicConfig(r, version, arena, &out->configs[i]);
    }
    if (version >= 5) {
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

static void enc_CreateTopicsRequest_CreatableTopic(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_CreatableTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 5, false);
    rmq_kw_write_int32(w, in->num_partitions);
    rmq_kw_write_int16(w, in->replication_factor);
    rmq_kw_write_array_len(w, in->assignments_count, version >= 5, false);
    if (in->assignments_count > 0 && !in->assignments)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Assignments: count without items");
    else
        for (int32_t i = 0; i < in->assignments_count; i++)
            enc_CreateTopicsRequest_CreatableReplicaAssignment(w, version, &in->assignments[i]);
    rmq_kw_write_array_len(w, in->configs_count, version >= 5, false);
    if (in->configs_count > 0 && !in->configs)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Configs: count without items");
    else
        for (int32_t i = 0; i < in->configs_count; i++)
            enc_CreateTopicsRequest_CreatableTopicConfig(w, version, &in->configs[i]);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_CreateTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsRequest_init(out);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 5, false, 10);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_CreateTopicsRequest_CreatableTopic(r, version, arena, &out->topics[i]);
    }
    out->timeout_ms = rmq_kw_read_int32(r);
    if (version >= 1) {
        out->validate_only = rmq_kw_read_bool(r);
    }
    if (version >= 5) {
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

static void enc_CreateTopicsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->topics_count, version >= 5, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_CreateTopicsRequest_CreatableTopic(w, version, &in->topics[i]);
    rmq_kw_write_int32(w, in->timeout_ms);
    if (version >= 1) {
        rmq_kw_write_bool(w, in->validate_only);
    }
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreateTopicsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsRequest_t *out)
{
    if (version < 0 || version > 7)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreateTopicsRequest version");
    dec_CreateTopicsRequest(r, version, arena, out);
    return r->err;
}

int rmq_CreateTopicsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateTopicsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 7)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreateTopicsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreateTopicsRequest_CreatableReplicaAssignment[] = {
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "broker_ids", .kafka_name = "BrokerIds", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t, broker_ids), .count_offset = offsetof(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t, broker_ids_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateTopicsRequest_CreatableReplicaAssignment = {
    .name = "rmq_CreateTopicsRequest_CreatableReplicaAssignment_t",
    .size = sizeof(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t),
    .fields = fields_CreateTopicsRequest_CreatableReplicaAssignment,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_CreateTopicsRequest_CreatableTopicConfig[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopicConfig_t, name), .def_null = false, .def_str = ""},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 0, .null_hi = 7, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopicConfig_t, value), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_CreateTopicsRequest_CreatableTopicConfig = {
    .name = "rmq_CreateTopicsRequest_CreatableTopicConfig_t",
    .size = sizeof(rmq_CreateTopicsRequest_CreatableTopicConfig_t),
    .fields = fields_CreateTopicsRequest_CreatableTopicConfig,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_CreateTopicsRequest_CreatableTopic[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "num_partitions", .kafka_name = "NumPartitions", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, num_partitions), .def_null = false, .def_int = INT64_C(0)},
    {.name = "replication_factor", .kafka_name = "ReplicationFactor", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, replication_factor), .def_null = false, .def_int = INT64_C(0)},
    {.name = "assignments", .kafka_name = "Assignments", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, assignments), .count_offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, assignments_count), .item_size = sizeof(rmq_CreateTopicsRequest_CreatableReplicaAssignment_t), .sub = &desc_CreateTopicsRequest_CreatableReplicaAssignment, .def_null = false},
    {.name = "configs", .kafka_name = "Configs", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, configs), .count_offset = offsetof(rmq_CreateTopicsRequest_CreatableTopic_t, configs_count), .item_size = sizeof(rmq_CreateTopicsRequest_CreatableTopicConfig_t), .sub = &desc_CreateTopicsRequest_CreatableTopicConfig, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateTopicsRequest_CreatableTopic = {
    .name = "rmq_CreateTopicsRequest_CreatableTopic_t",
    .size = sizeof(rmq_CreateTopicsRequest_CreatableTopic_t),
    .fields = fields_CreateTopicsRequest_CreatableTopic,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_CreateTopicsRequest[] = {
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_t, topics), .count_offset = offsetof(rmq_CreateTopicsRequest_t, topics_count), .item_size = sizeof(rmq_CreateTopicsRequest_CreatableTopic_t), .sub = &desc_CreateTopicsRequest_CreatableTopic, .def_null = false},
    {.name = "timeout_ms", .kafka_name = "timeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(60000)},
    {.name = "validate_only", .kafka_name = "validateOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 1, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsRequest_t, validate_only), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_CreateTopicsRequest = {
    .name = "rmq_CreateTopicsRequest_t",
    .size = sizeof(rmq_CreateTopicsRequest_t),
    .fields = fields_CreateTopicsRequest,
    .nfields = 3,
};

static void any_init_CreateTopicsRequest(void *msg)
{
    rmq_CreateTopicsRequest_init(msg);
}

static int any_decode_CreateTopicsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreateTopicsRequest_decode(r, version, arena, out);
}

static int any_encode_CreateTopicsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreateTopicsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreateTopicsRequest_desc = {
    .name = "CreateTopicsRequest",
    .api_key = 19,
    .request = true,
    .min_version = 0,
    .max_version = 7,
    .flex_lo = 5,
    .root = &desc_CreateTopicsRequest,
    .init = any_init_CreateTopicsRequest,
    .decode = any_decode_CreateTopicsRequest,
    .encode = any_encode_CreateTopicsRequest,
};

/* ---- CreateTopicsResponse (CreateTopicsResponse.json, versions 0-7, flexible 5+) ---- */

static void dec_CreateTopicsResponse_CreatableTopicConfigs(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_CreatableTopicConfigs_t *out);
static void enc_CreateTopicsResponse_CreatableTopicConfigs(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_CreatableTopicConfigs_t *in);
static void dec_CreateTopicsResponse_CreatableTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_CreatableTopicResult_t *out);
static void enc_CreateTopicsResponse_CreatableTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_CreatableTopicResult_t *in);
static void dec_CreateTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_t *out);
static void enc_CreateTopicsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_t *in);

void rmq_CreateTopicsResponse_CreatableTopicConfigs_init(rmq_CreateTopicsResponse_CreatableTopicConfigs_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->value = RMQ_KW_STR_LIT("");
    v->config_source = -1;
}

void rmq_CreateTopicsResponse_CreatableTopicResult_init(rmq_CreateTopicsResponse_CreatableTopicResult_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->error_message = RMQ_KW_STR_LIT("");
    v->num_partitions = -1;
    v->replication_factor = -1;
}

void rmq_CreateTopicsResponse_init(rmq_CreateTopicsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_CreateTopicsResponse_CreatableTopicConfigs(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_CreatableTopicConfigs_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsResponse_CreatableTopicConfigs_init(out);
    out->name = rmq_kw_read_str(r, true, false);
    out->value = rmq_kw_read_str(r, true, true);
    out->read_only = rmq_kw_read_bool(r);
    out->config_source = rmq_kw_read_int8(r);
    out->is_sensitive = rmq_kw_read_bool(r);
    uint32_t ntags = rmq_kw_read_tag_count(r);
    for (uint32_t t = 0; t < ntags && !r->err; t++) {
        rmq_kw_reader_t sub;
        uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
        (void)tag;
        rmq_kw_skip_rest(&sub); /* no known tags: skip */
        rmq_kw_read_tag_end(r, &sub);
    }
}

static void enc_CreateTopicsResponse_CreatableTopicConfigs(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_CreatableTopicConfigs_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, true, false);
    rmq_kw_write_str(w, in->value, true, true);
    rmq_kw_write_bool(w, in->read_only);
    rmq_kw_write_int8(w, in->config_source);
    rmq_kw_write_bool(w, in->is_sensitive);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_CreateTopicsResponse_CreatableTopicResult(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_CreatableTopicResult_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsResponse_CreatableTopicResult_init(out);
    out->name = rmq_kw_read_str(r, version >= 5, false);
    if (version >= 7) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    if (version >= 1) {
        out->error_message = rmq_kw_read_str(r, version >= 5, true);
    }
    if (version >= 5) {
        out->num_partitions = rmq_kw_read_int32(r);
    }
    if (version >= 5) {
        out->replication_factor = rmq_kw_read_int16(r);
    }
    if (version >= 5) {
        {
            int32_t n_configs = rmq_kw_read_array_len(r, true, true, 6);
            out->configs_count = n_configs;
            out->configs = rmq_kw_array_alloc(r, arena, n_configs, sizeof(*out->configs));
            for (int32_t i = 0; i < n_configs && !(r)->err; i++)
                dec_CreateTopicsResponse_CreatableTopicConfigs(r, version, arena, &out->configs[i]);
        }
    }
    if (version >= 5) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 5)) {
                out->topic_config_error_code = rmq_kw_read_int16(&sub);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_CreateTopicsResponse_CreatableTopicResult(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_CreatableTopicResult_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 5, false);
    if (version >= 7) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 1) {
        rmq_kw_write_str(w, in->error_message, version >= 5, true);
    }
    if (version >= 5) {
        rmq_kw_write_int32(w, in->num_partitions);
    }
    if (version >= 5) {
        rmq_kw_write_int16(w, in->replication_factor);
    }
    if (version >= 5) {
        rmq_kw_write_array_len(w, in->configs_count, true, true);
        if (in->configs_count > 0 && !in->configs)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Configs: count without items");
        else
            for (int32_t i = 0; i < in->configs_count; i++)
                enc_CreateTopicsResponse_CreatableTopicConfigs(w, version, &in->configs[i]);
    }
    if (version >= 5) {
        const bool has_topic_config_error_code = (version >= 5) && !(in->topic_config_error_code == 0);
        rmq_kw_write_uvarint(w, (uint32_t)has_topic_config_error_code);
        if (has_topic_config_error_code) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_int16(w, in->topic_config_error_code);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

static void dec_CreateTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_CreateTopicsResponse_init(out);
    if (version >= 2) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 5, false, 4);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_CreateTopicsResponse_CreatableTopicResult(r, version, arena, &out->topics[i]);
    }
    if (version >= 5) {
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

static void enc_CreateTopicsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_CreateTopicsResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 2) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 5, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_CreateTopicsResponse_CreatableTopicResult(w, version, &in->topics[i]);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_CreateTopicsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_CreateTopicsResponse_t *out)
{
    if (version < 0 || version > 7)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported CreateTopicsResponse version");
    dec_CreateTopicsResponse(r, version, arena, out);
    return r->err;
}

int rmq_CreateTopicsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_CreateTopicsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 7)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_CreateTopicsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_CreateTopicsResponse_CreatableTopicConfigs[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t, name), .def_null = false, .def_str = ""},
    {.name = "value", .kafka_name = "Value", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 5, .null_hi = 7, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t, value), .def_null = false, .def_str = ""},
    {.name = "read_only", .kafka_name = "ReadOnly", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t, read_only), .def_null = false, .def_int = 0},
    {.name = "config_source", .kafka_name = "ConfigSource", .kind = RMQ_KF_INT8, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t, config_source), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "is_sensitive", .kafka_name = "IsSensitive", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t, is_sensitive), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_CreateTopicsResponse_CreatableTopicConfigs = {
    .name = "rmq_CreateTopicsResponse_CreatableTopicConfigs_t",
    .size = sizeof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t),
    .fields = fields_CreateTopicsResponse_CreatableTopicConfigs,
    .nfields = 5,
};

static const rmq_kfield_desc_t fields_CreateTopicsResponse_CreatableTopicResult[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, name), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 7, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, topic_id), .def_null = false},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 7, .null_lo = 1, .null_hi = 7, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, error_message), .def_null = false, .def_str = ""},
    {.name = "topic_config_error_code", .kafka_name = "TopicConfigErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 5, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, topic_config_error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "num_partitions", .kafka_name = "NumPartitions", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, num_partitions), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "replication_factor", .kafka_name = "ReplicationFactor", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 5, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, replication_factor), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "configs", .kafka_name = "Configs", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 5, .ver_hi = 7, .null_lo = 5, .null_hi = 7, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, configs), .count_offset = offsetof(rmq_CreateTopicsResponse_CreatableTopicResult_t, configs_count), .item_size = sizeof(rmq_CreateTopicsResponse_CreatableTopicConfigs_t), .sub = &desc_CreateTopicsResponse_CreatableTopicConfigs, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateTopicsResponse_CreatableTopicResult = {
    .name = "rmq_CreateTopicsResponse_CreatableTopicResult_t",
    .size = sizeof(rmq_CreateTopicsResponse_CreatableTopicResult_t),
    .fields = fields_CreateTopicsResponse_CreatableTopicResult,
    .nfields = 8,
};

static const rmq_kfield_desc_t fields_CreateTopicsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 2, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 7, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_CreateTopicsResponse_t, topics), .count_offset = offsetof(rmq_CreateTopicsResponse_t, topics_count), .item_size = sizeof(rmq_CreateTopicsResponse_CreatableTopicResult_t), .sub = &desc_CreateTopicsResponse_CreatableTopicResult, .def_null = false},
};
static const rmq_kstruct_desc_t desc_CreateTopicsResponse = {
    .name = "rmq_CreateTopicsResponse_t",
    .size = sizeof(rmq_CreateTopicsResponse_t),
    .fields = fields_CreateTopicsResponse,
    .nfields = 2,
};

static void any_init_CreateTopicsResponse(void *msg)
{
    rmq_CreateTopicsResponse_init(msg);
}

static int any_decode_CreateTopicsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_CreateTopicsResponse_decode(r, version, arena, out);
}

static int any_encode_CreateTopicsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_CreateTopicsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_CreateTopicsResponse_desc = {
    .name = "CreateTopicsResponse",
    .api_key = 19,
    .request = false,
    .min_version = 0,
    .max_version = 7,
    .flex_lo = 5,
    .root = &desc_CreateTopicsResponse,
    .init = any_init_CreateTopicsResponse,
    .decode = any_decode_CreateTopicsResponse,
    .encode = any_encode_CreateTopicsResponse,
};

