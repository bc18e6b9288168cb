"""The analysts' Excel workbook of the coordinator's desk (openpyxl, Qt-free).

Sheets: aggregates of count and money fields (kinds side by side, then the plain sum of reports
labelled as such), the same by region, yes/no counts, victims marginals and cross-tabs, free
texts, completeness per year, submissions, reminders, quality findings, "no data" reasons, raw
answers, and a sheet of notes. Every sheet is one table: a frozen header row with a filter,
widths that fit, numbers stored as numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol, cast

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kzth_desktop.analysis import (
    Aggregation,
    CellStatus,
    CompletenessMatrix,
    QualityReport,
    SubmissionRecord,
)
from kzth_desktop.analysis.completeness import STATUS_NAMES
from kzth_desktop.analysis.quality import CODE_NAMES, SEVERITY_NAMES
from kzth_desktop.annex.model import Annex, Field, FieldType, LocalizedText
from kzth_desktop.annex.problems import short_text
from kzth_desktop.annex.values import is_empty, is_no_data, no_data_reason, victims_total

L = LocalizedText
FIELD_TEXT_LIMIT = 120
MAX_WIDTH = 60
MIN_WIDTH = 8
MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "0"
PCT_FORMAT = "0.0"

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
    "share_yes": L("«Иә» үлесі, %", "Доля «да», %"),
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
    "days_late": L("Кешіккен күндер", "Дней опоздания"),
    "answered_pct": L("Толтырылғаны, %", "Заполнено, %"),
    "unanswered": L("Жауапсыз өрістер", "Полей без ответа"),
    "problems": L("Ескертулер", "Замечаний"),
    "days_overdue": L("Мерзімнен өткен күндер", "Дней просрочки"),
    "id": L("Коды", "Код"),
    "severity": L("Маңыздылығы", "Важность"),
    "finding": L("Ескерту түрі", "Вид замечания"),
    "value": L("Мәні", "Значение"),
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
}

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
)

_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")
STATUS_FILLS: Mapping[CellStatus, PatternFill] = {
    CellStatus.ON_TIME: PatternFill("solid", fgColor="C6EFCE"),
    CellStatus.RECEIVED: PatternFill("solid", fgColor="C6EFCE"),
    CellStatus.LATE: PatternFill("solid", fgColor="FFD966"),
    CellStatus.PENDING: PatternFill("solid", fgColor="E7E6E6"),
    CellStatus.MISSING: PatternFill("solid", fgColor="F4B6B6"),
}
_UNEXPECTED_FILL = PatternFill("solid", fgColor="BDD7EE")
_UNEXPECTED = L("күтілмеген", "не ожидалось")


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    number_format: str | None = None
    wrap: bool = False  # long text: wrapped, width capped


def _t(key: str, lang: str) -> str:
    return H[key].get(lang)


class _Sheet:
    """One table on one worksheet: header row, rows, then freeze, filter and widths."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column]) -> None:
        self.ws: Worksheet = wb.create_sheet(title[:31])
        self.columns = list(columns)
        self.widths = [max((len(w) for w in c.header.split()), default=6) + 2
                       for c in self.columns]
        self.ws.append([c.header for c in self.columns])
        bold = Font(bold=True)
        for cell in self.ws[1]:
            cell.font = bold
            cell.fill = _HEADER_FILL
            cell.alignment = _WRAP
        self.rows = 1

    def add(self, values: Sequence[object]) -> int:
        self.ws.append(list(values))
        self.rows += 1
        for i, v in enumerate(values):
            if v is None:
                continue
            text = v if isinstance(v, str) else _shown(v)
            longest = max((len(line) for line in text.split("\n")), default=0)
            if longest + 2 > self.widths[i]:
                self.widths[i] = longest + 2
        return self.rows

    def finish(self, freeze: str = "A2") -> Worksheet:
        ws = self.ws
        for i, col in enumerate(self.columns, start=1):
            letter = get_column_letter(i)
            ws.column_dimensions[letter].width = max(min(self.widths[i - 1], MAX_WIDTH),
                                                     MIN_WIDTH)
            if col.number_format or col.wrap:
                _style_column(ws, i, col)
        ws.freeze_panes = freeze
        ws.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{max(self.rows, 2)}"
        return ws


