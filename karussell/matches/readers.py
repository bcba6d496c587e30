"""Match data readers: Football.TXT, OpenLigaDB CSV and JSON exports, plain CSV.

Each yields `Match`es and, for what it cannot read, `InputError`s naming file and line.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .footballtxt import competition_name, parse
from .model import Match
from .teams import club_id_for

Read = Match | InputError
MATCH_SUFFIXES = {".txt", ".csv", ".json"}


def read_match_files(paths: list[str]) -> Iterator[Read]:
    """Every match of every file (directories recursively), the format chosen by suffix and content."""
    for path in paths:
        p = Path(path)
        files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in MATCH_SUFFIXES) if p.is_dir() else [p]
        for f in files:
            if not f.exists():
                yield InputError(str(f), None, "no such file")
                continue
            try:
                text = f.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                yield InputError(str(f), None, f"not UTF-8 (byte {exc.start})")
                continue
            yield from read_matches_text(text, str(f))


def read_matches_text(text: str, source: str) -> Iterator[Read]:
    head = text.lstrip()[:200]
    if head.startswith("="):
        yield from parse(text, source)
    elif head.startswith(("[", "{")):
        yield from _openligadb_json(text, source)
    elif "Home_Team" in head and "Guest_Team" in head:
        yield from _openligadb_csv(text, source)
    elif "home_team" in head or "home" in head.split("\n", 1)[0]:
        yield from _plain_csv(text, source)
    else:
        yield InputError(source, 1, "unknown match data format (Football.TXT, OpenLigaDB CSV/JSON or CSV)")


def _season(value: str) -> str:
    """ "2023/2024" or "2023-24" -> "2023-24"."""
    first = value.strip()[:4]
    return f"{first}-{(int(first) + 1) % 100:02d}" if first.isdigit() else value.strip()


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _openligadb_csv(text: str, source: str) -> Iterator[Read]:
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
        try:
            matchday = _int(row["Matchday"].split(".")[0])
            home_goals, away_goals = _int(row["Home_Goals"]), _int(row["Guest_Goals"])
            yield Match(competition=competition_name(row["League"]), season=_season(row["Season"]),
                        round=f"Matchday {matchday}", matchday=matchday, date=row["Match_Date"][:10] or None,
                        time=(row.get("Match_Time") or "")[:5] or None, home=club_id_for(row["Home_Team"]),
                        away=club_id_for(row["Guest_Team"]), home_goals=home_goals, away_goals=away_goals,
                        status="played" if home_goals is not None else "scheduled", source=f"{source}:{number}")
        except (KeyError, AttributeError) as exc:
            yield InputError(source, number, f"missing column {exc}")


def _plain_csv(text: str, source: str) -> Iterator[Read]:
    """CSV with columns competition, season, round/matchday, date, time, home_team, away_team, home_goals,
    away_goals and optionally status (the layout of shared data's matches.csv)."""
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
        try:
            home_goals, away_goals = _int(row.get("home_goals")), _int(row.get("away_goals"))
            status = row.get("status") or ("played" if home_goals is not None else "scheduled")
            yield Match(competition=competition_name(row["competition"]), season=_season(row["season"]),
                        round=row.get("round") or f"Matchday {row.get('matchday')}", matchday=_int(row.get("matchday")),
                        date=row.get("date") or None, time=row.get("time") or None,
                        home=club_id_for(row.get("home_team") or row["home"]),
                        away=club_id_for(row.get("away_team") or row["away"]),
                        home_goals=home_goals, away_goals=away_goals, status=status,
                        home_pens=_int(row.get("home_pens")), away_pens=_int(row.get("away_pens")),
                        extra_time=row.get("extra_time") == "yes", source=f"{source}:{number}")
        except KeyError as exc:
            yield InputError(source, number, f"missing column {exc}")


def _openligadb_json(text: str, source: str) -> Iterator[Read]:
    """OpenLigaDB API JSON: a list of matches with Team1, Team2, MatchResults (ResultTypeID 2 = final)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, exc.lineno, f"not JSON: {exc.msg}")
        return
    for number, m in enumerate(data if isinstance(data, list) else [data], 1):
        try:
            final = next((r for r in m.get("matchResults") or m.get("MatchResults") or []
                          if (r.get("resultTypeID") or r.get("ResultTypeID")) == 2), None)
            group = m.get("group") or m.get("Group") or {}
            matchday = group.get("groupOrderID") or group.get("GroupOrderID")
            when = m.get("matchDateTime") or m.get("MatchDateTime") or ""
            t1, t2 = m.get("team1") or m.get("Team1"), m.get("team2") or m.get("Team2")
            yield Match(competition=competition_name(m.get("leagueName") or m.get("LeagueName") or ""),
                        season=_season(str(m.get("leagueSeason") or m.get("LeagueSeason") or "")),
                        round=f"Matchday {matchday}", matchday=matchday, date=when[:10] or None,
                        time=when[11:16] or None, home=club_id_for(t1.get("teamName") or t1.get("TeamName")),
                        away=club_id_for(t2.get("teamName") or t2.get("TeamName")),
                        home_goals=final and (final.get("pointsTeam1") or final.get("PointsTeam1") or 0),
                        away_goals=final and (final.get("pointsTeam2") or final.get("PointsTeam2") or 0),
                        status="played" if final else "scheduled", source=f"{source}#{number}")
        except (AttributeError, TypeError) as exc:
            yield InputError(source, number, f"not an OpenLigaDB match: {exc}")
