/*
 * bench_rdk.h - helpers the librdkafka load programs share (kafka_load, kafka_consume).
 * Each program defines BENCH_PROG (its name, for error messages) before including this.
 */
#ifndef RMQ_BENCH_RDK_H
#define RMQ_BENCH_RDK_H

#include <librdkafka/rdkafka.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static inline void die(const char *what, const char *detail)
{
    fprintf(stderr, "%s: %s: %s\n", BENCH_PROG, what, detail);
    exit(1);
}

static inline void conf_set(rd_kafka_conf_t *conf, const char *k, const char *v)
{
    char errstr[512];

    if (rd_kafka_conf_set(conf, k, v, errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
        die(k, errstr);
}

#endif
