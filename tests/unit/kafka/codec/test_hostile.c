/*
 * Hostile input for the generated Kafka decoders: huge counts, negative and overflowing
 * lengths, broken tagged fields, truncation at every byte of whole frames, random bytes and
 * random mutations of valid messages. Decoders must return RMQ_ETRUNC / RMQ_ECORRUPT, never
 * crash, never read outside the input (inputs are exact-size heap copies under ASan) and never
 * allocate much more than the input size.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "kafka/gen/api.h"
#include "kreflect.h"

/* Decodes msg version v of d from an exact-size heap copy of p[0..n). */
static int decode(const rmq_kmsg_desc_t *d, int16_t v, const void *p, size_t n, rmq_arena_t *arena,
                  size_t *arena_used)
{
    uint8_t *copy = malloc(n ? n : 1);
    void *out = malloc(d->root->size);
    rmq_kw_reader_t r;
    assert_non_null(copy);
    assert_non_null(out);
    if (n)
        memcpy(copy, p, n);
    size_t before = arena->total;
    rmq_kw_reader_init(&r, copy, n);
    int rc = d->decode(&r, v, arena, out);
    if (arena_used)
        *arena_used = arena->total - before;
    if (rc != 0) {
        assert_int_equal(rc, r.err);
        assert_true(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT);
    }
    free(out);
    free(copy);
    return rc;
}

