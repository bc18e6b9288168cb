"""The base of the coordinator's tabs: a widget with its own Designer form, made on first show."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kzth_desktop.annex import Annex

if TYPE_CHECKING:
    from kzth_desktop.gui.coordinator.window import CoordinatorWindow


class CoordinatorTab(QWidget):
    """One tab of the coordinator's window. A subclass sets ``self.ui`` from its generated
    form (``Ui_<Name>Tab``) and fills itself in ``refresh``; the window calls ``refresh`` after
    making it, after a reload, and when the year (``follows_year``) or the assessment period
    (``follows_period``) changes. A language change re-reads the form and refreshes."""

    follows_year: ClassVar[bool] = False
    follows_period: ClassVar[bool] = False

    def __init__(self, window: CoordinatorWindow) -> None:
        super().__init__()
        self.w = window
        self.annex: Annex = window.annex

    @property
    def lang(self) -> str:
        return self.w.lang

    def refresh(self) -> None:
        """Fills the tab again from the window's workspace, desk, year and period."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
