/*
 * arena.h - per-request scratch memory (nginx pools): many small allocations, one release.
 *
 * Memory comes from chunks of at least chunk_size bytes; an allocation larger than a chunk
 * gets a chunk of its own. Nothing is freed individually. rmq_arena_reset keeps the first chunk
 * for reuse, so a connection's arena stops allocating once warm.
 * Not thread-safe: an arena belongs to one request on one thread.
 */
#ifndef RMQ_COMMON_ARENA_H
#define RMQ_COMMON_ARENA_H

#include <stddef.h>

typedef struct rmq_arena_chunk rmq_arena_chunk_t;

typedef struct rmq_arena {
    rmq_arena_chunk_t *head; /* current chunk (newest first) */
    size_t chunk_size;
    size_t total; /* bytes handed out since init/reset */
} rmq_arena_t;

/* chunk_size 0 means 8 KiB. */
void rmq_arena_init(rmq_arena_t *a, size_t chunk_size);
/* Frees every chunk. */
void rmq_arena_release(rmq_arena_t *a);
/* Frees all but one chunk and makes all of it available again. */
void rmq_arena_reset(rmq_arena_t *a);

/* n bytes aligned to 16, valid until reset/release. Aborts on OOM (server memory). */
void *rmq_arena_alloc(rmq_arena_t *a, size_t n);
/* Zeroed allocation of nmemb * size bytes (overflow-checked: aborts on overflow). */
void *rmq_arena_calloc(rmq_arena_t *a, size_t nmemb, size_t size);
/* Copies p[0..n) and appends a NUL. */
char *rmq_arena_strndup(rmq_arena_t *a, const char *p, size_t n);

#endif