/* A 2^31-1 count in a tiny input fails before allocating anything. */
static void test_huge_array_counts(void **state)
{
    rmq_arena_t arena;
    size_t used;
    (void)state;
    rmq_arena_init(&arena, 0);
    /* MetadataRequest v1: topics = 0x7fffffff, then 6 bytes. */
    static const uint8_t m1[] = {0x7f, 0xff, 0xff, 0xff, 0x00, 0x01, 'a', 0x00, 0x01, 'b'};
    assert_int_equal(decode(&rmq_MetadataRequest_desc, 1, m1, sizeof(m1), &arena, &used),
                     RMQ_ETRUNC);
    assert_int_equal(used, 0);
    /* MetadataRequest v9 (compact): uvarint 0x80000000 = count 2^31-1. */
    static const uint8_t m9[] = {0x80, 0x80, 0x80, 0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(decode(&rmq_MetadataRequest_desc, 9, m9, sizeof(m9), &arena, &used),
                     RMQ_ETRUNC);
    assert_int_equal(used, 0);
    /* ProduceRequest v3: one topic, but a huge partition count inside it. */
    static const uint8_t p3[] = {0xff, 0xff, 0x00, 0x01, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00,
                                 0x00, 0x01, 0x00, 0x01, 't',  0x10, 0x00, 0x00, 0x00};
    assert_int_equal(decode(&rmq_ProduceRequest_desc, 3, p3, sizeof(p3), &arena, &used),
                     RMQ_ETRUNC);
    assert_true(used < 1024);
    /* FetchRequest v4: a topic count that fits the byte budget of 1-byte items but not of
     * real topics (each at least 2 + 4 bytes). */
    uint8_t f4[4 + 4 + 4 + 4 + 1 + 4 + 60];
    memset(f4, 0, sizeof(f4));
    f4[20] = 0x3c; /* topic count (bytes 17-20): 60 topics in 60 bytes */
    assert_int_equal(decode(&rmq_FetchRequest_desc, 4, f4, sizeof(f4), &arena, &used), RMQ_ETRUNC);
    assert_int_equal(used, 0);
    /* Every request and response, every version: a leading 0x7fffffff / 0xff.. count-like
     * prefix in a short input never makes the decoder allocate more than a few KiB. */
    static const uint8_t junk[][12] = {
        {0x7f, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff, 0x7f, 0xff, 0xff, 0xff},
        {0xff, 0xff, 0xff, 0xff, 0x0f, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00},
        {0x00, 0x00, 0x7f, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00},
        {0x80, 0x80, 0x80, 0x80, 0x08, 0x80, 0x80, 0x80, 0x80, 0x08, 0x01, 0x01}};
    for (size_t i = 0; i < rmq_kafka_message_count; i++) {
        const rmq_kmsg_desc_t *d = rmq_kafka_messages[i];
        for (int16_t v = d->min_version; v <= d->max_version; v++)
            for (size_t j = 0; j < RMQ_ARRAY_SIZE(junk); j++) {
                decode(d, v, junk[j], sizeof(junk[j]), &arena, &used);
                assert_true(used < 4096);
            }
    }
    rmq_arena_release(&arena);
}

/* Negative lengths other than -1, nulls in non-nullable places, overflowing compact lengths. */
static void test_bad_lengths(void **state)
{
    rmq_arena_t arena;
    (void)state;
    rmq_arena_init(&arena, 0);
    const rmq_kmsg_desc_t *produce = &rmq_ProduceRequest_desc;
    /* v3: txn id length -2. */
    static const uint8_t a[] = {0xff, 0xfe, 0x00, 0x01, 0x00, 0x00,
                                0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 3, a, sizeof(a), &arena, NULL), RMQ_ECORRUPT);
    /* v3: topic name length -1 (topic names are not nullable). */
    static const uint8_t b[] = {0xff, 0xff, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
                                0x00, 0x00, 0x01, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 3, b, sizeof(b), &arena, NULL), RMQ_ECORRUPT);
    /* v3: records length -7. */
    static const uint8_t c[] = {0xff, 0xff, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                0x01, 0x00, 0x01, 't',  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
                                0x00, 0xff, 0xff, 0xff, 0xf9, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 3, c, sizeof(c), &arena, NULL), RMQ_ECORRUPT);
    /* The same with records length -1 is a valid null. */
    uint8_t c_ok[sizeof(c)];
    memcpy(c_ok, c, sizeof(c));
    c_ok[26] = 0xff;
    assert_int_equal(decode(produce, 3, c_ok, 27, &arena, NULL), 0);
    /* v3: partition count -2. */
    static const uint8_t d[] = {0xff, 0xff, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                0x00, 0x01, 0x00, 0x01, 't',  0xff, 0xff, 0xff, 0xfe};
    assert_int_equal(decode(produce, 3, d, sizeof(d), &arena, NULL), RMQ_ECORRUPT);
    /* v9 (compact): topic name length uvarint overflowing 32 bits. */
    static const uint8_t e[] = {0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x02,
                                0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x00, 0x00};
    assert_int_equal(decode(produce, 9, e, sizeof(e), &arena, NULL), RMQ_ECORRUPT);
    /* v9: topic name compact length 2^32-2 (far past the end). */
    static const uint8_t f[] = {0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff,
                                0xff, 0xff, 0xff, 0x0f, 'a',  0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 9, f, sizeof(f), &arena, NULL), RMQ_ECORRUPT);
    /* v9: records compact length 2^31 (uvarint 2^31 + 1). */
    static const uint8_t g[] = {0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x02,
                                0x02, 't',  0x02, 0x00, 0x00, 0x00, 0x00, 0x81,
                                0x80, 0x80, 0x80, 0x08, 0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 9, g, sizeof(g), &arena, NULL), RMQ_ECORRUPT);
    /* v9: topic array compact null (0) where not nullable. */
    static const uint8_t h[] = {0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(decode(produce, 9, h, sizeof(h), &arena, NULL), RMQ_ECORRUPT);
    rmq_arena_release(&arena);
}