class _StyleSlot(Protocol):
    """An openpyxl cell, with its private ``_style`` (the slot of ``StyleableObject``)."""

    _style: StyleArray | None
    value: object
    number_format: str
    alignment: Alignment


def _style_column(ws: Worksheet, column: int, col: Column) -> None:
    """Number format and wrapping for a column's cells below the header.

    Setting a style through openpyxl's descriptors hashes it anew for every cell, which costs
    seconds on a sheet of raw answers: each distinct starting style is styled once and the
    result copied to the other cells that start alike.
    """
    done: dict[tuple[bool, tuple[int, ...]], StyleArray | None] = {}
    for (any_cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
        # the style slot every openpyxl cell has, which its stubs leave undeclared
        cell = cast(_StyleSlot, any_cell)
        numeric = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
        key = (numeric, tuple(cell._style) if cell._style is not None else ())
        styled = done.get(key)
        if styled is not None:
            cell._style = copy(styled)
            continue
        if numeric and col.number_format and cell.number_format == "General":
            cell.number_format = col.number_format
        if col.wrap:
            cell.alignment = _WRAP
        done[key] = copy(cell._style)


def _shown(v: object) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}"
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    return str(v)


class _Names:
    """Annex names in the workbook's language, looked up once."""

    def __init__(self, annex: Annex, lang: str) -> None:
        self.annex, self.lang = annex, lang
        self._kinds = {k.id: k.name.get(lang) for k in annex.kinds}
        self._regions = {r.code: r.name.get(lang) for r in annex.regions}

    def kind(self, key: str) -> str:
        return " + ".join(self._kinds.get(k, k) for k in key.split("+"))

    def kinds(self, kinds: Iterable[str]) -> str:
        return "; ".join(self._kinds.get(k, k) for k in kinds)

    def region(self, code: str) -> str:
        return self._regions.get(code, code)

    def field(self, fid: str) -> str:
        if not self.annex.has_field(fid):
            return fid
        return short_text(self.annex.field(fid).text.get(self.lang), FIELD_TEXT_LIMIT)

    def place(self, fid: str) -> tuple[int | None, str]:
        """(block number, "block.question") of a field."""
        if not self.annex.has_field(fid):
            return None, ""
        f = self.annex.field(fid)
        b = self.annex.block(f.block_id).number
        return b, f"{b}.{self.annex.question(f.question_id).number}"

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
    return [Column(_t("block", lang), COUNT_FORMAT), Column(_t("question", lang)),
            Column(_t("field_id", lang)), Column(_t("field", lang), wrap=True)]


def _field_cells(names: _Names, fid: str) -> list[object]:
    block, question = names.place(fid)
    return [block, question, fid, names.field(fid)]


# --- sheets ------------------------------------------------------------------------------------


