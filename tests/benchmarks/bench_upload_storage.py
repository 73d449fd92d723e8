"""Upload throughput into the service on the local disk against on S3-compatible storage.

Two service processes run at once, one with its files in its data dir and one with
``--storage-url`` on moto's S3 server on 127.0.0.1 (tests/support/s3.py); the same
file goes to each in turn (interleaved runs, one warm-up), with curl in ONE PATCH
and with a plain httpx tus loop of 8 MiB PATCHes (bench_upload_service.py's
contenders). Each upload becomes a ticket, so completion (assembling the multipart
upload and reading it back once, on S3) is in the time.

moto keeps its objects in its own process's memory and speaks HTTP on loopback: a
stand-in for a bucket's API, not for a real bucket's throughput or latency. The ratio
says what the service's object-storage path costs beside the disk on this machine.

Run: ``./dev bench upload_storage``.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.benchmarks.bench_upload_service import Target, curl_one_patch, httpx_tus, make_pdf
from tests.benchmarks.table import Row
from tests.support import s3
from tests.support.service import DEMO_PASSWORD, ServiceProcess

FILE_MB = 40
RUNS = 5
CONTENDERS = {"curl, one PATCH": curl_one_patch, "httpx tus, 8 MiB chunks": httpx_tus}


@dataclass(frozen=True)
class StorageUploadResult:
    size_mb: float
    runs: int
    times: dict[tuple[str, str], list[float]]  # (store, contender) → wall seconds per run

    def rate(self, store: str, contender: str) -> tuple[float, float]:
        runs = self.times[(store, contender)]
        return self.size_mb / min(runs), self.size_mb / statistics.median(runs)

    def rows(self) -> list[Row]:
        s3_best, _ = self.rate("s3", "httpx tus, 8 MiB chunks")
        disk_best, _ = self.rate("disk", "httpx tus, 8 MiB chunks")
        return [Row("upload_storage", f"httpx tus on S3 (moto, loopback), {self.size_mb:.0f} MB "
                    f"(MB/s best of {self.runs}, higher is better)", s3_best, disk_best, "MB/s",
                    "the same on the local disk", note="informative: moto is no real bucket")]


def measure(quick: bool = False) -> StorageUploadResult:
    megabytes, runs = (10, 2) if quick else (FILE_MB, RUNS)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sample = tmp_path / "bench.pdf"
        sha = make_pdf(sample, megabytes)
        services = {"disk": ServiceProcess(tmp_path / "disk", storage_url=None),
                    "s3": ServiceProcess(tmp_path / "s3", storage_url=s3.new_bucket())}
        try:
            targets = {}
            for store, service in services.items():
                service.start("--max-upload-mb", str(megabytes + 10))
                token = httpx.post(service.url + "/api/v1/auth/login",
                                   json={"email": "alice@demo.example", "password": DEMO_PASSWORD}).json()
                targets[store] = Target(service.url, token["access_token"], sha)
            for store in services:
                for contender in CONTENDERS.values():
                    contender(targets[store], sample)  # warm-up
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(runs):
                for name, contender in CONTENDERS.items():
                    for store in services:
                        start = time.perf_counter()
                        contender(targets[store], sample)
                        times.setdefault((store, name), []).append(time.perf_counter() - start)
        finally:
            for service in services.values():
                service.stop()
        return StorageUploadResult(sample.stat().st_size / 1e6, runs, times)


def main(quick: bool = False) -> None:
    result = measure(quick)
    print(f"{result.size_mb:.0f} MB file, {result.runs} interleaved runs; disk and S3 services side by side")
    print(f"{'contender':28} {'store':6} {'best MB/s':>10} {'median':>8} {'best vs disk':>13}")
    for name in CONTENDERS:
        disk_best, _ = result.rate("disk", name)
        for store in ("disk", "s3"):
            best, median = result.rate(store, name)
            print(f"{name:28} {store:6} {best:10.1f} {median:8.1f} {best / disk_best:12.2f}x")


if __name__ == "__main__":
    main()
