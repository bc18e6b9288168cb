"""At most one current submission per organisation and year, held by the database (issue 20).

Several coordinator desks on one PostgreSQL database import at the same time. Every write
transaction already takes one advisory lock (``storage.db._server_write_lock``), so the
version check and the flip of the old row follow one another; this partial unique index makes
the rule the database's own, whatever a future code path forgets: a second "current" row for
the same organisation and year is refused by the database (the import then reads again and
records the file as superseding or not newer). A partial index, not a constraint on
(organisation, year): superseded and withdrawn versions stay beside the current one.

Before the index is made, a database that two desks already left with two current rows (the
race of the second release) is put right: the highest version stays current, the others become
superseded, as the import would have left them. Nothing received is deleted.

Revision ID: 0009_i20_one_current
Revises: 0008_i17_loop
Create Date: 2026-12-06
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0009_i20_one_current"
down_revision = "0008_i17_loop"
branch_labels = None
depends_on = None

CURRENT = sa.text("status = 'current'")


def upgrade() -> None:
    bind = op.get_bind()
    held = sa.table("imported_submission", sa.column("id", sa.Integer),
                    sa.column("org_key", sa.String), sa.column("reporting_year", sa.Integer),
                    sa.column("version", sa.Integer), sa.column("status", sa.String),
                    sa.column("superseded_at", sa.DateTime))
    rows = bind.execute(sa.select(held.c.id, held.c.org_key, held.c.reporting_year,
                                  held.c.version).where(held.c.status == "current")
                        .order_by(held.c.version.desc(), held.c.id.desc())).all()
    kept: set[tuple[str, int]] = set()
    extra: list[int] = []
    for row in rows:
        key = (row.org_key, row.reporting_year)
        if key in kept:
            extra.append(row.id)
        kept.add(key)
    if extra:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        bind.execute(held.update().where(held.c.id.in_(extra))
                     .values(status="superseded", superseded_at=now))
    op.create_index("uq_imported_submission_current", "imported_submission",
                    ["org_key", "reporting_year"], unique=True,
                    sqlite_where=CURRENT, postgresql_where=CURRENT)


def downgrade() -> None:
    op.drop_index("uq_imported_submission_current", table_name="imported_submission")
