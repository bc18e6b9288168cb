"""The expert group's work as the Rules describe it (issue 21): the register of members and
specialists (rules 4-5, 16), remote Delphi rounds on ballot workbooks and their refusals, the
ranking from the data alone (rule 2(3)), typed sources (rule 8) cited under the headings
(rule 15), and the transmittal to the Commission's working body (rule 18)."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.assessment.delphi import RoundAnswer, summarise
from kzth_desktop.assessment.ranking import Flag, pending_column
from kzth_desktop.cli import main
from kzth_desktop.reports.ballot import FIRST_ROW, IDENTITY_SHEET, Layout
from kzth_desktop.services import OrgProfile, ServiceError, Workspace
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.ballots import BallotService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import ErrorCode
from kzth_desktop.storage import migrate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import campaign  # noqa: E402

ANNEX = load_default_annex()
YEARS = (2024, 2025)
FIELD_ID = re.compile(r"\bb\d+\.q\d+")


def norm(text: str) -> str:
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [norm(page.get_textpage().get_text_range()) for page in pdf]
    finally:
        pdf.close()


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[AssessmentService]:
    ws = Workspace.create(tmp_path / "ws", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX)
    try:
        yield AssessmentService(ws, ANNEX, Desk(ANNEX, campaign(ANNEX)))
    finally:
        ws.close()


@pytest.fixture
def group(svc: AssessmentService) -> tuple[int, int, int]:
    a = svc.add_expert("Ахметова А.", "МВД РК", "member", "уголовное право")
    b = svc.add_expert("Сейтов Б.", "МТСЗН РК", "member")
    c = svc.add_expert("Ким В.", "КазНУ", "specialist", "социология миграции")
    return a.id, b.id, c.id


def refused(exc: pytest.ExceptionInfo[ServiceError], code: ErrorCode) -> str:
    assert exc.value.code is code, exc.value.message("ru")
    kk, ru = exc.value.message("kk"), exc.value.message("ru")
    assert kk and ru and kk != ru
    return ru


# --- the register --------------------------------------------------------------------------------


def test_the_register_by_the_command_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    ws_dir = tmp_path / "ws"
    Workspace.create(ws_dir, "coordinator", OrgProfile("Ү", "К"), annex=ANNEX).close()
    base = ["--workspace", str(ws_dir), "assessment", "expert"]
    assert main([*base, "add", "--name", "Ахметова А.", "--org", "МВД РК", "--role", "member",
                 "--field", "право", "--contact", "+7 701 000 00 00", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 1}
    assert main([*base, "add", "--name", "Ким В.", "--org", "КазНУ", "--role", "specialist",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": 2}
    assert main([*base, "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["id"], e["name"], e["organisation"], e["field"]) for e in listed["members"]] == [
        (1, "Ахметова А.", "МВД РК", "право")]
    assert [(e["id"], e["role"]) for e in listed["specialists"]] == [(2, "specialist")]
    # refusals are kk/ru messages, exit 1, never a traceback
    assert main([*base, "add", "--name", "ахметова а.", "--org", "X", "--role", "member",
                 "--lang", "kk"]) == 1
    err = capsys.readouterr().err
    assert "тізілімінде бұрыннан бар (№1)" in err and "Traceback" not in err
    assert main([*base, "add", "--name", "Иванов", "--org", " ", "--role", "member"]) == 1
    assert "какую организацию представляет «Иванов»" in capsys.readouterr().err
    assert main([*base, "list"]) == 0
    out = capsys.readouterr().out
    assert "№1" in out and "привлеченный специалист" in out


def test_register_refusals(svc: AssessmentService) -> None:
    with pytest.raises(ServiceError) as exc:
        svc.add_expert(" ", "МВД", "member")
    refused(exc, ErrorCode.EXPERT_NAME_REQUIRED)
    with pytest.raises(ServiceError) as exc:
        svc.add_expert("Иванов", "МВД", "chair")
    assert "chair" in refused(exc, ErrorCode.EXPERT_ROLE_UNKNOWN)
    with pytest.raises(ServiceError) as exc:
        svc.set_score(YEARS, "Никто", "b1.q1.1", "KZ", 3, 3)
    assert "«Никто»" in refused(exc, ErrorCode.EXPERT_NOT_FOUND)
    with pytest.raises(ServiceError) as exc:
        svc.set_text(YEARS, "conclusions", "ru", "Вывод", author=99)
    refused(exc, ErrorCode.EXPERT_NOT_FOUND)
    with pytest.raises(ServiceError) as exc:
        svc.set_score(YEARS, "Никто", "b1.q1.1", "KZ", 3, 3, round=0)
    refused(exc, ErrorCode.EXPERT_NOT_FOUND)


def test_free_text_expert_names_become_register_entries(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    migrate(f"sqlite:///{db}", revision="0009_i20_one_current")
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO assessment_period VALUES (1, 2023, 2025, NULL, 'published', "
                    "'2025-01-01', '2025-01-01')")
        for n, (name, risk) in enumerate((("Иванов", "b1.q1.1"), ("Иванов", "b1.q1.2"),
                                          ("Ким ", "b1.q1.1")), start=1):
            con.execute("INSERT INTO expert_score VALUES (?, 1, ?, ?, 'KZ', 4, 3, '', "
                        "'2025-01-01')", (n, name, risk))
        con.execute("INSERT INTO cited_source VALUES (1, 1, 1, 'Доклад ООН', 'ООН', 2024, '', "
                    "'2025-01-01')")
    con.close()
    migrate(f"sqlite:///{db}", backup_to=tmp_path / "bk")
    con = sqlite3.connect(str(db))
    experts = con.execute("SELECT id, name, role, organisation FROM expert ORDER BY id").fetchall()
    scores = con.execute("SELECT expert_id, risk_id, round FROM expert_score ORDER BY id"
                         ).fetchall()
    sources = con.execute("SELECT kind, headings FROM cited_source").fetchall()
    con.close()
    assert experts == [(1, "Иванов", "member", ""), (2, "Ким", "member", "")]
    assert scores == [(1, "b1.q1.1", 1), (1, "b1.q1.2", 1), (2, "b1.q1.1", 1)]
    assert sources == [("international", "[]")]


# --- the ranking from the data alone -------------------------------------------------------------


def test_without_experts_every_risk_is_ranked_from_the_data(svc: AssessmentService) -> None:
    scores = svc.scores(YEARS)
    ranked = [s for s in scores if s.rank is not None]
    assert ranked and all(s.from_data_only and Flag.NOT_SCORED in s.flags for s in ranked)
    # by data likelihood, highest first; ties by trend
    keys = [(s.data_likelihood, s.trend if s.trend is not None else Fraction(-99))
            for s in ranked]
    assert keys == sorted(keys, reverse=True)
    assert [s.rank for s in ranked] == sorted(s.rank for s in ranked if s.rank)
    assert all(s.level_label().ru == "Последствия ещё не оценены" for s in ranked)
    column = pending_column(scores)
    assert sum(len(c) for c in column) == len(ranked)
    assert all(s.risk.id in column[s.data_likelihood - 1] for s in ranked
               if s.data_likelihood is not None)
    # an expert's medians put a scored risk above every risk ranked from the data alone
    svc.add_expert("Ахметова А.", "МВД", "member")
    low = ranked[-1].risk.id
    svc.set_score(YEARS, "Ахметова А.", low, "KZ", 1, 1)
    again = svc.scores(YEARS)
    assert again[0].risk.id == low and again[0].rank == 1 and again[0].level is not None
    assert all(s.rank is None or s.rank >= 2 for s in again[1:])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kzth_desktop.demo.campaign import build_demo

    out = tmp_path_factory.mktemp("demo")
    build_demo(out, years=[2023, 2024, 2025], regions=2)
    return out


def test_the_demo_campaign_report_ranks_every_risk(demo: Path) -> None:
    ws = Workspace.open(demo / "coordinator", annex=ANNEX)
    try:
        svc = AssessmentService(ws, ANNEX)
        years = (2023, 2024, 2025)
        scores = svc.scores(years)
        assert sorted(s.rank for s in scores if s.rank) == list(range(1, 11))
        svc.add_expert("Ахметова А.", "МВД РК", "member", "уголовное право")
        svc.add_expert("Ким В.", "КазНУ", "specialist", "социология")
        texts = {lang: page_texts(svc.report(years, lang)) for lang in ("ru", "kk")}
    finally:
        ws.close()
    ru, kk = " ".join(texts["ru"]), " ".join(texts["kk"])
    assert "Место —" not in ru and "Орны —" not in kk
    assert ru.count("Последствия еще не оценены") >= 10
    assert kk.count("Салдары әлі бағаланбаған") >= 10
    # the heat map places them, in its column of risks whose consequences are not assessed
    heat = next(p for p in texts["ru"] if "3.1. Карта рисков" in p and "Стр." in p
                and "Содержание" not in p)
    assert "Столбец справа" in heat and re.search(r"\b1\.\d\b", heat)
    # the group, its specialists, the transmittal page, and no internal field id anywhere
    assert "1.4. Экспертная группа" in ru and "Ахметова А." in ru and "КазНУ" in ru
    assert "Привлеченные специалисты (пункт 16 Правил)" in ru
    assert texts["ru"][0].startswith("№ ")
    assert "В рабочий орган Межведомственной комиссии по противодействию торговле людьми" \
        in texts["ru"][0]
    assert "ведомствоаралық комиссияның жұмыс органына" in texts["kk"][0]
    assert not FIELD_ID.findall(ru), FIELD_ID.findall(ru)[:5]
    assert not FIELD_ID.findall(kk)
    assert "блок 3, вопрос 1:" in ru and "3-блок, 1-сұрақ" in kk
    assert set("әғқңөұүі") <= set(kk)


# --- Delphi ballots ------------------------------------------------------------------------------


def fill(path: Path, years: tuple[int, ...], rnd: int, values: dict[int, tuple[object, object]],
         comment: str = "") -> None:
    """Sets likelihood and consequences of ballot rows (0 = the first risk), as an expert's
    Excel would."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    lay = Layout(years, rnd)
    for i, (lik, imp) in values.items():
        ws[f"{lay.letter('likelihood')}{FIRST_ROW + i}"] = lik
        ws[f"{lay.letter('impact')}{FIRST_ROW + i}"] = imp
        ws[f"{lay.letter('comment')}{FIRST_ROW + i}"] = comment
    wb.save(path)


def edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    ws[cell] = value
    wb.save(path)


def test_a_ballot_round_trip_records_the_experts_round(
        svc: AssessmentService, group: tuple[int, int, int], tmp_path: Path) -> None:
    a, b, c = group
    ballots = BallotService(svc)
    paths = {}
    for who in (a, b, c):
        paths[who] = ballots.write_ballot(tmp_path / f"r1-{who}.xlsx", YEARS, who, 1, "ru")
    wb = openpyxl.load_workbook(paths[a])
    sheet = wb.worksheets[0]
    lay = Layout(YEARS, 1)
    register = svc.register(YEARS)
    assert sheet[f"B{FIRST_ROW}"].value == register[0].name.ru
    assert isinstance(sheet[f"{lay.letter('share')}{FIRST_ROW}"].value, float)
    assert sheet[f"{lay.letter('data_likelihood')}{FIRST_ROW}"].value in range(1, 6)
    rules = [dv for dv in sheet.data_validations.dataValidation]
    assert [(dv.type, dv.formula1, dv.formula2) for dv in rules] == [("whole", "1", "5")]
    assert str(rules[0].sqref) == (f"{lay.letter('likelihood')}{FIRST_ROW}:"
                                   f"{lay.letter('impact')}{FIRST_ROW + len(register) - 1}")
    assert wb[IDENTITY_SHEET].sheet_state == "veryHidden"
    # filled and returned: the expert's round is recorded
    fill(paths[a], YEARS, 1, {0: (4, 3), 1: (2, 2)}, "по данным МВД")
    fill(paths[b], YEARS, 1, {0: (2, 5)})
    receipt = ballots.import_ballot(paths[a])
    assert (receipt.expert.id, receipt.round, receipt.scored, receipt.replaced) == (a, 1, 2,
                                                                                   False)
    ballots.import_ballot(paths[b])
    stored = {(e.expert_id, e.risk_id, e.round): (e.likelihood, e.impact, e.comment)
              for e in svc.expert_scores(YEARS, "KZ", all_rounds=True)}
    assert stored == {(a, register[0].id, 1): (4, 3, "по данным МВД"),
                      (a, register[1].id, 1): (2, 2, "по данным МВД"),
                      (b, register[0].id, 1): (2, 5, "")}
    assert ballots.import_ballot(paths[a]).replaced  # a corrected file replaces, never adds
    (r1,) = ballots.rounds(YEARS)
    first = r1.risk(register[0].id)
    assert first is not None
    assert (first.median_likelihood, first.iqr_likelihood, first.median_impact) == (3, 1, 4)
    assert r1.not_answered == (c,) and r1.answered == (a, b)
    # round 2 shows the group's medians of round 1 beside the expert's own earlier answer
    r2 = ballots.write_ballot(tmp_path / "r2.xlsx", YEARS, a, 2, "kk")
    sheet = openpyxl.load_workbook(r2).worksheets[0]
    lay2 = Layout(YEARS, 2)
    row = FIRST_ROW
    assert sheet[f"{lay2.letter('group_l')}{row}"].value == 3.0
    assert sheet[f"{lay2.letter('group_l_iqr')}{row}"].value == 1.0
    assert sheet[f"{lay2.letter('group_i')}{row}"].value == 4.0
    assert sheet[f"{lay2.letter('own_l')}{row}"].value == 4
    assert sheet[f"{lay2.letter('own_i')}{row}"].value == 3
    assert "1-тур" in sheet[f"{lay2.letter('group_l')}{FIRST_ROW - 1}"].value
    fill(r2, YEARS, 2, {0: (3, 4)})
    assert ballots.import_ballot(r2).round == 2
    rounds = ballots.rounds(YEARS)
    second = rounds[1].risk(register[0].id)
    assert second is not None and second.change_likelihood == 0 and second.stable
    # the ranking takes each expert's latest round
    top = next(s for s in svc.scores(YEARS) if s.risk.id == register[0].id)
    assert (top.experts, top.expert_likelihood) == (2, Fraction(5, 2))
    # round 1 is closed once round 2 is out
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(paths[c])
    refused(exc, ErrorCode.ROUND_CLOSED)


