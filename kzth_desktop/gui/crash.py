"""Any unexpected error is shown, never a silent crash: a kk/ru dialog with "copy details".

:func:`install_exception_hooks` replaces ``sys.excepthook`` (errors raised in slots and event
handlers, which PySide6 hands to it) and ``threading.excepthook`` (errors of worker threads,
brought back to the interface thread by a queued signal). The dialog says what happened in
the user's language; its "Copy details" button puts the traceback on the clipboard for the
support. The error and its traceback are written to the program's log (ERROR) too, and the
dialog names the log folder with a button that opens it; the traceback also goes to stderr, as
before (where there is one).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from contextlib import suppress
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.gui.support import open_log_folder
from kzth_desktop.logfile import current_log, log_folder

log = logging.getLogger(__name__)


def details_of(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


class ErrorDialog(QDialog):
    """What an unexpected error looks like to the user."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        self.message = QLabel(self.tr(
            "Something went wrong that the program did not expect. What you typed and saved "
            "is kept in the workspace. Copy the details and send them to the people who "
            "support the program; you can go on working or restart it."), wordWrap=True)
        layout.addWidget(self.message)
        if current_log() is not None:
            where = self.tr("The details are also written to the program's log, in this folder:")
        else:
            where = self.tr("The program's log could not be written: copy the details. Its "
                            "folder would be:")
        self.log_note = QLabel(f"{where}\n{log_folder()}", wordWrap=True)
        self.log_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_note)
        self.text = QPlainTextEdit(details, readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumSize(560, 180)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.log_button = QPushButton(self.tr("Open the log folder"))
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button.clicked.connect(lambda: open_log_folder(self))
        layout.addWidget(buttons)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def ask(cls, details: str, parent: QWidget | None = None) -> None:
        """Shows the dialog until the user closes it (tests patch this or ``exec``)."""
        dialog = cls(details, parent)
        dialog.exec()
        dialog.deleteLater()


class _ThreadErrors(QObject):
    """Carries a worker thread's error to the interface thread (queued connection)."""

    failed = Signal(str)


class ExceptionHooks:
    """The installed hooks; :meth:`uninstall` puts the previous ones back."""

    def __init__(self, show: Callable[[str], None] | None = None) -> None:
        self._show = show or (lambda details: ErrorDialog.ask(details, _active_window()))
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        self._bridge = _ThreadErrors()
        self._bridge.failed.connect(self._show_safely, Qt.ConnectionType.QueuedConnection)
        self._showing = False

    def install(self) -> ExceptionHooks:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous_sys(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        details = details_of(exc_type, exc, tb)
        _to_stderr(details)
        if threading.current_thread() is threading.main_thread():
            self._show_safely(details)
        else:
            self._bridge.failed.emit(details)

    def thread_excepthook(self, args: Any) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = getattr(args.thread, "name", "?")
        log.error("unexpected error in thread %s", name,
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        details = f"thread {name}:\n" + details_of(
            args.exc_type, args.exc_value, args.exc_traceback)
        _to_stderr(details)
        self._bridge.failed.emit(details)

    def _show_safely(self, details: str) -> None:
        if self._showing or QApplication.instance() is None:
            return  # an error while the dialog is up: it went to stderr already
        self._showing = True
        try:
            self._show(details)
        except Exception:  # noqa: BLE001 - never let the hook itself crash the program
            traceback.print_exc()
        finally:
            self._showing = False


def _to_stderr(details: str) -> None:
    """The traceback on stderr when there is one (a frozen windowed program has none)."""
    if sys.stderr is not None:
        with suppress(OSError, ValueError):  # closed, or a console that went away
            sys.stderr.write(details)


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def install_exception_hooks(show: Callable[[str], None] | None = None) -> ExceptionHooks:
    """Installs the hooks for the running application (see the module's docstring)."""
    return ExceptionHooks(show).install()
