"""Exporting to a full or read-only folder is a kk/ru message naming the folder, and leaves no
temporary file and no version taken; a kill mid-export never leaves a complete ``…-vN.kzth``
the workspace does not know, nor different bytes under one name."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli.main import main as kzth
from kzth_desktop.services import (
    CoordinationService,
    ErrorCode,
    ExchangeService,
    OrgProfile,
    RespondentService,
    ServiceError,
    Workspace,
)
from kzth_desktop.services import files as files_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
ROOT = Path(__file__).resolve().parents[2]
POLICE = OrgProfile("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.create(tmp_path / "coordinator", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=ANNEX,
                          passphrase=PW) as cws:
        request = CoordinationService(cws, ANNEX).create_request(
            YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    ws = Workspace.create(tmp_path / "police", "respondent", POLICE, annex=ANNEX, passphrase=PW)
    ExchangeService(ws, ANNEX).import_request(request)
    RespondentService(ws, ANNEX).import_answers(
        {"reporting_year": YEAR, "answers": sample_answers(ANNEX, list(POLICE.kinds))})
    yield ws
    ws.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write-protected folder: chmod 0500, or — where that does not stop us (root) — the
    temporary file's creation failing as on a write-protected stick (EROFS)."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o500)
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return
    probe.unlink()

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(files_module.tempfile, "mkstemp", refuse)


def test_a_read_only_folder_is_refused_with_its_name_and_nothing_taken(
        office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    read_only(stick, monkeypatch)
    exchange = ExchangeService(office, ANNEX)
    with pytest.raises(ServiceError) as exc:
        exchange.export_bundle(YEAR, stick, PW)
    assert exc.value.code is ErrorCode.TARGET_NOT_WRITABLE
    assert f"в папку «{stick}» нельзя записать" in exc.value.message("ru")
    assert f"«{stick}» қалтасына жазуға болмайды" in exc.value.message("kk")
    assert leftovers(stick) == []
    campaign = RespondentService(office, ANNEX).campaign(YEAR)
    assert (campaign.status, campaign.version) == ("ready", 1)  # the version is not used up
    monkeypatch.undo()
    stick.chmod(0o700)
    done = exchange.export_bundle(YEAR, stick, PW)
    assert done.version == 1 and leftovers(stick) == [done.path.name]


def test_a_full_folder_names_the_space_needed_and_leaves_no_tmp(
        office: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"

    def full(fd: int) -> None:  # the data does not fit: the file's sync reports it (ENOSPC)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files_module.os, "fsync", full)
    with pytest.raises(ServiceError) as exc:
        ExchangeService(office, ANNEX).export_bundle(YEAR, stick, PW)
    assert exc.value.code is ErrorCode.TARGET_FULL
    message = exc.value.message("ru")
    assert f"в папке «{stick}» не хватает места" in message
    needed = exc.value.params["needed"]
    assert int(needed.replace("\u00a0", "")) > 1000 and f"нужно {needed} байт" in message
    assert "қалтасында орын жетпейді" in exc.value.message("kk")
    assert leftovers(stick) == []
    assert RespondentService(office, ANNEX).campaign(YEAR).version == 1
    audit = RespondentService(office, ANNEX).audit(YEAR)
    assert [e.new for e in audit if e.action == "status"] == ["ready"]


def test_the_cli_says_why_and_exits_1(office: Workspace, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "stick"
    read_only(stick, monkeypatch)
    office.close()
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    code = kzth(["--workspace", str(office.folder), "bundle", "export", "--year", str(YEAR),
                 "--out", str(stick)])
    out, err = capsys.readouterr()
    assert code == 1 and "нельзя записать" in err and str(stick) in err
    assert "Traceback" not in err + out and leftovers(stick) == []
    # an answers file too: a message, no half-written file
    code = kzth(["--workspace", str(office.folder), "answers", "export", "--year", str(YEAR),
                 "--out", str(stick / "answers.json")])
    out, err = capsys.readouterr()
    assert code == 1 and "нельзя записать" in err and "Traceback" not in err + out
    assert leftovers(stick) == []


# the exporter killed (SIGKILL) at the moment its file would take the final name
KILLED_EXPORT = textwrap.dedent(
    """
    import os, signal, sys
    from kzth_desktop.exchange import crypto
    crypto.SCRYPT = crypto.ScryptParams(n=2**10, r=8, p=1)  # as the tests seal keys
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services import ExchangeService, Workspace
    from kzth_desktop.services import files

    def killed(src, dst):
        print("renaming", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    files.os.replace = killed
    annex = load_default_annex()
    ws = Workspace.open(sys.argv[1], annex=annex)
    ExchangeService(ws, annex).export_bundle(2025, sys.argv[2], sys.argv[3])
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_kill_before_the_rename_never_reuses_a_version_for_other_bytes(
        office: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    exchange = ExchangeService(office, ANNEX)
    first = exchange.export_bundle(YEAR, out, PW)  # v1, complete
    RespondentService(office, ANNEX).reopen(YEAR)
    RespondentService(office, ANNEX).save_answer(YEAR, "b1.q1.1",
                                                 {"answer": "no", "details": ""})
    office.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(office.folder), str(out), PW],
        capture_output=True, text=True, env=env, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert child.stdout.strip() == "renaming"
    # the workspace took v2 before the file could have its name; no v2 file exists
    names = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert names == {first.path.name}
    with Workspace.open(office.folder, annex=ANNEX) as ws:
        campaign = RespondentService(ws, ANNEX).campaign(YEAR)
        assert (campaign.status, campaign.version) == ("exported", 2)
        again = ExchangeService(ws, ANNEX).export_bundle(YEAR, out, PW)
    # the retry is a new version under a new name; no name ever held two contents
    assert again.version == 3 and again.path.name.endswith("-v3.kzth")
    assert hashlib.sha256(first.path.read_bytes()).hexdigest() == first.sha256
    assert {p.name for p in out.iterdir() if p.suffix == ".kzth"} == {
        first.path.name, again.path.name}
