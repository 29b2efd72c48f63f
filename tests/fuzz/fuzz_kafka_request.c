/*
 * libFuzzer target for the Kafka request decoders (src/kafka/gen/, src/kafka/wire.c).
 *
 * Input: [api_key:int16][api_version:int16][rest of header + body], i.e. a request frame
 * without its size prefix. To spend the effort on code we have, the key is mapped onto the APIs
 * we generate (key mod count) and the version into [0, max_version + 1] (one unsupported
 * version per API), then the frame is decoded through rmq_kafka_request_read into an arena.
 * What decodes is re-encoded with rmq_kafka_request_write and decoded again: that must succeed
 * and encode to the same bytes (encode(decode(x)) is a fixed point).
 */
#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/assert.h"
#include "common/buf.h"
#include "kafka/gen/api.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rmq_arena_t arena;
    rmq_kafka_request_t req, req2;
    rmq_err_t err;
    rmq_wbuf_t wb, wb2;

    if (size < 4 || size > (1u << 20))
        return 0;
    /* An exact-size copy, so that ASan sees any read past the end. */
    uint8_t *frame = malloc(size);
    RMQ_ASSERT(frame != NULL);
    memcpy(frame, data, size);
    const rmq_kafka_api_t *api =
        &rmq_kafka_api_versions[rmq_be16(data) % (uint16_t)rmq_kafka_api_count];
    uint16_t ver = (uint16_t)(rmq_be16(data + 2) % (uint16_t)(api->max_version + 2));
    rmq_put_be16(frame, (uint16_t)api->api_key);
    rmq_put_be16(frame + 2, ver);

    rmq_arena_init(&arena, 0);
    int rc = rmq_kafka_request_read(frame, size, &arena, &req, &err);
    if (rc == 0) {
        RMQ_ASSERT(req.body != NULL);
        rmq_wbuf_init(&wb, size + 64);
        rc = rmq_kafka_request_write(&wb, &req.header, req.body);
        if (rc != 0)
            rmq_panic("re-encode of a decoded %sRequest v%d failed: %d", api->name, ver, rc);
        rc = rmq_kafka_request_read(wb.data, wb.len, &arena, &req2, &err);
        if (rc != 0)
            rmq_panic("decode of a re-encoded %sRequest v%d failed: %s", api->name, ver, err.msg);
        rmq_wbuf_init(&wb2, wb.len);
        RMQ_ASSERT(rmq_kafka_request_write(&wb2, &req2.header, req2.body) == 0);
        if (wb2.len != wb.len || memcmp(wb2.data, wb.data, wb.len) != 0)
            rmq_panic("%sRequest v%d: encode(decode(encode(x))) differs", api->name, ver);
        rmq_wbuf_release(&wb2);
        rmq_wbuf_release(&wb);
    } else {
        RMQ_ASSERT(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT || rc == RMQ_EUNSUPPORTED);
        RMQ_ASSERT(err.code == rc);
    }
    rmq_arena_release(&arena);
    free(frame);
    return 0;
}
