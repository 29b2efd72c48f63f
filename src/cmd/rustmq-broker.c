/*
 * rustmq-broker - the RustMQ broker. `rustmq-broker --standalone [--config FILE]` runs the
 * embedded default: one broker with local storage, its own controller.
 */
#include <getopt.h>
#include <malloc.h>
#include <signal.h>

#include "broker/broker.h"
#include "common/log.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: rustmq-broker --standalone [--config FILE]\n"
                 "       rustmq-broker --version\n"
                 "\n"
                 "  --standalone     run broker, controller and admin API in one process\n"
                 "  --config FILE    configuration (default config/standalone.toml)\n"
                 "\n"
                 "Environment: RMQ_LOG=level[,subsystem=level...] overrides [log] level.\n");
}

int main(int argc, char **argv)
{
    static const struct option opts[] = {{"standalone", no_argument, NULL, 's'},
                                         {"config", required_argument, NULL, 'c'},
                                         {"version", no_argument, NULL, 'v'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    const char *config_path = "config/standalone.toml";
    int standalone = 0, c, sig, rc;
    rmq_config_t cfg;
    rmq_broker_t *b = NULL;
    rmq_err_t err;
    sigset_t set;

    while ((c = getopt_long(argc, argv, "sc:vh", opts, NULL)) != -1) {
        switch (c) {
        case 's':
            standalone = 1;
            break;
        case 'c':
            config_path = optarg;
            break;
        case 'v':
            printf("rustmq-broker %s\n", rmq_version());
            return 0;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }
    if (!standalone) {
        fprintf(stderr, "rustmq-broker: only --standalone mode exists in this build "
                        "(clustered brokers need the controller)\n");
        return 2;
    }
    rmq_err_clear(&err);
    /* Loads over the defaults; cfg must be released either way. */
    if (rmq_config_load_file(config_path, &cfg, &err) < 0) {
        fprintf(stderr, "rustmq-broker: %s\n", err.msg);
        rmq_config_release(&cfg);
        return 1;
    }
    if (cfg.log.level && rmq_log_configure(cfg.log.level) < 0)
        fprintf(stderr, "rustmq-broker: ignoring invalid [log] level '%s'\n", cfg.log.level);
    if (getenv("RMQ_LOG") && rmq_log_configure(getenv("RMQ_LOG")) < 0)
        fprintf(stderr, "rustmq-broker: ignoring invalid RMQ_LOG '%s'\n", getenv("RMQ_LOG"));

    /* At most 4 malloc arenas (glibc makes 8 per core): freed memory is reused across
       threads instead of sitting in per-thread arenas. */
    mallopt(M_ARENA_MAX, 4);

    /* Block the stop signals before any thread exists, so only sigwait below sees them. */
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    if ((rc = rmq_broker_open(&cfg, &b, &err)) < 0) {
        fprintf(stderr, "rustmq-broker: %s\n", err.msg[0] ? err.msg : rmq_strerror(rc));
        rmq_config_release(&cfg);
        return 1;
    }
    if ((rc = rmq_broker_start(b, &err)) < 0) {
        fprintf(stderr, "rustmq-broker: %s\n", err.msg[0] ? err.msg : rmq_strerror(rc));
        rmq_broker_stop(b, 0);
        rmq_config_release(&cfg);
        return 1;
    }
    rmq_config_release(&cfg);
    if (sigwait(&set, &sig) == 0)
        rmq_info("broker", "received %s, stopping", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    rmq_broker_stop(b, 10000);
    return 0;
}
