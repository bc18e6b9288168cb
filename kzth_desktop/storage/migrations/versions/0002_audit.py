"""Audit trail: an audit row for every change, and who last changed each answer.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("submission_id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("field_id", sa.String(60), nullable=False),
        sa.Column("old_json", sa.Text, nullable=True),
        sa.Column("new_json", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entry"),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], ondelete="CASCADE",
            name="fk_audit_entry_submission_id_submission",
        ),
    )
    op.create_index("ix_audit_entry_submission_id", "audit_entry", ["submission_id"])
    # SQLite cannot add a NOT NULL column in place everywhere: batch mode rebuilds the table
    with op.batch_alter_table("answer") as batch:
        batch.add_column(
            sa.Column("updated_by", sa.String(120), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("answer") as batch:
        batch.drop_column("updated_by")
    op.drop_index("ix_audit_entry_submission_id", table_name="audit_entry")
    op.drop_table("audit_entry")
