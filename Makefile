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
	rm -f out/sample.sqlite
	$(BIN)/karussell matches import --bundled --db out/sample.sqlite
	$(BIN)/karussell ingest karussell/data/sample_articles.jsonl --db out/sample.sqlite
	$(BIN)/karussell table "3. Liga" 2024-25 --db out/sample.sqlite
	$(BIN)/karussell club "Alemannia Aachen" --db out/sample.sqlite

test: $(STAMP)
	$(BIN)/ruff check karussell tests bench
	$(BIN)/python -m pytest -q -rs

bench: $(STAMP)
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) out .pytest_cache
