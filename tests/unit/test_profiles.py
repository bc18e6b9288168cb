"""Risk profiles of potential victims: per kind, from its own tables, with sources; never summed."""

from __future__ import annotations

from fractions import Fraction

from kzth_desktop.analysis.records import SubmissionRecord
from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.assessment.profiles import ProfileText, profile_fields, risk_profiles
from kzth_desktop.assessment.suppression import suppress

ANNEX = load_default_annex()
YEARS = (2023, 2024, 2025)


def rec(org: str, kinds: tuple[str, ...], year: int, answers: dict[str, object],
        version: int = 1) -> SubmissionRecord:
    return SubmissionRecord(org, org, org, "KZ-75", kinds, year, version, answers)


def police_row(age: str, cit: str, sex: str, n: int) -> dict[str, object]:
    return {"age_band": age, "citizenship": cit, "sex": sex, "count": n}


def full_row(age: str, cit: str, sex: str, expl: str, social: str, n: int) -> dict[str, object]:
    return {"age_band": age, "citizenship": cit, "nationality": "kazakh", "sex": sex,
            "social_status": social, "family_status": "single", "disability": "no",
            "exploitation": expl, "count": n}


# The example ------------------------------------------------------------------------------------
# police (block 2 q8: age band x citizenship x sex)
#   P1 2024: 18-25 KZ f 6 | 26-45 KZ f 2 | 26-45 UZ m 1
#   P2 2024: 18-25 KZ f 1 | unknown unknown m 2
#   P1 2025: 18-25 UZ f 4            (P1's version 1 of 2025, 50 victims, is superseded)
#   P2 2025: no data
#   total 16 (2024: 12, 2025: 4); sex f 13 (81 %), m 3 (19 %: below a quarter);
#   age 18-25 11, 26-45 3, unknown 2; citizenship KZ 9 (56 %), UZ 5 (31 %), unknown 2
# ngo (block 16 q1), 2025: 18-25 KZ f sexual unemployed 5 | 26-45 KZ m labour migrant 7
#   total 12; exploitation labour 7 (58 %), sexual 5 (42 %)
# labour ministry: block 3 q1 (4 victims) and block 4 q2 minors (2) -> two sections, never added
# an organisation registered as akimat + social services: block 3 q1, 3 victims -> own profile
def example() -> list[SubmissionRecord]:
    b2, b3, b4, b16 = ("b2.q8.victims", "b3.q1.victims", "b4.q2.minors_table",
                       "b16.q1.victims")
    return [
        rec("P1", ("police",), 2024, {b2: {"rows": [
            police_row("18-25", "KZ", "f", 6), police_row("26-45", "KZ", "f", 2),
            police_row("26-45", "UZ", "m", 1)]}}),
        rec("P2", ("police",), 2024, {b2: {"rows": [
            police_row("18-25", "KZ", "f", 1), police_row("unknown", "unknown", "m", 2)]}}),
        rec("P1", ("police",), 2025, {b2: {"rows": [police_row("18-25", "UZ", "f", 4)]}},
            version=2),
        rec("P1", ("police",), 2025, {b2: {"rows": [police_row("18-25", "UZ", "f", 50)]}}),
        rec("P2", ("police",), 2025, {b2: {"no_data": "the register was being moved"}}),
        rec("P1", ("police",), 2021, {b2: {"rows": [police_row("18-25", "UZ", "f", 99)]}}),
        rec("N1", ("ngo",), 2025, {b16: {"rows": [
            full_row("18-25", "KZ", "f", "sexual", "unemployed", 5),
            full_row("26-45", "KZ", "m", "labour", "labour_migrant", 7)]}}),
        rec("L1", ("labour_ministry",), 2024, {
            b3: {"rows": [full_row("26-45", "UZ", "m", "labour", "labour_migrant", 4)]},
            b4: {"rows": [{"age_band": "16-17", "sex": "m", "social_status": "student",
                           "residence": "KZ-75", "coercion_place": "KZ-75",
                           "legal_representatives": "both_parents", "count": 2}]}}),
        rec("AS", ("akimat", "social_services"), 2023, {
            b3: {"rows": [full_row("18-25", "KZ", "f", "sexual", "unemployed", 3)]}}),
    ]


def by_kind() -> dict[str, object]:
    texts = {"police": ProfileText(
        LocalizedText(kk="Жыныстық қанау", ru="Сексуальная эксплуатация"),
        LocalizedText(kk="Мектептердегі профилактика", ru="Профилактика в школах"))}
    return {p.kind: p for p in risk_profiles(ANNEX, example(), YEARS, texts)}


def test_police_profile_totals_dominant_groups_and_sources() -> None:
    police = by_kind()["police"]
    (section,) = police.sections  # type: ignore[attr-defined]
    assert section.total == 16
    assert section.by_year == ((2023, 0), (2024, 12), (2025, 4))
    src = section.source
    assert (src.field_id, src.submissions, src.organisations, src.no_data, src.years) == (
        "b2.q8.victims", 4, 2, 1, (2024, 2025))
    sex = section.dimension("sex")
    assert [(c.category, c.count) for c in sex.counts] == [("m", 3), ("f", 13)]
    assert [(c.category, c.share) for c in sex.dominant] == [("f", Fraction(13, 16))]
    age = section.dimension("age_band")
    assert [(c.category, c.count) for c in age.counts] == [("18-25", 11), ("26-45", 3),
                                                           ("unknown", 2)]
    assert [c.category for c in age.dominant] == ["18-25"] and age.unknown == 2
    cit = section.dimension("citizenship")
    assert [c.category for c in cit.dominant] == ["KZ", "UZ"]
    assert cit.dominant[1].label.ru == "Узбекистан"
    tab = section.cross_tab("sex", "age_band")
    assert [c.category for c in tab.row_categories] == ["m", "f"]
    assert [c.category for c in tab.column_categories] == ["18-25", "26-45", "unknown"]
    assert tab.cells == ((0, 1, 2), (11, 2, 0))
    assert section.cross_tab("sex", "exploitation") is None  # block 2 q8 has no such column
    assert police.measures.ru == "Профилактика в школах"  # type: ignore[attr-defined]


