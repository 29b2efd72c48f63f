/*
 * request.c - the request context: decode a frame, find the API's handler, give the handler
 * arena memory, and answer exactly once (see broker_int.h).
 *
 * Request path: the net server hands a frame to rmq_req_dispatch (worker thread); header and
 * body are decoded into a per-request arena and the API's handler runs; it answers through
 * rmq_req_respond from whatever thread finishes the work. Malformed frames and unsupported
 * versions close the connection, as Kafka brokers do, except ApiVersions, which answers an
 * unknown version with UNSUPPORTED_VERSION in a v0 response so the client can downgrade.
 */
#include "broker/broker_int.h"

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"
#include "common/watchdog.h"

#define SUBSYS RMQ_BROKER_SUBSYS

static void admin_push(void *opaque, rmq_req_t *req);

/* ---- request contexts ---- */

static void req_check(const rmq_req_t *req)
{
    RMQ_ASSERT(req && req->magic == RMQ_REQ_MAGIC);
}

/* Every answer path ends here: a second answer to one request trips the magic check. */
static void req_free(rmq_req_t *req)
{
    req_check(req);
    req->magic = 0;
    rmq_arena_release(&req->arena);
    rmq_buf_unref(req->frame);
    free(req);
}

void *rmq_req_alloc(rmq_req_t *req, size_t n)
{
    RMQ_DASSERT(req->magic == RMQ_REQ_MAGIC);
    return rmq_arena_calloc(&req->arena, 1, n);
}

char *rmq_req_cstr(rmq_req_t *req, rmq_kw_str_t s)
{
    size_t n = s.ptr ? (size_t)s.len : 0;
    char *c = rmq_arena_strndup(&req->arena, s.ptr ? s.ptr : "", n);

    /*
     * A C string ends at its first NUL, so "victim\0x" would become the id "victim". Each NUL
     * becomes 0xFF instead: that byte never occurs in UTF-8 (which Kafka strings are), so two
     * different valid strings stay different, and no string can alias one without a NUL.
     */
    if (n && memchr(s.ptr, 0, n)) {
        for (size_t i = 0; i < n; i++)
            if (c[i] == '\0')
                c[i] = (char)0xFF;
    }
    return c;
}

rmq_kw_str_t rmq_req_str(rmq_req_t *req, const char *s)
{
    rmq_kw_str_t v = RMQ_KW_STR_NULL;

    if (s) {
        size_t n = strlen(s);
        v.ptr = rmq_arena_strndup(&req->arena, s, n);
        v.len = (int32_t)n;
    }
    return v;
}

const char *rmq_req_client_id(rmq_req_t *req)
{
    return rmq_req_cstr(req, req->kreq.header.client_id);
}

void rmq_req_respond(rmq_req_t *req, const void *body)
{
    rmq_wbuf_t wb;
    rmq_wsegs_t segs = {0};
    int rc;

    rmq_wbuf_init(&wb, 256);
    wb.segs = &segs; /* records given as slices (fetch) are referenced, not copied */
    rc = rmq_kafka_response_write(&wb, req->kreq.api_key, req->kreq.api_version,
                                  req->kreq.header.correlation_id, body);
    if (rc < 0) {
        /* A response we cannot encode is our bug; the client must not hang waiting. */
        rmq_error(SUBSYS, "cannot encode %s v%d response: %s",
                  rmq_kafka_api_get(req->kreq.api_key) ? rmq_kafka_api_get(req->kreq.api_key)->name
                                                       : "?",
                  req->kreq.api_version, rmq_strerror(rc));
        rmq_wbuf_release(&wb);
        rmq_wsegs_release(&segs);
        rmq_conn_close(req->conn);
        rmq_conn_respond(req->conn, req->seq, NULL);
        req_free(req);
        return;
    }
    rmq_conn_respond_segs(req->conn, req->seq, rmq_wbuf_detach(&wb), &segs);
    req_free(req);
}

void rmq_req_respond_none(rmq_req_t *req)
{
    rmq_conn_respond(req->conn, req->seq, NULL);
    req_free(req);
}

