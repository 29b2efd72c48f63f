/*
 * Tests for the HTTP engine (src/objstore/http.c) against a small scripted HTTP/1.1 server
 * running in the test on 127.0.0.1 (ephemeral port). The server's routes:
 *   /echo            200, body = request line, headers and body as received
 *   /status/NNN      NNN with a small XML error body
 *   /sleep/MS        200 after MS milliseconds
 *   /reset           reads the request, then resets the connection (RST)
 *   /close           reads the request, then closes without a response
 *   /short           announces 100 body bytes, sends 10, closes
 *   /big/N           200 with N bytes (Content-Length)
 *   /chunked/N       200 with N bytes, chunked (no Content-Length)
 *   /errbig          500 with a 200 KiB body
 *   /hugeheaders     200 with 2000 header lines
 * It keeps connections alive, and counts accepted connections and the most requests it
 * served at once.
 */
#include <setjmp.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include "objstore/http.h"
#include "common/clock.h"
#include "common/mem.h"

/* ---- the scripted server ---- */

#define MAX_CONNS 64

typedef struct srv {
    int lfd;
    int port;
    pthread_t th;
    pthread_mutex_t mu;
    int stop;
    int accepted;
    int busy, busy_max;
    char last_req[8192]; /* headers of the last request */
    pthread_t conns[MAX_CONNS];
    int conn_fds[MAX_CONNS];
    int nconns;
} srv_t;

typedef struct conn_arg {
    srv_t *s;
    int fd;
} conn_arg_t;

static int srv_stopping(srv_t *s)
{
    pthread_mutex_lock(&s->mu);
    int st = s->stop;
    pthread_mutex_unlock(&s->mu);
    return st;
}

static int send_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = send(fd, c, n, MSG_NOSIGNAL);
        if (w <= 0)
            return -1;
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Reads one request into buf (headers + body); returns total length, 0 on EOF, -1 on stop. */
static ssize_t read_request(srv_t *s, int fd, char *buf, size_t cap, size_t *hdr_len)
{
    size_t len = 0;
    for (int guard = 0; guard < 100000; guard++) {
        char *end = len >= 4 ? memmem(buf, len, "\r\n\r\n", 4) : NULL;
        if (end != NULL) {
            *hdr_len = (size_t)(end - buf) + 4;
            size_t body = 0;
            char *cl = strcasestr(buf, "\ncontent-length:");
            if (cl != NULL && cl < end)
                body = strtoul(cl + 16, NULL, 10);
            if (*hdr_len + body > cap)
                return -1;
            while (len < *hdr_len + body) {
                struct pollfd pfd = {.fd = fd, .events = POLLIN};
                if (poll(&pfd, 1, 100) == 0) {
                    if (srv_stopping(s))
                        return -1;
                    continue;
                }
                ssize_t r = recv(fd, buf + len, cap - len, 0);
                if (r <= 0)
                    return -1;
                len += (size_t)r;
            }
            return (ssize_t)len;
        }
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        if (poll(&pfd, 1, 100) == 0) {
            if (srv_stopping(s))
                return -1;
            continue;
        }
        if (len == cap)
            return -1;
        ssize_t r = recv(fd, buf + len, cap - len, 0);
        if (r <= 0)
            return r == 0 && len == 0 ? 0 : -1;
        len += (size_t)r;
    }
    return -1;
}

static __thread int responding_to_head;

static void respond(int fd, int status, const char *extra_hdrs, const void *body, size_t n)
{
    char head[512];
    int h = snprintf(head, sizeof(head),
                     "HTTP/1.1 %d X\r\nContent-Length: %zu\r\nETag: \"e1\"\r\n"
                     "X-Amz-Request-Id:   req-1  \r\n%s\r\n",
                     status, n, extra_hdrs ? extra_hdrs : "");
    send_all(fd, head, (size_t)h);
    if (n && !responding_to_head)
        send_all(fd, body, n);
}

