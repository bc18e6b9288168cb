"""Questionnaire copies on A4: a blank copy for a kind of respondent and a filled copy.

Every text of the questionnaire comes from the annex; the form follows the annex's own table
("Indicators | Data / Comments"): a number column, the question and field texts, and an answer
space shaped by the field type (one row in ``ANSWER_LAYOUTS`` per type). Victim tables take the
whole width below their field, with the category names as a legend; a long one flows onto
further pages with its header repeated. A field never splits across pages, a question's heading
never stands alone at the foot of a page, and a short question is kept on one page.

Both languages ("both"): the Kazakh text and then the Russian text of each heading, question
and field, in the same cell, with one answer space. The Rules themselves print Kazakh first;
a respondent writes each answer once; and A4 is too narrow for two text columns beside an
answer column (each would be ~45 mm wide and the long questions of block 1 would triple in
height).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

from kzth_desktop.annex.model import (
    Annex,
    Block,
    Dimension,
    Field,
    FieldType,
    LocalizedText,
    Question,
)
from kzth_desktop.annex.values import is_empty, is_no_data, no_data_reason
from kzth_desktop.reports import fonts
from kzth_desktop.reports.fonts import Table
from kzth_desktop.reports.texts import print_text

LANGS = ("kk", "ru", "both")
PAGE_W, PAGE_H = A4
LANDSCAPE = (PAGE_H, PAGE_W)
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 18 * mm, 15 * mm, 20 * mm, 18 * mm
FRAME_W = PAGE_W - MARGIN_L - MARGIN_R
FRAME_H = PAGE_H - MARGIN_T - MARGIN_B
NUM_W = 10 * mm
TEXT_W = 92 * mm
ANSWER_W = FRAME_W - NUM_W - TEXT_W
WIDE_FRAME_W = PAGE_H - MARGIN_L - MARGIN_R  # on a landscape page
WIDE_FRAME_H = PAGE_W - MARGIN_T - MARGIN_B
# a victims table of this many dimensions or more is printed across a landscape page: on a
# portrait page its columns are too narrow for the category names (8 dimensions + a count
# need ~190 mm at 7 pt, A4 portrait has 177 mm), and there is room to write by hand
WIDE_TABLE_DIMENSIONS = 5
PAD = 3
# a question taller than this is not moved whole to the next page (only its heading and first
# field are kept together): moving it would leave most of a page empty
KEEP_WHOLE_UP_TO = 0.45 * FRAME_H
BLANK_VICTIM_ROWS = 10
GRID = colors.Color(0.45, 0.45, 0.45)
SHADE = colors.Color(0.90, 0.90, 0.90)
LIGHT = colors.Color(0.96, 0.96, 0.96)
GREY_TEXT = colors.Color(0.35, 0.35, 0.35)
BOX, BOX_CHECKED = "\u2610", "\u2612"  # ☐ ☒


def languages(lang: str) -> tuple[str, ...]:
    """The annex languages printed for ``lang`` ("kk", "ru" or "both")."""
    if lang == "both":
        return ("kk", "ru")
    if lang in ("kk", "ru"):
        return (lang,)
    raise ValueError(f"unknown language {lang!r} (kk, ru or both)")


@dataclass(frozen=True, slots=True)
class SubmissionCopy:
    """What a filled copy shows besides the answers (gathered by the printing service)."""

    organisation: LocalizedText
    kinds: tuple[str, ...]
    year: int
    answers: Mapping[str, Any]  # canonical JSON values by field id
    version: int
    completeness: float  # 0..100
    answered: int
    total: int
    region: LocalizedText | None = None
    region_code: str = ""
    contact: str = ""
    status: LocalizedText | None = None
    fingerprint: str | None = None  # None: no key yet, printed as "—"
    # entered from a paper form at the coordinator: by these operators (it has no key)
    keyers: tuple[str, ...] | None = None
    printed_on: dt.date = field(default_factory=dt.date.today)


# --- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    note: ParagraphStyle
    hint: ParagraphStyle
    small: ParagraphStyle
    answer: ParagraphStyle
    missing: ParagraphStyle
    title: ParagraphStyle
    caption: ParagraphStyle
    block: ParagraphStyle
    th: ParagraphStyle
    bold_th: ParagraphStyle
    td: ParagraphStyle
    legend: ParagraphStyle


def _styles() -> _Styles:
    fonts.register_fonts()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", fonts.REGULAR)
        return ParagraphStyle(name, fontName=kw.pop("fontName"), fontSize=size,
                              leading=kw.pop("leading", size * 1.25), embeddedHyphenation=0,
                              hyphenationLang="",
                              bulletFontName=kw.pop("bulletFontName", fonts.REGULAR), **kw)

    return _Styles(
        body=style("body", 9),
        bold=style("bold", 9, fontName=fonts.BOLD),
        note=style("note", 8, fontName=fonts.ITALIC, spaceBefore=2),
        hint=style("hint", 7.5, textColor=GREY_TEXT),
        small=style("small", 8),
        answer=style("answer", 9, fontName=fonts.BOLD),
        missing=style("missing", 8.5, fontName=fonts.ITALIC, textColor=GREY_TEXT),
        title=style("title", 12.5, fontName=fonts.BOLD, alignment=TA_CENTER, spaceAfter=2),
        caption=style("caption", 8, alignment=TA_RIGHT),
        block=style("block", 9.5, fontName=fonts.BOLD),
        th=style("th", 6.5, alignment=TA_CENTER, leading=7.8),
        bold_th=style("bold_th", 6.5, fontName=fonts.BOLD, alignment=TA_CENTER, leading=7.8),
        td=style("td", 7, leading=8.4),
        legend=style("legend", 7, leading=8.6),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _texts(text: LocalizedText, langs: Sequence[str], style: ParagraphStyle,
           prefix: str = "") -> list[Flowable]:
    """The text in each printed language, one paragraph each (Kazakh first)."""
    out: list[Flowable] = []
    for i, lang in enumerate(langs):
        out.append(_p(prefix + text.get(lang), style))
        if i:
            out[-1].style = ParagraphStyle(f"{style.name}-2", parent=style, spaceBefore=2)
    return out


def _joined(text: LocalizedText, langs: Sequence[str]) -> str:
    return " / ".join(text.get(lang) for lang in langs)


# --- drawn answer spaces -----------------------------------------------------------------------


class RuledLines(Flowable):
    """Lines to write on, optionally numbered (a list)."""

    def __init__(self, count: int, numbered: bool = False, gap: float = 6.5 * mm) -> None:
        super().__init__()
        self.count, self.numbered, self.gap = count, numbered, gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.count * self.gap

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.setFont(fonts.REGULAR, 7.5)
        for i in range(self.count):
            y = (self.count - i - 1) * self.gap + 1
            x0 = 0.0
            if self.numbered:
                c.drawString(0, y + 1.5, f"{i + 1}.")
                x0 = 4 * mm
            c.line(x0, y, self.width, y)


class DigitBoxes(Flowable):
    """A row of boxes for the digits of a number, with an optional unit after it."""

    def __init__(self, count: int, unit: str = "", size: float = 5 * mm) -> None:
        super().__init__()
        self.count, self.unit, self.size = count, unit, size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.count = max(3, min(self.count, int((aw - stringWidth(self.unit, fonts.REGULAR, 8)
                                                 - 2 * mm) // self.size)))
        return aw, self.size + 2

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        for i in range(self.count):
            c.rect(i * self.size, 1, self.size, self.size)
        if self.unit:
            c.setFont(fonts.REGULAR, 8)
            c.drawString(self.count * self.size + 1.5 * mm, 1 + self.size / 2 - 3, self.unit)


# --- answer spaces: one row a field type (blank copy, filled copy) ------------------------------


@dataclass(frozen=True)
class _Ctx:
    annex: Annex
    langs: tuple[str, ...]
    st: _Styles
    answers: Mapping[str, Any] | None = None  # None: a blank copy

    def t(self, key: str, **params: object) -> str:
        return print_text(key, self.langs, **params)

    @property
    def filled(self) -> bool:
        return self.answers is not None


def _blank_yes_no(f: Field, ctx: _Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    if f.hint is not None:
        out += _texts(f.hint, ctx.langs, ctx.st.hint)
    out.append(Paragraph(f"{BOX} {escape(ctx.t('yes'))}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                         f"{BOX} {escape(ctx.t('no'))}", ctx.st.body))
    out.append(RuledLines(3))
    return out


def _blank_text(f: Field, ctx: _Ctx) -> list[Flowable]:
    return [RuledLines(4)]


def _blank_list(f: Field, ctx: _Ctx) -> list[Flowable]:
    return [RuledLines(4, numbered=True)]


def _blank_count(f: Field, ctx: _Ctx) -> list[Flowable]:
    return [DigitBoxes(7)]


def _blank_money(f: Field, ctx: _Ctx) -> list[Flowable]:
    return [DigitBoxes(11, unit=ctx.t("tenge"))]


def _blank_period(f: Field, ctx: _Ctx) -> list[Flowable]:
    return [Spacer(1, 2 * mm), _p("__ . __ . ______   —   __ . __ . ______", ctx.st.body)]


def _filled_yes_no(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    answer = value.get("answer") if isinstance(value, Mapping) else None
    yes = BOX_CHECKED if answer == "yes" else BOX
    no = BOX_CHECKED if answer == "no" else BOX
    out: list[Flowable] = [
        Paragraph(f"{yes} {escape(ctx.t('yes'))}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                  f"{no} {escape(ctx.t('no'))}", ctx.st.answer),
    ]
    details = value.get("details", "") if isinstance(value, Mapping) else ""
    if isinstance(details, str) and details.strip():
        out.append(_p(details.strip(), ctx.st.body))
    return out


def _filled_text(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    return [_p(str(value), ctx.st.body)]


def _filled_list(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    items = value if isinstance(value, list) else [value]
    return [_p(f"{i}. {item}", ctx.st.body) for i, item in enumerate(items, start=1)]


def _thousands(text: str) -> str:
    return text.replace(",", "\u00a0")


def _filled_count(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    shown = _thousands(f"{value:,}") if isinstance(value, int) else str(value)
    return [_p(shown, ctx.st.answer)]


def _filled_money(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        shown = _thousands(f"{value:,.2f}").replace(".", ",")
    else:
        shown = str(value)
    return [_p(f"{shown} {ctx.t('tenge')}", ctx.st.answer)]


def _date(text: object) -> str:
    try:
        return dt.date.fromisoformat(str(text)).strftime("%d.%m.%Y")
    except ValueError:
        return str(text)


def _filled_period(f: Field, value: Any, ctx: _Ctx) -> list[Flowable]:
    if isinstance(value, Mapping):
        return [_p(f"{_date(value.get('from'))} — {_date(value.get('to'))}", ctx.st.answer)]
    return [_p(str(value), ctx.st.answer)]


@dataclass(frozen=True)
class AnswerLayout:
    """How one field type is printed: its empty answer space, and an answer in it.

    A type laid out ``across`` the whole width (the victims table) has no answer cell beside
    its text: ``blank`` builds its table, blank or filled as the copy is.
    """

    blank: Callable[[Field, _Ctx], list[Flowable]]
    filled: Callable[[Field, Any, _Ctx], list[Flowable]]
    across: bool = False


# The table (pyxform style): a new field type is one row here.
ANSWER_LAYOUTS: Mapping[FieldType, AnswerLayout] = MappingProxyType({
    FieldType.YES_NO: AnswerLayout(_blank_yes_no, _filled_yes_no),
    FieldType.TEXT: AnswerLayout(_blank_text, _filled_text),
    FieldType.COUNT: AnswerLayout(_blank_count, _filled_count),
    FieldType.MONEY: AnswerLayout(_blank_money, _filled_money),
    FieldType.PERIOD: AnswerLayout(_blank_period, _filled_period),
    FieldType.LIST: AnswerLayout(_blank_list, _filled_list),
    FieldType.VICTIMS: AnswerLayout(lambda f, ctx: _victims_table(f, ctx),
                                    lambda f, value, ctx: _victims_table(f, ctx), across=True),
})


def _no_data(value: Any, ctx: _Ctx) -> list[Flowable]:
    reason = no_data_reason(value) or ""
    return [
        Paragraph(f"{BOX_CHECKED} {escape(ctx.t('no_data'))}", ctx.st.answer),
        _p(f"{ctx.t('reason')}: {reason or '—'}", ctx.st.body),
    ]


def _unanswered(ctx: _Ctx) -> list[Flowable]:
    return [_p(f"— {ctx.t('unanswered')} —", ctx.st.missing)]


def _answer_space(f: Field, ctx: _Ctx) -> list[Flowable]:
    layout = ANSWER_LAYOUTS[f.type]
    if ctx.answers is None:
        return layout.blank(f, ctx)
    value = ctx.answers.get(f.id)
    if is_no_data(value):
        return _no_data(value, ctx)
    if is_empty(value):
        return _unanswered(ctx)
    return layout.filled(f, value, ctx)


# --- victim tables -----------------------------------------------------------------------------


def _category_label(dim: Dimension, category: object, langs: Sequence[str]) -> str:
    cat = dim.categories.get(str(category))
    if cat is None:
        return str(category)
    return _joined(cat.label, langs)


def _column_widths(headers: Sequence[Sequence[str]], cells: Sequence[Sequence[str]],
                   st: _Styles, available: float, minimum: float = 10 * mm) -> list[float]:
    """Widths for table columns: none narrower than the longest word of its header or its
    cells (where the page allows), the rest shared out by the length of the headers."""
    pad = 4.5

    def word(texts: Sequence[str], style: ParagraphStyle) -> float:
        return max((stringWidth(w, style.fontName, style.fontSize)
                    for t in texts for w in t.split()), default=0.0)

    least = [max(word(h, st.th), word(c, st.td)) + pad for h, c in zip(headers, cells,
                                                                        strict=True)]
    least = [max(x, minimum) for x in least]
    # long headings get more room, but not in proportion (they can take more lines)
    weight = [sum(stringWidth(t, st.th.fontName, st.th.fontSize) for t in texts) ** 0.5
              for texts in headers]
    if sum(least) >= available:
        return [available * x / sum(least) for x in least]
    spare = available - sum(least)
    return [x + spare * w / sum(weight) for x, w in zip(least, weight, strict=True)]


def _is_wide(f: Field) -> bool:
    return len(f.dimensions) >= WIDE_TABLE_DIMENSIONS


def _victims_table(f: Field, ctx: _Ctx) -> list[Flowable]:
    """The ruled table of a victims field: the dimensions + a count, header repeated."""
    st, langs = ctx.st, ctx.langs
    dims = f.dimensions
    width = WIDE_FRAME_W if _is_wide(f) else FRAME_W
    no_w = 8 * mm  # room for "120"
    count_label = ctx.t("victims_count")
    headers = [[d.label.get(lang) for lang in langs] for d in dims]
    cells: list[list[str]] = [[] for _ in dims]
    if ctx.answers is not None:  # the words of the categories printed in each column
        value = ctx.answers.get(f.id)
        rows = value.get("rows") if isinstance(value, Mapping) else None
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, Mapping):
                for k, d in enumerate(dims):
                    cells[k].append(_category_label(d, row.get(d.id, "unknown"), langs))
    widths = _column_widths([*headers, [count_label]], [*cells, ["0000"]], st,
                            width - no_w)
    if widths[-1] < 14 * mm:  # the count column takes its room from the widest column
        widest = max(range(len(widths) - 1), key=widths.__getitem__)
        widths[widest] -= 14 * mm - widths[-1]
        widths[-1] = 14 * mm
    # one dimension (a table by citizenship) needs no page-wide table
    if len(dims) <= 2:
        widths = [min(w, 60 * mm) for w in widths[:-1]] + [min(max(widths[-1], 16 * mm),
                                                                 24 * mm)]
    widths = [no_w, *widths]
    grouped = any(d.group is not None for d in dims)
    header_rows = 2 if grouped else 1
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]

    def th(text: LocalizedText | str) -> list[Flowable]:
        if isinstance(text, str):
            return [_p(text, st.th)]
        return _texts(text, langs, st.th)

    top: list[Any] = [th("№")]
    second: list[Any] = [""]
    col = 1
    i = 0
    while i < len(dims):
        d = dims[i]
        if d.group is None:
            top.append(th(d.label))
            second.append("")
            if grouped:
                style.append(("SPAN", (col, 0), (col, 1)))
            i += 1
            col += 1
            continue
        j = i
        while j < len(dims) and dims[j].group == d.group:
            j += 1
        top.append(th(d.group))
        top.extend([""] * (j - i - 1))
        second.extend(th(dims[k].label) for k in range(i, j))
        style.append(("SPAN", (col, 0), (col + j - i - 1, 0)))
        col += j - i
        i = j
    top.append(th(count_label))
    second.append("")
    if grouped:
        style.append(("SPAN", (0, 0), (0, 1)))
        style.append(("SPAN", (col, 0), (col, 1)))
    data: list[list[Any]] = [top, second] if grouped else [top]

    total_label = [_p(ctx.t("total"), st.bold_th)]
    if ctx.answers is None:
        for n in range(1, BLANK_VICTIM_ROWS + 1):
            data.append([_p(str(n), st.td), *[""] * len(dims), ""])
        row_h: list[float | None] = [None] * header_rows + [7.5 * mm] * BLANK_VICTIM_ROWS
        data.append([total_label, *[""] * len(dims), ""])
        row_h.append(7.5 * mm)
    else:
        value = ctx.answers.get(f.id)
        if is_no_data(value) or is_empty(value):
            cell = _no_data(value, ctx) if is_no_data(value) else _unanswered(ctx)
            table = Table([[cell]], colWidths=[width])
            table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GRID),
                                       ("LEFTPADDING", (0, 0), (-1, -1), NUM_W + PAD)]))
            return [table, Spacer(1, 2 * mm)]
        rows = value.get("rows", []) if isinstance(value, Mapping) else []
        total = 0
        for n, row in enumerate(rows, start=1):
            if not isinstance(row, Mapping):
                continue
            count = row.get("count")
            if isinstance(count, int) and not isinstance(count, bool):
                total += count
            data.append([_p(str(n), st.td),
                         *[_p(_category_label(d, row.get(d.id, "unknown"), langs), st.td)
                           for d in dims],
                         _p(str(count), st.td)])
        data.append([total_label, *[""] * len(dims), _p(str(total), st.bold_th)])
        row_h = [None] * len(data)
    style += [
        ("SPAN", (0, -1), (len(dims), -1)),
        ("BACKGROUND", (0, -1), (-1, -1), LIGHT),
        ("ALIGN", (-1, header_rows), (-1, -1), "RIGHT"),
    ]
    table = Table(data, colWidths=widths, rowHeights=row_h, repeatRows=header_rows,
                  hAlign="LEFT")
    table.setStyle(TableStyle(style))
    out = [table]
    if ctx.answers is None:
        out.append(Spacer(1, 1.5 * mm))
        out += _legend(dims, ctx)
    return [*out, Spacer(1, 2 * mm)]


def _legend(dims: Sequence[Dimension], ctx: _Ctx) -> list[Flowable]:
    """The values each column takes, under a blank table (countries: a code or a name).

    Columns with the same list of values (place of residence, place of coercion) share a line.
    """
    sets: dict[str, list[Dimension]] = {}
    for d in dims:
        sets.setdefault(d.categories.id, []).append(d)
    out: list[Flowable] = []
    for same in sets.values():
        categories = same[0].categories
        for lang in ctx.langs:
            if categories.id == "country":
                values = print_text("country_legend", (lang,))
            else:
                values = "; ".join(c.label.get(lang) for c in categories.categories)
            labels = "; ".join(d.label.get(lang) for d in same)
            out.append(Paragraph(f"<b>{escape(labels)}:</b> {escape(values)}", ctx.st.legend))
    return out


# --- questions and blocks ----------------------------------------------------------------------

_CELL = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ("TOPPADDING", (0, 0), (-1, -1), PAD),
    ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1),
    ("BOX", (0, 0), (-1, -1), 0.5, GRID),
    ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
]


def _row(number: str, text: list[Flowable], answer: list[Flowable] | None,
         ctx: _Ctx, shade: Any = None, width: float = FRAME_W) -> Table:
    """One row of the form: number | text | answer (None: the text spans the answer column)."""
    if answer is None:
        table = Table([[_p(number, ctx.st.bold), text, ""]],
                      colWidths=[NUM_W, TEXT_W, width - NUM_W - TEXT_W])
        extra: list[tuple[Any, ...]] = [("SPAN", (1, 0), (2, 0))]
    else:
        table = Table([[_p(number, ctx.st.bold), text, answer]],
                      colWidths=[NUM_W, TEXT_W, ANSWER_W])
        extra = []
    if shade is not None:
        extra.append(("BACKGROUND", (0, 0), (-1, -1), shade))
    table.setStyle(TableStyle(_CELL + extra))
    return table


def _same(a: LocalizedText | None, b: LocalizedText | None) -> bool:
    def norm(s: str) -> str:
        return " ".join(s.split()).rstrip(":;.?")

    return a is not None and b is not None and norm(a.ru) == norm(b.ru) and norm(a.kk) == norm(
        b.kk)


def _field_label(q: Question, f: Field) -> str:
    """A numbered item of a question ("1. ") when the annex numbers it (block 1)."""
    last = f.id.rsplit(".", 1)[-1]
    return f"{last}. " if last.isdigit() and len(q.fields) > 1 else ""


def _question(q: Question, ctx: _Ctx, lead: list[Flowable]) -> list[Flowable]:
    """A question as rows; ``lead`` (a block heading) is kept with its first row."""
    st, langs = ctx.st, ctx.langs
    head_text: list[Flowable] = []
    if q.text is not None:
        head_text += _texts(q.text, langs, st.bold)
    if q.note is not None:
        for lang in langs:
            label = q.note_label.get(lang) if q.note_label is not None else ""
            head_text.append(Paragraph(
                f"<b>{escape(label)}</b> {escape(q.note.get(lang))}".strip(), st.note))
    fields = list(q.fields)
    units: list[list[Flowable]] = []  # each unit never splits across pages
    number = str(q.number)
    if head_text:
        only = fields[0] if len(fields) == 1 else None
        if only is not None and not ANSWER_LAYOUTS[only.type].across \
                and _same(only.text, q.text):
            units.append([_row(number, head_text, _answer_space(only, ctx), ctx)])
            fields = []
        else:
            units.append([_row(number, head_text, None, ctx)])
        number = ""
    previous: Field | None = None
    for f in fields:
        unit: list[Flowable] = []
        style = st.body
        if f.group is not None:
            style = ParagraphStyle("grouped", parent=st.body, leftIndent=4 * mm)
            # the lead line once, unless the field before says it already ("of them:")
            starts = previous is None or previous.group != f.group
            if starts and (previous is None or not _same(previous.text, f.group)):
                unit.append(_row(number, _texts(f.group, langs, st.body), None, ctx))
                number = ""
        # a victims table of a question with several fields keeps its own caption
        layout = ANSWER_LAYOUTS[f.type]
        shown = not _same(f.text, q.text) or (layout.across and len(q.fields) > 1)
        text = _texts(f.text, langs, style, prefix=_field_label(q, f)) if shown else []
        if layout.across:
            wide = _is_wide(f)
            if wide:  # across a landscape page, with the field's text (or the question's)
                units.append([NextPageTemplate("landscape")])
                units.append([PageBreak()])
                if not text:
                    text = _texts(f.text, langs, style)
            if text:
                width = WIDE_FRAME_W if wide else FRAME_W
                unit.append(_row(str(q.number) if wide else number, text, None, ctx,
                                 width=width))
            unit.append(Spacer(1, 1.5 * mm))
            victims = layout.blank(f, ctx)
            if ctx.filled:
                # the table's header and first rows stay with the field text; the rest
                # flows onto further pages with the header repeated
                unit.append(victims[0])
                units.append(unit)
                units.append(victims[1:])
            else:  # a blank table (ten rows) stays on one page with its legend
                units.append([*unit, *victims])
            if wide:
                units.append([NextPageTemplate("portrait")])
                units.append([PageBreak()])
        else:
            unit.append(_row(number, text, _answer_space(f, ctx), ctx))
            units.append(unit)
        number = ""
        previous = f
    if not units:
        return list(lead)
    units[0] = [*lead, *units[0]]
    if len(units) > 1 and not any(_is_action(x) for x in units[1]):
        units[0] = [*units[0], *units[1]]
        del units[1]
    flow: list[Flowable] = [KeepTogether(u) if len(u) > 1 else u[0] for u in units if u]
    height = sum(_height(u) for u in units)
    has_victims = any(ANSWER_LAYOUTS[f.type].across for f in q.fields)
    if height <= KEEP_WHOLE_UP_TO and not has_victims:
        return [KeepTogether(flow)]
    return flow


def _is_action(f: Flowable) -> bool:
    return isinstance(f, NextPageTemplate | PageBreak)


def _height(flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        if _is_action(f):
            continue
        _, h = f.wrap(FRAME_W, FRAME_H * 10)
        total += h
    return total


def _block(block: Block, ctx: _Ctx) -> list[Flowable]:
    st, langs = ctx.st, ctx.langs
    text: list[Flowable] = []
    for lang in langs:
        if block.title is not None:
            text.append(_p(block.title.get(lang), st.block))
        for k, line in enumerate(block.addressees):
            text.append(_p(line.get(lang), st.block if k == 0 else st.small))
    heading = _row(str(block.number), text, None, ctx, shade=SHADE)
    columns = Table(
        [["", _texts(ctx.annex.columns[0], langs, st.hint),
          _texts(ctx.annex.columns[1], langs, st.hint)]],
        colWidths=[NUM_W, TEXT_W, ANSWER_W],
    )
    columns.setStyle(TableStyle(_CELL + [("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
    out: list[Flowable] = [Spacer(1, 4 * mm)]
    lead: list[Flowable] = [heading, columns]
    for i, q in enumerate(block.questions):
        out += _question(q, ctx, lead if i == 0 else [])
    return out


# --- the title, the header lines, the signature --------------------------------------------------


def _title(ctx: _Ctx) -> list[Flowable]:
    st, langs, annex = ctx.st, ctx.langs, ctx.annex
    caption = Table([[_texts(annex.caption, langs, st.caption)]], colWidths=[80 * mm],
                    hAlign="RIGHT")
    caption.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [caption, Spacer(1, 5 * mm), *_texts(annex.title, langs, st.title),
            Spacer(1, 4 * mm)]


def _lines_table(rows: Sequence[tuple[str, list[Flowable] | str]], ctx: _Ctx) -> Table:
    """Label | value rows; an empty value is a line to write on."""
    data = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for i, (label, value) in enumerate(rows):
        data.append([_p(f"{label}:", ctx.st.small), value if value else ""])
        if not value:
            style.append(("LINEBELOW", (1, i), (1, i), 0.4, GRID))
            style.append(("TOPPADDING", (0, i), (-1, i), 12))
    table = Table(data, colWidths=[62 * mm, FRAME_W - 62 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _signature(ctx: _Ctx) -> list[Flowable]:
    """Lines for the signature and name of the head of the organisation, the date, the seal."""
    st, t = ctx.st, ctx.t
    name_w = FRAME_W - 50 * mm - 55 * mm - 6 * mm
    data = [
        [_p(f"{t('head')}:", st.small), "", "", ""],
        ["", _p(f"({t('signature')})", st.hint), "", _p(f"({t('full_name')})", st.hint)],
        [_p(f"{t('date')}: «____» ______________ 20____", st.small), "", "",
         _p(t("stamp"), st.small)],
    ]
    table = Table(data, colWidths=[50 * mm, 55 * mm, 6 * mm, name_w],
                  rowHeights=[None, None, 12 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 14),
        ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
        ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black),
        ("ALIGN", (1, 1), (-1, 1), "CENTER"),
        ("SPAN", (0, 2), (1, 2)),
    ]))
    return [Spacer(1, 6 * mm), KeepTogether([table])]


# --- pages ---------------------------------------------------------------------------------------


def _fit(text: str, width: float, size: float) -> str:
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _canvas_class(left: str, right: str, langs: tuple[str, ...]) -> type[Canvas]:
    """A canvas that prints the running header and "page n of N" once the count is known."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(count)
                super().showPage()
            super().save()

        def _decorate(self, count: int) -> None:
            size = 7
            self.saveState()
            self.setFont(fonts.REGULAR, size)
            self.setFillColor(GREY_TEXT)
            page_w, page_h = self._pagesize
            text_w = page_w - MARGIN_L - MARGIN_R
            top = page_h - 12 * mm
            if self._pageNumber > 1:  # the first page has the title itself
                self.drawString(MARGIN_L, top, _fit(left, text_w * 0.58, size))
                self.drawRightString(page_w - MARGIN_R, top, _fit(right, text_w * 0.40, size))
                self.setStrokeColor(GRID)
                self.setLineWidth(0.4)
                self.line(MARGIN_L, top - 2 * mm, page_w - MARGIN_R, top - 2 * mm)
            if len(langs) > 1:
                page = f"{self._pageNumber} / {count}"
            else:
                page = print_text("page", langs, page=self._pageNumber, pages=count)
            self.drawCentredString(page_w / 2, 10 * mm, page)
            self.restoreState()

    return PagedCanvas


