"""What the command groups share: the annex and workspace they open, options, output, refusals."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import math
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex import Annex, AnnexDefinitionError, load_default_annex
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.logfile import current_log
from kzth_desktop.paths import default_workspace
from kzth_desktop.services import ServiceError, Workspace
from kzth_desktop.services.errors import ErrorCode

LANG_ENV = "KZTH_LANG"
PASSPHRASE_ENV = "KZTH_PASSPHRASE"
UNEXPECTED_EXIT = 3  # a fault of the program (its traceback is in the log), not a refusal
log = logging.getLogger(__name__)

# the passphrase prompts, kk and ru
TEXT: Mapping[str, LocalizedText] = {
    "passphrase_prompt": LocalizedText(kk="Кілттердің құпия фразасы: ",
                                       ru="Парольная фраза ключей: "),
    "passphrase_again": LocalizedText(kk="Құпия фразаны қайталаңыз: ",
                                      ru="Повторите парольную фразу: "),
    "passphrase_differs": LocalizedText(kk="екі фраза сәйкес емес", ru="фразы не совпадают"),
    "unexpected": LocalizedText(
        kk="күтпеген қате ({kind}): бағдарлама мұны күтпеген. Толығы журналда: {path} — "
           "бұл файлды бағдарламаны қолдайтындарға жіберіңіз.",
        ru="непредвиденная ошибка ({kind}): программа этого не ожидала. Подробности в "
           "журнале: {path} — отправьте этот файл тем, кто поддерживает программу."),
    "unexpected_no_log": LocalizedText(
        kk="күтпеген қате ({kind}): бағдарлама мұны күтпеген. Журнал жазылмады; төмендегі "
           "мәтінді бағдарламаны қолдайтындарға жіберіңіз.",
        ru="непредвиденная ошибка ({kind}): программа этого не ожидала. Журнал не ведётся; "
           "отправьте текст ниже тем, кто поддерживает программу."),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def default_lang() -> str:
    lang = os.environ.get(LANG_ENV, "ru")
    return lang if lang in ("kk", "ru") else "ru"


def command_annex() -> Annex:
    """The annex the commands use (tests may replace this function)."""
    return load_default_annex()


def _json_safe(value: Any) -> Any:
    """Values JSON can carry: a non-finite number becomes null, a text with bytes that are not
    UTF-8 (a file name) keeps them as ``\\xNN``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")
    if isinstance(value, Mapping):
        return {str(_json_safe(k)): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    return value


def print_json(data: Any) -> None:
    """Always valid JSON (RFC 8259: no NaN or Infinity), written at once."""
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str, allow_nan=False)
    except (ValueError, UnicodeEncodeError):
        text = json.dumps(_json_safe(data), ensure_ascii=False, indent=2, default=str,
                          allow_nan=False)
    try:
        sys.stdout.write(text + "\n")
    except UnicodeEncodeError:
        text = json.dumps(_json_safe(data), ensure_ascii=True, indent=2, default=str,
                          allow_nan=False)
        sys.stdout.write(text + "\n")


def workspace_path(args: argparse.Namespace) -> str | Path:
    if args.workspace:
        text = str(args.workspace)
        return text if "://" in text else Path(text)
    return default_workspace()


def refused(exc: ServiceError, args: argparse.Namespace) -> int:
    lang = args.lang
    if getattr(args, "json", False):
        print_json({"ok": False, "error": exc.to_json(lang)})
    print(f"kzth: {exc.message(lang)}", file=sys.stderr)
    for line in exc.details(lang):
        print(f"  {line}", file=sys.stderr)
    return 1


def command_name(args: argparse.Namespace) -> str:
    """``bundle import``: the command and its sub-commands (never the other arguments)."""
    words = [str(args.command)] if getattr(args, "command", None) else []
    words += [v for k, v in vars(args).items()
              if (k.endswith("_command") or k == "role") and isinstance(v, str)]
    return " ".join(words)


