"""Numbers as Kazakh and Russian write them — one convention for the interface, the messages,
the reports and the command line: thousands apart by a no-break space, a decimal comma, a
no-break space before the per cent sign: ``5 179 000``, ``1 234,5``, ``96,5 %``.

The same in both languages (CLDR's kk and ru agree on the digits; the per cent sign is written
apart in both here, as the Rules' own tables do). Nothing here depends on the machine's locale:
a Russian-locale Windows PC and the CI machine print the same figures.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

NBSP = "\u00a0"


def integer(value: int) -> str:
    """``5179000`` -> ``5 179 000``; a negative number keeps its sign (``−`` is not used:
    the minus a keyboard types is what a reader can search for)."""
    return f"{value:,}".replace(",", NBSP)


def decimal(value: int | float | Decimal | Fraction, places: int | None = None) -> str:
    """A number with a decimal comma. ``places`` fixes the digits after it (rounded half
    to even, as Python formats); without it a float prints no binary noise (``0.1 + 0.2`` is
    ``0,3``), at most six places, and a whole value prints as an integer."""
    if isinstance(value, bool):
        raise TypeError("a yes/no answer is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, Fraction):
        value = float(value)
    if isinstance(value, float) and abs(value) >= 1e16:
        # beyond what a float holds exactly: the power of ten says it, not 300 zeros
        return f"{value:.6g}".replace(".", ",")
    if places is None:
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return integer(int(value))
        exact = Decimal(repr(round(value, 6))) if isinstance(value, float) else value
        text = f"{exact:f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        whole, _, frac = text.partition(".")
    else:
        whole, _, frac = f"{value:.{places}f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = integer(int(whole.lstrip("-") or "0"))
    return sign + grouped + ("," + frac if frac else "")


def number(value: object) -> str:
    """Any value a message quotes: numbers by the convention, anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        return str(value)
    return decimal(value)


def percent(value: float | Decimal, places: int = 1) -> str:
    """A value already in per cent: ``96.5`` -> ``96,5 %``."""
    return decimal(value, places) + NBSP + "%"


def share(value: Fraction | float | None, places: int = 1) -> str:
    """A share of one: ``0.965`` -> ``96,5 %``; none -> ``—``."""
    if value is None:
        return "—"
    return percent(float(value) * 100, places)


__all__ = ["NBSP", "decimal", "integer", "number", "percent", "share"]
