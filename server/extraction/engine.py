"""The OCR engine behind one small interface: a picture in, words with
positions and confidences out.

The service uses Tesseract 5 (its library in the service's process through
tesserocr, with Debian's English model, ``tesseract-ocr-eng``, and its German
one, ``tesseract-ocr-deu``, when installed: see ``TesseractEngine`` for why in
process and how a page's model is chosen). Why Tesseract, measured on the
generated corpus (tests/benchmarks/bench_extraction.py, the same 15 phone photos
and 15 clean scans, 36 pages, read through this interface, with Debian's
``tesseract`` program, 5.3): Tesseract read 93.2 % of the photos' fields and
99.1 % of the scans' exactly, RapidOCR 1.4.4 (its PP-OCRv4 models) 86.3 % and
91.5 % (it drops the spaces between words: "HOMESUPPLYCENTER", and misses
dates); Tesseract took 0.96 CPU seconds a page (photos read twice), RapidOCR
2.09 (one thread each). Tesseract also installs small: on Linux tesserocr built
against Debian's libtesseract (a 1.3 MB wheel; ~12 MB of distribution packages
with leptonica), elsewhere its wheel of 5.6 MB (~34 MB installed), and the
models (1.5 MB for German), against ~215 MB for
rapidocr-onnxruntime with onnxruntime, OpenCV and numpy; it runs offline, gives
a confidence per word, and one page uses one core, so the service keeps the
other for requests.
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
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from PIL import Image

# One page, one core: the workers read pages side by side. Debian's libtesseract runs its LSTM on OpenMP
# threads otherwise (two workers on two cores then took 4.7 times as long on the bench's corpus);
# OpenMP reads this when tesserocr loads the library, so it is set before anything imports tesserocr.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


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


#: Words that say a page is German: labels and words German tickets and receipts print, as the English
#: model reads them too (it has no umlauts: "Straße" comes out as "StraBe", so the umlauts are a hint
#: only when the German model read them). Two different ones make a page German; US tickets print none.
_GERMAN = re.compile(
    r"(?<![^\W\d_])(?:datum|uhrzeit|zeit|uhr|kunde|kunden\w*|liefer\w*|firma|summe|gesamt\w*|betrag|zahlen|"
    r"mwst|ust|steuer|netto|brutto|tara|\w*gewicht|menge|kennzeichen|fahrzeug|sorte|artikel|\w*schein|wiege\w*|"
    r"beleg\w*|bon|rechnung|quittung|kasse|karte|rückgeld|säule|zapfsäule|gmbh|straße|str\.|baustelle|"
    r"auftrag\w*|unterschrift|fahrer|vielen|dank|seite|von|und)(?![^\W\d_])|[äöüß]", re.IGNORECASE)


def looks_german(words: list[Word]) -> bool:
    """Whether ``words`` (read by either model) are a German page's."""
    return len({m.group(0).lower() for w in words for m in _GERMAN.finditer(w.text)}) >= 2


@cache
def installed_languages() -> frozenset[str]:
    """The models in the Tesseract data directory (:func:`tessdata`; asked once)."""
    try:
        import tesserocr
    except ImportError:
        return frozenset()
    folder = tessdata()
    return frozenset(tesserocr.get_languages(folder)[1]) if folder else frozenset()


