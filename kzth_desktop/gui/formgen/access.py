"""What a screen reader says for a field: its inputs named after the field's label, the question
as their description, the "no data" switch and its reason named after the field too.

The names are plain strings set on the widgets (cheap: a form of 100 fields still shows in
150 ms, DESIGN §8); ``FieldRow.set_language`` sets them again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

from kzth_desktop.annex.model import Block, Field, Question
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.base import FieldEditor


class FieldRow(Protocol):
    """What is named of a form's row (``form.FieldRow``)."""

    lang: str
    label: QLabel
    editor: FieldEditor
    no_data: QCheckBox
    describe: Callable[[str], str] | None

    @property
    def reason(self) -> QLineEdit: ...

    def has_reason(self) -> bool: ...


def field_number(field: Field) -> str:
    """The item number block 1 prints before its fields ("1. …"); other blocks have none."""
    tail = field.id.rsplit(".", 1)[-1]
    return f"{tail}. " if tail.isdigit() else ""


def field_label(field: Field, lang: str) -> str:
    """The field's annex text as the form shows it, number first."""
    return field_number(field) + field.text.get(lang)


def question_description(block: Block, question: Question, lang: str) -> str:
    """ "Block 1, Question 4. <the question's text>" in ``lang``."""
    where = (f"{ui_text('block', lang, n=block.number)}, "
             f"{ui_text('question', lang, n=question.number)}")
    return f"{where}. {question.text.get(lang)}" if question.text is not None else where


def name_row(row: FieldRow) -> None:
    """Names the inputs of a form's row in its language (after every language switch)."""
    lang = row.lang
    label = row.label.text()
    description = row.describe(lang) if row.describe is not None else ""
    row.editor.set_accessible_names(label, description)
    row.no_data.setAccessibleName(f"{ui_text('no_data', lang)} — {label}")
    row.no_data.setAccessibleDescription(description)
    if row.has_reason():
        name_reason(row)


def name_reason(row: FieldRow) -> None:
    """Names the "no data" reason of a row (made when first needed)."""
    why = ui_text("a11y_no_data_reason", row.lang)
    row.reason.setAccessibleName(f"{why} — {row.label.text()}")
