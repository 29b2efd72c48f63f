/*
 * Tests for the Azure SharedKey signer (src/objstore/azsign.c).
 *
 * The expected strings to sign were written by hand from the rules in azsign.h; the expected
 * Authorization values were computed with tests/unit/objstore/azsign_ref.py (Python's hmac,
 * hashlib and base64, written independently of azsign.c). The same script also cross-checks
 * these vectors and a batch of generated requests at run time, when /usr/bin/python3 exists.
 */
#include <setjmp.h>
#include <cmocka.h>

#include "objstore/azsign.h"
#include "common/mem.h"

/* Azurite's well-known development account (public, from the emulator's documentation). */
#define DEV_ACCOUNT "devstoreaccount1"
#define DEV_KEY                                                                                    \
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
#define D "Mon, 27 Nov 2023 04:08:00 GMT"
#define V "2021-08-06"

#define MAXH 8

typedef struct vec {
    const char *what;
    const char *method, *path, *query;
    rmq_azsign_hdr_t hdrs[MAXH];
    const char *sts;
    const char *auth;
} vec_t;

static const vec_t vecs[] = {
    {"put blob, conditional",
     "PUT",
     "/devstoreaccount1/rmq/seg/0001.obj",
     NULL,
     {{"Content-Length", "11"},
      {"Content-Type", "application/octet-stream"},
      {"If-None-Match", "*"},
      {"x-ms-blob-type", "BlockBlob"},
      {"x-ms-date", D},
      {"x-ms-version", V}},
     "PUT\n\n\n11\n\napplication/octet-stream\n\n\n\n*\n\n\n"
     "x-ms-blob-type:BlockBlob\nx-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/seg/0001.obj",
     "SharedKey devstoreaccount1:5dJtz0KyQJ/wG9el32u0JPPOmOto14qlfbk/opAdpq0="},
    {"put block (blockid is escaped base64)",
     "PUT",
     "/devstoreaccount1/rmq/big",
     "comp=block&blockid=MDAwMDE%3D",
     {{"Content-Length", "4194304"}, {"x-ms-date", D}, {"x-ms-version", V}},
     "PUT\n\n\n4194304\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/big\nblockid:MDAwMDE=\ncomp:block",
     "SharedKey devstoreaccount1:/2EFyPRn/pk4yF+UJPnIBDNKEqb86e1QowkCCi15nLs="},
    {"put block list",
     "PUT",
     "/devstoreaccount1/rmq/big",
     "comp=blocklist",
     {{"Content-Length", "58"},
      {"Content-Type", "application/xml"},
      {"If-None-Match", "*"},
      {"x-ms-date", D},
      {"x-ms-version", V}},
     "PUT\n\n\n58\n\napplication/xml\n\n\n\n*\n\n\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/big\ncomp:blocklist",
     "SharedKey devstoreaccount1:oZzMfqGqBc2rrRDRnAWBYMCzmI45WFc5a3aVVLzSCek="},
    {"list blobs, empty prefix and marker",
     "GET",
     "/devstoreaccount1/rmq",
     "restype=container&comp=list&prefix=&marker=&maxresults=7",
     {{"x-ms-date", D}, {"x-ms-version", V}},
     "GET\n\n\n\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq\ncomp:list\nmarker:\nmaxresults:7\nprefix:\n"
     "restype:container",
     "SharedKey devstoreaccount1:xu+jO5S/ehHdx7v/GTxiXPmjv1t67oTOJfQNa/OUzPQ="},
    {"unicode blob name, x-ms-range",
     "GET",
     "/devstoreaccount1/rmq/caf%C3%A9/%C3%BC%20b%2Bc",
     NULL,
     {{"x-ms-range", "bytes=3-6"}, {"x-ms-date", D}, {"x-ms-version", V}},
     "GET\n\n\n\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-range:bytes=3-6\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/caf%C3%A9/%C3%BC%20b%2Bc",
     "SharedKey devstoreaccount1:RJQh0KzMu2E+7jWUcaem0J8grOKsYCh4JToEI7wLUa0="},
    {"standard Range, If-Match, If-Unmodified-Since (any case)",
     "GET",
     "/devstoreaccount1/rmq/r",
     NULL,
     {{"rAnGe", "bytes=0-99"},
      {"If-Match", "\"0x8DBEEF\""},
      {"If-Unmodified-Since", D},
      {"x-ms-date", D},
      {"x-ms-version", V}},
     "GET\n\n\n\n\n\n\n\n\"0x8DBEEF\"\n\n" D "\nbytes=0-99\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/r",
     "SharedKey devstoreaccount1:/itFGpBDZJrqVaJKOGpke2uYcjajvXeFA9vF9QrrY9I="},
    {"Content-Length 0 signs as empty",
     "DELETE",
     "/devstoreaccount1/rmq/d",
     NULL,
     {{"Content-Length", "0"}, {"x-ms-date", D}, {"x-ms-version", V}},
     "DELETE\n\n\n\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq/d",
     "SharedKey devstoreaccount1:UcJeKLraqefgVe+t1TuOrV9OsrrDTBLx9ylPikY7tGE="},
    {"repeated and mixed-case query names, header case and blanks",
     "GET",
     "/devstoreaccount1/rmq",
     "restype=container&Comp=list&include=snapshots&include=metadata&prefix=a%2Fb%20c+d",
     {{"X-MS-DATE", D}, {"x-ms-Meta-Note", "  a   b \t \"x  y\"  "}, {"x-ms-version", V}},
     "GET\n\n\n\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-meta-note:a b \"x  y\"\nx-ms-version:" V "\n"
     "/devstoreaccount1/devstoreaccount1/rmq\ncomp:list\ninclude:metadata,snapshots\n"
     "prefix:a/b c d\nrestype:container",
     "SharedKey devstoreaccount1:KCPP3SYHwR2bKix9qR+cLx3VYuTBCoeN6bEjbdjEYNk="},
    {"account level, empty path",
     "GET",
     "",
     "comp=list",
     {{"x-ms-date", D}, {"x-ms-version", V}},
     "GET\n\n\n\n\n\n\n\n\n\n\n\n"
     "x-ms-date:" D "\nx-ms-version:" V "\n"
     "/devstoreaccount1/\ncomp:list",
     "SharedKey devstoreaccount1:MnzHYEPDV8EHrPgjuHrD8jYFyxmDhPIE5O7A6A/2gQs="},
};

