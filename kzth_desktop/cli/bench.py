"""``kzth bench [--json] [--quick] [--keep DIR] [--only STAGE,…]``: the budgets of DESIGN §8 on this machine.

Listed in the command table of :mod:`kzth_desktop.cli.main`. Prints each figure,
its floor measured in the same run, their ratio and the budget (an engineer's table, in
English, like the figure names); ``--json`` prints one object ``{"<figure>": {"value", "unit",
"floor", "ratio", "budget", "within_budget", "note"}}`` (``within_budget`` is null where there
is no budget or no value). Exit status: 0 every budget held, 1 a budget missed or a
measurement failed, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the benchmark's modules are imported when it runs, not with every command
    from kzth_desktop.bench.runner import BenchResult, Figure


def _value(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit in ("ms", "MB"):
        return f"{v:.1f}"
    return f"{v:.3f}" if v < 10 else f"{v:.2f}"


def _verdict(f: Figure) -> str:
    ok = f.within_budget
    if ok is None:
        return "n/a" if f.value is None else ""
    return "ok" if ok else "MISSED"


def format_table(result: BenchResult) -> str:
    """The figures as a Markdown table (also what the README's "Speed" section shows)."""
    head = "| figure | value | unit | floor | ratio | budget | |"
    rule = "|---|---:|---|---:|---:|---:|---|"
    lines = []
    for group, title in (("time", "Time"), ("memory", "Peak memory")):
        lines += ["", f"{title}:", "", head, rule]
        for f in result.figures:
            if f.group != group:
                continue
            ratio = f.ratio
            lines.append(
                f"| {f.name} | {_value(f.value, f.unit)} | {f.unit} | "
                f"{_value(f.floor, f.unit)} | {'' if ratio is None else f'{ratio:.1f}'} | "
                f"{'' if f.budget is None else f'≤ {f.budget:g}'} | {_verdict(f)} |")
    lines += ["", "Notes:", ""]
    lines += [f"- {f.name}: {f.note}" for f in result.figures if f.group == "time" and f.note]
    m = result.machine
    load = m.get("load") or [None, None]
    lines += ["", f"{m['cpus']} CPUs, Python {m['python']}, {m['system']}; load average "
              f"{load[0]} before, {load[1]} after (other work slows every figure); whole run "
              f"{result.seconds:.0f} s."]
    return "\n".join(lines).lstrip("\n")


def cmd_bench(args: argparse.Namespace) -> int:
    from kzth_desktop.bench.runner import BenchError, Settings, run_bench

    settings = Settings.quick() if args.quick else Settings()

    def progress(stage: str) -> None:
        print(f"kzth bench: {stage}…", file=sys.stderr, flush=True)

    try:
        result = run_bench(settings, Path(args.keep) if args.keep else None, progress,
                           only=args.only.split(",") if args.only else None)
    except BenchError as exc:
        print(f"kzth bench: {exc}", file=sys.stderr)
        return 1
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(result))
    missed = [f.name for f in result.figures if f.within_budget is False]
    if missed:
        print(f"kzth bench: over budget: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


def register(sub: Any) -> None:
    p = sub.add_parser("bench", help="measure the budgets of DESIGN §8 on this machine")
    p.add_argument("--json", action="store_true", help="print one JSON object of figures")
    p.add_argument("--quick", action="store_true",
                   help="tiny sizes (one region, 20 bundles): a check that it runs, in seconds")
    p.add_argument("--keep", metavar="DIR", default=None,
                   help="keep the data (demo campaign, bench set) in DIR and reuse it next time")
    p.add_argument("--only", metavar="STAGE,…", default=None,
                   help="only these stages (startup, forms, autosave, import, aggregate, "
                        "assessment, workbook), when working on one of them")
    p.set_defaults(handler=cmd_bench)


__all__ = ["format_table", "register"]
