/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/describe_groups.h"

/* ---- DescribeGroupsRequest (DescribeGroupsRequest.json, versions 0-5, flexible 5+) ---- */

static void dec_DescribeGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsRequest_t *out);
static void enc_DescribeGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsRequest_t *in);

void rmq_DescribeGroupsRequest_init(rmq_DescribeGroupsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DescribeGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeGroupsRequest_init(out);
    {
        int32_t n_groups = rmq_kw_read_array_len(r, version >= 5, false, 1);
        out->groups_count = n_groups;
        out->groups = rmq_kw_array_alloc(r, arena, n_groups, sizeof(*out->groups));
        for (int32_t i = 0; i < n_groups && !(r)->err; i++)
            out->groups[i] = rmq_kw_read_str(r, version >= 5, false);
    }
    if (version >= 3) {
        out->include_authorized_operations = rmq_kw_read_bool(r);
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

static void enc_DescribeGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsRequest_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_array_len(w, in->groups_count, version >= 5, false);
    if (in->groups_count > 0 && !in->groups)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups: count without items");
    else
        for (int32_t i = 0; i < in->groups_count; i++)
            rmq_kw_write_str(w, in->groups[i], version >= 5, false);
    if (version >= 3) {
        rmq_kw_write_bool(w, in->include_authorized_operations);
    }
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DescribeGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsRequest_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeGroupsRequest version");
    dec_DescribeGroupsRequest(r, version, arena, out);
    return r->err;
}

int rmq_DescribeGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeGroupsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeGroupsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeGroupsRequest[] = {
    {.name = "groups", .kafka_name = "Groups", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsRequest_t, groups), .count_offset = offsetof(rmq_DescribeGroupsRequest_t, groups_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
    {.name = "include_authorized_operations", .kafka_name = "IncludeAuthorizedOperations", .kind = RMQ_KF_BOOL, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsRequest_t, include_authorized_operations), .def_null = false, .def_int = 0},
};
static const rmq_kstruct_desc_t desc_DescribeGroupsRequest = {
    .name = "rmq_DescribeGroupsRequest_t",
    .size = sizeof(rmq_DescribeGroupsRequest_t),
    .fields = fields_DescribeGroupsRequest,
    .nfields = 2,
};

static void any_init_DescribeGroupsRequest(void *msg)
{
    rmq_DescribeGroupsRequest_init(msg);
}

static int any_decode_DescribeGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeGroupsRequest_decode(r, version, arena, out);
}

static int any_encode_DescribeGroupsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeGroupsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeGroupsRequest_desc = {
    .name = "DescribeGroupsRequest",
    .api_key = 15,
    .request = true,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 5,
    .root = &desc_DescribeGroupsRequest,
    .init = any_init_DescribeGroupsRequest,
    .decode = any_decode_DescribeGroupsRequest,
    .encode = any_encode_DescribeGroupsRequest,
};

/* ---- DescribeGroupsResponse (DescribeGroupsResponse.json, versions 0-5, flexible 5+) ---- */

static void dec_DescribeGroupsResponse_DescribedGroupMember(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_DescribedGroupMember_t *out);
static void enc_DescribeGroupsResponse_DescribedGroupMember(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_DescribedGroupMember_t *in);
static void dec_DescribeGroupsResponse_DescribedGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_DescribedGroup_t *out);
static void enc_DescribeGroupsResponse_DescribedGroup(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_DescribedGroup_t *in);
static void dec_DescribeGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_t *out);
static void enc_DescribeGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_t *in);

void rmq_DescribeGroupsResponse_DescribedGroupMember_init(rmq_DescribeGroupsResponse_DescribedGroupMember_t *v)
{
    memset(v, 0, sizeof(*v));
    v->member_id = RMQ_KW_STR_LIT("");
    v->client_id = RMQ_KW_STR_LIT("");
    v->client_host = RMQ_KW_STR_LIT("");
    v->member_metadata = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
    v->member_assignment = ((rmq_kw_bytes_t){(const uint8_t *)"", 0});
}

