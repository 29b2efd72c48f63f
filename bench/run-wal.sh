#!/usr/bin/env bash
# bench/run-wal.sh DIR - WAL benchmark next to the disk's own limits, measured by fio in the
# same run on the same directory.
#
#   wal_bench: 4 writer threads, 1 KiB records, 256 appends in flight per writer, each waiting
#              for durability; reports MB/s and the p50/p99 submit->durable latency.
#              4 x 256 x 1 KiB = 1 MiB in flight: the same bytes per sync cycle as fio's 1 MiB
#              blocks, so the ratio compares the WAL's overhead, not the queue depth (by
#              Little's law a smaller window caps throughput at window / sync latency).
#   fio bw:    --rw=write --bs=1m --fdatasync=1        (sequential bandwidth with syncs, a file
#              that grows as it is written)
#   fio like:  the WAL's own pattern, the like-for-like limit: overwriting a file laid out in
#              full beforehand (the WAL writes into preallocated, recycled segments), blocks of
#              the WAL's mean bytes per fdatasync in the same run, each followed by fdatasync,
#              the same I/O engine as the WAL's backend (io_uring or pwritev) at depth 1
#   fio lat:   --rw=write --bs=16k --fdatasync=1       (fdatasync latency percentiles)
#
# Each measurement runs REPS times (interleaved, so drift hits all three alike); the medians
# are reported. The last line is exactly:
#   RESULT wal throughput_mb_s=<x> fio_mb_s=<y> ratio=<x/y> fio_like_mb_s=<z> ratio_like=<x/z> bytes_per_sync=<n> p50_us=<a> p99_us=<b> fio_sync_p50_us=<c> fio_sync_p99_us=<d>
#
# Environment: WAL_BENCH (binary, default build/release/bench/wal_bench), BENCH_SECONDS
# (default 10), BENCH_REPS (default 3), BENCH_THREADS (4), BENCH_WINDOW (256), BENCH_SIZE (1024),
# BENCH_WINDOW1=1 to add an informational run with one append in flight per writer.
# DIR must be on a real disk (tmpfs is refused); a fresh subdirectory is created inside it and
# removed on exit.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${WAL_BENCH:-$ROOT/build/release/bench/wal_bench}
SECS=${BENCH_SECONDS:-10}
REPS=${BENCH_REPS:-3}
THREADS=${BENCH_THREADS:-4}
WINDOW=${BENCH_WINDOW:-256}
SIZE=${BENCH_SIZE:-1024}
PY=/usr/bin/python3

[ -x "$BIN" ] || { echo "run-wal: $BIN not built" >&2; exit 1; }
command -v fio >/dev/null || { echo "run-wal: fio not installed" >&2; exit 1; }
[ -x "$PY" ] || { echo "run-wal: $PY missing" >&2; exit 1; }

mkdir -p "$1"
FSTYPE=$(stat -f -c %T "$1")
if [ "$FSTYPE" = "tmpfs" ] || [ "$FSTYPE" = "ramfs" ]; then
    echo "run-wal: $1 is on $FSTYPE; the benchmark needs a real disk" >&2
    exit 1
