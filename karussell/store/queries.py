"""Queries over the knowledge base: clubs, people, the carousel, facts.

They answer from the store only and return plain dicts, which the CLI (and
any API) renders as tables or JSON.
"""

from __future__ import annotations

import json
from collections import defaultdict

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, and_, func, or_, select

from ..dates import season_of
from ..errors import KarussellError
from ..lexicon import load_lexicon
from .linking import normalise
from .schema import articles, clubs, evidence, fact_entities, facts, matches, people, person_aliases

COACH_TYPES = ("coach_appointed", "coach_departed")


class AmbiguousName(KarussellError):
    """A name that fits several entities; the message lists them."""


class UnknownName(KarussellError):
    """A name that fits nothing stored."""


# --- finding entities by a forgiving name --------------------------------

def find_club(conn: Connection, name: str) -> str:
    """The stored club a name means: alias, normalised name, then a close fuzzy match."""
    lex = load_lexicon()
    key = normalise(name)
    by_alias = {normalise(a): cid for a, cid in lex.alias_to_club.items()}
    stored = {r.id: r.name for r in conn.execute(select(clubs.c.id, clubs.c.name))}
    if key in by_alias and by_alias[key] in stored:
        return by_alias[key]
    exact = [cid for cid, n in stored.items() if normalise(n) == key]
    if len(exact) == 1:
        return exact[0]
    return _fuzzy(name, {cid: n for cid, n in stored.items()}, "club")


def find_person(conn: Connection, name: str) -> int:
    """The stored person a name means: full name, alias, surname, then a close fuzzy match."""
    key = normalise(name)
    exact = [r.id for r in conn.execute(select(people.c.id).where(people.c.name_key == key))]
    if len(exact) == 1:
        return exact[0]
    surname = key.split()[-1] if key else key
    rows = conn.execute(select(people.c.id, people.c.name).where(
        or_(people.c.surname == surname, people.c.surname.like(surname[:3] + "%")))).all()
    names = {r.id: r.name for r in rows}
    aliases = conn.execute(select(person_aliases.c.person_id).where(
        func.lower(person_aliases.c.alias) == name.lower())).all()
    if len({a.person_id for a in aliases}) == 1:
        return aliases[0].person_id
    by_surname = [pid for pid, n in names.items() if normalise(n).split()[-1:] == key.split()[-1:]]
    if len(key.split()) == 1 and len(by_surname) == 1:
        return by_surname[0]
    if len(by_surname) > 1 and len(key.split()) == 1:
        raise AmbiguousName(f"{name!r} fits several people: " + ", ".join(sorted(names[p] for p in by_surname)))
    return _fuzzy(name, names, "person")


def _fuzzy(name: str, choices: dict, kind: str):
    found = process.extract(name, choices, scorer=fuzz.WRatio, processor=normalise, limit=5, score_cutoff=86)
    if not found:
        raise UnknownName(f"no {kind} called {name!r} in the knowledge base")
    best = found[0][1]
    close = [f for f in found if f[1] >= best - 3]
    if len(close) > 1:
        raise AmbiguousName(f"{name!r} fits several: " + ", ".join(f[0] for f in close))
    return found[0][2]


# --- facts with their evidence -------------------------------------------

def _fact_rows(conn: Connection, where) -> list[dict]:
    rows = conn.execute(select(facts).where(where)).all()
    return _with_evidence(conn, [dict(r._mapping) for r in rows])


def _with_evidence(conn: Connection, rows: list[dict]) -> list[dict]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    ev = defaultdict(list)
    for e in conn.execute(select(evidence, articles.c.date.label("article_date"), articles.c.url).join(
            articles, articles.c.id == evidence.c.article_id).where(evidence.c.fact_id.in_(ids))):
        ev[e.fact_id].append({"article": e.article_id, "article_date": e.article_date, "url": e.url,
                              "sentence": e.sentence, "start": e.start, "end": e.end})
    conflicts = _conflicting(conn, {r["event_key"] for r in rows})
    out = []
    for r in rows:
        out.append({"id": r["id"], "type": r["type"], "modality": r["modality"], "date": r["date"],
                    "args": json.loads(r["args"]), "evidence": ev[r["id"]],
                    "conflict": r["event_key"] in conflicts, "event_key": r["event_key"]})
    return out


def _conflicting(conn: Connection, event_keys: set[str]) -> set[str]:
    """Events told with two values (two contract end dates)."""
    if not event_keys:
        return set()
    rows = conn.execute(select(facts.c.event_key).where(facts.c.event_key.in_(event_keys), facts.c.modality != "denied")
                        .group_by(facts.c.event_key).having(func.count(func.distinct(facts.c.value_key)) > 1))
    return {r.event_key for r in rows}


