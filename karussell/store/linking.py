"""Linking: the names in facts to club, person and competition entities.

Clubs go to the lexicon's ids (an unknown club is kept, flagged `known=False`).
People are merged across articles when the name and the context agree
("Backhaus" at Aachen and "Heiner Backhaus" at Aachen), and kept apart when
the context contradicts (a "Müller" at Bochum is not the "Müller" at Köln).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, and_, insert, select, update

from ..lexicon import load_lexicon
from .schema import clubs, competitions, fact_entities, people, person_aliases

TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def normalise(name: str) -> str:
    """Case, accents and umlauts folded: "Schönwald" and "schoenwald" are one key."""
    text = name.lower().translate(TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def club_id(conn: Connection, name: str) -> str:
    """The club entity for a club name from a fact; created on first use."""
    lex = load_lexicon()
    known = lex.alias_to_club.get(name)
    cid = known or "unknown:" + normalise(name).replace(" ", "-")
    if conn.execute(select(clubs.c.id).where(clubs.c.id == cid)).first() is None:
        display = lex.clubs[known].name if known else name
        conn.execute(insert(clubs).values(id=cid, name=display, known=bool(known)))
    return cid


def competition_id(conn: Connection, name: str) -> str | None:
    lex = load_lexicon()
    cid = lex.alias_to_competition.get(name)
    if cid is None:
        return None
    if conn.execute(select(competitions.c.id).where(competitions.c.id == cid)).first() is None:
        comp = lex.competitions[cid]
        conn.execute(insert(competitions).values(id=cid, name=comp.name, tier=comp.tier))
    return cid


def _clubs_of(conn: Connection, person_id: int) -> set[str]:
    """The clubs a person appears with in stored facts."""
    mine = select(fact_entities.c.fact_id).where(fact_entities.c.person_id == person_id)
    rows = conn.execute(select(fact_entities.c.club_id).where(
        and_(fact_entities.c.fact_id.in_(mine), fact_entities.c.club_id.is_not(None))))
    return {r.club_id for r in rows}


def person_id(conn: Connection, name: str, context_clubs: set[str]) -> int:
    """The person entity for a name seen with some clubs; merged or created."""
    parts = normalise(name).split()
    surname = parts[-1] if parts else normalise(name)
    full = len(parts) > 1
    candidates = conn.execute(select(people.c.id, people.c.name).where(people.c.surname == surname)).all()
    chosen = _choose(conn, candidates, normalise(name), full, context_clubs)
    if chosen is None:
        chosen = conn.execute(insert(people).values(name=name, surname=surname).returning(people.c.id)).scalar_one()
    elif full and len(normalise(_name_of(candidates, chosen)).split()) == 1:
        conn.execute(update(people).where(people.c.id == chosen).values(name=name))  # the full name now known
    if conn.execute(select(person_aliases.c.alias).where(
            and_(person_aliases.c.person_id == chosen, person_aliases.c.alias == name))).first() is None:
        conn.execute(insert(person_aliases).values(person_id=chosen, alias=name))
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
