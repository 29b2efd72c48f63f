/*
 * fuzz_record_batch.c - libFuzzer target for record batch validation, record iteration and the
 * decompressors.
 *
 * Input: one mode byte, then the bytes under test. The CRC would stop almost every mutation
 * at the door, so some modes repair it before validating; that lets the fuzzer reach the
 * record parser and every codec behind it.
 *
 *   mode & 3 == 0   concatenated batches, validated as they are
 *   mode & 3 == 1   concatenated batches, each batch's CRC repaired first
 *   mode & 3 == 2   a raw compressed stream for codec (mode >> 2) % 5, limit 1 MiB
 *   mode & 3 == 3   like 1, with a shared scratch buffer and a small decompression limit of
 *                   ((mode >> 2) + 1) KiB, to exercise the limit paths
 *
 * Every batch that iterates cleanly is rebuilt with the builder from its parsed records, and
 * the rebuilt batch must validate and iterate to the same records (a differential check of
 * builder against parser).
 *
 * Seeds: RMQ_FUZZ_WRITE_SEEDS=DIR build/.../fuzz_record_batch -runs=0 writes batches built for
 * every codec (and the same records as raw compressed streams) into DIR.
 */
#include "common/buf.h"
#include "common/crc32c.h"
#include "common/err.h"
#include "kafka/compress.h"
#include "kafka/record_batch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define MAX_RECORDS_REBUILT 256
#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x)) {                                                                                \
            fprintf(stderr, "fuzz check failed: %s (line %d)\n", #x, __LINE__);                    \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (0)

static rmq_wbuf_t scratch; /* reused across inputs in mode 3 */

typedef struct parsed {
    rmq_record_t recs[MAX_RECORDS_REBUILT];
    int n;
    int complete; /* all records fit in recs */
} parsed_t;

/* Iterates a validated batch; returns 0 and fills *out when all records parse. */
static int iterate(const uint8_t *b, const rmq_batch_info_t *info, size_t limit, rmq_wbuf_t *scr,
                   rmq_record_iter_t *it, parsed_t *out)
{
    rmq_err_t err;
    rmq_record_iter_opts_t opts = {.max_decompressed = limit, .scratch = scr};
    out->n = 0;
    out->complete = 1;
    int rc = rmq_record_iter_init(it, b, info, &opts, &err);
    if (rc < 0) {
        CHECK(rc == RMQ_ECORRUPT || rc == RMQ_ETOOBIG || rc == RMQ_EUNSUPPORTED);
        CHECK(err.msg[0] != '\0');
        return rc;
    }
    int32_t count = 0;
    for (;;) {
        rmq_record_t rec;
        rc = rmq_record_iter_next(it, &rec, &err);
        if (rc <= 0)
            break;
        CHECK(count < info->record_count);
        CHECK(rec.key_len >= -1 && rec.value_len >= -1 && rec.header_count >= 0);
        CHECK((rec.key == NULL) == (rec.key_len == -1));
        CHECK((rec.value == NULL) == (rec.value_len == -1));
        CHECK(rec.offset_delta >= 0 && rec.offset_delta <= info->last_offset_delta);
        size_t pos = 0;
        rmq_record_header_t h;
        int32_t hn = 0;
        while (rmq_record_next_header(&rec, &pos, &h) == 1) {
            CHECK(h.key_len >= 0 && h.value_len >= -1);
            hn++;
        }
        CHECK(hn == rec.header_count && pos == rec.headers_len);
        if (out->n < MAX_RECORDS_REBUILT)
            out->recs[out->n++] = rec;
        else
            out->complete = 0;
        count++;
    }
    if (rc < 0) {
        CHECK(rc == RMQ_ECORRUPT);
        CHECK(err.msg[0] != '\0');
        return rc;
    }
    CHECK(count == info->record_count);
    return 0;
}

static int same_bytes(const uint8_t *a, int32_t alen, const uint8_t *b, int32_t blen)
{
    return alen == blen && (alen <= 0 || memcmp(a, b, (size_t)alen) == 0);
}

/* Rebuilds the parsed records and checks the new batch reads back the same. */
static void rebuild(const rmq_batch_info_t *info, const parsed_t *p)
{
    rmq_batch_builder_opts_t o;
    rmq_batch_builder_opts_default(&o);
    o.base_offset = info->base_offset;
    o.partition_leader_epoch = info->partition_leader_epoch;
    o.producer_id = info->producer_id;
    o.producer_epoch = info->producer_epoch;
    o.base_sequence = info->base_sequence;
    o.is_transactional = info->is_transactional;
    o.is_control = info->is_control;
    o.timestamp_type = info->timestamp_type;
    o.log_append_time = info->max_timestamp;
    o.compression = info->compression;
    rmq_batch_builder_t b;
    rmq_batch_builder_init(&b, &o);
    for (int i = 0; i < p->n; i++) {
        const rmq_record_t *r = &p->recs[i];
        rmq_record_header_t hs[16];
        if (r->header_count > 16) {
            rmq_batch_builder_release(&b);
            return;
        }
        size_t pos = 0;
        for (int32_t k = 0; k < r->header_count; k++)
            CHECK(rmq_record_next_header(r, &pos, &hs[k]) == 1);
        rmq_record_in_t in = {
            .key = r->key,
            .key_len = r->key_len < 0 ? 0 : (size_t)r->key_len,
            .value = r->value,
            .value_len = r->value_len < 0 ? 0 : (size_t)r->value_len,
            /* For LogAppendTime batches every record reads as maxTimestamp. */
            .timestamp = r->timestamp,
            .headers = hs,
            .header_count = (size_t)r->header_count,
        };
        CHECK(rmq_batch_builder_add_delta(&b, &in, r->offset_delta, NULL) == 0);
    }
    rmq_wbuf_t out;
    rmq_wbuf_init(&out, 0);
    CHECK(rmq_batch_builder_finish(&b, &out, NULL) == 0);
    rmq_batch_builder_release(&b);
    rmq_batch_info_t info2;
    rmq_err_t err;
    int rc = rmq_batch_validate(out.data, out.len, &info2, &err);
    if (rc != 0)
        fprintf(stderr, "rebuilt batch invalid: %s\n", err.msg);
    CHECK(rc == 0);
    CHECK(info2.record_count == info->record_count);
    CHECK(info2.compression == info->compression);
    rmq_record_iter_t it;
    parsed_t *p2 = calloc(1, sizeof(*p2));
    CHECK(p2 != NULL);
    rc = iterate(out.data, &info2, 0, NULL, &it, p2);
    CHECK(rc == 0 && p2->n == p->n);
    for (int i = 0; i < p->n; i++) {
        const rmq_record_t *x = &p->recs[i], *y = &p2->recs[i];
        CHECK(x->offset == y->offset && x->timestamp == y->timestamp);
        CHECK(same_bytes(x->key, x->key_len, y->key, y->key_len));
        CHECK(same_bytes(x->value, x->value_len, y->value, y->value_len));
        CHECK(x->header_count == y->header_count);
        /* Compare decoded headers: the input may use non-minimal varints, which parse fine
           but are re-encoded minimally. */
        size_t px = 0, py = 0;
        rmq_record_header_t hx, hy;
        for (int32_t k = 0; k < x->header_count; k++) {
            CHECK(rmq_record_next_header(x, &px, &hx) == 1);
            CHECK(rmq_record_next_header(y, &py, &hy) == 1);
            CHECK(same_bytes(hx.key, hx.key_len, hy.key, hy.key_len));
            CHECK(same_bytes(hx.value, hx.value_len, hy.value, hy.value_len));
        }
        CHECK(rmq_record_next_header(y, &py, &hy) == 0);
    }
    rmq_record_iter_release(&it);
    free(p2);
    rmq_wbuf_release(&out);
}

static void fuzz_batches(const uint8_t *data, size_t size, int repair, size_t limit,
                         rmq_wbuf_t *scr)
{
    uint8_t *copy = malloc(size ? size : 1);
    CHECK(copy != NULL);
    memcpy(copy, data, size);
    parsed_t *p = malloc(sizeof(*p));
    CHECK(p != NULL);
    size_t off = 0;
    for (int guard = 0; off < size && guard < 64; guard++) {
        uint8_t *b = copy + off;
        size_t left = size - off;
        size_t bsize = 0;
        if (rmq_batch_peek_size(b, left, &bsize, NULL) == 0 && repair && bsize <= left &&
            bsize >= RMQ_BATCH_HEADER_SIZE)
            rmq_put_be32(b + RMQ_BATCH_OFF_CRC, rmq_crc32c(0, b + RMQ_BATCH_OFF_ATTRIBUTES,
                                                           bsize - RMQ_BATCH_OFF_ATTRIBUTES));
        rmq_batch_info_t info;
        rmq_err_t err;
        int rc = rmq_batch_validate(b, left, &info, &err);
        if (rc < 0) {
            CHECK(rc == RMQ_ETRUNC || rc == RMQ_ECORRUPT || rc == RMQ_EUNSUPPORTED);
            CHECK(err.msg[0] != '\0');
            break;
        }
        CHECK(rmq_batch_size(&info) <= left && rmq_batch_size(&info) >= RMQ_BATCH_HEADER_SIZE);
        rmq_record_iter_t it;
        rc = iterate(b, &info, limit, scr, &it, p);
        if (rc == 0 && p->complete)
            rebuild(&info, p);
        rmq_record_iter_release(&it);
        off += rmq_batch_size(&info);
    }
    free(p);
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t mode = data[0];
    data++;
    size--;
    switch (mode & 3) {
    case 0:
        fuzz_batches(data, size, 0, (size_t)1 << 20, NULL);
        break;
    case 1:
        fuzz_batches(data, size, 1, (size_t)1 << 20, NULL);
        break;
    case 2: {
        rmq_wbuf_t out;
        rmq_wbuf_init(&out, 0);
        rmq_err_t err;
        int rc = rmq_decompress((mode >> 2) % RMQ_COMPRESSION_COUNT, data, size, (size_t)1 << 20,
                                &out, &err);
        CHECK(rc == 0 || rc == RMQ_ECORRUPT || rc == RMQ_ETOOBIG);
        CHECK(rc == 0 || out.len == 0);
        CHECK(out.len <= (size_t)1 << 20);
        rmq_wbuf_release(&out);
        break;
    }
    default:
        fuzz_batches(data, size, 1, ((size_t)(mode >> 2) + 1) << 10, &scratch);
        break;
    }
    return 0;
}

/* ---- seeds ---- */

static void write_seed(const char *dir, const char *name, uint8_t mode, const uint8_t *p, size_t n)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return;
    }
    fputc(mode, f);
    fwrite(p, 1, n, f);
    fclose(f);
}

