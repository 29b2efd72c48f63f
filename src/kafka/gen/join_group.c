/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/join_group.h"

/* ---- JoinGroupRequest (JoinGroupRequest.json, versions 0-9, flexible 6+) ---- */

static void dec_JoinGroupRequest_JoinGroupRequestProtocol(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *out);
static void enc_JoinGroupRequest_JoinGroupRequestProtocol(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *in);
static void dec_JoinGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_t *out);
static void enc_JoinGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupRequest_t *in);

void rmq_JoinGroupRequest_JoinGroupRequestProtocol_init(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *v)
{
    memset(v, 0, sizeof(*v));
    v->name = RMQ_KW_STR_LIT("");
    v->metadata = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

void rmq_JoinGroupRequest_init(rmq_JoinGroupRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->rebalance_timeout_ms = -1;
    v->member_id = RMQ_KW_STR_LIT("");
    v->protocol_type = RMQ_KW_STR_LIT("");
}

static void dec_JoinGroupRequest_JoinGroupRequestProtocol(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *out)
{
    (void)version;
    (void)arena;
    rmq_JoinGroupRequest_JoinGroupRequestProtocol_init(out);
    out->name = rmq_kw_read_str(r, version >= 6, false);
    out->metadata = rmq_kw_read_bytes(r, version >= 6, false);
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

static void enc_JoinGroupRequest_JoinGroupRequestProtocol(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupRequest_JoinGroupRequestProtocol_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->name, version >= 6, false);
    rmq_kw_write_bytes(w, in->metadata, version >= 6, false);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_JoinGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_JoinGroupRequest_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 6, false);
    out->session_timeout_ms = rmq_kw_read_int32(r);
    if (version >= 1) {
        out->rebalance_timeout_ms = rmq_kw_read_int32(r);
    }
    out->member_id = rmq_kw_read_str(r, version >= 6, false);
    if (version >= 5) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 6, true);
    }
    out->protocol_type = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_protocols = rmq_kw_read_array_len(r, version >= 6, false, 3);
        out->protocols_count = n_protocols;
        out->protocols = rmq_kw_array_alloc(r, arena, n_protocols, sizeof(*out->protocols));
        for (int32_t i = 0; i < n_protocols && !(r)->err; i++)
            dec_JoinGroupRequest_JoinGroupRequestProtocol(r, version, arena, &out->protocols[i]);
    }
    if (version >= 8) {
        out->reason = rmq_kw_read_str(r, true, true);
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

static void enc_JoinGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 6, false);
    rmq_kw_write_int32(w, in->session_timeout_ms);
    if (version >= 1) {
        rmq_kw_write_int32(w, in->rebalance_timeout_ms);
    }
    rmq_kw_write_str(w, in->member_id, version >= 6, false);
    if (version >= 5) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 6, true);
    }
    rmq_kw_write_str(w, in->protocol_type, version >= 6, false);
    rmq_kw_write_array_len(w, in->protocols_count, version >= 6, false);
    if (in->protocols_count > 0 && !in->protocols)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Protocols: count without items");
    else
        for (int32_t i = 0; i < in->protocols_count; i++)
            enc_JoinGroupRequest_JoinGroupRequestProtocol(w, version, &in->protocols[i]);
    if (version >= 8) {
        rmq_kw_write_str(w, in->reason, true, true);
    }
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_JoinGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupRequest_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported JoinGroupRequest version");
    dec_JoinGroupRequest(r, version, arena, out);
    return r->err;
}

int rmq_JoinGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_JoinGroupRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_JoinGroupRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_JoinGroupRequest_JoinGroupRequestProtocol[] = {
    {.name = "name", .kafka_name = "Name", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t, name), .def_null = false, .def_str = ""},
    {.name = "metadata", .kafka_name = "Metadata", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t, metadata), .def_null = false},
};
static const rmq_kstruct_desc_t desc_JoinGroupRequest_JoinGroupRequestProtocol = {
    .name = "rmq_JoinGroupRequest_JoinGroupRequestProtocol_t",
    .size = sizeof(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t),
    .fields = fields_JoinGroupRequest_JoinGroupRequestProtocol,
    .nfields = 2,
};

