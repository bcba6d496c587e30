"""Shared fixtures. Tests that need ../shared (the dev set) skip where it is absent."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from karussell.store import Store

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


PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_available() -> bool:
    try:
        with create_engine(PG_URL).connect() as conn:
            conn.execute(text("select 1"))
        return True
    except Exception:  # noqa: BLE001 - any failure means no server to test against
        return False


PG = _postgres_available()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path):
    """A fresh store: a real SQLite file, and a real PostgreSQL schema where a server runs."""
    if request.param == "sqlite":
        yield Store(str(tmp_path / "kb.sqlite"))
        return
    if not PG:
        pytest.skip(f"no PostgreSQL server at {PG_URL}")
    schema = f"karussell_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield Store(PG_URL, schema=schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
