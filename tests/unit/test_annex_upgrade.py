"""Issue 16: what the first definition of the annex made opens in revision 2 with nothing lost
(the upgrade map as data, a workspace of r1 answers, the validation that asks for the split)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kzth_desktop.annex import FieldType, load_default_annex
from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.annex.upgrades import (
    MERGED,
    RENAMED,
    FieldChange,
    UpgradeDefinitionError,
    Upgrades,
    UpgradeStep,
    shipped_upgrades,
)
from kzth_desktop.cli.main import main as kzth
from kzth_desktop.services import RespondentService, Workspace
from kzth_desktop.storage import migrate
from kzth_desktop.storage.db import head_revision

ANNEX = load_default_annex()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
R1_FIELDS = json.loads((FIXTURES / "annex_r1_fields.json").read_text(encoding="utf-8"))["fields"]
R0001 = FIXTURES / "workspace_r0001"  # a police workspace, year 2024, made by the first release


def test_the_map_covers_every_field_id_of_revision_1() -> None:
    up = shipped_upgrades(ANNEX)
    assert ANNEX.version.revision == 2 and len(R1_FIELDS) == 172
    (step,) = up.steps
    gone = [fid for fid in R1_FIELDS if not ANNEX.has_field(fid)]
    assert gone == ["b2.q4.1", "b2.q6.cases"]
    assert {c.old_id: (c.change, c.question_id, c.into) for c in step.changes} == {
        "b2.q4.1": (MERGED, "b2.q4", ("b2.q4.received", "b2.q4.sent")),
        "b2.q6.cases": (MERGED, "b2.q6", ("b2.q6.to_court", "b2.q6.convicted")),
    }
    # every field revision 2 has that revision 1 lacked is one an r1 answer cannot hold
    new = {f.id for f in ANNEX.fields()} - set(R1_FIELDS)
    assert new == set(up.new_since(1)) and len(new) == 11
    assert up.new_since(2) == frozenset()


def test_stamps_of_each_revision_and_an_unknown_one() -> None:
    up = shipped_upgrades(ANNEX)
    assert up.revision_of("2024-10-mvd849-mtszn410") == 1
    assert up.revision_of("2024-10-mvd849-mtszn410.r2") == 2 == up.revision
    assert up.revision_of("2024-10-mvd849-mtszn410.r3") is None  # a later release's
    assert up.revision_of("2031-new-annex") is None


def test_a_renamed_field_carries_its_value_and_a_taken_one_is_kept_aside() -> None:
    step = UpgradeStep(1, 2, (
        FieldChange("b2.q4.total", FieldType.COUNT, RENAMED, "b2.q4", ("b2.q4.received",)),
        FieldChange("b2.q6.cases", FieldType.COUNT, MERGED, "b2.q6",
                    ("b2.q6.to_court", "b2.q6.convicted")),
    ))
    up = Upgrades(ANNEX, [step])
    read = up.read({"b2.q4.total": 12, "b2.q6.cases": 9, "b2.q1.crimes": 41}, 1)
    assert read.answers == {"b2.q4.received": 12, "b2.q1.crimes": 41}
    assert [(e.field_id, e.value, e.split_into) for e in read.earlier] == [
        ("b2.q6.cases", 9, ("b2.q6.to_court", "b2.q6.convicted"))]
    # renamed onto a field already answered: the earlier value is kept, not dropped
    read = up.read({"b2.q4.total": 12, "b2.q4.received": 5}, 1)
    assert read.answers == {"b2.q4.received": 5}
    assert [(e.field_id, e.value) for e in read.earlier] == [("b2.q4.total", 12)]


def test_a_map_that_does_not_fit_the_annex_is_refused() -> None:
    bad = UpgradeStep(1, 2, (
        FieldChange("b2.q4.1", FieldType.COUNT, MERGED, "b2.q4", ("b2.q4.received", "b2.q4.x")),
        FieldChange("b2.q1.crimes", FieldType.TEXT, RENAMED, "b2.q1", ("b2.q5.detained",)),
    ))
    with pytest.raises(UpgradeDefinitionError) as exc:
        Upgrades(ANNEX, [bad])
    text = "\n".join(exc.value.problems)
    assert "b2.q4.x, which the annex lacks" in text
    assert "b2.q1.crimes is still a field of the annex" in text
    assert "b2.q1.crimes (text) -> b2.q5.detained (count)" in text


# --- a workspace made with revision 1 -----------------------------------------------------------

R1_ANSWERS = {"b2.q4.1": 17, "b2.q6.cases": 9, "b2.q1.crimes": 12,
              "b1.q8.where": "Ел ішінде 3, шетелде 1"}


def _r1_workspace(tmp_path: Path) -> Path:
    """The committed first-release workspace, brought to the last schema of revision 1
    (0006) and given answers with revision 1's field ids, as that release typed them."""
    folder = tmp_path / "ws"
    shutil.copytree(R0001, folder)
    db = folder / "workspace.sqlite"
    migrate(f"sqlite:///{db}", revision="0006_i15_accept")
    con = sqlite3.connect(str(db))
    with con:
        for fid, value in R1_ANSWERS.items():
            text = json.dumps(value, ensure_ascii=False)
            con.execute("DELETE FROM answer WHERE field_id = ?", (fid,))
            con.execute("INSERT INTO answer (submission_id, field_id, value_json, updated_at, "
                        "updated_by) VALUES (1, ?, ?, '2025-01-20 10:00:00', 'clerk')",
                        (fid, text))
            con.execute("INSERT INTO audit_entry (submission_id, at, user, action, field_id, "
                        "old_json, new_json) VALUES (1, '2025-01-20 10:00:00', 'clerk', 'set', "
                        "?, NULL, ?)", (fid, text))
    con.close()
    return folder


