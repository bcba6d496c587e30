"""Query functions over stored matches that the CLI (and any API) calls."""

from __future__ import annotations

from sqlalchemy import Connection

from ..errors import KarussellError
from ..lexicon import load_lexicon
from .store import load_season, seasons
from .tables import standings


def club_label(club_id: str) -> str:
    clubs = load_lexicon().clubs
    return clubs[club_id].name if club_id in clubs else club_id.removeprefix("unknown:")


def league_table(conn: Connection, competition: str, season: str, *, date: str | None = None,
                 matchday: int | None = None, side: str | None = None, form: int | None = None) -> dict:
    """A stored league season's table as plain data."""
    lex = load_lexicon()
    comp_id = lex.alias_to_competition.get(competition)
    name = lex.competitions[comp_id].name if comp_id else competition
    matches = load_season(conn, name, season)
    if not matches:
        stored = ", ".join(f"{c} {s}" for c, s, _ in seasons(conn)) or "none"
        raise KarussellError(f"no matches of {name} {season} stored (stored: {stored}); "
                             f"import them with 'karussell matches import'")
    rows = standings(matches, name, season, date=date, matchday=matchday, side=side, form=form)
    return {"competition": name, "season": season, "date": date, "matchday": matchday, "side": side, "form": form,
            "rows": [{"rank": r.rank, "club": club_label(r.club), "played": r.played, "won": r.won,
                      "drawn": r.drawn, "lost": r.lost, "goals_for": r.goals_for, "goals_against": r.goals_against,
                      "goal_difference": r.goal_difference, "points": r.points, "deducted": r.deducted,
                      "form": "".join(r.form[-5:])} for r in rows]}
