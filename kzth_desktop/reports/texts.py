"""The printouts' own words (labels, lines to fill, page numbers), in Kazakh and Russian.

The questionnaire's texts are never here: they come from the annex. These are the few words a
printed form needs around them, one bilingual table like the services' message tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kzth_desktop.annex.model import LocalizedText

PRINT_TEXT: Mapping[str, LocalizedText] = MappingProxyType({
    "organisation": LocalizedText(kk="Ұйымның атауы", ru="Наименование организации"),
    "region": LocalizedText(kk="Өңір", ru="Регион"),
    "kind": LocalizedText(kk="Ұйым түрі", ru="Вид организации"),
    "blocks": LocalizedText(kk="Толтырылатын блоктар", ru="Заполняемые блоки"),
    "year": LocalizedText(kk="Есепті жыл", ru="Отчетный год"),
    "contact": LocalizedText(kk="Орындаушы (аты-жөні, телефоны)",
                             ru="Исполнитель (Ф.И.О., телефон)"),
    "version": LocalizedText(kk="Жауаптар нұсқасы", ru="Версия ответов"),
    "status": LocalizedText(kk="Күйі", ru="Состояние"),
    "completeness": LocalizedText(kk="Толтырылғаны", ru="Заполнено"),
    "completeness_value": LocalizedText(
        kk="{percent} % ({answered} / {total} өріс)",
        ru="{percent} % ({answered} из {total} полей)",
    ),
    "fingerprint": LocalizedText(kk="Файл кілтінің саусақ ізі", ru="Отпечаток ключа файла"),
    "source": LocalizedText(kk="Жауаптардың көзі", ru="Источник ответов"),
    "from_paper": LocalizedText(kk="қағаз нұсқадан енгізілді (операторлар: {keyers})",
                                ru="введено с бумажного бланка (операторы: {keyers})"),
    "printed": LocalizedText(kk="Басып шығарылған күні", ru="Дата печати"),
    # rule 9, second paragraph, as the Rules word it
    "instruction": LocalizedText(
        kk="Деректер болмаған не оларды беру мүмкін болмаған жағдайда қандай да бір мән-жайлар "
           "бойынша олардың себептері көрсетіледі (Қағидалардың 9-тармағы).",
        ru="В случае отсутствия данных либо невозможности их предоставления по тем или иным "
           "обстоятельствам, указываются их причины (пункт 9 Правил).",
    ),
    "yes": LocalizedText(kk="Иә", ru="Да"),
    "no": LocalizedText(kk="Жоқ", ru="Нет"),
    "no_data": LocalizedText(kk="Деректер жоқ", ru="Нет данных"),
    "reason": LocalizedText(kk="Себебі", ru="Причина"),
    "unanswered": LocalizedText(kk="жауап берілмеген", ru="ответ не дан"),
    "tenge": LocalizedText(kk="теңге", ru="тенге"),
    "row_number": LocalizedText(kk="№", ru="№"),
    "victims_count": LocalizedText(kk="Адам саны", ru="Число лиц"),
    "total": LocalizedText(kk="Барлығы", ru="Итого"),
    "country_legend": LocalizedText(
        kk="елдің ISO 3166-1 коды (мысалы, KZ, UZ) немесе атауы",
        ru="код страны по ISO 3166-1 (например, KZ, UZ) или ее название",
    ),
    "unknown_everywhere": LocalizedText(
        kk="Әр бағанда «Белгісіз» деп жазуға болады.",
        ru="В каждой графе допускается «Неизвестно».",
    ),
    "head": LocalizedText(kk="Ұйым басшысы", ru="Руководитель организации"),
    "signature": LocalizedText(kk="қолы", ru="подпись"),
    "full_name": LocalizedText(kk="аты-жөні", ru="Ф.И.О."),
    "date": LocalizedText(kk="Күні", ru="Дата"),
    "stamp": LocalizedText(kk="М.О.", ru="М.П."),
    "page": LocalizedText(kk="Бет {page} / {pages}", ru="Стр. {page} из {pages}"),
    "blank_copy": LocalizedText(kk="толтыруға арналған бланк", ru="бланк для заполнения"),
})


def print_text(key: str, langs: tuple[str, ...], **params: object) -> str:
    """The text in one language, or "kk / ru" when both are printed."""
    return " / ".join(PRINT_TEXT[key].get(lang).format(**params) for lang in langs)
