/* Unit tests for src/net/server.c over real loopback sockets: framing, pipelining with
 * out-of-order answers, limits, idle timeout, backpressure and graceful stop. */
#include <setjmp.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include "net/server.h"
#include "common/clock.h"
#include "common/mem.h"

/* Requests parked by the handler, answered later by the test (any order). */
typedef struct parked {
    rmq_conn_t *conn;
    uint64_t seq;
    rmq_buf_t *frame;
} parked_t;

static struct {
    pthread_mutex_t lock;
    parked_t items[4096];
    int n;
    int auto_echo; /* answer at once (from the worker thread) */
} H = {.lock = PTHREAD_MUTEX_INITIALIZER};

static rmq_buf_t *echo_of(rmq_buf_t *frame)
{
    rmq_buf_t *r = rmq_buf_new(frame->size + 1);
    r->data[0] = 'R';
    memcpy(r->data + 1, frame->data, frame->size);
    return r;
}

static void on_request(void *opaque, rmq_conn_t *conn, uint64_t seq, rmq_buf_t *frame)
{
    (void)opaque;
    if (H.auto_echo) {
        rmq_conn_respond(conn, seq, echo_of(frame));
        rmq_buf_unref(frame);
        return;
    }
    pthread_mutex_lock(&H.lock);
    if (H.n < (int)RMQ_ARRAY_SIZE(H.items)) {
        H.items[H.n].conn = conn;
        H.items[H.n].seq = seq;
        H.items[H.n].frame = frame;
        H.n++;
    }
    pthread_mutex_unlock(&H.lock);
}

static int parked_count(void)
{
    pthread_mutex_lock(&H.lock);
    int n = H.n;
    pthread_mutex_unlock(&H.lock);
    return n;
}

/* Answers every parked request, last first. */
static void answer_all_reversed(void)
{
    pthread_mutex_lock(&H.lock);
    for (int i = H.n - 1; i >= 0; i--) {
        rmq_conn_respond(H.items[i].conn, H.items[i].seq, echo_of(H.items[i].frame));
        rmq_buf_unref(H.items[i].frame);
    }
    H.n = 0;
    pthread_mutex_unlock(&H.lock);
}

static int wait_parked(int n, int ms)
{
    for (int i = 0; i < ms / 5; i++) {
        if (parked_count() >= n)
            return 1;
        rmq_sleep_ms(5);
    }
    return parked_count() >= n;
}

static rmq_server_t *start(rmq_server_opts_t *o)
{
    rmq_server_t *srv = NULL;
    rmq_err_t err;

    o->listen = "127.0.0.1:0";
    o->on_request = on_request;
    assert_int_equal(rmq_server_start(o, &srv, &err), 0);
    return srv;
}

static int client(int port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct timeval tv = {.tv_sec = 5};

    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof(a)), 0);
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    return fd;
}

static void send_frame(int fd, const void *p, uint32_t n)
{
    uint8_t hdr[4];
    rmq_put_be32(hdr, n);
    assert_int_equal(send(fd, hdr, 4, MSG_NOSIGNAL), 4);
    if (n)
        assert_int_equal(send(fd, p, n, MSG_NOSIGNAL), (ssize_t)n);
}

static int read_full(int fd, void *p, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = recv(fd, (char *)p + got, n - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

/* Reads one response frame into out (NUL-terminated); returns its length or -1 on close. */
static int recv_frame(int fd, char *out, size_t outsz)
{
    uint8_t hdr[4];
    uint32_t n;

    if (read_full(fd, hdr, 4) < 0)
        return -1;
    n = rmq_be32(hdr);
    assert_true(n < outsz);
    if (read_full(fd, out, n) < 0)
        return -1;
    out[n] = '\0';
    return (int)n;
}

/* 1 when the peer closed the connection within ms. */
static int closed_within(int fd, int ms)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    char c;

    if (poll(&p, 1, ms) <= 0)
        return 0;
    return recv(fd, &c, 1, MSG_DONTWAIT) == 0 || errno == ECONNRESET;
}

static void test_pipelined_in_order(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    char buf[256];
    int fd;
    (void)state;

    rmq_server_opts_init(&o);
    o.workers = 2;
    srv = start(&o);
    fd = client(rmq_server_port(srv));
    for (int i = 0; i < 50; i++) {
        char msg[32];
        int n = snprintf(msg, sizeof(msg), "req-%d", i);
        send_frame(fd, msg, (uint32_t)n);
    }
    send_frame(fd, "", 0); /* empty frames are legal */
    assert_true(wait_parked(51, 3000));
    answer_all_reversed(); /* answered newest first: must still arrive oldest first */
    for (int i = 0; i < 50; i++) {
        char want[32];
        snprintf(want, sizeof(want), "Rreq-%d", i);
        assert_true(recv_frame(fd, buf, sizeof(buf)) > 0);
        assert_string_equal(buf, want);
    }
    assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 1);
    assert_string_equal(buf, "R");
    close(fd);
    rmq_server_stop(srv, 1000);
}

