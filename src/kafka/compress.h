/*
 * compress.h - the compression codecs of Kafka record batches.
 *
 * A compressed RecordBatch (magic 2) carries its whole records section compressed with the
 * codec named by attribute bits 0-2. The framings we read and write (see docs/record-batch.md):
 *
 *   codec   id  we decompress                              we compress
 *   gzip    1   gzip members (RFC 1952), concatenated ok   one gzip member
 *   snappy  2   xerial framing (Java client) or raw snappy xerial framing (default) or raw
 *   lz4     3   LZ4 frame format, concatenated frames ok   one LZ4 frame, 64 KiB independent
 *                                                          blocks, no checksums
 *   zstd    4   zstd frames (streaming; content size may   one zstd frame with content size
 *               be absent), concatenated ok
 *
 * Every decompressor takes a hard limit on its output: input that would expand past it is
 * rejected with RMQ_ETOOBIG before more than limit+1 bytes are ever allocated for output,
 * so a decompression bomb costs at most the limit in memory. Malformed input gives
 * RMQ_ECORRUPT. Decompressors append to a caller's rmq_wbuf_t; on error out->len is restored
 * to what it was on entry (the capacity may have grown).
 *
 * Thread: all functions are reentrant; they keep no global state.
 */
#ifndef RMQ_KAFKA_COMPRESS_H
#define RMQ_KAFKA_COMPRESS_H

#include <stddef.h>
#include <stdint.h>

#include "common/buf.h"
#include "common/err.h"

/* Codec ids, as stored in RecordBatch attribute bits 0-2. */
#define RMQ_COMPRESSION_NONE   0
#define RMQ_COMPRESSION_GZIP   1
#define RMQ_COMPRESSION_SNAPPY 2
#define RMQ_COMPRESSION_LZ4    3
#define RMQ_COMPRESSION_ZSTD   4
#define RMQ_COMPRESSION_COUNT  5

/* Default limit on decompressed size used by the record iterator (64 MiB). */
#define RMQ_DECOMPRESS_DEFAULT_MAX ((size_t)64 << 20)

/* Snappy framings for rmq_compress_snappy. */
#define RMQ_SNAPPY_XERIAL 0 /* "\x82SNAPPY\0" + version + compat + [be32 len][block]... */
#define RMQ_SNAPPY_RAW    1 /* one raw snappy block */

/* "none", "gzip", "snappy", "lz4", "zstd"; "unknown" for anything else. Static string. */
const char *rmq_compression_name(int codec);

/* The codec id for a name above (case-insensitive), or RMQ_EINVAL. */
int rmq_compression_from_name(const char *name);

/*
 * Compresses in[0..in_len) with codec (RMQ_COMPRESSION_GZIP..ZSTD) and appends the result to
 * out. level 0 picks the codec's default; otherwise gzip 1-9, lz4 1-12 (>= 3 is LZ4HC), zstd
 * 1-22 (snappy has no levels and ignores it). Snappy output is xerial-framed (what the Java
 * client expects; librdkafka reads both). Returns 0, RMQ_EINVAL (bad codec/level) or
 * RMQ_ETOOBIG (input over 2 GiB).
 */
int rmq_compress(int codec, const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out,
                 rmq_err_t *err);

/*
 * Decompresses in[0..in_len) with codec and appends at most max_out bytes to out.
 * RMQ_COMPRESSION_NONE copies. Returns 0, RMQ_EINVAL (unknown codec), RMQ_ECORRUPT or
 * RMQ_ETOOBIG (the output would exceed max_out).
 */
int rmq_decompress(int codec, const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                   rmq_err_t *err);

/* The per-codec functions behind rmq_compress/rmq_decompress; same contracts. */
int rmq_compress_gzip(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err);
int rmq_decompress_gzip(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                        rmq_err_t *err);

/* framing: RMQ_SNAPPY_XERIAL or RMQ_SNAPPY_RAW. */
int rmq_compress_snappy(const uint8_t *in, size_t in_len, int framing, rmq_wbuf_t *out,
                        rmq_err_t *err);
/* Accepts both framings: input starting with the 8-byte xerial magic is read as xerial. */
int rmq_decompress_snappy(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                          rmq_err_t *err);

int rmq_compress_lz4(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err);
int rmq_decompress_lz4(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                       rmq_err_t *err);

int rmq_compress_zstd(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err);
int rmq_decompress_zstd(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                        rmq_err_t *err);

#endif
