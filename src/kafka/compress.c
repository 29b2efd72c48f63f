/*
 * compress.c - gzip, snappy, lz4 and zstd for record batches.
 *
 * All decompressors follow one pattern: output goes to the end of a growable rmq_wbuf_t, in
 * steps that double from a guess based on the input size, and the total room ever offered
 * to the codec is max_out + 1 bytes. If the codec fills that extra byte, the data expands
 * past the limit and we stop with RMQ_ETOOBIG; so a tiny input that claims gigabytes only
 * costs what the limit allows, never an OOM.
 */
#include "kafka/compress.h"

#include <limits.h>
#include <strings.h>

#include <lz4frame.h>
#include <lz4hc.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#define FIRST_CHUNK_MIN ((size_t)64 << 10)
#define CHUNK_MAX       ((size_t)8 << 20)

/* Xerial snappy framing (snappy-java's SnappyOutputStream, used by the Java client). */
static const uint8_t xerial_magic[8] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
#define XERIAL_HEADER_SIZE 16         /* magic + be32 version + be32 compatible version */
#define XERIAL_BLOCK_SIZE  (32 << 10) /* uncompressed bytes per block, as snappy-java */

/* Kafka's LZ4 settings: 64 KiB independent blocks, no checksums, no content size. */
#define LZ4_BLOCK_SIZE_ID LZ4F_max64KB

const char *rmq_compression_name(int codec)
{
    switch (codec) {
    case RMQ_COMPRESSION_NONE:
        return "none";
    case RMQ_COMPRESSION_GZIP:
        return "gzip";
    case RMQ_COMPRESSION_SNAPPY:
        return "snappy";
    case RMQ_COMPRESSION_LZ4:
        return "lz4";
    case RMQ_COMPRESSION_ZSTD:
        return "zstd";
    default:
        return "unknown";
    }
}

int rmq_compression_from_name(const char *name)
{
    if (name == NULL)
        return RMQ_EINVAL;
    for (int c = 0; c < RMQ_COMPRESSION_COUNT; c++) {
        if (strcasecmp(name, rmq_compression_name(c)) == 0)
            return c;
    }
    return RMQ_EINVAL;
}

/* ---- Bounded output ---- */

/*
 * The output window of one decompression: out->len grows as bytes are produced; limit is
 * the len the output may reach (start + max_out). room() hands the codec a region of at
 * most limit + 1 - len bytes, so overflowing by one byte is detectable.
 */
typedef struct outbuf {
    rmq_wbuf_t *wb;
    size_t start; /* out->len on entry, restored on error */
    size_t limit; /* start + max_out */
    size_t next;  /* size of the next region to offer */
} outbuf_t;

static void outbuf_init(outbuf_t *ob, rmq_wbuf_t *wb, size_t max_out, size_t in_len)
{
    ob->wb = wb;
    ob->start = wb->len;
    ob->limit = max_out > SIZE_MAX - wb->len - 1 ? SIZE_MAX - 1 : wb->len + max_out;
    size_t guess = in_len > CHUNK_MAX / 4 ? CHUNK_MAX : in_len * 4;
    ob->next = guess < FIRST_CHUNK_MIN ? FIRST_CHUNK_MIN : guess;
}

/* Reserves the next free region; *n is its size (>= 1 while the limit allows more). */
static uint8_t *outbuf_room(outbuf_t *ob, size_t *n)
{
    size_t allowed = ob->limit + 1 - ob->wb->len; /* >= 1: len never passes limit + 1 */
    size_t want = ob->next < allowed ? ob->next : allowed;
    if (ob->next < CHUNK_MAX)
        ob->next *= 2;
    *n = want;
    return rmq_wbuf_reserve(ob->wb, want);
}

/* Counts n produced bytes; RMQ_ETOOBIG once the limit is passed. */
static int outbuf_commit(outbuf_t *ob, size_t n, const char *codec, rmq_err_t *err)
{
    ob->wb->len += n;
    if (ob->wb->len > ob->limit)
        return rmq_err_set(err, RMQ_ETOOBIG, "%s: decompressed data exceeds the limit of %zu bytes",
                           codec, ob->limit - ob->start);
    return 0;
}

static int outbuf_fail(outbuf_t *ob, int rc)
{
    ob->wb->len = ob->start;
    return rc;
}

