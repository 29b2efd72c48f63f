/*
 * libFuzzer target: the log start checkpoint loader (src/storage/plogset.c), read at every
 * broker start.
 *
 * Input: byte 0 = flags (bit 0: repair magic, version, count and CRC so the entries are
 * parsed), then the image.
 * Invariants: decoding never crashes; a refused image reports no entry at all (a bad file
 * changes nothing); an accepted one reports exactly count entries, each with a log start >= 0,
 * in file order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/assert.h"
#include "common/buf.h"
#include "common/crc32c.h"
#include "common/mem.h"
#include "storage/partition.h"
#include "storage/partition_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct seen {
    const uint8_t *img;
    size_t n;
} seen_t;

static void on_entry(void *opaque, uint64_t id, int64_t start)
{
    seen_t *s = opaque;
    const uint8_t *e = s->img + 16 + s->n * 16;
    RMQ_ASSERT(start >= 0);
    RMQ_ASSERT(id == rmq_le64(e) && (uint64_t)start == rmq_le64(e + 8));
    s->n++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t n = size - 1;
    uint8_t *img = rmq_malloc(n + 1);
    memcpy(img, data + 1, n);
    if ((data[0] & 1) && n >= 20) {
        size_t count = (n - 20) / 16;
        n = 20 + count * 16;
        rmq_put_le32(img, 0x4c514d52u);
        rmq_put_le32(img + 4, 1);
        rmq_put_le32(img + 8, (uint32_t)count);
        rmq_put_le32(img + n - 4, rmq_crc32c(0, img, n - 4));
    }
    seen_t s = {.img = img, .n = 0};
    rmq_err_t err;
    int rc = rmq_plogset_ckpt_decode_(img, n, on_entry, &s, &err);
    if (rc == 0)
        RMQ_ASSERT(s.n == rmq_le32(img + 8) && n == 20 + s.n * 16);
    else
        RMQ_ASSERT(s.n == 0 && err.msg[0] != '\0');
    free(img);
    return 0;
}