static void *conn_main(void *arg)
{
    conn_arg_t *ca = arg;
    srv_t *s = ca->s;
    int fd = ca->fd;
    free(ca);
    size_t cap = 8u << 20;
    char *buf = rmq_malloc(cap);
    for (;;) {
        size_t hl = 0;
        ssize_t n = read_request(s, fd, buf, cap - 1, &hl);
        if (n <= 0)
            break;
        buf[n] = '\0';
        pthread_mutex_lock(&s->mu);
        snprintf(s->last_req, sizeof(s->last_req), "%.*s", (int)hl, buf);
        s->busy++;
        if (s->busy > s->busy_max)
            s->busy_max = s->busy;
        pthread_mutex_unlock(&s->mu);
        char method[16] = "", path[256] = "";
        sscanf(buf, "%15s %255s", method, path);
        responding_to_head = strcmp(method, "HEAD") == 0;
        int keep = 1;
        if (strcmp(path, "/echo") == 0) {
            respond(fd, 200, NULL, buf, (size_t)n);
        } else if (strncmp(path, "/status/", 8) == 0) {
            const char *b = "<Error><Code>Oops</Code></Error>";
            respond(fd, atoi(path + 8), NULL, b, strlen(b));
        } else if (strncmp(path, "/sleep/", 7) == 0) {
            int ms = atoi(path + 7);
            for (int t = 0; t < ms && !srv_stopping(s); t += 10)
                rmq_sleep_ms(10);
            respond(fd, 200, NULL, "slept", 5);
        } else if (strcmp(path, "/reset") == 0) {
            struct linger lg = {.l_onoff = 1, .l_linger = 0};
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
            keep = 0;
        } else if (strcmp(path, "/close") == 0) {
            keep = 0;
        } else if (strcmp(path, "/short") == 0) {
            const char *h = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789";
            send_all(fd, h, strlen(h));
            keep = 0;
        } else if (strncmp(path, "/big/", 5) == 0) {
            size_t len = strtoul(path + 5, NULL, 10);
            char *b = rmq_malloc(len ? len : 1);
            for (size_t i = 0; i < len; i++)
                b[i] = (char)('a' + i % 26);
            respond(fd, 200, NULL, b, len);
            free(b);
        } else if (strncmp(path, "/chunked/", 9) == 0) {
            size_t len = strtoul(path + 9, NULL, 10);
            const char *h = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            send_all(fd, h, strlen(h));
            char chunk[4096 + 16];
            memset(chunk, 'c', sizeof(chunk));
            for (size_t sent = 0; sent < len;) {
                size_t c = len - sent < 4096 ? len - sent : 4096;
                char sz[32];
                int k = snprintf(sz, sizeof(sz), "%zx\r\n", c);
                if (send_all(fd, sz, (size_t)k) || send_all(fd, chunk, c) ||
                    send_all(fd, "\r\n", 2))
                    break;
                sent += c;
            }
            send_all(fd, "0\r\n\r\n", 5);
        } else if (strcmp(path, "/errbig") == 0) {
            size_t len = 200u << 10;
            char *b = rmq_malloc(len);
            memset(b, 'e', len);
            respond(fd, 500, NULL, b, len);
            free(b);
        } else if (strcmp(path, "/hugeheaders") == 0) {
            rmq_wbuf_t wb;
            rmq_wbuf_init(&wb, 1 << 16);
            const char *h = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n";
            rmq_wbuf_append(&wb, h, strlen(h));
            for (int i = 0; i < 2000; i++) {
                char line[128];
                int k = snprintf(line, sizeof(line), "X-H-%d: %060d\r\n", i, i);
                rmq_wbuf_append(&wb, line, (size_t)k);
            }
            rmq_wbuf_append(&wb, "\r\nok", 4);
            send_all(fd, wb.data, wb.len);
            rmq_wbuf_release(&wb);
        } else {
            respond(fd, 404, NULL, NULL, 0);
        }
        pthread_mutex_lock(&s->mu);
        s->busy--;
        pthread_mutex_unlock(&s->mu);
        if (!keep)
            break;
    }
    free(buf);
    close(fd);
    return NULL;
}

static void *accept_main(void *arg)
{
    srv_t *s = arg;
    while (!srv_stopping(s)) {
        struct pollfd pfd = {.fd = s->lfd, .events = POLLIN};
        if (poll(&pfd, 1, 50) <= 0)
            continue;
        int fd = accept(s->lfd, NULL, NULL);
        if (fd < 0)
            continue;
        pthread_mutex_lock(&s->mu);
        if (s->nconns == MAX_CONNS) {
            pthread_mutex_unlock(&s->mu);
            close(fd);
            continue;
        }
        s->accepted++;
        conn_arg_t *ca = rmq_malloc(sizeof(*ca));
        ca->s = s;
        ca->fd = fd;
        s->conn_fds[s->nconns] = fd;
        pthread_create(&s->conns[s->nconns++], NULL, conn_main, ca);
        pthread_mutex_unlock(&s->mu);
    }
    return NULL;
}

