"""Aggregation (rule 13.2): every field by region, kind of subject and year.

Never silently summed across kinds: the police and an NGO may report the same person, so a
number added over all submissions is a *sum of reports*, which may count one person twice.
Every aggregate therefore carries ``by_kind`` next to its ``total``; the ``total`` is kept
(DESIGN §9 asks for it, and within one kind it is the real national figure) but the workbook
and the GUI label it "sum of reports (may double-count)" and show the kinds side by side.
Yes/no answers are counts of respondents, not of people: summing those over kinds is sound
(the share of respondents that report a risk, block 1), and per kind is the analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations
from types import MappingProxyType
from typing import Any, Literal, Protocol

from kzth_desktop.analysis.records import SubmissionRecord, SubmissionSet
from kzth_desktop.annex.model import Field, FieldType
from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.annex.values import NO, YES, is_empty, is_no_data, numeric_value

Number = int | float

# validation codes that do not make a value unusable (a rule failing is a quality finding;
# the values themselves are saved and counted, as DHIS2 does with its validation rules)
_USABLE_DESPITE = frozenset({
    ProblemCode.UNANSWERED, ProblemCode.RULE_SUM, ProblemCode.RULE_LE,
    ProblemCode.RULE_TABLE_TOTAL, ProblemCode.RULE_TABLE_FILTER_TOTAL,
})


def _out(value: Decimal | int, ftype: FieldType) -> Number:
    if ftype is FieldType.MONEY:
        return float(round(Decimal(value), 2))
    return int(value)


def _dec(value: Number) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


@dataclass(frozen=True, slots=True)
class NumericAggregate:
    """A count or money field: the sum of the reports, and the same by region and by kind.

    ``total`` is the sum over all submissions (None when none gave a number): across kinds it
    may count one person twice, so always read it with ``by_kind``.
    """

    field_id: str
    type: FieldType
    total: Number | None
    by_region: Mapping[str, Number]
    by_kind: Mapping[str, Number]
    by_region_kind: Mapping[tuple[str, str], Number]
    reports: int  # submissions that gave a number
    no_data: int
    unanswered: int  # empty or unusable answers

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "total": self.total,
            "by_region": dict(self.by_region),
            "by_kind": dict(self.by_kind),
            "reports": self.reports,
            "no_data": self.no_data,
            "unanswered": self.unanswered,
        }


@dataclass(frozen=True, slots=True)
class YesNoCounts:
    """How many respondents answered yes, no, or "no data"."""

    yes: int = 0
    no: int = 0
    no_data: int = 0

    @property
    def answered(self) -> int:
        return self.yes + self.no

    @property
    def share_yes(self) -> float | None:
        """yes / (yes + no) in 0..1; None when nobody answered yes or no."""
        return self.yes / self.answered if self.answered else None

    def to_json(self) -> dict[str, int]:
        return {"yes": self.yes, "no": self.no, "no_data": self.no_data}


@dataclass(frozen=True, slots=True)
class YesNoAggregate:
    field_id: str
    counts: YesNoCounts
    by_region: Mapping[str, YesNoCounts]
    by_kind: Mapping[str, YesNoCounts]
    by_region_kind: Mapping[tuple[str, str], YesNoCounts]
    unanswered: int

    def to_json(self) -> dict[str, Any]:
        return {
            "type": FieldType.YES_NO.value,
            **self.counts.to_json(),
            "by_region": {r: c.to_json() for r, c in self.by_region.items()},
            "by_kind": {k: c.to_json() for k, c in self.by_kind.items()},
        }


@dataclass(frozen=True, slots=True)
class VictimGroup:
    """One row of a victims table as a respondent reported it (anonymous, with a count)."""

    region: str
    kind: str
    org_key: str
    categories: tuple[tuple[str, str], ...]  # (dimension, category) in the field's order
    count: int

    def category(self, dimension: str) -> str:
        for dim, cat in self.categories:
            if dim == dimension:
                return cat
        return "unknown"


@dataclass(frozen=True, slots=True)
class VictimsAggregate:
    """A victims table over a year's submissions: totals, marginals, cross-tabulations.

    Marginals and cross-tabs are asked for one kind of subject (``kind``) or for all reports
    (``kind=None``, a sum of reports that may count one person twice).
    """

    field_id: str
    dimensions: tuple[str, ...]
    groups: tuple[VictimGroup, ...]
    reports: int
    no_data: int
    unanswered: int

    def _groups(self, kind: str | None) -> Iterable[VictimGroup]:
        return self.groups if kind is None else (g for g in self.groups if g.kind == kind)

    @property
    def total(self) -> int | None:
        return sum(g.count for g in self.groups) if self.reports else None

    @property
    def by_region(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for g in self.groups:
            out[g.region] = out.get(g.region, 0) + g.count
        return out

    @property
    def by_kind(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for g in self.groups:
            out[g.kind] = out.get(g.kind, 0) + g.count
        return out

    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(g.kind for g in self.groups))

    def marginals(self, kind: str | None = None) -> dict[str, dict[str, int]]:
        """``{dimension: {category: count}}``; each dimension adds up to the same total."""
        out: dict[str, dict[str, int]] = {d: {} for d in self.dimensions}
        for g in self._groups(kind):
            for dim, cat in g.categories:
                totals = out.setdefault(dim, {})
                totals[cat] = totals.get(cat, 0) + g.count
        return out

    def crosstab(self, dim_a: str, dim_b: str, kind: str | None = None
                 ) -> dict[tuple[str, str], int]:
        """Counts by (category of ``dim_a``, category of ``dim_b``)."""
        out: dict[tuple[str, str], int] = {}
        for g in self._groups(kind):
            key = (g.category(dim_a), g.category(dim_b))
            out[key] = out.get(key, 0) + g.count
        return out

    def crosstabs(self, kind: str | None = None
                  ) -> dict[tuple[str, str], dict[tuple[str, str], int]]:
        """Every pair of dimensions, in the field's order."""
        return {(a, b): self.crosstab(a, b, kind) for a, b in combinations(self.dimensions, 2)}

    def to_json(self) -> dict[str, Any]:
        return {
            "type": FieldType.VICTIMS.value,
            "total": self.total,
            "by_region": self.by_region,
            "by_kind": self.by_kind,
            "reports": self.reports,
            "no_data": self.no_data,
            "unanswered": self.unanswered,
            "marginals_by_kind": {k: self.marginals(k) for k in self.kinds()},
        }


