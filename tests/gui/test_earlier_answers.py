"""Issue 16: an answer given under the first definition of the annex, which the new one asks
apart, stays visible on its question in the respondent's form until it is split."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.workspace import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_annex_upgrade import _r1_workspace  # noqa: E402


def test_the_earlier_answer_is_shown_on_its_question_in_both_languages(qtbot, annex, tmp_path):
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    ws = Workspace.open(_r1_workspace(tmp_path), annex=annex)
    try:
        window = MainWindow(ctx, ws)
        qtbot.addWidget(window)
        window.resize(1300, 900)
        window.show()
        qtbot.waitExposed(window)
        assert window.year == 2024
        window.show_block("b2")
        form = window.form("b2")
        form.complete()
        notes = {q: [label.text() for label in labels]
                 for q, labels in form.earlier_labels.items()}
        assert notes == {
            "b2.q4": ["Ответ по прежней редакции опросника (r1): «17». "
                      "Распределите его по новым строкам ниже."],
            "b2.q6": ["Ответ по прежней редакции опросника (r1): «9». "
                      "Распределите его по новым строкам ниже."],
        }
        # the note stands between its question and the new fields it is to be split into
        note = form.earlier_labels["b2.q4"][0]
        received = form.field_widget("b2.q4.received")
        assert note.isVisible() and note.y() < received.y()
        # the new fields are flagged for the split, not "unanswered"
        assert "r1" in (received.problem or "")
        # blocks without such answers show none
        assert window.form("b14").earlier_labels == {}
        language.set("kk")
        QApplication.processEvents()
        assert form.earlier_labels["b2.q6"][0].text().startswith(
            "Сауалнаманың бұрынғы редакциясындағы (r1) жауап: «9».")
        window.grab().save(str(tmp_path / "earlier.png"))
    finally:
        language.set("ru")
        ws.close()
