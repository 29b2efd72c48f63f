/*
 * azsign.h - Azure Storage "SharedKey" request signing (Blob service, version 2015-02-21 and
 * later, where a Content-Length of 0 is signed as an empty line).
 *
 * The signature is base64(HMAC-SHA256(decoded account key, StringToSign)) with
 *
 *   StringToSign = VERB "\n"
 *                  Content-Encoding "\n" Content-Language "\n" Content-Length "\n"
 *                  Content-MD5 "\n" Content-Type "\n" Date "\n"
 *                  If-Modified-Since "\n" If-Match "\n" If-None-Match "\n"
 *                  If-Unmodified-Since "\n" Range "\n"
 *                  CanonicalizedHeaders CanonicalizedResource
 *
 * - A standard header the request lacks is an empty line; Content-Length "0" is empty too.
 * - CanonicalizedHeaders: every x-ms-* header, name lowercased, sorted bytewise by name,
 *   "name:value\n", the value trimmed and its runs of whitespace (space, tab, CR, LF) outside
 *   double quotes replaced by one space.
 * - CanonicalizedResource: "/" account path, where path is the URI path exactly as sent
 *   (percent-encoded). With path-style addressing (the emulator's
 *   http://127.0.0.1:10000/devstoreaccount1/c/b) the path already starts with the account, so
 *   the account appears twice: "/devstoreaccount1/devstoreaccount1/c/b". Then for each query
 *   parameter, sorted bytewise by lowercased name: "\n" name ":" value, names lowercased, names
 *   and values percent-decoded ('+' decodes to a space), the values of a repeated name sorted
 *   and joined by ",". A parameter without "=" has an empty value.
 *
 * The caller signs the request it sends: the header list must be every header the request
 * carries (standard ones looked up case-insensitively), and path/query the exact bytes of the
 * request target. The Authorization header itself must not be in the list.
 *
 * Thread: all functions are pure (no shared state).
 */
#ifndef RMQ_OBJSTORE_AZSIGN_H
#define RMQ_OBJSTORE_AZSIGN_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "common/buf.h"
#include "common/err.h"

#define RMQ_AZSIGN_KEY_MAX  256 /* decoded account key bytes we accept (Azure's are 64) */
#define RMQ_AZSIGN_SIG_MAX  45  /* base64 of a SHA-256 MAC (44) + NUL */
#define RMQ_AZSIGN_DATE_MAX 30  /* "Sun, 06 Nov 1994 08:49:37 GMT" + NUL */

typedef struct rmq_azsign_hdr {
    const char *name; /* any case */
    const char *value;
} rmq_azsign_hdr_t;

typedef struct rmq_azsign_req {
    const char *method;  /* "GET", "PUT", ... (signed as given, upper case expected) */
    const char *account; /* storage account name */
    const char *path;    /* percent-encoded URI path as sent, "" or starting with '/' */
    const char *query;   /* percent-encoded query string without '?', or NULL */
    const rmq_azsign_hdr_t *hdrs;
    size_t nhdrs;
} rmq_azsign_req_t;

/*
 * Decodes a base64 account key into key (RMQ_AZSIGN_KEY_MAX bytes); *keylen gets its length.
 * Surrounding whitespace is ignored. RMQ_EINVAL when it is not strict base64 or is empty or
 * too long. The message never contains the key.
 */
int rmq_azsign_key_decode(const char *b64, uint8_t *key, size_t *keylen, rmq_err_t *err);

/*
 * Appends the string to sign for req to out. RMQ_EINVAL when the request cannot be signed
 * unambiguously: a header given twice, a malformed percent escape in the query, a path not
 * starting with '/', a missing method or account.
 */
int rmq_azsign_string_to_sign(const rmq_azsign_req_t *req, rmq_wbuf_t *out, rmq_err_t *err);

/*
 * Signs req with key: writes the Authorization header value "SharedKey <account>:<signature>"
 * into auth (authsz bytes). RMQ_EINVAL as rmq_azsign_string_to_sign, or when auth is too small;
 * -errno-like RMQ_EIO when the MAC cannot be computed.
 */
int rmq_azsign_authorization(const uint8_t *key, size_t keylen, const rmq_azsign_req_t *req,
                             char *auth, size_t authsz, rmq_err_t *err);

/* base64(HMAC-SHA256(key, msg)) into sig (RMQ_AZSIGN_SIG_MAX bytes). 0 or RMQ_EIO. */
int rmq_azsign_hmac_b64(const uint8_t *key, size_t keylen, const void *msg, size_t len, char *sig);

/* The HTTP date of t (RFC 7231 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), for x-ms-date. */
void rmq_azsign_date(time_t t, char out[RMQ_AZSIGN_DATE_MAX]);

/*
 * Standard base64 (with padding) of in[0..n) into out (outsz bytes, at least 4*((n+2)/3)+1).
 * Returns the length written, or 0 with out = "" when outsz is too small.
 */
size_t rmq_azsign_b64_encode(const void *in, size_t n, char *out, size_t outsz);

/*
 * Strict standard base64 decode of in[0..n) (length a multiple of 4, '=' only as final padding,
 * no whitespace) into out (cap bytes). 0 and *outlen, or RMQ_EINVAL (bad input or too small).
 */
int rmq_azsign_b64_decode(const char *in, size_t n, uint8_t *out, size_t cap, size_t *outlen);

/*
 * Percent-encodes s for a URI path or query value: every byte except A-Z a-z 0-9 - _ . ~ (and
 * '/' when keep_slash) becomes %XX (uppercase hex). Appends to out (not NUL-terminated).
 */
void rmq_azsign_uri_encode(rmq_wbuf_t *out, const char *s, int keep_slash);

#endif
