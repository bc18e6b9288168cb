"""Remote Delphi rounds (issue 21): a ballot workbook per expert and round, read back and
recorded, and each round's medians, IQRs, convergence and missing answers.

Ballots score the national territory ("KZ"): the experts rank the country's risks; scores of
a region are still entered one by one (``kzth assessment expert-score --territory``).

**A ballot's identity** is the token this workspace issued it under (a random 128-bit value,
kept in the ``ballot`` table with the expert, the round, the period and the digest of the
risk list at issue) and the same values written into the workbook (its hidden ``kzth`` sheet,
and visibly in its header). A returned file is accepted only if all of them agree with what
was issued, the period's register is still the one the ballot lists, no later round has been
issued, and every filled score is a whole number 1-5 with its pair; otherwise it is refused
with the cell that differs. A ballot returned twice replaces that expert's answers of the
round (a corrected file), never adds to them.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kzth_desktop.assessment.delphi import RoundAnswer, RoundSummary, summarise
from kzth_desktop.assessment.ranking import RiskItem
from kzth_desktop.reports.ballot import (
    BallotContent,
    BallotRisk,
    CellValue,
    NotABallotError,
    ReadBallot,
    ballot_xlsx,
    read_ballot,
)
from kzth_desktop.services.assessment import AssessmentService, ExpertEntry
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.storage.models import AssessmentPeriod as PeriodRow
from kzth_desktop.storage.models import Ballot as BallotRow
from kzth_desktop.storage.models import ExpertScoreRow as ScoreRow
from kzth_desktop.storage.models import utcnow

NATIONAL = "KZ"
MAX_BALLOT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class BallotReceipt:
    """What a returned ballot recorded."""

    expert: ExpertEntry
    round: int
    years: tuple[int, ...]
    scored: int  # risks scored
    replaced: bool  # the expert had already returned this round: the answers were replaced

    def to_json(self) -> dict[str, Any]:
        return {"ok": True, "expert": self.expert.id, "round": self.round,
                "years": list(self.years), "scored": self.scored, "replaced": self.replaced}


def risks_digest(register: Sequence[RiskItem]) -> str:
    """SHA-256 of the register's ids and names in order: a changed list, a new digest."""
    data = json.dumps([[r.id, r.name.kk, r.name.ru] for r in register], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _span(first: object, last: object) -> str:
    return f"{first}–{last}" if first != last else str(first)


class BallotService:
    """Ballots and rounds over an :class:`AssessmentService`."""

    def __init__(self, assessment: AssessmentService) -> None:
        self.svc = assessment
        self.ws = assessment.ws

    # --- answers and rounds ------------------------------------------------------------------
    def answers(self, years: Sequence[int]) -> list[RoundAnswer]:
        """Every round's national answers of the period."""
        return [RoundAnswer(e.expert_id, e.risk_id, e.round, e.likelihood, e.impact)
                for e in self.svc.expert_scores(years, NATIONAL, all_rounds=True)]

    def _issued(self, years: Sequence[int]) -> list[tuple[int, int, bool]]:
        """(round, expert id, returned) of every ballot issued for the period."""
        def work(s: Session, row: PeriodRow) -> list[tuple[int, int, bool]]:
            return [(r.round, r.expert_id, r.returned_at is not None) for r in s.scalars(
                select(BallotRow).where(BallotRow.period_id == row.id))]

        result: list[tuple[int, int, bool]] = self.svc._read(years, work, [])
        return result

    def rounds(self, years: Sequence[int]) -> list[RoundSummary]:
        """Each round's medians, IQRs and convergence (``delphi`` module), and which
        experts issued a ballot of the round have not answered."""
        expected: dict[int, set[int]] = {}
        for rnd, expert_id, _ in self._issued(years):
            expected.setdefault(rnd, set()).add(expert_id)
        method = self.svc.method(years)
        return summarise(self.answers(years), expected, method.iqr_flag)

    # --- export ------------------------------------------------------------------------------
    def ballot(self, years: Sequence[int], expert: int | str, round: int,
               lang: str = "ru") -> bytes:
        """Issues a ballot of ``round`` to ``expert`` and returns the workbook's bytes."""
        if not isinstance(round, int) or isinstance(round, bool) or round < 1:
            raise ServiceError(ErrorCode.ROUND_INVALID, round=round)
        person = self.svc.expert(expert)
        period = self.svc.period(years)
        later = max((r for r, _, _ in self._issued(period.years)), default=0)
        if later > round:
            raise ServiceError(ErrorCode.ROUND_CLOSED, round=round, later=later)
        summaries = {s.number: s for s in self.rounds(period.years)}
        previous = summaries.get(round - 1)
        if round > 1 and (previous is None or not previous.risks):
            raise ServiceError(ErrorCode.ROUND_NOT_READY, round=round, previous=round - 1)
        own = {a.risk_id: a for a in self.answers(period.years)
               if a.expert_id == person.id and a.round == round - 1}
        register = self.svc.register(period.years)
        digest = risks_digest(register)
        scores = {s.risk.id: s for s in self.svc.scores(period.years, NATIONAL)}
        rows = []
        for item in register:
            s = scores[item.id]
            group = previous.risk(item.id) if previous is not None else None
            mine = own.get(item.id)
            rows.append(BallotRisk(
                item.id, item.name, s.share_by_year, s.share, s.trend, s.data_likelihood,
                group.median_likelihood if group else None,
                group.iqr_likelihood if group else None,
                group.median_impact if group else None,
                group.iqr_impact if group else None,
                mine.likelihood if mine else None, mine.impact if mine else None))
        token = secrets.token_hex(16)
        method = period.method
        content = BallotContent(
            token, person.id, person.name, person.organisation, round, period.years, digest,
            tuple(rows),
            tuple((a.value, a.label, a.text) for a in method.likelihood_anchors),
            tuple((a.value, a.label, a.text) for a in method.impact_anchors))
        data = ballot_xlsx(content, lang)

        def work(s: Session, row: PeriodRow) -> None:
            s.add(BallotRow(token=token, period_id=row.id, expert_id=person.id, round=round,
                            risks_digest=digest, risk_ids=[r.id for r in register]))

        self.svc._write(period.years, work)
        return data

    def write_ballot(self, path: str | Path, years: Sequence[int], expert: int | str,
                     round: int, lang: str = "ru") -> Path:
        target = Path(path)
        write_file(target, self.ballot(years, expert, round, lang))
        return target

    # --- import ------------------------------------------------------------------------------
    def import_ballot(self, path: str | Path) -> BallotReceipt:
        """Reads a returned ballot, checks it against what was issued and records the
        expert's answers of its round (every refusal names the cell)."""
        source = Path(path)
        try:
            if source.stat().st_size > MAX_BALLOT_BYTES:
                raise ServiceError(ErrorCode.BALLOT_UNREADABLE, path=str(path),
                                   detail=f"> {MAX_BALLOT_BYTES // (1024 * 1024)} MB")
            data = source.read_bytes()
        except OSError as exc:
            raise ServiceError(ErrorCode.FILE_UNREADABLE, path=str(path),
                               detail=exc.strerror or str(exc)) from exc
        try:
            read = read_ballot(data)
        except NotABallotError as exc:
            raise ServiceError(ErrorCode.BALLOT_UNREADABLE, path=str(path),
                               detail=str(exc)) from exc
        token = read.identity["token"]
        issued = self.ws.read(lambda s: _issued_row(s, str(token.value or "")))
        if issued is None:
            raise ServiceError(ErrorCode.BALLOT_NOT_ISSUED, cell=token.cell)
        ballot_id, period_years, expert_id, rnd, digest, risk_ids = issued
        _check_identity(read, expert_id, rnd, period_years)
        if read.identity["risks_digest"].value != digest:
            cell = read.identity["risks_digest"]
            raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=cell.cell,
                               expected=digest[:12], found=str(cell.value or "")[:12])
        person = self.svc.expert(expert_id)
        register = self.svc.register(period_years)
        if risks_digest(register) != digest or [r.id for r in register] != risk_ids:
            raise ServiceError(ErrorCode.BALLOT_REGISTER_CHANGED)
        later = max((r for r, _, _ in self._issued(period_years)), default=0)
        if later > rnd:
            raise ServiceError(ErrorCode.ROUND_CLOSED, round=rnd, later=later)
        answers = _answers(read, register)
        if not answers:
            raise ServiceError(ErrorCode.BALLOT_EMPTY)
        now = utcnow()

        def work(s: Session, row: PeriodRow) -> bool:
            done = s.execute(delete(ScoreRow).where(
                ScoreRow.period_id == row.id, ScoreRow.expert_id == expert_id,
                ScoreRow.territory == NATIONAL, ScoreRow.round == rnd))
            for risk_id, likelihood, impact, comment in answers:
                s.add(ScoreRow(period_id=row.id, expert_id=expert_id, round=rnd,
                               risk_id=risk_id, territory=NATIONAL, likelihood=likelihood,
                               impact=impact, comment=comment, entered_at=now))
            held = s.get(BallotRow, ballot_id)
            if held is not None:
                held.returned_at = now
            return bool(getattr(done, "rowcount", 0))

        replaced: bool = self.svc._write(period_years, work)
        return BallotReceipt(person, rnd, period_years, len(answers), replaced)


