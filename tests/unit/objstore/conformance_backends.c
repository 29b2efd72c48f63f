/*
 * conformance_backends.c - the backends the object store conformance suite runs against:
 * local (a temporary directory), s3 (an s3rver started here, stopped by PID) and azure (an
 * Azurite started here), each with a fault hook for the retry cases. See conformance.h.
 */
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include "common/clock.h"

#include "objstore/objstore.h"
#include "common/mem.h"
#include "conformance.h"

/* ---- the local backend ---- */

char local_dir[64];
fault_plan_t plan = {.mu = PTHREAD_MUTEX_INITIALIZER};

/* Full path of prog found in $PATH, or "" (out: 512 bytes). */
static __attribute__((unused)) void find_in_path(const char *prog, char *out)
{
    out[0] = '\0';
    const char *path = getenv("PATH");
    char copy[4096], *save = NULL;
    rmq_strlcpy(copy, path ? path : "/usr/bin:/bin", sizeof(copy));
    for (char *d = strtok_r(copy, ":", &save); d != NULL; d = strtok_r(NULL, ":", &save)) {
        snprintf(out, 512, "%s/%s", d, prog);
        if (access(out, X_OK) == 0)
            return;
    }
    out[0] = '\0';
}

/* s3rver wherever npm put it (/usr/bin or /usr/local/bin): found in $PATH. */
static __attribute__((unused)) const char *s3rver_bin(void)
{
    static char bin[512];
    if (!bin[0])
        find_in_path("s3rver", bin);
    return bin;
}

static int local_fault(void *opaque, rmq_objstore_local_fp_t fp, const char *key)
{
    fault_plan_t *p = opaque;
    int rc = 0;
    (void)key;
    pthread_mutex_lock(&p->mu);
    if (p->armed && (p->fp < 0 || p->fp == (int)fp)) {
        if (p->skip > 0) {
            p->skip--;
        } else if (p->fired < p->times) {
            p->fired++;
            rc = p->rc;
        }
    }
    pthread_mutex_unlock(&p->mu);
    return rc;
}

void arm(int fp, unsigned skip, unsigned times, int rc)
{
    pthread_mutex_lock(&plan.mu);
    plan.armed = 1;
    plan.fp = fp;
    plan.skip = skip;
    plan.times = times;
    plan.rc = rc;
    plan.fired = 0;
    pthread_mutex_unlock(&plan.mu);
}

unsigned disarm(void)
{
    pthread_mutex_lock(&plan.mu);
    unsigned fired = plan.fired;
    plan.armed = 0;
    pthread_mutex_unlock(&plan.mu);
    return fired;
}

static int local_open(void *ctx, rmq_objstore_t **out)
{
    (void)ctx;
    if (local_dir[0] == '\0') {
        rmq_strlcpy(local_dir, "/tmp/rmq-objstore-XXXXXX", sizeof(local_dir));
        if (mkdtemp(local_dir) == NULL)
            return -errno;
    }
    char path[128];
    snprintf(path, sizeof(path), "%s/objects", local_dir);
    rmq_objstore_local_opts_t opts;
    rmq_objstore_local_opts_init(&opts);
    opts.path = path;
    opts.threads = 3;
    opts.common.retry.base_backoff_ms = 1;
    opts.common.retry.max_backoff_ms = 4;
    opts.fault = local_fault;
    opts.fault_opaque = &plan;
    rmq_err_t err;
    int rc = rmq_objstore_local_open(&opts, out, &err);
    if (rc)
        print_error("local open: %s\n", err.msg);
    return rc;
}

static void local_wipe(void *ctx)
{
    (void)ctx;
    if (local_dir[0] == '\0')
        return;
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", local_dir);
    assert_int_equal(system(cmd), 0);
    local_dir[0] = '\0';
}

static const conf_backend_t local_backend __attribute__((unused)) = {
    .name = "local",
    .open = local_open,
    .wipe = local_wipe,
    .crash_capable = 1,
    .fault_capable = 1,
    .cond_put_atomic = 1,
    .list_order_exact = 1,
};

