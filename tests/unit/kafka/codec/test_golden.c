/*
 * Golden tests: request and response frames written byte by byte from the Kafka protocol guide
 * (kafka-docs/protocol.html) and the message schemas, decoded through the dispatch helpers,
 * checked field by field, and re-encoded to the same bytes.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "kafka/errors.h"
#include "kafka/gen/api.h"

static rmq_arena_t g_arena;

static int setup(void **state)
{
    (void)state;
    rmq_arena_init(&g_arena, 0);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rmq_arena_release(&g_arena);
    return 0;
}

static void assert_str(rmq_kw_str_t s, const char *expect)
{
    assert_non_null(s.ptr);
    assert_int_equal(s.len, (int32_t)strlen(expect));
    assert_memory_equal(s.ptr, expect, strlen(expect));
}

/* Decodes a request frame, then re-encodes header + body and expects the same bytes. */
static void *read_request(const uint8_t *frame, size_t len, int16_t key, int16_t ver,
                          rmq_kafka_request_t *req)
{
    rmq_err_t err;
    rmq_wbuf_t wb;
    rmq_err_clear(&err);
    int rc = rmq_kafka_request_read(frame, len, &g_arena, req, &err);
    if (rc != 0)
        print_error("request_read: %s\n", err.msg);
    assert_int_equal(rc, 0);
    assert_int_equal(req->api_key, key);
    assert_int_equal(req->api_version, ver);
    assert_int_equal(req->header.request_api_key, key);
    assert_int_equal(req->header.request_api_version, ver);
    assert_non_null(req->body);
    rmq_wbuf_init(&wb, 64);
    assert_int_equal(rmq_kafka_request_write(&wb, &req->header, req->body), 0);
    assert_int_equal(wb.len, len);
    assert_memory_equal(wb.data, frame, len);
    rmq_wbuf_release(&wb);
    return req->body;
}

/* Decodes a response frame, then re-encodes it and expects the same bytes. */
static void *read_response(const uint8_t *frame, size_t len, int16_t key, int16_t ver, int32_t corr)
{
    rmq_err_t err;
    rmq_ResponseHeader_t hdr;
    void *body = NULL;
    rmq_wbuf_t wb;
    rmq_err_clear(&err);
    int rc = rmq_kafka_response_read(frame, len, key, ver, &g_arena, &hdr, &body, &err);
    if (rc != 0)
        print_error("response_read: %s\n", err.msg);
    assert_int_equal(rc, 0);
    assert_int_equal(hdr.correlation_id, corr);
    rmq_wbuf_init(&wb, 64);
    assert_int_equal(rmq_kafka_response_write(&wb, key, ver, corr, body), 0);
    assert_int_equal(wb.len, len);
    assert_memory_equal(wb.data, frame, len);
    rmq_wbuf_release(&wb);
    return body;
}

