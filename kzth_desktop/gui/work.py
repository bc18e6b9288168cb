"""Long work off the interface thread, with progress and cancel (one helper, used everywhere).

    op = BackgroundOp(parent, title, work, on_done=show_results)
    op.start()

``work(progress)`` runs in a worker thread and gets a :class:`Progress` to report
``progress.update(done, total, text)`` and to ask ``progress.cancelled``; it must not touch
widgets. ``on_done(result)`` and ``on_error(exc)`` run back on the interface thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kzth_desktop.gui.i18n import current_lang
from kzth_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)


class Cancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised by work that noticed ``progress.cancelled``."""


class Progress:
    """What the worker sees: report progress, check for cancel (thread-safe)."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()

    def update(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self.work, self.progress, self.signals = work, progress, signals

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - reported on the interface thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


# how often a busy background thread hands Python's lock back (sys.setswitchinterval): at the
# default 5 ms, every step of the interface thread that gives the lock up (a database read,
# a paint) may wait that long to get it back, and twenty such steps are a visible stall
SWITCH_INTERVAL_S = 0.001


def responsive_switching() -> None:
    """While background work runs beside the interface, the interface thread gets Python's
    lock back within a millisecond (the work itself is barely slower)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)


class BackgroundOp(QObject):
    """Runs ``work`` in the thread pool; shows a progress dialog (after 400 ms) with a Cancel
    button (``cancellable=False``: none), or no dialog (``show_progress=False``: the caller
    says it, in its status bar)."""

    done = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        show_progress: bool = True,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._dialog: QProgressDialog | None = None
        self.running = False
        if show_progress:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.progress.cancel)
            if not cancellable:  # work that cannot stop halfway (sealing keys): no button
                dialog.setCancelButton(None)
            self._dialog = dialog
        self._signals.progress.connect(self._show_progress)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)

    def start(self) -> None:
        self.running = True
        responsive_switching()
        QThreadPool.globalInstance().start(_Runnable(self._work, self.progress, self._signals))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(done)
        if text:
            self._dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, result: Any) -> None:
        self.running = False
        self._close_dialog()
        if self._on_done is not None:
            self._on_done(result)
        self.done.emit(result)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.running = False
        self._close_dialog()
        if isinstance(exc, Cancelled):
            self.done.emit(None)
            return
        if not isinstance(exc, ServiceError):  # a fault, not a refusal: to the log
            log.error("unexpected error in background work\n%s", trace.rstrip())
        if self._on_error is not None:
            self._on_error(exc)
        elif isinstance(exc, ServiceError):  # refused (a file open in Excel): no trace
            QMessageBox.warning(self._parent, self.tr("Error"), exc.message(current_lang()))
        else:
            QMessageBox.critical(self._parent, self.tr("Error"), f"{exc}\n\n{trace}")
        self.done.emit(None)