def _facts_of(conn: Connection, column, entity) -> list[dict]:
    ids = select(fact_entities.c.fact_id).where(column == entity)
    return _fact_rows(conn, facts.c.id.in_(ids))


def _sort_key(fact: dict) -> str:
    return fact["date"] or (fact["evidence"][0]["article_date"] if fact["evidence"] else "") or ""


# --- derived knowledge ---------------------------------------------------

def tenures(conn: Connection, club_id: str) -> list[dict]:
    """The club's coach timeline: start, end, predecessor, successor and reason, oldest first."""
    theirs = select(fact_entities.c.fact_id).where(fact_entities.c.club_id == club_id, fact_entities.c.arg == "club")
    coach_facts = _fact_rows(conn, and_(facts.c.id.in_(theirs), facts.c.type.in_(COACH_TYPES),
                                        facts.c.modality == "asserted"))
    starts = sorted((f for f in coach_facts if f["type"] == "coach_appointed"), key=_sort_key)
    ends = sorted((f for f in coach_facts if f["type"] == "coach_departed"), key=_sort_key)
    timeline = []
    for a in starts:
        person = a["args"]["person"]
        end = next((d for d in ends if d["args"]["person"] == person and _sort_key(d) >= _sort_key(a)), None)
        timeline.append({"person": person, "role": a["args"].get("role", "head_coach"), "start": a["date"],
                         "end": end["date"] if end else None, "reason": end["args"].get("reason") if end else None,
                         "predecessor": a["args"].get("predecessor"), "successor": None,
                         "evidence": a["evidence"][:1] + (end["evidence"][:1] if end else [])})
    known = {t["person"] for t in timeline}
    for d in ends:  # a departure of a coach whose start no article told
        if d["args"]["person"] not in known:
            timeline.append({"person": d["args"]["person"], "role": d["args"].get("role", "head_coach"), "start": None,
                             "end": d["date"], "reason": d["args"].get("reason"), "predecessor": None,
                             "successor": None, "evidence": d["evidence"][:1]})
    # by date; on one day the tenure that ends comes before the one that starts
    timeline.sort(key=lambda t: (t["start"] or t["end"] or "", t["start"] is not None))
    _chain(timeline)
    return timeline


def _chain(timeline: list[dict]) -> None:
    heads = [t for t in timeline if t["role"] in ("head_coach", "interim")]
    for before, after in zip(heads, heads[1:], strict=False):
        after["predecessor"] = after["predecessor"] or before["person"]
        before["successor"] = after["person"]
        if before["end"] is None and after["start"]:
            before["end"], before["reason"] = after["start"], before["reason"] or "replaced"


def _club_arg(conn: Connection, fact: dict) -> str | None:
    row = conn.execute(select(fact_entities.c.club_id).where(
        fact_entities.c.fact_id == fact["id"], fact_entities.c.arg == "club")).first()
    return row.club_id if row else None


def rumour_status(conn: Connection, fact: dict) -> str:
    """An interest: came true (the move followed), denied, or open."""
    ents = {r.arg: r for r in conn.execute(select(fact_entities).where(fact_entities.c.fact_id == fact["id"]))}
    target = ents.get("target")
    subject = ents.get("subject")
    if target is None or target.person_id is None:
        return "open"
    moves = _fact_rows(conn, facts.c.id.in_(select(fact_entities.c.fact_id).where(
        fact_entities.c.person_id == target.person_id, fact_entities.c.arg == "person")))
    subject_club = subject.club_id if subject is not None else None
    for move in moves:
        if move["type"] not in ("coach_appointed", "transfer"):
            continue
        dest = conn.execute(select(fact_entities.c.club_id).where(
            fact_entities.c.fact_id == move["id"], fact_entities.c.arg.in_(("club", "to_club")))).first()
        if dest is None or (subject_club and dest.club_id != subject_club):
            continue
        if move["modality"] == "denied":
            return "denied"
        if move["modality"] == "asserted" and _sort_key(move) >= _sort_key(fact):
            return "came true"
    if fact["modality"] == "denied":
        return "denied"
    same = conn.execute(select(facts.c.modality).where(facts.c.event_key == fact["event_key"])).all()
    return "denied" if any(r.modality == "denied" for r in same) else "open"


# --- reports -------------------------------------------------------------

