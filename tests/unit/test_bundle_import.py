"""The coordinator's import of bundles: every refusal has its reason, nothing is lost, nothing
raises; the respondent's side (request import, bundle export) with it. The coordinator's
workspace is a folder (SQLite), then a PostgreSQL database when a server is given."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kzth_desktop.annex import load_default_annex
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.container import read_container, write_container
from kzth_desktop.exchange.reasons import ImportReason, ImportResult
from kzth_desktop.services import OrgProfile, RespondentService, ServiceError, Workspace
from kzth_desktop.services.bundle_export import ExchangeService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.errors import ErrorCode, FileRefusedError, NotValidError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.storage.models import ReceivedBlob

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import no_data_answers, sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
POLICE = OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))
NGO = OrgProfile("ҮЕҰ «Сенім»", "НПО «Сенім»", "KZ-75", ("ngo",))


@dataclass
class Office:
    ws: Workspace
    exchange: ExchangeService
    respondent: RespondentService
    registration: bytes

    @property
    def signing_key(self) -> Any:
        return KeyService(self.ws).signing_key(PW)

    def export(self, out: Path) -> Path:
        return self.exchange.export_bundle(YEAR, out, PW).path


@dataclass
class World:
    root: Path
    backend: Any
    coordinator: CoordinationService
    request: bytes
    police: Office
    ngo: Office

    def office(self, name: str, profile: OrgProfile) -> Office:
        # the NGO's sample numbers break block 16's sums: it answers "no data" throughout
        ws = Workspace.create(self.root / name, "respondent", profile, annex=ANNEX,
                              passphrase=PW)
        ex = ExchangeService(ws, ANNEX)
        ex.import_request(self.request)
        rs = RespondentService(ws, ANNEX)
        kinds = list(profile.kinds)
        answers = no_data_answers(ANNEX, kinds) if "ngo" in kinds else sample_answers(ANNEX,
                                                                                      kinds)
        rs.import_answers({"reporting_year": YEAR, "answers": answers})
        return Office(ws, ex, rs, ex.registration(PW))


def make_coordinator(root: Path, backend: Any,
                     name: str = "coordinator") -> CoordinationService:
    ws = Workspace.create(backend.workspace(root / name), "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX, passphrase=PW)
    return CoordinationService(ws, ANNEX)


@pytest.fixture
def world(tmp_path: Path, backend: Any) -> Iterator[World]:
    coordinator = make_coordinator(tmp_path, backend)
    request = coordinator.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    w = World(tmp_path, backend, coordinator, request, None, None)  # type: ignore[arg-type]
    w.police = w.office("police", POLICE)
    w.ngo = w.office("ngo", NGO)
    yield w
    for ws in (coordinator.ws, w.police.ws, w.ngo.ws):
        ws.close()


def results(outcomes: Any) -> list[tuple[str, str | None]]:
    return [(o.result.value, o.reason.value if o.reason else None) for o in outcomes]


def stored(svc: CoordinationService) -> set[str]:
    """The digests in the received store: files of a folder, rows of a database workspace."""
    folder = svc.ws.folder
    if folder is None:
        return set(svc.ws.read(lambda s: s.scalars(select(ReceivedBlob.sha256)).all()))
    return {p.name for p in (folder / "received").iterdir() if len(p.name) == 64}


def sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def import_bytes(w: World, data: bytes, name: str = "x.kzth") -> Any:
    outcome = w.coordinator.import_data(data, PW, name=name)
    assert sha(data) in stored(w.coordinator), "every received file is stored"
    return outcome


def rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The bundle's entries with some replaced (None: removed), in a canonical container."""
    entries = read_container(data, formats.ENTRIES[formats.BUNDLE])
    out = [(n, change.get(n, c)) for n, c in entries.items()]
    return write_container([(n, c) for n, c in out if c is not None])


# --- the journey ---------------------------------------------------------------------------------


