/*
 * Tests for the object store's XML reader (src/objstore/xml.c): the documents S3 and Azure
 * send (events, paths, attributes, entities, CDATA, comments), and hostile bytes - every
 * truncation, random mutations, entity tricks, control bytes, depth, name, path and attribute
 * limits - that must come back as RMQ_ECORRUPT with a message, never a crash or an over-read.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "objstore/xml.h"
#include "common/buf.h"
#include "common/mem.h"

static const char s3_list_doc[] =
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
    "<Name>b</Name><!-- a comment <with> tags -->"
    "<Contents><Key>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;</Key>"
    "<Size>12</Size></Contents>"
    "<Contents><Key>&#233;&#xE9;&#x65E5;&#x1F600;</Key><Size>0</Size>"
    "</Contents>"
    "<Empty/><Attr a='1' b = \"x>y\" ></Attr>"
    "<C><![CDATA[<raw> & ]]]></C>"
    "<IsTruncated>false</IsTruncated></ListBucketResult>\n";

static const char azure_list_doc[] =
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
    "<EnumerationResults ServiceEndpoint=\"http://127.0.0.1:10000/devstoreaccount1\" "
    "ContainerName='rmq'>"
    "<Prefix>p/</Prefix><Marker /><MaxResults>2</MaxResults>"
    "<Blobs>"
    "<Blob><Name>p/a&amp;b &lt;1&gt; &#233;&#x20AC;&#x1F600;</Name>"
    "<Properties><Content-Length>12</Content-Length></Properties><Metadata/></Blob>\n"
    "  <!-- a comment <Blob> that is not one -->\n"
    "<Blob><Name Encoded=\"true\"><![CDATA[p/<raw> & ]]>tail%20</Name>"
    "<Properties><Content-Length>0</Content-Length></Properties></Blob>"
    "</Blobs>"
    "<NextMarker>2!48!MDAwMDA=</NextMarker>"
    "</EnumerationResults>\n";

static const char error_doc[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>"
    "<Message>Server failed to authenticate the request.\nRequestId:1\nTime:2023</Message>"
    "<AuthenticationErrorDetail>The MAC signature found in the HTTP request 'x' is not the "
    "same as any computed signature.</AuthenticationErrorDetail></Error>";

static void put_str(rmq_wbuf_t *log, const char *s)
{
    rmq_wbuf_append(log, s, strlen(s));
}

/* Records events as "S path [name=value ...]\n" and "E path=text\n". */
static int rec_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    rmq_wbuf_t *log = opaque;
    put_str(log, ev->type == RMQ_XML_START ? "S " : "E ");
    put_str(log, ev->path);
    if (ev->type == RMQ_XML_START) {
        for (size_t i = 0; i < ev->nattrs; i++) {
            put_str(log, i ? " " : " [");
            put_str(log, ev->attrs[i].name);
            put_str(log, "=");
            put_str(log, ev->attrs[i].value);
        }
        put_str(log, ev->nattrs ? "]\n" : "\n");
    } else {
        put_str(log, "=");
        rmq_wbuf_append(log, ev->text, ev->len);
        put_str(log, "\n");
    }
    return 0;
}

/* Parses and returns the event log (valid until the next call). */
static const char *parse_log(const char *xml, size_t len, int *rc, rmq_err_t *err)
{
    static rmq_wbuf_t log;
    rmq_wbuf_release(&log);
    rmq_wbuf_init(&log, 256);
    *rc = rmq_xml_parse(xml, len, rec_cb, &log, err);
    rmq_wbuf_put_u8(&log, 0);
    return (const char *)log.data;
}

