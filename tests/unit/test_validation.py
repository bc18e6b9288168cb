"""Whole-submission validation: completeness, placement, consistency rules, bilingual messages."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex.loader import build_annex, load_default_annex
from kzth_desktop.annex.model import Annex, Field, FieldType
from kzth_desktop.annex.problems import MESSAGES, Problem, ProblemCode, make_problem, short_text
from kzth_desktop.annex.validation import (
    RULE_KINDS,
    LeRule,
    RulesDefinitionError,
    SumRule,
    TableFilterTotalRule,
    TableTotalRule,
    ValidationReport,
    ZeroImpliesEmptyRule,
    build_rules,
    check_answers,
    load_rules,
    validate_submission,
)

C = ProblemCode
LONG_KK = (
    "Адам саудасына қарсы іс-қимыл саласындағы заңнамадағы олқылықтар, халықаралық "
    "стандарттарға сәйкессіздік:"
)
LONG_RU = (
    "Пробелы в законодательстве в сфере противодействия торговле людьми, несоответствие "
    "международным стандартам:"
)


def _t(kk: str, ru: str | None = None) -> dict[str, str]:
    return {"kk": kk, "ru": ru or kk}


def _yes_no(fid: str, kk: str, ru: str) -> dict[str, Any]:
    return {"id": fid, "type": "yes_no", "text": _t(kk, ru),
            "hint": _t("Иә / Жоқ (егер солай болса, сипаттаңыз)", "Да / Нет (если да, опишите)")}


def definition() -> dict[str, Any]:
    """Block 1 for everyone (3 fields); block 2 with a question shaped like block 3 of the
    annex (period, counts, money, list, victims table); block 3 for another kind."""
    b2 = "b2.q1."
    return {
        "format": 1,
        "version": {"id": "test-2", "order": _t("бұйрық", "приказ"),
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
        "blocks": [
            {"id": "b1", "number": 1, "title": _t("Жалпы сұрақтар", "Общие вопросы"),
             "questions": [
                 {"id": "b1.q1", "number": 1, "text": _t("Қандай тәуекелдер?", "Какие риски?"),
                  "fields": [_yes_no("b1.q1.1", LONG_KK, LONG_RU),
                             _yes_no("b1.q1.2", "Оқыту жеткіліксіз", "Недостаточное обучение")]},
                 {"id": "b1.q2", "number": 2, "text": _t("Проблемалар", "Проблемы"),
                  "fields": [{"id": "b1.q2.1", "type": "text"}]},
             ]},
            {"id": "b2", "number": 2, "addressees": [_t("ҮЕҰ", "НПО")], "questions": [
                {"id": "b2.q1", "number": 1, "text": _t("Құрбандар", "Жертвы"), "fields": [
                    {"id": b2 + "period", "type": "period", "text": _t("Есепті кезең",
                                                                       "Отчетный период")},
                    {"id": b2 + "referred_by", "type": "list", "text": _t("Субъектілер",
                                                                          "Субъекты")},
                    {"id": b2 + "received", "type": "count",
                     "text": _t("Келіп түскен адамдардың жалпы саны",
                                "Общее количество поступивших лиц")},
                    {"id": b2 + "identified", "type": "count",
                     "text": _t("анықталған", "идентифицированных")},
                    {"id": b2 + "not_identified", "type": "count",
                     "text": _t("анықталмаған", "не идентифицированных")},
                    {"id": b2 + "minors", "type": "count",
                     "text": _t("оның ішінде кәмелетке толмағандар", "в том числе несовершеннолетних")},
                    {"id": b2 + "assisted", "type": "count",
                     "text": _t("Көмек алғандар саны", "Количество получивших помощь")},
                    {"id": b2 + "spent", "type": "money", "text": _t("Сомасы", "Сумма")},
                    {"id": b2 + "spent_a", "type": "money", "text": _t("А сомасы", "Сумма А")},
                    {"id": b2 + "spent_b", "type": "money", "text": _t("Б сомасы", "Сумма Б")},
                    {"id": b2 + "victims", "type": "victims",
                     "text": _t("Құрбандар туралы мәліметтер", "Сведения о жертвах"),
                     "dimensions": [
                         {"id": "age_band", "categories": "age", "label": _t("Жасы", "Возраст")},
                         {"id": "sex", "categories": "sex",
                          "label": _t("Жынысы (еркек/әйел)", "Пол (муж./жен.)")},
                     ]},
                ]},
            ]},
            {"id": "b3", "number": 3, "addressees": [_t("Шекара қызметі", "Пограничная служба")],
             "questions": [{"id": "b3.q1", "number": 1, "text": _t("Саны", "Количество"),
                            "fields": [{"id": "b3.q1.1", "type": "count"}]}]},
        ],
        "kinds": [
            {"id": "ngo", "name": _t("ҮЕҰ", "НПО"), "blocks": ["b1", "b2"]},
            {"id": "border", "name": _t("Шекара", "Граница"), "blocks": ["b1", "b3"]},
            {"id": "other", "name": _t("Басқа", "Другой"), "blocks": ["b1"]},
        ],
        "regions": [{"code": "KZ-71", "name": _t("Астана"), "kind": "city"}],
    }


Q = "b2.q1."
RULES_DATA: dict[str, Any] = {"format": 1, "rules": [
    {"id": "split", "kind": "sum", "total": Q + "received",
     "parts": [Q + "identified", Q + "not_identified"]},
    {"id": "money_split", "kind": "sum", "total": Q + "spent", "parts": [Q + "spent_a",
                                                                      Q + "spent_b"]},
    {"id": "assisted_le", "kind": "le", "left": Q + "assisted", "right": Q + "received"},
    {"id": "table", "kind": "table_total", "table": Q + "victims", "total": Q + "identified"},
    {"id": "table_minors", "kind": "table_filter_total", "table": Q + "victims",
     "dimension": "age_band", "category": "under_18", "total": Q + "minors"},
]}

ANNEX: Annex = build_annex(definition())
RULES = build_rules(ANNEX, RULES_DATA)


def full_answers() -> dict[str, object]:
    """A complete, consistent submission of an NGO (blocks 1 and 2)."""
    return {
        "b1.q1.1": {"answer": "yes", "details": "Заңда олқылық бар"},
        "b1.q1.2": {"answer": "no", "details": ""},
        "b1.q2.1": "Ведомствоаралық байланыс әлсіз",
        Q + "period": {"from": "2025-01-01", "to": "2025-12-31"},
        Q + "referred_by": ["Полиция"],
        Q + "received": 10,
        Q + "identified": 7,
        Q + "not_identified": 3,
        Q + "minors": 2,
        Q + "assisted": 6,
        Q + "spent": 0.3,
        Q + "spent_a": 0.1,
        Q + "spent_b": 0.2,
        Q + "victims": {"rows": [
            {"age_band": "under_18", "sex": "f", "count": 2},
            {"age_band": "18-25", "sex": "f", "count": 4},
            {"age_band": "unknown", "sex": "unknown", "count": 1},
        ]},
    }


def validate(answers: dict[str, object], kinds: tuple[str, ...] = ("ngo",)) -> ValidationReport:
    return validate_submission(ANNEX, kinds, answers, RULES)


# --- completeness ------------------------------------------------------------------------------


def test_a_full_consistent_submission_is_ok() -> None:
    report = validate(full_answers())
    assert report.problems == ()
    assert report.ok
    assert report.unanswered == ()
    assert report.completeness_by_block == {"b1": 100.0, "b2": 100.0}
    assert report.overall == 100.0


def test_a_half_filled_submission_lists_exactly_the_unanswered_fields() -> None:
    answers = full_answers()
    for fid in ("b1.q1.2", Q + "referred_by", Q + "assisted", Q + "victims"):
        del answers[fid]
    answers["b1.q2.1"] = "   "  # blank text is no answer
    answers[Q + "minors"] = None
    report = validate(answers)
    assert report.unanswered == (
        "b1.q1.2", "b1.q2.1", Q + "referred_by", Q + "minors", Q + "assisted", Q + "victims"
    )
    unanswered = [p for p in report.problems if p.code is C.UNANSWERED]
    assert tuple(p.field_id for p in unanswered) == report.unanswered
    assert not report.ok
    # 1 of 3 in block 1, 7 of 11 in block 2, 8 of 14 overall
    assert report.completeness_by_block == {"b1": pytest.approx(100 / 3), "b2": 700 / 11}
    assert report.completeness_by_block["b1"] == 100 * 1 / 3
    assert report.overall == 100 * 8 / 14


def test_no_data_with_a_reason_counts_as_complete_and_without_one_does_not() -> None:
    answers = full_answers()
    answers["b1.q2.1"] = {"no_data": "Ақпарат жинақталмайды"}
    answers[Q + "period"] = {"no_data": ""}
    report = validate(answers)
    assert [(p.code, p.field_id) for p in report.problems] == [
        (C.NO_DATA_REASON_REQUIRED, Q + "period")]
    assert report.unanswered == ()
    assert report.completeness_by_block == {"b1": 100.0, "b2": 100 * 10 / 11}


def test_invalid_values_are_reported_and_do_not_count_as_complete() -> None:
    answers = full_answers()
    answers["b1.q1.1"] = {"answer": "yes", "details": ""}
    answers[Q + "received"] = -1
    report = validate(answers)
    assert [(p.code, p.field_id) for p in report.problems] == [
        (C.DETAILS_REQUIRED, "b1.q1.1"), (C.NEGATIVE, Q + "received")]
    assert report.completeness_by_block == {"b1": 100 * 2 / 3, "b2": 100 * 10 / 11}


def test_only_the_blocks_of_the_kinds_count() -> None:
    report = validate({}, kinds=("other",))
    assert report.unanswered == ("b1.q1.1", "b1.q1.2", "b1.q2.1")
    assert report.completeness_by_block == {"b1": 0.0}
    report = validate({}, kinds=("ngo", "border"))
    assert set(report.completeness_by_block) == {"b1", "b2", "b3"}
    assert len(report.unanswered) == 3 + 11 + 1


def test_answers_outside_the_kinds_or_the_annex_are_refused() -> None:
    answers = full_answers()
    answers["b3.q1.1"] = 4
    answers["b99.q1.1"] = 1
    report = validate(answers)
    assert [(p.code, p.field_id) for p in report.problems] == [
        (C.FIELD_NOT_FOR_KINDS, "b3.q1.1"), (C.UNKNOWN_FIELD, "b99.q1.1")]
    assert report.problems[0].block_id == "b3"
    assert report.problems[1].block_id is None


def test_check_answers_checks_values_and_fields_only() -> None:
    problems = check_answers(ANNEX, {"b1.q1.1": {"answer": "yes"}, "b3.q1.1": 2.5,
                                     "nope": 1, Q + "received": 99, Q + "identified": 1})
    assert [(p.code, p.field_id) for p in problems] == [
        (C.UNKNOWN_FIELD, "nope"), (C.DETAILS_REQUIRED, "b1.q1.1"), (C.NOT_INTEGER, "b3.q1.1")]


# --- consistency rules -------------------------------------------------------------------------


def _rule_problems(answers: dict[str, object]) -> list[tuple[C, str | None, object]]:
    report = validate(answers)
    return [(p.code, p.field_id, p.param("rule")) for p in report.problems
            if p.code.name.startswith("RULE_")]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({Q + "received": 11}, [(C.RULE_SUM, Q + "received", "split")]),
        ({Q + "spent": 0.31}, [(C.RULE_SUM, Q + "spent", "money_split")]),
        ({Q + "assisted": 11}, [(C.RULE_LE, Q + "assisted", "assisted_le")]),
        ({Q + "identified": 8, Q + "not_identified": 2},
         [(C.RULE_TABLE_TOTAL, Q + "victims", "table")]),
        ({Q + "minors": 3}, [(C.RULE_TABLE_FILTER_TOTAL, Q + "victims", "table_minors")]),
    ],
)
def test_each_rule_kind_fires(changes: dict[str, object], expected: list[Any]) -> None:
    assert _rule_problems(full_answers() | changes) == expected


NEW_RULES = build_rules(ANNEX, {"format": 1, "rules": [
    {"id": "one", "kind": "at_most_one_yes", "fields": ["b1.q1.1", "b1.q1.2"]},
    {"id": "zz", "kind": "zero_implies_zero", "when": Q + "identified",
     "then": [Q + "assisted", Q + "spent", Q + "victims"]},
    {"id": "ze", "kind": "zero_implies_empty", "when": Q + "received",
     "then": [Q + "referred_by"]},
    {"id": "iff", "kind": "iff_positive", "left": Q + "spent", "right": Q + "victims"},
    {"id": "p", "kind": "period_within_year", "period": Q + "period"},
]})


def _new_rule_problems(answers: dict[str, object],
                       year: int | None = 2025) -> list[tuple[C, str | None, object]]:
    report = validate_submission(ANNEX, ("ngo",), answers, NEW_RULES, reporting_year=year)
    return [(p.code, p.field_id, p.param("rule")) for p in report.problems]


YES = {"answer": "yes", "details": "бар"}
NO_VICTIMS: dict[str, object] = {
    Q + "received": 0, Q + "identified": 0, Q + "not_identified": 0, Q + "minors": 0,
    Q + "assisted": 0, Q + "spent": 0.0, Q + "spent_a": 0.0, Q + "spent_b": 0.0,
    Q + "victims": {"rows": []}, Q + "referred_by": {"no_data": "ешкім жібермеді"},
}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"b1.q1.2": YES}, [(C.RULE_AT_MOST_ONE_YES, "b1.q1.2", "one")]),
        ({"b1.q1.2": {"no_data": "білмейміз"}}, []),
        (NO_VICTIMS, []),
        (NO_VICTIMS | {Q + "assisted": 2}, [(C.RULE_ZERO_IMPLIES_ZERO, Q + "assisted", "zz")]),
        (NO_VICTIMS | {Q + "victims": {"rows": [{"age_band": "18-25", "sex": "f",
                                                  "count": 1}]}},
         [(C.RULE_ZERO_IMPLIES_ZERO, Q + "victims", "zz"), (C.RULE_IFF_POSITIVE, Q + "spent",
                                                            "iff")]),
        (NO_VICTIMS | {Q + "referred_by": ["Полиция"]},
         [(C.RULE_ZERO_IMPLIES_EMPTY, Q + "referred_by", "ze")]),
        ({Q + "spent": 0.0, Q + "spent_a": 0.0, Q + "spent_b": 0.0},
         [(C.RULE_IFF_POSITIVE, Q + "spent", "iff")]),
        ({Q + "period": {"from": "2025-03-01", "to": "2026-02-28"}},
         [(C.RULE_PERIOD_IN_YEAR, Q + "period", "p")]),
        ({Q + "period": {"from": "2024-01-01", "to": "2024-12-31"}},
         [(C.RULE_PERIOD_IN_YEAR, Q + "period", "p")]),
    ],
)
def test_each_new_rule_kind_fires(changes: dict[str, object], expected: list[Any]) -> None:
    assert _new_rule_problems(full_answers() | changes) == expected


def test_the_period_rule_is_skipped_without_a_year_and_params_are_kept() -> None:
    answers = full_answers() | {Q + "period": {"from": "2024-01-01", "to": "2024-12-31"}}
    assert _new_rule_problems(answers, year=None) == []
    report = validate_submission(ANNEX, ("ngo",), answers | {"b1.q1.2": YES}, NEW_RULES,
                                 reporting_year=2025)
    one, period = report.problems
    assert one.params_dict() == {"rule": "one", "others": ("b1.q1.1",)}
    assert period.params_dict() == {"rule": "p", "start": "2024-01-01", "stop": "2024-12-31",
                                    "year": "2025"}
    assert "«Пробелы в законодательстве" in one.message(ANNEX, "ru")
    assert one.message(ANNEX, "kk").endswith("«иә» тек біреуінде болуы мүмкін")


def test_equal_values_satisfy_le_and_money_sums_are_exact() -> None:
    # 0.1 + 0.2 == 0.3 in tenge, whatever floats say
    assert _rule_problems(full_answers() | {Q + "assisted": 10}) == []


@pytest.mark.parametrize(
    ("field", "skip_value"),
    [
        (Q + "received", {"no_data": "есеп жүргізілмейді"}),  # split and assisted_le
        (Q + "received", None),
        (Q + "received", -5),  # an invalid value is its own problem, not a rule's
    ],
)
def test_rules_are_skipped_when_a_field_holds_no_number(field: str, skip_value: object) -> None:
    answers = full_answers() | {Q + "assisted": 99, Q + "identified": 1}
    answers[field] = skip_value
    if skip_value is None:
        del answers[field]
    # table rule still fires (identified 1 != 7 in the table); split/le need "received"
    assert _rule_problems(answers) == [(C.RULE_TABLE_TOTAL, Q + "victims", "table")]


def test_table_rules_are_skipped_when_the_table_is_no_data() -> None:
    answers = full_answers() | {Q + "victims": {"no_data": "жеке деректер"}, Q + "minors": 9}
    assert _rule_problems(answers) == []
    answers[Q + "minors"] = {"no_data": "білмейміз"}
    answers[Q + "victims"] = full_answers()[Q + "victims"]
    assert _rule_problems(answers) == []


def test_an_empty_table_counts_zero_victims() -> None:
    answers = full_answers() | {Q + "victims": {"rows": []}}
    assert _rule_problems(answers) == [(C.RULE_TABLE_TOTAL, Q + "victims", "table"),
                                       (C.RULE_TABLE_FILTER_TOTAL, Q + "victims",
                                        "table_minors")]
    zero = answers | {Q + "identified": 0, Q + "not_identified": 10, Q + "minors": 0}
    assert _rule_problems(zero) == []


def test_rule_problem_params() -> None:
    report = validate(full_answers() | {Q + "received": 11})
    (p,) = report.problems
    assert p.params_dict() == {
        "rule": "split", "total": Q + "received", "total_value": 11,
        "parts": (Q + "identified", Q + "not_identified"), "parts_values": (7, 3),
        "parts_sum": 10,
    }


# --- rules as data -----------------------------------------------------------------------------


def test_rules_load_into_typed_rules() -> None:
    assert [type(r) for r in RULES] == [SumRule, SumRule, LeRule, TableTotalRule,
                                       TableFilterTotalRule]
    assert RULES[0] == SumRule("split", Q + "received", (Q + "identified", Q + "not_identified"))


@pytest.mark.parametrize(
    ("rule", "complaint"),
    [
        ({"id": "x", "kind": "le", "left": Q + "nope", "right": Q + "received"},
         "does not exist"),
        ({"id": "x", "kind": "sum", "total": Q + "received", "parts": ["b9.q1.x"]},
         "does not exist"),
        ({"id": "x", "kind": "le", "left": Q + "period", "right": Q + "received"},
         "count or money"),
        ({"id": "x", "kind": "table_total", "table": Q + "received", "total": Q + "received"},
         "victims table"),
        ({"id": "x", "kind": "table_filter_total", "table": Q + "victims",
          "dimension": "citizenship", "category": "KZ", "total": Q + "minors"}, "no dimension"),
        ({"id": "x", "kind": "table_filter_total", "table": Q + "victims",
          "dimension": "age_band", "category": "over_90", "total": Q + "minors"},
         "no category"),
        ({"id": "x", "kind": "ge", "left": Q + "received", "right": Q + "received"},
         "unknown rule kind"),
        ({"id": "x", "kind": "le", "left": Q + "received"}, "missing"),
        ({"kind": "le", "left": Q + "received", "right": Q + "received"}, "id missing"),
        # the kinds of issue 16: each refuses a field of the wrong type and a bad shape
        ({"id": "x", "kind": "at_most_one_yes", "fields": ["b1.q1.1", Q + "received"]},
         "a yes/no field expected"),
        ({"id": "x", "kind": "at_most_one_yes", "fields": "b1.q1.1"}, "must list field ids"),
        ({"id": "x", "kind": "at_most_one_yes", "fields": []}, "must list field ids"),
        ({"id": "x", "kind": "zero_implies_zero", "when": Q + "spent",
          "then": [Q + "assisted"]}, "a count field expected"),
        ({"id": "x", "kind": "zero_implies_zero", "when": Q + "received",
          "then": [Q + "referred_by"]}, "a count, money or victims field expected"),
        ({"id": "x", "kind": "zero_implies_empty", "when": Q + "received",
          "then": [Q + "assisted"]}, "a list or text field expected"),
        ({"id": "x", "kind": "zero_implies_empty", "when": Q + "received"}, "missing"),
        ({"id": "x", "kind": "iff_positive", "left": Q + "spent", "right": Q + "period"},
         "a count, money or victims field expected"),
        ({"id": "x", "kind": "iff_positive", "left": Q + "spent", "right": Q + "nope"},
         "does not exist"),
        ({"id": "x", "kind": "period_within_year", "period": Q + "received"},
         "a period field expected"),
        ({"id": "x", "kind": "period_within_year", "period": Q + "period", "year": 2025},
         "unknown"),
    ],
)
def test_a_bad_rule_is_refused(rule: dict[str, Any], complaint: str) -> None:
    with pytest.raises(RulesDefinitionError) as err:
        build_rules(ANNEX, {"format": 1, "rules": [rule]})
    assert len(err.value.problems) == 1
    assert complaint in err.value.problems[0]


def test_a_rules_file_naming_an_unknown_field_is_refused(tmp_path: Path) -> None:
    data = json.loads(json.dumps(RULES_DATA))
    data["rules"][2]["left"] = "b2.q1.helped"
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RulesDefinitionError, match="b2.q1.helped"):
        load_rules(ANNEX, path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulesDefinitionError, match="cannot be read"):
        load_rules(ANNEX, path)


def test_duplicate_rule_ids_and_bad_format_are_refused() -> None:
    rule = RULES_DATA["rules"][0]
    with pytest.raises(RulesDefinitionError, match="duplicate"):
        build_rules(ANNEX, {"format": 1, "rules": [rule, rule]})
    with pytest.raises(RulesDefinitionError, match="format"):
        build_rules(ANNEX, {"format": 2, "rules": []})


# --- messages ----------------------------------------------------------------------------------

SAMPLE_PARAMS: dict[ProblemCode, dict[str, Any]] = {
    C.WRONG_TYPE: {"expected": "count"},
    C.UNKNOWN_KEY: {"key": "extra"},
    C.NEGATIVE: {"value": -3},
    C.NOT_INTEGER: {"value": 2.5},
    C.TOO_MANY_DECIMALS: {"value": 1.234},
    C.BAD_DATE: {"end": "to", "value": "2025-13-01"},
    C.PERIOD_REVERSED: {"start": "2025-12-31", "stop": "2025-01-01"},
    C.EMPTY_ITEM: {"item": 2},
    C.BAD_ITEM: {"item": 2},
    C.BAD_ROW: {"row": 4},
    C.UNKNOWN_DIMENSION: {"row": 4, "dimension": "name"},
    C.MISSING_DIMENSION: {"row": 4, "dimension": "sex"},
    C.UNKNOWN_CATEGORY: {"row": 4, "dimension": "sex", "category": "x"},
    C.BAD_ROW_COUNT: {"row": 4, "value": 0},
    C.NOT_FINITE: {"value": "inf"},
    C.TOO_LARGE: {"value": "1.000E+100", "limit": 10**8},
    C.TEXT_TOO_LONG: {"length": 10_000_000, "limit": 10_000},
    C.REASON_TOO_LONG: {"length": 10_001, "limit": 10_000},
    C.TOO_MANY_ITEMS: {"count": 10_000, "limit": 500},
    C.ITEM_TOO_LONG: {"item": 3, "length": 2_000, "limit": 1_000},
    C.TOO_MANY_ROWS: {"count": 100_000, "limit": 10_000},
    C.ROW_COUNT_TOO_LARGE: {"row": 4, "value": "1.000E+100", "limit": 10**8},
    C.TOO_MANY_ANSWERS: {"count": 2_000, "limit": 100},
    C.ANSWERS_UNREADABLE: {"detail": "list"},
    C.RULE_SUM: {"rule": "split", "total": Q + "received", "total_value": 11,
                 "parts": (Q + "identified", Q + "not_identified"), "parts_values": (7, 3),
                 "parts_sum": 10},
    C.RULE_LE: {"rule": "le", "left": Q + "assisted", "left_value": 11,
                "right": Q + "received", "right_value": 10},
    C.RULE_TABLE_TOTAL: {"rule": "t", "table": Q + "victims", "table_total": 7,
                         "total": Q + "identified", "total_value": 8},
    C.RULE_TABLE_FILTER_TOTAL: {"rule": "t", "table": Q + "victims", "dimension": "age_band",
                                "category": "under_18", "table_total": 2,
                                "total": Q + "minors", "total_value": 3},
    C.RETURNED_BY_COORDINATOR: {"note": "Сверьте с данными ЕРДР", "source": "coordinator"},
    C.SPLIT_REQUIRED: {"earlier": "17", "earlier_field": "b2.q4.1", "revision": 1},
    C.EARLIER_FIELD: {"revision": 1, "block": 2, "question": 4,
                      "into": ("b2.q4.received", "b2.q4.sent")},
    C.RULE_AT_MOST_ONE_YES: {"rule": "one", "others": ("b1.q1.1",)},
    C.RULE_ZERO_IMPLIES_ZERO: {"rule": "z", "when": Q + "identified", "value": 3},
    C.RULE_ZERO_IMPLIES_EMPTY: {"rule": "z", "when": Q + "identified"},
    C.RULE_IFF_POSITIVE: {"rule": "iff", "left": Q + "received", "left_value": 0,
                          "right": Q + "spent", "right_value": 1500.5},
    C.RULE_PERIOD_IN_YEAR: {"rule": "p", "start": "2024-12-01", "stop": "2025-11-30",
                            "year": "2025"},
}
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


def test_every_code_has_a_message_in_both_languages() -> None:
    assert set(MESSAGES) == set(ProblemCode)
    for code, text in MESSAGES.items():
        assert text.kk and text.ru and text.kk != text.ru, code
        assert KAZAKH_LETTERS.search(text.kk), code
        # the same placeholders in both languages
        assert set(re.findall(r"{(\w+)}", text.kk)) == set(re.findall(r"{(\w+)}", text.ru)), code


@pytest.mark.parametrize("code", list(ProblemCode))
def test_messages_name_block_question_and_field(code: ProblemCode) -> None:
    fid = Q + "victims" if code.name.startswith(("RULE_TABLE", "BAD_ROW", "UNKNOWN_DIM",
                                                 "MISSING_DIM", "UNKNOWN_CAT")) else Q + "received"
    p = make_problem(code, fid, ANNEX, **SAMPLE_PARAMS.get(code, {}))
    ru, kk = p.message(ANNEX, "ru"), p.message(ANNEX, "kk")
    name_ru = ANNEX.field(fid).text.ru
    name_kk = ANNEX.field(fid).text.kk
    assert ru.startswith(f"Блок 2, вопрос 1, поле «{name_ru}»: ")
    assert kk.startswith(f"2-блок, 1-сұрақ, «{name_kk}» өрісі: ")
    for text in (ru, kk):
        assert "{" not in text and "}" not in text
        assert "b2.q1" not in text  # ids are turned into the annex text


def test_message_texts() -> None:
    p = check_answers(ANNEX, {"b1.q1.1": {"answer": "yes", "details": ""}})[0]
    assert p.message(ANNEX, "ru") == (
        "Блок 1, вопрос 1, поле «Пробелы в законодательстве в сфере противодействия…»: "
        "при ответе «да» нужно описание"
    )
    assert p.message(ANNEX, "kk") == (
        "1-блок, 1-сұрақ, «Адам саудасына қарсы іс-қимыл саласындағы заңнамадағы…» өрісі: "
        "«иә» деп жауап берілгенде сипаттама қажет"
    )
    rule = make_problem(C.RULE_SUM, Q + "received", ANNEX, **SAMPLE_PARAMS[C.RULE_SUM])
    assert rule.message(ANNEX, "ru").endswith(
        "поле «Общее количество поступивших лиц»: значение (11) должно равняться сумме: "
        "«идентифицированных» (7) + «не идентифицированных» (3) = 10"
    )
    cat = make_problem(C.UNKNOWN_CATEGORY, Q + "victims", ANNEX, row=2, dimension="sex",
                       category="x")
    assert cat.message(ANNEX, "kk").endswith("2-жол: «Жынысы (еркек/әйел)» бағанында «x» деген "
                                             "мән жоқ")
    flt = make_problem(C.RULE_TABLE_FILTER_TOTAL, Q + "victims", ANNEX,
                       **SAMPLE_PARAMS[C.RULE_TABLE_FILTER_TOTAL])
    assert "«Возраст» указано «до 18 лет» (2)" in flt.message(ANNEX, "ru")
    missing = make_problem(C.MISSING_DIMENSION, Q + "victims", ANNEX, row=1, dimension="sex")
    assert missing.message(ANNEX, "ru").endswith("(если неизвестно, выберите «неизвестно»)")
    wrong = make_problem(C.WRONG_TYPE, Q + "period", ANNEX, expected="period")
    assert wrong.message(ANNEX, "kk").endswith("қажеті: кезең (басталу және аяқталу күні)")
    date = make_problem(C.BAD_DATE, Q + "period", ANNEX, end="from", value="2025-02-30")
    assert date.message(ANNEX, "ru").endswith("неверная дата начала периода: «2025-02-30», "
                                              "нужен формат ГГГГ-ММ-ДД")


def test_unknown_field_message_names_the_id() -> None:
    (p,) = check_answers(ANNEX, {"b99.q1.1": 1})
    assert p.message(ANNEX, "ru") == "Поле «b99.q1.1»: такого поля нет в опроснике"
    assert p.message(ANNEX, "kk") == "«b99.q1.1» өрісі: сауалнамада мұндай өріс жоқ"


def test_message_refuses_an_unknown_language() -> None:
    p = make_problem(C.UNANSWERED, "b1.q2.1", ANNEX)
    with pytest.raises(ValueError):
        p.message(ANNEX, "en")


def test_short_text() -> None:
    assert short_text("Отчетный период:") == "Отчетный период"
    assert short_text("a  b\n c") == "a b c"
    cut = short_text(LONG_RU)
    assert cut.endswith("…") and len(cut) <= 60
    assert LONG_RU.startswith(cut[:-1])


def test_report_and_problem_json() -> None:
    answers = full_answers() | {Q + "received": 11}
    del answers["b1.q2.1"]
    report = validate(answers)
    data = json.loads(json.dumps(report.to_json(ANNEX, "kk"), ensure_ascii=False))
    assert data["ok"] is False
    assert data["unanswered"] == ["b1.q2.1"]
    assert data["completeness_by_block"] == {"b1": 100 * 2 / 3, "b2": 100.0}
    assert [p["code"] for p in data["problems"]] == ["unanswered", "rule_sum"]
    rule = data["problems"][1]
    assert rule["field"] == Q + "received" and rule["question"] == "b2.q1"
    assert rule["block"] == "b2"
    assert rule["params"]["parts"] == [Q + "identified", Q + "not_identified"]
    assert rule["message"].startswith("2-блок, 1-сұрақ, ")
    assert report.problems_for(Q + "received") == (report.problems[1],)


def test_problems_are_hashable_values() -> None:
    a = make_problem(C.NEGATIVE, Q + "received", ANNEX, value=-1)
    b = Problem(C.NEGATIVE, Q + "received", "b2.q1", "b2", (("value", -1),))
    assert a == b and hash(a) == hash(b)
    assert make_problem(C.UNANSWERED, "b5.q2.x").block_id == "b5"


# --- the shipped annex and rules ---------------------------------------------------------------


def _valid_value(fld: Field) -> object:
    return {
        FieldType.YES_NO: {"answer": "no", "details": ""},
        FieldType.TEXT: "Мәтін",
        FieldType.COUNT: 0,
        FieldType.MONEY: 0.0,
        FieldType.PERIOD: {"from": "2025-01-01", "to": "2025-12-31"},
        FieldType.LIST: ["Атауы"],
        FieldType.VICTIMS: {"rows": []},
    }[fld.type]


@pytest.fixture(scope="module")
def real_annex() -> Annex:
    return load_default_annex()


def _valid_answers(annex: Annex, kind: str) -> dict[str, object]:
    """Every field of ``kind`` answered, every count 0: the lists and texts that name what
    a zero counted (zero_implies_empty) are then "no data" with a reason."""
    answers = {f.id: _valid_value(f) for f in annex.fields_for_kinds([kind])}
    for rule in load_rules(annex):
        if isinstance(rule, ZeroImpliesEmptyRule):
            for fid in rule.then:
                if fid in answers:
                    answers[fid] = {"no_data": "Ештеңе болған жоқ"}
    return answers


def test_the_shipped_rules_load_against_the_shipped_annex(real_annex: Annex) -> None:
    rules = load_rules(real_annex)
    ids = {r.id for r in rules}
    assert len(ids) == len(rules) == 69
    kinds = {r.kind for r in rules}
    assert kinds == {"sum", "le", "table_total", "table_filter_total", "at_most_one_yes",
                     "zero_implies_zero", "zero_implies_empty", "iff_positive",
                     "period_within_year"}
    for rule in rules:
        for fid in rule.field_ids():
            assert real_annex.has_field(fid)
        assert len({real_annex.field(f).question_id for f in rule.field_ids()}) == 1


def test_every_kind_can_submit_a_complete_valid_questionnaire(real_annex: Annex) -> None:
    for kind in real_annex.kinds:
        answers = _valid_answers(real_annex, kind.id)
        report = validate_submission(real_annex, [kind.id], answers, reporting_year=2025)
        assert report.problems == (), kind.id
        assert report.overall == 100.0


def test_shipped_rules_fire_on_the_real_annex(real_annex: Annex) -> None:
    answers = _valid_answers(real_annex, "health_org")
    answers |= {
        "b9.q1.received": 5, "b9.q1.received_minors": 1, "b9.q1.treated": 6,
        "b9.q1.victims": {"rows": [dict.fromkeys(
            [d.id for d in real_annex.field("b9.q1.victims").dimensions], "unknown")
            | {"age_band": "under_18", "count": 5}]},
    }
    report = validate_submission(real_annex, ["health_org"], answers)
    assert sorted(p.param("rule") for p in report.problems) == [
        "b9.q1.table_minors_is_received_minors", "b9.q1.treated_le_received"]
    for p in report.problems:
        assert p.message(real_annex, "ru").startswith("Блок 9, вопрос 1, поле «")
        assert p.message(real_annex, "kk").startswith("9-блок, 1-сұрақ, «")


def test_an_empty_submission_on_the_real_annex(real_annex: Annex) -> None:
    report = validate_submission(real_annex, ["akimat"], {})
    fields = real_annex.fields_for_kinds(["akimat"])
    assert report.unanswered == tuple(f.id for f in fields)
    assert set(report.completeness_by_block) == {"b1", "b3", "b5", "b14"}
    assert report.overall == 0.0


def test_the_rules_document_covers_every_question_and_every_rule(real_annex: Annex) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "annex-rules.md").read_text(
        encoding="utf-8")
    rows = {line.split("|")[1].split()[0] for line in doc.splitlines()
            if re.match(r"\| b\d+\.q\d+ ", line)}
    assert rows == {q.id for b in real_annex.blocks for q in b.questions}
    assert len(rows) == 60
    for rule in load_rules(real_annex):
        assert f"`{rule.id}`" in doc, rule.id
    for kind in RULE_KINDS:
        assert f"| `{kind}` |" in doc, kind
