/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/metadata.h"

/* ---- MetadataRequest (MetadataRequest.json, versions 0-12, flexible 9+) ---- */

static void dec_MetadataRequest_MetadataRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_MetadataRequestTopic_t *out);
static void enc_MetadataRequest_MetadataRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataRequest_MetadataRequestTopic_t *in);
static void dec_MetadataRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_t *out);
static void enc_MetadataRequest(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataRequest_t *in);

void rmq_MetadataRequest_MetadataRequestTopic_init(rmq_MetadataRequest_MetadataRequestTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_MetadataRequest_init(rmq_MetadataRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->allow_auto_topic_creation = true;
}

static void dec_MetadataRequest_MetadataRequestTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_MetadataRequestTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataRequest_MetadataRequestTopic_init(out);
    if (version >= 10) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    out->name = rmq_kw_read_str(r, version >= 9, version >= 10);
    if (version >= 9) {
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

static void enc_MetadataRequest_MetadataRequestTopic(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataRequest_MetadataRequestTopic_t *in)
{
    (void)version;
    (void)in;
    if (version >= 10) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    rmq_kw_write_str(w, in->name, version >= 9, version >= 10);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_MetadataRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataRequest_init(out);
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 9, version >= 1, 2);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_MetadataRequest_MetadataRequestTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 4) {
        out->allow_auto_topic_creation = rmq_kw_read_bool(r);
    }
    if (version >= 8 && version <= 10) {
        out->include_cluster_authorized_operations = rmq_kw_read_bool(r);
    }
    if (version >= 8) {
        out->include_topic_authorized_operations = rmq_kw_read_bool(r);
    }
    if (version >= 9) {
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

static void enc_MetadataRequest(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->topics_count, version >= 9, version >= 1);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_MetadataRequest_MetadataRequestTopic(w, version, &in->topics[i]);
    if (version >= 4) {
        rmq_kw_write_bool(w, in->allow_auto_topic_creation);
    }
    if (version >= 8 && version <= 10) {
        rmq_kw_write_bool(w, in->include_cluster_authorized_operations);
    }
    if (version >= 8) {
        rmq_kw_write_bool(w, in->include_topic_authorized_operations);
    }
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_MetadataRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataRequest_t *out)
{
    if (version < 0 || version > 12)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported MetadataRequest version");
    dec_MetadataRequest(r, version, arena, out);
    return r->err;
}

int rmq_MetadataRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_MetadataRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 12)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_MetadataRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_MetadataRequest_MetadataRequestTopic[] = {
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 10, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_MetadataRequestTopic_t, topic_id), .def_null = false},
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 10, .null_hi = 12, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_MetadataRequestTopic_t, name), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_MetadataRequest_MetadataRequestTopic = {
    .name = "rmq_MetadataRequest_MetadataRequestTopic_t",
    .size = sizeof(rmq_MetadataRequest_MetadataRequestTopic_t),
    .fields = fields_MetadataRequest_MetadataRequestTopic,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_MetadataRequest[] = {
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 1, .null_hi = 12, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_t, topics), .count_offset = offsetof(rmq_MetadataRequest_t, topics_count), .item_size = sizeof(rmq_MetadataRequest_MetadataRequestTopic_t), .sub = &desc_MetadataRequest_MetadataRequestTopic, .def_null = false},
    {.name = "allow_auto_topic_creation", .kafka_name = "AllowAutoTopicCreation", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 4, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_t, allow_auto_topic_creation), .def_null = false, .def_int = 1},
    {.name = "include_cluster_authorized_operations", .kafka_name = "IncludeClusterAuthorizedOperations", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 8, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_t, include_cluster_authorized_operations), .def_null = false, .def_int = 0},
    {.name = "include_topic_authorized_operations", .kafka_name = "IncludeTopicAuthorizedOperations", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 8, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataRequest_t, include_topic_authorized_operations), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_MetadataRequest = {
    .name = "rmq_MetadataRequest_t",
    .size = sizeof(rmq_MetadataRequest_t),
    .fields = fields_MetadataRequest,
    .nfields = 4,
};

