/*
 * Tests for the XML subset reader (src/objstore/xmlread.c): the documents storage services
 * send, and hostile bytes (truncation at every length, mutations, entity tricks, depth and
 * size limits) that must come back as RMQ_ECORRUPT, never a crash.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "objstore/xmlread.h"
#include "common/buf.h"
#include "common/mem.h"

static const char list_doc[] =
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
    "<EnumerationResults ServiceEndpoint=\"http://127.0.0.1:10000/devstoreaccount1\" "
    "ContainerName='rmq'>"
    "<Prefix>p/</Prefix><Marker /><MaxResults>2</MaxResults>"
    "<Blobs>"
    "<Blob><Name>p/a&amp;b &lt;1&gt; &#233;&#x20AC;&#x1F600;</Name>"
    "<Properties><Creation-Time>Mon, 27 Nov 2023 04:08:00 GMT</Creation-Time>"
    "<Content-Length>12</Content-Length><Etag>0x8DBEEF</Etag>"
    "<BlobType>BlockBlob</BlobType></Properties><Metadata/></Blob>\n"
    "  <!-- a comment <Blob> that is not one -->\n"
    "<Blob><Name><![CDATA[p/<raw> & ]]>tail</Name>"
    "<Properties><Content-Length>0</Content-Length></Properties></Blob>"
    "</Blobs>"
    "<NextMarker>2!48!MDAwMDA=</NextMarker>"
    "</EnumerationResults>\n";

static const char error_doc[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>"
    "<Message>Server failed to authenticate the request.\nRequestId:1\nTime:2023</Message>"
    "<AuthenticationErrorDetail>The MAC signature found in the HTTP request 'x' is not the "
    "same as any computed signature.</AuthenticationErrorDetail></Error>";

static rmq_xmlread_doc_t *parse_ok(const char *s, size_t n)
{
    rmq_xmlread_doc_t *doc = NULL;
    rmq_err_t err = {0};
    int rc = rmq_xmlread_parse(s, n, 0, &doc, &err);
    if (rc != 0)
        fail_msg("parse failed: %s", err.msg);
    assert_non_null(doc);
    return doc;
}

static void parse_bad(const char *what, const char *s, size_t n)
{
    rmq_xmlread_doc_t *doc = (rmq_xmlread_doc_t *)1;
    rmq_err_t err = {0};
    int rc = rmq_xmlread_parse(s, n, 0, &doc, &err);
    if (rc != RMQ_ECORRUPT)
        fail_msg("%s: want RMQ_ECORRUPT, got %d", what, rc);
    assert_null(doc);
    assert_non_null(strstr(err.msg, "at byte"));
}

static void test_listing(void **state)
{
    (void)state;
    rmq_xmlread_doc_t *doc = parse_ok(list_doc, sizeof(list_doc) - 1);
    const rmq_xmlread_node_t *root = rmq_xmlread_root(doc);
    assert_string_equal(root->name, "EnumerationResults");
    assert_string_equal(rmq_xmlread_attr(root, "ContainerName"), "rmq");
    assert_string_equal(rmq_xmlread_attr(root, "ServiceEndpoint"),
                        "http://127.0.0.1:10000/devstoreaccount1");
    assert_null(rmq_xmlread_attr(root, "Nope"));
    assert_string_equal(rmq_xmlread_text(root, "Prefix"), "p/");
    assert_string_equal(rmq_xmlread_text(root, "Marker"), "");
    assert_string_equal(rmq_xmlread_text(root, "NextMarker"), "2!48!MDAwMDA=");
    assert_null(rmq_xmlread_text(root, "Blobs/Nope"));
    const rmq_xmlread_node_t *b = rmq_xmlread_child(rmq_xmlread_child(root, "Blobs"), "Blob");
    assert_non_null(b);
    assert_string_equal(rmq_xmlread_text(b, "Name"),
                        "p/a&b <1> \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
    assert_string_equal(rmq_xmlread_text(b, "Properties/Content-Length"), "12");
    assert_string_equal(rmq_xmlread_text(b, "Metadata"), "");
    assert_ptr_equal(b->parent, rmq_xmlread_child(root, "Blobs"));
    b = rmq_xmlread_next_same(b);
    assert_non_null(b);
    assert_string_equal(rmq_xmlread_text(b, "Name"), "p/<raw> & tail");
    assert_int_equal(rmq_xmlread_child(b, "Name")->text_len, 14);
    assert_string_equal(rmq_xmlread_text(b, "Properties/Content-Length"), "0");
    assert_null(rmq_xmlread_next_same(b));
    /* A step name too long for the path buffer is simply not found. */
    char longpath[300];
    memset(longpath, 'x', sizeof(longpath) - 1);
    longpath[sizeof(longpath) - 1] = '\0';
    assert_null(rmq_xmlread_text(root, longpath));
    assert_null(rmq_xmlread_text(NULL, "a"));
    assert_null(rmq_xmlread_child(NULL, "a"));
    rmq_xmlread_free(doc);
    rmq_xmlread_free(NULL);
}

