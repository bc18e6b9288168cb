"""The demo campaign's answers (no workspaces): valid, plausible, different where they should be."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.validation import validate_submission
from kzth_desktop.annex.values import victims_count_where, victims_total
from kzth_desktop.demo.campaign import (
    DemoRespondent,
    default_years,
    demo_answers,
    demo_respondents,
    plan_demo,
)

ANNEX = load_default_annex()
YEARS = (2021, 2022, 2023, 2024, 2025)
KAZAKH = re.compile("[әғқңөұүі]", re.IGNORECASE)


@pytest.fixture(scope="module")
def answers() -> dict[tuple[str, int], tuple[DemoRespondent, dict[str, Any]]]:
    out = {}
    for r in demo_respondents(ANNEX, seed=1):
        for year in YEARS:
            out[(r.key, year)] = (r, demo_answers(ANNEX, r, year, seed=1))
    return out


def test_every_submission_validates(answers: dict[Any, Any]) -> None:
    assert len(answers) == (160 + 10) * len(YEARS)
    kinds = Counter(r.kinds[0] for r, _ in answers.values())
    assert kinds["akimat"] == 20 * len(YEARS) and kinds["foreign_mission"] == 2 * len(YEARS)
    blocks = set()
    for (_, y), (r, a) in answers.items():  # the consistency rules and periods included
        report = validate_submission(ANNEX, list(r.kinds), a, reporting_year=y)
        assert report.ok, (r.key, report.problems[:3])
        blocks |= {fid.split(".")[0] for fid in a}
    assert blocks == {f"b{n}" for n in range(1, 17)}  # every block of the annex answered


def test_names_and_languages() -> None:
    rs = {r.key: r for r in demo_respondents(ANNEX, seed=1)}
    assert rs["KZ-10-akimat"].name_kk == "Абай облысының әкімдігі"
    assert rs["KZ-10-akimat"].name_ru == "Акимат Абайской области"
    assert rs["KZ-71-akimat"].name_ru == "Акимат города Астаны"
    assert len({(r.region, r.name_ru) for r in rs.values()}) == len(rs)  # org keys unique
    langs = Counter(r.lang for r in rs.values())
    assert langs["kk"] > 40 and langs["ru"] > 40
    south = [r.lang for r in rs.values() if r.region in ("KZ-43", "KZ-61") and not r.national]
    north = [r.lang for r in rs.values() if r.region in ("KZ-59", "KZ-39", "KZ-55")]
    assert south.count("kk") / len(south) > north.count("kk") / len(north)


def test_texts_follow_the_respondents_language(answers: dict[Any, Any]) -> None:
    for r, a in answers.values():
        texts = [v for v in a.values() if isinstance(v, str)]
        texts += [v["details"] for v in a.values() if isinstance(v, dict) and v.get("details")]
        kazakh = [bool(KAZAKH.search(t)) for t in texts]
        if r.lang == "kk":
            assert sum(kazakh) >= len(texts) // 2, r.key
        else:
            assert not any(kazakh), (r.key, [t for t, k in zip(texts, kazakh, strict=True) if k])


def test_no_data_about_three_percent_with_reasons(answers: dict[Any, Any]) -> None:
    values = [v for _, a in answers.values() for v in a.values()]
    no_data = [v for v in values if isinstance(v, dict) and "no_data" in v]
    assert 0.015 < len(no_data) / len(values) < 0.05
    assert all(v["no_data"].strip() for v in no_data)


def _sum(answers: dict[Any, Any], fid: str, *, region: str | None = None,
         year: int | None = None) -> int:
    total = 0
    for (_, y), (r, a) in answers.items():
        v = a.get(fid)
        if (region and r.region != region) or (year and y != year) or not isinstance(v, int):
            continue
        total += v
    return total


def test_regions_differ_by_population_and_exposure(answers: dict[Any, Any]) -> None:
    almaty, ulytau = _sum(answers, "b2.q1.crimes", region="KZ-75"), \
        _sum(answers, "b2.q1.crimes", region="KZ-62")
    assert almaty > 5 * max(ulytau, 1)
    assert _sum(answers, "b16.q1.received", region="KZ-61") > \
        _sum(answers, "b16.q1.received", region="KZ-59")


def test_trends_labour_up_sexual_down(answers: dict[Any, Any]) -> None:
    def share(year: int, form: str) -> float:
        form_n = total = 0
        for (_, y), (_, a) in answers.items():
            if y != year:
                continue
            for fid in ("b3.q1.victims", "b16.q1.victims", "b9.q1.victims"):
                v = a.get(fid)
                if isinstance(v, dict) and "rows" in v:
                    form_n += victims_count_where(v, "exploitation", form)
                    total += victims_total(v)
        return form_n / total

    assert share(2025, "labour") > share(2021, "labour") + 0.05
    assert share(2025, "sexual") < share(2021, "sexual") - 0.02
    assert _sum(answers, "b4.q1.forced_labour", year=2025) > \
        _sum(answers, "b4.q1.forced_labour", year=2021)


def test_victims_mostly_nationals_and_neighbours(answers: dict[Any, Any]) -> None:
    citizenship: Counter[str] = Counter()
    sex: Counter[tuple[str, str]] = Counter()
    for _, a in answers.values():
        v = a.get("b16.q1.victims")
        if isinstance(v, dict) and "rows" in v:
            for row in v["rows"]:
                citizenship[row["citizenship"]] += row["count"]
                sex[(row["exploitation"], row["sex"])] += row["count"]
    total = sum(citizenship.values())
    assert citizenship["KZ"] / total > 0.7
    assert {c for c, _ in citizenship.most_common(4)} <= {"KZ", "UZ", "KG", "TJ", "RU"}
    assert sex[("sexual", "f")] > 5 * sex[("sexual", "m")]
    assert sex[("labour", "m")] > sex[("labour", "f")]


def test_block_one_shares_differ_by_kind(answers: dict[Any, Any]) -> None:
    def yes_share(kind: str, fid: str) -> float:
        got = [a[fid]["answer"] == "yes" for r, a in answers.values()
               if r.kinds[0] == kind and isinstance(a.get(fid), dict) and "answer" in a[fid]]
        return sum(got) / len(got)

    assert yes_share("ngo", "b1.q1.8") > yes_share("akimat", "b1.q1.8") + 0.25
    assert yes_share("police", "b1.q1.1") > yes_share("health_org", "b1.q1.1") + 0.15
    for r, a in answers.values():  # exactly one of the three forms of cooperation
        q4 = [a[f"b1.q4.{n}"] for n in (1, 2, 3)]
        assert sum(1 for v in q4 if v.get("answer") == "yes") <= 1, r.key


def test_deterministic_and_independent_of_the_region_count() -> None:
    small = {r.key: r for r in demo_respondents(ANNEX, seed=5, regions=2)}
    full = {r.key: r for r in demo_respondents(ANNEX, seed=5)}
    r = small["KZ-11-ngo"]
    assert r == full["KZ-11-ngo"]
    assert demo_answers(ANNEX, r, 2024, 5) == demo_answers(ANNEX, full["KZ-11-ngo"], 2024, 5)
    assert demo_answers(ANNEX, r, 2024, 5) != demo_answers(ANNEX, r, 2024, 6)
    assert plan_demo(ANNEX, [2024, 2025], 5) == plan_demo(ANNEX, [2024, 2025], 5)


def test_plan() -> None:
    plan = plan_demo(ANNEX, [2023, 2024, 2025], seed=1)
    regional = {r.key for r in plan.regional()}
    assert len(plan.expected) == 160
    for year, yp in plan.plans.items():
        assert yp.deadline == dt.date(year + 1, 2, 28) and yp.issued_on < yp.deadline
        assert set(yp.late) <= regional and not set(yp.late) & set(yp.missing)
        specials = [yp.resend, yp.damaged, yp.duplicate]
        assert len(set(specials)) == 3 and not set(specials) & (set(yp.late) | set(yp.missing))
    assert len(plan.plans[2025].missing) == 4 and not plan.plans[2023].missing
    assert plan.plans[2025].invalid in plan.plans[2025].missing
    assert default_years(dt.date(2026, 11, 24)) == [2023, 2024, 2025]
