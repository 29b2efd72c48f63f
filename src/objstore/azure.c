/*
 * azure.c - the "azure" object store backend: one container of an Azure Blob storage
 * account (or the Azurite emulator), over the HTTP engine (http.h), signed with SharedKey
 * (azsign.h).
 *
 * Operation        HTTP                                                 success
 *   put (small)    PUT  <c>/<key>  x-ms-blob-type: BlockBlob           201
 *   put (large)    PUT  <c>/<key>?comp=block&blockid=<id>  x N          201 each
 *                  PUT  <c>/<key>?comp=blocklist  <BlockList>           201
 *   get            GET  <c>/<key>  [x-ms-range: bytes=a-b]              200 / 206
 *   head           HEAD <c>/<key>                                       200
 *   list           GET  <c>?restype=container&comp=list&prefix&marker&maxresults   200
 *   delete         DELETE <c>/<key>                                     202
 *   open           PUT  <c>?restype=container (409 ContainerAlreadyExists is fine)
 *
 * A put larger than block_threshold is cut into block_size blocks sent put_parallel at a time,
 * then committed with Put Block List. Until the commit nothing is visible: a failed or
 * abandoned upload leaves only uncommitted blocks, which Azure discards by itself (when the
 * blob is next committed, or after a week), so there is nothing to abort. Block ids are
 * base64 of "<16 hex nonce>-<7 digit index>": fixed width (Azure requires equal lengths per
 * blob) and unique per attempt, so two writers of one key never mix their blocks.
 * If-None-Match: * goes on the commit (or the single Put Blob): of racing conditional puts
 * exactly one commits, the others get 409 BlobAlreadyExists or 412 -> RMQ_EEXISTS.
 *
 * Status mapping: 404 -> RMQ_ENOTFOUND (-ENOENT when the container itself is missing),
 * 409/412 on a conditional put -> RMQ_EEXISTS, 416 -> RMQ_ERANGE, 401/403 -> -EACCES,
 * 429/503 -> -EAGAIN, 408/500/502/504 and other 5xx -> -EIO, other 4xx -> RMQ_EINVAL. The
 * retriable ones are -EAGAIN, -EIO and the engine's transport errors (timeouts, refused or
 * reset connections); the generic layer retries them. A commit refused with InvalidBlockList
 * (another writer's Put Blob discarded our uncommitted blocks) is -EAGAIN too: the retry
 * uploads afresh, and a conditional retry then meets the other object and gets RMQ_EEXISTS.
 * Error messages carry Azure's Code and the first line of its Message.
 *
 * Threads: submissions build and sign requests on the caller's (or the retry) thread; every
 * completion runs on the engine's thread, which also runs the user's callbacks.
 */
#include "objstore/azure_int.h"
#include "objstore/objstore_int.h"

#include <sys/random.h>

#include "common/pct.h"
#include "common/assert.h"
#include "common/log.h"
#include "common/mem.h"
#include "objstore/azsign.h"
#include "objstore/http.h"
#include "objstore/xml.h"

#define AZ_LIST_BODY_MAX (8u << 20)   /* a 1000-blob page is well under 1 MiB */
#define AZ_GET_MAX       (1ull << 30) /* reads to the end: larger objects are read by ranges */
#define AZ_BLOCKS_MAX    50000        /* Azure's committed-blocks limit */
#define AZ_BLOCK_MIN     (64u << 10)
#define AZ_BLOCK_MAX     (4000ull << 20)
#define AZ_HDRS_MAX      8

/* The emulator's development account, published in its documentation. */
#define DEV_ACCOUNT "devstoreaccount1"
#define DEV_KEY                                                                                    \
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
#define DEV_ENDPOINT "http://127.0.0.1:10000/devstoreaccount1"

typedef struct az {
    rmq_objstore_azure_opts_t opts; /* strings below are our own copies */
    char *account;
    char *container;
    char *origin; /* "http://127.0.0.1:10000" */
    char *prefix; /* path before the container: "/devstoreaccount1" or "" */
    char *ca_file;
    uint8_t key[RMQ_AZSIGN_KEY_MAX];
    size_t keylen;
    rmq_http_t *http;
} az_t;

void rmq_objstore_azure_opts_init(rmq_objstore_azure_opts_t *opts)
{
    memset(opts, 0, sizeof(*opts));
    rmq_objstore_opts_init(&opts->common);
    opts->create_container = 1;
    opts->block_threshold = 16u << 20;
    opts->block_size = 8u << 20;
    opts->put_parallel = 4;
    opts->max_concurrent = 16;
    opts->connect_timeout_ms = 5000;
    opts->timeout_ms = 60000;
    opts->verify_tls = 1;
}

/* ---- parsing outside bytes ---- */

