/*
 * fuzz_objstore_xml.c - libFuzzer target for the object store's XML reader (src/objstore/xml.c)
 * and the Azure backend's readers built on it (List Blobs pages and error bodies, azure.c).
 * S3's listings, errors and multipart results and Azure's listings and errors all come straight
 * from the network through this reader.
 *
 * Each input is parsed with a callback that checks what xml.h promises: paths are non-empty,
 * at most RMQ_XML_MAX_PATH bytes and RMQ_XML_MAX_DEPTH levels, and agree with the event's
 * depth and name; start events carry at most RMQ_XML_MAX_ATTRS named attributes and no text;
 * end events carry text of the stated length with no NUL inside and a NUL after it; every start
 * is matched by an end when the document is accepted; a rejection is RMQ_ECORRUPT with a
 * message. The same input is then read as a List Blobs page (an accepted page holds valid keys
 * under the prefix, in strictly increasing order, no more than asked for) and as an error body.
 * Seed corpus: tests/fuzz/seeds/fuzz_objstore_xml (S3 and Azure documents).
 */
#include <stddef.h>
#include <stdint.h>

#include "common/assert.h"
#include "common/log.h"
#include "objstore/azure_int.h"
#include "objstore/xml.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RMQ_UNUSED(argc);
    RMQ_UNUSED(argv);
    rmq_log_set_level(RMQ_LOG_OFF);
    return 0;
}

typedef struct walk {
    long open;
    size_t bytes;
} walk_t;

static int check(void *opaque, const rmq_xml_ev_t *ev)
{
    walk_t *w = opaque;
    size_t pl = strlen(ev->path);
    RMQ_ASSERT(pl > 0 && pl <= RMQ_XML_MAX_PATH);
    int depth = 1;
    for (const char *p = ev->path; *p; p++)
        depth += *p == '/';
    RMQ_ASSERT(depth == ev->depth && depth <= RMQ_XML_MAX_DEPTH);
    size_t nl = strlen(ev->name);
    RMQ_ASSERT(nl > 0 && nl <= RMQ_XML_MAX_NAME && ev->name + nl == ev->path + pl);
    if (ev->type == RMQ_XML_START) {
        RMQ_ASSERT(ev->text == NULL && ev->len == 0);
        RMQ_ASSERT(ev->nattrs <= RMQ_XML_MAX_ATTRS);
        for (size_t i = 0; i < ev->nattrs; i++) {
            RMQ_ASSERT(ev->attrs[i].name[0] != '\0');
            RMQ_ASSERT(rmq_xml_attr(ev, ev->attrs[i].name) == ev->attrs[i].value);
            w->bytes += strlen(ev->attrs[i].value);
        }
        w->open++;
        RMQ_ASSERT(w->open == ev->depth);
    } else {
        RMQ_ASSERT(ev->text != NULL && strlen(ev->text) == ev->len && ev->text[ev->len] == '\0');
        RMQ_ASSERT(ev->attrs == NULL && ev->nattrs == 0);
        RMQ_ASSERT(w->open == ev->depth);
        w->open--;
        w->bytes += ev->len;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    walk_t w = {0};
    rmq_err_t err = {0};
    int rc = rmq_xml_parse((const char *)data, size, check, &w, &err);
    if (rc == 0)
        RMQ_ASSERT(w.open == 0);
    else
        RMQ_ASSERT(rc == RMQ_ECORRUPT && err.code == RMQ_ECORRUPT && err.msg[0] != '\0');
    /* Decoding never makes text longer than the bytes it came from. */
    RMQ_ASSERT(w.bytes <= size);

    rmq_objstore_list_t l;
    const char *prefix = size > 0 && (data[0] & 1) ? "p/" : "";
    uint32_t max_keys = size > 1 ? 1 + data[1] % 8 : 1000;
    rc = rmq_azure_parse_list(data, size, prefix, max_keys, &l, NULL);
    RMQ_ASSERT(rc == 0 || rc == RMQ_ECORRUPT);
    if (rc == 0)
        RMQ_ASSERT(l.entries != NULL && l.count <= max_keys);
    else
        RMQ_ASSERT(l.entries == NULL && l.count == 0 && l.next_token == NULL);
    for (size_t i = 0; rc == 0 && i < l.count; i++) {
        RMQ_ASSERT(rmq_objstore_check_key(NULL, l.entries[i].key, NULL) == 0);
        RMQ_ASSERT(strncmp(l.entries[i].key, prefix, strlen(prefix)) == 0);
        RMQ_ASSERT(i == 0 || strcmp(l.entries[i - 1].key, l.entries[i].key) < 0);
    }
    rmq_objstore_list_release(&l);

    char code[RMQ_AZURE_CODE_MAX], msg[RMQ_AZURE_MSG_MAX];
    rmq_azure_parse_error(data, size, code, msg);
    RMQ_ASSERT(strlen(code) < sizeof(code) && strlen(msg) < sizeof(msg));
    return 0;
}
