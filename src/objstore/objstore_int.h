/*
 * objstore_int.h - what a backend implements and what the generic layer gives it.
 *
 * The generic layer (objstore.c) validates keys, keeps metrics, and retries. A backend gets
 * one attempt at a time through vtab->submit and reports its outcome with
 * rmq_objstore_req_done() from its own thread, having filled req->res (data, size, etag,
 * list, err). On a retriable failure the generic layer clears req->res and submits the same
 * request again after the backoff, from its retry thread.
 */
#ifndef RMQ_OBJSTORE_OBJSTORE_INT_H
#define RMQ_OBJSTORE_OBJSTORE_INT_H

#include <pthread.h>

#include "objstore/objstore.h"

typedef struct rmq_objstore_req rmq_objstore_req_t;

typedef struct rmq_objstore_vtab {
    const char *name;
    size_t key_max; /* longest key accepted (<= RMQ_OBJSTORE_KEY_MAX) */
    /* Starts one attempt of req; must eventually call rmq_objstore_req_done(req, rc). */
    void (*submit)(rmq_objstore_t *st, rmq_objstore_req_t *req);
    /* True when rc is worth another attempt. */
    int (*retriable)(int rc);
    /* Stops the backend's threads and frees its state; no request is in flight. */
    void (*close)(rmq_objstore_t *st);
    /* Whether a put of size bytes signs its payload's SHA-256 (NULL: never). */
    int (*wants_digest)(const rmq_objstore_t *st, uint64_t size);
} rmq_objstore_vtab_t;

struct rmq_objstore_req {
    rmq_objstore_t *st;
    rmq_objstore_op_t op;
    char *key;                            /* key, or the prefix for LIST (owned) */
    rmq_buf_t *data;                      /* PUT payload (one reference) */
    int flags;                            /* PUT flags */
    char sha256[RMQ_OBJSTORE_DIGEST_HEX]; /* PUT: the caller's payload digest, or "" */
    uint64_t off;                         /* GET range */
    uint64_t len;
    char *token; /* LIST continuation (owned, may be NULL) */
    uint32_t max_keys;
    rmq_objstore_cb cb;
    void *opaque;
    uint32_t attempt; /* attempts made so far */
    uint64_t start_ns;
    uint64_t due_ns;               /* retry queue: when to resubmit */
    rmq_objstore_result_t res;     /* filled by the backend */
    struct rmq_objstore_req *next; /* queue link for whoever holds the request */
};

struct rmq_objstore {
    const rmq_objstore_vtab_t *vt;
    void *impl; /* the backend's state */
    rmq_objstore_opts_t opts;
    pthread_mutex_t mu; /* guards everything below */
    pthread_cond_t cond;
    int closing;
    uint64_t inflight;          /* requests accepted and not yet called back */
    rmq_objstore_req_t *retryq; /* sorted by due_ns */
    int retry_stop;
    pthread_t retry_thread;
    uint64_t rng; /* xorshift state for jitter */
    rmq_objstore_metrics_t metrics;
};

/* Allocates the generic part of a store; the backend sets impl and calls _start. */
rmq_objstore_t *rmq_objstore_alloc(const rmq_objstore_vtab_t *vt, const rmq_objstore_opts_t *opts);

/* Starts the retry thread; 0 or -errno. */
int rmq_objstore_start(rmq_objstore_t *st);

/* Frees a store that was allocated but not started (backend open failed). */
void rmq_objstore_free_unstarted(rmq_objstore_t *st);

/* Reports the end of one attempt of req (any thread). */
void rmq_objstore_req_done(rmq_objstore_req_t *req, int rc);

/* Backoff before attempt number attempt+1 given attempt attempts done so far (ns). */
uint64_t rmq_objstore_backoff_ns(rmq_objstore_t *st, uint32_t attempt);

#endif
