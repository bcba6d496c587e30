"""Time for one league table at a given date of a 380-match season (3. Liga 2024-25, bundled).

    python bench/table.py [--date 2025-03-01] [--repeat 500]
"""

from __future__ import annotations

import argparse
import statistics
import time

from karussell.lexicon import DATA
from karussell.matches.model import Match
from karussell.matches.readers import read_match_files
from karussell.matches.tables import standings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", default="2025-03-01")
    parser.add_argument("--repeat", type=int, default=500)
    args = parser.parse_args()
    season = [m for m in read_match_files([str(DATA / "matches" / "2024-25-3-liga3.txt")]) if isinstance(m, Match)]
    standings(season, "3. Liga", "2024-25", date=args.date)  # rules and deductions loaded once
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        standings(season, "3. Liga", "2024-25", date=args.date)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{len(season)} matches, table at {args.date}: median {statistics.median(times):.2f} ms, "
          f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms over {args.repeat} runs")


if __name__ == "__main__":
    main()
