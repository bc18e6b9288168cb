"""Risk profiles of potential victims for each subject by competence (rules 2.5, 17.4).

A profile is "the risk area, the risk indicators and the measures to minimise the risk". For
each kind of subject whose blocks hold a victims table, the indicators are read from its own
tables only:

- one *section* per victims table the kind answers (e.g. the labour ministry: block 3's victims
  and block 4's minors), with its sources: the field, the submissions and organisations it
  comes from, the years, and how many said "no data";
- per dimension, the counts per category and the *dominant* groups: categories holding at least
  ``DOMINANT_SHARE`` (a quarter) of the victims the table counts, at most ``TOP`` (3) of them,
  largest first. "Unknown" is counted and shown but is never a dominant group: it describes the
  records, not the victims. A quarter keeps the list to what stands out: a category that
  dominates a dimension of 3-10 categories, at most 4 can reach it and the top 3 are kept;
- cross-tabulations sex x age band, sex x form of exploitation, citizenship x form of
  exploitation, where the table has both dimensions (ready for ``suppression.suppress``);
- the risk area and the measures are the expert group's text, given per kind;
- beside the victims tables, what the kind reports about potential victims in its own blocks
  (block 1 too for a kind that answers block 1 only, "other subjects"): each count by year
  (:class:`CountIndicator`, protected like the analysis' counts unless it counts activities)
  and its free texts and lists (:class:`TextIndicator`: how many answers, the most frequent
  quoted). So **every** kind of the annex has a profile, those without a victims table
  (child-protection organisations, the ministries of culture and information and of tourism
  and sport, other subjects) built from their counts and texts alone.

Counts are never added across kinds (the police and an NGO may report the same victim), nor
across the tables of one kind (block 2's later-stage tables count the same victims again). The
years of the period are added within one table of one kind: each year reports the victims of
that year. An organisation registered with several kinds that answer a block reports under
those kinds joined with "+", as its own profile. Tables with one dimension only (block 2
questions 9-12: victims by citizenship referred for services, compensated, ...) count the same
victims at later stages of a case; they are statistics of the response, not profiles, and
are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kzth_desktop.annex.model import Annex, Dimension, Field, FieldType, LocalizedText
from kzth_desktop.annex.values import UNKNOWN_CATEGORY, is_no_data, numeric_value
from kzth_desktop.assessment.evidence import NON_ANSWERS, is_activity
from kzth_desktop.assessment.records import Record, kind_key, newest, respondent_key

DOMINANT_SHARE = Fraction(1, 4)
TOP = 3
CROSS_TABS: tuple[tuple[str, str], ...] = (
    ("sex", "age_band"),
    ("sex", "exploitation"),
    ("citizenship", "exploitation"),
)
UNKNOWN_LABEL = LocalizedText(kk="Белгісіз", ru="Неизвестно")


@dataclass(frozen=True, slots=True)
class ProfileText:
    """The expert group's words for one kind's profile."""

    risk_area: LocalizedText
    measures: LocalizedText


@dataclass(frozen=True, slots=True)
class CategoryCount:
    category: str
    label: LocalizedText
    count: int
    share: Fraction  # of the table's total


@dataclass(frozen=True, slots=True)
class DimensionSummary:
    dimension: str
    label: LocalizedText
    counts: tuple[CategoryCount, ...]  # categories that occur, annex order, unknown last
    dominant: tuple[CategoryCount, ...]  # share >= DOMINANT_SHARE, top TOP, largest first
    unknown: int


@dataclass(frozen=True, slots=True)
class CrossTab:
    """Counts of ``rows`` x ``columns`` (categories that occur); ``cells`` feeds suppress()."""

    rows: str
    columns: str
    row_categories: tuple[CategoryCount, ...]
    column_categories: tuple[CategoryCount, ...]
    cells: tuple[tuple[int, ...], ...]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a section's figures come from."""

    field_id: str
    field_text: LocalizedText
    years: tuple[int, ...]  # the years with at least one answer (table or "no data")
    submissions: int  # submissions that answered the table (rows or no rows)
    organisations: int
    no_data: int  # submissions that said "no data"