def _issued_row(s: Session, token: str
                ) -> tuple[int, tuple[int, ...], int, int, str, list[str]] | None:
    if not token:
        return None
    row = s.scalar(select(BallotRow).where(BallotRow.token == token))
    if row is None:
        return None
    period = s.get(PeriodRow, row.period_id)
    assert period is not None
    years = tuple(range(period.first_year, period.last_year + 1))
    return row.id, years, row.expert_id, row.round, row.risks_digest, list(row.risk_ids)


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d+\s*", value):
        return int(value)
    return None


def _check_identity(read: ReadBallot, expert_id: int, rnd: int,
                    years: tuple[int, ...]) -> None:
    ident = read.identity
    if _as_int(ident["expert"].value) != expert_id:
        raise ServiceError(ErrorCode.BALLOT_OTHER_EXPERT, cell=ident["expert"].cell,
                           issued=expert_id, found=ident["expert"].value)
    if _as_int(ident["round"].value) != rnd:
        raise ServiceError(ErrorCode.BALLOT_OTHER_ROUND, cell=ident["round"].cell,
                           issued=rnd, found=ident["round"].value)
    for key, want in (("first_year", years[0]), ("last_year", years[-1])):
        if _as_int(ident[key].value) != want:
            raise ServiceError(ErrorCode.BALLOT_OTHER_PERIOD, cell=ident[key].cell,
                               issued=_span(years[0], years[-1]),
                               found=_span(ident["first_year"].value, ident["last_year"].value))
    # the same, as the expert sees it in the header of the ballot sheet
    shown = read.header
    who = re.match(r"\s*№\s*(\d+)", str(shown["expert"].value or ""))
    if who is None or int(who.group(1)) != expert_id:
        raise ServiceError(ErrorCode.BALLOT_OTHER_EXPERT, cell=shown["expert"].cell,
                           issued=expert_id, found=shown["expert"].value)
    if _as_int(shown["round"].value) != rnd:
        raise ServiceError(ErrorCode.BALLOT_OTHER_ROUND, cell=shown["round"].cell,
                           issued=rnd, found=shown["round"].value)
    span = _span(years[0], years[-1])
    if str(shown["period"].value or "").strip().replace("-", "–") != span:
        raise ServiceError(ErrorCode.BALLOT_OTHER_PERIOD, cell=shown["period"].cell,
                           issued=span, found=shown["period"].value)


