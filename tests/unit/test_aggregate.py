"""Aggregation of a campaign of known numbers: totals, by region, by kind, yes/no, victims."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kzth_desktop.analysis import SubmissionRecord, SubmissionSet, aggregate, aggregate_year
from kzth_desktop.annex import load_default_annex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import YEAR, campaign, old_version_of_a  # noqa: E402
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()


@pytest.fixture(scope="module")
def year_json() -> dict:
    subs = SubmissionSet(ANNEX, [old_version_of_a(ANNEX), *campaign(ANNEX)])
    data = aggregate_year(subs, YEAR).to_json()
    return json.loads(json.dumps(data, ensure_ascii=False))  # what --json prints


def test_header(year_json: dict) -> None:
    assert year_json["year"] == 2025
    assert year_json["submissions"] == 3  # A's superseded version 1 is not counted


def test_count_total_by_region_and_by_kind(year_json: dict) -> None:
    trained = year_json["fields"]["b1.q8.trained"]
    assert trained["total"] == 16
    assert trained["by_region"] == {"KZ-10": 5, "KZ-19": 11}
    assert trained["by_kind"] == {"akimat": 8, "ngo": 8}  # side by side, never merged
    assert trained["reports"] == 3


def test_no_data_is_counted_apart_from_the_total(year_json: dict) -> None:
    pubs = year_json["fields"]["b1.q9.publications"]
    assert pubs["total"] == 47 and pubs["by_kind"] == {"akimat": 47}
    assert pubs["no_data"] == 1 and pubs["reports"] == 2
    police = year_json["fields"]["b3.q1.referred_police"]
    assert police["total"] == 2 and police["by_region"] == {"KZ-10": 2}
    assert police["no_data"] == 1


def test_block_answered_by_one_kind(year_json: dict) -> None:
    received = year_json["fields"]["b3.q1.received"]
    assert received["total"] == 14
    assert received["by_region"] == {"KZ-10": 10, "KZ-19": 4}
    assert received["by_kind"] == {"akimat": 14}
    assert year_json["fields"]["b16.q1.received"]["by_kind"] == {"ngo": 5}


def test_money_is_exact(year_json: dict) -> None:
    amount = year_json["fields"]["b14.q4.amount"]
    assert amount["total"] == 1750000.75
    assert amount["by_region"] == {"KZ-10": 1500000.5, "KZ-19": 250000.25}


def test_yes_no_counts(year_json: dict) -> None:
    risk = year_json["fields"]["b1.q1.1"]
    assert (risk["yes"], risk["no"], risk["no_data"]) == (2, 1, 0)
    assert risk["by_kind"] == {"akimat": {"yes": 1, "no": 1, "no_data": 0},
                               "ngo": {"yes": 1, "no": 0, "no_data": 0}}
    assert risk["by_region"]["KZ-19"] == {"yes": 1, "no": 1, "no_data": 0}


def test_fields_no_submission_answers_are_absent(year_json: dict) -> None:
    assert "b2.q1.crimes" not in year_json["fields"]  # nobody of block 2's kinds answered
    assert "b1.q1.9" not in year_json["fields"]  # text: under "texts", not "fields"


def test_victims_marginals_and_crosstabs() -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    table = aggregate_year(subs, YEAR).victims["b3.q1.victims"]
    assert table.total == 11
    assert table.by_region == {"KZ-10": 7, "KZ-19": 4}
    marg = table.marginals("akimat")
    assert marg["sex"] == {"f": 8, "m": 3}
    assert marg["citizenship"] == {"KZ": 8, "UZ": 3}
    assert marg["exploitation"] == {"sexual": 8, "labour": 3}
    assert all(sum(cats.values()) == 11 for cats in marg.values())
    assert table.crosstab("age_band", "sex") == {("18-25", "f"): 8, ("26-45", "m"): 3}
    assert len(table.crosstabs()) == 28  # every pair of the 8 dimensions


def test_free_texts_grouped_by_question_and_region() -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    texts = aggregate_year(subs, YEAR).texts_by_question()
    risk_1 = {region: [t.text for t in found if t.field_id == "b1.q1.1"]
              for region, found in texts["b1.q1"].items()}
    # the descriptions given with "yes"; B answered "no"
    assert risk_1 == {"KZ-10": ["Пробелы в законе о трудовых мигрантах"],
                      "KZ-19": ["Слабое межведомственное взаимодействие"]}
    assert [t.text for t in texts["b16.q4"]["KZ-19"]] == ["Вывоз через Хоргос"]
    assert texts["b1.q10"]["KZ-10"][0].text == "Нет приютов в районах"


def test_several_years() -> None:
    agg = aggregate(SubmissionSet(ANNEX, campaign(ANNEX)))
    by_year = agg.numeric_by_year("b1.q9.publications")
    assert {y: a.total for y, a in by_year.items()} == {2024: 12, 2025: 47}


def test_organisation_of_two_kinds_reports_under_both() -> None:
    rec = SubmissionRecord("KZ-75|Центр", "Орталық", "Центр", "KZ-75",
                           ("akimat", "social_services"), YEAR, 1,
                           {"b3.q1.assisted": 3})
    agg = aggregate_year(SubmissionSet(ANNEX, [rec]), YEAR)
    assert agg.numeric["b3.q1.assisted"].by_kind == {"akimat+social_services": 3}
    assert agg.numeric["b14.q1.meetings"].by_kind == {}  # unanswered
    assert agg.numeric["b14.q1.meetings"].total is None


def test_three_years_of_a_national_campaign() -> None:
    """Its speed (≤ 1 s, DESIGN §8) is measured by ``kzth bench``, not here: a timed unit test
    fails on a busy machine and proves nothing on a fast one."""
    kinds = ("akimat", "police", "labour_inspection", "social_services", "health_org",
             "education_ssp", "child_protection", "ngo")
    base = {k: sample_answers(ANNEX, (k,)) for k in kinds}
    records = [
        SubmissionRecord(f"{r.code}|{k}", k, k, r.code, (k,), y, 1, base[k])
        for y in (2023, 2024, 2025) for r in ANNEX.regions for k in kinds
    ]
    assert len(records) == 480
    agg = aggregate(SubmissionSet(ANNEX, records))
    assert agg.year(2025).submissions == 160
    assert agg.year(2023).numeric["b2.q1.crimes"].by_kind == {
        "police": 20 * sample_answers(ANNEX, ("police",))["b2.q1.crimes"]}
