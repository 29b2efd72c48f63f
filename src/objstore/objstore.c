/*
 * objstore.c - the backend-independent part of the object store: key checks, request
 * lifecycle, retries with exponential backoff and jitter, metrics and sync wrappers.
 */
#include "objstore/objstore_int.h"

#include <gnutls/crypto.h>

#include "common/assert.h"
#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

static const char *const op_names[RMQ_OBJSTORE_OP_COUNT] = {"put", "get", "head", "list", "delete"};

const char *rmq_objstore_op_name(rmq_objstore_op_t op)
{
    return (unsigned)op < RMQ_OBJSTORE_OP_COUNT ? op_names[op] : "?";
}

void rmq_objstore_retry_init(rmq_objstore_retry_t *retry)
{
    retry->max_attempts = 4;
    retry->base_backoff_ms = 50;
    retry->max_backoff_ms = 5000;
    retry->jitter = 0.5;
}

void rmq_objstore_opts_init(rmq_objstore_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    rmq_objstore_retry_init(&opts->retry);
}

void rmq_objstore_list_release(rmq_objstore_list_t *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->entries[i].key);
    free(list->entries);
    free(list->next_token);
    memset(list, 0, sizeof(*list));
}

int rmq_objstore_check_key(const rmq_objstore_t *st, const char *key, rmq_err_t *err)
{
    if (key == NULL || key[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "object key is empty");
    size_t n = strlen(key);
    size_t max = st ? st->vt->key_max : RMQ_OBJSTORE_KEY_MAX;
    if (n > max)
        return rmq_err_set(err, RMQ_EINVAL, "object key is %zu bytes, longer than %zu", n, max);
    if (key[0] == '/')
        return rmq_err_set(err, RMQ_EINVAL, "object key starts with '/'");
    /* Segment by segment: no empty, "." or ".." segment; no control bytes. */
    const char *seg = key;
    for (const char *p = key;; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '/' || c == '\0') {
            size_t len = (size_t)(p - seg);
            if (len == 0)
                return rmq_err_set(err, RMQ_EINVAL, "object key has an empty segment");
            if ((len == 1 && seg[0] == '.') || (len == 2 && seg[0] == '.' && seg[1] == '.'))
                return rmq_err_set(err, RMQ_EINVAL, "object key has a '.' or '..' segment");
            if (c == '\0')
                break;
            seg = p + 1;
        } else if (c < 0x20 || c == 0x7f) {
            return rmq_err_set(err, RMQ_EINVAL, "object key has control byte 0x%02x", c);
        }
    }
    return 0;
}

const char *rmq_objstore_backend(const rmq_objstore_t *st)
{
    return st->vt->name;
}

size_t rmq_objstore_key_max(const rmq_objstore_t *st)
{
    return st->vt->key_max;
}

/* ---- lifecycle ---- */

rmq_objstore_t *rmq_objstore_alloc(const rmq_objstore_vtab_t *vt, const rmq_objstore_opts_t *opts)
{
    rmq_objstore_t *st = rmq_calloc(1, sizeof(*st));
    st->vt = vt;
    st->opts = *opts;
    if (st->opts.retry.max_attempts == 0)
        st->opts.retry.max_attempts = 1;
    if (!(st->opts.retry.jitter >= 0.0))
        st->opts.retry.jitter = 0.0;
    if (st->opts.retry.jitter > 1.0)
        st->opts.retry.jitter = 1.0;
    pthread_mutex_init(&st->mu, NULL);
    rmq_cond_init(&st->cond);
    st->rng = rmq_mono_ns() | 1;
    return st;
}

static void *retry_main(void *arg);

int rmq_objstore_start(rmq_objstore_t *st)
{
    return rmq_thread_start(&st->retry_thread, "rmq-os-retry", retry_main, st, NULL);
}

void rmq_objstore_free_unstarted(rmq_objstore_t *st)
{
    if (st == NULL)
        return;
    pthread_mutex_destroy(&st->mu);
    pthread_cond_destroy(&st->cond);
    free(st);
}

