"""The completeness matrix of a campaign of known numbers: on time, late, missing, reminders."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from kzth_desktop.analysis import (
    DEFAULT_EXPECTED_KINDS,
    CellStatus,
    CompletenessMatrix,
    SubmissionSet,
    completeness_matrix,
    default_expected,
)
from kzth_desktop.annex import load_default_annex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import (  # noqa: E402
    AS_OF,
    DEADLINE,
    EXPECTED,
    ORG_A,
    ORG_B,
    ORG_C,
    YEAR,
    campaign,
)

ANNEX = load_default_annex()


@pytest.fixture(scope="module")
def matrix() -> CompletenessMatrix:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    return completeness_matrix(subs, YEAR, DEADLINE, EXPECTED, as_of=AS_OF)


def test_cells_marked_on_time_late_and_missing(matrix: CompletenessMatrix) -> None:
    assert matrix.status("KZ-10", "akimat") is CellStatus.ON_TIME
    assert matrix.status("KZ-19", "akimat") is CellStatus.LATE
    assert matrix.status("KZ-19", "ngo") is CellStatus.ON_TIME  # on the deadline day
    assert matrix.status("KZ-10", "ngo") is CellStatus.MISSING
    assert matrix.status("KZ-10", "police") is CellStatus.MISSING
    assert matrix.status("KZ-19", "police") is None  # nobody expected, nothing arrived
    assert matrix.regions == ("KZ-10", "KZ-19")
    assert matrix.kinds == ("akimat", "police", "ngo")  # annex order
    assert matrix.counts() == {"on_time": 2, "late": 1, "received": 0, "pending": 0,
                               "missing": 2, "to_verify": 0, "expected": 5, "unexpected": 0}


def test_days_late_and_percent_answered(matrix: CompletenessMatrix) -> None:
    late = matrix.cell("KZ-19", "akimat")
    assert late is not None
    (b,) = late.submissions
    assert b.org_key == ORG_B and b.days_late == 5
    akimat_fields = len(ANNEX.fields_for_kinds(["akimat"]))
    b5_fields = len(list(ANNEX.block("b5").fields()))
    assert b.unanswered == b5_fields
    assert b.answered_pct == pytest.approx(100 * (akimat_fields - b5_fields) / akimat_fields)
    assert b.by_block["b5"] == 0.0 and b.by_block["b3"] == 100.0
    assert b.no_data == 1
    by_org = {s.org_key: s for s in matrix.submissions}
    assert by_org[ORG_A].answered_pct == 100.0 and by_org[ORG_A].version == 2
    assert by_org[ORG_C].answered_pct == 100.0  # a broken rule is not an unanswered field


def test_reminders_list_who_is_missing(matrix: CompletenessMatrix) -> None:
    assert [(r.region, r.kind, r.overdue, r.days_overdue) for r in matrix.reminders] == [
        ("KZ-10", "police", True, 29), ("KZ-10", "ngo", True, 29)]


def test_before_the_deadline_the_missing_are_pending() -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    m = completeness_matrix(subs, YEAR, DEADLINE, EXPECTED, as_of=date(2026, 1, 25))
    assert m.status("KZ-10", "ngo") is CellStatus.PENDING
    assert [r.overdue for r in m.reminders] == [False, False]


def test_unexpected_arrival_gets_its_own_cell() -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    only_akimats = [e for e in EXPECTED if e.kind == "akimat"]
    m = completeness_matrix(subs, YEAR, DEADLINE, only_akimats, as_of=AS_OF)
    cell = m.cell("KZ-19", "ngo")
    assert cell is not None and not cell.expected and cell.status is CellStatus.ON_TIME
    assert m.counts()["unexpected"] == 1


def test_no_deadline_means_received() -> None:
    subs = SubmissionSet(ANNEX, campaign(ANNEX))
    m = completeness_matrix(subs, YEAR, None, EXPECTED, as_of=AS_OF)
    assert m.status("KZ-19", "akimat") is CellStatus.RECEIVED
    assert m.status("KZ-10", "ngo") is CellStatus.MISSING


def test_default_expected_is_every_region_times_the_regional_kinds() -> None:
    cells = default_expected(ANNEX)
    assert len(cells) == 20 * 8 and len(DEFAULT_EXPECTED_KINDS) == 8
    m = completeness_matrix(SubmissionSet(ANNEX, campaign(ANNEX)), YEAR, DEADLINE,
                            as_of=AS_OF)
    assert m.counts()["expected"] == 160 and m.counts()["missing"] == 157


def test_json_shape(matrix: CompletenessMatrix) -> None:
    data = matrix.to_json()
    assert data["deadline"] == "2026-01-31"
    cell = next(c for c in data["cells"] if (c["region"], c["kind"]) == ("KZ-19", "akimat"))
    assert cell["status"] == "late" and cell["expected"] is True
    assert cell["submissions"] == [f"{ORG_B}@2025#1"]


# --- issue 19: the reporting rate, the late offices with their contacts, refused files -----------


def test_reporting_rate_national_by_region_and_by_kind(matrix: CompletenessMatrix) -> None:
    from fractions import Fraction

    from kzth_desktop.annex import numbers

    assert matrix.reported() == (3, 5)
    assert matrix.reporting_rate() == Fraction(3, 5)
    assert numbers.share(matrix.reporting_rate()) == "60,0\u00a0%"
    assert matrix.reporting_rate(region="KZ-10") == Fraction(1, 3)
    assert matrix.reporting_rate(region="KZ-19") == 1
    assert matrix.reporting_rate(kind="akimat") == 1
    assert matrix.reporting_rate(kind="ngo") == Fraction(1, 2)
    assert matrix.reporting_rate(kind="police") == 0
    assert matrix.reporting_rate(region="KZ-19", kind="police") is None  # nothing expected


def test_late_offices_carry_their_contact_and_the_file_refused(
        matrix: CompletenessMatrix) -> None:
    from kzth_desktop.analysis.completeness_offices import (
        OfficeContact,
        RefusedFile,
        late_offices,
    )
    from kzth_desktop.annex.model import LocalizedText

    offices = [
        OfficeContact(ORG_B, "Алматы облысы әкімдігі", "Акимат Алматинской области", "KZ-19",
                      ("akimat",), "Асель", "+7 701 111 22 33", "akimat19@example.kz"),
        OfficeContact("KZ-10|ngo", "Абай ҮЕҰ", "НПО Абай", "KZ-10", ("ngo",), "Ерлан",
                      "+7 702 000 00 01", "ngo10@example.kz", fingerprints=("ab12cd34ef",)),
    ]
    refused = [
        RefusedFile(7, "kzth-2025-KZ-10-ab12cd34-v1.kzth", False,
                    LocalizedText(kk="қолтаңба расталмады", ru="подпись не подтверждается"),
                    None, YEAR, "KZ-10", ("ngo",), fingerprint="ab12cd34"),
        RefusedFile(8, "old.kzth", False, LocalizedText(kk="x", ru="x"), None, YEAR - 1,
                    "KZ-10", ("police",)),  # another year: not this one's reason
    ]
    rows = late_offices(matrix, offices, refused)
    late = [r for r in rows if r.status is CellStatus.LATE]
    assert [(r.region, r.kinds, r.days_late) for r in late] == [("KZ-19", ("akimat",), 5)]
    assert late[0].office is not None and late[0].office.phone == "+7 701 111 22 33"
    missing = {(r.region, r.kinds[0]): r for r in rows if r.status is CellStatus.MISSING}
    assert set(missing) == {("KZ-10", "ngo"), ("KZ-10", "police")}
    ngo = missing[("KZ-10", "ngo")]
    assert ngo.office is not None and ngo.office.contact_person == "Ерлан"
    assert ngo.office.email == "ngo10@example.kz" and ngo.days_late == (AS_OF - DEADLINE).days
    assert [f.receipt_id for f in ngo.refused] == [7]
    police = missing[("KZ-10", "police")]
    assert police.office is None and police.refused == ()  # nobody registered for it
