"""The three files that travel (DESIGN §5, docs/bundle-format.md): data request ``.kzreq``,
registration ``.kzkey`` and bundle ``.kzth``, format version 1.

Each is a canonical container (:mod:`.container`) of a UTF-8 JSON document and its Ed25519
signature; the bundle adds the encrypted answers. This module builds and reads them; which
keys to trust is the caller's business (the coordinator's signer registry, the respondent's
pinned coordinator key).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kzth_desktop.exchange import crypto
from kzth_desktop.exchange.container import ContainerError, read_container, write_container
from kzth_desktop.exchange.reasons import ImportReason

FORMAT_VERSION = 1
REQUEST, REGISTRATION, BUNDLE, SUBMISSION = (
    "kzth-request", "kzth-registration", "kzth-bundle", "kzth-submission")
RETURN, RESULTS = "kzth-return", "kzth-results"  # issue 17, built in .notices
SUFFIXES = {REQUEST: ".kzreq", REGISTRATION: ".kzkey", BUNDLE: ".kzth", RETURN: ".kzret",
            RESULTS: ".kzres"}
DOC_LIMIT = 256 * 1024
PDF_LIMIT = 7 * 1024 * 1024  # one edition of the report, in the results
PAYLOAD_LIMIT = 12 * 1024 * 1024
ANSWERS_LIMIT = 5_000  # field ids in one payload (the annex has a few hundred)
ENTRIES: Mapping[str, tuple[tuple[str, int], ...]] = {
    REQUEST: (("request.json", DOC_LIMIT), ("request.sig", crypto.SIGNATURE_SIZE)),
    REGISTRATION: (("registration.json", DOC_LIMIT),
                   ("registration.sig", crypto.SIGNATURE_SIZE)),
    BUNDLE: (("manifest.json", DOC_LIMIT), ("manifest.sig", crypto.SIGNATURE_SIZE),
             ("payload.enc", PAYLOAD_LIMIT)),
    RETURN: (("return.json", DOC_LIMIT), ("return.sig", crypto.SIGNATURE_SIZE)),
    RESULTS: (("results.json", 4 * DOC_LIMIT), ("results.sig", crypto.SIGNATURE_SIZE),
              ("published-kk.pdf", PDF_LIMIT), ("published-ru.pdf", PDF_LIMIT)),
}
ENCRYPTION = "X25519-HKDF-SHA256-AES-256-GCM"
_HKDF_INFO = b"KZTH bundle v1 X25519 HKDF-SHA256 AES-256-GCM"
_AAD_CONTEXT = b"KZTH bundle v1\x00"


class FormatError(Exception):
    """A file that cannot be accepted; ``reason`` (an ImportReason) and ``params`` say why."""

    def __init__(self, reason: ImportReason, **params: Any) -> None:
        self.reason = reason
        self.params = params
        super().__init__(f"{reason}: {params}")


# --- documents -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """An organisation as the files carry it."""

    name_kk: str
    name_ru: str
    region: str = ""
    kinds: tuple[str, ...] = ()
    contact_person: str = ""
    phone: str = ""
    email: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"name_kk": self.name_kk, "name_ru": self.name_ru, "region": self.region,
                "kinds": list(self.kinds), "contact_person": self.contact_person,
                "phone": self.phone, "email": self.email}


@dataclass(frozen=True, slots=True)
class RequestDoc:
    """The coordinator's yearly data request."""

    request_id: str
    reporting_year: int
    issued_on: dt.date
    deadline: dt.date
    annex_version: str
    coordinator: OrgInfo
    signing_key: bytes  # raw Ed25519 public key
    encryption_key: bytes  # raw X25519 public key
    expected: tuple[tuple[str, str], ...] = ()  # (region, kind) pairs, may be empty

    @property
    def signing_fingerprint(self) -> str:
        return crypto.fingerprint(self.signing_key)

    @property
    def encryption_fingerprint(self) -> str:
        return crypto.fingerprint(self.encryption_key)


@dataclass(frozen=True, slots=True)
class RegistrationDoc:
    """A respondent's public signing key with its organisation profile (self-signed)."""

    organisation: OrgInfo
    signing_key: bytes
    created_at: dt.datetime

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint(self.signing_key)