def tessdata() -> str | None:
    """The directory holding Tesseract's models (``eng.traineddata``, ...): ``TESSDATA_PREFIX`` when
    set (as Tesseract takes it), else the one the installed ``tesseract`` program reads (Debian's
    /usr/share/tesseract-ocr/5/tessdata), else tesserocr's own default; None when neither has a model."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    candidates = []
    program = shutil.which("tesseract")
    if program:
        try:
            listing = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30,
                                     check=False).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        found = re.search(r'"(.+?)"', listing)  # List of available languages in "/usr/share/.../tessdata/" (3):
        candidates.append(found.group(1) if found else None)
    try:
        import tesserocr

        candidates.append(tesserocr.get_languages()[0])
    except ImportError:
        pass
    for folder in candidates:
        if folder and any(Path(folder).glob("*.traineddata")):
            return folder
    return None


#: Tesseract's page segmentation modes the engine uses: the layout pass (``--psm 3``) and the sparse one (``--psm 11``).
_PSM_AUTO, _PSM_SPARSE = 3, 11


class TesseractEngine:
    """Tesseract's library in this process, through tesserocr: each worker thread keeps one
    ``PyTessBaseAPI`` per model, loaded on its first page and kept, never shared with another thread.

    Why, measured on the extraction bench's scans (tests/benchmarks/bench_extraction.py, the first 20
    of its speed pages, eng, one run): pytesseract, which starts the ``tesseract`` program and loads its
    model for every pass, read 3.8 pages/s in one thread and 7.3 in two; tesserocr 7.7 and 13.1 (two
    threads 1.7× one: ``Recognize`` releases the GIL); the CLI two at a time 7.4. The words were the
    same, text and box, all 612 of them (confidences within 0.01). On the bench's whole corpus (300
    documents, 2 threads) it took 43 s against pytesseract's 110 s, every field read as before. The
    bench's speed row (its 40 scans, the pipeline against the CLI in the same run): 1.05× in two runs
    (8.97 and 8.94 pages/s against 8.53 and 8.50), pytesseract 0.54× and 0.61×.
    That is with tesserocr built against Debian's libtesseract 5.3, the program's (``./dev`` builds it
    so on Linux: pyproject.toml's ``ocr`` extra). Its PyPI wheel bundles libtesseract 5.5 (5.6 MB,
    ~34 MB installed): as fast (44 s), but on the same corpus it read 93.1 % of the phone photos'
    fields against 93.3 % (clean pages 98.3 % against 98.1 %); the models are the installed
    Tesseract's either way (:func:`tessdata`: Debian's ``tesseract-ocr-eng`` and ``tesseract-ocr-deu``).

    One page uses one core (``OMP_THREAD_LIMIT=1``, set when this module is imported): the workers
    read pages side by side instead, and the service keeps a core for requests. On Linux each worker thread
    lowers its own priority to ``nice`` on its first page (``setpriority`` of the thread), so that
    uploads and lists go first; the thread keeps it (it reads, parses and stores tickets, nothing
    else, and a thread may not raise its priority again). A page read on the main thread (a script,
    a test) is read at its priority: every thread started later would inherit the lower one. Elsewhere
    (macOS, Windows) threads cannot be niced one by one and OCR runs at the service's priority.
    ``timeout``: seconds a pass may take (Tesseract stops recognising and :class:`TimeoutError` is raised).

    Languages: with ``languages=None`` (the service's) each pass reads a page with
    one model, English or German (``tesseract-ocr-deu``, when it is installed;
    English alone otherwise, asked once: :func:`installed_languages`). The model
    is the one the thread's previous page turned out to need; when the words
    read say otherwise (:func:`looks_german`), the page is read again with the
    other. A run of pages in one language (an organisation's tickets) is read
    once each; a change of language costs one pass more.

    Why, measured on the benchmark's corpus (tests/benchmarks/bench_extraction.py,
    the documents read by OCR among its first 60 or 80, 2 threads, the ways
    compared in one run each; fields exactly right and Tesseract's CPU seconds a
    page, which the shared machine's load blurred less than wall time; measured
    with the program, before tesserocr):

    * US and European documents mixed at random (50): ``eng`` 96.7 % (US
      97.7 %, European 95.3 %), 0.36–0.38 s; Tesseract's ``eng+deu`` 97.4 %
      (97.7 %, 97.0 %), 1.32–1.56× ``eng``'s CPU; each page its model 97.9 %
      (97.7 %, 98.2 %), 1.16–1.40× (two runs).
    * US documents alone (40): ``eng`` 97.8 %, ``eng+deu`` 98.1 % at 1.43×, each
      page its model 97.8 % at 1.13× (the corpus's US tickets print German
      names at times, read twice).
    * European documents alone (30): ``eng`` 96.1 %, ``deu`` 97.4 % at 1.12×,
      ``eng+deu`` 97.4 % at 1.45×, each page its model 97.4 % at 1.13×.
    * Scans only, mixed at random (the bench's 40 speed pages, 16 European):
      ``eng+deu`` 1.46×, each page its model 1.55×: a scan is read once, so
      each change of language doubles its page, where a photo's sparse pass
      only follows. On such a mix the two cost alike; on one language at a time
      each page its model costs a third less.

    ``eng+deu`` costs Tesseract a second model on each word the first is unsure
    of, on every page; the German model alone reads US documents worse (95.5 %
    against 97.7 %, mixed corpus). Each page its model reads English pages as
    ``eng`` alone did and German ones as ``deu`` alone does, for less.
    A ``languages`` string is handed to Tesseract as it is (``"eng"``, ``"eng+deu"``)."""

    name = "tesseract"
    sparse_pass = True

    def __init__(self, *, nice: int = 10, languages: str | None = None, timeout: float = 120) -> None:
        try:
            import tesserocr
        except ImportError as exc:  # the service extra is not installed
            raise EngineUnavailableError(
                "Reading tickets needs tesserocr: install the service with pip install 'ticketpros-desktop[server]'."
            ) from exc
        folder = tessdata()
        if folder is None or not (Path(folder) / "eng.traineddata").is_file():
            where = f" (TESSDATA_PREFIX is {folder}, which has none)" if os.environ.get("TESSDATA_PREFIX") else ""
            raise EngineUnavailableError(
                f"Reading tickets needs Tesseract's English model, eng.traineddata{where}: install it (Debian/Ubuntu: "
                "apt-get install tesseract-ocr tesseract-ocr-eng; macOS: brew install tesseract) or set "
                "TESSDATA_PREFIX to the folder that holds it, and start the service again."
            )
        self._tesserocr = tesserocr
        self._tessdata = folder
        self._nice = nice
        self._timeout_ms = max(1, round(timeout * 1000))
        if languages is None:
            self._models = ("eng", "deu") if "deu" in installed_languages() else ("eng",)
        else:
            self._models = (languages,)
        # Per worker thread: its Tesseract per model, whether its last page was German, whether it is niced.
        self._thread = threading.local()

    @property
    def languages(self) -> tuple[str, ...]:
        """The models a page may be read with (the first is the default)."""
        return self._models

    def version(self) -> str:
        return self._tesserocr.tesseract_version().splitlines()[0]

    def read(self, image: Image.Image, *, sparse: bool = False) -> list[Word]:
        if len(self._models) == 1:
            return self._read(image, self._models[0], sparse)
        german = getattr(self._thread, "german", False)
        words = self._read(image, self._models[german], sparse)
        # The sparse pass follows its page's layout pass in the same thread (read._ocr): the model is
        # that page's already, and the words it finds anywhere (often only the values) are no test.
        if not sparse and looks_german(words) != german:
            german = not german
            words = self._read(image, self._models[german], sparse)
        self._thread.german = german
        return words

    def _api(self, languages: str):
        """This thread's Tesseract with ``languages`` loaded (made on first use, then kept)."""
        apis = getattr(self._thread, "apis", None)
        if apis is None:
            apis = self._thread.apis = {}
            self._lower_priority()
        api = apis.get(languages)
        if api is None:
            try:
                api = self._tesserocr.PyTessBaseAPI(path=self._tessdata, lang=languages,
                                                    variables={"debug_file": os.devnull})
            except RuntimeError as exc:
                raise EngineUnavailableError(
                    f"Tesseract could not load the model {languages!r} from {self._tessdata}: reinstall it "
                    "(Debian/Ubuntu: apt-get install --reinstall tesseract-ocr-eng tesseract-ocr-deu)."
                ) from exc
            apis[languages] = api
        return api

    def _lower_priority(self) -> None:
        if self._nice and sys.platform == "linux" and threading.current_thread() is not threading.main_thread():
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self._nice)
            except OSError:  # not allowed here (a sandbox): read at the thread's priority
                pass

    def _read(self, image: Image.Image, languages: str, sparse: bool) -> list[Word]:
        api = self._api(languages)
        if image.mode != "L":  # read.py hands grey pages; anything else is made so, as Tesseract would
            image = image.convert("L")
        # The pixels as they are (no PNG or BMP to encode): a picture without a resolution, as the
        # program saw the PNM pytesseract wrote, so Tesseract estimates it from the text alike.
        api.SetImageBytes(image.tobytes(), image.width, image.height, 1, image.width)
        api.SetPageSegMode(_PSM_SPARSE if sparse else _PSM_AUTO)
        try:
            if not api.Recognize(self._timeout_ms):
                raise TimeoutError(f"Tesseract took more than {self._timeout_ms / 1000:g} s to read a page")
            tsv = api.GetTSVText(0)
        finally:
            api.Clear()  # the page's picture and results; the model stays loaded
        words = []
        kind = "sparse" if sparse else "page"
        # level, page, block, paragraph, line, word, left, top, width, height, confidence, text (as `tesseract ... tsv`)
        for row in tsv.splitlines():
            fields = row.split("\t", 11)
            if len(fields) < 12 or fields[0] != "5":
                continue
            text = fields[11].strip()
            conf = float(fields[10])
            if not text or conf < 0:
                continue
            left, top, width, height = (float(v) for v in fields[6:10])
            words.append(Word(
                text=text, confidence=max(0.0, min(1.0, conf / 100)), box=(left, top, left + width, top + height),
                line=(kind, int(fields[2]), int(fields[3]), int(fields[4])),
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
