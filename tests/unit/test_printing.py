"""Questionnaire copies read back: every annex text of a kind's blocks, the answers, the font."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kzth_desktop import cli
from kzth_desktop.annex import Annex, FieldType, LocalizedText, load_default_annex
from kzth_desktop.exchange.crypto import display_fingerprint
from kzth_desktop.exchange.formats import OrgInfo
from kzth_desktop.paths import resource
from kzth_desktop.reports import fonts
from kzth_desktop.reports.questionnaire import languages
from kzth_desktop.services import (
    ErrorCode,
    OrgProfile,
    RespondentService,
    ServiceError,
    Workspace,
)
from kzth_desktop.services.coordination import HeldSubmission
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.printing import (
    blank_copy,
    filled_copy,
    held_copy,
    submission_copy,
    write_pdf,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from pdf_fonts import pdf_fonts  # noqa: E402
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()


def page_texts(data: bytes) -> list[str]:
    """The text of each page as PDFium extracts it, whitespace normalised."""
    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for page in pdf:
            text = page.get_textpage().get_text_range()
            out.append(norm(text))
        return out
    finally:
        pdf.close()


def norm(text: str) -> str:
    return " ".join(text.split())


def annex_texts(annex: Annex, kind_ids: list[str], langs: tuple[str, ...]) -> list[str]:
    """Every questionnaire text a copy for these kinds must show, in these languages."""
    texts: list[LocalizedText] = [annex.title, annex.caption, *annex.columns]
    for b in annex.blocks_for_kinds(kind_ids):
        if b.title is not None:
            texts.append(b.title)
        texts += b.addressees
        for q in b.questions:
            texts += [t for t in (q.text, q.note, q.note_label) if t is not None]
            for f in q.fields:
                texts += [t for t in (f.text, f.hint, f.group) if t is not None]
                for d in f.dimensions:
                    texts += [d.label] + ([d.group] if d.group else [])
    return [norm(t.get(lang)) for t in texts for lang in langs]


def legend_texts(annex: Annex, kind_ids: list[str], langs: tuple[str, ...]) -> list[str]:
    out = []
    for f in annex.fields_for_kinds(kind_ids):
        for d in f.dimensions:
            if d.categories.id != "country":
                out += [norm(c.label.get(lang)) for c in d.categories.categories
                        for lang in langs]
    return out


# --- the font ---------------------------------------------------------------------------------


def test_font_is_shipped_with_its_licence_and_has_every_kazakh_letter():
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC):
        assert fonts.font_file(name).is_file()
        assert fonts.missing_glyphs(fonts.KAZAKH_LETTERS + "☐☒№«»—", name) == ""
    licence = resource("fonts", fonts.LICENCE_FILE).read_text(encoding="utf-8")
    assert "Bitstream Vera" in licence and "DejaVu changes are in public domain" in licence


def test_pdf_embeds_the_font_and_its_kazakh_letters_read_back():
    data = blank_copy(ANNEX, ["akimat"], "kk")
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # TrueType embedded (a subset)
    # no font left to the reader's machine (tables once referred to a bare Helvetica)
    embedded = pdf_fonts(data)
    assert "AAAAAA+DejaVuSans" in embedded and all(embedded.values()), embedded
    assert b"DejaVuSans" in data
    # every Kazakh letter, small and capital, is drawn and reads back
    letters = fonts.KAZAKH_LETTERS
    profile = OrgProfile(name_kk=f"Ұйым {letters}", name_ru="Организация", region="KZ-10",
                         kinds=("ngo",))
    text = " ".join(page_texts(submission_copy(ANNEX, profile, 2025, {}, "kk", version=1)))
    assert f"Ұйым {letters}" in text


# --- blank copies ------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "lang"), [
    ("akimat", "kk"), ("police", "ru"), ("ngo", "both"), ("labour_inspection", "kk"),
    ("health_ministry", "ru"), ("foreign_mission", "both"),
])
def test_blank_copy_holds_every_question_and_field_text(kind, lang):
    langs = languages(lang)
    data = blank_copy(ANNEX, [kind], lang)
    text = " ".join(page_texts(data))
    missing = [t for t in annex_texts(ANNEX, [kind], langs) if t not in text]
    assert missing == []
    missing = [t for t in legend_texts(ANNEX, [kind], langs) if t not in text]
    assert missing == []
    for other in {"kk", "ru"} - set(langs):  # and the other language is not printed
        assert norm(ANNEX.title.get(other)) not in text


def test_blank_copy_for_every_kind_in_every_language():
    for kind in ANNEX.kinds:
        for lang in ("kk", "ru", "both"):
            data = blank_copy(ANNEX, [kind.id], lang)
            pages = page_texts(data)
            assert pages, (kind.id, lang)
            # block by block in annex order, each block's first question on its pages
            text = " ".join(pages)
            for b in ANNEX.blocks_for_kinds([kind.id]):
                first = b.questions[0]
                shown = first.text or first.fields[0].text
                assert norm(shown.get(languages(lang)[0])) in text, (kind.id, lang, b.id)


def outside_margins(data: bytes, margin: float = 5 * 72 / 25.4) -> list[tuple[int, str]]:
    """The characters drawn less than ``margin`` (5 mm) from a page's edge, or beyond it."""
    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        for n, page in enumerate(pdf, start=1):
            width, height = page.get_size()
            text = page.get_textpage()
            for i in range(text.count_chars()):
                char = text.get_text_range(i, 1)
                if char.isspace():
                    continue
                left, bottom, right, top = text.get_charbox(i)
                if (left < margin or bottom < margin or right > width - margin
                        or top > height - margin):
                    out.append((n, char))
    finally:
        pdf.close()
    return out


