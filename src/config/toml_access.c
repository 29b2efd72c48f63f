/*
 * toml_access.c - read-only accessors over a parsed TOML document (see toml.h).
 */
#include "config/toml.h"
#include "config/toml_int.h"

#include <math.h>

rmq_toml_node_t *rmq_toml_tab_lookup_(const rmq_toml_node_t *tab, const char *key, size_t klen)
{
    if (tab->u.tab.index) {
        uintptr_t v = (uintptr_t)rmq_map_get(tab->u.tab.index, key, klen);
        return v ? tab->u.tab.ents[v - 1].val : NULL;
    }
    for (size_t i = 0; i < tab->u.tab.n; i++) {
        const entry_t *e = &tab->u.tab.ents[i];
        if (e->klen == klen && memcmp(e->key, key, klen) == 0)
            return e->val;
    }
    return NULL;
}

/* ------------------------------------------------------------------ accessors */

const rmq_toml_node_t *rmq_toml_root(const rmq_toml_t *doc)
{
    return doc ? doc->root : NULL;
}

rmq_toml_kind_t rmq_toml_kind(const rmq_toml_node_t *node)
{
    return node ? node->kind : RMQ_TOML_NONE;
}

const char *rmq_toml_kind_name(rmq_toml_kind_t kind)
{
    switch (kind) {
    case RMQ_TOML_TABLE:
        return "table";
    case RMQ_TOML_ARRAY:
        return "array";
    case RMQ_TOML_STRING:
        return "string";
    case RMQ_TOML_INTEGER:
        return "integer";
    case RMQ_TOML_FLOAT:
        return "float";
    case RMQ_TOML_BOOL:
        return "bool";
    case RMQ_TOML_DATETIME:
        return "datetime";
    case RMQ_TOML_DATETIME_LOCAL:
        return "datetime-local";
    case RMQ_TOML_DATE_LOCAL:
        return "date-local";
    case RMQ_TOML_TIME_LOCAL:
        return "time-local";
    case RMQ_TOML_NONE:
        break;
    }
    return "none";
}

int rmq_toml_line(const rmq_toml_node_t *node)
{
    return node ? node->line : 0;
}

size_t rmq_toml_table_size(const rmq_toml_node_t *tab)
{
    return tab && tab->kind == RMQ_TOML_TABLE ? tab->u.tab.n : 0;
}

const rmq_toml_node_t *rmq_toml_table_getn(const rmq_toml_node_t *tab, const char *key,
                                           size_t keylen)
{
    if (!tab || tab->kind != RMQ_TOML_TABLE || (!key && keylen))
        return NULL;
    return rmq_toml_tab_lookup_(tab, key ? key : "", keylen);
}

const rmq_toml_node_t *rmq_toml_table_get(const rmq_toml_node_t *tab, const char *key)
{
    return key ? rmq_toml_table_getn(tab, key, strlen(key)) : NULL;
}

const rmq_toml_node_t *rmq_toml_table_at(const rmq_toml_node_t *tab, size_t i, const char **key,
                                         size_t *keylen)
{
    if (!tab || tab->kind != RMQ_TOML_TABLE || i >= tab->u.tab.n)
        return NULL;
    if (key)
        *key = tab->u.tab.ents[i].key;
    if (keylen)
        *keylen = tab->u.tab.ents[i].klen;
    return tab->u.tab.ents[i].val;
}

const rmq_toml_node_t *rmq_toml_find(const rmq_toml_node_t *tab, const char *path)
{
    const rmq_toml_node_t *node = tab;

    if (!path)
        return NULL;
    for (;;) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        node = rmq_toml_table_getn(node, path, n);
        if (!node || !dot)
            return node;
        path = dot + 1;
    }
}

size_t rmq_toml_array_len(const rmq_toml_node_t *arr)
{
    return arr && arr->kind == RMQ_TOML_ARRAY ? arr->u.arr.n : 0;
}

const rmq_toml_node_t *rmq_toml_array_at(const rmq_toml_node_t *arr, size_t i)
{
    if (!arr || arr->kind != RMQ_TOML_ARRAY || i >= arr->u.arr.n)
        return NULL;
    return arr->u.arr.items[i];
}

static int check_kind(const rmq_toml_node_t *node, rmq_toml_kind_t kind)
{
    if (!node)
        return RMQ_ENOTFOUND;
    return node->kind == kind ? 0 : RMQ_EINVAL;
}

int rmq_toml_string(const rmq_toml_node_t *node, const char **s, size_t *len)
{
    int rc = check_kind(node, RMQ_TOML_STRING);

    if (rc)
        return rc;
    *s = node->u.str.ptr ? node->u.str.ptr : "";
    if (len)
        *len = node->u.str.len;
    return 0;
}

int rmq_toml_int(const rmq_toml_node_t *node, int64_t *out)
{
    int rc = check_kind(node, RMQ_TOML_INTEGER);

    if (rc == 0)
        *out = node->u.i;
    return rc;
}

int rmq_toml_float(const rmq_toml_node_t *node, double *out)
{
    int rc = check_kind(node, RMQ_TOML_FLOAT);

    if (rc == 0)
        *out = node->u.f;
    return rc;
}

int rmq_toml_bool(const rmq_toml_node_t *node, bool *out)
{
    int rc = check_kind(node, RMQ_TOML_BOOL);

    if (rc == 0)
        *out = node->u.b;
    return rc;
}

static bool is_datetime_kind(rmq_toml_kind_t k)
{
    return k == RMQ_TOML_DATETIME || k == RMQ_TOML_DATETIME_LOCAL || k == RMQ_TOML_DATE_LOCAL ||
           k == RMQ_TOML_TIME_LOCAL;
}

int rmq_toml_datetime(const rmq_toml_node_t *node, rmq_toml_datetime_t *out)
{
    if (!node)
        return RMQ_ENOTFOUND;
    if (!is_datetime_kind(node->kind))
        return RMQ_EINVAL;
    *out = node->u.dt.v;
    return 0;
}

const char *rmq_toml_datetime_str(const rmq_toml_node_t *node)
{
    return node && is_datetime_kind(node->kind) ? node->u.dt.text : NULL;
}
