"""Match data joined with the knowledge base: coach records per tenure and news claims checked.

A claim is *consistent* when the matches agree with it, *contradicted* when they
say otherwise, *unverifiable* when there are no matches to tell; both sides are
returned, so a reader sees why.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, or_, select

from ..dates import season_of
from ..store.queries import find_club, find_person, tenures
from ..store.schema import fact_entities, facts
from .model import Match
from .store import club_matches, load_season
from .tables import standings
from .views import club_label

LEAGUES = ("Bundesliga", "2. Bundesliga", "3. Liga")


def _result(m: Match, club: str) -> str:
    mine, theirs = (m.home_goals, m.away_goals) if m.home == club else (m.away_goals, m.home_goals)
    return "W" if mine > theirs else "D" if mine == theirs else "L"


def _place(conn: Connection, club: str, date: str | None) -> int | None:
    """The club's table place in its league on a day (before that day's matches)."""
    if not date:
        return None
    league = next((m for m in club_matches(conn, club, None, None)
                   if m.competition in LEAGUES and season_of(date) == m.season), None)
    if league is None:
        return None
    table = standings(load_season(conn, league.competition, league.season), league.competition, league.season,
                      date=_day_before(date))
    return next((r.rank for r in table if r.club == club), None)


def _day_before(date: str) -> str:
    if len(date) < 10:
        return date
    return (dt.date.fromisoformat(date[:10]) - dt.timedelta(days=1)).isoformat()


def coach_record(conn: Connection, person: str, club: str | None = None) -> dict:
    """Each tenure of a coach with the matches played in it: games, W-D-L, goals, points per game,
    table place at its start and end."""
    pid = find_person(conn, person)
    club_ids = [find_club(conn, club)] if club else _coach_clubs(conn, pid)
    out = []
    for cid in club_ids:
        for t in tenures(conn, cid):
            if find_person(conn, t["person"]) != pid:
                continue
            games = [m for m in club_matches(conn, cid, t["start"], _day_before(t["end"]) if t["end"] else None)
                     if m.counted]
            results = [_result(m, cid) for m in games]
            scored = sum(m.home_goals if m.home == cid else m.away_goals for m in games)
            conceded = sum(m.away_goals if m.home == cid else m.home_goals for m in games)
            points = 3 * results.count("W") + results.count("D")
            out.append({"club": club_label(cid), "role": t["role"], "start": t["start"], "end": t["end"],
                        "games": len(games),
                        "won": results.count("W"), "drawn": results.count("D"), "lost": results.count("L"),
                        "goals_for": scored, "goals_against": conceded, "points": points,
                        "points_per_game": round(points / len(games), 2) if games else None,
                        "place_at_start": _place(conn, cid, t["start"]),
                        "place_at_end": _place(conn, cid, t["end"]) if t["end"] else None})
    return {"person": _display(conn, pid), "tenures": out}


def _display(conn: Connection, pid: int) -> str:
    from ..store.schema import people

    return conn.execute(select(people.c.name).where(people.c.id == pid)).scalar_one()


def _coach_clubs(conn: Connection, pid: int) -> list[str]:
    mine = select(fact_entities.c.fact_id).where(fact_entities.c.person_id == pid, fact_entities.c.arg == "person")
    coach = select(facts.c.id).where(facts.c.id.in_(mine), facts.c.type.in_(("coach_appointed", "coach_departed")))
    rows = conn.execute(select(fact_entities.c.club_id).where(
        fact_entities.c.fact_id.in_(coach), fact_entities.c.arg == "club")).all()
    return sorted({r.club_id for r in rows})


# --- claims --------------------------------------------------------------

def check_fact(conn: Connection, fact: dict, entities: dict[str, str]) -> dict | None:
    """Check a record, result or fixture fact against the matches; None for other types."""
    checker = {"record": _check_record, "match_result": _check_result, "fixture": _check_fixture}.get(fact["type"])
    if checker is None:
        return None
    verdict, data, why = checker(conn, fact, entities)
    return {"fact": fact["id"], "type": fact["type"], "claim": fact["args"], "date": fact["date"],
            "verdict": verdict, "data": data, "why": why}


def _when(fact: dict) -> str | None:
    return fact["date"] or (fact["evidence"][0]["article_date"] if fact.get("evidence") else None)


def _check_record(conn: Connection, fact: dict, entities: dict[str, str]) -> tuple[str, dict | None, str]:
    club, when = entities.get("club"), _when(fact)
    claim_points, claim_games = int(fact["args"]["points"]), int(fact["args"]["games"])
    if not club or not when:
        return "unverifiable", None, "no club or date to look up"
    season = season_of(when)
    games = [m for m in club_matches(conn, club) if m.counted and m.season == season and m.competition in LEAGUES]
    if not games:
        return "unverifiable", None, f"no league matches of the club in {season}"
    games = [m for m in games if (m.date or "") <= _end_of(when)]
    points = [3 if r == "W" else 1 if r == "D" else 0 for r in (_result(m, club) for m in games)]
    if len(points) >= claim_games:
        total = sum(points[:claim_games])
        data = {"games": claim_games, "points": total, "after": games[claim_games - 1].date,
                "competition": games[0].competition}
        if total == claim_points:
            return "consistent", data, f"{total} points from the first {claim_games} league games of {season}"
        recent = sum(points[-claim_games:])
        if recent == claim_points:
            data |= {"points": recent, "after": games[-1].date, "span": "last"}
            return "consistent", data, f"{recent} points from the last {claim_games} games before {when}"
        return "contradicted", data, (f"the first {claim_games} games gave {total} points and the last "
                                      f"{claim_games} before {when} gave {recent}, not {claim_points}")
    return "contradicted", {"games": len(points), "points": sum(points)}, \
        f"only {len(points)} league games played by {when}"


def _end_of(date: str) -> str:
    return date if len(date) >= 10 else date + "-31" if len(date) == 7 else date + "-12-31"


def _pair_matches(conn: Connection, a: str, b: str) -> list[Match]:
    return [m for m in club_matches(conn, a) if {m.home, m.away} == {a, b}]


def _closest(found: list[Match], when: str | None) -> Match | None:
    if not found:
        return None
    if not when:
        return found[-1]
    key = when[:10]
    return min(found, key=lambda m: abs(_days(m.date or "", key)))


def _days(a: str, b: str) -> int:
    def parse(s: str) -> dt.date:
        parts = (s + "-01-01")[:10] if len(s) == 4 else (s + "-15")[:10] if len(s) == 7 else s[:10]
        return dt.date.fromisoformat(parts)
    try:
        return (parse(a) - parse(b)).days
    except ValueError:
        return 10**6


def _check_result(conn: Connection, fact: dict, entities: dict[str, str]) -> tuple[str, dict | None, str]:
    team, opponent = entities.get("team"), entities.get("opponent")
    if not team or not opponent:
        return "unverifiable", None, "a club is not known"
    when = _when(fact)
    found = [m for m in _pair_matches(conn, team, opponent) if m.counted and abs(_days(m.date or "", when or "")) < 200]
    match = _closest(found, when)
    if match is None:
        return "unverifiable", None, "no match between the two clubs near that date in the match data"
    mine, theirs = (match.home_goals, match.away_goals) if match.home == team else (match.away_goals, match.home_goals)
    score = f"{match.home_goals}:{match.away_goals}"
    data = {"date": match.date, "home": match.home, "away": match.away, "score": score,
            "competition": match.competition}
    claim = (int(fact["args"]["team_goals"]), int(fact["args"]["opponent_goals"]))
    if claim == (mine, theirs):
        return "consistent", data, f"{match.competition} {match.date}: {score}"
    return "contradicted", data, (f"the match on {match.date} ended {mine}:{theirs} for {club_label(team)}, "
                                  f"not {claim[0]}:{claim[1]}")


def _check_fixture(conn: Connection, fact: dict, entities: dict[str, str]) -> tuple[str, dict | None, str]:
    team, opponent = entities.get("team"), entities.get("opponent")
    when = fact["date"]
    if not team or not opponent or not when:
        return "unverifiable", None, "a club or the date is not known"
    found = [m for m in _pair_matches(conn, team, opponent) if abs(_days(m.date or "", when)) < 200]
    match = _closest(found, when)
    if match is None:
        return "unverifiable", None, "no match between the two clubs near that date in the match data"
    data = {"date": match.date, "time": match.time, "home": match.home, "away": match.away,
            "score": f"{match.home_goals}:{match.away_goals}" if match.counted else None}
    day, time = when[:10], when[11:16] if len(when) > 10 else None
    if len(when) >= 10 and match.date != day:
        return "contradicted", data, f"the match was played on {match.date}, not {day}"
    if len(when) < 10 and not (match.date or "").startswith(when):
        return "contradicted", data, f"the match was played on {match.date}, not in {when}"
    if time and match.time and time != match.time:
        return "contradicted", data, f"kick-off was {match.time}, not {time}"
    return "consistent", data, f"{match.competition} matchday {match.matchday}: {match.date} {match.time or ''}".strip()


def check_facts(conn: Connection, article: str | None = None) -> list[dict]:
    """Checks of every record, result and fixture fact (of one article, or all)."""
    from ..store.queries import _fact_rows
    from ..store.schema import evidence

    where = facts.c.type.in_(("record", "match_result", "fixture"))
    if article:
        where = where & facts.c.id.in_(select(evidence.c.fact_id).where(evidence.c.article_id == article))
    out = []
    for fact in _fact_rows(conn, where):
        ents = {r.arg: r.club_id for r in conn.execute(select(fact_entities).where(
            fact_entities.c.fact_id == fact["id"], or_(fact_entities.c.club_id.is_not(None))))}
        result = check_fact(conn, fact, ents)
        if result:
            result["evidence"] = fact["evidence"][:1]
            out.append(result)
    return out


def club_report_checked(conn: Connection, name: str) -> dict:
    """The club report, each record, result and fixture with its check against the match data."""
    from ..store.queries import club_report

    report = club_report(conn, name)
    for fact in report["facts"]:
        ents = {r.arg: r.club_id for r in conn.execute(select(fact_entities).where(
            fact_entities.c.fact_id == fact["id"]))}
        result = check_fact(conn, fact, ents)
        if result:
            fact["check"] = {"verdict": result["verdict"], "why": result["why"]}
    return report
