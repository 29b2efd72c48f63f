#!/usr/bin/python3
"""Generates RustMQ's Kafka message codecs (C) from Apache Kafka's JSON message schemas.

Usage:
    /usr/bin/python3 tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas \
        --out src/kafka/gen [--errors ../shared/protocol/kafka-error-codes.tsv]

For every API in APIS it reads <Name>Request.json and <Name>Response.json (plus RequestHeader.json
and ResponseHeader.json) and writes, into --out:

    <api>.h / <api>.c   structs, init/decode/encode functions and reflection descriptors for the
                        API's request and response (<api> is the snake_case API name)
    headers.h/.c        RequestHeader (v0-2) and ResponseHeader (v0-1)
    desc.h              the reflection descriptor types (rmq_kmsg_desc_t ...)
    api.h / api.c       API key enum, the rmq_kafka_api_versions[] table, header versions,
                        dispatch helpers, whole-frame read/write helpers
    error_codes.h/.c    RMQ_KERR_* enum and name/message lookups from the error-code TSV
    meson.build         adds the .c files to core_src

Standard library only; the output is deterministic (the freshness test compares it byte for
byte). See docs/protocol-codegen.md for the mapping from schema to C.
"""

import argparse
import json
import os
import re
import sys

# (api key, name) of every API we generate, in api-key order.
APIS = [
    (0, "Produce"),
    (1, "Fetch"),
    (2, "ListOffsets"),
    (3, "Metadata"),
    (8, "OffsetCommit"),
    (9, "OffsetFetch"),
    (10, "FindCoordinator"),
    (11, "JoinGroup"),
    (12, "Heartbeat"),
    (13, "LeaveGroup"),
    (14, "SyncGroup"),
    (15, "DescribeGroups"),
    (16, "ListGroups"),
    (17, "SaslHandshake"),
    (18, "ApiVersions"),
    (19, "CreateTopics"),
    (20, "DeleteTopics"),
    (21, "DeleteRecords"),
    (22, "InitProducerId"),
    (23, "OffsetForLeaderEpoch"),
    (29, "DescribeAcls"),
    (30, "CreateAcls"),
    (31, "DeleteAcls"),
    (32, "DescribeConfigs"),
    (33, "AlterConfigs"),
    (36, "SaslAuthenticate"),
    (37, "CreatePartitions"),
    (42, "DeleteGroups"),
    (44, "IncrementalAlterConfigs"),
    (47, "OffsetDelete"),
    (50, "DescribeUserScramCredentials"),
    (51, "AlterUserScramCredentials"),
    (60, "DescribeCluster"),
]

MAXV = 0x7FFF  # "open" upper end of a version range
MAX_DEPTH = 8  # deepest struct nesting we accept (decoders recurse once per level)

REGEN = ("GENERATED FILE - do not edit. Regenerate: make gen "
         "(tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen)")

# Primitive kinds: C type, reader/writer suffix, fixed wire size (None: variable).
PRIMS = {
    "bool": ("bool", "bool", 1),
    "int8": ("int8_t", "int8", 1),
    "int16": ("int16_t", "int16", 2),
    "uint16": ("uint16_t", "uint16", 2),
    "int32": ("int32_t", "int32", 4),
    "uint32": ("uint32_t", "uint32", 4),
    "int64": ("int64_t", "int64", 8),
    "float64": ("double", "float64", 8),
    "uuid": ("rmq_kw_uuid_t", "uuid", 16),
    "string": ("rmq_kw_str_t", "str", None),
    "bytes": ("rmq_kw_bytes_t", "bytes", None),
    "records": ("rmq_kw_bytes_t", "bytes", None),
}
INT_RANGES = {
    "int8": (-(1 << 7), (1 << 7) - 1),
    "int16": (-(1 << 15), (1 << 15) - 1),
    "uint16": (0, (1 << 16) - 1),
    "int32": (-(1 << 31), (1 << 31) - 1),
    "uint32": (0, (1 << 32) - 1),
    "int64": (-(1 << 63), (1 << 63) - 1),
}
DESC_KIND = {
    "bool": "RMQ_KF_BOOL", "int8": "RMQ_KF_INT8", "int16": "RMQ_KF_INT16",
    "uint16": "RMQ_KF_UINT16", "int32": "RMQ_KF_INT32", "uint32": "RMQ_KF_UINT32",
    "int64": "RMQ_KF_INT64", "float64": "RMQ_KF_FLOAT64", "uuid": "RMQ_KF_UUID",
    "string": "RMQ_KF_STRING", "bytes": "RMQ_KF_BYTES", "records": "RMQ_KF_RECORDS",
}
C_KEYWORDS = set("""auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof static struct switch
typedef union unsigned void volatile while bool true false""".split())

FIELD_KEYS = {"name", "type", "versions", "about", "ignorable", "default", "fields",
              "nullableVersions", "entityType", "mapKey", "taggedVersions", "tag",
              "flexibleVersions", "zeroCopy"}
TOP_KEYS = {"apiKey", "type", "listeners", "name", "validVersions", "deprecatedVersions",
            "flexibleVersions", "fields", "commonStructs", "latestVersionUnstable"}


class SchemaError(Exception):
    pass


# -------------------------------------------------------------------------------------------------
# Schema reading


def strip_comments(text):
    """Removes // comments (outside JSON strings) so the rest parses as JSON."""
    out = []
    i, n = 0, len(text)
    in_str = False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_str = False
            i += 1
        elif c == '"':
            in_str = True
            out.append(c)
            i += 1
        elif c == "/" and i + 1 < n and text[i + 1] == "/":
            while i < n and text[i] != "\n":
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        try:
            return json.loads(strip_comments(f.read()))
        except json.JSONDecodeError as e:
            raise SchemaError("%s: %s" % (path, e))


class Versions:
    """A contiguous version range [lo, hi]; empty when lo > hi."""

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    @staticmethod
    def parse(s, what):
        s = str(s).strip()
        if s == "none":
            return Versions(MAXV, -1)
        m = re.fullmatch(r"(\d+)\+", s)
        if m:
            return Versions(int(m.group(1)), MAXV)
        m = re.fullmatch(r"(\d+)-(\d+)", s)
        if m:
            return Versions(int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"(\d+)", s)
        if m:
            return Versions(int(m.group(1)), int(m.group(1)))
        raise SchemaError("%s: bad version range %r" % (what, s))

    def empty(self):
        return self.lo > self.hi

    def __and__(self, o):
        return Versions(max(self.lo, o.lo), min(self.hi, o.hi))

    def contains(self, v):
        return self.lo <= v <= self.hi

    def covers(self, o):
        return o.empty() or (self.lo <= o.lo and o.hi <= self.hi)

    def hull(self, o):
        if self.empty():
            return o
        if o.empty():
            return self
        return Versions(min(self.lo, o.lo), max(self.hi, o.hi))

    def __str__(self):
        if self.empty():
            return "none"
        if self.hi == MAXV:
            return "%d+" % self.lo
        if self.lo == self.hi:
            return "%d" % self.lo
        return "%d-%d" % (self.lo, self.hi)

    def __iter__(self):
        return iter(range(self.lo, self.hi + 1))


def snake(name):
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.lower()
    if s in C_KEYWORDS:
        s += "_"
    return s


