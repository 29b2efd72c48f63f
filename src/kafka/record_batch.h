/*
 * record_batch.h - Kafka RecordBatch (magic 2): validation, record iteration, building.
 *
 * A RecordBatch is the unit the whole system moves around: producers send it, the WAL and
 * segments store it byte for byte, fetch responses return it. Integers are big-endian.
 *
 *   offset size  field                   notes
 *   0      8     baseOffset              patched by the broker (outside the CRC)
 *   8      4     batchLength             bytes after this field (total size = 12 + batchLength)
 *   12     4     partitionLeaderEpoch    patched by the broker (outside the CRC)
 *   16     1     magic                   2
 *   17     4     crc                     CRC-32C of bytes 21..end (uint32)
 *   21     2     attributes              bits 0-2 codec, 3 timestamp type (1 = LogAppendTime),
 *                                        4 transactional, 5 control, 6 delete horizon set
 *   23     4     lastOffsetDelta
 *   27     8     baseTimestamp
 *   35     8     maxTimestamp
 *   43     8     producerId              -1 when none
 *   51     2     producerEpoch           -1 when none
 *   53     4     baseSequence            -1 when none
 *   57     4     recordCount
 *   61     ...   records                 compressed as a whole when the codec is not none
 *
 * Record (all varints zigzag-encoded, Kafka's "varint"/"varlong"):
 *   length varint (bytes after this field), attributes int8 (unused, 0),
 *   timestampDelta varlong, offsetDelta varint, keyLength varint (-1 = null), key,
 *   valueLength varint (-1 = null), value, headerCount varint, headers:
 *   [headerKeyLength varint (>= 0), headerKey (UTF-8), headerValueLength varint (-1 = null),
 *    headerValue]
 *
 * Every function here reads hostile bytes safely: corrupt input gives RMQ_ECORRUPT (with a
 * message naming the field), never a crash or an assertion.
 *
 * Thread: no global state; an iterator or builder belongs to one thread at a time.
 */
#ifndef RMQ_KAFKA_RECORD_BATCH_H
#define RMQ_KAFKA_RECORD_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"
#include "kafka/compress.h"

/* Header field offsets (see the table above). */
#define RMQ_BATCH_OFF_BASE_OFFSET    0
#define RMQ_BATCH_OFF_LENGTH         8
#define RMQ_BATCH_OFF_LEADER_EPOCH   12
#define RMQ_BATCH_OFF_MAGIC          16
#define RMQ_BATCH_OFF_CRC            17
#define RMQ_BATCH_OFF_ATTRIBUTES     21
#define RMQ_BATCH_OFF_LAST_DELTA     23
#define RMQ_BATCH_OFF_BASE_TIMESTAMP 27
#define RMQ_BATCH_OFF_MAX_TIMESTAMP  35
#define RMQ_BATCH_OFF_PRODUCER_ID    43
#define RMQ_BATCH_OFF_PRODUCER_EPOCH 51
#define RMQ_BATCH_OFF_BASE_SEQUENCE  53
#define RMQ_BATCH_OFF_RECORD_COUNT   57
#define RMQ_BATCH_HEADER_SIZE        61
#define RMQ_BATCH_LOG_OVERHEAD       12 /* baseOffset + batchLength */
#define RMQ_BATCH_MAGIC              2

/* Attribute bits. */
#define RMQ_BATCH_ATTR_COMPRESSION_MASK 0x07
#define RMQ_BATCH_ATTR_LOG_APPEND_TIME  0x08
#define RMQ_BATCH_ATTR_TRANSACTIONAL    0x10
#define RMQ_BATCH_ATTR_CONTROL          0x20
#define RMQ_BATCH_ATTR_DELETE_HORIZON   0x40

/* timestamp_type values. */
#define RMQ_TIMESTAMP_CREATE_TIME     0
#define RMQ_TIMESTAMP_LOG_APPEND_TIME 1

/* "None" values of the producer fields and timestamps. */
#define RMQ_BATCH_NO_PRODUCER_ID    ((int64_t)-1)
#define RMQ_BATCH_NO_PRODUCER_EPOCH ((int16_t)-1)
#define RMQ_BATCH_NO_SEQUENCE       ((int32_t)-1)
#define RMQ_BATCH_NO_TIMESTAMP      ((int64_t)-1)

/* Smallest possible encoded record: 7 one-byte fields. */
#define RMQ_RECORD_MIN_SIZE 7

typedef struct rmq_batch_info {
    int64_t base_offset;
    int32_t batch_length; /* bytes after the length field */
    int32_t partition_leader_epoch;
    int8_t magic;
    uint32_t crc;
    int16_t attributes;
    int32_t last_offset_delta;
    int64_t base_timestamp;
    int64_t max_timestamp;
    int64_t producer_id;
    int16_t producer_epoch;
    int32_t base_sequence;
    int32_t record_count;
    int compression; /* RMQ_COMPRESSION_NONE/GZIP/SNAPPY/LZ4/ZSTD */
    int is_transactional, is_control, timestamp_type;
} rmq_batch_info_t;

/*
 * Validates one batch at p[0..len) (len may exceed the batch: *info tells its total size
 * = 12 + batch_length). Checks magic==2, lengths, CRC32C over attributes..end, record count
 * sane vs size, last_offset_delta. Returns 0, RMQ_ETRUNC, RMQ_ECORRUPT or RMQ_EUNSUPPORTED.
 *
 * Details: RMQ_ETRUNC when p holds less than the whole batch (info->batch_length is filled in
 * as soon as the first 12 bytes are there, so a reader knows how much more to fetch).
 * RMQ_EUNSUPPORTED for magic 0 or 1 (legacy message sets) and codec ids 5-7. RMQ_ECORRUPT
 * for other magics, batchLength < 49, a CRC mismatch, recordCount < 0, an uncompressed
 * records section too small for recordCount records (7 bytes each at least) or
 * lastOffsetDelta < recordCount - 1 or < 0. The size limit is the caller's to enforce.
 * Decompression and record parsing happen in rmq_record_iter_*, not here.
 * info may not be NULL; err may.
 */
int rmq_batch_validate(const uint8_t *p, size_t len, rmq_batch_info_t *info, rmq_err_t *err);

/*
 * rmq_batch_validate without the CRC: for bytes whose integrity is already established (a
 * batch validated when it was produced and kept in memory, or read back from the WAL, whose
 * frames carry their own checksum). Every structural check still runs, so a wrong or torn
 * batch is still caught; only the pass over the data is saved.
 */
int rmq_batch_parse_trusted(const uint8_t *p, size_t len, rmq_batch_info_t *info, rmq_err_t *err);

/* Total size of a validated batch: 12 + batch_length. */
static inline size_t rmq_batch_size(const rmq_batch_info_t *info)
{
    return (size_t)RMQ_BATCH_LOG_OVERHEAD + (size_t)(uint32_t)info->batch_length;
}

/* Offset of the batch's last record (base_offset + last_offset_delta). */
static inline int64_t rmq_batch_last_offset(const rmq_batch_info_t *info)
{
    return info->base_offset + info->last_offset_delta;
}

/* Patch in place (fields outside the CRC-covered range, so the CRC stays valid). */
void rmq_batch_set_base_offset(uint8_t *p, int64_t base_offset);
void rmq_batch_set_leader_epoch(uint8_t *p, int32_t epoch);

/*
 * Marks the batch p[0..size) as LogAppendTime with maxTimestamp = ts and recomputes the CRC
 * (what a broker configured with message.timestamp.type=LogAppendTime does). size must be the
 * batch's total size (>= RMQ_BATCH_HEADER_SIZE) of a batch that passed rmq_batch_validate.
 */
void rmq_batch_set_log_append_time(uint8_t *p, size_t size, int64_t ts);

/* Sets a CreateTime batch's maxTimestamp (what the records say) and recomputes the CRC; same
   preconditions as rmq_batch_set_log_append_time. */
void rmq_batch_set_max_timestamp(uint8_t *p, size_t size, int64_t ts);

/*
 * Size of the next batch in a buffer of concatenated batches (Fetch responses, Produce
 * requests, WAL reads). Reads only the first 12 bytes of p[0..len).
 * Returns 0 and *size = 12 + batchLength (which may exceed len: the batch is incomplete),
 * RMQ_ETRUNC when len < 12 (*size untouched) or RMQ_ECORRUPT when batchLength is below
 * the minimum of 49 (which also covers negative values).
 */
int rmq_batch_peek_size(const uint8_t *p, size_t len, size_t *size, rmq_err_t *err);

/*
 * Walks the complete batches of a buffer of concatenated batches, without validating them
 * (run rmq_batch_validate on each). Borrowed: p must outlive the walk.
 */
