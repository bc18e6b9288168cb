"""Issue 20: the CLI writes UTF-8 whatever the console — a Russian-locale Windows PC has a
cp1251 console, where ``kzth … --json > out.json`` used to end in UnicodeEncodeError on the
first Kazakh letter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KAZAKH = "әғқңөұүі"  # (һ does not occur in the annex)


def run_cli(*args: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONIOENCODING=encoding, PYTHONUTF8="0", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kzth_desktop.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=120, check=False)


def test_kazakh_json_through_a_cp1251_stdout() -> None:
    done = run_cli("annex", "--json", encoding="cp1251")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"UnicodeEncodeError" not in done.stderr
    text = done.stdout.decode("utf-8")  # UTF-8, not cp1251
    data = json.loads(text)
    kk = json.dumps(data, ensure_ascii=False)
    assert all(letter in kk for letter in KAZAKH)


def test_a_kazakh_error_message_through_a_cp1251_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "жоқ.json"
    done = run_cli("--workspace", str(tmp_path / "ws"), "answers", "import", str(missing),
                   "--lang", "kk", encoding="cp1251")
    assert done.returncode != 0
    err = done.stderr.decode("utf-8")
    assert "Traceback" not in err and "UnicodeEncodeError" not in err
    assert "жоқ.json" in err
    assert any(letter in err for letter in "әғқңөұүһі")