#if defined(CONF_BACKEND_S3) || defined(CONF_BACKEND_AZURE)
/* ---- emulator processes: a free loopback port, and whether it accepts yet ---- */

static int free_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t sl = sizeof(sa);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 ||
        getsockname(fd, (struct sockaddr *)&sa, &sl) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    close(fd);
    return ntohs(sa.sin_port);
}

static int port_accepts(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET,
                             .sin_addr.s_addr = htonl(INADDR_LOOPBACK),
                             .sin_port = htons((uint16_t)port)};
    int ok = fd >= 0 && connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}
#endif

#ifdef CONF_BACKEND_S3
/* ---- the s3 backend against s3rver ---- */

#define S3_BUCKET     "rmq-conformance"
#define MULTIPART_MIB 5

typedef struct s3rver {
    pid_t pid;
    char dir[64];
    char endpoint[64];
    int port;
} s3rver_t;

static s3rver_t s3rver = {.pid = -1};
unsigned s3_seen[4]; /* requests seen by the fault hook: POST, part PUT, DELETE, all */

static int s3_fault(void *opaque, rmq_objstore_op_t op, const char *method, const char *key)
{
    /* The local fault points, mapped onto the request that does the same job. */
    int fp = -1;
    if (op == RMQ_OBJSTORE_OP_PUT && strcmp(method, "PUT") == 0)
        fp = RMQ_OBJSTORE_FP_WRITE;
    else if (op == RMQ_OBJSTORE_OP_GET)
        fp = RMQ_OBJSTORE_FP_READ;
    else if (op == RMQ_OBJSTORE_OP_DELETE && strcmp(method, "DELETE") == 0)
        fp = RMQ_OBJSTORE_FP_UNLINK;
    else if (op == RMQ_OBJSTORE_OP_HEAD)
        fp = RMQ_OBJSTORE_FP_OPEN;
    else if (op == RMQ_OBJSTORE_OP_LIST)
        fp = RMQ_OBJSTORE_FP_LIST;
    pthread_mutex_lock(&plan.mu);
    s3_seen[0] += strcmp(method, "POST") == 0;
    s3_seen[1] += op == RMQ_OBJSTORE_OP_PUT && strcmp(method, "PUT") == 0;
    s3_seen[2] += op == RMQ_OBJSTORE_OP_PUT && strcmp(method, "DELETE") == 0;
    s3_seen[3]++;
    pthread_mutex_unlock(&plan.mu);
    int rc = fp >= 0 ? local_fault(opaque, (rmq_objstore_local_fp_t)fp, key) : 0;
    /* What a server would answer for the local errors: 500 is retriable (-EIO), 403 not. */
    if (rc == -EIO)
        return 500;
    if (rc == -EACCES)
        return 403;
    return rc;
}

