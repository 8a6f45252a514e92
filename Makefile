# Two entry points, both working in a fresh clone with only Python 3 and make:
#   make serve  - set up .venv and serve the example blog at http://127.0.0.1:8000
#   make test   - set up .venv with test tools and run ruff, mypy and every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test lint typecheck pytest bench-smoke build-example clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve -f example_site/mkdocs.yml -a 127.0.0.1:8000

test: lint typecheck pytest build-example bench-smoke

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

build-example: $(STAMP)
	$(BIN)/mkdocs build --strict -q -f example_site/mkdocs.yml -d $(CURDIR)/site

bench-smoke: $(STAMP)
	$(BIN)/python bench/run.py --quick

clean:
	rm -rf $(VENV) site bench/.work .mypy_cache .pytest_cache .ruff_cache .hypothesis
