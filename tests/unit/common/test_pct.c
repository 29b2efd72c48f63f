/*
 * Tests of src/common/pct.h: hex digits and percent-decoding with each flag.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "common/pct.h"

static void test_hexval(void **state)
{
    (void)state;
    for (int c = 0; c < 256; c++) {
        int want = c >= '0' && c <= '9'   ? c - '0'
                   : c >= 'a' && c <= 'f' ? c - 'a' + 10
                   : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : -1;
        assert_int_equal(rmq_hexval(c), want);
    }
    assert_int_equal(rmq_hexval(-1), -1);
}

static void expect(const char *in, unsigned flags, const char *want, size_t want_len)
{
    size_t len = 12345;
    char *out = rmq_pct_decode(in, strlen(in), flags, &len);
    if (!want) {
        assert_null(out);
        return;
    }
    assert_non_null(out);
    assert_int_equal(len, want_len);
    assert_memory_equal(out, want, want_len);
    assert_int_equal(out[len], '\0');
    free(out);
}

static void test_decode(void **state)
{
    (void)state;
    expect("", 0, "", 0);
    expect("abc", 0, "abc", 3);
    expect("a%2Fb%2fc", 0, "a/b/c", 5);
    expect("%E6%97%A5", 0, "\xe6\x97\xa5", 3);
    expect("a+b", 0, "a+b", 3);
    expect("a+b", RMQ_PCT_PLUS_SPACE, "a b", 3);
    expect("a+b", RMQ_PCT_PLUS_SLASH, "a/b", 3);
    expect("%2B", RMQ_PCT_PLUS_SPACE, "+", 1); /* an escaped '+' stays '+' */
    /* Malformed escapes: short, non-hex, at the very end. */
    expect("%", 0, NULL, 0);
    expect("%4", 0, NULL, 0);
    expect("ab%4", 0, NULL, 0);
    expect("%zz", 0, NULL, 0);
    expect("%4g", 0, NULL, 0);
    /* NUL only when allowed. */
    expect("a%00b", 0, NULL, 0);
    expect("a%00b", RMQ_PCT_ALLOW_NUL, "a\0b", 3);
    /* Only n bytes are read. */
    size_t len;
    char *out = rmq_pct_decode("ab%41zz", 5, 0, &len);
    assert_non_null(out);
    assert_string_equal(out, "abA");
    free(out);
    assert_null(rmq_pct_decode("ab%4", 4, 0, NULL));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hexval),
        cmocka_unit_test(test_decode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
