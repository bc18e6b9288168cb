"""The coordinator's side of the loop back to the offices (issue 17): a held submission returned
for correction with notes on named fields (``.kzret``), the reviewer's decisions on each
submission (accepted, returned, corrected), and the results of the assessment brought to the
subjects (rule 19, ``.kzres``).

Every file is signed with the coordinator's signing key, the key of the data requests the
offices hold; the passphrase is an argument of the call, never kept.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.exchange import crypto, formats, notices
from kzth_desktop.reports.review import ReviewRow
from kzth_desktop.services.coordination import CoordinationService, HeldSubmission
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.keys import KeyService, Unlocker
from kzth_desktop.services.workspace import Workspace, current_user
from kzth_desktop.storage.models import DataRequest as RequestRow
from kzth_desktop.storage.models import ImportedSubmission as HeldRow
from kzth_desktop.storage.models import SubmissionReturn as ReturnRow
from kzth_desktop.storage.models import utcnow

log = logging.getLogger(__name__)
ACCEPTED, RETURNED, CORRECTED = "accepted", "returned", "corrected"
REVIEWS = (ACCEPTED, RETURNED, CORRECTED)


@dataclass(frozen=True, slots=True)
class ReturnMade:
    return_id: str
    data: bytes  # the signed .kzret
    submission: HeldSubmission
    notes: tuple[notices.ReturnNote, ...]

    @property
    def file_name(self) -> str:
        s = self.submission
        return (f"kzth-{s.reporting_year}-{s.organisation.region}-"
                f"{s.signer_fingerprint[:8]}-v{s.version}.kzret")


@dataclass(frozen=True, slots=True)
class Decision:
    """The reviewer's word on one held submission, as the workbook and inbox show it."""

    submission: HeldSubmission
    review: str  # REVIEWS
    by: str
    at: dt.datetime
    why: str  # the returned notes, or the corrections, in one line
    notes: tuple[Mapping[str, str], ...]  # what the coordinator returned this version for
    corrections: tuple[Mapping[str, Any], ...]  # what the office said on the notes
    changed: tuple[str, ...]  # fields whose value differs from the version it corrects


def _one_line(text: str) -> str:
    return " ".join(text.split())


