/*
 * server.c - Kafka frame server on libuv: acceptor on worker 0, connections spread over the
 * workers round robin, responses handed to a connection's worker through a locked queue and a
 * uv_async wakeup.
 *
 * Ownership: a connection struct carries a reference count. The worker holds one while the
 * socket is open and every unanswered request holds one (dropped in rmq_conn_respond once the
 * worker has taken the response), so a late response after a disconnect is simply dropped.
 * The server itself is reference-counted by its connection structs, so a handler that answers
 * after rmq_server_stop never touches freed memory.
 */
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include <uv.h>

#include "net/server.h"
#include "common/assert.h"
#include "common/clock.h"
#include "common/hist.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "common/watchdog.h"

#define SUBSYS        "net"
#define READ_CHUNK    (64 * 1024)
#define IDLE_SWEEP_MS 1000

typedef struct worker worker_t;

typedef struct resp_msg {
    struct resp_msg *next;
    rmq_conn_t *conn;
    uint64_t seq;
    rmq_buf_t *buf;
    rmq_wsegs_t segs; /* zero-copy pieces of the response (see rmq_conn_respond_segs) */
    uint64_t t_ns;    /* when the handler answered */
    int close;        /* a close request rather than a response */
} resp_msg_t;

typedef struct slot {
    rmq_buf_t *buf;
    rmq_wsegs_t segs;
    uint64_t t_ns;
    int ready;
} slot_t;

#define CONN_MAGIC 0x434f4e4eu /* "CONN" */

struct rmq_conn {
    uint32_t magic; /* CONN_MAGIC while the struct is alive */
    int refcnt;     /* atomic */
    worker_t *w;
    uv_tcp_t tcp;
    int open;     /* socket handle live (worker thread) */
    int reading;  /* uv_read_start active */
    int draining; /* server stopping: read no more requests */
    int close_after_flush;
    int announced; /* on_open was called */
    rmq_wbuf_t in;
    uint64_t next_seq;  /* next request's seq */
    uint64_t next_send; /* next seq to write */
    uint32_t inflight;  /* requests dispatched, response not yet written */
    slot_t *ring;       /* max_inflight slots, seq % max_inflight */
    size_t out_bytes;   /* response bytes handed to uv_write, not yet completed */
    uint64_t last_active_ms;
    void *opaque;
    char peer[64];
    rmq_conn_t *prev, *next;
};

struct worker {
    rmq_server_t *srv;
    int idx;
    pthread_t thread;
    uv_loop_t loop;
    uv_async_t async;
    uv_timer_t timer;
    pthread_mutex_t lock;
    /* guarded by lock */
    int dead;           /* loop gone or going: responses are dropped */
    int stop_requested; /* rmq_server_stop asked the loop to drain */
    int *new_fds;
    size_t nnew, capnew;
    resp_msg_t *q_head, *q_tail;
    /* loop thread only */
    int stopping;
    uint64_t drain_deadline_ms;
    rmq_conn_t *conns;
    uv_poll_t listen_poll; /* worker 0 only */
    int listening;
    int no_thread; /* its thread never started (see rmq_server_start) */
    /* Watchdog: busy from the end of each poll (check) to the start of the next (prepare). */
    uv_prepare_t prep;
    uv_check_t chk;
    rmq_wd_probe_t probe;
};

struct rmq_server {
    int refcnt; /* atomic: 1 for the owner + 1 per live connection struct */
    rmq_server_opts_t opts;
    int listen_fd;
    int port;
    int nworkers;
    worker_t *workers;
    unsigned next_worker;
    uint32_t drain_ms;
    /* stats (atomic) */
    uint64_t st_open, st_total, st_refused, st_requests, st_oversized, st_idle, st_pauses;
    rmq_hist_t respond_to_write; /* handler's answer -> its write started (us) */
};

