# Two commands do everything on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CHROMIUM := /usr/bin/chromium

.PHONY: all venv demo test check lint format typecheck browser-deps bench clean help

all: test

help:
	@echo "make demo   set up .venv and audit the bundled sample; prints the report's path"
	@echo "make test   set up .venv, then ruff, mypy and pytest (installs chromium for browser tests)"
	@echo "make bench  run the benchmarks in benchmarks/"
	@echo "make format apply ruff's formatting"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3.11 on PATH)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/auditor run --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck

# Browser tests drive Debian's chromium; install it when missing (root or passwordless sudo).
browser-deps:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "chromium is missing: installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO="sudo -n"; fi; \
		( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		  $$SUDO apt-get install -y -qq chromium >/dev/null ) \
		|| echo "could not install chromium: browser tests will be skipped"; \
	fi

test: $(STAMP) browser-deps check
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_scoring.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache
