"""Quality (rule 13.1): missing blocks, broken values and rules, outliers, "no data" reasons.

A finding never changes or hides a value: the submission stays as it arrived and every number
is still aggregated; the finding flags it for the expert group's review (as DHIS2 does with
outliers and validation rule violations). The one exception is a submission whose values
break the bounds of their type (a count of 10^100, an amount of 1e308, a text of megabytes):
it is left out of every aggregate and report, and a SUBMISSION_SKIPPED finding per bound
broken names the office and the field. Each finding has a stable ``id`` built from what it
is about, not from when it was found, so a reviewer's comment can be attached to it and found
again when the analysis is run anew.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import median
from types import MappingProxyType
from typing import Any

from kzth_desktop.analysis.records import SkippedSubmission, SubmissionRecord, SubmissionSet
from kzth_desktop.annex.model import Annex, Field, FieldType, LocalizedText
from kzth_desktop.annex.problems import Problem, ProblemCode, format_number
from kzth_desktop.annex.values import is_no_data, no_data_reason, numeric_value, victims_total

Number = int | float
_RULE_CODES = frozenset({
    ProblemCode.RULE_SUM, ProblemCode.RULE_LE, ProblemCode.RULE_TABLE_TOTAL,
    ProblemCode.RULE_TABLE_FILTER_TOTAL,
})
_MAD_SCALE = 0.6745  # makes the median absolute deviation comparable to a standard deviation
_MEAN_AD_SCALE = 1.253314  # the same for the mean absolute deviation (used when MAD is 0)


class FindingCode(StrEnum):
    MISSING_BLOCK = "missing_block"  # a block of the respondent's kinds left wholly empty
    INCOMPLETE_BLOCK = "incomplete_block"  # some fields of a block left empty
    INVALID_VALUE = "invalid_value"  # a value that does not fit its field
    FAILED_RULE = "failed_rule"  # a consistency rule (resources/annex/rules.json) broken
    OUTLIER_REGIONS = "outlier_regions"  # far from what the same kind reports elsewhere
    YEAR_JUMP = "year_jump"  # far from what the same organisation reported before
    SUBMISSION_SKIPPED = "submission_skipped"  # out of bounds: left out of aggregates, reports
    SUBMISSION_SUSPECT = "submission_suspect"  # its key was revoked as suspect: counted, flagged


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_NAMES: Mapping[Severity, LocalizedText] = {
    Severity.ERROR: LocalizedText(kk="қате", ru="ошибка"),
    Severity.WARNING: LocalizedText(kk="тексеру қажет", ru="требует проверки"),
    Severity.INFO: LocalizedText(kk="ақпарат", ru="сведения"),
}

CODE_NAMES: Mapping[FindingCode, LocalizedText] = {
    FindingCode.MISSING_BLOCK: LocalizedText(kk="блок толтырылмаған", ru="блок не заполнен"),
    FindingCode.INCOMPLETE_BLOCK: LocalizedText(kk="блок толық емес", ru="блок заполнен не полностью"),
    FindingCode.INVALID_VALUE: LocalizedText(kk="мән қате", ru="неверное значение"),
    FindingCode.FAILED_RULE: LocalizedText(kk="сәйкестік ережесі бұзылған",
                                           ru="нарушено правило согласованности"),
    FindingCode.OUTLIER_REGIONS: LocalizedText(kk="басқа өңірлерден күрт ерекшеленеді",
                                               ru="резко отличается от других регионов"),
    FindingCode.YEAR_JUMP: LocalizedText(kk="алдыңғы жылдан күрт өзгерген",
                                         ru="резкое изменение к прошлому году"),
    FindingCode.SUBMISSION_SKIPPED: LocalizedText(kk="есептерге қосылмады",
                                                  ru="не включено в отчеты"),
    FindingCode.SUBMISSION_SUSPECT: LocalizedText(kk="кілті күдікті", ru="ключ сомнителен"),
}

_MESSAGES: Mapping[FindingCode, LocalizedText] = {
    FindingCode.MISSING_BLOCK: LocalizedText(
        kk="{block}-блок мүлде толтырылмаған ({fields} өріс)",
        ru="Блок {block} не заполнен совсем (полей: {fields})",
    ),
    FindingCode.INCOMPLETE_BLOCK: LocalizedText(
        kk="{block}-блок {pct}% толтырылған, жауапсыз өрістер: {unanswered}",
        ru="Блок {block} заполнен на {pct}%, полей без ответа: {unanswered}",
    ),
    FindingCode.OUTLIER_REGIONS: LocalizedText(
        kk="мәні {value} осы түрдегі субъектілердің басқа өңірлердегі есептерінен күрт "
        "ерекшеленеді: медианасы {median}, есептер саны {peers}",
        ru="значение {value} резко отличается от отчетов субъектов того же вида в других "
        "регионах: медиана {median}, отчетов {peers}",
    ),
    FindingCode.YEAR_JUMP: LocalizedText(
        kk="мәні {value}, ал {previous_year} жылы {previous} болған",
        ru="значение {value}, а в {previous_year} году было {previous}",
    ),
    FindingCode.SUBMISSION_SKIPPED: LocalizedText(
        kk="«{org}» ұсынған {year} жылғы мәліметтер жиынтықтар мен есептерге қосылмады: "
        "{problem}",
        ru="сведения «{org}» за {year} год не включены в сводные данные и отчеты: {problem}",
    ),
    FindingCode.SUBMISSION_SUSPECT: LocalizedText(
        kk="«{org}» ұсынған {year} жылғы мәліметтерге қол қойған кілт күдікті деп кері "
        "қайтарылған: мәліметтер есептеледі, бірақ ұйыммен телефон арқылы тексерілуі керек",
        ru="ключ, которым «{org}» подписала сведения за {year} год, отозван как "
        "сомнительный: сведения учитываются, но их нужно сверить с организацией по телефону",
    ),
}


@dataclass(frozen=True, slots=True)
class QualityOptions:
    """Thresholds of the outlier checks (defaults after Iglewicz & Hoaglin and DHIS2)."""

    min_peers: int = 5  # reports of the same kind and year needed to compare across regions
    robust_z: float = 3.5  # |modified z-score| above which a value is an outlier
    min_abs_diff: float = 10  # and it must differ from the median by at least this much
    jump_ratio: float = 3.0  # year on year: ×3 up or down …
    jump_min_abs: float = 10  # … and by at least this much


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing for a reviewer to look at in one submission."""

    id: str
    code: FindingCode
    severity: Severity
    submission_id: str
    org_key: str
    name_kk: str
    name_ru: str
    region: str
    kinds: tuple[str, ...]
    year: int
    block_id: str | None = None
    field_id: str | None = None
    value: object = None
    comparison: tuple[tuple[str, Any], ...] = ()  # median, mad, peers… or previous, year
    problem: Problem | None = None

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def comparison_dict(self) -> dict[str, Any]:
        return dict(self.comparison)

    def message(self, annex: Annex, lang: str) -> str:
        """The finding in Kazakh or Russian, naming the block, question and field."""
        if self.code is FindingCode.SUBMISSION_SKIPPED and self.problem is not None:
            return _MESSAGES[self.code].get(lang).format(
                org=self.name(lang), year=self.year,
                problem=self.problem.message(annex, lang))
        if self.problem is not None:
            return self.problem.message(annex, lang)
        params: dict[str, Any] = {
            # a year is a name, not a quantity: "2024", never "2 024"
            k: v if k.endswith("year") or not isinstance(v, int | float) else format_number(v)
            for k, v in self.comparison
        }
        params["value"] = format_number(self.value)
        params["org"], params["year"] = self.name(lang), self.year
        if self.block_id:
            params["block"] = annex.block(self.block_id).number
        body = _MESSAGES[self.code].get(lang).format_map(params)
        if self.field_id and annex.has_field(self.field_id):
            fld = annex.field(self.field_id)
            place = Problem(ProblemCode.UNANSWERED, fld.id, fld.question_id, fld.block_id)
            return place.place(annex, lang) + body
        return body

    def to_json(self, annex: Annex, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code.value,
            "severity": self.severity.value,
            "submission": self.submission_id,
            "org_key": self.org_key,
            "region": self.region,
            "kinds": list(self.kinds),
            "year": self.year,
            "block": self.block_id,
            "field": self.field_id,
            "value": self.value if isinstance(self.value, int | float | str) else None,
            "comparison": self.comparison_dict(),
            "message": self.message(annex, lang),
        }


