"""Questionnaire forms generated from the annex: one editor class per field type (pyxform style).

``BlockForm`` builds one block of the annex (heading, questions, fields, a "no data" switch per
field); ``BlockFormScroll`` is the same form inside a ``QScrollArea``. Editors live in
``widgets`` (the read-only ``EDITORS`` table maps a ``FieldType`` to its class) and ``victims``.

Questionnaire text comes only from the annex. The few interface strings of the forms are in
``UI_TEXT`` below, in both languages; each entry's English source is marked with
``QT_TRANSLATE_NOOP("formgen", …)`` so that ``pyside6-lupdate`` can collect them when the project
moves them to its ``.ts`` files — ``ui_text`` is the one place to switch to
``QCoreApplication.translate("formgen", source)`` then.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP

# key -> (English source for Qt Linguist, {lang: text}); "{n}" is the only placeholder used
_UI_TEXT: dict[str, tuple[str, dict[str, str]]] = {
    "block": (QT_TRANSLATE_NOOP("formgen", "Block {n}"), {"kk": "{n}-блок", "ru": "Блок {n}"}),
    "question": (QT_TRANSLATE_NOOP("formgen", "Question {n}"),
                 {"kk": "{n}-сұрақ", "ru": "Вопрос {n}"}),
    "yes": (QT_TRANSLATE_NOOP("formgen", "Yes"), {"kk": "Иә", "ru": "Да"}),
    "no": (QT_TRANSLATE_NOOP("formgen", "No"), {"kk": "Жоқ", "ru": "Нет"}),
    "describe": (QT_TRANSLATE_NOOP("formgen", "Describe…"),
                 {"kk": "Сипаттаңыз…", "ru": "Опишите…"}),
    "no_data": (QT_TRANSLATE_NOOP("formgen", "No data"), {"kk": "Деректер жоқ", "ru": "Нет данных"}),
    "no_data_tip": (QT_TRANSLATE_NOOP("formgen", "No data (Alt+N): state why the data is absent "
                                                 "or cannot be given"),
                    {"kk": "Деректер жоқ (Alt+N): деректердің неге жоқ екенін немесе неге "
                           "берілмейтінін көрсетіңіз",
                     "ru": "Нет данных (Alt+N): укажите, почему данные отсутствуют или не "
                           "могут быть представлены"}),
    "no_data_reason": (QT_TRANSLATE_NOOP("formgen", "Reason (required)"),
                       {"kk": "Себебі (міндетті)", "ru": "Причина (обязательно)"}),
    "tenge": (QT_TRANSLATE_NOOP("formgen", "tenge"), {"kk": "теңге", "ru": "тенге"}),
    "period_set": (QT_TRANSLATE_NOOP("formgen", "Set the period"),
                   {"kk": "Кезеңді көрсету", "ru": "Указать период"}),
    "period_from": (QT_TRANSLATE_NOOP("formgen", "from"), {"kk": "басы", "ru": "с"}),
    "period_to": (QT_TRANSLATE_NOOP("formgen", "to"), {"kk": "соңы", "ru": "по"}),
    "period_clear": (QT_TRANSLATE_NOOP("formgen", "Clear"), {"kk": "Тазалау", "ru": "Очистить"}),
    "list_new": (QT_TRANSLATE_NOOP("formgen", "New entry, then Enter"),
                 {"kk": "Жаңа жол, содан кейін Enter", "ru": "Новая строка, затем Enter"}),
    "add": (QT_TRANSLATE_NOOP("formgen", "Add"), {"kk": "Қосу", "ru": "Добавить"}),
    "remove": (QT_TRANSLATE_NOOP("formgen", "Remove"), {"kk": "Жою", "ru": "Удалить"}),
    "add_row": (QT_TRANSLATE_NOOP("formgen", "Add a row"),
                {"kk": "Жол қосу", "ru": "Добавить строку"}),
    "remove_row": (QT_TRANSLATE_NOOP("formgen", "Remove the row"),
                   {"kk": "Жолды жою", "ru": "Удалить строку"}),
    "count": (QT_TRANSLATE_NOOP("formgen", "Number of persons"),
              {"kk": "Адам саны", "ru": "Число лиц"}),
    "total": (QT_TRANSLATE_NOOP("formgen", "Total"), {"kk": "Барлығы", "ru": "Всего"}),
    "victims_none": (QT_TRANSLATE_NOOP("formgen", "None (0 persons)"),
                     {"kk": "Жоқ (0 адам)", "ru": "Нет (0 человек)"}),
    "victims_help": (QT_TRANSLATE_NOOP("formgen", "One row per group of persons with the same "
                                                  "attributes; no names."),
                     {"kk": "Бірдей белгілері бар адамдар тобына бір жол; аты-жөнсіз.",
                      "ru": "Одна строка на группу лиц с одинаковыми признаками; без имён."}),
}

UI_TEXT = MappingProxyType({k: MappingProxyType(v[1]) for k, v in _UI_TEXT.items()})


def ui_text(key: str, lang: str, **params: object) -> str:
    """An interface string of the forms in ``lang`` ("kk" or "ru"), placeholders filled."""
    text = UI_TEXT[key][lang]
    return text.format(**params) if params else text


def ui_source(key: str) -> str:
    """The English source of an interface string (the key of the future .ts entry)."""
    return _UI_TEXT[key][0]


from kzth_desktop.gui.formgen.form import BlockForm, BlockFormScroll, FieldRow  # noqa: E402
from kzth_desktop.gui.formgen.widgets import EDITORS, FieldEditor, editor_for  # noqa: E402

__all__ = [
    "EDITORS",
    "UI_TEXT",
    "BlockForm",
    "BlockFormScroll",
    "FieldEditor",
    "FieldRow",
    "editor_for",
    "ui_source",
    "ui_text",
]
