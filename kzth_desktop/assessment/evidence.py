"""The analysis of rule 14: the nine headings, each with the evidence the questionnaire gives.

The headings' titles are the Rules' own words (``resources/assessment/headings.json``, copied
verbatim from rule 14 and rule 17). Which answers serve as evidence under which heading is the
table ``EVIDENCE`` below, one row per item; in short:

==  ==============================  ===========================================================
 #  heading (rule 14)               evidence from the annex
==  ==============================  ===========================================================
 1  source of risks                 b1.q1 items 1-8 (share of respondents reporting each risk);
                                    b2.q1 registered crimes; b1.q1 texts (other risks, details)
 2  nature of risks                 forms of exploitation of b3.q1 / b16.q1 victims; b2.q7
                                    laundering cases; b12.q1 online facts; b2.q13 texts
 3  likelihood per territory,       crimes (b2.q1) and identified victims (b3.q1) per 100,000
    incl. from abroad               population by region (population table); b2.q8 victims by
                                    citizenship; b11.q1 and b15.q1 (abroad, border); b2.q1 text
 4  consequences                    b2.q6 cases to court; b3.q1 assisted; b9.q1 treated; b10.q2
                                    abandoned newborns; compensation and confiscation (money);
                                    b9.q2 and b2.q6 texts
 5  vulnerable groups               victims by age, social status (b3.q1) and by sex, age
                                    (b2.q8); b7.q1 orphans; b10.q1 reports
 6  schemes and methods             b2.q2 channels; b16.q5 new forms, b2.q3 accompanying
                                    crimes, b16.q4 channels, b12.q3 networks (texts)
 7  recruitment and control,        b4.q2 minors in illegal labour, work types, place of
    incl. minors                    coercion; b6.q1 minors by exploitation; b12.q2, b13.q1,
                                    b14.q2 messages to the police; b4.q2 texts
 8  causes and conditions           b1.q2 factors (economic, social); b1.q2, b1.q10, b15.q2 texts
 9  prevention, incl. reducing      b1.q3 measures; publications and programmes (b1.q9, b14.q3,
    demand                          b11.q6, b8.q1); social orders (b12.q5, b14.q4) with amounts
                                    and directions; staff trained (b1.q8); b1.q3 texts
==  ==============================  ===========================================================

The table is the hand-made part: the charts, rates and breakdowns by dimension. **Every field
of the annex** feeds at least one heading, by the data in
``resources/assessment/evidence_map.json`` (:func:`field_items`): each question's headings,
a field's own where it differs; a field without an entry takes its question's, so a field a
later version of the annex adds to a question is analysed under its question's headings until
it is given its own. Whatever a heading's fields are that the table above does not show, the
analysis adds in annex order by their type: yes/no items as a table of how many said yes,
counts and amounts as a table by kind and year, victims tables by their form of exploitation
(else their first dimension), lists as the items named, free texts (and the descriptions given
with a "yes") as quoted answers grouped by question and region, reporting periods as how many
reports covered the whole reporting year.

Counts from different kinds of subject are never added together silently: a count table has
one row per kind (the sum over kinds is printed as a "sum of reports"), and the tables by
category and the rates use the one kind whose reports cover the most (named in the caption).
Counts of people and cases are marked ``protect``: the published report prints them through
``suppression.suppress``. Counts of activities (publications, meetings; the map's
``activities``) and amounts are not.

**A ministry and its own territorial units** (blocks 2, 4 and 11, the map's ``hierarchies``)
are not independent reports: the annex addresses the block to the ministry and names its
territorial units in brackets after it — its own bodies, whose cases the ministry's figure
already holds (block 4 asks the ministry for the inspections "по Республике Казахстан"). Their
sum would count every case twice, so their table prints the two side by side without a sum,
and the national figure the analysis uses (:func:`national_figure`, the workbook's evidence
sheet) is **the ministry's**, for each year it reported the field; for a year it did not, the
sum of its territorial units, and the table's note says which years are which. The ministry's
figure belongs to no region: the rates per region use the territorial units only.

Free-text answers that say nothing ("нет", "жоқ", a dash: ``NON_ANSWERS``) are left out.

Rates per 100,000: the period's count of the region divided by its person-years (the sum of
the population of each year; a year without a figure takes the region's nearest year), so a
rate is the average rate per year of the period.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any, Literal

from kzth_desktop.analysis.aggregate import Aggregation, TextAnswer
from kzth_desktop.annex.model import Annex, Field, FieldType, LocalizedText
from kzth_desktop.annex.values import UNKNOWN_CATEGORY
from kzth_desktop.paths import resource

PER = 100_000
# answers that say nothing ("no", a dash): not printed among the free-text answers
NON_ANSWERS = frozenset({"нет", "нет.", "жоқ", "жоқ.", "-", "—", "–", ".", "не имеется",
                         "отсутствует", "отсутствуют", "нет данных", "деректер жоқ"})
UNKNOWN_LABEL = LocalizedText(kk="Белгісіз", ru="Неизвестно")


# --- the Rules' headings -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    number: int
    title: LocalizedText  # the Rules' words, lower case as they stand in the list

    def display(self, lang: str) -> str:
        text = self.title.get(lang)
        return text[:1].upper() + text[1:]


@cache
def _headings_data() -> dict[str, object]:
    with resource("assessment", "headings.json").open(encoding="utf-8") as f:
        data: dict[str, object] = json.load(f)
    return data


def _list(key: str) -> tuple[Heading, ...]:
    items = _headings_data()[key]
    assert isinstance(items, list)
    return tuple(Heading(int(h["number"]), LocalizedText(kk=h["kk"], ru=h["ru"])) for h in items)


def analysis_headings() -> tuple[Heading, ...]:
    """Rule 14's nine headings of the analysis."""
    return _list("analysis")


