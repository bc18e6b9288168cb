"""Withdrawn and suspect submissions (issue 15): a status, its reason, and the coordinator's
audit of what it did to a submission it holds.

A submission can be withdrawn (it no longer counts) or marked suspect (it counts, flagged); the
version chain of an office continues after a revoked key (its versions no longer block), so the
same version number may be held twice for one organisation and year (one withdrawn): the unique
constraint on (org_key, reporting_year, version) becomes a plain index.

Revision ID: 0006_i15_accept
Revises: 0005
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_i15_accept"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("imported_submission") as batch:
        batch.drop_constraint("uq_imported_submission_org_key", type_="unique")
        batch.add_column(sa.Column("suspect", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("withdrawn_at", sa.DateTime, nullable=True))
        batch.add_column(sa.Column("withdrawn_reason", sa.Text, nullable=False,
                                   server_default=""))
        batch.create_index("ix_imported_submission_org_year", ["org_key", "reporting_year"])
    op.create_table(
        "submission_event",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("imported_submission_id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_event"),
        sa.ForeignKeyConstraint(
            ["imported_submission_id"], ["imported_submission.id"],
            name="fk_submission_event_imported_submission_id_imported_submission"),
    )
    op.create_index("ix_submission_event_imported_submission_id", "submission_event",
                    ["imported_submission_id"])


def downgrade() -> None:
    op.drop_index("ix_submission_event_imported_submission_id", table_name="submission_event")
    op.drop_table("submission_event")
    with op.batch_alter_table("imported_submission") as batch:
        batch.drop_index("ix_imported_submission_org_year")
        batch.drop_column("withdrawn_reason")
        batch.drop_column("withdrawn_at")
        batch.drop_column("suspect")
        batch.create_unique_constraint("uq_imported_submission_org_key",
                                       ["org_key", "reporting_year", "version"])
