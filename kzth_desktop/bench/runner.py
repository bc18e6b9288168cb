"""``kzth bench``: the budgets of DESIGN §8 measured on the machine at hand, each against a floor
measured in the same run where one exists.

Every figure is measured in a fresh child process (so its peak memory, read from the operating
system when the child ends, is its own): the interface ones by :mod:`kzth_desktop.gui.bench_probe`
(offscreen), the others by :mod:`kzth_desktop.bench.workloads`. This module imports no Qt.

The data: the demo campaign (``kzth demo``: the 20 regions' and the national bodies'
respondents, three years, all imported) for the windows, the forms, the autosave, the
aggregation and the assessment; and a bench set of 2,000 bundles (:mod:`.benchset`) for the
import, run at 500, 1,000 and 2,000 files into a fresh copy of its coordinator each time.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzth_desktop.bench.benchset import BenchSet
from kzth_desktop.demo.campaign import default_years

WORKLOADS = "kzth_desktop.bench.workloads"
PROBE = "kzth_desktop.gui.bench_probe"
SHOWN_LINE = "kzth-bench-shown"  # kzth_desktop.gui.bench_probe.SHOWN_LINE (no Qt import here)
MEMORY_BUDGET_MB = 300.0
IMPORT_BUDGET, IMPORT_BUDGET_FILES = 20.0, 2000  # seconds for 2,000 bundles
CHILD_TIMEOUT = 600.0
# the floor of the start-up: a bare PySide6 window in a fresh process, shown and reported the
# way kzth_desktop.gui.bench_probe.report_first_paint reports the application's first window
# (as code, not a module of the package: importing kzth_desktop.gui loads the core first)
BARE_WINDOW = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Watch(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, shown)
        return False

def shown():
    peak = ""
    try:
        with open("/proc/self/status") as f:
            peak = next((int(l.split()[1]) / 1024 for l in f if l.startswith("VmHWM:")), "")
    except OSError:
        pass
    sys.stdout.write(f"{SHOWN_LINE} {{peak}}\\n")
    sys.stdout.flush()
    app.quit()

app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1200, 800)
window.setWindowTitle("KZTH Desktop")
window.show()
watch = Watch(window)
window.installEventFilter(watch)
app.exec()
"""
# the respondent whose window, forms and autosave are measured: an oblast akimat answers
# blocks 1, 3, 5 and 14; the police blocks 1 and 2 (block 2: five victims tables)
AKIMAT = "KZ-10-akimat"
POLICE = "KZ-10-police"
# no block of the annex has 100 fields (the largest, block 1, has 34): DESIGN §8's "block of
# 100+ fields" is measured on one form made of these blocks' questions together (109 fields)
WIDE_BLOCKS = ("b1", "b2", "b9", "b11", "b14", "b16")
WIDE_KINDS = ("akimat", "police", "health_org", "foreign_mission", "ngo")
AKIMAT_BLOCKS = ("b1", "b3", "b5", "b14")


class BenchError(Exception):
    """A child process failed; the message has the end of its error output."""


# --- figures -------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured figure with its floor (same run) and budget (DESIGN §8), if any."""

    name: str
    value: float | None
    unit: str
    floor: float | None = None
    budget: float | None = None
    note: str = ""
    group: str = "time"  # time | memory

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def within_budget(self) -> bool | None:
        """None when there is no budget, or no value (the figure could not be measured)."""
        if self.budget is None or self.value is None:
            return None
        return self.value <= self.budget

    def to_json(self) -> dict[str, Any]:
        ratio = self.ratio
        return {"value": _round(self.value), "unit": self.unit, "floor": _round(self.floor),
                "ratio": None if ratio is None else round(ratio, 2), "budget": self.budget,
                "within_budget": self.within_budget, "note": self.note}


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 3) if abs(value) < 100 else round(value, 1)


@dataclass(frozen=True, slots=True)
class Settings:
    """How big and how often: the full run, or ``--quick`` (seconds, for the tests)."""

    regions: int | None = None  # demo regions (None: all 20)
    national: bool = True  # the demo's 10 national bodies
    sizes: tuple[int, ...] = (500, 1000, 2000)
    startups: int = 3  # measured start-ups of each kind (after one warm-up)
    repeats: int = 3  # repetitions inside a probe (forms)
    edits: int = 15  # autosaves timed
    years: tuple[int, ...] = field(default_factory=lambda: tuple(default_years()))

    @classmethod
    def quick(cls) -> Settings:
        return cls(regions=1, national=False, sizes=(5, 10, 20), startups=1, repeats=1, edits=3)


