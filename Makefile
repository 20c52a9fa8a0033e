# faultlines — two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup test demo lint browser clean eval bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Debian's Chromium for the browser tests (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	    || echo "chromium not installed: browser tests will be skipped"; }

lint: setup
	$(BIN)/ruff check src tests eval benchmarks

test: setup browser lint
	$(BIN)/python -m pytest -q

# make demo ARGS='--port 8001' when port 8000 is taken
demo: setup
	$(BIN)/faultlines demo $(ARGS)

eval: setup
	$(BIN)/python eval/extraction.py
	$(BIN)/python eval/quotes.py
	$(BIN)/python eval/realnews.py
	$(BIN)/python eval/offtopic.py
	$(BIN)/python eval/events.py
	$(BIN)/python eval/event_spans.py
	$(BIN)/python eval/stories.py

# Every benchmark with short settings (see benchmarks/README.md for the full runs behind the targets).
bench: setup
	$(BIN)/python benchmarks/sources.py --pages 60 --rounds 3
	$(BIN)/python benchmarks/extract.py --limit 40 --rounds 2
	$(BIN)/python benchmarks/actors.py --articles 10 --rounds 2
	$(BIN)/python benchmarks/nlp.py --naeb 10 --rounds 2
	$(BIN)/python benchmarks/events.py --articles 10 --rounds 2
	$(BIN)/python benchmarks/store.py --articles 100 --rounds 2
	$(BIN)/python benchmarks/relations.py --events 10000 --rounds 2
	$(BIN)/python benchmarks/pipeline.py --pages 20 --rounds 1
	$(BIN)/python benchmarks/batch.py --pages 20 --per-warc 5 --load-copies 2
	$(BIN)/python benchmarks/web.py --events 20000 --clients 10 --seconds 5 --warmup 2

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
