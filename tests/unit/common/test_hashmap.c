/* Unit tests for src/common/hashmap.c, checked against a brute-force model. */
#include <setjmp.h>
#include <cmocka.h>

#include "common/hashmap.h"

static void test_basic(void **state)
{
    rmq_map_t *map = rmq_map_new(0);
    int a = 1, b = 2;
    char longkey[100];
    (void)state;

    assert_null(rmq_map_get(map, "x", 1));
    assert_null(rmq_map_put(map, "x", 1, &a));
    assert_ptr_equal(rmq_map_get(map, "x", 1), &a);
    assert_ptr_equal(rmq_map_put(map, "x", 1, &b), &a);
    assert_ptr_equal(rmq_map_get(map, "x", 1), &b);
    assert_int_equal(rmq_map_count(map), 1);
    /* Same bytes, different length: different keys. */
    assert_null(rmq_map_get(map, "x\0", 2));
    memset(longkey, 'k', sizeof(longkey));
    rmq_map_put(map, longkey, sizeof(longkey), &a);
    assert_ptr_equal(rmq_map_get(map, longkey, sizeof(longkey)), &a);
    assert_ptr_equal(rmq_map_del(map, longkey, sizeof(longkey)), &a);
    assert_null(rmq_map_get(map, longkey, sizeof(longkey)));
    assert_ptr_equal(rmq_map_del(map, "x", 1), &b);
    assert_null(rmq_map_del(map, "x", 1));
    assert_int_equal(rmq_map_count(map), 0);
    rmq_map_free(map);
}

/* Random puts/deletes over a small key space against an array model: exercises probe runs,
 * wrap-around and backward-shift deletion. */
static void test_against_model(void **state)
{
    enum { KEYS = 3000, OPS = 200000 };
    static void *model[KEYS];
    rmq_map_t *map = rmq_map_new(4);
    uint64_t rng = 88172645463325252ull;
    size_t live = 0;
    (void)state;

    memset(model, 0, sizeof(model));
    for (int op = 0; op < OPS; op++) {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        uint64_t key = rng % KEYS;
        void *val = (void *)(uintptr_t)(op + 1);
        if ((rng >> 20) % 3) {
            void *prev = rmq_map_put_u64(map, key, val);
            assert_ptr_equal(prev, model[key]);
            if (!model[key])
                live++;
            model[key] = val;
        } else {
            void *prev = rmq_map_del_u64(map, key);
            assert_ptr_equal(prev, model[key]);
            if (model[key])
                live--;
            model[key] = NULL;
        }
        if (op % 10000 == 0) {
            for (uint64_t k = 0; k < KEYS; k++)
                assert_ptr_equal(rmq_map_get_u64(map, k), model[k]);
        }
    }
    assert_int_equal(rmq_map_count(map), live);
    size_t it = 0, seen = 0, klen;
    const void *k;
    void *v;
    while (rmq_map_next(map, &it, &k, &klen, &v)) {
        uint64_t key;
        assert_int_equal(klen, 8);
        memcpy(&key, k, 8);
        assert_ptr_equal(model[key], v);
        seen++;
    }
    assert_int_equal(seen, live);
    rmq_map_free(map);
}

static void test_hash_seeded(void **state)
{
    (void)state;
    assert_true(rmq_hash_bytes("abc", 3, 1) != rmq_hash_bytes("abc", 3, 2));
    assert_true(rmq_hash_bytes("abc", 3, 1) == rmq_hash_bytes("abc", 3, 1));
    assert_true(rmq_hash_bytes("abc", 3, 1) != rmq_hash_bytes("abd", 3, 1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic),
        cmocka_unit_test(test_against_model),
        cmocka_unit_test(test_hash_seeded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
