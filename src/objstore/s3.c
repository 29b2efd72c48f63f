/*
 * s3.c - the "s3" object store backend: Amazon S3's REST API (and what speaks it: GCS's XML
 * API with HMAC keys, MinIO, R2, s3rver) over the HTTP engine (http.h), signed with SigV4
 * (sigv4.h).
 *
 * Requests, per operation:
 *   put     PUT /<key> (If-None-Match: * when conditional); above multipart_threshold:
 *           POST ?uploads, PUT ?partNumber=N&uploadId=U for each part (part_concurrency at
 *           once, each retried on its own), POST ?uploadId=U with the part list; on any
 *           failure DELETE ?uploadId=U (abort) before reporting.
 *   get     GET /<key> with Range: bytes=a-b unless the whole object is asked for. A 206's
 *           Content-Range gives the object size and is checked against the request before
 *           the body is read.
 *   head    HEAD /<key>.
 *   list    GET /?list-type=2&prefix=&max-keys=&continuation-token= (no encoding-type: keys
 *           come back as XML text, entity-decoded by xml.c).
 *   delete  HEAD then DELETE: S3 answers 204 for a missing key, and the interface promises
 *           RMQ_ENOTFOUND, so a HEAD decides. A delete racing with another delete of the same
 *           key may therefore both report success.
 *
 * Statuses map to errors: 404 RMQ_ENOTFOUND, 412 RMQ_EEXISTS, 416 RMQ_ERANGE, 401/403
 * -EACCES, 400 RMQ_EINVAL (RequestTimeout: -ETIMEDOUT), 408 -ETIMEDOUT, 409 (conditional
 * write conflict) / 429 / 503 -EAGAIN, other 5xx -EIO, 405/501 RMQ_EUNSUPPORTED. The S3
 * error code and message from the XML body go into the message. Retriable: -EIO, -EAGAIN,
 * -ETIMEDOUT and the engine's connection errors (refused, reset, aborted, unreachable).
 *
 * Threads: the store's HTTP engine thread runs every transfer and every completion; a put's
 * payload is hashed on the submitting thread (the caller's, or the retry thread's).
 */
#include "objstore/objstore_int.h"

#include "common/assert.h"
#include "common/log.h"
#include "common/mem.h"
#include "objstore/http.h"
#include "objstore/sigv4.h"
#include "objstore/xml.h"

#define MIB               (1024ull * 1024ull)
#define S3_MIN_PART       (5 * MIB)
#define S3_MAX_PARTS      10000
#define S3_LIST_BODY_MAX  (8u << 20)
#define S3_SMALL_BODY_MAX (1u << 20)
#define S3_COMPLETE_TRIES 3

typedef struct s3 {
    rmq_objstore_s3_opts_t opts;
    char *scheme;    /* "http" or "https" */
    char *authority; /* host[:port] of requests (bucket included when virtual-hosted) */
    char *base;      /* path prefix: "" or "/base"; then "/<bucket>" when path-style */
    char *bucket, *region, *access_key, *secret_key, *session_token;
    char *endpoint, *ca_file, *proxy;
    rmq_http_t *http;
    rmq_objstore_t *st;
} s3_t;

void rmq_objstore_s3_opts_init(rmq_objstore_s3_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    rmq_objstore_opts_init(&opts->common);
    opts->multipart_threshold = 16 * MIB;
    opts->part_size = 8 * MIB;
    opts->part_concurrency = 4;
    opts->request_timeout_ms = 60000;
    opts->connect_timeout_ms = 5000;
    opts->max_concurrent = 16;
    opts->max_get_bytes = 256 * MIB;
    opts->verify_tls = 1;
}

/* ---- building and sending requests ---- */

typedef struct hdr {
    const char *name, *value;
} hdr_t;

/* The encoded request path for key (NULL: the bucket itself) into wb, NUL-terminated. */
static void build_path(s3_t *s3, const char *key, rmq_wbuf_t *wb)
{
    rmq_wbuf_append(wb, s3->base, strlen(s3->base));
    if (key != NULL) {
        rmq_wbuf_put_u8(wb, '/');
        rmq_sigv4_uri_encode(wb, key, strlen(key), 1);
    } else if (wb->len == 0) {
        rmq_wbuf_put_u8(wb, '/');
    }
    rmq_wbuf_put_u8(wb, 0);
}

/* Appends "&name=value" (or "name=value" first) to a query being built, strictly encoded. */
static void query_add(rmq_wbuf_t *q, const char *name, const char *value)
{
    if (q->len > 0)
        rmq_wbuf_put_u8(q, '&');
    rmq_sigv4_uri_encode(q, name, strlen(name), 0);
    if (value != NULL) {
        rmq_wbuf_put_u8(q, '=');
        rmq_sigv4_uri_encode(q, value, strlen(value), 0);
    }
}

/*
 * A signed request for method on key (NULL: the bucket) with an encoded query (NULL: none),
 * the body body[0..len) (kept alive by buf when given), and extra headers. NULL with err set
 * when signing refuses the input.
 */
static rmq_http_req_t *build(s3_t *s3, const char *method, const char *key, const char *query,
                             rmq_buf_t *buf, const uint8_t *body, size_t len,
                             const char *payload_hash, const hdr_t *extra, size_t nextra,
                             rmq_err_t *err)
{
    rmq_wbuf_t path;
    rmq_wbuf_init(&path, 128);
    build_path(s3, key, &path);
    const char *p = (const char *)path.data;
    size_t ul =
        strlen(s3->scheme) + strlen(s3->authority) + strlen(p) + 8 + (query ? strlen(query) : 0);
    char *url = rmq_malloc(ul);
    snprintf(url, ul, "%s://%s%s%s%s", s3->scheme, s3->authority, p, query && *query ? "?" : "",
             query ? query : "");

    char hash[65];
    if (payload_hash != NULL)
        rmq_strlcpy(hash, payload_hash, sizeof(hash));
    else if (s3->opts.unsigned_payload && len > 0)
        rmq_strlcpy(hash, RMQ_SIGV4_UNSIGNED_PAYLOAD, sizeof(hash));
    else
        rmq_sigv4_sha256_hex(body, len, hash);
    char date[17];
    rmq_sigv4_amz_date(time(NULL), date);

    rmq_sigv4_header_t h[16];
    size_t n = 0;
    h[n++] = (rmq_sigv4_header_t){"Host", s3->authority};
    h[n++] = (rmq_sigv4_header_t){"X-Amz-Date", date};
    h[n++] = (rmq_sigv4_header_t){"X-Amz-Content-SHA256", hash};
    if (s3->session_token)
        h[n++] = (rmq_sigv4_header_t){"X-Amz-Security-Token", s3->session_token};
    for (size_t i = 0; i < nextra && n < RMQ_ARRAY_SIZE(h); i++)
        h[n++] = (rmq_sigv4_header_t){extra[i].name, extra[i].value};
    rmq_sigv4_req_t sr = {method, p, query, h, n, hash};
    rmq_sigv4_key_t sk = {s3->access_key, s3->secret_key, s3->region, "s3"};
    char auth[RMQ_SIGV4_AUTH_MAX];
    int rc = rmq_sigv4_sign(&sr, &sk, date, auth, sizeof(auth), err);
    rmq_wbuf_release(&path);
    if (rc) {
        free(url);
        return NULL;
    }
    rmq_http_req_t *req = rmq_http_req_new(method, url);
    free(url);
    for (size_t i = 0; i < n; i++)
        rmq_http_req_header(req, h[i].name, h[i].value);
    rmq_http_req_header(req, "Authorization", auth);
    if (buf != NULL)
        rmq_http_req_body_buf(req, buf, (size_t)(body - buf->data), len);
    else if (body != NULL || strcmp(method, "PUT") == 0 || strcmp(method, "POST") == 0)
        rmq_http_req_body(req, body, len);
    rmq_http_req_timeouts(req, s3->opts.connect_timeout_ms, s3->opts.request_timeout_ms);
    rmq_http_req_limit(req, S3_SMALL_BODY_MAX);
    return req;
}

