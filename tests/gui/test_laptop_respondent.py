"""Issue 19, the respondent's window on a clerk's 1366×768 laptop: numbers typed or pasted
are read by the kk/ru convention or refused with the reason, the window fits the screen,
the keyboard walks the form, the problems panel keeps errors apart from what is unanswered."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kzth_desktop.annex import Annex
from kzth_desktop.gui import window_fit
from kzth_desktop.gui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_formgen import Recorder, make_form  # noqa: E402
from test_respondent_window import ctx, workspace  # noqa: E402, F401  (fixtures)

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a 40-pixel task bar


@pytest.fixture
def laptop(monkeypatch):
    """The window opens on a 1366×768 laptop screen (the offscreen screen is 800×800)."""
    screen = {"rect": LAPTOP, "key": "eDP-1_1366x768"}
    monkeypatch.setattr(window_fit, "available_geometry", lambda _w: screen["rect"])
    monkeypatch.setattr(window_fit, "screen_key", lambda _w: screen["key"])
    return screen


def open_on(qtbot, ctx, ws) -> MainWindow:
    window = MainWindow(ctx, ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# --- 1. the window fits the screen it opens on -----------------------------------------------------


def test_fitted_and_first_geometry_stay_inside_the_available_area() -> None:
    room = LAPTOP.adjusted(window_fit.MARGIN, window_fit.MARGIN + window_fit.FRAME,
                           -window_fit.MARGIN, -window_fit.MARGIN)
    first = window_fit.first_geometry(QSize(1280, 860), LAPTOP)
    assert room.contains(first) and first.width() == 1280 and first.height() == room.height()
    big = window_fit.fitted(QRect(300, 200, 1920, 1200), LAPTOP)  # saved on a big monitor
    assert room.contains(big) and big.size() == room.size()
    inside = QRect(100, 100, 800, 500)
    assert window_fit.fitted(inside, LAPTOP) == inside  # what fits is left as it is
    small = window_fit.first_geometry(QSize(1280, 860), QRect(0, 0, 2560, 1400))
    assert small.size() == QSize(1280, 860)  # on a big screen: the preferred size, centred


def test_the_window_fits_a_1366x768_laptop_with_its_status_bar(qtbot, ctx, workspace, laptop):
    window = open_on(qtbot, ctx, workspace)
    frame = window.geometry().adjusted(0, -window_fit.FRAME, 0, 0)
    assert LAPTOP.contains(frame), window.geometry()
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height()
    window.flush()
    assert window.minimumSizeHint().height() <= LAPTOP.height() - 2 * window_fit.MARGIN


def test_a_geometry_saved_on_a_bigger_monitor_is_fitted_and_kept_per_screen(
        qtbot, ctx, workspace, laptop):
    window = open_on(qtbot, ctx, workspace)
    laptop["rect"], laptop["key"] = QRect(0, 0, 2560, 1400), "HDMI-1_2560x1440"
    window.setGeometry(QRect(50, 60, 2200, 1300))
    window.close()  # saved for the big monitor
    assert ctx.settings.geometry("main@HDMI-1_2560x1440") is not None
    laptop["rect"], laptop["key"] = LAPTOP, "eDP-1_1366x768"
    again = open_on(qtbot, ctx, workspace)  # on the laptop: its own first size
    assert LAPTOP.contains(again.geometry().adjusted(0, -window_fit.FRAME, 0, 0))
    again.setGeometry(QRect(20, 50, 1000, 600))
    again.close()
    ctx.settings.set_geometry("main@eDP-1_1366x768", ctx.settings.geometry(
        "main@HDMI-1_2560x1440"))  # as if the big monitor's geometry were met on the laptop
    third = open_on(qtbot, ctx, workspace)
    assert LAPTOP.contains(third.geometry().adjusted(0, -window_fit.FRAME, 0, 0))


def test_the_problems_panel_leaves_the_form_most_of_the_height(qtbot, ctx, workspace, laptop):
    window = open_on(qtbot, ctx, workspace)
    window.show_validation()
    window.resizeDocks([window.ui.problemsDock], [window.height()], Qt.Orientation.Vertical)
    QApplication.processEvents()
    dock, form = window.ui.problemsDock, window.ui.formArea
    assert dock.isVisible() and dock.height() <= window.height() * window_fit.DOCK_SHARE
    assert form.height() >= 0.6 * (form.height() + dock.height())
    assert window.ui.problemsList.height() > 100  # and the panel still shows a few lines

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