static void s3rver_stop(void)
{
    if (s3rver.pid > 0) {
        kill(s3rver.pid, SIGTERM);
        int st;
        for (int i = 0; i < 100 && waitpid(s3rver.pid, &st, WNOHANG) == 0; i++)
            rmq_sleep_ms(20);
        if (waitpid(s3rver.pid, &st, WNOHANG) == 0) {
            kill(s3rver.pid, SIGKILL);
            waitpid(s3rver.pid, &st, 0);
        }
        s3rver.pid = -1;
    }
    if (s3rver.dir[0]) {
        char cmd[128];
        snprintf(cmd, sizeof(cmd), "rm -rf %s", s3rver.dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", s3rver.dir);
        s3rver.dir[0] = '\0';
    }
}

/* Starts s3rver on a free loopback port with the bucket configured; waits (bounded) until
 * it accepts connections. */
static int s3rver_start(void **state)
{
    (void)state;
    rmq_strlcpy(s3rver.dir, "/tmp/rmq-s3rver-XXXXXX", sizeof(s3rver.dir));
    if (mkdtemp(s3rver.dir) == NULL)
        return -1;
    for (int attempt = 0; attempt < 3; attempt++) {
        s3rver.port = free_port();
        if (s3rver.port <= 0)
            continue;
        char port[16];
        snprintf(port, sizeof(port), "%d", s3rver.port);
        pid_t pid = fork();
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlive a crashed test */
            /* s3rver 3.7 encrypts continuation tokens with DES, which Node 17+ (OpenSSL 3)
             * only offers through the legacy provider: without it every truncated listing
             * is a 500. */
            setenv("NODE_OPTIONS", "--openssl-legacy-provider", 1);
            int nul = open("/dev/null", O_RDWR);
            if (nul >= 0) {
                dup2(nul, 0);
                dup2(nul, 1);
            }
            execl(s3rver_bin(), s3rver_bin(), "--directory", s3rver.dir, "--port", port,
                  "--address", "127.0.0.1", "--silent", "--configure-bucket", S3_BUCKET,
                  (char *)NULL);
            _exit(127);
        }
        if (pid < 0)
            break;
        s3rver.pid = pid;
        uint64_t deadline = rmq_mono_ms() + 20000;
        while (rmq_mono_ms() < deadline) {
            int st;
            if (waitpid(pid, &st, WNOHANG) == pid) {
                s3rver.pid = -1;
                break; /* exited: maybe the port was taken meanwhile; try another */
            }
            if (port_accepts(s3rver.port)) {
                snprintf(s3rver.endpoint, sizeof(s3rver.endpoint), "http://127.0.0.1:%d",
                         s3rver.port);
                return 0;
            }
            rmq_sleep_ms(50);
        }
        if (s3rver.pid > 0) {
            print_error("s3rver did not accept connections within 20 s\n");
            s3rver_stop();
            return -1;
        }
    }
    print_error("could not start s3rver\n");
    s3rver_stop();
    return -1;
}

static int s3rver_teardown(void **state)
{
    (void)state;
    s3rver_stop();
    return 0;
}

static int s3_open(void *ctx, rmq_objstore_t **out)
{
    (void)ctx;
    rmq_objstore_s3_opts_t opts;
    rmq_objstore_s3_opts_init(&opts);
    opts.endpoint = s3rver.endpoint;
    opts.bucket = S3_BUCKET;
    opts.region = "us-east-1";
    opts.access_key = "S3RVER";
    opts.secret_key = "S3RVER";
    opts.addressing = RMQ_OBJSTORE_S3_PATH;
    opts.emulate_if_none_match = 1; /* s3rver ignores If-None-Match on PUT */
    opts.multipart_threshold = MULTIPART_MIB << 20;
    opts.part_size = MULTIPART_MIB << 20;
    opts.request_timeout_ms = 20000;
    opts.common.retry.base_backoff_ms = 1;
    opts.common.retry.max_backoff_ms = 4;
    opts.fault = s3_fault;
    opts.fault_opaque = &plan;
    rmq_err_t err;
    int rc = rmq_objstore_s3_open(&opts, out, &err);
    if (rc)
        print_error("s3 open: %s\n", err.msg);
    return rc;
}

/* Empties the bucket: s3rver keeps everything as files under <dir>/<bucket>. */
static void s3_wipe(void *ctx)
{
    (void)ctx;
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "find %s/%s -mindepth 1 -delete", s3rver.dir, S3_BUCKET);
    assert_int_equal(system(cmd), 0);
    pthread_mutex_lock(&plan.mu);
    memset(s3_seen, 0, sizeof(s3_seen));
    pthread_mutex_unlock(&plan.mu);
}

static const conf_backend_t s3_backend = {
    .name = "s3",
    .open = s3_open,
    .wipe = s3_wipe,
    .crash_capable = 0,
    .fault_capable = 1,
    .cond_put_atomic = 0,
    .cond_put_why_not = "s3rver ignores If-None-Match on PUT; the backend's HEAD-then-PUT "
                        "emulation (emulate_if_none_match) is not atomic",
    .list_order_exact = 0,
    .list_order_why_not = "s3rver lists in directory-walk order (\"p/..\" before \"p\"), so "
                          "pages across '/' levels skip keys",
};

#endif /* CONF_BACKEND_S3 */

#ifdef CONF_BACKEND_AZURE
/* ---- the azure backend, against Azurite started by this program ---- */

/* Azurite's development account and its well-known key, from the emulator's documentation. */
#define AZURITE_KEY                                                                                \
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