def test_accept_then_supersede_then_duplicate_and_replay(world: World, tmp_path: Path) -> None:
    w = world
    w.coordinator.add_signer(w.police.registration, passphrase=PW)
    v1 = w.police.export(tmp_path / "out")
    v2 = w.police.export(tmp_path / "out")
    assert (v1.name.endswith("-v1.kzth"), v2.name.endswith("-v2.kzth")) == (True, True)
    report = w.coordinator.import_paths([v1, v1, v2, v1], PW)
    assert results(report.outcomes) == [
        ("accepted", None), ("duplicate", None), ("superseded", None), ("duplicate", None)]
    assert report.outcomes[2].replaced_version == 1
    held = w.coordinator.submissions(YEAR, include_superseded=True)
    assert [(h.version, h.status) for h in held] == [(1, "superseded"), (2, "current")]
    assert held[1].answers == w.police.respondent.answers(YEAR)
    assert held[1].organisation.name_ru == "ДП г. Шымкент"
    assert [h.version for h in w.coordinator.submissions(YEAR)] == [2]
    assert stored(w.coordinator) == {sha(v1.read_bytes()), sha(v2.read_bytes()),
                                     sha(w.police.registration)}


def test_a_replayed_older_version_is_refused(world: World, tmp_path: Path) -> None:
    w = world
    w.coordinator.add_signer(w.police.registration)
    v1 = w.police.export(tmp_path / "a")
    v2 = w.police.export(tmp_path / "b")
    report = w.coordinator.import_paths([v2, v1], PW)
    assert results(report.outcomes) == [("accepted", None), ("rejected", "not_newer")]
    assert report.outcomes[1].params == {"year": YEAR, "version": 1, "held": 2}
    assert "версия 1 за 2025 год не новее уже полученной версии 2" in \
        report.outcomes[1].message("ru")
    assert [(h.version, h.status) for h in w.coordinator.submissions(
        YEAR, include_superseded=True)] == [(2, "current")]


def test_unknown_signer_waits_in_quarantine_until_approved(world: World, tmp_path: Path) -> None:
    w = world
    v1 = w.police.export(tmp_path / "out")
    (o,) = w.coordinator.import_paths([v1], PW).outcomes
    assert (o.result, o.reason) == (ImportResult.QUARANTINED, ImportReason.UNKNOWN_SIGNER)
    assert o.params["fingerprint"] == w.police.exchange.fingerprint()
    assert w.coordinator.submissions() == []
    added = w.coordinator.add_signer(w.police.registration)  # no passphrase: still waiting
    assert (added.released, added.still_quarantined) == ((), 1)
    released = w.coordinator.release_quarantined(PW)
    assert results(released) == [("accepted", None)]
    assert [h.version for h in w.coordinator.submissions(YEAR)] == [1]
    (receipt,) = [r for r in w.coordinator.receipts() if r.kind == "bundle"]
    assert (receipt.result, receipt.reason) == (ImportResult.ACCEPTED, None)


def test_revoked_signer_is_refused(world: World, tmp_path: Path) -> None:
    w = world
    added = w.coordinator.add_signer(w.police.registration)
    revoked = w.coordinator.revoke_signer(added.signer.display.lower().replace(" ", ""))
    assert revoked.revoked_at is not None
    (o,) = w.coordinator.import_paths([w.police.export(tmp_path)], PW).outcomes
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.SIGNER_REVOKED)
    with pytest.raises(ServiceError) as exc:  # a revoked key cannot be approved again
        w.coordinator.add_signer(w.police.registration)
    assert exc.value.code is ErrorCode.SIGNER_REVOKED


def test_a_lost_key_is_replaced_by_registering_again(world: World, tmp_path: Path) -> None:
    w = world
    old = w.coordinator.add_signer(w.police.registration).signer
    w.coordinator.import_paths([w.police.export(tmp_path / "a")], PW)
    w.coordinator.revoke_signer(old.display)
    KeyService(w.police.ws).replace_keys("a new passphrase")
    new_reg = w.police.exchange.registration("a new passphrase")
    preview = w.coordinator.preview_registration(new_reg)
    assert [s.fingerprint for s in preview.same_organisation] == [old.fingerprint]
    w.coordinator.add_signer(new_reg)
    v2 = w.police.exchange.export_bundle(YEAR, tmp_path / "b", "a new passphrase").path
    (o,) = w.coordinator.import_paths([v2], PW).outcomes
    assert (o.result, o.replaced_version) == (ImportResult.SUPERSEDED, 1)  # same history


# --- one test per refusal ------------------------------------------------------------------------


@pytest.fixture
def approved(world: World, tmp_path: Path) -> tuple[World, bytes]:
    world.coordinator.add_signer(world.police.registration)
    world.coordinator.add_signer(world.ngo.registration)
    return world, world.police.export(tmp_path / "bundles").read_bytes()


def test_truncated_files_are_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    for cut in (0, 1, 22, len(good) // 2, len(good) - 22, len(good) - 1):
        o = import_bytes(w, good[:cut], f"cut{cut}.kzth")
        assert o.result is ImportResult.REJECTED, cut
        assert o.reason in (ImportReason.CONTAINER_MALFORMED,
                            ImportReason.CONTAINER_NONCANONICAL), cut


def test_zip_with_parent_or_absolute_names_is_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    entries = read_container(good, formats.ENTRIES[formats.BUNDLE])
    for evil in ("../manifest.json", "/manifest.json", "a/../../payload.enc", "C:\\\\x"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, content in entries.items():
                zf.writestr(evil if name == "payload.enc" else name, content)
        o = import_bytes(w, buf.getvalue(), "evil.kzth")
        assert (o.result, o.reason) == (ImportResult.REJECTED,
                                        ImportReason.CONTAINER_UNSAFE_PATH), evil
        assert o.params == {"name": evil}


def test_entry_declaring_a_huge_size_is_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    entries = read_container(good, formats.ENTRIES[formats.BUNDLE])
    buf = io.BytesIO()  # a zip bomb: 64 MiB of zeros deflated to some 64 KiB
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", entries["manifest.json"], zipfile.ZIP_STORED)
        zf.writestr("manifest.sig", entries["manifest.sig"], zipfile.ZIP_STORED)
        zf.writestr("payload.enc", b"\0" * (64 << 20))
    o = import_bytes(w, buf.getvalue(), "bomb.kzth")
    assert (o.result, o.reason) == (ImportResult.REJECTED,
                                    ImportReason.CONTAINER_ENTRY_TOO_LARGE)
    assert o.params["size"] == 64 << 20
    # a stored entry whose headers lie about its size (4 GiB - 2)
    lying = bytearray(good)
    cd = lying.rfind(b"PK\x01\x02")  # the last central directory entry: payload.enc
    lying[cd + 24:cd + 28] = (0xFFFFFFFE).to_bytes(4, "little")
    o = import_bytes(w, bytes(lying), "lying.kzth")
    assert o.result is ImportResult.REJECTED
    assert o.reason in (ImportReason.CONTAINER_ENTRY_TOO_LARGE,
                        ImportReason.CONTAINER_MALFORMED)


def test_extra_or_missing_entry_is_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    entries = list(read_container(good, formats.ENTRIES[formats.BUNDLE]).items())
    extra = write_container([*entries, ("readme.txt", b"hello")])
    missing = write_container(entries[:2])
    for data in (extra, missing):
        o = import_bytes(w, data)
        assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.CONTAINER_ENTRIES)


def test_bundle_for_another_coordinator_is_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    other = make_coordinator(w.root, w.backend, "other-coordinator")
    other.add_signer(w.police.registration)
    o = other.import_data(good, PW, name="x.kzth")
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.WRONG_RECIPIENT)
    assert o.params["recipient"] == KeyService(w.coordinator.ws).key("encryption").display
    other.ws.close()


def test_manifest_changed_or_signature_swapped_is_rejected(approved: tuple[World, bytes]) -> None:
    w, good = approved
    entries = read_container(good, formats.ENTRIES[formats.BUNDLE])
    manifest = entries["manifest.json"].replace(b'"version":1', b'"version":9')
    assert manifest != entries["manifest.json"]
    o = import_bytes(w, rezip(good, {"manifest.json": manifest}))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.BAD_SIGNATURE)
    o = import_bytes(w, rezip(good, {"manifest.sig": bytes(64)}))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.BAD_SIGNATURE)


