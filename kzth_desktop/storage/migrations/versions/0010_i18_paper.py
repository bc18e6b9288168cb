"""Offices on paper, keyed twice at the coordinator (issue 18).

New tables: ``paper_office`` (an office that answers on the printed questionnaire),
``paper_form`` (its form of a year, keyed once or twice), ``paper_keying`` (each operator's
keying) and ``paper_resolution`` (the value read on the paper for each difference).

A verified paper form becomes a held submission like a bundle's, so that every reader
(aggregate, completeness, quality, analysis, report, workbook) counts it without being taught
anything: ``imported_submission`` gets ``source`` ('bundle' | 'paper', every existing row a
bundle) and ``keyers``, and its ``signer_id`` and ``received_file_id`` may be empty (a paper
form has no key and no file). The partial unique index of 0009 (one current submission per
organisation and year) is dropped around the table copy of SQLite's batch mode and made
again, unchanged: a paper submission is held to it too.

Revision ID: 0010_i18_paper
Revises: 0009_i20_one_current
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_i18_paper"
down_revision = "0009_i20_one_current"
branch_labels = None
depends_on = None

CURRENT = sa.text("status = 'current'")
INDEX = "uq_imported_submission_current"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="imported_submission")
    with op.batch_alter_table("imported_submission") as batch:
        batch.alter_column("signer_id", existing_type=sa.Integer, nullable=True)
        batch.alter_column("received_file_id", existing_type=sa.Integer, nullable=True)
        batch.add_column(sa.Column("source", sa.String(20), nullable=False,
                                   server_default="bundle"))
        batch.add_column(sa.Column("keyers", sa.JSON, nullable=False, server_default="[]"))
    op.create_index(INDEX, "imported_submission", ["org_key", "reporting_year"], unique=True,
                    sqlite_where=CURRENT, postgresql_where=CURRENT)
    op.create_table(
        "paper_office",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("org_key", sa.String(400), nullable=False),
        sa.Column("name_kk", sa.Text, nullable=False),
        sa.Column("name_ru", sa.Text, nullable=False),
        sa.Column("region", sa.String(10), nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("registered_by", sa.String(120), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_paper_office"),
        sa.UniqueConstraint("org_key", name="uq_paper_office_org_key"),
    )
    op.create_table(
        "paper_form",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("office_id", sa.Integer, nullable=False),
        sa.Column("reporting_year", sa.Integer, nullable=False),
        sa.Column("mode", sa.String(10), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("imported_submission_id", sa.Integer, nullable=True),
        sa.Column("submitted_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_paper_form"),
        sa.UniqueConstraint("office_id", "reporting_year", name="uq_paper_form_office_id"),
        sa.ForeignKeyConstraint(["office_id"], ["paper_office.id"],
                                name="fk_paper_form_office_id_paper_office"),
        sa.ForeignKeyConstraint(
            ["imported_submission_id"], ["imported_submission.id"],
            name="fk_paper_form_imported_submission_id_imported_submission"),
    )
    op.create_index("ix_paper_form_office_id", "paper_form", ["office_id"])
    for table, column, kind in (("paper_keying", "number", sa.Integer),
                                ("paper_resolution", "field_id", sa.String(80))):
        extra: list[sa.schema.SchemaItem] = ([sa.Column("number", sa.Integer, nullable=False),
                  sa.Column("keyer", sa.String(120), nullable=False),
                  sa.Column("keyed_at", sa.DateTime, nullable=False),
                  sa.Column("answers_json", sa.Text, nullable=False)]
                 if table == "paper_keying" else
                 [sa.Column("field_id", kind, nullable=False),
                  sa.Column("value_json", sa.Text, nullable=False),
                  sa.Column("keyer", sa.String(120), nullable=False),
                  sa.Column("at", sa.DateTime, nullable=False)])
        op.create_table(
            table,
            sa.Column("id", sa.Integer, nullable=False),
            sa.Column("form_id", sa.Integer, nullable=False),
            *extra,
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("form_id", column, name=f"uq_{table}_form_id"),
            sa.ForeignKeyConstraint(["form_id"], ["paper_form.id"],
                                    name=f"fk_{table}_form_id_paper_form"),
        )
        op.create_index(f"ix_{table}_form_id", table, ["form_id"])


def downgrade() -> None:
    for table in ("paper_resolution", "paper_keying"):
        op.drop_index(f"ix_{table}_form_id", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_paper_form_office_id", table_name="paper_form")
    op.drop_table("paper_form")
    op.drop_table("paper_office")
    # the paper submissions go with their forms: a schema of 0009 cannot hold them
    op.execute(sa.text("DELETE FROM imported_submission WHERE source = 'paper'"))
    op.drop_index(INDEX, table_name="imported_submission")
    with op.batch_alter_table("imported_submission") as batch:
        batch.drop_column("keyers")
        batch.drop_column("source")
        batch.alter_column("received_file_id", existing_type=sa.Integer, nullable=False)
        batch.alter_column("signer_id", existing_type=sa.Integer, nullable=False)
    op.create_index(INDEX, "imported_submission", ["org_key", "reporting_year"], unique=True,
                    sqlite_where=CURRENT, postgresql_where=CURRENT)
