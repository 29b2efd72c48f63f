/*
 * Tests for the s3 backend (src/objstore/s3.c) against a scripted server on 127.0.0.1 that
 * answers each request with the next canned response and records what it received. What the
 * conformance suite cannot reach with s3rver: option checks and the AWS_* environment,
 * that the bytes on the wire are the ones signed, S3 error bodies, retries on 503, hostile
 * listings and ranges, S3's "200 with an <Error>" on multipart completion, a part without an
 * ETag (and the abort that follows), and a refused connection.
 */
#include <setjmp.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include "objstore/objstore.h"
#include "objstore/sigv4.h"
#include "common/clock.h"
#include "common/mem.h"

#define MAX_REQS 32

typedef struct fake {
    int lfd, port;
    pthread_t th;
    pthread_mutex_t mu;
    int stop;
    const char *const *script; /* canned responses, in order; NULL-terminated */
    int next;
    char *reqs[MAX_REQS]; /* raw requests received (headers and body) */
    size_t req_len[MAX_REQS];
    int nreqs;
} fake_t;

static int fake_stopping(fake_t *f)
{
    pthread_mutex_lock(&f->mu);
    int s = f->stop;
    pthread_mutex_unlock(&f->mu);
    return s;
}

static void serve_one(fake_t *f, int fd)
{
    size_t cap = 1 << 20, len = 0, want = 0;
    char *buf = rmq_malloc(cap + 1);
    for (int guard = 0; guard < 10000 && !fake_stopping(f); guard++) {
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (poll(&pfd, 1, 50) <= 0)
            continue;
        ssize_t r = recv(fd, buf + len, cap - len, 0);
        if (r <= 0)
            break;
        len += (size_t)r;
        buf[len] = '\0';
        char *end = strstr(buf, "\r\n\r\n");
        if (end != NULL && want == 0) {
            char *cl = strcasestr(buf, "\ncontent-length:");
            want = (size_t)(end - buf) + 4 + (cl && cl < end ? strtoul(cl + 16, NULL, 10) : 0);
        }
        if (want > 0 && len >= want)
            break;
    }
    pthread_mutex_lock(&f->mu);
    const char *resp = f->script[f->next] ? f->script[f->next++] : NULL;
    if (f->nreqs < MAX_REQS) {
        f->reqs[f->nreqs] = buf;
        f->req_len[f->nreqs++] = len;
        buf = NULL;
    }
    pthread_mutex_unlock(&f->mu);
    if (resp == NULL)
        resp = "HTTP/1.1 599 Script Ended\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    size_t n = strlen(resp);
    for (size_t off = 0; off < n;) {
        ssize_t w = send(fd, resp + off, n - off, MSG_NOSIGNAL);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    free(buf);
}

static void *fake_main(void *arg)
{
    fake_t *f = arg;
    while (!fake_stopping(f)) {
        struct pollfd pfd = {.fd = f->lfd, .events = POLLIN};
        if (poll(&pfd, 1, 50) <= 0)
            continue;
        int fd = accept(f->lfd, NULL, NULL);
        if (fd < 0)
            continue;
        serve_one(f, fd); /* every canned response says Connection: close */
        close(fd);
    }
    return NULL;
}

static fake_t *fake_start(const char *const *script)
{
    fake_t *f = rmq_calloc(1, sizeof(*f));
    pthread_mutex_init(&f->mu, NULL);
    f->script = script;
    f->lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    assert_int_equal(bind(f->lfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
    socklen_t sl = sizeof(sa);
    assert_int_equal(getsockname(f->lfd, (struct sockaddr *)&sa, &sl), 0);
    f->port = ntohs(sa.sin_port);
    assert_int_equal(listen(f->lfd, 16), 0);
    assert_int_equal(pthread_create(&f->th, NULL, fake_main, f), 0);
    return f;
}

static void fake_stop(fake_t *f)
{
    pthread_mutex_lock(&f->mu);
    f->stop = 1;
    pthread_mutex_unlock(&f->mu);
    pthread_join(f->th, NULL);
    close(f->lfd);
    for (int i = 0; i < f->nreqs; i++)
        free(f->reqs[i]);
    pthread_mutex_destroy(&f->mu);
    free(f);
}

static int fake_nreqs(fake_t *f)
{
    pthread_mutex_lock(&f->mu);
    int n = f->nreqs;
    pthread_mutex_unlock(&f->mu);
    return n;
}

static void opts_for(rmq_objstore_s3_opts_t *o, fake_t *f, char *endpoint, size_t n)
{
    rmq_objstore_s3_opts_init(o);
    snprintf(endpoint, n, "http://127.0.0.1:%d", f ? f->port : 1);
    o->endpoint = endpoint;
    o->bucket = "bkt";
    o->region = "eu-west-3";
    o->access_key = "AKTEST";
    o->secret_key = "secret/key+";
    o->addressing = RMQ_OBJSTORE_S3_PATH;
    o->common.retry.base_backoff_ms = 1;
    o->common.retry.max_backoff_ms = 2;
    o->request_timeout_ms = 5000;
}

static rmq_objstore_t *open_ok(const rmq_objstore_s3_opts_t *o)
{
    rmq_objstore_t *st = NULL;
    rmq_err_t err = {0};
    int rc = rmq_objstore_s3_open(o, &st, &err);
    if (rc)
        print_error("open: %s\n", err.msg);
    assert_int_equal(rc, 0);
    return st;
}

static int starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Header value from a raw request, or NULL (copied into out). */
static const char *req_header(const char *raw, const char *name, char *out, size_t n)
{
    const char *end = strstr(raw, "\r\n\r\n");
    for (const char *p = strstr(raw, "\r\n"); p && p < end; p = strstr(p + 2, "\r\n")) {
        const char *line = p + 2;
        size_t nl = strlen(name);
        if (strncasecmp(line, name, nl) == 0 && line[nl] == ':') {
            const char *v = line + nl + 1;
            while (*v == ' ')
                v++;
            const char *e = strstr(v, "\r\n");
            snprintf(out, n, "%.*s", (int)(e - v), v);
            return out;
        }
    }
    return NULL;
}

/*
 * Recomputes the signature of a request as received, from its SignedHeaders' values on the
 * wire, and checks it equals the one sent: nothing between signing and the socket (curl)
 * changed a signed byte.
 */
static void check_wire_signature(const char *raw, const char *secret, const char *region)
{
    char auth[1024], method[16], target[2048];
    assert_non_null(req_header(raw, "Authorization", auth, sizeof(auth)));
    assert_int_equal(sscanf(raw, "%15s %2047s", method, target), 2);
    char *q = strchr(target, '?');
    if (q)
        *q++ = '\0';
    const char *sh = strstr(auth, "SignedHeaders=");
    const char *cred = strstr(auth, "Credential=");
    assert_non_null(sh);
    assert_non_null(cred);
    char names[512], ak[64], date[17];
    sscanf(sh + 14, "%511[^,]", names);
    sscanf(cred + 11, "%63[^/]", ak);
    assert_non_null(req_header(raw, "x-amz-date", date, sizeof(date)));
    rmq_sigv4_header_t h[16];
    char vals[16][512];
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(names, ";", &save); tok && n < 16; tok = strtok_r(NULL, ";", &save)) {
        assert_non_null(req_header(raw, tok, vals[n], sizeof(vals[n])));
        h[n].name = tok;
        h[n].value = vals[n];
        n++;
    }
    char hash[80];
    assert_non_null(req_header(raw, "x-amz-content-sha256", hash, sizeof(hash)));
    rmq_sigv4_req_t r = {method, target, q, h, n, hash};
    rmq_sigv4_key_t k = {ak, secret, region, "s3"};
    char again[RMQ_SIGV4_AUTH_MAX];
    assert_int_equal(rmq_sigv4_sign(&r, &k, date, again, sizeof(again), NULL), 0);
    assert_string_equal(again, auth);
}

/* ---- cases ---- */

static void test_open_options(void **state)
{
    (void)state;
    rmq_objstore_s3_opts_t o;
    char ep[64];
    rmq_objstore_t *st = NULL;
    rmq_err_t err = {0};
    opts_for(&o, NULL, ep, sizeof(ep));
    o.bucket = "";
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    o.bucket = "Bad_Name";
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    o.bucket = "bkt";
    o.part_size = 1 << 20;
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    assert_non_null(strstr(err.msg, "5 MiB"));
    opts_for(&o, NULL, ep, sizeof(ep));
    o.endpoint = "ftp://127.0.0.1";
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    o.endpoint = "http://bad host/";
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    opts_for(&o, NULL, ep, sizeof(ep));
    o.access_key = NULL;
    o.secret_key = NULL;
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    assert_int_equal(rmq_objstore_s3_open(&o, &st, &err), RMQ_EINVAL);
    assert_non_null(strstr(err.msg, "credentials"));
    assert_null(st);
    /* The default endpoint needs nothing but a bucket and credentials. */
    opts_for(&o, NULL, ep, sizeof(ep));
    o.endpoint = NULL;
    o.addressing = RMQ_OBJSTORE_S3_AUTO;
    st = open_ok(&o);
    assert_string_equal(rmq_objstore_backend(st), "s3");
    rmq_objstore_close(st);
}

static void test_env_and_wire(void **state)
{
    (void)state;
    static const char *const script[] = {
        "HTTP/1.1 200 OK\r\nETag: \"abc123\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 200 OK\r\nETag: \"e2\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", NULL};
    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    o.access_key = o.secret_key = o.region = NULL;
    setenv("AWS_ACCESS_KEY_ID", "ENVKEY", 1);
    setenv("AWS_SECRET_ACCESS_KEY", "envsecret", 1);
    setenv("AWS_SESSION_TOKEN", "envtoken/+=", 1);
    setenv("AWS_REGION", "ap-south-2", 1);
    rmq_objstore_t *st = open_ok(&o);
    unsetenv("AWS_ACCESS_KEY_ID");
    unsetenv("AWS_SECRET_ACCESS_KEY");
    unsetenv("AWS_SESSION_TOKEN");
    unsetenv("AWS_REGION");
    rmq_err_t err = {0};
    const char *body = "hello, wire";
    assert_int_equal(rmq_objstore_put_sync(st, "dir/a b+c~\xc3\xa9", body, strlen(body), 0, &err),
                     0);
    assert_int_equal(rmq_objstore_put_sync(st, "c", "x", 1, RMQ_OBJSTORE_IF_NONE_MATCH, &err), 0);
    rmq_objstore_close(st);
    assert_int_equal(fake_nreqs(f), 2);
    const char *raw = f->reqs[0];
    assert_true(starts(raw, "PUT /bkt/dir/a%20b%2Bc~%C3%A9 HTTP/1.1\r\n"));
    char v[256], hash[65];
    assert_non_null(req_header(raw, "Authorization", v, sizeof(v)));
    assert_non_null(strstr(v, "Credential=ENVKEY/"));
    assert_non_null(strstr(v, "/ap-south-2/s3/aws4_request"));
    assert_string_equal(req_header(raw, "X-Amz-Security-Token", v, sizeof(v)), "envtoken/+=");
    rmq_sigv4_sha256_hex(body, strlen(body), hash);
    assert_string_equal(req_header(raw, "x-amz-content-sha256", v, sizeof(v)), hash);
    assert_string_equal(req_header(raw, "Content-Length", v, sizeof(v)), "11");
    assert_null(req_header(raw, "Expect", v, sizeof(v)));
    assert_non_null(strstr(raw, "\r\n\r\nhello, wire"));
    check_wire_signature(raw, "envsecret", "ap-south-2");
    raw = f->reqs[1];
    assert_string_equal(req_header(raw, "If-None-Match", v, sizeof(v)), "*");
    assert_non_null(strstr(req_header(raw, "Authorization", v, sizeof(v)), "if-none-match"));
    check_wire_signature(raw, "envsecret", "ap-south-2");
    fake_stop(f);
}

typedef struct put_wait {
    pthread_mutex_t mu;
    int done, rc;
} put_wait_t;

static void put_wait_cb(void *opaque, rmq_objstore_result_t *res)
{
    put_wait_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->rc = res->rc;
    w->done = 1;
    pthread_mutex_unlock(&w->mu);
}

static int put_digest_wait(rmq_objstore_t *st, const char *key, const char *body, const char *hex)
{
    put_wait_t w = {.mu = PTHREAD_MUTEX_INITIALIZER};
    rmq_buf_t *b = rmq_buf_new_copy(body, strlen(body));
    int rc = rmq_objstore_put_digest(st, key, b, 0, hex, put_wait_cb, &w);
    rmq_buf_unref(b);
    if (rc != 0)
        return rc;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&w.mu);
        int done = w.done;
        pthread_mutex_unlock(&w.mu);
        if (done)
            return w.rc;
        usleep(5000);
    }
    fail_msg("put_digest did not complete in 5 s");
    return -1;
}

