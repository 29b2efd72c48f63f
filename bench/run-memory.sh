#!/usr/bin/env bash
# bench/run-memory.sh DIR - the standalone broker's resident memory, idle and holding many
# partitions.
#
#   idle:   a fresh broker (bench/broker.sh), one second after it accepts connections
#   loaded: after bench/kafka_load --populate has created MEM_TOPICS topics of MEM_PARTITIONS
#           partitions (CreateTopics) and written one small record batch (one MEM_SIZE-byte
#           record) to every partition, all acknowledged (acks=all), plus one second
#
# RSS is VmRSS from /proc/PID/status, in MiB (1 MiB = 1024 KiB). The broker must then stop
# cleanly on SIGTERM. The last line is exactly:
#   RESULT memory idle_rss_mb=<x> rss_10k_partitions_mb=<y>
# (with the defaults, 1,000 topics x 10 partitions = 10k partitions). The line before it
# compares with the goals (< 30 MB idle, < 300 MB with 10k partitions) and also shows the
# peak (VmHWM) and the anonymous part of the loaded RSS.
#
# Environment: BUILD_DIR (default build/release), MEM_TOPICS (1000), MEM_PARTITIONS (10),
# MEM_SIZE (100). DIR must be on a real disk; a fresh subdirectory is created inside it and
# removed on exit. The broker is stopped by its pid.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
BROKER_BIN=$BUILD_DIR/src/cmd/rustmq-broker
KAFKA_LOAD=$BUILD_DIR/bench/kafka_load
TOPICS=${MEM_TOPICS:-1000}
PARTS=${MEM_PARTITIONS:-10}
SIZE=${MEM_SIZE:-100}

for bin in "$BROKER_BIN" "$KAFKA_LOAD"; do
    [ -x "$bin" ] || { echo "run-memory: $bin not built (librdkafka-dev?)" >&2; exit 1; }
done
mkdir -p "$1"
FSTYPE=$(stat -f -c %T "$1")
if [ "$FSTYPE" = "tmpfs" ] || [ "$FSTYPE" = "ramfs" ]; then
    echo "run-memory: $1 is on $FSTYPE; the benchmark needs a real disk" >&2
    exit 1
fi
WORK=$(cd "$(mktemp -d "$1/rmq-membench.XXXXXX")" && pwd)

# shellcheck source=bench/broker.sh
source "$ROOT/bench/broker.sh"
cleanup() {
    broker_stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

status_kb() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$BROKER_PID/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

echo "run-memory: dir=$WORK fs=$FSTYPE topics=$TOPICS partitions=$PARTS record_size=$SIZE"
broker_start "$WORK/broker"
sleep 1
IDLE=$(status_kb VmRSS)
echo "idle: VmRSS=${IDLE}kB RssAnon=$(status_kb RssAnon)kB"

"$KAFKA_LOAD" --populate --bootstrap "$BROKER_BOOTSTRAP" --topics "$TOPICS" \
    --partitions "$PARTS" --size "$SIZE"
sleep 1
LOADED=$(status_kb VmRSS)
ANON=$(status_kb RssAnon)
HWM=$(status_kb VmHWM)
echo "loaded: VmRSS=${LOADED}kB RssAnon=${ANON}kB VmHWM=${HWM}kB threads=$(status_kb Threads)"
broker_stop

X=$(mib "$IDLE")
Y=$(mib "$LOADED")
awk -v x="$X" -v y="$Y" -v h="$(mib "$HWM")" -v a="$(mib "$ANON")" 'BEGIN {
    printf "goals: idle %.1f MiB (< 30: %s) loaded %.1f MiB (< 300: %s) loaded_peak_mb=%s loaded_anon_mb=%s\n",
        x, (x < 30 ? "met" : "NOT met"), y, (y < 300 ? "met" : "NOT met"), h, a
}'
echo "RESULT memory idle_rss_mb=$X rss_10k_partitions_mb=$Y"
