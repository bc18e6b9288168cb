"""Completeness (rule 9, rule 13.1): expected respondents against what arrived for a year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction
from typing import Any

from kzth_desktop.analysis.records import (
    ExpectedRespondent,
    SubmissionRecord,
    SubmissionSet,
    default_expected,
)
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.annex.values import is_no_data


class CellStatus(StrEnum):
    """What a region × kind cell (or one submission) shows."""

    ON_TIME = "on_time"  # arrived by the deadline
    LATE = "late"  # arrived after the deadline
    RECEIVED = "received"  # arrived; no deadline or no receipt time to judge by
    PENDING = "pending"  # nothing yet, the deadline has not passed
    MISSING = "missing"  # nothing, and the deadline has passed (or there is none)
    # a paper form keyed at the coordinator, its differences not all resolved (issue 18)
    TO_VERIFY = "to_verify"


STATUS_NAMES: Mapping[CellStatus, LocalizedText] = {
    CellStatus.ON_TIME: LocalizedText(kk="мерзімінде", ru="в срок"),
    CellStatus.LATE: LocalizedText(kk="кешіктірілген", ru="с опозданием"),
    CellStatus.RECEIVED: LocalizedText(kk="алынды", ru="получено"),
    CellStatus.PENDING: LocalizedText(kk="күтілуде", ru="ожидается"),
    CellStatus.MISSING: LocalizedText(kk="келмеген", ru="не поступило"),
    CellStatus.TO_VERIFY: LocalizedText(kk="енгізілді, салыстыру керек",
                                        ru="введено, требует сверки"),
}

# the statuses of a cell that count as reported (the reporting rate): a keyed paper form not yet
# verified counts nowhere, so it is not reported yet
REPORTED = frozenset({CellStatus.ON_TIME, CellStatus.LATE, CellStatus.RECEIVED})

# where a submission came from: a signed bundle, or a paper form keyed at the coordinator
SOURCE_NAMES: Mapping[str, LocalizedText] = {
    "bundle": LocalizedText(kk="электрондық", ru="электронный"),
    "paper": LocalizedText(kk="қағаз нұсқадан енгізілді", ru="введено с бумажного бланка"),
}


@dataclass(frozen=True, slots=True)
class KeyedForm:
    """A paper form keyed at the coordinator whose differences are not all resolved: not yet
    a submission, counted nowhere, shown in completeness as "keyed, to verify"."""

    org_key: str
    name_kk: str
    name_ru: str
    region: str
    kinds: tuple[str, ...]
    year: int
    keyings: int
    open: int  # differences not yet resolved
    keyers: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def to_json(self) -> dict[str, Any]:
        return {"org_key": self.org_key, "name": {"kk": self.name_kk, "ru": self.name_ru},
                "region": self.region, "kinds": list(self.kinds), "status":
                CellStatus.TO_VERIFY.value, "keyings": self.keyings,
                "open_discrepancies": self.open, "keyers": list(self.keyers)}


@dataclass(frozen=True, slots=True)
class SubmissionSummary:
    """One arrived submission: when, whether late, and how much of it is answered."""

    submission_id: str
    org_key: str
    name_kk: str
    name_ru: str
    region: str
    kinds: tuple[str, ...]
    year: int
    version: int
    received_at: datetime | None
    status: CellStatus  # ON_TIME, LATE or RECEIVED
    days_late: int | None  # > 0 when late
    answered_pct: float  # fields answered or "no data" with a reason, 0..100
    by_block: Mapping[str, float]
    unanswered: int
    no_data: int  # fields answered "no data"
    problems: int  # validation problems of any kind, unanswered included
    expected: bool  # at least one of its (region, kind) cells was expected
    source: str = "bundle"  # or "paper": keyed at the coordinator (issue 18)
    keyers: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def to_json(self) -> dict[str, Any]:
        return {
            "submission": self.submission_id,
            "org_key": self.org_key,
            "name": {"kk": self.name_kk, "ru": self.name_ru},
            "region": self.region,
            "kinds": list(self.kinds),
            "version": self.version,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "status": self.status.value,
            "days_late": self.days_late,
            "answered_pct": round(self.answered_pct, 1),
            "by_block": {b: round(v, 1) for b, v in self.by_block.items()},
            "unanswered": self.unanswered,
            "no_data": self.no_data,
            "problems": self.problems,
            "expected": self.expected,
            "source": self.source,
            "keyers": list(self.keyers),
        }


@dataclass(frozen=True, slots=True)
class CompletenessCell:
    """A region × kind cell: expected or not, and the submissions that fill it."""

    region: str
    kind: str
    expected: bool
    status: CellStatus
    submissions: tuple[SubmissionSummary, ...] = ()

    @property
    def answered_pct(self) -> float | None:
        """The best % answered among the cell's submissions; None when none arrived."""
        return max((s.answered_pct for s in self.submissions), default=None)

    def to_json(self) -> dict[str, Any]:
        pct = self.answered_pct
        return {
            "region": self.region,
            "kind": self.kind,
            "expected": self.expected,
            "status": self.status.value,
            "answered_pct": None if pct is None else round(pct, 1),
            "submissions": [s.submission_id for s in self.submissions],
        }


