"""The coordinator's desk: completeness, quality, aggregates and the analysts' workbook.

:class:`Desk` works on plain :class:`SubmissionRecord` values, so it can be fed from anywhere
(tests build them by hand); :meth:`Desk.from_workspace` reads a coordinator workspace: the
current version of every imported submission and the deadline and expected respondents of the
latest data request issued for each year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kzth_desktop.analysis import (
    Aggregation,
    CompletenessMatrix,
    ExpectedRespondent,
    Finding,
    FindingCode,
    KeyedForm,
    QualityOptions,
    QualityReport,
    SubmissionRecord,
    SubmissionSet,
    YearAggregate,
    aggregate_year,
    completeness_matrix,
    completeness_offices,
    default_expected,
    quality_report,
)
from kzth_desktop.analysis.completeness_offices import LateOffice, OfficeContact
from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.annex.validation import Rule
from kzth_desktop.reports.review import ReviewRow
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.files import held_open, target_error
from kzth_desktop.services.loop import decisions_of
from kzth_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from openpyxl import Workbook


@dataclass(frozen=True, slots=True)
class YearRequest:
    """What the desk needs of a year's data request."""

    year: int
    deadline: dt.date | None
    expected: tuple[ExpectedRespondent, ...] = ()  # empty: every region × the regional kinds
    issued_on: dt.date | None = None


def records_from_workspace(ws: Workspace, annex: Annex, year: int | None = None
                           ) -> list[SubmissionRecord]:
    """The current version of each organisation's imported submissions (of ``year``, or all).

    ``received_at`` is when the coordinator's workspace imported the bundle (the time it can
    vouch for; the respondent's own ``created_at`` is self-declared).
    """
    from kzth_desktop.services.coordination import CoordinationService, org_key

    held = CoordinationService(ws, annex).submissions(year)
    return [
        SubmissionRecord(
            org_key=org_key(h.organisation), name_kk=h.organisation.name_kk,
            name_ru=h.organisation.name_ru, region=h.organisation.region,
            kinds=tuple(h.organisation.kinds), year=h.reporting_year, version=h.version,
            answers=h.answers, received_at=h.imported_at,
            signer_fingerprint=h.signer_fingerprint or None, suspect=h.suspect,
            source=h.source, keyers=h.keyers,
        )
        for h in held
    ]


def requests_from_workspace(ws: Workspace, annex: Annex) -> dict[int, YearRequest]:
    """The latest data request issued for each reporting year."""
    from kzth_desktop.services.coordination import CoordinationService

    out: dict[int, YearRequest] = {}
    for r in CoordinationService(ws, annex).requests():
        if r.direction != "issued":
            continue
        held = out.get(r.reporting_year)
        if held is not None and held.issued_on is not None and held.issued_on > r.issued_on:
            continue
        out[r.reporting_year] = YearRequest(
            r.reporting_year, r.deadline,
            tuple(ExpectedRespondent(region, kind) for region, kind in r.expected),
            r.issued_on,
        )
    return out