static void any_init_MetadataRequest(void *msg)
{
    rmq_MetadataRequest_init(msg);
}

static int any_decode_MetadataRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_MetadataRequest_decode(r, version, arena, out);
}

static int any_encode_MetadataRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_MetadataRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_MetadataRequest_desc = {
    .name = "MetadataRequest",
    .api_key = 3,
    .request = true,
    .min_version = 0,
    .max_version = 12,
    .flex_lo = 9,
    .root = &desc_MetadataRequest,
    .init = any_init_MetadataRequest,
    .decode = any_decode_MetadataRequest,
    .encode = any_encode_MetadataRequest,
};

/* ---- MetadataResponse (MetadataResponse.json, versions 0-12, flexible 9+) ---- */

static void dec_MetadataResponse_MetadataResponseBroker(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponseBroker_t *out);
static void enc_MetadataResponse_MetadataResponseBroker(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponseBroker_t *in);
static void dec_MetadataResponse_MetadataResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponsePartition_t *out);
static void enc_MetadataResponse_MetadataResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponsePartition_t *in);
static void dec_MetadataResponse_MetadataResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponseTopic_t *out);
static void enc_MetadataResponse_MetadataResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponseTopic_t *in);
static void dec_MetadataResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_t *out);
static void enc_MetadataResponse(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_t *in);