@dataclass(frozen=True, slots=True)
class Reminder:
    """An expected respondent that has not sent its submission."""

    region: str
    kind: str
    overdue: bool
    days_overdue: int | None  # None without a deadline

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "kind": self.kind, "overdue": self.overdue,
                "days_overdue": self.days_overdue}


@dataclass(frozen=True)
class CompletenessMatrix:
    """The completeness of one reporting year: rows are regions, columns kinds of subject."""

    year: int
    deadline: date | None
    as_of: date
    regions: tuple[str, ...]
    kinds: tuple[str, ...]
    cells: Mapping[tuple[str, str], CompletenessCell]
    submissions: tuple[SubmissionSummary, ...]
    reminders: tuple[Reminder, ...]
    to_verify: tuple[KeyedForm, ...] = ()
    _by_id: dict[str, SubmissionSummary] = field(default_factory=dict, repr=False,
                                                 compare=False)

    def cell(self, region: str, kind: str) -> CompletenessCell | None:
        return self.cells.get((region, kind))

    def status(self, region: str, kind: str) -> CellStatus | None:
        c = self.cells.get((region, kind))
        return None if c is None else c.status

    def summary(self, submission_id: str) -> SubmissionSummary | None:
        if not self._by_id:
            self._by_id.update({s.submission_id: s for s in self.submissions})
        return self._by_id.get(submission_id)

    def counts(self) -> dict[str, int]:
        """Expected cells by status, and the expected total."""
        out = {s.value: 0 for s in CellStatus}
        expected = [c for c in self.cells.values() if c.expected]
        for c in expected:
            out[c.status.value] += 1
        out["expected"] = len(expected)
        out["unexpected"] = sum(1 for c in self.cells.values() if not c.expected)
        return out

    def reported(self, region: str | None = None, kind: str | None = None) -> tuple[int, int]:
        """(reported, expected): the expected cells, of a region or a kind or all, and how many
        of them hold a submission (on time, late or received)."""
        cells = [c for c in self.cells.values() if c.expected
                 and (region is None or c.region == region) and (kind is None or c.kind == kind)]
        return sum(1 for c in cells if c.status in REPORTED), len(cells)

    def reporting_rate(self, region: str | None = None,
                       kind: str | None = None) -> Fraction | None:
        """The share of expected cells reported (nationally, or of a region or a kind); None
        when nothing is expected there."""
        done, expected = self.reported(region, kind)
        return Fraction(done, expected) if expected else None

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "as_of": self.as_of.isoformat(),
            "counts": self.counts(),
            "regions": list(self.regions),
            "kinds": list(self.kinds),
            "cells": [self.cells[k].to_json() for k in self._ordered_keys()],
            "submissions": [s.to_json() for s in self.submissions],
            "reminders": [r.to_json() for r in self.reminders],
            "to_verify": [k.to_json() for k in self.to_verify],
        }

    def _ordered_keys(self) -> list[tuple[str, str]]:
        return [(r, k) for r in self.regions for k in self.kinds if (r, k) in self.cells]


def _timing(received: datetime | None, deadline: date | None) -> tuple[CellStatus, int | None]:
    if received is None or deadline is None:
        return CellStatus.RECEIVED, None
    days = (received.date() - deadline).days
    return (CellStatus.LATE, days) if days > 0 else (CellStatus.ON_TIME, None)


