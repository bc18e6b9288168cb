"""``kzth demo``: a synthetic national campaign (coordinator, respondents, bundles) in a folder.

Listed in the command table of :mod:`kzth_desktop.cli.main`. Exit status: 0
success, 1 refused (the folder is not empty), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kzth_desktop.annex.glossary import term
from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.cli.common import command_annex, lang_option, parse_years, print_json
from kzth_desktop.demo.campaign import (
    DEFAULT_SEED,
    DEMO_PASSPHRASE,
    DemoFolderNotEmptyError,
    DemoSummary,
    build_demo,
    default_years,
)

L = LocalizedText
TEXT: Mapping[str, LocalizedText] = {
    "not_empty": L(kk="папка бос емес: {path} (демо ештеңені қайта жазбайды)",
                   ru="папка не пуста: {path} (демо ничего не перезаписывает)"),
    "made": L(kk="Демо-науқан: {out} (seed {seed}, жылдар {years}, {seconds} с)",
              ru="Демо-кампания: {out} (seed {seed}, годы {years}, {seconds} с)"),
    "workspaces": L(kk="  жұмыс кеңістіктері: {workspaces} (үйлестіруші + {respondents} "
                       "респондент)",
                    ru="  рабочие пространства: {workspaces} (координатор + {respondents} "
                       "респондентов)"),
    "bundles": L(kk="  файлдар: {bundles}", ru="  файлов: {bundles}"),
    "year": L(kk="  {year}: қабылданды {accepted}, ауыстырылды {superseded}, қайталанды "
                 "{duplicate}, карантинде {quarantined}, қабылданбады {rejected}",
              ru="  {year}: принято {accepted}, заменено {superseded}, повторов {duplicate}, "
                 "в карантине {quarantined}, отклонено {rejected}"),
    "total": L(kk="  барлығы: қабылданды {accepted}, ауыстырылды {superseded}, қайталанды "
                  "{duplicate}, карантинде {quarantined}, қабылданбады {rejected}",
               ru="  всего: принято {accepted}, заменено {superseded}, повторов {duplicate}, "
                  "в карантине {quarantined}, отклонено {rejected}"),
    "passphrase": L(kk=f"  {term('passphrase').kk}: {{passphrase}}  "
                       "(KZTH_PASSPHRASE={passphrase})",
                    ru=f"  {term('passphrase').ru}: {{passphrase}}  "
                       "(KZTH_PASSPHRASE={passphrase})"),
    "readme": L(kk="  сипаттамасы: {path}", ru="  описание: {path}"),
    "progress": L(kk="{stage}: {done}/{total}", ru="{stage}: {done}/{total}"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    return TEXT[key].get(lang).format(**params)


def _years(text: str) -> list[int]:
    years = parse_years(text)
    if len(years) > 10:
        raise argparse.ArgumentTypeError(f"at most 10 reporting years: {text!r}")
    return years


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(f"a number of regions from 1 to 20: {text!r}")
    return value


def print_summary(s: DemoSummary, lang: str) -> None:
    print(_t("made", lang, out=s.out, seed=s.seed,
             years=f"{s.years[0]}-{s.years[-1]}", seconds=f"{s.seconds:.1f}"))
    print(_t("workspaces", lang, workspaces=s.workspaces, respondents=s.respondents))
    print(_t("bundles", lang, bundles=s.bundles))
    for year, counts in s.by_year.items():
        print(_t("year", lang, year=year, **counts))
    print(_t("total", lang, **s.counts))
    print(_t("passphrase", lang, passphrase=DEMO_PASSPHRASE))
    print(_t("readme", lang, path=s.out / "README.txt"))


def cmd_demo(args: argparse.Namespace) -> int:
    lang = args.lang
    out = Path(args.out)

    def progress(stage: str, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            end = "\n" if done == total else ""
            print(f"\r{_t('progress', lang, stage=stage, done=done, total=total)}",
                  end=end, file=sys.stderr, flush=True)

    try:
        summary = build_demo(out, args.years or default_years(), args.seed, args.regions,
                             annex=command_annex(), progress=progress)
    except DemoFolderNotEmptyError as exc:
        if args.json:
            print_json({"ok": False, "error": {"code": "folder_not_empty",
                                                "path": str(exc.path)}})
        print(f"kzth: {_t('not_empty', lang, path=exc.path)}", file=sys.stderr)
        return 1
    if args.json:
        print_json(summary.to_json())
    else:
        print_summary(summary, lang)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="build a synthetic national campaign (for training and "
                                    "tests)")
    p.add_argument("--out", metavar="DIR", required=True,
                   help="folder to create (absent or empty)")
    p.add_argument("--years", type=_years, default=None, metavar="Y1-Y3",
                   help="reporting years (default: the three years before the current one)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"the same seed gives the same answers (default {DEFAULT_SEED})")
    p.add_argument("--regions", type=_positive, default=None, metavar="N",
                   help="only the first N regions of the annex (default: all 20)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    lang_option(p)
    p.set_defaults(handler=cmd_demo)


__all__ = ["register"]