def test_payload_swapped_is_rejected_on_its_hash(approved: tuple[World, bytes],
                                                 tmp_path: Path) -> None:
    w, good = approved
    other = read_container(w.police.export(tmp_path / "v2").read_bytes(),
                           formats.ENTRIES[formats.BUNDLE])["payload.enc"]
    o = import_bytes(w, rezip(good, {"payload.enc": other}))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.PAYLOAD_HASH_MISMATCH)


def test_another_office_cannot_resign_the_ciphertext_as_its_own(
        approved: tuple[World, bytes]) -> None:
    """Encrypt-then-sign without binding would let a registered office strip the police's
    signature and sign the police's (unread) answers as its own: the sender's key is in the
    HKDF info and the associated data, so the payload no longer opens."""
    w, good = approved
    entries = read_container(good, formats.ENTRIES[formats.BUNDLE])
    manifest = json.loads(entries["manifest.json"])
    ngo_key = w.ngo.signing_key
    ngo_pub = crypto.public_raw(ngo_key)
    manifest["sender"].update(signing_key=crypto.b64encode(ngo_pub),
                              fingerprint=crypto.fingerprint(ngo_pub),
                              name_kk=NGO.name_kk, name_ru=NGO.name_ru, region=NGO.region,
                              kinds=list(NGO.kinds))
    body = formats.dump_json(manifest)
    forged = rezip(good, {"manifest.json": body,
                          "manifest.sig": crypto.sign(ngo_key, formats.BUNDLE, body)})
    o = import_bytes(w, forged)
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.DECRYPTION_FAILED)
    assert w.coordinator.submissions() == []


def _bundle(w: World, office: Office, **changes: Any) -> bytes:
    recipient = KeyService(w.coordinator.ws).key("encryption").public_key
    args: dict[str, Any] = dict(
        sender=formats.OrgInfo(*[getattr(POLICE, f) for f in (
            "name_kk", "name_ru", "region", "kinds")]),
        signing_key=office.signing_key, recipient_key=recipient,
        request_id=formats.read_request(w.request).request_id,
        reporting_year=YEAR, version=1, annex_version=ANNEX.version.stamp,
        answers=office.respondent.answers(YEAR))
    args.update(changes)
    return formats.build_bundle(**args)


def test_answers_that_do_not_validate_are_rejected(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    answers = dict(w.police.respondent.answers(YEAR))
    answers.pop(next(iter(answers)))
    answers["b2.q1.crimes"] = -5
    o = import_bytes(w, _bundle(w, w.police, answers=answers))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.ANSWERS_INVALID)
    assert o.params["count"] >= 1
    # the first problem in words for the clerk (no field id, no English code), both languages
    for lang, place in (("ru", "Блок "), ("kk", "-блок")):
        message = o.message(lang)
        assert place in message and "(" + o.params["first"].split(" (")[1] not in message
        assert o.params["first"].split(" ")[0] not in message, message


def test_unknown_annex_version_is_rejected(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    o = import_bytes(w, _bundle(w, w.police, annex_version="2031-new-annex"))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.ANNEX_VERSION_UNKNOWN)


