/*
 * xmlread.c - the XML subset reader (see xmlread.h for what is accepted and refused).
 *
 * One pass over the bytes with an explicit stack of open elements (no recursion, so depth
 * costs no C stack). Each open element accumulates its own character data in a growable
 * buffer, copied into the document's arena when the element closes. Every read is guarded by
 * the remaining length: the input need not be NUL-terminated and may end anywhere.
 */
#include "objstore/xmlread.h"

#include "common/arena.h"
#include "common/buf.h"
#include "common/mem.h"

struct rmq_xmlread_doc {
    rmq_arena_t arena;
    rmq_xmlread_node_t *root;
};

typedef struct open_el {
    rmq_xmlread_node_t *node;
    rmq_xmlread_node_t *last; /* last child linked so far */
    rmq_wbuf_t text;
} open_el_t;

typedef struct parser {
    const uint8_t *d;
    size_t n, i;
    rmq_xmlread_doc_t *doc;
    size_t nodes, max_nodes;
    open_el_t stack[RMQ_XMLREAD_DEPTH_MAX];
    int depth;
    rmq_wbuf_t val;   /* attribute value being decoded */
    rmq_wbuf_t attrs; /* rmq_xmlread_attr_t of the tag being read */
    rmq_err_t *err;
} parser_t;

static int fail(parser_t *ps, const char *what)
{
    return rmq_err_set(ps->err, RMQ_ECORRUPT, "xml: %s at byte %zu", what, ps->i);
}

static int has(const parser_t *ps, const char *s)
{
    size_t k = strlen(s);
    return ps->n - ps->i >= k && memcmp(ps->d + ps->i, s, k) == 0;
}

static int is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static void skip_space(parser_t *ps)
{
    while (ps->i < ps->n && is_space(ps->d[ps->i]))
        ps->i++;
}

/* Bytes XML 1.0 forbids in a document: C0 controls other than TAB, LF, CR. */
static int bad_byte(uint8_t c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

static int name_char(uint8_t c, int first)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80)
        return 1;
    return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.');
}

/* Reads a name at ps->i into the arena. */
static int read_name(parser_t *ps, const char **out)
{
    size_t start = ps->i;
    if (ps->i >= ps->n || !name_char(ps->d[ps->i], 1))
        return fail(ps, "expected a name");
    while (ps->i < ps->n && name_char(ps->d[ps->i], 0))
        ps->i++;
    *out = rmq_arena_strndup(&ps->doc->arena, (const char *)ps->d + start, ps->i - start);
    return 0;
}

/* Returns the index of the first occurrence of s at or after from, or SIZE_MAX. */
static size_t find(const parser_t *ps, size_t from, const char *s)
{
    size_t k = strlen(s);
    if (from > ps->n)
        return SIZE_MAX;
    const void *p = memmem(ps->d + from, ps->n - from, s, k);
    return p ? (size_t)((const uint8_t *)p - ps->d) : SIZE_MAX;
}

static void put_utf8(rmq_wbuf_t *wb, uint32_t cp)
{
    uint8_t b[4];
    size_t k;
    if (cp < 0x80) {
        b[0] = (uint8_t)cp;
        k = 1;
    } else if (cp < 0x800) {
        b[0] = (uint8_t)(0xc0 | cp >> 6);
        b[1] = (uint8_t)(0x80 | (cp & 0x3f));
        k = 2;
    } else if (cp < 0x10000) {
        b[0] = (uint8_t)(0xe0 | cp >> 12);
        b[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        b[2] = (uint8_t)(0x80 | (cp & 0x3f));
        k = 3;
    } else {
        b[0] = (uint8_t)(0xf0 | cp >> 18);
        b[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3f));
        b[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3f));
        b[3] = (uint8_t)(0x80 | (cp & 0x3f));
        k = 4;
    }
    rmq_wbuf_append(wb, b, k);
}

