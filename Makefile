# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make test    -> create .venv, install, lint, run every test (notebooks included)
#   make report  -> create .venv, install, rebuild data/processed, rerun notebooks, export charts
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
LAB    := $(VENV)/.lab-stamp
KERNEL := myanmar-surrenders
# The lock is resolved from pyproject.toml by uv, as of this date: rerunning `make lock` gives the same file.
LOCK_DATE := 2026-11-23
LOCK_ARGS := --python-version 3.11 --no-annotate --exclude-newer $(LOCK_DATE) --quiet
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help install test check lint report build figures notebooks site browser lab lock reference bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq -r requirements.lock
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python ($(KERNEL))" >/dev/null
	@touch $(STAMP)

install: $(STAMP) ## Create or update .venv from requirements.lock and register the project's Jupyter kernel

lint: $(STAMP) ## Lint code and notebooks with ruff
	$(BIN)/ruff check src tests notebooks benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

check: lint ## Fast: lint, doctests and every test except executing the notebooks, checking committed outputs and the browser test
	$(BIN)/python -m pytest -q -m "not notebooks and not outputs and not browser"

test: lint browser ## Install, lint, run the whole test suite (executes every notebook, opens the site in chromium)
	$(BIN)/python -m pytest -q

report: $(STAMP) ## Install, rebuild data/processed, execute every notebook, export every chart
	$(BIN)/python -m analysis reproduce

build: $(STAMP) ## Rebuild data/processed from data/raw only
	$(BIN)/python -m analysis build

figures: $(STAMP) ## Export every chart to reports/figures
	$(BIN)/python -m analysis figures

site: $(STAMP) ## Build the static site (notebooks, chart gallery, data, claims) into site/ from the project's outputs
	$(BIN)/python -m analysis site

# Debian's chromium and its chromedriver for the site's browser test, from the system's packages
# (never a browser downloaded by pip); skipped when both are present. CI runs as root; elsewhere sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser: ## Install Debian's chromium and chromium-driver (apt-get) for the site's browser test, unless present
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
		echo "browser: $$(chromium --version 2>/dev/null) and chromedriver present"; \
	else \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core; \
	fi

$(LAB): $(STAMP) requirements-lab.lock
	$(BIN)/python -m pip install -qq -r requirements-lab.lock
	@touch $(LAB)

# JupyterLab refuses to start as root (as in most containers) without --allow-root: as root, make lab passes it.
# Override for other set-ups, e.g. make lab LAB_ARGS="--allow-root --ip=0.0.0.0 --no-browser" in Docker.
LAB_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(LAB) ## Open JupyterLab on the notebooks with the project's kernel (installs the [lab] extra; as root too)
	$(BIN)/jupyter lab notebooks/ $(LAB_ARGS)

lock: $(STAMP) ## Re-resolve requirements.lock and requirements-lab.lock from pyproject.toml (uv, as of LOCK_DATE)
	$(BIN)/uv pip compile pyproject.toml --extra notebooks --extra site --extra dev $(LOCK_ARGS) -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra notebooks --extra site --extra dev --extra lab -c requirements.lock $(LOCK_ARGS) -o requirements-lab.lock

reference: $(STAMP) ## Rebuild the package's reference data from ../shared/reference/mimu
	$(BIN)/python scripts/derive_reference.py

bench: $(STAMP) ## Benchmark what users run (build at 100k and 1M rows, make report) beside their floors
	$(BIN)/python benchmarks/bench.py

clean: ## Remove .venv and caches (keeps data and figures)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