/* Binds an ephemeral port on 127.0.0.1; returns the listening fd and sets *port. */
static int listen_any(int *port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    assert_true(fd >= 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
    socklen_t sl = sizeof(sa);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &sl), 0);
    *port = ntohs(sa.sin_port);
    return fd;
}

static srv_t *srv_start(void)
{
    srv_t *s = rmq_calloc(1, sizeof(*s));
    pthread_mutex_init(&s->mu, NULL);
    s->lfd = listen_any(&s->port);
    assert_int_equal(listen(s->lfd, 64), 0);
    assert_int_equal(pthread_create(&s->th, NULL, accept_main, s), 0);
    return s;
}

static void srv_stop(srv_t *s)
{
    pthread_mutex_lock(&s->mu);
    s->stop = 1;
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->th, NULL);
    for (int i = 0; i < s->nconns; i++)
        pthread_join(s->conns[i], NULL);
    close(s->lfd);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

/* ---- waiting for completions ---- */

typedef struct waiter {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
    rmq_http_req_t *reqs[256];
    pthread_t cb_thread;
} waiter_t;

static void waiter_init(waiter_t *w)
{
    memset(w, 0, sizeof(*w));
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cond, NULL);
}

static void on_done(rmq_http_req_t *req, void *opaque)
{
    waiter_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->cb_thread = pthread_self();
    w->reqs[w->done++] = req;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->mu);
}

static void waiter_wait(waiter_t *w, int n)
{
    uint64_t deadline = rmq_mono_ms() + 20000;
    pthread_mutex_lock(&w->mu);
    while (w->done < n && rmq_mono_ms() < deadline) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
        pthread_cond_timedwait(&w->cond, &w->mu, &ts);
    }
    pthread_mutex_unlock(&w->mu);
    assert_int_equal(w->done, n);
}

static void waiter_release(waiter_t *w)
{
    for (int i = 0; i < w->done; i++)
        rmq_http_req_free(w->reqs[i]);
    w->done = 0;
}

typedef struct fx {
    srv_t *srv;
    rmq_http_t *http;
    char base[64];
} fx_t;

static int setup(void **state)
{
    fx_t *fx = rmq_calloc(1, sizeof(*fx));
    fx->srv = srv_start();
    snprintf(fx->base, sizeof(fx->base), "http://127.0.0.1:%d", fx->srv->port);
    rmq_http_opts_t o;
    rmq_http_opts_init(&o);
    o.max_concurrent = 4;
    o.name = "test";
    rmq_err_t err;
    assert_int_equal(rmq_http_new(&o, &fx->http, &err), 0);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fx_t *fx = *state;
    rmq_http_free(fx->http);
    srv_stop(fx->srv);
    free(fx);
    return 0;
}

/* Runs one request to completion; the caller frees the result. */
static rmq_http_req_t *run(fx_t *fx, rmq_http_req_t *req)
{
    waiter_t w;
    waiter_init(&w);
    assert_int_equal(rmq_http_submit(fx->http, req, on_done, &w), 0);
    waiter_wait(&w, 1);
    assert_false(pthread_equal(w.cb_thread, pthread_self()));
    return w.reqs[0];
}

static rmq_http_req_t *get(fx_t *fx, const char *path)
{
    char url[256];
    snprintf(url, sizeof(url), "%s%s", fx->base, path);
    return run(fx, rmq_http_req_new("GET", url));
}

static const char *body_str(rmq_http_req_t *req)
{
    size_t n;
    const uint8_t *b = rmq_http_req_resp_body(req, &n);
    static __thread char out[16384];
    snprintf(out, sizeof(out), "%.*s", (int)(n < sizeof(out) - 1 ? n : sizeof(out) - 1), b);
    return out;
}

/* ---- cases ---- */

