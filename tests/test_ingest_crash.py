"""A kill -9 in the middle of an ingest loses nothing committed; the next run completes the rest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from karussell.lexicon import DATA

SAMPLE = Path(str(DATA)) / "sample_articles.jsonl"


def _corpus(path: Path, copies: int) -> int:
    base = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(copies):
            for a in base:
                out.write(json.dumps({**a, "id": f"{a['id']}-{i}"}, ensure_ascii=False) + "\n")
    return copies * len(base)


def _ingest(corpus: Path, db: Path, batch: int = 5) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "karussell", "ingest", str(corpus), "--db", str(db),
                             "--batch", str(batch)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_loses_nothing_committed_and_a_rerun_completes(tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus, 150)
    db = tmp_path / "kb.sqlite"
    process = _ingest(corpus, db)
    deadline = time.time() + 120
    while _count(db, "articles") < 20 and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed; use a larger corpus"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    committed = _count(db, "articles")
    assert 0 < committed < total
    assert committed % 5 == 0  # whole batches only: one transaction per batch
    with sqlite3.connect(db) as conn:  # every stored article has its facts' evidence, none dangles
        orphans = conn.execute("select count(*) from evidence where article_id not in (select id from articles)")
        assert orphans.fetchone()[0] == 0
        without = conn.execute("select count(*) from articles where id not in (select article_id from evidence)")
        assert without.fetchone()[0] == 0

    assert _ingest(corpus, db).wait(timeout=300) == 0
    clean = tmp_path / "clean.sqlite"
    assert _ingest(corpus, clean, batch=50).wait(timeout=300) == 0
    assert _count(db, "articles") == total
    for table in ("facts", "evidence", "people", "clubs"):
        assert _count(db, table) == _count(clean, table), table