/* Sends hreq through the fault hook and the engine. 0, or an error when refused. */
static int send_req(s3_t *s3, rmq_http_req_t *hreq, rmq_objstore_op_t op, const char *key,
                    rmq_http_done_fn done, void *opaque)
{
    if (s3->opts.fault != NULL) {
        int f = s3->opts.fault(s3->opts.fault_opaque, op, rmq_http_req_method(hreq), key);
        if (f >= 100 && f <= 599)
            rmq_http_req_inject(hreq, f, 0);
        else if (f < 0)
            rmq_http_req_inject(hreq, 0, f);
    }
    int rc = rmq_http_submit(s3->http, hreq, done, opaque);
    if (rc != 0)
        rmq_http_req_free(hreq);
    return rc;
}

/* ---- responses ---- */

static int is_2xx(int st)
{
    return st >= 200 && st <= 299;
}

typedef struct err_body {
    char code[64];
    char message[256];
    int is_error;
} err_body_t;

static int err_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    err_body_t *e = opaque;
    if (ev->type == RMQ_XML_START && strcmp(ev->path, "Error") == 0)
        e->is_error = 1;
    if (ev->type != RMQ_XML_END)
        return 0;
    if (strcmp(ev->path, "Error/Code") == 0)
        rmq_strlcpy(e->code, ev->text, sizeof(e->code));
    else if (strcmp(ev->path, "Error/Message") == 0)
        rmq_strlcpy(e->message, ev->text, sizeof(e->message));
    return 0;
}

/* Parses an S3 <Error> body (best effort: a body that is not one leaves e empty). */
static void parse_error_body(rmq_http_req_t *hreq, err_body_t *e)
{
    memset(e, 0, sizeof(*e));
    size_t n;
    const uint8_t *b = rmq_http_req_resp_body(hreq, &n);
    if (n > 0 && rmq_xml_parse((const char *)b, n, err_cb, e, NULL) != 0)
        e->code[0] = e->message[0] = '\0';
    for (char *c = e->message; *c; c++) /* one line in logs */
        if (*c == '\n' || *c == '\r')
            *c = ' ';
}

static int status_rc(int status, const char *code)
{
    switch (status) {
    case 404:
        return RMQ_ENOTFOUND;
    case 412:
        return RMQ_EEXISTS;
    case 416:
        return RMQ_ERANGE;
    case 401:
    case 403:
        return -EACCES;
    case 400:
        return strcmp(code, "RequestTimeout") == 0 ? -ETIMEDOUT : RMQ_EINVAL;
    case 408:
        return -ETIMEDOUT;
    case 409:
    case 429:
    case 503:
        return -EAGAIN;
    case 405:
    case 501:
        return RMQ_EUNSUPPORTED;
    case 413:
        return RMQ_ETOOBIG;
    default:
        if (rmq_http_status_retriable(status))
            return -EIO;
        return -EPROTO;
    }
}

/*
 * The outcome of a finished HTTP request that did not succeed (transport error or non-2xx),
 * as an rc with a message in err naming what was asked.
 */
static int http_failure(rmq_http_req_t *hreq, const char *what, const char *key, rmq_err_t *err)
{
    int rc = rmq_http_req_rc(hreq);
    if (rc != 0)
        return rmq_err_set(err, rc, "s3 %s %s: %s", what, key, rmq_http_req_errmsg(hreq));
    int st = rmq_http_req_status(hreq);
    err_body_t e;
    parse_error_body(hreq, &e);
    rc = status_rc(st, e.code);
    if (rc == RMQ_ENOTFOUND)
        return rmq_err_set(err, rc, "s3 %s %s: no such object%s%s", what, key, e.code[0] ? " " : "",
                           e.code);
    if (e.code[0])
        return rmq_err_set(err, rc, "s3 %s %s: HTTP %d %s: %s", what, key, st, e.code, e.message);
    return rmq_err_set(err, rc, "s3 %s %s: HTTP %d", what, key, st);
}

/* Names the operation in a message set by a parser that did not know it. */
static void add_context(rmq_err_t *err, int rc, const char *what, const char *key)
{
    if (err->code == 0)
        rmq_err_set(err, rc, "s3 %s %s: %s", what, key, rmq_strerror(rc));
    else if (strncmp(err->msg, "s3 ", 3) != 0)
        rmq_err_prefix(err, "s3 %s %s", what, key);
}

/* The response's ETag without its quotes. */
static void copy_etag(rmq_http_req_t *hreq, char *etag)
{
    const char *v = rmq_http_req_resp_header(hreq, "ETag");
    etag[0] = '\0';
    if (v == NULL)
        return;
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
        v++;
        n -= 2;
    }
    if (n >= RMQ_OBJSTORE_ETAG_MAX)
        n = RMQ_OBJSTORE_ETAG_MAX - 1;
    memcpy(etag, v, n);
    etag[n] = '\0';
}

/* Strict unsigned decimal. */
static int parse_u64(const char *s, size_t n, uint64_t *out)
{
    if (n == 0 || n > 20)
        return -1;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        uint64_t d = (uint64_t)(s[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* "bytes a-b/total" (total may be "*"; then *total = UINT64_MAX). */
static int parse_content_range(const char *v, uint64_t *a, uint64_t *b, uint64_t *total)
{
    if (v == NULL || strncmp(v, "bytes ", 6) != 0)
        return -1;
    const char *p = v + 6;
    const char *slash = strchr(p, '/');
    if (slash == NULL)
        return -1;
    if (strcmp(slash + 1, "*") == 0)
        *total = UINT64_MAX;
    else if (parse_u64(slash + 1, strlen(slash + 1), total) != 0)
        return -1;
    if (slash - p == 1 && *p == '*') {
        *a = *b = UINT64_MAX;
        return 0;
    }
    const char *dash = memchr(p, '-', (size_t)(slash - p));
    if (dash == NULL || parse_u64(p, (size_t)(dash - p), a) != 0 ||
        parse_u64(dash + 1, (size_t)(slash - dash - 1), b) != 0 || *b < *a)
        return -1;
    return 0;
}

/* ---- put ---- */

typedef struct mp mp_t;

typedef struct part {
    mp_t *mp;
    unsigned idx;
    uint64_t off, len;
    char hash[65];
    char etag[RMQ_OBJSTORE_ETAG_MAX + 2]; /* as returned, quotes included */
    uint32_t attempts;
    int done;
} part_t;

struct mp {
    s3_t *s3;
    rmq_objstore_req_t *req;
    char *upload_id;
    part_t *parts;
    unsigned nparts, next, inflight, ndone;
    int rc; /* first fatal error */
    uint32_t complete_tries;
};

static void mp_free(mp_t *mp)
{
    free(mp->upload_id);
    free(mp->parts);
    free(mp);
}

static void put_single(s3_t *s3, rmq_objstore_req_t *req);
static void mp_start(s3_t *s3, rmq_objstore_req_t *req);

/* Finishes a request whose HTTP part could not even be sent. */
static void refused(rmq_objstore_req_t *req, int rc, const char *what)
{
    if (req->res.err.code == 0)
        rmq_err_set(&req->res.err, rc, "s3 %s %s: %s", what, req->key, rmq_strerror(rc));
    rmq_objstore_req_done(req, rc);
}

static void put_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = 0;
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq))) {
        rc = http_failure(hreq, "put", req->key, &req->res.err);
        if (rc == RMQ_EEXISTS)
            rmq_err_set(&req->res.err, rc, "s3 put %s: object exists (if-none-match)", req->key);
    } else {
        req->res.size = req->data->size;
        copy_etag(hreq, req->res.etag);
    }
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