static struct {
    pid_t pid;
    int port;
    char dir[64];
    char endpoint[64];
    unsigned container_seq; /* each test gets its own container: conf-<seq> */
    char container[32];
} azurite;

/* True when azurite-blob and node are in $PATH. */
static int azurite_installed(void)
{
    char bin[512], node[512];
    find_in_path("azurite-blob", bin);
    find_in_path("node", node);
    return bin[0] != '\0' && node[0] != '\0';
}

static void azurite_stop(void)
{
    if (azurite.pid > 0) {
        kill(azurite.pid, SIGTERM);
        int status, reaped = 0;
        for (int i = 0; i < 100 && !reaped; i++) { /* up to 2 s, then SIGKILL */
            reaped = waitpid(azurite.pid, &status, WNOHANG) == azurite.pid;
            if (!reaped)
                usleep(20000);
        }
        if (!reaped) {
            kill(azurite.pid, SIGKILL);
            waitpid(azurite.pid, &status, 0);
        }
        azurite.pid = 0;
    }
    if (azurite.dir[0] != '\0') {
        char cmd[128];
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", azurite.dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", azurite.dir);
        azurite.dir[0] = '\0';
    }
}

/* Starts Azurite on a free loopback port (at most 3 tries, 15 s each). 0 or -1. */
static int azurite_start(void)
{
    rmq_strlcpy(azurite.dir, "/tmp/rmq-azurite-XXXXXX", sizeof(azurite.dir));
    if (mkdtemp(azurite.dir) == NULL) {
        azurite.dir[0] = '\0';
        return -1;
    }
    for (int attempt = 0; attempt < 3; attempt++) {
        azurite.port = free_port();
        if (azurite.port <= 0)
            continue;
        char port[16], log[128];
        snprintf(port, sizeof(port), "%d", azurite.port);
        snprintf(log, sizeof(log), "%s/azurite.log", azurite.dir);
        pid_t pid = fork();
        if (pid < 0)
            return -1;
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlive a crashed test */
            int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
            if (fd >= 0) {
                dup2(fd, 1);
                dup2(fd, 2);
                close(fd);
            }
            execlp("azurite-blob", "azurite-blob", "--blobHost", "127.0.0.1", "--blobPort", port,
                   "--location", azurite.dir, "--silent", "--disableTelemetry",
                   "--skipApiVersionCheck", (char *)NULL);
            _exit(127);
        }
        azurite.pid = pid;
        for (int i = 0; i < 300; i++) { /* 15 s */
            int status;
            if (waitpid(pid, &status, WNOHANG) == pid) {
                azurite.pid = 0;
                print_error("azurite exited early (status %d); see %s\n", status, log);
                break;
            }
            if (port_accepts(azurite.port)) {
                snprintf(azurite.endpoint, sizeof(azurite.endpoint),
                         "http://127.0.0.1:%d/" AZURITE_ACCOUNT, azurite.port);
                return 0;
            }
            usleep(50000);
        }
        if (azurite.pid > 0) {
            kill(azurite.pid, SIGKILL);
            waitpid(azurite.pid, NULL, 0);
            azurite.pid = 0;
        }
    }
    return -1;
}

/* The plan's fault points, by operation; errors as the HTTP statuses that produce them. */
static int azure_fault(void *opaque, rmq_objstore_op_t op, const char *method, const char *key)
{
    static const rmq_objstore_local_fp_t fp_of[RMQ_OBJSTORE_OP_COUNT] = {
        [RMQ_OBJSTORE_OP_PUT] = RMQ_OBJSTORE_FP_WRITE,
        [RMQ_OBJSTORE_OP_GET] = RMQ_OBJSTORE_FP_READ,
        [RMQ_OBJSTORE_OP_HEAD] = RMQ_OBJSTORE_FP_OPEN,
        [RMQ_OBJSTORE_OP_LIST] = RMQ_OBJSTORE_FP_LIST,
        [RMQ_OBJSTORE_OP_DELETE] = RMQ_OBJSTORE_FP_UNLINK};
    (void)method;
    int rc = local_fault(opaque, fp_of[op], key);
    if (rc == -EIO)
        return 500; /* -> -EIO, retriable */
    if (rc == -EACCES)
        return 403; /* -> -EACCES, not retriable */
    return rc;      /* 0, or a transport error */
}