@dataclass(frozen=True, slots=True)
class BundleManifest:
    """What anyone holding a bundle can read (signed, not encrypted)."""

    sender: OrgInfo  # name, region, kinds (no contact details)
    sender_key: bytes
    recipient_fingerprint: str  # of the coordinator's X25519 key
    request_id: str | None
    reporting_year: int
    version: int
    annex_version: str
    created_at: dt.datetime
    payload_sha256: str
    payload_size: int
    ephemeral_key: bytes
    nonce: bytes

    @property
    def sender_fingerprint(self) -> str:
        return crypto.fingerprint(self.sender_key)

    def header(self) -> dict[str, Any]:
        """The fields bound to the ciphertext as associated data and repeated inside it."""
        return {"sender_fingerprint": self.sender_fingerprint,
                "recipient_fingerprint": self.recipient_fingerprint,
                "reporting_year": self.reporting_year, "version": self.version,
                "annex_version": self.annex_version, "created_at": _ts(self.created_at)}


@dataclass(frozen=True, slots=True)
class SubmissionPayload:
    """What only the coordinator reads: the organisation and all its answers."""

    organisation: OrgInfo
    answers: Mapping[str, Any]
    audit_summary: Mapping[str, Any] = field(default_factory=dict)
    # since issue 17: the return this version answers, and the office's word on each note
    answers_return: str | None = None
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True, slots=True)
class Correction:
    """The office's answer to one note of a return: changed the value, or a comment."""

    field_id: str
    note: str
    comment: str = ""
    changed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field_id, "note": self.note, "comment": self.comment,
                "changed": self.changed}


@dataclass(frozen=True, slots=True)
class Envelope:
    """A bundle's parts after the container and manifest checks, before any cryptography."""

    manifest: BundleManifest
    manifest_bytes: bytes
    signature: bytes
    ciphertext: bytes


# --- JSON ----------------------------------------------------------------------------------------


def dump_json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 parses as infinity: not a number JSON can carry
        raise ValueError(f"number {text[:40]} is out of range")
    return value


