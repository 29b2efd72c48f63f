/*
 * test_toml_conformance.c - runs the official toml-test suite (TOML 1.0.0 file list) against
 * rmq_toml_parse.
 *
 * Suite: $RMQ_SHARED_DIR/conformance/toml-test, list of cases in files-toml-1.0.0.
 *   valid/X.toml   must parse, and the document must equal valid/X.json, toml-test's tagged
 *                  JSON ({"type": "integer", "value": "42"} for a value, objects for tables,
 *                  arrays for arrays), compared by meaning: numbers by value (inf/nan forms
 *                  included, the sign of zero too), date-times by their components.
 *   invalid/X.toml must be rejected with RMQ_ESYNTAX and a "line N: ..." message.
 * The JSON reader below is just enough for the suite's files (objects, arrays, strings).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "common/mem.h"
#include "config/toml.h"

#define MAX_FILE (8u << 20)

/* ------------------------------------------------------------------ files */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    struct stat st;
    char *buf;
    size_t n;

    if (!f)
        return NULL;
    if (fstat(fileno(f), &st) != 0 || st.st_size > (off_t)MAX_FILE) {
        fclose(f);
        return NULL;
    }
    buf = rmq_malloc((size_t)st.st_size + 1);
    n = fread(buf, 1, (size_t)st.st_size, f);
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* ------------------------------------------------------------------ a small JSON reader */

enum { J_STR, J_ARR, J_OBJ };

typedef struct jv {
    int type;
    char *s; /* J_STR */
    size_t slen;
    size_t n; /* J_ARR / J_OBJ: number of items */
    struct jv **items;
    char **keys; /* J_OBJ */
    size_t *klens;
} jv_t;

typedef struct jp {
    const char *p, *end;
    int depth;
} jp_t;

