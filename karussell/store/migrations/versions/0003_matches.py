"""Matches: real results and fixtures, linked to the same club ids as the facts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "matches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("competition", sa.String(120), nullable=False),
        sa.Column("season", sa.String(9), nullable=False),
        sa.Column("round", sa.String(60), nullable=False),
        sa.Column("matchday", sa.Integer),
        sa.Column("date", sa.String(10)),
        sa.Column("time", sa.String(5)),
        sa.Column("home", sa.String(200), nullable=False),
        sa.Column("away", sa.String(200), nullable=False),
        sa.Column("home_goals", sa.Integer),
        sa.Column("away_goals", sa.Integer),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("home_pens", sa.Integer),
        sa.Column("away_pens", sa.Integer),
        sa.Column("extra_time", sa.Boolean, nullable=False),
        sa.Column("source", sa.Text),
        sa.UniqueConstraint("competition", "season", "round", "home", "away", name="uq_matches_fixture"),
    )
    op.create_index("ix_matches_season", "matches", ["competition", "season"])
    op.create_index("ix_matches_home_date", "matches", ["home", "date"])
    op.create_index("ix_matches_away_date", "matches", ["away", "date"])


def downgrade() -> None:
    op.drop_table("matches")
