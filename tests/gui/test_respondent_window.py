"""The respondent's real flows: first-run wizard, typing with autosave, language switch,
problems that lead to their field, reopening where the user was, marking as ready."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.settings import Settings
from kzth_desktop.gui.wizard import FirstRunWizard
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_formgen import _edit_cell, type_text  # noqa: E402

AKIMAT = OrgProfile("Алматы облысының әкімдігі", "Акимат Алматинской области", "KZ-19",
                    ("akimat",), "Сәрсенбаева Ә.", "+7 727 000 00 00", "info@example.kz")


@pytest.fixture
def ctx(tmp_path, annex, monkeypatch):
    app = QApplication.instance()
    settings = Settings(tmp_path / "settings.ini")
    language = Language(app, "ru")
    context = AppContext(app, annex, settings, language)
    yield context
    language.set("ru")


@pytest.fixture
def workspace(tmp_path, annex):
    ws = Workspace.create(tmp_path / "ws", "respondent", AKIMAT, annex=annex)
    RespondentService(ws, annex).add_campaign(2025)
    yield ws
    ws.close()


def open_window(qtbot, ctx, ws) -> MainWindow:
    window = MainWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored(ws: Workspace, field_id: str) -> Any:
    con = sqlite3.connect(str(ws.folder / "workspace.sqlite"))
    try:
        row = con.execute("SELECT value_json FROM answer WHERE field_id = ?",
                          (field_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else json.loads(row[0])


def test_wizard_creates_the_workspace(qtbot, ctx, annex, tmp_path):
    folder = tmp_path / "new-ws"
    wizard = FirstRunWizard(annex, ctx.language, folder)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    ui.kazakhRadio.setChecked(True)  # the wizard switches the language live
    assert ctx.language.current == "kk"
    assert wizard.windowTitle() == "KZTH Desktop — алғашқы іске қосу"
    wizard.next()
    assert wizard.currentPage() is ui.rolePage
    wizard.next()
    assert wizard.currentPage() is ui.orgPage
    wizard.next()  # nothing filled: refused with the reasons, in Kazakh
    assert wizard.currentPage() is ui.orgPage
    assert "ұйым" in ui.orgProblem.text().lower() or "атау" in ui.orgProblem.text().lower()
    ui.nameKkEdit.setText("Қостанай облысының әкімдігі")
    ui.nameRuEdit.setText("Акимат Костанайской области")
    ui.regionCombo.setCurrentIndex(ui.regionCombo.findData("KZ-39"))
    for i in range(ui.kindsList.count()):
        item = ui.kindsList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "akimat":
            item.setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert wizard.currentPage() is ui.folderPage
    assert ui.folderEdit.text() == str(folder)
    ui.passphraseEdit.setText("short")
    ui.confirmEdit.setText("short")
    assert not wizard.validateCurrentPage()  # too short: refused, nothing created
    assert "12" in ui.folderProblem.text() and not folder.exists()
    ui.passphraseEdit.setText("көктем-келді-2026")
    ui.confirmEdit.setText("көктем-келді-2025")
    assert not wizard.validateCurrentPage()
    ui.confirmEdit.setText("көктем-келді-2026")
    # Finish: the workspace and its keys are made off the interface thread, then it closes
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        assert not wizard.validateCurrentPage()
    assert wizard.workspace is not None and wizard.validateCurrentPage()
    assert (folder / "workspace.sqlite").is_file()
    profile = wizard.workspace.profile()
    assert profile.region == "KZ-39" and profile.kinds == ("akimat",)
    assert profile.name_kk == "Қостанай облысының әкімдігі"
    assert wizard.workspace.role == "respondent"
    keys = KeyService(wizard.workspace)
    assert keys.has_keys() and keys.check_passphrase("көктем-келді-2026") is None
    wizard.workspace.close()


def test_typing_is_saved_as_canonical_values(qtbot, ctx, workspace):
    window = open_window(qtbot, ctx, workspace)
    # the navigation shows only the akimat's blocks: 1, 3, 5, 14
    tree = window.ui.navTree
    assert [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(tree.topLevelItemCount())] == ["b1", "b3", "b5", "b14"]

    window.show_block("b3")
    form = window.form("b3")
    count = form.field_widget("b3.q1.received").editor
    qtbot.keyClicks(count.edit, "14")
    with qtbot.waitSignal(window.saved, timeout=2000):
        pass
    assert stored(workspace, "b3.q1.received") == 14
    assert "сохранены" in window.statusBar().currentMessage()

    victims = form.field_widget("b3.q1.victims").editor
    dims = [d.id for d in window.annex.field("b3.q1.victims").dimensions]
    qtbot.mouseClick(victims.add_button, Qt.MouseButton.LeftButton)
    combo = _edit_cell(qtbot, victims, 0, dims.index("sex"))
    type_text(qtbot, combo, "Ж")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    spin = _edit_cell(qtbot, victims, 0, len(dims))
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()
    window.flush()
    row = {d: "unknown" for d in dims} | {"sex": "f", "count": 3}
    assert stored(workspace, "b3.q1.victims") == {"rows": [row]}

    window.show_block("b1")
    yes_no = window.form("b1").field_widget("b1.q1.1").editor
    qtbot.mouseClick(yes_no.yes, Qt.MouseButton.LeftButton)
    window.flush()
    # "yes" without its description yet is kept (nothing typed is lost) and flagged
    assert stored(workspace, "b1.q1.1") == {"answer": "yes", "details": ""}
    codes = {(p.field_id, str(p.code)) for p in window._report.problems}
    assert ("b1.q1.1", "details_required") in codes
    type_text(qtbot, yes_no.details, "Заңнамада олқылықтар бар")
    window.flush()
    assert stored(workspace, "b1.q1.1") == {"answer": "yes",
                                            "details": "Заңнамада олқылықтар бар"}
    audit = RespondentService(workspace, window.annex).audit(2025)
    assert [e.field_id for e in audit if e.field_id == "b1.q1.1"] == ["b1.q1.1"] * 2


def test_language_switch_changes_the_visible_texts(qtbot, ctx, workspace):
    window = open_window(qtbot, ctx, workspace)
    window.show_block("b1")
    label = window.form("b1").field_widget("b1.q1.1").label
    assert window.ui.menuFile.title() == "&Файл"
    assert window.ui.yearLabel.text() == "Отчетный год:"
    assert window.ui.navTree.topLevelItem(0).text(0).startswith("Блок 1. Общие вопросы")
    assert "Пробелы в законодательстве" in label.text()
    ctx.language.set("kk")
    assert window.ui.yearLabel.text() == "Есепті жыл:"
    assert window.ui.menuHelp.title() == "&Анықтама"
    assert window.ui.navTree.topLevelItem(0).text(0).startswith("1-блок. Жалпы сұрақтар")
    assert "заңнамадағы олқылықтар" in label.text()
    assert window.ui.orgLabel.text() == "<b>Алматы облысының әкімдігі</b>"
    problems = [window.ui.problemsList.item(i).text()
                for i in range(window.ui.problemsList.count())]
    # nothing answered yet: one line per block (issue 19), in the window's language
    assert problems and problems[0].startswith("1-блок: жауапсыз ")
    ctx.language.set("ru")
    assert window.ui.problemsList.item(0).text().startswith("Блок 1: без ответа ")
    assert ctx.settings.language == "ru"


def test_a_problem_click_focuses_its_field(qtbot, ctx, workspace):
    window = open_window(qtbot, ctx, workspace)
    lst = window.ui.problemsList
    first = next(f.id for f in window.annex.block("b14").fields())
    target = next(i for i in range(lst.count())  # block 14's "not answered yet" line
                  if lst.item(i).data(Qt.ItemDataRole.UserRole) == first)
    window.problems.go_to(lst.item(target))
    QApplication.processEvents()
    assert window.ui.formArea.widget() is window.form("b14")
    focused = QApplication.focusWidget()
    row = window.form("b14").row_of(focused)
    assert row is not None and row.field.id == first


def test_reopened_window_shows_what_was_typed_where_the_user_was(qtbot, ctx, workspace, annex):
    window = open_window(qtbot, ctx, workspace)
    window.show_block("b14")
    editor = window.form("b14").field_widget("b14.q1.meetings").editor
    qtbot.keyClicks(editor.edit, "7")
    window.focus_field("b14.q1.meetings")
    window.close()  # closing saves what is pending
    assert stored(workspace, "b14.q1.meetings") == 7

    again = open_window(qtbot, ctx, Workspace.open(workspace.folder, annex=annex))
    assert again.year == 2025
    assert again.ui.formArea.widget() is again.form("b14")
    assert again.form("b14").value("b14.q1.meetings") == 7
    again.ws.close()


def test_mark_as_ready_only_when_nothing_is_missing(qtbot, ctx, workspace, annex, monkeypatch):
    window = open_window(qtbot, ctx, workspace)
    assert not window.ui.markReadyButton.isEnabled()
    reason = {"no_data": "Деректер жинақталмайды"}
    service = RespondentService(workspace, annex)
    for f in annex.fields_for_kinds(["akimat"]):
        service.save_answer(2025, f.id, reason)
    window.refresh()
    assert window.ui.markReadyButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window.mark_ready()
    assert service.campaign(2025).status == "ready"
    assert not window.form("b1").isEnabled()  # a ready submission is not edited by mistake
    assert "готово" in window.ui.statusValue.text()


@pytest.mark.slow
def test_the_program_starts_on_a_fresh_machine(tmp_path):
    shot = tmp_path / "first.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "KZTH_SETTINGS": str(tmp_path / "s.ini"),
           "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "kzth_desktop", "--lang", "kk",
                           "--screenshot", str(shot)], env=env, timeout=60,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert shot.stat().st_size > 10_000  # the first-run wizard was drawn


@pytest.mark.slow
def test_the_program_opens_a_database_workspace_by_url(tmp_path, annex):
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    Workspace.create(url, "coordinator", OrgProfile("Топ", "Группа"), annex=annex).close()
    shot = tmp_path / "coordinator.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "KZTH_SETTINGS": str(tmp_path / "s.ini"),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "kzth_desktop", "--workspace", url,
                           "--screenshot", str(shot)], env=env, timeout=60,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert shot.stat().st_size > 10_000  # the coordinator's window, not the wizard


def test_a_lost_key_is_replaced(qtbot, ctx, annex, tmp_path, monkeypatch):
    from kzth_desktop.gui.passphrase import PassphraseDialog

    ws = Workspace.create(tmp_path / "k", "respondent", AKIMAT, annex=annex,
                          passphrase="бірінші-кілт-сөзі")
    before = KeyService(ws).key("signing").display
    window = open_window(qtbot, ctx, ws)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: "екінші-кілт-сөзі"))
    after = window.exchange_menu.replace_keys()
    assert after is not None and after != before
    assert KeyService(ws).key("signing").display == after
    assert KeyService(ws).check_passphrase("екінші-кілт-сөзі") is None
    ws.close()
