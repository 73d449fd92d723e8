"""The words of each stored page: from a PDF's own text layer when it has one
(pypdf, exact, source ``pdf_text``), otherwise from OCR of the picture (or of
the scan inside a PDF without text, source ``ocr``)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageStat
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


def _ocr(image: Image.Image, engine: OcrEngine) -> Page:
    image = image.convert("L")
    scale = 1.0
    if max(image.size) > MAX_SIDE:
        scale = MAX_SIDE / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
    words = engine.read(image)
    if engine.sparse_pass and photographed(image):
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
