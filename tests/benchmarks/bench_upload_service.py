"""Upload throughput of a 200 MB file into the reference service's tus endpoint.

Contenders, measured in the same run against the same service process (a
separate process, so a Python client does not share the service's GIL):

* ``curl``: creates the upload, then sends the whole file in ONE PATCH
  (``curl -X PATCH --data-binary @file``): the baseline, what the wire and the
  service can do with no client overhead and no chunking.
* ``httpx tus``: a plain httpx loop, 8 MiB PATCHes, one connection.
* ``tuspy``: the reference Python tus client at the same chunk size.

Each upload completes into a ticket (the PDF is sniffed, stored, given a
thumbnail), so the time includes completion for everyone. Runs are
interleaved and the best of ``RUNS`` is reported with the median.

A contender is one function ``(Target, Path) -> None`` added to ``CONTENDERS``.
Run: ``./dev bench upload_service`` (``pip install -e '.[bench]'`` for tuspy).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.benchmarks.table import Row
from tests.support.service import DEMO_PASSWORD, ServiceProcess
from tests.support.uploads import pdf_tail

FILE_MB = 200
CHUNK = 8 * 1024 * 1024
RUNS = 5
TUS = {"Tus-Resumable": "1.0.0"}


@dataclass(frozen=True)
class Target:
    url: str  # the service, e.g. http://127.0.0.1:8765
    token: str
    sha256: str

    @property
    def endpoint(self) -> str:
        return self.url + "/api/v1/uploads"

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def metadata(self, path: Path) -> dict[str, str]:
        return {"filename": path.name, "filetype": "application/pdf", "sha256": self.sha256}


def encode_metadata(values: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())


def create_upload(client: httpx.Client, target: Target, path: Path) -> str:
    r = client.post(target.endpoint, headers={
        **TUS, **target.auth, "Upload-Length": str(path.stat().st_size),
        "Upload-Metadata": encode_metadata(target.metadata(path)),
    })
    r.raise_for_status()
    return target.url + r.headers["Location"]


def curl_one_patch(target: Target, path: Path) -> float:
    """Returns curl's own time for the request: ``--data-binary`` reads the
    whole file into memory before sending, which the wall time includes."""
    with httpx.Client() as client:
        location = create_upload(client, target, path)
    out = subprocess.run(
        ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "-X", "PATCH",
         "--data-binary", f"@{path}",
         "-H", "Tus-Resumable: 1.0.0", "-H", f"Authorization: Bearer {target.token}",
         "-H", "Content-Type: application/offset+octet-stream", "-H", "Upload-Offset: 0",
         "-H", "Expect:", location],
        capture_output=True, text=True, check=True,
    )
    status, seconds = out.stdout.split()
    if status != "204":
        raise RuntimeError(f"curl PATCH answered {status}: {out.stderr}")
    return float(seconds)


def httpx_tus(target: Target, path: Path) -> None:
    """The plainest tus client: read 8 MiB, PATCH it, repeat, on one connection."""
    with httpx.Client(timeout=60) as client, path.open("rb") as file:
        location = create_upload(client, target, path)
        offset = 0
        while chunk := file.read(CHUNK):
            r = client.patch(location, content=chunk, headers={
                **TUS, **target.auth, "Content-Type": "application/offset+octet-stream",
                "Upload-Offset": str(offset),
            })
            if r.status_code != 204:
                raise RuntimeError(f"PATCH answered {r.status_code}: {r.text}")
            offset = int(r.headers["Upload-Offset"])
    if "Ticket-Id" not in r.headers:
        raise RuntimeError("the upload did not become a ticket")


def tuspy(target: Target, path: Path) -> None:
    from tusclient.client import TusClient

    client = TusClient(target.endpoint, headers=target.auth)
    uploader = client.uploader(str(path), chunk_size=CHUNK, metadata=target.metadata(path))
    uploader.upload()
    if uploader.offset != path.stat().st_size:
        raise RuntimeError("tuspy did not finish")


def _has_tuspy() -> bool:
    try:
        import tusclient  # noqa: F401
    except ImportError:
        return False
    return True


# A contender uploads the file once; it may return its own measure of the
# transfer (seconds), reported as a second row.
CONTENDERS: dict[str, Callable[[Target, Path], float | None]] = {
    "curl, one PATCH": curl_one_patch,
    "httpx tus, 8 MiB chunks": httpx_tus,
}
if _has_tuspy():
    CONTENDERS["tuspy, 8 MiB chunks"] = tuspy


def make_pdf(path: Path, megabytes: int) -> str:
    """A valid one-page PDF of ``megabytes`` MiB of random filler (incompressible,
    so no layer can cheat), which the service's PDF check accepts."""
    digest = hashlib.sha256()
    with path.open("wb") as file:
        head = b"%PDF-1.4\n% benchmark filler\n"
        file.write(head)
        digest.update(head)
        for _ in range(megabytes):
            block = os.urandom(1024 * 1024)
            file.write(block)
            digest.update(block)
        tail = pdf_tail(len(head) + megabytes * 1024 * 1024)
        file.write(tail)
        digest.update(tail)
    return digest.hexdigest()


