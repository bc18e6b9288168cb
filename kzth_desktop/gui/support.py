"""Help → Open the log folder: where IT staff take the log file from for a support request."""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from kzth_desktop.logfile import log_folder

log = logging.getLogger(__name__)


def open_log_folder(parent: QWidget | None = None) -> Path:
    """Opens the log folder in the system's file manager (made first if missing); when none
    can open it, a message gives its path to copy. Returns the folder."""
    folder = log_folder()
    with suppress(OSError):  # read-only: the file manager says so, or the message below
        folder.mkdir(parents=True, exist_ok=True)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        log.warning("the log folder could not be opened: %s", folder)
        QMessageBox.information(
            parent, QCoreApplication.translate("support", "The log folder"),
            QCoreApplication.translate(
                "support", "The program's log files are in this folder:") + f"\n{folder}")
    return folder