def _answers(read: ReadBallot, register: Sequence[RiskItem]
             ) -> list[tuple[str, int, int, str]]:
    if len(read.rows) != len(register):
        cell = read.identity["count"]
        raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=cell.cell,
                           expected=len(register), found=cell.value)
    out = []
    for i, (row, item, rid) in enumerate(zip(read.rows, register, read.risk_ids, strict=True)):
        if rid.value != item.id:
            raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=rid.cell,
                               expected=item.id, found=rid.value)
        if _as_int(row.number.value) != i + 1:
            raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=row.number.cell,
                               expected=i + 1, found=row.number.value)
        name = " ".join(str(row.name.value or "").split())
        if name not in {" ".join(item.name.kk.split()), " ".join(item.name.ru.split())}:
            raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=row.name.cell,
                               expected=item.name.ru[:40], found=name[:40])
        values = []
        for cv in (row.likelihood, row.impact):
            values.append(_score(cv))
        if values == [None, None]:
            continue
        if None in values:
            blank = row.likelihood if values[0] is None else row.impact
            raise ServiceError(ErrorCode.BALLOT_VALUE_MISSING, cell=blank.cell)
        comment = str(row.comment.value or "").strip()
        out.append((item.id, values[0] or 0, values[1] or 0, comment))
    for extra in read.extra:
        raise ServiceError(ErrorCode.BALLOT_RISKS_CHANGED, cell=extra.cell, expected="—",
                           found=extra.value)
    return out


def _score(cv: CellValue) -> int | None:
    if cv.value is None or (isinstance(cv.value, str) and not cv.value.strip()):
        return None
    value = _as_int(cv.value)
    if value is None or not 1 <= value <= 5:
        raise ServiceError(ErrorCode.BALLOT_VALUE_OUT_OF_RANGE, cell=cv.cell, value=cv.value)
    return value


__all__ = ["BallotReceipt", "BallotService", "risks_digest"]
