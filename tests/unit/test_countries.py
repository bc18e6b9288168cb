"""The country list of the victims tables (ISO 3166-1 from pycountry): Kazakh and Russian
names only, none left in English."""

from __future__ import annotations

import re

from kzth_desktop.annex.countries import country_categories

LATIN_ONLY = re.compile(r"[A-Za-z ,.()'\-]+")


def test_no_country_name_is_left_in_english() -> None:
    cats = country_categories()
    assert len(cats) >= 249 and cats[0].id == "KZ"
    assert [c.id for c in cats if LATIN_ONLY.fullmatch(c.label.kk)] == []
    assert [c.id for c in cats if LATIN_ONLY.fullmatch(c.label.ru)] == []


def test_the_names_that_the_kazakh_catalogue_gives_only_in_full() -> None:
    by_id = {c.id: c.label for c in country_categories()}
    assert by_id["IR"].kk == "Иран" and by_id["IR"].ru == "Иран"
    assert by_id["SY"].kk == "Сирия Араб Республикасы" and by_id["SY"].ru == "Сирия"
    assert by_id["LA"].kk.startswith("Лаос") and by_id["LA"].ru == "Лаос"
    assert by_id["KZ"].kk == "Қазақстан"
