"""The expert group's rich text, reduced to what a reportlab paragraph prints.

The GUI's editor gives HTML (a QTextEdit writes a whole document, bold and italic as
``<span style="font-weight:700">``); the CLI and tests may give plain text. Either way the
report gets a list of blocks — paragraphs, headings, list items — whose text uses only the
inline markup reportlab's ``Paragraph`` understands: ``<b> <i> <u> <strike> <super> <sub>
<br/>``. Everything else is dropped and every character escaped, so no text can break the
layout or inject markup (links, images, fonts) into the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal
from xml.sax.saxutils import escape

BlockKind = Literal["p", "h", "li"]

_INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "ins": "u", "s": "strike",
           "strike": "strike", "del": "strike", "sup": "super", "sub": "sub"}
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "dt", "dd"}
_SKIP = {"head", "style", "script", "title"}
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    markup: str  # Paragraph markup: escaped text with the inline tags above
    bullet: str = ""  # "•" or "1." for list items


def _style_tags(style: str) -> list[str]:
    s = style.replace(" ", "").lower()
    tags = []
    m = re.search(r"font-weight:(\d+|bold)", s)
    if m and (m.group(1) == "bold" or int(m.group(1)) >= 600):
        tags.append("b")
    if "font-style:italic" in s:
        tags.append("i")
    if "text-decoration:" in s and "underline" in s:
        tags.append("u")
    if "line-through" in s:
        tags.append("strike")
    if "vertical-align:super" in s:
        tags.append("super")
    if "vertical-align:sub" in s:
        tags.append("sub")
    return tags


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.kind: BlockKind = "p"
        self.bullet = ""
        self.open: list[tuple[str, list[str]]] = []  # element, reportlab tags it opened
        self.skip = 0
        self.lists: list[list[int]] = []  # per open list: [ordered?, counter]

    # a block ends: keep it if it has text
    def flush(self) -> None:
        text = "".join(self.parts).strip()
        # close tags still open (the element spans blocks), reopen them in the next block
        still = [t for _, tags in self.open for t in tags]
        closing = "".join(f"</{t}>" for t in reversed(still))
        text = re.sub(r"(<br/>\s*)+$", "", text + closing if still else text)
        plain = re.sub(r"<[^>]+>", "", text).strip()
        if plain:
            self.blocks.append(Block(self.kind, text, self.bullet))
        self.parts = ["".join(f"<{t}>" for t in still)] if still else []
        self.kind, self.bullet = "p", ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag == "br":
            self.parts.append("<br/>")
            return
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append([1 if tag == "ol" else 0, 0])
            return
        if tag in _BLOCKS:
            self.flush()
            if tag.startswith("h") and len(tag) == 2:
                self.kind = "h"
            elif tag == "li":
                self.kind = "li"
                if self.lists and self.lists[-1][0]:
                    self.lists[-1][1] += 1
                    self.bullet = f"{self.lists[-1][1]}."
                else:
                    self.bullet = "•"
        tags = []
        if tag in _INLINE:
            tags.append(_INLINE[tag])
        style = dict(attrs).get("style") or ""
        if style:
            tags += [t for t in _style_tags(style) if t not in tags]
        if tag in ("td", "th"):
            self.parts.append(" ")
        self.open.append((tag, tags))
        self.parts.append("".join(f"<{t}>" for t in tags))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
            return
        # close up to the matching element
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                closing = [t for _, tags in self.open[i:] for t in tags]
                self.parts.append("".join(f"</{t}>" for t in reversed(closing)))
                reopen = [t for _, tags in self.open[i + 1:] for t in tags]
                self.parts.append("".join(f"<{t}>" for t in reopen))
                del self.open[i]
                break
        if tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(escape(re.sub(r"\s+", " ", data)))

    def close(self) -> None:
        super().close()
        self.open = []
        self.flush()


def is_html(text: str) -> bool:
    return bool(_TAG.search(text))


def blocks(text: str) -> list[Block]:
    """The printable blocks of an HTML or plain text."""
    if not text.strip():
        return []
    if is_html(text):
        reader = _Reader()
        reader.feed(text)
        reader.close()
        return reader.blocks
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in para.strip().splitlines()]
        if all(re.match(r"^\s*[-•*]\s+", ln) for ln in lines):
            out += [Block("li", escape(re.sub(r"^\s*[-•*]\s+", "", ln)), "•") for ln in lines]
        else:
            out.append(Block("p", "<br/>".join(escape(ln) for ln in lines)))
    return out


def plain(text: str) -> str:
    """The text without markup (for tests and one-line previews)."""
    return "\n".join(re.sub(r"<[^>]+>", "", b.markup.replace("<br/>", "\n"))
                     .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                     for b in blocks(text))


__all__ = ["Block", "blocks", "is_html", "plain"]