void rmq_objstore_close(rmq_objstore_t *st)
{
    if (st == NULL)
        return;
    pthread_mutex_lock(&st->mu);
    st->closing = 1;
    pthread_cond_broadcast(&st->cond); /* the retry thread stops waiting out backoffs */
    while (st->inflight > 0)
        pthread_cond_wait(&st->cond, &st->mu);
    st->retry_stop = 1;
    pthread_cond_broadcast(&st->cond);
    pthread_mutex_unlock(&st->mu);
    pthread_join(st->retry_thread, NULL);
    st->vt->close(st);
    rmq_objstore_free_unstarted(st);
}

/* ---- retries ---- */

static uint64_t rng_next(rmq_objstore_t *st) /* requires st->mu */
{
    uint64_t x = st->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    st->rng = x;
    return x;
}

uint64_t rmq_objstore_backoff_ns(rmq_objstore_t *st, uint32_t attempt)
{
    const rmq_objstore_retry_t *r = &st->opts.retry;
    uint64_t d = r->base_backoff_ms;
    for (uint32_t i = 1; i < attempt && d < r->max_backoff_ms; i++)
        d <<= 1;
    if (d > r->max_backoff_ms)
        d = r->max_backoff_ms;
    uint64_t ns = d * 1000000ull;
    pthread_mutex_lock(&st->mu);
    double u = (double)(rng_next(st) >> 11) / (double)(1ull << 53);
    pthread_mutex_unlock(&st->mu);
    return (uint64_t)((double)ns * (1.0 - r->jitter * u));
}

static void *retry_main(void *arg)
{
    rmq_objstore_t *st = arg;
    pthread_mutex_lock(&st->mu);
    for (;;) {
        if (st->retryq == NULL) {
            if (st->retry_stop)
                break;
            pthread_cond_wait(&st->cond, &st->mu);
            continue;
        }
        rmq_objstore_req_t *req = st->retryq;
        uint64_t now = rmq_mono_ns();
        if (req->due_ns > now && !st->closing) {
            rmq_cond_wait_until(&st->cond, &st->mu, req->due_ns);
            continue;
        }
        st->retryq = req->next;
        req->next = NULL;
        pthread_mutex_unlock(&st->mu);
        st->vt->submit(st, req);
        pthread_mutex_lock(&st->mu);
    }
    pthread_mutex_unlock(&st->mu);
    return NULL;
}

static void result_clear(rmq_objstore_result_t *res)
{
    rmq_buf_unref(res->data);
    res->data = NULL;
    rmq_objstore_list_release(&res->list);
    res->size = 0;
    res->etag[0] = '\0';
    rmq_err_clear(&res->err);
}

static void req_free(rmq_objstore_req_t *req)
{
    result_clear(&req->res);
    rmq_buf_unref(req->data);
    free(req->key);
    free(req->token);
    free(req);
}

