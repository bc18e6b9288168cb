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

    def work(svc: AssessmentService) -> tuple[Path, Edition, tuple[Any, ...]]:
        chosen = edition or svc.period(args.years).edition
        target = Path(args.out) if args.out else Path(default_report_name(
            args.years, args.report_lang, chosen))
        path = svc.write_report(target, args.years, args.report_lang, chosen)
        return path, chosen, svc.desk.skipped(svc.period(args.years).years)

    path, chosen, skipped = _service(args, work)
    annex = _annex()
    if args.json:
        out: dict[str, Any] = {"ok": True, "path": str(path), "years": args.years,
                               "lang": args.report_lang, "edition": chosen.value}
        if skipped:
            out["skipped"] = skipped_json(annex, skipped, args.lang)
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
                             args.likelihood, args.impact, args.comment or "")

    e = _service(args, work)
    if args.json:
        _print_json({"ok": True, "expert": e.expert, "risk": e.risk_id,
                     "territory": e.territory, "likelihood": e.likelihood, "impact": e.impact})
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
    _service(args, lambda svc: svc.set_text(args.years, args.section, args.text_lang, text))
    print(_t("text_saved", args.lang, section=args.section, text_lang=args.text_lang))
    return 0


def cmd_source_add(args: argparse.Namespace) -> int:
    src = _service(args, lambda svc: svc.add_source(args.years, args.title, args.author or "",
                                                    args.year, args.reference or ""))
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
    p.add_argument("--json", action="store_true")
    _lang_option(p)
    p.set_defaults(handler=_guarded(cmd_expert_score))

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