int rmq_azure_parse_u64(const char *s, uint64_t *out)
{
    if (s == NULL || *s < '0' || *s > '9')
        return RMQ_ECORRUPT;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return RMQ_ECORRUPT;
        unsigned d = (unsigned)(*s - '0');
        if (v > (UINT64_MAX - d) / 10)
            return RMQ_ECORRUPT;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

/* Reads digits at *p up to a stop byte; advances past the stop byte. */
static int take_u64(const char **p, char stop, uint64_t *out)
{
    char num[24];
    size_t k = 0;
    while (**p != stop) {
        if (**p == '\0' || k + 1 >= sizeof(num))
            return RMQ_ECORRUPT;
        num[k++] = *(*p)++;
    }
    num[k] = '\0';
    (*p)++;
    return rmq_azure_parse_u64(num, out);
}

int rmq_azure_parse_content_range(const char *v, uint64_t *first, uint64_t *last, uint64_t *total)
{
    if (v == NULL || strncmp(v, "bytes ", 6) != 0)
        return RMQ_ECORRUPT;
    const char *p = v + 6;
    if (take_u64(&p, '-', first) || take_u64(&p, '/', last) || take_u64(&p, '\0', total))
        return RMQ_ECORRUPT;
    if (*first > *last || *last >= *total)
        return RMQ_ECORRUPT;
    return 0;
}

static void copy_line(char *dst, size_t dstsz, const char *src)
{
    size_t n = strcspn(src, "\r\n");
    if (n >= dstsz)
        n = dstsz - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

typedef struct err_ctx {
    char *code, *msg;
} err_ctx_t;

static int error_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    err_ctx_t *c = opaque;
    if (ev->type != RMQ_XML_END)
        return 0;
    if (strcmp(ev->path, "Error/Code") == 0 && c->code[0] == '\0')
        copy_line(c->code, RMQ_AZURE_CODE_MAX, ev->text);
    else if (strcmp(ev->path, "Error/Message") == 0 && c->msg[0] == '\0')
        copy_line(c->msg, RMQ_AZURE_MSG_MAX, ev->text);
    return 0;
}

void rmq_azure_parse_error(const void *body, size_t len, char code[RMQ_AZURE_CODE_MAX],
                           char msg[RMQ_AZURE_MSG_MAX])
{
    code[0] = msg[0] = '\0';
    if (body == NULL || len == 0)
        return;
    err_ctx_t c = {.code = code, .msg = msg};
    if (rmq_xml_parse(body, len, error_cb, &c, NULL) != 0)
        code[0] = msg[0] = '\0'; /* what a malformed body said is not trusted */
}

#define LIST_BLOB "EnumerationResults/Blobs/Blob"

typedef struct list_ctx {
    const char *prefix;
    size_t plen;
    uint32_t max_keys;
    rmq_objstore_list_t *out;
    rmq_err_t *err;
    size_t cap;     /* entries allocated */
    uint32_t blobs; /* Blob elements seen */
    char *name;     /* the current blob's key, decoded; NULL until its Name */
    int encoded;    /* the current Name has Encoded="true" */
    uint64_t size;  /* the current blob's Content-Length */
    int have_size;
    const char *last; /* the last key kept (owned by out) */
} list_ctx_t;

/* A Blob element ended: keep its key, skip it, or refuse the page. */
static int list_blob(list_ctx_t *c)
{
    if (c->name == NULL || !c->have_size)
        return rmq_err_set(c->err, RMQ_ECORRUPT, "a blob without Name or Content-Length");
    char *key = c->name;
    c->name = NULL;
    if (strncmp(key, c->prefix, c->plen) != 0 || (c->last != NULL && strcmp(c->last, key) >= 0)) {
        int rc = rmq_err_set(c->err, RMQ_ECORRUPT,
                             "'%.64s' is out of order or outside prefix '%.64s'", key, c->prefix);
        free(key);
        return rc;
    }
    if (rmq_objstore_check_key(NULL, key, NULL) != 0) {
        rmq_debug("objstore", "azure list: skipping blob '%.64s': not a valid key", key);
        free(key);
        return 0;
    }
    rmq_objstore_list_t *l = c->out;
    if (l->count == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        l->entries = rmq_realloc(l->entries, c->cap * sizeof(*l->entries));
    }
    l->entries[l->count].key = key;
    l->entries[l->count].size = c->size;
    l->count++;
    c->last = key;
    return 0;
}

static int list_cb(void *opaque, const rmq_xml_ev_t *ev)
{
    list_ctx_t *c = opaque;
    if (ev->depth == 1) {
        if (ev->type == RMQ_XML_START && strcmp(ev->name, "EnumerationResults") != 0)
            return rmq_err_set(c->err, RMQ_ECORRUPT, "root element is <%.32s>", ev->name);
        return 0;
    }
    if (ev->type == RMQ_XML_START) {
        if (strcmp(ev->path, LIST_BLOB) == 0) {
            if (++c->blobs > c->max_keys)
                return rmq_err_set(c->err, RMQ_ECORRUPT, "more than the %u blobs asked for",
                                   c->max_keys);
            free(c->name);
            c->name = NULL;
            c->have_size = 0;
        } else if (strcmp(ev->path, LIST_BLOB "/Name") == 0) {
            const char *enc = rmq_xml_attr(ev, "Encoded");
            c->encoded = enc != NULL && strcmp(enc, "true") == 0;
        }
        return 0;
    }
    if (strcmp(ev->path, LIST_BLOB "/Name") == 0) {
        if (c->name != NULL)
            return rmq_err_set(c->err, RMQ_ECORRUPT, "a blob with two names");
        c->name = c->encoded ? rmq_pct_decode(ev->text, ev->len, 0, NULL)
                             : rmq_strndup(ev->text, ev->len);
        if (c->name == NULL)
            return rmq_err_set(c->err, RMQ_ECORRUPT, "bad escape in an encoded name");
    } else if (strcmp(ev->path, LIST_BLOB "/Properties/Content-Length") == 0) {
        if (c->have_size || rmq_azure_parse_u64(ev->text, &c->size) != 0)
            return rmq_err_set(c->err, RMQ_ECORRUPT, "bad or repeated Content-Length '%.30s'",
                               ev->text);
        c->have_size = 1;
    } else if (strcmp(ev->path, LIST_BLOB) == 0) {
        return list_blob(c);
    } else if (strcmp(ev->path, "EnumerationResults/NextMarker") == 0) {
        free(c->out->next_token);
        c->out->next_token = ev->len ? rmq_strndup(ev->text, ev->len) : NULL;
    }
    return 0;
}

int rmq_azure_parse_list(const void *body, size_t len, const char *prefix, uint32_t max_keys,
                         rmq_objstore_list_t *out, rmq_err_t *err)
{
    memset(out, 0, sizeof(*out));
    list_ctx_t c = {
        .prefix = prefix, .plen = strlen(prefix), .max_keys = max_keys, .out = out, .err = err};
    int rc = rmq_xml_parse(body, len, list_cb, &c, err);
    free(c.name);
    if (rc != 0) {
        rmq_err_prefix(err, "azure list");
        rmq_objstore_list_release(out);
        return rc;
    }
    if (out->entries == NULL)
        out->entries = rmq_calloc(1, sizeof(*out->entries));
    return 0;
}

/* Copies src[0..n) into dst (dstsz) or fails when it does not fit. */
static int set_field(char *dst, size_t dstsz, const char *src, size_t n)
{
    if (n >= dstsz)
        return RMQ_EINVAL;
    memcpy(dst, src, n);
    dst[n] = '\0';
    return 0;
}

int rmq_azure_parse_conn_string(const char *s, rmq_azure_conn_t *out, rmq_err_t *err)
{
    memset(out, 0, sizeof(*out));
    char proto[8] = "https", suffix[128] = "core.windows.net";
    int dev = 0;
    const char *p = s;
    while (p != NULL && *p != '\0') {
        const char *semi = strchr(p, ';');
        size_t len = semi ? (size_t)(semi - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        if (len > 0 && eq == NULL)
            return rmq_err_set(err, RMQ_EINVAL, "azure connection string: a part without '='");
        if (len > 0) {
            size_t nlen = (size_t)(eq - p), vlen = len - nlen - 1;
            const char *v = eq + 1;
            int rc = 0;
            if (nlen == 11 && strncasecmp(p, "AccountName", nlen) == 0)
                rc = set_field(out->account, sizeof(out->account), v, vlen);
            else if (nlen == 10 && strncasecmp(p, "AccountKey", nlen) == 0)
                rc = set_field(out->key, sizeof(out->key), v, vlen);
            else if (nlen == 12 && strncasecmp(p, "BlobEndpoint", nlen) == 0)
                rc = set_field(out->endpoint, sizeof(out->endpoint), v, vlen);
            else if (nlen == 24 && strncasecmp(p, "DefaultEndpointsProtocol", nlen) == 0)
                rc = set_field(proto, sizeof(proto), v, vlen);
            else if (nlen == 14 && strncasecmp(p, "EndpointSuffix", nlen) == 0)
                rc = set_field(suffix, sizeof(suffix), v, vlen);
            else if (nlen == 21 && strncasecmp(p, "UseDevelopmentStorage", nlen) == 0)
                dev = vlen == 4 && strncasecmp(v, "true", 4) == 0;
            if (rc)
                return rmq_err_set(err, RMQ_EINVAL,
                                   "azure connection string: value of %.*s is too long", (int)nlen,
                                   p);
        }
        p = semi ? semi + 1 : NULL;
    }
    if (dev) {
        if (out->account[0] == '\0')
            rmq_strlcpy(out->account, DEV_ACCOUNT, sizeof(out->account));
        if (out->key[0] == '\0')
            rmq_strlcpy(out->key, DEV_KEY, sizeof(out->key));
        if (out->endpoint[0] == '\0')
            rmq_strlcpy(out->endpoint, DEV_ENDPOINT, sizeof(out->endpoint));
    }
    if (out->endpoint[0] == '\0' && out->account[0] != '\0') {
        if (strcasecmp(proto, "http") != 0 && strcasecmp(proto, "https") != 0)
            return rmq_err_set(err, RMQ_EINVAL,
                               "azure connection string: DefaultEndpointsProtocol must be http "
                               "or https");
        int n = snprintf(out->endpoint, sizeof(out->endpoint), "%s://%s.blob.%s", proto,
                         out->account, suffix);
        if (n < 0 || (size_t)n >= sizeof(out->endpoint))
            return rmq_err_set(err, RMQ_EINVAL, "azure connection string: endpoint too long");
    }
    return 0;
}

/* ---- building and signing requests ---- */

typedef struct hdrs {
    rmq_azsign_hdr_t h[AZ_HDRS_MAX];
    size_t n;
} hdrs_t;

static void hdr_add(hdrs_t *hs, const char *name, const char *value)
{
    RMQ_ASSERT(hs->n < AZ_HDRS_MAX);
    hs->h[hs->n].name = name;
    hs->h[hs->n].value = value;
    hs->n++;
}

/*
 * A signed request for <container>[/<key>][?query]. hs holds the request's own headers and is
 * used up (it ends up pointing at locals of this function); body_len is the Content-Length
 * the engine will send (PUT), or -1 for none. NULL with err set when signing refuses.
 */
static rmq_http_req_t *az_request(az_t *az, const char *method, const char *key, const char *query,
                                  hdrs_t *hs, int64_t body_len, rmq_err_t *err)
{
    rmq_wbuf_t path;
    rmq_wbuf_init(&path, 128);
    rmq_wbuf_append(&path, az->prefix, strlen(az->prefix));
    rmq_wbuf_put_u8(&path, '/');
    rmq_wbuf_append(&path, az->container, strlen(az->container));
    if (key != NULL) {
        rmq_wbuf_put_u8(&path, '/');
        rmq_azsign_uri_encode(&path, key, 1);
    }
    rmq_wbuf_put_u8(&path, '\0');

    char date[RMQ_AZSIGN_DATE_MAX], clen[24];
    rmq_azsign_date(time(NULL), date);
    hdr_add(hs, "x-ms-date", date);
    hdr_add(hs, "x-ms-version", RMQ_OBJSTORE_AZURE_VERSION);
    size_t own = hs->n; /* headers from here on are sent by the engine itself */
    if (body_len >= 0) {
        snprintf(clen, sizeof(clen), "%lld", (long long)body_len);
        hdr_add(hs, "Content-Length", clen);
    }
    rmq_azsign_req_t sr = {.method = method,
                           .account = az->account,
                           .path = (const char *)path.data,
                           .query = query,
                           .hdrs = hs->h,
                           .nhdrs = hs->n};
    char auth[RMQ_AZURE_NAME_MAX + RMQ_AZSIGN_SIG_MAX + 16];
    int rc = rmq_azsign_authorization(az->key, az->keylen, &sr, auth, sizeof(auth), err);
    rmq_http_req_t *hreq = NULL;
    if (rc == 0) {
        rmq_wbuf_t url;
        rmq_wbuf_init(&url, 256);
        rmq_wbuf_append(&url, az->origin, strlen(az->origin));
        rmq_wbuf_append(&url, path.data, path.len - 1); /* without its NUL */
        if (query != NULL) {
            rmq_wbuf_put_u8(&url, '?');
            rmq_wbuf_append(&url, query, strlen(query));
        }
        rmq_wbuf_put_u8(&url, '\0');
        hreq = rmq_http_req_new(method, (const char *)url.data);
        rmq_wbuf_release(&url);
        for (size_t i = 0; i < own; i++)
            rmq_http_req_header(hreq, hs->h[i].name, hs->h[i].value);
        rmq_http_req_header(hreq, "Authorization", auth);
    }
    rmq_wbuf_release(&path);
    return hreq;
}

/* Runs the fault hook for a request about to be submitted. */
static void az_fault(az_t *az, rmq_http_req_t *hreq, rmq_objstore_op_t op, const char *method,
                     const char *key)
{
    if (az->opts.fault == NULL)
        return;
    int r = az->opts.fault(az->opts.fault_opaque, op, method, key);
    if (r >= 100 && r <= 599)
        rmq_http_req_inject(hreq, r, 0);
    else if (r < 0)
        rmq_http_req_inject(hreq, 0, r);
}

/* ---- outcome of one HTTP request ---- */

static int status_rc(int status, const char *code, int conditional_put)
{
    if (status == 404)
        return strcmp(code, "ContainerNotFound") == 0 ? -ENOENT : RMQ_ENOTFOUND;
    if (conditional_put && (status == 409 || status == 412))
        return RMQ_EEXISTS;
    if (status == 416)
        return RMQ_ERANGE;
    if (status == 401 || status == 403)
        return -EACCES;
    if (status == 429 || status == 503)
        return -EAGAIN;
    if (status == 400 && strcmp(code, "InvalidBlockList") == 0)
        return -EAGAIN; /* our uncommitted blocks were discarded by another writer's commit */
    if (status == 408 || status >= 500)
        return -EIO;
    if (status >= 400)
        return RMQ_EINVAL;
    return RMQ_EIO; /* 1xx/3xx: nothing we asked for */
}

/*
 * 0 when hreq got a 2xx; otherwise the error, with a message naming what failed and
 * Azure's Code and Message (from the body, or the x-ms-error-code header of a HEAD).
 */
static int outcome(rmq_http_req_t *hreq, const char *what, const char *key, int conditional_put,
                   rmq_err_t *err)
{
    int rc = rmq_http_req_rc(hreq);
    if (rc != 0)
        return rmq_err_set(err, rc, "azure %s %s: %s", what, key, rmq_http_req_errmsg(hreq));
    int status = rmq_http_req_status(hreq);
    if (status >= 200 && status < 300)
        return 0;
    char code[RMQ_AZURE_CODE_MAX], msg[RMQ_AZURE_MSG_MAX];
    size_t blen;
    const uint8_t *body = rmq_http_req_resp_body(hreq, &blen);
    rmq_azure_parse_error(body, blen, code, msg);
    const char *hcode = rmq_http_req_resp_header(hreq, "x-ms-error-code");
    if (code[0] == '\0' && hcode != NULL)
        copy_line(code, sizeof(code), hcode);
    rc = status_rc(status, code, conditional_put);
    if (rc == RMQ_ERANGE)
        return rmq_err_set(err, rc, "azure %s %s: range starts past the end (HTTP 416 %s)", what,
                           key, code);
    return rmq_err_set(err, rc, "azure %s %s: HTTP %d%s%s%s%s", what, key, status,
                       code[0] ? " " : "", code, msg[0] ? ": " : "", msg);
}

/* Copies the ETag (without quotes) into etag; RMQ_ECORRUPT when absent or too long. */
static int take_etag(rmq_http_req_t *hreq, char *etag, rmq_err_t *err, const char *key)
{
    const char *v = rmq_http_req_resp_header(hreq, "ETag");
    if (v == NULL)
        return rmq_err_set(err, RMQ_ECORRUPT, "azure %s: response without ETag", key);
    size_t n = strlen(v);
    if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
        v++;
        n -= 2;
    }
    if (n == 0 || n >= RMQ_OBJSTORE_ETAG_MAX)
        return rmq_err_set(err, RMQ_ECORRUPT, "azure %s: ETag of %zu bytes", key, n);
    memcpy(etag, v, n);
    etag[n] = '\0';
    return 0;
}

static void submit_or_fail(az_t *az, rmq_http_req_t *hreq, rmq_http_done_fn done, void *opaque,
                           rmq_objstore_req_t *req)
{
    if (rmq_http_submit(az->http, hreq, done, opaque) == 0)
        return;
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rmq_err_set(&req->res.err, RMQ_ECLOSED, "azure: store closing"));
}