void rmq_DescribeGroupsResponse_DescribedGroup_init(rmq_DescribeGroupsResponse_DescribedGroup_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->group_state = RMQ_KW_STR_LIT("");
    v->protocol_type = RMQ_KW_STR_LIT("");
    v->protocol_data = RMQ_KW_STR_LIT("");
    v->authorized_operations = INT32_MIN;
}

void rmq_DescribeGroupsResponse_init(rmq_DescribeGroupsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_DescribeGroupsResponse_DescribedGroupMember(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_DescribedGroupMember_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeGroupsResponse_DescribedGroupMember_init(out);
    out->member_id = rmq_kw_read_str(r, version >= 5, false);
    if (version >= 4) {
        out->group_instance_id = rmq_kw_read_str(r, version >= 5, true);
    }
    out->client_id = rmq_kw_read_str(r, version >= 5, false);
    out->client_host = rmq_kw_read_str(r, version >= 5, false);
    out->member_metadata = rmq_kw_read_bytes(r, version >= 5, false);
    out->member_assignment = rmq_kw_read_bytes(r, version >= 5, false);
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

static void enc_DescribeGroupsResponse_DescribedGroupMember(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_DescribedGroupMember_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->member_id, version >= 5, false);
    if (version >= 4) {
        rmq_kw_write_str(w, in->group_instance_id, version >= 5, true);
    }
    rmq_kw_write_str(w, in->client_id, version >= 5, false);
    rmq_kw_write_str(w, in->client_host, version >= 5, false);
    rmq_kw_write_bytes(w, in->member_metadata, version >= 5, false);
    rmq_kw_write_bytes(w, in->member_assignment, version >= 5, false);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeGroupsResponse_DescribedGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_DescribedGroup_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeGroupsResponse_DescribedGroup_init(out);
    out->error_code = rmq_kw_read_int16(r);
    out->group_id = rmq_kw_read_str(r, version >= 5, false);
    out->group_state = rmq_kw_read_str(r, version >= 5, false);
    out->protocol_type = rmq_kw_read_str(r, version >= 5, false);
    out->protocol_data = rmq_kw_read_str(r, version >= 5, false);
    {
        int32_t n_members = rmq_kw_read_array_len(r, version >= 5, false, 7);
        out->members_count = n_members;
        out->members = rmq_kw_array_alloc(r, arena, n_members, sizeof(*out->members));
        for (int32_t i = 0; i < n_members && !(r)->err; i++)
            dec_DescribeGroupsResponse_DescribedGroupMember(r, version, arena, &out->members[i]);
    }
    if (version >= 3) {
        out->authorized_operations = rmq_kw_read_int32(r);
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

static void enc_DescribeGroupsResponse_DescribedGroup(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_DescribedGroup_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_str(w, in->group_id, version >= 5, false);
    rmq_kw_write_str(w, in->group_state, version >= 5, false);
    rmq_kw_write_str(w, in->protocol_type, version >= 5, false);
    rmq_kw_write_str(w, in->protocol_data, version >= 5, false);
    rmq_kw_write_array_len(w, in->members_count, version >= 5, false);
    if (in->members_count > 0 && !in->members)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups[].Members: count without items");
    else
        for (int32_t i = 0; i < in->members_count; i++)
            enc_DescribeGroupsResponse_DescribedGroupMember(w, version, &in->members[i]);
    if (version >= 3) {
        rmq_kw_write_int32(w, in->authorized_operations);
    }
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_DescribeGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_DescribeGroupsResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    {
        int32_t n_groups = rmq_kw_read_array_len(r, version >= 5, false, 12);
        out->groups_count = n_groups;
        out->groups = rmq_kw_array_alloc(r, arena, n_groups, sizeof(*out->groups));
        for (int32_t i = 0; i < n_groups && !(r)->err; i++)
            dec_DescribeGroupsResponse_DescribedGroup(r, version, arena, &out->groups[i]);
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

static void enc_DescribeGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_DescribeGroupsResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_array_len(w, in->groups_count, version >= 5, false);
    if (in->groups_count > 0 && !in->groups)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups: count without items");
    else
        for (int32_t i = 0; i < in->groups_count; i++)
            enc_DescribeGroupsResponse_DescribedGroup(w, version, &in->groups[i]);
    if (version >= 5) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_DescribeGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeGroupsResponse_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported DescribeGroupsResponse version");
    dec_DescribeGroupsResponse(r, version, arena, out);
    return r->err;
}

int rmq_DescribeGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeGroupsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_DescribeGroupsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_DescribeGroupsResponse_DescribedGroupMember[] = {
    {.name = "member_id", .kafka_name = "MemberId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, member_id), .def_null = false, .def_str = ""},
    {.name = "group_instance_id", .kafka_name = "GroupInstanceId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 4, .ver_hi = 5, .null_lo = 4, .null_hi = 5, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, group_instance_id), .def_null = true},
    {.name = "client_id", .kafka_name = "ClientId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, client_id), .def_null = false, .def_str = ""},
    {.name = "client_host", .kafka_name = "ClientHost", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, client_host), .def_null = false, .def_str = ""},
    {.name = "member_metadata", .kafka_name = "MemberMetadata", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, member_metadata), .def_null = false},
    {.name = "member_assignment", .kafka_name = "MemberAssignment", .kind = RMQ_KF_BYTES, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroupMember_t, member_assignment), .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeGroupsResponse_DescribedGroupMember = {
    .name = "rmq_DescribeGroupsResponse_DescribedGroupMember_t",
    .size = sizeof(rmq_DescribeGroupsResponse_DescribedGroupMember_t),
    .fields = fields_DescribeGroupsResponse_DescribedGroupMember,
    .nfields = 6,
};

static const rmq_kfield_desc_t fields_DescribeGroupsResponse_DescribedGroup[] = {
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, group_id), .def_null = false, .def_str = ""},
    {.name = "group_state", .kafka_name = "GroupState", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, group_state), .def_null = false, .def_str = ""},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, protocol_type), .def_null = false, .def_str = ""},
    {.name = "protocol_data", .kafka_name = "ProtocolData", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, protocol_data), .def_null = false, .def_str = ""},
    {.name = "members", .kafka_name = "Members", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, members), .count_offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, members_count), .item_size = sizeof(rmq_DescribeGroupsResponse_DescribedGroupMember_t), .sub = &desc_DescribeGroupsResponse_DescribedGroupMember, .def_null = false},
    {.name = "authorized_operations", .kafka_name = "AuthorizedOperations", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 3, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_DescribedGroup_t, authorized_operations), .def_null = false, .def_int = INT64_C(-2147483648)},
};
static const rmq_kstruct_desc_t desc_DescribeGroupsResponse_DescribedGroup = {
    .name = "rmq_DescribeGroupsResponse_DescribedGroup_t",
    .size = sizeof(rmq_DescribeGroupsResponse_DescribedGroup_t),
    .fields = fields_DescribeGroupsResponse_DescribedGroup,
    .nfields = 7,
};

