"""What every window shares: the annex, the interface language, the settings, and opening
workspaces (first-run wizard, File → New / Open / Recent)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from kzth_desktop.annex import Annex
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.paths import default_workspace
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.workspace import Workspace


class AppContext:
    def __init__(self, app: QApplication, annex: Annex, settings: Settings,
                 language: Language) -> None:
        self.app = app
        self.annex = annex
        self.settings = settings
        self.language = language
        self.windows: list[QMainWindow] = []
        self.notices: list[QMessageBox] = []  # the network-share warnings shown (tests read)
        self._warned: set[str] = set()
        language.changed.connect(self._language_changed)

    def _language_changed(self, lang: str) -> None:
        self.settings.language = lang

    # --- windows -------------------------------------------------------------------------------
    def window_for(self, ws: Workspace) -> QMainWindow:
        """The main window of a workspace's role."""
        if ws.role == "coordinator":
            from kzth_desktop.gui.coordinator.window import CoordinatorWindow

            window: QMainWindow = CoordinatorWindow(self, ws)
        else:
            from kzth_desktop.gui.main_window import MainWindow

            window = MainWindow(self, ws)
        window.switch_workspace.connect(lambda loc, w=window: self.switch_to(loc, w))
        self.settings.remember_workspace(ws.location.describe())
        self.windows.append(window)
        self._warn_if_network(ws, window)
        return window

    def _warn_if_network(self, ws: Workspace, window: QMainWindow) -> None:
        """A workspace on a network share: said once a session, in a message that does not
        block (it opens once the window is shown) and in the status bar."""
        where = ws.location.describe()
        if where in self._warned:
            return
        notice = ws.network_notice()
        if notice is None:
            return
        self._warned.add(where)
        text = notice.message(self.language.current)
        window.statusBar().showMessage(text)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QApplication.translate("AppContext", "Open workspace"), text,
                          QMessageBox.StandardButton.Ok, window)
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.notices.append(box)
        QTimer.singleShot(0, box.show)

    def open_location(self, location: str | Path, parent: QWidget | None = None) -> Workspace | None:
        try:
            return Workspace.open(location, annex=self.annex)
        except ServiceError as exc:
            QMessageBox.warning(parent, QApplication.translate("AppContext", "Open workspace"),
                                exc.message(self.language.current))
            return None

    def switch_to(self, location: str | Path, old: QMainWindow | None) -> QMainWindow | None:
        ws = self.open_location(location, old)
        if ws is None:
            return None
        window = self.window_for(ws)
        window.show()
        if old is not None:
            old.close()
        return window

    def open_workspace_dialog(self, parent: QMainWindow) -> None:
        folder = QFileDialog.getExistingDirectory(
            parent, QApplication.translate("AppContext", "Open workspace"),
            str(default_workspace().parent),
        )
        if folder:
            self.switch_to(folder, parent)

    def new_workspace(self, parent: QMainWindow | None) -> QMainWindow | None:
        from kzth_desktop.gui.wizard import FirstRunWizard

        base = default_workspace()
        target = base
        n = 2
        while (target / "workspace.sqlite").exists():
            target = base.with_name(f"{base.name}-{n}")
            n += 1
        wizard = FirstRunWizard(self.annex, self.language, target, parent)
        if not wizard.exec() or wizard.workspace is None:
            return None
        window = self.window_for(wizard.workspace)
        window.show()
        if parent is not None:
            parent.close()
        return window
