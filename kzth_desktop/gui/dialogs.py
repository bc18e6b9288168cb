"""Small fixed dialogs (from ui/): the Rules' text, adding a reporting year."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from kzth_desktop.gui.forms.ui_add_year_dialog import Ui_AddYearDialog
from kzth_desktop.gui.forms.ui_rules_dialog import Ui_RulesDialog
from kzth_desktop.paths import resource


def rules_html(lang: str) -> str:
    """The Rules as shipped (resources/rules), paragraphs kept, nothing reworded."""
    text = resource("rules", f"rules_{lang}.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        escaped = html.escape(p).replace("\n", "<br>")
        out.append(f"<p>{escaped}</p>")
    return "".join(out)


class RulesDialog(QDialog):
    """Help → the Rules, in the interface language."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RulesDialog()
        self.ui.setupUi(self)
        self.lang = lang
        self.ui.textBrowser.setHtml(rules_html(lang))
        self.ui.findEdit.returnPressed.connect(self.find_next)

    def find_next(self) -> bool:
        needle = self.ui.findEdit.text()
        if not needle:
            return False
        browser = self.ui.textBrowser
        if browser.find(needle):
            return True
        cursor = browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        browser.setTextCursor(cursor)
        return browser.find(needle, QTextDocument.FindFlag(0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


class AddYearDialog(QDialog):
    """A reporting year and its deadline (by hand, until the coordinator's request sets it)."""

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddYearDialog()
        self.ui.setupUi(self)
        today = today or dt.date.today()
        # data are collected for the year that has ended
        self.ui.yearSpin.setValue(today.year - 1)
        deadline = QDate(today.year, today.month, today.day).addMonths(1)
        self.ui.deadlineEdit.setDate(deadline)
        self.ui.deadlineCheck.toggled.connect(self.ui.deadlineEdit.setEnabled)

    def values(self) -> tuple[int, dt.date | None]:
        deadline = None
        if self.ui.deadlineCheck.isChecked():
            d = self.ui.deadlineEdit.date()
            deadline = dt.date(d.year(), d.month(), d.day())
        return self.ui.yearSpin.value(), deadline

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


class ReviewDialog(QDialog):
    """The coordinator's decision on a quality finding, with a comment."""

    def __init__(self, finding_text: str, status: str, comment: str, names: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kzth_desktop.gui.forms.ui_review_dialog import Ui_ReviewDialog

        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.ui.findingLabel.setText(finding_text)
        for value, name in names.items():
            self.ui.statusCombo.addItem(name, value)
        self.ui.statusCombo.setCurrentIndex(max(self.ui.statusCombo.findData(status), 0))
        self.ui.commentEdit.setPlainText(comment)

    def values(self) -> tuple[str, str]:
        return self.ui.statusCombo.currentData(), self.ui.commentEdit.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None, finding_text: str, status: str, comment: str,
            names: dict[str, str]) -> tuple[str, str] | None:
        """(status, comment) chosen, or None when cancelled (tests patch this)."""
        dialog = cls(finding_text, status, comment, names, parent)
        return dialog.values() if dialog.exec() else None