class Struct:
    def __init__(self, msg, name, fields_json, where):
        self.msg = msg
        self.name = name
        self.where = where  # schema path for messages ("ProduceRequest.TopicData[]")
        self.cname = "rmq_%s_t" % name if name == msg.name else "rmq_%s_%s_t" % (msg.name, name)
        self.base = self.cname[:-2]  # prefix of functions: rmq_<Msg>[_<Struct>]
        self.fields_json = fields_json
        self.fields = []
        self.within = Versions(MAXV, -1)  # versions in which code for this struct runs
        self.depth = 0
        self.needs_isdef = False

    @property
    def short(self):
        return self.base[len("rmq_"):]


class Field:
    def __init__(self, struct, fj):
        msg = struct.msg
        where = "%s.%s" % (struct.where, fj.get("name", "?"))
        unknown = set(fj) - FIELD_KEYS
        if unknown:
            raise SchemaError("%s: unknown field keys %s" % (where, sorted(unknown)))
        self.where = where
        self.name = fj["name"]
        self.cname = snake(self.name)
        self.about = fj.get("about", "")
        t = fj["type"]
        self.array = t.startswith("[]")
        self.elem = t[2:] if self.array else t
        if "versions" not in fj:
            raise SchemaError("%s: no versions" % where)
        self.versions = Versions.parse(fj["versions"], where) & msg.valid
        self.nullable = Versions.parse(fj.get("nullableVersions", "none"), where) & self.versions
        self.tagged = Versions(MAXV, -1)
        self.tag = None
        if "tag" in fj or "taggedVersions" in fj:
            if "tag" not in fj or "taggedVersions" not in fj:
                raise SchemaError("%s: tag and taggedVersions go together" % where)
            self.tag = int(fj["tag"])
            tv = Versions.parse(fj["taggedVersions"], where)
            if tv.hi != MAXV:
                raise SchemaError("%s: taggedVersions must be open-ended" % where)
            if not msg.flexible.covers(tv & msg.valid):
                raise SchemaError("%s: tagged outside flexible versions" % where)
            self.tagged = tv & self.versions
        if "flexibleVersions" in fj:
            self.flexible = Versions.parse(fj["flexibleVersions"], where) & msg.flexible
        else:
            self.flexible = msg.flexible
        # Versions in which the field sits in the ordinary (non-tagged) sequence. taggedVersions
        # is open-ended, so this is the part of versions before it.
        if self.tagged.empty():
            self.regular = self.versions
        else:
            self.regular = Versions(self.versions.lo, min(self.versions.hi, self.tagged.lo - 1))
        self.default = fj.get("default")
        self.struct = None
        if self.elem in PRIMS:
            if "fields" in fj:
                raise SchemaError("%s: primitive type with fields" % where)
        else:
            if self.nullable.lo <= self.nullable.hi and not self.array:
                raise SchemaError("%s: nullable struct fields are not supported" % where)
            if "fields" in fj:
                self.struct = msg.define_struct(self.elem, fj["fields"], where + ("[]" if self.array else ""))
            elif self.elem in msg.common:
                self.struct = msg.common[self.elem]
            else:
                raise SchemaError("%s: unknown type %s" % (where, t))
        self.check_default()

    def check_default(self):
        d = self.default
        if d is None:
            return
        if self.array or self.struct:
            if d != "null":
                raise SchemaError("%s: arrays and structs take no default" % self.where)
        elif self.elem in INT_RANGES:
            v = parse_int(d, self.where)
            lo, hi = INT_RANGES[self.elem]
            if not lo <= v <= hi:
                raise SchemaError("%s: default %s out of range" % (self.where, d))
        elif self.elem == "bool":
            if d not in ("true", "false"):
                raise SchemaError("%s: bad bool default %r" % (self.where, d))
        elif self.elem == "float64":
            float(d)
        elif self.elem in ("string", "bytes", "records"):
            if d == "null" and self.nullable.empty() and not self.versions.empty():
                raise SchemaError("%s: null default on a non-nullable field" % self.where)
            if self.elem != "string" and d != "null":
                raise SchemaError("%s: bytes defaults other than null are not supported" % self.where)
        elif self.elem == "uuid":
            pass  # Kafka's uuid defaults are the zero uuid

    @property
    def def_null(self):
        if self.elem == "records" and not self.array:
            return True
        return self.default == "null"


def parse_int(s, where):
    s = str(s).strip()
    try:
        if re.fullmatch(r"-?0[0-7]+", s):
            return int(s, 8)
        return int(s, 0)
    except ValueError:
        raise SchemaError("%s: bad integer %r" % (where, s))


class Message:
    def __init__(self, js, path):
        unknown = set(js) - TOP_KEYS
        if unknown:
            raise SchemaError("%s: unknown top-level keys %s" % (path, sorted(unknown)))
        self.name = js["name"]
        self.file = os.path.basename(path)
        self.type = js["type"]
        self.api_key = js.get("apiKey", -1)
        self.valid = Versions.parse(js["validVersions"], self.name)
        if self.valid.empty() or self.valid.hi == MAXV:
            raise SchemaError("%s: validVersions must be a closed range" % self.name)
        self.flexible = Versions.parse(js.get("flexibleVersions", "none"), self.name)
        self.latest_unstable = bool(js.get("latestVersionUnstable", False))
        self.structs = []  # definition order: every struct after the structs it contains
        self.by_name = {}
        self.common = {}
        for cj in js.get("commonStructs", []):
            s = Struct(self, cj["name"], cj["fields"], "%s.%s" % (self.name, cj["name"]))
            self.common[cj["name"]] = s
            self.by_name[cj["name"]] = s
        for s in list(self.common.values()):
            self.build(s)
        self.root = Struct(self, self.name, js["fields"], self.name)
        self.build(self.root)
        self.root.within = self.valid
        self.propagate(self.root, 1)

    def define_struct(self, name, fields_json, where):
        if name in self.by_name or name == self.name:
            raise SchemaError("%s: struct %s defined twice" % (where, name))
        s = Struct(self, name, fields_json, where)
        self.by_name[name] = s
        self.build(s)
        return s

    def build(self, s):
        for fj in s.fields_json:
            s.fields.append(Field(s, fj))
        names = set()
        for f in s.fields:
            for n in [f.cname] + ([f.cname + "_count"] if f.array else []):
                if n in names:
                    raise SchemaError("%s: C field name %s collides" % (f.where, n))
                names.add(n)
        tags = [f.tag for f in s.fields if f.tag is not None]
        if len(tags) != len(set(tags)):
            raise SchemaError("%s: duplicate tags" % s.where)
        self.structs.append(s)

    def propagate(self, s, depth):
        """Computes where each struct's code runs (version hull) and nesting depth."""
        if depth > MAX_DEPTH:
            raise SchemaError("%s: nesting deeper than %d" % (s.where, MAX_DEPTH))
        s.depth = max(s.depth, depth)
        for f in s.fields:
            if f.struct is not None:
                w = f.versions & s.within
                if not w.empty():
                    f.struct.within = f.struct.within.hull(w)
                self.propagate(f.struct, depth + 1)
                if not f.tagged.empty() and not f.array:
                    mark_isdef(f.struct)


def mark_isdef(s):
    s.needs_isdef = True
    for f in s.fields:
        if f.struct is not None and not f.array:
            mark_isdef(f.struct)


# -------------------------------------------------------------------------------------------------
# C expressions


def cond(rng, within):
    """C condition on `version`, true exactly for the versions of `within` that are in rng."""
    r = rng & within
    if r.empty():
        return "false"
    if r.lo <= within.lo and r.hi >= within.hi:
        return "true"
    parts = []
    if r.lo > within.lo:
        parts.append("version >= %d" % r.lo)
    if r.hi < within.hi:
        parts.append("version <= %d" % r.hi)
    return " && ".join(parts)


