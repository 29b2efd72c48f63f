/*
 * record_batch.c - Kafka RecordBatch v2: validation, record iteration, building.
 *
 * The layout tables are in record_batch.h and docs/record-batch.md. Everything read here may
 * come from a client or a disk: each length is checked against the bytes that remain before
 * it is used, and each failure names the record and field, so a corrupt batch in a log can be
 * located from the message alone.
 */
#include "kafka/record_batch.h"

#include "common/assert.h"
#include "common/crc32c.h"
#include "common/varint.h"

/* batchLength counts the bytes after its own field: the rest of the 61-byte header at least. */
#define MIN_BATCH_LENGTH (RMQ_BATCH_HEADER_SIZE - RMQ_BATCH_LOG_OVERHEAD)

/* Wrapping additions: the operands come from untrusted bytes, and signed overflow is UB. */
static int64_t add_wrap64(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}

/* ---- Batch header ---- */

int rmq_batch_peek_size(const uint8_t *p, size_t len, size_t *size, rmq_err_t *err)
{
    if (len < RMQ_BATCH_LOG_OVERHEAD)
        return rmq_err_set(err, RMQ_ETRUNC, "record batch: %zu bytes, need %d to read the length",
                           len, RMQ_BATCH_LOG_OVERHEAD);
    int32_t batch_length = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_LENGTH);
    if (batch_length < MIN_BATCH_LENGTH)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch: batchLength %" PRId32 " is below the minimum of %d",
                           batch_length, MIN_BATCH_LENGTH);
    *size = (size_t)RMQ_BATCH_LOG_OVERHEAD + (size_t)batch_length;
    return 0;
}