static void write_seeds(const char *dir)
{
    static const uint8_t hv[] = "header-value";
    rmq_record_header_t hs[2] = {{(const uint8_t *)"h", 1, hv, 12},
                                 {(const uint8_t *)"n", 1, NULL, -1}};
    for (int codec = 0; codec < RMQ_COMPRESSION_COUNT; codec++) {
        for (int variant = 0; variant < 3; variant++) {
            rmq_batch_builder_opts_t o;
            rmq_batch_builder_opts_default(&o);
            o.compression = codec;
            o.is_transactional = variant == 1;
            o.producer_id = variant == 1 ? 1000 : -1;
            o.timestamp_type = variant == 2 ? RMQ_TIMESTAMP_LOG_APPEND_TIME : 0;
            o.log_append_time = 1700000009999;
            rmq_batch_builder_t b;
            rmq_batch_builder_init(&b, &o);
            int nrec = 1 + variant * 4;
            for (int i = 0; i < nrec; i++) {
                char key[16], val[64];
                snprintf(key, sizeof(key), "key-%d", i);
                snprintf(val, sizeof(val), "value %d value %d value %d", i, i, i);
                rmq_record_in_t in = {
                    .key = i % 3 == 1 ? NULL : (const uint8_t *)key,
                    .key_len = strlen(key),
                    .value = i % 4 == 3 ? NULL : (const uint8_t *)val,
                    .value_len = strlen(val),
                    .timestamp = 1700000000000 + i,
                    .headers = hs,
                    .header_count = (size_t)(i % 3),
                };
                CHECK(rmq_batch_builder_add(&b, &in, NULL) == 0);
            }
            rmq_wbuf_t out;
            rmq_wbuf_init(&out, 0);
            CHECK(rmq_batch_builder_finish(&b, &out, NULL) == 0);
            char name[64];
            snprintf(name, sizeof(name), "batch-%s-%d", rmq_compression_name(codec), variant);
            write_seed(dir, name, 1, out.data, out.len);
            snprintf(name, sizeof(name), "batch-%s-%d-crc", rmq_compression_name(codec), variant);
            write_seed(dir, name, 0, out.data, out.len);
            snprintf(name, sizeof(name), "batch-%s-%d-small", rmq_compression_name(codec), variant);
            write_seed(dir, name, 3, out.data, out.len);
            if (codec != RMQ_COMPRESSION_NONE && variant == 2) {
                /* The records section alone, as a raw stream for mode 2. */
                snprintf(name, sizeof(name), "stream-%s", rmq_compression_name(codec));
                write_seed(dir, name, (uint8_t)(2 | codec << 2), out.data + 61, out.len - 61);
            }
            if (codec == RMQ_COMPRESSION_SNAPPY && variant == 2) {
                rmq_wbuf_t raw;
                rmq_wbuf_init(&raw, 0);
                CHECK(rmq_compress_snappy(b.records.data, b.records.len, RMQ_SNAPPY_RAW, &raw,
                                          NULL) == 0);
                write_seed(dir, "stream-snappy-raw", (uint8_t)(2 | codec << 2), raw.data, raw.len);
                rmq_wbuf_release(&raw);
            }
            rmq_wbuf_release(&out);
            rmq_batch_builder_release(&b);
        }
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dir = getenv("RMQ_FUZZ_WRITE_SEEDS");
    if (dir && *dir)
        write_seeds(dir);
    return 0;
}
