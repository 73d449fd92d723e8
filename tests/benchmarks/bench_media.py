"""Cleaning 12-megapixel JPEGs with ``prepare`` against baselines from the same run.

* ``exiftool``: ``exiftool -all=`` in ONE process over copies of the same
  files (its start included): what a metadata stripper that checks nothing
  costs. The targets: ``prepare`` on one thread at least as fast (files/s),
  on two threads (the upload queue's two workers) at least twice as fast.
  exiftool comes from Debian's ``libimage-exiftool-perl`` (``./dev bench``
  installs it); without it those rows say so.
* ``prepare`` is measured as the Uploads page runs it: with its thumbnail cache
  (64-pixel previews, made from the decode that checks the file).
* ``prepare`` on two processes (a ``ProcessPoolExecutor``): informative, to
  compare with threads (Pillow's decoder, hashing and file I/O release the GIL).
* ``exiftool, running``: informative, the same ``-all=`` sent file by file to an
  ``exiftool -stay_open True -@ -`` started beforehand: its cost per file
  without its start-up (what the batch row amortises over only ``FILES`` files).
* ``decode 1/8``: Pillow's decode at 1/8 scale alone (``Image.draft``), the part
  of ``prepare`` that proves every scan whole: libjpeg still Huffman-decodes
  every coefficient, so it is the floor of ``prepare`` as long as that check is kept.
* ``copyfile``: ``shutil.copyfile`` of the same file, the floor for anything
  that writes a copy;
* ``decode``: Pillow's full decode (``Image.open().load()``), which
  ``prepare`` no longer does (it decodes at the smallest DCT scale).

Run: ``python tests/benchmarks/bench_media.py`` or ``python -m tests.benchmarks media``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from PIL import Image

from api_client.media import ThumbnailCache, prepare
from tests import media_samples as samples
from tests.benchmarks.table import Row, ratio_target

SIZE = (4000, 3000)
FILES = 8  # distinct photos, so no run benefits from the previous one's caches more than another
RUNS = 5
WORKERS = 2  # the upload queue's default number of workers, and this machine's cores


def seconds_per_file(task: Callable[[Path, Path], object], sources: list[Path], out_dir: Path,
                     runs: int = RUNS) -> float:
    """Median over ``runs`` of the mean time per file for one pass over ``sources``."""
    passes = []
    for run in range(runs):
        work = out_dir / f"{getattr(task, '__name__', 'task')}-run{run}"
        work.mkdir()
        start = time.perf_counter()
        for index, source in enumerate(sources):
            task(source, work / f"{index}.jpg")
        passes.append((time.perf_counter() - start) / len(sources))
        shutil.rmtree(work)
    return statistics.median(passes)


def decode(source: Path, _: Path) -> None:
    with Image.open(source) as image:
        image.load()


def decode_eighth(source: Path, _: Path) -> None:
    with Image.open(source) as image:
        image.draft("RGB", (image.size[0] // 8, image.size[1] // 8))
        image.load()


#: The Uploads page's preview size (app/uploads/page.py).
PREVIEW_SIZE = 64


def clean(source: Path, dest: Path) -> None:
    prepare(source, dest.parent, thumbnails=ThumbnailCache(dest.parent / "thumbnails", PREVIEW_SIZE))


def _prepare_into(job: tuple[Path, Path]) -> None:
    source, work = job
    prepare(source, work, thumbnails=ThumbnailCache(work / "thumbnails", PREVIEW_SIZE))


def seconds_per_file_parallel(pool: Executor, sources: list[Path], out_dir: Path, runs: int = RUNS) -> float:
    """As :func:`seconds_per_file`, with the files shared between the pool's workers."""
    passes = []
    for run in range(runs):
        work = out_dir / f"parallel-run{run}"
        work.mkdir()
        start = time.perf_counter()
        list(pool.map(_prepare_into, [(source, work) for source in sources]))
        passes.append((time.perf_counter() - start) / len(sources))
        shutil.rmtree(work)
    return statistics.median(passes)


def exiftool_seconds_per_file(sources: list[Path], out_dir: Path, runs: int = RUNS) -> float | None:
    """``exiftool -all=`` in one process over copies of ``sources`` (rewritten in place), per file."""
    if shutil.which("exiftool") is None:
        return None
    passes = []
    for run in range(runs):
        work = out_dir / f"exiftool-run{run}"
        work.mkdir()
        copies = [shutil.copyfile(source, work / source.name) for source in sources]
        start = time.perf_counter()
        subprocess.run(["exiftool", "-q", "-all=", "-overwrite_original", *map(str, copies)], check=True)
        passes.append((time.perf_counter() - start) / len(sources))
        shutil.rmtree(work)
    return statistics.median(passes)


