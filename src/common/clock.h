/*
 * clock.h - clocks. Monotonic time for timeouts and latency, wall time for record timestamps.
 */
#ifndef RMQ_COMMON_CLOCK_H
#define RMQ_COMMON_CLOCK_H

#include <stdint.h>

/* Monotonic nanoseconds (CLOCK_MONOTONIC); never goes back. */
uint64_t rmq_mono_ns(void);

/* Monotonic milliseconds. */
uint64_t rmq_mono_ms(void);

/* Wall clock: milliseconds since the Unix epoch (CLOCK_REALTIME), as Kafka timestamps are. */
int64_t rmq_wall_ms(void);

/* Sleeps for ms milliseconds (restarts after signals). */
void rmq_sleep_ms(uint64_t ms);

/* Formats wall-clock ms as "2026-11-27T01:02:03.456Z" into out (>= 25 bytes). */
void rmq_format_time(int64_t wall_ms, char *out, unsigned outsz);

#endif
