"""The ``kzth`` command line: the one parser and its command table, and ``main()``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

from kzth_desktop import __version__, logfile
from kzth_desktop.annex import Annex, AnnexDefinitionError, load_default_annex
from kzth_desktop.cli import assessment, bench, demo, desk, exchange, loop, paper, workspace
from kzth_desktop.cli import print as print_
from kzth_desktop.cli.common import command_name, unexpected

log = logging.getLogger(__name__)


def annex_to_json(annex: Annex) -> dict[str, Any]:
    """The whole definition as plain JSON (DESIGN §9)."""

    def field_json(f: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"id": f.id, "type": str(f.type), "text": f.text.to_json()}
        if f.hint is not None:
            out["hint"] = f.hint.to_json()
        if f.group is not None:
            out["group"] = f.group.to_json()
        if f.dimensions:
            out["dimensions"] = [
                {
                    "id": d.id,
                    "label": d.label.to_json(),
                    "category_set": d.categories.id,
                    **({"group": d.group.to_json()} if d.group else {}),
                    "categories": [
                        {"id": c.id, "kk": c.label.kk, "ru": c.label.ru}
                        for c in d.categories.categories
                    ],
                }
                for d in f.dimensions
            ]
        return out

    return {
        "version": {
            "id": annex.version.id,
            "revision": annex.version.revision,
            "stamp": annex.version.stamp,
            "order": annex.version.order.to_json(),
            "registered": annex.version.registered,
            "registration_number": annex.version.registration_number,
        },
        "title": annex.title.to_json(),
        "kinds": [
            {"id": k.id, "name": k.name.to_json(), "blocks": list(k.blocks)} for k in annex.kinds
        ],
        "regions": [
            {"code": r.code, "name": r.name.to_json(), "kind": r.kind} for r in annex.regions
        ],
        "blocks": [
            {
                "id": b.id,
                "number": b.number,
                "title": b.title.to_json() if b.title else None,
                "addressees": [a.to_json() for a in b.addressees],
                "questions": [
                    {
                        "id": q.id,
                        "number": q.number,
                        "text": q.text.to_json() if q.text else None,
                        "note": q.note.to_json() if q.note else None,
                        "fields": [field_json(f) for f in q.fields],
                    }
                    for q in b.questions
                ],
            }
            for b in annex.blocks
        ],
    }


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_annex(args: argparse.Namespace) -> int:
    annex = load_default_annex()
    if args.json:
        _print_json(annex_to_json(annex))
        return 0
    lang = args.lang
    print(f"{annex.title.get(lang)} — {annex.version.order.get(lang)}")
    for b in annex.blocks:
        nfields = sum(len(q.fields) for q in b.questions)
        print(f"  {b.number:>2}. {b.heading(lang)}  ({len(b.questions)} / {nfields})")
    return 0


Handler = Callable[[argparse.Namespace], int]

# the command groups, in the order of `kzth --help`; each module adds its sub-commands
COMMAND_GROUPS: tuple[Callable[[Any], None], ...] = (
    workspace.register,
    exchange.register,
    loop.register,
    print_.register,
    desk.register,
    paper.register,
    assessment.register,
    demo.register,
    bench.register,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzth",
        description="KZTH Desktop: risk assessment in counter-trafficking in persons.",
    )
    parser.add_argument("--version", action="version", version=f"kzth {__version__}")
    parser.add_argument(
        "--workspace", metavar="DIR", default=None,
        help="workspace folder (default: $KZTH_WORKSPACE or the user data folder)",
    )
    parser.add_argument(
        "--lang", dest="global_lang", choices=("kk", "ru"), default=None,
        help="language of messages for any command (default: $KZTH_LANG or ru)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("annex", help="show the questionnaire definition")
    p.add_argument("--json", action="store_true", help="print the whole definition as JSON")
    p.add_argument("--lang", choices=("kk", "ru"), default="ru")
    p.set_defaults(handler=cmd_annex)

    for register in COMMAND_GROUPS:
        register(sub)
    return parser


def utf8_streams() -> None:
    """Standard output and error in UTF-8 whatever the console: a Russian-locale Windows PC
    redirecting ``kzth … --json > out.json`` would otherwise write cp1251 and fail on the first
    Kazakh letter (ә, ғ, қ … have no cp1251 code). Streams that cannot be reconfigured (a
    test's capture, a closed stream) are left as they are."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            with suppress(OSError, ValueError):  # a stream that can no longer change
                reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_streams()
    logfile.configure(logfile.CLI_LOG)  # the file only, never the console; none if it fails
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.global_lang and hasattr(args, "lang"):
        # "kzth --lang kk COMMAND" and "kzth COMMAND --lang kk" mean the same; the latter wins
        given = list(sys.argv[1:] if argv is None else argv)
        after_command = given[given.index(args.command) + 1:] if args.command in given else []
        # (a report's own --lang is the report's language, not the messages')
        if hasattr(args, "report_lang") or not any(
                a == "--lang" or a.startswith("--lang=") for a in after_command):
            args.lang = args.global_lang
    handler: Handler = args.handler
    log.info("command: kzth %s", command_name(args))
    try:
        return handler(args)
    except AnnexDefinitionError as exc:
        log.error("annex definition refused: %s", exc)
        print(f"kzth: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away ("kzth annex --json | head"): not an error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - a command without guarded(): the same answer
        return unexpected(exc, args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