@pytest.mark.parametrize(("sheet", "cell", "value", "code"), [
    (IDENTITY_SHEET, "B4", 2, ErrorCode.BALLOT_OTHER_EXPERT),
    ("", "C2", "№2 Сейтов Б. (МТСЗН РК)", ErrorCode.BALLOT_OTHER_EXPERT),
    (IDENTITY_SHEET, "B5", 2, ErrorCode.BALLOT_OTHER_ROUND),
    ("", "C4", 3, ErrorCode.BALLOT_OTHER_ROUND),
    (IDENTITY_SHEET, "B6", 2023, ErrorCode.BALLOT_OTHER_PERIOD),
    ("", "C3", "2023–2025", ErrorCode.BALLOT_OTHER_PERIOD),
    (IDENTITY_SHEET, "B3", "0" * 32, ErrorCode.BALLOT_NOT_ISSUED),
    ("", f"B{FIRST_ROW + 1}", "Другой риск", ErrorCode.BALLOT_RISKS_CHANGED),
    (IDENTITY_SHEET, "A21", "b1.q1.9", ErrorCode.BALLOT_RISKS_CHANGED),
])
def test_an_edited_ballot_is_refused_naming_the_cell(
        svc: AssessmentService, group: tuple[int, int, int], tmp_path: Path, sheet: str,
        cell: str, value: object, code: ErrorCode) -> None:
    a, _, _ = group
    ballots = BallotService(svc)
    path = ballots.write_ballot(tmp_path / "b.xlsx", YEARS, a, 1)
    fill(path, YEARS, 1, {0: (3, 3)})
    edit(path, sheet, cell, value)
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(path)
    named = f"{sheet}!{cell}" if sheet else cell
    assert named in refused(exc, code)
    assert named in exc.value.message("kk")
    assert svc.expert_scores(YEARS) == []  # nothing recorded


