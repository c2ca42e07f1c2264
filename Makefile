# Quick start: `make run` starts the app, `make test` runs the tests. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench dist screenshot clean system-deps system-deps-window

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

system-deps:
	@.ci/system-deps

system-deps-window:
	@.ci/system-deps --window

## Start the desktop app on the default store (bundled documents on first start).
## Without a display it runs under Xvfb (installed on Debian when root).
run: $(STAMP) system-deps-window
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BIN)/huangpu-tracker; \
	else echo "No display found: starting under Xvfb (xvfb-run)."; xvfb-run -a $(BIN)/huangpu-tracker; fi

## Run the test suite (offscreen Qt; benchmarks are skipped: see `make bench`).
test: $(STAMP) system-deps
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy huangpu_tracker
	$(BIN)/lint-imports

## Run the benchmarks (tests/benchmarks; the default addopts skip them, so they are replaced here).
bench: $(STAMP) system-deps
	$(BIN)/pytest tests/benchmarks -o addopts="-ra --import-mode=importlib" --benchmark-only -s

## Build the desktop app: a one-folder bundle in dist/huangpu-tracker/ (run dist/huangpu-tracker/huangpu-tracker).
dist: $(STAMP) system-deps-window
	$(BIN)/pyinstaller --noconfirm build.spec

## Regenerate the README's pictures: the app on a fresh store of the bundled documents, offscreen.
screenshot: $(STAMP) system-deps
	rm -f /tmp/huangpu-screenshot.db
	$(BIN)/huangpu-tracker --db /tmp/huangpu-screenshot.db screenshot --out docs/screenshot.png --tab chart
	$(BIN)/python tools/review_screenshot.py --out docs/review.png

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache
