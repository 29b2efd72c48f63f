/*
 * test_compress.c - round trips, framings, limits and corrupt input for src/kafka/compress.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include "common/buf.h"
#include "common/err.h"
#include "kafka/compress.h"

static const int codecs[] = {RMQ_COMPRESSION_GZIP, RMQ_COMPRESSION_SNAPPY, RMQ_COMPRESSION_LZ4,
                             RMQ_COMPRESSION_ZSTD};

/* Deterministic test data: a mix of repetitive text and pseudo-random bytes. */
static uint8_t *make_data(size_t n, uint32_t seed)
{
    uint8_t *p = malloc(n ? n : 1);
    assert_non_null(p);
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        if ((i / 4096) % 2 == 0)
            p[i] = (uint8_t)("the quick brown fox jumps "[i % 26]);
        else
            p[i] = (uint8_t)(x >> 16);
    }
    return p;
}

static void roundtrip(int codec, const uint8_t *data, size_t n, int level)
{
    rmq_wbuf_t c, d;
    rmq_err_t err;
    rmq_wbuf_init(&c, 0);
    rmq_wbuf_init(&d, 0);
    rmq_err_clear(&err);
    assert_int_equal(rmq_compress(codec, data, n, level, &c, &err), 0);
    assert_true(c.len > 0);
    int rc = rmq_decompress(codec, c.data, c.len, n, &d, &err);
    if (rc != 0)
        fail_msg("codec %s size %zu: %s", rmq_compression_name(codec), n, err.msg);
    assert_int_equal(d.len, n);
    if (n)
        assert_memory_equal(d.data, data, n);
    /* One byte less room than needed: the limit is exact. */
    if (n > 0) {
        rmq_wbuf_reset(&d);
        assert_int_equal(rmq_decompress(codec, c.data, c.len, n - 1, &d, &err), RMQ_ETOOBIG);
        assert_int_equal(d.len, 0);
    }
    rmq_wbuf_release(&c);
    rmq_wbuf_release(&d);
}

static void test_roundtrip_all_codecs(void **state)
{
    (void)state;
    static const size_t sizes[] = {0, 1, 100, 4096, 70000, 300000, (size_t)2 << 20};
    for (size_t s = 0; s < RMQ_ARRAY_SIZE(sizes); s++) {
        uint8_t *data = make_data(sizes[s], (uint32_t)s);
        for (size_t c = 0; c < RMQ_ARRAY_SIZE(codecs); c++)
            roundtrip(codecs[c], data, sizes[s], 0);
        free(data);
    }
}

static void test_roundtrip_levels(void **state)
{
    (void)state;
    uint8_t *data = make_data(50000, 7);
    roundtrip(RMQ_COMPRESSION_GZIP, data, 50000, 1);
    roundtrip(RMQ_COMPRESSION_GZIP, data, 50000, 9);
    roundtrip(RMQ_COMPRESSION_LZ4, data, 50000, 1);
    roundtrip(RMQ_COMPRESSION_LZ4, data, 50000, 9); /* LZ4HC */
    roundtrip(RMQ_COMPRESSION_ZSTD, data, 50000, 1);
    roundtrip(RMQ_COMPRESSION_ZSTD, data, 50000, 19);
    rmq_wbuf_t c;
    rmq_wbuf_init(&c, 0);
    rmq_err_t err;
    assert_int_equal(rmq_compress(RMQ_COMPRESSION_GZIP, data, 10, 10, &c, &err), RMQ_EINVAL);
    assert_int_equal(rmq_compress(RMQ_COMPRESSION_ZSTD, data, 10, 99, &c, &err), RMQ_EINVAL);
    assert_int_equal(rmq_compress(RMQ_COMPRESSION_LZ4, data, 10, -1, &c, &err), RMQ_EINVAL);
    assert_int_equal(rmq_compress(RMQ_COMPRESSION_NONE, data, 10, 0, &c, &err), RMQ_EINVAL);
    assert_int_equal(rmq_compress(9, data, 10, 0, &c, &err), RMQ_EINVAL);
    assert_int_equal(rmq_decompress(9, data, 10, 100, &c, &err), RMQ_EINVAL);
    assert_int_equal(c.len, 0);
    rmq_wbuf_release(&c);
    free(data);
}

