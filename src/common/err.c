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
    "data is in object storage",       /* RMQ_EREMOTE */
    "not ready yet, retry",            /* RMQ_EAGAIN */
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
    char old[RMQ_ERR_MSG_MAX];
    size_t n, oldlen;
    va_list ap;
    int w;

    if (!err)
        return 0;
    memcpy(old, err->msg, sizeof(old));
    va_start(ap, fmt);
    w = vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    n = w < 0 ? 0 : RMQ_MIN((size_t)w, sizeof(err->msg) - 1);
    /* Append ": old", cut to fit; the start (the context) matters most. */
    oldlen = strnlen(old, sizeof(old) - 1);
    if (n + 2 < sizeof(err->msg)) {
        size_t room = sizeof(err->msg) - 1 - n - 2;
        memcpy(err->msg + n, ": ", 2);
        n += 2;
        if (oldlen > room)
            oldlen = room;
        memcpy(err->msg + n, old, oldlen);
        n += oldlen;
    }
    err->msg[n] = '\0';
    return err->code;
}
