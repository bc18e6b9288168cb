"""The journey of issue 17 through the ``kzth`` commands alone: the coordinator returns a
submission naming fields, a tampered or foreign ``.kzret`` is refused with its reason, the
genuine one makes the office's ``validate`` name the fields, the corrected bundle becomes the
current submission with its version raised and shows as corrected; a signed results package
reaches the office (a tampered copy refused) and is listed there."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.exchange import crypto, formats, notices
from kzth_desktop.exchange.container import write_container
from kzth_desktop.services import Workspace
from kzth_desktop.services.keys import KeyService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import no_data_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "Жасырын сөз 2025"
YEAR = 2025


class Kzth:
    def __init__(self, ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def _answers_file(path: Path, answers: dict[str, Any]) -> str:
    path.write_text(json.dumps({"reporting_year": YEAR, "answers": answers},
                               ensure_ascii=False), encoding="utf-8")
    return str(path)


def _rezip(data: bytes, replace: dict[str, bytes], kind: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts.update(replace)
    return write_container([(n, parts[n]) for n, _ in formats.ENTRIES[kind]])


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A coordinator holding version 1 of the police's 2025 answers."""
    monkeypatch.delenv("KZTH_LANG", raising=False)
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    co, police = Kzth(tmp_path / "co", capsys), Kzth(tmp_path / "police", capsys)
    assert co("init", "coordinator", "--org", "Сараптама тобы")[0] == 0
    request = tmp_path / "2025.kzreq"
    assert co("request", "create", "--year", str(YEAR), "--out", str(request))[0] == 0
    assert police("init", "respondent", "--org", "ДП г. Шымкент", "--region", "KZ-79",
                  "--kind", "police")[0] == 0
    code, got = police.json("receive", str(request), "--json")  # one way in, a request too
    assert (code, got["kind"], got["years"], got["already"]) == (0, "request", [YEAR, YEAR],
                                                                 False)
    kzkey = tmp_path / "police.kzkey"
    assert police("keys", "registration", "--out", str(kzkey))[0] == 0
    answers = no_data_answers(ANNEX, ["police"])
    assert police("answers", "import", _answers_file(tmp_path / "a.json", answers))[0] == 0
    code, out, _ = police("bundle", "export", "--year", str(YEAR), "--out", str(tmp_path / "o"))
    assert code == 0
    assert co("signers", "add", str(kzkey), "--yes")[0] == 0
    assert co("bundle", "import", out.strip())[0] == 0
    _, keys = police.json("keys", "fingerprint", "--json")
    return {"co": co, "police": police, "fp": keys["keys"][0]["fingerprint"],
            "answers": answers, "tmp": tmp_path}