def load_json(data: bytes, reason: ImportReason) -> dict[str, Any]:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity (nor numbers such as 1e999 that
    overflow to it), an object at the top."""
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                           parse_constant=_no_constant, parse_float=_finite)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FormatError(reason, detail=str(exc)[:200]) from None
    if not isinstance(value, dict):
        raise FormatError(reason, detail="not a JSON object")
    return value


class _Reader:
    """Typed access to a JSON object; any wrong shape is a FormatError of ``reason``."""

    def __init__(self, data: Mapping[str, Any], reason: ImportReason, where: str = "") -> None:
        self.data = data
        self.reason = reason
        self.where = where

    def _fail(self, key: str, what: str) -> FormatError:
        return FormatError(self.reason, detail=f"{self.where}{key}: {what}")

    def get(self, key: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
        if key not in self.data:
            if optional:
                return None
            raise self._fail(key, "missing")
        value = self.data[key]
        if value is None and optional:
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise self._fail(key, f"expected {getattr(kind, '__name__', kind)}")
        return value

    def text(self, key: str, optional: bool = False, limit: int = 10_000) -> str:
        value = self.get(key, str, optional)
        if value is not None and len(value) > limit:
            raise self._fail(key, f"longer than {limit} characters")
        return value  # type: ignore[no-any-return]

    def only(self, *keys: str) -> None:
        """The object has no other keys than ``keys`` (each part of a file has its schema)."""
        unknown = sorted(set(self.data) - set(keys))
        if unknown:
            raise self._fail(unknown[0][:60], "unknown key")

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.get(key, int)
        if not low <= value <= high:
            raise self._fail(key, f"out of range {low}..{high}")
        return value  # type: ignore[no-any-return]

    def obj(self, key: str) -> _Reader:
        return _Reader(self.get(key, dict), self.reason, f"{self.where}{key}.")

    def key(self, key: str) -> bytes:
        try:
            raw = crypto.b64decode(self.text(key))
        except crypto.CryptoError as exc:
            raise self._fail(key, str(exc)) from None
        if len(raw) != crypto.KEY_SIZE:
            raise self._fail(key, "a key is 32 bytes")
        return raw

    def blob(self, key: str, size: int) -> bytes:
        try:
            raw = crypto.b64decode(self.text(key))
        except crypto.CryptoError as exc:
            raise self._fail(key, str(exc)) from None
        if len(raw) != size:
            raise self._fail(key, f"expected {size} bytes")
        return raw

    def date(self, key: str, optional: bool = False) -> dt.date | None:
        text = self.text(key, optional)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise self._fail(key, "not a date YYYY-MM-DD") from None

    def timestamp(self, key: str) -> dt.datetime:
        text = self.text(key)
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            raise self._fail(key, "not a timestamp") from None
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value

    def strings(self, key: str, count: int = 50, limit: int = 200) -> tuple[str, ...]:
        values = self.get(key, list)
        if not all(isinstance(v, str) for v in values):
            raise self._fail(key, "expected a list of texts")
        if len(values) > count or any(len(v) > limit for v in values):
            raise self._fail(key, f"at most {count} texts of {limit} characters")
        return tuple(values)


def _ts(value: dt.datetime) -> str:
    return value.replace(microsecond=0).isoformat() + "Z"


ORG_KEYS = ("name_kk", "name_ru", "region", "kinds", "contact_person", "phone", "email")
NAME_LIMIT = 500


def _org(r: _Reader, full: bool = True) -> OrgInfo:
    return OrgInfo(
        name_kk=r.text("name_kk", limit=NAME_LIMIT), name_ru=r.text("name_ru", limit=NAME_LIMIT),
        region=r.text("region", limit=20), kinds=r.strings("kinds", 20, 60),
        contact_person=(r.text("contact_person", True, 300) or "") if full else "",
        phone=(r.text("phone", True, 60) or "") if full else "",
        email=(r.text("email", True, 200) or "") if full else "",
    )


# --- the audit summary ---------------------------------------------------------------------------

AUDIT_COUNT_LIMIT = 10_000_000
AUDIT_USERS_LIMIT = 50
_USER = re.compile(r"^[^\x00-\x1f\x7f]{1,120}$")


def read_audit_summary(value: Any, reason: ImportReason) -> dict[str, Any]:
    """The payload's ``audit_summary`` by its schema (docs/bundle-format.md §6): only
    ``changes`` and ``exports`` (counts), ``first_change`` and ``last_change`` (timestamps or
    null) and ``users`` (at most 50 short texts: who edited, as the respondent's workspace
    records it); any other key, type or size is refused."""
    if not isinstance(value, dict):
        raise FormatError(reason, detail="audit_summary: expected dict")
    r = _Reader(value, reason, "audit_summary.")
    r.only("changes", "exports", "first_change", "last_change", "users")
    out: dict[str, Any] = {}
    for key in ("changes", "exports"):
        if key in value:
            out[key] = r.integer(key, 0, AUDIT_COUNT_LIMIT)
    for key in ("first_change", "last_change"):
        if key in value:
            out[key] = None if value[key] is None else _ts(r.timestamp(key))
    if "users" in value:
        users = r.strings("users", AUDIT_USERS_LIMIT, 120)
        if not all(_USER.match(u) for u in users):
            raise FormatError(reason, detail="audit_summary.users: not a user name")
        out["users"] = list(users)
    return out


def _check_format(r: _Reader, expected: str) -> None:
    found = r.data.get("format")
    if found != expected:
        raise FormatError(ImportReason.WRONG_FORMAT, expected=SUFFIXES.get(expected, expected),
                          found=SUFFIXES.get(str(found), str(found)[:40]))
    version = r.data.get("format_version")
    if version != FORMAT_VERSION:
        raise FormatError(ImportReason.UNSUPPORTED_VERSION, version=str(version)[:20])


def _open(data: bytes, kind: str) -> Mapping[str, bytes]:
    try:
        return read_container(data, ENTRIES[kind])
    except ContainerError as exc:
        if exc.reason is ImportReason.CONTAINER_ENTRIES:
            for other, entries in ENTRIES.items():
                if other != kind and exc.params.get("found") == ", ".join(n for n, _ in entries):
                    raise FormatError(ImportReason.WRONG_FORMAT, expected=SUFFIXES[kind],
                                      found=SUFFIXES[other]) from None
        raise FormatError(exc.reason, **exc.params) from None


# --- data request --------------------------------------------------------------------------------


def build_request(doc: RequestDoc, signing_key: Ed25519PrivateKey) -> bytes:
    if crypto.public_raw(signing_key) != doc.signing_key:
        raise ValueError("the request must carry the key that signs it")
    body = dump_json({
        "format": REQUEST, "format_version": FORMAT_VERSION, "request_id": doc.request_id,
        "reporting_year": doc.reporting_year, "issued_on": doc.issued_on.isoformat(),
        "deadline": doc.deadline.isoformat(), "annex_version": doc.annex_version,
        "coordinator": {"name_kk": doc.coordinator.name_kk, "name_ru": doc.coordinator.name_ru,
                        "signing_key": crypto.b64encode(doc.signing_key),
                        "encryption_key": crypto.b64encode(doc.encryption_key)},
        "expected": [{"region": r, "kind": k} for r, k in doc.expected],
    })
    sig = crypto.sign(signing_key, REQUEST, body)
    return write_container([("request.json", body), ("request.sig", sig)])


def add_months(day: dt.date, months: int = 1) -> dt.date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def read_request(data: bytes) -> RequestDoc:
    """A data request whose signature verifies with the key it carries (pinning is the
    caller's business). The deadline defaults to one month after issue (rule 9)."""
    entries = _open(data, REQUEST)
    body = entries["request.json"]
    r = _Reader(load_json(body, ImportReason.MANIFEST_MALFORMED),
                ImportReason.MANIFEST_MALFORMED)
    _check_format(r, REQUEST)
    c = r.obj("coordinator")
    signing_key = c.key("signing_key")
    if not crypto.verify(signing_key, REQUEST, body, entries["request.sig"]):
        raise FormatError(ImportReason.BAD_SIGNATURE)
    issued = r.date("issued_on")
    assert issued is not None
    deadline = r.date("deadline", optional=True) or add_months(issued)
    expected = []
    for item in r.get("expected", list, optional=True) or []:
        e = _Reader(item if isinstance(item, dict) else {}, r.reason, "expected.")
        expected.append((e.text("region"), e.text("kind")))
    return RequestDoc(
        request_id=r.text("request_id"), reporting_year=r.integer("reporting_year", 2000, 2100),
        issued_on=issued, deadline=deadline, annex_version=r.text("annex_version"),
        coordinator=OrgInfo(c.text("name_kk"), c.text("name_ru")),
        signing_key=signing_key, encryption_key=c.key("encryption_key"),
        expected=tuple(expected),
    )


# --- registration --------------------------------------------------------------------------------


def build_registration(doc: RegistrationDoc, signing_key: Ed25519PrivateKey) -> bytes:
    if crypto.public_raw(signing_key) != doc.signing_key:
        raise ValueError("the registration must carry the key that signs it")
    body = dump_json({
        "format": REGISTRATION, "format_version": FORMAT_VERSION,
        "created_at": _ts(doc.created_at), "organisation": doc.organisation.to_json(),
        "signing_key": crypto.b64encode(doc.signing_key),
    })
    sig = crypto.sign(signing_key, REGISTRATION, body)
    return write_container([("registration.json", body), ("registration.sig", sig)])


def read_registration(data: bytes) -> RegistrationDoc:
    """A registration whose self-signature verifies (proof that the sender holds the key)."""
    entries = _open(data, REGISTRATION)
    body = entries["registration.json"]
    r = _Reader(load_json(body, ImportReason.MANIFEST_MALFORMED),
                ImportReason.MANIFEST_MALFORMED)
    _check_format(r, REGISTRATION)
    r.only("format", "format_version", "created_at", "organisation", "signing_key")
    r.obj("organisation").only(*ORG_KEYS)
    key = r.key("signing_key")
    if not crypto.verify(key, REGISTRATION, body, entries["registration.sig"]):
        raise FormatError(ImportReason.BAD_SIGNATURE)
    return RegistrationDoc(_org(r.obj("organisation")), key, r.timestamp("created_at"))


# --- bundle --------------------------------------------------------------------------------------


def _aad(header: Mapping[str, Any]) -> bytes:
    return _AAD_CONTEXT + dump_json(dict(header))


def build_bundle(*, sender: OrgInfo, signing_key: Ed25519PrivateKey, recipient_key: bytes,
                 request_id: str | None, reporting_year: int, version: int, annex_version: str,
                 answers: Mapping[str, Any], audit_summary: Mapping[str, Any] | None = None,
                 created_at: dt.datetime | None = None, answers_return: str | None = None,
                 corrections: Sequence[Correction] = ()) -> bytes:
    """A signed bundle whose answers only the holder of ``recipient_key`` can read."""
    sender_key = crypto.public_raw(signing_key)
    created = (created_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)).replace(
        microsecond=0)
    header = {"sender_fingerprint": crypto.fingerprint(sender_key),
              "recipient_fingerprint": crypto.fingerprint(recipient_key),
              "reporting_year": reporting_year, "version": version,
              "annex_version": annex_version, "created_at": _ts(created)}
    plaintext = dump_json({
        "format": SUBMISSION, "format_version": FORMAT_VERSION, **header,
        "organisation": sender.to_json(), "answers": dict(answers),
        "audit_summary": dict(audit_summary or {}),
        **({"answers_return": answers_return,
            "corrections": [c.to_json() for c in corrections]} if answers_return else {}),
    })
    sealed = crypto.encrypt_for(recipient_key, plaintext, info=_HKDF_INFO + b"\x00" + sender_key,
                                aad=_aad(header))
    manifest = dump_json({
        "format": BUNDLE, "format_version": FORMAT_VERSION, "created_at": _ts(created),
        "sender": {"signing_key": crypto.b64encode(sender_key),
                   "fingerprint": header["sender_fingerprint"], "name_kk": sender.name_kk,
                   "name_ru": sender.name_ru, "region": sender.region,
                   "kinds": list(sender.kinds)},
        "recipient": {"fingerprint": header["recipient_fingerprint"]},
        "request_id": request_id, "reporting_year": reporting_year, "version": version,
        "annex_version": annex_version,
        "payload": {"encryption": ENCRYPTION, "ephemeral_key":
                    crypto.b64encode(sealed.ephemeral_public),
                    "nonce": crypto.b64encode(sealed.nonce),
                    "sha256": hashlib.sha256(sealed.ciphertext).hexdigest(),
                    "size": len(sealed.ciphertext)},
    })
    sig = crypto.sign(signing_key, BUNDLE, manifest)
    return write_container([("manifest.json", manifest), ("manifest.sig", sig),
                            ("payload.enc", sealed.ciphertext)])


