"""Reviews of quality findings: a status and a comment per finding, the values untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2025-01-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_review",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("finding_id", sa.String(300), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String(120), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_finding_review"),
        sa.UniqueConstraint("finding_id", name="uq_finding_review_finding_id"),
    )


def downgrade() -> None:
    op.drop_table("finding_review")
