# RustMQ — the two commands are `make run` and `make test`; both install what is missing first.
SHELL := /bin/bash
BUILD_REL  := build/release
BUILD_DBG  := build/debug
BUILD_FUZZ := build/fuzz
BUILD_TSAN := build/tsan
FUZZ_SECONDS ?= 20
FUZZ_TARGETS := fuzz_toml fuzz_record_batch fuzz_wal_recovery fuzz_kafka_request fuzz_objstore_xml \
                fuzz_tier_footer fuzz_kv_journal fuzz_plog_ckpt fuzz_http_response
CONFIG ?= config/standalone.toml
# The npm tools (kafkajs, s3rver, Azurite) live in tools/npm/node_modules, pinned by its lockfile.
export PATH := $(CURDIR)/tools/npm/node_modules/.bin:$(PATH)
export NODE_PATH := $(CURDIR)/tools/npm/node_modules
# Formatted sources: ours, not generated code (files marked "GENERATED FILE" are skipped).
FMT_FILES = $(shell git ls-files --cached --others --exclude-standard '*.c' '*.h' 2>/dev/null | grep -v '/gen/' | xargs grep -L 'GENERATED FILE' 2>/dev/null)

.PHONY: all deps build debug tsan tsan-build fuzz-build test soak run bench fuzz gen fmt fmt-check clean

all: build

deps:
	@scripts/install-deps --quiet

$(BUILD_REL)/build.ninja:
	meson setup $(BUILD_REL) -Dbuildtype=release

$(BUILD_DBG)/build.ninja:
	meson setup $(BUILD_DBG) -Dbuildtype=debug -Db_sanitize=address,undefined

$(BUILD_TSAN)/build.ninja:
	meson setup $(BUILD_TSAN) -Dbuildtype=debugoptimized -Db_sanitize=thread

$(BUILD_FUZZ)/build.ninja:
	CC=clang meson setup $(BUILD_FUZZ) -Dfuzz=true -Dbuildtype=debugoptimized \
	  -Db_sanitize=address,undefined -Db_lundef=false

# Optimised build (what `make run` and `make bench` use).
build: deps $(BUILD_REL)/build.ninja
	ninja -C $(BUILD_REL)

# Debug build with AddressSanitizer + UndefinedBehaviorSanitizer (what the tests use).
debug: deps $(BUILD_DBG)/build.ninja
	ninja -C $(BUILD_DBG)

# ThreadSanitizer build (the unit tests and a short integration load run on it).
tsan-build: deps $(BUILD_TSAN)/build.ninja
	ninja -C $(BUILD_TSAN)

tsan: tsan-build
	RMQ_TSAN_DIR=$(CURDIR)/$(BUILD_TSAN) scripts/run-tests $(BUILD_DBG) --only tsan

# libFuzzer targets (clang, ASan + UBSan).
fuzz-build: deps $(BUILD_FUZZ)/build.ninja
	ninja -C $(BUILD_FUZZ)

# Every suite, sanitizers on (the memory-bound test runs the release build, whose RSS is the
# broker's own), every fuzz target for a few seconds, and the ThreadSanitizer run; the last
# line is "N passed, N failed[, N skipped]".
test: debug build fuzz-build tsan-build fmt-check
	RMQ_RELEASE_DIR=$(CURDIR)/$(BUILD_REL) RMQ_FUZZ_DIR=$(CURDIR)/$(BUILD_FUZZ) \
	  RMQ_TSAN_DIR=$(CURDIR)/$(BUILD_TSAN) scripts/run-tests $(BUILD_DBG)

# Long runs, not part of `make test`: the 30-minute soak (kill -9 every 10 minutes, replays from
# offset 0 every 5, a consumer group with churn; 0 lost, duplicated or moved acknowledged
# records and RSS within its bound), then the README's commands on a fresh Debian 12 root.
SOAK_MINUTES ?= 30
soak: build
	/usr/bin/python3 tests/soak/soak.py --minutes $(SOAK_MINUTES) --kill-every-s 600 \
	  --replay-every-s 300 --release-dir $(BUILD_REL)
	tests/soak/fresh-debian.sh

# The standalone broker on the embedded default (local object storage, single-node controller).
run: build
	mkdir -p data
	$(BUILD_REL)/src/cmd/rustmq-broker --standalone --config $(CONFIG)

bench: build
	bench/run

# Each libFuzzer target for FUZZ_SECONDS, starting from its seed corpus.
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(BUILD_FUZZ)/corpus-$$t; \
	  seeds=; [ -d tests/fuzz/seeds/$$t ] && seeds=tests/fuzz/seeds/$$t; \
	  echo "== $$t ($(FUZZ_SECONDS)s)"; \
	  $(BUILD_FUZZ)/tests/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(BUILD_FUZZ)/ $(BUILD_FUZZ)/corpus-$$t $$seeds 2>&1 \
	    | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|Done' ; \
	  [ $${PIPESTATUS[0]} -eq 0 ] || exit 1; \
	done

# Regenerates the Kafka protocol codecs from the official schemas (the only target that reads
# ../shared; the generated C is committed).
SCHEMAS ?= ../shared/protocol/kafka-schemas
gen:
	/usr/bin/python3 tools/kafka_codegen.py --schemas $(SCHEMAS) --out src/kafka/gen

fmt:
	clang-format -i $(FMT_FILES)

fmt-check:
	@clang-format --dry-run --Werror $(FMT_FILES) && echo "fmt-check: ok"

clean:
	rm -rf build
