/*
 * objstore.h - the object store interface: one small vtable (SQLite-VFS style) with the
 * backends local (a directory), s3 (also GCS, MinIO, R2) and azure behind it.
 *
 * Keys are flat byte strings with "/" as a conventional separator (no real directories).
 * A valid key: 1..RMQ_OBJSTORE_KEY_MAX bytes, no leading "/", no empty, "." or ".." segment,
 * no byte below 0x20 and no 0x7f. Keys are C strings, so a NUL cannot be part of one.
 * Invalid keys get RMQ_EINVAL at submission.
 *
 * Operations are asynchronous: rmq_objstore_<op>() queues the request and returns 0, and the
 * callback runs exactly once, later, on one of the store's own threads (never inside the
 * submitting call). A non-zero return means the request was refused at submission (bad key or
 * argument, RMQ_ECLOSED) and the callback will not run. The _sync wrappers block the caller
 * until the callback has run; never call them from a store callback (deadlock).
 *
 * Retriable failures (the backend decides which: local treats -EIO, -EAGAIN, -EINTR as
 * retriable; the HTTP backends 5xx, 429, timeouts, connection resets) are retried by the
 * generic layer with exponential backoff and jitter, up to the retry policy's max_attempts.
 * The callback sees only the final outcome.
 *
 * Errors: RMQ_ENOTFOUND (no such object), RMQ_EEXISTS (conditional put lost: the key exists),
 * RMQ_ERANGE (ranged get starting at or past the end), RMQ_EINVAL (bad key or argument),
 * RMQ_ECLOSED (store closing), RMQ_EFAULT_INJECTED (test fault hook), -errno / RMQ_EIO.
 *
 * Thread: every function may be called from any thread except rmq_objstore_close(), which
 * must not run on a store thread.
 */
#ifndef RMQ_OBJSTORE_OBJSTORE_H
#define RMQ_OBJSTORE_OBJSTORE_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"

#define RMQ_OBJSTORE_KEY_MAX  1024 /* bytes, S3's limit; a backend may allow less */
#define RMQ_OBJSTORE_ETAG_MAX 64   /* etag buffer including the NUL */
#define RMQ_OBJSTORE_TO_END   UINT64_MAX
#define RMQ_OBJSTORE_LIST_MAX 1000 /* default and largest page size */

/* Put flag: fail with RMQ_EEXISTS instead of overwriting (S3 If-None-Match: *). */
#define RMQ_OBJSTORE_IF_NONE_MATCH 0x1

typedef struct rmq_objstore rmq_objstore_t;

typedef enum rmq_objstore_op {
    RMQ_OBJSTORE_OP_PUT = 0,
    RMQ_OBJSTORE_OP_GET = 1,
    RMQ_OBJSTORE_OP_HEAD = 2,
    RMQ_OBJSTORE_OP_LIST = 3,
    RMQ_OBJSTORE_OP_DELETE = 4,
    RMQ_OBJSTORE_OP_COUNT = 5,
} rmq_objstore_op_t;

/* Name of an op ("put", "get", ...) for logs and metric labels. */
const char *rmq_objstore_op_name(rmq_objstore_op_t op);

/*
 * Retry policy for retriable errors. Attempt n (n >= 1 retries so far) waits
 * d = min(max_backoff_ms, base_backoff_ms << (n-1)) scaled to d * (1 - jitter * u), u uniform
 * in [0,1): jitter 1.0 is AWS's "full jitter", 0 is plain exponential backoff.
 */
typedef struct rmq_objstore_retry {
    uint32_t max_attempts;    /* total attempts including the first (default 4; 1 = no retry) */
    uint32_t base_backoff_ms; /* default 50 */
    uint32_t max_backoff_ms;  /* default 5000 */
    double jitter;            /* 0..1, default 0.5 */
} rmq_objstore_retry_t;

void rmq_objstore_retry_init(rmq_objstore_retry_t *retry);

/* Options shared by every backend. */
typedef struct rmq_objstore_opts {
    rmq_objstore_retry_t retry;
} rmq_objstore_opts_t;

void rmq_objstore_opts_init(rmq_objstore_opts_t *opts);

