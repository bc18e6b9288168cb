"""What the parts of the respondent's window (navigation, problems panel, Exchange menu) use
of ``MainWindow``, as a protocol, so that they need not import the window that holds them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStatusBar

from kzth_desktop.annex import Annex, Block
from kzth_desktop.annex.validation import ValidationReport
from kzth_desktop.gui.formgen import BlockForm
from kzth_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import Workspace


class RespondentDesk(Protocol):
    ui: Ui_MainWindow
    ws: Workspace
    annex: Annex
    service: RespondentService

    @property
    def lang(self) -> str: ...

    @property
    def year(self) -> int | None: ...

    @property
    def report(self) -> ValidationReport | None: ...

    def blocks(self) -> tuple[Block, ...]: ...

    def load_years(self, select: int | None = None) -> None: ...

    def show_block(self, block_id: str) -> None: ...

    def form(self, block_id: str) -> BlockForm: ...

    def focus_field(self, field_id: str) -> bool: ...

    def flush(self) -> bool: ...

    def refresh(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...
