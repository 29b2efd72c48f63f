/*
 * broker.h - the RustMQ broker: storage (WAL, partition logs, metadata), the Kafka protocol
 * listener and the request handlers, in one object.
 *
 * Lifecycle (owner thread): rmq_broker_open opens and recovers the storage; rmq_broker_start
 * starts listening; rmq_broker_stop stops accepting, answers what is in flight, syncs the WAL
 * and frees everything.
 */
#ifndef RMQ_BROKER_BROKER_H
#define RMQ_BROKER_BROKER_H

#include "common/err.h"
#include "config/config.h"

typedef struct rmq_broker rmq_broker_t;

/* cfg is copied where needed; it may be released after the call. */
int rmq_broker_open(const rmq_config_t *cfg, rmq_broker_t **bp, rmq_err_t *err);

/* Starts the Kafka listener (cfg network.kafka_listen). */
int rmq_broker_start(rmq_broker_t *b, rmq_err_t *err);

/* The TCP port the Kafka listener is bound to (useful with port 0). */
int rmq_broker_port(const rmq_broker_t *b);

/* Graceful stop and free: stop accepting, answer in-flight requests (up to drain_ms), close
 * the WAL (syncing it). */
void rmq_broker_stop(rmq_broker_t *b, uint32_t drain_ms);

#endif
