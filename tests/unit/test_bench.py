"""``kzth bench``: the figures' shape, the bench set, and a ``--quick`` run end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.bench.benchset import PASSPHRASE, BenchSet, build_bench_set, copy_workspace
from kzth_desktop.bench.runner import Figure, run_child
from kzth_desktop.bench.workloads import peak_mb, sqlite_commit_floor
from kzth_desktop.cli import build_parser
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.workspace import Workspace

KEYS = {"value", "unit", "floor", "ratio", "budget", "within_budget"}


def test_figure_ratio_and_budget() -> None:
    f = Figure("import.2000", 12.0, "s", 1.5, 20.0)
    assert f.ratio == pytest.approx(8.0)
    assert f.within_budget is True
    assert set(f.to_json()) >= KEYS
    assert Figure("x", 21.0, "s", None, 20.0).within_budget is False
    assert Figure("x", 21.0, "s", None, 20.0).to_json()["ratio"] is None
    assert Figure("x", 1.0, "s").within_budget is None  # no budget: nothing to hold
    assert Figure("x", None, "s", None, 10.0).within_budget is None  # not measured


def test_bench_command_is_registered() -> None:
    args = build_parser().parse_args(["bench", "--json", "--quick", "--keep", "/tmp/x"])
    assert args.json and args.quick and args.keep == "/tmp/x"


def test_sqlite_floor_leaves_nothing(tmp_path: Path) -> None:
    times = sqlite_commit_floor(tmp_path, n=3)
    assert len(times) == 3 and all(t > 0 for t in times)
    assert list(tmp_path.iterdir()) == []


def test_bench_set_imports_cleanly(tmp_path: Path) -> None:
    """Every bundle of the set is accepted (or supersedes its first version) by a copy of
    its coordinator: the import measured is the import of valid files."""
    annex = load_default_annex()
    bs = build_bench_set(tmp_path / "set", 9, (2022, 2023, 2024), annex)
    assert BenchSet.load(bs.folder) == bs
    files = bs.files()
    assert len(files) == 9 and bs.organisations == 3
    assert [p.name[:5] for p in files] == [f"{i:05d}" for i in range(1, 10)]
    ws = Workspace.open(copy_workspace(bs.coordinator, tmp_path / "co"), annex=annex)
    try:
        report = CoordinationService(ws, annex).import_paths(bs.files(6), PASSPHRASE)
        assert {o.result.value for o in report.outcomes} == {"accepted"}
        held = CoordinationService(ws, annex).submissions()
        assert sorted({h.reporting_year for h in held}) == [2022, 2023, 2024]
        assert len(held) == 6
    finally:
        ws.close()


def test_run_child_reads_result_marks_and_memory(tmp_path: Path) -> None:
    code = ("print('kzth-bench-shown 42.5'); import json; "
            "print(json.dumps({'seconds': 0.5}))")
    child = run_child(["-c", code], dict(os.environ), tmp_path / "log",
                      marks=("kzth-bench-shown",))
    assert child.result == {"seconds": 0.5}
    assert child.marks["kzth-bench-shown"] > 0
    assert child.peak_mb == 42.5  # the child's own figure, not wait4's (the parent's peak)
    code = "import json; print(json.dumps({'seconds': 1, 'peak_mb': 12.5}))"
    assert run_child(["-c", code], dict(os.environ), tmp_path / "log").peak_mb == 12.5


def test_peak_memory_is_this_process() -> None:
    peak = peak_mb()
    if sys.platform.startswith("linux"):
        assert peak is not None and 5 < peak < 2000


@pytest.mark.slow
def test_quick_run_prints_every_figure(tmp_path: Path) -> None:
    """``kzth bench --quick --json``: one object, every figure with its keys (about a minute:
    a one-region demo campaign, 20 bundles, every window and form in a process of its own)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "kzth_desktop.cli", "bench", "--quick", "--json", "--keep",
         str(tmp_path / "keep")], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]  # 1: a budget missed (reported)
    figures = json.loads(proc.stdout)
    expected = {
        "startup.respondent_window", "startup.coordinator_window", "form.block_b1",
        "form.block_b2", "form.akimat_4_blocks", "form.100_fields", "autosave.edit_on_disk",
        "autosave.flush_total", "import.5", "import.10", "import.20", "import.scale",
        "aggregate.national_3_years", "report.assessment_pdf", "report.workbook",
        "memory.report.workbook",
        "memory.startup.respondent_window", "memory.import.20",
    }
    assert expected <= set(figures)
    for name, figure in figures.items():
        assert set(figure) >= KEYS, name
        if figure["budget"] is not None and figure["value"] is not None:
            assert figure["within_budget"] is (figure["value"] <= figure["budget"]), name
    assert figures["import.20"]["unit"] == "s" and figures["import.20"]["floor"] > 0
    assert figures["startup.respondent_window"]["floor"] > 0
    assert figures["memory.import.20"]["budget"] == 300
    for name in ("autosave.edit_on_disk", "form.block_b1", "aggregate.national_3_years"):
        assert figures[name]["value"] > 0, name
    missed = [n for n, f in figures.items() if f["within_budget"] is False]
    assert (proc.returncode == 1) == bool(missed)
