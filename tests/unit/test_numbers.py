"""Numbers in the kk/ru convention everywhere (issue 16): "5 179 000", "1 500 000,5",
"96,5 %" — the same module for messages, reports, the command line and the windows."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from kzth_desktop.annex import numbers
from kzth_desktop.annex.problems import format_number

S = "\u00a0"


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (999, "999"), (1000, f"1{S}000"), (5_179_000, f"5{S}179{S}000"),
    (-12_345, f"-12{S}345"), (10**12, f"1{S}000{S}000{S}000{S}000"),
    (1_500_000.5, f"1{S}500{S}000,5"), (0.1 + 0.2, "0,3"), (3.0, "3"),
    (Decimal("1234.50"), f"1{S}234,5"), (Decimal("100"), "100"), (2.125, "2,125"),
    (Fraction(1, 3), "0,333333"), (float("inf"), "inf"),
])
def test_number(value: object, text: str) -> None:
    assert numbers.number(value) == text
    assert format_number(value) == text  # what the problems panel and kzth validate print


def test_places_percent_share_and_what_is_not_a_number() -> None:
    assert numbers.decimal(1234.5, 2) == f"1{S}234,50"
    assert numbers.decimal(-0.05, 1) == "-0,1"
    assert numbers.percent(96.5) == f"96,5{S}%"
    assert numbers.share(Fraction(193, 200)) == f"96,5{S}%"
    assert numbers.share(Fraction(2, 3), 0) == f"67{S}%"
    assert numbers.share(None) == "—"
    assert numbers.number(True) == "True" and numbers.number("x") == "x"
    with pytest.raises(TypeError):
        numbers.decimal(True)


def test_a_float_beyond_exact_digits_is_written_with_its_power_of_ten() -> None:
    assert numbers.number(1e308) == "1e+308"
    assert numbers.number(-2.5e20) == "-2,5e+20"
    assert numbers.number(1e15) == "1\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000"
