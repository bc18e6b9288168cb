"""The analysts' workbook as Excel shows and prints it, read back with openpyxl: number formats
(counts ``#,##0``, money ``#,##0.00``, shares as fractions of one ``0.0%``), the document's
properties, the notes sheet first, one type per column, the print set-up of every sheet, and no
file or temporary file left by a cancel; and the PDFs' author and subject read back (PDFium)."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kzth_desktop.annex import LocalizedText, load_default_annex
from kzth_desktop.assessment.evidence import rules_title
from kzth_desktop.reports.workbook import SHEETS, TITLE
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.printing import blank_copy, submission_copy

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import AS_OF, YEAR, campaign  # noqa: E402

ANNEX = load_default_annex()
COORDINATOR = LocalizedText(kk="Үйлестіруші орган", ru="Координирующий орган")
MADE = datetime(2026, 3, 1, 10, 30)
YEARS = [2024, YEAR]


def desk() -> Desk:
    return Desk(ANNEX, campaign(ANNEX), organisation=COORDINATOR)


def write(tmp_path: Path, lang: str) -> Path:
    from kzth_desktop.reports.workbook import write_workbook

    d = desk()
    return write_workbook(
        tmp_path / f"polish-{lang}.xlsx", ANNEX, aggregation=d.aggregate(YEARS),
        completeness=[d.completeness(y, AS_OF) for y in YEARS], quality=d.quality(YEARS),
        records=d.records(YEARS), lang=lang, made=MADE, decisions=d.decisions,
        organisation=COORDINATOR)


@pytest.fixture(scope="module")
def path_ru(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("polish"), "ru")


@pytest.fixture(scope="module")
def wb_ru(path_ru: Path) -> Any:
    return load_workbook(path_ru)


def header(ws: Worksheet) -> list[Any]:
    return [c.value for c in ws[1]]


def row_of(ws: Worksheet, **match: Any) -> dict[str, Any]:
    names = header(ws)
    found = [dict(zip(names, row, strict=False)) for row in ws.iter_rows(min_row=2)]
    (one,) = [r for r in found if all(r[k].value == v for k, v in match.items())]
    return one


def table_rows(ws: Worksheet) -> int:
    """The last row of the sheet's table (its filter), the legend below left out."""
    ref = ws.auto_filter.ref
    assert ref, ws.title
    return int("".join(ch for ch in ref.split(":")[1] if ch.isdigit()))


def test_counts_money_and_shares_have_their_formats(wb_ru: Any) -> None:
    summary = wb_ru[SHEETS["summary"].ru]
    total = "Сумма отчетов (возможен двойной счет)"
    trained = row_of(summary, **{"Код поля": "b1.q8.trained", "Год": YEAR})
    assert trained[total].value == 16 and trained[total].number_format == "#,##0"
    money = row_of(summary, **{"Код поля": "b14.q4.amount", "Год": YEAR})
    assert money[total].value == pytest.approx(1750000.75)
    assert money[total].number_format == "#,##0.00"
    assert trained["Год"].number_format == "0"  # a year is no count: no thousands separator

    share = row_of(wb_ru[SHEETS["yes_no"].ru],
                   **{"Код поля": "b1.q1.1", "Год": YEAR, "Вид субъекта": "Все респонденты"})
    cell = share["Доля «да»"]
    assert 0 < cell.value < 1 and cell.value == pytest.approx(2 / 3, abs=0.0005)
    assert cell.number_format == "0.0%"

    submissions = wb_ru[SHEETS["submissions"].ru]
    filled = [r[header(submissions).index("Заполнено")] for r in
              submissions.iter_rows(min_row=2, max_row=table_rows(submissions))]
    assert filled and all(0 < c.value <= 1 and c.number_format == "0.0%" for c in filled)

    answers = wb_ru[SHEETS["answers"].ru]
    amount = [r for r in answers.iter_rows(min_row=2)
              if r[header(answers).index("Код поля")].value == "b14.q4.amount"
              and r[header(answers).index("Значение (число)")].value]
    assert amount and all(r[header(answers).index("Значение (число)")].number_format
                          == "#,##0.00" for r in amount)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_document_properties(tmp_path: Path, lang: str) -> None:
    props = load_workbook(write(tmp_path, lang)).properties
    assert props.title == f"{TITLE.get(lang)}, 2024–2025"
    assert props.creator == COORDINATOR.get(lang)
    assert props.language == {"kk": "kk-KZ", "ru": "ru-RU"}[lang]
    assert props.subject == rules_title().get(lang)
    assert props.keywords and "2024–2025" in props.keywords
    assert props.created == MADE


def test_the_notes_come_first_and_explain_empty_cells(wb_ru: Any) -> None:
    assert wb_ru.sheetnames[0] == "Пояснения" and wb_ru.sheetnames[1] == "Сводка"
    assert wb_ru.active.title == "Пояснения"
    notes = " ".join(str(c.value) for c in wb_ru["Пояснения"]["A"] if c.value)
    assert "клетка пуста" in notes and "Причина «нет данных»" in notes
    assert "0,965 = 96,5 %" in notes and "не поступило" in notes  # the colours' legend


