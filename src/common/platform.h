/*
 * platform.h - force-included first into every RustMQ translation unit by the build.
 *
 * It pulls in the system headers the code base uses everywhere, then banned.h, so that the
 * banned libc calls are caught in every file (git's git-compat-util.h + banned.h pattern: the
 * system headers must be seen before the ban macros).
 */
#ifndef RMQ_PLATFORM_H
#define RMQ_PLATFORM_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>

#include "common/banned.h"

#define RMQ_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define RMQ_MIN(a, b)     ((a) < (b) ? (a) : (b))
#define RMQ_MAX(a, b)     ((a) > (b) ? (a) : (b))
#define RMQ_UNUSED(x)     ((void)(x))
#define RMQ_LIKELY(x)     __builtin_expect(!!(x), 1)
#define RMQ_UNLIKELY(x)   __builtin_expect(!!(x), 0)

#endif