static void test_get_and_headers(void **state)
{
    fx_t *fx = *state;
    char url[128];
    snprintf(url, sizeof(url), "%s/echo", fx->base);
    rmq_http_req_t *req = rmq_http_req_new("GET", url);
    rmq_http_req_header(req, "X-Amz-Date", "20240102T030405Z");
    rmq_http_req_header(req, "X-Empty", "");
    rmq_http_req_headerf(req, "Range", "bytes=%d-%d", 3, 9);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_int_equal(rmq_http_req_status(req), 200);
    assert_string_equal(rmq_http_req_errmsg(req), "");
    const char *echo = body_str(req);
    assert_true(strncmp(echo, "GET /echo HTTP/1.1\r\n", 20) == 0);
    assert_non_null(strstr(echo, "\r\nX-Amz-Date: 20240102T030405Z\r\n"));
    assert_non_null(strstr(echo, "\r\nX-Empty:\r\n"));
    assert_non_null(strstr(echo, "\r\nRange: bytes=3-9\r\n"));
    assert_null(strcasestr(echo, "\r\nAccept:"));
    assert_null(strcasestr(echo, "\r\nExpect:"));
    assert_null(strcasestr(echo, "\r\nProxy"));
    /* Response headers: case-insensitive, trimmed. */
    assert_string_equal(rmq_http_req_resp_header(req, "etag"), "\"e1\"");
    assert_string_equal(rmq_http_req_resp_header(req, "x-amz-request-id"), "req-1");
    assert_null(rmq_http_req_resp_header(req, "x-missing"));
    assert_string_equal(rmq_http_req_method(req), "GET");
    assert_string_equal(rmq_http_req_url(req), url);
    rmq_http_req_free(req);
}

static void test_methods_and_bodies(void **state)
{
    fx_t *fx = *state;
    char url[128];
    snprintf(url, sizeof(url), "%s/echo", fx->base);
    /* A 3 MiB PUT from a buffer: no Expect: 100-continue, exact bytes. */
    size_t n = 3u << 20;
    rmq_buf_t *b = rmq_buf_new(n);
    for (size_t i = 0; i < n; i++)
        b->data[i] = (uint8_t)(i * 7 + (i >> 9));
    rmq_http_req_t *req = rmq_http_req_new("PUT", url);
    rmq_http_req_body_buf(req, b, 1, n - 1);
    rmq_http_req_limit(req, n + 4096);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    size_t len;
    const uint8_t *echo = rmq_http_req_resp_body(req, &len);
    const uint8_t *sep = memmem(echo, len, "\r\n\r\n", 4);
    assert_non_null(sep);
    size_t hl = (size_t)(sep - echo) + 4;
    assert_int_equal(len - hl, n - 1);
    assert_memory_equal(echo + hl, b->data + 1, n - 1);
    assert_null(memmem(echo, hl, "Expect", 6));
    assert_non_null(memmem(echo, hl, "Content-Length: 3145727", 23));
    rmq_http_req_free(req);
    rmq_buf_unref(b);

    /* POST without a body: Content-Length: 0 and no form Content-Type. */
    req = run(fx, rmq_http_req_new("POST", url));
    assert_int_equal(rmq_http_req_rc(req), 0);
    const char *s = body_str(req);
    assert_true(strncmp(s, "POST /echo HTTP/1.1\r\n", 21) == 0);
    assert_non_null(strstr(s, "Content-Length: 0\r\n"));
    assert_null(strcasestr(s, "content-type"));
    rmq_http_req_free(req);

    /* POST with a body from memory. */
    req = rmq_http_req_new("POST", url);
    rmq_http_req_body(req, "<x/>", 4);
    rmq_http_req_header(req, "Content-Type", "application/xml");
    req = run(fx, req);
    s = body_str(req);
    assert_non_null(strstr(s, "Content-Length: 4\r\n"));
    assert_non_null(strstr(s, "Content-Type: application/xml\r\n"));
    assert_non_null(strstr(s, "\r\n\r\n<x/>"));
    rmq_http_req_free(req);

    /* DELETE, and HEAD (no body read even with a Content-Length). */
    req = run(fx, rmq_http_req_new("DELETE", url));
    assert_true(strncmp(body_str(req), "DELETE /echo HTTP/1.1", 21) == 0);
    rmq_http_req_free(req);
    req = run(fx, rmq_http_req_new("HEAD", url));
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_int_equal(rmq_http_req_status(req), 200);
    rmq_http_req_resp_body(req, &len);
    assert_int_equal(len, 0);
    assert_non_null(rmq_http_req_resp_header(req, "Content-Length"));
    rmq_http_req_free(req);
    /* PUT of nothing. */
    req = rmq_http_req_new("PUT", url);
    rmq_http_req_body(req, NULL, 0);
    req = run(fx, req);
    assert_non_null(strstr(body_str(req), "Content-Length: 0\r\n"));
    rmq_http_req_free(req);
}

