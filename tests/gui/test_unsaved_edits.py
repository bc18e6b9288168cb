"""Nothing typed is lost: a full disk or a busy workspace keeps the edits queued with a banner
until they are stored, and closing with unsaved edits offers to export them to a file."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import event

from kzth_desktop.cli.main import main as kzth
from kzth_desktop.gui import unsaved
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services import CoordinationService, ExchangeService
from kzth_desktop.services import files as files_module
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace
from kzth_desktop.storage import db as storage_db

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import no_data_answers  # noqa: E402

FIELD = "b14.q1.meetings"  # an integer count of the akimat's block 14


@pytest.fixture
def ctx(tmp_path, annex):
    app = QApplication.instance()
    language = Language(app, "ru")
    yield AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    language.set("ru")


@pytest.fixture
def workspace(tmp_path, annex, monkeypatch):
    # a short busy timeout, so that a held lock fails a save quickly (the real one is 10 s)
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(unsaved, "RETRY_MS", (150, 150, 150))
    ws = Workspace.create(tmp_path / "ws", "respondent",
                          OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)), annex=annex)
    RespondentService(ws, annex).add_campaign(2025)
    yield ws
    ws.close()


class FullDisk:
    """Every write of an answer fails as SQLite fails on a full disk, while ``on``."""

    def __init__(self, ws: Workspace) -> None:
        self.on = False
        self.failed = 0
        event.listen(ws.engine, "before_cursor_execute", self._check)

    def _check(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if self.on and statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            self.failed += 1
            raise sqlite3.OperationalError("database or disk is full")


def stored(ws: Workspace, field_id: str) -> Any:
    con = sqlite3.connect(str(ws.folder / "workspace.sqlite"))
    try:
        row = con.execute("SELECT value_json FROM answer WHERE field_id = ?",
                          (field_id,)).fetchone()
    finally:
        con.close()
    return None if row is None else json.loads(row[0])


def open_window(qtbot, ctx, ws) -> MainWindow:
    window = MainWindow(ctx, ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_block("b14")
    return window


def editor(window: MainWindow) -> Any:
    return window.form("b14").field_widget(FIELD).editor.edit


def test_full_disk_then_busy_workspace_keep_the_typed_value(qtbot, ctx, workspace):
    disk = FullDisk(workspace)
    window = open_window(qtbot, ctx, workspace)
    disk.on = True
    qtbot.keyClicks(editor(window), "12")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    assert disk.failed >= 1
    text = window.banner.text()
    assert "Не сохранено: диск заполнен" in text and "будут сохранены" in text
    assert window.statusBar().currentMessage() == text  # not «Изменение…»
    assert len(window.pending) == 1 and stored(workspace, FIELD) is None
    ctx.language.set("kk")  # the banner follows the language
    assert "Сақталмады: дискіде орын жоқ" in window.banner.text()
    ctx.language.set("ru")
    assert window.banner.text() == text
    # it keeps trying (and failing) while the disk stays full; the banner stays
    failed = disk.failed
    qtbot.waitUntil(lambda: disk.failed > failed, timeout=3000)
    assert window.banner.isVisible()

    # the disk is freed, but another program holds the write lock past the busy timeout
    disk.on = False
    other = sqlite3.connect(str(workspace.folder / "workspace.sqlite"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.waitUntil(lambda: "занята" in window.banner.text(), timeout=5000)
        assert "другая программа" in window.banner.text()
        qtbot.keyClicks(editor(window), "3")  # typing goes on meanwhile
        qtbot.wait(400)
        assert window.banner.isVisible() and stored(workspace, FIELD) is None
        assert window.statusBar().currentMessage() != "Изменение…"
    finally:
        other.rollback()
        other.close()
    # the lock is released: the next retry stores the latest value and the banner goes
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    assert stored(workspace, FIELD) == 123
    assert not window.pending
    assert "сохранены" in window.statusBar().currentMessage()
    # the value survives the window and the workspace being reopened
    window.close()
    workspace.close()
    with Workspace.open(workspace.folder, annex=ctx.annex) as again:
        assert RespondentService(again, ctx.annex).answers(2025)[FIELD] == 123


def test_closing_with_unsaved_edits_exports_them_to_an_importable_file(
        qtbot, ctx, workspace, tmp_path, monkeypatch):
    disk = FullDisk(workspace)
    window = open_window(qtbot, ctx, workspace)
    disk.on = True
    qtbot.keyClicks(editor(window), "7")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)

    asked: list[tuple[int, str]] = []
    answers = iter([unsaved.CANCEL, unsaved.EXPORT])

    def ask(cls, parent, count, reason):
        asked.append((count, reason))
        return next(answers)

    monkeypatch.setattr(unsaved.UnsavedEditsDialog, "ask", classmethod(ask))
    out = tmp_path / "out" / "unsaved.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    window.close()  # cancel: the window stays open, the edit still queued
    assert window.isVisible() and len(window.pending) == 1
    assert asked[0][0] == 1 and "диск заполнен" in asked[0][1]
    window.close()  # export: the file is written and the window closes
    assert not window.isVisible()
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "reporting_year": 2025, "answers": {FIELD: 7}}
    assert not list(out.parent.glob("*.tmp")) and not list(out.parent.glob(".*"))
    assert stored(workspace, FIELD) is None

    # the file is what "kzth answers import" reads
    disk.on = False
    workspace.close()
    assert kzth(["--workspace", str(workspace.folder), "answers", "import", str(out)]) == 0
    assert stored(workspace, FIELD) == 7


def test_discarding_unsaved_edits_needs_the_users_word(qtbot, ctx, workspace, monkeypatch):
    disk = FullDisk(workspace)
    window = open_window(qtbot, ctx, workspace)
    disk.on = True
    qtbot.keyClicks(editor(window), "5")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
    choices = iter([unsaved.RETRY, unsaved.DISCARD])
    monkeypatch.setattr(unsaved.UnsavedEditsDialog, "ask",
                        classmethod(lambda cls, *a: next(choices)))
    window.close()  # retry fails (the disk is still full): asked again, then discarded
    assert not window.isVisible() and not window.pending
    assert stored(workspace, FIELD) is None


def test_a_refused_value_is_kept_and_shown_not_dropped(qtbot, ctx, workspace, monkeypatch):
    window = open_window(qtbot, ctx, workspace)
    window.pending.put(2025, FIELD, "not a number")
    assert window.flush() is False
    assert window.banner.isVisible() and "исправьте значение" in window.banner.text()
    assert window.pending.items() == [(2025, FIELD, "not a number")]
    qtbot.keyClicks(editor(window), "4")  # the user corrects it: the new value replaces it
    qtbot.waitUntil(lambda: not window.pending, timeout=3000)
    assert stored(workspace, FIELD) == 4 and not window.banner.isVisible()


def test_export_pending_writes_one_answers_file_per_year(qtbot, ctx, workspace, tmp_path):
    RespondentService(workspace, ctx.annex).add_campaign(2024)
    window = open_window(qtbot, ctx, workspace)
    window.pending.put(2025, FIELD, 3)
    window.pending.put(2024, FIELD, None)
    written = unsaved.export_pending(window, window.pending, "ru", str(tmp_path / "e.json"))
    assert [p.name for p in written] == ["e.json", "e-2025.json"]
    assert json.loads(written[0].read_text())["answers"] == {FIELD: None}
    window.pending.discard()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_workspace_files_are_readable_by_their_owner_only(workspace):
    folder = Path(workspace.folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    for name in ("workspace.sqlite", "workspace.sqlite-wal", "workspace.sqlite-shm"):
        path = folder / name
        if path.exists():
            assert path.stat().st_mode & 0o777 == 0o600, name


def test_export_to_a_write_protected_folder_shows_a_dialog(qtbot, ctx, annex, tmp_path,
                                                           monkeypatch):
    pw = "көктемгі-дала-2026"
    with Workspace.create(tmp_path / "c", "coordinator", OrgProfile("Ү", "К"), annex=annex,
                          passphrase=pw) as cws:
        request = CoordinationService(cws, annex).create_request(
            2025, pw, issued_on=dt.date(2026, 1, 10)).data
    ws = Workspace.create(tmp_path / "r", "respondent",
                          OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)), annex=annex,
                          passphrase=pw)
    ExchangeService(ws, annex).import_request(request)
    RespondentService(ws, annex).import_answers(
        {"reporting_year": 2025, "answers": no_data_answers(annex, ["akimat"])})
    window = open_window(qtbot, ctx, ws)
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: pw))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(
        text) or QMessageBox.StandardButton.Ok)

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(files_module.tempfile, "mkstemp", refuse)
    stick = tmp_path / "stick"
    stick.mkdir()
    with qtbot.waitSignal(window.exchange_menu.exported, timeout=20000) as got:
        assert window.exchange_menu.export_bundle(str(stick)) is not None  # in the background
    assert got.args == [None]
    assert len(shown) == 1 and f"в папку «{stick}» нельзя записать" in shown[0]
    assert list(stick.iterdir()) == []
    assert RespondentService(ws, annex).campaign(2025).version == 1
    window.close()
    ws.close()


def test_a_busy_workspace_does_not_freeze_the_window_for_the_busy_timeout(
        qtbot, ctx, annex, tmp_path):
    import time

    ws = Workspace.create(tmp_path / "w2", "respondent",
                          OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)), annex=annex)
    RespondentService(ws, annex).add_campaign(2025)
    assert storage_db.BUSY_TIMEOUT_MS == 10_000  # the real one, not patched here
    window = open_window(qtbot, ctx, ws)
    window.pending.put(2025, FIELD, 9)
    other = sqlite3.connect(str(ws.folder / "workspace.sqlite"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        assert window.flush() is False
        waited = time.monotonic() - started
        assert unsaved.AUTOSAVE_BUSY_MS / 1000 * 0.8 <= waited < 4, waited
        assert "занята" in window.banner.text()
    finally:
        other.rollback()
        other.close()
    assert window.flush() is True and stored(ws, FIELD) == 9
    window.close()
    ws.close()