static void test_names(void **state)
{
    (void)state;
    assert_string_equal(rmq_compression_name(RMQ_COMPRESSION_NONE), "none");
    assert_string_equal(rmq_compression_name(RMQ_COMPRESSION_ZSTD), "zstd");
    assert_string_equal(rmq_compression_name(17), "unknown");
    assert_int_equal(rmq_compression_from_name("GZIP"), RMQ_COMPRESSION_GZIP);
    assert_int_equal(rmq_compression_from_name("snappy"), RMQ_COMPRESSION_SNAPPY);
    assert_int_equal(rmq_compression_from_name("lz4"), RMQ_COMPRESSION_LZ4);
    assert_int_equal(rmq_compression_from_name("none"), RMQ_COMPRESSION_NONE);
    assert_int_equal(rmq_compression_from_name("brotli"), RMQ_EINVAL);
    assert_int_equal(rmq_compression_from_name(NULL), RMQ_EINVAL);
}

/* Decompression appends after existing bytes and restores the length on failure. */
static void test_append_and_restore(void **state)
{
    (void)state;
    uint8_t *data = make_data(10000, 3);
    for (size_t c = 0; c < RMQ_ARRAY_SIZE(codecs); c++) {
        rmq_wbuf_t comp, out;
        rmq_wbuf_init(&comp, 0);
        rmq_wbuf_init(&out, 0);
        rmq_wbuf_append(&comp, "PFX", 3);
        assert_int_equal(rmq_compress(codecs[c], data, 10000, 0, &comp, NULL), 0);
        assert_memory_equal(comp.data, "PFX", 3);
        rmq_wbuf_append(&out, "head", 4);
        assert_int_equal(rmq_decompress(codecs[c], comp.data + 3, comp.len - 3, 10000, &out, NULL),
                         0);
        assert_int_equal(out.len, 10004);
        assert_memory_equal(out.data, "head", 4);
        assert_memory_equal(out.data + 4, data, 10000);
        /* Corrupt: the length goes back to what it was. */
        comp.data[comp.len / 2] ^= 0x55;
        comp.data[comp.len - 1] ^= 0x55;
        comp.data[8] ^= 0x55;
        rmq_err_t err;
        rmq_err_clear(&err);
        int rc = rmq_decompress(codecs[c], comp.data + 3, comp.len - 3, 10000, &out, &err);
        if (rc == 0) {
            /* A flip inside a literal can survive codecs without checksums: must differ. */
            assert_true(out.len != 20004 || memcmp(out.data + 10004, data, 10000) != 0);
        } else {
            assert_true(rc == RMQ_ECORRUPT || rc == RMQ_ETOOBIG);
            assert_int_equal(out.len, 10004);
            assert_true(err.msg[0] != '\0');
        }
        rmq_wbuf_release(&comp);
        rmq_wbuf_release(&out);
    }
    free(data);
}

/* ---- gzip ---- */

static void test_gzip_header_and_members(void **state)
{
    (void)state;
    rmq_wbuf_t c, d;
    rmq_wbuf_init(&c, 0);
    rmq_wbuf_init(&d, 0);
    assert_int_equal(rmq_compress_gzip((const uint8_t *)"hello ", 6, 0, &c, NULL), 0);
    assert_int_equal(c.data[0], 0x1f); /* gzip magic */
    assert_int_equal(c.data[1], 0x8b);
    assert_int_equal(c.data[2], 8); /* deflate */
    /* Two concatenated members decode to the concatenation (as GZIPInputStream reads). */
    assert_int_equal(rmq_compress_gzip((const uint8_t *)"world", 5, 0, &c, NULL), 0);
    assert_int_equal(rmq_decompress_gzip(c.data, c.len, 100, &d, NULL), 0);
    assert_int_equal(d.len, 11);
    assert_memory_equal(d.data, "hello world", 11);
    /* A zlib (not gzip) stream is refused: Kafka's codec 1 is gzip. */
    uint8_t z[64];
    uLongf zn = sizeof(z);
    assert_int_equal(compress(z, &zn, (const Bytef *)"hello", 5), Z_OK);
    rmq_wbuf_reset(&d);
    assert_int_equal(rmq_decompress_gzip(z, zn, 100, &d, NULL), RMQ_ECORRUPT);
    /* Trailing garbage after a member is an error. */
    rmq_wbuf_append(&c, "xx", 2);
    assert_int_equal(rmq_decompress_gzip(c.data, c.len, 100, &d, NULL), RMQ_ECORRUPT);
    assert_int_equal(rmq_decompress_gzip(c.data, 0, 100, &d, NULL), RMQ_ECORRUPT);
    rmq_wbuf_release(&c);
    rmq_wbuf_release(&d);
}

