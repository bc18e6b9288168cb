"""Quality findings: missing blocks, broken rules, outliers, year-on-year jumps, "no data"."""

from __future__ import annotations

import sys
from pathlib import Path

from kzth_desktop.analysis import (
    FindingCode,
    QualityReport,
    Severity,
    SubmissionRecord,
    SubmissionSet,
    quality_report,
)
from kzth_desktop.analysis.quality import robust_score
from kzth_desktop.annex import load_default_annex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import ORG_A, ORG_B, ORG_C, REASON, YEAR, answers, campaign  # noqa: E402

ANNEX = load_default_annex()


def report() -> QualityReport:
    return quality_report(SubmissionSet(ANNEX, campaign(ANNEX)), [YEAR])


def test_missing_block() -> None:
    (f,) = report().with_code(FindingCode.MISSING_BLOCK)
    assert (f.org_key, f.block_id, f.severity) == (ORG_B, "b5", Severity.ERROR)
    assert f.id == f"missing_block:2025:{ORG_B}:b5"
    assert f.message(ANNEX, "ru") == "Блок 5 не заполнен совсем (полей: 3)"
    assert f.message(ANNEX, "kk") == "5-блок мүлде толтырылмаған (3 өріс)"


def test_failed_rule() -> None:
    (f,) = report().with_code(FindingCode.FAILED_RULE)
    assert (f.org_key, f.field_id) == (ORG_C, "b16.q1.received")
    assert f.id == f"failed_rule:2025:{ORG_C}:b16.q1.received:rule_sum:b16.q1.received_split"
    assert "5" in f.message(ANNEX, "ru") and "2 + " not in f.message(ANNEX, "ru")


def test_year_jump_against_the_same_organisation() -> None:
    (f,) = report().with_code(FindingCode.YEAR_JUMP)
    assert (f.org_key, f.field_id, f.value) == (ORG_A, "b1.q9.publications", 40)
    assert f.comparison_dict()["previous"] == 12
    assert f.comparison_dict()["previous_year"] == 2024
    assert f.message(ANNEX, "ru").endswith("значение 40, а в 2024 году было 12")
    assert f.message(ANNEX, "ru").startswith("Блок 1, вопрос 9, поле")


def test_no_data_reasons_grouped_ignoring_case_and_spaces() -> None:
    groups = report().no_data
    (group,) = groups
    assert group.reason == REASON and group.count == 2
    assert group.fields() == {"b3.q1.referred_police": 1, "b1.q9.publications": 1}
    assert set(group.organisations()) == {ORG_B, ORG_C}


def test_outlier_against_other_regions_of_the_same_kind() -> None:
    regions = ("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27")
    assisted = (10, 12, 11, 9, 13, 80)
    records = [
        SubmissionRecord(f"{r}|akimat", r, r, r, ("akimat",), YEAR, 1,
                         answers(ANNEX, ("akimat",), b3__q1__received=n,
                                 b3__q1__not_identified=n, b3__q1__assisted=n))
        for r, n in zip(regions, assisted, strict=True)
    ]
    found = quality_report(SubmissionSet(ANNEX, records)).with_code(FindingCode.OUTLIER_REGIONS)
    assert {(f.region, f.field_id) for f in found} == {
        ("KZ-27", "b3.q1.received"), ("KZ-27", "b3.q1.not_identified"),
        ("KZ-27", "b3.q1.assisted")}
    f = next(f for f in found if f.field_id == "b3.q1.assisted")
    assert f.comparison_dict()["median"] == 11.5 and f.comparison_dict()["peers"] == 6
    assert f.comparison_dict()["kind"] == "akimat"
    assert "медиана 11,5" in f.message(ANNEX, "ru")
    assert f.id == "outlier_regions:2025:KZ-27|akimat:b3.q1.assisted"


def test_too_few_peers_no_outlier() -> None:
    assert not report().with_code(FindingCode.OUTLIER_REGIONS)


def test_robust_score_falls_back_when_most_values_agree() -> None:
    scored = robust_score(15, [0, 0, 0, 0, 0, 15])
    assert scored is not None and scored[0] > 3.5
    assert robust_score(3, [3, 3, 3]) is None


def test_ids_are_stable_between_runs_and_unique() -> None:
    first, second = report(), report()
    assert [f.id for f in first.findings] == [f.id for f in second.findings]
    assert len({f.id for f in first.findings}) == len(first.findings)
    assert first.finding(first.findings[0].id) == first.findings[0]


def test_json(tmp_path: Path) -> None:
    data = report().to_json(ANNEX, "kk")
    assert data["counts"]["missing_block"] == 1 and data["counts"]["year_jump"] == 1
    assert data["no_data"][0]["count"] == 2
    assert all(isinstance(f["message"], str) and f["message"] for f in data["findings"])
