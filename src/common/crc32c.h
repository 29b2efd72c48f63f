/*
 * crc32c.h - CRC-32C (Castagnoli), the checksum of Kafka record batches and of our WAL frames.
 *
 * Uses the SSE4.2 crc32 instruction when the CPU has it (checked once at runtime), a
 * slicing-by-8 table otherwise. Both give the standard CRC-32C: rmq_crc32c(0, "123456789", 9)
 * == 0xE3069283.
 */
#ifndef RMQ_COMMON_CRC32C_H
#define RMQ_COMMON_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/*
 * Extends crc (a finished CRC-32C of earlier bytes, 0 to start) over data[0..len).
 * rmq_crc32c(rmq_crc32c(0, a, n), b, m) == CRC-32C of a||b.
 */
uint32_t rmq_crc32c(uint32_t crc, const void *data, size_t len);

/* The table implementation, exposed so tests can compare both paths. */
uint32_t rmq_crc32c_sw(uint32_t crc, const void *data, size_t len);

/* 1 when the hardware path is in use. */
int rmq_crc32c_hw_available(void);

#endif
