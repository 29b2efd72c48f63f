/*
 * xmlread.h - a small, non-validating XML reader for object store responses (listings,
 * error bodies): parses a whole document into a read-only tree.
 *
 * The bytes come from the network and are hostile. The reader accepts the subset of XML 1.0
 * that storage services send: one root element, nested elements with attributes, character
 * data, CDATA sections, comments, processing instructions (the <?xml ...?> declaration), the
 * five predefined entities and numeric character references. A DOCTYPE (and so any entity
 * definition, the road to "billion laughs") is refused, as are mismatched or unclosed tags,
 * control bytes, bad references, text outside the root, nesting deeper than
 * RMQ_XMLREAD_DEPTH_MAX and more than max_nodes elements. Every failure is RMQ_ECORRUPT with
 * the byte offset in the message; nothing is ever read past data[len). Memory is bounded by
 * a small multiple of len plus max_nodes nodes. Names keep any namespace prefix ("a:Name");
 * bytes are not checked to be valid UTF-8.
 *
 * Thread: a document is immutable once parsed and may be read from any thread.
 */
#ifndef RMQ_OBJSTORE_XMLREAD_H
#define RMQ_OBJSTORE_XMLREAD_H

#include <stddef.h>

#include "common/err.h"

#define RMQ_XMLREAD_DEPTH_MAX 64
#define RMQ_XMLREAD_NODES_MAX 200000 /* default max_nodes */

typedef struct rmq_xmlread_attr {
    const char *name;
    const char *value; /* references decoded */
} rmq_xmlread_attr_t;

typedef struct rmq_xmlread_node rmq_xmlread_node_t;
struct rmq_xmlread_node {
    const char *name;
    /* Character data directly inside this element (not its children), references decoded and
       CDATA included, concatenated; "" when none. NUL-free, so also a C string. */
    const char *text;
    size_t text_len;
    const rmq_xmlread_attr_t *attrs;
    size_t nattrs;
    const rmq_xmlread_node_t *parent, *child, *next; /* first child, next sibling */
};

typedef struct rmq_xmlread_doc rmq_xmlread_doc_t;

/*
 * Parses data[0..len) (need not be NUL-terminated). max_nodes 0 means RMQ_XMLREAD_NODES_MAX.
 * On success *out owns the tree (free with rmq_xmlread_free); on failure *out is NULL and the
 * result is RMQ_ECORRUPT.
 */
int rmq_xmlread_parse(const void *data, size_t len, size_t max_nodes, rmq_xmlread_doc_t **out,
                      rmq_err_t *err);

void rmq_xmlread_free(rmq_xmlread_doc_t *doc);

/* The root element (never NULL for a parsed document). */
const rmq_xmlread_node_t *rmq_xmlread_root(const rmq_xmlread_doc_t *doc);

/* First child of n named name (exact, case-sensitive), or NULL. n may be NULL. */
const rmq_xmlread_node_t *rmq_xmlread_child(const rmq_xmlread_node_t *n, const char *name);

/* Next sibling after n with the same name as n, or NULL. */
const rmq_xmlread_node_t *rmq_xmlread_next_same(const rmq_xmlread_node_t *n);

/*
 * Text of the element reached from n by path, child names separated by '/'
 * ("Properties/Content-Length"); NULL when any step is missing. n may be NULL.
 */
const char *rmq_xmlread_text(const rmq_xmlread_node_t *n, const char *path);

/* Value of attribute name of n, or NULL. */
const char *rmq_xmlread_attr(const rmq_xmlread_node_t *n, const char *name);

#endif
