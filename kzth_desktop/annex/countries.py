"""ISO 3166-1 countries with Kazakh and Russian names, from pycountry's bundled iso-codes."""

from __future__ import annotations

import gettext
from functools import cache

from kzth_desktop.annex.model import Category, LocalizedText


@cache
def country_categories() -> tuple[Category, ...]:
    """Every ISO 3166-1 country as a category (id = alpha-2 code), Kazakhstan first."""
    import pycountry

    kk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["kk"], fallback=True)
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    cats = []
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        cats.append(
            Category(
                id=c.alpha_2,
                label=LocalizedText(kk=kk.gettext(name), ru=ru.gettext(name)),
            )
        )
    cats.sort(key=lambda c: (c.id != "KZ", c.label.ru))
    return tuple(cats)