static int batch_check(const uint8_t *p, size_t len, rmq_batch_info_t *info, int check_crc,
                       rmq_err_t *err)
{
    memset(info, 0, sizeof(*info));
    if (len < RMQ_BATCH_LOG_OVERHEAD)
        return rmq_err_set(err, RMQ_ETRUNC, "record batch: %zu bytes, need %d to read the length",
                           len, RMQ_BATCH_LOG_OVERHEAD);
    info->base_offset = (int64_t)rmq_be64(p + RMQ_BATCH_OFF_BASE_OFFSET);
    info->batch_length = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_LENGTH);
    if (len < RMQ_BATCH_OFF_MAGIC + 1)
        return rmq_err_set(err, RMQ_ETRUNC, "record batch: %zu bytes, need %d to read the magic",
                           len, RMQ_BATCH_OFF_MAGIC + 1);
    info->partition_leader_epoch = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_LEADER_EPOCH);
    info->magic = (int8_t)p[RMQ_BATCH_OFF_MAGIC];
    /* The magic decides how the rest reads, so it is checked before anything else. */
    if (info->magic == 0 || info->magic == 1)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "record batch: legacy message set (magic %d) is not supported",
                           info->magic);
    if (info->magic != RMQ_BATCH_MAGIC)
        return rmq_err_set(err, RMQ_ECORRUPT, "record batch: invalid magic %d", info->magic);
    if (info->batch_length < MIN_BATCH_LENGTH)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch: batchLength %" PRId32 " is below the minimum of %d",
                           info->batch_length, MIN_BATCH_LENGTH);
    size_t total = rmq_batch_size(info);
    if (len < total)
        return rmq_err_set(err, RMQ_ETRUNC, "record batch: %zu bytes of a %zu-byte batch", len,
                           total);

    info->crc = rmq_be32(p + RMQ_BATCH_OFF_CRC);
    info->attributes = (int16_t)rmq_be16(p + RMQ_BATCH_OFF_ATTRIBUTES);
    info->last_offset_delta = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_LAST_DELTA);
    info->base_timestamp = (int64_t)rmq_be64(p + RMQ_BATCH_OFF_BASE_TIMESTAMP);
    info->max_timestamp = (int64_t)rmq_be64(p + RMQ_BATCH_OFF_MAX_TIMESTAMP);
    info->producer_id = (int64_t)rmq_be64(p + RMQ_BATCH_OFF_PRODUCER_ID);
    info->producer_epoch = (int16_t)rmq_be16(p + RMQ_BATCH_OFF_PRODUCER_EPOCH);
    info->base_sequence = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_BASE_SEQUENCE);
    info->record_count = (int32_t)rmq_be32(p + RMQ_BATCH_OFF_RECORD_COUNT);
    uint16_t attr = (uint16_t)info->attributes;
    info->compression = attr & RMQ_BATCH_ATTR_COMPRESSION_MASK;
    info->timestamp_type = (attr & RMQ_BATCH_ATTR_LOG_APPEND_TIME) ? RMQ_TIMESTAMP_LOG_APPEND_TIME
                                                                   : RMQ_TIMESTAMP_CREATE_TIME;
    info->is_transactional = (attr & RMQ_BATCH_ATTR_TRANSACTIONAL) != 0;
    info->is_control = (attr & RMQ_BATCH_ATTR_CONTROL) != 0;

    uint32_t crc =
        check_crc ? rmq_crc32c(0, p + RMQ_BATCH_OFF_ATTRIBUTES, total - RMQ_BATCH_OFF_ATTRIBUTES)
                  : info->crc;
    if (crc != info->crc)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": CRC mismatch (stored 0x%08" PRIx32
                           ", computed 0x%08" PRIx32 ")",
                           info->base_offset, info->crc, crc);
    if (info->compression >= RMQ_COMPRESSION_COUNT)
        return rmq_err_set(err, RMQ_EUNSUPPORTED,
                           "record batch at offset %" PRId64 ": unknown compression codec %d",
                           info->base_offset, info->compression);
    if (info->record_count < 0)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": negative recordCount %" PRId32,
                           info->base_offset, info->record_count);
    size_t records_len = total - RMQ_BATCH_HEADER_SIZE;
    if (info->compression == RMQ_COMPRESSION_NONE &&
        (uint64_t)info->record_count * RMQ_RECORD_MIN_SIZE > records_len)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": recordCount %" PRId32
                           " cannot fit in %zu bytes of records",
                           info->base_offset, info->record_count, records_len);
    if (info->compression != RMQ_COMPRESSION_NONE && info->record_count > 0 && records_len == 0)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": recordCount %" PRId32
                           " but no compressed data",
                           info->base_offset, info->record_count);
    if (info->last_offset_delta < 0 ||
        (info->record_count > 0 && info->last_offset_delta < info->record_count - 1))
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": lastOffsetDelta %" PRId32
                           " impossible for %" PRId32 " records",
                           info->base_offset, info->last_offset_delta, info->record_count);
    if (info->base_offset > INT64_MAX - info->last_offset_delta)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch: baseOffset %" PRId64 " + lastOffsetDelta %" PRId32
                           " overflows",
                           info->base_offset, info->last_offset_delta);
    return 0;
}

int rmq_batch_validate(const uint8_t *p, size_t len, rmq_batch_info_t *info, rmq_err_t *err)
{
    return batch_check(p, len, info, 1, err);
}

int rmq_batch_parse_trusted(const uint8_t *p, size_t len, rmq_batch_info_t *info, rmq_err_t *err)
{
    return batch_check(p, len, info, 0, err);
}

void rmq_batch_set_base_offset(uint8_t *p, int64_t base_offset)
{
    rmq_put_be64(p + RMQ_BATCH_OFF_BASE_OFFSET, (uint64_t)base_offset);
}

void rmq_batch_set_leader_epoch(uint8_t *p, int32_t epoch)
{
    rmq_put_be32(p + RMQ_BATCH_OFF_LEADER_EPOCH, (uint32_t)epoch);
}

static void batch_update_crc(uint8_t *p, size_t size)
{
    uint32_t crc = rmq_crc32c(0, p + RMQ_BATCH_OFF_ATTRIBUTES, size - RMQ_BATCH_OFF_ATTRIBUTES);
    rmq_put_be32(p + RMQ_BATCH_OFF_CRC, crc);
}

void rmq_batch_set_log_append_time(uint8_t *p, size_t size, int64_t ts)
{
    RMQ_ASSERT(size >= RMQ_BATCH_HEADER_SIZE);
    uint16_t attr = rmq_be16(p + RMQ_BATCH_OFF_ATTRIBUTES);
    rmq_put_be16(p + RMQ_BATCH_OFF_ATTRIBUTES, (uint16_t)(attr | RMQ_BATCH_ATTR_LOG_APPEND_TIME));
    rmq_put_be64(p + RMQ_BATCH_OFF_MAX_TIMESTAMP, (uint64_t)ts);
    batch_update_crc(p, size);
}

