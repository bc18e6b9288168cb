"""``kzth demo``: a small campaign (2 regions + the national bodies) built through the CLI, then
read back through the coordinator's services; determinism for a seed.

The full national campaign (20 regions, ~520 files) is timed by hand, not here (see README).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.analysis.completeness import CellStatus
from kzth_desktop.annex import load_default_annex
from kzth_desktop.cli import main
from kzth_desktop.demo.campaign import DEMO_PASSPHRASE, build_demo, plan_demo
from kzth_desktop.exchange import crypto
from kzth_desktop.services import CoordinationService, KeyService, Workspace
from kzth_desktop.services.coordination import org_key
from kzth_desktop.services.desk import Desk

ANNEX = load_default_annex()
YEARS = [2023, 2024, 2025]


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(list(args))
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("demo") / "campaign"
    code, text = run("demo", "--out", str(out), "--years", "2023-2025", "--seed", "7",
                     "--regions", "2", "--json")
    assert code == 0, text
    return out, json.loads(text)


def held_answers(coordinator: Path) -> dict[tuple[str, int, int], Any]:
    with Workspace.open(coordinator, annex=ANNEX) as ws:
        held = CoordinationService(ws, ANNEX).submissions(include_superseded=True)
    return {(org_key(h.organisation), h.reporting_year, h.version): dict(h.answers)
            for h in held}


@pytest.mark.slow
def test_layout(demo: tuple[Path, dict[str, Any]]) -> None:
    out, summary = demo
    plan = plan_demo(ANNEX, YEARS, 7, 2)
    assert (out / "coordinator" / "workspace.sqlite").is_file()
    folders = sorted(p.name for p in (out / "respondents").iterdir())
    assert folders == sorted([r.key for r in plan.respondents] + [plan.unregistered.key])
    assert len(folders) == 16 + 10 + 1  # 2 regions x 8 kinds, 10 national bodies, 1 unknown
    assert "KZ-10-akimat" in folders and "KZ-71-mission-ru" in folders
    assert len(list((out / "outbox" / "registrations").glob("*.kzkey"))) == 27
    for year in YEARS:
        assert (out / "outbox" / str(year) / f"request-{year}.kzreq").is_file()
    files = sorted((out / "outbox").rglob("*.kzth"))
    assert len(files) == summary["bundles"] == 26 * 3 - 1 + 3 + 3 + 3 + 1 + 1
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert DEMO_PASSPHRASE in readme and "KZTH_PASSPHRASE" in readme
    assert summary["workspaces"] == 28 and summary["passphrase"] == DEMO_PASSPHRASE

    # every workspace opens with the documented passphrase
    with Workspace.open(out / "respondents" / "KZ-11-police", annex=ANNEX) as ws:
        KeyService(ws).check_passphrase(DEMO_PASSPHRASE)
        assert ws.profile().name_ru == "Отдел по борьбе с торговлей людьми Департамента " \
                                       "полиции Акмолинской области"
    with Workspace.open(out / "coordinator", annex=ANNEX) as ws:
        KeyService(ws).check_passphrase(DEMO_PASSPHRASE)
    # the scrypt sharing of the build is over
    assert crypto.PassphraseKey.derive.__func__ is \
        crypto.PassphraseKey.__dict__["derive"].__func__


@pytest.mark.slow
def test_import_outcomes(demo: tuple[Path, dict[str, Any]]) -> None:
    out, summary = demo
    # 26 respondents x 3 years, one missing in the latest; one correction a year; per year a
    # damaged copy and a file sent twice; in the latest an invalid and an unknown key's bundle
    assert summary["counts"] == {"accepted": 77, "superseded": 3, "duplicate": 3,
                                 "quarantined": 1, "rejected": 4}
    assert summary["by_year"]["2025"] == {"accepted": 25, "superseded": 1, "duplicate": 1,
                                          "quarantined": 1, "rejected": 2}
    reasons = summary["rejected"]
    assert reasons.pop("answers_invalid") == 1
    assert sum(reasons.values()) == 3 and "not_newer" not in reasons

    with Workspace.open(out / "coordinator", annex=ANNEX) as ws:
        svc = CoordinationService(ws, ANNEX)
        current = svc.submissions()
        everything = svc.submissions(include_superseded=True)
        receipts = Counter(r.result.value for r in svc.receipts() if r.kind == "bundle")
    assert len(current) == 77 and len(everything) == 80
    assert sorted({h.version for h in everything if h.status == "superseded"}) == [1]
    assert receipts == Counter(accepted=77, superseded=3, duplicate=3, quarantined=1,
                               rejected=4)


@pytest.mark.slow
def test_completeness_shows_late_and_missing(demo: tuple[Path, dict[str, Any]]) -> None:
    out, summary = demo
    plan = plan_demo(ANNEX, YEARS, 7, 2)
    by_key = {r.key: r for r in plan.respondents}
    with Workspace.open(out / "coordinator", annex=ANNEX) as ws:
        desk = Desk.from_workspace(ws, ANNEX)
    for year in YEARS:
        yp = plan.plans[year]
        assert desk.deadline(year) == dt.date(year + 1, 2, 28)
        m = desk.completeness(year, as_of=dt.date(year + 1, 6, 1))
        counts = m.counts()
        assert counts["expected"] == 16
        assert counts["late"] == len(yp.late) == len(summary["late"][str(year)]) == 1
        assert counts["missing"] == len(yp.missing) == (1 if year == 2025 else 0)
        assert counts["on_time"] == 16 - counts["late"] - counts["missing"]
        for key in yp.late:
            r = by_key[key]
            assert m.status(r.region, r.kinds[0]) is CellStatus.LATE
            late = [s for s in m.submissions if s.name_ru == r.name_ru]
            assert late and all(s.days_late and s.days_late >= 3 for s in late)
        for key in yp.missing:
            r = by_key[key]
            assert m.status(r.region, r.kinds[0]) is CellStatus.MISSING
            assert (r.region, r.kinds[0]) in {(x.region, x.kind) for x in m.reminders}
        # the national bodies arrived, unexpected
        assert counts["unexpected"] >= 1
        # every arrival is dated within the campaign, not on the day the demo was built
        for s in m.submissions:
            assert s.received_at is not None
            assert dt.date(year + 1, 1, 15) < s.received_at.date() < dt.date(year + 1, 4, 15)


@pytest.mark.slow
def test_aggregates_and_texts(demo: tuple[Path, dict[str, Any]]) -> None:
    out, _ = demo
    with Workspace.open(out / "coordinator", annex=ANNEX) as ws:
        desk = Desk.from_workspace(ws, ANNEX)
        held = CoordinationService(ws, ANNEX).submissions(2025)
    agg = desk.aggregate_year(2025).to_json()
    assert agg["submissions"] == 25
    fields = agg["fields"]
    crimes = fields["b2.q1.crimes"]
    assert crimes["total"] > 0 and set(crimes["by_region"]) >= {"KZ-10", "KZ-11", "KZ-71"}
    assert fields["b1.q1.5"]["yes"] > 0 and fields["b1.q1.5"]["no"] > 0
    # free texts in both languages, "no data" with its reason here and there
    texts = [v for h in held for v in h.answers.values() if isinstance(v, str)]
    assert any(ch in t for t in texts for ch in "әғқңөұүі")
    assert any(not set("әғқңөұүі") & set(t.lower()) for t in texts)
    no_data = [v for h in held for v in h.answers.values()
               if isinstance(v, dict) and "no_data" in v]
    assert no_data and all(v["no_data"].strip() for v in no_data)


@pytest.mark.slow
def test_same_seed_same_contents_other_seed_other(tmp_path: Path) -> None:
    kw: dict[str, Any] = {"years": [2024, 2025], "regions": 1, "national": False}
    a = build_demo(tmp_path / "a", seed=3, **kw)
    b = build_demo(tmp_path / "b", seed=3, **kw)
    build_demo(tmp_path / "c", seed=4, **kw)
    assert a.counts == b.counts and a.by_year == b.by_year
    first = held_answers(tmp_path / "a" / "coordinator")
    assert first and first == held_answers(tmp_path / "b" / "coordinator")
    # the bytes differ (fresh keys, signatures, nonces), the contents do not
    digests = [{p.read_bytes() for p in (tmp_path / x / "outbox").rglob("*.kzth")}
               for x in ("a", "b")]
    assert len(digests[0]) == a.bundles - a.counts["duplicate"]
    assert not digests[0] & digests[1]
    other = held_answers(tmp_path / "c" / "coordinator")
    assert other.keys() & first.keys()
    assert any(other[k] != first[k] for k in other.keys() & first.keys())


def test_refuses_a_folder_that_holds_files(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    code, text = run("demo", "--out", str(tmp_path), "--regions", "1", "--json")
    assert code == 1 and json.loads(text)["error"]["code"] == "folder_not_empty"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_published_assessment_passes_its_audit_and_a_weakened_one_fails(
        demo: tuple[Path, dict[str, Any]], tmp_path: Path, lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the attacker with the published PDF alone: nothing recovered, nothing narrowed
    out, _ = demo
    base = ["--workspace", str(out / "coordinator")]
    pdf = tmp_path / f"kzth-assessment-2023-2025-{lang}-published.pdf"
    monkeypatch.chdir(tmp_path)
    code, text = run(*base, "report", "assessment", "--years", "2023-2025", "--lang", lang,
                     "--published", "--json")
    assert code == 0 and json.loads(text)["path"] == pdf.name  # the default name says it
    code, text = run(*base, "report", "audit", str(pdf), "--years", "2023-2025", "--lang",
                     lang, "--json")
    audit = json.loads(text)
    assert code == 0 and audit["ok"] and audit["exposures"] == [], text
    assert audit["hidden"] > 10
    # the same edition with its complements dropped (and the builder's own check off)
    from kzth_desktop.assessment.suppression import Publication

    weak = tmp_path / "weak.pdf"
    with monkeypatch.context() as m:
        m.setattr(Publication, "protect", lambda self: self.initial_marks())
        m.setattr(Publication, "audit", lambda self, marks: [])
        assert run(*base, "report", "assessment", "--years", "2023-2025", "--lang", lang,
                   "--published", "--out", str(weak))[0] == 0
    code, text = run(*base, "report", "audit", str(weak), "--years", "2023-2025", "--lang",
                     lang, "--json")
    audit = json.loads(text)
    assert code == 1 and not audit["ok"]
    assert any(not e["printed_exactly"] for e in audit["exposures"])
