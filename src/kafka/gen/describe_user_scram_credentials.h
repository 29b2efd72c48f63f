/* GENERATED FILE - do not edit. Regenerate: make gen (tools/kafka_codegen.py --schemas ../shared/protocol/kafka-schemas --out src/kafka/gen) */
/*
 * Kafka DescribeUserScramCredentials: message structs and codecs (from DescribeUserScramCredentialsRequest.json, DescribeUserScramCredentialsResponse.json).
 * Ownership: decoded arrays live in the caller's arena; strings, bytes and records are
 * views into the decoded buffer (see src/kafka/wire.h). Thread: no global state.
 */
#ifndef RMQ_KAFKA_GEN_DESCRIBE_USER_SCRAM_CREDENTIALS_H
#define RMQ_KAFKA_GEN_DESCRIBE_USER_SCRAM_CREDENTIALS_H

#include <stdbool.h>
#include <stdint.h>

#include "common/arena.h"
#include "common/buf.h"
#include "kafka/gen/desc.h"
#include "kafka/wire.h"

/* ==== DescribeUserScramCredentialsRequest: versions 0, flexible 0+ (from DescribeUserScramCredentialsRequest.json) ==== */

/* DescribeUserScramCredentialsRequest.Users[] (versions 0) */
typedef struct rmq_DescribeUserScramCredentialsRequest_UserName {
    rmq_kw_str_t name; /* v0: The user name. */
} rmq_DescribeUserScramCredentialsRequest_UserName_t;

/* DescribeUserScramCredentialsRequest */
typedef struct rmq_DescribeUserScramCredentialsRequest {
    rmq_DescribeUserScramCredentialsRequest_UserName_t *users; /* v0, nullable v0: The users to describe, or null/empty to describe all users. */
    int32_t users_count; /* items in users; -1: null */
} rmq_DescribeUserScramCredentialsRequest_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeUserScramCredentialsRequest_UserName_init(rmq_DescribeUserScramCredentialsRequest_UserName_t *v);
void rmq_DescribeUserScramCredentialsRequest_init(rmq_DescribeUserScramCredentialsRequest_t *v);

/*
 * Decodes a DescribeUserScramCredentialsRequest of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0.
 */
int rmq_DescribeUserScramCredentialsRequest_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsRequest_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeUserScramCredentialsRequest_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeUserScramCredentialsRequest_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeUserScramCredentialsRequest_desc;

/* ==== DescribeUserScramCredentialsResponse: versions 0, flexible 0+ (from DescribeUserScramCredentialsResponse.json) ==== */

/* DescribeUserScramCredentialsResponse.Results[].CredentialInfos[] (versions 0) */
typedef struct rmq_DescribeUserScramCredentialsResponse_CredentialInfo {
    int8_t mechanism; /* v0: The SCRAM mechanism. */
    int32_t iterations; /* v0: The number of iterations used in the SCRAM credential. */
} rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t;

/* DescribeUserScramCredentialsResponse.Results[] (versions 0) */
typedef struct rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult {
    rmq_kw_str_t user; /* v0: The user name. */
    int16_t error_code; /* v0: The user-level error code. */
    rmq_kw_str_t error_message; /* v0, nullable v0: The user-level error message, if any. */
    rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *credential_infos; /* v0: The mechanism and related information associated with the user's SCRAM credentials. */
    int32_t credential_infos_count; /* items in credential_infos; -1: null */
} rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t;

/* DescribeUserScramCredentialsResponse */
typedef struct rmq_DescribeUserScramCredentialsResponse {
    int32_t throttle_time_ms; /* v0: The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota. */
    int16_t error_code; /* v0: The message-level error code, 0 except for user authorization or infrastructure issues. */
    rmq_kw_str_t error_message; /* v0, nullable v0: The message-level error message, if any. */
    rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *results; /* v0: The results for descriptions, one per user. */
    int32_t results_count; /* items in results; -1: null */
} rmq_DescribeUserScramCredentialsResponse_t;

/* Set every field to its schema default (what decoding stores for absent fields). */
void rmq_DescribeUserScramCredentialsResponse_CredentialInfo_init(rmq_DescribeUserScramCredentialsResponse_CredentialInfo_t *v);
void rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_init(rmq_DescribeUserScramCredentialsResponse_DescribeUserScramCredentialsResult_t *v);
void rmq_DescribeUserScramCredentialsResponse_init(rmq_DescribeUserScramCredentialsResponse_t *v);

/*
 * Decodes a DescribeUserScramCredentialsResponse of the given version from r into out (arrays from arena; strings,
 * bytes and records are views into r's buffer). Returns 0, or r's first error:
 * RMQ_ETRUNC / RMQ_ECORRUPT for bad bytes, RMQ_EUNSUPPORTED for a version outside 0.
 */
int rmq_DescribeUserScramCredentialsResponse_decode(rmq_kw_reader_t *r, int16_t version, rmq_arena_t *arena, rmq_DescribeUserScramCredentialsResponse_t *out);
/*
 * Appends in, encoded as the given version, to wb. Fields absent from that version are
 * ignored. Returns 0, RMQ_EUNSUPPORTED (version outside 0, nothing written) or
 * RMQ_ERANGE / RMQ_EINVAL when a value cannot be encoded (wb then holds partial output).
 */
int rmq_DescribeUserScramCredentialsResponse_encode(rmq_wbuf_t *wb, int16_t version, const rmq_DescribeUserScramCredentialsResponse_t *in);
extern const rmq_kmsg_desc_t rmq_DescribeUserScramCredentialsResponse_desc;

#endif