def c_int(v, kind):
    if kind == "int64":
        if v == -(1 << 63):
            return "INT64_MIN"
        return "INT64_C(%d)" % v
    if kind == "uint32":
        return "UINT32_C(%d)" % v
    if kind == "int32" and v == -(1 << 31):
        return "INT32_MIN"
    return "%d" % v


def c_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "?":
            out.append("\\?")  # no trigraphs
        elif 32 <= o < 127:
            out.append(ch)
        else:
            for b in ch.encode("utf-8"):
                out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def comment_text(s):
    s = " ".join(s.split())
    s = s.replace("*/", "* /").replace("/*", "/ *")
    return "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in s)


def default_value_expr(f):
    """C expression of the field's default (non-array, non-struct)."""
    k = f.elem
    d = f.default
    if k in INT_RANGES:
        return c_int(parse_int(d, f.where) if d is not None else 0, k)
    if k == "bool":
        return "true" if d == "true" else "false"
    if k == "float64":
        return repr(float(d)) if d is not None else "0.0"
    if k == "string":
        if f.def_null:
            return "RMQ_KW_STR_NULL"
        return "RMQ_KW_STR_LIT(%s)" % c_str(d or "")
    if k in ("bytes", "records"):
        if f.def_null:
            return "RMQ_KW_BYTES_NULL"
        return "((rmq_kw_bytes_t){(const uint8_t *)\"\", 0})"
    raise AssertionError(k)


def is_default_expr(f, lhs):
    """C expression: the field's value (lhs) equals its default."""
    k = f.elem
    if f.array:
        return "%s_count %s" % (lhs, "< 0" if f.def_null else "== 0")
    if f.struct is not None:
        return "isdef_%s(&%s)" % (f.struct.short, lhs)
    if k == "uuid":
        return "rmq_kw_uuid_is_zero(&%s)" % lhs
    if k == "string":
        if f.def_null:
            return "%s.ptr == NULL" % lhs
        return "rmq_kw_str_is(%s, %s)" % (lhs, c_str(f.default or ""))
    if k in ("bytes", "records"):
        if f.def_null:
            return "%s.ptr == NULL" % lhs
        return "(%s.ptr != NULL && %s.len == 0)" % (lhs, lhs)
    return "%s == %s" % (lhs, default_value_expr(f))


def wire_min(f, v):
    """Smallest wire size of field f (regular, present) at version v."""
    compact = f.flexible.contains(v)
    if f.array:
        return 1 if compact else 4
    if f.struct is not None:
        return struct_min(f.struct, v)
    size = PRIMS[f.elem][2]
    if size is not None:
        return size
    if f.elem == "string":
        return 1 if compact else 2
    return 1 if compact else 4


def struct_min(s, v):
    n = 1 if s.msg.flexible.contains(v) else 0
    for f in s.fields:
        if f.regular.contains(v):
            n += wire_min(f, v)
    return n


def item_min(f, within):
    """Smallest wire size of one item of array f over the versions where it is read."""
    best = None
    for v in f.versions & within:
        if f.struct is not None:
            m = struct_min(f.struct, v)
        else:
            size = PRIMS[f.elem][2]
            if size is None:
                compact = f.flexible.contains(v)
                size = (1 if compact else 2) if f.elem == "string" else (1 if compact else 4)
            m = size
        best = m if best is None else min(best, m)
    if best is None:
        return 1
    if best == 0:
        raise SchemaError("%s: array items can be empty on the wire" % f.where)
    return best


# -------------------------------------------------------------------------------------------------
# Code emission


class Out:
    def __init__(self):
        self.lines = []

    def __call__(self, s="", *args):
        self.lines.append((s % args) if args else s)

    def text(self):
        return "\n".join(self.lines) + "\n"


def ctype(f):
    if f.struct is not None:
        return f.struct.cname
    return PRIMS[f.elem][0]


def emit_struct_def(o, s):
    o("/* %s */", comment_text(s.where + (" (versions %s)" % s.within if s is not s.msg.root else "")))
    o("typedef struct %s {", s.cname[:-2])
    if not s.fields:
        o("    char unused_; /* no fields */")
    for f in s.fields:
        info = "v%s" % f.versions
        if not f.nullable.empty():
            info += ", nullable v%s" % f.nullable
        if not f.tagged.empty():
            info += ", tag %d v%s" % (f.tag, f.tagged)
        if f.default is not None:
            info += ", default %s" % f.default
        about = comment_text(f.about)
        if f.array:
            o("    %s *%s; /* %s: %s */", ctype(f), f.cname, info, about)
            o("    int32_t %s_count; /* items in %s; -1: null */", f.cname, f.cname)
        else:
            o("    %s %s; /* %s: %s */", ctype(f), f.cname, info, about)
    o("} %s;", s.cname)
    o("")


def emit_init(o, s):
    o("void %s_init(%s *v)", s.base, s.cname)
    o("{")
    o("    memset(v, 0, sizeof(*v));")
    for f in s.fields:
        lhs = "v->" + f.cname
        if f.array:
            if f.def_null:
                o("    %s_count = -1;", lhs)
        elif f.struct is not None:
            o("    %s_init(&%s);", f.struct.base, lhs)
        elif f.elem == "uuid":
            pass
        else:
            e = default_value_expr(f)
            if e not in ("0", "false", "0.0", "INT64_C(0)", "UINT32_C(0)", "RMQ_KW_STR_NULL",
                         "RMQ_KW_BYTES_NULL"):
                o("    %s = %s;", lhs, e)
    o("}")
    o("")


def read_item(f, rd, compact):
    """Statement decoding one value (not an array) of f's element type into LHS."""
    k = f.elem
    if f.struct is not None:
        return "dec_%s(%s, version, arena, &LHS);" % (f.struct.short, rd)
    if k == "string":
        return "LHS = rmq_kw_read_str(%s, %s, NULLABLE);" % (rd, compact)
    if k in ("bytes", "records"):
        return "LHS = rmq_kw_read_bytes(%s, %s, NULLABLE);" % (rd, compact)
    return "LHS = rmq_kw_read_%s(%s);" % (PRIMS[k][1], rd)


def emit_decode_field(o, f, rd, within, ind):
    pad = " " * ind
    compact = cond(f.flexible, within)
    nullable = cond(f.nullable, within)
    lhs = "out->" + f.cname
    if f.array:
        n = "n_" + f.cname
        o("%s{", pad)
        o("%s    int32_t %s = rmq_kw_read_array_len(%s, %s, %s, %d);", pad, n, rd, compact,
          nullable, item_min(f, within))
        o("%s    %s_count = %s;", pad, lhs, n)
        o("%s    %s = rmq_kw_array_alloc(%s, arena, %s, sizeof(*%s));", pad, lhs, rd, n, lhs)
        o("%s    for (int32_t i = 0; i < %s && !(%s)->err; i++)", pad, n, rd)
        o("%s        %s", pad,
          read_item(f, rd, compact).replace("LHS", lhs + "[i]").replace("NULLABLE", "false"))
        o("%s}", pad)
    else:
        o("%s%s", pad, read_item(f, rd, compact).replace("LHS", lhs).replace("NULLABLE", nullable))


