"""A window that fits the screen it opens on: its first size, a geometry saved on another
screen, and a bottom dock that leaves the main pane most of the height (issue 19: on a
1366×768 office laptop the 1200×800 window hid its status bar below the screen).

The saved geometry is kept per screen (its name and size), so that a laptop that is sometimes
plugged into a big monitor opens right on both.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from kzth_desktop.gui.settings import Settings

MARGIN = 16  # kept free around the window inside the available area of the screen
FRAME = 32  # the title bar and borders the window manager adds around the window
# a bottom dock takes at most this share of the height between the menu and the status bar:
# with the header row above it, the form keeps more than 60 % of what it shares with the dock
DOCK_SHARE = 0.3


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen that a window may take (without the task bar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def screen_key(widget: QWidget) -> str:
    """The name and size of the widget's screen, as a settings key ("eDP-1_1366x768")."""
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return "screen"
    size = screen.size()
    name = re.sub(r"[^0-9A-Za-z_.-]+", "_", screen.name()) or "screen"
    return f"{name}_{size.width()}x{size.height()}"


def fitted(rect: QRect, available: QRect, margin: int = MARGIN, frame: int = FRAME) -> QRect:
    """``rect`` (a window's inner geometry) shrunk and moved, as little as needed, so that
    the window and its frame lie inside ``available`` less ``margin``."""
    room = available.adjusted(margin, margin + frame, -margin, -margin)
    width, height = min(rect.width(), room.width()), min(rect.height(), room.height())
    x = min(max(rect.x(), room.left()), room.right() + 1 - width)
    y = min(max(rect.y(), room.top()), room.bottom() + 1 - height)
    return QRect(x, y, width, height)


def first_geometry(preferred: QSize, available: QRect) -> QRect:
    """The preferred size, or the screen's available area less the margins if smaller,
    centred on the screen."""
    room = fitted(QRect(available.topLeft(), preferred), available)
    room.moveCenter(available.center())
    return fitted(room, available)


def restore(window: QWidget, settings: Settings, name: str, preferred: QSize) -> None:
    """Gives ``window`` the geometry saved for this screen, fitted to it, else its first."""
    available = available_geometry(window)
    data = settings.geometry(f"{name}@{screen_key(window)}")
    if data is not None and window.restoreGeometry(data):
        if window.isMaximized() or window.isFullScreen():
            return
        rect = window.geometry()
        if fitted(rect, available) == rect:
            return
        window.setGeometry(fitted(rect, available))
        return
    window.setGeometry(first_geometry(preferred, available))


def save(window: QWidget, settings: Settings, name: str) -> None:
    """Keeps the window's geometry for the screen it is on."""
    settings.set_geometry(f"{name}@{screen_key(window)}", window.saveGeometry())


class DockShare(QObject):
    """Keeps a bottom dock of ``window`` to at most ``share`` of the window's height."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, share: float = DOCK_SHARE) -> None:
        super().__init__(window)
        self.window, self.dock, self.share = window, dock, share
        window.installEventFilter(self)
        dock.visibilityChanged.connect(self._changed)
        dock.dockLocationChanged.connect(self._changed)
        self.apply()

    def _changed(self, *_: object) -> None:
        if shiboken6.isValid(self.window):  # not while the window is being destroyed
            self.apply()

    def apply(self) -> None:
        if self.window.dockWidgetArea(self.dock) != Qt.DockWidgetArea.BottomDockWidgetArea:
            self.dock.setMaximumHeight(16777215)
            return
        window = self.window
        shared = window.height() - window.menuBar().height() - window.statusBar().height()
        limit = max(120, int(shared * self.share))
        self.dock.setMaximumHeight(limit)
        if self.dock.height() > limit:
            self.window.resizeDocks([self.dock], [limit], Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.apply()
        return False


__all__ = ["DOCK_SHARE", "DockShare", "available_geometry", "first_geometry", "fitted",
           "restore", "save", "screen_key"]
