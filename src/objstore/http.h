/*
 * http.h - an HTTP/1.1 client engine for the object store backends, on libcurl's multi interface.
 *
 * One engine (rmq_http_t) owns one thread and one curl multi handle: every transfer of a store
 * runs on that thread, connections are kept alive and reused across requests (one connection
 * cache per engine), and at most max_concurrent transfers run at once while the rest wait in
 * a FIFO. Requests are built on any thread, submitted with rmq_http_submit(), and completed by
 * a callback on the engine thread.
 *
 * The engine moves bytes; it does not sign, retry or interpret statuses. A backend builds the
 * whole request (URL, every header including Host and the signature), submits it, and decides
 * from the outcome what to do. The outcome of a request is two things:
 *   - rc: 0 when an HTTP response was received completely (whatever its status), else why not:
 *       -ETIMEDOUT      connect or total timeout
 *       -ECONNREFUSED   nothing listens (or the connection attempt was rejected)
 *       -ECONNRESET     the connection broke while sending or receiving
 *       -ECONNABORTED   the server closed without (a complete) response
 *       -EHOSTUNREACH   host name did not resolve, or no route
 *       -EPROTO         TLS or protocol failure (bad certificate, unsupported scheme, ...)
 *       RMQ_ECORRUPT    malformed response (bad status line, headers over the limits)
 *       RMQ_ETOOBIG     response body larger than the request's limit
 *       RMQ_EINVAL      malformed URL or request
 *       RMQ_ECLOSED     the engine was freed before the request completed
 *       or whatever an on_headers hook returned.
 *     rmq_http_rc_retriable() says which of these are worth another attempt.
 *   - status: the HTTP status code (0 when no response arrived).
 *
 * Robustness defaults: no proxy (the environment's http_proxy/HTTPS_PROXY/ALL_PROXY are
 * ignored unless opts.proxy names one), no "Expect: 100-continue", no automatic
 * Content-Type or Accept-Encoding, no redirects, CURLOPT_NOSIGNAL, HTTP/1.1, http and https
 * only. Those matter for signing: the bytes on the wire are the ones the backend signed.
 *
 * Thread: rmq_http_new/free from a thread that is not the engine thread; rmq_http_req_* from
 * the thread that owns the request (it is owned by its builder until submitted, by the engine
 * while in flight, and by the done callback from then on); rmq_http_submit from any thread,
 * including the engine thread inside a done callback.
 */
#ifndef RMQ_OBJSTORE_HTTP_H
#define RMQ_OBJSTORE_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"

typedef struct rmq_http rmq_http_t;
typedef struct rmq_http_req rmq_http_req_t;

#define RMQ_HTTP_DEFAULT_LIMIT  (16u << 20) /* response body bytes when no limit is given */
#define RMQ_HTTP_ERROR_BODY_MAX (64u << 10) /* bytes kept of a non-2xx response's body */

typedef struct rmq_http_opts {
    unsigned max_concurrent;     /* transfers at once (default 16, at most 1024) */
    uint32_t connect_timeout_ms; /* default for requests (default 5000) */
    uint32_t timeout_ms;         /* default total time per request (default 60000) */
    const char *proxy;           /* NULL or "": no proxy at all; else e.g. "http://p:3128" */
    int verify_tls;              /* verify peer certificate and host name (default 1) */
    const char *ca_file;         /* NULL: the system's CA bundle */
    size_t max_header_bytes;     /* response header bytes (default 64 KiB) */
    unsigned max_headers;        /* response header lines (default 256) */
    const char *name;            /* thread name suffix and log context (default "http") */
} rmq_http_opts_t;

void rmq_http_opts_init(rmq_http_opts_t *opts);

/* Starts an engine. *out is owned by the caller until rmq_http_free(). */
int rmq_http_new(const rmq_http_opts_t *opts, rmq_http_t **out, rmq_err_t *err);

/*
 * Stops the engine: requests still queued or in flight complete with RMQ_ECLOSED (their
 * callbacks run on the engine thread before this returns), then the thread is joined and
 * everything freed. Submissions from then on get RMQ_ECLOSED. NULL is allowed.
 */
void rmq_http_free(rmq_http_t *http);

/* ---- building a request ---- */

/* A new request; method is any token ("GET", "PUT", "HEAD", "POST", "DELETE", ...). */
rmq_http_req_t *rmq_http_req_new(const char *method, const char *url);

/*
 * Adds a request header. An empty value sends "Name:" with nothing after it; giving "Host"
 * overrides the one curl derives from the URL (backends pass it so it matches what they
 * signed). Content-Length is set by the engine from the body; do not add it.
 */