void rmq_objstore_req_done(rmq_objstore_req_t *req, int rc)
{
    rmq_objstore_t *st = req->st;
    req->attempt++;
    rmq_objstore_op_metrics_t *m = &st->metrics.op[req->op];
    if (rc != 0 && req->attempt < st->opts.retry.max_attempts && st->vt->retriable != NULL &&
        st->vt->retriable(rc)) {
        rmq_debug("objstore", "%s %s: attempt %u failed (%s), retrying", op_names[req->op],
                  req->key, req->attempt, rmq_strerror(rc));
        result_clear(&req->res);
        req->due_ns = rmq_mono_ns() + rmq_objstore_backoff_ns(st, req->attempt);
        pthread_mutex_lock(&st->mu);
        m->retries++;
        rmq_objstore_req_t **pp = &st->retryq;
        while (*pp != NULL && (*pp)->due_ns <= req->due_ns)
            pp = &(*pp)->next;
        req->next = *pp;
        *pp = req;
        pthread_cond_broadcast(&st->cond);
        pthread_mutex_unlock(&st->mu);
        return;
    }
    req->res.rc = rc;
    if (rc != 0 && req->res.err.code == 0)
        rmq_err_set(&req->res.err, rc, "%s %s: %s", op_names[req->op], req->key, rmq_strerror(rc));
    if (rc != 0) {
        rmq_buf_unref(req->res.data);
        req->res.data = NULL;
        rmq_objstore_list_release(&req->res.list);
    }
    uint64_t lat = rmq_mono_ns() - req->start_ns;
    uint64_t bytes = 0;
    if (rc == 0 && req->op == RMQ_OBJSTORE_OP_PUT)
        bytes = req->data->size;
    else if (rc == 0 && req->op == RMQ_OBJSTORE_OP_GET)
        bytes = req->res.data->size;
    pthread_mutex_lock(&st->mu);
    m->count++;
    m->errors += rc != 0;
    m->bytes += bytes;
    m->latency_ns_total += lat;
    if (lat > m->latency_ns_max)
        m->latency_ns_max = lat;
    pthread_mutex_unlock(&st->mu);

    req->res.op = req->op;
    req->res.key = req->key;
    req->cb(req->opaque, &req->res);
    req_free(req);

    pthread_mutex_lock(&st->mu);
    RMQ_ASSERT(st->inflight > 0);
    if (--st->inflight == 0)
        pthread_cond_broadcast(&st->cond);
    pthread_mutex_unlock(&st->mu);
}

void rmq_objstore_metrics(rmq_objstore_t *st, rmq_objstore_metrics_t *out)
{
    pthread_mutex_lock(&st->mu);
    *out = st->metrics;
    pthread_mutex_unlock(&st->mu);
}

/* ---- submission ---- */

static int submit(rmq_objstore_t *st, rmq_objstore_req_t *req)
{
    req->st = st;
    req->start_ns = rmq_mono_ns();
    pthread_mutex_lock(&st->mu);
    if (st->closing) {
        pthread_mutex_unlock(&st->mu);
        req_free(req);
        return RMQ_ECLOSED;
    }
    st->inflight++;
    pthread_mutex_unlock(&st->mu);
    st->vt->submit(st, req);
    return 0;
}

static rmq_objstore_req_t *req_new(rmq_objstore_op_t op, const char *key, rmq_objstore_cb cb,
                                   void *opaque)
{
    rmq_objstore_req_t *req = rmq_calloc(1, sizeof(*req));
    req->op = op;
    req->key = rmq_strdup(key);
    req->cb = cb;
    req->opaque = opaque;
    return req;
}

/* A put, with the caller's payload digest or none (sha256_hex NULL). */
static int put_req(rmq_objstore_t *st, const char *key, rmq_buf_t *data, int flags,
                   const char *sha256_hex, rmq_objstore_cb cb, void *opaque)
{
    int rc = rmq_objstore_check_key(st, key, NULL);
    if (rc)
        return rc;
    if (data == NULL || cb == NULL || (flags & ~RMQ_OBJSTORE_IF_NONE_MATCH))
        return RMQ_EINVAL;
    if (sha256_hex && (strlen(sha256_hex) != RMQ_OBJSTORE_DIGEST_HEX - 1 ||
                       strspn(sha256_hex, "0123456789abcdef") != RMQ_OBJSTORE_DIGEST_HEX - 1))
        return RMQ_EINVAL;
    rmq_objstore_req_t *req = req_new(RMQ_OBJSTORE_OP_PUT, key, cb, opaque);
    req->data = rmq_buf_ref(data);
    req->flags = flags;
    if (sha256_hex)
        memcpy(req->sha256, sha256_hex, RMQ_OBJSTORE_DIGEST_HEX);
    return submit(st, req);
}

int rmq_objstore_put(rmq_objstore_t *st, const char *key, rmq_buf_t *data, int flags,
                     rmq_objstore_cb cb, void *opaque)
{
    return put_req(st, key, data, flags, NULL, cb, opaque);
}

