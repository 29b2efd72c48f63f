/*
 * kv.c - journaled key-value store (format in kv.h).
 */
#include "storage/kv.h"
#include "common/assert.h"
#include "common/buf.h"
#include "common/crc32c.h"
#include "common/file.h"
#include "common/hashmap.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

#define SUBSYS    "kv"
#define MAGIC     "RMQKV001"
#define MAGIC_LEN 8
#define FRAME_HDR 8
#define MAX_FRAME (256u * 1024 * 1024)
#define OP_PUT    1
#define OP_DEL    2

typedef struct val {
    size_t len;
    uint8_t data[];
} val_t;

struct rmq_kv {
    pthread_mutex_t lock;
    char *dir;
    char *path;
    int fd;
    int failed;
    uint64_t size; /* journal bytes */
    uint64_t live; /* bytes the live keys would take in a fresh journal */
    uint64_t compact_min;
    rmq_map_t *map; /* key -> val_t* */
    /* The writer of asynchronous commits (started by the first one). */
    pthread_mutex_t q_mu;
    pthread_cond_t q_cv;
    rmq_kv_batch_t *q_head, *q_tail;
    int q_stop;
    int writer_started;
    pthread_t writer;
};

struct rmq_kv_batch {
    rmq_wbuf_t ops; /* frame header (8 bytes), op count, ops */
    uint32_t nops;
    rmq_kv_done_fn done; /* asynchronous commits */
    void *opaque;
    rmq_kv_batch_t *next;
};

static uint64_t op_size(size_t klen, size_t vlen)
{
    return 1 + 4 + klen + 4 + vlen;
}

static void apply_put(rmq_kv_t *kv, const uint8_t *k, size_t klen, const uint8_t *v, size_t vlen)
{
    val_t *nv = rmq_malloc(sizeof(*nv) + vlen);
    val_t *old;

    nv->len = vlen;
    if (vlen)
        memcpy(nv->data, v, vlen);
    old = rmq_map_put(kv->map, k, klen, nv);
    if (old) {
        kv->live -= op_size(klen, old->len);
        free(old);
    }
    kv->live += op_size(klen, vlen);
}

static void apply_del(rmq_kv_t *kv, const uint8_t *k, size_t klen)
{
    val_t *old = rmq_map_del(kv->map, k, klen);

    if (old) {
        kv->live -= op_size(klen, old->len);
        free(old);
    }
}

/* Parses a payload; when apply is set, applies it. Returns 0 or RMQ_ECORRUPT. */
static int parse_payload(rmq_kv_t *kv, const uint8_t *p, size_t n, int apply)
{
    size_t pos = 4;
    uint32_t nops;

    if (n < 4)
        return RMQ_ECORRUPT;
    nops = rmq_le32(p);
    for (uint32_t i = 0; i < nops; i++) {
        uint8_t type;
        uint32_t klen, vlen = 0;
        const uint8_t *k, *v = NULL;
        if (n - pos < 5)
            return RMQ_ECORRUPT;
        type = p[pos];
        klen = rmq_le32(p + pos + 1);
        pos += 5;
        if (klen > n - pos)
            return RMQ_ECORRUPT;
        k = p + pos;
        pos += klen;
        if (type == OP_PUT) {
            if (n - pos < 4)
                return RMQ_ECORRUPT;
            vlen = rmq_le32(p + pos);
            pos += 4;
            if (vlen > n - pos)
                return RMQ_ECORRUPT;
            v = p + pos;
            pos += vlen;
        } else if (type != OP_DEL) {
            return RMQ_ECORRUPT;
        }
        if (apply) {
            if (type == OP_PUT)
                apply_put(kv, k, klen, v, vlen);
            else
                apply_del(kv, k, klen);
        }
    }
    return pos == n ? 0 : RMQ_ECORRUPT;
}

/*
 * Replays the frames of a journal image (magic already checked) into kv's map. Returns the
 * length of the good prefix: everything after it is a torn or corrupt tail.
 */
static size_t replay(rmq_kv_t *kv, const uint8_t *data, size_t size)
{
    size_t pos = MAGIC_LEN, good = pos;

    while (size - pos >= FRAME_HDR) {
        uint32_t n = rmq_le32(data + pos), crc = rmq_le32(data + pos + 4);
        if (n > MAX_FRAME || n > size - pos - FRAME_HDR)
            break;
        if (rmq_crc32c(0, data + pos + FRAME_HDR, n) != crc)
            break;
        if (parse_payload(kv, data + pos + FRAME_HDR, n, 0) < 0)
            break;
        parse_payload(kv, data + pos + FRAME_HDR, n, 1);
        pos += FRAME_HDR + n;
        good = pos;
    }
    return good;
}

