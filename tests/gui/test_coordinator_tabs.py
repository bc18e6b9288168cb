"""The coordinator's window: one widget per tab, each with its own Designer form, made the
first time its tab is shown, and each following a live change of language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from kzth_desktop.demo.campaign import build_demo
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.inbox import InboxTab
from kzth_desktop.gui.coordinator.risks import RisksTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.workspace import Workspace

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "kzth_desktop" / "gui"
TABS = ("inbox", "completeness", "data", "quality", "paper", "signers", "requests", "risks",
        "analysis", "report")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    build_demo(out, years=[2023, 2024, 2025], regions=2)
    return out


@pytest.fixture
def opened(qtbot, annex, demo, tmp_path):
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), language)
    ws = Workspace.open(demo / "coordinator", annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    yield window, language
    language.set("ru")
    ws.close()


def _texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
            if w.text()]


def test_every_tab_has_its_own_form() -> None:
    for name in TABS:
        assert (ROOT / "ui" / f"{name}_tab.ui").is_file(), name
        assert (GUI / "forms" / f"ui_{name}_tab.py").is_file(), name
        assert (GUI / "coordinator" / f"{name}.py").is_file(), name


def test_tabs_are_made_on_first_show(opened) -> None:
    window, _ = opened
    assert list(window._tabs) == [InboxTab]
    window.ui.tabs.setCurrentWidget(window.ui.risksTab)
    risks = window.made(RisksTab)
    assert risks is not None and risks.isVisible()
    assert risks.ui.periodCombo.currentText() == "2023–2025"
    assert window.tab(RisksTab) is risks  # made once


@pytest.mark.parametrize("name", TABS)
def test_each_tab_follows_the_language(opened, name) -> None:
    window, language = opened
    window.ui.tabs.setCurrentWidget(getattr(window.ui, f"{name}Tab"))
    tab = next(t for t in window._tabs.values() if type(t).__module__.endswith(f".{name}"))
    russian = _texts(tab)
    language.set("kk")
    QApplication.processEvents()
    kazakh = _texts(tab)
    assert kazakh != russian, name
    title = window.ui.tabs.tabText(window.ui.tabs.indexOf(getattr(window.ui, f"{name}Tab")))
    assert title != "" and language.current == "kk"


def test_a_hidden_tab_in_kazakh_after_russian(opened) -> None:
    window, language = opened
    window.ui.tabs.setCurrentWidget(window.ui.risksTab)
    risks = window.tab(RisksTab)
    assert risks.ui.periodLabel.text() == "Период оценки:"
    assert risks.ui.territoryCombo.itemText(0) == "Казахстан (по республике)"
    window.ui.tabs.setCurrentWidget(window.ui.inboxTab)  # made, but not the one shown
    language.set("kk")
    QApplication.processEvents()
    assert window.ui.tabs.tabText(window.ui.tabs.indexOf(window.ui.risksTab)) == "Тәуекелдер"
    assert risks.ui.periodLabel.text() == "Бағалау кезеңі:"
    assert risks.ui.territoryCombo.itemText(0) == "Қазақстан (республика бойынша)"


def test_no_gui_module_is_over_500_lines() -> None:
    long = {str(p.relative_to(GUI)): n for p in GUI.rglob("*.py") if "forms" not in p.parts
            and (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, f"gui modules over 500 lines (split them): {long}"