typedef struct rmq_batch_set_iter {
    const uint8_t *p;
    size_t len;
    size_t off; /* start of the next batch */
} rmq_batch_set_iter_t;

void rmq_batch_set_iter_init(rmq_batch_set_iter_t *it, const uint8_t *p, size_t len);

/*
 * Stores the next complete batch in *batch / *size and returns 1; returns 0 when no complete
 * batch is left (rmq_batch_set_iter_trailing tells how many bytes of a partial batch remain:
 * normal at the end of a Fetch response, an error in a Produce request — the caller decides),
 * RMQ_ECORRUPT when a batch length is invalid (the walk cannot continue).
 */
int rmq_batch_set_iter_next(rmq_batch_set_iter_t *it, const uint8_t **batch, size_t *size,
                            rmq_err_t *err);

/* Bytes left after the last complete batch returned so far. */
static inline size_t rmq_batch_set_iter_trailing(const rmq_batch_set_iter_t *it)
{
    return it->len - it->off;
}

/* ---- Records ---- */

/* One header of a record; pointers borrow from the iterator's data. */
typedef struct rmq_record_header {
    const uint8_t *key; /* never NULL (may point at 0 bytes) */
    int32_t key_len;    /* >= 0 */
    const uint8_t *value;
    int32_t value_len; /* -1 and value NULL when null */
} rmq_record_header_t;

/* One decoded record. Pointers borrow from the iterator (see rmq_record_iter_next). */
typedef struct rmq_record {
    int32_t length; /* the record's length field */
    int8_t attributes;
    int64_t timestamp_delta;
    int32_t offset_delta;
    int64_t offset;    /* base_offset + offset_delta */
    int64_t timestamp; /* base_timestamp + delta, or max_timestamp for LogAppendTime batches */
    const uint8_t *key;
    int32_t key_len; /* -1 and key NULL when null */
    const uint8_t *value;
    int32_t value_len; /* -1 and value NULL when null */
    int32_t header_count;
    const uint8_t *headers; /* the encoded headers, already validated */
    size_t headers_len;
} rmq_record_t;

/*
 * Decodes the header at rec->headers + *pos and advances *pos. Start with *pos = 0.
 * Returns 1 when a header was stored, 0 after the last one.
 */
int rmq_record_next_header(const rmq_record_t *rec, size_t *pos, rmq_record_header_t *hdr);

typedef struct rmq_record_iter_opts {
    size_t max_decompressed; /* limit on the decompressed records section; 0 = default 64 MiB */
    rmq_wbuf_t *scratch;     /* caller-owned buffer for decompression (reset, then filled;
                                reusable across batches), or NULL to use an internal one */
} rmq_record_iter_opts_t;

typedef struct rmq_record_iter {
    rmq_batch_info_t info;
    const uint8_t *data; /* the records section (decompressed) */
    size_t len;
    size_t pos;
    int32_t index;      /* records returned so far */
    int32_t prev_delta; /* offset delta of the previous record, -1 before the first */
    int failed;         /* an error was returned: next calls repeat RMQ_ECORRUPT */
    rmq_wbuf_t own;     /* internal decompression buffer */
} rmq_record_iter_t;

/*
 * Starts iterating the records of batch (a batch that passed rmq_batch_validate, which
 * filled *info; batch holds rmq_batch_size(info) bytes). A compressed records section is
 * decompressed now, into opts->scratch or an internal buffer, refusing to produce more than
 * max_decompressed bytes. opts may be NULL. Returns 0, RMQ_ECORRUPT (undecodable data),
 * RMQ_ETOOBIG (over the limit) or RMQ_EUNSUPPORTED. After any return, call
 * rmq_record_iter_release.
 */
int rmq_record_iter_init(rmq_record_iter_t *it, const uint8_t *batch, const rmq_batch_info_t *info,
                         const rmq_record_iter_opts_t *opts, rmq_err_t *err);

/*
 * Decodes the next record into *rec. Returns 1 (a record), 0 (all recordCount records read
 * and the section ends exactly there) or RMQ_ECORRUPT with a message naming the record index
 * and field. Checked: every varint strictly decoded, every length within the section, key
 * and value lengths >= -1, header key lengths >= 0, the record's length field equal to the
 * bytes its fields used, offset deltas strictly increasing and <= lastOffsetDelta, recordCount
 * equal to the number of records present (no missing records, no trailing bytes).
 * rec's pointers stay valid until rmq_record_iter_release (and while the batch bytes and
 * the scratch buffer are untouched).
 */
