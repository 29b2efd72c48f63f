/*
 * fuzz_toml.c - libFuzzer target for the TOML parser and the typed config loader.
 *
 * Each input is parsed as a TOML document. A rejected input must carry RMQ_ESYNTAX and a
 * "line N: ..." message; an accepted one is walked through every accessor, then loaded as a
 * RustMQ config (which may warn or reject values, but must not call it a syntax error).
 * Seed corpus: the valid files of the toml-test suite and the files in config/.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/log.h"
#include "config/config.h"
#include "config/toml.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RMQ_UNUSED(argc);
    RMQ_UNUSED(argv);
    rmq_log_set_level(RMQ_LOG_OFF); /* unknown-key warnings would flood the output */
    return 0;
}

/* Touches every node and checks what the accessors promise. Returns the node count. */
static size_t visit(const rmq_toml_node_t *node, int depth)
{
    size_t count = 1;
    const char *s;
    size_t len;
    int64_t i;
    double d;
    bool b;
    rmq_toml_datetime_t dt;

    if (depth > RMQ_TOML_MAX_DEPTH + 1 || rmq_toml_line(node) < 1)
        __builtin_trap();
    switch (rmq_toml_kind(node)) {
    case RMQ_TOML_TABLE:
        for (size_t k = 0; k < rmq_toml_table_size(node); k++) {
            const char *key;
            size_t klen;
            const rmq_toml_node_t *v = rmq_toml_table_at(node, k, &key, &klen);
            if (!v || rmq_toml_table_getn(node, key, klen) != v)
                __builtin_trap();
            count += visit(v, depth + 1);
        }
        break;
    case RMQ_TOML_ARRAY:
        for (size_t k = 0; k < rmq_toml_array_len(node); k++)
            count += visit(rmq_toml_array_at(node, k), depth + 1);
        break;
    case RMQ_TOML_STRING:
        if (rmq_toml_string(node, &s, &len) || s[len] != '\0')
            __builtin_trap();
        break;
    case RMQ_TOML_INTEGER:
        if (rmq_toml_int(node, &i))
            __builtin_trap();
        break;
    case RMQ_TOML_FLOAT:
        if (rmq_toml_float(node, &d))
            __builtin_trap();
        break;
    case RMQ_TOML_BOOL:
        if (rmq_toml_bool(node, &b))
            __builtin_trap();
        break;
    case RMQ_TOML_DATETIME:
    case RMQ_TOML_DATETIME_LOCAL:
    case RMQ_TOML_DATE_LOCAL:
    case RMQ_TOML_TIME_LOCAL:
        if (rmq_toml_datetime(node, &dt) || !rmq_toml_datetime_str(node) ||
            strlen(rmq_toml_datetime_str(node)) < 8)
            __builtin_trap();
        break;
    default:
        __builtin_trap();
    }
    return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    rmq_toml_t *doc = NULL;
    rmq_config_t cfg;
    rmq_err_t err;
    int rc;

    rmq_err_clear(&err);
    rc = rmq_toml_parse(text, size, &doc, &err);
    if (rc != 0) {
        if (rc != RMQ_ESYNTAX || doc || strncmp(err.msg, "line ", 5) != 0)
            __builtin_trap();
        return 0;
    }
    visit(rmq_toml_root(doc), 0);
    rmq_toml_free(doc);

    rc = rmq_config_load_string(text, size, "fuzz.toml", &cfg, &err);
    if (rc != 0 && (rc != RMQ_EINVAL || strncmp(err.msg, "fuzz.toml", 9) != 0))
        __builtin_trap();
    rmq_config_release(&cfg);
    return 0;
}
