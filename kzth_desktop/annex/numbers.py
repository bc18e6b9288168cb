"""Numbers as Kazakh and Russian write them — one convention for the interface, the messages,
the reports and the command line: thousands apart by a no-break space, a decimal comma, a
no-break space before the per cent sign: ``5 179 000``, ``1 234,5``, ``96,5 %``.

The same in both languages (CLDR's kk and ru agree on the digits; the per cent sign is written
apart in both here, as the Rules' own tables do). Nothing here depends on the machine's locale:
a Russian-locale Windows PC and the CI machine print the same figures.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from enum import StrEnum
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


# --- reading a number typed or pasted by a person -------------------------------------------------
# The same convention read back: digits in groups of three apart by a space (a no-break, narrow
# or thin space too), a decimal comma. Also read, because offices paste them from spreadsheets
# and bank statements: a decimal point when it cannot be taken for a thousands dot ("1500,5"
# and "1500.5" alike), and thousands dots before a decimal comma ("1.234.567,89"). Anything
# that could be read two ways is refused, never guessed: "1,234.56" (the English way: here a
# comma is the decimal sign, so the text contradicts the convention), "1.234" (a thousand two
# hundred and thirty-four, or one and a bit?), "1,234,567". Nothing is ever dropped: a sign, a
# letter, an exponent, a fourth decimal refuse the whole text, so the value a form keeps is
# always the number the person sees.

MAX_DIGITS = 18  # digits before the decimal sign; far above every bound (values.BOUNDS)
_SPACES = re.compile("[ \u00a0\u202f\u2009\u2007]+")
_MINUS = ("-", "\u2212", "\u2013")
_GROUPED = {" ": re.compile(r"\d{1,3}(?: \d{3})+"), ".": re.compile(r"\d{1,3}(?:\.\d{3})+")}


class NumberRefusal(StrEnum):
    """Why a typed number is not read; each has a kk and a ru message (:data:`REFUSALS`)."""

    NOT_A_NUMBER = "not_a_number"  # letters, an exponent, two signs
    NEGATIVE = "negative"
    AMBIGUOUS = "ambiguous"  # "1,234.56", "1.234": could be read two ways
    BAD_GROUPING = "bad_grouping"  # "12 34": a space where no thousands end
    NOT_WHOLE = "not_whole"  # a decimal part in a count
    TOO_MANY_DECIMALS = "too_many_decimals"
    TOO_LONG = "too_long"  # more than MAX_DIGITS digits


# code -> (kk, ru); "{text}" is the text as typed, "{places}" the decimals allowed
REFUSALS: dict[NumberRefusal, tuple[str, str]] = {
    NumberRefusal.NOT_A_NUMBER: (
        "«{text}» сан емес: тек цифрлар, мыңдықтар арасында бос орын, бөлшек үтірден кейін "
        "(мысалы 1 234,50)",
        "«{text}» — не число: только цифры, пробел между тысячами, дробная часть после запятой "
        "(например 1 234,50)"),
    NumberRefusal.NEGATIVE: (
        "«{text}»: теріс сан болмайды; шаманы минуссыз жазыңыз",
        "«{text}»: отрицательное число недопустимо; укажите величину без минуса"),
    NumberRefusal.AMBIGUOUS: (
        "«{text}» екі түрлі оқылады: мыңдықтарды бос орынмен, бөлшекті үтірмен жазыңыз "
        "(1 234 567 немесе 1 234,56)",
        "«{text}» можно прочесть двояко: отделяйте тысячи пробелом, дробную часть запятой "
        "(1 234 567 или 1 234,56)"),
    NumberRefusal.BAD_GROUPING: (
        "«{text}»: бос орын тек мыңдықтарды бөледі (1 234 567)",
        "«{text}»: пробел разделяет только тысячи (1 234 567)"),
    NumberRefusal.NOT_WHOLE: (
        "«{text}»: бүтін сан керек, бөлшексіз",
        "«{text}»: нужно целое число, без дробной части"),
    NumberRefusal.TOO_MANY_DECIMALS: (
        "«{text}»: үтірден кейін ең көбі {places} цифр",
        "«{text}»: после запятой не больше {places} цифр"),
    NumberRefusal.TOO_LONG: (
        "сан тым ұзын ({digits} цифр): мәнін тексеріңіз",
        "число слишком длинное ({digits} цифр): проверьте значение"),
}


class NumberError(ValueError):
    """A text that is not read as a number; ``code`` says why (a :class:`NumberRefusal`)."""

    def __init__(self, code: NumberRefusal, text: str) -> None:
        super().__init__(code.value)
        self.code = code
        self.text = text

    def message(self, lang: str, places: int = 0) -> str:
        """The reason in ``lang`` ("kk" or "ru"), quoting at most 40 characters of the text."""
        kk, ru = REFUSALS[self.code]
        shown = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        digits = sum(ch.isdigit() for ch in self.text)
        return (kk if lang == "kk" else ru).format(text=shown, places=places, digits=digits)


def parse_number(text: str, decimals: int = 0) -> int | Decimal:
    """Reads a number as a person in Kazakhstan writes it (see above): an ``int`` when
    ``decimals`` is 0, else a ``Decimal`` with at most ``decimals`` places. Raises
    :class:`NumberError` for an empty text (``NOT_A_NUMBER``) and for anything not read
    exactly; a leading "+" is allowed, a minus is refused (no answer here is negative)."""
    raw = text
    body = _SPACES.sub(" ", text).strip()
    if body.startswith(_MINUS):
        rest = body[1:].strip()
        if rest and rest[0].isdigit():
            raise NumberError(NumberRefusal.NEGATIVE, raw)
        raise NumberError(NumberRefusal.NOT_A_NUMBER, raw)
    if body.startswith("+"):
        body = body[1:].strip()
    if not body or not body[0].isdigit() or any(
            not (ch.isascii() and ch.isdigit()) and ch not in " ,." for ch in body):
        raise NumberError(NumberRefusal.NOT_A_NUMBER, raw)
    commas, dots = body.count(","), body.count(".")
    group = " "
    if commas and dots:  # "1.234.567,89" only: thousands dots, then the decimal comma
        if commas > 1 or body.rfind(".") > body.find(","):
            raise NumberError(NumberRefusal.AMBIGUOUS, raw)
        whole, frac = body.split(",")
        group = "."
    elif commas > 1:
        raise NumberError(NumberRefusal.AMBIGUOUS, raw)
    elif commas:
        whole, frac = body.split(",")
    elif dots > 1:
        whole, frac, group = body, "", "."
    elif dots:
        whole, frac = body.split(".")
        if re.fullmatch(r"[1-9]\d{0,2}", whole) and re.fullmatch(r"\d{3}", frac):
            raise NumberError(NumberRefusal.AMBIGUOUS, raw)  # "1.234": a dot or a point?
    else:
        whole, frac = body, ""
    whole, frac = whole.strip(), frac.strip()
    if frac and not frac.isdigit():  # "1,2 3", "1,5." : no spaces or dots in the decimals
        raise NumberError(NumberRefusal.NOT_A_NUMBER, raw)
    if " " in whole and group == ".":
        raise NumberError(NumberRefusal.BAD_GROUPING, raw)
    if (" " in whole or group == ".") and not _GROUPED[group].fullmatch(whole):
        if not whole or not whole.replace(group, "").replace(" ", "").isdigit():
            raise NumberError(NumberRefusal.NOT_A_NUMBER, raw)
        raise NumberError(NumberRefusal.BAD_GROUPING, raw)
    digits = whole.replace(group, "").replace(" ", "")
    if not digits.isdigit():
        raise NumberError(NumberRefusal.NOT_A_NUMBER, raw)
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise NumberError(NumberRefusal.TOO_LONG, raw)
    if decimals == 0:
        if frac or commas or dots and group != ".":
            raise NumberError(NumberRefusal.NOT_WHOLE, raw)
        return int(digits)
    if len(frac) > decimals:
        raise NumberError(NumberRefusal.TOO_MANY_DECIMALS, raw)
    return Decimal(digits + "." + (frac or "0"))


__all__ = ["NBSP", "NumberError", "NumberRefusal", "decimal", "integer", "number",
           "parse_number", "percent", "share"]
