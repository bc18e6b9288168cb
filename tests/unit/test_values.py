"""Canonical answer values: each field type accepts its value and refuses wrong forms by code."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzth_desktop.annex.loader import build_annex
from kzth_desktop.annex.model import Annex, FieldType
from kzth_desktop.annex.problems import ProblemCode as C
from kzth_desktop.annex.values import (
    COUNT_MAX,
    VALUE_TYPES,
    check_value,
    is_complete,
    is_empty,
    is_no_data,
    no_data_reason,
    normalize,
    numeric_value,
    victims_count_where,
    victims_marginals,
    victims_total,
)


def _t(kk: str, ru: str | None = None) -> dict[str, str]:
    return {"kk": kk, "ru": ru or kk}


def small_definition() -> dict[str, Any]:
    """One field of every type, in one block; a victims table of age band x sex."""
    fields = [
        {"id": "b1.q1.yn", "type": "yes_no", "text": _t("Иә ма?", "Да ли?"),
         "hint": _t("Иә / Жоқ", "Да / Нет")},
        {"id": "b1.q1.text", "type": "text", "text": _t("Мәтін", "Текст")},
        {"id": "b1.q1.count", "type": "count", "text": _t("Саны", "Количество")},
        {"id": "b1.q1.money", "type": "money", "text": _t("Сомасы", "Сумма")},
        {"id": "b1.q1.period", "type": "period", "text": _t("Есепті кезең", "Отчетный период")},
        {"id": "b1.q1.list", "type": "list", "text": _t("Атаулары", "Наименования")},
        {"id": "b1.q1.victims", "type": "victims", "text": _t("Құрбандар", "Жертвы"),
         "dimensions": [
             {"id": "age_band", "categories": "age", "label": _t("Жасы", "Возраст")},
             {"id": "sex", "categories": "sex", "label": _t("Жынысы", "Пол")},
         ]},
    ]
    return {
        "format": 1,
        "version": {"id": "test-1", "order": _t("бұйрық", "приказ"),
                    "registered": "2024-10-25", "registration_number": "1"},
        "title": _t("Сауалнама", "Опросник"),
        "rules_title": _t("Қағидалар", "Правила"),
        "caption": _t("Қосымша", "Приложение"),
        "columns": [_t("Көрсеткіштер", "Показатели"), _t("Деректер", "Данные")],
        "category_sets": {
            "age": {"label": _t("Жасы", "Возраст"), "categories": [
                {"id": "under_18", **_t("18 жасқа дейін", "до 18 лет")},
                {"id": "18-25", **_t("18-25")},
                {"id": "unknown", **_t("белгісіз", "неизвестно")},
            ]},
            "sex": {"label": _t("Жынысы", "Пол"), "categories": [
                {"id": "m", **_t("ер", "муж.")},
                {"id": "f", **_t("әйел", "жен.")},
                {"id": "unknown", **_t("белгісіз", "неизвестно")},
            ]},
        },
        "blocks": [{"id": "b1", "number": 1, "title": _t("Жалпы", "Общие"), "questions": [
            {"id": "b1.q1", "number": 1, "text": _t("Сұрақ", "Вопрос"), "fields": fields},
        ]}],
        "kinds": [{"id": "any", "name": _t("Кез келген", "Любой"), "blocks": ["b1"]}],
        "regions": [{"code": "KZ-71", "name": _t("Астана"), "kind": "city"}],
    }


ANNEX: Annex = build_annex(small_definition())
F = {t: ANNEX.field(f"b1.q1.{n}") for t, n in [
    (FieldType.YES_NO, "yn"), (FieldType.TEXT, "text"), (FieldType.COUNT, "count"),
    (FieldType.MONEY, "money"), (FieldType.PERIOD, "period"), (FieldType.LIST, "list"),
    (FieldType.VICTIMS, "victims"),
]}

CANONICAL: dict[FieldType, list[object]] = {
    FieldType.YES_NO: [{"answer": "yes", "details": "заңда олқылық бар"},
                       {"answer": "no", "details": ""}, {"answer": "no"}],
    FieldType.TEXT: ["Мәтін", "  padded  "],
    FieldType.COUNT: [0, 12, 10**8],
    FieldType.MONEY: [0, 1500000, 1500000.0, 1500000.5, 0.01, 99.99],
    FieldType.PERIOD: [{"from": "2025-01-01", "to": "2025-12-31"},
                       {"from": "2024-02-29", "to": "2024-02-29"}],
    FieldType.LIST: [["МОМ"], ["Заң", "Қадам"]],
    FieldType.VICTIMS: [
        {"rows": []},
        {"rows": [{"age_band": "18-25", "sex": "f", "count": 3}]},
        {"rows": [{"age_band": "unknown", "sex": "unknown", "count": 1},
                  {"age_band": "under_18", "sex": "m", "count": 2}]},
    ],
}


def test_the_table_has_one_row_for_every_field_type_and_is_read_only() -> None:
    assert set(VALUE_TYPES) == set(FieldType)
    with pytest.raises(TypeError):
        VALUE_TYPES[FieldType.TEXT] = VALUE_TYPES[FieldType.COUNT]  # type: ignore[index]


@pytest.mark.parametrize(
    ("ftype", "value"), [(t, v) for t, vs in CANONICAL.items() for v in vs]
)
def test_canonical_values_are_accepted(ftype: FieldType, value: object) -> None:
    assert check_value(F[ftype], value) == []
    assert is_complete(F[ftype], value)


WRONG: list[tuple[FieldType, object, list[C]]] = [
    # yes/no
    (FieldType.YES_NO, {"answer": "yes", "details": ""}, [C.DETAILS_REQUIRED]),
    (FieldType.YES_NO, {"answer": "yes", "details": "   "}, [C.DETAILS_REQUIRED]),
    (FieldType.YES_NO, {"answer": "yes"}, [C.DETAILS_REQUIRED]),
    (FieldType.YES_NO, {"answer": "maybe", "details": "x"}, [C.NOT_YES_NO]),
    (FieldType.YES_NO, {"answer": True, "details": "x"}, [C.NOT_YES_NO]),
    (FieldType.YES_NO, {"answer": "no", "details": 5}, [C.WRONG_TYPE]),
    (FieldType.YES_NO, {"answer": "no", "details": "", "extra": 1}, [C.UNKNOWN_KEY]),
    (FieldType.YES_NO, "yes", [C.WRONG_TYPE]),
    (FieldType.YES_NO, True, [C.WRONG_TYPE]),
    # text
    (FieldType.TEXT, 5, [C.WRONG_TYPE]),
    (FieldType.TEXT, ["a"], [C.WRONG_TYPE]),
    (FieldType.TEXT, "   ", [C.UNANSWERED]),
    # count
    (FieldType.COUNT, -1, [C.NEGATIVE]),
    (FieldType.COUNT, 3.0, [C.NOT_INTEGER]),
    (FieldType.COUNT, 2.5, [C.NOT_INTEGER]),
    (FieldType.COUNT, True, [C.WRONG_TYPE]),
    (FieldType.COUNT, False, [C.WRONG_TYPE]),
    (FieldType.COUNT, "3", [C.WRONG_TYPE]),
    (FieldType.COUNT, float("nan"), [C.NOT_FINITE]),
    # money
    (FieldType.MONEY, -0.01, [C.NEGATIVE]),
    (FieldType.MONEY, -5, [C.NEGATIVE]),
    (FieldType.MONEY, 1.234, [C.TOO_MANY_DECIMALS]),
    (FieldType.MONEY, 0.1 + 0.2, [C.TOO_MANY_DECIMALS]),
    (FieldType.MONEY, "100.00", [C.WRONG_TYPE]),
    (FieldType.MONEY, True, [C.WRONG_TYPE]),
    (FieldType.MONEY, float("inf"), [C.NOT_FINITE]),
    # period
    (FieldType.PERIOD, {"from": "2025-12-31", "to": "2025-01-01"}, [C.PERIOD_REVERSED]),
    (FieldType.PERIOD, {"from": "2025-02-30", "to": "2025-12-31"}, [C.BAD_DATE]),
    (FieldType.PERIOD, {"from": "20250101", "to": "2025-12-31"}, [C.BAD_DATE]),
    (FieldType.PERIOD, {"from": "01.01.2025", "to": "31.12.2025"}, [C.BAD_DATE, C.BAD_DATE]),
    (FieldType.PERIOD, {"from": "2025-01-01"}, [C.BAD_DATE]),
    (FieldType.PERIOD, {"from": "2025-01-01", "to": "2025-12-31", "x": 1}, [C.UNKNOWN_KEY]),
    (FieldType.PERIOD, "2025", [C.WRONG_TYPE]),
    # list
    (FieldType.LIST, ["a", ""], [C.EMPTY_ITEM]),
    (FieldType.LIST, ["a", 3], [C.BAD_ITEM]),
    (FieldType.LIST, "a", [C.WRONG_TYPE]),
    (FieldType.LIST, [], [C.UNANSWERED]),
    # victims
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "sex": "x", "count": 1}]},
     [C.UNKNOWN_CATEGORY]),
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "count": 1}]}, [C.MISSING_DIMENSION]),
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "sex": "f", "name": "A", "count": 1}]},
     [C.UNKNOWN_DIMENSION]),
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "sex": "f", "count": 0}]},
     [C.BAD_ROW_COUNT]),
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "sex": "f", "count": 1.0}]},
     [C.BAD_ROW_COUNT]),
    (FieldType.VICTIMS, {"rows": [{"age_band": "18-25", "sex": "f"}]}, [C.BAD_ROW_COUNT]),
    (FieldType.VICTIMS, {"rows": [["18-25", "f", 1]]}, [C.BAD_ROW]),
    (FieldType.VICTIMS, {"rows": [], "total": 3}, [C.UNKNOWN_KEY]),
    (FieldType.VICTIMS, {"rows": "none"}, [C.WRONG_TYPE]),
    (FieldType.VICTIMS, [{"age_band": "18-25", "sex": "f", "count": 1}], [C.WRONG_TYPE]),
]


@pytest.mark.parametrize(("ftype", "value", "codes"), WRONG)
def test_wrong_forms_are_refused_with_the_right_code(
    ftype: FieldType, value: object, codes: list[C]
) -> None:
    problems = check_value(F[ftype], value)
    assert [p.code for p in problems] == codes
    assert all(p.field_id == F[ftype].id for p in problems)
    assert all(p.question_id == "b1.q1" and p.block_id == "b1" for p in problems)
    assert not is_complete(F[ftype], value)


def test_problem_params_say_what_is_wrong() -> None:
    bad_row = {"rows": [{"age_band": "18-25", "sex": "f", "count": 1},
                        {"age_band": "30-40", "sex": "f", "count": 1}]}
    (p,) = check_value(F[FieldType.VICTIMS], bad_row)
    assert p.params_dict() == {"row": 2, "dimension": "age_band", "category": "30-40"}
    (p,) = check_value(F[FieldType.PERIOD], {"from": "2025-01-01", "to": "2025-13-01"})
    assert p.params_dict() == {"end": "to", "value": "2025-13-01"}
    (p,) = check_value(F[FieldType.COUNT], -7)
    assert p.param("value") == -7


@pytest.mark.parametrize("ftype", list(FieldType))
def test_every_field_may_be_no_data_with_a_reason(ftype: FieldType) -> None:
    fld = F[ftype]
    assert check_value(fld, {"no_data": "статистика жүргізілмейді"}) == []
    assert [p.code for p in check_value(fld, {"no_data": ""})] == [C.NO_DATA_REASON_REQUIRED]
    assert [p.code for p in check_value(fld, {"no_data": "  "})] == [C.NO_DATA_REASON_REQUIRED]
    assert [p.code for p in check_value(fld, {"no_data": None})] == [C.NO_DATA_REASON_REQUIRED]
    assert [p.code for p in check_value(fld, {"no_data": "x", "y": 1})] == [C.UNKNOWN_KEY]
    assert [p.code for p in check_value(fld, None)] == [C.UNANSWERED]


def test_no_data_helpers() -> None:
    assert is_no_data({"no_data": "reason"})
    assert is_no_data({"no_data": ""})
    assert not is_no_data({"answer": "no"})
    assert not is_no_data("no_data")
    assert no_data_reason({"no_data": "  себебі  "}) == "себебі"
    assert no_data_reason({"no_data": " "}) is None
    assert no_data_reason(5) is None


@pytest.mark.parametrize(
    ("value", "empty"),
    [
        (None, True), ("", True), ("  ", True), ([], True), ({}, True),
        ({"answer": "", "details": ""}, True), ({"from": None, "to": ""}, True),
        ({"rows": []}, False), ({"no_data": ""}, False), (0, False), (0.0, False),
        ("x", False), (["x"], False), ({"answer": "no"}, False), (False, False),
    ],
)
def test_is_empty(value: object, empty: bool) -> None:
    assert is_empty(value) is empty


def test_normalize() -> None:
    assert normalize(F[FieldType.TEXT], "  Мәтін \n") == "Мәтін"
    assert normalize(F[FieldType.MONEY], 1500000) == 1500000.0
    assert isinstance(normalize(F[FieldType.MONEY], 7), float)
    assert normalize(F[FieldType.MONEY], 12.5) == 12.5
    assert normalize(F[FieldType.MONEY], 1.234) == 1.234  # wrong values are left as they are
    assert normalize(F[FieldType.COUNT], 4) == 4
    assert normalize(F[FieldType.YES_NO], {"answer": "no"}) == {"answer": "no", "details": ""}
    assert normalize(F[FieldType.YES_NO], {"answer": "yes", "details": " иә \n"}) == {
        "answer": "yes", "details": "иә"}
    assert normalize(F[FieldType.LIST], [" a ", "b"]) == ["a", "b"]
    assert normalize(F[FieldType.PERIOD], {"from": " 2025-01-01", "to": "2025-12-31 "}) == {
        "from": "2025-01-01", "to": "2025-12-31"}
    assert normalize(F[FieldType.COUNT], {"no_data": " жоқ "}) == {"no_data": "жоқ"}
    assert normalize(F[FieldType.VICTIMS], {"rows": [{"sex": " f ", "age_band": "18-25",
                                                      "count": 2}]}) == {
        "rows": [{"sex": "f", "age_band": "18-25", "count": 2}]}
    # never raises on junk
    for ftype in FieldType:
        assert normalize(F[ftype], object) is object


@pytest.mark.parametrize("ftype", list(FieldType))
@pytest.mark.parametrize("index", [0, 1])
def test_normalized_canonical_values_stay_valid(ftype: FieldType, index: int) -> None:
    values = CANONICAL[ftype]
    value = values[index % len(values)]
    assert check_value(F[ftype], normalize(F[ftype], value)) == []


def test_numeric_value() -> None:
    assert numeric_value(F[FieldType.COUNT], 5) == 5
    assert numeric_value(F[FieldType.MONEY], 5.5) == 5.5
    assert numeric_value(F[FieldType.COUNT], -1) is None
    assert numeric_value(F[FieldType.COUNT], {"no_data": "x"}) is None
    assert numeric_value(F[FieldType.COUNT], None) is None
    assert numeric_value(F[FieldType.TEXT], 5) is None


TABLE = {"rows": [
    {"age_band": "18-25", "sex": "f", "count": 3},
    {"age_band": "under_18", "sex": "f", "count": 2},
    {"age_band": "under_18", "sex": "m", "count": 4},
    {"age_band": "unknown", "sex": "unknown", "count": 1},
]}


def test_victims_total_and_filter() -> None:
    assert victims_total(TABLE) == 10
    assert victims_total({"rows": []}) == 0
    assert victims_total({"no_data": "x"}) == 0
    assert victims_count_where(TABLE, "age_band", "under_18") == 6
    assert victims_count_where(TABLE, "sex", "m") == 4


def test_victims_marginals() -> None:
    fld = F[FieldType.VICTIMS]
    assert victims_marginals(fld, TABLE) == {
        "age_band": {"18-25": 3, "under_18": 6, "unknown": 1},
        "sex": {"f": 5, "m": 4, "unknown": 1},
    }
    assert victims_marginals(fld, {"rows": []}) == {"age_band": {}, "sex": {}}


# --- properties --------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=COUNT_MAX))
def test_any_non_negative_int_is_a_valid_count(n: int) -> None:
    assert check_value(F[FieldType.COUNT], n) == []


@given(st.integers(max_value=-1))
def test_any_negative_int_is_refused_as_negative(n: int) -> None:
    assert [p.code for p in check_value(F[FieldType.COUNT], n)] == [C.NEGATIVE]
    assert [p.code for p in check_value(F[FieldType.MONEY], n)] == [C.NEGATIVE]


@given(st.floats(allow_nan=False, allow_infinity=False, max_value=COUNT_MAX))
def test_no_float_is_a_count(x: float) -> None:
    assert [p.code for p in check_value(F[FieldType.COUNT], x)] == [C.NOT_INTEGER]


@given(st.decimals(min_value=0, max_value=10**12, places=2))
def test_any_tenge_amount_with_two_decimals_is_valid_money(d: Decimal) -> None:
    value = float(d)
    assert check_value(F[FieldType.MONEY], value) == []
    assert normalize(F[FieldType.MONEY], value) == value


@given(st.decimals(min_value=0, max_value=10**6, places=3).filter(
    lambda d: d != d.quantize(Decimal("0.01"))))
def test_three_decimals_are_too_many(d: Decimal) -> None:
    assert [p.code for p in check_value(F[FieldType.MONEY], float(d))] == [C.TOO_MANY_DECIMALS]


ROWS = st.lists(st.fixed_dictionaries({
    "age_band": st.sampled_from(["under_18", "18-25", "unknown"]),
    "sex": st.sampled_from(["m", "f", "unknown"]),
    "count": st.integers(min_value=1, max_value=1000),
}), max_size=20)


@given(ROWS)
def test_any_table_of_known_categories_is_valid_and_its_marginals_add_up(rows: list) -> None:
    fld = F[FieldType.VICTIMS]
    value = {"rows": rows}
    assert check_value(fld, value) == []
    total = victims_total(value)
    assert total == sum(r["count"] for r in rows)
    for totals in victims_marginals(fld, value).values():
        assert sum(totals.values()) == total
