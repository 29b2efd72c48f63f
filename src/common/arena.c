/*
 * arena.c - chunked bump allocator.
 */
#include "common/arena.h"
#include "common/assert.h"
#include "common/mem.h"

struct rmq_arena_chunk {
    rmq_arena_chunk_t *next;
    size_t size; /* usable bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

static rmq_arena_chunk_t *chunk_new(size_t size)
{
    rmq_arena_chunk_t *c = rmq_malloc(sizeof(*c) + size);

    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

void rmq_arena_init(rmq_arena_t *a, size_t chunk_size)
{
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : 8192;
    a->total = 0;
}

void rmq_arena_release(rmq_arena_t *a)
{
    rmq_arena_chunk_t *c = a->head, *next;

    for (; c; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
    a->total = 0;
}

void rmq_arena_reset(rmq_arena_t *a)
{
    rmq_arena_chunk_t *keep = NULL, *c = a->head, *next;

    /* Keep one regular-sized chunk (the last in the list is the oldest). */
    for (; c; c = next) {
        next = c->next;
        if (!keep && c->size == a->chunk_size) {
            keep = c;
            continue;
        }
        free(c);
    }
    if (keep) {
        keep->next = NULL;
        keep->used = 0;
    }
    a->head = keep;
    a->total = 0;
}

void *rmq_arena_alloc(rmq_arena_t *a, size_t n)
{
    rmq_arena_chunk_t *c = a->head;
    size_t need = (n + 15) & ~(size_t)15;
    void *p;

    RMQ_ASSERT(need >= n);
    if (!c || c->size - c->used < need) {
        if (need > a->chunk_size / 4) {
            /* Big allocation: its own chunk, linked behind the current one so the current
             * chunk's free space is not wasted. */
            rmq_arena_chunk_t *big = chunk_new(need);
            big->used = need;
            if (c) {
                big->next = c->next;
                c->next = big;
            } else {
                a->head = big;
            }
            a->total += need;
            return big->data;
        }
        c = chunk_new(a->chunk_size);
        c->next = a->head;
        a->head = c;
    }
    p = c->data + c->used;
    c->used += need;
    a->total += need;
    return p;
}

void *rmq_arena_calloc(rmq_arena_t *a, size_t nmemb, size_t size)
{
    void *p;

    if (size && nmemb > SIZE_MAX / size)
        rmq_panic("arena allocation overflow: %zu x %zu", nmemb, size);
    p = rmq_arena_alloc(a, nmemb * size);
    memset(p, 0, nmemb * size);
    return p;
}

char *rmq_arena_strndup(rmq_arena_t *a, const char *p, size_t n)
{
    char *s = rmq_arena_alloc(a, n + 1);

    memcpy(s, p, n);
    s[n] = '\0';
    return s;
}