/* HEAD before a conditional put on servers without If-None-Match (emulation, not atomic). */
static void cond_head_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    s3_t *s3 = req->st->impl;
    int st = rmq_http_req_status(hreq);
    if (rmq_http_req_rc(hreq) == 0 && is_2xx(st)) {
        rmq_http_req_free(hreq);
        rmq_err_set(&req->res.err, RMQ_EEXISTS, "s3 put %s: object exists (if-none-match)",
                    req->key);
        rmq_objstore_req_done(req, RMQ_EEXISTS);
        return;
    }
    if (rmq_http_req_rc(hreq) != 0 || st != 404) {
        int rc = http_failure(hreq, "put (existence check)", req->key, &req->res.err);
        rmq_http_req_free(hreq);
        rmq_objstore_req_done(req, rc);
        return;
    }
    rmq_http_req_free(hreq);
    if (req->data->size > s3->opts.multipart_threshold)
        mp_start(s3, req);
    else
        put_single(s3, req);
}

#ifndef NDEBUG
/* Debug builds: a caller's digest must be the payload's (test servers do not check it). */
static int digest_matches(const rmq_objstore_req_t *req)
{
    char hex[65];
    rmq_sigv4_sha256_hex(req->data->data, req->data->size, hex);
    return strcmp(hex, req->sha256) == 0;
}
#endif

static void put_single(s3_t *s3, rmq_objstore_req_t *req)
{
    hdr_t extra[1];
    size_t ne = 0;
    if (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH)
        extra[ne++] = (hdr_t){"If-None-Match", "*"};
    /* The caller's digest when it hashed the payload as it built it. */
    const char *hash = req->sha256[0] && !s3->opts.unsigned_payload ? req->sha256 : NULL;
#ifndef NDEBUG
    RMQ_ASSERT(hash == NULL || digest_matches(req));
#endif
    rmq_http_req_t *h = build(s3, "PUT", req->key, NULL, req->data, req->data->data,
                              req->data->size, hash, extra, ne, &req->res.err);
    if (h == NULL) {
        rmq_objstore_req_done(req, req->res.err.code);
        return;
    }
    int rc = send_req(s3, h, RMQ_OBJSTORE_OP_PUT, req->key, put_done, req);
    if (rc)
        refused(req, rc, "put");
}

/* -- multipart -- */

static void mp_abort(mp_t *mp);
static void mp_next(mp_t *mp);

static void mp_finish(mp_t *mp)
{
    rmq_objstore_req_t *req = mp->req;
    int rc = mp->rc;
    mp_free(mp);
    rmq_objstore_req_done(req, rc);
}

static void mp_fail(mp_t *mp, int rc)
{
    if (mp->rc == 0)
        mp->rc = rc;
}

typedef struct init_ctx {
    char *upload_id;
    int root_ok;
} init_ctx_t;

static int init_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    init_ctx_t *c = opaque;
    if (ev->type == RMQ_XML_START && strcmp(ev->path, "InitiateMultipartUploadResult") == 0)
        c->root_ok = 1;
    if (ev->type == RMQ_XML_END &&
        strcmp(ev->path, "InitiateMultipartUploadResult/UploadId") == 0) {
        free(c->upload_id);
        c->upload_id = rmq_strndup(ev->text, ev->len);
    }
    return 0;
}

static void mp_create_done(rmq_http_req_t *hreq, void *opaque)
{
    mp_t *mp = opaque;
    rmq_objstore_req_t *req = mp->req;
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq))) {
        mp_fail(mp, http_failure(hreq, "put (create multipart upload)", req->key, &req->res.err));
        rmq_http_req_free(hreq);
        mp_finish(mp);
        return;
    }
    size_t n;
    const uint8_t *b = rmq_http_req_resp_body(hreq, &n);
    init_ctx_t c = {0};
    int rc = rmq_xml_parse((const char *)b, n, init_cb, &c, &req->res.err);
    rmq_http_req_free(hreq);
    if (rc == 0 && (!c.root_ok || c.upload_id == NULL || c.upload_id[0] == '\0'))
        rc = rmq_err_set(&req->res.err, RMQ_ECORRUPT,
                         "s3 put %s: create multipart upload: no UploadId in the response",
                         req->key);
    if (rc != 0) {
        add_context(&req->res.err, rc, "put (create multipart upload)", req->key);
        free(c.upload_id);
        mp_fail(mp, rc);
        mp_finish(mp);
        return;
    }
    mp->upload_id = c.upload_id;
    mp_next(mp);
}

static int mp_send_part(mp_t *mp, unsigned i, uint32_t delay_ms);

static void mp_part_done(rmq_http_req_t *hreq, void *opaque)
{
    part_t *pt = opaque;
    mp_t *mp = pt->mp;
    rmq_objstore_req_t *req = mp->req;
    unsigned i = pt->idx;
    mp->inflight--;
    pt->attempts++;
    int st = rmq_http_req_status(hreq);
    if (rmq_http_req_rc(hreq) == 0 && is_2xx(st)) {
        const char *et = rmq_http_req_resp_header(hreq, "ETag");
        if (et == NULL || et[0] == '\0' || strlen(et) >= sizeof(pt->etag) ||
            strpbrk(et, "<>&") != NULL) {
            mp_fail(mp, rmq_err_set(&req->res.err, RMQ_ECORRUPT,
                                    "s3 put %s: part %u: missing or bad ETag", req->key, i + 1));
        } else {
            rmq_strlcpy(pt->etag, et, sizeof(pt->etag));
            pt->done = 1;
            mp->ndone++;
        }
        rmq_http_req_free(hreq);
        mp_next(mp);
        return;
    }
    rmq_err_t perr = {0};
    char what[64];
    snprintf(what, sizeof(what), "put part %u of", i + 1);
    int rc = http_failure(hreq, what, req->key, &perr);
    rmq_http_req_free(hreq);
    rmq_objstore_t *st_ = req->st;
    if (mp->rc == 0 && st_->vt->retriable(rc) && pt->attempts < st_->opts.retry.max_attempts) {
        uint64_t ns = rmq_objstore_backoff_ns(st_, pt->attempts);
        rmq_debug("objstore", "%s; retrying the part", perr.msg);
        pthread_mutex_lock(&st_->mu);
        st_->metrics.op[RMQ_OBJSTORE_OP_PUT].retries++;
        pthread_mutex_unlock(&st_->mu);
        if (mp_send_part(mp, i, (uint32_t)(ns / 1000000)) != 0)
            mp_next(mp);
        return;
    }
    if (mp->rc == 0)
        req->res.err = perr;
    mp_fail(mp, rc);
    mp_next(mp);
}

