"""The warning before a report is made: each thing the report would print as missing or
provisional (issue 19), with the choice to make it anyway or to go back and fix it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


class ReportGapsDialog(QDialog):
    """Lists the gaps one per line; "Make the report anyway" accepts, "Go back" rejects."""

    def __init__(self, intro: str, items: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before making the report"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("What the report would miss"))
        self.items.setWordWrap(True)
        self.items.addItems(list(items))
        layout.addWidget(self.items)
        buttons = QDialogButtonBox(self)
        self.go_on = buttons.addButton(self.tr("Make the report anyway"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_back = buttons.addButton(self.tr("Go back and fix it"),
                                         QDialogButtonBox.ButtonRole.RejectRole)
        self.go_back.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, intro: str, items: Sequence[str]) -> bool:
        """True to make the report anyway (tests patch this to read the list)."""
        return bool(cls(intro, items, parent).exec())