static void test_statuses(void **state)
{
    fx_t *fx = *state;
    int codes[] = {404, 412, 416, 503, 301};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(codes); i++) {
        char path[32];
        snprintf(path, sizeof(path), "/status/%d", codes[i]);
        rmq_http_req_t *req = get(fx, path);
        assert_int_equal(rmq_http_req_rc(req), 0); /* a response arrived */
        assert_int_equal(rmq_http_req_status(req), codes[i]);
        assert_string_equal(body_str(req), "<Error><Code>Oops</Code></Error>");
        rmq_http_req_free(req);
    }
    /* A large error body is truncated, not an error. */
    rmq_http_req_t *req = get(fx, "/errbig");
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_int_equal(rmq_http_req_status(req), 500);
    size_t len;
    rmq_http_req_resp_body(req, &len);
    assert_int_equal(len, RMQ_HTTP_ERROR_BODY_MAX);
    rmq_http_req_free(req);
    assert_true(rmq_http_status_retriable(503));
    assert_true(rmq_http_status_retriable(500));
    assert_true(rmq_http_status_retriable(429));
    assert_false(rmq_http_status_retriable(501));
    assert_false(rmq_http_status_retriable(404));
    assert_false(rmq_http_status_retriable(403));
}

static void test_keepalive(void **state)
{
    fx_t *fx = *state;
    long conns = 0;
    for (int i = 0; i < 10; i++) {
        rmq_http_req_t *req = get(fx, "/big/1000");
        assert_int_equal(rmq_http_req_rc(req), 0);
        conns += rmq_http_req_new_conns(req);
        rmq_http_req_free(req);
    }
    assert_int_equal(conns, 1);
    pthread_mutex_lock(&fx->srv->mu);
    assert_int_equal(fx->srv->accepted, 1);
    pthread_mutex_unlock(&fx->srv->mu);
}

static void test_concurrency_cap(void **state)
{
    fx_t *fx = *state;
    waiter_t w;
    waiter_init(&w);
    char url[128];
    snprintf(url, sizeof(url), "%s/sleep/30", fx->base);
    for (int i = 0; i < 24; i++)
        assert_int_equal(rmq_http_submit(fx->http, rmq_http_req_new("GET", url), on_done, &w), 0);
    waiter_wait(&w, 24);
    for (int i = 0; i < 24; i++) {
        assert_int_equal(rmq_http_req_rc(w.reqs[i]), 0);
        assert_string_equal(body_str(w.reqs[i]), "slept");
    }
    waiter_release(&w);
    pthread_mutex_lock(&fx->srv->mu);
    assert_true(fx->srv->busy_max >= 2);
    assert_true(fx->srv->busy_max <= 4);
    assert_true(fx->srv->accepted <= 4);
    pthread_mutex_unlock(&fx->srv->mu);
}

