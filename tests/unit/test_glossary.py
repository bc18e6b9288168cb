"""One vocabulary (issue 16): the glossary's words are the ones the interface, the reports and
the command line use, and no text of the product uses a word the glossary sets aside for the
same notion. The annex's texts are the Rules' own, verbatim, and are not checked."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex.glossary import glossary, parse, term
from kzth_desktop.paths import resource
from kzth_desktop.reports.assessment import WORDS
from kzth_desktop.services.errors import STATUS_NAMES

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("kk", "ru")


def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("glossary", "glossary.json").read_text("utf-8"))
    return data


def translations(lang: str) -> list[tuple[str, str]]:
    """(source, translation) of every message of the interface, mnemonics taken out."""
    root = ET.parse(ROOT / "translations" / f"kzth_{lang}.ts").getroot()
    return [((m.findtext("source") or "").replace("&", ""),
             (m.findtext("translation") or "").replace("&amp;", "&").replace("&", ""))
            for m in root.iter("message")]


def product_texts() -> dict[str, str]:
    """Every file whose words a user reads: the program's sources (their kk/ru literals),
    the translations, the shipped data other than the annex and the Rules, the docs."""
    files = [*(ROOT / "kzth_desktop").rglob("*.py"), *(ROOT / "translations").glob("*.ts"),
             *(ROOT / "resources" / "assessment").glob("*.json"), ROOT / "README.md",
             *(ROOT / "docs").glob("*.md")]
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in files}


def test_the_glossary_has_the_rules_words() -> None:
    g = glossary()
    assert term("impact").ru == "последствия" and term("impact").kk == "салдары"
    assert term("risk_map").kk == "Тәуекелдер картасы" and term("risk_map").ru == "Карта рисков"
    assert term("exported").kk == "экспортталды"
    assert term("passphrase").kk == "құпия фраза"
    assert g["impact"].rule.startswith("12")
    # the Rules themselves say "салдары" / "последствия" for what experts score as impact
    rules = {lang: (ROOT / "resources" / "rules" / f"rules_{lang}.txt").read_text("utf-8")
             for lang in LANGS}
    assert "тәуекелдерінің салдары" in rules["kk"] and "последствия рисков" in rules["ru"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_naming_a_notion_uses_its_word(lang: str) -> None:
    wrong = []
    checked = 0
    for t in glossary().values():
        for source, text in translations(lang):
            if any(re.search(rf"\b{re.escape(en)}", source, re.IGNORECASE) for en in t.english):
                checked += 1
                if not t.stems[lang].search(text):
                    wrong.append((t.id, source, text))
    assert checked > 30
    assert wrong == []


def test_no_text_uses_a_word_set_aside() -> None:
    found = []
    for name, text in product_texts().items():
        if name.endswith("glossary.py"):
            continue
        for t in glossary().values():
            for lang in LANGS:
                for pattern in t.avoid[lang]:
                    found += [(name, t.id, m.group(0)) for m in pattern.finditer(text)]
    assert found == []


def test_the_check_finds_a_word_set_aside(tmp_path: Path) -> None:
    # the scan is not vacuous: the old words are caught where they stood
    old = "Тепловая карта рисков (вероятность × воздействие); құпия сөз; Жылу картасы; пароль"
    hits = {t.id for t in glossary().values() for lang in LANGS
            for p in t.avoid[lang] if p.search(old)}
    assert hits == {"risk_map", "impact", "passphrase"}
    assert not any(p.search("оған әсер етпейді") for p in glossary()["impact"].avoid["kk"])


def test_reports_and_command_line_take_their_words_from_it() -> None:
    for lang in LANGS:
        assert WORDS["impact"].get(lang).lower() == term("impact").get(lang)
        assert WORDS["heat_map"].get(lang).startswith(term("risk_map").get(lang))
        assert term("impact").get(lang) in WORDS["heat_map"].get(lang)
        assert term("impact").get(lang) in WORDS["method_text"].get(lang)
    assert STATUS_NAMES["exported"] == term("exported")
    assert STATUS_NAMES["draft"] == term("draft") and STATUS_NAMES["ready"] == term("ready")
    from kzth_desktop.cli.demo import TEXT as DEMO_TEXTS

    assert DEMO_TEXTS["passphrase"].kk.startswith("  құпия фраза:")


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d["terms"].append(copy.deepcopy(d["terms"][0])), "twice"),
    (lambda d: d["terms"][0].update(ru=""), "needs both kk and ru"),
    (lambda d: d["terms"][1].update(ru="воздействие"), "does not match its stem"),
    (lambda d: d["terms"][1].update(avoid_ru=["последстви"]), "one to avoid"),
    (lambda d: d.update(terms={}), "must be a list"),
])
def test_a_bad_glossary_is_refused_with_its_reason(change: Any, reason: str) -> None:
    data = raw()
    change(data)
    with pytest.raises(ValueError, match=reason):
        parse(data)
