/*
 * kreflect.c - descriptor-driven fill / compare / reference encoding for the codec tests.
 *
 * The reference encoder follows the Kafka protocol guide directly (big-endian integers, int16 or
 * compact string lengths, int32 or compact byte and array lengths, tagged fields sorted by tag
 * with uvarint tag and size, tagged fields written only when not default) and has its own varint
 * code, so a mistake in the generator or in wire.c shows up as a byte difference.
 */
#include "kreflect.h"

#include "common/mem.h"

/* ---------------------------------------------------------------------------------------------
 * Field access
 */

static void *at(const void *obj, size_t off)
{
    return (char *)(uintptr_t)obj + off;
}

static bool in_range(int16_t v, int16_t lo, int16_t hi)
{
    return lo <= v && v <= hi;
}

static bool present(const rmq_kfield_desc_t *f, int16_t v)
{
    return in_range(v, f->ver_lo, f->ver_hi);
}

static bool nullable(const rmq_kfield_desc_t *f, int16_t v)
{
    return in_range(v, f->null_lo, f->null_hi);
}

static bool tagged(const rmq_kfield_desc_t *f, int16_t v)
{
    return f->tag_lo != RMQ_KDESC_NEVER && v >= f->tag_lo && present(f, v);
}

static bool compact(const rmq_kfield_desc_t *f, int16_t v)
{
    return f->flex_lo != RMQ_KDESC_NEVER && v >= f->flex_lo;
}

static size_t kind_size(const rmq_kfield_desc_t *f)
{
    switch (f->kind) {
    case RMQ_KF_BOOL:
        return sizeof(bool);
    case RMQ_KF_INT8:
        return 1;
    case RMQ_KF_INT16:
    case RMQ_KF_UINT16:
        return 2;
    case RMQ_KF_INT32:
    case RMQ_KF_UINT32:
        return 4;
    case RMQ_KF_INT64:
        return 8;
    case RMQ_KF_FLOAT64:
        return sizeof(double);
    case RMQ_KF_UUID:
        return sizeof(rmq_kw_uuid_t);
    case RMQ_KF_STRING:
        return sizeof(rmq_kw_str_t);
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS:
        return sizeof(rmq_kw_bytes_t);
    default:
        return f->item_size;
    }
}

static int64_t get_int(const rmq_kfield_desc_t *f, const void *p)
{
    switch (f->kind) {
    case RMQ_KF_BOOL:
        return *(const bool *)p;
    case RMQ_KF_INT8:
        return *(const int8_t *)p;
    case RMQ_KF_INT16:
        return *(const int16_t *)p;
    case RMQ_KF_UINT16:
        return *(const uint16_t *)p;
    case RMQ_KF_INT32:
        return *(const int32_t *)p;
    case RMQ_KF_UINT32:
        return *(const uint32_t *)p;
    default:
        return *(const int64_t *)p;
    }
}

static void set_int(const rmq_kfield_desc_t *f, void *p, int64_t v)
{
    switch (f->kind) {
    case RMQ_KF_BOOL:
        *(bool *)p = v != 0;
        break;
    case RMQ_KF_INT8:
        *(int8_t *)p = (int8_t)v;
        break;
    case RMQ_KF_INT16:
        *(int16_t *)p = (int16_t)v;
        break;
    case RMQ_KF_UINT16:
        *(uint16_t *)p = (uint16_t)v;
        break;
    case RMQ_KF_INT32:
        *(int32_t *)p = (int32_t)v;
        break;
    case RMQ_KF_UINT32:
        *(uint32_t *)p = (uint32_t)v;
        break;
    default:
        *(int64_t *)p = v;
        break;
    }
}

static bool is_int_kind(uint8_t k)
{
    return k <= RMQ_KF_INT64;
}

/* ---------------------------------------------------------------------------------------------
 * Defaults
 */

