/*
 * http.c - the HTTP engine: one thread driving a libcurl multi handle (see http.h).
 *
 * Requests arrive on a mutex-guarded FIFO from any thread; curl_multi_wakeup() interrupts the
 * engine's curl_multi_poll(). The engine moves due requests into the multi handle while fewer
 * than max_concurrent run, drives them, and completes each finished one by calling its done
 * callback. A request with a delay waits in a list sorted by due time; the poll timeout is
 * shortened to its due time, so backoff costs no sleeping thread.
 *
 * Keep-alive: every easy handle is added to the same multi handle, which owns the connection
 * cache, so a new request reuses an idle connection to the same host. Easy handles are made
 * per request (cheap next to a network round trip) so no option leaks between requests.
 *
 * Response parsing is bounded: header bytes and lines are capped (RMQ_ECORRUPT beyond), the
 * body of a 2xx response is capped by the request's limit (RMQ_ETOOBIG beyond, checked
 * against Content-Length before the first byte), a non-2xx body is truncated to
 * RMQ_HTTP_ERROR_BODY_MAX. The buffer grows geometrically up to the limit, or is sized once
 * from a believable Content-Length.
 */
#include "objstore/http.h"
#include "objstore/http_int.h"

#include <curl/curl.h>
#include <sys/prctl.h>

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

#define HTTP_MAGIC 0x48545450u /* "HTTP" */

typedef struct resp_header {
    uint32_t name;  /* offsets into hdr_text */
    uint32_t value; /* both NUL-terminated */
} resp_header_t;

struct rmq_http_req {
    /* the request */
    char *method;
    char *url;
    struct curl_slist *headers;
    int has_host;
    const uint8_t *body;
    size_t body_len;
    rmq_buf_t *body_buf;
    int has_body;
    size_t body_pos; /* read cursor */
    size_t limit;
    uint32_t connect_ms, total_ms, delay_ms;
    rmq_http_headers_fn on_headers;
    void *on_headers_opaque;
    int inject_status, inject_rc, injected;

    /* the outcome */
    int rc;
    int status;
    rmq_err_t err;
    long new_conns;
    rmq_wbuf_t resp;
    rmq_wbuf_t hdr_text;
    resp_header_t *hdrs;
    unsigned nhdrs, hdr_cap;
    int in_final; /* headers of the final (non-1xx) response are arriving or done */
    int hdrs_done;
    int truncated; /* non-2xx body cut at RMQ_HTTP_ERROR_BODY_MAX */

    /* the engine's */
    rmq_http_t *http;
    CURL *easy;
    rmq_http_done_fn done;
    void *opaque;
    uint64_t due_ns;
    rmq_http_req_t *next;
    rmq_http_req_t *aprev, *anext; /* the engine's list of transfers in the multi handle */
    int extras_added;
    char errbuf[CURL_ERROR_SIZE];
};

struct rmq_http {
    uint32_t magic;
    rmq_http_opts_t opts;
    char *proxy, *ca_file, *name;
    CURLM *multi;
    pthread_t thread;
    pthread_mutex_t mu;                /* guards the fields below */
    rmq_http_req_t *in_head, *in_tail; /* submitted, not yet seen by the engine */
    int stop;
    /* engine thread only */
    rmq_http_req_t *wait_head, *wait_tail; /* due, waiting for a transfer slot (FIFO) */
    rmq_http_req_t *delayed;               /* sorted by due_ns */
    rmq_http_req_t *active;                /* in the multi handle */
    unsigned running;
};

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_rc;

