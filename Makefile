# Reclaim — common tasks. `make demo` and `make test` work on a fresh machine:
# both run scripts/bootstrap first, which installs whatever is missing.

SWIFT ?= swift
SWIFT_BUILD_FLAGS ?=
SWIFT_TEST_FLAGS ?=
SHARED_DIR ?= ../shared
ACCEPTANCE_ARGS ?=
DEMO_ARGS ?=
SERVE_ARGS ?=
BENCH_ARGS ?=

RELEASE_BIN := .build/release/reclaim

.DEFAULT_GOAL := build
.PHONY: bootstrap build release test lint format acceptance acceptance-debug demo bench serve clean distclean

bootstrap:
	scripts/bootstrap

build: bootstrap
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

release: bootstrap
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

# Unit tests and the storage conformance suite, on SQLite and on a throwaway PostgreSQL that
# scripts/with-postgres starts (it exports POSTGRES_* and RECLAIM_TEST_POSTGRES_URL).
# Build first so that the server is not up during compilation. 2>&1: Swift Testing reports
# on stderr; keep everything on stdout. scripts/php-tests checks the WooCommerce plugin.
test: bootstrap
	scripts/php-tests
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	scripts/with-postgres -- $(SWIFT) test $(SWIFT_BUILD_FLAGS) $(SWIFT_TEST_FLAGS) 2>&1

# The style check CI runs (.swift-format): every Swift file as `swift format` would lay it out.
# `make format` rewrites them in place.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

# The black-box acceptance suite from ../shared/acceptance against the release binary.
# e.g. make acceptance ACCEPTANCE_ARGS="--only check_foundation check_webhooks"
acceptance: release
	python3 $(SHARED_DIR)/acceptance/run_all.py $(ACCEPTANCE_ARGS)

# The same checks against the debug binary that `make test` already built (CI uses this to
# avoid a second, release, build of every dependency).
acceptance-debug: build
	python3 $(SHARED_DIR)/acceptance/run_all.py --bin .build/debug/reclaim $(ACCEPTANCE_ARGS)

# The whole product on a temporary SQLite database with simulated shoppers and an accelerated clock;
# prints the funnel. e.g. make demo DEMO_ARGS="--carts 1000 --seed 7" or DEMO_ARGS="--serve".
demo: release
	$(RELEASE_BIN) demo $(DEMO_ARGS)

bench:
	@if [ -x bench/queue ]; then \
		echo "bench/queue $(BENCH_ARGS)"; bench/queue $(BENCH_ARGS); \
	elif [ -f bench/queue ]; then \
		echo "bash bench/queue $(BENCH_ARGS)"; bash bench/queue $(BENCH_ARGS); \
	else \
		echo "make bench: bench/queue does not exist yet; nothing to run"; \
	fi

serve: release
	$(RELEASE_BIN) serve $(SERVE_ARGS)

clean:
	$(SWIFT) package clean
	rm -rf .build/acceptance

# Also removes the fetched dependencies.
distclean:
	rm -rf .build .swiftpm