def test_counts_of_different_kinds_are_never_added() -> None:
    profiles = by_kind()
    ngo = profiles["ngo"]
    (section,) = ngo.sections  # type: ignore[attr-defined]
    assert section.total == 12
    expl = section.dimension("exploitation")
    assert [(c.category, c.count) for c in expl.dominant] == [("labour", 7), ("sexual", 5)]
    assert section.cross_tab("citizenship", "exploitation").cells == ((5, 7),)
    assert ngo.risk_area_indicators()[0][0] == "b16.q1.victims"  # type: ignore[attr-defined]
    # labour ministry: two tables, two sections, each its own total
    lm = profiles["labour_ministry"]
    assert [(s.source.field_id, s.total) for s in lm.sections] == [  # type: ignore[attr-defined]
        ("b3.q1.victims", 4), ("b4.q2.minors_table", 2)]
    # the akimat registered with social services reports as both, apart from either
    both = profiles["akimat+social_services"]
    assert [(s.source.field_id, s.total) for s in both.sections] == [  # type: ignore[attr-defined]
        ("b3.q1.victims", 3)]
    assert [n.ru[:14] for n in both.kind_names] == [  # type: ignore[attr-defined]
        "Местный исполн", "Субъект, предо"]
    akimat = profiles["akimat"]
    assert akimat.sections[0].total == 0 and not akimat.has_data  # type: ignore[attr-defined]
    # no section anywhere holds a sum of two kinds' figures
    totals = {s.total for p in profiles.values() for s in p.sections}  # type: ignore[attr-defined]
    assert totals == {0, 16, 12, 4, 2, 3}


def test_one_profile_for_every_kind_of_the_annex() -> None:
    profiles = risk_profiles(ANNEX, [], YEARS)
    assert [p.kind for p in profiles] == [k.id for k in ANNEX.kinds]
    assert len(profiles) == 18
    with_tables = {k.id for k in ANNEX.kinds
                   if any(f.block_id in k.blocks for f in profile_fields(ANNEX))}
    no_table = {p.kind for p in profiles if not p.has_victims_table}
    assert no_table == {"child_protection", "culture_ministry", "tourism_ministry",
                        "other_subject"} == {k.id for k in ANNEX.kinds} - with_tables
    by = {p.kind: p for p in profiles}
    # a kind without a victims table is drawn from its own counts and texts
    assert [c.field_id for c in by["child_protection"].counts] == [
        "b7.q1.children", "b7.q2.trained"]
    assert "b12.q3.1" in {t.field_id for t in by["culture_ministry"].texts}
    assert [c.field_id for c in by["tourism_ministry"].counts] == ["b13.q1.1"]
    # "other subjects" answer block 1 only: their profile reads block 1
    assert "b1.q10.1" in {t.field_id for t in by["other_subject"].texts}
    assert not any(p.has_data for p in profiles)
    # single-dimension tables (block 2 q9-q12) are not profiles
    assert "b2.q9.victims" not in {f.id for f in profile_fields(ANNEX)}


def test_a_profile_cross_tab_goes_through_suppression() -> None:
    section = by_kind()["police"].sections[0]  # type: ignore[attr-defined]
    table = suppress(list(map(list, section.cross_tab("sex", "age_band").cells)))
    # printed: the 1-9 hidden, zeros shown, f's total hidden so that f/26-45 (2) is not 13 - 11,
    # and the 16 too: with it printed, m's "<10" = 16 - "x" could be 6 at most, not 9
    #          18-25  26-45  unknown | total
    # m          0     <10    <10    |  <10
    # f         11     <10     0     |   x
    # total     11     <10    <10    |   x
    assert [[table.text(i, j) for j in range(4)] for i in range(3)] == [
        ["0", "<10", "<10", "<10"], ["11", "<10", "0", "x"], ["11", "<10", "<10", "x"]]


def test_a_kind_without_a_victims_table_is_profiled_from_its_counts_and_texts() -> None:
    records = [
        rec("cp1", ("child_protection",), 2024, {
            "b7.q1.children": 4, "b7.q1.measures": "Переданы в центр адаптации",
            "b7.q2.trained": 12}),
        rec("cp2", ("child_protection",), 2025, {
            "b7.q1.children": 7, "b7.q1.measures": "нет"}),
        rec("cp2", ("child_protection",), 2024, {"b7.q1.children": 2}),
    ]
    prof = {p.kind: p for p in risk_profiles(ANNEX, records, YEARS)}["child_protection"]
    assert prof.has_data and not prof.has_victims_table
    children = prof.counts[0]
    assert (children.field_id, children.by_year, children.reports, children.protect) == (
        "b7.q1.children", ((2023, 0), (2024, 6), (2025, 7)), 3, True)
    trained = prof.counts[1]
    assert (trained.by_year, trained.protect) == (((2023, 0), (2024, 12), (2025, 0)), False)
    measures = next(t for t in prof.texts if t.field_id == "b7.q1.measures")
    assert (measures.answers, measures.quotes) == (1, ("Переданы в центр адаптации",))
