"""What the benchmark measures, each run in a process of its own (so that its peak memory is its
own): ``python -m kzth_desktop.bench.workloads TASK '{"arg": …}'`` prints one JSON object on its
last line of output (``seconds`` and what else the task reports).

The parent (:mod:`kzth_desktop.bench.runner`) times nothing of these itself except the
start-up; it reads the figures each task measured around the work alone (the process's start,
imports and set-up are left out) and the process's peak memory from the operating system.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex import load_default_annex


def _demo(args: Mapping[str, Any]) -> dict[str, Any]:
    from kzth_desktop.demo.campaign import build_demo

    summary = build_demo(Path(args["out"]), args["years"], args.get("seed", 1),
                         args.get("regions"), national=args.get("national", True))
    return {"seconds": summary.seconds, "bundles": summary.bundles, "counts": summary.counts}


def _benchset(args: Mapping[str, Any]) -> dict[str, Any]:
    from kzth_desktop.bench.benchset import build_bench_set

    started = time.perf_counter()
    bs = build_bench_set(Path(args["out"]), args["files"], args["years"], load_default_annex())
    return {"seconds": time.perf_counter() - started, "organisations": bs.organisations}


def _import(args: Mapping[str, Any]) -> dict[str, Any]:
    """Import + verify + decrypt + validate + merge of the first ``n`` files into a fresh copy
    of the bench set's coordinator (the batch's one scrypt derivation included)."""
    from kzth_desktop.bench.benchset import PASSPHRASE, BenchSet, copy_workspace
    from kzth_desktop.services.coordination import CoordinationService
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    bs = BenchSet.load(Path(args["set"]))
    assert bs is not None
    files = bs.files(args["n"])
    target = copy_workspace(bs.coordinator, Path(args["workspace"]))
    ws = Workspace.open(target, annex=annex)
    try:
        svc = CoordinationService(ws, annex)
        first: list[float] = []

        def progress(done: int, _total: int, _outcome: object) -> None:
            if done == 1:
                first.append(time.perf_counter())

        started = time.perf_counter()
        report = svc.import_paths(files, PASSPHRASE, progress=progress)
        seconds = time.perf_counter() - started
    finally:
        ws.close()
    counts = Counter(o.result.value for o in report.outcomes)
    # the batch's fixed cost (the passphrase's scrypt, the keys, the received files and signers
    # read once) is in the time to the first file; the rest is what each file costs
    setup = first[0] - started if first else seconds
    each = (started + seconds - first[0]) / (len(files) - 1) if len(files) > 1 else seconds
    return {"seconds": seconds, "files": len(files), "setup": setup, "per_file": each,
            "counts": dict(counts),
            "reasons": dict(Counter(o.reason.value for o in report.outcomes if o.reason))}


def _verify(args: Mapping[str, Any]) -> dict[str, Any]:
    """The floor of the import: read the same files and check their containers and signatures
    (no decryption, no validation, nothing stored)."""
    from kzth_desktop.bench.benchset import BenchSet
    from kzth_desktop.exchange import formats

    bs = BenchSet.load(Path(args["set"]))
    assert bs is not None
    files = bs.files(args["n"])
    started = time.perf_counter()
    for path in files:
        env = formats.open_envelope(path.read_bytes())
        formats.verify_envelope(env, env.manifest.sender_key)
    return {"seconds": time.perf_counter() - started, "files": len(files)}


def _aggregate(args: Mapping[str, Any]) -> dict[str, Any]:
    """The desk over a coordinator workspace: every current submission read, then the
    aggregates of the three years."""
    from kzth_desktop.services.desk import Desk
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    ws = Workspace.open(Path(args["workspace"]), annex=annex)
    try:
        started = time.perf_counter()
        desk = Desk.from_workspace(ws, annex)
        loaded = time.perf_counter()
        years = args.get("years") or list(desk.years())[-3:]
        aggregation = desk.aggregate(years)
        done = time.perf_counter()
    finally:
        ws.close()
    return {"seconds": done - started, "read": loaded - started, "aggregate": done - loaded,
            "years": list(aggregation.years) if hasattr(aggregation, "years") else years,
            "submissions": len(desk.subs)}


def _read_submissions(args: Mapping[str, Any]) -> dict[str, Any]:
    """The floor of the aggregation: read the same submissions (rows and their JSON)."""
    from kzth_desktop.services.coordination import CoordinationService
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    ws = Workspace.open(Path(args["workspace"]), annex=annex)
    try:
        started = time.perf_counter()
        held = CoordinationService(ws, annex).submissions()
        seconds = time.perf_counter() - started
    finally:
        ws.close()
    return {"seconds": seconds, "submissions": len(held)}


def _assessment_pdf(args: Mapping[str, Any]) -> dict[str, Any]:
    """The assessment report of three years, as ``kzth report assessment`` makes it (opening
    the workspace included: the service reads every submission for its evidence). The
    published edition unless ``edition`` says otherwise: it is the slower one, its small counts
    protected and audited over the whole edition (``assessment/suppression.py``)."""
    try:
        from kzth_desktop.services.assessment import AssessmentService
    except ImportError as exc:
        return {"unavailable": f"no assessment service in this build ({exc})"}
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    out = Path(args["out"])
    started = time.perf_counter()
    with Workspace.open(Path(args["workspace"]), annex=annex) as ws:
        AssessmentService(ws, annex).write_report(out, args["years"], args.get("lang", "kk"),
                                                  args.get("edition", "published"))
    return {"seconds": time.perf_counter() - started, "bytes": out.stat().st_size}


def _workbook(args: Mapping[str, Any]) -> dict[str, Any]:
    """The analysts' workbook of three years, as ``kzth report xlsx`` makes it (the desk read
    from the workspace first, outside the time; its peak memory is the process's)."""
    from kzth_desktop.services.desk import Desk
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    out = Path(args["out"])
    with Workspace.open(Path(args["workspace"]), annex=annex) as ws:
        desk = Desk.from_workspace(ws, annex)
    loaded_mb = peak_mb()
    started = time.perf_counter()
    desk.write_workbook(out, args["years"], args.get("lang", "ru"))
    return {"seconds": time.perf_counter() - started, "bytes": out.stat().st_size,
            "submissions": len(desk.subs), "loaded_mb": loaded_mb}


