"""The analysts' workbook read back with openpyxl: exact totals, headers, panes, filters."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from kzth_desktop.analysis import (
    SubmissionSet,
    aggregate,
    completeness_matrix,
    quality_report,
)
from kzth_desktop.annex import load_default_annex
from kzth_desktop.reports.workbook import SHEETS, STATUS_FILLS, write_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import AS_OF, DEADLINE, EXPECTED, YEAR, campaign  # noqa: E402

ANNEX = load_default_annex()
AKIMAT = ANNEX.kind("akimat").name
NGO = ANNEX.kind("ngo").name


def build(tmp_path: Path, lang: str) -> Any:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    path = write_workbook(
        tmp_path / f"desk-{lang}.xlsx", ANNEX,
        aggregation=aggregate(subs, [2024, YEAR]),
        completeness=[completeness_matrix(subs, YEAR, DEADLINE, EXPECTED, as_of=AS_OF)],
        quality=quality_report(subs, [YEAR]),
        records=subs.for_year(YEAR), lang=lang,
    )
    return load_workbook(path)


@pytest.fixture(scope="module")
def wb_ru(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return build(tmp_path_factory.mktemp("wb"), "ru")


def header(ws: Worksheet) -> list[Any]:
    return [c.value for c in ws[1]]


def rows_where(ws: Worksheet, **match: Any) -> list[dict[str, Any]]:
    """Rows as {header: cell} whose cells equal ``match`` (keys are header texts)."""
    names = header(ws)
    out = []
    for row in ws.iter_rows(min_row=2):
        cells = dict(zip(names, row, strict=False))
        if all(cells[k].value == v for k, v in match.items()):
            out.append(cells)
    return out


def test_summary_totals_kinds_side_by_side(wb_ru: Any) -> None:
    ws = wb_ru[SHEETS["summary"].ru]
    assert ws.title == "Сводка"
    h = header(ws)
    assert h[:6] == ["Блок", "Вопрос", "Код поля", "Поле", "Тип", "Год"]
    assert h.index(AKIMAT.ru) < h.index(NGO.ru) < h.index("Сумма отчетов (возможен двойной счет)")
    (row,) = rows_where(ws, **{"Код поля": "b1.q8.trained", "Год": 2025})
    assert row[AKIMAT.ru].value == 8 and row[NGO.ru].value == 8
    total = row["Сумма отчетов (возможен двойной счет)"]
    assert total.value == 16 and total.data_type == "n"
    (money,) = rows_where(ws, **{"Код поля": "b14.q4.amount", "Год": 2025})
    assert money["Сумма отчетов (возможен двойной счет)"].value == 1750000.75
    assert money[AKIMAT.ru].number_format == "#,##0.00"
    (pubs,) = rows_where(ws, **{"Код поля": "b1.q9.publications", "Год": 2025})
    assert pubs[NGO.ru].value is None and pubs["Нет данных"].value == 1
    (older,) = rows_where(ws, **{"Код поля": "b1.q9.publications", "Год": 2024})
    assert older["Сумма отчетов (возможен двойной счет)"].value == 12


def test_every_table_has_frozen_header_filter_and_widths(wb_ru: Any) -> None:
    notes = SHEETS["notes"].ru
    for ws in wb_ru.worksheets:
        if ws.title == notes:
            continue
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert all(ws.column_dimensions[c.column_letter].width > 5 for c in ws[1]), ws.title
        assert all(ws.column_dimensions[c.column_letter].width <= 60 for c in ws[1]), ws.title
    assert wb_ru[SHEETS["summary"].ru].freeze_panes == "E2"


def test_by_region_per_kind(wb_ru: Any) -> None:
    ws = wb_ru[SHEETS["regions"].ru]
    (row,) = rows_where(ws, **{"Код поля": "b1.q8.trained", "Год": 2025,
                               "Вид субъекта": AKIMAT.ru})
    assert row["Абайская область"].value == 5 and row["Алматинская область"].value == 3
    assert row["Итого по виду"].value == 8


def test_yes_no_counts(wb_ru: Any) -> None:
    ws = wb_ru[SHEETS["yes_no"].ru]
    (row,) = rows_where(ws, **{"Код поля": "b1.q1.1", "Год": 2025,
                               "Вид субъекта": "Все респонденты"})
    assert (row["Да"].value, row["Нет"].value, row["Нет данных"].value) == (2, 1, 0)
    share = row["Доля «да»"]
    assert share.value == pytest.approx(0.667) and share.number_format == "0.0%"


def test_victims_marginals(wb_ru: Any) -> None:
    ws = wb_ru[SHEETS["victims"].ru]
    sex = rows_where(ws, **{"Код поля": "b3.q1.victims", "Год": 2025,
                            "Вид субъекта": AKIMAT.ru})
    by_sex = {r["Категория"].value: r["Число лиц"].value for r in sex
              if r["Признак"].value.startswith("Пол")}
    assert by_sex == {"Мужской": 3, "Женский": 8}


def test_completeness_matrix_fills(wb_ru: Any) -> None:
    ws = wb_ru["Полнота 2025"]
    assert header(ws)[0] == "Регион / вид субъекта"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2, max_row=3)}
    kinds = header(ws)
    akimat, ngo = kinds.index(AKIMAT.ru), kinds.index(NGO.ru)
    late = rows["Алматинская область"][akimat]
    assert late.data_type == "n" and late.value == pytest.approx(0.949)  # annex r2: +2 fields
    assert late.number_format == "0.0%"
    assert late.fill.fgColor.rgb.endswith(STATUS_FILLS["late"].fgColor.rgb[-6:])
    missing = rows["Абайская область"][ngo]
    assert missing.value is None and missing.comment.text == "не поступило"
    assert missing.fill.fgColor.rgb.endswith(STATUS_FILLS["missing"].fgColor.rgb[-6:])
    on_time = rows["Абайская область"][akimat]
    assert on_time.value == 1


def test_submissions_and_reminders(wb_ru: Any) -> None:
    (late,) = rows_where(wb_ru["Поступления"], **{"Регион": "Алматинская область",
                                                   "Статус": "с опозданием"})
    assert late["Дней опоздания"].value == 5
    reminders = wb_ru["Напоминания"]
    assert [(r[1].value, r[5].value) for r in reminders.iter_rows(min_row=2)] == [
        ("Абайская область", 29), ("Абайская область", 29)]


def test_quality_and_no_data(wb_ru: Any) -> None:
    ws = wb_ru["Качество"]
    codes = [r[0].value for r in ws.iter_rows(min_row=2)]
    assert any(c.startswith("missing_block:2025:") for c in codes)
    assert any(c.startswith("failed_rule:2025:") for c in codes)
    assert header(ws)[-1] == "Комментарий проверяющего"
    nd = wb_ru["Нет данных"]
    assert (nd["A2"].value, nd["B2"].value) == ("Учёт не ведётся", 2)


def test_raw_answers_numbers_as_numbers(wb_ru: Any) -> None:
    ws = wb_ru["Ответы"]
    (received,) = rows_where(ws, **{"Код поля": "b3.q1.received", "Регион": "Абайская область"})
    number = received["Значение (число)"]
    assert number.value == 10 and number.data_type == "n" and number.number_format == "#,##0"
    assert received["Значение (текст)"].value is None
    (nd,) = rows_where(ws, **{"Код поля": "b1.q9.publications", "Регион": "Алматинская область",
                              "Виды организации": NGO.ru})
    assert nd["Значение (число)"].value is None and nd["Значение (текст)"].value is None
    assert nd["Причина «нет данных»"].value == "учёт  не ведётся."  # as written
    (victims,) = rows_where(ws, **{"Код поля": "b3.q1.victims", "Регион": "Абайская область"})
    assert victims["Значение (число)"].value == 7


def test_kazakh_headers(tmp_path: Path) -> None:
    wb = build(tmp_path, "kk")
    assert wb.sheetnames[:2] == ["Түсініктеме", "Жиынтық"]
    ws = wb["Жиынтық"]
    assert header(ws)[:6] == ["Блок", "Сұрақ", "Өріс коды", "Өріс", "Түрі", "Жыл"]
    assert AKIMAT.kk in header(ws)
    assert "Есептер қосындысы (қайталап есептелуі мүмкін)" in header(ws)
    assert "Толықтығы 2025" in wb.sheetnames


def test_progress_and_cancel(tmp_path: Path) -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    kwargs: dict[str, Any] = dict(
        aggregation=aggregate(subs, [YEAR]),
        completeness=[completeness_matrix(subs, YEAR, DEADLINE, EXPECTED, as_of=AS_OF)],
        quality=quality_report(subs, [YEAR]), records=subs.for_year(YEAR))
    calls: list[tuple[int, int]] = []
    write_workbook(tmp_path / "a.xlsx", ANNEX, progress=lambda d, t: calls.append((d, t)),
                   **kwargs)
    assert calls[-1] == (1, 1) and [d for d, _ in calls[:-1]] == list(range(1, len(calls)))

    class StopError(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done == 3:
            raise StopError

    with pytest.raises(StopError):
        write_workbook(tmp_path / "b.xlsx", ANNEX, progress=stop, **kwargs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


def test_the_evidence_sheet_ties_every_field_to_rule_14(wb_ru: Any) -> None:
    from kzth_desktop.assessment.evidence import field_items

    ws = wb_ru[SHEETS["evidence"].ru]
    h = header(ws)
    assert h[:8] == ["Блок", "Вопрос", "Код поля", "Поле", "Текст вопроса", "Тип",
                     "Подпункты пункта 14", "2024"]
    ids = [r[2].value for r in ws.iter_rows(min_row=2)]
    assert ids == [f.id for f in ANNEX.fields()]
    items = field_items(ANNEX)
    for row in ws.iter_rows(min_row=2):
        cells = dict(zip(h, row, strict=False))
        written = cells["Подпункты пункта 14"].value
        assert written == ", ".join(f"14.{i}" for i in items[cells["Код поля"].value])
        assert all(part.startswith("14.") and part[3:] in "123456789"
                   for part in written.split(", "))
    (trained,) = rows_where(ws, **{"Код поля": "b1.q8.trained"})
    assert trained["2025"].value == 16 and trained["Подпункты пункта 14"].value == "14.9"
    (money,) = rows_where(ws, **{"Код поля": "b14.q4.amount"})
    assert money["2025"].value == 1750000.75
    (crimes,) = rows_where(ws, **{"Код поля": "b2.q1.crimes"})
    assert crimes["Подпункты пункта 14"].value == "14.1, 14.3"
    (risk,) = rows_where(ws, **{"Код поля": "b1.q1.1"})
    assert isinstance(risk["2025"].value, int) and risk["2025"].value > 0
