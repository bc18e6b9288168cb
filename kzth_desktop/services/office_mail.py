"""What the office takes in from the coordinator (issue 17): one way for every file.

:meth:`OfficeMail.receive` recognises a data request, a return for correction or the results
by their content, verifies the coordinator's signature against the key of the requests already
held (a request itself pins the key the first time, after the phone check), and refuses a
tampered, foreign or out-of-date file with its reason. What is received is kept unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.validation import Rule
from kzth_desktop.exchange import crypto, formats, notices
from kzth_desktop.exchange.reasons import ImportReason
from kzth_desktop.services.bundle_export import ExchangeService, RequestImported
from kzth_desktop.services.errors import ErrorCode, FileRefusedError, ServiceError
from kzth_desktop.services.respondent import DRAFT, EXPORTED, READY, _submission, dump_value
from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage.models import AuditEntry as AuditRow
from kzth_desktop.storage.models import CoordinatorFile as FileRow
from kzth_desktop.storage.models import DataRequest as RequestRow
from kzth_desktop.storage.models import ReturnedNote as NoteRow
from kzth_desktop.storage.models import utcnow

KINDS = {formats.REQUEST: "request", formats.RETURN: "return", formats.RESULTS: "results"}
COORDINATOR = "coordinator"  # the user named in the audit for what a return changed
FILE_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Received:
    kind: str  # request | return | results
    already: bool  # the same file (its id) was received before; nothing changed
    years: tuple[int, int]
    request: RequestImported | None = None
    notes: int = 0  # a return's notes
    version: int | None = None  # a return: the version the office will send next
    doc_id: str = ""


@dataclass(frozen=True, slots=True)
class ResultsInfo:
    results_id: str
    first_year: int
    last_year: int
    created_at: dt.datetime
    received_at: dt.datetime
    meeting_date: dt.date | None
    decision: str
    coordinator: formats.OrgInfo
    sha256: str


class OfficeMail:
    """The respondent's inbox of the coordinator's files."""

    def __init__(self, ws: Workspace, annex: Annex, rules: Sequence[Rule] | None = None) -> None:
        self.exchange = ExchangeService(ws, annex, rules)  # checks the role
        self.ws = ws
        self.annex = annex

    # --- taking a file in ----------------------------------------------------------------------
    def receive_file(self, path: Path | str, *,
                     accept_new_coordinator: bool = False) -> Received:
        path = Path(path)
        try:
            if not path.is_file():
                raise FileRefusedError(str(path), ImportReason.NOT_REGULAR_FILE,
                                       kind="folder" if path.is_dir() else "—")
            with open(path, "rb") as f:
                data = f.read(FILE_LIMIT + 1)
        except OSError as exc:
            raise FileRefusedError(str(path), ImportReason.FILE_UNREADABLE,
                                   detail=exc.strerror or str(exc)) from None
        return self.receive(data, name=str(path), accept_new_coordinator=accept_new_coordinator)

    def receive(self, data: bytes, *, name: str = "",
                accept_new_coordinator: bool = False) -> Received:
        try:
            kind = notices.kind_of(data)
        except formats.FormatError as exc:
            raise FileRefusedError(name, exc.reason, **exc.params) from None
        if kind == formats.REQUEST:
            imported = self.exchange.import_request(
                data, name=name, accept_new_coordinator=accept_new_coordinator)
            year = imported.request.reporting_year
            return Received("request", imported.already_imported, (year, year), imported,
                            doc_id=imported.request.request_id)
        try:
            doc: notices.ReturnDoc | notices.ResultsDoc = (
                notices.read_return(data) if kind == formats.RETURN
                else notices.read_results(data))
        except formats.FormatError as exc:
            raise FileRefusedError(name, exc.reason, **exc.params) from None
        self._check_coordinator(doc.signing_fingerprint, name)
        if isinstance(doc, notices.ReturnDoc):
            return self._take_return(doc, data, name)
        return self._take_results(doc, data)

    def _check_coordinator(self, fingerprint: str, name: str) -> None:
        pinned = self.ws.read(lambda s: set(s.scalars(
            select(RequestRow.signing_fingerprint).where(RequestRow.direction == "imported"))))
        if fingerprint not in pinned:
            raise FileRefusedError(name, ImportReason.COORDINATOR_UNKNOWN,
                                   fingerprint=crypto.display_fingerprint(fingerprint))

    def _take_return(self, doc: notices.ReturnDoc, data: bytes, name: str) -> Received:
        own = self.exchange.keys.key("signing").fingerprint
        if doc.office_fingerprint != own:
            raise FileRefusedError(
                name, ImportReason.NOT_FOR_THIS_OFFICE,
                fingerprint=crypto.display_fingerprint(doc.office_fingerprint[:64]))
        year, sent = doc.reporting_year, doc.submission_version
        unknown = sorted(n.field_id for n in doc.notes if not self.annex.has_field(n.field_id))
        if unknown:
            raise FileRefusedError(name, ImportReason.MANIFEST_MALFORMED,
                                   detail=f"notes: unknown field {unknown[0][:80]}")

        def work(s: Session) -> Received:
            known = s.scalar(select(FileRow).where(FileRow.doc_id == doc.return_id))
            sub = _submission(s, year)  # NO_CAMPAIGN when the year is not held
            if known is not None:
                return Received("return", True, (year, year), notes=len(doc.notes),
                                version=sub.version, doc_id=doc.return_id)
            fits = ((sub.status == EXPORTED and sub.version == sent)
                    or (sub.status in (DRAFT, READY) and sub.version == sent + 1))
            if not fits:
                raise FileRefusedError(name, ImportReason.NOTICE_OUTDATED, year=year,
                                       version=sent, current=sub.version)
            now = utcnow()
            row = FileRow(kind="return", doc_id=doc.return_id,
                          sha256=hashlib.sha256(data).hexdigest(), first_year=year,
                          last_year=year, version=sent,
                          signing_fingerprint=doc.signing_fingerprint,
                          created_at=doc.created_at, received_at=now, data=data)
            s.add(row)
            s.flush()
            for n in doc.notes:
                s.add(NoteRow(coordinator_file_id=row.id, reporting_year=year,
                              field_id=n.field_id, note=n.note, comment=""))
            old = sub.status
            if old != DRAFT:
                if old == EXPORTED:
                    sub.version += 1
                sub.status, sub.updated_at = DRAFT, now
                s.add(AuditRow(submission_id=sub.id, user=COORDINATOR, action="status",
                               field_id="", old_json=dump_value(old),
                               new_json=dump_value(DRAFT), at=now))
            s.add(AuditRow(submission_id=sub.id, user=COORDINATOR, action="returned",
                           field_id="", old_json=None, new_json=dump_value(doc.return_id),
                           at=now))
            s.flush()
            return Received("return", False, (year, year), notes=len(doc.notes),
                            version=sub.version, doc_id=doc.return_id)

        return self.ws.write(work)

    def _take_results(self, doc: notices.ResultsDoc, data: bytes) -> Received:
        years = (doc.first_year, doc.last_year)

        def work(s: Session) -> Received:
            known = s.scalar(select(FileRow.id).where(FileRow.doc_id == doc.results_id))
            if known is None:
                s.add(FileRow(kind="results", doc_id=doc.results_id,
                              sha256=hashlib.sha256(data).hexdigest(), first_year=years[0],
                              last_year=years[1], version=None,
                              signing_fingerprint=doc.signing_fingerprint,
                              created_at=doc.created_at, received_at=utcnow(), data=data))
            return Received("results", known is not None, years, doc_id=doc.results_id)

        return self.ws.write(work)

    # --- the notes -----------------------------------------------------------------------------
    def comment(self, year: int, field_id: str, text: str, user: str = "") -> int:
        """Answers the open notes on ``field_id`` with a comment (it travels in the next bundle
        with the note); the number of notes answered."""
        clean = " ".join(text.split())[:2000]
        if not clean:
            raise ServiceError(ErrorCode.COMMENT_REQUIRED)

        def work(s: Session) -> int:
            sub = _submission(s, year)
            rows = list(s.scalars(select(NoteRow).where(
                NoteRow.reporting_year == year, NoteRow.field_id == field_id,
                NoteRow.sent_in_version.is_(None))))
            if not rows:
                raise ServiceError(ErrorCode.NOTE_NOT_FOUND, year=year, field=field_id)
            for row in rows:
                s.add(AuditRow(submission_id=sub.id, user=user, action="comment",
                               field_id=field_id, old_json=dump_value(row.comment or None),
                               new_json=dump_value(clean)))
                row.comment = clean
            return len(rows)

        return self.ws.write(work)

    # --- the results ---------------------------------------------------------------------------
    def results(self) -> list[ResultsInfo]:
        rows = self.ws.read(lambda s: [(r.data, r.received_at, r.sha256) for r in s.scalars(
            select(FileRow).where(FileRow.kind == "results").order_by(FileRow.id))])
        out = []
        for data, received, sha in rows:
            doc = notices.read_results(data)
            out.append(ResultsInfo(doc.results_id, doc.first_year, doc.last_year,
                                   doc.created_at, received, doc.meeting_date, doc.decision,
                                   doc.coordinator, sha))
        return sorted(out, key=lambda r: (r.last_year, r.received_at), reverse=True)

    def results_doc(self, results_id: str) -> notices.ResultsDoc:
        data = self.ws.read(lambda s: s.scalar(select(FileRow.data).where(
            FileRow.kind == "results", FileRow.doc_id == results_id)))
        if data is None:
            raise ServiceError(ErrorCode.RESULTS_NOT_FOUND, results_id=results_id[:64])
        return notices.read_results(data)


__all__ = ["OfficeMail", "Received", "ResultsInfo"]
