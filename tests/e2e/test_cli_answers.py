"""Journeys through the ``kzth`` commands: init, campaign, answers import/export, validate, status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import FieldType, load_default_annex
from kzth_desktop.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import ALL_BLOCK_KINDS, no_data_answers, sample_answers  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ANNEX = load_default_annex()


class Kzth:
    """Runs ``kzth --workspace WS ...`` in-process; returns (exit status, stdout, stderr)."""

    def __init__(self, ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.ws = ws
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--workspace", str(self.ws), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> tuple[int, Any]:
        code, out, _ = self(*args)
        return code, json.loads(out)


@pytest.fixture
def kzth(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> Kzth:
    monkeypatch.delenv("KZTH_LANG", raising=False)
    return Kzth(tmp_path / "ws", capsys)


def write(path: Path, data: Any) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return str(path)


def init_police(kzth: Kzth, year: int = 2025) -> None:
    code, out, err = kzth("init", "respondent", "--org", "ДП г. Шымкент", "--region", "KZ-79",
                          "--kind", "police")
    assert (code, err) == (0, "")
    assert "Рабочая папка создана" in out and str(kzth.ws) in out
    code, out, _ = kzth("campaign", "add", "--year", str(year), "--deadline", "2026-01-31")
    assert code == 0 and "2026-01-31" in out


def test_import_then_export_round_trips_every_type_of_every_block(kzth: Kzth,
                                                                  tmp_path: Path) -> None:
    kinds = [a for k in ALL_BLOCK_KINDS for a in ("--kind", k)]
    assert kzth("init", "respondent", "--org", "Әкімдік", "--org-ru", "Акимат", "--region",
                "KZ-10", *kinds)[0] == 0
    assert kzth("campaign", "add", "--year", "2025")[0] == 0
    answers = sample_answers(ANNEX, ALL_BLOCK_KINDS)
    assert {ANNEX.field(f).type for f in answers} == set(FieldType)
    assert {ANNEX.field(f).block_id for f in answers} == {f"b{n}" for n in range(1, 17)}
    data = {"reporting_year": 2025, "answers": answers}
    code, result = kzth.json("answers", "import", write(tmp_path / "in.json", data), "--json",
                             "--user", "tester")
    assert code == 0
    assert result == {"ok": True, "year": 2025, "changed": list(answers), "unchanged": 0}
    code, exported = kzth.json("answers", "export", "--year", "2025")
    assert code == 0
    assert json.dumps(exported, ensure_ascii=False) == json.dumps(data, ensure_ascii=False)
    # export to a file, import it again: nothing changes
    out = tmp_path / "out.json"
    assert kzth("answers", "export", "--year", "2025", "--out", str(out))[0] == 0
    assert json.loads(out.read_text(encoding="utf-8")) == data
    code, again = kzth.json("answers", "import", str(out), "--json")
    assert (code, again["changed"], again["unchanged"]) == (0, [], len(answers))
    code, status = kzth.json("status", "--json")
    assert code == 0
    assert status["profile"]["name_kk"] == "Әкімдік" and status["profile"]["name_ru"] == "Акимат"
    (year,) = status["years"]
    assert (year["year"], year["answered"], year["total"], year["status"]) == (
        2025, len(answers), len(answers), "draft")


def test_validate_json_on_half_filled_lists_exactly_the_unanswered(kzth: Kzth,
                                                                    tmp_path: Path) -> None:
    init_police(kzth)
    fields = [f.id for f in ANNEX.fields_for_kinds(["police"])]
    every = no_data_answers(ANNEX, ["police"])
    given = {fid: every[fid] for fid in fields[::2]}  # every other field
    assert kzth("answers", "import", write(tmp_path / "half.json",
                {"reporting_year": 2025, "answers": given}))[0] == 0
    code, report = kzth.json("validate", "--year", "2025", "--json")
    assert code == 1
    assert report["ok"] is False and report["year"] == 2025
    assert report["unanswered"] == fields[1::2]
    assert [(p["field"], p["code"]) for p in report["problems"]] == [
        (fid, "unanswered") for fid in fields[1::2]]
    # human form: exit 1 and one line per unanswered field, with its id
    code, out, _ = kzth("validate", "--year", "2025")
    assert code == 1
    assert [line.split(":")[0].strip() for line in out.splitlines()[1:]] == fields[1::2]
    # filled completely ("no data" with reasons): valid, exit 0
    assert kzth("answers", "import", write(tmp_path / "rest.json",
                {"reporting_year": 2025, "answers": every}))[0] == 0
    code, report = kzth.json("validate", "--year", "2025", "--json")
    assert (code, report["ok"], report["unanswered"], report["overall"]) == (0, True, [], 100.0)


def test_bad_answers_file_is_refused_whole_with_each_field_listed(kzth: Kzth,
                                                                   tmp_path: Path) -> None:
    init_police(kzth)
    good = write(tmp_path / "good.json",
                 {"reporting_year": 2025, "answers": {"b2.q1.crimes": 5}})
    assert kzth("answers", "import", good)[0] == 0
    bad = write(tmp_path / "bad.json", {"reporting_year": 2025, "answers": {
        "b2.q1.crimes": 6,  # valid, but the file is refused whole
        "b2.q2.1": -1,  # negative count
        "b2.q4.received": "seven",  # wrong type
        "b2.q42.1": 1,  # unknown field id
        "b16.q1.period": {"from": "2025-01-01", "to": "2025-12-31"},  # not the police's block
    }})
    code, out, err = kzth("answers", "import", bad)
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert "ничего не изменено" in lines[0] and "4" in lines[0]
    assert sorted(line.split(":")[0].strip() for line in lines[1:]) == [
        "b16.q1.period", "b2.q2.1", "b2.q4.received", "b2.q42.1"]
    code, result = kzth.json("answers", "import", bad, "--json")
    assert code == 1 and result["ok"] is False
    assert sorted((p["field"], p["code"]) for p in result["error"]["problems"]) == [
        ("b16.q1.period", "field_not_for_kinds"), ("b2.q2.1", "negative"),
        ("b2.q4.received", "wrong_type"), ("b2.q42.1", "unknown_field")]
    assert kzth.json("answers", "export", "--year", "2025")[1]["answers"] == {"b2.q1.crimes": 5}


def test_malformed_json_and_missing_campaign(kzth: Kzth, tmp_path: Path) -> None:
    init_police(kzth)
    broken = tmp_path / "broken.json"
    broken.write_text('{"reporting_year": 2025, "answers": {"b2.q1.crimes": 1,}}',
                      encoding="utf-8")
    code, _, err = kzth("answers", "import", str(broken))
    assert code == 1 and "JSON" in err and "строка 1" in err
    code, _, err = kzth("answers", "import", str(broken), "--lang", "kk")
    assert code == 1 and "1-жол" in err
    other_year = write(tmp_path / "y.json",
                       {"reporting_year": 2031, "answers": {"b2.q1.crimes": 1}})
    code, _, err = kzth("answers", "import", other_year)
    assert code == 1 and "2031" in err and "kzth campaign add --year 2031" in err
    for args in (("validate", "--year", "2031"), ("answers", "export", "--year", "2031")):
        code, out, err = kzth(*args)
        assert (code, out) == (1, "") and "2031" in err
    code, _, err = kzth("campaign", "add", "--year", "2025")
    assert code == 1 and "2025" in err and "уже добавлен" in err
    assert kzth.json("answers", "export", "--year", "2025")[1]["answers"] == {}


def test_init_refuses_unknown_region_and_kind(kzth: Kzth, monkeypatch) -> None:
    code, out, err = kzth("init", "respondent", "--org", "X", "--region", "KZ-00",
                          "--kind", "police", "--kind", "wizards")
    assert (code, out) == (1, "")
    assert "KZ-00" in err and "wizards" in err
    assert not kzth.ws.exists()
    monkeypatch.setenv("KZTH_LANG", "kk")
    code, _, err = kzth("init", "respondent", "--org", "X", "--region", "KZ-00",
                        "--kind", "police")
    assert code == 1 and "«KZ-00» өңірі тізімде жоқ" in err
    code, _, err = kzth("status")
    assert code == 1 and "kzth init" in err


def test_init_coordinator(kzth: Kzth) -> None:
    code, out, _ = kzth("init", "coordinator", "--org", "МВД РК")
    assert code == 0 and "координатор" in out
    code, status = kzth.json("status", "--json")
    assert code == 0
    assert status == {"role": "coordinator", "years": [], "profile": {
        "name_kk": "МВД РК", "name_ru": "МВД РК", "region": "", "kinds": [],
        "contact_person": "", "phone": "", "email": ""}}
    code, _, err = kzth("campaign", "add", "--year", "2025")
    assert code == 1 and "респондент" in err
    code, _, err = kzth("init", "coordinator", "--org", "Другое")
    assert code == 1 and "уже создана" in err


def test_status_text(kzth: Kzth, tmp_path: Path) -> None:
    init_police(kzth)
    kzth("answers", "import", write(tmp_path / "a.json", {"reporting_year": 2025, "answers": {
        "b2.q1.crimes": 3, "b2.q2.1": {"no_data": "нет учёта"}}}))
    total = len(ANNEX.fields_for_kinds(["police"]))
    code, out, _ = kzth("status")
    assert code == 0
    assert "Организация: ДП г. Шымкент" in out and "KZ-79" in out
    assert f"2025: черновик, версия 1, срок 2026-01-31, заполнено 2 из {total}" in out
    code, out, _ = kzth("status", "--lang", "kk")
    assert code == 0 and "2025: жоба, 1-нұсқа" in out


@pytest.mark.slow
def test_real_processes_and_exit_status(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KZTH_WORKSPACE": str(tmp_path / "ws"),
           "KZTH_LANG": "ru"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kzth_desktop.cli", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    assert run("init", "respondent", "--org", "НПО", "--region", "KZ-75",
               "--kind", "ngo").returncode == 0
    assert run("campaign", "add", "--year", "2025").returncode == 0
    answers = no_data_answers(ANNEX, ["ngo"])
    path = write(tmp_path / "a.json", {"reporting_year": 2025, "answers": answers})
    assert run("answers", "import", path).returncode == 0
    ok = run("validate", "--year", "2025", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["ok"] is True
    exported = run("answers", "export", "--year", "2025")
    assert json.loads(exported.stdout) == {"reporting_year": 2025, "answers": answers}
    first = next(iter(answers))
    path = write(tmp_path / "b.json", {"reporting_year": 2025, "answers": {first: None}})
    assert run("answers", "import", path).returncode == 0  # null clears the answer
    bad = run("validate", "--year", "2025", "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["unanswered"] == [first]


def test_campaign_ready_and_reopen_from_the_command_line(kzth: Kzth, tmp_path: Path) -> None:
    init_police(kzth)
    # not ready while the answers do not validate: refused with the window's reason
    code, out, err = kzth("campaign", "ready", "--year", "2025")
    assert code == 1 and out == ""
    assert "не готовы" in err and "kzth validate --year 2025" in err
    data = {"reporting_year": 2025, "answers": sample_answers(ANNEX, ["police"])}
    assert kzth("answers", "import", write(tmp_path / "a.json", data))[0] == 0
    code, moved = kzth.json("campaign", "ready", "--year", "2025", "--json", "--user", "Әлия")
    assert code == 0 and moved == {"ok": True, "year": 2025, "status": "ready", "version": 1}
    code, status = kzth.json("status", "--json")
    assert [(y["year"], y["status"]) for y in status["years"]] == [(2025, "ready")]
    # ready twice is a wrong transition, said in Kazakh when asked
    code, _, err = kzth("campaign", "ready", "--year", "2025", "--lang", "kk")
    assert code == 1 and err and "Traceback" not in err
    code, out, _ = kzth("campaign", "reopen", "--year", "2025", "--lang", "kk")
    assert code == 0 and "2025" in out and "нұсқа 1" in out
    code, status = kzth.json("status", "--json")
    assert status["years"][0]["status"] == "draft"
    # the audit trail records both, by whom
    from kzth_desktop.services import RespondentService, Workspace

    with Workspace.open(kzth.ws, annex=ANNEX) as ws:
        moves = [(e.old, e.new, e.user) for e in RespondentService(ws, ANNEX).audit(2025)
                 if e.action == "status"]
    assert moves == [("draft", "ready", "Әлия"), ("ready", "draft", moves[1][2])]
    code, _, err = kzth("campaign", "reopen", "--year", "2031")
    assert code == 1 and "2031" in err
