"""The respondent's paper copies: the submission or a blank questionnaire, printed or saved as
a PDF (File menu). reportlab and PDFium are loaded on the first copy, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from kzth_desktop.gui.respondent_desk import RespondentDesk
from kzth_desktop.services.errors import ServiceError


class PaperCopies(QObject):
    """Makes the window's copies (``window.copies``)."""

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window

    def _copy(self, blank: bool) -> tuple[bytes, str] | None:
        w = self.w
        # reportlab and PDFium are loaded on the first print, not at start-up (DESIGN §8)
        from kzth_desktop.services import printing

        w.flush()
        profile = w.ws.profile()
        try:
            if blank:
                data = printing.blank_copy(w.annex, list(profile.kinds) if profile else [],
                                           w.lang, profile)
                return data, f"kzth-blank-{w.lang}.pdf"
            if w.year is None:
                return None
            data = printing.filled_copy(w.ws, w.annex, w.year, w.lang)
            return data, f"kzth-{w.year}-{profile.region if profile else ''}.pdf"
        except ServiceError as exc:
            QMessageBox.warning(cast(QWidget, w), self.tr("Print"), exc.message(w.lang))
            return None

    def print_copy(self, blank: bool) -> bool:
        from kzth_desktop.gui.printing import print_pdf

        made = self._copy(blank)
        return made is not None and print_pdf(cast(QWidget, self.w), made[0], made[1])

    def save_copy(self, blank: bool) -> Path | None:
        from kzth_desktop.gui.printing import save_pdf

        made = self._copy(blank)
        if made is None:
            return None
        return save_pdf(cast(QWidget, self.w), made[0], made[1], self.tr("Save as PDF"))
