# diplograph: `make run` builds the sample, `make test` runs the whole suite. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= output

.PHONY: run test lint system-deps bench clean train

$(VENV)/.run-deps: requirements/run.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/run.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.run-deps requirements/test.txt requirements/train.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/test.txt
	touch $@

## Build the bundled sample articles into $(OUT)/graph.trig, graph.ttl and graph.html.
run: $(VENV)/.run-deps
	$(BIN)/diplograph build data/sample --out $(OUT)

## Refit the slot scorer from the annotated sets eval/sets.json lists (deterministic).
train: $(VENV)/.test-deps
	$(BIN)/python -m diplograph.train

## Install the system tools the tests drive (Chromium, serdi, rapper) when missing.
system-deps:
	sh scripts/install-system-deps.sh

## Lint and types, then the whole suite: unit, model, store/server, browser and notebook tests.
test: $(VENV)/.test-deps system-deps lint
	$(BIN)/python -m pytest

lint: $(VENV)/.test-deps
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(OUT)/store $(OUT)/graph.*