/* Request header v0 / v1 / v2 of the same fields. */
static void test_request_header_versions(void **state)
{
    static const uint8_t v1[] = {0x00, 0x03, 0x00, 0x08, 0x00, 0x00, 0x00,
                                 0x2a, 0x00, 0x03, 'c',  'l',  'i'};
    static const uint8_t v2[] = {0x00, 0x03, 0x00, 0x08, 0x00, 0x00, 0x00,
                                 0x2a, 0x00, 0x03, 'c',  'l',  'i',  0x00};
    /* v2 with an unknown tagged field (tag 9, 2 bytes) and a null client id. */
    static const uint8_t v2t[] = {0x00, 0x03, 0x00, 0x08, 0x00, 0x00, 0x00, 0x2a,
                                  0xff, 0xff, 0x01, 0x09, 0x02, 0xde, 0xad, 0x77};
    rmq_RequestHeader_t h;
    rmq_kw_reader_t r;
    rmq_wbuf_t wb;
    (void)state;

    rmq_kw_reader_init(&r, v1, sizeof(v1));
    assert_int_equal(rmq_RequestHeader_decode(&r, 1, &g_arena, &h), 0);
    assert_int_equal(h.request_api_key, 3);
    assert_int_equal(h.request_api_version, 8);
    assert_int_equal(h.correlation_id, 42);
    assert_str(h.client_id, "cli");
    assert_int_equal(rmq_kw_remaining(&r), 0);

    /* The client id stays an int16-length string in v2 ("flexibleVersions": "none"). */
    rmq_kw_reader_init(&r, v2, sizeof(v2));
    assert_int_equal(rmq_RequestHeader_decode(&r, 2, &g_arena, &h), 0);
    assert_str(h.client_id, "cli");
    assert_int_equal(rmq_kw_remaining(&r), 0);
    rmq_wbuf_init(&wb, 16);
    assert_int_equal(rmq_RequestHeader_encode(&wb, 1, &h), 0);
    assert_int_equal(wb.len, sizeof(v1));
    assert_memory_equal(wb.data, v1, sizeof(v1));
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_RequestHeader_encode(&wb, 2, &h), 0);
    assert_int_equal(wb.len, sizeof(v2));
    assert_memory_equal(wb.data, v2, sizeof(v2));
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_RequestHeader_encode(&wb, 0, &h), 0);
    assert_int_equal(wb.len, 8); /* v0: no client id */
    assert_memory_equal(wb.data, v1, 8);
    rmq_wbuf_release(&wb);

    rmq_kw_reader_init(&r, v2t, sizeof(v2t));
    assert_int_equal(rmq_RequestHeader_decode(&r, 2, &g_arena, &h), 0);
    assert_null(h.client_id.ptr);
    assert_int_equal(rmq_kw_remaining(&r), 1); /* the body's first byte */
    assert_int_equal(rmq_kw_read_int8(&r), 0x77);

    /* Which header version each API version uses. */
    assert_int_equal(rmq_kafka_request_header_version(RMQ_KAFKA_API_METADATA, 8), 1);
    assert_int_equal(rmq_kafka_request_header_version(RMQ_KAFKA_API_METADATA, 9), 2);
    assert_int_equal(rmq_kafka_response_header_version(RMQ_KAFKA_API_METADATA, 8), 0);
    assert_int_equal(rmq_kafka_response_header_version(RMQ_KAFKA_API_METADATA, 9), 1);
}

/* ApiVersionsRequest v3: header v2, then the client software name and version (compact). */
static void test_api_versions_request_v3(void **state)
{
    static const uint8_t frame[] = {
        0x00, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x07,                 /* key 18, v3, corr 7 */
        0x00, 0x07, 'r',  'd',  'k',  'a',  'f',  'k',  'a', 0x00,      /* client id, no tags */
        0x0b, 'l',  'i',  'b',  'r',  'd',  'k',  'a',  'f', 'k',  'a', /* "librdkafka" */
        0x06, '2',  '.',  '0',  '.',  '2',                              /* "2.0.2" */
        0x00};                                                          /* no tagged fields */
    rmq_kafka_request_t req;
    (void)state;
    rmq_ApiVersionsRequest_t *m = read_request(frame, sizeof(frame), 18, 3, &req);
    assert_int_equal(req.header_version, 2);
    assert_int_equal(req.header.correlation_id, 7);
    assert_str(req.header.client_id, "rdkafka");
    assert_str(m->client_software_name, "librdkafka");
    assert_str(m->client_software_version, "2.0.2");

    /* The same body with an unknown tagged field: accepted, ignored, dropped on re-encode. */
    static const uint8_t tagged[] = {0x0b, 'l', 'i', 'b', 'r', 'd', 'k',  'a',  'f',  'k',  'a',
                                     0x06, '2', '.', '0', '.', '2', 0x01, 0x05, 0x02, 0xab, 0xcd};
    rmq_ApiVersionsRequest_t m2;
    rmq_kw_reader_t r;
    rmq_wbuf_t wb;
    rmq_kw_reader_init(&r, tagged, sizeof(tagged));
    assert_int_equal(rmq_ApiVersionsRequest_decode(&r, 3, &g_arena, &m2), 0);
    assert_int_equal(rmq_kw_remaining(&r), 0);
    assert_str(m2.client_software_name, "librdkafka");
    rmq_wbuf_init(&wb, 32);
    assert_int_equal(rmq_ApiVersionsRequest_encode(&wb, 3, &m2), 0);
    assert_int_equal(wb.len, sizeof(tagged) - 4);
    assert_memory_equal(wb.data, frame + 18, wb.len);
    /* v0-v2 bodies are empty. */
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_ApiVersionsRequest_encode(&wb, 2, &m2), 0);
    assert_int_equal(wb.len, 0);
    rmq_wbuf_release(&wb);
}