static size_t nhdrs(const rmq_azsign_hdr_t *h)
{
    size_t n = 0;
    while (n < MAXH && h[n].name != NULL)
        n++;
    return n;
}

static rmq_azsign_req_t vec_req(const vec_t *v)
{
    rmq_azsign_req_t r = {.method = v->method,
                          .account = DEV_ACCOUNT,
                          .path = v->path,
                          .query = v->query,
                          .hdrs = v->hdrs,
                          .nhdrs = nhdrs(v->hdrs)};
    return r;
}

static void dev_key(uint8_t *key, size_t *keylen)
{
    assert_int_equal(rmq_azsign_key_decode(DEV_KEY, key, keylen, NULL), 0);
    assert_int_equal(*keylen, 64);
}

static void test_vectors(void **state)
{
    (void)state;
    uint8_t key[RMQ_AZSIGN_KEY_MAX];
    size_t keylen;
    dev_key(key, &keylen);
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(vecs); i++) {
        const vec_t *v = &vecs[i];
        rmq_azsign_req_t r = vec_req(v);
        rmq_wbuf_t sts;
        rmq_wbuf_init(&sts, 64);
        rmq_err_t err = {0};
        assert_int_equal(rmq_azsign_string_to_sign(&r, &sts, &err), 0);
        rmq_wbuf_put_u8(&sts, '\0');
        if (strcmp((char *)sts.data, v->sts) != 0)
            fail_msg("%s: string to sign\n got: %s\nwant: %s", v->what, (char *)sts.data, v->sts);
        rmq_wbuf_release(&sts);
        char auth[128];
        assert_int_equal(rmq_azsign_authorization(key, keylen, &r, auth, sizeof(auth), &err), 0);
        if (strcmp(auth, v->auth) != 0)
            fail_msg("%s: authorization\n got: %s\nwant: %s", v->what, auth, v->auth);
        /* Too small a buffer is an error, not a truncated header. */
        assert_int_equal(rmq_azsign_authorization(key, keylen, &r, auth, 40, &err), RMQ_EINVAL);
    }
}

static void expect_refused(const char *what, rmq_azsign_req_t r)
{
    rmq_wbuf_t sts;
    rmq_wbuf_init(&sts, 64);
    rmq_err_t err = {0};
    int rc = rmq_azsign_string_to_sign(&r, &sts, &err);
    if (rc != RMQ_EINVAL)
        fail_msg("%s: want RMQ_EINVAL, got %d", what, rc);
    assert_true(err.msg[0] != '\0');
    assert_int_equal(sts.len, 0); /* nothing half-written */
    rmq_wbuf_release(&sts);
}

