"""The knowledge base's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

Alembic's migrations (store/migrations) create and change them; this module
is the single description both the migrations and the queries use.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(300), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("date", String(20)),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
)

clubs = Table(
    "clubs", metadata,
    Column("id", String(120), primary_key=True),  # the lexicon's id; "unknown:<slug>" for others
    Column("name", String(200), nullable=False),
    Column("known", Boolean, nullable=False),  # False: not in the lexicon, kept and flagged
)

competitions = Table(
    "competitions", metadata,
    Column("id", String(120), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("tier", Integer),
)

people = Table(
    "people", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False),
    Column("surname", String(120), nullable=False),
    Column("name_key", String(200)),  # the name normalised (migration 0002)
)
Index("ix_people_surname", people.c.surname)
Index("ix_people_name_key", people.c.name_key)

person_aliases = Table(
    "person_aliases", metadata,
    Column("person_id", Integer, ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(200), primary_key=True),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(40), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("date", String(20)),
    Column("event_key", String(400), nullable=False),  # the same event told by several articles
    Column("value_key", String(200), nullable=False),  # what may differ between tellings (an end date)
    Column("args", Text, nullable=False),  # the arguments as JSON, names as written in full
    UniqueConstraint("event_key", "value_key", "modality", name="uq_facts_event_value_modality"),
)
Index("ix_facts_type_date", facts.c.type, facts.c.date)
Index("ix_facts_event", facts.c.event_key)

fact_entities = Table(
    "fact_entities", metadata,  # which club, person or competition each argument names
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("arg", String(40), primary_key=True),
    Column("club_id", String(120), ForeignKey("clubs.id")),
    Column("person_id", Integer, ForeignKey("people.id")),
    Column("competition_id", String(120), ForeignKey("competitions.id")),
)
Index("ix_fact_entities_club", fact_entities.c.club_id)
Index("ix_fact_entities_person", fact_entities.c.person_id)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_id", Integer, ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(300), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),  # character offsets of the sentence in the article text
    Column("end", Integer, nullable=False),
    UniqueConstraint("fact_id", "article_id", "start", name="uq_evidence_fact_article_start"),
)
Index("ix_evidence_article", evidence.c.article_id)
Index("ix_evidence_fact", evidence.c.fact_id)

matches = Table(
    "matches", metadata,  # migration 0003
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("competition", String(120), nullable=False),
    Column("season", String(9), nullable=False),
    Column("round", String(60), nullable=False),
    Column("matchday", Integer),
    Column("date", String(10)),
    Column("time", String(5)),
    Column("home", String(200), nullable=False),  # club id; "unknown:<name>" outside the lexicon
    Column("away", String(200), nullable=False),
    Column("home_goals", Integer),
    Column("away_goals", Integer),
    Column("status", String(12), nullable=False),
    Column("home_pens", Integer),
    Column("away_pens", Integer),
    Column("extra_time", Boolean, nullable=False),
    Column("source", Text),
    UniqueConstraint("competition", "season", "round", "home", "away", name="uq_matches_fixture"),
)
Index("ix_matches_season", matches.c.competition, matches.c.season)
Index("ix_matches_home_date", matches.c.home, matches.c.date)
Index("ix_matches_away_date", matches.c.away, matches.c.date)
