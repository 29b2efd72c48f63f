/*
 * test_toml.c - targeted tests of the TOML parser: every value kind through the accessors,
 * source lines, error lines, the nesting limit, redefinition rules, hostile input.
 * (The full official suite runs in test_toml_conformance.c.)
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "common/mem.h"
#include "config/toml.h"

static rmq_toml_t *parse_ok(const char *text)
{
    rmq_toml_t *doc = NULL;
    rmq_err_t err;

    rmq_err_clear(&err);
    int rc = rmq_toml_parse(text, strlen(text), &doc, &err);
    if (rc != 0)
        print_error("unexpected parse error: %s\n", err.msg);
    assert_int_equal(rc, 0);
    assert_non_null(doc);
    return doc;
}

/* Parses text that must fail; returns the line number from "line N: ...". */
static int parse_fail_n(const char *text, size_t len, const char *needle)
{
    rmq_toml_t *doc = (rmq_toml_t *)1;
    rmq_err_t err;
    int line = -1;

    rmq_err_clear(&err);
    assert_int_equal(rmq_toml_parse(text, len, &doc, &err), RMQ_ESYNTAX);
    assert_null(doc);
    assert_int_equal(err.code, RMQ_ESYNTAX);
    assert_int_equal(sscanf(err.msg, "line %d:", &line), 1);
    if (needle && !strstr(err.msg, needle)) {
        print_error("message '%s' lacks '%s'\n", err.msg, needle);
        fail();
    }
    return line;
}

static int parse_fail(const char *text, const char *needle)
{
    return parse_fail_n(text, strlen(text), needle);
}

/* ------------------------------------------------------------------ value kinds */

static void test_scalars(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc = parse_ok("# comment\n"
                               "s = \"tab\\there \\u00E9 \\U0001F600\"\n"
                               "lit = 'C:\\path'\n"
                               "i = -42\n"
                               "hex = 0xDEAD_beef\n"
                               "oct = 0o755\n"
                               "bin = 0b1010\n"
                               "big = 9_223_372_036_854_775_807\n"
                               "small = -9223372036854775808\n"
                               "f = 6.02e+23\n"
                               "g = -1_000.5E-2\n"
                               "pinf = +inf\n"
                               "ninf = -inf\n"
                               "qnan = nan\n"
                               "t = true\n"
                               "fl = false\n");
    const rmq_toml_node_t *root = rmq_toml_root(doc);
    const char *s;
    size_t len;
    int64_t i;
    double d;
    bool b;

    assert_int_equal(rmq_toml_kind(root), RMQ_TOML_TABLE);
    assert_int_equal(rmq_toml_table_size(root), 15);

    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "s"), &s, &len), 0);
    assert_string_equal(s, "tab\there \xC3\xA9 \xF0\x9F\x98\x80");
    assert_int_equal(len, strlen(s));
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "lit"), &s, NULL), 0);
    assert_string_equal(s, "C:\\path");

    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "i"), &i), 0);
    assert_int_equal(i, -42);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "hex"), &i), 0);
    assert_int_equal(i, 0xDEADBEEF);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "oct"), &i), 0);
    assert_int_equal(i, 0755);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "bin"), &i), 0);
    assert_int_equal(i, 10);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "big"), &i), 0);
    assert_true(i == INT64_MAX);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "small"), &i), 0);
    assert_true(i == INT64_MIN);

    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "f"), &d), 0);
    assert_true(d == 6.02e23);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "g"), &d), 0);
    assert_true(d == -1000.5e-2);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "pinf"), &d), 0);
    assert_true(isinf(d) && d > 0);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "ninf"), &d), 0);
    assert_true(isinf(d) && d < 0);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "qnan"), &d), 0);
    assert_true(isnan(d));

    assert_int_equal(rmq_toml_bool(rmq_toml_table_get(root, "t"), &b), 0);
    assert_true(b);
    assert_int_equal(rmq_toml_bool(rmq_toml_table_get(root, "fl"), &b), 0);
    assert_false(b);

    /* Wrong kind and missing node: errors, output untouched. */
    i = 7;
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "f"), &i), RMQ_EINVAL);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(root, "i"), &d), RMQ_EINVAL);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "nope"), &i), RMQ_ENOTFOUND);
    assert_int_equal(i, 7);
    assert_int_equal(rmq_toml_string(root, &s, &len), RMQ_EINVAL);
    assert_null(rmq_toml_table_get(rmq_toml_table_get(root, "i"), "x"));
    assert_int_equal(rmq_toml_kind(NULL), RMQ_TOML_NONE);
    rmq_toml_free(doc);
}

