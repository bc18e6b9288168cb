"""Makes the README's screenshots offscreen, in Kazakh and in Russian, into docs/screenshots/:
the first-run wizard, the respondent's window, and every tab of the coordinator's window on a
demo campaign (`kzth demo`; built here with a few regions unless --demo names one).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out DIR] [--demo DEMO_DIR]
                                                            [--respondent-only]

The respondent's window is also shot as it opens on a 1366×768 office laptop (issue 19:
``respondent-laptop-<block>-<lang>.png``, with the Problems panel open).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kzth_desktop.annex import load_default_annex  # noqa: E402
from kzth_desktop.services.respondent import RespondentService  # noqa: E402
from kzth_desktop.services.workspace import OrgProfile, Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

SAMPLE = {
    "b1.q1.1": {"answer": "yes", "details": "Заңнамада еңбек делдалдығына бақылау жеткіліксіз."},
    "b1.q1.2": {"answer": "no", "details": ""},
    "b1.q1.3": {"answer": "yes", "details": "Ақпарат алмасу тәртібі бекітілмеген; "
                "өңірлік топтар сирек жиналады."},
    "b1.q1.4": {"no_data": "Мониторинг жүйесі 2026 жылы енгізіледі"},
    "b3.q1.period": {"from": "2025-01-01", "to": "2025-12-31"},
    "b3.q1.received": 14,
    "b3.q1.identified": 9,
    "b3.q1.not_identified": 5,
    "b3.q1.victims": {"rows": [
        {"age_band": "18-25", "citizenship": "KZ", "nationality": "kazakh", "sex": "f",
         "social_status": "unemployed", "family_status": "single", "disability": "no",
         "exploitation": "sexual", "count": 4},
        {"age_band": "26-45", "citizenship": "UZ", "nationality": "uzbek", "sex": "m",
         "social_status": "labour_migrant", "family_status": "married", "disability": "no",
         "exploitation": "labour", "count": 5},
    ]},
    "b14.q1.meetings": 4,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--demo", help="a folder made by `kzth demo` (else a small one is built)")
    parser.add_argument("--respondent-only", action="store_true",
                        help="only the wizard and the respondent's window (no demo campaign)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KZTH_SETTINGS"] = str(Path(tmp) / "settings.ini")
        app = QApplication.instance() or QApplication([])
        from kzth_desktop.gui.context import AppContext
        from kzth_desktop.gui.i18n import Language
        from kzth_desktop.gui.main_window import MainWindow
        from kzth_desktop.gui.settings import Settings
        from kzth_desktop.gui.wizard import FirstRunWizard

        annex = load_default_annex()
        settings = Settings()
        language = Language(app, "kk")
        ctx = AppContext(app, annex, settings, language)

        ws = Workspace.create(
            Path(tmp) / "ws", "respondent",
            OrgProfile("Алматы облысының әкімдігі", "Акимат Алматинской области", "KZ-19",
                       ("akimat",), "Сәрсенбаева Әйгерім", "+7 727 000 00 00",
                       "info@example.kz"),
            annex=annex,
        )
        service = RespondentService(ws, annex)
        service.add_campaign(2025)
        service.import_answers({"reporting_year": 2025, "answers": SAMPLE})

        for lang in ("kk", "ru"):
            language.set(lang)
            wizard = FirstRunWizard(annex, language, Path(tmp) / "other")
            wizard.resize(760, 600)
            wizard.show()
            wizard.next()
            wizard.next()
            app.processEvents()
            wizard.grab().save(str(out / f"wizard-organisation-{lang}.png"))
            wizard.close()

            window = MainWindow(ctx, ws)
            window.resize(1400, 900)
            window.show()
            for block in ("b1", "b3"):
                window.show_block(block)
                app.processEvents()
                window.grab().save(str(out / f"respondent-{block}-{lang}.png"))
            window.close()
            laptop_shots(app, ctx, ws, out, lang)
        ws.close()
        if not args.respondent_only:
            coordinator_shots(app, ctx, out, Path(args.demo) if args.demo else Path(tmp) / "demo")
    print(f"screenshots written to {out}")


def laptop_shots(app, ctx, ws, out: Path, lang: str) -> None:
    """The window as it opens on a 1366×768 laptop (768 less a 40-pixel task bar)."""
    from PySide6.QtCore import QRect

    from kzth_desktop.gui import window_fit
    from kzth_desktop.gui.main_window import PREFERRED_SIZE, MainWindow

    window = MainWindow(ctx, ws)
    window.setGeometry(window_fit.first_geometry(PREFERRED_SIZE, QRect(0, 0, 1366, 728)))
    window.ui.splitter.setSizes([window.width() * 3 // 10, window.width() * 7 // 10])
    window.show()
    window.show_validation()
    tree = window.ui.navTree
    for block in ("b1", "b3"):
        window.show_block(block)
        tree.expandAll()
        window.form(block).complete()  # every row built and laid out, as after a moment
        for _ in range(5):
            app.processEvents()
        if block == "b3":  # the nine-column victims table
            window.form(block).reveal("b3.q1.victims")
            app.processEvents()
        window.grab().save(str(out / f"respondent-laptop-{block}-{lang}.png"))
    window.close()


def coordinator_shots(app, ctx, out: Path, demo: Path) -> None:
    from kzth_desktop.gui.coordinator.analysis import AnalysisTab
    from kzth_desktop.gui.coordinator.data import DataTab
    from kzth_desktop.gui.coordinator.report import ReportTab
    from kzth_desktop.gui.coordinator.risks import RisksTab
    from kzth_desktop.gui.coordinator.window import CoordinatorWindow

    if not (demo / "coordinator").is_dir():
        from kzth_desktop.demo.campaign import build_demo

        build_demo(demo, regions=4)
    ws = Workspace.open(demo / "coordinator", annex=ctx.annex)
    for lang in ("kk", "ru"):
        ctx.language.set(lang)
        window = CoordinatorWindow(ctx, ws)
        window.resize(1500, 900)
        window.show()
        window.ui.yearCombo.setCurrentIndex(window.ui.yearCombo.count() - 1)
        for tab in ("inbox", "completeness", "data", "quality", "signers", "requests", "risks",
                    "analysis", "report"):
            widget = getattr(window.ui, f"{tab}Tab")
            window.ui.tabs.setCurrentWidget(widget)  # makes the tab's widget on first show
            if tab == "data" and window.tab(DataTab).ui.submissionsTable.rowCount():
                window.tab(DataTab).ui.submissionsTable.selectRow(0)
            if tab == "risks" and window.tab(RisksTab).ui.registerTable.rowCount():
                window.tab(RisksTab).ui.registerTable.selectRow(0)
            if tab == "analysis":
                window.tab(AnalysisTab).ui.sectionsList.setCurrentRow(2)
            if tab == "report" and window.period:
                from kzth_desktop.gui.printing import render_pages

                data = window.assessment_service.report(window.period, lang)
                window.tab(ReportTab)._report_made((data, render_pages(data, 40)[:8]))
            app.processEvents()
            window.grab().save(str(out / f"coordinator-{tab}-{lang}.png"))
        window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
