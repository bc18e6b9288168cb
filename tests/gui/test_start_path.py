"""Issue 19, point 12: the start path of each window loads no module its first paint does
not need (the workbook's openpyxl and numpy, reportlab, PDFium, Alembic on a current schema),
checked in a fresh process at the moment the window is first painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzth_desktop.gui.bench_probe import HEAVY_MODULES, MODULES_LINE
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("role", ["respondent", "coordinator"])
def test_the_first_paint_loads_no_heavy_module(annex, tmp_path, role):
    profile = (OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)) if role == "respondent"
               else OrgProfile("ІІМ", "МВД"))
    with Workspace.create(tmp_path / "ws", role, profile, annex=annex) as ws:
        if role == "respondent":
            RespondentService(ws, annex).add_campaign(2025)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KZTH_BENCH_SHOWN="1",
               KZTH_BENCH_MODULES="1", KZTH_SETTINGS=str(tmp_path / "settings.ini"),
               KZTH_LANG="ru")
    out = subprocess.run([sys.executable, "-m", "kzth_desktop", "--workspace",
                          str(tmp_path / "ws")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith(MODULES_LINE)]
    assert lines, out.stdout + out.stderr
    loaded = json.loads(lines[0].removeprefix(MODULES_LINE))
    assert loaded == [], f"loaded before the first paint: {loaded} (of {HEAVY_MODULES})"