static void test_transport_errors(void **state)
{
    fx_t *fx = *state;
    /* Timeout. */
    char url[128];
    snprintf(url, sizeof(url), "%s/sleep/3000", fx->base);
    rmq_http_req_t *req = rmq_http_req_new("GET", url);
    rmq_http_req_timeouts(req, 0, 200);
    uint64_t t0 = rmq_mono_ms();
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), -ETIMEDOUT);
    assert_true(rmq_mono_ms() - t0 < 2000);
    assert_non_null(strstr(rmq_http_req_errmsg(req), "/sleep/3000"));
    rmq_http_req_free(req);
    /* Reset, close without a response, short body. */
    req = get(fx, "/reset");
    assert_int_equal(rmq_http_req_rc(req), -ECONNRESET);
    rmq_http_req_free(req);
    req = get(fx, "/close");
    assert_int_equal(rmq_http_req_rc(req), -ECONNABORTED);
    rmq_http_req_free(req);
    req = get(fx, "/short");
    assert_int_equal(rmq_http_req_rc(req), -ECONNABORTED);
    rmq_http_req_free(req);
    /* Refused: a port bound but not listening. */
    int port;
    int fd = listen_any(&port);
    snprintf(url, sizeof(url), "http://127.0.0.1:%d/x", port);
    req = run(fx, rmq_http_req_new("GET", url));
    assert_int_equal(rmq_http_req_rc(req), -ECONNREFUSED);
    assert_int_equal(rmq_http_req_status(req), 0);
    rmq_http_req_free(req);
    close(fd);
    /* Malformed URL, unsupported scheme. */
    req = run(fx, rmq_http_req_new("GET", "http://[::1"));
    assert_int_equal(rmq_http_req_rc(req), RMQ_EINVAL);
    rmq_http_req_free(req);
    req = run(fx, rmq_http_req_new("GET", "ftp://127.0.0.1/x"));
    assert_int_equal(rmq_http_req_rc(req), -EPROTO);
    rmq_http_req_free(req);
    assert_true(rmq_http_rc_retriable(-ETIMEDOUT));
    assert_true(rmq_http_rc_retriable(-ECONNRESET));
    assert_true(rmq_http_rc_retriable(-ECONNREFUSED));
    assert_true(rmq_http_rc_retriable(-ECONNABORTED));
    assert_false(rmq_http_rc_retriable(-EPROTO));
    assert_false(rmq_http_rc_retriable(RMQ_ETOOBIG));
    /* The engine still works after all that. */
    req = get(fx, "/big/10");
    assert_int_equal(rmq_http_req_rc(req), 0);
    rmq_http_req_free(req);
}

static void test_limits(void **state)
{
    fx_t *fx = *state;
    char url[128];
    /* Announced too big: refused before the body. */
    snprintf(url, sizeof(url), "%s/big/1000000", fx->base);
    rmq_http_req_t *req = rmq_http_req_new("GET", url);
    rmq_http_req_limit(req, 1000);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), RMQ_ETOOBIG);
    assert_non_null(strstr(rmq_http_req_errmsg(req), "limit"));
    rmq_http_req_free(req);
    /* Too big while streaming (chunked, no length). */
    snprintf(url, sizeof(url), "%s/chunked/100000", fx->base);
    req = rmq_http_req_new("GET", url);
    rmq_http_req_limit(req, 50000);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), RMQ_ETOOBIG);
    rmq_http_req_free(req);
    /* Exactly the limit is fine; the body is intact. */
    req = rmq_http_req_new("GET", url);
    rmq_http_req_limit(req, 100000);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    rmq_buf_t *b = rmq_http_req_take_body(req);
    assert_int_equal(b->size, 100000);
    assert_int_equal(b->data[99999], 'c');
    rmq_buf_unref(b);
    size_t len;
    rmq_http_req_resp_body(req, &len);
    assert_int_equal(len, 0);
    rmq_http_req_free(req);
    snprintf(url, sizeof(url), "%s/big/5000", fx->base);
    req = rmq_http_req_new("GET", url);
    rmq_http_req_limit(req, 5000);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    const uint8_t *p = rmq_http_req_resp_body(req, &len);
    assert_int_equal(len, 5000);
    assert_int_equal(p[4999], 'a' + 4999 % 26);
    rmq_http_req_free(req);
    /* Hostile headers: 2000 lines is over the line and byte limits. */
    req = get(fx, "/hugeheaders");
    assert_int_equal(rmq_http_req_rc(req), RMQ_ECORRUPT);
    assert_non_null(strstr(rmq_http_req_errmsg(req), "headers"));
    rmq_http_req_free(req);
}

static int refuse_416(rmq_http_req_t *req, void *opaque)
{
    int *calls = opaque;
    (*calls)++;
    return rmq_http_req_status(req) == 416 ? RMQ_ERANGE : 0;
}

static void test_on_headers(void **state)
{
    fx_t *fx = *state;
    char url[128];
    int calls = 0;
    snprintf(url, sizeof(url), "%s/status/416", fx->base);
    rmq_http_req_t *req = rmq_http_req_new("GET", url);
    rmq_http_req_on_headers(req, refuse_416, &calls);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), RMQ_ERANGE);
    assert_int_equal(rmq_http_req_status(req), 416);
    assert_string_equal(rmq_http_req_resp_header(req, "ETag"), "\"e1\"");
    assert_int_equal(calls, 1);
    rmq_http_req_free(req);
    snprintf(url, sizeof(url), "%s/big/10", fx->base);
    req = rmq_http_req_new("GET", url);
    rmq_http_req_on_headers(req, refuse_416, &calls);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_int_equal(calls, 2);
    rmq_http_req_free(req);
}