static void test_refused(void **state)
{
    (void)state;
    rmq_azsign_hdr_t dup_std[] = {{"Content-Length", "1"}, {"content-length", "2"}};
    rmq_azsign_hdr_t dup_ms[] = {{"x-ms-date", D}, {"X-MS-Date", D}};
    rmq_azsign_hdr_t crlf[] = {{"x-ms-meta-a", "a\r\nx-ms-evil: 1"}};
    rmq_azsign_hdr_t lf_std[] = {{"Content-Type", "a\nb"}};
    rmq_azsign_hdr_t sp_name[] = {{"x-ms meta", "a"}};
    rmq_azsign_hdr_t colon_name[] = {{"x-ms-a:b", "a"}};
    rmq_azsign_hdr_t empty_name[] = {{"", "a"}};
    rmq_azsign_hdr_t null_val[] = {{"x-ms-a", NULL}};
    const struct {
        const char *what;
        rmq_azsign_req_t r;
    } bad[] = {
        {"duplicate standard header", {"PUT", "a", "/c/b", NULL, dup_std, 2}},
        {"duplicate x-ms header", {"PUT", "a", "/c/b", NULL, dup_ms, 2}},
        {"CRLF in a value", {"PUT", "a", "/c/b", NULL, crlf, 1}},
        {"LF in a standard value", {"PUT", "a", "/c/b", NULL, lf_std, 1}},
        {"space in a name", {"PUT", "a", "/c/b", NULL, sp_name, 1}},
        {"colon in a name", {"PUT", "a", "/c/b", NULL, colon_name, 1}},
        {"empty name", {"PUT", "a", "/c/b", NULL, empty_name, 1}},
        {"NULL value", {"PUT", "a", "/c/b", NULL, null_val, 1}},
        {"bad escape", {"GET", "a", "/c", "comp=%zz", NULL, 0}},
        {"truncated escape", {"GET", "a", "/c", "comp=list%2", NULL, 0}},
        {"escape at the end", {"GET", "a", "/c", "comp=%", NULL, 0}},
        {"escaped NUL", {"GET", "a", "/c", "prefix=a%00b", NULL, 0}},
        {"escaped NUL in a name", {"GET", "a", "/c", "%00=1", NULL, 0}},
        {"empty parameter name", {"GET", "a", "/c", "=1", NULL, 0}},
        {"newline in a name", {"GET", "a", "/c", "a%0Ab=1", NULL, 0}},
        {"relative path", {"GET", "a", "c/b", NULL, NULL, 0}},
        {"no method", {NULL, "a", "/c", NULL, NULL, 0}},
        {"empty method", {"", "a", "/c", NULL, NULL, 0}},
        {"no account", {"GET", NULL, "/c", NULL, NULL, 0}},
        {"empty account", {"GET", "", "/c", NULL, NULL, 0}},
    };
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++)
        expect_refused(bad[i].what, bad[i].r);
}

static void test_query_edges(void **state)
{
    (void)state;
    /* Empty pieces are skipped, a name without '=' has an empty value, later '=' stay. */
    rmq_azsign_req_t r = {"GET", "acct", "/c", "&&b&a=x=y&&", NULL, 0};
    rmq_wbuf_t sts;
    rmq_wbuf_init(&sts, 64);
    assert_int_equal(rmq_azsign_string_to_sign(&r, &sts, NULL), 0);
    rmq_wbuf_put_u8(&sts, '\0');
    assert_string_equal((char *)sts.data, "GET\n\n\n\n\n\n\n\n\n\n\n\n/acct/c\na:x=y\nb:");
    rmq_wbuf_release(&sts);
    /* Lower-case hex escapes decode too; a NULL path means "/". */
    rmq_azsign_req_t r2 = {"GET", "acct", NULL, "p=%c3%a9%2f", NULL, 0};
    rmq_wbuf_init(&sts, 64);
    assert_int_equal(rmq_azsign_string_to_sign(&r2, &sts, NULL), 0);
    rmq_wbuf_put_u8(&sts, '\0');
    assert_string_equal((char *)sts.data, "GET\n\n\n\n\n\n\n\n\n\n\n\n/acct/\np:\xc3\xa9/");
    rmq_wbuf_release(&sts);
}