def write_item(f, compact, val):
    k = f.elem
    if f.struct is not None:
        return "enc_%s(w, version, &%s);" % (f.struct.short, val)
    if k == "string":
        return "rmq_kw_write_str(w, %s, %s, NULLABLE);" % (val, compact)
    if k == "bytes":
        return "rmq_kw_write_bytes(w, %s, %s, NULLABLE);" % (val, compact)
    if k == "records":
        return "rmq_kw_write_records(w, %s, %s, NULLABLE);" % (val, compact)
    if k == "uuid":
        return "rmq_kw_write_uuid(w, &%s);" % val
    return "rmq_kw_write_%s(w, %s);" % (PRIMS[k][1], val)


def emit_encode_field(o, f, within, ind):
    pad = " " * ind
    compact = cond(f.flexible, within)
    nullable = cond(f.nullable, within)
    v = "in->" + f.cname
    if f.array:
        o("%srmq_kw_write_array_len(w, %s_count, %s, %s);", pad, v, compact, nullable)
        o("%sif (%s_count > 0 && !%s)", pad, v, v)
        o("%s    rmq_kw_write_fail(w, RMQ_EINVAL, \"%s: count without items\");", pad,
          f.where.split(".", 1)[-1])
        o("%selse", pad)
        o("%s    for (int32_t i = 0; i < %s_count; i++)", pad, v)
        o("%s        %s", pad, write_item(f, compact, v + "[i]").replace("NULLABLE", "false"))
    else:
        o("%s%s", pad, write_item(f, compact, v).replace("NULLABLE", nullable))


def emit_isdef(o, s):
    o("static bool isdef_%s(const %s *in)", s.short, s.cname)
    o("{")
    terms = [is_default_expr(f, "in->" + f.cname) for f in s.fields]
    if not terms:
        o("    (void)in;")
        o("    return true;")
    else:
        o("    return %s;", " &&\n           ".join("(%s)" % t for t in terms))
    o("}")
    o("")


def emit_decoder(o, s):
    within = s.within
    o("static void dec_%s(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, %s *out)",
      s.short, s.cname)
    o("{")
    o("    (void)version;")
    o("    (void)arena;")
    o("    %s_init(out);", s.base)
    for f in s.fields:
        c = cond(f.regular, within)
        if c == "false":
            continue
        if c == "true":
            emit_decode_field(o, f, "r", f.regular & within, 4)
        else:
            o("    if (%s) {", c)
            emit_decode_field(o, f, "r", f.regular & within, 8)
            o("    }")
    fc = cond(s.msg.flexible, within)
    if fc != "false":
        tagged = sorted([f for f in s.fields if not (f.tagged & within).empty()],
                        key=lambda f: f.tag)
        ind = 4 if fc == "true" else 8
        pad = " " * ind
        if fc != "true":
            o("    if (%s) {", fc)
        o("%suint32_t ntags = rmq_kw_read_tag_count(r);", pad)
        o("%sfor (uint32_t t = 0; t < ntags && !r->err; t++) {", pad)
        o("%s    rmq_kw_reader_t sub;", pad)
        o("%s    uint32_t tag = rmq_kw_read_tag_begin(r, &sub);", pad)
        first = True
        for f in tagged:
            tw = f.tagged & within
            tc = cond(tw, within)
            test = "tag == %d" % f.tag + ("" if tc == "true" else " && (%s)" % tc)
            o("%s    %sif (%s) {", pad, "" if first else "} else ", test)
            emit_decode_field(o, f, "&sub", tw, ind + 8)
            first = False
        if first:
            o("%s    (void)tag;", pad)
            o("%s    rmq_kw_skip_rest(&sub); /* no known tags: skip */", pad)
        else:
            o("%s    } else {", pad)
            o("%s        rmq_kw_skip_rest(&sub); /* unknown tag: skip */", pad)
            o("%s    }", pad)
        o("%s    rmq_kw_read_tag_end(r, &sub);", pad)
        o("%s}", pad)
        if fc != "true":
            o("    }")
    o("}")
    o("")


def emit_encoder(o, s):
    within = s.within
    o("static void enc_%s(rmq_kw_writer_t *w, int16_t version, const %s *in)", s.short, s.cname)
    o("{")
    o("    (void)version;")
    o("    (void)in;")
    for f in s.fields:
        c = cond(f.regular, within)
        if c == "false":
            continue
        if c == "true":
            emit_encode_field(o, f, f.regular & within, 4)
        else:
            o("    if (%s) {", c)
            emit_encode_field(o, f, f.regular & within, 8)
            o("    }")
    fc = cond(s.msg.flexible, within)
    if fc != "false":
        tagged = sorted([f for f in s.fields if not (f.tagged & within).empty()],
                        key=lambda f: f.tag)
        ind = 4 if fc == "true" else 8
        pad = " " * ind
        if fc != "true":
            o("    if (%s) {", fc)
        if not tagged:
            o("%srmq_kw_write_uvarint(w, 0); /* no tagged fields */", pad)
        else:
            for f in tagged:
                tc = cond(f.tagged & within, within)
                nd = "!(%s)" % is_default_expr(f, "in->" + f.cname)
                o("%sconst bool has_%s = %s;", pad, f.cname,
                  nd if tc == "true" else "(%s) && %s" % (tc, nd))
            o("%srmq_kw_write_uvarint(w, %s);", pad,
              " + ".join("(uint32_t)has_%s" % f.cname for f in tagged))
            for f in tagged:
                tw = f.tagged & within
                o("%sif (has_%s) {", pad, f.cname)
                o("%s    size_t mark = rmq_kw_write_tag_begin(w, %d);", pad, f.tag)
                emit_encode_field(o, f, tw, ind + 4)
                o("%s    rmq_kw_write_tag_end(w, mark);", pad)
                o("%s}", pad)
        if fc != "true":
            o("    }")
    o("}")
    o("")


def vlo(r):
    return r.lo if not r.empty() else MAXV


def vhi(r):
    return r.hi if not r.empty() else -1


def emit_desc(o, s):
    if s.fields:
        o("static const rmq_kfield_desc_t fields_%s[] = {", s.short)
        for f in s.fields:
            kind = "RMQ_KF_STRUCT" if f.struct is not None else DESC_KIND[f.elem]
            parts = [
                ".name = %s" % c_str(f.cname),
                ".kafka_name = %s" % c_str(f.name),
                ".kind = %s" % kind,
                ".array = %s" % ("true" if f.array else "false"),
                ".ver_lo = %d" % vlo(f.versions),
                ".ver_hi = %d" % vhi(f.versions),
                ".null_lo = %d" % vlo(f.nullable),
                ".null_hi = %d" % vhi(f.nullable),
                ".tag_lo = %d" % vlo(f.tagged),
                ".flex_lo = %d" % vlo(f.flexible),
                ".tag = %d" % (f.tag if f.tag is not None else 0),
                ".offset = offsetof(%s, %s)" % (s.cname, f.cname),
            ]
            if f.array:
                parts.append(".count_offset = offsetof(%s, %s_count)" % (s.cname, f.cname))
                parts.append(".item_size = sizeof(%s)" % ctype(f))
            elif f.struct is not None:
                parts.append(".item_size = sizeof(%s)" % ctype(f))
            if f.struct is not None:
                parts.append(".sub = &desc_%s" % f.struct.short)
            parts.append(".def_null = %s" % ("true" if f.def_null else "false"))
            if not f.array and f.struct is None:
                if f.elem in INT_RANGES:
                    parts.append(".def_int = %s" % c_int(parse_int(f.default, f.where)
                                                           if f.default is not None else 0,
                                                           "int64"))
                elif f.elem == "bool":
                    parts.append(".def_int = %d" % (1 if f.default == "true" else 0))
                elif f.elem == "float64":
                    parts.append(".def_float = %s" % default_value_expr(f))
                elif f.elem == "string" and not f.def_null:
                    parts.append(".def_str = %s" % c_str(f.default or ""))
            o("    {%s},", ", ".join(parts))
        o("};")
    o("static const rmq_kstruct_desc_t desc_%s = {", s.short)
    o("    .name = %s,", c_str(s.cname))
    o("    .size = sizeof(%s),", s.cname)
    o("    .fields = %s,", "fields_%s" % s.short if s.fields else "NULL")
    o("    .nfields = %d,", len(s.fields))
    o("};")
    o("")


