"""People get a normalised name key, indexed: name lookups without scanning everyone.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from karussell.store.linking import normalise

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(sa.Column("name_key", sa.String(200)))
    conn = op.get_bind()
    people = sa.table("people", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("name_key", sa.String))
    for row in conn.execute(sa.select(people.c.id, people.c.name)).all():
        conn.execute(people.update().where(people.c.id == row.id).values(name_key=normalise(row.name)))
    op.create_index("ix_people_name_key", "people", ["name_key"])


def downgrade() -> None:
    op.drop_index("ix_people_name_key", "people")
    with op.batch_alter_table("people") as batch:
        batch.drop_column("name_key")
