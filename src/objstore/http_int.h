/*
 * http_int.h - the HTTP engine's response parser, reachable without a network (for the fuzz
 * target and tests). Not a contract: include only from src/objstore and tests.
 */
#ifndef RMQ_OBJSTORE_HTTP_INT_H
#define RMQ_OBJSTORE_HTTP_INT_H

#include <stddef.h>
#include <stdint.h>

#include "objstore/http.h"

/*
 * Feeds data to req's response parser the way curl delivers a response: one call per header
 * line (the status line, header lines, the blank line; 1xx interim blocks included), then the
 * rest as body chunks of up to chunk bytes (chunk >= 1). Runs the same callbacks a real
 * transfer runs, with opts's header limits. Returns 0, or the request's error code when a
 * callback refused the response (rmq_http_req_errmsg says why).
 */
int rmq_http_parse_response_(const rmq_http_opts_t *opts, rmq_http_req_t *req, const uint8_t *data,
                             size_t len, size_t chunk);

#endif
