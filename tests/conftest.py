"""Shared fixtures. Tests that need ../shared (the dev set) skip where it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_set() -> dict:
    """The dev set's articles and gold, or a skip naming what is missing."""
    needed = [DEV / n for n in ("articles.jsonl", "gold.jsonl", "synthetic_articles.jsonl", "synthetic_gold.jsonl")]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        pytest.skip(f"dev set not found (needs ../shared beside the repo): {', '.join(missing)}")
    return {"articles": read_jsonl(needed[0]) + read_jsonl(needed[2]),
            "gold": read_jsonl(needed[1]) + read_jsonl(needed[3]),
            "seed_articles": read_jsonl(needed[0]), "seed_gold": read_jsonl(needed[1])}


@pytest.fixture(scope="session")
def scorer():
    """The project's scorer from ../shared/eval/score.py, imported as a module."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip(f"scorer not found: {path}")
    import importlib.util

    spec = importlib.util.spec_from_file_location("karussell_dev_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
