"""The font of every printout: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

It has every letter of the Kazakh alphabet (ә ғ қ ң ө ұ ү һ і and their capitals) and the
ballot boxes (☐ ☒) the questionnaire copies use; reportlab embeds the subset a PDF uses, so
a printout reads the same on a machine that lacks the font.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table as _Table

from kzth_desktop.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
FAMILY = REGULAR

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
LICENCE_FILE = "LICENSE-DejaVu.txt"
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def font_file(name: str) -> Path:
    return resource("fonts", _FILES[name])


@cache
def register_fonts() -> str:
    """Registers the family with reportlab (once) and returns its name for paragraph styles.

    ``<b>`` and ``<i>`` in paragraphs map to the bold and oblique faces (there is no bold
    oblique face shipped; bold italic text falls back to bold).
    """
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, ITALIC)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY


def missing_glyphs(text: str, name: str = REGULAR) -> str:
    """The characters of ``text`` the font has no glyph for (spaces and controls ignored)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    widths = font.face.charWidths
    return "".join(sorted({c for c in text if not c.isspace() and ord(c) not in widths}))


class Table(_Table):
    """reportlab's table, whose cells start in the embedded font.

    A cell's default font is reportlab's base font (a bare Helvetica, never embedded); every
    cell here holds a paragraph, but the table still sets its cells' font before drawing them,
    and that one reference made each PDF depend on a font the file does not carry (no PDF/A).
    """

    def __init__(self, data: object, *args: object, **kwargs: object) -> None:
        super().__init__(data, *args, **kwargs)
        register_fonts()
        self.setStyle([("FONT", (0, 0), (-1, -1), REGULAR)])