static void test_error_body(void **state)
{
    (void)state;
    rmq_xmlread_doc_t *doc = parse_ok(error_doc, sizeof(error_doc) - 1);
    const rmq_xmlread_node_t *root = rmq_xmlread_root(doc);
    assert_string_equal(root->name, "Error");
    assert_string_equal(rmq_xmlread_text(root, "Code"), "AuthenticationFailed");
    assert_non_null(strstr(rmq_xmlread_text(root, "Message"), "RequestId:1"));
    rmq_xmlread_free(doc);
}

static void test_small_forms(void **state)
{
    (void)state;
    const char *ok[] = {
        "<a/>",
        "<a />",
        "<a></a >",
        "<a x='1' y = \"2\"/>",
        "<?pi?><!--c--><a/><!--c--><?pi?>\n",
        "<ns:a xmlns:ns='u'><ns:b>t</ns:b></ns:a>",
        "<a>&#9;&#10;&#13;&#x10FFFF;</a>",
        "<a>]]&gt;</a>",
        "<a><![CDATA[]]></a>",
        "<a.b-c_d1/>",
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(ok); i++)
        rmq_xmlread_free(parse_ok(ok[i], strlen(ok[i])));
    const char *mixed = "<a k='&lt;&quot;&apos;'>x<b/>y<c></c>z</a>";
    rmq_xmlread_doc_t *doc = parse_ok(mixed, strlen(mixed));
    const rmq_xmlread_node_t *r = rmq_xmlread_root(doc);
    assert_string_equal(r->text, "xyz"); /* text around children, concatenated */
    assert_string_equal(rmq_xmlread_attr(r, "k"), "<\"'");
    assert_int_equal(r->nattrs, 1);
    assert_string_equal(r->child->name, "b");
    assert_string_equal(r->child->next->name, "c");
    assert_null(r->child->next->next);
    rmq_xmlread_free(doc);
    /* Not NUL-terminated: the reader stops at len. */
    char buf[8] = {'<', 'a', '/', '>', 'X', 'X', 'X', 'X'};
    rmq_xmlread_free(parse_ok(buf, 4));
}

static void test_refused(void **state)
{
    (void)state;
    const struct {
        const char *what, *doc;
    } bad[] = {
        {"empty", ""},
        {"only spaces", "  \n"},
        {"only a declaration", "<?xml version='1.0'?>"},
        {"doctype", "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>"},
        {"billion laughs", "<!DOCTYPE l [<!ENTITY l0 'ha'><!ENTITY l1 '&l0;&l0;'>]><l>&l1;</l>"},
        {"entity declaration inside", "<a><!ENTITY x 'y'></a>"},
        {"mismatched", "<a><b></a></b>"},
        {"prefix of name", "<Blob></Blo>"},
        {"longer name", "<Blo></Blob>"},
        {"unclosed", "<a><b></b>"},
        {"end without start", "</a>"},
        {"second root", "<a/><b/>"},
        {"text before root", "x<a/>"},
        {"text after root", "<a/>x"},
        {"CDATA outside root", "<![CDATA[x]]><a/>"},
        {"unterminated tag", "<a"},
        {"unterminated end tag", "<a></a"},
        {"unterminated comment", "<a><!-- </a>"},
        {"unterminated CDATA", "<a><![CDATA[ </a>"},
        {"unterminated PI", "<?xml <a/>"},
        {"no name", "<>"},
        {"digit name", "<1a/>"},
        {"space before name", "< a/>"},
        {"attribute without value", "<a x/>"},
        {"attribute without quotes", "<a x=1/>"},
        {"attribute missing space", "<a x='1'y='2'/>"},
        {"lt in attribute", "<a x='<'/>"},
        {"unterminated attribute", "<a x='1/>"},
        {"control byte in text", "<a>\x01</a>"},
        {"control byte in attribute", "<a x='\x02'/>"},
        {"control byte in CDATA", "<a><![CDATA[\x1f]]></a>"},
        {"NUL reference", "<a>&#0;</a>"},
        {"control reference", "<a>&#x1;</a>"},
        {"surrogate reference", "<a>&#xD800;</a>"},
        {"FFFE reference", "<a>&#xFFFE;</a>"},
        {"out of range reference", "<a>&#x110000;</a>"},
        {"huge reference", "<a>&#99999999999999999999;</a>"},
        {"empty reference", "<a>&#;</a>"},
        {"empty hex reference", "<a>&#x;</a>"},
        {"bad digit", "<a>&#12a;</a>"},
        {"unknown entity", "<a>&nbsp;</a>"},
        {"unterminated entity", "<a>&amp</a>"},
        {"bare ampersand", "<a>a & b</a>"},
        {"overlong reference", "<a>&#0000000000000065;</a>"},
        {"NUL reference in attribute", "<a x='&#0;'/>"},
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++)
        parse_bad(bad[i].what, bad[i].doc, strlen(bad[i].doc));
    const char nul_text[] = "<a>x\0y</a>";
    parse_bad("raw NUL", nul_text, sizeof(nul_text) - 1);
    parse_bad("NULL data", NULL, 0);
}