static void test_strings(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc = parse_ok("ml = \"\"\"\n"
                               "one\n"
                               "two \\\n"
                               "     three\"\"\"\n"
                               "q = \"\"\"\"\"quoted\"\"\"\"\"\n"
                               "raw = '''\r\nfirst\r\n\\n'''\n"
                               "nul = \"a\\u0000b\"\n"
                               "esc = \"\\b\\f\\n\\r\\\"\\\\\"\n"
                               "empty = ''\n");
    const rmq_toml_node_t *root = rmq_toml_root(doc);
    const char *s;
    size_t len;

    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "ml"), &s, &len), 0);
    assert_string_equal(s, "one\ntwo three");
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "q"), &s, &len), 0);
    assert_string_equal(s, "\"\"quoted\"\"");
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "raw"), &s, &len), 0);
    assert_string_equal(s, "first\n\\n"); /* CRLF normalised, no escapes in literals */
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "nul"), &s, &len), 0);
    assert_int_equal(len, 3);
    assert_memory_equal(s, "a\0b", 3);
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "esc"), &s, &len), 0);
    assert_string_equal(s, "\b\f\n\r\"\\");
    assert_int_equal(rmq_toml_string(rmq_toml_table_get(root, "empty"), &s, &len), 0);
    assert_string_equal(s, "");
    assert_int_equal(len, 0);
    rmq_toml_free(doc);
}

static void test_datetimes(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc = parse_ok("odt = 1979-05-27 07:32:00.5-07:00\n"
                               "utc = 1979-05-27t07:32:00z\n"
                               "ldt = 2000-02-29T23:59:60\n"
                               "ld = 1979-05-27\n"
                               "lt = 00:32:00.123456789123\n"
                               "east = 2024-01-01T00:00:00+05:30\n");
    const rmq_toml_node_t *root = rmq_toml_root(doc);
    const rmq_toml_node_t *n;
    rmq_toml_datetime_t dt;

    n = rmq_toml_table_get(root, "odt");
    assert_int_equal(rmq_toml_kind(n), RMQ_TOML_DATETIME);
    assert_int_equal(rmq_toml_datetime(n, &dt), 0);
    assert_int_equal(dt.year, 1979);
    assert_int_equal(dt.month, 5);
    assert_int_equal(dt.day, 27);
    assert_int_equal(dt.hour, 7);
    assert_int_equal(dt.minute, 32);
    assert_int_equal(dt.second, 0);
    assert_int_equal(dt.nanosecond, 500000000);
    assert_int_equal(dt.offset_minutes, -420);
    assert_string_equal(rmq_toml_datetime_str(n), "1979-05-27T07:32:00.500-07:00");

    n = rmq_toml_table_get(root, "utc");
    assert_string_equal(rmq_toml_datetime_str(n), "1979-05-27T07:32:00Z");
    n = rmq_toml_table_get(root, "ldt");
    assert_int_equal(rmq_toml_kind(n), RMQ_TOML_DATETIME_LOCAL);
    assert_string_equal(rmq_toml_datetime_str(n), "2000-02-29T23:59:60");
    n = rmq_toml_table_get(root, "ld");
    assert_int_equal(rmq_toml_kind(n), RMQ_TOML_DATE_LOCAL);
    assert_string_equal(rmq_toml_datetime_str(n), "1979-05-27");
    assert_int_equal(rmq_toml_datetime(n, &dt), 0);
    assert_int_equal(dt.hour, 0);
    n = rmq_toml_table_get(root, "lt");
    assert_int_equal(rmq_toml_kind(n), RMQ_TOML_TIME_LOCAL);
    assert_string_equal(rmq_toml_datetime_str(n), "00:32:00.123456789");
    assert_int_equal(rmq_toml_datetime(n, &dt), 0);
    assert_int_equal(dt.year, 0);
    assert_int_equal(dt.nanosecond, 123456789);
    n = rmq_toml_table_get(root, "east");
    assert_string_equal(rmq_toml_datetime_str(n), "2024-01-01T00:00:00+05:30");
    assert_int_equal(rmq_toml_datetime(n, &dt), 0);
    assert_int_equal(dt.offset_minutes, 330);

    assert_null(rmq_toml_datetime_str(root));
    assert_int_equal(rmq_toml_datetime(root, &dt), RMQ_EINVAL);
    rmq_toml_free(doc);

    parse_fail("d = 1979-02-29\n", "does not exist");
    parse_fail("d = 1979-05-27T07:32\n", "HH:MM:SS");
    parse_fail("d = 07:32:00Z\n", "expected a newline");
    parse_fail("d = 1979-05-27T07:32:00+24:00\n", "offset");
}

