"""The cryptography of the files that travel: keys, fingerprints, signatures, encryption,
sealed private keys, the canonical container and the three formats."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
import zipfile

import pytest

from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.container import ContainerError, read_container, write_container
from kzth_desktop.exchange.reasons import REASON_MESSAGES, ImportReason

# --- fingerprints --------------------------------------------------------------------------------


def test_fingerprint_is_sha256_of_the_raw_key_shown_in_8_groups_of_4() -> None:
    key = crypto.new_signing_key()
    raw = crypto.public_raw(key)
    fp = crypto.fingerprint(raw)
    assert fp == hashlib.sha256(raw).hexdigest()
    shown = crypto.display_fingerprint(fp)
    assert re.fullmatch(r"([A-Z2-7]{4} ){7}[A-Z2-7]{4}", shown)
    assert shown.replace(" ", "") == base64.b32encode(bytes.fromhex(fp)[:20]).decode()


def test_fingerprint_matches_as_read_aloud_or_as_hex() -> None:
    fp = crypto.fingerprint(crypto.public_raw(crypto.new_signing_key()))
    shown = crypto.display_fingerprint(fp)
    other = crypto.fingerprint(crypto.public_raw(crypto.new_signing_key()))
    assert crypto.fingerprint_matches(shown, fp)
    assert crypto.fingerprint_matches(shown.replace(" ", "").lower(), fp)
    assert crypto.fingerprint_matches(shown.replace(" ", "-"), fp)
    assert crypto.fingerprint_matches(fp.upper(), fp)
    assert not crypto.fingerprint_matches(shown, other)
    assert not crypto.fingerprint_matches(shown[:-5], fp)  # all 8 groups are needed


# --- signatures ----------------------------------------------------------------------------------


def test_signature_is_bound_to_key_message_and_purpose() -> None:
    key = crypto.new_signing_key()
    pub = crypto.public_raw(key)
    sig = crypto.sign(key, "kzth-bundle", b"manifest")
    assert len(sig) == crypto.SIGNATURE_SIZE
    assert crypto.verify(pub, "kzth-bundle", b"manifest", sig)
    assert not crypto.verify(pub, "kzth-bundle", b"manifesT", sig)
    assert not crypto.verify(pub, "kzth-registration", b"manifest", sig)
    assert not crypto.verify(crypto.public_raw(crypto.new_signing_key()), "kzth-bundle",
                             b"manifest", sig)
    assert not crypto.verify(b"short", "kzth-bundle", b"manifest", sig)


# --- encryption ----------------------------------------------------------------------------------


def test_encryption_opens_only_for_the_recipient_with_the_same_context() -> None:
    recipient = crypto.new_encryption_key()
    sealed = crypto.encrypt_for(crypto.public_raw(recipient), b"answers", info=b"i", aad=b"a")
    assert b"answers" not in sealed.ciphertext
    assert crypto.decrypt_with(recipient, sealed, info=b"i", aad=b"a") == b"answers"
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_with(crypto.new_encryption_key(), sealed, info=b"i", aad=b"a")
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_with(recipient, sealed, info=b"other sender", aad=b"a")
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_with(recipient, sealed, info=b"i", aad=b"other header")
    low_order = crypto.Sealed(bytes(32), sealed.nonce, sealed.ciphertext)
    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt_with(recipient, low_order, info=b"i", aad=b"a")


def test_each_encryption_uses_a_fresh_ephemeral_key() -> None:
    pub = crypto.public_raw(crypto.new_encryption_key())
    a = crypto.encrypt_for(pub, b"x", info=b"i", aad=b"a")
    b = crypto.encrypt_for(pub, b"x", info=b"i", aad=b"a")
    assert a.ephemeral_public != b.ephemeral_public and a.ciphertext != b.ciphertext


# --- private keys under a passphrase -------------------------------------------------------------


def test_sealed_private_key_opens_only_with_its_passphrase_and_public_key() -> None:
    key = crypto.new_signing_key()
    raw = crypto.private_raw(key)
    pkey = crypto.PassphraseKey.derive("Құпия сөз: ёлка-й 2025")
    sealed = crypto.seal_private_key(raw, pkey, b"signing/pub")
    data = json.loads(sealed)
    assert (data["kdf"], data["aead"], data["n"], data["r"], data["p"]) == (
        "scrypt", "AES-256-GCM", crypto.SCRYPT.n, 8, 1)
    assert base64.b64decode(data["ciphertext"]) != raw
    assert crypto.open_private_key(sealed, "Құпия сөз: ёлка-й 2025", b"signing/pub") == raw
    # the same letters typed decomposed (another keyboard) open it too
    decomposed = unicodedata.normalize("NFD", "Құпия сөз: ёлка-й 2025")
    assert decomposed != "Құпия сөз: ёлка-й 2025"
    assert crypto.open_private_key(sealed, decomposed, b"signing/pub") == raw
    with pytest.raises(crypto.WrongPassphraseError):
        crypto.open_private_key(sealed, "құпия сөз 2025", b"signing/pub")
    with pytest.raises(crypto.WrongPassphraseError):  # sealed keys cannot be swapped
        crypto.open_private_key(sealed, "Құпия сөз: ёлка-й 2025", b"signing/other")


def test_a_sealed_key_with_bad_scrypt_parameters_is_refused_before_any_work() -> None:
    pkey = crypto.PassphraseKey.derive("бір екі үш төрт")
    sealed = json.loads(crypto.seal_private_key(b"k" * 32, pkey, b"aad"))
    for bad in ("16384", -1, 0, True, None):
        broken = json.dumps({**sealed, "n": bad})
        with pytest.raises(crypto.CryptoError, match="bad scrypt parameters"):
            crypto.open_private_key(broken, "бір екі үш төрт", b"aad")


def test_production_scrypt_cost_is_at_least_owasp_minimum() -> None:
    assert crypto.DEFAULT_SCRYPT.n >= 2**17 and crypto.DEFAULT_SCRYPT.r >= 8
    assert crypto.SCRYPT.n < crypto.DEFAULT_SCRYPT.n  # tests run with a cheap cost (conftest)


# --- the container -------------------------------------------------------------------------------

ENTRIES = (("a.json", 100), ("a.sig", 64))


def test_container_is_a_zip_any_tool_reads() -> None:
    data = write_container([("a.json", b'{"x":1}'), ("a.sig", b"s" * 64)])
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["a.json", "a.sig"]
        assert zf.read("a.json") == b'{"x":1}'
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
    assert read_container(data, ENTRIES) == {"a.json": b'{"x":1}', "a.sig": b"s" * 64}


def _zip(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as zf:
        for name, content in entries:
            zf.writestr(name, content)
    return buf.getvalue()


def _reason(data: bytes, entries: tuple[tuple[str, int], ...] = ENTRIES,
            max_size: int = 1 << 20) -> ImportReason:
    with pytest.raises(ContainerError) as exc:
        read_container(data, entries, max_size)
    return exc.value.reason


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_container_refusals() -> None:
    good = [("a.json", b"{}"), ("a.sig", b"s" * 64)]
    assert _reason(b"not a zip at all") is ImportReason.CONTAINER_MALFORMED
    assert _reason(write_container(good)[:-10]) is ImportReason.CONTAINER_MALFORMED
    assert _reason(write_container(good), max_size=50) is ImportReason.FILE_TOO_LARGE
    assert _reason(_zip([("../a.json", b"{}"), ("a.sig", b"s" * 64)])) \
        is ImportReason.CONTAINER_UNSAFE_PATH
    assert _reason(_zip([("/etc/a.json", b"{}"), ("a.sig", b"s" * 64)])) \
        is ImportReason.CONTAINER_UNSAFE_PATH
    assert _reason(_zip([("C:/a.json", b"{}"), ("a.sig", b"s" * 64)])) \
        is ImportReason.CONTAINER_UNSAFE_PATH
    assert _reason(_zip([*good, ("extra", b"")])) is ImportReason.CONTAINER_ENTRIES
    assert _reason(_zip(good[:1])) is ImportReason.CONTAINER_ENTRIES
    assert _reason(_zip([*good, ("a.sig", b"t" * 64)])) is ImportReason.CONTAINER_ENTRIES
    assert _reason(_zip([("a.json", b" " * 101), ("a.sig", b"s" * 64)])) \
        is ImportReason.CONTAINER_ENTRY_TOO_LARGE
    # the same entries zipped by another tool, or compressed: not this program's file
    assert _reason(_zip(good)) is ImportReason.CONTAINER_NONCANONICAL
    assert _reason(_zip(good, zipfile.ZIP_DEFLATED)) is ImportReason.CONTAINER_NONCANONICAL
    # the right entries in the wrong order
    assert _reason(write_container(good[::-1])) is ImportReason.CONTAINER_NONCANONICAL


def test_a_zip_bomb_is_refused_on_its_declared_size_before_any_inflating() -> None:
    bomb = _zip([("a.json", b"\0" * (64 << 20)), ("a.sig", b"s" * 64)], zipfile.ZIP_DEFLATED)
    assert len(bomb) < 200_000
    with pytest.raises(ContainerError) as exc:
        read_container(bomb, ENTRIES)
    assert exc.value.reason is ImportReason.CONTAINER_ENTRY_TOO_LARGE
    assert exc.value.params == {"name": "a.json", "size": 64 << 20, "limit": 100}


# --- formats -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("issued", "deadline"), [
    ("2026-01-15", "2026-02-15"), ("2026-01-31", "2026-02-28"), ("2028-01-31", "2028-02-29"),
    ("2026-12-20", "2027-01-20"), ("2026-03-31", "2026-04-30"),
])
def test_default_deadline_is_one_month_after_issue(issued: str, deadline: str) -> None:
    assert formats.add_months(dt.date.fromisoformat(issued)) == dt.date.fromisoformat(deadline)


def _request(**changes: object) -> tuple[bytes, formats.RequestDoc]:
    signing, enc = crypto.new_signing_key(), crypto.new_encryption_key()
    doc = formats.RequestDoc(
        request_id="r-1", reporting_year=2025, issued_on=dt.date(2026, 1, 10),
        deadline=dt.date(2026, 3, 1), annex_version="v", coordinator=formats.OrgInfo("К", "К"),
        signing_key=crypto.public_raw(signing), encryption_key=crypto.public_raw(enc),
        expected=(("KZ-75", "police"),),
    )
    return formats.build_request(doc, signing), doc


def test_request_round_trip() -> None:
    data, doc = _request()
    assert formats.read_request(data) == doc


def test_request_without_deadline_gets_one_month() -> None:
    data, _ = _request()
    entries = read_container(data, formats.ENTRIES[formats.REQUEST])
    body = json.loads(entries["request.json"])
    del body["deadline"]
    signing = crypto.new_signing_key()
    body["coordinator"]["signing_key"] = crypto.b64encode(crypto.public_raw(signing))
    raw = formats.dump_json(body)
    resigned = write_container([("request.json", raw), ("request.sig",
                               crypto.sign(signing, formats.REQUEST, raw))])
    assert formats.read_request(resigned).deadline == dt.date(2026, 2, 10)


def test_request_whose_signature_does_not_verify_is_refused() -> None:
    data, _ = _request()
    entries = read_container(data, formats.ENTRIES[formats.REQUEST])
    forged = entries["request.json"].replace(b'"reporting_year":2025', b'"reporting_year":2024')
    assert forged != entries["request.json"]
    tampered = write_container([("request.json", forged), ("request.sig", entries["request.sig"])])
    with pytest.raises(formats.FormatError) as exc:
        formats.read_request(tampered)
    assert exc.value.reason is ImportReason.BAD_SIGNATURE


def test_a_file_of_another_format_is_named() -> None:
    data, _ = _request()
    with pytest.raises(formats.FormatError) as exc:
        formats.read_registration(data)
    assert (exc.value.reason, exc.value.params) == (
        ImportReason.WRONG_FORMAT, {"expected": ".kzkey", "found": ".kzreq"})
    with pytest.raises(formats.FormatError) as exc:
        formats.open_envelope(data)
    assert exc.value.params == {"expected": ".kzth", "found": ".kzreq"}


def test_manifest_json_is_strict() -> None:
    with pytest.raises(formats.FormatError) as exc:
        formats.load_json(b'{"a":1,"a":2}', ImportReason.MANIFEST_MALFORMED)
    assert "duplicate" in exc.value.params["detail"]
    for bad in (b'{"a":NaN}', b"[1]", b"\xff", b'{"a":'):
        with pytest.raises(formats.FormatError):
            formats.load_json(bad, ImportReason.MANIFEST_MALFORMED)


def test_every_reason_has_both_messages_with_the_same_placeholders() -> None:
    assert set(REASON_MESSAGES) == set(ImportReason)
    for reason, text in REASON_MESSAGES.items():
        kk, ru = (set(re.findall(r"{(\w+)}", t)) for t in (text.kk, text.ru))
        assert kk == ru, reason
        assert text.kk != text.ru
