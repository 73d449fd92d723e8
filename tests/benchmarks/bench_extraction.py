"""Reading tickets: field accuracy on a generated corpus, speed against the
``tesseract`` program, and uploads while the service reads.

Corpus: ``CORPUS`` documents drawn by ``server/extraction/samples.py`` (scale
tickets, delivery tickets, fuel and store receipts, two-page job records; US
and European; fonts, sizes, column or inline labels drawn at random), each
reaching the service as one kind of picture:

* ``clean scan``: PNG, turned up to 1°, a little grey;
* ``rotated scan``: PNG, turned 2–5° either way;
* ``phone photo``: on a desk, perspective, uneven light, turned up to 5°,
  blur 0.3–1.2 px, JPEG quality 55–90;
* ``poor photo``: the same, out of focus (blur 1.2–1.8 px), more perspective, JPEG quality 35–55;
* ``text PDF``: a PDF with a text layer (pypdf reads it, no OCR);
* ``scanned PDF``: a PDF holding JPEG pages and no text (OCR).

Each picture goes through the service's own path (``read.read_file`` →
``parse.parse``) with the real Tesseract, and so through its preparation: a
page whose measured focus blur (``read.blur``, pixels) is above
``read.SHARPEN_FROM`` is sharpened by an unsharp mask before both OCR passes.
Every poor photo and about half the phone photos are; scans are not (they
measure 0.3–0.6 px). The table counts the pages sharpened per kind of picture. A field counts as right only when the
value equals the document's truth exactly (normalised as the service keeps it);
a field not read counts as wrong. The parser knows nothing of this corpus
beyond what any ticket prints (it is checked against documents it never saw in
tests/server/test_extraction_parse.py).

CPU per page: the CPU seconds of reading the whole corpus over its OCR pages
(text PDFs excluded), a figure that does not depend on the machine's load the
way wall time does: Tesseract's (it runs in this process, through tesserocr:
the CPU time of the threads while they are in the engine's ``read``,
:class:`CpuCounted`) and the rest of this process's (decoding, preparing and
measuring the pictures, parsing).

Speed: the first ``SPEED_PAGES`` OCR pages, read by the service's pipeline in
two threads (what two cores give), against the ``tesseract`` CLI on the same
PNG files, two at a time, in the same run (target ≥ 1×).

Engines: when RapidOCR is installed (``pip install -e '.[ocr-rapidocr]'``, not
part of the bench extra: ~215 MB with onnxruntime and OpenCV), the first
``RAPID_DOCS`` documents that need OCR are read again through the same engine
interface by RapidOCR, and its exact-match rate and CPU seconds per page are
set against Tesseract's on the same documents (CPU time, not wall time: it
does not depend on what else the machine runs).

Languages: the first ``LANGUAGE_DOCS`` documents that need OCR are read again
three ways, interleaved in the same run: as the service reads them (each page
with the English or the German model, whichever it turns out to need: see
``TesseractEngine``), with Tesseract's English model alone (``-l eng``) and
with its ``eng+deu`` combination; exact-match rate of the US and of the
European documents and CPU seconds per page of each. Skipped when the German
model (``tesseract-ocr-deu``) is not installed.

Upload throughput: a real service process (one extraction worker, the
default) takes ``UPLOADS`` 4 MB PDFs through tus while it is idle, then again
while it reads a queue of photographed tickets (target ≥ 0.8×).

Run: ``./dev bench extraction`` (its detail), or as a row of ``./dev bench``.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from server.extraction import parse, samples
from server.extraction.engine import make_engine
from server.extraction.read import read_file
from tests.benchmarks.table import Row, ratio_target, result_target

CORPUS = 300
QUICK_CORPUS = 24
SPEED_PAGES = 40
UPLOADS = 6
RAPID_DOCS = 30
LANGUAGE_DOCS = 50
#: How the language comparison reads: the service's way, then Tesseract's own ways.
LANGUAGE_WAYS = ("per page", "eng", "eng+deu")
PICTURES = ("clean scan", "rotated scan", "phone photo", "poor photo", "text PDF", "scanned PDF")
CLEAN = ("clean scan", "rotated scan", "text PDF", "scanned PDF")
PHOTOS = ("phone photo", "poor photo")


@dataclass
class Sample:
    number: int
    kind: str
    picture: str
    european: bool
    truth: dict[str, str]
    files: list[tuple[Path, str]]


@dataclass
class Outcome:
    sample: Sample
    found: dict[str, parse.Value]
    seconds: float


@dataclass
class ExtractionResult:
    outcomes: list[Outcome] = field(default_factory=list)
    pipeline_pages_s: float | None = None
    cli_pages_s: float | None = None
    speed_pages: int = 0
    upload_idle_mb_s: float | None = None
    upload_busy_mb_s: float | None = None
    busy_jobs_left: int | None = None
    install_kb: int | None = None
    tesseract_cpu_s_page: float | None = None
    python_cpu_s_page: float | None = None
    sharpened: dict[str, int] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    rapid_outcomes: list[Outcome] = field(default_factory=list)
    rapid_cpu_s_page: float | None = None
    rapid_skipped: str = ""
    #: per way of choosing the language (``LANGUAGE_WAYS``): the outcomes and the CPU seconds per page
    language_outcomes: dict[str, list[Outcome]] = field(default_factory=dict)
    language_cpu_s_page: dict[str, float] = field(default_factory=dict)
    language_skipped: str = ""

    # -- accuracy ---------------------------------------------------------------------------

    def _cells(self, outcomes: list[Outcome]) -> tuple[int, int]:
        right = total = 0
        for o in outcomes:
            for name, value in o.sample.truth.items():
                total += 1
                right += name in o.found and o.found[name].value == value
        return right, total

    def rate(self, pictures: tuple[str, ...] | None = None, field_name: str | None = None) -> tuple[float, int]:
        outcomes = [o for o in self.outcomes if pictures is None or o.sample.picture in pictures]
        right = total = 0
        for o in outcomes:
            for name, value in o.sample.truth.items():
                if field_name and name != field_name:
                    continue
                total += 1
                right += name in o.found and o.found[name].value == value
        return (right / total if total else float("nan")), total

    def confidences(self) -> tuple[list[float], list[float], int]:
        right, wrong, missing = [], [], 0
        for o in self.outcomes:
            for name, value in o.sample.truth.items():
                if name not in o.found:
                    missing += 1
                elif o.found[name].value == value:
                    right.append(o.found[name].confidence)
                else:
                    wrong.append(o.found[name].confidence)
        return right, wrong, missing

    def table(self) -> str:
        """Field × kind of picture, exact-match %, as Markdown."""
        head = "| field | " + " | ".join(PICTURES) + " | all |"
        lines = [head, "|" + "---|" * (len(PICTURES) + 2)]
        for name in parse.FIELDS:
            cells = []
            for picture in (*[(p,) for p in PICTURES], None):
                r, n = self.rate(picture, name)
                cells.append(f"{r * 100:.1f} ({n})" if n else "—")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        cells = []
        for picture in (*[(p,) for p in PICTURES], None):
            r, n = self.rate(picture)
            cells.append(f"**{r * 100:.1f}** ({n})" if n else "—")
        lines.append("| all fields | " + " | ".join(cells) + " |")
        if self.pages:
            cells = [f"{self.sharpened.get(p, 0)} of {self.pages[p]}" if self.pages.get(p) else "—" for p in PICTURES]
            lines.append("| pages sharpened | " + " | ".join(cells) + f" | {sum(self.sharpened.values())} |")
        by_kind = defaultdict(list)
        for o in self.outcomes:
            by_kind[o.sample.kind].append(o)
        lines.append("")
        lines.append("| document | pictures | exact-match % |")
        lines.append("|---|---|---|")
        for kind, outcomes in sorted(by_kind.items()):
            right, total = self._cells(outcomes)
            lines.append(f"| {kind} | {len(outcomes)} | {right / total * 100:.1f} |")
        return "\n".join(lines)

    def rows(self) -> list[Row]:
        clean, n_clean = self.rate(CLEAN)
        photo, n_photo = self.rate(PHOTOS)
        right, wrong, missing = self.confidences()
        mean_right = statistics.fmean(right) if right else None
        mean_wrong = statistics.fmean(wrong) if wrong else None
        docs = len(self.outcomes)
        rows = [
            Row("extraction", f"fields exactly right, clean scans and PDFs ({n_clean} fields) %",
                clean * 100, 100, "%", "every field", result_target(">=", 97),
                note=f"{docs} documents, Tesseract {self._version()}"),
            Row("extraction", f"fields exactly right, phone photos ({n_photo} fields) %", photo * 100, 100, "%",
                "every field", result_target(">=", 90)),
            Row("extraction", "mean confidence of wrong values vs right ones", mean_wrong, mean_right, "",
                "right values", ratio_target("<", 1),
                note=f"{len(right)} right, {len(wrong)} wrong, {missing} not read"),
        ]
        if self.tesseract_cpu_s_page is not None and self.python_cpu_s_page is not None:
            rows.append(Row("extraction", "CPU seconds per OCR page, whole corpus (tesseract + the service's Python)",
                            self.tesseract_cpu_s_page + self.python_cpu_s_page, None, "s", "",
                            note=f"tesseract {self.tesseract_cpu_s_page:.2f} s (photos read twice), Python "
                                 f"{self.python_cpu_s_page:.2f} s (decoding, blur, sharpening, parsing)"))
        if self.pipeline_pages_s is not None and self.cli_pages_s:
            rows.append(Row("extraction", f"pages/s read by the service's pipeline, 2 threads ({self.speed_pages} "
                            "pages)", self.pipeline_pages_s, self.cli_pages_s, "pages/s",
                            "tesseract CLI, 2 at a time, same nice", ratio_target(">=", 1),
                            note="the pipeline also parses the fields, and reads a page again "
                                 "in German or English when its language is not the previous page's"))
        if self.rapid_outcomes:
            numbers = {o.sample.number for o in self.rapid_outcomes}
            tess_right, total = self._cells([o for o in self.outcomes if o.sample.number in numbers])
            rapid_right, _ = self._cells(self.rapid_outcomes)
            rows.append(Row("extraction", f"RapidOCR: fields exactly right, first {len(numbers)} OCR documents "
                            f"({total} fields) %", rapid_right / total * 100, tess_right / total * 100, "%",
                            "Tesseract, same documents", note="engine choice, no target"))
            rows.append(Row("extraction", "RapidOCR: CPU seconds per page", self.rapid_cpu_s_page,
                            self.tesseract_cpu_s_page, "s", "Tesseract (photos read twice), same run",
                            note="lower is better"))
        elif self.rapid_skipped:
            rows.append(Row.skip("extraction", "RapidOCR against Tesseract", self.rapid_skipped))
        rows += self._language_rows()
        if self.upload_idle_mb_s is not None and self.upload_busy_mb_s is not None:
            rows.append(Row("extraction", "tus upload MB/s while the service reads tickets",
                            self.upload_busy_mb_s, self.upload_idle_mb_s, "MB/s", "the same, service idle",
                            ratio_target(">=", 0.8), note=f"{self.busy_jobs_left} tickets still queued after"))
        return rows

    def _language_rows(self) -> list[Row]:
        if self.language_skipped:
            return [Row.skip("extraction", "languages: each page's model against eng and eng+deu",
                             self.language_skipped)]
        if not self.language_outcomes:
            return []
        ours = self.language_outcomes[LANGUAGE_WAYS[0]]
        rows = []
        for label, european in (("US", False), ("European", True)):
            right, total = self._cells([o for o in ours if o.sample.european == european])
            for way in LANGUAGE_WAYS[1:]:
                theirs, _ = self._cells([o for o in self.language_outcomes[way] if o.sample.european == european])
                rows.append(Row("extraction", f"languages: {label} documents' fields exactly right, each page's "
                                f"model ({total} fields) %", right / total * 100 if total else None,
                                theirs / total * 100 if total else None, "%", f"-l {way}, same documents",
                                note="no target"))
        for way in LANGUAGE_WAYS[1:]:
            rows.append(Row("extraction", "languages: CPU seconds per page, each page's model",
                            self.language_cpu_s_page[LANGUAGE_WAYS[0]], self.language_cpu_s_page[way], "s",
                            f"-l {way}, same pages", note="lower is better"))
        return rows

    @staticmethod
    def _version() -> str:
        from server.extraction.engine import EngineUnavailableError, TesseractEngine

        try:  # the library the service reads with (tesserocr's), not the program's
            return TesseractEngine().version().split()[-1]
        except EngineUnavailableError:
            return "?"


class CpuCounted:
    """``engine``, adding up the CPU seconds its reads take: each thread's own CPU time
    (``time.thread_time``) across the call, as Tesseract runs in the calling thread."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.name = engine.name
        self.sparse_pass = engine.sparse_pass
        self.seconds = 0.0
        self._lock = threading.Lock()

    def read(self, image, *, sparse: bool = False):
        started = time.thread_time()
        try:
            return self.engine.read(image, sparse=sparse)
        finally:
            spent = time.thread_time() - started
            with self._lock:
                self.seconds += spent


# -- the corpus --------------------------------------------------------------------------------


def corpus(root: Path, count: int, *, seed: int = 13) -> list[Sample]:
    rng = random.Random(seed)
    out = []
    for number in range(count):
        kind = samples.KINDS[number % len(samples.KINDS)]
        picture = PICTURES[(number // len(samples.KINDS)) % len(PICTURES)]
        doc = samples.make(kind, rng)
        files: list[tuple[Path, str]] = []
        base = root / f"{number:03d}"
        if picture == "text PDF":
            files.append(_write(base.with_suffix(".pdf"), doc.text_pdf(), "application/pdf"))
        elif picture == "scanned PDF":
            scans = [samples.scanned(p, rng, max_angle=1.0).convert("RGB") for p in doc.render()]
            doc.images = scans
            files.append(_write(base.with_suffix(".pdf"), doc.image_pdf(quality=rng.randrange(60, 85)),
                                "application/pdf"))
        else:
            for page, image in enumerate(doc.render(), start=1):
                path = base.parent / f"{base.name}-{page}"
                if picture == "clean scan":
                    files.append(_write(path.with_suffix(".png"),
                                        samples.png(samples.scanned(image, rng, max_angle=1.0)), "image/png"))
                elif picture == "rotated scan":
                    angle = rng.uniform(2, 5) * rng.choice((-1, 1))
                    turned = image.rotate(angle, resample=3, expand=True, fillcolor=255)
                    files.append(_write(path.with_suffix(".png"), samples.png(turned), "image/png"))
                elif picture == "phone photo":
                    photo = samples.photographed(image, rng, blur=rng.uniform(0.3, 1.2), max_angle=5,
                                                 tilt=rng.uniform(0.02, 0.06))
                    files.append(_write(path.with_suffix(".jpg"), samples.jpeg(photo, rng.randrange(55, 91)),
                                        "image/jpeg"))
                else:  # poor photo
                    photo = samples.photographed(image, rng, blur=rng.uniform(1.2, 1.8), max_angle=5,
                                                 tilt=rng.uniform(0.03, 0.07))
                    files.append(_write(path.with_suffix(".jpg"), samples.jpeg(photo, rng.randrange(35, 56)),
                                        "image/jpeg"))
        out.append(Sample(number, kind, picture, doc.european, dict(doc.truth), files))
    return out


def _write(path: Path, data: bytes, mime: str) -> tuple[Path, str]:
    path.write_bytes(data)
    return path, mime


def read_sample(sample: Sample, engine) -> Outcome:
    started = time.perf_counter()
    pages = [r.page for path, mime in sample.files for r in read_file(path, mime, engine)]
    return Outcome(sample, parse.parse(pages), time.perf_counter() - started)


def count_sharpened(result: ExtractionResult, docs: list[Sample]) -> None:
    """How many pages of each kind of picture ``read`` sharpens (the same decision, on the same pictures)."""
    from PIL import Image, ImageOps

    from server.extraction.read import prepared, sharpen

    for sample in docs:
        if sample.picture in ("text PDF", "scanned PDF"):  # a scanned PDF's JPEG pages: counted as scans are
            continue
        for path, _ in sample.files:
            with Image.open(path) as image:
                grey = prepared(ImageOps.exif_transpose(image))
            result.pages[sample.picture] = result.pages.get(sample.picture, 0) + 1
            result.sharpened[sample.picture] = result.sharpened.get(sample.picture, 0) + (sharpen(grey) is not None)


def compare_rapidocr(result: ExtractionResult, docs: list[Sample]) -> None:
    """RapidOCR on ``docs`` through the service's engine interface, when it is installed."""
    from server.extraction.engine import EngineUnavailableError

    try:
        engine = make_engine("rapidocr")
    except EngineUnavailableError as exc:
        result.rapid_skipped = str(exc)
        return
    before = os.times()
    with ThreadPoolExecutor(2) as pool:  # one onnxruntime thread per page, two pages at a time
        result.rapid_outcomes = list(pool.map(lambda s: read_sample(s, engine), docs))
    after = os.times()
    pages = sum(len(s.files) for s in docs)
    result.rapid_cpu_s_page = (after.user + after.system - before.user - before.system) / pages


def compare_languages(result: ExtractionResult, docs: list[Sample]) -> None:
    """``docs`` read each of the ``LANGUAGE_WAYS``, in two interleaved halves (the machine's load falls
    on each alike), when the German model is installed."""
    from server.extraction.engine import TesseractEngine, installed_languages

    if "deu" not in installed_languages():
        result.language_skipped = "the German model is not installed (tesseract-ocr-deu)"
        return
    engines = {way: CpuCounted(TesseractEngine(languages=None if way == LANGUAGE_WAYS[0] else way))
               for way in LANGUAGE_WAYS}
    half = len(docs) // 2
    for number, batch in enumerate((docs[:half], docs[half:])):
        for way in LANGUAGE_WAYS if number == 0 else LANGUAGE_WAYS[::-1]:
            with ThreadPoolExecutor(2) as pool:
                result.language_outcomes.setdefault(way, []).extend(
                    pool.map(lambda s, e=engines[way]: read_sample(s, e), batch))
    cpu = {way: engine.seconds for way, engine in engines.items()}
    pages = sum(len(s.files) for s in docs)
    result.language_cpu_s_page = {way: seconds / pages for way, seconds in cpu.items()}


# -- speed -------------------------------------------------------------------------------------


def speed(pages: list[Path], engine) -> tuple[float, float]:
    """(pipeline pages/s, tesseract CLI pages/s), both two at a time, interleaved halves."""

    def pipeline(path: Path) -> None:
        parse.parse([r.page for r in read_file(path, "image/png", engine)])

    def cli(path: Path) -> None:
        # What the engine asks of Tesseract (layout pass, words with boxes: TSV), as a person would run the program.
        # At the priority the service gives its OCR (TesseractEngine's nice 10), so that both get the same
        # share of a shared machine.
        subprocess.run(["nice", "-n", "10", "tesseract", str(path), "stdout", "--psm", "3", "-l", "eng", "tsv"],
                       capture_output=True, check=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})

    times = {"pipeline": 0.0, "cli": 0.0}
    half = len(pages) // 2
    for batch in (pages[:half], pages[half:]):
        for name, work in (("pipeline", pipeline), ("cli", cli)) if batch is pages[:half] else (
                ("cli", cli), ("pipeline", pipeline)):
            started = time.perf_counter()
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(work, batch))
            times[name] += time.perf_counter() - started
    return len(pages) / times["pipeline"], len(pages) / times["cli"]


