# Two commands work on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/karussell extract karussell/data/sample_articles.jsonl -o out/sample_facts.jsonl
	$(BIN)/karussell show out/sample_facts.jsonl

test: $(STAMP)
	$(BIN)/ruff check karussell tests bench
	$(BIN)/python -m pytest -q -rs

bench: $(STAMP)
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) out .pytest_cache
