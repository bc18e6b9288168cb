"""The loop back to the offices (issue 17): returns for correction and results packages on the
coordinator's side, what was received from the coordinator and the returned notes on the
office's side, and on a held submission the return it answers and the office's corrections.

Revision ID: 0008_i17_loop
Revises: 0007_i16_upgrade
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_i17_loop"
down_revision = "0007_i16_upgrade"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("imported_submission") as batch:
        batch.add_column(sa.Column("answers_return", sa.String(64), nullable=True))
        batch.add_column(sa.Column("corrections", sa.JSON, nullable=False,
                                   server_default="[]"))
    op.create_table(
        "submission_return",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("imported_submission_id", sa.Integer, nullable=False),
        sa.Column("return_id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_return"),
        sa.UniqueConstraint("return_id", name="uq_submission_return_return_id"),
        sa.ForeignKeyConstraint(
            ["imported_submission_id"], ["imported_submission.id"],
            name="fk_submission_return_imported_submission_id_imported_submission"),
    )
    op.create_index("ix_submission_return_imported_submission_id", "submission_return",
                    ["imported_submission_id"])
    op.create_table(
        "results_package",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("results_id", sa.String(64), nullable=False),
        sa.Column("first_year", sa.Integer, nullable=False),
        sa.Column("last_year", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user", sa.String(120), nullable=False),
        sa.Column("meeting_date", sa.Date, nullable=True),
        sa.Column("decision", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_results_package"),
        sa.UniqueConstraint("results_id", name="uq_results_package_results_id"),
    )
    op.create_table(
        "coordinator_file",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("first_year", sa.Integer, nullable=False),
        sa.Column("last_year", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=True),
        sa.Column("signing_fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_coordinator_file"),
        sa.UniqueConstraint("doc_id", name="uq_coordinator_file_doc_id"),
    )
    op.create_table(
        "returned_note",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("coordinator_file_id", sa.Integer, nullable=False),
        sa.Column("reporting_year", sa.Integer, nullable=False),
        sa.Column("field_id", sa.String(80), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("sent_in_version", sa.Integer, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_returned_note"),
        sa.ForeignKeyConstraint(
            ["coordinator_file_id"], ["coordinator_file.id"],
            name="fk_returned_note_coordinator_file_id_coordinator_file"),
    )
    op.create_index("ix_returned_note_coordinator_file_id", "returned_note",
                    ["coordinator_file_id"])
    op.create_index("ix_returned_note_reporting_year", "returned_note", ["reporting_year"])


def downgrade() -> None:
    op.drop_index("ix_returned_note_reporting_year", table_name="returned_note")
    op.drop_index("ix_returned_note_coordinator_file_id", table_name="returned_note")
    op.drop_table("returned_note")
    op.drop_table("coordinator_file")
    op.drop_table("results_package")
    op.drop_index("ix_submission_return_imported_submission_id",
                  table_name="submission_return")
    op.drop_table("submission_return")
    with op.batch_alter_table("imported_submission") as batch:
        batch.drop_column("corrections")
        batch.drop_column("answers_return")
