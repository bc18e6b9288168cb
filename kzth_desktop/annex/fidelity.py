"""Holds the annex definition against the official text of the Rules (both languages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kzth_desktop.annex.model import Annex, LocalizedText

_SPACE = re.compile(r"\s+")
# what may remain of an annex line once the definition's texts are taken out of it:
# numbering, punctuation, the "Yes/No" brackets - never a word
_RESIDUE = re.compile(r"[\W\d_]*")
_MARK = "\x01"


def normalize(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def annex_part(rules_text: str, caption: str) -> str:
    """The annex (questionnaire) part of one language's Rules, from its caption to the end."""
    flat = normalize(rules_text)
    start = flat.find(normalize(caption))
    if start < 0:
        raise ValueError("the annex caption does not occur in the Rules' text")
    return flat[start:]


def definition_texts(annex: Annex, lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the definition in one language."""

    def t(where: str, text: LocalizedText | None) -> Iterator[tuple[str, str]]:
        if text is not None:
            yield where, text.get(lang)

    yield from t("caption", annex.caption)
    yield from t("title", annex.title)
    for i, c in enumerate(annex.columns):
        yield from t(f"columns[{i}]", c)
    for b in annex.blocks:
        yield from t(f"{b.id}.title", b.title)
        for i, a in enumerate(b.addressees):
            yield from t(f"{b.id}.addressees[{i}]", a)
        for q in b.questions:
            yield from t(f"{q.id}.text", q.text)
            yield from t(f"{q.id}.note_label", q.note_label)
            yield from t(f"{q.id}.note", q.note)
            for f in q.fields:
                yield from t(f"{f.id}.text", f.text)
                yield from t(f"{f.id}.hint", f.hint)
                yield from t(f"{f.id}.group", f.group)
                for d in f.dimensions:
                    yield from t(f"{f.id}.{d.id}.label", d.label)
                    yield from t(f"{f.id}.{d.id}.group", d.group)


@dataclass(frozen=True)
class FidelityReport:
    lang: str
    not_in_source: tuple[tuple[str, str], ...]  # (where, text) of the definition
    not_used: tuple[str, ...]  # fragments of the official annex no definition text covers
    declared_gaps: tuple[str, ...]  # ids whose text the definition declares missing in the source


def check_fidelity(annex: Annex, rules_text: str, lang: str) -> FidelityReport:
    official = annex_part(rules_text, annex.caption.get(lang))
    gaps = {g.text_of for g in annex.source_gaps if g.lang == lang}
    missing: list[tuple[str, str]] = []
    texts: set[str] = set()
    for where, text in definition_texts(annex, lang):
        norm = normalize(text)
        owner = where.rsplit(".", 1)[0]
        if norm not in official:
            if owner not in gaps and not any(owner.startswith(g + ".") for g in gaps):
                missing.append((where, text))
            continue
        texts.add(norm)
    rest = official
    for text in sorted(texts, key=len, reverse=True):
        rest = rest.replace(text, _MARK)
    unused = tuple(
        frag.strip()
        for frag in rest.split(_MARK)
        if not _RESIDUE.fullmatch(frag.strip())
    )
    return FidelityReport(lang, tuple(missing), unused, tuple(sorted(gaps)))