def test_return_correct_and_resubmit_through_the_cli(world: dict[str, Any]) -> None:
    co, police, fp, tmp = world["co"], world["police"], world["fp"], world["tmp"]
    ret = tmp / "police.kzret"
    code, made = co.json("submissions", "return", "--year", str(YEAR), "--signer", fp,
                         "--field", "b2.q1.crimes", "--note", "Сверьте с данными ЕРДР",
                         "--field", "b2.q5.detained", "--note", "Почему нет данных?",
                         "--out", str(ret), "--json")
    assert code == 0 and ret.is_file()
    assert (made["year"], made["version"]) == (YEAR, 1)
    assert [n["field"] for n in made["notes"]] == ["b2.q1.crimes", "b2.q5.detained"]
    _, held = co.json("submissions", "--json")
    assert [(h["version"], h["review"]) for h in held["submissions"]] == [(1, "returned")]
    assert held["submissions"][0]["returned_notes"][0]["note"] == "Сверьте с данными ЕРДР"
    code, out, _ = co("submissions", "--lang", "kk")
    assert code == 0 and "түзетуге қайтарылды" in out

    # a tampered return (a note edited, re-zipped properly) is refused: only the signature
    good = ret.read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        body = zf.read("return.json")
    forged = tmp / "forged.kzret"
    forged.write_bytes(_rezip(good, {"return.json": body.replace(
        "Сверьте".encode(), "Удалите".encode())}, formats.RETURN))
    code, _, err = police("receive", str(forged))
    assert code == 1 and "подпись не подтверждается" in err
    code, _, err = police("--lang", "kk", "receive", str(forged))
    assert code == 1 and "қолтаңба расталмады" in err
    _, status = police.json("status", "--json")
    assert [(y["status"], y["version"]) for y in status["years"]] == [("exported", 1)]

    # the genuine one: the year is returned, validate names both fields as from the coordinator
    code, got = police.json("receive", str(ret), "--json")
    assert (code, got["kind"], got["notes"], got["version"], got["already"]) == (
        0, "return", 2, 2, False)
    _, status = police.json("status", "--json")
    assert [(y["status"], y["version"]) for y in status["years"]] == [("returned", 2)]
    code, report = police.json("validate", "--year", str(YEAR), "--json")
    assert code == 1
    returned = [p for p in report["problems"] if p["code"] == "returned_by_coordinator"]
    assert [(p["field"], p["params"]["source"]) for p in returned] == [
        ("b2.q1.crimes", "coordinator"), ("b2.q5.detained", "coordinator")]
    assert "координатор вернул этот ответ на доработку: «Сверьте с данными ЕРДР»" in \
        returned[0]["message"]
    code, out, _ = police("--lang", "kk", "validate", "--year", str(YEAR))
    assert code == 1 and "үйлестіруші бұл жауапты түзетуге қайтарды" in out
    assert "b2.q1.crimes" in out and "b2.q5.detained" in out
    code, again = police.json("receive", str(ret), "--json")
    assert (code, again["already"]) == (0, True)

    # the bundle cannot leave with open notes
    code, _, err = police("bundle", "export", "--year", str(YEAR), "--out", str(tmp / "x"))
    assert code == 1 and not (tmp / "x").exists()

    # one field changed, the other answered with a comment
    changed = dict(world["answers"], **{"b2.q1.crimes": 5})
    assert police("answers", "import", _answers_file(tmp / "c.json", changed))[0] == 0
    code, out, _ = police("answers", "comment", "--year", str(YEAR), "--field",
                          "b2.q5.detained", "--text", "Учёт задержанных ведёт другой орган")
    assert code == 0 and "Комментарий сохранен" in out
    code, _, err = police("answers", "comment", "--year", str(YEAR), "--field", "b3.q1.x",
                          "--text", "x")
    assert code == 1 and "открытого замечания координатора" in err
    code, report = police.json("validate", "--year", str(YEAR), "--json")
    assert (code, report["problems"]) == (0, [])
    code, out, _ = police("bundle", "export", "--year", str(YEAR), "--out", str(tmp / "v2"))
    v2 = Path(out.strip())
    assert code == 0 and v2.name.endswith("-v2.kzth")
    _, status = police.json("status", "--json")
    assert [(y["status"], y["version"]) for y in status["years"]] == [("exported", 2)]

    # the corrected bundle becomes current, with its version raised, shown as corrected
    code, imported = co.json("bundle", "import", str(v2), "--json")
    assert code == 0 and [(e["version"], e["replaced_version"])
                          for e in imported["superseded"]] == [(2, 1)]
    _, held = co.json("submissions", "--all", "--json")
    by_version = {h["version"]: h for h in held["submissions"]}
    assert (by_version[1]["status"], by_version[1]["review"]) == ("superseded", "returned")
    current = by_version[2]
    assert (current["status"], current["review"]) == ("current", "corrected")
    assert current["answers"]["b2.q1.crimes"] == 5
    assert current["changed"] == ["b2.q1.crimes"]
    assert [(c["field"], c["changed"], c["comment"]) for c in current["corrections"]] == [
        ("b2.q1.crimes", True, ""),
        ("b2.q5.detained", False, "Учёт задержанных ведёт другой орган")]

    # the return for version 1 is now out of date at the office
    ws = Workspace.open(co.ws, annex=ANNEX)
    key = KeyService(ws).signing_key(PW)
    ws.close()
    doc = notices.read_return(good)
    late = notices.ReturnDoc(
        "another-id", doc.request_id, YEAR, doc.office_fingerprint, 1,
        dt.datetime(2026, 3, 1), doc.coordinator, doc.signing_key,
        (notices.ReturnNote("b2.q1.crimes", "Ещё раз"),))
    (tmp / "late.kzret").write_bytes(notices.build_return(late, key))
    code, _, err = police("receive", str(tmp / "late.kzret"))
    assert code == 1 and "файл устарел: он относится к версии 1 за 2025 год, а текущая — 2" \
        in err


