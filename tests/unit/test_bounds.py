"""The bounds of the value types (annex.values.BOUNDS), at each of the three doors: the annex
check the form uses, the respondent's ``answers import`` and the coordinator's import of a
bundle (``answers_invalid``). Every case names the problem code it must give."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.problems import ProblemCode as C
from kzth_desktop.annex.validation import answer_bound_problems, answers_limit, check_answers
from kzth_desktop.annex.values import (
    BOUNDS,
    COUNT_MAX,
    MONEY_MAX,
    TEXT_MAX,
    bound_problems,
    check_value,
    normalize,
    numeric_value,
)
from kzth_desktop.exchange import formats
from kzth_desktop.exchange.reasons import ImportReason, ImportResult
from kzth_desktop.services import OrgProfile, RespondentService, Workspace
from kzth_desktop.services.bundle_export import ExchangeService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.errors import AnswersError, ErrorCode, ServiceError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.respondent import parse_answers_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
POLICE = OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))
TEN_MB = "a" * (10 * 1024 * 1024)  # 10 MB of UTF-8: within the bundle's payload limit
ROW = {"age_band": "unknown", "citizenship": "unknown", "sex": "unknown", "count": 1}

# (case, field id, value, the problem code) — every bound of every type the police answers
CASES: list[tuple[str, str, Any, C]] = [
    ("count 10^100", "b2.q1.crimes", 10**100, C.TOO_LARGE),
    ("count above the bound", "b2.q1.crimes", COUNT_MAX + 1, C.TOO_LARGE),
    ("count NaN", "b2.q1.crimes", float("nan"), C.NOT_FINITE),
    ("count Infinity", "b2.q1.crimes", float("inf"), C.NOT_FINITE),
    ("count -5", "b2.q1.crimes", -5, C.NEGATIVE),
    ("count '-5'", "b2.q1.crimes", "-5", C.WRONG_TYPE),
    ("money 1e308", "b2.q7.confiscated", 1e308, C.TOO_LARGE),
    ("money 10^100", "b2.q7.confiscated", 10**100, C.TOO_LARGE),
    ("money NaN", "b2.q7.confiscated", float("nan"), C.NOT_FINITE),
    ("money -Infinity", "b2.q7.confiscated", float("-inf"), C.NOT_FINITE),
    ("money -5", "b2.q7.confiscated", -5, C.NEGATIVE),
    ("money 3 decimals", "b2.q7.confiscated", 10.125, C.TOO_MANY_DECIMALS),
    ("text 10 MB", "b1.q1.9", TEN_MB, C.TEXT_TOO_LONG),
    ("text one past the bound", "b1.q1.9", "я" * (TEXT_MAX + 1), C.TEXT_TOO_LONG),
    ("yes/no details 10 MB", "b1.q1.1", {"answer": "yes", "details": TEN_MB}, C.TEXT_TOO_LONG),
    ("no-data reason 10 MB", "b1.q1.9", {"no_data": TEN_MB}, C.REASON_TOO_LONG),
    ("list of 10,000 items", "b1.q7.1", ["МОМ"] * 10_000, C.TOO_MANY_ITEMS),
    ("list item of 10 MB", "b1.q7.1", ["МОМ", TEN_MB], C.ITEM_TOO_LONG),
    ("table of 100,000 rows", "b2.q8.victims", {"rows": [ROW] * 100_000}, C.TOO_MANY_ROWS),
    ("table row of 10^100", "b2.q8.victims", {"rows": [{**ROW, "count": 10**100}]},
     C.ROW_COUNT_TOO_LARGE),
    ("table row of Infinity", "b2.q8.victims", {"rows": [{**ROW, "count": float("inf")}]},
     C.NOT_FINITE),
]
IDS = [c[0] for c in CASES]
# JSON has no NaN or Infinity: a bundle cannot carry them (the payload is refused as
# malformed before its answers are read); Infinity reaches the answers as 1e999
NOT_JSON = {"count NaN", "money NaN", "money -Infinity", "count Infinity",
            "table row of Infinity"}


# --- the annex: one definition, the check the form uses -----------------------------------------


@pytest.mark.parametrize(("case", "fid", "value", "code"), CASES, ids=IDS)
def test_each_bound_is_a_problem_with_its_code(case: str, fid: str, value: Any,
                                               code: C) -> None:
    fld = ANNEX.field(fid)
    problems = check_value(fld, value)
    assert problems and problems[0].code is code
    assert all(p.field_id == fid for p in problems)
    assert normalize(fld, value) is not None  # never raises, whatever the value
    for lang in ("kk", "ru"):
        message = problems[0].message(ANNEX, lang)
        assert len(message) < 400, "a message never quotes a huge value"
        assert "{" not in message


def test_the_messages_name_the_field_and_the_bound_in_both_languages() -> None:
    (p,) = check_value(ANNEX.field("b2.q1.crimes"), 10**100)
    assert p.message(ANNEX, "ru") == (
        "Блок 2, вопрос 1, поле «Количество зарегистрированных преступлений, связанных с…»: "
        "значение 1.000E+100 больше допустимого максимума (100\u00a0000\u00a0000)")
    assert p.message(ANNEX, "kk").endswith(
        "мәні 1.000E+100 рұқсат етілген ең үлкен мәннен (100\u00a0000\u00a0000) асып кетті")
    (p,) = check_value(ANNEX.field("b1.q1.9"), TEN_MB)
    assert "10\u00a0485\u00a0760" in p.message(ANNEX, "ru")
    assert "10\u00a0000" in p.message(ANNEX, "kk")


def test_values_at_the_bounds_are_accepted() -> None:
    assert check_value(ANNEX.field("b2.q1.crimes"), COUNT_MAX) == []
    assert check_value(ANNEX.field("b2.q7.confiscated"), float(MONEY_MAX)) == []
    assert check_value(ANNEX.field("b2.q7.confiscated"), 9_999_999_999_999.99) == []
    assert check_value(ANNEX.field("b1.q1.9"), "я" * TEXT_MAX) == []
    items = BOUNDS[ANNEX.field("b1.q7.1").type].items
    assert items is not None and check_value(ANNEX.field("b1.q7.1"), ["МОМ"] * items) == []


def test_numbers_out_of_bounds_are_not_numbers_for_the_sums() -> None:
    assert numeric_value(ANNEX.field("b2.q1.crimes"), 10**100) is None
    assert numeric_value(ANNEX.field("b2.q7.confiscated"), 1e308) is None
    assert normalize(ANNEX.field("b2.q7.confiscated"), 1e308) == 1e308  # unchanged, no raise


def test_whole_answers_out_of_bounds() -> None:
    assert [p.code for p in answer_bound_problems(ANNEX, ["b1.q1.1"])] == [
        C.ANSWERS_UNREADABLE]
    many = {f"x{i}": 1 for i in range(100_000)}
    assert [p.code for p in answer_bound_problems(ANNEX, many)] == [C.TOO_MANY_ANSWERS]
    assert [p.code for p in check_answers(ANNEX, many)] == [C.TOO_MANY_ANSWERS]
    long_id = {"b" + "9" * 1_000_000: 1}
    (p,) = check_answers(ANNEX, long_id)
    assert p.code is C.UNKNOWN_FIELD and len(p.message(ANNEX, "ru")) < 200
    assert answer_bound_problems(ANNEX, sample_answers(ANNEX, ["police"])) == []


def test_a_bound_is_reported_alone_without_reading_the_rest() -> None:
    # 100,000 rows of garbage: one problem, not 100,000
    value = {"rows": [{"nonsense": "x" * 100}] * 100_000}
    assert [p.code for p in bound_problems(ANNEX.field("b2.q8.victims"), value)] == [
        C.TOO_MANY_ROWS]
    assert [p.code for p in check_value(ANNEX.field("b2.q8.victims"), value)] == [
        C.TOO_MANY_ROWS]


# --- the respondent's answers import -------------------------------------------------------------


@pytest.fixture(scope="module")
def respondent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RespondentService]:
    root = tmp_path_factory.mktemp("bounds-respondent")
    ws = Workspace.create(root / "police", "respondent", POLICE, annex=ANNEX, passphrase=PW)
    rs = RespondentService(ws, ANNEX)
    rs.add_campaign(YEAR)
    rs.import_answers({"reporting_year": YEAR, "answers": sample_answers(ANNEX, ["police"])})
    yield rs
    ws.close()


@pytest.mark.parametrize(("case", "fid", "value", "code"), CASES, ids=IDS)
def test_answers_import_refuses_each_bound_and_writes_nothing(
        respondent: RespondentService, case: str, fid: str, value: Any, code: C) -> None:
    before = respondent.answers(YEAR)
    answers = dict(before)
    answers[fid] = value
    answers["b1.q1.2"] = {"answer": "no", "details": ""}  # a good change, refused with it
    with pytest.raises(AnswersError) as caught:
        respondent.import_answers({"reporting_year": YEAR, "answers": answers})
    assert caught.value.code is ErrorCode.ANSWERS_REFUSED
    assert code in [p.code for p in caught.value.problems]
    assert respondent.answers(YEAR) == before


def test_answers_import_refuses_too_many_answers(respondent: RespondentService) -> None:
    with pytest.raises(AnswersError) as caught:
        respondent.import_answers({"reporting_year": YEAR,
                                   "answers": {f"b{i}": 1 for i in range(10_000)}})
    assert [p.code for p in caught.value.problems] == [C.TOO_MANY_ANSWERS]


def test_the_form_autosave_refuses_a_bound_too(respondent: RespondentService) -> None:
    before = respondent.answers(YEAR)
    with pytest.raises(AnswersError) as caught:
        respondent.save_draft(YEAR, "b1.q1.9", TEN_MB)
    assert [p.code for p in caught.value.problems] == [C.TEXT_TOO_LONG]
    assert respondent.answers(YEAR) == before


def test_an_answers_file_with_an_integer_of_5000_digits_is_a_message() -> None:
    text = '{"reporting_year": 2025, "answers": {"b2.q1.crimes": ' + "9" * 5000 + "}}"
    with pytest.raises(ServiceError) as caught:
        parse_answers_text(text)
    assert caught.value.code is ErrorCode.FILE_MALFORMED


def test_an_answers_file_with_nan_or_1e999_is_refused_as_not_finite(
        respondent: RespondentService) -> None:
    for raw in ("NaN", "Infinity", "1e999", "-1e999"):
        data = parse_answers_text(
            '{"reporting_year": 2025, "answers": {"b2.q7.confiscated": ' + raw + "}}")
        with pytest.raises(AnswersError) as caught:
            respondent.import_answers(data)
        assert [p.code for p in caught.value.problems] == [C.NOT_FINITE], raw


# --- the coordinator's import --------------------------------------------------------------------


@dataclass
class Exchange:
    coordinator: CoordinationService
    police: RespondentService
    signing_key: Any
    recipient: bytes
    request_id: str | None


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    root = tmp_path_factory.mktemp("bounds-exchange")
    cws = Workspace.create(root / "coordinator", "coordinator",
                           OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX, passphrase=PW)
    coordinator = CoordinationService(cws, ANNEX)
    issued = coordinator.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10))
    pws = Workspace.create(root / "police", "respondent", POLICE, annex=ANNEX, passphrase=PW)
    ex = ExchangeService(pws, ANNEX)
    ex.import_request(issued.data)
    rs = RespondentService(pws, ANNEX)
    rs.import_answers({"reporting_year": YEAR, "answers": sample_answers(ANNEX, ["police"])})
    coordinator.add_signer(ex.registration(PW), passphrase=PW)
    yield Exchange(coordinator, rs, KeyService(pws).signing_key(PW),
                   KeyService(cws).key("encryption").public_key,
                   issued.info.request_id)
    cws.close()
    pws.close()


def _bundle(x: Exchange, answers: dict[str, Any], version: int = 1) -> bytes:
    return formats.build_bundle(
        sender=formats.OrgInfo(POLICE.name_kk, POLICE.name_ru, POLICE.region, POLICE.kinds),
        signing_key=x.signing_key, recipient_key=x.recipient, request_id=x.request_id,
        reporting_year=YEAR, version=version, annex_version=ANNEX.version.stamp,
        answers=answers)


def _with_json_infinity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundles whose payload says 1e999 (valid JSON, read as Infinity) where a value is
    infinite, as a hostile sender would write them; NaN stays a JSON constant."""
    real = formats.dump_json

    def dump(data: Any) -> bytes:
        try:
            return real(data)
        except ValueError:
            text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            return text.replace("-Infinity", "-1e999").replace("Infinity", "1e999").encode()

    monkeypatch.setattr(formats, "dump_json", dump)


