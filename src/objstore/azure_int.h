/*
 * azure_int.h - the parts of the Azure backend that read outside bytes (responses, the
 * connection string), exposed for unit tests and fuzzing. See azure.c.
 */
#ifndef RMQ_OBJSTORE_AZURE_INT_H
#define RMQ_OBJSTORE_AZURE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "objstore/objstore.h"

#define RMQ_AZURE_NAME_MAX     256 /* account names are 3-24 characters */
#define RMQ_AZURE_KEY_B64_MAX  512
#define RMQ_AZURE_ENDPOINT_MAX 512
#define RMQ_AZURE_CODE_MAX     64  /* an error Code kept for messages */
#define RMQ_AZURE_MSG_MAX      256 /* the first line of an error Message */

/* Account, key and endpoint from an Azure Storage connection string ("" when absent). */
typedef struct rmq_azure_conn {
    char account[RMQ_AZURE_NAME_MAX];
    char key[RMQ_AZURE_KEY_B64_MAX];
    char endpoint[RMQ_AZURE_ENDPOINT_MAX];
} rmq_azure_conn_t;

/*
 * Parses "Name=Value;Name=Value;..." (names case-insensitive): AccountName, AccountKey,
 * BlobEndpoint, DefaultEndpointsProtocol, EndpointSuffix, UseDevelopmentStorage=true (the
 * emulator's well-known account on 127.0.0.1:10000). Other names are ignored. RMQ_EINVAL for
 * a malformed string or an over-long value; the message never contains the key.
 */
int rmq_azure_parse_conn_string(const char *s, rmq_azure_conn_t *out, rmq_err_t *err);

/*
 * Reads one List Blobs page (EnumerationResults) into out: Blobs/Blob/Name (percent-decoded
 * when Encoded="true"), Properties/Content-Length, NextMarker as the token. Each blob has one
 * name and one size; every name must start with prefix, be a valid key (others are skipped:
 * they are not ours), and come in strictly increasing order; at most max_keys blobs. On
 * success out->entries is never NULL (free with rmq_objstore_list_release). RMQ_ECORRUPT
 * otherwise (err may be NULL), with out left empty.
 */
int rmq_azure_parse_list(const void *body, size_t len, const char *prefix, uint32_t max_keys,
                         rmq_objstore_list_t *out, rmq_err_t *err);

/*
 * Extracts Code and the first line of Message from an error body (<Error>...), when it is
 * one; leaves code/msg "" otherwise. Never fails.
 */
void rmq_azure_parse_error(const void *body, size_t len, char code[RMQ_AZURE_CODE_MAX],
                           char msg[RMQ_AZURE_MSG_MAX]);

/* Parses "bytes <first>-<last>/<total>" strictly. 0 or RMQ_ECORRUPT. */
int rmq_azure_parse_content_range(const char *v, uint64_t *first, uint64_t *last, uint64_t *total);

/* Parses a decimal uint64 with nothing else around it. 0 or RMQ_ECORRUPT. */
int rmq_azure_parse_u64(const char *s, uint64_t *out);

#endif
