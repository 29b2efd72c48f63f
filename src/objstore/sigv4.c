/*
 * sigv4.c - AWS Signature Version 4 (see sigv4.h for the algorithm and S3's rules).
 *
 * Checked against AWS's documented S3 examples and, request by request, against botocore
 * (tests/unit/objstore/test_sigv4.c).
 */
#include "objstore/sigv4.h"

#include <gnutls/crypto.h>

#include "common/pct.h"
#include "common/assert.h"
#include "common/mem.h"

#define SHA256_LEN 32

static const char hexlc[] = "0123456789abcdef";

static void to_hex(const uint8_t *p, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = hexlc[p[i] >> 4];
        out[2 * i + 1] = hexlc[p[i] & 15];
    }
    out[2 * n] = '\0';
}

void rmq_sigv4_amz_date(time_t t, char *out)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 17, "%Y%m%dT%H%M%SZ", &tm);
}

void rmq_sigv4_sha256_hex(const void *data, size_t len, char *out)
{
    uint8_t d[SHA256_LEN];
    int rc = gnutls_hash_fast(GNUTLS_DIG_SHA256, len ? data : "", len, d);
    RMQ_ASSERT(rc == 0);
    to_hex(d, sizeof(d), out);
}

static void hmac(const void *key, size_t keylen, const void *msg, size_t len, uint8_t *out)
{
    int rc = gnutls_hmac_fast(GNUTLS_MAC_SHA256, key, keylen, len ? msg : "", len, out);
    RMQ_ASSERT(rc == 0);
}

static int unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void rmq_sigv4_uri_encode(rmq_wbuf_t *out, const char *s, size_t len, int keep_slash)
{
    static const char hexuc[] = "0123456789ABCDEF";
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (unreserved(c) || (keep_slash && c == '/')) {
            rmq_wbuf_put_u8(out, c);
        } else {
            uint8_t *p = rmq_wbuf_reserve(out, 3);
            p[0] = '%';
            p[1] = (uint8_t)hexuc[c >> 4];
            p[2] = (uint8_t)hexuc[c & 15];
            out->len += 3;
        }
    }
}

/* Decodes %XX escapes of s[0..n) and re-encodes strictly into out. */
static int reencode(rmq_wbuf_t *out, const char *s, size_t n, rmq_err_t *err)
{
    size_t k;
    char *dec = rmq_pct_decode(s, n, RMQ_PCT_ALLOW_NUL, &k);
    if (!dec)
        return rmq_err_set(err, RMQ_EINVAL, "bad %%-escape in query string");
    rmq_sigv4_uri_encode(out, dec, k, 0);
    free(dec);
    return 0;
}

typedef struct qpair {
    char *key, *value; /* strictly encoded, NUL-terminated */
} qpair_t;

static int cmp_qpair(const void *a, const void *b)
{
    const qpair_t *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->value, y->value);
}

static char *detach_str(rmq_wbuf_t *wb)
{
    rmq_wbuf_put_u8(wb, 0);
    char *s = rmq_strndup((const char *)wb->data, wb->len - 1);
    rmq_wbuf_reset(wb);
    return s;
}

static int canonical_query(const char *q, rmq_wbuf_t *out, rmq_err_t *err)
{
    if (q == NULL || q[0] == '\0')
        return 0;
    size_t cap = 1;
    for (const char *p = q; *p; p++)
        cap += *p == '&';
    qpair_t *pairs = rmq_calloc(cap, sizeof(*pairs));
    size_t n = 0;
    int rc = 0;
    rmq_wbuf_t tmp;
    rmq_wbuf_init(&tmp, 64);
    const char *p = q;
    while (*p) {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        if (len > 0) {
            const char *eq = memchr(p, '=', len);
            size_t klen = eq ? (size_t)(eq - p) : len;
            if ((rc = reencode(&tmp, p, klen, err)) != 0)
                break;
            pairs[n].key = detach_str(&tmp);
            rc = eq ? reencode(&tmp, eq + 1, len - klen - 1, err) : 0;
            pairs[n].value = detach_str(&tmp);
            n++;
            if (rc)
                break;
        }
        p += len;
        if (*p == '&')
            p++;
    }
    if (rc == 0) {
        qsort(pairs, n, sizeof(*pairs), cmp_qpair);
        for (size_t i = 0; i < n; i++) {
            if (i)
                rmq_wbuf_put_u8(out, '&');
            rmq_wbuf_append(out, pairs[i].key, strlen(pairs[i].key));
            rmq_wbuf_put_u8(out, '=');
            rmq_wbuf_append(out, pairs[i].value, strlen(pairs[i].value));
        }
    }
    for (size_t i = 0; i < n; i++) {
        free(pairs[i].key);
        free(pairs[i].value);
    }
    free(pairs);
    rmq_wbuf_release(&tmp);
    return rc;
}