def emit_message_c(o, m):
    structs = m.structs
    o("/* ---- %s (%s, versions %s, flexible %s) ---- */", m.name, m.file, m.valid, m.flexible)
    o("")
    for s in structs:
        if s.within.empty():
            continue
        o("static void dec_%s(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, %s *out);",
          s.short, s.cname)
        o("static void enc_%s(rmq_kw_writer_t *w, int16_t version, const %s *in);",
          s.short, s.cname)
        if s.needs_isdef:
            o("static bool isdef_%s(const %s *in);", s.short, s.cname)
    o("")
    for s in structs:
        emit_init(o, s)
    for s in structs:
        if s.within.empty():
            continue
        if s.needs_isdef:
            emit_isdef(o, s)
        emit_decoder(o, s)
        emit_encoder(o, s)
    r = m.root
    o("int %s_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, %s *out)",
      r.base, r.cname)
    o("{")
    o("    if (version < %d || version > %d)", m.valid.lo, m.valid.hi)
    o("        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, \"unsupported %s version\");", m.name)
    o("    dec_%s(r, version, arena, out);", r.short)
    o("    return r->err;")
    o("}")
    o("")
    o("int %s_encode(rmq_wbuf_t *wb, int16_t version, const %s *in)", r.base, r.cname)
    o("{")
    o("    rmq_kw_writer_t w;")
    o("    if (version < %d || version > %d)", m.valid.lo, m.valid.hi)
    o("        return RMQ_EUNSUPPORTED;")
    o("    rmq_kw_writer_init(&w, wb);")
    o("    enc_%s(&w, version, in);", r.short)
    o("    return w.err;")
    o("}")
    o("")
    # Reflection.
    for s in structs:
        emit_desc(o, s)
    o("static void any_init_%s(void *msg)", m.name)
    o("{")
    o("    %s_init(msg);", r.base)
    o("}")
    o("")
    o("static int any_decode_%s(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out)",
      m.name)
    o("{")
    o("    return %s_decode(r, version, arena, out);", r.base)
    o("}")
    o("")
    o("static int any_encode_%s(rmq_wbuf_t *wb, int16_t version, const void *in)", m.name)
    o("{")
    o("    return %s_encode(wb, version, in);", r.base)
    o("}")
    o("")
    o("const rmq_kmsg_desc_t %s_desc = {", r.base)
    o("    .name = %s,", c_str(m.name))
    o("    .api_key = %d,", m.api_key)
    o("    .request = %s,", "true" if m.type in ("request",) or m.name == "RequestHeader" else "false")
    o("    .min_version = %d,", m.valid.lo)
    o("    .max_version = %d,", m.valid.hi)
    o("    .flex_lo = %d,", vlo(m.flexible))
    o("    .root = &desc_%s,", r.short)
    o("    .init = any_init_%s,", m.name)
    o("    .decode = any_decode_%s,", m.name)
    o("    .encode = any_encode_%s,", m.name)
    o("};")
    o("")


def emit_message_h(o, m):
    o("/* ==== %s: versions %s, flexible %s (from %s) ==== */", m.name, m.valid, m.flexible, m.file)
    o("")
    for s in m.structs:
        emit_struct_def(o, s)
    o("/* Set every field to its schema default (what decoding stores for absent fields). */")
    for s in m.structs:
        o("void %s_init(%s *v);", s.base, s.cname)
    r = m.root
    o("")
    o("/*")
    o(" * Decodes a %s of the given version from r into out (arrays from arena; strings,", m.name)
    o(" * bytes and records are views into r's buffer). Returns 0, or r's first error:")
    o(" * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside %s.", m.valid)
    o(" */")
    o("int %s_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, %s *out);",
      r.base, r.cname)
    o("/*")
    o(" * Appends in, encoded as the given version, to wb. Fields absent from that version are")
    o(" * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside %s, nothing written) or", m.valid)
    o(" * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).")
    o(" */")
    o("int %s_encode(rmq_wbuf_t *wb, int16_t version, const %s *in);", r.base, r.cname)
    o("extern const rmq_kmsg_desc_t %s_desc;", r.base)
    o("")


def header_preamble(o, guard, what):
    o("/* %s */", REGEN)
    o("/*")
    o(" * %s", what)
    o(" * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are")
    o(" * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.")
    o(" */")
    o("#ifndef %s", guard)
    o("#define %s", guard)
    o("")
    o("#include <stdbool.h>")
    o("#include <stdint.h>")
    o("")
    o('#include "common/arena.h"')
    o('#include "common/buf.h"')
    o('#include "kafka/gen/desc.h"')
    o('#include "kafka/wire.h"')
    o("")


def gen_api_files(api_name, msgs, base):
    h = Out()
    guard = "RMQ_KAFKA_GEN_%s_H" % base.upper()
    header_preamble(h, guard, "Kafka %s: message structs and codecs (from %s)." % (
        api_name, ", ".join(m.file for m in msgs)))
    for m in msgs:
        emit_message_h(h, m)
    h("#endif")
    c = Out()
    c("/* %s */", REGEN)
    c('#include "kafka/gen/%s.h"', base)
    c("")
    for m in msgs:
        emit_message_c(c, m)
    return h.text(), c.text()