static const rmq_kfield_desc_t fields_JoinGroupRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "session_timeout_ms", .kafka_name = "SessionTimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, session_timeout_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "rebalance_timeout_ms", .kafka_name = "RebalanceTimeoutMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, rebalance_timeout_ms), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 9, .null_lo = 5, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, group_instance_id), .def_null = true},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, protocol_type), .def_null = false, .def_str = ""},
    {.name = "protocols", .kafka_name = "Protocols", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, protocols), .count_offset = offsetof(rmq_JoinGroupRequest_t, protocols_count), .item_size = sizeof(rmq_JoinGroupRequest_JoinGroupRequestProtocol_t), .sub = &desc_JoinGroupRequest_JoinGroupRequestProtocol, .def_null = false},
    {.name = "reason", .kafka_name = "Reason", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 8, .ver_hi = 9, .null_lo = 8, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupRequest_t, reason), .def_null = true},
};
static const rmq_kstruct_desc_t desc_JoinGroupRequest = {
    .name = "rmq_JoinGroupRequest_t",
    .size = sizeof(rmq_JoinGroupRequest_t),
    .fields = fields_JoinGroupRequest,
    .nfields = 8,
};

static void any_init_JoinGroupRequest(void *msg)
{
    rmq_JoinGroupRequest_init(msg);
}

static int any_decode_JoinGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_JoinGroupRequest_decode(r, version, arena, out);
}

static int any_encode_JoinGroupRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_JoinGroupRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_JoinGroupRequest_desc = {
    .name = "JoinGroupRequest",
    .api_key = 11,
    .request = true,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 6,
    .root = &desc_JoinGroupRequest,
    .init = any_init_JoinGroupRequest,
    .decode = any_decode_JoinGroupRequest,
    .encode = any_encode_JoinGroupRequest,
};

/* ---- JoinGroupResponse (JoinGroupResponse.json, versions 0-9, flexible 6+) ---- */

static void dec_JoinGroupResponse_JoinGroupResponseMember(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_JoinGroupResponseMember_t *out);
static void enc_JoinGroupResponse_JoinGroupResponseMember(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupResponse_JoinGroupResponseMember_t *in);
static void dec_JoinGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_t *out);
static void enc_JoinGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupResponse_t *in);

void rmq_JoinGroupResponse_JoinGroupResponseMember_init(rmq_JoinGroupResponse_JoinGroupResponseMember_t *v)
{
    memset(v, 0, sizeof(*v));
    v->member_id = RMQ_KW_STR_LIT("");
    v->metadata = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

void rmq_JoinGroupResponse_init(rmq_JoinGroupResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->generation_id = -1;
    v->protocol_name = RMQ_KW_STR_LIT("");
    v->leader = RMQ_KW_STR_LIT("");
    v->member_id = RMQ_KW_STR_LIT("");
}

static void dec_JoinGroupResponse_JoinGroupResponseMember(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_JoinGroupResponseMember_t *out)
{
    (void)version;
    (void)arena;
    rmq_JoinGroupResponse_JoinGroupResponseMember_init(out);
    out->member_id = rmq_kw_read_str(r, version >= 6, false);
    if (version >= 5) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 6, true);
    }
    out->metadata = rmq_kw_read_bytes(r, version >= 6, false);
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

