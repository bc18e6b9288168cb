"""Files written outside the workspace (PDFs, workbooks, bundles): a target another program
holds open (Excel, Acrobat on Windows) is FILE_IN_USE naming the file, the old file untouched,
no temporary file left; the CLI says so in kk/ru and exits 1."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kzth_desktop.cli import main
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services import files as files_module
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.files import held_open, write_file


def windows_error(winerror: int, err: int = errno.EACCES) -> PermissionError:
    """A PermissionError as Windows raises it (``winerror`` is only set there by Python)."""
    exc = PermissionError(err, "The process cannot access the file because it is being "
                          "used by another process")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


def locked(monkeypatch: pytest.MonkeyPatch, target: Path,
           exc: Callable[[], OSError] = lambda: windows_error(32)) -> list[Path]:
    """``os.replace`` onto ``target`` fails as if another program held it open; returns the
    temporary files the writer tried to move."""
    real = os.replace
    tried: list[Path] = []

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst).resolve() == target.resolve():
            tried.append(Path(src))
            raise exc()
        real(src, dst)

    monkeypatch.setattr(files_module.os, "replace", replace)
    return tried


def test_held_open_reads_the_windows_error_codes() -> None:
    assert held_open(windows_error(32), target_exists=True)  # ERROR_SHARING_VIOLATION
    assert held_open(windows_error(32), target_exists=False)
    assert held_open(windows_error(33), target_exists=True)  # ERROR_LOCK_VIOLATION
    assert held_open(windows_error(5), target_exists=True)  # ERROR_ACCESS_DENIED (Excel)
    # denied where there is no file to hold: a folder one may not write to
    assert not held_open(windows_error(5), target_exists=False)
    # POSIX: no winerror, no locks of that kind
    assert not held_open(PermissionError(errno.EACCES, "denied"), target_exists=True)


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_file_open_elsewhere_is_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  winerror: int) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")
    tried = locked(monkeypatch, target, lambda: windows_error(winerror))
    with pytest.raises(ServiceError) as caught:
        write_file(target, b"%PDF-new")
    assert caught.value.code is ErrorCode.FILE_IN_USE
    assert caught.value.message("ru") == (
        f"файл «{target}» открыт в другой программе — закройте его и попробуйте снова; "
        "ничего не записано")
    assert caught.value.message("kk").startswith(f"«{target}» файлы басқа бағдарламада ашық")
    assert target.read_bytes() == b"%PDF-old"
    assert len(tried) == 1 and not tried[0].exists()
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_access_denied_without_a_target_is_a_folder_not_writable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "new.xlsx"
    locked(monkeypatch, target, lambda: windows_error(5))
    with pytest.raises(ServiceError) as caught:
        write_file(target, b"PK")
    assert caught.value.code is ErrorCode.TARGET_NOT_WRITABLE
    assert list(tmp_path.iterdir()) == []


def test_the_pdf_and_workbook_writers_go_through_write_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services.assessment import AssessmentService
    from kzth_desktop.services.desk import Desk
    from kzth_desktop.services.printing import write_pdf

    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(b"old")
    locked(monkeypatch, pdf)
    with pytest.raises(ServiceError) as caught:
        write_pdf(b"%PDF-new", pdf)
    assert caught.value.code is ErrorCode.FILE_IN_USE and pdf.read_bytes() == b"old"

    annex = load_default_annex()
    with Workspace.create(tmp_path / "c", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=annex) as ws:
        book = tmp_path / "desk.xlsx"
        book.write_bytes(b"old")
        locked(monkeypatch, book)
        with pytest.raises(ServiceError) as caught:
            Desk.from_workspace(ws, annex).write_workbook(book, [2025], "kk")
        assert caught.value.code is ErrorCode.FILE_IN_USE and book.read_bytes() == b"old"

        report = tmp_path / "assessment.pdf"
        report.write_bytes(b"old")
        locked(monkeypatch, report)
        monkeypatch.setattr(AssessmentService, "report", lambda *a, **k: b"%PDF-new")
        with pytest.raises(ServiceError) as caught:
            AssessmentService(ws, annex).write_report(report, [2025], "ru")
        assert caught.value.code is ErrorCode.FILE_IN_USE and report.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "assessment.pdf", "c", "copy.pdf", "desk.xlsx"]


def test_cli_print_says_the_file_is_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "blank.pdf"
    out.write_bytes(b"old")
    locked(monkeypatch, out)
    assert main(["print", "blank", "--kind", "ngo", "--lang", "kk", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kzth: «{out}» файлы басқа бағдарламада ашық тұр — оны жауып")
    assert "Traceback" not in err and out.read_bytes() == b"old"


def test_cli_workbook_says_the_file_is_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    Workspace.create(tmp_path / "c", "coordinator",
                     OrgProfile("Үйлестіруші", "Координатор")).close()
    out = tmp_path / "desk.xlsx"
    out.write_bytes(b"old")
    locked(monkeypatch, out)
    assert main(["--workspace", str(tmp_path / "c"), "report", "xlsx", "--years", "2025",
                 "--out", str(out), "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert err == (f"kzth: файл «{out}» открыт в другой программе — закройте его и "
                   "попробуйте снова; ничего не записано\n")
    assert out.read_bytes() == b"old"
