/*
 * local.c - the "local" object store backend: one flat directory ([object_storage] path).
 *
 * On-disk layout: every object is one regular file directly in the directory, named by its key
 * encoded so that "/" needs no subdirectory (a key "a" and a key "a/b" can coexist, as in S3):
 *
 *   key byte                         file name bytes
 *   A-Z a-z 0-9 - _ . (not first '.') same byte
 *   '/'                              '+'
 *   anything else, and a first '.'   %XX (uppercase hex)
 *
 * Names starting with '.' are never objects: ".tmp.<pid>.<seq>" are puts in progress. A put
 * writes a temp file, fsyncs it, renames it over the name and fsyncs the directory, so a reader
 * sees the old object or the whole new one. Opening a store deletes leftover temp files (from a
 * crash mid-put); list and get never see them. Conditional puts publish with
 * renameat2(RENAME_NOREPLACE), or link()+unlink() on filesystems without it: both fail with
 * EEXIST atomically, so of racing conditional puts exactly one wins.
 *
 * ETag: "<inode>-<size>-<mtime ns>" in hex, from fstat of the published file. Every put makes a
 * new inode, so an overwrite changes the etag even with equal size and mtime granularity. It is
 * not a content hash (S3's is an MD5 for single-part puts): compare etags only for equality.
 *
 * Limits: an encoded name is at most 255 bytes (NAME_MAX); longer keys get RMQ_EINVAL.
 * Retriable errors: -EIO, -EAGAIN, -EINTR (each attempt writes a fresh temp file, so retrying a
 * put is safe); ENOSPC is not, since it rarely clears within a backoff.
 *
 * Threads: `threads` workers take requests from one FIFO and do the blocking I/O.
 */
#include "objstore/objstore_int.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/pct.h"
#include "common/assert.h"
#include "common/file.h"
#include "common/log.h"
#include "common/mem.h"
#include "common/thread.h"

#define LOCAL_NAME_MAX 255
#define TMP_PREFIX     ".tmp."

typedef struct local {
    rmq_objstore_local_opts_t opts;
    char *path;
    int dirfd;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    rmq_objstore_req_t *head, *tail;
    int stop;
    unsigned nthreads;
    pthread_t threads[64];
    uint64_t tmp_seq; /* atomic */
} local_t;

void rmq_objstore_local_opts_init(rmq_objstore_local_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    rmq_objstore_opts_init(&opts->common);
    opts->threads = 2;
    opts->fsync = 1;
}

static int fault(local_t *lo, rmq_objstore_local_fp_t fp, const char *key)
{
    return lo->opts.fault ? lo->opts.fault(lo->opts.fault_opaque, fp, key) : 0;
}

/* Encodes key into name (LOCAL_NAME_MAX + 1 bytes); RMQ_EINVAL when too long. */
static int encode_key(const char *key, char *name)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 0;
    for (const char *p = key; *p; p++) {
        unsigned char c = (unsigned char)*p;
        int plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || (c == '.' && p != key);
        if (plain || c == '/') {
            if (n + 1 > LOCAL_NAME_MAX)
                return RMQ_EINVAL;
            name[n++] = c == '/' ? '+' : (char)c;
        } else {
            if (n + 3 > LOCAL_NAME_MAX)
                return RMQ_EINVAL;
            name[n++] = '%';
            name[n++] = hex[c >> 4];
            name[n++] = hex[c & 15];
        }
    }
    name[n] = '\0';
    return 0;
}

/* Decodes a file name into a key (malloc'd), or NULL when the name is not an object's. */
static char *decode_name(const char *name)
{
    if (name[0] == '.' || name[0] == '\0')
        return NULL;
    char *key = rmq_pct_decode(name, strlen(name), RMQ_PCT_PLUS_SLASH, NULL);
    if (!key)
        return NULL;
    /* Only names this backend writes: a stray file ("notes.txt~", "a b") is not an object. */
    char again[LOCAL_NAME_MAX + 1];
    if (rmq_objstore_check_key(NULL, key, NULL) != 0 || encode_key(key, again) != 0 ||
        strcmp(again, name) != 0) {
        free(key);
        return NULL;
    }
    return key;
}

