"""``kzth report audit``: the published assessment read back from the PDF file and attacked
over everything it prints — passes for the published edition in both languages, fails for the
restricted one and for a published one whose complementary suppression was weakened, and
refuses a file that is not this workspace's edition with a reason."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.assessment.suppression import Mark, Publication
from kzth_desktop.cli import main
from kzth_desktop.reports import readback
from kzth_desktop.reports.assessment import PrintedRow
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services.assessment import AssessmentError, AssessmentErrorCode, AssessmentService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import ErrorCode, ServiceError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import campaign  # noqa: E402

ANNEX = load_default_annex()
YEARS = [2024, 2025]


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AssessmentService, Path]]:
    root = tmp_path_factory.mktemp("audit")
    ws = Workspace.create(root / "ws", "coordinator",
                          OrgProfile("Үйлестіруші орган", "Координирующий орган"), annex=ANNEX)
    svc = AssessmentService(ws, ANNEX, Desk(ANNEX, campaign(ANNEX)))
    svc.set_population("KZ-10", 2024, 600_000)
    for lang in ("kk", "ru"):
        for ed in ("published", "restricted"):
            svc.write_report(root / f"{lang}-{ed}.pdf", YEARS, lang, ed)
    yield svc, root
    ws.close()


def weakened_marks(pub: Publication) -> dict[Any, Mark]:
    """The small counts alone hidden: no complementary suppression at all."""
    return pub.initial_marks()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_published_edition_gives_nothing_away(edition: tuple[AssessmentService, Path],
                                                  lang: str) -> None:
    svc, root = edition
    audit = svc.audit_report(root / f"{lang}-published.pdf", YEARS, lang)
    assert audit.ok and audit.exposures == ()
    assert audit.figures > 20 and 0 < audit.hidden < audit.figures


def test_the_restricted_edition_fails_with_its_small_counts(
        edition: tuple[AssessmentService, Path]) -> None:
    svc, root = edition
    audit = svc.audit_report(root / "kk-restricted.pdf", YEARS, "kk")
    assert not audit.ok and audit.hidden == 0
    printed = [e for e in audit.exposures if e.mark is Mark.SHOWN]
    assert printed and all(0 < e.value < 10 and e.low == e.high == e.value for e in printed)
    # the figures it does not print one by one (shares modelled whole) follow from the rest
    assert all(e.high is not None and e.high - e.low < 8 for e in audit.exposures)
    assert audit.tables("kk")  # named, in the language asked


def test_a_weakened_suppression_is_caught_from_the_file(
        edition: tuple[AssessmentService, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    svc, _ = edition
    weak = tmp_path / "weak.pdf"
    with monkeypatch.context() as m:
        # the builder's own refusal switched off, the complements dropped
        m.setattr(Publication, "protect", weakened_marks)
        m.setattr(Publication, "audit", lambda self, marks: [])
        svc.write_report(weak, YEARS, "ru", "published")
    audit = svc.audit_report(weak, YEARS, "ru")
    narrowed = [e for e in audit.exposures if e.mark is Mark.PRIMARY]
    assert narrowed, "no complement was needed: the fixture does not test the audit"
    # what the reader proves of each is narrower than 1..9, and it is the true value's range
    for e in narrowed:
        assert e.low <= e.value <= (e.high if e.high is not None else e.value)
        assert (e.low, e.high) != (1, 9)
    assert not any(e.mark is Mark.SHOWN for e in audit.exposures)  # nothing printed openly


def test_a_file_of_another_kind_or_period_is_refused_with_its_reason(
        edition: tuple[AssessmentService, Path], tmp_path: Path) -> None:
    svc, root = edition
    with pytest.raises(AssessmentError) as exc:
        svc.audit_report(root / "ru-published.pdf", [2025], "ru")
    assert exc.value.code is AssessmentErrorCode.AUDIT_OTHER_EDITION
    assert "2025" in exc.value.message("ru") and "«" in exc.value.message("kk")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(AssessmentError) as exc:
        svc.audit_report(junk, YEARS, "kk")
    assert exc.value.code is AssessmentErrorCode.AUDIT_NOT_PDF
    assert "PDF емес" in exc.value.message("kk")
    with pytest.raises(ServiceError) as missing:
        svc.audit_report(tmp_path / "absent.pdf", YEARS, "kk")
    assert missing.value.code is ErrorCode.FILE_UNREADABLE


def test_cells_are_read_as_a_reader_sees_them() -> None:
    # thousands come back from PDFium as plain spaces: a figure is read from the right,
    # exactly its digits, and "<10" / "x" only where they fit the value
    row = PrintedRow("t", 0, (0, 1, 2, 3))
    line = ["Сумма", "отчетов*", "1", "083", "x", "<10", "3", "482"]
    assert readback._read_line(line, row, [1083, 12, 5, 3482]) == [
        Mark.SHOWN, Mark.COMPLEMENTARY, Mark.PRIMARY, Mark.SHOWN]
    assert readback._read_line(line, row, [1083, 12, 12, 3482]) is None  # "<10" is not 12
    assert readback._read_line(line, row, [1083, 5, 5, 3482]) is None  # "x" is not 5
    # a rate per 100,000 beside the population: "—" hides nothing more, a printed rate
    # gives the count back
    rate = PrintedRow("r", 0, (0,), ("600\u00a0000",), "Абай облысы", "0,7")
    assert readback._read_line(["1", "Абай", "облысы", "<10", "600", "000", "—"], rate, [4]) == [
        Mark.PRIMARY]
    assert readback._read_line(["1", "Абай", "облысы", "<10", "600", "000", "0,7"], rate, [4]) == [
        Mark.SHOWN]
    assert readback._read_line(["1", "Абай", "облысы", "<10", "600", "000", "9,9"], rate, [4]) is None


def test_cli_audit_exit_status_and_json(edition: tuple[AssessmentService, Path],
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    svc, root = edition
    from kzth_desktop.cli import assessment as cli_assessment

    # the command's service reads the same campaign as the fixture's
    monkeypatch.setattr(cli_assessment, "AssessmentService",
                        lambda ws, annex: AssessmentService(ws, annex, svc.desk))
    base = ["--workspace", str(root / "ws")]
    assert main([*base, "--lang", "kk", "report", "audit", str(root / "kk-published.pdf"),
                 "--years", "2024-2025", "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Тексерілді") and "бірде-бір" in out
    assert main([*base, "report", "audit", str(root / "ru-restricted.pdf"), "--years",
                 "2024-2025", "--lang", "ru", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["exposures"]
    assert any(e["printed_exactly"] for e in data["exposures"])
    assert main([*base, "--lang", "ru", "report", "audit", str(root / "ru-restricted.pdf"),
                 "--years", "2024-2025", "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "публиковать нельзя" in out and "напечатано открыто" in out
    assert main([*base, "report", "audit", str(root / "absent.pdf"), "--years",
                 "2024-2025", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "не читается" in err and "Traceback" not in err
