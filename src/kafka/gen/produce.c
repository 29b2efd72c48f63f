/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/produce.h"

/* ---- ProduceRequest (ProduceRequest.json, versions 0-11, flexible 9+) ---- */

static void dec_ProduceRequest_PartitionProduceData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_PartitionProduceData_t *out);
static void enc_ProduceRequest_PartitionProduceData(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_PartitionProduceData_t *in);
static void dec_ProduceRequest_TopicProduceData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_TopicProduceData_t *out);
static void enc_ProduceRequest_TopicProduceData(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_TopicProduceData_t *in);
static void dec_ProduceRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_t *out);
static void enc_ProduceRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_t *in);

void rmq_ProduceRequest_PartitionProduceData_init(rmq_ProduceRequest_PartitionProduceData_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_ProduceRequest_TopicProduceData_init(rmq_ProduceRequest_TopicProduceData_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ProduceRequest_init(rmq_ProduceRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ProduceRequest_PartitionProduceData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_PartitionProduceData_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceRequest_PartitionProduceData_init(out);
    out->index = rmq_kw_read_int32(r);
    out->records = rmq_kw_read_bytes(r, version >= 9, true);
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

static void enc_ProduceRequest_PartitionProduceData(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_PartitionProduceData_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->index);
    rmq_kw_write_records(w, in->records, version >= 9, true);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ProduceRequest_TopicProduceData(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_TopicProduceData_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceRequest_TopicProduceData_init(out);
    out->name = rmq_kw_read_str(r, version >= 9, false);
    {
        int32_t n_partition_data = rmq_kw_read_array_len(r, version >= 9, false, 6);
        out->partition_data_count = n_partition_data;
        out->partition_data = rmq_kw_array_alloc(r, arena, n_partition_data, sizeof(*out->partition_data));
        for (int32_t i = 0; i < n_partition_data && !(r)->err; i++)
            dec_ProduceRequest_PartitionProduceData(r, version, arena, &out->partition_data[i]);
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

static void enc_ProduceRequest_TopicProduceData(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_TopicProduceData_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 9, false);
    rmq_kw_write_array_len(w, in->partition_data_count, version >= 9, false);
    if (in->partition_data_count > 0 && !in->partition_data)
        rmq_kw_write_fail(w, RMQ_EINVAL, "TopicData[].PartitionData: count without items");
    else
        for (int32_t i = 0; i < in->partition_data_count; i++)
            enc_ProduceRequest_PartitionProduceData(w, version, &in->partition_data[i]);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ProduceRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceRequest_init(out);
    if (version >= 3) {
        out->transactional_id = rmq_kw_read_str(r, version >= 9, true);
    }
    out->acks = rmq_kw_read_int16(r);
    out->timeout_ms = rmq_kw_read_int32(r);
    {
        int32_t n_topic_data = rmq_kw_read_array_len(r, version >= 9, false, 3);
        out->topic_data_count = n_topic_data;
        out->topic_data = rmq_kw_array_alloc(r, arena, n_topic_data, sizeof(*out->topic_data));
        for (int32_t i = 0; i < n_topic_data && !(r)->err; i++)
            dec_ProduceRequest_TopicProduceData(r, version, arena, &out->topic_data[i]);
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

static void enc_ProduceRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceRequest_t *in)
{
    (void)version;
    (void)in;
    if (version >= 3) {
        rmq_kw_write_str(w, in->transactional_id, version >= 9, true);
    }
    rmq_kw_write_int16(w, in->acks);
    rmq_kw_write_int32(w, in->timeout_ms);
    rmq_kw_write_array_len(w, in->topic_data_count, version >= 9, false);
    if (in->topic_data_count > 0 && !in->topic_data)
        rmq_kw_write_fail(w, RMQ_EINVAL, "TopicData: count without items");
    else
        for (int32_t i = 0; i < in->topic_data_count; i++)
            enc_ProduceRequest_TopicProduceData(w, version, &in->topic_data[i]);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ProduceRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceRequest_t *out)
{
    if (version < 0 || version > 11)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ProduceRequest version");
    dec_ProduceRequest(r, version, arena, out);
    return r->err;
}

int rmq_ProduceRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ProduceRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 11)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ProduceRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ProduceRequest_PartitionProduceData[] = {
    {.name = "index", .kafka_name = "Index", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_PartitionProduceData_t, index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "records", .kafka_name = "Records", .kind = RMQ_KF_RECORDS, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 0, .null_hi = 11, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_PartitionProduceData_t, records), .def_null = true},
};
static const rmq_kstruct_desc_t desc_ProduceRequest_PartitionProduceData = {
    .name = "rmq_ProduceRequest_PartitionProduceData_t",
    .size = sizeof(rmq_ProduceRequest_PartitionProduceData_t),
    .fields = fields_ProduceRequest_PartitionProduceData,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ProduceRequest_TopicProduceData[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_TopicProduceData_t, name), .def_null = false, .def_str = ""},
    {.name = "partition_data", .kafka_name = "PartitionData", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_TopicProduceData_t, partition_data), .count_offset = offsetof(rmq_ProduceRequest_TopicProduceData_t, partition_data_count), .item_size = sizeof(rmq_ProduceRequest_PartitionProduceData_t), .sub = &desc_ProduceRequest_PartitionProduceData, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ProduceRequest_TopicProduceData = {
    .name = "rmq_ProduceRequest_TopicProduceData_t",
    .size = sizeof(rmq_ProduceRequest_TopicProduceData_t),
    .fields = fields_ProduceRequest_TopicProduceData,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ProduceRequest[] = {
    {.name = "transactional_id", .kafka_name = "TransactionalId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 11, .null_lo = 3, .null_hi = 11, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_t, transactional_id), .def_null = true},
    {.name = "acks", .kafka_name = "Acks", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_t, acks), .def_null = false, .def_int = INT64_C(0)},
    {.name = "timeout_ms", .kafka_name = "TimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_t, timeout_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "topic_data", .kafka_name = "TopicData", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceRequest_t, topic_data), .count_offset = offsetof(rmq_ProduceRequest_t, topic_data_count), .item_size = sizeof(rmq_ProduceRequest_TopicProduceData_t), .sub = &desc_ProduceRequest_TopicProduceData, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ProduceRequest = {
    .name = "rmq_ProduceRequest_t",
    .size = sizeof(rmq_ProduceRequest_t),
    .fields = fields_ProduceRequest,
    .nfields = 4,
};

static void any_init_ProduceRequest(void *msg)
{
    rmq_ProduceRequest_init(msg);
}

static int any_decode_ProduceRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ProduceRequest_decode(r, version, arena, out);
}

static int any_encode_ProduceRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ProduceRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ProduceRequest_desc = {
    .name = "ProduceRequest",
    .api_key = 0,
    .request = true,
    .min_version = 0,
    .max_version = 11,
    .flex_lo = 9,
    .root = &desc_ProduceRequest,
    .init = any_init_ProduceRequest,
    .decode = any_decode_ProduceRequest,
    .encode = any_encode_ProduceRequest,
};

/* ---- ProduceResponse (ProduceResponse.json, versions 0-11, flexible 9+) ---- */

static void dec_ProduceResponse_BatchIndexAndErrorMessage(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_BatchIndexAndErrorMessage_t *out);
static void enc_ProduceResponse_BatchIndexAndErrorMessage(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_BatchIndexAndErrorMessage_t *in);
static void dec_ProduceResponse_LeaderIdAndEpoch(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_LeaderIdAndEpoch_t *out);
static void enc_ProduceResponse_LeaderIdAndEpoch(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_LeaderIdAndEpoch_t *in);
static bool isdef_ProduceResponse_LeaderIdAndEpoch(const rmq_ProduceResponse_LeaderIdAndEpoch_t *in);
static void dec_ProduceResponse_PartitionProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_PartitionProduceResponse_t *out);
static void enc_ProduceResponse_PartitionProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_PartitionProduceResponse_t *in);
static void dec_ProduceResponse_TopicProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_TopicProduceResponse_t *out);
static void enc_ProduceResponse_TopicProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_TopicProduceResponse_t *in);
static void dec_ProduceResponse_NodeEndpoint(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_NodeEndpoint_t *out);
static void enc_ProduceResponse_NodeEndpoint(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_NodeEndpoint_t *in);
static void dec_ProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_t *out);
static void enc_ProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_t *in);

