"""A damaged, foreign, busy or full workspace is a kk/ru message with its own code, never a
traceback, and a damaged file is never written to."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli.main import main as kzth
from kzth_desktop.services import ErrorCode, OrgProfile, RespondentService, ServiceError, Workspace
from kzth_desktop.storage import db as storage_db

ANNEX = load_default_annex()
PROFILE = OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    with Workspace.create(folder, "respondent", PROFILE, annex=ANNEX) as ws:
        svc = RespondentService(ws, ANNEX)
        for year in (2023, 2024, 2025):
            svc.add_campaign(year)
            for n in range(40):
                svc.save_answer(year, "b1.q1.1", {"answer": "yes", "details": "ә" * 500 + str(n)})
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged(exc: pytest.ExceptionInfo[ServiceError]) -> None:
    assert exc.value.code is ErrorCode.WORKSPACE_DAMAGED
    assert "восстановите резервную копию" in exc.value.message("ru")
    assert "сақтық көшірмені қалпына келтіріңіз" in exc.value.message("kk")


def test_pages_overwritten_in_the_middle_are_found_and_the_file_left_alone(folder: Path) -> None:
    db = folder / "workspace.sqlite"
    size = db.stat().st_size
    page = 4096
    assert size >= 8 * page
    with open(db, "r+b") as f:  # pages in the middle turned to noise; the header kept
        f.seek((size // page // 2) * page)
        f.write(os.urandom(3 * page))
    before = digest(db)
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    damaged(exc)
    assert digest(db) == before  # nothing was written to the damaged file
    assert not (folder / "backups").exists()


def test_a_truncated_workspace_is_damaged(folder: Path) -> None:
    db = folder / "workspace.sqlite"
    with open(db, "r+b") as f:
        f.truncate(db.stat().st_size // 2)
    before = digest(db)
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    damaged(exc)
    assert digest(db) == before


def test_a_file_that_is_no_database_is_damaged(folder: Path) -> None:
    db = folder / "workspace.sqlite"
    db.write_bytes(b"PK\x03\x04 not a database at all " * 200)
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    damaged(exc)
    assert db.read_bytes().startswith(b"PK\x03\x04 not a database")


def test_a_database_without_the_programs_tables_is_damaged(folder: Path) -> None:
    con = sqlite3.connect(str(folder / "workspace.sqlite"))
    with con:
        con.execute("DROP TABLE audit_entry")
    con.close()
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    damaged(exc)
    assert "audit_entry" in exc.value.message("ru")


def test_status_fails_on_a_damaged_workspace_with_the_message(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert kzth(["--workspace", str(folder), "status"]) == 0
    capsys.readouterr()
    db = folder / "workspace.sqlite"
    with open(db, "r+b") as f:
        f.seek(4096 * 3)
        f.write(b"\xff" * 4096 * 3)
    assert kzth(["--workspace", str(folder), "status"]) == 1
    out, err = capsys.readouterr()
    assert "рабочая папка повреждена" in err and "Traceback" not in err + out
    assert kzth(["--workspace", str(folder), "--lang", "kk", "status"]) == 1
    assert "жұмыс кеңістігі бүлінген" in capsys.readouterr().err


def test_a_locked_workspace_is_busy_not_a_traceback(
        folder: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(str(folder / "workspace.sqlite"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        code = kzth(["--workspace", str(folder), "campaign", "add", "--year", "2026"])
        out, err = capsys.readouterr()
        assert code == 1
        assert "рабочая папка занята (в неё пишет другая программа)" in err
        assert "Traceback" not in err + out and "sqlalchemy" not in err.lower()
        with Workspace.open(folder, annex=ANNEX) as ws, pytest.raises(ServiceError) as exc:
            RespondentService(ws, ANNEX).save_answer(2025, "b14.q1.meetings", 3)
        assert exc.value.code is ErrorCode.WORKSPACE_BUSY
        assert "басқа бағдарлама жазып жатыр" in exc.value.message("kk")
    finally:
        other.rollback()
        other.close()
    assert kzth(["--workspace", str(folder), "campaign", "add", "--year", "2026"]) == 0


def test_a_full_disk_is_its_own_message(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import event

    with Workspace.open(folder, annex=ANNEX) as ws:
        def full(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
                raise sqlite3.OperationalError("database or disk is full")

        event.listen(ws.engine, "before_cursor_execute", full)
        with pytest.raises(ServiceError) as exc:
            RespondentService(ws, ANNEX).save_answer(2025, "b14.q1.meetings", 3)
        assert exc.value.code is ErrorCode.DISK_FULL
        assert "диск заполнен" in exc.value.message("ru")
        event.remove(ws.engine, "before_cursor_execute", full)
        assert "b14.q1.meetings" not in RespondentService(ws, ANNEX).answers(2025)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_new_workspace_and_its_backups_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "ws"
    with Workspace.create(folder, "respondent", PROFILE, annex=ANNEX):
        pass
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700  # made here too
    assert (folder / "workspace.sqlite").stat().st_mode & 0o777 == 0o600
    backup = storage_db.backup_sqlite(folder / "workspace.sqlite", folder / "backups", "x")
    assert backup.stat().st_mode & 0o777 == 0o600
    assert (folder / "backups").stat().st_mode & 0o777 == 0o700
    # an older workspace made readable by all is made private when it is opened
    os.chmod(folder / "workspace.sqlite", 0o644)
    with Workspace.open(folder, annex=ANNEX):
        assert (folder / "workspace.sqlite").stat().st_mode & 0o777 == 0o600


def test_a_shorter_wait_for_one_write_is_put_back_for_the_next(folder: Path) -> None:
    from sqlalchemy import text

    from kzth_desktop.storage import write_session

    with Workspace.open(folder, annex=ANNEX) as ws:
        with write_session(ws.engine, busy_ms=250) as s:
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 250
        with write_session(ws.engine) as s:
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == storage_db.BUSY_TIMEOUT_MS