/* Sends part i (after delay_ms); 0, or an error recorded in mp->rc. */
static int mp_send_part(mp_t *mp, unsigned i, uint32_t delay_ms)
{
    s3_t *s3 = mp->s3;
    rmq_objstore_req_t *req = mp->req;
    part_t *pt = &mp->parts[i];
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 128);
    char num[16];
    snprintf(num, sizeof(num), "%u", i + 1);
    query_add(&q, "partNumber", num);
    query_add(&q, "uploadId", mp->upload_id);
    rmq_wbuf_put_u8(&q, 0);
    rmq_http_req_t *h =
        build(s3, "PUT", req->key, (const char *)q.data, req->data, req->data->data + pt->off,
              (size_t)pt->len, pt->hash, NULL, 0, &req->res.err);
    rmq_wbuf_release(&q);
    int rc = h == NULL ? req->res.err.code : 0;
    if (h != NULL) {
        rmq_http_req_delay(h, delay_ms);
        rc = send_req(s3, h, RMQ_OBJSTORE_OP_PUT, req->key, mp_part_done, pt);
    }
    if (rc != 0) {
        mp_fail(mp, rc);
        return rc;
    }
    mp->inflight++;
    return 0;
}

typedef struct complete_ctx {
    int root; /* 1: CompleteMultipartUploadResult, 2: Error */
    char etag[RMQ_OBJSTORE_ETAG_MAX];
    char code[64];
    char message[256];
} complete_ctx_t;

static int complete_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    complete_ctx_t *c = opaque;
    const char *path = ev->path, *text = ev->text;
    if (ev->type == RMQ_XML_START && ev->depth == 1)
        c->root = strcmp(path, "CompleteMultipartUploadResult") == 0 ? 1
                  : strcmp(path, "Error") == 0                       ? 2
                                                                     : 3;
    if (ev->type != RMQ_XML_END)
        return 0;
    if (strcmp(path, "CompleteMultipartUploadResult/ETag") == 0) {
        size_t n = ev->len;
        if (n >= 2 && text[0] == '"' && text[n - 1] == '"') {
            text++;
            n -= 2;
        }
        if (n >= sizeof(c->etag))
            n = sizeof(c->etag) - 1;
        memcpy(c->etag, text, n);
        c->etag[n] = '\0';
    } else if (strcmp(path, "Error/Code") == 0) {
        rmq_strlcpy(c->code, text, sizeof(c->code));
    } else if (strcmp(path, "Error/Message") == 0) {
        rmq_strlcpy(c->message, text, sizeof(c->message));
    }
    return 0;
}

static void mp_complete(mp_t *mp, uint32_t delay_ms);

static void mp_complete_done(rmq_http_req_t *hreq, void *opaque)
{
    mp_t *mp = opaque;
    rmq_objstore_req_t *req = mp->req;
    rmq_objstore_t *st = req->st;
    mp->complete_tries++;
    int rc;
    rmq_err_t cerr = {0};
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq))) {
        rc = http_failure(hreq, "put (complete multipart upload)", req->key, &cerr);
        if (rc == RMQ_EEXISTS)
            rmq_err_set(&cerr, rc, "s3 put %s: object exists (if-none-match)", req->key);
    } else {
        /* S3 may answer 200 and still report an error in the body. */
        size_t n;
        const uint8_t *b = rmq_http_req_resp_body(hreq, &n);
        complete_ctx_t c = {0};
        rc = rmq_xml_parse((const char *)b, n, complete_cb, &c, &cerr);
        if (rc != 0)
            add_context(&cerr, rc, "put (complete multipart upload)", req->key);
        if (rc == 0 && c.root == 2) {
            rc = status_rc(strcmp(c.code, "SlowDown") == 0 ? 503 : 500, c.code);
            rmq_err_set(&cerr, rc, "s3 put %s: complete multipart upload: %s: %s", req->key, c.code,
                        c.message);
        } else if (rc == 0 && c.root != 1) {
            rc = rmq_err_set(&cerr, RMQ_ECORRUPT,
                             "s3 put %s: complete multipart upload: unexpected response", req->key);
        } else if (rc == 0) {
            memcpy(req->res.etag, c.etag, sizeof(c.etag));
            req->res.size = req->data->size;
        }
    }
    rmq_http_req_free(hreq);
    if (rc == 0) {
        mp_finish(mp);
        return;
    }
    if (st->vt->retriable(rc) && mp->complete_tries < S3_COMPLETE_TRIES) {
        rmq_debug("objstore", "%s; retrying the completion", cerr.msg);
        mp_complete(mp, (uint32_t)(rmq_objstore_backoff_ns(st, mp->complete_tries) / 1000000));
        return;
    }
    req->res.err = cerr;
    mp_fail(mp, rc);
    mp_abort(mp);
}

static void mp_complete(mp_t *mp, uint32_t delay_ms)
{
    s3_t *s3 = mp->s3;
    rmq_objstore_req_t *req = mp->req;
    rmq_wbuf_t body;
    rmq_wbuf_init(&body, 64 + 96 * (size_t)mp->nparts);
    const char *open =
        "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    rmq_wbuf_append(&body, open, strlen(open));
    for (unsigned i = 0; i < mp->nparts; i++) {
        char item[160];
        int n =
            snprintf(item, sizeof(item), "<Part><PartNumber>%u</PartNumber><ETag>%s</ETag></Part>",
                     i + 1, mp->parts[i].etag);
        rmq_wbuf_append(&body, item, (size_t)n);
    }
    const char *close = "</CompleteMultipartUpload>";
    rmq_wbuf_append(&body, close, strlen(close));
    rmq_buf_t *buf = rmq_wbuf_detach(&body);
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 96);
    query_add(&q, "uploadId", mp->upload_id);
    rmq_wbuf_put_u8(&q, 0);
    hdr_t extra[2];
    size_t ne = 0;
    extra[ne++] = (hdr_t){"Content-Type", "application/xml"};
    if (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH)
        extra[ne++] = (hdr_t){"If-None-Match", "*"};
    /* The part list is small: always hash it, even with unsigned_payload. */
    char hash[65];
    rmq_sigv4_sha256_hex(buf->data, buf->size, hash);
    rmq_http_req_t *h = build(s3, "POST", req->key, (const char *)q.data, buf, buf->data, buf->size,
                              hash, extra, ne, &req->res.err);
    rmq_wbuf_release(&q);
    rmq_buf_unref(buf);
    int rc = h == NULL ? req->res.err.code : 0;
    if (h != NULL) {
        rmq_http_req_delay(h, delay_ms);
        rc = send_req(s3, h, RMQ_OBJSTORE_OP_PUT, req->key, mp_complete_done, mp);
    }
    if (rc != 0) {
        mp_fail(mp, rc);
        mp_abort(mp);
    }
}