int azure_open_with(const char *key, int create, rmq_objstore_t **out, rmq_err_t *err)
{
    rmq_objstore_azure_opts_t opts;
    rmq_objstore_azure_opts_init(&opts);
    opts.endpoint = azurite.endpoint;
    opts.account = AZURITE_ACCOUNT;
    opts.key = key;
    opts.container = azurite.container;
    opts.create_container = create;
    opts.block_threshold = 1u << 20; /* so the 8 MiB round trip goes in 8 blocks */
    opts.block_size = 1u << 20;
    opts.put_parallel = 4;
    opts.connect_timeout_ms = 2000;
    opts.timeout_ms = 20000;
    opts.common.retry.base_backoff_ms = 1;
    opts.common.retry.max_backoff_ms = 4;
    opts.fault = azure_fault;
    opts.fault_opaque = &plan;
    return rmq_objstore_azure_open(&opts, out, err);
}

static int azure_open(void *ctx, rmq_objstore_t **out)
{
    (void)ctx;
    if (azurite.pid <= 0)
        return -1; /* the group setup could not start it */
    if (azurite.container[0] == '\0')
        snprintf(azurite.container, sizeof(azurite.container), "conf-%u", ++azurite.container_seq);
    rmq_err_t err = {0};
    int rc = azure_open_with(AZURITE_KEY, 1, out, &err);
    if (rc)
        print_error("azure open: %s\n", err.msg);
    return rc;
}

/* Every test leaves its container behind and the next one starts a new one; the emulator's
 * directory goes at exit. */
static void azure_wipe(void *ctx)
{
    (void)ctx;
    azurite.container[0] = '\0';
}

static const conf_backend_t azure_backend = {
    .name = "azure",
    .open = azure_open,
    .wipe = azure_wipe,
    .crash_capable = 0, /* a put is one request (or an uncommitted block list): nothing to crash */
    .fault_capable = 1,
    .cond_put_atomic = 1, /* If-None-Match: * on Put Blob / Put Block List */
    .list_order_exact = 1,
};

/* Group fixtures: one Azurite for the whole suite, stopped by PID even when cases failed. */
static int azurite_group_start(void **state)
{
    (void)state;
    if (azurite_start() == 0)
        return 0;
    print_error("could not start azurite-blob\n");
    azurite_stop();
    return -1;
}

static int azurite_group_stop(void **state)
{
    (void)state;
    azurite_stop();
    return 0;
}

#endif /* CONF_BACKEND_AZURE */

/* The backend under test: each build's -DCONF_BACKEND_* picks its own. */
#if defined(CONF_BACKEND_S3)
const conf_backend_t *backend = &s3_backend;
#elif defined(CONF_BACKEND_AZURE)
const conf_backend_t *backend = &azure_backend;
#else
const conf_backend_t *backend = &local_backend;
#endif

/* ---- what the cases see of the backend ---- */

const char *conf_missing(void)
{
#if defined(CONF_BACKEND_S3)
    if (!s3rver_bin()[0])
        return "s3rver not found in PATH; the s3 conformance suite needs s3rver (npm)";
#elif defined(CONF_BACKEND_AZURE)
    if (!azurite_installed())
        return "azurite-blob or node not found in PATH; the azure conformance suite needs "
               "Azurite (npm install -g azurite)";
#endif
    return NULL;
}

int conf_group_setup(void **state)
{
#if defined(CONF_BACKEND_S3)
    signal(SIGPIPE, SIG_IGN);
    return s3rver_start(state);
#elif defined(CONF_BACKEND_AZURE)
    return azurite_group_start(state);
#else
    (void)state;
    return 0;
#endif
}

int conf_group_teardown(void **state)
{
#if defined(CONF_BACKEND_S3)
    return s3rver_teardown(state);
#elif defined(CONF_BACKEND_AZURE)
    return azurite_group_stop(state);
#else
    (void)state;
    return 0;
#endif
}