/* ---- snappy ---- */

/* A raw snappy block assembled by hand from the format: varint length 5, literal tag
   (len-1)<<2, "hello". */
static const uint8_t raw_hello[] = {0x05, 0x10, 'h', 'e', 'l', 'l', 'o'};

static void test_snappy_raw_and_xerial_by_hand(void **state)
{
    (void)state;
    rmq_wbuf_t d;
    rmq_wbuf_init(&d, 0);
    rmq_err_t err;
    assert_int_equal(rmq_decompress_snappy(raw_hello, sizeof(raw_hello), 100, &d, &err), 0);
    assert_int_equal(d.len, 5);
    assert_memory_equal(d.data, "hello", 5);

    /* Xerial: magic, version 1, compat 1, two blocks: "hello" and "hello". */
    rmq_wbuf_t x;
    rmq_wbuf_init(&x, 0);
    rmq_wbuf_append(&x, "\x82SNAPPY\0", 8);
    rmq_wbuf_put_be32(&x, 1);
    rmq_wbuf_put_be32(&x, 1);
    for (int i = 0; i < 2; i++) {
        rmq_wbuf_put_be32(&x, sizeof(raw_hello));
        rmq_wbuf_append(&x, raw_hello, sizeof(raw_hello));
    }
    rmq_wbuf_reset(&d);
    assert_int_equal(rmq_decompress_snappy(x.data, x.len, 100, &d, &err), 0);
    assert_int_equal(d.len, 10);
    assert_memory_equal(d.data, "hellohello", 10);
    /* Limit applies across blocks. */
    rmq_wbuf_reset(&d);
    assert_int_equal(rmq_decompress_snappy(x.data, x.len, 9, &d, &err), RMQ_ETOOBIG);
    assert_int_equal(d.len, 0);
    /* A block length past the end. */
    rmq_put_be32(x.data + 16, 1000);
    assert_int_equal(rmq_decompress_snappy(x.data, x.len, 100, &d, &err), RMQ_ECORRUPT);
    /* A cut inside a block length. */
    rmq_put_be32(x.data + 16, sizeof(raw_hello));
    assert_int_equal(rmq_decompress_snappy(x.data, 16 + 4 + sizeof(raw_hello) + 2, 100, &d, &err),
                     RMQ_ECORRUPT);
    /* Header only: no blocks, empty output. */
    assert_int_equal(rmq_decompress_snappy(x.data, 16, 100, &d, &err), 0);
    assert_int_equal(d.len, 0);
    rmq_wbuf_release(&x);
    rmq_wbuf_release(&d);
}

