"""The words of each stored page: from a PDF's own text layer when it has one
(pypdf, exact, source ``pdf_text``), otherwise from OCR of the picture (or of
the scan inside a PDF without text, source ``ocr``).

Before OCR a picture is made grey and at most ``MAX_SIDE`` px long. Then its
focus blur is measured (:func:`blur`, in pixels): above ``SHARPEN_FROM`` the page
goes through an unsharp mask sized from it (:func:`sharpen`) before both
Tesseract passes, the layout pass and, on a photo, the sparse one. On the
generated corpus (tests/benchmarks/bench_extraction.py, all 300 documents) this
took the blurred "poor" phone photos from 88.2 % of their fields read exactly to
93.8 %, the other phone photos from 93.1 % to 93.3 %, and left the scans as they
were (none is sharpened). Measuring the blur costs about 30 ms of CPU a page."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageStat
from pypdf import PdfReader

from ..media import _enable_heif
from .engine import OcrEngine, Word
from .parse import Page

log = logging.getLogger(__name__)

#: OCR reads a picture at most this long on its longer side (phone photos are
#: 4000 px; text of a ticket stays legible at this size and OCR is 3-4× faster).
MAX_SIDE = 2200
#: A picture whose darkest edge is darker than this (0-255, mean of a thin strip) shows the
#: sheet on something else: a photo, not a scan (scans and rendered pages have white edges).
PHOTO_EDGE = 180
#: A PDF page with fewer letters and digits than this in its text layer is a scan.
MIN_TEXT = 12
#: A page whose :func:`blur` is above this (pixels) is sharpened before OCR. Sharp pages, scans and
#: phone photos in focus, measure 0.4–0.8 (the generated corpus: scans 0.34–0.59, phone photos
#: 0.57–1.26, poor photos, blurred by 1.2–1.8 px, 1.02–1.72; tests/benchmarks/bench_extraction.py).
SHARPEN_FROM = 0.9
#: The blur that :func:`blur` measures against: a copy of the page Gaussian-blurred by this (pixels).
_REBLUR = 1.0
#: The share of pixel steps taken as "the strongest edges" (the top 0.5 %: the strokes of the print).
_EDGE_QUANTILE = 0.995


@dataclass
class ReadPage:
    page: Page
    source: str  # "pdf_text" | "ocr"


def read_file(path: Path, mime: str, engine: OcrEngine) -> list[ReadPage]:
    if mime == "application/pdf":
        return _read_pdf(path, engine)
    if mime == "image/heif":
        _enable_heif()
    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image)
        return [ReadPage(_ocr(image, engine), "ocr")]


def prepared(image: Image.Image) -> Image.Image:
    """``image`` as OCR reads it before sharpening: grey, at most ``MAX_SIDE`` px on its longer side."""
    image = image.convert("L")
    if max(image.size) > MAX_SIDE:
        scale = MAX_SIDE / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    return image


def _ocr(image: Image.Image, engine: OcrEngine) -> Page:
    image = prepared(image)
    photo = photographed(image)
    # An out-of-focus page (a phone photo taken too close or moving) is sharpened before both passes:
    # Tesseract misreads soft digits and leaves faint words out of its layout. The unsharp mask is
    # sized from the measured blur. Sharp pages are read as they are (sharpening a
    # sharp page only adds ringing and JPEG noise), and the boxes stay in the same pixels.
    sharpened = sharpen(image)
    if sharpened is not None:
        image = sharpened
    words = engine.read(image)
    if engine.sparse_pass and photo:
        # Tesseract's layout analysis (--psm 3) drops whole blocks of a photographed sheet: the
        # right-hand column of values (weights, totals, receipt numbers) that stands apart from its
        # labels. Its sparse mode (--psm 11) finds them; its words are added where the first pass read
        # nothing, and the parser puts them back into their rows. Not on scans: there the layout pass
        # reads everything and the sparse one only adds noise.
        words += [w for w in engine.read(image, sparse=True) if not any(_overlap(w.box, o.box) for o in words)]
    return Page(words, image.width, image.height)


def photographed(image: Image.Image) -> bool:
    """Whether ``image`` (grey) shows the sheet on a desk or a table rather than edge to edge."""
    w, h = image.size
    strip = max(2, min(w, h) // 40)
    edges = (image.crop((0, 0, w, strip)), image.crop((0, h - strip, w, h)), image.crop((0, 0, strip, h)),
             image.crop((w - strip, 0, w, h)))
    return min(ImageStat.Stat(e).mean[0] for e in edges) < PHOTO_EDGE


def blur(image: Image.Image) -> float:
    """How out of focus ``image`` (grey) is, as the Gaussian blur in pixels its print looks to have.

    The strongest edges (the 99.5th percentile of the steps between neighbouring pixels, across and
    down) are compared with the same edges of a copy blurred by ``_REBLUR`` px. An edge already
    blurred by s keeps s / sqrt(s² + r²) of its steepness when blurred again by r, so the ratio q
    gives s = r · q / sqrt(1 − q²) (re-blur estimation, as in Hu and de Haan, 2006). A sharp page
    scores about 0.4–0.8 (its antialiased or resampled print is not a perfect step), a page blurred by
    1.2 px about 1.1–1.2, by 1.8 px about 1.6–1.8. It takes the page's strongest edges only, so it does
    not depend on how much print there is, on the light or on the paper's grain; JPEG's blocks
    make a page look a little sharper, never softer. Measured at the size OCR reads the page."""
    steepest = _steepest_edge(image)
    if steepest <= 1:  # a blank page: nothing to measure
        return 0.0
    ratio = min(_steepest_edge(image.filter(ImageFilter.GaussianBlur(_REBLUR))) / steepest, 0.99)
    return _REBLUR * ratio / (1 - ratio * ratio) ** 0.5


def sharpen(image: Image.Image) -> Image.Image | None:
    """``image`` (grey) through an unsharp mask sized from its :func:`blur`, or None when its blur is
    at most ``SHARPEN_FROM`` (it is read as it is)."""
    amount = blur(image)
    if amount <= SHARPEN_FROM:
        return None
    return image.filter(ImageFilter.UnsharpMask(radius=_UNSHARP_RADIUS * amount, percent=_UNSHARP_PERCENT,
                                                threshold=_UNSHARP_THRESHOLD))


#: The unsharp mask: its radius per pixel of measured blur, strength (%) and the smallest step it
#: sharpens (0-255; paper grain and JPEG noise below it are left alone).
_UNSHARP_RADIUS = 1.5
_UNSHARP_PERCENT = 180
_UNSHARP_THRESHOLD = 3


def _steepest_edge(image: Image.Image) -> float:
    """The ``_EDGE_QUANTILE`` quantile of the steps (0-255) between neighbouring pixels, across and down."""
    w, h = image.size
    across = ImageChops.difference(image.crop((1, 0, w, h)), image.crop((0, 0, w - 1, h))).histogram()
    down = ImageChops.difference(image.crop((0, 1, w, h)), image.crop((0, 0, w, h - 1))).histogram()
    counts = [a + d for a, d in zip(across, down)]
    above = sum(counts) * (1 - _EDGE_QUANTILE)
    seen = 0
    for step in range(255, -1, -1):
        seen += counts[step]
        if seen >= above:
            return step + 0.5
    return 0.5


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _read_pdf(path: Path, engine: OcrEngine) -> list[ReadPage]:
    reader = PdfReader(path)
    out = []
    for pdf_page in reader.pages:
        words, width, height = _text_layer(pdf_page)
        if sum(len(re.sub(r"\W", "", w.text)) for w in words) >= MIN_TEXT:
            out.append(ReadPage(Page(words, width, height), "pdf_text"))
            continue
        images = []
        try:
            images = [i.image for i in pdf_page.images]
        except Exception:
            log.warning("a picture of %s could not be decoded", path.name, exc_info=True)
        images = [i for i in images if i is not None]
        if images:
            biggest = max(images, key=lambda i: i.width * i.height)
            out.append(ReadPage(_ocr(biggest, engine), "ocr"))
        else:
            out.append(ReadPage(Page([], width, height), "pdf_text"))
    return out


def _text_layer(pdf_page) -> tuple[list[Word], float, float]:
    box = pdf_page.mediabox
    width, height = float(box.width), float(box.height)
    words: list[Word] = []
    chunk = [0]

    def visit(text, cm, tm, _font, size):
        if not text or not text.strip():
            return
        # Text space to page space: tm × cm (PDF matrices are [a b c d e f]).
        a, b, _c, _d, e, f = tm
        x = e * cm[0] + f * cm[2] + cm[4]
        y = e * cm[1] + f * cm[3] + cm[5]
        scale = (a * cm[0] + b * cm[2]) or 1.0
        em = (size or 10) * abs(scale)
        top = height - y - em * 0.8
        chunk[0] += 1
        position = x
        for part in re.split(r"( +)", text.replace("\n", " ")):
            advance = len(part) * em * 0.52
            if part.strip():
                words.append(Word(part, 1.0, (position, top, position + advance, top + em), ("pdf", chunk[0])))
            position += advance

    pdf_page.extract_text(visitor_text=visit)
    return words, width, height
