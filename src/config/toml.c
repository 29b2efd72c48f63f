/*
 * toml.c - TOML v1.0.0 parser: a hand-written recursive-descent parser over the raw bytes.
 *
 * Shape of the work:
 *   1. The whole input is checked to be UTF-8 first (overlong forms, surrogates and code
 *      points above U+10FFFF rejected), so the scanners below only look at ASCII bytes and
 *      copy everything else through.
 *   2. A line-oriented loop reads key/value pairs, [table] headers and [[array]] headers;
 *      values are parsed recursively (arrays, inline tables), bounded by RMQ_TOML_MAX_DEPTH.
 *
 * Redefinition rules. TOML forbids defining a table twice, but a table can come into being in
 * four ways, and which later statements may touch it depends on how. Each table carries one
 * of these origins:
 *   IMPLICIT  created as a parent by a header ([a.b.c] creates a and a.b). A later header may
 *             define it once ([a]); dotted keys may add to it (which defines it: it becomes
 *             DOTTED, so that a later [a] header is a redefinition).
 *   HEADER    defined by [x] (or an element of [[x]]). Never again by a header, and never
 *             extended by dotted keys from another table. Headers may pass through it.
 *   DOTTED    created by a dotted key (a.b = 1 creates table a). Dotted keys of the same
 *             table may keep adding to it; a header may pass through it ([a.b]) but not name
 *             it as its own ([a]).
 *   INLINE    an inline table { ... } and every table created inside it: sealed, nothing may
 *             ever add to it.
 * Arrays are either static (a = [...], sealed) or arrays of tables ([[a]], appendable).
 * Dotted keys can never reach into a table owned by another section: every section starts at
 * a HEADER table (or the root), and dotted keys refuse to enter HEADER tables and arrays.
 */
#include "config/toml.h"
#include "config/toml_int.h"

#include <math.h>

#include "common/pct.h"
#include "common/hashmap.h"
#include "common/mem.h"

/* A growable byte buffer for string values and keys. */
typedef struct sbuf {
    char *p;
    size_t len, cap;
} sbuf_t;

/* One dotted key: its parts, as parsed. */
typedef struct keypath {
    sbuf_t *parts;
    size_t n, cap;
    int line;
} keypath_t;

typedef struct parser {
    const char *p, *end;
    int line;
    rmq_err_t *err;
    rmq_toml_node_t *root;
    rmq_toml_node_t *cur; /* the table the current section's keys go into */
} parser_t;

/* ------------------------------------------------------------------ small helpers */

