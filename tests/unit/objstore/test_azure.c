/*
 * Tests for the Azure backend's readers of outside bytes (src/objstore/azure.c: List Blobs
 * pages, error bodies, Content-Range, connection strings) and for its option checks. No
 * server is needed: the backend against Azurite is tests/unit/objstore/conformance_azure.
 */
#include <setjmp.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "objstore/azure_int.h"
#include "common/mem.h"

#define DEV_KEY                                                                                    \
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

static void test_u64_and_content_range(void **state)
{
    (void)state;
    uint64_t v;
    assert_int_equal(rmq_azure_parse_u64("0", &v), 0);
    assert_int_equal(v, 0);
    assert_int_equal(rmq_azure_parse_u64("18446744073709551615", &v), 0);
    assert_true(v == UINT64_MAX);
    const char *bad[] = {"18446744073709551616",   "", "-1", "+1", " 1", "1 ", "1a", "0x10",
                         "99999999999999999999999"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++)
        assert_int_equal(rmq_azure_parse_u64(bad[i], &v), RMQ_ECORRUPT);
    assert_int_equal(rmq_azure_parse_u64(NULL, &v), RMQ_ECORRUPT);

    uint64_t a, b, t;
    assert_int_equal(rmq_azure_parse_content_range("bytes 0-3/10", &a, &b, &t), 0);
    assert_true(a == 0 && b == 3 && t == 10);
    assert_int_equal(rmq_azure_parse_content_range("bytes 9-9/10", &a, &b, &t), 0);
    const char *badcr[] = {"bytes 3-2/10",
                           "bytes 0-10/10",
                           "bytes 0--1/0",
                           "bytes */10",
                           "bytes 0-3",
                           "bytes 0-3/10x",
                           "bytes 0-3/",
                           "Bytes 0-3/10",
                           "bytes -3/10",
                           "bytes 0-3/-1",
                           "bytes 0 -3/10",
                           "",
                           "bytes 0-3/123456789012345678901234"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(badcr); i++)
        if (rmq_azure_parse_content_range(badcr[i], &a, &b, &t) != RMQ_ECORRUPT)
            fail_msg("Content-Range '%s' was accepted", badcr[i]);
    assert_int_equal(rmq_azure_parse_content_range(NULL, &a, &b, &t), RMQ_ECORRUPT);
}

static void test_error_body(void **state)
{
    (void)state;
    char code[RMQ_AZURE_CODE_MAX], msg[RMQ_AZURE_MSG_MAX];
    const char *body = "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"utf-8\"?><Error>"
                       "<Code>AuthenticationFailed</Code><Message>Server failed to "
                       "authenticate the request.\nRequestId:abc\nTime:2023</Message></Error>";
    rmq_azure_parse_error(body, strlen(body), code, msg);
    assert_string_equal(code, "AuthenticationFailed");
    assert_string_equal(msg, "Server failed to authenticate the request.");
    /* Not an error document, garbage, nothing: empty, never a failure. */
    const char *others[] = {"<EnumerationResults/>", "<Error><Code>x</Error>", "garbage", ""};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(others); i++) {
        rmq_azure_parse_error(others[i], strlen(others[i]), code, msg);
        assert_string_equal(code, "");
        assert_string_equal(msg, "");
    }
    rmq_azure_parse_error(NULL, 0, code, msg);
    assert_string_equal(code, "");
    /* Overlong fields are cut to their buffers. */
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 4096);
    rmq_wbuf_append(&wb, "<Error><Code>", 13);
    for (int i = 0; i < 200; i++)
        rmq_wbuf_put_u8(&wb, 'C');
    rmq_wbuf_append(&wb, "</Code><Message>", 16);
    for (int i = 0; i < 1000; i++)
        rmq_wbuf_put_u8(&wb, 'M');
    rmq_wbuf_append(&wb, "</Message></Error>", 18);
    rmq_azure_parse_error(wb.data, wb.len, code, msg);
    assert_int_equal(strlen(code), RMQ_AZURE_CODE_MAX - 1);
    assert_int_equal(strlen(msg), RMQ_AZURE_MSG_MAX - 1);
    rmq_wbuf_release(&wb);
}

