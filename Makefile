# Two commands do all set-up on a fresh machine:  `make run`  and  `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# The interpreter: the one .python-version names under pyenv, else python3.13 / python3.12 on PATH.
PYTHON_VERSION := $(shell cat .python-version 2>/dev/null)
PYENV_ROOT ?= $(HOME)/.pyenv
FOUND_PYTHON := $(firstword $(wildcard $(PYENV_ROOT)/versions/$(PYTHON_VERSION)/bin/python) \
	$(shell for p in python3.13 python3.12 python3; do \
	  command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	  && command -v $$p && break; done))

.PHONY: help run test lint check-python browser services-check demo

help:
	@echo "make run   - set up and start the console with demo data on http://127.0.0.1:8000"
	@echo "make test  - set up and run lint, import contracts, migrations check and all tests"

check-python:
	@if [ -z "$(FOUND_PYTHON)" ]; then \
	  echo "No Python 3.12 or newer found. Install one (for example 'pyenv install 3.12'" \
	       "or your system's python3.12 package) and run make again." >&2; exit 1; fi

$(VENV)/.installed: pyproject.toml | check-python
	@test -x $(PY) || $(FOUND_PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=25.1"
	$(PIP) install --quiet -e . --group test
	@touch $@

demo: $(VENV)/.installed
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py seed_demo
	DEBUG=1 $(PY) manage.py seed_demo_history
	DEBUG=1 $(PY) manage.py seed_demo_claims
	DEBUG=1 $(PY) manage.py train_model --system --activate --if-none-active
	DEBUG=1 $(PY) manage.py demo_to_now
	DEBUG=1 $(PY) manage.py draft_open_threads
	DEBUG=1 $(PY) manage.py seed_demo_outcomes

# The demo signs in without the second factor; MFA_REQUIRED=1 make run shows the enrolment.
run: demo
	@DEBUG=1 $(PY) manage.py demo_logins
	DEBUG=1 MFA_REQUIRED=$${MFA_REQUIRED:-0} $(PY) manage.py runserver 127.0.0.1:8000

# Debian's Chromium for the browser tests (a browser download from a hub is not possible here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Install Chromium (Debian package 'chromium') for the browser tests." >&2; exit 1; fi; }

services-check: $(VENV)/.installed
	$(PY) scripts/check_services.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	DEBUG=1 $(VENV)/bin/mypy

test: $(VENV)/.installed browser services-check lint
	$(VENV)/bin/pytest