# -- uploads while reading ------------------------------------------------------------------------


def _upload_rate(url: str, token: str, files: list[Path]) -> float:
    from tests.benchmarks.bench_upload_service import Target, httpx_tus

    started = time.perf_counter()
    size = 0
    for path in files:
        httpx_tus(Target(url, token, hashlib.sha256(path.read_bytes()).hexdigest()), path)
        size += path.stat().st_size
    return size / 1e6 / (time.perf_counter() - started)


def uploads_while_reading(root: Path, photos: list[Path], count: int) -> tuple[float, float, int]:
    from tests.support.service import DEMO_PASSWORD, ServiceProcess
    from tests.support.uploads import pdf_tail

    bulk = []
    for n in range(count * 2):
        path = root / f"bulk-{n}.pdf"
        head = b"%PDF-1.4\n% benchmark filler\n" + random.Random(n).randbytes(4_000_000)
        path.write_bytes(head + pdf_tail(len(head)))
        bulk.append(path)
    service = ServiceProcess(root / "service").start()
    try:
        token = httpx.post(service.url + "/api/v1/auth/login",
                           json={"email": "alice@demo.example", "password": DEMO_PASSWORD}).json()["access_token"]
        _wait_idle(service)
        idle = _upload_rate(service.url, token, bulk[:count])
        from tests.benchmarks.bench_upload_service import Target, httpx_tus

        for path in photos:  # tickets to read: the worker is busy from the first on
            httpx_tus(Target(service.url, token, hashlib.sha256(path.read_bytes()).hexdigest()), path)
        busy = _upload_rate(service.url, token, bulk[count:])
        left = _queued(service)
    finally:
        service.stop()
    return idle, busy, left