@dataclass(frozen=True, slots=True)
class ProfileSection:
    """One victims table of one kind, over the period."""

    source: Source
    total: int
    by_year: tuple[tuple[int, int], ...]
    dimensions: tuple[DimensionSummary, ...]
    cross_tabs: tuple[CrossTab, ...]

    def dimension(self, dim_id: str) -> DimensionSummary | None:
        return next((d for d in self.dimensions if d.dimension == dim_id), None)

    def cross_tab(self, rows: str, columns: str) -> CrossTab | None:
        return next((c for c in self.cross_tabs if (c.rows, c.columns) == (rows, columns)),
                    None)


@dataclass(frozen=True, slots=True)
class CountIndicator:
    """A count (or amount) the kind reported, by year of the period."""

    field_id: str
    label: LocalizedText
    money: bool
    protect: bool  # a count of people or cases: suppressed in the published edition
    by_year: tuple[tuple[int, int | float], ...]
    reports: int  # submissions that gave a number

    @property
    def reported(self) -> bool:
        return self.reports > 0


@dataclass(frozen=True, slots=True)
class TextIndicator:
    """A free-text or list field the kind answered: how many answers, the most frequent."""

    field_id: str
    label: LocalizedText
    answers: int
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RiskProfile:
    """The risk profile of potential victims for one kind of subject."""

    kind: str  # an annex kind id, or several joined with "+"
    kind_names: tuple[LocalizedText, ...]
    years: tuple[int, ...]  # the assessment period
    sections: tuple[ProfileSection, ...]
    risk_area: LocalizedText | None  # the expert group's text
    measures: LocalizedText | None  # the expert group's text
    counts: tuple[CountIndicator, ...] = ()
    texts: tuple[TextIndicator, ...] = ()

    @property
    def sources(self) -> tuple[Source, ...]:
        return tuple(s.source for s in self.sections)

    @property
    def has_data(self) -> bool:
        return (any(s.source.submissions for s in self.sections)
                or any(c.reported for c in self.counts) or any(t.answers for t in self.texts))

    @property
    def has_victims_table(self) -> bool:
        return bool(self.sections)

    def risk_area_indicators(self) -> tuple[tuple[str, tuple[CategoryCount, ...]], ...]:
        """Per section (field id), the dominant forms of exploitation: the risk area the data
        points at, beside the experts' text."""
        out = []
        for s in self.sections:
            d = s.dimension("exploitation")
            if d is not None:
                out.append((s.source.field_id, d.dominant))
        return tuple(out)


def profile_fields(annex: Annex) -> tuple[Field, ...]:
    """The victims tables a profile is built from: those with two dimensions or more."""
    return tuple(f for f in annex.fields()
                 if f.type is FieldType.VICTIMS and len(f.dimensions) >= 2)


def _label(dim: Dimension, category: str) -> LocalizedText:
    cat = dim.categories.get(category)
    if cat is not None:
        return cat.label
    return UNKNOWN_LABEL if category == UNKNOWN_CATEGORY else LocalizedText(category, category)


def _ordered(dim: Dimension, counts: Mapping[str, int], total: int) -> tuple[CategoryCount, ...]:
    order = {c: i for i, c in enumerate(dim.categories.ids())}
    cats = sorted(counts, key=lambda c: (c == UNKNOWN_CATEGORY, order.get(c, len(order)), c))
    return tuple(CategoryCount(c, _label(dim, c), counts[c],
                               Fraction(counts[c], total) if total else Fraction(0))
                 for c in cats)


Row = tuple[Mapping[str, object], int]  # a victims row and its count


@dataclass
class _Acc:
    rows: list[Row]
    by_year: dict[int, int]
    years: set[int]
    orgs: set[object]
    submissions: int = 0
    no_data: int = 0


def _rows(value: object) -> list[Row] | None:
    """The rows of a victims answer with a count >= 1; None if it is no table at all."""
    if not isinstance(value, Mapping) or not isinstance(value.get("rows"), list):
        return None
    out: list[Row] = []
    for r in value["rows"]:
        if isinstance(r, Mapping):
            n = r.get("count")
            if isinstance(n, int) and not isinstance(n, bool) and n > 0:
                out.append((r, n))
    return out


