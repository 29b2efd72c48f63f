/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/leave_group.h"

/* ---- LeaveGroupRequest (LeaveGroupRequest.json, versions 0-5, flexible 4+) ---- */

static void dec_LeaveGroupRequest_MemberIdentity(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_MemberIdentity_t *out);
static void enc_LeaveGroupRequest_MemberIdentity(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupRequest_MemberIdentity_t *in);
static void dec_LeaveGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_t *out);
static void enc_LeaveGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupRequest_t *in);

void rmq_LeaveGroupRequest_MemberIdentity_init(rmq_LeaveGroupRequest_MemberIdentity_t *v)
{
    memset(v, 0, sizeof(*v));
    v->member_id = RMQ_KW_STR_LIT("");
}

void rmq_LeaveGroupRequest_init(rmq_LeaveGroupRequest_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->member_id = RMQ_KW_STR_LIT("");
}

static void dec_LeaveGroupRequest_MemberIdentity(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_MemberIdentity_t *out)
{
    (void)version;
    (void)arena;
    rmq_LeaveGroupRequest_MemberIdentity_init(out);
    out->member_id = rmq_kw_read_str(r, version >= 4, false);
    out->group_instance_id = rmq_kw_read_str(r, version >= 4, true);
    if (version >= 5) {
        out->reason = rmq_kw_read_str(r, true, true);
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

static void enc_LeaveGroupRequest_MemberIdentity(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupRequest_MemberIdentity_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->member_id, version >= 4, false);
    rmq_kw_write_str(w, in->group_instance_id, version >= 4, true);
    if (version >= 5) {
        rmq_kw_write_str(w, in->reason, true, true);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_LeaveGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_LeaveGroupRequest_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 4, false);
    if (version <= 2) {
        out->member_id = rmq_kw_read_str(r, false, false);
    }
    if (version >= 3) {
        {
            int32_t n_members = rmq_kw_read_array_len(r, version >= 4, false, 3);
            out->members_count = n_members;
            out->members = rmq_kw_array_alloc(r, arena, n_members, sizeof(*out->members));
            for (int32_t i = 0; i < n_members && !(r)->err; i++)
                dec_LeaveGroupRequest_MemberIdentity(r, version, arena, &out->members[i]);
        }
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

static void enc_LeaveGroupRequest(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 4, false);
    if (version <= 2) {
        rmq_kw_write_str(w, in->member_id, false, false);
    }
    if (version >= 3) {
        rmq_kw_write_array_len(w, in->members_count, version >= 4, false);
        if (in->members_count > 0 && !in->members)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Members: count without items");
        else
            for (int32_t i = 0; i < in->members_count; i++)
                enc_LeaveGroupRequest_MemberIdentity(w, version, &in->members[i]);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_LeaveGroupRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupRequest_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported LeaveGroupRequest version");
    dec_LeaveGroupRequest(r, version, arena, out);
    return r->err;
}

int rmq_LeaveGroupRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_LeaveGroupRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_LeaveGroupRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_LeaveGroupRequest_MemberIdentity[] = {
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_MemberIdentity_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 3, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_MemberIdentity_t, group_instance_id), .def_null = true},
    {.name = "reason", .kafka_name = "Reason", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 5, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_MemberIdentity_t, reason), .def_null = true},
};
static const rmq_kstruct_desc_t desc_LeaveGroupRequest_MemberIdentity = {
    .name = "rmq_LeaveGroupRequest_MemberIdentity_t",
    .size = sizeof(rmq_LeaveGroupRequest_MemberIdentity_t),
    .fields = fields_LeaveGroupRequest_MemberIdentity,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_LeaveGroupRequest[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_t, group_id), .def_null = false, .def_str = ""},
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 2, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_t, member_id), .def_null = false, .def_str = ""},
    {.name = "members", .kafka_name = "Members", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupRequest_t, members), .count_offset = offsetof(rmq_LeaveGroupRequest_t, members_count), .item_size = sizeof(rmq_LeaveGroupRequest_MemberIdentity_t), .sub = &desc_LeaveGroupRequest_MemberIdentity, .def_null = false},
};
static const rmq_kstruct_desc_t desc_LeaveGroupRequest = {
    .name = "rmq_LeaveGroupRequest_t",
    .size = sizeof(rmq_LeaveGroupRequest_t),
    .fields = fields_LeaveGroupRequest,
    .nfields = 3,
};

static void any_init_LeaveGroupRequest(void *msg)
{
    rmq_LeaveGroupRequest_init(msg);
}

static int any_decode_LeaveGroupRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_LeaveGroupRequest_decode(r, version, arena, out);
}

static int any_encode_LeaveGroupRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_LeaveGroupRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_LeaveGroupRequest_desc = {
    .name = "LeaveGroupRequest",
    .api_key = 13,
    .request = true,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 4,
    .root = &desc_LeaveGroupRequest,
    .init = any_init_LeaveGroupRequest,
    .decode = any_decode_LeaveGroupRequest,
    .encode = any_encode_LeaveGroupRequest,
};