void rmq_MetadataResponse_MetadataResponseBroker_init(rmq_MetadataResponse_MetadataResponseBroker_t *v)
{
    memset(v, 0, sizeof(*v));
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_MetadataResponse_MetadataResponsePartition_init(rmq_MetadataResponse_MetadataResponsePartition_t *v)
{
    memset(v, 0, sizeof(*v));
    v->leader_epoch = -1;
}

void rmq_MetadataResponse_MetadataResponseTopic_init(rmq_MetadataResponse_MetadataResponseTopic_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->topic_authorized_operations = INT32_MIN;
}

void rmq_MetadataResponse_init(rmq_MetadataResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->controller_id = -1;
    v->cluster_authorized_operations = INT32_MIN;
}

static void dec_MetadataResponse_MetadataResponseBroker(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponseBroker_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataResponse_MetadataResponseBroker_init(out);
    out->node_id = rmq_kw_read_int32(r);
    out->host = rmq_kw_read_str(r, version >= 9, false);
    out->port = rmq_kw_read_int32(r);
    if (version >= 1) {
        out->rack = rmq_kw_read_str(r, version >= 9, true);
    }
    if (version >= 9) {
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

static void enc_MetadataResponse_MetadataResponseBroker(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponseBroker_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->node_id);
    rmq_kw_write_str(w, in->host, version >= 9, false);
    rmq_kw_write_int32(w, in->port);
    if (version >= 1) {
        rmq_kw_write_str(w, in->rack, version >= 9, true);
    }
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_MetadataResponse_MetadataResponsePartition(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponsePartition_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataResponse_MetadataResponsePartition_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->partition_index = rmq_kw_read_int32(r);
    out->leader_id = rmq_kw_read_int32(r);
    if (version >= 7) {
        out->leader_epoch = rmq_kw_read_int32(r);
    }
    {
        int32_t n_replica_nodes = rmq_kw_read_array_len(r, version >= 9, false, 4);
        out->replica_nodes_count = n_replica_nodes;
        out->replica_nodes = rmq_kw_array_alloc(r, arena, n_replica_nodes, sizeof(*out->replica_nodes));
        for (int32_t i = 0; i < n_replica_nodes && !(r)->err; i++)
            out->replica_nodes[i] = rmq_kw_read_int32(r);
    }
    {
        int32_t n_isr_nodes = rmq_kw_read_array_len(r, version >= 9, false, 4);
        out->isr_nodes_count = n_isr_nodes;
        out->isr_nodes = rmq_kw_array_alloc(r, arena, n_isr_nodes, sizeof(*out->isr_nodes));
        for (int32_t i = 0; i < n_isr_nodes && !(r)->err; i++)
            out->isr_nodes[i] = rmq_kw_read_int32(r);
    }
    if (version >= 5) {
        {
            int32_t n_offline_replicas = rmq_kw_read_array_len(r, version >= 9, false, 4);
            out->offline_replicas_count = n_offline_replicas;
            out->offline_replicas = rmq_kw_array_alloc(r, arena, n_offline_replicas, sizeof(*out->offline_replicas));
            for (int32_t i = 0; i < n_offline_replicas && !(r)->err; i++)
                out->offline_replicas[i] = rmq_kw_read_int32(r);
        }
    }
    if (version >= 9) {
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

static void enc_MetadataResponse_MetadataResponsePartition(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponsePartition_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int32(w, in->partition_index);
    rmq_kw_write_int32(w, in->leader_id);
    if (version >= 7) {
        rmq_kw_write_int32(w, in->leader_epoch);
    }
    rmq_kw_write_array_len(w, in->replica_nodes_count, version >= 9, false);
    if (in->replica_nodes_count > 0 && !in->replica_nodes)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions[].ReplicaNodes: count without items");
    else
        for (int32_t i = 0; i < in->replica_nodes_count; i++)
            rmq_kw_write_int32(w, in->replica_nodes[i]);
    rmq_kw_write_array_len(w, in->isr_nodes_count, version >= 9, false);
    if (in->isr_nodes_count > 0 && !in->isr_nodes)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions[].IsrNodes: count without items");
    else
        for (int32_t i = 0; i < in->isr_nodes_count; i++)
            rmq_kw_write_int32(w, in->isr_nodes[i]);
    if (version >= 5) {
        rmq_kw_write_array_len(w, in->offline_replicas_count, version >= 9, false);
        if (in->offline_replicas_count > 0 && !in->offline_replicas)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions[].OfflineReplicas: count without items");
        else
            for (int32_t i = 0; i < in->offline_replicas_count; i++)
                rmq_kw_write_int32(w, in->offline_replicas[i]);
    }
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_MetadataResponse_MetadataResponseTopic(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_MetadataResponseTopic_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataResponse_MetadataResponseTopic_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->name = rmq_kw_read_str(r, version >= 9, version >= 12);
    if (version >= 10) {
        out->topic_id = rmq_kw_read_uuid(r);
    }
    if (version >= 1) {
        out->is_internal = rmq_kw_read_bool(r);
    }
    {
        int32_t n_partitions = rmq_kw_read_array_len(r, version >= 9, false, 18);
        out->partitions_count = n_partitions;
        out->partitions = rmq_kw_array_alloc(r, arena, n_partitions, sizeof(*out->partitions));
        for (int32_t i = 0; i < n_partitions && !(r)->err; i++)
            dec_MetadataResponse_MetadataResponsePartition(r, version, arena, &out->partitions[i]);
    }
    if (version >= 8) {
        out->topic_authorized_operations = rmq_kw_read_int32(r);
    }
    if (version >= 9) {
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

static void enc_MetadataResponse_MetadataResponseTopic(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_MetadataResponseTopic_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->name, version >= 9, version >= 12);
    if (version >= 10) {
        rmq_kw_write_uuid(w, &in->topic_id);
    }
    if (version >= 1) {
        rmq_kw_write_bool(w, in->is_internal);
    }
    rmq_kw_write_array_len(w, in->partitions_count, version >= 9, false);
    if (in->partitions_count > 0 && !in->partitions)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics[].Partitions: count without items");
    else
        for (int32_t i = 0; i < in->partitions_count; i++)
            enc_MetadataResponse_MetadataResponsePartition(w, version, &in->partitions[i]);
    if (version >= 8) {
        rmq_kw_write_int32(w, in->topic_authorized_operations);
    }
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_MetadataResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_MetadataResponse_init(out);
    if (version >= 3) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_brokers = rmq_kw_read_array_len(r, version >= 9, false, 10);
        out->brokers_count = n_brokers;
        out->brokers = rmq_kw_array_alloc(r, arena, n_brokers, sizeof(*out->brokers));
        for (int32_t i = 0; i < n_brokers && !(r)->err; i++)
            dec_MetadataResponse_MetadataResponseBroker(r, version, arena, &out->brokers[i]);
    }
    if (version >= 2) {
        out->cluster_id = rmq_kw_read_str(r, version >= 9, true);
    }
    if (version >= 1) {
        out->controller_id = rmq_kw_read_int32(r);
    }
    {
        int32_t n_topics = rmq_kw_read_array_len(r, version >= 9, false, 8);
        out->topics_count = n_topics;
        out->topics = rmq_kw_array_alloc(r, arena, n_topics, sizeof(*out->topics));
        for (int32_t i = 0; i < n_topics && !(r)->err; i++)
            dec_MetadataResponse_MetadataResponseTopic(r, version, arena, &out->topics[i]);
    }
    if (version >= 8 && version <= 10) {
        out->cluster_authorized_operations = rmq_kw_read_int32(r);
    }
    if (version >= 9) {
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

static void enc_MetadataResponse(rmq_kw_writer_t *w, int16_t version, const rmq_MetadataResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->brokers_count, version >= 9, false);
    if (in->brokers_count > 0 && !in->brokers)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Brokers: count without items");
    else
        for (int32_t i = 0; i < in->brokers_count; i++)
            enc_MetadataResponse_MetadataResponseBroker(w, version, &in->brokers[i]);
    if (version >= 2) {
        rmq_kw_write_str(w, in->cluster_id, version >= 9, true);
    }
    if (version >= 1) {
        rmq_kw_write_int32(w, in->controller_id);
    }
    rmq_kw_write_array_len(w, in->topics_count, version >= 9, false);
    if (in->topics_count > 0 && !in->topics)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Topics: count without items");
    else
        for (int32_t i = 0; i < in->topics_count; i++)
            enc_MetadataResponse_MetadataResponseTopic(w, version, &in->topics[i]);
    if (version >= 8 && version <= 10) {
        rmq_kw_write_int32(w, in->cluster_authorized_operations);
    }
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_MetadataResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_MetadataResponse_t *out)
{
    if (version < 0 || version > 12)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported MetadataResponse version");
    dec_MetadataResponse(r, version, arena, out);
    return r->err;
}

int rmq_MetadataResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_MetadataResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 12)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_MetadataResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_MetadataResponse_MetadataResponseBroker[] = {
    {.name = "node_id", .kafka_name = "NodeId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseBroker_t, node_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseBroker_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseBroker_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "rack", .kafka_name = "Rack", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 1, .ver_hi = 12, .null_lo = 1, .null_hi = 12, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseBroker_t, rack), .def_null = true},
};
static const rmq_kstruct_desc_t desc_MetadataResponse_MetadataResponseBroker = {
    .name = "rmq_MetadataResponse_MetadataResponseBroker_t",
    .size = sizeof(rmq_MetadataResponse_MetadataResponseBroker_t),
    .fields = fields_MetadataResponse_MetadataResponseBroker,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_MetadataResponse_MetadataResponsePartition[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "partition_index", .kafka_name = "PartitionIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, partition_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "leader_id", .kafka_name = "LeaderId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, leader_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 7, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "replica_nodes", .kafka_name = "ReplicaNodes", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, replica_nodes), .count_offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, replica_nodes_count), .item_size = sizeof(int32_t), .def_null = false},
    {.name = "isr_nodes", .kafka_name = "IsrNodes", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, isr_nodes), .count_offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, isr_nodes_count), .item_size = sizeof(int32_t), .def_null = false},
    {.name = "offline_replicas", .kafka_name = "OfflineReplicas", .kind = RMQ_KF_INT32, .array = true, .ver_lo = 5, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, offline_replicas), .count_offset = offsetof(rmq_MetadataResponse_MetadataResponsePartition_t, offline_replicas_count), .item_size = sizeof(int32_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_MetadataResponse_MetadataResponsePartition = {
    .name = "rmq_MetadataResponse_MetadataResponsePartition_t",
    .size = sizeof(rmq_MetadataResponse_MetadataResponsePartition_t),
    .fields = fields_MetadataResponse_MetadataResponsePartition,
    .nfields = 7,
};

static const rmq_kfield_desc_t fields_MetadataResponse_MetadataResponseTopic[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 12, .null_lo = 12, .null_hi = 12, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, name), .def_null = false, .def_str = ""},
    {.name = "topic_id", .kafka_name = "TopicId", .kind = RMQ_KF_UUID, .array = false, .ver_lo = 10, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, topic_id), .def_null = false},
    {.name = "is_internal", .kafka_name = "IsInternal", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 1, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, is_internal), .def_null = false, .def_int = 0},
    {.name = "partitions", .kafka_name = "Partitions", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, partitions), .count_offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, partitions_count), .item_size = sizeof(rmq_MetadataResponse_MetadataResponsePartition_t), .sub = &desc_MetadataResponse_MetadataResponsePartition, .def_null = false},
    {.name = "topic_authorized_operations", .kafka_name = "TopicAuthorizedOperations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 8, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_MetadataResponseTopic_t, topic_authorized_operations), .def_null = false, .def_int = INT64_C(-2147483648)},
};
static const rmq_kstruct_desc_t desc_MetadataResponse_MetadataResponseTopic = {
    .name = "rmq_MetadataResponse_MetadataResponseTopic_t",
    .size = sizeof(rmq_MetadataResponse_MetadataResponseTopic_t),
    .fields = fields_MetadataResponse_MetadataResponseTopic,
    .nfields = 6,
};