/* Decodes the reference at ps->i ('&') and appends it to wb. */
static int read_ref(parser_t *ps, rmq_wbuf_t *wb)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"lt", '<'}, {"gt", '>'}, {"amp", '&'}, {"quot", '"'}, {"apos", '\''}};
    size_t start = ps->i + 1, end = start;
    while (end < ps->n && end - start < 12 && ps->d[end] != ';')
        end++;
    if (end >= ps->n || ps->d[end] != ';')
        return fail(ps, "unterminated or overlong reference");
    const char *r = (const char *)ps->d + start;
    size_t k = end - start;
    if (k >= 2 && r[0] == '#') {
        int hex = r[1] == 'x';
        size_t j = hex ? 2 : 1;
        if (j == k)
            return fail(ps, "empty character reference");
        uint32_t cp = 0;
        for (; j < k; j++) {
            char c = r[j];
            uint32_t v;
            if (c >= '0' && c <= '9')
                v = (uint32_t)(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                v = (uint32_t)(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                v = (uint32_t)(c - 'A' + 10);
            else
                return fail(ps, "bad character reference");
            cp = cp * (hex ? 16u : 10u) + v;
            if (cp > 0x10ffff)
                return fail(ps, "character reference out of range");
        }
        /* XML's Char production: no NUL, no other C0 control, no surrogate, no FFFE/FFFF. */
        if (!(cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
              (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000))
            return fail(ps, "character reference to a forbidden character");
        put_utf8(wb, cp);
    } else {
        size_t m = 0;
        while (m < RMQ_ARRAY_SIZE(named) &&
               !(strlen(named[m].name) == k && memcmp(named[m].name, r, k) == 0))
            m++;
        if (m == RMQ_ARRAY_SIZE(named))
            return fail(ps, "unknown entity");
        rmq_wbuf_put_u8(wb, (uint8_t)named[m].c);
    }
    ps->i = end + 1;
    return 0;
}

/* Character data up to the next '<' (or the end), appended to the open element's text. */
static int read_text(parser_t *ps)
{
    rmq_wbuf_t *wb = ps->depth > 0 ? &ps->stack[ps->depth - 1].text : NULL;
    while (ps->i < ps->n && ps->d[ps->i] != '<') {
        uint8_t c = ps->d[ps->i];
        if (wb == NULL) {
            if (!is_space(c))
                return fail(ps, "text outside the root element");
            ps->i++;
        } else if (c == '&') {
            int rc = read_ref(ps, wb);
            if (rc)
                return rc;
        } else {
            size_t s = ps->i;
            while (ps->i < ps->n && ps->d[ps->i] != '<' && ps->d[ps->i] != '&') {
                if (bad_byte(ps->d[ps->i]))
                    return fail(ps, "control byte in text");
                ps->i++;
            }
            rmq_wbuf_append(wb, ps->d + s, ps->i - s);
        }
    }
    return 0;
}

static int read_attr_value(parser_t *ps, const char **out)
{
    if (ps->i >= ps->n || (ps->d[ps->i] != '"' && ps->d[ps->i] != '\''))
        return fail(ps, "expected a quoted attribute value");
    uint8_t q = ps->d[ps->i++];
    rmq_wbuf_reset(&ps->val);
    for (;;) {
        if (ps->i >= ps->n)
            return fail(ps, "unterminated attribute value");
        uint8_t c = ps->d[ps->i];
        if (c == q)
            break;
        if (c == '<' || bad_byte(c))
            return fail(ps, "forbidden byte in attribute value");
        if (c == '&') {
            int rc = read_ref(ps, &ps->val);
            if (rc)
                return rc;
            continue;
        }
        rmq_wbuf_put_u8(&ps->val, c);
        ps->i++;
    }
    ps->i++;
    *out = rmq_arena_strndup(&ps->doc->arena, (const char *)ps->val.data, ps->val.len);
    return 0;
}

static int read_start_tag(parser_t *ps)
{
    if (ps->depth == 0 && ps->doc->root != NULL)
        return fail(ps, "a second root element");
    if (ps->depth == RMQ_XMLREAD_DEPTH_MAX)
        return fail(ps, "elements nested too deep");
    if (++ps->nodes > ps->max_nodes)
        return fail(ps, "too many elements");
    ps->i++; /* '<' */
    rmq_xmlread_node_t *node = rmq_arena_calloc(&ps->doc->arena, 1, sizeof(*node));
    int rc = read_name(ps, &node->name);
    if (rc)
        return rc;
    rmq_wbuf_reset(&ps->attrs);
    int self_close = 0;
    for (;;) {
        size_t before = ps->i;
        skip_space(ps);
        if (ps->i >= ps->n)
            return fail(ps, "unterminated tag");
        if (ps->d[ps->i] == '>') {
            ps->i++;
            break;
        }
        if (has(ps, "/>")) {
            ps->i += 2;
            self_close = 1;
            break;
        }
        if (ps->i == before)
            return fail(ps, "expected a space before an attribute");
        rmq_xmlread_attr_t a;
        if ((rc = read_name(ps, &a.name)) != 0)
            return rc;
        skip_space(ps);
        if (ps->i >= ps->n || ps->d[ps->i] != '=')
            return fail(ps, "expected '=' after an attribute name");
        ps->i++;
        skip_space(ps);
        if ((rc = read_attr_value(ps, &a.value)) != 0)
            return rc;
        rmq_wbuf_append(&ps->attrs, &a, sizeof(a));
    }
    node->nattrs = ps->attrs.len / sizeof(rmq_xmlread_attr_t);
    if (node->nattrs > 0) {
        rmq_xmlread_attr_t *attrs = rmq_arena_alloc(&ps->doc->arena, ps->attrs.len);
        memcpy(attrs, ps->attrs.data, ps->attrs.len);
        node->attrs = attrs;
    }
    if (ps->depth == 0) {
        ps->doc->root = node;
    } else {
        open_el_t *top = &ps->stack[ps->depth - 1];
        node->parent = top->node;
        if (top->last)
            top->last->next = node;
        else
            top->node->child = node;
        top->last = node;
    }
    if (self_close) {
        node->text = "";
        return 0;
    }
    open_el_t *el = &ps->stack[ps->depth++];
    el->node = node;
    el->last = NULL;
    rmq_wbuf_reset(&el->text);
    return 0;
}

static int read_end_tag(parser_t *ps)
{
    if (ps->depth == 0)
        return fail(ps, "end tag without a start tag");
    ps->i += 2; /* "</" */
    open_el_t *top = &ps->stack[ps->depth - 1];
    size_t k = strlen(top->node->name);
    if (ps->n - ps->i < k || memcmp(ps->d + ps->i, top->node->name, k) != 0 ||
        (ps->n - ps->i > k && name_char(ps->d[ps->i + k], 0)))
        return fail(ps, "end tag does not match the open element");
    ps->i += k;
    skip_space(ps);
    if (ps->i >= ps->n || ps->d[ps->i] != '>')
        return fail(ps, "unterminated end tag");
    ps->i++;
    rmq_xmlread_node_t *node = top->node;
    node->text_len = top->text.len;
    /* Never NUL inside: raw NULs, &#0; and NULs in CDATA were refused on the way in. */
    node->text = top->text.len ? rmq_arena_strndup(&ps->doc->arena, (const char *)top->text.data,
                                                   top->text.len)
                               : "";
    ps->depth--;
    return 0;
}

static int parse(parser_t *ps)
{
    if (has(ps, "\xef\xbb\xbf"))
        ps->i += 3; /* UTF-8 byte order mark */
    while (ps->i < ps->n) {
        int rc = 0;
        if (ps->d[ps->i] != '<') {
            rc = read_text(ps);
        } else if (has(ps, "<?")) {
            size_t end = find(ps, ps->i + 2, "?>");
            if (end == SIZE_MAX)
                return fail(ps, "unterminated processing instruction");
            ps->i = end + 2;
        } else if (has(ps, "<!--")) {
            size_t end = find(ps, ps->i + 4, "-->");
            if (end == SIZE_MAX)
                return fail(ps, "unterminated comment");
            ps->i = end + 3;
        } else if (has(ps, "<![CDATA[")) {
            if (ps->depth == 0)
                return fail(ps, "CDATA outside the root element");
            size_t start = ps->i + 9, end = find(ps, start, "]]>");
            if (end == SIZE_MAX)
                return fail(ps, "unterminated CDATA section");
            for (size_t j = start; j < end; j++) {
                if (bad_byte(ps->d[j])) {
                    ps->i = j;
                    return fail(ps, "control byte in CDATA");
                }
            }
            rmq_wbuf_append(&ps->stack[ps->depth - 1].text, ps->d + start, end - start);
            ps->i = end + 3;
        } else if (has(ps, "<!")) {
            return fail(ps, "DOCTYPE and declarations are not supported");
        } else if (has(ps, "</")) {
            rc = read_end_tag(ps);
        } else {
            rc = read_start_tag(ps);
        }
        if (rc)
            return rc;
    }
    if (ps->depth > 0)
        return fail(ps, "unclosed element at the end");
    if (ps->doc->root == NULL)
        return fail(ps, "no root element");
    return 0;
}

int rmq_xmlread_parse(const void *data, size_t len, size_t max_nodes, rmq_xmlread_doc_t **out,
                      rmq_err_t *err)
{
    *out = NULL;
    parser_t *ps = rmq_calloc(1, sizeof(*ps));
    ps->d = data ? data : (const uint8_t *)"";
    ps->n = data ? len : 0;
    ps->max_nodes = max_nodes ? max_nodes : RMQ_XMLREAD_NODES_MAX;
    ps->err = err;
    ps->doc = rmq_calloc(1, sizeof(*ps->doc));
    rmq_arena_init(&ps->doc->arena, 16384);
    rmq_wbuf_init(&ps->val, 64);
    rmq_wbuf_init(&ps->attrs, 4 * sizeof(rmq_xmlread_attr_t));
    /* The per-depth text buffers start empty (calloc) and allocate on first use. */
    int rc = parse(ps);
    for (int k = 0; k < RMQ_XMLREAD_DEPTH_MAX; k++)
        rmq_wbuf_release(&ps->stack[k].text);
    rmq_wbuf_release(&ps->val);
    rmq_wbuf_release(&ps->attrs);
    if (rc == 0)
        *out = ps->doc;
    else
        rmq_xmlread_free(ps->doc);
    free(ps);
    return rc;
}

void rmq_xmlread_free(rmq_xmlread_doc_t *doc)
{
    if (doc == NULL)
        return;
    rmq_arena_release(&doc->arena);
    free(doc);
}

const rmq_xmlread_node_t *rmq_xmlread_root(const rmq_xmlread_doc_t *doc)
{
    return doc->root;
}

const rmq_xmlread_node_t *rmq_xmlread_child(const rmq_xmlread_node_t *n, const char *name)
{
    for (const rmq_xmlread_node_t *c = n ? n->child : NULL; c != NULL; c = c->next)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

const rmq_xmlread_node_t *rmq_xmlread_next_same(const rmq_xmlread_node_t *n)
{
    for (const rmq_xmlread_node_t *c = n->next; c != NULL; c = c->next)
        if (strcmp(c->name, n->name) == 0)
            return c;
    return NULL;
}

const char *rmq_xmlread_text(const rmq_xmlread_node_t *n, const char *path)
{
    char step[128];
    const char *p = path;
    while (n != NULL && *p != '\0') {
        size_t k = strcspn(p, "/");
        if (k >= sizeof(step))
            return NULL;
        memcpy(step, p, k);
        step[k] = '\0';
        n = rmq_xmlread_child(n, step);
        p += k;
        if (*p == '/')
            p++;
    }
    return n ? n->text : NULL;
}

const char *rmq_xmlread_attr(const rmq_xmlread_node_t *n, const char *name)
{
    for (size_t i = 0; n != NULL && i < n->nattrs; i++)
        if (strcmp(n->attrs[i].name, name) == 0)
            return n->attrs[i].value;
    return NULL;
}
