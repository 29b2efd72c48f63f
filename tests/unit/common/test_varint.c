/* Unit tests for src/common/varint.c: Kafka varints, zigzag, strict decoding. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/varint.h"

static void test_zigzag(void **state)
{
    (void)state;
    assert_int_equal(rmq_zigzag32(0), 0);
    assert_int_equal(rmq_zigzag32(-1), 1);
    assert_int_equal(rmq_zigzag32(1), 2);
    assert_int_equal(rmq_zigzag32(-2), 3);
    assert_int_equal(rmq_zigzag32(INT32_MAX), 0xfffffffeu);
    assert_int_equal(rmq_zigzag32(INT32_MIN), 0xffffffffu);
    assert_true(rmq_zigzag64(INT64_MIN) == UINT64_MAX);
    for (int64_t v = -1000; v <= 1000; v++)
        assert_true(rmq_unzigzag64(rmq_zigzag64(v)) == v);
    assert_int_equal(rmq_unzigzag32(rmq_zigzag32(INT32_MIN)), INT32_MIN);
}

/* Kafka's documented examples: 0 -> 00, -1 -> 01, 1 -> 02, 300 (unsigned) -> ac 02. */
static void test_known_encodings(void **state)
{
    uint8_t b[10];
    (void)state;

    assert_int_equal(rmq_varint32_encode(b, 0), 1);
    assert_int_equal(b[0], 0x00);
    assert_int_equal(rmq_varint32_encode(b, -1), 1);
    assert_int_equal(b[0], 0x01);
    assert_int_equal(rmq_varint32_encode(b, 1), 1);
    assert_int_equal(b[0], 0x02);
    assert_int_equal(rmq_uvarint32_encode(b, 300), 2);
    assert_int_equal(b[0], 0xac);
    assert_int_equal(b[1], 0x02);
    assert_int_equal(rmq_varint32_encode(b, INT32_MIN), 5);
    assert_int_equal(rmq_varint64_encode(b, INT64_MIN), 10);
    assert_int_equal(rmq_varint64_size(INT64_MIN), 10);
    assert_int_equal(rmq_varint32_size(-64), 1);
    assert_int_equal(rmq_varint32_size(64), 2);
}

static void test_roundtrip(void **state)
{
    static const int64_t vals[] = {0,         1,         -1,        63,        -64,
                                   64,        -65,       8191,      -8192,     INT32_MAX,
                                   INT32_MIN, INT64_MAX, INT64_MIN, 1ll << 35, -(1ll << 49)};
    uint8_t b[10];
    (void)state;

    for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++) {
        int64_t out = 0;
        size_t n = rmq_varint64_encode(b, vals[i]);
        assert_int_equal(n, rmq_varint64_size(vals[i]));
        assert_int_equal(rmq_varint64_decode(b, n, &out), (int)n);
        assert_true(out == vals[i]);
        /* Every truncation is reported as such. */
        for (size_t k = 0; k < n; k++)
            assert_int_equal(rmq_varint64_decode(b, k, &out), RMQ_ETRUNC);
        if (vals[i] >= INT32_MIN && vals[i] <= INT32_MAX) {
            int32_t o32 = 0;
            n = rmq_varint32_encode(b, (int32_t)vals[i]);
            assert_int_equal(rmq_varint32_decode(b, n, &o32), (int)n);
            assert_int_equal(o32, (int32_t)vals[i]);
        }
    }
}

static void test_rejects_overlong(void **state)
{
    uint8_t six[6] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
    uint8_t over32[5] = {0xff, 0xff, 0xff, 0xff, 0x1f}; /* 35 bits */
    uint8_t max32[5] = {0xff, 0xff, 0xff, 0xff, 0x0f};
    uint8_t eleven[11];
    uint8_t over64[10] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02};
    uint32_t u32;
    uint64_t u64;
    (void)state;

    assert_int_equal(rmq_uvarint32_decode(six, 6, &u32), RMQ_ECORRUPT);
    assert_int_equal(rmq_uvarint32_decode(over32, 5, &u32), RMQ_ECORRUPT);
    assert_int_equal(rmq_uvarint32_decode(max32, 5, &u32), 5);
    assert_int_equal(u32, UINT32_MAX);
    memset(eleven, 0x80, sizeof(eleven));
    assert_int_equal(rmq_uvarint64_decode(eleven, 11, &u64), RMQ_ECORRUPT);
    assert_int_equal(rmq_uvarint64_decode(over64, 10, &u64), RMQ_ECORRUPT);
    over64[9] = 0x01;
    assert_int_equal(rmq_uvarint64_decode(over64, 10, &u64), 10);
    assert_true(u64 == UINT64_MAX);
    assert_int_equal(rmq_uvarint64_decode(eleven, 0, &u64), RMQ_ETRUNC);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zigzag),
        cmocka_unit_test(test_known_encodings),
        cmocka_unit_test(test_roundtrip),
        cmocka_unit_test(test_rejects_overlong),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