class LoopService:
    """Returns for correction, reviewer decisions and results packages (coordinator)."""

    def __init__(self, coordination: CoordinationService) -> None:
        self.coordination = coordination
        self.ws: Workspace = coordination.ws
        self.annex: Annex = coordination.annex
        self.keys = KeyService(self.ws)

    # --- return for correction -----------------------------------------------------------------
    def return_submission(self, year: int, fingerprint: str,
                          notes: Sequence[tuple[str, str]], passphrase: str, *,
                          user: str | None = None) -> ReturnMade:
        """Signs a return of the current submission of ``year`` under the key ``fingerprint``
        with a note on each named field; the submission is then "returned" until the office
        sends a corrected version. Refused before any change if a field is unknown, a note is
        empty, or no submission is held."""
        if not notes:
            raise ServiceError(ErrorCode.RETURN_NOTES_REQUIRED)
        clean: list[notices.ReturnNote] = []
        for field_id, note in notes:
            if not self.annex.has_field(field_id):
                raise ServiceError(ErrorCode.RETURN_FIELD_UNKNOWN, field=field_id[:80])
            text = _one_line(note)[:notices.NOTE_LIMIT]
            if not text:
                raise ServiceError(ErrorCode.RETURN_NOTE_REQUIRED, field=field_id)
            clean.append(notices.ReturnNote(field_id, text))
        signer = self.coordination.find_signer(fingerprint)
        held = next((h for h in self.coordination.submissions(year)
                     if h.signer_fingerprint == signer.fingerprint), None)
        if held is None:
            raise ServiceError(ErrorCode.SUBMISSION_NOT_FOUND, year=year,
                               fingerprint=signer.display)
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        key = self.keys.signing_key(Unlocker(passphrase))
        request_id = self._request_id(year)
        doc = notices.ReturnDoc(
            return_id=str(uuid.uuid4()), request_id=request_id, reporting_year=year,
            office_fingerprint=signer.fingerprint, submission_version=held.version,
            created_at=utcnow().replace(microsecond=0),
            coordinator=formats.OrgInfo(profile.name_kk, profile.name_ru),
            signing_key=crypto.public_raw(key), notes=tuple(clean))
        data = notices.build_return(doc, key)
        who = current_user() if user is None else user

        def work(s: Session) -> None:
            s.add(ReturnRow(imported_submission_id=held.id, return_id=doc.return_id,
                            at=doc.created_at, user=who, data=data,
                            notes=[{"field": n.field_id, "note": n.note} for n in clean]))

        self.ws.write(work)
        log.info("return made: year %s, signer %s, version %s, %s notes, id %s", year,
                 signer.display, held.version, len(clean), doc.return_id)
        return ReturnMade(doc.return_id, data, held, tuple(clean))

    def _request_id(self, year: int) -> str:
        def work(s: Session) -> str | None:
            rows = s.scalars(select(RequestRow).where(RequestRow.direction == "issued")
                             .order_by(RequestRow.id.desc())).all()
            for row in rows:
                if row.reporting_year == year:
                    return row.request_id
            return None

        found = self.ws.read(work)
        if found is None:
            raise ServiceError(ErrorCode.NO_REQUEST, year=year)
        return found

    # --- decisions -----------------------------------------------------------------------------
    def decisions(self, year: int | None = None) -> list[Decision]:
        """Every held submission (current, superseded, withdrawn) with the reviewer's word:
        ``returned`` when a return names it, ``corrected`` when it answers a return,
        ``accepted`` otherwise."""
        held = self.coordination.submissions(year, include_superseded=True)

        def work(s: Session) -> tuple[dict[int, ReturnRow], dict[str, ReturnRow],
                                      dict[int, HeldRow]]:
            returns = list(s.scalars(select(ReturnRow).order_by(ReturnRow.id)))
            ids = [h.id for h in held]
            rows = {r.id: r for r in s.scalars(select(HeldRow).where(HeldRow.id.in_(ids)))}
            for ret in returns:
                s.expunge(ret)
            for held_row in rows.values():
                s.expunge(held_row)
            return ({r.imported_submission_id: r for r in returns},
                    {r.return_id: r for r in returns}, rows)

        by_held, by_id, rows = self.ws.read(work)
        by_org: dict[tuple[str, int], list[HeldSubmission]] = {}
        for h in held:
            by_org.setdefault((h.signer_fingerprint, h.reporting_year), []).append(h)
        out = []
        for h in held:
            row = rows[h.id]
            ret = by_held.get(h.id)
            answered = by_id.get(row.answers_return or "")
            corrections = tuple(dict(c) for c in (row.corrections or []))
            if ret is not None:
                out.append(Decision(h, RETURNED, ret.user, ret.at,
                                    "; ".join(f"{n['field']}: {n['note']}" for n in ret.notes),
                                    tuple(ret.notes), corrections, ()))
            elif answered is not None:
                before = next((o for o in by_org.get((h.signer_fingerprint, h.reporting_year),
                                                     []) if o.id == answered.imported_submission_id),
                              None)
                changed = _changed(before.answers if before else {}, h.answers)
                why = "; ".join(
                    f"{c.get('field')}: {c.get('comment') or ('changed' if c.get('changed') else '')}"
                    for c in corrections)
                out.append(Decision(h, CORRECTED, h.organisation.name_ru, h.imported_at, why,
                                    tuple(answered.notes), corrections, changed))
            else:
                out.append(Decision(h, ACCEPTED, "", h.imported_at, "", (), corrections, ()))
        return out

    def review_of(self, submission_id: int) -> str:
        for d in self.decisions():
            if d.submission.id == submission_id:
                return d.review
        return ACCEPTED


def decisions_of(ws: Workspace, annex: Annex) -> list[ReviewRow]:
    """The reviewer's decisions on every held submission (accepted, returned, corrected)."""
    if ws.role != "coordinator":
        return []
    out = []
    for d in LoopService(CoordinationService(ws, annex)).decisions():
        h = d.submission
        out.append(ReviewRow(
            h.reporting_year, h.organisation.region, h.organisation.name_kk,
            h.organisation.name_ru, h.version, h.status, d.review, d.by, d.at, d.why,
            tuple((str(n.get("field", "")), str(n.get("note", ""))) for n in d.notes),
            tuple((str(c.get("field", "")), str(c.get("comment", "")), bool(c.get("changed")))
                  for c in d.corrections), d.changed))
    return out


def _changed(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> tuple[str, ...]:
    a, b = dict(before or {}), dict(after or {})

    def canon(v: Any) -> str:
        return json.dumps(v, sort_keys=True, ensure_ascii=False)

    return tuple(sorted(k for k in set(a) | set(b)
                        if k not in a or k not in b or canon(a[k]) != canon(b[k])))


__all__ = ["ACCEPTED", "CORRECTED", "RETURNED", "REVIEWS", "Decision", "LoopService",
           "ReturnMade", "decisions_of"]

