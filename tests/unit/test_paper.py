"""Offices on paper (issue 18): keyed twice at the coordinator, the differences listed and
resolved against the paper; only then a submission, marked "entered from paper", counted like
any other, superseded by the office's own bundle later. Every refusal says why (kk/ru)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.model import FieldType
from kzth_desktop.annex.validation import shipped_rules
from kzth_desktop.cli.main import main
from kzth_desktop.exchange.reasons import ImportResult
from kzth_desktop.services import OrgProfile, RespondentService, Workspace
from kzth_desktop.services.bundle_export import ExchangeService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import AnswersError, ErrorCode, ServiceError
from kzth_desktop.services.paper import PaperService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
POLICE = OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))


def free_counts(kinds: tuple[str, ...], n: int = 1) -> list[str]:
    """Count fields of ``kinds`` that no consistency rule ties to another."""
    tied = {fid for r in shipped_rules(ANNEX) for fid in r.field_ids()}
    return [f.id for f in ANNEX.fields_for_kinds(list(kinds))
            if f.type is FieldType.COUNT and f.id not in tied][:n]


def text_field(kinds: tuple[str, ...]) -> str:
    return next(f.id for f in ANNEX.fields_for_kinds(list(kinds)) if f.type is FieldType.TEXT)


@pytest.fixture
def desk(tmp_path: Path, backend: Any) -> Iterator[Workspace]:
    ws = Workspace.create(backend.workspace(tmp_path / "coordinator"), "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX, passphrase=PW)
    yield ws
    ws.close()


def kzth(ws: Workspace, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--workspace", ws.location.url if ws.folder is None
                 else str(ws.folder), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def answers_file(path: Path, answers: dict[str, Any], year: int = YEAR) -> str:
    path.write_text(json.dumps({"reporting_year": year, "answers": answers},
                               ensure_ascii=False), encoding="utf-8")
    return str(path)



# --- the journey of the issue, through the command line -----------------------------------------


def test_double_keying_two_operators_two_differences(desk: Workspace, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    if desk.folder is None:
        pytest.skip("the command line journey runs on a folder; the service tests on both")
    kinds = POLICE.kinds
    paper = sample_answers(ANNEX, kinds)
    count, text = free_counts(kinds)[0], text_field(kinds)
    second = {**paper, count: paper[count] + 5, text: paper[text] + " (опечатка)"}
    first_file = answers_file(tmp_path / "k1.json", paper)
    second_file = answers_file(tmp_path / "k2.json", second)

    code, out, _ = kzth(desk, capsys, "paper", "enter", "--year", str(YEAR), "--org-kk",
                        POLICE.name_kk, "--org-ru", POLICE.name_ru, "--region", POLICE.region,
                        "--kind", "police", "--answers", first_file, "--keyer", "Айгүл",
                        "--json")
    assert code == 0
    office = json.loads(out)["office"]
    assert json.loads(out)["state"] == "keying"

    # the same operator again: refused, in Russian and in Kazakh, nothing stored
    code, _, err = kzth(desk, capsys, "paper", "enter", "--year", str(YEAR), "--office",
                        str(office), "--answers", second_file, "--keyer", " айгүл ")
    assert code == 1 and "второй ввод должен сделать другой оператор" in err
    assert "Traceback" not in err
    code, _, err = kzth(desk, capsys, "--lang", "kk", "paper", "enter", "--year", str(YEAR),
                        "--office", str(office), "--answers", second_file, "--keyer", "Айгүл")
    assert code == 1 and "басқа оператор" in err

    code, out, _ = kzth(desk, capsys, "paper", "enter", "--year", str(YEAR), "--office",
                        str(office), "--answers", second_file, "--keyer", "Ержан", "--json")
    assert code == 0 and json.loads(out)["state"] == "to_verify"

    code, out, _ = kzth(desk, capsys, "paper", "discrepancies", "--year", str(YEAR),
                        "--office", str(office), "--json")
    listed = json.loads(out)["discrepancies"]
    assert sorted(d["field"] for d in listed) == sorted([count, text])
    by_field = {d["field"]: d for d in listed}
    assert (by_field[count]["first"], by_field[count]["second"]) == (paper[count],
                                                                     paper[count] + 5)

    # not yet a submission: counted nowhere, "keyed, to verify" in completeness
    code, out, _ = kzth(desk, capsys, "aggregate", "--year", str(YEAR), "--json")
    assert json.loads(out)["submissions"] == 0 and json.loads(out)["fields"] == {}
    code, out, _ = kzth(desk, capsys, "completeness", "--year", str(YEAR), "--json")
    matrix = json.loads(out)
    cell = next(c for c in matrix["cells"] if (c["region"], c["kind"]) == ("KZ-79", "police"))
    assert cell["status"] == "to_verify" and matrix["counts"]["to_verify"] == 1
    assert [k["open_discrepancies"] for k in matrix["to_verify"]] == [2]
    assert all(r["region"] != "KZ-79" or r["kind"] != "police" for r in matrix["reminders"])
    code, out, _ = kzth(desk, capsys, "completeness", "--year", str(YEAR))
    assert code == 0

    # resolved one by one against the paper
    code, out, _ = kzth(desk, capsys, "paper", "resolve", "--year", str(YEAR), "--office",
                        str(office), "--field", count, "--value", str(paper[count]),
                        "--keyer", "Жанар")
    assert code == 0 and "Не разрешено: 1" in out
    code, out, _ = kzth(desk, capsys, "aggregate", "--year", str(YEAR), "--json")
    assert json.loads(out)["submissions"] == 0  # one difference left
    code, out, _ = kzth(desk, capsys, "paper", "resolve", "--year", str(YEAR), "--office",
                        str(office), "--field", text, "--value", paper[text], "--keyer", "Жанар")
    assert code == 0 and "введено с бумажного бланка" in out

    # a submission now: every total equals the paper form
    code, out, _ = kzth(desk, capsys, "aggregate", "--year", str(YEAR), "--json")
    agg = json.loads(out)
    assert agg["submissions"] == 1
    numeric = [f.id for f in ANNEX.fields_for_kinds(list(kinds))
               if f.type in (FieldType.COUNT, FieldType.MONEY)
               and isinstance(paper[f.id], int | float)]  # the others: "no data"
    assert numeric and all(agg["fields"][fid]["total"] == paper[fid] for fid in numeric)
    assert agg["fields"][count]["by_region"] == {"KZ-79": paper[count]}

    code, out, _ = kzth(desk, capsys, "submissions", "--json")
    (held,) = json.loads(out)["submissions"]
    assert (held["source"], held["keyers"], held["fingerprint"]) == (
        "paper", ["Айгүл", "Ержан"], "")
    audit = held["audit_summary"]
    assert [k["keyer"] for k in audit["keyings"]] == ["Айгүл", "Ержан"]
    assert all(k["keyed_at"] for k in audit["keyings"])
    assert {r["field"]: (r["value"], r["keyer"]) for r in audit["resolutions"]} == {
        count: (paper[count], "Жанар"), text: (paper[text], "Жанар")}
    code, out, _ = kzth(desk, capsys, "submissions")
    assert "введено с бумажного бланка: Айгүл, Ержан" in out

    code, out, _ = kzth(desk, capsys, "completeness", "--year", str(YEAR), "--json")
    (summary,) = json.loads(out)["submissions"]
    assert (summary["source"], summary["keyers"]) == ("paper", ["Айгүл", "Ержан"])
    assert json.loads(out)["to_verify"] == []

    # the workbook: the submissions sheet and the completeness sheet say where it came from
    from openpyxl import load_workbook

    from kzth_desktop.reports.workbook import SHEETS

    book = tmp_path / "book.xlsx"
    code, _, _ = kzth(desk, capsys, "report", "xlsx", "--years", str(YEAR), "--out", str(book))
    assert code == 0
    wb = load_workbook(book)
    sheet = wb[SHEETS["submissions"].ru]
    head = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert row[head.index("Источник")] == "введено с бумажного бланка"
    assert row[head.index("Операторы ввода")] == "Айгүл, Ержан"
    matrix_sheet = wb[SHEETS["completeness"].ru.format(year=YEAR)]
    comments = [c.comment.text for r in matrix_sheet.iter_rows() for c in r if c.comment]
    assert any("введено с бумажного бланка" in t for t in comments)


# --- refusals, each with its reason ---------------------------------------------------------------


def keyed_twice(ws: Workspace) -> tuple[PaperService, int, dict[str, Any], str]:
    service = PaperService(ws, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds, user="test")
    paper = sample_answers(ANNEX, POLICE.kinds)
    count = free_counts(POLICE.kinds)[0]
    service.enter(YEAR, office.id, paper, "Айгүл")
    service.enter(YEAR, office.id, {**paper, count: paper[count] + 1}, "Ержан")
    return service, office.id, paper, count


def refused(code: ErrorCode, call: Any) -> ServiceError:
    with pytest.raises(ServiceError) as exc:
        call()
    assert exc.value.code is code, exc.value.message("ru")
    for lang in ("kk", "ru"):
        assert exc.value.message(lang)
    return exc.value


def test_unknown_office_is_refused(desk: Workspace) -> None:
    service = PaperService(desk, ANNEX)
    err = refused(ErrorCode.PAPER_OFFICE_NOT_FOUND,
                  lambda: service.enter(YEAR, 42, {}, "Айгүл"))
    assert "№42" in err.message("ru") and "№42" in err.message("kk")
    refused(ErrorCode.PAPER_OFFICE_NOT_FOUND, lambda: service.discrepancies(YEAR, 42))


def test_unknown_field_is_refused_naming_it(desk: Workspace) -> None:
    service, office, paper, _ = keyed_twice(desk)
    err = refused(ErrorCode.PAPER_FIELD_UNKNOWN,
                  lambda: service.resolve(YEAR, office, "b99.q1.1", 1, "Жанар"))
    assert "b99.q1.1" in err.message("kk")
    # in a keying, an unknown field is one of the answers' problems, with its id
    other = service.register_office("Басқа", "Другая", "KZ-10", ("police",))
    with pytest.raises(AnswersError) as exc:
        service.enter(YEAR, other.id, {**paper, "b99.q1.1": 1}, "Айгүл")
    assert "b99.q1.1" in exc.value.field_ids


def test_bad_value_is_refused_naming_the_field(desk: Workspace) -> None:
    service, office, paper, count = keyed_twice(desk)
    with pytest.raises(AnswersError) as exc:
        service.resolve(YEAR, office, count, -3, "Жанар")
    assert exc.value.field_ids == (count,)
    assert "отрицательным" in exc.value.details("ru")[0]
    assert exc.value.details("kk")[0].startswith(count)
    other = service.register_office("Басқа", "Другая", "KZ-10", ("police",))
    with pytest.raises(AnswersError) as exc:  # a keying: the same checks as a bundle's
        service.enter(YEAR, other.id, {**paper, count: "много"}, "Айгүл")
    assert count in exc.value.field_ids
    with pytest.raises(AnswersError) as exc:  # "no data" needs its reason (rule 9)
        service.enter(YEAR, other.id, {**paper, count: {"no_data": " "}}, "Айгүл")
    assert count in exc.value.field_ids
    assert service.forms(YEAR)[0].office.id == office  # nothing stored for the other office


def test_same_keyer_is_refused(desk: Workspace) -> None:
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    paper = sample_answers(ANNEX, POLICE.kinds)
    service.enter(YEAR, office.id, paper, "Айгүл Серікова")
    err = refused(ErrorCode.PAPER_SAME_KEYER,
                  lambda: service.enter(YEAR, office.id, paper, "  айгүл   серікова"))
    assert "другой оператор" in err.message("ru") and "басқа оператор" in err.message("kk")
    assert len(service.form(YEAR, office.id).keyings) == 1
    refused(ErrorCode.PAPER_KEYER_REQUIRED, lambda: service.enter(YEAR, office.id, paper, " "))


def test_resolving_a_field_that_is_not_a_discrepancy_is_refused(desk: Workspace) -> None:
    service, office, paper, count = keyed_twice(desk)
    agreed = text_field(POLICE.kinds)
    err = refused(ErrorCode.PAPER_NOT_A_DISCREPANCY,
                  lambda: service.resolve(YEAR, office, agreed, "x", "Жанар"))
    assert agreed in err.message("ru")
    assert [d.field_id for d in service.discrepancies(YEAR, office).open] == [count]


def test_a_third_keying_is_refused(desk: Workspace) -> None:
    service, office, paper, _ = keyed_twice(desk)
    err = refused(ErrorCode.PAPER_KEYED_ENOUGH,
                  lambda: service.enter(YEAR, office, paper, "Үшінші"))
    assert "третий ввод" in err.message("ru")
    assert len(service.form(YEAR, office).keyings) == 2


def test_resolving_before_the_second_keying_and_other_states(desk: Workspace) -> None:
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    paper = sample_answers(ANNEX, POLICE.kinds)
    count = free_counts(POLICE.kinds)[0]
    refused(ErrorCode.PAPER_FORM_NOT_FOUND, lambda: service.discrepancies(YEAR, office.id))
    service.enter(YEAR, office.id, paper, "Айгүл")
    refused(ErrorCode.PAPER_NOT_KEYED_TWICE,
            lambda: service.resolve(YEAR, office.id, count, 1, "Жанар"))
    refused(ErrorCode.PAPER_MODE_DIFFERS,
            lambda: service.enter(YEAR, office.id, paper, "Ержан", single=True))
    refused(ErrorCode.PAPER_YEAR_DIFFERS, lambda: service.enter_file(
        YEAR, office.id, {"reporting_year": YEAR - 1, "answers": paper}, "Ержан"))
    refused(ErrorCode.PAPER_OFFICE_KINDS, lambda: service.register_office(
        POLICE.name_kk, POLICE.name_ru, POLICE.region, ("ngo",)))
    made = service.enter(YEAR, office.id, paper, "Ержан")  # no difference: verified at once
    assert made.submitted and made.form.state == "submitted"
    refused(ErrorCode.PAPER_SUBMITTED, lambda: service.enter(YEAR, office.id, paper, "Үшінші"))


def test_the_last_resolution_checks_the_whole_form(desk: Workspace) -> None:
    """Two keyings each consistent may mix into a form that is not (rule: trained abroad ≤
    trained): the last resolution is refused, nothing of it kept, until the form holds."""
    trained, abroad = "b1.q8.trained", "b1.q8.abroad"
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    paper = sample_answers(ANNEX, POLICE.kinds)
    assert (paper[trained], paper[abroad]) == (6, 2)
    service.enter(YEAR, office.id, paper, "Айгүл")
    service.enter(YEAR, office.id, {**paper, trained: 1, abroad: 1}, "Ержан")
    service.resolve(YEAR, office.id, trained, 1, "Жанар")
    with pytest.raises(AnswersError) as exc:  # 2 abroad of 1 trained
        service.resolve(YEAR, office.id, abroad, 2, "Жанар")
    assert abroad in exc.value.field_ids or trained in exc.value.field_ids
    state = service.discrepancies(YEAR, office.id)
    assert [d.field_id for d in state.open] == [abroad] and state.submission_id is None
    assert service.resolve(YEAR, office.id, abroad, 1, "Жанар").state == "submitted"


# --- single keying, bundles and paper ------------------------------------------------------------


def test_single_keying_where_the_ministry_decides_so(desk: Workspace) -> None:
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    made = service.enter(YEAR, office.id, sample_answers(ANNEX, POLICE.kinds), "Айгүл",
                         single=True)
    assert made.submitted and made.form.mode == "single"
    (held,) = CoordinationService(desk, ANNEX).submissions(YEAR)
    assert (held.source, held.keyers, held.audit_summary["mode"]) == ("paper", ("Айгүл",),
                                                                       "single")


def test_a_later_bundle_supersedes_the_paper_submission(desk: Workspace, tmp_path: Path) -> None:
    coordinator = CoordinationService(desk, ANNEX)
    request = coordinator.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    paper = sample_answers(ANNEX, POLICE.kinds)
    count = free_counts(POLICE.kinds)[0]
    service.enter(YEAR, office.id, {**paper, count: 99}, "Айгүл", single=True)
    desk_view = Desk.from_workspace(desk, ANNEX)
    assert desk_view.aggregate_year(YEAR).numeric[count].total == 99

    ws = Workspace.create(tmp_path / "police", "respondent", POLICE, annex=ANNEX, passphrase=PW)
    try:
        ex = ExchangeService(ws, ANNEX)
        ex.import_request(request)
        RespondentService(ws, ANNEX).import_answers({"reporting_year": YEAR, "answers": paper})
        coordinator.add_signer(ex.registration(PW), passphrase=PW)
        bundle = ex.export_bundle(YEAR, tmp_path / "out", PW).path
    finally:
        ws.close()
    (outcome,) = coordinator.import_paths([bundle], PW).outcomes
    assert outcome.result is ImportResult.SUPERSEDED and outcome.replaced_version == 1
    held = coordinator.submissions(YEAR, include_superseded=True)
    assert sorted((h.source, h.status) for h in held) == [("bundle", "current"),
                                                          ("paper", "superseded")]
    assert Desk.from_workspace(desk, ANNEX).aggregate_year(YEAR).numeric[count].total \
        == paper[count]
    # a paper form never replaces the office's signed answer silently
    err = refused(ErrorCode.PAPER_BUNDLE_HELD,
                  lambda: service.enter(YEAR + 1 - 1, office.id, paper, "Ержан",
                                        single=False))
    assert "электронный ответ" in err.message("ru")


# --- issue 19: a paper submission is withdrawn by its number or office, printed with its keyers --


def _paper_submission(desk: Workspace) -> tuple[int, Any]:
    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    service.enter(YEAR, office.id, sample_answers(ANNEX, POLICE.kinds), "Айгүл", single=True)
    (held,) = CoordinationService(desk, ANNEX).submissions(YEAR)
    return office.id, held


def test_a_paper_submission_is_withdrawn_by_its_number(desk: Workspace) -> None:
    _, held = _paper_submission(desk)
    coordinator = CoordinationService(desk, ANNEX)
    with pytest.raises(ServiceError) as exc:  # it has no key to name it by
        coordinator.withdraw_submission(YEAR, held.signer_fingerprint, "keyed twice")
    assert exc.value.code is ErrorCode.SIGNER_NOT_FOUND
    done = coordinator.withdraw_held(held.id, "keyed from the wrong paper", user="admin")
    assert (done.withdrawn.status, done.withdrawn.source) == ("withdrawn", "paper")
    assert done.withdrawn.withdrawn_reason == "keyed from the wrong paper"
    assert coordinator.submissions(YEAR) == []
    assert Desk.from_workspace(desk, ANNEX).completeness(YEAR).status(
        "KZ-79", "police").value == "missing"
    with pytest.raises(ServiceError) as again:  # no longer current
        coordinator.withdraw_held(held.id, "again")
    assert again.value.code is ErrorCode.HELD_NOT_CURRENT
    assert "№" in again.value.message("kk") and "№" in again.value.message("ru")


def test_the_cli_withdraws_a_paper_submission_by_office_or_number(
        desk: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    office_id, held = _paper_submission(desk)
    code, _, err = kzth(desk, capsys, "submissions", "withdraw", "--office", str(office_id),
                        "--reason", "без года")
    assert code == 2 and "--year" in err
    code, out, _ = kzth(desk, capsys, "submissions", "withdraw", "--year", str(YEAR),
                        "--office", str(office_id), "--reason", "неверный бланк", "--json")
    assert code == 0, out
    got = json.loads(out)["withdrawn"]
    assert (got["id"], got["status"], got["source"]) == (held.id, "withdrawn", "paper")
    code, out, err = kzth(desk, capsys, "submissions", "withdraw", "--submission",
                          str(held.id), "--reason", "ещё раз", "--lang", "ru")
    assert code != 0 and "не текущие" in out + err
    code, out, err = kzth(desk, capsys, "submissions", "withdraw", "--year", str(YEAR),
                          "--office", "999", "--reason", "нет такой", "--lang", "ru")
    assert code != 0 and "№999" in out + err


def test_the_cli_still_withdraws_by_signer_and_needs_one_of_them(
        desk: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):  # --signer, --office or --submission
        kzth(desk, capsys, "submissions", "withdraw", "--year", str(YEAR), "--reason", "x")
    code, out, err = kzth(desk, capsys, "submissions", "withdraw", "--year", str(YEAR),
                          "--signer", "ABCD EFGH", "--reason", "x", "--lang", "ru")
    assert code != 0 and "ABCD EFGH" in out + err


def test_the_printed_copy_of_a_paper_submission_names_its_operators(desk: Workspace) -> None:
    import pypdfium2 as pdfium

    from kzth_desktop.services import printing

    service = PaperService(desk, ANNEX)
    office = service.register_office(POLICE.name_kk, POLICE.name_ru, POLICE.region,
                                     POLICE.kinds)
    answers = sample_answers(ANNEX, POLICE.kinds)
    service.enter(YEAR, office.id, answers, "Айгүл")
    service.enter(YEAR, office.id, answers, "Бауыржан")
    (held,) = CoordinationService(desk, ANNEX).submissions(YEAR)
    for lang, said in (("ru", "введено с бумажного бланка (операторы: Айгүл, Бауыржан)"),
                       ("kk", "қағаз нұсқадан енгізілді (операторлар: Айгүл, Бауыржан)")):
        pdf = pdfium.PdfDocument(printing.held_copy(ANNEX, held, lang))
        first = " ".join(pdf[0].get_textpage().get_text_range().split())
        pdf.close()
        assert said in first, first[:600]
        assert ("Отпечаток ключа" if lang == "ru" else "саусақ ізі") not in first
