/*
 * azsign.c - Azure SharedKey signing (see azsign.h for the string-to-sign).
 *
 * Why our own: libcurl 7.88 has no SharedKey support, and the rules are short. Two ambiguities
 * in the rules are settled here the way both the service and its emulator agree on:
 * Content-Length "0" signs as empty, and the canonicalized resource uses the encoded path as
 * sent while query names and values are decoded. Anything that could be read two ways (a
 * header given twice, a CR/LF in a value, a bad percent escape) is refused instead of signed.
 */
#include "objstore/azsign.h"

#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>

#include "common/pct.h"
#include "common/mem.h"

/* The standard headers in string-to-sign order. */
static const char *const std_hdrs[] = {
    "Content-Encoding",
    "Content-Language",
    "Content-Length",
    "Content-MD5",
    "Content-Type",
    "Date",
    "If-Modified-Since",
    "If-Match",
    "If-None-Match",
    "If-Unmodified-Since",
    "Range",
};
#define NSTD    (sizeof(std_hdrs) / sizeof(std_hdrs[0]))
#define STD_LEN 2 /* index of Content-Length */

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

size_t rmq_azsign_b64_encode(const void *in, size_t n, char *out, size_t outsz)
{
    const uint8_t *p = in;
    size_t need = (n + 2) / 3 * 4;
    if (outsz < need + 1) {
        if (outsz > 0)
            out[0] = '\0';
        return 0;
    }
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        out[o++] = b64chars[v >> 18];
        out[o++] = b64chars[(v >> 12) & 63];
        out[o++] = b64chars[(v >> 6) & 63];
        out[o++] = b64chars[v & 63];
    }
    if (i < n) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0);
        out[o++] = b64chars[v >> 18];
        out[o++] = b64chars[(v >> 12) & 63];
        out[o++] = i + 1 < n ? b64chars[(v >> 6) & 63] : '=';
        out[o++] = '=';
    }
    out[o] = '\0';
    return o;
}

static int b64val(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

int rmq_azsign_b64_decode(const char *in, size_t n, uint8_t *out, size_t cap, size_t *outlen)
{
    if (n % 4 != 0)
        return RMQ_EINVAL;
    size_t o = 0;
    for (size_t i = 0; i < n; i += 4) {
        int v[4], pad = 0;
        for (int j = 0; j < 4; j++) {
            char c = in[i + j];
            if (c == '=' && i + 4 == n && j >= 2) {
                v[j] = 0;
                pad++;
                continue;
            }
            if (pad > 0) /* data after '=' */
                return RMQ_EINVAL;
            if ((v[j] = b64val(c)) < 0)
                return RMQ_EINVAL;
        }
        uint32_t w = (uint32_t)v[0] << 18 | (uint32_t)v[1] << 12 | (uint32_t)v[2] << 6 | v[3];
        /* Canonical encoding only: the bits the padding drops must be zero. */
        if ((pad == 1 && (w & 0xff) != 0) || (pad == 2 && (w & 0xffff) != 0))
            return RMQ_EINVAL;
        size_t k = 3 - (size_t)pad;
        if (o + k > cap)
            return RMQ_EINVAL;
        out[o++] = (uint8_t)(w >> 16);
        if (k > 1)
            out[o++] = (uint8_t)(w >> 8);
        if (k > 2)
            out[o++] = (uint8_t)w;
    }
    *outlen = o;
    return 0;
}

int rmq_azsign_key_decode(const char *b64, uint8_t *key, size_t *keylen, rmq_err_t *err)
{
    if (b64 == NULL)
        return rmq_err_set(err, RMQ_EINVAL, "azure: no account key");
    const char *s = b64, *e = b64 + strlen(b64);
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        e--;
    if (s == e)
        return rmq_err_set(err, RMQ_EINVAL, "azure: the account key is empty");
    if (rmq_azsign_b64_decode(s, (size_t)(e - s), key, RMQ_AZSIGN_KEY_MAX, keylen) != 0 ||
        *keylen == 0)
        return rmq_err_set(err, RMQ_EINVAL,
                           "azure: the account key is not valid base64 (or longer than %d bytes)",
                           RMQ_AZSIGN_KEY_MAX);
    return 0;
}

int rmq_azsign_hmac_b64(const uint8_t *key, size_t keylen, const void *msg, size_t len, char *sig)
{
    uint8_t mac[32];
    if (gnutls_hmac_fast(GNUTLS_MAC_SHA256, key, keylen, msg, len, mac) != 0) {
        sig[0] = '\0';
        return RMQ_EIO;
    }
    rmq_azsign_b64_encode(mac, sizeof(mac), sig, RMQ_AZSIGN_SIG_MAX);
    return 0;
}

void rmq_azsign_date(time_t t, char out[RMQ_AZSIGN_DATE_MAX])
{
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct tm tm;
    if (gmtime_r(&t, &tm) == NULL || tm.tm_wday < 0 || tm.tm_wday > 6 || tm.tm_mon < 0 ||
        tm.tm_mon > 11) {
        memset(&tm, 0, sizeof(tm)); /* unreachable for sane clocks: 1 Jan 1900 is a Monday */
        tm.tm_mday = 1;
        tm.tm_wday = 1;
    }
    /* The modulos bound every field's width for the compiler; they change no real date. */
    snprintf(out, RMQ_AZSIGN_DATE_MAX, "%.3s, %02u %.3s %04u %02u:%02u:%02u GMT", days[tm.tm_wday],
             (unsigned)tm.tm_mday % 100u, months[tm.tm_mon], (unsigned)(tm.tm_year + 1900) % 10000u,
             (unsigned)tm.tm_hour % 100u, (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u);
}

void rmq_azsign_uri_encode(rmq_wbuf_t *out, const char *s, int keep_slash)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && keep_slash)) {
            rmq_wbuf_put_u8(out, c);
        } else {
            uint8_t esc[3] = {'%', (uint8_t)hex[c >> 4], (uint8_t)hex[c & 15]};
            rmq_wbuf_append(out, esc, 3);
        }
    }
}

