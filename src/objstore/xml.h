/*
 * xml.h - a small, bounded XML reader for object store responses (S3's ListBucketResult,
 * Error, multipart results; usable for Azure's listings too).
 *
 * It reads a whole document held in memory and reports elements by their path from the root
 * ("ListBucketResult/Contents/Key"): an event when an element starts, and one when it ends
 * with the text directly inside it since the last tag (for a leaf element, its content),
 * entity-decoded. Namespace prefixes are kept as written; attributes are checked for syntax
 * and skipped.
 *
 * Hostile input: anything malformed is RMQ_ECORRUPT with a message and the byte offset -
 * mismatched or unclosed tags, more than one root, text outside the root, a DOCTYPE (so no
 * entity definitions, no expansion), unknown entities, numeric references to NUL, surrogates
 * or beyond U+10FFFF, names over 256 bytes, nesting deeper than RMQ_XML_MAX_DEPTH, paths over
 * RMQ_XML_MAX_PATH bytes. Time is linear in the input; memory is bounded by the input size.
 *
 * Thread: reentrant.
 */
#ifndef RMQ_OBJSTORE_XML_H
#define RMQ_OBJSTORE_XML_H

#include <stddef.h>

#include "common/err.h"

#define RMQ_XML_MAX_DEPTH 32
#define RMQ_XML_MAX_PATH  1024

typedef enum rmq_xml_event {
    RMQ_XML_START = 0, /* text is NULL, len 0 */
    RMQ_XML_END = 1,   /* text: NUL-terminated decoded text of len bytes (may hold no NUL) */
} rmq_xml_event_t;

/* Return 0 to go on; anything else stops the parse and is returned by rmq_xml_parse. */
typedef int (*rmq_xml_fn)(void *opaque, rmq_xml_event_t ev, const char *path, const char *text,
                          size_t len);

/* Parses xml[0..len); 0, the callback's non-zero return, or RMQ_ECORRUPT. */
int rmq_xml_parse(const char *xml, size_t len, rmq_xml_fn fn, void *opaque, rmq_err_t *err);

#endif
