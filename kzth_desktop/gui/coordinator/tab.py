"""The base of the coordinator's tabs: a widget with its own Designer form, made on first show,
and the protocol of what a tab may use of the window around it."""

from __future__ import annotations

from typing import Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QStatusBar, QWidget

from kzth_desktop.annex import Annex
from kzth_desktop.gui.forms.ui_coordinator_window import Ui_CoordinatorWindow
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.workspace import Workspace

T = TypeVar("T", bound="CoordinatorTab")


class CoordinatorDesk(Protocol):
    """What the tabs use of ``CoordinatorWindow`` (so that they need not import it)."""

    ui: Ui_CoordinatorWindow
    ws: Workspace
    annex: Annex
    service: CoordinationService
    assessment_service: AssessmentService
    imported: SignalInstance  # an ImportReport, after the inbox has shown it

    @property
    def lang(self) -> str: ...

    @property
    def desk(self) -> Desk | None: ...

    @property
    def year(self) -> int | None: ...

    @property
    def period(self) -> tuple[int, ...] | None: ...

    def periods(self) -> list[tuple[int, ...]]: ...

    def set_period(self, years: tuple[int, ...] | None) -> None: ...

    def reload(self, desk: Desk | None = None) -> None: ...

    def made(self, cls: type[T]) -> T | None: ...

    def statusBar(self) -> QStatusBar: ...


class CoordinatorTab(QWidget):
    """One tab of the coordinator's window. A subclass sets ``self.ui`` from its generated
    form (``Ui_<Name>Tab``) and fills itself in ``refresh``; the window calls ``refresh`` after
    making it, after a reload, and when the year (``follows_year``) or the assessment period
    (``follows_period``) changes. A language change re-reads the form and refreshes."""

    follows_year: ClassVar[bool] = False
    follows_period: ClassVar[bool] = False
    ui: Any

    def __init__(self, window: CoordinatorDesk) -> None:
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
