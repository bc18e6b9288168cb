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
    def translated(catalogue: gettext.NullTranslations, c: object) -> str:
        """The first of the country's names the catalogue translates (the Kazakh catalogue
        lacks some short names, e.g. "Iran", but has the official ones), else the first."""
        names: list[str] = [str(n) for n in (getattr(c, "common_name", None),
                                             getattr(c, "name", None),
                                             getattr(c, "official_name", None)) if n]
        for n in names:
            if catalogue.gettext(n) != n:
                return catalogue.gettext(n)
        return names[0]

    cats = []
    for c in pycountry.countries:
        cats.append(
            Category(
                id=c.alpha_2,
                label=LocalizedText(kk=translated(kk, c), ru=translated(ru, c)),
            )
        )
    cats.sort(key=lambda c: (c.id != "KZ", c.label.ru))
    return tuple(cats)
