/*
 * rustmq.h - RustMQ public API: version and error codes shared by every public header.
 *
 * Thread: every function here may be called from any thread.
 */
#ifndef RUSTMQ_H
#define RUSTMQ_H

#define RMQ_VERSION_MAJOR 0
#define RMQ_VERSION_MINOR 1
#define RMQ_VERSION_PATCH 0
#define RMQ_VERSION_STR   "0.1.0"

/*
 * RustMQ's own error codes. Functions return 0 on success, a negative errno for system
 * errors, or one of these (also negative) for RustMQ errors. The range starts at -30600 so it
 * cannot collide with -errno values (errno stays below 4096 on every platform we build for).
 */
typedef enum rmq_errcode {
    RMQ_OK = 0,
    RMQ_EBASE = -30600,
    RMQ_EINVAL = RMQ_EBASE,       /* invalid argument or value */
    RMQ_ECORRUPT = -30601,        /* bytes failed validation (checksum, length, format) */
    RMQ_ETRUNC = -30602,          /* input ends before a complete item */
    RMQ_ENOTFOUND = -30603,       /* the requested item does not exist */
    RMQ_ERANGE = -30604,          /* value or offset out of range */
    RMQ_EFULL = -30605,           /* capacity reached; retry later */
    RMQ_ECLOSED = -30606,         /* the object was closed or is shutting down */
    RMQ_EUNSUPPORTED = -30607,    /* a feature, version or codec we do not support */
    RMQ_ETOOBIG = -30608,         /* an item exceeds a configured or format limit */
    RMQ_EEXISTS = -30609,         /* the item already exists */
    RMQ_EIO = -30610,             /* I/O failed and the object refuses further writes */
    RMQ_ESYNTAX = -30611,         /* a text (config) failed to parse */
    RMQ_EFAULT_INJECTED = -30612, /* a test's fault-injection point fired */
    RMQ_EREMOTE = -30613,         /* the data lives in object storage, not in the local log */
    RMQ_EAGAIN = -30614,          /* not ready yet (a load is in flight); retry later */
    RMQ_ELAST = -30615
} rmq_errcode_t;

/* Returns a static, human-readable name for any code this API returns (RustMQ or -errno). */
const char *rmq_strerror(int code);

/* Returns RMQ_VERSION_STR. */
const char *rmq_version(void);

#endif
