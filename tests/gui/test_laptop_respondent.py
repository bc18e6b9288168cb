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
import test_respondent_window as respondent  # noqa: E402
from test_formgen import Recorder, make_form  # noqa: E402

ctx, workspace = respondent.ctx, respondent.workspace  # the same fixtures

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
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
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


# --- 3. keyboard first ------------------------------------------------------------------------------


def focused_field(window: MainWindow) -> str | None:
    row = window.form(window._block_id).row_of(QApplication.focusWidget())
    return row.field.id if row is not None else None


def test_arrow_keys_stay_in_the_tree_and_enter_or_tab_goes_into_the_form(qtbot, ctx, workspace,
                                                                         laptop):
    window = open_on(qtbot, ctx, workspace)
    tree = window.ui.navTree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    QApplication.processEvents()
    for _ in range(3):  # block 1, its question 1, question 2, question 3
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        assert QApplication.focusWidget() is tree
    third = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert third == "b1.q3" and window.ui.formArea.widget() is window.form("b1")
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert focused_field(window) == window.annex.question("b1.q3").fields[0].id
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1))  # block 3
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert window.ui.formArea.widget() is window.form("b3")
    assert focused_field(window) == window.annex.block("b3").questions[0].fields[0].id


def test_yes_no_by_arrow_keys_and_space_and_both_reachable_by_tab(qtbot, annex: Annex):
    form = make_form(qtbot, annex, "b1")
    with qtbot.waitActive(form):
        form.activateWindow()
    rec = Recorder(form)
    editor = form.field_widget("b1.q1.1").editor
    editor.yes.setFocus()
    qtbot.keyClick(editor.yes, Qt.Key.Key_Space)
    assert rec.last == ("b1.q1.1", {"answer": "yes", "details": ""})
    qtbot.keyClick(editor.yes, Qt.Key.Key_Tab)  # the checked "yes" -> "no", not past it
    assert QApplication.focusWidget() is editor.no
    qtbot.keyClick(editor.no, Qt.Key.Key_Space)
    assert rec.last == ("b1.q1.1", {"answer": "no", "details": ""})
    assert not editor.yes.isChecked()
    qtbot.keyClick(editor.no, Qt.Key.Key_Space)  # Space again leaves the answer as it is
    assert editor.no.isChecked() and editor.value() == {"answer": "no", "details": ""}
    qtbot.keyClick(editor.no, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is editor.yes and editor.yes.isChecked()
    assert rec.last == ("b1.q1.1", {"answer": "yes", "details": ""})
    qtbot.keyClick(editor.yes, Qt.Key.Key_Down)
    assert editor.no.isChecked() and QApplication.focusWidget() is editor.no
    qtbot.keyClick(editor.no, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.yes  # back by Shift+Tab too
    form.set_values({"b1.q1.1": {"answer": "yes", "details": "x"}})
    assert editor.yes.isChecked() and not editor.no.isChecked() and len(rec.calls) == 4


def test_enter_goes_to_the_next_field_and_tab_past_the_block_to_the_next(qtbot, ctx, workspace,
                                                                       laptop):
    window = open_on(qtbot, ctx, workspace)
    window.show_block("b14")
    form = window.form("b14")
    ids = form.field_ids()
    at = ids.index("b14.q1.meetings")
    count = form.field_widget(ids[at]).editor
    window.focus_field(ids[at])
    QApplication.processEvents()
    qtbot.keyClicks(count.edit, "3")
    qtbot.keyClick(count.edit, Qt.Key.Key_Return)
    assert focused_field(window) == ids[at + 1]
    window.show_block("b5")
    b5 = window.form("b5")
    last = b5.field_ids()[-1]
    b5.focus_field(last)
    row = b5.field_widget(last)
    # Tab through the last field's inputs: then the next block's first field has the focus
    for _ in range(12):
        if window.ui.formArea.widget() is not b5:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
    assert row is not None and window.ui.formArea.widget() is window.form("b14")
    qtbot.waitUntil(lambda: focused_field(window) == ids[0], timeout=1000)


# --- 4. the problems panel keeps errors apart from what is not answered yet ------------------------


def panel_lines(window: MainWindow) -> list[tuple[str, str, str]]:
    lst = window.ui.problemsList
    return [(lst.item(i).text(), lst.item(i).data(Qt.ItemDataRole.UserRole),
             lst.item(i).data(Qt.ItemDataRole.UserRole + 1)) for i in range(lst.count())]


def test_unanswered_fields_are_one_line_per_block_and_errors_come_first(qtbot, ctx, workspace,
                                                                        laptop):
    window = open_on(qtbot, ctx, workspace)
    annex = window.annex
    lines = panel_lines(window)
    unanswered = window.report.unanswered
    assert len(lines) == 4 < len(unanswered)  # blocks 1, 3, 5, 14; not one line per field
    b3 = [f.id for f in annex.block("b3").fields()]
    assert (f"Блок 3: без ответа {len(b3)}", b3[0], "unanswered") in lines
    # one real error on the first day: it comes first, apart from the block lines
    window.show_block("b1")
    qtbot.mouseClick(window.form("b1").field_widget("b1.q1.1").editor.yes,
                     Qt.MouseButton.LeftButton)  # "yes" without its description yet
    window.flush()
    lines = panel_lines(window)
    assert lines[0][1] == "b1.q1.1" and lines[0][2] == "details_required"
    assert [c for _t, _f, c in lines[1:]] == ["unanswered"] * 4
    assert lines[1][0] == f"Блок 1: без ответа {len(list(annex.block('b1').fields())) - 1}"
    assert "Ошибок: 1." in window.ui.problemsSummary.text()
    # F8 walks the errors only; the click on a block line goes to its first unanswered field
    window.problems.next_problem()
    qtbot.waitUntil(lambda: focused_field(window) == "b1.q1.1", timeout=1000)
    window.problems.next_problem()
    assert window.ui.problemsList.currentRow() == 0  # the one error again, not a block line
    window.problems.go_to(window.ui.problemsList.item(2))  # block 3
    qtbot.waitUntil(lambda: focused_field(window) == b3[0], timeout=1000)
    assert window.ui.formArea.widget() is window.form("b3")
    ctx.language.set("kk")
    assert panel_lines(window)[2][0] == f"3-блок: жауапсыз {len(b3)}"


# --- 5. readable on a small screen ----------------------------------------------------------------


def test_tree_labels_are_not_cut_into_look_alikes(qtbot, ctx, workspace, laptop):
    window = open_on(qtbot, ctx, workspace)
    tree = window.ui.navTree
    assert tree.width() >= 360  # the pane takes 30 % of the laptop's width
    for lang in ("ru", "kk"):
        ctx.language.set(lang)
        for i in range(tree.topLevelItemCount()):
            block = tree.topLevelItem(i)
            assert block.toolTip(0).startswith(block.text(0).split(".")[0])
            texts = [block.child(j).text(0).split(". ", 1)[1] for j in range(block.childCount())]
            assert len(set(texts)) == len(texts), texts  # no two questions look the same
            for j in range(block.childCount()):
                child = block.child(j)
                q = window.annex.question(child.data(0, Qt.ItemDataRole.UserRole))
                full = " ".join((q.text or q.fields[0].text).get(lang).split())
                assert child.toolTip(0).endswith(full)  # the whole text as tooltip
                first_words = " ".join(full.split()[:3])
                assert first_words in child.text(0)  # the question's own first words show
    ctx.language.set("ru")
    q1 = tree.topLevelItem(0).child(0).text(0)
    assert q1 == ("Вопрос 1. Какие риски наблюдаются в сфере противодействия торговле людьми "
                  "в Республике Казахстан?")


def test_the_victims_table_scrolls_with_readable_headers(qtbot, ctx, workspace, laptop):
    window = open_on(qtbot, ctx, workspace)
    window.show_block("b3")
    QApplication.processEvents()
    victims = window.form("b3").field_widget("b3.q1.victims").editor
    view, header = victims.view, victims.view.horizontalHeader()
    assert window.ui.formArea.horizontalScrollBar().maximum() == 0  # the form is not widened
    columns = view.model().columnCount()
    assert columns == 9 and all(header.sectionSize(c) >= 90 for c in range(columns))
    total = sum(header.sectionSize(c) for c in range(columns))
    assert total <= view.viewport().width() or view.horizontalScrollBar().maximum() > 0
    line = view.fontMetrics().lineSpacing()
    assert header.height() > 2 * line  # word-wrapped labels, several lines tall
    assert bool(header.defaultAlignment() & Qt.AlignmentFlag.AlignCenter)
    tip = view.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == view.model().headerData(0, Qt.Orientation.Horizontal)


def test_the_wizard_says_what_to_correct_in_plain_words(qtbot, ctx, annex, tmp_path):
    from kzth_desktop.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(annex, ctx.language, tmp_path / "new")
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    for lang, opening, name in (
            ("kk", "Жалғастыру үшін", "ұйымның орыс тіліндегі атауы"),
            ("ru", "Чтобы продолжить, заполните или исправьте:",
             "название организации на русском языке")):
        ctx.language.set(lang)
        wizard.restart()
        wizard.next()
        wizard.next()
        assert wizard.currentPage() is ui.orgPage
        ui.nameKkEdit.setText("Қостанай облысының әкімдігі")
        ui.nameRuEdit.clear()
        wizard.next()  # refused: the clerk is told what to fill in, not "profile not accepted"
        text = ui.orgProblem.text()
        assert opening in text and name in text
        assert "қабылданбады" not in text and "не принят" not in text and "(ru)" not in text