def exiftool_running_seconds_per_file(sources: list[Path], out_dir: Path, runs: int = RUNS) -> float | None:
    """``-all=`` file by file to an exiftool started beforehand (``-stay_open``), per file."""
    if shutil.which("exiftool") is None:
        return None
    tool = subprocess.Popen(["exiftool", "-stay_open", "True", "-@", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert tool.stdin is not None and tool.stdout is not None

    def strip(path: Path) -> None:
        tool.stdin.write(f"-all=\n-overwrite_original\n{path}\n-execute\n")
        tool.stdin.flush()
        while tool.stdout.readline().strip() != "{ready}":
            pass

    try:
        warm = out_dir / "exiftool-warm.jpg"
        strip(shutil.copyfile(sources[0], warm))
        passes = []
        for run in range(runs):
            work = out_dir / f"exiftool-running-run{run}"
            work.mkdir()
            copies = [shutil.copyfile(source, work / source.name) for source in sources]
            start = time.perf_counter()
            for copy in copies:
                strip(copy)
            passes.append((time.perf_counter() - start) / len(sources))
            shutil.rmtree(work)
        return statistics.median(passes)
    finally:
        tool.stdin.write("-stay_open\nFalse\n")
        tool.stdin.close()
        tool.wait(timeout=30)


def make_photos(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    """``count`` JPEGs with GPS whose pixels differ (each size seeds its own texture)."""
    width, height = size
    return [samples.jpeg_with_gps(folder / f"photo{i}.jpg", orientation=1 + i % 8, size=(width - 8 * i, height))
            for i in range(count)]


@dataclass(frozen=True)
class MediaResult:
    size: tuple[int, int]
    files: int
    runs: int
    mean_mb: float
    #: median seconds per file: "copyfile", "decode", "decode 1/8", "prepare", "prepare, 2 threads",
    #: "prepare, 2 processes", and "exiftool", "exiftool, running" when it is installed
    seconds: dict[str, float]

    @property
    def megapixels(self) -> float:
        return self.size[0] * self.size[1] / 1e6

    def rows(self) -> list[Row]:
        rate = {name: 1 / seconds for name, seconds in self.seconds.items()}
        what = (f"metadata cleaning, checks and the queue's preview, {self.megapixels:.0f} MP JPEG"
                " (files/s, higher is better)")
        note = f"median of {self.runs} passes over {self.files} files"
        rows = []
        threads, processes = f"prepare, {WORKERS} threads", f"prepare, {WORKERS} processes"
        if "exiftool" in rate:
            rows += [
                Row("media", what + ", one thread", rate["prepare"], rate["exiftool"], "files/s",
                    "`exiftool -all=`, one process", target=ratio_target(">=", 1), note=note),
                Row("media", what + f", {WORKERS} threads", rate[threads], rate["exiftool"], "files/s",
                    "`exiftool -all=`, one process", target=ratio_target(">=", 2)),
                Row("media", what + f", {WORKERS} processes", rate[processes], rate["exiftool"], "files/s",
                    "`exiftool -all=`, one process", note="informative: threads are what the queue uses"),
                Row("media", what + ", one thread", rate["prepare"], rate["exiftool, running"], "files/s",
                    "`exiftool -all=`, already running (-stay_open)",
                    note="informative: exiftool's cost per file without its start-up"),
            ]
        else:
            rows.append(Row.skip("media", what + " against exiftool",
                                 "exiftool is not installed (Debian: libimage-exiftool-perl)"))
        rows += [
            Row("media", what + ", one thread", rate["prepare"], rate["decode"], "files/s", "Pillow full decode",
                note=note),
            Row("media", what + ", one thread", rate["prepare"], rate["decode 1/8"], "files/s",
                "Pillow decode at 1/8 scale alone",
                note="informative: the check that every scan is whole; prepare cannot be faster"),
            Row("media", what + ", one thread", rate["prepare"], rate["copyfile"], "files/s", "shutil.copyfile"),
        ]
        return rows


def measure(quick: bool = False) -> MediaResult:
    size, files, runs = ((2000, 1500), 2, 2) if quick else (SIZE, FILES, RUNS)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        sources = make_photos(tmp_dir, files, size)
        mean_mb = statistics.mean(p.stat().st_size for p in sources) / 1e6
        for task in (shutil.copyfile, decode, decode_eighth, clean):  # warm-up: page cache, imports, codec tables
            task(sources[0], tmp_dir / "warm.jpg")
        seconds = {
            "copyfile": seconds_per_file(shutil.copyfile, sources, tmp_dir, runs),
            "decode": seconds_per_file(decode, sources, tmp_dir, runs),
            "decode 1/8": seconds_per_file(decode_eighth, sources, tmp_dir, runs),
            "prepare": seconds_per_file(clean, sources, tmp_dir, runs),
        }
        exiftool = exiftool_seconds_per_file(sources, tmp_dir, runs)
        if exiftool is not None:
            seconds["exiftool"] = exiftool
            seconds["exiftool, running"] = exiftool_running_seconds_per_file(sources, tmp_dir, runs)
        with ThreadPoolExecutor(WORKERS) as threads:
            seconds[f"prepare, {WORKERS} threads"] = seconds_per_file_parallel(threads, sources, tmp_dir, runs)
        with ProcessPoolExecutor(WORKERS) as processes:
            list(processes.map(_prepare_into, [(sources[0], tmp_dir / "warm")] * WORKERS))  # start, import
            seconds[f"prepare, {WORKERS} processes"] = seconds_per_file_parallel(processes, sources, tmp_dir, runs)
    return MediaResult(size, files, runs, mean_mb, seconds)


def main(quick: bool = False) -> None:
    result = measure(quick)
    megapixels = result.megapixels
    print(f"{result.files} JPEGs of {megapixels:.0f} MP, {result.mean_mb:.1f} MB on average; "
          f"median of {result.runs} passes")
    for name, seconds in result.seconds.items():
        rates = f"{1 / seconds:7.1f} files/s  {megapixels / seconds:8.1f} MP/s"
        print(f"  {name:22} {seconds * 1000:8.1f} ms/file  {rates}")
    for name in ("exiftool", "exiftool, running", "decode 1/8", "decode", "copyfile"):
        if name in result.seconds:
            print(f"  prepare / {name}: {result.seconds['prepare'] / result.seconds[name]:.2f}x the time")
    print(f"  (load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
