"""Builds the generated Qt files: forms from ui/*.ui, translation sources and compiled .qm.

    python scripts/build_qt.py           regenerate everything (after editing ui/ or tr() strings)
    python scripts/build_qt.py --check   fail if anything generated is stale (CI)

The generated files are committed, so that ``pip install .`` needs no Qt tools.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kzth_desktop" / "gui" / "forms"
TS_DIR = ROOT / "translations"
LANGS = ("kk", "ru")
# uic stamps its own version into the file; drop it so that a patch release changes nothing
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*\n", re.M)


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def build_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        subprocess.run([tool("pyside6-uic"), "--from-imports", str(ui), "-o", str(target)],
                       check=True)
        code = _VERSION_LINE.sub("", target.read_text(encoding="utf-8"))
        # the forms import nothing of ours; --from-imports only matters for resources
        target.write_text(code, encoding="utf-8")
        made.append(target)
    init = out_dir / "__init__.py"
    init.write_text('"""Generated from ui/*.ui by scripts/build_qt.py - do not edit."""\n',
                    encoding="utf-8")
    return [*made, init]


def sources() -> list[str]:
    gui = ROOT / "kzth_desktop" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return [str(p) for p in files] + [str(p) for p in sorted(UI_DIR.glob("*.ui"))]


def update_ts(ts_dir: Path) -> list[Path]:
    ts_files = [ts_dir / f"kzth_{lang}.ts" for lang in LANGS]
    subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources(),
                    "-ts", *map(str, ts_files)], check=True, capture_output=True)
    return ts_files


def release(ts_files: list[Path], out_dir: Path) -> list[Path]:
    out = []
    for ts in ts_files:
        qm = out_dir / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       capture_output=True)
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not args.check:
        build_forms(FORMS_DIR)
        release(update_ts(TS_DIR), TS_DIR)
        return 0
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for made in build_forms(t / "forms"):
            if not filecmp.cmp(made, FORMS_DIR / made.name, shallow=False):
                stale.append(str(FORMS_DIR / made.name))
        ts_copy = t / "ts"
        ts_copy.mkdir()
        for lang in LANGS:
            shutil.copy(TS_DIR / f"kzth_{lang}.ts", ts_copy)
        for ts in update_ts(ts_copy):
            if not filecmp.cmp(ts, TS_DIR / ts.name, shallow=False):
                stale.append(str(TS_DIR / ts.name))
        for qm in release([TS_DIR / f"kzth_{lang}.ts" for lang in LANGS], t):
            if not (TS_DIR / qm.name).exists() or not filecmp.cmp(qm, TS_DIR / qm.name,
                                                                  shallow=False):
                stale.append(str(TS_DIR / qm.name))
    if stale:
        print("stale generated Qt files (run python scripts/build_qt.py):", *stale, sep="\n  ")
        return 1
    print("generated Qt files are fresh")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
