"""Edits that are not stored yet: the banner that says so, and what closing the window offers.

The autosave queue (:class:`~kzth_desktop.services.respondent.PendingEdits`) keeps every edit
until it is durably stored; while a save fails the window shows :class:`SaveBanner` (why, and
that the changes are kept and will be saved), and closing it asks :class:`UnsavedEditsDialog`
what to do: try again, write the edits to an answers file (``kzth answers import`` reads it),
or — only after a second, explicit confirmation — discard them.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.respondent import (
    FlushResult,
    PendingEdits,
    RespondentService,
    SaveFailure,
)
from kzth_desktop.services.workspace import current_user

RETRY, EXPORT, DISCARD, CANCEL = "retry", "export", "discard", "cancel"
# after a failed save (full disk, busy workspace) the edits are tried again after these waits
RETRY_MS = (2_000, 5_000, 10_000)
# one autosave waits this long for another program's write lock, not the 10 s busy timeout
# of the other writes: the window must not freeze while someone else writes
AUTOSAVE_BUSY_MS = 1_000


class SaveBanner(QFrame):
    """A persistent strip above the form while edits are waiting to be stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#saveBanner { background: #fff3cd; border: 1px solid #d39e00; }"
                           "#saveBanner QLabel { color: #533f03; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(wordWrap=True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_failure(self, failure: SaveFailure, lang: str) -> None:
        self._failure = failure
        self.label.setText(failure_text(failure, lang))
        self.show()

    def retranslate(self, lang: str) -> None:
        """The same failure said in the language just chosen."""
        failure = getattr(self, "_failure", None)
        if failure is not None and self.isVisible():
            self.label.setText(failure_text(failure, lang))

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def failure_text(failure: SaveFailure, lang: str) -> str:
    """What the banner says about one failed save (kk/ru through the translations)."""
    code = failure.error.code
    if code is ErrorCode.DISK_FULL:
        return QApplication.translate(
            "UnsavedEdits", "Not saved: the disk is full — your changes are kept and will be "
            "saved as soon as there is space.")
    if code is ErrorCode.WORKSPACE_BUSY:
        return QApplication.translate(
            "UnsavedEdits", "Not saved: the workspace is busy (another program is writing to "
            "it) — your changes are kept and will be saved.")
    if failure.storage:
        return QApplication.translate(
            "UnsavedEdits", "Not saved: %1 — your changes are kept and will be saved."
        ).replace("%1", failure.error.message(lang))
    details = failure.error.details(lang)
    reason = details[0] if details else failure.error.message(lang)
    return QApplication.translate(
        "UnsavedEdits", "Not saved: %1 — correct the value; what you typed is kept."
    ).replace("%1", reason)


class UnsavedEditsDialog:
    """Closing with edits not stored yet: retry, export them to a file, discard, or stay."""

    @classmethod
    def ask(cls, parent: QWidget, count: int, reason: str) -> str:
        """RETRY, EXPORT, DISCARD (already confirmed) or CANCEL (tests patch this)."""
        title = QApplication.translate("UnsavedEdits", "Unsaved changes")
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(QApplication.translate(
            "UnsavedEdits", "%1 change(s) are not saved in the workspace yet."
        ).replace("%1", str(count)))
        box.setInformativeText(reason + "\n\n" + QApplication.translate(
            "UnsavedEdits", "Try saving again, or save the changes to a file (it can be "
            "imported later with “kzth answers import”)."))
        role = QMessageBox.ButtonRole
        retry = box.addButton(QApplication.translate("UnsavedEdits", "Try again"),
                              role.AcceptRole)
        export = box.addButton(QApplication.translate("UnsavedEdits", "Save to a file…"),
                               role.ActionRole)
        discard = box.addButton(QApplication.translate("UnsavedEdits", "Discard…"),
                                role.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            return RETRY
        if clicked is export:
            return EXPORT
        if clicked is discard:
            sure = QMessageBox.question(
                parent, title,
                QApplication.translate(
                    "UnsavedEdits", "Discard %1 change(s) for good? They cannot be recovered."
                ).replace("%1", str(count)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            return DISCARD if sure == QMessageBox.StandardButton.Yes else CANCEL
        return CANCEL


def export_pending(parent: QWidget, pending: PendingEdits, lang: str,
                   path: str | None = None) -> list[Path]:
    """Writes the queued edits as answers files (one per reporting year); [] if cancelled or
    refused (the reason shown). The queue is left as it is."""
    files = pending.answers_files()
    if not files:
        return []
    if path is None:
        suggested = f"kzth-unsaved-{files[0]['reporting_year']}.json"
        path, _ = QFileDialog.getSaveFileName(
            parent, QApplication.translate("UnsavedEdits", "Save the unsaved changes"),
            suggested, QApplication.translate("UnsavedEdits", "Answers file (*.json)"))
        if not path:
            return []
    first = Path(path)
    written: list[Path] = []
    try:
        for n, data in enumerate(files):
            target = first if n == 0 else first.with_name(
                f"{first.stem}-{data['reporting_year']}{first.suffix or '.json'}")
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            write_file(target, text.encode("utf-8"))
            written.append(target)
    except ServiceError as exc:
        QMessageBox.warning(parent, QApplication.translate("UnsavedEdits", "Unsaved changes"),
                            exc.message(lang))
        return []
    return written


class SaveQueue(QObject):
    """A window's autosave queue with its banner and its retries.

    :meth:`save` stores what is queued; when a save fails the edits stay queued, the banner
    says why and, for a failure of the storage, ``retry`` fires after a wait (``RETRY_MS``,
    growing) — the window connects it to its flush. :meth:`may_close` asks the user what
    becomes of edits still waiting when the window closes.
    """

    def __init__(self, parent: QWidget, service: RespondentService) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.pending = PendingEdits(service, busy_ms=AUTOSAVE_BUSY_MS)
        self.banner = SaveBanner(parent)
        self.retry = QTimer(self, singleShot=True)
        self._retries = 0

    def overlay(self, year: int, answers: dict[str, object]) -> dict[str, object]:
        """``answers`` with the edits of ``year`` still waiting on top (what was typed)."""
        answers.update({fid: value for y, fid, value in self.pending.items() if y == year})
        return answers

    def save(self, lang: str) -> FlushResult:
        self.retry.stop()
        result = self.pending.flush(user=current_user())
        if not result.failures:
            self._retries = 0
            self.banner.hide()
            return result
        failure = next((f for f in result.failures if f.storage), result.failures[0])
        self.banner.show_failure(failure, lang)
        if failure.storage:  # the disk or the lock may be free later: try again
            self.retry.start(RETRY_MS[min(self._retries, len(RETRY_MS) - 1)])
            self._retries += 1
        return result

    def may_close(self, lang: str) -> bool:
        """Edits are still waiting: the user says what becomes of them (never lost silently).
        False: the window stays open (and the retries go on)."""
        while self.pending:
            choice = UnsavedEditsDialog.ask(self.parent_widget, len(self.pending),
                                            self.banner.text())
            if choice == RETRY:
                if not self.save(lang).failures:
                    return True
            elif choice == EXPORT:
                if export_pending(self.parent_widget, self.pending, lang):
                    self.pending.discard()  # they are in the file now
                    return True
            elif choice == DISCARD:
                self.pending.discard()
                return True
            else:
                return False
        return True

    def stop(self) -> None:
        self.retry.stop()
