# DisciplineDesk: `make run` starts the program, `make test` runs the whole suite headless.
# Both create .venv and install what they need on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check lint format typecheck fuzz soak soak-share bench screenshots real-window bundle translations clean

$(BIN)/python:
	@scripts/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The program's modules compiled once, as pip does for an installed wheel: a first start
# (or a machine with PYTHONDONTWRITEBYTECODE) does not compile them every time.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m compileall -q disciplinedesk
	@touch $(STAMP)

# The interface translations, compiled from i18n/*.ts (build output, not committed).
QM_STAMP := resources/i18n/.compiled
$(QM_STAMP): $(wildcard i18n/*.ts) | $(STAMP)
	$(BIN)/python scripts/translations.py compile
	@touch $@

# Refresh i18n/*.ts from the sources (pyside6-lupdate) after changing user-visible text.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

run: $(STAMP) $(QM_STAMP)
	@scripts/system-deps.sh gui
	$(BIN)/disciplinedesk

lint: $(STAMP)
	$(BIN)/ruff check disciplinedesk tests benchmarks scripts packaging
	$(BIN)/ruff format --check disciplinedesk tests benchmarks scripts packaging

format: $(STAMP)
	$(BIN)/ruff format disciplinedesk tests benchmarks scripts packaging
	$(BIN)/ruff check --fix disciplinedesk tests benchmarks scripts packaging

typecheck: $(STAMP)
	$(BIN)/mypy disciplinedesk

check: lint typecheck

test: $(STAMP) $(QM_STAMP)
	@scripts/system-deps.sh test
	$(MAKE) --no-print-directory check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

fuzz: $(STAMP)
	DD_FUZZ_EXAMPLES=10000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/fuzz

soak: $(STAMP)
	DD_CRASH_RUNS=1000 DD_MAINTENANCE_RUNS=300 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s tests/soak

# Three laptops recording and exchanging through one folder for three minutes, killed again
# and again (README: the sharing soak).
soak-share: $(STAMP)
	DD_SHARE_SOAK_SECONDS=180 $(BIN)/python -m pytest -q -s tests/soak/test_share_soak.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

# The README's and the guide's pictures, taken in real windows (scripts/real-display.sh:
# $$DISPLAY, or a private Xvfb at 1366x768 with openbox and a 40 px taskbar margin), in
# English and, for a few screens, in each interface language.
SCREENSHOT_LANGUAGES := es ru vi zh so
LANGUAGE_SCREENS := welcome main-window wizard-5-suggestions wizard-6-decision matrix-browser
screenshots: $(STAMP) $(QM_STAMP)
	@scripts/system-deps.sh screen
	scripts/real-display.sh $(BIN)/disciplinedesk screenshots docs/screenshots
	@for lang in $(SCREENSHOT_LANGUAGES); do \
	  tmp=$$(mktemp -d); \
	  scripts/real-display.sh $(BIN)/disciplinedesk screenshots "$$tmp" --lang $$lang >/dev/null; \
	  mkdir -p docs/screenshots/$$lang; \
	  for screen in $(LANGUAGE_SCREENS) family-view-$$lang; do cp "$$tmp/$$screen.png" docs/screenshots/$$lang/; done; \
	  rm -rf "$$tmp"; \
	done
	scripts/real-display.sh $(BIN)/python -m scripts.real_window docs/screenshots/real

# Only the screens of an incident with several students, whole-screen captures.
real-window: $(STAMP) $(QM_STAMP)
	@scripts/system-deps.sh screen
	scripts/real-display.sh $(BIN)/python -m scripts.real_window docs/screenshots/real

# The one-folder PyInstaller bundle in dist/disciplinedesk, then its smoke test
# (packaging/README.md). Not part of `make test`.
bundle: $(STAMP) $(QM_STAMP)
	@scripts/system-deps.sh qt
	$(BIN)/python -m pip install -q 'pyinstaller>=6.22,<7'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/disciplinedesk.spec
	$(BIN)/python packaging/smoke_test.py dist/disciplinedesk

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
