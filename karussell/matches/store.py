"""Matches in the knowledge base: import (upsert) and load."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy import Connection, and_, or_, select

from ..errors import InputError
from ..store.db import Store
from ..store.schema import matches
from .model import Match
from .readers import Read


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unknown_teams: set[str] = field(default_factory=set)
    skipped: list[InputError] = field(default_factory=list)


def import_matches(store: Store, records: Iterable[Read]) -> ImportSummary:
    """Add or update every match (keyed by competition, season, round, home, away); one transaction."""
    summary = ImportSummary()
    with store.engine.begin() as conn:
        for record in records:
            if isinstance(record, InputError):
                summary.skipped.append(record)
                continue
            summary.unknown_teams |= {c[8:] for c in (record.home, record.away) if c.startswith("unknown:")}
            _upsert(conn, record, summary)
    return summary


def _upsert(conn: Connection, m: Match, summary: ImportSummary) -> None:
    key = and_(matches.c.competition == m.competition, matches.c.season == m.season, matches.c.round == m.round,
               matches.c.home == m.home, matches.c.away == m.away)
    values = asdict(m)
    found = conn.execute(select(matches.c.id).where(key)).first()
    if found is None:
        conn.execute(matches.insert().values(**values))
        summary.added += 1
    else:
        conn.execute(matches.update().where(matches.c.id == found.id).values(**values))
        summary.updated += 1


def _to_match(row) -> Match:
    data = dict(row._mapping)
    data.pop("id")
    return Match(**data)


def load_season(conn: Connection, competition: str, season: str) -> list[Match]:
    return [_to_match(r) for r in conn.execute(select(matches).where(
        matches.c.competition == competition, matches.c.season == season))]


def club_matches(conn: Connection, club: str, start: str | None = None, end: str | None = None) -> list[Match]:
    """A club's matches between two dates (inclusive), oldest first."""
    where = [or_(matches.c.home == club, matches.c.away == club)]
    if start:
        where.append(matches.c.date >= start)
    if end:
        where.append(matches.c.date <= end)
    rows = conn.execute(select(matches).where(*where).order_by(matches.c.date, matches.c.time)).all()
    return [_to_match(r) for r in rows]


def seasons(conn: Connection) -> list[tuple[str, str, int]]:
    """(competition, season, matches) stored."""
    from sqlalchemy import func

    rows = conn.execute(select(matches.c.competition, matches.c.season, func.count()).group_by(
        matches.c.competition, matches.c.season).order_by(matches.c.competition, matches.c.season))
    return [tuple(r) for r in rows]