static void make_etag(const struct stat *sb, char *etag)
{
    snprintf(etag, RMQ_OBJSTORE_ETAG_MAX, "%llx-%llx-%llx", (unsigned long long)sb->st_ino,
             (unsigned long long)sb->st_size,
             (unsigned long long)sb->st_mtim.tv_sec * 1000000000ull +
                 (unsigned long long)sb->st_mtim.tv_nsec);
}

static int name_or_einval(rmq_objstore_req_t *req, char *name)
{
    if (encode_key(req->key, name) != 0)
        return rmq_err_set(&req->res.err, RMQ_EINVAL,
                           "key '%.64s...' is too long for the local backend (encoded > %d bytes)",
                           req->key, LOCAL_NAME_MAX);
    return 0;
}

static int sync_dir(local_t *lo)
{
    if (lo->opts.fsync && fsync(lo->dirfd) != 0)
        return -errno;
    return 0;
}

static int do_put(local_t *lo, rmq_objstore_req_t *req)
{
    char name[LOCAL_NAME_MAX + 1], tmp[64];
    rmq_err_t *err = &req->res.err;
    int rc = name_or_einval(req, name);
    if (rc)
        return rc;
    snprintf(tmp, sizeof(tmp), TMP_PREFIX "%ld.%llu", (long)getpid(),
             (unsigned long long)__atomic_add_fetch(&lo->tmp_seq, 1, __ATOMIC_RELAXED));
    /* A fault-hook failure returns at once, leaving the temp file as a crash would. */
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_OPEN, req->key)) != 0)
        return rc;
    int fd =
        rmq_file_open_in(lo->path, lo->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return rmq_err_set(err, fd, "put %s: create temp file: %s", req->key, strerror(-fd));
    const uint8_t *p = req->data->data;
    size_t left = req->data->size;
    uint64_t off = 0;
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_WRITE, req->key)) != 0) {
        close(fd);
        return rc;
    }
    /* In pieces, giving way between them: one write of a whole object is milliseconds of
       copying in the kernel that a latency-critical thread may be waiting behind. */
    rmq_yield_t yield = {0};
    while (left > 0) {
        ssize_t w = pwrite(fd, p + off, RMQ_MIN(left, (size_t)RMQ_YIELD_BYTES), (off_t)off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            rc = w < 0 ? -errno : RMQ_EIO;
            rmq_err_set(err, rc, "put %s: write: %s", req->key, rmq_strerror(rc));
            goto fail;
        }
        off += (uint64_t)w;
        left -= (size_t)w;
        rmq_yield_account(&yield, (size_t)w);
    }
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_FSYNC, req->key)) != 0) {
        close(fd);
        return rc;
    }
    if (lo->opts.fsync && fsync(fd) != 0) {
        rc = -errno;
        rmq_err_set(err, rc, "put %s: fsync: %s", req->key, rmq_strerror(rc));
        goto fail;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        rc = -errno;
        goto fail;
    }
    close(fd);
    fd = -1;
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_RENAME, req->key)) != 0)
        return rc;
    if (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH) {
        rc = renameat2(lo->dirfd, tmp, lo->dirfd, name, RENAME_NOREPLACE) == 0 ? 0 : -errno;
        if (rc == -EINVAL || rc == -ENOSYS) { /* filesystem without RENAME_NOREPLACE */
            rc = linkat(lo->dirfd, tmp, lo->dirfd, name, 0) == 0 ? 0 : -errno;
            if (rc == 0)
                unlinkat(lo->dirfd, tmp, 0);
        }
        if (rc == -EEXIST) {
            unlinkat(lo->dirfd, tmp, 0);
            return rmq_err_set(err, RMQ_EEXISTS, "put %s: object exists (if-none-match)", req->key);
        }
    } else {
        rc = renameat(lo->dirfd, tmp, lo->dirfd, name) == 0 ? 0 : -errno;
    }
    if (rc) {
        rmq_err_set(err, rc, "put %s: publish: %s", req->key, rmq_strerror(rc));
        goto fail;
    }
    if ((rc = sync_dir(lo)) != 0)
        return rmq_err_set(err, rc, "put %s: fsync directory: %s", req->key, rmq_strerror(rc));
    req->res.size = (uint64_t)sb.st_size;
    make_etag(&sb, req->res.etag);
    return 0;
