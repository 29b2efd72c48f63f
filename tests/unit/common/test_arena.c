/* Unit tests for src/common/arena.c. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/arena.h"

static void test_alloc_alignment_and_contents(void **state)
{
    rmq_arena_t a;
    char *ptrs[1000];
    (void)state;

    rmq_arena_init(&a, 1024);
    for (int i = 0; i < 1000; i++) {
        size_t n = (size_t)(i % 37) + 1;
        ptrs[i] = rmq_arena_alloc(&a, n);
        assert_int_equal((uintptr_t)ptrs[i] % 16, 0);
        memset(ptrs[i], i & 0xff, n);
    }
    /* Nothing overlapped: every block still holds its own pattern. */
    for (int i = 0; i < 1000; i++) {
        size_t n = (size_t)(i % 37) + 1;
        for (size_t k = 0; k < n; k++)
            assert_int_equal((unsigned char)ptrs[i][k], i & 0xff);
    }
    char *big = rmq_arena_alloc(&a, 100000);
    memset(big, 0x5a, 100000);
    char *small = rmq_arena_alloc(&a, 8);
    memset(small, 1, 8);
    assert_int_equal((unsigned char)big[99999], 0x5a);
    int *z = rmq_arena_calloc(&a, 100, sizeof(int));
    for (int i = 0; i < 100; i++)
        assert_int_equal(z[i], 0);
    char *s = rmq_arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    assert_true(a.total > 100000);
    rmq_arena_reset(&a);
    assert_int_equal(a.total, 0);
    assert_non_null(a.head);
    assert_non_null(rmq_arena_alloc(&a, 64));
    rmq_arena_release(&a);
    assert_null(a.head);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alloc_alignment_and_contents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
