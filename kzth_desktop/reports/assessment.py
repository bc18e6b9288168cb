"""The risk assessment (rule 17) as a PDF in Kazakh or Russian.

Parts, in the order an expert group presents them to the Interdepartmental Commission (rules
18-19): the transmittal (rule 18); a title page with the approval block; a one-page summary
(period, reporting rate, top risks, the conclusions' first lines); the contents; (1) the description of the assessment — period, sources of
data, the method with every weight, band and level; (2) the analysis under rule 14's nine
headings, each with the expert group's findings and the evidence (tables, vector charts, the
free-text answers grouped by question and region); (3) the ranked risk register and its heat
map; (4) conclusions; (5) recommendations; (6) the risk profiles of potential victims per
subject; (7) the sources cited (rules 10, 15); appendix А, the respondents' long or surplus
answers quoted in full, referred to from the body ("(см. приложение А.3)"). Every page but
the transmittal and the title has its number ("page N of M").

A section the expert group wrote only in the other language is printed in that language, set
apart and introduced by a note saying so (issue 19), never left as "no text".

Editions: the **published** one prints every count of people or cases through
``suppression.suppress`` (1-9 as "<10", complements as "x", a legend says so) and draws charts
from the printed figures only; the **restricted** one prints exact figures and says so at the
top of every page. Qt-free: the service gathers an :class:`AssessmentContent`, this module lays
it out.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from fractions import Fraction
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from kzth_desktop.annex import numbers
from kzth_desktop.annex.glossary import capitalised, term
from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.assessment.evidence import (
    Analysis,
    CategoryEvidence,
    CountEvidence,
    Evidence,
    HeadingAnalysis,
    ListEvidence,
    PeriodEvidence,
    RateEvidence,
    RateRow,
    TextEvidence,
    YesNoEvidence,
    assessment_parts,
    rules_title,
)
from kzth_desktop.assessment.method import LevelId, Method
from kzth_desktop.assessment.profiles import CountIndicator, ProfileSection, RiskProfile
from kzth_desktop.assessment.publication import (
    PublishedTables,
    category_id,
    collect,
    count_id,
    cross_id,
    printed_cross_tabs,
    profile_count_id,
    rate_id,
    share_printable,
    years_id,
)
from kzth_desktop.assessment.publication import key as figure_key
from kzth_desktop.assessment.ranking import (
    EXPERT_PREFIX,
    Flag,
    RiskScore,
    heat_map,
    pending_column,
)
from kzth_desktop.assessment.suppression import (
    LEGEND,
    Edition,
    Mark,
    ProtectionError,
    SuppressedTable,
    suppress,
)
from kzth_desktop.reports import fonts, richtext
from kzth_desktop.reports.fonts import Table

PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 20 * mm, 16 * mm, 20 * mm, 18 * mm
FRAME_W = PAGE_W - MARGIN_L - MARGIN_R
FRAME_H = PAGE_H - MARGIN_T - MARGIN_B
GRID = colors.Color(0.55, 0.55, 0.55)
SHADE = colors.Color(0.90, 0.91, 0.93)
LIGHT = colors.Color(0.965, 0.965, 0.97)
GREY = colors.Color(0.35, 0.35, 0.35)
RESTRICTED_RED = colors.Color(0.70, 0.05, 0.05)
SERIES = (colors.Color(0.17, 0.36, 0.60), colors.Color(0.86, 0.50, 0.13),
          colors.Color(0.30, 0.60, 0.32), colors.Color(0.55, 0.35, 0.65),
          colors.Color(0.55, 0.55, 0.55))
LEVEL_COLOURS: Mapping[LevelId, colors.Color] = {
    LevelId.LOW: colors.Color(0.62, 0.82, 0.55),
    LevelId.MEDIUM_LOW: colors.Color(0.85, 0.90, 0.50),
    LevelId.MEDIUM: colors.Color(1.00, 0.86, 0.42),
    LevelId.MEDIUM_HIGH: colors.Color(0.98, 0.62, 0.32),
    LevelId.HIGH: colors.Color(0.90, 0.33, 0.28),
}
MAX_TEXTS = 4  # distinct free-text answers printed per question and region (most named first)
# a respondent's answer longer than this is quoted in full in the appendix, not in the body
LONG_QUOTE = 600
APPENDIX_MAX = 60  # answers per question and region the appendix quotes (the rest: workbook)
QUOTE_OPENING = 160  # what the body keeps of a long answer, before "(see appendix А.3)"
SUMMARY_RISKS = 5  # the top risks the summary lists
SUMMARY_LINES = 3  # the conclusions' first paragraphs the summary quotes
SUMMARY_CHARS = 350  # … each cut to this length
MAX_LIST_ITEMS = 15
NBSP = "\u00a0"

L = LocalizedText
# the report's own words; the Rules' headings come from resources/assessment/headings.json
WORDS: Mapping[str, LocalizedText] = {
    "title": L(kk="Адам саудасына қарсы іс-қимыл саласындағы тәуекелдерді бағалау",
               ru="Оценка рисков в сфере противодействия торговле людьми"),
    "period": L(kk="{years} жылдар", ru="за {years} годы"),
    "period_one": L(kk="{years} жыл", ru="за {years} год"),
    "published": L(kk="Жарияланатын басылым: шағын сандар жасырылған",
                   ru="Публикуемое издание: малые числа скрыты"),
    "restricted": L(kk="ШЕКТЕУЛІ ҚОЛЖЕТІМДІЛІК: нақты мәндер, шағын сандар жасырылмаған",
                    ru="ОГРАНИЧЕННЫЙ ДОСТУП: точные значения, малые числа не скрыты"),
    "prepared_by": L(kk="Дайындаған: {org}", ru="Подготовлено: {org}"),
    "prepared_on": L(kk="Дайындалған күні: {date}", ru="Дата подготовки: {date}"),
    "rules_basis": L(kk="{rules} 17-тармағына сәйкес", ru="В соответствии с пунктом 17 {rules}"),
    "rules_genitive": L(kk="Адам саудасына қарсы іс-қимыл саласындағы тәуекелдерге бағалау "
                           "жүргізу қағидаларының",
                        ru="Правил проведения оценки рисков в сфере противодействия "
                           "торговле людьми"),
    "contents": L(kk="Мазмұны", ru="Содержание"),
    "page": L(kk="Бет {page} / {pages}", ru="Стр. {page} из {pages}"),
    "page_one": L(kk="Бет {page}", ru="Стр. {page}"),
    # part 1
    "period_sources": L(kk="Кезең және деректер көздері", ru="Период и источники данных"),
    "period_text": L(
        kk="Бағалау {years} есепті жылдарды қамтиды (Қағидалардың 3-тармағы). Деректер "
           "субъектілердің Қағидаларға қосымшадағы сауалнамаға берген жауаптарынан (9-тармақ), "
           "сондай-ақ сараптама тобы келтірген халықаралық баяндамалар мен зерттеулерден "
           "(10, 15-тармақтар; {count} дереккөз, 7-бөлімді қараңыз) алынды.",
        ru="Оценка охватывает отчетные {years} годы (пункт 3 Правил). Данные получены из "
           "ответов субъектов на опросник по приложению к Правилам (пункт 9), а также из "
           "международных докладов и исследований, на которые ссылается экспертная группа "
           "(пункты 10, 15; источников: {count}, см. раздел 7)."),
    "submissions_caption": L(
        kk="Келіп түскен есептер саны: субъект түрі және жыл бойынша",
        ru="Число поступивших отчетов по видам субъектов и годам"),
    "kind": L(kk="Субъект түрі", ru="Вид субъекта"),
    "period_total": L(kk="Кезеңде", ru="За период"),
    "all": L(kk="Барлығы", ru="Всего"),
    "sum_of_reports": L(kk="Есептер қосындысы*", ru="Сумма отчетов*"),
    "ratio_note": L(
        kk="Сотталған адамдардың сотқа жіберілген бір іске шаққанда саны: {values}.",
        ru="Осуждённых лиц на одно направленное в суд дело: {values}."),
    "ratio_hidden": L(
        kk=" Жасырылған сандар бар жылдар үшін қатынас көрсетілмейді.",
        ru=" За годы, где числа скрыты, отношение не приводится."),
    "sum_note": L(
        kk="* Әр түрлі субъектілердің сандары қосылған: бір адам екі рет есептелуі мүмкін.",
        ru="* Сложены числа разных субъектов: один человек может быть учтен дважды."),
    "hierarchy_note": L(
        kk="Министрлік пен оның аумақтық бөлімшелері бір істер туралы хабарлайды: олардың "
           "сандары қосылмайды. Талдаудағы ұлттық көрсеткіш — министрліктің деректері",
        ru="Министерство и его территориальные подразделения сообщают об одних и тех же "
           "делах: их числа не складываются. Национальный показатель в анализе — данные "
           "министерства"),
    "hierarchy_years": L(kk=" ({years} жж.)", ru=" (за {years} гг.)"),
    "hierarchy_units": L(
        kk="; {years} жж. — аумақтық бөлімшелер деректерінің қосындысы (министрлік есеп "
           "бермеген)",
        ru="; за {years} гг. — сумма данных территориальных подразделений (министерство не "
           "отчиталось)"),
    "period_caption": L(kk="Есепті кезең: {question}", ru="Отчетный период: {question}"),
    "period_line": L(kk="{year} ж. — кезеңді көрсеткен есептер: {given}, оның ішінде толық "
                        "жыл үшін: {whole}",
                     ru="{year} г. — отчетов с указанным периодом: {given}, из них за весь "
                        "год: {whole}"),
    "method": L(kk="Саралау әдістемесі", ru="Методика ранжирования"),
    "method_text": L(
        kk="Әр тәуекелдің ықтималдығы мен салдары 1-ден 5-ке дейінгі шкала бойынша бағаланады. "
           "Деректер бойынша ықтималдық D — тәуекел туралы хабарлаған респонденттердің үлесі "
           "(төмендегі үлес шекаралары бойынша). Сарапшылар ықтималдығы E мен салдары — "
           "сарапшылар бағаларының медианасы. Біріктірілген ықтималдық = "
           "w × E + (1 − w) × D, жартысы жоғары қарай дөңгелектенеді, w = {weight}. "
           "Балл = ықтималдық × салдары; деңгей төмендегі кестеден алынады. Тәуекел туралы "
           "{min} респонденттен аз жауап берсе, үлес пайдаланылмайды (деректер жеткіліксіз). "
           "Сарапшылар бағаларының квартильаралық ауқымы {iqr}-ден асса, бағалар қайта "
           "талқыланады; E мен D {gap} балл немесе одан көп айырмашылықта болса, жазбаша "
           "негіздеме талап етіледі.",
        ru="Вероятность и последствия каждого риска оцениваются по шкале от 1 до 5. "
           "Вероятность по данным D определяется долей респондентов, сообщивших о риске "
           "(по границам долей ниже). Экспертная вероятность E и последствия — медианы "
           "оценок экспертов. Итоговая вероятность = w × E + (1 − w) × D с округлением "
           "половины вверх, w = {weight}. Балл = вероятность × последствия; уровень — по "
           "таблице ниже. Если о риске ответили менее {min} респондентов, доля не "
           "используется (недостаточно данных). Если межквартильный размах оценок экспертов "
           "больше {iqr}, оценки обсуждаются повторно; если E и D расходятся на {gap} балла "
           "и более, требуется письменное обоснование."),
    "bands": L(kk="Респонденттер үлесі бойынша ықтималдық (D)",
               ru="Вероятность по доле респондентов (D)"),
    "share": L(kk="Респонденттер үлесі", ru="Доля респондентов"),
    "share_yes": L(kk="«Иә» үлесі", ru="Доля «да»"),
    "likelihood": capitalised("likelihood"),
    "impact": capitalised("impact"),
    "levels": L(kk="Тәуекел деңгейлері", ru="Уровни риска"),
    "score": L(kk="Балл", ru="Балл"),
    "level": L(kk="Деңгей", ru="Уровень"),
    "anchors": L(kk="«{scale}» шкаласының мәні", ru="Значения шкалы «{scale}»"),
    "value": L(kk="Мәні", ru="Значение"),
    "meaning": L(kk="Сипаттамасы", ru="Описание"),
    "suppression": L(kk="Шағын сандарды жасыру", ru="Сокрытие малых чисел"),
    "suppression_text": L(
        kk="Жарияланатын кестелерде адамдар мен істердің 1-ден 9-ға дейінгі сандары «<10» "
           "түрінде басылады. «x» белгісімен жасырылған қосымша сандар (олардың әрқайсысы 10 "
           "немесе одан көп) бүкіл басылым бойынша бірден таңдалады: басылған барлық сандарды "
           "бірге алғанда да ешбір «<10» санын есептеп шығаруға немесе тарылтуға болмайды — "
           "әрқайсысы 1-ден 9-ға дейінгі кез келген сан болуы мүмкін. Үлестер тек басылған "
           "сандардан есептеледі. Ұйымдардың жауаптар үлестері, іс-шаралар мен сомалар "
           "жасырылмайды.",
        ru="В публикуемых таблицах числа лиц и дел от 1 до 9 печатаются как «<10». "
           "Дополнительные числа, скрытые знаком «x» (каждое из них — 10 или больше), "
           "выбраны по всему изданию сразу: даже по всем напечатанным числам вместе ни одно "
           "число «<10» нельзя ни вычислить, ни сузить — каждое может быть любым от 1 до 9. "
           "Доли считаются только из напечатанных чисел. Доли ответов организаций, числа "
           "мероприятий и суммы не скрываются."),
    "restricted_text": L(
        kk="Бұл шектеулі қолжетімділік басылымы: барлық сандар нақты басылған, оның ішінде "
           "1-ден 9-ға дейінгілері. Оны тек сараптама тобы мен ведомствоаралық комиссияның "
           "жұмыс органы пайдаланады.",
        ru="Это издание ограниченного доступа: все числа напечатаны точно, в том числе "
           "от 1 до 9. Оно предназначено только для экспертной группы и рабочего органа "
           "межведомственной комиссии."),
    # part 2
    "analysis": L(kk="Жиналған деректерді талдау", ru="Анализ собранных данных"),
    "analysis_intro": L(
        kk="Талдау Қағидалардың 14-тармағында аталған тоғыз мәселе бойынша жүргізілді. Әр "
           "мәселе бойынша алдымен сараптама тобының тұжырымдары, содан кейін деректер "
           "берілген.",
        ru="Анализ проведен по девяти вопросам пункта 14 Правил. По каждому вопросу сначала "
           "приведены выводы экспертной группы, затем данные."),
    "findings": L(kk="Сараптама тобының тұжырымдары", ru="Выводы экспертной группы"),
    "no_findings": L(kk="Сараптама тобы бұл мәселе бойынша мәтін енгізбеген.",
                     ru="Экспертная группа не внесла текст по этому вопросу."),
    "evidence": L(kk="Деректер", ru="Данные"),
    "no_answers": L(kk="Кезеңде бұл көрсеткіш бойынша жауаптар жоқ.",
                    ru="За период ответов по этому показателю нет."),
    "yes_of": L(kk="иә / жауап бергендер", ru="да / ответили"),
    "code": L(kk="Коды", ru="Код"),
    "item": L(kk="Тармақ", ru="Пункт"),
    "yes_no_caption": L(kk="«Иә» деп жауап берген респонденттер (есептер)",
                        ru="Респонденты, ответившие «да» (отчеты)"),
    "reports_note": L(kk="Есептер: {reports}; «деректер жоқ»: {no_data}.",
                      ru="Отчетов: {reports}; «нет данных»: {no_data}."),
    "from_kind": L(kk="{kind} деректері бойынша", ru="по данным: {kind}"),
    "by_category": L(kk="{dimension}", ru="{dimension}"),
    "region": L(kk="Өңір", ru="Регион"),
    "count_period": L(kk="Кезеңдегі саны", ru="Число за период"),
    "population": L(kk="Халық (орташа)", ru="Население (среднее)"),
    "rate": L(kk="100 000 адамға жылына", ru="На 100 000 в год"),
    "rate_caption": L(kk="{label}: 100 000 тұрғынға шаққанда, өңірлер бойынша",
                      ru="{label}: на 100 000 жителей, по регионам"),
    "no_population": L(kk="Халық саны енгізілмеген өңірлердің коэффициенті есептелмейді.",
                       ru="Для регионов без численности населения коэффициент не считается."),
    "rate_hidden": L(kk="Саны жасырылған өңірлердің коэффициенті көрсетілмейді.",
                     ru="Для регионов со скрытым числом коэффициент не показан."),
    "mentions": L(kk="Атаулар саны", ru="Упоминаний"),
    "more_items": L(kk="… және тағы {count}", ru="… и еще {count}"),
    "more_texts": L(kk="… және тағы {count} жауап (талдаушылар кітабын қараңыз)",
                    ru="… и еще ответов: {count} (см. книгу аналитиков)"),
    "texts_caption": L(kk="Еркін жауаптар: {question}", ru="Свободные ответы: {question}"),
    "no_texts": L(kk="Еркін жауаптар жоқ.", ru="Свободных ответов нет."),
    "trend": L(kk="Жылдар бойынша серпін", ru="Динамика по годам"),
    "chart_hidden": L(kk="Жасырылған мәндер бағандарсыз көрсетілген («<10», «x»).",
                      ru="Скрытые значения показаны без столбцов («<10», «x»)."),
    # part 3
    "register": L(kk="Тәуекелдерді саралау", ru="Ранжирование рисков"),
    "register_intro": L(
        kk="Тәуекелдер тізілімі (Қағидалардың 13-тармағының 3) тармақшасы): сауалнаманың "
           "1-блогының 1-2-сұрақтарындағы тәуекелдер және сараптама тобы қосқан тәуекелдер, "
           "бүкіл ел бойынша, балл бойынша реттелген.",
        ru="Реестр рисков (подпункт 3) пункта 13 Правил): риски вопросов 1-2 блока 1 "
           "опросника и риски, добавленные экспертной группой, по стране в целом, по "
           "убыванию балла."),
    "rank": L(kk="Орны", ru="Место"),
    "D": L(kk="D", ru="D"),
    "E": L(kk="E", ru="E"),
    "risk": L(kk="Тәуекел", ru="Риск"),
    "heat_map": L(kk=f"{term('risk_map').kk} ({term('likelihood').kk} × {term('impact').kk})",
                  ru=f"{term('risk_map').ru} ({term('likelihood').ru} × {term('impact').ru})"),
    "heat_note": L(kk="Ұяшықтарда — тәуекелдер кодтары (кестені қараңыз).",
                   ru="В ячейках — коды рисков (см. таблицу)."),
    "heat_empty": L(kk="Картада бірде-бір тәуекел жоқ: сараланған тәуекел жоқ.",
                    ru="На карте нет ни одного риска: ранжированных рисков нет."),
    "flags": L(kk="Белгілер", ru="Отметки"),
    Flag.WIDE_SPREAD.value: L(kk="сарапшылар бағалары алшақ: қайта талқылау қажет",
                              ru="большой разброс оценок экспертов: нужен повторный тур"),
    Flag.JUSTIFICATION_MISSING.value: L(kk="негіздеме қажет, бірақ берілмеген",
                                        ru="требуется обоснование, оно не дано"),
    "justifications": L(kk="Негіздемелер", ru="Обоснования"),
    "comments": L(kk="Сарапшылардың түсініктемелері", ru="Комментарии экспертов"),
    "expert_short": L(kk="С", ru="Э"),
    "no_register": L(kk="Тізілімде бағаланған тәуекелдер жоқ.",
                     ru="В реестре нет оцененных рисков."),
    "experts_n": L(kk="Сарап.", ru="Эксп."),
    "experts_note": L(kk="«Сарап.» — тәуекелді бағалаған сарапшылар саны.",
                      ru="«Эксп.» — число экспертов, оценивших риск."),
    "data_only_note": L(
        kk="Сарапшылар {count} тәуекелдің салдарын әлі бағаламаған: олар деректер бойынша "
           "ықтималдығы D бойынша (тең болса — серпіні бойынша) сараланды және сарапшылар "
           "бағалаған тәуекелдерден кейін тұр (Қағидалардың 2-тармағының 3) тармақшасы: "
           "деректерді салыстыру арқылы саралау). Сарапшылардың медианалары түскенде орындар "
           "нақтыланады.",
        ru="Последствия {count} рисков эксперты еще не оценили: они ранжированы по "
           "вероятности по данным D (при равенстве — по динамике) и стоят после рисков, "
           "оцененных экспертами (подпункт 3) пункта 2 Правил: ранжирование путем сравнения "
           "данных). Когда поступят медианы экспертов, места будут уточнены."),
    "pending": L(kk="Салдары әлі бағаланбаған", ru="Последствия еще не оценены"),
    "heat_pending_note": L(
        kk="Оң жақтағы баған — салдары әлі бағаланбаған тәуекелдер, деректер бойынша "
           "ықтималдығы D жолында.",
        ru="Столбец справа — риски, последствия которых еще не оценены, в строке их "
           "вероятности по данным D."),
    # the expert group (rules 4-5, 16)
    "group": L(kk="Сараптама тобы", ru="Экспертная группа"),
    "group_text": L(
        kk="Бағалауды уәкілетті мемлекеттік органдар құрған, тұрақты негізде әрекет ететін "
           "сараптама тобы жүргізді (Қағидалардың 4-5-тармақтары): мүшелері — {members}. "
           "Деректерді талдауға әртүрлі білім салаларының мамандары тартылды (16-тармақ): "
           "{specialists}.",
        ru="Оценку провела экспертная группа, созданная уполномоченными государственными "
           "органами и действующая на постоянной основе (пункты 4-5 Правил): членов — "
           "{members}. К анализу данных привлечены специалисты различных областей знаний "
           "(пункт 16): {specialists}."),
    "members": L(kk="Сараптама тобының мүшелері", ru="Члены экспертной группы"),
    "specialists": L(kk="Тартылған мамандар (Қағидалардың 16-тармағы)",
                     ru="Привлеченные специалисты (пункт 16 Правил)"),
    "name": L(kk="Аты-жөні", ru="Фамилия, имя"),
    "organisation": L(kk="Ұйым", ru="Организация"),
    "field": L(kk="Білім саласы", ru="Область знаний"),
    "no_group": L(kk="Сараптама тобының тізілімі толтырылмаған.",
                  ru="Реестр экспертной группы не заполнен."),
    # references under the headings (rule 15)
    "references": L(kk="Сілтемелер", ru="Ссылки"),
    # the transmittal (rule 18)
    "to_whom": L(kk="Адам саудасына қарсы іс-қимыл жөніндегі ведомствоаралық комиссияның "
                    "жұмыс органына",
                 ru="В рабочий орган Межведомственной комиссии по противодействию торговле "
                    "людьми"),
    "outgoing": L(kk="№ {number}, {date}", ru="№ {number} от {date}"),
    "transmittal_text": L(
        kk="{rules} 18-тармағына сәйкес сараптама тобы адам саудасының тәуекелдерін айқындай "
           "отырып қалыптастырған {period} тәуекелдерді бағалау нәтижелерін жібереді.",
        ru="В соответствии с пунктом 18 {rules} экспертная группа направляет "
           "сформированные ею результаты оценки рисков торговли людьми {period}."),
    "transmittal_attachment": L(kk="Қосымша: {title}, {period}.",
                                ru="Приложение: {title} {period}."),
    "no": L(kk="№", ru="№"),
    "transmittal_from": L(kk="Сараптама тобының атынан", ru="От имени экспертной группы"),
    "signature": L(kk="(қолы)", ru="(подпись)"),
    "position_blank": L(kk="(лауазымы)", ru="(должность)"),
    "name_blank": L(kk="(аты-жөні)", ru="(фамилия, инициалы)"),
    "block_question": L(kk="{block}-блок, {question}-сұрақ", ru="блок {block}, вопрос {question}"),
    # part 6
    "profiles_intro": L(
        kk="Ықтимал құрбандардың тәуекел профилі — тәуекел саласы, тәуекел индикаторлары "
           "және тәуекелдерді азайту жөніндегі шаралар (Қағидалардың 2-тармағының 5) "
           "тармақшасы). Әр субъект түрі үшін тек оның өз кестелері пайдаланылады.",
        ru="Профиль риска потенциальных жертв — область риска, индикаторы риска и меры по "
           "минимизации рисков (подпункт 5) пункта 2 Правил). Для каждого вида субъекта "
           "используются только его собственные таблицы."),
    "risk_area": L(kk="Тәуекел саласы", ru="Область риска"),
    "indicators": L(kk="Тәуекел индикаторлары", ru="Индикаторы риска"),
    "measures": L(kk="Тәуекелдерді азайту жөніндегі шаралар",
                  ru="Меры по минимизации рисков"),
    "source": L(kk="Дереккөз", ru="Источник"),
    "submissions": L(kk="Есептер", ru="Отчеты"),
    "organisations": L(kk="Ұйымдар", ru="Организации"),
    "no_data": L(kk="«Деректер жоқ»", ru="«Нет данных»"),
    "total_by_year": L(kk="Құрбандар саны жылдар бойынша", ru="Число жертв по годам"),
    "dominant": L(kk="Басым топтар (кемінде төрттен бірі)",
                  ru="Преобладающие группы (не менее четверти)"),
    "too_few": L(kk="Құрбандар саны 10-нан аз: топтар жарияланбайды.",
                 ru="Жертв меньше 10: группы не публикуются."),
    "none_dominant": L(kk="басым топ жоқ", ru="преобладающей группы нет"),
    # published: said alike whether no group reaches a quarter or the ones that do are hidden,
    # so that the wording neither lies nor tells a hidden count is large
    "none_dominant_published": L(kk="жарияланатын сандардың ішінде басым топ жоқ",
                                 ru="среди публикуемых чисел преобладающей группы нет"),
    "dominant_published": L(
        kk="Жарияланатын басылымда үлестер тек саны жариялануы мүмкін топтар үшін "
           "көрсетіледі; саны жасырылған топтар мұнда аталмайды.",
        ru="В публикуемом издании доли показаны только для групп, число которых можно "
           "опубликовать; группы со скрытым числом здесь не называются."),
    "no_profile_data": L(kk="Кезеңде осы түрдегі субъектілерден деректер түспеді.",
                         ru="За период от субъектов этого вида данных не поступило."),
    "no_victims_table": L(
        kk="Бұл субъектінің блоктарында құрбандар туралы бөлінген мәліметтер сұралмайды "
           "(құрбандар кестесі жоқ): бейін оның сандық көрсеткіштері мен мәтіндік "
           "жауаптары бойынша жасалды.",
        ru="В блоках этого субъекта сведения о жертвах в разбивке не запрашиваются (таблицы "
           "жертв нет): профиль составлен по его числовым показателям и текстовым ответам."),
    "reported_counts": L(kk="Субъект хабарлайтын сандық көрсеткіштер",
                         ru="Числовые показатели, которые сообщает субъект"),
    "reported_texts": L(kk="Субъектінің мәтіндік жауаптары",
                        ru="Текстовые ответы субъекта"),
    "indicator": L(kk="Көрсеткіш", ru="Показатель"),
    "answers_n": L(kk="жауаптар: {n}", ru="ответов: {n}"),
    "no_text": L(kk="Сараптама тобы мәтін енгізбеген.", ru="Экспертная группа не внесла текст."),
    # a section written in the other language only (issue 19): said plainly, then the text
    "other_lang_only": L(
        kk="Бұл бөлімнің мәтіні тек {other} жазылған; ол төменде аударылмай, жазылған күйінде "
           "беріледі.",
        ru="Текст этого раздела написан только {other}; ниже он приведен без перевода, как "
           "написан."),
    "lang_in_kk": L(kk="қазақ тілінде", ru="на казахском языке"),
    "lang_in_ru": L(kk="орыс тілінде", ru="на русском языке"),
    "other_lang_end": L(kk="[{other} жазылған мәтіннің соңы]",
                        ru="[конец текста, написанного {other}]"),
    # the approval block of the title page (issue 19)
    "approve": L(kk="БЕКІТЕМІН", ru="УТВЕРЖДАЮ"),
    # the summary (issue 19)
    "summary": L(kk="Түйіндеме", ru="Резюме"),
    "summary_period": L(kk="Бағалау кезеңі: {period} (есепті жылдар: {count}).",
                        ru="Период оценки: {period} (отчетных лет: {count})."),
    "summary_reporting": L(kk="Есеп берген субъектілер", ru="Представившие отчеты субъекты"),
    "year": L(kk="Жыл", ru="Год"),
    "expected_n": L(kk="Күтілген", ru="Ожидалось"),
    "reported_n": L(kk="Есеп берді", ru="Представили"),
    "reporting_rate": L(kk="Есеп беру деңгейі", ru="Доля представивших"),
    "summary_rate_note": L(
        kk="Субъектілер — өңір мен субъект түрі бойынша күтілген есеп берушілер "
           "(толықтығы); кезеңде — жылдар бойынша қосындысы.",
        ru="Субъекты — ожидаемые отчитывающиеся по региону и виду субъекта (полнота); за "
           "период — сумма по годам."),
    "summary_no_reporting": L(kk="Күтілген есеп берушілер тізімі жоқ.",
                              ru="Перечня ожидаемых отчитывающихся нет."),
    "summary_risks": L(kk="Ең жоғары тәуекелдер", ru="Наиболее высокие риски"),
    "summary_no_risks": L(kk="Сараланған тәуекел жоқ.", ru="Ранжированных рисков нет."),
    "summary_conclusions": L(kk="Негізгі қорытындылар", ru="Основные выводы"),
    # the appendix of answers quoted in full (issue 19)
    "appendix": L(kk="А қосымшасы. Респонденттердің толық келтірілген жауаптары",
                  ru="Приложение А. Ответы респондентов, приведенные полностью"),
    "appendix_intro": L(
        kk="Мұнда есептің негізгі бөлігіне сыймаған еркін жауаптар толық келтіріледі: "
           "{chars} таңбадан ұзын жауаптар және бір сұрақ пен өңір бойынша алғашқы {n} "
           "жауаптан кейінгілер. Мәтіндер респонденттер жазғандай, өзгеріссіз.",
        ru="Здесь полностью приведены свободные ответы, не вошедшие в основную часть отчета: "
           "ответы длиннее {chars} знаков и ответы сверх первых {n} по одному вопросу и "
           "региону. Тексты — как их написали респонденты, без изменений."),
    "see_appendix": L(kk="(А.{n}-қосымшаны қараңыз)", ru="(см. приложение А.{n})"),
    "more_in_appendix": L(kk="… және тағы {count} жауап (А.{n}-қосымшаны қараңыз)",
                          ru="… и еще ответов: {count} (см. приложение А.{n})"),
    "appendix_from": L(kk="Есептегі орны: {where}", ru="Место в отчете: {where}"),
    # part 7
    "sources_cited": L(kk="Пайдаланылған дереккөздер тізімі",
                       ru="Список использованных источников"),
    "no_sources": L(kk="Дереккөздер енгізілмеген.", ru="Источники не внесены."),
}


# rule 8: "заңнамалық, профилактикалық, практикалық, халықаралық, ведомствоаралық, ведомстволық,
# және статистикалық сипаттағы … ақпарат" / "информация … законодательного, профилактического,
# практического, международного, межведомственного, ведомственного и статистического
# характера" — the Rules' own adjectives, in the Rules' order
SOURCE_KIND_NAMES: Mapping[str, LocalizedText] = {
    "legislative": L(kk="Заңнамалық сипаттағы ақпарат",
                     ru="Информация законодательного характера"),
    "preventive": L(kk="Профилактикалық сипаттағы ақпарат",
                    ru="Информация профилактического характера"),
    "practical": L(kk="Практикалық сипаттағы ақпарат", ru="Информация практического характера"),
    "international": L(kk="Халықаралық сипаттағы ақпарат",
                       ru="Информация международного характера"),
    "interdepartmental": L(kk="Ведомствоаралық сипаттағы ақпарат",
                           ru="Информация межведомственного характера"),
    "departmental": L(kk="Ведомстволық сипаттағы ақпарат",
                      ru="Информация ведомственного характера"),
    "statistical": L(kk="Статистикалық сипаттағы ақпарат",
                     ru="Информация статистического характера"),
}


def w(key: str, lang: str, **params: Any) -> str:
    return WORDS[key].get(lang).format(**params)


@dataclass(frozen=True, slots=True)
class CitedRef:
    """A source cited (rules 10, 15): its kind of information (rule 8) and the analysis
    headings (rule 14) that refer to it."""

    title: str
    author: str = ""
    year: int | None = None
    reference: str = ""
    kind: str = "international"
    headings: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A person of the expert group's register."""

    name: str
    organisation: str
    role: str  # "member" | "specialist"
    field: str = ""