def _section(fld: Field, acc: _Acc, years: tuple[int, ...]) -> ProfileSection:
    total = sum(n for _, n in acc.rows)
    dims = []
    for dim in fld.dimensions:
        counts: dict[str, int] = {}
        for r, n in acc.rows:
            cat = str(r.get(dim.id, UNKNOWN_CATEGORY))
            counts[cat] = counts.get(cat, 0) + n
        ordered = _ordered(dim, counts, total)
        dominant = sorted((c for c in ordered if c.category != UNKNOWN_CATEGORY
                           and total and c.share >= DOMINANT_SHARE),
                          key=lambda c: -c.count)[:TOP]
        dims.append(DimensionSummary(dim.id, dim.label, ordered, tuple(dominant),
                                     counts.get(UNKNOWN_CATEGORY, 0)))
    tabs = []
    for row_dim, col_dim in CROSS_TABS:
        rd, cd = fld.dimension(row_dim), fld.dimension(col_dim)
        if rd is None or cd is None:
            continue
        pairs: dict[tuple[str, str], int] = {}
        for r, n in acc.rows:
            key = (str(r.get(row_dim, UNKNOWN_CATEGORY)), str(r.get(col_dim, UNKNOWN_CATEGORY)))
            pairs[key] = pairs.get(key, 0) + n
        row_counts: dict[str, int] = {}
        col_counts: dict[str, int] = {}
        for (a, b), n in pairs.items():
            row_counts[a] = row_counts.get(a, 0) + n
            col_counts[b] = col_counts.get(b, 0) + n
        rcats, ccats = _ordered(rd, row_counts, total), _ordered(cd, col_counts, total)
        cells = tuple(tuple(pairs.get((a.category, b.category), 0) for b in ccats)
                      for a in rcats)
        tabs.append(CrossTab(row_dim, col_dim, rcats, ccats, cells))
    source = Source(fld.id, fld.text, tuple(sorted(acc.years)), acc.submissions,
                    len(acc.orgs), acc.no_data)
    by_year = tuple((y, acc.by_year.get(y, 0)) for y in years)
    return ProfileSection(source, total, by_year, tuple(dims), tuple(tabs))


MAX_QUOTES = 3


def indicator_blocks(annex: Annex, kind: str) -> tuple[str, ...]:
    """The blocks a kind's counts and texts are read from: its own, block 1 (every
    respondent's general questions) only for a kind that answers nothing else."""
    blocks = tuple(b for b in annex.kind(kind).blocks if b != "b1")
    return blocks or tuple(annex.kind(kind).blocks)


@dataclass
class _Facts:
    by_year: dict[int, int | float]
    reports: int = 0


def _indicators(annex: Annex, records: Sequence[Record], period: tuple[int, ...]
                ) -> tuple[dict[tuple[str, str], _Facts], dict[tuple[str, str], dict[str, int]]]:
    """(kind key, field) -> its numbers by year; (kind key, field) -> texts and how often."""
    numbers: dict[tuple[str, str], _Facts] = {}
    texts: dict[tuple[str, str], dict[str, int]] = {}
    shown: dict[str, str] = {}
    for rec in records:
        for fld in annex.fields():
            if fld.type not in (FieldType.COUNT, FieldType.MONEY, FieldType.TEXT,
                                FieldType.LIST):
                continue
            key = kind_key(annex, rec, fld.block_id)
            if not key:
                continue
            value = rec.answers.get(fld.id)
            if value is None:
                continue
            if fld.type in (FieldType.COUNT, FieldType.MONEY):
                n = numeric_value(fld, value)
                if n is None:
                    continue
                acc = numbers.setdefault((key, fld.id), _Facts({}))
                acc.reports += 1
                acc.by_year[rec.year] = acc.by_year.get(rec.year, 0) + n
                continue
            items = [value] if isinstance(value, str) else (
                [v for v in value if isinstance(v, str)] if isinstance(value, list) else [])
            for text in items:
                norm = " ".join(text.split()).casefold()
                if not norm or norm in NON_ANSWERS:
                    continue
                shown.setdefault(norm, text.strip())
                held = texts.setdefault((key, fld.id), {})
                held[shown[norm]] = held.get(shown[norm], 0) + 1
    return numbers, texts