/* ---- put: one request ---- */

static void put_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int cond = (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH) != 0;
    int rc = outcome(hreq, "put", req->key, cond, &req->res.err);
    if (rc == 0)
        rc = take_etag(hreq, req->res.etag, &req->res.err, req->key);
    if (rc == 0)
        req->res.size = req->data->size;
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void put_single(az_t *az, rmq_objstore_req_t *req)
{
    hdrs_t hs = {0};
    hdr_add(&hs, "x-ms-blob-type", "BlockBlob");
    if (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH)
        hdr_add(&hs, "If-None-Match", "*");
    rmq_http_req_t *hreq =
        az_request(az, "PUT", req->key, NULL, &hs, (int64_t)req->data->size, &req->res.err);
    if (hreq == NULL) {
        rmq_objstore_req_done(req, req->res.err.code ? req->res.err.code : RMQ_EINVAL);
        return;
    }
    rmq_http_req_body_buf(hreq, req->data, 0, req->data->size);
    az_fault(az, hreq, RMQ_OBJSTORE_OP_PUT, "PUT", req->key);
    submit_or_fail(az, hreq, put_done, req, req);
}

/* ---- put: blocks, then the block list ---- */

typedef struct az_put {
    az_t *az;
    rmq_objstore_req_t *req;
    pthread_mutex_t mu;
    uint32_t nblocks, next, finished;
    unsigned inflight;
    int rc; /* first failure */
    rmq_err_t err;
    char nonce[17];
} az_put_t;