static void test_tables_arrays_and_order(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc = parse_ok("zeta = 1\n"
                               "alpha = [1, 'two', [3.0], {x = 4}]\n"
                               "[srv]\n"
                               "name.first = \"a\"\n"
                               "name.last = \"b\"\n"
                               "[[srv.items]]\n"
                               "id = 1\n"
                               "[[srv.items]]\n"
                               "id = 2\n"
                               "[srv.items.meta]\n"
                               "deep = true\n");
    const rmq_toml_node_t *root = rmq_toml_root(doc), *a, *items, *v;
    const char *key;
    size_t klen;
    int64_t i;

    /* Definition order, not alphabetical. */
    assert_non_null(rmq_toml_table_at(root, 0, &key, &klen));
    assert_string_equal(key, "zeta");
    assert_non_null(rmq_toml_table_at(root, 1, &key, &klen));
    assert_string_equal(key, "alpha");
    assert_non_null(rmq_toml_table_at(root, 2, &key, NULL));
    assert_string_equal(key, "srv");
    assert_null(rmq_toml_table_at(root, 3, &key, NULL));

    a = rmq_toml_table_get(root, "alpha");
    assert_int_equal(rmq_toml_kind(a), RMQ_TOML_ARRAY);
    assert_int_equal(rmq_toml_array_len(a), 4);
    assert_int_equal(rmq_toml_kind(rmq_toml_array_at(a, 0)), RMQ_TOML_INTEGER);
    assert_int_equal(rmq_toml_kind(rmq_toml_array_at(a, 1)), RMQ_TOML_STRING);
    assert_int_equal(rmq_toml_kind(rmq_toml_array_at(a, 2)), RMQ_TOML_ARRAY);
    assert_int_equal(rmq_toml_kind(rmq_toml_array_at(a, 3)), RMQ_TOML_TABLE);
    assert_null(rmq_toml_array_at(a, 4));
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(rmq_toml_array_at(a, 3), "x"), &i), 0);
    assert_int_equal(i, 4);

    items = rmq_toml_find(root, "srv.items");
    assert_int_equal(rmq_toml_array_len(items), 2);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(rmq_toml_array_at(items, 1), "id"), &i), 0);
    assert_int_equal(i, 2);
    v = rmq_toml_find(rmq_toml_array_at(items, 1), "meta.deep");
    assert_int_equal(rmq_toml_kind(v), RMQ_TOML_BOOL);
    assert_null(rmq_toml_find(rmq_toml_array_at(items, 0), "meta"));
    assert_int_equal(rmq_toml_kind(rmq_toml_find(root, "srv.name.last")), RMQ_TOML_STRING);
    assert_null(rmq_toml_find(root, "srv.name.last.x"));
    assert_null(rmq_toml_find(root, "srv.nope"));
    rmq_toml_free(doc);
}