static int fail(parser_t *ps, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int fail(parser_t *ps, const char *fmt, ...)
{
    char msg[RMQ_ERR_MSG_MAX];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return rmq_err_set(ps->err, RMQ_ESYNTAX, "line %d: %s", ps->line, msg);
}

/* A byte shown in an error message: 'c' when printable ASCII, else its hex value. */
static const char *chdesc(int c, char *buf, size_t size)
{
    if (c == -1)
        snprintf(buf, size, "end of input");
    else if (c > 0x20 && c < 0x7F)
        snprintf(buf, size, "'%c'", c);
    else
        snprintf(buf, size, "byte 0x%02X", (unsigned)c);
    return buf;
}

static void sb_reserve(sbuf_t *sb, size_t extra)
{
    if (sb->len + extra + 1 <= sb->cap)
        return;
    size_t cap = sb->cap ? sb->cap : 32;
    while (cap < sb->len + extra + 1)
        cap *= 2;
    sb->p = rmq_realloc(sb->p, cap);
    sb->cap = cap;
}

static void sb_putc(sbuf_t *sb, char c)
{
    sb_reserve(sb, 1);
    sb->p[sb->len++] = c;
    sb->p[sb->len] = '\0';
}

static void sb_put(sbuf_t *sb, const char *s, size_t n)
{
    sb_reserve(sb, n);
    memcpy(sb->p + sb->len, s, n);
    sb->len += n;
    sb->p[sb->len] = '\0';
}

/* Makes sure p is a valid (possibly empty) NUL-terminated string. */
static void sb_terminate(sbuf_t *sb)
{
    sb_reserve(sb, 0);
    sb->p[sb->len] = '\0';
}

static void sb_put_utf8(sbuf_t *sb, uint32_t cp)
{
    char b[4];
    size_t n;

    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sb_put(sb, b, n);
}

static void keypath_free(keypath_t *kp)
{
    for (size_t i = 0; i < kp->n; i++)
        free(kp->parts[i].p);
    free(kp->parts);
    kp->parts = NULL;
    kp->n = kp->cap = 0;
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static bool is_bare_key_char(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(c) || c == '_' || c == '-';
}

/* Control characters TOML forbids in comments and strings (tab is allowed). */
static bool is_bad_control(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7F;
}

static int peek(const parser_t *ps, size_t off)
{
    return ps->p + off < ps->end ? (unsigned char)ps->p[off] : -1;
}

static bool at_newline(const parser_t *ps)
{
    return peek(ps, 0) == '\n' || (peek(ps, 0) == '\r' && peek(ps, 1) == '\n');
}

/* Consumes one newline (LF or CRLF) when there is one. */
static bool eat_newline(parser_t *ps)
{
    if (peek(ps, 0) == '\n') {
        ps->p++;
        ps->line++;
        return true;
    }
    if (peek(ps, 0) == '\r' && peek(ps, 1) == '\n') {
        ps->p += 2;
        ps->line++;
        return true;
    }
    return false;
}

static void skip_ws(parser_t *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t'))
        ps->p++;
}

/* At '#': consumes the comment up to (not including) the newline. */
static int skip_comment(parser_t *ps)
{
    ps->p++;
    while (ps->p < ps->end && !at_newline(ps)) {
        unsigned char c = (unsigned char)*ps->p;
        if (is_bad_control(c))
            return fail(ps, "control character 0x%02X in comment", c);
        ps->p++;
    }
    return 0;
}

/* Skips whitespace, comments and newlines (inside arrays). */
static int skip_ws_comments_newlines(parser_t *ps)
{
    for (;;) {
        skip_ws(ps);
        if (peek(ps, 0) == '#') {
            int rc = skip_comment(ps);
            if (rc)
                return rc;
        } else if (!eat_newline(ps)) {
            return 0;
        }
    }
}

/* After a statement: optional whitespace and comment, then a newline or the end of input. */
static int expect_line_end(parser_t *ps)
{
    skip_ws(ps);
    if (peek(ps, 0) == '#') {
        int rc = skip_comment(ps);
        if (rc)
            return rc;
    }
    if (ps->p >= ps->end || eat_newline(ps))
        return 0;
    if (peek(ps, 0) == '\r')
        return fail(ps, "carriage return not followed by a line feed");
    char cb[24];
    return fail(ps, "expected a newline or end of input, found %s",
                chdesc(peek(ps, 0), cb, sizeof(cb)));
}

/* Returns the line number (1-based) of byte offset off. */
static int line_of(const char *text, size_t off)
{
    int line = 1;

    for (size_t i = 0; i < off; i++)
        if (text[i] == '\n')
            line++;
    return line;
}

/* Returns the offset of the first byte that is not valid UTF-8, or len when all are. */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
    size_t i = 0;

    while (i < len) {
        unsigned char c = s[i];
        uint32_t cp;
        size_t n;

        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (len - i < n)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return len;
}

/* ------------------------------------------------------------------ nodes */

static rmq_toml_node_t *node_new(rmq_toml_kind_t kind, int line)
{
    rmq_toml_node_t *node = rmq_calloc(1, sizeof(*node));

    node->kind = kind;
    node->line = line;
    return node;
}

/* Creates a container one level below parent_depth, or fails when that is too deep. */
static int container_new(parser_t *ps, rmq_toml_kind_t kind, unsigned parent_depth, int line,
                         uint8_t flags, rmq_toml_node_t **out)
{
    if (parent_depth + 1 > RMQ_TOML_MAX_DEPTH)
        return fail(ps, "nesting deeper than %d levels", RMQ_TOML_MAX_DEPTH);
    *out = node_new(kind, line);
    (*out)->depth = (uint16_t)(parent_depth + 1);
    (*out)->flags = flags;
    return 0;
}

static void node_free(rmq_toml_node_t *node)
{
    if (!node)
        return;
    if (node->kind == RMQ_TOML_STRING) {
        free(node->u.str.ptr);
    } else if (node->kind == RMQ_TOML_TABLE) {
        for (size_t i = 0; i < node->u.tab.n; i++) {
            free(node->u.tab.ents[i].key);
            node_free(node->u.tab.ents[i].val); /* recursion bounded by RMQ_TOML_MAX_DEPTH */
        }
        free(node->u.tab.ents);
        if (node->u.tab.index)
            rmq_map_free(node->u.tab.index);
    } else if (node->kind == RMQ_TOML_ARRAY) {
        for (size_t i = 0; i < node->u.arr.n; i++)
            node_free(node->u.arr.items[i]);
        free(node->u.arr.items);
    }
    free(node);
}

/* Adds a key that the caller checked is absent; copies the key, takes ownership of val. */
static void tab_insert(rmq_toml_node_t *tab, const char *key, size_t klen, rmq_toml_node_t *val)
{
    if (tab->u.tab.n == tab->u.tab.cap) {
        tab->u.tab.cap = tab->u.tab.cap ? tab->u.tab.cap * 2 : 4;
        tab->u.tab.ents = rmq_realloc(tab->u.tab.ents, tab->u.tab.cap * sizeof(entry_t));
    }
    entry_t *e = &tab->u.tab.ents[tab->u.tab.n++];
    e->key = rmq_malloc(klen + 1);
    memcpy(e->key, key, klen);
    e->key[klen] = '\0';
    e->klen = klen;
    e->val = val;

    if (!tab->u.tab.index && tab->u.tab.n >= INDEX_THRESHOLD) {
        tab->u.tab.index = rmq_map_new(2 * INDEX_THRESHOLD);
        for (size_t i = 0; i < tab->u.tab.n; i++)
            rmq_map_put(tab->u.tab.index, tab->u.tab.ents[i].key, tab->u.tab.ents[i].klen,
                        (void *)(uintptr_t)(i + 1));
    } else if (tab->u.tab.index) {
        rmq_map_put(tab->u.tab.index, e->key, klen, (void *)(uintptr_t)tab->u.tab.n);
    }
}

static void arr_push(rmq_toml_node_t *arr, rmq_toml_node_t *val)
{
    if (arr->u.arr.n == arr->u.arr.cap) {
        arr->u.arr.cap = arr->u.arr.cap ? arr->u.arr.cap * 2 : 4;
        arr->u.arr.items =
            rmq_realloc(arr->u.arr.items, arr->u.arr.cap * sizeof(*arr->u.arr.items));
    }
    arr->u.arr.items[arr->u.arr.n++] = val;
}

/* Seals an inline table and every table its dotted keys created. */
static void seal_inline(rmq_toml_node_t *tab)
{
    tab->flags |= TF_INLINE;
    for (size_t i = 0; i < tab->u.tab.n; i++) {
        rmq_toml_node_t *v = tab->u.tab.ents[i].val;
        if (v->kind == RMQ_TOML_TABLE && !(v->flags & TF_INLINE))
            seal_inline(v);
    }
}

/* A key part printed for an error message (truncated, NULs shown as \0). */
static const char *key_for_msg(const sbuf_t *part, char *buf, size_t size)
{
    size_t o = 0;

    for (size_t i = 0; i < part->len && o + 3 < size; i++) {
        if (part->p[i] == '\0') {
            buf[o++] = '\\';
            buf[o++] = '0';
        } else {
            buf[o++] = part->p[i];
        }
    }
    buf[o] = '\0';
    return buf;
}

/* ------------------------------------------------------------------ strings */

/* At the byte after a backslash (not a line-ending one): decodes one escape into sb. */
static int parse_escape(parser_t *ps, sbuf_t *sb)
{
    int c = peek(ps, 0);
    int ndigits;
    uint32_t cp = 0;

    switch (c) {
    case 'b':
        sb_putc(sb, '\b');
        break;
    case 't':
        sb_putc(sb, '\t');
        break;
    case 'n':
        sb_putc(sb, '\n');
        break;
    case 'f':
        sb_putc(sb, '\f');
        break;
    case 'r':
        sb_putc(sb, '\r');
        break;
    case '"':
        sb_putc(sb, '"');
        break;
    case '\\':
        sb_putc(sb, '\\');
        break;
    case 'u':
    case 'U':
        ndigits = c == 'u' ? 4 : 8;
        for (int i = 1; i <= ndigits; i++) {
            int h = rmq_hexval(peek(ps, (size_t)i));
            if (h < 0)
                return fail(ps, "\\%c escape needs %d hex digits", c, ndigits);
            cp = (cp << 4) | (uint32_t)h;
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(ps, "\\%c escape U+%04" PRIX32 " is not a Unicode scalar value", c, cp);
        sb_put_utf8(sb, cp);
        ps->p += ndigits;
        break;
    case -1:
        return fail(ps, "unterminated escape at end of input");
    default:
        if (c >= 0x20 && c < 0x7F)
            return fail(ps, "invalid escape '\\%c'", c);
        return fail(ps, "invalid escape: backslash followed by byte 0x%02X", (unsigned)c);
    }
    ps->p++;
    return 0;
}

/* At a quote of the given kind: one-line basic ("...") or literal ('...') string. */
static int parse_oneline_string(parser_t *ps, char quote, sbuf_t *sb)
{
    ps->p++;
    for (;;) {
        int c = peek(ps, 0);
        if (c == -1)
            return fail(ps, "unterminated string");
        if (c == quote) {
            ps->p++;
            sb_terminate(sb);
            return 0;
        }
        if (c == '\n' || c == '\r')
            return fail(ps, "newline in a single-line string");
        if (c == '\\' && quote == '"') {
            ps->p++;
            int rc = parse_escape(ps, sb);
            if (rc)
                return rc;
            continue;
        }
        if (is_bad_control((unsigned char)c))
            return fail(ps, "control character 0x%02X in string", (unsigned)c);
        sb_putc(sb, (char)c);
        ps->p++;
    }
}

/* At a triple quote: multi-line basic (""") or literal (''') string. */
static int parse_multiline_string(parser_t *ps, char quote, sbuf_t *sb)
{
    ps->p += 3;
    eat_newline(ps); /* a newline right after the opening delimiter is trimmed */
    for (;;) {
        int c = peek(ps, 0);
        if (c == -1)
            return fail(ps, "unterminated multi-line string");
        if (c == quote) {
            size_t n = 0;
            while (peek(ps, n) == quote)
                n++;
            if (n >= 3) {
                if (n > 5)
                    return fail(ps, "too many quotes at the end of a multi-line string");
                sb_put(sb, ps->p, n - 3);
                ps->p += n;
                sb_terminate(sb);
                return 0;
            }
            sb_put(sb, ps->p, n);
            ps->p += n;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!eat_newline(ps))
                return fail(ps, "carriage return not followed by a line feed in string");
            sb_putc(sb, '\n');
            continue;
        }
        if (c == '\\' && quote == '"') {
            /* A backslash ending a line (maybe followed by spaces) swallows all whitespace
             * and newlines up to the next visible character. */
            size_t k = 1;
            while (peek(ps, k) == ' ' || peek(ps, k) == '\t')
                k++;
            if (peek(ps, k) == '\n' || (peek(ps, k) == '\r' && peek(ps, k + 1) == '\n')) {
                ps->p += k;
                for (;;) {
                    skip_ws(ps);
                    if (!eat_newline(ps))
                        break;
                }
                continue;
            }
            ps->p++;
            int rc = parse_escape(ps, sb);
            if (rc)
                return rc;
            continue;
        }
        if (is_bad_control((unsigned char)c))
            return fail(ps, "control character 0x%02X in string", (unsigned)c);
        sb_putc(sb, (char)c);
        ps->p++;
    }
}

static bool at_triple(const parser_t *ps, char q)
{
    return peek(ps, 0) == q && peek(ps, 1) == q && peek(ps, 2) == q;
}

/* ------------------------------------------------------------------ keys */

static int parse_key(parser_t *ps, keypath_t *kp)
{
    kp->line = ps->line;
    for (;;) {
        sbuf_t part = {0};
        int c, rc = 0;

        skip_ws(ps);
        c = peek(ps, 0);
        if (c == '"' || c == '\'') {
            if (at_triple(ps, (char)c))
                return fail(ps, "a multi-line string cannot be a key");
            rc = parse_oneline_string(ps, (char)c, &part);
        } else if (c != -1 && is_bare_key_char(c)) {
            const char *s = ps->p;
            while (ps->p < ps->end && is_bare_key_char((unsigned char)*ps->p))
                ps->p++;
            sb_put(&part, s, (size_t)(ps->p - s));
        } else if (c == -1 || c == '\n' || c == '\r') {
            rc = fail(ps, "expected a key");
        } else {
            char cb[24];
            rc = fail(ps, "expected a key, found %s", chdesc(c, cb, sizeof(cb)));
        }
        if (rc) {
            free(part.p);
            return rc;
        }
        if (kp->n == RMQ_TOML_MAX_DEPTH) {
            free(part.p);
            return fail(ps, "dotted key has more than %d parts", RMQ_TOML_MAX_DEPTH);
        }
        if (kp->n == kp->cap) {
            kp->cap = kp->cap ? kp->cap * 2 : 4;
            kp->parts = rmq_realloc(kp->parts, kp->cap * sizeof(*kp->parts));
        }
        kp->parts[kp->n++] = part;
        skip_ws(ps);
        if (peek(ps, 0) != '.')
            return 0;
        ps->p++;
    }
}

/*
 * Walks the first n parts of a dotted key from tab, creating DOTTED tables as needed.
 * Stores the table the last part belongs in.
 */
static int walk_dotted(parser_t *ps, rmq_toml_node_t *tab, const keypath_t *kp, size_t n,
                       rmq_toml_node_t **out)
{
    char kb[64];

    for (size_t i = 0; i < n; i++) {
        const sbuf_t *part = &kp->parts[i];
        rmq_toml_node_t *child = rmq_toml_tab_lookup_(tab, part->p, part->len);

        if (!child) {
            int rc = container_new(ps, RMQ_TOML_TABLE, tab->depth, kp->line, TF_DOTTED, &child);
            if (rc)
                return rc;
            tab_insert(tab, part->p, part->len, child);
        } else if (child->kind != RMQ_TOML_TABLE) {
            return fail(ps, "key '%s' is already defined as %s%s",
                        key_for_msg(part, kb, sizeof(kb)),
                        child->kind == RMQ_TOML_ARRAY ? "an array" : "a value",
                        child->kind == RMQ_TOML_ARRAY ? "; dotted keys cannot extend it" : "");
        } else if (child->flags & TF_INLINE) {
            return fail(ps, "cannot add keys to inline table '%s'",
                        key_for_msg(part, kb, sizeof(kb)));
        } else if (child->flags & TF_HEADER) {
            return fail(ps, "table '%s' was defined by a [header]; dotted keys cannot extend it",
                        key_for_msg(part, kb, sizeof(kb)));
        } else if (child->flags & TF_IMPLICIT) {
            child->flags = TF_DOTTED; /* dotted keys define it now */
        }
        tab = child;
    }
    *out = tab;
    return 0;
}

/* ------------------------------------------------------------------ numbers and dates */

/*
 * Reads digits of the given base with '_' allowed only between two digits, appending the
 * digits (without underscores) to sb. Needs at least one digit.
 */
static int scan_digits(parser_t *ps, int base, sbuf_t *sb, const char *what)
{
    bool any = false;

    for (;;) {
        int c = peek(ps, 0);
        int v = c == -1 ? -1 : rmq_hexval(c);
        if (v >= 0 && v < base) {
            sb_putc(sb, (char)c);
            ps->p++;
            any = true;
        } else if (c == '_') {
            if (!any)
                return fail(ps, "'_' must follow a digit in %s", what);
            int nx = peek(ps, 1);
            int nv = nx == -1 ? -1 : rmq_hexval(nx);
            if (nv < 0 || nv >= base)
                return fail(ps, "'_' must be followed by a digit in %s", what);
            ps->p++;
        } else {
            break;
        }
    }
    if (!any)
        return fail(ps, "expected a digit in %s", what);
    return 0;
}

static int parse_number(parser_t *ps, rmq_toml_node_t **out)
{
    int line = ps->line;
    bool neg = false, has_sign = false, is_float = false;
    sbuf_t sb = {0};
    int rc;

    if (peek(ps, 0) == '+' || peek(ps, 0) == '-') {
        neg = peek(ps, 0) == '-';
        has_sign = true;
        ps->p++;
    }
    if (peek(ps, 0) == 'i' || peek(ps, 0) == 'n') {
        bool inf = peek(ps, 0) == 'i';
        if (ps->end - ps->p < 3 || memcmp(ps->p, inf ? "inf" : "nan", 3) != 0)
            return fail(ps, "expected a value");
        ps->p += 3;
        *out = node_new(RMQ_TOML_FLOAT, line);
        (*out)->u.f = inf ? (neg ? -INFINITY : INFINITY) : (neg ? -NAN : NAN);
        return 0;
    }
    if (!has_sign && peek(ps, 0) == '0' &&
        (peek(ps, 1) == 'x' || peek(ps, 1) == 'o' || peek(ps, 1) == 'b')) {
        int base = peek(ps, 1) == 'x' ? 16 : peek(ps, 1) == 'o' ? 8 : 2;
        uint64_t v = 0;

        ps->p += 2;
        rc = scan_digits(ps, base, &sb,
                         base == 16  ? "a hex integer"
                         : base == 8 ? "an octal integer"
                                     : "a binary integer");
        for (size_t i = 0; rc == 0 && i < sb.len; i++) {
            uint64_t d = (uint64_t)rmq_hexval((unsigned char)sb.p[i]);
            if (v > ((uint64_t)INT64_MAX - d) / (uint64_t)base)
                rc = fail(ps, "integer out of range (above 2^63-1)");
            v = v * (uint64_t)base + d;
        }
        free(sb.p);
        if (rc)
            return rc;
        *out = node_new(RMQ_TOML_INTEGER, line);
        (*out)->u.i = (int64_t)v;
        return 0;
    }

    if (neg)
        sb_putc(&sb, '-');
    size_t int_start = sb.len;
    if ((rc = scan_digits(ps, 10, &sb, "a number")))
        goto out;
    if (sb.len - int_start > 1 && sb.p[int_start] == '0') {
        rc = fail(ps, "leading zeros are not allowed in a number");
        goto out;
    }
    if (peek(ps, 0) == '.') {
        ps->p++;
        sb_putc(&sb, '.');
        if ((rc = scan_digits(ps, 10, &sb, "a float's fraction")))
            goto out;
        is_float = true;
    }
    if (peek(ps, 0) == 'e' || peek(ps, 0) == 'E') {
        ps->p++;
        sb_putc(&sb, 'e');
        if (peek(ps, 0) == '+' || peek(ps, 0) == '-') {
            sb_putc(&sb, (char)peek(ps, 0));
            ps->p++;
        }
        if ((rc = scan_digits(ps, 10, &sb, "a float's exponent")))
            goto out;
        is_float = true;
    }

    if (is_float) {
        char *endp;
        errno = 0;
        double d = strtod(sb.p, &endp);
        if (*endp != '\0') {
            rc = fail(ps, "malformed float");
            goto out;
        }
        if (isinf(d)) {
            rc = fail(ps, "float out of range");
            goto out;
        }
        *out = node_new(RMQ_TOML_FLOAT, line);
        (*out)->u.f = d;
    } else {
        uint64_t v = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        for (size_t i = int_start; i < sb.len; i++) {
            uint64_t d = (uint64_t)(sb.p[i] - '0');
            if (v > (limit - d) / 10) {
                rc = fail(ps, "integer out of range (64-bit)");
                goto out;
            }
            v = v * 10 + d;
        }
        *out = node_new(RMQ_TOML_INTEGER, line);
        /* two's complement: -(2^63) is representable, its magnitude as int64 is not */
        (*out)->u.i = neg ? (int64_t)(0 - v) : (int64_t)v;
    }
out:
    free(sb.p);
    return rc;
}

/* Reads exactly n decimal digits at the cursor into *v. */
static bool read_fixed(parser_t *ps, size_t n, int *v)
{
    int x = 0;

    for (size_t i = 0; i < n; i++) {
        int c = peek(ps, i);
        if (c == -1 || !is_digit(c))
            return false;
        x = x * 10 + (c - '0');
    }
    ps->p += n;
    *v = x;
    return true;
}

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* HH:MM:SS[.frac] */
static int parse_time(parser_t *ps, rmq_toml_datetime_t *dt)
{
    if (!read_fixed(ps, 2, &dt->hour) || peek(ps, 0) != ':')
        return fail(ps, "malformed time (expected HH:MM:SS)");
    ps->p++;
    if (!read_fixed(ps, 2, &dt->minute) || peek(ps, 0) != ':')
        return fail(ps, "malformed time (expected HH:MM:SS)");
    ps->p++;
    if (!read_fixed(ps, 2, &dt->second))
        return fail(ps, "malformed time (expected HH:MM:SS)");
    if (dt->hour > 23 || dt->minute > 59 || dt->second > 60)
        return fail(ps, "time %02d:%02d:%02d out of range", dt->hour, dt->minute, dt->second);
    if (peek(ps, 0) == '.') {
        int ndig = 0;
        ps->p++;
        dt->nanosecond = 0;
        while (peek(ps, 0) != -1 && is_digit(peek(ps, 0))) {
            if (ndig < 9)
                dt->nanosecond = dt->nanosecond * 10 + (peek(ps, 0) - '0');
            ndig++;
            ps->p++;
        }
        if (ndig == 0)
            return fail(ps, "expected digits after '.' in a time");
        for (int i = ndig; i < 9; i++)
            dt->nanosecond *= 10;
    }
    return 0;
}

/* Writes the canonical text of a date-time node into node->u.dt.text. */
static void format_datetime(rmq_toml_node_t *node)
{
    const rmq_toml_datetime_t *v = &node->u.dt.v;
    char *b = node->u.dt.text;
    size_t sz = sizeof(node->u.dt.text), o = 0;
    bool date = node->kind != RMQ_TOML_TIME_LOCAL;
    bool time = node->kind != RMQ_TOML_DATE_LOCAL;

    if (date)
        o += (size_t)snprintf(b + o, sz - o, "%04d-%02d-%02d", v->year, v->month, v->day);
    if (date && time)
        b[o++] = 'T';
    if (time) {
        o += (size_t)snprintf(b + o, sz - o, "%02d:%02d:%02d", v->hour, v->minute, v->second);
        if (v->nanosecond) {
            char frac[16];
            int n = 9;
            snprintf(frac, sizeof(frac), "%09d", v->nanosecond);
            while (n > 3 && frac[n - 1] == '0')
                n--;
            o += (size_t)snprintf(b + o, sz - o, ".%.*s", n, frac);
        }
    }
    if (node->kind == RMQ_TOML_DATETIME) {
        int off = v->offset_minutes;
        if (off == 0)
            snprintf(b + o, sz - o, "Z");
        else
            snprintf(b + o, sz - o, "%c%02d:%02d", off < 0 ? '-' : '+', abs(off) / 60,
                     abs(off) % 60);
    } else {
        b[o] = '\0';
    }
}

/* At YYYY- or HH: (the caller checked the shape): any of the four date-time kinds. */
static int parse_datetime(parser_t *ps, rmq_toml_node_t **out)
{
    rmq_toml_datetime_t dt = {0};
    rmq_toml_kind_t kind;
    int line = ps->line, rc;

    if (peek(ps, 2) == ':') {
        if ((rc = parse_time(ps, &dt)))
            return rc;
        kind = RMQ_TOML_TIME_LOCAL;
    } else {
        if (!read_fixed(ps, 4, &dt.year) || peek(ps, 0) != '-')
            return fail(ps, "malformed date (expected YYYY-MM-DD)");
        ps->p++;
        if (!read_fixed(ps, 2, &dt.month) || peek(ps, 0) != '-')
            return fail(ps, "malformed date (expected YYYY-MM-DD)");
        ps->p++;
        if (!read_fixed(ps, 2, &dt.day))
            return fail(ps, "malformed date (expected YYYY-MM-DD)");
        if (dt.month < 1 || dt.month > 12 || dt.day < 1 ||
            dt.day > days_in_month(dt.year, dt.month))
            return fail(ps, "date %04d-%02d-%02d does not exist", dt.year, dt.month, dt.day);
        kind = RMQ_TOML_DATE_LOCAL;

        /* 'T' commits to a time; a space only when a time follows it ("HH:"). */
        int c = peek(ps, 0);
        bool time = c == 'T' || c == 't';
        if (c == ' ' && peek(ps, 1) != -1 && is_digit(peek(ps, 1)) && peek(ps, 2) != -1 &&
            is_digit(peek(ps, 2)) && peek(ps, 3) == ':')
            time = true;
        if (time) {
            ps->p++;
            if ((rc = parse_time(ps, &dt)))
                return rc;
            kind = RMQ_TOML_DATETIME_LOCAL;
            c = peek(ps, 0);
            if (c == 'Z' || c == 'z') {
                ps->p++;
                kind = RMQ_TOML_DATETIME;
            } else if (c == '+' || c == '-') {
                int oh, om;
                ps->p++;
                if (!read_fixed(ps, 2, &oh) || peek(ps, 0) != ':')
                    return fail(ps, "malformed time offset (expected +HH:MM)");
                ps->p++;
                if (!read_fixed(ps, 2, &om))
                    return fail(ps, "malformed time offset (expected +HH:MM)");
                if (oh > 23 || om > 59)
                    return fail(ps, "time offset %02d:%02d out of range", oh, om);
                dt.offset_minutes = (c == '-' ? -1 : 1) * (oh * 60 + om);
                kind = RMQ_TOML_DATETIME;
            }
        }
    }
    *out = node_new(kind, line);
    (*out)->u.dt.v = dt;
    format_datetime(*out);
    return 0;
}

/* ------------------------------------------------------------------ values */

static int parse_value(parser_t *ps, unsigned parent_depth, rmq_toml_node_t **out);
static int parse_keyval(parser_t *ps, rmq_toml_node_t *tab);

static int parse_string_value(parser_t *ps, rmq_toml_node_t **out)
{
    char q = (char)peek(ps, 0);
    int line = ps->line;
    sbuf_t sb = {0};
    int rc =
        at_triple(ps, q) ? parse_multiline_string(ps, q, &sb) : parse_oneline_string(ps, q, &sb);

    if (rc) {
        free(sb.p);
        return rc;
    }
    *out = node_new(RMQ_TOML_STRING, line);
    (*out)->u.str.ptr = sb.p;
    (*out)->u.str.len = sb.len;
    return 0;
}

static int parse_array(parser_t *ps, unsigned parent_depth, rmq_toml_node_t **out)
{
    rmq_toml_node_t *arr = NULL;
    int rc = container_new(ps, RMQ_TOML_ARRAY, parent_depth, ps->line, 0, &arr);

    if (rc)
        return rc;
    ps->p++; /* [ */
    for (;;) {
        rmq_toml_node_t *val = NULL;

        if ((rc = skip_ws_comments_newlines(ps)))
            break;
        if (peek(ps, 0) == ']') {
            ps->p++;
            break;
        }
        if ((rc = parse_value(ps, arr->depth, &val)))
            break;
        arr_push(arr, val);
        if ((rc = skip_ws_comments_newlines(ps)))
            break;
        if (peek(ps, 0) == ',') {
            ps->p++;
            continue;
        }
        if (peek(ps, 0) == ']') {
            ps->p++;
            break;
        }
        char cb[24];
        rc = ps->p >= ps->end ? fail(ps, "unterminated array")
                              : fail(ps, "expected ',' or ']' in array, found %s",
                                     chdesc(peek(ps, 0), cb, sizeof(cb)));
        break;
    }
    if (rc) {
        node_free(arr);
        return rc;
    }
    *out = arr;
    return 0;
}

static int parse_inline_table(parser_t *ps, unsigned parent_depth, rmq_toml_node_t **out)
{
    rmq_toml_node_t *tab = NULL;
    int rc = container_new(ps, RMQ_TOML_TABLE, parent_depth, ps->line, TF_DOTTED, &tab);

    if (rc)
        return rc;
    ps->p++; /* { */
    skip_ws(ps);
    if (peek(ps, 0) == '}') {
        ps->p++;
    } else {
        for (;;) {
            char cb[24];

            if ((rc = parse_keyval(ps, tab)))
                break;
            skip_ws(ps);
            if (peek(ps, 0) == ',') {
                ps->p++;
                skip_ws(ps);
                if (peek(ps, 0) == '}') {
                    rc = fail(ps, "trailing comma in an inline table");
                    break;
                }
                continue;
            }
            if (peek(ps, 0) == '}') {
                ps->p++;
                break;
            }
            if (ps->p >= ps->end)
                rc = fail(ps, "unterminated inline table");
            else if (at_newline(ps) || peek(ps, 0) == '\r')
                rc = fail(ps, "newline in an inline table");
            else
                rc = fail(ps, "expected ',' or '}' in inline table, found %s",
                          chdesc(peek(ps, 0), cb, sizeof(cb)));
            break;
        }
    }
    if (rc) {
        node_free(tab);
        return rc;
    }
    seal_inline(tab);
    *out = tab;
    return 0;
}

static bool match_word(const parser_t *ps, const char *w)
{
    size_t n = strlen(w);

    return (size_t)(ps->end - ps->p) >= n && memcmp(ps->p, w, n) == 0;
}

static int parse_value(parser_t *ps, unsigned parent_depth, rmq_toml_node_t **out)
{
    int c = peek(ps, 0);

    switch (c) {
    case '"':
    case '\'':
        return parse_string_value(ps, out);
    case '[':
        return parse_array(ps, parent_depth, out);
    case '{':
        return parse_inline_table(ps, parent_depth, out);
    case 't':
    case 'f':
        if (match_word(ps, c == 't' ? "true" : "false")) {
            *out = node_new(RMQ_TOML_BOOL, ps->line);
            (*out)->u.b = c == 't';
            ps->p += c == 't' ? 4 : 5;
            return 0;
        }
        return fail(ps, "expected a value (booleans are lowercase true/false)");
    case 'i':
    case 'n':
    case '+':
    case '-':
        return parse_number(ps, out);
    case -1:
        return fail(ps, "expected a value, found end of input");
    case '\n':
    case '\r':
        return fail(ps, "expected a value on the same line");
    default:
        if (is_digit(c)) {
            bool date = peek(ps, 4) == '-' && is_digit(c) && peek(ps, 1) != -1 &&
                        is_digit(peek(ps, 1)) && peek(ps, 2) != -1 && is_digit(peek(ps, 2)) &&
                        peek(ps, 3) != -1 && is_digit(peek(ps, 3));
            bool time = peek(ps, 2) == ':' && peek(ps, 1) != -1 && is_digit(peek(ps, 1));
            if (date || time)
                return parse_datetime(ps, out);
            return parse_number(ps, out);
        }
        char cb[24];
        return fail(ps, "expected a value, found %s%s", chdesc(c, cb, sizeof(cb)),
                    is_bare_key_char(c) ? " (strings need quotes)" : "");
    }
}

/* key = value, into tab (the current section's table, or an inline table being built). */
static int parse_keyval(parser_t *ps, rmq_toml_node_t *tab)
{
    keypath_t kp = {0};
    rmq_toml_node_t *target = NULL, *val = NULL;
    char kb[64];
    int rc;

    if ((rc = parse_key(ps, &kp)))
        goto out;
    skip_ws(ps);
    if (peek(ps, 0) != '=') {
        rc = ps->p >= ps->end || at_newline(ps) ? fail(ps, "expected '=' after key")
                                                : fail(ps, "expected '=' after key, found %s",
                                                       chdesc(peek(ps, 0), kb, sizeof(kb)));
        goto out;
    }
    ps->p++;
    skip_ws(ps);
    if ((rc = walk_dotted(ps, tab, &kp, kp.n - 1, &target)))
        goto out;
    const sbuf_t *last = &kp.parts[kp.n - 1];
    if (rmq_toml_tab_lookup_(target, last->p, last->len)) {
        rc = fail(ps, "duplicate key '%s'", key_for_msg(last, kb, sizeof(kb)));
        goto out;
    }
    if ((rc = parse_value(ps, target->depth, &val)))
        goto out;
    tab_insert(target, last->p, last->len, val);
out:
    keypath_free(&kp);
    return rc;
}

/* ------------------------------------------------------------------ headers */

/* [a.b.c] or [[a.b.c]]: makes ps->cur the table named. */
static int parse_header(parser_t *ps)
{
    bool aot = peek(ps, 1) == '[';
    keypath_t kp = {0};
    rmq_toml_node_t *tab = ps->root, *child;
    char kb[64];
    int rc, line = ps->line;

    ps->p += aot ? 2 : 1;
    if ((rc = parse_key(ps, &kp)))
        goto out;
    skip_ws(ps);
    if (peek(ps, 0) != ']' || (aot && peek(ps, 1) != ']')) {
        rc = fail(ps, aot ? "expected ']]' to close the array-of-tables header"
                          : "expected ']' to close the table header");
        goto out;
    }
    ps->p += aot ? 2 : 1;

    /* Every part but the last: pass through (or create) tables. */
    for (size_t i = 0; i + 1 < kp.n; i++) {
        const sbuf_t *part = &kp.parts[i];
        child = rmq_toml_tab_lookup_(tab, part->p, part->len);
        if (!child) {
            if ((rc = container_new(ps, RMQ_TOML_TABLE, tab->depth, line, TF_IMPLICIT, &child)))
                goto out;
            tab_insert(tab, part->p, part->len, child);
        } else if (child->kind == RMQ_TOML_ARRAY && (child->flags & AF_TABLES)) {
            child = child->u.arr.items[child->u.arr.n - 1]; /* the latest [[x]] element */
        } else if (child->kind != RMQ_TOML_TABLE) {
            rc = fail(ps, "key '%s' is already defined as %s", key_for_msg(part, kb, sizeof(kb)),
                      child->kind == RMQ_TOML_ARRAY ? "an array" : "a value");
            goto out;
        } else if (child->flags & TF_INLINE) {
            rc = fail(ps, "cannot extend inline table '%s'", key_for_msg(part, kb, sizeof(kb)));
            goto out;
        }
        tab = child;
    }

    const sbuf_t *last = &kp.parts[kp.n - 1];
    child = rmq_toml_tab_lookup_(tab, last->p, last->len);
    key_for_msg(last, kb, sizeof(kb));
    if (aot) {
        rmq_toml_node_t *elem = NULL;
        if (!child) {
            if ((rc = container_new(ps, RMQ_TOML_ARRAY, tab->depth, line, AF_TABLES, &child)))
                goto out;
            tab_insert(tab, last->p, last->len, child);
        } else if (child->kind != RMQ_TOML_ARRAY || !(child->flags & AF_TABLES)) {
            rc = fail(ps, "'%s' is already defined and is not an array of tables", kb);
            goto out;
        }
        if ((rc = container_new(ps, RMQ_TOML_TABLE, child->depth, line, TF_HEADER, &elem)))
            goto out;
        arr_push(child, elem);
        ps->cur = elem;
    } else {
        if (!child) {
            if ((rc = container_new(ps, RMQ_TOML_TABLE, tab->depth, line, TF_HEADER, &child)))
                goto out;
            tab_insert(tab, last->p, last->len, child);
        } else if (child->kind == RMQ_TOML_TABLE && (child->flags & TF_IMPLICIT)) {
            child->flags = TF_HEADER;
            child->line = line;
        } else if (child->kind == RMQ_TOML_TABLE) {
            rc = fail(ps, "table '%s' is defined twice", kb);
            goto out;
        } else {
            rc = fail(ps, "'%s' is already defined as %s", kb,
                      child->kind == RMQ_TOML_ARRAY ? "an array" : "a value");
            goto out;
        }
        ps->cur = child;
    }
out:
    keypath_free(&kp);
    return rc;
}

/* ------------------------------------------------------------------ document */

static int parse_document(parser_t *ps)
{
    int rc;

    while (ps->p < ps->end) {
        skip_ws(ps);
        int c = peek(ps, 0);
        if (c == -1)
            break;
        if (eat_newline(ps))
            continue;
        if (c == '#')
            rc = skip_comment(ps);
        else if (c == '[')
            rc = parse_header(ps);
        else if (c == '\r')
            rc = fail(ps, "carriage return not followed by a line feed");
        else
            rc = parse_keyval(ps, ps->cur);
        if (rc)
            return rc;
        if ((rc = expect_line_end(ps)))
            return rc;
    }
    return 0;
}

int rmq_toml_parse(const char *text, size_t len, rmq_toml_t **doc, rmq_err_t *err)
{
    parser_t ps = {0};
    size_t bad;
    int rc;

    *doc = NULL;
    if (!text && len)
        return rmq_err_set(err, RMQ_EINVAL, "no text");
    if (!text)
        text = ""; /* NULL + 0 is not a valid pointer expression */
    if (len > INT_MAX)
        return rmq_err_set(err, RMQ_ETOOBIG, "document larger than %d bytes", INT_MAX);
    bad = utf8_invalid_at((const unsigned char *)text, len);
    if (bad < len)
        return rmq_err_set(err, RMQ_ESYNTAX, "line %d: invalid UTF-8 (byte 0x%02X at offset %zu)",
                           line_of(text, bad), (unsigned char)text[bad], bad);

    ps.p = text;
    ps.end = text + len;
    ps.line = 1;
    ps.err = err;
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        ps.p += 3;
    ps.root = node_new(RMQ_TOML_TABLE, 1);
    ps.root->flags = TF_HEADER;
    ps.cur = ps.root;

    if ((rc = parse_document(&ps))) {
        node_free(ps.root);
        return rc;
    }
    *doc = rmq_malloc(sizeof(**doc));
    (*doc)->root = ps.root;
    return 0;
}

void rmq_toml_free(rmq_toml_t *doc)
{
    if (!doc)
        return;
    node_free(doc->root);
    free(doc);
}
