"""The Delphi ballot: one Excel workbook per expert and round (openpyxl, Qt-free).

The expert, on their own machine, sees each risk of the register with its data (share of
respondents by year and over the period, trend, data likelihood) and, from round 2, the
group's median and interquartile range of the previous round beside their own earlier answer;
they fill likelihood and consequences (whole numbers 1-5, held to that by data validation;
the sheet is protected, only these cells and the comment are open) and a comment.

**The ballot's identity** is written into a very hidden sheet ``kzth`` (column B, one value a
row, see ``IDENTITY_ROWS``): the token the coordinator's workspace issued it under, the
expert's register number, the round, the period's first and last year and the digest of the
risk list, followed by the risk ids in the order of the ballot's rows. The reader gives back
every value with its cell (``kzth!B4``, ``F9``) and judges nothing: the service compares them
with what it issued, so that a refusal can name the cell.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from kzth_desktop.annex.glossary import capitalised, term
from kzth_desktop.annex.model import LocalizedText

FORMAT = "kzth-delphi-ballot"
VERSION = 1
IDENTITY_SHEET = "kzth"
IDENTITY_ROWS = ("format", "version", "token", "expert", "round", "first_year", "last_year",
                 "risks_digest", "count")
RISK_IDS_FROM = 20  # kzth!A20, A21, …: the risk ids of the ballot's rows, in order
FIRST_ROW = 8  # the first risk's row on the ballot sheet

L = LocalizedText
WORDS = {
    "sheet": L(kk="Бюллетень", ru="Бюллетень"),
    "anchors_sheet": L(kk="Шкала", ru="Шкала"),
    "title": L(kk="Тәуекелдерді бағалау: сараптама тобының {round}-турдағы бюллетені",
               ru="Оценка рисков: бюллетень экспертной группы, {round}-й тур"),
    "expert": L(kk="Сарапшы", ru="Эксперт"),
    "period": L(kk="Бағалау кезеңі", ru="Период оценки"),
    "round": L(kk="Тур", ru="Тур"),
    "how": L(kk="Әр тәуекелдің ықтималдығы мен салдарын 1-ден 5-ке дейін бағалаңыз (шкала "
                "«Шкала» парағында). Тек сары ұяшықтарды толтырыңыз; жолдарды жылжытпаңыз. "
                "Толтырылған файлды үйлестірушіге қайтарыңыз.",
             ru="Оцените вероятность и последствия каждого риска от 1 до 5 (шкала — на листе "
                "«Шкала»). Заполняйте только желтые ячейки, строки не переставляйте. "
                "Заполненный файл верните координатору."),
    "how_next": L(kk="Топтың алдыңғы турдағы медианасы мен квартильаралық ауқымы сіздің "
                     "алдыңғы жауабыңыздың қасында көрсетілген: бағаңызды өзгертуге немесе "
                     "сақтап, себебін түсініктемеде жазуға болады.",
                  ru="Медиана и межквартильный размах группы в предыдущем туре показаны "
                     "рядом с вашим прежним ответом: оценку можно изменить или сохранить, "
                     "объяснив причину в комментарии."),
    "no": L(kk="№", ru="№"),
    "risk": L(kk="Тәуекел", ru="Риск"),
    "share_year": L(kk="«Иә» үлесі, {year}", ru="Доля «да», {year}"),
    "share": L(kk="«Иә» үлесі, кезеңде", ru="Доля «да» за период"),
    "trend": L(kk="Серпін, п.п.", ru="Динамика, п.п."),
    "data_likelihood": L(kk="Деректер бойынша ықтималдық (D)",
                         ru="Вероятность по данным (D)"),
    "group_l": L(kk="Топ медианасы: ықтималдық ({round}-тур)",
                 ru="Медиана группы: вероятность ({round}-й тур)"),
    "group_l_iqr": L(kk="КАА: ықтималдық", ru="МКР: вероятность"),
    "group_i": L(kk="Топ медианасы: салдары ({round}-тур)",
                 ru="Медиана группы: последствия ({round}-й тур)"),
    "group_i_iqr": L(kk="КАА: салдары", ru="МКР: последствия"),
    "own_l": L(kk="Сіздің бағаңыз: ықтималдық ({round}-тур)",
               ru="Ваша оценка: вероятность ({round}-й тур)"),
    "own_i": L(kk="Сіздің бағаңыз: салдары ({round}-тур)",
               ru="Ваша оценка: последствия ({round}-й тур)"),
    "likelihood": L(kk=f"{capitalised('likelihood').kk} (1-5)",
                    ru=f"{capitalised('likelihood').ru} (1-5)"),
    "impact": L(kk=f"{capitalised('impact').kk} (1-5)", ru=f"{capitalised('impact').ru} (1-5)"),
    "comment": L(kk="Түсініктеме", ru="Комментарий"),
    "invalid": L(kk="1-ден 5-ке дейінгі бүтін сан", ru="Целое число от 1 до 5"),
    "value": L(kk="Мәні", ru="Значение"),
    "meaning": L(kk="Сипаттамасы", ru="Описание"),
    "iqr_note": L(kk="КАА — квартильаралық ауқым (Q3 − Q1).",
                  ru="МКР — межквартильный размах (Q3 − Q1)."),
}
INPUT = PatternFill("solid", fgColor="FFF2CC")
HEAD = PatternFill("solid", fgColor="DCE3EC")


@dataclass(frozen=True, slots=True)
class BallotRisk:
    """One row of a ballot: a risk, its data and (round 2 on) the previous round."""

    risk_id: str
    name: LocalizedText
    share_by_year: tuple[tuple[int, Fraction | None], ...]
    share: Fraction | None
    trend: Fraction | None
    data_likelihood: int | None
    group_likelihood: Fraction | None = None  # the previous round's median
    group_likelihood_iqr: Fraction | None = None
    group_impact: Fraction | None = None
    group_impact_iqr: Fraction | None = None
    own_likelihood: int | None = None  # the expert's own answer in the previous round
    own_impact: int | None = None


@dataclass(frozen=True, slots=True)
class BallotContent:
    token: str
    expert_id: int
    expert_name: str
    organisation: str
    round: int
    years: tuple[int, ...]
    risks_digest: str
    risks: tuple[BallotRisk, ...]
    likelihood_anchors: tuple[tuple[int, LocalizedText, LocalizedText], ...] = ()
    impact_anchors: tuple[tuple[int, LocalizedText, LocalizedText], ...] = ()


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the ballot's columns are (letters), computed from the round."""

    years: tuple[int, ...]
    round: int

    @property
    def columns(self) -> list[str]:
        cols = ["no", "risk", *[f"y{y}" for y in self.years], "share", "trend",
                "data_likelihood"]
        if self.round > 1:
            cols += ["group_l", "group_l_iqr", "own_l", "group_i", "group_i_iqr", "own_i"]
        return [*cols, "likelihood", "impact", "comment"]

    def letter(self, key: str) -> str:
        return get_column_letter(self.columns.index(key) + 1)


