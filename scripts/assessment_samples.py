"""Makes the README's images of the assessment report from the demo campaign: the expert
group's part (scores, texts, sources, a population table) is filled in with made-up examples on
a copy of the demo's coordinator workspace, then the report is written in Kazakh and Russian
(published and restricted editions), timed, and a few pages are rendered with poppler's
``pdftoppm`` into docs/assessment/ (the PDFs are kept only with --keep).

    kzth demo --out /tmp/demo
    python scripts/assessment_samples.py --demo /tmp/demo [--out docs/assessment] [--dpi 60]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from kzth_desktop.annex import load_default_annex
from kzth_desktop.reports.assessment import WORDS
from kzth_desktop.services import Workspace
from kzth_desktop.services.assessment import (
    AssessmentService,
    analysis_section,
    profile_section,
)

ROOT = Path(__file__).resolve().parent.parent

# illustrative round figures (thousands of inhabitants), not official statistics
POPULATION = {
    "KZ-10": 610, "KZ-11": 790, "KZ-15": 930, "KZ-19": 1510, "KZ-23": 700, "KZ-27": 690,
    "KZ-31": 1220, "KZ-33": 700, "KZ-35": 1130, "KZ-39": 830, "KZ-43": 840, "KZ-47": 790,
    "KZ-55": 750, "KZ-59": 530, "KZ-61": 2120, "KZ-62": 220, "KZ-63": 730, "KZ-71": 1420,
    "KZ-75": 2230, "KZ-79": 1230,
}
# (expert, risk, likelihood, impact): three experts, every risk of block 1 and one added
SCORES = {
    "b1.q1.1": ((3, 4), (3, 3), (4, 4)), "b1.q1.2": ((3, 3), (2, 3), (3, 3)),
    "b1.q1.3": ((4, 4), (4, 3), (3, 4)), "b1.q1.4": ((3, 3), (3, 2), (3, 3)),
    "b1.q1.5": ((4, 3), (4, 4), (4, 3)), "b1.q1.6": ((3, 3), (4, 3), (3, 2)),
    "b1.q1.7": ((3, 2), (3, 3), (2, 2)), "b1.q1.8": ((2, 2), (2, 3), (3, 2)),
    "b1.q2.1": ((5, 4), (4, 4), (5, 5)), "b1.q2.2": ((4, 4), (4, 3), (4, 4)),
    "expert:online": ((4, 5), (5, 4), (4, 4)),
}
EXPERTS = ("Ахметова Г.", "Петров С.", "Нурланов Е.")
EXAMPLE = {
    "kk": "<p><i>Мысал мәтін (демо).</i> Сараптама тобы деректерді талқылап, "
          "<b>{topic}</b> бойынша негізгі тұжырымдарды бекітті.</p>"
          "<ul><li>Өңірлер арасындағы айырмашылық сақталады.</li>"
          "<li>Үш жыл ішіндегі серпін бір бағытта.</li></ul>",
    "ru": "<p><i>Пример текста (демо).</i> Экспертная группа обсудила данные и утвердила "
          "основные выводы по вопросу «<b>{topic}</b>».</p>"
          "<ul><li>Различия между регионами сохраняются.</li>"
          "<li>Динамика за три года однонаправленная.</li></ul>",
}
SOURCES = (
    ("Global Report on Trafficking in Persons 2024", "UNODC", 2024,
     "https://www.unodc.org/unodc/en/data-and-analysis/glotip.html"),
    ("2024 Trafficking in Persons Report", "U.S. Department of State", 2024,
     "https://www.state.gov/reports/2024-trafficking-in-persons-report/"),
)
# (file stem, text that marks the page) of the pages shown
PAGES = (("title", None), ("rates", "rate"), ("heat-map", "heat_map"),
         ("profile", "indicators"))


def fill(svc: AssessmentService, years: list[int]) -> None:
    item = svc.add_risk(years, "online", "Интернет арқылы арбау",
                        "Вербовка через интернет и мессенджеры")
    for risk, marks in SCORES.items():
        for expert, (lik, imp) in zip(EXPERTS, marks, strict=True):
            svc.set_score(years, expert, risk if risk != "expert:online" else item.id, "KZ",
                          lik, imp)
    for region, thousands in POPULATION.items():
        for year in years:
            svc.set_population(region, year, thousands * 1000)
    for lang in ("kk", "ru"):
        analysis = svc.analysis(years)
        for h in analysis.headings:
            svc.set_text(years, analysis_section(h.heading.number), lang,
                         EXAMPLE[lang].format(topic=h.heading.title.get(lang)))
        svc.set_text(years, "conclusions", lang, EXAMPLE[lang].format(
            topic=WORDS["register"].get(lang)))
        svc.set_text(years, "recommendations", lang, EXAMPLE[lang].format(
            topic=WORDS["measures"].get(lang)))
        for kind in ("akimat", "police", "ngo"):
            for part in ("risk_area", "measures"):
                svc.set_text(years, profile_section(kind, part), lang,
                             EXAMPLE[lang].format(topic=WORDS[part].get(lang)))
    for title, author, year, ref in SOURCES:
        svc.add_source(years, title, author, year, ref)


def page_of(pdf: bytes, marker: str | None, lang: str) -> int:
    if marker is None:
        return 1
    text = WORDS[marker].get(lang).split("{")[0].strip()
    doc = pdfium.PdfDocument(pdf)
    try:
        for n, page in enumerate(doc, start=1):
            if n > 2 and text in " ".join(page.get_textpage().get_text_range().split()):
                return n
    finally:
        doc.close()
    raise LookupError(marker)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--demo", type=Path, required=True, help="the folder of kzth demo --out")
    ap.add_argument("--years", default="")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "assessment")
    ap.add_argument("--dpi", type=int, default=60)
    ap.add_argument("--keep", type=Path, default=None, help="also keep the PDFs here")
    args = ap.parse_args()
    annex = load_default_annex()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "coordinator"
        shutil.copytree(args.demo / "coordinator", folder)
        with Workspace.open(folder, annex=annex) as ws:
            svc = AssessmentService(ws, annex)
            years = ([int(y) for y in args.years.split("-")] if args.years
                     else list(svc.desk.years())[-3:])
            years = list(range(years[0], years[-1] + 1))
            fill(svc, years)
            for lang in ("kk", "ru"):
                for edition in ("published", "restricted"):
                    svc.refresh()  # time the whole use case: submissions read and validated
                    start = time.perf_counter()
                    pdf = svc.report(years, lang, edition)
                    took = time.perf_counter() - start
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    pages = len(pdfium.PdfDocument(pdf))
                    print(f"{lang} {edition}: {pages} pages, {len(pdf) // 1024} KiB, "
                          f"{took:.1f} s, peak RSS so far {peak:.0f} MB")
                    path = Path(tmp) / f"{lang}-{edition}.pdf"
                    path.write_bytes(pdf)
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        shutil.copy(path, args.keep / path.name)
                    shown = PAGES if edition == "published" else (("title", None),)
                    for stem, marker in shown:
                        n = page_of(pdf, marker, lang)
                        target = args.out / f"{stem}-{edition}-{lang}"
                        subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", str(n),
                                        "-l", str(n), "-singlefile", str(path), str(target)],
                                       check=True)
                        print(f"  {target.name}.png: page {n}")


if __name__ == "__main__":
    main()
