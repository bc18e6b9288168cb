"""The coordinator's notes at the office (issue 17), read inside a unit of work.

A note of a return is *pending* until a bundle carries the office's word on it (its
``sent_in_version``), and *open* while pending and neither answered with a comment nor followed
by a change of its field. Open notes are problems of the validation (RETURNED_BY_COORDINATOR),
so the form's problems panel, ``kzth validate`` and the export all see them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.storage.models import AuditEntry as AuditRow
from kzth_desktop.storage.models import CoordinatorFile as FileRow
from kzth_desktop.storage.models import ReturnedNote as NoteRow


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    year: int
    field_id: str
    note: str
    comment: str
    changed: bool  # the field was changed after the return arrived
    return_id: str
    received_at: dt.datetime
    sent_in_version: int | None

    @property
    def open(self) -> bool:
        return self.sent_in_version is None and not self.comment and not self.changed


def notes(s: Session, year: int, submission_id: int | None, *,
          pending_only: bool = True) -> list[Note]:
    """The notes of ``year`` (only those no bundle has carried yet, unless told), with whether
    their field changed since the return arrived (from the submission's audit)."""
    query = (select(NoteRow, FileRow.doc_id, FileRow.received_at)
             .join(FileRow, NoteRow.coordinator_file_id == FileRow.id)
             .where(NoteRow.reporting_year == year).order_by(NoteRow.id))
    if pending_only:
        query = query.where(NoteRow.sent_in_version.is_(None))
    out = []
    for row, doc_id, received in s.execute(query).all():
        changed = False
        if submission_id is not None:
            changed = s.scalar(select(AuditRow.id).where(
                AuditRow.submission_id == submission_id, AuditRow.field_id == row.field_id,
                AuditRow.action.in_(("set", "clear")), AuditRow.at > received).limit(1)) \
                is not None
        out.append(Note(row.id, year, row.field_id, row.note, row.comment or "", changed,
                        doc_id, received, row.sent_in_version))
    return out


def pending_return(s: Session, year: int) -> bool:
    """Whether a return of ``year`` waits for its corrected bundle."""
    return s.scalar(select(NoteRow.id).where(NoteRow.reporting_year == year,
                                             NoteRow.sent_in_version.is_(None)).limit(1)) \
        is not None


__all__ = ["Note", "notes", "pending_return"]
