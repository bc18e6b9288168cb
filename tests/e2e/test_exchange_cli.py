"""The journey of issue 5 through the ``kzth`` commands: request → registration → answers →
bundle → signer approved → accepted → superseded; tampered copies rejected with their reason.
The workspaces are folders (SQLite), then PostgreSQL databases when a server is given."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.exchange.container import write_container
from kzth_desktop.services import Workspace
from kzth_desktop.services.received import ReceivedStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import no_data_answers, sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "Жасырын сөз 2025"


class Kzth:
    def __init__(self, ws: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
        self.ws = ws
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--workspace", str(self.ws), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> tuple[int, Any]:
        code, out, err = self(*args)
        assert out, err
        return code, json.loads(out)


@pytest.fixture
def env(tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, backend: Any) -> dict[str, Kzth]:
    monkeypatch.delenv("KZTH_LANG", raising=False)
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    return {name: Kzth(backend.workspace(tmp_path / name), capsys)
            for name in ("coordinator", "police", "ngo", "other")}


def write_answers(path: Path, answers: dict[str, Any]) -> str:
    path.write_text(json.dumps({"reporting_year": 2025, "answers": answers},
                               ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_request_register_fill_export_import_supersede_and_tampering(
        env: dict[str, Kzth], tmp_path: Path) -> None:
    co, police, ngo = env["coordinator"], env["police"], env["ngo"]

    # the coordinator creates and signs the request (keys were made at init)
    code, out, _ = co("init", "coordinator", "--org", "Сараптама тобы")
    assert code == 0 and "Ключи созданы" in out
    request = tmp_path / "2025.kzreq"
    code, out, _ = co("request", "create", "--year", "2025", "--deadline", "2026-02-15",
                      "--out", str(request))
    assert code == 0 and request.is_file() and "2026-02-15" in out
    _, keys = co.json("keys", "fingerprint", "--json")
    assert [k["purpose"] for k in keys["keys"]] == ["signing", "encryption"]
    coordinator_fp = keys["keys"][0]["fingerprint"]

    # the respondent imports it: reporting year and deadline come from the request
    assert police("init", "respondent", "--org", "ДП г. Шымкент", "--region", "KZ-79",
                  "--kind", "police")[0] == 0
    code, data = police.json("request", "import", str(request), "--json")
    assert (code, data["year"], data["deadline"], data["fingerprint"]) == (
        0, 2025, "2026-02-15", coordinator_fp)
    _, status = police.json("status", "--json")
    assert status["years"][0]["deadline"] == "2026-02-15"

    # registers, fills, exports
    kzkey = tmp_path / "police.kzkey"
    code, out, _ = police("keys", "registration", "--out", str(kzkey))
    _, pkeys = police.json("keys", "fingerprint", "--json")
    police_fp = pkeys["keys"][0]["fingerprint"]
    assert code == 0 and kzkey.is_file() and police_fp in out
    answers = sample_answers(ANNEX, ["police"])
    assert police("answers", "import", write_answers(tmp_path / "a.json", answers))[0] == 0
    code, out, err = police("bundle", "export", "--year", "2025", "--out",
                            str(tmp_path / "outbox"))
    v1 = Path(out.strip())
    assert code == 0 and v1.is_file() and v1.name.endswith("-v1.kzth") and "версия 1" in err

    # the coordinator confirms the fingerprint read over the phone, then adds the signer
    code, out, err = co("signers", "add", str(kzkey))
    assert code == 1 and police_fp in out and "--yes" in err  # no terminal: no silent yes
    code, out, _ = co("signers", "add", str(kzkey), "--yes")
    assert code == 0 and "Ключ зарегистрирован" in out
    _, signers = co.json("signers", "list", "--json")
    assert [(s["fingerprint"], s["region"], s["kinds"], s["revoked_at"])
            for s in signers["signers"]] == [(police_fp, "KZ-79", ["police"], None)]

    # import → accepted
    code, report = co.json("bundle", "import", str(tmp_path / "outbox"), "--json")
    assert code == 0
    assert [(e["file"], e["version"]) for e in report["accepted"]] == [(str(v1), 1)]
    assert report["rejected"] == report["superseded"] == report["quarantined"] == []

    # a second export → the first is superseded, kept in history
    code, out, _ = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "v2"))
    v2 = Path(out.strip())
    assert code == 0 and v2.name.endswith("-v2.kzth")
    code, report = co.json("bundle", "import", str(v2), str(v1), "--json")
    assert code == 0
    assert [(e["version"], e["replaced_version"]) for e in report["superseded"]] == [(2, 1)]
    assert [e["file"] for e in report["duplicate"]] == [str(v1)]
    _, held = co.json("submissions", "--all", "--json")
    assert [(h["version"], h["status"]) for h in held["submissions"]] == [
        (1, "superseded"), (2, "current")]
    _, exported = police.json("answers", "export", "--year", "2025")
    assert held["submissions"][1]["answers"] == exported["answers"]
    assert held["submissions"][1]["name_ru"] == "ДП г. Шымкент"

    # tampered copies, each rejected with its reason; the good files are untouched
    good = v2.read_bytes()
    bad = tmp_path / "tampered"
    bad.mkdir()
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    edited = parts["manifest.json"].replace(b'"version":2', b'"version":7')
    assert edited != parts["manifest.json"]  # re-zipped properly: only the signature can tell
    (bad / "1-manifest-edited.kzth").write_bytes(write_container(
        [("manifest.json", edited), ("manifest.sig", parts["manifest.sig"]),
         ("payload.enc", parts["payload.enc"])]))
    flipped = bytearray(good)
    flipped[-200] ^= 0x80  # inside the ciphertext
    (bad / "2-ciphertext-flipped.kzth").write_bytes(bytes(flipped))
    (bad / "3-truncated.kzth").write_bytes(good[: len(good) // 2])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", parts["manifest.json"])
        zf.writestr("manifest.sig", parts["manifest.sig"])
        zf.writestr("../../payload.enc", parts["payload.enc"])
    (bad / "4-escaping-path.kzth").write_bytes(buf.getvalue())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
        zf.writestr("autorun.exe", b"MZ")
    (bad / "5-extra-entry.kzth").write_bytes(buf.getvalue())
    code, report = co.json("bundle", "import", str(bad), "--json")
    assert code == 1
    assert [(Path(r["file"]).name, r["reason"]) for r in report["rejected"]] == [
        ("1-manifest-edited.kzth", "bad_signature"),
        ("2-ciphertext-flipped.kzth", "container_malformed"),  # the zip's CRC catches it
        ("3-truncated.kzth", "container_malformed"),
        ("4-escaping-path.kzth", "container_unsafe_path"),
        ("5-extra-entry.kzth", "container_entries"),
    ]
    assert all(r["message"] for r in report["rejected"])
    assert report["accepted"] == report["superseded"] == []
    # every received file is in the store (the folder's received/, or the database), unchanged
    import hashlib

    with Workspace.open(co.ws) as ws:
        store = ReceivedStore(ws)
        if ws.folder is not None:
            assert store.folder == tmp_path / "coordinator" / "received"
        for f in [v1, v2, kzkey, *bad.iterdir()]:
            assert store.get(hashlib.sha256(f.read_bytes()).hexdigest()) == f.read_bytes()
    _, held = co.json("submissions", "--json")
    assert [h["version"] for h in held["submissions"]] == [2]

    # an office not yet registered: quarantine, released when its key is approved
    assert ngo("init", "respondent", "--org", "НПО «Сенім»", "--region", "KZ-75", "--kind",
               "ngo")[0] == 0
    assert ngo("request", "import", str(request))[0] == 0
    assert ngo("answers", "import", write_answers(tmp_path / "n.json",
                                                  no_data_answers(ANNEX, ["ngo"])))[0] == 0
    _, out, _ = ngo("bundle", "export", "--year", "2025", "--out", str(tmp_path / "ngo"))
    code, report = co.json("bundle", "import", out.strip(), "--json")
    assert code == 0 and [q["reason"] for q in report["quarantined"]] == ["unknown_signer"]
    ngo_key = tmp_path / "ngo.kzkey"
    assert ngo("keys", "registration", "--out", str(ngo_key))[0] == 0
    code, out, _ = co("signers", "add", str(ngo_key), "--yes")
    assert code == 0 and "принят: «НПО «Сенім»», 2025 год, версия 1" in out
    _, held = co.json("submissions", "--year", "2025", "--json")
    assert sorted(h["region"] for h in held["submissions"]) == ["KZ-75", "KZ-79"]

    # the coordinator revokes the police key: its next bundle is refused
    # (issue 15: what becomes of its submissions must be said; without it, nothing changes)
    assert co("signers", "revoke", *police_fp.split())[0] == 2
    assert co("signers", "revoke", *police_fp.split(), "--submissions", "keep")[0] == 0
    _, out, _ = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "v3"))
    code, out, _ = co("bundle", "import", out.strip(), "--lang", "kk")
    assert code == 1 and "кері қайтарылған" in out


def test_wrong_coordinator_bad_request_and_passphrase_change(env: dict[str, Kzth],
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    co, police, other = env["coordinator"], env["police"], env["other"]
    co("init", "coordinator", "--org", "Сараптама тобы")
    other("init", "coordinator", "--org", "Басқа")
    request = tmp_path / "r.kzreq"
    co("request", "create", "--year", "2025", "--out", str(request))
    police("init", "respondent", "--org", "ДП", "--region", "KZ-79", "--kind", "police")

    # a request whose signature does not verify is refused, nothing changes
    with zipfile.ZipFile(request) as zf:
        body, sig = zf.read("request.json"), zf.read("request.sig")
    forged = tmp_path / "forged.kzreq"
    forged.write_bytes(write_container([
        ("request.json", body.replace(b'"reporting_year":2025', b'"reporting_year":2024')),
        ("request.sig", sig)]))
    code, out, err = police("request", "import", str(forged))
    assert code == 1 and "подпись не подтверждается" in err
    _, status = police.json("status", "--json")
    assert status["years"] == []

    police("request", "import", str(request))
    police("answers", "import", write_answers(tmp_path / "a.json",
                                              sample_answers(ANNEX, ["police"])))
    _, out, _ = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "o"))
    bundle = out.strip()
    kzkey = tmp_path / "p.kzkey"
    police("keys", "registration", "--out", str(kzkey))
    other("signers", "add", str(kzkey), "--yes")
    code, report = other.json("bundle", "import", bundle, "--json")
    assert code == 1 and [r["reason"] for r in report["rejected"]] == ["wrong_recipient"]

    # the passphrase changes; the old one no longer opens the keys
    monkeypatch.setenv("KZTH_NEW_PASSPHRASE", "a brand new phrase")
    assert police("keys", "passphrase")[0] == 0
    code, _, err = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "o"))
    assert code == 1 and "неверная парольная фраза" in err
    monkeypatch.setenv("KZTH_PASSPHRASE", "a brand new phrase")
    code, out, _ = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "o"))
    assert code == 0 and out.strip().endswith("-v2.kzth")
    # without any passphrase source the command says how to give one
    monkeypatch.delenv("KZTH_PASSPHRASE")
    code, _, err = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "o"))
    assert code == 1 and "KZTH_PASSPHRASE" in err