static void set_default(const rmq_kfield_desc_t *f, void *obj)
{
    void *p = at(obj, f->offset);
    if (f->array) {
        *(void **)p = NULL;
        *(int32_t *)at(obj, f->count_offset) = f->def_null ? -1 : 0;
        return;
    }
    if (is_int_kind(f->kind)) {
        set_int(f, p, f->def_int);
        return;
    }
    switch (f->kind) {
    case RMQ_KF_FLOAT64:
        *(double *)p = f->def_float;
        break;
    case RMQ_KF_UUID:
        memset(p, 0, sizeof(rmq_kw_uuid_t));
        break;
    case RMQ_KF_STRING: {
        rmq_kw_str_t *s = p;
        s->ptr = f->def_null ? NULL : f->def_str;
        s->len = f->def_null ? 0 : (int32_t)strlen(f->def_str);
        break;
    }
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS: {
        rmq_kw_bytes_t *b = p;
        b->ptr = f->def_null ? NULL : (const uint8_t *)"";
        b->len = 0;
        break;
    }
    case RMQ_KF_STRUCT:
        kr_defaults(f->sub, p);
        break;
    }
}

void kr_defaults(const rmq_kstruct_desc_t *sd, void *obj)
{
    memset(obj, 0, sd->size);
    for (size_t i = 0; i < sd->nfields; i++)
        set_default(&sd->fields[i], obj);
}

static bool is_default(const rmq_kfield_desc_t *f, const void *obj);

static bool struct_is_default(const rmq_kstruct_desc_t *sd, const void *obj)
{
    for (size_t i = 0; i < sd->nfields; i++)
        if (!is_default(&sd->fields[i], obj))
            return false;
    return true;
}

static bool is_default(const rmq_kfield_desc_t *f, const void *obj)
{
    const void *p = at(obj, f->offset);
    if (f->array) {
        int32_t n = *(const int32_t *)at(obj, f->count_offset);
        return f->def_null ? n < 0 : n == 0;
    }
    if (is_int_kind(f->kind))
        return get_int(f, p) == f->def_int;
    switch (f->kind) {
    case RMQ_KF_FLOAT64:
        return *(const double *)p == f->def_float;
    case RMQ_KF_UUID: {
        static const rmq_kw_uuid_t zero;
        return memcmp(p, &zero, sizeof(zero)) == 0;
    }
    case RMQ_KF_STRING: {
        const rmq_kw_str_t *s = p;
        if (f->def_null)
            return s->ptr == NULL;
        return s->ptr && (size_t)s->len == strlen(f->def_str) &&
               memcmp(s->ptr, f->def_str, (size_t)s->len) == 0;
    }
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS: {
        const rmq_kw_bytes_t *b = p;
        return f->def_null ? b->ptr == NULL : (b->ptr != NULL && b->len == 0);
    }
    case RMQ_KF_STRUCT:
        return struct_is_default(f->sub, p);
    }
    return false;
}

/* ---------------------------------------------------------------------------------------------
 * Fill
 */

typedef struct filler {
    uint64_t s;
    kr_mode_t mode;
    int16_t v;
    rmq_arena_t *arena;
} filler_t;