/* Block id of block i: base64 of a fixed-width 24-byte string, so 32 characters. */
static void block_id(const az_put_t *up, uint32_t i, char out[33])
{
    char raw[25];
    snprintf(raw, sizeof(raw), "%.16s-%07u", up->nonce, (unsigned)(i % 10000000u));
    rmq_azsign_b64_encode(raw, 24, out, 33);
}

static void put_finish(az_put_t *up, int rc)
{
    rmq_objstore_req_t *req = up->req;
    if (rc != 0 && req->res.err.code == 0)
        req->res.err = up->err;
    pthread_mutex_destroy(&up->mu);
    free(up);
    rmq_objstore_req_done(req, rc);
}

static void commit_done(rmq_http_req_t *hreq, void *opaque)
{
    az_put_t *up = opaque;
    rmq_objstore_req_t *req = up->req;
    int cond = (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH) != 0;
    int rc = outcome(hreq, "put (commit blocks)", req->key, cond, &req->res.err);
    if (rc == 0)
        rc = take_etag(hreq, req->res.etag, &req->res.err, req->key);
    if (rc == 0)
        req->res.size = req->data->size;
    rmq_http_req_free(hreq);
    put_finish(up, rc);
}

static void commit(az_put_t *up)
{
    rmq_objstore_req_t *req = up->req;
    rmq_wbuf_t xml;
    rmq_wbuf_init(&xml, 64 + (size_t)up->nblocks * 48);
    static const char head[] = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
    rmq_wbuf_append(&xml, head, sizeof(head) - 1);
    for (uint32_t i = 0; i < up->nblocks; i++) {
        char id[33];
        block_id(up, i, id);
        rmq_wbuf_append(&xml, "<Latest>", 8);
        rmq_wbuf_append(&xml, id, 32);
        rmq_wbuf_append(&xml, "</Latest>", 9);
    }
    rmq_wbuf_append(&xml, "</BlockList>", 12);
    rmq_buf_t *body = rmq_wbuf_detach(&xml);
    hdrs_t hs = {0};
    if (req->flags & RMQ_OBJSTORE_IF_NONE_MATCH)
        hdr_add(&hs, "If-None-Match", "*");
    rmq_http_req_t *hreq =
        az_request(up->az, "PUT", req->key, "comp=blocklist", &hs, (int64_t)body->size, &up->err);
    if (hreq == NULL) {
        rmq_buf_unref(body);
        put_finish(up, up->err.code ? up->err.code : RMQ_EINVAL);
        return;
    }
    rmq_http_req_body_buf(hreq, body, 0, body->size);
    rmq_buf_unref(body);
    az_fault(up->az, hreq, RMQ_OBJSTORE_OP_PUT, "PUT", req->key);
    if (rmq_http_submit(up->az->http, hreq, commit_done, up) != 0) {
        rmq_http_req_free(hreq);
        put_finish(up, rmq_err_set(&up->err, RMQ_ECLOSED, "azure: store closing"));
    }
}