@pytest.mark.parametrize(("kind", "lang"), [
    ("akimat", "kk"), ("ngo", "both"), ("labour_inspection", "both"), ("education_ssp", "ru"),
])
def test_no_text_outside_the_page(kind, lang):
    assert outside_margins(blank_copy(ANNEX, [kind], lang)) == []


def test_blank_copy_has_lines_to_fill_page_numbers_and_signature():
    pages = page_texts(blank_copy(ANNEX, ["police"], "ru"))
    first = pages[0]
    for label in ("Наименование организации:", "Регион:", "Отчетный год:",
                  "Исполнитель (Ф.И.О., телефон):", "пункт 9 Правил"):
        assert label in first
    assert norm(ANNEX.kind("police").name.ru) in first
    n = len(pages)
    assert all(f"Стр. {i} из {n}" in p for i, p in enumerate(pages, start=1))
    assert "Руководитель организации:" in pages[-1] and "(подпись)" in pages[-1]
    # a blank victims table: the category names as a legend, countries by code or name
    text = " ".join(pages)
    assert "код страны по ISO 3166-1" in text
    assert "Узбекистан" not in text  # no list of 250 countries


def test_blank_copy_of_several_kinds_and_refusals():
    text = " ".join(page_texts(blank_copy(ANNEX, ["labour_inspection", "ngo"], "ru")))
    assert norm(ANNEX.block("b4").addressees[0].ru) in text
    assert norm(ANNEX.block("b16").addressees[0].ru) in text
    with pytest.raises(ServiceError) as err:
        blank_copy(ANNEX, ["nope"], "ru")
    assert err.value.code is ErrorCode.UNKNOWN_KIND
    with pytest.raises(ValueError):
        blank_copy(ANNEX, ["ngo"], "en")


# --- filled copies -----------------------------------------------------------------------------


@pytest.fixture()
def police_ws(tmp_path):
    profile = OrgProfile(name_kk="Полиция департаменті", name_ru="Департамент полиции",
                         region="KZ-75", kinds=("police",), contact_person="Ахметова Ә.",
                         phone="+7 700 000 00 00")
    ws = Workspace.create(tmp_path / "ws", "respondent", profile, annex=ANNEX)
    service = RespondentService(ws, ANNEX)
    service.add_campaign(2025)
    answers = sample_answers(ANNEX, ["police"])
    answers["b1.q10.1"] = "Проблема с обменом данными между ведомствами"
    answers["b2.q7.confiscated"] = 1500000.0
    answers["b2.q6.reasons"] = {"no_data": "статистика ведётся в прокуратуре"}
    del answers["b2.q13.minors"]
    service.import_answers({"reporting_year": 2025, "answers": answers})
    yield ws, answers
    ws.close()