/* Per-operation counters; one per op in rmq_objstore_metrics_t. */
typedef struct rmq_objstore_op_metrics {
    uint64_t count;            /* requests completed (success or failure) */
    uint64_t errors;           /* requests that completed with an error (incl. NOTFOUND/EEXISTS) */
    uint64_t retries;          /* extra attempts made after retriable errors */
    uint64_t bytes;            /* payload bytes moved: put = written, get = read */
    uint64_t latency_ns_total; /* submission to completion, summed */
    uint64_t latency_ns_max;
} rmq_objstore_op_metrics_t;

typedef struct rmq_objstore_metrics {
    rmq_objstore_op_metrics_t op[RMQ_OBJSTORE_OP_COUNT];
} rmq_objstore_metrics_t;

/* Copies a consistent snapshot of the store's counters into out. */
void rmq_objstore_metrics(rmq_objstore_t *st, rmq_objstore_metrics_t *out);

typedef struct rmq_objstore_entry {
    char *key; /* owned by the list it sits in */
    uint64_t size;
} rmq_objstore_entry_t;

/* One page of a listing; keys in strictly increasing bytewise (strcmp) order. */
typedef struct rmq_objstore_list {
    rmq_objstore_entry_t *entries;
    size_t count;
    char *next_token; /* continuation for the next page, NULL when this is the last */
} rmq_objstore_list_t;

/* Frees the entries and the token; leaves list empty. */
void rmq_objstore_list_release(rmq_objstore_list_t *list);

/*
 * What a callback receives. The result and everything in it are valid only during the
 * callback; to keep the data buffer or the list, steal them (copy the pointer/struct and set
 * the field to NULL / zero it) - whatever is left is released after the callback returns.
 */
typedef struct rmq_objstore_result {
    rmq_objstore_op_t op;
    int rc;                           /* 0 or a negative error */
    const char *key;                  /* the key (the prefix for LIST) */
    rmq_buf_t *data;                  /* GET: the bytes read (never NULL on success) */
    uint64_t size;                    /* PUT, HEAD, GET: size of the whole object */
    char etag[RMQ_OBJSTORE_ETAG_MAX]; /* PUT, HEAD, GET: the object's version tag */
    rmq_objstore_list_t list;         /* LIST */
    rmq_err_t err;                    /* message when rc != 0 */
} rmq_objstore_result_t;

typedef void (*rmq_objstore_cb)(void *opaque, rmq_objstore_result_t *res);

/*
 * Stores data (a new reference is taken; the caller keeps its own) under key, atomically: a
 * reader sees the old object, or none, or the whole new one - never part of it. With
 * RMQ_OBJSTORE_IF_NONE_MATCH the put fails with RMQ_EEXISTS when key exists; of concurrent
 * conditional puts exactly one wins. Above a backend's threshold the put is a multipart put
 * (S3 multipart upload, Azure Put Block + Put Block List; parts in parallel, each retried on
 * its own, the whole aborted on failure) with the same all-or-nothing visibility.
 */
int rmq_objstore_put(rmq_objstore_t *st, const char *key, rmq_buf_t *data, int flags,
                     rmq_objstore_cb cb, void *opaque);

/*
 * A put's payload digest, computed by the caller. S3 signs the SHA-256 of every payload
 * (unless unsigned_payload): a pass over the bytes on the thread that submits the put, just
 * when the put is due. A caller that builds the payload itself can hash it as it writes the
 * bytes (while they are in cache, and before a put slot is free) and hand the digest over
 * with rmq_objstore_put_digest; the store sends it as it is, and S3 refuses a payload that
 * does not match it (XAmzContentSHA256Mismatch), so a wrong digest fails the put, never
 * stores other bytes. rmq_objstore_wants_digest says whether a put of size bytes would use
 * one (S3 with signed payloads, below the multipart threshold; parts are hashed apart).
 */
#define RMQ_OBJSTORE_DIGEST_HEX 65 /* SHA-256 in lowercase hex, with the NUL */

typedef struct rmq_objstore_digest {
    void *impl;
} rmq_objstore_digest_t;

