"""The SDK's tus engine against curl (one PATCH) and tuspy (same chunk size), 200 MB, same run.

Uses the contenders of ``bench_upload_service`` (curl, tuspy) and adds the
SDK (``TusUploader`` through ``TicketProsClient.request``, with its defaults:
whole-file SHA-256 while reading, chunk checksums after a failure, progress
callback) plus two informative variants. Each upload completes into a ticket.
Runs are interleaved; best and median of ``RUNS`` are printed, with the ratios the issue asks for:

* SDK / curl   (target ≥ 0.9)
* SDK / tuspy  (target > 1, same 8 MiB chunk size)

Run: ``./dev bench upload`` (tuspy comes with ``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import shutil
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from api_client import TicketProsClient
from api_client.uploads import TusUploader
from tests.benchmarks import bench_upload_service as base
from tests.benchmarks.table import Row, ratio_target
from tests.support.service import DEMO_PASSWORD

RUNS = 7
CHUNK = base.CHUNK
_clients: dict[str, TicketProsClient] = {}


def sdk_engine(target: base.Target, path: Path, *, checksum: bool | None = None, chunk: int = CHUNK) -> None:
    client = _clients.get(target.url)
    if client is None:
        client = _clients[target.url] = TicketProsClient(target.url)
        client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
    result = TusUploader(client, chunk_size=chunk, checksum=checksum).upload(
        path, metadata={**target.metadata(path), "ticket_key": str(uuid.uuid4()), "page": 1, "page_count": 1},
        sha256=target.sha256, progress=lambda sent, total: None)
    if not result.ticket_id:
        raise RuntimeError("the SDK upload did not become a ticket")


CURL, SDK, TUSPY = "curl, one PATCH", "SDK TusUploader, 8 MiB", "tuspy, 8 MiB"


def contenders() -> dict[str, Callable[[base.Target, Path], object]]:
    chosen: dict[str, Callable[[base.Target, Path], object]] = {
        CURL: base.curl_one_patch,
        SDK: sdk_engine,
        # Informative: a checksum on every chunk (the service then hashes each byte twice) ...
        "SDK, checksum every chunk": lambda target, path: sdk_engine(target, path, checksum=True),
        # ... and the default engine with bigger chunks (fewer PATCHes, fewer syncs on the service).
        "SDK, 32 MiB chunks": lambda target, path: sdk_engine(target, path, chunk=32 * 1024 * 1024),
    }
    if base._has_tuspy():
        chosen[TUSPY] = base.tuspy
    return chosen


@dataclass(frozen=True)
class UploadResult:
    size_mb: float
    runs: int
    times: dict[str, list[float]]  # wall seconds per run, by contender

    def best(self, name: str) -> float:
        return self.size_mb / min(self.times[name])

    def median(self, name: str) -> float:
        return self.size_mb / statistics.median(self.times[name])

    def rows(self) -> list[Row]:
        what = f"upload {self.size_mb:.0f} MB, SDK (MB/s, higher is better)"
        rows = []
        for baseline, target in ((CURL, ratio_target(">=", 0.9)), (TUSPY, ratio_target(">", 1))):
            if baseline not in self.times:
                rows.append(Row.skip("upload", f"{what} vs {baseline}", "tuspy not installed: pip install -e '.[bench]'"))
                continue
            for kind, rate in (("best", self.best), ("median", self.median)):
                rows.append(Row("upload", f"{what}, {kind} of {self.runs}", rate(SDK), rate(baseline), "MB/s",
                                baseline, target, note="same file, same service, interleaved"
                                if kind == "best" else ""))
        return rows


def measure(quick: bool = False) -> UploadResult:
    if shutil.which("curl") is None:
        raise RuntimeError("curl is needed for the baseline")
    megabytes, runs = (20, 2) if quick else (base.FILE_MB, RUNS)
    try:
        size_mb, times = base.interleaved(contenders(), megabytes, runs)
    finally:
        for client in _clients.values():
            client.close()
        _clients.clear()
    return UploadResult(size_mb, runs, times)


def main(quick: bool = False) -> None:
    result = measure(quick)
    times = result.times
    print(f"{result.size_mb:.0f} MB file, best of {result.runs} (median), one service process")
    print(f"{'contender':26} {'MB/s':>7} {'(median)':>9}")
    for name in times:
        print(f"{name:26} {result.best(name):7.0f} {result.median(name):9.0f}")
    print("ratios, best (median) — the machine is shared with the service, so both are shown:")
    for label in (SDK, "SDK, checksum every chunk", "SDK, 32 MiB chunks"):
        line = (f"{label}: / curl = {result.best(label) / result.best(CURL):.2f}x "
                f"({result.median(label) / result.median(CURL):.2f}x) target >= 0.9")
        if TUSPY in times:
            line += (f"; / tuspy = {result.best(label) / result.best(TUSPY):.2f}x "
                     f"({result.median(label) / result.median(TUSPY):.2f}x) target > 1")
        print(line)
    if TUSPY not in times:
        print("(tuspy not installed: pip install -e '.[bench]')")


if __name__ == "__main__":
    main()
