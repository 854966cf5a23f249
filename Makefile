# The two commands a newcomer needs (README): `make serve` and `make test`.
# Both create the virtual environment on first use; nothing needs installing by hand first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help env book serve test lint bench clean system-deps chromium clinic pdf

help:
	@echo "make serve   build the book (executing every chapter) and serve it at http://$(HOST):$(PORT)"
	@echo "make test    run every test: model, charts, book build, browser, offline scan, lint"
	@echo "make book    build the book into _build/html without serving"
	@echo "make pdf     one PDF of the whole book, offline, charts drawn: _build/pdf/eih-explainer.pdf"
	@echo "make bench   time the model, panels, site, dashboards and build; one table of every budget"
	@echo "make lint    ruff"
	@echo "make clean   remove the build, the vendored JavaScript and the environment"
	@echo "make clinic  start the clinic dashboards (Voila) on 127.0.0.1 and print their addresses"

# Debian packages the build and tests need: npm (vendoring JS at build time) and chromium
# (browser tests; Playwright's own browser download does not work offline). Installed only if
# missing, so this is a no-op on a prepared machine.
system-deps:
	@command -v npm >/dev/null 2>&1 || { echo "[setup] installing npm (Debian)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }

chromium:
	@test -x /usr/bin/chromium || { echo "[setup] installing chromium (Debian)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

env: $(STAMP)

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	@echo "[setup] creating $(VENV) and installing pinned requirements"
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { echo "[setup] installing python3-venv (Debian)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --progress-bar off -r requirements.txt -r requirements-test.txt
	@touch $@

book: env system-deps
	$(BIN)/python tools/build_book.py

# tools/serve.py: Python's static file server plus gzip for text files (the tests serve the same way).
serve: book
	$(BIN)/python tools/serve.py --port $(PORT) --bind $(HOST) --directory _build/html

test: env system-deps chromium
	$(BIN)/pytest

# One PDF of the whole book (tools/build_pdf.py builds the book if needed, then Debian's Chromium
# prints each page offline with the print stylesheet; pypdf and Playwright come from requirements-test.txt).
pdf: env system-deps chromium
	$(BIN)/python tools/build_pdf.py

lint: env
	$(BIN)/ruff check .

# Prints tables of medians with the machine named, against the budgets listed in the README, and last
# one table of every budget beside its median (benchmarks/summary.py; `make test` records its own time).
bench: book chromium
	$(BIN)/python benchmarks/bench_model.py
	$(BIN)/python benchmarks/bench_panels.py
	$(BIN)/python benchmarks/bench_site.py
	$(BIN)/python benchmarks/bench_clinic.py
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/summary.py

# The clinic dashboards in one standalone Voila server (tools/clinic.py; settings in
# dashboards/jupyter_config). LAN: make clinic CLINIC_ARGS=--network with EIH_CLINIC_TOKEN set.
clinic: env
	$(BIN)/python tools/clinic.py $(CLINIC_ARGS)

clean:
	rm -rf _build _vendor_build $(VENV) .pytest_cache .hypothesis