@dataclass
class BenchResult:
    figures: list[Figure]
    settings: Settings
    seconds: float
    machine: Mapping[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {f.name: f.to_json() for f in self.figures}


# --- child processes -----------------------------------------------------------------------------


@dataclass
class Child:
    """What a finished child process gave: its JSON result, peak memory, and wall time."""

    result: dict[str, Any]
    peak_mb: float | None
    wall: float
    marks: dict[str, float] = field(default_factory=dict)  # seconds from start to a line


def _wait(proc: subprocess.Popen[bytes]) -> float | None:
    """Reaps the child; its peak resident memory in MB (None where the OS does not say) —
    on Linux at least the parent's own peak, which the child inherits at fork: children
    report their own (VmHWM) where they can, and that figure is preferred."""
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss: kilobytes on Linux, bytes on macOS
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        return float(usage.ru_maxrss) / scale
    proc.wait()
    return None


def run_child(argv: Sequence[str], env: Mapping[str, str], log: Path,
              marks: Sequence[str] = (), timeout: float = CHILD_TIMEOUT) -> Child:
    """Runs ``python -m …`` as a child; ``marks``: lines whose arrival is timed from the
    process's start. The last line of output is its JSON result (``{}`` if none)."""
    with open(log, "ab") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE, stderr=err,
                                env=dict(env))
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        seen: dict[str, float] = {}
        lines: list[str] = []
        try:
            assert proc.stdout is not None
            for raw in proc.stdout:
                now = time.perf_counter()
                line = raw.decode("utf-8", "replace").rstrip("\n")
                for mark in marks:
                    if line.startswith(mark) and mark not in seen:
                        seen[mark] = now - started
                lines.append(line)
            peak = _wait(proc)
            wall = time.perf_counter() - started
        finally:
            killer.cancel()
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise BenchError(f"{' '.join(argv[:3])} exited {proc.returncode}:\n{tail}")
    missing = [m for m in marks if m not in seen]
    if missing:
        raise BenchError(f"{' '.join(argv[:3])} never printed {missing}")
    result: dict[str, Any] = {}
    for line in reversed(lines):
        if line.startswith("{"):
            result = json.loads(line)
            break
    # the child's own figure (VmHWM) where it gave one: wait4's counts the parent's memory
    told = result.get("peak_mb")
    for line in lines:
        parts = line.split()
        if not told and len(parts) == 2 and parts[0] in marks:
            told = float(parts[1])
    return Child(result, float(told) if told else peak, wall, seen)


# --- the run -------------------------------------------------------------------------------------

Progress = Callable[[str], None]