static void mp_abort_done(rmq_http_req_t *hreq, void *opaque)
{
    mp_t *mp = opaque;
    int st = rmq_http_req_status(hreq);
    if (rmq_http_req_rc(hreq) != 0 || (!is_2xx(st) && st != 404)) {
        rmq_err_t e = {0};
        http_failure(hreq, "abort multipart upload of", mp->req->key, &e);
        rmq_warn("objstore", "%s (upload %s left for the bucket's lifecycle rule)", e.msg,
                 mp->upload_id);
    }
    rmq_http_req_free(hreq);
    mp_finish(mp);
}

/* Aborts the upload (best effort), then reports mp->rc. */
static void mp_abort(mp_t *mp)
{
    RMQ_ASSERT(mp->rc != 0);
    if (mp->upload_id == NULL) {
        mp_finish(mp);
        return;
    }
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 96);
    query_add(&q, "uploadId", mp->upload_id);
    rmq_wbuf_put_u8(&q, 0);
    rmq_err_t e = {0};
    rmq_http_req_t *h = build(mp->s3, "DELETE", mp->req->key, (const char *)q.data, NULL, NULL, 0,
                              NULL, NULL, 0, &e);
    rmq_wbuf_release(&q);
    if (h == NULL || send_req(mp->s3, h, RMQ_OBJSTORE_OP_PUT, mp->req->key, mp_abort_done, mp))
        mp_finish(mp);
}

/* Starts parts while there is room; completes or aborts when nothing is left in flight. */
static void mp_next(mp_t *mp)
{
    s3_t *s3 = mp->s3;
    while (mp->rc == 0 && mp->next < mp->nparts && mp->inflight < s3->opts.part_concurrency) {
        if (mp_send_part(mp, mp->next++, 0) != 0)
            break; /* refused: mp->rc is set */
    }
    if (mp->inflight > 0)
        return;
    if (mp->rc != 0)
        mp_abort(mp);
    else if (mp->ndone == mp->nparts)
        mp_complete(mp, 0);
}

static void mp_start(s3_t *s3, rmq_objstore_req_t *req)
{
    mp_t *mp = rmq_calloc(1, sizeof(*mp));
    mp->s3 = s3;
    mp->req = req;
    uint64_t size = req->data->size;
    uint64_t psize = s3->opts.part_size;
    if ((size + psize - 1) / psize > S3_MAX_PARTS)
        psize = ((size + S3_MAX_PARTS - 1) / S3_MAX_PARTS + MIB - 1) / MIB * MIB;
    mp->nparts = (unsigned)((size + psize - 1) / psize);
    mp->parts = rmq_calloc(mp->nparts, sizeof(*mp->parts));
    for (unsigned i = 0; i < mp->nparts; i++) {
        part_t *pt = &mp->parts[i];
        pt->mp = mp;
        pt->idx = i;
        pt->off = (uint64_t)i * psize;
        pt->len = RMQ_MIN(psize, size - pt->off);
        /* Hashed here, on the submitting thread, not on the engine thread. */
        if (s3->opts.unsigned_payload)
            rmq_strlcpy(pt->hash, RMQ_SIGV4_UNSIGNED_PAYLOAD, sizeof(pt->hash));
        else
            rmq_sigv4_sha256_hex(req->data->data + pt->off, (size_t)pt->len, pt->hash);
    }
    rmq_http_req_t *h =
        build(s3, "POST", req->key, "uploads", NULL, NULL, 0, NULL, NULL, 0, &req->res.err);
    int rc = h == NULL ? req->res.err.code : 0;
    if (h != NULL)
        rc = send_req(s3, h, RMQ_OBJSTORE_OP_PUT, req->key, mp_create_done, mp);
    if (rc != 0) {
        mp_fail(mp, rc);
        if (req->res.err.code == 0)
            rmq_err_set(&req->res.err, rc, "s3 put %s: %s", req->key, rmq_strerror(rc));
        mp_finish(mp);
    }
}

static void do_put(s3_t *s3, rmq_objstore_req_t *req)
{
    if ((req->flags & RMQ_OBJSTORE_IF_NONE_MATCH) && s3->opts.emulate_if_none_match) {
        rmq_http_req_t *h =
            build(s3, "HEAD", req->key, NULL, NULL, NULL, 0, NULL, NULL, 0, &req->res.err);
        int rc = h == NULL ? req->res.err.code : 0;
        if (h != NULL)
            rc = send_req(s3, h, RMQ_OBJSTORE_OP_PUT, req->key, cond_head_done, req);
        if (rc)
            refused(req, rc, "put");
        return;
    }
    if (req->data->size > s3->opts.multipart_threshold)
        mp_start(s3, req);
    else
        put_single(s3, req);
}

/* ---- get ---- */

/* Before the body: a 206 must describe the range asked for; an empty object has none. */
static int get_headers(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    if (rmq_http_req_status(hreq) != 206)
        return 0;
    uint64_t a, b, total;
    if (parse_content_range(rmq_http_req_resp_header(hreq, "Content-Range"), &a, &b, &total) != 0 ||
        a == UINT64_MAX || total == UINT64_MAX)
        return RMQ_ECORRUPT;
    if (a >= total || req->off >= total)
        return RMQ_ERANGE;
    if (a != req->off || b >= total)
        return RMQ_ECORRUPT;
    return 0;
}

