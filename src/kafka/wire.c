/*
 * wire.c - Kafka wire primitives (see wire.h for the encodings and the sticky-error contract).
 *
 * Every read first checks r->err and the remaining byte count, so a failed read never touches
 * memory: rmq_kw_fail also moves pos to end, which makes every later read fail its bounds check
 * too. Lengths are compared against the remaining bytes before any pointer arithmetic, so a
 * hostile length cannot overflow a pointer.
 */
#include "kafka/wire.h"

#include "common/varint.h"

/* ---------------------------------------------------------------------------------------------
 * Reader
 */

void rmq_kw_reader_init(rmq_kw_reader_t *r, const void *data, size_t len)
{
    r->base = data ? (const uint8_t *)data : (const uint8_t *)"";
    r->pos = r->base;
    r->end = r->base + (data ? len : 0);
    r->err = 0;
    r->what = "";
    r->err_off = 0;
}

size_t rmq_kw_remaining(const rmq_kw_reader_t *r)
{
    return r->err ? 0 : (size_t)(r->end - r->pos);
}

size_t rmq_kw_offset(const rmq_kw_reader_t *r)
{
    return (size_t)(r->pos - r->base);
}

/* Records the first error, located at byte `at` (the start of the item that failed). */
static int fail_at(rmq_kw_reader_t *r, int code, const char *what, const uint8_t *at)
{
    if (!r->err) {
        r->err = code;
        r->what = what;
        r->err_off = (size_t)(at - r->base);
        r->pos = r->end;
    }
    return r->err;
}

int rmq_kw_fail(rmq_kw_reader_t *r, int code, const char *what)
{
    return fail_at(r, code, what, r->pos);
}

int rmq_kw_reader_error(const rmq_kw_reader_t *r, rmq_err_t *err, const char *ctx)
{
    if (!r->err)
        return 0;
    return rmq_err_set(err, r->err, "%s: %s at offset %zu", ctx ? ctx : "kafka", r->what,
                       r->err_off);
}

/* Returns a pointer to the next n bytes and consumes them, or NULL (error set). */
static const uint8_t *take(rmq_kw_reader_t *r, size_t n, const char *what)
{
    if (r->err)
        return NULL;
    if ((size_t)(r->end - r->pos) < n) {
        rmq_kw_fail(r, RMQ_ETRUNC, what);
        return NULL;
    }
    const uint8_t *p = r->pos;
    r->pos += n;
    return p;
}

int8_t rmq_kw_read_int8(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 1, "int8 past end");
    return p ? (int8_t)p[0] : 0;
}

bool rmq_kw_read_bool(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 1, "bool past end");
    return p ? p[0] != 0 : false;
}

int16_t rmq_kw_read_int16(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 2, "int16 past end");
    return p ? (int16_t)rmq_be16(p) : 0;
}

uint16_t rmq_kw_read_uint16(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 2, "uint16 past end");
    return p ? rmq_be16(p) : 0;
}

int32_t rmq_kw_read_int32(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 4, "int32 past end");
    return p ? (int32_t)rmq_be32(p) : 0;
}

uint32_t rmq_kw_read_uint32(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 4, "uint32 past end");
    return p ? rmq_be32(p) : 0;
}

int64_t rmq_kw_read_int64(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 8, "int64 past end");
    return p ? (int64_t)rmq_be64(p) : 0;
}

double rmq_kw_read_float64(rmq_kw_reader_t *r)
{
    const uint8_t *p = take(r, 8, "float64 past end");
    double d = 0;
    if (p) {
        uint64_t bits = rmq_be64(p);
        memcpy(&d, &bits, sizeof(d));
    }
    return d;
}

rmq_kw_uuid_t rmq_kw_read_uuid(rmq_kw_reader_t *r)
{
    rmq_kw_uuid_t u;
    const uint8_t *p = take(r, sizeof(u.b), "uuid past end");
    if (p)
        memcpy(u.b, p, sizeof(u.b));
    else
        memset(u.b, 0, sizeof(u.b));
    return u;
}

/* Maps a varint decoder's result onto the reader; returns true on success. */
static bool varint_done(rmq_kw_reader_t *r, int n, const char *what)
{
    if (n > 0) {
        r->pos += n;
        return true;
    }
    rmq_kw_fail(r, n == RMQ_ETRUNC ? RMQ_ETRUNC : RMQ_ECORRUPT, what);
    return false;
}

int32_t rmq_kw_read_varint(rmq_kw_reader_t *r)
{
    int32_t v = 0;
    if (r->err)
        return 0;
    if (!varint_done(r, rmq_varint32_decode(r->pos, (size_t)(r->end - r->pos), &v), "bad varint"))
        return 0;
    return v;
}