/*
 * A caller's payload digest: hashed in pieces it equals the one-shot hash; it is what goes on
 * the wire as x-amz-content-sha256 (debug builds also check that it is the payload's, since
 * test servers do not); malformed digests are refused before anything is sent; unsigned
 * payloads ignore it; multipart sizes do not want one.
 */
static void test_caller_digest(void **state)
{
    (void)state;
    static const char *const script[] = {
        "HTTP/1.1 200 OK\r\nETag: \"d1\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 200 OK\r\nETag: \"d2\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 200 OK\r\nETag: \"d3\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", NULL};
    const char *body = "digest me, in pieces";
    char want[65], got[RMQ_OBJSTORE_DIGEST_HEX], v[128];
    rmq_objstore_digest_t d;

    rmq_sigv4_sha256_hex(body, strlen(body), want);
    assert_int_equal(rmq_objstore_digest_init(&d), 0);
    rmq_objstore_digest_update(&d, body, 6);
    rmq_objstore_digest_update(&d, body + 6, 0);
    rmq_objstore_digest_update(&d, body + 6, strlen(body) - 6);
    rmq_objstore_digest_final(&d, got);
    assert_string_equal(got, want);
    assert_int_equal(rmq_objstore_digest_init(&d), 0);
    rmq_objstore_digest_update(&d, body, 3);
    rmq_objstore_digest_discard(&d); /* abandoned: nothing leaks (ASan) */

    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    o.multipart_threshold = 1024;
    rmq_objstore_t *st = open_ok(&o);
    assert_true(rmq_objstore_wants_digest(st, 1024));
    assert_false(rmq_objstore_wants_digest(st, 1025)); /* multipart: parts are hashed apart */
    assert_int_equal(put_digest_wait(st, "a", body, got), 0);
    char other[65];
    assert_int_equal(put_digest_wait(st, "c", body, "ABCD"), RMQ_EINVAL);
    memcpy(other, want, sizeof(other));
    other[0] = 'G';
    assert_int_equal(put_digest_wait(st, "c", body, other), RMQ_EINVAL);
    rmq_objstore_close(st);
    assert_int_equal(fake_nreqs(f), 1);
    assert_string_equal(req_header(f->reqs[0], "x-amz-content-sha256", v, sizeof(v)), want);
    check_wire_signature(f->reqs[0], "secret/key+", "eu-west-3");
    fake_stop(f);

    f = fake_start(script + 2);
    opts_for(&o, f, ep, sizeof(ep));
    o.unsigned_payload = 1;
    st = open_ok(&o);
    assert_false(rmq_objstore_wants_digest(st, 10));
    assert_int_equal(put_digest_wait(st, "a", body, want), 0);
    rmq_objstore_close(st);
    assert_string_equal(req_header(f->reqs[0], "x-amz-content-sha256", v, sizeof(v)),
                        RMQ_SIGV4_UNSIGNED_PAYLOAD);
    fake_stop(f);
}

