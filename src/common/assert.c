/*
 * assert.c - assertion failure and panic: message, backtrace, abort.
 */
#include <execinfo.h>

#include "common/assert.h"

static void print_backtrace(void)
{
    void *frames[64];
    int n = backtrace(frames, (int)RMQ_ARRAY_SIZE(frames));

    /* backtrace_symbols_fd does not allocate: safe after heap corruption. */
    backtrace_symbols_fd(frames, n, STDERR_FILENO);
}

void rmq_assert_fail(const char *expr, const char *file, int line, const char *func)
{
    fprintf(stderr, "%s:%d: %s: assertion failed: %s\n", file, line, func, expr);
    print_backtrace();
    fflush(stderr);
    abort();
}

void rmq_panic(const char *fmt, ...)
{
    va_list ap;

    fputs("PANIC: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    print_backtrace();
    fflush(stderr);
    abort();
}