def test_an_r1_workspace_opens_with_nothing_lost(tmp_path: Path) -> None:
    folder = _r1_workspace(tmp_path)
    with Workspace.open(folder, annex=ANNEX) as ws:
        assert ws.migration is not None and ws.migration.to_revision == head_revision()
        backup = ws.migration.backup
        svc = RespondentService(ws, ANNEX)
        answers = svc.answers(2024)
        # kept fields keep their values; the merged ones are no longer answers of r2 ids
        assert answers["b2.q1.crimes"] == 12 and answers["b1.q8.where"] == "Ел ішінде 3, шетелде 1"
        assert "b2.q4.1" not in answers and "b2.q6.cases" not in answers
        assert "b2.q4.received" not in answers
        # the merged values are kept, on their questions, as typed
        earlier = svc.earlier_answers(2024)
        assert [(e.field_id, e.question_id, e.revision, e.value, e.split_into) for e in earlier] \
            == [("b2.q4.1", "b2.q4", 1, 17, ("b2.q4.received", "b2.q4.sent")),
                ("b2.q6.cases", "b2.q6", 1, 9, ("b2.q6.to_court", "b2.q6.convicted"))]
        assert earlier[0].note("ru") == ("Ответ по прежней редакции опросника (r1): «17». "
                                          "Распределите его по новым строкам ниже.")
        assert earlier[0].note("kk").startswith(
            "Сауалнаманың бұрынғы редакциясындағы (r1) жауап: «17».")
        # the new fields are flagged for the split, instead of a bare "unanswered"
        report = svc.validate(2024)
        split = {p.field_id: p for p in report.problems if p.code is ProblemCode.SPLIT_REQUIRED}
        assert sorted(split) == ["b2.q4.received", "b2.q4.sent", "b2.q6.convicted",
                                 "b2.q6.to_court"]
        assert split["b2.q4.sent"].param("earlier") == "17"
        assert split["b2.q6.to_court"].param("earlier_field") == "b2.q6.cases"
        assert "«9»" in split["b2.q6.to_court"].message(ANNEX, "ru")
        assert "бұрынғы редакциясында (r1)" in split["b2.q6.to_court"].message(ANNEX, "kk")
        assert not [p for p in report.problems
                    if p.code is ProblemCode.UNANSWERED and p.field_id in split]
        # the history keeps the old values: the typing and the move
        audit = [(a.action, a.field_id, a.old, a.new) for a in svc.audit(2024)]
        assert ("set", "b2.q4.1", None, 17) in audit
        assert ("upgrade", "b2.q4.1", 17,
                {"kept_on": "b2.q4", "into": ["b2.q4.received", "b2.q4.sent"]}) in audit
        assert ("upgrade", "b2.q6.cases", 9,
                {"kept_on": "b2.q6", "into": ["b2.q6.to_court", "b2.q6.convicted"]}) in audit
        # the respondent splits one: its flag goes, the other's stays, the earlier value stays
        svc.save_answer(2024, "b2.q4.received", 10, user="clerk")
        svc.save_answer(2024, "b2.q4.sent", {"no_data": "учёт не ведётся"}, user="clerk")
        left = {p.field_id for p in svc.validate(2024).problems
                if p.code is ProblemCode.SPLIT_REQUIRED}
        assert left == {"b2.q6.to_court", "b2.q6.convicted"}
        assert len(svc.earlier_answers(2024)) == 2
    # the copy made before the upgrade holds the answers exactly as revision 1 had them
    con = sqlite3.connect(str(backup))
    try:
        held = dict(con.execute("SELECT field_id, value_json FROM answer").fetchall())
    finally:
        con.close()
    assert json.loads(held["b2.q4.1"]) == 17 and json.loads(held["b2.q6.cases"]) == 9