static void test_source_lines(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc = parse_ok("a = 1\n"      /* 1 */
                               "b = \"\"\"\n" /* 2 */
                               "x\n"          /* 3 */
                               "\"\"\"\n"     /* 4 */
                               "c = [\n"      /* 5 */
                               "  1,\n"       /* 6 */
                               "  2\n"        /* 7 */
                               "]\n"          /* 8 */
                               "\n"           /* 9 */
                               "[t]\r\n"      /* 10 */
                               "d.e = 'x'\n"  /* 11 */
                               "[[arr]]\n");  /* 12 */
    const rmq_toml_node_t *root = rmq_toml_root(doc);

    assert_int_equal(rmq_toml_line(root), 1);
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(root, "a")), 1);
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(root, "b")), 2);
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(root, "c")), 5);
    assert_int_equal(rmq_toml_line(rmq_toml_array_at(rmq_toml_table_get(root, "c"), 1)), 7);
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(root, "t")), 10);
    assert_int_equal(rmq_toml_line(rmq_toml_find(root, "t.d")), 11);
    assert_int_equal(rmq_toml_line(rmq_toml_find(root, "t.d.e")), 11);
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(root, "arr")), 12);
    assert_int_equal(rmq_toml_line(NULL), 0);
    rmq_toml_free(doc);

    /* A table created implicitly takes the line of the header that defines it. */
    doc = parse_ok("[x.y]\n\n[x]\n");
    assert_int_equal(rmq_toml_line(rmq_toml_table_get(rmq_toml_root(doc), "x")), 3);
    rmq_toml_free(doc);
}

static void test_error_lines(void **state)
{
    RMQ_UNUSED(state);
    assert_int_equal(parse_fail("a = 1\nb = 2\nc =\n", "expected a value"), 3);
    assert_int_equal(parse_fail("a = \"\"\"\n\n\n\"\"\"\nb = 1 2\n", "expected a newline"), 5);
    assert_int_equal(parse_fail("a = 1\r\nb = 2\r\na = 3\r\n", "duplicate key 'a'"), 3);
    assert_int_equal(parse_fail("[t]\nx = 1\n\n[t]\n", "defined twice"), 4);
    assert_int_equal(parse_fail("a = [\n1,\n2,,\n]\n", "expected a value"), 3);
    assert_int_equal(parse_fail("# ok\ns = \"abc\n", "newline in a single-line string"), 2);
    assert_int_equal(parse_fail("s = \"\"\"\nopen\n", "unterminated multi-line string"), 3);
    assert_int_equal(parse_fail("x = 1\n\n\n# bad \xC3\n", "invalid UTF-8"), 4);
    assert_int_equal(parse_fail("x = \"\\q\"\n", "invalid escape"), 1);
    assert_int_equal(parse_fail("x = \"\\uD800\"\n", "not a Unicode scalar"), 1);
    assert_int_equal(parse_fail("x = \"\\U00110000\"\n", "not a Unicode scalar"), 1);
    assert_int_equal(parse_fail("a\n= 1\n", "expected '='"), 1);
    assert_int_equal(parse_fail("x = 1\ny = \"a\x01\"\n", "control character"), 2);
    assert_int_equal(parse_fail("x = 1 # bell \x07\n", "control character"), 1);
    assert_int_equal(parse_fail("x = 1\ry = 2\n", "carriage return"), 1);
    assert_int_equal(parse_fail_n("x = 1\0\n", 7, "byte 0x00"), 1);
    assert_int_equal(parse_fail("t = {a = 1,\n b = 2}\n", "expected a key"), 1);
    assert_int_equal(parse_fail("t = {a = 1, }\n", "trailing comma"), 1);
}

static void test_numbers_rejected(void **state)
{
    RMQ_UNUSED(state);
    parse_fail("i = 9223372036854775808\n", "out of range");
    parse_fail("i = -9223372036854775809\n", "out of range");
    parse_fail("i = 0x8000000000000000\n", "out of range");
    parse_fail("i = 0o1777777777777777777777\n", "out of range");
    parse_fail("i = 99999999999999999999999999\n", "out of range");
    parse_fail("f = 1e400\n", "out of range");
    parse_fail("i = 012\n", "leading zero");
    parse_fail("i = 1__2\n", "'_'");
    parse_fail("i = 1_\n", "'_'");
    parse_fail("i = +0x10\n", NULL);
    parse_fail("i = 0X10\n", NULL);
    parse_fail("f = 1.\n", "fraction");
    parse_fail("f = .5\n", NULL);
    parse_fail("f = 1e\n", "exponent");
    parse_fail("f = infinity\n", NULL);
    parse_fail("f = NaN\n", NULL);
    parse_fail("b = True\n", "need quotes");
    parse_fail("b = tru\n", "lowercase");

    rmq_toml_t *doc = parse_ok("i = 0x7FFFFFFFFFFFFFFF\nf = 1e-400\nz = -0.0\ne = 1e05\n");
    int64_t i;
    double d;
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(rmq_toml_root(doc), "i"), &i), 0);
    assert_true(i == INT64_MAX);
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(rmq_toml_root(doc), "f"), &d), 0);
    assert_true(d == 0.0); /* underflow rounds to zero, that is fine */
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(rmq_toml_root(doc), "z"), &d), 0);
    assert_true(d == 0.0 && signbit(d));
    assert_int_equal(rmq_toml_float(rmq_toml_table_get(rmq_toml_root(doc), "e"), &d), 0);
    assert_true(d == 1e5);
    rmq_toml_free(doc);
}

