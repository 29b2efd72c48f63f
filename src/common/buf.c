/*
 * buf.c - refcounted buffers, slices and growable write buffers.
 */
#include "common/buf.h"
#include "common/assert.h"
#include "common/mem.h"

rmq_buf_t *rmq_buf_new(size_t size)
{
    /* One allocation: header then bytes. */
    rmq_buf_t *buf = rmq_malloc(sizeof(*buf) + size);

    buf->refcnt = 1;
    buf->size = size;
    buf->data = (uint8_t *)(buf + 1);
    buf->free_cb = NULL;
    buf->opaque = NULL;
    return buf;
}

rmq_buf_t *rmq_buf_new_copy(const void *data, size_t size)
{
    rmq_buf_t *buf = rmq_buf_new(size);

    if (size)
        memcpy(buf->data, data, size);
    return buf;
}

rmq_buf_t *rmq_buf_new_wrap(uint8_t *data, size_t size, void (*free_cb)(void *, uint8_t *),
                            void *opaque)
{
    rmq_buf_t *buf = rmq_malloc(sizeof(*buf));

    buf->refcnt = 1;
    buf->size = size;
    buf->data = data;
    buf->free_cb = free_cb;
    buf->opaque = opaque;
    return buf;
}

rmq_buf_t *rmq_buf_ref(rmq_buf_t *buf)
{
    int old = __atomic_fetch_add(&buf->refcnt, 1, __ATOMIC_RELAXED);

    RMQ_ASSERT(old > 0);
    return buf;
}

void rmq_buf_unref(rmq_buf_t *buf)
{
    int old;

    if (!buf)
        return;
    old = __atomic_fetch_sub(&buf->refcnt, 1, __ATOMIC_ACQ_REL);
    RMQ_ASSERT(old > 0);
    if (old == 1) {
        if (buf->free_cb)
            buf->free_cb(buf->opaque, buf->data);
        free(buf);
    }
}

rmq_slice_t rmq_slice_make(rmq_buf_t *buf, size_t off, size_t len)
{
    rmq_slice_t s = {NULL, 0, 0};

    RMQ_ASSERT(off <= buf->size && len <= buf->size - off);
    s.buf = rmq_buf_ref(buf);
    s.off = off;
    s.len = len;
    return s;
}

rmq_slice_t rmq_slice_sub(const rmq_slice_t *s, size_t off, size_t len)
{
    RMQ_ASSERT(off <= s->len && len <= s->len - off);
    if (!s->buf) {
        rmq_slice_t empty = {NULL, 0, 0};
        return empty;
    }
    return rmq_slice_make(s->buf, s->off + off, len);
}

void rmq_slice_release(rmq_slice_t *s)
{
    rmq_buf_unref(s->buf);
    s->buf = NULL;
    s->off = s->len = 0;
}

void rmq_wsegs_add(rmq_wsegs_t *s, size_t at, const rmq_slice_t *slice)
{
    RMQ_ASSERT(s->n == 0 || at >= s->v[s->n - 1].at);
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = rmq_realloc(s->v, s->cap * sizeof(*s->v));
    }
    s->v[s->n].at = at;
    s->v[s->n].slice = rmq_slice_make(slice->buf, slice->off, slice->len);
    s->n++;
    s->bytes += slice->len;
}

void rmq_wsegs_release(rmq_wsegs_t *s)
{
    for (size_t i = 0; i < s->n; i++)
        rmq_slice_release(&s->v[i].slice);
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
    s->bytes = 0;
}

void rmq_wbuf_init(rmq_wbuf_t *wb, size_t initial_cap)
{
    wb->segs = NULL;
    wb->len = 0;
    wb->cap = initial_cap ? initial_cap : 64;
    wb->data = rmq_malloc(wb->cap);
}

void rmq_wbuf_release(rmq_wbuf_t *wb)
{
    free(wb->data);
    wb->data = NULL;
    wb->len = wb->cap = 0;
}

void rmq_wbuf_reset(rmq_wbuf_t *wb)
{
    wb->len = 0;
}

uint8_t *rmq_wbuf_reserve(rmq_wbuf_t *wb, size_t n)
{
    if (!wb->data)
        rmq_wbuf_init(wb, n > 64 ? n : 64);
    if (n > wb->cap - wb->len) {
        size_t cap = wb->cap;
        RMQ_ASSERT(n <= SIZE_MAX / 2 - wb->len);
        while (cap - wb->len < n)
            cap *= 2;
        wb->data = rmq_realloc(wb->data, cap);
        wb->cap = cap;
    }
    return wb->data + wb->len;
}

void rmq_wbuf_append(rmq_wbuf_t *wb, const void *p, size_t n)
{
    if (!n)
        return;
    memcpy(rmq_wbuf_reserve(wb, n), p, n);
    wb->len += n;
}

void rmq_wbuf_put_u8(rmq_wbuf_t *wb, uint8_t v)
{
    *rmq_wbuf_reserve(wb, 1) = v;
    wb->len += 1;
}

void rmq_wbuf_put_be16(rmq_wbuf_t *wb, uint16_t v)
{
    rmq_put_be16(rmq_wbuf_reserve(wb, 2), v);
    wb->len += 2;
}

void rmq_wbuf_put_be32(rmq_wbuf_t *wb, uint32_t v)
{
    rmq_put_be32(rmq_wbuf_reserve(wb, 4), v);
    wb->len += 4;
}

void rmq_wbuf_put_be64(rmq_wbuf_t *wb, uint64_t v)
{
    rmq_put_be64(rmq_wbuf_reserve(wb, 8), v);
    wb->len += 8;
}

void rmq_wbuf_put_le32(rmq_wbuf_t *wb, uint32_t v)
{
    rmq_put_le32(rmq_wbuf_reserve(wb, 4), v);
    wb->len += 4;
}

void rmq_wbuf_put_le64(rmq_wbuf_t *wb, uint64_t v)
{
    rmq_put_le64(rmq_wbuf_reserve(wb, 8), v);
    wb->len += 8;
}

static void wbuf_free_cb(void *opaque, uint8_t *data)
{
    RMQ_UNUSED(opaque);
    free(data);
}

rmq_buf_t *rmq_wbuf_detach(rmq_wbuf_t *wb)
{
    rmq_buf_t *buf;

    if (!wb->data)
        rmq_wbuf_init(wb, 1);
    buf = rmq_buf_new_wrap(wb->data, wb->len, wbuf_free_cb, NULL);
    wb->data = NULL;
    wb->len = wb->cap = 0;
    return buf;
}
