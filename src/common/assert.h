/*
 * assert.h - always-on assertions for internal invariants.
 *
 * RMQ_ASSERT is never compiled out: a broken invariant in a storage engine must stop the
 * process before it writes garbage. It prints file:line, the expression and a backtrace, then
 * aborts. RMQ_DASSERT is for hot paths and only checks in debug builds (NDEBUG unset).
 * Never assert on bytes from outside (disk, network, config): return RMQ_ECORRUPT instead.
 */
#ifndef RMQ_COMMON_ASSERT_H
#define RMQ_COMMON_ASSERT_H

__attribute__((noreturn)) void rmq_assert_fail(const char *expr, const char *file, int line,
                                               const char *func);

/* Prints a message, the backtrace, and aborts. For "cannot happen" paths and out-of-memory. */
__attribute__((noreturn, format(printf, 1, 2))) void rmq_panic(const char *fmt, ...);

#define RMQ_ASSERT(expr) ((expr) ? (void)0 : rmq_assert_fail(#expr, __FILE__, __LINE__, __func__))

#ifdef NDEBUG
#define RMQ_DASSERT(expr) ((void)sizeof(!(expr))) /* unevaluated: names stay "used" */
#else
#define RMQ_DASSERT(expr) RMQ_ASSERT(expr)
#endif

#endif