static void block_done(rmq_http_req_t *hreq, void *opaque);

/* Starts the next block; requires up->mu. Returns 0 or the submission failure. */
static int block_start(az_put_t *up)
{
    az_t *az = up->az;
    rmq_objstore_req_t *req = up->req;
    uint32_t i = up->next++;
    char id[33], query[96];
    block_id(up, i, id);
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 96);
    rmq_wbuf_append(&q, "comp=block&blockid=", 19);
    rmq_azsign_uri_encode(&q, id, 0);
    rmq_wbuf_put_u8(&q, '\0');
    rmq_strlcpy(query, (const char *)q.data, sizeof(query));
    rmq_wbuf_release(&q);
    uint64_t off = (uint64_t)i * az->opts.block_size;
    uint64_t len = RMQ_MIN(az->opts.block_size, req->data->size - off);
    hdrs_t hs = {0};
    rmq_err_t err = {0};
    rmq_http_req_t *hreq = az_request(az, "PUT", req->key, query, &hs, (int64_t)len, &err);
    if (hreq == NULL) {
        if (up->rc == 0) {
            up->rc = err.code ? err.code : RMQ_EINVAL;
            up->err = err;
        }
        return up->rc;
    }
    rmq_http_req_body_buf(hreq, req->data, (size_t)off, (size_t)len);
    az_fault(az, hreq, RMQ_OBJSTORE_OP_PUT, "PUT", req->key);
    up->inflight++;
    if (rmq_http_submit(az->http, hreq, block_done, up) != 0) {
        up->inflight--;
        rmq_http_req_free(hreq);
        if (up->rc == 0)
            up->rc = rmq_err_set(&up->err, RMQ_ECLOSED, "azure: store closing");
        return up->rc;
    }
    return 0;
}

/* What to do once the window is settled; requires up->mu, which it releases. */
static void put_step(az_put_t *up)
{
    while (up->rc == 0 && up->inflight < up->az->opts.put_parallel && up->next < up->nblocks)
        if (block_start(up) != 0)
            break;
    int idle = up->inflight == 0;
    int rc = up->rc, all = up->finished == up->nblocks;
    pthread_mutex_unlock(&up->mu);
    if (!idle)
        return;
    if (rc != 0)
        put_finish(up, rc);
    else if (all)
        commit(up);
}

static void block_done(rmq_http_req_t *hreq, void *opaque)
{
    az_put_t *up = opaque;
    rmq_err_t err = {0};
    int rc = outcome(hreq, "put (block)", up->req->key, 0, &err);
    rmq_http_req_free(hreq);
    pthread_mutex_lock(&up->mu);
    up->inflight--;
    up->finished++;
    if (rc != 0 && up->rc == 0) {
        up->rc = rc;
        up->err = err;
    }
    put_step(up);
}

static void put_blocks(az_t *az, rmq_objstore_req_t *req)
{
    uint64_t n = (req->data->size + az->opts.block_size - 1) / az->opts.block_size;
    if (n > AZ_BLOCKS_MAX) {
        rmq_objstore_req_done(req,
                              rmq_err_set(&req->res.err, RMQ_EINVAL,
                                          "azure put %s: %zu bytes need %llu blocks of %llu, "
                                          "more than Azure's %d",
                                          req->key, req->data->size, (unsigned long long)n,
                                          (unsigned long long)az->opts.block_size, AZ_BLOCKS_MAX));
        return;
    }
    az_put_t *up = rmq_calloc(1, sizeof(*up));
    up->az = az;
    up->req = req;
    up->nblocks = (uint32_t)n;
    pthread_mutex_init(&up->mu, NULL);
    uint8_t rnd[8];
    if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd)) {
        uint64_t x = (uint64_t)time(NULL) ^ (uint64_t)(uintptr_t)up ^ ((uint64_t)getpid() << 32);
        memcpy(rnd, &x, sizeof(rnd));
    }
    for (int i = 0; i < 8; i++)
        snprintf(up->nonce + 2 * i, 3, "%02x", rnd[i]);
    pthread_mutex_lock(&up->mu);
    put_step(up);
}

