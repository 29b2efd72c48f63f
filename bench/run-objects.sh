#!/usr/bin/env bash
# bench/run-objects.sh DIR - the object storage tier of the standalone broker against an S3
# server (s3rver, started here on a free loopback port), next to that server's own raw PUT and
# GET throughput, all in the same run.
#
# The broker (bench/broker.sh) talks S3 to s3rver through a proxy of ours
# (bench/objects_bench.py proxy: streams bodies, counts requests and PUT/GET bytes, and can
# answer every request with 503 SlowDown). Every broker runs config/standalone.toml with
# object_storage.compaction_interval_ms = 0 and wal.upload_interval_ms = 1000 (a run's tail,
# less than one object, is uploaded 1 s after it is written instead of 10 s). Records are
# OBJ_RECORD_SIZE bytes, produced by bench/kafka_load (acks=all, one producer); reads are by
# bench/kafka_consume (librdkafka, OBJ_CONSUMERS connections splitting the partitions, from
# offset 0 to every partition's high watermark).
#
#   upload_mb_s      catch-up: proxy in 503 mode, OBJ_BACKLOG_MIB produced over 16 partitions
#                    into a 1 GiB WAL (every upload fails and is retried), then the proxy is
#                    switched to pass; backlog MB / seconds from the switch until the proxy has
#                    forwarded PUT bodies totalling the backlog (payload bytes). Also shown: the
#                    wait from the switch to the first PUT (the broker's retry backoff), and the
#                    rate while full objects went (from the first PUT until less than one object
#                    was left: the tail waits for the upload timer).
#   cold_read_mb_s   the broker restarted (empty read cache) once the WAL is trimmed (its segment
#                    files, not the spares it keeps for reuse, at most 2 segments; waited for at
#                    most 60 s), with read_cache_size_bytes twice the backlog (at least 1 GiB)
#                    and s3rver's own endpoint (no proxy); the whole topic consumed from offset 0
#                    -> MB/s. In the first rep the same cold read also runs through the proxy
#                    first, which shows the broker's GETs (count, bytes, in flight).
#   cache_read_mb_s  the same consume again, right after, on the same broker -> MB/s
#   puts_per_gib_16p, puts_per_gib_1024p
#                    a fresh broker (WAL of 32 GiB, so producers are never throttled),
#                    OBJ_PUTS_MIB produced over 16, then over 1,024 partitions; once the proxy
#                    has forwarded PUT bodies totalling the payload and no PUT came for 2.5 s:
#                    PUT requests answered 2xx / GiB of payload produced
#   raw              bench/objects_bench.py raw: OBJ_RAW_COUNT objects of 16 MiB PUT, then
#                    read whole, straight to s3rver by 1 and by OBJ_RAW_PARALLEL threads; with
#                    OBJ_RAW_PARALLEL also read in OBJ_RAW_RANGE_MIB ranges by
#                    OBJ_RAW_RANGE_PARALLEL threads (the broker's pattern: extents of a few MiB,
#                    up to 16 GETs in flight); by OBJ_RAW_PARALLEL threads through the proxy
#                    (the upload's like-for-like limit: the broker uploads through it), and in
#                    the first rep by 1 thread through it too, to show what the proxy costs.
#                    Each PUT signs its payload's SHA-256, as the broker does by default.
# The upload and the broker's PUT times are also summarised from its log ("uploaded ... in X
# ms" lines: object size, extents, PUT time, time between uploads).
#
# MB = 10^6 bytes of record payload (as kafka_load counts); GiB = 2^30 bytes. Each measurement
# runs OBJ_REPS times, interleaved; medians are reported. The line before the last compares
# with the raw figures and the goals (puts/GiB <= 128, 1024p <= 1.25 x 16p, cold read >= 200
# MB/s); the last line is exactly:
#   RESULT objects upload_mb_s=<a> cold_read_mb_s=<b> cache_read_mb_s=<c> puts_per_gib_16p=<d> puts_per_gib_1024p=<e>
#
# Environment: BUILD_DIR (default build/release), BENCH_QUICK=1 (small sizes, one rep),
# OBJ_REPS (BENCH_REPS, else 3; 1 with BENCH_QUICK), OBJ_PUTS_REPS (1: the PUT counts vary
# little), OBJ_BACKLOG_MIB (512; 128 quick), OBJ_PUTS_MIB (1024; 256 quick), OBJ_RECORD_SIZE
# (16384), OBJ_CONSUMERS (4), OBJ_RAW_COUNT (32; 8 quick), OBJ_RAW_PARALLEL (4),
# OBJ_RAW_RANGE_MIB (4), OBJ_RAW_RANGE_PARALLEL (16), OBJ_LOG_DIR (keep the brokers' logs
# there). Needs s3rver (tools/npm, installed by scripts/install-deps) and /usr/bin/python3.
# DIR must be on a real disk (tmpfs is refused); a fresh subdirectory is created inside it and
# removed on exit. s3rver, the proxy and every broker are stopped by their pids; every wait is
# bounded.
# shellcheck disable=SC2089,SC2090  # BROKER_OVERRIDES carries TOML quotes for bench/broker.sh
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
HELPER=$ROOT/bench/objects_bench.py
S3RVER=$(PATH="$ROOT/tools/npm/node_modules/.bin:$PATH" command -v s3rver || true)
PY=/usr/bin/python3
QUICK=${BENCH_QUICK:-0}
if [ "$QUICK" = 1 ]; then
    REPS=${OBJ_REPS:-1}
    BACKLOG_MIB=${OBJ_BACKLOG_MIB:-128}
    PUTS_MIB=${OBJ_PUTS_MIB:-256}
    RAW_COUNT=${OBJ_RAW_COUNT:-8}
