"""Ingest: extract articles and store their facts, linked and consolidated.

Idempotent: an article already stored with the same content is skipped; one
whose text changed has its facts replaced. Each batch of articles is one
transaction, so an interrupted run loses nothing it committed and the next
run completes the rest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, delete, insert, select

from ..domain import Article, Fact
from ..errors import InputError
from ..pipeline import extract_article
from ..reading import Record
from . import linking
from .consolidate import CLUB_ARGS, COMPETITION_ARGS, PERSON_ARGS, keys
from .db import Store
from .schema import articles, evidence, fact_entities, facts


@dataclass
class IngestSummary:
    """What an ingest did."""

    read: int = 0
    unchanged: int = 0
    replaced: int = 0
    facts_added: int = 0
    evidence_added: int = 0
    skipped: list[InputError] = field(default_factory=list)


def content_hash(article: Article) -> str:
    payload = json.dumps([article.text, article.title, article.date, article.url], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _batches(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class Seen:
    """Entities known to be stored, so that a batch does not ask the database again."""

    clubs: set[str] = field(default_factory=set)
    competitions: set[str] = field(default_factory=set)
    aliases: set = field(default_factory=set)


def ingest(store: Store, records: Iterable[Record], batch_size: int = 50,
           on_article: Callable[[], None] | None = None) -> IngestSummary:
    """Store the facts of every readable record; one transaction per batch."""
    summary = IngestSummary()
    for batch in _batches(records, batch_size):
        seen = Seen()  # per transaction: what a rolled-back batch added is not known
        with store.engine.begin() as conn:
            for record in batch:
                if isinstance(record, InputError):
                    summary.skipped.append(record)
                else:
                    summary.read += 1
                    _ingest_article(conn, record, summary, seen)
                if on_article:
                    on_article()
    return summary


def _ingest_article(conn: Connection, article: Article, summary: IngestSummary, seen: Seen) -> None:
    digest = content_hash(article)
    stored = conn.execute(select(articles.c.content_hash).where(articles.c.id == article.id)).first()
    if stored is not None and stored.content_hash == digest:
        summary.unchanged += 1
        return
    if stored is not None:
        remove_article(conn, article.id)
        summary.replaced += 1
    conn.execute(insert(articles).values(id=article.id, content_hash=digest, date=article.date, url=article.url,
                                         title=article.title, source=article.source))
    for fact in extract_article(article):
        added_fact, added_evidence = store_fact(conn, fact, seen)
        summary.facts_added += added_fact
        summary.evidence_added += added_evidence


def remove_article(conn: Connection, article_id: str) -> None:
    """Forget an article: its evidence, and the facts no other article tells."""
    fact_ids = {r.fact_id for r in conn.execute(select(evidence.c.fact_id).where(evidence.c.article_id == article_id))}
    conn.execute(delete(evidence).where(evidence.c.article_id == article_id))
    still_told = {r.fact_id for r in conn.execute(select(evidence.c.fact_id).where(evidence.c.fact_id.in_(fact_ids)))}
    orphans = fact_ids - still_told
    if orphans:
        conn.execute(delete(fact_entities).where(fact_entities.c.fact_id.in_(orphans)))
        conn.execute(delete(facts).where(facts.c.id.in_(orphans)))
    conn.execute(delete(articles).where(articles.c.id == article_id))


def _link(conn: Connection, fact: Fact, seen: Seen) -> dict[str, object]:
    """Entity ids for every club, person and competition argument of a fact."""
    entities: dict[str, object] = {}
    for arg, value in fact.args.items():
        if arg in CLUB_ARGS or (arg == "subject" and linking.load_lexicon().alias_to_club.get(value)):
            entities[arg] = linking.club_id(conn, value, seen.clubs)
        elif arg in COMPETITION_ARGS:
            comp = linking.competition_id(conn, value, seen.competitions)
            if comp:
                entities[arg] = comp
    context = {v for a, v in entities.items() if a in CLUB_ARGS}
    for arg, value in fact.args.items():
        if arg in PERSON_ARGS or (arg == "subject" and arg not in entities):
            entities[arg] = linking.person_id(conn, value, context, seen.aliases)
    return entities


# Statements built once: building a SQLAlchemy statement costs more than running it on SQLite.
FIND_FACT = select(facts.c.id, facts.c.date).where(
    facts.c.event_key == bindparam("ek"), facts.c.value_key == bindparam("vk"), facts.c.modality == bindparam("mod"))
INSERT_FACT = insert(facts).returning(facts.c.id)
FIND_EVIDENCE = select(evidence.c.id).where(
    evidence.c.fact_id == bindparam("fid"), evidence.c.article_id == bindparam("aid"),
    evidence.c.start == bindparam("st"))
INSERT_EVIDENCE = insert(evidence)
INSERT_ENTITIES = insert(fact_entities)


def _entity_column(arg: str, entity: object) -> str:
    if arg in COMPETITION_ARGS:
        return "competition_id"
    return "club_id" if isinstance(entity, str) else "person_id"


def store_fact(conn: Connection, fact: Fact, seen: Seen | None = None) -> tuple[int, int]:
    """Add a fact, or its evidence to the same fact already stored. Returns (facts, evidence) added."""
    entities = _link(conn, fact, seen or Seen())
    k = keys(fact.type, fact.args, entities, fact.date)
    found = conn.execute(FIND_FACT, {"ek": k.event, "vk": k.value, "mod": fact.modality}).first()
    added = 0
    if found is None:
        fact_id = conn.execute(INSERT_FACT, {
            "type": fact.type, "modality": fact.modality, "date": fact.date, "event_key": k.event,
            "value_key": k.value, "args": json.dumps(fact.args, ensure_ascii=False)}).scalar_one()
        rows = [{"fact_id": fact_id, "arg": arg, "club_id": None, "person_id": None, "competition_id": None,
                 _entity_column(arg, entity): entity} for arg, entity in entities.items()]
        if rows:
            conn.execute(INSERT_ENTITIES, rows)
        added = 1
    else:
        fact_id = found.id
        if fact.date and (found.date is None or len(fact.date) > len(found.date)):
            conn.execute(facts.update().where(facts.c.id == fact_id).values(date=fact.date))  # a more precise date
    if not added and conn.execute(FIND_EVIDENCE, {"fid": fact_id, "aid": fact.doc, "st": fact.start}).first():
        return added, 0
    conn.execute(INSERT_EVIDENCE, {"fact_id": fact_id, "article_id": fact.doc, "sentence": fact.evidence,
                                   "start": fact.start, "end": fact.end})
    return added, 1
