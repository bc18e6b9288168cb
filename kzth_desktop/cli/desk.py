"""``kzth`` commands of the coordinator's desk: aggregate, completeness, quality, report xlsx.

Listed in the command table of :mod:`kzth_desktop.cli.main`. ``--json`` output is
for programs (``aggregate --json`` is DESIGN §9's public shape). Exit status: 0 success,
1 refused (e.g. not a coordinator workspace), 2 usage.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.analysis.completeness import STATUS_NAMES, CellStatus
from kzth_desktop.analysis.quality import SEVERITY_NAMES, Finding
from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.cli.common import (
    command_annex,
    date_arg,
    guarded,
    lang_option,
    open_workspace,
    parse_years,
    print_json,
    report_subcommands,
    year_arg,
)
from kzth_desktop.services.desk import Desk

L = LocalizedText
TEXT: Mapping[str, LocalizedText] = {
    "submissions": L(kk="{year} жыл: {count} есеп", ru="{year} год: отчетов {count}"),
    "yes_no": L(kk="иә {yes}, жоқ {no}, деректер жоқ {no_data}",
                ru="да {yes}, нет {no}, нет данных {no_data}"),
    "no_numbers": L(kk="сандар жоқ", ru="чисел нет"),
    "sum_note": L(kk="(барлығы = есептер қосындысы, қайталап есептелуі мүмкін; түрлер бойынша "
                     "жақшада)",
                  ru="(итого = сумма отчетов, возможен двойной счет; по видам в скобках)"),
    "completeness": L(
        kk="{year} жыл, мерзімі {deadline}: күтілгені {expected}, мерзімінде {on_time}, "
           "кешіккені {late}, келмегені {missing}, күтілуде {pending}",
        ru="{year} год, срок {deadline}: ожидалось {expected}, в срок {on_time}, "
           "с опозданием {late}, не поступило {missing}, ожидается {pending}",
    ),
    "no_deadline": L(kk="көрсетілмеген", ru="не указан"),
    "late_line": L(kk="  кешіккен: {region} — {org} ({days} күн)",
                   ru="  с опозданием: {region} — {org} ({days} дн.)"),
    "reminders": L(kk="Еске салу керек:", ru="Напомнить:"),
    "quality": L(kk="{years} жыл(дар): ескертулер {count}", ru="{years}: замечаний {count}"),
    "no_data_group": L(kk="  «{reason}»: {count}", ru="  «{reason}»: {count}"),
    "no_data_head": L(kk="«Деректер жоқ» себептері:", ru="Причины «нет данных»:"),
    "written": L(kk="Жазылды: {path}", ru="Записано: {path}"),
    "skipped": L(kk="Рұқсат етілген шектен тыс мәндері үшін есептерге қосылмаған мәліметтер "
                    "({count}):",
                 ru="Не включены в отчеты из-за значений вне допустимых пределов ({count}):"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def _desk(args: argparse.Namespace) -> tuple[Annex, Desk]:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        desk = Desk.from_workspace(ws, annex)
    return annex, desk


def _kind(annex: Annex, key: str, lang: str) -> str:
    names = []
    for k in key.split("+"):
        try:
            names.append(annex.kind(k).name.get(lang))
        except KeyError:
            names.append(k)
    return " + ".join(names)


def _region(annex: Annex, code: str, lang: str) -> str:
    try:
        return annex.region(code).name.get(lang)
    except KeyError:
        return code


def _number(v: object) -> str:
    if isinstance(v, float):
        return numbers.decimal(v, 2)
    return "—" if v is None else numbers.number(v)


def skipped_json(annex: Annex, findings: tuple[Finding, ...], lang: str) -> list[Any]:
    """The submissions left out, as the ``"skipped"`` list of the commands' JSON output."""
    return [f.to_json(annex, lang) for f in findings]


def print_skipped(annex: Annex, findings: tuple[Finding, ...], lang: str) -> None:
    """Lists the submissions left out of what was just made (nothing if none was)."""
    if not findings:
        return
    print(_t("skipped", lang, count=len({f.submission_id for f in findings})))
    for f in findings:
        print(f"  {f.year} {_region(annex, f.region, lang)}: {f.message(annex, lang)}")


def cmd_aggregate(args: argparse.Namespace) -> int:
    annex, desk = _desk(args)
    agg = desk.aggregate_year(args.year)
    skipped = desk.skipped([args.year])
    if args.json:
        out = agg.to_json()
        if skipped:
            out["skipped"] = skipped_json(annex, skipped, args.lang)
        print_json(out)
        return 0
    lang = args.lang
    print(_t("submissions", lang, year=agg.year, count=agg.submissions))
    if agg.numeric:
        print(_t("sum_note", lang))
    for fid in agg.field_order:
        n = agg.numeric.get(fid)
        if n is not None:
            kinds = "; ".join(f"{k} {_number(v)}" for k, v in n.by_kind.items())
            print(f"  {fid}: {_number(n.total)}" + (f"  ({kinds})" if kinds else ""))
            continue
        yn = agg.yes_no.get(fid)
        if yn is not None:
            print(f"  {fid}: " + _t("yes_no", lang, **yn.counts.to_json()))
            continue
        v = agg.victims.get(fid)
        if v is not None:
            kinds = "; ".join(f"{k} {n}" for k, n in v.by_kind.items())
            print(f"  {fid}: {_number(v.total)}" + (f"  ({kinds})" if kinds else ""))
    print_skipped(annex, skipped, lang)
    return 0


