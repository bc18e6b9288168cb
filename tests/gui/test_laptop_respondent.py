"""Issue 19, the respondent's window on a clerk's 1366×768 laptop: numbers typed or pasted
are read by the kk/ru convention or refused with the reason, the window fits the screen,
the keyboard walks the form, the problems panel keeps errors apart from what is unanswered."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kzth_desktop.annex import Annex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_formgen import Recorder, make_form  # noqa: E402

S = "\u00a0"


def paste(qtbot, line, text: str, *, keys: bool = True) -> None:
    line.selectAll()
    QApplication.clipboard().setText(text)
    if keys:
        qtbot.keySequence(line, QKeySequence.StandardKey.Paste)
    else:
        line.paste()


# --- 2. numbers never change silently --------------------------------------------------------------


@pytest.mark.parametrize(("text", "value", "shown"), [
    ("1 234", 1234, f"1{S}234"), ("12 345", 12345, f"12{S}345"), (f"1{S}234", 1234, f"1{S}234"),
    ("1234", 1234, f"1{S}234"), ("1.234.567", 1234567, f"1{S}234{S}567"), (" 42 ", 42, "42"),
])
def test_a_pasted_count_is_read_by_the_convention(qtbot, annex: Annex, text, value, shown):
    form = make_form(qtbot, annex, "b3")
    rec = Recorder(form)
    row = form.field_widget("b3.q1.received")
    row.editor.edit.setFocus()
    paste(qtbot, row.editor.edit, text)
    assert rec.last == ("b3.q1.received", value) and row.problem is None
    row.editor.edit.editingFinished.emit()  # leaving the field shows it by the convention
    assert row.editor.edit.text() == shown


@pytest.mark.parametrize(("text", "words_ru", "words_kk"), [
    ("-5", "отрицательное", "теріс"), ("1 234,5", "целое", "бүтін"),
    ("12 34", "пробел разделяет только тысячи", "мыңдықтарды"),
    ("1,234.56", "двояко", "екі түрлі"), ("abc", "не число", "сан емес"),
    ("1e5", "не число", "сан емес"), ("9" * 60, "слишком длинное (60 цифр)", "тым ұзын"),
])
def test_a_count_not_read_is_refused_with_a_message_and_kept_as_typed(qtbot, annex: Annex, text,
                                                                      words_ru, words_kk):
    form = make_form(qtbot, annex, "b3")
    rec = Recorder(form)
    row = form.field_widget("b3.q1.received")
    paste(qtbot, row.editor.edit, text, keys=False)
    assert rec.calls == []  # nothing changed is sent to be saved
    assert row.editor.edit.text() == text  # not cut, not turned into 5
    assert row.refused and words_ru in row.problem and row.problem_label.isVisible()
    form.set_language("kk")
    assert words_kk in row.problem
    row.editor.edit.editingFinished.emit()
    assert row.editor.edit.text() == text  # leaving the field does not "tidy" it either
    paste(qtbot, row.editor.edit, "5", keys=False)
    assert rec.last == ("b3.q1.received", 5) and row.problem is None


@pytest.mark.parametrize(("text", "value"), [
    ("1 234,5", 1234.5), (f"1{S}234,50", 1234.5), ("1.234.567,89", 1234567.89),
    ("1500000.25", 1500000.25), ("0,5", 0.5),
])
def test_a_pasted_amount_is_read_and_shown_in_tenge(qtbot, annex: Annex, text, value):
    form = make_form(qtbot, annex, "b2")
    rec = Recorder(form)
    editor = form.field_widget("b2.q7.confiscated").editor
    paste(qtbot, editor.edit, text)
    assert rec.last == ("b2.q7.confiscated", value)
    editor.edit.editingFinished.emit()
    assert parse_shown(editor.edit.text()) == value and "," in editor.edit.text()


def parse_shown(text: str) -> float:
    return float(text.replace(S, "").replace(",", "."))


def test_an_amount_shows_as_written_in_kazakhstan_and_bad_ones_are_refused(qtbot, annex):
    form = make_form(qtbot, annex, "b2")
    rec = Recorder(form)
    row = form.field_widget("b2.q7.confiscated")
    form.set_values({"b2.q7.confiscated": 1234.5})
    assert f"{row.editor.edit.text()} {row.editor.suffix.text()}" == f"1{S}234,50 ₸"
    for bad, words in (("12,345", "не больше 2 цифр"), ("-1 000", "отрицательное"),
                       ("1,234.56", "двояко"), ("12.345", "двояко")):
        paste(qtbot, row.editor.edit, bad, keys=False)
        assert rec.calls == [] and words in row.problem, bad
        assert row.editor.edit.text() == bad
    form.set_values({"b2.q7.confiscated": 7})  # a value loaded clears the refusal
    assert row.problem is None and row.editor.edit.text() == "7,00"