/* ApiVersionsResponse v0 carrying UNSUPPORTED_VERSION (the answer to a too-new request). */
static void test_api_versions_response_v0_unsupported(void **state)
{
    static const uint8_t frame[] = {0x00, 0x00, 0x00, 0x05, /* header v0: corr 5 */
                                    0x00, 0x23,             /* error 35 UNSUPPORTED_VERSION */
                                    0x00, 0x00, 0x00, 0x01,
                                    0x00, 0x12, 0x00, 0x00, /* 1 key: 18, min 0 */
                                    0x00, 0x04};            /* max 4 */
    rmq_ApiVersionsResponse_t resp;
    rmq_ApiVersionsResponse_ApiVersion_t key = {.api_key = 18, .min_version = 0, .max_version = 4};
    rmq_wbuf_t wb;
    (void)state;
    rmq_ApiVersionsResponse_init(&resp);
    resp.error_code = RMQ_KERR_UNSUPPORTED_VERSION;
    resp.api_keys = &key;
    resp.api_keys_count = 1;
    resp.throttle_time_ms = 100; /* not in v0: ignored */
    rmq_wbuf_init(&wb, 32);
    assert_int_equal(rmq_kafka_response_write(&wb, 18, 0, 5, &resp), 0);
    assert_int_equal(wb.len, sizeof(frame));
    assert_memory_equal(wb.data, frame, sizeof(frame));
    rmq_wbuf_release(&wb);
    rmq_ApiVersionsResponse_t *m = read_response(frame, sizeof(frame), 18, 0, 5);
    assert_int_equal(m->error_code, 35);
    assert_int_equal(m->api_keys_count, 1);
    assert_int_equal(m->api_keys[0].max_version, 4);
    assert_int_equal(m->throttle_time_ms, 0);
}

/* MetadataRequest v1: two topics, then null topics (= all topics, allowed from v1). */
static void test_metadata_request_v1(void **state)
{
    static const uint8_t frame[] = {0x00, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x03,
                                    'c',  'l',  'i',  0x00, 0x00, 0x00, 0x02, 0x00, 0x03, 'f',
                                    'o',  'o',  0x00, 0x04, 'b',  'a',  'r',  's'};
    static const uint8_t all[] = {0x00, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x2b, 0x00,
                                  0x03, 'c',  'l',  'i',  0xff, 0xff, 0xff, 0xff};
    rmq_kafka_request_t req;
    (void)state;
    rmq_MetadataRequest_t *m = read_request(frame, sizeof(frame), 3, 1, &req);
    assert_int_equal(req.header_version, 1);
    assert_int_equal(m->topics_count, 2);
    assert_str(m->topics[0].name, "foo");
    assert_str(m->topics[1].name, "bars");
    assert_true(rmq_kw_uuid_is_zero(&m->topics[0].topic_id)); /* v10+ only */
    assert_true(m->allow_auto_topic_creation);                /* v4+: default true */
    m = read_request(all, sizeof(all), 3, 1, &req);
    assert_int_equal(m->topics_count, -1);
    assert_null(m->topics);

    /* v0 does not allow null topics. */
    static const uint8_t v0null[] = {0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x2b, 0x00,
                                     0x03, 'c',  'l',  'i',  0xff, 0xff, 0xff, 0xff};
    rmq_err_t err;
    assert_int_equal(rmq_kafka_request_read(v0null, sizeof(v0null), &g_arena, &req, &err),
                     RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "MetadataRequest v0"));
    assert_non_null(strstr(err.msg, "null in a non-nullable array at offset 13"));
}

/* MetadataRequest v9: flexible (compact arrays and strings, tagged-field sections). */
static void test_metadata_request_v9(void **state)
{
    static const uint8_t frame[] = {0x00, 0x03, 0x00, 0x09, 0x00, 0x00,
                                    0x00, 0x2b,                         /* key 3, v9, corr 43 */
                                    0x00, 0x03, 'c',  'l',  'i',  0x00, /* client id, header tags */
                                    0x03,                               /* 2 topics */
                                    0x04, 'f',  'o',  'o',  0x00,       /* "foo", no tags */
                                    0x05, 'b',  'a',  'r',  's',  0x00, /* "bars", no tags */
                                    0x00,  /* allow_auto_topic_creation false */
                                    0x00,  /* include_cluster_authorized_ops */
                                    0x01,  /* include_topic_authorized_ops */
                                    0x00}; /* no tagged fields */
    rmq_kafka_request_t req;
    (void)state;
    rmq_MetadataRequest_t *m = read_request(frame, sizeof(frame), 3, 9, &req);
    assert_int_equal(req.header_version, 2);
    assert_int_equal(req.header.correlation_id, 43);
    assert_int_equal(m->topics_count, 2);
    assert_str(m->topics[0].name, "foo");
    assert_str(m->topics[1].name, "bars");
    assert_false(m->allow_auto_topic_creation);
    assert_false(m->include_cluster_authorized_operations);
    assert_true(m->include_topic_authorized_operations);
}

