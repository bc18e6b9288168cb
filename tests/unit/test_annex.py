"""The annex definition: complete, exact against the Rules' text, and refused when broken."""

from __future__ import annotations

import copy
import json

import pytest

from kzth_desktop.annex import AnnexDefinitionError, FieldType, load_default_annex
from kzth_desktop.annex.fidelity import check_fidelity
from kzth_desktop.annex.loader import build_annex
from kzth_desktop.cli import main
from kzth_desktop.paths import resource

QUESTIONS_PER_BLOCK = [10, 13, 1, 2, 1, 1, 2, 1, 2, 2, 6, 5, 1, 5, 3, 5]
KAZAKH_LETTERS = "әғқңөұүі"  # һ is a letter the annex itself never uses


@pytest.fixture(scope="module")
def annex():
    return load_default_annex()


@pytest.fixture(scope="module")
def raw():
    return json.loads(resource("annex", "annex.json").read_text(encoding="utf-8"))


def test_sixteen_blocks_sixty_questions(annex):
    assert [b.id for b in annex.blocks] == [f"b{n}" for n in range(1, 17)]
    assert [len(b.questions) for b in annex.blocks] == QUESTIONS_PER_BLOCK
    assert sum(len(b.questions) for b in annex.blocks) == 60


def test_version_stamp_names_the_order(annex):
    assert "№ 849" in annex.version.order.ru and "№ 410" in annex.version.order.ru
    assert "№ 849" in annex.version.order.kk and "№ 410" in annex.version.order.kk
    assert "2024" in annex.version.order.ru
    assert annex.version.registration_number == "35288"


def test_block_one_items_are_yes_no_with_describe(annex):
    q1 = annex.question("b1.q1")
    assert [f.type for f in q1.fields] == [FieldType.YES_NO] * 8 + [FieldType.TEXT]
    assert q1.fields[0].hint.ru == "Да/Нет (Если да, опишите)"
    assert q1.fields[0].hint.kk == "Иә / Жоқ (егер солай болса, сипаттаңыз)"
    assert q1.note_label.ru == "Примечание." and q1.note_label.kk == "Ескерту."
    assert q1.note.ru.startswith("Указываются возможные риски")
    assert [f.id for f in annex.question("b1.q4").fields] == ["b1.q4.1", "b1.q4.2", "b1.q4.3"]


def test_every_question_and_field_has_both_languages(annex):
    for b in annex.blocks:
        for q in b.questions:
            for f in q.fields:
                assert f.text.kk.strip() and f.text.ru.strip(), f.id
                assert f.id.startswith(q.id + ".")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_definition_is_verbatim_and_covers_the_whole_annex(annex, lang):
    rules = resource("rules", f"rules_{lang}.txt").read_text(encoding="utf-8")
    report = check_fidelity(annex, rules, lang)
    assert report.not_in_source == (), report.not_in_source
    assert report.not_used == (), f"annex lines not used by the definition: {report.not_used}"


def test_fidelity_reports_a_paraphrase_and_an_unused_line(raw):
    data = copy.deepcopy(raw)
    q = data["blocks"][0]["questions"][5]  # b1.q6
    q["text"]["ru"] = "Опишите самые действенные меры сотрудничества"
    annex = build_annex(data)
    rules = resource("rules", "rules_ru.txt").read_text(encoding="utf-8")
    report = check_fidelity(annex, rules, "ru")
    assert ("b1.q6.text", "Опишите самые действенные меры сотрудничества") in report.not_in_source
    assert any("наиболее эффективные меры международного" in s for s in report.not_used)


