"""The coordinator's use cases: data requests, signers, and the import of bundles.

Import follows DESIGN §5 to the letter: each file is first stored unchanged (content-addressed)
whatever happens next; then the container is parsed strictly; the manifest must name this
coordinator's key as recipient; the signer must be registered (unknown: quarantine until its
key is approved) and not revoked; the signature and the payload hash must verify; the payload
must decrypt with this coordinator's key and repeat the manifest; the answers must validate
against the annex for the signer's kinds; and the version must be newer than any held for the
organisation and year. Every outcome is recorded with its reason; nothing raises out of the
importer, so one bad file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.validation import Rule, shipped_rules, validate_submission
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.container import MAX_FILE_SIZE
from kzth_desktop.exchange.reasons import (
    RESULT_MESSAGES,
    ImportReason,
    ImportResult,
    reason_message,
)
from kzth_desktop.services.errors import ErrorCode, FileRefusedError, ServiceError
from kzth_desktop.services.exchange import RequestInfo, info_of_row, request_info, request_row
from kzth_desktop.services.keys import KeyService, Unlocker
from kzth_desktop.services.received import ReceivedStore
from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage.models import DataRequest as RequestRow
from kzth_desktop.storage.models import ImportedSubmission as HeldRow
from kzth_desktop.storage.models import ReceivedFile as ReceiptRow
from kzth_desktop.storage.models import Signer as SignerRow
from kzth_desktop.storage.models import utcnow

log = logging.getLogger(__name__)
BUNDLE_SUFFIX = ".kzth"
CURRENT, SUPERSEDED = "current", "superseded"


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

    @property
    def display(self) -> str:
        return crypto.display_fingerprint(self.fingerprint)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What became of one received file."""

    file: str
    result: ImportResult
    reason: ImportReason | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    sha256: str | None = None
    sender_fingerprint: str | None = None
    org_name_kk: str = ""
    org_name_ru: str = ""
    region: str = ""
    reporting_year: int | None = None
    version: int | None = None
    replaced_version: int | None = None

    def message(self, lang: str) -> str:
        detail = reason_message(self.reason, lang, self.params) if self.reason else ""
        org = self.org_name_kk if lang == "kk" else self.org_name_ru
        return RESULT_MESSAGES[self.result].get(lang).format(
            detail=detail, org=org, year=self.reporting_year, version=self.version,
            replaced=self.replaced_version)

    def to_json(self, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "sha256": self.sha256}
        if self.reason is not None:
            out["reason"] = self.reason.value
        if self.sender_fingerprint:
            out["fingerprint"] = crypto.display_fingerprint(self.sender_fingerprint)
        if self.reporting_year is not None:
            out.update(org=self.org_name_kk if lang == "kk" else self.org_name_ru,
                       region=self.region, year=self.reporting_year, version=self.version)
        if self.replaced_version is not None:
            out["replaced_version"] = self.replaced_version
        out["message"] = self.message(lang)
        return out


@dataclass(frozen=True, slots=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]
    cancelled: bool = False

    def of(self, result: ImportResult) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if o.result is result)

    @property
    def ok(self) -> bool:
        return not self.of(ImportResult.REJECTED)

    def to_json(self, lang: str) -> dict[str, Any]:
        """``{"accepted": […], "superseded": […], "duplicate": […], "quarantined": […],
        "rejected": [{"file", "reason", "message", …}]}`` (DESIGN §9)."""
        return {r.value: [o.to_json(lang) for o in self.of(r)] for r in ImportResult}


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


# --- helpers -------------------------------------------------------------------------------------


def org_key(org: formats.OrgInfo) -> str:
    """Which organisation a key speaks for (versions are compared per organisation and year,
    so a key registered anew after a loss continues the same history)."""
    name = " ".join(org.name_ru.split()).casefold()
    return f"{org.region}|{name}"


def _signer_info(row: SignerRow) -> SignerInfo:
    org = formats.OrgInfo(row.name_kk, row.name_ru, row.region, tuple(row.kinds or ()),
                          row.contact_person, row.phone, row.email)
    return SignerInfo(row.fingerprint, org, row.registered_at, row.approved_at, row.revoked_at)


def _receipt(row: ReceiptRow) -> Receipt:
    return Receipt(row.id, row.sha256, row.name, row.size, row.kind, row.received_at,
                   ImportResult(row.result), ImportReason(row.reason) if row.reason else None,
                   dict(row.params or {}), row.sender_fingerprint, row.decided_at)