def test_no_numeric_column_holds_text(wb_ru: Any) -> None:
    """Every column whose cells hold numbers holds numbers only (empty cells apart)."""
    checked = 0
    for ws in wb_ru.worksheets[1:]:
        last = table_rows(ws)
        for col in ws.iter_cols(min_row=2, max_row=last):
            values = [c.value for c in col if c.value is not None]
            if any(isinstance(v, int | float | datetime) for v in values):
                texts = [v for v in values if isinstance(v, str)]
                assert not texts, (ws.title, col[0].column_letter, texts[:3])
                checked += 1
    assert checked > 40


def test_no_data_is_an_empty_number_with_its_reason_beside(wb_ru: Any) -> None:
    answers = wb_ru[SHEETS["answers"].ru]
    nd = row_of(answers, **{"Код поля": "b1.q9.publications", "Год": YEAR,
                            "Регион": "Алматинская область",
                            "Виды организации": ANNEX.kind("ngo").name.ru})
    assert nd["Значение (число)"].value is None and nd["Значение (текст)"].value is None
    assert nd["Причина «нет данных»"].value
    matrix = wb_ru[f"Полнота {YEAR}"]
    cells = [c for row in matrix.iter_rows(min_row=2, min_col=2, max_row=table_rows(matrix))
             for c in row if c.comment is not None]
    assert cells and all(c.value is None for c in cells)
    assert {c.comment.text for c in cells} >= {"не поступило"}


def test_every_sheet_prints_landscape_one_page_wide_with_its_header(wb_ru: Any) -> None:
    for ws in wb_ru.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert int(setup.paperSize) == 9, ws.title  # A4
        assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        assert ws.print_title_rows in ("1:1", "$1:$1"), ws.title
    summary = wb_ru[SHEETS["summary"].ru]
    assert summary.freeze_panes == "E2" and summary.auto_filter.ref.startswith("A1:")


def test_cancel_leaves_neither_the_file_nor_temporary_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kzth_desktop.reports.workbook import write_workbook

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    d = desk()

    class StopError(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done == 5:
            raise StopError

    with pytest.raises(StopError):
        write_workbook(tmp_path / "out.xlsx", ANNEX, aggregation=d.aggregate(YEARS),
                       completeness=[d.completeness(y, AS_OF) for y in YEARS],
                       quality=d.quality(YEARS), records=d.records(YEARS), progress=stop)
    assert not (tmp_path / "out.xlsx").exists()
    assert not (tmp_path / "out.xlsx.part").exists()
    assert list(temp.iterdir()) == []


def metadata(data: bytes) -> dict[str, str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return dict(pdf.get_metadata_dict())
    finally:
        pdf.close()


def test_questionnaire_pdfs_name_their_author_and_subject() -> None:
    profile = OrgProfile(name_kk="Абай облысы әкімдігі", name_ru="Акимат области Абай",
                         region="KZ-10", kinds=("akimat",))
    blank = metadata(blank_copy(ANNEX, ["akimat"], "ru", profile))
    assert blank["Author"] == "Акимат области Абай"
    assert blank["Subject"] == ANNEX.kind("akimat").name.ru
    assert blank["Title"].startswith(ANNEX.title.ru)
    assert metadata(blank_copy(ANNEX, ["akimat"], "kk"))["Author"] == ""
    filled = metadata(submission_copy(ANNEX, profile, YEAR, {}, "kk", version=2))
    assert filled["Author"] == "Абай облысы әкімдігі"
    assert filled["Subject"] == f"Абай облысы әкімдігі, {YEAR}, v2"


def test_the_assessment_pdf_names_the_coordinator(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ws", "coordinator",
                          OrgProfile(COORDINATOR.kk, COORDINATOR.ru), annex=ANNEX)
    try:
        svc = AssessmentService(ws, ANNEX, desk())
        meta = metadata(svc.report(YEARS, "ru", "restricted"))
    finally:
        ws.close()
    assert meta["Author"] == COORDINATOR.ru
    assert meta["Subject"] == rules_title().ru
    assert meta["Title"].endswith("2024–2025")


def test_reminders_name_whom_to_call(tmp_path: Path) -> None:
    """Issue 19 (8): each reminder carries the office registered for its cell and the contact
    its registration gave; a cell with no office registered says so."""
    from kzth_desktop.analysis.completeness_offices import OfficeContact
    from kzth_desktop.reports.workbook import write_workbook

    d = desk()
    matrix = d.completeness(YEAR, AS_OF)
    assert matrix.reminders
    first = matrix.reminders[0]
    office = OfficeContact("k", "Кеңсе", "Организация-должник", first.region, (first.kind,),
                           "Ахметова Ә.", "+7 727 000 00 01", "office@example.kz")
    path = write_workbook(
        tmp_path / "reminders.xlsx", ANNEX, aggregation=d.aggregate([YEAR]),
        completeness=[matrix], quality=d.quality([YEAR]), records=d.records([YEAR]),
        lang="ru", made=MADE, contacts=[office])
    ws = load_workbook(path)[SHEETS["reminders"].ru]
    names = header(ws)
    assert names[-4:] == ["Организация", "Контактное лицо", "Телефон", "Эл. почта"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=table_rows(ws))]
    called = [r for r in rows if r[-4] == "Организация-должник"]
    assert called and called[0][-3:] == ["Ахметова Ә.", "+7 727 000 00 01",
                                         "office@example.kz"]
    if len(matrix.reminders) > 1:
        assert any(r[-4] == "(организация не зарегистрирована)" and r[-3] is None
                   for r in rows)