/* ---- get, head, list, delete ---- */

static void get_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    rmq_err_t *err = &req->res.err;
    int rc = outcome(hreq, "get", req->key, 0, err);
    int ranged = !(req->off == 0 && req->len == RMQ_OBJSTORE_TO_END);
    if (rc == 0)
        rc = take_etag(hreq, req->res.etag, err, req->key);
    if (rc == 0) {
        rmq_buf_t *body = rmq_http_req_take_body(hreq);
        int status = rmq_http_req_status(hreq);
        uint64_t first, last, total;
        if (status == 206) {
            const char *cr = rmq_http_req_resp_header(hreq, "Content-Range");
            const char *slash = cr ? strrchr(cr, '/') : NULL;
            if (rmq_azure_parse_content_range(cr, &first, &last, &total) != 0 && slash != NULL &&
                rmq_azure_parse_u64(slash + 1, &total) == 0 && req->off >= total)
                /* Azurite answers a range at or past the end with an empty 206 ("bytes
                 * 10-9/10", "bytes 0--1/0") where Azure says 416: the same outcome. */
                rc = rmq_err_set(err, RMQ_ERANGE,
                                 "azure get %s: offset %llu is past the end (size %llu)", req->key,
                                 (unsigned long long)req->off, (unsigned long long)total);
            else if (rmq_azure_parse_content_range(cr, &first, &last, &total) != 0 ||
                     first != req->off || last - first + 1 != body->size ||
                     (req->len != RMQ_OBJSTORE_TO_END && body->size > req->len))
                rc = rmq_err_set(err, RMQ_ECORRUPT,
                                 "azure get %s: Content-Range '%.64s' does not match the %zu "
                                 "bytes asked for at %llu",
                                 req->key, cr ? cr : "(none)", body->size,
                                 (unsigned long long)req->off);
            req->res.size = total;
        } else if (status == 200) {
            /* The whole object; when a range was asked for (a service ignoring it), cut it. */
            total = body->size;
            req->res.size = total;
            if (ranged && req->off >= total) {
                rc =
                    rmq_err_set(err, RMQ_ERANGE, "azure get %s: offset %llu is past the end (%llu)",
                                req->key, (unsigned long long)req->off, (unsigned long long)total);
            } else if (ranged) {
                uint64_t n = RMQ_MIN(req->len, total - req->off);
                rmq_buf_t *part = rmq_buf_new_copy(body->data + req->off, (size_t)n);
                rmq_buf_unref(body);
                body = part;
            }
        } else {
            rc = rmq_err_set(err, RMQ_ECORRUPT, "azure get %s: unexpected HTTP %d", req->key,
                             status);
        }
        if (rc == 0)
            req->res.data = body;
        else
            rmq_buf_unref(body);
    }
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void az_get(az_t *az, rmq_objstore_req_t *req)
{
    hdrs_t hs = {0};
    char range[64];
    int ranged = !(req->off == 0 && req->len == RMQ_OBJSTORE_TO_END);
    if (ranged) {
        if (req->len == RMQ_OBJSTORE_TO_END || req->len - 1 > UINT64_MAX - req->off)
            snprintf(range, sizeof(range), "bytes=%llu-", (unsigned long long)req->off);
        else
            snprintf(range, sizeof(range), "bytes=%llu-%llu", (unsigned long long)req->off,
                     (unsigned long long)(req->off + req->len - 1));
        hdr_add(&hs, "x-ms-range", range);
    }
    rmq_http_req_t *hreq = az_request(az, "GET", req->key, NULL, &hs, -1, &req->res.err);
    if (hreq == NULL) {
        rmq_objstore_req_done(req, req->res.err.code ? req->res.err.code : RMQ_EINVAL);
        return;
    }
    /* A bounded range cannot legitimately bring more than len bytes. */
    rmq_http_req_limit(hreq, (size_t)(ranged && req->len != RMQ_OBJSTORE_TO_END
                                          ? RMQ_MIN(req->len, AZ_GET_MAX)
                                          : AZ_GET_MAX));
    az_fault(az, hreq, RMQ_OBJSTORE_OP_GET, "GET", req->key);
    submit_or_fail(az, hreq, get_done, req, req);
}

static void head_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    rmq_err_t *err = &req->res.err;
    int rc = outcome(hreq, "head", req->key, 0, err);
    if (rc == 0)
        rc = take_etag(hreq, req->res.etag, err, req->key);
    if (rc == 0 &&
        rmq_azure_parse_u64(rmq_http_req_resp_header(hreq, "Content-Length"), &req->res.size) != 0)
        rc = rmq_err_set(err, RMQ_ECORRUPT, "azure head %s: no valid Content-Length", req->key);
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void az_head(az_t *az, rmq_objstore_req_t *req)
{
    hdrs_t hs = {0};
    rmq_http_req_t *hreq = az_request(az, "HEAD", req->key, NULL, &hs, -1, &req->res.err);
    if (hreq == NULL) {
        rmq_objstore_req_done(req, req->res.err.code ? req->res.err.code : RMQ_EINVAL);
        return;
    }
    az_fault(az, hreq, RMQ_OBJSTORE_OP_HEAD, "HEAD", req->key);
    submit_or_fail(az, hreq, head_done, req, req);
}

