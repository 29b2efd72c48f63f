/*
 * fuzz_objstore_xml.c - libFuzzer target for the object store's XML reader (src/objstore/xml.c),
 * which parses S3's listings, errors and multipart results straight from the network.
 *
 * Each input is parsed with a callback that checks what xml.h promises: paths are non-empty,
 * at most RMQ_XML_MAX_PATH bytes and RMQ_XML_MAX_DEPTH levels; end events carry text of the
 * stated length with no NUL inside and a NUL after it; every start is matched by an end when
 * the document is accepted; a rejection is RMQ_ECORRUPT with a message.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/assert.h"
#include "objstore/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct walk {
    long open;
    size_t bytes;
} walk_t;

static int check(void *opaque, rmq_xml_event_t ev, const char *path, const char *text, size_t len)
{
    walk_t *w = opaque;
    size_t pl = strlen(path);
    RMQ_ASSERT(pl > 0 && pl <= RMQ_XML_MAX_PATH);
    int depth = 1;
    for (const char *p = path; *p; p++)
        depth += *p == '/';
    RMQ_ASSERT(depth <= RMQ_XML_MAX_DEPTH);
    if (ev == RMQ_XML_START) {
        RMQ_ASSERT(text == NULL && len == 0);
        w->open++;
    } else {
        RMQ_ASSERT(text != NULL && strlen(text) == len && text[len] == '\0');
        w->open--;
        RMQ_ASSERT(w->open >= 0);
        w->bytes += len;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    walk_t w = {0};
    rmq_err_t err = {0};
    int rc = rmq_xml_parse((const char *)data, size, check, &w, &err);
    if (rc == 0) {
        RMQ_ASSERT(w.open == 0);
    } else {
        RMQ_ASSERT(rc == RMQ_ECORRUPT && err.code == RMQ_ECORRUPT && err.msg[0] != '\0');
    }
    return 0;
}
