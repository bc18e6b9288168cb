"""The coordinator's use cases: data requests, signers, and what is held.

The import of bundles is ``bundle_import.py`` (storing and recording) around
:func:`kzth_desktop.exchange.verdict.judge_bundle` (the checks of DESIGN §5).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kzth_desktop.analysis.completeness_offices import OfficeContact, RefusedFile
from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.annex.upgrades import EarlierAnswer, shipped_upgrades
from kzth_desktop.annex.validation import Rule, shipped_rules
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.names import skeleton
from kzth_desktop.exchange.reasons import (
    ImportReason,
    ImportResult,
    reason_message,
)
from kzth_desktop.exchange.verdict import timestamp
from kzth_desktop.services.bundle_import import (
    CURRENT,
    SUPERSEDED,
    WITHDRAWN,
    BundleImport,
    ImportOutcome,
    ImportReport,
    Progress,
    expand_paths,
    import_lock,
    log_outcome,
)
from kzth_desktop.services.errors import ErrorCode, FileRefusedError, ServiceError
from kzth_desktop.services.keys import KeyService, Unlocker
from kzth_desktop.services.received import ReceivedStore
from kzth_desktop.services.requests import RequestInfo, info_of_row, request_info, request_row
from kzth_desktop.services.workspace import OrgProfile, Workspace, check_profile, current_user
from kzth_desktop.storage.models import DataRequest as RequestRow
from kzth_desktop.storage.models import ImportedSubmission as HeldRow
from kzth_desktop.storage.models import ReceivedFile as ReceiptRow
from kzth_desktop.storage.models import Signer as SignerRow
from kzth_desktop.storage.models import SubmissionEvent as EventRow
from kzth_desktop.storage.models import utcnow

log = logging.getLogger(__name__)
# how bundle_export names a bundle: kzth-<year>-<region>-<fingerprint, 8 hex>-v<version>.kzth
BUNDLE_NAME = re.compile(r"kzth-(\d{4})-(KZ-[0-9A-Z]+)-([0-9a-f]{8})-v\d+")

# --- plain results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IssuedRequest:
    info: RequestInfo
    data: bytes  # the signed .kzreq


@dataclass(frozen=True, slots=True)
class SignerInfo:
    """A registered respondent key."""

    fingerprint: str  # SHA-256 hex
    organisation: formats.OrgInfo
    registered_at: dt.datetime
    approved_at: dt.datetime
    revoked_at: dt.datetime | None

    @property
    def display(self) -> str:
        return crypto.display_fingerprint(self.fingerprint)

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, slots=True)
class RegistrationPreview:
    """What a registration file says, for the coordinator to compare by phone."""

    fingerprint: str
    organisation: formats.OrgInfo
    created_at: dt.datetime
    known: SignerInfo | None  # this very key, if already registered
    same_organisation: tuple[SignerInfo, ...]  # other keys registered for the organisation
    # keys registered for a name that looks the same (look-alike letters, case, spaces) in the
    # same region but is written differently: the registration is taken as theirs (same office)
    looks_like: tuple[SignerInfo, ...] = ()

    @property
    def display(self) -> str:
        return crypto.display_fingerprint(self.fingerprint)


@dataclass(frozen=True, slots=True)
class SignerAdded:
    signer: SignerInfo
    already_registered: bool
    released: tuple[ImportOutcome, ...]  # quarantined bundles of this signer, now decided
    still_quarantined: int  # left waiting (no passphrase given)


@dataclass(frozen=True, slots=True)
class Receipt:
    """One receipt of a file and its outcome."""

    id: int
    sha256: str
    name: str
    size: int
    kind: str
    received_at: dt.datetime
    result: ImportResult
    reason: ImportReason | None
    params: Mapping[str, Any]
    sender_fingerprint: str | None
    decided_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class HeldSubmission:
    """A respondent's submission as the coordinator holds it (current or superseded)."""

    id: int
    signer_fingerprint: str
    organisation: formats.OrgInfo
    reporting_year: int
    version: int
    status: str  # current | superseded
    annex_version: str
    created_at: dt.datetime
    imported_at: dt.datetime
    superseded_at: dt.datetime | None
    answers: Mapping[str, Any]
    audit_summary: Mapping[str, Any]
    file_sha256: str
    suspect: bool = False  # its key was revoked and its submissions marked suspect
    withdrawn_at: dt.datetime | None = None
    withdrawn_reason: str = ""
    # the revision of the annex definition it was made with (None: a stamp unknown here);
    # the answers of an earlier one are read through its upgrade map (annex/upgrades.py),
    # the values it asked as one kept in ``earlier``; the stored bytes stay as received
    revision: int | None = None
    earlier: tuple[EarlierAnswer, ...] = ()
    # "bundle", or "paper": keyed at the coordinator from a paper form, verified (issue 18);
    # a paper submission has no signer ("" fingerprint) and no received file ("" sha256)
    source: str = "bundle"
    keyers: tuple[str, ...] = ()

    @property
    def from_paper(self) -> bool:
        return self.source == "paper"

    def earlier_definition(self, current: int) -> int | None:
        """Its revision if it was made with an earlier definition than ``current``."""
        return self.revision if self.revision is not None and self.revision < current else None


