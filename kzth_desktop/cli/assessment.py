"""``kzth`` commands of the risk assessment: ``report assessment`` and ``assessment …``.

Registered into :mod:`kzth_desktop.cli` through its ``_EXTENSIONS`` list; ``report
assessment`` joins the ``report`` group of :mod:`kzth_desktop.cli_desk`. Exit status: 0
success, 1 refused (e.g. an invalid method, not a coordinator workspace), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.cli.common import command_annex as _annex
from kzth_desktop.cli.common import default_lang, parse_years, report_subcommands
from kzth_desktop.cli.common import guarded as _guarded
from kzth_desktop.cli.common import lang_option as _lang_option
from kzth_desktop.cli.common import open_workspace as _open
from kzth_desktop.cli.common import print_json as _print_json
from kzth_desktop.cli.desk import print_skipped, skipped_json
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.storage.models import SOURCE_KINDS

L = LocalizedText
TEXT: Mapping[str, LocalizedText] = {
    "written": L(kk="Жазылды: {path} ({edition})", ru="Записано: {path} ({edition})"),
    "published": L(kk="жарияланатын басылым", ru="публикуемое издание"),
    "restricted": L(kk="шектеулі қолжетімділік басылымы", ru="издание ограниченного доступа"),
    "method_saved": L(kk="Әдістеме сақталды", ru="Методика сохранена"),
    "score_saved": L(kk="Баға сақталды: {expert}, {risk}, {territory}: {likelihood} × {impact}",
                     ru="Оценка сохранена: {expert}, {risk}, {territory}: "
                        "{likelihood} × {impact}"),
    "risk_added": L(kk="Тәуекел қосылды: {risk}", ru="Риск добавлен: {risk}"),
    "text_saved": L(kk="Мәтін сақталды: {section} ({text_lang})",
                    ru="Текст сохранен: {section} ({text_lang})"),
    "source_added": L(kk="Дереккөз қосылды: №{position}", ru="Источник добавлен: №{position}"),
    "population_saved": L(kk="Халық саны сақталды: {region}, {year}: {population}",
                          ru="Численность сохранена: {region}, {year}: {population}"),
    "audit_ok": L(
        kk="Тексерілді: {path}. Қорғалған {figures} сан оқылды, оның {hidden} жасырын; "
           "басылымда басылғанның бәрінен бірде-бір жасырын санды есептеп шығаруға немесе "
           "қорғау аралығынан тарылтуға болмайды.",
        ru="Проверено: {path}. Прочитано защищенных чисел: {figures}, из них скрыто: "
           "{hidden}; по всему напечатанному ни одно скрытое число нельзя ни вычислить, ни "
           "сузить уже интервала защиты."),
    "audit_exposed": L(
        kk="{path} жариялауға болмайды: {count} сан ашылады. Кестелер: {tables}",
        ru="{path} публиковать нельзя: раскрывается чисел: {count}. Таблицы: {tables}"),
    "audit_table": L(
        kk="  {table}: ашық басылған шағын сандар: {printed}; есептеп шығарылатын немесе "
           "тарылатын жасырын сандар: {narrowed}",
        ru="  {table}: малых чисел напечатано открыто: {printed}; скрытых чисел, которые "
           "можно вычислить или сузить: {narrowed}"),
    "line": L(kk="{rank:>3}  {score:>3}  {level:<18} {name}",
              ru="{rank:>3}  {score:>3}  {level:<18} {name}"),
    # the expert group (issue 21)
    "expert_added": L(kk="Сараптама тобының тізіліміне енгізілді: №{id} {name} ({role})",
                      ru="Внесен в реестр экспертной группы: №{id} {name} ({role})"),
    "member": L(kk="сараптама тобының мүшесі", ru="член экспертной группы"),
    "specialist": L(kk="тартылған маман", ru="привлеченный специалист"),
    "expert_line": L(kk="№{id:<3} {role:<26} {name}; {organisation}{field}",
                     ru="№{id:<3} {role:<26} {name}; {organisation}{field}"),
    "no_experts": L(kk="Сараптама тобының тізілімі бос: kzth assessment expert add",
                    ru="Реестр экспертной группы пуст: kzth assessment expert add"),
    "ballot_written": L(kk="Бюллетень жазылды: {path} (№{expert} сарапшы, {round}-тур)",
                        ru="Бюллетень записан: {path} (эксперт №{expert}, {round}-й тур)"),
    "ballot_recorded": L(
        kk="Бюллетень қабылданды: №{expert} {name}, {round}-тур, {years}; бағаланған "
           "тәуекелдер: {scored}{replaced}",
        ru="Бюллетень принят: №{expert} {name}, {round}-й тур, {years}; оценено рисков: "
           "{scored}{replaced}"),
    "replaced": L(kk=" (осы турдағы алдыңғы жауаптары ауыстырылды)",
                  ru=" (прежние ответы этого тура заменены)"),
    "round_head": L(
        kk="{round}-тур: жауап бергендер {answered}, жауап бермегендер: {missing}; тоқтау "
           "ережесі {settled}",
        ru="Тур {round}: ответили {answered}, не ответили: {missing}; правило остановки "
           "{settled}"),
    "settled_yes": L(kk="орындалды", ru="выполнено"),
    "settled_no": L(kk="орындалмады", ru="не выполнено"),
    "round_line": L(
        kk="  {risk:<10} n={n}  ықтималдық {ml} (КАА {il}{cl})  салдары {mi} (КАА {ii}{ci})  "
           "{state}",
        ru="  {risk:<10} n={n}  вероятность {ml} (МКР {il}{cl})  последствия {mi} "
           "(МКР {ii}{ci})  {state}"),
    "consensus": L(kk="келісім", ru="согласие"),
    "stable": L(kk="тұрақты", ru="устойчиво"),
    "open": L(kk="тағы бір тур", ru="нужен еще тур"),
    "no_rounds": L(kk="Әлі ешбір тур жоқ", ru="Туров еще нет"),
    "stop_rule": L(
        kk="Тоқтау ережесі: екі шкаланың КАА ≤ {iqr} (келісім) немесе 2-турдан бастап "
           "медианалар 0,5-тен артық өзгермеген (тұрақтылық).",
        ru="Правило остановки: МКР обеих шкал ≤ {iqr} (согласие) или, со 2-го тура, медианы "
           "сдвинулись не более чем на 0,5 (устойчивость)."),
    "transmittal_saved": L(kk="Ілеспе хат сақталды", ru="Сопроводительное письмо сохранено"),
    "approval_saved": L(kk="Бекіту белгісі сақталды", ru="Гриф утверждения сохранен"),
    "gaps_head": L(kk="ескерту: {report_lang} тіліндегі есепте {count} олқылық бар (есеп "
                      "бәрібір жазылады):",
                   ru="предупреждение: в отчете на языке {report_lang} пробелов: {count} "
                      "(отчет все равно записывается):"),
    "gap_line": L(kk="ескерту: {message}", ru="предупреждение: {message}"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def _service(args: argparse.Namespace, work: Any) -> Any:
    annex = _annex()
    with _open(args, annex) as ws:
        return work(AssessmentService(ws, annex))


# --- commands ------------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    edition = Edition.RESTRICTED if args.restricted else (
        Edition.PUBLISHED if args.published else None)

    def work(svc: AssessmentService) -> tuple[Path, Edition, tuple[Any, ...], Any]:
        chosen = edition or svc.period(args.years).edition
        target = Path(args.out) if args.out else Path(default_report_name(
            args.years, args.report_lang, chosen))
        prepared = svc.prepare_report(args.years, args.report_lang, chosen)
        path = svc.write_report(target, args.years, args.report_lang, chosen, prepared)
        return path, chosen, svc.desk.skipped(svc.period(args.years).years), prepared.gaps

    path, chosen, skipped, gaps = _service(args, work)
    # what the report prints as missing or provisional: warnings, not a failure (issue 19)
    if gaps:
        print(_t("gaps_head", args.lang, report_lang=args.report_lang, count=len(gaps)),
              file=sys.stderr)
        for gap in gaps:
            print(_t("gap_line", args.lang, message=gap.message(args.lang)), file=sys.stderr)
    annex = _annex()
    if args.json:
        out: dict[str, Any] = {"ok": True, "path": str(path), "years": args.years,
                               "lang": args.report_lang, "edition": chosen.value}
        if skipped:
            out["skipped"] = skipped_json(annex, skipped, args.lang)
        out["warnings"] = [g.to_json() for g in gaps]
        _print_json(out)
    else:
        print(_t("written", args.lang, path=path, edition=_t(chosen.value, args.lang)))
        print_skipped(annex, skipped, args.lang)
    return 0


def default_report_name(years: Any, lang: str, edition: Edition) -> str:
    """``kzth-assessment-2023-2025-kk-published.pdf``: the edition in the name, so that a
    restricted file is never taken for the one to publish."""
    span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
    return f"kzth-assessment-{span}-{lang}-{edition.value}.pdf"


def cmd_audit(args: argparse.Namespace) -> int:
    audit = _service(args, lambda svc: svc.audit_report(args.file, args.years,
                                                         args.report_lang))
    lang = args.lang
    if args.json:
        labels = audit.labels
        _print_json({
            "ok": audit.ok, "path": str(args.file), "years": args.years,
            "lang": args.report_lang, "figures": audit.figures, "hidden": audit.hidden,
            "exposures": [{
                "table": e.table,
                "table_name": labels[e.table].get(lang) if e.table in labels else e.table,
                "printed_exactly": e.mark.value == "shown",
                "low": e.low, "high": e.high, "wanted": list(e.wanted)}
                for e in audit.exposures]})
        return 0 if audit.ok else 1
    if audit.ok:
        print(_t("audit_ok", lang, path=args.file, figures=audit.figures, hidden=audit.hidden))
        return 0
    print(_t("audit_exposed", lang, path=args.file, count=len(audit.exposures),
             tables="; ".join(audit.tables(lang))))
    per_table: dict[str, list[int]] = {}
    for e in audit.exposures:
        label = audit.labels.get(e.table)
        counts = per_table.setdefault(label.get(lang) if label is not None else e.table, [0, 0])
        counts[0 if e.mark.value == "shown" else 1] += 1
    for table, (printed, narrowed) in per_table.items():
        print(_t("audit_table", lang, table=table, printed=printed, narrowed=narrowed))
    return 1


def cmd_score(args: argparse.Namespace) -> int:
    def work(svc: AssessmentService) -> tuple[list[Any], Any]:
        return svc.scores(args.years, args.territory), svc.method(args.years)

    scores, method = _service(args, work)
    if args.json:
        _print_json({"years": args.years, "territory": args.territory,
                     "risks": [s.to_json() for s in scores]})
        return 0
    for s in scores:
        print(_t("line", args.lang, rank=s.rank or "—", score=s.score or "—",
                 level=s.level_label(method).get(args.lang), name=s.risk.name.get(args.lang)))
    return 0


def cmd_method(args: argparse.Namespace) -> int:
    def work(svc: AssessmentService) -> Any:
        if args.reset:
            return svc.reset_method(args.years)
        if args.set:
            try:
                data = json.loads(Path(args.set).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ServiceError(ErrorCode.FILE_UNREADABLE, path=args.set,
                                   detail=str(exc)) from exc
            return svc.set_method(args.years, data)
        return svc.method(args.years)

    method = _service(args, work)
    if (args.set or args.reset) and not args.json:
        print(_t("method_saved", args.lang))
    else:
        _print_json(method.to_json())
    return 0


def cmd_expert_score(args: argparse.Namespace) -> int:
    def work(svc: AssessmentService) -> Any:
        return svc.set_score(args.years, args.expert, args.risk, args.territory,
                             args.likelihood, args.impact, args.comment or "", args.round)

    e = _service(args, work)
    if args.json:
        _print_json({"ok": True, "expert": e.expert, "expert_id": e.expert_id,
                     "round": e.round, "risk": e.risk_id, "territory": e.territory,
                     "likelihood": e.likelihood, "impact": e.impact})
    else:
        print(_t("score_saved", args.lang, expert=e.expert, risk=e.risk_id,
                 territory=e.territory, likelihood=e.likelihood, impact=e.impact))
    return 0


def cmd_add_risk(args: argparse.Namespace) -> int:
    item = _service(args, lambda svc: svc.add_risk(args.years, args.id, args.kk, args.ru))
    print(_t("risk_added", args.lang, risk=item.id))
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ServiceError(ErrorCode.FILE_UNREADABLE, path=args.file,
                               detail=str(exc)) from exc
    _service(args, lambda svc: svc.set_text(args.years, args.section, args.text_lang, text,
                                            args.by))
    print(_t("text_saved", args.lang, section=args.section, text_lang=args.text_lang))
    return 0


def cmd_source_add(args: argparse.Namespace) -> int:
    src = _service(args, lambda svc: svc.add_source(args.years, args.title, args.author or "",
                                                    args.year, args.reference or "",
                                                    args.type, args.heading or ()))
    if args.json:
        _print_json({"id": src.id, "position": src.position, "type": src.kind,
                     "headings": list(src.headings)})
        return 0
    print(_t("source_added", args.lang, position=src.position))
    return 0


def cmd_population(args: argparse.Namespace) -> int:
    def work(svc: AssessmentService) -> Any:
        if args.region is not None:
            svc.set_population(args.region, args.year, args.population)
        return svc.population()

    figures = _service(args, work)
    if args.region is not None and not args.json:
        print(_t("population_saved", args.lang, region=args.region, year=args.year,
                 population=args.population))
        return 0
    _print_json([{"region": f.region, "year": f.year, "population": f.population}
                 for f in figures])
    return 0


def cmd_expert_add(args: argparse.Namespace) -> int:
    e = _service(args, lambda svc: svc.add_expert(args.name, args.org, args.role,
                                                  args.field or "", args.contact or ""))
    if args.json:
        _print_json({"id": e.id})
    else:
        print(_t("expert_added", args.lang, id=e.id, name=e.name, role=_t(e.role, args.lang)))
    return 0


def cmd_expert_list(args: argparse.Namespace) -> int:
    experts = _service(args, lambda svc: svc.experts())
    if args.json:
        _print_json({"members": [e.to_json() for e in experts if e.role == "member"],
                     "specialists": [e.to_json() for e in experts if e.role == "specialist"]})
        return 0
    if not experts:
        print(_t("no_experts", args.lang))
    for e in experts:
        print(_t("expert_line", args.lang, id=e.id, role=_t(e.role, args.lang), name=e.name,
                 organisation=e.organisation or "—",
                 field=f"; {e.field}" if e.field else ""))
    return 0


def cmd_ballot_export(args: argparse.Namespace) -> int:
    from kzth_desktop.services.ballots import BallotService

    def work(svc: AssessmentService) -> tuple[Path, int]:
        person = svc.expert(args.expert)
        path = BallotService(svc).write_ballot(args.out, args.years, person.id, args.round,
                                               args.ballot_lang or args.lang)
        return path, person.id

    path, expert = _service(args, work)
    if args.json:
        _print_json({"ok": True, "path": str(path), "expert": expert, "round": args.round})
    else:
        print(_t("ballot_written", args.lang, path=path, expert=expert, round=args.round))
    return 0


def cmd_ballot_import(args: argparse.Namespace) -> int:
    from kzth_desktop.services.ballots import BallotService

    receipt = _service(args, lambda svc: BallotService(svc).import_ballot(args.file))
    if args.json:
        _print_json(receipt.to_json())
    else:
        years = receipt.years
        span = f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])
        print(_t("ballot_recorded", args.lang, expert=receipt.expert.id,
                 name=receipt.expert.name, round=receipt.round, years=span,
                 scored=receipt.scored,
                 replaced=_t("replaced", args.lang) if receipt.replaced else ""))
    return 0


def _f(value: Any) -> str:
    return "—" if value is None else numbers.decimal(float(value))


def cmd_rounds(args: argparse.Namespace) -> int:
    from kzth_desktop.services.ballots import BallotService

    def work(svc: AssessmentService) -> tuple[list[Any], dict[int, str], float]:
        names = {e.id: e.name for e in svc.experts()}
        return BallotService(svc).rounds(args.years), names, svc.method(args.years).iqr_flag

    rounds, names, iqr = _service(args, work)
    if args.json:
        _print_json({"years": args.years, "stopping_rule": {
            "consensus_iqr_at_most": iqr, "stable_median_change_at_most": 0.5},
            "rounds": [{
                "round": r.number, "settled": r.settled,
                "answered": list(r.answered), "not_answered": list(r.not_answered),
                "risks": [{"risk": x.risk_id, "experts": x.experts,
                           "median_likelihood": str(x.median_likelihood),
                           "median_impact": str(x.median_impact),
                           "iqr_likelihood": str(x.iqr_likelihood),
                           "iqr_impact": str(x.iqr_impact),
                           "change_likelihood": None if x.change_likelihood is None
                           else str(x.change_likelihood),
                           "change_impact": None if x.change_impact is None
                           else str(x.change_impact),
                           "consensus": x.consensus, "stable": x.stable,
                           "settled": x.settled} for x in r.risks]} for r in rounds]})
        return 0
    print(_t("stop_rule", args.lang, iqr=numbers.decimal(iqr)))
    if not rounds:
        print(_t("no_rounds", args.lang))
    for r in rounds:
        missing = ", ".join(f"№{i} {names.get(i, '')}".strip() for i in r.not_answered) or "—"
        print(_t("round_head", args.lang, round=r.number, answered=len(r.answered),
                 missing=missing, settled=_t("settled_yes" if r.settled else "settled_no",
                                             args.lang)))
        for x in r.risks:
            state = ("consensus" if x.consensus else "stable" if x.stable else "open")
            print(_t("round_line", args.lang, risk=x.risk_id, n=x.experts,
                     ml=_f(x.median_likelihood), il=_f(x.iqr_likelihood),
                     cl="" if x.change_likelihood is None
                     else f", Δ {_f(x.change_likelihood)}",
                     mi=_f(x.median_impact), ii=_f(x.iqr_impact),
                     ci="" if x.change_impact is None else f", Δ {_f(x.change_impact)}",
                     state=_t(state, args.lang)))
    return 0


def cmd_transmittal(args: argparse.Namespace) -> int:
    def work(svc: AssessmentService) -> Any:
        if any(v is not None for v in (args.number, args.date, args.signatory, args.position)):
            held = svc.transmittal(args.years)
            return svc.set_transmittal(
                args.years, args.number if args.number is not None else held.number,
                args.date if args.date is not None else held.date,
                args.signatory if args.signatory is not None else held.signatory,
                args.position if args.position is not None else held.position)
        return None

    saved = _service(args, work)
    if saved is not None and not args.json:
        print(_t("transmittal_saved", args.lang))
        return 0
    _print_json(_service(args, lambda svc: svc.transmittal(args.years)).to_json())
    return 0


def cmd_approval(args: argparse.Namespace) -> int:
    """Shows or sets who approves the report (the title page's approval block)."""
    def work(svc: AssessmentService) -> Any:
        if any(v is not None for v in (args.name, args.position, args.date)):
            held = svc.approval(args.years)
            return svc.set_approval(
                args.years, args.name if args.name is not None else held.name,
                args.position if args.position is not None else held.position,
                args.date if args.date is not None else held.date)
        return None

    saved = _service(args, work)
    if saved is not None and not args.json:
        print(_t("approval_saved", args.lang))
        return 0
    _print_json(_service(args, lambda svc: svc.approval(args.years)).to_json())
    return 0


# --- registration --------------------------------------------------------------------------------


def _years(p: argparse.ArgumentParser) -> None:
    p.add_argument("--years", type=parse_years, required=True, metavar="Y1-Y3",
                   help="the assessment period (1-3 consecutive reporting years)")


def register(sub: Any) -> None:
    """Adds ``report assessment`` and the ``assessment`` group to the ``kzth`` parser."""
    reports = report_subcommands(sub)
    p = reports.add_parser("assessment", help="the risk assessment (rule 17) as a PDF")
    _years(p)
    p.add_argument("--lang", dest="report_lang", choices=("kk", "ru"), required=True,
                   help="language of the report")
    p.add_argument("--out", metavar="FILE.pdf",
                   help="the PDF to write (default: kzth-assessment-Y1-Y3-LANG-EDITION.pdf "
                        "here, the edition in its name)")
    editions = p.add_mutually_exclusive_group()
    editions.add_argument("--restricted", action="store_true",
                          help="exact figures, marked on every page (default: the period's "
                               "edition, published unless set)")
    editions.add_argument("--published", action="store_true",
                          help="small counts suppressed")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(handler=_guarded(cmd_report), lang=default_lang())

    p = reports.add_parser(
        "audit", help="attack a published assessment PDF as a reader would, before "
                      "publishing: exit 0 when no hidden figure can be found out")
    p.add_argument("file", type=Path, metavar="PUBLISHED.pdf")
    _years(p)
    p.add_argument("--lang", dest="report_lang", choices=("kk", "ru"), required=True,
                   help="language of the report")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.set_defaults(handler=_guarded(cmd_audit), lang=default_lang())

    group = sub.add_parser("assessment", help="the expert group's risk assessment data")
    cmds = group.add_subparsers(dest="assessment_command", required=True, metavar="ACTION")

    p = cmds.add_parser("score", help="the ranked risk register of a territory")
    _years(p)
    p.add_argument("--territory", default="KZ", help="KZ (default), KZ-xx or abroad:XX")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_score))

    p = cmds.add_parser("method", help="show, set or reset the ranking method (JSON)")
    _years(p)
    how = p.add_mutually_exclusive_group()
    how.add_argument("--set", metavar="FILE.json", help="use the method in FILE.json")
    how.add_argument("--reset", action="store_true", help="back to the default method")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_method))

    p = cmds.add_parser("expert-score", help="an expert's likelihood and impact of a risk")
    _years(p)
    p.add_argument("--expert", required=True)
    p.add_argument("--risk", required=True, help="a risk id (b1.q1.3, expert:slug)")
    p.add_argument("--territory", default="KZ")
    p.add_argument("--likelihood", type=int, required=True, choices=range(1, 6))
    p.add_argument("--impact", type=int, required=True, choices=range(1, 6))
    p.add_argument("--comment", default="")
    p.add_argument("--round", type=int, default=None,
                   help="the Delphi round (default: the round under way)")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_expert_score))

    p = cmds.add_parser("expert", help="the expert group's register (rules 4-5, 16)")
    experts = p.add_subparsers(dest="expert_command", required=True, metavar="ACTION")
    p = experts.add_parser("add", help="a member of the group or an invited specialist")
    p.add_argument("--name", required=True)
    p.add_argument("--org", required=True, help="the organisation the person represents")
    p.add_argument("--role", required=True, choices=("member", "specialist"),
                   help="member of the expert group, or specialist drawn in (rule 16)")
    p.add_argument("--field", default="", help="field of knowledge")
    p.add_argument("--contact", default="", help="phone or e-mail")
    p.add_argument("--json", action="store_true", help='print {"id": …}')
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_expert_add))
    p = experts.add_parser("list", help="the register: members, then specialists")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_expert_list))

    p = cmds.add_parser("ballot", help="Delphi rounds: a ballot workbook per expert")
    ballots = p.add_subparsers(dest="ballot_command", required=True, metavar="ACTION")
    p = ballots.add_parser("export", help="one expert's ballot of a round (.xlsx)")
    _years(p)
    p.add_argument("--expert", required=True, help="the expert's register number (or name)")
    p.add_argument("--round", type=int, required=True)
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--ballot-lang", choices=("kk", "ru"), default=None,
                   help="language of the ballot (default: --lang)")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_ballot_export))
    p = ballots.add_parser("import", help="a returned ballot: checked, then recorded")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_ballot_import))

    p = cmds.add_parser("rounds", help="per Delphi round: medians, IQR, convergence, "
                                       "who has not answered")
    _years(p)
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_rounds))

    p = cmds.add_parser("transmittal", help="the covering letter to the working body of the "
                                            "Interdepartmental Commission (rule 18)")
    _years(p)
    p.add_argument("--number", default=None, help="the outgoing number")
    p.add_argument("--date", default=None, help="YYYY-MM-DD")
    p.add_argument("--signatory", default=None, help="who signs")
    p.add_argument("--position", default=None, help="the signatory's position")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_transmittal))

    p = cmds.add_parser("approval", help="who approves the report: the approval block of "
                                         "the title page")
    _years(p)
    p.add_argument("--name", default=None, help="who approves (name, initials)")
    p.add_argument("--position", default=None, help="the position of who approves")
    p.add_argument("--date", default=None, help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_approval))

    p = cmds.add_parser("add-risk", help="a risk the expert group adds to the register")
    _years(p)
    p.add_argument("--id", required=True, help="a short id (the risk becomes expert:ID)")
    p.add_argument("--kk", required=True, help="the name in Kazakh")
    p.add_argument("--ru", required=True, help="the name in Russian")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_add_risk))

    p = cmds.add_parser("text", help="the expert group's text of a section (HTML or plain)")
    _years(p)
    p.add_argument("--section", required=True,
                   help="analysis:1..9, conclusions, recommendations, "
                        "profile:KIND:risk_area, profile:KIND:measures")
    p.add_argument("--text-lang", choices=("kk", "ru"), required=True)
    p.add_argument("--file", required=True, help="the text (UTF-8), - for standard input")
    p.add_argument("--by", default=None, help="the registered person who wrote it")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_text))

    p = cmds.add_parser("source", help="sources cited (rules 10, 15)")
    srcs = p.add_subparsers(dest="source_command", required=True, metavar="ACTION")
    p = srcs.add_parser("add", help="a source at the end of the list")
    _years(p)
    p.add_argument("--title", required=True)
    p.add_argument("--author", default="", help="author or organisation")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--reference", default="", help="URL or bibliographic reference")
    p.add_argument("--type", required=True, choices=SOURCE_KINDS,
                   help="the kind of information (rule 8)")
    p.add_argument("--heading", type=int, action="append", default=None, metavar="N",
                   help="an analysis heading (1-9, rule 14) that cites it; repeatable")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_source_add))

    p = cmds.add_parser("population",
                        help="the population table (rates per 100,000): list, or set one figure")
    p.add_argument("--region", default=None, help="KZ-xx")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--population", type=int, default=None,
                   help="inhabitants (omit to remove the figure)")
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(_population_args(cmd_population)))


def _population_args(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        if args.region is not None and args.year is None:
            print("kzth: --region needs --year", file=sys.stderr)
            return 2
        return int(handler(args))

    return run


__all__ = ["register"]
