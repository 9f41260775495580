# Two commands set everything up: `make run` and `make test`.
# Each creates or refreshes .venv by itself; nothing else is needed on Debian/Ubuntu
# with python3 and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench clean

# The stamp depends on pyproject.toml so a changed dependency list reinstalls.
$(STAMP): pyproject.toml packaging/make-venv.sh
	@PYTHON=$(PYTHON) sh packaging/make-venv.sh $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/marginalia $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check reader tests bench
	$(BIN)/ruff format --check reader tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