/* ProduceRequest v3 with a records blob: the records stay a view into the frame. */
static void test_produce_request_v3_records(void **state)
{
    uint8_t frame[256];
    size_t n = 0;
    static const uint8_t head[] = {
        0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x05,     /* key 0, v3, corr 5 */
        0x00, 0x04, 'p',  'r',  'o',  'd',                  /* client id */
        0xff, 0xff,                                         /* transactional_id null */
        0xff, 0xff,                                         /* acks -1 */
        0x00, 0x00, 0x75, 0x30,                             /* timeout 30000 */
        0x00, 0x00, 0x00, 0x01,                             /* 1 topic */
        0x00, 0x06, 'o',  'r',  'd',  'e',  'r',  's',      /* "orders" */
        0x00, 0x00, 0x00, 0x02,                             /* 2 partitions */
        0x00, 0x00, 0x00, 0x02,                             /* partition 2 */
        0x00, 0x00, 0x00, 0x50};                            /* records: 80 bytes */
    static const uint8_t tail[] = {0x00, 0x00, 0x00, 0x07,  /* partition 7 */
                                   0xff, 0xff, 0xff, 0xff}; /* records null */
    memcpy(frame, head, sizeof(head));
    n = sizeof(head);
    size_t rec_off = n;
    for (int i = 0; i < 80; i++)
        frame[n++] = (uint8_t)(0x30 + i);
    memcpy(frame + n, tail, sizeof(tail));
    n += sizeof(tail);

    rmq_kafka_request_t req;
    (void)state;
    rmq_ProduceRequest_t *m = read_request(frame, n, 0, 3, &req);
    assert_null(m->transactional_id.ptr);
    assert_int_equal(m->acks, -1);
    assert_int_equal(m->timeout_ms, 30000);
    assert_int_equal(m->topic_data_count, 1);
    assert_str(m->topic_data[0].name, "orders");
    assert_int_equal(m->topic_data[0].partition_data_count, 2);
    rmq_ProduceRequest_PartitionProduceData_t *p = m->topic_data[0].partition_data;
    assert_int_equal(p[0].index, 2);
    assert_int_equal(p[0].records.len, 80);
    assert_ptr_equal(p[0].records.ptr, frame + rec_off); /* zero copy */
    assert_int_equal(p[1].index, 7);
    assert_null(p[1].records.ptr);

    /* A transactional id instead of null. */
    static const uint8_t txn[] = {0x00, 0x02, 't',  'x',  0x00, 0x01, 0x00,
                                  0x00, 0x03, 0xe8, 0x00, 0x00, 0x00, 0x00};
    rmq_ProduceRequest_t m2;
    rmq_kw_reader_t r;
    rmq_kw_reader_init(&r, txn, sizeof(txn));
    assert_int_equal(rmq_ProduceRequest_decode(&r, 3, &g_arena, &m2), 0);
    assert_str(m2.transactional_id, "tx");
    assert_int_equal(m2.acks, 1);
    assert_int_equal(m2.timeout_ms, 1000);
    assert_int_equal(m2.topic_data_count, 0);
    /* v2 has no transactional id: the same bytes read as acks 2, timeout 0x74780001 and 1000
     * topics in 4 bytes, which cannot fit. */
    rmq_kw_reader_init(&r, txn, sizeof(txn));
    assert_int_equal(rmq_ProduceRequest_decode(&r, 2, &g_arena, &m2), RMQ_ETRUNC);
}

