"""Interface translations: complete in Kazakh and Russian, placeholders kept, compiled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")


def messages(lang: str) -> list[tuple[str, str, str, str | None]]:
    tree = ET.parse(ROOT / "translations" / f"kzth_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            tr = m.find("translation")
            out.append((name, m.findtext("source"), tr.text or "", tr.get("type")))
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_no_unfinished_translation(lang):
    msgs = messages(lang)
    assert len(msgs) > 50
    unfinished = [(c, s) for c, s, t, kind in msgs if kind in ("unfinished", "vanished") or not t]
    assert unfinished == []


def test_placeholders_match_between_source_kazakh_and_russian():
    kk = {(c, s): t for c, s, t, _ in messages("kk")}
    ru = {(c, s): t for c, s, t, _ in messages("ru")}
    assert kk.keys() == ru.keys()
    for key, kk_text in kk.items():
        source = sorted(PLACEHOLDER.findall(key[1]))
        assert sorted(PLACEHOLDER.findall(kk_text)) == source, key
        assert sorted(PLACEHOLDER.findall(ru[key])) == source, key


def test_kazakh_is_kazakh():
    kk = " ".join(t for _, _, t, _ in messages("kk"))
    for letter in "әғқңөұүі":
        assert letter in kk


def test_compiled_files_exist():
    for lang in ("kk", "ru"):
        qm = ROOT / "translations" / f"kzth_{lang}.qm"
        assert qm.is_file() and qm.stat().st_size > 1000
