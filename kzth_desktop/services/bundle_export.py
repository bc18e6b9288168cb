"""The respondent's side of the files that travel: the bundle it exports, the registration
file it sends first, and the coordinator's data request it imports.

Every method that needs a private key takes the passphrase as an argument; nothing is cached
between calls.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.upgrades import shipped_upgrades
from kzth_desktop.annex.validation import Rule
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.reasons import ImportReason
from kzth_desktop.services.errors import ErrorCode, FileRefusedError, NotValidError, ServiceError
from kzth_desktop.services.files import write_file as write_file  # (re-exported)
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.received import sha256_hex
from kzth_desktop.services.requests import RequestInfo, info_of_row, request_info, request_row
from kzth_desktop.services.respondent import (
    DRAFT,
    EXPORTED,
    READY,
    Campaign,
    RespondentService,
    _campaign_of,
    _submission,
    dump_value,
)
from kzth_desktop.services.workspace import OrgProfile, Workspace
from kzth_desktop.storage.models import AuditEntry as AuditRow
from kzth_desktop.storage.models import Campaign as CampaignRow
from kzth_desktop.storage.models import DataRequest as RequestRow
from kzth_desktop.storage.models import ReturnedNote as NoteRow
from kzth_desktop.storage.models import Submission, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RequestImported:
    request: RequestInfo
    campaign: Campaign
    new_coordinator: bool  # signed by another key than the requests imported before
    already_imported: bool


@dataclass(frozen=True, slots=True)
class BundleExport:
    path: Path
    year: int
    version: int
    sha256: str
    size: int


def org_info(p: OrgProfile) -> formats.OrgInfo:
    return formats.OrgInfo(p.name_kk, p.name_ru, p.region, tuple(p.kinds), p.contact_person,
                           p.phone, p.email)


class ExchangeService:
    """Respondent use cases around the files that travel."""

    def __init__(self, ws: Workspace, annex: Annex, rules: Sequence[Rule] | None = None) -> None:
        self.respondent = RespondentService(ws, annex, rules)  # checks the role
        self.ws = ws
        self.annex = annex
        self.keys = KeyService(ws)

    # --- registration --------------------------------------------------------------------------
    def registration(self, passphrase: str) -> bytes:
        """The signed registration file (``.kzkey``) of this workspace's signing key; the key
        pair is made now (sealed under ``passphrase``) if the workspace has none yet."""
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        self.keys.ensure_keys(passphrase)
        key = self.keys.signing_key(passphrase)
        doc = formats.RegistrationDoc(org_info(profile), crypto.public_raw(key), utcnow())
        return formats.build_registration(doc, key)

    def export_registration(self, path: Path | str, passphrase: str) -> Path:
        data = self.registration(passphrase)
        target = Path(path)
        write_file(target, data)
        log.info("registration exported: %s; signer %s", target, self.fingerprint())
        return target

    def fingerprint(self) -> str:
        """This workspace's signing key fingerprint, as shown (``K7QF 2M9X …``)."""
        return self.keys.key("signing").display

    # --- data request --------------------------------------------------------------------------
    def read_request(self, data: bytes, name: str = "") -> RequestInfo:
        """A request's content after its signature is checked (nothing stored)."""
        return request_info(self._read_request(data, name))

    def _read_request(self, data: bytes, name: str) -> formats.RequestDoc:
        try:
            doc = formats.read_request(data)
        except formats.FormatError as exc:
            raise FileRefusedError(name, exc.reason, **exc.params) from None
        if doc.annex_version != self.annex.version.stamp:
            # answers of this revision would not be read by a coordinator still on an
            # earlier one: the office is told so, not that the version is unknown
            upgrades = shipped_upgrades(self.annex)
            revision = upgrades.revision_of(doc.annex_version)
            if revision is not None:
                raise FileRefusedError(name, ImportReason.ANNEX_VERSION_EARLIER,
                                       revision=revision, current=upgrades.revision)
            raise FileRefusedError(name, ImportReason.ANNEX_VERSION_UNKNOWN,
                                   annex_version=doc.annex_version)
        return doc

    def import_request(self, data: bytes, *, name: str = "",
                       accept_new_coordinator: bool = False) -> RequestImported:
        """Stores the request and sets the reporting year and its deadline from it.

        The first request pins the coordinator's signing key; a request signed by another key
        is refused (COORDINATOR_CHANGED) unless ``accept_new_coordinator`` (after comparing
        the new fingerprint by phone: the coordinating body changes every 3 years, rule 6).
        """
        doc = self._read_request(data, name)

        def work(s: Session) -> RequestImported:
            known = s.scalar(select(RequestRow).where(RequestRow.request_id == doc.request_id))
            pinned = s.scalars(select(RequestRow).where(RequestRow.direction == "imported")
                               .order_by(RequestRow.id.desc())).first()
            new_coordinator = False
            if pinned is not None and pinned.signing_fingerprint != doc.signing_fingerprint:
                new_coordinator = True
                if not accept_new_coordinator:
                    raise FileRefusedError(
                        name, ImportReason.COORDINATOR_CHANGED,
                        fingerprint=crypto.display_fingerprint(doc.signing_fingerprint),
                        pinned=crypto.display_fingerprint(pinned.signing_fingerprint))
            if known is None:
                s.add(request_row(doc, data, "imported"))
            camp = s.scalar(select(CampaignRow).where(CampaignRow.year == doc.reporting_year))
            if camp is None:
                camp = CampaignRow(year=doc.reporting_year, deadline=doc.deadline,
                                   source="request")
                camp.submission = Submission(status=DRAFT, version=1)
                s.add(camp)
            else:
                camp.deadline, camp.source = doc.deadline, "request"
            s.flush()
            return RequestImported(request_info(doc, "imported"), _campaign_of(camp),
                                   new_coordinator, known is not None)

        done = self.ws.write(work)
        log.info("request imported: year %s, id %s, deadline %s; file %s%s%s",
                 doc.reporting_year, doc.request_id, doc.deadline.isoformat(), name or "-",
                 "; already imported" if done.already_imported else "",
                 "; new coordinator key accepted" if done.new_coordinator else "")
        return done

    def import_request_file(self, path: Path | str, *,
                            accept_new_coordinator: bool = False) -> RequestImported:
        path = Path(path)
        try:
            data = _read_limited(path)
        except OSError as exc:
            raise FileRefusedError(str(path), ImportReason.FILE_UNREADABLE,
                                   detail=exc.strerror or str(exc)) from None
        return self.import_request(data, name=str(path),
                                   accept_new_coordinator=accept_new_coordinator)

    def requests(self) -> list[RequestInfo]:
        return self.ws.read(lambda s: [info_of_row(r) for r in s.scalars(
            select(RequestRow).order_by(RequestRow.reporting_year, RequestRow.id))])

    # --- bundle --------------------------------------------------------------------------------
    def export_bundle(self, year: int, out_dir: Path | str, passphrase: str,
                      user: str = "") -> BundleExport:
        """Writes the signed, encrypted bundle of ``year`` into ``out_dir``.

        Refused with every problem (NotValidError) while validation fails. Each export carries
        a higher version number than the one before; the submission is then "exported"
        (locked until reopened).

        The workspace records version N as exported *before* the file takes its final name
        ``…-vN.kzth``: a version number, once a file of it may exist, is never given to other
        bytes. A crash between the commit and the rename leaves the workspace at N with no
        file (the next export makes N+1); it can never leave a complete ``…-vN.kzth`` while
        the workspace stays at N-1, to be followed by different bytes under the same name.
        When writing fails before the rename (a full or read-only folder: TARGET_FULL,
        TARGET_NOT_WRITABLE, naming the folder and the space needed), no file of version N
        exists, so the record is put back as it was and nothing is left behind.
        """
        svc = self.respondent
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        current = svc.campaign(year)
        report = svc.validate(year)
        if not report.ok:
            raise NotValidError(self.annex, report, year)
        request_id, recipient_key = self._request_for(year)
        key = self.keys.signing_key(passphrase)  # NO_KEYS / WRONG_PASSPHRASE before any change
        if current.status == DRAFT:
            current = svc.mark_ready(year, user=user)  # locks the answers against edits
        version = current.version + 1 if current.status == EXPORTED else current.version
        answers = svc.answers(year)
        # the office's word on a pending return travels with the corrected answers
        pending = svc.returned_notes(year)
        corrections = [formats.Correction(n.field_id, n.note, n.comment, n.changed)
                       for n in pending]
        data = formats.build_bundle(
            sender=org_info(profile), signing_key=key, recipient_key=recipient_key,
            request_id=request_id, reporting_year=year, version=version,
            annex_version=self.annex.version.stamp, answers=answers,
            audit_summary=self._audit_summary(year),
            answers_return=pending[-1].return_id if pending else None,
            corrections=corrections,
        )
        note_ids = [n.id for n in pending]
        fp = crypto.fingerprint(crypto.public_raw(key))
        target = Path(out_dir) / f"kzth-{year}-{profile.region}-{fp[:8]}-v{version}.kzth"
        before = (current.status, current.version)

        def commit(s: Session) -> int:
            sub = _submission(s, year)
            old = sub.status
            if old not in (READY, EXPORTED) or sub.version != current.version:
                raise ServiceError(ErrorCode.BAD_TRANSITION, year=year, status=old,
                                   target=EXPORTED)
            sub.status, sub.version, sub.updated_at = EXPORTED, version, utcnow()
            audit = AuditRow(submission_id=sub.id, user=user, action="status", field_id="",
                             old_json=dump_value(old), new_json=dump_value(EXPORTED))
            s.add(audit)
            for note in s.scalars(select(NoteRow).where(NoteRow.id.in_(note_ids))):
                note.sent_in_version = version
            s.flush()
            return audit.id

        audit_id = self.ws.write(commit)  # version N is taken before any file has its name
        try:
            write_file(target, data)
        except ServiceError:
            self._undo_export(year, version, before, audit_id)
            raise
        made = BundleExport(target, year, version, sha256_hex(data), len(data))
        log.info("bundle exported: %s; year %s; version %s; sha256 %s; %s bytes", target, year,
                 version, made.sha256[:12], made.size)
        return made

    def _undo_export(self, year: int, version: int, before: tuple[str, int],
                     audit_id: int) -> None:
        """Puts the submission back as it was before an export whose file was not written
        (no file of ``version`` exists); left alone if anything changed it meanwhile."""

        def work(s: Session) -> None:
            sub = _submission(s, year)
            if sub.status != EXPORTED or sub.version != version:
                return
            sub.status, sub.version, sub.updated_at = before[0], before[1], utcnow()
            for note in s.scalars(select(NoteRow).where(NoteRow.reporting_year == year,
                                                        NoteRow.sent_in_version == version)):
                note.sent_in_version = None  # no file carried them
            row = s.get(AuditRow, audit_id)
            if row is not None:
                s.delete(row)

        self.ws.write(work)

    def _request_for(self, year: int) -> tuple[str, bytes]:
        """(request id, coordinator's encryption key) of the year's request, else the latest."""

        def work(s: Session) -> tuple[str, bytes] | None:
            rows = s.scalars(select(RequestRow).where(RequestRow.direction == "imported")
                             .order_by(RequestRow.id.desc())).all()
            for row in rows:
                if row.reporting_year == year:
                    return row.request_id, row.encryption_key
            return (rows[0].request_id, rows[0].encryption_key) if rows else None

        row = self.ws.read(work)
        if row is None:
            raise ServiceError(ErrorCode.NO_REQUEST, year=year)
        return row

    def _audit_summary(self, year: int) -> dict[str, object]:
        entries = self.respondent.audit(year)
        changes = [e for e in entries if e.action in ("set", "clear")]
        return {
            "changes": len(changes),
            "first_change": changes[0].at.isoformat() if changes else None,
            "last_change": changes[-1].at.isoformat() if changes else None,
            "exports": sum(1 for e in entries if e.action == "status" and e.new == EXPORTED),
            "users": sorted({e.user for e in changes if e.user}),
        }


def _read_limited(path: Path, limit: int = 16 * 1024 * 1024) -> bytes:
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    return data
