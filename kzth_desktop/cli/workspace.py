"""``kzth`` commands over a workspace: init, campaign, answers import/export, validate, status.

Listed in the command table of :mod:`kzth_desktop.cli.main`. Messages are printed
in the language of ``--lang`` (default: ``$KZTH_LANG``, else Russian); ``--json`` output is
for programs. Exit status: 0 success, 1 refused or invalid, 2 usage.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.cli.common import (
    command_annex,
    date_arg,
    guarded,
    lang_option,
    open_workspace,
    passphrase_option,
    print_json,
    read_passphrase,
    warn_if_network,
    workspace_path,
    year_arg,
)
from kzth_desktop.cli.loop import add_comment
from kzth_desktop.services import (
    OrgProfile,
    RespondentService,
    StatusSummary,
    Workspace,
    parse_answers_file,
)
from kzth_desktop.services.errors import ROLE_NAMES, STATUS_NAMES, ErrorCode
from kzth_desktop.services.files import write_file
from kzth_desktop.services.workspace import current_user

# interface strings of these commands, kk and ru
TEXT: Mapping[str, LocalizedText] = {
    "created": LocalizedText(
        kk="Жұмыс кеңістігі жасалды: {path} ({role})",
        ru="Рабочая папка создана: {path} ({role})",
    ),
    "campaign_moved": LocalizedText(
        kk="{year} есепті жылы: {status} (нұсқа {version})",
        ru="Отчетный год {year}: {status} (версия {version})",
    ),
    "campaign_added": LocalizedText(
        kk="{year} есепті жылы қосылды, мерзімі: {deadline}",
        ru="Отчетный год {year} добавлен, срок: {deadline}",
    ),
    "no_deadline": LocalizedText(kk="көрсетілмеген", ru="не указан"),
    "imported": LocalizedText(
        kk="{year} жылғы жауаптар импортталды: {count} өріс, өзгергені {changed}",
        ru="Ответы за {year} год импортированы: полей {count}, изменено {changed}",
    ),
    "valid": LocalizedText(
        kk="{year} жылғы жауаптар толық және дұрыс",
        ru="Ответы за {year} год полны и верны",
    ),
    "invalid": LocalizedText(
        kk="{year} жылғы жауаптар: толтырылғаны {overall}, жауапсыз өрістер {unanswered}, "
        "ескертулер {count}:",
        ru="Ответы за {year} год: заполнено {overall}, полей без ответа {unanswered}, "
        "замечаний {count}:",
    ),
    "keys_created": LocalizedText(
        kk="Кілттер жасалды, қолтаңба кілтінің баспасы: {fingerprint}",
        ru="Ключи созданы, отпечаток ключа подписи: {fingerprint}",
    ),
    "keys_later": LocalizedText(
        kk="Кілттер әлі жасалмады: олар құпия фраза алғаш қажет болғанда жасалады",
        ru="Ключи пока не созданы: они будут созданы, когда впервые понадобится парольная фраза",
    ),
    "role": LocalizedText(kk="Рөлі", ru="Роль"),
    "organisation": LocalizedText(kk="Ұйым", ru="Организация"),
    "region": LocalizedText(kk="Өңір", ru="Регион"),
    "kinds": LocalizedText(kk="Ұйым түрлері", ru="Виды организации"),
    "contact": LocalizedText(kk="Байланыс", ru="Контакт"),
    "no_profile": LocalizedText(kk="профиль толтырылмаған", ru="профиль не заполнен"),
    "years": LocalizedText(kk="Есепті жылдар", ru="Отчетные годы"),
    "no_years": LocalizedText(kk="есепті жылдар жоқ", ru="отчетных годов нет"),
    "year_line": LocalizedText(
        kk="  {year}: {status}, {version}-нұсқа, мерзімі {deadline}, толтырылғаны "
        "{answered}/{total} ({completeness}), ескертулер {problems}",
        ru="  {year}: {status}, версия {version}, срок {deadline}, заполнено "
        "{answered} из {total} ({completeness}), замечаний {problems}",
    ),
    "moved": LocalizedText(
        kk="Жұмыс кеңістігі {target} орнына көшірілді және тексерілді: кестелер {tables}, "
        "жолдар {rows}, алынған файлдар {received}; түпнұсқа ({source}) өзгерген жоқ",
        ru="Рабочее пространство скопировано в {target} и проверено: таблиц {tables}, "
        "строк {rows}, полученных файлов {received}; исходное ({source}) не изменилось",
    ),
}


def percent(value: float) -> str:
    """A share in the kk/ru convention: "96,5 %" (a no-break space before the sign)."""
    return numbers.percent(value)


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


# --- commands ------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    annex = command_annex()
    role = args.role
    profile = OrgProfile(
        name_kk=args.org_kk or args.org or "",
        name_ru=args.org_ru or args.org or "",
        region=args.region or "",
        kinds=tuple(args.kind or ()),
        contact_person=args.contact or "",
        phone=args.phone or "",
        email=args.email or "",
    )
    passphrase = read_passphrase(args, required=False, confirm=True)
    ws = Workspace.create(workspace_path(args), role, profile, annex=annex,
                          passphrase=passphrase)
    try:
        warn_if_network(ws, args)
        print(_t("created", args.lang, path=ws.location.describe(),
                 role=ROLE_NAMES[role].get(args.lang)))
        if passphrase is None:
            print(_t("keys_later", args.lang))
        else:
            from kzth_desktop.services.keys import KeyService

            print(_t("keys_created", args.lang,
                     fingerprint=KeyService(ws).key("signing").display))
    finally:
        ws.close()
    return 0


def cmd_campaign_add(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        c = RespondentService(ws, annex).add_campaign(args.year, args.deadline)
    deadline = c.deadline.isoformat() if c.deadline else _t("no_deadline", args.lang)
    print(_t("campaign_added", args.lang, year=c.year, deadline=deadline))
    return 0


def _cmd_campaign_move(args: argparse.Namespace, ready: bool) -> int:
    """``campaign ready`` / ``campaign reopen``: the window's "Ready" and "Reopen", with the
    same rules (ready only when the answers validate) and the same audit entries."""
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        svc = RespondentService(ws, annex)
        c = (svc.mark_ready(args.year, user=args.user) if ready
             else svc.reopen(args.year, user=args.user))
    if args.json:
        print_json({"ok": True, "year": c.year, "status": c.status, "version": c.version})
    else:
        print(_t("campaign_moved", args.lang, year=c.year,
                 status=STATUS_NAMES[c.status].get(args.lang), version=c.version))
    return 0


def cmd_campaign_ready(args: argparse.Namespace) -> int:
    return _cmd_campaign_move(args, ready=True)


def cmd_campaign_reopen(args: argparse.Namespace) -> int:
    return _cmd_campaign_move(args, ready=False)


def cmd_answers_import(args: argparse.Namespace) -> int:
    annex = command_annex()
    data = parse_answers_file(args.file)
    with open_workspace(args, annex) as ws:
        result = RespondentService(ws, annex).import_answers(data, user=args.user)
    if args.json:
        print_json({"ok": True, "year": result.year, "changed": list(result.changed),
                     "unchanged": result.unchanged})
    else:
        print(_t("imported", args.lang, year=result.year,
                 count=len(result.changed) + result.unchanged, changed=len(result.changed)))
    return 0


def cmd_answers_export(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        data = RespondentService(ws, annex).export_answers(args.year)
    if args.out:  # whole or not at all; a full or read-only folder is a message
        write_file(Path(args.out),
                   (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    else:
        print_json(data)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        report = RespondentService(ws, annex).validate(args.year)
    lang = args.lang
    if args.json:
        print_json({"year": args.year, **report.to_json(annex, lang)})
    elif report.ok:
        print(_t("valid", lang, year=args.year))
    else:
        print(_t("invalid", lang, year=args.year, overall=percent(report.overall),
                 unanswered=len(report.unanswered), count=len(report.problems)))
        for p in report.problems:
            print(f"  {p.field_id}: {p.message(annex, lang)}")
    return 0 if report.ok else 1


def status_to_json(summary: StatusSummary) -> dict[str, Any]:
    p = summary.profile
    return {
        "role": summary.role,
        "profile": None if p is None else {
            "name_kk": p.name_kk, "name_ru": p.name_ru, "region": p.region,
            "kinds": list(p.kinds), "contact_person": p.contact_person, "phone": p.phone,
            "email": p.email,
        },
        "years": [
            {"year": y.year, "deadline": y.deadline.isoformat() if y.deadline else None,
             "status": y.status, "version": y.version, "answered": y.answered,
             "total": y.total, "completeness": round(y.completeness, 1),
             "problems": y.problems}
            for y in summary.years
        ],
    }


def cmd_status(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        if ws.role == "respondent":
            summary = RespondentService(ws, annex).status()
        else:
            summary = StatusSummary(ws.role, ws.profile(), ())
    if args.json:
        print_json(status_to_json(summary))
        return 0
    lang = args.lang
    print(f"{_t('role', lang)}: {ROLE_NAMES[summary.role].get(lang)}")
    p = summary.profile
    if p is None:
        print(f"{_t('organisation', lang)}: {_t('no_profile', lang)}")
    else:
        print(f"{_t('organisation', lang)}: {p.name_kk if lang == 'kk' else p.name_ru}")
        if p.region:
            try:
                region = annex.region(p.region).name.get(lang)
            except KeyError:
                region = ""
            print(f"{_t('region', lang)}: {p.region} {region}".rstrip())
        if p.kinds:
            names = []
            for k in p.kinds:
                try:
                    names.append(f"{k} ({annex.kind(k).name.get(lang)})")
                except KeyError:
                    names.append(k)
            print(f"{_t('kinds', lang)}: {'; '.join(names)}")
        contact = ", ".join(x for x in (p.contact_person, p.phone, p.email) if x)
        if contact:
            print(f"{_t('contact', lang)}: {contact}")
    if summary.role == "respondent":
        print(f"{_t('years', lang)}:" if summary.years else f"{_t('years', lang)}: "
              f"{_t('no_years', lang)}")
        for y in summary.years:
            print(_t("year_line", lang, year=y.year, status=STATUS_NAMES[y.status].get(lang),
                     version=y.version,
                     deadline=y.deadline.isoformat() if y.deadline else _t("no_deadline", lang),
                     answered=y.answered, total=y.total,
                     completeness=percent(y.completeness), problems=y.problems))
    return 0


# --- registration --------------------------------------------------------------------------------


def cmd_workspace_move(args: argparse.Namespace) -> int:
    from kzth_desktop.services.move import move_workspace

    annex = command_annex()
    with open_workspace(args, annex) as ws:
        report = move_workspace(ws, args.to)
    if args.json:
        print_json(report.to_json())
    else:
        print(_t("moved", args.lang, target=report.target, source=report.source,
                 tables=len(report.rows), rows=numbers.integer(sum(report.rows.values())),
                 received=numbers.integer(report.received)))
    return 0


def register(sub: Any) -> None:
    """Adds the workspace commands to the ``kzth`` parser's sub-commands."""
    init = sub.add_parser("init", help="create a workspace for a role")
    roles = init.add_subparsers(dest="role", required=True, metavar="ROLE")
    for role in ("respondent", "coordinator"):
        p = roles.add_parser(role, help=f"a {role} workspace")
        p.add_argument("--org", metavar="NAME",
                       help="organisation name in both languages (or --org-kk and --org-ru)")
        p.add_argument("--org-kk", metavar="NAME", help="organisation name in Kazakh")
        p.add_argument("--org-ru", metavar="NAME", help="organisation name in Russian")
        p.add_argument("--region", metavar="KZ-xx", required=role == "respondent",
                       help="region, ISO 3166-2:KZ code")
        if role == "respondent":
            p.add_argument("--kind", action="append", metavar="KIND", required=True,
                           help="kind of organisation (repeatable); see kzth annex --json")
        p.add_argument("--contact", metavar="NAME", help="contact person")
        p.add_argument("--phone", metavar="PHONE")
        p.add_argument("--email", metavar="EMAIL")
        passphrase_option(p)
        lang_option(p)
        p.set_defaults(handler=guarded(cmd_init), kind=None)

    campaign = sub.add_parser("campaign", help="reporting years (campaigns)")
    csub = campaign.add_subparsers(dest="campaign_command", required=True, metavar="ACTION")
    p = csub.add_parser("add", help="add a reporting year (without a coordinator's request)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--deadline", type=date_arg, default=None, metavar="YYYY-MM-DD")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_campaign_add))
    for name, handler, text in (
            ("ready", cmd_campaign_ready,
             "mark a year ready for export (refused unless its answers validate)"),
            ("reopen", cmd_campaign_reopen,
             "back to draft for changes (an exported year then gets the next version)")):
        p = csub.add_parser(name, help=text)
        p.add_argument("--year", type=year_arg, required=True)
        p.add_argument("--user", default=current_user(),
                       help="who is recorded in the audit trail")
        p.add_argument("--json", action="store_true", help="print the outcome as JSON")
        lang_option(p)
        p.set_defaults(handler=guarded(handler))

    answers = sub.add_parser("answers", help="import or export a canonical answers file")
    asub = answers.add_subparsers(dest="answers_command", required=True, metavar="ACTION")
    p = asub.add_parser("import", help="import FILE.json, all or nothing")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--user", default=current_user(), help="who is recorded in the audit trail")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_answers_import))
    p = asub.add_parser("export", help="print the answers of a year as JSON")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--out", metavar="FILE.json", help="write to a file instead of stdout")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_answers_export))
    add_comment(asub)

    p = sub.add_parser("validate", help="check a year's answers (exit 1 if anything is wrong)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_validate))

    ws_cmd = sub.add_parser("workspace", help="the workspace itself: move it elsewhere")
    wsub = ws_cmd.add_subparsers(dest="workspace_command", required=True, metavar="ACTION")
    p = wsub.add_parser("move", help="copy the workspace to an empty folder or database "
                                     "and verify the copy (the source stays as it is)")
    p.add_argument("--to", required=True, metavar="FOLDER|URL",
                   help="an empty or new folder, or postgresql+psycopg://… of an empty database")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_workspace_move))

    p = sub.add_parser("status", help="profile, reporting years and completeness")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_status))


__all__ = ["ErrorCode", "register", "status_to_json"]