@dataclass(frozen=True, slots=True)
class ListAggregate:
    """A list field (names of organisations, topics…): how often each item was named."""

    field_id: str
    items: Mapping[str, int]  # as first written -> number of submissions naming it
    reports: int
    no_data: int
    unanswered: int

    def to_json(self) -> dict[str, Any]:
        return {"type": FieldType.LIST.value, "items": dict(self.items),
                "reports": self.reports, "no_data": self.no_data}


@dataclass(frozen=True, slots=True)
class TextAnswer:
    """A free-text answer (a text field, or the description given with a "yes")."""

    field_id: str
    question_id: str
    block_id: str
    region: str
    kind: str
    org_key: str
    name_kk: str
    name_ru: str
    text: str

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass(frozen=True)
class YearAggregate:
    """All aggregates of one reporting year, fields in annex order."""

    year: int
    submissions: int
    numeric: Mapping[str, NumericAggregate]
    yes_no: Mapping[str, YesNoAggregate]
    victims: Mapping[str, VictimsAggregate]
    lists: Mapping[str, ListAggregate]
    texts: tuple[TextAnswer, ...]
    field_order: tuple[str, ...] = ()

    def texts_by_question(self) -> dict[str, dict[str, list[TextAnswer]]]:
        """``{question id: {region: [answers]}}`` in annex order of questions."""
        out: dict[str, dict[str, list[TextAnswer]]] = {}
        for t in self.texts:
            out.setdefault(t.question_id, {}).setdefault(t.region, []).append(t)
        return out

    def field_json(self, field_id: str) -> dict[str, Any] | None:
        for table in (self.numeric, self.yes_no, self.victims, self.lists):
            agg = table.get(field_id)
            if agg is not None:
                return agg.to_json()
        return None

    def to_json(self) -> dict[str, Any]:
        """DESIGN §9: ``{"year", "submissions", "fields": {id: {...}}}`` plus free texts."""
        fields: dict[str, Any] = {}
        for fid in self.field_order:
            data = self.field_json(fid)
            if data is not None:
                fields[fid] = data
        texts: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for qid, regions in self.texts_by_question().items():
            texts[qid] = {
                region: [{"field": t.field_id, "org_key": t.org_key, "kind": t.kind,
                          "name": {"kk": t.name_kk, "ru": t.name_ru}, "text": t.text}
                         for t in answers]
                for region, answers in regions.items()
            }
        return {"year": self.year, "submissions": self.submissions, "fields": fields,
                "texts": texts}


@dataclass(frozen=True)
class Aggregation:
    """Aggregates of several reporting years."""

    years: Mapping[int, YearAggregate]

    def year(self, year: int) -> YearAggregate:
        return self.years[year]

    def numeric_by_year(self, field_id: str) -> dict[int, NumericAggregate]:
        return {y: a.numeric[field_id] for y, a in self.years.items() if field_id in a.numeric}

    def to_json(self) -> dict[str, Any]:
        return {"years": [a.to_json() for _, a in sorted(self.years.items())]}


# --- building: one accumulator per field, of the kind its type's row names ------------------


