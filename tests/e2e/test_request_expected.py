"""A request may name the respondents it expects; the completeness matrix then follows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzth_desktop.cli import main

PW = "Жасырын сөз 2025"


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_expected_respondents_travel_in_the_request(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    ws = str(tmp_path / "coordinator")
    assert run(capsys, "--workspace", ws, "init", "coordinator", "--org", "Топ")[0] == 0
    code, _, err = run(capsys, "--workspace", ws, "request", "create", "--year", "2025",
                       "--deadline", "2026-02-28", "--out", str(tmp_path / "r.kzreq"),
                       "--expect", "KZ-10:akimat", "--expect", "KZ-79:ngo")
    assert code == 0, err
    code, out, _ = run(capsys, "--workspace", ws, "completeness", "--year", "2025", "--json")
    cells = json.loads(out)["cells"]
    expected = {(c["region"], c["kind"]) for c in cells if c["expected"]}
    assert expected == {("KZ-10", "akimat"), ("KZ-79", "ngo")}


@pytest.mark.parametrize("bad", ["KZ-99:akimat", "KZ-10:wizard", "akimat"])
def test_an_unknown_expected_respondent_is_refused(tmp_path: Path, capsys, monkeypatch, bad):
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    ws = str(tmp_path / "coordinator")
    run(capsys, "--workspace", ws, "init", "coordinator", "--org", "Топ")
    code, _, err = run(capsys, "--workspace", ws, "request", "create", "--year", "2025",
                       "--out", str(tmp_path / "r.kzreq"), "--expect", bad)
    assert code == 2
    assert f"«{bad}»" in err and "РЕГИОН:ВИД" in err
    assert not (tmp_path / "r.kzreq").exists()
