/*
 * mem.c - aborting allocators for server code (see mem.h for why).
 */
#include "common/mem.h"
#include "common/assert.h"

void *rmq_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);

    if (RMQ_UNLIKELY(!p))
        rmq_panic("out of memory allocating %zu bytes", n);
    return p;
}

void *rmq_calloc(size_t nmemb, size_t size)
{
    void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

    if (RMQ_UNLIKELY(!p))
        rmq_panic("out of memory allocating %zu x %zu bytes", nmemb, size);
    return p;
}

void *rmq_realloc(void *old, size_t n)
{
    void *p = realloc(old, n ? n : 1);

    if (RMQ_UNLIKELY(!p))
        rmq_panic("out of memory reallocating to %zu bytes", n);
    return p;
}

char *rmq_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = rmq_malloc(len + 1);

    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *rmq_strdup(const char *s)
{
    return rmq_strndup(s, SIZE_MAX);
}

size_t rmq_strlcpy(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);

    if (size) {
        size_t n = len < size - 1 ? len : size - 1;
        memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return len;
}