/* Broken tagged-field sections in a message. */
static void test_bad_tagged_fields(void **state)
{
    rmq_arena_t arena;
    (void)state;
    rmq_arena_init(&arena, 0);
    const rmq_kmsg_desc_t *req = &rmq_ApiVersionsRequest_desc;
    /* v3 body: name "", version "", then the tagged section. */
#define AV(...)                                                                                    \
    {                                                                                              \
        0x01, 0x01, __VA_ARGS__                                                                    \
    }
    static const uint8_t ok[] = AV(0x01, 0x07, 0x02, 0xaa, 0xbb);
    assert_int_equal(decode(req, 3, ok, sizeof(ok), &arena, NULL), 0);
    static const uint8_t past_end[] = AV(0x01, 0x07, 0x05, 0xaa, 0xbb);
    assert_int_equal(decode(req, 3, past_end, sizeof(past_end), &arena, NULL), RMQ_ETRUNC);
    static const uint8_t many[] = AV(0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x00);
    assert_int_equal(decode(req, 3, many, sizeof(many), &arena, NULL), RMQ_ETRUNC);
    static const uint8_t missing[] = AV(0x02, 0x07, 0x00);
    assert_int_equal(decode(req, 3, missing, sizeof(missing), &arena, NULL), RMQ_ETRUNC);
    static const uint8_t bad_tag[] = AV(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00);
    assert_int_equal(decode(req, 3, bad_tag, sizeof(bad_tag), &arena, NULL), RMQ_ECORRUPT);
#undef AV
    /* FetchRequest v12: ClusterId (tag 0) whose value is shorter than its size: corrupt. */
    static const uint8_t fr[] = {
        0xff, 0xff, 0xff, 0xff, 0,    0,    0,    0,    0,
        0,    0,    0,    0x7f, 0xff, 0xff, 0xff,             /* ids, waits */
        0x00, 0,    0,    0,    0,    0xff, 0xff, 0xff, 0xff, /* iso, sess */
        0x01, 0x01, 0x01,                                     /* arrays, rack */
        0x01, 0x00, 0x03, 0x02, 'c',  0x00, 0x00};            /* tags */
    const rmq_kmsg_desc_t *fetch = &rmq_FetchRequest_desc;
    assert_int_equal(decode(fetch, 12, fr, sizeof(fr) - 1, &arena, NULL), RMQ_ECORRUPT);
    /* With the size fixed to 2 the value fits exactly; the extra byte becomes trailing data. */
    uint8_t fr2[sizeof(fr)];
    memcpy(fr2, fr, sizeof(fr));
    fr2[30] = 0x02;
    assert_int_equal(decode(fetch, 12, fr2, sizeof(fr2) - 2, &arena, NULL), 0);
    /* A known tag whose value runs past its size: the value is cut at the size. */
    fr2[30] = 0x01;
    assert_int_equal(decode(fetch, 12, fr2, sizeof(fr2) - 2, &arena, NULL), RMQ_ETRUNC);
    rmq_arena_release(&arena);
}

/* Whole frames through rmq_kafka_request_read, cut at every byte. */
static void test_request_frames_truncated_everywhere(void **state)
{
    (void)state;
    for (size_t i = 0; i < rmq_kafka_api_count; i++) {
        const rmq_kafka_api_t *api = &rmq_kafka_api_versions[i];
        for (int16_t v = api->min_version; v <= api->max_version; v++) {
            rmq_arena_t arena;
            rmq_wbuf_t wb;
            rmq_RequestHeader_t hdr;
            rmq_err_t err;
            rmq_kafka_request_t req;
            rmq_arena_init(&arena, 0);
            rmq_wbuf_init(&wb, 256);
            void *body = rmq_arena_alloc(&arena, api->request->root->size);
            kr_fill(api->request, body, v, KR_FULL, (uint64_t)v + 7, &arena);
            rmq_RequestHeader_init(&hdr);
            hdr.request_api_key = api->api_key;
            hdr.request_api_version = v;
            hdr.correlation_id = 1234;
            hdr.client_id = RMQ_KW_STR_LIT("hostile");
            assert_int_equal(rmq_kafka_request_write(&wb, &hdr, body), 0);
            for (size_t k = 0; k <= wb.len; k++) {
                uint8_t *copy = malloc(k ? k : 1);
                memcpy(copy, wb.data, k);
                int rc = rmq_kafka_request_read(copy, k, &arena, &req, &err);
                if (k == wb.len) {
                    assert_int_equal(rc, 0);
                    assert_int_equal(req.header.correlation_id, 1234);
                } else {
                    assert_true(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT);
                    assert_int_equal(err.code, rc);
                    assert_null(req.body);
                }
                free(copy);
            }
            rmq_wbuf_release(&wb);
            rmq_arena_release(&arena);
        }
    }
}

