"""The risk register and its ranking (rule 13.3) per territory over a three-year period.

How one risk of the register is scored on one territory (``score_register``):

1. **Share.** Among the period's submissions of respondents on the territory whose kind
   answers the risk's question (block 1: every kind), those that answered yes or no — "no
   data" and unanswered are left out — give p = yes / (yes + no). The unit is a submission
   (one organisation, one year): an organisation that reports a risk in each of the three
   years weighs three times, as it saw the risk three times. p maps to a *data likelihood*
   1-5 by ``Method.share_bands`` (<10 %, 10-25, 25-50, 50-75, >=75 %; a boundary belongs
   to the band above it, so exactly 10 % is 2).
2. **Evidence.** Fewer than ``Method.min_respondents`` distinct organisations answered ->
   "too little evidence": the share is shown but not used, and the risk gets no level.
3. **Experts.** Each expert scores likelihood and impact 1-5 against the written anchors;
   the median of each (``statistics.median``) is used. The spread is the interquartile
   range Q3 - Q1 of ``statistics.quantiles(n=4, method="inclusive")``: the experts present
   are the whole panel, not a sample of a larger one, and "inclusive" (R's type 7, numpy's
   default) never reaches outside the scores given — "exclusive" would, for 3-5 experts.
   One expert has no spread (0). A range above ``Method.iqr_flag`` flags a wide spread,
   to be put to another round.
4. **Combined likelihood** = round-half-up(w x E + (1 - w) x D), E the experts' median
   likelihood, D the data likelihood, w ``Method.expert_weight``; exact fractions, so 3.5
   becomes 4, never 3 (no banker's rounding, no binary float error). Where D is not used
   (an expert-added risk, or too little evidence) it is round-half-up(E). Where E and D
   differ by ``Method.justify_gap`` or more, a written justification is required.
5. **Impact** = round-half-up of the experts' median impact; **score** = likelihood x
   impact; **level** from the published table ``Method.levels``.
6. **Trend** = share in the last year of the period minus share in the first (percentage
   points as a fraction). For three equally spaced years the least-squares slope is exactly
   half of this, so ranking by either gives the same order; the difference is printed as
   the easier number to read.
7. **Order**: by score, then impact (the experts' median, unrounded), then likelihood (the
   weighted value before rounding), then share, then trend — each higher first; a risk
   without share or trend comes after one with it; what still ties keeps register order and
   shares the rank.
8. **From the data alone** (issue 21): a risk no expert has scored yet, but whose share is
   used (enough evidence), is still ranked — after every risk with a level, by its data
   likelihood D, ties broken by trend, then by share — and is marked "consequences not yet
   assessed" (``Flag.NOT_SCORED``; no impact, no score, no level). Rule 2(3) ranks by
   comparing the data; the experts' medians refine that order as they arrive. Risks with
   neither a level nor a usable share (too little evidence, an added risk nobody scored)
   follow, unranked.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any, Literal

from kzth_desktop.annex.model import Annex, FieldType, LocalizedText
from kzth_desktop.annex.values import NO, YES, is_no_data
from kzth_desktop.assessment.method import (
    DEFAULT_METHOD,
    NOT_SCORED,
    SCALE,
    TOO_LITTLE_EVIDENCE,
    LevelId,
    Method,
)
from kzth_desktop.assessment.records import (
    Record,
    kinds_answering,
    newest,
    respondent_key,
)

# The questions of block 1 whose yes/no items are risks (q1, items 1-8) and risk factors
# (q2, items 1-2); their "other" items are free text and go to the analysis, not the register.
RISK_QUESTIONS = ("b1.q1", "b1.q2")
EXPERT_PREFIX = "expert:"

NATIONAL = "KZ"
ABROAD_PREFIX = "abroad:"
NATIONAL_NAME = LocalizedText(kk="Қазақстан Республикасы", ru="Республика Казахстан")
ABROAD_NAME = LocalizedText(kk="Шетелден: {country}", ru="Из-за рубежа: {country}")


# --- the register --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RiskItem:
    """One risk of the register: an annex yes/no item, or one the expert group adds."""

    id: str
    source: Literal["annex", "expert"]
    field_id: str | None
    name: LocalizedText

    @classmethod
    def expert(cls, slug: str, kk: str, ru: str) -> RiskItem:
        """A risk the expert group adds (rules 10-11): no questionnaire share, experts only."""
        if not slug.strip() or not kk.strip() or not ru.strip():
            raise ValueError("an expert risk needs an id and a name in both languages")
        return cls(EXPERT_PREFIX + slug.strip(), "expert", None,
                   LocalizedText(kk=kk.strip(), ru=ru.strip()))


def default_register(annex: Annex) -> tuple[RiskItem, ...]:
    """The yes/no items of block 1 questions 1 and 2, named by their annex text."""
    items = []
    for qid in RISK_QUESTIONS:
        for fld in annex.question(qid).fields:
            if fld.type is FieldType.YES_NO:
                name = LocalizedText(kk=fld.text.kk.rstrip(" :"), ru=fld.text.ru.rstrip(" :"))
                items.append(RiskItem(fld.id, "annex", fld.id, name))
    return tuple(items)


# --- territories ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Territory:
    """Where a risk is scored: the whole country ("KZ"), a region ("KZ-75"), or a country
    abroad ("abroad:UZ", the records of the foreign missions there)."""

    code: str = NATIONAL

    def __post_init__(self) -> None:
        c = self.code
        ok = (c == NATIONAL or (c.startswith("KZ-") and len(c) > 3)
              or (c.startswith(ABROAD_PREFIX) and len(c) == len(ABROAD_PREFIX) + 2))
        if not ok:
            raise ValueError(f"not a territory: {c!r} (KZ, KZ-xx or abroad:XX)")

    @classmethod
    def national(cls) -> Territory:
        return cls(NATIONAL)

    @classmethod
    def abroad(cls, country: str) -> Territory:
        return cls(ABROAD_PREFIX + country.upper())

    @property
    def is_national(self) -> bool:
        return self.code == NATIONAL

    def includes(self, region: str) -> bool:
        """Whether a record from ``region`` counts here (the country counts every record)."""
        return self.is_national or region == self.code

    def name(self, annex: Annex) -> LocalizedText:
        if self.is_national:
            return NATIONAL_NAME
        if self.code.startswith(ABROAD_PREFIX):
            iso = self.code[len(ABROAD_PREFIX):]
            cat = annex.category_set("country").get(iso)
            kk, ru = (cat.label.kk, cat.label.ru) if cat else (iso, iso)
            return LocalizedText(kk=ABROAD_NAME.kk.format(country=kk),
                                 ru=ABROAD_NAME.ru.format(country=ru))
        return annex.region(self.code).name


def _territory(value: Territory | str) -> Territory:
    return value if isinstance(value, Territory) else Territory(value)


# --- expert scores -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpertScore:
    """One expert's likelihood and impact (1-5, against the anchors) of one risk on one
    territory; the comment says why."""

    expert: str
    risk_id: str
    territory: Territory | str
    likelihood: int
    impact: int
    comment: str = ""

    def __post_init__(self) -> None:
        for name in ("likelihood", "impact"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v not in SCALE:
                raise ValueError(f"{name} of {self.expert}/{self.risk_id} must be 1-5: {v!r}")
        if not self.expert.strip():
            raise ValueError("an expert score needs the expert's name")


# --- results -------------------------------------------------------------------------------------


class Flag(StrEnum):
    WIDE_SPREAD = "wide_spread"  # IQR of likelihood or impact > Method.iqr_flag: another round
    JUSTIFICATION_REQUIRED = "justification_required"  # |E - D| >= Method.justify_gap
    JUSTIFICATION_MISSING = "justification_missing"  # required and not given
    TOO_LITTLE_EVIDENCE = "too_little_evidence"  # < Method.min_respondents answered
    NOT_SCORED = "not_scored"  # no expert scores: consequences not yet assessed, no level


@dataclass(frozen=True)
class RiskScore:
    """One risk on one territory over the period: the evidence, the scores and the result."""

    risk: RiskItem
    territory: Territory
    years: tuple[int, ...]
    # the questionnaire
    competent: int  # organisations on the territory whose kind answers the question
    respondents: int  # of them, those that answered yes or no at least once
    answers: int  # yes + no submissions in the period
    yes: int
    no_data: int  # submissions that said "no data" (left out of the share)
    share: Fraction | None  # yes / answers
    share_by_year: tuple[tuple[int, Fraction | None], ...]
    data_likelihood: int | None
    # the experts
    experts: int
    expert_likelihood: Fraction | None  # median
    expert_impact: Fraction | None  # median
    iqr_likelihood: Fraction | None
    iqr_impact: Fraction | None
    comments: tuple[tuple[str, str], ...]  # (expert, comment) of the scores given
    # the result
    weighted_likelihood: Fraction | None  # w*E + (1-w)*D before rounding
    likelihood: int | None
    impact: int | None
    score: int | None
    level: LevelId | None
    trend: Fraction | None  # share(last year) - share(first year)
    flags: frozenset[Flag] = frozenset()
    justification: str = ""
    rank: int | None = None

    @property
    def wide_spread(self) -> bool:
        return Flag.WIDE_SPREAD in self.flags

    @property
    def justification_required(self) -> bool:
        return Flag.JUSTIFICATION_REQUIRED in self.flags

    @property
    def too_little_evidence(self) -> bool:
        return Flag.TOO_LITTLE_EVIDENCE in self.flags

    @property
    def from_data_only(self) -> bool:
        """Ranked by its data likelihood alone: no expert has assessed its consequences."""
        return self.level is None and self.rank is not None

    def level_label(self, method: Method = DEFAULT_METHOD) -> LocalizedText:
        """The level's name, or "too little evidence" / "consequences not yet assessed"."""
        if self.level is not None:
            return method.level(self.level).label
        return TOO_LITTLE_EVIDENCE if self.too_little_evidence else NOT_SCORED

    def to_json(self) -> dict[str, Any]:
        """Plain JSON; fractions as exact strings ("2/5") beside a rounded percent or value."""
        return {
            "risk": {"id": self.risk.id, "source": self.risk.source,
                     "field_id": self.risk.field_id, "name": self.risk.name.to_json()},
            "territory": self.territory.code,
            "years": list(self.years),
            "competent": self.competent,
            "respondents": self.respondents,
            "answers": self.answers,
            "yes": self.yes,
            "no_data": self.no_data,
            "share": _frac(self.share),
            "share_percent": None if self.share is None else round(float(self.share * 100), 1),
            "share_by_year": {str(y): _frac(s) for y, s in self.share_by_year},
            "data_likelihood": self.data_likelihood,
            "experts": self.experts,
            "expert_likelihood": _frac(self.expert_likelihood),
            "expert_impact": _frac(self.expert_impact),
            "iqr_likelihood": _frac(self.iqr_likelihood),
            "iqr_impact": _frac(self.iqr_impact),
            "weighted_likelihood": _frac(self.weighted_likelihood),
            "likelihood": self.likelihood,
            "impact": self.impact,
            "score": self.score,
            "level": None if self.level is None else self.level.value,
            "trend": _frac(self.trend),
            "flags": sorted(f.value for f in self.flags),
            "justification": self.justification,
            "rank": self.rank,
            "ranked_by": ("score" if self.level is not None
                          else "data" if self.rank is not None else None),
        }