int rmq_objstore_wants_digest(const rmq_objstore_t *st, uint64_t size);
/* 0, or -ENOMEM with d untouched. */
int rmq_objstore_digest_init(rmq_objstore_digest_t *d);
void rmq_objstore_digest_update(rmq_objstore_digest_t *d, const void *p, size_t n);
/* Writes the digest and releases d. */
void rmq_objstore_digest_final(rmq_objstore_digest_t *d, char hex[RMQ_OBJSTORE_DIGEST_HEX]);
/* Releases d without a digest (a build abandoned halfway). */
void rmq_objstore_digest_discard(rmq_objstore_digest_t *d);
/* rmq_objstore_put with the payload's SHA-256 (64 lowercase hex digits, else RMQ_EINVAL). */
int rmq_objstore_put_digest(rmq_objstore_t *st, const char *key, rmq_buf_t *data, int flags,
                            const char *sha256_hex, rmq_objstore_cb cb, void *opaque);

/*
 * Reads len bytes at off (RMQ_OBJSTORE_TO_END: to the end). off 0 with TO_END reads any
 * object, even an empty one. Otherwise off >= size gets RMQ_ERANGE, and a range that runs past
 * the end is clamped to it (S3's behaviour for Range: bytes=a-b). len 0 is RMQ_EINVAL.
 */
int rmq_objstore_get(rmq_objstore_t *st, const char *key, uint64_t off, uint64_t len,
                     rmq_objstore_cb cb, void *opaque);

/* Size and etag of key. */
int rmq_objstore_head(rmq_objstore_t *st, const char *key, rmq_objstore_cb cb, void *opaque);

/*
 * One page (at most max_keys, 0 = RMQ_OBJSTORE_LIST_MAX) of the keys starting with prefix
 * ("" = all), in bytewise order, after the continuation token from the previous page (NULL
 * for the first page). Tokens are opaque and backend-specific.
 */
int rmq_objstore_list(rmq_objstore_t *st, const char *prefix, const char *token, uint32_t max_keys,
                      rmq_objstore_cb cb, void *opaque);

/* Deletes key; RMQ_ENOTFOUND when it does not exist. */
int rmq_objstore_delete(rmq_objstore_t *st, const char *key, rmq_objstore_cb cb, void *opaque);

/* Synchronous wrappers for tests and tools. Same errors; err may be NULL. */
int rmq_objstore_put_sync(rmq_objstore_t *st, const char *key, const void *data, size_t len,
                          int flags, rmq_err_t *err);
/* *out receives a buffer reference the caller must unref. */
int rmq_objstore_get_sync(rmq_objstore_t *st, const char *key, uint64_t off, uint64_t len,
                          rmq_buf_t **out, rmq_err_t *err);
/* size and etag (RMQ_OBJSTORE_ETAG_MAX bytes) may be NULL. */
int rmq_objstore_head_sync(rmq_objstore_t *st, const char *key, uint64_t *size, char *etag,
                           rmq_err_t *err);
/* *out is filled on success; release with rmq_objstore_list_release. */
int rmq_objstore_list_sync(rmq_objstore_t *st, const char *prefix, const char *token,
                           uint32_t max_keys, rmq_objstore_list_t *out, rmq_err_t *err);
int rmq_objstore_delete_sync(rmq_objstore_t *st, const char *key, rmq_err_t *err);

/* 0 when key is valid for this store, else RMQ_EINVAL with a message. */
int rmq_objstore_check_key(const rmq_objstore_t *st, const char *key, rmq_err_t *err);

/* The backend's name ("local", ...). */
const char *rmq_objstore_backend(const rmq_objstore_t *st);

/* Longest key this store accepts (<= RMQ_OBJSTORE_KEY_MAX). */
size_t rmq_objstore_key_max(const rmq_objstore_t *st);

/*
 * Waits for every submitted request to complete (callbacks included), stops the threads and
 * frees the store. Submissions racing with close get RMQ_ECLOSED. NULL is allowed.
 */
void rmq_objstore_close(rmq_objstore_t *st);

/* ---- local backend (src/objstore/local.c) ---- */

/* Fault points of the local backend, passed to its fault hook. */
typedef enum rmq_objstore_local_fp {
    RMQ_OBJSTORE_FP_OPEN = 0,   /* opening a temp file (put) or an object (get/head) */
    RMQ_OBJSTORE_FP_WRITE = 1,  /* writing a put's temp file */
    RMQ_OBJSTORE_FP_FSYNC = 2,  /* fsync of a put's temp file */
    RMQ_OBJSTORE_FP_RENAME = 3, /* publishing a put: rename/link temp -> object */
    RMQ_OBJSTORE_FP_READ = 4,   /* pread of a get */
    RMQ_OBJSTORE_FP_UNLINK = 5, /* delete */
    RMQ_OBJSTORE_FP_LIST = 6,   /* reading the directory */
} rmq_objstore_local_fp_t;

