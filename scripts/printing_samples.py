"""Makes the README's images of questionnaire copies: a few pages of blank and filled copies,
rendered with poppler's ``pdftoppm`` into docs/printing/ (the PDFs are not kept).

    python scripts/printing_samples.py [--out docs/printing] [--dpi 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from kzth_desktop.annex import load_default_annex
from kzth_desktop.services.printing import blank_copy, submission_copy
from kzth_desktop.services.workspace import OrgProfile

ROOT = Path(__file__).resolve().parent.parent

# a made-up police department's answers (a filled copy's first page and its victims table)
SAMPLE = {
    "b1.q1.1": {"answer": "yes", "details": "Еңбек делдалдығына бақылау жеткіліксіз."},
    "b1.q1.2": {"answer": "no", "details": ""},
    "b1.q1.3": {"answer": "yes", "details": "Ақпарат алмасу тәртібі бекітілмеген; "
                "өңірлік топтар сирек жиналады."},
    "b1.q1.4": {"no_data": "Мониторинг жүйесі 2026 жылы енгізіледі"},
    "b2.q1.period": {"from": "2025-01-01", "to": "2025-12-31"},
    "b2.q1.crimes": 17,
    "b2.q8.victims": {"rows": [
        {"age_band": "18-25", "citizenship": "KZ", "sex": "f", "count": 6},
        {"age_band": "26-45", "citizenship": "UZ", "sex": "m", "count": 4},
        {"age_band": "under_18", "citizenship": "KZ", "sex": "f", "count": 2},
        {"age_band": "unknown", "citizenship": "unknown", "sex": "unknown", "count": 1},
    ]},
}

# (file name, kind, language, page) of the blank copies shown; page "victims" is the first
# page holding a victims table
BLANK = [
    ("blank-akimat-kk-p1", "akimat", "kk", 1),
    ("blank-akimat-kk-victims", "akimat", "kk", "victims"),
    ("blank-police-ru-victims", "police", "ru", "victims"),
    ("blank-ngo-both-p1", "ngo", "both", 1),
]


def _pages_with(pdf: Path, text: str) -> list[int]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [i + 1 for i in range(len(doc))
                if text in doc[i].get_textpage().get_text_range()]
    finally:
        doc.close()


def _render(pdf: Path, page: int, target: Path, dpi: int) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "printing")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils")
    annex = load_default_annex()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, kind, lang, page in BLANK:
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(blank_copy(annex, [kind], lang))
            if page == "victims":
                field = next(f for f in annex.fields_for_kinds([kind]) if f.dimensions)
                label = field.dimensions[-1].label.get(lang if lang != "both" else "kk")
                page = _pages_with(pdf, label)[0]
            print(_render(pdf, int(page), args.out / name, args.dpi))
        profile = OrgProfile(name_kk="Абай облысы Полиция департаментінің адам саудасына қарсы "
                             "күрес бөлімі", name_ru="Отдел по борьбе с торговлей людьми ДП "
                             "области Абай", region="KZ-10", kinds=("police",),
                             contact_person="Сәрсенбаева Ә. Қ.", phone="+7 722 000 00 00")
        pdf = Path(tmp) / "filled.pdf"
        pdf.write_bytes(submission_copy(annex, profile, 2025, SAMPLE, "kk", version=2,
                                        status="ready", printed_on=dt.date(2026, 1, 20)))
        print(_render(pdf, 1, args.out / "filled-police-kk-p1", args.dpi))
        victims = _pages_with(pdf, annex.field("b2.q8.victims").dimensions[0].label.kk)
        print(_render(pdf, victims[0], args.out / "filled-police-kk-victims", args.dpi))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
