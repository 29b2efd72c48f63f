/*
 * sigv4.h - AWS Signature Version 4 for requests signed in the Authorization header (S3, and
 * GCS's XML API with HMAC keys). Our own code on GnuTLS's SHA-256 and HMAC-SHA256.
 *
 * The caller builds the request as it will go on the wire - the URI-encoded path, the query
 * string, every header to sign (at least host, x-amz-date and x-amz-content-sha256; the
 * session token header when there is one) - and asks for the Authorization value:
 *
 *   CanonicalRequest = Method \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n
 *                      SignedHeaders \n PayloadHash
 *   StringToSign     = "AWS4-HMAC-SHA256" \n AmzDate \n Date/Region/Service/aws4_request \n
 *                      hex(SHA256(CanonicalRequest))
 *   SigningKey       = HMAC(HMAC(HMAC(HMAC("AWS4" secret, Date), Region), Service),
 *                      "aws4_request")
 *   Authorization    = AWS4-HMAC-SHA256 Credential=AK/scope, SignedHeaders=.., Signature=hex
 *
 * S3 rules: the canonical URI is the path exactly as sent (S3 does not normalise it or encode
 * it twice); each query parameter is decoded and re-encoded strictly (RFC 3986 unreserved
 * bytes kept, everything else %XX uppercase, so a space is %20), pairs sorted by key then
 * value, and a parameter without value is written "key=". Header names are lowercased,
 * values trimmed with inner runs of blanks folded to one space, repeated names joined by ','.
 *
 * Thread: all functions are reentrant.
 */
#ifndef RMQ_OBJSTORE_SIGV4_H
#define RMQ_OBJSTORE_SIGV4_H

#include <stddef.h>
#include <time.h>

#include "common/buf.h"
#include "common/err.h"

#define RMQ_SIGV4_UNSIGNED_PAYLOAD "UNSIGNED-PAYLOAD"
#define RMQ_SIGV4_EMPTY_SHA256     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define RMQ_SIGV4_AUTH_MAX         1024 /* Authorization value, NUL included, for sane inputs */

typedef struct rmq_sigv4_header {
    const char *name; /* any case */
    const char *value;
} rmq_sigv4_header_t;

typedef struct rmq_sigv4_req {
    const char *method;                /* "GET", "PUT", ... */
    const char *path;                  /* URI-encoded path as sent, starting with '/' */
    const char *query;                 /* query string as sent, without '?'; NULL or "" */
    const rmq_sigv4_header_t *headers; /* the headers to sign */
    size_t nheaders;
    const char *payload_hash; /* hex SHA-256 of the body, or RMQ_SIGV4_UNSIGNED_PAYLOAD */
} rmq_sigv4_req_t;

typedef struct rmq_sigv4_key {
    const char *access_key;
    const char *secret_key;
    const char *region;  /* "us-east-1"; GCS: "auto" */
    const char *service; /* "s3" */
} rmq_sigv4_key_t;

/* "YYYYMMDDTHHMMSSZ" (UTC) for t into out (at least 17 bytes). */
void rmq_sigv4_amz_date(time_t t, char *out);

/* Lowercase hex SHA-256 of data[0..len) into out (65 bytes). */
void rmq_sigv4_sha256_hex(const void *data, size_t len, char *out);

/*
 * Appends s[0..len) URI-encoded: A-Z a-z 0-9 - . _ ~ as they are, '/' as is when keep_slash
 * (object key paths), every other byte %XX with uppercase hex.
 */
void rmq_sigv4_uri_encode(rmq_wbuf_t *out, const char *s, size_t len, int keep_slash);

/*
 * Appends the canonical request to out (no NUL) and writes the signed header list
 * ("host;x-amz-date") into signed_headers (sh_size bytes). RMQ_EINVAL with a message for a
 * malformed input: no host header, a header name with blanks or ':', a value with CR/LF, a
 * bad %-escape in the query, an output buffer too small.
 */
int rmq_sigv4_canonical_request(const rmq_sigv4_req_t *req, rmq_wbuf_t *out, char *signed_headers,
                                size_t sh_size, rmq_err_t *err);

/*
 * The Authorization header value for req at amz_date ("YYYYMMDDTHHMMSSZ", the value sent in
 * x-amz-date) into auth (authsz bytes, RMQ_SIGV4_AUTH_MAX is plenty). 0 or RMQ_EINVAL.
 */
int rmq_sigv4_sign(const rmq_sigv4_req_t *req, const rmq_sigv4_key_t *key, const char *amz_date,
                   char *auth, size_t authsz, rmq_err_t *err);

#endif
