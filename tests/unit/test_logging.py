"""The log file IT staff attach to a support request: what the command line writes to it (the
outcome of every bundle imported, never a passphrase), what the user sees of an unexpected
error (a kk/ru message naming the log, no traceback), a log folder that cannot be written,
and rotation."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop import logfile
from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.received import sha256_hex

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "Құпия-сөз ЛОГ 4417"  # must never reach the log
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (INFO|WARNING|ERROR) "
                  r"(\d+) ([\w.]+): ")


class Kzth:
    def __init__(self, ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.ws, self.capsys = ws, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--workspace", str(self.ws), *args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("KZTH_LOG_DIR", str(folder))
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    monkeypatch.delenv("KZTH_LANG", raising=False)
    return folder


def log_text(folder: Path) -> str:
    return (folder / logfile.CLI_LOG).read_text(encoding="utf-8")


def test_importing_a_good_and_a_bad_bundle_logs_both_outcomes_and_no_secret(
        tmp_path: Path, log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    co, police = Kzth(tmp_path / "co", capsys), Kzth(tmp_path / "police", capsys)
    assert co("init", "coordinator", "--org", "Сараптама тобы")[0] == 0
    request = tmp_path / "2025.kzreq"
    assert co("request", "create", "--year", "2025", "--out", str(request))[0] == 0
    assert police("init", "respondent", "--org", "ДП г. Шымкент", "--region", "KZ-79",
                  "--kind", "police")[0] == 0
    assert police("request", "import", str(request))[0] == 0
    kzkey = tmp_path / "police.kzkey"
    assert police("keys", "registration", "--out", str(kzkey))[0] == 0
    answers_file = tmp_path / "a.json"
    answers_file.write_text(json.dumps({"reporting_year": 2025, "answers": sample_answers(
        ANNEX, ["police"])}, ensure_ascii=False), encoding="utf-8")
    assert police("answers", "import", str(answers_file))[0] == 0
    code, out, _ = police("bundle", "export", "--year", "2025", "--out", str(tmp_path / "out"))
    good = Path(out.strip())
    assert code == 0 and good.is_file()
    assert co("signers", "add", str(kzkey), "--yes")[0] == 0
    bad = tmp_path / "broken.kzth"
    bad.write_bytes(good.read_bytes()[:500])  # cut short

    code, out, err = co("bundle", "import", str(good), str(bad))
    assert code == 1  # one refused
    assert " INFO " not in out + err and "kzth_desktop." not in out + err  # file only

    text = log_text(log_dir)
    lines = text.splitlines()
    assert all(LINE.match(line) for line in lines if not line.startswith((" ", "Traceback"))), \
        [line for line in lines if not LINE.match(line)][:3]
    imported = [line for line in lines if "bundle imported:" in line]
    good_sha, bad_sha = sha256_hex(good.read_bytes())[:12], sha256_hex(bad.read_bytes())[:12]
    assert len(imported) == 2
    assert " INFO " in imported[0] and "kzth_desktop.services.bundle_import" in imported[0]
    assert f"bundle imported: accepted; file {good}; sha256 {good_sha}; year 2025; " \
           "version 1" in imported[0]
    assert f"bundle imported: rejected (container_malformed); file {bad}; sha256 {bad_sha}" \
           in imported[1]
    # the other steps of the journey, each once
    for said in ("command: kzth bundle import", "request issued: year 2025",
                 "request imported: year 2025", "registration exported: ",
                 "registration approved: signer ", "bundle exported: ", "; version 1; ",
                 f"file written: {good} (", "workspace created: folder ",
                 "workspace opened: folder ", "kzth 0.1.0 started"):
        assert said in text, said
    # never the passphrase, nor an answer (no field of the annex is named)
    assert PW not in text and PW.encode("utf-8").hex() not in text
    assert not re.search(r"\bb\d+\.q\d+", text)


def test_an_unexpected_error_is_a_message_naming_the_log_and_its_traceback_in_the_log(
        tmp_path: Path, log_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    co = Kzth(tmp_path / "co", capsys)
    assert co("init", "coordinator", "--org", "Сараптама тобы")[0] == 0

    def broken(self: Any) -> Any:
        raise RuntimeError("the gremlin in signers()")

    monkeypatch.setattr(CoordinationService, "signers", broken)
    log_file = log_dir / logfile.CLI_LOG
    code, out, err = co("signers", "list")
    assert code == logfile_exit() and code != 0 and out == ""
    assert err == (f"kzth: непредвиденная ошибка (RuntimeError): программа этого не ожидала. "
                   f"Подробности в журнале: {log_file} — отправьте этот файл тем, кто "
                   "поддерживает программу.\n")
    assert "Traceback" not in err and "gremlin" not in err

    code, out, err = co("signers", "list", "--lang", "kk", "--json")
    assert code != 0 and "Traceback" not in err
    assert err.startswith("kzth: күтпеген қате (RuntimeError)") and str(log_file) in err
    assert json.loads(out)["error"] == {
        "code": "unexpected_error", "params": {"kind": "RuntimeError", "log": str(log_file)},
        "message": err.removeprefix("kzth: ").rstrip("\n"), "details": []}

    text = log_text(log_dir)
    assert text.count("ERROR") == 2 and "unexpected error in 'kzth signers list'" in text
    assert "Traceback (most recent call last):" in text
    assert "in broken" in text and "RuntimeError: the gremlin in signers()" in text


def logfile_exit() -> int:
    from kzth_desktop.cli.common import UNEXPECTED_EXIT

    return UNEXPECTED_EXIT


def test_a_command_without_guarded_gets_the_same_answer(
        tmp_path: Path, log_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import kzth_desktop.cli.print as cli_print

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise KeyError("no such layout")

    monkeypatch.setattr(cli_print, "blank_copy", broken)
    code, out, err = Kzth(tmp_path / "none", capsys)("print", "blank", "--kind", "police",
                                                     "--out", str(tmp_path / "b.pdf"))
    assert code != 0 and "Traceback" not in err and "KeyError" in err
    assert str(log_dir / logfile.CLI_LOG) in err
    assert "KeyError: 'no such layout'" in log_text(log_dir)


def test_known_refusals_keep_their_messages(
        tmp_path: Path, log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = Kzth(tmp_path / "missing", capsys)("status")
    assert code == 1 and err.startswith("kzth: ") and "журнал" not in err
    assert "ERROR" not in log_text(log_dir)


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("KZTH_LOG_DIR", str(blocker / "logs"))  # cannot be made
    monkeypatch.delenv("KZTH_LANG", raising=False)
    co = Kzth(tmp_path / "co", capsys)
    code, out, err = co("init", "coordinator", "--org", "Сараптама тобы")
    assert code == 0 and "Рабочая папка создана" in out and err == ""
    assert logfile.current_log() is None and not (blocker / "logs").exists()
    code, out, err = co("status")
    assert code == 0 and "Роль: координатор" in out and err == ""
    logging.getLogger("kzth_desktop.test").error("nowhere to go")  # not to the console
    assert capsys.readouterr().err == ""

    # an unexpected error then says there is no log, and shows the traceback instead
    def broken(self: Any) -> Any:
        raise RuntimeError("no log, so shown")

    monkeypatch.setattr(CoordinationService, "signers", broken)
    code, out, err = co("signers", "list")
    assert code != 0 and err.startswith("kzth: непредвиденная ошибка (RuntimeError)")
    assert "Журнал не ведётся" in err and "RuntimeError: no log, so shown" in err


def test_the_log_rotates_and_keeps_a_few_files(tmp_path: Path) -> None:
    path = logfile.configure("kzth.log", folder=tmp_path, max_bytes=2_000, backup_count=2)
    assert path == tmp_path / "kzth.log" == logfile.current_log()
    log = logging.getLogger("kzth_desktop.test_rotation")
    for n in range(200):
        log.info("line %03d of a long log: әғқңөұүһі", n)
    logfile.unconfigure()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kzth.log", "kzth.log.1", "kzth.log.2"]
    assert all((tmp_path / n).stat().st_size <= 2_000 for n in names)
    newest = (tmp_path / "kzth.log").read_text(encoding="utf-8")
    assert "line 199 of a long log: әғқңөұүһі" in newest  # UTF-8 whatever the locale
    assert "line 000" not in "".join((tmp_path / n).read_text(encoding="utf-8") for n in names)


def test_unconfigure_leaves_the_root_logger_as_it_was(tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    logfile.configure("x.log", folder=tmp_path)
    logfile.configure("x.log", folder=tmp_path)  # a second main() in one process: one file
    assert len(root.handlers) == len(handlers) + 1
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("kzth_desktop.x").info("ours")
    logfile.unconfigure()
    assert root.handlers == handlers and root.level == level
    text = (tmp_path / "x.log").read_text(encoding="utf-8")
    assert "ours" in text and "Context impl" not in text  # libraries: warnings only