static void enc_JoinGroupResponse_JoinGroupResponseMember(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupResponse_JoinGroupResponseMember_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->member_id, version >= 6, false);
    if (version >= 5) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 6, true);
    }
    rmq_kw_write_bytes(w, in->metadata, version >= 6, false);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_JoinGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_JoinGroupResponse_init(out);
    if (version >= 2) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    out->generation_id = rmq_kw_read_int32(r);
    if (version >= 7) {
        out->protocol_type = rmq_kw_read_str(r, true, true);
    }
    out->protocol_name = rmq_kw_read_str(r, version >= 6, version >= 7);
    out->leader = rmq_kw_read_str(r, version >= 6, false);
    if (version >= 9) {
        out->skip_assignment = rmq_kw_read_bool(r);
    }
    out->member_id = rmq_kw_read_str(r, version >= 6, false);
    {
        int32_t n_members = rmq_kw_read_array_len(r, version >= 6, false, 4);
        out->members_count = n_members;
        out->members = rmq_kw_array_alloc(r, arena, n_members, sizeof(*out->members));
        for (int32_t i = 0; i < n_members && !(r)->err; i++)
            dec_JoinGroupResponse_JoinGroupResponseMember(r, version, arena, &out->members[i]);
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

static void enc_JoinGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_JoinGroupResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 2) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_int32(w, in->generation_id);
    if (version >= 7) {
        rmq_kw_write_str(w, in->protocol_type, true, true);
    }
    rmq_kw_write_str(w, in->protocol_name, version >= 6, version >= 7);
    rmq_kw_write_str(w, in->leader, version >= 6, false);
    if (version >= 9) {
        rmq_kw_write_bool(w, in->skip_assignment);
    }
    rmq_kw_write_str(w, in->member_id, version >= 6, false);
    rmq_kw_write_array_len(w, in->members_count, version >= 6, false);
    if (in->members_count > 0 && !in->members)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Members: count without items");
    else
        for (int32_t i = 0; i < in->members_count; i++)
            enc_JoinGroupResponse_JoinGroupResponseMember(w, version, &in->members[i]);
    if (version >= 6) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_JoinGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_JoinGroupResponse_t *out)
{
    if (version < 0 || version > 9)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported JoinGroupResponse version");
    dec_JoinGroupResponse(r, version, arena, out);
    return r->err;
}

int rmq_JoinGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_JoinGroupResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 9)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_JoinGroupResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_JoinGroupResponse_JoinGroupResponseMember[] = {
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_JoinGroupResponseMember_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 9, .null_lo = 5, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_JoinGroupResponseMember_t, group_instance_id), .def_null = true},
    {.name = "metadata", .kafka_name = "Metadata", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_JoinGroupResponseMember_t, metadata), .def_null = false},
};
static const rmq_kstruct_desc_t desc_JoinGroupResponse_JoinGroupResponseMember = {
    .name = "rmq_JoinGroupResponse_JoinGroupResponseMember_t",
    .size = sizeof(rmq_JoinGroupResponse_JoinGroupResponseMember_t),
    .fields = fields_JoinGroupResponse_JoinGroupResponseMember,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_JoinGroupResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 2, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "generation_id", .kafka_name = "GenerationId", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, generation_id), .def_null = false, .def_int = INT64_C(-1)},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 7, .ver_hi = 9, .null_lo = 7, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, protocol_type), .def_null = true},
    {.name = "protocol_name", .kafka_name = "ProtocolName", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 7, .null_hi = 9, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, protocol_name), .def_null = false, .def_str = ""},
    {.name = "leader", .kafka_name = "Leader", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, leader), .def_null = false, .def_str = ""},
    {.name = "skip_assignment", .kafka_name = "SkipAssignment", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 9, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, skip_assignment), .def_null = false, .def_int = 0},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, member_id), .def_null = false, .def_str = ""},
    {.name = "members", .kafka_name = "Members", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 9, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 6, .tag = 0, .offset = offsetof(rmq_JoinGroupResponse_t, members), .count_offset = offsetof(rmq_JoinGroupResponse_t, members_count), .item_size = sizeof(rmq_JoinGroupResponse_JoinGroupResponseMember_t), .sub = &desc_JoinGroupResponse_JoinGroupResponseMember, .def_null = false},
};
static const rmq_kstruct_desc_t desc_JoinGroupResponse = {
    .name = "rmq_JoinGroupResponse_t",
    .size = sizeof(rmq_JoinGroupResponse_t),
    .fields = fields_JoinGroupResponse,
    .nfields = 9,
};

static void any_init_JoinGroupResponse(void *msg)
{
    rmq_JoinGroupResponse_init(msg);
}

static int any_decode_JoinGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_JoinGroupResponse_decode(r, version, arena, out);
}

static int any_encode_JoinGroupResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_JoinGroupResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_JoinGroupResponse_desc = {
    .name = "JoinGroupResponse",
    .api_key = 11,
    .request = false,
    .min_version = 0,
    .max_version = 9,
    .flex_lo = 6,
    .root = &desc_JoinGroupResponse,
    .init = any_init_JoinGroupResponse,
    .decode = any_decode_JoinGroupResponse,
    .encode = any_encode_JoinGroupResponse,
};

