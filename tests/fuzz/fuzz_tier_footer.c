/*
 * libFuzzer target: the footer of a data object (src/tier/objfmt.c). Any bytes must give
 * either extents that lie inside the data area, in order and without overlap, or an error.
 */
#include <stdint.h>
#include <stdlib.h>

#include "common/assert.h"
#include "tier/tier.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rmq_tier_fext_t *ext = NULL;
    size_t n = 0;
    rmq_err_t err;

    if (rmq_tier_footer_read(data, size, &ext, &n, &err) == 0) {
        uint64_t data_end = size - RMQ_TIER_TRAILER_SIZE - n * RMQ_TIER_FOOTER_ENTRY;
        for (size_t i = 0; i < n; i++) {
            RMQ_ASSERT(ext[i].end > ext[i].base && ext[i].base >= 0);
            RMQ_ASSERT(ext[i].len > 0 && ext[i].pos + ext[i].len <= data_end);
            RMQ_ASSERT(i == 0 || ext[i].pos >= ext[i - 1].pos + ext[i - 1].len);
        }
        /* Writing what was read gives the same footer back. */
        rmq_wbuf_t wb;
        rmq_wbuf_init(&wb, size);
        rmq_wbuf_append(&wb, data, data_end);
        rmq_tier_footer_write(&wb, ext, n);
        RMQ_ASSERT(wb.len == size && memcmp(wb.data, data, size) == 0);
        rmq_wbuf_release(&wb);
    }
    free(ext);
    return 0;
}
