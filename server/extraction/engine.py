"""The OCR engine behind one small interface: a picture in, words with
positions and confidences out.

The service uses Tesseract 5 (Debian's ``tesseract-ocr`` with its English
model) through pytesseract. Why, measured on the generated corpus
(tests/benchmarks/bench_extraction.py, the same 15 phone photos and 15 clean
scans, 36 pages, read through this interface): Tesseract read 93.2 % of the
photos' fields and 99.1 % of the scans' exactly, RapidOCR 1.4.4 (its PP-OCRv4
models) 86.3 % and 91.5 % (it drops the spaces between words: "HOMESUPPLYCENTER",
and misses dates); Tesseract took 0.96 CPU seconds a page (photos read twice),
RapidOCR 2.09 (one thread each). Tesseract also installs as distribution
packages of 9.5 MB (``tesseract-ocr``, ``tesseract-ocr-eng``, ``libtesseract5``;
~12 MB with leptonica) against ~215 MB for rapidocr-onnxruntime with
onnxruntime, OpenCV and numpy, runs offline, gives a confidence per word, and
one page uses one core, so the service keeps the other for requests.
RapidOCR stays here as the second implementation the benchmark compares when
it is installed (the ``ocr-rapidocr`` extra).

What an engine is given is prepared by server/extraction/read.py, the same for
every engine: a grey picture at most ``MAX_SIDE`` px long, and, when the page is
out of focus (``read.blur()`` above ``read.SHARPEN_FROM``, about 0.9 px of
Gaussian blur), the page through an unsharp mask sized from that blur. The
sharpened picture is what both of Tesseract's passes read (the layout pass and,
on photos, the sparse ``--psm 11`` one), and the words' boxes are in its pixels,
which are the page's. Engines do no preparation of their own.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from typing import Protocol

from PIL import Image


@dataclass(frozen=True)
class Word:
    """One word as read: its text, a confidence from 0 to 1, and its box in
    pixels of the picture given (left, top, right, bottom). Words of one
    printed line share ``line`` (any hashable key the engine chooses)."""

    text: str
    confidence: float
    box: tuple[float, float, float, float]
    line: tuple


class EngineUnavailableError(RuntimeError):
    """The OCR engine is not installed; ``str()`` is one sentence for the operator."""


class OcrEngine(Protocol):
    name: str
    #: Whether ``read(image, sparse=True)`` reads differently (a second pass worth making on photos).
    sparse_pass: bool

    def read(self, image: Image.Image, *, sparse: bool = False) -> list[Word]:
        """The words of ``image``. ``sparse``: look for text anywhere, without working out the
        page's layout first (Tesseract's ``--psm 11``); engines without such a mode ignore it."""
        ...


class TesseractEngine:
    """Tesseract through pytesseract (which runs the ``tesseract`` program).

    One page uses one core (``OMP_THREAD_LIMIT=1``): the workers run pages side
    by side instead, and the service keeps a core for requests. The process runs
    at a lower priority (``nice``) so that uploads and lists go first."""

    name = "tesseract"
    sparse_pass = True

    def __init__(self, *, nice: int = 10, languages: str = "eng", timeout: float = 120) -> None:
        try:
            import pytesseract
        except ImportError as exc:  # the service extra is not installed
            raise EngineUnavailableError(
                "Reading tickets needs pytesseract: install the service with pip install 'ticketpros-desktop[server]'."
            ) from exc
        binary = shutil.which("tesseract")
        if binary is None:
            raise EngineUnavailableError(
                "Reading tickets needs the tesseract program: install it (Debian/Ubuntu: apt-get install "
                "tesseract-ocr; macOS: brew install tesseract) and start the service again."
            )
        self._tesseract = pytesseract
        self._nice = nice
        self._languages = languages
        self._timeout = timeout
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    def version(self) -> str:
        return str(self._tesseract.get_tesseract_version())

    def read(self, image: Image.Image, *, sparse: bool = False) -> list[Word]:
        # Handed to the program uncompressed (PNM) rather than as pytesseract's default PNG:
        # encoding and decoding a PNG costs ~20 ms a page and buys nothing for a temporary file.
        if image.mode in ("L", "RGB"):
            image.format = "PPM"
        data = self._tesseract.image_to_data(
            image, lang=self._languages, config="--psm 11" if sparse else "--psm 3", nice=self._nice,
            timeout=self._timeout, output_type=self._tesseract.Output.DICT,
        )
        words = []
        for i, text in enumerate(data["text"]):
            text = text.strip()
            conf = float(data["conf"][i])
            if not text or conf < 0:
                continue
            left, top = float(data["left"][i]), float(data["top"][i])
            words.append(Word(
                text=text, confidence=max(0.0, min(1.0, conf / 100)),
                box=(left, top, left + float(data["width"][i]), top + float(data["height"][i])),
                line=("sparse" if sparse else "page", data["block_num"][i], data["par_num"][i], data["line_num"][i]),
            ))
        return words


class RapidOcrEngine:
    """RapidOCR (PaddleOCR's models on onnxruntime, shipped in the wheel): one
    result per detected text line, split into words with boxes shared out by
    character count along the line's quadrilateral. Only for the benchmark's comparison."""

    name = "rapidocr"
    sparse_pass = False  # its detector finds text anywhere already

    def __init__(self) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise EngineUnavailableError("RapidOCR is not installed (pip install rapidocr-onnxruntime).") from exc
        # One thread per page, as Tesseract: the workers read pages side by side.
        self._ocr = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)

    def read(self, image: Image.Image, *, sparse: bool = False) -> list[Word]:
        import numpy

        result, _ = self._ocr(numpy.asarray(image.convert("RGB")))
        words: list[Word] = []
        for index, (points, text, score) in enumerate(result or ()):
            # The line's quadrilateral: top edge p0→p1, bottom edge p3→p2. Each word gets the slice of
            # it its characters take, so a turned line keeps its slope (the parser deskews by it).
            (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ((float(x), float(y)) for x, y in points[:4])
            parts = text.split()
            total = max(1, sum(len(p) for p in parts) + len(parts) - 1)
            start = 0
            for part in parts:
                corners = []
                for t in (start / total, (start + len(part)) / total):
                    corners += [(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t), (x3 + (x2 - x3) * t, y3 + (y2 - y3) * t)]
                xs, ys = [c[0] for c in corners], [c[1] for c in corners]
                words.append(Word(part, float(score), (min(xs), min(ys), max(xs), max(ys)), ("line", index)))
                start += len(part) + 1
        return words


_ENGINES = {"tesseract": TesseractEngine, "rapidocr": RapidOcrEngine}


def make_engine(name: str = "tesseract") -> OcrEngine:
    """The engine called ``name``; raises :class:`EngineUnavailableError` when it is not installed."""
    return _ENGINES[name]()
