"""What every field editor shares: the ``FieldEditor`` base and two small layout helpers
(``widgets`` and ``victims`` both build on them)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kzth_desktop.annex.model import Field
from kzth_desktop.gui.formgen import ui_text

# --- small shared helpers ------------------------------------------------------------------------


def caption_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small grey word-wrapped caption (palette and font, no style sheet)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(pal)
    return label


def zero_margins(layout: QHBoxLayout | QVBoxLayout, spacing: int = 4) -> None:
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)


# --- the editor base ----------------------------------------------------------------------------


class FieldEditor(QWidget):
    """The editor of one annex field; subclasses implement ``value`` and ``_load``."""

    edited = Signal()
    # its inputs for a screen reader: (attribute, ``ui_text`` key or None); each is named
    # "<field label>: <that text>", or the label alone for None (``set_accessible_names``)
    PARTS: tuple[tuple[str, str | None], ...] = ()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self._quiet = 0

    # API -------------------------------------------------------------------------------------
    def value(self) -> object | None:
        raise NotImplementedError

    def set_value(self, value: object | None) -> None:
        """Show ``value`` (canonical, or None for empty) without emitting ``edited``."""
        with self.silenced():
            self._load(value)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        with self.silenced():
            self._retranslate()

    def refusal(self) -> str | None:
        """Why what the user typed is not read as a value (in ``self.lang``), else None; while
        there is one, the row shows it and sends no value (the number editors)."""
        return None

    def focus_target(self) -> QWidget:
        """The widget that takes the focus when the form jumps to this field."""
        return self

    def set_accessible_names(self, label: str, description: str) -> None:
        """Names the editor (the group of its inputs) and each of its ``PARTS`` after the
        field's ``label``; ``description`` (the question) describes them all."""
        self.setAccessibleName(label)
        self.setAccessibleDescription(description)
        for attr, key in self.PARTS:
            widget: QWidget = getattr(self, attr)
            name = label if key is None else f"{label}: {ui_text(key, self.lang)}"
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def buddy(self) -> QWidget | None:
        """The input of an editor that is one input (the field label's buddy), else None."""
        return getattr(self, self.PARTS[0][0]) if len(self.PARTS) == 1 else None

    # for subclasses ------------------------------------------------------------------------
    def _load(self, value: object | None) -> None:
        raise NotImplementedError

    def _retranslate(self) -> None:
        """Re-read interface strings in ``self.lang`` (annex texts are the form's job)."""

    def _user_edit(self, *_: object) -> None:
        if not self._quiet:
            self.edited.emit()

    @contextmanager
    def silenced(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