DESC_H = r"""/* %(regen)s */
/*
 * desc.h - reflection descriptors of the generated Kafka messages.
 *
 * Every generated message has an rmq_kmsg_desc_t (rmq_<Msg>_desc) describing its C layout field
 * by field: kind, offset, the versions in which it is present, nullable, tagged, and compact,
 * and its default. Tests use them to fill, compare and independently encode every message;
 * they are also enough to print a decoded message for debugging.
 *
 * Version ranges are inclusive [lo, hi]; an empty range has lo > hi (lo = 32767, hi = -1).
 */
#ifndef RMQ_KAFKA_GEN_DESC_H
#define RMQ_KAFKA_GEN_DESC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/wire.h"

#define RMQ_KDESC_NEVER 0x7fff /* tag_lo / flex_lo / lo of an empty range */

typedef enum rmq_kf_kind {
    RMQ_KF_BOOL,    /* bool */
    RMQ_KF_INT8,    /* int8_t */
    RMQ_KF_INT16,   /* int16_t */
    RMQ_KF_UINT16,  /* uint16_t */
    RMQ_KF_INT32,   /* int32_t */
    RMQ_KF_UINT32,  /* uint32_t */
    RMQ_KF_INT64,   /* int64_t */
    RMQ_KF_FLOAT64, /* double */
    RMQ_KF_UUID,    /* rmq_kw_uuid_t */
    RMQ_KF_STRING,  /* rmq_kw_str_t */
    RMQ_KF_BYTES,   /* rmq_kw_bytes_t */
    RMQ_KF_RECORDS, /* rmq_kw_bytes_t (a record-batch blob) */
    RMQ_KF_STRUCT   /* a nested struct, see sub */
} rmq_kf_kind_t;

typedef struct rmq_kstruct_desc rmq_kstruct_desc_t;

typedef struct rmq_kfield_desc {
    const char *name;              /* C field name (snake_case) */
    const char *kafka_name;        /* name in the schema */
    uint8_t kind;                  /* rmq_kf_kind_t of the value, or of each item of an array */
    bool array;                    /* T *name + int32_t name_count (-1: null) */
    int16_t ver_lo, ver_hi;        /* present in these versions */
    int16_t null_lo, null_hi;      /* nullable in these versions */
    int16_t tag_lo;                /* tagged (not in the fixed sequence) from this version on */
    int16_t flex_lo;               /* compact string/bytes/array encoding from this version on */
    uint32_t tag;                  /* the tag, when tag_lo != RMQ_KDESC_NEVER */
    size_t offset;                 /* offsetof the value (arrays: of the items pointer) */
    size_t count_offset;           /* arrays: offsetof the int32_t count */
    size_t item_size;              /* arrays: size of one item; structs: size of the struct */
    const rmq_kstruct_desc_t *sub; /* RMQ_KF_STRUCT: the struct's descriptor */
    bool def_null;                 /* default is null (strings, bytes, records, arrays) */
    int64_t def_int;               /* default of integer and bool kinds */
    double def_float;              /* default of float64 */
    const char *def_str;           /* default of a non-null string */
} rmq_kfield_desc_t;

struct rmq_kstruct_desc {
    const char *name; /* C type name */
    size_t size;      /* sizeof the C struct */
    const rmq_kfield_desc_t *fields;
    size_t nfields;
};

typedef struct rmq_kmsg_desc {
    const char *name;      /* "ProduceRequest", "RequestHeader", ... */
    int16_t api_key;       /* -1 for the headers */
    bool request;          /* request (or request header) rather than response */
    int16_t min_version;   /* versions we generate: [min_version, max_version] */
    int16_t max_version;
    int16_t flex_lo;       /* first flexible version, RMQ_KDESC_NEVER if none */
    const rmq_kstruct_desc_t *root;
    /* The message's init / decode / encode behind untyped pointers (msg is the root struct). */
    void (*init)(void *msg);
    int (*decode)(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, void *out);
    int (*encode)(rmq_wbuf_t *wb, int16_t version, const void *in);
} rmq_kmsg_desc_t;

#endif
"""


def gen_headers_files(msgs):
    h = Out()
    header_preamble(h, "RMQ_KAFKA_GEN_HEADERS_H",
                    "Kafka request header (v0-2) and response header (v0-1).")
    for m in msgs:
        emit_message_h(h, m)
    h("#endif")
    c = Out()
    c("/* %s */", REGEN)
    c('#include "kafka/gen/headers.h"')
    c("")
    for m in msgs:
        emit_message_c(c, m)
    return h.text(), c.text()


def api_base(name):
    return snake(name).rstrip("_")