def assessment_parts() -> tuple[Heading, ...]:
    """Rule 17's four parts of the assessment."""
    return _list("assessment")


def rules_title() -> LocalizedText:
    title = _headings_data()["title"]
    assert isinstance(title, dict)
    return LocalizedText(kk=title["kk"], ru=title["ru"])


# --- which fields feed which heading (resources/assessment/evidence_map.json) ------------------


@dataclass(frozen=True, slots=True)
class Hierarchy:
    """A ministry and its own territorial units answering the same blocks."""

    blocks: tuple[str, ...]
    ministry: str
    units: str


@cache
def _map_data() -> dict[str, Any]:
    with resource("assessment", "evidence_map.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def field_items(annex: Annex) -> dict[str, tuple[int, ...]]:
    """Every field of ``annex`` -> the headings of rule 14 it feeds (its own entry in the map,
    else its question's; a field of an unmapped question gets none)."""
    data = _map_data()
    questions, fields = data["questions"], data["fields"]
    out: dict[str, tuple[int, ...]] = {}
    for f in annex.fields():
        items = fields.get(f.id, questions.get(f.question_id, ()))
        out[f.id] = tuple(sorted({int(i) for i in items}))
    return out


def mapped_ids() -> tuple[set[str], set[str]]:
    """The question ids and field ids the map names (to check against the annex)."""
    data = _map_data()
    return set(data["questions"]), set(data["fields"]) | set(data["activities"])


def is_activity(fid: str) -> bool:
    """A count of activities or things, not of people or cases: not protected."""
    return fid in set(_map_data()["activities"])


def hierarchies() -> tuple[Hierarchy, ...]:
    return tuple(Hierarchy(tuple(h["blocks"]), h["ministry"], h["units"])
                 for h in _map_data()["hierarchies"])


def hierarchy_of(annex: Annex, fid: str) -> Hierarchy | None:
    """The ministry and units whose reports of ``fid`` cover the same cases, if any."""
    block = annex.field(fid).block_id
    return next((h for h in hierarchies() if block in h.blocks), None)


def national_figure(annex: Annex, by_kind: Mapping[str, int | float], fid: str
                    ) -> tuple[int | float, str]:
    """The national figure of one year of a count or amount and where it comes from: the
    ministry's (``hierarchy.ministry``) where a ministry and its units report the block and
    the ministry gave it, else the sum over the kinds that reported (``"*"``; for a hierarchy
    without the ministry's figure, its units')."""
    h = hierarchy_of(annex, fid)
    zero: int | float = 0.0 if annex.field(fid).type is FieldType.MONEY else 0
    if h is not None:
        if h.ministry in by_kind:
            return by_kind[h.ministry], h.ministry
        return sum((v for k, v in by_kind.items()), zero), h.units
    return sum(by_kind.values(), zero), "*"


# --- which evidence under which heading ----------------------------------------------------------

SpecKind = Literal["yes_no", "count", "rate", "category", "list", "text", "period"]


@dataclass(frozen=True, slots=True)
class Spec:
    """One row of the evidence table: what to show under a heading."""

    kind: SpecKind
    ids: tuple[str, ...]  # fields (yes_no: several; text: questions), else one field
    dimension: str = ""  # category: the victims table's dimension
    protect: bool = False  # counts of people or cases: suppressed in the published edition
    chart: bool = False


def _yn(*ids: str, chart: bool = True) -> Spec:
    return Spec("yes_no", ids, chart=chart)


def _count(fid: str, *, protect: bool = False, chart: bool = False) -> Spec:
    return Spec("count", (fid,), protect=protect, chart=chart)


def _victims_dimension(fld: Field) -> str:
    """The dimension a victims table is shown by when the table above names none."""
    ids = [d.id for d in fld.dimensions]
    return "exploitation" if "exploitation" in ids else ids[0]


def _cat(fid: str, dim: str) -> Spec:
    return Spec("category", (fid,), dimension=dim, protect=True)


def _text(*qids: str) -> Spec:
    return Spec("text", qids)


def _b1(q: int, n: int) -> tuple[str, ...]:
    return tuple(f"b1.q{q}.{i}" for i in range(1, n + 1))


EVIDENCE: Mapping[int, tuple[Spec, ...]] = {
    1: (_yn(*_b1(1, 8)), _count("b2.q1.crimes", protect=True, chart=True), _text("b1.q1")),
    2: (_cat("b3.q1.victims", "exploitation"), _cat("b16.q1.victims", "exploitation"),
        _count("b2.q7.cases", protect=True), _count("b12.q1.newborns"),
        _count("b12.q1.organs"), _count("b12.q1.prostitution"), _text("b2.q13")),
    3: (Spec("rate", ("b2.q1.crimes",), protect=True, chart=True),
        Spec("rate", ("b3.q1.identified",), protect=True, chart=True),
        _cat("b2.q8.victims", "citizenship"), _count("b11.q1.applied", protect=True),
        _count("b11.q1.returned", protect=True), _count("b15.q1.applied", protect=True),
        _text("b2.q1")),
    4: (_count("b2.q6.to_court", protect=True),
        _count("b2.q6.convicted", protect=True), _count("b3.q1.assisted", protect=True, chart=True),
        _count("b9.q1.treated", protect=True), _count("b10.q2.abandoned", protect=True),
        _count("b2.q12.amount"), _count("b2.q7.confiscated"), _text("b9.q2", "b2.q6")),
    5: (_cat("b3.q1.victims", "age_band"), _cat("b3.q1.victims", "social_status"),
        _cat("b2.q8.victims", "sex"), _cat("b2.q8.victims", "age_band"),
        _cat("b6.q1.victims", "age_band"),
        _count("b7.q1.children", protect=True), _count("b10.q1.reports", protect=True)),
    6: (_count("b2.q2.1", chart=True), _text("b16.q5", "b2.q3", "b16.q4", "b12.q3")),
    7: (_count("b4.q2.minors", protect=True, chart=True), Spec("list", ("b4.q2.work_types",)),
        _cat("b4.q2.minors_table", "coercion_place"), _cat("b6.q1.victims", "exploitation"),
        _count("b12.q2.1"), _count("b13.q1.1"), _count("b14.q2.referred_police"),
        _text("b4.q2")),
    8: (_yn("b1.q2.1", "b1.q2.2"), _text("b1.q2", "b1.q10", "b15.q2")),
    9: (_yn(*_b1(3, 8)), _count("b1.q9.publications", chart=True), _count("b1.q9.programmes"),
        _count("b14.q3.publications"), _count("b14.q3.programmes"), _count("b11.q6.1"),
        _count("b8.q1.programmes"), _count("b12.q5.orders"), _count("b14.q4.orders"),
        _count("b12.q5.amount"), _count("b14.q4.amount"), Spec("list", ("b12.q5.directions",)),
        Spec("list", ("b14.q4.directions",)), _count("b1.q8.trained"), _text("b1.q3")),
}


# --- evidence ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YesNoItem:
    field_id: str
    label: LocalizedText
    by_year: tuple[tuple[int, int, int], ...]  # (year, yes, yes + no)
    yes: int
    answered: int
    no_data: int

    @property
    def share(self) -> Fraction | None:
        return Fraction(self.yes, self.answered) if self.answered else None


@dataclass(frozen=True, slots=True)
class YesNoEvidence:
    """How many respondents reported each item, per year and over the period."""

    items: tuple[YesNoItem, ...]
    years: tuple[int, ...]
    chart: bool = False


@dataclass(frozen=True, slots=True)
class CountEvidence:
    """A count or amount by kind of subject (rows) and year (columns)."""

    field_id: str
    label: LocalizedText
    money: bool
    protect: bool
    years: tuple[int, ...]
    rows: tuple[tuple[str, LocalizedText], ...]  # kind key, its name
    cells: tuple[tuple[int | float, ...], ...]  # rows x years (0 where a kind gave none)
    reports: int
    no_data: int
    chart: bool = False
    # a ministry and its territorial units (blocks 2, 4, 11): no sum of the rows is printed
    hierarchy: Hierarchy | None = None
    national: tuple[int | float, ...] = ()  # per year: the figure the analysis uses
    national_from: tuple[str, ...] = ()  # per year: the kind it comes from ("*": the sum)

    @property
    def has_data(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True, slots=True)
class PeriodEvidence:
    """The reporting periods given with a question's figures: per year, how many reports gave
    one and how many of those cover the whole reporting year (a part-year figure is not
    comparable with the others or with other years)."""

    field_id: str
    label: LocalizedText
    question: LocalizedText
    by_year: tuple[tuple[int, int, int], ...]  # (year, periods given, whole year)

    @property
    def has_data(self) -> bool:
        return any(n for _, n, _ in self.by_year)


@dataclass(frozen=True, slots=True)
class CategoryEvidence:
    """Victims of one table of one kind by the categories of one dimension and by year."""

    field_id: str
    label: LocalizedText
    dimension: str
    dimension_label: LocalizedText
    kind: str
    kind_name: LocalizedText
    years: tuple[int, ...]
    rows: tuple[tuple[str, LocalizedText], ...]  # category id, label (annex order, unknown last)
    cells: tuple[tuple[int, ...], ...]

    @property
    def has_data(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True, slots=True)
class RateRow:
    region: str
    name: LocalizedText
    count: int
    person_years: int | None  # None: no population figure for the region
    rate: Fraction | None  # per 100,000 per year


@dataclass(frozen=True, slots=True)
class RateEvidence:
    """A count per 100,000 population by region (the reports of one kind), ranked."""

    field_id: str
    label: LocalizedText
    kind: str
    kind_name: LocalizedText
    years: tuple[int, ...]
    rows: tuple[RateRow, ...]  # highest rate first; regions without population last
    chart: bool = True

    @property
    def has_data(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True, slots=True)
class ListEvidence:
    """The items of a list field and how many submissions named each over the period."""

    field_id: str
    label: LocalizedText
    items: tuple[tuple[str, int], ...]
    reports: int


@dataclass(frozen=True, slots=True)
class TextItem:
    text: str
    years: tuple[int, ...]
    organisations: tuple[LocalizedText, ...]


@dataclass(frozen=True, slots=True)
class RegionTexts:
    region: str
    name: LocalizedText
    items: tuple[TextItem, ...]


@dataclass(frozen=True, slots=True)
class TextEvidence:
    """The free-text answers to one question, by region; the same text once, with its years
    and who wrote it, those written by most organisations first."""

    question_id: str
    label: LocalizedText
    regions: tuple[RegionTexts, ...]
    field_ids: tuple[str, ...] = ()  # the fields whose answers these are

    @property
    def count(self) -> int:
        return sum(len(r.items) for r in self.regions)


Evidence = (YesNoEvidence | CountEvidence | CategoryEvidence | RateEvidence | ListEvidence
            | TextEvidence | PeriodEvidence)


def evidence_fields(ev: Evidence) -> tuple[str, ...]:
    """The fields an evidence object shows."""
    if isinstance(ev, YesNoEvidence):
        return tuple(i.field_id for i in ev.items)
    if isinstance(ev, TextEvidence):
        return ev.field_ids
    return (ev.field_id,)


@dataclass(frozen=True, slots=True)
class HeadingAnalysis:
    heading: Heading
    evidence: tuple[Evidence, ...]

    def field_ids(self) -> set[str]:
        return {f for ev in self.evidence for f in evidence_fields(ev)}


@dataclass(frozen=True, slots=True)
class Analysis:
    """The nine headings of rule 14 with their evidence over the period."""

    years: tuple[int, ...]
    headings: tuple[HeadingAnalysis, ...]
    submissions: tuple[tuple[str, LocalizedText, tuple[int, ...]], ...]  # kind, name, per year

    def heading(self, number: int) -> HeadingAnalysis:
        return self.headings[number - 1]


# --- building ------------------------------------------------------------------------------------


def kind_name(annex: Annex, key: str) -> LocalizedText:
    """The name of a kind, or of several joined with "+" (" + " between the names)."""
    names = []
    for k in key.split("+"):
        try:
            names.append(annex.kind(k).name)
        except KeyError:
            names.append(LocalizedText(k, k))
    return LocalizedText(kk=" + ".join(n.kk for n in names), ru=" + ".join(n.ru for n in names))


def _label(annex: Annex, fid: str) -> LocalizedText:
    f = annex.field(fid)
    return LocalizedText(kk=f.text.kk.strip().rstrip(":;"), ru=f.text.ru.strip().rstrip(":;"))


def _kind_order(annex: Annex) -> dict[str, int]:
    return {k.id: i for i, k in enumerate(annex.kinds)}


def _yes_no(annex: Annex, agg: Aggregation, years: tuple[int, ...], spec: Spec
            ) -> YesNoEvidence:
    items = []
    for fid in spec.ids:
        per_year = []
        yes = answered = no_data = 0
        for y in years:
            a = agg.years[y].yes_no.get(fid) if y in agg.years else None
            c = a.counts if a is not None else None
            y_yes, y_ans = (c.yes, c.answered) if c else (0, 0)
            per_year.append((y, y_yes, y_ans))
            yes, answered = yes + y_yes, answered + y_ans
            no_data += c.no_data if c else 0
        items.append(YesNoItem(fid, _label(annex, fid), tuple(per_year), yes, answered, no_data))
    return YesNoEvidence(tuple(items), years, spec.chart)


def _count_evidence(annex: Annex, agg: Aggregation, years: tuple[int, ...], spec: Spec
                    ) -> CountEvidence:
    fid = spec.ids[0]
    money = annex.field(fid).type is FieldType.MONEY
    by_kind: dict[str, dict[int, int | float]] = {}
    reports = no_data = 0
    for y in years:
        a = agg.years[y].numeric.get(fid) if y in agg.years else None
        if a is None:
            continue
        reports += a.reports
        no_data += a.no_data
        for k, v in a.by_kind.items():
            by_kind.setdefault(k, {})[y] = v
    order = _kind_order(annex)
    kinds = sorted(by_kind, key=lambda k: (order.get(k.split("+")[0], 999), k))
    zero: int | float = 0.0 if money else 0
    cells = tuple(tuple(by_kind[k].get(y, zero) for y in years) for k in kinds)
    national = []
    for j, _ in enumerate(years):
        year_kinds = {k: cells[i][j] for i, k in enumerate(kinds)
                      if years[j] in by_kind[k]}
        national.append(national_figure(annex, year_kinds, fid))
    return CountEvidence(fid, _label(annex, fid), money, spec.protect and not money, years,
                         tuple((k, kind_name(annex, k)) for k in kinds), cells, reports,
                         no_data, spec.chart, hierarchy_of(annex, fid),
                         tuple(v for v, _ in national), tuple(k for _, k in national))


def _leading_kind(totals: Mapping[str, tuple[int, int | float]]) -> str | None:
    """The kind whose reports cover most (most regions or reports, then the larger total)."""
    if not totals:
        return None
    return sorted(totals, key=lambda k: (-totals[k][0], -totals[k][1], k))[0]


def _category(annex: Annex, agg: Aggregation, years: tuple[int, ...], spec: Spec
              ) -> CategoryEvidence:
    fid, dim_id = spec.ids[0], spec.dimension
    fld = annex.field(fid)
    dim = fld.dimension(dim_id)
    if dim is None:
        raise ValueError(f"{fid} has no dimension {dim_id!r}")
    totals: dict[str, tuple[int, int]] = {}
    per_year: dict[int, dict[str, dict[str, int]]] = {}
    for y in years:
        v = agg.years[y].victims.get(fid) if y in agg.years else None
        if v is None:
            continue
        for k in v.kinds():
            marg = v.marginals(k).get(dim_id, {})
            per_year.setdefault(y, {})[k] = marg
            held = totals.get(k, (0, 0))
            orgs = len({g.org_key for g in v.groups if g.kind == k})
            totals[k] = (held[0] + orgs, held[1] + sum(marg.values()))
    kind = _leading_kind(totals)
    rows: list[tuple[str, LocalizedText]] = []
    cells: list[tuple[int, ...]] = []
    if kind is not None:
        present = {c for y in years for c, n in per_year.get(y, {}).get(kind, {}).items() if n}
        order = {c: i for i, c in enumerate(dim.categories.ids())}
        for c in sorted(present, key=lambda c: (c == UNKNOWN_CATEGORY, order.get(c, 999), c)):
            cat = dim.categories.get(c)
            label = cat.label if cat else (UNKNOWN_LABEL if c == UNKNOWN_CATEGORY
                                           else LocalizedText(c, c))
            rows.append((c, label))
            cells.append(tuple(per_year.get(y, {}).get(kind, {}).get(c, 0) for y in years))
    return CategoryEvidence(
        fid, _label(annex, fid), dim_id, dim.label, kind or "",
        kind_name(annex, kind) if kind else LocalizedText("", ""), years, tuple(rows),
        tuple(cells))


def person_years(population: Mapping[tuple[str, int], int], region: str,
                 years: Sequence[int]) -> int | None:
    """The sum of the region's population over ``years`` (nearest known year for a gap)."""
    known = sorted(y for r, y in population if r == region)
    if not known:
        return None
    total = 0
    for y in years:
        nearest = min(known, key=lambda k: (abs(k - y), k))
        total += population[(region, nearest)]
    return total


def _rate(annex: Annex, agg: Aggregation, years: tuple[int, ...], spec: Spec,
          population: Mapping[tuple[str, int], int]) -> RateEvidence:
    fid = spec.ids[0]
    counts: dict[str, dict[str, int]] = {}  # kind -> region -> count
    for y in years:
        a = agg.years[y].numeric.get(fid) if y in agg.years else None
        if a is None:
            continue
        for (region, k), v in a.by_region_kind.items():
            per = counts.setdefault(k, {})
            per[region] = per.get(region, 0) + int(v)
    h = hierarchy_of(annex, fid)
    if h is not None:  # a ministry's figure is national, not its seat's region's
        counts = {k: v for k, v in counts.items() if h.ministry not in k.split("+")}
    kind = _leading_kind({k: (len(v), sum(v.values())) for k, v in counts.items()})
    rows = []
    regions = {r.code: r for r in annex.regions}
    for region, n in (counts.get(kind, {}) if kind else {}).items():
        if region not in regions:
            continue
        py = person_years(population, region, years)
        rate = Fraction(n * PER, py) if py else None
        rows.append(RateRow(region, regions[region].name, n, py, rate))
    position = {r.code: i for i, r in enumerate(annex.regions)}
    rows.sort(key=lambda r: (r.rate is None, -(r.rate or 0), position[r.region]))
    return RateEvidence(fid, _label(annex, fid), kind or "",
                        kind_name(annex, kind) if kind else LocalizedText("", ""), years,
                        tuple(rows), spec.chart)


def _list_evidence(annex: Annex, agg: Aggregation, years: tuple[int, ...], spec: Spec
                   ) -> ListEvidence:
    fid = spec.ids[0]
    shown: dict[str, str] = {}
    counts: dict[str, int] = {}
    reports = 0
    for y in years:
        a = agg.years[y].lists.get(fid) if y in agg.years else None
        if a is None:
            continue
        reports += a.reports
        for text, n in a.items.items():
            key = " ".join(text.split()).casefold()
            shown.setdefault(key, text)
            counts[key] = counts.get(key, 0) + n
    ordered = sorted(((shown[k], n) for k, n in counts.items()),
                     key=lambda item: (-item[1], item[0].casefold()))
    return ListEvidence(fid, _label(annex, fid), tuple(ordered), reports)


def _question_label(annex: Annex, qid: str) -> LocalizedText:
    q = annex.question(qid)
    if q.text is not None and q.text.ru.strip():
        return LocalizedText(kk=q.text.kk.strip(), ru=q.text.ru.strip())
    return _label(annex, q.fields[0].id)


def _texts(annex: Annex, answers: Iterable[tuple[TextAnswer, int]], qid: str,
           fields: Sequence[str]) -> TextEvidence:
    wanted = set(fields)
    by_region: dict[str, dict[str, tuple[str, set[int], dict[str, LocalizedText]]]] = {}
    for t, year in answers:
        key = " ".join(t.text.split()).casefold()
        if t.question_id != qid or t.field_id not in wanted or not key or key in NON_ANSWERS:
            continue
        held = by_region.setdefault(t.region, {}).setdefault(key, (t.text.strip(), set(), {}))
        held[1].add(year)
        held[2].setdefault(t.org_key, LocalizedText(kk=t.name_kk, ru=t.name_ru))
    regions = []
    names = {r.code: r.name for r in annex.regions}
    position = {r.code: i for i, r in enumerate(annex.regions)}
    for region in sorted(by_region, key=lambda r: (position.get(r, 999), r)):
        items = tuple(sorted(
            (TextItem(text, tuple(sorted(ys)), tuple(orgs.values()))
             for text, ys, orgs in by_region[region].values()),
            key=lambda i: (-len(i.organisations), -len(i.years))))
        regions.append(RegionTexts(region, names.get(region, LocalizedText(region, region)),
                                   items))
    return TextEvidence(qid, _question_label(annex, qid), tuple(regions), tuple(fields))


def _whole_year(value: object, year: int) -> bool | None:
    """Whether a period answer covers the whole reporting year (None: no period given)."""
    if not isinstance(value, Mapping):
        return None
    start, end = value.get("from"), value.get("to")
    if not isinstance(start, str) or not isinstance(end, str):
        return None
    return start <= f"{year}-01-01" and end >= f"{year}-12-31"


def _periods(annex: Annex, records: Sequence[object], years: tuple[int, ...], fid: str
             ) -> PeriodEvidence:
    counts = {y: [0, 0] for y in years}
    for rec in records:
        year = getattr(rec, "year", None)
        answers = getattr(rec, "answers", {})
        if year not in counts or not isinstance(answers, Mapping):
            continue
        whole = _whole_year(answers.get(fid), year)
        if whole is None:
            continue
        counts[year][0] += 1
        counts[year][1] += int(whole)
    qid = annex.field(fid).question_id
    return PeriodEvidence(fid, _label(annex, fid), _question_label(annex, qid),
                          tuple((y, *counts[y]) for y in years))  # type: ignore[misc]


_TEXT_BEARING = (FieldType.TEXT, FieldType.YES_NO)


def _text_fields(annex: Annex, qid: str, heading: int,
                 items: Mapping[str, tuple[int, ...]]) -> list[str]:
    """The fields of a question whose free texts (a text, the description given with a
    "yes") are evidence under ``heading``."""
    return [f.id for f in annex.question(qid).fields
            if f.type in _TEXT_BEARING and heading in items.get(f.id, ())]


def heading_specs(annex: Annex, heading: int,
                  items: Mapping[str, tuple[int, ...]] | None = None) -> tuple[Spec, ...]:
    """The evidence of a heading: the table's, then every other field the map gives the
    heading, in annex order, shown by its type (see the module's text)."""
    items = items if items is not None else field_items(annex)
    specs = list(EVIDENCE.get(heading, ()))
    covered: set[str] = set()
    texts_of: set[str] = set()  # questions whose texts the table shows
    for sp in specs:
        if sp.kind == "text":
            texts_of.update(sp.ids)
        else:
            covered.update(sp.ids)
    pending_yes_no: list[str] = []
    text_questions: list[str] = []

    def flush() -> None:
        if pending_yes_no:
            specs.append(Spec("yes_no", tuple(pending_yes_no)))
            pending_yes_no.clear()

    for f in annex.fields():
        if heading not in items.get(f.id, ()):
            continue
        if (f.type in _TEXT_BEARING and f.question_id not in texts_of
                and f.question_id not in text_questions):
            text_questions.append(f.question_id)
        if f.id in covered or f.type is FieldType.TEXT:
            continue
        if f.type is FieldType.YES_NO:
            if pending_yes_no and annex.field(pending_yes_no[0]).question_id != f.question_id:
                flush()
            pending_yes_no.append(f.id)
            continue
        flush()
        if f.type in (FieldType.COUNT, FieldType.MONEY):
            specs.append(Spec("count", (f.id,), protect=not is_activity(f.id)))
        elif f.type is FieldType.VICTIMS:
            specs.append(Spec("category", (f.id,), dimension=_victims_dimension(f),
                              protect=True))
        elif f.type is FieldType.LIST:
            specs.append(Spec("list", (f.id,)))
        elif f.type is FieldType.PERIOD:
            specs.append(Spec("period", (f.id,)))
    flush()
    if text_questions:
        specs.append(Spec("text", tuple(text_questions)))
    return tuple(specs)


def submissions_by_kind(annex: Annex, records: Iterable[object], years: Sequence[int]
                        ) -> tuple[tuple[str, LocalizedText, tuple[int, ...]], ...]:
    """How many submissions each kind (kinds joined with "+") sent in each year."""
    period = tuple(sorted(set(years)))
    counts: dict[str, dict[int, int]] = {}
    for rec in records:
        year = getattr(rec, "year", None)
        if year not in period:
            continue
        key = "+".join(getattr(rec, "kinds", ()))
        per = counts.setdefault(key, {})
        per[year] = per.get(year, 0) + 1
    order = _kind_order(annex)
    return tuple((k, kind_name(annex, k), tuple(counts[k].get(y, 0) for y in period))
                 for k in sorted(counts, key=lambda k: (order.get(k.split("+")[0], 999), k)))


def analyse(annex: Annex, aggregation: Aggregation, years: Sequence[int],
            population: Mapping[tuple[str, int], int] | None = None,
            records: Iterable[object] = ()) -> Analysis:
    """The nine headings with their evidence from the period's aggregates.

    ``population``: (region, year) -> inhabitants, for the rates; ``records``: the period's
    submissions, counted by kind and year for the description of the sources.
    """
    period = tuple(sorted(set(years)))
    pop = population or {}
    answers = [(t, y) for y in period if y in aggregation.years
               for t in aggregation.years[y].texts]
    items = field_items(annex)
    recs = list(records)
    headings = []
    for h in analysis_headings():
        evidence: list[Evidence] = []
        for spec in heading_specs(annex, h.number, items):
            if spec.kind == "yes_no":
                evidence.append(_yes_no(annex, aggregation, period, spec))
            elif spec.kind == "count":
                evidence.append(_count_evidence(annex, aggregation, period, spec))
            elif spec.kind == "category":
                evidence.append(_category(annex, aggregation, period, spec))
            elif spec.kind == "rate":
                evidence.append(_rate(annex, aggregation, period, spec, pop))
            elif spec.kind == "list":
                evidence.append(_list_evidence(annex, aggregation, period, spec))
            elif spec.kind == "period":
                evidence.append(_periods(annex, recs, period, spec.ids[0]))
            else:
                evidence.extend(
                    _texts(annex, answers, qid, _text_fields(annex, qid, h.number, items))
                    for qid in spec.ids)
        headings.append(HeadingAnalysis(h, tuple(evidence)))
    return Analysis(period, tuple(headings), submissions_by_kind(annex, recs, period))


__all__ = [
    "EVIDENCE",
    "Analysis",
    "Hierarchy",
    "PeriodEvidence",
    "CategoryEvidence",
    "CountEvidence",
    "Evidence",
    "Heading",
    "HeadingAnalysis",
    "ListEvidence",
    "RateEvidence",
    "RateRow",
    "RegionTexts",
    "Spec",
    "TextEvidence",
    "TextItem",
    "YesNoEvidence",
    "YesNoItem",
    "analyse",
    "analysis_headings",
    "evidence_fields",
    "field_items",
    "heading_specs",
    "hierarchies",
    "hierarchy_of",
    "is_activity",
    "mapped_ids",
    "national_figure",
    "assessment_parts",
    "kind_name",
    "person_years",
    "rules_title",
    "submissions_by_kind",
]
