# Entry points, all working in a fresh clone with only Python 3 and make:
#   make serve  - set up .venv and serve the example blog at http://127.0.0.1:8000/studio/
#   make docs   - set up .venv and serve the documentation at http://127.0.0.1:8001/mkdocs-blogposts/
#   make test   - set up .venv with test tools and run ruff, mypy and every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

AXE := .cache/axe/node_modules/axe-core/axe.min.js
AXE_VERSION := 4.10.3

.PHONY: serve docs test lint typecheck pytest browser-deps screenshots deep bench-smoke build-example \
	build-docs mutants clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve -f example_site/mkdocs.yml -a 127.0.0.1:8000

# The documentation site (mkdocs.yml, docs/), built by the plugin from this working tree.
docs: $(STAMP)
	$(BIN)/mkdocs serve -f mkdocs.yml -a 127.0.0.1:8001

test: lint typecheck pytest build-example build-docs bench-smoke

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) browser-deps
	$(BIN)/pytest

# The browser tests (tests/browser) drive Debian's chromium (apt-get install chromium; .ci/run
# installs it when missing) and inject axe-core, from the npm registry.
browser-deps: $(AXE)

# Refresh the README's screenshots (docs/screenshots/) from the browser tests.
screenshots: $(STAMP) browser-deps
	BLOGPOSTS_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q -p no:cacheprovider tests/browser -k screenshots

$(AXE):
	npm install --silent --no-audit --no-fund --prefix .cache/axe axe-core@$(AXE_VERSION)

# The property tests with Hypothesis' "deep" profile (thousands of generated blogs, about
# 20 min on 2 cores); not part of `test`, which runs the quick "ci" profile.
deep: $(STAMP)
	HYPOTHESIS_PROFILE=deep nice -n 10 $(BIN)/pytest -q -p no:cacheprovider \
		tests/integration/test_properties.py tests/unit/test_properties_domain.py

build-example: $(STAMP)
	$(BIN)/mkdocs build --strict -q -f example_site/mkdocs.yml -d $(CURDIR)/site

build-docs: $(STAMP)
	$(BIN)/mkdocs build --strict -q -f mkdocs.yml -d $(CURDIR)/site-docs

bench-smoke: $(STAMP)
	$(BIN)/python bench/run.py --quick

# Mutation testing of the blog domain by the unit tests (docs/testing.md); not part of `test`.
# Slow (about 20 min on 2 cores), so it runs niced and starts from a clean mutants/ (cached
# verdicts would not see tests added since). MUTANTS_ONLY='mkdocs_blogposts.slugs*' re-tests
# the mutants matching that pattern only, keeping the rest; MUTANTS_JOBS=1 leaves a core free.
MUTANTS_JOBS ?= 2
MUTANTS_ONLY ?=

mutants: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,mutants]'
	$(if $(MUTANTS_ONLY),,rm -rf mutants)
	nice -n 19 $(BIN)/mutmut run --max-children $(MUTANTS_JOBS) \
		$(foreach pattern,$(MUTANTS_ONLY),'$(pattern)') \
		> mutants.log 2>&1 || { tail -c 3000 mutants.log; exit 1; }
	@$(BIN)/mutmut results --all true | awk -F': ' ' \
		$$2 == "not checked" { next } \
		{ split($$1, name, "."); module = name[2]; total[module]++; all++ } \
		$$2 == "killed" || $$2 == "timeout" { killed[module]++; dead++; next } \
		{ left[++n] = $$1 ": " $$2 } \
		END { \
			for (m in total) printf "%-10s %4d / %4d killed  %5.1f%%\n", m, killed[m], \
				total[m], 100 * killed[m] / total[m] | "sort"; \
			close("sort"); \
			printf "overall    %4d / %4d killed  %5.1f%%  (%d left alive: listed below)\n", \
				dead, all, 100 * dead / all, n; \
			for (i = 1; i <= n; i++) print left[i] | "sort"; \
		}'
	@echo "See one with: $(BIN)/mutmut show NAME. Full log: mutants.log"

clean:
	rm -rf $(VENV) site site-docs .cache bench/.work .mypy_cache .pytest_cache .ruff_cache \
		.hypothesis mutants mutants.log
