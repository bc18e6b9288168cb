"""The forms' interface strings come from the Qt translation files, in the form's language."""

from __future__ import annotations

from kzth_desktop.gui.formgen import SOURCES, ui_text


def test_every_form_string_is_translated_in_both_languages():
    for key, source in SOURCES.items():
        kk, ru = ui_text(key, "kk", n=1), ui_text(key, "ru", n=1)
        assert kk != source.format(n=1) and ru != source.format(n=1), key
        assert kk != ru or key in {"tenge"} or kk.isdigit(), key


def test_known_texts():
    assert ui_text("no_data", "kk") == "Деректер жоқ"
    assert ui_text("no_data", "ru") == "Нет данных"
    assert ui_text("question", "kk", n=3) == "3-сұрақ"
    assert ui_text("question", "ru", n=3) == "Вопрос 3"