/* ---- gzip ---- */

int rmq_compress_gzip(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err)
{
    if (level == 0)
        level = Z_DEFAULT_COMPRESSION;
    else if (level < 1 || level > 9)
        return rmq_err_set(err, RMQ_EINVAL, "gzip: level %d out of range 1-9", level);
    if (in_len > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "gzip: input of %zu bytes too large", in_len);

    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    /* windowBits 15 + 16: a gzip header and trailer, as java.util.zip.GZIPOutputStream. */
    int zrc = deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    if (zrc != Z_OK)
        return rmq_err_set(err, RMQ_EINVAL, "gzip: deflateInit2 failed (%d)", zrc);
    uLong bound = deflateBound(&zs, (uLong)in_len);
    size_t start = out->len;
    uint8_t *dst = rmq_wbuf_reserve(out, (size_t)bound);
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)in_len;
    zs.next_out = dst;
    zs.avail_out = (uInt)bound;
    zrc = deflate(&zs, Z_FINISH);
    size_t produced = (size_t)bound - zs.avail_out;
    deflateEnd(&zs);
    if (zrc != Z_STREAM_END)
        return rmq_err_set(err, RMQ_EINVAL, "gzip: deflate failed (%d)", zrc);
    out->len = start + produced;
    return 0;
}

int rmq_decompress_gzip(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                        rmq_err_t *err)
{
    if (in_len > UINT_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "gzip: input of %zu bytes too large", in_len);
    z_stream zs;
    memset(&zs, 0, sizeof(zs));
    /* 15 + 16: gzip only; Kafka's gzip codec is always gzip-wrapped deflate. */
    int zrc = inflateInit2(&zs, 15 + 16);
    if (zrc != Z_OK)
        return rmq_err_set(err, RMQ_EINVAL, "gzip: inflateInit2 failed (%d)", zrc);
    outbuf_t ob;
    outbuf_init(&ob, out, max_out, in_len);
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)in_len;
    int rc = 0;
    if (in_len == 0) {
        rc = rmq_err_set(err, RMQ_ECORRUPT, "gzip: empty input");
        goto done;
    }
    for (;;) {
        size_t n;
        uint8_t *dst = outbuf_room(&ob, &n);
        if (n > UINT_MAX)
            n = UINT_MAX;
        zs.next_out = dst;
        zs.avail_out = (uInt)n;
        zrc = inflate(&zs, Z_NO_FLUSH);
        rc = outbuf_commit(&ob, n - zs.avail_out, "gzip", err);
        if (rc < 0)
            goto done;
        if (zrc == Z_STREAM_END) {
            if (zs.avail_in == 0)
                break;
            /* Another gzip member follows (GZIPInputStream reads concatenated members). */
            zrc = inflateReset(&zs);
            if (zrc != Z_OK) {
                rc = rmq_err_set(err, RMQ_ECORRUPT, "gzip: inflateReset failed (%d)", zrc);
                goto done;
            }
            continue;
        }
        if (zrc == Z_BUF_ERROR && zs.avail_out != 0) {
            /* No progress possible with output room left: the input ended early. */
            rc = rmq_err_set(err, RMQ_ECORRUPT, "gzip: truncated stream");
            goto done;
        }
        if (zrc != Z_OK && zrc != Z_BUF_ERROR) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "gzip: %s", zs.msg ? zs.msg : "invalid data");
            goto done;
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "gzip: truncated stream");
            goto done;
        }
    }
done:
    inflateEnd(&zs);
    return rc < 0 ? outbuf_fail(&ob, rc) : 0;
}

/* ---- snappy ---- */

static int snappy_block_compress(const uint8_t *in, size_t in_len, rmq_wbuf_t *out, int with_len,
                                 rmq_err_t *err)
{
    size_t bound = snappy_max_compressed_length(in_len);
    uint8_t *dst = rmq_wbuf_reserve(out, bound + 4);
    size_t n = bound;
    snappy_status st =
        snappy_compress((const char *)in, in_len, (char *)dst + (with_len ? 4 : 0), &n);
    if (st != SNAPPY_OK)
        return rmq_err_set(err, RMQ_EINVAL, "snappy: compress failed (%d)", (int)st);
    if (with_len) {
        rmq_put_be32(dst, (uint32_t)n);
        n += 4;
    }
    out->len += n;
    return 0;
}