def test_a_value_out_of_range_or_half_a_pair_is_refused(
        svc: AssessmentService, group: tuple[int, int, int], tmp_path: Path) -> None:
    a, _, _ = group
    ballots = BallotService(svc)
    lay = Layout(YEARS, 1)
    for values, code, cell in (
            ({0: (3, 3), 1: (7, 2)}, ErrorCode.BALLOT_VALUE_OUT_OF_RANGE,
             f"{lay.letter('likelihood')}{FIRST_ROW + 1}"),
            ({2: (3, 0)}, ErrorCode.BALLOT_VALUE_OUT_OF_RANGE,
             f"{lay.letter('impact')}{FIRST_ROW + 2}"),
            ({0: (2.5, 3)}, ErrorCode.BALLOT_VALUE_OUT_OF_RANGE,
             f"{lay.letter('likelihood')}{FIRST_ROW}"),
            ({0: ("много", 3)}, ErrorCode.BALLOT_VALUE_OUT_OF_RANGE,
             f"{lay.letter('likelihood')}{FIRST_ROW}"),
            ({3: (4, None)}, ErrorCode.BALLOT_VALUE_MISSING,
             f"{lay.letter('impact')}{FIRST_ROW + 3}"),
            ({}, ErrorCode.BALLOT_EMPTY, "")):
        path = ballots.write_ballot(tmp_path / "b.xlsx", YEARS, a, 1)
        fill(path, YEARS, 1, values)
        with pytest.raises(ServiceError) as exc:
            ballots.import_ballot(path)
        assert cell in refused(exc, code)
    # a row added below the risks is a changed list
    path = ballots.write_ballot(tmp_path / "b.xlsx", YEARS, a, 1)
    n = len(svc.register(YEARS))
    fill(path, YEARS, 1, {0: (3, 3), n: (4, 4)})
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(path)
    assert f"{lay.letter('likelihood')}{FIRST_ROW + n}" in refused(
        exc, ErrorCode.BALLOT_RISKS_CHANGED)
    assert svc.expert_scores(YEARS) == []