@dataclass(frozen=True, slots=True)
class TransmittalRef:
    """The covering letter to the Commission's working body (rule 18); blanks print as lines."""

    number: str = ""
    date: dt.date | None = None
    signatory: str = ""
    position: str = ""


@dataclass(frozen=True, slots=True)
class ApprovalRef:
    """Who approves the report (issue 19): the title page's approval block; blanks print
    as lines to fill by hand."""

    name: str = ""
    position: str = ""
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReportingYear:
    """How many of the expected respondents reported in a year (the completeness)."""

    year: int
    expected: int
    reported: int


@dataclass(frozen=True)
class AssessmentContent:
    """Everything the report prints, gathered by the assessment service."""

    years: tuple[int, ...]
    edition: Edition
    method: Method
    register: tuple[RiskScore, ...]  # national, ranked
    analysis: Analysis
    profiles: tuple[RiskProfile, ...]
    texts: Mapping[str, str]  # section -> the expert group's text in the report's language
    sources: tuple[CitedRef, ...] = ()
    organisation: LocalizedText | None = None
    prepared_on: dt.date = dt.date(2000, 1, 1)
    group: tuple[GroupMember, ...] = ()
    transmittal: TransmittalRef | None = None
    # the other language's texts: printed, marked, where the report's language has none
    other_texts: Mapping[str, str] = dc_field(default_factory=dict)
    approval: ApprovalRef | None = None
    reporting: tuple[ReportingYear, ...] = ()

    @property
    def published(self) -> bool:
        return self.edition is Edition.PUBLISHED


