"""The risk assessment: periods, expert risks and scores, justifications, texts, sources cited,
population.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _period_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["period_id"], ["assessment_period.id"],
                                   name=f"fk_{table}_period_id_assessment_period",
                                   ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "assessment_period",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("first_year", sa.Integer, nullable=False),
        sa.Column("last_year", sa.Integer, nullable=False),
        sa.Column("method_json", sa.Text, nullable=True),
        sa.Column("edition", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_period"),
        sa.UniqueConstraint("first_year", "last_year",
                            name="uq_assessment_period_first_year"),
    )
    op.create_table(
        "assessment_risk",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("slug", sa.String(80), nullable=False),
        sa.Column("name_kk", sa.Text, nullable=False),
        sa.Column("name_ru", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_risk"),
        _period_fk("assessment_risk"),
        sa.UniqueConstraint("period_id", "slug", name="uq_assessment_risk_period_id"),
    )
    op.create_table(
        "expert_score",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("expert", sa.String(200), nullable=False),
        sa.Column("risk_id", sa.String(120), nullable=False),
        sa.Column("territory", sa.String(20), nullable=False),
        sa.Column("likelihood", sa.Integer, nullable=False),
        sa.Column("impact", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("entered_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_expert_score"),
        _period_fk("expert_score"),
        sa.UniqueConstraint("period_id", "expert", "risk_id", "territory",
                            name="uq_expert_score_period_id"),
    )
    op.create_table(
        "risk_justification",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("risk_id", sa.String(120), nullable=False),
        sa.Column("territory", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_risk_justification"),
        _period_fk("risk_justification"),
        sa.UniqueConstraint("period_id", "risk_id", "territory",
                            name="uq_risk_justification_period_id"),
    )
    op.create_table(
        "assessment_text",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("section", sa.String(120), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("html", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_text"),
        _period_fk("assessment_text"),
        sa.UniqueConstraint("period_id", "section", "lang",
                            name="uq_assessment_text_period_id"),
    )
    op.create_table(
        "cited_source",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("year", sa.Integer, nullable=True),
        sa.Column("reference", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cited_source"),
        _period_fk("cited_source"),
    )
    op.create_table(
        "population",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("region", sa.String(10), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("population", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_population"),
        sa.UniqueConstraint("region", "year", name="uq_population_region"),
    )
    for table in ("assessment_risk", "expert_score", "risk_justification", "assessment_text",
                  "cited_source"):
        op.create_index(f"ix_{table}_period_id", table, ["period_id"])


def downgrade() -> None:
    for table in ("cited_source", "assessment_text", "risk_justification", "expert_score",
                  "assessment_risk"):
        op.drop_index(f"ix_{table}_period_id", table_name=table)
    for table in ("population", "cited_source", "assessment_text", "risk_justification",
                  "expert_score", "assessment_risk", "assessment_period"):
        op.drop_table(table)