def _label_of(fld: Field) -> LocalizedText:
    text = fld.text
    if not text.ru.strip():
        return LocalizedText(kk="", ru="")
    return LocalizedText(kk=text.kk.strip().rstrip(":;"), ru=text.ru.strip().rstrip(":;"))


def risk_profiles(
    annex: Annex,
    records: Iterable[Record],
    years: Sequence[int],
    texts: Mapping[str, ProfileText] | None = None,
) -> list[RiskProfile]:
    """One profile per kind of subject of the annex (annex order; kinds joined with "+" after
    them), each from its own submissions of ``years`` only: its victims tables, its counts
    and its free texts.

    Every kind has a profile, with empty sections where nothing arrived, so the report can
    say so. ``texts``: kind -> the expert group's risk area and measures.
    """
    period = tuple(sorted(set(years)))
    records = newest(records, period)
    tables = profile_fields(annex)
    by_block: dict[str, list[Field]] = {}
    for f in tables:
        by_block.setdefault(f.block_id, []).append(f)
    acc: dict[tuple[str, str], _Acc] = {}
    numbers, free = _indicators(annex, records, period)
    for rec in records:
        for block_id, fields in by_block.items():
            key = kind_key(annex, rec, block_id)
            if not key:
                continue
            for fld in fields:
                value = rec.answers.get(fld.id)
                rows = _rows(value)
                if rows is None and not is_no_data(value):
                    continue  # not answered
                a = acc.setdefault((key, fld.id), _Acc([], {}, set(), set()))
                a.submissions += 1
                a.years.add(rec.year)
                a.orgs.add(respondent_key(rec))
                if rows is None:
                    a.no_data += 1
                    continue
                a.rows.extend(rows)
                a.by_year[rec.year] = a.by_year.get(rec.year, 0) + sum(n for _, n in rows)

    keys = [k.id for k in annex.kinds]
    keys += sorted({key for key, _ in (*acc, *numbers, *free) if key not in keys})
    texts = texts or {}
    profiles = []
    for key in keys:
        kind_ids = key.split("+")
        if len(kind_ids) == 1:  # a kind: every table of its blocks, answered or not
            blocks = set(annex.kind(key).blocks)
            fields = [f for f in tables if f.block_id in blocks]
        else:  # several kinds together: the tables they reported together
            fields = [f for f in tables if (key, f.id) in acc]
        sections = tuple(
            _section(f, acc.get((key, f.id), _Acc([], {}, set(), set())), period)
            for f in fields)
        blocks = {b for k in kind_ids for b in indicator_blocks(annex, k)}
        own = [f for f in annex.fields() if f.block_id in blocks]
        if len(kind_ids) > 1:
            own = [f for f in own if (key, f.id) in numbers or (key, f.id) in free]
        counts = tuple(
            CountIndicator(f.id, _label_of(f), f.type is FieldType.MONEY,
                           f.type is FieldType.COUNT and not is_activity(f.id),
                           tuple((y, facts.by_year.get(y, 0)) for y in period), facts.reports)
            for f in own if f.type in (FieldType.COUNT, FieldType.MONEY)
            for facts in [numbers.get((key, f.id), _Facts({}))])
        said = tuple(
            TextIndicator(f.id, _label_of(f), sum(found.values()),
                          tuple(t for t, _ in sorted(found.items(),
                                                     key=lambda tn: (-tn[1], tn[0]))
                                [:MAX_QUOTES]))
            for f in own if f.type in (FieldType.TEXT, FieldType.LIST)
            for found in [free.get((key, f.id), {})])
        text = texts.get(key)
        profiles.append(RiskProfile(
            kind=key, kind_names=tuple(annex.kind(k).name for k in kind_ids), years=period,
            sections=sections,
            risk_area=text.risk_area if text else None,
            measures=text.measures if text else None, counts=counts, texts=said))
    return profiles
