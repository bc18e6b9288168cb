"""No report or aggregate fails because of one submission (issue 15, item 4): submissions out
of bounds, put straight into a coordinator's database (held before the bounds were checked at
import), are skipped by ``kzth aggregate``, ``report xlsx`` and ``report assessment`` (both
editions) and listed as quality findings; the other offices' figures do not change. And
``kzth answers import`` refuses each bound with its code, writing nothing."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.services import OrgProfile, RespondentService, Workspace
from kzth_desktop.services.bundle_export import ExchangeService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.storage.models import ImportedSubmission

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "Жасырын сөз 2025"
YEAR = 2025
OFFICES = (OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",)),
           OrgProfile("Алматы қ. ПД", "ДП г. Алматы", "KZ-75", ("police",)))
ROW = {"age_band": "unknown", "citizenship": "unknown", "sex": "unknown", "count": 1}
# region code -> (what breaks a bound, the field, the answers as the database holds them)
BAD: dict[str, tuple[str, str | None, Any]] = {
    "KZ-10": ("count 10^100", "b2.q1.crimes", 10**100),
    "KZ-11": ("money 1e308", "b2.q7.confiscated", 1e308),
    "KZ-15": ("count NaN", "b2.q1.crimes", float("nan")),
    "KZ-19": ("money Infinity", "b2.q7.confiscated", float("inf")),
    "KZ-23": ("text 10 MB", "b1.q1.9", "a" * 10 * 1024 * 1024),
    "KZ-27": ("list of 10,000 items", "b1.q7.1", ["МОМ"] * 10_000),
    "KZ-31": ("table of 100,000 rows", "b2.q8.victims", {"rows": [ROW] * 100_000}),
    "KZ-33": ("answers not an object", None, None),
    "KZ-35": ("answers not JSON", None, "{\"b1.q1.1\": ["),  # a damaged row: not even read
}


def run(ws: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--workspace", str(ws), "--lang", "ru", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


@dataclass
class Desk:
    ws: Path
    tmp: Path


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A coordinator holding two offices' bundles, imported the ordinary way."""
    root = tmp_path_factory.mktemp("bounds-desk")
    cws = Workspace.create(root / "coordinator", "coordinator",
                           OrgProfile("Сараптама тобы", "Экспертная группа"), annex=ANNEX,
                           passphrase=PW)
    coordinator = CoordinationService(cws, ANNEX)
    request = coordinator.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    for n, profile in enumerate(OFFICES):
        ws = Workspace.create(root / f"office{n}", "respondent", profile, annex=ANNEX,
                              passphrase=PW)
        ex = ExchangeService(ws, ANNEX)
        ex.import_request(request)
        answers = sample_answers(ANNEX, ["police"])
        RespondentService(ws, ANNEX).import_answers({"reporting_year": YEAR,
                                                     "answers": answers})
        coordinator.add_signer(ex.registration(PW), passphrase=PW)
        path = ex.export_bundle(YEAR, root / "out", PW).path
        outcome = coordinator.import_data(path.read_bytes(), PW, name=path.name)
        assert outcome.result.value == "accepted", (outcome.reason, outcome.params)
        ws.close()
    cws.close()
    yield Desk(root / "coordinator", root)


def _hold_bad_submissions(ws_path: Path) -> None:
    """Rows written straight into the database, as a workspace of an earlier release (or a
    hand at the SQL prompt) could hold them: no import checks them."""
    ws = Workspace.open(ws_path)
    good = sample_answers(ANNEX, ["police"])

    def work(s: Any) -> None:
        template = s.scalars(select(ImportedSubmission)).first()
        for region, (case, fid, value) in BAD.items():
            if fid is None:
                text = value if isinstance(value, str) else json.dumps(["b1.q1.1"])
            else:
                text = json.dumps({**good, fid: value}, ensure_ascii=False)
            s.add(ImportedSubmission(
                signer_id=template.signer_id, received_file_id=template.received_file_id,
                org_key=f"{region}|{case}", name_kk=f"ПД {case}", name_ru=f"ДП {case}",
                region=region, kinds=["police"], reporting_year=YEAR, version=1,
                annex_version=template.annex_version, created_at=template.created_at,
                imported_at=template.imported_at, status="current", answers_json=text,
                audit_summary={}))

    ws.write(work)
    ws.close()


