"""A crash of the window loses nothing: what was typed is on disk within a second."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.gui.context import AppContext
    from kzth_desktop.gui.i18n import Language
    from kzth_desktop.gui.main_window import MainWindow
    from kzth_desktop.gui.settings import Settings
    from kzth_desktop.services.workspace import Workspace

    app = QApplication([])
    annex = load_default_annex()
    ctx = AppContext(app, annex, Settings(), Language(app, "ru"))
    window = MainWindow(ctx, Workspace.open(sys.argv[1], annex=annex))
    window.show()
    window.show_block("b14")
    edit = window.form("b14").field_widget("b14.q1.meetings").editor.edit
    QTest.keyClicks(edit, "12")
    print("typed", flush=True)
    loop = QEventLoop()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()  # keeps running (the autosave timer fires) until it is killed
""")


@pytest.mark.slow
def test_killed_window_keeps_what_was_typed(tmp_path):
    annex = load_default_annex()
    ws = Workspace.create(tmp_path / "ws", "respondent",
                          OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)), annex=annex)
    RespondentService(ws, annex).add_campaign(2025)
    ws.close()
    env = dict(os.environ, KZTH_SETTINGS=str(tmp_path / "s.ini"))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "ws")], env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "typed"
        time.sleep(1.0)  # "an edit is on disk within a second"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    con = sqlite3.connect(str(tmp_path / "ws" / "workspace.sqlite"))
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        row = con.execute("SELECT value_json FROM answer WHERE field_id = 'b14.q1.meetings'")
        assert json.loads(row.fetchone()[0]) == 12
    finally:
        con.close()