static void test_s3_documents(void **state)
{
    (void)state;
    int rc;
    rmq_err_t err = {0};
    const char *log = parse_log(s3_list_doc, sizeof(s3_list_doc) - 1, &rc, &err);
    assert_int_equal(rc, 0);
    assert_string_equal(log, "S ListBucketResult [xmlns=http://s3.amazonaws.com/doc/2006-03-01/]\n"
                             "S ListBucketResult/Name\n"
                             "E ListBucketResult/Name=b\n"
                             "S ListBucketResult/Contents\n"
                             "S ListBucketResult/Contents/Key\n"
                             "E ListBucketResult/Contents/Key=a&b <c> \"d\" 'e'\n"
                             "S ListBucketResult/Contents/Size\n"
                             "E ListBucketResult/Contents/Size=12\n"
                             "E ListBucketResult/Contents=\n"
                             "S ListBucketResult/Contents\n"
                             "S ListBucketResult/Contents/Key\n"
                             "E ListBucketResult/Contents/Key=\xc3\xa9\xc3\xa9\xe6\x97\xa5"
                             "\xf0\x9f\x98\x80\n"
                             "S ListBucketResult/Contents/Size\n"
                             "E ListBucketResult/Contents/Size=0\n"
                             "E ListBucketResult/Contents=\n"
                             "S ListBucketResult/Empty\n"
                             "E ListBucketResult/Empty=\n"
                             "S ListBucketResult/Attr [a=1 b=x>y]\n"
                             "E ListBucketResult/Attr=\n"
                             "S ListBucketResult/C\n"
                             "E ListBucketResult/C=<raw> & ]\n"
                             "S ListBucketResult/IsTruncated\n"
                             "E ListBucketResult/IsTruncated=false\n"
                             "E ListBucketResult=\n");
    /* The error body S3 sends. */
    const char *s3err = "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature "
                        "we calculated does not match</Message></Error>";
    log = parse_log(s3err, strlen(s3err), &rc, &err);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(log, "E Error/Code=SignatureDoesNotMatch\n"));
}

static void test_azure_documents(void **state)
{
    (void)state;
    int rc;
    rmq_err_t err = {0};
    const char *log = parse_log(azure_list_doc, sizeof(azure_list_doc) - 1, &rc, &err);
    if (rc != 0)
        fail_msg("%s", err.msg);
    assert_string_equal(
        log, "S EnumerationResults [ServiceEndpoint=http://127.0.0.1:10000/devstoreaccount1 "
             "ContainerName=rmq]\n"
             "S EnumerationResults/Prefix\n"
             "E EnumerationResults/Prefix=p/\n"
             "S EnumerationResults/Marker\n"
             "E EnumerationResults/Marker=\n"
             "S EnumerationResults/MaxResults\n"
             "E EnumerationResults/MaxResults=2\n"
             "S EnumerationResults/Blobs\n"
             "S EnumerationResults/Blobs/Blob\n"
             "S EnumerationResults/Blobs/Blob/Name\n"
             "E EnumerationResults/Blobs/Blob/Name=p/a&b <1> \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n"
             "S EnumerationResults/Blobs/Blob/Properties\n"
             "S EnumerationResults/Blobs/Blob/Properties/Content-Length\n"
             "E EnumerationResults/Blobs/Blob/Properties/Content-Length=12\n"
             "E EnumerationResults/Blobs/Blob/Properties=\n"
             "S EnumerationResults/Blobs/Blob/Metadata\n"
             "E EnumerationResults/Blobs/Blob/Metadata=\n"
             "E EnumerationResults/Blobs/Blob=\n"
             "S EnumerationResults/Blobs/Blob\n"
             "S EnumerationResults/Blobs/Blob/Name [Encoded=true]\n"
             "E EnumerationResults/Blobs/Blob/Name=p/<raw> & tail%20\n"
             "S EnumerationResults/Blobs/Blob/Properties\n"
             "S EnumerationResults/Blobs/Blob/Properties/Content-Length\n"
             "E EnumerationResults/Blobs/Blob/Properties/Content-Length=0\n"
             "E EnumerationResults/Blobs/Blob/Properties=\n"
             "E EnumerationResults/Blobs/Blob=\n"
             /* the blanks and newlines between the blobs are the Blobs element's own text */
             "E EnumerationResults/Blobs=\n  \n\n"
             "S EnumerationResults/NextMarker\n"
             "E EnumerationResults/NextMarker=2!48!MDAwMDA=\n"
             "E EnumerationResults=\n");
    log = parse_log(error_doc, sizeof(error_doc) - 1, &rc, &err);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(log, "E Error/Code=AuthenticationFailed\n"));
    assert_non_null(strstr(log, "E Error/Message=Server failed to authenticate the request.\n"
                                "RequestId:1\nTime:2023\n"));
}

