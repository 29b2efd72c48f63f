/*
 * errors.h - Kafka protocol error codes: the RMQ_KERR_* enum (generated from
 * ../shared/protocol/kafka-error-codes.tsv into kafka/gen/error_codes.h) and lookups.
 *
 * These are the codes RustMQ puts in the error_code fields of Kafka responses; they are not
 * RustMQ's internal RMQ_E* codes (include/rustmq/rustmq.h), which never go on the wire.
 *
 * Thread: pure functions over static tables; any thread.
 */
#ifndef RMQ_KAFKA_ERRORS_H
#define RMQ_KAFKA_ERRORS_H

#include "kafka/gen/error_codes.h"

/* Kafka's name of a code ("UNKNOWN_TOPIC_OR_PARTITION"), static; NULL for an unknown code. */
const char *rmq_kerr_name(int code);

/* Kafka's description of a code, static ("" for NONE); NULL for an unknown code. */
const char *rmq_kerr_message(int code);

#endif