int64_t rmq_kw_read_varlong(rmq_kw_reader_t *r)
{
    int64_t v = 0;
    if (r->err)
        return 0;
    if (!varint_done(r, rmq_varint64_decode(r->pos, (size_t)(r->end - r->pos), &v), "bad varlong"))
        return 0;
    return v;
}

uint32_t rmq_kw_read_uvarint(rmq_kw_reader_t *r)
{
    uint32_t v = 0;
    if (r->err)
        return 0;
    if (!varint_done(r, rmq_uvarint32_decode(r->pos, (size_t)(r->end - r->pos), &v),
                     "bad unsigned varint"))
        return 0;
    return v;
}

/*
 * Reads a length prefix. Returns -1 for null, the length otherwise, or -2 after an error.
 * *startp gets the prefix's position, where errors about the length are reported.
 * Compact: uvarint N+1 (0 = null). Else int16 (wide = false) or int32 (wide = true), -1 = null.
 */
static int64_t read_len(rmq_kw_reader_t *r, bool compact, bool wide, bool nullable,
                        const char *what_null, const char *what_neg, const uint8_t **startp)
{
    const uint8_t *start = r->pos;
    int64_t n;
    *startp = start;
    if (compact)
        n = (int64_t)rmq_kw_read_uvarint(r) - 1;
    else if (wide)
        n = rmq_kw_read_int32(r);
    else
        n = rmq_kw_read_int16(r);
    if (r->err)
        return -2;
    if (n == -1 && !nullable) {
        fail_at(r, RMQ_ECORRUPT, what_null, start);
        return -2;
    }
    if (n < -1) {
        fail_at(r, RMQ_ECORRUPT, what_neg, start);
        return -2;
    }
    return n;
}

rmq_kw_str_t rmq_kw_read_str(rmq_kw_reader_t *r, bool compact, bool nullable)
{
    rmq_kw_str_t s = {NULL, 0};
    const uint8_t *start;
    int64_t n = read_len(r, compact, false, nullable, "null in a non-nullable string",
                         "negative string length", &start);
    if (n < 0)
        return s;
    if (n > RMQ_KW_STRING_MAX) {
        fail_at(r, RMQ_ECORRUPT, "string longer than 32767 bytes", start);
        return s;
    }
    if ((size_t)(r->end - r->pos) < (size_t)n) {
        fail_at(r, RMQ_ETRUNC, "string runs past end", start);
        return s;
    }
    const uint8_t *p = take(r, (size_t)n, "string runs past end");
    if (p) {
        s.ptr = (const char *)p;
        s.len = (int32_t)n;
    }
    return s;
}

rmq_kw_bytes_t rmq_kw_read_bytes(rmq_kw_reader_t *r, bool compact, bool nullable)
{
    rmq_kw_bytes_t b = {NULL, 0};
    const uint8_t *start;
    int64_t n = read_len(r, compact, true, nullable, "null in a non-nullable bytes field",
                         "negative bytes length", &start);
    if (n < 0)
        return b;
    if (n > INT32_MAX) {
        fail_at(r, RMQ_ECORRUPT, "bytes length above 2^31-1", start);
        return b;
    }
    if ((uint64_t)(r->end - r->pos) < (uint64_t)n) {
        fail_at(r, RMQ_ETRUNC, "bytes run past end", start);
        return b;
    }
    const uint8_t *p = take(r, (size_t)n, "bytes run past end");
    if (p) {
        b.ptr = p;
        b.len = (int32_t)n;
    }
    return b;
}

int32_t rmq_kw_read_array_len(rmq_kw_reader_t *r, bool compact, bool nullable, size_t min_item_size)
{
    const uint8_t *start;
    int64_t n = read_len(r, compact, true, nullable, "null in a non-nullable array",
                         "negative array count", &start);
    if (n == -2)
        return 0;
    if (n == -1)
        return -1;
    if (n > INT32_MAX) {
        fail_at(r, RMQ_ECORRUPT, "array count above 2^31-1", start);
        return 0;
    }
    if (min_item_size < 1)
        min_item_size = 1;
    if ((uint64_t)n > (uint64_t)(r->end - r->pos) / min_item_size) {
        fail_at(r, RMQ_ETRUNC, "array count exceeds the remaining bytes", start);
        return 0;
    }
    return (int32_t)n;
}

void *rmq_kw_array_alloc(rmq_kw_reader_t *r, rmq_arena_t *arena, int32_t count, size_t item_size)
{
    if (r->err || count <= 0)
        return NULL;
    return rmq_arena_calloc(arena, (size_t)count, item_size);
}