def summarise(
    subs: SubmissionSet, rec: SubmissionRecord, deadline: date | None, expected: bool
) -> SubmissionSummary:
    """A submission's timing and completeness (its validation comes from ``subs``, once)."""
    report = subs.report(rec)
    status, days_late = _timing(rec.received_at, deadline)
    no_data = sum(1 for f in subs.fields_of(rec) if is_no_data(rec.answers.get(f.id)))
    return SubmissionSummary(
        submission_id=rec.submission_id, org_key=rec.org_key, name_kk=rec.name_kk,
        name_ru=rec.name_ru, region=rec.region, kinds=rec.kinds, year=rec.year,
        version=rec.version, received_at=rec.received_at, status=status,
        days_late=days_late, answered_pct=report.overall,
        by_block=dict(report.completeness_by_block), unanswered=len(report.unanswered),
        no_data=no_data, problems=len(report.problems), expected=expected,
        source=rec.source, keyers=rec.keyers,
    )


def _cell_status(found: list[SubmissionSummary]) -> CellStatus:
    statuses = {s.status for s in found}
    for status in (CellStatus.ON_TIME, CellStatus.RECEIVED, CellStatus.LATE):
        if status in statuses:
            return status
    return CellStatus.RECEIVED  # pragma: no cover - summaries only carry those three


def completeness_matrix(
    subs: SubmissionSet,
    year: int,
    deadline: date | None = None,
    expected: Iterable[ExpectedRespondent] | None = None,
    as_of: date | None = None,
    keyed: Iterable[KeyedForm] = (),
    *,
    with_skipped: bool = True,
) -> CompletenessMatrix:
    """Expected respondents (default :func:`default_expected`) against the year's arrivals.

    ``with_skipped``: a submission whose answers cannot be used (out of bounds) counts as
    received, as it was; False counts only those the analysis uses (the report's rate).

    A submission fills the cell of its region for each of its kinds. A cell with several
    submissions is on time if any of them was. Arrivals nobody expected get cells of their own
    (``expected=False``); expected cells with nothing are PENDING until the deadline has
    passed on ``as_of`` (default today), MISSING after, and are listed as reminders.
    """
    annex = subs.annex
    as_of = as_of or date.today()
    wanted = set(default_expected(annex) if expected is None else expected)
    found: dict[tuple[str, str], list[SubmissionSummary]] = {}
    summaries: list[SubmissionSummary] = []
    for rec in subs.for_year(year, with_skipped=with_skipped):  # received, even if skipped
        is_expected = any(ExpectedRespondent(rec.region, k) in wanted for k in rec.kinds)
        summary = summarise(subs, rec, deadline, is_expected)
        summaries.append(summary)
        for k in rec.kinds:
            found.setdefault((rec.region, k), []).append(summary)

    arrived_orgs = {rec.org_key for rec in subs.for_year(year, with_skipped=with_skipped)}
    to_verify = tuple(k for k in keyed if k.year == year and k.org_key not in arrived_orgs)
    keyed_cells = {(k.region, kind) for k in to_verify for kind in k.kinds}
    overdue = deadline is None or as_of > deadline
    days_overdue = (as_of - deadline).days if deadline is not None and overdue else None
    cells: dict[tuple[str, str], CompletenessCell] = {}
    reminders: list[Reminder] = []
    wanted_keys = {(e.region, e.kind) for e in wanted}
    for region, kind in wanted_keys | set(found) | keyed_cells:
        arrived = found.get((region, kind), [])
        is_expected = (region, kind) in wanted_keys
        if arrived:
            status = _cell_status(arrived)
        elif (region, kind) in keyed_cells:
            status = CellStatus.TO_VERIFY
        else:
            status = CellStatus.MISSING if overdue else CellStatus.PENDING
        cells[(region, kind)] = CompletenessCell(region, kind, is_expected, status,
                                                 tuple(arrived))

    region_order = {r.code: i for i, r in enumerate(annex.regions)}
    kind_order = {k.id: i for i, k in enumerate(annex.kinds)}
    regions = tuple(sorted({r for r, _ in cells}, key=lambda c: (region_order.get(c, 999), c)))
    kinds = tuple(sorted({k for _, k in cells}, key=lambda c: (kind_order.get(c, 999), c)))
    for r in regions:
        for k in kinds:
            c = cells.get((r, k))
            if c is not None and c.expected and not c.submissions \
                    and c.status is not CellStatus.TO_VERIFY:
                reminders.append(Reminder(r, k, overdue, days_overdue))
    ordered = sorted(summaries, key=lambda s: (region_order.get(s.region, 999), s.region,
                                               s.org_key))
    return CompletenessMatrix(year, deadline, as_of, regions, kinds, cells, tuple(ordered),
                              tuple(reminders), to_verify)