static void test_base64(void **state)
{
    (void)state;
    /* RFC 4648 section 10. */
    const char *plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *enc[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(plain); i++) {
        char out[16];
        assert_int_equal(rmq_azsign_b64_encode(plain[i], strlen(plain[i]), out, sizeof(out)),
                         strlen(enc[i]));
        assert_string_equal(out, enc[i]);
        uint8_t dec[16];
        size_t n = 99;
        assert_int_equal(rmq_azsign_b64_decode(enc[i], strlen(enc[i]), dec, sizeof(dec), &n), 0);
        assert_int_equal(n, strlen(plain[i]));
        assert_memory_equal(dec, plain[i], n);
    }
    char small[8];
    assert_int_equal(rmq_azsign_b64_encode("foobar", 6, small, 8), 0); /* needs 9 */
    assert_string_equal(small, "");
    uint8_t all[256], back[256];
    char wide[400];
    for (int i = 0; i < 256; i++)
        all[i] = (uint8_t)i;
    size_t wl = rmq_azsign_b64_encode(all, 256, wide, sizeof(wide));
    size_t n;
    assert_int_equal(rmq_azsign_b64_decode(wide, wl, back, sizeof(back), &n), 0);
    assert_int_equal(n, 256);
    assert_memory_equal(all, back, 256);
    assert_int_equal(rmq_azsign_b64_decode(wide, wl, back, 255, &n), RMQ_EINVAL); /* no room */
    /* Hostile or sloppy input is refused. */
    const char *bad[] = {"Zg=",  "Zh==",  "Zm9=",     "Z===", "====",    "Zm9v\n", "Zm=v",
                         "Zg=a", "Zm 9v", "Zm9vYg=A", "-_9v", "Zm9\x80", "=Zm9"};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(bad); i++) {
        uint8_t dec[16];
        if (rmq_azsign_b64_decode(bad[i], strlen(bad[i]), dec, sizeof(dec), &n) != RMQ_EINVAL)
            fail_msg("base64 '%s' was accepted", bad[i]);
    }
}

static void test_key_decode(void **state)
{
    (void)state;
    uint8_t key[RMQ_AZSIGN_KEY_MAX];
    size_t n;
    rmq_err_t err = {0};
    assert_int_equal(rmq_azsign_key_decode(" \t" DEV_KEY "\r\n", key, &n, &err), 0);
    assert_int_equal(n, 64);
    assert_int_equal(key[0], 0x11); /* 'E','b' -> 000100 011011 -> 0x11 */
    assert_int_equal(rmq_azsign_key_decode("", key, &n, &err), RMQ_EINVAL);
    assert_int_equal(rmq_azsign_key_decode("  \n", key, &n, &err), RMQ_EINVAL);
    assert_int_equal(rmq_azsign_key_decode(NULL, key, &n, &err), RMQ_EINVAL);
    assert_int_equal(rmq_azsign_key_decode("not base64!", key, &n, &err), RMQ_EINVAL);
    assert_null(strstr(err.msg, "not base64!")); /* keys never land in messages */
    char huge[(RMQ_AZSIGN_KEY_MAX + 3) / 3 * 4 + 8];
    memset(huge, 'A', sizeof(huge) - 1);
    huge[(RMQ_AZSIGN_KEY_MAX + 3) / 3 * 4] = '\0';
    assert_int_equal(rmq_azsign_key_decode(huge, key, &n, &err), RMQ_EINVAL);
}

static void test_hmac_and_date(void **state)
{
    (void)state;
    /* RFC 4231 test case 2. */
    char sig[RMQ_AZSIGN_SIG_MAX];
    const char *msg = "what do ya want for nothing?";
    assert_int_equal(rmq_azsign_hmac_b64((const uint8_t *)"Jefe", 4, msg, strlen(msg), sig), 0);
    assert_string_equal(sig, "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    char date[RMQ_AZSIGN_DATE_MAX];
    rmq_azsign_date(784111777, date);
    assert_string_equal(date, "Sun, 06 Nov 1994 08:49:37 GMT");
    rmq_azsign_date(951782400, date);
    assert_string_equal(date, "Tue, 29 Feb 2000 00:00:00 GMT");
    rmq_azsign_date(4102444799, date);
    assert_string_equal(date, "Thu, 31 Dec 2099 23:59:59 GMT");
}

static void test_uri_encode(void **state)
{
    (void)state;
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 16);
    rmq_azsign_uri_encode(&wb, "a/b c+d%e~f_g.h-\xc3\xa9?&=#", 1);
    rmq_wbuf_put_u8(&wb, '\0');
    assert_string_equal((char *)wb.data, "a/b%20c%2Bd%25e~f_g.h-%C3%A9%3F%26%3D%23");
    rmq_wbuf_reset(&wb);
    rmq_azsign_uri_encode(&wb, "a/b=", 0);
    rmq_wbuf_put_u8(&wb, '\0');
    assert_string_equal((char *)wb.data, "a%2Fb%3D");
    rmq_wbuf_release(&wb);
}

