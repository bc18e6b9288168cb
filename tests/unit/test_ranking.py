"""Risk register ranking: a hand-computed example gives exactly the expected numbers and order."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.assessment.method import (
    DEFAULT_LEVELS,
    Level,
    LevelId,
    Method,
    MethodError,
    MethodProblemCode,
)
from kzth_desktop.assessment.ranking import (
    ExpertScore,
    Flag,
    RiskItem,
    Territory,
    default_register,
    heat_map,
    round_half_up,
    score_register,
)

F = Fraction
ANNEX = load_default_annex()
YEARS = (2023, 2024, 2025)


@dataclass(frozen=True)
class Rec:
    """A stand-in for analysis.records.SubmissionRecord (the protocol the assessment reads)."""

    org_key: str
    region: str
    kinds: tuple[str, ...]
    year: int
    answers: Mapping[str, object] = field(default_factory=dict)
    version: int = 1


def yn(flag: str) -> object:
    if flag == "y":
        return {"answer": "yes", "details": "seen"}
    if flag == "n":
        return {"answer": "no", "details": ""}
    return {"no_data": "not collected"}


# The hand-computed example -----------------------------------------------------------------------
# Five respondents of two kinds: A, B, C akimats (KZ-75), D, E police (KZ-75, KZ-71).
# Ten submissions answer block 1 (y = yes, n = no, - = no data); B's 2025 submission says "no
# data" to everything (left out of every share), and A's 2025 version 1 is superseded by v2.
#
#            2023        2024             2025      | yes/ans  share  D  | trend 2025-2023
#            A  B  C     A  B  C  D       A  D  E   |
# R1 q1.1    n  y  y     y  n  y  y       y  y  y   |  8/10    80 %   5  | 3/3 - 2/3 = +1/3
# R2 q1.2    y  y  y     y  y  n  n       n  n  n   |  5/10    50 %   4  | 0/3 - 3/3 = -1
# R3 q1.3    n  n  n     n  n  n  y       n  n  n   |  1/10    10 %   2  | 0 - 0 = 0
# R5 q1.4    n  n  n     n  n  y  y       y  y  y   |  5/10    50 %   4  | 3/3 - 0/3 = +1
# R4 q2.1    y  n  n     n  n  n  n       n  n  y   |  2/10    20 %   2  | 1/3 - 1/3 = 0
# R6 q2.2    y  -  -     -  -  -  y       -  -  -   |  2/2    100 %  (5) | only A and D
#                                                       answered: 2 < 3 -> too little evidence
# (50 % is in the 50-75 band and 10 % in the 10-25 band: a boundary belongs to the band above.)
#
# Three experts (e1, e2, e3); X is a risk the expert group adds (no questionnaire share).
#
#       likelihood  median IQR   impact   median IQR | weighted 0.5E+0.5D  L  I  score level
# R1    4 5 5       5      0.5   4 4 5    4      0.5 | (5+5)/2 = 5         5  4  20    high
# R2    3 3 4       3      0.5   3 3 3    3      0   | (3+4)/2 = 3.5 -> 4  4  3  12    medium_high
# R3    4 4 5       4      0.5   4 4 4    4      0   | (4+2)/2 = 3         3  4  12    medium_high
#        |E - D| = 2 -> a written justification is required (given)
# R4    1 2 5       2      2 !   2 2 3    2      0.5 | (2+2)/2 = 2         2  2   4    medium_low
#        quartiles of 1,2,5 (inclusive): Q1 = 1.5, Q3 = 3.5, IQR 2 > 1 -> wide spread
# R5    3 3 4       3      0.5   3 3 3    3      0   | (3+4)/2 = 3.5 -> 4  4  3  12    medium_high
# R6    2 2 2       2      0     5 5 5    5      0   | E only = 2          2  5  (10) no level
# X     3 3 3       3      0     3 4 4    4      0.5 | E only = 3          3  4  12    medium_high
#
# Order (score, impact median, weighted likelihood, share, trend; higher first):
#   1 R1  20
#   2 R3  12, impact 4, likelihood 3, share 10 %
#   3 X   12, impact 4, likelihood 3, no share     <- R3 before X on share
#   4 R5  12, impact 3, likelihood 3.5, share 50 %, trend +1
#   5 R2  12, impact 3, likelihood 3.5, share 50 %, trend -1   <- R5 before R2 on trend
#   6 R4   4
#   - R6  too little evidence (unranked, after the ranked risks)
# R3 and X come before R5 and R2 at the same score 12: the tie is broken by impact (4 > 3).

GRID = {  # risk field -> the ten answers in the column order of the table above
    "b1.q1.1": "nyy ynyy yyy",
    "b1.q1.2": "yyy yynn nnn",
    "b1.q1.3": "nnn nnny nnn",
    "b1.q1.4": "nnn nnyy yyy",
    "b1.q2.1": "ynn nnnn nny",
    "b1.q2.2": "y-- ---y ---",
}
COLUMNS = [("A", 2023), ("B", 2023), ("C", 2023), ("A", 2024), ("B", 2024), ("C", 2024),
           ("D", 2024), ("A", 2025), ("D", 2025), ("E", 2025)]
ORGS = {"A": ("KZ-75", ("akimat",)), "B": ("KZ-75", ("akimat",)), "C": ("KZ-75", ("akimat",)),
        "D": ("KZ-75", ("police",)), "E": ("KZ-71", ("police",))}
X = RiskItem.expert("labour_migration_corridors", kk="Еңбек көші-қоны дәліздері",
                    ru="Коридоры трудовой миграции")
EXPERT_TABLE = {  # risk id -> (likelihoods of e1, e2, e3), (impacts of e1, e2, e3)
    "b1.q1.1": ((4, 5, 5), (4, 4, 5)),
    "b1.q1.2": ((3, 3, 4), (3, 3, 3)),
    "b1.q1.3": ((4, 4, 5), (4, 4, 4)),
    "b1.q2.1": ((1, 2, 5), (2, 2, 3)),
    "b1.q1.4": ((3, 3, 4), (3, 3, 3)),
    "b1.q2.2": ((2, 2, 2), (5, 5, 5)),
    X.id: ((3, 3, 3), (3, 4, 4)),
}


def example_records() -> list[Rec]:
    answers: dict[tuple[str, int], dict[str, object]] = {c: {} for c in COLUMNS}
    for fid, row in GRID.items():
        flags = row.replace(" ", "")
        assert len(flags) == len(COLUMNS)
        for col, flag in zip(COLUMNS, flags, strict=True):
            answers[col][fid] = yn(flag)
    recs = [Rec(org, ORGS[org][0], ORGS[org][1], year, answers[(org, year)], version=2)
            for org, year in COLUMNS]
    no_data_everywhere = {fid: yn("-") for fid in GRID}
    recs.append(Rec("B", "KZ-75", ("akimat",), 2025, no_data_everywhere))
    # superseded: A's first 2025 version said yes to everything
    recs.append(Rec("A", "KZ-75", ("akimat",), 2025, {fid: yn("y") for fid in GRID}, version=1))
    recs.append(Rec("Z", "KZ-75", ("akimat",), 2020, {fid: yn("y") for fid in GRID}))  # not in period
    return recs


def example_scores() -> list[ExpertScore]:
    out = []
    for rid, (ls, is_) in EXPERT_TABLE.items():
        for n, (lk, im) in enumerate(zip(ls, is_, strict=True), start=1):
            out.append(ExpertScore(f"e{n}", rid, "KZ", lk, im, comment=f"e{n} on {rid}"))
    out.append(ExpertScore("e1", "b1.q1.1", "KZ-75", 1, 1))  # another territory: ignored
    return out


def example_register() -> list[RiskItem]:
    annex_items = {r.id: r for r in default_register(ANNEX)}
    return [annex_items[f] for f in GRID] + [X]


def run_example(**kwargs: object) -> dict[str, object]:
    scores = score_register(ANNEX, example_records(), YEARS, example_scores(), Method(),
                            Territory.national(), register=example_register(),
                            justifications={"b1.q1.3": "Police data show organised recruitment "
                                            "that other subjects do not see."},
                            **kwargs)  # type: ignore[arg-type]
    return {"order": [s.risk.id for s in scores], "by_id": {s.risk.id: s for s in scores},
            "scores": scores}


def test_example_shares_medians_weighting_levels_and_order() -> None:
    result = run_example()
    by = result["by_id"]
    assert isinstance(by, dict)
    expected = {
        # id:       yes ans share   D  E_L    E_I  weighted  L  I  score level
        "b1.q1.1": (8, 10, F(4, 5), 5, F(5), F(4), F(5), 5, 4, 20, LevelId.HIGH),
        "b1.q1.2": (5, 10, F(1, 2), 4, F(3), F(3), F(7, 2), 4, 3, 12, LevelId.MEDIUM_HIGH),
        "b1.q1.3": (1, 10, F(1, 10), 2, F(4), F(4), F(3), 3, 4, 12, LevelId.MEDIUM_HIGH),
        "b1.q1.4": (5, 10, F(1, 2), 4, F(3), F(3), F(7, 2), 4, 3, 12, LevelId.MEDIUM_HIGH),
        "b1.q2.1": (2, 10, F(1, 5), 2, F(2), F(2), F(2), 2, 2, 4, LevelId.MEDIUM_LOW),
        "b1.q2.2": (2, 2, F(1), 5, F(2), F(5), F(2), 2, 5, 10, None),
        X.id: (0, 0, None, None, F(3), F(4), F(3), 3, 4, 12, LevelId.MEDIUM_HIGH),
    }
    for rid, (yes, ans, share, d, e_l, e_i, w, lk, im, score, level) in expected.items():
        s = by[rid]
        got = (s.yes, s.answers, s.share, s.data_likelihood, s.expert_likelihood,
               s.expert_impact, s.weighted_likelihood, s.likelihood, s.impact, s.score, s.level)
        assert got == (yes, ans, share, d, e_l, e_i, w, lk, im, score, level), rid
    # the .5 case rounds up: 3.5 -> 4
    assert by["b1.q1.2"].weighted_likelihood == F(7, 2) and by["b1.q1.2"].likelihood == 4
    assert result["order"] == ["b1.q1.1", "b1.q1.3", X.id, "b1.q1.4", "b1.q1.2", "b1.q2.1",
                               "b1.q2.2"]
    assert [s.rank for s in result["scores"]] == [1, 2, 3, 4, 5, 6, None]  # type: ignore[union-attr]


def test_example_counts_respondents_no_data_and_trend() -> None:
    by = run_example()["by_id"]
    assert isinstance(by, dict)
    r1 = by["b1.q1.1"]
    # 5 organisations submitted in the period (Z's 2020 record is outside it); B's 2025
    # "no data" is counted as such and left out of the share.
    assert (r1.competent, r1.respondents, r1.no_data) == (5, 5, 1)
    assert r1.share_by_year == ((2023, F(2, 3)), (2024, F(3, 4)), (2025, F(1)))
    assert r1.trend == F(1, 3)
    assert by["b1.q1.2"].trend == -1 and by["b1.q1.4"].trend == 1
    assert by["b1.q1.3"].trend == 0
    r6 = by["b1.q2.2"]
    assert (r6.respondents, r6.no_data) == (2, 9)
    assert r6.too_little_evidence and r6.rank is None
    assert by[X.id].share is None and by[X.id].trend is None and by[X.id].competent == 0


def test_example_flags_and_spread() -> None:
    by = run_example()["by_id"]
    assert isinstance(by, dict)
    r4 = by["b1.q2.1"]
    assert r4.iqr_likelihood == 2 and r4.iqr_impact == F(1, 2)
    assert r4.flags == {Flag.WIDE_SPREAD}
    r1 = by["b1.q1.1"]
    assert (r1.iqr_likelihood, r1.iqr_impact) == (F(1, 2), F(1, 2)) and r1.flags == set()
    r3 = by["b1.q1.3"]
    assert r3.flags == {Flag.JUSTIFICATION_REQUIRED} and r3.justification.startswith("Police")
    assert by["b1.q2.2"].flags == {Flag.TOO_LITTLE_EVIDENCE}
    assert len(by["b1.q1.1"].comments) == 3  # the other territory's score was not used


def test_missing_justification_is_flagged() -> None:
    scores = score_register(ANNEX, example_records(), YEARS, example_scores(),
                            register=example_register())
    r3 = next(s for s in scores if s.risk.id == "b1.q1.3")
    assert r3.flags == {Flag.JUSTIFICATION_REQUIRED, Flag.JUSTIFICATION_MISSING}


def test_heat_map_places_each_levelled_risk_in_its_cell() -> None:
    grid = heat_map(run_example()["scores"])  # type: ignore[arg-type]
    placed = {(lk + 1, im + 1): cell for lk, row in enumerate(grid)
              for im, cell in enumerate(row) if cell}
    assert placed == {(5, 4): ("b1.q1.1",), (3, 4): ("b1.q1.3", X.id),
                      (4, 3): ("b1.q1.4", "b1.q1.2"), (2, 2): ("b1.q2.1",)}


def test_likelihood_breaks_a_tie_of_score_and_impact() -> None:
    # P: E 3, D 4 -> 3.5 -> 4;  Q: E 4, D 4 -> 4. Both L 4 x I 3 = 12 with impact median 3;
    # Q's unrounded likelihood 4 > 3.5 puts it first.
    recs = [Rec(o, "KZ-75", ("akimat",), 2025,
                {"b1.q1.1": yn("y" if i < 2 else "n"), "b1.q1.2": yn("y" if i < 2 else "n")})
            for i, o in enumerate("ABCD")]  # 2/4 = 50 % -> D 4 for both
    exp = [ExpertScore(e, "b1.q1.1", "KZ", 3, 3) for e in ("e1", "e2")]
    exp += [ExpertScore(e, "b1.q1.2", "KZ", 4, 3) for e in ("e1", "e2")]
    reg = [r for r in default_register(ANNEX) if r.id in ("b1.q1.1", "b1.q1.2")]
    out = score_register(ANNEX, recs, [2025], exp, register=reg)
    assert [(s.risk.id, s.score, s.weighted_likelihood) for s in out] == [
        ("b1.q1.2", 12, F(4)), ("b1.q1.1", 12, F(7, 2))]


def test_territory_filters_records_and_scores() -> None:
    scores = score_register(ANNEX, example_records(), YEARS, example_scores(),
                            territory="KZ-71", register=example_register()[:1])
    (r1,) = scores
    assert (r1.competent, r1.answers, r1.yes) == (1, 1, 1)  # E only
    assert r1.too_little_evidence and r1.experts == 0 and Flag.NOT_SCORED in r1.flags
    with pytest.raises(ValueError):
        Territory("Almaty")
    assert Territory.abroad("tr").name(ANNEX).ru == "Из-за рубежа: Турция"


def test_default_register_takes_names_from_the_annex() -> None:
    reg = default_register(ANNEX)
    assert [r.id for r in reg] == [f"b1.q1.{i}" for i in range(1, 9)] + ["b1.q2.1", "b1.q2.2"]
    for r in reg:
        assert ANNEX.field(r.id).text.ru.startswith(r.name.ru)
        assert ANNEX.field(r.id).text.kk.startswith(r.name.kk)
        assert r.source == "annex" and r.field_id == r.id


def test_bad_expert_scores_are_refused() -> None:
    with pytest.raises(ValueError):
        ExpertScore("e1", "b1.q1.1", "KZ", 6, 1)
    twice = [ExpertScore("e1", "b1.q1.1", "KZ", 2, 2), ExpertScore("e1", "b1.q1.1", "KZ", 3, 3)]
    with pytest.raises(ValueError, match="twice"):
        score_register(ANNEX, [], YEARS, twice)
    with pytest.raises(ValueError, match="not in the register"):
        score_register(ANNEX, [], YEARS, [ExpertScore("e1", "nope", "KZ", 2, 2)])


def test_round_half_up_and_share_bands() -> None:
    assert [round_half_up(F(n, 2)) for n in range(2, 11)] == [1, 2, 2, 3, 3, 4, 4, 5, 5]
    m = Method()
    shares = [F(0), F(99, 1000), F(1, 10), F(249, 1000), F(1, 4), F(1, 2), F(3, 4), F(1)]
    assert [m.data_likelihood(p) for p in shares] == [1, 1, 2, 2, 3, 4, 5, 5]
    # a weight of 0.3 is 3/10 exactly: 0.3*4 + 0.7*2 = 2.6 -> 3
    one = [Rec(o, "KZ-75", ("akimat",), 2025, {"b1.q1.1": yn("y" if o == "A" else "n")})
           for o in "ABCDEFGHIJ"]  # 10 % -> D 2
    (s,) = score_register(ANNEX, one, [2025], [ExpertScore("e1", "b1.q1.1", "KZ", 4, 1)],
                          Method(expert_weight=0.3), register=default_register(ANNEX)[:1])
    assert s.weighted_likelihood == F(13, 5) and s.likelihood == 3


def test_method_round_trips_through_json_and_refuses_bad_changes() -> None:
    m = Method(expert_weight=0.25, share_bands=(5, 20, 40, 70), min_respondents=4)
    data = json.loads(json.dumps(m.to_json(), ensure_ascii=False))
    assert Method.from_json(data) == m
    assert Method.from_json({}) == Method()
    assert Method().problems() == []

    def codes(method: Method) -> set[MethodProblemCode]:
        return {p.code for p in method.problems()}

    lv = list(DEFAULT_LEVELS)
    gap = tuple([*lv[:2], replace(lv[2], low=8), *lv[3:]])
    overlap = tuple([*lv[:2], replace(lv[2], low=6), *lv[3:]])
    short = tuple([*lv[:4], replace(lv[4], high=24)])
    assert codes(Method(levels=gap)) == {MethodProblemCode.LEVELS_GAP}
    assert codes(Method(levels=overlap)) == {MethodProblemCode.LEVELS_OVERLAP}
    assert codes(Method(levels=short)) == {MethodProblemCode.LEVELS_NOT_COVERING}
    assert codes(Method(levels=tuple(reversed(lv)))) >= {MethodProblemCode.BAD_LEVEL_IDS}
    assert codes(Method(levels=(*lv[:4], Level(LevelId.HIGH, 16, 30, lv[4].label)))) == {
        MethodProblemCode.BAD_LEVEL_RANGE}
    assert codes(Method(expert_weight=1.5)) == {MethodProblemCode.BAD_WEIGHT}
    assert codes(Method(expert_weight=-0.1)) == {MethodProblemCode.BAD_WEIGHT}
    assert codes(Method(share_bands=(10, 25, 25, 75))) == {MethodProblemCode.BAD_BANDS}
    with pytest.raises(MethodError) as err:
        Method.from_json({"expert_weight": 2, "levels": [x.to_json() for x in gap]})
    assert {p.code for p in err.value.problems} == {MethodProblemCode.BAD_WEIGHT,
                                                    MethodProblemCode.LEVELS_GAP}
    assert "0" in err.value.problems[0].message("kk")
    with pytest.raises(MethodError):
        Method.from_json({"format": "something else"})
    for anchors in (Method().likelihood_anchors, Method().impact_anchors):
        assert [a.value for a in anchors] == [1, 2, 3, 4, 5]
        assert all(a.text.kk.strip() and a.text.ru.strip() for a in anchors)


def test_to_json_is_plain_json() -> None:
    scores = run_example()["scores"]
    text = json.dumps([s.to_json() for s in scores], ensure_ascii=False)  # type: ignore[union-attr]
    first = json.loads(text)[0]
    assert first["risk"]["id"] == "b1.q1.1" and first["share"] == "4/5"
    assert first["share_percent"] == 80.0 and first["level"] == "high" and first["rank"] == 1