static void test_errors_and_retries(void **state)
{
    (void)state;
    static const char *const script[] = {
        /* get: 403 with S3's error body, not retried */
        "HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n"
        "<?xml version=\"1.0\"?><Error><Code>SignatureDoesNotMatch</Code><Message>The sig"
        "nature &amp; all that</Message></Error>",
        /* head: 503 twice, then fine */
        "HTTP/1.1 503 Slow Down\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 503 Slow Down\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Length: 42\r\nETag: \"h\"\r\nConnection: close\r\n\r\n",
        /* delete of a missing key: HEAD 404, no DELETE */
        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        /* put: 412 */
        "HTTP/1.1 412 Precondition Failed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", NULL};
    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    rmq_objstore_t *st = open_ok(&o);
    rmq_err_t err = {0};
    rmq_buf_t *b = NULL;
    assert_int_equal(rmq_objstore_get_sync(st, "k", 0, RMQ_OBJSTORE_TO_END, &b, &err), -EACCES);
    assert_non_null(strstr(err.msg, "403 SignatureDoesNotMatch: The signature & all that"));
    assert_int_equal(fake_nreqs(f), 1);
    uint64_t size = 0;
    char etag[RMQ_OBJSTORE_ETAG_MAX];
    assert_int_equal(rmq_objstore_head_sync(st, "k", &size, etag, &err), 0);
    assert_int_equal(size, 42);
    assert_string_equal(etag, "h");
    rmq_objstore_metrics_t m;
    rmq_objstore_metrics(st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_HEAD].retries, 2);
    assert_int_equal(rmq_objstore_delete_sync(st, "gone", &err), RMQ_ENOTFOUND);
    assert_int_equal(fake_nreqs(f), 5);
    assert_true(starts(f->reqs[4], "HEAD /bkt/gone "));
    assert_int_equal(rmq_objstore_put_sync(st, "c", "x", 1, RMQ_OBJSTORE_IF_NONE_MATCH, &err),
                     RMQ_EEXISTS);
    rmq_objstore_close(st);
    fake_stop(f);
}

