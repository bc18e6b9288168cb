"""Every field of the annex feeds at least one of rule 14's nine headings, by the data of
resources/assessment/evidence_map.json, and each shows in the analysis under its headings."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from kzth_desktop.annex import load_default_annex
from kzth_desktop.annex.model import FieldType
from kzth_desktop.assessment.evidence import (
    EVIDENCE,
    analyse,
    field_items,
    is_activity,
    mapped_ids,
    national_figure,
)
from kzth_desktop.services.desk import Desk

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from desk_campaign import campaign  # noqa: E402

ANNEX = load_default_annex()


def test_every_field_of_the_annex_is_mapped_to_a_heading() -> None:
    items = field_items(ANNEX)
    fields = list(ANNEX.fields())
    assert len(fields) >= 172 and set(items) == {f.id for f in fields}
    unmapped = [fid for fid, hs in items.items() if not hs]
    assert unmapped == []
    assert all(set(hs) <= set(range(1, 10)) for hs in items.values())
    # the map names nothing the annex lacks
    questions, named = mapped_ids()
    assert questions <= {q.id for b in ANNEX.blocks for q in b.questions}
    assert all(ANNEX.has_field(f) for f in named)


def test_a_new_field_of_a_question_takes_its_questions_headings() -> None:
    q = ANNEX.question("b2.q6")
    extra = replace(q.fields[0], id="b2.q6.convicted")
    block = next(b for b in ANNEX.blocks if b.id == "b2")
    questions = tuple(replace(x, fields=(*x.fields, extra)) if x.id == "b2.q6" else x
                      for x in block.questions)
    blocks = tuple(replace(b, questions=questions) if b.id == "b2" else b
                   for b in ANNEX.blocks)
    grown = replace(ANNEX, blocks=blocks)
    assert field_items(grown)["b2.q6.convicted"] == field_items(ANNEX)["b2.q6.cases"] == (4,)


def test_the_hand_made_table_agrees_with_the_map() -> None:
    items = field_items(ANNEX)
    for heading, specs in EVIDENCE.items():
        for spec in specs:
            if spec.kind == "text":
                for qid in spec.ids:
                    assert any(heading in items[f.id] for f in ANNEX.question(qid).fields), qid
                continue
            for fid in spec.ids:
                assert heading in items[fid], (heading, fid)
                if spec.kind == "count" and ANNEX.field(fid).type is FieldType.COUNT:
                    assert spec.protect is not is_activity(fid), fid


def test_every_mapped_field_shows_in_the_analysis_under_its_headings() -> None:
    desk = Desk(ANNEX, campaign(ANNEX))
    years = [2024, 2025]
    analysis = analyse(ANNEX, desk.aggregate(years), years, {}, desk.records(years))
    missing = [(fid, h) for fid, hs in field_items(ANNEX).items() for h in hs
               if fid not in analysis.heading(h).field_ids()]
    assert missing == []
    # block 4's forced labour, block 5's emigration, international cooperation, b11, b14.q1
    for fid, h in (("b4.q1.forced_labour", 2), ("b5.q1.emigrated", 3), ("b5.q1.emigrated", 8),
                   ("b1.q4.1", 9), ("b1.q5.1", 3), ("b1.q7.1", 9), ("b11.q2.1", 3),
                   ("b11.q5.complaints", 8), ("b14.q1.agenda", 9)):
        assert fid in analysis.heading(h).field_ids(), fid


def test_a_ministry_and_its_units_are_not_added() -> None:
    # the ministry's figure is the national one where it reported; else its units' sum
    assert national_figure(ANNEX, {"interior_ministry": 30, "police": 28}, "b2.q6.cases") == (
        30, "interior_ministry")
    assert national_figure(ANNEX, {"police": 28}, "b2.q6.cases") == (28, "police")
    assert national_figure(ANNEX, {"labour_ministry": 5, "labour_inspection": 4},
                           "b4.q1.forced_labour") == (5, "labour_ministry")
    # other blocks: the sum of the kinds' reports
    assert national_figure(ANNEX, {"akimat": 3, "social_services": 2}, "b3.q1.received") == (
        5, "*")