static void test_snappy_framings_we_write(void **state)
{
    (void)state;
    size_t n = 100000; /* > 3 xerial blocks of 32 KiB */
    uint8_t *data = make_data(n, 11);
    rmq_wbuf_t x, r, d;
    rmq_wbuf_init(&x, 0);
    rmq_wbuf_init(&r, 0);
    rmq_wbuf_init(&d, 0);
    assert_int_equal(rmq_compress_snappy(data, n, RMQ_SNAPPY_XERIAL, &x, NULL), 0);
    assert_memory_equal(x.data, "\x82SNAPPY\0\0\0\0\1\0\0\0\1", 16);
    /* Walk the blocks: each decodes alone with libsnappy to at most 32 KiB. */
    size_t off = 16, total = 0;
    int blocks = 0;
    while (off < x.len && blocks < 100) {
        uint32_t bl = rmq_be32(x.data + off);
        off += 4;
        size_t ul;
        assert_int_equal(snappy_uncompressed_length((const char *)x.data + off, bl, &ul),
                         SNAPPY_OK);
        assert_true(ul <= 32768);
        total += ul;
        off += bl;
        blocks++;
    }
    assert_int_equal(off, x.len);
    assert_int_equal(total, n);
    assert_int_equal(blocks, 4);
    assert_int_equal(rmq_decompress_snappy(x.data, x.len, n, &d, NULL), 0);
    assert_memory_equal(d.data, data, n);

    assert_int_equal(rmq_compress_snappy(data, n, RMQ_SNAPPY_RAW, &r, NULL), 0);
    size_t ul = 0;
    assert_int_equal(snappy_uncompressed_length((const char *)r.data, r.len, &ul), SNAPPY_OK);
    assert_int_equal(ul, n);
    rmq_wbuf_reset(&d);
    assert_int_equal(rmq_decompress_snappy(r.data, r.len, n, &d, NULL), 0);
    assert_memory_equal(d.data, data, n);
    assert_int_equal(rmq_compress_snappy(data, n, 7, &r, NULL), RMQ_EINVAL);
    rmq_wbuf_release(&x);
    rmq_wbuf_release(&r);
    rmq_wbuf_release(&d);
    free(data);
}

/* A raw block whose header claims 2 GiB: refused before any allocation of that size. */
static void test_snappy_claimed_length_bomb(void **state)
{
    (void)state;
    const uint8_t bomb[] = {0x80, 0x80, 0x80, 0x80, 0x08, 0x00};
    rmq_wbuf_t d;
    rmq_wbuf_init(&d, 0);
    assert_int_equal(rmq_decompress_snappy(bomb, sizeof(bomb), (size_t)64 << 20, &d, NULL),
                     RMQ_ETOOBIG);
    assert_true(d.cap < 4096);
    const uint8_t lie[] = {0x20, 0x10, 'h', 'e', 'l', 'l', 'o'}; /* claims 32, holds 5 */
    assert_int_equal(rmq_decompress_snappy(lie, sizeof(lie), 100, &d, NULL), RMQ_ECORRUPT);
    rmq_wbuf_release(&d);
}

/* ---- lz4 ---- */

static void test_lz4_frame_settings(void **state)
{
    (void)state;
    uint8_t *data = make_data(200000, 5);
    rmq_wbuf_t c;
    rmq_wbuf_init(&c, 0);
    assert_int_equal(rmq_compress_lz4(data, 200000, 0, &c, NULL), 0);
    /* Magic 0x184D2204 (LE), FLG: version 01, block independence, no checksums, no size. */
    assert_int_equal(rmq_le32(c.data), 0x184D2204u);
    assert_int_equal(c.data[4], 0x60);
    assert_int_equal(c.data[5], 0x40); /* BD: 64 KiB blocks */
    rmq_wbuf_release(&c);
    free(data);
}

static void test_lz4_linked_and_concatenated(void **state)
{
    (void)state;
    size_t n = 300000;
    uint8_t *data = make_data(n, 9);
    LZ4F_preferences_t prefs;
    memset(&prefs, 0, sizeof(prefs));
    prefs.frameInfo.blockMode = LZ4F_blockLinked;
    prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
    prefs.frameInfo.blockChecksumFlag = LZ4F_blockChecksumEnabled;
    prefs.frameInfo.contentSize = n;
    size_t bound = LZ4F_compressFrameBound(n, &prefs);
    rmq_wbuf_t c, d;
    rmq_wbuf_init(&c, 2 * bound);
    rmq_wbuf_init(&d, 0);
    size_t k = LZ4F_compressFrame(c.data, bound, data, n, &prefs);
    assert_false(LZ4F_isError(k));
    c.len = k;
    /* Second frame with the default settings right after. */
    assert_int_equal(rmq_compress_lz4(data, 1000, 0, &c, NULL), 0);
    assert_int_equal(rmq_decompress_lz4(c.data, c.len, n + 1000, &d, NULL), 0);
    assert_int_equal(d.len, n + 1000);
    assert_memory_equal(d.data, data, n);
    assert_memory_equal(d.data + n, data, 1000);
    /* Content checksum catches a flipped literal. */
    rmq_wbuf_reset(&d);
    c.data[k / 2] ^= 1;
    assert_int_equal(rmq_decompress_lz4(c.data, k, n, &d, NULL), RMQ_ECORRUPT);
    rmq_wbuf_release(&c);
    rmq_wbuf_release(&d);
    free(data);
}