def test_filled_copy_holds_the_answers_no_data_reasons_and_the_head_lines(police_ws):
    ws, answers = police_ws
    data = filled_copy(ws, ANNEX, 2025, "ru", fingerprint="AB12 CD34 EF56",
                       printed_on=dt.date(2026, 1, 15))
    assert all(pdf_fonts(data).values())  # the filled copy's tables embed their font too
    pages = page_texts(data)
    text = " ".join(pages)
    for label, value in [("Наименование организации:", "Департамент полиции"),
                         ("Регион:", "KZ-75"), ("Отчетный год:", "2025"),
                         ("Версия ответов:", "1"), ("Состояние:", "черновик"),
                         ("Отпечаток ключа файла:", "AB12 CD34 EF56"),
                         ("Дата печати:", "15.01.2026")]:
        assert f"{label} {value}" in text
    assert "Ахметова Ә., +7 700 000 00 00" in text
    fields = ANNEX.fields_for_kinds(["police"])
    complete = len(fields) - 1  # b2.q13.minors left out
    assert f"({complete} из {len(fields)} полей)" in text
    for fid, value in answers.items():
        f = ANNEX.field(fid)
        if isinstance(value, dict) and "no_data" in value:
            assert f"Причина: {norm(value['no_data'])}" in text, fid
        elif f.type is FieldType.TEXT:
            assert norm(value) in text, fid
        elif f.type is FieldType.LIST:
            for i, item in enumerate(value, start=1):
                assert f"{i}. {norm(item)}" in text, fid
        elif f.type is FieldType.YES_NO and value["answer"] == "yes":
            assert norm(value["details"]) in text, fid
    assert "Проблема с обменом данными между ведомствами" in text
    assert "1 500 000,00 тенге" in text
    assert "Причина: статистика ведётся в прокуратуре" in text
    assert "— ответ не дан —" in text
    assert "01.01.2025 — 31.12.2025" in text
    # a victims row with the category names, and its total
    victims = ANNEX.field("b2.q8.victims")
    first = " ".join(norm(d.categories.categories[0].label.ru) for d in victims.dimensions)
    assert f"1 {first} 3" in text
    assert "Руководитель организации:" in pages[-1]


def test_filled_copy_in_kazakh_and_both(police_ws):
    ws, _ = police_ws
    kk = " ".join(page_texts(filled_copy(ws, ANNEX, 2025, "kk")))
    assert "Ұйымның атауы: Полиция департаменті" in kk
    assert "Файл кілтінің саусақ ізі: —" in kk  # no key yet
    assert "Себебі: статистика ведётся в прокуратуре" in kk
    both = " ".join(page_texts(filled_copy(ws, ANNEX, 2025, "both")))
    assert "Полиция департаменті / Департамент полиции" in both
    assert norm(ANNEX.question("b2.q13").text.kk) in both
    assert norm(ANNEX.question("b2.q13").text.ru) in both


def test_filled_copy_bundle_version_and_missing_year(police_ws):
    ws, _ = police_ws
    text = " ".join(page_texts(filled_copy(ws, ANNEX, 2025, "ru", bundle_version=3)))
    assert "Версия ответов: 3" in text
    with pytest.raises(ServiceError) as err:
        filled_copy(ws, ANNEX, 2024, "ru")
    assert err.value.code is ErrorCode.NO_CAMPAIGN


def test_filled_copy_shows_the_workspace_key_fingerprint(police_ws):
    ws, _ = police_ws
    key = KeyService(ws).create_keys("a long enough passphrase")[0]
    shown = KeyService(ws).key("signing").display
    assert len(shown.split()) == 8 and key
    text = " ".join(page_texts(filled_copy(ws, ANNEX, 2025, "ru")))
    assert f"Отпечаток ключа файла: {shown}" in text


