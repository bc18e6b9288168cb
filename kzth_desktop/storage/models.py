"""The workspace schema as typed SQLAlchemy 2 models (the head revision of the migrations).

Answers are kept in their canonical JSON form (DESIGN §3) as text, so that what is stored is
byte for byte what is exported; no personal data of victims is ever stored, only answers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
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
KEY_PURPOSES = ("signing", "encryption")
RECEIPT_RESULTS = ("accepted", "superseded", "duplicate", "quarantined", "rejected")
IMPORTED_STATUSES = ("current", "superseded", "withdrawn")  # withdrawn since 0006
SUBMISSION_SOURCES = ("bundle", "paper")  # since 0010: a signed bundle, or keyed from paper
PAPER_MODES = ("double", "single")  # keyed twice by two operators, or once (ministry's choice)


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
    action: Mapped[str] = mapped_column(String(20))  # set | clear | status | upgrade (0007)
    field_id: Mapped[str] = mapped_column(String(60), default="")
    old_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class EarlierAnswer(Base):
    """An answer given under an earlier definition of the annex that this one asks apart
    (since 0007): kept as it was typed, shown on its question until the respondent splits it
    (annex/upgrades.py). The answer row it came from is gone, its audit rows stay."""

    __tablename__ = "earlier_answer"
    __table_args__ = (UniqueConstraint("submission_id", "field_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submission.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[str] = mapped_column(String(60))  # the earlier definition's id
    question_id: Mapped[str] = mapped_column(String(60))
    revision: Mapped[int] = mapped_column(Integer)  # the definition it was given in
    value_json: Mapped[str] = mapped_column(Text)
    split_into: Mapped[list[str]] = mapped_column(JSON, default=list)
    sum_of_parts: Mapped[bool] = mapped_column(Boolean, default=False)
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- exchange (since 0003) -----------------------------------------------------------------------


class OwnKey(Base):
    """A key pair of this workspace; the private half sealed under the passphrase."""

    __tablename__ = "own_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(20))  # signing | encryption
    algorithm: Mapped[str] = mapped_column(String(20))  # Ed25519 | X25519
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    sealed_private: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class DataRequest(Base):
    """A data request issued (coordinator) or imported (respondent), with its signed file."""

    __tablename__ = "data_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[str] = mapped_column(String(64), unique=True)
    direction: Mapped[str] = mapped_column(String(10))  # issued | imported
    reporting_year: Mapped[int] = mapped_column(Integer, index=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    annex_version: Mapped[str] = mapped_column(String(80))
    coordinator_name_kk: Mapped[str] = mapped_column(Text)
    coordinator_name_ru: Mapped[str] = mapped_column(Text)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)
    signing_fingerprint: Mapped[str] = mapped_column(String(64))
    encryption_key: Mapped[bytes] = mapped_column(LargeBinary)
    encryption_fingerprint: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the signed .kzreq, unchanged
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Signer(Base):
    """A respondent's registered signing key (coordinator side), approved or revoked."""

    __tablename__ = "signer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    org_key: Mapped[str] = mapped_column(String(400), index=True)  # region|name, see services
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(10))
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_person: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)  # as the file says
    approved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    registration_sha256: Mapped[str] = mapped_column(String(64), default="")


class ReceivedFile(Base):
    """One receipt of a file (bundle or registration) and what became of it.

    The bytes themselves are in the content-addressed store (``received/<sha256>`` of a folder
    workspace, :class:`ReceivedBlob` otherwise), written before this row.
    """

    __tablename__ = "received_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # bundle | registration
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    result: Mapped[str] = mapped_column(String(20))  # RECEIPT_RESULTS
    reason: Mapped[str | None] = mapped_column(String(40), nullable=True)
    params: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    sender_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True,
                                                           index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ReceivedBlob(Base):
    """Received files of a workspace that has no folder (a database URL)."""

    __tablename__ = "received_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ImportedSubmission(Base):
    """A respondent's submission as the coordinator holds it: one row per accepted version.

    Since 0010 a row is also a paper form keyed at the coordinator and verified
    (``source = "paper"``): it has no signer and no received file, and names its keyers."""

    __tablename__ = "imported_submission"
    # not unique since 0006: a withdrawn version may be held beside the office's same number
    __table_args__ = (
        Index("ix_imported_submission_org_year", "org_key", "reporting_year"),
        # at most one current version per organisation and year, whatever desk imports (0009)
        Index("uq_imported_submission_current", "org_key", "reporting_year", unique=True,
              sqlite_where=text("status = 'current'"),
              postgresql_where=text("status = 'current'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # None for a form entered from paper (since 0010)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("signer.id"), index=True,
                                                  nullable=True)
    received_file_id: Mapped[int | None] = mapped_column(ForeignKey("received_file.id"),
                                                         nullable=True)
    org_key: Mapped[str] = mapped_column(String(400))
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(10))
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    reporting_year: Mapped[int] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer)
    annex_version: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # as the bundle says
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="current")  # IMPORTED_STATUSES
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    answers_json: Mapped[str] = mapped_column(Text)
    audit_summary: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    # since 0006: counted but flagged (its key was revoked as "suspect"), or withdrawn
    suspect: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    # since 0008: the return this version answers, and the office's word on each note
    answers_return: Mapped[str | None] = mapped_column(String(64), nullable=True)
    corrections: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    # since 0010: SUBMISSION_SOURCES, and for a paper form the operators who keyed it
    source: Mapped[str] = mapped_column(String(20), default="bundle")
    keyers: Mapped[list[str]] = mapped_column(JSON, default=list)