/* ---- zstd ---- */

static void test_zstd_without_content_size(void **state)
{
    (void)state;
    size_t n = 500000;
    uint8_t *data = make_data(n, 13);
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    assert_non_null(cctx);
    size_t bound = ZSTD_compressBound(n) + 64;
    uint8_t *c = malloc(bound);
    assert_non_null(c);
    ZSTD_outBuffer ob = {c, bound, 0};
    /* Streaming without a pledged size, in two pieces (as a Java ZstdOutputStream writes):
       the frame header carries no content size. */
    ZSTD_inBuffer ib = {data, n / 2, 0};
    assert_false(ZSTD_isError(ZSTD_compressStream2(cctx, &ob, &ib, ZSTD_e_continue)));
    assert_int_equal(ib.pos, n / 2);
    ib = (ZSTD_inBuffer){data + n / 2, n - n / 2, 0};
    size_t left = ZSTD_compressStream2(cctx, &ob, &ib, ZSTD_e_end);
    assert_int_equal(left, 0);
    ZSTD_freeCCtx(cctx);
    assert_true(ZSTD_getFrameContentSize(c, ob.pos) == ZSTD_CONTENTSIZE_UNKNOWN);
    rmq_wbuf_t d;
    rmq_wbuf_init(&d, 0);
    assert_int_equal(rmq_decompress_zstd(c, ob.pos, n, &d, NULL), 0);
    assert_int_equal(d.len, n);
    assert_memory_equal(d.data, data, n);
    rmq_wbuf_reset(&d);
    assert_int_equal(rmq_decompress_zstd(c, ob.pos, n - 1, &d, NULL), RMQ_ETOOBIG);
    /* Truncated by one byte. */
    assert_int_equal(rmq_decompress_zstd(c, ob.pos - 1, n, &d, NULL), RMQ_ECORRUPT);
    rmq_wbuf_release(&d);
    free(c);
    free(data);
}

/* A skippable frame, then two frames: the output is both frames' content. */
static void test_zstd_skippable_and_concatenated(void **state)
{
    (void)state;
    rmq_wbuf_t c, d;
    rmq_wbuf_init(&c, 0);
    rmq_wbuf_init(&d, 0);
    rmq_wbuf_put_le32(&c, 0x184D2A50u); /* skippable frame magic */
    rmq_wbuf_put_le32(&c, 3);
    rmq_wbuf_append(&c, "abc", 3);
    assert_int_equal(rmq_compress_zstd((const uint8_t *)"first,", 6, 0, &c, NULL), 0);
    assert_int_equal(rmq_compress_zstd((const uint8_t *)"second", 6, 0, &c, NULL), 0);
    assert_int_equal(rmq_decompress_zstd(c.data, c.len, 100, &d, NULL), 0);
    assert_int_equal(d.len, 12);
    assert_memory_equal(d.data, "first,second", 12);
    rmq_wbuf_release(&c);
    rmq_wbuf_release(&d);
}

/* ---- limits, truncation, garbage ---- */

