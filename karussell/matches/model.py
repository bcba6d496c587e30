"""Matches as read from any source, linked to the lexicon's club ids."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    """One match. Goals are the final result (after extra time in cups); None when not played."""

    competition: str  # the competition's canonical name, e.g. "3. Liga"
    season: str  # "2024-25"
    round: str  # "Matchday 6", "Round 1", "Final"
    matchday: int | None
    date: str | None  # ISO day
    time: str | None  # "19:00", local time
    home: str  # club id (the lexicon's, or "unknown:<name>")
    away: str
    home_goals: int | None
    away_goals: int | None
    status: str = "played"  # played, awarded, cancelled, scheduled
    home_pens: int | None = None
    away_pens: int | None = None
    extra_time: bool = False
    source: str = ""

    @property
    def counted(self) -> bool:
        """Whether the match counts for a table: played or awarded, with a score."""
        return self.status in ("played", "awarded") and self.home_goals is not None and self.away_goals is not None
