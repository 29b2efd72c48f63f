#!/usr/bin/env bash
# bench/run-produce.sh DIR - the standalone broker's produce path measured with a real Kafka
# client, next to Redis Streams and to the disk's own limits, all in the same run on the same
# directory.
#
#   kafka peak:   bench/kafka_load, librdkafka, acks=all, 1 KiB records, 8 partitions, linger.ms
#                 5, as fast as the broker acknowledges (BENCH_CONNECTIONS producers, one
#                 connection each) -> throughput_mb_s
#   kafka half:   the same at a fixed rate of half that run's peak records/s, linger.ms
#                 BENCH_LAT_LINGER_MS (0: a record leaves as soon as the client can send it)
#                 -> p50/p99 of produce-call -> delivery-report latency, next to librdkafka's
#                 own statistics (its queueing and the request round trip) and the broker's
#                 latency breakdown (per stage, logged by the broker when it stops)
#   redis:        redis-server --appendonly yes --appendfsync always on a free loopback port,
#                 bench/redis_load XADDing the same 1 KiB records over the same number of
#                 connections, pipelined (see redis_load.c) -> redis_mb_s
#   fio bw:       --rw=write --bs=1m --fdatasync=1        -> fio_mb_s
#   fio lat:      --rw=write --bs=16k --fdatasync=1       -> fdatasync p50/p99
#
# Every Kafka measurement gets a fresh broker (bench/broker.sh) and a fresh data directory; it
# uploads to a local object store on tmpfs (/dev/shm), standing in for the network store of a
# deployment, so that the disk does what fio measures (bench/run-objects.sh measures uploads).
# Each measurement runs REPS times, interleaved so that drift hits all of them alike; the
# medians are reported. The last line is exactly:
#   RESULT produce throughput_mb_s=<x> fio_mb_s=<y> redis_mb_s=<z> p50_ms=<a> p99_ms=<b>
# (p50/p99 measured at half of the peak load). The line before it compares with the goals
# (throughput >= 0.85 x fio and >= 3 x Redis; p99 <= 3 ms; and the stricter p99 <= 1.2 x
# fio's fdatasync p99, which the client's share of the two cores alone exceeds today).
#
# Environment: BUILD_DIR (default build/release), BENCH_SECONDS (10), BENCH_REPS (3),
# BENCH_CONNECTIONS (1), BENCH_PARTITIONS (8), BENCH_SIZE (1024), BENCH_LAT_LINGER_MS (0),
# BENCH_SETTLE_S (3: pause after each measurement's files are deleted, see settle), BENCH_PERF=1
# to add a perf profile of the broker during the first peak run (needs perf).
# DIR must be on a real disk (tmpfs is refused); a fresh subdirectory is created inside it and
# removed on exit. Every process started here is stopped by its pid.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
BROKER_BIN=$BUILD_DIR/src/cmd/rustmq-broker
KAFKA_LOAD=$BUILD_DIR/bench/kafka_load
REDIS_LOAD=$BUILD_DIR/bench/redis_load
SECS=${BENCH_SECONDS:-10}
REPS=${BENCH_REPS:-3}
CONNS=${BENCH_CONNECTIONS:-1}
PARTS=${BENCH_PARTITIONS:-8}
SIZE=${BENCH_SIZE:-1024}
LAT_LINGER=${BENCH_LAT_LINGER_MS:-0}
SETTLE=${BENCH_SETTLE_S:-3}
PY=/usr/bin/python3

for bin in "$BROKER_BIN" "$KAFKA_LOAD" "$REDIS_LOAD"; do
    [ -x "$bin" ] || { echo "run-produce: $bin not built (librdkafka-dev, libhiredis-dev?)" >&2; exit 1; }
done
for tool in fio redis-server; do
    command -v "$tool" >/dev/null || { echo "run-produce: $tool not installed" >&2; exit 1; }
done
[ -x "$PY" ] || { echo "run-produce: $PY missing" >&2; exit 1; }

mkdir -p "$1"
FSTYPE=$(stat -f -c %T "$1")
if [ "$FSTYPE" = "tmpfs" ] || [ "$FSTYPE" = "ramfs" ]; then
    echo "run-produce: $1 is on $FSTYPE; the benchmark needs a real disk" >&2
    exit 1
fi
WORK=$(cd "$(mktemp -d "$1/rmq-producebench.XXXXXX")" && pwd)
# Where the broker uploads objects during the runs: tmpfs, standing in for the network store.
OBJDIR=/dev/shm/rmq-producebench-objects.$$