static int check_magic(const uint8_t *data, size_t size)
{
    return size >= MAGIC_LEN && memcmp(data, MAGIC, MAGIC_LEN) == 0;
}

static int load(rmq_kv_t *kv, rmq_err_t *err)
{
    struct stat st;
    uint8_t *data;
    size_t good;
    ssize_t r;
    int rc;

    if (fstat(kv->fd, &st) < 0)
        return rmq_err_set(err, -errno, "%s: stat: %s", kv->path, strerror(errno));
    if (st.st_size == 0) {
        rc = rmq_file_write_all(kv->fd, MAGIC, MAGIC_LEN, 0);
        if (rc == 0)
            rc = rmq_file_sync(kv->fd);
        if (rc == 0)
            rc = rmq_file_sync_dir(kv->dir);
        if (rc < 0)
            return rmq_err_set(err, rc, "%s: init: %s", kv->path, rmq_strerror(rc));
        kv->size = MAGIC_LEN;
        return 0;
    }
    data = rmq_malloc((size_t)st.st_size);
    r = pread(kv->fd, data, (size_t)st.st_size, 0);
    if (r != st.st_size) {
        free(data);
        return rmq_err_set(err, RMQ_EIO, "%s: short read", kv->path);
    }
    if (!check_magic(data, (size_t)st.st_size)) {
        int torn_create = st.st_size < MAGIC_LEN && memcmp(data, MAGIC, (size_t)st.st_size) == 0;
        free(data);
        if (torn_create) {
            /* Torn while being created (a prefix of the magic): start it again. */
            if ((rc = rmq_file_truncate(kv->fd, 0)) < 0)
                return rmq_err_set(err, rc, "%s: truncate: %s", kv->path, rmq_strerror(rc));
            return load(kv, err);
        }
        return rmq_err_set(err, RMQ_ECORRUPT, "%s: not a RustMQ metadata journal (bad magic)",
                           kv->path);
    }
    good = replay(kv, data, (size_t)st.st_size);
    free(data);
    if (good < (size_t)st.st_size) {
        rmq_warn(SUBSYS, "%s: dropping %zu bytes of torn or corrupt tail at offset %zu", kv->path,
                 (size_t)st.st_size - good, good);
        if ((rc = rmq_file_truncate(kv->fd, (off_t)good)) < 0 || (rc = rmq_file_sync(kv->fd)) < 0)
            return rmq_err_set(err, rc, "%s: truncate: %s", kv->path, rmq_strerror(rc));
    }
    kv->size = good;
    return 0;
}

static rmq_kv_t *kv_alloc(void)
{
    rmq_kv_t *kv = rmq_calloc(1, sizeof(*kv));

    pthread_mutex_init(&kv->lock, NULL);
    pthread_mutex_init(&kv->q_mu, NULL);
    rmq_cond_init(&kv->q_cv);
    kv->fd = -1;
    kv->map = rmq_map_new(64);
    kv->compact_min = 1024 * 1024;
    return kv;
}

int rmq_kv_open_image(const void *data, size_t len, rmq_kv_t **kvp, size_t *good, rmq_err_t *err)
{
    rmq_kv_t *kv;

    *kvp = NULL;
    if (!check_magic(data, len))
        return rmq_err_set(err, RMQ_ECORRUPT, "not a RustMQ metadata journal (bad magic)");
    kv = kv_alloc();
    kv->failed = 1; /* an image is read-only */
    kv->size = replay(kv, data, len);
    if (good)
        *good = (size_t)kv->size;
    *kvp = kv;
    return 0;
}

int rmq_kv_open(const char *dir, const char *name, rmq_kv_t **kvp, rmq_err_t *err)
{
    rmq_kv_t *kv;
    char path[4096];
    int rc;

    if ((rc = rmq_file_mkdir_p(dir, err)) < 0)
        return rc;
    if (snprintf(path, sizeof(path), "%s/%s.journal", dir, name) >= (int)sizeof(path))
        return rmq_err_set(err, RMQ_EINVAL, "%s: path too long", dir);
    kv = kv_alloc();
    kv->dir = rmq_strdup(dir);
    kv->path = rmq_strdup(path);
    kv->fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (kv->fd < 0) {
        rc = rmq_err_set(err, -errno, "%s: open: %s", path, strerror(errno));
        rmq_kv_close(kv);
        return rc;
    }
    if ((rc = load(kv, err)) < 0) {
        rmq_kv_close(kv);
        return rc;
    }
    *kvp = kv;
    return 0;
}