def _sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    wb = load_workbook(path, read_only=True)
    return [tuple(r) for r in wb[name].iter_rows(values_only=True)]


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_submissions_out_of_bounds_are_skipped_and_listed(
        desk: Desk, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    ws, tmp = desk.ws, desk.tmp
    # before: the two good offices only
    code, out = run(ws, capsys, "aggregate", "--year", str(YEAR), "--json")
    assert code == 0
    before = json.loads(out)
    assert before["submissions"] == 2 and "skipped" not in before
    assert run(ws, capsys, "report", "xlsx", "--years", f"{YEAR}-{YEAR}",
               "--out", str(tmp / "before.xlsx"))[0] == 0
    pdf_before = {}
    for edition in ("published", "restricted"):
        out_pdf = tmp / f"before-{edition}.pdf"
        code, out = run(ws, capsys, "report", "assessment", "--years", f"{YEAR}-{YEAR}",
                        "--lang", "ru", f"--{edition}", "--out", str(out_pdf))
        assert code == 0, out
        pdf_before[edition] = _pdf_text(out_pdf)

    _hold_bad_submissions(ws)

    # aggregate: exit 0, the same figures, every bad office listed with its field
    code, out = run(ws, capsys, "aggregate", "--year", str(YEAR), "--json")
    assert code == 0
    after = json.loads(out)
    skipped = after.pop("skipped")
    assert after == before
    assert {f["org_key"].split("|")[0] for f in skipped} == set(BAD)
    assert all(f["code"] == "submission_skipped" for f in skipped)
    by_region = {f["region"]: f for f in skipped}
    assert by_region["KZ-10"]["field"] == "b2.q1.crimes"
    assert "ДП count 10^100" in by_region["KZ-10"]["message"]
    assert "больше допустимого максимума" in by_region["KZ-10"]["message"]
    assert "Блок 2, вопрос 1" in by_region["KZ-10"]["message"]
    assert "конечным числом" in by_region["KZ-15"]["message"]
    assert by_region["KZ-23"]["field"] == "b1.q1.9"
    assert by_region["KZ-33"]["field"] is None
    code, out = run(ws, capsys, "aggregate", "--year", str(YEAR))
    assert code == 0 and "Не включены в отчеты" in out and "ДП money 1e308" in out

    # quality lists them; completeness counts them as received
    code, out = run(ws, capsys, "quality", "--year", str(YEAR), "--json")
    assert code == 0
    quality = json.loads(out)
    assert quality["counts"]["submission_skipped"] == len(skipped)
    code, out = run(ws, capsys, "completeness", "--year", str(YEAR), "--json")
    assert code == 0 and len(json.loads(out)["submissions"]) == 2 + len(BAD)

    # the workbook: exit 0, the same aggregates, the finding in the quality sheet
    code, out = run(ws, capsys, "report", "xlsx", "--years", f"{YEAR}-{YEAR}",
                    "--out", str(tmp / "after.xlsx"), "--json")
    assert code == 0
    assert len(json.loads(out)["skipped"]) == len(skipped)
    for sheet in ("Сводка", "По регионам", "Да-Нет", "Жертвы", "Тексты", "Ответы"):
        assert _sheet(tmp / "after.xlsx", sheet) == _sheet(tmp / "before.xlsx", sheet), sheet
    quality_rows = _sheet(tmp / "after.xlsx", "Качество")
    assert sum(1 for r in quality_rows if "не включены в сводные данные" in " ".join(
        str(c) for c in r if c is not None)) == len(skipped)

    # the assessment, both editions: exit 0, the same text, the skipped ones listed
    for edition in ("published", "restricted"):
        out_pdf = tmp / f"after-{edition}.pdf"
        code, out = run(ws, capsys, "report", "assessment", "--years", f"{YEAR}-{YEAR}",
                        "--lang", "ru", f"--{edition}", "--out", str(out_pdf), "--json")
        assert code == 0, out
        assert len(json.loads(out)["skipped"]) == len(skipped)
        assert _pdf_text(out_pdf) == pdf_before[edition]


# --- answers import through the command line -----------------------------------------------------

IMPORT_CASES = [
    ("b2.q1.crimes", "1" + "0" * 100, "too_large"),
    ("b2.q7.confiscated", "1e308", "too_large"),
    ("b2.q1.crimes", "NaN", "not_finite"),
    ("b2.q7.confiscated", "Infinity", "not_finite"),
    ("b2.q1.crimes", "-5", "negative"),
    ("b2.q1.crimes", '"-5"', "wrong_type"),
    ("b1.q1.9", json.dumps("a" * 10 * 1024 * 1024), "text_too_long"),
    ("b1.q7.1", json.dumps(["МОМ"] * 10_000), "too_many_items"),
    ("b2.q8.victims", json.dumps({"rows": [ROW] * 100_000}), "too_many_rows"),
]


@pytest.fixture(scope="module")
def police_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bounds-import")
    ws = Workspace.create(root / "police", "respondent", OFFICES[0], annex=ANNEX, passphrase=PW)
    rs = RespondentService(ws, ANNEX)
    rs.add_campaign(YEAR)
    rs.import_answers({"reporting_year": YEAR, "answers": sample_answers(ANNEX, ["police"])})
    ws.close()
    return root / "police"


@pytest.mark.parametrize(("fid", "raw", "code"), IMPORT_CASES,
                         ids=[f"{c[2]}-{c[0]}" for c in IMPORT_CASES])
def test_answers_import_refuses_each_bound_with_its_code(
        police_ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fid: str,
        raw: str, code: str) -> None:
    code_before, exported = run(police_ws, capsys, "answers", "export", "--year", str(YEAR))
    assert code_before == 0
    path = tmp_path / "answers.json"
    path.write_text('{"reporting_year": 2025, "answers": {"b1.q1.2": {"answer": "no"}, "'
                    + fid + '": ' + raw + "}}", encoding="utf-8")
    status, out = run(police_ws, capsys, "answers", "import", str(path), "--json")
    assert status == 1
    refusal = json.loads(out)["error"]
    assert refusal["code"] == "answers_refused"
    assert [p["code"] for p in refusal["problems"]] == [code]
    assert refusal["problems"][0]["field"] == fid
    assert run(police_ws, capsys, "answers", "export", "--year", str(YEAR))[1] == exported
