/*
 * wal_io.c - the WAL's two I/O backends behind rmq_wal_io_ops_t: io_uring (a write linked with
 * an fdatasync, one io_uring_enter for both) and pwritev + fdatasync.
 *
 * Both are used by exactly one thread (the WAL writer), so neither locks. The fault-injection
 * hook is applied by the caller (wal.c), so the backends stay plain.
 */
#include "storage/wal/wal_int.h"

#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

#ifdef RMQ_HAVE_IO_URING
#include <liburing.h>
#endif

/* Drops the first n bytes of iov[0..*cnt), advancing *iovp. */
static void iov_advance(struct iovec **iovp, int *cnt, size_t n)
{
    struct iovec *iov = *iovp;

    while (*cnt > 0 && n >= iov->iov_len) {
        n -= iov->iov_len;
        iov++;
        (*cnt)--;
    }
    if (*cnt > 0 && n) {
        iov->iov_base = (uint8_t *)iov->iov_base + n;
        iov->iov_len -= n;
    }
    *iovp = iov;
}

static size_t iov_total(const struct iovec *iov, int cnt)
{
    size_t n = 0;

    for (int i = 0; i < cnt; i++)
        n += iov[i].iov_len;
    return n;
}

static int sys_fdatasync(int fd)
{
    int rc;

    do {
        rc = fdatasync(fd);
    } while (rc < 0 && errno == EINTR);
    return rc < 0 ? -errno : 0;
}

/* ---- pwritev ----------------------------------------------------------------------------- */

static int pw_writev(rmq_wal_io_t *io, int fd, struct iovec *iov, int iovcnt, uint64_t off,
                     int sync)
{
    /* Skip leading empty vectors so a zero-length write still syncs. */
    iov_advance(&iov, &iovcnt, 0);
    while (iovcnt > 0 && iov_total(iov, iovcnt) > 0) {
        ssize_t n = pwritev(fd, iov, iovcnt > IOV_MAX ? IOV_MAX : iovcnt, (off_t)off);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            return -EIO;
        off += (uint64_t)n;
        iov_advance(&iov, &iovcnt, (size_t)n);
    }
    io->write_done_ns = rmq_mono_ns();
    return sync ? sys_fdatasync(fd) : 0;
}

static int pw_fdatasync(rmq_wal_io_t *io, int fd)
{
    RMQ_UNUSED(io);
    return sys_fdatasync(fd);
}

static void pw_free(rmq_wal_io_t *io)
{
    free(io);
}

static const rmq_wal_io_ops_t pw_ops = {
    .name = "pwritev",
    .writev = pw_writev,
    .fdatasync = pw_fdatasync,
    .free = pw_free,
};

static int pw_new(rmq_wal_io_t **iop)
{
    rmq_wal_io_t *io = rmq_calloc(1, sizeof(*io));

    io->ops = &pw_ops;
    *iop = io;
    return 0;
}

/* ---- io_uring ---------------------------------------------------------------------------- */

static int uring_force_fail;

void rmq_wal_io_uring_force_fail(int on)
{
    __atomic_store_n(&uring_force_fail, on, __ATOMIC_RELAXED);
}

#ifdef RMQ_HAVE_IO_URING

#define URING_DEPTH 8
#define UD_WRITE    1
#define UD_SYNC     2

typedef struct uring_io {
    rmq_wal_io_t base;
    struct io_uring ring;
} uring_io_t;

/* Submits what is queued and reaps exactly n completions into res[user_data]. */
static int uring_run(uring_io_t *u, unsigned n, int res[3])
{
    int rc;

    do {
        rc = io_uring_submit(&u->ring);
    } while (rc == -EINTR);
    if (rc < 0)
        return rc;
    for (unsigned i = 0; i < n; i++) {
        struct io_uring_cqe *cqe;
        do {
            rc = io_uring_wait_cqe(&u->ring, &cqe);
        } while (rc == -EINTR);
        if (rc < 0)
            return rc;
        if (cqe->user_data == UD_WRITE || cqe->user_data == UD_SYNC)
            res[cqe->user_data] = cqe->res;
        if (cqe->user_data == UD_WRITE)
            u->base.write_done_ns = rmq_mono_ns();
        io_uring_cqe_seen(&u->ring, cqe);
    }
    return 0;
}

static int uring_fdatasync(rmq_wal_io_t *io, int fd)
{
    uring_io_t *u = (uring_io_t *)io;
    struct io_uring_sqe *sqe = io_uring_get_sqe(&u->ring);
    int res[3] = {0, 0, 0};
    int rc;

    if (!sqe)
        return -EBUSY;
    io_uring_prep_fsync(sqe, fd, IORING_FSYNC_DATASYNC);
    io_uring_sqe_set_data64(sqe, UD_SYNC);
    rc = uring_run(u, 1, res);
    return rc < 0 ? rc : (res[UD_SYNC] < 0 ? res[UD_SYNC] : 0);
}