def test_a_request_file_given_as_a_bundle_is_named(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    o = import_bytes(w, w.request, "request.kzreq")
    assert (o.result, o.reason, o.params) == (
        ImportResult.REJECTED, ImportReason.WRONG_FORMAT,
        {"expected": ".kzth", "found": ".kzreq"})
    assert "это не .kzth, а .kzreq" in o.message("ru")


def test_internal_error_is_reported_not_raised(approved: tuple[World, bytes],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    w, good = approved
    import kzth_desktop.exchange.verdict as verdict

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("validator crashed")

    monkeypatch.setattr(verdict, "validate_submission", boom)
    o = import_bytes(w, good)
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.INTERNAL_ERROR)
    assert "validator crashed" in o.message("kk")


# --- batches -------------------------------------------------------------------------------------


def test_one_bad_file_never_stops_a_batch(approved: tuple[World, bytes], tmp_path: Path) -> None:
    w, good = approved
    folder = tmp_path / "stick"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-truncated.kzth").write_bytes(good[:100])
    (folder / "b-good.kzth").write_bytes(good)
    (folder / "c-noise.kzth").write_bytes(b"\x00" * 1000)
    (folder / "sub" / "d-ngo.kzth").write_bytes(w.ngo.export(tmp_path / "n").read_bytes())
    (folder / "notes.txt").write_text("not a bundle, not looked at")
    report = w.coordinator.import_paths([folder, tmp_path / "missing.kzth"], PW)
    assert [Path(o.file).name for o in report.outcomes] == [
        "a-truncated.kzth", "b-good.kzth", "c-noise.kzth", "d-ngo.kzth", "missing.kzth"]
    assert results(report.outcomes) == [
        ("rejected", "container_malformed"), ("accepted", None),
        ("rejected", "container_malformed"), ("accepted", None),
        ("rejected", "file_unreadable")]
    assert not report.ok
    data = report.to_json("kk")
    assert [len(data[k]) for k in ("accepted", "superseded", "duplicate", "quarantined",
                                   "rejected")] == [2, 0, 0, 0, 3]
    assert {r["reason"] for r in data["rejected"]} == {"container_malformed", "file_unreadable"}
    held = {h.organisation.region: h for h in w.coordinator.submissions(YEAR)}
    assert set(held) == {"KZ-79", "KZ-75"}
    assert held["KZ-75"].answers == w.ngo.respondent.answers(YEAR)
    files = [p for p in folder.rglob("*.kzth")]
    assert {sha(p.read_bytes()) for p in files} <= stored(w.coordinator)


def test_progress_can_stop_a_batch(approved: tuple[World, bytes], tmp_path: Path) -> None:
    w, good = approved
    paths = []
    for n in range(3):
        p = tmp_path / f"{n}.kzth"
        p.write_bytes(good[: 50 + n])
        paths.append(p)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, outcome: Any) -> bool:
        seen.append((done, total))
        return done < 2

    report = w.coordinator.import_paths(paths, PW, progress=progress)
    assert (len(report.outcomes), report.cancelled, seen) == (2, True, [(1, 3), (2, 3)])


def test_wrong_passphrase_refuses_the_batch_before_any_file(approved: tuple[World, bytes],
                                                            tmp_path: Path) -> None:
    w, good = approved
    p = tmp_path / "x.kzth"
    p.write_bytes(good)
    with pytest.raises(ServiceError) as exc:
        w.coordinator.import_paths([p], "not the passphrase")
    assert exc.value.code is ErrorCode.WRONG_PASSPHRASE
    assert w.coordinator.receipts()[-1].kind == "registration"


