/*
 * pct.c - percent-decoding.
 */
#include "common/pct.h"

#include "common/mem.h"

char *rmq_pct_decode(const char *s, size_t n, unsigned flags, size_t *outlen)
{
    char *out = rmq_malloc(n + 1);
    size_t o = 0;

    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '%') {
            int hi = i + 2 < n ? rmq_hexval((unsigned char)s[i + 1]) : -1;
            int lo = i + 2 < n ? rmq_hexval((unsigned char)s[i + 2]) : -1;
            if (hi < 0 || lo < 0 || (hi == 0 && lo == 0 && !(flags & RMQ_PCT_ALLOW_NUL))) {
                free(out);
                return NULL;
            }
            c = (char)(hi << 4 | lo);
            i += 2;
        } else if (c == '+' && (flags & RMQ_PCT_PLUS_SPACE)) {
            c = ' ';
        } else if (c == '+' && (flags & RMQ_PCT_PLUS_SLASH)) {
            c = '/';
        }
        out[o++] = c;
    }
    out[o] = '\0';
    if (outlen)
        *outlen = o;
    return out;
}
