"""Knowledge-base speed: articles/s ingested into SQLite, and p50/p95 latency of
club and person queries once the store holds 100,000 facts (a synthetic scale-up).

    python bench/ingest.py [--facts 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from karussell.domain import Article, Fact
from karussell.lexicon import DATA, load_lexicon
from karussell.nlp import known_words
from karussell.store import Store
from karussell.store.ingest import Seen, ingest, store_fact
from karussell.store.queries import club_report, person_report
from karussell.store.schema import articles

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
GIVEN = ["Jonas", "Lukas", "Felix", "Timo", "Marco", "Jan", "Niklas", "Leon", "Paul", "Tim", "Max", "Erik"]
SURNAMES = [f"{a}{b}" for a in ("Berg", "Brand", "Feld", "Hoff", "Kamp", "Lind", "Mohr", "Roth", "Stein", "Wald")
            for b in ("mann", "bauer", "hagen", "meier", "ner", "ert", "inger", "hoff", "ke", "el")]


def _articles(n: int) -> list[Article]:
    sources = [DEV / "articles.jsonl", DEV / "synthetic_articles.jsonl"]
    if not all(p.exists() for p in sources):
        sources = [Path(str(DATA)) / "sample_articles.jsonl"]
    base = [json.loads(line) for p in sources for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(f"{a['id']}#{i}", a["text"], a.get("date"), a.get("title"))
            for i in range(n // len(base) + 1) for a in base][:n]


def _synthetic_fact(rng: random.Random, clubs: list[str], n: int) -> Fact:
    person = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}{n % 97}"
    club, other = rng.sample(clubs, 2)
    date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    kind = rng.choice(["contract", "player_status", "transfer", "coach_appointed", "record", "match_result"])
    args = {
        "contract": {"person": person, "club": club, "until": str(rng.randint(2025, 2030))},
        "player_status": {"person": person, "status": rng.choice(["injured", "returned"]), "club": club},
        "transfer": {"person": person, "to_club": club, "from_club": other},
        "coach_appointed": {"person": person, "club": club, "role": "head_coach"},
        "record": {"club": club, "points": rng.randint(0, 90), "games": rng.randint(1, 38)},
        "match_result": {"team": club, "opponent": other, "team_goals": rng.randint(0, 5),
                         "opponent_goals": rng.randint(0, 5)},
    }[kind]
    return Fact(doc=f"synthetic-{n // 5}", type=kind, args=args, modality="asserted", date=date,
                evidence=f"Synthetic evidence sentence {n}.", start=n % 5 * 40, end=n % 5 * 40 + 30)


def _fill(store: Store, target: int) -> None:
    rng = random.Random(7)
    clubs = [c.name for c in load_lexicon().clubs.values() if c.country == "DE"]
    n = 0
    while n < target:
        with store.engine.begin() as conn:
            seen = Seen()
            for _ in range(2000):
                if n % 5 == 0:
                    conn.execute(articles.insert().values(id=f"synthetic-{n // 5}", content_hash="x", date="2024"))
                store_fact(conn, _synthetic_fact(rng, clubs, n), seen)
                n += 1


def _latencies(store: Store, names: list[str], query) -> tuple[float, float]:
    times = []
    with store.engine.connect() as conn:
        for name in names:
            start = time.perf_counter()
            query(conn, name)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    known_words()  # loaded once per process; not part of the rate
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.sqlite"))
        batch = _articles(args.articles)
        start = time.perf_counter()
        summary = ingest(store, batch)
        rate = len(batch) / (time.perf_counter() - start)
        print(f"ingest: {len(batch)} articles, {summary.facts_added} facts, {rate:,.0f} articles/s into SQLite")

        _fill(store, args.facts)
        with store.engine.connect() as conn:
            total = conn.exec_driver_sql("select count(*) from facts").scalar_one()
            clubs = [r[0] for r in conn.exec_driver_sql("select name from clubs where known")]
            people = [r[0] for r in conn.exec_driver_sql("select name from people")]
        rng = random.Random(1)
        club_names = [rng.choice(clubs) for _ in range(args.queries)]
        person_names = [rng.choice(people) for _ in range(args.queries)]
        for label, names, query in (("club", club_names, club_report), ("person", person_names, person_report)):
            p50, p95 = _latencies(store, names, query)
            print(f"{label} query at {total:,} facts: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