void rmq_ProduceResponse_BatchIndexAndErrorMessage_init(rmq_ProduceResponse_BatchIndexAndErrorMessage_t *v)
{
    memset(v, 0, sizeof(*v));
}

void rmq_ProduceResponse_LeaderIdAndEpoch_init(rmq_ProduceResponse_LeaderIdAndEpoch_t *v)
{
    memset(v, 0, sizeof(*v));
    v->leader_id = -1;
    v->leader_epoch = -1;
}

void rmq_ProduceResponse_PartitionProduceResponse_init(rmq_ProduceResponse_PartitionProduceResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->log_append_time_ms = INT64_C(-1);
    v->log_start_offset = INT64_C(-1);
    rmq_ProduceResponse_LeaderIdAndEpoch_init(&v->current_leader);
}

void rmq_ProduceResponse_TopicProduceResponse_init(rmq_ProduceResponse_TopicProduceResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
}

void rmq_ProduceResponse_NodeEndpoint_init(rmq_ProduceResponse_NodeEndpoint_t *v)
{
    memset(v, 0, sizeof(*v));
    v->host = RMQ_KW_STR_LIT("");
}

void rmq_ProduceResponse_init(rmq_ProduceResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ProduceResponse_BatchIndexAndErrorMessage(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_BatchIndexAndErrorMessage_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_BatchIndexAndErrorMessage_init(out);
    out->batch_index = rmq_kw_read_int32(r);
    out->batch_index_error_message = rmq_kw_read_str(r, version >= 9, true);
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

static void enc_ProduceResponse_BatchIndexAndErrorMessage(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_BatchIndexAndErrorMessage_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->batch_index);
    rmq_kw_write_str(w, in->batch_index_error_message, version >= 9, true);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static bool isdef_ProduceResponse_LeaderIdAndEpoch(const rmq_ProduceResponse_LeaderIdAndEpoch_t *in)
{
    return (in->leader_id == -1) &&
           (in->leader_epoch == -1);
}

static void dec_ProduceResponse_LeaderIdAndEpoch(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_LeaderIdAndEpoch_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_LeaderIdAndEpoch_init(out);
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

static void enc_ProduceResponse_LeaderIdAndEpoch(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_LeaderIdAndEpoch_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->leader_id);
    rmq_kw_write_int32(w, in->leader_epoch);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_ProduceResponse_PartitionProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_PartitionProduceResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_PartitionProduceResponse_init(out);
    out->index = rmq_kw_read_int32(r);
    out->error_code = rmq_kw_read_int16(r);
    out->base_offset = rmq_kw_read_int64(r);
    if (version >= 2) {
        out->log_append_time_ms = rmq_kw_read_int64(r);
    }
    if (version >= 5) {
        out->log_start_offset = rmq_kw_read_int64(r);
    }
    if (version >= 8) {
        {
            int32_t n_record_errors = rmq_kw_read_array_len(r, version >= 9, false, 6);
            out->record_errors_count = n_record_errors;
            out->record_errors = rmq_kw_array_alloc(r, arena, n_record_errors, sizeof(*out->record_errors));
            for (int32_t i = 0; i < n_record_errors && !(r)->err; i++)
                dec_ProduceResponse_BatchIndexAndErrorMessage(r, version, arena, &out->record_errors[i]);
        }
    }
    if (version >= 8) {
        out->error_message = rmq_kw_read_str(r, version >= 9, true);
    }
    if (version >= 9) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 10)) {
                dec_ProduceResponse_LeaderIdAndEpoch(&sub, version, arena, &out->current_leader);
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_ProduceResponse_PartitionProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_PartitionProduceResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->index);
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int64(w, in->base_offset);
    if (version >= 2) {
        rmq_kw_write_int64(w, in->log_append_time_ms);
    }
    if (version >= 5) {
        rmq_kw_write_int64(w, in->log_start_offset);
    }
    if (version >= 8) {
        rmq_kw_write_array_len(w, in->record_errors_count, version >= 9, false);
        if (in->record_errors_count > 0 && !in->record_errors)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Responses[].PartitionResponses[].RecordErrors: count without items");
        else
            for (int32_t i = 0; i < in->record_errors_count; i++)
                enc_ProduceResponse_BatchIndexAndErrorMessage(w, version, &in->record_errors[i]);
    }
    if (version >= 8) {
        rmq_kw_write_str(w, in->error_message, version >= 9, true);
    }
    if (version >= 9) {
        const bool has_current_leader = (version >= 10) && !(isdef_ProduceResponse_LeaderIdAndEpoch(&in->current_leader));
        rmq_kw_write_uvarint(w, (uint32_t)has_current_leader);
        if (has_current_leader) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            enc_ProduceResponse_LeaderIdAndEpoch(w, version, &in->current_leader);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

static void dec_ProduceResponse_TopicProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_TopicProduceResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_TopicProduceResponse_init(out);
    out->name = rmq_kw_read_str(r, version >= 9, false);
    {
        int32_t n_partition_responses = rmq_kw_read_array_len(r, version >= 9, false, 14);
        out->partition_responses_count = n_partition_responses;
        out->partition_responses = rmq_kw_array_alloc(r, arena, n_partition_responses, sizeof(*out->partition_responses));
        for (int32_t i = 0; i < n_partition_responses && !(r)->err; i++)
            dec_ProduceResponse_PartitionProduceResponse(r, version, arena, &out->partition_responses[i]);
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

static void enc_ProduceResponse_TopicProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_TopicProduceResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 9, false);
    rmq_kw_write_array_len(w, in->partition_responses_count, version >= 9, false);
    if (in->partition_responses_count > 0 && !in->partition_responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses[].PartitionResponses: count without items");
    else
        for (int32_t i = 0; i < in->partition_responses_count; i++)
            enc_ProduceResponse_PartitionProduceResponse(w, version, &in->partition_responses[i]);
    if (version >= 9) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ProduceResponse_NodeEndpoint(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_NodeEndpoint_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_NodeEndpoint_init(out);
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

static void enc_ProduceResponse_NodeEndpoint(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_NodeEndpoint_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int32(w, in->node_id);
    rmq_kw_write_str(w, in->host, true, false);
    rmq_kw_write_int32(w, in->port);
    rmq_kw_write_str(w, in->rack, true, true);
    rmq_kw_write_uvarint(w, 0); /* no tagged fields */
}

static void dec_ProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ProduceResponse_init(out);
    {
        int32_t n_responses = rmq_kw_read_array_len(r, version >= 9, false, 3);
        out->responses_count = n_responses;
        out->responses = rmq_kw_array_alloc(r, arena, n_responses, sizeof(*out->responses));
        for (int32_t i = 0; i < n_responses && !(r)->err; i++)
            dec_ProduceResponse_TopicProduceResponse(r, version, arena, &out->responses[i]);
    }
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    if (version >= 9) {
        uint32_t ntags = rmq_kw_read_tag_count(r);
        for (uint32_t t = 0; t < ntags && !r->err; t++) {
            rmq_kw_reader_t sub;
            uint32_t tag = rmq_kw_read_tag_begin(r, &sub);
            if (tag == 0 && (version >= 10)) {
                {
                    int32_t n_node_endpoints = rmq_kw_read_array_len(&sub, true, false, 11);
                    out->node_endpoints_count = n_node_endpoints;
                    out->node_endpoints = rmq_kw_array_alloc(&sub, arena, n_node_endpoints, sizeof(*out->node_endpoints));
                    for (int32_t i = 0; i < n_node_endpoints && !(&sub)->err; i++)
                        dec_ProduceResponse_NodeEndpoint(&sub, version, arena, &out->node_endpoints[i]);
                }
            } else {
                rmq_kw_skip_rest(&sub); /* unknown tag: skip */
            }
            rmq_kw_read_tag_end(r, &sub);
        }
    }
}

static void enc_ProduceResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ProduceResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->responses_count, version >= 9, false);
    if (in->responses_count > 0 && !in->responses)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Responses: count without items");
    else
        for (int32_t i = 0; i < in->responses_count; i++)
            enc_ProduceResponse_TopicProduceResponse(w, version, &in->responses[i]);
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    if (version >= 9) {
        const bool has_node_endpoints = (version >= 10) && !(in->node_endpoints_count == 0);
        rmq_kw_write_uvarint(w, (uint32_t)has_node_endpoints);
        if (has_node_endpoints) {
            size_t mark = rmq_kw_write_tag_begin(w, 0);
            rmq_kw_write_array_len(w, in->node_endpoints_count, true, false);
            if (in->node_endpoints_count > 0 && !in->node_endpoints)
                rmq_kw_write_fail(w, RMQ_EINVAL, "NodeEndpoints: count without items");
            else
                for (int32_t i = 0; i < in->node_endpoints_count; i++)
                    enc_ProduceResponse_NodeEndpoint(w, version, &in->node_endpoints[i]);
            rmq_kw_write_tag_end(w, mark);
        }
    }
}

int rmq_ProduceResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ProduceResponse_t *out)
{
    if (version < 0 || version > 11)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ProduceResponse version");
    dec_ProduceResponse(r, version, arena, out);
    return r->err;
}

