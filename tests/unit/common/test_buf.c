/* Unit tests for src/common/buf.c: refcounts, slices, write buffers, endian helpers. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/buf.h"

static int freed;

static void count_free(void *opaque, uint8_t *data)
{
    (void)data;
    (*(int *)opaque)++;
}

static void test_refcount_and_slices(void **state)
{
    static uint8_t external[16] = "0123456789abcdef";
    rmq_buf_t *buf;
    rmq_slice_t s, sub;
    (void)state;

    freed = 0;
    buf = rmq_buf_new_wrap(external, 16, count_free, &freed);
    s = rmq_slice_make(buf, 4, 8);
    rmq_buf_unref(buf); /* the slice keeps it alive */
    assert_int_equal(freed, 0);
    assert_memory_equal(rmq_slice_data(&s), "456789ab", 8);
    sub = rmq_slice_sub(&s, 2, 3);
    assert_memory_equal(rmq_slice_data(&sub), "678", 3);
    rmq_slice_release(&s);
    assert_int_equal(freed, 0);
    assert_null(s.buf);
    rmq_slice_release(&sub);
    assert_int_equal(freed, 1);

    buf = rmq_buf_new_copy("hello", 5);
    assert_int_equal(buf->size, 5);
    assert_memory_equal(buf->data, "hello", 5);
    assert_ptr_equal(rmq_buf_ref(buf), buf);
    assert_int_equal(buf->refcnt, 2);
    rmq_buf_unref(buf);
    rmq_buf_unref(buf);
    rmq_buf_unref(NULL);
}

static void test_wbuf(void **state)
{
    rmq_wbuf_t wb;
    rmq_buf_t *buf;
    (void)state;

    rmq_wbuf_init(&wb, 1);
    rmq_wbuf_put_u8(&wb, 0xAB);
    rmq_wbuf_put_be16(&wb, 0x0102);
    rmq_wbuf_put_be32(&wb, 0x03040506);
    rmq_wbuf_put_be64(&wb, 0x0708090a0b0c0d0eull);
    rmq_wbuf_put_le32(&wb, 0x11223344);
    rmq_wbuf_put_le64(&wb, 0x5566778899aabbccull);
    for (int i = 0; i < 1000; i++)
        rmq_wbuf_append(&wb, "xyz", 3);
    assert_int_equal(wb.len, 1 + 2 + 4 + 8 + 4 + 8 + 3000);
    assert_int_equal(wb.data[0], 0xAB);
    assert_int_equal(rmq_be16(wb.data + 1), 0x0102);
    assert_int_equal(rmq_be32(wb.data + 3), 0x03040506);
    assert_true(rmq_be64(wb.data + 7) == 0x0708090a0b0c0d0eull);
    assert_int_equal(rmq_le32(wb.data + 15), 0x11223344);
    assert_true(rmq_le64(wb.data + 19) == 0x5566778899aabbccull);
    assert_memory_equal(wb.data + wb.len - 3, "xyz", 3);
    buf = rmq_wbuf_detach(&wb);
    assert_null(wb.data);
    assert_int_equal(buf->size, 3027);
    rmq_buf_unref(buf);
    rmq_wbuf_release(&wb);
}

static void *hammer(void *arg)
{
    rmq_buf_t *buf = arg;

    for (int i = 0; i < 100000; i++) {
        rmq_buf_ref(buf);
        rmq_buf_unref(buf);
    }
    return NULL;
}

static void test_refcount_threads(void **state)
{
    pthread_t t[4];
    rmq_buf_t *buf = rmq_buf_new(8);
    (void)state;

    for (int i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, hammer, buf);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    assert_int_equal(buf->refcnt, 1);
    rmq_buf_unref(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_refcount_and_slices),
        cmocka_unit_test(test_wbuf),
        cmocka_unit_test(test_refcount_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