class SubmissionFate(StrEnum):
    """What becomes of a revoked key's submissions."""

    KEEP = "keep"  # they still count (the key was lost, not misused)
    WITHDRAW = "withdraw"  # they no longer count; earlier versions of other keys come back
    SUSPECT = "suspect"  # they count, flagged in the list and as a quality finding


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A submission withdrawn, and the version of the office that became current again."""

    withdrawn: HeldSubmission
    restored: HeldSubmission | None


# --- helpers -------------------------------------------------------------------------------------


def org_key(org: formats.OrgInfo) -> str:
    """Which organisation a key speaks for (versions are compared per organisation and year,
    so a key registered anew after a loss continues the same history)."""
    name = " ".join(org.name_ru.split()).casefold()
    return f"{org.region}|{name}"


def org_skeleton(org: formats.OrgInfo | SignerRow) -> tuple[str, str, str]:
    """Region and the UTS #39 skeletons of both names: equal for names that look the same."""
    return org.region, skeleton(org.name_ru), skeleton(org.name_kk)


def _looks_like(s: Session, org: formats.OrgInfo) -> list[SignerRow]:
    """Registered keys of the same region whose name looks like ``org``'s (in either
    language) but whose organisation key differs (one look-alike letter, say)."""
    region, ru, kk = org_skeleton(org)
    key = org_key(org)
    return [r for r in s.scalars(select(SignerRow).where(SignerRow.region == region)
                                 .order_by(SignerRow.id))
            if r.org_key != key and (skeleton(r.name_ru) == ru or skeleton(r.name_kk) == kk)]


def _signer_info(row: SignerRow) -> SignerInfo:
    org = formats.OrgInfo(row.name_kk, row.name_ru, row.region, tuple(row.kinds or ()),
                          row.contact_person, row.phone, row.email)
    return SignerInfo(row.fingerprint, org, row.registered_at, row.approved_at, row.revoked_at)


def _receipt(row: ReceiptRow) -> Receipt:
    return Receipt(row.id, row.sha256, row.name, row.size, row.kind, row.received_at,
                   ImportResult(row.result), ImportReason(row.reason) if row.reason else None,
                   dict(row.params or {}), row.sender_fingerprint, row.decided_at)


