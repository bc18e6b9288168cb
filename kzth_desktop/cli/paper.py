"""``kzth paper …``: offices on paper, keyed twice at the coordinator (issue 18).

``paper enter`` stores one operator's keying of a paper form from an answers file (the
canonical format); ``paper discrepancies`` lists the fields two keyings differ on;
``paper resolve`` sets the value read on the paper for one of them; ``paper offices`` lists
the offices registered on paper. The design is in :mod:`kzth_desktop.services.paper`.

Exit status: 0 success, 1 refused (a kk/ru message, never a traceback), 2 usage.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.annex.problems import short_text
from kzth_desktop.cli.common import (
    command_annex,
    guarded,
    lang_option,
    open_workspace,
    print_json,
    year_arg,
)
from kzth_desktop.services.paper import SINGLE, SUBMITTED, PaperFormState, PaperService
from kzth_desktop.services.respondent import parse_answers_file

L = LocalizedText
TEXT: Mapping[str, LocalizedText] = {
    "keyed": L(kk="№{office} кеңсе «{org}», {year} жыл: {number}-енгізу сақталды ({keyer})",
               ru="Организация №{office} «{org}», {year} год: ввод {number} сохранён ({keyer})"),
    "await_second": L(kk="Екінші енгізуді басқа оператор жасайды (--office {office})",
                      ru="Второй ввод делает другой оператор (--office {office})"),
    "open": L(kk="Айырмашылықтар: {count}; оларды қағазбен салыстырып шешіңіз: kzth paper "
                 "resolve --year {year} --office {office} --field … --value … --keyer …",
              ru="Расхождений: {count}; разрешите их, сверяясь с бумагой: kzth paper resolve "
                 "--year {year} --office {office} --field … --value … --keyer …"),
    "submitted": L(kk="Бланк тексерілді: жауап ретінде қабылданды (қағаз нұсқадан енгізілді, "
                      "{mode}; операторлар: {keyers})",
                   ru="Бланк сверен: принят как ответ (введено с бумажного бланка, {mode}; "
                      "операторы: {keyers})"),
    "single": L(kk="бір рет енгізу", ru="однократный ввод"),
    "double": L(kk="қос енгізу", ru="двойной ввод"),
    "no_differences": L(kk="Айырмашылықтар жоқ", ru="Расхождений нет"),
    "difference": L(kk="  {field} «{text}»: 1) {first}  2) {second}{resolved}",
                    ru="  {field} «{text}»: 1) {first}  2) {second}{resolved}"),
    "resolved": L(kk="  → {value} ({keyer})", ru="  → {value} ({keyer})"),
    "no_offices": L(kk="Қағаз нұсқада жауап беретін кеңселер тіркелмеген",
                    ru="Организаций, отвечающих на бумажном бланке, не зарегистрировано"),
    "left": L(kk="Шешілмегені: {count}", ru="Не разрешено: {count}"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return numbers.number(value)
    if isinstance(value, str):
        return value
    import json

    return json.dumps(value, ensure_ascii=False)


def _print_state(annex: Annex, state: PaperFormState, lang: str) -> None:
    office = state.office
    if state.state == SUBMITTED:
        print(_t("submitted", lang, mode=_t(state.mode, lang), keyers=", ".join(state.keyers)))
        return
    if state.mode != SINGLE and len(state.keyings) < 2:
        print(_t("await_second", lang, office=office.id))
        return
    if state.open:
        print(_t("open", lang, count=numbers.integer(len(state.open)), year=state.year,
                 office=office.id))


def _json(state: PaperFormState, **extra: Any) -> dict[str, Any]:
    o = state.office.organisation
    return {"office": state.office.id, "name_kk": o.name_kk, "name_ru": o.name_ru,
            "region": o.region, "kinds": list(o.kinds), **state.to_json(), **extra}


def cmd_enter(args: argparse.Namespace) -> int:
    annex = command_annex()
    data = parse_answers_file(args.answers)
    with open_workspace(args, annex) as ws:
        service = PaperService(ws, annex)
        if args.office is not None:
            office_id = args.office
        else:  # a new office (or the one registered under these names): ProfileError
            office_id = service.register_office(args.org_kk or "", args.org_ru or "",
                                                args.region or "", args.kind).id
        made = service.enter_file(args.year, office_id, data, args.keyer, single=args.single)
    state, lang = made.form, args.lang
    if args.json:
        print_json(_json(state, keying=made.number, submitted=made.submitted))
        return 0
    print(_t("keyed", lang, office=state.office.id, org=state.office.name(lang),
             year=state.year, number=made.number, keyer=state.keyings[-1].keyer))
    _print_state(annex, state, lang)
    return 0


def cmd_discrepancies(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        state = PaperService(ws, annex).discrepancies(args.year, args.office)
    lang = args.lang
    if args.json:
        print_json(_json(state))
        return 0
    if not state.discrepancies:
        print(_t("no_differences", lang))
    for d in state.discrepancies:
        resolved = _t("resolved", lang, value=_shown(d.value), keyer=d.keyer) \
            if d.resolved else ""
        print(_t("difference", lang, field=d.field_id,
                 text=short_text(annex.field(d.field_id).text.get(lang), 60),
                 first=_shown(d.first), second=_shown(d.second), resolved=resolved))
    print(_t("left", lang, count=numbers.integer(len(state.open))))
    _print_state(annex, state, lang)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        service = PaperService(ws, annex)
        value = service.parse_value(args.field, args.value)
        state = service.resolve(args.year, args.office, args.field, value, args.keyer)
    lang = args.lang
    if args.json:
        print_json(_json(state))
        return 0
    print(_t("left", lang, count=numbers.integer(len(state.open))))
    _print_state(annex, state, lang)
    return 0


def cmd_offices(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        service = PaperService(ws, annex)
        offices = service.offices()
        forms = service.forms()
    lang = args.lang
    if args.json:
        print_json({"offices": [{**o.to_json(), "forms": [
            {"year": f.year, "state": f.state, "mode": f.mode, "keyers": list(f.keyers),
             "open": len(f.open)} for f in forms if f.office.id == o.id]} for o in offices]})
        return 0
    if not offices:
        print(_t("no_offices", lang))
    for o in offices:
        print(f"{o.id}\t{o.organisation.region}\t{o.name(lang)}\t{', '.join(o.organisation.kinds)}")
    return 0


def register(sub: Any) -> None:
    """Adds ``kzth paper enter|discrepancies|resolve|offices`` to the parser."""
    paper = sub.add_parser("paper", help="offices on paper: keyed entry, double keying")
    group = paper.add_subparsers(dest="paper_command", required=True, metavar="ACTION")

    p = group.add_parser("enter", help="one operator's keying of a paper form")
    p.add_argument("--year", type=year_arg, required=True)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--office", type=int, metavar="ID", help="an office registered on paper")
    who.add_argument("--org-kk", metavar="NAME", help="a new office: its name in Kazakh")
    p.add_argument("--org-ru", metavar="NAME", help="the office's name in Russian")
    p.add_argument("--region", metavar="KZ-xx")
    p.add_argument("--kind", action="append", metavar="KIND", default=[])
    p.add_argument("--answers", required=True, metavar="FILE.json",
                   help='the keyed form: {"reporting_year": Y, "answers": {...}}')
    p.add_argument("--keyer", required=True, metavar="NAME", help="the operator keying it")
    p.add_argument("--single", action="store_true",
                   help="single keying (where the ministry decides so): a submission at once")
    p.add_argument("--json", action="store_true", help='{"office": ID, "state", …}')
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_enter))

    p = group.add_parser("discrepancies", help="the fields two keyings differ on")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--office", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_discrepancies))

    p = group.add_parser("resolve", help="the value read on the paper for one difference")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--office", type=int, required=True, metavar="ID")
    p.add_argument("--field", required=True, metavar="FIELD_ID")
    p.add_argument("--value", required=True, metavar="V",
                   help='canonical JSON (12, {"answer": "yes", "details": "…"}, '
                   '{"no_data": "…"}), or for a text field the text')
    p.add_argument("--keyer", required=True, metavar="NAME")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_resolve))

    p = group.add_parser("offices", help="the offices registered on paper, their forms")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_offices))


__all__ = ["register"]