void rmq_kw_skip(rmq_kw_reader_t *r, size_t n)
{
    (void)take(r, n, "skip past end");
}

void rmq_kw_skip_rest(rmq_kw_reader_t *r)
{
    if (!r->err)
        r->pos = r->end;
}

uint32_t rmq_kw_read_tag_count(rmq_kw_reader_t *r)
{
    const uint8_t *start = r->pos;
    uint32_t n = rmq_kw_read_uvarint(r);
    if (r->err)
        return 0;
    /* Each tagged field takes at least a tag byte and a size byte. */
    if ((uint64_t)n * 2 > (uint64_t)(r->end - r->pos)) {
        fail_at(r, RMQ_ETRUNC, "tagged field count exceeds the remaining bytes", start);
        return 0;
    }
    return n;
}

uint32_t rmq_kw_read_tag_begin(rmq_kw_reader_t *r, rmq_kw_reader_t *sub)
{
    uint32_t tag = rmq_kw_read_uvarint(r);
    uint32_t size = rmq_kw_read_uvarint(r);
    const uint8_t *p = take(r, size, "tagged field runs past end");
    sub->base = r->base;
    sub->pos = p ? p : r->pos;
    sub->end = p ? p + size : r->pos;
    sub->err = 0;
    sub->what = "";
    sub->err_off = 0;
    if (!p) {
        /* r carries the error; make sure nothing decodes from sub. */
        sub->err = r->err;
        sub->what = r->what;
        sub->err_off = r->err_off;
    }
    return tag;
}

void rmq_kw_read_tag_end(rmq_kw_reader_t *r, const rmq_kw_reader_t *sub)
{
    if (r->err)
        return;
    if (sub->err) {
        r->err = sub->err;
        r->what = sub->what;
        r->err_off = sub->err_off;
        r->pos = r->end;
        return;
    }
    if (sub->pos != sub->end) {
        /* Point the error at the unread bytes. */
        r->err = RMQ_ECORRUPT;
        r->what = "tagged field longer than its value";
        r->err_off = (size_t)(sub->pos - r->base);
        r->pos = r->end;
    }
}

/* ---------------------------------------------------------------------------------------------
 * Writer
 */

void rmq_kw_writer_init(rmq_kw_writer_t *w, rmq_wbuf_t *wb)
{
    w->wb = wb;
    w->err = 0;
    w->what = "";
}

int rmq_kw_write_fail(rmq_kw_writer_t *w, int code, const char *what)
{
    if (!w->err) {
        w->err = code;
        w->what = what;
    }
    return w->err;
}

void rmq_kw_write_int8(rmq_kw_writer_t *w, int8_t v)
{
    rmq_wbuf_put_u8(w->wb, (uint8_t)v);
}

void rmq_kw_write_bool(rmq_kw_writer_t *w, bool v)
{
    rmq_wbuf_put_u8(w->wb, v ? 1 : 0);
}

void rmq_kw_write_int16(rmq_kw_writer_t *w, int16_t v)
{
    rmq_wbuf_put_be16(w->wb, (uint16_t)v);
}

void rmq_kw_write_uint16(rmq_kw_writer_t *w, uint16_t v)
{
    rmq_wbuf_put_be16(w->wb, v);
}

void rmq_kw_write_int32(rmq_kw_writer_t *w, int32_t v)
{
    rmq_wbuf_put_be32(w->wb, (uint32_t)v);
}

void rmq_kw_write_uint32(rmq_kw_writer_t *w, uint32_t v)
{
    rmq_wbuf_put_be32(w->wb, v);
}

void rmq_kw_write_int64(rmq_kw_writer_t *w, int64_t v)
{
    rmq_wbuf_put_be64(w->wb, (uint64_t)v);
}

void rmq_kw_write_float64(rmq_kw_writer_t *w, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof(bits));
    rmq_wbuf_put_be64(w->wb, bits);
}

void rmq_kw_write_uuid(rmq_kw_writer_t *w, const rmq_kw_uuid_t *v)
{
    rmq_wbuf_append(w->wb, v->b, sizeof(v->b));
}

void rmq_kw_write_varint(rmq_kw_writer_t *w, int32_t v)
{
    uint8_t *p = rmq_wbuf_reserve(w->wb, RMQ_VARINT_MAX32);
    w->wb->len += rmq_varint32_encode(p, v);
}

void rmq_kw_write_varlong(rmq_kw_writer_t *w, int64_t v)
{
    uint8_t *p = rmq_wbuf_reserve(w->wb, RMQ_VARINT_MAX64);
    w->wb->len += rmq_varint64_encode(p, v);
}

