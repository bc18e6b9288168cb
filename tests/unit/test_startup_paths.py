"""What keeps the start-up within DESIGN §8's 1.5 s (see README, "Speed"): opening an
up-to-date workspace imports no Alembic, the windows load no PDF machinery until a print, and
the core is imported before PySide6."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kzth_desktop.services.workspace import OrgProfile, Workspace
from kzth_desktop.storage.db import head_revision, plain_head_revision


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport json, sys\n"
                          "print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_plain_head_is_alembics_head() -> None:
    assert plain_head_revision() == head_revision()


def test_opening_an_up_to_date_workspace_needs_no_alembic(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "ws", "coordinator", OrgProfile("Ү", "К", "KZ-71")).close()
    modules = _modules_after(
        "from kzth_desktop.services.workspace import Workspace\n"
        f"ws = Workspace.open({str(tmp_path / 'ws')!r})\n"
        "assert ws.migration is None or not ws.migration.upgraded\n"
        "ws.close()")
    assert "alembic" not in modules


def test_windows_load_no_pdf_machinery_until_a_print() -> None:
    modules = _modules_after("import kzth_desktop.gui.main_window\n"
                             "import kzth_desktop.gui.coordinator.window")
    assert not {"reportlab", "pypdfium2", "kzth_desktop.reports.questionnaire"} & modules


def test_the_core_is_imported_before_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys\nimport kzth_desktop.gui\n"
         "print('PySide6' in sys.modules, 'sqlalchemy' in sys.modules)"],
        capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