else
    REPS=${OBJ_REPS:-${BENCH_REPS:-3}}
    BACKLOG_MIB=${OBJ_BACKLOG_MIB:-512}
    PUTS_MIB=${OBJ_PUTS_MIB:-1024}
    RAW_COUNT=${OBJ_RAW_COUNT:-32}
fi
PUTS_REPS=${OBJ_PUTS_REPS:-1}
SIZE=${OBJ_RECORD_SIZE:-16384}
CONSUMERS=${OBJ_CONSUMERS:-4}
RAW_PARALLEL=${OBJ_RAW_PARALLEL:-4}
RAW_RANGE_MIB=${OBJ_RAW_RANGE_MIB:-4}
RAW_RANGE_PARALLEL=${OBJ_RAW_RANGE_PARALLEL:-16}
BUCKET=rustmq
MIB=1048576
SEGMENT=67108864 # standalone.toml's wal.segment_size_bytes

for bin in "$BROKER_BIN" "$KAFKA_LOAD" "$KAFKA_CONSUME"; do
    [ -x "$bin" ] || { echo "run-objects: $bin not built (librdkafka-dev?)" >&2; exit 1; }
done
[ -x "$PY" ] || { echo "run-objects: $PY missing" >&2; exit 1; }
[ -x "$S3RVER" ] || { echo "run-objects: $S3RVER not installed (scripts/install-deps)" >&2; exit 1; }

mkdir -p "$1"
FSTYPE=$(stat -f -c %T "$1")
if [ "$FSTYPE" = "tmpfs" ] || [ "$FSTYPE" = "ramfs" ]; then
    echo "run-objects: $1 is on $FSTYPE; the benchmark needs a real disk" >&2
    exit 1
fi
WORK=$(cd "$(mktemp -d "$1/rmq-objbench.XXXXXX")" && pwd)