typedef struct probe {
    const char *path; /* the element whose events are checked */
    const char *name, *attr_k, *attr_v, *text;
    int depth, seen;
} probe_t;

static int probe_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    probe_t *p = opaque;
    if (strcmp(ev->path, p->path) != 0)
        return 0;
    assert_string_equal(ev->name, p->name);
    assert_int_equal(ev->depth, p->depth);
    if (ev->type == RMQ_XML_START) {
        assert_null(ev->text);
        assert_int_equal(ev->len, 0);
        if (p->attr_k)
            assert_string_equal(rmq_xml_attr(ev, p->attr_k), p->attr_v);
        assert_null(rmq_xml_attr(ev, "nope"));
    } else {
        assert_null(ev->attrs);
        assert_int_equal(ev->nattrs, 0);
        assert_null(rmq_xml_attr(ev, p->attr_k ? p->attr_k : "x"));
        assert_int_equal(ev->len, strlen(p->text));
        assert_memory_equal(ev->text, p->text, ev->len + 1);
    }
    p->seen++;
    return 0;
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
        "<a>&#9;&#10;&#13;&#x10FFFF;&#xFFFD;&#x0041;</a>",
        "<a>]]&gt;</a>",
        "<a><![CDATA[]]></a>",
        "<a.b-c_d1/>",
        "  \r\n<a/>\n\n",
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(ok); i++) {
        int rc;
        rmq_err_t err = {0};
        parse_log(ok[i], strlen(ok[i]), &rc, &err);
        if (rc != 0)
            fail_msg("'%s' refused: %s", ok[i], err.msg);
    }
    /* Text around children is the parent's, concatenated; the child's is its own. */
    const char *mixed = "<r><a k='&lt;&quot;&apos;&#x41;'>x<b>in</b>y<c></c>z</a></r>";
    probe_t p = {
        .path = "r/a", .name = "a", .attr_k = "k", .attr_v = "<\"'A", .text = "xyz", .depth = 2};
    assert_int_equal(rmq_xml_parse(mixed, strlen(mixed), probe_cb, &p, NULL), 0);
    assert_int_equal(p.seen, 2);
    p = (probe_t){.path = "r/a/b", .name = "b", .text = "in", .depth = 3};
    assert_int_equal(rmq_xml_parse(mixed, strlen(mixed), probe_cb, &p, NULL), 0);
    assert_int_equal(p.seen, 2);
    p = (probe_t){.path = "r", .name = "r", .text = "", .depth = 1};
    assert_int_equal(rmq_xml_parse(mixed, strlen(mixed), probe_cb, &p, NULL), 0);
    assert_int_equal(p.seen, 2);
    /* Not NUL-terminated: the reader stops at len. */
    char buf[8] = {'<', 'a', '/', '>', 'X', 'X', 'X', 'X'};
    int rc;
    parse_log(buf, 4, &rc, NULL);
    assert_int_equal(rc, 0);
}

static void parse_bad(const char *what, const char *xml, size_t len)
{
    int rc;
    rmq_err_t err = {0};
    parse_log(xml, len, &rc, &err);
    if (rc != RMQ_ECORRUPT)
        fail_msg("%s: want RMQ_ECORRUPT, got %d", what, rc);
    assert_int_equal(err.code, RMQ_ECORRUPT);
    if (strstr(err.msg, "malformed XML at byte") == NULL)
        fail_msg("%s: message '%s'", what, err.msg);
}