void rmq_http_req_header(rmq_http_req_t *req, const char *name, const char *value);
void rmq_http_req_headerf(rmq_http_req_t *req, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * Request body from memory that stays valid and unchanged until the done callback runs (no
 * copy). PUT and POST always send a Content-Length, 0 without a body.
 */
void rmq_http_req_body(rmq_http_req_t *req, const void *data, size_t len);

/* Request body buf[off, off+len); takes a reference, dropped when the request is freed. */
void rmq_http_req_body_buf(rmq_http_req_t *req, rmq_buf_t *buf, size_t off, size_t len);

/*
 * Largest response body accepted for a 2xx response (default RMQ_HTTP_DEFAULT_LIMIT): more
 * fails the request with RMQ_ETOOBIG, as soon as Content-Length announces it or the bytes
 * arrive. Non-2xx bodies keep their first RMQ_HTTP_ERROR_BODY_MAX bytes, silently.
 */
void rmq_http_req_limit(rmq_http_req_t *req, size_t max_body);

/* Per-request timeouts in ms; 0 keeps the engine's default. */
void rmq_http_req_timeouts(rmq_http_req_t *req, uint32_t connect_ms, uint32_t total_ms);

/* Start the transfer no earlier than delay_ms after submission (backoff without a sleeper). */
void rmq_http_req_delay(rmq_http_req_t *req, uint32_t delay_ms);

/*
 * Hook called on the engine thread once the final response's status line and headers have
 * arrived, before any body byte. Return 0 to go on, or a negative error to abort the
 * transfer: the request then completes with that rc (the status and headers stay readable).
 */
typedef int (*rmq_http_headers_fn)(rmq_http_req_t *req, void *opaque);
void rmq_http_req_on_headers(rmq_http_req_t *req, rmq_http_headers_fn fn, void *opaque);

/*
 * Fault injection (tests): the request completes without touching the network, with this
 * status (>= 100, an empty body and no headers) or, when status is 0, with transport error rc.
 * The done callback still runs on the engine thread, after any delay.
 */
void rmq_http_req_inject(rmq_http_req_t *req, int status, int rc);

/* Frees a request (not one in flight). NULL is allowed. */
void rmq_http_req_free(rmq_http_req_t *req);

/* ---- submitting ---- */

/*
 * Completion callback, on the engine thread. It owns req from then on: it must free it
 * (rmq_http_req_free) or keep it. It may submit new requests.
 */
typedef void (*rmq_http_done_fn)(rmq_http_req_t *req, void *opaque);

/*
 * Queues req. 0: the engine owns it and done(req, opaque) will run exactly once. RMQ_ECLOSED
 * (engine stopping): the caller still owns req and done will not run.
 */
int rmq_http_submit(rmq_http_t *http, rmq_http_req_t *req, rmq_http_done_fn done, void *opaque);

/* ---- the outcome (valid in and after the done callback) ---- */

/* 0 or the transport error (see the top of this file). */
int rmq_http_req_rc(const rmq_http_req_t *req);

/* A message for a non-zero rc ("" otherwise): what failed, with curl's own detail. */
const char *rmq_http_req_errmsg(const rmq_http_req_t *req);

/* HTTP status of the final response, 0 if none. */
int rmq_http_req_status(const rmq_http_req_t *req);

/*
 * Value of response header name (case-insensitive), trimmed; NULL when absent. With repeats,
 * the first. The pointer lives as long as the request.
 */
const char *rmq_http_req_resp_header(const rmq_http_req_t *req, const char *name);

/* Calls fn for every response header in arrival order; stops early when fn returns non-zero. */
void rmq_http_req_resp_headers(const rmq_http_req_t *req,
                               int (*fn)(void *opaque, const char *name, const char *value),
                               void *opaque);

/* The response body so far (never NULL; *len may be 0). Lives as long as the request. */
const uint8_t *rmq_http_req_resp_body(const rmq_http_req_t *req, size_t *len);

/* Moves the response body out as a buffer (refcount 1, owned by the caller). */
rmq_buf_t *rmq_http_req_take_body(rmq_http_req_t *req);

/* Connections this request had to open (0 when it reused a kept-alive one). */
long rmq_http_req_new_conns(const rmq_http_req_t *req);

/* The method and URL it was built with. */
const char *rmq_http_req_method(const rmq_http_req_t *req);
const char *rmq_http_req_url(const rmq_http_req_t *req);

/* ---- classification helpers for backends ---- */

/* True for transport errors worth retrying: timeouts, refused/reset/aborted connections. */
int rmq_http_rc_retriable(int rc);

/* True for statuses worth retrying: 408, 429, 500, 502, 503, 504 (and other 5xx). */
int rmq_http_status_retriable(int status);

#endif
