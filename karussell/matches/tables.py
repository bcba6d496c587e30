"""League tables as pure functions of matches: at a date or matchday, home, away, form.

Ties are broken by the competition's rules (data/competition_rules.yaml),
including the direct comparison among the tied teams; known point deductions
(data/point_deductions.csv) are applied.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import DataFileError
from .model import Match
from .teams import club_id_for

DATA = Path(str(resources.files("karussell") / "data"))
# table key -> Row attribute; h2h_ keys read the same attribute in the tied teams' mini table
KEYS = {"points": "points", "goal_difference": "goal_difference", "goals_for": "goals_for",
        "away_goals_for": "away_goals_for", "wins": "wins", "h2h_points": "points",
        "h2h_goal_difference": "goal_difference", "h2h_goals_for": "goals_for", "h2h_away_goals": "away_goals_for"}


@dataclass
class Row:
    """A team's line in a table."""

    club: str
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0
    away_goals_for: int = 0
    deducted: int = 0
    form: list[str] = field(default_factory=list)  # W/D/L, oldest first
    rank: int = 0

    @property
    def points(self) -> int:
        return 3 * self.won + self.drawn - self.deducted

    @property
    def goal_difference(self) -> int:
        return self.goals_for - self.goals_against

    @property
    def wins(self) -> int:
        return self.won


@cache
def tiebreakers(competition: str) -> tuple[str, ...]:
    """The order of a competition's table keys, validated."""
    path = DATA / "competition_rules.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys = tuple((data.get("competitions") or {}).get(competition) or data["default"])
    if unknown := [k for k in keys if k not in KEYS]:
        raise DataFileError(str(path), [f"[{competition}] unknown key(s): {unknown}"])
    return keys


@cache
def deductions(competition: str, season: str) -> dict[str, int]:
    """Known point deductions of a league season, by club id."""
    out: dict[str, int] = {}
    with open(DATA / "point_deductions.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["competition"] == competition and row["season"] == season and row["points"].isdigit():
                cid = club_id_for(row["club"])
                out[cid] = out.get(cid, 0) + int(row["points"])
    return out


def _selected(matches: Iterable[Match], date: str | None, matchday: int | None) -> list[Match]:
    chosen = [m for m in matches if m.counted and (date is None or (m.date or "") <= date)
              and (matchday is None or (m.matchday or 0) <= matchday)]
    return sorted(chosen, key=lambda m: (m.date or "", m.time or "", m.matchday or 0))


def _add(row: Row, scored: int, conceded: int, away: bool) -> None:
    row.played += 1
    row.goals_for += scored
    row.goals_against += conceded
    if away:
        row.away_goals_for += scored
    result = "W" if scored > conceded else "D" if scored == conceded else "L"
    row.won += result == "W"
    row.drawn += result == "D"
    row.lost += result == "L"
    row.form.append(result)


def _rows(matches: list[Match], side: str | None, last: int | None) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    games: dict[str, list[tuple[Match, bool]]] = {}
    for m in matches:
        for club, is_away in ((m.home, False), (m.away, True)):
            rows.setdefault(club, Row(club))
            if side is None or (side == "away") == is_away:
                games.setdefault(club, []).append((m, is_away))
    for club, played in games.items():
        for m, is_away in (played[-last:] if last else played):
            scored, conceded = (m.away_goals, m.home_goals) if is_away else (m.home_goals, m.away_goals)
            _add(rows[club], scored, conceded, is_away)
    return rows


def standings(matches: Iterable[Match], competition: str = "", season: str = "", *, date: str | None = None,
              matchday: int | None = None, side: str | None = None, form: int | None = None,
              apply_deductions: bool = True) -> list[Row]:
    """The table after the matches up to `date` or `matchday`; `side` home/away, `form` the last N games."""
    chosen = _selected(matches, date, matchday)
    rows = _rows(chosen, side, form)
    if apply_deductions and side is None and form is None:
        for club, points in deductions(competition, season).items():
            if club in rows:
                rows[club].deducted = points
    ordered = _order(list(rows.values()), chosen, tiebreakers(competition))
    for rank, row in enumerate(ordered, 1):
        row.rank = rank
    return ordered


def _order(rows: list[Row], matches: list[Match], keys: tuple[str, ...]) -> list[Row]:
    """Sort by the keys in turn; head-to-head keys compare the tied teams' matches among themselves."""
    if len(rows) <= 1 or not keys:
        return sorted(rows, key=lambda r: r.club)
    key, rest = keys[0], keys[1:]
    attribute = KEYS[key]
    if key.startswith("h2h_"):
        clubs = {r.club for r in rows}
        mini = _rows([m for m in matches if m.home in clubs and m.away in clubs], None, None)
        value = lambda r: getattr(mini.get(r.club, Row(r.club)), attribute)  # noqa: E731
    else:
        value = lambda r: getattr(r, attribute)  # noqa: E731
    groups: dict[int, list[Row]] = {}
    for r in rows:
        groups.setdefault(value(r), []).append(r)
    out: list[Row] = []
    for v in sorted(groups, reverse=True):
        out.extend(_order(groups[v], matches, rest))
    return out
