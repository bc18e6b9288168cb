"""The two files the coordinator sends back to the offices (docs/bundle-format.md §8):

* the return for correction ``.kzret``: a submission (office key, year, version) and the
  coordinator's notes on named fields;
* the results ``.kzres`` (rule 19): the published edition of the risk assessment in Kazakh and
  Russian, the recommendations and each kind of subject's own risk profile text, with the
  commission's meeting date and decision when recorded.

Both are canonical containers (:mod:`.container`) of a signed JSON document, signed by the
coordinator's Ed25519 key, the key of the data requests the office already holds; which key to
trust is the caller's business. Neither is encrypted: a registration (format 1) carries no
encryption key of the office, the notes name fields and say what to check (never a person), and
the results are the published edition, made for the public.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kzth_desktop.exchange import crypto
from kzth_desktop.exchange.container import ContainerError, read_container, write_container
from kzth_desktop.exchange.formats import (
    ENTRIES,
    FORMAT_VERSION,
    REQUEST,
    RESULTS,
    RETURN,
    SUFFIXES,
    FormatError,
    OrgInfo,
    _check_format,
    _open,
    _Reader,
    _ts,
    dump_json,
    load_json,
)
from kzth_desktop.exchange.reasons import ImportReason

NOTES_LIMIT = 500  # notes in one return
NOTE_LIMIT = 2_000  # characters of one note
TEXT_LIMIT = 60_000  # characters of one recommendations or profile text
LANGS = ("kk", "ru")


@dataclass(frozen=True, slots=True)
class ReturnNote:
    field_id: str
    note: str


@dataclass(frozen=True, slots=True)
class ReturnDoc:
    """A submission sent back to its office for correction."""

    return_id: str
    request_id: str
    reporting_year: int
    office_fingerprint: str  # the office's signing key, as registered
    submission_version: int  # the version returned; the correction is a higher one
    created_at: dt.datetime
    coordinator: OrgInfo
    signing_key: bytes  # the coordinator's, raw Ed25519
    notes: tuple[ReturnNote, ...]

    @property
    def signing_fingerprint(self) -> str:
        return crypto.fingerprint(self.signing_key)


@dataclass(frozen=True, slots=True)
class KindProfile:
    """One kind of subject's risk profile as the expert group wrote it (rule 17(4))."""

    kind: str
    risk_area: Mapping[str, str]  # lang -> plain text
    measures: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ResultsDoc:
    """The results of a risk assessment brought to the subjects (rule 19)."""

    results_id: str
    first_year: int
    last_year: int
    created_at: dt.datetime
    coordinator: OrgInfo
    signing_key: bytes
    recommendations: Mapping[str, str]  # lang -> plain text
    profiles: tuple[KindProfile, ...]
    meeting_date: dt.date | None = None
    decision: str = ""
    pdfs: Mapping[str, bytes] | None = None  # lang -> the published edition (when read)

    @property
    def signing_fingerprint(self) -> str:
        return crypto.fingerprint(self.signing_key)

    def profile(self, kind: str) -> KindProfile | None:
        return next((p for p in self.profiles if p.kind == kind), None)


def _coordinator(org: OrgInfo, key: bytes) -> dict[str, str]:
    return {"name_kk": org.name_kk, "name_ru": org.name_ru,
            "signing_key": crypto.b64encode(key)}


def _read_coordinator(r: _Reader) -> tuple[OrgInfo, bytes]:
    c = r.obj("coordinator")
    c.only("name_kk", "name_ru", "signing_key")
    return OrgInfo(c.text("name_kk", limit=500), c.text("name_ru", limit=500)), \
        c.key("signing_key")


# --- return for correction -----------------------------------------------------------------------


