/*
 * buf.h - byte buffers.
 *
 * rmq_buf_t is a heap block with an atomic reference count: a record batch read once from the
 * network or disk can be shared by the WAL writer, the cache and every fetch response without a
 * copy. rmq_slice_t is a view (offset, length) into a buffer that holds a reference of its own.
 * rmq_wbuf_t is a growable, single-owner buffer for building messages.
 *
 * Thread: ref/unref may race from any thread; the bytes themselves are immutable once shared.
 */
#ifndef RMQ_COMMON_BUF_H
#define RMQ_COMMON_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct rmq_buf {
    int refcnt;    /* atomic; use rmq_buf_ref/unref */
    size_t size;   /* bytes in data[] */
    uint8_t *data; /* points into the same allocation, or to external memory */
    void (*free_cb)(void *opaque, uint8_t *data); /* external memory release, or NULL */
    void *opaque;
} rmq_buf_t;

/* New buffer of size bytes (uninitialised), refcount 1. Aborts on OOM. */
rmq_buf_t *rmq_buf_new(size_t size);

/* New buffer holding a copy of data[0..size). */
rmq_buf_t *rmq_buf_new_copy(const void *data, size_t size);

/*
 * Wraps external memory; free_cb(opaque, data) runs when the last reference goes.
 * free_cb may be NULL when the memory outlives the buffer.
 */
rmq_buf_t *rmq_buf_new_wrap(uint8_t *data, size_t size, void (*free_cb)(void *, uint8_t *),
                            void *opaque);

/* Adds a reference; returns buf. */
rmq_buf_t *rmq_buf_ref(rmq_buf_t *buf);

/* Drops a reference; frees on the last. NULL is allowed. */
void rmq_buf_unref(rmq_buf_t *buf);

typedef struct rmq_slice {
    rmq_buf_t *buf; /* owns one reference, or NULL for an empty slice */
    size_t off;
    size_t len;
} rmq_slice_t;

/* A slice of buf[off, off+len), taking a new reference. off+len must lie within buf. */
rmq_slice_t rmq_slice_make(rmq_buf_t *buf, size_t off, size_t len);

/* A sub-slice of s (new reference). */
rmq_slice_t rmq_slice_sub(const rmq_slice_t *s, size_t off, size_t len);

/* Releases the slice's reference and empties it. */
void rmq_slice_release(rmq_slice_t *s);

static inline const uint8_t *rmq_slice_data(const rmq_slice_t *s)
{
    return s->buf ? s->buf->data + s->off : (const uint8_t *)"";
}

/*
 * Zero-copy pieces of a message built in a wbuf: the message is data[0, v[0].at), v[0].slice,
 * data[v[0].at, v[1].at), v[1].slice, ..., data[v[n-1].at, len). An encoder holding
 * refcounted slices (a fetch response's cached batches) adds them here instead of copying
 * their bytes; the network writes the message with writev. Single owner.
 */
typedef struct rmq_wseg {
    size_t at; /* offset in the wbuf's data before which the slice goes */
    rmq_slice_t slice;
} rmq_wseg_t;

typedef struct rmq_wsegs {
    rmq_wseg_t *v;
    size_t n, cap;
    size_t bytes; /* sum of the slices' lengths */
} rmq_wsegs_t;

/* Adds slice (taking a new reference to its buffer) to go before wbuf offset at; at must not
   be below the last one added. */
void rmq_wsegs_add(rmq_wsegs_t *s, size_t at, const rmq_slice_t *slice);
/* Drops every slice's reference and the array; s is empty afterwards. */
void rmq_wsegs_release(rmq_wsegs_t *s);

/* Growable write buffer, single owner. */
typedef struct rmq_wbuf {
    uint8_t *data;
    size_t len;
    size_t cap;
    rmq_wsegs_t *segs; /* optional zero-copy sink (NULL: encoders copy everything); not owned */
} rmq_wbuf_t;

void rmq_wbuf_init(rmq_wbuf_t *wb, size_t initial_cap);
void rmq_wbuf_release(rmq_wbuf_t *wb);
void rmq_wbuf_reset(rmq_wbuf_t *wb);
/* Ensures room for n more bytes; returns a pointer to the first free byte. */
uint8_t *rmq_wbuf_reserve(rmq_wbuf_t *wb, size_t n);
void rmq_wbuf_append(rmq_wbuf_t *wb, const void *p, size_t n);
void rmq_wbuf_put_u8(rmq_wbuf_t *wb, uint8_t v);
void rmq_wbuf_put_be16(rmq_wbuf_t *wb, uint16_t v);
void rmq_wbuf_put_be32(rmq_wbuf_t *wb, uint32_t v);
void rmq_wbuf_put_be64(rmq_wbuf_t *wb, uint64_t v);
void rmq_wbuf_put_le32(rmq_wbuf_t *wb, uint32_t v);
void rmq_wbuf_put_le64(rmq_wbuf_t *wb, uint64_t v);
/* Moves the bytes into a new rmq_buf_t (refcount 1) and leaves wb empty. */
rmq_buf_t *rmq_wbuf_detach(rmq_wbuf_t *wb);

/* Endian helpers on unaligned memory. */
static inline uint16_t rmq_be16(const uint8_t *p)
{
    return (uint16_t)((uint16_t)p[0] << 8 | p[1]);
}
static inline uint32_t rmq_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint64_t rmq_be64(const uint8_t *p)
{
    return (uint64_t)rmq_be32(p) << 32 | rmq_be32(p + 4);
}
static inline uint32_t rmq_le32(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint64_t rmq_le64(const uint8_t *p)
{
    return (uint64_t)rmq_le32(p + 4) << 32 | rmq_le32(p);
}
static inline void rmq_put_be16(uint8_t *p, uint16_t v)
{
    p[0] = (uint8_t)(v >> 8);
    p[1] = (uint8_t)v;
}
static inline void rmq_put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}
static inline void rmq_put_be64(uint8_t *p, uint64_t v)
{
    rmq_put_be32(p, (uint32_t)(v >> 32));
    rmq_put_be32(p + 4, (uint32_t)v);
}
static inline void rmq_put_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}
static inline void rmq_put_le64(uint8_t *p, uint64_t v)
{
    rmq_put_le32(p, (uint32_t)v);
    rmq_put_le32(p + 4, (uint32_t)(v >> 32));
}

#endif