int rmq_objstore_put_digest(rmq_objstore_t *st, const char *key, rmq_buf_t *data, int flags,
                            const char *sha256_hex, rmq_objstore_cb cb, void *opaque)
{
    if (!sha256_hex)
        return RMQ_EINVAL;
    return put_req(st, key, data, flags, sha256_hex, cb, opaque);
}

int rmq_objstore_wants_digest(const rmq_objstore_t *st, uint64_t size)
{
    return st->vt->wants_digest != NULL && st->vt->wants_digest(st, size);
}

int rmq_objstore_digest_init(rmq_objstore_digest_t *d)
{
    gnutls_hash_hd_t h;
    if (gnutls_hash_init(&h, GNUTLS_DIG_SHA256) != 0)
        return -ENOMEM;
    d->impl = h;
    return 0;
}

void rmq_objstore_digest_update(rmq_objstore_digest_t *d, const void *p, size_t n)
{
    RMQ_ASSERT(d->impl != NULL);
    if (n > 0)
        gnutls_hash((gnutls_hash_hd_t)d->impl, p, n);
}

void rmq_objstore_digest_final(rmq_objstore_digest_t *d, char hex[RMQ_OBJSTORE_DIGEST_HEX])
{
    static const char digits[] = "0123456789abcdef";
    uint8_t md[32];

    RMQ_ASSERT(d->impl != NULL);
    gnutls_hash_deinit((gnutls_hash_hd_t)d->impl, md);
    d->impl = NULL;
    for (int i = 0; i < 32; i++) {
        hex[2 * i] = digits[md[i] >> 4];
        hex[2 * i + 1] = digits[md[i] & 15];
    }
    hex[64] = '\0';
}

void rmq_objstore_digest_discard(rmq_objstore_digest_t *d)
{
    if (d->impl)
        gnutls_hash_deinit((gnutls_hash_hd_t)d->impl, NULL);
    d->impl = NULL;
}

int rmq_objstore_get(rmq_objstore_t *st, const char *key, uint64_t off, uint64_t len,
                     rmq_objstore_cb cb, void *opaque)
{
    int rc = rmq_objstore_check_key(st, key, NULL);
    if (rc)
        return rc;
    if (len == 0 || cb == NULL)
        return RMQ_EINVAL;
    rmq_objstore_req_t *req = req_new(RMQ_OBJSTORE_OP_GET, key, cb, opaque);
    req->off = off;
    req->len = len;
    return submit(st, req);
}

int rmq_objstore_head(rmq_objstore_t *st, const char *key, rmq_objstore_cb cb, void *opaque)
{
    int rc = rmq_objstore_check_key(st, key, NULL);
    if (rc)
        return rc;
    if (cb == NULL)
        return RMQ_EINVAL;
    return submit(st, req_new(RMQ_OBJSTORE_OP_HEAD, key, cb, opaque));
}

int rmq_objstore_list(rmq_objstore_t *st, const char *prefix, const char *token, uint32_t max_keys,
                      rmq_objstore_cb cb, void *opaque)
{
    if (prefix == NULL)
        prefix = "";
    if (cb == NULL || strlen(prefix) > st->vt->key_max)
        return RMQ_EINVAL;
    if (token != NULL && token[0] == '\0')
        token = NULL;
    rmq_objstore_req_t *req = req_new(RMQ_OBJSTORE_OP_LIST, prefix, cb, opaque);
    req->token = token ? rmq_strdup(token) : NULL;
    req->max_keys =
        max_keys == 0 || max_keys > RMQ_OBJSTORE_LIST_MAX ? RMQ_OBJSTORE_LIST_MAX : max_keys;
    return submit(st, req);
}

