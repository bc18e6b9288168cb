"""The report's parts added by issue 19 (point 9), read back with PDFium: a section written in
the other language only is said so and printed marked; the one-page summary with its figures;
the approval block; a long respondent's answer moved to the appendix with a reference left in
the body; the warnings of what a report would miss (service and CLI)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.cli.common import LANG_ENV
from kzth_desktop.reports.assessment import LONG_QUOTE, WORDS
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services.assessment import AssessmentService, ReportGapCode
from kzth_desktop.services.desk import Desk

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import campaign  # noqa: E402

ANNEX = load_default_annex()
YEARS = [2024, 2025]
LONG = ("Адамдарды шетелге жұмысқа шақыратын жарнамалар әлеуметтік желілерде жиі кездеседі, "
        "олардың көбі тіркелмеген делдалдар арқылы таратылады. ") * 6 + "СОҢЫ-ҰЗЫН-ЖАУАП"
RU_CONCLUSION = "Основной риск — трудовая эксплуатация мигрантов в сельском хозяйстве."


def norm(text: str) -> str:
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [norm(page.get_textpage().get_text_range()) for page in pdf]
    finally:
        pdf.close()


def _records() -> list:
    records = campaign(ANNEX)
    first = next(r for r in records if r.year == 2025 and "akimat" in r.kinds)
    long_one = dataclasses.replace(first, answers={**first.answers, "b1.q10.1": LONG})
    return [long_one if r is first else r for r in records]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    root = tmp_path_factory.mktemp("parts")
    ws = Workspace.create(root / "ws", "coordinator",
                          OrgProfile("Үйлестіруші орган", "Координирующий орган"), annex=ANNEX)
    svc = AssessmentService(ws, ANNEX, Desk(ANNEX, _records()))
    svc.add_expert("Иванов", "МВД", "member")
    svc.set_score(YEARS, "Иванов", "b1.q1.1", "KZ", 4, 4)
    # typed in the Russian interface only: no Kazakh text of these sections
    svc.set_text(YEARS, "conclusions", "ru", f"<p>{RU_CONCLUSION}</p><p>Второй вывод.</p>")
    svc.set_text(YEARS, "analysis:2", "ru", "Характер рисков: TODO дописать")
    svc.set_text(YEARS, "analysis:1", "kk", "Негізгі көз — заңнамадағы олқылықтар.")
    svc.set_approval(YEARS, "Сейтова Ә. Қ.", "Сараптама тобының жетекшісі",
                     dt.date(2026, 3, 15))
    out: dict[str, object] = {
        "kk": svc.report(YEARS, "kk", "published"),
        "ru": svc.report(YEARS, "ru", "published"),
        "gaps_kk": svc.report_gaps(YEARS, "kk"),
        "ws": root / "ws",
    }
    ws.close()
    yield out


def test_a_kk_report_of_ru_only_texts_says_so_and_prints_them_marked(made) -> None:
    text = " ".join(page_texts(made["kk"]))
    note = norm(WORDS["other_lang_only"].get("kk").format(other="орыс тілінде"))
    assert note in text
    at = text.rindex(RU_CONCLUSION)  # in the conclusions part (the summary quotes it first)
    assert note in text[at - 200:at]
    assert norm(WORDS["other_lang_end"].get("kk").format(other="орыс тілінде")) in \
        text[at:at + 200]
    # the Russian report prints its own text, with no such note
    ru = " ".join(page_texts(made["ru"]))
    assert RU_CONCLUSION in ru
    assert "только на казахском" not in ru.split(WORDS["contents"].get("ru"))[0]
    # a kk-only section in the Russian report: the Kazakh text, marked
    assert norm(WORDS["other_lang_only"].get("ru").format(other="на казахском языке")) in ru
    assert "Негізгі көз — заңнамадағы олқылықтар." in ru


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_summary_page_has_the_figures(made, lang: str) -> None:
    pages = page_texts(made[lang])
    summary = pages[2]
    assert summary.count(norm(WORDS["summary"].get(lang))) >= 1
    assert norm(WORDS["summary_period"].get(lang).format(period="2024–2025", count=2)) \
        in summary
    # respondents expected by default: every region × the regional kinds; 1 in 2024, 3 in 2025
    assert norm(WORDS["summary_reporting"].get(lang)) in summary
    expected = {y: n for y, n in _expected_counts().items()}
    assert f"2024 {expected[2024]} 1 " in summary
    assert f"2025 {expected[2025]} 3 " in summary
    high = {"kk": "Жоғары", "ru": "Высокий"}[lang]
    name = ANNEX.field("b1.q1.1").text.get(lang)
    assert f"1 {norm(name)[:30]}" in summary and high in summary
    assert norm(WORDS["summary_conclusions"].get(lang)) in summary
    assert RU_CONCLUSION in summary  # the kk summary marks it as written in Russian
    # the summary is in the contents, which come after it
    assert norm(WORDS["contents"].get(lang)) in pages[3]


def _expected_counts() -> dict[int, int]:
    from kzth_desktop.analysis.records import default_expected

    n = len(default_expected(ANNEX))
    return {2024: n, 2025: n}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_approval_block_on_the_title_page(made, lang: str) -> None:
    title = page_texts(made[lang])[1]
    assert norm(WORDS["approve"].get(lang)) in title
    assert "Сараптама тобының жетекшісі" in title
    assert "Сейтова Ә. Қ." in title and "15.03.2026" in title
    assert norm(WORDS["signature"].get(lang)) in title


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_long_answer_is_in_the_appendix_and_the_body_refers_to_it(made, lang: str) -> None:
    assert len(LONG) > LONG_QUOTE
    pages = page_texts(made[lang])
    head = norm(WORDS["appendix"].get(lang))
    start = max(i for i, p in enumerate(pages) if head in p)
    body, appendix = " ".join(pages[:start]), " ".join(pages[start:])
    assert "СОҢЫ-ҰЗЫН-ЖАУАП" in appendix and "СОҢЫ-ҰЗЫН-ЖАУАП" not in body
    ref = norm(WORDS["see_appendix"].get(lang).format(n=1))
    assert ref in body
    assert LONG[:40] in body  # its opening stays where it was quoted
    assert "А.1. " in appendix


def test_the_gaps_of_a_kk_report(made) -> None:
    gaps = made["gaps_kk"]
    codes = [(g.code, g.section) for g in gaps]
    assert (ReportGapCode.OTHER_LANGUAGE_ONLY, "conclusions") in codes
    assert (ReportGapCode.NO_TEXT, "recommendations") in codes
    assert (ReportGapCode.PLACEHOLDER, "analysis:2") in codes
    assert (ReportGapCode.NO_TRANSMITTAL_NUMBER, "") in codes
    assert (ReportGapCode.NO_APPROVAL, "") not in codes  # it was entered
    unscored = [g for g in gaps if g.code is ReportGapCode.NOT_SCORED]
    assert unscored and "b1.q1.1" not in {g.detail for g in unscored}
    msg = next(g for g in gaps if g.section == "conclusions").message("kk")
    assert "орыс тілінде" in msg
    assert "на русском языке" in next(
        g for g in gaps if g.section == "conclusions").message("ru")


def test_cli_warns_on_stderr_and_writes_the_report(made, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANG_ENV, "ru")
    base = ["--workspace", str(made["ws"])]
    assert main([*base, "assessment", "approval", "--years", "2024-2025", "--name",
                 "Сейтова Ә. Қ.", "--position", "Руководитель", "--date", "2026-03-16",
                 "--lang", "ru"]) == 0
    assert "Гриф утверждения сохранен" in capsys.readouterr().out
    assert main([*base, "assessment", "approval", "--years", "2024-2025", "--json"]) == 0
    assert '"position": "Руководитель"' in capsys.readouterr().out
    out = tmp_path / "kk.pdf"
    assert main([*base, "report", "assessment", "--years", "2024-2025", "--lang", "kk",
                 "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.read_bytes().startswith(b"%PDF")
    assert "kk.pdf" in captured.out
    err = captured.err
    assert "Выводы" in err or "выводы" in err.lower()
    assert "только на русском языке" in err
    assert "исходящий номер" in err
    assert err.count("\n") >= 3
