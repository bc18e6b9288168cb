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


# --- reading numbers typed or pasted (issue 19) ---------------------------------------------------

R = numbers.NumberRefusal


@pytest.mark.parametrize(("text", "places", "value"), [
    ("1 234", 0, 1234), (f"1{S}234", 0, 1234), ("1\u202f234", 0, 1234), ("1234", 0, 1234),
    ("12 345", 0, 12345), ("  7 ", 0, 7), ("+5", 0, 5), ("0", 0, 0), ("007", 0, 7),
    ("1.234.567", 0, 1_234_567), (f"5{S}179{S}000", 0, 5_179_000),
    ("1 234,5", 2, Decimal("1234.5")), (f"1{S}234,50", 2, Decimal("1234.50")),
    ("1.234.567,89", 2, Decimal("1234567.89")), ("1500000.5", 2, Decimal("1500000.5")),
    ("1500000,25", 2, Decimal("1500000.25")), ("5,", 2, Decimal("5")), ("12", 2, Decimal(12)),
    ("0,1", 2, Decimal("0.1")), ("9" * 18, 0, int("9" * 18)),
])
def test_parse_number_reads_the_kk_ru_convention(text: str, places: int, value: object) -> None:
    got = numbers.parse_number(text, places)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(("text", "places", "code"), [
    ("", 0, R.NOT_A_NUMBER), ("   ", 0, R.NOT_A_NUMBER), ("abc", 0, R.NOT_A_NUMBER),
    ("1e5", 0, R.NOT_A_NUMBER), ("1x2", 0, R.NOT_A_NUMBER), ("5-", 0, R.NOT_A_NUMBER),
    ("--5", 0, R.NOT_A_NUMBER), (",5", 2, R.NOT_A_NUMBER), ("1,2 3", 2, R.NOT_A_NUMBER),
    ("١٢", 0, R.NOT_A_NUMBER),  # Arabic-Indic digits are not read as if they were ours
    ("-5", 0, R.NEGATIVE), ("\u22125", 0, R.NEGATIVE), ("- 1 234,5", 2, R.NEGATIVE),
    ("1,234.56", 2, R.AMBIGUOUS),  # the English way: a comma here is the decimal sign
    ("1,234,567", 0, R.AMBIGUOUS), ("1.234", 0, R.AMBIGUOUS), ("12.345", 2, R.AMBIGUOUS),
    ("12 34", 0, R.BAD_GROUPING), ("1 2345", 0, R.BAD_GROUPING), ("1234 567", 0, R.BAD_GROUPING),
    ("1 234.567,5", 2, R.BAD_GROUPING), ("1.23.456", 0, R.BAD_GROUPING),
    ("1 234,5", 0, R.NOT_WHOLE), ("5,0", 0, R.NOT_WHOLE), ("1.234.567,89", 0, R.NOT_WHOLE),
    ("5,", 0, R.NOT_WHOLE), ("12,345", 2, R.TOO_MANY_DECIMALS), ("0.125", 2, R.TOO_MANY_DECIMALS),
    ("1" * 19, 0, R.TOO_LONG), ("9" * 5000, 0, R.TOO_LONG), ("1" * 40 + ",5", 2, R.TOO_LONG),
])
def test_parse_number_refuses_what_it_cannot_read_exactly(text: str, places: int,
                                                          code: object) -> None:
    with pytest.raises(numbers.NumberError) as caught:
        numbers.parse_number(text, places)
    assert caught.value.code == code
    assert isinstance(caught.value, ValueError)


def test_every_refusal_has_a_kk_and_a_ru_message_quoting_the_text() -> None:
    for code in R:
        kk, ru = numbers.REFUSALS[code]
        assert kk and ru and kk != ru
    err = numbers.NumberError(R.NEGATIVE, "-5")
    assert "«-5»" in err.message("ru") and "отрицательное" in err.message("ru")
    assert "теріс" in err.message("kk")
    assert "2 цифр" in numbers.NumberError(R.TOO_MANY_DECIMALS, "1,234").message("ru", 2)
    long = numbers.NumberError(R.TOO_LONG, "9" * 5000).message("ru")
    assert "5000" in long and len(long) < 100


def test_what_is_printed_is_read_back() -> None:
    for value in (0, 7, 1234, 5_179_000, 10**8):
        assert numbers.parse_number(numbers.integer(value)) == value
    for money in ("1234.50", "0.05", "9999999999999.99"):
        shown = numbers.decimal(Decimal(money), 2)
        assert numbers.parse_number(shown, 2) == Decimal(money)