def test_ballot_issue_and_file_refusals(svc: AssessmentService, group: tuple[int, int, int],
                                        tmp_path: Path) -> None:
    a, _, _ = group
    ballots = BallotService(svc)
    with pytest.raises(ServiceError) as exc:
        ballots.ballot(YEARS, a, 2)
    refused(exc, ErrorCode.ROUND_NOT_READY)
    with pytest.raises(ServiceError) as exc:
        ballots.ballot(YEARS, a, 0)
    refused(exc, ErrorCode.ROUND_INVALID)
    with pytest.raises(ServiceError) as exc:
        ballots.ballot(YEARS, 42, 1)
    refused(exc, ErrorCode.EXPERT_NOT_FOUND)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(junk)
    assert "junk.xlsx" in refused(exc, ErrorCode.BALLOT_UNREADABLE)
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(plain)
    refused(exc, ErrorCode.BALLOT_UNREADABLE)
    # the register changed after the ballot went out: a new ballot is needed
    path = ballots.write_ballot(tmp_path / "b.xlsx", YEARS, a, 1)
    fill(path, YEARS, 1, {0: (3, 3)})
    svc.add_risk(YEARS, "online", "Интернетте арбау", "Вербовка через интернет")
    with pytest.raises(ServiceError) as exc:
        ballots.import_ballot(path)
    refused(exc, ErrorCode.BALLOT_REGISTER_CHANGED)


