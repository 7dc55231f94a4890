# The two commands of the README:  make demo  (set up, then run khabar on the examples and the seeds)
#                                  make test  (set up, then lint and run the test suite)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
DEMO_DB ?= demo.db

.PHONY: setup demo test test-slow fuzz lint browser postgres clean

$(BIN)/khabar: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

setup: $(BIN)/khabar

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/khabar ingest --db $(DEMO_DB) examples/ $(wildcard $(SEEDS))
	$(BIN)/khabar stories --db $(DEMO_DB)
	$(BIN)/khabar articles --db $(DEMO_DB)

# The end-to-end tests drive Debian's Chromium (tests/web/test_browser.py); install it, and Noto fonts for
# Devanagari, with apt where missing (as root, else through sudo).
browser:
	@{ test -x /usr/bin/chromium && test -e /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf; } || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium fonts-noto-core; }

# The store suites run against a real PostgreSQL server too (tests/conftest.py starts one per test session with
# initdb and pg_ctl from Debian's package, as the postgres user when run as root); install it where missing.
postgres:
	@{ ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; } || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q postgresql; }

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts

test: lint browser postgres
	$(BIN)/python -m pytest

# The long variants (all twenty kill points, ...). Exit status 5 is pytest's "nothing collected": not a failure.
test-slow: setup
	$(BIN)/python -m pytest -m slow || [ $$? -eq 5 ]

# FUZZ_SECONDS of coverage-guided fuzzing of the ingest boundary and parsers (docs/testing.md).
FUZZ_SECONDS ?= 60
fuzz: setup
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	mkdir -p fuzz/corpus
	$(BIN)/python fuzz/fuzz_ingest.py -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=3072 -timeout=60 fuzz/corpus

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .ruff_cache
