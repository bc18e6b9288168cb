"""Answers of the first definition of the annex upgraded to its revision 2 (issue 16).

Revision 2 asks apart what revision 1 asked as one count (b2.q4 received / sent, b2.q6 cases
to court / persons convicted). The map ``resources/annex/upgrades/r1-r2.json`` says what each
field id of revision 1 that revision 2 lacks becomes: a renamed field's answer moves to its new
id; a merged field's answer moves to the new ``earlier_answer`` table, where the form shows it
on its question and validation asks the respondent to split it (SPLIT_REQUIRED). Every move
leaves audit rows with the value (action ``upgrade``): nothing typed is lost.

Revision ID: 0007_i16_upgrade
Revises: 0006_i15_accept
Create Date: 2025-01-07
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0007_i16_upgrade"
down_revision = "0006_i15_accept"
branch_labels = None
depends_on = None

UPGRADE_USER = "annex r1 → r2"


def upgrade() -> None:
    op.create_table(
        "earlier_answer",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("submission_id", sa.Integer, nullable=False),
        sa.Column("field_id", sa.String(60), nullable=False),
        sa.Column("question_id", sa.String(60), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("split_into", sa.JSON, nullable=False),
        sa.Column("sum_of_parts", sa.Boolean, nullable=False),
        sa.Column("kept_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_earlier_answer"),
        sa.ForeignKeyConstraint(["submission_id"], ["submission.id"], ondelete="CASCADE",
                                name="fk_earlier_answer_submission_id_submission"),
        sa.UniqueConstraint("submission_id", "field_id", name="uq_earlier_answer_submission_id"),
    )
    op.create_index("ix_earlier_answer_submission_id", "earlier_answer", ["submission_id"])
    _upgrade_answers()


def _upgrade_answers() -> None:
    from kzth_desktop.annex.upgrades import RENAMED, shipped_step

    step = shipped_step(1)  # this migration's own map, as released with it
    by_id = {c.old_id: c for c in step.changes}
    if not by_id:
        return
    conn = op.get_bind()
    answer = sa.table("answer", sa.column("id", sa.Integer), sa.column("submission_id"),
                      sa.column("field_id"), sa.column("value_json"), sa.column("updated_at"),
                      sa.column("updated_by"))
    audit = sa.table("audit_entry", sa.column("submission_id"), sa.column("at"),
                     sa.column("user"), sa.column("action"), sa.column("field_id"),
                     sa.column("old_json"), sa.column("new_json"))
    earlier = sa.table("earlier_answer", sa.column("submission_id"), sa.column("field_id"),
                       sa.column("question_id"), sa.column("revision"),
                       sa.column("value_json"), sa.column("split_into", sa.JSON),
                       sa.column("sum_of_parts"), sa.column("kept_at"))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = conn.execute(sa.select(answer.c.id, answer.c.submission_id, answer.c.field_id,
                                  answer.c.value_json)
                        .where(answer.c.field_id.in_(sorted(by_id)))
                        .order_by(answer.c.id)).all()
    for row_id, sub_id, fid, value_json in rows:
        change = by_id[fid]
        target = change.into[0]
        taken = change.change == RENAMED and conn.execute(
            sa.select(answer.c.id).where(answer.c.submission_id == sub_id,
                                         answer.c.field_id == target)).first() is not None
        renamed = change.change == RENAMED and not taken
        if renamed:
            conn.execute(answer.update().where(answer.c.id == row_id).values(
                field_id=target, updated_at=now, updated_by=UPGRADE_USER))
            conn.execute(audit.insert().values(
                submission_id=sub_id, at=now, user=UPGRADE_USER, action="upgrade",
                field_id=target, old_json=None, new_json=value_json))
        else:
            conn.execute(earlier.insert().values(
                submission_id=sub_id, field_id=fid, question_id=change.question_id,
                revision=step.from_revision, value_json=value_json,
                split_into=list(change.into), sum_of_parts=change.sum_of_parts, kept_at=now))
            conn.execute(answer.delete().where(answer.c.id == row_id))
        conn.execute(audit.insert().values(
            submission_id=sub_id, at=now, user=UPGRADE_USER, action="upgrade", field_id=fid,
            old_json=value_json,
            new_json=json.dumps({"renamed_to": target} if renamed else
                                {"kept_on": change.question_id, "into": list(change.into)},
                                ensure_ascii=False, separators=(",", ":"))))


def downgrade() -> None:
    # the upgraded answers stay where the upgrade put them (their audit rows say so)
    op.drop_index("ix_earlier_answer_submission_id", table_name="earlier_answer")
    op.drop_table("earlier_answer")