static void server_unref(rmq_server_t *srv)
{
    if (__atomic_sub_fetch(&srv->refcnt, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    for (int i = 0; i < srv->nworkers; i++) {
        pthread_mutex_destroy(&srv->workers[i].lock);
        free(srv->workers[i].new_fds);
    }
    free(srv->workers);
    free(srv);
}

void rmq_server_opts_init(rmq_server_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->listen = "127.0.0.1:9092";
    opts->workers = 2;
    opts->max_request_size = 100 * 1024 * 1024;
    opts->max_connections = 10000;
    opts->idle_timeout_ms = 600000;
    opts->max_inflight = 64;
    opts->max_pending_out = 16 * 1024 * 1024;
}

static void conn_check(const rmq_conn_t *conn)
{
    RMQ_ASSERT(conn && conn->magic == CONN_MAGIC);
}

rmq_conn_t *rmq_conn_ref(rmq_conn_t *conn)
{
    conn_check(conn);
    __atomic_add_fetch(&conn->refcnt, 1, __ATOMIC_RELAXED);
    return conn;
}

void rmq_conn_unref(rmq_conn_t *conn)
{
    rmq_server_t *srv;

    conn_check(conn);
    if (__atomic_sub_fetch(&conn->refcnt, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    srv = conn->w->srv;
    RMQ_ASSERT(!conn->open);
    conn->magic = 0;
    if (conn->ring) {
        for (uint32_t i = 0; i < srv->opts.max_inflight; i++) {
            rmq_buf_unref(conn->ring[i].buf);
            rmq_wsegs_release(&conn->ring[i].segs);
        }
        free(conn->ring);
    }
    rmq_wbuf_release(&conn->in);
    free(conn);
    server_unref(srv);
}

void rmq_conn_set_opaque(rmq_conn_t *conn, void *opaque)
{
    conn->opaque = opaque;
}

void *rmq_conn_opaque(const rmq_conn_t *conn)
{
    return conn->opaque;
}

const char *rmq_conn_peer(const rmq_conn_t *conn)
{
    return conn->peer;
}

/* ---- worker queue (any thread) ---- */

static void enqueue(worker_t *w, resp_msg_t *m)
{
    int dead;

    pthread_mutex_lock(&w->lock);
    dead = w->dead;
    if (!dead) {
        m->next = NULL;
        if (w->q_tail)
            w->q_tail->next = m;
        else
            w->q_head = m;
        w->q_tail = m;
    }
    pthread_mutex_unlock(&w->lock);
    if (dead) {
        /* The worker loop is gone: the connection is closed; drop the response. */
        rmq_buf_unref(m->buf);
        rmq_wsegs_release(&m->segs);
        rmq_conn_unref(m->conn);
        free(m);
        return;
    }
    uv_async_send(&w->async);
}

void rmq_conn_respond(rmq_conn_t *conn, uint64_t seq, rmq_buf_t *resp)
{
    rmq_conn_respond_segs(conn, seq, resp, NULL);
}

void rmq_conn_respond_segs(rmq_conn_t *conn, uint64_t seq, rmq_buf_t *resp, rmq_wsegs_t *segs)
{
    resp_msg_t *m = rmq_calloc(1, sizeof(*m));

    conn_check(conn);
    /* The request's reference travels with the message and is dropped by the worker. */
    m->conn = conn;
    m->seq = seq;
    m->buf = resp;
    m->t_ns = rmq_mono_ns();
    if (segs) {
        RMQ_ASSERT(resp != NULL || segs->n == 0);
        m->segs = *segs; /* moved */
        *segs = (rmq_wsegs_t){0};
    }
    enqueue(conn->w, m);
}

void rmq_conn_close(rmq_conn_t *conn)
{
    resp_msg_t *m = rmq_calloc(1, sizeof(*m));

    conn_check(conn);
    m->conn = rmq_conn_ref(conn);
    m->close = 1;
    enqueue(conn->w, m);
}

/* ---- connection I/O (worker thread) ---- */

static void conn_closed_cb(uv_handle_t *h)
{
    rmq_conn_t *conn = h->data;
    worker_t *w = conn->w;

    if (conn->announced && w->srv->opts.on_close)
        w->srv->opts.on_close(w->srv->opts.opaque, conn);
    __atomic_sub_fetch(&w->srv->st_open, 1, __ATOMIC_RELAXED);
    rmq_conn_unref(conn); /* the socket's reference */
}

static void conn_close(rmq_conn_t *conn, const char *why)
{
    worker_t *w = conn->w;

    if (!conn->open)
        return;
    rmq_debug(SUBSYS, "closing %s: %s", conn->peer, why);
    conn->open = 0;
    conn->reading = 0;
    if (conn->prev)
        conn->prev->next = conn->next;
    else
        w->conns = conn->next;
    if (conn->next)
        conn->next->prev = conn->prev;
    uv_close((uv_handle_t *)&conn->tcp, conn_closed_cb);
}

static void dispatch_frames(rmq_conn_t *conn);

static void update_reading(rmq_conn_t *conn);

typedef struct write_req {
    uv_write_t req;
    rmq_conn_t *conn;
    rmq_buf_t *buf;
    rmq_wsegs_t segs;
    size_t bytes;
    uint8_t hdr[4];
} write_req_t;

static void write_req_free(write_req_t *wr)
{
    rmq_buf_unref(wr->buf);
    rmq_wsegs_release(&wr->segs);
    free(wr);
}

static void write_cb(uv_write_t *req, int status)
{
    write_req_t *wr = (write_req_t *)req;
    rmq_conn_t *conn = wr->conn;

    conn->out_bytes -= wr->bytes;
    write_req_free(wr);
    if (status < 0 && conn->open)
        conn_close(conn, uv_strerror(status));
    else if (conn->open)
        update_reading(conn);
    rmq_conn_unref(conn);
}

/*
 * The iovecs of a response: the size prefix, then the body interleaved with its zero-copy
 * pieces (writev via libuv; the cached batch bytes are never copied). Returns the count.
 */
static unsigned response_iov(write_req_t *wr, uv_buf_t *bufs)
{
    const rmq_buf_t *b = wr->buf;
    unsigned n = 0;
    size_t pos = 0;

    bufs[n++] = uv_buf_init((char *)wr->hdr, 4);
    for (size_t i = 0; i < wr->segs.n; i++) {
        const rmq_wseg_t *sg = &wr->segs.v[i];
        if (sg->at > pos)
            bufs[n++] = uv_buf_init((char *)b->data + pos, (unsigned)(sg->at - pos));
        bufs[n++] = uv_buf_init((char *)rmq_slice_data(&sg->slice), (unsigned)sg->slice.len);
        pos = sg->at;
    }
    if (b->size > pos || n == 1)
        bufs[n++] = uv_buf_init((char *)b->data + pos, (unsigned)(b->size - pos));
    return n;
}

/* Writes every ready response in seq order. */
static void flush_ready(rmq_conn_t *conn)
{
    rmq_server_t *srv = conn->w->srv;

    while (conn->inflight > 0) {
        slot_t *s = &conn->ring[conn->next_send % srv->opts.max_inflight];
        if (!s->ready)
            break;
        if (s->buf && conn->open) {
            write_req_t *wr = rmq_calloc(1, sizeof(*wr));
            uv_buf_t small[2], *bufs = small;
            int rc;
            wr->conn = rmq_conn_ref(conn);
            wr->buf = s->buf;
            wr->segs = s->segs;
            size_t body = s->buf->size + s->segs.bytes;
            wr->bytes = body + 4;
            rmq_put_be32(wr->hdr, (uint32_t)body);
            if (s->segs.n > 0)
                bufs = rmq_malloc((2 * s->segs.n + 2) * sizeof(*bufs));
            unsigned nbufs = response_iov(wr, bufs);
            conn->out_bytes += wr->bytes;
            rmq_hist_record_since(&srv->respond_to_write, s->t_ns);
            rc = uv_write(&wr->req, (uv_stream_t *)&conn->tcp, bufs, nbufs, write_cb);
            if (bufs != small)
                free(bufs); /* libuv copied the array */
            if (rc < 0) {
                conn->out_bytes -= wr->bytes;
                write_req_free(wr);
                rmq_conn_unref(conn);
                conn_close(conn, uv_strerror(rc));
            }
        } else {
            rmq_buf_unref(s->buf);
            rmq_wsegs_release(&s->segs);
        }
        s->buf = NULL;
        s->segs = (rmq_wsegs_t){0};
        s->ready = 0;
        conn->next_send++;
        conn->inflight--;
    }
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    rmq_conn_t *conn = h->data;
    uint8_t *p;

    RMQ_UNUSED(suggested);
    p = rmq_wbuf_reserve(&conn->in, READ_CHUNK);
    *buf = uv_buf_init((char *)p, (unsigned)(conn->in.cap - conn->in.len));
}

static void read_cb(uv_stream_t *s, ssize_t nread, const uv_buf_t *buf)
{
    rmq_conn_t *conn = s->data;

    RMQ_UNUSED(buf);
    if (nread < 0) {
        conn_close(conn, nread == UV_EOF ? "peer closed" : uv_strerror((int)nread));
        return;
    }
    conn->in.len += (size_t)nread;
    conn->last_active_ms = rmq_mono_ms();
    dispatch_frames(conn);
}

static void update_reading(rmq_conn_t *conn)
{
    rmq_server_t *srv = conn->w->srv;
    int want = conn->open && !conn->draining && !conn->close_after_flush &&
               conn->inflight < srv->opts.max_inflight &&
               conn->out_bytes < srv->opts.max_pending_out;

    if (want && !conn->reading) {
        /* Frames may already be buffered from before the pause. */
        conn->reading = 1;
        dispatch_frames(conn);
        if (conn->open && conn->reading)
            uv_read_start((uv_stream_t *)&conn->tcp, alloc_cb, read_cb);
    } else if (!want && conn->reading) {
        conn->reading = 0;
        if (conn->open) {
            uv_read_stop((uv_stream_t *)&conn->tcp);
            __atomic_add_fetch(&srv->st_pauses, 1, __ATOMIC_RELAXED);
        }
    }
}

static void dispatch_frames(rmq_conn_t *conn)
{
    rmq_server_t *srv = conn->w->srv;
    size_t pos = 0;

    while (conn->open && !conn->draining && !conn->close_after_flush &&
           conn->inflight < srv->opts.max_inflight && conn->in.len - pos >= 4) {
        int32_t size = (int32_t)rmq_be32(conn->in.data + pos);
        rmq_buf_t *frame;
        uint64_t seq;

        if (size < 0 || (uint32_t)size > srv->opts.max_request_size) {
            rmq_warn(SUBSYS, "%s: request size %" PRId32 " outside 0..%" PRIu32 ", closing",
                     conn->peer, size, srv->opts.max_request_size);
            __atomic_add_fetch(&srv->st_oversized, 1, __ATOMIC_RELAXED);
            conn_close(conn, "oversized request");
            return;
        }
        if (conn->in.len - pos - 4 < (size_t)size) {
            /* Make room for the whole frame so the next reads complete it. */
            rmq_wbuf_reserve(&conn->in, (size_t)size + 4 - (conn->in.len - pos));
            break;
        }
        frame = rmq_buf_new_copy(conn->in.data + pos + 4, (size_t)size);
        pos += 4 + (size_t)size;
        seq = conn->next_seq++;
        conn->inflight++;
        __atomic_add_fetch(&srv->st_requests, 1, __ATOMIC_RELAXED);
        rmq_conn_ref(conn); /* held until the response is taken */
        srv->opts.on_request(srv->opts.opaque, conn, seq, frame);
    }
    if (pos) {
        memmove(conn->in.data, conn->in.data + pos, conn->in.len - pos);
        conn->in.len -= pos;
    }
    if (conn->open)
        update_reading(conn);
}

static void take_response(resp_msg_t *m)
{
    rmq_conn_t *conn = m->conn;
    rmq_server_t *srv = conn->w->srv;

    if (m->close) {
        conn->close_after_flush = 1;
        if (conn->inflight == 0)
            conn_close(conn, "closed by handler");
        else
            update_reading(conn);
        rmq_conn_unref(conn);
        return;
    }
    RMQ_ASSERT(m->seq >= conn->next_send && m->seq < conn->next_seq);
    slot_t *s = &conn->ring[m->seq % srv->opts.max_inflight];
    RMQ_ASSERT(!s->ready);
    s->ready = 1;
    s->buf = m->buf;
    s->segs = m->segs;
    s->t_ns = m->t_ns;
    flush_ready(conn);
    if (conn->open) {
        if (conn->close_after_flush && conn->inflight == 0 && conn->out_bytes == 0)
            conn_close(conn, "closed by handler");
        else
            update_reading(conn);
    }
    rmq_conn_unref(conn); /* the request's reference */
}

/* ---- accept ---- */

static void format_peer(int fd, char *out, size_t outsz)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    char host[INET6_ADDRSTRLEN] = "?";
    int port = 0;

    if (getpeername(fd, (struct sockaddr *)&ss, &len) == 0) {
        if (ss.ss_family == AF_INET) {
            struct sockaddr_in *a = (struct sockaddr_in *)&ss;
            inet_ntop(AF_INET, &a->sin_addr, host, sizeof(host));
            port = ntohs(a->sin_port);
        } else if (ss.ss_family == AF_INET6) {
            struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
            inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof(host));
            port = ntohs(a->sin6_port);
        }
    }
    snprintf(out, outsz, ss.ss_family == AF_INET6 ? "[%s]:%d" : "%s:%d", host, port);
}

static void adopt_fd(worker_t *w, int fd)
{
    rmq_server_t *srv = w->srv;
    rmq_conn_t *conn;

    if (w->stopping) {
        close(fd);
        return;
    }
    conn = rmq_calloc(1, sizeof(*conn));
    conn->magic = CONN_MAGIC;
    conn->refcnt = 1;
    conn->w = w;
    conn->ring = rmq_calloc(srv->opts.max_inflight, sizeof(slot_t));
    rmq_wbuf_init(&conn->in, READ_CHUNK);
    format_peer(fd, conn->peer, sizeof(conn->peer));
    __atomic_add_fetch(&srv->refcnt, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&srv->st_open, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&srv->st_total, 1, __ATOMIC_RELAXED);
    uv_tcp_init(&w->loop, &conn->tcp);
    conn->tcp.data = conn;
    conn->open = 1;
    conn->last_active_ms = rmq_mono_ms();
    conn->next = w->conns;
    if (w->conns)
        w->conns->prev = conn;
    w->conns = conn;
    if (uv_tcp_open(&conn->tcp, fd) < 0) {
        close(fd);
        conn_close(conn, "cannot adopt socket");
        return;
    }
    uv_tcp_nodelay(&conn->tcp, 1);
    conn->announced = 1;
    rmq_debug(SUBSYS, "connection from %s on worker %d", conn->peer, w->idx);
    if (srv->opts.on_open)
        srv->opts.on_open(srv->opts.opaque, conn);
    update_reading(conn);
}

static void listen_cb(uv_poll_t *h, int status, int events)
{
    worker_t *w0 = h->data;
    rmq_server_t *srv = w0->srv;

    RMQ_UNUSED(events);
    if (status < 0)
        return;
    for (int i = 0; i < 64; i++) {
        int fd = accept4(srv->listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        worker_t *w;
        if (fd < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                rmq_warn(SUBSYS, "accept: %s", strerror(errno));
            return;
        }
        if (__atomic_load_n(&srv->st_open, __ATOMIC_RELAXED) >= srv->opts.max_connections) {
            __atomic_add_fetch(&srv->st_refused, 1, __ATOMIC_RELAXED);
            rmq_warn(SUBSYS, "refusing connection: max_connections %" PRIu32 " reached",
                     srv->opts.max_connections);
            close(fd);
            continue;
        }
        w = &srv->workers[srv->next_worker++ % (unsigned)srv->nworkers];
        if (w == w0) {
            adopt_fd(w, fd);
            continue;
        }
        pthread_mutex_lock(&w->lock);
        if (w->nnew == w->capnew) {
            w->capnew = w->capnew ? w->capnew * 2 : 16;
            w->new_fds = rmq_realloc(w->new_fds, w->capnew * sizeof(int));
        }
        w->new_fds[w->nnew++] = fd;
        pthread_mutex_unlock(&w->lock);
        uv_async_send(&w->async);
    }
}

/* ---- worker loop ---- */

static void worker_maybe_finish(worker_t *w)
{
    if (!w->stopping || w->conns)
        return;
    if (!uv_is_closing((uv_handle_t *)&w->timer)) {
        /* From here on nothing may uv_async_send to this loop. */
        pthread_mutex_lock(&w->lock);
        w->dead = 1;
        pthread_mutex_unlock(&w->lock);
        uv_close((uv_handle_t *)&w->timer, NULL);
        uv_close((uv_handle_t *)&w->async, NULL);
        uv_close((uv_handle_t *)&w->prep, NULL);
        uv_close((uv_handle_t *)&w->chk, NULL);
    }
}

static void begin_stop(worker_t *w)
{
    if (w->stopping)
        return;
    w->stopping = 1;
    w->drain_deadline_ms = rmq_mono_ms() + w->srv->drain_ms;
    if (w->listening) {
        uv_poll_stop(&w->listen_poll);
        uv_close((uv_handle_t *)&w->listen_poll, NULL);
        w->listening = 0;
    }
    for (rmq_conn_t *c = w->conns, *next; c; c = next) {
        next = c->next;
        c->draining = 1;
        update_reading(c);
        if (c->inflight == 0 && c->out_bytes == 0)
            conn_close(c, "server stopping");
    }
    worker_maybe_finish(w);
}

static void async_cb(uv_async_t *h)
{
    worker_t *w = h->data;
    resp_msg_t *q;
    int *fds;
    size_t nfds;
    int stop;

    pthread_mutex_lock(&w->lock);
    q = w->q_head;
    w->q_head = w->q_tail = NULL;
    fds = w->new_fds;
    nfds = w->nnew;
    w->new_fds = NULL;
    w->nnew = w->capnew = 0;
    stop = w->stop_requested;
    pthread_mutex_unlock(&w->lock);

    for (size_t i = 0; i < nfds; i++)
        adopt_fd(w, fds[i]);
    free(fds);
    while (q) {
        resp_msg_t *next = q->next;
        take_response(q);
        free(q);
        q = next;
    }
    if (stop)
        begin_stop(w);
    if (w->stopping) {
        for (rmq_conn_t *c = w->conns, *next; c; c = next) {
            next = c->next;
            if (c->inflight == 0 && c->out_bytes == 0)
                conn_close(c, "server stopping");
        }
        worker_maybe_finish(w);
    }
}

static void timer_cb(uv_timer_t *h)
{
    worker_t *w = h->data;
    uint64_t now = rmq_mono_ms();
    uint32_t idle = w->srv->opts.idle_timeout_ms;

    for (rmq_conn_t *c = w->conns, *next; c; c = next) {
        next = c->next;
        if (w->stopping) {
            if (now >= w->drain_deadline_ms || (c->inflight == 0 && c->out_bytes == 0))
                conn_close(c, "server stopping");
        } else if (idle && c->inflight == 0 && c->out_bytes == 0 &&
                   now - c->last_active_ms >= idle) {
            __atomic_add_fetch(&w->srv->st_idle, 1, __ATOMIC_RELAXED);
            conn_close(c, "idle timeout");
        }
    }
    worker_maybe_finish(w);
}

static void prep_cb(uv_prepare_t *h)
{
    worker_t *w = h->data;
    rmq_wd_idle(&w->probe); /* about to wait for I/O */
}

static void check_cb(uv_check_t *h)
{
    worker_t *w = h->data;
    rmq_wd_busy(&w->probe, "network I/O and request handlers");
}

static void *worker_main(void *arg)
{
    worker_t *w = arg;

    uv_run(&w->loop, UV_RUN_DEFAULT);
    /* Pending close callbacks may remain; run until the loop is empty. */
    while (uv_loop_close(&w->loop) == UV_EBUSY)
        uv_run(&w->loop, UV_RUN_NOWAIT);
    return NULL;
}

static int parse_listen(const char *listen, char *host, size_t hostsz, char *port, size_t portsz)
{
    const char *colon;

    if (listen[0] == '[') {
        const char *end = strchr(listen, ']');
        if (!end || end[1] != ':' || (size_t)(end - listen - 1) >= hostsz)
            return RMQ_EINVAL;
        memcpy(host, listen + 1, (size_t)(end - listen - 1));
        host[end - listen - 1] = '\0';
        colon = end + 1;
    } else {
        colon = strrchr(listen, ':');
        if (!colon || (size_t)(colon - listen) >= hostsz)
            return RMQ_EINVAL;
        memcpy(host, listen, (size_t)(colon - listen));
        host[colon - listen] = '\0';
    }
    if (!colon[1] || rmq_strlcpy(port, colon + 1, portsz) >= portsz)
        return RMQ_EINVAL;
    /* getaddrinfo takes "99999" modulo 65536: check the range ourselves. */
    char *end;
    errno = 0;
    long pn = strtol(port, &end, 10);
    if (*end || errno || pn < 0 || pn > 65535)
        return RMQ_EINVAL;
    return 0;
}

static int open_listener(rmq_server_t *srv, rmq_err_t *err)
{
    char host[256], port[16];
    struct addrinfo hints = {0}, *res = NULL;
    struct sockaddr_storage ss;
    socklen_t sslen = sizeof(ss);
    int fd, one = 1, rc;

    if (parse_listen(srv->opts.listen, host, sizeof(host), port, sizeof(port)) < 0)
        return rmq_err_set(err, RMQ_EINVAL, "listen address '%s': expected host:port",
                           srv->opts.listen);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    rc = getaddrinfo(host[0] ? host : NULL, port, &hints, &res);
    if (rc != 0)
        return rmq_err_set(err, RMQ_EINVAL, "listen address '%s': %s", srv->opts.listen,
                           gai_strerror(rc));
    fd = socket(res->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        rc = -errno;
        freeaddrinfo(res);
        return rmq_err_set(err, rc, "socket: %s", strerror(-rc));
    }
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(fd, res->ai_addr, res->ai_addrlen) < 0 || listen(fd, 1024) < 0) {
        rc = -errno;
        freeaddrinfo(res);
        close(fd);
        return rmq_err_set(err, rc, "listen on %s: %s", srv->opts.listen, strerror(-rc));
    }
    freeaddrinfo(res);
    getsockname(fd, (struct sockaddr *)&ss, &sslen);
    srv->port = ss.ss_family == AF_INET6 ? ntohs(((struct sockaddr_in6 *)&ss)->sin6_port)
                                         : ntohs(((struct sockaddr_in *)&ss)->sin_port);
    srv->listen_fd = fd;
    return 0;
}

int rmq_server_start(const rmq_server_opts_t *opts, rmq_server_t **srvp, rmq_err_t *err)
{
    rmq_server_t *srv;
    int rc;

    if (!opts->on_request || opts->workers < 1 || opts->workers > 256 || opts->max_inflight < 1 ||
        opts->max_inflight > 65536)
        return rmq_err_set(err, RMQ_EINVAL,
                           "server options: need on_request, 1..256 workers, "
                           "1..65536 max_inflight");
    srv = rmq_calloc(1, sizeof(*srv));
    srv->refcnt = 1;
    srv->opts = *opts;
    srv->listen_fd = -1;
    if ((rc = open_listener(srv, err)) < 0) {
        free(srv);
        return rc;
    }
    if (opts->on_bound)
        opts->on_bound(opts->opaque, srv->port);
    srv->nworkers = opts->workers;
    srv->workers = rmq_calloc((size_t)srv->nworkers, sizeof(worker_t));
    for (int i = 0; i < srv->nworkers; i++) {
        worker_t *w = &srv->workers[i];
        w->srv = srv;
        w->idx = i;
        pthread_mutex_init(&w->lock, NULL);
        uv_loop_init(&w->loop);
        uv_async_init(&w->loop, &w->async, async_cb);
        w->async.data = w;
        uv_timer_init(&w->loop, &w->timer);
        w->timer.data = w;
        uv_timer_start(&w->timer, timer_cb, IDLE_SWEEP_MS / 4, IDLE_SWEEP_MS / 4);
        /* Unreferenced: they must not keep the loop alive once it drains. */
        uv_prepare_init(&w->loop, &w->prep);
        w->prep.data = w;
        uv_prepare_start(&w->prep, prep_cb);
        uv_unref((uv_handle_t *)&w->prep);
        uv_check_init(&w->loop, &w->chk);
        w->chk.data = w;
        uv_check_start(&w->chk, check_cb);
        uv_unref((uv_handle_t *)&w->chk);
        {
            char name[32];
            snprintf(name, sizeof(name), "rmq-net-%d", i);
            rmq_wd_register(&w->probe, name);
        }
    }
    uv_poll_init(&srv->workers[0].loop, &srv->workers[0].listen_poll, srv->listen_fd);
    srv->workers[0].listen_poll.data = &srv->workers[0];
    uv_poll_start(&srv->workers[0].listen_poll, UV_READABLE, listen_cb);
    srv->workers[0].listening = 1;
    for (int i = 0; i < srv->nworkers; i++) {
        char name[32];
        snprintf(name, sizeof(name), "rmq-net-%d", i);
        rc = rmq_thread_start(&srv->workers[i].thread, name, worker_main, &srv->workers[i], err);
        if (rc < 0) {
            /* Workers without a thread drain their loops on this thread in rmq_server_stop. */
            for (int k = i; k < srv->nworkers; k++)
                srv->workers[k].no_thread = 1;
            rmq_server_stop(srv, 0);
            return rc;
        }
    }
    rmq_info(SUBSYS, "listening on %s (port %d, %d workers)", opts->listen, srv->port,
             srv->nworkers);
    *srvp = srv;
    return 0;
}

const rmq_hist_t *rmq_server_respond_latency(const rmq_server_t *srv)
{
    return &srv->respond_to_write;
}

int rmq_server_port(const rmq_server_t *srv)
{
    return srv->port;
}

void rmq_server_stop(rmq_server_t *srv, uint32_t drain_ms)
{
    srv->drain_ms = drain_ms;
    for (int i = 0; i < srv->nworkers; i++) {
        worker_t *w = &srv->workers[i];
        pthread_mutex_lock(&w->lock);
        w->stop_requested = 1; /* async_cb starts the drain */
        pthread_mutex_unlock(&w->lock);
        uv_async_send(&w->async);
    }
    for (int i = 0; i < srv->nworkers; i++) {
        worker_t *w = &srv->workers[i];
        resp_msg_t *q;
        if (w->no_thread)
            worker_main(w); /* runs the drain the stop request started, then closes the loop */
        else
            pthread_join(w->thread, NULL);
        rmq_wd_unregister(&w->probe);
        pthread_mutex_lock(&w->lock);
        w->dead = 1;
        q = w->q_head;
        w->q_head = w->q_tail = NULL;
        for (size_t k = 0; k < w->nnew; k++)
            close(w->new_fds[k]);
        w->nnew = 0;
        pthread_mutex_unlock(&w->lock);
        while (q) {
            resp_msg_t *next = q->next;
            rmq_buf_unref(q->buf);
            rmq_wsegs_release(&q->segs);
            rmq_conn_unref(q->conn);
            free(q);
            q = next;
        }
    }
    close(srv->listen_fd);
    rmq_info(SUBSYS, "server on port %d stopped", srv->port);
    server_unref(srv);
}

void rmq_server_stats(const rmq_server_t *srv, rmq_server_stats_t *st)
{
    st->connections_open = __atomic_load_n(&srv->st_open, __ATOMIC_RELAXED);
    st->connections_total = __atomic_load_n(&srv->st_total, __ATOMIC_RELAXED);
    st->connections_refused = __atomic_load_n(&srv->st_refused, __ATOMIC_RELAXED);
    st->requests = __atomic_load_n(&srv->st_requests, __ATOMIC_RELAXED);
    st->oversized_closed = __atomic_load_n(&srv->st_oversized, __ATOMIC_RELAXED);
    st->idle_closed = __atomic_load_n(&srv->st_idle, __ATOMIC_RELAXED);
    st->read_pauses = __atomic_load_n(&srv->st_pauses, __ATOMIC_RELAXED);
}
