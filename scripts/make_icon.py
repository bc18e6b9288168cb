"""Draws the program's icon: resources/icons/kzth-{16,32,48}.png, kzth.png (256 px) and the
Windows icon kzth.ico holding all four sizes (PyInstaller's EXE icon, Inno Setup's setup icon).

    .venv/bin/python scripts/make_icon.py            # writes the files
    .venv/bin/python scripts/make_icon.py --check    # exit 1 if they are missing or differ

Needs Pillow (installed with reportlab, a dependency). Each size is drawn on its own at four
times its size and scaled down, so that the small ones stay sharp: a rounded square of steppe
blue, a white shield, and on it a golden sun (the colours of Kazakhstan's flag).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 256)
BLUE = (0, 133, 170, 255)
DARK_BLUE = (0, 96, 128, 255)
WHITE = (255, 255, 255, 255)
GOLD = (254, 197, 12, 255)
SCALE = 4


def draw(size: int) -> Image.Image:
    """The icon at ``size`` × ``size`` pixels."""
    n = size * SCALE
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    margin = n * 0.04
    d.rounded_rectangle((margin, margin, n - margin, n - margin), radius=n * 0.2, fill=BLUE,
                        outline=DARK_BLUE, width=max(SCALE, round(n * 0.02)))
    # the shield: straight sides, a pointed foot
    left, right, top = n * 0.25, n * 0.75, n * 0.2
    shoulder, foot = n * 0.56, n * 0.84
    mid = n / 2
    d.polygon([(left, top), (right, top), (right, shoulder), (mid, foot), (left, shoulder)],
              fill=WHITE)
    # the sun on it, with short rays where there is room for them
    r = n * 0.12
    cy = n * 0.45
    d.ellipse((mid - r, cy - r, mid + r, cy + r), fill=GOLD)
    if size >= 32:
        import math

        for k in range(12):
            a = math.tau * k / 12
            inner, outer = r * 1.3, r * 1.65
            d.line((mid + inner * math.cos(a), cy + inner * math.sin(a),
                    mid + outer * math.cos(a), cy + outer * math.sin(a)),
                   fill=GOLD, width=max(SCALE, round(n * 0.025)))
    return img.resize((size, size), Image.Resampling.LANCZOS)


def png_bytes(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def ico_bytes(images: dict[int, Image.Image]) -> bytes:
    out = io.BytesIO()
    largest = images[max(images)]
    largest.save(out, format="ICO", sizes=[(s, s) for s in sorted(images)],
                 append_images=[images[s] for s in sorted(images) if s != max(images)])
    return out.getvalue()


def made() -> dict[Path, bytes]:
    """Every file this script writes, with its bytes."""
    images = {s: draw(s) for s in SIZES}
    files = {ICONS / f"kzth-{s}.png": png_bytes(images[s]) for s in SIZES if s != 256}
    files[ICONS / "kzth.png"] = png_bytes(images[256])
    files[ICONS / "kzth.ico"] = ico_bytes(images)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the files are there and up to date")
    args = parser.parse_args(argv)
    files = made()
    stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
    if args.check:
        for p in stale:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    ICONS.mkdir(parents=True, exist_ok=True)
    for p in stale:
        p.write_bytes(files[p])
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