void rmq_req_fail_close(rmq_req_t *req, const char *why)
{
    rmq_warn(SUBSYS, "%s: closing connection: %s", rmq_conn_peer(req->conn), why);
    rmq_conn_close(req->conn);
    rmq_conn_respond(req->conn, req->seq, NULL);
    req_free(req);
}

/* Answers an ApiVersionsRequest of a version we do not know: v0 body, UNSUPPORTED_VERSION. */
static void answer_unsupported_api_versions(rmq_req_t *req)
{
    req->kreq.api_version = 0;
    rmq_h_api_versions(req); /* sees the too-new version in the header and says so */
}

void rmq_req_dispatch(void *opaque, rmq_conn_t *conn, uint64_t seq, rmq_buf_t *frame)
{
    rmq_broker_t *b = opaque;
    rmq_req_t *req = rmq_calloc(1, sizeof(*req));
    const rmq_api_t *api;
    rmq_err_t err;
    int rc;

    req->magic = RMQ_REQ_MAGIC;
    req->b = b;
    req->conn = conn;
    req->seq = seq;
    req->frame = frame;
    req->start_ns = rmq_mono_ns();
    rmq_arena_init(&req->arena, 4096);
    rc = rmq_kafka_request_read(frame->data, frame->size, &req->arena, &req->kreq, &err);
    if (rc < 0 && req->kreq.api_key == RMQ_KAFKA_API_API_VERSIONS && frame->size >= 8 &&
        req->kreq.api_version > rmq_kafka_api_get(RMQ_KAFKA_API_API_VERSIONS)->max_version) {
        /* A newer client's header or body may not parse as any version we know (KIP-511):
         * api key, version and correlation id are all the v0 answer needs. */
        req->kreq.header.request_api_key = req->kreq.api_key;
        req->kreq.header.request_api_version = req->kreq.api_version;
        req->kreq.header.correlation_id = (int32_t)rmq_be32(frame->data + 4);
        answer_unsupported_api_versions(req);
        return;
    }
    if (rc < 0) {
        rmq_warn(SUBSYS, "%s: bad request (api %d v%d): %s", rmq_conn_peer(conn), req->kreq.api_key,
                 req->kreq.api_version, err.msg);
        rmq_req_fail_close(req, "malformed or unsupported request");
        return;
    }
    api = rmq_api_find(req->kreq.api_key);
    if (!api) {
        rmq_req_fail_close(req, "API not served");
        return;
    }
    rmq_trace(SUBSYS, "%s: api %d v%d corr %d", rmq_conn_peer(conn), req->kreq.api_key,
              req->kreq.api_version, req->kreq.header.correlation_id);
    req->api = api;
    if (api->offload && b->admin_exec) {
        admin_push(b->admin_exec, req);
        return;
    }
    api->fn(req);
}

/* ---- the admin thread ---- */

/*
 * Requests whose handlers wait for a metadata journal write (topic and group admin, producer
 * id blocks) run here, one at a time in arrival order, so that no network worker ever waits for
 * the disk and every connection's other requests keep flowing. The responses still go out in
 * each connection's request order (the server sequences them).
 */
/* A topic to auto-create, asked for by a produce on a network worker. */
typedef struct create_job {
    struct create_job *next;
    char name[];
} create_job_t;

typedef struct admin_exec {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    rmq_req_t *head, *tail;
    create_job_t *creates; /* pending auto-creations (each name once) */
    int stop;
    pthread_t thread;
    rmq_wd_probe_t probe;
    rmq_broker_t *b;
} admin_exec_t;

static void admin_push(void *opaque, rmq_req_t *req)
{
    admin_exec_t *ax = opaque;

    req->next = NULL;
    pthread_mutex_lock(&ax->mu);
    if (ax->tail)
        ax->tail->next = req;
    else
        ax->head = req;
    ax->tail = req;
    pthread_cond_signal(&ax->cv);
    pthread_mutex_unlock(&ax->mu);
}

