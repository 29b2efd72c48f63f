/*
 * Round trip of every version of every generated Kafka message (src/kafka/gen/).
 *
 * For each message, version and seed: fill the message with kr_fill (values for the fields of
 * that version, defaults elsewhere), encode with the generated encoder, compare the bytes with
 * the independent reference encoder (kreflect.c), decode them from an exact-size heap copy,
 * compare the decoded struct with the original field by field, and re-encode: the bytes must be
 * identical. Then every proper prefix of the encoding must fail to decode.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "kafka/gen/api.h"
#include "kreflect.h"

#define SEEDS_RANDOM 6

static int16_t g_version;
static const rmq_kmsg_desc_t *g_desc;
static kr_mode_t g_mode;
static uint64_t g_seed;

static void fail_here(const char *what, const char *detail)
{
    print_error("%s v%d mode %d seed %llu: %s %s\n", g_desc->name, g_version, (int)g_mode,
                (unsigned long long)g_seed, what, detail ? detail : "");
    fail();
}

/*
 * Decodes buf[0..len) from an exact-size heap copy (ASan catches any overread). The copy is
 * returned in *keep (views in out point into it); the caller frees it.
 */
static int decode_copy(const rmq_kmsg_desc_t *d, const uint8_t *buf, size_t len, int16_t v,
                       rmq_arena_t *arena, void *out, size_t *left, uint8_t **keep)
{
    uint8_t *copy = malloc(len ? len : 1);
    rmq_kw_reader_t r;
    assert_non_null(copy);
    if (len)
        memcpy(copy, buf, len);
    rmq_kw_reader_init(&r, copy, len);
    memset(out, 0xa5, d->root->size); /* the decoder must set every field */
    int rc = d->decode(&r, v, arena, out);
    if (left)
        *left = rmq_kw_remaining(&r);
    if (rc != 0) {
        assert_true(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT);
        assert_int_equal(rc, r.err);
        assert_true(r.what[0] != 0);
    }
    *keep = copy;
    return rc;
}

static void hexdiff(const uint8_t *a, size_t na, const uint8_t *b, size_t nb, char *out,
                    size_t outsz)
{
    size_t i = 0;
    while (i < na && i < nb && a[i] == b[i])
        i++;
    snprintf(out, outsz, "lengths %zu/%zu, first difference at byte %zu (%02x vs %02x)", na, nb, i,
             i < na ? a[i] : 0, i < nb ? b[i] : 0);
}

static void one_case(const rmq_kmsg_desc_t *d, int16_t v, kr_mode_t mode, uint64_t seed,
                     bool truncations)
{
    rmq_arena_t arena;
    rmq_wbuf_t wb, ref, wb2;
    char where[512];
    size_t left = 0;

    g_desc = d;
    g_version = v;
    g_mode = mode;
    g_seed = seed;
    rmq_arena_init(&arena, 0);
    rmq_wbuf_init(&wb, 256);
    rmq_wbuf_init(&ref, 256);
    rmq_wbuf_init(&wb2, 256);

    void *orig = rmq_arena_alloc(&arena, d->root->size);
    void *dec = rmq_arena_alloc(&arena, d->root->size);
    kr_fill(d, orig, v, mode, seed, &arena);

    if (d->encode(&wb, v, orig) != 0)
        fail_here("generated encoder failed", NULL);
    kr_encode(d, &ref, v, orig);
    if (wb.len != ref.len || memcmp(wb.data, ref.data, wb.len) != 0) {
        hexdiff(wb.data, wb.len, ref.data, ref.len, where, sizeof(where));
        fail_here("generated and reference encodings differ:", where);
    }
    uint8_t *keep = NULL;
    int rc = decode_copy(d, wb.data, wb.len, v, &arena, dec, &left, &keep);
    if (rc != 0)
        fail_here("decode failed", rmq_strerror(rc));
    if (left != 0)
        fail_here("decode left bytes unread", NULL);
    if (!kr_equal(d->root, orig, dec, where, sizeof(where)))
        fail_here("decoded struct differs at", where);
    if (d->encode(&wb2, v, dec) != 0)
        fail_here("re-encode failed", NULL);
    if (wb2.len != wb.len || memcmp(wb2.data, wb.data, wb.len) != 0) {
        hexdiff(wb.data, wb.len, wb2.data, wb2.len, where, sizeof(where));
        fail_here("re-encoded bytes differ:", where);
    }
    if (truncations) {
        for (size_t k = 0; k < wb.len; k++) {
            rmq_arena_t a2;
            rmq_arena_init(&a2, 0);
            void *tmp = rmq_arena_alloc(&a2, d->root->size);
            uint8_t *keep2 = NULL;
            rc = decode_copy(d, wb.data, k, v, &a2, tmp, NULL, &keep2);
            free(keep2);
            rmq_arena_release(&a2);
            if (rc == 0) {
                snprintf(where, sizeof(where), "%zu of %zu bytes", k, wb.len);
                fail_here("truncated input decoded without error:", where);
            }
        }
    }
    free(keep);
    rmq_wbuf_release(&wb);
    rmq_wbuf_release(&ref);
    rmq_wbuf_release(&wb2);
    rmq_arena_release(&arena);
}

