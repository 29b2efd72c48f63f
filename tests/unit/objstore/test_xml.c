/*
 * Tests for the bounded XML reader (src/objstore/xml.c): S3 documents, entities, CDATA,
 * attributes and comments; hostile inputs (each a clear RMQ_ECORRUPT); and a bounded run of
 * random mutations of a valid document that must never crash or return anything else.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "objstore/xml.h"
#include "common/buf.h"
#include "common/mem.h"

typedef struct rec {
    rmq_wbuf_t log; /* "S path\n" and "E path=text\n" */
} rec_t;

static int rec_cb(void *opaque, rmq_xml_event_t ev, const char *path, const char *text, size_t len)
{
    rec_t *r = opaque;
    char line[2048];
    int n = ev == RMQ_XML_START ? snprintf(line, sizeof(line), "S %s\n", path)
                                : snprintf(line, sizeof(line), "E %s=%.*s\n", path, (int)len, text);
    rmq_wbuf_append(&r->log, line, (size_t)n);
    return 0;
}

static const char *parse_log(const char *xml, int *rc, rmq_err_t *err)
{
    static rec_t r;
    rmq_wbuf_release(&r.log);
    rmq_wbuf_init(&r.log, 256);
    *rc = rmq_xml_parse(xml, strlen(xml), rec_cb, &r, err);
    rmq_wbuf_put_u8(&r.log, 0);
    return (const char *)r.log.data;
}

static void test_documents(void **state)
{
    (void)state;
    int rc;
    rmq_err_t err = {0};
    const char *doc = "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                      "<Name>b</Name><!-- a comment <with> tags -->"
                      "<Contents><Key>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos;</Key>"
                      "<Size>12</Size></Contents>"
                      "<Contents><Key>&#233;&#xE9;&#x65E5;&#x1F600;</Key><Size>0</Size>"
                      "</Contents>"
                      "<Empty/><Attr a='1' b = \"x>y\" ></Attr>"
                      "<C><![CDATA[<raw> & ]]]></C>"
                      "<IsTruncated>false</IsTruncated></ListBucketResult>\n";
    const char *log = parse_log(doc, &rc, &err);
    assert_int_equal(rc, 0);
    assert_string_equal(log, "S ListBucketResult\n"
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
                             "S ListBucketResult/Attr\n"
                             "E ListBucketResult/Attr=\n"
                             "S ListBucketResult/C\n"
                             "E ListBucketResult/C=<raw> & ]\n"
                             "S ListBucketResult/IsTruncated\n"
                             "E ListBucketResult/IsTruncated=false\n"
                             "E ListBucketResult=\n");
    log = parse_log("<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature "
                    "we calculated does not match</Message></Error>",
                    &rc, &err);
    assert_int_equal(rc, 0);
    assert_non_null(strstr(log, "E Error/Code=SignatureDoesNotMatch\n"));
}

static int stop_cb(void *opaque, rmq_xml_event_t ev, const char *path, const char *text, size_t len)
{
    (void)opaque, (void)text, (void)len;
    return ev == RMQ_XML_END && strcmp(path, "a/b") == 0 ? 42 : 0;
}

