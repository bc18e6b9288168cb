"""A workspace on a network share: the window opens, and says so once (not modal)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services import workspace as workspace_module
from kzth_desktop.services.workspace import OrgProfile, Workspace


@pytest.fixture
def ctx(tmp_path, annex):
    app = QApplication.instance()
    language = Language(app, "kk")
    context = AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    yield context
    language.set("ru")


def test_network_share_is_warned_about_once(qtbot, ctx, tmp_path, monkeypatch):
    folder = tmp_path / "ws"
    Workspace.create(folder, "coordinator", OrgProfile("Үйлестіруші", "Координатор")).close()
    monkeypatch.setattr(workspace_module, "network_file_system", lambda _folder: "cifs")
    ws = ctx.open_location(folder)
    assert ws is not None
    window = ctx.window_for(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(ctx.notices) and ctx.notices[0].isVisible())
    box = ctx.notices[0]
    assert box.text().startswith(f"ескерту: жұмыс кеңістігі желілік қалтада ({folder}, cifs)")
    assert not box.isModal()
    assert window.statusBar().currentMessage() == box.text()
    box.close()
    # opened again in this session (File → Recent): no second message
    again = ctx.switch_to(folder, window)
    assert again is not None
    qtbot.addWidget(again)
    assert len(ctx.notices) == 1