static void *admin_main(void *arg)
{
    admin_exec_t *ax = arg;

    pthread_mutex_lock(&ax->mu);
    for (;;) {
        while (!ax->head && !ax->creates && !ax->stop) {
            rmq_wd_idle(&ax->probe);
            pthread_cond_wait(&ax->cv, &ax->mu);
        }
        if (ax->creates) {
            create_job_t *job = ax->creates;
            ax->creates = job->next;
            pthread_mutex_unlock(&ax->mu);
            int16_t e;
            rmq_wd_busy(&ax->probe, "auto-creating a topic");
            rmq_topic_t *t = rmq_broker_topic(ax->b, rmq_kw_str(job->name), 1, &e);
            if (!t)
                rmq_warn(SUBSYS, "auto-creating topic %s: error %d", job->name, e);
            rmq_topic_unref(t);
            free(job);
            pthread_mutex_lock(&ax->mu);
            continue;
        }
        rmq_req_t *req = ax->head;
        if (!req)
            break;
        ax->head = req->next;
        if (!ax->head)
            ax->tail = NULL;
        pthread_mutex_unlock(&ax->mu);
        const rmq_api_t *api = req->api;
        rmq_wd_busy(&ax->probe, "admin request");
        api->fn(req);
        pthread_mutex_lock(&ax->mu);
    }
    pthread_mutex_unlock(&ax->mu);
    return NULL;
}

int rmq_admin_on_thread(rmq_broker_t *b)
{
    admin_exec_t *ax = b->admin_exec;
    return !ax || pthread_equal(pthread_self(), ax->thread);
}

int rmq_req_offload(rmq_req_t *req)
{
    admin_exec_t *ax = req->b->admin_exec;

    if (rmq_admin_on_thread(req->b))
        return 0;
    admin_push(ax, req);
    return 1;
}

void rmq_admin_create_topic(rmq_broker_t *b, const char *name)
{
    admin_exec_t *ax = b->admin_exec;
    size_t n = strlen(name);

    RMQ_ASSERT(ax != NULL);
    pthread_mutex_lock(&ax->mu);
    for (create_job_t *j = ax->creates; j; j = j->next) {
        if (strcmp(j->name, name) == 0) {
            pthread_mutex_unlock(&ax->mu);
            return; /* already on its way */
        }
    }
    create_job_t *job = rmq_malloc(sizeof(*job) + n + 1);
    memcpy(job->name, name, n + 1);
    job->next = ax->creates;
    ax->creates = job;
    pthread_cond_signal(&ax->cv);
    pthread_mutex_unlock(&ax->mu);
}

int rmq_admin_exec_start(rmq_broker_t *b, rmq_err_t *err)
{
    admin_exec_t *ax = rmq_calloc(1, sizeof(*ax));
    int rc;

    pthread_mutex_init(&ax->mu, NULL);
    rmq_cond_init(&ax->cv);
    ax->b = b;
    rmq_wd_register(&ax->probe, "rmq-admin");
    if ((rc = rmq_thread_start(&ax->thread, "rmq-admin", admin_main, ax, err)) < 0) {
        rmq_wd_unregister(&ax->probe);
        pthread_cond_destroy(&ax->cv);
        pthread_mutex_destroy(&ax->mu);
        free(ax);
        return rc;
    }
    b->admin_exec = ax;
    return 0;
}

void rmq_admin_exec_stop(rmq_broker_t *b)
{
    admin_exec_t *ax = b->admin_exec;

    if (!ax)
        return;
    pthread_mutex_lock(&ax->mu);
    ax->stop = 1; /* what is queued still runs: every request gets its answer */
    pthread_cond_signal(&ax->cv);
    pthread_mutex_unlock(&ax->mu);
    pthread_join(ax->thread, NULL);
    rmq_wd_unregister(&ax->probe);
    RMQ_ASSERT(ax->creates == NULL); /* the thread ran them before ending */
    pthread_cond_destroy(&ax->cv);
    pthread_mutex_destroy(&ax->mu);
    b->admin_exec = NULL;
    free(ax);
}