/* Every message, every version, several fillings; truncations on the full filling. */
static void test_all_messages_all_versions(void **state)
{
    size_t cases = 0;
    (void)state;
    assert_int_equal(rmq_kafka_message_count, 2 + 2 * rmq_kafka_api_count);
    for (size_t i = 0; i < rmq_kafka_message_count; i++) {
        const rmq_kmsg_desc_t *d = rmq_kafka_messages[i];
        for (int16_t v = d->min_version; v <= d->max_version; v++) {
            one_case(d, v, KR_EMPTY, 1, true);
            one_case(d, v, KR_FULL, 2, true);
            for (uint64_t s = 0; s < SEEDS_RANDOM; s++)
                one_case(d, v, KR_RANDOM, 100 + s, s == 0);
            cases += 2 + SEEDS_RANDOM;
        }
    }
    print_message("# %zu round-trip cases over %zu messages\n", cases, rmq_kafka_message_count);
    assert_true(cases > 1000);
}

/* The generated init functions set the same defaults as the descriptors say. */
static void test_init_matches_descriptor_defaults(void **state)
{
    char where[512];
    (void)state;
    for (size_t i = 0; i < rmq_kafka_message_count; i++) {
        const rmq_kmsg_desc_t *d = rmq_kafka_messages[i];
        void *a = calloc(1, d->root->size);
        void *b = calloc(1, d->root->size);
        memset(a, 0x5a, d->root->size);
        d->init(a);
        kr_defaults(d->root, b);
        if (!kr_equal(d->root, a, b, where, sizeof(where))) {
            print_error("%s: init differs from descriptor at %s\n", d->name, where);
            fail();
        }
        free(a);
        free(b);
    }
}

/* A version absent from the schema is refused by decoder and encoder alike. */
static void test_unsupported_versions(void **state)
{
    (void)state;
    for (size_t i = 0; i < rmq_kafka_message_count; i++) {
        const rmq_kmsg_desc_t *d = rmq_kafka_messages[i];
        void *m = calloc(1, d->root->size);
        rmq_arena_t arena;
        rmq_wbuf_t wb;
        rmq_kw_reader_t r;
        static const uint8_t zeros[64];

        rmq_arena_init(&arena, 0);
        rmq_wbuf_init(&wb, 16);
        d->init(m);
        int16_t bad[] = {(int16_t)(d->min_version - 1), (int16_t)(d->max_version + 1)};
        for (size_t k = 0; k < 2; k++) {
            rmq_kw_reader_init(&r, zeros, sizeof(zeros));
            assert_int_equal(d->decode(&r, bad[k], &arena, m), RMQ_EUNSUPPORTED);
            assert_int_equal(d->encode(&wb, bad[k], m), RMQ_EUNSUPPORTED);
            assert_int_equal(wb.len, 0);
        }
        rmq_wbuf_release(&wb);
        rmq_arena_release(&arena);
        free(m);
    }
}

/* The API table and the header-version rules. */
static void test_api_table(void **state)
{
    (void)state;
    assert_int_equal(rmq_kafka_api_count, 33);
    for (size_t i = 0; i < rmq_kafka_api_count; i++) {
        const rmq_kafka_api_t *api = &rmq_kafka_api_versions[i];
        if (i > 0)
            assert_true(api->api_key > rmq_kafka_api_versions[i - 1].api_key);
        assert_ptr_equal(rmq_kafka_api_get(api->api_key), api);
        assert_int_equal(api->request->api_key, api->api_key);
        assert_int_equal(api->response->api_key, api->api_key);
        assert_true(api->request->request);
        assert_false(api->response->request);
        assert_int_equal(api->request->min_version, api->min_version);
        assert_int_equal(api->request->max_version, api->max_version);
        for (int16_t v = api->min_version; v <= api->max_version; v++) {
            bool flex = api->first_flexible >= 0 && v >= api->first_flexible;
            assert_true(rmq_kafka_api_supported(api->api_key, v));
            assert_int_equal(rmq_kafka_request_header_version(api->api_key, v), flex ? 2 : 1);
            assert_int_equal(rmq_kafka_response_header_version(api->api_key, v),
                             api->api_key == RMQ_KAFKA_API_API_VERSIONS ? 0 : (flex ? 1 : 0));
        }
        assert_false(rmq_kafka_api_supported(api->api_key, (int16_t)(api->max_version + 1)));
        assert_false(rmq_kafka_api_supported(api->api_key, -1));
    }
    assert_null(rmq_kafka_api_get(4));
    assert_null(rmq_kafka_api_get(-1));
    assert_int_equal(rmq_kafka_request_header_version(4, 0), -1);
    /* Spot checks against the schemas. */
    const rmq_kafka_api_t *p = rmq_kafka_api_get(RMQ_KAFKA_API_PRODUCE);
    assert_string_equal(p->name, "Produce");
    assert_int_equal(p->max_version, 11);
    assert_int_equal(p->first_flexible, 9);
    assert_int_equal(rmq_kafka_api_get(RMQ_KAFKA_API_SASL_HANDSHAKE)->first_flexible, -1);
    assert_int_equal(rmq_kafka_api_get(RMQ_KAFKA_API_DESCRIBE_CLUSTER)->api_key, 60);
    assert_int_equal(rmq_kafka_api_get(RMQ_KAFKA_API_FETCH)->max_version, 17);
    /* A too-new ApiVersions still gets a header version (flexible ranges are open-ended). */
    assert_int_equal(rmq_kafka_request_header_version(RMQ_KAFKA_API_API_VERSIONS, 100), 2);
    assert_int_equal(rmq_kafka_response_header_version(RMQ_KAFKA_API_API_VERSIONS, 100), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_api_table),
        cmocka_unit_test(test_init_matches_descriptor_defaults),
        cmocka_unit_test(test_unsupported_versions),
        cmocka_unit_test(test_all_messages_all_versions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