/* A response made of a head buffer and zero-copy pieces reaches the client as one frame with
   the bytes in order, and the pieces' buffers are released once written. */
static void test_response_with_zero_copy_pieces(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    static char got[70000];
    int fd;
    (void)state;

    rmq_server_opts_init(&o);
    srv = start(&o);
    fd = client(rmq_server_port(srv));
    send_frame(fd, "x", 1);
    assert_true(wait_parked(1, 3000));

    rmq_buf_t *head = rmq_buf_new(10);
    memcpy(head->data, "HEAD0mid1t", 10); /* pieces go before offsets 5 and 9 */
    rmq_buf_t *p1 = rmq_buf_new(40000), *p2 = rmq_buf_new(20000);
    memset(p1->data, 'a', p1->size);
    memset(p2->data, 'b', p2->size);
    p1->data[0] = '<';
    p2->data[p2->size - 1] = '>';
    rmq_wsegs_t segs = {0};
    rmq_slice_t s1 = rmq_slice_make(p1, 0, p1->size), s2 = rmq_slice_make(p2, 0, p2->size);
    rmq_wsegs_add(&segs, 5, &s1);
    rmq_wsegs_add(&segs, 9, &s2);
    rmq_slice_release(&s1);
    rmq_slice_release(&s2);
    assert_int_equal(segs.bytes, 60000);
    pthread_mutex_lock(&H.lock);
    rmq_conn_respond_segs(H.items[0].conn, H.items[0].seq, head, &segs);
    rmq_buf_unref(H.items[0].frame);
    H.n = 0;
    pthread_mutex_unlock(&H.lock);
    assert_int_equal(segs.n, 0); /* moved */

    assert_int_equal(recv_frame(fd, got, sizeof(got)), 60010);
    assert_memory_equal(got, "HEAD0", 5);
    assert_int_equal(got[5], '<');
    assert_int_equal(got[5 + 39999], 'a');
    assert_memory_equal(got + 40005, "mid1", 4);
    assert_int_equal(got[40009], 'b');
    assert_int_equal(got[60008], '>');
    assert_int_equal(got[60009], 't');
    /* Written: only our references remain. */
    for (int i = 0; i < 200 && (__atomic_load_n(&p1->refcnt, __ATOMIC_ACQUIRE) != 1 ||
                                __atomic_load_n(&p2->refcnt, __ATOMIC_ACQUIRE) != 1);
         i++)
        rmq_sleep_ms(5);
    assert_int_equal(p1->refcnt, 1);
    assert_int_equal(p2->refcnt, 1);
    rmq_buf_unref(p1);
    rmq_buf_unref(p2);
    close(fd);
    rmq_server_stop(srv, 1000);
}

static void test_oversized_and_negative_close_only_that_client(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    rmq_server_stats_t st;
    char buf[64];
    uint8_t neg[4] = {0xff, 0xff, 0xff, 0xfe};
    (void)state;

    rmq_server_opts_init(&o);
    o.max_request_size = 1024;
    H.auto_echo = 1;
    srv = start(&o);
    int good = client(rmq_server_port(srv));
    int big = client(rmq_server_port(srv));
    int bad = client(rmq_server_port(srv));
    uint8_t hdr[4];
    rmq_put_be32(hdr, 1025);
    assert_int_equal(send(big, hdr, 4, MSG_NOSIGNAL), 4);
    assert_int_equal(send(bad, neg, 4, MSG_NOSIGNAL), 4);
    assert_true(closed_within(big, 3000));
    assert_true(closed_within(bad, 3000));
    /* A frame exactly at the limit is fine, and the other client is unaffected. */
    static char max[1024];
    memset(max, 'm', sizeof(max));
    send_frame(good, max, 1023); /* response is 1024 bytes */
    char *resp = rmq_malloc(2048);
    assert_int_equal(recv_frame(good, resp, 2048), 1024);
    free(resp);
    send_frame(good, "ping", 4);
    assert_int_equal(recv_frame(good, buf, sizeof(buf)), 5);
    assert_string_equal(buf, "Rping");
    rmq_server_stats(srv, &st);
    assert_int_equal(st.oversized_closed, 2);
    close(good);
    close(big);
    close(bad);
    rmq_server_stop(srv, 1000);
    H.auto_echo = 0;
}

static void test_truncated_frame_then_disconnect(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    char buf[64];
    (void)state;

    rmq_server_opts_init(&o);
    H.auto_echo = 1;
    srv = start(&o);
    int fd = client(rmq_server_port(srv));
    uint8_t partial[6] = {0, 0, 0, 100, 'a', 'b'};
    assert_int_equal(send(fd, partial, 6, MSG_NOSIGNAL), 6);
    close(fd);
    fd = client(rmq_server_port(srv));
    send_frame(fd, "x", 1);
    assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 2);
    close(fd);
    rmq_server_stop(srv, 1000);
    H.auto_echo = 0;
}