class CoordinationService:
    """Coordinator use cases. Each method is one unit of work (a batch import: one per file)."""

    def __init__(self, ws: Workspace, annex: Annex, rules: Sequence[Rule] | None = None, *,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        """``clock`` gives the time written on receipts, imports and approvals (UTC, naive):
        the real time, unless a caller replays files with the dates they arrived (the demo)."""
        if ws.role != "coordinator":
            raise ServiceError(ErrorCode.WRONG_ROLE, needed="coordinator", role=ws.role)
        self.clock = clock
        self.ws = ws
        self.annex = annex
        self.rules = tuple(rules) if rules is not None else shipped_rules(annex)
        self.keys = KeyService(ws)
        self.store = ReceivedStore(ws)
        if ws.annex is None:
            ws.annex = annex

    def _batch(self, passphrase: str) -> BundleImport:
        return BundleImport(self.ws, self.keys, self.store, self.annex, self.rules, passphrase,
                            clock=self.clock)

    # --- data requests -------------------------------------------------------------------------
    def create_request(self, year: int, passphrase: str, *, deadline: dt.date | None = None,
                       issued_on: dt.date | None = None,
                       expected: Sequence[tuple[str, str]] = ()) -> IssuedRequest:
        """A signed data request for ``year`` carrying this coordinator's public keys; the
        deadline is one month after issue unless given (rule 9). Keys are made if missing."""
        from kzth_desktop.services.respondent import _check_year

        year = _check_year(year)
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        self.keys.ensure_keys(passphrase)
        unlock = Unlocker(passphrase)
        signing = self.keys.signing_key(unlock)
        issued = issued_on or dt.date.today()
        doc = formats.RequestDoc(
            request_id=str(uuid.uuid4()), reporting_year=year, issued_on=issued,
            deadline=deadline or formats.add_months(issued), annex_version=self.annex.version.stamp,
            coordinator=formats.OrgInfo(profile.name_kk, profile.name_ru),
            signing_key=crypto.public_raw(signing),
            encryption_key=self.keys.key("encryption").public_key,
            expected=tuple(expected),
        )
        data = formats.build_request(doc, signing)
        self.ws.write(lambda s: s.add(request_row(doc, data, "issued")))
        log.info("request issued: year %s, id %s, deadline %s", year, doc.request_id,
                 doc.deadline.isoformat())
        return IssuedRequest(request_info(doc, "issued"), data)

    def requests(self) -> list[RequestInfo]:
        return self.ws.read(lambda s: [info_of_row(r) for r in s.scalars(
            select(RequestRow).order_by(RequestRow.reporting_year, RequestRow.id))])

    # --- signers -------------------------------------------------------------------------------
    def preview_registration(self, data: bytes, name: str = "") -> RegistrationPreview:
        """The registration's organisation and fingerprint (its self-signature checked)."""
        doc = self._read_registration(data, name)

        def work(s: Session) -> RegistrationPreview:
            known = s.scalar(select(SignerRow).where(SignerRow.fingerprint == doc.fingerprint))
            same = s.scalars(select(SignerRow).where(
                SignerRow.org_key == org_key(doc.organisation),
                SignerRow.fingerprint != doc.fingerprint).order_by(SignerRow.id)).all()
            alike = [r for r in _looks_like(s, doc.organisation)
                     if r.fingerprint != doc.fingerprint]
            return RegistrationPreview(doc.fingerprint, doc.organisation, doc.created_at,
                                       _signer_info(known) if known else None,
                                       tuple(_signer_info(r) for r in same),
                                       tuple(_signer_info(r) for r in alike))

        return self.ws.read(work)

    def _read_registration(self, data: bytes, name: str) -> formats.RegistrationDoc:
        """The registration, its profile checked like ``kzth init`` checks a respondent's
        (names, a known region, at least one known kind: ProfileError) and tidied."""
        try:
            doc = formats.read_registration(data)
        except formats.FormatError as exc:
            raise FileRefusedError(name, exc.reason, **exc.params) from None
        o = doc.organisation
        tidy = check_profile(OrgProfile(o.name_kk, o.name_ru, o.region, o.kinds,
                                        o.contact_person, o.phone, o.email),
                             "respondent", self.annex)
        org = formats.OrgInfo(" ".join(tidy.name_kk.split()), " ".join(tidy.name_ru.split()),
                              tidy.region, tidy.kinds, tidy.contact_person, tidy.phone,
                              tidy.email)
        return formats.RegistrationDoc(org, doc.signing_key, doc.created_at)

    def add_signer(self, data: bytes, *, passphrase: str | None = None,
                   name: str = "") -> SignerAdded:
        """Approves the key of a registration file (call after the fingerprint was confirmed
        by phone). The file is stored. Bundles of this key waiting in quarantine are imported
        now if ``passphrase`` is given, else they wait for :meth:`release_quarantined`."""
        digest = self.store.put(data)  # kept, even if refused below
        doc = self._read_registration(data, name)

        def work(s: Session) -> tuple[SignerInfo, bool]:
            s.add(ReceiptRow(sha256=digest, name=name, size=len(data), kind="registration",
                             result=ImportResult.ACCEPTED.value, params={},
                             sender_fingerprint=doc.fingerprint, decided_at=self.clock()))
            row = s.scalar(select(SignerRow).where(SignerRow.fingerprint == doc.fingerprint))
            if row is not None:
                if row.revoked_at is not None:
                    raise ServiceError(ErrorCode.SIGNER_REVOKED,
                                       fingerprint=crypto.display_fingerprint(row.fingerprint),
                                       revoked_at=timestamp(row.revoked_at))
                return _signer_info(row), True
            o = doc.organisation
            # a name that only looks like a registered one (a Latin "о" in Cyrillic text) is
            # the same office: its history continues, it does not start a parallel one
            alike = _looks_like(s, o)
            row = SignerRow(
                fingerprint=doc.fingerprint, public_key=doc.signing_key,
                org_key=alike[0].org_key if alike else org_key(o), name_kk=o.name_kk, name_ru=o.name_ru, region=o.region,
                kinds=list(o.kinds), contact_person=o.contact_person, phone=o.phone,
                email=o.email, registered_at=doc.created_at, approved_at=self.clock(),
                registration_sha256=digest,
            )
            s.add(row)
            s.flush()
            return _signer_info(row), False

        signer, already = self.ws.write(work)
        log.info("registration %s: signer %s, region %s; file %s; sha256 %s",
                 "already approved" if already else "approved", signer.display,
                 signer.organisation.region or "-", name or "-", digest[:12])
        released: tuple[ImportOutcome, ...] = ()
        if passphrase is not None:
            released = self.release_quarantined(passphrase, fingerprint=signer.fingerprint)
        waiting = self._quarantined_count(signer.fingerprint)
        return SignerAdded(signer, already, released, waiting)

    def signers(self) -> list[SignerInfo]:
        return self.ws.read(lambda s: [_signer_info(r) for r in s.scalars(
            select(SignerRow).order_by(SignerRow.region, SignerRow.name_ru, SignerRow.id))])

    def find_signer(self, fingerprint: str) -> SignerInfo:
        if not fingerprint.strip():  # a paper submission's: it names no key
            raise ServiceError(ErrorCode.SIGNER_NOT_FOUND, fingerprint=fingerprint)
        for signer in self.signers():
            if crypto.fingerprint_matches(fingerprint, signer.fingerprint):
                return signer
        raise ServiceError(ErrorCode.SIGNER_NOT_FOUND, fingerprint=fingerprint)

    def revoke_signer(self, fingerprint: str,
                      submissions: SubmissionFate | str = SubmissionFate.SUSPECT, *,
                      user: str | None = None, reason: str = "") -> SignerInfo:
        """Revokes a key (given as shown, ``K7QF 2M9X …``, or as hex); bundles signed by it
        are refused from now on, and its versions no longer block the office's next bundle
        under a new key. ``submissions`` says what becomes of what it sent: ``keep`` (still
        counted), ``withdraw`` (no longer counted; the newest earlier version of the office
        under another key becomes current again) or ``suspect`` (counted, flagged). The
        default, ``suspect``, loses nothing and hides nothing: the figures stay, marked, until
        the coordinator decides. Already revoked: the revocation time is kept; the fate is
        applied all the same (the coordinator may decide later)."""
        try:
            fate = SubmissionFate(submissions)
        except ValueError:
            raise ServiceError(ErrorCode.UNKNOWN_FATE, fate=str(submissions)) from None
        found = self.find_signer(fingerprint)
        who = current_user() if user is None else user
        note = reason.strip()[:2000] or f"signer revoked: {fate.value}"

        def work(s: Session) -> SignerInfo:
            row = s.scalar(select(SignerRow).where(SignerRow.fingerprint == found.fingerprint))
            assert row is not None
            if row.revoked_at is None:
                row.revoked_at = self.clock()
            held = list(s.scalars(select(HeldRow).where(HeldRow.signer_id == row.id,
                                                        HeldRow.status != WITHDRAWN)))
            if fate is SubmissionFate.WITHDRAW:
                for h in held:
                    self._withdraw_row(s, h, note, who)
                for key, year in sorted({(h.org_key, h.reporting_year) for h in held}):
                    self._restore(s, key, year, who)
            elif fate is SubmissionFate.SUSPECT:
                for h in held:
                    if not h.suspect:
                        h.suspect = True
                        s.add(EventRow(imported_submission_id=h.id, at=self.clock(),
                                       user=who, action="suspect", reason=note))
            return _signer_info(row)

        revoked = self.ws.write(work)
        log.info("signer revoked: %s; its submissions: %s", revoked.display, fate.value)
        return revoked

    def withdraw_submission(self, year: int, fingerprint: str, reason: str, *,
                            user: str | None = None) -> Withdrawal:
        """Withdraws the current submission of ``year`` sent under the key ``fingerprint``:
        it no longer counts (aggregates, completeness, analysis, reports), stays in history
        with its reason and an audit entry; the office's newest earlier version, if any,
        becomes current again."""
        if not reason.strip():
            raise ServiceError(ErrorCode.WITHDRAW_REASON_REQUIRED)
        found = self.find_signer(fingerprint)

        def pick(s: Session) -> HeldRow:
            row = s.scalar(
                select(HeldRow).join(SignerRow, HeldRow.signer_id == SignerRow.id)
                .where(SignerRow.fingerprint == found.fingerprint,
                       HeldRow.reporting_year == year, HeldRow.status == CURRENT))
            if row is None:
                raise ServiceError(ErrorCode.SUBMISSION_NOT_FOUND, year=year,
                                   fingerprint=found.display)
            return row

        return self._withdraw(pick, reason, user, f"signer {found.display}")

    def withdraw_held(self, submission_id: int, reason: str, *,
                      user: str | None = None) -> Withdrawal:
        """Withdraws the current held submission ``submission_id`` (as listed by
        :meth:`submissions`), however it came: the way to withdraw a paper submission, which
        has no key (issue 19). Same effects as :meth:`withdraw_submission`."""

        def pick(s: Session) -> HeldRow:
            row = s.get(HeldRow, submission_id)
            if row is None or row.status != CURRENT:
                raise ServiceError(ErrorCode.HELD_NOT_CURRENT, submission=submission_id)
            return row

        return self._withdraw(pick, reason, user, f"submission {submission_id}")

    def withdraw_office(self, year: int, office_id: int, reason: str, *,
                        user: str | None = None) -> Withdrawal:
        """Withdraws the current submission of ``year`` of the office registered on paper as
        ``office_id`` (``kzth paper offices``)."""
        from kzth_desktop.storage.models import PaperOffice as OfficeRow

        def pick(s: Session) -> HeldRow:
            office = s.get(OfficeRow, office_id)
            if office is None:
                raise ServiceError(ErrorCode.PAPER_OFFICE_NOT_FOUND, office=office_id)
            row = s.scalar(select(HeldRow).where(HeldRow.org_key == office.org_key,
                                                 HeldRow.reporting_year == year,
                                                 HeldRow.status == CURRENT))
            if row is None:
                raise ServiceError(ErrorCode.OFFICE_SUBMISSION_NOT_FOUND, year=year,
                                   org=office.name_ru, office=office_id)
            return row

        return self._withdraw(pick, reason, user, f"paper office {office_id}")

    def _withdraw(self, pick: Callable[[Session], HeldRow], reason: str, user: str | None,
                  what: str) -> Withdrawal:
        text = " ".join(reason.split())
        if not text:
            raise ServiceError(ErrorCode.WITHDRAW_REASON_REQUIRED)
        who = current_user() if user is None else user

        def work(s: Session) -> tuple[int, int, int | None]:
            row = pick(s)
            self._withdraw_row(s, row, text[:2000], who)
            restored = self._restore(s, row.org_key, row.reporting_year, who)
            return row.reporting_year, row.id, restored.id if restored is not None else None

        year, withdrawn_id, restored_id = self.ws.write(work)
        log.info("submission withdrawn: year %s, %s; restored: %s", year, what,
                 "yes" if restored_id is not None else "no")
        by_id = {h.id: h for h in self.submissions(year, include_superseded=True)}
        return Withdrawal(by_id[withdrawn_id],
                          by_id[restored_id] if restored_id is not None else None)

    def _withdraw_row(self, s: Session, row: HeldRow, reason: str, user: str) -> None:
        now = self.clock()
        row.status, row.withdrawn_at, row.withdrawn_reason = WITHDRAWN, now, reason
        s.add(EventRow(imported_submission_id=row.id, at=now, user=user, action="withdraw",
                       reason=reason))

    def _restore(self, s: Session, key: str, year: int, user: str) -> HeldRow | None:
        """With no current version left for an organisation and year, the newest superseded
        one (never a withdrawn one) becomes current again."""
        s.flush()
        if s.scalar(select(HeldRow.id).where(HeldRow.org_key == key,
                                             HeldRow.reporting_year == year,
                                             HeldRow.status == CURRENT).limit(1)):
            return None
        row = s.scalars(select(HeldRow).where(
            HeldRow.org_key == key, HeldRow.reporting_year == year,
            HeldRow.status == SUPERSEDED).order_by(HeldRow.version.desc(),
                                                   HeldRow.id.desc())).first()
        if row is not None:
            row.status, row.superseded_at = CURRENT, None
            s.add(EventRow(imported_submission_id=row.id, at=self.clock(), user=user,
                           action="restore", reason=""))
        return row

    def office_contacts(self) -> list[OfficeContact]:
        """The organisations of the registered keys, one per organisation, with the contact
        of its newest registration that gave one (completeness: whom to remind)."""
        out: dict[str, OfficeContact] = {}
        for signer in sorted(self.signers(), key=lambda x: x.approved_at):
            o = signer.organisation
            key = org_key(o)
            held = out.get(key)
            fps = (*(held.fingerprints if held else ()), signer.fingerprint)
            contact = OfficeContact(key, o.name_kk, o.name_ru, o.region, tuple(o.kinds),
                                    o.contact_person, o.phone, o.email, fingerprints=fps)
            if held is not None and held.has_contact and not contact.has_contact:
                contact = OfficeContact(key, held.name_kk, held.name_ru, held.region,
                                        held.kinds, held.contact_person, held.phone,
                                        held.email, fingerprints=fps)
            out[key] = contact
        return list(out.values())

    def refused_files(self, year: int | None = None) -> list[RefusedFile]:
        """The bundles received and not accepted (refused, or waiting in quarantine), with
        the office and year they name: from the manifest of the stored file (readable without
        a key), else from the file's name (``kzth-2025-KZ-11-1a2b3c4d-v1.kzth``) and the key
        it names; those of ``year`` (and those whose year cannot be read) if given."""
        signers = {s.fingerprint: s for s in self.signers()}
        out = []
        for r in self.receipts():
            if r.kind != "bundle" or r.result not in (ImportResult.REJECTED,
                                                      ImportResult.QUARANTINED):
                continue
            found = self._named_by(r, signers)
            if year is not None and found.year not in (None, year):
                continue
            out.append(found)
        return out

    def _named_by(self, r: Receipt, signers: Mapping[str, SignerInfo]) -> RefusedFile:
        reason = (LocalizedText(kk=reason_message(r.reason, "kk", r.params),
                                ru=reason_message(r.reason, "ru", r.params))
                  if r.reason is not None else LocalizedText(kk="", ru=""))
        base = RefusedFile(r.id, Path(r.name).name, r.result is ImportResult.QUARANTINED,
                           reason, r.received_at, None)
        try:
            m = formats.open_envelope(self.store.get(r.sha256)).manifest
        except (formats.FormatError, ServiceError, OSError, ValueError, KeyError):
            m = None
        if m is not None:
            signer = signers.get(m.sender_fingerprint)
            org = signer.organisation if signer is not None else m.sender
            return dataclasses.replace(base, year=m.reporting_year, region=org.region,
                                       kinds=tuple(org.kinds), org_key=org_key(org),
                                       fingerprint=m.sender_fingerprint)
        named = BUNDLE_NAME.search(Path(r.name).name)
        if named is None:
            return base
        year, region, prefix = int(named[1]), named[2], named[3]
        signer = next((s for fp, s in signers.items() if fp.startswith(prefix)), None)
        if signer is not None and signer.organisation.region == region:
            org = signer.organisation
            return dataclasses.replace(base, year=year, region=region, kinds=tuple(org.kinds),
                                       org_key=org_key(org), fingerprint=signer.fingerprint)
        return dataclasses.replace(base, year=year, region=region, fingerprint=prefix)

    # --- import --------------------------------------------------------------------------------
    def import_paths(self, paths: Iterable[Path | str], passphrase: str, *,
                     progress: Progress | None = None) -> ImportReport:
        """Imports files and folders (their ``*.kzth`` files), one outcome per file, in order.
        ``progress(done, total, outcome)`` may return False to stop (files not yet read are
        then not received at all). A wrong passphrase refuses the batch before any file."""
        with import_lock(self.ws):
            importer = self._batch(passphrase)
            files = list(expand_paths(paths))
            outcomes = []
            for n, path in enumerate(files, 1):
                outcome = importer.import_path(path)
                log_outcome(outcome)
                outcomes.append(outcome)
                if progress is not None and progress(n, len(files), outcome) is False:
                    return ImportReport(tuple(outcomes), cancelled=n < len(files))
            return ImportReport(tuple(outcomes))

    def import_data(self, data: bytes, passphrase: str, *, name: str = "") -> ImportOutcome:
        with import_lock(self.ws):
            outcome = self._batch(passphrase).import_bytes(name, data)
        log_outcome(outcome)
        return outcome

    def release_quarantined(self, passphrase: str,
                            fingerprint: str | None = None) -> tuple[ImportOutcome, ...]:
        """Decides the quarantined bundles whose signer is now registered (or revoked)."""

        def work(s: Session) -> list[ReceiptRow]:
            query = select(ReceiptRow).where(
                ReceiptRow.result == ImportResult.QUARANTINED.value,
                ReceiptRow.sender_fingerprint.in_(select(SignerRow.fingerprint)))
            if fingerprint is not None:
                query = query.where(ReceiptRow.sender_fingerprint == fingerprint)
            return list(s.scalars(query.order_by(ReceiptRow.id)))

        rows = self.ws.read(lambda s: [(r.id, r.name, r.sha256) for r in work(s)])
        if not rows:
            return ()
        with import_lock(self.ws):
            importer = self._batch(passphrase)
            outcomes = tuple(importer.redecide(*row) for row in rows)
        for outcome in outcomes:
            log_outcome(outcome, "released from quarantine")
        return outcomes

    def _quarantined_count(self, fingerprint: str | None = None) -> int:
        def work(s: Session) -> int:
            query = select(func.count(ReceiptRow.id)).where(
                ReceiptRow.result == ImportResult.QUARANTINED.value)
            if fingerprint is not None:
                query = query.where(ReceiptRow.sender_fingerprint == fingerprint)
            return int(s.scalar(query) or 0)

        return self.ws.read(work)

    # --- what is held --------------------------------------------------------------------------
    def receipts(self) -> list[Receipt]:
        return self.ws.read(lambda s: [_receipt(r) for r in s.scalars(
            select(ReceiptRow).order_by(ReceiptRow.id))])

    def received_file(self, sha256: str) -> bytes:
        """A received file, unchanged (to verify again, or to hand on)."""
        return self.store.get(sha256)

    def submissions(self, year: int | None = None, *,
                    include_superseded: bool = False) -> list[HeldSubmission]:
        """The submissions held (current ones unless ``include_superseded``, which gives the
        superseded and withdrawn ones too), by region, organisation and version. Only current
        ones count: a withdrawn submission is never current."""

        def work(s: Session) -> list[HeldSubmission]:
            # outer joins: a paper submission has no signer and no file (issue 18)
            query = (select(HeldRow, SignerRow.fingerprint, ReceiptRow.sha256)
                     .outerjoin(SignerRow, HeldRow.signer_id == SignerRow.id)
                     .outerjoin(ReceiptRow, HeldRow.received_file_id == ReceiptRow.id))
            if year is not None:
                query = query.where(HeldRow.reporting_year == year)
            if not include_superseded:
                query = query.where(HeldRow.status == CURRENT)
            query = query.order_by(HeldRow.reporting_year, HeldRow.region, HeldRow.name_ru,
                                   HeldRow.version)
            return [
                HeldSubmission(
                    r.id, fp or "", formats.OrgInfo(r.name_kk, r.name_ru, r.region,
                                                    tuple(r.kinds or ())),
                    r.reporting_year, r.version, r.status, r.annex_version, r.created_at,
                    r.imported_at, r.superseded_at, answers, dict(r.audit_summary or {}),
                    sha or "", bool(r.suspect), r.withdrawn_at, r.withdrawn_reason or "",
                    revision, earlier, r.source or "bundle", tuple(r.keyers or ()))
                for r, fp, sha in s.execute(query).all()
                for revision, answers, earlier in [self._read_held(r)]
            ]

        return self.ws.read(work)


    def _read_held(self, r: HeldRow) -> tuple[int | None, Any, tuple[EarlierAnswer, ...]]:
        """A held submission's definition revision, its answers in this definition's ids
        and what was kept aside (annex/upgrades.py); the stored text itself is not changed."""
        upgrades = shipped_upgrades(self.annex)
        revision = upgrades.revision_of(r.annex_version)
        answers = _stored_answers(r.answers_json)
        if revision is None or revision == upgrades.revision or not isinstance(answers, dict):
            return revision, answers, ()
        read = upgrades.read(answers, revision)
        return revision, read.answers, read.earlier


def _stored_answers(text: str | None) -> Any:
    """A held submission's answers as stored; None when the text cannot be read (written by
    hand, damaged): the desk then skips that submission as unreadable and says so, instead of
    every command that reads the submissions failing on it."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None