/* Unknown API keys and versions: RMQ_EUNSUPPORTED with the header available for an answer. */
static void test_unsupported_requests(void **state)
{
    rmq_arena_t arena;
    rmq_kafka_request_t req;
    rmq_err_t err;
    (void)state;
    rmq_arena_init(&arena, 0);
    /* ApiVersions v9 from a future client: header v2 still decodes. */
    static const uint8_t av9[] = {0x00, 0x12, 0x00, 0x09, 0x00, 0x00, 0x01, 0x00,
                                  0x00, 0x02, 'k',  'c',  0x00, 0x42, 0x42, 0x42};
    assert_int_equal(rmq_kafka_request_read(av9, sizeof(av9), &arena, &req, &err),
                     RMQ_EUNSUPPORTED);
    assert_int_equal(req.api_key, 18);
    assert_int_equal(req.api_version, 9);
    assert_int_equal(req.header_version, 2);
    assert_int_equal(req.header.correlation_id, 256);
    assert_int_equal(req.header.client_id.len, 2);
    assert_null(req.body);
    assert_non_null(strstr(err.msg, "ApiVersionsRequest version 9"));
    /* Unknown API key 1000: the v0 header part is still read. */
    static const uint8_t unk[] = {0x03, 0xe8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00};
    assert_int_equal(rmq_kafka_request_read(unk, sizeof(unk), &arena, &req, &err),
                     RMQ_EUNSUPPORTED);
    assert_int_equal(req.header.correlation_id, 5);
    /* Negative version. */
    static const uint8_t neg[] = {0x00, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x05};
    assert_int_equal(rmq_kafka_request_read(neg, sizeof(neg), &arena, &req, &err),
                     RMQ_EUNSUPPORTED);
    /* Too short for a key and version. */
    assert_int_equal(rmq_kafka_request_read(neg, 3, &arena, &req, &err), RMQ_ETRUNC);
    assert_int_equal(rmq_kafka_request_read(NULL, 0, &arena, &req, &err), RMQ_ETRUNC);
    /* Dispatch with an unknown key. */
    rmq_kw_reader_t r;
    void *out = (void *)&r;
    rmq_kw_reader_init(&r, neg, sizeof(neg));
    assert_int_equal(rmq_kafka_request_decode(&r, 1000, 0, &arena, &out), RMQ_EUNSUPPORTED);
    assert_null(out);
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 8);
    assert_int_equal(rmq_kafka_response_encode(&wb, 1000, 0, NULL), RMQ_EUNSUPPORTED);
    assert_int_equal(rmq_kafka_response_write(&wb, 3, 99, 1, NULL), RMQ_EUNSUPPORTED);
    assert_int_equal(wb.len, 0);
    rmq_wbuf_release(&wb);
    rmq_arena_release(&arena);
}

/* The encoder refuses values the wire cannot carry. */
static void test_encoder_refuses(void **state)
{
    rmq_wbuf_t wb;
    rmq_ProduceRequest_t m;
    rmq_ProduceRequest_TopicProduceData_t t;
    (void)state;
    rmq_wbuf_init(&wb, 64);
    rmq_ProduceRequest_init(&m);
    m.topic_data_count = 2; /* no items */
    assert_int_equal(rmq_ProduceRequest_encode(&wb, 3, &m), RMQ_EINVAL);
    rmq_ProduceRequest_TopicProduceData_init(&t);
    t.name.ptr = "x";
    t.name.len = 40000;
    m.topic_data = &t;
    m.topic_data_count = 1;
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_ProduceRequest_encode(&wb, 9, &m), RMQ_ERANGE);
    /* Null where the version does not allow it is written as empty (documented leniency). */
    t.name = RMQ_KW_STR_NULL;
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_ProduceRequest_encode(&wb, 3, &m), 0);
    static const uint8_t expect[] = {0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                     0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    assert_int_equal(wb.len, sizeof(expect));
    assert_memory_equal(wb.data, expect, sizeof(expect));
    rmq_wbuf_release(&wb);
}