fail:
    if (fd >= 0)
        close(fd);
    unlinkat(lo->dirfd, tmp, 0);
    return rc;
}

static int open_object(local_t *lo, rmq_objstore_req_t *req, struct stat *sb)
{
    char name[LOCAL_NAME_MAX + 1];
    int rc = name_or_einval(req, name);
    if (rc)
        return rc;
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_OPEN, req->key)) != 0)
        return rc;
    int fd = rmq_file_open_in(lo->path, lo->dirfd, name, O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0) {
        rc = fd;
        if (rc == -ENOENT)
            return rmq_err_set(&req->res.err, RMQ_ENOTFOUND, "%s: no such object", req->key);
        return rmq_err_set(&req->res.err, rc, "open %s: %s", req->key, rmq_strerror(rc));
    }
    if (fstat(fd, sb) != 0 || !S_ISREG(sb->st_mode)) {
        close(fd);
        return rmq_err_set(&req->res.err, RMQ_EIO, "%s: not a regular file", req->key);
    }
    req->res.size = (uint64_t)sb->st_size;
    make_etag(sb, req->res.etag);
    return fd;
}

static int do_get(local_t *lo, rmq_objstore_req_t *req)
{
    struct stat sb;
    int fd = open_object(lo, req, &sb);
    if (fd < 0)
        return fd;
    uint64_t size = (uint64_t)sb.st_size, off = req->off, len = req->len;
    int rc = 0;
    if (off == 0 && len == RMQ_OBJSTORE_TO_END) {
        len = size;
    } else if (off >= size) {
        rc = rmq_err_set(&req->res.err, RMQ_ERANGE, "get %s: offset %llu past size %llu", req->key,
                         (unsigned long long)off, (unsigned long long)size);
        goto out;
    } else if (len > size - off) {
        len = size - off; /* clamped, as S3 does */
    }
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_READ, req->key)) != 0)
        goto out;
    rmq_buf_t *buf = rmq_buf_new(len);
    uint64_t got = 0;
    while (got < len) {
        ssize_t r = pread(fd, buf->data + got, len - got, (off_t)(off + got));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            rc = r < 0 ? -errno : RMQ_EIO;
            rmq_err_set(&req->res.err, rc, "get %s: read: %s", req->key,
                        r < 0 ? rmq_strerror(rc) : "object shrank");
            rmq_buf_unref(buf);
            goto out;
        }
        got += (uint64_t)r;
    }
    req->res.data = buf;
out:
    close(fd);
    return rc;
}

static int do_head(local_t *lo, rmq_objstore_req_t *req)
{
    struct stat sb;
    int fd = open_object(lo, req, &sb);
    if (fd < 0)
        return fd;
    close(fd);
    return 0;
}