# --- styles --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    h4: ParagraphStyle
    th: ParagraphStyle
    td: ParagraphStyle
    td_num: ParagraphStyle
    bullet: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover: ParagraphStyle
    restricted: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]


def _styles() -> _Styles:
    fonts.register_fonts()

    def s(name: str, size: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=kw.pop("fontName", fonts.REGULAR), fontSize=size,
                              leading=kw.pop("leading", size * 1.3), embeddedHyphenation=0,
                              hyphenationLang="",
                              bulletFontName=kw.pop("bulletFontName", fonts.REGULAR), **kw)

    return _Styles(
        body=s("body", 9.5, spaceAfter=3),
        small=s("small", 8),
        note=s("note", 7.5, fontName=fonts.ITALIC, textColor=GREY, spaceAfter=2),
        h1=s("h1", 15, fontName=fonts.BOLD, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=s("h2", 11.5, fontName=fonts.BOLD, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=s("h3", 9.5, fontName=fonts.BOLD, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        h4=s("h4", 8.5, fontName=fonts.BOLD, spaceBefore=5, spaceAfter=2, keepWithNext=1,
             textColor=GREY),
        th=s("th", 7.2, fontName=fonts.BOLD, alignment=TA_CENTER, leading=8.6),
        td=s("td", 7.5, leading=9),
        td_num=s("td_num", 7.5, leading=9, alignment=2),
        bullet=s("bullet", 8.5, leftIndent=10, bulletIndent=0, spaceAfter=1.5),
        title=s("title", 20, fontName=fonts.BOLD, alignment=TA_CENTER, leading=26,
                spaceAfter=10),
        subtitle=s("subtitle", 13, alignment=TA_CENTER, leading=17, spaceAfter=6),
        cover=s("cover", 10, alignment=TA_CENTER, leading=14, spaceAfter=4),
        restricted=s("restricted", 10, fontName=fonts.BOLD, alignment=TA_CENTER,
                     textColor=RESTRICTED_RED),
        toc=(s("toc0", 10, fontName=fonts.BOLD, leftIndent=18, firstLineIndent=-18,
               spaceBefore=4, leading=13),
             s("toc1", 9, leftIndent=36, firstLineIndent=-18, leading=11.5)),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _num(value: int | float | None, lang: str = "ru") -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return numbers.decimal(value, 2)
    return numbers.integer(int(value))


def _percent(share: Fraction | float | None) -> str:
    return numbers.share(share)


def _fraction(value: Fraction | None) -> str:
    if value is None:
        return "—"
    if value.denominator == 1:
        return numbers.integer(value.numerator)
    return numbers.decimal(value, 1)


def _rate(value: Fraction) -> str:
    return f"{float(value):.2f}".replace(".", ",")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- tables --------------------------------------------------------------------------------------


def _table(rows: list[list[Any]], widths: Sequence[float], *, header_rows: int = 1,
           total_row: bool = False, first_left: bool = True) -> Table:
    t = Table(rows, colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 7.5),
        ("ALIGN", (1 if first_left else 0, header_rows), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def _exact(cells: Sequence[Sequence[int]]) -> SuppressedTable:
    """A table of counts that are not protected (activities), with its totals."""
    return suppress([list(r) for r in cells], edition=Edition.RESTRICTED)


def _grid_text(table: SuppressedTable, i: int, j: int) -> str:
    v = table.grid[i][j]
    return table.text(i, j) if table.marks[i][j] is not Mark.SHOWN else _num(v)


# --- charts (vector) -----------------------------------------------------------------------------


def _fit(text: str, width: float, size: float, font: str = fonts.REGULAR) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return float(top)
    return float(value)


def bar_chart(years: Sequence[int], series: Sequence[tuple[str, Sequence[int | float | None],
                                                             Sequence[str]]],
              width: float = FRAME_W, height: float = 52 * mm) -> Drawing:
    """Grouped vertical bars: one group per year, one bar per series. A value None (hidden in
    the published edition) gets no bar, only its printed text ("<10", "x")."""
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    legend_h = 4.5 * mm * len(series)
    left, bottom, top = 14 * mm, 6 * mm + legend_h, 4 * mm
    plot_w, plot_h = width - left - 4 * mm, height - bottom - top
    values = [v for _, vals, _ in series for v in vals if v is not None]
    vmax = _nice_max(max(values, default=0))
    for k in range(5):
        y = bottom + plot_h * k / 4
        d.add(Line(left, y, left + plot_w, y, strokeColor=colors.Color(0.85, 0.85, 0.85),
                   strokeWidth=0.4))
        d.add(String(left - 2, y - 2.5, _num(vmax * k / 4), fontName=fonts.REGULAR,
                     fontSize=6.5, textAnchor="end"))
    group_w = plot_w / max(1, len(years))
    bar_w = min(12 * mm, group_w * 0.8 / max(1, len(series)))
    for yi, year in enumerate(years):
        x0 = left + yi * group_w + (group_w - bar_w * len(series)) / 2
        d.add(String(left + yi * group_w + group_w / 2, bottom - 9, str(year),
                     fontName=fonts.REGULAR, fontSize=7, textAnchor="middle"))
        for si, (_, vals, texts) in enumerate(series):
            v = vals[yi]
            x = x0 + si * bar_w
            h = 0.0 if v is None else plot_h * float(v) / vmax
            if h > 0:
                d.add(Rect(x, bottom, bar_w * 0.92, h, fillColor=SERIES[si % len(SERIES)],
                           strokeColor=None))
            d.add(String(x + bar_w * 0.46, bottom + h + 1.5, texts[yi], fontName=fonts.REGULAR,
                         fontSize=6, textAnchor="middle"))
    d.add(Line(left, bottom, left + plot_w, bottom, strokeColor=GREY, strokeWidth=0.6))
    for si, (name, _, _) in enumerate(series):  # the legend, one series a line
        x, y = left, 1 * mm + (legend_h - 4.5 * mm * (si + 1))
        d.add(Rect(x, y, 3 * mm, 3 * mm, fillColor=SERIES[si % len(SERIES)], strokeColor=None))
        d.add(String(x + 4.5 * mm, y + 0.6 * mm, _fit(name, plot_w - 6 * mm, 7),
                     fontName=fonts.REGULAR, fontSize=7))
    return d


def hbar_chart(items: Sequence[tuple[str, float, str]], width: float = FRAME_W,
               bar_h: float = 4.6 * mm, label_w: float = 48 * mm, vmax: float | None = None
               ) -> Drawing:
    """Horizontal bars, one per (label, value, printed value), in the given order."""
    top, bottom = 2 * mm, 6 * mm
    height = top + bottom + bar_h * len(items)
    d = Drawing(width, height, initialFontName=fonts.REGULAR)
    plot_w = width - label_w - 14 * mm
    vmax = _nice_max(vmax if vmax is not None else max((v for _, v, _ in items), default=0))
    for k in range(5):
        x = label_w + plot_w * k / 4
        d.add(Line(x, bottom, x, height - top, strokeColor=colors.Color(0.85, 0.85, 0.85),
                   strokeWidth=0.4))
        d.add(String(x, bottom - 7, _num(round(vmax * k / 4, 2)), fontName=fonts.REGULAR,
                     fontSize=6.5, textAnchor="middle"))
    for i, (label, value, text) in enumerate(items):
        y = height - top - bar_h * (i + 1)
        d.add(String(label_w - 2, y + bar_h * 0.3, _fit(label, label_w - 4, 7),
                     fontName=fonts.REGULAR, fontSize=7, textAnchor="end"))
        length = plot_w * value / vmax
        d.add(Rect(label_w, y + bar_h * 0.15, length, bar_h * 0.7, fillColor=SERIES[0],
                   strokeColor=None))
        d.add(String(label_w + length + 1.5, y + bar_h * 0.3, text, fontName=fonts.REGULAR,
                     fontSize=6.5))
    d.add(Line(label_w, bottom, label_w, height - top, strokeColor=GREY, strokeWidth=0.6))
    return d


def _cell_lines(ids: Sequence[str], width: float) -> list[str]:
    lines: list[str] = []
    for code in ids:
        if lines and stringWidth(lines[-1] + ", " + code, fonts.BOLD, 7) < width - 4:
            lines[-1] += ", " + code
        else:
            lines.append(code)
    return lines


def heat_map_drawing(scores: Sequence[RiskScore], method: Method, lang: str,
                     codes: Mapping[str, str]) -> Drawing:
    """The 5 × 5 grid, likelihood 5 at the top, impact 1-5 left to right, cells coloured by
    the level of their score, the codes of the risks placed in them; risks ranked from the
    data alone (consequences not yet assessed) in a grey column of their own on the right,
    at the row of their data likelihood."""
    pending = pending_column(scores)
    has_pending = any(pending)
    cell_w, cell_h = (22 * mm if has_pending else 27 * mm), 17 * mm
    pend_w = 26 * mm if has_pending else 0
    left, bottom = 34 * mm, 20 * mm
    d = Drawing(left + 5 * cell_w + pend_w + 4 * mm, bottom + 5 * cell_h + 6 * mm,
                initialFontName=fonts.REGULAR)
    x = 4 * mm
    for lv in method.levels:  # the legend: level colours with their score ranges
        label = f"{lv.label.get(lang)} ({lv.low}–{lv.high})"
        d.add(Rect(x, 0.5 * mm, 3 * mm, 3 * mm, fillColor=LEVEL_COLOURS[lv.id],
                   strokeColor=None))
        d.add(String(x + 4 * mm, 1 * mm, label, fontName=fonts.REGULAR, fontSize=6.5))
        x += 4 * mm + stringWidth(label, fonts.REGULAR, 6.5) + 4 * mm
    grid = heat_map(scores)
    lik = {a.value: a.label.get(lang) for a in method.likelihood_anchors}
    imp = {a.value: a.label.get(lang) for a in method.impact_anchors}
    for li in range(5):
        for ii in range(5):
            x, y = left + ii * cell_w, bottom + li * cell_h
            level = method.level_of((li + 1) * (ii + 1))
            d.add(Rect(x, y, cell_w, cell_h, fillColor=LEVEL_COLOURS[level.id],
                       strokeColor=colors.white, strokeWidth=1.2))
            d.add(String(x + cell_w - 1.5, y + 1.5, str((li + 1) * (ii + 1)),
                         fontName=fonts.REGULAR, fontSize=6, fillColor=GREY,
                         textAnchor="end"))
            lines = _cell_lines([codes.get(r, r) for r in grid[li][ii]], cell_w)
            for k, text in enumerate(lines[:4]):
                d.add(String(x + cell_w / 2, y + cell_h - 5 * mm - k * 3.2 * mm, text,
                             fontName=fonts.BOLD, fontSize=7, textAnchor="middle"))
        d.add(String(left - 2, bottom + li * cell_h + cell_h / 2 - 2,
                     _fit(f"{li + 1} {lik.get(li + 1, '')}", left - 4, 6.5),
                     fontName=fonts.REGULAR, fontSize=6.5, textAnchor="end"))
    if has_pending:
        px = left + 5 * cell_w + 2 * mm
        for li in range(5):
            y = bottom + li * cell_h
            d.add(Rect(px, y, pend_w - 2 * mm, cell_h, fillColor=LIGHT, strokeColor=GRID,
                       strokeWidth=0.4, strokeDashArray=[2, 2]))
            lines = _cell_lines([codes.get(r, r) for r in pending[li]], pend_w - 2 * mm)
            for k, text in enumerate(lines[:4]):
                d.add(String(px + (pend_w - 2 * mm) / 2, y + cell_h - 5 * mm - k * 3.2 * mm,
                             text, fontName=fonts.BOLD, fontSize=7, textAnchor="middle"))
        words = w("pending", lang).split()
        half = (len(words) + 1) // 2
        for k, text in enumerate((" ".join(words[:half]), " ".join(words[half:]))):
            d.add(String(px + (pend_w - 2 * mm) / 2, bottom - 8 - k * 8, text,
                         fontName=fonts.REGULAR, fontSize=6.5, textAnchor="middle"))
    for ii in range(5):
        d.add(String(left + ii * cell_w + cell_w / 2, bottom - 8,
                     _fit(f"{ii + 1} {imp.get(ii + 1, '')}", cell_w - 2, 6.5),
                     fontName=fonts.REGULAR, fontSize=6.5, textAnchor="middle"))
    d.add(String(left + 5 * cell_w / 2, bottom - 8.5 * mm, w("impact", lang) + " →",
                 fontName=fonts.BOLD, fontSize=8, textAnchor="middle"))
    d.add(String(2 * mm, bottom + 5 * cell_h + 2 * mm, "↑ " + w("likelihood", lang),
                 fontName=fonts.BOLD, fontSize=8))
    return d


# --- the document --------------------------------------------------------------------------------


class _Heading(Paragraph):
    """A heading that goes into the contents and the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(escape(text), style)
        self.toc_level = level
        self.toc_text = text


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, report_lang: str, header: str,
                 restricted: str | None, **kw: Any) -> None:
        # initialFontName: every page starts in the embedded font, so that no page refers to
        # a bare Helvetica (the file must survive archiving, PDF/A-2b)
        kw.setdefault("initialFontName", fonts.REGULAR)
        super().__init__(buf, pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R,
                         topMargin=MARGIN_T, bottomMargin=MARGIN_B, **kw)
        self.buf = buf
        self.report_lang = report_lang
        self.header = header
        self.restricted = restricted
        self.known_pages = 0  # the page count of the previous pass ("page N of M")
        self.used_pages = 0  # the count this pass prints
        self._heading_seq = 0
        frame = Frame(MARGIN_L, MARGIN_B, FRAME_W, FRAME_H, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        self.buf.seek(0)
        self.buf.truncate()
        self._heading_seq = 0
        self.used_pages = self.known_pages

    def _endBuild(self) -> None:  # noqa: N802 - reportlab's name
        super()._endBuild()
        self.known_pages = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _Heading):
            self._heading_seq += 1
            key = f"h{self._heading_seq}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, flowable.toc_level,
                                      closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, key))

    def _decorate(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        page = canvas.getPageNumber()
        if self.restricted:
            canvas.setFont(fonts.BOLD, 8)
            canvas.setFillColor(RESTRICTED_RED)
            canvas.drawCentredString(PAGE_W / 2, PAGE_H - 9 * mm,
                                     _fit(self.restricted, FRAME_W, 8, fonts.BOLD))
        if page > FRONT_PAGES:
            canvas.setFont(fonts.REGULAR, 7)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN_L, PAGE_H - 14 * mm, _fit(self.header, FRAME_W, 7))
            canvas.setStrokeColor(GRID)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN_L, PAGE_H - 15.5 * mm, PAGE_W - MARGIN_R, PAGE_H - 15.5 * mm)
            lang = self.report_lang
            text = (w("page", lang, page=page, pages=self.used_pages)
                    if self.used_pages >= page else w("page_one", lang, page=page))
            canvas.drawCentredString(PAGE_W / 2, 9 * mm, text)
        canvas.restoreState()


FRONT_PAGES = 2  # the transmittal (rule 18) and the title page: no header, no number


# counts whose ratio the annex asks for (numerator, denominator): b2.q6 asks for cases sent to
# court and persons convicted, next to "the low share of cases brought to court"
RATIOS = (("b2.q6.convicted", "b2.q6.to_court"),)


class _Builder:
    def __init__(self, annex: Annex, content: AssessmentContent, lang: str,
                 tables: PublishedTables | None = None) -> None:
        self.annex = annex
        self.c = content
        self.tables = tables or collect(annex, content.analysis, content.profiles,
                                        content.edition)
        self.lang = lang
        self.st = _styles()
        self.story: list[Flowable] = []
        self.codes = _risk_codes(content.register, lang)
        self.seen_counts: dict[str, CountEvidence] = {}
        self.part_titles = {p.number: _cap(p.title.get(lang)) for p in assessment_parts()}
        self.printed: list[PrintedRow] = []  # every protected figure, in the order printed
        # the sources as the list prints them: grouped by rule 8's kinds, numbered through
        kinds = list(SOURCE_KIND_NAMES)
        ordered = sorted(enumerate(content.sources), key=lambda p: (
            kinds.index(p[1].kind) if p[1].kind in kinds else len(kinds), p[0]))
        self.numbered: list[tuple[int, CitedRef]] = [
            (n, ref) for n, (_, ref) in enumerate(ordered, start=1)]
        # answers quoted in full at the end (issue 19): (caption, where in the body, quotes)
        self.appendix: list[tuple[str, str, list[str]]] = []
        self.where = ""  # the heading the body is under, for the appendix's back reference

    def field_ref(self, field_id: str) -> str:
        """Where a field is in the questionnaire, as a reader finds it: "блок 3, вопрос 1:
        <the question's text>" — never the internal id."""
        try:
            fld = self.annex.field(field_id)
            question = self.annex.question(fld.question_id)
            block = self.annex.block(fld.block_id)
        except KeyError:
            return ""
        where = self.t("block_question", block=block.number, question=question.number)
        text = self.tx(question.text).rstrip(" :?") if question.text else ""
        if not text:
            text = self.tx(fld.text).rstrip(" :")
        return f"{where}: {text}" if text else where

    def log(self, table_id: str, i: int, columns: Sequence[int], tail: Sequence[str] = (),
            label: str = "", rate: str | None = None) -> None:
        """Row ``i`` of a protected table printed: its figures of ``columns``, followed on
        the printed line by the texts ``tail`` (for the read-back audit); ``label``: the
        row's name on the same line, for a table whose rows' order depends on the marks;
        ``rate``: the line ends in a rate, "—" or this text, which gives the figure back."""
        self.printed.append(PrintedRow(table_id, i, tuple(columns), tuple(tail), label, rate))

    # helpers
    def t(self, key: str, **params: Any) -> str:
        return w(key, self.lang, **params)

    def tx(self, text: LocalizedText) -> str:
        return text.get(self.lang)

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def h1(self, text: str) -> None:
        self.add(_Heading(text, self.st.h1, 0))

    def h2(self, text: str) -> None:
        self.where = text
        self.add(CondPageBreak(40 * mm), _Heading(text, self.st.h2, 1))

    def para(self, text: str, style: ParagraphStyle | None = None) -> None:
        self.add(_p(text, style or self.st.body))

    def rich(self, html: str, empty: str | None = None, *, marked: bool = False) -> None:
        """The expert group's text; ``marked``: set apart (indented, grey) as the other
        language's text printed in place of a missing one."""
        blocks = richtext.blocks(html)
        if not blocks and empty:
            self.add(_p(empty, self.st.note))
        st = self.st
        h3, bullet, body = st.h3, st.bullet, st.body
        if marked:
            h3, bullet, body = (ParagraphStyle(f"{x.name}_other", parent=x, textColor=GREY,
                                               leftIndent=x.leftIndent + 8 * mm)
                                for x in (st.h3, st.bullet, st.body))
        for b in blocks:
            if b.kind == "h":
                self.add(Paragraph(b.markup, h3))
            elif b.kind == "li":
                self.add(Paragraph(b.markup, bullet, bulletText=b.bullet))
            else:
                self.add(Paragraph(b.markup, body))

    @property
    def other_lang(self) -> str:
        return "ru" if self.lang == "kk" else "kk"

    def section_text(self, section: str, empty: str) -> None:
        """A section's text in the report's language; if it has none but the other language
        has one, a note says so plainly and that text follows, marked (issue 19)."""
        own = self.c.texts.get(section, "")
        if richtext.blocks(own):
            self.rich(own)
            return
        other = self.c.other_texts.get(section, "")
        if not richtext.blocks(other):
            self.add(_p(empty, self.st.note))
            return
        named = self.t(f"lang_in_{self.other_lang}")
        self.add(_p(self.t("other_lang_only", other=named), self.st.note))
        self.rich(other, marked=True)
        self.add(_p(self.t("other_lang_end", other=named), self.st.note))

    def quote_to_appendix(self, caption: str, quote: str) -> int:
        """Files ``quote`` under ``caption`` in the appendix; its number (А.n)."""
        if self.appendix and self.appendix[-1][0] == caption:
            self.appendix[-1][2].append(quote)
        else:
            self.appendix.append((caption, self.where, [quote]))
        return len(self.appendix)

    def quotes(self, caption: str, quotes: Sequence[tuple[str, str]]) -> None:
        """Respondents' answers as bullets: the first MAX_TEXTS short ones in the body, a long
        one as its opening and a reference to the appendix, where it is quoted in full with
        those beyond MAX_TEXTS (up to APPENDIX_MAX). ``quotes``: (text, markup after it)."""
        st = self.st
        in_body = filed = only_filed = dropped = ref = 0
        for text, tail in quotes:
            if in_body < MAX_TEXTS and len(text) <= LONG_QUOTE:
                self.add(Paragraph(f"{escape(text)}{tail}", st.bullet, bulletText="•"))
                in_body += 1
            elif in_body < MAX_TEXTS:  # a long one among the first: its opening, a reference
                ref = self.quote_to_appendix(caption, text)
                filed += 1
                opening = text[:QUOTE_OPENING].rsplit(" ", 1)[0].rstrip(" ,;:.")
                see = self.t("see_appendix", n=ref)
                self.add(Paragraph(f"{escape(opening)}… {escape(see)}{tail}", st.bullet,
                                   bulletText="•"))
                in_body += 1
            elif filed < APPENDIX_MAX:
                ref = self.quote_to_appendix(caption, text)
                filed += 1
                only_filed += 1
            else:
                dropped += 1
        if only_filed:
            self.add(_p(self.t("more_in_appendix", count=only_filed, n=ref), st.note))
        if dropped:
            self.add(_p(self.t("more_texts", count=dropped), st.note))

    def caption(self, text: str) -> Paragraph:
        return Paragraph(escape(text), self.st.h4)

    def legend(self, table: SuppressedTable) -> list[Flowable]:
        out: list[Flowable] = []
        for mark in (Mark.PRIMARY, Mark.COMPLEMENTARY):
            if table.hidden(mark):
                out.append(_p(LEGEND[mark].get(self.lang), self.st.note))
        return out

    # --- the transmittal (rule 18) -------------------------------------------------------------
    def transmittal_page(self) -> None:
        st, tr = self.st, self.c.transmittal or TransmittalRef()
        years = self.c.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        period = self.t("period" if len(years) > 1 else "period_one", years=span)
        right = ParagraphStyle("right", parent=st.body, alignment=2, fontSize=10.5, leading=14)
        body = ParagraphStyle("letter", parent=st.body, fontSize=10.5, leading=15,
                              firstLineIndent=12 * mm, alignment=4)
        blank_date = "«___» ____________ 20___" if self.lang == "ru" else "20___ ж. «___» ________"
        number = tr.number or "________"
        date = tr.date.strftime("%d.%m.%Y") if tr.date else blank_date
        sign = [[Paragraph(escape(tr.position) if tr.position else "____________________",
                           st.body), "____________",
                 Paragraph(escape(tr.signatory) if tr.signatory else "____________________",
                           st.body)],
                [_p(self.t("position_blank"), st.note), _p(self.t("signature"), st.note),
                 _p(self.t("name_blank"), st.note)]]
        sign_table = Table(sign, colWidths=[70 * mm, 40 * mm, FRAME_W - 110 * mm])
        sign_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        self.add(_p(self.t("outgoing", number=number, date=date), st.body),
                 Spacer(1, 12 * mm), _p(self.t("to_whom"), right), Spacer(1, 22 * mm),
                 _p(self.t("transmittal_text", rules=self.t("rules_genitive"),
                           period=period), body), Spacer(1, 4 * mm),
                 _p(self.t("transmittal_attachment", title=self.t("title"), period=period),
                    body),
                 Spacer(1, 30 * mm), _p(self.t("transmittal_from"), st.body), Spacer(1, 8 * mm),
                 sign_table, PageBreak())

    # --- title page and contents ---------------------------------------------------------------
    def title_page(self) -> None:
        st = self.st
        years = self.c.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        period = self.t("period" if len(years) > 1 else "period_one", years=span)
        self.add(self.approval_block(), Spacer(1, 8 * mm),
                 _p(self.tx(rules_title()), st.cover), Spacer(1, 18 * mm),
                 _p(self.t("title"), st.title), _p(period, st.subtitle), Spacer(1, 10 * mm))
        if self.c.published:
            self.add(_p(self.t("published"), st.cover))
        else:
            self.add(_p(self.t("restricted"), st.restricted))
        self.add(Spacer(1, 28 * mm))
        if self.c.organisation is not None:
            self.add(_p(self.t("prepared_by", org=self.tx(self.c.organisation)), st.cover))
        self.add(_p(self.t("prepared_on", date=self.c.prepared_on.strftime("%d.%m.%Y")),
                    st.cover),
                 _p(self.t("rules_basis", rules=self.t("rules_genitive")), st.cover),
                 PageBreak())
        self.summary()
        # the contents are a table of their own: its cells start in the embedded font too
        toc = TableOfContents(tableStyle=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), fonts.REGULAR)]))
        toc.levelStyles = list(self.st.toc)
        toc.dotsMinLevel = 0
        self.add(_p(self.t("contents"), st.h1), toc, PageBreak())

    def blank_date(self) -> str:
        return "«___» ____________ 20___" if self.lang == "ru" else "20___ ж. «___» ________"

    def approval_block(self) -> Flowable:
        """"УТВЕРЖДАЮ / БЕКІТЕМІН", the position, the signature line with the name, the date,
        at the top right of the title page; what is not entered is a line to fill by hand."""
        st, ap = self.st, self.c.approval or ApprovalRef()
        line = "____________________"
        cell = ParagraphStyle("approval", parent=st.body, fontSize=10, leading=13)
        rows = [[Paragraph(f"<b>{escape(self.t('approve'))}</b>", cell)],
                [Paragraph(escape(ap.position) if ap.position else line, cell)],
                [_p(self.t("position_blank"), st.note)],
                [Paragraph(f"____________ {escape(ap.name) if ap.name else line}", cell)],
                [_p(f"{self.t('signature')}   {self.t('name_blank')}", st.note)],
                [Paragraph(ap.date.strftime("%d.%m.%Y") if ap.date else self.blank_date(),
                           cell)]]
        width = 78 * mm
        table = Table(rows, colWidths=[width], hAlign="RIGHT")
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    # --- the summary (issue 19) -----------------------------------------------------------------
    def summary(self) -> None:
        """One page before the contents: the period, how many expected respondents reported
        and the rate, the top risks with their levels, the conclusions' first paragraphs.
        It prints no count of people or cases (only respondents, ranks and scores), so the
        published edition's protected tables are not repeated here."""
        c, st = self.c, self.st
        years = c.years
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        self.add(_Heading(self.t("summary"), st.h1, 0))
        self.para(self.t("summary_period", period=span, count=len(years)))
        self.add(self.caption(self.t("summary_reporting")))
        if not any(r.expected for r in c.reporting):
            self.para(self.t("summary_no_reporting"), st.note)
        else:
            rows: list[list[Any]] = [[Paragraph(escape(self.t(k)), st.th) for k in
                                      ("year", "expected_n", "reported_n", "reporting_rate")]]
            for r in c.reporting:
                rows.append([str(r.year), _num(r.expected), _num(r.reported),
                             _percent(Fraction(r.reported, r.expected)) if r.expected
                             else "—"])
            expected = sum(r.expected for r in c.reporting)
            reported = sum(r.reported for r in c.reporting)
            rows.append([Paragraph(escape(self.t("period_total")), st.td), _num(expected),
                         _num(reported),
                         _percent(Fraction(reported, expected)) if expected else "—"])
            self.add(_table(rows, [40 * mm, 32 * mm, 32 * mm, 36 * mm], total_row=True),
                     _p(self.t("summary_rate_note"), st.note))
        self.add(self.caption(self.t("summary_risks")))
        top = [x for x in c.register if x.rank is not None][:SUMMARY_RISKS]
        if not top:
            self.para(self.t("summary_no_risks"), st.note)
        else:
            rows = [[Paragraph(escape(self.t(k)), st.th) for k in
                     ("rank", "risk", "score", "level")]]
            colour: list[tuple[Any, ...]] = []
            for i, risk in enumerate(top, start=1):
                level = self.t("pending") if risk.from_data_only else self.tx(
                    risk.level_label(c.method))
                rows.append([str(risk.rank), Paragraph(escape(self.tx(risk.risk.name)), st.td),
                             str(risk.score or "—"), Paragraph(escape(level), st.td)])
                if risk.level is not None:
                    colour.append(("BACKGROUND", (3, i), (3, i), LEVEL_COLOURS[risk.level]))
            table = _table(rows, [14 * mm, FRAME_W - 66 * mm, 14 * mm, 38 * mm])
            table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER"), *colour]))
            self.add(table)
        self.add(self.caption(self.t("summary_conclusions")))
        own = c.texts.get("conclusions", "")
        text, marked = (own, False) if richtext.blocks(own) else (
            c.other_texts.get("conclusions", ""), True)
        lines = [ln for ln in richtext.plain(text).split("\n") if ln.strip()]
        if not lines:
            self.para(self.t("no_text"), st.note)
        else:
            if marked:
                self.para(self.t("other_lang_only",
                                 other=self.t(f"lang_in_{self.other_lang}")), st.note)
            for ln in lines[:SUMMARY_LINES]:
                cut = ln if len(ln) <= SUMMARY_CHARS else ln[:SUMMARY_CHARS].rsplit(
                    " ", 1)[0] + "…"
                self.add(_p(cut, st.bullet if not marked else ParagraphStyle(
                    "summary_other", parent=st.bullet, textColor=GREY)))
        self.add(PageBreak())

    # --- the appendix (issue 19) ----------------------------------------------------------------
    def appendix_part(self) -> None:
        if not self.appendix:
            return
        st = self.st
        self.add(PageBreak())
        self.h1(self.t("appendix"))
        self.para(self.t("appendix_intro", chars=LONG_QUOTE, n=MAX_TEXTS), st.note)
        for n, (caption, where, quotes) in enumerate(self.appendix, start=1):
            self.h2(f"А.{n}. {caption}")
            if where:
                self.para(self.t("appendix_from", where=where), st.note)
            for q in quotes:
                self.add(Paragraph(escape(q).replace("\n", "<br/>"), st.bullet,
                                   bulletText="•"))

    # --- 1. description ------------------------------------------------------------------------
    def description(self) -> None:
        c, st = self.c, self.st
        self.h1(f"1. {self.part_titles[1]}")
        self.h2(f"1.1. {self.t('period_sources')}")
        span = ", ".join(str(y) for y in c.years)
        self.para(self.t("period_text", years=span, count=len(c.sources)))
        subs = c.analysis.submissions
        head = [Paragraph(escape(self.t("kind")), st.th),
                *[Paragraph(str(y), st.th) for y in c.years],
                Paragraph(escape(self.t("period_total")), st.th)]
        rows: list[list[Any]] = [head]
        totals = [0] * len(c.years)
        for _, name, counts in subs:
            rows.append([Paragraph(escape(self.tx(name)), st.td), *[_num(n) for n in counts],
                         _num(sum(counts))])
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
        rows.append([Paragraph(escape(self.t("all")), st.td), *[_num(n) for n in totals],
                     _num(sum(totals))])
        widths = [FRAME_W - 20 * mm * (len(c.years) + 1)] + [20 * mm] * (len(c.years) + 1)
        self.add(KeepTogether([self.caption(self.t("submissions_caption")),
                               _table(rows, widths, total_row=True)]))
        self.method()
        self.h2(f"1.3. {self.t('suppression')}")
        if c.published:
            self.para(self.t("suppression_text"))
            for mark in (Mark.PRIMARY, Mark.COMPLEMENTARY):
                self.para(LEGEND[mark].get(self.lang), st.note)
        else:
            self.para(self.t("restricted_text"))
        self.group()

    def group(self) -> None:
        """The expert group's register (rules 4-5) and the specialists drawn in (rule 16)."""
        st = self.st
        self.h2(f"1.4. {self.t('group')}")
        members = [g for g in self.c.group if g.role != "specialist"]
        specialists = [g for g in self.c.group if g.role == "specialist"]
        if not self.c.group:
            self.para(self.t("no_group"), st.note)
            return
        self.para(self.t("group_text", members=len(members), specialists=len(specialists)))
        for key, people in (("members", members), ("specialists", specialists)):
            if not people:
                continue
            rows: list[list[Any]] = [[Paragraph(escape(self.t(k)), st.th)
                                      for k in ("no", "name", "organisation", "field")]]
            for n, g in enumerate(people, start=1):
                rows.append([str(n), Paragraph(escape(g.name), st.td),
                             Paragraph(escape(g.organisation or "—"), st.td),
                             Paragraph(escape(g.field or "—"), st.td)])
            self.add(KeepTogether([self.caption(self.t(key)),
                                   _table(rows, [10 * mm, 45 * mm, 70 * mm,
                                                 FRAME_W - 125 * mm])]))

    def method(self) -> None:
        m, st = self.c.method, self.st
        self.h2(f"1.2. {self.t('method')}")
        weight = f"{m.expert_weight:g}".replace(".", ",")
        self.para(self.t("method_text", weight=weight, min=m.min_respondents,
                         iqr=f"{m.iqr_flag:g}".replace(".", ","), gap=m.justify_gap))
        b = [f"{x:g}" for x in m.share_bands]
        bands = [f"< {b[0]} %", f"{b[0]}–{b[1]} %", f"{b[1]}–{b[2]} %", f"{b[2]}–{b[3]} %",
                 f"≥ {b[3]} %"]
        rows: list[list[Any]] = [
            [Paragraph(escape(self.t("share")), st.th), *[Paragraph(x, st.th) for x in bands]],
            [Paragraph(escape(self.t("likelihood") + " D"), st.td), "1", "2", "3", "4", "5"]]
        band_w = (FRAME_W - 45 * mm) / 5
        self.add(KeepTogether([self.caption(self.t("bands")),
                               _table(rows, [45 * mm] + [band_w] * 5)]))
        rows = [[Paragraph(escape(self.t("score")), st.th),
                 Paragraph(escape(self.t("level")), st.th)]]
        for lv in m.levels:
            rows.append([f"{lv.low}–{lv.high}", Paragraph(escape(self.tx(lv.label)), st.td)])
        t = _table(rows, [25 * mm, 60 * mm], first_left=False)
        t.setStyle(TableStyle([("BACKGROUND", (1, i + 1), (1, i + 1), LEVEL_COLOURS[lv.id])
                               for i, lv in enumerate(m.levels)]
                              + [("ALIGN", (0, 1), (0, -1), "CENTER")]))
        self.add(KeepTogether([self.caption(self.t("levels")), t]))
        for key, anchors in (("likelihood", m.likelihood_anchors),
                             ("impact", m.impact_anchors)):
            rows = [[Paragraph(escape(self.t("value")), st.th),
                     Paragraph(escape(self.t(key)), st.th),
                     Paragraph(escape(self.t("meaning")), st.th)]]
            for a in sorted(anchors, key=lambda a: a.value):
                rows.append([str(a.value), Paragraph(escape(self.tx(a.label)), st.td),
                             Paragraph(escape(self.tx(a.text)), st.td)])
            t = _table(rows, [14 * mm, 34 * mm, FRAME_W - 48 * mm], first_left=False)
            t.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "CENTER")]))
            self.add(KeepTogether([self.caption(self.t("anchors", scale=self.t(key))), t]))

    # --- 2. analysis ---------------------------------------------------------------------------
    def analysis(self) -> None:
        self.add(PageBreak())
        self.h1(f"2. {self.t('analysis')}")
        self.para(self.t("analysis_intro"))
        for ha in self.c.analysis.headings:
            self.heading(ha)

    def heading(self, ha: HeadingAnalysis) -> None:
        n = ha.heading.number
        self.h2(f"2.{n}. {ha.heading.display(self.lang)}")
        self.add(_p(self.t("findings"), self.st.h3))
        self.section_text(f"analysis:{n}", self.t("no_findings"))
        cited = [(k, ref) for k, ref in self.numbered if n in ref.headings]
        if cited:
            self.add(_p(self.t("references"), self.st.h4))
            for k, ref in cited:
                short = ". ".join(x for x in (ref.author, ref.title,
                                              str(ref.year) if ref.year else "") if x)
                self.add(Paragraph(f"[{k}] {escape(short)}", self.st.bullet))
        self.add(_p(self.t("evidence"), self.st.h3))
        for ev in ha.evidence:
            self.evidence(ev)

    def evidence(self, ev: Evidence) -> None:
        if isinstance(ev, YesNoEvidence):
            self.yes_no(ev)
        elif isinstance(ev, CountEvidence):
            self.counts(ev)
        elif isinstance(ev, CategoryEvidence):
            self.categories(ev)
        elif isinstance(ev, RateEvidence):
            self.rates(ev)
        elif isinstance(ev, ListEvidence):
            self.list_items(ev)
        elif isinstance(ev, PeriodEvidence):
            self.periods(ev)
        else:
            self.texts(ev)

    def no_answers(self, label: str) -> None:
        self.add(KeepTogether([self.caption(label), _p(self.t("no_answers"), self.st.note)]))

    def yes_no(self, ev: YesNoEvidence) -> None:
        st = self.st
        head = [Paragraph(escape(self.t("code")), st.th), Paragraph(escape(self.t("item")), st.th),
                *[Paragraph(f"{y}<br/>{escape(self.t('yes_of'))}", st.th) for y in ev.years],
                Paragraph(escape(self.t("share_yes")), st.th)]
        rows: list[list[Any]] = [head]
        chart = []
        for item in ev.items:
            code = _item_code(item.field_id)
            rows.append([code, Paragraph(escape(self.tx(item.label)), st.td),
                         *[f"{y}/{a}" for _, y, a in item.by_year], _percent(item.share)])
            if item.share is not None:
                chart.append((code, float(item.share * 100), _percent(item.share)))
        ny = len(ev.years)
        widths = [12 * mm, FRAME_W - 12 * mm - 17 * mm * ny - 18 * mm, *[17 * mm] * ny, 18 * mm]
        table = _table(rows, widths)
        table.setStyle(TableStyle([("ALIGN", (0, 1), (0, -1), "LEFT")]))
        flow: list[Flowable] = [self.caption(self.t("yes_no_caption")), table]
        if ev.chart and chart:
            flow += [Spacer(1, 2 * mm), hbar_chart(chart, label_w=16 * mm, vmax=100)]
        self.add(KeepTogether(flow), Spacer(1, 2 * mm))

    def counts(self, ev: CountEvidence) -> None:
        label = self.tx(ev.label)
        if not ev.has_data:
            self.no_answers(label)
            return
        st = self.st
        if ev.money:
            cells = [[float(v) for v in row] for row in ev.cells]
            grid = [[*row, sum(row)] for row in cells]
            grid.append([sum(r[j] for r in grid) for j in range(len(ev.years) + 1)])
            text = [[_num(v) for v in row] for row in grid]
            table: SuppressedTable | None = None
        else:
            table = (self.tables.table(count_id(ev)) if ev.protect
                     else _exact([[int(v) for v in row] for row in ev.cells]))
            text = [[_grid_text(table, i, j) for j in range(len(table.grid[0]))]
                    for i in range(len(table.grid))]
        head = [Paragraph(escape(self.t("kind")), st.th),
                *[Paragraph(str(y), st.th) for y in ev.years],
                Paragraph(escape(self.t("period_total")), st.th)]
        rows: list[list[Any]] = [head]
        # the rows as reported; a sum row follows only where several independent reports
        # are added (a ministry and its own units are not: their grid has no sum row)
        for (_, name), line in zip(ev.rows, text[:len(ev.rows)], strict=True):
            rows.append([Paragraph(escape(self.tx(name)), st.td), *line])
        several = len(ev.rows) > 1 and ev.hierarchy is None
        if several:
            rows.append([Paragraph(escape(self.t("sum_of_reports")), st.td), *text[-1]])
        if table is not None and ev.protect:
            every = range(len(ev.years) + 1)
            for i in range(len(ev.rows) + (1 if several else 0)):
                self.log(count_id(ev), i, every)
        ncol = len(ev.years) + 1
        num_w = 24 * mm if ev.money else 18 * mm
        flow: list[Flowable] = [
            self.caption(label),
            _table(rows, [FRAME_W - num_w * ncol] + [num_w] * ncol, total_row=several)]
        notes = [self.t("reports_note", reports=ev.reports, no_data=ev.no_data)]
        if several:
            notes.append(self.t("sum_note"))
        if ev.hierarchy is not None and len(ev.rows) > 1:
            notes.append(self.hierarchy_note(ev))
        ratio = self.ratio_note(ev)
        if ratio:
            notes.append(ratio)
        flow += [_p(" ".join(notes), st.note)]
        if table is not None:
            flow += self.legend(table)
        if ev.chart:
            series = []
            for i, (_, name) in enumerate(ev.rows[:len(SERIES)]):
                vals: list[int | float | None] = []
                texts = []
                for j in range(len(ev.years)):
                    if table is None:
                        vals.append(ev.cells[i][j])
                        texts.append(_num(ev.cells[i][j]))
                    else:
                        vals.append(table.grid[i][j])
                        texts.append(text[i][j])
                series.append((self.tx(name), vals, texts))
            flow += [self.caption(self.t("trend")), bar_chart(ev.years, series)]
            if table is not None and table.hidden():
                flow.append(_p(self.t("chart_hidden"), st.note))
        self.add(KeepTogether(flow), Spacer(1, 2 * mm))

    def ratio_note(self, ev: CountEvidence) -> str:
        """Under the second of two counts the annex asks to compare (b2.q6: persons convicted
        and cases sent to court), their national ratio per year. In the published edition a
        year's ratio is printed only where both national figures are printed as they are, so
        it tells nothing the tables do not."""
        self.seen_counts[ev.field_id] = ev
        pair = next((p for p in RATIOS if ev.field_id in p), None)
        if pair is None or not all(f in self.seen_counts for f in pair):
            return ""
        num, den = (self.seen_counts[f] for f in pair)
        values, hidden = [], False
        for i, year in enumerate(num.years):
            if year not in den.years or i >= len(num.national):
                continue
            j = den.years.index(year)
            if j >= len(den.national) or not den.national[j]:
                continue
            if not (self.tables.shown(figure_key(num.field_id, num.national_from[i], year=year))
                    and self.tables.shown(figure_key(den.field_id, den.national_from[j], year=year))):
                hidden = True
                continue
            ratio = float(num.national[i]) / float(den.national[j])
            values.append(f"{year} — " + f"{ratio:.2f}".replace(".", ","))
        if not values and not hidden:
            return ""
        text = self.t("ratio_note", values="; ".join(values) or "—")
        return text + (self.t("ratio_hidden") if hidden else "")

    def hierarchy_note(self, ev: CountEvidence) -> str:
        """Which figure of a ministry and its units the analysis takes, year by year."""
        assert ev.hierarchy is not None
        ministry = [y for y, k in zip(ev.years, ev.national_from, strict=True)
                    if k == ev.hierarchy.ministry]
        units = [y for y in ev.years if y not in ministry]
        text = self.t("hierarchy_note")
        if units:
            if ministry:
                text += self.t("hierarchy_years", years=", ".join(map(str, ministry)))
            text += self.t("hierarchy_units", years=", ".join(map(str, units)))
        return text + "."

    def periods(self, ev: PeriodEvidence) -> None:
        label = self.t("period_caption", question=self.tx(ev.question))
        if not ev.has_data:
            self.no_answers(label)
            return
        lines = [_p(self.t("period_line", year=y, given=_num(n), whole=_num(w)), self.st.note)
                 for y, n, w in ev.by_year]
        self.add(KeepTogether([self.caption(label), *lines]), Spacer(1, 2 * mm))

    def categories(self, ev: CategoryEvidence) -> None:
        label = f"{self.tx(ev.label)} — {self.tx(ev.dimension_label)}"
        if not ev.has_data:
            self.no_answers(label)
            return
        st = self.st
        table = self.tables.table(category_id(ev))
        head = [Paragraph(escape(self.tx(ev.dimension_label)), st.th),
                *[Paragraph(str(y), st.th) for y in ev.years],
                Paragraph(escape(self.t("period_total")), st.th)]
        rows: list[list[Any]] = [head]
        for i, (_, name) in enumerate(ev.rows):
            rows.append([Paragraph(escape(self.tx(name)), st.td),
                         *[_grid_text(table, i, j) for j in range(len(ev.years) + 1)]])
        last = len(table.grid) - 1
        rows.append([Paragraph(escape(self.t("all")), st.td),
                     *[_grid_text(table, last, j) for j in range(len(ev.years) + 1)]])
        ncol = len(ev.years) + 1
        for i in range(last + 1):
            self.log(category_id(ev), i, range(ncol))
        flow: list[Flowable] = [
            self.caption(label), _p(self.t("from_kind", kind=self.tx(ev.kind_name)), st.note),
            _table(rows, [FRAME_W - 18 * mm * ncol] + [18 * mm] * ncol, total_row=True),
            *self.legend(table)]
        self.add(KeepTogether(flow), Spacer(1, 2 * mm))

    def rates(self, ev: RateEvidence) -> None:
        label = self.t("rate_caption", label=self.tx(ev.label))
        if not ev.has_data:
            self.no_answers(label)
            return
        st = self.st
        table = self.tables.table(rate_id(ev))
        n_years = len(ev.years)
        shown_rows: list[tuple[int, RateRow]] = []
        hidden_rows: list[tuple[int, RateRow]] = []
        for i, r in enumerate(ev.rows):
            (hidden_rows if table.marks[i][0] is not Mark.SHOWN else shown_rows).append((i, r))
        position = {reg.code: k for k, reg in enumerate(self.annex.regions)}
        hidden_rows.sort(key=lambda ir: position.get(ir[1].region, 999))
        rows: list[list[Any]] = [[
            Paragraph("№", st.th), Paragraph(escape(self.t("region")), st.th),
            Paragraph(escape(self.t("count_period")), st.th),
            Paragraph(escape(self.t("population")), st.th),
            Paragraph(escape(self.t("rate")), st.th)]]
        chart = []
        for k, (i, r) in enumerate([*shown_rows, *hidden_rows], start=1):
            hidden = table.marks[i][0] is not Mark.SHOWN
            rate = "—" if hidden or r.rate is None else _rate(r.rate)
            pop = "—" if r.person_years is None else _num(round(r.person_years / n_years))
            rows.append([str(k), Paragraph(escape(self.tx(r.name)), st.td),
                         _grid_text(table, i, 0), pop, rate])
            # rows by rate, hidden ones last: their order differs between editions, so the
            # read-back finds each by its region's name
            self.log(rate_id(ev), i, (0,), tail=(pop,), label=self.tx(r.name),
                     rate="" if r.rate is None else _rate(r.rate))
            if not hidden and r.rate is not None:
                chart.append((self.tx(r.name), float(r.rate), _rate(r.rate)))
        last = len(table.grid) - 1
        rows.append(["", Paragraph(escape(self.t("all")), st.td), _grid_text(table, last, 0),
                     "", ""])
        self.log(rate_id(ev), last, (0,), label=self.t("all"))
        widths = [9 * mm, FRAME_W - 9 * mm - 3 * 28 * mm, 28 * mm, 28 * mm, 28 * mm]
        flow: list[Flowable] = [
            self.caption(label), _p(self.t("from_kind", kind=self.tx(ev.kind_name)), st.note),
            _table(rows, widths, total_row=True)]
        notes = []
        if any(r.rate is None for r in ev.rows):
            notes.append(self.t("no_population"))
        if table.hidden():
            notes.append(self.t("rate_hidden"))
        if notes:
            flow.append(_p(" ".join(notes), st.note))
        flow += self.legend(table)
        self.add(*flow)
        if ev.chart and chart:
            self.add(KeepTogether([Spacer(1, 2 * mm), hbar_chart(chart)]))
        self.add(Spacer(1, 2 * mm))

    def list_items(self, ev: ListEvidence) -> None:
        label = self.tx(ev.label)
        if not ev.items:
            self.no_answers(label)
            return
        st = self.st
        rows: list[list[Any]] = [[Paragraph(escape(label), st.th),
                                  Paragraph(escape(self.t("mentions")), st.th)]]
        for text, n in ev.items[:MAX_LIST_ITEMS]:
            rows.append([Paragraph(escape(text), st.td), _num(n)])
        if len(ev.items) > MAX_LIST_ITEMS:
            rows.append([Paragraph(escape(self.t("more_items",
                                                 count=len(ev.items) - MAX_LIST_ITEMS)),
                                   st.td), ""])
        self.add(KeepTogether([self.caption(label),
                               _table(rows, [FRAME_W - 24 * mm, 24 * mm])]), Spacer(1, 2 * mm))

    def texts(self, ev: TextEvidence) -> None:
        st = self.st
        label = self.t("texts_caption", question=self.tx(ev.label))
        if not ev.regions:
            self.add(KeepTogether([self.caption(label), _p(self.t("no_texts"), st.note)]))
            return
        self.add(self.caption(label))
        for region in ev.regions:
            self.add(Paragraph(f"<b>{escape(self.tx(region.name))}</b>", st.small))
            quotes = []
            for item in region.items:
                orgs = "; ".join(self.tx(o) for o in item.organisations[:3])
                if len(item.organisations) > 3:
                    orgs += f" (+{len(item.organisations) - 3})"
                years = ", ".join(str(y) for y in item.years)
                quotes.append((item.text, f" <font color='#595959' size='7'>"
                                          f"({years}; {escape(orgs)})</font>"))
            self.quotes(f"{label} — {self.tx(region.name)}", quotes)
        self.add(Spacer(1, 2 * mm))

    # --- 3. the register -----------------------------------------------------------------------
    def register(self) -> None:
        st, m = self.st, self.c.method
        self.add(PageBreak())
        self.h1(f"3. {self.t('register')}")
        self.para(self.t("register_intro"))
        th = ParagraphStyle("th_narrow", parent=st.th, fontSize=6.5, leading=7.8)
        head = [Paragraph(escape(self.t(k)), th) for k in
                ("rank", "code", "risk", "share_yes", "D", "experts_n", "E", "likelihood",
                 "impact", "score", "level")]
        rows: list[list[Any]] = [head]
        colour: list[tuple[Any, ...]] = []
        for i, s in enumerate(self.c.register, start=1):
            level = self.t("pending") if s.from_data_only else self.tx(s.level_label(m))
            rows.append([
                str(s.rank) if s.rank is not None else "—", self.codes.get(s.risk.id, ""),
                Paragraph(escape(self.tx(s.risk.name)), st.td),
                _percent(s.share) if s.share is not None else "—",
                str(s.data_likelihood) if s.data_likelihood is not None else "—",
                str(s.experts), _fraction(s.expert_likelihood), str(s.likelihood or "—"),
                str(s.impact or "—"), str(s.score or "—"),
                Paragraph(escape(level), st.td)])
            if s.level is not None:
                colour.append(("BACKGROUND", (10, i), (10, i), LEVEL_COLOURS[s.level]))
            elif s.from_data_only:
                colour.append(("BACKGROUND", (10, i), (10, i), LIGHT))

        def fit(key: str, least: float) -> float:  # a header word never breaks
            return max(least, float(stringWidth(self.t(key), fonts.BOLD, th.fontSize)) + 8)

        widths = [fit("rank", 9 * mm), 10 * mm, 0.0, fit("share_yes", 13 * mm), 7 * mm,
                  fit("experts_n", 9 * mm), 9 * mm, fit("likelihood", 12 * mm),
                  fit("impact", 12 * mm), fit("score", 9 * mm), 24 * mm]
        widths[2] = FRAME_W - sum(widths)
        table = _table(rows, widths)
        table.setStyle(TableStyle([("ALIGN", (0, 1), (1, -1), "CENTER"), *colour]))
        self.add(table, _p(self.t("experts_note"), st.note))
        pending = sum(1 for s in self.c.register if s.from_data_only)
        if pending:
            self.para(self.t("data_only_note", count=pending), st.note)
        notes = []
        for s in self.c.register:
            flags = [self.t(f.value) for f in (Flag.WIDE_SPREAD, Flag.JUSTIFICATION_MISSING)
                     if f in s.flags]
            if flags:
                notes.append(f"{self.codes.get(s.risk.id, s.risk.id)}: {'; '.join(flags)}")
        if notes:
            self.add(self.caption(self.t("flags")),
                     *[_p(n, st.note) for n in notes])
        justified = [s for s in self.c.register if s.justification]
        if justified:
            self.add(self.caption(self.t("justifications")))
            for s in justified:
                self.add(Paragraph(f"<b>{escape(self.codes.get(s.risk.id, ''))}</b> "
                                   f"{escape(s.justification)}", st.bullet, bulletText="•"))
        commented = [s for s in self.c.register if s.comments]
        if commented:
            self.add(self.caption(self.t("comments")))
            for s in commented:
                for expert, comment in s.comments:
                    self.add(Paragraph(f"<b>{escape(self.codes.get(s.risk.id, ''))}</b> "
                                       f"{escape(comment)} <i>({escape(expert)})</i>",
                                       st.bullet, bulletText="•"))
        placed = any(s.rank is not None for s in self.c.register)
        self.add(CondPageBreak(125 * mm), _Heading(f"3.1. {self.t('heat_map')}", st.h2, 1),
                 heat_map_drawing(self.c.register, m, self.lang, self.codes))
        if not placed:
            self.add(_p(self.t("heat_empty"), st.note))
        else:
            self.add(_p(self.t("heat_note"), st.note))
            if pending:
                self.add(_p(self.t("heat_pending_note"), st.note))

    # --- 4-5. conclusions, recommendations -----------------------------------------------------
    def expert_part(self, number: int, section: str) -> None:
        self.add(PageBreak())
        self.h1(f"{number}. {self.part_titles[number - 2]}")
        self.section_text(section, self.t("no_text"))

    # --- 6. profiles ---------------------------------------------------------------------------
    def profiles(self) -> None:
        """One numbered section per kind of subject, in the annex's order (kinds reported
        together, joined with "+", after them), each with whatever the kind reported."""
        st = self.st
        self.add(PageBreak())
        self.h1(f"6. {self.part_titles[4]}")
        self.para(self.t("profiles_intro"))
        for n, prof in enumerate(self.c.profiles, start=1):
            name = " + ".join(self.tx(k) for k in prof.kind_names)
            self.h2(f"6.{n}. {name}")
            self.add(_p(self.t("risk_area"), st.h3))
            self.section_text(f"profile:{prof.kind}:risk_area", self.t("no_text"))
            self.add(_p(self.t("indicators"), st.h3))
            if not prof.has_victims_table:
                self.para(self.t("no_victims_table"), st.note)
            if not prof.has_data:
                self.para(self.t("no_profile_data"), st.note)
            for section in prof.sections:
                if section.source.submissions:
                    self.profile_section(prof.kind, section)
            self.profile_counts(prof)
            self.profile_texts(prof)
            self.add(_p(self.t("measures"), st.h3))
            self.section_text(f"profile:{prof.kind}:measures", self.t("no_text"))

    def profile_counts(self, prof: RiskProfile) -> None:
        """The counts the kind reported, by year: protected ones through their tables."""
        shown = [c for c in prof.counts if c.reported]
        if not shown:
            return
        st = self.st
        years = list(prof.years)
        rows: list[list[Any]] = [[Paragraph(escape(self.t("indicator")), st.th),
                                  *[Paragraph(str(y), st.th) for y in years],
                                  Paragraph(escape(self.t("period_total")), st.th)]]
        tables: list[SuppressedTable] = []
        for c in shown:
            where = self.t("block_question", **_numbers_of(self.annex, c.field_id))
            rows.append([Paragraph(escape(f"{self.tx(c.label)} ({where})"), st.td),
                         *self.indicator_cells(prof.kind, c, tables)])
        ncol = len(years) + 1
        num_w = 22 * mm
        flow: list[Flowable] = [self.caption(self.t("reported_counts")),
                                _table(rows, [FRAME_W - num_w * ncol] + [num_w] * ncol)]
        marks = {m for t in tables for m in (Mark.PRIMARY, Mark.COMPLEMENTARY) if t.hidden(m)}
        flow += [_p(LEGEND[m].get(self.lang), st.note)
                 for m in (Mark.PRIMARY, Mark.COMPLEMENTARY) if m in marks]
        self.add(*flow, Spacer(1, 2 * mm))

    def indicator_cells(self, kind: str, c: CountIndicator,
                        tables: list[SuppressedTable]) -> list[str]:
        values = [v for _, v in c.by_year]
        if c.protect:
            table = self.tables.table(profile_count_id(kind, c.field_id))
            tables.append(table)
            self.log(profile_count_id(kind, c.field_id), 0, range(len(values) + 1))
            return [_grid_text(table, 0, j) for j in range(len(values) + 1)]
        return [_num(v) for v in [*values, sum(values)]]

    def profile_texts(self, prof: RiskProfile) -> None:
        said = [t for t in prof.texts if t.answers]
        if not said:
            return
        st = self.st
        self.add(self.caption(self.t("reported_texts")))
        for t in said:
            head = self.tx(t.label) or self.field_ref(t.field_id)
            where = self.t("block_question", **_numbers_of(self.annex, t.field_id))
            self.add(Paragraph(f"<b>{escape(head)}</b> <font color='#595959' size='7'>"
                               f"({escape(where)}; {escape(self.t('answers_n', n=t.answers))})"
                               "</font>", st.small))
            self.quotes(head, [(q, "") for q in t.quotes])
        self.add(Spacer(1, 2 * mm))

    def profile_section(self, kind: str, sec: ProfileSection) -> None:
        st, src = self.st, sec.source
        flow: list[Flowable] = [self.caption(self.tx(src.field_text).rstrip(":"))]
        flow.append(_p(
            f"{self.t('source')}: {self.field_ref(src.field_id)}; "
            f"{self.t('submissions')}: {src.submissions}; "
            f"{self.t('organisations')}: {src.organisations}; {self.t('no_data')}: "
            f"{src.no_data}", st.note))
        years = [y for y, _ in sec.by_year]
        table = self.tables.table(years_id(kind, sec))
        rows: list[list[Any]] = [
            [Paragraph(escape(self.t("total_by_year")), st.th),
             *[Paragraph(str(y), st.th) for y in years],
             Paragraph(escape(self.t("period_total")), st.th)],
            [Paragraph(escape(self.t("all")), st.td),
             *[_grid_text(table, 0, j) for j in range(len(years) + 1)]]]
        ncol = len(years) + 1
        self.log(years_id(kind, sec), 0, range(ncol))
        flow += [_table(rows, [FRAME_W - 18 * mm * ncol] + [18 * mm] * ncol),
                 *self.legend(table)]
        self.add(KeepTogether(flow))
        if self.c.published and 0 < sec.total < 10:
            self.add(_p(self.t("too_few"), st.note))
            return
        if sec.total == 0:
            return
        lines = []
        for d in sec.dimensions:
            # published: the dominant groups among the printed figures only, so that a share
            # (a printed count over a printed total) gives back nothing the tables hide
            dominant = [c for c in d.dominant
                        if share_printable(self.tables, kind, sec, c.category, d.dimension)]
            dom = (", ".join(f"{self.tx(c.label)} ({_percent(c.share)})" for c in dominant)
                   or self.t("none_dominant_published" if self.c.published
                             else "none_dominant"))
            lines.append(Paragraph(f"<b>{escape(self.tx(d.label))}</b>: {escape(dom)}",
                                   st.bullet, bulletText="•"))
        flow = [self.caption(self.t("dominant")), *lines]
        if self.c.published:
            flow.append(_p(self.t("dominant_published"), st.note))
        self.add(KeepTogether(flow))
        for tab in printed_cross_tabs(sec):
            ct = self.tables.table(cross_id(kind, sec, tab))
            rd, cd = sec.dimension(tab.rows), sec.dimension(tab.columns)
            caption = " × ".join(_short(self.tx(x.label)) for x in (rd, cd) if x is not None)
            head = [Paragraph(escape(_short(self.tx(rd.label)) if rd else ""), st.th),
                    *[Paragraph(escape(self.tx(c.label)), st.th) for c in tab.column_categories],
                    Paragraph(escape(self.t("all")), st.th)]
            rows = [head]
            for i, rc in enumerate(tab.row_categories):
                rows.append([Paragraph(escape(self.tx(rc.label)), st.td),
                             *[_grid_text(ct, i, j) for j in range(len(ct.grid[0]))]])
            last = len(ct.grid) - 1
            rows.append([Paragraph(escape(self.t("all")), st.td),
                         *[_grid_text(ct, last, j) for j in range(len(ct.grid[0]))]])
            for i in range(last + 1):
                self.log(cross_id(kind, sec, tab), i, range(len(ct.grid[0])))
            ncol = len(tab.column_categories) + 1
            first = 34 * mm
            col = (FRAME_W - first) / ncol
            self.add(KeepTogether([self.caption(caption),
                                   _table(rows, [first] + [col] * ncol, total_row=True),
                                   *self.legend(ct)]))

    # --- 7. sources ----------------------------------------------------------------------------
    def sources(self) -> None:
        st = self.st
        self.add(PageBreak())
        self.h1(f"7. {self.t('sources_cited')}")
        if not self.c.sources:
            self.para(self.t("no_sources"), st.note)
        kind = None
        for n, s in self.numbered:
            if s.kind != kind:
                kind = s.kind
                name = SOURCE_KIND_NAMES.get(kind)
                self.add(_p(self.tx(name) if name else kind, st.h3))
            parts = [p for p in (s.author, s.title, str(s.year) if s.year else "",
                                 s.reference) if p]
            self.add(Paragraph(escape(". ".join(p.rstrip(".") for p in parts)) + ".", st.bullet,
                               bulletText=f"{n}."))

    def build(self) -> list[Flowable]:
        self.transmittal_page()
        self.title_page()
        self.description()
        self.analysis()
        self.register()
        self.expert_part(4, "conclusions")
        self.expert_part(5, "recommendations")
        self.profiles()
        self.sources()
        self.appendix_part()
        return self.story


