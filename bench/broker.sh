# shellcheck shell=bash
# bench/broker.sh - sourced by the benchmark scripts: starts and stops one standalone
# rustmq-broker on a free loopback port, with its data in a directory of the caller's.
#
#   broker_start DIR   config/standalone.toml rewritten so that every listener is on loopback
#                      (Kafka on a free port, the others off or on free ports), every path is
#                      under DIR and the WAL may hold 32 GiB; starts $BROKER_BIN and waits (at
#                      most 30 s) until it accepts. BROKER_OVERRIDES="wal.buffer_size=4194304;..."
#                      changes more keys (values are TOML literals).
#                      Sets BROKER_PID, BROKER_PORT, BROKER_BOOTSTRAP, BROKER_LOG.
#   broker_stop        SIGTERM by pid, waits (at most 60 s, then SIGKILL); fails unless the
#                      exit status is 0.
#   broker_rss_kb      VmRSS of the running broker, in KiB.
# Needs ROOT (the repository) and BROKER_BIN.

BROKER_PID=""

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

broker_start() {
    local dir=$1 port
    port=$(free_port)
    mkdir -p "$dir"
    /usr/bin/python3 - "$ROOT/config/standalone.toml" "$dir" "$port" "$(free_port)" "$(free_port)" \
        >"$dir/broker.toml" <<'PY'
import os, re, sys
template, d, port, rpc, ctl = sys.argv[1:]
repl = {
    ("network", "kafka_listen"): '"127.0.0.1:%s"' % port,
    ("network", "quic_listen"): '""',
    ("network", "metrics_listen"): '""',
    ("network", "rpc_listen"): '""',
    ("wal", "path"): '"%s"' % os.path.join(d, "wal"),
    ("object_storage", "path"): '"%s"' % os.path.join(d, "objects"),
    ("controller", "data_dir"): '"%s"' % os.path.join(d, "controller"),
    ("controller", "endpoints"): '["127.0.0.1:%s"]' % ctl,
    ("etl", "module_dir"): '"%s"' % os.path.join(d, "etl"),
    # Room for a long full-speed run without uploads (the data dir is removed afterwards).
    ("wal", "capacity_bytes"): "34359738368",
}
# BROKER_OVERRIDES="section.key=value;...": more changes, values as TOML literals.
for item in filter(None, os.environ.get("BROKER_OVERRIDES", "").split(";")):
    key, _, value = item.partition("=")
    section_, _, name = key.strip().rpartition(".")
    repl[(section_, name)] = value.strip()
section, seen = None, set()
for line in open(template, encoding="utf-8").read().splitlines():
    m = re.match(r"^\s*\[([A-Za-z0-9_.]+)\]\s*$", line)
    if m:
        section = m.group(1)
    else:
        m = re.match(r"^(\s*)([A-Za-z0-9_]+)(\s*=\s*)(.*)$", line)
        if m and (section, m.group(2)) in repl:
            line = m.group(1) + m.group(2) + m.group(3) + repl[(section, m.group(2))]
            seen.add((section, m.group(2)))
    print(line)
missing = set(repl) - seen
if missing:
    sys.exit("config template lacks %s" % sorted(missing))
PY
    BROKER_LOG="$dir/broker.log"
    # shellcheck disable=SC2153  # BROKER_BIN is the caller's
    (cd "$dir" && exec "$BROKER_BIN" --standalone --config "$dir/broker.toml") >"$BROKER_LOG" 2>&1 &
    BROKER_PID=$!
    # shellcheck disable=SC2034  # for the scripts that source this file
    BROKER_PORT=$port
    BROKER_BOOTSTRAP="127.0.0.1:$port"
    for _ in $(seq 1 300); do
        if ! kill -0 "$BROKER_PID" 2>/dev/null; then
            echo "broker exited during start:" >&2
            tail -20 "$BROKER_LOG" >&2
            BROKER_PID=""
            return 1
        fi
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "broker did not listen on $BROKER_BOOTSTRAP within 30 s" >&2
    broker_stop || true
    return 1
}

broker_stop() {
    local pid=$BROKER_PID status=0
    [ -n "$pid" ] || return 0
    BROKER_PID=""
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "broker pid $pid ignored SIGTERM for 60 s; killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        return 1
    fi
    wait "$pid" || status=$?
    if [ "$status" != 0 ]; then
        echo "broker exited with status $status:" >&2
        tail -20 "$BROKER_LOG" >&2
        return 1
    fi
    return 0
}

broker_rss_kb() {
    awk '/^VmRSS:/ {print $2}' "/proc/$BROKER_PID/status"
}
