/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/sync_group.h"

/* ---- SyncGroupRequest (SyncGroupRequest.json, versions 0-5, flexible 4+) ---- */

static void dec_SyncGroupRequest_SyncGroupRequestAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *out);
static void enc_SyncGroupRequest_SyncGroupRequestAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *in);
static void dec_SyncGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_t *out);
static void enc_SyncGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupRequest_t *in);

void rmq_SyncGroupRequest_SyncGroupRequestAssignment_init(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *v)
{
    memset(v, 0, sizeof(*v));
    v->member_id = RMQ_KW_STR_LIT("");
    v->assignment = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

void rmq_SyncGroupRequest_init(rmq_SyncGroupRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->member_id = RMQ_KW_STR_LIT("");
}

static void dec_SyncGroupRequest_SyncGroupRequestAssignment(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *out)
{
    (void)version;
    (void)arena;
    rmq_SyncGroupRequest_SyncGroupRequestAssignment_init(out);
    out->member_id = rmq_kw_read_str(r, version >= 4, false);
    out->assignment = rmq_kw_read_bytes(r, version >= 4, false);
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

static void enc_SyncGroupRequest_SyncGroupRequestAssignment(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupRequest_SyncGroupRequestAssignment_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->member_id, version >= 4, false);
    rmq_kw_write_bytes(w, in->assignment, version >= 4, false);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_SyncGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_SyncGroupRequest_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 4, false);
    out->generation_id = rmq_kw_read_int32(r);
    out->member_id = rmq_kw_read_str(r, version >= 4, false);
    if (version >= 3) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 4, true);
    }
    if (version >= 5) {
        out->protocol_type = rmq_kw_read_str(r, true, true);
    }
    if (version >= 5) {
        out->protocol_name = rmq_kw_read_str(r, true, true);
    }
    {
        int32_t n_assignments = rmq_kw_read_array_len(r, version >= 4, false, 3);
        out->assignments_count = n_assignments;
        out->assignments = rmq_kw_array_alloc(r, arena, n_assignments, sizeof(*out->assignments));
        for (int32_t i = 0; i < n_assignments && !(r)->err; i++)
            dec_SyncGroupRequest_SyncGroupRequestAssignment(r, version, arena, &out->assignments[i]);
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

static void enc_SyncGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 4, false);
    rmq_kw_write_int32(w, in->generation_id);
    rmq_kw_write_str(w, in->member_id, version >= 4, false);
    if (version >= 3) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 4, true);
    }
    if (version >= 5) {
        rmq_kw_write_str(w, in->protocol_type, true, true);
    }
    if (version >= 5) {
        rmq_kw_write_str(w, in->protocol_name, true, true);
    }
    rmq_kw_write_array_len(w, in->assignments_count, version >= 4, false);
    if (in->assignments_count > 0 && !in->assignments)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Assignments: count without items");
    else
        for (int32_t i = 0; i < in->assignments_count; i++)
            enc_SyncGroupRequest_SyncGroupRequestAssignment(w, version, &in->assignments[i]);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_SyncGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupRequest_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SyncGroupRequest version");
    dec_SyncGroupRequest(r, version, arena, out);
    return r->err;
}

