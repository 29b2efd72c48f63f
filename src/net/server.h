/*
 * server.h - the TCP server that carries Kafka's size-prefixed frames.
 *
 * One acceptor plus N worker threads, each running its own libuv loop; a connection lives on
 * one worker for its whole life. The server knows only frames: a big-endian int32 size, then
 * that many bytes. Each request frame goes to on_request with a per-connection sequence
 * number; the handler answers with rmq_conn_respond(conn, seq, ...) from any thread, at any
 * later time (a produce waits for the WAL). Responses leave in request order whatever order
 * they are produced in, as Kafka requires of pipelined requests.
 *
 * Limits: a frame above max_request_size closes the connection (Kafka does the same: the
 * client cannot resynchronise); more than max_inflight unanswered requests, or more than
 * max_pending_out response bytes waiting for the socket, stop reading from that connection
 * until it drains (backpressure: a client sending faster than the WAL accepts is slowed, not
 * buffered without bound); a connection idle (nothing in flight, nothing read) for
 * idle_timeout_ms is closed; connections beyond max_connections are closed on accept.
 */
#ifndef RMQ_NET_SERVER_H
#define RMQ_NET_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"
#include "common/hist.h"

typedef struct rmq_server rmq_server_t;
typedef struct rmq_conn rmq_conn_t;

/*
 * A request frame (without its size prefix). frame is a new reference owned by the callee.
 * Runs on the connection's worker thread. The handler must call rmq_conn_respond exactly once
 * for every seq, even when it has nothing to send (acks=0) or the connection has closed.
 */
typedef void (*rmq_server_request_fn)(void *opaque, rmq_conn_t *conn, uint64_t seq,
                                      rmq_buf_t *frame);
/* A connection opened / closed (worker thread). Optional. */
typedef void (*rmq_server_conn_fn)(void *opaque, rmq_conn_t *conn);

typedef struct rmq_server_opts {
    const char *listen;        /* "host:port"; port 0 picks a free port (see rmq_server_port) */
    int workers;               /* worker threads (default 2) */
    uint32_t max_request_size; /* default 100 MiB (Kafka's socket.request.max.bytes) */
    uint32_t max_connections;  /* default 10000 */
    uint32_t idle_timeout_ms;  /* default 600000 (Kafka's connections.max.idle.ms); 0 = never */
    uint32_t max_inflight;     /* unanswered requests per connection before reads pause (64) */
    size_t max_pending_out; /* response bytes queued per connection before reads pause (16 MiB) */
    rmq_server_request_fn on_request;
    rmq_server_conn_fn on_open;
    rmq_server_conn_fn on_close;
    /* Called once with the bound port after the socket is bound and before any connection is
       accepted (caller's thread), so what requests read of it is set first. Optional. */
    void (*on_bound)(void *opaque, int port);
    void *opaque;
} rmq_server_opts_t;

void rmq_server_opts_init(rmq_server_opts_t *opts);

/* Binds, listens and starts the threads. */
int rmq_server_start(const rmq_server_opts_t *opts, rmq_server_t **srvp, rmq_err_t *err);

/* Microseconds from a handler's answer until its response's write starts (waiting for the
   worker loop and for earlier responses of the connection). Live; valid until stop. */
const rmq_hist_t *rmq_server_respond_latency(const rmq_server_t *srv);

/* The bound TCP port. */
int rmq_server_port(const rmq_server_t *srv);

/*
 * Graceful stop: stop accepting, stop reading new requests, wait (up to drain_ms) for every
 * in-flight request to be answered and written, close every connection, join the threads,
 * free the server. Must not be called from a worker thread.
 */
void rmq_server_stop(rmq_server_t *srv, uint32_t drain_ms);

typedef struct rmq_server_stats {
    uint64_t connections_open;
    uint64_t connections_total;
    uint64_t connections_refused;
    uint64_t requests;
    uint64_t oversized_closed;
    uint64_t idle_closed;
    uint64_t read_pauses; /* times backpressure paused a connection's reads */
} rmq_server_stats_t;

void rmq_server_stats(const rmq_server_t *srv, rmq_server_stats_t *st);

/*
 * Answers request seq. resp (may be NULL: nothing is sent, e.g. acks=0) is the response frame
 * body without the size prefix; the server takes over the reference. Any thread. When the
 * connection has closed the response is dropped.
 */
void rmq_conn_respond(rmq_conn_t *conn, uint64_t seq, rmq_buf_t *resp);

/*
 * As rmq_conn_respond, for a body with zero-copy pieces (rmq_wsegs_t, see common/buf.h): the
 * frame is resp interleaved with segs' slices, written with writev; the slices' buffers stay
 * referenced until the bytes are on the socket. Moves segs' contents (segs is left empty;
 * NULL is none).
 */
void rmq_conn_respond_segs(rmq_conn_t *conn, uint64_t seq, rmq_buf_t *resp, rmq_wsegs_t *segs);

/* Closes the connection after the responses already queued (e.g. after a fatal protocol
 * error). Any thread. */
void rmq_conn_close(rmq_conn_t *conn);

/* Per-connection user data (session state). Worker thread of the connection only. */
void rmq_conn_set_opaque(rmq_conn_t *conn, void *opaque);
void *rmq_conn_opaque(const rmq_conn_t *conn);

/* "ip:port" of the peer, valid for the connection's life. */
const char *rmq_conn_peer(const rmq_conn_t *conn);

/* A connection reference keeps the struct (not the socket) alive; rmq_conn_respond does not
 * need one while the seq is unanswered, since an unanswered request holds a reference. */
rmq_conn_t *rmq_conn_ref(rmq_conn_t *conn);
void rmq_conn_unref(rmq_conn_t *conn);

#endif