int rmq_compress_snappy(const uint8_t *in, size_t in_len, int framing, rmq_wbuf_t *out,
                        rmq_err_t *err)
{
    if (in_len > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "snappy: input of %zu bytes too large", in_len);
    if (framing == RMQ_SNAPPY_RAW)
        return snappy_block_compress(in, in_len, out, 0, err);
    if (framing != RMQ_SNAPPY_XERIAL)
        return rmq_err_set(err, RMQ_EINVAL, "snappy: unknown framing %d", framing);
    size_t start = out->len;
    rmq_wbuf_append(out, xerial_magic, sizeof(xerial_magic));
    rmq_wbuf_put_be32(out, 1); /* version */
    rmq_wbuf_put_be32(out, 1); /* minimum compatible version */
    for (size_t off = 0; off < in_len; off += XERIAL_BLOCK_SIZE) {
        size_t n = in_len - off < XERIAL_BLOCK_SIZE ? in_len - off : XERIAL_BLOCK_SIZE;
        int rc = snappy_block_compress(in + off, n, out, 1, err);
        if (rc < 0) {
            out->len = start;
            return rc;
        }
    }
    return 0;
}

/* Decompresses one raw snappy block into ob. */
static int snappy_block_decompress(outbuf_t *ob, const uint8_t *in, size_t in_len, rmq_err_t *err)
{
    size_t ulen;
    if (snappy_uncompressed_length((const char *)in, in_len, &ulen) != SNAPPY_OK)
        return rmq_err_set(err, RMQ_ECORRUPT, "snappy: invalid block header");
    /* The length is claimed by the block: check it against the limit before allocating. */
    if (ulen > ob->limit - ob->wb->len)
        return rmq_err_set(err, RMQ_ETOOBIG,
                           "snappy: block of %zu bytes exceeds the limit of %zu bytes", ulen,
                           ob->limit - ob->start);
    if (snappy_validate_compressed_buffer((const char *)in, in_len) != SNAPPY_OK)
        return rmq_err_set(err, RMQ_ECORRUPT, "snappy: invalid compressed block");
    uint8_t *dst = rmq_wbuf_reserve(ob->wb, ulen ? ulen : 1);
    size_t n = ulen;
    if (snappy_uncompress((const char *)in, in_len, (char *)dst, &n) != SNAPPY_OK || n != ulen)
        return rmq_err_set(err, RMQ_ECORRUPT, "snappy: invalid compressed block");
    ob->wb->len += n;
    return 0;
}

int rmq_decompress_snappy(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                          rmq_err_t *err)
{
    outbuf_t ob;
    outbuf_init(&ob, out, max_out, in_len);
    int rc;
    if (in_len < XERIAL_HEADER_SIZE || memcmp(in, xerial_magic, sizeof(xerial_magic)) != 0) {
        rc = snappy_block_decompress(&ob, in, in_len, err);
        return rc < 0 ? outbuf_fail(&ob, rc) : 0;
    }
    /* Xerial: the two version fields are not checked (snappy-java itself accepts any). */
    size_t off = XERIAL_HEADER_SIZE;
    for (int block = 0; off < in_len; block++) {
        if (in_len - off < 4) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "snappy: xerial block %d: truncated length", block);
            return outbuf_fail(&ob, rc);
        }
        uint32_t blen = rmq_be32(in + off);
        off += 4;
        if (blen > in_len - off) {
            rc = rmq_err_set(err, RMQ_ECORRUPT,
                             "snappy: xerial block %d: length %u exceeds the %zu bytes left", block,
                             blen, in_len - off);
            return outbuf_fail(&ob, rc);
        }
        rc = snappy_block_decompress(&ob, in + off, blen, err);
        if (rc < 0) {
            rmq_err_prefix(err, "xerial block %d", block);
            return outbuf_fail(&ob, rc);
        }
        off += blen;
    }
    return 0;
}

/* ---- lz4 ---- */

