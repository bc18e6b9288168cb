"""What a main window needs from the application around it, as a protocol: ``AppContext``
provides it, and the windows depend on this instead of on the context that makes them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMainWindow

from kzth_desktop.annex import Annex
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings


class WindowContext(Protocol):
    annex: Annex
    settings: Settings
    language: Language

    def new_workspace(self, parent: QMainWindow | None) -> QMainWindow | None: ...

    def open_workspace_dialog(self, parent: QMainWindow) -> None: ...
