"""The respondent's use cases: campaigns, answers (with audit), import/export, validation."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex
from kzth_desktop.annex.problems import Problem, ProblemCode, make_problem
from kzth_desktop.annex.upgrades import EarlierAnswer, shipped_upgrades, split_problems
from kzth_desktop.annex.validation import (
    Rule,
    ValidationReport,
    answer_bound_problems,
    validate_submission,
)
from kzth_desktop.annex.values import check_value, is_empty, normalize
from kzth_desktop.services.errors import AnswersError, ErrorCode, ServiceError
from kzth_desktop.services.returned import Note, notes, pending_return
from kzth_desktop.services.workspace import OrgProfile, Workspace
from kzth_desktop.storage.models import Answer, Submission, utcnow
from kzth_desktop.storage.models import AuditEntry as AuditRow
from kzth_desktop.storage.models import Campaign as CampaignRow
from kzth_desktop.storage.models import EarlierAnswer as EarlierRow

MIN_YEAR, MAX_YEAR = 2000, 2100
# an answer still being typed may have these problems and is kept all the same (validation
# keeps reporting them until they are put right): nothing a user typed is ever dropped
DRAFT_TOLERATED = frozenset({
    ProblemCode.DETAILS_REQUIRED,
    ProblemCode.NO_DATA_REASON_REQUIRED,
    ProblemCode.PERIOD_REVERSED,
    ProblemCode.BAD_ROW_COUNT,
    ProblemCode.EMPTY_ITEM,
})
DRAFT, READY, EXPORTED = "draft", "ready", "exported"
RETURNED = "returned"  # shown, not stored: a draft whose coordinator's return is pending


@dataclass(frozen=True, slots=True)
class Campaign:
    """A reporting year with its submission's state."""

    year: int
    deadline: dt.date | None
    status: str  # draft | ready | exported
    version: int


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change: when, who, which field, old → new (canonical JSON values)."""

    at: dt.datetime
    user: str
    action: str  # set | clear | status | upgrade (an earlier definition's answer moved)
    field_id: str  # "" for a status change
    old: Any  # the canonical JSON value before (None: nothing), or the old status
    new: Any


@dataclass(frozen=True, slots=True)
class ImportResult:
    year: int
    changed: tuple[str, ...]  # field ids whose value changed (set or cleared)
    unchanged: int  # answers given that were already stored as they are


@dataclass(frozen=True, slots=True)
class YearStatus:
    year: int
    deadline: dt.date | None
    status: str
    version: int
    answered: int  # fields holding a value or "no data"
    total: int  # fields of the organisation's blocks
    completeness: float  # 0..100, valid answers among the fields (ValidationReport.overall)
    problems: int


@dataclass(frozen=True, slots=True)
class StatusSummary:
    role: str
    profile: OrgProfile | None
    years: tuple[YearStatus, ...]


def dump_value(value: Any) -> str:
    """An answer's canonical JSON text, as stored (key order kept, no ASCII escaping)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def parse_answers_file(path: Path | str) -> dict[str, Any]:
    """Reads an answers file; unreadable or malformed JSON is a ServiceError with its place."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ServiceError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=str(exc)) from exc
    return parse_answers_text(text)


def parse_answers_text(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ServiceError(
            ErrorCode.FILE_MALFORMED, detail=exc.msg, line=exc.lineno, column=exc.colno
        ) from exc
    except (ValueError, RecursionError) as exc:  # an integer of thousands of digits, nesting
        raise ServiceError(ErrorCode.FILE_MALFORMED, detail=str(exc)[:200], line="?",
                           column="?") from exc
    if not isinstance(data, dict):
        raise ServiceError(ErrorCode.FILE_SHAPE, detail=type(data).__name__)
    return data


class RespondentService:
    """Use cases of a respondent workspace. Each method is one unit of work."""

    def __init__(self, ws: Workspace, annex: Annex, rules: Sequence[Rule] | None = None) -> None:
        if ws.role != "respondent":
            raise ServiceError(ErrorCode.WRONG_ROLE, needed="respondent", role=ws.role)
        self.ws = ws
        self.annex = annex
        self.rules = rules  # None: the shipped consistency rules
        if ws.annex is None:
            ws.annex = annex

    # --- campaigns -----------------------------------------------------------------------------
    def add_campaign(self, year: int, deadline: dt.date | None = None) -> Campaign:
        year = _check_year(year)

        def work(s: Session) -> Campaign:
            if s.scalar(select(CampaignRow.id).where(CampaignRow.year == year)) is not None:
                raise ServiceError(ErrorCode.CAMPAIGN_EXISTS, year=year)
            row = CampaignRow(year=year, deadline=deadline, source="manual")
            row.submission = Submission(status=DRAFT, version=1)
            s.add(row)
            s.flush()
            return _campaign_of(row)

        return self.ws.write(work)

    def campaigns(self) -> list[Campaign]:
        def work(s: Session) -> list[Campaign]:
            rows = s.scalars(select(CampaignRow).order_by(CampaignRow.year)).all()
            return [_campaign_of(r) for r in rows]

        return self.ws.read(work)

    def campaign(self, year: int) -> Campaign:
        return self.ws.read(lambda s: _campaign_of(_submission(s, year).campaign))

    # --- answers -------------------------------------------------------------------------------
    def answers(self, year: int) -> dict[str, Any]:
        """The stored answers of ``year``, in annex order, as canonical JSON values."""

        def work(s: Session) -> dict[str, Any]:
            sub = _submission(s, year)
            rows = s.execute(
                select(Answer.field_id, Answer.value_json).where(Answer.submission_id == sub.id)
            ).all()
            return {fid: json.loads(text) for fid, text in rows}

        return self._in_annex_order(self.ws.read(work))

    def earlier_answers(self, year: int) -> tuple[EarlierAnswer, ...]:
        """Answers given under an earlier definition of the annex that this one asks apart,
        kept as typed, in annex order of their questions (the form shows each on its question,
        validation flags the fields to split it into until they are answered)."""

        def work(s: Session) -> list[EarlierAnswer]:
            sub = _submission(s, year)
            rows = s.scalars(select(EarlierRow).where(EarlierRow.submission_id == sub.id)
                             .order_by(EarlierRow.id)).all()
            return [EarlierAnswer(r.field_id, r.question_id, r.revision, json.loads(r.value_json),
                                  tuple(r.split_into or ()), bool(r.sum_of_parts))
                    for r in rows]

        order = {q.id: i for i, q in enumerate(q for b in self.annex.blocks for q in b.questions)}
        found = self.ws.read(work)
        return tuple(sorted(found, key=lambda e: order.get(e.question_id, len(order))))

    def save_answer(self, year: int, field_id: str, value: Any, user: str = "") -> bool:
        """Checks and stores one answer (empty value = clear) with an audit row, in one short
        transaction. Returns False when the stored value was already this one (nothing done).
        """
        return self._store(year, field_id, value, user, tolerated=frozenset())

    def save_draft(self, year: int, field_id: str, value: Any, user: str = "", *,
                   busy_ms: int | None = None) -> bool:
        """Like :meth:`save_answer`, for the form's autosave: an answer that is well formed but
        not finished yet ("yes" before its description, "no data" before its reason) is stored
        too, and validation goes on listing what it lacks. Malformed values are refused.
        ``busy_ms``: how long to wait for another program's write lock (WORKSPACE_BUSY after).
        """
        return self._store(year, field_id, value, user, tolerated=DRAFT_TOLERATED,
                           busy_ms=busy_ms)

    def _store(self, year: int, field_id: str, value: Any, user: str,
               tolerated: frozenset[ProblemCode], busy_ms: int | None = None) -> bool:
        if is_empty(value):
            return self.clear_answer(year, field_id, user=user, busy_ms=busy_ms)
        problems = [
            p for p in self._check(field_id, value, self._allowed()) if p.code not in tolerated
        ]
        if problems:
            raise AnswersError(self.annex, problems, year=year)
        canonical = dump_value(normalize(self.annex.field(field_id), value))

        def work(s: Session) -> bool:
            sub = _draft(s, year)
            return _put(s, sub, field_id, canonical, user)

        return self.ws.write(work, busy_ms=busy_ms)

    def clear_answer(self, year: int, field_id: str, user: str = "", *,
                     busy_ms: int | None = None) -> bool:
        if not self.annex.has_field(field_id):
            raise AnswersError(
                self.annex, [make_problem(ProblemCode.UNKNOWN_FIELD, field_id, self.annex)],
                year=year,
            )

        def work(s: Session) -> bool:
            sub = _draft(s, year)
            return _put(s, sub, field_id, None, user)

        return self.ws.write(work, busy_ms=busy_ms)

    def import_answers(self, data: Mapping[str, Any], user: str = "") -> ImportResult:
        """Stores an answers file ``{"reporting_year": Y, "answers": {...}}`` all or nothing.

        Every problem is listed (unknown field ids, fields outside the organisation's blocks,
        values of the wrong shape); if there is any, nothing is changed. Unfinished answers
        (``DRAFT_TOLERATED``: "yes" without its description yet…) are stored as drafts. Answers not named in
        the file stay as they are; an empty value (null, "") clears the answer.
        """
        if not isinstance(data, Mapping):
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=type(data).__name__)
        year = data.get("reporting_year")
        answers = data.get("answers")
        extra = sorted(set(data) - {"reporting_year", "answers"})
        if extra:
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=", ".join(map(str, extra)))
        if not isinstance(year, int) or isinstance(year, bool):
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=f"reporting_year = {year!r}")
        if not isinstance(answers, Mapping):
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=f"answers = {type(answers).__name__}")
        current = self.campaign(year)  # NO_CAMPAIGN before anything else
        if current.status != DRAFT:
            raise ServiceError(ErrorCode.SUBMISSION_LOCKED, year=year, status=current.status)
        bound = answer_bound_problems(self.annex, answers)  # the bounds of the value types
        if bound:
            raise AnswersError(self.annex, bound, year=year)
        allowed = self._allowed()
        problems: list[Problem] = []
        for fid in sorted(answers, key=str):
            problems.extend(
                p for p in self._check(str(fid), answers[fid], allowed, allow_empty=True)
                # a file may hold a draft, as the form's autosave does (export -> import
                # round-trips it); validation goes on listing what is unfinished
                if p.code not in DRAFT_TOLERATED
            )
        if problems:
            raise AnswersError(self.annex, problems, year=year)
        canonical: dict[str, str | None] = {}
        for fid in self._in_annex_order(answers):
            value = answers[fid]
            canonical[fid] = (
                None if is_empty(value) else dump_value(normalize(self.annex.field(fid), value))
            )

        def work(s: Session) -> ImportResult:
            sub = _draft(s, year)
            changed = [fid for fid, text in canonical.items() if _put(s, sub, fid, text, user)]
            return ImportResult(year, tuple(changed), len(canonical) - len(changed))

        return self.ws.write(work)

    def import_answers_file(self, path: Path | str, user: str = "") -> ImportResult:
        return self.import_answers(parse_answers_file(path), user=user)

    def export_answers(self, year: int) -> dict[str, Any]:
        return {"reporting_year": year, "answers": self.answers(year)}

    # --- state ---------------------------------------------------------------------------------
    def validate(self, year: int) -> ValidationReport:
        """The annex's and the rules' problems (SPLIT_REQUIRED where an earlier definition's
        answer is to be split), then the coordinator's open notes of a return for correction
        (RETURNED_BY_COORDINATOR, ``source`` "coordinator") on their fields."""
        report = self._report(year, self._kinds())
        open_notes = [n for n in self.returned_notes(year) if n.open]
        if not open_notes:
            return report
        extra = tuple(make_problem(ProblemCode.RETURNED_BY_COORDINATOR, n.field_id, self.annex,
                                   note=n.note, source="coordinator") for n in open_notes)
        return replace(report, problems=report.problems + extra)

    def returned_notes(self, year: int, *, pending_only: bool = True) -> list[Note]:
        """The coordinator's notes on this year's answers (see :mod:`.returned`)."""
        return self.ws.read(lambda s: notes(s, year, _submission(s, year).id,
                                            pending_only=pending_only))
    def _report(self, year: int, kinds: list[str]) -> ValidationReport:
        """The validation of ``year``'s answers, with SPLIT_REQUIRED (instead of UNANSWERED)
        on the fields an earlier definition's answer is still to be split into."""
        answers = self.answers(year)
        report = validate_submission(self.annex, kinds, answers, rules=self.rules,
                                     reporting_year=year)
        earlier = self.earlier_answers(year)
        if not earlier:
            return report
        allowed = {f.id for f in self.annex.fields_for_kinds(kinds)} if kinds else set()
        split = [p for p in split_problems(self.annex, answers, earlier)
                 if p.field_id in allowed]
        by_field = {p.field_id: p for p in split}
        problems = [by_field.pop(str(p.field_id), p)
                    if p.code is ProblemCode.UNANSWERED else p for p in report.problems]
        return replace(report, problems=(*problems, *by_field.values()))

    def mark_ready(self, year: int, user: str = "") -> Campaign:
        """Draft → ready, refused (NOT_VALID) unless the answers validate without problems."""
        report = self.validate(year)
        if not report.ok:
            raise ServiceError(ErrorCode.NOT_VALID, year=year, count=len(report.problems))
        return self._transition(year, {DRAFT}, READY, user)

    def mark_exported(self, year: int, user: str = "") -> Campaign:
        """Ready → exported (the bundle has been written)."""
        return self._transition(year, {READY, EXPORTED}, EXPORTED, user)

    def reopen(self, year: int, user: str = "") -> Campaign:
        """Back to draft; a submission already exported gets the next version number."""
        return self._transition(year, {READY, EXPORTED}, DRAFT, user)

    def audit(self, year: int) -> list[AuditEntry]:
        def work(s: Session) -> list[AuditEntry]:
            sub = _submission(s, year)
            rows = s.scalars(
                select(AuditRow).where(AuditRow.submission_id == sub.id).order_by(AuditRow.id)
            ).all()
            return [
                AuditEntry(r.at, r.user, r.action, r.field_id, _load(r.old_json),
                            _load(r.new_json))
                for r in rows
            ]

        return self.ws.read(work)

    def status(self) -> StatusSummary:
        profile = self.ws.profile()
        kinds = list(profile.kinds) if profile is not None else []
        total = len(self.annex.fields_for_kinds(kinds)) if kinds else 0
        years = []
        for c in self.campaigns():
            report = self._report(c.year, kinds)
            answered = total - len(report.unanswered)
            state = c.status
            if state == DRAFT and self.ws.read(partial(pending_return, year=c.year)):
                state = RETURNED  # a draft again because the coordinator returned it
            open_notes = sum(1 for n in self.returned_notes(c.year) if n.open)
            years.append(YearStatus(c.year, c.deadline, state, c.version, answered, total,
                                    report.overall, len(report.problems) + open_notes))
        return StatusSummary(self.ws.role, profile, tuple(years))

    # --- helpers -------------------------------------------------------------------------------
    def _kinds(self) -> list[str]:
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        return list(profile.kinds)

    def _allowed(self) -> set[str] | None:
        """The field ids of the organisation's blocks (None: no kinds known, all fields)."""
        profile = self.ws.profile()
        if profile is None or not profile.kinds:
            return None
        return {f.id for f in self.annex.fields_for_kinds(list(profile.kinds))}

    def _check(self, field_id: str, value: Any, allowed: set[str] | None,
               allow_empty: bool = False) -> list[Problem]:
        if not self.annex.has_field(field_id):
            earlier = shipped_upgrades(self.annex).earlier_id(field_id)
            if earlier is not None:  # a file typed for the earlier definition: say where to
                revision, change = earlier
                q = self.annex.question(change.question_id)
                return [make_problem(ProblemCode.EARLIER_FIELD, field_id, self.annex,
                                     revision=revision, block=self.annex.block(q.block_id).number,
                                     question=q.number, into=tuple(change.into))]
            return [make_problem(ProblemCode.UNKNOWN_FIELD, field_id, self.annex)]
        if allowed is not None and field_id not in allowed:
            return [make_problem(ProblemCode.FIELD_NOT_FOR_KINDS, field_id, self.annex)]
        if allow_empty and is_empty(value):
            return []
        return check_value(self.annex.field(field_id), value)

    def _in_annex_order(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        ordered = {f.id: answers[f.id] for f in self.annex.fields() if f.id in answers}
        ordered.update({k: v for k, v in answers.items() if k not in ordered})
        return ordered

    def _transition(self, year: int, allowed: set[str], target: str, user: str) -> Campaign:
        def work(s: Session) -> Campaign:
            sub = _submission(s, year)
            if sub.status not in allowed:
                raise ServiceError(
                    ErrorCode.BAD_TRANSITION, year=year, status=sub.status, target=target
                )
            old = sub.status
            if target == DRAFT and old == EXPORTED:
                sub.version += 1
            sub.status = target
            sub.updated_at = utcnow()
            s.add(AuditRow(submission_id=sub.id, user=user, action="status", field_id="",
                             old_json=dump_value(old), new_json=dump_value(target)))
            s.flush()
            return _campaign_of(sub.campaign)

        return self.ws.write(work)


# the codes of a failure of the storage (the answer is fine, the disk or the lock is not)
STORAGE_FAILURES = frozenset({
    ErrorCode.DISK_FULL, ErrorCode.WORKSPACE_BUSY, ErrorCode.WORKSPACE_DAMAGED,
    ErrorCode.STORAGE_FAILED,
})


@dataclass(frozen=True, slots=True)
class SaveFailure:
    """An edit that could not be stored (it stays queued)."""

    year: int
    field_id: str
    error: ServiceError

    @property
    def storage(self) -> bool:
        """The storage failed (full disk, busy, damaged), not the value."""
        return self.error.code in STORAGE_FAILURES


@dataclass(frozen=True, slots=True)
class FlushResult:
    saved: tuple[str, ...]  # field ids stored by this flush (durably: the commit returned)
    failures: tuple[SaveFailure, ...]
    pending: int  # edits still queued after it

    @property
    def ok(self) -> bool:
        return not self.failures and not self.pending


class PendingEdits:
    """The form's autosave queue: an edit leaves it only once it is durably stored.

    ``put`` queues the latest value of a field (a newer edit replaces an older one);
    ``flush`` saves them one short transaction each (``save_draft``) and removes an edit only
    after its transaction has committed. A failed save — any exception: a full disk, a
    database locked past the busy timeout, a refused value — keeps the edit queued, so the
    caller can retry later, show why, or write the queue out (:meth:`answers_files`) for
    ``kzth answers import``. A failure of the storage stops the flush (the next saves would
    fail the same way); a refused value does not stop the others.
    """

    def __init__(self, service: RespondentService, *, busy_ms: int | None = None) -> None:
        self.service = service
        self.busy_ms = busy_ms  # how long one save waits for another program's lock
        self._edits: dict[tuple[int, str], Any] = {}

    def put(self, year: int, field_id: str, value: Any) -> None:
        self._edits.pop((year, field_id), None)
        self._edits[(year, field_id)] = value  # last edit last: saved in the order typed

    def __len__(self) -> int:
        return len(self._edits)

    def __bool__(self) -> bool:
        return bool(self._edits)

    def items(self) -> list[tuple[int, str, Any]]:
        return [(year, fid, value) for (year, fid), value in self._edits.items()]

    def flush(self, user: str = "") -> FlushResult:
        saved: list[str] = []
        failures: list[SaveFailure] = []
        for (year, fid), value in list(self._edits.items()):
            try:
                self.service.save_draft(year, fid, value, user=user, busy_ms=self.busy_ms)
            except ServiceError as exc:
                failures.append(SaveFailure(year, fid, exc))
            except Exception as exc:  # noqa: BLE001 - whatever it is, the edit is kept
                failures.append(SaveFailure(year, fid, ServiceError(
                    ErrorCode.STORAGE_FAILED, path=self.service.ws.location.describe(),
                    detail=f"{type(exc).__name__}: {exc}")))
            else:
                if self._edits.get((year, fid), _GONE) is value:
                    del self._edits[(year, fid)]
                saved.append(fid)
                continue
            if failures[-1].storage:
                break
        return FlushResult(tuple(saved), tuple(failures), len(self._edits))

    def discard(self) -> None:
        """Forgets every queued edit (only on the user's explicit word)."""
        self._edits.clear()

    def answers_files(self) -> list[dict[str, Any]]:
        """The queued edits as answers files ``{"reporting_year": Y, "answers": {…}}``, one
        per year, in the canonical shape ``kzth answers import`` reads (an emptied field is
        ``null``, which clears it there too)."""
        by_year: dict[int, dict[str, Any]] = {}
        for (year, fid), value in self._edits.items():
            by_year.setdefault(year, {})[fid] = None if is_empty(value) else value
        return [{"reporting_year": year, "answers": self.service._in_annex_order(answers)}
                for year, answers in sorted(by_year.items())]


_GONE = object()


def _check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ServiceError(ErrorCode.BAD_YEAR, year=year)
    return year


def _submission(s: Session, year: int) -> Submission:
    sub = s.scalar(
        select(Submission).join(Submission.campaign).where(CampaignRow.year == year)
    )
    if sub is None:
        raise ServiceError(ErrorCode.NO_CAMPAIGN, year=year)
    return sub


def _draft(s: Session, year: int) -> Submission:
    sub = _submission(s, year)
    if sub.status != DRAFT:
        raise ServiceError(ErrorCode.SUBMISSION_LOCKED, year=year, status=sub.status)
    return sub


def _put(s: Session, sub: Submission, field_id: str, text: str | None, user: str) -> bool:
    """Upserts (or deletes, for None) one answer and writes its audit row; False if unchanged."""
    row = s.scalar(
        select(Answer).where(Answer.submission_id == sub.id, Answer.field_id == field_id)
    )
    old = row.value_json if row is not None else None
    if old == text or (old is not None and text is not None and _same(_load(old), _load(text))):
        return False
    now = utcnow()
    if text is None:
        assert row is not None
        s.delete(row)
    elif row is None:
        s.add(Answer(submission_id=sub.id, field_id=field_id, value_json=text, updated_at=now,
                     updated_by=user))
    else:
        row.value_json, row.updated_at, row.updated_by = text, now, user
    s.add(AuditRow(submission_id=sub.id, at=now, user=user,
                     action="clear" if text is None else "set", field_id=field_id,
                     old_json=old, new_json=text))
    sub.updated_at = now
    return True


def _same(a: Any, b: Any) -> bool:
    """Equal JSON values of equal types (in Python 1 == 1.0 == True; here they differ)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _campaign_of(row: CampaignRow) -> Campaign:
    sub = row.submission
    assert sub is not None
    return Campaign(row.year, row.deadline, sub.status, sub.version)