/*
 * Fault hook (tests only), called before each fault point. Return 0 to proceed, or a negative
 * error to fail there. A put failing at a fault point behaves like a crash at that point: its
 * temp file is left behind as it is (rmq_objstore_local_open removes such leftovers).
 */
typedef int (*rmq_objstore_local_fault_fn)(void *opaque, rmq_objstore_local_fp_t fp,
                                           const char *key);

typedef struct rmq_objstore_local_opts {
    rmq_objstore_opts_t common;
    const char *path; /* directory holding the objects (created if missing) */
    unsigned threads; /* worker threads doing the disk I/O (default 2, at most 64) */
    int fsync;        /* fsync files and directory on put/delete (default 1) */
    rmq_objstore_local_fault_fn fault;
    void *fault_opaque;
} rmq_objstore_local_opts_t;

void rmq_objstore_local_opts_init(rmq_objstore_local_opts_t *opts);

/*
 * Opens (creating it if needed) a local store on opts->path, removing temp files left by
 * interrupted puts. *out is owned by the caller until rmq_objstore_close().
 */
int rmq_objstore_local_open(const rmq_objstore_local_opts_t *opts, rmq_objstore_t **out,
                            rmq_err_t *err);

/* ---- S3 backend (src/objstore/s3.c); also GCS's XML API, MinIO, R2 via the endpoint ---- */

typedef enum rmq_objstore_s3_addressing {
    RMQ_OBJSTORE_S3_AUTO = 0,  /* virtual-hosted on AWS's endpoint (path-style for a bucket name
                                  with '.'), path-style on a custom endpoint */
    RMQ_OBJSTORE_S3_PATH = 1,  /* <endpoint>/<bucket>/<key> */
    RMQ_OBJSTORE_S3_VHOST = 2, /* <bucket>.<endpoint host>/<key> */
} rmq_objstore_s3_addressing_t;

/*
 * Fault hook (tests only), called on the thread sending each HTTP request the backend makes
 * (op: the objstore operation it belongs to; method "PUT", "GET", "HEAD", "POST", "DELETE";
 * key: the object key, or the prefix for LIST). Return 0 to send the request; an HTTP status
 * (100..599) to have it answered with that status and an empty body without sending it; or a
 * negative errno (-ECONNRESET, -ETIMEDOUT, ...) to fail it as the transport would.
 */
typedef int (*rmq_objstore_s3_fault_fn)(void *opaque, rmq_objstore_op_t op, const char *method,
                                        const char *key);

typedef struct rmq_objstore_s3_opts {
    rmq_objstore_opts_t common;
    const char
        *endpoint; /* "http(s)://host[:port][/base]"; NULL/"" = https://s3.<region>.amazonaws.com */
    const char *bucket;        /* required */
    const char *region;        /* NULL/"" = $AWS_REGION, $AWS_DEFAULT_REGION, else "us-east-1" */
    const char *access_key;    /* NULL/"" = $AWS_ACCESS_KEY_ID (with $AWS_SECRET_ACCESS_KEY and */
    const char *secret_key;    /*   $AWS_SESSION_TOKEN: all three come from the environment) */
    const char *session_token; /* NULL/"" = none */
    rmq_objstore_s3_addressing_t addressing;
    int unsigned_payload;         /* send x-amz-content-sha256: UNSIGNED-PAYLOAD (use with https) */
    int emulate_if_none_match;    /* HEAD before a conditional put, for servers that ignore
                                  If-None-Match (s3rver): NOT atomic, see docs */
    uint64_t multipart_threshold; /* puts larger than this go multipart (default 16 MiB) */
    uint64_t part_size;           /* multipart part size, >= 5 MiB (default 8 MiB) */
    unsigned part_concurrency;    /* parts of one put in flight at once (default 4) */
    uint32_t request_timeout_ms;  /* total time per HTTP request (default 60000) */
    uint32_t connect_timeout_ms;  /* default 5000 */
    unsigned max_concurrent;      /* HTTP requests in flight per store (default 16) */
    uint64_t max_get_bytes;       /* largest GET body accepted (default 256 MiB; larger: read
                                     ranges) */
    int verify_tls;               /* default 1 */
    const char *ca_file;          /* NULL: the system's CA bundle */
    const char *proxy;            /* NULL/"": no proxy (the environment's are ignored) */
    rmq_objstore_s3_fault_fn fault;
    void *fault_opaque;
} rmq_objstore_s3_opts_t;

