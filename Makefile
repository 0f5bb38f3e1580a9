# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make test    -> create .venv, install, lint, run every test (notebooks included)
#   make report  -> create .venv, install, rebuild data/processed, rerun notebooks, export charts
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export MPLBACKEND := Agg
export PYTHONHASHSEED := 0
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help install test lint report build figures notebooks lab bench clean

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq -r requirements.lock
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP) ## Create or update .venv from requirements.lock (nothing else)

lint: $(STAMP) ## Lint code and notebooks with ruff
	$(BIN)/ruff check src tests notebooks benchmarks

test: lint ## Install, lint, run the whole test suite (executes every notebook)
	$(BIN)/python -m pytest -q

report: $(STAMP) ## Install, rebuild data/processed, execute every notebook, export every chart
	$(BIN)/python -m analysis reproduce

build: $(STAMP) ## Rebuild data/processed from data/raw only
	$(BIN)/python -m analysis build

figures: $(STAMP) ## Export every chart to reports/figures
	$(BIN)/python -m analysis figures

lab: $(STAMP) ## Open JupyterLab on the notebooks with the project's kernel
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP) ## Benchmark the helpers at 10k, 100k and 1M rows (not part of make test)
	$(BIN)/python benchmarks/bench.py

clean: ## Remove .venv and caches (keeps data and figures)
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