void rmq_kw_write_uvarint(rmq_kw_writer_t *w, uint32_t v)
{
    uint8_t *p = rmq_wbuf_reserve(w->wb, RMQ_VARINT_MAX32);
    w->wb->len += rmq_uvarint32_encode(p, v);
}

/* Writes a length prefix; n == -1 is null. */
static void write_len(rmq_kw_writer_t *w, int32_t n, bool compact, bool wide)
{
    if (compact)
        rmq_kw_write_uvarint(w, (uint32_t)(n + 1));
    else if (wide)
        rmq_kw_write_int32(w, n);
    else
        rmq_kw_write_int16(w, (int16_t)n);
}

void rmq_kw_write_str(rmq_kw_writer_t *w, rmq_kw_str_t s, bool compact, bool nullable)
{
    if (!s.ptr) {
        write_len(w, nullable ? -1 : 0, compact, false);
        return;
    }
    if (s.len < 0 || s.len > RMQ_KW_STRING_MAX) {
        rmq_kw_write_fail(w, RMQ_ERANGE, "string length outside 0..32767");
        write_len(w, 0, compact, false);
        return;
    }
    write_len(w, s.len, compact, false);
    rmq_wbuf_append(w->wb, s.ptr, (size_t)s.len);
}

void rmq_kw_write_bytes(rmq_kw_writer_t *w, rmq_kw_bytes_t b, bool compact, bool nullable)
{
    if (!b.ptr) {
        write_len(w, nullable ? -1 : 0, compact, true);
        return;
    }
    if (b.len < 0) {
        rmq_kw_write_fail(w, RMQ_ERANGE, "negative bytes length");
        write_len(w, 0, compact, true);
        return;
    }
    write_len(w, b.len, compact, true);
    rmq_wbuf_append(w->wb, b.ptr, (size_t)b.len);
}

void rmq_kw_write_records(rmq_kw_writer_t *w, rmq_kw_bytes_t b, bool compact, bool nullable)
{
    if (!b.slices || !b.ptr) {
        rmq_kw_write_bytes(w, b, compact, nullable);
        return;
    }
    size_t total = 0;
    for (uint32_t i = 0; i < b.nslices; i++)
        total += b.slices[i].len;
    if (b.len < 0 || total != (size_t)b.len) {
        rmq_kw_write_fail(w, RMQ_ERANGE, "records length differs from its slices");
        write_len(w, 0, compact, true);
        return;
    }
    write_len(w, b.len, compact, true);
    for (uint32_t i = 0; i < b.nslices; i++) {
        const rmq_slice_t *sl = &b.slices[i];
        if (w->wb->segs && sl->len >= RMQ_KW_ZEROCOPY_MIN)
            rmq_wsegs_add(w->wb->segs, w->wb->len, sl);
        else
            rmq_wbuf_append(w->wb, rmq_slice_data(sl), sl->len);
    }
}

void rmq_kw_write_array_len(rmq_kw_writer_t *w, int32_t count, bool compact, bool nullable)
{
    if (count < 0)
        count = nullable ? -1 : 0;
    write_len(w, count, compact, true);
}

size_t rmq_kw_write_tag_begin(rmq_kw_writer_t *w, uint32_t tag)
{
    rmq_kw_write_uvarint(w, tag);
    return w->wb->len;
}

void rmq_kw_write_tag_end(rmq_kw_writer_t *w, size_t mark)
{
    uint8_t tmp[RMQ_VARINT_MAX32];
    size_t value_len = w->wb->len - mark;
    rmq_wsegs_t *segs = w->wb->segs;

    /* Zero-copy pieces added after the mark are part of the value (tag_begin wrote the tag
       after any earlier piece, so none sits exactly at the mark from before). */
    for (size_t i = 0; segs && i < segs->n; i++)
        if (segs->v[i].at >= mark)
            value_len += segs->v[i].slice.len;
    if (value_len > UINT32_MAX) {
        rmq_kw_write_fail(w, RMQ_ERANGE, "tagged field larger than 4 GiB");
        value_len = 0;
    }
    size_t k = rmq_uvarint32_encode(tmp, (uint32_t)value_len);
    rmq_wbuf_reserve(w->wb, k);
    /* Move the value up and put its size in front of it. */
    memmove(w->wb->data + mark + k, w->wb->data + mark, w->wb->len - mark);
    memcpy(w->wb->data + mark, tmp, k);
    w->wb->len += k;
    for (size_t i = 0; segs && i < segs->n; i++)
        if (segs->v[i].at >= mark)
            segs->v[i].at += k;
}