static int do_delete(local_t *lo, rmq_objstore_req_t *req)
{
    char name[LOCAL_NAME_MAX + 1];
    int rc = name_or_einval(req, name);
    if (rc)
        return rc;
    if ((rc = fault(lo, RMQ_OBJSTORE_FP_UNLINK, req->key)) != 0)
        return rc;
    if (unlinkat(lo->dirfd, name, 0) != 0) {
        rc = -errno;
        if (rc == -ENOENT)
            return rmq_err_set(&req->res.err, RMQ_ENOTFOUND, "%s: no such object", req->key);
        return rmq_err_set(&req->res.err, rc, "delete %s: %s", req->key, rmq_strerror(rc));
    }
    if ((rc = sync_dir(lo)) != 0)
        return rmq_err_set(&req->res.err, rc, "delete %s: fsync directory: %s", req->key,
                           rmq_strerror(rc));
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int do_list(local_t *lo, rmq_objstore_req_t *req)
{
    int rc = fault(lo, RMQ_OBJSTORE_FP_LIST, req->key);
    if (rc)
        return rc;
    int fd = rmq_file_open_in(lo->path, lo->dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (d == NULL) {
        rc = -errno;
        if (fd >= 0)
            close(fd);
        return rmq_err_set(&req->res.err, rc, "list: open directory: %s", rmq_strerror(rc));
    }
    size_t plen = strlen(req->key), n = 0, cap = 0;
    char **keys = NULL;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_type != DT_REG && de->d_type != DT_UNKNOWN)
            continue;
        char *key = decode_name(de->d_name);
        if (key == NULL)
            continue;
        if (strncmp(key, req->key, plen) != 0 ||
            (req->token != NULL && strcmp(key, req->token) <= 0)) {
            free(key);
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            keys = rmq_realloc(keys, cap * sizeof(*keys));
        }
        keys[n++] = key;
    }
    closedir(d);
    if (n > 0)
        qsort(keys, n, sizeof(*keys), cmp_str);
    rmq_objstore_list_t *list = &req->res.list;
    size_t take = n < req->max_keys ? n : req->max_keys;
    list->entries = rmq_calloc(take ? take : 1, sizeof(*list->entries));
    for (size_t i = 0; i < n; i++) {
        if (list->count == take) {
            free(keys[i]);
            continue;
        }
        char name[LOCAL_NAME_MAX + 1];
        struct stat sb;
        if (encode_key(keys[i], name) != 0 || fstatat(lo->dirfd, name, &sb, 0) != 0 ||
            !S_ISREG(sb.st_mode)) {
            free(keys[i]); /* deleted since readdir: no longer part of the listing */
            continue;
        }
        list->entries[list->count].key = keys[i];
        list->entries[list->count].size = (uint64_t)sb.st_size;
        list->count++;
        if (list->count == take && i + 1 < n)
            list->next_token = rmq_strdup(keys[i]);
    }
    free(keys);
    return 0;
}

static void *worker_main(void *arg)
{
    rmq_objstore_t *st = arg;
    local_t *lo = st->impl;
    for (;;) {
        pthread_mutex_lock(&lo->mu);
        while (lo->head == NULL && !lo->stop)
            pthread_cond_wait(&lo->cond, &lo->mu);
        rmq_objstore_req_t *req = lo->head;
        if (req == NULL) {
            pthread_mutex_unlock(&lo->mu);
            return NULL;
        }
        lo->head = req->next;
        if (lo->head == NULL)
            lo->tail = NULL;
        req->next = NULL;
        pthread_mutex_unlock(&lo->mu);
        int rc = 0;
        switch (req->op) {
        case RMQ_OBJSTORE_OP_PUT:
            rc = do_put(lo, req);
            break;
        case RMQ_OBJSTORE_OP_GET:
            rc = do_get(lo, req);
            break;
        case RMQ_OBJSTORE_OP_HEAD:
            rc = do_head(lo, req);
            break;
        case RMQ_OBJSTORE_OP_LIST:
            rc = do_list(lo, req);
            break;
        case RMQ_OBJSTORE_OP_DELETE:
            rc = do_delete(lo, req);
            break;
        default:
            rc = RMQ_EINVAL;
        }
        rmq_objstore_req_done(req, rc);
    }
}

static void local_submit(rmq_objstore_t *st, rmq_objstore_req_t *req)
{
    local_t *lo = st->impl;
    pthread_mutex_lock(&lo->mu);
    if (lo->tail)
        lo->tail->next = req;
    else
        lo->head = req;
    lo->tail = req;
    pthread_cond_signal(&lo->cond);
    pthread_mutex_unlock(&lo->mu);
}