void rmq_kv_close(rmq_kv_t *kv)
{
    size_t it = 0;
    void *v;

    if (!kv)
        return;
    if (kv->writer_started) {
        /* Queued commits are written before the writer ends. */
        pthread_mutex_lock(&kv->q_mu);
        kv->q_stop = 1;
        pthread_cond_signal(&kv->q_cv);
        pthread_mutex_unlock(&kv->q_mu);
        pthread_join(kv->writer, NULL);
    }
    pthread_mutex_destroy(&kv->q_mu);
    pthread_cond_destroy(&kv->q_cv);
    while (rmq_map_next(kv->map, &it, NULL, NULL, &v))
        free(v);
    rmq_map_free(kv->map);
    if (kv->fd >= 0)
        close(kv->fd);
    pthread_mutex_destroy(&kv->lock);
    free(kv->dir);
    free(kv->path);
    free(kv);
}

rmq_kv_batch_t *rmq_kv_batch_new(void)
{
    rmq_kv_batch_t *b = rmq_calloc(1, sizeof(*b));

    rmq_wbuf_init(&b->ops, 256);
    rmq_wbuf_put_le32(&b->ops, 0); /* frame header (length, CRC), filled at commit */
    rmq_wbuf_put_le32(&b->ops, 0);
    rmq_wbuf_put_le32(&b->ops, 0); /* op count, patched at commit */
    return b;
}

void rmq_kv_batch_put(rmq_kv_batch_t *b, const void *key, size_t klen, const void *val, size_t vlen)
{
    RMQ_ASSERT(klen <= UINT32_MAX && vlen <= UINT32_MAX);
    rmq_wbuf_put_u8(&b->ops, OP_PUT);
    rmq_wbuf_put_le32(&b->ops, (uint32_t)klen);
    rmq_wbuf_append(&b->ops, key, klen);
    rmq_wbuf_put_le32(&b->ops, (uint32_t)vlen);
    rmq_wbuf_append(&b->ops, val, vlen);
    b->nops++;
}

void rmq_kv_batch_del(rmq_kv_batch_t *b, const void *key, size_t klen)
{
    RMQ_ASSERT(klen <= UINT32_MAX);
    rmq_wbuf_put_u8(&b->ops, OP_DEL);
    rmq_wbuf_put_le32(&b->ops, (uint32_t)klen);
    rmq_wbuf_append(&b->ops, key, klen);
    b->nops++;
}

static void batch_free(rmq_kv_batch_t *b)
{
    rmq_wbuf_release(&b->ops);
    free(b);
}

/* Rewrites the journal with only the live keys. Caller holds the lock. */
static int compact(rmq_kv_t *kv)
{
    char tmp[4200];
    rmq_wbuf_t out;
    size_t it = 0, klen;
    const void *k;
    void *v;
    uint32_t nops = 0;
    int fd, rc;

    RMQ_ASSERT_HELD(&kv->lock);
    snprintf(tmp, sizeof(tmp), "%s.tmp", kv->path);
    rmq_wbuf_init(&out, (size_t)kv->live + 64);
    rmq_wbuf_append(&out, MAGIC, MAGIC_LEN);
    rmq_wbuf_put_le32(&out, 0);
    rmq_wbuf_put_le32(&out, 0);
    rmq_wbuf_put_le32(&out, 0);
    while (rmq_map_next(kv->map, &it, &k, &klen, &v)) {
        val_t *val = v;
        rmq_wbuf_put_u8(&out, OP_PUT);
        rmq_wbuf_put_le32(&out, (uint32_t)klen);
        rmq_wbuf_append(&out, k, klen);
        rmq_wbuf_put_le32(&out, (uint32_t)val->len);
        rmq_wbuf_append(&out, val->data, val->len);
        nops++;
    }
    /* One frame holding every live key. */
    rmq_put_le32(out.data + MAGIC_LEN, (uint32_t)(out.len - MAGIC_LEN - FRAME_HDR));
    rmq_put_le32(out.data + MAGIC_LEN + FRAME_HDR, nops);
    rmq_put_le32(out.data + MAGIC_LEN + 4,
                 rmq_crc32c(0, out.data + MAGIC_LEN + FRAME_HDR, out.len - MAGIC_LEN - FRAME_HDR));
    fd = rmq_file_create(tmp, O_RDWR);
    if (fd < 0) {
        rc = fd;
        goto out;
    }
    if ((rc = rmq_file_write_all(fd, out.data, out.len, 0)) < 0 || (rc = rmq_file_sync(fd)) < 0 ||
        (rc = rmq_file_rename(tmp, kv->path)) < 0) {
        close(fd);
        unlink(tmp);
        goto out;
    }
    /* Renamed: the new journal is the one a restart reads (once the directory is synced), so
       it is the one to append to from now on, whatever the directory sync says. */
    if ((rc = rmq_file_sync_dir(kv->dir)) < 0)
        rmq_warn(SUBSYS, "%s: fsync directory after compaction: %s", kv->path, rmq_strerror(rc));
    close(kv->fd);
    kv->fd = fd;
    rmq_debug(SUBSYS, "%s: compacted %" PRIu64 " -> %zu bytes", kv->path, kv->size, out.len);
    kv->size = out.len;
    rc = 0;
out:
    rmq_wbuf_release(&out);
    if (rc < 0)
        rmq_warn(SUBSYS, "%s: compaction failed: %s (journal kept)", kv->path, rmq_strerror(rc));
    return rc;
}

