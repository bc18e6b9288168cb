"""The project itself: the README's commands are what CI runs; a wheel carries every file."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_commands_and_ci_runs_the_test_one():
    run, test = _readme_commands()[:2]
    assert run.endswith("kzth-desktop") and "pip install ." in run
    assert "pytest" in test and '".[test]"' in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines(), "CI must run exactly the README's test command"


def test_the_tests_import_the_working_tree():
    import kzth_desktop

    assert Path(kzth_desktop.__file__).resolve().is_relative_to(ROOT)


@pytest.mark.slow
def test_wheel_carries_resources_translations_and_forms(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True)
    wheel = next(tmp_path.glob("kzth_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for must in [
        "kzth_desktop/resources/annex/annex.json",
        "kzth_desktop/resources/annex/rules.json",
        "kzth_desktop/resources/rules/rules_kk.txt",
        "kzth_desktop/resources/rules/rules_ru.txt",
        "kzth_desktop/resources/icons/kzth.png",
        "kzth_desktop/translations/kzth_kk.qm",
        "kzth_desktop/translations/kzth_ru.qm",
        "kzth_desktop/gui/forms/ui_main_window.py",
        "kzth_desktop/storage/migrations/env.py",
    ]:
        assert must in names, must
    assert any(n.startswith("kzth_desktop/storage/migrations/versions/0001") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "kzth = kzth_desktop.cli:main" in text
    assert "kzth-desktop = kzth_desktop.gui.app:main" in text