def _summary(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    kinds = _kind_order(annex, (k for y in agg.years.values() for n in y.numeric.values()
                                for k in n.by_kind))
    fmt_of = {FieldType.MONEY: MONEY_FORMAT, FieldType.COUNT: COUNT_FORMAT}
    cols = [*_field_cols(lang), Column(_t("type", lang)), Column(_t("year", lang)),
            *(Column(names.kind(k)) for k in kinds), Column(_t("sum_reports", lang)),
            Column(_t("reports", lang), COUNT_FORMAT), Column(_t("no_data", lang), COUNT_FORMAT)]
    sheet = _Sheet(wb, SHEETS["summary"].get(lang), cols)
    for fid in _numeric_order(agg):
        for year, ya in sorted(agg.years.items()):
            n = ya.numeric.get(fid)
            if n is None:
                continue
            sheet.add([*_field_cells(names, fid), CELL_TYPES[n.type].name.get(lang), year,
                       *(n.by_kind.get(k) for k in kinds), n.total, n.reports, n.no_data])
    _formats_by_row(sheet, agg, fmt_of, first=len(_field_cols(lang)) + 3,
                    last=len(cols) - 2)
    sheet.finish("E2")


def _numeric_order(agg: Aggregation) -> list[str]:
    seen: dict[str, None] = {}
    for _, ya in sorted(agg.years.items()):
        for fid in ya.field_order:
            if fid in ya.numeric:
                seen[fid] = None
    return list(seen)


def _formats_by_row(sheet: _Sheet, agg: Aggregation, fmt_of: Mapping[FieldType, str],
                    first: int, last: int) -> None:
    """Money rows get a money format, count rows an integer format, in columns first..last."""
    ws = sheet.ws
    types = {fid: n.type for ya in agg.years.values() for fid, n in ya.numeric.items()}
    for row in ws.iter_rows(min_row=2, max_row=sheet.rows):
        fmt = fmt_of.get(types.get(str(row[2].value), FieldType.COUNT), COUNT_FORMAT)
        for cell in row[first - 1:last]:
            if isinstance(cell.value, int | float):
                cell.number_format = fmt


def _by_region(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    regions = [r.code for r in annex.regions]
    cols = [*_field_cols(lang), Column(_t("year", lang)), Column(_t("kind", lang), wrap=True),
            *(Column(names.region(r)) for r in regions), Column(_t("kind_total", lang))]
    sheet = _Sheet(wb, SHEETS["regions"].get(lang), cols)
    for fid in _numeric_order(agg):
        for year, ya in sorted(agg.years.items()):
            n = ya.numeric.get(fid)
            if n is None:
                continue
            for kind in _kind_order(annex, n.by_kind):
                sheet.add([*_field_cells(names, fid), year, names.kind(kind),
                           *(n.by_region_kind.get((r, kind)) for r in regions),
                           n.by_kind[kind]])
    fmt_of = {FieldType.MONEY: MONEY_FORMAT, FieldType.COUNT: COUNT_FORMAT}
    _formats_by_row(sheet, agg, fmt_of, first=len(_field_cols(lang)) + 3, last=len(cols))
    sheet.finish("G2")


def _yes_no(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    cols = [*_field_cols(lang), Column(_t("year", lang)), Column(_t("kind", lang), wrap=True),
            Column(_t("yes", lang), COUNT_FORMAT), Column(_t("no", lang), COUNT_FORMAT),
            Column(_t("no_data", lang), COUNT_FORMAT), Column(_t("share_yes", lang), PCT_FORMAT)]
    sheet = _Sheet(wb, SHEETS["yes_no"].get(lang), cols)
    order = dict.fromkeys(f for _, ya in sorted(agg.years.items()) for f in ya.field_order
                          if f in ya.yes_no)
    for fid in order:
        for year, ya in sorted(agg.years.items()):
            yn = ya.yes_no.get(fid)
            if yn is None:
                continue
            rows = [(_t("all_respondents", lang), yn.counts)]
            rows += [(names.kind(k), yn.by_kind[k]) for k in _kind_order(annex, yn.by_kind)]
            for label, c in rows:
                share = None if c.share_yes is None else round(100 * c.share_yes, 1)
                sheet.add([*_field_cells(names, fid), year, label, c.yes, c.no, c.no_data,
                           share])
    sheet.finish("E2")


def _victims(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang, annex = names.lang, names.annex
    cols = [*_field_cols(lang), Column(_t("year", lang)), Column(_t("kind", lang), wrap=True),
            Column(_t("dimension", lang)), Column(_t("category", lang)),
            Column(_t("persons", lang), COUNT_FORMAT)]
    sheet = _Sheet(wb, SHEETS["victims"].get(lang), cols)
    cross_cols = [*_field_cols(lang), Column(_t("year", lang)),
                  Column(_t("kind", lang), wrap=True), Column(_t("dimension_1", lang)),
                  Column(_t("category_1", lang)), Column(_t("dimension_2", lang)),
                  Column(_t("category_2", lang)), Column(_t("persons", lang), COUNT_FORMAT)]
    cross = _Sheet(wb, SHEETS["crosstabs"].get(lang), cross_cols)
    order = dict.fromkeys(f for _, ya in sorted(agg.years.items()) for f in ya.field_order
                          if f in ya.victims)
    for fid in order:
        fld = annex.field(fid)
        for year, ya in sorted(agg.years.items()):
            v = ya.victims.get(fid)
            if v is None:
                continue
            for kind in _kind_order(annex, v.kinds()):
                for dim, cats in v.marginals(kind).items():
                    for cat, count in _ordered_categories(fld, dim, cats):
                        sheet.add([*_field_cells(names, fid), year, names.kind(kind),
                                   names.dimension(fld, dim), names.category(fld, dim, cat),
                                   count])
                for (da, db), cells in v.crosstabs(kind).items():
                    for (ca, cb), count in sorted(cells.items()):
                        cross.add([*_field_cells(names, fid), year, names.kind(kind),
                                   names.dimension(fld, da), names.category(fld, da, ca),
                                   names.dimension(fld, db), names.category(fld, db, cb),
                                   count])
    sheet.finish("E2")
    cross.finish("E2")


def _ordered_categories(fld: Field, dim_id: str, cats: Mapping[str, int]
                        ) -> list[tuple[str, int]]:
    dim = fld.dimension(dim_id)
    order = {c: i for i, c in enumerate(dim.categories.ids())} if dim else {}
    return sorted(cats.items(), key=lambda kv: (order.get(kv[0], 10_000), kv[0]))


def _texts(wb: Workbook, names: _Names, agg: Aggregation) -> None:
    lang = names.lang
    cols = [*_field_cols(lang), Column(_t("year", lang)), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kind", lang), wrap=True),
            Column(_t("answer", lang), wrap=True)]
    sheet = _Sheet(wb, SHEETS["texts"].get(lang), cols)
    for year, ya in sorted(agg.years.items()):
        for t in ya.texts:
            sheet.add([*_field_cells(names, t.field_id), year, names.region(t.region),
                       t.name(lang), names.kind(t.kind), t.text])
    sheet.finish("E2")


def _completeness(wb: Workbook, names: _Names, m: CompletenessMatrix) -> None:
    lang = names.lang
    cols = [Column(_t("region_kind", lang)), *(Column(names.kind(k)) for k in m.kinds)]
    title = SHEETS["completeness"].get(lang).format(year=m.year)
    sheet = _Sheet(wb, title, cols)
    for region in m.regions:
        values: list[object] = [names.region(region)]
        for kind in m.kinds:
            cell = m.cell(region, kind)
            if cell is None:
                values.append(None)
            elif cell.submissions:
                pct = cell.answered_pct
                values.append(None if pct is None else round(pct, 1))
            else:
                values.append(STATUS_NAMES[cell.status].get(lang))
        row = sheet.add(values)
        for j, kind in enumerate(m.kinds, start=2):
            cell = m.cell(region, kind)
            if cell is None:
                continue
            xl = sheet.ws.cell(row=row, column=j)
            xl.fill = STATUS_FILLS[cell.status] if cell.expected else _UNEXPECTED_FILL
            if isinstance(xl.value, float):
                xl.number_format = PCT_FORMAT
    sheet.finish("B2")
    ws = sheet.ws
    # the legend below the table (outside the filter range)
    start = sheet.rows + 2
    ws.cell(row=start, column=1, value=_t("legend", lang)).font = Font(bold=True)
    deadline = m.deadline.isoformat() if m.deadline else "—"
    ws.cell(row=start, column=2, value=f"{_t('deadline', lang)}: {deadline}")
    legend = [(STATUS_FILLS[s], STATUS_NAMES[s].get(lang)) for s in
              (CellStatus.ON_TIME, CellStatus.LATE, CellStatus.MISSING, CellStatus.PENDING)]
    legend.append((_UNEXPECTED_FILL, _UNEXPECTED.get(lang)))
    for i, (fill, text) in enumerate(legend, start=1):
        c = ws.cell(row=start + i, column=1, value=text)
        c.fill = fill
    ws.cell(row=start + len(legend) + 1, column=1, value=_t("answered_pct", lang))


def _submissions(wb: Workbook, names: _Names, matrices: Sequence[CompletenessMatrix]) -> None:
    lang = names.lang
    cols = [Column(_t("year", lang)), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kinds", lang), wrap=True),
            Column(_t("version", lang), COUNT_FORMAT),
            Column(_t("received_at", lang), "yyyy-mm-dd hh:mm"),
            Column(_t("deadline", lang), "yyyy-mm-dd"), Column(_t("status", lang)),
            Column(_t("days_late", lang), COUNT_FORMAT),
            Column(_t("answered_pct", lang), PCT_FORMAT),
            Column(_t("unanswered", lang), COUNT_FORMAT),
            Column(_t("no_data", lang), COUNT_FORMAT),
            Column(_t("problems", lang), COUNT_FORMAT)]
    sheet = _Sheet(wb, SHEETS["submissions"].get(lang), cols)
    for m in matrices:
        for s in m.submissions:
            status = STATUS_NAMES[s.status].get(lang)
            if not s.expected:
                status += f" ({_UNEXPECTED.get(lang)})"
            row = sheet.add([m.year, names.region(s.region), s.name(lang), names.kinds(s.kinds),
                             s.version, s.received_at, m.deadline, status, s.days_late,
                             round(s.answered_pct, 1), s.unanswered, s.no_data, s.problems])
            sheet.ws.cell(row=row, column=8).fill = STATUS_FILLS[s.status]
    sheet.finish("D2")

    cols = [Column(_t("year", lang)), Column(_t("region", lang)),
            Column(_t("kind", lang), wrap=True), Column(_t("deadline", lang), "yyyy-mm-dd"),
            Column(_t("status", lang)), Column(_t("days_overdue", lang), COUNT_FORMAT)]
    rem = _Sheet(wb, SHEETS["reminders"].get(lang), cols)
    for m in matrices:
        for r in m.reminders:
            status = CellStatus.MISSING if r.overdue else CellStatus.PENDING
            rem.add([m.year, names.region(r.region), names.kind(r.kind), m.deadline,
                     STATUS_NAMES[status].get(lang), r.days_overdue])
    rem.finish("A2")


def _quality(wb: Workbook, names: _Names, quality: QualityReport) -> None:
    lang, annex = names.lang, names.annex
    cols = [Column(_t("id", lang)), Column(_t("year", lang)), Column(_t("severity", lang)),
            Column(_t("finding", lang)), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("block", lang), COUNT_FORMAT),
            Column(_t("field_id", lang)), Column(_t("value", lang)),
            Column(_t("comparison", lang), wrap=True), Column(_t("message", lang), wrap=True),
            Column(_t("comment", lang), wrap=True)]
    sheet = _Sheet(wb, SHEETS["quality"].get(lang), cols)
    for f in quality.findings:
        block = annex.block(f.block_id).number if f.block_id else None
        value = f.value if isinstance(f.value, int | float) else None
        comparison = "; ".join(f"{k}={_compact(v)}" for k, v in f.comparison)
        sheet.add([f.id, f.year, SEVERITY_NAMES[f.severity].get(lang),
                   CODE_NAMES[f.code].get(lang), names.region(f.region), f.name(lang), block,
                   f.field_id, value, comparison, f.message(annex, lang), None])
    sheet.widths[0] = min(sheet.widths[0], 30)
    sheet.finish("C2")

    cols = [Column(_t("reason", lang), wrap=True), Column(_t("count", lang), COUNT_FORMAT),
            Column(_t("fields", lang), wrap=True), Column(_t("orgs", lang), wrap=True)]
    nd = _Sheet(wb, SHEETS["no_data"].get(lang), cols)
    for g in quality.no_data:
        orgs = {a.org_key: a.name_kk if lang == "kk" else a.name_ru for a in g.answers}
        nd.add([g.reason or "—", g.count,
                "; ".join(f"{fid} ({n})" for fid, n in g.fields().items()),
                "; ".join(orgs.values())])
    nd.finish("A2")


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
        return None, no_data_reason(value) or "", None
    if is_empty(value):
        return None, None, None
    return CELL_TYPES[fld.type].cell(value, lang)


def _answers(wb: Workbook, names: _Names, records: Sequence[SubmissionRecord]) -> None:
    lang, annex = names.lang, names.annex
    cols = [Column(_t("year", lang)), Column(_t("region", lang)),
            Column(_t("org", lang), wrap=True), Column(_t("kinds", lang), wrap=True),
            Column(_t("version", lang), COUNT_FORMAT), *_field_cols(lang),
            Column(_t("type", lang)), Column(_t("value", lang), wrap=True),
            Column(_t("no_data_reason", lang), wrap=True), Column(_t("details", lang), wrap=True)]
    sheet = _Sheet(wb, SHEETS["answers"].get(lang), cols)
    value_col = len(cols) - 2
    known = {k.id for k in annex.kinds}
    for rec in records:
        for fld in annex.fields_for_kinds([k for k in rec.kinds if k in known]):
            shown, reason, details = answer_cell(fld, rec.answers.get(fld.id), lang)
            row = sheet.add([rec.year, names.region(rec.region), rec.name(lang),
                             names.kinds(rec.kinds), rec.version, *_field_cells(names, fld.id),
                             CELL_TYPES[fld.type].name.get(lang), shown, reason, details])
            if isinstance(shown, int | float):
                sheet.ws.cell(row=row, column=value_col).number_format = (
                    CELL_TYPES[fld.type].number_format)
    sheet.finish("F2")


def _evidence(wb: Workbook, names: _Names, agg: Aggregation,
              records: Sequence[SubmissionRecord]) -> None:
    """One row per field: the rule-14 headings it feeds and its national figure per year."""
    from kzth_desktop.assessment.evidence import field_items, hierarchy_of, national_figure

    lang, annex = names.lang, names.annex
    years = sorted(agg.years)
    items = field_items(annex)
    cols = [*_field_cols(lang), Column(_t("question_text", lang), wrap=True),
            Column(_t("type", lang)), Column(_t("items", lang)),
            *(Column(str(y)) for y in years), Column(_t("national_source", lang))]
    sheet = _Sheet(wb, SHEETS["evidence"].get(lang), cols)
    texts: dict[tuple[int, str], int] = {}
    for y in years:
        for t in agg.years[y].texts:
            texts[(y, t.field_id)] = texts.get((y, t.field_id), 0) + 1
    periods: dict[tuple[int, str], int] = {}
    for rec in records:
        for fid, v in rec.answers.items():
            if isinstance(v, Mapping) and "from" in v and "to" in v:
                periods[(rec.year, fid)] = periods.get((rec.year, fid), 0) + 1
    for fld in annex.fields():
        q = annex.question(fld.question_id)
        qtext = short_text(q.text.get(lang), FIELD_TEXT_LIMIT) if q.text is not None else ""
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
            figures.append(value)
        sheet.add([*_field_cells(names, fld.id), qtext, CELL_TYPES[fld.type].name.get(lang),
                   ", ".join(f"14.{i}" for i in items.get(fld.id, ())), *figures, source])
    sheet.finish("E2")


def _notes(wb: Workbook, lang: str, years: Sequence[int], made: datetime) -> None:
    ws = wb.create_sheet(SHEETS["notes"].get(lang))
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "—")
    for i, note in enumerate((*NOTES, EVIDENCE_NOTE), start=1):
        c = ws.cell(row=i, column=1,
                    value=note.get(lang).format(years=span, made=made.strftime("%Y-%m-%d %H:%M")))
        c.alignment = _WRAP
    ws.column_dimensions["A"].width = 110


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
) -> Workbook:
    """The whole workbook, headers and annex texts in ``lang`` ("kk" or "ru").

    ``progress`` is called after each sheet (a GUI's progress bar; raising from it cancels).
    """
    if lang not in ("kk", "ru"):
        raise ValueError(f"unknown language {lang!r}")
    names = _Names(annex, lang)
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    steps: list[Callable[[], None]] = [
        lambda: _summary(wb, names, aggregation),
        lambda: _by_region(wb, names, aggregation),
        lambda: _yes_no(wb, names, aggregation),
        lambda: _victims(wb, names, aggregation),
        lambda: _texts(wb, names, aggregation),
        lambda: _evidence(wb, names, aggregation, records),
        *(_bind(_completeness, wb, names, m) for m in completeness),
        lambda: _submissions(wb, names, completeness),
        lambda: _quality(wb, names, quality),
        lambda: _answers(wb, names, records),
        lambda: _notes(wb, lang, sorted(aggregation.years), made or datetime.now()),
    ]
    for done, step in enumerate(steps, start=1):
        step()
        if progress is not None:
            progress(done, len(steps) + 1)  # the last step is saving
    wb.active = 0
    return wb


def _bind(fn: Callable[..., None], *args: Any) -> Callable[[], None]:
    return lambda: fn(*args)


def write_workbook(path: str | Path, annex: Annex, *, progress: Progress | None = None,
                   **kwargs: Any) -> Path:
    """:func:`build_workbook` saved to ``path`` (written beside, then moved into place)."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    wb = build_workbook(annex, progress=progress, **kwargs)
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    if progress is not None:
        progress(1, 1)
    return target


__all__ = ["CELL_TYPES", "SHEETS", "Progress", "answer_cell", "build_workbook", "write_workbook"]