int rmq_ProduceResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ProduceResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 11)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ProduceResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ProduceResponse_BatchIndexAndErrorMessage[] = {
    {.name = "batch_index", .kafka_name = "BatchIndex", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 8, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_BatchIndexAndErrorMessage_t, batch_index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "batch_index_error_message", .kafka_name = "BatchIndexErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 11, .null_lo = 8, .null_hi = 11, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_BatchIndexAndErrorMessage_t, batch_index_error_message), .def_null = true},
};
static const rmq_kstruct_desc_t desc_ProduceResponse_BatchIndexAndErrorMessage = {
    .name = "rmq_ProduceResponse_BatchIndexAndErrorMessage_t",
    .size = sizeof(rmq_ProduceResponse_BatchIndexAndErrorMessage_t),
    .fields = fields_ProduceResponse_BatchIndexAndErrorMessage,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ProduceResponse_LeaderIdAndEpoch[] = {
    {.name = "leader_id", .kafka_name = "LeaderId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_LeaderIdAndEpoch_t, leader_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "leader_epoch", .kafka_name = "LeaderEpoch", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_LeaderIdAndEpoch_t, leader_epoch), .def_null = false, .def_int = INT64_C(-1)},
};
static const rmq_kstruct_desc_t desc_ProduceResponse_LeaderIdAndEpoch = {
    .name = "rmq_ProduceResponse_LeaderIdAndEpoch_t",
    .size = sizeof(rmq_ProduceResponse_LeaderIdAndEpoch_t),
    .fields = fields_ProduceResponse_LeaderIdAndEpoch,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ProduceResponse_PartitionProduceResponse[] = {
    {.name = "index", .kafka_name = "Index", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, index), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "base_offset", .kafka_name = "BaseOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, base_offset), .def_null = false, .def_int = INT64_C(0)},
    {.name = "log_append_time_ms", .kafka_name = "LogAppendTimeMs", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 2, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, log_append_time_ms), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "log_start_offset", .kafka_name = "LogStartOffset", .kind = RMQ_KF_INT64, .array = false, .ver_lo = 5, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, log_start_offset), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "record_errors", .kafka_name = "RecordErrors", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 8, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, record_errors), .count_offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, record_errors_count), .item_size = sizeof(rmq_ProduceResponse_BatchIndexAndErrorMessage_t), .sub = &desc_ProduceResponse_BatchIndexAndErrorMessage, .def_null = false},
    {.name = "error_message", .kafka_name = "ErrorMessage", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 11, .null_lo = 8, .null_hi = 11, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, error_message), .def_null = true},
    {.name = "current_leader", .kafka_name = "CurrentLeader", .kind = RMQ_KF_STRUCT, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 10, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_PartitionProduceResponse_t, current_leader), .item_size = sizeof(rmq_ProduceResponse_LeaderIdAndEpoch_t), .sub = &desc_ProduceResponse_LeaderIdAndEpoch, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ProduceResponse_PartitionProduceResponse = {
    .name = "rmq_ProduceResponse_PartitionProduceResponse_t",
    .size = sizeof(rmq_ProduceResponse_PartitionProduceResponse_t),
    .fields = fields_ProduceResponse_PartitionProduceResponse,
    .nfields = 8,
};

