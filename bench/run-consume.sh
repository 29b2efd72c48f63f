#!/usr/bin/env bash
# bench/run-consume.sh DIR - consuming from the broker's hot cache, next to what loopback TCP
# itself carries, both measured in the same run.
#
#   cache:    a topic of CONSUME_PARTITIONS (8) partitions is filled with CONSUME_MIB (768) MiB
#             of 1 KiB records (bench/kafka_load), all of it within the hot cache; then
#             bench/kafka_consume (librdkafka, CONSUME_CONSUMERS=2 connections) reads the whole
#             topic from offset 0. MB/s of record payload, 10^6 bytes.
#   loopback: iperf3 over 127.0.0.1 with as many parallel streams as consumers, for
#             BENCH_SECONDS; MB/s received.
#
# Client and broker share the machine's cores, as iperf3's two ends do. Each runs BENCH_REPS
# times (interleaved); the medians are reported. The last line is exactly:
#   RESULT consume cache_mb_s=<a> loopback_mb_s=<b> ratio=<a/b> broker_cores=<c>
# broker_cores is the broker's CPU over the reads' time (cores busy): the client takes the rest.
# Environment: BUILD_DIR (release build), BENCH_SECONDS (10), BENCH_REPS (3), CONSUME_MIB,
# CONSUME_PARTITIONS, CONSUME_CONSUMERS.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
BROKER_BIN=$BUILD_DIR/src/cmd/rustmq-broker
KAFKA_LOAD=$BUILD_DIR/bench/kafka_load
KAFKA_CONSUME=$BUILD_DIR/bench/kafka_consume
SECS=${BENCH_SECONDS:-10}
REPS=${BENCH_REPS:-3}
MIB_TOTAL=${CONSUME_MIB:-768}
PARTS=${CONSUME_PARTITIONS:-8}
CONSUMERS=${CONSUME_CONSUMERS:-2}
RSIZE=${CONSUME_SIZE:-1024}
PY=/usr/bin/python3

for b in "$BROKER_BIN" "$KAFKA_LOAD" "$KAFKA_CONSUME"; do
    [ -x "$b" ] || { echo "run-consume: $b not built" >&2; exit 1; }
done
command -v iperf3 >/dev/null || { echo "run-consume: iperf3 not installed" >&2; exit 1; }

# shellcheck source=bench/broker.sh
. "$ROOT/bench/broker.sh"

mkdir -p "$1"
WORK=$(mktemp -d "$(cd "$1" && pwd)/rmq-consume.XXXXXX")
IPERF_PID=""
cleanup() {
    [ -n "$IPERF_PID" ] && kill "$IPERF_PID" 2>/dev/null && wait "$IPERF_PID" 2>/dev/null
    [ -n "$BROKER_PID" ] && broker_stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# The hot cache holds the whole topic, and nothing is uploaded (so nothing leaves the cache for
# object storage) during the run.
CACHE=$((MIB_TOTAL * 1048576 * 2))
BROKER_OVERRIDES="cache.write_cache_size_bytes=$CACHE;wal.capacity_bytes=8589934592"
BROKER_OVERRIDES+=";wal.upload_interval_ms=86400000;object_storage.upload_bytes=1073741824"
export BROKER_OVERRIDES
broker_start "$WORK/broker"
"$KAFKA_LOAD" --bootstrap "$BROKER_BOOTSTRAP" --topic consume --create --partitions "$PARTS" \
    --size "$RSIZE" --mb "$(awk -v m="$MIB_TOTAL" 'BEGIN { printf "%.6f", m * 1048576 / 1e6 }')" \
    --seconds 600 --linger-ms 5 >"$WORK/load"
echo "run-consume: filled: $(cat "$WORK/load")"

iperf_port=$(free_port)
iperf3 -s -B 127.0.0.1 -p "$iperf_port" >/dev/null 2>&1 &
IPERF_PID=$!
for _ in $(seq 1 50); do
    iperf3 -c 127.0.0.1 -p "$iperf_port" -t 1 -J >/dev/null 2>&1 && break
    sleep 0.1
done

TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$BROKER_PID/stat"; }

A=() B=() C=()
for rep in $(seq 1 "$REPS"); do
    # Whole-topic reads back to back for BENCH_SECONDS (at least one): total bytes over the
    # summed read times, and the broker's CPU over them.
    c0=$(cpu_ticks)
    bytes=0 rsecs=0 reads=0 t_end=$(( $(date +%s) + SECS ))
    while [ "$reads" -lt 1 ] || [ "$(date +%s)" -lt "$t_end" ]; do
        line=$("$KAFKA_CONSUME" --bootstrap "$BROKER_BOOTSTRAP" --topic consume \
            --consumers "$CONSUMERS" --timeout 300)
        bytes=$(awk -v a="$bytes" -v b="$(field bytes "$line")" 'BEGIN { printf "%.0f", a + b }')
        rsecs=$(awk -v a="$rsecs" -v b="$(field seconds "$line")" 'BEGIN { printf "%.3f", a + b }')
        reads=$((reads + 1))
        [ "$reads" -lt 1000 ] || break
    done
    c1=$(cpu_ticks)
    mbs=$(awk -v b="$bytes" -v t="$rsecs" 'BEGIN { printf "%.2f", (t > 0 ? b / 1e6 / t : 0) }')
    # The broker's share of the two cores during the reads (the rest is the client's).
    echo "rep $rep: reads=$reads bytes=$bytes read_seconds=$rsecs mb_s=$mbs" \
        "broker_cpu_s=$(awk -v d=$((c1 - c0)) -v t="$TICK" 'BEGIN { printf "%.2f", d / t }') on $(nproc) cores"
    A+=("$mbs")
    C+=("$(awk -v d=$((c1 - c0)) -v t="$TICK" -v w="$rsecs" 'BEGIN { printf "%.2f", (w > 0 ? d / t / w : 0) }')")
    iperf3 -c 127.0.0.1 -p "$iperf_port" -P "$CONSUMERS" -t "$SECS" -J >"$WORK/iperf.json"
    mb=$("$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print("%.2f" % (j["end"]["sum_received"]["bits_per_second"] / 8e6))' "$WORK/iperf.json")
    echo "rep $rep: iperf3 127.0.0.1 streams=$CONSUMERS seconds=$SECS mb_s=$mb"
    B+=("$mb")
done
broker_stop

X=$(median "${A[@]}")
Y=$(median "${B[@]}")
W=$(median "${C[@]}")
R=$(awk -v x="$X" -v y="$Y" 'BEGIN { if (y > 0) printf "%.3f", x / y; else print "0" }')
echo "RESULT consume cache_mb_s=$X loopback_mb_s=$Y ratio=$R broker_cores=$W"
