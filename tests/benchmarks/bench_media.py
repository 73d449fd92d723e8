"""Cleaning 12-megapixel JPEGs with ``prepare`` against two baselines from the same run.

* ``copyfile``: ``shutil.copyfile`` of the same file, the floor for anything
  that writes a copy;
* ``decode``: Pillow's full decode (``Image.open().load()``), which
  ``prepare`` does once anyway to refuse truncated files.

So ``prepare / decode`` close to 1 means the lossless rewrite itself is cheap.
Run: ``python tests/benchmarks/bench_media.py`` or ``python -m tests.benchmarks media``.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from PIL import Image

from api_client.media import prepare
from tests import media_samples as samples
from tests.benchmarks.table import Row

SIZE = (4000, 3000)
FILES = 4  # distinct photos, so no run benefits from the previous one's caches more than another
RUNS = 5


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


def clean(source: Path, dest: Path) -> None:
    prepare(source, dest.parent)


@dataclass(frozen=True)
class MediaResult:
    size: tuple[int, int]
    files: int
    runs: int
    mean_mb: float
    seconds: dict[str, float]  # "copyfile", "decode", "prepare": median seconds per file

    @property
    def megapixels(self) -> float:
        return self.size[0] * self.size[1] / 1e6

    def rows(self) -> list[Row]:
        rate = {name: 1 / seconds for name, seconds in self.seconds.items()}
        what = f"metadata cleaning, {self.megapixels:.0f} MP JPEG (files/s, higher is better)"
        return [
            Row("media", what, rate["prepare"], rate["decode"], "files/s", "Pillow full decode",
                note=f"median of {self.runs} passes over {self.files} files"),
            Row("media", what, rate["prepare"], rate["copyfile"], "files/s", "shutil.copyfile"),
        ]


def measure(quick: bool = False) -> MediaResult:
    size, files, runs = ((2000, 1500), 2, 2) if quick else (SIZE, FILES, RUNS)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        sources = [
            samples.jpeg_with_gps(tmp_dir / f"photo{i}.jpg", orientation=1 + i % 8, size=size)
            for i in range(files)
        ]
        mean_mb = statistics.mean(p.stat().st_size for p in sources) / 1e6
        for task in (shutil.copyfile, decode, clean):  # warm-up: page cache, imports, codec tables
            task(sources[0], tmp_dir / "warm.jpg")
        seconds = {
            "copyfile": seconds_per_file(shutil.copyfile, sources, tmp_dir, runs),
            "decode": seconds_per_file(decode, sources, tmp_dir, runs),
            "prepare": seconds_per_file(clean, sources, tmp_dir, runs),
        }
    return MediaResult(size, files, runs, mean_mb, seconds)


def main(quick: bool = False) -> None:
    result = measure(quick)
    megapixels = result.megapixels
    print(f"{result.files} JPEGs of {megapixels:.0f} MP, {result.mean_mb:.1f} MB on average; "
          f"median of {result.runs} passes")
    for name, seconds in result.seconds.items():
        rates = f"{1 / seconds:7.1f} files/s  {megapixels / seconds:8.1f} MP/s"
        print(f"  {name:9} {seconds * 1000:8.1f} ms/file  {rates}")
    print(f"  prepare / copyfile: {result.seconds['prepare'] / result.seconds['copyfile']:.1f}x the time")
    print(f"  prepare / decode:   {result.seconds['prepare'] / result.seconds['decode']:.2f}x the time")


if __name__ == "__main__":
    main()