/* ---- string to sign ---- */

typedef struct kv {
    char *name;
    char *value;
} kv_t;

static void kvs_free(kv_t *kvs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(kvs[i].name);
        free(kvs[i].value);
    }
    free(kvs);
}

static int kv_cmp(const void *a, const void *b)
{
    const kv_t *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : strcmp(x->value, y->value);
}

/* Percent-decodes s[0..n) ('+' is a space), lowercased when lower; NULL on a bad escape or
   %00. */
static char *pct_decode(const char *s, size_t n, int lower)
{
    char *out = rmq_pct_decode(s, n, RMQ_PCT_PLUS_SPACE, NULL);
    for (char *p = out; lower && p && *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return out;
}

/* Trims v and collapses runs of blanks outside double quotes into one space. */
static char *canon_value(const char *v)
{
    size_t n = strlen(v);
    char *out = rmq_malloc(n + 1);
    size_t o = 0;
    int quoted = 0, blank = 0;
    for (size_t i = 0; i < n; i++) {
        char c = v[i];
        if (!quoted && (c == ' ' || c == '\t')) {
            blank = 1;
            continue;
        }
        if (blank && o > 0)
            out[o++] = ' ';
        blank = 0;
        if (c == '"')
            quoted = !quoted;
        out[o++] = c;
    }
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) /* quoted trailing blanks too */
        o--;
    out[o] = '\0';
    return out;
}

static int bad_name(const char *s)
{
    if (*s == '\0')
        return 1;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= 0x20 || c >= 0x7f || c == ':')
            return 1;
    }
    return 0;
}

static int has_crlf(const char *s)
{
    return strpbrk(s, "\r\n") != NULL;
}

static int canon_query(const char *query, kv_t **out, size_t *nout)
{
    size_t cap = 8, n = 0;
    kv_t *kvs = rmq_calloc(cap, sizeof(*kvs));
    const char *p = query;
    while (p != NULL && *p != '\0') {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        if (len > 0) {
            const char *eq = memchr(p, '=', len);
            size_t nlen = eq ? (size_t)(eq - p) : len;
            char *name = pct_decode(p, nlen, 1);
            char *value = eq ? pct_decode(eq + 1, len - nlen - 1, 0) : rmq_strdup("");
            if (name == NULL || value == NULL || name[0] == '\0' ||
                strlen(name) != strcspn(name, "\n")) {
                free(name);
                free(value);
                kvs_free(kvs, n);
                return RMQ_EINVAL;
            }
            if (n == cap) {
                cap *= 2;
                kvs = rmq_realloc(kvs, cap * sizeof(*kvs));
            }
            kvs[n].name = name;
            kvs[n].value = value;
            n++;
        }
        p = amp ? amp + 1 : NULL;
    }
    qsort(kvs, n, sizeof(*kvs), kv_cmp);
    *out = kvs;
    *nout = n;
    return 0;
}

