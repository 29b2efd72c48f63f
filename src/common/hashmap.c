/*
 * hashmap.c - open addressing, linear probing, backward-shift deletion (no tombstones, so
 * lookups stay short after many deletes). Keys up to 16 bytes are stored inline in the slot;
 * longer ones are copied to the heap.
 */
#include "common/hashmap.h"
#include "common/assert.h"
#include "common/clock.h"
#include "common/mem.h"

#define INLINE_KEY 16

typedef struct slot {
    uint64_t hash; /* 0 = empty (real hashes are forced non-zero) */
    size_t klen;
    union {
        uint8_t inl[INLINE_KEY];
        uint8_t *heap;
    } k;
    void *val;
} slot_t;

struct rmq_map {
    slot_t *slots;
    size_t cap; /* power of two */
    size_t count;
    uint64_t seed;
};

static const uint8_t *slot_key(const slot_t *s)
{
    return s->klen <= INLINE_KEY ? s->k.inl : s->k.heap;
}

uint64_t rmq_hash_bytes(const void *p, size_t n, uint64_t seed)
{
    const uint8_t *b = p;
    uint64_t h = 0xcbf29ce484222325ull ^ seed;

    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ull;
    }
    /* murmur3 fmix64: spreads FNV's weak low bits across the word. */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

rmq_map_t *rmq_map_new(size_t initial_cap)
{
    rmq_map_t *map = rmq_calloc(1, sizeof(*map));
    size_t cap = 16;
    static uint64_t seed_counter;

    while (cap < initial_cap * 10 / 7 + 1)
        cap *= 2;
    map->slots = rmq_calloc(cap, sizeof(slot_t));
    map->cap = cap;
    map->seed = rmq_hash_bytes(&map, sizeof(map), rmq_mono_ns()) ^
                __atomic_add_fetch(&seed_counter, 0x9e3779b97f4a7c15ull, __ATOMIC_RELAXED);
    return map;
}

void rmq_map_free(rmq_map_t *map)
{
    if (!map)
        return;
    for (size_t i = 0; i < map->cap; i++)
        if (map->slots[i].hash && map->slots[i].klen > INLINE_KEY)
            free(map->slots[i].k.heap);
    free(map->slots);
    free(map);
}

size_t rmq_map_count(const rmq_map_t *map)
{
    return map->count;
}

static uint64_t key_hash(const rmq_map_t *map, const void *key, size_t klen)
{
    uint64_t h = rmq_hash_bytes(key, klen, map->seed);

    return h ? h : 1;
}

static slot_t *find(const rmq_map_t *map, const void *key, size_t klen, uint64_t h)
{
    size_t mask = map->cap - 1;

    for (size_t i = h & mask;; i = (i + 1) & mask) {
        slot_t *s = &map->slots[i];
        if (!s->hash)
            return s;
        if (s->hash == h && s->klen == klen && memcmp(slot_key(s), key, klen) == 0)
            return s;
    }
}

static void grow(rmq_map_t *map)
{
    slot_t *old = map->slots;
    size_t oldcap = map->cap;

    map->cap *= 2;
    map->slots = rmq_calloc(map->cap, sizeof(slot_t));
    for (size_t i = 0; i < oldcap; i++) {
        if (old[i].hash) {
            size_t mask = map->cap - 1, j = old[i].hash & mask;
            while (map->slots[j].hash)
                j = (j + 1) & mask;
            map->slots[j] = old[i];
        }
    }
    free(old);
}

void *rmq_map_put(rmq_map_t *map, const void *key, size_t klen, void *val)
{
    uint64_t h = key_hash(map, key, klen);
    slot_t *s = find(map, key, klen, h);
    void *prev;

    if (s->hash) {
        prev = s->val;
        s->val = val;
        return prev;
    }
    if ((map->count + 1) * 10 > map->cap * 7) {
        grow(map);
        s = find(map, key, klen, h);
    }
    s->hash = h;
    s->klen = klen;
    if (klen <= INLINE_KEY) {
        memcpy(s->k.inl, key, klen);
    } else {
        s->k.heap = rmq_malloc(klen);
        memcpy(s->k.heap, key, klen);
    }
    s->val = val;
    map->count++;
    return NULL;
}

void *rmq_map_get(const rmq_map_t *map, const void *key, size_t klen)
{
    slot_t *s = find(map, key, klen, key_hash(map, key, klen));

    return s->hash ? s->val : NULL;
}

void *rmq_map_del(rmq_map_t *map, const void *key, size_t klen)
{
    slot_t *s = find(map, key, klen, key_hash(map, key, klen));
    size_t mask = map->cap - 1, i, j;
    void *val;

    if (!s->hash)
        return NULL;
    val = s->val;
    if (s->klen > INLINE_KEY)
        free(s->k.heap);
    /* Backward shift: pull later members of the probe run into the hole. */
    i = (size_t)(s - map->slots);
    j = i;
    for (;;) {
        size_t home;
        j = (j + 1) & mask;
        if (!map->slots[j].hash)
            break;
        home = map->slots[j].hash & mask;
        /* Move j into i when its home is not cyclically within (i, j]. */
        if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
            map->slots[i] = map->slots[j];
            i = j;
        }
    }
    memset(&map->slots[i], 0, sizeof(slot_t));
    map->count--;
    return val;
}

void *rmq_map_put_u64(rmq_map_t *map, uint64_t key, void *val)
{
    return rmq_map_put(map, &key, sizeof(key), val);
}

void *rmq_map_get_u64(const rmq_map_t *map, uint64_t key)
{
    return rmq_map_get(map, &key, sizeof(key));
}

void *rmq_map_del_u64(rmq_map_t *map, uint64_t key)
{
    return rmq_map_del(map, &key, sizeof(key));
}

int rmq_map_next(const rmq_map_t *map, size_t *it, const void **key, size_t *klen, void **val)
{
    while (*it < map->cap) {
        const slot_t *s = &map->slots[(*it)++];
        if (s->hash) {
            if (key)
                *key = slot_key(s);
            if (klen)
                *klen = s->klen;
            if (val)
                *val = s->val;
            return 1;
        }
    }
    return 0;
}