static int uring_writev(rmq_wal_io_t *io, int fd, struct iovec *iov, int iovcnt, uint64_t off,
                        int sync)
{
    uring_io_t *u = (uring_io_t *)io;
    size_t left;

    iov_advance(&iov, &iovcnt, 0);
    left = iov_total(iov, iovcnt);
    while (left > 0) {
        struct io_uring_sqe *sqe = io_uring_get_sqe(&u->ring);
        int res[3] = {0, 0, 0};
        int cnt = iovcnt > IOV_MAX ? IOV_MAX : iovcnt;
        size_t chunk = iov_total(iov, cnt);
        /* Link the sync only when this submission writes everything that is left. */
        int link = sync && chunk == left;
        int rc;

        if (!sqe)
            return -EBUSY;
        io_uring_prep_writev(sqe, fd, iov, (unsigned)cnt, off);
        io_uring_sqe_set_data64(sqe, UD_WRITE);
        if (link) {
            struct io_uring_sqe *ssqe;
            sqe->flags |= IOSQE_IO_LINK;
            ssqe = io_uring_get_sqe(&u->ring);
            if (!ssqe) {
                /* Cannot happen with an empty ring of URING_DEPTH; undo is not possible, so
                 * complete the write alone and sync after. */
                sqe->flags &= (uint8_t)~IOSQE_IO_LINK;
                link = 0;
            } else {
                io_uring_prep_fsync(ssqe, fd, IORING_FSYNC_DATASYNC);
                io_uring_sqe_set_data64(ssqe, UD_SYNC);
            }
        }
        rc = uring_run(u, link ? 2u : 1u, res);
        if (rc < 0)
            return rc;
        if (res[UD_WRITE] < 0)
            return res[UD_WRITE];
        if (res[UD_WRITE] == 0)
            return -EIO;
        off += (uint64_t)res[UD_WRITE];
        left -= (size_t)res[UD_WRITE];
        iov_advance(&iov, &iovcnt, (size_t)res[UD_WRITE]);
        if (left == 0 && link) {
            /* A short write cancels the linked sync (-ECANCELED); a full one reports it. */
            return res[UD_SYNC] < 0 ? res[UD_SYNC] : 0;
        }
    }
    return sync ? uring_fdatasync(io, fd) : 0;
}

static void uring_free(rmq_wal_io_t *io)
{
    uring_io_t *u = (uring_io_t *)io;

    io_uring_queue_exit(&u->ring);
    free(u);
}

static const rmq_wal_io_ops_t uring_ops = {
    .name = "io_uring",
    .writev = uring_writev,
    .fdatasync = uring_fdatasync,
    .free = uring_free,
};

static int uring_new(rmq_wal_io_t **iop)
{
    uring_io_t *u = rmq_calloc(1, sizeof(*u));
    struct io_uring_sqe *sqe;
    int res[3] = {0, 0, 0};
    int rc;

    if (__atomic_load_n(&uring_force_fail, __ATOMIC_RELAXED)) {
        free(u);
        return -ENOSYS;
    }
    rc = io_uring_queue_init(URING_DEPTH, &u->ring, 0);
    if (rc < 0) {
        free(u);
        return rc;
    }
    /* Some sandboxes allow io_uring_setup but filter io_uring_enter: prove a NOP completes. */
    sqe = io_uring_get_sqe(&u->ring);
    if (!sqe) {
        rc = -EBUSY;
    } else {
        io_uring_prep_nop(sqe);
        io_uring_sqe_set_data64(sqe, UD_WRITE);
        rc = uring_run(u, 1, res);
        if (rc == 0 && res[UD_WRITE] < 0)
            rc = res[UD_WRITE];
    }
    if (rc < 0) {
        io_uring_queue_exit(&u->ring);
        free(u);
        return rc;
    }
    u->base.ops = &uring_ops;
    *iop = &u->base;
    return 0;
}

#endif /* RMQ_HAVE_IO_URING */

int rmq_wal_io_new(rmq_wal_io_backend_t want, rmq_wal_io_t **iop, rmq_err_t *err)
{
    *iop = NULL;
    switch (want) {
    case RMQ_WAL_IO_PWRITE:
        return pw_new(iop);
    case RMQ_WAL_IO_URING:
#ifdef RMQ_HAVE_IO_URING
    {
        int rc = uring_new(iop);
        if (rc < 0)
            return rmq_err_set(err, rc, "wal: io_uring unavailable: %s", rmq_strerror(rc));
        return 0;
    }
#else
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "wal: built without io_uring support");
#endif
    case RMQ_WAL_IO_AUTO:
#ifdef RMQ_HAVE_IO_URING
    {
        int rc = uring_new(iop);
        if (rc == 0)
            return 0;
        rmq_info("wal", "io_uring unavailable (%s), using pwritev+fdatasync", rmq_strerror(rc));
    }
#endif
        return pw_new(iop);
    }
    return rmq_err_set(err, RMQ_EINVAL, "wal: unknown io backend %d", (int)want);
}
