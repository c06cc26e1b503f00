#!/usr/bin/python3
"""make-scan-fixtures.py — (re)build the scanned-PDF fixtures of Tests/Fixtures/Scans/.

Pages of a corpus PDF are rendered by pdftoppm in grey at 150 and 300 dpi, turned by a small
angle, sprinkled with specks (fixed seed) and wrapped in a PDF at the same resolution by PIL —
in grey (JPEG) at 150 dpi, in black and white (CCITT G4, as office scanners do) at 300 dpi:

  metropole-p3-4-150dpi.pdf, metropole-p3-4-300dpi.pdf   pages 3 and 4 of Corpus/000-…
  metropole-mixed.pdf                                    pages 1–6 with their text layer, page 7
                                                         (the signatures) scanned at 300 dpi
  metropole-300dpi.pdf                                   the whole convention at 300 dpi (README)
  blurred-150dpi.pdf                                     page 3 at 150 dpi, shrunk to a quarter and
                                                         blown up again: a poor scan (low confidence)

Packages (Debian 12): poppler-utils python3-pil. Usage: Corpus/tools/make-scan-fixtures.py
"""
import glob
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageFilter

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
dest = os.path.join(root, "Tests", "Fixtures", "Scans")
source = sorted(glob.glob(os.path.join(root, "Corpus", "000-metropole-pole-emploi", "*.pdf")))[0]


def render(first, last, dpi, work):
    prefix = os.path.join(work, f"page-{dpi}-{first}-{last}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(first), "-l", str(last), source, prefix],
                   check=True)
    return [Image.open(path) for path in sorted(glob.glob(prefix + "-*.png"))]


def scan(image, angle, seed, specks_per_megapixel=200):
    """A slightly turned page with dark and light specks."""
    rng = random.Random(seed)
    turned = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    pixels = turned.load()
    width, height = turned.size
    for _ in range(width * height * specks_per_megapixel // 1_000_000):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = rng.choice((0, 60, 200, 255))
    return turned


def black_and_white(image):
    return image.point(lambda v: 255 if v > 160 else 0).convert("1")


def save(images, dpi, name, quality):
    path = os.path.join(dest, name)
    if dpi >= 300:
        images = [black_and_white(image) for image in images]
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=quality)
    print(f"{name}: {os.path.getsize(path)} bytes")


def main():
    os.makedirs(dest, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for dpi, quality in ((150, 35), (300, None)):
            pages = render(3, 4, dpi, work)
            save([scan(page, angle, seed=dpi + i) for i, (page, angle) in enumerate(zip(pages, (0.6, -0.8)))],
                 dpi, f"metropole-p3-4-{dpi}dpi.pdf", quality)
        whole = render(1, 7, 300, work)
        save([scan(page, (0.5, -0.4, 0.7, -0.6, 0.3, -0.7, 0.4)[i], seed=30 + i) for i, page in enumerate(whole)],
             300, "metropole-300dpi.pdf", None)
        # Text pages 1–6, then page 7 scanned.
        signature = scan(render(7, 7, 300, work)[0], -0.5, seed=7)
        scanned = os.path.join(work, "scanned-7.pdf")
        black_and_white(signature).save(scanned, "PDF", resolution=300)
        text_pages = os.path.join(work, "text-1-6.pdf")
        subprocess.run(["pdfseparate", "-f", "1", "-l", "6", source, os.path.join(work, "text-%d.pdf")], check=True)
        subprocess.run(["pdfunite"] + [os.path.join(work, f"text-{i}.pdf") for i in range(1, 7)] + [scanned,
                        os.path.join(dest, "metropole-mixed.pdf")], check=True)
        print(f"metropole-mixed.pdf: {os.path.getsize(os.path.join(dest, 'metropole-mixed.pdf'))} bytes")
        # A poor scan: detail lost by shrinking, then blurred.
        page = render(3, 3, 150, work)[0]
        poor = page.resize((page.width // 4, page.height // 4), Image.BILINEAR).resize(page.size, Image.BILINEAR)
        save([scan(poor.filter(ImageFilter.GaussianBlur(1.2)), 1.2, seed=3)], 150, "blurred-150dpi.pdf", 50)


if __name__ == "__main__":
    sys.exit(main())