void rmq_batch_set_max_timestamp(uint8_t *p, size_t size, int64_t ts)
{
    RMQ_ASSERT(size >= RMQ_BATCH_HEADER_SIZE);
    rmq_put_be64(p + RMQ_BATCH_OFF_MAX_TIMESTAMP, (uint64_t)ts);
    batch_update_crc(p, size);
}

/* ---- Concatenated batches ---- */

void rmq_batch_set_iter_init(rmq_batch_set_iter_t *it, const uint8_t *p, size_t len)
{
    it->p = p;
    it->len = len;
    it->off = 0;
}

int rmq_batch_set_iter_next(rmq_batch_set_iter_t *it, const uint8_t **batch, size_t *size,
                            rmq_err_t *err)
{
    size_t left = it->len - it->off;
    size_t n = 0;
    int rc = rmq_batch_peek_size(it->p + it->off, left, &n, err);
    if (rc == RMQ_ETRUNC)
        return 0;
    if (rc < 0) {
        rmq_err_prefix(err, "batch at byte %zu", it->off);
        return rc;
    }
    if (n > left)
        return 0;
    *batch = it->p + it->off;
    *size = n;
    it->off += n;
    return 1;
}

/* ---- Records ---- */

/* A cursor over p[pos..end) that turns each decoding failure into a message naming the field. */
typedef struct cursor {
    const uint8_t *p;
    size_t pos;
    size_t end;
    int32_t index; /* record index, for messages */
    rmq_err_t *err;
} cursor_t;

static int cur_fail(cursor_t *c, int rc, const char *field)
{
    if (rc == RMQ_ETRUNC)
        return rmq_err_set(c->err, RMQ_ECORRUPT, "record %" PRId32 ": %s runs past the record end",
                           c->index, field);
    return rmq_err_set(c->err, RMQ_ECORRUPT, "record %" PRId32 ": %s is not a valid varint",
                       c->index, field);
}

static int cur_varint32(cursor_t *c, int32_t *v, const char *field)
{
    int n = rmq_varint32_decode(c->p + c->pos, c->end - c->pos, v);
    if (n < 0)
        return cur_fail(c, n, field);
    c->pos += (size_t)n;
    return 0;
}

static int cur_varint64(cursor_t *c, int64_t *v, const char *field)
{
    int n = rmq_varint64_decode(c->p + c->pos, c->end - c->pos, v);
    if (n < 0)
        return cur_fail(c, n, field);
    c->pos += (size_t)n;
    return 0;
}

/*
 * Reads a length-prefixed byte field: a varint length (>= -1 when nullable, else >= 0) then
 * that many bytes. A null field gives *data NULL and *len -1.
 */
static int cur_bytes(cursor_t *c, const uint8_t **data, int32_t *len, int nullable,
                     const char *field)
{
    int32_t n;
    int rc = cur_varint32(c, &n, field);
    if (rc < 0)
        return rc;
    if (n < 0) {
        if (nullable && n == -1) {
            *data = NULL;
            *len = -1;
            return 0;
        }
        return rmq_err_set(c->err, RMQ_ECORRUPT,
                           "record %" PRId32 ": %s length %" PRId32 " is invalid", c->index, field,
                           n);
    }
    if ((size_t)n > c->end - c->pos)
        return rmq_err_set(c->err, RMQ_ECORRUPT,
                           "record %" PRId32 ": %s length %" PRId32 " exceeds the %zu bytes left",
                           c->index, field, n, c->end - c->pos);
    *data = c->p + c->pos;
    *len = n;
    c->pos += (size_t)n;
    return 0;
}

int rmq_record_next_header(const rmq_record_t *rec, size_t *pos, rmq_record_header_t *hdr)
{
    if (*pos >= rec->headers_len)
        return 0;
    cursor_t c = {rec->headers, *pos, rec->headers_len, 0, NULL};
    /* Already validated by rmq_record_iter_next; a failure here means misuse, so stop. */
    if (cur_bytes(&c, &hdr->key, &hdr->key_len, 0, "header key") < 0 ||
        cur_bytes(&c, &hdr->value, &hdr->value_len, 1, "header value") < 0) {
        *pos = rec->headers_len;
        return 0;
    }
    *pos = c.pos;
    return 1;
}