def gen_api_table(apis):
    """apis: list of (key, name, request Message, response Message)."""
    h = Out()
    h("/* %s */", REGEN)
    h("""/*
 * api.h - every Kafka API RustMQ generates: key enum, version table, header versions and
 * dispatch by API key.
 *
 * Versions: rmq_kafka_api_versions[] lists, per API, the request/response versions the codecs
 * handle ([min_version, max_version], every version the schemas list as valid) and the first
 * flexible version (-1: none). A server advertises these in ApiVersionsResponse.
 *
 * ApiVersions rule: a broker must answer an ApiVersionsRequest whose version it does not support
 * (newer than max_version) with error UNSUPPORTED_VERSION in a *version 0* ApiVersionsResponse
 * (response header v0), listing its supported versions, so the client can retry with a version
 * both sides know. rmq_kafka_request_read returns RMQ_EUNSUPPORTED with the header decoded for
 * such a request, and rmq_ApiVersionsResponse_encode(wb, 0, ...) encodes the answer.
 *
 * Thread: no global state; everything here may be called from any thread.
 */
#ifndef RMQ_KAFKA_GEN_API_H
#define RMQ_KAFKA_GEN_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "common/err.h"
#include "kafka/gen/desc.h"
#include "kafka/gen/headers.h\"""")
    for key, name, rq, rs in apis:
        h('#include "kafka/gen/%s.h"', api_base(name))
    h("#include \"kafka/wire.h\"")
    h("")
    h("/* API keys of the generated APIs. */")
    h("typedef enum rmq_kafka_api_key {")
    for key, name, rq, rs in apis:
        h("    RMQ_KAFKA_API_%s = %d,", snake(name).upper(), key)
    h("} rmq_kafka_api_key_t;")
    h("")
    h("""typedef struct rmq_kafka_api {
    int16_t api_key;
    const char *name;           /* "Produce" */
    int16_t min_version;        /* lowest version we decode and encode */
    int16_t max_version;        /* highest version we decode and encode */
    int16_t first_flexible;     /* first flexible version, -1 if none */
    bool latest_unstable;       /* the schema marks max_version as unstable */
    const rmq_kmsg_desc_t *request;
    const rmq_kmsg_desc_t *response;
} rmq_kafka_api_t;

/* Sorted by api_key. */
extern const rmq_kafka_api_t rmq_kafka_api_versions[];
extern const size_t rmq_kafka_api_count;

/* Every generated message descriptor (requests, responses, both headers). */
extern const rmq_kmsg_desc_t *const rmq_kafka_messages[];
extern const size_t rmq_kafka_message_count;

/* The table entry of api_key, or NULL when we do not generate it. */
const rmq_kafka_api_t *rmq_kafka_api_get(int16_t api_key);

/* True when we generate api_key at api_version. */
bool rmq_kafka_api_supported(int16_t api_key, int16_t api_version);

/*
 * Header versions for (api_key, api_version): request header 2 and response header 1 in
 * flexible versions, else 1 and 0; ApiVersionsResponse always uses response header 0. Flexible
 * ranges are open-ended, so a version above max_version still gets an answer (needed to read the
 * header of a too-new ApiVersionsRequest). -1 for an unknown api_key or a negative version.
 */
int16_t rmq_kafka_request_header_version(int16_t api_key, int16_t api_version);
int16_t rmq_kafka_response_header_version(int16_t api_key, int16_t api_version);

/*
 * Body codecs by API key. decode allocates the message struct (rmq_<Api>Request_t or
 * rmq_<Api>Response_t) from arena and stores it in *out. Return values as the per-message
 * functions; RMQ_EUNSUPPORTED for an unknown key or version (the decoders record it in r).
 */
int rmq_kafka_request_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                             rmq_arena_t *arena, void **out);
int rmq_kafka_request_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             const void *msg);
int rmq_kafka_response_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                              rmq_arena_t *arena, void **out);
int rmq_kafka_response_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                              const void *msg);

/* A decoded request frame. */
typedef struct rmq_kafka_request {
    int16_t api_key;
    int16_t api_version;
    int16_t header_version;
    rmq_RequestHeader_t header;
    void *body; /* rmq_<Api>Request_t in the arena; NULL unless read returned 0 */
} rmq_kafka_request_t;

/*
 * Decodes a whole request frame (header and body, without the 4-byte size prefix) from
 * frame[0..len). Bytes after the body are ignored (as Kafka does). Returns 0;
 * RMQ_EUNSUPPORTED for an API key or version we do not generate (api_key, api_version and as
 * much of the header as that version allows are still filled: the caller can answer, see the
 * ApiVersions rule above); RMQ_ETRUNC / RMQ_ECORRUPT for malformed bytes. err gets a message.
 * Views in req point into frame, arrays into arena.
 */
int rmq_kafka_request_read(const void *frame, size_t len, rmq_arena_t *arena,
                           rmq_kafka_request_t *req, rmq_err_t *err);

/*
 * Appends a request frame (header of the right version, then body; no size prefix) for
 * hdr->request_api_key / request_api_version. Returns 0 or an encode error.
 */
int rmq_kafka_request_write(rmq_wbuf_t *wb, const rmq_RequestHeader_t *hdr, const void *body);

/*
 * Appends a response frame (header of the right version for api_key/api_version, then body;
 * no size prefix). Returns 0 or an encode error.
 */
int rmq_kafka_response_write(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             int32_t correlation_id, const void *body);

/*
 * Decodes a response frame (without size prefix) of a request sent as api_key/api_version.
 * *body gets the response struct allocated in arena. Returns 0 or an error as above.
 */
int rmq_kafka_response_read(const void *frame, size_t len, int16_t api_key, int16_t api_version,
                            rmq_arena_t *arena, rmq_ResponseHeader_t *hdr, void **body,
                            rmq_err_t *err);

#endif""")
    c = Out()
    c("/* %s */", REGEN)
    c('#include "kafka/gen/api.h"')
    c("")
    c("const rmq_kafka_api_t rmq_kafka_api_versions[] = {")
    for key, name, rq, rs in apis:
        c("    {%d, %s, %d, %d, %d, %s, &%s_desc, &%s_desc},", key, c_str(name), rq.valid.lo,
          rq.valid.hi, rq.flexible.lo if not rq.flexible.empty() else -1,
          "true" if (rq.latest_unstable or rs.latest_unstable) else "false",
          rq.root.base, rs.root.base)
    c("};")
    c("const size_t rmq_kafka_api_count = %d;", len(apis))
    c("")
    c("const rmq_kmsg_desc_t *const rmq_kafka_messages[] = {")
    c("    &rmq_RequestHeader_desc,")
    c("    &rmq_ResponseHeader_desc,")
    for key, name, rq, rs in apis:
        c("    &%s_desc,", rq.root.base)
        c("    &%s_desc,", rs.root.base)
    c("};")
    c("const size_t rmq_kafka_message_count = %d;", 2 + 2 * len(apis))
    c("")
    c("const rmq_kafka_api_t *rmq_kafka_api_get(int16_t api_key)")
    c("{")
    c("    switch (api_key) {")
    for i, (key, name, rq, rs) in enumerate(apis):
        c("    case %d:", key)
        c("        return &rmq_kafka_api_versions[%d];", i)
    c("    default:")
    c("        return NULL;")
    c("    }")
    c("}")
    c("")
    c("""bool rmq_kafka_api_supported(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    return api && api_version >= api->min_version && api_version <= api->max_version;
}

int16_t rmq_kafka_request_header_version(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api || api_version < 0)
        return -1;
    return (api->first_flexible >= 0 && api_version >= api->first_flexible) ? 2 : 1;
}

int16_t rmq_kafka_response_header_version(int16_t api_key, int16_t api_version)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api || api_version < 0)
        return -1;
    /* ApiVersionsResponse keeps header v0 so that any client can read it (KIP-511). */
    if (api_key == RMQ_KAFKA_API_API_VERSIONS)
        return 0;
    return (api->first_flexible >= 0 && api_version >= api->first_flexible) ? 1 : 0;
}

static int body_decode(const rmq_kmsg_desc_t *d, rmq_kw_reader_t *r, int16_t api_version,
                       rmq_arena_t *arena, void **out)
{
    *out = NULL;
    void *msg = rmq_arena_alloc(arena, d->root->size);
    int rc = d->decode(r, api_version, arena, msg);
    if (rc == 0)
        *out = msg;
    return rc;
}

int rmq_kafka_request_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                             rmq_arena_t *arena, void **out)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    *out = NULL;
    if (!api)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unknown API key");
    return body_decode(api->request, r, api_version, arena, out);
}

int rmq_kafka_response_decode(rmq_kw_reader_t *r, int16_t api_key, int16_t api_version,
                              rmq_arena_t *arena, void **out)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    *out = NULL;
    if (!api)
        return rmq_kw_fail(r, RMQ_EUNSUPPORTED, "unknown API key");
    return body_decode(api->response, r, api_version, arena, out);
}

int rmq_kafka_request_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             const void *msg)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api)
        return RMQ_EUNSUPPORTED;
    return api->request->encode(wb, api_version, msg);
}

int rmq_kafka_response_encode(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                              const void *msg)
{
    const rmq_kafka_api_t *api = rmq_kafka_api_get(api_key);
    if (!api)
        return RMQ_EUNSUPPORTED;
    return api->response->encode(wb, api_version, msg);
}

int rmq_kafka_request_read(const void *frame, size_t len, rmq_arena_t *arena,
                           rmq_kafka_request_t *req, rmq_err_t *err)
{
    rmq_kw_reader_t r;
    int rc;

    memset(req, 0, sizeof(*req));
    rmq_RequestHeader_init(&req->header);
    rmq_kw_reader_init(&r, frame, len);
    if (len < 4) {
        rmq_kw_fail(&r, RMQ_ETRUNC, "request shorter than its API key and version");
        return rmq_kw_reader_error(&r, err, "request header");
    }
    req->api_key = (int16_t)rmq_be16(frame);
    req->api_version = (int16_t)rmq_be16((const uint8_t *)frame + 2);
    req->header_version = rmq_kafka_request_header_version(req->api_key, req->api_version);
    if (req->header_version < 0) {
        /* Unknown API or negative version: read the fields every header version starts with. */
        rmq_RequestHeader_decode(&r, 0, arena, &req->header);
        if (r.err)
            return rmq_kw_reader_error(&r, err, "request header");
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "API key %d version %d not supported",
                           req->api_key, req->api_version);
    }
    if (rmq_RequestHeader_decode(&r, req->header_version, arena, &req->header) != 0)
        return rmq_kw_reader_error(&r, err, "request header");
    if (!rmq_kafka_api_supported(req->api_key, req->api_version)) {
        const rmq_kafka_api_t *api = rmq_kafka_api_get(req->api_key);
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "%sRequest version %d not in %d..%d",
                           api->name, req->api_version, api->min_version, api->max_version);
    }
    rc = rmq_kafka_request_decode(&r, req->api_key, req->api_version, arena, &req->body);
    if (rc != 0) {
        const rmq_kafka_api_t *api = rmq_kafka_api_get(req->api_key);
        char ctx[64];
        snprintf(ctx, sizeof(ctx), "%sRequest v%d", api->name, req->api_version);
        return rmq_kw_reader_error(&r, err, ctx);
    }
    return 0;
}

int rmq_kafka_request_write(rmq_wbuf_t *wb, const rmq_RequestHeader_t *hdr, const void *body)
{
    int16_t hv = rmq_kafka_request_header_version(hdr->request_api_key, hdr->request_api_version);
    if (hv < 0 || !rmq_kafka_api_supported(hdr->request_api_key, hdr->request_api_version))
        return RMQ_EUNSUPPORTED;
    int rc = rmq_RequestHeader_encode(wb, hv, hdr);
    if (rc != 0)
        return rc;
    return rmq_kafka_request_encode(wb, hdr->request_api_key, hdr->request_api_version, body);
}

int rmq_kafka_response_write(rmq_wbuf_t *wb, int16_t api_key, int16_t api_version,
                             int32_t correlation_id, const void *body)
{
    rmq_ResponseHeader_t hdr;
    int16_t hv = rmq_kafka_response_header_version(api_key, api_version);
    if (hv < 0 || !rmq_kafka_api_supported(api_key, api_version))
        return RMQ_EUNSUPPORTED;
    rmq_ResponseHeader_init(&hdr);
    hdr.correlation_id = correlation_id;
    int rc = rmq_ResponseHeader_encode(wb, hv, &hdr);
    if (rc != 0)
        return rc;
    return rmq_kafka_response_encode(wb, api_key, api_version, body);
}

int rmq_kafka_response_read(const void *frame, size_t len, int16_t api_key, int16_t api_version,
                            rmq_arena_t *arena, rmq_ResponseHeader_t *hdr, void **body,
                            rmq_err_t *err)
{
    rmq_kw_reader_t r;
    int16_t hv = rmq_kafka_response_header_version(api_key, api_version);

    *body = NULL;
    rmq_ResponseHeader_init(hdr);
    if (hv < 0 || !rmq_kafka_api_supported(api_key, api_version))
        return rmq_err_set(err, RMQ_EUNSUPPORTED, "API key %d version %d not supported",
                           api_key, api_version);
    rmq_kw_reader_init(&r, frame, len);
    if (rmq_ResponseHeader_decode(&r, hv, arena, hdr) != 0)
        return rmq_kw_reader_error(&r, err, "response header");
    if (rmq_kafka_response_decode(&r, api_key, api_version, arena, body) != 0)
        return rmq_kw_reader_error(&r, err, "response body");
    return 0;
}""")
    return h.text(), c.text()