#define LIST_HEAD                                                                                  \
    "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n"                \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"

static void test_hostile_listings(void **state)
{
    (void)state;
    static const char *const script[] = {
        /* fine: entities decoded, page sorted, token passed on */
        LIST_HEAD "<ListBucketResult><Contents><Key>p/b&amp;c</Key><Size>7</Size></Contents>"
                  "<Contents><Key>p/a&#x20;&#233;</Key><Size>0</Size></Contents>"
                  "<IsTruncated>true</IsTruncated><NextContinuationToken>t/+=</"
                  "NextContinuationToken></ListBucketResult>",
        LIST_HEAD "not xml at all",
        LIST_HEAD "<!DOCTYPE x [<!ENTITY a \"b\">]><ListBucketResult/>",
        LIST_HEAD "<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>",
        LIST_HEAD "<ListBucketResult><Contents><Key>p/x</Key><Size>-1</Size></Contents>"
                  "</ListBucketResult>",
        LIST_HEAD "<ListBucketResult><Contents><Key>elsewhere</Key><Size>1</Size></Contents>"
                  "</ListBucketResult>",
        LIST_HEAD "<ListBucketResult><Contents><Key>p/1</Key><Size>1</Size></Contents>"
                  "<Contents><Key>p/2</Key><Size>1</Size></Contents>"
                  "<Contents><Key>p/3</Key><Size>1</Size></Contents></ListBucketResult>",
        LIST_HEAD "<Other/>",
        LIST_HEAD "<ListBucketResult><Contents><Key>p/1</Key><Size>1</Size>",
        NULL};
    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    rmq_objstore_t *st = open_ok(&o);
    rmq_objstore_list_t l;
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_list_sync(st, "p/", "tok en", 2, &l, &err), 0);
    assert_int_equal(l.count, 2);
    assert_string_equal(l.entries[0].key, "p/a \xc3\xa9");
    assert_string_equal(l.entries[1].key, "p/b&c");
    assert_int_equal(l.entries[1].size, 7);
    assert_string_equal(l.next_token, "t/+=");
    rmq_objstore_list_release(&l);
    assert_non_null(strstr(f->reqs[0], "continuation-token=tok%20en"));
    assert_non_null(strstr(f->reqs[0], "max-keys=2"));
    assert_non_null(strstr(f->reqs[0], "prefix=p%2F"));
    for (int i = 1; i <= 8; i++) {
        memset(&err, 0, sizeof(err));
        int rc = rmq_objstore_list_sync(st, "p/", NULL, 2, &l, &err);
        if (rc != RMQ_ECORRUPT)
            print_error("response %d: rc %d (%s)\n", i, rc, err.msg);
        assert_int_equal(rc, RMQ_ECORRUPT);
        assert_true(err.msg[0] != '\0');
    }
    assert_int_equal(fake_nreqs(f), 9); /* ECORRUPT is not retried */
    rmq_objstore_close(st);
    fake_stop(f);
}