static const char page[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<EnumerationResults ServiceEndpoint=\"http://127.0.0.1:10000/devstoreaccount1\" "
    "ContainerName=\"c\"><Prefix>p/</Prefix><MaxResults>3</MaxResults><Blobs>"
    "<Blob><Name>p/a</Name><Properties><Content-Length>5</Content-Length></Properties></Blob>"
    "<Blob><Name Encoded=\"true\">p/b%20c</Name><Properties><Content-Length>0</Content-Length>"
    "</Properties></Blob>"
    "<Blob><Name>p/caf&#233;</Name><Properties><Etag>x</Etag>"
    "<Content-Length>18446744073709551615</Content-Length></Properties></Blob>"
    "</Blobs><NextMarker>2!8!cC9jYWbDqQ--</NextMarker></EnumerationResults>";

static void test_list_page(void **state)
{
    (void)state;
    rmq_objstore_list_t l;
    rmq_err_t err = {0};
    assert_int_equal(rmq_azure_parse_list(page, strlen(page), "p/", 3, &l, &err), 0);
    assert_int_equal(l.count, 3);
    assert_string_equal(l.entries[0].key, "p/a");
    assert_int_equal(l.entries[0].size, 5);
    assert_string_equal(l.entries[1].key, "p/b c");
    assert_int_equal(l.entries[1].size, 0);
    assert_string_equal(l.entries[2].key, "p/caf\xc3\xa9");
    assert_true(l.entries[2].size == UINT64_MAX);
    assert_string_equal(l.next_token, "2!8!cC9jYWbDqQ--");
    rmq_objstore_list_release(&l);
    /* The last page: no NextMarker, or an empty one. No Blobs at all is an empty page. */
    const char *last[] = {"<EnumerationResults><Blobs/><NextMarker/></EnumerationResults>",
                          "<EnumerationResults><Blobs></Blobs></EnumerationResults>",
                          "<EnumerationResults/>"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(last); i++) {
        assert_int_equal(rmq_azure_parse_list(last[i], strlen(last[i]), "", 10, &l, &err), 0);
        assert_int_equal(l.count, 0);
        assert_null(l.next_token);
        rmq_objstore_list_release(&l);
    }
    /* Names that are not valid keys are not ours: skipped, not an error. */
    const char *foreign = "<EnumerationResults><Blobs>"
                          "<Blob><Name>/abs</Name><Properties><Content-Length>1</Content-Length>"
                          "</Properties></Blob>"
                          "<Blob><Name>a//b</Name><Properties><Content-Length>1</Content-Length>"
                          "</Properties></Blob>"
                          "<Blob><Name>ok</Name><Properties><Content-Length>1</Content-Length>"
                          "</Properties></Blob>"
                          "<Blob><Name Encoded='true'>x%7F</Name><Properties><Content-Length>1"
                          "</Content-Length></Properties></Blob>"
                          "</Blobs></EnumerationResults>";
    assert_int_equal(rmq_azure_parse_list(foreign, strlen(foreign), "", 10, &l, &err), 0);
    assert_int_equal(l.count, 1);
    assert_string_equal(l.entries[0].key, "ok");
    rmq_objstore_list_release(&l);
}

#define BLOB(name, len)                                                                            \
    "<Blob><Name>" name "</Name><Properties><Content-Length>" len "</Content-Length>"              \
    "</Properties></Blob>"

static void test_list_refused(void **state)
{
    (void)state;
    const struct {
        const char *what, *prefix, *doc;
        uint32_t max;
    } bad[] = {
        {"not XML", "", "EnumerationResults", 10},
        {"wrong root", "", "<Error><Code>x</Code></Error>", 10},
        {"outside the prefix", "p/",
         "<EnumerationResults><Blobs>" BLOB("q/1", "1") "</Blobs></EnumerationResults>", 10},
        {"out of order", "",
         "<EnumerationResults><Blobs>" BLOB("b", "1")
             BLOB("a", "1") "</Blobs></EnumerationResults>",
         10},
        {"duplicate", "",
         "<EnumerationResults><Blobs>" BLOB("a", "1")
             BLOB("a", "1") "</Blobs></EnumerationResults>",
         10},
        {"more than asked", "",
         "<EnumerationResults><Blobs>" BLOB("a", "1")
             BLOB("b", "1") "</Blobs></EnumerationResults>",
         1},
        {"no size", "",
         "<EnumerationResults><Blobs><Blob><Name>a</Name></Blob>"
         "</Blobs></EnumerationResults>",
         10},
        {"bad size", "",
         "<EnumerationResults><Blobs>" BLOB("a", "12a") "</Blobs></EnumerationResults>", 10},
        {"negative size", "",
         "<EnumerationResults><Blobs>" BLOB("a", "-1") "</Blobs></EnumerationResults>", 10},
        {"huge size", "",
         "<EnumerationResults><Blobs>" BLOB("a",
                                            "18446744073709551616") "</Blobs></EnumerationResults>",
         10},
        {"no name", "",
         "<EnumerationResults><Blobs><Blob><Properties><Content-Length>1"
         "</Content-Length></Properties></Blob></Blobs></EnumerationResults>",
         10},
        {"bad escape", "",
         "<EnumerationResults><Blobs><Blob><Name Encoded='true'>a%zz</Name>"
         "<Properties><Content-Length>1</Content-Length></Properties></Blob>"
         "</Blobs></EnumerationResults>",
         10},
        {"escaped NUL", "",
         "<EnumerationResults><Blobs><Blob><Name Encoded='true'>a%00b</Name>"
         "<Properties><Content-Length>1</Content-Length></Properties></Blob>"
         "</Blobs></EnumerationResults>",
         10},
        {"truncated", "", "<EnumerationResults><Blobs>" BLOB("a", "1"), 10},
        {"two names", "",
         "<EnumerationResults><Blobs><Blob><Name>a</Name><Name>b</Name>"
         "<Properties><Content-Length>1</Content-Length></Properties></Blob>"
         "</Blobs></EnumerationResults>",
         10},
        {"two sizes", "",
         "<EnumerationResults><Blobs><Blob><Name>a</Name>"
         "<Properties><Content-Length>1</Content-Length><Content-Length>2</Content-Length>"
         "</Properties></Blob></Blobs></EnumerationResults>",
         10},
        {"more than asked, all skipped", "",
         "<EnumerationResults><Blobs>" BLOB("/x", "1")
             BLOB("/y", "1") "</Blobs></EnumerationResults>",
         1},
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++) {
        rmq_objstore_list_t l;
        rmq_err_t err = {0};
        int rc = rmq_azure_parse_list(bad[i].doc, strlen(bad[i].doc), bad[i].prefix, bad[i].max, &l,
                                      &err);
        if (rc != RMQ_ECORRUPT)
            fail_msg("%s: want RMQ_ECORRUPT, got %d", bad[i].what, rc);
        assert_int_equal(l.count, 0);
        assert_null(l.entries);
        assert_null(l.next_token);
        assert_non_null(strstr(err.msg, "azure list"));
        /* Regression: without an err to fill, a refused page was reported as an empty one. */
        assert_int_equal(rmq_azure_parse_list(bad[i].doc, strlen(bad[i].doc), bad[i].prefix,
                                              bad[i].max, &l, NULL),
                         RMQ_ECORRUPT);
        assert_null(l.entries);
    }
}

/* Byte mutations of a page: an error or a valid page, never a crash or a leak. */
static void test_list_mutations(void **state)
{
    (void)state;
    size_t n = strlen(page);
    uint64_t x = 0x853c49e6748fea9bull;
    unsigned ok = 0;
    for (int round = 0; round < 2000; round++) {
        char *copy = rmq_malloc(n);
        memcpy(copy, page, n);
        for (int f = 0; f < 1 + round % 3; f++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            copy[x % n] = (char)(x >> 40);
        }
        rmq_objstore_list_t l;
        int rc = rmq_azure_parse_list(copy, n, "p/", 3, &l, NULL);
        assert_true(rc == 0 || rc == RMQ_ECORRUPT);
        if (rc == 0) {
            ok++;
            assert_true(l.count <= 3);
            for (size_t i = 0; i < l.count; i++) {
                assert_int_equal(rmq_objstore_check_key(NULL, l.entries[i].key, NULL), 0);
                assert_int_equal(strncmp(l.entries[i].key, "p/", 2), 0);
                if (i > 0)
                    assert_true(strcmp(l.entries[i - 1].key, l.entries[i].key) < 0);
            }
        }
        rmq_objstore_list_release(&l);
        free(copy);
    }
    assert_true(ok > 0);
}

static void test_conn_string(void **state)
{
    (void)state;
    rmq_azure_conn_t c;
    rmq_err_t err = {0};
    assert_int_equal(rmq_azure_parse_conn_string("DefaultEndpointsProtocol=http;AccountName="
                                                 "acct;AccountKey=" DEV_KEY
                                                 ";BlobEndpoint=http://127.0.0.1:10000/acct;"
                                                 "QueueEndpoint=http://127.0.0.1:10001/acct;",
                                                 &c, &err),
                     0);
    assert_string_equal(c.account, "acct");
    assert_string_equal(c.key, DEV_KEY); /* '=' inside a value stays */
    assert_string_equal(c.endpoint, "http://127.0.0.1:10000/acct");
    assert_int_equal(rmq_azure_parse_conn_string("accountname=a1;ACCOUNTKEY=k;;", &c, &err), 0);
    assert_string_equal(c.account, "a1");
    assert_string_equal(c.endpoint, "https://a1.blob.core.windows.net");
    assert_int_equal(rmq_azure_parse_conn_string("AccountName=a2;AccountKey=k;EndpointSuffix="
                                                 "core.chinacloudapi.cn;"
                                                 "DefaultEndpointsProtocol=http",
                                                 &c, &err),
                     0);
    assert_string_equal(c.endpoint, "http://a2.blob.core.chinacloudapi.cn");
    assert_int_equal(rmq_azure_parse_conn_string("UseDevelopmentStorage=true", &c, &err), 0);
    assert_string_equal(c.account, "devstoreaccount1");
    assert_string_equal(c.key, DEV_KEY);
    assert_string_equal(c.endpoint, "http://127.0.0.1:10000/devstoreaccount1");
    assert_int_equal(rmq_azure_parse_conn_string("", &c, &err), 0);
    assert_string_equal(c.account, "");
    assert_string_equal(c.endpoint, "");
    /* Malformed: a part without '=', a value too long, a bad protocol. */
    assert_int_equal(rmq_azure_parse_conn_string("AccountName=a;garbage", &c, &err), RMQ_EINVAL);
    char longkey[1024] = "AccountName=a;AccountKey=";
    memset(longkey + strlen(longkey), 'k', 700);
    longkey[sizeof(longkey) - 1] = '\0';
    memset(&err, 0, sizeof(err));
    assert_int_equal(rmq_azure_parse_conn_string(longkey, &c, &err), RMQ_EINVAL);
    assert_null(strstr(err.msg, "kkkk")); /* keys never land in messages */
    assert_int_equal(
        rmq_azure_parse_conn_string("AccountName=a;DefaultEndpointsProtocol=ftp", &c, &err),
        RMQ_EINVAL);
}

/* ---- open: option checks and the environment, without a server ---- */

static void clear_env(void)
{
    unsetenv("AZURE_STORAGE_ACCOUNT");
    unsetenv("AZURE_STORAGE_KEY");
    unsetenv("AZURE_STORAGE_CONNECTION_STRING");
}

static void base_opts(rmq_objstore_azure_opts_t *o)
{
    rmq_objstore_azure_opts_init(o);
    o->endpoint = "http://127.0.0.1:1/devstoreaccount1";
    o->account = "devstoreaccount1";
    o->key = DEV_KEY;
    o->container = "c-1";
    o->create_container = 0; /* no request at open */
}

static void expect_open(const rmq_objstore_azure_opts_t *o, int want, const char *what)
{
    rmq_objstore_t *st = NULL;
    rmq_err_t err = {0};
    int rc = rmq_objstore_azure_open(o, &st, &err);
    if (rc != want)
        fail_msg("%s: want %d, got %d (%s)", what, want, rc, err.msg);
    if (rc == 0) {
        assert_string_equal(rmq_objstore_backend(st), "azure");
        assert_int_equal(rmq_objstore_key_max(st), RMQ_OBJSTORE_KEY_MAX);
        rmq_objstore_close(st);
    } else {
        assert_null(st);
        assert_true(err.msg[0] != '\0');
        assert_null(strstr(err.msg, DEV_KEY));
    }
}

static void test_open_options(void **state)
{
    (void)state;
    clear_env();
    rmq_objstore_azure_opts_t o;
    base_opts(&o);
    expect_open(&o, 0, "valid");
    o.endpoint = "https://example.invalid/";
    expect_open(&o, 0, "host with trailing slash");
    o.endpoint = NULL;
    expect_open(&o, 0, "default endpoint");
    const char *endpoints[] = {"ftp://x",       "http://",        "http:///path",
                               "127.0.0.1:100", "http://h/pa th", "http://h/a?b",
                               "http://u@h/",   "http://h/a%20b", "http://h/\"x"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(endpoints); i++) {
        base_opts(&o);
        o.endpoint = endpoints[i];
        expect_open(&o, RMQ_EINVAL, endpoints[i]);
    }
    const char *containers[] = {
        "ab",  "Abc", "a--b",
        "-ab", "ab-", "a_b",
        "a.b", NULL,  "0123456789012345678901234567890123456789012345678901234567890123"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(containers); i++) {
        base_opts(&o);
        o.container = containers[i];
        expect_open(&o, RMQ_EINVAL, containers[i] ? containers[i] : "(null)");
    }
    base_opts(&o);
    o.block_size = 1000;
    expect_open(&o, RMQ_EINVAL, "tiny blocks");
    base_opts(&o);
    o.key = "not base64!";
    expect_open(&o, RMQ_EINVAL, "bad key");
    base_opts(&o);
    o.account = "a/b";
    expect_open(&o, RMQ_EINVAL, "bad account");
    base_opts(&o);
    o.key = NULL;
    expect_open(&o, RMQ_EINVAL, "no key anywhere");
    expect_open(NULL, RMQ_EINVAL, "no options");
}

static void test_open_env(void **state)
{
    (void)state;
    clear_env();
    rmq_objstore_azure_opts_t o;
    base_opts(&o);
    o.account = o.key = NULL;
    setenv("AZURE_STORAGE_ACCOUNT", "devstoreaccount1", 1);
    setenv("AZURE_STORAGE_KEY", DEV_KEY, 1);
    expect_open(&o, 0, "account and key from the environment");
    setenv("AZURE_STORAGE_KEY", "###", 1);
    expect_open(&o, RMQ_EINVAL, "bad key from the environment");
    clear_env();
    setenv("AZURE_STORAGE_CONNECTION_STRING", "UseDevelopmentStorage=true", 1);
    o.endpoint = NULL;
    expect_open(&o, 0, "connection string");
    setenv("AZURE_STORAGE_CONNECTION_STRING", "AccountName=x;junk", 1);
    expect_open(&o, RMQ_EINVAL, "malformed connection string");
    clear_env();
}

/* Nothing listens: connection refused is retried up to max_attempts, then reported. */
static void test_refused_connection(void **state)
{
    (void)state;
    clear_env();
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof(a);
    assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof(a)), 0);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&a, &len), 0);
    close(fd); /* the port is now (very likely) closed */
    char ep[64];
    snprintf(ep, sizeof(ep), "http://127.0.0.1:%d/devstoreaccount1", ntohs(a.sin_port));
    rmq_objstore_azure_opts_t o;
    base_opts(&o);
    o.endpoint = ep;
    o.common.retry.base_backoff_ms = 1;
    o.common.retry.max_backoff_ms = 2;
    rmq_objstore_t *st = NULL;
    assert_int_equal(rmq_objstore_azure_open(&o, &st, NULL), 0);
    rmq_err_t err = {0};
    assert_int_equal(rmq_objstore_put_sync(st, "k", "v", 1, 0, &err), -ECONNREFUSED);
    assert_non_null(strstr(err.msg, "azure put k"));
    rmq_objstore_metrics_t m;
    rmq_objstore_metrics(st, &m);
    assert_int_equal(m.op[RMQ_OBJSTORE_OP_PUT].retries, 3);
    rmq_objstore_close(st);
    /* And at open, creating the container: the same error, after the same attempts. */
    o.create_container = 1;
    st = NULL;
    assert_int_equal(rmq_objstore_azure_open(&o, &st, &err), -ECONNREFUSED);
    assert_null(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_u64_and_content_range),
        cmocka_unit_test(test_error_body),
        cmocka_unit_test(test_list_page),
        cmocka_unit_test(test_list_refused),
        cmocka_unit_test(test_list_mutations),
        cmocka_unit_test(test_conn_string),
        cmocka_unit_test(test_open_options),
        cmocka_unit_test(test_open_env),
        cmocka_unit_test(test_refused_connection),
    };
    return cmocka_run_group_tests_name("azure", tests, NULL, NULL);
}