static void test_redefinitions(void **state)
{
    RMQ_UNUSED(state);
    /* Invalid: each of these tries to define or extend something a second time. */
    parse_fail("a = 1\na = 2\n", "duplicate key");
    parse_fail("a = 1\na.b = 2\n", "already defined");
    parse_fail("a.b = 1\na.b.c = 2\n", "already defined");
    parse_fail("[a]\n[a]\n", "defined twice");
    parse_fail("[a]\nb = 1\n[a.b]\n", "already defined");
    parse_fail("a.b = 1\n[a]\n", "defined twice");
    parse_fail("[a.b]\n[a]\nb.c = 1\n", "dotted keys cannot extend");
    parse_fail("a = {b = 1}\na.c = 2\n", "inline table");
    parse_fail("a = {b = 1}\n[a.c]\n", "inline table");
    parse_fail("a = {b.c = 1}\n[a.b.d]\n", "inline table");
    parse_fail("a = {b = {c = 1}, b.d = 2}\n", "inline table");
    parse_fail("a = []\n[[a]]\n", "not an array of tables");
    parse_fail("a = [{b = 1}]\n[a.c]\n", "already defined as an array");
    parse_fail("[[a]]\n[a]\n", "already defined as an array");
    parse_fail("[a]\n[[a]]\n", "not an array of tables");
    parse_fail("[[a]]\nb.c = 1\n[a.b]\n", "defined twice");
    parse_fail("[[a]]\n[a]\n", NULL);

    /* Valid: implicit tables defined later, tables added under dotted ones, new [[a]] rows. */
    rmq_toml_t *doc = parse_ok("[a.b.c]\n"
                               "[a]\n"
                               "x = 1\n"
                               "[fruit]\n"
                               "apple.color = 'red'\n"
                               "[fruit.apple.texture]\n"
                               "smooth = true\n"
                               "[[rows]]\n"
                               "k.v = 1\n"
                               "[[rows]]\n"
                               "k.v = 2\n"
                               "[rows.k2]\n"
                               "[p.q]\n"
                               "[p]\n"
                               "r.s = 1\n"); /* r is new in p: fine */
    const rmq_toml_node_t *root = rmq_toml_root(doc);
    assert_int_equal(rmq_toml_kind(rmq_toml_find(root, "a.b.c")), RMQ_TOML_TABLE);
    assert_int_equal(rmq_toml_kind(rmq_toml_find(root, "fruit.apple.texture.smooth")),
                     RMQ_TOML_BOOL);
    assert_int_equal(rmq_toml_array_len(rmq_toml_table_get(root, "rows")), 2);
    rmq_toml_free(doc);

    /* Dotted keys may add to a table that only exists because a header passed through it;
     * after that a header can no longer define it. */
    doc = parse_ok("[a.b.c]\n[a]\nb.d = 1\n");
    assert_int_equal(rmq_toml_kind(rmq_toml_find(rmq_toml_root(doc), "a.b.d")), RMQ_TOML_INTEGER);
    rmq_toml_free(doc);
    parse_fail("[a.b.c]\n[a]\nb.d = 1\n[a.b]\n", "defined twice");
}

/* ------------------------------------------------------------------ limits and hostile input */

