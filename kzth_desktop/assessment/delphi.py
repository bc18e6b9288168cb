"""Delphi rounds of the expert group (issue 21): per round and risk the group's medians and
interquartile ranges, the change since the previous round, and the stopping rule.

The experts score remotely, each on a ballot workbook of their own; from round 2 each ballot
shows the group's median and IQR of the previous round beside the expert's own earlier
answer, and the expert may move towards the group or keep the answer (and say why).

**The stopping rule**, per risk and round, on both scales (likelihood and consequences):

- *consensus*: the interquartile range is at most ``Method.iqr_flag`` (1 by default: the
  middle half of the experts lies within one point), or
- *stability* (from round 2): neither median moved by more than ``STABLE_CHANGE`` (half a
  point) since the previous round — another round would not change the result.

A risk that meets either is *settled*; the rounds can stop when every risk answered in the
round is settled. Medians and IQRs are computed as in :mod:`ranking` (``statistics.median``;
Q3 - Q1 of the inclusive quartiles; one answer has no spread).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from kzth_desktop.assessment.ranking import _spread

STABLE_CHANGE = Fraction(1, 2)
DEFAULT_CONSENSUS_IQR = Fraction(1)


@dataclass(frozen=True, slots=True)
class RoundAnswer:
    """One expert's answer on one risk in one round (national territory)."""

    expert_id: int
    risk_id: str
    round: int
    likelihood: int
    impact: int


@dataclass(frozen=True, slots=True)
class RiskRound:
    """The group's answers on one risk in one round."""

    risk_id: str
    round: int
    experts: int
    median_likelihood: Fraction
    median_impact: Fraction
    iqr_likelihood: Fraction
    iqr_impact: Fraction
    change_likelihood: Fraction | None  # since the previous round; None in the first
    change_impact: Fraction | None
    consensus: bool
    stable: bool

    @property
    def settled(self) -> bool:
        return self.consensus or self.stable


@dataclass(frozen=True, slots=True)
class RoundSummary:
    """One round: every risk answered in it, who answered and who has not."""

    number: int
    risks: tuple[RiskRound, ...]
    answered: tuple[int, ...]  # expert ids
    not_answered: tuple[int, ...]  # issued a ballot of this round, none returned

    @property
    def settled(self) -> bool:
        """The stopping rule holds for every risk answered in the round."""
        return bool(self.risks) and all(r.settled for r in self.risks)

    def risk(self, risk_id: str) -> RiskRound | None:
        return next((r for r in self.risks if r.risk_id == risk_id), None)


def _median(values: Sequence[int]) -> Fraction:
    return Fraction(statistics.median([Fraction(v) for v in values]))


def summarise(answers: Iterable[RoundAnswer], expected: dict[int, set[int]] | None = None,
              consensus_iqr: Fraction | float = DEFAULT_CONSENSUS_IQR) -> list[RoundSummary]:
    """The rounds in order, from the answers; ``expected``: round -> the experts whose ballot
    of that round was issued (those of them without an answer have not answered)."""
    limit = Fraction(str(consensus_iqr)) if isinstance(consensus_iqr, float) else consensus_iqr
    by_round: dict[int, dict[str, list[RoundAnswer]]] = {}
    for a in answers:
        by_round.setdefault(a.round, {}).setdefault(a.risk_id, []).append(a)
    expected = expected or {}
    numbers = sorted(set(by_round) | set(expected))
    out: list[RoundSummary] = []
    previous: dict[str, RiskRound] = {}
    for n in numbers:
        risks = []
        answered: set[int] = set()
        for risk_id, given in by_round.get(n, {}).items():
            answered.update(a.expert_id for a in given)
            ls = [a.likelihood for a in given]
            cs = [a.impact for a in given]
            med_l, med_i = _median(ls), _median(cs)
            iqr_l = _spread([Fraction(v) for v in ls])
            iqr_i = _spread([Fraction(v) for v in cs])
            before = previous.get(risk_id)
            ch_l = None if before is None else med_l - before.median_likelihood
            ch_i = None if before is None else med_i - before.median_impact
            consensus = iqr_l <= limit and iqr_i <= limit
            stable = (ch_l is not None and ch_i is not None
                      and abs(ch_l) <= STABLE_CHANGE and abs(ch_i) <= STABLE_CHANGE)
            risks.append(RiskRound(risk_id, n, len(given), med_l, med_i, iqr_l, iqr_i,
                                   ch_l, ch_i, consensus, stable))
        for r in risks:
            previous[r.risk_id] = r
        missing = sorted(expected.get(n, set()) - answered)
        out.append(RoundSummary(n, tuple(sorted(risks, key=lambda r: r.risk_id)),
                                tuple(sorted(answered)), tuple(missing)))
    return out


def latest_answers(answers: Iterable[RoundAnswer]) -> list[RoundAnswer]:
    """Each expert's answer of the latest round they answered, per risk: what the ranking
    uses (an expert who has not yet returned round 2 counts with their round-1 answer)."""
    best: dict[tuple[int, str], RoundAnswer] = {}
    for a in answers:
        held = best.get((a.expert_id, a.risk_id))
        if held is None or a.round > held.round:
            best[(a.expert_id, a.risk_id)] = a
    return list(best.values())


__all__ = [
    "DEFAULT_CONSENSUS_IQR",
    "STABLE_CHANGE",
    "RiskRound",
    "RoundAnswer",
    "RoundSummary",
    "latest_answers",
    "summarise",
]
