"""Issue 19 (6, 7): the coordinator's tables sort by a click on a header, the inbox and the
submissions filter by their columns and by text, and the inbox shows every file received with
its reason readable — wrapped, whole in a tooltip and in a detail pane with what to do."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from kzth_desktop.demo.campaign import build_demo
from kzth_desktop.exchange.reasons import ImportReason, ImportResult
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.data import DataTab
from kzth_desktop.gui.coordinator.inbox import COL_REASON, COL_RESULT, InboxTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.coordination import Receipt
from kzth_desktop.services.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    build_demo(out, years=[2024, 2025], regions=2)
    return out


@pytest.fixture
def opened(qtbot, annex, demo, tmp_path):
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), language)
    ws = Workspace.open(demo / "coordinator", annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window, language
    language.set("ru")
    ws.close()


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())
            if not table.isRowHidden(r)]


def test_the_inbox_shows_the_whole_history_newest_first(opened, monkeypatch) -> None:
    window, _ = opened
    service = window.service
    real = service.receipts()
    base = real[0]
    many = [dataclasses.replace(base, id=1000 + n, name=f"f{n}.kzth",
                                received_at=base.received_at + dt.timedelta(minutes=n))
            for n in range(700)]
    monkeypatch.setattr(service, "receipts", lambda: many)
    inbox = window.tab(InboxTab)
    inbox.refresh()
    table = inbox.ui.inboxTable
    assert table.rowCount() == 700  # not the last 500
    assert table.item(0, 0).text() == "f699.kzth"
    assert "700" in inbox.ui.inboxSummary.text()


def _refused(receipt: Receipt, n: int, reason: ImportReason, result: ImportResult,
             params: dict) -> Receipt:
    return dataclasses.replace(receipt, id=5000 + n, name=f"bad-{n}.kzth", result=result,
                               reason=reason, params=params, sender_fingerprint=None)


def test_a_refusal_reads_whole_with_what_to_do(opened, monkeypatch) -> None:
    window, language = opened
    service = window.service
    real = service.receipts()
    extra = [
        _refused(real[0], 1, ImportReason.WRONG_RECIPIENT, ImportResult.REJECTED,
                 {"recipient": "ABCD EFGH"}),
        _refused(real[0], 2, ImportReason.UNKNOWN_SIGNER, ImportResult.QUARANTINED,
                 {"fingerprint": "K7QF 2M9X"}),
    ]
    extra[1] = dataclasses.replace(extra[1], sender_fingerprint="f" * 64)
    monkeypatch.setattr(service, "receipts", lambda: [*real, *extra])
    inbox = window.tab(InboxTab)
    inbox.refresh()
    table = inbox.ui.inboxTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "bad-1.kzth")
    reason = table.item(row, COL_REASON)
    assert "предназначен другому координатору" in reason.text()  # the message, not a code
    assert "запрос этого года" in reason.toolTip() and "[wrong_recipient]" in reason.toolTip()
    assert table.wordWrap()
    table.selectRow(row)
    detail = inbox.ui.inboxDetail.text()
    assert detail.startswith("bad-1.kzth") and "Что делать: Файл зашифрован для ключа" in detail
    assert "Код причины: wrong_recipient" in detail
    # a quarantined file's key waits for the phone check
    waiting = {r.sender_fingerprint for r in real if r.result is ImportResult.QUARANTINED}
    assert (f"Ключей ждут сверки по телефону: {len(waiting) + 1}"
            in inbox.ui.inboxSummary.text())
    language.set("kk")
    QApplication.processEvents()
    table.selectRow(next(r for r in range(table.rowCount())
                         if table.item(r, 0).text() == "bad-1.kzth"))
    assert "Не істеу керек:" in inbox.ui.inboxDetail.text()
    assert inbox.filters.search_label.text() == "Іздеу:"


def test_the_inbox_filters_by_result_region_and_text(opened) -> None:
    window, _ = opened
    inbox = window.tab(InboxTab)
    inbox.refresh()
    table, filters = inbox.ui.inboxTable, inbox.filters
    results = set(column(table, COL_RESULT))
    assert len(results) >= 2, results
    combo = filters.combos[COL_RESULT]
    assert combo.itemText(0) == "— все —"
    chosen = sorted(results)[0]
    combo.setCurrentIndex(combo.findData(chosen))
    assert set(column(table, COL_RESULT)) == {chosen}
    assert 0 < filters.shown() < table.rowCount()
    combo.setCurrentIndex(0)
    assert filters.shown() == table.rowCount()
    name = table.item(0, 0).text()
    filters.search.setText(name.upper())  # any case
    assert column(table, 0) == [name]
    filters.search.setText("нет такого текста")
    assert filters.shown() == 0
    filters.search.clear()
    # a refresh keeps the choice made
    combo.setCurrentIndex(combo.findData(chosen))
    inbox.refresh()
    assert combo.currentData() == chosen and set(column(table, COL_RESULT)) == {chosen}


def test_tables_sort_by_a_click_and_keep_the_order(opened, qtbot) -> None:
    window, _ = opened
    window.ui.tabs.setCurrentWidget(window.ui.dataTab)
    data = window.tab(DataTab)
    data.refresh()
    table = data.ui.submissionsTable
    assert table.isSortingEnabled() and table.rowCount() > 2
    first_order = column(table, 0)
    header = table.horizontalHeader()
    # a click on "Organisation" sorts by name; a second click the other way
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    names = column(table, 0)
    assert names in (sorted(names), sorted(names, reverse=True))
    table.sortItems(3, Qt.SortOrder.DescendingOrder)  # "Version", by number
    versions = [int(v) for v in column(table, 3)]
    assert versions == sorted(versions, reverse=True)
    data.refresh()  # after a reload the rows come back in the chosen order
    assert [int(v) for v in column(table, 3)] == sorted(versions, reverse=True)
    # the selected row is still the right submission after sorting
    table.selectRow(0)
    held = data.selected_held()
    assert held is not None and str(held.version) == table.item(0, 3).text()
    assert sorted(first_order) == sorted(column(table, 0))
    # the state filter
    combo = data.filters.combos[4]
    combo.setCurrentIndex(combo.findData("действующая"))
    assert combo.currentIndex() > 0 and set(column(table, 4)) == {"действующая"}
