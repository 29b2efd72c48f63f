/*
 * toml_int.h - the TOML document's node layout, shared by the parser (toml.c) and the
 * read-only accessors (toml_access.c). Not part of the module's contract: use toml.h.
 */
#ifndef RMQ_CONFIG_TOML_INT_H
#define RMQ_CONFIG_TOML_INT_H

#include "common/hashmap.h"
#include "config/toml.h"

enum {
    TF_IMPLICIT = 1,
    TF_HEADER = 2,
    TF_DOTTED = 4,
    TF_INLINE = 8,
    AF_TABLES = 16, /* array of tables ([[x]]), as opposed to a static array */
};

/* Tables with at least this many keys get a hash index next to the ordered entries. */
#define INDEX_THRESHOLD 8

typedef struct entry {
    char *key; /* NUL-terminated copy, may contain NUL */
    size_t klen;
    rmq_toml_node_t *val;
} entry_t;

struct rmq_toml_node {
    rmq_toml_kind_t kind;
    uint8_t flags;
    uint16_t depth; /* containers only: 0 for the root */
    int line;
    union {
        struct {
            char *ptr;
            size_t len;
        } str;
        int64_t i;
        double f;
        bool b;
        struct {
            rmq_toml_datetime_t v;
            char text[40];
        } dt;
        struct {
            entry_t *ents;
            size_t n, cap;
            rmq_map_t *index; /* key -> (void *)(entry index + 1), once n >= INDEX_THRESHOLD */
        } tab;
        struct {
            rmq_toml_node_t **items;
            size_t n, cap;
        } arr;
    } u;
};

struct rmq_toml {
    rmq_toml_node_t *root;
};

/* The value of key in table tab, or NULL (uses the hash index once the table has one). */
rmq_toml_node_t *rmq_toml_tab_lookup_(const rmq_toml_node_t *tab, const char *key, size_t klen);

#endif