typedef struct chdr {
    char *name;  /* lowercased */
    char *value; /* trimmed, blanks folded */
    size_t idx;  /* input order, to keep repeated headers in order */
} chdr_t;

static int cmp_chdr(const void *a, const void *b)
{
    const chdr_t *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int blank(char c)
{
    return c == ' ' || c == '\t';
}

int rmq_sigv4_canonical_request(const rmq_sigv4_req_t *req, rmq_wbuf_t *out, char *signed_headers,
                                size_t sh_size, rmq_err_t *err)
{
    if (req->method == NULL || req->path == NULL || req->path[0] != '/' ||
        req->payload_hash == NULL || req->payload_hash[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: method, path or payload hash missing");
    chdr_t *h = rmq_calloc(req->nheaders ? req->nheaders : 1, sizeof(*h));
    int rc = 0, have_host = 0;
    for (size_t i = 0; i < req->nheaders && rc == 0; i++) {
        const char *name = req->headers[i].name, *value = req->headers[i].value;
        if (name == NULL || name[0] == '\0' || value == NULL) {
            rc = rmq_err_set(err, RMQ_EINVAL, "sigv4: empty header name or NULL value");
            break;
        }
        size_t nl = strlen(name);
        h[i].name = rmq_malloc(nl + 1);
        h[i].idx = i;
        for (size_t k = 0; k <= nl; k++) {
            char c = name[k];
            if (c == ':' || blank(c) || c == '\r' || c == '\n' || (c > 0 && c < 0x20))
                rc = rmq_err_set(err, RMQ_EINVAL, "sigv4: bad header name '%.40s'", name);
            h[i].name[k] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        size_t vl = strlen(value);
        h[i].value = rmq_malloc(vl + 1);
        size_t o = 0;
        const char *v = value, *vend = value + vl;
        while (v < vend && blank(*v))
            v++;
        while (vend > v && blank(vend[-1]))
            vend--;
        for (; v < vend; v++) {
            if (*v == '\r' || *v == '\n') {
                rc = rmq_err_set(err, RMQ_EINVAL, "sigv4: CR or LF in header %.40s", name);
                break;
            }
            if (blank(*v) && o > 0 && h[i].value[o - 1] == ' ')
                continue;
            h[i].value[o++] = blank(*v) ? ' ' : *v;
        }
        h[i].value[o] = '\0';
        have_host |= strcmp(h[i].name, "host") == 0;
    }
    if (rc == 0 && !have_host)
        rc = rmq_err_set(err, RMQ_EINVAL, "sigv4: no host header to sign");
    if (rc == 0) {
        qsort(h, req->nheaders, sizeof(*h), cmp_chdr);
        rmq_wbuf_append(out, req->method, strlen(req->method));
        rmq_wbuf_put_u8(out, '\n');
        rmq_wbuf_append(out, req->path, strlen(req->path));
        rmq_wbuf_put_u8(out, '\n');
        rc = canonical_query(req->query, out, err);
    }
    size_t shl = 0;
    if (rc == 0) {
        rmq_wbuf_put_u8(out, '\n');
        for (size_t i = 0; i < req->nheaders; i++) {
            int repeat = i > 0 && strcmp(h[i].name, h[i - 1].name) == 0;
            if (repeat) {
                rmq_wbuf_put_u8(out, ',');
            } else {
                if (i > 0)
                    rmq_wbuf_put_u8(out, '\n');
                rmq_wbuf_append(out, h[i].name, strlen(h[i].name));
                rmq_wbuf_put_u8(out, ':');
                size_t nl = strlen(h[i].name);
                if (shl + nl + 2 > sh_size) {
                    rc = rmq_err_set(err, RMQ_EINVAL, "sigv4: signed header list too long");
                    break;
                }
                if (shl > 0)
                    signed_headers[shl++] = ';';
                memcpy(signed_headers + shl, h[i].name, nl);
                shl += nl;
                signed_headers[shl] = '\0';
            }
            rmq_wbuf_append(out, h[i].value, strlen(h[i].value));
        }
    }
    if (rc == 0) {
        rmq_wbuf_append(out, "\n\n", 2);
        rmq_wbuf_append(out, signed_headers, shl);
        rmq_wbuf_put_u8(out, '\n');
        rmq_wbuf_append(out, req->payload_hash, strlen(req->payload_hash));
    }
    for (size_t i = 0; i < req->nheaders; i++) {
        free(h[i].name);
        free(h[i].value);
    }
    free(h);
    return rc;
}

static int valid_amz_date(const char *d)
{
    if (d == NULL || strlen(d) != 16 || d[8] != 'T' || d[15] != 'Z')
        return 0;
    for (int i = 0; i < 15; i++) {
        if (i != 8 && (d[i] < '0' || d[i] > '9'))
            return 0;
    }
    return 1;
}

int rmq_sigv4_sign(const rmq_sigv4_req_t *req, const rmq_sigv4_key_t *key, const char *amz_date,
                   char *auth, size_t authsz, rmq_err_t *err)
{
    if (!valid_amz_date(amz_date))
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: bad x-amz-date '%.20s'", amz_date);
    if (key->access_key == NULL || key->access_key[0] == '\0' || key->secret_key == NULL ||
        key->region == NULL || key->region[0] == '\0' || key->service == NULL ||
        key->service[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: credentials, region or service missing");
    rmq_wbuf_t cr;
    rmq_wbuf_init(&cr, 512);
    char signed_headers[512];
    int rc = rmq_sigv4_canonical_request(req, &cr, signed_headers, sizeof(signed_headers), err);
    if (rc) {
        rmq_wbuf_release(&cr);
        return rc;
    }
    char cr_hash[2 * SHA256_LEN + 1];
    rmq_sigv4_sha256_hex(cr.data, cr.len, cr_hash);
    rmq_wbuf_release(&cr);

    char date[9];
    memcpy(date, amz_date, 8);
    date[8] = '\0';
    char scope[256];
    int n =
        snprintf(scope, sizeof(scope), "%s/%s/%s/aws4_request", date, key->region, key->service);
    if (n < 0 || (size_t)n >= sizeof(scope))
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: region or service too long");
    char sts[512];
    n = snprintf(sts, sizeof(sts), "AWS4-HMAC-SHA256\n%s\n%s\n%s", amz_date, scope, cr_hash);
    if (n < 0 || (size_t)n >= sizeof(sts))
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: string to sign too long");

    size_t sl = strlen(key->secret_key);
    char *k0 = rmq_malloc(sl + 5);
    memcpy(k0, "AWS4", 4);
    memcpy(k0 + 4, key->secret_key, sl + 1);
    uint8_t kd[SHA256_LEN], kr[SHA256_LEN], ks[SHA256_LEN], kk[SHA256_LEN], sig[SHA256_LEN];
    hmac(k0, sl + 4, date, 8, kd);
    explicit_bzero(k0, sl + 4);
    free(k0);
    hmac(kd, sizeof(kd), key->region, strlen(key->region), kr);
    hmac(kr, sizeof(kr), key->service, strlen(key->service), ks);
    hmac(ks, sizeof(ks), "aws4_request", 12, kk);
    hmac(kk, sizeof(kk), sts, (size_t)n, sig);
    char sighex[2 * SHA256_LEN + 1];
    to_hex(sig, sizeof(sig), sighex);
    explicit_bzero(kd, sizeof(kd));
    explicit_bzero(kr, sizeof(kr));
    explicit_bzero(ks, sizeof(ks));
    explicit_bzero(kk, sizeof(kk));

    n = snprintf(auth, authsz, "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=%s, Signature=%s",
                 key->access_key, scope, signed_headers, sighex);
    if (n < 0 || (size_t)n >= authsz)
        return rmq_err_set(err, RMQ_EINVAL, "sigv4: Authorization buffer too small");
    return 0;
}