def _build(story: list[Flowable], *, title: str, subject: str, header_left: str,
           header_right: str, langs: tuple[str, ...], author: str = "") -> bytes:
    """The PDF of ``story``; ``author``: the organisation whose copy it is ("" for none)."""
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, initialFontName=fonts.REGULAR,  # no page refers to a bare Helvetica (PDF/A-2b)
        pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R, topMargin=MARGIN_T,
        bottomMargin=MARGIN_B, title=title, subject=subject, author=author, creator="KZTH Desktop",
        lang=langs[0],
    )
    # no frame padding: the form's tables are exactly as wide as the text area
    def frame(width: float, height: float) -> Frame:
        return Frame(MARGIN_L, MARGIN_B, width, height, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[frame(FRAME_W, FRAME_H)], pagesize=A4),
        PageTemplate(id="landscape", frames=[frame(WIDE_FRAME_W, WIDE_FRAME_H)],
                     pagesize=LANDSCAPE),
    ])
    doc.build(story, canvasmaker=_canvas_class(header_left, header_right, langs))
    return buf.getvalue()


# --- public API ----------------------------------------------------------------------------------


def blank_questionnaire(annex: Annex, kind_ids: Sequence[str], lang: str,
                        organisation: LocalizedText | None = None) -> bytes:
    """A blank copy (PDF) of the blocks the organisations of ``kind_ids`` answer;
    ``organisation``: the one printing it (the PDF's author), if known."""
    langs = languages(lang)
    ctx = _Ctx(annex, langs, _styles())
    kinds = [annex.kind(k) for k in kind_ids]
    blocks = annex.blocks_for_kinds(list(kind_ids))
    kind_names: list[Flowable] = []
    for k in kinds:
        kind_names += _texts(k.name, langs, ctx.st.small)
    story: list[Flowable] = [
        *_title(ctx),
        _lines_table([
            (ctx.t("organisation"), ""),
            (ctx.t("region"), ""),
            (ctx.t("kind"), kind_names),
            (ctx.t("blocks"), [_p(", ".join(str(b.number) for b in blocks), ctx.st.small)]),
            (ctx.t("year"), ""),
            (ctx.t("contact"), ""),
        ], ctx),
        Spacer(1, 3 * mm),
        *[_p(print_text("instruction", (lg,)), ctx.st.note) for lg in langs],
    ]
    for b in blocks:
        story += _block(b, ctx)
    story += _signature(ctx)
    kind_label = "; ".join(_joined(k.name, langs[:1]) for k in kinds)
    return _build(
        story,
        title=f"{_joined(annex.title, langs)} — {ctx.t('blank_copy')}",
        subject=kind_label,
        header_left=annex.title.get(langs[0]),
        header_right=f"{kind_label} — {ctx.t('blank_copy')}",
        langs=langs,
        author=_joined(organisation, langs) if organisation is not None else "",
    )


