"""Submissions as the coordinator's desk sees them, and who is expected to send one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from kzth_desktop.annex.model import Annex, Field
from kzth_desktop.annex.problems import Problem
from kzth_desktop.annex.validation import (
    Rule,
    ValidationReport,
    answer_bound_problems,
    validate_submission,
)

# Kinds of subject that have a territorial office in every oblast and city of republican
# significance, so that each region is expected to answer once per kind:
#   akimat             - the local executive body of each oblast/city (Rules, block 3, 5, 14);
#   police             - the territorial counter-trafficking unit of each police department;
#   labour_inspection  - the territorial department of the state labour inspection committee;
#   social_services    - a provider of special social services (at least one per region);
#   health_org         - a health organisation giving victims guaranteed free medical care;
#   education_ssp      - an education organisation serving minor victims;
#   child_protection   - the organisation protecting children's rights in the region;
#   ngo                - the regional counter-trafficking NGO (Rules, block 16).
# Ministries, the border service and foreign missions answer nationally or from abroad and are
# not region × kind cells; when they send a submission it shows as received but unexpected.
# A data request that lists its expected respondents (RequestDoc.expected) replaces this set.
DEFAULT_EXPECTED_KINDS: tuple[str, ...] = (
    "akimat",
    "police",
    "labour_inspection",
    "social_services",
    "health_org",
    "education_ssp",
    "child_protection",
    "ngo",
)


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """One organisation's submission for one reporting year, in canonical answer values.

    ``org_key`` identifies the organisation across years (the exchange's ``region|name`` key);
    ``received_at`` is when the coordinator received it (None if unknown).
    """

    org_key: str
    name_kk: str
    name_ru: str
    region: str
    kinds: tuple[str, ...]
    year: int
    version: int
    answers: Mapping[str, object]
    received_at: datetime | None = None
    signer_fingerprint: str | None = None
    suspect: bool = False  # its key was revoked as "suspect" (counted, flagged in quality)
    source: str = "bundle"  # or "paper": keyed at the coordinator and verified (issue 18)
    keyers: tuple[str, ...] = ()  # a paper form's operators

    @property
    def submission_id(self) -> str:
        """Stable id of this version: ``<org_key>@<year>#<version>``."""
        return f"{self.org_key}@{self.year}#{self.version}"

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass(frozen=True, slots=True, order=True)
class ExpectedRespondent:
    """One cell of the completeness matrix: a kind of subject expected from a region."""

    region: str
    kind: str


def default_expected(
    annex: Annex, kinds: Sequence[str] = DEFAULT_EXPECTED_KINDS
) -> tuple[ExpectedRespondent, ...]:
    """Every region of the annex × every one of ``kinds`` that the annex knows."""
    known = {k.id for k in annex.kinds}
    return tuple(
        ExpectedRespondent(r.code, k) for r in annex.regions for k in kinds if k in known
    )


@dataclass(frozen=True, slots=True)
class SkippedSubmission:
    """A held submission left out of every aggregate and report: its answers break the bounds
    of the value types (``annex.values.BOUNDS``) or cannot be read — held before the bounds were
    checked at import, or put in the database some other way. Quality lists it as a finding."""

    record: SubmissionRecord  # its answers: {} when they were not an object of field ids
    problems: tuple[Problem, ...]  # the bounds broken, at least one


def latest_versions(records: Iterable[SubmissionRecord]) -> list[SubmissionRecord]:
    """Only the newest version of each organisation's submission for each year."""
    best: dict[tuple[str, int], SubmissionRecord] = {}
    for rec in records:
        held = best.get((rec.org_key, rec.year))
        if held is None or rec.version > held.version:
            best[(rec.org_key, rec.year)] = rec
    return sorted(best.values(), key=lambda r: (r.year, r.region, r.org_key))


class SubmissionSet:
    """The submissions under analysis (newest version each), each validated exactly once.

    Completeness, quality and aggregation all read the same set, so a national campaign of
    several years is validated once, however many views are built from it. A submission whose
    answers break a bound of the value types is not among ``records``: it is in ``skipped``,
    so that no aggregate, workbook or assessment ever reads it (completeness still counts it
    as received, and quality lists why it was skipped).
    """

    def __init__(
        self,
        annex: Annex,
        records: Iterable[SubmissionRecord],
        rules: Sequence[Rule] | None = None,
    ) -> None:
        self.annex = annex
        usable: list[SubmissionRecord] = []
        skipped: list[SkippedSubmission] = []
        for rec in latest_versions(records):
            bound = answer_bound_problems(annex, rec.answers)
            if not bound:
                usable.append(rec)
                continue
            if not isinstance(rec.answers, Mapping):
                rec = replace(rec, answers={})
            skipped.append(SkippedSubmission(rec, tuple(bound)))
        self.records: tuple[SubmissionRecord, ...] = tuple(usable)
        self.skipped: tuple[SkippedSubmission, ...] = tuple(skipped)
        self._rules = rules
        self._reports: dict[str, ValidationReport] = {}
        self._fields: dict[tuple[str, ...], tuple[Field, ...]] = {}
        self._kind_keys: dict[tuple[tuple[str, ...], str], str] = {}
        self._block_kinds: dict[str, tuple[str, ...]] = {}
        for k in annex.kinds:
            for b in k.blocks:
                self._block_kinds[b] = (*self._block_kinds.get(b, ()), k.id)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[SubmissionRecord]:
        return iter(self.records)

    def years(self) -> tuple[int, ...]:
        """The years of the submissions, the skipped ones included."""
        return tuple(sorted({r.year for r in self.records}
                            | {s.record.year for s in self.skipped}))

    def for_year(self, year: int, *, with_skipped: bool = False
                 ) -> tuple[SubmissionRecord, ...]:
        """The year's usable submissions (and the skipped ones too if ``with_skipped``)."""
        out = [r for r in self.records if r.year == year]
        if with_skipped:
            out.extend(s.record for s in self.skipped if s.record.year == year)
        return tuple(out)

    def skipped_for_year(self, year: int) -> tuple[SkippedSubmission, ...]:
        return tuple(s for s in self.skipped if s.record.year == year)

    def for_org(self, org_key: str) -> tuple[SubmissionRecord, ...]:
        """An organisation's submissions, oldest year first."""
        return tuple(r for r in self.records if r.org_key == org_key)

    def report(self, record: SubmissionRecord) -> ValidationReport:
        """The record's validation against the annex and the rules (computed once)."""
        held = self._reports.get(record.submission_id)
        if held is None:
            kinds = [k for k in record.kinds if self._known_kind(k)]
            held = validate_submission(self.annex, kinds, record.answers, self._rules,
                                       reporting_year=record.year)
            self._reports[record.submission_id] = held
        return held

    def fields_of(self, record: SubmissionRecord) -> tuple[Field, ...]:
        """The fields the record's kinds answer, in annex order."""
        key = tuple(record.kinds)
        held = self._fields.get(key)
        if held is None:
            held = self.annex.fields_for_kinds([k for k in key if self._known_kind(k)])
            self._fields[key] = held
        return held

    def kind_key(self, record: SubmissionRecord, block_id: str) -> str:
        """Under which kind a record's answer in ``block_id`` is reported.

        An organisation of one kind reports as that kind. One registered with several kinds
        reports a block under those of its kinds that answer it, joined with "+" (e.g.
        ``akimat+social_services`` for block 3): its numbers are never split or guessed apart.
        """
        cache_key = (record.kinds, block_id)
        held = self._kind_keys.get(cache_key)
        if held is None:
            answering = self._block_kinds.get(block_id, ())
            mine = [k for k in record.kinds if k in answering]
            held = "+".join(mine) if mine else "+".join(record.kinds)
            self._kind_keys[cache_key] = held
        return held

    def kinds_answering(self, block_id: str) -> tuple[str, ...]:
        """The annex kinds whose questionnaire includes ``block_id``."""
        return self._block_kinds.get(block_id, ())

    def _known_kind(self, kind_id: str) -> bool:
        return any(k.id == kind_id for k in self.annex.kinds)