class Desk:
    """Completeness, quality, aggregates and the workbook over one set of submissions.

    Every submission is validated once (by the :class:`SubmissionSet`), and each year's
    aggregates are computed once, however many views ask for them.
    """

    def __init__(
        self,
        annex: Annex,
        records: Iterable[SubmissionRecord],
        requests: Mapping[int, YearRequest] | None = None,
        *,
        rules: Sequence[Rule] | None = None,
        options: QualityOptions | None = None,
        decisions: Sequence[ReviewRow] = (),
        organisation: LocalizedText | None = None,
        keyed: Sequence[KeyedForm] = (),
        paper_offices: Sequence[ExpectedRespondent] = (),
        contacts: Sequence[OfficeContact] = (),
    ) -> None:
        """``keyed``: paper forms keyed but not yet verified (shown "keyed, to verify" in
        completeness, counted nowhere); ``paper_offices``: the cells of the offices registered
        on paper, expected whatever the request lists (issue 18)."""
        self.annex = annex
        self.keyed = tuple(keyed)
        self.paper_offices = tuple(paper_offices)
        self.contacts = tuple(contacts)  # whom to remind (the workbook's reminders)
        self.organisation = organisation  # the coordinator's: the workbook's author
        self.decisions = tuple(decisions)  # the reviewer's word on each held submission
        self.subs = SubmissionSet(annex, records, rules)
        self.requests: dict[int, YearRequest] = dict(requests or {})
        self.options = options
        self._years: dict[int, YearAggregate] = {}

    @classmethod
    def from_workspace(cls, ws: Workspace, annex: Annex, *, rules: Sequence[Rule] | None = None,
                       options: QualityOptions | None = None) -> Desk:
        """Every current submission of a coordinator workspace (all years, so that earlier
        years serve as history) with the years' data requests."""
        from kzth_desktop.services.paper import keyed_forms, paper_cells

        return cls(annex, records_from_workspace(ws, annex), requests_from_workspace(ws, annex),
                   rules=rules, options=options, decisions=decisions_of(ws, annex),
                   organisation=_organisation(ws), keyed=keyed_forms(ws, annex),
                   paper_offices=[ExpectedRespondent(r, k) for r, k in paper_cells(ws, annex)],
                   contacts=office_contacts(ws, annex))

    # --- what there is ---------------------------------------------------------------------
    def years(self) -> tuple[int, ...]:
        """Years with submissions or a data request."""
        return tuple(sorted(set(self.subs.years()) | set(self.requests)))

    def deadline(self, year: int) -> dt.date | None:
        r = self.requests.get(year)
        return r.deadline if r else None

    def expected(self, year: int) -> tuple[ExpectedRespondent, ...] | None:
        """The request's expected respondents; None means the default set."""
        r = self.requests.get(year)
        return r.expected if r and r.expected else None

    # --- views -----------------------------------------------------------------------------
    def aggregate_year(self, year: int) -> YearAggregate:
        held = self._years.get(year)
        if held is None:
            held = self._years[year] = aggregate_year(self.subs, year)
        return held

    def aggregate(self, years: Iterable[int] | None = None) -> Aggregation:
        wanted = sorted(set(self.subs.years() if years is None else years))
        return Aggregation({y: self.aggregate_year(y) for y in wanted})

    def completeness(self, year: int, as_of: dt.date | None = None, *,
                     with_skipped: bool = True) -> CompletenessMatrix:
        """``with_skipped=False``: only the submissions the aggregates and reports use."""
        expected = self.expected(year)
        if self.paper_offices:  # an office on paper is expected like any other
            known = expected if expected is not None else default_expected(self.annex)
            expected = tuple(dict.fromkeys([*known, *self.paper_offices]))
        return completeness_matrix(self.subs, year, self.deadline(year), expected, as_of,
                                   keyed=self.keyed, with_skipped=with_skipped)

    def quality(self, years: Iterable[int] | None = None) -> QualityReport:
        return quality_report(self.subs, years, self.options)

    def records(self, years: Iterable[int] | None = None) -> list[SubmissionRecord]:
        """The usable submissions of ``years`` (those out of bounds are skipped)."""
        wanted = set(self.subs.years() if years is None else years)
        return [r for r in self.subs.records if r.year in wanted]

    def skipped(self, years: Iterable[int] | None = None) -> tuple[Finding, ...]:
        """Why submissions of ``years`` were left out of the aggregates and reports: the
        SUBMISSION_SKIPPED findings of quality, one per bound broken (office and field)."""
        wanted = sorted(set(self.subs.years() if years is None else years))
        if not any(s.record.year in wanted for s in self.subs.skipped):
            return ()
        return self.quality(wanted).with_code(FindingCode.SUBMISSION_SKIPPED)

    # --- the workbook ----------------------------------------------------------------------
    def _decisions(self, years: Iterable[int]) -> list[ReviewRow]:
        wanted = set(years)
        return [d for d in self.decisions if d.year in wanted]

    def workbook(self, years: Sequence[int], lang: str = "ru", as_of: dt.date | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Workbook:
        """The workbook of ``years``, made in write-only mode: it can be saved, once, and not
        read (its sheets are already on disk); :meth:`write_workbook` is what to call."""
        from kzth_desktop.reports.workbook import build_workbook

        return build_workbook(
            self.annex, aggregation=self.aggregate(years),
            completeness=[self.completeness(y, as_of) for y in sorted(set(years))],
            quality=self.quality(years), records=self.records(years), lang=lang,
            progress=progress, decisions=self._decisions(years), organisation=self.organisation,
        )

    def write_workbook(self, path: str | Path, years: Sequence[int], lang: str = "ru",
                       as_of: dt.date | None = None,
                       progress: Callable[[int, int], None] | None = None) -> Path:
        """The workbook of ``years`` in ``lang`` saved to ``path`` (atomically replaced,
        :func:`~kzth_desktop.services.files.write_file`: a failure is a ServiceError).

        ``progress(done, total)`` is called as sheets are made and once saved; the GUI runs
        this off the interface thread (a national campaign of 3 years takes seconds).
        """
        from kzth_desktop.reports.workbook import write_workbook

        target = Path(path)
        try:
            return write_workbook(
                target, self.annex, aggregation=self.aggregate(years),
                completeness=[self.completeness(y, as_of) for y in sorted(set(years))],
                quality=self.quality(years), records=self.records(years), lang=lang,
                progress=progress, decisions=self._decisions(years),
                organisation=self.organisation, contacts=self.contacts,
            )
        except OSError as exc:  # FILE_IN_USE when it is open in Excel
            if held_open(exc, target_exists=target.exists()):
                raise ServiceError(ErrorCode.FILE_IN_USE, path=str(target)) from exc
            raise target_error(exc, target.parent, 0) from exc


def late_offices(ws: Workspace, annex: Annex, matrix: CompletenessMatrix
                 ) -> tuple[LateOffice, ...]:
    """The late, missing and awaited offices of ``matrix`` with their contacts (registered
    keys; offices on paper without one) and the refused files beside the missing ones."""
    from kzth_desktop.services.coordination import CoordinationService

    return completeness_offices.late_offices(
        matrix, office_contacts(ws, annex),
        CoordinationService(ws, annex).refused_files(matrix.year))


def office_contacts(ws: Workspace, annex: Annex) -> list[OfficeContact]:
    """The offices the coordinator knows, with their contacts: the registered keys' (one
    per organisation) and the offices on paper without one."""
    from kzth_desktop.services.coordination import CoordinationService
    from kzth_desktop.services.paper import PaperService

    offices = CoordinationService(ws, annex).office_contacts()
    keys = {o.org_key for o in offices}
    offices += [OfficeContact(p.org_key, p.organisation.name_kk, p.organisation.name_ru,
                              p.organisation.region, tuple(p.organisation.kinds),
                              on_paper=True)
                for p in PaperService(ws, annex).offices() if p.org_key not in keys]
    return offices


def _organisation(ws: Workspace) -> LocalizedText | None:
    profile = ws.profile()
    return None if profile is None else LocalizedText(kk=profile.name_kk, ru=profile.name_ru)


__all__ = ["Desk", "YearRequest", "late_offices", "office_contacts", "records_from_workspace",
           "requests_from_workspace"]
