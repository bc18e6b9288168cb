"""Every protected figure of the assessment report, as one :class:`Publication`.

The report prints counts of people and cases in several places that share figures: a count by
kind of subject and year (heading 1, 3, 4 …), the same count by region for the period (the
rates of heading 3), a victims table by category and year (headings 2, 3, 5, 7), and in part 6
each kind's victims by year, its dominant groups (shares of the period's total) and its
cross-tabulations. This module names each printed figure by what it counts — ``(field, kind,
slice)`` — so that a figure printed twice is one figure, joins the figures the questionnaire
itself ties (a victims table adds up to the count of identified victims, rule
``table_total``; "returned" never exceeds "applied", rule ``le``), and lays out each table's
grid of keys in the order the report prints it. The report asks :func:`table_id` for the grid
of what it is about to print; the marks come from :meth:`Publication.protect`, decided over
all of them at once.

A profile's shares of one dimension are modelled as a table printed whole (every category of
the dimension and the total), though the report prints only the dominant ones: a reader is
assumed to know more than is printed, which errs on the safe side. The published edition
prints a share only when both the category's count and the total are printed figures, so a
share adds nothing to what the tables say.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.assessment.evidence import (
    Analysis,
    CategoryEvidence,
    CountEvidence,
    RateEvidence,
)
from kzth_desktop.assessment.profiles import CrossTab, ProfileSection, RiskProfile
from kzth_desktop.assessment.suppression import (
    THRESHOLD,
    Edition,
    Key,
    LinkedTable,
    Mark,
    Publication,
    Relation,
    SuppressedTable,
    table_as_printed,
    with_totals,
)
from kzth_desktop.paths import resource

ALL_KINDS = "*"  # the "sum of reports" over kinds
MAX_CROSS_COLUMNS = 9  # a cross-tabulation with more columns is not printed


def key(fid: str, kind: str, **slice_: str | int) -> Key:
    """What a figure counts: a field, the kind that reported it, a slice (year, region, the
    category of a dimension)."""
    return (fid, kind, tuple(sorted((k, str(v)) for k, v in slice_.items())))


def printed_cross_tabs(section: ProfileSection) -> list[CrossTab]:
    """The cross-tabulations part 6 prints for a section (the first two that fit a page)."""
    return [t for t in section.cross_tabs[:2]
            if len(t.column_categories) <= MAX_CROSS_COLUMNS and t.cells]


def count_id(ev: CountEvidence) -> str:
    return f"count:{ev.field_id}"


def category_id(ev: CategoryEvidence) -> str:
    return f"category:{ev.field_id}:{ev.dimension}"


def rate_id(ev: RateEvidence) -> str:
    return f"rate:{ev.field_id}"


def profile_count_id(kind: str, fid: str) -> str:
    return f"profile:{kind}:{fid}:count"


def years_id(kind: str, sec: ProfileSection) -> str:
    return f"profile:{kind}:{sec.source.field_id}:years"


def dimension_id(kind: str, sec: ProfileSection, dim: str) -> str:
    return f"profile:{kind}:{sec.source.field_id}:shares:{dim}"


def cross_id(kind: str, sec: ProfileSection, tab: CrossTab) -> str:
    return f"profile:{kind}:{sec.source.field_id}:cross:{tab.rows}x{tab.columns}"


@cache
def _rules() -> tuple[dict[str, Any], ...]:
    with resource("annex", "rules.json").open(encoding="utf-8") as f:
        data = json.load(f)
    return tuple(data["rules"])


@dataclass
class PublishedTables:
    """The report's protected tables: their grids of keys and values, and the marks."""

    edition: Edition
    publication: Publication
    grids: dict[str, tuple[tuple[tuple[Key, ...], ...], list[list[int]]]] = field(
        default_factory=dict)
    marks: dict[Key, Mark] = field(default_factory=dict)
    aliases: dict[Key, Key] = field(default_factory=dict)  # a count field's key -> its table's

    def table(self, table_id: str) -> SuppressedTable:
        keys, grid = self.grids[table_id]
        return table_as_printed(keys, grid, self.marks, self.edition)

    def shown(self, k: Key) -> bool:
        """Whether the figure ``k`` is printed as it is (restricted: always)."""
        if self.edition is Edition.RESTRICTED:
            return True
        k = self.aliases.get(k, k)
        return k in self.marks and self.marks[k] is Mark.SHOWN

    def __contains__(self, table_id: object) -> bool:
        return table_id in self.grids