int rmq_azsign_string_to_sign(const rmq_azsign_req_t *req, rmq_wbuf_t *out, rmq_err_t *err)
{
    if (req->method == NULL || req->method[0] == '\0' || req->account == NULL ||
        req->account[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "azure sign: no method or account");
    const char *path = req->path ? req->path : "";
    if (path[0] != '\0' && path[0] != '/')
        return rmq_err_set(err, RMQ_EINVAL, "azure sign: path does not start with '/'");
    const char *std_val[NSTD] = {0};
    kv_t *ms = rmq_calloc(req->nhdrs ? req->nhdrs : 1, sizeof(*ms));
    size_t nms = 0;
    int rc = 0;
    for (size_t i = 0; i < req->nhdrs && rc == 0; i++) {
        const rmq_azsign_hdr_t *h = &req->hdrs[i];
        if (h->name == NULL || h->value == NULL || bad_name(h->name) || has_crlf(h->value)) {
            rc = rmq_err_set(err, RMQ_EINVAL, "azure sign: malformed header '%.64s'",
                             h->name ? h->name : "(null)");
            break;
        }
        if (strncasecmp(h->name, "x-ms-", 5) == 0) {
            char *name = rmq_strdup(h->name);
            for (char *c = name; *c; c++)
                if (*c >= 'A' && *c <= 'Z')
                    *c = (char)(*c - 'A' + 'a');
            for (size_t j = 0; j < nms; j++) {
                if (strcmp(ms[j].name, name) == 0) {
                    rc = rmq_err_set(err, RMQ_EINVAL, "azure sign: header %s given twice", name);
                    break;
                }
            }
            ms[nms].name = name;
            ms[nms].value = canon_value(h->value);
            nms++;
            continue;
        }
        for (size_t j = 0; j < NSTD; j++) {
            if (strcasecmp(h->name, std_hdrs[j]) != 0)
                continue;
            if (std_val[j] != NULL)
                rc = rmq_err_set(err, RMQ_EINVAL, "azure sign: header %s given twice", std_hdrs[j]);
            std_val[j] = h->value;
            break;
        }
    }
    kv_t *qs = NULL;
    size_t nqs = 0;
    if (rc == 0 && req->query != NULL && canon_query(req->query, &qs, &nqs) != 0)
        rc = rmq_err_set(err, RMQ_EINVAL, "azure sign: malformed query string");
    if (rc != 0) {
        kvs_free(ms, nms);
        return rc;
    }

    rmq_wbuf_append(out, req->method, strlen(req->method));
    rmq_wbuf_put_u8(out, '\n');
    for (size_t j = 0; j < NSTD; j++) {
        const char *v = std_val[j];
        if (v != NULL && !(j == STD_LEN && strcmp(v, "0") == 0))
            rmq_wbuf_append(out, v, strlen(v));
        rmq_wbuf_put_u8(out, '\n');
    }
    qsort(ms, nms, sizeof(*ms), kv_cmp);
    for (size_t i = 0; i < nms; i++) {
        rmq_wbuf_append(out, ms[i].name, strlen(ms[i].name));
        rmq_wbuf_put_u8(out, ':');
        rmq_wbuf_append(out, ms[i].value, strlen(ms[i].value));
        rmq_wbuf_put_u8(out, '\n');
    }
    rmq_wbuf_put_u8(out, '/');
    rmq_wbuf_append(out, req->account, strlen(req->account));
    if (path[0] == '\0')
        rmq_wbuf_put_u8(out, '/');
    else
        rmq_wbuf_append(out, path, strlen(path));
    for (size_t i = 0; i < nqs; i++) {
        if (i > 0 && strcmp(qs[i - 1].name, qs[i].name) == 0) {
            rmq_wbuf_put_u8(out, ','); /* another value of the same name, already sorted */
        } else {
            rmq_wbuf_put_u8(out, '\n');
            rmq_wbuf_append(out, qs[i].name, strlen(qs[i].name));
            rmq_wbuf_put_u8(out, ':');
        }
        rmq_wbuf_append(out, qs[i].value, strlen(qs[i].value));
    }
    kvs_free(ms, nms);
    kvs_free(qs, nqs);
    return 0;
}

int rmq_azsign_authorization(const uint8_t *key, size_t keylen, const rmq_azsign_req_t *req,
                             char *auth, size_t authsz, rmq_err_t *err)
{
    rmq_wbuf_t sts;
    rmq_wbuf_init(&sts, 512);
    int rc = rmq_azsign_string_to_sign(req, &sts, err);
    char sig[RMQ_AZSIGN_SIG_MAX];
    if (rc == 0 && rmq_azsign_hmac_b64(key, keylen, sts.data, sts.len, sig) != 0)
        rc = rmq_err_set(err, RMQ_EIO, "azure sign: HMAC-SHA256 failed");
    rmq_wbuf_release(&sts);
    if (rc != 0)
        return rc;
    int n = snprintf(auth, authsz, "SharedKey %s:%s", req->account, sig);
    if (n < 0 || (size_t)n >= authsz)
        return rmq_err_set(err, RMQ_EINVAL, "azure sign: authorization buffer too small");
    return 0;
}
