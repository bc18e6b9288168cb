"""The verdict on one received bundle (DESIGN §5), as one pure function of the file's bytes
and of what the coordinator holds: its own keys, the registered signers, the data requests it issued, the files
already received and the newest version held per organisation and year.

The checks, in order: the container is parsed strictly; the manifest must name one of this
coordinator's keys as recipient; the signer must be registered (unknown: quarantine until its
key is approved) and not revoked; the signature and the payload hash must verify; the organisation the bundle
names must be the one approved for its key (``identity_mismatch``); its request id and year must
be those of a request this coordinator issued (``unknown_request``); the annex
version must be known; the payload must decrypt and repeat the manifest; the answers must
validate for the signer's kinds (those of an earlier definition of the annex read through its
upgrade map, annex/upgrades.py, and not faulted for the fields it did not ask); the version must be newer than any held. Nothing here touches
a database: ``services/bundle_import.py`` stores the file first and records the verdict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.problems import ProblemCode, make_problem
from kzth_desktop.annex.upgrades import Upgrades, shipped_upgrades
from kzth_desktop.annex.validation import Rule, answer_bound_problems, validate_submission
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.names import tidy_name
from kzth_desktop.exchange.reasons import ImportReason, ImportResult


@dataclass(frozen=True, slots=True)
class KnownSigner:
    """A registered signer as the checks need it."""

    id: int
    fingerprint: str
    public_key: bytes
    org_key: str
    kinds: tuple[str, ...]
    revoked_at: dt.datetime | None
    # the identity approved for the key: an accepted bundle is this office's, whatever it says
    name_kk: str = ""
    name_ru: str = ""
    region: str = ""


@dataclass(frozen=True, slots=True)
class Holdings:
    """What the coordinator holds when it judges a file (read once per batch)."""

    annex: Annex
    rules: Sequence[Rule]
    own_fingerprints: Sequence[str]  # its encryption keys
    signers: Mapping[str, KnownSigner]  # by fingerprint
    private_key: Callable[[str], X25519PrivateKey]  # its decryption key, by fingerprint
    received: Set[str] = frozenset()  # SHA-256 (hex) of the bundles already received
    # (organisation key, reporting year) -> the newest version held that still counts: of a
    # submission not withdrawn, sent under a key not revoked (a revoked key's versions do not
    # block the office's next bundle under its new key: recovery from a fast-forward)
    held_versions: Mapping[tuple[str, int], int] = field(default_factory=dict)
    # the data requests this coordinator issued: request id -> reporting year
    requests: Mapping[str, int] = field(default_factory=dict)
    # the maps from earlier definitions of the annex (None: the shipped ones)
    upgrades: Upgrades | None = None

    def annex_upgrades(self) -> Upgrades:
        return self.upgrades if self.upgrades is not None else shipped_upgrades(self.annex)


@dataclass
class Verdict:
    """One of accepted / duplicate / rejected with its reason / quarantined, and what it saw."""

    result: ImportResult
    reason: ImportReason | None = None
    params: dict[str, Any] = field(default_factory=dict)
    manifest: formats.BundleManifest | None = None
    signer: KnownSigner | None = None
    payload: formats.SubmissionPayload | None = None


def timestamp(value: dt.datetime | None) -> str:
    """A time as the reasons' parameters show it (seconds, ISO 8601)."""
    return value.replace(microsecond=0).isoformat() if value else ""


def short_fingerprint(fp: str) -> str:
    """A fingerprint as people compare it, or its first 64 characters if it is not one."""
    try:
        return crypto.display_fingerprint(fp)
    except ValueError:
        return fp[:64]


def _refuse(v: Verdict, reason: ImportReason, **params: Any) -> Verdict:
    v.result, v.reason, v.params = ImportResult.REJECTED, reason, params
    return v


def _answers_a_request(m: formats.BundleManifest, holdings: Holdings) -> bool:
    """The bundle names a request this coordinator issued, for the same reporting year."""
    return m.request_id is not None and holdings.requests.get(m.request_id) == m.reporting_year


def identity_mismatch(claimed: formats.OrgInfo, signer: KnownSigner) -> dict[str, str] | None:
    """Where the organisation a bundle claims differs from the one approved for its key (names
    compared after NFKC and spacing, kinds as a set), or None."""
    pairs = (("region", claimed.region, signer.region),
             ("name_ru", tidy_name(claimed.name_ru), tidy_name(signer.name_ru)),
             ("name_kk", tidy_name(claimed.name_kk), tidy_name(signer.name_kk)),
             ("kinds", ", ".join(sorted(set(claimed.kinds))),
              ", ".join(sorted(set(signer.kinds)))))
    for name, got, approved in pairs:
        if got != approved:
            return {"field": name, "claimed": got[:120], "approved": approved[:120]}
    return None


