/*
 * libFuzzer target: replay of the metadata journal (src/storage/kv.c), the file every broker
 * reads at start.
 *
 * Input: byte 0 = flags (bit 0: prepend the journal magic; bit 1: recompute every frame's
 * CRC-32C along the length chain, so the op parser sees the bytes), then the image.
 * Invariants: replay never crashes; the good prefix starts after the magic and lies within the
 * image; replaying the good prefix alone gives the same prefix and the same keys and values
 * (recovery is idempotent: a restart after truncating the torn tail changes nothing).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/assert.h"
#include "common/buf.h"
#include "common/crc32c.h"
#include "common/mem.h"
#include "storage/kv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct cmp {
    rmq_kv_t *other;
    size_t seen;
} cmp_t;

static int same_in_other(void *opaque, const void *key, size_t klen, const void *val, size_t vlen)
{
    cmp_t *c = opaque;
    void *v2;
    size_t v2len;
    RMQ_ASSERT(rmq_kv_get(c->other, key, klen, &v2, &v2len) == 0);
    RMQ_ASSERT(v2len == vlen && memcmp(v2, val, vlen) == 0);
    free(v2);
    c->seen++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t flags = data[0];
    size_t n = size - 1 + ((flags & 1) ? 8 : 0);
    uint8_t *img = rmq_malloc(n + 1);
    size_t off = 0;
    if (flags & 1) {
        memcpy(img, "RMQKV001", 8);
        off = 8;
    }
    memcpy(img + off, data + 1, size - 1);
    if ((flags & 2) && n >= 8) {
        for (size_t pos = 8; n - pos >= 8;) {
            uint32_t len = rmq_le32(img + pos);
            if (len > n - pos - 8)
                break;
            rmq_put_le32(img + pos + 4, rmq_crc32c(0, img + pos + 8, len));
            pos += 8 + len;
        }
    }

    rmq_kv_t *kv = NULL, *again = NULL;
    size_t good = 0, good2 = 0;
    rmq_err_t err;
    if (rmq_kv_open_image(img, n, &kv, &good, &err) == 0) {
        RMQ_ASSERT(good >= 8 && good <= n);
        RMQ_ASSERT(rmq_kv_open_image(img, good, &again, &good2, &err) == 0);
        RMQ_ASSERT(good2 == good);
        RMQ_ASSERT(rmq_kv_count(kv) == rmq_kv_count(again));
        cmp_t c = {.other = again};
        rmq_kv_scan(kv, "", 0, same_in_other, &c);
        RMQ_ASSERT(c.seen == rmq_kv_count(kv));
        /* An image store is read-only. */
        RMQ_ASSERT(rmq_kv_put(kv, "k", 1, "v", 1) == RMQ_EIO);
        rmq_kv_close(again);
        rmq_kv_close(kv);
    } else {
        RMQ_ASSERT(n < 8 || memcmp(img, "RMQKV001", 8) != 0);
    }
    free(img);
    return 0;
}