def unexpected(exc: Exception, args: argparse.Namespace) -> int:
    """An error nobody foresaw (a fault of the program): its traceback goes to the log, the
    user is told in kk/ru which file to send; only when there is no log is the traceback
    printed (so that it is not lost)."""
    log.error("unexpected error in 'kzth %s'", command_name(args), exc_info=exc)
    lang = getattr(args, "lang", None)
    lang = lang if lang in ("kk", "ru") else default_lang()
    path = current_log()
    kind = type(exc).__name__
    text = (_t("unexpected", lang, kind=kind, path=path) if path is not None
            else _t("unexpected_no_log", lang, kind=kind))
    if getattr(args, "json", False):
        print_json({"ok": False, "error": {
            "code": "unexpected_error", "params": {"kind": kind, "log": str(path or "")},
            "message": text, "details": []}})
    print(f"kzth: {text}", file=sys.stderr)
    if path is None:
        traceback.print_exception(exc, file=sys.stderr)
    return UNEXPECTED_EXIT


def guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """The command with its refusals (ServiceError) said in kk/ru, exit status 1, and any
    other error logged with its traceback (:func:`unexpected`), exit status 3. A broken pipe
    and a broken annex are left to ``main()``, which has always answered them."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ServiceError as exc:
            return refused(exc, args)
        except (BrokenPipeError, AnnexDefinitionError):
            raise
        except Exception as exc:  # noqa: BLE001 - logged, and the user told where
            return unexpected(exc, args)

    run.__doc__ = handler.__doc__
    return run


def year_arg(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def read_passphrase(args: argparse.Namespace, *, option: str = "passphrase_file",
                    env: str = PASSPHRASE_ENV, required: bool = True,
                    confirm: bool = False) -> str | None:
    """The passphrase from ``--passphrase-file``, else ``$KZTH_PASSPHRASE``, else a prompt on
    a terminal (twice when ``confirm``). None (not required) or PASSPHRASE_REQUIRED if none."""
    path = getattr(args, option, None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise ServiceError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=str(exc)) from exc
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        lang = args.lang
        first = getpass.getpass(_t("passphrase_prompt", lang))
        if confirm and getpass.getpass(_t("passphrase_again", lang)) != first:
            print(f"kzth: {_t('passphrase_differs', lang)}", file=sys.stderr)
            raise SystemExit(1)
        return first
    if required:
        raise ServiceError(ErrorCode.PASSPHRASE_REQUIRED)
    return None


def passphrase_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-file", metavar="FILE",
                   help=f"read the key passphrase from FILE (else ${PASSPHRASE_ENV}, else a "
                   "prompt)")


_WARNED: set[str] = set()  # the workspaces warned about in this run


def warn_if_network(ws: Workspace, args: argparse.Namespace) -> None:
    """Says once on stderr that the workspace is on a network share (it is used all the same)."""
    where = ws.location.describe()
    if where in _WARNED:
        return
    notice = ws.network_notice()
    if notice is None:
        return
    _WARNED.add(where)
    lang = getattr(args, "lang", None)
    print(f"kzth: {notice.message(lang if lang in ('kk', 'ru') else default_lang())}",
          file=sys.stderr)


def open_workspace(args: argparse.Namespace, annex: Annex) -> Workspace:
    ws = Workspace.open(workspace_path(args), annex=annex)
    warn_if_network(ws, args)
    return ws


def lang_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("kk", "ru"), default=default_lang(),
                   help=f"language of messages (default: ${LANG_ENV} or ru)")


def parse_years(text: str) -> list[int]:
    """``2025``, ``2023-2025`` or ``2023,2025`` as a list of years."""
    years: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        first, sep, last = part.partition("-")
        try:
            if sep:
                a, b = int(first), int(last)
                if b < a or b - a > 50:
                    raise ValueError
                years.update(range(a, b + 1))
            else:
                years.add(int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(f"not years (Y, Y1-Y3 or Y1,Y2): {text!r}") from None
    return sorted(years)


def report_subcommands(sub: Any) -> Any:
    """The ``kzth report`` group's sub-commands, made here or found if another module made it
    (``report assessment`` joins the same group)."""
    existing = sub.choices.get("report")
    if existing is not None:
        for action in existing._actions:  # argparse keeps them only there
            if isinstance(action, argparse._SubParsersAction):
                return action
    report = sub.add_parser("report", help="reports for the analysts and the expert group")
    return report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
