# Leerwinkel Desk: `make run` opens the app, `make test` runs every test. Needs Python 3.11+ and git.
# The first interpreter that really runs and is 3.11 or newer (a pyenv shim may exist but not run).
PYTHON ?= $(shell for p in python3 python3.11 python3.12 python3.13; do $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev

TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test bench screenshots translations update-translations installer installer-test clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed (python3 on the PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(APP_STAMP)

resources/i18n/%.qm: resources/i18n/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(TRANSLATIONS)

# New tr() strings into the English .ts (no line numbers, so parallel work merges cleanly);
# then fill in each <translation type="unfinished">.
update-translations: $(APP_STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find src/leerwinkel_desk/ui -name '*.py' | sort) src/leerwinkel_desk/domain/code_words.py -ts resources/i18n/leerwinkel_en.ts

run: $(APP_STAMP) $(TRANSLATIONS)
	$(BIN)/leerwinkel-desk $(ARGS)

# Two pytest-xdist workers (each test file's tests may land on either; every test makes its own
# files, and each worker starts its own PostgreSQL). `make test PYTEST_ARGS=` runs them in one process.
PYTEST_ARGS ?= -n 2

# Lint and types first (config in pyproject.toml: [tool.ruff], [tool.mypy]), then the layers, then the tests.
test: $(DEV_STAMP) $(TRANSLATIONS)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

screenshots: $(DEV_STAMP) $(TRANSLATIONS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m leerwinkel_desk.ui.screenshots build/screenshots

bench: $(DEV_STAMP) $(TRANSLATIONS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# The app for this platform (installers/build.py): on Linux dist/leerwinkel-desk_<version>_<arch>.deb,
# a PyInstaller one-folder bundle inside; about 3-4 minutes. installer-test runs that package's
# self-test from a clean temporary HOME.
installer: $(DEV_STAMP)
	$(BIN)/python installers/build.py package

installer-test: installer
	$(BIN)/python installers/build.py check

clean:
	rm -rf $(VENV) build dist src/*.egg-info resources/i18n/*.qm