static void test_hostile_ranges(void **state)
{
    (void)state;
    static const char *const script[] = {
        /* a range that does not start where asked */
        "HTTP/1.1 206 Partial\r\nContent-Range: bytes 5-9/100\r\nContent-Length: 5\r\n"
        "Connection: close\r\n\r\n56789",
        /* a short range, not at the end */
        "HTTP/1.1 206 Partial\r\nContent-Range: bytes 0-1/100\r\nContent-Length: 2\r\n"
        "Connection: close\r\n\r\n01",
        /* garbage Content-Range */
        "HTTP/1.1 206 Partial\r\nContent-Range: bytes x-y/z\r\nContent-Length: 2\r\n"
        "Connection: close\r\n\r\n01",
        /* an empty object: no byte to range over */
        "HTTP/1.1 206 Partial\r\nContent-Range: bytes 0-0/0\r\nContent-Length: 1\r\n"
        "Connection: close\r\n\r\n",
        /* Range ignored: the whole object comes back and the range is cut out of it */
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nETag: \"w\"\r\nConnection: close\r\n\r\n"
        "0123456789",
        /* a 416 with the size */
        "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */10\r\nContent-Length: 0\r\n"
        "Connection: close\r\n\r\n",
        NULL};
    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    rmq_objstore_t *st = open_ok(&o);
    rmq_buf_t *b = NULL;
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_get_sync(st, "k", 0, 10, &b, &err), RMQ_ECORRUPT);
    assert_int_equal(rmq_objstore_get_sync(st, "k", 0, 10, &b, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "short"));
    assert_int_equal(rmq_objstore_get_sync(st, "k", 0, 10, &b, &err), RMQ_ECORRUPT);
    assert_int_equal(rmq_objstore_get_sync(st, "k", 0, 1, &b, &err), RMQ_ERANGE);
    assert_non_null(strstr(f->reqs[3], "Range: bytes=0-1\r\n")); /* never an end of 0 */
    assert_int_equal(rmq_objstore_get_sync(st, "k", 3, 50, &b, &err), 0);
    assert_int_equal(b->size, 7);
    assert_memory_equal(b->data, "3456789", 7);
    rmq_buf_unref(b);
    b = NULL;
    assert_int_equal(rmq_objstore_get_sync(st, "k", 10, 1, &b, &err), RMQ_ERANGE);
    assert_non_null(strstr(err.msg, "size 10"));
    assert_null(b);
    rmq_objstore_close(st);
    fake_stop(f);
}