static void test_refused(void **state)
{
    (void)state;
    const struct {
        const char *what, *doc;
    } bad[] = {
        {"empty", ""},
        {"only spaces", "  \n"},
        {"only text", "text"},
        {"only a declaration", "<?xml version='1.0'?>"},
        {"doctype", "<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>"},
        {"billion laughs", "<!DOCTYPE l [<!ENTITY l0 'ha'><!ENTITY l1 '&l0;&l0;'>]><l>&l1;</l>"},
        {"entity declaration inside", "<a><!ENTITY x 'y'></a>"},
        {"unclosed root", "<a>"},
        {"wrong end tag", "<a></b>"},
        {"mismatched", "<a><b></a></b>"},
        {"prefix of name", "<Blob></Blo>"},
        {"longer name", "<Blo></Blob>"},
        {"unclosed", "<a><b></b>"},
        {"end without start", "</a>"},
        {"second root", "<a/><b/>"},
        {"text before root", "x<a/>"},
        {"text after root", "<a/>trailing"},
        {"text after end tag", "<a></a >x"},
        {"reference outside root", "<a/>&amp;"},
        {"CDATA outside root", "<![CDATA[x]]><a/>"},
        {"unterminated tag", "<a"},
        {"unterminated end tag", "<a></a"},
        {"unterminated end tag name", "<a></"},
        {"unterminated comment", "<a><!-- never closed </a>"},
        {"unterminated CDATA", "<a><![CDATA[ never closed </a>"},
        {"unterminated PI", "<?xml never closed"},
        {"PI closed by its own opener", "<?><a/>"},
        {"no name", "<>"},
        {"digit name", "<1a></1a>"},
        {"space before name", "< a/>"},
        {"blank inside empty tag", "<a/ >"},
        {"attribute without value", "<a b></a>"},
        {"attribute with empty value", "<a b=></a>"},
        {"attribute without quotes", "<a x=1/>"},
        {"attribute missing space", "<a x='1'y='2'/>"},
        {"lt in attribute", "<a x='<'/>"},
        {"unterminated attribute", "<a b=\"1></a>"},
        {"duplicate attribute", "<a x='1' y='2' x='3'/>"},
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
        {"undefined entity", "<a>&e;</a>"},
        {"unterminated entity", "<a>&amp</a>"},
        {"bare ampersand", "<a>a & b</a>"},
        {"overlong reference", "<a>&#0000000000000065;</a>"},
        {"NUL reference in attribute", "<a x='&#0;'/>"},
        {"unknown entity in attribute", "<a x='&e;'/>"},
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++)
        parse_bad(bad[i].what, bad[i].doc, strlen(bad[i].doc));
    const char nul_text[] = "<a>x\0y</a>";
    parse_bad("raw NUL in text", nul_text, sizeof(nul_text) - 1);
    const char nul_cdata[] = "<a><![CDATA[x\0y]]></a>";
    parse_bad("raw NUL in CDATA", nul_cdata, sizeof(nul_cdata) - 1);
    const char nul_attr[] = "<a k='x\0y'/>";
    parse_bad("raw NUL in an attribute", nul_attr, sizeof(nul_attr) - 1);
    parse_bad("NULL data", NULL, 0);
}

static int stop_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    int *events = opaque;
    (*events)++;
    return ev->type == RMQ_XML_END && strcmp(ev->path, "a/b") == 0 ? 42 : 0;
}