def test_held_copy_of_an_imported_submission():
    held = HeldSubmission(
        id=1, signer_fingerprint="ab" * 32,
        organisation=OrgInfo(name_kk="ҮЕҰ «Сенім»", name_ru="НКО «Сеним»", region="KZ-75",
                             kinds=("ngo",)),
        reporting_year=2025, version=4, status="current", annex_version=ANNEX.version.id,
        created_at=dt.datetime(2026, 1, 10, tzinfo=dt.UTC),
        imported_at=dt.datetime(2026, 1, 11, tzinfo=dt.UTC), superseded_at=None,
        answers={"b16.q4.1": "Канал через Шымкент"}, audit_summary={}, file_sha256="0" * 64,
    )
    text = " ".join(page_texts(held_copy(ANNEX, held, "ru")))
    assert "Наименование организации: НКО «Сеним»" in text
    assert "Версия ответов: 4" in text
    assert f"Отпечаток ключа файла: {display_fingerprint('ab' * 32)}" in text
    assert "Канал через Шымкент" in text


def test_long_victims_table_flows_onto_further_pages_with_its_header():
    field = ANNEX.field("b3.q1.victims")
    cats = {d.id: d.categories.categories for d in field.dimensions}
    rows = [{d: cs[n % len(cs)].id for d, cs in cats.items()} | {"count": 1 + n % 4}
            for n in range(120)]
    profile = OrgProfile(name_kk="Әкімдік", name_ru="Акимат", region="KZ-10", kinds=("akimat",))
    data = submission_copy(ANNEX, profile, 2025, {field.id: {"rows": rows}}, "ru", version=2)
    pages = page_texts(data)
    assert outside_margins(data) == []
    header = norm(field.dimension("family_status").label.ru)
    with_header = [i for i, p in enumerate(pages) if header in p and "Число лиц" in p]
    assert len(with_header) >= 2
    text = " ".join(pages)
    total = sum(r["count"] for r in rows)
    assert f"Итого {total}" in text
    # every row is printed, numbered, with its first two columns' category names
    age, country = field.dimensions[0].categories.categories, cats["citizenship"]
    for n in range(120):
        row = f"{n + 1} {norm(age[n % len(age)].label.ru)} {norm(country[n % len(country)].label.ru)}"
        assert row in text, row


# --- CLI ---------------------------------------------------------------------------------------


def test_cli_print_blank_and_filled(tmp_path, police_ws, capsys):
    ws, _ = police_ws
    out = tmp_path / "blank.pdf"
    assert cli.main(["print", "blank", "--kind", "ngo", "--lang", "both", "--out", str(out)]) == 0
    assert "Записано" in capsys.readouterr().out
    text = " ".join(page_texts(out.read_bytes()))
    assert norm(ANNEX.block("b16").addressees[0].kk) in text
    filled = tmp_path / "filled.pdf"
    folder = str(ws.folder)
    assert cli.main(["--workspace", folder, "print", "filled", "--year", "2025", "--lang", "kk",
                     "--out", str(filled)]) == 0
    assert "Полиция департаменті" in " ".join(page_texts(filled.read_bytes()))
    assert cli.main(["print", "blank", "--kind", "nope", "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "akimat" in err
    assert cli.main(["--workspace", folder, "print", "filled", "--year", "2024",
                     "--out", str(tmp_path / "y.pdf")]) == 1
    # a folder that does not exist is made (as for bundles); a file where the folder should
    # be is a refusal naming it (services/files.py)
    assert cli.main(["print", "blank", "--kind", "ngo", "--out",
                     str(tmp_path / "missing" / "z.pdf")]) == 0
    assert (tmp_path / "missing" / "z.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert cli.main(["print", "blank", "--kind", "ngo", "--out",
                     str(out / "z.pdf")]) == 1
    assert str(out) in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_write_pdf_replaces_whole_file(tmp_path):
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")
    write_pdf(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]