static void get_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = rmq_http_req_rc(hreq);
    int st = rmq_http_req_status(hreq);
    rmq_err_t *err = &req->res.err;
    uint64_t a = 0, b = 0, total = 0;
    size_t n;
    rmq_http_req_resp_body(hreq, &n);
    if (rc == RMQ_ERANGE || (rc == 0 && st == 416)) {
        if (parse_content_range(rmq_http_req_resp_header(hreq, "Content-Range"), &a, &b, &total) ==
                0 &&
            total != UINT64_MAX)
            rc = rmq_err_set(err, RMQ_ERANGE, "s3 get %s: offset %llu past the end (size %llu)",
                             req->key, (unsigned long long)req->off, (unsigned long long)total);
        else
            rc = rmq_err_set(err, RMQ_ERANGE, "s3 get %s: offset %llu past the end", req->key,
                             (unsigned long long)req->off);
    } else if (rc == RMQ_ECORRUPT && st == 206) {
        const char *cr = rmq_http_req_resp_header(hreq, "Content-Range");
        rc = rmq_err_set(err, RMQ_ECORRUPT, "s3 get %s: %s (Content-Range '%.60s', offset %llu)",
                         req->key, rmq_http_req_errmsg(hreq), cr ? cr : "",
                         (unsigned long long)req->off);
    } else if (rc != 0 || !is_2xx(st)) {
        rc = http_failure(hreq, "get", req->key, err);
    } else if (st == 206) {
        parse_content_range(rmq_http_req_resp_header(hreq, "Content-Range"), &a, &b, &total);
        /* The last byte we need: the end asked for, clamped to the object. */
        uint64_t need = req->len == RMQ_OBJSTORE_TO_END || req->len - 1 > total - 1 - req->off
                            ? total - 1
                            : req->off + req->len - 1;
        if (n != b - a + 1)
            rc = rmq_err_set(err, RMQ_ECORRUPT, "s3 get %s: %zu bytes for range %llu-%llu",
                             req->key, n, (unsigned long long)a, (unsigned long long)b);
        else if (b < need)
            rc = rmq_err_set(err, RMQ_ECORRUPT, "s3 get %s: range %llu-%llu is short of %llu",
                             req->key, (unsigned long long)a, (unsigned long long)b,
                             (unsigned long long)need);
    } else if (st == 200) {
        /* The whole object: asked for, or a server that ignored the Range header. */
        total = n;
        const char *cl = rmq_http_req_resp_header(hreq, "Content-Length");
        uint64_t clv;
        if (cl != NULL && (parse_u64(cl, strlen(cl), &clv) != 0 || clv != n))
            rc = rmq_err_set(err, RMQ_ECORRUPT, "s3 get %s: Content-Length %s but %zu bytes",
                             req->key, cl, n);
        else if (!(req->off == 0 && req->len == RMQ_OBJSTORE_TO_END) && req->off >= total)
            rc = rmq_err_set(err, RMQ_ERANGE, "s3 get %s: offset %llu past the end (size %llu)",
                             req->key, (unsigned long long)req->off, (unsigned long long)total);
    } else {
        rc = rmq_err_set(err, -EPROTO, "s3 get %s: unexpected HTTP %d", req->key, st);
    }
    if (rc == 0) {
        req->res.size = total;
        copy_etag(hreq, req->res.etag);
        rmq_buf_t *body = rmq_http_req_take_body(hreq);
        uint64_t start = st == 200 ? req->off : 0; /* where the asked range starts in body */
        uint64_t len = RMQ_MIN(req->len, total - req->off);
        if (start == 0 && len == body->size) {
            req->res.data = body;
        } else { /* more than asked: a whole object, or one byte more (see do_get) */
            req->res.data = rmq_buf_new_copy(body->data + start, (size_t)len);
            rmq_buf_unref(body);
        }
    }
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void do_get(s3_t *s3, rmq_objstore_req_t *req)
{
    hdr_t extra[1];
    size_t ne = 0;
    char range[64];
    int whole = req->off == 0 && req->len == RMQ_OBJSTORE_TO_END;
    uint64_t limit = s3->opts.max_get_bytes;
    if (!whole) {
        /* Never an end of 0: s3rver 3.7 reads "bytes=0-0" as "bytes=0-" and sends the whole
         * object. A one-byte read at offset 0 asks for two bytes and keeps the first. */
        uint64_t len = req->off == 0 && req->len == 1 ? 2 : req->len;
        if (len == RMQ_OBJSTORE_TO_END || len - 1 > UINT64_MAX - req->off)
            snprintf(range, sizeof(range), "bytes=%llu-", (unsigned long long)req->off);
        else
            snprintf(range, sizeof(range), "bytes=%llu-%llu", (unsigned long long)req->off,
                     (unsigned long long)(req->off + len - 1));
        extra[ne++] = (hdr_t){"Range", range};
        if (len < limit)
            limit = len;
    }
    rmq_http_req_t *h =
        build(s3, "GET", req->key, NULL, NULL, NULL, 0, NULL, extra, ne, &req->res.err);
    if (h == NULL) {
        rmq_objstore_req_done(req, req->res.err.code);
        return;
    }
    rmq_http_req_limit(h, limit > SIZE_MAX ? SIZE_MAX : (size_t)limit);
    rmq_http_req_on_headers(h, get_headers, req);
    int rc = send_req(s3, h, RMQ_OBJSTORE_OP_GET, req->key, get_done, req);
    if (rc)
        refused(req, rc, "get");
}

/* ---- head and delete ---- */

static void delete_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = 0;
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq)))
        rc = http_failure(hreq, "delete", req->key, &req->res.err);
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void head_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    s3_t *s3 = req->st->impl;
    int del = req->op == RMQ_OBJSTORE_OP_DELETE;
    int rc = 0;
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq))) {
        rc = http_failure(hreq, del ? "delete (existence check)" : "head", req->key, &req->res.err);
    } else if (!del) {
        const char *cl = rmq_http_req_resp_header(hreq, "Content-Length");
        if (cl == NULL || parse_u64(cl, strlen(cl), &req->res.size) != 0)
            rc = rmq_err_set(&req->res.err, RMQ_ECORRUPT, "s3 head %s: bad Content-Length",
                             req->key);
        copy_etag(hreq, req->res.etag);
    }
    rmq_http_req_free(hreq);
    if (rc != 0 || !del) {
        rmq_objstore_req_done(req, rc);
        return;
    }
    rmq_http_req_t *h =
        build(s3, "DELETE", req->key, NULL, NULL, NULL, 0, NULL, NULL, 0, &req->res.err);
    if (h == NULL) {
        rmq_objstore_req_done(req, req->res.err.code);
        return;
    }
    rc = send_req(s3, h, RMQ_OBJSTORE_OP_DELETE, req->key, delete_done, req);
    if (rc)
        refused(req, rc, "delete");
}

static void do_head(s3_t *s3, rmq_objstore_req_t *req)
{
    rmq_http_req_t *h =
        build(s3, "HEAD", req->key, NULL, NULL, NULL, 0, NULL, NULL, 0, &req->res.err);
    if (h == NULL) {
        rmq_objstore_req_done(req, req->res.err.code);
        return;
    }
    int rc = send_req(s3, h, req->op, req->key, head_done, req);
    if (rc)
        refused(req, rc, rmq_objstore_op_name(req->op));
}

/* ---- list ---- */

typedef struct list_ctx {
    rmq_objstore_req_t *req;
    size_t cap;
    char *key;
    uint64_t size;
    int have_size;
    int truncated;
    char *token;
    int root_ok;
} list_ctx_t;