def judge_bundle(data: bytes, holdings: Holdings, *, digest: str | None = None) -> Verdict:
    """The verdict on ``data`` (whose SHA-256 hex ``digest`` may be given, if already known).

    Raises only on a fault of the program; every fault of the file is a verdict.
    """
    if holdings.received:
        if digest is None:
            digest = hashlib.sha256(data).hexdigest()
        if digest in holdings.received:
            return Verdict(ImportResult.DUPLICATE)
    try:
        env = formats.open_envelope(data)
    except formats.FormatError as exc:
        return Verdict(ImportResult.REJECTED, exc.reason, dict(exc.params))
    m = env.manifest
    v = Verdict(ImportResult.REJECTED, manifest=m)
    if m.recipient_fingerprint not in holdings.own_fingerprints:
        return _refuse(v, ImportReason.WRONG_RECIPIENT,
                       recipient=short_fingerprint(m.recipient_fingerprint))
    signer = holdings.signers.get(m.sender_fingerprint)
    try:
        if signer is None:
            formats.verify_envelope(env, m.sender_key)  # intact, at least
            if not _answers_a_request(m, holdings):
                return _refuse(v, ImportReason.UNKNOWN_REQUEST, year=m.reporting_year,
                               request_id=str(m.request_id or "—")[:64])
            v.result, v.reason = ImportResult.QUARANTINED, ImportReason.UNKNOWN_SIGNER
            v.params = {"fingerprint": short_fingerprint(m.sender_fingerprint),
                        "org": m.sender.name_ru}
            return v
        if signer.revoked_at is not None:
            return _refuse(v, ImportReason.SIGNER_REVOKED,
                           fingerprint=short_fingerprint(signer.fingerprint),
                           revoked_at=timestamp(signer.revoked_at))
        formats.verify_envelope(env, signer.public_key)
        mismatch = identity_mismatch(m.sender, signer)
        if mismatch is not None:
            return _refuse(v, ImportReason.IDENTITY_MISMATCH, **mismatch)
        if not _answers_a_request(m, holdings):
            return _refuse(v, ImportReason.UNKNOWN_REQUEST, year=m.reporting_year,
                           request_id=str(m.request_id or "—")[:64])
        upgrades = holdings.annex_upgrades()
        revision = upgrades.revision_of(m.annex_version)
        if revision is None:
            return _refuse(v, ImportReason.ANNEX_VERSION_UNKNOWN, annex_version=m.annex_version)
        payload = formats.decrypt_envelope(env, holdings.private_key(m.recipient_fingerprint))
    except formats.FormatError as exc:
        return _refuse(v, exc.reason, **exc.params)
    if revision != upgrades.revision:  # shown for what it is: made with an earlier definition
        v.params = {"earlier_revision": revision}
    bound = answer_bound_problems(holdings.annex, payload.answers)
    read = None
    if not bound and revision != upgrades.revision:  # an earlier definition's answers
        read = upgrades.read(payload.answers, revision)
        bound = upgrades.earlier_problems(read.earlier)
        later = upgrades.new_since(revision)  # ids that definition did not have
        bound += [make_problem(ProblemCode.UNKNOWN_FIELD, fid) for fid in payload.answers
                  if fid in later]
    if bound:  # a value too big to count is refused before anything else reads it
        return _refuse(v, ImportReason.ANSWERS_INVALID, count=len(bound),
                       first=f"{bound[0].field_id} ({bound[0].code.value})",
                       **_worded(bound[0], holdings))
    report = validate_submission(holdings.annex, list(signer.kinds),
                                 payload.answers if read is None else read.answers,
                                 rules=holdings.rules, reporting_year=m.reporting_year)
    problems = report.problems
    if read is not None:  # what the earlier definition did not ask is not missing from it
        new = upgrades.new_since(revision)
        problems = tuple(p for p in problems
                         if not (p.code is ProblemCode.UNANSWERED and p.field_id in new))
    if problems:
        first = problems[0]
        return _refuse(v, ImportReason.ANSWERS_INVALID, count=len(problems),
                       first=f"{first.field_id} ({first.code.value})",
                       **_worded(first, holdings))
    held = holdings.held_versions.get((signer.org_key, m.reporting_year))
    if held is not None and m.version <= held:
        return _refuse(v, ImportReason.NOT_NEWER, year=m.reporting_year, version=m.version,
                       held=held)
    v.result, v.signer, v.payload = ImportResult.ACCEPTED, signer, payload
    return v


def _worded(problem: Any, holdings: Holdings) -> dict[str, str]:
    """The first problem in words, in both languages (``first_kk``, ``first_ru``), for the
    message a clerk reads; ``first`` keeps the field id and code for the record."""
    try:
        return {f"first_{lang}": problem.message(holdings.annex, lang) for lang in ("kk", "ru")}
    except Exception:  # noqa: BLE001 - a problem the annex cannot word: the id and code stay
        return {}

