# ruff: noqa: F811 - the fixtures imported from test_bundle_import are parameters here
"""Issue 15, the coordinator's side: a bundle is accepted only as what the coordinator approved
(the signer's identity, a request it issued), revoked keys and withdrawn submissions stop
counting and no longer block the office's version chain, every part of a file has a schema,
and the import refuses what it cannot read (FIFOs, devices, folders) without blocking, keeps
every file (oversized ones too) and never records one file as both accepted and refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import threading
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kzth_desktop.analysis.quality import FindingCode, Severity
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.container import MAX_FILE_SIZE
from kzth_desktop.exchange.names import looks_alike, skeleton
from kzth_desktop.exchange.reasons import ImportReason, ImportResult, reason_message
from kzth_desktop.services import ServiceError
from kzth_desktop.services.bundle_import import BundleImport, import_lock, safe_name
from kzth_desktop.services.coordination import SubmissionFate
from kzth_desktop.services.desk import Desk, records_from_workspace
from kzth_desktop.services.errors import ErrorCode, ProfileError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.storage.models import ReceivedFile, SubmissionEvent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_bundle_import import (  # noqa: E402,F401 - the fixtures are shared
    ANNEX,
    NGO,
    POLICE,
    PW,
    YEAR,
    World,
    _bundle,
    approved,
    import_bytes,
    results,
    sha,
    stored,
    world,
)

CRIMES = "b2.q1.crimes"


def _request_id(w: World) -> str:
    return formats.read_request(w.request).request_id


def _held(w: World, year: int = YEAR) -> list[tuple[int, str, bool]]:
    return [(h.version, h.status, h.suspect)
            for h in w.coordinator.submissions(year, include_superseded=True)]


# --- 1. the approved signer is the bundle's identity ---------------------------------------------


@pytest.mark.parametrize("claim, field", [
    (dict(name_kk=NGO.name_kk, name_ru=NGO.name_ru, region=NGO.region), "region"),
    (dict(region="KZ-75"), "region"),
    (dict(name_ru="ДП г. Алматы"), "name_ru"),
    (dict(kinds=("police", "ngo")), "kinds"),
])
def test_a_bundle_claiming_another_identity_is_refused(approved: tuple[World, bytes],
                                                       claim: dict[str, Any],
                                                       field: str) -> None:
    w, _ = approved
    org = dict(name_kk=POLICE.name_kk, name_ru=POLICE.name_ru, region=POLICE.region,
               kinds=POLICE.kinds)
    org.update(claim)
    o = import_bytes(w, _bundle(w, w.police, sender=formats.OrgInfo(**org)))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.IDENTITY_MISMATCH)
    assert o.params["field"] == field
    assert "не та, для которой одобрен ключ" in o.message("ru")
    assert "кілт бекітілген ұйымға сәйкес емес" in o.message("kk")
    assert w.coordinator.submissions() == []


def test_an_accepted_bundle_is_held_under_the_approved_identity(
        approved: tuple[World, bytes]) -> None:
    w, _ = approved
    spaced = formats.OrgInfo(f"  {POLICE.name_kk} ", POLICE.name_ru.replace(" ", "  "),
                             POLICE.region, tuple(reversed(POLICE.kinds)))
    o = import_bytes(w, _bundle(w, w.police, sender=spaced))
    assert o.result is ImportResult.ACCEPTED
    (h,) = w.coordinator.submissions(YEAR)
    assert (h.organisation.name_ru, h.organisation.region) == (POLICE.name_ru, POLICE.region)
    (rec,) = records_from_workspace(w.coordinator.ws, ANNEX, YEAR)
    assert (rec.name_ru, rec.region, rec.kinds) == (POLICE.name_ru, "KZ-79", ("police",))


# --- 2. campaign binding -------------------------------------------------------------------------


@pytest.mark.parametrize("request_id, year", [
    (None, YEAR), ("", YEAR), (str(uuid.uuid4()), YEAR), ("same", 2031), ("same", 2000),
    ("same", 2100),
])
def test_a_bundle_must_answer_a_request_this_coordinator_issued(
        approved: tuple[World, bytes], request_id: str | None, year: int) -> None:
    w, _ = approved
    rid = _request_id(w) if request_id == "same" else request_id
    o = import_bytes(w, _bundle(w, w.police, request_id=rid, reporting_year=year))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.UNKNOWN_REQUEST)
    assert o.params["year"] == year
    assert "не выдавал" in o.message("ru") and "сұрауды импорттап" in o.message("kk")
    assert w.coordinator.submissions() == []


def test_an_unknown_signer_for_an_unknown_request_is_refused_not_quarantined(
        world: World) -> None:
    o = import_bytes(world, _bundle(world, world.police, request_id=None))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.UNKNOWN_REQUEST)


def test_the_respondents_exported_bundle_carries_the_request(approved: tuple[World, bytes]
                                                             ) -> None:
    w, good = approved
    assert formats.open_envelope(good).manifest.request_id == _request_id(w)
    assert import_bytes(w, good).result is ImportResult.ACCEPTED


# --- 3. revocation, withdrawal and the version chain after a stolen key --------------------------


def _rekeyed(w: World) -> Any:
    """The police office signing with its new key (after ``replace_keys``)."""
    return SimpleNamespace(signing_key=KeyService(w.police.ws).signing_key("a new passphrase"),
                           respondent=w.police.respondent)


def _thief_answers(w: World) -> dict[str, Any]:
    answers = dict(w.police.respondent.answers(YEAR))
    answers[CRIMES] = 999
    # the breakdown by form must add up to the crimes (rules.json): left as "no data"
    answers["b2.q1.by_form"] = {"no_data": "разбивка не ведётся"}
    return answers


def test_a_stolen_key_fast_forward_is_recovered(approved: tuple[World, bytes],
                                                tmp_path: Path) -> None:
    w, good = approved
    assert import_bytes(w, good).result is ImportResult.ACCEPTED  # the office's v1
    stolen = _bundle(w, w.police, version=1_000_000, answers=_thief_answers(w))
    assert import_bytes(w, stolen).result is ImportResult.SUPERSEDED
    real_v2 = _bundle(w, w.police, version=2)
    assert import_bytes(w, real_v2).reason is ImportReason.NOT_NEWER  # the attack
    old = w.coordinator.find_signer(w.police.exchange.fingerprint())
    w.coordinator.revoke_signer(old.display, SubmissionFate.WITHDRAW, user="admin",
                                reason="key stolen")
    assert w.coordinator.submissions(YEAR) == []  # the thief's figures no longer count
    assert [s for _, s, _ in _held(w)] == ["withdrawn", "withdrawn"]
    # the office gets new keys, registers again, and sends its version 12
    KeyService(w.police.ws).replace_keys("a new passphrase")
    w.coordinator.add_signer(w.police.exchange.registration("a new passphrase"))
    v12 = _bundle(w, _rekeyed(w), version=12)
    o = import_bytes(w, v12)
    assert (o.result, o.version) == (ImportResult.ACCEPTED, 12)
    (h,) = w.coordinator.submissions(YEAR)
    assert (h.version, h.status, h.answers[CRIMES]) == (12, "current",
                                                        w.police.respondent.answers(YEAR)[CRIMES])
    records = records_from_workspace(w.coordinator.ws, ANNEX, YEAR)
    assert [(r.version, r.answers[CRIMES]) for r in records] == [(12, h.answers[CRIMES])]
    desk = Desk.from_workspace(w.coordinator.ws, ANNEX)
    assert desk.aggregate_year(YEAR).submissions == 1
    assert desk.aggregate_year(YEAR).numeric[CRIMES].total != 999
    events = w.coordinator.ws.read(lambda s: [(e.action, e.user, e.reason) for e in s.scalars(
        select(SubmissionEvent).order_by(SubmissionEvent.id))])
    assert events == [("withdraw", "admin", "key stolen")] * 2


def test_revoked_with_keep_still_counts_and_no_longer_blocks(approved: tuple[World, bytes]
                                                             ) -> None:
    w, _ = approved
    import_bytes(w, _bundle(w, w.police, version=1_000_000))
    w.coordinator.revoke_signer(w.police.exchange.fingerprint(), "keep")
    assert [(v, s) for v, s, _ in _held(w)] == [(1_000_000, "current")]
    KeyService(w.police.ws).replace_keys("a new passphrase")
    w.coordinator.add_signer(w.police.exchange.registration("a new passphrase"))
    o = import_bytes(w, _bundle(w, _rekeyed(w), version=12))
    assert (o.result, o.replaced_version) == (ImportResult.SUPERSEDED, 1_000_000)
    assert [h.version for h in w.coordinator.submissions(YEAR)] == [12]


def test_revoked_as_suspect_is_flagged_and_still_counted(approved: tuple[World, bytes]) -> None:
    w, good = approved
    import_bytes(w, good)
    w.coordinator.revoke_signer(w.police.exchange.fingerprint())  # the default: suspect
    assert _held(w) == [(1, "current", True)]
    records = records_from_workspace(w.coordinator.ws, ANNEX, YEAR)
    assert [r.suspect for r in records] == [True]
    # counted, and a quality finding says so, naming the office (kk/ru)
    flagged = Desk.from_workspace(w.coordinator.ws, ANNEX).quality([YEAR]).with_code(
        FindingCode.SUBMISSION_SUSPECT)
    assert [(f.severity, f.region) for f in flagged] == [(Severity.WARNING, records[0].region)]
    assert "отозван как сомнительный" in flagged[0].message(ANNEX, "ru")
    assert records[0].name_ru in flagged[0].message(ANNEX, "ru")
    assert "күдікті деп кері қайтарылған" in flagged[0].message(ANNEX, "kk")
    with pytest.raises(ServiceError) as exc:
        w.coordinator.revoke_signer(w.police.exchange.fingerprint(), "forget")
    assert exc.value.code is ErrorCode.UNKNOWN_FATE
    assert "withdraw" in exc.value.message("kk")


def test_withdraw_one_submission_restores_the_version_before(approved: tuple[World, bytes]
                                                            ) -> None:
    w, good = approved
    fp = w.police.exchange.fingerprint()
    import_bytes(w, good)
    import_bytes(w, _bundle(w, w.police, version=2, answers=_thief_answers(w)))
    with pytest.raises(ServiceError) as exc:
        w.coordinator.withdraw_submission(YEAR, fp, "   ")
    assert exc.value.code is ErrorCode.WITHDRAW_REASON_REQUIRED
    done = w.coordinator.withdraw_submission(YEAR, fp, "sent by mistake", user="admin")
    assert (done.withdrawn.version, done.withdrawn.status) == (2, "withdrawn")
    assert done.withdrawn.withdrawn_reason == "sent by mistake"
    assert done.restored is not None and done.restored.version == 1
    assert [(v, s) for v, s, _ in _held(w)] == [(1, "current"), (2, "withdrawn")]
    # the withdrawn version no longer blocks: the office may send its version 2 again
    o = import_bytes(w, _bundle(w, w.police, version=2))
    assert o.result is ImportResult.SUPERSEDED
    with pytest.raises(ServiceError) as exc:
        w.coordinator.withdraw_submission(2031, fp, "no such")
    assert exc.value.code is ErrorCode.SUBMISSION_NOT_FOUND


# --- 5. schemas of every part ---------------------------------------------------------------------


@pytest.mark.parametrize("summary", [
    {"victim": "Айгерим Б."},
    {"changes": 10**100},
    {"changes": -1},
    {"changes": "57"},
    {"exports": 1.5},
    {"first_change": "yesterday"},
    {"users": ["a\nb"]},
    {"users": ["x" * 121]},
    {"users": ["u"] * 51},
    {"users": "admin"},
])
def test_audit_summary_outside_its_schema_is_refused(approved: tuple[World, bytes],
                                                      summary: dict[str, Any]) -> None:
    w, _ = approved
    o = import_bytes(w, _bundle(w, w.police, audit_summary=summary))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.PAYLOAD_MALFORMED)
    assert "audit_summary" in o.params["detail"]


def test_audit_summary_is_kept_without_user_names(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    summary = {"changes": 57, "exports": 1, "first_change": "2026-01-12T09:30:00Z",
               "last_change": None, "users": ["aigul", "marat"]}
    assert import_bytes(w, _bundle(w, w.police, audit_summary=summary)).result \
        is ImportResult.ACCEPTED
    (h,) = w.coordinator.submissions(YEAR)
    assert h.audit_summary == {"changes": 57, "exports": 1,
                               "first_change": "2026-01-12T09:30:00Z", "last_change": None,
                               "users": 2}


def _with_plaintext_change(monkeypatch: pytest.MonkeyPatch, old: bytes, new: bytes) -> None:
    real = formats.dump_json

    def dump(data: Any) -> bytes:
        out = real(data)
        return out.replace(old, new) if isinstance(data, dict) and "answers" in data else out

    monkeypatch.setattr(formats, "dump_json", dump)


@pytest.mark.parametrize("old, new, detail", [
    (b'"b2.q1.crimes":12345', b'"b2.q1.crimes":1e999', "out of range"),
    (b'"b2.q1.crimes":12345', b'"b2.q1.crimes":-1e999', "out of range"),
    (b'"b2.q1.crimes":12345', b'"b2.q1.crimes":NaN', "not JSON"),
    (b'"audit_summary":{}', b'"audit_summary":{},"extra":1', "unknown key"),
    (b'"contact_person":', b'"nickname":"x","contact_person":', "unknown key"),
])
def test_payload_numbers_and_keys_outside_json_or_the_schema_are_refused(
        approved: tuple[World, bytes], monkeypatch: pytest.MonkeyPatch,
        old: bytes, new: bytes, detail: str) -> None:
    w, _ = approved
    answers = dict(w.police.respondent.answers(YEAR))
    answers[CRIMES] = 12345
    _with_plaintext_change(monkeypatch, old, new)
    data = _bundle(w, w.police, answers=answers)
    monkeypatch.undo()
    o = import_bytes(w, data)
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.PAYLOAD_MALFORMED)
    assert detail in o.params["detail"]


def test_manifest_with_an_unknown_key_is_refused() -> None:
    with pytest.raises(formats.FormatError) as exc:
        formats.load_json(b'{"a": 1e999}', ImportReason.MANIFEST_MALFORMED)
    assert exc.value.reason is ImportReason.MANIFEST_MALFORMED
    reader = formats._Reader({"format": 1, "x-extra": 2}, ImportReason.MANIFEST_MALFORMED)
    with pytest.raises(formats.FormatError) as exc:
        reader.only("format")
    assert "x-extra: unknown key" in exc.value.params["detail"]


def test_json_output_is_always_valid(capsys: pytest.CaptureFixture[str]) -> None:
    from kzth_desktop.cli.common import print_json

    print_json({"a": float("inf"), "b": [float("nan"), 1.5], "name": "bad\udcff.kzth"})
    out = capsys.readouterr().out
    data = json.loads(out)
    assert (data["a"], data["b"]) == (None, [None, 1.5])
    assert data["name"].startswith("bad") and data["name"].endswith(".kzth")
    assert "Infinity" not in out and "NaN" not in out


# --- 6. the import side: non-regular files, names, two importers --------------------------------


def _batch(w: World) -> BundleImport:
    return w.coordinator._batch(PW)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_blocking(approved: tuple[World, bytes], tmp_path: Path
                                            ) -> None:
    w, _ = approved
    fifo = tmp_path / "pipe.kzth"
    os.mkfifo(fifo)
    done: list[Any] = []
    t = threading.Thread(target=lambda: done.append(w.coordinator.import_paths([fifo], PW)),
                         daemon=True)
    t.start()
    t.join(10)
    assert done, "importing a FIFO blocked"
    (o,) = done[0].outcomes
    assert (o.result, o.reason, o.params) == (ImportResult.REJECTED,
                                              ImportReason.NOT_REGULAR_FILE, {"kind": "fifo"})
    assert "не обычный файл (fifo)" in o.message("ru")


def test_a_folder_or_a_device_given_as_a_file_is_refused(approved: tuple[World, bytes],
                                                         tmp_path: Path) -> None:
    w, _ = approved
    batch = _batch(w)
    o = batch.import_path(tmp_path)
    assert (o.reason, o.params) == (ImportReason.NOT_REGULAR_FILE, {"kind": "directory"})
    if Path("/dev/zero").exists():
        o = batch.import_path(Path("/dev/zero"))
        assert (o.reason, o.params) == (ImportReason.NOT_REGULAR_FILE,
                                        {"kind": "character device"})
    o = batch.import_path(tmp_path / "missing.kzth")
    assert o.reason is ImportReason.FILE_UNREADABLE


@pytest.mark.skipif(sys.platform != "linux", reason="bytes file names of Linux")
def test_non_utf8_names_and_lone_surrogates_never_give_internal_error(
        approved: tuple[World, bytes], tmp_path: Path) -> None:
    w, good = approved
    raw = os.fsencode(str(tmp_path)) + b"/police-\xff\xfe.kzth"
    with open(raw, "wb") as f:
        f.write(good)
    (o,) = w.coordinator.import_paths([os.fsdecode(raw)], PW).outcomes
    assert o.result is ImportResult.ACCEPTED
    assert o.file.endswith("police-\\xff\\xfe.kzth")
    names = w.coordinator.ws.read(lambda s: s.scalars(select(ReceivedFile.name)).all())
    assert any(n.endswith("police-\\xff\\xfe.kzth") for n in names)
    (o,) = w.coordinator.import_paths([str(tmp_path / "x\ud800.kzth")], PW).outcomes
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.FILE_UNREADABLE)
    o = w.coordinator.import_data(b"junk", PW, name="y\ud800\udcff.kzth")
    assert o.reason is ImportReason.CONTAINER_MALFORMED
    assert safe_name("ok.kzth") == "ok.kzth"
    json.dumps(o.to_json("ru"), ensure_ascii=False).encode("utf-8")


def test_a_busy_workspace_says_another_import_is_running(approved: tuple[World, bytes],
                                                         tmp_path: Path) -> None:
    w, good = approved
    if w.coordinator.ws.folder is None:
        pytest.skip("the lock is a file of a folder workspace")
    f = tmp_path / "a.kzth"
    f.write_bytes(good)
    with import_lock(w.coordinator.ws), pytest.raises(ServiceError) as exc:
        w.coordinator.import_paths([f], PW)
    assert exc.value.code is ErrorCode.IMPORT_RUNNING
    assert "идёт другой импорт" in exc.value.message("ru")
    assert "басқа импорт жүріп жатыр" in exc.value.message("kk")
    assert results(w.coordinator.import_paths([f], PW).outcomes) == [("accepted", None)]


def test_a_second_importer_sees_the_first_ones_digests(approved: tuple[World, bytes]) -> None:
    """Two batches that read what was received before either imported: the duplicate check
    inside the write transaction makes the second one a duplicate, not a refusal."""
    w, good = approved
    first, second = _batch(w), _batch(w)
    assert first.import_bytes("a.kzth", good).result is ImportResult.ACCEPTED
    assert second.import_bytes("b.kzth", good).result is ImportResult.DUPLICATE
    assert [r.result for r in w.coordinator.receipts() if r.kind == "bundle"] == [
        ImportResult.ACCEPTED, ImportResult.DUPLICATE]


def test_two_threads_importing_the_same_files(approved: tuple[World, bytes],
                                              tmp_path: Path) -> None:
    w, good = approved
    files = []
    for n, version in enumerate((1, 2, 3)):
        f = tmp_path / f"{n}.kzth"
        f.write_bytes(good if version == 1 else _bundle(w, w.police, version=version))
        files.append(f)
    outcomes: list[Any] = []

    def run() -> None:
        for _ in range(3):
            try:
                outcomes.extend(w.coordinator.import_paths(files, PW).outcomes)
                return
            except ServiceError as exc:
                assert exc.code is ErrorCode.IMPORT_RUNNING
                outcomes.append(exc.code)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    by_digest: dict[str, set[str]] = {}
    for r in w.coordinator.receipts():
        if r.kind == "bundle":
            by_digest.setdefault(r.sha256, set()).add(r.result.value)
    for digest, seen in by_digest.items():
        assert not ({"accepted", "superseded"} & seen and "rejected" in seen), (digest, seen)
    assert [h.version for h in w.coordinator.submissions(YEAR)] == [3]


# --- 7. registrations ----------------------------------------------------------------------------


def _registration(org: formats.OrgInfo, key: Ed25519PrivateKey | None = None) -> bytes:
    key = key or Ed25519PrivateKey.generate()
    doc = formats.RegistrationDoc(org, crypto.public_raw(key), dt.datetime(2026, 1, 12))
    return formats.build_registration(doc, key)


@pytest.mark.parametrize("region, kinds, codes", [
    ("KZ-99", ("police",), [ErrorCode.UNKNOWN_REGION]),
    ("", ("police",), [ErrorCode.REGION_REQUIRED]),
    ("KZ-79", (), [ErrorCode.KIND_REQUIRED]),
    ("KZ-79", ("wizard",), [ErrorCode.UNKNOWN_KIND]),
])
def test_registrations_are_checked_like_init(world: World, region: str,
                                             kinds: tuple[str, ...],
                                             codes: list[ErrorCode]) -> None:
    data = _registration(formats.OrgInfo("Ұйым", "Организация", region, kinds))
    for call in (world.coordinator.preview_registration, world.coordinator.add_signer):
        with pytest.raises(ProfileError) as exc:
            call(data)
        assert list(exc.value.codes) == codes
        assert exc.value.details("kk") and exc.value.details("ru")
    assert world.coordinator.signers() == []
    assert sha(data) in stored(world.coordinator)  # kept all the same


def test_skeleton_matches_latin_cyrillic_homoglyphs() -> None:
    cyr = "НПО «Сенім»"
    latin = "HПO «Ceнiм»"  # Latin H, O, C, e, i
    assert cyr != latin and looks_alike(cyr, latin)
    assert skeleton("ДП  г. Шымкент") == skeleton("ДП г. Шымкент".upper())
    assert not looks_alike("ДП г. Шымкент", "ДП г. Алматы")
    assert looks_alike("\uff24\uff30", "DP")  # NFKC: full-width letters


def test_a_look_alike_name_continues_the_same_office(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    first = _bundle(w, w.ngo,
                    sender=formats.OrgInfo(NGO.name_kk, NGO.name_ru, NGO.region, NGO.kinds),
                    answers=w.ngo.respondent.answers(YEAR))
    assert import_bytes(w, first).result is ImportResult.ACCEPTED
    look_alike = formats.OrgInfo(NGO.name_kk, "HПO «Ceнiм»", NGO.region, NGO.kinds)
    key = Ed25519PrivateKey.generate()
    reg = _registration(look_alike, key)
    preview = w.coordinator.preview_registration(reg)
    assert [s.organisation.name_ru for s in preview.looks_like] == [NGO.name_ru]
    w.coordinator.add_signer(reg)
    second = _bundle(w, SimpleNamespace(signing_key=key, respondent=w.ngo.respondent),
                     sender=look_alike, version=2,
                     answers=w.ngo.respondent.answers(YEAR))
    o = import_bytes(w, second)
    assert (o.result, o.replaced_version) == (ImportResult.SUPERSEDED, 1)  # one history
    assert len([h for h in w.coordinator.submissions(YEAR) if h.organisation.region == "KZ-75"]
               ) == 1


# --- 8. every received file is kept --------------------------------------------------------------


def test_an_oversized_file_is_stored_unread_and_refused(approved: tuple[World, bytes],
                                                        tmp_path: Path) -> None:
    w, _ = approved
    big = tmp_path / "big.kzth"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_SIZE + 10)
    (o,) = w.coordinator.import_paths([big], PW).outcomes
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.FILE_TOO_LARGE)
    assert o.params == {"size": MAX_FILE_SIZE + 10, "limit": MAX_FILE_SIZE}
    digest = hashlib.sha256(big.read_bytes()).hexdigest()
    assert o.sha256 == digest and digest in stored(w.coordinator)
    (r,) = [r for r in w.coordinator.receipts() if r.kind == "bundle"]
    assert (r.size, r.reason) == (MAX_FILE_SIZE + 10, ImportReason.FILE_TOO_LARGE)
    # the same file again is a duplicate, not a second copy
    (o,) = w.coordinator.import_paths([big], PW).outcomes
    assert o.result is ImportResult.DUPLICATE


def test_every_new_reason_has_both_languages() -> None:
    for reason in (ImportReason.IDENTITY_MISMATCH, ImportReason.UNKNOWN_REQUEST,
                   ImportReason.NOT_REGULAR_FILE):
        kk, ru = (reason_message(reason, lang, {}) for lang in ("kk", "ru"))
        assert kk and ru and kk != ru

