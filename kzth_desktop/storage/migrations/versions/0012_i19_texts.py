"""The approval of the assessment report (issue 19, point 9).

- ``assessment_period.approval_json``: who approves the report (name, position) and on what
  date, printed as the approval block of the title page; blanks print as lines to fill by
  hand, like the transmittal of 0011.

The expert group's texts were already kept per language (``assessment_text.lang``); nothing
about them changes here: the report now falls back on the other language's text, marked.

Revision ID: 0012_i19_texts
Revises: 0011_i21_experts
Create Date: 2026-12-12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_i19_texts"
down_revision = "0011_i21_experts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_period") as batch:
        batch.add_column(sa.Column("approval_json", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment_period") as batch:
        batch.drop_column("approval_json")