#define OK_XML "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?>"

static void test_multipart_protocol(void **state)
{
    (void)state;
    static const char *const script[] = {
        /* 1: create, part, complete answered 200 with an <Error> (retried), complete ok */
        OK_XML "<InitiateMultipartUploadResult><UploadId>up/1+=</UploadId>"
               "</InitiateMultipartUploadResult>",
        "HTTP/1.1 200 OK\r\nETag: \"p1\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        OK_XML "<Error><Code>InternalError</Code><Message>try again</Message></Error>",
        OK_XML "<CompleteMultipartUploadResult><ETag>\"whole-1\"</ETag>"
               "</CompleteMultipartUploadResult>",
        /* 2: a part without ETag: the upload is aborted */
        OK_XML "<InitiateMultipartUploadResult><UploadId>up2</UploadId>"
               "</InitiateMultipartUploadResult>",
        "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n",
        /* 3: create without an UploadId */
        OK_XML "<InitiateMultipartUploadResult></InitiateMultipartUploadResult>", NULL};
    fake_t *f = fake_start(script);
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, f, ep, sizeof(ep));
    o.multipart_threshold = 4; /* a 10-byte put goes multipart, as one part */
    o.unsigned_payload = 1;
    rmq_objstore_t *st = open_ok(&o);
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_put_sync(st, "m", "0123456789", 10, 0, &err), 0);
    assert_int_equal(fake_nreqs(f), 4);
    assert_true(starts(f->reqs[0], "POST /bkt/m?uploads HTTP/1.1"));
    assert_true(starts(f->reqs[1], "PUT /bkt/m?partNumber=1&uploadId=up%2F1%2B%3D "));
    char v[128];
    assert_string_equal(req_header(f->reqs[1], "x-amz-content-sha256", v, sizeof(v)),
                        "UNSIGNED-PAYLOAD");
    assert_true(starts(f->reqs[2], "POST /bkt/m?uploadId=up%2F1%2B%3D "));
    assert_non_null(strstr(f->reqs[3], "<Part><PartNumber>1</PartNumber><ETag>\"p1\"</ETag>"));
    for (int i = 0; i < 4; i++)
        check_wire_signature(f->reqs[i], "secret/key+", "eu-west-3");
    assert_int_equal(rmq_objstore_put_sync(st, "m2", "0123456789", 10, 0, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "ETag"));
    assert_int_equal(fake_nreqs(f), 7);
    assert_true(starts(f->reqs[6], "DELETE /bkt/m2?uploadId=up2 "));
    assert_int_equal(rmq_objstore_put_sync(st, "m3", "0123456789", 10, 0, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "UploadId"));
    assert_int_equal(fake_nreqs(f), 8);
    rmq_objstore_close(st);
    fake_stop(f);
}