class SubmissionEvent(Base):
    """What the coordinator did to a submission it holds: withdraw, suspect (since 0006)."""

    __tablename__ = "submission_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_submission_id: Mapped[int] = mapped_column(
        ForeignKey("imported_submission.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(20))  # withdraw | suspect | restore
    reason: Mapped[str] = mapped_column(Text, default="")


# --- the risk assessment (since 0004) ------------------------------------------------------------

EDITIONS = ("published", "restricted")
EXPERT_ROLES = ("member", "specialist")  # rule 16: specialists drawn into the analysis
# rule 8: the kinds of information the identification of risks uses
SOURCE_KINDS = ("legislative", "preventive", "practical", "international", "interdepartmental",
                "departmental", "statistical")


class AssessmentPeriod(Base):
    """One assessment (rule 3: every three years): its years, method and edition."""

    __tablename__ = "assessment_period"
    __table_args__ = (UniqueConstraint("first_year", "last_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    method_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # None: the default
    edition: Mapped[str] = mapped_column(String(20), default="published")  # EDITIONS
    # since 0011: the transmittal to the Commission's working body (rule 18), as JSON
    transmittal_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    # since 0012: who approves the report, the position and the date (issue 19), as JSON
    approval_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AssessmentRisk(Base):
    """A risk the expert group adds to the register (rules 10-11)."""

    __tablename__ = "assessment_risk"
    __table_args__ = (UniqueConstraint("period_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(80))
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Expert(Base):
    """A person of the expert group's register (rules 4-5, 16, since 0011): a member from a
    subject, or a specialist drawn into the analysis (a scientist, an NGO's or an
    international organisation's representative). The group acts permanently (rule 4): the
    register belongs to the workspace, not to one period."""

    __tablename__ = "expert"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organisation: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="member")  # EXPERT_ROLES
    field: Mapped[str] = mapped_column(Text, default="")  # field of knowledge
    contact: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ExpertScoreRow(Base):
    """One registered expert's likelihood and impact of one risk on one territory in one
    Delphi round (since 0011: ``expert_id`` and ``round``; earlier, a free-text name)."""

    __tablename__ = "expert_score"
    __table_args__ = (UniqueConstraint("period_id", "expert_id", "risk_id", "territory",
                                       "round", name="uq_expert_score_round"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"), index=True)
    round: Mapped[int] = mapped_column(Integer, default=1)
    risk_id: Mapped[str] = mapped_column(String(120))
    territory: Mapped[str] = mapped_column(String(20))
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Ballot(Base):
    """A Delphi ballot workbook issued to an expert (since 0011): what it was issued for, so
    that the returned file is checked against it (the token is written into the workbook)."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    risks_digest: Mapped[str] = mapped_column(String(64))
    risk_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class RiskJustification(Base):
    """The group's written reason where the experts and the data differ widely."""

    __tablename__ = "risk_justification"
    __table_args__ = (UniqueConstraint("period_id", "risk_id", "territory"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    risk_id: Mapped[str] = mapped_column(String(120))
    territory: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("expert.id"), nullable=True)


class AssessmentText(Base):
    """The expert group's text of one section in one language (rich text, HTML subset).

    ``section``: ``analysis:1`` … ``analysis:9``, ``conclusions``, ``recommendations``,
    ``profile:<kind>:risk_area``, ``profile:<kind>:measures``.
    """

    __tablename__ = "assessment_text"
    __table_args__ = (UniqueConstraint("period_id", "section", "lang"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(120))
    lang: Mapped[str] = mapped_column(String(2))
    html: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("expert.id"), nullable=True)


class CitedSource(Base):
    """A source the assessment cites (rules 10, 15): reports of the UN, OSCE, studies…"""

    __tablename__ = "cited_source"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_period.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")  # author or organisation
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reference: Mapped[str] = mapped_column(Text, default="")  # URL or bibliographic reference
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # since 0011: the kind of information (rule 8, SOURCE_KINDS) and the analysis headings
    # (rule 14, 1-9) under which it is cited (rule 15)
    kind: Mapped[str] = mapped_column(String(20), default="international")
    headings: Mapped[list[int]] = mapped_column(JSON, default=list)


class Population(Base):
    """Population of a region in a year: the denominator of rates per 100,000."""

    __tablename__ = "population"
    __table_args__ = (UniqueConstraint("region", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    region: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    population: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class FindingReview(Base):
    """A reviewer's word on a quality finding (rule 13.1): the value stays as it was sent, the
    finding is confirmed as plausible, or the office is asked to correct it — with a comment."""

    __tablename__ = "finding_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    finding_id: Mapped[str] = mapped_column(String(300), unique=True)
    status: Mapped[str] = mapped_column(String(20))  # open | plausible | to_correct
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- the loop back to the offices (since 0008) ---------------------------------------------------

NOTICE_KINDS = ("return", "results")


class SubmissionReturn(Base):
    """A held submission sent back to its office for correction (coordinator side): the notes
    on named fields and the signed ``.kzret`` as written."""

    __tablename__ = "submission_return"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_submission_id: Mapped[int] = mapped_column(
        ForeignKey("imported_submission.id"), index=True)
    return_id: Mapped[str] = mapped_column(String(64), unique=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ResultsPackage(Base):
    """A results package made for the subjects (rule 19), coordinator side."""

    __tablename__ = "results_package"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    results_id: Mapped[str] = mapped_column(String(64), unique=True)
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(120), default="")
    meeting_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decision: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))


class CoordinatorFile(Base):
    """A return or results received from the coordinator (respondent side), kept unchanged."""

    __tablename__ = "coordinator_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # NOTICE_KINDS
    doc_id: Mapped[str] = mapped_column(String(64), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)  # a return's version
    signing_fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # as the file says
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReturnedNote(Base):
    """One note of a return, on one field, at the office: open until the field is changed or
    answered with a comment; both travel in the next bundle."""

    __tablename__ = "returned_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coordinator_file_id: Mapped[int] = mapped_column(
        ForeignKey("coordinator_file.id"), index=True)
    reporting_year: Mapped[int] = mapped_column(Integer, index=True)
    field_id: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
    sent_in_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


# --- offices on paper: keyed entry at the coordinator (since 0010) ------------------------------


class PaperOffice(Base):
    """An office that answers on the printed questionnaire; its forms are keyed here.

    ``org_key`` is the one :func:`kzth_desktop.services.coordination.org_key` gives the same
    organisation's bundles, so that its later electronic submission supersedes the paper one."""

    __tablename__ = "paper_office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    org_key: Mapped[str] = mapped_column(String(400), unique=True)
    name_kk: Mapped[str] = mapped_column(Text)
    name_ru: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(10))
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    registered_by: Mapped[str] = mapped_column(String(120), default="")


class PaperForm(Base):
    """One office's paper form of one reporting year: keyed once or twice (``mode``), and once
    every difference is resolved, the held submission it became."""

    __tablename__ = "paper_form"
    __table_args__ = (UniqueConstraint("office_id", "reporting_year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("paper_office.id"), index=True)
    reporting_year: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(10), default="double")  # PAPER_MODES
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_submission_id: Mapped[int | None] = mapped_column(
        ForeignKey("imported_submission.id"), nullable=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class PaperKeying(Base):
    """One operator's keying of a paper form (number 1, then 2 by another operator)."""

    __tablename__ = "paper_keying"
    __table_args__ = (UniqueConstraint("form_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("paper_form.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    keyer: Mapped[str] = mapped_column(String(120))
    keyed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    answers_json: Mapped[str] = mapped_column(Text)


class PaperResolution(Base):
    """The value read on the paper for a field the two keyings differ on."""

    __tablename__ = "paper_resolution"
    __table_args__ = (UniqueConstraint("form_id", "field_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("paper_form.id"), index=True)
    field_id: Mapped[str] = mapped_column(String(80))
    value_json: Mapped[str] = mapped_column(Text)
    keyer: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