static uint64_t rnd(filler_t *fl)
{
    /* splitmix64 */
    uint64_t z = (fl->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Interesting integers: edges and small values as well as random ones. */
static int64_t rnd_int(filler_t *fl)
{
    static const int64_t edges[] = {0,         1,      -1,        127,         -128,
                                    32767,     -32768, INT32_MAX, INT32_MIN,   INT64_MAX,
                                    INT64_MIN, 255,    65535,     4294967295ll};
    uint64_t r = rnd(fl);
    if (r % 3 == 0)
        return edges[(r >> 8) % RMQ_ARRAY_SIZE(edges)];
    return (int64_t)rnd(fl);
}

static void fill_struct(filler_t *fl, const rmq_kstruct_desc_t *sd, void *obj);

static void fill_value(filler_t *fl, const rmq_kfield_desc_t *f, void *p, bool may_null)
{
    bool make_null = false;
    if (may_null)
        make_null = fl->mode == KR_EMPTY || (fl->mode == KR_RANDOM && rnd(fl) % 3 == 0);
    if (is_int_kind(f->kind)) {
        set_int(f, p, f->kind == RMQ_KF_BOOL ? (int64_t)(rnd(fl) & 1) : rnd_int(fl));
        return;
    }
    switch (f->kind) {
    case RMQ_KF_FLOAT64:
        *(double *)p = (double)(int32_t)rnd(fl) / 8.0;
        break;
    case RMQ_KF_UUID: {
        rmq_kw_uuid_t *u = p;
        for (size_t i = 0; i < sizeof(u->b); i++)
            u->b[i] = (uint8_t)rnd(fl);
        break;
    }
    case RMQ_KF_STRING: {
        rmq_kw_str_t *s = p;
        if (make_null) {
            *s = RMQ_KW_STR_NULL;
            break;
        }
        size_t n = fl->mode == KR_EMPTY ? 0 : rnd(fl) % 12;
        char *c = rmq_arena_alloc(fl->arena, n + 1);
        for (size_t i = 0; i < n; i++)
            c[i] = (char)('a' + rnd(fl) % 26);
        c[n] = 0;
        s->ptr = c;
        s->len = (int32_t)n;
        break;
    }
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS: {
        rmq_kw_bytes_t *b = p;
        if (make_null) {
            *b = RMQ_KW_BYTES_NULL;
            break;
        }
        size_t n = fl->mode == KR_EMPTY ? 0 : rnd(fl) % 40;
        uint8_t *c = rmq_arena_alloc(fl->arena, n + 1);
        for (size_t i = 0; i < n; i++)
            c[i] = (uint8_t)rnd(fl);
        b->ptr = c;
        b->len = (int32_t)n;
        break;
    }
    case RMQ_KF_STRUCT:
        fill_struct(fl, f->sub, p);
        break;
    }
}

static void fill_field(filler_t *fl, const rmq_kfield_desc_t *f, void *obj)
{
    int16_t v = fl->v;
    set_default(f, obj);
    if (!present(f, v))
        return;
    if (tagged(f, v)) {
        /* Tagged: unset (default) in the empty mode and in some random runs. */
        if (fl->mode == KR_EMPTY || (fl->mode == KR_RANDOM && rnd(fl) % 2 == 0))
            return;
    }
    if (f->array) {
        int32_t *count = at(obj, f->count_offset);
        void **items = at(obj, f->offset);
        if (nullable(f, v) &&
            (fl->mode == KR_EMPTY || (fl->mode == KR_RANDOM && rnd(fl) % 4 == 0))) {
            *count = -1;
            return;
        }
        int32_t n = fl->mode == KR_EMPTY  ? 0
                    : fl->mode == KR_FULL ? 1 + (int32_t)(rnd(fl) % 3)
                                          : (int32_t)(rnd(fl) % 4);
        size_t isz = kind_size(f);
        *count = n;
        *items = n ? rmq_arena_calloc(fl->arena, (size_t)n, isz) : NULL;
        for (int32_t i = 0; i < n; i++)
            fill_value(fl, f, (char *)*items + (size_t)i * isz, false);
        return;
    }
    fill_value(fl, f, at(obj, f->offset), nullable(f, v));
}

static void fill_struct(filler_t *fl, const rmq_kstruct_desc_t *sd, void *obj)
{
    memset(obj, 0, sd->size);
    for (size_t i = 0; i < sd->nfields; i++)
        fill_field(fl, &sd->fields[i], obj);
}

void kr_fill(const rmq_kmsg_desc_t *d, void *msg, int16_t version, kr_mode_t mode, uint64_t seed,
             rmq_arena_t *arena)
{
    filler_t fl = {seed * 0x2545f4914f6cdd1dull + 1, mode, version, arena};
    fill_struct(&fl, d->root, msg);
}

/* ---------------------------------------------------------------------------------------------
 * Compare
 */

static bool value_equal(const rmq_kfield_desc_t *f, const void *a, const void *b, char *where,
                        size_t where_size)
{
    if (is_int_kind(f->kind))
        return get_int(f, a) == get_int(f, b);
    switch (f->kind) {
    case RMQ_KF_FLOAT64:
        return memcmp(a, b, sizeof(double)) == 0;
    case RMQ_KF_UUID:
        return memcmp(a, b, sizeof(rmq_kw_uuid_t)) == 0;
    case RMQ_KF_STRING:
        return rmq_kw_str_eq(*(const rmq_kw_str_t *)a, *(const rmq_kw_str_t *)b);
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS:
        return rmq_kw_bytes_eq(*(const rmq_kw_bytes_t *)a, *(const rmq_kw_bytes_t *)b);
    case RMQ_KF_STRUCT:
        return kr_equal(f->sub, a, b, where, where_size);
    }
    return false;
}

static void prepend(char *where, size_t where_size, const char *name, int32_t idx)
{
    char tmp[256];
    if (idx >= 0)
        snprintf(tmp, sizeof(tmp), "%s[%d]%s%s", name, idx, where[0] ? "." : "", where);
    else
        snprintf(tmp, sizeof(tmp), "%s%s%s", name, where[0] ? "." : "", where);
    rmq_strlcpy(where, tmp, where_size);
}

bool kr_equal(const rmq_kstruct_desc_t *sd, const void *a, const void *b, char *where,
              size_t where_size)
{
    for (size_t i = 0; i < sd->nfields; i++) {
        const rmq_kfield_desc_t *f = &sd->fields[i];
        where[0] = 0;
        if (f->array) {
            int32_t na = *(const int32_t *)at(a, f->count_offset);
            int32_t nb = *(const int32_t *)at(b, f->count_offset);
            if ((na < 0) != (nb < 0) || (na >= 0 && na != nb)) {
                snprintf(where, where_size, "%s (count %d vs %d)", f->name, na, nb);
                return false;
            }
            const char *ia = *(char *const *)at(a, f->offset);
            const char *ib = *(char *const *)at(b, f->offset);
            size_t isz = kind_size(f);
            for (int32_t k = 0; k < na; k++) {
                if (!value_equal(f, ia + (size_t)k * isz, ib + (size_t)k * isz, where,
                                 where_size)) {
                    prepend(where, where_size, f->name, k);
                    return false;
                }
            }
            continue;
        }
        if (!value_equal(f, at(a, f->offset), at(b, f->offset), where, where_size)) {
            prepend(where, where_size, f->name, -1);
            return false;
        }
    }
    where[0] = 0;
    return true;
}

/* ---------------------------------------------------------------------------------------------
 * Reference encoder
 */

typedef struct enc {
    int16_t v;
    int16_t msg_flex_lo;
} enc_t;

static void put_uvarint(rmq_wbuf_t *wb, uint64_t x)
{
    while (x >= 0x80) {
        rmq_wbuf_put_u8(wb, (uint8_t)(x | 0x80));
        x >>= 7;
    }
    rmq_wbuf_put_u8(wb, (uint8_t)x);
}

/* Length or count prefix: compact = uvarint(n+1) with null 0; else int16/int32 with null -1. */
static void put_len(rmq_wbuf_t *wb, int64_t n, bool is_compact, int width)
{
    if (is_compact)
        put_uvarint(wb, (uint64_t)(n + 1));
    else if (width == 2)
        rmq_wbuf_put_be16(wb, (uint16_t)(int16_t)n);
    else
        rmq_wbuf_put_be32(wb, (uint32_t)(int32_t)n);
}

static void enc_struct(const enc_t *e, rmq_wbuf_t *wb, const rmq_kstruct_desc_t *sd,
                       const void *obj);

static void enc_value(const enc_t *e, rmq_wbuf_t *wb, const rmq_kfield_desc_t *f, const void *p,
                      bool is_compact, bool may_null)
{
    switch (f->kind) {
    case RMQ_KF_BOOL:
        rmq_wbuf_put_u8(wb, *(const bool *)p ? 1 : 0);
        break;
    case RMQ_KF_INT8:
        rmq_wbuf_put_u8(wb, (uint8_t)get_int(f, p));
        break;
    case RMQ_KF_INT16:
    case RMQ_KF_UINT16:
        rmq_wbuf_put_be16(wb, (uint16_t)get_int(f, p));
        break;
    case RMQ_KF_INT32:
    case RMQ_KF_UINT32:
        rmq_wbuf_put_be32(wb, (uint32_t)get_int(f, p));
        break;
    case RMQ_KF_INT64:
        rmq_wbuf_put_be64(wb, (uint64_t)get_int(f, p));
        break;
    case RMQ_KF_FLOAT64: {
        uint64_t bits;
        memcpy(&bits, p, 8);
        rmq_wbuf_put_be64(wb, bits);
        break;
    }
    case RMQ_KF_UUID:
        rmq_wbuf_append(wb, p, 16);
        break;
    case RMQ_KF_STRING: {
        const rmq_kw_str_t *s = p;
        if (!s->ptr) {
            put_len(wb, may_null ? -1 : 0, is_compact, 2);
            break;
        }
        put_len(wb, s->len, is_compact, 2);
        rmq_wbuf_append(wb, s->ptr, (size_t)s->len);
        break;
    }
    case RMQ_KF_BYTES:
    case RMQ_KF_RECORDS: {
        const rmq_kw_bytes_t *b = p;
        if (!b->ptr) {
            put_len(wb, may_null ? -1 : 0, is_compact, 4);
            break;
        }
        put_len(wb, b->len, is_compact, 4);
        rmq_wbuf_append(wb, b->ptr, (size_t)b->len);
        break;
    }
    case RMQ_KF_STRUCT:
        enc_struct(e, wb, f->sub, p);
        break;
    }
}

static void enc_field(const enc_t *e, rmq_wbuf_t *wb, const rmq_kfield_desc_t *f, const void *obj)
{
    bool is_compact = compact(f, e->v);
    bool may_null = nullable(f, e->v);
    if (f->array) {
        int32_t n = *(const int32_t *)at(obj, f->count_offset);
        const char *items = *(char *const *)at(obj, f->offset);
        if (n < 0) {
            put_len(wb, may_null ? -1 : 0, is_compact, 4);
            return;
        }
        put_len(wb, n, is_compact, 4);
        for (int32_t k = 0; k < n; k++)
            enc_value(e, wb, f, items + (size_t)k * kind_size(f), is_compact, false);
        return;
    }
    enc_value(e, wb, f, at(obj, f->offset), is_compact, may_null);
}

static void enc_struct(const enc_t *e, rmq_wbuf_t *wb, const rmq_kstruct_desc_t *sd,
                       const void *obj)
{
    const rmq_kfield_desc_t *tags[64];
    size_t ntags = 0;

    for (size_t i = 0; i < sd->nfields; i++) {
        const rmq_kfield_desc_t *f = &sd->fields[i];
        if (!present(f, e->v))
            continue;
        if (tagged(f, e->v)) {
            if (!is_default(f, obj) && ntags < RMQ_ARRAY_SIZE(tags))
                tags[ntags++] = f;
            continue;
        }
        enc_field(e, wb, f, obj);
    }
    if (e->msg_flex_lo == RMQ_KDESC_NEVER || e->v < e->msg_flex_lo)
        return;
    /* Tagged fields in ascending tag order (insertion sort: a handful at most). */
    for (size_t i = 1; i < ntags; i++)
        for (size_t j = i; j > 0 && tags[j - 1]->tag > tags[j]->tag; j--) {
            const rmq_kfield_desc_t *t = tags[j];
            tags[j] = tags[j - 1];
            tags[j - 1] = t;
        }
    put_uvarint(wb, ntags);
    for (size_t i = 0; i < ntags; i++) {
        rmq_wbuf_t tmp;
        rmq_wbuf_init(&tmp, 64);
        enc_field(e, &tmp, tags[i], obj);
        put_uvarint(wb, tags[i]->tag);
        put_uvarint(wb, tmp.len);
        rmq_wbuf_append(wb, tmp.data, tmp.len);
        rmq_wbuf_release(&tmp);
    }
}

void kr_encode(const rmq_kmsg_desc_t *d, rmq_wbuf_t *wb, int16_t version, const void *msg)
{
    enc_t e = {version, d->flex_lo};
    enc_struct(&e, wb, d->root, msg);
}