def _queued(service) -> int:
    import sqlite3

    conn = sqlite3.connect(service.data_dir / "ticketpros.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM extraction_jobs WHERE state IN ('queued', 'running')").fetchone()[0]
    finally:
        conn.close()


def _wait_idle(service, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while _queued(service) and time.monotonic() < deadline:  # the demo seed's tickets
        time.sleep(0.5)


def _installed_kb() -> int | None:
    try:
        out = subprocess.run(["dpkg-query", "-Wf", "${Installed-Size}\\n", "tesseract-ocr", "tesseract-ocr-eng",
                              "tesseract-ocr-deu", "libtesseract5"], capture_output=True, text=True, check=True).stdout
        return sum(int(v) for v in out.split())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


# -- the run -----------------------------------------------------------------------------------


def measure(quick: bool = False) -> ExtractionResult:
    if shutil.which("tesseract") is None:
        raise RuntimeError("the tesseract program is not installed (./dev bench installs it)")
    engine = CpuCounted(make_engine("tesseract"))
    result = ExtractionResult(install_kb=_installed_kb())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "corpus").mkdir()
        docs = corpus(root / "corpus", QUICK_CORPUS if quick else CORPUS)
        before = os.times()
        with ThreadPoolExecutor(2) as pool:
            result.outcomes = list(pool.map(lambda s: read_sample(s, engine), docs))
        after = os.times()
        ocr_pages = sum(len(s.files) for s in docs if s.picture != "text PDF")
        process = after.user + after.system - before.user - before.system
        result.tesseract_cpu_s_page = engine.seconds / ocr_pages
        result.python_cpu_s_page = (process - engine.seconds) / ocr_pages
        count_sharpened(result, docs)
        compare_rapidocr(result, [s for s in docs if s.picture != "text PDF"][: 6 if quick else RAPID_DOCS])
        compare_languages(result, [s for s in docs if s.picture != "text PDF"][: 6 if quick else LANGUAGE_DOCS])
        pngs = [p for s in docs if s.picture in ("clean scan", "rotated scan") for p, _ in s.files]
        pages = pngs[: 8 if quick else SPEED_PAGES]
        result.speed_pages = len(pages)
        result.pipeline_pages_s, result.cli_pages_s = speed(pages, engine.engine)
        photos = [p for s in docs if s.picture == "phone photo" for p, _ in s.files][: 4 if quick else 20]
        (root / "uploads").mkdir()
        result.upload_idle_mb_s, result.upload_busy_mb_s, result.busy_jobs_left = uploads_while_reading(
            root / "uploads", photos, 2 if quick else UPLOADS)
    return result