int rmq_objstore_delete(rmq_objstore_t *st, const char *key, rmq_objstore_cb cb, void *opaque)
{
    int rc = rmq_objstore_check_key(st, key, NULL);
    if (rc)
        return rc;
    if (cb == NULL)
        return RMQ_EINVAL;
    return submit(st, req_new(RMQ_OBJSTORE_OP_DELETE, key, cb, opaque));
}

/* ---- synchronous wrappers ---- */

typedef struct sync_wait {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
    int rc;
    rmq_err_t *err;
    rmq_buf_t *data;
    uint64_t size;
    char etag[RMQ_OBJSTORE_ETAG_MAX];
    rmq_objstore_list_t list;
} sync_wait_t;

static void sync_init(sync_wait_t *w, rmq_err_t *err)
{
    memset(w, 0, sizeof(*w));
    pthread_mutex_init(&w->mu, NULL);
    rmq_cond_init(&w->cond);
    w->err = err;
}

static void sync_cb(void *opaque, rmq_objstore_result_t *res)
{
    sync_wait_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->rc = res->rc;
    if (res->rc != 0 && w->err != NULL)
        *w->err = res->err;
    w->data = res->data;
    res->data = NULL;
    w->list = res->list;
    memset(&res->list, 0, sizeof(res->list));
    w->size = res->size;
    memcpy(w->etag, res->etag, sizeof(w->etag));
    w->done = 1;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->mu);
}

static int sync_wait(sync_wait_t *w, int rc)
{
    if (rc == 0) {
        pthread_mutex_lock(&w->mu);
        while (!w->done)
            pthread_cond_wait(&w->cond, &w->mu);
        pthread_mutex_unlock(&w->mu);
        rc = w->rc;
    } else {
        rmq_err_set(w->err, rc, "request refused: %s", rmq_strerror(rc));
    }
    pthread_mutex_destroy(&w->mu);
    pthread_cond_destroy(&w->cond);
    return rc;
}

int rmq_objstore_put_sync(rmq_objstore_t *st, const char *key, const void *data, size_t len,
                          int flags, rmq_err_t *err)
{
    sync_wait_t w;
    sync_init(&w, err);
    /* The caller's memory outlives the wait, so no copy is needed. */
    rmq_buf_t *buf = rmq_buf_new_wrap((uint8_t *)(uintptr_t)(len ? data : ""), len, NULL, NULL);
    int rc = sync_wait(&w, rmq_objstore_put(st, key, buf, flags, sync_cb, &w));
    rmq_buf_unref(buf);
    return rc;
}

int rmq_objstore_get_sync(rmq_objstore_t *st, const char *key, uint64_t off, uint64_t len,
                          rmq_buf_t **out, rmq_err_t *err)
{
    sync_wait_t w;
    sync_init(&w, err);
    int rc = sync_wait(&w, rmq_objstore_get(st, key, off, len, sync_cb, &w));
    *out = w.data;
    return rc;
}

int rmq_objstore_head_sync(rmq_objstore_t *st, const char *key, uint64_t *size, char *etag,
                           rmq_err_t *err)
{
    sync_wait_t w;
    sync_init(&w, err);
    int rc = sync_wait(&w, rmq_objstore_head(st, key, sync_cb, &w));
    if (rc == 0 && size)
        *size = w.size;
    if (rc == 0 && etag)
        memcpy(etag, w.etag, RMQ_OBJSTORE_ETAG_MAX);
    return rc;
}

int rmq_objstore_list_sync(rmq_objstore_t *st, const char *prefix, const char *token,
                           uint32_t max_keys, rmq_objstore_list_t *out, rmq_err_t *err)
{
    sync_wait_t w;
    sync_init(&w, err);
    int rc = sync_wait(&w, rmq_objstore_list(st, prefix, token, max_keys, sync_cb, &w));
    *out = w.list;
    return rc;
}

int rmq_objstore_delete_sync(rmq_objstore_t *st, const char *key, rmq_err_t *err)
{
    sync_wait_t w;
    sync_init(&w, err);
    return sync_wait(&w, rmq_objstore_delete(st, key, sync_cb, &w));
}