def interleaved(contenders: dict[str, Callable[[Target, Path], float | None]], megabytes: int, runs: int,
                *, max_upload_mb: int | None = None) -> tuple[float, dict[str, list[float]]]:
    """Upload one ``megabytes`` file with every contender, ``runs`` rounds
    interleaved after one warm-up round, against one service process.

    Returns the file's size in MB and each contender's wall times (seconds);
    a contender that returns its own measure of the transfer also gets a
    ``"<name> (its own timer)"`` entry.
    """
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sample = tmp_path / "bench.pdf"
        sha = make_pdf(sample, megabytes)
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb",
                                                             str(max_upload_mb or megabytes + 10))
        try:
            token = httpx.post(service.url + "/api/v1/auth/login",
                               json={"email": "alice@demo.example", "password": DEMO_PASSWORD}).json()["access_token"]
            target = Target(service.url, token, sha)
            for contender in contenders.values():  # warm-up: page cache, first-request costs
                contender(target, sample)
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(runs):
                for name, contender in contenders.items():
                    start = time.perf_counter()
                    own = contender(target, sample)
                    times[name].append(time.perf_counter() - start)
                    if own is not None:
                        times.setdefault(f"{name} (its own timer)", []).append(own)
            size_mb = sample.stat().st_size / 1e6
        finally:
            service.stop()
    return size_mb, times


@dataclass(frozen=True)
class ServiceUploadResult:
    size_mb: float
    runs: int
    times: dict[str, list[float]]  # seconds per run; names as in CONTENDERS, "(its own timer)" for curl's

    def rates(self, name: str) -> tuple[float, float]:
        """Best and median MB/s."""
        runs = self.times[name]
        return self.size_mb / min(runs), self.size_mb / statistics.median(runs)

    def rows(self) -> list[Row]:
        best_curl, _ = self.rates("curl, one PATCH (its own timer)")
        best, _ = self.rates("httpx tus, 8 MiB chunks")
        return [Row("upload_service", f"plain httpx tus loop, {self.size_mb:.0f} MB (MB/s best of {self.runs}, "
                    "higher is better)", best, best_curl, "MB/s", "curl's own transfer timer",
                    note="informative: what any Python tus client gets here")]


def measure(quick: bool = False) -> ServiceUploadResult:
    if shutil.which("curl") is None:
        raise RuntimeError("curl is needed for the baseline")
    megabytes, runs = (20, 2) if quick else (FILE_MB, RUNS)
    size_mb, times = interleaved(CONTENDERS, megabytes, runs)
    return ServiceUploadResult(size_mb, runs, times)


def main(quick: bool = False) -> None:
    result = measure(quick)
    size_mb, times = result.size_mb, result.times
    # The stricter baseline: curl's transfer alone, not its reading the file first.
    best_base, median_base = result.rates("curl, one PATCH (its own timer)")
    print(f"{size_mb:.0f} MB file, {result.runs} interleaved runs, same service process; "
          "ratios against curl's own timer (best to best, median to median)")
    print(f"{'contender':44} {'best MB/s':>10} {'median':>8} {'best x':>7} {'median x':>9}")
    for name in times:
        best, median = result.rates(name)
        label = name if name.endswith("timer)") else f"{name} (wall)"
        print(f"{label:44} {best:10.0f} {median:8.0f} {best / best_base:6.2f}x {median / median_base:8.2f}x")
    if not _has_tuspy():
        print("(tuspy not installed: pip install -e '.[bench]')")


if __name__ == "__main__":
    main()
