"""Questionnaire forms generated from the annex: one editor class per field type (pyxform style).

``BlockForm`` builds one block of the annex (heading, questions, fields, a "no data" switch per
field); ``BlockFormScroll`` is the same form inside a ``QScrollArea``. Editors live in
``widgets`` (the read-only ``EDITORS`` table maps a ``FieldType`` to its class) and ``victims``,
on the ``FieldEditor`` base of ``base``. ``access`` names every input for screen readers after
its field (each editor lists its inputs in ``PARTS``), the question as their description.

Questionnaire text comes only from the annex. The few interface strings of the forms are
listed in ``SOURCES`` (English, marked with ``QT_TRANSLATE_NOOP("formgen", …)`` so that
``pyside6-lupdate`` collects them); their Kazakh and Russian texts live in the project's Qt
translation files like every other interface string.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP

# key -> English source (the .ts key); "{n}" is the only placeholder used
_SOURCES: dict[str, str] = {
    "block": QT_TRANSLATE_NOOP("formgen", "Block {n}"),
    "question": QT_TRANSLATE_NOOP("formgen", "Question {n}"),
    "yes": QT_TRANSLATE_NOOP("formgen", "Yes"),
    "no": QT_TRANSLATE_NOOP("formgen", "No"),
    "describe": QT_TRANSLATE_NOOP("formgen", "Describe…"),
    "no_data": QT_TRANSLATE_NOOP("formgen", "No data"),
    "no_data_tip": QT_TRANSLATE_NOOP(
        "formgen", "No data (Alt+N): state why the data is absent or cannot be given"),
    "no_data_reason": QT_TRANSLATE_NOOP("formgen", "Reason (required)"),
    "tenge": QT_TRANSLATE_NOOP("formgen", "tenge"),
    "period_set": QT_TRANSLATE_NOOP("formgen", "Set the period"),
    "period_from": QT_TRANSLATE_NOOP("formgen", "from"),
    "period_to": QT_TRANSLATE_NOOP("formgen", "to"),
    "period_clear": QT_TRANSLATE_NOOP("formgen", "Clear"),
    "list_new": QT_TRANSLATE_NOOP("formgen", "New entry, then Enter"),
    "add": QT_TRANSLATE_NOOP("formgen", "Add"),
    "remove": QT_TRANSLATE_NOOP("formgen", "Remove"),
    "add_row": QT_TRANSLATE_NOOP("formgen", "Add a row"),
    "remove_row": QT_TRANSLATE_NOOP("formgen", "Remove the row"),
    "count": QT_TRANSLATE_NOOP("formgen", "Number of persons"),
    "total": QT_TRANSLATE_NOOP("formgen", "Total"),
    "victims_none": QT_TRANSLATE_NOOP("formgen", "None (0 persons)"),
    "victims_help": QT_TRANSLATE_NOOP(
        "formgen", "One row per group of persons with the same attributes; no names."),
    # accessible names ("<field label>: start", "Reason for no data — <field label>")
    "a11y_start": QT_TRANSLATE_NOOP("formgen", "start"),
    "a11y_end": QT_TRANSLATE_NOOP("formgen", "end"),
    "a11y_details": QT_TRANSLATE_NOOP("formgen", "details"),
    "a11y_entries": QT_TRANSLATE_NOOP("formgen", "entries"),
    "a11y_new_entry": QT_TRANSLATE_NOOP("formgen", "new entry"),
    "a11y_no_data_reason": QT_TRANSLATE_NOOP("formgen", "Reason for no data"),
}

SOURCES = MappingProxyType(_SOURCES)
# (key, lang) -> text: a form of 100 fields asks for ~700 of them (DESIGN §8: shown in 150 ms)
_TEXTS: dict[tuple[str, str], str] = {}


def ui_text(key: str, lang: str, **params: object) -> str:
    """An interface string of the forms in ``lang`` ("kk" or "ru"), placeholders filled.

    The text comes from the project's Qt translations (translations/kzth_<lang>.qm, context
    "formgen"), asked for the form's own language - so a form can be shown in a language other
    than the one the application's installed translator holds.
    """
    text = _TEXTS.get((key, lang))
    if text is None:
        from kzth_desktop.gui.i18n import translate_in

        text = _TEXTS[(key, lang)] = translate_in(lang, "formgen", SOURCES[key])
    return text.format(**params) if params else text


def ui_source(key: str) -> str:
    """The English source of an interface string (its key in the .ts files)."""
    return SOURCES[key]


from kzth_desktop.gui.formgen.base import FieldEditor  # noqa: E402
from kzth_desktop.gui.formgen.form import BlockForm, BlockFormScroll, FieldRow  # noqa: E402
from kzth_desktop.gui.formgen.widgets import EDITORS, editor_for  # noqa: E402

__all__ = [
    "EDITORS",
    "SOURCES",
    "BlockForm",
    "BlockFormScroll",
    "FieldEditor",
    "FieldRow",
    "editor_for",
    "ui_source",
    "ui_text",
]
