/*
 * xml.h - the object store's XML reader: small, bounded and event-driven, for the documents
 * storage services send (S3's ListBucketResult, Error and multipart results; Azure's
 * EnumerationResults and Error). Both HTTP backends use it.
 *
 * It reads a whole document held in memory in one forward pass and reports each element by its
 * path from the root ("ListBucketResult/Contents/Key"): a START event carrying the element's
 * attributes, and an END event carrying the character data directly inside the element (not
 * inside its children; pieces around child elements are concatenated), references decoded and
 * CDATA included. Namespace prefixes are kept as written ("ns:Key"); an xmlns attribute is an
 * attribute like any other. Bytes are not checked to be valid UTF-8.
 *
 * Accepted: one root element, nested elements with attributes, character data, CDATA sections,
 * comments, processing instructions (the <?xml ...?> declaration), a UTF-8 byte order mark, the
 * five predefined entities and numeric character references.
 *
 * Hostile input: everything else is RMQ_ECORRUPT with a message and the byte offset - a DOCTYPE
 * or any other declaration (so no entity definitions and no expansion), mismatched or unclosed
 * tags, more than one root, text outside the root, unknown entities, character references to
 * characters XML forbids (NUL and the other C0 controls but tab, LF and CR, surrogates, U+FFFE,
 * U+FFFF, beyond U+10FFFF), raw C0 control bytes other than tab, LF and CR, a duplicate
 * attribute, names over RMQ_XML_MAX_NAME bytes, more than RMQ_XML_MAX_ATTRS attributes on one
 * element, nesting deeper than RMQ_XML_MAX_DEPTH, paths over RMQ_XML_MAX_PATH bytes. Nothing is
 * read past xml[len) (the input need not be NUL-terminated). Time is linear in len; memory is
 * bounded by the input size (the open elements' text and one tag's attributes), and there is no
 * recursion.
 *
 * Thread: reentrant; the callback runs on the calling thread.
 */
#ifndef RMQ_OBJSTORE_XML_H
#define RMQ_OBJSTORE_XML_H

#include <stddef.h>

#include "common/err.h"

#define RMQ_XML_MAX_DEPTH 32
#define RMQ_XML_MAX_PATH  1024
#define RMQ_XML_MAX_NAME  256
#define RMQ_XML_MAX_ATTRS 32

typedef enum rmq_xml_event {
    RMQ_XML_START = 0,
    RMQ_XML_END = 1,
} rmq_xml_event_t;

typedef struct rmq_xml_attr {
    const char *name;  /* as written, prefix kept */
    const char *value; /* references decoded; NUL-terminated, no NUL inside */
} rmq_xml_attr_t;

/*
 * One event. Every pointer is borrowed and valid only during the callback.
 */
typedef struct rmq_xml_ev {
    rmq_xml_event_t type;
    const char *path; /* "Root/Child/Leaf", NUL-terminated, at most RMQ_XML_MAX_PATH bytes */
    const char *name; /* the last step of path */
    int depth;        /* 1 for the root */
    /* END: the element's own character data, len bytes, NUL-terminated with no NUL inside
       ("" when none). START: NULL and 0. */
    const char *text;
    size_t len;
    /* START: the element's attributes in document order. END: NULL and 0. */
    const rmq_xml_attr_t *attrs;
    size_t nattrs;
} rmq_xml_ev_t;

/* Return 0 to go on; anything else stops the parse and is returned by rmq_xml_parse. */
typedef int (*rmq_xml_fn)(void *opaque, const rmq_xml_ev_t *ev);

/*
 * Parses xml[0..len) (xml may be NULL when len is 0), calling fn for each event. Returns 0,
 * the callback's non-zero return (the parse stops there), or RMQ_ECORRUPT with a message in
 * err. Events already delivered before an error stand: a caller that keeps what it saw must
 * drop it when the parse fails.
 */
int rmq_xml_parse(const char *xml, size_t len, rmq_xml_fn fn, void *opaque, rmq_err_t *err);

/* Value of the attribute called name (exact, case-sensitive) in a START event, or NULL. */
const char *rmq_xml_attr(const rmq_xml_ev_t *ev, const char *name);

#endif
