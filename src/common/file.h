/*
 * file.h - whole-file helpers: a durable replace and a bounded read.
 *
 * rmq_file_replace writes path.tmp, fdatasyncs it, renames it over path and fsyncs the
 * directory, so a crash at any point leaves either the old file or the new one whole.
 * Thread: any; the caller serialises writers of one path.
 */
#ifndef RMQ_COMMON_FILE_H
#define RMQ_COMMON_FILE_H

#include <stddef.h>

#include "common/err.h"

/* Durably replaces path with data[0..len). Returns 0 or -errno with err set. */
int rmq_file_replace(const char *path, const void *data, size_t len, rmq_err_t *err);

/*
 * Reads the whole of path into a new buffer (*out, free it; *len its size). Files larger
 * than max get RMQ_ETOOBIG. A missing file is -ENOENT. Returns 0 or a negative code.
 */
int rmq_file_read(const char *path, size_t max, void **out, size_t *len, rmq_err_t *err);

#endif
