/*
 * file.c - file-system helpers behind one fault hook (see file.h).
 */
#include "common/file.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/mem.h"

/* The hook and its argument change together: tests install it while no other thread does I/O
   through these helpers, so a plain pair read under acquire ordering is enough. */
static rmq_file_fault_fn fault_fn;
static void *fault_opaque;

void rmq_file_set_fault(rmq_file_fault_fn fn, void *opaque)
{
    __atomic_store_n(&fault_opaque, opaque, __ATOMIC_RELAXED);
    __atomic_store_n(&fault_fn, fn, __ATOMIC_RELEASE);
}

static long fault(rmq_file_op_t op, const char *path, size_t len)
{
    rmq_file_fault_fn fn = __atomic_load_n(&fault_fn, __ATOMIC_ACQUIRE);
    return fn ? fn(__atomic_load_n(&fault_opaque, __ATOMIC_RELAXED), op, path, len) : 0;
}

int rmq_file_mkdir_p(const char *path, rmq_err_t *err)
{
    char buf[4096];

    if (path == NULL || path[0] == '\0')
        return rmq_err_set(err, RMQ_EINVAL, "mkdir: empty path");
    if (rmq_strlcpy(buf, path, sizeof(buf)) >= sizeof(buf))
        return rmq_err_set(err, RMQ_EINVAL, "path too long: %s", path);
    for (char *p = buf + 1;; p++) {
        if (*p != '/' && *p != '\0')
            continue;
        char c = *p;
        *p = '\0';
        struct stat st;
        if (stat(buf, &st) != 0) {
            long f = fault(RMQ_FILE_OP_MKDIR, buf, 0);
            if (f < 0)
                return rmq_err_set(err, (int)f, "mkdir %s: %s", buf, strerror((int)-f));
            if (mkdir(buf, 0755) != 0 && errno != EEXIST)
                return rmq_err_set(err, -errno, "mkdir %s: %s", buf, strerror(errno));
        } else if (!S_ISDIR(st.st_mode)) {
            return rmq_err_set(err, -ENOTDIR, "mkdir %s: exists and is not a directory", buf);
        }
        *p = c;
        if (c == '\0' || p[1] == '\0')
            break;
    }
    return 0;
}

int rmq_file_create(const char *path, int extra_flags)
{
    long f = fault(RMQ_FILE_OP_CREATE, path, 0);
    if (f < 0)
        return (int)f;
    int access = (extra_flags & O_ACCMODE) == O_RDWR ? O_RDWR : O_WRONLY;
    int fd = open(path, access | O_CREAT | O_TRUNC | O_CLOEXEC | (extra_flags & ~O_ACCMODE), 0644);
    return fd < 0 ? -errno : fd;
}

int rmq_file_open_in(const char *dir, int dirfd, const char *name, int flags, int mode)
{
    char path[4200];
    int fd;

    if (dir && snprintf(path, sizeof(path), "%s/%s", dir, name) < (int)sizeof(path)) {
        do {
            fd = open(path, flags, mode);
        } while (fd < 0 && errno == EINTR);
    } else {
        do {
            fd = openat(dirfd, name, flags, mode);
        } while (fd < 0 && errno == EINTR);
    }
    return fd < 0 ? -errno : fd;
}

int rmq_file_write_all(int fd, const void *data, size_t n, int64_t off)
{
    const uint8_t *p = data;
    int torn = 0;
    long f = fault(RMQ_FILE_OP_WRITE, NULL, n);

    if (f < 0)
        return (int)f;
    if (f > 0 && (size_t)f < n) {
        n = (size_t)f;
        torn = 1;
    }
    while (n > 0) {
        ssize_t w = off < 0 ? write(fd, p, n) : pwrite(fd, p, n, (off_t)off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += w;
        n -= (size_t)w;
        if (off >= 0)
            off += w;
    }
    return torn ? -EIO : 0;
}

int rmq_file_sync(int fd)
{
    long f = fault(RMQ_FILE_OP_SYNC, NULL, 0);
    if (f < 0)
        return (int)f;
    return fdatasync(fd) == 0 ? 0 : -errno;
}

int rmq_file_sync_dir(const char *dir)
{
    long f = fault(RMQ_FILE_OP_SYNC_DIR, dir, 0);
    if (f < 0)
        return (int)f;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -errno;
    int rc = fsync(fd) == 0 ? 0 : -errno;
    close(fd);
    return rc;
}

int rmq_file_sync_parent(const char *path)
{
    char dir[4200];

    if (rmq_strlcpy(dir, path, sizeof(dir)) >= sizeof(dir))
        return RMQ_EINVAL;
    return rmq_file_sync_dir(dirname(dir));
}

int rmq_file_rename(const char *from, const char *to)
{
    long f = fault(RMQ_FILE_OP_RENAME, to, 0);
    if (f < 0)
        return (int)f;
    return rename(from, to) == 0 ? 0 : -errno;
}

int rmq_file_truncate(int fd, off_t len)
{
    long f = fault(RMQ_FILE_OP_TRUNCATE, NULL, (size_t)len);
    if (f < 0)
        return (int)f;
    return ftruncate(fd, len) == 0 ? 0 : -errno;
}

int rmq_file_replace(const char *path, const void *data, size_t len, rmq_err_t *err)
{
    char tmp[4200];
    int fd, rc;

    if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp))
        return rmq_err_set(err, RMQ_EINVAL, "path too long: %s", path);
    fd = rmq_file_create(tmp, 0);
    if (fd < 0)
        return rmq_err_set(err, fd, "create %s: %s", tmp, rmq_strerror(fd));
    rc = rmq_file_write_all(fd, data, len, -1);
    if (rc == 0)
        rc = rmq_file_sync(fd);
    close(fd);
    if (rc != 0) {
        unlink(tmp);
        return rmq_err_set(err, rc, "write %s: %s", tmp, rmq_strerror(rc));
    }
    if ((rc = rmq_file_rename(tmp, path)) != 0) {
        unlink(tmp);
        return rmq_err_set(err, rc, "rename %s: %s", tmp, rmq_strerror(rc));
    }
    if ((rc = rmq_file_sync_parent(path)) != 0)
        return rmq_err_set(err, rc, "fsync directory of %s: %s", path, rmq_strerror(rc));
    return 0;
}

int rmq_file_read(const char *path, size_t max, void **out, size_t *len, rmq_err_t *err)
{
    struct stat st;
    uint8_t *buf;
    size_t got = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    *out = NULL;
    *len = 0;
    if (fd < 0)
        return rmq_err_set(err, -errno, "open %s: %s", path, strerror(errno));
    if (fstat(fd, &st) != 0) {
        int rc = -errno;
        close(fd);
        return rmq_err_set(err, rc, "stat %s: %s", path, strerror(-rc));
    }
    if ((uint64_t)st.st_size > max) {
        close(fd);
        return rmq_err_set(err, RMQ_ETOOBIG, "%s: %lld bytes, more than %zu", path,
                           (long long)st.st_size, max);
    }
    buf = rmq_malloc((size_t)st.st_size + 1);
    while (got < (size_t)st.st_size) {
        ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (got != (size_t)st.st_size) {
        free(buf);
        return rmq_err_set(err, RMQ_ETRUNC, "%s: short read", path);
    }
    *out = buf;
    *len = got;
    return 0;
}