class _Collector:
    def __init__(self, annex: Annex, edition: Edition) -> None:
        self.annex = annex
        self.out = PublishedTables(edition, Publication(THRESHOLD))
        # a count field that is the total of a victims table (rule table_total) is that table
        self.total_of = {r["total"]: r["table"] for r in _rules() if r["kind"] == "table_total"}

    def canon(self, k: Key) -> Key:
        if not (isinstance(k, tuple) and len(k) == 3):
            return k
        table = self.total_of.get(str(k[0]))
        return (table, k[1], k[2]) if table else k

    def add(self, table_id: str, keys: Sequence[Sequence[Key]], grid: Sequence[Sequence[int]],
            label: LocalizedText | None, printed: bool = True) -> None:
        pub = self.out.publication
        final = []
        for krow, vrow in zip(keys, grid, strict=True):
            row = []
            for k, v in zip(krow, vrow, strict=True):
                k = self.out.aliases.get(k, k)
                c = self.canon(k)
                if c != k and pub.values.get(c, v) == v:
                    self.out.aliases[k] = c  # the same victims, counted twice: one figure
                    k = c
                if pub.values.get(k, v) != v:  # not the same figure after all: kept apart
                    k = (k, table_id)
                row.append(k)
            final.append(tuple(row))
        keys_t = tuple(final)
        values = [list(r) for r in grid]
        pub.add_table(LinkedTable(table_id, keys_t, tuple(tuple(r) for r in values), label,
                                  printed))
        self.out.grids[table_id] = (keys_t, values)

    # -- the analysis --
    def count(self, ev: CountEvidence) -> None:
        if not ev.protect or not ev.rows:
            return
        f = ev.field_id
        if ev.hierarchy is not None:
            self.hierarchy_count(ev)
            return
        grid = with_totals([[int(v) for v in row] for row in ev.cells])
        keys = [[*(key(f, k, year=y) for y in ev.years), key(f, k)] for k, _ in ev.rows]
        if len(ev.rows) > 1:
            keys.append([*(key(f, ALL_KINDS, year=y) for y in ev.years), key(f, ALL_KINDS)])
        else:
            keys.append(keys[0])
        self.add(count_id(ev), keys, grid, ev.label)

    def hierarchy_count(self, ev: CountEvidence) -> None:
        """A ministry's and its territorial units' rows, printed without a sum (they report
        the same cases): each row a table of its own (its years and its period total), so
        no relation ties the rows together; the report's grid is the rows as printed."""
        f = ev.field_id
        keys: list[tuple[Key, ...]] = []
        values: list[list[int]] = []
        for (k, _), row in zip(ev.rows, ev.cells, strict=True):
            sub = f"{count_id(ev)}:{k}"
            cells = [int(v) for v in row]
            self.add(sub, [[*(key(f, k, year=y) for y in ev.years), key(f, k)]],
                     [[*cells, sum(cells)]], ev.label)
            sub_keys, sub_values = self.out.grids.pop(sub)
            keys.append(sub_keys[0])
            values.append(sub_values[0])
        self.out.grids[count_id(ev)] = (tuple(keys), values)

    def category(self, ev: CategoryEvidence) -> None:
        if not ev.rows:
            return
        f, k, d = ev.field_id, ev.kind, ev.dimension
        grid = with_totals([list(r) for r in ev.cells])
        keys = [[*(key(f, k, year=y, **{d: c}) for y in ev.years), key(f, k, **{d: c})]
                for c, _ in ev.rows]
        keys.append([*(key(f, k, year=y) for y in ev.years), key(f, k)])
        self.add(category_id(ev), keys, grid, ev.label)

    def rate(self, ev: RateEvidence) -> None:
        if not ev.rows:
            return
        f, k = ev.field_id, ev.kind
        grid = with_totals([[r.count] for r in ev.rows])
        keys = [[key(f, k, region=r.region)] * 2 for r in ev.rows]
        keys.append([key(f, k)] * 2)
        self.add(rate_id(ev), keys, grid, ev.label)

    # -- part 6 --
    def profile(self, prof: RiskProfile) -> None:
        for ind in prof.counts:
            if not ind.protect or not ind.reported:
                continue
            f, k = ind.field_id, prof.kind
            counts = [int(n) for _, n in ind.by_year]
            self.add(profile_count_id(k, f),
                     [[*(key(f, k, year=y) for y, _ in ind.by_year), key(f, k)]],
                     [[*counts, sum(counts)]], ind.label)
        for sec in prof.sections:
            if not sec.source.submissions:
                continue
            f, k = sec.source.field_id, prof.kind
            label = sec.source.field_text
            years = [y for y, _ in sec.by_year]
            self.add(years_id(k, sec), [[*(key(f, k, year=y) for y in years), key(f, k)]] * 2,
                     with_totals([[n for _, n in sec.by_year]]), label)
            if sec.total == 0 or (sec.total < THRESHOLD
                                  and self.out.edition is Edition.PUBLISHED):
                continue  # published, a section under 10 prints its total only
            for d in sec.dimensions:
                if not d.counts:
                    continue
                keys = [[key(f, k, **{d.dimension: c.category})] * 2 for c in d.counts]
                keys.append([key(f, k)] * 2)
                self.add(dimension_id(k, sec, d.dimension), keys,
                         with_totals([[c.count] for c in d.counts]), label, printed=False)
            for tab in printed_cross_tabs(sec):
                keys = [[*(key(f, k, **{tab.rows: a.category, tab.columns: b.category})
                           for b in tab.column_categories), key(f, k, **{tab.rows: a.category})]
                        for a in tab.row_categories]
                keys.append([*(key(f, k, **{tab.columns: b.category})
                               for b in tab.column_categories), key(f, k)])
                self.add(cross_id(k, sec, tab), keys, with_totals([list(r) for r in tab.cells]),
                         label)

    def relations(self) -> None:
        """The questionnaire's inequalities between printed counts ("returned" <= "applied")
        hold for every sum of submissions: a reader of the annex may use them."""
        pub = self.out.publication
        for rule in _rules():
            if rule["kind"] != "le":
                continue
            for k in list(pub.values):
                if not (isinstance(k, tuple) and len(k) == 3 and k[0] == rule["left"]):
                    continue
                right: Key = (rule["right"], k[1], k[2])
                right = self.out.aliases.get(right, right)
                pub.add_relation(Relation(((k, 1), (right, -1)), le=True, about=rule["id"]))


