/*
 * retention.c - housekeeping on the ticker: topic retention (retention.ms, retention.bytes)
 * over uploaded and local data, dropping uploaded extents below each log start, trimming the
 * WAL.
 */
#include "broker/broker_int.h"

#include "common/clock.h"
#include "common/log.h"
#include "common/mem.h"

#define SUBSYS RMQ_BROKER_SUBSYS

/*
 * Applies a partition's retention: whole batches below the high watermark whose newest
 * record is older than retention.ms, or that make the partition exceed retention.bytes,
 * are dropped by moving the log start past them (Kafka deletes whole segments; our unit is
 * the batch).
 */
static const char *fmt_limit(int64_t v, char *buf, size_t n)
{
    if (v < 0)
        return "unlimited";
    snprintf(buf, n, "%" PRId64, v);
    return buf;
}

/*
 * The first batch retention looks at, in offset order (the lowest uploaded extent, else the
 * lowest local batch): 1 with its end and newest timestamp, 0 when the partition holds
 * nothing, -1 when only the full walk can tell.
 */
static int first_item(rmq_broker_t *b, rmq_plog_t *plog, int64_t tiered, int64_t *end,
                      int64_t *max_ts)
{
    rmq_plog_entry_info_t pe;

    if (b->tier) {
        rmq_tier_extent_t e;
        if (rmq_tier_first_extent(b->tier, rmq_plog_id(plog), &e)) {
            *end = e.end;
            *max_ts = e.max_timestamp;
            return 1;
        }
    }
    if (rmq_plog_entry(plog, 0, &pe) != 0)
        return 0;
    if (b->tier && pe.last_offset < tiered)
        return -1;
    *end = pe.last_offset + 1;
    *max_ts = pe.max_timestamp;
    return 1;
}

static void apply_retention(rmq_broker_t *b, const rmq_topic_t *topic, int32_t index,
                            rmq_plog_t *plog, int64_t now_ms)
{
    const rmq_topic_config_t *cfg = &topic->cfg;
    char msbuf[32], bytesbuf[32];
    rmq_tier_extent_t *u = NULL;
    rmq_plog_entry_info_t e;
    int64_t ls, hw, target, tiered = rmq_plog_tiered(plog);
    uint64_t total = 0;
    size_t n = 0, cap = 0, i;

    rmq_plog_offsets(plog, &ls, &hw, NULL);
    if (cfg->retention_bytes < 0) {
        /* retention.ms alone removes a prefix of batches, and stops at the first one still
           young: while the oldest is young, nothing is due. That is the common case, decided
           here without listing the partition (this runs for every partition every few
           seconds). */
        int64_t end, ts;
        int f = first_item(b, plog, tiered, &end, &ts);
        if (f == 0 || (f == 1 && (end > hw || ts >= now_ms - cfg->retention_ms)))
            return;
    }
    /* The partition's data in offset order: uploaded extents, then the local batches not
       uploaded yet (uploaded ones may still sit in the WAL: counted once, as extents). */
    if (b->tier) {
        n = rmq_tier_extents(b->tier, rmq_plog_id(plog), &u);
        cap = n;
    }
    for (i = 0; rmq_plog_entry(plog, i, &e) == 0; i++) {
        if (e.last_offset < tiered && b->tier)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            u = rmq_realloc(u, cap * sizeof(*u));
        }
        u[n++] = (rmq_tier_extent_t){.base = e.base_offset,
                                     .end = e.last_offset + 1,
                                     .max_timestamp = e.max_timestamp,
                                     .bytes = e.size};
    }
    target = ls;
    const char *rule = NULL;
    if (cfg->retention_ms >= 0) {
        for (i = 0; i < n; i++) {
            if (u[i].end > hw || u[i].max_timestamp >= now_ms - cfg->retention_ms)
                break;
            target = u[i].end;
            rule = "retention.ms";
        }
    }
    if (cfg->retention_bytes >= 0) {
        for (i = 0; i < n; i++)
            total += u[i].bytes;
        for (i = 0; i < n && total > (uint64_t)cfg->retention_bytes; i++) {
            if (u[i].end > hw)
                break;
            total -= u[i].bytes;
            if (u[i].end > target) {
                target = u[i].end;
                rule = rule ? "retention.ms and retention.bytes" : "retention.bytes";
            }
        }
    }
    uint64_t removed = 0;
    for (i = 0; i < n && u[i].end <= target; i++)
        if (u[i].end > ls)
            removed += u[i].bytes;
    free(u);
    if (target > ls) {
        rmq_err_t err;
        if (rmq_plog_advance_log_start(plog, target, &err) < 0)
            rmq_warn(SUBSYS, "retention of %s-%d: %s", topic->name, index, err.msg);
        else
            rmq_info(SUBSYS,
                     "retention: %s-%d offsets %" PRId64 "..%" PRId64 " removed (%" PRIu64
                     " bytes) by %s (%s ms, %s bytes)",
                     topic->name, index, ls, target - 1, removed, rule ? rule : "?",
                     fmt_limit(cfg->retention_ms, msbuf, sizeof(msbuf)),
                     fmt_limit(cfg->retention_bytes, bytesbuf, sizeof(bytesbuf)));
    }
}

/*
 * Retention over uploaded and local data, then extents below each log start (retention,
 * DeleteRecords, DeleteTopics) are dropped and the WAL is trimmed. Runs on the ticker.
 */
void rmq_broker_housekeeping(rmq_broker_t *b)
{
    rmq_topic_t **list;
    size_t n = rmq_topics_list(b->topics, &list);
    int64_t now = rmq_wall_ms();
    int trimmed;

    for (size_t i = 0; i < n; i++) {
        const rmq_topic_t *t = list[i];
        if (!t->cfg.cleanup_delete || (t->cfg.retention_ms < 0 && t->cfg.retention_bytes < 0))
            continue;
        for (int32_t p = 0; p < t->npartitions; p++) {
            rmq_plog_t *plog = rmq_plogset_get(b->pset, t->partition_ids[p]);
            if (plog)
                apply_retention(b, t, p, plog, now);
        }
    }
    rmq_topics_list_free(list, n);
    rmq_produce_housekeeping(b, now);
    if (b->tier) {
        uint64_t *ids;
        size_t np = rmq_plogset_ids(b->pset, &ids);
        for (size_t i = 0; i < np; i++) {
            int64_t ls;
            rmq_plog_offsets(rmq_plogset_get(b->pset, ids[i]), &ls, NULL, NULL);
            rmq_tier_drop_below(b->tier, ids[i], ls);
        }
        free(ids);
    }
    trimmed = rmq_plogset_trim(b->pset);
    if (trimmed > 0)
        rmq_debug(SUBSYS, "trimmed %d WAL segment(s)", trimmed);
}
