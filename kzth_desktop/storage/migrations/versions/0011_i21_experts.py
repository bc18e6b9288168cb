"""The expert group's register, Delphi rounds and ballots, typed sources (issue 21).

- ``expert``: the group's members and the specialists drawn in (rules 4-5, 16).
- ``expert_score``: the free-text ``expert`` name becomes ``expert_id``, a register entry:
  every distinct name already on a score becomes one entry (role "member", organisation left
  empty for the coordinator to complete), so no score is lost or merged; a ``round`` column
  (the Delphi round, 1 for what was there) joins the unique key.
- ``ballot``: the Delphi workbooks issued, to check the returned files against.
- ``cited_source``: ``kind`` (rule 8's seven kinds; what was there were the international
  reports of rules 10 and 15, so it becomes "international") and ``headings`` (rule 15: the
  analysis headings that cite it, none for what was there).
- ``assessment_period.transmittal_json``: the transmittal to the Commission's working body
  (rule 18); ``assessment_text.author_id`` and ``risk_justification.author_id``: who wrote it.

Revision ID: 0011_i21_experts
Revises: 0010_i18_paper (re-chained after 0010 at the merge)
Create Date: 2026-12-10
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0011_i21_experts"
down_revision = "0010_i18_paper"
branch_labels = None
depends_on = None


def _expert_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["expert.id"], name=f"fk_{table}_{column}_expert")


def upgrade() -> None:
    op.create_table(
        "expert",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("contact", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_expert"),
        sa.UniqueConstraint("name", name="uq_expert_name"),
    )
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    expert = sa.table("expert", sa.column("id", sa.Integer), sa.column("name", sa.String),
                      sa.column("organisation", sa.Text), sa.column("role", sa.String),
                      sa.column("field", sa.Text), sa.column("contact", sa.Text),
                      sa.column("created_at", sa.DateTime))
    score = sa.table("expert_score", sa.column("expert", sa.String),
                     sa.column("expert_id", sa.Integer))
    names = sorted({r[0].strip() for r in bind.execute(
        sa.text("SELECT DISTINCT expert FROM expert_score")) if r[0] and r[0].strip()})
    with op.batch_alter_table("expert_score") as batch:
        batch.add_column(sa.Column("expert_id", sa.Integer, nullable=True))
        batch.add_column(sa.Column("round", sa.Integer, nullable=False,
                                   server_default="1"))
    for name in names:
        bind.execute(expert.insert().values(name=name, organisation="", role="member",
                                            field="", contact="", created_at=now))
        new_id = bind.execute(sa.select(expert.c.id).where(expert.c.name == name)).scalar()
        bind.execute(score.update().where(sa.func.trim(score.c.expert) == name)
                     .values(expert_id=new_id))
    with op.batch_alter_table("expert_score") as batch:
        batch.drop_constraint("uq_expert_score_period_id", type_="unique")
        batch.drop_column("expert")
        batch.alter_column("expert_id", existing_type=sa.Integer, nullable=False)
        batch.alter_column("round", existing_type=sa.Integer, server_default=None)
        batch.create_foreign_key("fk_expert_score_expert_id_expert", "expert",
                                 ["expert_id"], ["id"])
        batch.create_index("ix_expert_score_expert_id", ["expert_id"])
        batch.create_unique_constraint(
            "uq_expert_score_round", ["period_id", "expert_id", "risk_id", "territory", "round"])
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("period_id", sa.Integer, nullable=False),
        sa.Column("expert_id", sa.Integer, nullable=False),
        sa.Column("round", sa.Integer, nullable=False),
        sa.Column("risks_digest", sa.String(64), nullable=False),
        sa.Column("risk_ids", sa.JSON, nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("returned_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_ballot"),
        sa.ForeignKeyConstraint(["period_id"], ["assessment_period.id"],
                                name="fk_ballot_period_id_assessment_period",
                                ondelete="CASCADE"),
        _expert_fk("ballot", "expert_id"),
        sa.UniqueConstraint("token", name="uq_ballot_token"),
    )
    op.create_index("ix_ballot_period_id", "ballot", ["period_id"])
    op.create_index("ix_ballot_expert_id", "ballot", ["expert_id"])
    with op.batch_alter_table("cited_source") as batch:
        batch.add_column(sa.Column("kind", sa.String(20), nullable=False,
                                   server_default="international"))
        batch.add_column(sa.Column("headings", sa.JSON, nullable=False, server_default="[]"))
    with op.batch_alter_table("cited_source") as batch:
        batch.alter_column("kind", existing_type=sa.String(20), server_default=None)
        batch.alter_column("headings", existing_type=sa.JSON, server_default=None)
    with op.batch_alter_table("assessment_period") as batch:
        batch.add_column(sa.Column("transmittal_json", sa.Text, nullable=True))
    for table in ("assessment_text", "risk_justification"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("author_id", sa.Integer, nullable=True))
            batch.create_foreign_key(f"fk_{table}_author_id_expert", "expert",
                                     ["author_id"], ["id"])


def downgrade() -> None:
    for table in ("risk_justification", "assessment_text"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_author_id_expert", type_="foreignkey")
            batch.drop_column("author_id")
    with op.batch_alter_table("assessment_period") as batch:
        batch.drop_column("transmittal_json")
    with op.batch_alter_table("cited_source") as batch:
        batch.drop_column("headings")
        batch.drop_column("kind")
    op.drop_index("ix_ballot_expert_id", table_name="ballot")
    op.drop_index("ix_ballot_period_id", table_name="ballot")
    op.drop_table("ballot")
    bind = op.get_bind()
    with op.batch_alter_table("expert_score") as batch:
        batch.add_column(sa.Column("expert", sa.String(200), nullable=False, server_default=""))
    bind.execute(sa.text("UPDATE expert_score SET expert = (SELECT name FROM expert "
                         "WHERE expert.id = expert_score.expert_id)"))
    # a downgrade keeps the latest round of each expert's score only
    bind.execute(sa.text(
        "DELETE FROM expert_score WHERE EXISTS (SELECT 1 FROM expert_score AS later "
        "WHERE later.period_id = expert_score.period_id "
        "AND later.expert_id = expert_score.expert_id "
        "AND later.risk_id = expert_score.risk_id "
        "AND later.territory = expert_score.territory AND later.round > expert_score.round)"))
    with op.batch_alter_table("expert_score") as batch:
        batch.drop_constraint("uq_expert_score_round", type_="unique")
        batch.drop_index("ix_expert_score_expert_id")
        batch.drop_constraint("fk_expert_score_expert_id_expert", type_="foreignkey")
        batch.drop_column("round")
        batch.drop_column("expert_id")
        batch.alter_column("expert", existing_type=sa.String(200), server_default=None)
        batch.create_unique_constraint("uq_expert_score_period_id",
                                       ["period_id", "expert", "risk_id", "territory"])
    op.drop_table("expert")
