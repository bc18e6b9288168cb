"""Exchange: own keys, data requests, signers, received files and imported submissions.

Revision ID: 0003
Revises: 0002
Create Date: 2025-01-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "own_key",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("algorithm", sa.String(20), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("sealed_private", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("retired_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_own_key"),
        sa.UniqueConstraint("fingerprint", name="uq_own_key_fingerprint"),
    )
    op.create_table(
        "data_request",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("reporting_year", sa.Integer, nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("annex_version", sa.String(80), nullable=False),
        sa.Column("coordinator_name_kk", sa.Text, nullable=False),
        sa.Column("coordinator_name_ru", sa.Text, nullable=False),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("signing_fingerprint", sa.String(64), nullable=False),
        sa.Column("encryption_key", sa.LargeBinary, nullable=False),
        sa.Column("encryption_fingerprint", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_data_request"),
        sa.UniqueConstraint("request_id", name="uq_data_request_request_id"),
    )
    op.create_index("ix_data_request_reporting_year", "data_request", ["reporting_year"])
    op.create_table(
        "signer",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("public_key", sa.LargeBinary, nullable=False),
        sa.Column("org_key", sa.String(400), nullable=False),
        sa.Column("name_kk", sa.Text, nullable=False),
        sa.Column("name_ru", sa.Text, nullable=False),
        sa.Column("region", sa.String(10), nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("contact_person", sa.Text, nullable=False),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("approved_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime, nullable=True),
        sa.Column("registration_sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_signer"),
        sa.UniqueConstraint("fingerprint", name="uq_signer_fingerprint"),
    )
    op.create_index("ix_signer_org_key", "signer", ["org_key"])
    op.create_table(
        "received_file",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("result", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(40), nullable=True),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("sender_fingerprint", sa.String(64), nullable=True),
        sa.Column("decided_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_received_file"),
    )
    op.create_index("ix_received_file_sha256", "received_file", ["sha256"])
    op.create_index("ix_received_file_sender_fingerprint", "received_file",
                    ["sender_fingerprint"])
    op.create_table(
        "received_blob",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_received_blob"),
    )
    op.create_table(
        "imported_submission",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("signer_id", sa.Integer, nullable=False),
        sa.Column("received_file_id", sa.Integer, nullable=False),
        sa.Column("org_key", sa.String(400), nullable=False),
        sa.Column("name_kk", sa.Text, nullable=False),
        sa.Column("name_ru", sa.Text, nullable=False),
        sa.Column("region", sa.String(10), nullable=False),
        sa.Column("kinds", sa.JSON, nullable=False),
        sa.Column("reporting_year", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("annex_version", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("superseded_at", sa.DateTime, nullable=True),
        sa.Column("answers_json", sa.Text, nullable=False),
        sa.Column("audit_summary", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_imported_submission"),
        sa.ForeignKeyConstraint(["signer_id"], ["signer.id"],
                                name="fk_imported_submission_signer_id_signer"),
        sa.ForeignKeyConstraint(["received_file_id"], ["received_file.id"],
                                name="fk_imported_submission_received_file_id_received_file"),
        sa.UniqueConstraint("org_key", "reporting_year", "version",
                            name="uq_imported_submission_org_key"),
    )
    op.create_index("ix_imported_submission_signer_id", "imported_submission", ["signer_id"])
    op.create_index("ix_imported_submission_reporting_year", "imported_submission",
                    ["reporting_year"])


def downgrade() -> None:
    op.drop_index("ix_imported_submission_reporting_year", table_name="imported_submission")
    op.drop_index("ix_imported_submission_signer_id", table_name="imported_submission")
    op.drop_table("imported_submission")
    op.drop_table("received_blob")
    op.drop_index("ix_received_file_sender_fingerprint", table_name="received_file")
    op.drop_index("ix_received_file_sha256", table_name="received_file")
    op.drop_table("received_file")
    op.drop_index("ix_signer_org_key", table_name="signer")
    op.drop_table("signer")
    op.drop_index("ix_data_request_reporting_year", table_name="data_request")
    op.drop_table("data_request")
    op.drop_table("own_key")
