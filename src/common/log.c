/*
 * log.c - leveled logging by subsystem.
 *
 * Levels live in a small fixed table (subsystems are a handful of string constants). The
 * fast path is one comparison against the lowest level enabled anywhere, so disabled debug
 * lines cost nearly nothing. Each line is formatted into a stack buffer and written with one
 * write(2), so lines from different threads never interleave.
 */
#include "common/log.h"
#include "common/clock.h"
#include "common/err.h"
#include "common/mem.h"

#define MAX_SUBSYS 32
#define SUBSYS_LEN 24

static struct {
    char name[SUBSYS_LEN];
    int level;
} subsys_levels[MAX_SUBSYS];
static int subsys_count;
static int default_level = RMQ_LOG_INFO;
static int lowest_level = RMQ_LOG_INFO; /* min(default, every override) */
static int log_fd = STDERR_FILENO;

static const char *const level_names[] = {"TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF"};

int rmq_log_level_parse(const char *s)
{
    for (int i = 0; i < (int)RMQ_ARRAY_SIZE(level_names); i++)
        if (strcasecmp(s, level_names[i]) == 0)
            return i;
    if (strcasecmp(s, "warning") == 0)
        return RMQ_LOG_WARN;
    return -1;
}

static void recompute_lowest(void)
{
    int low = default_level;

    for (int i = 0; i < subsys_count; i++)
        if (subsys_levels[i].level < low)
            low = subsys_levels[i].level;
    __atomic_store_n(&lowest_level, low, __ATOMIC_RELAXED);
}

void rmq_log_set_level(rmq_log_level_t level)
{
    default_level = (int)level;
    recompute_lowest();
}

void rmq_log_set_fd(int fd)
{
    log_fd = fd;
}

int rmq_log_configure(const char *spec)
{
    char copy[512], *save = NULL, *tok;
    int new_default = default_level;
    struct {
        char name[SUBSYS_LEN];
        int level;
    } pending[MAX_SUBSYS];
    int npending = 0;

    if (rmq_strlcpy(copy, spec, sizeof(copy)) >= sizeof(copy))
        return RMQ_EINVAL;
    for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(tok, '=');
        int lvl;

        while (*tok == ' ')
            tok++;
        if (!eq) {
            if ((lvl = rmq_log_level_parse(tok)) < 0)
                return RMQ_EINVAL;
            new_default = lvl;
            continue;
        }
        *eq = '\0';
        if ((lvl = rmq_log_level_parse(eq + 1)) < 0 || !*tok || strlen(tok) >= SUBSYS_LEN ||
            npending == MAX_SUBSYS)
            return RMQ_EINVAL;
        rmq_strlcpy(pending[npending].name, tok, SUBSYS_LEN);
        pending[npending++].level = lvl;
    }
    default_level = new_default;
    for (int i = 0; i < npending; i++) {
        int j;
        for (j = 0; j < subsys_count; j++)
            if (strcmp(subsys_levels[j].name, pending[i].name) == 0)
                break;
        if (j == subsys_count) {
            if (subsys_count == MAX_SUBSYS)
                return RMQ_EINVAL;
            rmq_strlcpy(subsys_levels[subsys_count++].name, pending[i].name, SUBSYS_LEN);
        }
        subsys_levels[j].level = pending[i].level;
    }
    recompute_lowest();
    return 0;
}

int rmq_log_enabled(const char *subsys, rmq_log_level_t level)
{
    if ((int)level < __atomic_load_n(&lowest_level, __ATOMIC_RELAXED))
        return 0;
    for (int i = 0; i < subsys_count; i++)
        if (strcmp(subsys_levels[i].name, subsys) == 0)
            return (int)level >= subsys_levels[i].level;
    return (int)level >= default_level;
}

void rmq_log(rmq_log_level_t level, const char *subsys, const char *fmt, ...)
{
    char line[2048], ts[32];
    va_list ap;
    int n, m;

    if ((unsigned)level >= RMQ_LOG_OFF)
        return;
    rmq_format_time(rmq_wall_ms(), ts, sizeof(ts));
    n = snprintf(line, sizeof(line), "%s %-5s [%s] ", ts, level_names[level], subsys);
    va_start(ap, fmt);
    m = vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
    va_end(ap);
    if (m < 0)
        m = 0;
    n += m;
    if (n > (int)sizeof(line) - 2)
        n = (int)sizeof(line) - 2;
    line[n++] = '\n';
    if (write(log_fd, line, (size_t)n) < 0) {
        /* Nowhere left to report a failed log write. */
    }
}