static int list_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    list_ctx_t *c = opaque;
    rmq_objstore_req_t *req = c->req;
    rmq_objstore_list_t *l = &req->res.list;
    rmq_err_t *err = &req->res.err;
    const char *path = ev->path, *text = ev->text;
    size_t len = ev->len;
    if (ev->type == RMQ_XML_START) {
        if (!c->root_ok) {
            if (strcmp(path, "ListBucketResult") != 0)
                return rmq_err_set(err, RMQ_ECORRUPT,
                                   "s3 list: response is not a "
                                   "ListBucketResult");
            c->root_ok = 1;
        } else if (strcmp(path, "ListBucketResult/Contents") == 0) {
            free(c->key);
            c->key = NULL;
            c->have_size = 0;
        }
        return 0;
    }
    if (strcmp(path, "ListBucketResult/Contents/Key") == 0) {
        if (len == 0 || len > RMQ_OBJSTORE_KEY_MAX || c->key != NULL)
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: bad or repeated <Key> (%zu bytes)",
                               len);
        c->key = rmq_strndup(text, len);
    } else if (strcmp(path, "ListBucketResult/Contents/Size") == 0) {
        if (parse_u64(text, len, &c->size) != 0)
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: bad <Size> '%.30s'", text);
        c->have_size = 1;
    } else if (strcmp(path, "ListBucketResult/Contents") == 0) {
        if (c->key == NULL || !c->have_size)
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: <Contents> without Key or Size");
        if (strncmp(c->key, req->key, strlen(req->key)) != 0)
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: key '%.60s' outside prefix '%.60s'",
                               c->key, req->key);
        if (l->count == req->max_keys)
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: more than the %u keys asked for",
                               req->max_keys);
        if (l->count == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 64;
            l->entries = rmq_realloc(l->entries, c->cap * sizeof(*l->entries));
        }
        l->entries[l->count].key = c->key;
        l->entries[l->count].size = c->size;
        l->count++;
        c->key = NULL;
    } else if (strcmp(path, "ListBucketResult/IsTruncated") == 0) {
        if (strcmp(text, "true") == 0)
            c->truncated = 1;
        else if (strcmp(text, "false") == 0)
            c->truncated = 0;
        else
            return rmq_err_set(err, RMQ_ECORRUPT, "s3 list: bad <IsTruncated>");
    } else if (strcmp(path, "ListBucketResult/NextContinuationToken") == 0) {
        free(c->token);
        c->token = len ? rmq_strndup(text, len) : NULL;
    }
    return 0;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const rmq_objstore_entry_t *)a)->key, ((const rmq_objstore_entry_t *)b)->key);
}

static void list_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = 0;
    if (rmq_http_req_rc(hreq) != 0 || !is_2xx(rmq_http_req_status(hreq))) {
        rc = http_failure(hreq, "list", req->key, &req->res.err);
        rmq_http_req_free(hreq);
        rmq_objstore_req_done(req, rc);
        return;
    }
    size_t n;
    const uint8_t *b = rmq_http_req_resp_body(hreq, &n);
    list_ctx_t c = {.req = req};
    rc = rmq_xml_parse((const char *)b, n, list_cb, &c, &req->res.err);
    rmq_http_req_free(hreq);
    free(c.key);
    if (rc == 0 && !c.root_ok)
        rc = rmq_err_set(&req->res.err, RMQ_ECORRUPT, "s3 list: empty response");
    if (rc == 0 && c.truncated && c.token == NULL)
        rc = rmq_err_set(&req->res.err, RMQ_ECORRUPT,
                         "s3 list: truncated listing without a continuation token");
    if (rc == 0) {
        rmq_objstore_list_t *l = &req->res.list;
        /* S3 returns UTF-8 binary order already; sorting keeps the interface's promise for
         * servers that do not (s3rver walks its directory tree), within the page. */
        if (l->count > 1)
            qsort(l->entries, l->count, sizeof(*l->entries), cmp_entry);
        for (size_t i = 1; i < l->count && rc == 0; i++)
            if (strcmp(l->entries[i - 1].key, l->entries[i].key) == 0)
                rc = rmq_err_set(&req->res.err, RMQ_ECORRUPT, "s3 list: key '%.60s' twice",
                                 l->entries[i].key);
        if (c.truncated) {
            l->next_token = c.token;
            c.token = NULL;
        }
    } else {
        add_context(&req->res.err, rc, "list", req->key);
    }
    free(c.token);
    if (rc == 0 && req->res.list.entries == NULL)
        req->res.list.entries = rmq_calloc(1, sizeof(*req->res.list.entries));
    rmq_objstore_req_done(req, rc);
}

static void do_list(s3_t *s3, rmq_objstore_req_t *req)
{
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 256);
    char mk[16];
    snprintf(mk, sizeof(mk), "%u", req->max_keys);
    query_add(&q, "list-type", "2");
    query_add(&q, "max-keys", mk);
    query_add(&q, "prefix", req->key);
    if (req->token)
        query_add(&q, "continuation-token", req->token);
    rmq_wbuf_put_u8(&q, 0);
    rmq_http_req_t *h =
        build(s3, "GET", NULL, (const char *)q.data, NULL, NULL, 0, NULL, NULL, 0, &req->res.err);
    rmq_wbuf_release(&q);
    if (h == NULL) {
        rmq_objstore_req_done(req, req->res.err.code);
        return;
    }
    rmq_http_req_limit(h, S3_LIST_BODY_MAX);
    int rc = send_req(s3, h, RMQ_OBJSTORE_OP_LIST, req->key, list_done, req);
    if (rc)
        refused(req, rc, "list");
}

/* ---- the vtable ---- */

static void s3_submit(rmq_objstore_t *st, rmq_objstore_req_t *req)
{
    s3_t *s3 = st->impl;
    switch (req->op) {
    case RMQ_OBJSTORE_OP_PUT:
        do_put(s3, req);
        break;
    case RMQ_OBJSTORE_OP_GET:
        do_get(s3, req);
        break;
    case RMQ_OBJSTORE_OP_HEAD:
    case RMQ_OBJSTORE_OP_DELETE:
        do_head(s3, req);
        break;
    case RMQ_OBJSTORE_OP_LIST:
        do_list(s3, req);
        break;
    default:
        refused(req, RMQ_EINVAL, "?");
    }
}

static int s3_retriable(int rc)
{
    return rc == -EIO || rc == -EAGAIN || rmq_http_rc_retriable(rc);
}

static void s3_free(s3_t *s3)
{
    rmq_http_free(s3->http);
    free(s3->scheme);
    free(s3->authority);
    free(s3->base);
    free(s3->bucket);
    free(s3->region);
    free(s3->access_key);
    if (s3->secret_key)
        explicit_bzero(s3->secret_key, strlen(s3->secret_key));
    free(s3->secret_key);
    free(s3->session_token);
    free(s3->endpoint);
    free(s3->ca_file);
    free(s3->proxy);
    free(s3);
}

static void s3_close(rmq_objstore_t *st)
{
    s3_free(st->impl);
    st->impl = NULL;
}

static int s3_wants_digest(const rmq_objstore_t *st, uint64_t size)
{
    const s3_t *s3 = st->impl;
    return !s3->opts.unsigned_payload && size <= s3->opts.multipart_threshold;
}

static const rmq_objstore_vtab_t s3_vtab = {
    .name = "s3",
    .key_max = RMQ_OBJSTORE_KEY_MAX,
    .submit = s3_submit,
    .retriable = s3_retriable,
    .close = s3_close,
    .wants_digest = s3_wants_digest,
};

/* ---- opening ---- */

static int empty(const char *s)
{
    return s == NULL || s[0] == '\0';
}

static char *dup_or_env(const char *opt, const char *env1, const char *env2)
{
    if (!empty(opt))
        return rmq_strdup(opt);
    const char *v = env1 ? getenv(env1) : NULL;
    if (empty(v) && env2)
        v = getenv(env2);
    return empty(v) ? NULL : rmq_strdup(v);
}