static void test_inject_and_delay(void **state)
{
    fx_t *fx = *state;
    char url[128];
    snprintf(url, sizeof(url), "%s/echo", fx->base);
    rmq_http_req_t *req = rmq_http_req_new("PUT", url);
    rmq_http_req_inject(req, 503, 0);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_int_equal(rmq_http_req_status(req), 503);
    rmq_http_req_free(req);
    req = rmq_http_req_new("GET", url);
    rmq_http_req_inject(req, 0, -ECONNRESET);
    req = run(fx, req);
    assert_int_equal(rmq_http_req_rc(req), -ECONNRESET);
    assert_int_equal(rmq_http_req_status(req), 0);
    rmq_http_req_free(req);
    pthread_mutex_lock(&fx->srv->mu);
    assert_int_equal(fx->srv->accepted, 0); /* never on the network */
    pthread_mutex_unlock(&fx->srv->mu);

    req = rmq_http_req_new("GET", url);
    rmq_http_req_delay(req, 150);
    uint64_t t0 = rmq_mono_ms();
    req = run(fx, req);
    assert_true(rmq_mono_ms() - t0 >= 150);
    assert_int_equal(rmq_http_req_rc(req), 0);
    rmq_http_req_free(req);
}

static void test_env_proxy_ignored(void **state)
{
    fx_t *fx = *state;
    setenv("http_proxy", "http://127.0.0.1:1", 1);
    setenv("ALL_PROXY", "http://127.0.0.1:1", 1);
    rmq_http_req_t *req = get(fx, "/big/3");
    unsetenv("http_proxy");
    unsetenv("ALL_PROXY");
    assert_int_equal(rmq_http_req_rc(req), 0);
    assert_string_equal(body_str(req), "abc");
    rmq_http_req_free(req);
}

static rmq_http_t *resubmit_target;
static int resubmit_rc = 1;

static void on_done_resubmit(rmq_http_req_t *req, void *opaque)
{
    waiter_t *w = opaque;
    if (rmq_http_req_rc(req) == RMQ_ECLOSED && resubmit_rc == 1) {
        rmq_http_req_t *again = rmq_http_req_new("GET", "http://127.0.0.1:1/");
        resubmit_rc = rmq_http_submit(resubmit_target, again, on_done_resubmit, w);
        if (resubmit_rc != 0)
            rmq_http_req_free(again);
    }
    on_done(req, opaque);
}

static void test_free_in_flight(void **state)
{
    fx_t *fx = *state;
    waiter_t w;
    waiter_init(&w);
    char url[128];
    snprintf(url, sizeof(url), "%s/sleep/5000", fx->base);
    resubmit_target = fx->http;
    for (int i = 0; i < 8; i++) { /* 4 in flight, 4 waiting for a slot */
        rmq_http_req_t *req = rmq_http_req_new("GET", url);
        assert_int_equal(rmq_http_submit(fx->http, req, on_done_resubmit, &w), 0);
    }
    rmq_http_req_t *later = rmq_http_req_new("GET", url);
    rmq_http_req_delay(later, 60000);
    assert_int_equal(rmq_http_submit(fx->http, later, on_done, &w), 0);
    rmq_sleep_ms(100);
    uint64_t t0 = rmq_mono_ms();
    rmq_http_free(fx->http);
    fx->http = NULL;
    assert_true(rmq_mono_ms() - t0 < 2000);
    assert_int_equal(w.done, 9);
    for (int i = 0; i < 9; i++)
        assert_int_equal(rmq_http_req_rc(w.reqs[i]), RMQ_ECLOSED);
    assert_int_equal(resubmit_rc, RMQ_ECLOSED);
    waiter_release(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_get_and_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_methods_and_bodies, setup, teardown),
        cmocka_unit_test_setup_teardown(test_statuses, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keepalive, setup, teardown),
        cmocka_unit_test_setup_teardown(test_concurrency_cap, setup, teardown),
        cmocka_unit_test_setup_teardown(test_transport_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_limits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_on_headers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_inject_and_delay, setup, teardown),
        cmocka_unit_test_setup_teardown(test_env_proxy_ignored, setup, teardown),
        cmocka_unit_test_setup_teardown(test_free_in_flight, setup, teardown),
    };
    return cmocka_run_group_tests_name("http", tests, NULL, NULL);
}
