"""The product's one vocabulary (``resources/glossary/glossary.json``): for each notion the
Rules name — likelihood and consequences (rule 12), the risk map, the passphrase, the states of
a submission — the one word the interface, the reports and the command line use in Kazakh and
Russian, and the words for the same notion they must not use.

The reports and the command line take their words from here (:func:`term`); the interface's
Qt translations cannot, so ``tests/unit/test_glossary.py`` checks every translation whose
English source names a notion against its stem, and every text of the product against the
words to avoid.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from kzth_desktop.annex.model import LocalizedText


@dataclass(frozen=True, slots=True)
class Term:
    id: str
    rule: str  # the Rules' item that names the notion, "" for the program's own
    text: LocalizedText
    english: tuple[str, ...]  # the interface's English sources' words for it
    stems: Mapping[str, re.Pattern[str]]  # lang -> what a translation must contain
    avoid: Mapping[str, tuple[re.Pattern[str], ...]]  # lang -> words no text may use

    def get(self, lang: str) -> str:
        return self.text.get(lang)


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def parse(data: Mapping[str, object]) -> dict[str, Term]:
    terms: dict[str, Term] = {}
    raw = data.get("terms")
    if not isinstance(raw, list):
        raise ValueError("glossary: 'terms' must be a list")
    for item in raw:
        tid = item["id"]
        if tid in terms:
            raise ValueError(f"glossary: term {tid!r} twice")
        text = LocalizedText(kk=item["kk"], ru=item["ru"])
        if not text.kk.strip() or not text.ru.strip():
            raise ValueError(f"glossary: term {tid!r} needs both kk and ru")
        stems = {lang: _pattern(item[f"stem_{lang}"]) for lang in ("kk", "ru")}
        for lang, stem in stems.items():
            if not stem.search(text.get(lang)):
                raise ValueError(f"glossary: {tid!r}: the {lang} word does not match its stem")
        avoid = {lang: tuple(_pattern(a) for a in item[f"avoid_{lang}"]) for lang in ("kk", "ru")}
        for lang, patterns in avoid.items():
            if any(p.search(text.get(lang)) for p in patterns):
                raise ValueError(f"glossary: {tid!r}: the {lang} word is one to avoid")
        terms[tid] = Term(tid, item.get("rule", ""), text, tuple(item.get("en", ())),
                          stems, avoid)
    return terms


@cache
def glossary() -> Mapping[str, Term]:
    from kzth_desktop.paths import resource

    with open(resource("glossary", "glossary.json"), encoding="utf-8") as f:
        return parse(json.load(f))


def term(term_id: str) -> LocalizedText:
    """The chosen words for ``term_id`` in both languages."""
    return glossary()[term_id].text


def capitalised(term_id: str) -> LocalizedText:
    t = term(term_id)
    return LocalizedText(kk=t.kk[:1].upper() + t.kk[1:], ru=t.ru[:1].upper() + t.ru[1:])


__all__ = ["Term", "capitalised", "glossary", "parse", "term"]