def _numbers_of(annex: Annex, field_id: str) -> dict[str, int | str]:
    """The block and question numbers of a field, for "блок 3, вопрос 1"."""
    try:
        fld = annex.field(field_id)
        return {"block": annex.block(fld.block_id).number,
                "question": annex.question(fld.question_id).number}
    except KeyError:
        return {"block": "—", "question": "—"}


def _short(label: str) -> str:
    """A dimension's label without its explanation in brackets: "Пол (мужской/женский)" ->
    "Пол"."""
    cut = label.split(" (")[0].strip()
    return cut or label


def _item_code(field_id: str) -> str:
    """``b1.q3.4`` -> ``3.4``."""
    parts = field_id.split(".")
    if len(parts) == 3 and parts[1].startswith("q"):
        return f"{parts[1][1:]}.{parts[2]}"
    return field_id


def _risk_codes(register: Sequence[RiskScore], lang: str) -> dict[str, str]:
    """Short codes for the table and the heat map: ``1.3`` for the annex's b1.q1.3, ``Э1``
    (``С1``) for the expert group's first risk."""
    codes = {}
    expert = 0
    for s in sorted(register, key=lambda s: (s.risk.source != "annex", s.risk.id)):
        if s.risk.id.startswith(EXPERT_PREFIX) or s.risk.field_id is None:
            expert += 1
            codes[s.risk.id] = f"{w('expert_short', lang)}{expert}"
        else:
            codes[s.risk.id] = _item_code(s.risk.field_id)
    return codes