class _Run:
    def __init__(self, work: Path, settings: Settings, progress: Progress) -> None:
        self.work = work
        self.settings = settings
        self.progress = progress
        self.log = work / "bench.log"
        self.figures: list[Figure] = []
        self.env = dict(os.environ)
        self.env.pop("KZTH_BENCH_SHOWN", None)
        # an installed program has its bytecode compiled; the children get a cache of their
        # own (kept with --keep), so no start-up is timed compiling, and the tree stays clean
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        self.gui_env = dict(self.env, QT_QPA_PLATFORM="offscreen")

    # --- helpers -------------------------------------------------------------------------------
    def child(self, module: str, task: str, args: Mapping[str, Any],
              env: Mapping[str, str] | None = None) -> Child:
        return run_child(["-m", module, task, json.dumps(args)], env or self.env, self.log)

    def add(self, figure: Figure, peak_mb: float | None = None,
            floor_mb: float | None = None) -> Figure:
        self.figures.append(figure)
        if peak_mb is not None:
            self.figures.append(Figure(f"memory.{figure.name}", peak_mb, "MB", floor_mb,
                                       MEMORY_BUDGET_MB, "peak resident memory of the process",
                                       group="memory"))
        return figure

    @contextmanager
    def gui_settings(self) -> Iterator[dict[str, str]]:
        """A fresh settings file per start (no remembered geometry, block or language)."""
        folder = Path(tempfile.mkdtemp(prefix="settings-", dir=self.work))
        try:
            yield dict(self.gui_env, KZTH_SETTINGS=str(folder / "kzth-desktop.ini"),
                       KZTH_BENCH_SHOWN="1", KZTH_LANG="ru")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # --- data ----------------------------------------------------------------------------------
    def prepare(self) -> tuple[Path, BenchSet]:
        """The demo campaign and the bench set, made side by side (or found in ``--keep``)."""
        s = self.settings
        demo = self.work / "demo"
        demo_key = {"years": list(s.years), "regions": s.regions, "national": s.national}
        set_dir = self.work / "benchset"
        n_files = max(s.sizes)
        procs = []
        if _stamp(demo) != demo_key:
            shutil.rmtree(demo, ignore_errors=True)
            self.progress("demo campaign (kzth demo)")
            procs.append(("demo", demo, demo_key, self._spawn(WORKLOADS, "demo", {
                "out": str(demo), "years": list(s.years), "regions": s.regions,
                "national": s.national})))
        found = BenchSet.load(set_dir)
        if found is None or found.years != s.years or len(found.files()) < n_files:
            shutil.rmtree(set_dir, ignore_errors=True)
            self.progress(f"bench set ({n_files} bundles)")
            procs.append(("benchset", set_dir, None, self._spawn(WORKLOADS, "benchset", {
                "out": str(set_dir), "files": n_files, "years": list(s.years)})))
        for name, folder, key, proc in procs:
            if proc.wait() != 0:
                tail = self.log.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise BenchError(f"preparing the {name} failed:\n{tail}")
            if key is not None:
                (folder / ".bench-stamp.json").write_text(json.dumps(key), encoding="utf-8")
        bench_set = BenchSet.load(set_dir)
        assert bench_set is not None
        return demo, bench_set

    def _spawn(self, module: str, task: str, args: Mapping[str, Any]) -> subprocess.Popen[bytes]:
        err = open(self.log, "ab")  # noqa: SIM115 - closed with the process below
        proc = subprocess.Popen([sys.executable, "-m", module, task, json.dumps(args)],
                                stdout=subprocess.DEVNULL, stderr=err, env=self.env)
        err.close()  # the child holds its own descriptor
        return proc

    # --- the figures ---------------------------------------------------------------------------
    def startup(self, demo: Path) -> None:
        self.progress("start-up")
        runs: dict[str, list[Child]] = {"bare": [], "respondent": [], "coordinator": []}
        argv = {
            "bare": ["-c", BARE_WINDOW],
            "respondent": ["-m", "kzth_desktop", "--workspace", str(demo / "respondents"
                                                                   / AKIMAT)],
            "coordinator": ["-m", "kzth_desktop", "--workspace", str(demo / "coordinator")],
        }
        for n in range(self.settings.startups + 1):  # the first of each warms the disk cache
            for name, args in argv.items():
                with self.gui_settings() as env:
                    child = run_child(args, env, self.log, marks=(SHOWN_LINE,))
                if n:
                    runs[name].append(child)

        def shown(name: str) -> float:
            return statistics.median(c.marks[SHOWN_LINE] for c in runs[name])

        def peak(name: str) -> float | None:
            peaks = [c.peak_mb for c in runs[name] if c.peak_mb is not None]
            return max(peaks) if peaks else None

        floor = shown("bare")
        note = (f"process start to the first paint of the window, median of "
                f"{self.settings.startups}; floor: a bare PySide6 window shown the same way")
        self.add(Figure("startup.respondent_window", shown("respondent"), "s", floor, 1.5,
                        note + f"; an oblast akimat's workspace ({AKIMAT})"),
                 peak("respondent"), peak("bare"))
        self.add(Figure("startup.coordinator_window", shown("coordinator"), "s", floor, 1.5,
                        note + "; the demo coordinator's workspace"),
                 peak("coordinator"), peak("bare"))

    def forms(self, demo: Path, answers: Mapping[str, Any]) -> None:
        self.progress("forms")
        r = self.settings.repeats
        akimat = str(demo / "respondents" / AKIMAT)
        police = str(demo / "respondents" / POLICE)
        cases = [
            ("form.block_b1", akimat, {"blocks": ["b1"]},
             "block 1, the annex's largest (34 fields)"),
            ("form.block_b2", police, {"blocks": ["b2"]},
             "block 2 of the police (23 fields, 5 victims tables)"),
            ("form.akimat_4_blocks", akimat, {"blocks": list(AKIMAT_BLOCKS), "synthetic": True,
                                              "answers": wide_answers(self.settings.years,
                                                                      ("akimat",))},
             "the oblast akimat's 4 blocks (1, 3, 5, 14) together as one form, filled"),
            ("form.100_fields", akimat, {"blocks": list(WIDE_BLOCKS), "synthetic": True,
                                         "answers": dict(answers)},
             "DESIGN's 'block of 100+ fields': no block has 100, so one form of blocks "
             + ", ".join(b[1:] for b in WIDE_BLOCKS) + " together, filled"),
        ]
        for name, workspace, extra, what in cases:
            child = self.child(PROBE, "form", {"workspace": workspace, "repeats": r, **extra},
                               self.gui_env)
            res = child.result
            runs = ", ".join(f"{x * 1000:.0f}" for x in res["runs"])
            self.add(Figure(name, res["seconds"] * 1000, "ms", res["floor"] * 1000, 150.0,
                            f"{what}; {res['fields']} fields; click to first paint, first "
                            f"showing (runs: {runs} ms); floor: as many plain label + "
                            "line-edit rows"), child.peak_mb)

    def autosave(self, demo: Path) -> None:
        self.progress("autosave")
        child = self.child(PROBE, "autosave", {"workspace": str(demo / "respondents" / AKIMAT),
                                               "edits": self.settings.edits}, self.gui_env)
        res = child.result
        self.add(Figure("autosave.edit_on_disk", res["seconds"] * 1000, "ms",
                        res["floor"] * 1000, 20.0,
                        f"MainWindow.flush() of one pending edit until its transaction is "
                        f"committed (WAL, synchronous FULL), median of {self.settings.edits} "
                        f"(max {res['max'] * 1000:.1f} ms); floor: a bare SQLite INSERT + "
                        "COMMIT with the same settings"), child.peak_mb)
        self.add(Figure("autosave.flush_total", res["flush"] * 1000, "ms", res["floor"] * 1000,
                        None, "the whole flush: the edit on disk, then validation, marks and "
                        f"status bar (max {res['flush_max'] * 1000:.1f} ms); no budget"))

    def imports(self, bench_set: BenchSet) -> Path:
        sizes = self.settings.sizes
        per_file: dict[int, float] = {}
        floor_per_file: dict[int, float] = {}
        last = self.work / "runs" / f"import-{max(sizes)}"
        for n in sizes:
            self.progress(f"import of {n} bundles")
            target = self.work / "runs" / f"import-{n}"
            shutil.rmtree(target, ignore_errors=True)
            target.parent.mkdir(parents=True, exist_ok=True)
            child = self.child(WORKLOADS, "import", {"set": str(bench_set.folder), "n": n,
                                                     "workspace": str(target)})
            floor = self.child(WORKLOADS, "verify", {"set": str(bench_set.folder), "n": n})
            res = child.result
            counts = ", ".join(f"{v} {k}" for k, v in sorted(res["counts"].items()))
            per_file[n] = res["per_file"]
            floor_per_file[n] = floor.result["seconds"] / n
            self.add(Figure(
                f"import.{n}", res["seconds"], "s", floor.result["seconds"],
                IMPORT_BUDGET if n == IMPORT_BUDGET_FILES else None,
                f"{n} bundles imported (verified, decrypted, validated, merged) into a fresh "
                f"coordinator: {counts}; {res['setup']:.2f} s for the batch (one scrypt, keys, "
                f"registry), then {res['per_file'] * 1000:.2f} ms a file; floor: reading the "
                "same files and checking their signatures"
                + ("" if n == IMPORT_BUDGET_FILES else "; DESIGN's budget is for 2,000"),
            ), child.peak_mb, floor.peak_mb)
            if n != max(sizes):
                shutil.rmtree(target, ignore_errors=True)
        small, big = min(sizes), max(sizes)
        self.add(Figure(
            "import.scale", per_file[big] / per_file[small], "x",
            floor_per_file[big] / floor_per_file[small], 1.25,
            f"cost of a file at {big} files / at {small} files ({per_file[big] * 1000:.2f} / "
            f"{per_file[small] * 1000:.2f} ms, the batch's fixed cost apart): 1 = linear; "
            "floor: the same ratio for the signature check; budget: issue 9 item 2 (linear "
            "growth), not DESIGN §8"))
        return last

    def aggregation(self, demo: Path, imported: Path) -> None:
        self.progress("aggregation")
        for name, workspace, what, budget in (
                ("aggregate.national_3_years", demo / "coordinator",
                 "the demo's national campaign", 1.0),
                (f"aggregate.{max(self.settings.sizes)}_bundles_3_years", imported,
                 "the bench set's coordinator after the largest import", None)):
            child = self.child(WORKLOADS, "aggregate", {"workspace": str(workspace),
                                                        "years": list(self.settings.years)})
            floor = self.child(WORKLOADS, "read_submissions", {"workspace": str(workspace)})
            res = child.result
            self.add(Figure(name, res["seconds"], "s", floor.result["seconds"], budget,
                            f"Desk.from_workspace + aggregate of 3 years, {what} "
                            f"({res['submissions']} submissions; reading "
                            f"{res['read']:.2f} s, aggregating {res['aggregate']:.2f} s); "
                            "floor: reading the same submissions"
                            + ("" if budget else "; no budget (DESIGN's is for a national "
                               "campaign)")),
                     child.peak_mb, floor.peak_mb)

    def assessment(self, demo: Path) -> None:
        self.progress("assessment PDF")
        out = self.work / "runs" / "assessment.pdf"
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            child = self.child(WORKLOADS, "assessment_pdf", {
                "workspace": str(demo / "coordinator"), "years": list(self.settings.years),
                "out": str(out), "edition": "published"})
        except BenchError as exc:
            reason = str(exc).strip().splitlines()[-1][:200]
            self.add(Figure("report.assessment_pdf", None, "s", None, 10.0,
                            f"not available: {reason}"))
            return
        res = child.result
        if "unavailable" in res:
            self.add(Figure("report.assessment_pdf", None, "s", None, 10.0,
                            f"not available: {res['unavailable']}"))
            return
        self.add(Figure("report.assessment_pdf", res["seconds"], "s", None, 10.0,
                        f"kzth report assessment of 3 years in Kazakh on the demo coordinator, "
                        f"the published edition (small counts protected and audited; "
                        f"{res['bytes'] // 1024} KiB); no floor"), child.peak_mb)

    def workbook(self, demo: Path) -> None:
        self.progress("analysts' workbook")
        out = self.work / "runs" / "workbook.xlsx"
        out.parent.mkdir(parents=True, exist_ok=True)
        child = self.child(WORKLOADS, "workbook", {
            "workspace": str(demo / "coordinator"), "years": list(self.settings.years),
            "out": str(out), "lang": "ru"})
        res = child.result
        loaded = res.get("loaded_mb")
        self.add(Figure("report.workbook", res["seconds"], "s", None, None,
                        f"kzth report xlsx of 3 years in Russian on the demo coordinator "
                        f"({res['submissions']} submissions, {res['bytes'] // 1024} KiB), "
                        "written in openpyxl's write-only mode; no floor, no budget"),
                 child.peak_mb, loaded)


