/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
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