static void list_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = outcome(hreq, "list", req->key[0] ? req->key : "(all)", 0, &req->res.err);
    if (rc == 0) {
        size_t len;
        const uint8_t *body = rmq_http_req_resp_body(hreq, &len);
        rc =
            rmq_azure_parse_list(body, len, req->key, req->max_keys, &req->res.list, &req->res.err);
    }
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void az_list(az_t *az, rmq_objstore_req_t *req)
{
    rmq_wbuf_t q;
    rmq_wbuf_init(&q, 128);
    static const char base[] = "restype=container&comp=list";
    rmq_wbuf_append(&q, base, sizeof(base) - 1);
    if (req->key[0] != '\0') {
        rmq_wbuf_append(&q, "&prefix=", 8);
        rmq_azsign_uri_encode(&q, req->key, 0);
    }
    if (req->token != NULL) {
        rmq_wbuf_append(&q, "&marker=", 8);
        rmq_azsign_uri_encode(&q, req->token, 0);
    }
    char mr[32];
    int n = snprintf(mr, sizeof(mr), "&maxresults=%u", (unsigned)req->max_keys);
    rmq_wbuf_append(&q, mr, (size_t)n);
    rmq_wbuf_put_u8(&q, '\0');
    hdrs_t hs = {0};
    rmq_http_req_t *hreq =
        az_request(az, "GET", NULL, (const char *)q.data, &hs, -1, &req->res.err);
    rmq_wbuf_release(&q);
    if (hreq == NULL) {
        rmq_objstore_req_done(req, req->res.err.code ? req->res.err.code : RMQ_EINVAL);
        return;
    }
    rmq_http_req_limit(hreq, AZ_LIST_BODY_MAX);
    az_fault(az, hreq, RMQ_OBJSTORE_OP_LIST, "GET", req->key);
    submit_or_fail(az, hreq, list_done, req, req);
}

static void delete_done(rmq_http_req_t *hreq, void *opaque)
{
    rmq_objstore_req_t *req = opaque;
    int rc = outcome(hreq, "delete", req->key, 0, &req->res.err);
    rmq_http_req_free(hreq);
    rmq_objstore_req_done(req, rc);
}

static void az_delete(az_t *az, rmq_objstore_req_t *req)
{
    hdrs_t hs = {0};
    rmq_http_req_t *hreq = az_request(az, "DELETE", req->key, NULL, &hs, -1, &req->res.err);
    if (hreq == NULL) {
        rmq_objstore_req_done(req, req->res.err.code ? req->res.err.code : RMQ_EINVAL);
        return;
    }
    az_fault(az, hreq, RMQ_OBJSTORE_OP_DELETE, "DELETE", req->key);
    submit_or_fail(az, hreq, delete_done, req, req);
}

/* ---- the vtable ---- */

static void az_submit(rmq_objstore_t *st, rmq_objstore_req_t *req)
{
    az_t *az = st->impl;
    switch (req->op) {
    case RMQ_OBJSTORE_OP_PUT:
        if (req->data->size > az->opts.block_threshold)
            put_blocks(az, req);
        else
            put_single(az, req);
        break;
    case RMQ_OBJSTORE_OP_GET:
        az_get(az, req);
        break;
    case RMQ_OBJSTORE_OP_HEAD:
        az_head(az, req);
        break;
    case RMQ_OBJSTORE_OP_LIST:
        az_list(az, req);
        break;
    case RMQ_OBJSTORE_OP_DELETE:
        az_delete(az, req);
        break;
    default:
        rmq_objstore_req_done(req, RMQ_EINVAL);
    }
}

static int az_retriable(int rc)
{
    return rc == -EIO || rc == -EAGAIN || rmq_http_rc_retriable(rc);
}

static void az_free(az_t *az)
{
    if (az == NULL)
        return;
    rmq_http_free(az->http);
    memset(az->key, 0, sizeof(az->key));
    free(az->account);
    free(az->container);
    free(az->origin);
    free(az->prefix);
    free(az->ca_file);
    free(az);
}

static void az_close(rmq_objstore_t *st)
{
    az_free(st->impl);
    st->impl = NULL;
}

static const rmq_objstore_vtab_t azure_vtab = {
    .name = "azure",
    .key_max = RMQ_OBJSTORE_KEY_MAX, /* Azure allows 1024 characters */
    .submit = az_submit,
    .retriable = az_retriable,
    .close = az_close,
};

/* ---- open ---- */

static int check_container(const char *c, rmq_err_t *err)
{
    size_t n = c ? strlen(c) : 0;
    int ok = n >= 3 && n <= 63;
    for (size_t i = 0; ok && i < n; i++) {
        char ch = c[i];
        int alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        ok = alnum || (ch == '-' && i > 0 && i + 1 < n && c[i - 1] != '-');
    }
    if (!ok)
        return rmq_err_set(err, RMQ_EINVAL,
                           "azure: container name '%.64s' is not 3-63 of a-z, 0-9 and single "
                           "inner '-'",
                           c ? c : "");
    return 0;
}

/* Splits "http[s]://host[:port][/path]" into origin and path prefix (no trailing '/'). */
static int split_endpoint(az_t *az, const char *ep, rmq_err_t *err)
{
    size_t n = strlen(ep);
    while (n > 0 && ep[n - 1] == '/')
        n--;
    size_t skip = strncasecmp(ep, "https://", 8) == 0  ? 8
                  : strncasecmp(ep, "http://", 7) == 0 ? 7
                                                       : 0;
    if (skip == 0 || n <= skip)
        return rmq_err_set(err, RMQ_EINVAL, "azure: endpoint '%.128s' is not http(s)://host[/path]",
                           ep);
    for (size_t i = skip; i < n; i++) {
        unsigned char c = (unsigned char)ep[i];
        if (c <= 0x20 || c >= 0x7f || strchr("?#@\\\"<>%", c) != NULL)
            return rmq_err_set(err, RMQ_EINVAL,
                               "azure: endpoint '%.128s' has a character it cannot use ('%c')", ep,
                               c > 0x20 && c < 0x7f ? c : '?');
    }
    const char *slash = memchr(ep + skip, '/', n - skip);
    size_t olen = slash ? (size_t)(slash - ep) : n;
    if (olen == skip)
        return rmq_err_set(err, RMQ_EINVAL, "azure: endpoint '%.128s' has no host", ep);
    az->origin = rmq_strndup(ep, olen);
    az->prefix = rmq_strndup(ep + olen, n - olen);
    return 0;
}

/* A request from open, completed synchronously. */
typedef struct waiter {
    pthread_mutex_t mu;
    pthread_cond_t cond;
    int done;
} waiter_t;

static void waiter_done(rmq_http_req_t *hreq, void *opaque)
{
    (void)hreq;
    waiter_t *w = opaque;
    pthread_mutex_lock(&w->mu);
    w->done = 1;
    pthread_cond_signal(&w->cond);
    pthread_mutex_unlock(&w->mu);
}