static uint64_t g_rng = 0x1234567887654321ull;
static uint64_t rnd(void)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return g_rng;
}

/*
 * Random bytes and random mutations of valid encodings for every message and version. When a
 * mutated input decodes, its re-encoding must decode too, to an equal struct.
 */
static void test_random_and_mutated_inputs(void **state)
{
    size_t decoded = 0, rejected = 0;
    (void)state;
    for (size_t i = 0; i < rmq_kafka_message_count; i++) {
        const rmq_kmsg_desc_t *d = rmq_kafka_messages[i];
        for (int16_t v = d->min_version; v <= d->max_version; v++) {
            rmq_arena_t arena;
            rmq_wbuf_t wb;
            rmq_arena_init(&arena, 0);
            rmq_wbuf_init(&wb, 256);
            void *msg = rmq_arena_alloc(&arena, d->root->size);
            kr_fill(d, msg, v, KR_RANDOM, rnd(), &arena);
            assert_int_equal(d->encode(&wb, v, msg), 0);
            for (int round = 0; round < 40; round++) {
                size_t n = wb.len;
                uint8_t *buf = malloc(n + 64);
                if (round < 8) {
                    n = rnd() % 48;
                    for (size_t k = 0; k < n; k++)
                        buf[k] = (uint8_t)rnd();
                } else {
                    memcpy(buf, wb.data, n);
                    int flips = 1 + (int)(rnd() % 3);
                    for (int f = 0; f < flips && n > 0; f++) {
                        size_t at = rnd() % n;
                        uint64_t how = rnd() % 4;
                        buf[at] = how == 0   ? (uint8_t)rnd()
                                  : how == 1 ? 0xff
                                  : how == 2 ? 0x00
                                             : (uint8_t)(buf[at] ^ (1u << (rnd() % 8)));
                    }
                }
                uint8_t *exact = malloc(n ? n : 1);
                memcpy(exact, buf, n);
                free(buf);
                void *out = rmq_arena_alloc(&arena, d->root->size);
                rmq_kw_reader_t r;
                rmq_kw_reader_init(&r, exact, n);
                int rc = d->decode(&r, v, &arena, out);
                if (rc == 0) {
                    rmq_wbuf_t wb2;
                    char where[256];
                    rmq_wbuf_init(&wb2, 64);
                    assert_int_equal(d->encode(&wb2, v, out), 0);
                    void *again = rmq_arena_alloc(&arena, d->root->size);
                    rmq_kw_reader_init(&r, wb2.data, wb2.len);
                    assert_int_equal(d->decode(&r, v, &arena, again), 0);
                    assert_int_equal(rmq_kw_remaining(&r), 0);
                    if (!kr_equal(d->root, out, again, where, sizeof(where))) {
                        print_error("%s v%d: re-decoded differs at %s\n", d->name, v, where);
                        fail();
                    }
                    rmq_wbuf_release(&wb2);
                    decoded++;
                } else {
                    assert_true(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT);
                    rejected++;
                }
                free(exact);
            }
            rmq_wbuf_release(&wb);
            rmq_arena_release(&arena);
        }
    }
    print_message("# mutated inputs: %zu decoded, %zu rejected\n", decoded, rejected);
    assert_true(decoded > 0 && rejected > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_huge_array_counts),
        cmocka_unit_test(test_bad_lengths),
        cmocka_unit_test(test_bad_tagged_fields),
        cmocka_unit_test(test_request_frames_truncated_everywhere),
        cmocka_unit_test(test_unsupported_requests),
        cmocka_unit_test(test_encoder_refuses),
        cmocka_unit_test(test_random_and_mutated_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