/* Fills in the frame header of b; RMQ_ETOOBIG when its payload is over the frame limit. */
static int frame_seal(rmq_kv_batch_t *b)
{
    uint8_t *frame = b->ops.data;
    size_t n = b->ops.len - FRAME_HDR; /* payload bytes */

    if (n > MAX_FRAME)
        return RMQ_ETOOBIG;
    rmq_put_le32(frame + FRAME_HDR, b->nops);
    rmq_put_le32(frame, (uint32_t)n);
    rmq_put_le32(frame + 4, rmq_crc32c(0, frame + FRAME_HDR, n));
    return 0;
}

/*
 * Appends the frames of the batches in list (all sealed, none empty) and makes them durable
 * with one fdatasync, then applies them. Returns 0 or the error every one of them failed
 * with. Caller holds kv->lock.
 */
static int write_group(rmq_kv_t *kv, rmq_kv_batch_t *list)
{
    uint64_t off = kv->size;
    int rc = 0;

    RMQ_ASSERT_HELD(&kv->lock);
    if (kv->failed)
        return RMQ_EIO;
    for (rmq_kv_batch_t *b = list; b && rc == 0; b = b->next) {
        rc = rmq_file_write_all(kv->fd, b->ops.data, b->ops.len, (int64_t)off);
        off += b->ops.len;
    }
    if (rc == -ENOSPC && rmq_file_truncate(kv->fd, (off_t)kv->size) == 0) {
        /* A full disk stopped the write before any sync: cut the partial frames off again and
           nothing changed; the store keeps working once there is space. */
        rmq_warn(SUBSYS, "%s: disk full, change not written", kv->path);
        return rc;
    }
    if (rc == 0)
        rc = rmq_file_sync(kv->fd);
    if (rc < 0) {
        /* The page cache state is unknown after a failed write or sync: stop writing. */
        kv->failed = 1;
        rmq_error(SUBSYS, "%s: write failed (%s); metadata store is read-only until restart",
                  kv->path, rmq_strerror(rc));
        return rc;
    }
    kv->size = off;
    for (rmq_kv_batch_t *b = list; b; b = b->next)
        parse_payload(kv, b->ops.data + FRAME_HDR, b->ops.len - FRAME_HDR, 1);
    if (kv->size > kv->compact_min && kv->size > 2 * (kv->live + MAGIC_LEN + 64))
        compact(kv);
    return 0;
}

int rmq_kv_commit(rmq_kv_t *kv, rmq_kv_batch_t *b)
{
    int rc = 0;

    if (b->nops == 0) {
        batch_free(b);
        return 0;
    }
    if ((rc = frame_seal(b)) < 0) {
        batch_free(b);
        return rc;
    }
    b->next = NULL;
    pthread_mutex_lock(&kv->lock);
    rc = write_group(kv, b);
    pthread_mutex_unlock(&kv->lock);
    batch_free(b);
    return rc;
}

/*
 * The writer of asynchronous commits: takes everything queued, writes it with one fdatasync
 * (a group commit: a thousand consumers committing at once cost one sync, not a thousand),
 * then calls each batch's done in queue order, holding no lock.
 */