@dataclass(frozen=True, slots=True)
class _Answer:
    """One answer as an accumulator takes it."""

    fld: Field
    rec: SubmissionRecord
    value: object
    region: str
    kind: str
    missing: bool  # empty, or failing its field's checks
    nodata: bool


class _Accumulator(Protocol):
    def take(self, a: _Answer, texts: list[TextAnswer]) -> None: ...

    def freeze(self, fld: Field) -> Any: ...


@dataclass
class _Sums:
    total: Decimal = Decimal(0)
    by_region: dict[str, Decimal] = field(default_factory=dict)
    by_kind: dict[str, Decimal] = field(default_factory=dict)
    by_region_kind: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    reports: int = 0
    no_data: int = 0
    unanswered: int = 0

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        number = None if a.missing or a.nodata else numeric_value(a.fld, a.value)
        if a.nodata:
            self.no_data += 1
        elif number is None:
            self.unanswered += 1
        else:
            self.add(a.region, a.kind, number)

    def add(self, region: str, kind: str, value: Number) -> None:
        d = _dec(value)
        self.total += d
        self.by_region[region] = self.by_region.get(region, Decimal(0)) + d
        self.by_kind[kind] = self.by_kind.get(kind, Decimal(0)) + d
        rk = (region, kind)
        self.by_region_kind[rk] = self.by_region_kind.get(rk, Decimal(0)) + d
        self.reports += 1

    def freeze(self, fld: Field) -> NumericAggregate:
        t = fld.type
        return NumericAggregate(
            fld.id, t, _out(self.total, t) if self.reports else None,
            {k: _out(v, t) for k, v in self.by_region.items()},
            {k: _out(v, t) for k, v in self.by_kind.items()},
            {k: _out(v, t) for k, v in self.by_region_kind.items()},
            self.reports, self.no_data, self.unanswered,
        )


@dataclass
class _YesNo:
    all: list[int] = field(default_factory=lambda: [0, 0, 0])
    by_region: dict[str, list[int]] = field(default_factory=dict)
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    by_region_kind: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    unanswered: int = 0

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        value = a.value
        answer = value.get("answer") if isinstance(value, Mapping) else None
        if a.nodata:
            self.add(a.region, a.kind, 2)
        elif a.missing or answer not in (YES, NO):
            self.unanswered += 1
        else:
            self.add(a.region, a.kind, 0 if answer == YES else 1)
            details = value.get("details") if isinstance(value, Mapping) else None
            if answer == YES and isinstance(details, str) and details.strip():
                texts.append(_text(a.fld, a.rec, a.kind, details.strip()))

    def add(self, region: str, kind: str, slot: int) -> None:
        self.all[slot] += 1
        for table, key in ((self.by_region, region), (self.by_kind, kind)):
            table.setdefault(key, [0, 0, 0])[slot] += 1
        self.by_region_kind.setdefault((region, kind), [0, 0, 0])[slot] += 1

    def freeze(self, fld: Field) -> YesNoAggregate:
        return YesNoAggregate(
            fld.id, YesNoCounts(*self.all),
            {k: YesNoCounts(*v) for k, v in self.by_region.items()},
            {k: YesNoCounts(*v) for k, v in self.by_kind.items()},
            {k: YesNoCounts(*v) for k, v in self.by_region_kind.items()},
            self.unanswered,
        )


@dataclass
class _Victims:
    groups: list[VictimGroup] = field(default_factory=list)
    reports: int = 0
    no_data: int = 0
    unanswered: int = 0

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        value = a.value
        if a.nodata:
            self.no_data += 1
        elif a.missing or not isinstance(value, Mapping):
            self.unanswered += 1
        else:
            self.reports += 1
            dims = [d.id for d in a.fld.dimensions]
            for row in value.get("rows", ()):
                cats = tuple((d, str(row.get(d, "unknown"))) for d in dims)
                self.groups.append(VictimGroup(a.region, a.kind, a.rec.org_key, cats,
                                               int(row["count"])))

    def freeze(self, fld: Field) -> VictimsAggregate:
        return VictimsAggregate(fld.id, tuple(d.id for d in fld.dimensions), tuple(self.groups),
                                self.reports, self.no_data, self.unanswered)


@dataclass
class _List:
    items: dict[str, list[Any]] = field(default_factory=dict)  # normalised -> [shown, count]
    reports: int = 0
    no_data: int = 0
    unanswered: int = 0

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        value = a.value
        if a.nodata:
            self.no_data += 1
        elif a.missing or not isinstance(value, list):
            self.unanswered += 1
        else:
            self.reports += 1
            seen: set[str] = set()
            for item in value:
                key = _norm(str(item))
                if not key or key in seen:
                    continue
                seen.add(key)
                self.items.setdefault(key, [" ".join(str(item).split()), 0])[1] += 1

    def freeze(self, fld: Field) -> ListAggregate:
        return ListAggregate(
            fld.id,
            dict(sorted(((s, n) for s, n in self.items.values()),
                        key=lambda item: (-item[1], _norm(item[0])))),
            self.reports, self.no_data, self.unanswered,
        )