int rmq_record_iter_init(rmq_record_iter_t *it, const uint8_t *batch, const rmq_batch_info_t *info,
                         const rmq_record_iter_opts_t *opts, rmq_err_t *err)
{
    memset(it, 0, sizeof(*it));
    it->info = *info;
    it->prev_delta = -1;
    size_t total = rmq_batch_size(info);
    if (total < RMQ_BATCH_HEADER_SIZE) {
        it->failed = 1;
        return rmq_err_set(err, RMQ_EINVAL, "record iterator: batch of %zu bytes", total);
    }
    const uint8_t *section = batch + RMQ_BATCH_HEADER_SIZE;
    size_t section_len = total - RMQ_BATCH_HEADER_SIZE;
    if (info->compression == RMQ_COMPRESSION_NONE) {
        it->data = section;
        it->len = section_len;
        return 0;
    }
    size_t max =
        opts && opts->max_decompressed ? opts->max_decompressed : RMQ_DECOMPRESS_DEFAULT_MAX;
    rmq_wbuf_t *wb = opts && opts->scratch ? opts->scratch : &it->own;
    rmq_wbuf_reset(wb);
    int rc = rmq_decompress(info->compression, section, section_len, max, wb, err);
    if (rc < 0) {
        it->failed = 1;
        if (rc == RMQ_EINVAL)
            rc = RMQ_EUNSUPPORTED;
        if (err)
            err->code = rc;
        rmq_err_prefix(err, "record batch at offset %" PRId64, info->base_offset);
        return rc;
    }
    it->data = wb->data;
    it->len = wb->len;
    if ((uint64_t)info->record_count * RMQ_RECORD_MIN_SIZE > it->len) {
        it->failed = 1;
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": recordCount %" PRId32
                           " cannot fit in %zu decompressed bytes",
                           info->base_offset, info->record_count, it->len);
    }
    return 0;
}

static int iter_parse(rmq_record_iter_t *it, rmq_record_t *rec, rmq_err_t *err)
{
    int32_t idx = it->index;
    cursor_t c = {it->data, it->pos, it->len, idx, err};
    int32_t length;
    int rc = cur_varint32(&c, &length, "length");
    if (rc < 0)
        return rc;
    if (length < 0 || (size_t)length > c.end - c.pos)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record %" PRId32 ": length %" PRId32 " exceeds the %zu bytes left", idx,
                           length, c.end - c.pos);
    /* From here on the record's own length bounds every field. */
    size_t body = c.pos;
    c.end = c.pos + (size_t)length;
    memset(rec, 0, sizeof(*rec));
    rec->length = length;
    if (c.pos >= c.end)
        return rmq_err_set(err, RMQ_ECORRUPT, "record %" PRId32 ": attributes runs past the end",
                           idx);
    rec->attributes = (int8_t)c.p[c.pos++];
    if ((rc = cur_varint64(&c, &rec->timestamp_delta, "timestampDelta")) < 0 ||
        (rc = cur_varint32(&c, &rec->offset_delta, "offsetDelta")) < 0)
        return rc;
    if (rec->offset_delta <= it->prev_delta || rec->offset_delta > it->info.last_offset_delta)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record %" PRId32 ": offsetDelta %" PRId32
                           " out of order (previous %" PRId32 ", lastOffsetDelta %" PRId32 ")",
                           idx, rec->offset_delta, it->prev_delta, it->info.last_offset_delta);
    if ((rc = cur_bytes(&c, &rec->key, &rec->key_len, 1, "key")) < 0 ||
        (rc = cur_bytes(&c, &rec->value, &rec->value_len, 1, "value")) < 0 ||
        (rc = cur_varint32(&c, &rec->header_count, "headerCount")) < 0)
        return rc;
    if (rec->header_count < 0)
        return rmq_err_set(err, RMQ_ECORRUPT, "record %" PRId32 ": negative headerCount %" PRId32,
                           idx, rec->header_count);
    rec->headers = c.p + c.pos;
    size_t headers_start = c.pos;
    /* Each header takes at least 2 bytes, so this loop is bounded by the record's length. */
    for (int32_t h = 0; h < rec->header_count; h++) {
        const uint8_t *k, *v;
        int32_t klen, vlen;
        char field[48];
        snprintf(field, sizeof(field), "header %" PRId32 " key", h);
        if ((rc = cur_bytes(&c, &k, &klen, 0, field)) < 0)
            return rc;
        snprintf(field, sizeof(field), "header %" PRId32 " value", h);
        if ((rc = cur_bytes(&c, &v, &vlen, 1, field)) < 0)
            return rc;
    }
    rec->headers_len = c.pos - headers_start;
    if (c.pos != c.end)
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record %" PRId32 ": length %" PRId32 " but its fields use %zu bytes",
                           idx, length, c.pos - body);
    rec->offset = add_wrap64(it->info.base_offset, rec->offset_delta);
    rec->timestamp = it->info.timestamp_type == RMQ_TIMESTAMP_LOG_APPEND_TIME
                         ? it->info.max_timestamp
                         : add_wrap64(it->info.base_timestamp, rec->timestamp_delta);
    it->pos = c.end;
    it->prev_delta = rec->offset_delta;
    it->index++;
    return 1;
}

