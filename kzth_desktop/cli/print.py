"""``kzth print blank|filled``: questionnaire copies as PDF files.

Listed in the command table of :mod:`kzth_desktop.cli.main`. ``--lang`` is the
language of the copy (kk, ru or both); messages follow it (Russian for "both", unless
``$KZTH_LANG`` says kk). Exit status: 0 written, 1 refused or not writable, 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from typing import Any

from kzth_desktop.annex import Annex
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.cli.common import command_annex, open_workspace
from kzth_desktop.services import ServiceError
from kzth_desktop.services.printing import LANGS, blank_copy, filled_copy, write_pdf

LANG_ENV = "KZTH_LANG"

TEXT: Mapping[str, LocalizedText] = {
    "written": LocalizedText(kk="Жазылды: {path}", ru="Записано: {path}"),
    "kinds": LocalizedText(kk="ұйым түрлері: {kinds}", ru="виды организаций: {kinds}"),
}


def _message_lang(args: argparse.Namespace) -> str:
    if args.lang in ("kk", "ru"):
        return str(args.lang)
    env = os.environ.get(LANG_ENV, "ru")
    return env if env in ("kk", "ru") else "ru"


def _default_lang() -> str:
    env = os.environ.get(LANG_ENV, "ru")
    return env if env in LANGS else "ru"


def _write(data: bytes, args: argparse.Namespace) -> int:
    lang = _message_lang(args)
    try:
        path = write_pdf(data, args.out)
    except ServiceError as exc:  # a full or read-only folder, a file open in another program
        print(f"kzth: {exc.message(lang)}", file=sys.stderr)
        return 1
    print(TEXT["written"].get(lang).format(path=path))
    return 0


def _refused(exc: ServiceError, args: argparse.Namespace, annex: Annex | None = None) -> int:
    lang = _message_lang(args)
    print(f"kzth: {exc.message(lang)}", file=sys.stderr)
    for line in exc.details(lang):
        print(f"  {line}", file=sys.stderr)
    if annex is not None:
        print("  " + TEXT["kinds"].get(lang).format(kinds=", ".join(k.id for k in annex.kinds)),
              file=sys.stderr)
    return 1


def cmd_print_blank(args: argparse.Namespace) -> int:
    annex = command_annex()
    try:
        data = blank_copy(annex, args.kind, args.lang)
    except ServiceError as exc:
        return _refused(exc, args, annex)
    return _write(data, args)


def cmd_print_filled(args: argparse.Namespace) -> int:
    annex = command_annex()
    try:
        with open_workspace(args, annex) as ws:
            data = filled_copy(ws, annex, args.year, args.lang)
    except ServiceError as exc:
        return _refused(exc, args)
    return _write(data, args)


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None


def register(sub: Any) -> None:
    """Adds ``print blank`` and ``print filled`` to the ``kzth`` parser's sub-commands."""
    printing = sub.add_parser("print", help="questionnaire copies as PDF (blank or filled)")
    psub = printing.add_subparsers(dest="print_command", required=True, metavar="COPY")

    def options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=LANGS, default=_default_lang(),
                       help=f"language of the copy: kk, ru or both (default: ${LANG_ENV} or ru)")
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")

    p = psub.add_parser("blank", help="a blank copy of the blocks a kind of organisation answers")
    p.add_argument("--kind", action="append", required=True, metavar="KIND",
                   help="kind of organisation (repeatable); see kzth annex --json")
    options(p)
    p.set_defaults(handler=cmd_print_blank)

    p = psub.add_parser("filled", help="the filled copy of a year's submission, for signature")
    p.add_argument("--year", type=_year, required=True)
    options(p)
    p.set_defaults(handler=cmd_print_filled)


__all__ = ["register"]