def _pct(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _num(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def ballot_xlsx(content: BallotContent, lang: str) -> bytes:
    """The ballot workbook (bytes) with its labels in ``lang``."""
    def t(key: str, **params: Any) -> str:
        return WORDS[key].get(lang).format(**params)

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = t("sheet")
    layout = Layout(content.years, content.round)
    cols = layout.columns
    span = (f"{content.years[0]}–{content.years[-1]}" if len(content.years) > 1
            else str(content.years[0]))
    bold = Font(bold=True)
    ws["A1"] = t("title", round=content.round)
    ws["A1"].font = Font(bold=True, size=13)
    who = content.expert_name + (f" ({content.organisation})" if content.organisation else "")
    header: tuple[tuple[str, str | int], ...] = (
        (t("expert"), f"№{content.expert_id} {who}"), (t("period"), span),
        (t("round"), content.round))
    for row, (label, value) in enumerate(header, start=2):
        ws.cell(row, 1, label).font = bold
        ws.cell(row, 3, value)
    ws["A5"] = t("how")
    if content.round > 1:
        ws["A6"] = t("how_next") + " " + t("iqr_note")
    for cell in ("A5", "A6"):
        ws[cell].alignment = Alignment(wrap_text=False)
    prev = content.round - 1
    heads = {"no": t("no"), "risk": t("risk"), "share": t("share"), "trend": t("trend"),
             "data_likelihood": t("data_likelihood"),
             "group_l": t("group_l", round=prev), "group_l_iqr": t("group_l_iqr"),
             "own_l": t("own_l", round=prev), "group_i": t("group_i", round=prev),
             "group_i_iqr": t("group_i_iqr"), "own_i": t("own_i", round=prev),
             "likelihood": t("likelihood"), "impact": t("impact"), "comment": t("comment")}
    header_row = FIRST_ROW - 1
    for j, key in enumerate(cols, start=1):
        text = heads.get(key) or t("share_year", year=key[1:])
        h = ws.cell(header_row, j, text)
        h.font = bold
        h.fill = HEAD
        h.alignment = Alignment(wrap_text=True, vertical="top")
    for i, r in enumerate(content.risks):
        row = FIRST_ROW + i
        values: dict[str, Any] = {
            "no": i + 1, "risk": r.name.get(lang), "share": _pct(r.share),
            "trend": None if r.trend is None else round(float(r.trend) * 100, 1),
            "data_likelihood": r.data_likelihood,
            "group_l": _num(r.group_likelihood), "group_l_iqr": _num(r.group_likelihood_iqr),
            "own_l": r.own_likelihood, "group_i": _num(r.group_impact),
            "group_i_iqr": _num(r.group_impact_iqr), "own_i": r.own_impact,
        }
        for y, s in r.share_by_year:
            values[f"y{y}"] = _pct(s)
        for j, key in enumerate(cols, start=1):
            c = ws.cell(row, j)
            c.value = values.get(key)
            if key.startswith("y") or key == "share":
                c.number_format = "0.0%"
            elif key in ("group_l", "group_i", "group_l_iqr", "group_i_iqr", "trend"):
                c.number_format = "0.0"
            if key == "risk":
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if key in ("likelihood", "impact", "comment"):
                c.fill = INPUT
                c.protection = Protection(locked=False)
                if key == "comment":
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    last = FIRST_ROW + len(content.risks) - 1
    dv = DataValidation(type="whole", operator="between", formula1="1", formula2="5",
                        allow_blank=True, showErrorMessage=True, errorTitle=t("invalid"),
                        error=t("invalid"))
    dv.add(f"{layout.letter('likelihood')}{FIRST_ROW}:{layout.letter('impact')}{last}")
    ws.add_data_validation(dv)
    widths = {"no": 5, "risk": 60, "comment": 40}
    for j, key in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(j)].width = widths.get(key, 13)
    ws.row_dimensions[header_row].height = 60
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.protection.sheet = True  # no password: it guards against slips, not against people
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    scale = wb.create_sheet(t("anchors_sheet"))
    row = 1
    for key, anchors in (("likelihood", content.likelihood_anchors),
                         ("impact", content.impact_anchors)):
        scale.cell(row, 1, term(key).get(lang).capitalize()).font = bold
        row += 1
        for point, name, meaning in anchors:
            scale.cell(row, 1, point)
            scale.cell(row, 2, name.get(lang))
            scale.cell(row, 3, meaning.get(lang)).alignment = Alignment(wrap_text=True)
            row += 1
        row += 1
    scale.column_dimensions["B"].width = 18
    scale.column_dimensions["C"].width = 90

    ident = wb.create_sheet(IDENTITY_SHEET)
    values = {"format": FORMAT, "version": VERSION, "token": content.token,
              "expert": content.expert_id, "round": content.round,
              "first_year": content.years[0], "last_year": content.years[-1],
              "risks_digest": content.risks_digest, "count": len(content.risks)}
    for n, key in enumerate(IDENTITY_ROWS, start=1):
        ident.cell(n, 1, key)
        ident.cell(n, 2, values[key])
    for i, r in enumerate(content.risks):
        ident.cell(RISK_IDS_FROM + i, 1, r.risk_id)
    ident.sheet_state = "veryHidden"
    ident.protection.sheet = True
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- reading back --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellValue:
    cell: str  # "kzth!B4" or "F9"
    value: Any


@dataclass(frozen=True, slots=True)
class BallotRow:
    """One row of the returned ballot sheet, raw."""

    number: CellValue
    name: CellValue
    likelihood: CellValue
    impact: CellValue
    comment: CellValue


HEADER_CELLS = {"expert": "C2", "period": "C3", "round": "C4"}  # as the expert sees them


@dataclass(frozen=True, slots=True)
class ReadBallot:
    identity: dict[str, CellValue]
    header: dict[str, CellValue]  # HEADER_CELLS of the ballot sheet
    risk_ids: tuple[CellValue, ...]
    rows: tuple[BallotRow, ...]  # FIRST_ROW on, as many as the identity's count
    extra: tuple[CellValue, ...]  # filled input cells below the last risk


class NotABallotError(ValueError):
    """The file is not an xlsx workbook with a ballot's identity sheet."""


def read_ballot(data: bytes) -> ReadBallot:
    """The returned ballot's raw values, each with its cell; NotABallotError if the file is
    not a workbook or has no identity sheet of this format."""
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, …
        raise NotABallotError(str(exc) or type(exc).__name__) from exc
    if IDENTITY_SHEET not in wb.sheetnames or not wb.worksheets:
        raise NotABallotError(f"no sheet {IDENTITY_SHEET!r}")
    ident = wb[IDENTITY_SHEET]
    identity = {}
    for n, key in enumerate(IDENTITY_ROWS, start=1):
        identity[key] = CellValue(f"{IDENTITY_SHEET}!B{n}", ident.cell(n, 2).value)
    if identity["format"].value != FORMAT:
        raise NotABallotError(f"{IDENTITY_SHEET}!B1 is not {FORMAT!r}")
    count = identity["count"].value
    if not isinstance(count, int) or count < 0 or count > 10_000:
        raise NotABallotError(f"{IDENTITY_SHEET}!B9: {count!r}")
    risk_ids = tuple(CellValue(f"{IDENTITY_SHEET}!A{RISK_IDS_FROM + i}",
                               ident.cell(RISK_IDS_FROM + i, 1).value) for i in range(count))
    first, last, rnd = (identity[k].value for k in ("first_year", "last_year", "round"))
    if not all(isinstance(v, int) for v in (first, last, rnd)) or not first <= last:
        years: tuple[int, ...] = ()
        rnd = rnd if isinstance(rnd, int) else 1
    else:
        years = tuple(range(first, last + 1))
    layout = Layout(years, max(1, rnd))
    sheet = wb.worksheets[0]
    rows = []

    def at(key: str, row: int) -> CellValue:
        ref = f"{layout.letter(key)}{row}"
        return CellValue(ref, sheet[ref].value)

    for i in range(count):
        row = FIRST_ROW + i
        rows.append(BallotRow(at("no", row), at("risk", row), at("likelihood", row),
                              at("impact", row), at("comment", row)))
    extra = []
    for row in range(FIRST_ROW + count, FIRST_ROW + count + 50):
        for key in ("likelihood", "impact"):
            v = at(key, row)
            if v.value not in (None, ""):
                extra.append(v)
    header = {k: CellValue(ref, sheet[ref].value) for k, ref in HEADER_CELLS.items()}
    return ReadBallot(identity, header, risk_ids, tuple(rows), tuple(extra))


__all__ = [
    "FIRST_ROW",
    "FORMAT",
    "IDENTITY_SHEET",
    "BallotContent",
    "BallotRisk",
    "BallotRow",
    "CellValue",
    "Layout",
    "NotABallotError",
    "ReadBallot",
    "ballot_xlsx",
    "read_ballot",
]
