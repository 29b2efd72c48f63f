/*
 * pct.h - hex digits and percent-decoding (URL escapes), shared by the object store's signers
 * and backends.
 */
#ifndef RMQ_COMMON_PCT_H
#define RMQ_COMMON_PCT_H

#include <stddef.h>

/* The value of hex digit c (either case), or -1. */
static inline int rmq_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

#define RMQ_PCT_PLUS_SPACE 0x1u /* '+' decodes to ' ' (form encoding) */
#define RMQ_PCT_PLUS_SLASH 0x2u /* '+' decodes to '/' (the local store's file names) */
#define RMQ_PCT_ALLOW_NUL  0x4u /* %00 is allowed (otherwise it fails the decode) */

/*
 * Decodes the %XX escapes of s[0..n) into a new NUL-terminated string (the caller frees);
 * *outlen (may be NULL) receives its length. NULL when an escape is malformed (not two hex
 * digits) or, without RMQ_PCT_ALLOW_NUL, decodes to a NUL byte.
 */
char *rmq_pct_decode(const char *s, size_t n, unsigned flags, size_t *outlen);

#endif
