# Two commands set everything up: `make run` and `make test`.
# Each creates or refreshes .venv by itself; nothing else is needed on Debian/Ubuntu
# with python3 and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench clean translations

# pip's output is shown only when it fails (packaging/pip-quietly.sh).
PIP := sh packaging/pip-quietly.sh $(BIN)/python

# The stamp depends on pyproject.toml so a changed dependency list reinstalls.
$(STAMP): pyproject.toml packaging/make-venv.sh packaging/pip-quietly.sh
	@PYTHON=$(PYTHON) sh packaging/make-venv.sh $(VENV)
	@echo "Installing Marginalia and what it needs into $(VENV) ..."
	@$(PIP) install --upgrade pip
	@$(PIP) install -e '.[test]'
	@touch $(STAMP)

# The compiled translations (.qm) are build products of the committed .ts files;
# packaging/translations.py update|check maintains the .ts.
TS_FILES := $(wildcard resources/translations/marginalia_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

# The same lrelease options as `packaging/translations.py build`: unreviewed texts stay English.
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent -nounfinished $< -qm $@

run: $(STAMP) translations
	$(BIN)/marginalia $(ARGS)

PACKAGING_PY := packaging/translations.py packaging/marginalia_main.py packaging/hatch_build.py

lint: $(STAMP)
	$(BIN)/ruff check reader tests bench $(PACKAGING_PY)
	$(BIN)/ruff format --check reader tests bench $(PACKAGING_PY)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

BENCH_STAMP := $(VENV)/.bench-stamp

$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench

# A one-folder build, dist/marginalia/, that runs with no Python installed (not part of
# `make test`: building takes ~20 s, the clean-machine check a minute or more, as root).
.PHONY: dist dist-check
DIST_STAMP := $(VENV)/.dist-stamp

$(DIST_STAMP): $(STAMP)
	@$(PIP) install -e '.[test,dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/marginalia.spec
	@echo "dist/marginalia: $$(du -sh dist/marginalia | cut -f1)"

# Starts the build in a bare Debian (no Python), under Xvfb: build/dist-check.png.
dist-check: dist
	bash packaging/dist-check.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