# --- a flipped bit anywhere ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def flip_world(tmp_path_factory: pytest.TempPathFactory,
               backend: Any) -> Iterator[tuple[World, bytes]]:
    root = tmp_path_factory.mktemp("flip")
    coordinator = make_coordinator(root, backend)
    request = coordinator.create_request(YEAR, PW).data
    w = World(root, backend, coordinator, request, None, None)  # type: ignore[arg-type]
    w.police = w.office("police", POLICE)
    coordinator.add_signer(w.police.registration)
    good = w.police.export(root / "out").read_bytes()
    # guard: the untouched file passes every check here (without being recorded)
    from kzth_desktop.exchange.verdict import judge_bundle

    assert judge_bundle(good, coordinator._batch(PW).holdings).result is ImportResult.ACCEPTED
    yield w, good
    coordinator.ws.close()
    w.police.ws.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_flipped_bit_anywhere_is_rejected(flip_world: tuple[World, bytes],
                                            data: st.DataObject) -> None:
    w, good = flip_world
    bit = data.draw(st.integers(0, len(good) * 8 - 1), label="bit")
    flipped = bytearray(good)
    flipped[bit // 8] ^= 1 << (bit % 8)
    o = w.coordinator.import_data(bytes(flipped), PW, name=f"bit{bit}.kzth")
    assert o.result is ImportResult.REJECTED, (bit, o)
    assert o.reason is not None and o.reason is not ImportReason.INTERNAL_ERROR
    assert o.message("kk") and o.message("ru")
    assert sha(bytes(flipped)) in stored(w.coordinator)
    assert w.coordinator.submissions() == []  # the original was never imported here


# --- the respondent's side -----------------------------------------------------------------------


def test_request_import_sets_year_and_deadline(world: World) -> None:
    (c,) = world.police.respondent.campaigns()
    assert (c.year, c.deadline) == (YEAR, dt.date(2026, 2, 10))  # one month after issue
    (r,) = world.police.exchange.requests()
    assert (r.reporting_year, r.direction) == (YEAR, "imported")
    assert r.display_fingerprint == KeyService(world.coordinator.ws).key("signing").display
    again = world.police.exchange.import_request(world.request)
    assert again.already_imported


def test_request_whose_signature_does_not_verify_is_refused(world: World) -> None:
    entries = read_container(world.request, formats.ENTRIES[formats.REQUEST])
    body = entries["request.json"].replace(b"2026-02-10", b"2026-12-31")
    forged = write_container([("request.json", body), ("request.sig", entries["request.sig"])])
    with pytest.raises(FileRefusedError) as exc:
        world.police.exchange.import_request(forged, name="forged.kzreq")
    assert exc.value.reason is ImportReason.BAD_SIGNATURE
    assert "forged.kzreq" in exc.value.message("kk")
    (c,) = world.police.respondent.campaigns()
    assert c.deadline == dt.date(2026, 2, 10)


def test_request_of_another_coordinator_needs_confirmation(world: World) -> None:
    other = make_coordinator(world.root, world.backend, "next-body")
    data = other.create_request(2026, PW, deadline=dt.date(2027, 3, 1)).data
    with pytest.raises(FileRefusedError) as exc:
        world.police.exchange.import_request(data)
    assert exc.value.reason is ImportReason.COORDINATOR_CHANGED
    imported = world.police.exchange.import_request(data, accept_new_coordinator=True)
    assert imported.new_coordinator and imported.campaign.deadline == dt.date(2027, 3, 1)
    other.ws.close()


def test_bundle_export_is_refused_with_the_problems_while_invalid(world: World,
                                                                  tmp_path: Path) -> None:
    rs = world.police.respondent
    first = next(iter(rs.answers(YEAR)))
    rs.clear_answer(YEAR, first)
    with pytest.raises(NotValidError) as exc:
        world.police.exchange.export_bundle(YEAR, tmp_path, PW)
    assert exc.value.code is ErrorCode.NOT_VALID
    assert any(line.startswith(f"{first}:") for line in exc.value.details("ru"))
    assert not list(tmp_path.glob("*.kzth"))
    assert rs.campaign(YEAR).status == "draft"


def test_each_export_has_a_higher_version(world: World, tmp_path: Path) -> None:
    ex, rs = world.police.exchange, world.police.respondent
    versions = [ex.export_bundle(YEAR, tmp_path, PW).version for _ in range(3)]
    assert versions == [1, 2, 3]
    assert rs.campaign(YEAR).status == "exported"
    rs.reopen(YEAR)  # edit after an export: the next one is newer again
    assert ex.export_bundle(YEAR, tmp_path, PW).version == 4


def test_export_needs_the_right_passphrase_and_a_request(world: World, tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as exc:
        world.police.exchange.export_bundle(YEAR, tmp_path, "wrong passphrase")
    assert exc.value.code is ErrorCode.WRONG_PASSPHRASE
    assert world.police.respondent.campaign(YEAR).status == "draft"
    ws = Workspace.create(world.root / "lonely", "respondent", POLICE, annex=ANNEX,
                          passphrase=PW)
    rs = RespondentService(ws, ANNEX)
    rs.add_campaign(YEAR)
    rs.import_answers({"reporting_year": YEAR, "answers": sample_answers(ANNEX, ["police"])})
    with pytest.raises(ServiceError) as exc:
        ExchangeService(ws, ANNEX).export_bundle(YEAR, tmp_path, PW)
    assert exc.value.code is ErrorCode.NO_REQUEST
    ws.close()


def test_a_database_url_workspace_keeps_received_files_in_the_database(
        world: World, tmp_path: Path) -> None:
    url = world.backend.url(tmp_path, "coordinator-url.sqlite")
    ws = Workspace.create(url, "coordinator", OrgProfile("К", "К"), annex=ANNEX,
                          passphrase=PW)
    svc = CoordinationService(ws, ANNEX)
    svc.add_signer(world.police.registration)
    (o,) = svc.import_paths([tmp_path / "nothing-here.kzth"], PW).outcomes
    assert o.reason is ImportReason.FILE_UNREADABLE
    o = svc.import_data(b"garbage", PW, name="g.kzth")
    assert o.result is ImportResult.REJECTED
    assert svc.received_file(sha(b"garbage")) == b"garbage"
    assert svc.store.count() == 2  # the registration and the garbage
    ws.close()


# --- bundles and held submissions of the first definition of the annex (issue 16) --------------


def _r1_answers(w: World) -> dict[str, Any]:
    """The police's answers as the first definition asked them (its field ids)."""
    from kzth_desktop.annex.upgrades import shipped_upgrades

    later = shipped_upgrades(ANNEX).new_since(1)
    answers = {f: v for f, v in w.police.respondent.answers(YEAR).items() if f not in later}
    return {**answers, "b2.q4.1": 17, "b2.q6.cases": 9}


def test_an_r1_bundle_is_imported_labelled_and_aggregated(approved: tuple[World, bytes]) -> None:
    from kzth_desktop.analysis.aggregate import aggregate_year
    from kzth_desktop.analysis.records import SubmissionSet
    from kzth_desktop.services.desk import records_from_workspace
    from kzth_desktop.storage.models import ImportedSubmission

    w, _ = approved
    answers = _r1_answers(w)
    data = _bundle(w, w.police, annex_version=ANNEX.version.id, answers=answers)
    o = import_bytes(w, data, name="r1.kzth")
    assert (o.result, o.reason) == (ImportResult.ACCEPTED, None)
    assert o.earlier_revision == 1 and o.to_json("ru")["definition_revision"] == 1
    assert o.message("ru").endswith("(прежняя редакция опросника: r1)")
    assert o.message("kk").endswith("(сауалнаманың бұрынғы редакциясы: r1)")
    (held,) = w.coordinator.submissions(YEAR)
    assert (held.annex_version, held.revision) == (ANNEX.version.id, 1)
    assert held.earlier_definition(ANNEX.version.revision) == 1
    assert "b2.q4.1" not in held.answers and held.answers["b2.q1.crimes"] == answers["b2.q1.crimes"]
    assert [(e.field_id, e.value) for e in held.earlier] == [("b2.q4.1", 17), ("b2.q6.cases", 9)]
    # the stored bytes are never altered: the file as received, the answers as sent
    assert w.coordinator.received_file(sha(data)) == data
    stored_text = w.coordinator.ws.read(lambda s: s.scalars(
        select(ImportedSubmission.answers_json)).one())
    assert json.loads(stored_text) == answers
    # it counts: its figures are in the year's aggregate, the split ones are not invented
    subs = SubmissionSet(ANNEX, records_from_workspace(w.coordinator.ws, ANNEX, YEAR))
    agg = aggregate_year(subs, YEAR)
    assert agg.numeric["b2.q1.crimes"].total == answers["b2.q1.crimes"]
    assert agg.numeric["b2.q4.received"].total is None
    assert agg.numeric["b2.q4.received"].unanswered == 1


def test_an_r1_bundle_with_a_field_r1_did_not_have_is_refused(
        approved: tuple[World, bytes]) -> None:
    w, _ = approved
    answers = {**_r1_answers(w), "b2.q4.received": 3}
    o = import_bytes(w, _bundle(w, w.police, annex_version=ANNEX.version.id, answers=answers))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.ANSWERS_INVALID)
    assert o.params["first"] == "b2.q4.received (unknown_field)"


def test_a_later_revision_stamp_is_refused_as_unknown(approved: tuple[World, bytes]) -> None:
    w, _ = approved
    stamp = f"{ANNEX.version.id}.r{ANNEX.version.revision + 1}"
    o = import_bytes(w, _bundle(w, w.police, annex_version=stamp))
    assert (o.result, o.reason) == (ImportResult.REJECTED, ImportReason.ANNEX_VERSION_UNKNOWN)
    assert o.params == {"annex_version": stamp}