int rmq_record_iter_next(rmq_record_iter_t *it, rmq_record_t *rec, rmq_err_t *err)
{
    if (it->failed)
        return rmq_err_set(err, RMQ_ECORRUPT, "record iterator: used after an error");
    if (it->index >= it->info.record_count) {
        if (it->pos != it->len) {
            it->failed = 1;
            return rmq_err_set(err, RMQ_ECORRUPT,
                               "record batch at offset %" PRId64 ": %zu bytes after the last of "
                               "%" PRId32 " records",
                               it->info.base_offset, it->len - it->pos, it->info.record_count);
        }
        return 0;
    }
    if (it->pos >= it->len) {
        it->failed = 1;
        return rmq_err_set(err, RMQ_ECORRUPT,
                           "record batch at offset %" PRId64 ": recordCount %" PRId32
                           " but only %" PRId32 " records present",
                           it->info.base_offset, it->info.record_count, it->index);
    }
    int rc = iter_parse(it, rec, err);
    if (rc < 0) {
        it->failed = 1;
        rmq_err_prefix(err, "record batch at offset %" PRId64, it->info.base_offset);
    }
    return rc;
}

void rmq_record_iter_release(rmq_record_iter_t *it)
{
    rmq_wbuf_release(&it->own);
    it->data = NULL;
    it->len = it->pos = 0;
}

/* ---- Building ---- */

void rmq_batch_builder_opts_default(rmq_batch_builder_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    opts->base_offset = 0;
    opts->partition_leader_epoch = -1;
    opts->producer_id = RMQ_BATCH_NO_PRODUCER_ID;
    opts->producer_epoch = RMQ_BATCH_NO_PRODUCER_EPOCH;
    opts->base_sequence = RMQ_BATCH_NO_SEQUENCE;
    opts->timestamp_type = RMQ_TIMESTAMP_CREATE_TIME;
    opts->log_append_time = RMQ_BATCH_NO_TIMESTAMP;
    opts->compression = RMQ_COMPRESSION_NONE;
}

void rmq_batch_builder_init(rmq_batch_builder_t *b, const rmq_batch_builder_opts_t *opts)
{
    memset(b, 0, sizeof(*b));
    if (opts)
        b->opts = *opts;
    else
        rmq_batch_builder_opts_default(&b->opts);
    b->last_delta = -1;
    b->base_timestamp = RMQ_BATCH_NO_TIMESTAMP;
    b->max_timestamp = RMQ_BATCH_NO_TIMESTAMP;
}

static void put_varint32(rmq_wbuf_t *wb, int32_t v)
{
    wb->len += rmq_varint32_encode(rmq_wbuf_reserve(wb, RMQ_VARINT_MAX32), v);
}

static void put_varint64(rmq_wbuf_t *wb, int64_t v)
{
    wb->len += rmq_varint64_encode(rmq_wbuf_reserve(wb, RMQ_VARINT_MAX64), v);
}