def sqlite_commit_floor(folder: Path, n: int = 30) -> list[float]:
    """Seconds of each of ``n`` bare SQLite transactions (one INSERT, COMMIT) with the
    workspace's settings: WAL, ``synchronous = FULL``, foreign keys, ``BEGIN IMMEDIATE``."""
    path = folder / "floor.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("CREATE TABLE IF NOT EXISTS answer (id INTEGER PRIMARY KEY, field TEXT, "
                     "value TEXT)")
        times = []
        for i in range(n):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO answer (field, value) VALUES (?, ?)",
                         ("b1.q1.1", json.dumps({"answer": "yes", "details": f"floor {i}"})))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - started)
        return times
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sqlite_floor(args: Mapping[str, Any]) -> dict[str, Any]:
    times = sqlite_commit_floor(Path(args["folder"]))
    return {"seconds": statistics.median(times), "max": max(times)}


TASKS: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "demo": _demo,
    "benchset": _benchset,
    "import": _import,
    "verify": _verify,
    "aggregate": _aggregate,
    "read_submissions": _read_submissions,
    "assessment_pdf": _assessment_pdf,
    "workbook": _workbook,
    "sqlite_floor": _sqlite_floor,
}


def peak_mb() -> float | None:
    """This process's peak resident memory in MB (Linux: VmHWM), None where unknown.

    Not ``getrusage``: on Linux a child's ``ru_maxrss`` starts from the peak of the process it
    was forked from (the parent's memory, copied until ``exec``), so a small child of a big
    parent would report the parent's size."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    task, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = TASKS[task](args)
    result["pid"] = os.getpid()
    result["peak_mb"] = peak_mb()
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
