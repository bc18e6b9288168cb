"""``kzth`` commands for the files that travel: keys, signers, requests, bundles, submissions.

Listed in the command table of :mod:`kzth_desktop.cli.main`. The key
passphrase comes from ``--passphrase-file``, else ``$KZTH_PASSPHRASE``, else a prompt on a
terminal. Exit status: 0 success, 1 refused (or, for ``bundle import``, any file rejected).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.annex.upgrades import earlier_definition
from kzth_desktop.cli.common import (
    command_annex,
    date_arg,
    guarded,
    lang_option,
    open_workspace,
    passphrase_option,
    print_json,
    read_passphrase,
    year_arg,
)
from kzth_desktop.cli.loop import add_return, review_name
from kzth_desktop.exchange.reasons import ImportResult
from kzth_desktop.services.bundle_export import ExchangeService, write_file
from kzth_desktop.services.bundle_import import ImportOutcome
from kzth_desktop.services.coordination import (
    CoordinationService,
    HeldSubmission,
    SignerInfo,
    SubmissionFate,
)
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.loop import LoopService
from kzth_desktop.services.workspace import current_user

NEW_PASSPHRASE_ENV = "KZTH_NEW_PASSPHRASE"

TEXT: Mapping[str, LocalizedText] = {
    "registration_written": LocalizedText(
        kk="Тіркеу файлы жазылды: {path}\nКілттің баспасы: {fingerprint}\nОны үйлестірушіге "
        "телефон арқылы оқып беріңіз.",
        ru="Файл регистрации записан: {path}\nОтпечаток ключа: {fingerprint}\nПродиктуйте его "
        "координатору по телефону.",
    ),
    "key_line": LocalizedText(kk="{purpose}: {fingerprint}", ru="{purpose}: {fingerprint}"),
    "purpose_signing": LocalizedText(kk="Қолтаңба кілті (Ed25519)",
                                     ru="Ключ подписи (Ed25519)"),
    "purpose_encryption": LocalizedText(kk="Шифрлау кілті (X25519)",
                                        ru="Ключ шифрования (X25519)"),
    "no_keys": LocalizedText(kk="Кілттер әлі жасалмаған", ru="Ключи ещё не созданы"),
    "passphrase_changed": LocalizedText(kk="Құпия фраза өзгертілді",
                                        ru="Парольная фраза изменена"),
    "new_prompt": LocalizedText(kk="Жаңа құпия фраза: ", ru="Новая парольная фраза: "),
    "keys_replaced": LocalizedText(
        kk="Жаңа кілттер жасалды, бұрынғылары жарамсыз: {fingerprint}. Жаңа тіркеу файлын "
        "(респондент) немесе жаңа сұрауды (үйлестіруші) жіберіңіз.",
        ru="Созданы новые ключи, прежние выведены из употребления: {fingerprint}. Отправьте "
        "новый файл регистрации (респондент) или новый запрос (координатор).",
    ),
    "confirm_replace": LocalizedText(
        kk="Бұрынғы кілттер бұдан былай қолданылмайды. Жалғастыру керек пе? (иә/жоқ) ",
        ru="Прежние ключи больше не будут использоваться. Продолжить? (да/нет) ",
    ),
    "registration": LocalizedText(
        kk="Ұйым: {org}\nӨңір: {region}\nТүрлері: {kinds}\nБайланыс: {contact}\n"
        "Кілттің баспасы: {fingerprint}",
        ru="Организация: {org}\nРегион: {region}\nВиды: {kinds}\nКонтакт: {contact}\n"
        "Отпечаток ключа: {fingerprint}",
    ),
    "other_keys": LocalizedText(
        kk="Бұл ұйымның басқа кілттері: {keys}", ru="Другие ключи этой организации: {keys}"),
    "confirm_signer": LocalizedText(
        kk="Баспаны респондент телефонмен оқып берген баспамен салыстырыңыз. Сәйкес пе? "
        "(иә/жоқ) ",
        ru="Сверьте отпечаток с тем, что респондент продиктовал по телефону. Совпадает? "
        "(да/нет) ",
    ),
    "confirm_needed": LocalizedText(
        kk="растау қажет: баспаны тексеріп, --yes параметрімен қайталаңыз",
        ru="нужно подтверждение: сверьте отпечаток и повторите с параметром --yes",
    ),
    "not_confirmed": LocalizedText(kk="Расталмады, ештеңе өзгертілмеді",
                                   ru="Не подтверждено, ничего не изменено"),
    "signer_added": LocalizedText(kk="Кілт тіркелді: {org} ({fingerprint})",
                                  ru="Ключ зарегистрирован: {org} ({fingerprint})"),
    "signer_known": LocalizedText(kk="Кілт бұрын тіркелген: {org} ({fingerprint})",
                                  ru="Ключ уже зарегистрирован: {org} ({fingerprint})"),
    "still_quarantined": LocalizedText(
        kk="Карантинде осы кілттің {count} файлы күтіп тұр; оларды «kzth bundle release» "
        "қабылдайды",
        ru="В карантине ждут файлы этого ключа: {count}; их примет «kzth bundle release»",
    ),
    "signer_line": LocalizedText(
        kk="{fingerprint}  {region}  {org}  [{state}]",
        ru="{fingerprint}  {region}  {org}  [{state}]",
    ),
    "active": LocalizedText(kk="белсенді", ru="действует"),
    "revoked": LocalizedText(kk="кері қайтарылған {at}", ru="отозван {at}"),
    "no_signers": LocalizedText(kk="Тіркелген кілттер жоқ", ru="Зарегистрированных ключей нет"),
    "signer_revoked": LocalizedText(kk="Кілт кері қайтарылды: {org} ({fingerprint})",
                                    ru="Ключ отозван: {org} ({fingerprint})"),
    "bad_expected": LocalizedText(
        kk="kzth: күтілетін респондент «{item}» түсініксіз: ӨҢІР:ТҮРІ түрінде жазыңыз "
        "(мысалы, KZ-10:akimat; kzth annex --json өңірлер мен түрлерді көрсетеді)",
        ru="kzth: ожидаемый респондент «{item}» не распознан: укажите РЕГИОН:ВИД "
        "(например, KZ-10:akimat; регионы и виды показывает kzth annex --json)",
    ),
    "request_written": LocalizedText(
        kk="{year} жылға сұрау жазылды: {path}\nМерзімі: {deadline}\nҮйлестірушінің кілті: "
        "{fingerprint}",
        ru="Запрос за {year} год записан: {path}\nСрок: {deadline}\nКлюч координатора: "
        "{fingerprint}",
    ),
    "request_imported": LocalizedText(
        kk="Сұрау импортталды: {year} есепті жыл, мерзімі {deadline}\nҮйлестіруші: {org} "
        "({fingerprint})",
        ru="Запрос импортирован: отчетный год {year}, срок {deadline}\nКоординатор: {org} "
        "({fingerprint})",
    ),
    "bundle_written": LocalizedText(
        kk="{year} жылғы жауаптар пакеті, {version}-нұсқа:",
        ru="Пакет ответов за {year} год, версия {version}:",
    ),
    "summary": LocalizedText(
        kk="Барлығы {total}: қабылданды {accepted}, ауыстырылды {superseded}, көшірме "
        "{duplicate}, карантинде {quarantined}, қабылданбады {rejected}",
        ru="Всего {total}: принято {accepted}, с заменой {superseded}, дубликатов {duplicate}, "
        "в карантине {quarantined}, отклонено {rejected}",
    ),
    "submission_line": LocalizedText(
        kk="{year}  {region}  {org}  {version}-нұсқа  [{status}]  {answers} жауап",
        ru="{year}  {region}  {org}  версия {version}  [{status}]  ответов: {answers}",
    ),
    "current": LocalizedText(kk="ағымдағы", ru="текущая"),
    "superseded": LocalizedText(kk="ауыстырылған", ru="заменена"),
    "no_submissions": LocalizedText(kk="Жауаптар әлі алынбаған", ru="Ответов ещё не получено"),
    "withdrawn": LocalizedText(kk="кері алынған", ru="отозвана"),
    "suspect_mark": LocalizedText(kk="  ! күдікті: кілті кері қайтарылған",
                                  ru="  ! сомнительная: ключ отозван"),
    "paper_mark": LocalizedText(kk="  (қағаз нұсқадан енгізілді: {keyers})",
                                ru="  (введено с бумажного бланка: {keyers})"),
    "looks_like": LocalizedText(
        kk="Назар аударыңыз: бұл атау тіркелген «{org}» ({region}, {fingerprint}) атауына "
        "ұқсайды (ұқсас әріптер); кілт сол ұйымның кілті ретінде тіркеледі, оның тарихы "
        "жалғасады",
        ru="Внимание: название похоже на зарегистрированное «{org}» ({region}, {fingerprint}) "
        "(похожие буквы); ключ будет зарегистрирован как ключ той же организации, её история "
        "продолжится",
    ),
    "fate_needed": LocalizedText(
        kk="kzth: кілттің жауаптарымен не істеу керегін көрсетіңіз: --submissions "
        "keep|withdraw|suspect",
        ru="kzth: укажите, что делать с ответами ключа: --submissions keep|withdraw|suspect",
    ),
    "ask_fate": LocalizedText(
        kk="Кілттің жауаптары: keep — есептеледі, withdraw — кері алынады, suspect — "
        "есептеледі, күдікті деп белгіленеді. Таңдаңыз: ",
        ru="Ответы ключа: keep — учитываются, withdraw — отзываются, suspect — учитываются с "
        "пометкой «сомнительные». Выберите: ",
    ),
    "fate_done": LocalizedText(
        kk="Жауаптар: {fate}", ru="Ответы: {fate}"),
    "fate_keep": LocalizedText(kk="есептеледі", ru="учитываются"),
    "fate_withdraw": LocalizedText(kk="кері алынды", ru="отозваны"),
    "fate_suspect": LocalizedText(kk="күдікті деп белгіленді", ru="помечены как сомнительные"),
    "submission_withdrawn": LocalizedText(
        kk="Кері алынды: «{org}», {year} жыл, {version}-нұсқа. Себебі: {reason}",
        ru="Отозвано: «{org}», {year} год, версия {version}. Причина: {reason}",
    ),
    "withdraw_year_required": LocalizedText(
        kk="kzth: --signer немесе --office үшін --year көрсетіңіз",
        ru="kzth: с --signer или --office укажите --year"),
    "submission_restored": LocalizedText(
        kk="Енді ағымдағысы: {version}-нұсқа", ru="Теперь текущая: версия {version}"),
}
YES = {"y", "yes", "д", "да", "и", "иә", "ия"}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def _ask(question: str) -> bool:
    try:
        return input(question).strip().casefold() in YES
    except EOFError:
        return False


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _org(org: Any, lang: str) -> str:
    return str(org.name_kk if lang == "kk" else org.name_ru)


def _result_mark(result: ImportResult) -> str:
    return {ImportResult.ACCEPTED: "+", ImportResult.SUPERSEDED: "+",
            ImportResult.DUPLICATE: "=", ImportResult.QUARANTINED: "?",
            ImportResult.REJECTED: "x"}[result]


def _print_outcomes(outcomes: tuple[ImportOutcome, ...], lang: str) -> None:
    for o in outcomes:
        print(f"{_result_mark(o.result)} {o.file}: {o.message(lang)}")


# --- keys ----------------------------------------------------------------------------------------


def cmd_keys_registration(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args, confirm=True)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        svc = ExchangeService(ws, annex)
        path = svc.export_registration(args.out, passphrase)
        fingerprint = svc.fingerprint()
    print(_t("registration_written", args.lang, path=path, fingerprint=fingerprint))
    return 0


def cmd_keys_fingerprint(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        keys = KeyService(ws).keys()
    if args.json:
        print_json({"keys": [{"purpose": k.purpose, "algorithm": k.algorithm,
                               "fingerprint": k.display, "sha256": k.fingerprint,
                               "created_at": k.created_at.isoformat()} for k in keys]})
        return 0 if keys else 1
    if not keys:
        print(_t("no_keys", args.lang))
        return 1
    for k in keys:
        print(_t("key_line", args.lang, purpose=_t(f"purpose_{k.purpose}", args.lang),
                 fingerprint=k.display))
    return 0


def cmd_keys_passphrase(args: argparse.Namespace) -> int:
    annex = command_annex()
    old = read_passphrase(args)
    new = read_passphrase(args, option="new_passphrase_file", env=NEW_PASSPHRASE_ENV,
                          confirm=True)
    assert old is not None and new is not None
    with open_workspace(args, annex) as ws:
        KeyService(ws).change_passphrase(old, new)
    print(_t("passphrase_changed", args.lang))
    return 0


def cmd_keys_new(args: argparse.Namespace) -> int:
    annex = command_annex()
    if not args.yes:
        if not _interactive():
            print(f"kzth: {_t('confirm_needed', args.lang)}", file=sys.stderr)
            return 1
        if not _ask(_t("confirm_replace", args.lang)):
            print(_t("not_confirmed", args.lang))
            return 1
    passphrase = read_passphrase(args, confirm=True)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        keys = KeyService(ws).replace_keys(passphrase)
    signing = next(k for k in keys if k.purpose == "signing")
    print(_t("keys_replaced", args.lang, fingerprint=signing.display))
    return 0


# --- signers -------------------------------------------------------------------------------------


def _signer_json(s: SignerInfo) -> dict[str, Any]:
    o = s.organisation
    return {"fingerprint": s.display, "sha256": s.fingerprint, "name_kk": o.name_kk,
            "name_ru": o.name_ru, "region": o.region, "kinds": list(o.kinds),
            "contact_person": o.contact_person, "phone": o.phone, "email": o.email,
            "registered_at": s.registered_at.isoformat(),
            "approved_at": s.approved_at.isoformat(),
            "revoked_at": s.revoked_at.isoformat() if s.revoked_at else None}


def cmd_signers_add(args: argparse.Namespace) -> int:
    annex = command_annex()
    lang = args.lang
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ServiceError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=str(exc)) from exc
    with open_workspace(args, annex) as ws:
        svc = CoordinationService(ws, annex)
        preview = svc.preview_registration(data, name=str(path))
        o = preview.organisation
        contact = ", ".join(x for x in (o.contact_person, o.phone, o.email) if x) or "—"
        print(_t("registration", lang, org=_org(o, lang), region=o.region,
                 kinds=", ".join(o.kinds), contact=contact, fingerprint=preview.display))
        for alike in preview.looks_like:
            print(_t("looks_like", lang, org=_org(alike.organisation, lang),
                     region=alike.organisation.region, fingerprint=alike.display))
        if preview.same_organisation:
            print(_t("other_keys", lang, keys="; ".join(
                f"{s.display} ({'+' if s.active else '-'})" for s in preview.same_organisation)))
        if not args.yes:
            if not _interactive():
                print(f"kzth: {_t('confirm_needed', lang)}", file=sys.stderr)
                return 1
            if not _ask(_t("confirm_signer", lang)):
                print(_t("not_confirmed", lang))
                return 1
        passphrase = read_passphrase(args, required=False)
        added = svc.add_signer(data, passphrase=passphrase, name=str(path))
    key = "signer_known" if added.already_registered else "signer_added"
    print(_t(key, lang, org=_org(added.signer.organisation, lang),
             fingerprint=added.signer.display))
    _print_outcomes(added.released, lang)
    if added.still_quarantined:
        print(_t("still_quarantined", lang, count=added.still_quarantined))
    return 0


def cmd_signers_list(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        signers = CoordinationService(ws, annex).signers()
    if args.json:
        print_json({"signers": [_signer_json(s) for s in signers]})
        return 0
    lang = args.lang
    if not signers:
        print(_t("no_signers", lang))
    for s in signers:
        state = _t("active", lang) if s.active else _t(
            "revoked", lang, at=s.revoked_at.replace(microsecond=0).isoformat()
            if s.revoked_at else "")
        print(_t("signer_line", lang, fingerprint=s.display, region=s.organisation.region,
                 org=_org(s.organisation, lang), state=state))
    return 0


def cmd_signers_revoke(args: argparse.Namespace) -> int:
    """``--submissions`` is required (asked on a terminal): keeping the figures of a stolen
    key and withdrawing those of a key merely lost are both harmful, so no choice is made for
    the coordinator."""
    annex = command_annex()
    lang = args.lang
    fate = args.submissions
    if fate is None:
        if not _interactive():
            print(_t("fate_needed", lang), file=sys.stderr)
            return 2
        answer = ""
        with contextlib.suppress(EOFError):
            answer = input(_t("ask_fate", lang)).strip().casefold()
        if answer not in {f.value for f in SubmissionFate}:
            print(_t("not_confirmed", lang))
            return 1
        fate = answer
    with open_workspace(args, annex) as ws:
        signer = CoordinationService(ws, annex).revoke_signer(
            " ".join(args.fingerprint), fate, reason=args.reason or "")
    print(_t("signer_revoked", lang, org=_org(signer.organisation, lang),
             fingerprint=signer.display))
    print(_t("fate_done", lang, fate=_t(f"fate_{fate}", lang)))
    return 0


# --- requests ------------------------------------------------------------------------------------


def cmd_request_create(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    expected = []
    for item in args.expect or ():
        region, _, kind = item.partition(":")
        known_region = any(r.code == region for r in annex.regions)
        known_kind = any(k.id == kind for k in annex.kinds)
        if not (known_region and known_kind):
            print(_t("bad_expected", args.lang, item=item), file=sys.stderr)
            return 2
        expected.append((region, kind))
    with open_workspace(args, annex) as ws:
        issued = CoordinationService(ws, annex).create_request(
            args.year, passphrase, deadline=args.deadline, expected=expected)
    out = Path(args.out)
    write_file(out, issued.data)
    print(_t("request_written", args.lang, year=issued.info.reporting_year, path=out,
             deadline=issued.info.deadline.isoformat(),
             fingerprint=issued.info.display_fingerprint))
    return 0


def cmd_request_import(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        result = ExchangeService(ws, annex).import_request_file(
            args.file, accept_new_coordinator=args.new_coordinator)
    r = result.request
    org = r.coordinator_name_kk if args.lang == "kk" else r.coordinator_name_ru
    if getattr(args, "json", False):
        print_json({"ok": True, "year": r.reporting_year, "deadline": r.deadline.isoformat(),
                     "request_id": r.request_id, "coordinator": org,
                     "fingerprint": r.display_fingerprint,
                     "new_coordinator": result.new_coordinator})
        return 0
    print(_t("request_imported", args.lang, year=r.reporting_year,
             deadline=r.deadline.isoformat(), org=org, fingerprint=r.display_fingerprint))
    return 0


# --- bundles -------------------------------------------------------------------------------------


def cmd_bundle_export(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        export = ExchangeService(ws, annex).export_bundle(args.year, args.out, passphrase,
                                                          user=args.user)
    print(_t("bundle_written", args.lang, year=export.year, version=export.version),
          file=sys.stderr)
    print(export.path)
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        report = CoordinationService(ws, annex).import_paths(args.paths, passphrase)
    lang = args.lang
    if args.json:
        print_json(report.to_json(lang))
    else:
        _print_outcomes(report.outcomes, lang)
        print(_t("summary", lang, total=len(report.outcomes),
                 **{r.value: len(report.of(r)) for r in ImportResult}))
    return 0 if report.ok else 1


def cmd_bundle_release(args: argparse.Namespace) -> int:
    annex = command_annex()
    passphrase = read_passphrase(args)
    assert passphrase is not None
    with open_workspace(args, annex) as ws:
        outcomes = CoordinationService(ws, annex).release_quarantined(passphrase)
    _print_outcomes(outcomes, args.lang)
    return 0 if all(o.result is not ImportResult.REJECTED for o in outcomes) else 1


def _held_json(h: HeldSubmission) -> dict[str, Any]:
    return {"id": h.id, "fingerprint": h.signer_fingerprint, "name_kk": h.organisation.name_kk,
            "name_ru": h.organisation.name_ru, "region": h.organisation.region,
            "kinds": list(h.organisation.kinds), "year": h.reporting_year,
            "version": h.version, "status": h.status, "suspect": h.suspect,
            "withdrawn_at": h.withdrawn_at.isoformat() if h.withdrawn_at else None,
            "withdrawn_reason": h.withdrawn_reason or None,
            "annex_version": h.annex_version, "definition_revision": h.revision,
            "earlier_answers": [{"field": e.field_id, "question": e.question_id,
                                 "revision": e.revision, "value": e.value,
                                 "split_into": list(e.split_into)} for e in h.earlier],
            "created_at": h.created_at.isoformat(), "imported_at": h.imported_at.isoformat(),
            "file_sha256": h.file_sha256 or None, "source": h.source,
            "keyers": list(h.keyers), "answers": dict(h.answers),
            "audit_summary": dict(h.audit_summary)}


def cmd_submissions(args: argparse.Namespace) -> int:
    annex = command_annex()
    with open_workspace(args, annex) as ws:
        coordination = CoordinationService(ws, annex)
        held = coordination.submissions(args.year, include_superseded=args.all)
        decided = {d.submission.id: d for d in LoopService(coordination).decisions(args.year)}
    lang = args.lang
    if args.json:
        print_json({"submissions": [
            {**_held_json(h), "review": decided[h.id].review,
             "returned_notes": list(decided[h.id].notes),
             "corrections": list(decided[h.id].corrections),
             "changed": list(decided[h.id].changed)} for h in held]})
        return 0
    if not held:
        print(_t("no_submissions", lang))
    for h in held:
        line = _t("submission_line", lang, year=h.reporting_year, region=h.organisation.region,
                  org=_org(h.organisation, lang), version=h.version,
                  status=_t(h.status, lang), answers=len(h.answers))
        review = decided[h.id].review
        line += "" if review == "accepted" else f"  [{review_name(review, lang)}]"
        earlier = h.earlier_definition(annex.version.revision)
        if earlier is not None:  # shown for what it is
            line += f" ({earlier_definition(earlier, lang)})"
        if h.from_paper:
            line += _t("paper_mark", lang, keyers=", ".join(h.keyers))
        print(line + (_t("suspect_mark", lang) if h.suspect else ""))
    return 0


def cmd_submissions_withdraw(args: argparse.Namespace) -> int:
    annex = command_annex()
    lang = args.lang
    if args.submission is None and args.withdraw_year is None:
        print(_t("withdraw_year_required", lang), file=sys.stderr)
        return 2
    with open_workspace(args, annex) as ws:
        service = CoordinationService(ws, annex)
        if args.submission is not None:  # a paper submission has no key (issue 19)
            done = service.withdraw_held(args.submission, args.reason, user=args.user)
        elif args.office is not None:
            done = service.withdraw_office(args.withdraw_year, args.office, args.reason,
                                           user=args.user)
        else:
            done = service.withdraw_submission(args.withdraw_year, args.signer, args.reason,
                                               user=args.user)
    w = done.withdrawn
    if args.json:
        print_json({"withdrawn": _held_json(w),
                    "restored": _held_json(done.restored) if done.restored else None})
        return 0
    print(_t("submission_withdrawn", lang, org=_org(w.organisation, lang),
             year=w.reporting_year, version=w.version, reason=w.withdrawn_reason))
    if done.restored is not None:
        print(_t("submission_restored", lang, version=done.restored.version))
    return 0


# --- registration --------------------------------------------------------------------------------


def register(sub: Any) -> None:
    """Adds the exchange commands to the ``kzth`` parser's sub-commands."""
    keys = sub.add_parser("keys", help="this workspace's keys")
    ksub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    p = ksub.add_parser("registration", help="write the registration file (respondent)")
    p.add_argument("--out", required=True, metavar="FILE.kzkey")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_keys_registration))
    p = ksub.add_parser("fingerprint", help="show the key fingerprints, to read by phone")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_keys_fingerprint))
    p = ksub.add_parser("passphrase", help="change the key passphrase")
    passphrase_option(p)
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help=f"the new passphrase (else ${NEW_PASSPHRASE_ENV}, else a prompt)")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_keys_passphrase))
    p = ksub.add_parser("new", help="replace lost keys by new ones (then register again)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_keys_new))

    signers = sub.add_parser("signers", help="respondents' registered keys (coordinator)")
    ssub = signers.add_subparsers(dest="signers_command", required=True, metavar="ACTION")
    p = ssub.add_parser("add", help="register a key from a .kzkey file after the phone check")
    p.add_argument("file", metavar="FILE.kzkey")
    p.add_argument("--yes", action="store_true",
                   help="the fingerprint was confirmed: do not ask")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_signers_add))
    p = ssub.add_parser("list", help="registered keys")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_signers_list))
    p = ssub.add_parser("revoke", help="revoke a key: its bundles are refused from now on")
    p.add_argument("fingerprint", nargs="+", metavar="FINGERPRINT")
    p.add_argument("--submissions", choices=[f.value for f in SubmissionFate], default=None,
                   help="what becomes of the key's submissions: keep (still counted), "
                   "withdraw (no longer counted), suspect (counted, flagged); required "
                   "(asked on a terminal)")
    p.add_argument("--reason", default="", help="recorded in the audit of its submissions")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_signers_revoke))

    request = sub.add_parser("request", help="the yearly data request")
    rsub = request.add_subparsers(dest="request_command", required=True, metavar="ACTION")
    p = rsub.add_parser("create", help="create and sign a request (coordinator)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--deadline", type=date_arg, default=None, metavar="YYYY-MM-DD",
                   help="default: one month after today (rule 9)")
    p.add_argument("--out", required=True, metavar="FILE.kzreq")
    p.add_argument("--expect", action="append", metavar="KZ-xx:KIND",
                   help="an expected respondent (repeatable); default: every region x the "
                   "regional kinds")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_request_create))
    p = rsub.add_parser("import", help="import the coordinator's request (respondent)")
    p.add_argument("file", metavar="FILE.kzreq")
    p.add_argument("--new-coordinator", action="store_true",
                   help="accept a request signed by another coordinator key (after the "
                   "phone check)")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_request_import))

    bundle = sub.add_parser("bundle", help="signed, encrypted bundles of answers")
    bsub = bundle.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    p = bsub.add_parser("export", help="write the bundle of a year (respondent)")
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--user", default=current_user(), help="who is recorded in the audit trail")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_bundle_export))
    p = bsub.add_parser("import", help="import bundle files or folders (coordinator)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_bundle_import))
    p = bsub.add_parser("release", help="import quarantined bundles whose key is now "
                        "registered")
    passphrase_option(p)
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_bundle_release))

    p = sub.add_parser("submissions", help="the submissions held (coordinator)")
    p.add_argument("--year", type=year_arg, default=None)
    p.add_argument("--all", action="store_true", help="superseded and withdrawn versions too")
    p.add_argument("--json", action="store_true")
    lang_option(p)
    p.set_defaults(handler=guarded(cmd_submissions))
    subsub = p.add_subparsers(dest="submissions_command", required=False, metavar="ACTION")
    w = subsub.add_parser("withdraw", help="withdraw the current submission of a year and key "
                          "(it no longer counts; the reason is audited)")
    w.add_argument("--year", dest="withdraw_year", type=year_arg, default=None,
                   help="the reporting year (with --signer or --office)")
    which = w.add_mutually_exclusive_group(required=True)
    which.add_argument("--signer", metavar="FINGERPRINT", help="the key that sent it")
    which.add_argument("--office", type=int, metavar="ID",
                       help="an office on paper (kzth paper offices): its paper submission")
    which.add_argument("--submission", type=int, metavar="ID",
                       help="the submission's number (kzth submissions --json: \"id\")")
    w.add_argument("--reason", required=True)
    w.add_argument("--user", default=current_user(), help="who is recorded in the audit trail")
    w.add_argument("--json", action="store_true")
    lang_option(w)
    w.set_defaults(handler=guarded(cmd_submissions_withdraw))
    add_return(subsub)


__all__ = ["register"]