def _ts(value: dt.datetime | None) -> str:
    return value.replace(microsecond=0).isoformat() if value else ""


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files as given; folders → their ``*.kzth`` files (recursively, sorted by path)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*")
                              if f.is_file() and f.suffix.lower() == BUNDLE_SUFFIX)
        else:
            yield path


Progress = Callable[[int, int, ImportOutcome], "bool | None"]


@dataclass(frozen=True, slots=True)
class _SignerKey:
    id: int
    fingerprint: str
    public_key: bytes
    org_key: str
    kinds: tuple[str, ...]
    revoked_at: dt.datetime | None


def _signer_key(row: SignerRow | None) -> _SignerKey | None:
    if row is None:
        return None
    return _SignerKey(row.id, row.fingerprint, row.public_key, row.org_key,
                      tuple(row.kinds or ()), row.revoked_at)


@dataclass
class _Verdict:
    """The checks' outcome for one bundle, before the database is touched."""

    result: ImportResult
    reason: ImportReason | None = None
    params: dict[str, Any] = field(default_factory=dict)
    manifest: formats.BundleManifest | None = None
    signer: _SignerKey | None = None
    payload: formats.SubmissionPayload | None = None


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
            deadline=deadline or formats.add_months(issued), annex_version=self.annex.version.id,
            coordinator=formats.OrgInfo(profile.name_kk, profile.name_ru),
            signing_key=crypto.public_raw(signing),
            encryption_key=self.keys.key("encryption").public_key,
            expected=tuple(expected),
        )
        data = formats.build_request(doc, signing)
        self.ws.write(lambda s: s.add(request_row(doc, data, "issued")))
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
            return RegistrationPreview(doc.fingerprint, doc.organisation, doc.created_at,
                                       _signer_info(known) if known else None,
                                       tuple(_signer_info(r) for r in same))

        return self.ws.read(work)

    def _read_registration(self, data: bytes, name: str) -> formats.RegistrationDoc:
        try:
            return formats.read_registration(data)
        except formats.FormatError as exc:
            raise FileRefusedError(name, exc.reason, **exc.params) from None

    def add_signer(self, data: bytes, *, passphrase: str | None = None,
                   name: str = "") -> SignerAdded:
        """Approves the key of a registration file (call after the fingerprint was confirmed
        by phone). The file is stored. Bundles of this key waiting in quarantine are imported
        now if ``passphrase`` is given, else they wait for :meth:`release_quarantined`."""
        doc = self._read_registration(data, name)
        digest = self.store.put(data)

        def work(s: Session) -> tuple[SignerInfo, bool]:
            s.add(ReceiptRow(sha256=digest, name=name, size=len(data), kind="registration",
                             result=ImportResult.ACCEPTED.value, params={},
                             sender_fingerprint=doc.fingerprint, decided_at=self.clock()))
            row = s.scalar(select(SignerRow).where(SignerRow.fingerprint == doc.fingerprint))
            if row is not None:
                if row.revoked_at is not None:
                    raise ServiceError(ErrorCode.SIGNER_REVOKED,
                                       fingerprint=crypto.display_fingerprint(row.fingerprint),
                                       revoked_at=_ts(row.revoked_at))
                return _signer_info(row), True
            o = doc.organisation
            row = SignerRow(
                fingerprint=doc.fingerprint, public_key=doc.signing_key,
                org_key=org_key(o), name_kk=o.name_kk, name_ru=o.name_ru, region=o.region,
                kinds=list(o.kinds), contact_person=o.contact_person, phone=o.phone,
                email=o.email, registered_at=doc.created_at, approved_at=self.clock(),
                registration_sha256=digest,
            )
            s.add(row)
            s.flush()
            return _signer_info(row), False

        signer, already = self.ws.write(work)
        released: tuple[ImportOutcome, ...] = ()
        if passphrase is not None:
            released = self.release_quarantined(passphrase, fingerprint=signer.fingerprint)
        waiting = self._quarantined_count(signer.fingerprint)
        return SignerAdded(signer, already, released, waiting)

    def signers(self) -> list[SignerInfo]:
        return self.ws.read(lambda s: [_signer_info(r) for r in s.scalars(
            select(SignerRow).order_by(SignerRow.region, SignerRow.name_ru, SignerRow.id))])

    def find_signer(self, fingerprint: str) -> SignerInfo:
        for signer in self.signers():
            if crypto.fingerprint_matches(fingerprint, signer.fingerprint):
                return signer
        raise ServiceError(ErrorCode.SIGNER_NOT_FOUND, fingerprint=fingerprint)

    def revoke_signer(self, fingerprint: str) -> SignerInfo:
        """Revokes a key (given as shown, ``K7QF 2M9X …``, or as hex); bundles signed by it
        are refused from now on. Already revoked: unchanged."""
        found = self.find_signer(fingerprint)

        def work(s: Session) -> SignerInfo:
            row = s.scalar(select(SignerRow).where(SignerRow.fingerprint == found.fingerprint))
            assert row is not None
            if row.revoked_at is None:
                row.revoked_at = self.clock()
            return _signer_info(row)

        return self.ws.write(work)

    # --- import --------------------------------------------------------------------------------
    def import_paths(self, paths: Iterable[Path | str], passphrase: str, *,
                     progress: Progress | None = None) -> ImportReport:
        """Imports files and folders (their ``*.kzth`` files), one outcome per file, in order.
        ``progress(done, total, outcome)`` may return False to stop (files not yet read are
        then not received at all). A wrong passphrase refuses the batch before any file."""
        importer = _Importer(self, passphrase)
        files = list(expand_paths(paths))
        outcomes = []
        for n, path in enumerate(files, 1):
            outcome = importer.import_path(path)
            outcomes.append(outcome)
            if progress is not None and progress(n, len(files), outcome) is False:
                return ImportReport(tuple(outcomes), cancelled=n < len(files))
        return ImportReport(tuple(outcomes))

    def import_data(self, data: bytes, passphrase: str, *, name: str = "") -> ImportOutcome:
        return _Importer(self, passphrase).import_bytes(name, data)

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
        importer = _Importer(self, passphrase)
        return tuple(importer.redecide(*row) for row in rows)

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
        """The submissions held (current ones unless ``include_superseded``), by region,
        organisation and version."""

        def work(s: Session) -> list[HeldSubmission]:
            query = (select(HeldRow, SignerRow.fingerprint, ReceiptRow.sha256)
                     .join(SignerRow, HeldRow.signer_id == SignerRow.id)
                     .join(ReceiptRow, HeldRow.received_file_id == ReceiptRow.id))
            if year is not None:
                query = query.where(HeldRow.reporting_year == year)
            if not include_superseded:
                query = query.where(HeldRow.status == CURRENT)
            query = query.order_by(HeldRow.reporting_year, HeldRow.region, HeldRow.name_ru,
                                   HeldRow.version)
            return [
                HeldSubmission(
                    r.id, fp, formats.OrgInfo(r.name_kk, r.name_ru, r.region,
                                              tuple(r.kinds or ())),
                    r.reporting_year, r.version, r.status, r.annex_version, r.created_at,
                    r.imported_at, r.superseded_at, json.loads(r.answers_json),
                    dict(r.audit_summary or {}), sha)
                for r, fp, sha in s.execute(query).all()
            ]

        return self.ws.read(work)


