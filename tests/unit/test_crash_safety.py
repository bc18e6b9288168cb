"""A process writing answers is killed (SIGKILL); every answer whose save returned survives."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.services import OrgProfile, RespondentService, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import ALL_BLOCK_KINDS, sample_answers  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ANNEX = load_default_annex()
EXPECTED = sample_answers(ANNEX, ALL_BLOCK_KINDS)
ORDER = list(EXPECTED)

# the writer: saves every sample answer in turn, as the GUI's autosave would, and prints the
# field id only after save_answer has returned
WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services import RespondentService, Workspace
    from sample_answers import ALL_BLOCK_KINDS, sample_answers

    annex = load_default_annex()
    ws = Workspace.open(sys.argv[1], annex=annex)
    svc = RespondentService(ws, annex)
    print("ready", flush=True)
    while True:  # round after round, so the parent can kill it at any moment
        for n, (fid, value) in enumerate(sample_answers(annex, ALL_BLOCK_KINDS).items()):
            svc.save_answer(2025, fid, value, user="writer")
            print(fid, flush=True)
        svc.clear_answer(2025, "b1.q1.1")
        print("-b1.q1.1", flush=True)
    """
)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "ws"
    profile = OrgProfile("Әкімдік", "Акимат", "KZ-10", ALL_BLOCK_KINDS)
    with Workspace.create(folder, "respondent", profile, annex=ANNEX) as ws:
        RespondentService(ws, ANNEX).add_campaign(2025)
    return folder


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("kill_after", [1, 37, len(ORDER) + 5])
def test_sigkill_while_writing_loses_no_returned_save(workspace: Path, kill_after: int) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(workspace), str(ROOT / "tests" / "fixtures")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        returned: list[str] = []
        while len(returned) < kill_after:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "writer stopped"
            returned.append(line.strip())
        os.kill(child.pid, signal.SIGKILL)  # mid-stream: the writer is saving the next one
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # whatever the writer printed after our last read was also saved; read the rest
    returned.extend(line.strip() for line in child.stdout.read().splitlines())

    db = workspace / "workspace.sqlite"
    con = sqlite3.connect(str(db))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()

    # what must be there: the state after the last returned save; the one save in flight
    # when the kill came may or may not have committed, and nothing else
    sequence = [*ORDER, "-b1.q1.1"]
    in_flight = sequence[len(returned) % len(sequence)]
    state: dict[str, object] = {}
    changes: list[str] = []
    for item in returned:
        changes.extend(_apply(state, item))
    with_in_flight = dict(state)
    change_in_flight = _apply(with_in_flight, in_flight)

    with Workspace.open(workspace, annex=ANNEX) as ws:
        svc = RespondentService(ws, ANNEX)
        stored = _canon(svc.answers(2025))
        audited = [a.field_id for a in svc.audit(2025)]
    assert stored in (_canon(state), _canon(with_in_flight))
    # one audit row for each change whose save returned (unchanged saves write none)
    assert audited in (changes, changes + change_in_flight)


def _apply(state: dict[str, object], item: str) -> list[str]:
    """Applies one printed save to ``state``; returns the field id if it changed something."""
    if item.startswith("-"):
        return [item[1:]] if state.pop(item[1:], None) is not None else []
    if item in state:
        return []
    state[item] = EXPECTED[item]
    return [item]


def _canon(answers: dict[str, object]) -> dict[str, str]:
    return {k: json.dumps(v, ensure_ascii=False) for k, v in answers.items()}


# the autosave queue (the window's PendingEdits): an edit queued, flushed, and reported saved
# only once flush() says so; a counter field takes a new value each round
AUTOSAVE_WRITER = textwrap.dedent(
    """
    import sys
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services import RespondentService, Workspace
    from kzth_desktop.services.respondent import PendingEdits

    annex = load_default_annex()
    ws = Workspace.open(sys.argv[1], annex=annex)
    queue = PendingEdits(RespondentService(ws, annex))
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        queue.put(2025, "b14.q1.meetings", n)
        queue.put(2025, "b3.q1.received", n * 2)
        result = queue.flush(user="typist")
        assert result.ok, result
        print(n, flush=True)  # reported saved: the window would now say so
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
@pytest.mark.parametrize("kill_after", [1, 25])
def test_sigkill_during_autosave_loses_nothing_reported_saved(workspace: Path,
                                                              kill_after: int) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", AUTOSAVE_WRITER, str(workspace)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        reported = 0
        while reported < kill_after:
            line = child.stdout.readline()
            assert line, child.stderr.read() if child.stderr else "writer stopped"
            reported = int(line)
        os.kill(child.pid, signal.SIGKILL)  # in the middle of the next flush
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    for line in child.stdout.read().splitlines():
        reported = int(line)
    con = sqlite3.connect(str(workspace / "workspace.sqlite"))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()
    with Workspace.open(workspace, annex=ANNEX) as ws:  # the open-time checks pass too
        answers = RespondentService(ws, ANNEX).answers(2025)
    # the last reported round is there; the one in flight may have landed, nothing else
    assert answers["b14.q1.meetings"] in (reported, reported + 1)
    assert answers["b3.q1.received"] in (reported * 2, (reported + 1) * 2)
    assert answers["b3.q1.received"] >= answers["b14.q1.meetings"] * 2 - 2