static void curl_init_once(void)
{
    curl_init_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

void rmq_http_opts_init(rmq_http_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->max_concurrent = 16;
    opts->connect_timeout_ms = 5000;
    opts->timeout_ms = 60000;
    opts->verify_tls = 1;
    opts->max_header_bytes = 64u << 10;
    opts->max_headers = 256;
}

/* ---- requests ---- */

rmq_http_req_t *rmq_http_req_new(const char *method, const char *url)
{
    rmq_http_req_t *req = rmq_calloc(1, sizeof(*req));
    req->method = rmq_strdup(method);
    req->url = rmq_strdup(url);
    req->limit = RMQ_HTTP_DEFAULT_LIMIT;
    return req;
}

static void append_header(rmq_http_req_t *req, const char *line)
{
    struct curl_slist *l = curl_slist_append(req->headers, line);
    RMQ_ASSERT(l != NULL); /* only fails on out of memory */
    req->headers = l;
}

void rmq_http_req_header(rmq_http_req_t *req, const char *name, const char *value)
{
    size_t n = strlen(name) + strlen(value) + 3;
    char *line = rmq_malloc(n);
    /* "Name;" is curl's way of sending a header with an empty value ("Name:" would remove it). */
    if (value[0] == '\0')
        snprintf(line, n, "%s;", name);
    else
        snprintf(line, n, "%s: %s", name, value);
    append_header(req, line);
    free(line);
    if (strcasecmp(name, "Host") == 0)
        req->has_host = 1;
}

void rmq_http_req_headerf(rmq_http_req_t *req, const char *name, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof(small)) {
        rmq_http_req_header(req, name, small);
        return;
    }
    char *big = rmq_malloc((size_t)(n > 0 ? n : 0) + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    va_end(ap);
    rmq_http_req_header(req, name, big);
    free(big);
}

void rmq_http_req_body(rmq_http_req_t *req, const void *data, size_t len)
{
    rmq_buf_unref(req->body_buf);
    req->body_buf = NULL;
    req->body = len ? data : (const uint8_t *)"";
    req->body_len = len;
    req->has_body = 1;
}

void rmq_http_req_body_buf(rmq_http_req_t *req, rmq_buf_t *buf, size_t off, size_t len)
{
    RMQ_ASSERT(off <= buf->size && len <= buf->size - off);
    rmq_buf_t *old = req->body_buf;
    req->body_buf = rmq_buf_ref(buf);
    rmq_buf_unref(old);
    req->body = buf->data + off;
    req->body_len = len;
    req->has_body = 1;
}

void rmq_http_req_limit(rmq_http_req_t *req, size_t max_body)
{
    req->limit = max_body;
}

void rmq_http_req_timeouts(rmq_http_req_t *req, uint32_t connect_ms, uint32_t total_ms)
{
    req->connect_ms = connect_ms;
    req->total_ms = total_ms;
}

void rmq_http_req_delay(rmq_http_req_t *req, uint32_t delay_ms)
{
    req->delay_ms = delay_ms;
}

void rmq_http_req_on_headers(rmq_http_req_t *req, rmq_http_headers_fn fn, void *opaque)
{
    req->on_headers = fn;
    req->on_headers_opaque = opaque;
}

void rmq_http_req_inject(rmq_http_req_t *req, int status, int rc)
{
    req->injected = 1;
    req->inject_status = status;
    req->inject_rc = status ? 0 : (rc ? rc : RMQ_EFAULT_INJECTED);
}

static void reset_resp_headers(rmq_http_req_t *req)
{
    rmq_wbuf_reset(&req->hdr_text);
    req->nhdrs = 0;
}

void rmq_http_req_free(rmq_http_req_t *req)
{
    if (req == NULL)
        return;
    RMQ_ASSERT(req->easy == NULL);
    free(req->method);
    free(req->url);
    curl_slist_free_all(req->headers);
    rmq_buf_unref(req->body_buf);
    rmq_wbuf_release(&req->resp);
    rmq_wbuf_release(&req->hdr_text);
    free(req->hdrs);
    free(req);
}

int rmq_http_req_rc(const rmq_http_req_t *req)
{
    return req->rc;
}

const char *rmq_http_req_errmsg(const rmq_http_req_t *req)
{
    return req->err.msg;
}

int rmq_http_req_status(const rmq_http_req_t *req)
{
    return req->status;
}

const char *rmq_http_req_resp_header(const rmq_http_req_t *req, const char *name)
{
    const char *text = (const char *)req->hdr_text.data;
    for (unsigned i = 0; i < req->nhdrs; i++) {
        if (strcasecmp(text + req->hdrs[i].name, name) == 0)
            return text + req->hdrs[i].value;
    }
    return NULL;
}

void rmq_http_req_resp_headers(const rmq_http_req_t *req,
                               int (*fn)(void *opaque, const char *name, const char *value),
                               void *opaque)
{
    const char *text = (const char *)req->hdr_text.data;
    for (unsigned i = 0; i < req->nhdrs; i++) {
        if (fn(opaque, text + req->hdrs[i].name, text + req->hdrs[i].value) != 0)
            return;
    }
}

const uint8_t *rmq_http_req_resp_body(const rmq_http_req_t *req, size_t *len)
{
    *len = req->resp.len;
    return req->resp.data ? req->resp.data : (const uint8_t *)"";
}

rmq_buf_t *rmq_http_req_take_body(rmq_http_req_t *req)
{
    return rmq_wbuf_detach(&req->resp);
}

long rmq_http_req_new_conns(const rmq_http_req_t *req)
{
    return req->new_conns;
}

const char *rmq_http_req_method(const rmq_http_req_t *req)
{
    return req->method;
}

const char *rmq_http_req_url(const rmq_http_req_t *req)
{
    return req->url;
}

int rmq_http_rc_retriable(int rc)
{
    switch (rc) {
    case -ETIMEDOUT:
    case -ECONNREFUSED:
    case -ECONNRESET:
    case -ECONNABORTED:
    case -EHOSTUNREACH:
    case -ENETUNREACH:
    case -EPIPE:
        return 1;
    default:
        return 0;
    }
}

int rmq_http_status_retriable(int status)
{
    if (status == 408 || status == 429)
        return 1;
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

/* ---- curl callbacks (engine thread) ---- */

/* Sets the request's outcome once; the first failure wins. Returns rc. */
static int req_fail(rmq_http_req_t *req, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int req_fail(rmq_http_req_t *req, int rc, const char *fmt, ...)
{
    if (req->rc != 0)
        return req->rc;
    req->rc = rc;
    char msg[RMQ_ERR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    rmq_err_set(&req->err, rc, "%s %s: %s", req->method, req->url, msg);
    return rc;
}

static size_t read_cb(char *dst, size_t size, size_t nitems, void *opaque)
{
    rmq_http_req_t *req = opaque;
    size_t want = size * nitems;
    size_t left = req->body_len - req->body_pos;
    size_t n = want < left ? want : left;
    if (n > 0)
        memcpy(dst, req->body + req->body_pos, n);
    req->body_pos += n;
    return n;
}

/* curl rewinds the body when it resends on a connection that turned out dead. */
static int seek_cb(void *opaque, curl_off_t offset, int origin)
{
    rmq_http_req_t *req = opaque;
    if (origin != SEEK_SET || offset < 0 || (uint64_t)offset > req->body_len)
        return CURL_SEEKFUNC_FAIL;
    req->body_pos = (size_t)offset;
    return CURL_SEEKFUNC_OK;
}

static int is_2xx(int status)
{
    return status >= 200 && status <= 299;
}

/* Makes the body buffer's capacity exactly cap bytes (when larger than it is). */
static void resp_reserve(rmq_http_req_t *req, size_t cap)
{
    if (cap <= req->resp.cap)
        return;
    req->resp.data = rmq_realloc(req->resp.data, cap);
    req->resp.cap = cap;
}

static int headers_complete(rmq_http_req_t *req)
{
    req->hdrs_done = 1;
    if (is_2xx(req->status)) {
        const char *cl = rmq_http_req_resp_header(req, "Content-Length");
        if (cl != NULL && strcmp(req->method, "HEAD") != 0) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(cl, &end, 10);
            if (errno != 0 || end == cl || *end != '\0' || cl[0] == '-')
                return req_fail(req, RMQ_ECORRUPT, "bad Content-Length '%.40s'", cl);
            if (n > req->limit)
                return req_fail(req, RMQ_ETOOBIG,
                                "response body of %llu bytes is over the limit of %zu", n,
                                req->limit);
            resp_reserve(req, (size_t)n);
        }
    }
    if (req->on_headers != NULL) {
        int rc = req->on_headers(req, req->on_headers_opaque);
        if (rc != 0) {
            if (req->err.code == 0)
                req_fail(req, rc, "refused after the response headers (status %d)", req->status);
            req->rc = rc;
            return rc;
        }
    }
    return 0;
}

static int parse_status_line(const char *p, size_t n)
{
    /* "HTTP/1.1 200 OK", "HTTP/2 404" */
    const char *sp = memchr(p, ' ', n);
    if (sp == NULL || (size_t)(sp - p) + 4 > n)
        return -1;
    int st = 0;
    for (int i = 1; i <= 3; i++) {
        char c = sp[i];
        if (c < '0' || c > '9')
            return -1;
        st = st * 10 + (c - '0');
    }
    if ((size_t)(sp - p) + 4 < n && sp[4] != ' ' && sp[4] != '\r' && sp[4] != '\n')
        return -1;
    return st >= 100 ? st : -1;
}

static size_t header_cb(char *data, size_t size, size_t nitems, void *opaque)
{
    rmq_http_req_t *req = opaque;
    rmq_http_t *http = req->http;
    size_t n = size * nitems;
    size_t len = n;
    while (len > 0 && (data[len - 1] == '\n' || data[len - 1] == '\r'))
        len--;
    if (len >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        int st = parse_status_line(data, len);
        if (st < 0) {
            req_fail(req, RMQ_ECORRUPT, "malformed status line");
            return 0;
        }
        req->status = st;
        req->in_final = st >= 200;
        req->hdrs_done = 0;
        reset_resp_headers(req);
        return n;
    }
    if (len == 0) { /* the blank line ending a header block */
        if (req->in_final && !req->hdrs_done && headers_complete(req) != 0)
            return 0;
        return n;
    }
    if (req->hdr_text.len + len + 2 > http->opts.max_header_bytes ||
        req->nhdrs >= http->opts.max_headers) {
        req_fail(req, RMQ_ECORRUPT, "response headers over the limit (%zu bytes, %u lines)",
                 http->opts.max_header_bytes, http->opts.max_headers);
        return 0;
    }
    if ((data[0] == ' ' || data[0] == '\t') && req->nhdrs > 0) {
        /* Obsolete line folding: append to the previous value with one space. */
        req->hdr_text.len--; /* drop the previous value's NUL */
        rmq_wbuf_put_u8(&req->hdr_text, ' ');
        size_t i = 0;
        while (i < len && (data[i] == ' ' || data[i] == '\t'))
            i++;
        rmq_wbuf_append(&req->hdr_text, data + i, len - i);
        rmq_wbuf_put_u8(&req->hdr_text, 0);
        return n;
    }
    const char *colon = memchr(data, ':', len);
    if (colon == NULL || colon == data) {
        req_fail(req, RMQ_ECORRUPT, "malformed response header line");
        return 0;
    }
    size_t nlen = (size_t)(colon - data);
    while (nlen > 0 && (data[nlen - 1] == ' ' || data[nlen - 1] == '\t'))
        nlen--;
    if (nlen == 0) { /* "  : value": a name of white space only */
        req_fail(req, RMQ_ECORRUPT, "malformed response header line (empty name)");
        return 0;
    }
    const char *v = colon + 1;
    const char *vend = data + len;
    while (v < vend && (*v == ' ' || *v == '\t'))
        v++;
    while (vend > v && (vend[-1] == ' ' || vend[-1] == '\t'))
        vend--;
    if (memchr(data, '\0', len) != NULL) {
        req_fail(req, RMQ_ECORRUPT, "NUL byte in a response header");
        return 0;
    }
    if (req->nhdrs == req->hdr_cap) {
        req->hdr_cap = req->hdr_cap ? req->hdr_cap * 2 : 16;
        req->hdrs = rmq_realloc(req->hdrs, req->hdr_cap * sizeof(*req->hdrs));
    }
    resp_header_t *h = &req->hdrs[req->nhdrs++];
    h->name = (uint32_t)req->hdr_text.len;
    rmq_wbuf_append(&req->hdr_text, data, nlen);
    rmq_wbuf_put_u8(&req->hdr_text, 0);
    h->value = (uint32_t)req->hdr_text.len;
    rmq_wbuf_append(&req->hdr_text, v, (size_t)(vend - v));
    rmq_wbuf_put_u8(&req->hdr_text, 0);
    return n;
}

static size_t write_cb(char *data, size_t size, size_t nitems, void *opaque)
{
    rmq_http_req_t *req = opaque;
    size_t n = size * nitems;
    if (!req->hdrs_done) {
        /* A body without a header block end seen (HTTP/0.9 or a curl quirk): check now. */
        if (req->in_final && headers_complete(req) != 0)
            return 0;
        req->hdrs_done = 1;
    }
    if (!is_2xx(req->status)) {
        size_t room = RMQ_HTTP_ERROR_BODY_MAX - RMQ_MIN(req->resp.len, RMQ_HTTP_ERROR_BODY_MAX);
        size_t take = n < room ? n : room;
        if (take > 0)
            rmq_wbuf_append(&req->resp, data, take);
        req->truncated |= take < n;
        return n;
    }
    if (n > req->limit - RMQ_MIN(req->resp.len, req->limit)) {
        req_fail(req, RMQ_ETOOBIG, "response body over the limit of %zu bytes", req->limit);
        return 0;
    }
    if (req->resp.len + n > req->resp.cap) {
        /* Grow geometrically, never past the limit. */
        size_t want = req->resp.cap ? req->resp.cap * 2 : 16384;
        if (want < req->resp.len + n)
            want = req->resp.len + n;
        if (want > req->limit)
            want = req->limit;
        resp_reserve(req, want);
    }
    rmq_wbuf_append(&req->resp, data, n);
    return n;
}

/* ---- engine ---- */

static int map_curl_error(rmq_http_req_t *req, CURLcode cc)
{
    long oserr = 0;
    curl_easy_getinfo(req->easy, CURLINFO_OS_ERRNO, &oserr);
    const char *detail = req->errbuf[0] ? req->errbuf : curl_easy_strerror(cc);
    int rc;
    switch (cc) {
    case CURLE_OPERATION_TIMEDOUT:
        rc = -ETIMEDOUT;
        break;
    case CURLE_COULDNT_CONNECT:
        rc = oserr == EHOSTUNREACH || oserr == ENETUNREACH || oserr == ETIMEDOUT ? -(int)oserr
                                                                                 : -ECONNREFUSED;
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        rc = -EHOSTUNREACH;
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        rc = -ECONNRESET;
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        rc = -ECONNABORTED;
        break;
    case CURLE_SSL_CONNECT_ERROR:
        rc = oserr == ECONNRESET ? -ECONNRESET : -EPROTO;
        break;
    case CURLE_URL_MALFORMAT:
    case CURLE_BAD_FUNCTION_ARGUMENT:
        rc = RMQ_EINVAL;
        break;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
        rc = RMQ_ECORRUPT;
        break;
    case CURLE_FILESIZE_EXCEEDED:
        rc = RMQ_ETOOBIG;
        break;
    case CURLE_OUT_OF_MEMORY:
        rc = -ENOMEM;
        break;
    default:
        rc = -EPROTO;
        break;
    }
    return req_fail(req, rc, "%s (curl %d)", detail, (int)cc);
}

static void complete(rmq_http_t *http, rmq_http_req_t *req)
{
    (void)http;
    if (req->rc != 0 && req->err.code == 0)
        req_fail(req, req->rc, "%s", rmq_strerror(req->rc));
    req->done(req, req->opaque);
}

/* Builds the easy handle for req; 0 or an error recorded on req. */
static int start_easy(rmq_http_t *http, rmq_http_req_t *req)
{
    CURL *e = curl_easy_init();
    if (e == NULL)
        return req_fail(req, -ENOMEM, "curl_easy_init failed");
    req->easy = e;
    req->errbuf[0] = '\0';
    req->body_pos = 0;
    int bad = 0;
#define SETOPT(opt, val) bad |= curl_easy_setopt(e, opt, val) != CURLE_OK
    SETOPT(CURLOPT_PRIVATE, req);
    SETOPT(CURLOPT_URL, req->url);
    SETOPT(CURLOPT_ERRORBUFFER, req->errbuf);
    SETOPT(CURLOPT_NOSIGNAL, 1L);
    SETOPT(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    SETOPT(CURLOPT_PROTOCOLS_STR, "http,https");
    SETOPT(CURLOPT_FOLLOWLOCATION, 0L);
    SETOPT(CURLOPT_PATH_AS_IS, 1L); /* the path on the wire is the one signed */
    SETOPT(CURLOPT_TCP_KEEPALIVE, 1L);
    SETOPT(CURLOPT_TCP_NODELAY, 1L);
    /* An empty proxy string disables proxies, including those named by the environment. */
    SETOPT(CURLOPT_PROXY, http->proxy ? http->proxy : "");
    if (http->proxy == NULL)
        SETOPT(CURLOPT_NOPROXY, "*");
    SETOPT(CURLOPT_SSL_VERIFYPEER, http->opts.verify_tls ? 1L : 0L);
    SETOPT(CURLOPT_SSL_VERIFYHOST, http->opts.verify_tls ? 2L : 0L);
    if (http->ca_file)
        SETOPT(CURLOPT_CAINFO, http->ca_file);
    SETOPT(CURLOPT_CONNECTTIMEOUT_MS,
           (long)(req->connect_ms ? req->connect_ms : http->opts.connect_timeout_ms));
    SETOPT(CURLOPT_TIMEOUT_MS, (long)(req->total_ms ? req->total_ms : http->opts.timeout_ms));
    SETOPT(CURLOPT_HEADERFUNCTION, header_cb);
    SETOPT(CURLOPT_HEADERDATA, req);
    SETOPT(CURLOPT_WRITEFUNCTION, write_cb);
    SETOPT(CURLOPT_WRITEDATA, req);

    int is_head = strcmp(req->method, "HEAD") == 0;
    int is_get = strcmp(req->method, "GET") == 0;
    int upload =
        req->has_body || strcmp(req->method, "PUT") == 0 || strcmp(req->method, "POST") == 0;
    if (is_head) {
        SETOPT(CURLOPT_NOBODY, 1L);
    } else if (upload) {
        /* UPLOAD sends exactly our bytes with a Content-Length; CUSTOMREQUEST sets the verb
         * (POST this way gets no form Content-Type from curl). */
        SETOPT(CURLOPT_UPLOAD, 1L);
        SETOPT(CURLOPT_READFUNCTION, read_cb);
        SETOPT(CURLOPT_READDATA, req);
        SETOPT(CURLOPT_SEEKFUNCTION, seek_cb);
        SETOPT(CURLOPT_SEEKDATA, req);
        SETOPT(CURLOPT_INFILESIZE_LARGE, (curl_off_t)req->body_len);
        if (strcmp(req->method, "PUT") != 0)
            SETOPT(CURLOPT_CUSTOMREQUEST, req->method);
    } else if (!is_get) {
        SETOPT(CURLOPT_CUSTOMREQUEST, req->method);
    }
#undef SETOPT
    /* No "Expect: 100-continue" round trip, no "Accept: * / *", no Transfer-Encoding: the
     * headers on the wire are the backend's (a name with nothing after ':' removes curl's). */
    if (!req->extras_added) {
        append_header(req, "Expect:");
        append_header(req, "Accept:");
        append_header(req, "Transfer-Encoding:");
        req->extras_added = 1;
    }
    if (curl_easy_setopt(e, CURLOPT_HTTPHEADER, req->headers) != CURLE_OK || bad) {
        curl_easy_cleanup(e);
        req->easy = NULL;
        return req_fail(req, RMQ_EINVAL, "curl refused an option");
    }
    CURLMcode mc = curl_multi_add_handle(http->multi, e);
    if (mc != CURLM_OK) {
        curl_easy_cleanup(e);
        req->easy = NULL;
        return req_fail(req, RMQ_EIO, "curl_multi_add_handle: %s", curl_multi_strerror(mc));
    }
    http->running++;
    req->aprev = NULL;
    req->anext = http->active;
    if (http->active)
        http->active->aprev = req;
    http->active = req;
    return 0;
}

static void finish_easy(rmq_http_t *http, rmq_http_req_t *req, CURLcode cc)
{
    curl_easy_getinfo(req->easy, CURLINFO_NUM_CONNECTS, &req->new_conns);
    if (req->rc == 0 && cc != CURLE_OK)
        map_curl_error(req, cc);
    if (req->rc == 0 && req->status == 0) {
        long st = 0;
        curl_easy_getinfo(req->easy, CURLINFO_RESPONSE_CODE, &st);
        req->status = (int)st;
        if (st == 0)
            req_fail(req, RMQ_ECORRUPT, "no HTTP response");
    }
    curl_multi_remove_handle(http->multi, req->easy);
    curl_easy_cleanup(req->easy);
    req->easy = NULL;
    RMQ_ASSERT(http->running > 0);
    http->running--;
    if (req->aprev)
        req->aprev->anext = req->anext;
    else
        http->active = req->anext;
    if (req->anext)
        req->anext->aprev = req->aprev;
    req->aprev = req->anext = NULL;
    complete(http, req);
}

static void wait_push(rmq_http_t *http, rmq_http_req_t *req)
{
    req->next = NULL;
    if (http->wait_tail)
        http->wait_tail->next = req;
    else
        http->wait_head = req;
    http->wait_tail = req;
}

static void delayed_insert(rmq_http_t *http, rmq_http_req_t *req)
{
    rmq_http_req_t **pp = &http->delayed;
    while (*pp != NULL && (*pp)->due_ns <= req->due_ns)
        pp = &(*pp)->next;
    req->next = *pp;
    *pp = req;
}

/* Takes newly submitted requests and sorts them into the wait list or the delayed list. */
static int take_incoming(rmq_http_t *http)
{
    pthread_mutex_lock(&http->mu);
    rmq_http_req_t *in = http->in_head;
    http->in_head = http->in_tail = NULL;
    int stop = http->stop;
    pthread_mutex_unlock(&http->mu);
    while (in != NULL) {
        rmq_http_req_t *next = in->next;
        if (in->due_ns > rmq_mono_ns())
            delayed_insert(http, in);
        else
            wait_push(http, in);
        in = next;
    }
    return stop;
}

static void start_due(rmq_http_t *http)
{
    uint64_t now = rmq_mono_ns();
    while (http->delayed != NULL && http->delayed->due_ns <= now) {
        rmq_http_req_t *req = http->delayed;
        http->delayed = req->next;
        wait_push(http, req);
    }
    while (http->wait_head != NULL) {
        rmq_http_req_t *req = http->wait_head;
        if (!req->injected && http->running >= http->opts.max_concurrent)
            break;
        http->wait_head = req->next;
        if (http->wait_head == NULL)
            http->wait_tail = NULL;
        req->next = NULL;
        if (req->injected) {
            req->status = req->inject_status;
            if (req->inject_rc != 0)
                req_fail(req, req->inject_rc, "injected fault: %s", rmq_strerror(req->inject_rc));
            complete(http, req);
        } else if (start_easy(http, req) != 0) {
            complete(http, req);
        }
    }
}

static void reap(rmq_http_t *http)
{
    CURLMsg *msg;
    int left;
    while ((msg = curl_multi_info_read(http->multi, &left)) != NULL) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        rmq_http_req_t *req = NULL;
        curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&req);
        RMQ_ASSERT(req != NULL && req->easy == msg->easy_handle);
        finish_easy(http, req, msg->data.result);
    }
}

static void cancel_all(rmq_http_t *http)
{
    while (http->active != NULL) { /* in flight */
        rmq_http_req_t *req = http->active;
        req_fail(req, RMQ_ECLOSED, "engine stopped");
        finish_easy(http, req, CURLE_OK);
    }
    for (;;) {
        take_incoming(http);
        while (http->delayed != NULL) {
            rmq_http_req_t *req = http->delayed;
            http->delayed = req->next;
            wait_push(http, req);
        }
        rmq_http_req_t *req = http->wait_head;
        if (req == NULL)
            break;
        http->wait_head = req->next;
        if (http->wait_head == NULL)
            http->wait_tail = NULL;
        req_fail(req, RMQ_ECLOSED, "engine stopped");
        complete(http, req);
    }
}

static void *engine_main(void *arg)
{
    rmq_http_t *http = arg;
    char tname[16];
    snprintf(tname, sizeof(tname), "rmq-%.11s", http->name);
    prctl(PR_SET_NAME, tname, 0, 0, 0);
    for (;;) {
        if (take_incoming(http))
            break;
        start_due(http);
        int still = 0;
        CURLMcode mc = curl_multi_perform(http->multi, &still);
        if (mc != CURLM_OK)
            rmq_error("http", "%s: curl_multi_perform: %s", http->name, curl_multi_strerror(mc));
        reap(http);
        /* Completions may have freed slots or queued work: loop before sleeping. */
        if (http->wait_head != NULL && http->running < http->opts.max_concurrent)
            continue;
        int timeout = 1000;
        if (http->delayed != NULL) {
            uint64_t now = rmq_mono_ns();
            uint64_t due = http->delayed->due_ns;
            uint64_t ms = due > now ? (due - now + 999999) / 1000000 : 0;
            if (ms < (uint64_t)timeout)
                timeout = (int)ms;
        }
        pthread_mutex_lock(&http->mu);
        int pending = http->in_head != NULL || http->stop;
        pthread_mutex_unlock(&http->mu);
        if (!pending && timeout > 0)
            curl_multi_poll(http->multi, NULL, 0, timeout, NULL);
    }
    cancel_all(http);
    return NULL;
}

int rmq_http_submit(rmq_http_t *http, rmq_http_req_t *req, rmq_http_done_fn done, void *opaque)
{
    RMQ_ASSERT(http->magic == HTTP_MAGIC && req->easy == NULL && done != NULL);
    req->http = http;
    req->done = done;
    req->opaque = opaque;
    req->rc = 0;
    req->status = 0;
    req->new_conns = 0;
    req->in_final = req->hdrs_done = req->truncated = 0;
    rmq_err_clear(&req->err);
    rmq_wbuf_reset(&req->resp);
    reset_resp_headers(req);
    req->due_ns = req->delay_ms ? rmq_mono_ns() + (uint64_t)req->delay_ms * 1000000ull : 0;
    req->next = NULL;
    pthread_mutex_lock(&http->mu);
    if (http->stop) {
        pthread_mutex_unlock(&http->mu);
        return RMQ_ECLOSED;
    }
    if (http->in_tail)
        http->in_tail->next = req;
    else
        http->in_head = req;
    http->in_tail = req;
    pthread_mutex_unlock(&http->mu);
    curl_multi_wakeup(http->multi);
    return 0;
}

static void http_destroy(rmq_http_t *http)
{
    if (http->multi)
        curl_multi_cleanup(http->multi);
    pthread_mutex_destroy(&http->mu);
    free(http->proxy);
    free(http->ca_file);
    free(http->name);
    http->magic = 0;
    free(http);
}

int rmq_http_new(const rmq_http_opts_t *opts, rmq_http_t **out, rmq_err_t *err)
{
    *out = NULL;
    pthread_once(&curl_once, curl_init_once);
    if (curl_init_rc != CURLE_OK)
        return rmq_err_set(err, RMQ_EIO, "curl_global_init: %s", curl_easy_strerror(curl_init_rc));
    rmq_http_t *http = rmq_calloc(1, sizeof(*http));
    http->magic = HTTP_MAGIC;
    rmq_http_opts_init(&http->opts);
    if (opts != NULL)
        http->opts = *opts;
    if (http->opts.max_concurrent == 0)
        http->opts.max_concurrent = 16;
    if (http->opts.max_concurrent > 1024)
        http->opts.max_concurrent = 1024;
    if (http->opts.connect_timeout_ms == 0)
        http->opts.connect_timeout_ms = 5000;
    if (http->opts.timeout_ms == 0)
        http->opts.timeout_ms = 60000;
    if (http->opts.max_header_bytes == 0)
        http->opts.max_header_bytes = 64u << 10;
    if (http->opts.max_headers == 0)
        http->opts.max_headers = 256;
    http->proxy = opts && opts->proxy && opts->proxy[0] ? rmq_strdup(opts->proxy) : NULL;
    http->ca_file = opts && opts->ca_file && opts->ca_file[0] ? rmq_strdup(opts->ca_file) : NULL;
    http->name = rmq_strdup(opts && opts->name && opts->name[0] ? opts->name : "http");
    http->opts.proxy = http->proxy;
    http->opts.ca_file = http->ca_file;
    http->opts.name = http->name;
    pthread_mutex_init(&http->mu, NULL);
    http->multi = curl_multi_init();
    if (http->multi == NULL) {
        http_destroy(http);
        return rmq_err_set(err, RMQ_EIO, "curl_multi_init failed");
    }
    curl_multi_setopt(http->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)http->opts.max_concurrent);
    curl_multi_setopt(http->multi, CURLMOPT_MAXCONNECTS, (long)http->opts.max_concurrent);
    curl_multi_setopt(http->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_NOTHING);
    int rc = rmq_thread_start(&http->thread, "rmq-http", engine_main, http, err);
    if (rc < 0) {
        http_destroy(http);
        return rc;
    }
    *out = http;
    return 0;
}

void rmq_http_free(rmq_http_t *http)
{
    if (http == NULL)
        return;
    RMQ_ASSERT(http->magic == HTTP_MAGIC);
    RMQ_ASSERT(!pthread_equal(pthread_self(), http->thread));
    pthread_mutex_lock(&http->mu);
    http->stop = 1;
    pthread_mutex_unlock(&http->mu);
    curl_multi_wakeup(http->multi);
    pthread_join(http->thread, NULL);
    http_destroy(http);
}

/* ---- parser entry without a transfer (http_int.h) ---- */

int rmq_http_parse_response_(const rmq_http_opts_t *opts, rmq_http_req_t *req, const uint8_t *data,
                             size_t len, size_t chunk)
{
    struct rmq_http fake = {.magic = HTTP_MAGIC, .opts = *opts};
    size_t pos = 0;

    RMQ_ASSERT(chunk >= 1);
    req->http = &fake;
    /* Header blocks until the blank line that ends the final (non-1xx) one. */
    while (pos < len && !(req->in_final && req->hdrs_done)) {
        const uint8_t *nl = memchr(data + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (data + pos)) + 1 : len - pos;
        if (header_cb((char *)data + pos, 1, n, req) != n)
            goto out;
        pos += n;
        if (!req->in_final && req->status == 0)
            break; /* no status line: curl would not deliver such a response */
    }
    while (pos < len) {
        size_t n = len - pos < chunk ? len - pos : chunk;
        if (write_cb((char *)data + pos, 1, n, req) != n)
            goto out;
        pos += n;
    }
out:
    req->http = NULL;
    return req->rc;
}