static void *writer_main(void *arg)
{
    rmq_kv_t *kv = arg;

    pthread_mutex_lock(&kv->q_mu);
    for (;;) {
        while (!kv->q_head && !kv->q_stop)
            pthread_cond_wait(&kv->q_cv, &kv->q_mu);
        rmq_kv_batch_t *list = kv->q_head;
        if (!list)
            break; /* stopping, nothing left */
        kv->q_head = kv->q_tail = NULL;
        pthread_mutex_unlock(&kv->q_mu);

        pthread_mutex_lock(&kv->lock);
        int rc = write_group(kv, list);
        pthread_mutex_unlock(&kv->lock);
        while (list) {
            rmq_kv_batch_t *next = list->next;
            list->done(list->opaque, rc);
            batch_free(list);
            list = next;
        }
        pthread_mutex_lock(&kv->q_mu);
    }
    pthread_mutex_unlock(&kv->q_mu);
    return NULL;
}

void rmq_kv_commit_async(rmq_kv_t *kv, rmq_kv_batch_t *b, rmq_kv_done_fn done, void *opaque)
{
    int rc = 0;

    if (b->nops == 0 || (rc = frame_seal(b)) < 0 || kv->fd < 0) {
        batch_free(b);
        done(opaque, kv->fd < 0 && rc == 0 ? RMQ_EIO : rc);
        return;
    }
    b->done = done;
    b->opaque = opaque;
    b->next = NULL;
    pthread_mutex_lock(&kv->q_mu);
    if (!kv->writer_started) {
        rmq_err_t err;
        if ((rc = rmq_thread_start(&kv->writer, "rmq-meta", writer_main, kv, &err)) < 0) {
            pthread_mutex_unlock(&kv->q_mu);
            rmq_error(SUBSYS, "%s", err.msg);
            batch_free(b);
            done(opaque, rc);
            return;
        }
        kv->writer_started = 1;
    }
    RMQ_ASSERT(!kv->q_stop);
    if (kv->q_tail)
        kv->q_tail->next = b;
    else
        kv->q_head = b;
    kv->q_tail = b;
    pthread_cond_signal(&kv->q_cv);
    pthread_mutex_unlock(&kv->q_mu);
}

int rmq_kv_put(rmq_kv_t *kv, const void *key, size_t klen, const void *val, size_t vlen)
{
    rmq_kv_batch_t *b = rmq_kv_batch_new();

    rmq_kv_batch_put(b, key, klen, val, vlen);
    return rmq_kv_commit(kv, b);
}

int rmq_kv_del(rmq_kv_t *kv, const void *key, size_t klen)
{
    rmq_kv_batch_t *b = rmq_kv_batch_new();

    rmq_kv_batch_del(b, key, klen);
    return rmq_kv_commit(kv, b);
}

int rmq_kv_get(rmq_kv_t *kv, const void *key, size_t klen, void **val, size_t *vlen)
{
    val_t *v;
    int rc = RMQ_ENOTFOUND;

    pthread_mutex_lock(&kv->lock);
    v = rmq_map_get(kv->map, key, klen);
    if (v) {
        *val = rmq_malloc(v->len ? v->len : 1);
        memcpy(*val, v->data, v->len);
        *vlen = v->len;
        rc = 0;
    }
    pthread_mutex_unlock(&kv->lock);
    return rc;
}

int rmq_kv_scan(rmq_kv_t *kv, const void *prefix, size_t plen, rmq_kv_iter_fn cb, void *opaque)
{
    size_t it = 0, klen;
    const void *k;
    void *v;
    int rc = 0;

    pthread_mutex_lock(&kv->lock);
    while (rmq_map_next(kv->map, &it, &k, &klen, &v)) {
        val_t *val = v;
        if (klen < plen || memcmp(k, prefix, plen) != 0)
            continue;
        if ((rc = cb(opaque, k, klen, val->data, val->len)) != 0)
            break;
    }
    pthread_mutex_unlock(&kv->lock);
    return rc;
}

size_t rmq_kv_count(rmq_kv_t *kv)
{
    size_t n;

    pthread_mutex_lock(&kv->lock);
    n = rmq_map_count(kv->map);
    pthread_mutex_unlock(&kv->lock);
    return n;
}

uint64_t rmq_kv_journal_bytes(rmq_kv_t *kv)
{
    uint64_t n;

    pthread_mutex_lock(&kv->lock);
    n = kv->size;
    pthread_mutex_unlock(&kv->lock);
    return n;
}

void rmq_kv_set_compact_min(rmq_kv_t *kv, uint64_t bytes)
{
    pthread_mutex_lock(&kv->lock);
    kv->compact_min = bytes;
    pthread_mutex_unlock(&kv->lock);
}