static char *repeat(const char *head, const char *unit, int n, const char *tail)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    char *s = rmq_malloc(hl + ul * (size_t)n + tl + 1);
    size_t o = 0;

    memcpy(s, head, hl);
    o += hl;
    for (int i = 0; i < n; i++, o += ul)
        memcpy(s + o, unit, ul);
    memcpy(s + o, tail, tl + 1);
    return s;
}

static void test_depth_limit(void **state)
{
    RMQ_UNUSED(state);
    /* Arrays: the value of a root key sits at depth 1, so 128 nested arrays fit. */
    {
        char *o = repeat("a = ", "[", RMQ_TOML_MAX_DEPTH, "");
        char *c = repeat(o, "]", RMQ_TOML_MAX_DEPTH, "\n");
        rmq_toml_t *doc = parse_ok(c);
        const rmq_toml_node_t *n = rmq_toml_table_get(rmq_toml_root(doc), "a");
        int depth = 0;
        while (rmq_toml_kind(n) == RMQ_TOML_ARRAY && depth < 1000) {
            depth++;
            n = rmq_toml_array_at(n, 0);
        }
        assert_int_equal(depth, RMQ_TOML_MAX_DEPTH);
        rmq_toml_free(doc);
        free(o);
        free(c);

        o = repeat("a = ", "[", RMQ_TOML_MAX_DEPTH + 1, "");
        c = repeat(o, "]", RMQ_TOML_MAX_DEPTH + 1, "\n");
        parse_fail(c, "nesting deeper than 128");
        free(o);
        free(c);
    }

    /* Inline tables, dotted keys and headers are bounded the same way. */
    {
        char *o = repeat("a = ", "{b = ", RMQ_TOML_MAX_DEPTH + 1, "1");
        char *c = repeat(o, "}", RMQ_TOML_MAX_DEPTH + 1, "\n");
        parse_fail(c, "nesting deeper");
        free(o);
        free(c);

        c = repeat("a", ".a", RMQ_TOML_MAX_DEPTH, " = 1\n"); /* 129 parts */
        parse_fail(c, "more than 128 parts");
        free(c);
        c = repeat("a", ".a", RMQ_TOML_MAX_DEPTH - 1, " = 1\n"); /* 128 parts: 127 tables */
        rmq_toml_free(parse_ok(c));
        free(c);

        c = repeat("[a", ".a", RMQ_TOML_MAX_DEPTH - 1, "]\n"); /* a table at depth 128 */
        rmq_toml_free(parse_ok(c));
        free(c);
        c = repeat("[[a", ".a", RMQ_TOML_MAX_DEPTH - 1, "]]\n"); /* its array row: 129 */
        parse_fail(c, "nesting deeper");
        free(c);
        c = repeat("[a", ".a", RMQ_TOML_MAX_DEPTH - 1, "]\nx = []\n"); /* array at 129 */
        parse_fail(c, "nesting deeper");
        free(c);
    }

    /* A million unclosed brackets: rejected quickly, no stack overflow. */
    {
        char *c = repeat("a = ", "[", 1000000, "");
        parse_fail(c, "nesting deeper");
        free(c);
        c = repeat("a = ", "{b=", 1000000, "");
        parse_fail(c, "nesting deeper");
        free(c);
    }
}

static void test_many_keys_and_odd_keys(void **state)
{
    RMQ_UNUSED(state);
    size_t cap = 2000 * 32, o = 0;
    char *text = rmq_malloc(cap);
    const rmq_toml_node_t *root;
    rmq_toml_t *doc;
    int64_t v;

    for (int i = 0; i < 2000; i++)
        o += (size_t)snprintf(text + o, cap - o, "key%d = %d\n", i, i * 3);
    doc = parse_ok(text);
    root = rmq_toml_root(doc);
    assert_int_equal(rmq_toml_table_size(root), 2000);
    for (int i = 0; i < 2000; i += 7) {
        char k[16];
        snprintf(k, sizeof(k), "key%d", i);
        assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, k), &v), 0);
        assert_int_equal(v, i * 3);
        const char *key;
        assert_non_null(rmq_toml_table_at(root, (size_t)i, &key, NULL));
        assert_string_equal(key, k);
    }
    assert_null(rmq_toml_table_get(root, "key2000"));
    rmq_toml_free(doc);
    free(text);

    doc = parse_ok("\"\" = 1\n\"a\\u0000b\" = 2\n'a.b' = 3\n\"\xE2\x82\xAC\" = 4\n1.2 = 5\n");
    root = rmq_toml_root(doc);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, ""), &v), 0);
    assert_int_equal(v, 1);
    assert_int_equal(rmq_toml_int(rmq_toml_table_getn(root, "a\0b", 3), &v), 0);
    assert_int_equal(v, 2);
    assert_null(rmq_toml_table_get(root, "a")); /* not confused by the NUL */
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "a.b"), &v), 0);
    assert_int_equal(v, 3);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(root, "\xE2\x82\xAC"), &v), 0);
    assert_int_equal(v, 4);
    assert_int_equal(rmq_toml_int(rmq_toml_find(root, "1.2"), &v), 0); /* dotted: 1 -> 2 */
    assert_int_equal(v, 5);
    rmq_toml_free(doc);
}

