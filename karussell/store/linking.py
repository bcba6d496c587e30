"""Linking: the names in facts to club, person and competition entities.

Clubs go to the lexicon's ids (an unknown club is kept, flagged `known=False`).
People are merged across articles when the name and the context agree
("Backhaus" at Aachen and "Heiner Backhaus" at Aachen), and kept apart when
the context contradicts (a "Müller" at Bochum is not the "Müller" at Köln).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, bindparam, insert, select, update

from ..lexicon import load_lexicon
from .schema import clubs, competitions, fact_entities, people, person_aliases

TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(name: str) -> str:
    """Case, accents and umlauts folded: "Schönwald" and "schoenwald" are one key."""
    text = name.lower().translate(TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def club_id(conn: Connection, name: str, seen: set[str] | None = None) -> str:
    """The club entity for a club name from a fact; created on first use.
    `seen` caches the ids known to exist during one ingest."""
    lex = load_lexicon()
    known = lex.alias_to_club.get(name)
    cid = known or "unknown:" + normalise(name).replace(" ", "-")
    if seen is not None and cid in seen:
        return cid
    if seen is not None:
        seen.add(cid)
    if conn.execute(FIND_CLUB, {"cid": cid}).first() is None:
        display = lex.clubs[known].name if known else name
        conn.execute(insert(clubs).values(id=cid, name=display, known=bool(known)))
    return cid


def competition_id(conn: Connection, name: str, seen: set[str] | None = None) -> str | None:
    lex = load_lexicon()
    cid = lex.alias_to_competition.get(name)
    if cid is None or (seen is not None and cid in seen):
        return cid
    if seen is not None:
        seen.add(cid)
    if conn.execute(select(competitions.c.id).where(competitions.c.id == cid)).first() is None:
        comp = lex.competitions[cid]
        conn.execute(insert(competitions).values(id=cid, name=comp.name, tier=comp.tier))
    return cid


CLUBS_OF = select(fact_entities.c.club_id).where(
    fact_entities.c.fact_id.in_(select(fact_entities.c.fact_id).where(fact_entities.c.person_id == bindparam("pid"))),
    fact_entities.c.club_id.is_not(None))
PEOPLE_BY_SURNAME = select(people.c.id, people.c.name).where(people.c.surname == bindparam("surname"))
FIND_ALIAS = select(person_aliases.c.alias).where(
    person_aliases.c.person_id == bindparam("pid"), person_aliases.c.alias == bindparam("alias"))
FIND_CLUB = select(clubs.c.id).where(clubs.c.id == bindparam("cid"))


def _clubs_of(conn: Connection, person_id: int) -> set[str]:
    """The clubs a person appears with in stored facts."""
    return {r.club_id for r in conn.execute(CLUBS_OF, {"pid": person_id})}


def person_id(conn: Connection, name: str, context_clubs: set[str], aliases: set | None = None) -> int:
    """The person entity for a name seen with some clubs; merged or created.
    `aliases` caches the (person, alias) pairs known to be stored during one ingest."""
    parts = normalise(name).split()
    surname = parts[-1] if parts else normalise(name)
    full = len(parts) > 1
    candidates = conn.execute(PEOPLE_BY_SURNAME, {"surname": surname}).all()
    chosen = _choose(conn, candidates, normalise(name), full, context_clubs)
    if chosen is None:
        chosen = conn.execute(insert(people).values(name=name, surname=surname, name_key=normalise(name))
                              .returning(people.c.id)).scalar_one()
    elif full and len(normalise(_name_of(candidates, chosen)).split()) == 1:  # the full name now known
        conn.execute(update(people).where(people.c.id == chosen).values(name=name, name_key=normalise(name)))
    if aliases is not None and (chosen, name) in aliases:
        return chosen
    if conn.execute(FIND_ALIAS, {"pid": chosen, "alias": name}).first() is None:
        conn.execute(insert(person_aliases).values(person_id=chosen, alias=name))
    if aliases is not None:
        aliases.add((chosen, name))
    return chosen


def _name_of(candidates, pid: int) -> str:
    return next(c.name for c in candidates if c.id == pid)


def _choose(conn: Connection, candidates, key: str, full: bool, context: set[str]) -> int | None:
    same_name = [c.id for c in candidates if normalise(c.name) == key]
    if full and same_name:
        return same_name[0]  # the same full name is the same person, wherever he works now
    compatible = []
    for c in candidates:
        other_full = len(normalise(c.name).split()) > 1
        if full and other_full:
            continue  # two different full names
        if full and not other_full and normalise(c.name) != key.split()[-1]:
            continue
        known = _clubs_of(conn, c.id)
        if context and known and not (known & context):
            continue  # the context contradicts: another club, another person
        compatible.append((bool(known & context), c.id))
    if not compatible:
        return None
    agreeing = [cid for agree, cid in compatible if agree]
    if len(agreeing) == 1:
        return agreeing[0]
    return compatible[0][1] if len(compatible) == 1 else None