/* S3 bucket naming: 3..63 of a-z 0-9 . -, starting and ending with a letter or digit. */
static int valid_bucket(const char *b)
{
    size_t n = strlen(b);
    if (n < 3 || n > 63)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = b[i];
        int alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && ((i == 0 || i == n - 1) || (c != '.' && c != '-')))
            return 0;
    }
    return 1;
}

static int parse_endpoint(s3_t *s3, const char *ep, char **host, rmq_err_t *err)
{
    const char *p;
    if (strncmp(ep, "http://", 7) == 0) {
        s3->scheme = rmq_strdup("http");
        p = ep + 7;
    } else if (strncmp(ep, "https://", 8) == 0) {
        s3->scheme = rmq_strdup("https");
        p = ep + 8;
    } else {
        return rmq_err_set(err, RMQ_EINVAL, "s3: endpoint '%s' is not http:// or https://", ep);
    }
    size_t hl = strcspn(p, "/?#");
    if (hl == 0 || p[hl] == '?' || p[hl] == '#')
        return rmq_err_set(err, RMQ_EINVAL, "s3: bad endpoint '%s'", ep);
    for (size_t i = 0; i < hl; i++) {
        char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '-' || c == ':' || c == '[' || c == ']'))
            return rmq_err_set(err, RMQ_EINVAL, "s3: bad host in endpoint '%s'", ep);
    }
    *host = rmq_strndup(p, hl);
    /* The base path, without trailing slashes, kept as written (it must be encoded already). */
    const char *base = p + hl;
    size_t bl = strlen(base);
    while (bl > 0 && base[bl - 1] == '/')
        bl--;
    for (size_t i = 0; i < bl; i++) {
        unsigned char c = (unsigned char)base[i];
        if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#')
            return rmq_err_set(err, RMQ_EINVAL, "s3: bad path in endpoint '%s'", ep);
    }
    s3->base = rmq_strndup(base, bl);
    return 0;
}

int rmq_objstore_s3_open(const rmq_objstore_s3_opts_t *opts, rmq_objstore_t **out, rmq_err_t *err)
{
    *out = NULL;
    if (opts == NULL || empty(opts->bucket))
        return rmq_err_set(err, RMQ_EINVAL, "s3: no bucket");
    if (!valid_bucket(opts->bucket))
        return rmq_err_set(err, RMQ_EINVAL, "s3: bad bucket name '%s'", opts->bucket);
    if (opts->part_size < S3_MIN_PART)
        return rmq_err_set(err, RMQ_EINVAL, "s3: part_size %llu is below S3's 5 MiB minimum",
                           (unsigned long long)opts->part_size);
    if (opts->multipart_threshold == 0)
        return rmq_err_set(err, RMQ_EINVAL, "s3: multipart_threshold is 0");
    char *host = NULL;
    int custom = !empty(opts->endpoint);
    s3_t *s3 = rmq_calloc(1, sizeof(*s3));
    s3->opts = *opts;
    s3->bucket = rmq_strdup(opts->bucket);
    s3->region = dup_or_env(opts->region, "AWS_REGION", "AWS_DEFAULT_REGION");
    if (s3->region == NULL)
        s3->region = rmq_strdup("us-east-1");
    if (!empty(opts->access_key)) {
        s3->access_key = rmq_strdup(opts->access_key);
        s3->secret_key = dup_or_env(opts->secret_key, NULL, NULL);
        s3->session_token = dup_or_env(opts->session_token, NULL, NULL);
    } else {
        s3->access_key = dup_or_env(NULL, "AWS_ACCESS_KEY_ID", NULL);
        s3->secret_key = dup_or_env(NULL, "AWS_SECRET_ACCESS_KEY", NULL);
        s3->session_token = dup_or_env(NULL, "AWS_SESSION_TOKEN", NULL);
    }
    int rc = 0;
    if (s3->access_key == NULL || s3->secret_key == NULL) {
        rc = rmq_err_set(err, RMQ_EINVAL,
                         "s3: no credentials (options or AWS_ACCESS_KEY_ID/"
                         "AWS_SECRET_ACCESS_KEY)");
        goto fail;
    }
    if (custom) {
        s3->endpoint = rmq_strdup(opts->endpoint);
    } else {
        size_t n = strlen(s3->region) + 32;
        s3->endpoint = rmq_malloc(n);
        snprintf(s3->endpoint, n, "https://s3.%s.amazonaws.com", s3->region);
    }
    if ((rc = parse_endpoint(s3, s3->endpoint, &host, err)) != 0)
        goto fail;
    int vhost =
        opts->addressing == RMQ_OBJSTORE_S3_VHOST ||
        (opts->addressing == RMQ_OBJSTORE_S3_AUTO && !custom && strchr(s3->bucket, '.') == NULL);
    if (vhost) {
        size_t n = strlen(s3->bucket) + strlen(host) + 2;
        s3->authority = rmq_malloc(n);
        snprintf(s3->authority, n, "%s.%s", s3->bucket, host);
        free(host);
    } else {
        s3->authority = host;
        size_t n = strlen(s3->base) + strlen(s3->bucket) + 2;
        char *b = rmq_malloc(n);
        snprintf(b, n, "%s/%s", s3->base, s3->bucket);
        free(s3->base);
        s3->base = b;
    }
    if (s3->opts.part_concurrency == 0)
        s3->opts.part_concurrency = 4;
    if (s3->opts.max_get_bytes == 0)
        s3->opts.max_get_bytes = 256 * MIB;
    s3->ca_file = empty(opts->ca_file) ? NULL : rmq_strdup(opts->ca_file);
    s3->proxy = empty(opts->proxy) ? NULL : rmq_strdup(opts->proxy);
    rmq_http_opts_t ho;
    rmq_http_opts_init(&ho);
    ho.max_concurrent = opts->max_concurrent ? opts->max_concurrent : 16;
    ho.connect_timeout_ms = opts->connect_timeout_ms;
    ho.timeout_ms = opts->request_timeout_ms;
    ho.verify_tls = opts->verify_tls;
    ho.ca_file = s3->ca_file;
    ho.proxy = s3->proxy;
    ho.name = "s3";
    if ((rc = rmq_http_new(&ho, &s3->http, err)) != 0)
        goto fail;
    /* Copies own every string; the caller's may go. */
    s3->opts.endpoint = s3->endpoint;
    s3->opts.bucket = s3->bucket;
    s3->opts.region = s3->region;
    s3->opts.access_key = s3->access_key;
    s3->opts.secret_key = s3->secret_key;
    s3->opts.session_token = s3->session_token;
    s3->opts.ca_file = s3->ca_file;
    s3->opts.proxy = s3->proxy;

    rmq_objstore_t *st = rmq_objstore_alloc(&s3_vtab, &opts->common);
    st->impl = s3;
    s3->st = st;
    if ((rc = rmq_objstore_start(st)) != 0) {
        rmq_objstore_free_unstarted(st);
        rmq_err_set(err, rc, "s3: start retry thread: %s", rmq_strerror(rc));
        goto fail;
    }
    rmq_debug("objstore", "s3 store: %s://%s%s (region %s)", s3->scheme, s3->authority, s3->base,
              s3->region);
    *out = st;
    return 0;
fail:
    s3_free(s3);
    return rc;
}
