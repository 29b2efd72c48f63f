/*
 * xml.c - the bounded XML reader (see xml.h). A single forward pass over the bytes with an
 * explicit element stack: no recursion, no entity definitions, no allocation beyond one text
 * buffer that never outgrows the input.
 */
#include "objstore/xml.h"

#include "common/buf.h"
#include "common/mem.h"

#define NAME_MAX_LEN 256

typedef struct parser {
    const char *p, *end, *start;
    rmq_err_t *err;
    char path[RMQ_XML_MAX_PATH + 1];
    size_t plen;
    size_t stack[RMQ_XML_MAX_DEPTH]; /* path length before each open element */
    int depth;
    int roots; /* root elements seen */
    rmq_wbuf_t text;
} parser_t;

static int corrupt(parser_t *ps, const char *what)
{
    return rmq_err_set(ps->err, RMQ_ECORRUPT, "malformed XML at byte %zu: %s",
                       (size_t)(ps->p - ps->start), what);
}

static int starts(const parser_t *ps, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(ps->end - ps->p) >= n && memcmp(ps->p, lit, n) == 0;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int name_start(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
}

static int name_char(unsigned char c)
{
    return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Reads a name at ps->p; sets *n to its length. */
static int read_name(parser_t *ps, const char **name, size_t *n)
{
    const char *s = ps->p;
    if (s >= ps->end || !name_start((unsigned char)*s))
        return corrupt(ps, "expected a name");
    while (ps->p < ps->end && name_char((unsigned char)*ps->p))
        ps->p++;
    *name = s;
    *n = (size_t)(ps->p - s);
    if (*n > NAME_MAX_LEN)
        return corrupt(ps, "name too long");
    return 0;
}

static void skip_space(parser_t *ps)
{
    while (ps->p < ps->end && is_space(*ps->p))
        ps->p++;
}

/* Skips to just past lit; error when absent. */
static int skip_past(parser_t *ps, const char *lit, const char *what)
{
    size_t n = strlen(lit);
    const char *hit = memmem(ps->p, (size_t)(ps->end - ps->p), lit, n);
    if (hit == NULL)
        return corrupt(ps, what);
    ps->p = hit + n;
    return 0;
}

static void put_utf8(rmq_wbuf_t *wb, uint32_t cp)
{
    if (cp < 0x80) {
        rmq_wbuf_put_u8(wb, (uint8_t)cp);
    } else if (cp < 0x800) {
        rmq_wbuf_put_u8(wb, (uint8_t)(0xc0 | cp >> 6));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        rmq_wbuf_put_u8(wb, (uint8_t)(0xe0 | cp >> 12));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp >> 6 & 0x3f)));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp & 0x3f)));
    } else {
        rmq_wbuf_put_u8(wb, (uint8_t)(0xf0 | cp >> 18));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp >> 12 & 0x3f)));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp >> 6 & 0x3f)));
        rmq_wbuf_put_u8(wb, (uint8_t)(0x80 | (cp & 0x3f)));
    }
}

/* Decodes the entity at ps->p ('&') into ps->text. */
static int entity(parser_t *ps)
{
    const char *semi = memchr(ps->p, ';', (size_t)RMQ_MIN(ps->end - ps->p, 16));
    if (semi == NULL)
        return corrupt(ps, "unterminated entity");
    const char *e = ps->p + 1;
    size_t n = (size_t)(semi - e);
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(named); i++) {
        if (n == strlen(named[i].name) && memcmp(e, named[i].name, n) == 0) {
            rmq_wbuf_put_u8(&ps->text, (uint8_t)named[i].c);
            ps->p = semi + 1;
            return 0;
        }
    }
    if (n < 2 || e[0] != '#')
        return corrupt(ps, "unknown entity");
    uint32_t cp = 0;
    int hex = e[1] == 'x';
    size_t i = hex ? 2 : 1;
    if (i == n)
        return corrupt(ps, "empty character reference");
    for (; i < n; i++) {
        char c = e[i];
        int d = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0)
            return corrupt(ps, "bad character reference");
        cp = cp * (hex ? 16u : 10u) + (uint32_t)d;
        if (cp > 0x10ffff)
            return corrupt(ps, "character reference out of range");
    }
    if (cp == 0 || (cp >= 0xd800 && cp <= 0xdfff))
        return corrupt(ps, "character reference to NUL or a surrogate");
    put_utf8(&ps->text, cp);
    ps->p = semi + 1;
    return 0;
}

static int emit(parser_t *ps, rmq_xml_fn fn, void *opaque, rmq_xml_event_t ev)
{
    ps->path[ps->plen] = '\0';
    if (ev == RMQ_XML_START)
        return fn(opaque, ev, ps->path, NULL, 0);
    rmq_wbuf_put_u8(&ps->text, 0);
    int rc = fn(opaque, ev, ps->path, (const char *)ps->text.data, ps->text.len - 1);
    rmq_wbuf_reset(&ps->text);
    return rc;
}

static int open_elem(parser_t *ps, const char *name, size_t n, rmq_xml_fn fn, void *opaque)
{
    if (ps->depth == 0 && ps->roots++ > 0)
        return corrupt(ps, "more than one root element");
    if (ps->depth == RMQ_XML_MAX_DEPTH)
        return corrupt(ps, "elements nested too deeply");
    size_t need = ps->plen + (ps->depth ? 1 : 0) + n;
    if (need > RMQ_XML_MAX_PATH)
        return corrupt(ps, "element path too long");
    ps->stack[ps->depth++] = ps->plen;
    if (ps->plen)
        ps->path[ps->plen++] = '/';
    memcpy(ps->path + ps->plen, name, n);
    ps->plen += n;
    rmq_wbuf_reset(&ps->text);
    return emit(ps, fn, opaque, RMQ_XML_START);
}