int rmq_record_iter_next(rmq_record_iter_t *it, rmq_record_t *rec, rmq_err_t *err);

/* Frees the internal buffer (the scratch buffer stays the caller's). */
void rmq_record_iter_release(rmq_record_iter_t *it);

/*
 * The first record of a validated batch (batch, info as for rmq_record_iter_init) whose offset
 * is >= min_offset and whose timestamp is >= ts: 1 with *offset and *timestamp filled; 0 when
 * the batch has none; <0 when its records cannot be decoded. In a LogAppendTime batch every
 * record has the batch's max timestamp.
 */
int rmq_batch_find_time(const uint8_t *batch, const rmq_batch_info_t *info, int64_t ts,
                        int64_t min_offset, int64_t *offset, int64_t *timestamp);

/* ---- Building ---- */

/* One record to add. Pointers are borrowed for the duration of the add call only. */
typedef struct rmq_record_in {
    const uint8_t *key; /* NULL = null key (key_len ignored) */
    size_t key_len;
    const uint8_t *value; /* NULL = null value (value_len ignored) */
    size_t value_len;
    int64_t timestamp; /* absolute, milliseconds */
    /* header_count entries: key_len >= 0 (key may be NULL only when key_len is 0);
       value_len -1 = null value, else value points at value_len bytes (NULL allowed for 0). */
    const rmq_record_header_t *headers;
    size_t header_count;
} rmq_record_in_t;

typedef struct rmq_batch_builder_opts {
    int64_t base_offset;
    int32_t partition_leader_epoch; /* -1 from producers */
    int64_t producer_id;            /* RMQ_BATCH_NO_PRODUCER_ID when not idempotent */
    int16_t producer_epoch;
    int32_t base_sequence;
    int is_transactional;
    int is_control;
    int timestamp_type;      /* RMQ_TIMESTAMP_CREATE_TIME or _LOG_APPEND_TIME */
    int64_t log_append_time; /* maxTimestamp of LogAppendTime batches */
    int compression;         /* RMQ_COMPRESSION_* */
    int compression_level;   /* 0 = codec default */
} rmq_batch_builder_opts_t;

/* Opts for a plain producer batch: no producer id, epoch, sequence or leader epoch (-1),
   CreateTime, no compression, base offset 0. */
void rmq_batch_builder_opts_default(rmq_batch_builder_opts_t *opts);

typedef struct rmq_batch_builder {
    rmq_batch_builder_opts_t opts;
    rmq_wbuf_t records; /* uncompressed records section */
    int32_t count;
    int32_t last_delta; /* -1 before the first record */
    int64_t base_timestamp;
    int64_t max_timestamp;
} rmq_batch_builder_t;

/* Starts a batch with a copy of *opts (NULL = defaults). Release with _release. */
void rmq_batch_builder_init(rmq_batch_builder_t *b, const rmq_batch_builder_opts_t *opts);

/*
 * Appends a record with the next offset delta (previous + 1, 0 for the first). The first
 * record's timestamp becomes baseTimestamp. Returns 0, or RMQ_EINVAL / RMQ_ETOOBIG when a
 * length does not fit the format (key, value or header over 2^31-1 bytes, over 2^31-1
 * records or offset deltas).
 */
int rmq_batch_builder_add(rmq_batch_builder_t *b, const rmq_record_in_t *rec, rmq_err_t *err);

/* Same with an explicit offset delta, which must exceed the previous one (compacted batches). */
int rmq_batch_builder_add_delta(rmq_batch_builder_t *b, const rmq_record_in_t *rec,
                                int32_t offset_delta, rmq_err_t *err);

/*
 * Appends the finished batch to out: compresses the records section, fills lengths,
 * attributes, last offset delta, timestamps and the CRC. A batch without records gets
 * lastOffsetDelta 0 and timestamps -1 (LogAppendTime: log_append_time). The builder stays
 * usable for another finish (same records) until released. Returns 0, RMQ_EINVAL (bad
 * codec) or RMQ_ETOOBIG (the batch would exceed 2^31-1 bytes).
 */
int rmq_batch_builder_finish(rmq_batch_builder_t *b, rmq_wbuf_t *out, rmq_err_t *err);

/* Records added so far. */
static inline int32_t rmq_batch_builder_count(const rmq_batch_builder_t *b)
{
    return b->count;
}

void rmq_batch_builder_release(rmq_batch_builder_t *b);

#endif
