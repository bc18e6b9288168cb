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


def _block_texts(annex: Annex, lang: str) -> Iterator[tuple[str, str | None, str]]:
    """(where, block id or None for the preamble, text) for every text of the definition."""

    def t(where: str, block: str | None, text: LocalizedText | None
          ) -> Iterator[tuple[str, str | None, str]]:
        if text is not None:
            yield where, block, text.get(lang)

    yield from t("caption", None, annex.caption)
    yield from t("title", None, annex.title)
    for i, c in enumerate(annex.columns):
        yield from t(f"columns[{i}]", None, c)
    for b in annex.blocks:
        yield from t(f"{b.id}.title", b.id, b.title)
        for i, a in enumerate(b.addressees):
            yield from t(f"{b.id}.addressees[{i}]", b.id, a)
        for q in b.questions:
            yield from t(f"{q.id}.text", b.id, q.text)
            yield from t(f"{q.id}.note_label", b.id, q.note_label)
            yield from t(f"{q.id}.note", b.id, q.note)
            for f in q.fields:
                yield from t(f"{f.id}.text", b.id, f.text)
                yield from t(f"{f.id}.hint", b.id, f.hint)
                yield from t(f"{f.id}.group", b.id, f.group)
                for d in f.dimensions:
                    # column labels name a category set; the annex words them where the table
                    # first stands, so they are held against the whole annex
                    yield from t(f"{f.id}.{d.id}.label", "", d.label)
                    yield from t(f"{f.id}.{d.id}.group", "", d.group)


def definition_texts(annex: Annex, lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of the definition in one language."""
    for where, _block, text in _block_texts(annex, lang):
        yield where, text


def block_sections(annex: Annex, official: str, lang: str) -> dict[str | None, str]:
    """The annex part cut into each block's own section (None: the caption and column
    headings before block 1). A block starts at its number followed by its first heading line;
    each is looked for after the one before it. A block whose start is not found gets an
    empty section, so that every one of its texts is reported."""
    starts: list[tuple[str, int]] = []
    pos = 0
    for b in annex.blocks:
        head = b.title if b.title is not None else (b.addressees[0] if b.addressees else None)
        if head is None:
            continue
        at = official.find(f" {b.number} {normalize(head.get(lang))}", pos)
        if at < 0:
            continue
        starts.append((b.id, at))
        pos = at + 1
    sections: dict[str | None, str] = {b.id: "" for b in annex.blocks}
    sections[None] = official[: starts[0][1]] if starts else official
    for i, (bid, at) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(official)
        sections[bid] = official[at:end]
    return sections


@dataclass(frozen=True)
class FidelityReport:
    lang: str
    not_in_source: tuple[tuple[str, str], ...]  # (where, text) of the definition
    not_used: tuple[str, ...]  # fragments of the official annex no definition text covers
    declared_gaps: tuple[str, ...]  # ids whose text the definition declares missing in the source


def check_fidelity(annex: Annex, rules_text: str, lang: str) -> FidelityReport:
    """Each text of a block is looked for in that block's own section of the official annex
    (the same words standing in another block do not count), and every fragment of each
    section must be covered by a text of its own block."""
    official = annex_part(rules_text, annex.caption.get(lang))
    sections = block_sections(annex, official, lang)
    gaps = {g.text_of for g in annex.source_gaps if g.lang == lang}
    missing: list[tuple[str, str]] = []
    texts: dict[str | None, set[str]] = {key: set() for key in sections}
    whole: set[str] = set()  # texts held against the whole annex (column labels)
    for where, block, text in _block_texts(annex, lang):
        norm = normalize(text)
        owner = where.rsplit(".", 1)[0]
        source = official if block == "" else sections.get(block, "")
        if norm not in source:
            if owner not in gaps and not any(owner.startswith(g + ".") for g in gaps):
                missing.append((where, text))
            continue
        (whole if block == "" else texts[block]).add(norm)
    unused: list[str] = []
    for key, section in sections.items():
        rest = section
        for text in sorted(texts[key] | whole, key=len, reverse=True):
            rest = rest.replace(text, _MARK)
        unused.extend(
            frag.strip()
            for frag in rest.split(_MARK)
            if not _RESIDUE.fullmatch(frag.strip())
        )
    return FidelityReport(lang, tuple(missing), tuple(unused), tuple(sorted(gaps)))
