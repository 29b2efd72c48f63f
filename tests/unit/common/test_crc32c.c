/* Unit tests for src/common/crc32c.c: known vectors, hw == sw, incremental. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/crc32c.h"

static void test_check_value(void **state)
{
    (void)state;
    assert_int_equal(rmq_crc32c(0, "123456789", 9), 0xE3069283u);
    assert_int_equal(rmq_crc32c_sw(0, "123456789", 9), 0xE3069283u);
    assert_int_equal(rmq_crc32c(0, "", 0), 0);
}

/* RFC 3720 (iSCSI) B.4 test vectors. */
static void test_rfc3720_vectors(void **state)
{
    uint8_t buf[48];
    (void)state;

    memset(buf, 0, 32);
    assert_int_equal(rmq_crc32c(0, buf, 32), 0x8A9136AAu);
    memset(buf, 0xff, 32);
    assert_int_equal(rmq_crc32c(0, buf, 32), 0x62A8AB43u);
    for (int i = 0; i < 32; i++)
        buf[i] = (uint8_t)i;
    assert_int_equal(rmq_crc32c(0, buf, 32), 0x46DD794Eu);
    for (int i = 0; i < 32; i++)
        buf[i] = (uint8_t)(31 - i);
    assert_int_equal(rmq_crc32c(0, buf, 32), 0x113FDB5Cu);
    static const uint8_t iscsi_read[48] = {
        0x01, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00,
        0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x18, 0x28, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(rmq_crc32c(0, iscsi_read, 48), 0xD9963A56u);
    assert_int_equal(rmq_crc32c_sw(0, iscsi_read, 48), 0xD9963A56u);
}

static void test_hw_matches_sw_and_incremental(void **state)
{
    uint8_t data[4099];
    uint32_t seed = 12345;
    (void)state;

    for (size_t i = 0; i < sizeof(data); i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (uint8_t)(seed >> 16);
    }
    /* Every length and misalignment up to 70 bytes, then big ones. */
    for (size_t off = 0; off < 9; off++) {
        for (size_t len = 0; len < 70; len++)
            assert_int_equal(rmq_crc32c(0, data + off, len), rmq_crc32c_sw(0, data + off, len));
    }
    uint32_t whole = rmq_crc32c(0, data, sizeof(data));
    assert_int_equal(whole, rmq_crc32c_sw(0, data, sizeof(data)));
    for (size_t cut = 0; cut < sizeof(data); cut += 97) {
        uint32_t c = rmq_crc32c(0, data, cut);
        assert_int_equal(rmq_crc32c(c, data + cut, sizeof(data) - cut), whole);
        c = rmq_crc32c_sw(0, data, cut);
        assert_int_equal(rmq_crc32c_sw(c, data + cut, sizeof(data) - cut), whole);
    }
    /* A single flipped bit changes the CRC. */
    data[100] ^= 4;
    assert_int_not_equal(rmq_crc32c(0, data, sizeof(data)), whole);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_value),
        cmocka_unit_test(test_rfc3720_vectors),
        cmocka_unit_test(test_hw_matches_sw_and_incremental),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
