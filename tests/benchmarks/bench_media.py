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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from api_client.media import prepare  # noqa: E402
from tests import media_samples as samples  # noqa: E402

SIZE = (4000, 3000)
FILES = 4  # distinct photos, so no run benefits from the previous one's caches more than another
RUNS = 5


def seconds_per_file(task: Callable[[Path, Path], object], sources: list[Path], out_dir: Path) -> float:
    """Median over RUNS of the mean time per file for one pass over ``sources``."""
    passes = []
    for run in range(RUNS):
        work = out_dir / f"run{run}"
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


def main() -> None:
    megapixels = SIZE[0] * SIZE[1] / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        sources = [
            samples.jpeg_with_gps(tmp_dir / f"photo{i}.jpg", orientation=1 + i % 8, size=SIZE)
            for i in range(FILES)
        ]
        size_mb = statistics.mean(p.stat().st_size for p in sources) / 1e6
        print(f"{FILES} JPEGs of {megapixels:.0f} MP, {size_mb:.1f} MB on average; median of {RUNS} passes")
        for task in (shutil.copyfile, decode, clean):  # warm-up: page cache, imports, codec tables
            task(sources[0], tmp_dir / "warm.jpg")
        results = {
            "copyfile": seconds_per_file(shutil.copyfile, sources, tmp_dir),
            "decode": seconds_per_file(decode, sources, tmp_dir),
            "prepare": seconds_per_file(clean, sources, tmp_dir),
        }
    for name, seconds in results.items():
        rates = f"{1 / seconds:7.1f} files/s  {megapixels / seconds:8.1f} MP/s"
        print(f"  {name:9} {seconds * 1000:8.1f} ms/file  {rates}")
    print(f"  prepare / copyfile: {results['prepare'] / results['copyfile']:.1f}x the time")
    print(f"  prepare / decode:   {results['prepare'] / results['decode']:.2f}x the time")


if __name__ == "__main__":
    main()