/* Encoded size of a length-prefixed field of n bytes (n < 0: null). */
static uint64_t field_size(int64_t n)
{
    return n < 0 ? rmq_varint32_size(-1) : rmq_varint32_size((int32_t)n) + (uint64_t)n;
}

int rmq_batch_builder_add_delta(rmq_batch_builder_t *b, const rmq_record_in_t *rec,
                                int32_t offset_delta, rmq_err_t *err)
{
    if (offset_delta <= b->last_delta)
        return rmq_err_set(err, RMQ_EINVAL,
                           "batch builder: offset delta %" PRId32
                           " not above the previous %" PRId32,
                           offset_delta, b->last_delta);
    if (b->count == INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "batch builder: too many records");
    if ((rec->key && rec->key_len > INT32_MAX) || (rec->value && rec->value_len > INT32_MAX) ||
        rec->header_count > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "batch builder: key, value or header count too large");
    if (rec->header_count > 0 && rec->headers == NULL)
        return rmq_err_set(err, RMQ_EINVAL, "batch builder: %zu headers but no header array",
                           rec->header_count);

    int64_t ts_delta = 0;
    if (b->count == 0)
        b->base_timestamp = rec->timestamp;
    else
        ts_delta = (int64_t)((uint64_t)rec->timestamp - (uint64_t)b->base_timestamp);

    /* The record's length field counts the bytes after it: add them up first. */
    uint64_t body = 1 + rmq_varint64_size(ts_delta) + rmq_varint32_size(offset_delta);
    body += field_size(rec->key ? (int64_t)rec->key_len : -1);
    body += field_size(rec->value ? (int64_t)rec->value_len : -1);
    body += rmq_varint32_size((int32_t)rec->header_count);
    for (size_t h = 0; h < rec->header_count; h++) {
        const rmq_record_header_t *hd = &rec->headers[h];
        if (hd->key_len < 0 || (hd->key == NULL && hd->key_len > 0))
            return rmq_err_set(err, RMQ_EINVAL, "batch builder: header %zu has no key", h);
        if (hd->value_len < -1 || (hd->value == NULL && hd->value_len > 0))
            return rmq_err_set(err, RMQ_EINVAL, "batch builder: header %zu has a bad value", h);
        body += field_size(hd->key_len) + field_size(hd->value_len);
    }
    if (body > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "batch builder: record of %" PRIu64 " bytes", body);

    rmq_wbuf_t *wb = &b->records;
    put_varint32(wb, (int32_t)body);
    rmq_wbuf_put_u8(wb, 0); /* attributes: unused */
    put_varint64(wb, ts_delta);
    put_varint32(wb, offset_delta);
    if (rec->key) {
        put_varint32(wb, (int32_t)rec->key_len);
        rmq_wbuf_append(wb, rec->key, rec->key_len);
    } else {
        put_varint32(wb, -1);
    }
    if (rec->value) {
        put_varint32(wb, (int32_t)rec->value_len);
        rmq_wbuf_append(wb, rec->value, rec->value_len);
    } else {
        put_varint32(wb, -1);
    }
    put_varint32(wb, (int32_t)rec->header_count);
    for (size_t h = 0; h < rec->header_count; h++) {
        const rmq_record_header_t *hd = &rec->headers[h];
        put_varint32(wb, hd->key_len);
        rmq_wbuf_append(wb, hd->key, (size_t)hd->key_len);
        put_varint32(wb, hd->value_len);
        if (hd->value_len > 0)
            rmq_wbuf_append(wb, hd->value, (size_t)hd->value_len);
    }

    if (b->count == 0 || rec->timestamp > b->max_timestamp)
        b->max_timestamp = rec->timestamp;
    b->last_delta = offset_delta;
    b->count++;
    return 0;
}

int rmq_batch_builder_add(rmq_batch_builder_t *b, const rmq_record_in_t *rec, rmq_err_t *err)
{
    if (b->last_delta == INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "batch builder: offset delta overflow");
    return rmq_batch_builder_add_delta(b, rec, b->last_delta + 1, err);
}