int rmq_compress_lz4(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err)
{
    if (level < 0 || level > LZ4HC_CLEVEL_MAX)
        return rmq_err_set(err, RMQ_EINVAL, "lz4: level %d out of range 1-%d", level,
                           LZ4HC_CLEVEL_MAX);
    if (in_len > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "lz4: input of %zu bytes too large", in_len);
    LZ4F_preferences_t prefs;
    memset(&prefs, 0, sizeof(prefs));
    prefs.frameInfo.blockSizeID = LZ4_BLOCK_SIZE_ID;
    prefs.frameInfo.blockMode = LZ4F_blockIndependent;
    prefs.frameInfo.contentChecksumFlag = LZ4F_noContentChecksum;
    prefs.frameInfo.blockChecksumFlag = LZ4F_noBlockChecksum;
    prefs.compressionLevel = level;
    size_t bound = LZ4F_compressFrameBound(in_len, &prefs);
    uint8_t *dst = rmq_wbuf_reserve(out, bound);
    size_t n = LZ4F_compressFrame(dst, bound, in, in_len, &prefs);
    if (LZ4F_isError(n))
        return rmq_err_set(err, RMQ_EINVAL, "lz4: %s", LZ4F_getErrorName(n));
    out->len += n;
    return 0;
}

int rmq_decompress_lz4(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                       rmq_err_t *err)
{
    LZ4F_dctx *dctx = NULL;
    size_t lrc = LZ4F_createDecompressionContext(&dctx, LZ4F_VERSION);
    if (LZ4F_isError(lrc))
        return rmq_err_set(err, RMQ_EINVAL, "lz4: %s", LZ4F_getErrorName(lrc));
    outbuf_t ob;
    outbuf_init(&ob, out, max_out, in_len);
    int rc = 0;
    size_t off = 0;
    size_t hint = 1; /* 0 once the last frame ended cleanly */
    if (in_len == 0) {
        rc = rmq_err_set(err, RMQ_ECORRUPT, "lz4: empty input");
        goto done;
    }
    while (off < in_len) {
        size_t room;
        uint8_t *dst = outbuf_room(&ob, &room);
        size_t dst_n = room;
        size_t src_n = in_len - off;
        hint = LZ4F_decompress(dctx, dst, &dst_n, in + off, &src_n, NULL);
        if (LZ4F_isError(hint)) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "lz4: %s", LZ4F_getErrorName(hint));
            goto done;
        }
        off += src_n;
        rc = outbuf_commit(&ob, dst_n, "lz4", err);
        if (rc < 0)
            goto done;
        if (src_n == 0 && dst_n == 0) {
            /* No progress: cannot happen with input and output room, but never spin. */
            rc = rmq_err_set(err, RMQ_ECORRUPT, "lz4: decoder made no progress");
            goto done;
        }
    }
    /* All input consumed: the decoder may still hold output when the room ran out. */
    while (hint != 0) {
        size_t room;
        uint8_t *dst = outbuf_room(&ob, &room);
        size_t dst_n = room;
        size_t src_n = 0;
        hint = LZ4F_decompress(dctx, dst, &dst_n, NULL, &src_n, NULL);
        if (LZ4F_isError(hint)) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "lz4: %s", LZ4F_getErrorName(hint));
            goto done;
        }
        rc = outbuf_commit(&ob, dst_n, "lz4", err);
        if (rc < 0)
            goto done;
        if (dst_n == 0 && hint != 0) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "lz4: truncated frame");
            goto done;
        }
    }
done:
    LZ4F_freeDecompressionContext(dctx);
    return rc < 0 ? outbuf_fail(&ob, rc) : 0;
}

/* ---- zstd ---- */

int rmq_compress_zstd(const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out, rmq_err_t *err)
{
    if (level == 0)
        level = ZSTD_CLEVEL_DEFAULT;
    else if (level < 1 || level > ZSTD_maxCLevel())
        return rmq_err_set(err, RMQ_EINVAL, "zstd: level %d out of range 1-%d", level,
                           ZSTD_maxCLevel());
    if (in_len > INT32_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "zstd: input of %zu bytes too large", in_len);
    size_t bound = ZSTD_compressBound(in_len);
    uint8_t *dst = rmq_wbuf_reserve(out, bound);
    size_t n = ZSTD_compress(dst, bound, in, in_len, level);
    if (ZSTD_isError(n))
        return rmq_err_set(err, RMQ_EINVAL, "zstd: %s", ZSTD_getErrorName(n));
    out->len += n;
    return 0;
}

