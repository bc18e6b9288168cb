"""``kzth`` commands of the loop back to the offices (issue 17): ``receive`` (any file from the
coordinator), ``submissions return`` and ``answers comment`` (a return for correction and the
office's word on it), ``results export|list|pdf`` (rule 19).

Exit status: 0 success, 1 refused.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.cli.common import (
    command_annex,
    date_arg,
    guarded,
    lang_option,
    open_workspace,
    parse_years,
    passphrase_option,
    print_json,
    read_passphrase,
    year_arg,
)
from kzth_desktop.exchange import crypto
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.errors import REVIEW_NAMES
from kzth_desktop.services.files import write_file
from kzth_desktop.services.loop import LoopService
from kzth_desktop.services.office_mail import OfficeMail
from kzth_desktop.services.results import ResultsService
from kzth_desktop.services.workspace import current_user

TEXT: Mapping[str, LocalizedText] = {
    "received_request": LocalizedText(
        kk="Сұрау алынды: {year} есепті жыл", ru="Получен запрос: отчетный год {year}"),
    "received_return": LocalizedText(
        kk="{year} жылғы жауаптар түзетуге қайтарылды: {notes} ескерту. Ескертулерді "
        "«kzth validate --year {year}» көрсетеді; түзетілген жауаптар {version}-нұсқа болып "
        "жіберіледі.",
        ru="Ответы за {year} год возвращены на доработку: замечаний {notes}. Замечания "
        "показывает «kzth validate --year {year}»; исправленные ответы уйдут версией {version}.",
    ),
    "received_results": LocalizedText(
        kk="{first}–{last} жылдардағы тәуекелдерді бағалау нәтижелері алынды",
        ru="Получены результаты оценки рисков за {first}–{last} годы"),
    "already": LocalizedText(
        kk="Бұл файл бұрын алынған, ештеңе өзгермеді",
        ru="Этот файл уже был получен, ничего не изменено"),
    "return_written": LocalizedText(
        kk="Түзетуге қайтару жазылды: {path}\n«{org}», {year} жыл, {version}-нұсқа; "
        "ескертулер: {notes}",
        ru="Возврат на доработку записан: {path}\n«{org}», {year} год, версия {version}; "
        "замечаний: {notes}",
    ),
    "commented": LocalizedText(
        kk="Түсініктеме сақталды ({count} ескерту); ол келесі пакетпен жіберіледі",
        ru="Комментарий сохранен (замечаний: {count}); он уйдет со следующим пакетом"),
    "results_written": LocalizedText(
        kk="Нәтижелер пакеті жазылды: {path} ({first}–{last} жж., жарияланатын басылым)",
        ru="Пакет результатов записан: {path} ({first}–{last} гг., публикуемое издание)"),
    "results_line": LocalizedText(
        kk="{first}–{last}  алынды {received}  {coordinator}{meeting}  [{id}]",
        ru="{first}–{last}  получено {received}  {coordinator}{meeting}  [{id}]"),
    "meeting": LocalizedText(kk=", комиссия отырысы {date}", ru=", заседание комиссии {date}"),
    "no_results": LocalizedText(kk="Нәтижелер әлі алынбаған",
                                ru="Результаты еще не получены"),
    "pdf_written": LocalizedText(kk="Жарияланатын басылым жазылды: {path}",
                                 ru="Публикуемое издание записано: {path}"),
    "notes_needed": LocalizedText(
        kk="kzth: әр --field үшін бір --note жазыңыз",
        ru="kzth: для каждого --field укажите один --note"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


# --- the office ----------------------------------------------------------------------------------


def cmd_receive(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        got = OfficeMail(ws, annex).receive_file(args.file,
                                                 accept_new_coordinator=args.new_coordinator)
    lang = args.lang
    if args.json:
        print_json({"ok": True, "kind": got.kind, "already": got.already,
                    "years": list(got.years), "id": got.doc_id, "notes": got.notes,
                    "version": got.version})
        return 0
    if got.kind == "request":
        print(_t("received_request", lang, year=got.years[0]))
    elif got.kind == "return":
        print(_t("received_return", lang, year=got.years[0], notes=got.notes,
                 version=got.version))
    else:
        print(_t("received_results", lang, first=got.years[0], last=got.years[1]))
    if got.already:
        print(_t("already", lang))
    return 0


def cmd_answers_comment(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        count = OfficeMail(ws, annex).comment(args.year, args.field, args.text, user=args.user)
    print(_t("commented", args.lang, count=count))
    return 0


def cmd_results_list(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        mail = OfficeMail(ws, annex)
        listed = mail.results()
        kinds = list(ws.profile().kinds) if ws.profile() is not None else []  # type: ignore[union-attr]
        docs = {r.results_id: mail.results_doc(r.results_id) for r in listed}
    lang = args.lang
    if args.json:
        out = []
        for r in listed:
            doc = docs[r.results_id]
            own = [p for p in doc.profiles if p.kind in kinds]
            others = [p for p in doc.profiles if p.kind not in kinds]
            out.append({
                "id": r.results_id, "first_year": r.first_year, "last_year": r.last_year,
                "created_at": r.created_at.isoformat(), "received_at": r.received_at.isoformat(),
                "meeting_date": r.meeting_date.isoformat() if r.meeting_date else None,
                "decision": r.decision or None, "edition": "published",
                "coordinator": r.coordinator.name_kk if lang == "kk" else r.coordinator.name_ru,
                "sha256": r.sha256, "recommendations": doc.recommendations[lang],
                "profiles": [{"kind": p.kind, "own": p.kind in kinds,
                              "risk_area": p.risk_area[lang], "measures": p.measures[lang]}
                             for p in own + others]})
        print_json({"results": out})
        return 0
    if not listed:
        print(_t("no_results", lang))
    for r in listed:
        meeting = _t("meeting", lang, date=r.meeting_date.isoformat()) if r.meeting_date else ""
        print(_t("results_line", lang, first=r.first_year, last=r.last_year,
                 received=r.received_at.date().isoformat(), meeting=meeting, id=r.results_id,
                 coordinator=r.coordinator.name_kk if lang == "kk" else r.coordinator.name_ru))
    return 0


def cmd_results_pdf(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        doc = OfficeMail(ws, annex).results_doc(args.id)
    assert doc.pdfs is not None
    out = Path(args.out)
    write_file(out, doc.pdfs[args.report_lang])
    print(_t("pdf_written", args.lang, path=out))
    return 0


# --- the coordinator -----------------------------------------------------------------------------


def cmd_submissions_return(args: argparse.Namespace) -> int:
    fields, texts = args.field or [], args.note or []
    if len(fields) != len(texts):
        print(_t("notes_needed", args.lang), file=sys.stderr)
        return 2
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        made = LoopService(CoordinationService(ws, annex)).return_submission(
            args.return_year, args.signer, list(zip(fields, texts, strict=True)), passphrase,
            user=args.user)
    out = Path(args.out) if args.out else Path(made.file_name)
    write_file(out, made.data)
    s = made.submission
    if args.json:
        print_json({"ok": True, "path": str(out), "return_id": made.return_id,
                    "year": s.reporting_year, "version": s.version,
                    "fingerprint": crypto.display_fingerprint(s.signer_fingerprint),
                    "notes": [{"field": n.field_id, "note": n.note} for n in made.notes]})
        return 0
    org = s.organisation.name_kk if args.lang == "kk" else s.organisation.name_ru
    print(_t("return_written", args.lang, path=out, org=org, year=s.reporting_year,
             version=s.version, notes=len(made.notes)))
    return 0


def cmd_results_export(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        results_id, data = ResultsService(AssessmentService(ws, annex)).export(
            args.years, passphrase, meeting_date=args.meeting_date, decision=args.decision,
            user=args.user)
    first, last = min(args.years), max(args.years)
    out = Path(args.out) if args.out else Path(f"kzth-results-{first}-{last}.kzres")
    write_file(out, data)
    if args.json:
        print_json({"ok": True, "path": str(out), "id": results_id, "years": [first, last],
                    "edition": "published"})
        return 0
    print(_t("results_written", args.lang, path=out, first=first, last=last))
    return 0


def review_name(review: str, lang: str) -> str:
    return REVIEW_NAMES[review].get(lang)


# --- registration --------------------------------------------------------------------------------


def register(sub: Any) -> None:
    """Adds ``receive`` and ``results``; ``submissions return`` and ``answers comment`` are
    added to their groups by :func:`add_return` and :func:`add_comment`."""
    p = sub.add_parser("receive", help="take in a file from the coordinator: a data request, "
                       "a return for correction or the results (respondent)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--new-coordinator", action="store_true",
                   help="accept a request signed by another coordinator key (after the phone "
                   "check)")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_receive))

    results = sub.add_parser("results", help="the risk assessment's results for the subjects "
                             "(rule 19)")
    rsub = results.add_subparsers(dest="results_command", required=True, metavar="ACTION")
    p = rsub.add_parser("export", help="sign the results package (coordinator): the published "
                        "edition kk and ru, recommendations, each kind's profile")
    p.add_argument("--years", type=parse_years, required=True, metavar="Y1-Y3")
    p.add_argument("--out", metavar="FILE.kzres", default=None)
    p.add_argument("--meeting-date", type=date_arg, default=None, metavar="YYYY-MM-DD",
                   help="the interministerial commission's meeting")
    p.add_argument("--decision", default="", help="the commission's decision")
    p.add_argument("--user", default=current_user(), help="who is recorded")
    p.add_argument("--json", action="store_true")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_results_export))
    p = rsub.add_parser("list", help="the results received (respondent)")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_results_list))
    p = rsub.add_parser("pdf", help="write the published edition of received results")
    p.add_argument("--id", required=True)
    p.add_argument("--report-lang", choices=("kk", "ru"), default="ru", dest="report_lang")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_results_pdf))


def add_return(subsub: Any) -> None:
    r = subsub.add_parser("return", help="return the current submission of a year and key "
                          "for correction, with a note on each field (coordinator)")
    r.add_argument("--year", dest="return_year", type=year_arg, required=True)
    r.add_argument("--signer", required=True, metavar="FINGERPRINT")
    r.add_argument("--field", action="append", metavar="FIELD_ID", help="repeatable")
    r.add_argument("--note", action="append", metavar="TEXT", help="one per --field")
    r.add_argument("--out", metavar="FILE.kzret", default=None)
    r.add_argument("--user", default=current_user(), help="who is recorded")
    r.add_argument("--json", action="store_true")
    passphrase_option(r)
    lang_option(r)
    r.set_defaults(handler=guarded(cmd_submissions_return))


def add_comment(asub: Any) -> None:
    p = asub.add_parser("comment", help="answer the coordinator's note on a field with a "
                        "comment (it travels in the next bundle)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--field", required=True, metavar="FIELD_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--user", default=current_user(), help="who is recorded in the audit trail")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_answers_comment))


__all__ = ["add_comment", "add_return", "register", "review_name"]