fi
WORK=$(mktemp -d "$1/rmq-walbench.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

echo "run-wal: dir=$WORK fs=$FSTYPE seconds=$SECS reps=$REPS threads=$THREADS window=$WINDOW size=$SIZE"

# key=value field from a wal_bench line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

run_wal() { # $1 = window; prints the bench line
    rm -rf "$WORK/wal"
    "$BIN" --dir "$WORK/wal" --seconds "$SECS" --threads "$THREADS" --window "$1" --size "$SIZE"
    rm -rf "$WORK/wal"
}

run_fio() { # $1 = block size; writes JSON to $WORK/fio.json
    rm -rf "$WORK/fio"
    mkdir -p "$WORK/fio"
    fio --name=walcmp --directory="$WORK/fio" --rw=write --bs="$1" --size=4g --fdatasync=1 \
        --ioengine=psync --runtime="$SECS" --time_based --output-format=json \
        --output="$WORK/fio.json" >/dev/null
    rm -rf "$WORK/fio"
}

# The WAL's pattern (see the header): overwrite a laid-out file in blocks of $1 bytes, each
# fdatasync'd, with engine $2 at depth 1.
run_fio_like() {
    rm -rf "$WORK/fio"
    mkdir -p "$WORK/fio"
    fio --name=walpattern --filename="$WORK/fio/segment" --rw=write --bs="$1" --size=1g \
        --overwrite=1 --fdatasync=1 --ioengine="$2" --iodepth=1 --runtime="$SECS" \
        --time_based --output-format=json --output="$WORK/fio.json" >/dev/null
    rm -rf "$WORK/fio"
}

WAL_MB=() WAL_P50=() WAL_P99=() FIO_MB=() FIO_P50=() FIO_P99=() LIKE_MB=() BPS=()
for rep in $(seq 1 "$REPS"); do
    line=$(run_wal "$WINDOW")
    echo "rep $rep: $line"
    WAL_MB+=("$(field throughput_mb_s "$line")")
    WAL_P50+=("$(field p50_us "$line")")
    WAL_P99+=("$(field p99_us "$line")")
    bps=$(field bytes_per_sync "$line")
    BPS+=("$bps")
    # Blocks of the WAL's bytes per sync, rounded up to 4 KiB; its backend's engine.
    blk=$(( (${bps%.*} + 4095) / 4096 * 4096 ))
    [ "$blk" -ge 4096 ] || blk=4096
    engine=psync
    [ "$(field backend "$line")" = "io_uring" ] && engine=io_uring
    run_fio_like "$blk" "$engine"
    like=$("$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print("%.2f" % (j["jobs"][0]["write"]["bw_bytes"] / 1e6))' "$WORK/fio.json")
    echo "rep $rep: fio like-for-like overwrite bs=$blk engine=$engine iodepth=1 fdatasync=1 mb_s=$like"
    LIKE_MB+=("$like")

    run_fio 1m
    mb=$("$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print("%.2f" % (j["jobs"][0]["write"]["bw_bytes"] / 1e6))' "$WORK/fio.json")
    echo "rep $rep: fio bs=1m fdatasync=1 mb_s=$mb"
    FIO_MB+=("$mb")

    run_fio 16k
    read -r p50 p99 < <("$PY" -c '
import json, sys
j = json.load(open(sys.argv[1]))
pct = j["jobs"][0]["sync"]["lat_ns"]["percentile"]
def get(p):
    for k, v in pct.items():
        if abs(float(k) - p) < 1e-6:
            return v / 1000.0
    raise SystemExit("percentile %s missing" % p)
print("%.1f %.1f" % (get(50.0), get(99.0)))' "$WORK/fio.json")
    echo "rep $rep: fio bs=16k fdatasync=1 sync_p50_us=$p50 sync_p99_us=$p99"
    FIO_P50+=("$p50")
    FIO_P99+=("$p99")
done

if [ "${BENCH_WINDOW1:-0}" = "1" ]; then
    echo "info: window=1: $(run_wal 1)"
fi

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }

X=$(median "${WAL_MB[@]}")
Y=$(median "${FIO_MB[@]}")
A=$(median "${WAL_P50[@]}")
B=$(median "${WAL_P99[@]}")
C=$(median "${FIO_P50[@]}")
D=$(median "${FIO_P99[@]}")
Z=$(median "${LIKE_MB[@]}")
N=$(median "${BPS[@]}")
R=$(awk -v x="$X" -v y="$Y" 'BEGIN { if (y > 0) printf "%.3f", x / y; else print "0" }')
RL=$(awk -v x="$X" -v z="$Z" 'BEGIN { if (z > 0) printf "%.3f", x / z; else print "0" }')
echo "RESULT wal throughput_mb_s=$X fio_mb_s=$Y ratio=$R fio_like_mb_s=$Z ratio_like=$RL bytes_per_sync=$N p50_us=$A p99_us=$B fio_sync_p50_us=$C fio_sync_p99_us=$D"