static int close_elem(parser_t *ps, const char *name, size_t n, rmq_xml_fn fn, void *opaque)
{
    if (ps->depth == 0)
        return corrupt(ps, "closing tag without an open element");
    size_t at = ps->stack[ps->depth - 1] + (ps->depth > 1 ? 1 : 0);
    if (ps->plen - at != n || memcmp(ps->path + at, name, n) != 0)
        return corrupt(ps, "mismatched closing tag");
    int rc = emit(ps, fn, opaque, RMQ_XML_END);
    ps->plen = ps->stack[--ps->depth];
    return rc;
}

static int parse(parser_t *ps, rmq_xml_fn fn, void *opaque)
{
    int rc;
    if (starts(ps, "\xef\xbb\xbf"))
        ps->p += 3;
    while (ps->p < ps->end) {
        char c = *ps->p;
        if (c != '<') {
            if (c == '&') {
                if (ps->depth == 0)
                    return corrupt(ps, "text outside the root element");
                if ((rc = entity(ps)) != 0)
                    return rc;
                continue;
            }
            if (ps->depth == 0 && !is_space(c))
                return corrupt(ps, "text outside the root element");
            if (c == '\0')
                return corrupt(ps, "NUL byte");
            if (ps->depth > 0)
                rmq_wbuf_put_u8(&ps->text, (uint8_t)c);
            ps->p++;
            continue;
        }
        if (starts(ps, "<?")) {
            if ((rc = skip_past(ps, "?>", "unterminated processing instruction")) != 0)
                return rc;
        } else if (starts(ps, "<!--")) {
            ps->p += 4;
            if ((rc = skip_past(ps, "-->", "unterminated comment")) != 0)
                return rc;
        } else if (starts(ps, "<![CDATA[")) {
            if (ps->depth == 0)
                return corrupt(ps, "CDATA outside the root element");
            ps->p += 9;
            const char *s = ps->p;
            if ((rc = skip_past(ps, "]]>", "unterminated CDATA section")) != 0)
                return rc;
            if (memchr(s, '\0', (size_t)(ps->p - 3 - s)) != NULL)
                return corrupt(ps, "NUL byte");
            rmq_wbuf_append(&ps->text, s, (size_t)(ps->p - 3 - s));
        } else if (starts(ps, "<!")) {
            return corrupt(ps, "DOCTYPE and declarations are not accepted");
        } else if (starts(ps, "</")) {
            ps->p += 2;
            const char *name;
            size_t n;
            if ((rc = read_name(ps, &name, &n)) != 0)
                return rc;
            skip_space(ps);
            if (ps->p >= ps->end || *ps->p != '>')
                return corrupt(ps, "expected '>'");
            ps->p++;
            if ((rc = close_elem(ps, name, n, fn, opaque)) != 0)
                return rc;
        } else {
            ps->p++;
            const char *name;
            size_t n;
            if ((rc = read_name(ps, &name, &n)) != 0)
                return rc;
            for (;;) { /* attributes */
                const char *before = ps->p;
                skip_space(ps);
                if (ps->p >= ps->end)
                    return corrupt(ps, "unterminated tag");
                if (*ps->p == '>' || *ps->p == '/')
                    break;
                if (ps->p == before)
                    return corrupt(ps, "expected a blank before an attribute");
                const char *an;
                size_t anl;
                if ((rc = read_name(ps, &an, &anl)) != 0)
                    return rc;
                skip_space(ps);
                if (ps->p >= ps->end || *ps->p != '=')
                    return corrupt(ps, "expected '=' in an attribute");
                ps->p++;
                skip_space(ps);
                if (ps->p >= ps->end || (*ps->p != '"' && *ps->p != '\''))
                    return corrupt(ps, "expected a quoted attribute value");
                char q = *ps->p++;
                const char *close = memchr(ps->p, q, (size_t)(ps->end - ps->p));
                if (close == NULL || memchr(ps->p, '<', (size_t)(close - ps->p)) != NULL)
                    return corrupt(ps, "bad attribute value");
                ps->p = close + 1;
            }
            int empty = *ps->p == '/';
            if (empty) {
                ps->p++;
                if (ps->p >= ps->end || *ps->p != '>')
                    return corrupt(ps, "expected '>' after '/'");
            }
            ps->p++;
            if ((rc = open_elem(ps, name, n, fn, opaque)) != 0)
                return rc;
            if (empty && (rc = close_elem(ps, name, n, fn, opaque)) != 0)
                return rc;
        }
    }
    if (ps->depth > 0)
        return corrupt(ps, "document ends inside an element");
    if (ps->roots == 0)
        return corrupt(ps, "no root element");
    return 0;
}

int rmq_xml_parse(const char *xml, size_t len, rmq_xml_fn fn, void *opaque, rmq_err_t *err)
{
    parser_t ps;
    memset(&ps, 0, sizeof(ps));
    ps.p = ps.start = xml;
    ps.end = xml + len;
    ps.err = err;
    rmq_wbuf_init(&ps.text, 64);
    int rc = parse(&ps, fn, opaque);
    rmq_wbuf_release(&ps.text);
    return rc;
}
