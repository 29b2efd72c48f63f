/*
 * objfmt.c - the footer of a data object.
 *
 *   object  := data footer
 *   data    := the extents' batches, back to back (RecordBatch v2, as produced)
 *   footer  := entry{count} trailer
 *   entry   := pid u64, base i64, end i64, max_timestamp i64, pos u64, len u64   (48 bytes)
 *   trailer := count u32, version u32, crc32c(entries, count, version) u32, "RMQOBJ01"
 * All integers little-endian. Entries are in (pid, base) order and their byte ranges lie in
 * the data area without overlapping. The metadata store is the index the broker uses; the
 * footer makes every object self-describing (recovery tools, orphan inspection, tests).
 */
#include "common/crc32c.h"
#include "common/mem.h"
#include "tier/tier.h"

void rmq_tier_footer_write(rmq_wbuf_t *wb, const rmq_tier_fext_t *exts, size_t n)
{
    size_t start = wb->len;

    for (size_t i = 0; i < n; i++) {
        rmq_wbuf_put_le64(wb, exts[i].pid);
        rmq_wbuf_put_le64(wb, (uint64_t)exts[i].base);
        rmq_wbuf_put_le64(wb, (uint64_t)exts[i].end);
        rmq_wbuf_put_le64(wb, (uint64_t)exts[i].max_timestamp);
        rmq_wbuf_put_le64(wb, exts[i].pos);
        rmq_wbuf_put_le64(wb, exts[i].len);
    }
    rmq_wbuf_put_le32(wb, (uint32_t)n);
    rmq_wbuf_put_le32(wb, RMQ_TIER_OBJ_VERSION);
    rmq_wbuf_put_le32(wb, rmq_crc32c(0, wb->data + start, wb->len - start));
    rmq_wbuf_append(wb, RMQ_TIER_OBJ_MAGIC, 8);
}

int rmq_tier_footer_read(const uint8_t *obj, size_t len, rmq_tier_fext_t **out, size_t *n,
                         rmq_err_t *err)
{
    *out = NULL;
    *n = 0;
    if (len < RMQ_TIER_TRAILER_SIZE)
        return rmq_err_set(err, RMQ_ECORRUPT, "object of %zu bytes has no footer", len);
    const uint8_t *tr = obj + len - RMQ_TIER_TRAILER_SIZE;
    if (memcmp(tr + 12, RMQ_TIER_OBJ_MAGIC, 8) != 0)
        return rmq_err_set(err, RMQ_ECORRUPT, "object footer: bad magic");
    uint32_t count = rmq_le32(tr), version = rmq_le32(tr + 4);
    if (version != RMQ_TIER_OBJ_VERSION)
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "object footer: version %u", version);
    if (count > RMQ_TIER_MAX_EXTENTS ||
        (uint64_t)count * RMQ_TIER_FOOTER_ENTRY > len - RMQ_TIER_TRAILER_SIZE)
        return rmq_err_set(err, RMQ_ECORRUPT, "object footer: %u extents do not fit %zu bytes",
                           count, len);
    size_t flen = (size_t)count * RMQ_TIER_FOOTER_ENTRY;
    const uint8_t *f = tr - flen;
    if (rmq_crc32c(0, f, flen + 8) != rmq_le32(tr + 8))
        return rmq_err_set(err, RMQ_ECORRUPT, "object footer: checksum mismatch");
    uint64_t data_end = (uint64_t)(f - obj), prev_end = 0;
    rmq_tier_fext_t *e = rmq_calloc(count ? count : 1, sizeof(*e));
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *p = f + (size_t)i * RMQ_TIER_FOOTER_ENTRY;
        e[i].pid = rmq_le64(p);
        e[i].base = (int64_t)rmq_le64(p + 8);
        e[i].end = (int64_t)rmq_le64(p + 16);
        e[i].max_timestamp = (int64_t)rmq_le64(p + 24);
        e[i].pos = rmq_le64(p + 32);
        e[i].len = rmq_le64(p + 40);
        int bad = e[i].base < 0 || e[i].end <= e[i].base || e[i].len == 0 || e[i].pos < prev_end ||
                  e[i].pos > data_end || e[i].len > data_end - e[i].pos;
        if (!bad && i > 0)
            bad = e[i].pid < e[i - 1].pid || (e[i].pid == e[i - 1].pid && e[i].base < e[i - 1].end);
        if (bad) {
            free(e);
            return rmq_err_set(err, RMQ_ECORRUPT, "object footer: extent %u is inconsistent", i);
        }
        prev_end = e[i].pos + e[i].len;
    }
    *out = e;
    *n = count;
    return 0;
}
