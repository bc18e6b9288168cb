"""The Paper forms tab (issue 18): keyed entry in the respondent's generated forms in the paper
copy's order, keyboard only, then the two keyings side by side and resolved one by one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kzth_desktop.annex.model import FieldType
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.paper import PaperTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.paper import PaperService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
YEAR = 2025
COUNT = "b1.q9.publications"  # a count no consistency rule ties to another
TEXT = "b1.q10.1"


@pytest.fixture
def opened(qtbot, annex, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: warnings.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), language)
    ws = Workspace.create(tmp_path / "coordinator", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.paperTab)
    tab = window.tab(PaperTab)
    yield window, tab, language, warnings
    language.set("ru")
    ws.close()


def register_police(qtbot, tab: PaperTab) -> None:
    ui = tab.ui
    ui.nameKkEdit.setText("Шымкент қ. ПД")
    ui.nameRuEdit.setText("ДП г. Шымкент")
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("KZ-79"))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("police"))
    qtbot.mouseClick(ui.registerButton, Qt.MouseButton.LeftButton)
    assert ui.officeCombo.count() == 1


def row(tab: PaperTab, field_id: str):
    return next(f.field_widget(field_id) for f in tab.forms if field_id in f.field_ids())


def test_keyed_entry_in_the_paper_order_keyboard_only(opened, qtbot, annex) -> None:
    window, tab, _, warnings = opened
    register_police(qtbot, tab)
    # the blocks of a police department, in the printed copy's order
    assert [f.block.id for f in tab.forms] == [b.id for b in annex.blocks_for_kinds(["police"])]
    assert [fid for f in tab.forms for fid in f.field_ids()] == [
        f.id for f in annex.fields_for_kinds(["police"])]
    paper = sample_answers(annex, ("police",))
    for form in tab.forms:
        form.set_values({k: v for k, v in paper.items() if k in form.field_ids()
                         and k != COUNT})
    # the operator types the count, Enter moves on to the next field, as Tab does
    editor = row(tab, COUNT).focus_target()
    editor.setFocus()
    qtbot.keyClicks(editor, "17")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not editor.hasFocus()
    assert QApplication.focusWidget() is not None
    tab.ui.keyerEdit.setText("Айгүл")
    tab.ui.saveButton.setFocus()  # "Save this keying", by the keyboard
    qtbot.keyClick(tab.ui.saveButton, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert warnings == []
    state = PaperService(window.ws, annex).form(YEAR, tab.office_id())
    assert [k.keyer for k in state.keyings] == ["Айгүл"]
    assert state.keyings[0].answers[COUNT] == 17
    assert "Айгүл" in tab.ui.paperState.text()

    # the form is blank again for the second operator, who keys it independently
    assert row(tab, COUNT).value() is None
    # the same operator again: refused with the reason, nothing stored
    for form in tab.forms:
        form.set_values({k: v for k, v in paper.items() if k in form.field_ids()})
    assert not tab.save_keying()
    assert warnings and "другой оператор" in warnings[-1]
    # a problem in the keying is marked on its field, named in the message
    tab.ui.keyerEdit.setText("Ержан")
    row(tab, COUNT).set_value({"no_data": " "})
    assert not tab.save_keying()
    assert "Блок 1, вопрос 9" in warnings[-1]
    assert len(PaperService(window.ws, annex).form(YEAR, tab.office_id()).keyings) == 1


def test_side_by_side_resolution(opened, qtbot, annex) -> None:
    window, tab, language, warnings = opened
    register_police(qtbot, tab)
    paper = sample_answers(annex, ("police",))
    service = PaperService(window.ws, annex)
    office = tab.office_id()
    service.enter(YEAR, office, paper, "Айгүл")
    tab.ui.paperYearSpin.setValue(YEAR)
    for form in tab.forms:
        form.set_values({k: v for k, v in paper.items() if k in form.field_ids()})
    row(tab, COUNT).set_value(paper[COUNT] + 30)
    row(tab, TEXT).set_value(paper[TEXT] + " (опечатка)")
    tab.ui.keyerEdit.setText("Ержан")
    assert tab.save_keying(), warnings
    table = tab.ui.discrepancyTable
    assert table.rowCount() == 2
    assert [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)] == [COUNT, TEXT]
    assert table.horizontalHeaderItem(1).text() == "Ввод 1 (Айгүл)"
    assert table.horizontalHeaderItem(2).text() == "Ввод 2 (Ержан)"
    assert (table.item(0, 1).text(), table.item(0, 2).text()) == (str(paper[COUNT]),
                                                                  str(paper[COUNT] + 30))
    assert "расхождений: 2" in tab.ui.paperState.text()
    assert Desk.from_workspace(window.ws, annex).completeness(YEAR).status(
        "KZ-79", "police").value == "to_verify"

    SHOTS.mkdir(parents=True, exist_ok=True)
    window.tab(PaperTab).ui.paperSplitter.setSizes([700, 680])
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "coordinator-paper-ru.png"))
    language.set("kk")
    QApplication.processEvents()
    assert table.horizontalHeaderItem(1).text() == "1-енгізу (Айгүл)"
    assert "салыстыру керек" in tab.ui.paperState.text()
    window.grab().save(str(SHOTS / "coordinator-paper-kk.png"))
    language.set("ru")
    QApplication.processEvents()

    # the first row: the paper says what keying 1 has (the "1" button, by keyboard)
    table.setFocus()
    table.selectRow(0)
    tab.ui.takeFirstButton.setFocus()
    qtbot.keyClick(tab.ui.takeFirstButton, Qt.Key.Key_Space)
    assert warnings == []
    assert "расхождений: 1" in tab.ui.paperState.text()
    # the second: typed as read on the paper, Enter in the table goes to the value, Enter
    # resolves it
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tab.ui.valueEdit.hasFocus()
    tab.ui.valueEdit.setText(paper[TEXT])
    qtbot.keyClick(tab.ui.valueEdit, Qt.Key.Key_Return)
    assert warnings == []
    assert "введено с бумажного бланка" in tab.ui.paperState.text()
    (held,) = CoordinationService(window.ws, annex).submissions(YEAR)
    assert (held.source, held.keyers) == ("paper", ("Айгүл", "Ержан"))
    assert held.answers[COUNT] == paper[COUNT] and held.answers[TEXT] == paper[TEXT]
    agg = window.desk.aggregate_year(YEAR) if window.desk else None
    assert agg is not None and agg.numeric[COUNT].total == paper[COUNT]
    assert annex.field(COUNT).type is FieldType.COUNT
