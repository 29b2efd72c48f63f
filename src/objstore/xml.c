/*
 * xml.c - the object store's XML reader (see xml.h for what is accepted and refused).
 *
 * A single forward pass over the bytes with an explicit stack of open elements: no recursion,
 * no entity definitions, no tree. The character data of all open elements lives in one buffer
 * used as a stack (each open element remembers where its text starts; its children's text is
 * cut off again when they close), so the memory held never exceeds the input. The attributes
 * of the tag being read go to a second buffer, reused for every tag. Every read is guarded by
 * the end pointer.
 */
#include "objstore/xml.h"

#include "common/buf.h"
#include "common/mem.h"

/* Bytes between '&' and ';' at most: "#x0010FFFF" has 10, leading zeros allowed. */
#define REF_MAX 12

typedef struct open_el {
    size_t plen;    /* path length before this element */
    size_t text_at; /* where its character data starts in ps->text */
} open_el_t;

typedef struct parser {
    const char *p, *end, *start;
    rmq_err_t *err;
    rmq_xml_fn fn;
    void *opaque;
    char path[RMQ_XML_MAX_PATH + 1];
    size_t plen;
    open_el_t stack[RMQ_XML_MAX_DEPTH];
    int depth;
    int roots;       /* root elements seen */
    rmq_wbuf_t text; /* character data of the open elements, the innermost last */
    rmq_wbuf_t abuf; /* "name\0value\0..." of the tag being read */
    size_t aoff[RMQ_XML_MAX_ATTRS][2];
    rmq_xml_attr_t attrs[RMQ_XML_MAX_ATTRS];
    size_t nattrs;
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

/* Bytes XML 1.0 forbids anywhere in a document: C0 controls other than tab, LF and CR. */
static int bad_byte(char c)
{
    return (unsigned char)c < 0x20 && c != '\t' && c != '\n' && c != '\r';
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
    if (*n > RMQ_XML_MAX_NAME)
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
        b[1] = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
        b[2] = (uint8_t)(0x80 | (cp & 0x3f));
        k = 3;
    } else {
        b[0] = (uint8_t)(0xf0 | cp >> 18);
        b[1] = (uint8_t)(0x80 | (cp >> 12 & 0x3f));
        b[2] = (uint8_t)(0x80 | (cp >> 6 & 0x3f));
        b[3] = (uint8_t)(0x80 | (cp & 0x3f));
        k = 4;
    }
    rmq_wbuf_append(wb, b, k);
}