int rmq_batch_builder_finish(rmq_batch_builder_t *b, rmq_wbuf_t *out, rmq_err_t *err)
{
    const rmq_batch_builder_opts_t *o = &b->opts;
    if (o->compression < 0 || o->compression >= RMQ_COMPRESSION_COUNT)
        return rmq_err_set(err, RMQ_EINVAL, "batch builder: unknown codec %d", o->compression);
    size_t start = out->len;
    memset(rmq_wbuf_reserve(out, RMQ_BATCH_HEADER_SIZE), 0, RMQ_BATCH_HEADER_SIZE);
    out->len += RMQ_BATCH_HEADER_SIZE;
    if (o->compression == RMQ_COMPRESSION_NONE) {
        rmq_wbuf_append(out, b->records.data, b->records.len);
    } else {
        int rc = rmq_compress(o->compression, b->records.data, b->records.len, o->compression_level,
                              out, err);
        if (rc < 0) {
            out->len = start;
            return rc;
        }
    }
    size_t total = out->len - start;
    if (total - RMQ_BATCH_LOG_OVERHEAD > INT32_MAX) {
        out->len = start;
        return rmq_err_set(err, RMQ_ETOOBIG, "batch builder: batch of %zu bytes", total);
    }

    uint16_t attr = (uint16_t)o->compression;
    int64_t max_ts = b->max_timestamp;
    if (o->timestamp_type == RMQ_TIMESTAMP_LOG_APPEND_TIME) {
        attr |= RMQ_BATCH_ATTR_LOG_APPEND_TIME;
        max_ts = o->log_append_time;
    }
    if (o->is_transactional)
        attr |= RMQ_BATCH_ATTR_TRANSACTIONAL;
    if (o->is_control)
        attr |= RMQ_BATCH_ATTR_CONTROL;

    uint8_t *p = out->data + start;
    rmq_put_be64(p + RMQ_BATCH_OFF_BASE_OFFSET, (uint64_t)o->base_offset);
    rmq_put_be32(p + RMQ_BATCH_OFF_LENGTH, (uint32_t)(total - RMQ_BATCH_LOG_OVERHEAD));
    rmq_put_be32(p + RMQ_BATCH_OFF_LEADER_EPOCH, (uint32_t)o->partition_leader_epoch);
    p[RMQ_BATCH_OFF_MAGIC] = RMQ_BATCH_MAGIC;
    rmq_put_be16(p + RMQ_BATCH_OFF_ATTRIBUTES, attr);
    rmq_put_be32(p + RMQ_BATCH_OFF_LAST_DELTA, (uint32_t)(b->count ? b->last_delta : 0));
    rmq_put_be64(p + RMQ_BATCH_OFF_BASE_TIMESTAMP, (uint64_t)b->base_timestamp);
    rmq_put_be64(p + RMQ_BATCH_OFF_MAX_TIMESTAMP, (uint64_t)max_ts);
    rmq_put_be64(p + RMQ_BATCH_OFF_PRODUCER_ID, (uint64_t)o->producer_id);
    rmq_put_be16(p + RMQ_BATCH_OFF_PRODUCER_EPOCH, (uint16_t)o->producer_epoch);
    rmq_put_be32(p + RMQ_BATCH_OFF_BASE_SEQUENCE, (uint32_t)o->base_sequence);
    rmq_put_be32(p + RMQ_BATCH_OFF_RECORD_COUNT, (uint32_t)b->count);
    batch_update_crc(p, total);
    return 0;
}

void rmq_batch_builder_release(rmq_batch_builder_t *b)
{
    rmq_wbuf_release(&b->records);
    b->count = 0;
    b->last_delta = -1;
}

int rmq_batch_find_time(const uint8_t *batch, const rmq_batch_info_t *info, int64_t ts,
                        int64_t min_offset, int64_t *offset, int64_t *timestamp)
{
    rmq_record_iter_t ri;
    rmq_record_t rec;
    int r, found = 0;

    r = rmq_record_iter_init(&ri, batch, info, NULL, NULL);
    while (r >= 0 && (r = rmq_record_iter_next(&ri, &rec, NULL)) == 1) {
        if (rec.offset >= min_offset && rec.timestamp >= ts) {
            *offset = rec.offset;
            *timestamp = rec.timestamp;
            found = 1;
            break;
        }
    }
    rmq_record_iter_release(&ri);
    return found ? 1 : r;
}
