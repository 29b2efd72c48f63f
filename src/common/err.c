/*
 * err.c - error codes to strings, and the rmq_err_t message carrier.
 */
#include "common/err.h"

static const char *const rmq_err_names[] = {
    "invalid argument",                /* RMQ_EINVAL */
    "corrupt data",                    /* RMQ_ECORRUPT */
    "truncated data",                  /* RMQ_ETRUNC */
    "not found",                       /* RMQ_ENOTFOUND */
    "out of range",                    /* RMQ_ERANGE */
    "capacity reached",                /* RMQ_EFULL */
    "closed",                          /* RMQ_ECLOSED */
    "unsupported",                     /* RMQ_EUNSUPPORTED */
    "too big",                         /* RMQ_ETOOBIG */
    "already exists",                  /* RMQ_EEXISTS */
    "I/O failed, object is read-only", /* RMQ_EIO */
    "syntax error",                    /* RMQ_ESYNTAX */
    "injected fault",                  /* RMQ_EFAULT_INJECTED */
};

const char *rmq_strerror(int code)
{
    static __thread char other[64];

    if (code == 0)
        return "success";
    if (code <= RMQ_EBASE && code > RMQ_ELAST)
        return rmq_err_names[RMQ_EBASE - code];
    if (code < 0 && code > -4096)
        return strerror_r(-code, other, sizeof(other)); /* GNU variant */
    snprintf(other, sizeof(other), "unknown error %d", code);
    return other;
}

const char *rmq_version(void)
{
    return RMQ_VERSION_STR;
}

void rmq_err_clear(rmq_err_t *err)
{
    if (!err)
        return;
    err->code = 0;
    err->msg[0] = '\0';
}

int rmq_err_set(rmq_err_t *err, int code, const char *fmt, ...)
{
    va_list ap;

    if (!err)
        return code;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    return code;
}

int rmq_err_prefix(rmq_err_t *err, const char *fmt, ...)
{
    char prefix[RMQ_ERR_MSG_MAX];
    char old[RMQ_ERR_MSG_MAX];
    va_list ap;

    if (!err)
        return 0;
    va_start(ap, fmt);
    vsnprintf(prefix, sizeof(prefix), fmt, ap);
    va_end(ap);
    memcpy(old, err->msg, sizeof(old));
    if (snprintf(err->msg, sizeof(err->msg), "%s: %s", prefix, old) >= (int)sizeof(err->msg)) {
        /* Truncated messages are still useful: keep the start, which names the context. */
    }
    return err->code;
}
