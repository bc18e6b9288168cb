"""Initial schema: workspace, organisation profile, campaigns, submissions, answers.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_info",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_workspace_info"),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name_kk", sa.Text, nullable=False),
        sa.Column("name_ru", sa.Text, nullable=False),
        sa.Column("region", sa.String(10), nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("contact_person", sa.Text, nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation"),
    )
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("deadline", sa.Date, nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_campaign"),
        sa.UniqueConstraint("year", name="uq_campaign_year"),
    )
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("campaign_id", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission"),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], ondelete="CASCADE",
            name="fk_submission_campaign_id_campaign",
        ),
        sa.UniqueConstraint("campaign_id", name="uq_submission_campaign_id"),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("submission_id", sa.Integer, nullable=False),
        sa.Column("field_id", sa.String(60), nullable=False),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_answer"),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], ondelete="CASCADE",
            name="fk_answer_submission_id_submission",
        ),
        sa.UniqueConstraint("submission_id", "field_id", name="uq_answer_submission_id"),
    )
    op.create_index("ix_answer_submission_id", "answer", ["submission_id"])


def downgrade() -> None:
    op.drop_index("ix_answer_submission_id", table_name="answer")
    op.drop_table("answer")
    op.drop_table("submission")
    op.drop_table("campaign")
    op.drop_table("organisation")
    op.drop_table("workspace_info")