def _frac(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def round_half_up(value: Fraction) -> int:
    """The nearest integer, halves away from zero for the positive scores used here."""
    return math.floor(value + Fraction(1, 2))


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class _Tally:
    competent: set[object] = field(default_factory=set)
    answered: set[object] = field(default_factory=set)
    yes: int = 0
    no: int = 0
    no_data: int = 0
    by_year: dict[int, list[int]] = field(default_factory=dict)  # year -> [yes, answers]


def _tally(annex: Annex, records: Sequence[Record], item: RiskItem,
           territory: Territory) -> _Tally:
    tally = _Tally()
    if item.field_id is None:
        return tally
    fld = annex.field(item.field_id)
    for rec in records:
        if not territory.includes(rec.region) or not kinds_answering(annex, rec, fld.block_id):
            continue
        who = respondent_key(rec)
        tally.competent.add(who)
        value = rec.answers.get(fld.id)
        if is_no_data(value):
            tally.no_data += 1
            continue
        answer = value.get("answer") if isinstance(value, Mapping) else None
        if answer not in (YES, NO):
            continue  # unanswered: neither evidence for nor against
        tally.answered.add(who)
        year = tally.by_year.setdefault(rec.year, [0, 0])
        year[1] += 1
        if answer == YES:
            tally.yes += 1
            year[0] += 1
        else:
            tally.no += 1
    return tally


def _spread(values: list[Fraction]) -> Fraction:
    if len(values) < 2:
        return Fraction(0)
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Fraction(q3) - Fraction(q1)


def _check_scores(scores: Iterable[ExpertScore], register: Sequence[RiskItem],
                  territory: Territory) -> dict[str, list[ExpertScore]]:
    known = {r.id for r in register}
    by_risk: dict[str, list[ExpertScore]] = {}
    seen: set[tuple[str, str]] = set()
    for s in scores:
        if _territory(s.territory) != territory:
            continue
        if s.risk_id not in known:
            raise ValueError(f"expert score for a risk not in the register: {s.risk_id!r}")
        if (s.expert, s.risk_id) in seen:
            raise ValueError(f"{s.expert} scored {s.risk_id} on {territory.code} twice; "
                             "a new round replaces the scores, it does not add to them")
        seen.add((s.expert, s.risk_id))
        by_risk.setdefault(s.risk_id, []).append(s)
    return by_risk


def score_risk(item: RiskItem, tally: _Tally, scores: Sequence[ExpertScore],
               method: Method, territory: Territory, years: tuple[int, ...],
               justification: str = "") -> RiskScore:
    """One risk's score from its tally and its experts' scores (steps 1-6 of the module)."""
    answers = tally.yes + tally.no
    share = Fraction(tally.yes, answers) if answers else None
    data_l = method.data_likelihood(share) if share is not None else None
    flags: set[Flag] = set()
    evidence_ok = item.source == "expert" or len(tally.answered) >= method.min_respondents
    if not evidence_ok:
        flags.add(Flag.TOO_LITTLE_EVIDENCE)

    l_values = [Fraction(s.likelihood) for s in scores]
    i_values = [Fraction(s.impact) for s in scores]
    e_l = Fraction(statistics.median(l_values)) if scores else None
    e_i = Fraction(statistics.median(i_values)) if scores else None
    iqr_l = _spread(l_values) if scores else None
    iqr_i = _spread(i_values) if scores else None
    flag_at = Fraction(str(method.iqr_flag))
    if iqr_l is not None and iqr_i is not None and (iqr_l > flag_at or iqr_i > flag_at):
        flags.add(Flag.WIDE_SPREAD)

    d_used = data_l if evidence_ok else None
    w = method.weight
    if e_l is not None and d_used is not None:
        weighted: Fraction | None = w * e_l + (1 - w) * d_used
        if abs(e_l - d_used) >= method.justify_gap:
            flags.add(Flag.JUSTIFICATION_REQUIRED)
            if not justification.strip():
                flags.add(Flag.JUSTIFICATION_MISSING)
    elif e_l is not None:
        weighted = e_l
    elif d_used is not None:
        weighted = Fraction(d_used)
    else:
        weighted = None
    likelihood = round_half_up(weighted) if weighted is not None else None
    impact = round_half_up(e_i) if e_i is not None else None
    score = likelihood * impact if likelihood is not None and impact is not None else None
    if score is None:
        flags.add(Flag.NOT_SCORED)
    level = method.level_of(score).id if score is not None and evidence_ok else None

    share_by_year = tuple(
        (y, Fraction(*tally.by_year[y]) if tally.by_year.get(y, [0, 0])[1] else None)
        for y in years)
    first, last = share_by_year[0][1], share_by_year[-1][1]
    trend = last - first if len(years) > 1 and first is not None and last is not None else None

    return RiskScore(
        risk=item, territory=territory, years=years,
        competent=len(tally.competent), respondents=len(tally.answered), answers=answers,
        yes=tally.yes, no_data=tally.no_data, share=share, share_by_year=share_by_year,
        data_likelihood=data_l,
        experts=len(scores), expert_likelihood=e_l, expert_impact=e_i,
        iqr_likelihood=iqr_l, iqr_impact=iqr_i,
        comments=tuple((s.expert, s.comment) for s in scores if s.comment.strip()),
        weighted_likelihood=weighted, likelihood=likelihood, impact=impact, score=score,
        level=level, trend=trend, flags=frozenset(flags), justification=justification.strip(),
    )


_LOWEST = Fraction(-10**9)  # below any share, trend or score: "none" sorts last


def rank_key(s: RiskScore) -> tuple[Fraction, ...]:
    """The order of the ranked table, highest first: score, impact, likelihood, share, trend."""
    def v(x: Fraction | int | None) -> Fraction:
        return _LOWEST if x is None else Fraction(x)
    return (v(s.score), v(s.expert_impact), v(s.weighted_likelihood), v(s.share), v(s.trend))


def data_rank_key(s: RiskScore) -> tuple[Fraction, ...]:
    """The order of risks ranked from the data alone (step 8): data likelihood, trend,
    share, each higher first."""
    def v(x: Fraction | int | None) -> Fraction:
        return _LOWEST if x is None else Fraction(x)
    return (v(s.data_likelihood), v(s.trend), v(s.share))


def _levelled(s: RiskScore) -> bool:
    return s.level is not None


def _by_data(s: RiskScore) -> bool:
    return s.level is None and not s.too_little_evidence and s.data_likelihood is not None


def rank(scores: Sequence[RiskScore]) -> list[RiskScore]:
    """Scores with a level in rank order (rank 1 first; equal keys share a rank), then those
    ranked from the data alone (step 8), then the rest in register order without a rank."""
    order = {id(s): i for i, s in enumerate(scores)}
    out: list[RiskScore] = []
    position = 0
    tiers: tuple[tuple[Callable[[RiskScore], bool], Callable[[RiskScore], tuple[Fraction, ...]]],
                 ...] = ((_levelled, rank_key), (_by_data, data_rank_key))
    for tier, key_of in tiers:
        def order_key(s: RiskScore, k: Callable[[RiskScore], tuple[Fraction, ...]] = key_of
                      ) -> tuple[Any, ...]:
            return (tuple(-x for x in k(s)), order[id(s)])

        members = sorted((s for s in scores if tier(s)), key=order_key)
        prev_key: tuple[Fraction, ...] | None = None
        current = 0
        for s in members:
            position += 1
            key = key_of(s)
            if key != prev_key:
                current, prev_key = position, key
            out.append(_replace_rank(s, current))
    out.extend(_replace_rank(s, None) for s in scores
               if s.level is None and not _by_data(s))
    return out


def _replace_rank(s: RiskScore, value: int | None) -> RiskScore:
    return replace(s, rank=value)


def score_register(
    annex: Annex,
    records: Iterable[Record],
    years: Sequence[int],
    expert_scores: Iterable[ExpertScore] = (),
    method: Method = DEFAULT_METHOD,
    territory: Territory | str = NATIONAL,
    *,
    register: Sequence[RiskItem] | None = None,
    justifications: Mapping[str, str] | None = None,
) -> list[RiskScore]:
    """Every risk of the register scored on one territory for the period, in rank order.

    ``records``: the submissions (any version; the newest per organisation and year is used);
    ``years``: the reporting years of the assessment period (normally three);
    ``expert_scores``: the experts' scores (those of other territories are ignored);
    ``register``: the risks (default: ``default_register(annex)``; append expert items);
    ``justifications``: risk id -> the group's written reason where E and D differ widely.
    """
    method.checked()
    period = tuple(sorted(set(years)))
    if not period:
        raise ValueError("an assessment period needs at least one reporting year")
    where = _territory(territory)
    items = tuple(register) if register is not None else default_register(annex)
    ids = [r.id for r in items]
    if len(set(ids)) != len(ids):
        raise ValueError("risk ids of the register must be unique")
    for item in items:
        if item.field_id is not None and annex.field(item.field_id).type is not FieldType.YES_NO:
            raise ValueError(f"{item.id}: a questionnaire risk must be a yes/no field")
    current = newest(records, period)
    by_risk = _check_scores(expert_scores, items, where)
    reasons = justifications or {}
    scored = [
        score_risk(item, _tally(annex, current, item, where), by_risk.get(item.id, []),
                   method, where, period, reasons.get(item.id, ""))
        for item in items
    ]
    return rank(scored)


HeatMap = tuple[tuple[tuple[str, ...], ...], ...]
PendingColumn = tuple[tuple[str, ...], ...]


def heat_map(scores: Iterable[RiskScore]) -> HeatMap:
    """5 x 5 cells of risk ids: ``cells[likelihood - 1][impact - 1]``, in the given order.

    Only risks with a level are placed (too little evidence / not scored have no cell).
    A printed heat map usually puts likelihood 5 at the top: reverse the rows to draw it.
    """
    grid: list[list[list[str]]] = [[[] for _ in SCALE] for _ in SCALE]
    for s in scores:
        if s.level is not None and s.likelihood is not None and s.impact is not None:
            grid[s.likelihood - 1][s.impact - 1].append(s.risk.id)
    return tuple(tuple(tuple(cell) for cell in row) for row in grid)


def pending_column(scores: Iterable[RiskScore]) -> PendingColumn:
    """The risks ranked from the data alone, by data likelihood: ``column[likelihood - 1]``.

    Their consequences are not yet assessed, so they have no cell of the 5 x 5 grid; a heat
    map draws them in a column of their own beside it, at the row of their data likelihood.
    """
    column: list[list[str]] = [[] for _ in SCALE]
    for s in scores:
        if s.from_data_only and s.data_likelihood is not None:
            column[s.data_likelihood - 1].append(s.risk.id)
    return tuple(tuple(cell) for cell in column)
