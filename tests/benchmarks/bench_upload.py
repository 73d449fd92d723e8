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
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from api_client import TicketProsClient
from api_client.uploads import TusUploader
from tests.benchmarks import bench_upload_service as base
from tests.support.service import DEMO_PASSWORD, ServiceProcess

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


def main() -> None:
    if shutil.which("curl") is None:
        sys.exit("curl is needed for the baseline")
    contenders = {
        "curl, one PATCH": base.curl_one_patch,
        "SDK TusUploader, 8 MiB": sdk_engine,
        # Informative: a checksum on every chunk (the service then hashes each byte twice) ...
        "SDK, checksum every chunk": lambda target, path: sdk_engine(target, path, checksum=True),
        # ... and the default engine with bigger chunks (fewer PATCHes, fewer syncs on the service).
        "SDK, 32 MiB chunks": lambda target, path: sdk_engine(target, path, chunk=32 * 1024 * 1024),
    }
    if base._has_tuspy():
        contenders["tuspy, 8 MiB"] = base.tuspy
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sample = tmp_path / "bench.pdf"
        sha = base.make_pdf(sample, base.FILE_MB)
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", str(base.FILE_MB + 10))
        try:
            token = httpx.post(service.url + "/api/v1/auth/login",
                               json={"email": "alice@demo.example", "password": DEMO_PASSWORD}).json()["access_token"]
            target = base.Target(service.url, token, sha)
            for contender in contenders.values():  # warm-up
                contender(target, sample)
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(RUNS):
                for name, contender in contenders.items():
                    start = time.perf_counter()
                    contender(target, sample)
                    times[name].append(time.perf_counter() - start)
        finally:
            for client in _clients.values():
                client.close()
            _clients.clear()
            service.stop()
        size_mb = sample.stat().st_size / 1e6
    print(f"{size_mb:.0f} MB file, best of {RUNS} (median), one service process")
    print(f"{'contender':26} {'MB/s':>7} {'(median)':>9}")
    rate = {name: size_mb / min(runs) for name, runs in times.items()}
    for name, runs in times.items():
        print(f"{name:26} {rate[name]:7.0f} {size_mb / statistics.median(runs):9.0f}")
    median = {name: size_mb / statistics.median(runs) for name, runs in times.items()}
    print("ratios, best (median) — the machine is shared with the service, so both are shown:")
    for label in ("SDK TusUploader, 8 MiB", "SDK, checksum every chunk", "SDK, 32 MiB chunks"):
        line = (f"{label}: / curl = {rate[label] / rate['curl, one PATCH']:.2f}x "
                f"({median[label] / median['curl, one PATCH']:.2f}x) target >= 0.9")
        if "tuspy, 8 MiB" in rate:
            line += (f"; / tuspy = {rate[label] / rate['tuspy, 8 MiB']:.2f}x "
                     f"({median[label] / median['tuspy, 8 MiB']:.2f}x) target > 1")
        print(line)
    if "tuspy, 8 MiB" not in rate:
        print("(tuspy not installed: pip install -e '.[bench]')")


if __name__ == "__main__":
    main()
