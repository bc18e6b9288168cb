"""The desk over a real coordinator workspace: imported bundles → aggregates, completeness with
the request's deadline, the workbook; and the CLI commands over the same workspace."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kzth_desktop.analysis import CellStatus, ExpectedRespondent, SubmissionRecord
from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.cli.common import parse_years
from kzth_desktop.services import OrgProfile, RespondentService, Workspace
from kzth_desktop.services.bundle_export import ExchangeService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk, YearRequest, records_from_workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import answers, victim  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
AKIMAT = OrgProfile("Абай облысы әкімдігі", "Акимат области Абай", "KZ-10", ("akimat",))
NGO = OrgProfile("ҮЕҰ «Сенім»", "НПО «Сенім»", "KZ-19", ("ngo",))
EXPECTED = (("KZ-10", "akimat"), ("KZ-10", "ngo"), ("KZ-19", "ngo"))


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("desk")
    ws = Workspace.create(root / "coordinator", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX, passphrase=PW)
    coord = CoordinationService(ws, ANNEX)
    request = coord.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10),
                                   deadline=dt.date(2026, 2, 10), expected=EXPECTED).data
    offices = []
    for name, profile, values in (
        ("akimat", AKIMAT, answers(ANNEX, ("akimat",), b1__q8__trained=5,
                                   b3__q1__received=10, b3__q1__identified=7,
                                   b3__q1__not_identified=3, b14__q1__meetings=1,
                                   b14__q4__orders=1, b14__q4__amount=1500000.5,
                                   b3__q1__victims={"rows": [victim(7, sex="f")]})),
        ("ngo", NGO, answers(ANNEX, ("ngo",), b1__q8__trained=8,
                             b1__q9__publications={"no_data": "Учёт не ведётся"},
                             b16__q1__referred_by={"no_data": "Никто не направлял"})),
    ):
        rws = Workspace.create(root / name, "respondent", profile, annex=ANNEX, passphrase=PW)
        ex = ExchangeService(rws, ANNEX)
        ex.import_request(request)
        RespondentService(rws, ANNEX).import_answers({"reporting_year": YEAR,
                                                      "answers": values})
        coord.add_signer(ex.registration(PW))
        bundle = ex.export_bundle(YEAR, root / "out", PW).path
        outcome = coord.import_data(bundle.read_bytes(), PW, name=bundle.name)
        assert outcome.result.value == "accepted", outcome
        offices.append(rws)
    for w in (*offices, ws):
        w.close()
    return root / "coordinator"


def test_records_from_the_workspace(coordinator: Path) -> None:
    with Workspace.open(coordinator, annex=ANNEX) as ws:
        records = records_from_workspace(ws, ANNEX, YEAR)
    assert sorted((r.region, r.kinds, r.version) for r in records) == [
        ("KZ-10", ("akimat",), 1), ("KZ-19", ("ngo",), 1)]
    assert all(isinstance(r, SubmissionRecord) and r.received_at is not None for r in records)
    assert all(r.signer_fingerprint for r in records)


def test_desk_from_workspace(coordinator: Path) -> None:
    with Workspace.open(coordinator, annex=ANNEX) as ws:
        desk = Desk.from_workspace(ws, ANNEX)
    assert desk.deadline(YEAR) == dt.date(2026, 2, 10)
    assert desk.expected(YEAR) == tuple(ExpectedRespondent(r, k) for r, k in EXPECTED)
    trained = desk.aggregate_year(YEAR).numeric["b1.q8.trained"]
    assert (trained.total, trained.by_kind) == (13, {"akimat": 5, "ngo": 8})
    m = desk.completeness(YEAR, as_of=dt.date(2026, 3, 1))
    # received_at is when the bundle was imported: today, judged against 2026-02-10
    imported = m.cell("KZ-10", "akimat").submissions[0].received_at  # type: ignore[union-attr]
    assert imported is not None and abs((imported.date() - dt.date.today()).days) <= 1
    late = imported.date() > dt.date(2026, 2, 10)
    assert m.status("KZ-10", "akimat") is (CellStatus.LATE if late else CellStatus.ON_TIME)
    assert m.status("KZ-10", "ngo") is CellStatus.MISSING
    assert [(r.region, r.kind) for r in m.reminders] == [("KZ-10", "ngo")]


def test_cli_aggregate_json(coordinator: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--workspace", str(coordinator), "aggregate", "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025 and data["submissions"] == 2
    assert data["fields"]["b1.q8.trained"] == {
        "type": "count", "total": 13, "by_region": {"KZ-10": 5, "KZ-19": 8},
        "by_kind": {"akimat": 5, "ngo": 8}, "reports": 2, "no_data": 0, "unanswered": 0}
    assert data["fields"]["b14.q4.amount"]["total"] == 1500000.5
    pubs = data["fields"]["b1.q9.publications"]
    assert (pubs["total"], pubs["no_data"]) == (0, 1)
    risk = data["fields"]["b1.q1.1"]
    assert (risk["yes"], risk["no"], risk["no_data"]) == (0, 2, 0)


def test_cli_text_commands(coordinator: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws = ["--workspace", str(coordinator)]
    assert main([*ws, "aggregate", "--year", "2025", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "2025 год: отчетов 2" in out and "b1.q8.trained: 13  (akimat 5; ngo 8)" in out
    assert main([*ws, "completeness", "--year", "2025", "--as-of", "2026-03-01"]) == 0
    out = capsys.readouterr().out
    assert "срок 2026-02-10" in out and "ожидалось 3" in out
    assert main([*ws, "completeness", "--year", "2025", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["expected"] == 3
    assert main([*ws, "quality", "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # the NGO's list of referrers is "no data" too: nobody was received (b16.q1)
    by_reason = {r["reason"]: r for r in data["no_data"]}
    assert set(by_reason) == {"Учёт не ведётся", "Никто не направлял"}
    assert by_reason["Учёт не ведётся"] == {"reason": "Учёт не ведётся", "count": 1,
                                            "fields": {"b1.q9.publications": 1},
                                            "answers": by_reason["Учёт не ведётся"]["answers"]}
    assert main([*ws, "quality", "--years", "2024-2025", "--lang", "kk"]) == 0
    assert "ескертулер" in capsys.readouterr().out


def test_cli_report_xlsx(coordinator: Path, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "desk.xlsx"
    assert main(["--workspace", str(coordinator), "report", "xlsx", "--years", "2025",
                 "--out", str(out), "--lang", "kk"]) == 0
    assert str(out) in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Түсініктеме", "Жиынтық"] and "Толықтығы 2025" in wb.sheetnames
    ws = wb["Жиынтық"]
    head = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "b1.q8.trained")
    assert row[head.index("Есептер қосындысы (қайталап есептелуі мүмкін)")] == 13


def test_respondent_workspace_is_refused(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    Workspace.create(tmp_path / "r", "respondent", AKIMAT, annex=ANNEX).close()
    assert main(["--workspace", str(tmp_path / "r"), "aggregate", "--year", "2025"]) == 1
    assert capsys.readouterr().err.startswith("kzth: ")


def test_parse_years() -> None:
    assert parse_years("2023-2025") == [2023, 2024, 2025]
    assert parse_years("2025") == [2025]
    assert parse_years("2023,2025") == [2023, 2025]
    with pytest.raises(Exception, match="not years"):
        parse_years("2025-2023")


def test_desk_without_workspace_uses_request_data() -> None:
    desk = Desk(ANNEX, [], {YEAR: YearRequest(YEAR, dt.date(2026, 1, 31))})
    assert desk.years() == (YEAR,)
    m = desk.completeness(YEAR, as_of=dt.date(2026, 1, 1))
    assert m.counts()["pending"] == 160 and m.counts()["expected"] == 160


def test_cli_reminders_name_whom_to_call(coordinator: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 19 (8): each reminder names the offices registered for its cell, with the
    contact their registration gave (text and JSON)."""
    from kzth_desktop.analysis.completeness_offices import OfficeContact
    from kzth_desktop.services import desk as desk_module

    ws = ["--workspace", str(coordinator)]
    assert main([*ws, "completeness", "--year", "2025", "--json"]) == 0
    reminders = json.loads(capsys.readouterr().out)["reminders"]
    assert reminders and all(r["offices"] == [] for r in reminders)
    first = reminders[0]
    office = OfficeContact("k", "Кеңсе", "Отдел-должник", first["region"], (first["kind"],),
                           "Ахметова Ә.", "+7 727 000 00 01", "office@example.kz")
    monkeypatch.setattr(desk_module, "office_contacts", lambda ws, annex: [office])
    assert main([*ws, "completeness", "--year", "2025", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["reminders"][0]["offices"]
    assert shown == [{"name_kk": "Кеңсе", "name_ru": "Отдел-должник",
                      "contact_person": "Ахметова Ә.", "phone": "+7 727 000 00 01",
                      "email": "office@example.kz", "on_paper": False}]
    assert main([*ws, "completeness", "--year", "2025", "--lang", "ru"]) == 0
    assert ("Отдел-должник (Ахметова Ә., +7 727 000 00 01, office@example.kz)"
            in capsys.readouterr().out)
