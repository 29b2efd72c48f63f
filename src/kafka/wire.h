/*
 * wire.h - Kafka wire primitives: a bounds-checked reader over untrusted bytes and a writer on
 * rmq_wbuf_t. The generated message codecs (src/kafka/gen/) are built only from these calls.
 *
 * Encodings (all integers big-endian, see docs/protocol-codegen.md):
 *
 *   type                     wire form
 *   int8/16/32/64, uint16/32 fixed width, two's complement / unsigned
 *   bool                     int8, 0 = false; any non-zero byte decodes as true
 *   float64                  IEEE 754 double, big-endian
 *   varint / varlong         zigzag, then unsigned varint (record fields)
 *   uvarint                  unsigned varint, at most 5 bytes, value < 2^32
 *   uuid                     16 raw bytes
 *   string                   int16 length N, N UTF-8 bytes; nullable: N = -1 means null
 *   compact string           uvarint N+1, N bytes; nullable: 0 means null
 *   bytes / records          int32 length N, N bytes; nullable: N = -1 means null
 *   compact bytes / records  uvarint N+1, N bytes; nullable: 0 means null
 *   array                    int32 count N then N items; nullable: N = -1 means null
 *   compact array            uvarint N+1 then N items; nullable: 0 means null
 *   tagged fields            uvarint count, then per field: uvarint tag, uvarint size, size bytes
 *
 * Reader: a cursor over [pos, end) with a sticky error. The first failing read records an error
 * code (RMQ_ETRUNC when the bytes end early or a length runs past the end, RMQ_ECORRUPT for an
 * impossible value) with a static description and its byte offset; from then on every read
 * returns a zero value and consumes nothing. Decoders therefore read field after field without
 * checking each call, and look at r->err once at the end. Nothing ever reads outside [pos, end).
 *
 * Views: strings, bytes and records decode to (ptr, len) views into the reader's buffer (zero
 * copy), valid as long as that buffer. They are not NUL-terminated. ptr == NULL means null; an
 * empty non-null value has ptr != NULL and len == 0.
 *
 * Writer: appends to an rmq_wbuf_t (which aborts on OOM) with a sticky error of its own for
 * values the wire cannot carry (a string longer than 32767 bytes, a negative length). Null in a
 * position that is not nullable is written as the empty value (documented leniency: the caller
 * forgot to fill a field; the Java client would throw).
 *
 * Thread: no global state; a reader or writer belongs to one thread.
 */
#ifndef RMQ_KAFKA_WIRE_H
#define RMQ_KAFKA_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "common/arena.h"
#include "common/buf.h"
#include "common/err.h"

/* Longest string Kafka accepts (int16 length; the Java client enforces it for compact too). */
#define RMQ_KW_STRING_MAX 0x7fff

/* A string view: ptr == NULL is null. len >= 0. Not NUL-terminated. */
typedef struct rmq_kw_str {
    const char *ptr;
    int32_t len;
} rmq_kw_str_t;

/*
 * A bytes (or records) view: ptr == NULL is null. len >= 0. Records being encoded may instead
 * be given as slices (ptr non-NULL, len their total): the value is their concatenation, and a
 * writer whose wbuf has a zero-copy sink (rmq_wbuf_t.segs) references the larger ones rather
 * than copying them. Decoding never sets slices.
 */
typedef struct rmq_kw_bytes {
    const uint8_t *ptr;
    int32_t len;
    const rmq_slice_t *slices;
    uint32_t nslices;
} rmq_kw_bytes_t;

/* Slices shorter than this are copied even into a zero-copy sink (an iovec costs more). */
#define RMQ_KW_ZEROCOPY_MIN 1024

/* A UUID as its 16 wire bytes (most significant first). */
typedef struct rmq_kw_uuid {
    uint8_t b[16];
} rmq_kw_uuid_t;

/* Views of literals and C strings (for building messages). */
#define RMQ_KW_STR_LIT(lit) ((rmq_kw_str_t){(lit), (int32_t)(sizeof(lit) - 1)})
#define RMQ_KW_STR_NULL     ((rmq_kw_str_t){NULL, 0})
#define RMQ_KW_BYTES_NULL   ((rmq_kw_bytes_t){NULL, 0, NULL, 0})

/* View of a NUL-terminated string; NULL gives the null string. */
static inline rmq_kw_str_t rmq_kw_str(const char *s)
{
    rmq_kw_str_t v = {s, s ? (int32_t)strnlen(s, RMQ_KW_STRING_MAX + 1) : 0};
    return v;
}