# shellcheck source=bench/broker.sh
source "$ROOT/bench/broker.sh"
REDIS_PID=""
PERF_PID=""
stop_redis() {
    local pid=$REDIS_PID
    [ -n "$pid" ] || return 0
    REDIS_PID=""
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    [ -z "$PERF_PID" ] || { kill -INT "$PERF_PID" 2>/dev/null || true; wait "$PERF_PID" 2>/dev/null || true; }
    broker_stop || true
    stop_redis
    rm -rf "$WORK" "$OBJDIR"
}
trap cleanup EXIT INT TERM

echo "run-produce: dir=$WORK fs=$FSTYPE seconds=$SECS reps=$REPS connections=$CONNS partitions=$PARTS size=$SIZE"

# After a measurement's files are removed: gigabytes freed at once (online discard, ext4
# -o discard, and a virtual disk's host behind it) were seen to stall the next measurement's
# syncs for 100-200 ms a second or two later, which alone decides a 10 s run's p99. Commit,
# then wait BENCH_SETTLE_S seconds before measuring again.
settle() {
    sync -f "$WORK"
    sleep "$SETTLE"
}

# key=value field from a line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# Summary of librdkafka's per-broker latency windows: where a record's time goes.
stats_summary() {
    "$PY" - "$1" <<'PY'
import json, sys
rows = []
for line in open(sys.argv[1]):
    for b in json.loads(line)["brokers"].values():
        if b.get("nodeid", -1) >= 0 and b["rtt"]["cnt"]:
            rows.append(b)
def med(vals):
    vals = sorted(vals)
    return vals[len(vals) // 2] if vals else 0
out = []
for k in ("int_latency", "outbuf_latency", "rtt"):
    out.append("%s_p50_ms=%.2f %s_p99_ms=%.2f" % (
        k, med(r[k]["p50"] for r in rows) / 1000, k, med(r[k]["p99"] for r in rows) / 1000))
print(" ".join(out))
PY
}

# The runners below write their result line to $WORK/line rather than printing it, so that
# they run in this shell (not a $(...) subshell) and the pids they start stay known to cleanup.

kafka_run() { # $1 = tag, then kafka_load options
    local tag=$1 status=0
    shift
    rm -rf "$WORK/broker" "$WORK/line"
    # Uploads run as in production, but into a local object store on tmpfs: in a deployment
    # the objects go to the network (S3, GCS, Azure), not to the WAL's disk, which is what
    # fio measures here. (With the objects on the WAL's own disk every byte is written twice.)
    rm -rf "$OBJDIR"
    BROKER_OVERRIDES="object_storage.path=\"$OBJDIR\"" broker_start "$WORK/broker"
    if [ "${BENCH_PERF:-0}" = 1 ] && [ "$tag" = peak1 ] && command -v perf >/dev/null; then
        (sleep 1 && exec perf record -F 499 -g -p "$BROKER_PID" -o "$WORK/perf.data" -- \
            sleep "$(awk -v s="$SECS" 'BEGIN { print s / 2 }')") >/dev/null 2>&1 &
        PERF_PID=$!
    fi
    "$KAFKA_LOAD" --bootstrap "$BROKER_BOOTSTRAP" --topic "bench-$tag" --create \
        --partitions "$PARTS" --size "$SIZE" --seconds "$SECS" --producers "$CONNS" "$@" \
        >"$WORK/line" || status=$?
    if [ -n "$PERF_PID" ]; then
        wait "$PERF_PID" || true
        PERF_PID=""
    fi
    broker_stop || status=1
    # The broker's own account of the produce path (logged at stop): decode, WAL queue, write,
    # fdatasync, completions, response encode, response queued -> write started, and the total.
    grep -o 'latency breakdown.*' "$BROKER_LOG" >"$WORK/breakdown" 2>/dev/null || : >"$WORK/breakdown"
    rm -rf "$WORK/broker" "$OBJDIR"
    settle
    return $status
}

redis_run() {
    local port dir=$WORK/redis status=0
    rm -rf "$dir" "$WORK/line"
    mkdir -p "$dir"
    port=$(free_port)
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --appendonly yes \
        --appendfsync always --save "" --auto-aof-rewrite-percentage 0 --daemonize no \
        --logfile "$dir/redis.log" >/dev/null 2>&1 &
    REDIS_PID=$!
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.1
    done
    "$REDIS_LOAD" --port "$port" --connections "$CONNS" --streams "$PARTS" --size "$SIZE" \
        --seconds "$SECS" >"$WORK/line" || status=$?
    stop_redis
    rm -rf "$dir"
    settle
    return $status
}

run_fio() { # $1 = block size; writes JSON to $WORK/fio.json
    rm -rf "$WORK/fio"
    mkdir -p "$WORK/fio"
    fio --name=producecmp --directory="$WORK/fio" --rw=write --bs="$1" --size=4g --fdatasync=1 \
        --ioengine=psync --runtime="$SECS" --time_based --output-format=json \
        --output="$WORK/fio.json" >/dev/null
    rm -rf "$WORK/fio"
    settle
}

K_MB=() K_P50=() K_P99=() R_MB=() F_MB=() F_P50=() F_P99=()
for rep in $(seq 1 "$REPS"); do
    kafka_run "peak$rep" --linger-ms 5
    line=$(cat "$WORK/line")
    echo "rep $rep: peak: $line"
    K_MB+=("$(field throughput_mb_s "$line")")
    rate=$(awk -v r="$(field msgs_s "$line")" 'BEGIN { printf "%.0f", r / 2 }')

    kafka_run "half$rep" --linger-ms "$LAT_LINGER" --rate "$rate" --stats-file "$WORK/stats.json"
    line=$(cat "$WORK/line")
    echo "rep $rep: half: $line"
    echo "rep $rep: half: librdkafka: $(stats_summary "$WORK/stats.json")"
    echo "rep $rep: half: broker: $(cat "$WORK/breakdown")"
    K_P50+=("$(field p50_ms "$line")")
    K_P99+=("$(field p99_ms "$line")")

    redis_run
    line=$(cat "$WORK/line")
    echo "rep $rep: redis: $line"
    R_MB+=("$(field throughput_mb_s "$line")")

    run_fio 1m
    mb=$("$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print("%.2f" % (j["jobs"][0]["write"]["bw_bytes"] / 1e6))' "$WORK/fio.json")
    echo "rep $rep: fio bs=1m fdatasync=1 mb_s=$mb"
    F_MB+=("$mb")

    run_fio 16k
    read -r p50 p99 < <("$PY" -c '
import json, sys
j = json.load(open(sys.argv[1]))
pct = j["jobs"][0]["sync"]["lat_ns"]["percentile"]
def get(p):
    for k, v in pct.items():
        if abs(float(k) - p) < 1e-6:
            return v / 1e6
    raise SystemExit("percentile %s missing" % p)
print("%.3f %.3f" % (get(50.0), get(99.0)))' "$WORK/fio.json")
    echo "rep $rep: fio bs=16k fdatasync=1 sync_p50_ms=$p50 sync_p99_ms=$p99"
    F_P50+=("$p50")
    F_P99+=("$p99")
done

if [ -f "$WORK/perf.data" ]; then
    echo "perf: broker profile during the first peak run (self time, top symbols):"
    perf report -i "$WORK/perf.data" --no-children --sort symbol --stdio -g none 2>/dev/null |
        grep '%' | head -20 | sed 's/^/perf: /'
fi

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

X=$(median "${K_MB[@]}")
Y=$(median "${F_MB[@]}")
Z=$(median "${R_MB[@]}")
A=$(median "${K_P50[@]}")
B=$(median "${K_P99[@]}")
C=$(median "${F_P50[@]}")
D=$(median "${F_P99[@]}")
awk -v x="$X" -v y="$Y" -v z="$Z" -v b="$B" -v c="$C" -v d="$D" 'BEGIN {
    fr = y > 0 ? x / y : 0; rr = z > 0 ? x / z : 0; lr = d > 0 ? b / d : 0
    printf "goals: throughput/fio=%.2f (>= 0.85: %s) throughput/redis=%.2f (>= 3: %s) p99_ms=%s (<= 3: %s) p99/fio_sync_p99=%.2f (<= 1.2: %s) fio_sync_p50_ms=%s fio_sync_p99_ms=%s\n",
        fr, (fr >= 0.85 ? "met" : "NOT met"), rr, (rr >= 3 ? "met" : "NOT met"),
        b, (b <= 3 ? "met" : "NOT met"), lr, (lr <= 1.2 ? "met" : "NOT met"), c, d
}'
echo "RESULT produce throughput_mb_s=$X fio_mb_s=$Y redis_mb_s=$Z p50_ms=$A p99_ms=$B"