class _Importer:
    """One batch: the passphrase is checked once, and private keys are opened once."""

    def __init__(self, svc: CoordinationService, passphrase: str) -> None:
        self.svc = svc
        self.ws = svc.ws
        self.unlock = Unlocker(passphrase)
        self.own = list(svc.keys.encryption_fingerprints())
        if not self.own:
            raise ServiceError(ErrorCode.NO_KEYS)
        self._private: dict[str, X25519PrivateKey] = {}
        self._private[self.own[0]] = svc.keys.encryption_key(self.unlock, self.own[0])
        # read once per batch (a batch of 2,000 bundles must take seconds): the files already
        # received, and the registered signers as they are when the batch starts
        self._seen: set[str] = set(self.ws.read(lambda s: s.scalars(
            select(ReceiptRow.sha256).where(ReceiptRow.kind == "bundle")).all()))
        self._signers: dict[str, _SignerKey] = self.ws.read(lambda s: {
            r.fingerprint: k for r in s.scalars(select(SignerRow))
            if (k := _signer_key(r)) is not None})

    # --- entry points --------------------------------------------------------------------------
    def import_path(self, path: Path) -> ImportOutcome:
        name = str(path)
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_FILE_SIZE + 1)
        except OSError as exc:
            return ImportOutcome(name, ImportResult.REJECTED, ImportReason.FILE_UNREADABLE,
                                 {"detail": exc.strerror or str(exc)})
        if len(data) > MAX_FILE_SIZE:  # refused unread: the file stays where it is
            return ImportOutcome(name, ImportResult.REJECTED, ImportReason.FILE_TOO_LARGE,
                                 {"size": path.stat().st_size, "limit": MAX_FILE_SIZE})
        return self.import_bytes(name, data)

    def import_bytes(self, name: str, data: bytes) -> ImportOutcome:
        try:
            digest = self.svc.store.put(data)  # first of all: nothing handed in is lost
        except Exception as exc:  # noqa: BLE001 - reported, never raised
            log.exception("storing %s failed", name)
            return ImportOutcome(name, ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                                 {"detail": f"not stored: {exc}"})
        try:
            if digest in self._seen:
                verdict = _Verdict(ImportResult.DUPLICATE)
            else:
                verdict = self._check(data)
        except Exception as exc:  # noqa: BLE001
            log.exception("checking %s failed", name)
            verdict = _Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                               {"detail": f"{type(exc).__name__}: {exc}"})
        outcome = self._record(name, data, digest, verdict, None)
        self._seen.add(digest)
        return outcome

    def redecide(self, receipt_id: int, name: str, digest: str) -> ImportOutcome:
        try:
            data = self.svc.store.get(digest)
            verdict = self._check(data)
        except Exception as exc:  # noqa: BLE001
            log.exception("checking %s again failed", name)
            verdict = _Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                               {"detail": f"{type(exc).__name__}: {exc}"})
            data = b""
        return self._record(name, data, digest, verdict, receipt_id)

    # --- the checks, in the order of DESIGN §5 ----------------------------------------------------
    def _check(self, data: bytes) -> _Verdict:
        try:
            env = formats.open_envelope(data)
        except formats.FormatError as exc:
            return _Verdict(ImportResult.REJECTED, exc.reason, dict(exc.params))
        m = env.manifest
        v = _Verdict(ImportResult.REJECTED, manifest=m)
        if m.recipient_fingerprint not in self.own:
            return self._refuse(v, ImportReason.WRONG_RECIPIENT,
                                recipient=_display(m.recipient_fingerprint))
        signer = self._signers.get(m.sender_fingerprint)
        try:
            if signer is None:
                formats.verify_envelope(env, m.sender_key)  # intact, at least
                v.result, v.reason = ImportResult.QUARANTINED, ImportReason.UNKNOWN_SIGNER
                v.params = {"fingerprint": _display(m.sender_fingerprint),
                            "org": m.sender.name_ru}
                return v
            if signer.revoked_at is not None:
                return self._refuse(v, ImportReason.SIGNER_REVOKED,
                                    fingerprint=_display(signer.fingerprint),
                                    revoked_at=_ts(signer.revoked_at))
            formats.verify_envelope(env, signer.public_key)
            if m.annex_version != self.svc.annex.version.id:
                return self._refuse(v, ImportReason.ANNEX_VERSION_UNKNOWN,
                                    annex_version=m.annex_version)
            payload = formats.decrypt_envelope(env, self._key(m.recipient_fingerprint))
        except formats.FormatError as exc:
            return self._refuse(v, exc.reason, **exc.params)
        report = validate_submission(self.svc.annex, list(signer.kinds), payload.answers,
                                     rules=self.svc.rules)
        if not report.ok:
            first = report.problems[0]
            return self._refuse(v, ImportReason.ANSWERS_INVALID, count=len(report.problems),
                                first=f"{first.field_id} ({first.code.value})")
        v.result, v.signer, v.payload = ImportResult.ACCEPTED, signer, payload
        return v

    @staticmethod
    def _refuse(v: _Verdict, reason: ImportReason, **params: Any) -> _Verdict:
        v.result, v.reason, v.params = ImportResult.REJECTED, reason, params
        return v

    def _key(self, fingerprint: str) -> X25519PrivateKey:
        key = self._private.get(fingerprint)
        if key is None:
            key = self.svc.keys.encryption_key(self.unlock, fingerprint)
            self._private[fingerprint] = key
        return key

    # --- recording -----------------------------------------------------------------------------
    def _record(self, name: str, data: bytes, digest: str, verdict: _Verdict,
                receipt_id: int | None) -> ImportOutcome:
        """One transaction: the receipt, and for an accepted bundle the version check (here,
        so that two imports cannot both win), the new submission and the superseded one."""
        m = verdict.manifest

        def work(s: Session) -> ImportOutcome:
            now = self.svc.clock()
            if receipt_id is None:
                row = ReceiptRow(sha256=digest, name=name, size=len(data), kind="bundle",
                                 received_at=now, params={})
                s.add(row)
            else:
                found = s.get(ReceiptRow, receipt_id)
                assert found is not None
                row = found
            row.reason = verdict.reason.value if verdict.reason else None
            row.params = _jsonable(verdict.params)
            row.sender_fingerprint = m.sender_fingerprint if m is not None else None
            row.decided_at = now
            row.result = verdict.result.value
            s.flush()
            replaced: int | None = None
            if verdict.result is ImportResult.ACCEPTED:
                assert m is not None
                replaced = self._hold(s, verdict, m, row.id)  # _NotNewerError: rolled back
                row.result = verdict.result.value
            return self._outcome(name, digest, verdict, replaced)

        try:
            return self.ws.write(work)
        except _NotNewerError as exc:
            verdict = _Verdict(ImportResult.REJECTED, ImportReason.NOT_NEWER,
                               {"year": m.reporting_year if m else None,
                                "version": m.version if m else None, "held": exc.held},
                               manifest=m)
            return self._record(name, data, digest, verdict, receipt_id)
        except Exception as exc:  # noqa: BLE001
            log.exception("recording %s failed", name)
            verdict = _Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                               {"detail": f"{type(exc).__name__}: {exc}"}, manifest=m)
            return self._outcome(name, digest, verdict, None)

    def _hold(self, s: Session, verdict: _Verdict, m: formats.BundleManifest,
              receipt_id: int) -> int | None:
        """Adds the accepted submission; the one held before becomes superseded."""
        signer = verdict.signer
        payload = verdict.payload
        assert signer is not None and payload is not None
        key = signer.org_key
        held = s.scalar(select(func.max(HeldRow.version)).where(
            HeldRow.org_key == key, HeldRow.reporting_year == m.reporting_year))
        if held is not None and m.version <= held:
            raise _NotNewerError(held)
        now = self.svc.clock()
        replaced = None
        for old in s.scalars(select(HeldRow).where(
                HeldRow.org_key == key, HeldRow.reporting_year == m.reporting_year,
                HeldRow.status == CURRENT)):
            old.status, old.superseded_at = SUPERSEDED, now
            replaced = old.version
        if replaced is not None:
            verdict.result = ImportResult.SUPERSEDED
        org = payload.organisation
        s.add(HeldRow(
            signer_id=signer.id, received_file_id=receipt_id, org_key=key, name_kk=org.name_kk, name_ru=org.name_ru,
            region=org.region, kinds=list(signer.kinds), reporting_year=m.reporting_year,
            version=m.version, annex_version=m.annex_version, created_at=m.created_at,
            imported_at=now, status=CURRENT,
            answers_json=json.dumps(dict(payload.answers), ensure_ascii=False,
                                    separators=(",", ":")),
            audit_summary=_jsonable(dict(payload.audit_summary)),
        ))
        return replaced

    def _outcome(self, name: str, digest: str, verdict: _Verdict,
                 replaced: int | None) -> ImportOutcome:
        m = verdict.manifest
        return ImportOutcome(
            file=name, result=verdict.result, reason=verdict.reason,
            params=dict(verdict.params), sha256=digest,
            sender_fingerprint=m.sender_fingerprint if m else None,
            org_name_kk=m.sender.name_kk if m else "", org_name_ru=m.sender.name_ru if m else "",
            region=m.sender.region if m else "",
            reporting_year=m.reporting_year if m else None, version=m.version if m else None,
            replaced_version=replaced,
        )


class _NotNewerError(Exception):
    def __init__(self, held: int) -> None:
        self.held = held
        super().__init__(held)


def _display(fp: str) -> str:
    try:
        return crypto.display_fingerprint(fp)
    except ValueError:
        return fp[:64]


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
