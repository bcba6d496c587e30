"""The first schema: articles, clubs, competitions, people, facts, their entities and evidence.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("date", sa.String(20)),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
    )
    op.create_table(
        "clubs",
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("known", sa.Boolean, nullable=False),
    )
    op.create_table(
        "competitions",
        sa.Column("id", sa.String(120), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tier", sa.Integer),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("surname", sa.String(120), nullable=False),
    )
    op.create_index("ix_people_surname", "people", ["surname"])
    op.create_table(
        "person_aliases",
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("alias", sa.String(200), primary_key=True),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("date", sa.String(20)),
        sa.Column("event_key", sa.String(400), nullable=False),
        sa.Column("value_key", sa.String(200), nullable=False),
        sa.Column("args", sa.Text, nullable=False),
        sa.UniqueConstraint("event_key", "value_key", "modality", name="uq_facts_event_value_modality"),
    )
    op.create_index("ix_facts_type_date", "facts", ["type", "date"])
    op.create_index("ix_facts_event", "facts", ["event_key"])
    op.create_table(
        "fact_entities",
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("arg", sa.String(40), primary_key=True),
        sa.Column("club_id", sa.String(120), sa.ForeignKey("clubs.id")),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id")),
        sa.Column("competition_id", sa.String(120), sa.ForeignKey("competitions.id")),
    )
    op.create_index("ix_fact_entities_club", "fact_entities", ["club_id"])
    op.create_index("ix_fact_entities_person", "fact_entities", ["person_id"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.String(300), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.UniqueConstraint("fact_id", "article_id", "start", name="uq_evidence_fact_article_start"),
    )
    op.create_index("ix_evidence_article", "evidence", ["article_id"])
    op.create_index("ix_evidence_fact", "evidence", ["fact_id"])


def downgrade() -> None:
    for table in ("evidence", "fact_entities", "facts", "person_aliases", "people", "competitions", "clubs",
                  "articles"):
        op.drop_table(table)