def main(quick: bool = False) -> None:
    result = measure(quick)
    print(result.table())
    right, wrong, missing = result.confidences()
    print(f"\nmean confidence: right {statistics.fmean(right):.3f} ({len(right)}), "
          f"wrong {statistics.fmean(wrong) if wrong else float('nan'):.3f} ({len(wrong)}), not read {missing}")
    print(f"speed: pipeline {result.pipeline_pages_s:.2f} pages/s, tesseract CLI {result.cli_pages_s:.2f} pages/s "
          f"({result.speed_pages} pages, 2 at a time)")
    print(f"uploads: idle {result.upload_idle_mb_s:.1f} MB/s, while reading {result.upload_busy_mb_s:.1f} MB/s "
          f"({result.busy_jobs_left} tickets still queued)")
    if result.rapid_outcomes:
        numbers = {o.sample.number for o in result.rapid_outcomes}
        tess = [o for o in result.outcomes if o.sample.number in numbers]
        for name, outcomes in (("tesseract", tess), ("rapidocr", result.rapid_outcomes)):
            by = defaultdict(list)
            for o in outcomes:
                by[o.sample.picture].append(o)
            cells = ", ".join(f"{p} {r / n * 100:.1f} %" for p, os_ in by.items() for r, n in [result._cells(os_)])
            print(f"{name} on the first {len(numbers)} OCR documents: {cells}")
        print(f"CPU s per page: tesseract {result.tesseract_cpu_s_page:.2f}, rapidocr {result.rapid_cpu_s_page:.2f}")
    elif result.rapid_skipped:
        print(f"RapidOCR not compared: {result.rapid_skipped}")
    if result.language_outcomes:
        for way, outcomes in result.language_outcomes.items():
            cells = ", ".join(f"{label} {r / n * 100:.1f} % ({n})" for label, european in (("US", False),
                                                                                       ("European", True))
                              for r, n in [result._cells([o for o in outcomes if o.sample.european == european])]
                              if n)
            print(f"languages {way}: {cells}, tesseract CPU {result.language_cpu_s_page[way]:.3f} s a page")
    elif result.language_skipped:
        print(f"languages not compared: {result.language_skipped}")
    print(f"CPU s per OCR page: tesseract {result.tesseract_cpu_s_page:.3f}, the service's Python "
          f"{result.python_cpu_s_page:.3f}")
    if result.install_kb:
        print(f"install size of tesseract-ocr + tesseract-ocr-eng + tesseract-ocr-deu + libtesseract5: {result.install_kb / 1024:.1f} MB")
    wrong_cases = [(o.sample.number, o.sample.picture, n, v, o.found[n].value if n in o.found else None)
                   for o in result.outcomes for n, v in o.sample.truth.items()
                   if n not in o.found or o.found[n].value != v]
    print(f"\n{len(wrong_cases)} wrong fields, the first 60:")
    for case in wrong_cases[:60]:
        print("  ", case)