def test_a_return_of_another_coordinator_or_for_another_office_is_refused(
        world: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    co, police, fp, tmp = world["co"], world["police"], world["fp"], world["tmp"]
    ret = tmp / "r.kzret"
    assert co("submissions", "return", "--year", str(YEAR), "--signer", fp, "--field",
              "b2.q1.crimes", "--note", "Проверьте", "--out", str(ret))[0] == 0
    doc = notices.read_return(ret.read_bytes())
    stranger = crypto.new_signing_key()
    foreign = notices.ReturnDoc("x1", doc.request_id, YEAR, doc.office_fingerprint, 1,
                                doc.created_at, doc.coordinator,
                                crypto.public_raw(stranger), doc.notes)
    (tmp / "foreign.kzret").write_bytes(notices.build_return(foreign, stranger))
    code, _, err = police("receive", str(tmp / "foreign.kzret"))
    assert code == 1 and "подписан ключом, которого эта рабочая папка не знает" in err

    ws = Workspace.open(co.ws, annex=ANNEX)
    key = KeyService(ws).signing_key(PW)
    ws.close()
    other = notices.ReturnDoc("x2", doc.request_id, YEAR, "ab" * 32, 1, doc.created_at,
                              doc.coordinator, doc.signing_key, doc.notes)
    (tmp / "other.kzret").write_bytes(notices.build_return(other, key))
    code, _, err = police("receive", str(tmp / "other.kzret"))
    assert code == 1 and "предназначен другой организации" in err

    # not a file from the coordinator at all: the office's own bundle
    bundle = next((tmp / "o").glob("*.kzth"))
    code, _, err = police("receive", str(bundle))
    assert code == 1 and "это не файл от координатора (.kzth)" in err
    (tmp / "junk.kzret").write_bytes(b"not a zip")
    code, _, err = police("--lang", "kk", "receive", str(tmp / "junk.kzret"))
    assert code == 1 and "файл бүлінген" in err
    _, status = police.json("status", "--json")
    assert [(y["status"], y["version"]) for y in status["years"]] == [("exported", 1)]

    # refusals of the coordinator's command, each with its reason, nothing written
    code, _, err = co("submissions", "return", "--year", str(YEAR), "--signer", fp,
                      "--field", "b99.q1.x", "--note", "x", "--out", str(tmp / "n.kzret"))
    assert code == 1 and "в опроснике нет поля «b99.q1.x»" in err
    code, _, err = co("submissions", "return", "--year", str(YEAR), "--signer", fp,
                      "--field", "b2.q1.crimes", "--note", "   ", "--out", str(tmp / "n.kzret"))
    assert code == 1 and "напишите замечание к полю" in err
    code, _, err = co("submissions", "return", "--year", "2024", "--signer", fp,
                      "--field", "b2.q1.crimes", "--note", "x", "--out", str(tmp / "n.kzret"))
    assert code == 1 and "за 2024 год нет" in err
    assert not (tmp / "n.kzret").exists()


def test_results_reach_the_office_and_a_tampered_copy_is_refused(
        world: dict[str, Any]) -> None:
    co, police, tmp = world["co"], world["police"], world["tmp"]
    (tmp / "rec.html").write_text("<p>Усилить выявление жертв.</p>", encoding="utf-8")
    (tmp / "prof.html").write_text("<p>Құрбандарды анықтауды күшейту.</p>", encoding="utf-8")
    assert co("assessment", "text", "--years", f"{YEAR}-{YEAR}", "--section",
              "recommendations", "--text-lang", "ru", "--file", str(tmp / "rec.html"))[0] == 0
    assert co("assessment", "text", "--years", f"{YEAR}-{YEAR}", "--section",
              "profile:police:measures", "--text-lang", "kk", "--file",
              str(tmp / "prof.html"))[0] == 0
    res = tmp / "r.kzres"
    code, made = co.json("results", "export", "--years", f"{YEAR}-{YEAR}", "--out", str(res),
                         "--meeting-date", "2026-05-20", "--decision", "Одобрить", "--json")
    assert code == 0 and made["edition"] == "published" and res.is_file()

    # tampered: one edition replaced by other bytes, the package re-zipped properly
    with zipfile.ZipFile(io.BytesIO(res.read_bytes())) as zf:
        pdf = zf.read("published-ru.pdf")
    (tmp / "bad.kzres").write_bytes(_rezip(res.read_bytes(), {
        "published-ru.pdf": pdf.replace(b"%PDF", b"%PDF\n%x", 1)}, formats.RESULTS))
    code, _, err = police("receive", str(tmp / "bad.kzres"))
    assert code == 1 and "файл изменён" in err
    code, listed = police.json("results", "list", "--json")
    assert listed == {"results": []}

    code, got = police.json("receive", str(res), "--json")
    assert (code, got["kind"], got["years"]) == (0, "results", [YEAR, YEAR])
    code, listed = police.json("--lang", "kk", "results", "list", "--json")
    assert code == 0
    [one] = listed["results"]
    assert (one["id"], one["meeting_date"], one["decision"], one["edition"]) == (
        made["id"], "2026-05-20", "Одобрить", "published")
    assert one["profiles"][0] == {"kind": "police", "own": True, "risk_area": "",
                                  "measures": "Құрбандарды анықтауды күшейту."}
    assert len(one["profiles"]) == len(ANNEX.kinds)
    code, listed_ru = police.json("results", "list", "--json")
    assert listed_ru["results"][0]["recommendations"] == "Усилить выявление жертв."
    out = tmp / "published-kk.pdf"
    code, text, _ = police("results", "pdf", "--id", made["id"], "--report-lang", "kk",
                           "--out", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, text, _ = police("results", "list")
    assert code == 0 and f"{YEAR}–{YEAR}" in text and "заседание комиссии 2026-05-20" in text


def test_status_and_validate_print_shares_in_the_kk_ru_convention(world: dict[str, Any]) -> None:
    police = world["police"]
    assert police("campaign", "add", "--year", "2026")[0] == 0
    code, out, _ = police("validate", "--year", "2026")
    assert code == 1 and "заполнено 0,0\u00a0%" in out
    code, out, _ = police("--lang", "kk", "status")
    assert code == 0 and "(100,0\u00a0%)" in out and "(0,0\u00a0%)" in out