static void test_limits(void **state)
{
    (void)state;
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 1024);
    int rc;
    rmq_err_t err = {0};
    /* Depth: RMQ_XML_MAX_DEPTH levels are fine, one more is refused. */
    for (int depth = RMQ_XML_MAX_DEPTH; depth <= RMQ_XML_MAX_DEPTH + 1; depth++) {
        rmq_wbuf_reset(&wb);
        for (int i = 0; i < depth; i++)
            rmq_wbuf_append(&wb, "<d>", 3);
        for (int i = 0; i < depth; i++)
            rmq_wbuf_append(&wb, "</d>", 4);
        parse_log((char *)wb.data, wb.len, &rc, &err);
        assert_int_equal(rc, depth <= RMQ_XML_MAX_DEPTH ? 0 : RMQ_ECORRUPT);
    }
    assert_non_null(strstr(err.msg, "deep"));
    /* Names: RMQ_XML_MAX_NAME bytes are fine, one more is refused. */
    for (int n = RMQ_XML_MAX_NAME; n <= RMQ_XML_MAX_NAME + 1; n++) {
        rmq_wbuf_reset(&wb);
        rmq_wbuf_put_u8(&wb, '<');
        for (int i = 0; i < n; i++)
            rmq_wbuf_put_u8(&wb, 'n');
        rmq_wbuf_append(&wb, "/>", 2);
        parse_log((char *)wb.data, wb.len, &rc, &err);
        assert_int_equal(rc, n <= RMQ_XML_MAX_NAME ? 0 : RMQ_ECORRUPT);
    }
    assert_non_null(strstr(err.msg, "name too long"));
    /* Paths: 8 levels of 200-byte names pass 1024 bytes. */
    rmq_wbuf_reset(&wb);
    for (int i = 0; i < 8; i++)
        for (int k = 0; k < 202; k++)
            rmq_wbuf_put_u8(&wb, (uint8_t)(k == 0 ? '<' : k == 201 ? '>' : 'a' + i));
    parse_log((char *)wb.data, wb.len, &rc, &err);
    assert_int_equal(rc, RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "path"));
    /* Attributes: RMQ_XML_MAX_ATTRS on one element are fine, one more is refused. */
    for (int n = RMQ_XML_MAX_ATTRS; n <= RMQ_XML_MAX_ATTRS + 1; n++) {
        rmq_wbuf_reset(&wb);
        rmq_wbuf_append(&wb, "<a", 2);
        for (int i = 0; i < n; i++) {
            char at[32];
            int k = snprintf(at, sizeof(at), " k%d='%d'", i, i);
            rmq_wbuf_append(&wb, at, (size_t)k);
        }
        rmq_wbuf_append(&wb, "/>", 2);
        const char *log = parse_log((char *)wb.data, wb.len, &rc, &err);
        assert_int_equal(rc, n <= RMQ_XML_MAX_ATTRS ? 0 : RMQ_ECORRUPT);
        if (rc == 0)
            assert_non_null(strstr(log, " k31=31]\n"));
    }
    assert_non_null(strstr(err.msg, "too many attributes"));
    /* A large document with deep text on every level parses; memory follows the input. */
    rmq_wbuf_reset(&wb);
    for (int i = 0; i < RMQ_XML_MAX_DEPTH; i++) {
        rmq_wbuf_append(&wb, "<d>", 3);
        for (int k = 0; k < 4096; k++)
            rmq_wbuf_append(&wb, "t&amp;", 6);
    }
    for (int i = 0; i < RMQ_XML_MAX_DEPTH; i++)
        rmq_wbuf_append(&wb, "</d>", 4);
    parse_log((char *)wb.data, wb.len, &rc, &err);
    assert_int_equal(rc, 0);
    rmq_wbuf_release(&wb);
    /* The callback stops the parse: its code comes back and no event follows. */
    int events = 0;
    assert_int_equal(rmq_xml_parse("<a><b/><c/></a>", 15, stop_cb, &events, NULL), 42);
    assert_int_equal(events, 3);
}

/* Checks what xml.h promises about every event; counts the open elements. */
typedef struct walk {
    long open;
    size_t events;
} walk_t;

static int check_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    walk_t *w = opaque;
    size_t pl = strlen(ev->path);
    assert_true(pl > 0 && pl <= RMQ_XML_MAX_PATH);
    int depth = 1;
    for (const char *p = ev->path; *p; p++)
        depth += *p == '/';
    assert_int_equal(depth, ev->depth);
    assert_true(depth <= RMQ_XML_MAX_DEPTH);
    assert_true(ev->name >= ev->path && strlen(ev->name) > 0 &&
                strlen(ev->name) <= RMQ_XML_MAX_NAME && strchr(ev->name, '/') == NULL);
    if (ev->type == RMQ_XML_START) {
        assert_true(ev->text == NULL && ev->len == 0);
        assert_true(ev->nattrs <= RMQ_XML_MAX_ATTRS);
        for (size_t i = 0; i < ev->nattrs; i++) {
            assert_true(ev->attrs[i].name[0] != '\0');
            assert_ptr_equal(rmq_xml_attr(ev, ev->attrs[i].name), ev->attrs[i].value);
        }
        assert_int_equal((long)ev->depth, w->open + 1);
        w->open++;
    } else {
        assert_true(ev->text != NULL && strlen(ev->text) == ev->len);
        assert_true(ev->attrs == NULL && ev->nattrs == 0);
        assert_int_equal((long)ev->depth, w->open);
        w->open--;
    }
    w->events++;
    return 0;
}