static void jv_free(jv_t *v)
{
    if (!v)
        return;
    free(v->s);
    for (size_t i = 0; i < v->n; i++) {
        jv_free(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->klens);
    free(v);
}

static void jskip(jp_t *jp)
{
    while (jp->p < jp->end && (*jp->p == ' ' || *jp->p == '\t' || *jp->p == '\n' || *jp->p == '\r'))
        jp->p++;
}

static int jhex4(jp_t *jp, uint32_t *out)
{
    uint32_t v = 0;

    for (int i = 0; i < 4; i++) {
        if (jp->p >= jp->end)
            return -1;
        char c = *jp->p++;
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static void put_utf8(char *buf, size_t *o, uint32_t cp)
{
    if (cp < 0x80) {
        buf[(*o)++] = (char)cp;
    } else if (cp < 0x800) {
        buf[(*o)++] = (char)(0xC0 | (cp >> 6));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[(*o)++] = (char)(0xE0 | (cp >> 12));
        buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    } else {
        buf[(*o)++] = (char)(0xF0 | (cp >> 18));
        buf[(*o)++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        buf[(*o)++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        buf[(*o)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* At '"': decodes a JSON string. The output is never longer than the input. */
static int jstring(jp_t *jp, char **out, size_t *outlen)
{
    const char *start = ++jp->p;
    char *buf = rmq_malloc((size_t)(jp->end - start) + 1);
    size_t o = 0;

    while (jp->p < jp->end && *jp->p != '"') {
        char c = *jp->p++;
        if (c != '\\') {
            buf[o++] = c;
            continue;
        }
        if (jp->p >= jp->end)
            goto bad;
        c = *jp->p++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            buf[o++] = c;
            break;
        case 'b':
            buf[o++] = '\b';
            break;
        case 'f':
            buf[o++] = '\f';
            break;
        case 'n':
            buf[o++] = '\n';
            break;
        case 'r':
            buf[o++] = '\r';
            break;
        case 't':
            buf[o++] = '\t';
            break;
        case 'u': {
            uint32_t cp, lo;
            if (jhex4(jp, &cp))
                goto bad;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (jp->end - jp->p < 6 || jp->p[0] != '\\' || jp->p[1] != 'u')
                    goto bad;
                jp->p += 2;
                if (jhex4(jp, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    goto bad;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_utf8(buf, &o, cp);
            break;
        }
        default:
            goto bad;
        }
    }
    if (jp->p >= jp->end)
        goto bad;
    jp->p++;
    buf[o] = '\0';
    *out = buf;
    *outlen = o;
    return 0;
bad:
    free(buf);
    return -1;
}

static jv_t *jvalue(jp_t *jp)
{
    jv_t *v;

    jskip(jp);
    if (jp->p >= jp->end || ++jp->depth > 200)
        return NULL;
    v = rmq_calloc(1, sizeof(*v));
    if (*jp->p == '"') {
        v->type = J_STR;
        if (jstring(jp, &v->s, &v->slen))
            goto bad;
    } else if (*jp->p == '[' || *jp->p == '{') {
        bool obj = *jp->p == '{';
        char close = obj ? '}' : ']';
        size_t cap = 0;
        v->type = obj ? J_OBJ : J_ARR;
        jp->p++;
        jskip(jp);
        if (jp->p < jp->end && *jp->p == close) {
            jp->p++;
        } else {
            for (;;) {
                char *key = NULL;
                size_t klen = 0;
                jskip(jp);
                if (obj) {
                    if (jp->p >= jp->end || *jp->p != '"' || jstring(jp, &key, &klen))
                        goto bad;
                    jskip(jp);
                    if (jp->p >= jp->end || *jp->p != ':') {
                        free(key);
                        goto bad;
                    }
                    jp->p++;
                }
                jv_t *item = jvalue(jp);
                if (!item) {
                    free(key);
                    goto bad;
                }
                if (v->n == cap) {
                    cap = cap ? cap * 2 : 8;
                    v->items = rmq_realloc(v->items, cap * sizeof(*v->items));
                    if (obj) {
                        v->keys = rmq_realloc(v->keys, cap * sizeof(*v->keys));
                        v->klens = rmq_realloc(v->klens, cap * sizeof(*v->klens));
                    }
                }
                v->items[v->n] = item;
                if (obj) {
                    v->keys[v->n] = key;
                    v->klens[v->n] = klen;
                }
                v->n++;
                jskip(jp);
                if (jp->p < jp->end && *jp->p == ',') {
                    jp->p++;
                    continue;
                }
                if (jp->p < jp->end && *jp->p == close) {
                    jp->p++;
                    break;
                }
                goto bad;
            }
        }
    } else {
        goto bad; /* the suite's JSON has no numbers, booleans or null */
    }
    jp->depth--;
    return v;
bad:
    jv_free(v);
    return NULL;
}

static const jv_t *jget(const jv_t *obj, const char *key)
{
    for (size_t i = 0; i < obj->n; i++)
        if (obj->klens[i] == strlen(key) && memcmp(obj->keys[i], key, obj->klens[i]) == 0)
            return obj->items[i];
    return NULL;
}

/* ------------------------------------------------------------------ comparing */

typedef struct why {
    char msg[6000];
} why_t;

static bool mismatch(why_t *w, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool mismatch(why_t *w, const char *path, const char *fmt, ...)
{
    char m[400];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(m, sizeof(m), fmt, ap);
    va_end(ap);
    snprintf(w->msg, sizeof(w->msg), "at %s: %s", *path ? path : "(root)", m);
    return false;
}

static bool read_n(const char **p, int n, int *out)
{
    int v = 0;

    for (int i = 0; i < n; i++) {
        if ((*p)[i] < '0' || (*p)[i] > '9')
            return false;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return true;
}

/* Parses the suite's (already normalised) date-time text into components; kind by shape. */
static bool parse_expected_dt(const char *s, const char *type, rmq_toml_datetime_t *dt)
{
    const char *p = s;
    bool date = strcmp(type, "time-local") != 0;
    bool time = strcmp(type, "date-local") != 0;

    memset(dt, 0, sizeof(*dt));
    if (date) {
        if (!read_n(&p, 4, &dt->year) || *p++ != '-' || !read_n(&p, 2, &dt->month) || *p++ != '-' ||
            !read_n(&p, 2, &dt->day))
            return false;
        if (time && *p != 'T' && *p != 't' && *p != ' ')
            return false;
        if (time)
            p++;
    }
    if (time) {
        if (!read_n(&p, 2, &dt->hour) || *p++ != ':' || !read_n(&p, 2, &dt->minute) ||
            *p++ != ':' || !read_n(&p, 2, &dt->second))
            return false;
        if (*p == '.') {
            int nd = 0;
            p++;
            while (*p >= '0' && *p <= '9') {
                if (nd < 9)
                    dt->nanosecond = dt->nanosecond * 10 + (*p - '0');
                nd++;
                p++;
            }
            if (nd == 0)
                return false;
            for (; nd < 9; nd++)
                dt->nanosecond *= 10;
        }
    }
    if (strcmp(type, "datetime") == 0) {
        int oh, om;
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int sign = *p++ == '-' ? -1 : 1;
            if (!read_n(&p, 2, &oh) || *p++ != ':' || !read_n(&p, 2, &om))
                return false;
            dt->offset_minutes = sign * (oh * 60 + om);
        } else {
            return false;
        }
    }
    return *p == '\0';
}

static bool match_float(const char *want, double got)
{
    const char *w = want;

    if (*w == '+' || *w == '-')
        w++;
    if (strcmp(w, "nan") == 0)
        return isnan(got);
    if (strcmp(w, "inf") == 0)
        return isinf(got) && (want[0] == '-') == (got < 0);
    char *end;
    double d = strtod(want, &end);
    if (*end != '\0')
        return false;
    if (d == 0 && got == 0)
        return signbit(d) == signbit(got);
    return d == got;
}

static bool match(const rmq_toml_node_t *node, const jv_t *j, const char *path, why_t *w);

static bool match_tagged(const rmq_toml_node_t *node, const char *type, const jv_t *val,
                         const char *path, why_t *w)
{
    const char *want = val->s;
    rmq_toml_kind_t kind = rmq_toml_kind(node);

    if (strcmp(type, rmq_toml_kind_name(kind)) != 0)
        return mismatch(w, path, "expected a %s, got a %s", type, rmq_toml_kind_name(kind));
    switch (kind) {
    case RMQ_TOML_STRING: {
        const char *s;
        size_t len;
        assert_int_equal(rmq_toml_string(node, &s, &len), 0);
        if (len != val->slen || memcmp(s, want, len) != 0)
            return mismatch(w, path, "string \"%s\" != expected \"%s\"", s, want);
        return true;
    }
    case RMQ_TOML_INTEGER: {
        int64_t v;
        char *end;
        errno = 0;
        long long e = strtoll(want, &end, 10);
        assert_int_equal(rmq_toml_int(node, &v), 0);
        if (*end || errno || e != v)
            return mismatch(w, path, "integer %" PRId64 " != expected %s", v, want);
        return true;
    }
    case RMQ_TOML_FLOAT: {
        double v;
        assert_int_equal(rmq_toml_float(node, &v), 0);
        if (!match_float(want, v))
            return mismatch(w, path, "float %.17g != expected %s", v, want);
        return true;
    }
    case RMQ_TOML_BOOL: {
        bool v;
        assert_int_equal(rmq_toml_bool(node, &v), 0);
        if (strcmp(want, v ? "true" : "false") != 0)
            return mismatch(w, path, "bool %d != expected %s", v, want);
        return true;
    }
    case RMQ_TOML_DATETIME:
    case RMQ_TOML_DATETIME_LOCAL:
    case RMQ_TOML_DATE_LOCAL:
    case RMQ_TOML_TIME_LOCAL: {
        rmq_toml_datetime_t got, exp, canon;
        const char *text = rmq_toml_datetime_str(node);
        assert_int_equal(rmq_toml_datetime(node, &got), 0);
        if (!parse_expected_dt(want, type, &exp))
            return mismatch(w, path, "cannot read expected %s '%s'", type, want);
        if (memcmp(&got, &exp, sizeof(got)) != 0)
            return mismatch(w, path, "%s %s != expected %s", type, text, want);
        /* The canonical text must say the same thing. */
        if (!text || !parse_expected_dt(text, type, &canon) ||
            memcmp(&canon, &got, sizeof(got)) != 0)
            return mismatch(w, path, "canonical text '%s' does not round-trip",
                            text ? text : "(null)");
        return true;
    }
    default:
        return mismatch(w, path, "unexpected kind %s", rmq_toml_kind_name(kind));
    }
}

static bool match(const rmq_toml_node_t *node, const jv_t *j, const char *path, why_t *w)
{
    char sub[1024];

    if (j->type == J_OBJ && j->n == 2 && jget(j, "type") && jget(j, "value") &&
        jget(j, "type")->type == J_STR && jget(j, "value")->type == J_STR)
        return match_tagged(node, jget(j, "type")->s, jget(j, "value"), path, w);
    if (j->type == J_OBJ) {
        if (rmq_toml_kind(node) != RMQ_TOML_TABLE)
            return mismatch(w, path, "expected a table, got %s",
                            rmq_toml_kind_name(rmq_toml_kind(node)));
        if (rmq_toml_table_size(node) != j->n)
            return mismatch(w, path, "table has %zu keys, expected %zu", rmq_toml_table_size(node),
                            j->n);
        for (size_t i = 0; i < j->n; i++) {
            const rmq_toml_node_t *child = rmq_toml_table_getn(node, j->keys[i], j->klens[i]);
            snprintf(sub, sizeof(sub), "%s.%s", path, j->keys[i]);
            if (!child)
                return mismatch(w, sub, "key missing");
            if (!match(child, j->items[i], sub, w))
                return false;
        }
        return true;
    }
    if (j->type == J_ARR) {
        if (rmq_toml_kind(node) != RMQ_TOML_ARRAY)
            return mismatch(w, path, "expected an array, got %s",
                            rmq_toml_kind_name(rmq_toml_kind(node)));
        if (rmq_toml_array_len(node) != j->n)
            return mismatch(w, path, "array has %zu items, expected %zu", rmq_toml_array_len(node),
                            j->n);
        for (size_t i = 0; i < j->n; i++) {
            snprintf(sub, sizeof(sub), "%s[%zu]", path, i);
            if (!match(rmq_toml_array_at(node, i), j->items[i], sub, w))
                return false;
        }
        return true;
    }
    return mismatch(w, path, "bare JSON string in expected output");
}

/* ------------------------------------------------------------------ the suite */

static bool run_valid(const char *dir, const char *rel, why_t *w)
{
    char path[4096], jpath[4096];
    size_t tlen, jlen;
    char *text, *json;
    rmq_toml_t *doc = NULL;
    rmq_err_t err;
    bool ok = false;

    snprintf(path, sizeof(path), "%s/tests/%s", dir, rel);
    snprintf(jpath, sizeof(jpath), "%.*s.json", (int)(strlen(path) - 5), path);
    text = slurp(path, &tlen);
    json = slurp(jpath, &jlen);
    if (!text || !json) {
        snprintf(w->msg, sizeof(w->msg), "cannot read %s", !text ? path : jpath);
    } else if (rmq_toml_parse(text, tlen, &doc, &err) != 0) {
        snprintf(w->msg, sizeof(w->msg), "rejected: %s", err.msg);
    } else {
        jp_t jp = {json, json + jlen, 0};
        jv_t *expect = jvalue(&jp);
        if (!expect)
            snprintf(w->msg, sizeof(w->msg), "cannot read expected JSON %s", jpath);
        else
            ok = match(rmq_toml_root(doc), expect, "", w);
        jv_free(expect);
    }
    rmq_toml_free(doc);
    free(text);
    free(json);
    return ok;
}

static bool run_invalid(const char *dir, const char *rel, why_t *w)
{
    char path[4096];
    size_t tlen;
    char *text;
    rmq_toml_t *doc = NULL;
    rmq_err_t err;
    bool ok = false;
    int rc;

    snprintf(path, sizeof(path), "%s/tests/%s", dir, rel);
    if (!(text = slurp(path, &tlen))) {
        snprintf(w->msg, sizeof(w->msg), "cannot read %s", path);
        return false;
    }
    rmq_err_clear(&err);
    rc = rmq_toml_parse(text, tlen, &doc, &err);
    if (rc == 0) {
        snprintf(w->msg, sizeof(w->msg), "accepted invalid TOML");
        rmq_toml_free(doc);
    } else if (rc != RMQ_ESYNTAX || strncmp(err.msg, "line ", 5) != 0 || doc) {
        snprintf(w->msg, sizeof(w->msg), "rejected with rc %d / message '%s'", rc, err.msg);
    } else {
        ok = true;
    }
    free(text);
    return ok;
}

static void test_toml_test_suite(void **state)
{
    const char *shared = getenv("RMQ_SHARED_DIR");
    char dir[2048], list[4096], line[1024];
    int valid = 0, valid_ok = 0, invalid = 0, invalid_ok = 0;
    struct stat st;
    FILE *f;

    RMQ_UNUSED(state);
    snprintf(dir, sizeof(dir), "%s/conformance/toml-test", shared ? shared : "../shared");
    snprintf(list, sizeof(list), "%s/files-toml-1.0.0", dir);
    if (stat(list, &st) != 0) {
        printf("toml-test suite not found at %s (set RMQ_SHARED_DIR): skipped\n", dir);
        skip();
    }
    f = fopen(list, "r");
    assert_non_null(f);
    for (int guard = 0; guard < 100000 && fgets(line, sizeof(line), f); guard++) {
        size_t n = strcspn(line, "\r\n");
        why_t w = {{0}};
        line[n] = '\0';
        if (n < 6 || strcmp(line + n - 5, ".toml") != 0)
            continue; /* the .json files are read next to their .toml */
        if (strncmp(line, "valid/", 6) == 0) {
            valid++;
            if (run_valid(dir, line, &w))
                valid_ok++;
            else
                printf("FAIL %s: %s\n", line, w.msg);
        } else if (strncmp(line, "invalid/", 8) == 0) {
            invalid++;
            if (run_invalid(dir, line, &w))
                invalid_ok++;
            else
                printf("FAIL %s: %s\n", line, w.msg);
        }
    }
    fclose(f);
    printf("toml-test 1.0.0: valid %d/%d passed, invalid %d/%d rejected\n", valid_ok, valid,
           invalid_ok, invalid);
    assert_true(valid > 100 && invalid > 100); /* the list was really read */
    assert_int_equal(valid_ok, valid);
    assert_int_equal(invalid_ok, invalid);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_toml_test_suite),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
