"""The workspace schema as typed SQLAlchemy 2 models (the head revision of the migrations).

Answers are kept in their canonical JSON form (DESIGN §3) as text, so that what is stored is
byte for byte what is exported; no personal data of victims is ever stored, only answers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# stable constraint names, so that migrations (SQLite batch mode included) can refer to them
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("respondent", "coordinator")
SUBMISSION_STATUSES = ("draft", "ready", "exported")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class WorkspaceInfo(Base):
    """One row: what this workspace is for."""

    __tablename__ = "workspace_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    app_version: Mapped[str] = mapped_column(String(40), default="")


class Organisation(Base):
    """One row: the organisation profile (the respondent, or the coordinator's body)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(10), default="")
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_person: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Campaign(Base):
    """A reporting year (rule 3) and its deadline (rule 9)."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="manual")  # manual | request
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    submission: Mapped[Submission | None] = relationship(back_populates="campaign")


class Submission(Base):
    """The one submission of a reporting year: draft → ready → exported, with a version."""

    __tablename__ = "submission"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("campaign.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(20), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    campaign: Mapped[Campaign] = relationship(back_populates="submission")


class Answer(Base):
    """One field's canonical JSON value (or ``{"no_data": reason}``) in a submission."""

    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("submission_id", "field_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[str] = mapped_column(String(60))
    value_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(120), default="")  # since 0002


class AuditEntry(Base):
    """Every change to a submission: when, who, which field, old → new (since 0002)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(20))  # set | clear | status
    field_id: Mapped[str] = mapped_column(String(60), default="")
    old_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_json: Mapped[str | None] = mapped_column(Text, nullable=True)