/* FetchResponse v4: aborted transactions and last stable offset, no flexible encoding. */
static void test_fetch_response_v4(void **state)
{
    static const uint8_t frame[] = {
        0x00, 0x00, 0x00, 0x09,                         /* header v0: corr 9 */
        0x00, 0x00, 0x00, 0x64,                         /* throttle 100 */
        0x00, 0x00, 0x00, 0x01,                         /* 1 topic */
        0x00, 0x03, 'l',  'o',  'g',                    /* "log" */
        0x00, 0x00, 0x00, 0x01,                         /* 1 partition */
        0x00, 0x00, 0x00, 0x00,                         /* partition 0 */
        0x00, 0x00,                                     /* error 0 */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, /* high watermark 10 */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, /* last stable offset 8 */
        0x00, 0x00, 0x00, 0x01,                         /* 1 aborted transaction */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, /* producer 7 */
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, /* first offset 3 */
        0x00, 0x00, 0x00, 0x05,                         /* records: 5 bytes */
        0x01, 0x02, 0x03, 0x04, 0x05};
    (void)state;
    rmq_FetchResponse_t *m = read_response(frame, sizeof(frame), 1, 4, 9);
    assert_int_equal(m->throttle_time_ms, 100);
    assert_int_equal(m->error_code, 0); /* v7+ */
    assert_int_equal(m->session_id, 0); /* v7+ */
    assert_int_equal(m->responses_count, 1);
    rmq_FetchResponse_FetchableTopicResponse_t *t = &m->responses[0];
    assert_str(t->topic, "log");
    assert_int_equal(t->partitions_count, 1);
    rmq_FetchResponse_PartitionData_t *p = &t->partitions[0];
    assert_int_equal(p->partition_index, 0);
    assert_true(p->high_watermark == 10);
    assert_true(p->last_stable_offset == 8);
    assert_true(p->log_start_offset == -1); /* v5+: default -1 */
    assert_int_equal(p->aborted_transactions_count, 1);
    assert_true(p->aborted_transactions[0].producer_id == 7);
    assert_true(p->aborted_transactions[0].first_offset == 3);
    assert_int_equal(p->preferred_read_replica, -1); /* v11+: default -1 */
    assert_int_equal(p->records.len, 5);
    assert_int_equal(p->records.ptr[4], 5);
}

/* FetchResponse v12: flexible, with two tagged fields in a partition. */
static const uint8_t fetch_v12[] = {
    0x00, 0x00, 0x00, 0x0b,                         /* header v1: corr 11 */
    0x00,                                           /* header tags */
    0x00, 0x00, 0x00, 0x00,                         /* throttle 0 */
    0x00, 0x00,                                     /* error 0 */
    0x00, 0x00, 0x00, 0x2a,                         /* session 42 */
    0x02,                                           /* 1 topic */
    0x04, 'l',  'o',  'g',                          /* "log" */
    0x02,                                           /* 1 partition */
    0x00, 0x00, 0x00, 0x01,                         /* partition 1 */
    0x00, 0x01,                                     /* error 1 OFFSET_OUT_OF_RANGE */
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x64, /* high watermark 100 */
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, /* last stable offset -1 */
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, /* log start offset 0 */
    0x00,                                           /* aborted transactions: null */
    0xff, 0xff, 0xff, 0xff,                         /* preferred read replica -1 */
    0x04, 0xaa, 0xbb, 0xcc,                         /* records: 3 bytes */
    0x02,                                           /* 2 tagged fields */
    0x00, 0x0d,                                     /* tag 0 DivergingEpoch, 13 bytes */
    0x00, 0x00, 0x00, 0x05,                         /*   epoch 5 */
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x50, /*   end offset 80 */
    0x00,                                           /*   no tags */
    0x01, 0x09,                                     /* tag 1 CurrentLeader, 9 bytes */
    0x00, 0x00, 0x00, 0x03,                         /*   leader 3 */
    0x00, 0x00, 0x00, 0x07,                         /*   epoch 7 */
    0x00,                                           /*   no tags */
    0x00,                                           /* topic: no tags */
    0x00};                                          /* response: no tags */

static void test_fetch_response_v12(void **state)
{
    (void)state;
    rmq_FetchResponse_t *m = read_response(fetch_v12, sizeof(fetch_v12), 1, 12, 11);
    assert_int_equal(m->session_id, 42);
    assert_int_equal(m->responses_count, 1);
    rmq_FetchResponse_FetchableTopicResponse_t *t = &m->responses[0];
    assert_str(t->topic, "log");
    rmq_FetchResponse_PartitionData_t *p = &t->partitions[0];
    assert_int_equal(p->partition_index, 1);
    assert_int_equal(p->error_code, RMQ_KERR_OFFSET_OUT_OF_RANGE);
    assert_true(p->high_watermark == 100);
    assert_true(p->last_stable_offset == -1);
    assert_true(p->log_start_offset == 0);
    assert_int_equal(p->aborted_transactions_count, -1);
    assert_int_equal(p->preferred_read_replica, -1);
    assert_int_equal(p->records.len, 3);
    assert_int_equal(p->diverging_epoch.epoch, 5);
    assert_true(p->diverging_epoch.end_offset == 80);
    assert_int_equal(p->current_leader.leader_id, 3);
    assert_int_equal(p->current_leader.leader_epoch, 7);
    assert_int_equal(p->snapshot_id.epoch, -1); /* absent tag: default */
    assert_true(p->snapshot_id.end_offset == -1);
    assert_int_equal(m->node_endpoints_count, 0); /* v16+ */
}