@pytest.mark.parametrize(("case", "fid", "value", "code"), CASES, ids=IDS)
def test_the_coordinator_refuses_each_bound_as_answers_invalid(
        exchange: Exchange, monkeypatch: pytest.MonkeyPatch, case: str, fid: str, value: Any,
        code: C) -> None:
    _with_json_infinity(monkeypatch)
    answers = dict(exchange.police.answers(YEAR))
    answers[fid] = value
    outcome = exchange.coordinator.import_data(_bundle(exchange, answers), PW, name="x.kzth")
    assert outcome.result is ImportResult.REJECTED
    if "NaN" in case or "Infinity" in case:
        # JSON has no NaN, and 1e999 is refused where the payload is parsed (non-finite)
        assert outcome.reason is ImportReason.PAYLOAD_MALFORMED
    else:
        assert outcome.reason is ImportReason.ANSWERS_INVALID
        assert outcome.params["first"] == f"{fid} ({code.value})"
    assert exchange.coordinator.submissions() == []


def test_the_coordinator_refuses_answers_that_are_too_many(exchange: Exchange) -> None:
    # more than the annex can hold, fewer than the payload format's own guard: named
    count = answers_limit(ANNEX) + 1
    assert count <= formats.ANSWERS_LIMIT
    answers = {f"b{i}.q1.1": 1 for i in range(count)}
    outcome = exchange.coordinator.import_data(_bundle(exchange, answers), PW, name="x.kzth")
    assert (outcome.result, outcome.reason) == (ImportResult.REJECTED,
                                                ImportReason.ANSWERS_INVALID)
    assert outcome.params["first"] == f"None ({C.TOO_MANY_ANSWERS.value})"
    assert exchange.coordinator.submissions() == []


def test_a_payload_of_ten_thousand_answers_is_refused_before_it_is_read(
        exchange: Exchange) -> None:
    answers = {f"b{i}.q1.1": 1 for i in range(formats.ANSWERS_LIMIT + 1)}
    outcome = exchange.coordinator.import_data(_bundle(exchange, answers), PW, name="x.kzth")
    assert (outcome.result, outcome.reason) == (ImportResult.REJECTED,
                                                ImportReason.PAYLOAD_MALFORMED)
    assert exchange.coordinator.submissions() == []


def test_the_same_office_within_bounds_is_accepted(exchange: Exchange) -> None:
    answers = dict(exchange.police.answers(YEAR))
    answers["b2.q1.crimes"] = COUNT_MAX
    answers["b2.q1.by_form"] = {"no_data": "разбивка не ведётся"}  # it must add up (rules)
    outcome = exchange.coordinator.import_data(_bundle(exchange, answers, version=7), PW,
                                               name="ok.kzth")
    assert outcome.result is ImportResult.ACCEPTED, (outcome.reason, outcome.params)