def filled_questionnaire(annex: Annex, copy: SubmissionCopy, lang: str) -> bytes:
    """A filled copy (PDF) of a submission, with its completeness, version, key fingerprint
    and a signature line for the head of the organisation."""
    langs = languages(lang)
    ctx = _Ctx(annex, langs, _styles(), answers=copy.answers)
    st = ctx.st
    blocks = annex.blocks_for_kinds(list(copy.kinds))
    kind_names: list[Flowable] = []
    for k in copy.kinds:
        try:
            kind_names += _texts(annex.kind(k).name, langs, st.small)
        except KeyError:
            kind_names.append(_p(k, st.small))
    region = ""
    if copy.region is not None:
        region = f"{copy.region_code} {_joined(copy.region, langs)}".strip()
    percent = f"{copy.completeness:.1f}".replace(".", ",")
    rows: list[tuple[str, list[Flowable] | str]] = [
        (ctx.t("organisation"), [_p(_joined(copy.organisation, langs), st.bold)]),
        (ctx.t("region"), [_p(region, st.small)] if region else ""),
        (ctx.t("kind"), kind_names),
        (ctx.t("year"), [_p(str(copy.year), st.bold)]),
        (ctx.t("contact"), [_p(copy.contact, st.small)] if copy.contact else ""),
        (ctx.t("version"), [_p(str(copy.version), st.small)]),
    ]
    if copy.status is not None:
        rows.append((ctx.t("status"), [_p(_joined(copy.status, langs), st.small)]))
    rows += [
        (ctx.t("completeness"), [_p(ctx.t("completeness_value", percent=percent,
                                          answered=copy.answered, total=copy.total),
                                    st.small)]),
        (ctx.t("source"), [_p(ctx.t("from_paper", keyers=", ".join(copy.keyers) or "—"),
                               st.small)])
        if copy.keyers is not None
        else (ctx.t("fingerprint"), [_p(copy.fingerprint or "—", st.small)]),
        (ctx.t("printed"), [_p(copy.printed_on.strftime("%d.%m.%Y"), st.small)]),
    ]
    story: list[Flowable] = [*_title(ctx), _lines_table(rows, ctx)]
    for b in blocks:
        story += _block(b, ctx)
    story += _signature(ctx)
    org = copy.organisation.get(langs[0])
    return _build(
        story,
        title=f"{_joined(annex.title, langs)} — {org}, {copy.year}",
        subject=f"{org}, {copy.year}, v{copy.version}",
        header_left=annex.title.get(langs[0]),
        header_right=f"{org} — {copy.year} — v{copy.version}",
        langs=langs,
        author=_joined(copy.organisation, langs),
    )


__all__ = [
    "ANSWER_LAYOUTS",
    "LANGS",
    "SubmissionCopy",
    "blank_questionnaire",
    "filled_questionnaire",
    "languages",
]
