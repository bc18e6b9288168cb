"""The analysts' Excel workbook of the coordinator's desk (openpyxl, Qt-free).

Sheets: the notes first (what each sheet holds, how to read its figures and its empty cells),
then aggregates of count and money fields (kinds side by side, then the plain sum of reports
labelled as such), the same by region, yes/no counts, victims marginals and cross-tabs, free
texts, completeness per year, submissions, reminders, quality findings, "no data" reasons and
raw answers. Every sheet is one table: a frozen header row with a filter, widths that fit,
printed landscape on A4 one page wide with the header on every page.

One type per column: a numeric column holds numbers (or dates) only, with a format — counts
``#,##0``, money ``#,##0.00``, shares as fractions of one shown ``0.0%`` — and a cell with no
number is left empty, the reason beside it in a text column (or, in the completeness matrix,
in the cell's comment and its colour), as the notes sheet says.

The workbook is written in openpyxl's write-only mode: rows go to disk as they are made, so a
national campaign of three years costs the same memory as a small one. Each sheet's rows are
made twice, once to measure the columns' widths (which write-only mode must know before the
first row) and once to write them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol, cast

from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import ColumnDimension, DimensionHolder
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.page import PrintPageSetup
from openpyxl.worksheet.properties import PageSetupProperties, WorksheetProperties

from kzth_desktop.analysis import (
    Aggregation,
    CellStatus,
    CompletenessMatrix,
    QualityReport,
    SubmissionRecord,
)
from kzth_desktop.analysis.completeness import SOURCE_NAMES, STATUS_NAMES
from kzth_desktop.analysis.completeness_offices import OfficeContact
from kzth_desktop.analysis.quality import CODE_NAMES, SEVERITY_NAMES
from kzth_desktop.annex.model import Annex, Field, FieldType, LocalizedText
from kzth_desktop.annex.problems import short_text
from kzth_desktop.annex.values import is_empty, is_no_data, no_data_reason, victims_total
from kzth_desktop.reports.review import ReviewRow

L = LocalizedText
FIELD_TEXT_LIMIT = 120
MAX_WIDTH = 60
MIN_WIDTH = 8
MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"  # Excel shows the user's thousands separator: "# ##0" in kk/ru
SHARE_FORMAT = "0.0%"  # a fraction of one (0.965), shown as a percentage
INTEGER_FORMAT = "0"  # years, block numbers, versions: no thousands separator
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
LANGUAGE_TAGS: Mapping[str, str] = {"kk": "kk-KZ", "ru": "ru-RU"}

SHEETS: Mapping[str, LocalizedText] = {
    "summary": L("Жиынтық", "Сводка"),
    "regions": L("Өңірлер бойынша", "По регионам"),
    "yes_no": L("Иә-Жоқ", "Да-Нет"),
    "victims": L("Құрбандар", "Жертвы"),
    "crosstabs": L("Құрбандар қиылысы", "Жертвы - перекрестные"),
    "texts": L("Мәтіндер", "Тексты"),
    "completeness": L("Толықтығы {year}", "Полнота {year}"),
    "submissions": L("Түскендер", "Поступления"),
    "reminders": L("Еске салу", "Напоминания"),
    "quality": L("Сапа", "Качество"),
    "no_data": L("Деректер жоқ", "Нет данных"),
    "answers": L("Жауаптар", "Ответы"),
    "notes": L("Түсініктеме", "Пояснения"),
    "evidence": L("Талдау (14-тармақ)", "Анализ (пункт 14)"),
    "decisions": L("Тексеру шешімдері", "Решения проверки"),
}

H: Mapping[str, LocalizedText] = {
    "block": L("Блок", "Блок"),
    "question": L("Сұрақ", "Вопрос"),
    "field_id": L("Өріс коды", "Код поля"),
    "field": L("Өріс", "Поле"),
    "type": L("Түрі", "Тип"),
    "year": L("Жыл", "Год"),
    "kind": L("Субъект түрі", "Вид субъекта"),
    "region": L("Өңір", "Регион"),
    "org": L("Ұйым", "Организация"),
    "kinds": L("Ұйым түрлері", "Виды организации"),
    "version": L("Нұсқа", "Версия"),
    "sum_reports": L("Есептер қосындысы (қайталап есептелуі мүмкін)",
                     "Сумма отчетов (возможен двойной счет)"),
    "kind_total": L("Осы түр бойынша барлығы", "Итого по виду"),
    "reports": L("Есептер саны", "Отчетов"),
    "no_data": L("Деректер жоқ", "Нет данных"),
    "yes": L("Иә", "Да"),
    "no": L("Жоқ", "Нет"),
    "share_yes": L("«Иә» үлесі", "Доля «да»"),
    "all_respondents": L("Барлық респонденттер", "Все респонденты"),
    "dimension": L("Белгі", "Признак"),
    "category": L("Санат", "Категория"),
    "dimension_1": L("Белгі 1", "Признак 1"),
    "category_1": L("Санат 1", "Категория 1"),
    "dimension_2": L("Белгі 2", "Признак 2"),
    "category_2": L("Санат 2", "Категория 2"),
    "persons": L("Адам саны", "Число лиц"),
    "answer": L("Жауап", "Ответ"),
    "received_at": L("Алынған уақыты", "Получено"),
    "deadline": L("Мерзімі", "Срок"),
    "status": L("Мәртебесі", "Статус"),
    "source": L("Көзі", "Источник"),
    "keyers": L("Енгізген операторлар", "Операторы ввода"),
    "days_late": L("Кешіккен күндер", "Дней опоздания"),
    "answered_pct": L("Толтырылғаны", "Заполнено"),
    "unanswered": L("Жауапсыз өрістер", "Полей без ответа"),
    "problems": L("Ескертулер", "Замечаний"),
    "days_overdue": L("Мерзімнен өткен күндер", "Дней просрочки"),
    "office": L("Мекеме", "Организация"),
    "contact_person": L("Байланыс тұлғасы", "Контактное лицо"),
    "phone": L("Телефон", "Телефон"),
    "email": L("Эл. пошта", "Эл. почта"),
    "no_office": L("(мекеме тіркелмеген)", "(организация не зарегистрирована)"),
    "on_paper": L("(қағаз бланк: байланыс жоқ)", "(бумажный бланк: контакта нет)"),
    "id": L("Коды", "Код"),
    "severity": L("Маңыздылығы", "Важность"),
    "finding": L("Ескерту түрі", "Вид замечания"),
    "value": L("Мәні", "Значение"),
    "value_number": L("Мәні (сан)", "Значение (число)"),
    "value_text": L("Мәні (мәтін)", "Значение (текст)"),
    "note": L("Түсініктеме", "Пояснение"),
    "comparison": L("Салыстыру", "Сравнение"),
    "message": L("Сипаттамасы", "Описание"),
    "comment": L("Тексерушінің түсініктемесі", "Комментарий проверяющего"),
    "reason": L("Себебі", "Причина"),
    "count": L("Саны", "Число"),
    "fields": L("Өрістер", "Поля"),
    "orgs": L("Ұйымдар", "Организации"),
    "no_data_reason": L("«Деректер жоқ» себебі", "Причина «нет данных»"),
    "details": L("Сипаттама", "Описание"),
    "region_kind": L("Өңір / субъект түрі", "Регион / вид субъекта"),
    "legend": L("Белгілер", "Обозначения"),
    "items": L("14-тармақтың тармақшалары", "Подпункты пункта 14"),
    "question_text": L("Сұрақ мәтіні", "Текст вопроса"),
    "national_source": L("Ұлттық көрсеткіштің көзі", "Источник национального показателя"),
    "held_status": L("Сақталған нұсқа", "Хранимая версия"),
    "review": L("Шешім", "Решение"),
    "by": L("Кім", "Кто"),
    "at": L("Қашан", "Когда"),
    "why": L("Неге", "Почему"),
    "returned_notes": L("Түзетуге қайтару ескертулері", "Замечания возврата на доработку"),
    "corrections": L("Ұйымның жауабы", "Ответ организации"),
    "changed": L("Өзгерген өрістер", "Измененные поля"),
}

REVIEW_NAMES: Mapping[str, LocalizedText] = {
    "accepted": L("қабылданды", "принято"),
    "returned": L("түзетуге қайтарылды", "возвращено на доработку"),
    "corrected": L("түзетілді", "исправлено"),
}
HELD_NAMES: Mapping[str, LocalizedText] = {
    "current": L("ағымдағы", "текущая"),
    "superseded": L("ауыстырылған", "заменена"),
    "withdrawn": L("кері алынған", "отозвана"),
}
_CHANGED = L("мәні өзгертілді", "значение изменено")


EVIDENCE_NOTE = L(
    "Ұлттық көрсеткіш: сандар мен сомалар — есептер қосындысы (министрлік пен оның аумақтық "
    "бөлімшелері үшін — министрліктің деректері); «иә/жоқ» — «иә» деп жауап бергендер; "
    "мәтіндер, тізімдер, кезеңдер, құрбандар кестелері — жауаптар саны (кестелер үшін — "
    "адамдар саны).",
    "Национальный показатель: числа и суммы — сумма отчетов (для министерства и его "
    "территориальных подразделений — данные министерства); «да/нет» — число ответов «да»; "
    "тексты, списки, периоды — число ответов; таблицы жертв — число лиц.")


NOTES: tuple[LocalizedText, ...] = (
    L("Есептер {years} жылдарға; жасалған уақыты {made}.",
      "Данные за {years} гг.; файл создан {made}."),
    L("Әр ұйымның әр жылға соңғы нұсқасы ғана есептеледі.",
      "Учитывается только последняя версия каждой организации за каждый год."),
    L("Сандар субъект түрлері бойынша қатар көрсетіледі: полиция мен ҮЕҰ бір адам туралы "
      "хабарлауы мүмкін, сондықтан «Есептер қосындысы» бір адамды екі рет есептеуі мүмкін.",
      "Числа показаны по видам субъектов рядом: полиция и НКО могут сообщить об одном и том "
      "же человеке, поэтому «Сумма отчетов» может учитывать одно лицо дважды."),
    L("«Иә/жоқ» сұрақтарында респонденттер саналады (адамдар емес): оларды қосуға болады.",
      "В вопросах «да/нет» считаются респонденты (а не люди): их можно складывать."),
    L("Сапа ескертулері мәндерді өзгертпейді: мәндер сақталып, есепке кіреді; тексерушінің "
      "түсініктемесі ескерту кодына байланады.",
      "Замечания качества не меняют значений: значения сохранены и учтены; комментарий "
      "проверяющего привязывается к коду замечания."),
    L("Сандық бағандарда тек сандар бар: адам, іс және есеп сандары — разрядтар бөлгішімен, "
      "теңгемен сомалар — екі таңбамен, үлестер («Толтырылғаны», «иә» үлесі) — бірдің үлесі, "
      "пайызбен көрсетілген (0,965 = 96,5 %): оларды қосуға және орташасын алуға болады.",
      "В числовых столбцах только числа: числа лиц, дел и отчетов — с разделителем разрядов, "
      "суммы в тенге — с двумя знаками, доли («Заполнено», доля «да») — доли единицы, "
      "показанные в процентах (0,965 = 96,5 %): их можно складывать и усреднять."),
    L("Сан жоқ болса, ұяшық бос қалады, ал себебі бөлек мәтін бағанында: «Жауаптар» "
      "парағында — ««Деректер жоқ» себебі» (сан жауабы емес жауаптар — «Мәні (мәтін)» "
      "бағанында); жиынтық парақтарда «Деректер жоқ» — осындай жауаптар саны; толықтық "
      "матрицасында — ұяшықтың түсі мен оған берілген ескертпе (түсу мәртебесі).",
      "Если числа нет, клетка пуста, а причина — в отдельном текстовом столбце: на листе "
      "«Ответы» — «Причина «нет данных»» (ответы, которые не числа, — в столбце «Значение "
      "(текст)»); на сводных листах «Нет данных» — число таких ответов; в матрице полноты — "
      "цвет клетки и примечание к ней (статус поступления)."),
)
LEGEND_NOTE = L("Толықтық матрицасының түстері:", "Цвета матрицы полноты:")
SHARE_LEGEND = L("Сан — толтырылған өрістердің үлесі", "Число — доля заполненных полей")
NO_REASON = L("себебі көрсетілмеген", "причина не указана")
TITLE = L("Адам саудасына қарсы іс-қимыл саласындағы тәуекелдерді бағалау: талдаушыларға "
          "арналған деректер", "Оценка рисков в сфере противодействия торговле людьми: "
          "данные для аналитиков")
KEYWORDS = L("адам саудасы; тәуекелдерді бағалау; жиынтық деректер; {years}",
             "торговля людьми; оценка рисков; сводные данные; {years}")

_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
_BOLD = Font(bold=True)
STATUS_FILLS: Mapping[CellStatus, PatternFill] = {
    CellStatus.ON_TIME: PatternFill("solid", fgColor="C6EFCE"),
    CellStatus.RECEIVED: PatternFill("solid", fgColor="C6EFCE"),
    CellStatus.LATE: PatternFill("solid", fgColor="FFD966"),
    CellStatus.PENDING: PatternFill("solid", fgColor="E7E6E6"),
    CellStatus.MISSING: PatternFill("solid", fgColor="F4B6B6"),
    CellStatus.TO_VERIFY: PatternFill("solid", fgColor="E4DFEC"),
}
_UNEXPECTED_FILL = PatternFill("solid", fgColor="BDD7EE")
_UNEXPECTED = L("күтілмеген", "не ожидалось")



@dataclass(frozen=True, slots=True)
class Column:
    header: str
    number_format: str | None = None  # a numeric column: numbers and dates only, this format
    wrap: bool = False  # long text: wrapped, width capped


@dataclass(frozen=True, slots=True)
class Styled:
    """A value with a look of its own: a number format other than its column's (money in a
    column of counts), a fill, a comment, bold."""

    value: object
    number_format: str | None = None
    fill: PatternFill | None = None
    comment: str | None = None
    bold: bool = False


Row = Sequence[object]
Rows = Callable[[], Iterable[Row]]  # called twice: to measure the widths, then to write


def _t(key: str, lang: str) -> str:
    return H[key].get(lang)


def _is_number(v: object) -> bool:
    return isinstance(v, int | float | date) and not isinstance(v, bool)


class _SheetParts(Protocol):
    """What a write-only sheet has from ``Worksheet._setup``, which openpyxl's stubs leave
    undeclared."""

    column_dimensions: DimensionHolder[str, ColumnDimension]
    auto_filter: AutoFilter
    page_setup: PrintPageSetup
    sheet_properties: WorksheetProperties


def _parts(ws: WriteOnlyWorksheet) -> _SheetParts:
    return cast(_SheetParts, ws)


class _Sheet:
    """One table on one write-only worksheet: widths measured over the rows, the panes, the
    print set-up, the header row, the rows, the filter, then any lines below the table."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column]) -> None:
        self.wb = wb
        self.title = title[:31]
        self.columns = list(columns)
        self.widths = [max((len(w) for w in c.header.split()), default=6) + 2
                       for c in self.columns]
        self.caps: dict[int, int] = {}  # column index -> a width it may not pass
        self.rows = 1

    def write(self, rows: Rows, freeze: str | None = "A2", *, table: bool = True,
              below: Iterable[Row] = ()) -> WriteOnlyWorksheet:
        """Writes the sheet; ``table``: a filter over the rows; ``below``: lines after the
        table (a legend), outside its filter."""
        for row in rows():
            self._measure(row)
        ws = self.wb.create_sheet(self.title)
        assert isinstance(ws, WriteOnlyWorksheet)
        parts = _parts(ws)
        for i, width in enumerate(self.widths):
            width = min(width, self.caps.get(i, MAX_WIDTH), MAX_WIDTH)
            parts.column_dimensions[get_column_letter(i + 1)].width = max(width, MIN_WIDTH)
        if freeze is not None:
            ws.freeze_panes = freeze
        _print_setup(ws)
        ws.append([self._header(ws, c) for c in self.columns])
        made: dict[tuple[int, str | None], XlCell] = {}
        count = 1
        for row in rows():
            ws.append([self._cell(ws, i, v, made) for i, v in enumerate(row)])
            count += 1
        if count != self.rows:  # the rows must come out the same twice
            raise RuntimeError(f"sheet {self.title!r}: {self.rows} rows measured, {count} made")
        if table:
            parts.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{max(count, 2)}"
        for row in below:
            ws.append([self._cell(ws, i, v, made) for i, v in enumerate(row)])
        return ws

    def _measure(self, row: Row) -> None:
        self.rows += 1
        widths = self.widths
        for i, v in enumerate(row):
            if isinstance(v, Styled):
                v = v.value
            if v is None:
                continue
            text = v if isinstance(v, str) else _shown(v)
            longest = max(len(line) for line in text.split("\n")) if "\n" in text \
                else len(text)
            if longest + 2 > widths[i]:
                widths[i] = longest + 2

    @staticmethod
    def _header(ws: WriteOnlyWorksheet, col: Column) -> XlCell:
        cell = WriteOnlyCell(ws, col.header)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        return cell

    def _cell(self, ws: WriteOnlyWorksheet, i: int, v: object,
              made: dict[tuple[int, str | None], XlCell]) -> object:
        """The value or a styled cell. Cells of one column and format share one cell object,
        its value replaced: write-only mode writes each cell out as soon as it is given, and
        styling a new cell through openpyxl's descriptors costs a hash per cell."""
        col = self.columns[i]
        fmt = col.number_format
        style: Styled | None = None
        if isinstance(v, Styled):
            style, v = v, v.value
            fmt = style.number_format or fmt
        if isinstance(v, str):
            if col.number_format is not None:
                raise ValueError(f"sheet {self.title!r}: text {v!r} in the numeric column "
                                 f"{col.header!r}")
            fmt = None
        elif v is None:
            fmt = None
        elif not _is_number(v):
            raise TypeError(f"sheet {self.title!r}: {type(v).__name__} in {col.header!r}")
        elif col.number_format is None:
            raise ValueError(f"sheet {self.title!r}: a number in the text column "
                             f"{col.header!r}")
        if style is not None and (style.fill or style.comment or style.bold):
            cell = WriteOnlyCell(ws, cast(Any, v))
            if fmt:
                cell.number_format = fmt
            if style.fill is not None:
                cell.fill = style.fill
            if style.bold:
                cell.font = _BOLD
            if style.comment:
                cell.comment = Comment(style.comment, "KZTH")
            if col.wrap:
                cell.alignment = _WRAP
            return cell
        if v is None:
            return None
        if fmt is None and not col.wrap:
            return v
        key = (i, fmt)
        held = made.get(key)
        if held is None:
            held = made[key] = WriteOnlyCell(ws)
            if fmt:
                held.number_format = fmt
            if col.wrap:
                held.alignment = _WRAP
        held.value = cast(Any, v)
        return held