static void test_limits(void **state)
{
    (void)state;
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 1024);
    for (int depth = RMQ_XMLREAD_DEPTH_MAX; depth <= RMQ_XMLREAD_DEPTH_MAX + 1; depth++) {
        rmq_wbuf_reset(&wb);
        for (int i = 0; i < depth; i++)
            rmq_wbuf_append(&wb, "<d>", 3);
        for (int i = 0; i < depth; i++)
            rmq_wbuf_append(&wb, "</d>", 4);
        rmq_xmlread_doc_t *doc = NULL;
        int rc = rmq_xmlread_parse(wb.data, wb.len, 0, &doc, NULL);
        assert_int_equal(rc, depth <= RMQ_XMLREAD_DEPTH_MAX ? 0 : RMQ_ECORRUPT);
        rmq_xmlread_free(doc);
    }
    /* max_nodes counts every element, the root included. */
    rmq_wbuf_reset(&wb);
    rmq_wbuf_append(&wb, "<r>", 3);
    for (int i = 0; i < 99; i++)
        rmq_wbuf_append(&wb, "<e/>", 4);
    rmq_wbuf_append(&wb, "</r>", 4);
    rmq_xmlread_doc_t *doc = NULL;
    assert_int_equal(rmq_xmlread_parse(wb.data, wb.len, 100, &doc, NULL), 0);
    rmq_xmlread_free(doc);
    rmq_err_t err = {0};
    assert_int_equal(rmq_xmlread_parse(wb.data, wb.len, 99, &doc, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "too many elements"));
    assert_null(doc);
    rmq_wbuf_release(&wb);
}

/* Every proper prefix of a valid document is refused (it ends inside the root). */
static void test_truncation(void **state)
{
    (void)state;
    const char *docs[] = {list_doc, error_doc};
    for (size_t d = 0; d < RMQ_ARRAY_SIZE(docs); d++) {
        size_t n = strlen(docs[d]);
        /* Trailing whitespace after the root may go without changing anything. */
        size_t body = n;
        while (body > 0 && (docs[d][body - 1] == '\n' || docs[d][body - 1] == '\r'))
            body--;
        for (size_t len = 0; len < body; len++) {
            /* A copy of exactly len bytes so ASan sees any read past the end. */
            char *copy = rmq_malloc(len ? len : 1);
            memcpy(copy, docs[d], len);
            rmq_xmlread_doc_t *doc = NULL;
            if (rmq_xmlread_parse(copy, len, 0, &doc, NULL) != RMQ_ECORRUPT)
                fail_msg("document %zu cut at %zu bytes was accepted", d, len);
            free(copy);
        }
    }
}

/* Random byte mutations of the listing: any outcome but a crash, leak or over-read. */
static void test_mutations(void **state)
{
    (void)state;
    size_t n = sizeof(list_doc) - 1;
    uint64_t x = 0x243f6a8885a308d3ull;
    static const char interesting[] = "<>/&;#x'\"=![]?-\0\x01 \xc3";
    unsigned accepted = 0;
    for (int round = 0; round < 3000; round++) {
        char *copy = rmq_malloc(n);
        memcpy(copy, list_doc, n);
        int flips = 1 + round % 4;
        for (int f = 0; f < flips; f++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            size_t pos = (size_t)(x % n);
            copy[pos] = (x >> 32) & 1 ? interesting[(x >> 40) % (sizeof(interesting) - 1)]
                                      : (char)(x >> 48);
        }
        size_t len = round % 5 == 0 ? (size_t)(x >> 20) % n : n;
        rmq_xmlread_doc_t *doc = NULL;
        int rc = rmq_xmlread_parse(copy, len, 0, &doc, NULL);
        assert_true(rc == 0 || rc == RMQ_ECORRUPT);
        if (rc == 0) {
            accepted++;
            const rmq_xmlread_node_t *r = rmq_xmlread_root(doc);
            assert_non_null(r);
            assert_int_equal(strlen(r->text), r->text_len);
            rmq_xmlread_text(r, "Blobs/Blob/Properties/Content-Length");
        }
        rmq_xmlread_free(doc);
        free(copy);
    }
    assert_true(accepted > 0); /* mutations inside text keep documents valid */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_listing),     cmocka_unit_test(test_error_body),
        cmocka_unit_test(test_small_forms), cmocka_unit_test(test_refused),
        cmocka_unit_test(test_limits),      cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests_name("xmlread", tests, NULL, NULL);
}