@pytest.mark.parametrize(("lang", "line"), [
    ("ru", "Организованных внутри страны/за границей"),
    ("kk", "Ел ішінде/шетелде ұйымдастырылған"),
])
def test_fidelity_catches_a_line_removed_from_one_block_standing_in_another(annex, lang, line):
    """Block 1 q8 and block 7 q2 share their lines word for word: a line taken out of block 7's
    section is missed by block 7's field even though block 1 still has the same words."""
    from kzth_desktop.annex.fidelity import annex_part, block_sections, normalize

    rules = resource("rules", f"rules_{lang}.txt").read_text(encoding="utf-8")
    sections = block_sections(annex, annex_part(rules, annex.caption.get(lang)), lang)
    assert line in sections["b1"] and line in sections["b7"]
    lines = rules.splitlines(keepends=True)
    at = [i for i, text in enumerate(lines) if text.strip() == line]
    assert len(at) == 2  # once in block 1, once in block 7
    copy_text = "".join(lines[: at[1]] + lines[at[1] + 1:])
    assert normalize(line) in normalize(copy_text)  # the words still stand in the copy
    report = check_fidelity(annex, copy_text, lang)
    # the line's own field, and the two counts labelled with fragments of it
    assert [where for where, _ in report.not_in_source] == [
        "b7.q2.where.text", "b7.q2.in_country.text", "b7.q2.abroad.text"]
    assert report.not_used == ()


def test_fidelity_names_the_texts_of_a_block_whose_heading_is_gone(annex):
    rules = resource("rules", "rules_ru.txt").read_text(encoding="utf-8")
    heading = "Министерство культуры и информации Республики Казахстан"
    assert rules.count(heading) == 1
    report = check_fidelity(annex, rules.replace(heading, "Министерство"), "ru")
    missing = {where for where, _ in report.not_in_source}
    assert "b12.addressees[0]" in missing and "b12.q4.by_subject.text" in missing


def test_victim_tables_where_the_annex_has_them(annex):
    tables = {f.id for f in annex.fields() if f.type is FieldType.VICTIMS}
    for must in ["b2.q8.victims", "b3.q1.victims", "b6.q1.victims", "b9.q1.victims",
                 "b11.q1.victims", "b15.q1.victims", "b16.q1.victims", "b4.q2.minors_table"]:
        assert must in tables
    b3 = annex.field("b3.q1.victims")
    assert [d.id for d in b3.dimensions] == [
        "age_band", "citizenship", "nationality", "sex", "social_status", "family_status",
        "disability", "exploitation"]
    # block 6 (minors) has no family status - as the annex lists it
    assert "family_status" not in [d.id for d in annex.field("b6.q1.victims").dimensions]
    # age bands exactly as each block states them; block 9 adds "under 18"
    assert b3.dimension("age_band").categories.ids() == ("18-25", "26-45", "45-60", "60+", "unknown")
    b9_ages = annex.field("b9.q1.victims").dimension("age_band").categories.ids()
    assert b9_ages[0] == "under_18" and "18-25" in b9_ages
    assert [d.id for d in annex.field("b2.q8.victims").dimensions] == ["age_band", "citizenship", "sex"]


def test_category_lists_are_closed_with_unknown_and_other(annex):
    for cs in annex.category_sets:
        assert "unknown" in cs.ids(), cs.id
        for c in cs.categories:
            assert c.label.kk and c.label.ru
    for set_id in ("social_status", "family_status", "exploitation", "nationality"):
        assert "other" in annex.category_set(set_id).ids()
    exploitation = annex.category_set("exploitation")
    assert {"sexual", "labour", "begging", "organs"} <= set(exploitation.ids())
    countries = annex.category_set("country")
    assert countries.get("UZ").label.ru == "Узбекистан"
    assert countries.get("UZ").label.kk == "Өзбекстан"
    assert countries.get("KZ").label.kk == "Қазақстан"
    assert "stateless" in countries.ids()


def test_twenty_regions_with_iso_codes(annex):
    codes = [r.code for r in annex.regions]
    assert len(codes) == 20 and len(set(codes)) == 20
    assert codes[0] == "KZ-10" and codes[-1] == "KZ-79"
    assert sum(r.kind == "city" for r in annex.regions) == 3
    assert annex.region("KZ-62").name.kk == "Ұлытау облысы"
    assert annex.region("KZ-79").name.ru == "город Шымкент"


