/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
#include "kafka/gen/list_groups.h"

/* ---- ListGroupsRequest (ListGroupsRequest.json, versions 0-5, flexible 3+) ---- */

static void dec_ListGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsRequest_t *out);
static void enc_ListGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsRequest_t *in);

void rmq_ListGroupsRequest_init(rmq_ListGroupsRequest_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ListGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsRequest_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListGroupsRequest_init(out);
    if (version >= 4) {
        {
            int32_t n_states_filter = rmq_kw_read_array_len(r, true, false, 1);
            out->states_filter_count = n_states_filter;
            out->states_filter = rmq_kw_array_alloc(r, arena, n_states_filter, sizeof(*out->states_filter));
            for (int32_t i = 0; i < n_states_filter && !(r)->err; i++)
                out->states_filter[i] = rmq_kw_read_str(r, true, false);
        }
    }
    if (version >= 5) {
        {
            int32_t n_types_filter = rmq_kw_read_array_len(r, true, false, 1);
            out->types_filter_count = n_types_filter;
            out->types_filter = rmq_kw_array_alloc(r, arena, n_types_filter, sizeof(*out->types_filter));
            for (int32_t i = 0; i < n_types_filter && !(r)->err; i++)
                out->types_filter[i] = rmq_kw_read_str(r, true, false);
        }
    }
    if (version >= 3) {
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

static void enc_ListGroupsRequest(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsRequest_t *in)
{
    (void)version;
    (void)in;
    if (version >= 4) {
        rmq_kw_write_array_len(w, in->states_filter_count, true, false);
        if (in->states_filter_count > 0 && !in->states_filter)
            rmq_kw_write_fail(w, RMQ_EINVAL, "StatesFilter: count without items");
        else
            for (int32_t i = 0; i < in->states_filter_count; i++)
                rmq_kw_write_str(w, in->states_filter[i], true, false);
    }
    if (version >= 5) {
        rmq_kw_write_array_len(w, in->types_filter_count, true, false);
        if (in->types_filter_count > 0 && !in->types_filter)
            rmq_kw_write_fail(w, RMQ_EINVAL, "TypesFilter: count without items");
        else
            for (int32_t i = 0; i < in->types_filter_count; i++)
                rmq_kw_write_str(w, in->types_filter[i], true, false);
    }
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ListGroupsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsRequest_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ListGroupsRequest version");
    dec_ListGroupsRequest(r, version, arena, out);
    return r->err;
}

int rmq_ListGroupsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListGroupsRequest_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ListGroupsRequest(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ListGroupsRequest[] = {
    {.name = "states_filter", .kafka_name = "StatesFilter", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 4, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsRequest_t, states_filter), .count_offset = offsetof(rmq_ListGroupsRequest_t, states_filter_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
    {.name = "types_filter", .kafka_name = "TypesFilter", .kind = RMQ_KF_STRING, .array = true, .ver_lo = 5, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsRequest_t, types_filter), .count_offset = offsetof(rmq_ListGroupsRequest_t, types_filter_count), .item_size = sizeof(rmq_kw_str_t), .def_null = false},
};
static const rmq_kstruct_desc_t desc_ListGroupsRequest = {
    .name = "rmq_ListGroupsRequest_t",
    .size = sizeof(rmq_ListGroupsRequest_t),
    .fields = fields_ListGroupsRequest,
    .nfields = 2,
};

static void any_init_ListGroupsRequest(void *msg)
{
    rmq_ListGroupsRequest_init(msg);
}

static int any_decode_ListGroupsRequest(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ListGroupsRequest_decode(r, version, arena, out);
}

static int any_encode_ListGroupsRequest(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ListGroupsRequest_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ListGroupsRequest_desc = {
    .name = "ListGroupsRequest",
    .api_key = 16,
    .request = true,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 3,
    .root = &desc_ListGroupsRequest,
    .init = any_init_ListGroupsRequest,
    .decode = any_decode_ListGroupsRequest,
    .encode = any_encode_ListGroupsRequest,
};

/* ---- ListGroupsResponse (ListGroupsResponse.json, versions 0-5, flexible 3+) ---- */

static void dec_ListGroupsResponse_ListedGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_ListedGroup_t *out);
static void enc_ListGroupsResponse_ListedGroup(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsResponse_ListedGroup_t *in);
static void dec_ListGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_t *out);
static void enc_ListGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsResponse_t *in);

void rmq_ListGroupsResponse_ListedGroup_init(rmq_ListGroupsResponse_ListedGroup_t *v)
{
    memset(v, 0, sizeof(*v));
    v->group_id = RMQ_KW_STR_LIT("");
    v->protocol_type = RMQ_KW_STR_LIT("");
    v->group_state = RMQ_KW_STR_LIT("");
    v->group_type = RMQ_KW_STR_LIT("");
}

void rmq_ListGroupsResponse_init(rmq_ListGroupsResponse_t *v)
{
    memset(v, 0, sizeof(*v));
}

static void dec_ListGroupsResponse_ListedGroup(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_ListedGroup_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListGroupsResponse_ListedGroup_init(out);
    out->group_id = rmq_kw_read_str(r, version >= 3, false);
    out->protocol_type = rmq_kw_read_str(r, version >= 3, false);
    if (version >= 4) {
        out->group_state = rmq_kw_read_str(r, true, false);
    }
    if (version >= 5) {
        out->group_type = rmq_kw_read_str(r, true, false);
    }
    if (version >= 3) {
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

static void enc_ListGroupsResponse_ListedGroup(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsResponse_ListedGroup_t *in)
{
    (void)version;
    (void)in;
    rmq_kw_write_str(w, in->group_id, version >= 3, false);
    rmq_kw_write_str(w, in->protocol_type, version >= 3, false);
    if (version >= 4) {
        rmq_kw_write_str(w, in->group_state, true, false);
    }
    if (version >= 5) {
        rmq_kw_write_str(w, in->group_type, true, false);
    }
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

static void dec_ListGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_t *out)
{
    (void)version;
    (void)arena;
    rmq_ListGroupsResponse_init(out);
    if (version >= 1) {
        out->throttle_time_ms = rmq_kw_read_int32(r);
    }
    out->error_code = rmq_kw_read_int16(r);
    {
        int32_t n_groups = rmq_kw_read_array_len(r, version >= 3, false, 3);
        out->groups_count = n_groups;
        out->groups = rmq_kw_array_alloc(r, arena, n_groups, sizeof(*out->groups));
        for (int32_t i = 0; i < n_groups && !(r)->err; i++)
            dec_ListGroupsResponse_ListedGroup(r, version, arena, &out->groups[i]);
    }
    if (version >= 3) {
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

static void enc_ListGroupsResponse(rmq_kw_writer_t *w, int16_t version, const rmq_ListGroupsResponse_t *in)
{
    (void)version;
    (void)in;
    if (version >= 1) {
        rmq_kw_write_int32(w, in->throttle_time_ms);
    }
    rmq_kw_write_int16(w, in->error_code);
    rmq_kw_write_array_len(w, in->groups_count, version >= 3, false);
    if (in->groups_count > 0 && !in->groups)
        rmq_kw_write_fail(w, RMQ_EINVAL, "Groups: count without items");
    else
        for (int32_t i = 0; i < in->groups_count; i++)
            enc_ListGroupsResponse_ListedGroup(w, version, &in->groups[i]);
    if (version >= 3) {
        rmq_kw_write_uvarint(w, 0); /* no tagged fields */
    }
}

int rmq_ListGroupsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_ListGroupsResponse_t *out)
{
    if (version < 0 || version > 5)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unsupported ListGroupsResponse version");
    dec_ListGroupsResponse(r, version, arena, out);
    return r->err;
}

int rmq_ListGroupsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_ListGroupsResponse_t *in)
{
    rmq_kw_writer_t w;
    if (version < 0 || version > 5)
        return RMQ_EUNSUPPORTED;
    rmq_kw_writer_init(&w, wb);
    enc_ListGroupsResponse(&w, version, in);
    return w.err;
}

static const rmq_kfield_desc_t fields_ListGroupsResponse_ListedGroup[] = {
    {.name = "group_id", .kafka_name = "GroupId", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_ListedGroup_t, group_id), .def_null = false, .def_str = ""},
    {.name = "protocol_type", .kafka_name = "ProtocolType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_ListedGroup_t, protocol_type), .def_null = false, .def_str = ""},
    {.name = "group_state", .kafka_name = "GroupState", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 4, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_ListedGroup_t, group_state), .def_null = false, .def_str = ""},
    {.name = "group_type", .kafka_name = "GroupType", .kind = RMQ_KF_STRING, .array = false, .ver_lo = 5, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_ListedGroup_t, group_type), .def_null = false, .def_str = ""},
};
static const rmq_kstruct_desc_t desc_ListGroupsResponse_ListedGroup = {
    .name = "rmq_ListGroupsResponse_ListedGroup_t",
    .size = sizeof(rmq_ListGroupsResponse_ListedGroup_t),
    .fields = fields_ListGroupsResponse_ListedGroup,
    .nfields = 4,
};

static const rmq_kfield_desc_t fields_ListGroupsResponse[] = {
    {.name = "throttle_time_ms", .kafka_name = "ThrottleTimeMs", .kind = RMQ_KF_INT32, .array = false, .ver_lo = 1, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_t, throttle_time_ms), .def_null = false, .def_int = INT64_C(0)},
    {.name = "error_code", .kafka_name = "ErrorCode", .kind = RMQ_KF_INT16, .array = false, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_t, error_code), .def_null = false, .def_int = INT64_C(0)},
    {.name = "groups", .kafka_name = "Groups", .kind = RMQ_KF_STRUCT, .array = true, .ver_lo = 0, .ver_hi = 5, .null_lo = 32767, .null_hi = -1, .tag_lo = 32767, .flex_lo = 3, .tag = 0, .offset = offsetof(rmq_ListGroupsResponse_t, groups), .count_offset = offsetof(rmq_ListGroupsResponse_t, groups_count), .item_size = sizeof(rmq_ListGroupsResponse_ListedGroup_t), .sub = &desc_ListGroupsResponse_ListedGroup, .def_null = false},
};
static const rmq_kstruct_desc_t desc_ListGroupsResponse = {
    .name = "rmq_ListGroupsResponse_t",
    .size = sizeof(rmq_ListGroupsResponse_t),
    .fields = fields_ListGroupsResponse,
    .nfields = 3,
};

static void any_init_ListGroupsResponse(void *msg)
{
    rmq_ListGroupsResponse_init(msg);
}

static int any_decode_ListGroupsResponse(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)
{
    return rmq_ListGroupsResponse_decode(r, version, arena, out);
}

static int any_encode_ListGroupsResponse(rmq_wbuf_t *wb, int16_t version, const void *in)
{
    return rmq_ListGroupsResponse_encode(wb, version, in);
}

const rmq_kmsg_desc_t rmq_ListGroupsResponse_desc = {
    .name = "ListGroupsResponse",
    .api_key = 16,
    .request = false,
    .min_version = 0,
    .max_version = 5,
    .flex_lo = 3,
    .root = &desc_ListGroupsResponse,
    .init = any_init_ListGroupsResponse,
    .decode = any_decode_ListGroupsResponse,
    .encode = any_encode_ListGroupsResponse,
};

