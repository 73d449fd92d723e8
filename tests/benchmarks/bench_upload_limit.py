"""The upload bandwidth limit: does it hold, and does having none cost anything?

Against the reference service in its own process, with ``TusUploader``:

* no limit: without a limiter vs with a ``BandwidthLimiter(0)`` (what every
  QueueRunner upload now goes through), 100 MB, runs interleaved; target 1.00x;
* a 1 MiB/s limit: 8 MiB by one upload, then 2 × 4 MiB by two at once sharing
  one limiter: achieved / configured rate (target just under 1: the first
  eighth of a second is a burst);
* 64 KiB/s: 512 KiB, achieved / configured and the longest gap between two
  progress callbacks (the GUI's progress must keep moving).

In the table (``./dev bench``) the targets are: no-limit ratio >= 0.95 (the
runs' noise on a shared machine); achieved / configured at most what the
limiter's burst allows for that size (:func:`ceiling`).
``--quick``: 20 MB, 2 runs, 2 MiB and 128 KiB under the limits.
Run: ``./dev bench upload_limit``.
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from api_client import TicketProsClient
from api_client.media import sha256_file
from api_client.uploads import BandwidthLimiter, TusUploader
from api_client.uploads._bandwidth import _SLICES_PER_SECOND, MIN_SLICE
from tests.benchmarks.table import Row, ratio_target
from tests.support.service import DEMO_PASSWORD, ServiceProcess
from tests.support.uploads import MiB, big_pdf

RUNS = 5
UNLIMITED_MB = 100


def _upload(client: TicketProsClient, path: Path, sha: str, limiter: BandwidthLimiter | None,
            progress=None) -> float:
    start = time.perf_counter()
    result = TusUploader(client, bandwidth=limiter).upload(
        path, sha256=sha, progress=progress or (lambda sent, total: None),
        metadata={"filename": path.name, "filetype": "application/pdf", "sha256": sha,
                  "ticket_key": str(uuid.uuid4()), "page": 1, "page_count": 1})
    if not result.ticket_id:
        raise RuntimeError("the upload did not become a ticket")
    return time.perf_counter() - start


def ceiling(size: int, rate: int) -> float:
    """The most (achieved rate / limit) a limiter that holds may show for one
    upload of ``size`` bytes: its burst goes at once, the rest at ``rate``;
    plus 2 % for timing."""
    burst = max(MIN_SLICE, rate / _SLICES_PER_SECOND)
    return round(size / (size - burst) + 0.02, 3)


@dataclass(frozen=True)
class LimitResult:
    size_mb: float  # the unlimited upload
    runs: int
    times: dict[str, list[float]]  # "no limiter" / "BandwidthLimiter(0)": seconds per run
    one: tuple[int, float]  # 1 MiB/s, one upload: (bytes, seconds)
    shared: tuple[int, list[float]]  # 1 MiB/s shared by two: (bytes together, when each ended)
    slow: tuple[int, float, int, float]  # 64 KiB/s: (bytes, seconds, progress calls, longest gap in s)

    def rows(self) -> list[Row]:
        unlimited = {name: self.size_mb / min(runs) for name, runs in self.times.items()}
        one_bytes, one_seconds = self.one
        shared_bytes, ends = self.shared
        slow_bytes, slow_seconds, calls, gap = self.slow
        kib = 1024
        return [
            Row("upload_limit", f"upload with no limit set, {self.size_mb:.0f} MB: through BandwidthLimiter(0) "
                f"(MB/s best of {self.runs}, higher is better)", unlimited["BandwidthLimiter(0)"],
                unlimited["no limiter"], "MB/s", "no limiter", ratio_target(">=", 0.95)),
            Row("upload_limit", f"1 MiB/s limit, one {one_bytes // MiB} MiB upload (KiB/s achieved)",
                one_bytes / one_seconds / kib, MiB / kib, "KiB/s", "the limit",
                ratio_target("<=", ceiling(one_bytes, MiB)), note="target: the limit plus its burst"),
            Row("upload_limit", f"1 MiB/s limit shared by two uploads of {shared_bytes // 2 // MiB} MiB "
                "(KiB/s together)", shared_bytes / max(ends) / kib, MiB / kib, "KiB/s", "the limit",
                ratio_target("<=", ceiling(shared_bytes, MiB)),
                note=f"they ended {min(ends):.2f} s and {max(ends):.2f} s in"),
            Row("upload_limit", f"64 KiB/s limit, {slow_bytes // kib} KiB upload (KiB/s achieved)",
                slow_bytes / slow_seconds / kib, 64, "KiB/s", "the limit",
                ratio_target("<=", ceiling(slow_bytes, 64 * kib)),
                note=f"{calls} progress calls, longest gap {gap * 1000:.0f} ms"),
        ]


def measure(quick: bool = False) -> LimitResult:
    unlimited_mb, runs, one_mib, slow_kib = (20, 2, 2, 128) if quick else (UNLIMITED_MB, RUNS, 8, 512)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        big = big_pdf(tmp_path / "big.pdf", unlimited_mb * 1_000_000)
        one_file = big_pdf(tmp_path / "one.pdf", one_mib * MiB, seed=1)
        halves = [big_pdf(tmp_path / f"half-{n}.pdf", one_mib * MiB // 2, seed=2 + n) for n in range(2)]
        small = big_pdf(tmp_path / "small.pdf", slow_kib * 1024, seed=5)
        shas = {p: sha256_file(p) for p in (big, one_file, *halves, small)}
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", str(unlimited_mb + 10))
        client = TicketProsClient(service.url)
        try:
            client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
            # -- no limit: the hot path ------------------------------------------------
            _upload(client, big, shas[big], None)  # warm-up
            times: dict[str, list[float]] = {"no limiter": [], "BandwidthLimiter(0)": []}
            for _ in range(runs):
                times["no limiter"].append(_upload(client, big, shas[big], None))
                times["BandwidthLimiter(0)"].append(_upload(client, big, shas[big], BandwidthLimiter(0)))

            # -- 1 MiB/s ------------------------------------------------------------------
            one = (one_file.stat().st_size, _upload(client, one_file, shas[one_file], BandwidthLimiter(MiB)))
            limiter = BandwidthLimiter(MiB)
            ends: list[float] = []
            start = time.perf_counter()

            def upload_half(path: Path) -> None:
                _upload(client, path, shas[path], limiter)
                ends.append(time.perf_counter() - start)

            threads = [threading.Thread(target=upload_half, args=(p,)) for p in halves]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            if len(ends) != len(halves):
                raise RuntimeError("an upload sharing the 1 MiB/s limit failed")
            shared = (sum(p.stat().st_size for p in halves), ends)

            # -- 64 KiB/s -----------------------------------------------------------------
            calls: list[float] = []
            elapsed = _upload(client, small, shas[small], BandwidthLimiter(64 * 1024),
                              progress=lambda sent, total: calls.append(time.perf_counter()))
            gaps = [b - a for a, b in itertools.pairwise(calls)]
            slow = (small.stat().st_size, elapsed, len(calls), max(gaps, default=0.0))
            size_mb = big.stat().st_size / 1e6
        finally:
            client.close()
            service.stop()
    return LimitResult(size_mb, runs, times, one, shared, slow)


def main(quick: bool = False) -> None:
    result = measure(quick)
    size_mb, times = result.size_mb, result.times
    print(f"no limit, {size_mb:.0f} MB, best (median) of {result.runs}, interleaved:")
    for name, runs in times.items():
        print(f"  {name:22} {size_mb / min(runs):6.0f} MB/s ({size_mb / statistics.median(runs):.0f})")
    best = min(times["no limiter"]) / min(times["BandwidthLimiter(0)"])
    median = statistics.median(times["no limiter"]) / statistics.median(times["BandwidthLimiter(0)"])
    print(f"  BandwidthLimiter(0) / no limiter = {best:.3f}x best, {median:.3f}x median (target 1.00)")
    size, elapsed = result.one
    print(f"1 MiB/s limit, one {size // MiB} MiB upload: {size / elapsed / 1024:.0f} KiB/s = "
          f"{size / elapsed / MiB:.3f} of the limit ({elapsed:.2f} s)")
    size, ends = result.shared
    print(f"1 MiB/s limit, two {size // 2 // MiB} MiB uploads at once: {size / max(ends) / 1024:.0f} KiB/s "
          f"together = {size / max(ends) / MiB:.3f} of the limit; they ended {min(ends):.2f} s and "
          f"{max(ends):.2f} s in")
    size, elapsed, calls, gap = result.slow
    print(f"64 KiB/s limit, {size // 1024} KiB: {size / elapsed / 1024:.1f} KiB/s = "
          f"{size / elapsed / (64 * 1024):.3f} of the limit; {calls} progress calls, longest gap {gap * 1000:.0f} ms")


if __name__ == "__main__":
    main()