static int create_container(az_t *az, rmq_objstore_t *st, rmq_err_t *err)
{
    int rc = 0;
    for (uint32_t attempt = 1;; attempt++) {
        hdrs_t hs = {0};
        rmq_err_t e = {0};
        rmq_http_req_t *hreq = az_request(az, "PUT", NULL, "restype=container", &hs, 0, &e);
        if (hreq == NULL)
            return rmq_err_set(err, e.code ? e.code : RMQ_EINVAL, "%s", e.msg);
        waiter_t w = {.mu = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER};
        if (rmq_http_submit(az->http, hreq, waiter_done, &w) != 0) {
            rmq_http_req_free(hreq);
            return rmq_err_set(err, RMQ_ECLOSED, "azure: engine stopped");
        }
        pthread_mutex_lock(&w.mu);
        while (!w.done)
            pthread_cond_wait(&w.cond, &w.mu);
        pthread_mutex_unlock(&w.mu);
        rc = outcome(hreq, "create container", az->container, 0, &e);
        if (rc == RMQ_EINVAL && rmq_http_req_status(hreq) == 409)
            rc = 0; /* ContainerAlreadyExists (or being deleted: then puts will say so) */
        rmq_http_req_free(hreq);
        if (rc == 0 || !az_retriable(rc) || attempt >= st->opts.retry.max_attempts) {
            if (rc)
                rmq_err_set(err, rc, "%s", e.msg);
            return rc;
        }
        uint64_t ns = rmq_objstore_backoff_ns(st, attempt);
        struct timespec ts = {.tv_sec = (time_t)(ns / 1000000000u),
                              .tv_nsec = (long)(ns % 1000000000u)};
        nanosleep(&ts, NULL);
    }
}

static const char *pick(const char *opt, const char *env, const char *conn)
{
    if (opt != NULL && opt[0] != '\0')
        return opt;
    const char *e = env ? getenv(env) : NULL;
    if (e != NULL && e[0] != '\0')
        return e;
    return conn[0] != '\0' ? conn : NULL;
}

int rmq_objstore_azure_open(const rmq_objstore_azure_opts_t *opts, rmq_objstore_t **out,
                            rmq_err_t *err)
{
    *out = NULL;
    if (opts == NULL)
        return rmq_err_set(err, RMQ_EINVAL, "azure: no options");
    rmq_azure_conn_t conn = {0};
    const char *cs = getenv("AZURE_STORAGE_CONNECTION_STRING");
    int rc;
    if (cs != NULL && cs[0] != '\0' && (rc = rmq_azure_parse_conn_string(cs, &conn, err)) != 0)
        return rmq_err_prefix(err, "AZURE_STORAGE_CONNECTION_STRING");
    const char *account = pick(opts->account, "AZURE_STORAGE_ACCOUNT", conn.account);
    const char *key = pick(opts->key, "AZURE_STORAGE_KEY", conn.key);
    const char *endpoint = pick(opts->endpoint, NULL, conn.endpoint);
    if (account == NULL || key == NULL)
        return rmq_err_set(err, RMQ_EINVAL,
                           "azure: no account or key (options, AZURE_STORAGE_ACCOUNT/_KEY or "
                           "AZURE_STORAGE_CONNECTION_STRING)");
    if (strlen(account) >= RMQ_AZURE_NAME_MAX || strpbrk(account, "/?#% \t\r\n") != NULL)
        return rmq_err_set(err, RMQ_EINVAL, "azure: account name '%.64s' is not usable", account);
    if ((rc = check_container(opts->container, err)) != 0)
        return rc;
    if (opts->block_size < AZ_BLOCK_MIN || opts->block_size > AZ_BLOCK_MAX)
        return rmq_err_set(err, RMQ_EINVAL, "azure: block_size %llu is outside 64 KiB..4000 MiB",
                           (unsigned long long)opts->block_size);

    az_t *az = rmq_calloc(1, sizeof(*az));
    az->opts = *opts;
    if (az->opts.put_parallel == 0)
        az->opts.put_parallel = 1;
    if ((rc = rmq_azsign_key_decode(key, az->key, &az->keylen, err)) != 0) {
        az_free(az);
        return rc;
    }
    az->account = rmq_strdup(account);
    az->container = rmq_strdup(opts->container);
    char def[RMQ_AZURE_ENDPOINT_MAX];
    if (endpoint == NULL) {
        snprintf(def, sizeof(def), "https://%s.blob.core.windows.net", account);
        endpoint = def;
    }
    if ((rc = split_endpoint(az, endpoint, err)) != 0) {
        az_free(az);
        return rc;
    }
    /* The caller's strings are not ours to keep: use the copies. */
    az->opts.endpoint = az->opts.account = az->opts.key = az->opts.container = NULL;
    az->ca_file = opts->ca_file ? rmq_strdup(opts->ca_file) : NULL;
    az->opts.ca_file = az->ca_file;

    rmq_http_opts_t hopts;
    rmq_http_opts_init(&hopts);
    if (opts->max_concurrent)
        hopts.max_concurrent = opts->max_concurrent;
    if (opts->connect_timeout_ms)
        hopts.connect_timeout_ms = opts->connect_timeout_ms;
    if (opts->timeout_ms)
        hopts.timeout_ms = opts->timeout_ms;
    hopts.verify_tls = opts->verify_tls;
    hopts.ca_file = az->ca_file;
    hopts.name = "azure";
    if ((rc = rmq_http_new(&hopts, &az->http, err)) != 0) {
        az_free(az);
        return rc;
    }
    rmq_objstore_t *st = rmq_objstore_alloc(&azure_vtab, &opts->common);
    st->impl = az;
    if (opts->create_container && (rc = create_container(az, st, err)) != 0) {
        az_free(az);
        rmq_objstore_free_unstarted(st);
        return rc;
    }
    if ((rc = rmq_objstore_start(st)) != 0) {
        az_free(az);
        rmq_objstore_free_unstarted(st);
        return rmq_err_set(err, rc, "azure: start threads: %s", rmq_strerror(rc));
    }
    rmq_debug("objstore", "azure: container %s at %s%s (account %s)", az->container, az->origin,
              az->prefix, az->account);
    *out = st;
    return 0;
}