static void test_encoding_and_empty(void **state)
{
    RMQ_UNUSED(state);
    rmq_toml_t *doc;
    int64_t v;

    doc = parse_ok("");
    assert_int_equal(rmq_toml_table_size(rmq_toml_root(doc)), 0);
    rmq_toml_free(doc);
    doc = parse_ok("\xEF\xBB\xBFx = 1");
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(rmq_toml_root(doc), "x"), &v), 0);
    assert_int_equal(v, 1);
    rmq_toml_free(doc);
    assert_int_equal(rmq_toml_parse(NULL, 0, &doc, NULL), 0); /* empty, no text */
    rmq_toml_free(doc);

    /* Not NUL-terminated: only len bytes are read. */
    const char buf[] = {'x', ' ', '=', ' ', '7', '!', '!'};
    assert_int_equal(rmq_toml_parse(buf, 5, &doc, NULL), 0);
    assert_int_equal(rmq_toml_int(rmq_toml_table_get(rmq_toml_root(doc), "x"), &v), 0);
    assert_int_equal(v, 7);
    rmq_toml_free(doc);

    parse_fail("s = \"\xED\xA0\x80\"\n", "invalid UTF-8");      /* a surrogate */
    parse_fail("s = \"\xC0\xAF\"\n", "invalid UTF-8");          /* overlong */
    parse_fail("s = \"\xF4\x90\x80\x80\"\n", "invalid UTF-8");  /* above U+10FFFF */
    parse_fail("s = \"\xE2\x82\"", "invalid UTF-8");            /* cut at the end */
    parse_fail("x = 1\n\xEF\xBB\xBFy = 2\n", "expected a key"); /* BOM only at the start */
    rmq_toml_free(NULL);
}

/* Every prefix of a valid document either parses or fails cleanly (no crash, no leak). */
static void test_truncations(void **state)
{
    RMQ_UNUSED(state);
    const char *text = "[a]\nb = \"\"\"x\n\"\"\"\nc = [1, {d = 2020-01-01T00:00:00Z}]\n"
                       "[[e]]\nf.g = 'h' # c\n";
    size_t n = strlen(text);
    int ok = 0;

    for (size_t len = 0; len <= n; len++) {
        char *copy = rmq_malloc(len ? len : 1);
        rmq_toml_t *doc = NULL;
        rmq_err_t err;
        memcpy(copy, text, len);
        int rc = rmq_toml_parse(copy, len, &doc, &err);
        assert_true(rc == 0 || rc == RMQ_ESYNTAX);
        if (rc == 0)
            ok++;
        else
            assert_int_equal(strncmp(err.msg, "line ", 5), 0);
        rmq_toml_free(doc);
        free(copy);
    }
    assert_true(ok >= 2); /* at least the empty and the full text */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scalars),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_datetimes),
        cmocka_unit_test(test_tables_arrays_and_order),
        cmocka_unit_test(test_source_lines),
        cmocka_unit_test(test_error_lines),
        cmocka_unit_test(test_numbers_rejected),
        cmocka_unit_test(test_redefinitions),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_many_keys_and_odd_keys),
        cmocka_unit_test(test_encoding_and_empty),
        cmocka_unit_test(test_truncations),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