def open_envelope(data: bytes) -> Envelope:
    """Container and manifest checks only (no key needed): who claims to send what to whom."""
    entries = _open(data, BUNDLE)
    body = entries["manifest.json"]
    r = _Reader(load_json(body, ImportReason.MANIFEST_MALFORMED),
                ImportReason.MANIFEST_MALFORMED)
    _check_format(r, BUNDLE)
    r.only("format", "format_version", "created_at", "sender", "recipient", "request_id",
           "reporting_year", "version", "annex_version", "payload")
    s, p = r.obj("sender"), r.obj("payload")
    s.only("signing_key", "fingerprint", "name_kk", "name_ru", "region", "kinds")
    p.only("encryption", "ephemeral_key", "nonce", "sha256", "size")
    r.obj("recipient").only("fingerprint")
    sender_key = s.key("signing_key")
    if s.text("fingerprint") != crypto.fingerprint(sender_key):
        raise FormatError(ImportReason.MANIFEST_MALFORMED,
                          detail="sender.fingerprint: not the key's")
    if p.text("encryption") != ENCRYPTION:
        raise FormatError(ImportReason.MANIFEST_MALFORMED, detail="payload.encryption")
    digest = p.text("sha256")
    if len(digest) != 64:
        raise FormatError(ImportReason.MANIFEST_MALFORMED, detail="payload.sha256")
    manifest = BundleManifest(
        sender=_org(s, full=False), sender_key=sender_key,
        recipient_fingerprint=r.obj("recipient").text("fingerprint"),
        request_id=r.text("request_id", optional=True, limit=64),
        reporting_year=r.integer("reporting_year", 2000, 2100),
        version=r.integer("version", 1, 1_000_000), annex_version=r.text("annex_version"),
        created_at=r.timestamp("created_at"), payload_sha256=digest,
        payload_size=p.integer("size", 0, PAYLOAD_LIMIT),
        ephemeral_key=p.key("ephemeral_key"), nonce=p.blob("nonce", crypto.NONCE_SIZE),
    )
    return Envelope(manifest, body, entries["manifest.sig"], entries["payload.enc"])


