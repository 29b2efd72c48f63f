/*
 * err.h - error codes and error messages.
 *
 * Functions return int: 0 on success, -errno for system errors, RMQ_E* (see
 * include/rustmq/rustmq.h) for our own. The human message travels separately in an optional
 * rmq_err_t out-parameter, so the hot path never formats strings it will not show.
 */
#ifndef RMQ_COMMON_ERR_H
#define RMQ_COMMON_ERR_H

#include <stdarg.h>
#include "rustmq/rustmq.h"

#define RMQ_ERR_MSG_MAX 512

typedef struct rmq_err {
    int code;                  /* the code last set, 0 if none */
    char msg[RMQ_ERR_MSG_MAX]; /* NUL-terminated message, "" if none */
} rmq_err_t;

/* Clears err (may be NULL). */
void rmq_err_clear(rmq_err_t *err);

/*
 * Sets err->code and a printf-formatted message (err may be NULL: then only the code is
 * returned). Returns code, so callers can write `return rmq_err_set(err, RMQ_EINVAL, ...)`.
 */
int rmq_err_set(rmq_err_t *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Prefixes the existing message with a formatted context ("ctx: old message"). Returns err->code. */
int rmq_err_prefix(rmq_err_t *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
