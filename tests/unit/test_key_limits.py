"""Sealing keys: the passphrase policy (length, common passwords, patterns) and the scrypt
parameters a sealed key may ask for when it is read back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli.main import main as kzth
from kzth_desktop.exchange import crypto
from kzth_desktop.services import ErrorCode, KeyService, OrgProfile, ServiceError, Workspace
from kzth_desktop.services.passphrases import check_new_passphrase, common_passwords

ANNEX = load_default_annex()
PROFILE = OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",))
GOOD = "көктемгі-дала-2026"


# --- the passphrase policy ------------------------------------------------------------------------


def refused(passphrase: str) -> ServiceError:
    with pytest.raises(ServiceError) as exc:
        check_new_passphrase(passphrase)
    return exc.value


def test_12345678_is_refused_with_the_reason() -> None:
    exc = refused("12345678")
    assert exc.code is ErrorCode.PASSPHRASE_TOO_SHORT
    assert exc.message("ru") == "парольная фраза слишком короткая: нужно не менее 12 символов"
    assert exc.message("kk") == "құпия фраза тым қысқа: кемінде 12 таңба қажет"


@pytest.mark.parametrize("passphrase", [
    "123456789012", "password1234", "Password2025!", "qwerty123456", "P@ssw0rd2026",
    "iloveyou1234", "PASSWORD PASSWORD", "пароль123456", "йцукенгшщзхъ", "1q2w3e4r5t6y",
    "kazakhstan2025", "Қазақстан 2026", "  passw0rd  2024 ",
])
def test_common_passwords_are_refused(passphrase: str) -> None:
    exc = refused(passphrase)
    assert exc.code is ErrorCode.PASSPHRASE_COMMON, passphrase
    assert "есть в списке самых частых" in exc.message("ru")
    assert "жиі қолданылатындардың тізімінде бар" in exc.message("kk")


@pytest.mark.parametrize("passphrase", [
    "zzzzzzzzzzzzzz", "abcabcabcabc", "ыыыыыыыыыыыыыы", "zxcvbnmasdfg", "mnbvcxzlkjhg",
    "1234567890abc", "9876543210zyx", "ёжзийклмнопр", "ababababababab", "0123456789012",
])
def test_repeated_characters_and_runs_are_refused(passphrase: str) -> None:
    exc = refused(passphrase)
    assert exc.code is ErrorCode.PASSPHRASE_SIMPLE, passphrase
    assert "слишком простая" in exc.message("ru") and "тым қарапайым" in exc.message("kk")


@pytest.mark.parametrize("passphrase", [
    "demo-passphrase", "bench-passphrase", "correct horse battery", "Жасырын сөз 2025",
    GOOD, "a new passphrase", "Алматы таңы 2026", "жолдың бойында үш терек",
])
def test_real_phrases_pass(passphrase: str) -> None:
    assert check_new_passphrase(passphrase) == passphrase


def test_the_shipped_list_is_there_and_casefolded() -> None:
    common = common_passwords()
    assert len(common) > 1000
    assert {"12345678", "password", "qwerty123", "йцукен", "111111"} <= common
    assert all(word == word.casefold() for word in common)
    assert "demo-passphrase" not in common


def test_the_cli_refuses_a_weak_passphrase_and_creates_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ws"
    monkeypatch.setenv("KZTH_PASSPHRASE", "12345678")
    init = ["--workspace", str(folder), "init", "respondent", "--org", "Акимат",
            "--region", "KZ-10", "--kind", "akimat"]
    assert kzth(init) == 1
    err = capsys.readouterr().err
    assert "нужно не менее 12 символов" in err and "Traceback" not in err
    assert not folder.exists()
    monkeypatch.setenv("KZTH_PASSPHRASE", "qwerty123456")
    assert kzth([*init, "--lang", "kk"]) == 1
    assert "жиі қолданылатын" in capsys.readouterr().err and not folder.exists()
    monkeypatch.setenv("KZTH_PASSPHRASE", GOOD)
    assert kzth(init) == 0
    capsys.readouterr()
    # new keys: the same policy
    monkeypatch.setenv("KZTH_PASSPHRASE", "aaaaaaaaaaaaaaaa")
    assert kzth(["--workspace", str(folder), "keys", "new", "--yes"]) == 1
    assert "слишком простая" in capsys.readouterr().err


# --- the sealed keys' scrypt parameters ------------------------------------------------------------


def sealed_with(folder: Path, **change: object) -> None:
    """Rewrites the stored sealed key's JSON with ``change`` (as a planted database would)."""
    con = sqlite3.connect(str(folder / "workspace.sqlite"))
    with con:
        for rowid, text in con.execute("SELECT id, sealed_private FROM own_key").fetchall():
            data = json.loads(text)
            data.update(change)
            con.execute("UPDATE own_key SET sealed_private = ? WHERE id = ?",
                        (json.dumps(data), rowid))
    con.close()


@pytest.fixture
def keyed(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    with Workspace.create(folder, "respondent", PROFILE, annex=ANNEX, passphrase=GOOD) as ws:
        KeyService(ws).check_passphrase(GOOD)
    return folder


@pytest.mark.parametrize(("change", "said"), [
    ({"n": 2**40}, "n = 2^40"),
    ({"n": 2**19}, "n = 2^19"),
    ({"n": 3 * 2**14}, "n = 49152"),
    ({"n": 2**8}, "n = 2^8"),
    ({"r": 1024}, "r = 1024"),
    ({"p": 64}, "p = 64"),
    ({"n": True}, "positive integers"),
    ({"salt": "AAAA"}, "salt of 3 bytes"),
])
def test_out_of_range_parameters_are_refused_before_any_derivation(
        keyed: Path, monkeypatch: pytest.MonkeyPatch, change: dict[str, object],
        said: str) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("scrypt must not run on refused parameters")

    sealed_with(keyed, **change)
    monkeypatch.setattr(crypto.Scrypt, "__init__", never)
    with Workspace.open(keyed, annex=ANNEX) as ws, pytest.raises(ServiceError) as exc:
        KeyService(ws).signing_key(GOOD)
    assert exc.value.code is ErrorCode.SEALED_KEY_INVALID
    assert said in exc.value.message("ru") and "ключ повреждён" in exc.value.message("ru")
    assert "сақталған кілт қабылданбады" in exc.value.message("kk")


def test_the_accepted_range_holds_what_the_program_writes() -> None:
    assert crypto.check_scrypt_params(crypto.DEFAULT_SCRYPT) == crypto.DEFAULT_SCRYPT
    for n in (2**14, 2**18):
        crypto.check_scrypt_params(crypto.ScryptParams(n, 8, 4))
    with pytest.raises(crypto.SealedKeyParamsError):
        crypto.check_scrypt_params(crypto.ScryptParams(2**18, 8, 5))
    # the cheap cost the tests seal with is accepted because this process seals with it
    assert crypto.SCRYPT.n < crypto.SCRYPT_MIN_N
    crypto.check_scrypt_params(crypto.SCRYPT)


def test_a_planted_huge_n_is_a_message_from_the_cli(
        keyed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    sealed_with(keyed, n=2**40)
    monkeypatch.setenv("KZTH_PASSPHRASE", GOOD)
    code = kzth(["--workspace", str(keyed), "keys", "registration",
                 "--out", str(tmp_path / "r.kzkey")])
    out, err = capsys.readouterr()
    assert code == 1 and "n = 2^40" in err and "Traceback" not in err + out
    assert not (tmp_path / "r.kzkey").exists()