def collect(annex: Annex, analysis: Analysis, profiles: Iterable[RiskProfile],
            edition: Edition) -> PublishedTables:
    """The report's protected tables, their figures linked, and (published) their marks."""
    c = _Collector(annex, edition)
    for ha in analysis.headings:
        for ev in ha.evidence:
            if isinstance(ev, CountEvidence):
                c.count(ev)
            elif isinstance(ev, CategoryEvidence):
                c.category(ev)
            elif isinstance(ev, RateEvidence):
                c.rate(ev)
    for prof in profiles:
        c.profile(prof)
    c.relations()
    out = c.out
    if edition is Edition.PUBLISHED:
        out.marks = out.publication.protect()
    else:
        out.marks = {k: Mark.SHOWN for k in out.publication.values}
    return out


def share_printable(tables: PublishedTables, kind: str, sec: ProfileSection,
                    category: str, dimension: str) -> bool:
    """Whether the report may print a category's share of a section's total."""
    f = sec.source.field_id
    return tables.shown(key(f, kind)) and tables.shown(key(f, kind, **{dimension: category}))


__all__ = [
    "ALL_KINDS",
    "PublishedTables",
    "category_id",
    "collect",
    "count_id",
    "cross_id",
    "dimension_id",
    "key",
    "printed_cross_tabs",
    "profile_count_id",
    "rate_id",
    "share_printable",
    "years_id",
]