def test_kzth_validate_names_the_fields_to_split(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = _r1_workspace(tmp_path)
    code = kzth(["--workspace", str(folder), "validate", "--year", "2024", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    split = [p for p in out["problems"] if p["code"] == "split_required"]
    assert sorted(p["field"] for p in split) == ["b2.q4.received", "b2.q4.sent",
                                                 "b2.q6.convicted", "b2.q6.to_court"]
    assert all("«17»" in p["message"] for p in split if p["question"] == "b2.q4")


def test_an_answers_file_typed_for_revision_1_is_refused_naming_the_new_fields(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _r1_workspace(tmp_path)
    kzth(["--workspace", str(folder), "validate", "--year", "2024", "--json"])  # upgrades it
    capsys.readouterr()
    answers = tmp_path / "r1.json"
    answers.write_text(json.dumps({"reporting_year": 2024, "answers": {
        "b2.q1.crimes": 13, "b2.q4.1": 20, "b2.q9.nonexistent": 1}}), encoding="utf-8")
    code = kzth(["--workspace", str(folder), "answers", "import", str(answers), "--lang", "ru"])
    err = capsys.readouterr().err
    assert code != 0
    assert ("b2.q4.1: Поле «b2.q4.1»: это поле прежней редакции опросника (r1); теперь вместо него в "
            "блоке 2, вопросе 4 спрашиваются поля: «поступивших», «направленных»") in err
    assert "Поле «b2.q9.nonexistent»: такого поля нет в опроснике" in err  # not an earlier id: unknown
    code = kzth(["--workspace", str(folder), "answers", "import", str(answers), "--lang", "kk"])
    assert "енді оның орнына 2-блоктың 4-сұрағында" in capsys.readouterr().err
    # all or nothing: the field the file also held keeps its value
    with Workspace.open(folder, annex=ANNEX) as ws:
        assert RespondentService(ws, ANNEX).answers(2024)["b2.q1.crimes"] == 12


def test_a_request_for_revision_1_is_refused_saying_the_coordinator_must_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An office on revision 2 answers in revision 2; a coordinator still on revision 1 would
    refuse those answers, so its request is refused at the office with the reason."""
    import dataclasses
    import datetime as dt

    from kzth_desktop.exchange import formats
    from kzth_desktop.services import CoordinationService, ExchangeService, OrgProfile
    from kzth_desktop.services.errors import FileRefusedError
    from kzth_desktop.services.keys import KeyService

    pw = "correct horse battery"
    with Workspace.create(tmp_path / "coordinator", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX,
                          passphrase=pw) as cws:
        data = CoordinationService(cws, ANNEX).create_request(
            2025, pw, issued_on=dt.date(2026, 1, 10)).data
        doc = formats.read_request(data)
        assert doc.annex_version == shipped_upgrades(ANNEX).stamp(2)
        old = formats.build_request(
            dataclasses.replace(doc, annex_version=shipped_upgrades(ANNEX).stamp(1)),
            KeyService(cws).signing_key(pw))
        other = formats.build_request(
            dataclasses.replace(doc, annex_version="2031-01-other-order"),
            KeyService(cws).signing_key(pw))
    police = OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))
    with Workspace.create(tmp_path / "police", "respondent", police, annex=ANNEX,
                          passphrase=pw) as ws:
        exchange = ExchangeService(ws, ANNEX)
        with pytest.raises(FileRefusedError) as refused:
            exchange.import_request(old, name="request-r1.kzreq")
        assert refused.value.reason.value == "annex_version_earlier"
        assert ("запрос составлен по прежней редакции опросника (r1), а эта программа "
                "заполняет редакцию r2") in refused.value.message("ru")
        assert "бұрынғы редакциясы (r1) бойынша жасалған" in refused.value.message("kk")
        with pytest.raises(FileRefusedError) as unknown:
            exchange.import_request(other, name="other.kzreq")
        assert unknown.value.reason.value == "annex_version_unknown"
        assert "«2031-01-other-order»" in unknown.value.message("ru")
        # nothing was taken from either: the current request is still accepted
        assert RespondentService(ws, ANNEX).campaigns() == []
        exchange.import_request(data, name="request.kzreq")
        assert [c.year for c in RespondentService(ws, ANNEX).campaigns()] == [2025]
