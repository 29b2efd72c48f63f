/*
 * kreflect.h - test helpers driven by the generated message descriptors (kafka/gen/desc.h):
 * fill a message with deterministic pseudo-random values for one version, compare two
 * messages, set defaults, and encode a message with a reference encoder written from the
 * protocol spec independently of the generated code and of src/kafka/wire.c.
 */
#ifndef RMQ_TEST_KREFLECT_H
#define RMQ_TEST_KREFLECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"

/* How kr_fill chooses values. */
typedef enum kr_mode {
    KR_EMPTY,  /* empty arrays, null where nullable, tagged fields left at their defaults */
    KR_RANDOM, /* random choices everywhere */
    KR_FULL    /* 1-3 items per array, non-null values, every tagged field set */
} kr_mode_t;

/* Sets every field of a struct to its descriptor default (independent of the generated init). */
void kr_defaults(const rmq_kstruct_desc_t *sd, void *obj);

/*
 * Fills msg (root struct of d) for version: fields present in the version get values, the rest
 * their defaults. Items and strings come from arena. seed makes the run reproducible.
 */
void kr_fill(const rmq_kmsg_desc_t *d, void *msg, int16_t version, kr_mode_t mode, uint64_t seed,
             rmq_arena_t *arena);

/*
 * Deep comparison of two structs (every field, present in the version or not). On a difference
 * returns false and writes the path of the first differing field into where.
 */
bool kr_equal(const rmq_kstruct_desc_t *sd, const void *a, const void *b, char *where,
              size_t where_size);

/* Reference encoder: appends msg encoded as version to wb. */
void kr_encode(const rmq_kmsg_desc_t *d, rmq_wbuf_t *wb, int16_t version, const void *msg);

#endif