def _stamp(folder: Path) -> Any:
    try:
        return json.loads((folder / ".bench-stamp.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def wide_answers(demo_years: Sequence[int],
                 kinds: Sequence[str] = WIDE_KINDS) -> dict[str, Any]:
    """The demo generator's answers of ``kinds`` (for :data:`WIDE_BLOCKS`: one kind a block)."""
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.demo.campaign import demo_answers, demo_respondents

    annex = load_default_annex()
    by_kind = {r.kinds[0]: r for r in demo_respondents(annex, 1)}
    out: dict[str, Any] = {}
    for kind in kinds:
        out.update(demo_answers(annex, by_kind[kind], demo_years[-1]))
    return out


def machine() -> dict[str, Any]:
    import platform

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"python": platform.python_version(), "system": platform.platform(),
            "cpus": os.cpu_count(), "load": None if load is None else round(load[0], 2)}


STAGES = ("startup", "forms", "autosave", "import", "aggregate", "assessment", "workbook")


def run_bench(settings: Settings, keep: Path | None = None,
              progress: Progress | None = None,
              only: Sequence[str] | None = None) -> BenchResult:
    """Measures every figure (or those of the ``only`` stages, see :data:`STAGES`); ``keep``:
    the folder for the data (reused by the next run)."""
    stages = set(only or STAGES)
    started = time.perf_counter()
    before = machine()
    say = progress or (lambda _stage: None)
    tmp = None
    if keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="kzth-bench-")
        work = Path(tmp.name)
    else:
        work = keep
        work.mkdir(parents=True, exist_ok=True)
    try:
        run = _Run(work, settings, say)
        demo, bench_set = run.prepare()
        if "startup" in stages:
            run.startup(demo)
        if "forms" in stages:
            run.forms(demo, wide_answers(settings.years))
        if "autosave" in stages:
            run.autosave(demo)
        imported = bench_set.coordinator
        if "import" in stages:
            imported = run.imports(bench_set)
        if "aggregate" in stages:
            run.aggregation(demo, imported)
        if "assessment" in stages:
            run.assessment(demo)
        if "workbook" in stages:
            run.workbook(demo)
        shutil.rmtree(work / "runs", ignore_errors=True)
        after = machine()
        # the load average (1 min) before and after: other work on the machine slows every
        # figure, and says how far to trust them
        after["load"] = [before["load"], after["load"]]
        return BenchResult(run.figures, settings, time.perf_counter() - started, after)
    finally:
        if tmp is not None:
            tmp.cleanup()


__all__ = ["STAGES", "BenchError", "BenchResult", "Figure", "Settings", "run_bench", "run_child"]