@dataclass
class _Texts:
    """Free texts are not aggregated: each one is kept for the analysts to read."""

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        if not a.missing and not a.nodata and isinstance(a.value, str):
            texts.append(_text(a.fld, a.rec, a.kind, a.value.strip()))

    def freeze(self, fld: Field) -> None:
        return None


@dataclass
class _Nothing:
    """A type neither aggregated nor read as text (a period: the reporting span)."""

    def take(self, a: _Answer, texts: list[TextAnswer]) -> None:
        return None

    def freeze(self, fld: Field) -> None:
        return None


@dataclass(frozen=True, slots=True)
class Aggregator:
    """How a field type is aggregated: a fresh accumulator, and the part of
    :class:`YearAggregate` its aggregate goes in (None: only its texts are kept)."""

    new: Callable[[], _Accumulator]
    part: Literal["numeric", "yes_no", "victims", "lists"] | None


# The table (pyxform style): adding a field type means one row here.
AGGREGATORS: Mapping[FieldType, Aggregator] = MappingProxyType({
    FieldType.YES_NO: Aggregator(_YesNo, "yes_no"),
    FieldType.TEXT: Aggregator(_Texts, None),
    FieldType.COUNT: Aggregator(_Sums, "numeric"),
    FieldType.MONEY: Aggregator(_Sums, "numeric"),
    FieldType.PERIOD: Aggregator(_Nothing, None),
    FieldType.LIST: Aggregator(_List, "lists"),
    FieldType.VICTIMS: Aggregator(_Victims, "victims"),
})
AGGREGATED_TYPES = frozenset(t for t, a in AGGREGATORS.items() if a.part is not None)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unusable(subs: SubmissionSet, rec: SubmissionRecord) -> set[str]:
    return {p.field_id for p in subs.report(rec).problems
            if p.field_id is not None and p.code not in _USABLE_DESPITE}


def aggregate_year(subs: SubmissionSet, year: int) -> YearAggregate:
    """The aggregates of ``year`` from the newest submission of each organisation.

    Each answer counts under its region and under the kind it reports as
    (:meth:`SubmissionSet.kind_key`). Values that fail their field's checks are left out and
    counted as unanswered; values that only break a consistency rule are counted (the rule
    shows in the quality findings).
    """
    annex = subs.annex
    records = subs.for_year(year)
    accumulators: dict[str, _Accumulator] = {}
    texts: list[TextAnswer] = []
    for rec in records:
        bad = _unusable(subs, rec)
        for fld in subs.fields_of(rec):
            value = rec.answers.get(fld.id)
            missing = is_empty(value) or fld.id in bad
            answer = _Answer(fld, rec, value, rec.region, subs.kind_key(rec, fld.block_id),
                             missing, not missing and is_no_data(value))
            acc = accumulators.get(fld.id)
            if acc is None:
                acc = accumulators[fld.id] = AGGREGATORS[fld.type].new()
            acc.take(answer, texts)

    order = tuple(f.id for f in annex.fields() if f.type in AGGREGATED_TYPES)
    position = {fid: i for i, fid in enumerate(f.id for f in annex.fields())}
    region_pos = {r.code: i for i, r in enumerate(annex.regions)}
    texts.sort(key=lambda t: (position.get(t.field_id, 0), region_pos.get(t.region, 999),
                              t.org_key))
    parts: dict[str, dict[str, Any]] = {"numeric": {}, "yes_no": {}, "victims": {}, "lists": {}}
    for fid in order:
        acc = accumulators.get(fid)
        if acc is not None:
            fld = annex.field(fid)
            part = AGGREGATORS[fld.type].part
            assert part is not None
            parts[part][fid] = acc.freeze(fld)
    return YearAggregate(
        year=year,
        submissions=len(records),
        numeric=parts["numeric"],
        yes_no=parts["yes_no"],
        victims=parts["victims"],
        lists=parts["lists"],
        texts=tuple(texts),
        field_order=order,
    )


def _text(fld: Field, rec: SubmissionRecord, kind: str, text: str) -> TextAnswer:
    return TextAnswer(fld.id, fld.question_id, fld.block_id, rec.region, kind, rec.org_key,
                      rec.name_kk, rec.name_ru, text)


def aggregate(subs: SubmissionSet, years: Iterable[int] | None = None) -> Aggregation:
    """:func:`aggregate_year` for each of ``years`` (default: every year in the set)."""
    wanted = sorted(set(subs.years() if years is None else years))
    return Aggregation({y: aggregate_year(subs, y) for y in wanted})
