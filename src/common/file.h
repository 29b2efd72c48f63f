/*
 * file.h - the file-system idioms, once: create a directory path, write all of a buffer,
 * sync a file or a directory, rename, truncate, replace a file durably, read a whole file.
 *
 * Every call that changes the disk passes through one fault hook first (tests only), so the
 * metadata journal, the log start checkpoint and the snapshots built on these helpers are
 * crash-tested at every I/O the way the WAL is (SQLite's approach): fail the Nth operation,
 * or cut the Nth write short, then reopen and check what survived.
 *
 * Errors are -errno (or an RMQ_E* code) and, where an rmq_err_t is taken, a message naming the
 * path. Thread: any; the caller serialises writers of one path.
 */
#ifndef RMQ_COMMON_FILE_H
#define RMQ_COMMON_FILE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "common/err.h"

/* The operations the fault hook sees. */
typedef enum rmq_file_op {
    RMQ_FILE_OP_CREATE,   /* open for writing (creating or truncating) */
    RMQ_FILE_OP_WRITE,    /* write of len bytes */
    RMQ_FILE_OP_SYNC,     /* fdatasync / fsync of a file */
    RMQ_FILE_OP_SYNC_DIR, /* fsync of a directory */
    RMQ_FILE_OP_RENAME,
    RMQ_FILE_OP_TRUNCATE,
    RMQ_FILE_OP_MKDIR,
} rmq_file_op_t;

/*
 * Fault hook, called before each operation with the path it touches (NULL when only a
 * descriptor is known) and, for writes, the byte count. Return 0 to let it run, a negative
 * errno to fail it without effect, or, for RMQ_FILE_OP_WRITE, a positive n < len to write only
 * the first n bytes and then fail with -EIO (a torn write).
 */
typedef long (*rmq_file_fault_fn)(void *opaque, rmq_file_op_t op, const char *path, size_t len);

/* Installs (or with NULL removes) the process-wide fault hook. Tests only. */
void rmq_file_set_fault(rmq_file_fault_fn fn, void *opaque);

/* mkdir -p: creates path and its missing parents (mode 0755). Returns 0 or -errno. */
int rmq_file_mkdir_p(const char *path, rmq_err_t *err);

/* Creates or truncates path for writing (O_CLOEXEC, mode 0644; O_RDWR in extra_flags opens it
   for reading too). Returns the fd or -errno. */
int rmq_file_create(const char *path, int extra_flags);

/*
 * open(dir/name) for a file in a directory the caller also holds open as dirfd: the same as
 * openat(dirfd, name, ...) for a directory that stays put, but through open(), which
 * ThreadSanitizer sees (it does not intercept openat, and then reports a descriptor number
 * reused after another thread's socket closed as a race). Falls back to openat when the path
 * does not fit. Returns the fd or -errno.
 */
int rmq_file_open_in(const char *dir, int dirfd, const char *name, int flags, int mode);

/* Writes all n bytes at off (off < 0: at the file position), retrying short writes and EINTR. */
int rmq_file_write_all(int fd, const void *p, size_t n, int64_t off);

/* fdatasync(fd). */
int rmq_file_sync(int fd);

/* fsync of the directory dir (makes a create, rename or unlink in it durable). */
int rmq_file_sync_dir(const char *dir);

/* fsync of the directory holding path. */
int rmq_file_sync_parent(const char *path);

/* rename(from, to). */
int rmq_file_rename(const char *from, const char *to);

/* ftruncate(fd, len). */
int rmq_file_truncate(int fd, off_t len);

/*
 * Durably replaces path with data[0..len): writes path.tmp, fdatasyncs it, renames it over
 * path and fsyncs the directory, so a crash at any point leaves either the old file or the new
 * one whole. Returns 0 or -errno with err set.
 */
int rmq_file_replace(const char *path, const void *data, size_t len, rmq_err_t *err);

/*
 * Reads the whole of path into a new buffer (*out, free it; *len its size). Files larger
 * than max get RMQ_ETOOBIG. A missing file is -ENOENT. Returns 0 or a negative code.
 */
int rmq_file_read(const char *path, size_t max, void **out, size_t *len, rmq_err_t *err);

#endif