static int local_retriable(int rc)
{
    return rc == -EIO || rc == -EAGAIN || rc == -EINTR;
}

static void local_stop(local_t *lo)
{
    pthread_mutex_lock(&lo->mu);
    lo->stop = 1;
    pthread_cond_broadcast(&lo->cond);
    pthread_mutex_unlock(&lo->mu);
    for (unsigned i = 0; i < lo->nthreads; i++)
        pthread_join(lo->threads[i], NULL);
    if (lo->dirfd >= 0)
        close(lo->dirfd);
    pthread_mutex_destroy(&lo->mu);
    pthread_cond_destroy(&lo->cond);
    free(lo->path);
    free(lo);
}

static void local_close(rmq_objstore_t *st)
{
    local_stop(st->impl);
    st->impl = NULL;
}

static const rmq_objstore_vtab_t local_vtab = {
    .name = "local",
    .key_max = RMQ_OBJSTORE_KEY_MAX,
    .submit = local_submit,
    .retriable = local_retriable,
    .close = local_close,
};

/* Removes temp files left by puts interrupted by a crash. */
static int clean_temps(local_t *lo, rmq_err_t *err)
{
    int fd = rmq_file_open_in(lo->path, lo->dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (d == NULL) {
        int rc = -errno;
        if (fd >= 0)
            close(fd);
        return rmq_err_set(err, rc, "object store %s: %s", lo->path, rmq_strerror(rc));
    }
    struct dirent *de;
    unsigned removed = 0;
    while ((de = readdir(d)) != NULL) {
        if (strncmp(de->d_name, TMP_PREFIX, strlen(TMP_PREFIX)) == 0 &&
            unlinkat(lo->dirfd, de->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    if (removed > 0) {
        rmq_info("objstore", "%s: removed %u temp file(s) of interrupted puts", lo->path, removed);
        return sync_dir(lo);
    }
    return 0;
}

int rmq_objstore_local_open(const rmq_objstore_local_opts_t *opts, rmq_objstore_t **out,
                            rmq_err_t *err)
{
    *out = NULL;
    if (opts == NULL || opts->path == NULL || opts->path[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "object store: no path");
    int rc = rmq_file_mkdir_p(opts->path, NULL);
    if (rc)
        return rmq_err_set(err, rc, "object store: create %s: %s", opts->path, rmq_strerror(rc));
    local_t *lo = rmq_calloc(1, sizeof(*lo));
    lo->opts = *opts;
    lo->path = rmq_strdup(opts->path);
    lo->opts.path = lo->path;
    pthread_mutex_init(&lo->mu, NULL);
    rmq_cond_init(&lo->cond);
    lo->dirfd = open(lo->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (lo->dirfd < 0) {
        rc = rmq_err_set(err, -errno, "object store: open %s: %s", lo->path, strerror(errno));
        local_stop(lo);
        return rc;
    }
    if ((rc = clean_temps(lo, err)) != 0) {
        local_stop(lo);
        return rc;
    }
    rmq_objstore_t *st = rmq_objstore_alloc(&local_vtab, &opts->common);
    st->impl = lo;
    unsigned want = opts->threads == 0 ? 2 : opts->threads > 64 ? 64 : opts->threads;
    for (; lo->nthreads < want; lo->nthreads++) {
        rc = rmq_thread_start(&lo->threads[lo->nthreads], "rmq-os-local", worker_main, st, NULL);
        if (rc)
            break;
    }
    if (rc == 0)
        rc = rmq_objstore_start(st);
    if (rc) {
        rc = rc > 0 ? -rc : rc;
        local_stop(lo);
        rmq_objstore_free_unstarted(st);
        return rmq_err_set(err, rc, "object store: start threads: %s", rmq_strerror(rc));
    }
    *out = st;
    return 0;
}
