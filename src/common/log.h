/*
 * log.h - leveled logging by subsystem.
 *
 * Every line: "2026-11-27T01:02:03.456Z LEVEL [subsys] message". Each subsystem has its own
 * level (default: the global level), set from config or RMQ_LOG ("info", "wal=debug,kafka=warn").
 * Output goes to stderr unless rmq_log_set_fd() says otherwise. Thread-safe: one write(2) per line.
 */
#ifndef RMQ_COMMON_LOG_H
#define RMQ_COMMON_LOG_H

#include "rustmq/rustmq.h"

typedef enum rmq_log_level {
    RMQ_LOG_TRACE = 0,
    RMQ_LOG_DEBUG = 1,
    RMQ_LOG_INFO = 2,
    RMQ_LOG_WARN = 3,
    RMQ_LOG_ERROR = 4,
    RMQ_LOG_OFF = 5
} rmq_log_level_t;

/* Parses "trace".."error"/"off"; returns the level or -1. */
int rmq_log_level_parse(const char *s);

/* Sets the default level for subsystems without their own. */
void rmq_log_set_level(rmq_log_level_t level);

/*
 * Applies a spec such as "info" or "warn,wal=debug,kafka=trace". Returns 0 or RMQ_EINVAL
 * (nothing applied) when the spec is malformed. Not meant to race with logging threads'
 * first use; call at startup or from the control thread.
 */
int rmq_log_configure(const char *spec);

/* Sends log lines to fd (default 2). */
void rmq_log_set_fd(int fd);

/* True when a line at level for subsys would be written. Cheap. */
int rmq_log_enabled(const char *subsys, rmq_log_level_t level);

void rmq_log(rmq_log_level_t level, const char *subsys, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#define RMQ_LOG_AT(lvl, sub, ...)                                                                  \
    do {                                                                                           \
        if (rmq_log_enabled((sub), (lvl)))                                                         \
            rmq_log((lvl), (sub), __VA_ARGS__);                                                    \
    } while (0)

#define rmq_trace(sub, ...) RMQ_LOG_AT(RMQ_LOG_TRACE, sub, __VA_ARGS__)
#define rmq_debug(sub, ...) RMQ_LOG_AT(RMQ_LOG_DEBUG, sub, __VA_ARGS__)
#define rmq_info(sub, ...)  RMQ_LOG_AT(RMQ_LOG_INFO, sub, __VA_ARGS__)
#define rmq_warn(sub, ...)  RMQ_LOG_AT(RMQ_LOG_WARN, sub, __VA_ARGS__)
#define rmq_error(sub, ...) RMQ_LOG_AT(RMQ_LOG_ERROR, sub, __VA_ARGS__)

#endif