/* ---- LeaveGroupResponse (LeaveGroupResponse.json, versions 0-5, flexible 4+) ---- */

static void dec_LeaveGroupResponse_MemberResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_MemberResponse_t *out);
static void enc_LeaveGroupResponse_MemberResponse(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupResponse_MemberResponse_t *in);
static void dec_LeaveGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_t *out);
static void enc_LeaveGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupResponse_t *in);

void rmq_LeaveGroupResponse_MemberResponse_init(rmq_LeaveGroupResponse_MemberResponse_t *v)
{
    memset(v, 0, sizeof(*v));
    v->member_id = RMQ_KW_STR_LIT("");
    v->group_instance_id = RMQ_KW_STR_LIT("");
}

void rmq_LeaveGroupResponse_init(rmq_LeaveGroupResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_LeaveGroupResponse_MemberResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_MemberResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_LeaveGroupResponse_MemberResponse_init(out);
    out->member_id = rmq_kw_read_str(r, version >= 4, false);
    out->group_instance_id = rmq_kw_read_str(r, version >= 4, true);
    out->error_code = rmq_kw_read_int16(r);
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

static void enc_LeaveGroupResponse_MemberResponse(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupResponse_MemberResponse_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->member_id, version >= 4, false);
    rmq_kw_write_str(w, in->group_instance_id, version >= 4, true);
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_LeaveGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_LeaveGroupResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    if (version >= 3) {
        {
            int32_t n_members = rmq_kw_read_array_len(r, version >= 4, false, 5);
            out->members_count = n_members;
            out->members = rmq_kw_array_alloc(r, arena, n_members, sizeof(*out->members));
            for (int32_t i = 0; i < n_members && !(r)->err; i++)
                dec_LeaveGroupResponse_MemberResponse(r, version, arena, &out->members[i]);
        }
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

static void enc_LeaveGroupResponse(rmq_kw_writer_t *w, int16_t version, const rmq_LeaveGroupResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_int16(w, in->error_code);
    if (version >= 3) {
        rmq_kw_write_array_len(w, in->members_count, version >= 4, false);
        if (in->members_count > 0 && !in->members)
            rmq_kw_write_fail(w, RMQ_EINVAL, "Members: count without items");
        else
            for (int32_t i = 0; i < in->members_count; i++)
                enc_LeaveGroupResponse_MemberResponse(w, version, &in->members[i]);
    }
    if (version >= 4) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_LeaveGroupResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_LeaveGroupResponse_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported LeaveGroupResponse version");
    dec_LeaveGroupResponse(r, version, arena, out);
    return r->err;
}

int rmq_LeaveGroupResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_LeaveGroupResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_LeaveGroupResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_LeaveGroupResponse_MemberResponse[] = {
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_MemberResponse_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 3, .null_hi = 5, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_MemberResponse_t, group_instance_id), .def_null = false, .def_str = ""},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_MemberResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
};
static const rmq_kstruct_desc_t desc_LeaveGroupResponse_MemberResponse = {
    .name = "rmq_LeaveGroupResponse_MemberResponse_t",
    .size = sizeof(rmq_LeaveGroupResponse_MemberResponse_t),
    .fields = fields_LeaveGroupResponse_MemberResponse,
    .nfields = 3,
};

static const rmq_kfield_desc_t fields_LeaveGroupResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "members", .kafka_name = "Members", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 4, .tag = 0, .offset = offsetof(rmq_LeaveGroupResponse_t, members), .count_offset = offsetof(rmq_LeaveGroupResponse_t, members_count), .item_size = sizeof(rmq_LeaveGroupResponse_MemberResponse_t), .sub = &desc_LeaveGroupResponse_MemberResponse, .def_null = false},
};
static const rmq_kstruct_desc_t desc_LeaveGroupResponse = {
    .name = "rmq_LeaveGroupResponse_t",
    .size = sizeof(rmq_LeaveGroupResponse_t),
    .fields = fields_LeaveGroupResponse,
    .nfields = 3,
};

static void any_init_LeaveGroupResponse(void *msg)
{
    rmq_LeaveGroupResponse_init(msg);
}

static int any_decode_LeaveGroupResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_LeaveGroupResponse_decode(r, version, arena, out);
}

static int any_encode_LeaveGroupResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_LeaveGroupResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_LeaveGroupResponse_desc = {
    .name = "LeaveGroupResponse",
    .api_key = 13,
    .request = false,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 4,
    .root = &desc_LeaveGroupResponse,
    .init = any_init_LeaveGroupResponse,
    .decode = any_decode_LeaveGroupResponse,
    .encode = any_encode_LeaveGroupResponse,
};

