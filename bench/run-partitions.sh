#!/usr/bin/env bash
# bench/run-partitions.sh DIR - broker CPU for one record to each of many partitions: whether
# the cost per partition stays flat from 10,000 to 50,000 partitions.
#
#   For N in 10,000 and 50,000: a fresh broker (bench/broker.sh); bench/kafka_load --populate
#   creates PART_TOPICS (1000) topics of N / PART_TOPICS partitions and produces one PART_SIZE
#   (100) byte record to every partition (acks=all, every one acknowledged) from one librdkafka
#   instance per PART_PER_CLIENT (2500) partitions, then waits
#   PART_IDLE_S (5) seconds with the partitions in place (housekeeping, uploads, timers all run).
#   Broker CPU is utime + stime from /proc/PID/stat over the populate and the idle wait.
#
# Each size runs BENCH_REPS (3) times, interleaved; medians. The last line is exactly:
#   RESULT partitions cpu_us_per_partition_10k=<a> cpu_us_per_partition_50k=<b> ratio=<b/a>
# (goal: ratio <= 1.5).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
BROKER_BIN=$BUILD_DIR/src/cmd/rustmq-broker
KAFKA_LOAD=$BUILD_DIR/bench/kafka_load
REPS=${BENCH_REPS:-3}
TOPICS=${PART_TOPICS:-1000}
SIZE=${PART_SIZE:-100}
IDLE=${PART_IDLE_S:-5}
# Partitions per librdkafka instance: its cost per partition grows with the partitions one
# instance holds, so the population is split to keep the client from being what is measured.
PER_CLIENT=${PART_PER_CLIENT:-2500}

for b in "$BROKER_BIN" "$KAFKA_LOAD"; do
    [ -x "$b" ] || { echo "run-partitions: $b not built" >&2; exit 1; }
done

# shellcheck source=bench/broker.sh
. "$ROOT/bench/broker.sh"

mkdir -p "$1"
WORK=$(mktemp -d "$(cd "$1" && pwd)/rmq-partitions.XXXXXX")
cleanup() {
    [ -n "$BROKER_PID" ] && broker_stop >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$BROKER_PID/stat"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

run_one() { # $1 = partitions in total; prints "cpu_us_per_partition"
    local total=$1 per=$(( $1 / TOPICS )) c0 c1 line
    rm -rf "$WORK/broker"
    broker_start "$WORK/broker" >/dev/null
    c0=$(cpu_ticks)
    line=$("$KAFKA_LOAD" --populate --bootstrap "$BROKER_BOOTSTRAP" --topics "$TOPICS" \
        --partitions "$per" --size "$SIZE" --prefix "bench-part-" \
        --producers $(( (total + PER_CLIENT - 1) / PER_CLIENT )))
    sleep "$IDLE"
    c1=$(cpu_ticks)
    broker_stop >/dev/null
    echo "partitions=$total topics=$TOPICS $line broker_cpu_s=$(awk -v d=$((c1 - c0)) -v t="$TICK" 'BEGIN { printf "%.2f", d / t }')" >&2
    awk -v d=$((c1 - c0)) -v t="$TICK" -v n="$total" 'BEGIN { printf "%.1f\n", d / t * 1e6 / n }'
}

A=() B=()
for rep in $(seq 1 "$REPS"); do
    a=$(run_one 10000)
    b=$(run_one 50000)
    echo "rep $rep: cpu_us_per_partition_10k=$a cpu_us_per_partition_50k=$b"
    A+=("$a")
    B+=("$b")
done
X=$(median "${A[@]}")
Y=$(median "${B[@]}")
R=$(awk -v x="$X" -v y="$Y" 'BEGIN { if (x > 0) printf "%.2f", y / x; else print "0" }')
echo "RESULT partitions cpu_us_per_partition_10k=$X cpu_us_per_partition_50k=$Y ratio=$R"