def test_the_cli_exports_and_imports_a_ballot(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ws_dir = tmp_path / "ws"
    Workspace.create(ws_dir, "coordinator", OrgProfile("Ү", "К"), annex=ANNEX).close()
    base = ["--workspace", str(ws_dir), "assessment"]
    assert main([*base, "expert", "add", "--name", "Ахметова А.", "--org", "МВД", "--role",
                 "member", "--json"]) == 0
    capsys.readouterr()
    out = tmp_path / "ballot.xlsx"
    assert main([*base, "ballot", "export", "--years", "2024-2025", "--expert", "1",
                 "--round", "1", "--out", str(out)]) == 0
    assert "эксперт №1, 1-й тур" in capsys.readouterr().out
    fill(out, YEARS, 1, {0: (7, 3)})
    assert main([*base, "ballot", "import", str(out), "--lang", "kk"]) == 1
    err = capsys.readouterr().err
    lay = Layout(YEARS, 1)
    assert f"{lay.letter('likelihood')}{FIRST_ROW} ұяшығы" in err and "Traceback" not in err
    fill(out, YEARS, 1, {0: (4, 3)})
    assert main([*base, "ballot", "import", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["round"] == 1
    assert main([*base, "rounds", "--years", "2024-2025", "--json"]) == 0
    rounds = json.loads(capsys.readouterr().out)
    assert rounds["stopping_rule"] == {"consensus_iqr_at_most": 1.0,
                                       "stable_median_change_at_most": 0.5}
    assert rounds["rounds"][0]["answered"] == [1]
    assert main([*base, "rounds", "--years", "2024-2025"]) == 0
    assert "Правило остановки" in capsys.readouterr().out


def test_the_stopping_rule() -> None:
    answers = [RoundAnswer(e, "r", 1, lik, 3) for e, lik in ((1, 1), (2, 3), (3, 5), (4, 5))]
    answers += [RoundAnswer(e, "r", 2, lik, 3) for e, lik in ((1, 2), (2, 4), (3, 5), (4, 5))]
    answers += [RoundAnswer(e, "s", 1, 3, 3) for e in (1, 2, 3)]
    r1, r2 = summarise(answers, {1: {1, 2, 3, 4, 5}})
    first = r1.risk("r")
    assert first is not None and first.iqr_likelihood == Fraction(5, 2)
    assert not first.settled and not r1.settled  # wide spread, nothing to compare with
    s = r1.risk("s")
    assert s is not None and s.consensus
    assert r1.not_answered == (5,)
    second = r2.risk("r")
    assert second is not None and second.change_likelihood == Fraction(1, 2)
    assert second.stable and not second.consensus and r2.settled


# --- typed sources, references, the transmittal --------------------------------------------------


def test_sources_carry_their_rule_8_kind_and_headings(svc: AssessmentService) -> None:
    a = svc.add_source(YEARS, "Закон РК «О противодействии торговле людьми»", "", 2024, "",
                       "legislative", [1, 8])
    b = svc.add_source(YEARS, "Global Report on Trafficking in Persons", "UNODC", 2024,
                       "https://www.unodc.org/", "international", [3])
    c = svc.add_source(YEARS, "Статистика КПСиСУ", "КПСиСУ", 2025, "", "statistical")
    assert [(s.kind, s.headings) for s in svc.sources(YEARS)] == [
        ("legislative", (1, 8)), ("international", (3,)), ("statistical", ())]
    assert (a.position, b.position, c.position) == (1, 2, 3)
    with pytest.raises(ServiceError) as exc:
        svc.add_source(YEARS, "X", kind="folklore")
    assert "законодательного" not in refused(exc, ErrorCode.SOURCE_KIND_UNKNOWN)
    with pytest.raises(ServiceError) as exc:
        svc.add_source(YEARS, "X", kind="practical", headings=[10])
    assert "10" in refused(exc, ErrorCode.SOURCE_HEADING_UNKNOWN)
    svc.set_transmittal(YEARS, "12-34/567", "2026-02-10", "Сейтов Б. К.",
                        "Председатель экспертной группы")
    text = page_texts(svc.report(YEARS, "ru"))
    assert "№ 12-34/567 от 10.02.2026" in text[0]
    assert "Председатель экспертной группы" in text[0] and "Сейтов Б. К." in text[0]
    joined = " ".join(text)
    # grouped by kind with the Rules' words, numbered through in that order
    listed = joined[joined.rindex("7. Список использованных источников"):]
    assert listed.index("Информация законодательного характера") < listed.index(
        "Информация международного характера") < listed.index(
        "Информация статистического характера")
    # referenced under the headings that cite them (rule 15)
    part2 = joined[joined.rindex("2.1. "):joined.rindex("3. Ранжирование рисков")]  # not the
    h3 = part2[part2.index("2.3. "):part2.index("2.4. ")]  # contents: the headings' 2nd time
    assert "Ссылки [2] UNODC. Global Report on Trafficking in Persons. 2024" in h3
    h8 = part2[part2.index("2.8. "):part2.index("2.9. ")]
    assert "[1] Закон РК" in h8
    with pytest.raises(ServiceError) as exc:
        svc.set_transmittal(YEARS, date="10.02.2026")
    assert "10.02.2026" in refused(exc, ErrorCode.TRANSMITTAL_INVALID)


def test_source_add_needs_a_type_on_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ws_dir = tmp_path / "ws"
    Workspace.create(ws_dir, "coordinator", OrgProfile("Ү", "К"), annex=ANNEX).close()
    base = ["--workspace", str(ws_dir), "assessment", "source", "add", "--years", "2024-2025",
            "--title", "Доклад ОБСЕ"]
    with pytest.raises(SystemExit) as exc:
        main(base)
    assert exc.value.code == 2
    capsys.readouterr()
    assert main([*base, "--type", "international", "--heading", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["type"] == "international"
    assert main([*base, "--type", "practical", "--heading", "11"]) == 1
    assert "от 1 до 9" in capsys.readouterr().err
