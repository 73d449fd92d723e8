"""The upload bandwidth limit: does it hold, and does having none cost anything?

Against the reference service in its own process, with ``TusUploader``:

* no limit: without a limiter vs with a ``BandwidthLimiter(0)`` (what every
  QueueRunner upload now goes through), 100 MB, runs interleaved; target 1.00x;
* a 1 MiB/s limit: 8 MiB by one upload, then 2 × 4 MiB by two at once sharing
  one limiter: achieved / configured rate (target just under 1: the first
  eighth of a second is a burst);
* 64 KiB/s: 512 KiB, achieved / configured and the longest gap between two
  progress callbacks (the GUI's progress must keep moving).

Run: ``./dev bench upload_limit``.
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path

from api_client import TicketProsClient
from api_client.media import sha256_file
from api_client.uploads import BandwidthLimiter, TusUploader
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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        big = big_pdf(tmp_path / "big.pdf", UNLIMITED_MB * 1_000_000)
        eight = big_pdf(tmp_path / "eight.pdf", 8 * MiB, seed=1)
        halves = [big_pdf(tmp_path / f"half-{n}.pdf", 4 * MiB, seed=2 + n) for n in range(2)]
        small = big_pdf(tmp_path / "small.pdf", MiB // 2, seed=5)
        shas = {p: sha256_file(p) for p in (big, eight, *halves, small)}
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", str(UNLIMITED_MB + 10))
        client = TicketProsClient(service.url)
        try:
            client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
            # -- no limit: the hot path ------------------------------------------------
            _upload(client, big, shas[big], None)  # warm-up
            times: dict[str, list[float]] = {"no limiter": [], "BandwidthLimiter(0)": []}
            for _ in range(RUNS):
                times["no limiter"].append(_upload(client, big, shas[big], None))
                times["BandwidthLimiter(0)"].append(_upload(client, big, shas[big], BandwidthLimiter(0)))
            size_mb = big.stat().st_size / 1e6
            print(f"no limit, {size_mb:.0f} MB, best (median) of {RUNS}, interleaved:")
            for name, runs in times.items():
                print(f"  {name:22} {size_mb / min(runs):6.0f} MB/s ({size_mb / statistics.median(runs):.0f})")
            best = min(times["no limiter"]) / min(times["BandwidthLimiter(0)"])
            median = statistics.median(times["no limiter"]) / statistics.median(times["BandwidthLimiter(0)"])
            print(f"  BandwidthLimiter(0) / no limiter = {best:.3f}x best, {median:.3f}x median (target 1.00)")

            # -- 1 MiB/s ------------------------------------------------------------------
            rate = MiB
            elapsed = _upload(client, eight, shas[eight], BandwidthLimiter(rate))
            print(f"1 MiB/s limit, one 8 MiB upload: {8 * MiB / elapsed / 1024:.0f} KiB/s = "
                  f"{8 * MiB / elapsed / rate:.3f} of the limit ({elapsed:.2f} s)")
            shared = BandwidthLimiter(rate)
            ends: list[float] = []
            start = time.perf_counter()

            def one(path: Path) -> None:
                _upload(client, path, shas[path], shared)
                ends.append(time.perf_counter() - start)

            threads = [threading.Thread(target=one, args=(p,)) for p in halves]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            total = max(ends)
            print(f"1 MiB/s limit, two 4 MiB uploads at once: {8 * MiB / total / 1024:.0f} KiB/s together = "
                  f"{8 * MiB / total / rate:.3f} of the limit; they ended {min(ends):.2f} s and {total:.2f} s in")

            # -- 64 KiB/s -----------------------------------------------------------------
            rate = 64 * 1024
            calls: list[float] = []
            elapsed = _upload(client, small, shas[small], BandwidthLimiter(rate),
                              progress=lambda sent, total: calls.append(time.perf_counter()))
            gaps = [b - a for a, b in itertools.pairwise(calls)]
            print(f"64 KiB/s limit, 512 KiB: {small.stat().st_size / elapsed / 1024:.1f} KiB/s = "
                  f"{small.stat().st_size / elapsed / rate:.3f} of the limit; {len(calls)} progress calls, "
                  f"longest gap {max(gaps) * 1000:.0f} ms")
        finally:
            client.close()
            service.stop()


if __name__ == "__main__":
    main()
