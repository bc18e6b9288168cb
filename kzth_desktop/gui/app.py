"""Starts the desktop application: ``kzth-desktop [--workspace DIR]``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kzth_desktop import __version__, logfile
from kzth_desktop.paths import default_workspace, resource

ICON_FILES = ("kzth-16.png", "kzth-32.png", "kzth-48.png", "kzth.png")  # scripts/make_icon.py


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kzth-desktop", description="KZTH Desktop")
    parser.add_argument("--workspace", metavar="DIR",
                        help="workspace folder (default: $KZTH_WORKSPACE, the last one used, "
                             "or the user data folder)")
    parser.add_argument("--lang", choices=("kk", "ru"), help="interface language")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="save a picture of the first window once it is shown, then quit")
    parser.add_argument("--version", action="version", version=f"kzth-desktop {__version__}")
    return parser.parse_args(argv)


def window_icon() -> QIcon:
    """The program's icon in every size drawn (each window's title bar and task bar button)."""
    icon = QIcon()
    for name in ICON_FILES:
        icon.addFile(str(resource("icons", name)))
    return icon


def _system_language() -> str:
    return "kk" if QLocale.system().language() == QLocale.Language.Kazakh else "ru"


def main(argv: Sequence[str] | None = None) -> int:
    logfile.configure(logfile.GUI_LOG)  # never a console (none in the frozen build); may be none
    args = _parse(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KZTH Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("KZTH")
    app.setWindowIcon(window_icon())
    from kzth_desktop.gui.crash import install_exception_hooks

    install_exception_hooks()  # any unexpected error: a kk/ru dialog, never a silent crash

    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.gui.context import AppContext
    from kzth_desktop.gui.i18n import Language
    from kzth_desktop.gui.settings import Settings

    settings = Settings()
    language = Language(app, args.lang or settings.language or _system_language())
    ctx = AppContext(app, load_default_annex(), settings, language)

    url = args.workspace or os.environ.get("KZTH_WORKSPACE", "")
    if "://" in url:  # a database workspace (PostgreSQL at a ministry): opened, never created
        ws = ctx.open_location(url)
        if ws is None:
            return 1
        first: QWidget = ctx.window_for(ws)
        return _run(app, first, args.screenshot)
    if args.workspace:
        target = Path(args.workspace).expanduser()
    else:
        last = settings.last_workspace()
        target = default_workspace()
        if last and Path(last, "workspace.sqlite").exists() and not _env_workspace():
            target = Path(last)

    if (target / "workspace.sqlite").exists():
        ws = ctx.open_location(target)
        if ws is None:
            return 1
        first = ctx.window_for(ws)
    else:
        from kzth_desktop.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(ctx.annex, language, target)
        if args.screenshot:
            first = wizard
        else:
            if not wizard.exec() or wizard.workspace is None:
                return 0
            first = ctx.window_for(wizard.workspace)
    return _run(app, first, args.screenshot)


def _run(app: QApplication, first: QWidget, screenshot: str | None) -> int:
    first.show()
    if os.environ.get("KZTH_BENCH_SHOWN"):  # kzth bench: say when it is painted, then quit
        from kzth_desktop.gui.bench_probe import report_first_paint

        report_first_paint(app, first)
    if screenshot:
        shot = Path(screenshot)

        def grab() -> None:
            first.grab().save(str(shot))
            app.quit()

        QTimer.singleShot(300, grab)
    return app.exec()


def _env_workspace() -> bool:
    return bool(os.environ.get("KZTH_WORKSPACE"))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