def test_kinds_map_to_blocks(annex):
    assert annex.kind("akimat").blocks == ("b1", "b3", "b5", "b14")
    assert annex.kind("ngo").blocks == ("b1", "b16")
    assert [b.id for b in annex.blocks_for_kinds(["police", "ngo"])] == ["b1", "b2", "b16"]
    covered = {b for k in annex.kinds for b in k.blocks}
    assert covered == {b.id for b in annex.blocks}, "every block has someone who answers it"
    for k in annex.kinds:
        assert k.blocks[0] == "b1", "block 1 applies to every respondent"


def test_kazakh_letters_are_in_the_kazakh_texts(annex):
    text = " ".join(f.text.kk for f in annex.fields())
    for letter in KAZAKH_LETTERS:
        assert letter in text


# --- refusals -------------------------------------------------------------------------------

def _refused(data) -> str:
    with pytest.raises(AnnexDefinitionError) as info:
        build_annex(data)
    return "\n".join(info.value.problems)


def test_refuses_duplicate_field_id(raw):
    data = copy.deepcopy(raw)
    fields = data["blocks"][0]["questions"][0]["fields"]
    fields[1]["id"] = fields[0]["id"]
    assert "duplicate id 'b1.q1.1'" in _refused(data)


def test_refuses_text_missing_in_one_language(raw):
    data = copy.deepcopy(raw)
    del data["blocks"][1]["questions"][2]["text"]["kk"]
    assert "b2.q3.text: text missing in language 'kk'" in _refused(data)


def test_refuses_kind_naming_a_missing_block(raw):
    data = copy.deepcopy(raw)
    data["kinds"][0]["blocks"].append("b17")
    assert "kinds.akimat: names block 'b17', which does not exist" in _refused(data)


def test_refuses_unknown_field_type(raw):
    data = copy.deepcopy(raw)
    data["blocks"][0]["questions"][4]["fields"][0]["type"] = "rating"
    assert "b1.q5.1: unknown field type 'rating'" in _refused(data)


def test_refuses_unknown_category_set_and_missing_unknown(raw):
    data = copy.deepcopy(raw)
    data["blocks"][2]["questions"][0]["fields"][-1]["dimensions"][0]["categories"] = "ages"
    data["category_sets"]["sex"]["categories"] = [
        c for c in data["category_sets"]["sex"]["categories"] if c["id"] != "unknown"]
    problems = _refused(data)
    assert "b3.q1.victims.age_band: unknown category set 'ages'" in problems
    assert "category_sets.sex: category 'unknown' missing" in problems


def test_refuses_a_file_that_is_not_json(tmp_path):
    from kzth_desktop.annex import load_annex

    bad = tmp_path / "annex.json"
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(AnnexDefinitionError) as info:
        load_annex(bad)
    assert "cannot be read" in info.value.problems[0]


# --- kzth annex --json ----------------------------------------------------------------------

def test_cli_annex_json(capsys):
    assert main(["annex", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(b["questions"]) for b in data["blocks"]] == QUESTIONS_PER_BLOCK
    assert len(data["regions"]) == 20
    akimat = next(k for k in data["kinds"] if k["id"] == "akimat")
    assert akimat["blocks"] == ["b1", "b3", "b5", "b14"] and akimat["name"]["kk"]
    field = data["blocks"][0]["questions"][0]["fields"][0]
    assert field["id"] == "b1.q1.1" and field["type"] == "yes_no"
    assert field["text"]["ru"].startswith("Пробелы в законодательстве")
    table = data["blocks"][2]["questions"][0]["fields"][-1]
    assert table["type"] == "victims"
    sex = next(d for d in table["dimensions"] if d["id"] == "sex")
    assert [c["id"] for c in sex["categories"]] == ["m", "f", "unknown"]
    assert sex["categories"][1]["kk"] == "Әйел"


def test_short_headings_name_the_subjects(annex):
    assert annex.block("b1").short_heading("ru") == "Общие вопросы"
    assert annex.block("b11").short_heading("ru") == "Загранучреждения Республики Казахстан"
    assert annex.block("b4").short_heading("kk").startswith("Мемлекеттік еңбек инспекциясы")
    assert annex.block("b5").short_heading("ru").startswith("Местные исполнительные органы")
