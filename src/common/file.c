/*
 * file.c - whole-file helpers (see file.h).
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

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int rmq_file_replace(const char *path, const void *data, size_t len, rmq_err_t *err)
{
    char tmp[4200], dir[4200];
    int fd, rc;

    if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp))
        return rmq_err_set(err, RMQ_EINVAL, "path too long: %s", path);
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return rmq_err_set(err, -errno, "create %s: %s", tmp, strerror(errno));
    rc = write_all(fd, data, len);
    if (rc == 0 && fdatasync(fd) != 0)
        rc = -errno;
    close(fd);
    if (rc != 0) {
        unlink(tmp);
        return rmq_err_set(err, rc, "write %s: %s", tmp, strerror(-rc));
    }
    if (rename(tmp, path) != 0) {
        rc = -errno;
        unlink(tmp);
        return rmq_err_set(err, rc, "rename %s: %s", tmp, strerror(-rc));
    }
    rmq_strlcpy(dir, path, sizeof(dir));
    int dfd = open(dirname(dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0 || fsync(dfd) != 0)
        rc = rmq_err_set(err, -errno, "fsync directory of %s: %s", path, strerror(errno));
    if (dfd >= 0)
        close(dfd);
    return rc;
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
