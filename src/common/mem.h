/*
 * mem.h - allocation for server code: out-of-memory aborts with a clear message (the server
 * cannot do anything useful without memory, and every caller checking NULL is dead code that
 * hides real bugs). Client-library code must not use these: it returns RMQ errors instead.
 */
#ifndef RMQ_COMMON_MEM_H
#define RMQ_COMMON_MEM_H

#include <stddef.h>

void *rmq_malloc(size_t n);
void *rmq_calloc(size_t nmemb, size_t size);
void *rmq_realloc(void *p, size_t n);
char *rmq_strdup(const char *s);
char *rmq_strndup(const char *s, size_t n);

/* Copies at most size-1 bytes and NUL-terminates (when size > 0). Returns strlen(src). */
size_t rmq_strlcpy(char *dst, const char *src, size_t size);

#endif