int rmq_SyncGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SyncGroupRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SyncGroupRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SyncGroupRequest_SyncGroupRequestAssignment[] = {
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t, member_id), .def_null = false, .def_str = ""},
    {.name = "assignment", .kafka_name = "Assignment", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t, assignment), .def_null = false},
};
static const rmq_kstruct_desc_t desc_SyncGroupRequest_SyncGroupRequestAssignment = {
    .name = "rmq_SyncGroupRequest_SyncGroupRequestAssignment_t",
    .size = sizeof(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t),
    .fields = fields_SyncGroupRequest_SyncGroupRequestAssignment,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_SyncGroupRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "generation_id", .kafka_name = "GenerationId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, generation_id), .def_null = false, .def_int = INT64_C(0)},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 3, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, group_instance_id), .def_null = true},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 5, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, protocol_type), .def_null = true},
    {.name = "protocol_name", .kafka_name = "ProtocolName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 5, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, protocol_name), .def_null = true},
    {.name = "assignments", .kafka_name = "Assignments", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupRequest_t, assignments), .count_offset = offsetof(rmq_SyncGroupRequest_t, assignments_count), .item_size = sizeof(rmq_SyncGroupRequest_SyncGroupRequestAssignment_t), .sub = &desc_SyncGroupRequest_SyncGroupRequestAssignment, .def_null = false},
};
static const rmq_kstruct_desc_t desc_SyncGroupRequest = {
    .name = "rmq_SyncGroupRequest_t",
    .size = sizeof(rmq_SyncGroupRequest_t),
    .fields = fields_SyncGroupRequest,
    .nfields = 7,
};

static void any_init_SyncGroupRequest(void *msg)
{
    rmq_SyncGroupRequest_init(msg);
}

static int any_decode_SyncGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SyncGroupRequest_decode(r, version, arena, out);
}

static int any_encode_SyncGroupRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SyncGroupRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SyncGroupRequest_desc = {
    .name = "SyncGroupRequest",
    .api_key = 14,
    .request = true,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 4,
    .root = &desc_SyncGroupRequest,
    .init = any_init_SyncGroupRequest,
    .decode = any_decode_SyncGroupRequest,
    .encode = any_encode_SyncGroupRequest,
};

/* ---- SyncGroupResponse (SyncGroupResponse.json, versions 0-5, flexible 4+) ---- */

static void dec_SyncGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupResponse_t *out);
static void enc_SyncGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupResponse_t *in);

void rmq_SyncGroupResponse_init(rmq_SyncGroupResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->assignment = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

static void dec_SyncGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_SyncGroupResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    if (version >= 5) {
        out->protocol_type = rmq_kw_read_str(r, true, true);
    }
    if (version >= 5) {
        out->protocol_name = rmq_kw_read_str(r, true, true);
    }
    out->assignment = rmq_kw_read_bytes(r, version >= 4, false);
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

static void enc_SyncGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_SyncGroupResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 5) {
        rmq_kw_write_str(w, in->protocol_type, true, true);
    }
    if (version >= 5) {
        rmq_kw_write_str(w, in->protocol_name, true, true);
    }
    rmq_kw_write_bytes(w, in->assignment, version >= 4, false);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_SyncGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_SyncGroupResponse_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported SyncGroupResponse version");
    dec_SyncGroupResponse(r, version, arena, out);
    return r->err;
}

int rmq_SyncGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_SyncGroupResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_SyncGroupResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_SyncGroupResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 5, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupResponse_t, protocol_type), .def_null = true},
    {.name = "protocol_name", .kafka_name = "ProtocolName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 5, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupResponse_t, protocol_name), .def_null = true},
    {.name = "assignment", .kafka_name = "Assignment", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_SyncGroupResponse_t, assignment), .def_null = false},
};
static const rmq_kstruct_desc_t desc_SyncGroupResponse = {
    .name = "rmq_SyncGroupResponse_t",
    .size = sizeof(rmq_SyncGroupResponse_t),
    .fields = fields_SyncGroupResponse,
    .nfields = 5,
};

static void any_init_SyncGroupResponse(void *msg)
{
    rmq_SyncGroupResponse_init(msg);
}

static int any_decode_SyncGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_SyncGroupResponse_decode(r, version, arena, out);
}

static int any_encode_SyncGroupResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_SyncGroupResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_SyncGroupResponse_desc = {
    .name = "SyncGroupResponse",
    .api_key = 14,
    .request = false,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 4,
    .root = &desc_SyncGroupResponse,
    .init = any_init_SyncGroupResponse,
    .decode = any_decode_SyncGroupResponse,
    .encode = any_encode_SyncGroupResponse,
};

