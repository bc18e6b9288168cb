"""The respondent's paper copies: the submission or a blank questionnaire, printed or saved as
a PDF (File menu). reportlab and PDFium are loaded on the first copy, not at start-up; the PDF
is laid out, and its pages drawn for the printer, off the interface thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kzth_desktop.gui.respondent_desk import RespondentDesk
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.errors import ServiceError


class PaperCopies(QObject):
    """Makes the window's copies (``window.copies``)."""

    finished = Signal(object)  # the saved Path, True once printed, None if not done

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self._op: BackgroundOp | None = None

    def _make(self, blank: bool, then: Callable[[bytes, str], None]) -> BackgroundOp | None:
        """Lays out the copy in the background, then ``then(data, file name)``."""
        w = self.w
        w.flush()
        if not blank and w.year is None:
            return None
        ws, annex, year, lang = w.ws, w.annex, w.year, w.lang

        def work(progress: Progress) -> tuple[bytes, str]:
            # reportlab and PDFium are loaded on the first print, not at start-up (DESIGN §8)
            from kzth_desktop.services import printing

            profile = ws.profile()
            if blank:
                data = printing.blank_copy(annex, list(profile.kinds) if profile else [],
                                           lang, profile)
                return data, f"kzth-blank-{lang}.pdf"
            assert year is not None
            data = printing.filled_copy(ws, annex, year, lang)
            return data, f"kzth-{year}-{profile.region if profile else ''}.pdf"

        def failed(exc: BaseException) -> None:
            text = exc.message(lang) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(cast(QWidget, w), self.tr("Print"), text)
            self.finished.emit(None)

        self._op = BackgroundOp(cast(QWidget, w), self.tr("Preparing the copy…"), work,
                                on_done=lambda made: then(*made), on_error=failed,
                                cancellable=False)
        self._op.start()
        return self._op

    def print_copy(self, blank: bool) -> BackgroundOp | None:
        """The print dialog once the copy is laid out; :attr:`finished` says how it ended."""
        def send(data: bytes, name: str) -> None:
            from kzth_desktop.gui.printing import print_in_background

            op = print_in_background(cast(QWidget, self.w), data, name,
                                     self.tr("Printing…"), self.finished.emit)
            if op is None:
                self.finished.emit(None)
            else:
                self._op = op

        return self._make(blank, send)

    def save_copy(self, blank: bool) -> BackgroundOp | None:
        """Asks where to save the copy once it is laid out; :attr:`finished` gets the path."""
        def save(data: bytes, name: str) -> None:
            from kzth_desktop.gui.printing import save_pdf

            path: Path | None = save_pdf(cast(QWidget, self.w), data, name,
                                         self.tr("Save as PDF"))
            self.finished.emit(path)

        return self._make(blank, save)