# shellcheck source=bench/broker.sh
source "$ROOT/bench/broker.sh"
S3_PID=""
PROXY_PID=""
stop_pid() { # $1 = pid; SIGTERM, at most 10 s, then SIGKILL
    local pid=$1
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    broker_stop || true
    stop_pid "$PROXY_PID"
    PROXY_PID=""
    stop_pid "$S3_PID"
    S3_PID=""
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

START_S=$SECONDS
echo "run-objects: dir=$WORK fs=$FSTYPE reps=$REPS backlog_mib=$BACKLOG_MIB puts_mib=$PUTS_MIB" \
    "record_size=$SIZE consumers=$CONSUMERS raw_count=$RAW_COUNT raw_parallel=$RAW_PARALLEL"

wait_port() { # $1 = port, $2 = pid that must stay alive, $3 = name
    for _ in $(seq 1 300); do
        kill -0 "$2" 2>/dev/null || { echo "run-objects: $3 exited during start" >&2; return 1; }
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
            return 0
        fi
        sleep 0.1
    done
    echo "run-objects: $3 did not listen on port $1 within 30 s" >&2
    return 1
}

# ---- s3rver and the proxy ----
S3_PORT=$(free_port)
mkdir -p "$WORK/s3"
# s3rver's listing continuation tokens need Node's legacy OpenSSL provider (see
# tests/integration/conftest.py).
NODE_OPTIONS=--openssl-legacy-provider "$S3RVER" --directory "$WORK/s3/data" --address 127.0.0.1 \
    --port "$S3_PORT" --silent --configure-bucket "$BUCKET" --no-vhost-buckets \
    </dev/null >"$WORK/s3/s3rver.log" 2>&1 &
S3_PID=$!
wait_port "$S3_PORT" "$S3_PID" s3rver

"$PY" "$HELPER" proxy "$S3_PORT" "$WORK/proxy.info" >"$WORK/proxy.log" 2>&1 &
PROXY_PID=$!
for _ in $(seq 1 100); do
    [ -f "$WORK/proxy.info" ] && break
    kill -0 "$PROXY_PID" 2>/dev/null || { echo "run-objects: proxy exited" >&2; cat "$WORK/proxy.log" >&2; exit 1; }
    sleep 0.1
done
read -r PROXY_PORT CTL_PORT <"$WORK/proxy.info"
ctl() { "$PY" "$HELPER" ctl "$CTL_PORT" "$@"; }
jget() { # $1 = JSON, $2 = python expression over j
    "$PY" -c 'import json, sys; j = json.loads(sys.argv[1]); print(eval(sys.argv[2]))' "$1" "$2"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
wal_bytes() { # $1 = suffix: bytes of the broker's WAL files *$1 (.wal segments, .spare files)
    find "$WORK/broker/wal" -type f -name "*$1" -printf '%s\n' 2>/dev/null |
        awk '{s += $1} END {print s + 0}'
}
mib_of() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }
save_log() { # $1 = name: keeps the broker's log as $OBJ_LOG_DIR/$1.log when OBJ_LOG_DIR is set
    if [ -n "${OBJ_LOG_DIR:-}" ]; then
        mkdir -p "$OBJ_LOG_DIR"
        cp "$BROKER_LOG" "$OBJ_LOG_DIR/$1.log"
    fi
}
wipe_bucket() { # the broker's objects (the broker is stopped)
    rm -rf "${WORK:?}/s3/data/$BUCKET/rustmq"
}

S3_BASE="object_storage.storage_type=\"s3\""
S3_BASE+=";object_storage.bucket=\"$BUCKET\";object_storage.region=\"us-east-1\""
S3_BASE+=";object_storage.access_key=\"S3RVER\";object_storage.secret_key=\"S3RVER\""
S3_BASE+=";object_storage.addressing=\"path\";object_storage.compaction_interval_ms=0"
S3_BASE+=";wal.upload_interval_ms=1000"
S3_OV="$S3_BASE;object_storage.endpoint=\"http://127.0.0.1:$PROXY_PORT\""
S3_OV_DIRECT="$S3_BASE;object_storage.endpoint=\"http://127.0.0.1:$S3_PORT\""

# kafka_load --mb is in 10^6 bytes
mb_of_mib() { awk -v m="$1" 'BEGIN { printf "%.6f", m * 1048576 / 1e6 }'; }

produce() { # $1 = topic, $2 = partitions, $3 = MiB; the kafka_load line goes to $WORK/line
    "$KAFKA_LOAD" --bootstrap "$BROKER_BOOTSTRAP" --topic "$1" --create --partitions "$2" \
        --size "$SIZE" --mb "$(mb_of_mib "$3")" --seconds 900 --linger-ms 5 >"$WORK/line"
}

consume() { # the whole topic "objects" from offset 0; the kafka_consume line goes to $WORK/line
    "$KAFKA_CONSUME" --bootstrap "$BROKER_BOOTSTRAP" --topic objects --consumers "$CONSUMERS" \
        --timeout 600 >"$WORK/line"
}

# ---- raw s3rver ----
raw_run() { # $1 = port, $2 = parallel, [$3 = range, $4 = its parallel]; prints the raw line
    "$PY" "$HELPER" raw "$1" "$BUCKET" 16777216 "$RAW_COUNT" "$2" "${@:3}"
}

# ---- catch-up, cold read, cache read ----
catchup_run() { # $1 = rep; appends to the U_* R_* C_* arrays via $WORK/catchup
    local rep=$1 line acked bytes j cap
    rm -rf "$WORK/broker"
    wipe_bucket
    ctl mode 503 >/dev/null
    ctl reset >/dev/null
    cap=$((BACKLOG_MIB * MIB * 2))
    [ "$cap" -ge 1073741824 ] || cap=1073741824
    BROKER_OVERRIDES="$S3_OV;wal.capacity_bytes=1073741824;cache.read_cache_size_bytes=$cap"
    export BROKER_OVERRIDES
    broker_start "$WORK/broker"
    produce objects 16 "$BACKLOG_MIB"
    line=$(cat "$WORK/line")
    echo "rep $rep: backlog: $line"
    acked=$(field acked "$line")
    bytes=$((acked * SIZE))
    j=$(ctl stats)
    echo "rep $rep: backlog: wal_segments_mib=$(mib_of "$(wal_bytes .wal)")" \
        "proxy_503s=$(jget "$j" 'j["faults"]') puts_forwarded=$(jget "$j" 'j["passed"].get("PUT", 0)')"
    ctl mode pass >/dev/null
    j=$(ctl wait_put "$bytes" 300 16777216)
    if [ "$(jget "$j" 'j["reached"]')" != True ]; then
        echo "run-objects: uploads did not catch up within 300 s: $j" >&2
        tail -20 "$BROKER_LOG" >&2
        return 1
    fi
    local first done_s near near_b up steady
    first=$(jget "$j" '"%.3f" % j["first_put_s"]')
    done_s=$(jget "$j" '"%.3f" % j["done_s"]')
    near=$(jget "$j" '"%.3f" % j["near_s"]')
    near_b=$(jget "$j" 'j["near_bytes"]')
    up=$(awk -v b="$bytes" -v s="$done_s" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    # While full objects went: from the first PUT's start to the first PUT after which less
    # than one object (upload_bytes) was left; the rest waits for wal.upload_interval_ms.
    steady=$(awk -v b="$near_b" -v s="$near" -v f="$first" 'BEGIN { printf "%.1f", b / 1e6 / (s - f) }')
    echo "rep $rep: catch-up: backlog_mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')" \
        "first_put_after_s=$first full_objects_done_after_s=$near done_after_s=$done_s" \
        "upload_mb_s=$up full_objects_mb_s=$steady" \
        "puts=$(jget "$j" 'j["ok"].get("PUT", 0)')" \
        "proxy_put_ms_p50=$(jget "$j" 'j["ms_p50"].get("PUT", 0)')"
    echo "rep $rep: catch-up: broker log: $("$PY" "$HELPER" uploadlog "$BROKER_LOG")"
    # The tail (uploaded after wal.upload_interval_ms), then the WAL's trim: its segment files
    # (not the spare files it keeps for reuse) down to at most 2 segments, waited for <= 60 s.
    sleep 2
    local wal
    for _ in $(seq 1 600); do
        wal=$(wal_bytes .wal)
        [ "$wal" -le $((2 * SEGMENT)) ] && break
        sleep 0.1
    done
    echo "rep $rep: before restart: wal_segments_mib=$(mib_of "$wal")" \
        "wal_spares_mib=$(mib_of "$(wal_bytes .spare)")" \
        "uploaded_mb=$(jget "$(ctl stats)" '"%.1f" % (j["put_bytes"] / 1e6)')"
    broker_stop
    save_log "rep$rep-catchup"
    local cold cache
    if [ "$rep" = 1 ]; then
        # Diagnostic: the same cold read through the proxy, which sees the broker's GETs.
        broker_start "$WORK/broker"
        ctl reset >/dev/null
        consume
        j=$(ctl stats)
        echo "rep $rep: cold via proxy: $(cat "$WORK/line") gets=$(jget "$j" 'j["ok"].get("GET", 0)')" \
            "get_mb=$(jget "$j" '"%.1f" % (j["get_bytes"] / 1e6)')" \
            "gets_in_flight_max=$(jget "$j" 'j["max_inflight"].get("GET", 0)')" \
            "gets_in_flight_mean=$(jget "$j" 'j["gets"]["mean_in_flight"]')" \
            "get_busy_s=$(jget "$j" 'j["gets"]["busy_s"]') get_span_s=$(jget "$j" 'j["gets"]["span_s"]')" \
            "proxy_get_ms_p50=$(jget "$j" 'j["ms_p50"].get("GET", 0)')"
        broker_stop
        save_log "rep$rep-cold-via-proxy"
    fi
    # The measurement: the broker straight to s3rver, so that the proxy costs nothing.
    BROKER_OVERRIDES="$S3_OV_DIRECT;wal.capacity_bytes=1073741824;cache.read_cache_size_bytes=$cap"
    broker_start "$WORK/broker"
    consume
    echo "rep $rep: cold: $(cat "$WORK/line")"
    cold=$(field mb_s "$(cat "$WORK/line")")
    consume
    echo "rep $rep: cache: $(cat "$WORK/line")"
    cache=$(field mb_s "$(cat "$WORK/line")")
    broker_stop
    save_log "rep$rep-cold"
    rm -rf "$WORK/broker"
    wipe_bucket
    echo "$up $steady $first $cold $cache" >"$WORK/catchup"
}

puts_run() { # $1 = rep, $2 = partitions; writes "puts_per_gib" to $WORK/puts
    local rep=$1 parts=$2 line acked bytes j puts gib
    rm -rf "$WORK/broker"
    wipe_bucket
    ctl mode pass >/dev/null
    BROKER_OVERRIDES="$S3_OV"
    export BROKER_OVERRIDES
    broker_start "$WORK/broker"
    ctl reset >/dev/null
    produce "puts$parts" "$parts" "$PUTS_MIB"
    line=$(cat "$WORK/line")
    acked=$(field acked "$line")
    bytes=$((acked * SIZE))
    j=$(ctl wait_put "$bytes" 300)
    if [ "$(jget "$j" 'j["reached"]')" != True ]; then
        echo "run-objects: uploads of ${parts}p did not finish within 300 s: $j" >&2
        tail -20 "$BROKER_LOG" >&2
        return 1
    fi
    # Uploads quiet for 2.5 s (the 1 s upload interval's tail included), at most 60 s.
    local last=-1 now
    for _ in $(seq 1 24); do
        now=$(jget "$(ctl stats)" 'j["passed"].get("PUT", 0)')
        [ "$now" = "$last" ] && break
        last=$now
        sleep 2.5
    done
    j=$(ctl stats)
    puts=$(jget "$j" 'j["ok"].get("PUT", 0)')
    gib=$(awk -v b="$bytes" 'BEGIN { printf "%.4f", b / 1073741824 }')
    echo "rep $rep: puts ${parts}p: $line"
    echo "rep $rep: puts ${parts}p: gib=$gib puts=$puts put_mb=$(jget "$j" '"%.1f" % (j["put_bytes"] / 1e6)')" \
        "puts_per_gib=$(awk -v p="$puts" -v g="$gib" 'BEGIN { printf "%.1f", p / g }')" \
        "requests=$(jget "$j" 'j["counts"]')"
    echo "rep $rep: puts ${parts}p: broker log: $("$PY" "$HELPER" uploadlog "$BROKER_LOG")"
    broker_stop
    save_log "rep$rep-puts${parts}p"
    rm -rf "$WORK/broker"
    wipe_bucket
    awk -v p="$puts" -v g="$gib" 'BEGIN { printf "%.1f\n", p / g }' >"$WORK/puts"
}

PROXY1_PUT=0 RAWP_PUT=() RAWR_GET=() RAW1_PUT=() RAW1_GET=() RAWN_PUT=() RAWN_GET=() U=() US=() UF=() R=() C=() P16=() P1024=()
for rep in $(seq 1 "$REPS"); do
    line=$(raw_run "$S3_PORT" 1)
    echo "rep $rep: direct: $line"
    RAW1_PUT+=("$(field put_mb_s "$line")")
    RAW1_GET+=("$(field get_mb_s "$line")")
    line=$(raw_run "$S3_PORT" "$RAW_PARALLEL" $((RAW_RANGE_MIB * MIB)) "$RAW_RANGE_PARALLEL")
    echo "rep $rep: direct: $line"
    RAWN_PUT+=("$(field put_mb_s "$line")")
    RAWN_GET+=("$(field get_mb_s "$line")")
    RAWR_GET+=("$(field ranged_get_mb_s "$line")")
    # The broker's uploads go through the proxy (it holds them back with 503s until the
    # switch): the same proxy and parallelism is the upload's like-for-like limit.
    line=$(raw_run "$PROXY_PORT" "$RAW_PARALLEL")
    echo "rep $rep: via proxy: $line"
    RAWP_PUT+=("$(field put_mb_s "$line")")
    if [ "$rep" = 1 ]; then
        line=$(raw_run "$PROXY_PORT" 1)
        echo "rep $rep: via proxy: $line"
        PROXY1_PUT=$(field put_mb_s "$line")
    fi

    catchup_run "$rep"
    read -r a b c d e <"$WORK/catchup"
    U+=("$a") US+=("$b") UF+=("$c") R+=("$d") C+=("$e")

    if [ "$rep" -le "$PUTS_REPS" ]; then
        puts_run "$rep" 16
        P16+=("$(cat "$WORK/puts")")
        puts_run "$rep" 1024
        P1024+=("$(cat "$WORK/puts")")
    fi
done

A=$(median "${U[@]}")
B=$(median "${R[@]}")
Cc=$(median "${C[@]}")
D=$(median "${P16[@]}")
E=$(median "${P1024[@]}")
awk -v a="$A" -v as="$(median "${US[@]}")" -v af="$(median "${UF[@]}")" -v b="$B" -v c="$Cc" \
    -v d="$D" -v e="$E" -v p1="$(median "${RAW1_PUT[@]}")" -v pn="$(median "${RAWN_PUT[@]}")" \
    -v pp="$PROXY1_PUT" -v ppn="$(median "${RAWP_PUT[@]}")" \
    -v g1="$(median "${RAW1_GET[@]}")" -v gn="$(median "${RAWN_GET[@]}")" \
    -v gr="$(median "${RAWR_GET[@]}")" -v n="$RAW_PARALLEL" -v rm="$RAW_RANGE_MIB" \
    -v rp="$RAW_RANGE_PARALLEL" -v secs="$((SECONDS - START_S))" 'BEGIN {
    pg = (d <= 128 && e <= 128); pr = (d > 0 && e <= 1.25 * d); cr = (b >= 200)
    printf "objects: upload %.1f MB/s (%.2f x raw PUT through the same proxy %.1f [%d streams];" \
        " %.2f x s3rver raw PUT direct %.1f; raw PUT 1 stream" \
        " %.1f, 1 stream through the proxy %.1f; first PUT %.1f s after the switch; full objects" \
        " %.1f MB/s = %.2f x raw PUT), cold read %.1f MB/s (%.2f x raw GET %.1f [%d streams];" \
        " 1 stream %.1f; %d MiB ranges x %d: %.1f = %.2f x), cache read %.1f MB/s, puts/GiB" \
        " %.1f (16p) %.1f (1024p); goals: puts/GiB <= 128: %s, 1024p <= 1.25 x 16p (%.2f): %s," \
        " cold read >= 200 MB/s: %s; run took %d s\n",
        a, (ppn > 0 ? a / ppn : 0), ppn, n, (pn > 0 ? a / pn : 0), pn, p1, pp, af, as,
        (ppn > 0 ? as / ppn : 0),
        b, (gn > 0 ? b / gn : 0), gn, n, g1, rm, rp, gr, (gr > 0 ? b / gr : 0), c, d, e,
        (pg ? "MET" : "NOT MET"), (d > 0 ? e / d : 0), (pr ? "MET" : "NOT MET"),
        (cr ? "MET" : "NOT MET"), secs
}'
echo "RESULT objects upload_mb_s=$A cold_read_mb_s=$B cache_read_mb_s=$Cc puts_per_gib_16p=$D puts_per_gib_1024p=$E"
