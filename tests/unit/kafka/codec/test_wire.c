/* Unit tests for src/kafka/wire.c (Kafka wire primitives) and src/kafka/errors.h. */
#include <setjmp.h>
#include <cmocka.h>

#include "kafka/errors.h"
#include "kafka/wire.h"
#include "common/varint.h"

#define RD(r, ...)                                                                                 \
    static const uint8_t r##_bytes[] = {__VA_ARGS__};                                              \
    rmq_kw_reader_t r;                                                                             \
    rmq_kw_reader_init(&r, r##_bytes, sizeof(r##_bytes))

static void test_fixed_ints_big_endian(void **state)
{
    (void)state;
    RD(r, 0x80, 0x12, 0x34, 0xff, 0xfe, 0x12, 0x34, 0x56, 0x78, 0xff, 0xff, 0xff, 0xfe, 0x01, 0x02,
       0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x02, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0);
    assert_int_equal(rmq_kw_read_int8(&r), -128);
    assert_int_equal(rmq_kw_read_int16(&r), 0x1234);
    assert_int_equal(rmq_kw_read_uint16(&r), 0xfffe);
    assert_int_equal(rmq_kw_read_int32(&r), 0x12345678);
    assert_int_equal(rmq_kw_read_uint32(&r), 0xfffffffeu);
    assert_true(rmq_kw_read_int64(&r) == 0x0102030405060708ll);
    assert_false(rmq_kw_read_bool(&r));
    assert_true(rmq_kw_read_bool(&r)); /* any non-zero byte is true */
    assert_true(rmq_kw_read_float64(&r) == 1.5);
    assert_int_equal(r.err, 0);
    assert_int_equal(rmq_kw_remaining(&r), 0);
    assert_int_equal(rmq_kw_offset(&r), sizeof(r_bytes));
}

/* After the first failure every read returns zero, consumes nothing and keeps the first error. */
static void test_sticky_error(void **state)
{
    rmq_err_t err;
    (void)state;
    RD(r, 0x00, 0x07, 0xaa, 0xbb, 0xcc);
    assert_int_equal(rmq_kw_read_int16(&r), 7);
    assert_int_equal(rmq_kw_read_int32(&r), 0); /* 3 bytes left: truncated */
    assert_int_equal(r.err, RMQ_ETRUNC);
    assert_int_equal(r.err_off, 2);
    assert_string_equal(r.what, "int32 past end");
    assert_int_equal(rmq_kw_remaining(&r), 0);
    assert_int_equal(rmq_kw_read_int8(&r), 0); /* bytes remain but the reader stopped */
    assert_int_equal(rmq_kw_read_uvarint(&r), 0);
    rmq_kw_str_t s = rmq_kw_read_str(&r, false, true);
    assert_null(s.ptr);
    assert_int_equal(rmq_kw_fail(&r, RMQ_ECORRUPT, "later"), RMQ_ETRUNC);
    assert_string_equal(r.what, "int32 past end");
    rmq_err_clear(&err);
    assert_int_equal(rmq_kw_reader_error(&r, &err, "Thing"), RMQ_ETRUNC);
    assert_string_equal(err.msg, "Thing: int32 past end at offset 2");
    /* No error: nothing reported. */
    RD(ok, 0x01);
    assert_int_equal(rmq_kw_reader_error(&ok, &err, "x"), 0);
}

static void test_varints(void **state)
{
    (void)state;
    RD(r, 0x00, 0x01, 0x02, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01);
    assert_int_equal(rmq_kw_read_varint(&r), 0);
    assert_int_equal(rmq_kw_read_varint(&r), -1);
    assert_int_equal(rmq_kw_read_varint(&r), 1);
    assert_int_equal(rmq_kw_read_uvarint(&r), 300);
    assert_int_equal(rmq_kw_read_uvarint(&r), 0xffffffffu);
    assert_true(rmq_kw_read_varlong(&r) == -1);
    assert_int_equal(r.err, 0);

    /* Six bytes for a 32-bit varint: corrupt. */
    RD(r2, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01);
    assert_int_equal(rmq_kw_read_uvarint(&r2), 0);
    assert_int_equal(r2.err, RMQ_ECORRUPT);
    /* Bits beyond 32 in the fifth byte: corrupt. */
    RD(r3, 0xff, 0xff, 0xff, 0xff, 0x1f);
    rmq_kw_read_uvarint(&r3);
    assert_int_equal(r3.err, RMQ_ECORRUPT);
    /* Ends mid-varint: truncated. */
    RD(r4, 0x80, 0x80);
    rmq_kw_read_varlong(&r4);
    assert_int_equal(r4.err, RMQ_ETRUNC);
}

static void test_uuid(void **state)
{
    (void)state;
    RD(r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 99);
    rmq_kw_uuid_t u = rmq_kw_read_uuid(&r);
    for (int i = 0; i < 16; i++)
        assert_int_equal(u.b[i], i);
    assert_false(rmq_kw_uuid_is_zero(&u));
    u = rmq_kw_read_uuid(&r);
    assert_int_equal(r.err, RMQ_ETRUNC);
    assert_true(rmq_kw_uuid_is_zero(&u));
}

static void test_strings(void **state)
{
    (void)state;
    /* int16 length: "abc", empty, null. */
    RD(r, 0x00, 0x03, 'a', 'b', 'c', 0x00, 0x00, 0xff, 0xff);
    rmq_kw_str_t s = rmq_kw_read_str(&r, false, false);
    assert_int_equal(s.len, 3);
    assert_memory_equal(s.ptr, "abc", 3);
    assert_ptr_equal(s.ptr, r_bytes + 2); /* a view, not a copy */
    s = rmq_kw_read_str(&r, false, false);
    assert_non_null(s.ptr);
    assert_int_equal(s.len, 0);
    s = rmq_kw_read_str(&r, false, true);
    assert_null(s.ptr);
    assert_int_equal(r.err, 0);

    /* Compact: 0 = null, 1 = empty, N+1. */
    RD(c, 0x00, 0x01, 0x03, 'h', 'i');
    s = rmq_kw_read_str(&c, true, true);
    assert_null(s.ptr);
    s = rmq_kw_read_str(&c, true, false);
    assert_non_null(s.ptr);
    assert_int_equal(s.len, 0);
    s = rmq_kw_read_str(&c, true, false);
    assert_int_equal(s.len, 2);
    assert_memory_equal(s.ptr, "hi", 2);
    assert_int_equal(c.err, 0);

    /* Null where not nullable. */
    RD(n1, 0xff, 0xff);
    rmq_kw_read_str(&n1, false, false);
    assert_int_equal(n1.err, RMQ_ECORRUPT);
    RD(n2, 0x00);
    rmq_kw_read_str(&n2, true, false);
    assert_int_equal(n2.err, RMQ_ECORRUPT);
    /* Negative lengths other than -1. */
    RD(n3, 0xff, 0xfe, 'x', 'y');
    rmq_kw_read_str(&n3, false, true);
    assert_int_equal(n3.err, RMQ_ECORRUPT);
    RD(n4, 0x80, 0x00);
    rmq_kw_read_str(&n4, false, true);
    assert_int_equal(n4.err, RMQ_ECORRUPT);
    /* Longer than the rest. */
    RD(n5, 0x00, 0x05, 'a', 'b');
    rmq_kw_read_str(&n5, false, false);
    assert_int_equal(n5.err, RMQ_ETRUNC);
    RD(n6, 0x06, 'a', 'b');
    rmq_kw_read_str(&n6, true, false);
    assert_int_equal(n6.err, RMQ_ETRUNC);
    /* Compact length above 32767 (0x8000 + 1 = 0x8001: 81 80 02). */
    RD(n7, 0x81, 0x80, 0x02, 'a');
    rmq_kw_read_str(&n7, true, false);
    assert_int_equal(n7.err, RMQ_ECORRUPT);
    /* Compact length overflowing 32 bits. */
    RD(n8, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f);
    rmq_kw_read_str(&n8, true, false);
    assert_int_equal(n8.err, RMQ_ECORRUPT);
    /* Maximum compact length 2^32-1 (length 2^32-2): far beyond the input. */
    RD(n9, 0xff, 0xff, 0xff, 0xff, 0x0f, 'a');
    rmq_kw_read_str(&n9, true, false);
    assert_int_equal(n9.err, RMQ_ECORRUPT);
}

static void test_bytes(void **state)
{
    (void)state;
    RD(r, 0x00, 0x00, 0x00, 0x02, 0xaa, 0xbb, 0xff, 0xff, 0xff, 0xff, 0x00, 0x03, 0x01, 0x02);
    rmq_kw_bytes_t b = rmq_kw_read_bytes(&r, false, false);
    assert_int_equal(b.len, 2);
    assert_ptr_equal(b.ptr, r_bytes + 4);
    b = rmq_kw_read_bytes(&r, false, true);
    assert_null(b.ptr);
    b = rmq_kw_read_bytes(&r, true, true);
    assert_null(b.ptr);
    b = rmq_kw_read_bytes(&r, true, false);
    assert_int_equal(b.len, 2);
    assert_int_equal(b.ptr[0], 0x01);
    assert_int_equal(r.err, 0);

    RD(n1, 0xff, 0xff, 0xff, 0xfb);
    rmq_kw_read_bytes(&n1, false, true);
    assert_int_equal(n1.err, RMQ_ECORRUPT);
    RD(n2, 0x7f, 0xff, 0xff, 0xff, 0x00);
    rmq_kw_read_bytes(&n2, false, true);
    assert_int_equal(n2.err, RMQ_ETRUNC);
    RD(n3, 0xff, 0xff, 0xff, 0xff);
    rmq_kw_read_bytes(&n3, false, false);
    assert_int_equal(n3.err, RMQ_ECORRUPT);
    /* Compact length 2^32-2 > INT32_MAX. */
    RD(n4, 0xff, 0xff, 0xff, 0xff, 0x0f);
    rmq_kw_read_bytes(&n4, true, true);
    assert_int_equal(n4.err, RMQ_ECORRUPT);
}

static void test_array_len(void **state)
{
    rmq_arena_t arena;
    (void)state;
    rmq_arena_init(&arena, 0);

    RD(r, 0x00, 0x00, 0x00, 0x02, 1, 2, 3, 4, 5, 6, 7, 8);
    assert_int_equal(rmq_kw_read_array_len(&r, false, false, 4), 2);
    assert_int_equal(r.err, 0);
    RD(n, 0xff, 0xff, 0xff, 0xff);
    assert_int_equal(rmq_kw_read_array_len(&n, false, true, 4), -1);
    assert_int_equal(n.err, 0);
    RD(c, 0x00, 0x03, 0xaa, 0xbb);
    assert_int_equal(rmq_kw_read_array_len(&c, true, true, 1), -1);
    assert_int_equal(rmq_kw_read_array_len(&c, true, false, 1), 2);

    /* Two items of at least 4 bytes do not fit in 7 bytes. */
    RD(t, 0x00, 0x00, 0x00, 0x02, 1, 2, 3, 4, 5, 6, 7);
    assert_int_equal(rmq_kw_read_array_len(&t, false, false, 4), 0);
    assert_int_equal(t.err, RMQ_ETRUNC);
    /* A 2^31-1 count in a 10-byte input must not get near the allocator. */
    RD(h, 0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0);
    int32_t cnt = rmq_kw_read_array_len(&h, false, false, 1);
    assert_int_equal(cnt, 0);
    assert_int_equal(h.err, RMQ_ETRUNC);
    assert_null(rmq_kw_array_alloc(&h, &arena, cnt, 1000));
    assert_int_equal(arena.total, 0);
    /* Null where not nullable, negative counts, compact counts above 2^31-1. */
    RD(e1, 0xff, 0xff, 0xff, 0xff);
    rmq_kw_read_array_len(&e1, false, false, 1);
    assert_int_equal(e1.err, RMQ_ECORRUPT);
    RD(e2, 0xff, 0xff, 0xff, 0xfe);
    rmq_kw_read_array_len(&e2, false, true, 1);
    assert_int_equal(e2.err, RMQ_ECORRUPT);
    RD(e3, 0x80, 0x00, 0x00, 0x00);
    rmq_kw_read_array_len(&e3, false, true, 1);
    assert_int_equal(e3.err, RMQ_ECORRUPT);
    RD(e4, 0xff, 0xff, 0xff, 0xff, 0x0f);
    rmq_kw_read_array_len(&e4, true, true, 1);
    assert_int_equal(e4.err, RMQ_ECORRUPT);
    RD(e5, 0x81, 0x80, 0x80, 0x80, 0x08); /* 2^31 + 1 -> count 2^31 */
    rmq_kw_read_array_len(&e5, true, true, 1);
    assert_int_equal(e5.err, RMQ_ECORRUPT);
    RD(e6, 0x00);
    rmq_kw_read_array_len(&e6, true, false, 1);
    assert_int_equal(e6.err, RMQ_ECORRUPT);

    /* Allocation: zeroed, from the arena. */
    RD(ok, 0x00, 0x00, 0x00, 0x03, 0, 0, 0);
    cnt = rmq_kw_read_array_len(&ok, false, false, 1);
    int32_t *items = rmq_kw_array_alloc(&ok, &arena, cnt, sizeof(int32_t));
    assert_non_null(items);
    assert_int_equal(items[2], 0);
    assert_null(rmq_kw_array_alloc(&ok, &arena, 0, 4));
    rmq_arena_release(&arena);
}

static void test_tagged_fields(void **state)
{
    rmq_kw_reader_t sub;
    (void)state;
    /* Two fields: tag 0 with int32 7, tag 5 with 3 unknown bytes; then a trailing int8. */
    RD(r, 0x02, 0x00, 0x04, 0x00, 0x00, 0x00, 0x07, 0x05, 0x03, 0xaa, 0xbb, 0xcc, 0x2a);
    uint32_t n = rmq_kw_read_tag_count(&r);
    assert_int_equal(n, 2);
    assert_int_equal(rmq_kw_read_tag_begin(&r, &sub), 0);
    assert_int_equal(rmq_kw_read_int32(&sub), 7);
    rmq_kw_read_tag_end(&r, &sub);
    assert_int_equal(rmq_kw_read_tag_begin(&r, &sub), 5);
    rmq_kw_skip_rest(&sub);
    rmq_kw_read_tag_end(&r, &sub);
    assert_int_equal(rmq_kw_read_int8(&r), 0x2a);
    assert_int_equal(r.err, 0);

    /* A value shorter than its declared size is corrupt. */
    RD(s1, 0x01, 0x00, 0x05, 0x00, 0x00, 0x00, 0x07, 0x00);
    rmq_kw_read_tag_count(&s1);
    rmq_kw_read_tag_begin(&s1, &sub);
    rmq_kw_read_int32(&sub);
    rmq_kw_read_tag_end(&s1, &sub);
    assert_int_equal(s1.err, RMQ_ECORRUPT);
    assert_int_equal(s1.err_off, 7);
    /* A value longer than its size: the sub-reader stops at the size. */
    RD(s2, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x07);
    rmq_kw_read_tag_count(&s2);
    rmq_kw_read_tag_begin(&s2, &sub);
    assert_int_equal(rmq_kw_read_int32(&sub), 0);
    rmq_kw_read_tag_end(&s2, &sub);
    assert_int_equal(s2.err, RMQ_ETRUNC);
    assert_int_equal(s2.err_off, 3); /* offsets stay relative to the whole message */
    /* Size beyond the input. */
    RD(s3, 0x01, 0x00, 0x10, 0x00);
    rmq_kw_read_tag_count(&s3);
    rmq_kw_read_tag_begin(&s3, &sub);
    assert_int_equal(sub.err, RMQ_ETRUNC);
    assert_int_equal(rmq_kw_read_int8(&sub), 0);
    rmq_kw_read_tag_end(&s3, &sub);
    assert_int_equal(s3.err, RMQ_ETRUNC);
    /* A count that cannot fit. */
    RD(s4, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00);
    assert_int_equal(rmq_kw_read_tag_count(&s4), 0);
    assert_int_equal(s4.err, RMQ_ETRUNC);
}

static void test_writer(void **state)
{
    rmq_wbuf_t wb;
    rmq_kw_writer_t w;
    (void)state;
    rmq_wbuf_init(&wb, 4);
    rmq_kw_writer_init(&w, &wb);
    rmq_kw_write_int8(&w, -2);
    rmq_kw_write_bool(&w, true);
    rmq_kw_write_int16(&w, -2);
    rmq_kw_write_uint16(&w, 0xabcd);
    rmq_kw_write_int32(&w, 0x01020304);
    rmq_kw_write_uint32(&w, 0xfffffffe);
    rmq_kw_write_int64(&w, -1);
    rmq_kw_write_float64(&w, 1.5);
    rmq_kw_write_varint(&w, -1);
    rmq_kw_write_varlong(&w, 1);
    rmq_kw_write_uvarint(&w, 300);
    static const uint8_t expect[] = {0xfe, 0x01, 0xff, 0xfe, 0xab, 0xcd, 0x01, 0x02, 0x03,
                                     0x04, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xff,
                                     0xff, 0xff, 0xff, 0xff, 0x3f, 0xf8, 0,    0,    0,
                                     0,    0,    0,    0x01, 0x02, 0xac, 0x02};
    assert_int_equal(wb.len, sizeof(expect));
    assert_memory_equal(wb.data, expect, sizeof(expect));
    assert_int_equal(w.err, 0);

    /* Strings, bytes, arrays in both encodings; null in non-nullable positions becomes empty. */
    rmq_wbuf_reset(&wb);
    rmq_kw_write_str(&w, RMQ_KW_STR_LIT("ab"), false, false);
    rmq_kw_write_str(&w, RMQ_KW_STR_NULL, false, true);
    rmq_kw_write_str(&w, RMQ_KW_STR_NULL, false, false);
    rmq_kw_write_str(&w, RMQ_KW_STR_LIT("ab"), true, false);
    rmq_kw_write_str(&w, RMQ_KW_STR_NULL, true, true);
    rmq_kw_write_str(&w, RMQ_KW_STR_NULL, true, false);
    rmq_kw_write_bytes(&w, (rmq_kw_bytes_t){(const uint8_t *)"\x09", 1}, false, false);
    rmq_kw_write_bytes(&w, RMQ_KW_BYTES_NULL, false, true);
    rmq_kw_write_bytes(&w, RMQ_KW_BYTES_NULL, true, true);
    rmq_kw_write_array_len(&w, 3, false, false);
    rmq_kw_write_array_len(&w, -1, false, true);
    rmq_kw_write_array_len(&w, -1, false, false);
    rmq_kw_write_array_len(&w, 3, true, false);
    rmq_kw_write_array_len(&w, -1, true, true);
    static const uint8_t expect2[] = {0x00, 0x02, 'a',  'b',  0xff, 0xff, 0x00, 0x00, 0x03, 'a',
                                      'b',  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x09, 0xff, 0xff,
                                      0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff, 0xff,
                                      0xff, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00};
    assert_int_equal(wb.len, sizeof(expect2));
    assert_memory_equal(wb.data, expect2, sizeof(expect2));
    assert_int_equal(w.err, 0);

    /* Unencodable values set the writer's error. */
    rmq_kw_str_t big = {"x", RMQ_KW_STRING_MAX + 1};
    rmq_kw_write_str(&w, big, true, false);
    assert_int_equal(w.err, RMQ_ERANGE);
    rmq_kw_writer_init(&w, &wb);
    rmq_kw_write_bytes(&w, (rmq_kw_bytes_t){(const uint8_t *)"", -3}, false, false);
    assert_int_equal(w.err, RMQ_ERANGE);
    /* rmq_kw_str clamps its scan so that an over-long C string is caught the same way. */
    char *longs = malloc(RMQ_KW_STRING_MAX + 10);
    memset(longs, 'a', RMQ_KW_STRING_MAX + 9);
    longs[RMQ_KW_STRING_MAX + 9] = 0;
    rmq_kw_writer_init(&w, &wb);
    rmq_kw_write_str(&w, rmq_kw_str(longs), false, false);
    assert_int_equal(w.err, RMQ_ERANGE);
    longs[RMQ_KW_STRING_MAX] = 0;
    rmq_kw_writer_init(&w, &wb);
    rmq_kw_write_str(&w, rmq_kw_str(longs), false, false);
    assert_int_equal(w.err, 0);
    free(longs);
    rmq_wbuf_release(&wb);
}

/* The tag writer inserts the size in front of the value, including multi-byte sizes. */
static void test_writer_tags(void **state)
{
    rmq_wbuf_t wb;
    rmq_kw_writer_t w;
    rmq_kw_reader_t r, sub;
    (void)state;
    rmq_wbuf_init(&wb, 1);
    rmq_kw_writer_init(&w, &wb);
    rmq_kw_write_uvarint(&w, 2);
    size_t m = rmq_kw_write_tag_begin(&w, 3);
    rmq_kw_write_int32(&w, 42);
    rmq_kw_write_tag_end(&w, m);
    m = rmq_kw_write_tag_begin(&w, 200);
    for (int i = 0; i < 300; i++)
        rmq_kw_write_int8(&w, (int8_t)i);
    rmq_kw_write_tag_end(&w, m);
    rmq_kw_write_int8(&w, 0x55);
    assert_int_equal(w.err, 0);
    static const uint8_t head[] = {0x02, 0x03, 0x04, 0, 0, 0, 42, 0xc8, 0x01, 0xac, 0x02, 0x00};
    assert_memory_equal(wb.data, head, sizeof(head));
    assert_int_equal(wb.len, 1 + 1 + 1 + 4 + 2 + 2 + 300 + 1);

    rmq_kw_reader_init(&r, wb.data, wb.len);
    assert_int_equal(rmq_kw_read_tag_count(&r), 2);
    assert_int_equal(rmq_kw_read_tag_begin(&r, &sub), 3);
    assert_int_equal(rmq_kw_read_int32(&sub), 42);
    rmq_kw_read_tag_end(&r, &sub);
    assert_int_equal(rmq_kw_read_tag_begin(&r, &sub), 200);
    assert_int_equal(rmq_kw_remaining(&sub), 300);
    for (int i = 0; i < 300; i++)
        assert_int_equal(rmq_kw_read_int8(&sub), (int8_t)i);
    rmq_kw_read_tag_end(&r, &sub);
    assert_int_equal(rmq_kw_read_int8(&r), 0x55);
    assert_int_equal(r.err, 0);
    rmq_wbuf_release(&wb);
}

static void test_str_helpers(void **state)
{
    (void)state;
    assert_true(rmq_kw_str_is(RMQ_KW_STR_NULL, NULL));
    assert_false(rmq_kw_str_is(RMQ_KW_STR_LIT(""), NULL));
    assert_true(rmq_kw_str_is(RMQ_KW_STR_LIT(""), ""));
    assert_false(rmq_kw_str_is(RMQ_KW_STR_NULL, ""));
    assert_true(rmq_kw_str_is(rmq_kw_str("abc"), "abc"));
    assert_false(rmq_kw_str_is(rmq_kw_str("abd"), "abc"));
    assert_true(rmq_kw_str_eq(RMQ_KW_STR_NULL, rmq_kw_str(NULL)));
    assert_false(rmq_kw_str_eq(RMQ_KW_STR_NULL, RMQ_KW_STR_LIT("")));
    assert_true(rmq_kw_str_eq((rmq_kw_str_t){"abcdef", 3}, RMQ_KW_STR_LIT("abc")));
    assert_false(rmq_kw_bytes_eq(RMQ_KW_BYTES_NULL, (rmq_kw_bytes_t){(const uint8_t *)"", 0}));
}

static void test_kafka_error_codes(void **state)
{
    (void)state;
    assert_int_equal(RMQ_KERR_NONE, 0);
    assert_int_equal(RMQ_KERR_UNKNOWN_SERVER_ERROR, -1);
    assert_int_equal(RMQ_KERR_UNKNOWN_TOPIC_OR_PARTITION, 3);
    assert_int_equal(RMQ_KERR_NOT_COORDINATOR, 16);
    assert_int_equal(RMQ_KERR_UNSUPPORTED_VERSION, 35);
    assert_string_equal(rmq_kerr_name(35), "UNSUPPORTED_VERSION");
    assert_string_equal(rmq_kerr_name(-1), "UNKNOWN_SERVER_ERROR");
    assert_string_equal(rmq_kerr_message(0), "");
    assert_string_equal(rmq_kerr_message(3), "This server does not host this topic-partition.");
    assert_null(rmq_kerr_name(99)); /* a gap in Kafka's numbering */
    assert_null(rmq_kerr_name(-2));
    assert_null(rmq_kerr_message(10000));
    assert_true(RMQ_KERR_COUNT > 100);
}

/* Flattens a wbuf with zero-copy pieces into the bytes that go on the wire. */
static size_t flatten(const rmq_wbuf_t *wb, const rmq_wsegs_t *segs, uint8_t *out)
{
    size_t pos = 0, n = 0;
    for (size_t i = 0; i < segs->n; i++) {
        memcpy(out + n, wb->data + pos, segs->v[i].at - pos);
        n += segs->v[i].at - pos;
        memcpy(out + n, rmq_slice_data(&segs->v[i].slice), segs->v[i].slice.len);
        n += segs->v[i].slice.len;
        pos = segs->v[i].at;
    }
    memcpy(out + n, wb->data + pos, wb->len - pos);
    return n + wb->len - pos;
}

/* Records given as slices encode to the same bytes as one contiguous copy, with or without a
   zero-copy sink; in a sink the large slices are referenced and the small ones copied; a
   tagged field holding referenced bytes counts them in its size. */
static void test_records_from_slices(void **state)
{
    (void)state;
    rmq_buf_t *big = rmq_buf_new(5000), *small = rmq_buf_new(100);
    for (size_t i = 0; i < big->size; i++)
        big->data[i] = (uint8_t)(i * 7);
    memset(small->data, 's', small->size);
    rmq_slice_t sl[3] = {rmq_slice_make(big, 0, 3000), rmq_slice_make(small, 0, 100),
                         rmq_slice_make(big, 3000, 2000)};
    static uint8_t flat[6000], expect[6000], got[12000];
    memcpy(flat, big->data, 3000);
    memcpy(flat + 3000, small->data, 100);
    memcpy(flat + 3100, big->data + 3000, 2000);

    for (int compact = 0; compact <= 1; compact++) {
        rmq_kw_bytes_t as_copy = {flat, 5100, NULL, 0};
        rmq_kw_bytes_t as_slices = {(const uint8_t *)"", 5100, sl, 3};
        rmq_wbuf_t a, b, c;
        rmq_kw_writer_t wa, wb_, wc;
        rmq_wsegs_t segs = {0};
        rmq_wbuf_init(&a, 16);
        rmq_wbuf_init(&b, 16);
        rmq_wbuf_init(&c, 16);
        rmq_kw_writer_init(&wa, &a);
        rmq_kw_writer_init(&wb_, &b);
        rmq_kw_writer_init(&wc, &c);
        rmq_kw_write_records(&wa, as_copy, compact, true);
        rmq_kw_write_records(&wb_, as_slices, compact, true); /* no sink: copied */
        c.segs = &segs;
        rmq_kw_write_int8(&wc, 9);
        size_t mark = rmq_kw_write_tag_begin(&wc, 3);
        rmq_kw_write_records(&wc, as_slices, compact, true);
        rmq_kw_write_tag_end(&wc, mark);
        assert_int_equal(wa.err + wb_.err + wc.err, 0);
        assert_int_equal(a.len, b.len);
        assert_memory_equal(a.data, b.data, a.len);
        /* The sink referenced the two large slices and copied the small one. */
        assert_int_equal(segs.n, 2);
        assert_int_equal(segs.bytes, 5000);
        size_t n = flatten(&c, &segs, got);
        /* int8, tag 3, size of the value, then the same bytes as the copy. */
        assert_int_equal(got[0], 9);
        assert_int_equal(got[1], 3);
        uint32_t size;
        int kr = rmq_uvarint32_decode(got + 2, n - 2, &size);
        assert_true(kr > 0);
        size_t k = (size_t)kr;
        assert_int_equal(size, a.len);
        assert_int_equal(n, 2 + k + a.len);
        memcpy(expect, a.data, a.len);
        assert_memory_equal(got + 2 + k, expect, a.len);
        rmq_wsegs_release(&segs);
        rmq_wbuf_release(&a);
        rmq_wbuf_release(&b);
        rmq_wbuf_release(&c);
    }
    /* A length that disagrees with the slices is refused. */
    rmq_wbuf_t d;
    rmq_kw_writer_t wd;
    rmq_wbuf_init(&d, 16);
    rmq_kw_writer_init(&wd, &d);
    rmq_kw_write_records(&wd, (rmq_kw_bytes_t){(const uint8_t *)"", 5101, sl, 3}, false, true);
    assert_int_equal(wd.err, RMQ_ERANGE);
    rmq_wbuf_release(&d);
    for (int i = 0; i < 3; i++)
        rmq_slice_release(&sl[i]);
    rmq_buf_unref(big);
    rmq_buf_unref(small);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_ints_big_endian),
        cmocka_unit_test(test_sticky_error),
        cmocka_unit_test(test_varints),
        cmocka_unit_test(test_uuid),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_records_from_slices),
        cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_array_len),
        cmocka_unit_test(test_tagged_fields),
        cmocka_unit_test(test_writer),
        cmocka_unit_test(test_writer_tags),
        cmocka_unit_test(test_str_helpers),
        cmocka_unit_test(test_kafka_error_codes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