@dataclass(frozen=True)
class PrintedRow:
    """A row of a protected table as the report prints it: the columns of its grid row ``i``
    in order, then the texts ``tail`` on the same line (a rate's population and rate)."""

    table: str
    i: int
    columns: tuple[int, ...]
    tail: tuple[str, ...] = ()
    label: str = ""  # set: the row is found by its name, wherever it is in its table
    # the line ends in a rate per 100,000: "—", or this text (never when ""), which with the
    # population printed beside it gives the figure back; None: no rate on the line
    rate: str | None = None


def printed_figures(annex: Annex, content: AssessmentContent, lang: str
                    ) -> tuple[PublishedTables, list[PrintedRow]]:
    """The edition's protected tables and the order the report prints their rows in — what
    an audit of a PDF reads back against (the story is laid out, no PDF is drawn)."""
    if lang not in ("kk", "ru"):
        raise ValueError(f"unknown language {lang!r} (kk or ru)")
    tables = collect(annex, content.analysis, content.profiles, content.edition)
    builder = _Builder(annex, content, lang, tables)
    builder.build()
    return tables, builder.printed


def assessment_pdf(annex: Annex, content: AssessmentContent, lang: str) -> bytes:
    """The assessment report (PDF bytes) in ``lang`` ("kk" or "ru")."""
    if lang not in ("kk", "ru"):
        raise ValueError(f"unknown language {lang!r} (kk or ru)")
    tables = collect(annex, content.analysis, content.profiles, content.edition)
    if content.published:
        exposed = tables.publication.audit(tables.marks)
        if exposed:
            raise ProtectionError(exposed, tables.publication.labels())
    builder = _Builder(annex, content, lang, tables)
    story = builder.build()
    years = content.years
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    title = f"{w('title', lang)} — {span}"
    buf = io.BytesIO()
    doc = _Doc(buf, lang, title, None if content.published else w("restricted", lang),
               title=title, subject=rules_title().get(lang),
               author=content.organisation.get(lang) if content.organisation else "",
               creator="KZTH Desktop",
               lang=lang)
    # the contents start with every heading (page numbers still unknown), so that the first
    # pass already gives them their height: two passes instead of three for a long report
    for toc in (f for f in story if isinstance(f, TableOfContents)):
        toc._entries = [(h.toc_level, h.toc_text, 999, None) for h in story
                        if isinstance(h, _Heading)]
    doc.multiBuild(list(story))
    if doc.used_pages != doc.known_pages:  # the count changed in the last pass: once more
        doc.multiBuild(list(story))
    return buf.getvalue()


__all__ = [
    "WORDS",
    "ApprovalRef",
    "AssessmentContent",
    "ReportingYear",
    "CitedRef",
    "PrintedRow",
    "assessment_pdf",
    "printed_figures",
    "bar_chart",
    "hbar_chart",
    "heat_map_drawing",
]
