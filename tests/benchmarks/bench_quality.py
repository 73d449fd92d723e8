"""The photo quality check (``api_client/media/_quality.py``): how often it is right, what it costs.

* Rates, on a generated set (``tests/support/quality_set.py``): sharp ticket
  photos and, for each, one spoiled copy per kind (Gaussian blur, motion blur,
  dark, washed out, tiny, page small in a big frame). Each goes through
  ``prepare`` as the queue sends it. The false-alarm rate is the share of
  sharp photos flagged (target ≤ 5 %); the catch rate of a kind, the share of
  its copies flagged (target ≥ 90 %), with how many were named right.
* Cost: ``prepare`` of 12 MP JPEGs with the check against ``prepare`` with
  the check replaced by nothing, in the same run (target ≥ 0.95×: the check
  measures the 1/8-scale decode ``prepare`` makes anyway).

Run: ``python -m tests.benchmarks quality`` (its own output: every photo's measures).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not __package__:
    sys.path.insert(0, str(ROOT))

from PIL import Image

from api_client.media import _prepare, prepare
from api_client.media._quality import Quality
from tests.benchmarks.bench_media import make_photos, seconds_per_file
from tests.benchmarks.table import Row, ratio_target, result_target
from tests.support.quality_set import DEGRADATIONS, generate

#: The names a spoiled copy should get (any problem counts as caught).
EXPECTED = {"gaussian": "blurred", "motion": "blurred", "dark": "dark", "washed_out": "washed_out",
            "tiny": "low_resolution", "small_page": "small_page"}


@dataclass
class QualityResult:
    sharp: int
    page_width: int
    flagged: dict[str, int] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    false_alarms: Counter = field(default_factory=Counter)
    #: seconds per 12 MP JPEG: "with check", "without check"
    seconds: dict[str, float] = field(default_factory=dict)
    details: list[tuple[str, str, Quality]] = field(default_factory=list)

    def rate(self, kind: str) -> float:
        return self.flagged[kind] / self.counts[kind]

    def rows(self) -> list[Row]:
        size = f"{self.counts['sharp']} sharp photos + {sum(self.counts.values()) - self.counts['sharp']} spoiled"
        alarms = ", ".join(f"{n} {p}" for p, n in self.false_alarms.items()) or "none"
        rows = [Row("quality", f"photo check: false alarms on sharp ticket photos ({size})",
                    100 * self.rate("sharp"), None, "%", target=result_target("<=", 5),
                    note=f"flagged as: {alarms}; pages {self.page_width} px wide")]
        for kind in DEGRADATIONS:
            rows.append(Row("quality", f"photo check: caught, {kind.replace('_', ' ')}", 100 * self.rate(kind), None,
                            "%", target=result_target(">=", 90),
                            note=f"{self.named[kind]}/{self.counts[kind]} named {EXPECTED[kind]}"))
        if self.seconds:
            rate = {name: 1 / s for name, s in self.seconds.items()}
            rows.append(Row("quality", "prepare of 12 MP JPEGs with the photo check (files/s)", rate["with check"],
                            rate["without check"], "files/s", "prepare without the check",
                            target=ratio_target(">=", 0.95),
                            note=f"the check alone: {self.seconds['check alone'] * 1000:.1f} ms per photo"))
        return rows


def _rates(result: QualityResult, folder: Path) -> None:
    photos = generate(folder / "set", result.sharp, page_width=result.page_width)
    out = folder / "out"
    for photo in photos:
        ready = prepare(photo.path, out)
        ready.path.unlink()
        quality = ready.quality
        assert quality is not None
        result.details.append((photo.kind, photo.how, quality))
        result.counts[photo.kind] = result.counts.get(photo.kind, 0) + 1
        result.flagged[photo.kind] = result.flagged.get(photo.kind, 0) + (not quality.ok)
        if photo.kind == "sharp":
            if not quality.ok:
                result.false_alarms[str(quality.problem)] += 1
        else:
            result.named[photo.kind] = result.named.get(photo.kind, 0) + (str(quality.problem) == EXPECTED[photo.kind])


def _cost(result: QualityResult, folder: Path, quick: bool) -> None:
    size, files, runs = ((2000, 1500), 2, 3) if quick else ((4000, 3000), 8, 7)
    sources = make_photos(folder, files, size)

    def clean(source: Path, dest: Path) -> None:
        prepare(source, dest.parent)

    real = _prepare.check_image
    clean(sources[0], folder / "warm.jpg")
    with_check, without = [], []
    def stub(image, pixels=None):  # what prepare did before the check
        return None

    try:
        for run in range(runs):  # interleaved, in turn first, so the machine's load bends both alike
            for checking in ((True, False) if run % 2 == 0 else (False, True)):
                _prepare.check_image = real if checking else stub
                (with_check if checking else without).append(seconds_per_file(clean, sources, folder, runs=1))
    finally:
        _prepare.check_image = real
    result.seconds = {"with check": statistics.median(with_check), "without check": statistics.median(without)}
    # The check alone, on the grey 1/8-scale decode it is given.
    with Image.open(sources[0]) as image:
        image.draft("L", (480, 360))
        image.load()
        start = time.perf_counter()
        for _ in range(20):
            real(image, 12_000_000)
        result.seconds["check alone"] = (time.perf_counter() - start) / 20


def measure(quick: bool = False) -> QualityResult:
    result = QualityResult(sharp=8 if quick else 40, page_width=1200 if quick else 1600)
    with tempfile.TemporaryDirectory() as tmp:
        _rates(result, Path(tmp))
        _cost(result, Path(tmp), quick)
    return result


def main(quick: bool = False) -> None:
    start = time.perf_counter()
    result = measure(quick)
    for kind, how, q in result.details:
        print(f"{kind:10} {how:30} {q.pixels / 1e6:5.1f} MP  bright {q.bright:3.0f}  contrast {q.contrast:3.0f}  "
              f"page {q.page_share:4.2f}  sharpness {q.sharpness:5.3f}  -> {q.problem or 'ok'}")
    for row in result.rows():
        print(f"{row.measure}: {row.result:.1f} {row.unit}"
              + (f" against {row.baseline:.1f} ({row.result / row.baseline:.2f}x)" if row.baseline else "")
              + (f"  [{row.note}]" if row.note else ""))
    print(f"({time.perf_counter() - start:.0f} s, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main("--quick" in sys.argv)