static void test_refused(void **state)
{
    (void)state;
    fake_t *f = fake_start((const char *const[]){NULL});
    int port = f->port;
    fake_stop(f); /* nothing listens there now */
    rmq_objstore_s3_opts_t o;
    char ep[64];
    opts_for(&o, NULL, ep, sizeof(ep));
    snprintf(ep, sizeof(ep), "http://127.0.0.1:%d", port);
    o.common.retry.max_attempts = 3;
    rmq_objstore_t *st = open_ok(&o);
    rmq_err_t err = {0};
    uint64_t t0 = rmq_mono_ms();
    assert_int_equal(rmq_objstore_head_sync(st, "k", NULL, NULL, &err), -ECONNREFUSED);
    assert_true(rmq_mono_ms() - t0 < 5000);
    rmq_objstore_metrics_t m;
    rmq_objstore_metrics(st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_HEAD].retries, 2);
    rmq_objstore_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_options),       cmocka_unit_test(test_env_and_wire),
        cmocka_unit_test(test_caller_digest),      cmocka_unit_test(test_errors_and_retries),
        cmocka_unit_test(test_hostile_listings),   cmocka_unit_test(test_hostile_ranges),
        cmocka_unit_test(test_multipart_protocol), cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests_name("s3", tests, NULL, NULL);
}