static const rmq_kfield_desc_t fields_MetadataResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "brokers", .kafka_name = "Brokers", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, brokers), .count_offset = offsetof(rmq_MetadataResponse_t, brokers_count), .item_size = sizeof(rmq_MetadataResponse_MetadataResponseBroker_t), .sub = &desc_MetadataResponse_MetadataResponseBroker, .def_null = false},
    {.name = "cluster_id", .kafka_name = "ClusterId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 2, .ver_hi = 12, .null_lo = 2, .null_hi = 12, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, cluster_id), .def_null = true},
    {.name = "controller_id", .kafka_name = "ControllerId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, controller_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "topics", .kafka_name = "Topics", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 12, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, topics), .count_offset = offsetof(rmq_MetadataResponse_t, topics_count), .item_size = sizeof(rmq_MetadataResponse_MetadataResponseTopic_t), .sub = &desc_MetadataResponse_MetadataResponseTopic, .def_null = false},
    {.name = "cluster_authorized_operations", .kafka_name = "ClusterAuthorizedOperations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 8, .ver_hi = 10, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_MetadataResponse_t, cluster_authorized_operations), .def_null = false, .def_int = INT64_C(-2147483648)},
};
static const rmq_kstruct_desc_t desc_MetadataResponse = {
    .name = "rmq_MetadataResponse_t",
    .size = sizeof(rmq_MetadataResponse_t),
    .fields = fields_MetadataResponse,
    .nfields = 6,
};

static void any_init_MetadataResponse(void *msg)
{
    rmq_MetadataResponse_init(msg);
}

static int any_decode_MetadataResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_MetadataResponse_decode(r, version, arena, out);
}

static int any_encode_MetadataResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_MetadataResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_MetadataResponse_desc = {
    .name = "MetadataResponse",
    .api_key = 3,
    .request = false,
    .min_version = 0,
    .max_version = 12,
    .flex_lo = 9,
    .root = &desc_MetadataResponse,
    .init = any_init_MetadataResponse,
    .decode = any_decode_MetadataResponse,
    .encode = any_encode_MetadataResponse,
};

