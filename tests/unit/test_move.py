"""Issue 20: ``kzth workspace move --to …`` copies a coordinator's workspace from its folder to
a PostgreSQL database and back, verified by counts and digests; the aggregate is the same at
every stop, the source is never changed, and a refused or failed move leaves nothing behind."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kzth_desktop.cli.main import main as kzth
from kzth_desktop.services import ServiceError, Workspace
from kzth_desktop.services import move as move_module
from kzth_desktop.services.errors import ErrorCode
from kzth_desktop.services.move import move_workspace, table_digests
from kzth_desktop.storage.models import Base

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_bundle_import import ANNEX, NGO, POLICE, PW, YEAR, World, make_coordinator  # noqa: E402

FOLDER = SimpleNamespace(workspace=lambda folder: folder)  # a coordinator in a folder (SQLite)
TABLES = list(Base.metadata.sorted_tables)


@pytest.fixture
def coordinator(tmp_path: Path) -> Path:
    """A folder coordinator holding two offices' bundles and one refused file."""
    import datetime as dt

    svc = make_coordinator(tmp_path, FOLDER)
    request = svc.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    w = World(tmp_path, FOLDER, svc, request, None, None)  # type: ignore[arg-type]
    w.police, w.ngo = w.office("police", POLICE), w.office("ngo", NGO)
    svc.add_signer(w.police.registration)
    svc.add_signer(w.ngo.registration)
    bundles = [w.police.export(tmp_path / "out"), w.ngo.export(tmp_path / "out")]
    bad = tmp_path / "out" / "broken.kzth"
    bad.write_bytes(b"PK\x03\x04 not a bundle")
    report = svc.import_paths([*bundles, bad], PW)
    assert [o.result.value for o in report.outcomes] == ["accepted", "accepted", "rejected"]
    for ws in (svc.ws, w.police.ws, w.ngo.ws):
        ws.close()
    return tmp_path / "coordinator"


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = kzth(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def aggregate(capsys: pytest.CaptureFixture[str], where: str | Path) -> dict[str, Any]:
    code, out, err = cli(capsys, "--workspace", str(where), "aggregate", "--year", str(YEAR),
                         "--json")
    assert code == 0, err
    return json.loads(out)


def state(where: str | Path) -> tuple[dict[str, int], dict[str, str]]:
    with Workspace.open(where, annex=ANNEX) as ws:
        return table_digests(ws.engine, TABLES)


def test_a_folder_coordinator_moves_to_postgresql_and_back(
        coordinator: Path, backend: Any, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    if backend.is_sqlite:
        pytest.skip("the move to a database server")
    before = aggregate(capsys, coordinator)
    assert before["submissions"] == 2
    source_state = state(coordinator)
    url = backend.fresh_url()
    code, out, err = cli(capsys, "--workspace", str(coordinator), "workspace", "move",
                         "--to", url, "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["verified"] is True and moved["received"] == 5  # two registrations, three bundles
    assert moved["rows"]["imported_submission"] == 2 and moved["rows"]["signer"] == 2
    assert moved["rows"]["received_file"] == 5  # two registrations, three files
    assert aggregate(capsys, url) == before
    assert state(url) == source_state
    # the database keeps the received files; a second desk can go on importing there
    with Workspace.open(url, annex=ANNEX) as ws:
        from kzth_desktop.services.received import ReceivedStore

        assert ReceivedStore(ws).folder is None
    # and back to a new folder, in Kazakh
    back = tmp_path / "back"
    code, out, err = cli(capsys, "--workspace", url, "workspace", "move", "--to", str(back),
                         "--lang", "kk")
    assert code == 0, err
    assert "көшірілді және тексерілді" in out and "алынған файлдар 5" in out
    assert aggregate(capsys, back) == before
    assert state(back) == source_state
    assert len(list((back / "received").iterdir())) == 5
    # the source was only read
    assert state(coordinator) == source_state
    # the moved workspace works on: its id sequences go on after the copied rows
    from kzth_desktop.services.coordination import CoordinationService

    with Workspace.open(url, annex=ANNEX) as ws:
        svc = CoordinationService(ws, ANNEX)
        svc.create_request(YEAR + 1, PW)
        assert [r.reporting_year for r in svc.requests()] == [YEAR, YEAR + 1]


def test_a_target_with_data_is_refused_and_left_as_it_is(
        coordinator: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("мұнда бірдеңе бар", encoding="utf-8")
    code, _, err = cli(capsys, "--workspace", str(coordinator), "workspace", "move", "--to",
                       str(full), "--lang", "ru")
    assert code != 0 and "Traceback" not in err
    assert "там уже есть данные" in err
    assert [p.name for p in full.iterdir()] == ["notes.txt"]
    # a folder that is already a workspace
    code, _, err = cli(capsys, "--workspace", str(coordinator), "workspace", "move", "--to",
                       str(coordinator), "--lang", "kk")
    assert code != 0 and "қазірдің өзінде" in err


def test_a_database_that_already_holds_a_workspace_is_refused(
        coordinator: Path, backend: Any) -> None:
    if backend.is_sqlite:
        pytest.skip("a database server")
    url = backend.fresh_url()
    make_coordinator(Path("unused"), SimpleNamespace(workspace=lambda _: url)).ws.close()
    with Workspace.open(coordinator, annex=ANNEX) as ws, pytest.raises(ServiceError) as exc:
        move_workspace(ws, url)
    assert exc.value.code is ErrorCode.MOVE_TARGET_NOT_EMPTY
    with Workspace.open(url, annex=ANNEX) as other:  # untouched: still the other workspace
        assert other.role == "coordinator"
        assert table_digests(other.engine, TABLES)[0]["imported_submission"] == 0


def test_a_copy_that_does_not_verify_is_removed(coordinator: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    source_state = state(coordinator)
    real = move_module.table_digests
    calls: list[int] = []

    def tampered(engine: Any, tables: Any) -> Any:
        rows, digests = real(engine, tables)
        calls.append(1)
        if len(calls) == 2:  # the target's
            digests = dict(digests, answer="0" * 64)
        return rows, digests

    monkeypatch.setattr(move_module, "table_digests", tampered)
    target = tmp_path / "copy"
    with Workspace.open(coordinator, annex=ANNEX) as ws, pytest.raises(ServiceError) as exc:
        move_workspace(ws, target)
    assert exc.value.code is ErrorCode.MOVE_VERIFY_FAILED
    assert "копия удалена, исходное не изменилось" in exc.value.message("ru")
    assert not target.exists()
    assert state(coordinator) == source_state


def test_a_damaged_received_file_stops_the_move(coordinator: Path, tmp_path: Path) -> None:
    received = sorted((coordinator / "received").iterdir())[0]
    received.write_bytes(received.read_bytes()[:-1])  # one byte lost on the source's disk
    target = tmp_path / "copy"
    target.mkdir()
    with Workspace.open(coordinator, annex=ANNEX) as ws, pytest.raises(ServiceError) as exc:
        move_workspace(ws, target)
    assert exc.value.code is ErrorCode.MOVE_VERIFY_FAILED
    assert received.name in exc.value.message("kk")
    assert target.is_dir() and list(target.iterdir()) == []  # the empty folder given, emptied