/* Tagged fields in any order are accepted; the encoder writes them sorted by tag. */
static void test_fetch_response_v12_tag_order(void **state)
{
    uint8_t swapped[sizeof(fetch_v12)];
    size_t tags_at = 5 + 4 + 2 + 4 + 1 + 4 + 1 + 4 + 2 + 8 + 8 + 8 + 1 + 4 + 4 + 1;
    rmq_FetchResponse_t m;
    rmq_kw_reader_t r;
    rmq_wbuf_t wb;
    (void)state;
    /* Move the 11-byte CurrentLeader entry in front of the 15-byte DivergingEpoch entry. */
    memcpy(swapped, fetch_v12, sizeof(fetch_v12));
    memcpy(swapped + tags_at, fetch_v12 + tags_at + 15, 11);
    memcpy(swapped + tags_at + 11, fetch_v12 + tags_at, 15);
    assert_int_equal(fetch_v12[tags_at], 0x00);
    assert_int_equal(fetch_v12[tags_at - 1], 0x02);
    rmq_kw_reader_init(&r, swapped + 5, sizeof(swapped) - 5);
    assert_int_equal(rmq_FetchResponse_decode(&r, 12, &g_arena, &m), 0);
    assert_int_equal(m.responses[0].partitions[0].current_leader.leader_id, 3);
    assert_int_equal(m.responses[0].partitions[0].diverging_epoch.epoch, 5);
    rmq_wbuf_init(&wb, 128);
    assert_int_equal(rmq_FetchResponse_encode(&wb, 12, &m), 0);
    assert_int_equal(wb.len, sizeof(fetch_v12) - 5);
    assert_memory_equal(wb.data, fetch_v12 + 5, wb.len);
    rmq_wbuf_release(&wb);
}

/* A tagged field left at its default is not written; set, it is. */
static void test_tagged_written_only_when_not_default(void **state)
{
    rmq_FetchRequest_t m;
    rmq_wbuf_t wb;
    (void)state;
    rmq_FetchRequest_init(&m);
    rmq_wbuf_init(&wb, 64);
    assert_int_equal(rmq_FetchRequest_encode(&wb, 15, &m), 0);
    /* max_wait 4, min_bytes 4, max_bytes 4, isolation 1, session 4, epoch 4, topics 1, forgotten
     * 1, rack 1, tags 1 (replica_id is gone in v15). */
    assert_int_equal(wb.len, 25);
    assert_int_equal(wb.data[24], 0x00);
    m.cluster_id = RMQ_KW_STR_LIT("c1");
    m.replica_state.replica_id = 4;
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_FetchRequest_encode(&wb, 15, &m), 0);
    static const uint8_t tags[] = {0x02, 0x00, 0x03, 0x03, 'c',  '1',  0x01, 0x0d, 0x00, 0x00, 0x00,
                                   0x04, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00};
    assert_int_equal(wb.len, 24 + sizeof(tags));
    assert_memory_equal(wb.data + 24, tags, sizeof(tags));
    /* In v12-14 ReplicaState does not exist yet: only the cluster id is written. */
    rmq_wbuf_reset(&wb);
    assert_int_equal(rmq_FetchRequest_encode(&wb, 12, &m), 0);
    assert_int_equal(wb.data[wb.len - 6], 0x01);
    rmq_wbuf_release(&wb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_request_header_versions),
        cmocka_unit_test(test_api_versions_request_v3),
        cmocka_unit_test(test_api_versions_response_v0_unsupported),
        cmocka_unit_test(test_metadata_request_v1),
        cmocka_unit_test(test_metadata_request_v9),
        cmocka_unit_test(test_produce_request_v3_records),
        cmocka_unit_test(test_fetch_response_v4),
        cmocka_unit_test(test_fetch_response_v12),
        cmocka_unit_test(test_fetch_response_v12_tag_order),
        cmocka_unit_test(test_tagged_written_only_when_not_default),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