def cmd_completeness(args: argparse.Namespace) -> int:
    annex, desk = _desk(args)
    m = desk.completeness(args.year, args.as_of)

    def whom(region: str, kind: str) -> list[Any]:  # the offices to remind, with contacts
        return [o for o in desk.contacts if o.region == region and kind in o.kinds]

    if args.json:
        data = m.to_json()
        for r, shown in zip(m.reminders, data["reminders"], strict=True):
            shown["offices"] = [{"name_kk": o.name_kk, "name_ru": o.name_ru,
                                 "contact_person": o.contact_person, "phone": o.phone,
                                 "email": o.email, "on_paper": o.on_paper}
                                for o in whom(r.region, r.kind)]
        print_json(data)
        return 0
    lang = args.lang
    counts = m.counts()
    deadline = m.deadline.isoformat() if m.deadline else _t("no_deadline", lang)
    print(_t("completeness", lang, year=m.year, deadline=deadline, **counts))
    for s in m.submissions:
        if s.status is CellStatus.LATE:
            print(_t("late_line", lang, region=_region(annex, s.region, lang), org=s.name(lang),
                     days=s.days_late))
    if m.reminders:
        print(_t("reminders", lang))
        for r in m.reminders:
            status = CellStatus.MISSING if r.overdue else CellStatus.PENDING
            print(f"  {_region(annex, r.region, lang)} — {_kind(annex, r.kind, lang)}: "
                  f"{STATUS_NAMES[status].get(lang)}")
            for o in whom(r.region, r.kind):
                contact = ", ".join(x for x in (o.contact_person, o.phone, o.email) if x)
                print(f"      {o.name(lang)}" + (f" ({contact})" if contact else ""))
    return 0


def cmd_quality(args: argparse.Namespace) -> int:
    annex, desk = _desk(args)
    report = desk.quality(args.years)
    lang = args.lang
    if args.json:
        print_json(report.to_json(annex, lang))
        return 0
    span = ", ".join(str(y) for y in report.years)
    print(_t("quality", lang, years=span, count=len(report.findings)))
    for f in report.findings:
        print(f"  [{SEVERITY_NAMES[f.severity].get(lang)}] {f.year} "
              f"{_region(annex, f.region, lang)} — {f.name(lang)}: {f.message(annex, lang)}")
    if report.no_data:
        print(_t("no_data_head", lang))
        for g in report.no_data:
            print(_t("no_data_group", lang, reason=g.reason or "—", count=g.count))
    return 0


def cmd_report_xlsx(args: argparse.Namespace) -> int:
    annex, desk = _desk(args)
    path = desk.write_workbook(Path(args.out), args.years, args.lang, args.as_of)
    skipped = desk.skipped(args.years)
    if getattr(args, "json", False):
        out: dict[str, Any] = {"ok": True, "path": str(path), "years": args.years}
        if skipped:
            out["skipped"] = skipped_json(annex, skipped, args.lang)
        print_json(out)
    else:
        print(_t("written", args.lang, path=path))
        print_skipped(annex, skipped, args.lang)
    return 0


# --- registration --------------------------------------------------------------------------------


def register(sub: Any) -> None:
    """Adds the coordinator's desk commands to the ``kzth`` parser's sub-commands."""
    p = sub.add_parser("aggregate", help="aggregates of a reporting year (coordinator)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--json", action="store_true",
                   help='{"year","submissions","fields":{id:{"total","by_region","by_kind"}}}')
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_aggregate))

    p = sub.add_parser("completeness",
                       help="who was expected, who answered on time, late, or not at all")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--as-of", type=date_arg, default=None, metavar="YYYY-MM-DD",
                   help="judge the deadline on this day (default: today)")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_completeness))

    p = sub.add_parser("quality", help="quality findings: missing blocks, rules, outliers")
    years = p.add_mutually_exclusive_group(required=True)
    years.add_argument("--year", type=year_arg, dest="one_year")
    years.add_argument("--years", type=parse_years, metavar="Y1-Y3")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(_with_years(cmd_quality)))

    reports = report_subcommands(sub)
    p = reports.add_parser("xlsx", help="the analysts' Excel workbook")
    p.add_argument("--years", type=parse_years, required=True, metavar="Y1-Y3")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--as-of", type=date_arg, default=None, metavar="YYYY-MM-DD",
                   help="judge deadlines on this day (default: today)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_report_xlsx))


def _with_years(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        if getattr(args, "one_year", None) is not None:
            args.years = [args.one_year]
        return int(handler(args))

    return run


__all__ = ["print_skipped", "register", "skipped_json"]