def gen_errors(tsv_path):
    rows = []
    with open(tsv_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0].split("\t")[:2] != ["code", "name"]:
        raise SchemaError("%s: expected a header line 'code<TAB>name<TAB>message'" % tsv_path)
    seen = set()
    for i, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise SchemaError("%s:%d: expected code, name, message" % (tsv_path, i))
        code = int(parts[0])
        name = parts[1].strip()
        msg = parts[2].strip() if len(parts) > 2 else ""
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name) or code in seen:
            raise SchemaError("%s:%d: bad or duplicate entry" % (tsv_path, i))
        seen.add(code)
        rows.append((code, name, msg))
    rows.sort()
    h = Out()
    h("/* %s */", REGEN)
    h("/*")
    h(" * error_codes.h - Kafka protocol error codes (from kafka-error-codes.tsv). Include")
    h(" * kafka/errors.h, which declares the lookups, rather than this file.")
    h(" */")
    h("#ifndef RMQ_KAFKA_GEN_ERROR_CODES_H")
    h("#define RMQ_KAFKA_GEN_ERROR_CODES_H")
    h("")
    h("typedef enum rmq_kerr {")
    for code, name, msg in rows:
        h("    RMQ_KERR_%s = %d,", name, code)
    h("} rmq_kerr_t;")
    h("")
    h("#define RMQ_KERR_COUNT %d /* codes in the table */", len(rows))
    h("")
    h("#endif")
    c = Out()
    c("/* %s */", REGEN)
    c('#include "kafka/errors.h"')
    c("")
    c("const char *rmq_kerr_name(int code)")
    c("{")
    c("    switch (code) {")
    for code, name, msg in rows:
        c("    case %d:", code)
        c("        return %s;", c_str(name))
    c("    default:")
    c("        return NULL;")
    c("    }")
    c("}")
    c("")
    c("const char *rmq_kerr_message(int code)")
    c("{")
    c("    switch (code) {")
    for code, name, msg in rows:
        c("    case %d:", code)
        c("        return %s;", c_str(msg))
    c("    default:")
    c("        return NULL;")
    c("    }")
    c("}")
    return h.text(), c.text()


def generate(schemas, errors_tsv):
    """Returns {file name: text} for the output directory."""
    files = {}

    def load(name):
        path = os.path.join(schemas, name + ".json")
        if not os.path.exists(path):
            raise SchemaError("missing schema %s" % path)
        return Message(load_schema(path), path)

    hdrs = [load("RequestHeader"), load("ResponseHeader")]
    files["headers.h"], files["headers.c"] = gen_headers_files(hdrs)
    apis = []
    for key, name in APIS:
        rq, rs = load(name + "Request"), load(name + "Response")
        for m, t in ((rq, "request"), (rs, "response")):
            if m.api_key != key or m.type != t:
                raise SchemaError("%s: expected %s with apiKey %d" % (m.file, t, key))
        if (rq.valid.lo, rq.valid.hi) != (rs.valid.lo, rs.valid.hi) or \
                (rq.flexible.lo, rq.flexible.hi) != (rs.flexible.lo, rs.flexible.hi):
            raise SchemaError("%s: request and response version ranges differ" % name)
        apis.append((key, name, rq, rs))
        base = api_base(name)
        files[base + ".h"], files[base + ".c"] = gen_api_files(name, [rq, rs], base)
    files["api.h"], files["api.c"] = gen_api_table(apis)
    files["desc.h"] = DESC_H % {"regen": REGEN}
    files["error_codes.h"], files["error_codes.c"] = gen_errors(errors_tsv)
    srcs = sorted(n for n in files if n.endswith(".c"))
    mb = Out()
    mb("# %s", REGEN)
    mb("core_src += files(")
    for n in srcs:
        mb("  '%s',", n)
    mb(")")
    files["meson.build"] = mb.text()
    return files


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemas", required=True, help="folder of Kafka's JSON message schemas")
    ap.add_argument("--out", required=True, help="output folder (src/kafka/gen)")
    ap.add_argument("--errors", help="error-code TSV (default: <schemas>/../kafka-error-codes.tsv)")
    ap.add_argument("--check", action="store_true",
                    help="compare with --out instead of writing; exit 1 when anything differs")
    args = ap.parse_args(argv)
    errors_tsv = args.errors or os.path.join(os.path.dirname(os.path.abspath(args.schemas)),
                                             "kafka-error-codes.tsv")
    try:
        files = generate(args.schemas, errors_tsv)
    except (SchemaError, OSError, KeyError, ValueError) as e:
        print("kafka_codegen: %s" % e, file=sys.stderr)
        return 2
    if args.check:
        stale = []
        for name, text in sorted(files.items()):
            path = os.path.join(args.out, name)
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(name)
            except OSError:
                stale.append(name)
        if os.path.isdir(args.out):
            extra = sorted(set(os.listdir(args.out)) - set(files))
            stale += ["%s (not generated)" % n for n in extra]
        for n in stale:
            print("kafka_codegen: out of date: %s" % os.path.join(args.out, n), file=sys.stderr)
        return 1 if stale else 0
    os.makedirs(args.out, exist_ok=True)
    for name, text in sorted(files.items()):
        path = os.path.join(args.out, name)
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    continue
        except OSError:
            pass
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    # Remove generated files of APIs no longer in the list (only files we would write).
    for name in sorted(os.listdir(args.out)):
        if name not in files and re.fullmatch(r"[a-z0-9_]+\.[ch]", name):
            with open(os.path.join(args.out, name), encoding="utf-8", errors="replace") as f:
                first = f.readline()
            if "GENERATED FILE" in first:
                os.unlink(os.path.join(args.out, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
