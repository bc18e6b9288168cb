"""The coordinator's import of bundles: store each file first, judge it, record the verdict.

Each file is stored unchanged (content-addressed) whatever happens next; the verdict is
:func:`kzth_desktop.exchange.verdict.judge_bundle` (DESIGN §5, pure); this module only records
it: the receipt with its reason, and for an accepted bundle the submission held (the newer
version supersedes the one before, checked again in the same transaction). Nothing raises out
of the importer, so one bad file never stops a batch.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.upgrades import earlier_definition
from kzth_desktop.annex.validation import Rule
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.container import MAX_FILE_SIZE
from kzth_desktop.exchange.reasons import (
    RESULT_MESSAGES,
    ImportReason,
    ImportResult,
    reason_message,
)
from kzth_desktop.exchange.verdict import Holdings, KnownSigner, Verdict, judge_bundle
from kzth_desktop.services.errors import ErrorCode, ServiceError
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
CURRENT, SUPERSEDED, WITHDRAWN = "current", "superseded", "withdrawn"
LOCK_NAME = "import.lock"


def safe_name(name: str) -> str:
    """A file name as it can be stored and printed: a name that is not valid UTF-8 (bytes
    decoded with ``surrogateescape``, or a lone surrogate) keeps its bytes as ``\\xNN``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape") if all(
            not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name
        ) else name.encode("utf-8", "surrogatepass")
        return raw.decode("utf-8", "backslashreplace")


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "fifo"),
                       (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return kind
    return "special file"


@contextlib.contextmanager
def import_lock(ws: Workspace) -> Iterator[None]:
    """One import at a time in a folder workspace: a second one is told "another import is
    running" at once (``import_running``) instead of waiting on the database. The lock is an
    advisory lock on ``<workspace>/import.lock``, released by the system if the process dies.
    A workspace that is a database URL has no folder: there the duplicate check inside each
    write transaction is what keeps two importers consistent."""
    if ws.folder is None:
        yield
        return
    path = ws.folder / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            _lock(fd)
        except OSError:
            raise ServiceError(ErrorCode.IMPORT_RUNNING, path=str(ws.folder)) from None
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


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
    # accepted from a bundle of an earlier definition of the annex (its revision), else None
    earlier_revision: int | None = None

    def message(self, lang: str) -> str:
        detail = reason_message(self.reason, lang, self.params) if self.reason else ""
        org = self.org_name_kk if lang == "kk" else self.org_name_ru
        text = RESULT_MESSAGES[self.result].get(lang).format(
            detail=detail, org=org, year=self.reporting_year, version=self.version,
            replaced=self.replaced_version)
        if self.earlier_revision is not None:
            text += f" ({earlier_definition(self.earlier_revision, lang)})"
        return text

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
        if self.earlier_revision is not None:
            out["definition_revision"] = self.earlier_revision
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


def log_outcome(outcome: ImportOutcome, how: str = "imported") -> None:
    """One log line per file received: its outcome, reason code, name and digest prefix, the
    year and version it claims — never what it carries."""
    log.info("bundle %s: %s%s; file %s; sha256 %s; year %s; version %s", how,
             outcome.result.value, f" ({outcome.reason.value})" if outcome.reason else "",
             outcome.file, (outcome.sha256 or "-")[:12], outcome.reporting_year or "-",
             outcome.version or "-")


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


def _known_signer(row: SignerRow) -> KnownSigner:
    return KnownSigner(row.id, row.fingerprint, row.public_key, row.org_key,
                       tuple(row.kinds or ()), row.revoked_at, row.name_kk, row.name_ru,
                       row.region)


def counting_versions(s: Session) -> dict[tuple[str, int], int]:
    """(organisation key, year) → the newest version that still blocks older ones: of a
    submission not withdrawn, sent under a key not revoked (docs/bundle-format.md §7)."""
    query = (select(HeldRow.org_key, HeldRow.reporting_year, func.max(HeldRow.version))
             .join(SignerRow, HeldRow.signer_id == SignerRow.id)
             .where(HeldRow.status != WITHDRAWN, SignerRow.revoked_at.is_(None))
             .group_by(HeldRow.org_key, HeldRow.reporting_year))
    return {(key, int(year)): int(version) for key, year, version in s.execute(query).all()}


def stored_audit(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The audit summary as the coordinator keeps it: counts and times; of ``users`` only how
    many there were (no free text from a bundle is kept where a name could hide)."""
    out = {k: v for k, v in summary.items() if k != "users"}
    if "users" in summary:
        out["users"] = len(summary["users"])
    return out


class BundleImport:
    """One batch: the passphrase is checked once, private keys are opened once, and what the
    coordinator holds (files received, signers, versions held) is read once."""

    def __init__(self, ws: Workspace, keys: KeyService, store: ReceivedStore, annex: Annex,
                 rules: Sequence[Rule], passphrase: str, *,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.ws = ws
        self.keys = keys
        self.store = store
        self.clock = clock
        self.unlock = Unlocker(passphrase)
        own = list(keys.encryption_fingerprints())
        if not own:
            raise ServiceError(ErrorCode.NO_KEYS)
        self._private: dict[str, X25519PrivateKey] = {}
        self._private[own[0]] = keys.encryption_key(self.unlock, own[0])
        # read once per batch (a batch of 2,000 bundles must take seconds): the files already
        # received, the registered signers as they are when the batch starts, the versions held
        self._seen: set[str] = set(self.ws.read(lambda s: s.scalars(
            select(ReceiptRow.sha256).where(ReceiptRow.kind == "bundle")).all()))
        signers: dict[str, KnownSigner] = self.ws.read(lambda s: {
            r.fingerprint: _known_signer(r) for r in s.scalars(select(SignerRow))})
        self._held: dict[tuple[str, int], int] = self.ws.read(counting_versions)
        requests: dict[str, int] = self.ws.read(lambda s: {
            rid: int(year) for rid, year in s.execute(
                select(RequestRow.request_id, RequestRow.reporting_year)
                .where(RequestRow.direction == "issued")).all()})
        self.holdings = Holdings(annex, tuple(rules), tuple(own), signers, self._key,
                                 self._seen, self._held, requests)

    # --- entry points --------------------------------------------------------------------------
    def import_path(self, path: Path) -> ImportOutcome:
        """One file: ``stat`` first (a FIFO, a device or a folder is refused without being
        opened for reading, so nothing blocks), then read; a file over the size limit is
        stored unread and refused (``file_too_large``)."""
        name = safe_name(str(path))
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return self._refused_unread(name, ImportReason.NOT_REGULAR_FILE,
                                            {"kind": _file_kind(info.st_mode)})
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
            with os.fdopen(fd, "rb") as f:
                info = os.fstat(f.fileno())  # the file opened is the one checked
                if not stat.S_ISREG(info.st_mode):
                    return self._refused_unread(name, ImportReason.NOT_REGULAR_FILE,
                                                {"kind": _file_kind(info.st_mode)})
                if info.st_size > MAX_FILE_SIZE:
                    return self._too_large(name, f, info.st_size)
                data = f.read(MAX_FILE_SIZE + 1)
                if len(data) > MAX_FILE_SIZE:  # it grew while being read
                    f.seek(0)
                    return self._too_large(name, f, os.fstat(f.fileno()).st_size)
        except (OSError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate
            detail = exc.strerror if isinstance(exc, OSError) else None
            return self._refused_unread(name, ImportReason.FILE_UNREADABLE,
                                        {"detail": safe_name(detail or str(exc))[:200]})
        return self.import_bytes(name, data)

    def _refused_unread(self, name: str, reason: ImportReason,
                        params: Mapping[str, Any]) -> ImportOutcome:
        return ImportOutcome(name, ImportResult.REJECTED, reason, dict(params))

    def _too_large(self, name: str, f: Any, size: int) -> ImportOutcome:
        """Stored unchanged (copied, never parsed), then refused: nothing handed in is lost."""
        verdict = Verdict(ImportResult.REJECTED, ImportReason.FILE_TOO_LARGE,
                          {"size": size, "limit": MAX_FILE_SIZE})
        try:
            digest, stored_size = self.store.put_stream(f)
        except Exception as exc:  # noqa: BLE001 - reported, never raised
            log.exception("storing %s failed", name)
            return ImportOutcome(name, ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                                 {"detail": f"not stored: {exc}"})
        outcome = self._record(name, b"", digest, verdict, None, size=stored_size)
        self._seen.add(digest)
        return outcome

    def import_bytes(self, name: str, data: bytes) -> ImportOutcome:
        name = safe_name(name)
        try:
            digest = self.store.put(data)  # first of all: nothing handed in is lost
        except Exception as exc:  # noqa: BLE001 - reported, never raised
            log.exception("storing %s failed", name)
            return ImportOutcome(name, ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                                 {"detail": f"not stored: {exc}"})
        try:
            verdict = judge_bundle(data, self.holdings, digest=digest)
        except Exception as exc:  # noqa: BLE001
            log.exception("checking %s failed", name)
            verdict = Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                              {"detail": f"{type(exc).__name__}: {exc}"})
        outcome = self._record(name, data, digest, verdict, None)
        self._seen.add(digest)
        return outcome

    def redecide(self, receipt_id: int, name: str, digest: str) -> ImportOutcome:
        """A quarantined file judged again (it is among the files received: no duplicate)."""
        try:
            data = self.store.get(digest)
            verdict = judge_bundle(data, replace(self.holdings, received=frozenset()))
        except Exception as exc:  # noqa: BLE001
            log.exception("checking %s again failed", name)
            verdict = Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                              {"detail": f"{type(exc).__name__}: {exc}"})
            data = b""
        return self._record(name, data, digest, verdict, receipt_id)

    def _key(self, fingerprint: str) -> X25519PrivateKey:
        key = self._private.get(fingerprint)
        if key is None:
            key = self.keys.encryption_key(self.unlock, fingerprint)
            self._private[fingerprint] = key
        return key

    # --- recording -----------------------------------------------------------------------------
    def _record(self, name: str, data: bytes, digest: str, verdict: Verdict,
                receipt_id: int | None, *, size: int | None = None) -> ImportOutcome:
        """One transaction: the receipt, and for an accepted bundle the version check (here,
        so that two imports cannot both win), the new submission and the superseded one.
        The duplicate check is made here too, inside the write transaction (which holds the
        database's write lock): a file another importer recorded meanwhile is a duplicate,
        never both accepted and refused."""
        m = verdict.manifest

        def work(s: Session) -> ImportOutcome:
            nonlocal verdict
            now = self.clock()
            if receipt_id is None:
                if verdict.result is not ImportResult.DUPLICATE and s.scalar(
                        select(ReceiptRow.id).where(ReceiptRow.sha256 == digest,
                                                    ReceiptRow.kind == "bundle").limit(1)):
                    verdict = Verdict(ImportResult.DUPLICATE)
                row = ReceiptRow(sha256=digest, name=name,
                                 size=len(data) if size is None else size, kind="bundle",
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
                assert verdict.signer is not None
                self._held[(verdict.signer.org_key, m.reporting_year)] = m.version
            return self._outcome(name, digest, verdict, replaced)

        judged, result = verdict, verdict.result
        try:
            for attempt in range(1, ONE_CURRENT_RETRIES + 1):
                try:
                    return self.ws.write(work)
                except (ServiceError, IntegrityError) as exc:
                    # another desk made its version current between our check and our
                    # insert, and the database refused a second current row (0009): read
                    # again, now seeing it (superseding it, or not newer than it)
                    if attempt == ONE_CURRENT_RETRIES or not _second_current(exc):
                        raise
                    verdict = judged
                    verdict.result = result
            raise AssertionError("unreachable")
        except _NotNewerError as exc:
            refused = Verdict(ImportResult.REJECTED, ImportReason.NOT_NEWER,
                              {"year": m.reporting_year if m else None,
                               "version": m.version if m else None, "held": exc.held},
                              manifest=m)
            return self._record(name, data, digest, refused, receipt_id, size=size)
        except Exception as exc:  # noqa: BLE001
            log.exception("recording %s failed", name)
            failed = Verdict(ImportResult.REJECTED, ImportReason.INTERNAL_ERROR,
                             {"detail": f"{type(exc).__name__}: {exc}"}, manifest=m)
            return self._outcome(name, digest, failed, None)

    def _hold(self, s: Session, verdict: Verdict, m: formats.BundleManifest,
              receipt_id: int) -> int | None:
        """Adds the accepted submission; the one held before becomes superseded."""
        signer = verdict.signer
        payload = verdict.payload
        assert signer is not None and payload is not None
        key = signer.org_key
        held = counting_versions_of(s, key, m.reporting_year)
        if held is not None and m.version <= held:
            raise _NotNewerError(held)
        now = self.clock()
        replaced = None
        # the current row is read (and on a server locked) again right before it is flipped:
        # a version another desk made current since the check above is never superseded by
        # an older one; one not yet committed makes our insert fail on the index of 0009,
        # and the file is recorded again (_record)
        currents = s.scalars(select(HeldRow).where(
            HeldRow.org_key == key, HeldRow.reporting_year == m.reporting_year,
            HeldRow.status == CURRENT).with_for_update()).all()
        signed = {old.signer_id for old in currents if old.signer_id is not None}
        revoked = set(s.scalars(select(SignerRow.id).where(
            SignerRow.id.in_(signed), SignerRow.revoked_at.is_not(None)))) if signed else set()
        # (a version of a revoked key still counts but no longer blocks, issue 15; a form
        # keyed from paper never blocks the office's own bundle, which supersedes it, issue 18)
        newest = max((old.version for old in currents
                      if old.signer_id is not None and old.signer_id not in revoked),
                     default=None)
        if newest is not None and m.version <= newest:
            raise _NotNewerError(newest)
        for old in currents:
            old.status, old.superseded_at = SUPERSEDED, now
            replaced = old.version
        if replaced is not None:
            verdict.result = ImportResult.SUPERSEDED
        # the identity approved for the key, never the one the payload claims
        s.add(HeldRow(
            signer_id=signer.id, received_file_id=receipt_id, org_key=key,
            name_kk=signer.name_kk, name_ru=signer.name_ru, region=signer.region,
            kinds=list(signer.kinds), reporting_year=m.reporting_year,
            version=m.version, annex_version=m.annex_version, created_at=m.created_at,
            imported_at=now, status=CURRENT,
            answers_json=json.dumps(dict(payload.answers), ensure_ascii=False,
                                    separators=(",", ":")),
            audit_summary=_jsonable(stored_audit(payload.audit_summary)),
            answers_return=payload.answers_return,
            corrections=[c.to_json() for c in payload.corrections],
        ))
        return replaced

    def _outcome(self, name: str, digest: str, verdict: Verdict,
                 replaced: int | None) -> ImportOutcome:
        m = verdict.manifest
        org = m.sender if m else None
        if verdict.signer is not None and verdict.result in (ImportResult.ACCEPTED,
                                                             ImportResult.SUPERSEDED):
            sg = verdict.signer  # what is held: the approved identity
            org = formats.OrgInfo(sg.name_kk, sg.name_ru, sg.region, sg.kinds)
        return ImportOutcome(
            file=name, result=verdict.result, reason=verdict.reason,
            params=dict(verdict.params), sha256=digest,
            sender_fingerprint=m.sender_fingerprint if m else None,
            org_name_kk=org.name_kk if org else "", org_name_ru=org.name_ru if org else "",
            region=org.region if org else "",
            reporting_year=m.reporting_year if m else None, version=m.version if m else None,
            replaced_version=replaced,
            earlier_revision=_earlier_revision(verdict),
        )


def _earlier_revision(verdict: Verdict) -> int | None:
    if verdict.result not in (ImportResult.ACCEPTED, ImportResult.SUPERSEDED):
        return None
    revision = verdict.params.get("earlier_revision")
    return revision if isinstance(revision, int) else None


def counting_versions_of(s: Session, org_key: str, year: int) -> int | None:
    """The newest version of one organisation and year that still blocks (see
    :func:`counting_versions`), read in the caller's transaction."""
    value = s.scalar(
        select(func.max(HeldRow.version)).join(SignerRow, HeldRow.signer_id == SignerRow.id)
        .where(HeldRow.org_key == org_key, HeldRow.reporting_year == year,
               HeldRow.status != WITHDRAWN, SignerRow.revoked_at.is_(None)))
    return None if value is None else int(value)


# how many times a file is recorded again when the database refuses a second current row
ONE_CURRENT_RETRIES = 3


def _second_current(exc: BaseException) -> bool:
    """Whether ``exc`` is the database refusing a second current submission of one office
    and year (index uq_imported_submission_current; SQLite names its columns instead)."""
    cause = exc if isinstance(exc, IntegrityError) else exc.__cause__
    text_ = str(cause)
    return isinstance(cause, IntegrityError) and (
        "uq_imported_submission_current" in text_
        or "imported_submission.org_key, imported_submission.reporting_year" in text_)


class _NotNewerError(Exception):
    def __init__(self, held: int) -> None:
        self.held = held
        super().__init__(held)


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))
