/*
 * libFuzzer target: the object-store HTTP engine's response parser (src/objstore/http.c's
 * header and body callbacks), fed as curl would feed a response off the wire.
 *
 * Input: byte 0 = flags (bit 0: HEAD request; bits 1-3: body chunk size 1 << (2 * n)),
 * byte 1 = body limit in KiB (0..255), then the response bytes.
 * Invariants: the parser never crashes or leaks; on success the status is 100..999 and, for a
 * 2xx answer, the body is within the limit; every stored header has a non-empty name without
 * NUL, and the stored headers stay within the configured line and byte limits; a non-2xx body
 * is kept to at most RMQ_HTTP_ERROR_BODY_MAX bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/assert.h"
#include "objstore/http.h"
#include "objstore/http_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct hdr_count {
    unsigned lines;
    size_t bytes;
} hdr_count_t;

static int count_header(void *opaque, const char *name, const char *value)
{
    hdr_count_t *c = opaque;
    RMQ_ASSERT(name[0] != '\0');
    c->lines++;
    c->bytes += strlen(name) + strlen(value) + 2;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rmq_http_opts_t opts;

    if (size < 2)
        return 0;
    rmq_http_opts_init(&opts);
    opts.max_header_bytes = 2048;
    opts.max_headers = 16;
    int head = data[0] & 1;
    size_t chunk = (size_t)1 << (2 * ((data[0] >> 1) & 7));
    size_t limit = (size_t)data[1] * 1024;
    rmq_http_req_t *req = rmq_http_req_new(head ? "HEAD" : "GET", "http://127.0.0.1:1/fuzz");
    rmq_http_req_limit(req, limit);

    int rc = rmq_http_parse_response_(&opts, req, data + 2, size - 2, chunk);
    int status = rmq_http_req_status(req);
    size_t body_len;
    rmq_http_req_resp_body(req, &body_len);
    hdr_count_t c = {0, 0};
    rmq_http_req_resp_headers(req, count_header, &c);
    RMQ_ASSERT(c.lines <= opts.max_headers);
    RMQ_ASSERT(c.bytes <= opts.max_header_bytes);
    if (rc == 0 && status >= 200 && status <= 299)
        RMQ_ASSERT(body_len <= limit);
    if (status != 0)
        RMQ_ASSERT(status >= 100 && status <= 999);
    if (!(status >= 200 && status <= 299))
        RMQ_ASSERT(body_len <= RMQ_HTTP_ERROR_BODY_MAX);
    rmq_http_req_free(req);
    return 0;
}