static const rmq_kfield_desc_t fields_ProduceResponse_TopicProduceResponse[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_TopicProduceResponse_t, name), .def_null = false, .def_str = ""},
    {.name = "partition_responses", .kafka_name = "PartitionResponses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_TopicProduceResponse_t, partition_responses), .count_offset = offsetof(rmq_ProduceResponse_TopicProduceResponse_t, partition_responses_count), .item_size = sizeof(rmq_ProduceResponse_PartitionProduceResponse_t), .sub = &desc_ProduceResponse_PartitionProduceResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ProduceResponse_TopicProduceResponse = {
    .name = "rmq_ProduceResponse_TopicProduceResponse_t",
    .size = sizeof(rmq_ProduceResponse_TopicProduceResponse_t),
    .fields = fields_ProduceResponse_TopicProduceResponse,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_ProduceResponse_NodeEndpoint[] = {
    {.name = "node_id", .kafka_name = "NodeId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_NodeEndpoint_t, node_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "host", .kafka_name = "Host", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_NodeEndpoint_t, host), .def_null = false, .def_str = ""},
    {.name = "port", .kafka_name = "Port", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_NodeEndpoint_t, port), .def_null = false, .def_int = INT64_C(0)},
    {.name = "rack", .kafka_name = "Rack", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 10, .ver_hi = 11, .null_lo = 10, .null_hi = 11, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_NodeEndpoint_t, rack), .def_null = true},
};
static const rmq_kstruct_desc_t desc_ProduceResponse_NodeEndpoint = {
    .name = "rmq_ProduceResponse_NodeEndpoint_t",
    .size = sizeof(rmq_ProduceResponse_NodeEndpoint_t),
    .fields = fields_ProduceResponse_NodeEndpoint,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_ProduceResponse[] = {
    {.name = "responses", .kafka_name = "Responses", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_t, responses), .count_offset = offsetof(rmq_ProduceResponse_t, responses_count), .item_size = sizeof(rmq_ProduceResponse_TopicProduceResponse_t), .sub = &desc_ProduceResponse_TopicProduceResponse, .def_null = false},
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "node_endpoints", .kafka_name = "NodeEndpoints", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 10, .ver_hi = 11, .null_lo = 32767, .null_hi = -1, .tag_lo = 10, .flex_lo = 9, .tag = 0, .offset = offsetof(rmq_ProduceResponse_t, node_endpoints), .count_offset = offsetof(rmq_ProduceResponse_t, node_endpoints_count), .item_size = sizeof(rmq_ProduceResponse_NodeEndpoint_t), .sub = &desc_ProduceResponse_NodeEndpoint, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ProduceResponse = {
    .name = "rmq_ProduceResponse_t",
    .size = sizeof(rmq_ProduceResponse_t),
    .fields = fields_ProduceResponse,
    .nfields = 3,
};

static void any_init_ProduceResponse(void *msg)
{
    rmq_ProduceResponse_init(msg);
}

static int any_decode_ProduceResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ProduceResponse_decode(r, version, arena, out);
}

static int any_encode_ProduceResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ProduceResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ProduceResponse_desc = {
    .name = "ProduceResponse",
    .api_key = 0,
    .request = false,
    .min_version = 0,
    .max_version = 11,
    .flex_lo = 9,
    .root = &desc_ProduceResponse,
    .init = any_init_ProduceResponse,
    .decode = any_decode_ProduceResponse,
    .encode = any_encode_ProduceResponse,
};