void rmq_objstore_s3_opts_init(rmq_objstore_s3_opts_t *opts);

/*
 * Opens an S3 store on opts->bucket (the bucket must exist; nothing is sent at open). Strings
 * in opts are copied. RMQ_EINVAL for bad options or missing credentials. *out is owned by the
 * caller until rmq_objstore_close().
 */
int rmq_objstore_s3_open(const rmq_objstore_s3_opts_t *opts, rmq_objstore_t **out, rmq_err_t *err);

/* ---- Azure Blob backend (src/objstore/azure.c) ---- */

#define RMQ_OBJSTORE_AZURE_VERSION "2021-08-06" /* x-ms-version sent with every request */

/*
 * Fault hook (tests only), called before each HTTP request of an operation (every Put Block
 * of a large put, too) with the operation, the HTTP method and the key. Return 0 to send the
 * request, an HTTP status (100..599) to complete it with that status and an empty body
 * without touching the network, or a negative error to fail it as a transport error (-EIO,
 * -ECONNRESET, ...).
 */
typedef int (*rmq_objstore_azure_fault_fn)(void *opaque, rmq_objstore_op_t op, const char *method,
                                           const char *key);

typedef struct rmq_objstore_azure_opts {
    rmq_objstore_opts_t common;
    /*
     * Blob service endpoint. NULL or "": https://<account>.blob.core.windows.net. Otherwise a
     * URL "http[s]://host[:port][/path]": with a path it is path-style addressing, the path
     * being the account (Azurite: "http://127.0.0.1:10000/devstoreaccount1").
     */
    const char *endpoint;
    const char *account;         /* NULL: $AZURE_STORAGE_ACCOUNT, then the connection string */
    const char *key;             /* base64 account key; NULL: $AZURE_STORAGE_KEY, then ... */
    const char *container;       /* 3-63 of a-z 0-9 '-', as Azure requires */
    int create_container;        /* create the container at open if missing (default 1) */
    uint64_t block_threshold;    /* puts larger than this use Put Block + Put Block List (16 MiB) */
    uint64_t block_size;         /* bytes per block (default 8 MiB; 64 KiB..4000 MiB) */
    unsigned put_parallel;       /* blocks of one put in flight at once (default 4) */
    unsigned max_concurrent;     /* HTTP requests in flight per store (default 16) */
    uint32_t connect_timeout_ms; /* default 5000 */
    uint32_t timeout_ms;         /* per HTTP request, default 60000 */
    const char *ca_file;         /* NULL: the system's CA bundle */
    int verify_tls;              /* default 1 */
    rmq_objstore_azure_fault_fn fault;
    void *fault_opaque;
} rmq_objstore_azure_opts_t;

void rmq_objstore_azure_opts_init(rmq_objstore_azure_opts_t *opts);

/*
 * Opens a store on one container of an Azure storage account (or Azurite), authenticating
 * with SharedKey. Each of account, key and endpoint comes from opts when set, else from
 * $AZURE_STORAGE_ACCOUNT / $AZURE_STORAGE_KEY, else from $AZURE_STORAGE_CONNECTION_STRING
 * (AccountName, AccountKey, BlobEndpoint or DefaultEndpointsProtocol + EndpointSuffix, or
 * UseDevelopmentStorage=true). Creates the container when create_container is set (an
 * existing one is fine). Errors: RMQ_EINVAL (options), -EACCES (the service refused the
 * credentials: 403), transport errors. *out is owned by the caller until rmq_objstore_close().
 */
int rmq_objstore_azure_open(const rmq_objstore_azure_opts_t *opts, rmq_objstore_t **out,
                            rmq_err_t *err);

#endif
