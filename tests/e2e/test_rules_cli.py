"""The consistency rules the annex implies, through ``kzth validate`` (issue 16, item 2).

Each case starts from the demo's answers of one office (which keep to every rule: exit 0),
makes one contradiction and checks that ``kzth validate`` exits 1 naming the question's
field, and the other field the rule reads, in Kazakh and in Russian.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.problems import short_text
from kzth_desktop.cli import main
from kzth_desktop.demo.campaign import demo_answers, demo_respondents

ANNEX = load_default_annex()
YEAR = 2025
REGION = "KZ-79"


def consistent_answers(kind: str) -> dict[str, Any]:
    """The demo's 2025 answers of the Shymkent office of ``kind`` (or of the ministry): the
    demo keeps to every rule."""
    r = next(r for r in demo_respondents(ANNEX, seed=1)
             if r.kinds[0] == kind and (r.region == REGION or r.national))
    return demo_answers(ANNEX, r, YEAR, seed=1)


def _victims(fid: str, count: int) -> dict[str, Any]:
    dims = ANNEX.field(fid).dimensions
    return {"rows": [{**{d.id: "unknown" for d in dims}, "count": count}] if count else []}


def _with_b3_counts(answers: dict[str, Any]) -> dict[str, Any]:
    """Block 3 with known, consistent numbers: 6 received, 4 identified, 3 assisted."""
    return answers | {
        "b3.q1.received": 6, "b3.q1.identified": 4, "b3.q1.not_identified": 2,
        "b3.q1.assisted": 3, "b3.q1.referred_police": 2,
        "b3.q1.victims": _victims("b3.q1.victims", 4), "b3.q1.referred_by": ["Полиция"],
    }


def _with_b16_counts(answers: dict[str, Any]) -> dict[str, Any]:
    return answers | {
        "b16.q1.received": 6, "b16.q1.identified": 4, "b16.q1.not_identified": 2,
        "b16.q1.assisted": 3, "b16.q1.recognised": 2, "b16.q1.referred_police": 2,
        "b16.q1.referred_medical": 1, "b16.q1.victims": _victims("b16.q1.victims", 4),
        "b16.q1.referred_by": ["Полиция"],
    }


# (case, kind, consistent base, contradiction, field named, other field the message names)
CASES: list[tuple[str, str, Any, dict[str, Any], str, str | None]] = [
    ("at_most_one_yes", "police", None,
     {"b1.q4.1": {"answer": "yes", "details": "Конвенциялар шеңберінде"},
      "b1.q4.2": {"answer": "yes", "details": "Жауап кеш келеді"},
      "b1.q4.3": {"answer": "no", "details": ""}}, "b1.q4.2", "b1.q4.1"),
    ("le: referred to the police <= identified", "akimat", _with_b3_counts,
     {"b3.q1.referred_police": 5}, "b3.q1.referred_police", "b3.q1.identified"),
    ("le: assisted <= identified", "akimat", _with_b3_counts,
     {"b3.q1.assisted": 5}, "b3.q1.assisted", "b3.q1.identified"),
    ("le: recognised <= assisted", "ngo", _with_b16_counts,
     {"b16.q1.recognised": 4}, "b16.q1.recognised", "b16.q1.assisted"),
    ("le: trained in the country <= trained", "police", None,
     {"b1.q8.trained": 3, "b1.q8.in_country": 4, "b1.q8.abroad": 0},
     "b1.q8.in_country", "b1.q8.trained"),
    ("zero_implies_zero: no orders, no amount", "akimat", None,
     {"b14.q4.orders": 0, "b14.q4.amount": 2500000.0,
      "b14.q4.directions": {"no_data": "Тапсырыс болған жоқ"}},
     "b14.q4.amount", "b14.q4.orders"),
    ("zero_implies_empty: no meetings, no agenda", "akimat", None,
     {"b14.q1.meetings": 0, "b14.q1.agenda": ["Еңбек миграциясы"]},
     "b14.q1.agenda", "b14.q1.meetings"),
    ("zero_implies_empty: no orders, no directions", "culture_ministry", None,
     {"b12.q5.orders": 0, "b12.q5.amount": 0.0, "b12.q5.directions": ["Профилактика"]},
     "b12.q5.directions", "b12.q5.orders"),
    ("iff_positive: compensation paid to nobody", "police", None,
     {"b2.q12.amount": 1200000.0, "b2.q12.victims": {"rows": []}},
     "b2.q12.amount", "b2.q12.victims"),
    ("iff_positive: compensated without an amount", "police", None,
     {"b2.q12.amount": 0.0, "b2.q12.victims": _victims("b2.q12.victims", 2)},
     "b2.q12.amount", "b2.q12.victims"),
    ("period_within_year", "police", None,
     {"b2.q1.period": {"from": "2024-12-01", "to": "2025-11-30"}}, "b2.q1.period", None),
    ("table_total: crimes by form", "police", None,
     {"b2.q1.crimes": 3, "b2.q1.from_subjects": 1,
      "b2.q1.by_form": _victims("b2.q1.by_form", 2)}, "b2.q1.by_form", "b2.q1.crimes"),
]


class Kzth:
    def __init__(self, ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.ws, self.capsys = ws, capsys

    def __call__(self, *args: str) -> tuple[int, str]:
        self.capsys.readouterr()
        code = main(["--workspace", str(self.ws), *args])
        return code, self.capsys.readouterr().out


def _office(kzth: Kzth, kind: str) -> None:
    code, _ = kzth("init", "respondent", "--org", "Сынақ", "--region", REGION, "--kind", kind)
    assert code == 0
    assert kzth("campaign", "add", "--year", str(YEAR))[0] == 0


def _import(kzth: Kzth, path: Path, answers: dict[str, Any]) -> None:
    path.write_text(json.dumps({"reporting_year": YEAR, "answers": answers},
                               ensure_ascii=False), encoding="utf-8")
    code, _ = kzth("answers", "import", str(path))
    assert code == 0


def _place(fid: str, lang: str) -> str:
    fld, q = ANNEX.field(fid), ANNEX.question(fid.rsplit(".", 1)[0])
    block = int(fid.split(".")[0][1:])
    name = short_text(fld.text.get(lang))
    if lang == "kk":
        return f"{block}-блок, {q.number}-сұрақ, «{name}» өрісі: "
    return f"Блок {block}, вопрос {q.number}, поле «{name}»: "


@pytest.mark.parametrize(("case", "kind", "base", "change", "field", "other"), CASES,
                         ids=[c[0] for c in CASES])
def test_each_contradiction_fails_validate_naming_the_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        case: str, kind: str, base: Any, change: dict[str, Any], field: str,
        other: str | None) -> None:
    monkeypatch.delenv("KZTH_LANG", raising=False)
    kzth = Kzth(tmp_path / "ws", capsys)
    _office(kzth, kind)
    answers = consistent_answers(kind)
    if base is not None:
        answers = base(answers)
    _import(kzth, tmp_path / "good.json", answers)
    code, out = kzth("validate", "--year", str(YEAR), "--json")
    assert (code, json.loads(out)["problems"]) == (0, [])  # the consistent office passes

    _import(kzth, tmp_path / "bad.json", answers | change)
    code, out = kzth("validate", "--year", str(YEAR), "--json")
    problems = json.loads(out)["problems"]
    assert code == 1
    assert [p["field"] for p in problems] == [field], problems
    assert problems[0]["code"].startswith("rule_")
    for lang in ("kk", "ru"):
        code, out = kzth("validate", "--year", str(YEAR), "--lang", lang)
        assert code == 1
        (line,) = [ln for ln in out.splitlines() if ln.startswith(f"  {field}: ")]
        message = line.removeprefix(f"  {field}: ")
        assert message.startswith(_place(field, lang)), message
        if other is not None:  # the message names the field it was compared with
            assert short_text(ANNEX.field(other).text.get(lang)) in message, message
        assert "{" not in message and "b1." not in message.split(": ", 1)[1]


def test_a_period_of_another_year_is_named_with_the_year(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KZTH_LANG", raising=False)
    kzth = Kzth(tmp_path / "ws", capsys)
    _office(kzth, "police")
    wrong = {"b2.q1.period": {"from": "2024-01-01", "to": "2024-12-31"}}
    _import(kzth, tmp_path / "a.json", consistent_answers("police") | wrong)
    code, out = kzth("validate", "--year", str(YEAR), "--lang", "ru")
    assert code == 1
    assert "период (2024-01-01 — 2024-12-31) выходит за пределы отчётного 2025 года" in out
    code, out = kzth("validate", "--year", str(YEAR), "--lang", "kk")
    assert "кезең (2024-01-01 — 2024-12-31) 2025 есепті жылының шегінен шығып тұр" in out