/* 32 MiB of zeros compress to a few KiB; a 1 MiB limit must stop them cheaply. */
static void test_decompression_bomb(void **state)
{
    (void)state;
    size_t n = (size_t)32 << 20;
    uint8_t *zeros = calloc(1, n);
    assert_non_null(zeros);
    size_t limit = (size_t)1 << 20;
    for (size_t c = 0; c < RMQ_ARRAY_SIZE(codecs); c++) {
        rmq_wbuf_t comp, d;
        rmq_wbuf_init(&comp, 0);
        rmq_wbuf_init(&d, 0);
        assert_int_equal(rmq_compress(codecs[c], zeros, n, 0, &comp, NULL), 0);
        assert_true(comp.len < n / 10);
        rmq_err_t err;
        rmq_err_clear(&err);
        assert_int_equal(rmq_decompress(codecs[c], comp.data, comp.len, limit, &d, &err),
                         RMQ_ETOOBIG);
        assert_int_equal(d.len, 0);
        assert_non_null(strstr(err.msg, "limit"));
        /* Memory used stays in proportion to the limit, not to the claimed size. */
        assert_true(d.cap <= 4 * limit);
        rmq_wbuf_release(&comp);
        rmq_wbuf_release(&d);
    }
    free(zeros);
}

/* Every proper prefix of a stream fails (xerial excepted: a cut between blocks is valid). */
static void test_truncated_everywhere(void **state)
{
    (void)state;
    size_t n = 3000;
    uint8_t *data = make_data(n, 21);
    for (size_t c = 0; c < RMQ_ARRAY_SIZE(codecs); c++) {
        rmq_wbuf_t comp, d;
        rmq_wbuf_init(&comp, 0);
        rmq_wbuf_init(&d, 0);
        if (codecs[c] == RMQ_COMPRESSION_SNAPPY)
            assert_int_equal(rmq_compress_snappy(data, n, RMQ_SNAPPY_RAW, &comp, NULL), 0);
        else
            assert_int_equal(rmq_compress(codecs[c], data, n, 0, &comp, NULL), 0);
        for (size_t cut = 0; cut < comp.len; cut++) {
            rmq_wbuf_reset(&d);
            int rc = rmq_decompress(codecs[c], comp.data, cut, n, &d, NULL);
            if (rc != RMQ_ECORRUPT)
                fail_msg("%s cut at %zu/%zu: rc %d", rmq_compression_name(codecs[c]), cut, comp.len,
                         rc);
            assert_int_equal(d.len, 0);
        }
        rmq_wbuf_release(&comp);
        rmq_wbuf_release(&d);
    }
    free(data);
}

static void test_garbage(void **state)
{
    (void)state;
    uint8_t junk[512];
    uint32_t x = 99;
    rmq_wbuf_t d;
    rmq_wbuf_init(&d, 0);
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof(junk); i++) {
            x = x * 1103515245u + 12345u;
            junk[i] = (uint8_t)(x >> 16);
        }
        size_t len = 1 + (size_t)round * 2;
        for (size_t c = 0; c < RMQ_ARRAY_SIZE(codecs); c++) {
            rmq_wbuf_reset(&d);
            int rc = rmq_decompress(codecs[c], junk, len, 1 << 16, &d, NULL);
            /* Random bytes are almost never a valid stream; never a crash either way. */
            assert_true(rc == 0 || rc == RMQ_ECORRUPT || rc == RMQ_ETOOBIG);
            if (codecs[c] != RMQ_COMPRESSION_SNAPPY)
                assert_int_equal(rc, RMQ_ECORRUPT);
        }
    }
    rmq_wbuf_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roundtrip_all_codecs),
        cmocka_unit_test(test_roundtrip_levels),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_append_and_restore),
        cmocka_unit_test(test_gzip_header_and_members),
        cmocka_unit_test(test_snappy_raw_and_xerial_by_hand),
        cmocka_unit_test(test_snappy_framings_we_write),
        cmocka_unit_test(test_snappy_claimed_length_bomb),
        cmocka_unit_test(test_lz4_frame_settings),
        cmocka_unit_test(test_lz4_linked_and_concatenated),
        cmocka_unit_test(test_zstd_without_content_size),
        cmocka_unit_test(test_zstd_skippable_and_concatenated),
        cmocka_unit_test(test_decompression_bomb),
        cmocka_unit_test(test_truncated_everywhere),
        cmocka_unit_test(test_garbage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