def build_return(doc: ReturnDoc, signing_key: Ed25519PrivateKey) -> bytes:
    if crypto.public_raw(signing_key) != doc.signing_key:
        raise ValueError("the return must carry the key that signs it")
    if not doc.notes or len(doc.notes) > NOTES_LIMIT:
        raise ValueError(f"a return names 1 to {NOTES_LIMIT} fields")
    body = dump_json({
        "format": RETURN, "format_version": FORMAT_VERSION, "return_id": doc.return_id,
        "request_id": doc.request_id, "reporting_year": doc.reporting_year,
        "office_fingerprint": doc.office_fingerprint,
        "submission_version": doc.submission_version, "created_at": _ts(doc.created_at),
        "coordinator": _coordinator(doc.coordinator, doc.signing_key),
        "notes": [{"field": n.field_id, "note": n.note} for n in doc.notes],
    })
    sig = crypto.sign(signing_key, RETURN, body)
    return write_container([("return.json", body), ("return.sig", sig)])


def read_return(data: bytes) -> ReturnDoc:
    """A return whose signature verifies with the key it carries (the caller checks that the
    key is the one of its requests)."""
    entries = _open(data, RETURN)
    body = entries["return.json"]
    r = _Reader(load_json(body, ImportReason.MANIFEST_MALFORMED),
                ImportReason.MANIFEST_MALFORMED)
    _check_format(r, RETURN)
    r.only("format", "format_version", "return_id", "request_id", "reporting_year",
           "office_fingerprint", "submission_version", "created_at", "coordinator", "notes")
    coordinator, key = _read_coordinator(r)
    if not crypto.verify(key, RETURN, body, entries["return.sig"]):
        raise FormatError(ImportReason.BAD_SIGNATURE)
    notes = []
    raw = r.get("notes", list)
    if not 1 <= len(raw) <= NOTES_LIMIT:
        raise FormatError(ImportReason.MANIFEST_MALFORMED,
                          detail=f"notes: 1 to {NOTES_LIMIT} expected")
    for item in raw:
        n = _Reader(item if isinstance(item, dict) else {}, r.reason, "notes.")
        n.only("field", "note")
        notes.append(ReturnNote(n.text("field", limit=80), n.text("note", limit=NOTE_LIMIT)))
    return ReturnDoc(
        return_id=r.text("return_id", limit=64), request_id=r.text("request_id", limit=64),
        reporting_year=r.integer("reporting_year", 2000, 2100),
        office_fingerprint=r.text("office_fingerprint", limit=64),
        submission_version=r.integer("submission_version", 1, 1_000_000),
        created_at=r.timestamp("created_at"), coordinator=coordinator, signing_key=key,
        notes=tuple(notes))


# --- results -------------------------------------------------------------------------------------


def _texts(texts: Mapping[str, str]) -> dict[str, str]:
    return {lang: texts.get(lang, "") for lang in LANGS}


def build_results(doc: ResultsDoc, pdfs: Mapping[str, bytes],
                  signing_key: Ed25519PrivateKey) -> bytes:
    """The signed package; ``pdfs`` are the published editions, bound by their SHA-256."""
    if crypto.public_raw(signing_key) != doc.signing_key:
        raise ValueError("the results must carry the key that signs them")
    if set(pdfs) != set(LANGS) or any(not p.startswith(b"%PDF") for p in pdfs.values()):
        raise ValueError("the results carry the published edition in kk and ru")
    body = dump_json({
        "format": RESULTS, "format_version": FORMAT_VERSION, "results_id": doc.results_id,
        "first_year": doc.first_year, "last_year": doc.last_year,
        "created_at": _ts(doc.created_at),
        "coordinator": _coordinator(doc.coordinator, doc.signing_key),
        "edition": "published",
        "editions_sha256": {lang: hashlib.sha256(pdfs[lang]).hexdigest() for lang in LANGS},
        "recommendations": _texts(doc.recommendations),
        "profiles": [{"kind": p.kind, "risk_area": _texts(p.risk_area),
                      "measures": _texts(p.measures)} for p in doc.profiles],
        "commission": {"meeting_date": doc.meeting_date.isoformat() if doc.meeting_date
                       else None, "decision": doc.decision},
    })
    sig = crypto.sign(signing_key, RESULTS, body)
    return write_container([("results.json", body), ("results.sig", sig),
                            ("published-kk.pdf", pdfs["kk"]), ("published-ru.pdf", pdfs["ru"])])


