"""Respondent use cases on a real workspace file: campaigns, answers, audit, import/export."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import FieldType, load_default_annex
from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.services import (
    AnswersError,
    ErrorCode,
    OrgProfile,
    ProfileError,
    RespondentService,
    ServiceError,
    Workspace,
)
from kzth_desktop.services.respondent import parse_answers_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import ALL_BLOCK_KINDS, no_data_answers, sample_answers  # noqa: E402

ANNEX = load_default_annex()
POLICE = OrgProfile("Полиция департаменті", "Департамент полиции", "KZ-79", ("police",),
                    "Иванов И.", "+7 701 000 00 00", "dp@example.kz")


@pytest.fixture
def ws(tmp_path: Path):
    w = Workspace.create(tmp_path / "ws", "respondent", POLICE, annex=ANNEX)
    yield w
    w.close()


@pytest.fixture
def svc(ws: Workspace) -> RespondentService:
    s = RespondentService(ws, ANNEX)
    s.add_campaign(2025, dt.date(2026, 1, 31))
    return s


def stored(ws: Workspace, field_id: str) -> Any:
    """The answer as it is in the database file, read without the services."""
    con = sqlite3.connect(str(ws.folder / "workspace.sqlite"))
    try:
        row = con.execute("SELECT value_json FROM answer WHERE field_id = ?", (field_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else json.loads(row[0])


# --- workspace and profile -----------------------------------------------------------------------


def test_create_then_open_keeps_role_and_profile(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "respondent", POLICE, annex=ANNEX).close()
    assert (tmp_path / "ws" / "workspace.sqlite").is_file()
    with Workspace.open(tmp_path / "ws", annex=ANNEX) as w:
        assert w.role == "respondent"
        assert w.profile() == POLICE
        assert w.migration is not None and not w.migration.upgraded


def test_create_twice_is_refused(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "coordinator", OrgProfile("МВД", "МВД")).close()
    with pytest.raises(ServiceError) as exc:
        Workspace.create(tmp_path / "ws", "respondent", POLICE, annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_EXISTS
    with Workspace.open(tmp_path / "ws") as w:
        assert w.role == "coordinator"


def test_open_missing_workspace_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as exc:
        Workspace.open(tmp_path / "nothing")
    assert exc.value.code is ErrorCode.WORKSPACE_NOT_FOUND
    assert "nothing" in exc.value.message("ru") and "kzth init" in exc.value.message("kk")
    assert not (tmp_path / "nothing").exists()


def test_unknown_role_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ServiceError) as exc:
        Workspace.create(tmp_path / "ws", "auditor")
    assert exc.value.code is ErrorCode.UNKNOWN_ROLE
    assert not (tmp_path / "ws").exists()


def test_bad_profile_lists_every_problem_and_creates_nothing(tmp_path: Path) -> None:
    bad = OrgProfile(" ", "Орг", "KZ-99", ("police", "spaceport"), email="no-at-sign")
    with pytest.raises(ProfileError) as exc:
        Workspace.create(tmp_path / "ws", "respondent", bad, annex=ANNEX)
    assert exc.value.codes == (ErrorCode.NAME_REQUIRED, ErrorCode.UNKNOWN_REGION,
                               ErrorCode.UNKNOWN_KIND, ErrorCode.BAD_EMAIL)
    details = exc.value.details("ru")
    assert "KZ-99" in details[1] and "spaceport" in details[2]
    assert "KZ-99" in exc.value.details("kk")[1]
    assert not (tmp_path / "ws").exists()


def test_respondent_needs_region_and_kind(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as exc:
        Workspace.create(tmp_path / "ws", "respondent", OrgProfile("А", "А"), annex=ANNEX)
    assert exc.value.codes == (ErrorCode.REGION_REQUIRED, ErrorCode.KIND_REQUIRED)


def test_set_profile_replaces_it_and_refuses_bad_kind(ws: Workspace) -> None:
    new = OrgProfile("НҰ", "НПО", "KZ-75", ("ngo",), email="ngo@example.kz")
    ws.set_profile(new)
    assert ws.profile() == new
    with pytest.raises(ProfileError) as exc:
        ws.set_profile(OrgProfile("НҰ", "НПО", "KZ-75", ("ufo",)))
    assert exc.value.codes == (ErrorCode.UNKNOWN_KIND,)
    assert ws.profile() == new


def test_workspace_on_sqlalchemy_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    Workspace.create(url, "respondent", POLICE, annex=ANNEX).close()
    with Workspace.open(url, annex=ANNEX) as w:
        assert w.folder is None
        svc = RespondentService(w, ANNEX)
        svc.add_campaign(2024)
        svc.save_answer(2024, "b2.q1.crimes", 5)
        assert svc.answers(2024) == {"b2.q1.crimes": 5}
    with pytest.raises(ServiceError) as exc:
        Workspace.create(url, "respondent", POLICE, annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_EXISTS


def test_coordinator_workspace_has_no_respondent_service(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "c", "coordinator", OrgProfile("ІІМ", "МВД")) as w:
        assert w.profile() == OrgProfile("ІІМ", "МВД")
        with pytest.raises(ServiceError) as exc:
            RespondentService(w, ANNEX)
        assert exc.value.code is ErrorCode.WRONG_ROLE
        assert "координатор" in exc.value.message("ru")


# --- campaigns -----------------------------------------------------------------------------------


def test_campaigns(svc: RespondentService) -> None:
    c = svc.add_campaign(2024)
    assert (c.year, c.deadline, c.status, c.version) == (2024, None, "draft", 1)
    assert [(c.year, c.deadline) for c in svc.campaigns()] == [
        (2024, None), (2025, dt.date(2026, 1, 31))]
    with pytest.raises(ServiceError) as exc:
        svc.add_campaign(2025)
    assert exc.value.code is ErrorCode.CAMPAIGN_EXISTS and "2025" in exc.value.message("kk")
    with pytest.raises(ServiceError) as exc:
        svc.add_campaign(1999)
    assert exc.value.code is ErrorCode.BAD_YEAR
    assert len(svc.campaigns()) == 2


# --- answers -------------------------------------------------------------------------------------


def test_save_answer_stores_canonical_json_and_audits(svc: RespondentService) -> None:
    assert svc.save_answer(2025, "b2.q1.crimes", 7, user="aigerim") is True
    assert svc.save_answer(2025, "b2.q1.crimes", 7, user="aigerim") is False  # unchanged
    assert svc.save_answer(2025, "b2.q1.crimes", 9, user="serik") is True
    svc.save_answer(2025, "b2.q1.regions", "  Шымкент, Алматы  ")
    assert stored(svc.ws, "b2.q1.crimes") == 9
    assert stored(svc.ws, "b2.q1.regions") == "Шымкент, Алматы"  # normalized
    audit = svc.audit(2025)
    assert [(a.user, a.action, a.field_id, a.old, a.new) for a in audit] == [
        ("aigerim", "set", "b2.q1.crimes", None, 7),
        ("serik", "set", "b2.q1.crimes", 7, 9),
        ("", "set", "b2.q1.regions", None, "Шымкент, Алматы"),
    ]
    assert all(isinstance(a.at, dt.datetime) for a in audit)


def test_no_data_needs_a_reason(svc: RespondentService) -> None:
    svc.save_answer(2025, "b2.q2.1", {"no_data": "учёт не ведётся"})
    assert stored(svc.ws, "b2.q2.1") == {"no_data": "учёт не ведётся"}
    with pytest.raises(AnswersError) as exc:
        svc.save_answer(2025, "b2.q4.received", {"no_data": " "})
    assert [p.code for p in exc.value.problems] == [ProblemCode.NO_DATA_REASON_REQUIRED]
    assert stored(svc.ws, "b2.q4.received") is None


@pytest.mark.parametrize(
    ("field_id", "value", "code"),
    [
        ("b2.q1.crimes", -1, ProblemCode.NEGATIVE),
        ("b2.q1.crimes", "five", ProblemCode.WRONG_TYPE),
        ("b2.q1.crimes", 2.5, ProblemCode.NOT_INTEGER),
        ("b2.q1.period", {"from": "2025-12-31", "to": "2025-01-01"}, ProblemCode.PERIOD_REVERSED),
        ("b1.q1.1", {"answer": "yes", "details": ""}, ProblemCode.DETAILS_REQUIRED),
        ("b9.q1.nope", 1, ProblemCode.UNKNOWN_FIELD),
        ("b3.q1.period", {"from": "2025-01-01", "to": "2025-12-31"},
         ProblemCode.FIELD_NOT_FOR_KINDS),
    ],
)
def test_bad_value_is_refused_and_changes_nothing(
    svc: RespondentService, field_id: str, value: Any, code: ProblemCode
) -> None:
    svc.save_answer(2025, "b2.q1.crimes", 3)
    with pytest.raises(AnswersError) as exc:
        svc.save_answer(2025, field_id, value)
    assert [(p.field_id, p.code) for p in exc.value.problems] == [(field_id, code)]
    assert exc.value.details("ru")[0].startswith(field_id + ": ")
    assert svc.answers(2025) == {"b2.q1.crimes": 3}
    assert len(svc.audit(2025)) == 1


def test_save_without_campaign_is_refused(svc: RespondentService) -> None:
    with pytest.raises(ServiceError) as exc:
        svc.save_answer(2023, "b2.q1.crimes", 1)
    assert exc.value.code is ErrorCode.NO_CAMPAIGN
    assert "kzth campaign add --year 2023" in exc.value.message("ru")


def test_clear_answer(svc: RespondentService) -> None:
    svc.save_answer(2025, "b2.q1.crimes", 4)
    assert svc.clear_answer(2025, "b2.q1.crimes", user="u") is True
    assert svc.clear_answer(2025, "b2.q1.crimes") is False
    assert svc.answers(2025) == {}
    assert stored(svc.ws, "b2.q1.crimes") is None
    last = svc.audit(2025)[-1]
    assert (last.action, last.field_id, last.old, last.new) == ("clear", "b2.q1.crimes", 4, None)


# --- import / export -----------------------------------------------------------------------------


def test_import_export_round_trips_every_field_type_of_every_block(tmp_path: Path) -> None:
    profile = OrgProfile("Әкімдік", "Акимат", "KZ-10", ALL_BLOCK_KINDS)
    with Workspace.create(tmp_path / "all", "respondent", profile, annex=ANNEX) as w:
        svc = RespondentService(w, ANNEX)
        svc.add_campaign(2025)
        answers = sample_answers(ANNEX, ALL_BLOCK_KINDS)
        assert {ANNEX.field(f).block_id for f in answers} == {b.id for b in ANNEX.blocks}
        assert {ANNEX.field(f).type for f in answers} == set(FieldType)
        data = {"reporting_year": 2025, "answers": answers}
        result = svc.import_answers(json.loads(json.dumps(data)), user="import")
        assert result.changed == tuple(answers) and result.unchanged == 0
        exported = svc.export_answers(2025)
        assert json.dumps(exported, ensure_ascii=False) == json.dumps(data, ensure_ascii=False)
        # the same file again changes nothing and writes no audit rows
        audit_rows = len(svc.audit(2025))
        again = svc.import_answers(data)
        assert again.changed == () and again.unchanged == len(answers)
        assert len(svc.audit(2025)) == audit_rows == len(answers)


def test_import_is_all_or_nothing_and_lists_each_field(svc: RespondentService) -> None:
    svc.save_answer(2025, "b2.q1.crimes", 1)
    data = {"reporting_year": 2025, "answers": {
        "b2.q1.crimes": 10,  # fine, but must not be stored
        "b2.q2.1": -3,
        "b2.q4.received": "many",
        "b2.q99.1": 1,
        "b1.q1.1": {"answer": "maybe", "details": ""},
    }}
    with pytest.raises(AnswersError) as exc:
        svc.import_answers(data)
    assert sorted((p.field_id, p.code) for p in exc.value.problems) == [
        ("b1.q1.1", ProblemCode.NOT_YES_NO),
        ("b2.q2.1", ProblemCode.NEGATIVE),
        ("b2.q4.received", ProblemCode.WRONG_TYPE),
        ("b2.q99.1", ProblemCode.UNKNOWN_FIELD),
    ]
    assert exc.value.params["count"] == 4
    assert svc.answers(2025) == {"b2.q1.crimes": 1}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"reporting_year": 2030, "answers": {"b2.q1.crimes": 1}}, ErrorCode.NO_CAMPAIGN),
        ({"reporting_year": "2025", "answers": {}}, ErrorCode.FILE_SHAPE),
        ({"reporting_year": 2025, "answers": [1]}, ErrorCode.FILE_SHAPE),
        ({"reporting_year": 2025, "answers": {}, "extra": 1}, ErrorCode.FILE_SHAPE),
        ([], ErrorCode.FILE_SHAPE),
    ],
)
def test_import_refuses_bad_files(svc: RespondentService, data: Any, code: ErrorCode) -> None:
    with pytest.raises(ServiceError) as exc:
        svc.import_answers(data)
    assert exc.value.code is code
    assert svc.answers(2025) == {}


def test_malformed_json_names_its_place() -> None:
    with pytest.raises(ServiceError) as exc:
        parse_answers_text('{"reporting_year": 2025,\n "answers": {"b2.q1.crimes": }}')
    assert exc.value.code is ErrorCode.FILE_MALFORMED
    assert (exc.value.params["line"], exc.value.params["column"]) == (2, 30)
    assert "строка 2" in exc.value.message("ru") and "2-жол" in exc.value.message("kk")


# --- validation and state ------------------------------------------------------------------------


def test_validate_lists_exactly_the_unanswered_fields(svc: RespondentService) -> None:
    fields = [f.id for f in ANNEX.fields_for_kinds(["police"])]
    half = no_data_answers(ANNEX, ["police"])
    given = dict(list(half.items())[: len(fields) // 2])
    svc.import_answers({"reporting_year": 2025, "answers": given})
    report = svc.validate(2025)
    assert not report.ok
    assert list(report.unanswered) == [f for f in fields if f not in given]
    summary = svc.status()
    (year,) = summary.years
    assert (year.year, year.answered, year.total) == (2025, len(given), len(fields))


def test_mark_ready_only_when_valid_then_locked_and_reopen(svc: RespondentService) -> None:
    with pytest.raises(ServiceError) as exc:
        svc.mark_ready(2025)
    assert exc.value.code is ErrorCode.NOT_VALID
    assert svc.campaign(2025).status == "draft"
    svc.import_answers({"reporting_year": 2025, "answers": no_data_answers(ANNEX, ["police"])})
    assert svc.validate(2025).ok
    assert svc.mark_ready(2025, user="head").status == "ready"
    with pytest.raises(ServiceError) as exc:
        svc.save_answer(2025, "b2.q1.crimes", 2)
    assert exc.value.code is ErrorCode.SUBMISSION_LOCKED
    assert "готово" in exc.value.message("ru") and "дайын" in exc.value.message("kk")
    assert svc.mark_exported(2025).status == "exported"
    c = svc.reopen(2025)
    assert (c.status, c.version) == ("draft", 2)
    svc.save_answer(2025, "b2.q1.crimes", 2)
    statuses = [(a.old, a.new) for a in svc.audit(2025) if a.action == "status"]
    assert statuses == [("draft", "ready"), ("ready", "exported"), ("exported", "draft")]
    with pytest.raises(ServiceError) as exc:
        svc.reopen(2025)
    assert exc.value.code is ErrorCode.BAD_TRANSITION


def test_save_draft_keeps_unfinished_answers_and_refuses_malformed(svc: RespondentService) -> None:
    # "yes" clicked, description not typed yet: kept, and validation still asks for it
    assert svc.save_draft(2025, "b1.q1.1", {"answer": "yes", "details": ""}) is True
    assert stored(svc.ws, "b1.q1.1") == {"answer": "yes", "details": ""}
    # "no data" switched on, reason not typed yet: kept too
    svc.save_draft(2025, "b2.q2.1", {"no_data": ""})
    assert stored(svc.ws, "b2.q2.1") == {"no_data": ""}
    codes = {(p.field_id, p.code) for p in svc.validate(2025).problems}
    assert ("b1.q1.1", ProblemCode.DETAILS_REQUIRED) in codes
    assert ("b2.q2.1", ProblemCode.NO_DATA_REASON_REQUIRED) in codes
    # a malformed value is still refused, and nothing changes
    with pytest.raises(AnswersError) as exc:
        svc.save_draft(2025, "b2.q1.crimes", -4)
    assert [p.code for p in exc.value.problems] == [ProblemCode.NEGATIVE]
    assert stored(svc.ws, "b2.q1.crimes") is None
    # an empty value clears
    svc.save_draft(2025, "b1.q1.1", None)
    assert stored(svc.ws, "b1.q1.1") is None


def test_an_exported_draft_imports_again(svc: RespondentService, tmp_path: Path) -> None:
    svc.save_draft(2025, "b1.q1.1", {"answer": "yes", "details": ""})
    svc.save_answer(2025, "b2.q1.crimes", 4)
    exported = svc.export_answers(2025)
    svc.clear_answer(2025, "b1.q1.1")
    result = svc.import_answers(exported)
    assert result.changed == ("b1.q1.1",)
    assert svc.export_answers(2025) == exported
