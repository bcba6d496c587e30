"""Extraction speed on one core: articles per second over >= 5,000 articles, and,
on the same texts in the same run, the rate of spaCy's blank German tokenizer alone.

    python bench/extract.py [ARTICLES.jsonl] [--n 5000]

Without a path it uses the dev set (../shared/eval/dev) where present, else the
bundled sample articles, repeated until --n articles.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

import spacy

from karussell.domain import Article
from karussell.pipeline import extract_article, warm_up

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
CHUNK = 500


def _sources(path: str | None) -> list[Path]:
    if path:
        return [Path(path)]
    dev = [DEV / "articles.jsonl", DEV / "synthetic_articles.jsonl"]
    return dev if all(p.exists() for p in dev) else [ROOT / "karussell" / "data" / "sample_articles.jsonl"]


def load(paths: list[Path], n: int) -> list[Article]:
    base = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=f"{a['id']}#{i}", text=a["text"], date=a.get("date"), title=a.get("title"))
            for i, a in zip(range(n), itertools.cycle(base))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?")
    parser.add_argument("--n", type=int, default=5000)
    args = parser.parse_args()
    articles = load(_sources(args.path), args.n)
    warm_up()  # load lexicons, rules and lookup tables outside the timing

    # Tokenizer and extraction take turns over the same chunks, so a change in the machine's
    # speed during the run (another process, frequency scaling) falls on both alike.
    tokenizer = spacy.blank("de")
    bare_time = full_time = 0.0
    facts = 0
    for chunk in (articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)):
        start = time.perf_counter()
        for a in chunk:
            tokenizer.make_doc(a.text)
        bare_time += time.perf_counter() - start
        start = time.perf_counter()
        facts += sum(len(extract_article(a)) for a in chunk)
        full_time += time.perf_counter() - start
    bare, full = len(articles) / bare_time, len(articles) / full_time

    print(f"articles: {len(articles)}  facts: {facts}")
    print(f"blank German tokenizer: {bare:,.0f} articles/s")
    print(f"karussell extract:      {full:,.0f} articles/s  ({bare / full:.1f}x the tokenizer's time)")


if __name__ == "__main__":
    main()