def _lang_texts(r: _Reader, key: str) -> dict[str, str]:
    t = r.obj(key)
    t.only(*LANGS)
    return {lang: t.text(lang, limit=TEXT_LIMIT) for lang in LANGS}


def read_results(data: bytes) -> ResultsDoc:
    """A results package whose signature verifies with the key it carries and whose two
    editions are the ones signed."""
    entries = _open(data, RESULTS)
    body = entries["results.json"]
    r = _Reader(load_json(body, ImportReason.MANIFEST_MALFORMED),
                ImportReason.MANIFEST_MALFORMED)
    _check_format(r, RESULTS)
    r.only("format", "format_version", "results_id", "first_year", "last_year", "created_at",
           "coordinator", "edition", "editions_sha256", "recommendations", "profiles",
           "commission")
    coordinator, key = _read_coordinator(r)
    if not crypto.verify(key, RESULTS, body, entries["results.sig"]):
        raise FormatError(ImportReason.BAD_SIGNATURE)
    if r.get("edition", str) != "published":
        raise FormatError(ImportReason.MANIFEST_MALFORMED, detail="edition: only 'published'")
    hashes = r.obj("editions_sha256")
    hashes.only(*LANGS)
    pdfs = {}
    for lang in LANGS:
        pdf = entries[f"published-{lang}.pdf"]
        if hashlib.sha256(pdf).hexdigest() != hashes.text(lang, limit=64):
            raise FormatError(ImportReason.PAYLOAD_HASH_MISMATCH)
        pdfs[lang] = pdf
    profiles = []
    raw = r.get("profiles", list)
    if len(raw) > 100:
        raise FormatError(ImportReason.MANIFEST_MALFORMED, detail="profiles: at most 100")
    for item in raw:
        p = _Reader(item if isinstance(item, dict) else {}, r.reason, "profiles.")
        p.only("kind", "risk_area", "measures")
        profiles.append(KindProfile(p.text("kind", limit=60), _lang_texts(p, "risk_area"),
                                    _lang_texts(p, "measures")))
    c = r.obj("commission")
    c.only("meeting_date", "decision")
    first, last = r.integer("first_year", 2000, 2100), r.integer("last_year", 2000, 2100)
    if not 0 <= last - first <= 2:
        raise FormatError(ImportReason.MANIFEST_MALFORMED, detail="years: one to three")
    return ResultsDoc(
        results_id=r.text("results_id", limit=64), first_year=first, last_year=last,
        created_at=r.timestamp("created_at"), coordinator=coordinator, signing_key=key,
        recommendations=_lang_texts(r, "recommendations"), profiles=tuple(profiles),
        meeting_date=c.date("meeting_date", optional=True),
        decision=c.text("decision", optional=True, limit=NOTE_LIMIT) or "", pdfs=pdfs)


# --- what a file from the coordinator is ---------------------------------------------------------

FROM_COORDINATOR = (REQUEST, RETURN, RESULTS)


def kind_of(data: bytes) -> str:
    """Which file of the coordinator ``data`` is, by its entries (not its name): REQUEST,
    RETURN or RESULTS; any other file is NOT_FROM_COORDINATOR, a damaged one its container
    reason."""
    first: ContainerError | None = None
    for kind in FROM_COORDINATOR:
        try:
            read_container(data, ENTRIES[kind])
            return kind
        except ContainerError as exc:
            if exc.reason is not ImportReason.CONTAINER_ENTRIES:
                raise FormatError(exc.reason, **exc.params) from None
            first = first or exc
    found = first.params.get("found", "—") if first is not None else "—"
    for other, entries in ENTRIES.items():
        if other not in FROM_COORDINATOR and found == ", ".join(n for n, _ in entries):
            found = SUFFIXES[other]
    raise FormatError(ImportReason.NOT_FROM_COORDINATOR, found=found)


__all__: Sequence[str] = (
    "FROM_COORDINATOR", "RESULTS", "RETURN", "KindProfile", "ResultsDoc", "ReturnDoc",
    "ReturnNote", "build_results", "build_return", "kind_of", "read_results", "read_return",
)