def club_report(conn: Connection, name: str, latest: int = 15) -> dict:
    """Head coach now and since when, his contract, the coach history, the latest facts."""
    cid = find_club(conn, name)
    club_name = conn.execute(select(clubs.c.name).where(clubs.c.id == cid)).scalar_one()
    timeline = tenures(conn, cid)
    current = next((t for t in reversed(timeline) if t["end"] is None and t["role"] in ("head_coach", "interim")),
                   None)
    theirs = select(fact_entities.c.fact_id).where(fact_entities.c.club_id == cid)
    newest = conn.execute(select(facts).where(facts.c.id.in_(theirs))
                          .order_by(facts.c.date.desc().nulls_last(), facts.c.id.desc()).limit(latest)).all()
    all_facts = _with_evidence(conn, [dict(r._mapping) for r in newest])
    contract = None
    if current:
        contracts = sorted((f for f in _fact_rows(conn, and_(facts.c.id.in_(theirs), facts.c.type == "contract"))
                            if f["args"].get("person") == current["person"] and f["modality"] != "denied"),
                           key=_sort_key, reverse=True)
        contract = contracts[0] if contracts else None
    for f in all_facts:
        if f["type"] == "interest":
            f["status"] = rumour_status(conn, f)
    return {"club": club_name, "id": cid, "head_coach": current["person"] if current else None,
            "since": current["start"] if current else None,
            "contract_until": contract["args"]["until"] if contract else None,
            "contract_conflict": bool(contract and contract["conflict"]),
            "coaches": timeline, "facts": all_facts[:latest]}


def person_report(conn: Connection, name: str) -> dict:
    """A person's career: clubs and roles with dates, contracts, rumours about him, with evidence."""
    pid = find_person(conn, name)
    full = conn.execute(select(people.c.name).where(people.c.id == pid)).scalar_one()
    aliases = sorted(r.alias for r in conn.execute(
        select(person_aliases.c.alias).where(person_aliases.c.person_id == pid)))
    all_facts = sorted(_facts_of(conn, fact_entities.c.person_id, pid), key=_sort_key)
    for f in all_facts:
        if f["type"] == "interest":
            f["status"] = rumour_status(conn, f)
    career = [f for f in all_facts if f["type"] in COACH_TYPES + ("transfer",) and f["modality"] == "asserted"]
    return {"person": full, "id": pid, "aliases": aliases, "career": career,
            "contracts": [f for f in all_facts if f["type"] == "contract"],
            "rumours": [f for f in all_facts if f["type"] == "interest" or f["modality"] in ("reported", "denied")],
            "facts": all_facts}


def carousel(conn: Connection, since: str | None = None, league: str | None = None) -> list[dict]:
    """Coach changes and open coach rumours, newest first."""
    where = or_(facts.c.type.in_(COACH_TYPES), and_(facts.c.type == "interest", facts.c.args.like('%head_coach%')))
    rows = _fact_rows(conn, where)
    if since:
        rows = [r for r in rows if _sort_key(r) >= since]
    if league:
        rows = [r for r in rows if _in_league(conn, r, league)]
    for r in rows:
        if r["type"] == "interest":
            r["status"] = rumour_status(conn, r)
    rows = [r for r in rows if r["type"] != "interest" or r["status"] == "open"]
    return sorted(rows, key=_sort_key, reverse=True)


def _in_league(conn: Connection, fact: dict, league: str) -> bool:
    """Whether a fact's club plays in a league: in that season's stored matches where there are
    any, else as the stored facts about the club say."""
    lex = load_lexicon()
    comp = lex.alias_to_competition.get(league)
    club = _club_arg(conn, fact) or next(iter(
        r.club_id for r in conn.execute(select(fact_entities.c.club_id).where(
            fact_entities.c.fact_id == fact["id"], fact_entities.c.club_id.is_not(None)))), None)
    if comp is None or club is None:
        return False
    when = _sort_key(fact)
    if when[:4].isdigit():
        name, season = lex.competitions[comp].name, season_of(when)
        in_season = select(matches.c.id).where(matches.c.competition == name, matches.c.season == season)
        if conn.execute(in_season.limit(1)).first() is not None:
            return conn.execute(in_season.where(or_(matches.c.home == club, matches.c.away == club))
                                .limit(1)).first() is not None
    theirs = select(fact_entities.c.fact_id).where(fact_entities.c.club_id == club)
    return conn.execute(select(fact_entities.c.fact_id).where(
        fact_entities.c.fact_id.in_(theirs), fact_entities.c.competition_id == comp)).first() is not None


def list_facts(conn: Connection, ftype: str | None = None, club: str | None = None, person: str | None = None,
               since: str | None = None, limit: int = 500) -> list[dict]:
    """Facts filtered by type, club, person and date, newest first."""
    where = []
    if ftype:
        where.append(facts.c.type == ftype)
    if club:
        where.append(facts.c.id.in_(select(fact_entities.c.fact_id).where(
            fact_entities.c.club_id == find_club(conn, club))))
    if person:
        where.append(facts.c.id.in_(select(fact_entities.c.fact_id).where(
            fact_entities.c.person_id == find_person(conn, person))))
    rows = _fact_rows(conn, and_(*where) if where else facts.c.id.is_not(None))
    if since:
        rows = [r for r in rows if _sort_key(r) >= since]
    return sorted(rows, key=_sort_key, reverse=True)[:limit]