@dataclass(frozen=True, slots=True)
class NoDataAnswer:
    """One field answered "no data"."""

    submission_id: str
    org_key: str
    name_kk: str
    name_ru: str
    region: str
    year: int
    field_id: str


@dataclass(frozen=True, slots=True)
class NoDataGroup:
    """The "no data" answers that give the same reason (compared ignoring case and spaces)."""

    reason: str  # as first written; "" when none was given
    answers: tuple[NoDataAnswer, ...]

    @property
    def count(self) -> int:
        return len(self.answers)

    def fields(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for a in self.answers:
            out[a.field_id] = out.get(a.field_id, 0) + 1
        return out

    def organisations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.org_key for a in self.answers))

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "count": self.count, "fields": self.fields(),
                "answers": [{"submission": a.submission_id, "region": a.region,
                             "year": a.year, "field": a.field_id} for a in self.answers]}


@dataclass(frozen=True)
class QualityReport:
    years: tuple[int, ...]
    findings: tuple[Finding, ...]
    no_data: tuple[NoDataGroup, ...]

    def for_submission(self, submission_id: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.submission_id == submission_id)

    def with_code(self, code: FindingCode) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.code is code)

    def finding(self, finding_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    def counts(self) -> dict[str, int]:
        out = {c.value: 0 for c in FindingCode}
        for f in self.findings:
            out[f.code.value] += 1
        return out

    def to_json(self, annex: Annex, lang: str) -> dict[str, Any]:
        return {
            "years": list(self.years),
            "counts": self.counts(),
            "findings": [f.to_json(annex, lang) for f in self.findings],
            "no_data": [g.to_json() for g in self.no_data],
        }


# --- building ----------------------------------------------------------------------------------


def finding_id(code: FindingCode, year: int, org_key: str, *about: str) -> str:
    """``code:year:org_key:about…`` — the same finding gets the same id on every run."""
    return ":".join((code.value, str(year), org_key, *about))


def _finding(rec: SubmissionRecord, code: FindingCode, severity: Severity, about: Sequence[str],
             **kw: Any) -> Finding:
    return Finding(
        id=finding_id(code, rec.year, rec.org_key, *about), code=code, severity=severity,
        submission_id=rec.submission_id, org_key=rec.org_key, name_kk=rec.name_kk,
        name_ru=rec.name_ru, region=rec.region, kinds=rec.kinds, year=rec.year, **kw,
    )


def _validation_findings(subs: SubmissionSet, rec: SubmissionRecord) -> list[Finding]:
    annex = subs.annex
    report = subs.report(rec)
    out: list[Finding] = []
    unanswered_in: dict[str, int] = {}
    for fid in report.unanswered:
        b = annex.field(fid).block_id
        unanswered_in[b] = unanswered_in.get(b, 0) + 1
    for block in annex.blocks_for_kinds([k for k in rec.kinds if _has_kind(annex, k)]):
        size = sum(1 for _ in block.fields())
        empty = unanswered_in.get(block.id, 0)
        if size and empty == size:
            out.append(_finding(rec, FindingCode.MISSING_BLOCK, Severity.ERROR, (block.id,),
                                block_id=block.id, comparison=(("fields", size),)))
        elif empty:
            pct = report.completeness_by_block.get(block.id, 0.0)
            out.append(_finding(rec, FindingCode.INCOMPLETE_BLOCK, Severity.WARNING,
                                (block.id,), block_id=block.id,
                                comparison=(("pct", round(pct, 1)), ("unanswered", empty))))
    for p in report.problems:
        if p.code is ProblemCode.UNANSWERED:
            continue
        code = FindingCode.FAILED_RULE if p.code in _RULE_CODES else FindingCode.INVALID_VALUE
        about = [p.field_id or "", p.code.value]
        for key in ("rule", "row", "item", "key", "dimension", "end"):
            v = p.param(key)
            if v is not None:
                about.append(str(v))
        value = rec.answers.get(p.field_id) if p.field_id else None
        out.append(_finding(rec, code, Severity.ERROR, about, block_id=p.block_id,
                            field_id=p.field_id, problem=p,
                            value=value if isinstance(value, int | float) else None))
    return out


def _skipped_findings(skipped: SkippedSubmission) -> list[Finding]:
    """One finding per bound the skipped submission breaks, naming the office and the field."""
    rec = skipped.record
    out: list[Finding] = []
    for p in skipped.problems:
        about = [p.field_id or "", p.code.value]
        for key in ("row", "item"):
            v = p.param(key)
            if v is not None:
                about.append(str(v))
        out.append(_finding(rec, FindingCode.SUBMISSION_SKIPPED, Severity.ERROR, about,
                            block_id=p.block_id, field_id=p.field_id, problem=p))
    return out


def _has_kind(annex: Annex, kind_id: str) -> bool:
    return any(k.id == kind_id for k in annex.kinds)


def _victims_indicator(fld: Field, value: object) -> Number | None:
    if isinstance(value, Mapping) and isinstance(value.get("rows"), list):
        return victims_total(value)
    return None


# The number an outlier check compares, by field type (None: the type has no such number).
INDICATORS: Mapping[FieldType, Callable[[Field, object], Number | None] | None] = \
    MappingProxyType({
        FieldType.YES_NO: None,
        FieldType.TEXT: None,
        FieldType.COUNT: numeric_value,
        FieldType.MONEY: numeric_value,
        FieldType.PERIOD: None,
        FieldType.LIST: None,
        FieldType.VICTIMS: _victims_indicator,
    })


def indicator(fld: Field, value: object) -> Number | None:
    """The number an outlier check compares: a count, an amount, or a victims table's total."""
    number = INDICATORS[fld.type]
    return number(fld, value) if number is not None else None


def _indicators(subs: SubmissionSet, rec: SubmissionRecord) -> dict[str, Number]:
    bad = {p.field_id for p in subs.report(rec).problems
           if p.code not in _RULE_CODES and p.code is not ProblemCode.UNANSWERED}
    out: dict[str, Number] = {}
    for fld in subs.fields_of(rec):
        if INDICATORS[fld.type] is not None and fld.id not in bad:
            n = indicator(fld, rec.answers.get(fld.id))
            if n is not None:
                out[fld.id] = n
    return out


def robust_score(value: Number, values: Sequence[Number]) -> tuple[float, float, float] | None:
    """(modified z-score, median, spread) of ``value`` among ``values``; None if all agree.

    The spread is the median absolute deviation, or the mean absolute deviation when more
    than half of the values are equal (common with counts: many zeros), as IBM SPSS does.
    """
    med = median(values)
    deviations = [abs(v - med) for v in values]
    mad = median(deviations)
    if mad > 0:
        return _MAD_SCALE * (value - med) / mad, float(med), float(mad)
    mean_ad = sum(deviations) / len(deviations)
    if mean_ad > 0:
        return (value - med) / (_MEAN_AD_SCALE * mean_ad), float(med), float(mean_ad)
    return None


def _outliers(subs: SubmissionSet, year: int, values: Mapping[str, Mapping[str, Number]],
              opts: QualityOptions) -> list[Finding]:
    """Values far from what the same kind of subject reports in the other regions."""
    annex = subs.annex
    groups: dict[tuple[str, str], list[tuple[SubmissionRecord, Number]]] = {}
    for rec in subs.for_year(year):
        for fid, n in values[rec.submission_id].items():
            kind = subs.kind_key(rec, annex.field(fid).block_id)
            groups.setdefault((fid, kind), []).append((rec, n))
    out: list[Finding] = []
    for (fid, kind), reports in groups.items():
        if len(reports) < opts.min_peers:
            continue
        numbers = [n for _, n in reports]
        for rec, n in reports:
            scored = robust_score(n, numbers)
            if scored is None:
                continue
            z, med, spread = scored
            if abs(z) > opts.robust_z and abs(n - med) >= opts.min_abs_diff:
                out.append(_finding(
                    rec, FindingCode.OUTLIER_REGIONS, Severity.WARNING, (fid,),
                    block_id=annex.field(fid).block_id, field_id=fid, value=n,
                    comparison=(("kind", kind), ("median", _tidy(med)),
                                ("spread", round(spread, 2)), ("score", round(z, 1)),
                                ("peers", len(reports))),
                ))
    return out


def _tidy(x: float) -> Number:
    return int(x) if float(x).is_integer() else round(x, 2)


def _jumps(subs: SubmissionSet, year: int, values: Mapping[str, Mapping[str, Number]],
           opts: QualityOptions) -> list[Finding]:
    """Values far from what the same organisation reported in its latest earlier year."""
    annex = subs.annex
    out: list[Finding] = []
    for rec in subs.for_year(year):
        earlier = [r for r in subs.for_org(rec.org_key) if r.year < year]
        if not earlier:
            continue
        prev = max(earlier, key=lambda r: r.year)
        before = values.get(prev.submission_id)
        if before is None:
            before = _indicators(subs, prev)
        for fid, n in values[rec.submission_id].items():
            p = before.get(fid)
            if p is None or abs(n - p) < opts.jump_min_abs:
                continue
            low, high = sorted((abs(n), abs(p)))
            ratio = math.inf if low == 0 else high / low
            if ratio >= opts.jump_ratio:
                out.append(_finding(
                    rec, FindingCode.YEAR_JUMP, Severity.WARNING, (fid,),
                    block_id=annex.field(fid).block_id, field_id=fid, value=n,
                    comparison=(("previous", p), ("previous_year", prev.year),
                                ("ratio", None if math.isinf(ratio) else round(ratio, 1))),
                ))
    return out


def _no_data_groups(subs: SubmissionSet, years: Iterable[int]) -> tuple[NoDataGroup, ...]:
    groups: dict[str, tuple[str, list[NoDataAnswer]]] = {}
    for year in years:
        for rec in subs.for_year(year):
            for fld in subs.fields_of(rec):
                value = rec.answers.get(fld.id)
                if not is_no_data(value):
                    continue
                reason = no_data_reason(value) or ""
                key = " ".join(reason.split()).casefold().rstrip(" .;,")
                shown, answers = groups.setdefault(key, (" ".join(reason.split()), []))
                answers.append(NoDataAnswer(rec.submission_id, rec.org_key, rec.name_kk,
                                            rec.name_ru, rec.region, rec.year, fld.id))
    ordered = sorted(groups.values(), key=lambda g: (-len(g[1]), g[0].casefold()))
    return tuple(NoDataGroup(shown, tuple(answers)) for shown, answers in ordered)


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def quality_report(
    subs: SubmissionSet, years: Iterable[int] | None = None,
    options: QualityOptions | None = None,
) -> QualityReport:
    """The findings of ``years`` (default: all); earlier years in ``subs`` serve as history."""
    opts = options or QualityOptions()
    wanted = tuple(sorted(set(subs.years() if years is None else years)))
    annex = subs.annex
    findings: list[Finding] = []
    for year in wanted:
        values = {rec.submission_id: _indicators(subs, rec) for rec in subs.for_year(year)}
        for rec in subs.for_year(year):
            findings.extend(_validation_findings(subs, rec))
            if rec.suspect:
                findings.append(_finding(rec, FindingCode.SUBMISSION_SUSPECT, Severity.WARNING,
                                         ("suspect",)))
        for skipped in subs.skipped_for_year(year):
            findings.extend(_skipped_findings(skipped))
        findings.extend(_outliers(subs, year, values, opts))
        findings.extend(_jumps(subs, year, values, opts))
    region_pos = {r.code: i for i, r in enumerate(annex.regions)}
    field_pos = {f.id: i for i, f in enumerate(annex.fields())}
    block_pos = {b.id: i for i, b in enumerate(annex.blocks)}
    findings.sort(key=lambda f: (
        f.year, region_pos.get(f.region, 999), f.org_key, block_pos.get(f.block_id or "", -1),
        field_pos.get(f.field_id or "", -1), _SEVERITY_ORDER[f.severity], f.id,
    ))
    unique = tuple({f.id: f for f in findings}.values())
    return QualityReport(wanted, unique, _no_data_groups(subs, wanted))