/*
 * Largest window we let a frame ask for: the decoder allocates the whole window when the
 * frame does not state its content size. A window beyond max_out is never needed for honest
 * data, but encoders pick windows by level, not by size, so allow at least 8 MiB.
 */
static int zstd_window_log_max(size_t max_out)
{
    int log = 23;
    while (log < 27 && ((size_t)1 << log) < max_out)
        log++;
    return log;
}

int rmq_decompress_zstd(const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                        rmq_err_t *err)
{
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    if (dctx == NULL)
        return rmq_err_set(err, -ENOMEM, "zstd: cannot create a decompression context");
    size_t zrc = ZSTD_DCtx_setParameter(dctx, ZSTD_d_windowLogMax, zstd_window_log_max(max_out));
    if (ZSTD_isError(zrc)) {
        ZSTD_freeDCtx(dctx);
        return rmq_err_set(err, RMQ_EINVAL, "zstd: %s", ZSTD_getErrorName(zrc));
    }
    outbuf_t ob;
    outbuf_init(&ob, out, max_out, in_len);
    int rc = 0;
    ZSTD_inBuffer ib = {in, in_len, 0};
    size_t hint = 1; /* 0 once a frame is complete and flushed */
    if (in_len == 0) {
        rc = rmq_err_set(err, RMQ_ECORRUPT, "zstd: empty input");
        goto done;
    }
    /* Loop until all input is read and the last frame is complete and flushed. */
    while (ib.pos < ib.size || hint != 0) {
        size_t room;
        uint8_t *dst = outbuf_room(&ob, &room);
        ZSTD_outBuffer obuf = {dst, room, 0};
        size_t in_before = ib.pos;
        hint = ZSTD_decompressStream(dctx, &obuf, &ib);
        if (ZSTD_isError(hint)) {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "zstd: %s", ZSTD_getErrorName(hint));
            goto done;
        }
        rc = outbuf_commit(&ob, obuf.pos, "zstd", err);
        if (rc < 0)
            goto done;
        if (hint != 0 && ib.pos == ib.size && obuf.pos < obuf.size && ib.pos == in_before) {
            /* The frame wants more input and there is none. */
            rc = rmq_err_set(err, RMQ_ECORRUPT, "zstd: truncated frame");
            goto done;
        }
    }
done:
    ZSTD_freeDCtx(dctx);
    return rc < 0 ? outbuf_fail(&ob, rc) : 0;
}

/* ---- Dispatch ---- */

int rmq_compress(int codec, const uint8_t *in, size_t in_len, int level, rmq_wbuf_t *out,
                 rmq_err_t *err)
{
    switch (codec) {
    case RMQ_COMPRESSION_GZIP:
        return rmq_compress_gzip(in, in_len, level, out, err);
    case RMQ_COMPRESSION_SNAPPY:
        return rmq_compress_snappy(in, in_len, RMQ_SNAPPY_XERIAL, out, err);
    case RMQ_COMPRESSION_LZ4:
        return rmq_compress_lz4(in, in_len, level, out, err);
    case RMQ_COMPRESSION_ZSTD:
        return rmq_compress_zstd(in, in_len, level, out, err);
    default:
        return rmq_err_set(err, RMQ_EINVAL, "compress: codec %d is not a compression codec", codec);
    }
}

int rmq_decompress(int codec, const uint8_t *in, size_t in_len, size_t max_out, rmq_wbuf_t *out,
                   rmq_err_t *err)
{
    switch (codec) {
    case RMQ_COMPRESSION_NONE:
        if (in_len > max_out)
            return rmq_err_set(err, RMQ_ETOOBIG, "none: %zu bytes exceed the limit of %zu", in_len,
                               max_out);
        rmq_wbuf_append(out, in, in_len);
        return 0;
    case RMQ_COMPRESSION_GZIP:
        return rmq_decompress_gzip(in, in_len, max_out, out, err);
    case RMQ_COMPRESSION_SNAPPY:
        return rmq_decompress_snappy(in, in_len, max_out, out, err);
    case RMQ_COMPRESSION_LZ4:
        return rmq_decompress_lz4(in, in_len, max_out, out, err);
    case RMQ_COMPRESSION_ZSTD:
        return rmq_decompress_zstd(in, in_len, max_out, out, err);
    default:
        return rmq_err_set(err, RMQ_EINVAL, "decompress: unknown codec %d", codec);
    }
}
