"""The windows' icon: every size scripts/make_icon.py draws, loaded from the resources."""

from __future__ import annotations

from PySide6.QtCore import QSize

from kzth_desktop.gui.app import window_icon


def test_window_icon_has_every_size(qapp):
    icon = window_icon()
    assert not icon.isNull()
    assert {(s.width(), s.height()) for s in icon.availableSizes()} == {
        (16, 16), (32, 32), (48, 48), (256, 256)}
    assert icon.pixmap(QSize(32, 32)).size() == QSize(32, 32)