def _print_setup(ws: WriteOnlyWorksheet) -> None:
    """Landscape A4, one page wide and as many long as it takes, the header on every page."""
    parts = _parts(ws)
    parts.page_setup.orientation = "landscape"
    parts.page_setup.paperSize = 9  # A4 (ECMA-376 ST_PaperSize)
    parts.page_setup.fitToWidth = 1
    parts.page_setup.fitToHeight = 0
    parts.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"


def _shown(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


class _Names:
    """Annex names in the workbook's language, looked up once."""

    def __init__(self, annex: Annex, lang: str) -> None:
        self.annex, self.lang = annex, lang
        self._kinds = {k.id: k.name.get(lang) for k in annex.kinds}
        self._regions = {r.code: r.name.get(lang) for r in annex.regions}
        self._fields: dict[str, str] = {}
        self._places: dict[str, tuple[int | None, str]] = {}

    def kind(self, key: str) -> str:
        return " + ".join(self._kinds.get(k, k) for k in key.split("+"))

    def kinds(self, kinds: Iterable[str]) -> str:
        return "; ".join(self._kinds.get(k, k) for k in kinds)

    def region(self, code: str) -> str:
        return self._regions.get(code, code)

    def field(self, fid: str) -> str:
        held = self._fields.get(fid)
        if held is None:
            held = self._fields[fid] = (
                short_text(self.annex.field(fid).text.get(self.lang), FIELD_TEXT_LIMIT)
                if self.annex.has_field(fid) else fid)
        return held

    def place(self, fid: str) -> tuple[int | None, str]:
        """(block number, "block.question") of a field."""
        held = self._places.get(fid)
        if held is None:
            if not self.annex.has_field(fid):
                held = (None, "")
            else:
                f = self.annex.field(fid)
                b = self.annex.block(f.block_id).number
                held = (b, f"{b}.{self.annex.question(f.question_id).number}")
            self._places[fid] = held
        return held

    def category(self, fld: Field, dim_id: str, cat: str) -> str:
        dim = fld.dimension(dim_id)
        found = dim.categories.get(cat) if dim is not None else None
        return found.label.get(self.lang) if found is not None else cat

    def dimension(self, fld: Field, dim_id: str) -> str:
        dim = fld.dimension(dim_id)
        return short_text(dim.label.get(self.lang), FIELD_TEXT_LIMIT) if dim else dim_id


def _kind_order(annex: Annex, keys: Iterable[str]) -> list[str]:
    pos = {k.id: i for i, k in enumerate(annex.kinds)}
    return sorted(set(keys), key=lambda k: (pos.get(k.split("+")[0], 999), k.count("+"), k))


def _field_cols(lang: str) -> list[Column]:
    return [Column(_t("block", lang), INTEGER_FORMAT), Column(_t("question", lang)),
            Column(_t("field_id", lang)), Column(_t("field", lang), wrap=True)]


def _field_cells(names: _Names, fid: str) -> list[object]:
    block, question = names.place(fid)
    return [block, question, fid, names.field(fid)]




# --- sheets ------------------------------------------------------------------------------------

_NUMERIC_FORMATS: Mapping[FieldType, str] = {FieldType.MONEY: MONEY_FORMAT,
                                             FieldType.COUNT: COUNT_FORMAT}


def _formatted(value: object, fmt: str) -> object:
    """A number in a money row of a column of counts (or the like) gets the row's format."""
    return Styled(value, fmt) if fmt != COUNT_FORMAT and value is not None else value


def _year_col(lang: str) -> Column:
    return Column(_t("year", lang), INTEGER_FORMAT)


def _summary(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    kinds = _kind_order(annex, (k for y in agg.years.values() for n in y.numeric.values()
                                for k in n.by_kind))
    cols = [*_field_cols(lang), Column(_t("type", lang)), _year_col(lang),
            *(Column(names.kind(k), COUNT_FORMAT) for k in kinds),
            Column(_t("sum_reports", lang), COUNT_FORMAT),
            Column(_t("reports", lang), COUNT_FORMAT), Column(_t("no_data", lang), COUNT_FORMAT)]

    def rows() -> Iterator[Row]:
        for fid in _numeric_order(agg):
            for year, ya in sorted(agg.years.items()):
                n = ya.numeric.get(fid)
                if n is None:
                    continue
                fmt = _NUMERIC_FORMATS.get(n.type, COUNT_FORMAT)
                yield [*_field_cells(names, fid), CELL_TYPES[n.type].name.get(lang), year,
                       *(_formatted(n.by_kind.get(k), fmt) for k in kinds),
                       _formatted(n.total, fmt), n.reports, n.no_data]

    _Sheet(wb, SHEETS["summary"].get(lang), cols).write(rows, "E2")


def _numeric_order(agg: Aggregation) -> list[str]:
    seen: dict[str, None] = {}
    for _, ya in sorted(agg.years.items()):
        for fid in ya.field_order:
            if fid in ya.numeric:
                seen[fid] = None
    return list(seen)


def _by_region(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    regions = [r.code for r in annex.regions]
    cols = [*_field_cols(lang), _year_col(lang), Column(_t("kind", lang), wrap=True),
            *(Column(names.region(r), COUNT_FORMAT) for r in regions),
            Column(_t("kind_total", lang), COUNT_FORMAT)]

    def rows() -> Iterator[Row]:
        for fid in _numeric_order(agg):
            for year, ya in sorted(agg.years.items()):
                n = ya.numeric.get(fid)
                if n is None:
                    continue
                fmt = _NUMERIC_FORMATS.get(n.type, COUNT_FORMAT)
                for kind in _kind_order(annex, n.by_kind):
                    yield [*_field_cells(names, fid), year, names.kind(kind),
                           *(_formatted(n.by_region_kind.get((r, kind)), fmt)
                             for r in regions),
                           _formatted(n.by_kind[kind], fmt)]

    _Sheet(wb, SHEETS["regions"].get(lang), cols).write(rows, "G2")


def _share(share: float | None) -> float | None:
    """A share as a fraction of one, to a tenth of a percent."""
    return None if share is None else round(share, 3)


def _yes_no(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    cols = [*_field_cols(lang), _year_col(lang), Column(_t("kind", lang), wrap=True),
            Column(_t("yes", lang), COUNT_FORMAT), Column(_t("no", lang), COUNT_FORMAT),
            Column(_t("no_data", lang), COUNT_FORMAT),
            Column(_t("share_yes", lang), SHARE_FORMAT)]
    order = dict.fromkeys(f for _, ya in sorted(agg.years.items()) for f in ya.field_order
                          if f in ya.yes_no)

    def rows() -> Iterator[Row]:
        for fid in order:
            for year, ya in sorted(agg.years.items()):
                yn = ya.yes_no.get(fid)
                if yn is None:
                    continue
                pairs = [(_t("all_respondents", lang), yn.counts)]
                pairs += [(names.kind(k), yn.by_kind[k]) for k in _kind_order(annex, yn.by_kind)]
                for label, c in pairs:
                    yield [*_field_cells(names, fid), year, label, c.yes, c.no, c.no_data,
                           _share(c.share_yes)]

    _Sheet(wb, SHEETS["yes_no"].get(lang), cols).write(rows, "E2")


def _victims(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    cols = [*_field_cols(lang), _year_col(lang), Column(_t("kind", lang), wrap=True),
            Column(_t("dimension", lang)), Column(_t("category", lang)),
            Column(_t("persons", lang), COUNT_FORMAT)]
    cross_cols = [*_field_cols(lang), _year_col(lang),
                  Column(_t("kind", lang), wrap=True), Column(_t("dimension_1", lang)),
                  Column(_t("category_1", lang)), Column(_t("dimension_2", lang)),
                  Column(_t("category_2", lang)), Column(_t("persons", lang), COUNT_FORMAT)]
    order = dict.fromkeys(f for _, ya in sorted(agg.years.items()) for f in ya.field_order
                          if f in ya.victims)

    def each() -> Iterator[tuple[str, Field, int, str, Any]]:
        for fid in order:
            fld = annex.field(fid)
            for year, ya in sorted(agg.years.items()):
                v = ya.victims.get(fid)
                if v is None:
                    continue
                for kind in _kind_order(annex, v.kinds()):
                    yield fid, fld, year, kind, v

    def marginals() -> Iterator[Row]:
        for fid, fld, year, kind, v in each():
            for dim, cats in v.marginals(kind).items():
                for cat, count in _ordered_categories(fld, dim, cats):
                    yield [*_field_cells(names, fid), year, names.kind(kind),
                           names.dimension(fld, dim), names.category(fld, dim, cat), count]

    def crosstabs() -> Iterator[Row]:
        for fid, fld, year, kind, v in each():
            for (da, db), cells in v.crosstabs(kind).items():
                for (ca, cb), count in sorted(cells.items()):
                    yield [*_field_cells(names, fid), year, names.kind(kind),
                           names.dimension(fld, da), names.category(fld, da, ca),
                           names.dimension(fld, db), names.category(fld, db, cb), count]

    _Sheet(wb, SHEETS["victims"].get(lang), cols).write(marginals, "E2")
    _Sheet(wb, SHEETS["crosstabs"].get(lang), cross_cols).write(crosstabs, "E2")


def _ordered_categories(fld: Field, dim_id: str, cats: Mapping[str, int]
                        ) -> list[tuple[str, int]]:
    dim = fld.dimension(dim_id)
    order = {c: i for i, c in enumerate(dim.categories.ids())} if dim else {}
    return sorted(cats.items(), key=lambda kv: (order.get(kv[0], 10_000), kv[0]))


def _texts(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang = names.lang
    cols = [*_field_cols(lang), _year_col(lang), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kind", lang), wrap=True),
            Column(_t("answer", lang), wrap=True)]

    def rows() -> Iterator[Row]:
        for year, ya in sorted(agg.years.items()):
            for t in ya.texts:
                yield [*_field_cells(names, t.field_id), year, names.region(t.region),
                       t.name(lang), names.kind(t.kind), t.text]

    _Sheet(wb, SHEETS["texts"].get(lang), cols).write(rows, "E2")


def _legend(lang: str) -> list[Row]:
    """The completeness matrix's colours, one line each (in the first column)."""
    out: list[Row] = [[Styled(s, fill=STATUS_FILLS[st])] for st, s in (
        (st, STATUS_NAMES[st].get(lang)) for st in
        (CellStatus.ON_TIME, CellStatus.LATE, CellStatus.MISSING, CellStatus.PENDING,
         CellStatus.TO_VERIFY))]
    out.append([Styled(_UNEXPECTED.get(lang), fill=_UNEXPECTED_FILL)])
    return out


def _completeness(wb: Workbook, names: _Names, m: CompletenessMatrix) -> None:
    """Regions by kinds: the share answered where a submission came, else an empty cell whose
    colour and comment say why (not received, awaited)."""
    lang = names.lang
    cols = [Column(_t("region_kind", lang)),
            *(Column(names.kind(k), SHARE_FORMAT) for k in m.kinds)]
    title = SHEETS["completeness"].get(lang).format(year=m.year)

    def rows() -> Iterator[Row]:
        for region in m.regions:
            values: list[object] = [names.region(region)]
            for kind in m.kinds:
                cell = m.cell(region, kind)
                if cell is None:
                    values.append(None)
                    continue
                fill = STATUS_FILLS[cell.status] if cell.expected else _UNEXPECTED_FILL
                pct = cell.answered_pct if cell.submissions else None
                comment = None
                if pct is None:
                    comment = STATUS_NAMES[cell.status].get(lang)
                    if not cell.expected:
                        comment += f" ({_UNEXPECTED.get(lang)})"
                elif any(s.source == "paper" for s in cell.submissions):  # issue 18
                    comment = SOURCE_NAMES["paper"].get(lang)
                values.append(Styled(None if pct is None else round(pct / 100, 3),
                                     fill=fill, comment=comment))
            yield values

    deadline = m.deadline.isoformat() if m.deadline else "—"
    below: list[Row] = [[], [Styled(_t("legend", lang), bold=True)],
                        [f"{_t('deadline', lang)}: {deadline}"], *_legend(lang),
                        [SHARE_LEGEND.get(lang)]]
    _Sheet(wb, title, cols).write(rows, "B2", below=below)


def _submissions(wb: Workbook, names: _Names, matrices: Sequence[CompletenessMatrix],
                 contacts: Sequence[OfficeContact] = ()) -> None:
    lang = names.lang
    cols = [_year_col(lang), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kinds", lang), wrap=True),
            Column(_t("version", lang), INTEGER_FORMAT),
            Column(_t("received_at", lang), TIME_FORMAT),
            Column(_t("deadline", lang), DATE_FORMAT), Column(_t("status", lang)),
            Column(_t("days_late", lang), COUNT_FORMAT),
            Column(_t("answered_pct", lang), SHARE_FORMAT),
            Column(_t("unanswered", lang), COUNT_FORMAT),
            Column(_t("no_data", lang), COUNT_FORMAT),
            Column(_t("problems", lang), COUNT_FORMAT),
            Column(_t("source", lang), wrap=True), Column(_t("keyers", lang), wrap=True)]

    def rows() -> Iterator[Row]:
        for m in matrices:
            for s in m.submissions:
                status = STATUS_NAMES[s.status].get(lang)
                if not s.expected:
                    status += f" ({_UNEXPECTED.get(lang)})"
                yield [m.year, names.region(s.region), s.name(lang), names.kinds(s.kinds),
                       s.version, s.received_at, m.deadline,
                       Styled(status, fill=STATUS_FILLS[s.status]), s.days_late,
                       round(s.answered_pct / 100, 3), s.unanswered, s.no_data, s.problems,
                       SOURCE_NAMES.get(s.source, SOURCE_NAMES["bundle"]).get(lang),
                       ", ".join(s.keyers) or None]

    _Sheet(wb, SHEETS["submissions"].get(lang), cols).write(rows, "D2")

    # whom to remind: the offices registered for the cell, with the contact they gave
    cols = [_year_col(lang), Column(_t("region", lang)),
            Column(_t("kind", lang), wrap=True), Column(_t("deadline", lang), DATE_FORMAT),
            Column(_t("status", lang)), Column(_t("days_overdue", lang), COUNT_FORMAT),
            Column(_t("office", lang), wrap=True), Column(_t("contact_person", lang)),
            Column(_t("phone", lang)), Column(_t("email", lang))]

    def reminders() -> Iterator[Row]:
        for m in matrices:
            for r in m.reminders:
                status = CellStatus.MISSING if r.overdue else CellStatus.PENDING
                head = [m.year, names.region(r.region), names.kind(r.kind), m.deadline,
                        STATUS_NAMES[status].get(lang), r.days_overdue]
                offices = [o for o in contacts if o.region == r.region and r.kind in o.kinds]
                if not offices:
                    yield [*head, _t("no_office", lang), None, None, None]
                for o in offices:
                    who = o.name(lang) + (" " + _t("on_paper", lang) if o.on_paper else "")
                    yield [*head, who, o.contact_person or None, o.phone or None,
                           o.email or None]

    _Sheet(wb, SHEETS["reminders"].get(lang), cols).write(reminders, "A2")


def _quality(wb: Workbook, names: _Names, quality: QualityReport) -> None:
    lang, annex = names.lang, names.annex
    cols = [Column(_t("id", lang)), _year_col(lang), Column(_t("severity", lang)),
            Column(_t("finding", lang)), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("block", lang), INTEGER_FORMAT),
            Column(_t("field_id", lang)), Column(_t("value", lang), COUNT_FORMAT),
            Column(_t("comparison", lang), wrap=True), Column(_t("message", lang), wrap=True),
            Column(_t("comment", lang), wrap=True)]

    def rows() -> Iterator[Row]:
        for f in quality.findings:
            block = annex.block(f.block_id).number if f.block_id else None
            value = f.value if isinstance(f.value, int | float) and not isinstance(f.value, bool) \
                else None
            fmt = (MONEY_FORMAT if f.field_id and annex.has_field(f.field_id)
                   and annex.field(f.field_id).type is FieldType.MONEY else COUNT_FORMAT)
            comparison = "; ".join(f"{k}={_compact(v)}" for k, v in f.comparison)
            yield [f.id, f.year, SEVERITY_NAMES[f.severity].get(lang),
                   CODE_NAMES[f.code].get(lang), names.region(f.region), f.name(lang), block,
                   f.field_id, _formatted(value, fmt), comparison, f.message(annex, lang),
                   None]

    sheet = _Sheet(wb, SHEETS["quality"].get(lang), cols)
    sheet.caps[0] = 30
    sheet.write(rows, "C2")

    cols = [Column(_t("reason", lang), wrap=True), Column(_t("count", lang), COUNT_FORMAT),
            Column(_t("fields", lang), wrap=True), Column(_t("orgs", lang), wrap=True)]

    def no_data() -> Iterator[Row]:
        for g in quality.no_data:
            orgs = {a.org_key: a.name_kk if lang == "kk" else a.name_ru for a in g.answers}
            yield [g.reason or NO_REASON.get(lang), g.count,
                   "; ".join(f"{fid} ({n})" for fid, n in g.fields().items()),
                   "; ".join(orgs.values())]

    _Sheet(wb, SHEETS["no_data"].get(lang), cols).write(no_data, "A2")


def _compact(v: object) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "—" if v is None else str(v)


Cell = tuple[object, str | None, str | None]  # (value shown, "no data" reason, yes/no details)


def _number_cell(value: object, lang: str) -> Cell:
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    return (number if number is not None else str(value)), None, None


def _yes_no_cell(value: object, lang: str) -> Cell:
    if not isinstance(value, Mapping):
        return str(value), None, None
    answer = value.get("answer")
    shown = H["yes"].get(lang) if answer == "yes" else H["no"].get(lang) \
        if answer == "no" else str(answer)
    details = value.get("details")
    return shown, None, details if isinstance(details, str) and details else None


def _period_cell(value: object, lang: str) -> Cell:
    if not isinstance(value, Mapping):
        return str(value), None, None
    return f"{value.get('from', '')} – {value.get('to', '')}", None, None


def _list_cell(value: object, lang: str) -> Cell:
    if not isinstance(value, list):
        return str(value), None, None
    return "; ".join(str(i) for i in value), None, None


@dataclass(frozen=True, slots=True)
class CellType:
    """How the workbook shows one field type: its name in the type column, its answer cell,
    and the number format of a numeric cell."""

    name: LocalizedText
    cell: Callable[[object, str], Cell]
    number_format: str = COUNT_FORMAT


CELL_TYPES: Mapping[FieldType, CellType] = MappingProxyType({
    FieldType.YES_NO: CellType(L("иә/жоқ", "да/нет"), _yes_no_cell),
    FieldType.TEXT: CellType(L("мәтін", "текст"), lambda v, lang: (str(v), None, None)),
    FieldType.COUNT: CellType(L("сан", "число"), _number_cell),
    FieldType.MONEY: CellType(L("сома, теңге", "сумма, тенге"), _number_cell, MONEY_FORMAT),
    FieldType.PERIOD: CellType(L("кезең", "период"), _period_cell),
    FieldType.LIST: CellType(L("тізім", "список"), _list_cell),
    FieldType.VICTIMS: CellType(L("құрбандар кестесі (адам саны)", "таблица жертв (число лиц)"),
                                lambda v, lang: (victims_total(v), None, None)),
})


def answer_cell(fld: Field, value: object, lang: str) -> Cell:
    """(value as a cell shows it, "no data" reason, yes/no details) of one raw answer."""
    if is_no_data(value):
        return None, no_data_reason(value) or NO_REASON.get(lang), None
    if is_empty(value):
        return None, None, None
    return CELL_TYPES[fld.type].cell(value, lang)



def _answers(wb: Workbook, names: _Names, records: Sequence[SubmissionRecord]) -> None:
    """One row per field of each submission: a number in the number column (counts, money,
    the persons of a victims table), any other answer in the text column, and the "no data"
    reason beside them."""
    lang, annex = names.lang, names.annex
    cols = [_year_col(lang), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kinds", lang), wrap=True),
            Column(_t("version", lang), INTEGER_FORMAT), *_field_cols(lang),
            Column(_t("type", lang)), Column(_t("value_number", lang), COUNT_FORMAT),
            Column(_t("value_text", lang), wrap=True),
            Column(_t("no_data_reason", lang), wrap=True), Column(_t("details", lang), wrap=True)]
    known = {k.id for k in annex.kinds}
    type_names = {t: c.name.get(lang) for t, c in CELL_TYPES.items()}

    def rows() -> Iterator[Row]:
        for rec in records:
            head = [rec.year, names.region(rec.region), rec.name(lang), names.kinds(rec.kinds),
                    rec.version]
            for fld in annex.fields_for_kinds([k for k in rec.kinds if k in known]):
                shown, reason, details = answer_cell(fld, rec.answers.get(fld.id), lang)
                if _is_number(shown):
                    number, text = _formatted(shown, CELL_TYPES[fld.type].number_format), None
                else:
                    number, text = None, shown
                yield [*head, *_field_cells(names, fld.id), type_names[fld.type], number, text,
                       reason, details]

    _Sheet(wb, SHEETS["answers"].get(lang), cols).write(rows, "F2")


def _evidence(wb: Workbook, names: _Names, agg: Aggregation,
              records: Sequence[SubmissionRecord]) -> None:
    """One row per field: the rule-14 headings it feeds and its national figure per year."""
    from kzth_desktop.assessment.evidence import field_items, hierarchy_of, national_figure

    lang, annex = names.lang, names.annex
    years = sorted(agg.years)
    items = field_items(annex)
    cols = [*_field_cols(lang), Column(_t("question_text", lang), wrap=True),
            Column(_t("type", lang)), Column(_t("items", lang)),
            *(Column(str(y), COUNT_FORMAT) for y in years), Column(_t("national_source", lang))]
    texts: dict[tuple[int, str], int] = {}
    for y in years:
        for t in agg.years[y].texts:
            texts[(y, t.field_id)] = texts.get((y, t.field_id), 0) + 1
    periods: dict[tuple[int, str], int] = {}
    for rec in records:
        for fid, v in rec.answers.items():
            if isinstance(v, Mapping) and "from" in v and "to" in v:
                periods[(rec.year, fid)] = periods.get((rec.year, fid), 0) + 1

    def rows() -> Iterator[Row]:
        for fld in annex.fields():
            q = annex.question(fld.question_id)
            qtext = short_text(q.text.get(lang), FIELD_TEXT_LIMIT) if q.text is not None else ""
            fmt = MONEY_FORMAT if fld.type is FieldType.MONEY else COUNT_FORMAT
            figures: list[object] = []
            source = ""
            for y in years:
                ya = agg.years[y]
                value: object = None
                if fld.type in (FieldType.COUNT, FieldType.MONEY):
                    n = ya.numeric.get(fld.id)
                    if n is not None and n.reports:
                        value, src = national_figure(annex, n.by_kind, fld.id)
                        if hierarchy_of(annex, fld.id) is not None:
                            source = names.kind(src)
                elif fld.type is FieldType.YES_NO:
                    yn = ya.yes_no.get(fld.id)
                    value = yn.counts.yes if yn is not None else None
                elif fld.type is FieldType.VICTIMS:
                    v = ya.victims.get(fld.id)
                    value = v.total if v is not None else None
                elif fld.type is FieldType.LIST:
                    lst = ya.lists.get(fld.id)
                    value = lst.reports if lst is not None else None
                elif fld.type is FieldType.TEXT:
                    value = texts.get((y, fld.id), 0)
                else:  # a period: the reports that gave one
                    value = periods.get((y, fld.id), 0)
                figures.append(_formatted(value, fmt))
            yield [*_field_cells(names, fld.id), qtext, CELL_TYPES[fld.type].name.get(lang),
                   ", ".join(f"14.{i}" for i in items.get(fld.id, ())), *figures, source]

    _Sheet(wb, SHEETS["evidence"].get(lang), cols).write(rows, "E2")


def _decisions(wb: Workbook, names: _Names, decisions: Sequence[ReviewRow]) -> None:
    lang = names.lang
    cols = [_year_col(lang), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("version", lang), INTEGER_FORMAT),
            Column(_t("held_status", lang)), Column(_t("review", lang)),
            Column(_t("by", lang)), Column(_t("at", lang), TIME_FORMAT),
            Column(_t("returned_notes", lang), wrap=True),
            Column(_t("corrections", lang), wrap=True), Column(_t("changed", lang), wrap=True)]

    def rows() -> Iterator[Row]:
        for r in decisions:
            notes = "\n".join(f"{fid}: {note}" for fid, note in r.notes)
            said = "\n".join(f"{fid}: {comment or _CHANGED.get(lang) if changed else comment}"
                             for fid, comment, changed in r.corrections)
            yield [r.year, names.region(r.region), r.name_kk if lang == "kk" else r.name_ru,
                   r.version, HELD_NAMES[r.status].get(lang), REVIEW_NAMES[r.review].get(lang),
                   r.by, r.at, notes, said, ", ".join(r.changed)]

    _Sheet(wb, SHEETS["decisions"].get(lang), cols).write(rows, "D2")


def _span(years: Sequence[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "—")


def _notes(wb: Workbook, lang: str, years: Sequence[int], made: datetime) -> None:
    """The first sheet: how to read the others, the completeness colours below."""
    sheet = _Sheet(wb, SHEETS["notes"].get(lang), [Column(SHEETS["notes"].get(lang),
                                                          wrap=True)])
    sheet.widths[0] = sheet.caps[0] = 110
    texts = [note.get(lang).format(years=_span(years), made=made.strftime("%Y-%m-%d %H:%M"))
             for note in (*NOTES, EVIDENCE_NOTE)]
    sheet.write(lambda: ([t] for t in texts), None, table=False,
                below=[[], [Styled(LEGEND_NOTE.get(lang), bold=True)], *_legend(lang),
                       [SHARE_LEGEND.get(lang)]])


def _properties(wb: Workbook, lang: str, years: Sequence[int], made: datetime,
                organisation: LocalizedText | None) -> None:
    """Title, author (the coordinator's organisation), subject, language, keywords, date."""
    from kzth_desktop.assessment.evidence import rules_title

    span = _span(years)
    props = wb.properties
    props.title = f"{TITLE.get(lang)}, {span}"
    props.subject = rules_title().get(lang)
    props.creator = organisation.get(lang) if organisation is not None else "KZTH Desktop"
    props.lastModifiedBy = props.creator
    props.language = LANGUAGE_TAGS[lang]
    props.keywords = KEYWORDS.get(lang).format(years=span)
    props.created = props.modified = made.replace(microsecond=0)


Progress = Callable[[int, int], None]  # (steps done, steps in all); may raise to cancel


def build_workbook(
    annex: Annex,
    *,
    aggregation: Aggregation,
    completeness: Sequence[CompletenessMatrix],
    quality: QualityReport,
    records: Sequence[SubmissionRecord],
    lang: str = "ru",
    made: datetime | None = None,
    progress: Progress | None = None,
    decisions: Sequence[ReviewRow] = (),
    organisation: LocalizedText | None = None,
    contacts: Sequence[OfficeContact] = (),
) -> Workbook:
    """The whole workbook, headers and annex texts in ``lang`` ("kk" or "ru"), in write-only
    mode: its sheets are written to temporary files as they are made, and the workbook can
    only be saved, once (:func:`write_workbook`).

    ``progress`` is called after each sheet (a GUI's progress bar; raising from it cancels);
    ``organisation``: the coordinator's, the workbook's author.
    """
    if lang not in ("kk", "ru"):
        raise ValueError(f"unknown language {lang!r}")
    names = _Names(annex, lang)
    made = made or datetime.now()
    years = sorted(aggregation.years)
    wb = Workbook(write_only=True)
    _properties(wb, lang, years, made, organisation)
    steps: list[Callable[[], None]] = [
        lambda: _notes(wb, lang, years, made),
        lambda: _summary(wb, names, aggregation),
        lambda: _by_region(wb, names, aggregation),
        lambda: _yes_no(wb, names, aggregation),
        lambda: _victims(wb, names, aggregation),
        lambda: _texts(wb, names, aggregation),
        lambda: _evidence(wb, names, aggregation, records),
        *(_bind(_completeness, wb, names, m) for m in completeness),
        lambda: _submissions(wb, names, completeness, contacts),
        lambda: _decisions(wb, names, decisions),
        lambda: _quality(wb, names, quality),
        lambda: _answers(wb, names, records),
    ]
    try:
        for done, step in enumerate(steps, start=1):
            step()
            if progress is not None:
                progress(done, len(steps) + 1)  # the last step is saving
    except BaseException:
        _discard(wb)
        raise
    return wb


def _discard(wb: Workbook) -> None:
    """Drops the temporary files of a workbook's sheets not saved (a cancel, a failure), now
    rather than when the program ends."""
    for ws in wb.worksheets:
        writer: Any = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if not isinstance(out, str) or not os.path.exists(out):
            continue
        rows: Any = getattr(ws, "_rows", None)
        for step in (rows.close if rows is not None else None, writer.close, writer.cleanup):
            if step is not None:
                with contextlib.suppress(Exception):  # half a sheet: its file goes anyway
                    step()


def _bind(fn: Callable[..., None], *args: Any) -> Callable[[], None]:
    return lambda: fn(*args)


def write_workbook(path: str | Path, annex: Annex, *, progress: Progress | None = None,
                   **kwargs: Any) -> Path:
    """:func:`build_workbook` saved to ``path`` (written beside, then moved into place: a
    cancelled or failed workbook leaves no file)."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    wb = build_workbook(annex, progress=progress, **kwargs)
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
        _discard(wb)
    if progress is not None:
        progress(1, 1)
    return target


__all__ = ["CELL_TYPES", "SHEETS", "Progress", "ReviewRow", "Styled", "answer_cell",
           "build_workbook", "write_workbook"]