def verify_envelope(env: Envelope, signer_key: bytes) -> None:
    """The manifest is signed by ``signer_key`` and the ciphertext is the one it names."""
    if env.manifest.sender_key != signer_key or not crypto.verify(
            signer_key, BUNDLE, env.manifest_bytes, env.signature):
        raise FormatError(ImportReason.BAD_SIGNATURE)
    m = env.manifest
    if len(env.ciphertext) != m.payload_size \
            or hashlib.sha256(env.ciphertext).hexdigest() != m.payload_sha256:
        raise FormatError(ImportReason.PAYLOAD_HASH_MISMATCH)


def decrypt_envelope(env: Envelope, recipient: X25519PrivateKey) -> SubmissionPayload:
    """The answers, after decryption and the check that the inside repeats the manifest."""
    m = env.manifest
    header = m.header()
    try:
        plaintext = crypto.decrypt_with(
            recipient, crypto.Sealed(m.ephemeral_key, m.nonce, env.ciphertext),
            info=_HKDF_INFO + b"\x00" + m.sender_key, aad=_aad(header))
    except crypto.DecryptionError:
        raise FormatError(ImportReason.DECRYPTION_FAILED) from None
    r = _Reader(load_json(plaintext, ImportReason.PAYLOAD_MALFORMED),
                ImportReason.PAYLOAD_MALFORMED)
    if r.data.get("format") != SUBMISSION or r.data.get("format_version") != FORMAT_VERSION:
        raise FormatError(ImportReason.PAYLOAD_MALFORMED, detail="format")
    r.only("format", "format_version", *header, "organisation", "answers", "audit_summary",
           "answers_return", "corrections")
    r.obj("organisation").only(*ORG_KEYS)
    for key, value in header.items():
        if r.data.get(key) != value:
            raise FormatError(ImportReason.PAYLOAD_MISMATCH, field=key)
    org = _org(r.obj("organisation"))
    for key in ("name_kk", "name_ru", "region", "kinds"):
        if getattr(org, key) != getattr(m.sender, key):
            raise FormatError(ImportReason.PAYLOAD_MISMATCH, field=f"organisation.{key}")
    answers = r.get("answers", dict)
    if len(answers) > ANSWERS_LIMIT or any(len(k) > 80 for k in answers):
        raise FormatError(ImportReason.PAYLOAD_MALFORMED,
                          detail=f"answers: at most {ANSWERS_LIMIT} field ids")
    audit = read_audit_summary(r.get("audit_summary", dict), ImportReason.PAYLOAD_MALFORMED)
    returned = r.text("answers_return", optional=True, limit=64)
    corrections = []
    raw = r.get("corrections", list, optional=True) or []
    if len(raw) > 500:
        raise FormatError(ImportReason.PAYLOAD_MALFORMED, detail="corrections: at most 500")
    for item in raw:
        c = _Reader(item if isinstance(item, dict) else {}, r.reason, "corrections.")
        c.only("field", "note", "comment", "changed")
        changed = c.get("changed", bool)
        corrections.append(Correction(c.text("field", limit=80), c.text("note", limit=2_000),
                                      c.text("comment", limit=2_000), bool(changed)))
    return SubmissionPayload(org, answers, audit, returned, tuple(corrections))


__all__: Sequence[str] = (
    "BUNDLE", "ENTRIES", "RESULTS", "RETURN", "Correction", "FORMAT_VERSION", "REGISTRATION", "REQUEST", "SUFFIXES",
    "BundleManifest", "Envelope", "FormatError", "OrgInfo", "RegistrationDoc", "RequestDoc",
    "SubmissionPayload", "add_months", "build_bundle", "build_registration", "build_request",
    "decrypt_envelope", "open_envelope", "read_registration", "read_request", "verify_envelope",
)