static void test_idle_timeout_and_max_connections(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    rmq_server_stats_t st;
    (void)state;

    rmq_server_opts_init(&o);
    o.idle_timeout_ms = 300;
    o.max_connections = 2;
    srv = start(&o);
    int a = client(rmq_server_port(srv));
    int b = client(rmq_server_port(srv));
    rmq_sleep_ms(100);
    int c = client(rmq_server_port(srv));
    assert_true(closed_within(c, 2000)); /* third connection refused */
    assert_true(closed_within(a, 3000)); /* idle ones closed */
    assert_true(closed_within(b, 3000));
    rmq_server_stats(srv, &st);
    assert_int_equal(st.connections_refused, 1);
    assert_int_equal(st.idle_closed, 2);
    close(a);
    close(b);
    close(c);
    rmq_server_stop(srv, 1000);
}

static void test_backpressure_pauses_reads(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    rmq_server_stats_t st;
    char buf[64];
    (void)state;

    rmq_server_opts_init(&o);
    o.max_inflight = 4;
    srv = start(&o);
    int fd = client(rmq_server_port(srv));
    for (int i = 0; i < 40; i++)
        send_frame(fd, "abc", 3);
    assert_true(wait_parked(4, 3000));
    rmq_sleep_ms(200);
    /* Only max_inflight requests reach the handler until answers go out. */
    assert_int_equal(parked_count(), 4);
    rmq_server_stats(srv, &st);
    assert_true(st.read_pauses >= 1);
    for (int round = 0; round < 10; round++) {
        assert_true(wait_parked(4, 3000));
        answer_all_reversed();
        for (int i = 0; i < 4; i++)
            assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 4);
    }
    assert_int_equal(parked_count(), 0);
    rmq_server_stats(srv, &st);
    assert_int_equal(st.requests, 40);
    close(fd);
    rmq_server_stop(srv, 1000);
}

static void *late_answer(void *arg)
{
    (void)arg;
    rmq_sleep_ms(300);
    answer_all_reversed();
    return NULL;
}

static void test_graceful_stop_answers_inflight(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    pthread_t t;
    char buf[64];
    (void)state;

    rmq_server_opts_init(&o);
    srv = start(&o);
    int port = rmq_server_port(srv);
    int fd = client(port);
    send_frame(fd, "one", 3);
    send_frame(fd, "two", 3);
    assert_true(wait_parked(2, 3000));
    pthread_create(&t, NULL, late_answer, NULL);
    rmq_server_stop(srv, 5000); /* returns only after the answers went out */
    pthread_join(t, NULL);
    assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 4);
    assert_string_equal(buf, "Rone");
    assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 4);
    assert_string_equal(buf, "Rtwo");
    assert_true(closed_within(fd, 2000));
    close(fd);
    /* The port no longer accepts. */
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int fd2 = socket(AF_INET, SOCK_STREAM, 0);
    assert_int_not_equal(connect(fd2, (struct sockaddr *)&a, sizeof(a)), 0);
    close(fd2);
}

static void test_late_answer_after_disconnect_is_dropped(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv;
    char buf[64];
    (void)state;

    rmq_server_opts_init(&o);
    srv = start(&o);
    int fd = client(rmq_server_port(srv));
    send_frame(fd, "gone", 4);
    assert_true(wait_parked(1, 3000));
    close(fd);
    rmq_sleep_ms(100);
    answer_all_reversed(); /* connection already closed: must not crash or leak */
    fd = client(rmq_server_port(srv));
    H.auto_echo = 1;
    send_frame(fd, "here", 4);
    assert_int_equal(recv_frame(fd, buf, sizeof(buf)), 5);
    close(fd);
    rmq_server_stop(srv, 1000);
    H.auto_echo = 0;
}

static void test_bad_listen_address(void **state)
{
    rmq_server_opts_t o;
    rmq_server_t *srv = NULL;
    rmq_err_t err;
    (void)state;

    rmq_server_opts_init(&o);
    o.on_request = on_request;
    o.listen = "no-port";
    assert_int_equal(rmq_server_start(&o, &srv, &err), RMQ_EINVAL);
    assert_non_null(strstr(err.msg, "no-port"));
    o.listen = "127.0.0.1:99999";
    assert_int_equal(rmq_server_start(&o, &srv, &err), RMQ_EINVAL);
    o.listen = "[::1:9092";
    assert_int_equal(rmq_server_start(&o, &srv, &err), RMQ_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pipelined_in_order),
        cmocka_unit_test(test_response_with_zero_copy_pieces),
        cmocka_unit_test(test_oversized_and_negative_close_only_that_client),
        cmocka_unit_test(test_truncated_frame_then_disconnect),
        cmocka_unit_test(test_idle_timeout_and_max_connections),
        cmocka_unit_test(test_backpressure_pauses_reads),
        cmocka_unit_test(test_graceful_stop_answers_inflight),
        cmocka_unit_test(test_late_answer_after_disconnect_is_dropped),
        cmocka_unit_test(test_bad_listen_address),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
