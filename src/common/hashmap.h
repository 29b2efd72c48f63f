/*
 * hashmap.h - open-addressing hash map (linear probing, backward-shift delete).
 *
 * Keys are byte strings (copied into the map) or 64-bit integers (the _u64 calls, stored as
 * their 8 bytes). Values are borrowed pointers: the map never frees them. Grows at 70% load.
 * Not thread-safe: one owner thread, as everything that uses it.
 * Hash: 64-bit FNV-1a finished with a murmur3 mixer, seeded per map so that hostile keys from
 * the network cannot be chosen to collide without knowing the seed.
 */
#ifndef RMQ_COMMON_HASHMAP_H
#define RMQ_COMMON_HASHMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct rmq_map rmq_map_t;

rmq_map_t *rmq_map_new(size_t initial_cap);
/* Frees the map and its key copies, not the values. */
void rmq_map_free(rmq_map_t *map);

size_t rmq_map_count(const rmq_map_t *map);

/* Inserts or replaces. Returns the previous value, or NULL. */
void *rmq_map_put(rmq_map_t *map, const void *key, size_t klen, void *val);
/* Returns the value or NULL. */
void *rmq_map_get(const rmq_map_t *map, const void *key, size_t klen);
/* Removes key; returns its value or NULL when absent. */
void *rmq_map_del(rmq_map_t *map, const void *key, size_t klen);

void *rmq_map_put_u64(rmq_map_t *map, uint64_t key, void *val);
void *rmq_map_get_u64(const rmq_map_t *map, uint64_t key);
void *rmq_map_del_u64(rmq_map_t *map, uint64_t key);

/*
 * Iteration: `size_t it = 0; while (rmq_map_next(map, &it, &k, &klen, &v)) ...`
 * The map must not be modified during iteration. Key pointers stay valid until the key is
 * removed or the map grows.
 */
int rmq_map_next(const rmq_map_t *map, size_t *it, const void **key, size_t *klen, void **val);

uint64_t rmq_hash_bytes(const void *p, size_t n, uint64_t seed);

#endif
