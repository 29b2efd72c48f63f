/*
 * fuzz_azure_xml.c - libFuzzer target for the XML reader and the Azure backend's readers of
 * List Blobs pages and error bodies (src/objstore/xmlread.c, azure.c).
 *
 * Each input is parsed as a document, walked, then read as a List Blobs page and as an error
 * body. A rejected document must be RMQ_ECORRUPT; an accepted page must hold valid keys under
 * the prefix, in strictly increasing order. Seed corpus: tests/fuzz/seeds/fuzz_azure_xml.
 */
#include <stddef.h>
#include <stdint.h>

#include "common/assert.h"
#include "common/log.h"
#include "objstore/azure_int.h"
#include "objstore/xmlread.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RMQ_UNUSED(argc);
    RMQ_UNUSED(argv);
    rmq_log_set_level(RMQ_LOG_OFF);
    return 0;
}

static size_t walk(const rmq_xmlread_node_t *n, int depth)
{
    size_t count = 0;
    for (; n != NULL; n = n->next) {
        RMQ_ASSERT(depth < RMQ_XMLREAD_DEPTH_MAX);
        RMQ_ASSERT(strlen(n->text) == n->text_len);
        for (size_t i = 0; i < n->nattrs; i++)
            RMQ_ASSERT(n->attrs[i].name[0] != '\0');
        count += 1 + walk(n->child, depth + 1);
    }
    return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rmq_xmlread_doc_t *doc = NULL;
    int rc = rmq_xmlread_parse(data, size, 10000, &doc, NULL);
    RMQ_ASSERT(rc == 0 || rc == RMQ_ECORRUPT);
    if (rc == 0) {
        RMQ_ASSERT(walk(rmq_xmlread_root(doc), 0) <= 10000);
        rmq_xmlread_free(doc);
    }
    rmq_objstore_list_t l;
    const char *prefix = size > 0 && (data[0] & 1) ? "p/" : "";
    rc = rmq_azure_parse_list(data, size, prefix, 1000, &l, NULL);
    RMQ_ASSERT(rc == 0 || rc == RMQ_ECORRUPT);
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