static const rmq_kfield_desc_t fields_DescribeGroupsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "groups", .kafka_name = "Groups", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 5, .tag = 0, .offset = offsetof(rmq_DescribeGroupsResponse_t, groups), .count_offset = offsetof(rmq_DescribeGroupsResponse_t, groups_count), .item_size = sizeof(rmq_DescribeGroupsResponse_DescribedGroup_t), .sub = &desc_DescribeGroupsResponse_DescribedGroup, .def_null = false},
};
static const rmq_kstruct_desc_t desc_DescribeGroupsResponse = {
    .name = "rmq_DescribeGroupsResponse_t",
    .size = sizeof(rmq_DescribeGroupsResponse_t),
    .fields = fields_DescribeGroupsResponse,
    .nfields = 2,
};

static void any_init_DescribeGroupsResponse(void *msg)
{
    rmq_DescribeGroupsResponse_init(msg);
}

static int any_decode_DescribeGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_DescribeGroupsResponse_decode(r, version, arena, out);
}

static int any_encode_DescribeGroupsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_DescribeGroupsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_DescribeGroupsResponse_desc = {
    .name = "DescribeGroupsResponse",
    .api_key = 15,
    .request = false,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 5,
    .root = &desc_DescribeGroupsResponse,
    .init = any_init_DescribeGroupsResponse,
    .decode = any_decode_DescribeGroupsResponse,
    .encode = any_encode_DescribeGroupsResponse,
};

