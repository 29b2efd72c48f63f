/*
 * toml.h - a TOML v1.0.0 parser (https://toml.io/en/v1.0.0), checked against the official
 * toml-test suite.
 *
 * The whole document is parsed at once into a tree of nodes owned by one rmq_toml_t. Every
 * node records the 1-based source line where its value starts (for a table: the line of its
 * header, or of the first key that created it), so that consumers can point at the offending
 * line when a value is wrong.
 *
 * Input is hostile: the text must be valid UTF-8 (an optional leading BOM is skipped), and the
 * parser never asserts on it. Container nesting (tables, arrays, inline tables, and dotted
 * keys, which create tables) is bounded by RMQ_TOML_MAX_DEPTH so that a short hostile document
 * cannot exhaust the stack; the parser's recursion depth is bounded by the same limit.
 *
 * Numbers: integers are int64 (out of range is an error, including hex/octal/binary above
 * INT64_MAX); floats are IEEE doubles (a finite literal that overflows to infinity is an error).
 * Date-times keep nanoseconds; further fractional digits are truncated.
 * Strings and keys may contain NUL (written "\u0000"): use the length-returning calls when
 * that matters. Multi-line strings have CRLF line breaks normalised to LF.
 *
 * Ownership: every pointer returned by an accessor (nodes, keys, strings) is borrowed from the
 * document and stays valid until rmq_toml_free(). A document is immutable after parsing, so
 * several threads may read one concurrently.
 *
 * Accessors are NULL-tolerant: looking up in a NULL node or in a node of the wrong kind returns
 * NULL (or 0 for sizes), and the typed getters return RMQ_ENOTFOUND for a NULL node and
 * RMQ_EINVAL for a node of another kind, leaving *out untouched.
 */
#ifndef RMQ_CONFIG_TOML_H
#define RMQ_CONFIG_TOML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/err.h"

/* Maximum depth of any container; the root table is at depth 0. */
#define RMQ_TOML_MAX_DEPTH 128

typedef struct rmq_toml rmq_toml_t;           /* a parsed document */
typedef struct rmq_toml_node rmq_toml_node_t; /* one value inside it */

typedef enum rmq_toml_kind {
    RMQ_TOML_NONE = 0, /* returned for a NULL node */
    RMQ_TOML_TABLE,
    RMQ_TOML_ARRAY,
    RMQ_TOML_STRING,
    RMQ_TOML_INTEGER,
    RMQ_TOML_FLOAT,
    RMQ_TOML_BOOL,
    RMQ_TOML_DATETIME,       /* offset date-time: 1979-05-27T07:32:00-07:00 */
    RMQ_TOML_DATETIME_LOCAL, /* 1979-05-27T07:32:00 */
    RMQ_TOML_DATE_LOCAL,     /* 1979-05-27 */
    RMQ_TOML_TIME_LOCAL      /* 07:32:00 */
} rmq_toml_kind_t;

/* The components of a date-time value; fields a kind does not have are 0. */
typedef struct rmq_toml_datetime {
    int year, month, day;     /* 0000-9999, 1-12, 1-31 (checked against the month) */
    int hour, minute, second; /* 0-23, 0-59, 0-60 (60: leap second) */
    int nanosecond;           /* 0-999999999 */
    int offset_minutes;       /* RMQ_TOML_DATETIME only: -1439..1439, east of UTC positive */
} rmq_toml_datetime_t;

/*
 * Parses len bytes of text (need not be NUL-terminated). On success returns 0 and stores a new
 * document in *doc, which the caller frees with rmq_toml_free(). On failure returns
 * RMQ_ESYNTAX, leaves *doc NULL and sets err's message to "line N: reason" (RMQ_ETOOBIG for
 * a text over INT_MAX bytes). text may be NULL when len is 0. err may be NULL.
 */
int rmq_toml_parse(const char *text, size_t len, rmq_toml_t **doc, rmq_err_t *err);

/* Frees the document and every node, key and string in it. NULL is a no-op. */
void rmq_toml_free(rmq_toml_t *doc);

/* The root table (never NULL for a parsed document). */
const rmq_toml_node_t *rmq_toml_root(const rmq_toml_t *doc);

rmq_toml_kind_t rmq_toml_kind(const rmq_toml_node_t *node);

/* "table", "array", "string", "integer", "float", "bool", "datetime", "datetime-local",
 * "date-local", "time-local" (toml-test's names), or "none". Static storage. */
const char *rmq_toml_kind_name(rmq_toml_kind_t kind);

/* 1-based source line where the node's value starts; 0 for NULL. */
int rmq_toml_line(const rmq_toml_node_t *node);

/* ---- tables: keys keep their definition order ---- */

/* Number of keys in a table. */
size_t rmq_toml_table_size(const rmq_toml_node_t *tab);

/* Value of a key (NUL-terminated key), or NULL when absent. O(1) on average. */
const rmq_toml_node_t *rmq_toml_table_get(const rmq_toml_node_t *tab, const char *key);

/* Same, for a key of keylen bytes (may contain NUL). */
const rmq_toml_node_t *rmq_toml_table_getn(const rmq_toml_node_t *tab, const char *key,
                                           size_t keylen);

/*
 * The i-th key in definition order (0 <= i < size): returns its value and, when the pointers
 * are not NULL, the key (NUL-terminated) and its length. NULL when i is out of range.
 */
const rmq_toml_node_t *rmq_toml_table_at(const rmq_toml_node_t *tab, size_t i, const char **key,
                                         size_t *keylen);

/*
 * Follows a dotted path of bare keys ("wal.capacity_bytes") from tab through nested tables.
 * Returns NULL when any part is missing or not a table. Keys containing '.' need table_getn.
 */
const rmq_toml_node_t *rmq_toml_find(const rmq_toml_node_t *tab, const char *path);

/* ---- arrays (static arrays and arrays of tables alike) ---- */

size_t rmq_toml_array_len(const rmq_toml_node_t *arr);

/* The i-th element, or NULL when out of range. */
const rmq_toml_node_t *rmq_toml_array_at(const rmq_toml_node_t *arr, size_t i);

/* ---- scalar getters: 0, RMQ_ENOTFOUND (NULL node) or RMQ_EINVAL (other kind) ---- */

/* *s is NUL-terminated; *len (optional) is its length in bytes (it may contain NUL). */
int rmq_toml_string(const rmq_toml_node_t *node, const char **s, size_t *len);
int rmq_toml_int(const rmq_toml_node_t *node, int64_t *out);
/* Floats only: an integer node is RMQ_EINVAL (TOML keeps the two types apart). */
int rmq_toml_float(const rmq_toml_node_t *node, double *out);
int rmq_toml_bool(const rmq_toml_node_t *node, bool *out);
/* Any of the four date-time kinds. */
int rmq_toml_datetime(const rmq_toml_node_t *node, rmq_toml_datetime_t *out);

/*
 * The canonical RFC 3339 text of a date-time node, or NULL for other kinds:
 * "YYYY-MM-DD", "HH:MM:SS[.fff]", "YYYY-MM-DDTHH:MM:SS[.fff]" and, for offset date-times, the
 * same followed by "Z" (offset 0) or "+HH:MM"/"-HH:MM". A fractional part, when present, is
 * written with at least 3 digits (milliseconds) and trailing zeros beyond that removed.
 */
const char *rmq_toml_datetime_str(const rmq_toml_node_t *node);

#endif