static void test_hostile(void **state)
{
    (void)state;
    static const char *bad[] = {
        "",
        "   ",
        "text",
        "<a>",
        "<a></b>",
        "<a><b></a></b>",
        "</a>",
        "<a/><b/>",
        "<a/>trailing",
        "x<a/>",
        "<!DOCTYPE a [<!ENTITY e \"boom\">]><a>&e;</a>",
        "<a>&e;</a>",
        "<a>&amp</a>",
        "<a>&#0;</a>",
        "<a>&#xD800;</a>",
        "<a>&#x110000;</a>",
        "<a>&#99999999999999999999;</a>",
        "<a>&#;</a>",
        "<a>&#x;</a>",
        "<a>&#12a;</a>",
        "<a><!-- never closed </a>",
        "<a><![CDATA[ never closed </a>",
        "<?xml never closed",
        "<a b></a>",
        "<a b=></a>",
        "<a b=\"1></a>",
        "<a b=\"<\"></a>",
        "<a b=\"1\"c=\"2\"></a>",
        "<a/ >",
        "<1a></1a>",
        "<a></a >x",
        "<>",
        "<a",
        "<a></",
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++) {
        int rc;
        rmq_err_t err = {0};
        parse_log(bad[i], &rc, &err);
        if (rc != RMQ_ECORRUPT)
            print_error("input %zu '%s': rc %d\n", i, bad[i], rc);
        assert_int_equal(rc, RMQ_ECORRUPT);
        assert_non_null(strstr(err.msg, "malformed XML at byte"));
    }
    /* A NUL byte inside text. */
    rmq_err_t err = {0};
    rec_t r = {0};
    rmq_wbuf_init(&r.log, 64);
    assert_int_equal(rmq_xml_parse("<a>x\0y</a>", 10, rec_cb, &r, &err), RMQ_ECORRUPT);
    /* Nesting and size limits. */
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 1024);
    for (int i = 0; i < RMQ_XML_MAX_DEPTH + 1; i++)
        rmq_wbuf_append(&wb, "<d>", 3);
    assert_int_equal(rmq_xml_parse((char *)wb.data, wb.len, rec_cb, &r, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "deep"));
    rmq_wbuf_reset(&wb);
    rmq_wbuf_put_u8(&wb, '<');
    for (int i = 0; i < 300; i++)
        rmq_wbuf_put_u8(&wb, 'n');
    rmq_wbuf_append(&wb, "/>", 2);
    assert_int_equal(rmq_xml_parse((char *)wb.data, wb.len, rec_cb, &r, &err), RMQ_ECORRUPT);
    rmq_wbuf_reset(&wb);
    for (int i = 0; i < 8; i++) /* 8 x 200-byte names: path over 1024 bytes */
        for (int k = 0; k < 202; k++)
            rmq_wbuf_put_u8(&wb, (uint8_t)(k == 0 ? '<' : k == 201 ? '>' : 'a' + i));
    assert_int_equal(rmq_xml_parse((char *)wb.data, wb.len, rec_cb, &r, &err), RMQ_ECORRUPT);
    assert_non_null(strstr(err.msg, "path"));
    rmq_wbuf_release(&wb);
    rmq_wbuf_release(&r.log);
    /* The callback can stop the parse. */
    assert_int_equal(rmq_xml_parse("<a><b/><c/></a>", 15, stop_cb, NULL, NULL), 42);
}

static int count_cb(void *opaque, rmq_xml_event_t ev, const char *path, const char *text,
                    size_t len)
{
    (void)ev;
    size_t *n = opaque;
    *n += strlen(path) + (text ? strlen(text) : 0);
    assert_true(text == NULL || strlen(text) <= len);
    return 0;
}

static void test_mutations(void **state)
{
    (void)state;
    const char *seed = "<?xml version=\"1.0\"?><ListBucketResult><Name>b</Name>"
                       "<Contents><Key>k&amp;1 &#x41;</Key><Size>5</Size></Contents>"
                       "<IsTruncated>true</IsTruncated><NextContinuationToken>t/+=</"
                       "NextContinuationToken><X a=\"1\"/><![CDATA[z]]></ListBucketResult>";
    size_t n = strlen(seed);
    char *buf = rmq_malloc(n + 8);
    uint64_t x = 0x9e3779b97f4a7c15ull;
    int ok = 0, corrupt = 0;
    static const char alphabet[] = "<>/&;#x=\"' !-[]?aZ09\0\xff";
    for (int iter = 0; iter < 20000; iter++) {
        memcpy(buf, seed, n);
        size_t len = n;
        int edits = 1 + (int)(x % 4);
        for (int e = 0; e < edits; e++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            size_t at = (size_t)(x % len);
            char c = alphabet[(x >> 20) % (sizeof(alphabet) - 1)];
            switch ((x >> 40) % 3) {
            case 0:
                buf[at] = c;
                break;
            case 1: /* delete */
                memmove(buf + at, buf + at + 1, len - at - 1);
                len--;
                break;
            default: /* truncate */
                len = at + 1;
            }
            if (len < 2)
                break;
        }
        size_t sink = 0;
        rmq_err_t err = {0};
        int rc = rmq_xml_parse(buf, len, count_cb, &sink, &err);
        assert_true(rc == 0 || rc == RMQ_ECORRUPT);
        ok += rc == 0;
        corrupt += rc == RMQ_ECORRUPT;
    }
    free(buf);
    assert_true(ok > 0 && corrupt > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_documents),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests_name("xml", tests, NULL, NULL);
}