/* Every proper prefix of a valid document is refused: it ends inside the root. */
static void test_truncation(void **state)
{
    (void)state;
    const char *docs[] = {s3_list_doc, azure_list_doc, error_doc};
    for (size_t d = 0; d < RMQ_ARRAY_SIZE(docs); d++) {
        size_t n = strlen(docs[d]);
        walk_t w = {0};
        assert_int_equal(rmq_xml_parse(docs[d], n, check_cb, &w, NULL), 0);
        assert_int_equal(w.open, 0);
        /* Trailing blanks after the root may go without changing anything. */
        size_t body = n;
        while (body > 0 && (docs[d][body - 1] == '\n' || docs[d][body - 1] == '\r'))
            body--;
        for (size_t len = 0; len < body; len++) {
            /* A copy of exactly len bytes, so ASan sees any read past the end. */
            char *copy = rmq_malloc(len ? len : 1);
            memcpy(copy, docs[d], len);
            rmq_err_t err = {0};
            w = (walk_t){0};
            int rc = rmq_xml_parse(copy, len, check_cb, &w, &err);
            if (rc != RMQ_ECORRUPT)
                fail_msg("document %zu cut at %zu bytes: rc %d", d, len, rc);
            assert_non_null(strstr(err.msg, "malformed XML at byte"));
            free(copy);
        }
    }
}

static uint64_t xorshift(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

/* Random edits of each document: accepted or RMQ_ECORRUPT, never a crash, leak or over-read. */
static void test_mutations(void **state)
{
    (void)state;
    const char *docs[] = {s3_list_doc, azure_list_doc, error_doc};
    static const char alphabet[] = "<>/&;#x=\"' !-[]?aZ09\0\x01\xff\xc3";
    uint64_t x = 0x9e3779b97f4a7c15ull;
    int ok = 0, corrupt = 0;
    for (int iter = 0; iter < 24000; iter++) {
        const char *seed = docs[iter % RMQ_ARRAY_SIZE(docs)];
        size_t len = strlen(seed);
        char *buf = rmq_malloc(len);
        memcpy(buf, seed, len);
        int edits = 1 + (int)(xorshift(&x) % 4);
        for (int e = 0; e < edits && len >= 2; e++) {
            uint64_t r = xorshift(&x);
            size_t at = (size_t)(r % len);
            char c = (r >> 30) & 1 ? alphabet[(r >> 20) % (sizeof(alphabet) - 1)] : (char)(r >> 48);
            switch ((r >> 40) % 4) {
            case 0:
            case 1:
                buf[at] = c;
                break;
            case 2: /* delete */
                memmove(buf + at, buf + at + 1, len - at - 1);
                len--;
                break;
            default: /* truncate */
                len = at + 1;
            }
        }
        /* Exactly len bytes on the heap, so ASan sees any read past the end. */
        char *copy = rmq_malloc(len);
        memcpy(copy, buf, len);
        free(buf);
        walk_t w = {0};
        rmq_err_t err = {0};
        int rc = rmq_xml_parse(copy, len, check_cb, &w, &err);
        free(copy);
        assert_true(rc == 0 || rc == RMQ_ECORRUPT);
        if (rc == 0) {
            assert_int_equal(w.open, 0);
            ok++;
        } else {
            assert_true(err.code == RMQ_ECORRUPT && err.msg[0] != '\0');
            corrupt++;
        }
    }
    assert_true(ok > 0 && corrupt > 0); /* edits inside text keep documents valid */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_s3_documents), cmocka_unit_test(test_azure_documents),
        cmocka_unit_test(test_small_forms),  cmocka_unit_test(test_refused),
        cmocka_unit_test(test_limits),       cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests_name("xml", tests, NULL, NULL);
}