/* ---- cross-check against the reference script ---- */

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static void json_req(FILE *f, const rmq_azsign_req_t *r)
{
    fputs("{\"key\":\"" DEV_KEY "\",\"account\":", f);
    json_str(f, r->account);
    fputs(",\"method\":", f);
    json_str(f, r->method);
    fputs(",\"path\":", f);
    json_str(f, r->path ? r->path : "");
    fputs(",\"query\":", f);
    if (r->query)
        json_str(f, r->query);
    else
        fputs("null", f);
    fputs(",\"headers\":[", f);
    for (size_t i = 0; i < r->nhdrs; i++) {
        fputs(i ? ",[" : "[", f);
        json_str(f, r->hdrs[i].name);
        fputc(',', f);
        json_str(f, r->hdrs[i].value);
        fputc(']', f);
    }
    fputs("]}", f);
}

/* Generated requests: random x-ms headers and query parameters from awkward alphabets. */
#define NGEN 40

typedef struct gen {
    char names[MAXH][24];
    char values[MAXH][40];
    rmq_azsign_hdr_t hdrs[MAXH];
    char path[96];
    char query[512];
    rmq_azsign_req_t r;
} gen_t;

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static unsigned rnd(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

static void gen_req(gen_t *g, int i)
{
    static const char *const vals[] = {"a", " ",        "\t", "\"", "b c", "=", "&", ",",
                                       ":", "\xc3\xa9", "%",  "+",  "Z",   "0", "/", "~"};
    static const char *const qnames[] = {"comp",    "Comp", "prefix", "marker",  "blockid",
                                         "include", "x",    "A%42",   "sp%20ace"};
    static const char *const methods[] = {"GET", "PUT", "HEAD", "DELETE"};
    size_t nh = 0;
    unsigned want = 1 + rnd(MAXH - 1);
    for (unsigned h = 0; h < want; h++) {
        static const char *const std[] = {"Content-Type", "Range",          "If-Match",
                                          "Date",         "Content-Length", "If-None-Match"};
        if (rnd(3) == 0)
            snprintf(g->names[nh], sizeof(g->names[nh]), "%s", std[h % RMQ_ARRAY_SIZE(std)]);
        else
            snprintf(g->names[nh], sizeof(g->names[nh]), "%sx-Ms-%c%u", rnd(2) ? "X" : "x",
                     'a' + (char)rnd(26), h);
        int dup = 0;
        for (size_t k = 0; k < nh; k++)
            dup |= strcasecmp(g->names[k], g->names[nh]) == 0;
        if (dup)
            continue;
        g->values[nh][0] = '\0';
        unsigned parts = rnd(6);
        for (unsigned p = 0; p < parts; p++) {
            size_t len = strlen(g->values[nh]);
            snprintf(g->values[nh] + len, sizeof(g->values[nh]) - len, "%s",
                     vals[rnd(RMQ_ARRAY_SIZE(vals))]);
        }
        g->hdrs[nh].name = g->names[nh];
        g->hdrs[nh].value = g->values[nh];
        nh++;
    }
    rmq_wbuf_t wb;
    rmq_wbuf_init(&wb, 64);
    rmq_wbuf_append(&wb, "/devstoreaccount1/c/", 20);
    char seg[32];
    snprintf(seg, sizeof(seg), "k%d/\xc3\xa9 %s", i, vals[rnd(RMQ_ARRAY_SIZE(vals))]);
    rmq_azsign_uri_encode(&wb, seg, 1);
    rmq_wbuf_put_u8(&wb, '\0');
    rmq_strlcpy(g->path, (char *)wb.data, sizeof(g->path));
    rmq_wbuf_reset(&wb);
    unsigned nq = rnd(6);
    for (unsigned q = 0; q < nq; q++) {
        if (q)
            rmq_wbuf_put_u8(&wb, '&');
        const char *qn = qnames[rnd(RMQ_ARRAY_SIZE(qnames))];
        rmq_wbuf_append(&wb, qn, strlen(qn));
        rmq_wbuf_put_u8(&wb, '=');
        char v[24] = "";
        unsigned parts = rnd(4);
        for (unsigned p = 0; p < parts; p++) {
            size_t len = strlen(v);
            snprintf(v + len, sizeof(v) - len, "%s", vals[rnd(RMQ_ARRAY_SIZE(vals))]);
        }
        rmq_azsign_uri_encode(&wb, v, 0);
    }
    rmq_wbuf_put_u8(&wb, '\0');
    rmq_strlcpy(g->query, (char *)wb.data, sizeof(g->query));
    rmq_wbuf_release(&wb);
    g->r = (rmq_azsign_req_t){.method = methods[rnd(4)],
                              .account = DEV_ACCOUNT,
                              .path = g->path,
                              .query = nq ? g->query : NULL,
                              .hdrs = g->hdrs,
                              .nhdrs = nh};
}

static void test_reference_script(void **state)
{
    (void)state;
    const char *root = getenv("RMQ_SOURCE_ROOT");
    char script[1024];
    snprintf(script, sizeof(script), "%s/tests/unit/objstore/azsign_ref.py", root ? root : ".");
    if (access("/usr/bin/python3", X_OK) != 0 || access(script, R_OK) != 0) {
        print_message("skipped: /usr/bin/python3 or %s missing\n", script);
        skip();
    }
    size_t n = RMQ_ARRAY_SIZE(vecs) + NGEN;
    rmq_azsign_req_t *reqs = rmq_calloc(n, sizeof(*reqs));
    gen_t *gens = rmq_calloc(NGEN, sizeof(*gens));
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(vecs); i++)
        reqs[i] = vec_req(&vecs[i]);
    for (int i = 0; i < NGEN; i++) {
        gen_req(&gens[i], i);
        reqs[RMQ_ARRAY_SIZE(vecs) + (size_t)i] = gens[i].r;
    }
    char in[] = "/tmp/rmq-azsign-XXXXXX";
    int fd = mkstemp(in);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputc('[', f);
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(',', f);
        json_req(f, &reqs[i]);
    }
    fputc(']', f);
    fclose(f);
    char cmd[2200];
    snprintf(cmd, sizeof(cmd), "/usr/bin/python3 '%s' < '%s'", script, in);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    uint8_t key[RMQ_AZSIGN_KEY_MAX];
    size_t keylen;
    dev_key(key, &keylen);
    static char hexline[8192], authline[256];
    size_t checked = 0;
    for (size_t i = 0; i < n; i++) {
        if (fgets(hexline, sizeof(hexline), p) == NULL ||
            fgets(authline, sizeof(authline), p) == NULL)
            break;
        hexline[strcspn(hexline, "\n")] = '\0';
        authline[strcspn(authline, "\n")] = '\0';
        rmq_wbuf_t sts;
        rmq_wbuf_init(&sts, 64);
        assert_int_equal(rmq_azsign_string_to_sign(&reqs[i], &sts, NULL), 0);
        char *hex = rmq_malloc(sts.len * 2 + 1);
        for (size_t k = 0; k < sts.len; k++)
            snprintf(hex + 2 * k, 3, "%02x", sts.data[k]);
        hex[sts.len * 2] = '\0';
        if (strcmp(hex, hexline) != 0) {
            rmq_wbuf_put_u8(&sts, '\0');
            fail_msg("request %zu: string to sign differs from the reference:\n%s", i,
                     (char *)sts.data);
        }
        free(hex);
        rmq_wbuf_release(&sts);
        char auth[128];
        assert_int_equal(rmq_azsign_authorization(key, keylen, &reqs[i], auth, sizeof(auth), NULL),
                         0);
        assert_string_equal(auth, authline);
        checked++;
    }
    int st = pclose(p);
    unlink(in);
    assert_int_equal(st, 0);
    assert_int_equal(checked, n);
    free(gens);
    free(reqs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),     cmocka_unit_test(test_refused),
        cmocka_unit_test(test_query_edges), cmocka_unit_test(test_base64),
        cmocka_unit_test(test_key_decode),  cmocka_unit_test(test_hmac_and_date),
        cmocka_unit_test(test_uri_encode),  cmocka_unit_test(test_reference_script),
    };
    return cmocka_run_group_tests_name("azsign", tests, NULL, NULL);
}
