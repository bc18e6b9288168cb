"""Each layer that treats field types differently holds one table keyed by FieldType: adding a
type is one row per table, and this test names each row still missing."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from kzth_desktop.analysis.aggregate import AGGREGATORS
from kzth_desktop.analysis.quality import INDICATORS
from kzth_desktop.annex.model import FieldType
from kzth_desktop.annex.problems import TYPE_NAMES
from kzth_desktop.annex.values import BOUNDS, VALUE_TYPES
from kzth_desktop.demo.campaign import FALLBACK_VALUES
from kzth_desktop.reports.questionnaire import ANSWER_LAYOUTS
from kzth_desktop.reports.workbook import CELL_TYPES

TABLES: Mapping[str, Mapping[FieldType, object]] = {
    "annex.values.VALUE_TYPES (check, normalize, numeric)": VALUE_TYPES,
    "annex.values.BOUNDS (how big a value may be)": BOUNDS,
    "annex.problems.TYPE_NAMES (what a wrong value should be)": TYPE_NAMES,
    "analysis.aggregate.AGGREGATORS (the year's aggregates)": AGGREGATORS,
    "analysis.quality.INDICATORS (the outlier checks' numbers)": INDICATORS,
    "reports.workbook.CELL_TYPES (the analysts' workbook)": CELL_TYPES,
    "reports.questionnaire.ANSWER_LAYOUTS (printed copies)": ANSWER_LAYOUTS,
    "demo.campaign.FALLBACK_VALUES (the demo's plain values)": FALLBACK_VALUES,
}


@pytest.mark.parametrize("name", list(TABLES))
def test_every_field_type_has_its_row(name: str) -> None:
    table = TABLES[name]
    missing = sorted(t.value for t in set(FieldType) - set(table))
    assert not missing, f"{name} has no row for: {', '.join(missing)}"
    assert set(table) == set(FieldType), f"{name} has rows for unknown types"


def test_the_numeric_types_are_those_the_rules_sum() -> None:
    from kzth_desktop.annex.model import NUMERIC_TYPES

    assert {t for t, v in VALUE_TYPES.items() if v.numeric} == NUMERIC_TYPES


def test_the_numeric_types_have_a_maximum_and_the_texts_a_length() -> None:
    from kzth_desktop.annex.model import NUMERIC_TYPES

    for ftype in NUMERIC_TYPES | {FieldType.VICTIMS}:
        assert BOUNDS[ftype].maximum is not None, ftype
    for ftype in (FieldType.TEXT, FieldType.YES_NO, FieldType.LIST):
        assert BOUNDS[ftype].text is not None, ftype
    for ftype in (FieldType.LIST, FieldType.VICTIMS):
        assert BOUNDS[ftype].items is not None, ftype