/* Decodes the reference at ps->p ('&') and appends it to wb. */
static int reference(parser_t *ps, rmq_wbuf_t *wb)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    const char *e = ps->p + 1;
    const char *semi = memchr(e, ';', RMQ_MIN((size_t)(ps->end - e), (size_t)REF_MAX + 1));
    if (semi == NULL)
        return corrupt(ps, "unterminated or overlong reference");
    size_t n = (size_t)(semi - e);
    for (size_t i = 0; i < RMQ_ARRAY_SIZE(named); i++) {
        if (n == strlen(named[i].name) && memcmp(e, named[i].name, n) == 0) {
            rmq_wbuf_put_u8(wb, (uint8_t)named[i].c);
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
    /* XML's Char production: no NUL or other C0 control, no surrogate, no U+FFFE/U+FFFF. */
    if (!(cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
          (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000))
        return corrupt(ps, "character reference to a character XML forbids");
    put_utf8(wb, cp);
    ps->p = semi + 1;
    return 0;
}

/* Character data up to the next '<' or the end: the open element's, or blanks outside. */
static int text(parser_t *ps)
{
    while (ps->p < ps->end && *ps->p != '<') {
        if (ps->depth == 0) {
            if (!is_space(*ps->p))
                return corrupt(ps, "text outside the root element");
            ps->p++;
        } else if (*ps->p == '&') {
            int rc = reference(ps, &ps->text);
            if (rc != 0)
                return rc;
        } else {
            const char *s = ps->p;
            while (ps->p < ps->end && *ps->p != '<' && *ps->p != '&') {
                if (bad_byte(*ps->p))
                    return corrupt(ps, "control byte in text");
                ps->p++;
            }
            rmq_wbuf_append(&ps->text, s, (size_t)(ps->p - s));
        }
    }
    return 0;
}

/* One attribute, name="value" or name='value', at ps->p; appended to ps->abuf. */
static int attribute(parser_t *ps)
{
    const char *an;
    size_t anl;
    int rc = read_name(ps, &an, &anl);
    if (rc != 0)
        return rc;
    if (ps->nattrs == RMQ_XML_MAX_ATTRS)
        return corrupt(ps, "too many attributes");
    for (size_t i = 0; i < ps->nattrs; i++) {
        const char *other = (const char *)ps->abuf.data + ps->aoff[i][0];
        if (strlen(other) == anl && memcmp(other, an, anl) == 0)
            return corrupt(ps, "duplicate attribute");
    }
    skip_space(ps);
    if (ps->p >= ps->end || *ps->p != '=')
        return corrupt(ps, "expected '=' after an attribute name");
    ps->p++;
    skip_space(ps);
    if (ps->p >= ps->end || (*ps->p != '"' && *ps->p != '\''))
        return corrupt(ps, "expected a quoted attribute value");
    char q = *ps->p++;
    ps->aoff[ps->nattrs][0] = ps->abuf.len;
    rmq_wbuf_append(&ps->abuf, an, anl);
    rmq_wbuf_put_u8(&ps->abuf, 0);
    ps->aoff[ps->nattrs][1] = ps->abuf.len;
    for (;;) {
        if (ps->p >= ps->end)
            return corrupt(ps, "unterminated attribute value");
        char c = *ps->p;
        if (c == q)
            break;
        if (c == '<')
            return corrupt(ps, "'<' in an attribute value");
        if (bad_byte(c))
            return corrupt(ps, "control byte in an attribute value");
        if (c == '&') {
            if ((rc = reference(ps, &ps->abuf)) != 0)
                return rc;
            continue;
        }
        rmq_wbuf_put_u8(&ps->abuf, (uint8_t)c);
        ps->p++;
    }
    ps->p++;
    rmq_wbuf_put_u8(&ps->abuf, 0);
    ps->nattrs++;
    return 0;
}

static int emit(parser_t *ps, rmq_xml_event_t type)
{
    open_el_t *top = &ps->stack[ps->depth - 1];
    rmq_xml_ev_t ev = {
        .type = type,
        .path = ps->path,
        .name = ps->path + top->plen + (ps->depth > 1 ? 1 : 0),
        .depth = ps->depth,
    };
    ps->path[ps->plen] = '\0';
    if (type == RMQ_XML_START) {
        ev.attrs = ps->nattrs ? ps->attrs : NULL;
        ev.nattrs = ps->nattrs;
    } else {
        ev.len = ps->text.len - top->text_at;
        rmq_wbuf_put_u8(&ps->text, 0);
        ev.text = (const char *)ps->text.data + top->text_at;
    }
    return ps->fn(ps->opaque, &ev);
}

static int open_elem(parser_t *ps, const char *name, size_t n)
{
    if (ps->depth == 0 && ps->roots++ > 0)
        return corrupt(ps, "more than one root element");
    if (ps->depth == RMQ_XML_MAX_DEPTH)
        return corrupt(ps, "elements nested too deeply");
    size_t need = ps->plen + (ps->depth ? 1 : 0) + n;
    if (need > RMQ_XML_MAX_PATH)
        return corrupt(ps, "element path too long");
    ps->stack[ps->depth++] = (open_el_t){.plen = ps->plen, .text_at = ps->text.len};
    if (ps->plen)
        ps->path[ps->plen++] = '/';
    memcpy(ps->path + ps->plen, name, n);
    ps->plen += n;
    return emit(ps, RMQ_XML_START);
}

static int close_elem(parser_t *ps, const char *name, size_t n)
{
    if (ps->depth == 0)
        return corrupt(ps, "closing tag without an open element");
    open_el_t *top = &ps->stack[ps->depth - 1];
    size_t at = top->plen + (ps->depth > 1 ? 1 : 0);
    if (ps->plen - at != n || memcmp(ps->path + at, name, n) != 0)
        return corrupt(ps, "mismatched closing tag");
    int rc = emit(ps, RMQ_XML_END);
    ps->text.len = top->text_at; /* the parent's text goes on where it was */
    ps->plen = top->plen;
    ps->depth--;
    return rc;
}

static int start_tag(parser_t *ps)
{
    ps->p++; /* '<' */
    const char *name;
    size_t n;
    int rc = read_name(ps, &name, &n);
    if (rc != 0)
        return rc;
    rmq_wbuf_reset(&ps->abuf);
    ps->nattrs = 0;
    for (;;) {
        const char *before = ps->p;
        skip_space(ps);
        if (ps->p >= ps->end)
            return corrupt(ps, "unterminated tag");
        if (*ps->p == '>' || *ps->p == '/')
            break;
        if (ps->p == before)
            return corrupt(ps, "expected a blank before an attribute");
        if ((rc = attribute(ps)) != 0)
            return rc;
    }
    int empty = *ps->p == '/';
    if (empty) {
        ps->p++;
        if (ps->p >= ps->end || *ps->p != '>')
            return corrupt(ps, "expected '>' after '/'");
    }
    ps->p++;
    /* The buffer has stopped growing: the offsets can become pointers. */
    for (size_t i = 0; i < ps->nattrs; i++) {
        ps->attrs[i].name = (const char *)ps->abuf.data + ps->aoff[i][0];
        ps->attrs[i].value = (const char *)ps->abuf.data + ps->aoff[i][1];
    }
    if ((rc = open_elem(ps, name, n)) != 0)
        return rc;
    return empty ? close_elem(ps, name, n) : 0;
}

static int end_tag(parser_t *ps)
{
    ps->p += 2; /* "</" */
    const char *name;
    size_t n;
    int rc = read_name(ps, &name, &n);
    if (rc != 0)
        return rc;
    skip_space(ps);
    if (ps->p >= ps->end || *ps->p != '>')
        return corrupt(ps, "expected '>'");
    ps->p++;
    return close_elem(ps, name, n);
}

static int parse(parser_t *ps)
{
    int rc = 0;
    if (starts(ps, "\xef\xbb\xbf"))
        ps->p += 3; /* UTF-8 byte order mark */
    while (ps->p < ps->end && rc == 0) {
        if (*ps->p != '<') {
            rc = text(ps);
        } else if (starts(ps, "<?")) {
            ps->p += 2;
            rc = skip_past(ps, "?>", "unterminated processing instruction");
        } else if (starts(ps, "<!--")) {
            ps->p += 4;
            rc = skip_past(ps, "-->", "unterminated comment");
        } else if (starts(ps, "<![CDATA[")) {
            if (ps->depth == 0)
                return corrupt(ps, "CDATA outside the root element");
            ps->p += 9;
            const char *s = ps->p;
            if ((rc = skip_past(ps, "]]>", "unterminated CDATA section")) != 0)
                return rc;
            for (const char *c = s; c < ps->p - 3; c++) {
                if (bad_byte(*c)) {
                    ps->p = c;
                    return corrupt(ps, "control byte in CDATA");
                }
            }
            rmq_wbuf_append(&ps->text, s, (size_t)(ps->p - 3 - s));
        } else if (starts(ps, "<!")) {
            return corrupt(ps, "DOCTYPE and declarations are not accepted");
        } else if (starts(ps, "</")) {
            rc = end_tag(ps);
        } else {
            rc = start_tag(ps);
        }
    }
    if (rc != 0)
        return rc;
    if (ps->depth > 0)
        return corrupt(ps, "document ends inside an element");
    if (ps->roots == 0)
        return corrupt(ps, "no root element");
    return 0;
}

int rmq_xml_parse(const char *xml, size_t len, rmq_xml_fn fn, void *opaque, rmq_err_t *err)
{
    /* On the heap: the path and the attribute tables make it a few KiB. */
    parser_t *ps = rmq_calloc(1, sizeof(*ps));
    if (xml == NULL) {
        xml = "";
        len = 0;
    }
    ps->p = ps->start = xml;
    ps->end = xml + len;
    ps->err = err;
    ps->fn = fn;
    ps->opaque = opaque;
    rmq_wbuf_init(&ps->text, 64);
    rmq_wbuf_init(&ps->abuf, 64);
    int rc = parse(ps);
    rmq_wbuf_release(&ps->text);
    rmq_wbuf_release(&ps->abuf);
    free(ps);
    return rc;
}

const char *rmq_xml_attr(const rmq_xml_ev_t *ev, const char *name)
{
    for (size_t i = 0; i < ev->nattrs; i++)
        if (strcmp(ev->attrs[i].name, name) == 0)
            return ev->attrs[i].value;
    return NULL;
}