/* True when s equals lit exactly: lit NULL matches only null, otherwise a non-null equal string. */
static inline bool rmq_kw_str_is(rmq_kw_str_t s, const char *lit)
{
    if (!lit)
        return s.ptr == NULL;
    size_t n = strlen(lit);
    return s.ptr && s.len >= 0 && (size_t)s.len == n && memcmp(s.ptr, lit, n) == 0;
}

/* True when a and b are both null, or both non-null with equal bytes. */
static inline bool rmq_kw_str_eq(rmq_kw_str_t a, rmq_kw_str_t b)
{
    if (!a.ptr || !b.ptr)
        return !a.ptr && !b.ptr;
    return a.len == b.len && (a.len <= 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

static inline bool rmq_kw_bytes_eq(rmq_kw_bytes_t a, rmq_kw_bytes_t b)
{
    if (!a.ptr || !b.ptr)
        return !a.ptr && !b.ptr;
    return a.len == b.len && (a.len <= 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

static inline bool rmq_kw_uuid_is_zero(const rmq_kw_uuid_t *u)
{
    static const rmq_kw_uuid_t zero;
    return memcmp(u->b, zero.b, sizeof(u->b)) == 0;
}

/* ---------------------------------------------------------------------------------------------
 * Reader
 */

typedef struct rmq_kw_reader {
    const uint8_t *base; /* start of the whole message: error offsets count from here */
    const uint8_t *pos;  /* next byte to read */
    const uint8_t *end;  /* one past the last readable byte */
    int err;             /* 0, or the first error (RMQ_ETRUNC, RMQ_ECORRUPT, RMQ_EUNSUPPORTED) */
    const char *what;    /* static description of the first error, "" if none */
    size_t err_off;      /* offset from base where the first error happened */
} rmq_kw_reader_t;

/* Starts reading data[0..len). data must stay valid as long as any view decoded from it. */
void rmq_kw_reader_init(rmq_kw_reader_t *r, const void *data, size_t len);

/* Bytes left to read (0 once an error is set). */
size_t rmq_kw_remaining(const rmq_kw_reader_t *r);

/* Current offset from base. */
size_t rmq_kw_offset(const rmq_kw_reader_t *r);

/*
 * Records an error unless one is already set (the first error wins) and stops the reader.
 * what must be a static string. Returns r->err.
 */
int rmq_kw_fail(rmq_kw_reader_t *r, int code, const char *what);

/*
 * Copies the reader's error into err (may be NULL) as "<ctx>: <what> at offset N" and returns
 * r->err (0 when there is none; err is then left untouched).
 */
int rmq_kw_reader_error(const rmq_kw_reader_t *r, rmq_err_t *err, const char *ctx);

int8_t rmq_kw_read_int8(rmq_kw_reader_t *r);
bool rmq_kw_read_bool(rmq_kw_reader_t *r);
int16_t rmq_kw_read_int16(rmq_kw_reader_t *r);
uint16_t rmq_kw_read_uint16(rmq_kw_reader_t *r);
int32_t rmq_kw_read_int32(rmq_kw_reader_t *r);
uint32_t rmq_kw_read_uint32(rmq_kw_reader_t *r);
int64_t rmq_kw_read_int64(rmq_kw_reader_t *r);
double rmq_kw_read_float64(rmq_kw_reader_t *r);
rmq_kw_uuid_t rmq_kw_read_uuid(rmq_kw_reader_t *r);
/* Zigzag varint (int32) and varlong (int64). */
int32_t rmq_kw_read_varint(rmq_kw_reader_t *r);
int64_t rmq_kw_read_varlong(rmq_kw_reader_t *r);
/* Unsigned varint of at most 32 bits. */
uint32_t rmq_kw_read_uvarint(rmq_kw_reader_t *r);

/*
 * String (compact: uvarint length+1; else int16 length). A null marker when !nullable, a negative
 * length other than -1, or a length above RMQ_KW_STRING_MAX is RMQ_ECORRUPT. Returns a view.
 */
rmq_kw_str_t rmq_kw_read_str(rmq_kw_reader_t *r, bool compact, bool nullable);

/* Bytes or records (compact: uvarint length+1; else int32 length). Returns a view. */
rmq_kw_bytes_t rmq_kw_read_bytes(rmq_kw_reader_t *r, bool compact, bool nullable);

/*
 * Array count (compact: uvarint count+1; else int32 count). Returns -1 for null (only when
 * nullable), else the count, after checking that count * min_item_size bytes remain (so a
 * hostile count cannot make the caller allocate more than a small multiple of the input size).
 * min_item_size is the smallest wire size of one item (values below 1 are taken as 1).
 * Returns 0 when an error is set.
 */
int32_t rmq_kw_read_array_len(rmq_kw_reader_t *r, bool compact, bool nullable,
                              size_t min_item_size);

/*
 * Zeroed storage for count items of item_size bytes from arena, or NULL when count <= 0 or an
 * error is set. count must come from rmq_kw_read_array_len on the same reader.
 */
void *rmq_kw_array_alloc(rmq_kw_reader_t *r, rmq_arena_t *arena, int32_t count, size_t item_size);

/* Skips n bytes. */
void rmq_kw_skip(rmq_kw_reader_t *r, size_t n);

/*
 * Tagged fields. rmq_kw_read_tag_count reads the number of tagged fields (checked against the
 * remaining bytes: each takes at least 2). For each field, rmq_kw_read_tag_begin reads the tag
 * and size, points *sub at the size payload bytes, moves r past them and returns the tag;
 * the caller decodes the value from sub (or ignores it: unknown tags are skipped) and then
 * calls rmq_kw_read_tag_end, which moves sub's error into r, or fails with RMQ_ECORRUPT when a
 * decoded value did not use exactly size bytes (a value skipped with rmq_kw_skip_rest is fine).
 */
uint32_t rmq_kw_read_tag_count(rmq_kw_reader_t *r);
uint32_t rmq_kw_read_tag_begin(rmq_kw_reader_t *r, rmq_kw_reader_t *sub);
void rmq_kw_read_tag_end(rmq_kw_reader_t *r, const rmq_kw_reader_t *sub);
/* Skips everything left in r (for an unknown tag's sub-reader). */
void rmq_kw_skip_rest(rmq_kw_reader_t *r);

/* ---------------------------------------------------------------------------------------------
 * Writer
 */

typedef struct rmq_kw_writer {
    rmq_wbuf_t *wb;
    int err;          /* 0, or the first error (RMQ_ERANGE) */
    const char *what; /* static description of the first error, "" if none */
} rmq_kw_writer_t;

/* Appends to wb (not reset: the caller may have written a size prefix or header before). */
void rmq_kw_writer_init(rmq_kw_writer_t *w, rmq_wbuf_t *wb);

/* Records an error unless one is set; later writes still append but the result is unusable. */
int rmq_kw_write_fail(rmq_kw_writer_t *w, int code, const char *what);

void rmq_kw_write_int8(rmq_kw_writer_t *w, int8_t v);
void rmq_kw_write_bool(rmq_kw_writer_t *w, bool v);
void rmq_kw_write_int16(rmq_kw_writer_t *w, int16_t v);
void rmq_kw_write_uint16(rmq_kw_writer_t *w, uint16_t v);
void rmq_kw_write_int32(rmq_kw_writer_t *w, int32_t v);
void rmq_kw_write_uint32(rmq_kw_writer_t *w, uint32_t v);
void rmq_kw_write_int64(rmq_kw_writer_t *w, int64_t v);
void rmq_kw_write_float64(rmq_kw_writer_t *w, double v);
void rmq_kw_write_uuid(rmq_kw_writer_t *w, const rmq_kw_uuid_t *v);
void rmq_kw_write_varint(rmq_kw_writer_t *w, int32_t v);
void rmq_kw_write_varlong(rmq_kw_writer_t *w, int64_t v);
void rmq_kw_write_uvarint(rmq_kw_writer_t *w, uint32_t v);

/* Null when !nullable is written as "". A length above RMQ_KW_STRING_MAX is RMQ_ERANGE. */
void rmq_kw_write_str(rmq_kw_writer_t *w, rmq_kw_str_t s, bool compact, bool nullable);
/* Null when !nullable is written as empty bytes. */
void rmq_kw_write_bytes(rmq_kw_writer_t *w, rmq_kw_bytes_t b, bool compact, bool nullable);
/* As rmq_kw_write_bytes, also for records given as slices (see rmq_kw_bytes_t). */
void rmq_kw_write_records(rmq_kw_writer_t *w, rmq_kw_bytes_t b, bool compact, bool nullable);
/* count < 0 is null (written as empty when !nullable). */
void rmq_kw_write_array_len(rmq_kw_writer_t *w, int32_t count, bool compact, bool nullable);

/*
 * One tagged field: rmq_kw_write_tag_begin writes the tag and returns a mark; the caller writes
 * the value; rmq_kw_write_tag_end inserts the value's size (uvarint) before it.
 */
size_t rmq_kw_write_tag_begin(rmq_kw_writer_t *w, uint32_t tag);
void rmq_kw_write_tag_end(rmq_kw_writer_t *w, size_t mark);

#endif
