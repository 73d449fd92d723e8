"""A whole batch from the command line: ``ticketpros upload`` of 20 distinct 12-MP
photos against a shell loop of ``curl`` tus POST + PATCH of the same files,
to the same service process, measured in the same run.

* ``curl loop``: for each file, one ``curl`` creating the upload (POST with
  its metadata) and one sending it whole (PATCH); the SHA-256 the service
  checks is computed beforehand, outside the timer (the baseline gets it free).
  The photos go as they are: curl cleans nothing.
* ``ticketpros upload``: the real command in a child process, from its start
  (interpreter, imports, the signed-in session from the keyring) to its exit:
  cleaning and checking every photo, hashing, duplicate look-ups, the tus
  requests and the tickets. ``--duplicates upload`` so that a later run of
  the same photos is not stopped by the earlier one's tickets.

Every upload becomes a ticket on the service for both. Runs are interleaved
after a warm-up of each; the median is reported with the best.
Run: ``./dev bench batch``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.benchmarks.bench_media import make_photos
from tests.benchmarks.bench_upload_service import TUS, encode_metadata
from tests.benchmarks.table import Row, ratio_target
from tests.support.service import DEMO_PASSWORD, ServiceProcess

ROOT = Path(__file__).resolve().parents[2]
TICKETPROS = Path(sys.executable).with_name("ticketpros")
FILES = 20
SIZE = (4000, 3000)
RUNS = 5


def curl_loop(url: str, token: str, photos: list[Path], sha256: dict[Path, str]) -> None:
    for path in photos:
        metadata = encode_metadata({"filename": path.name, "filetype": "image/jpeg", "sha256": sha256[path]})
        created = subprocess.run(
            ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %header{location}", "-X", "POST",
             "-H", f"Tus-Resumable: {TUS['Tus-Resumable']}", "-H", f"Authorization: Bearer {token}",
             "-H", f"Upload-Length: {path.stat().st_size}", "-H", f"Upload-Metadata: {metadata}",
             url + "/api/v1/uploads"], capture_output=True, text=True, check=True)
        status, location = created.stdout.split(maxsplit=1)
        if status != "201":
            raise RuntimeError(f"curl POST answered {status}: {created.stderr}")
        sent = subprocess.run(
            ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PATCH", "--data-binary", f"@{path}",
             "-H", "Tus-Resumable: 1.0.0", "-H", f"Authorization: Bearer {token}",
             "-H", "Content-Type: application/offset+octet-stream", "-H", "Upload-Offset: 0", "-H", "Expect:",
             url + location.strip()], capture_output=True, text=True, check=True)
        if sent.stdout != "204":
            raise RuntimeError(f"curl PATCH answered {sent.stdout}: {sent.stderr}")


class Command:
    """``ticketpros`` in child processes with their own home and a keyring file (as the CLI tests do)."""

    def __init__(self, home: Path) -> None:
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home),
                    "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
                    "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.FileKeyring",
                    "TICKETPROS_TEST_KEYRING": str(home / "test-keyring.json")}

    def run(self, *args: str, stdin: str = "") -> None:
        done = subprocess.run([str(TICKETPROS), *args], input=stdin, capture_output=True, text=True,
                              env=self.env, cwd=ROOT, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"ticketpros {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")


@dataclass(frozen=True)
class BatchResult:
    files: int
    megapixels: float
    megabytes: float
    runs: int
    times: dict[str, list[float]]  # "curl", "ticketpros": seconds per run

    def rows(self) -> list[Row]:
        curl, ours = statistics.median(self.times["curl"]), statistics.median(self.times["ticketpros"])
        return [Row("batch", f"`ticketpros upload` of {self.files} distinct {self.megapixels:.0f} MP photos, {self.megabytes:.0f} MB "
                    "(batches/s = 1/median s, higher is better)", 1 / ours, 1 / curl, "batches/s",
                    "shell loop of curl tus POST+PATCH", target=ratio_target(">=", 0.9),
                    note=f"median {ours:.2f} s vs {curl:.2f} s; best {min(self.times['ticketpros']):.2f} vs "
                         f"{min(self.times['curl']):.2f} s; {self.runs} runs")]


def measure(quick: bool = False) -> BatchResult:
    if shutil.which("curl") is None:
        raise RuntimeError("curl is needed for the baseline")
    files, size, runs = (4, (2000, 1500), 2) if quick else (FILES, SIZE, RUNS)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        (tmp_path / "photos").mkdir()
        photos = make_photos(tmp_path / "photos", files, size)
        sha256 = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in photos}
        megabytes = sum(p.stat().st_size for p in photos) / 1e6
        service = ServiceProcess(tmp_path / "service").start()
        try:
            token = httpx.post(service.url + "/api/v1/auth/login",
                               json={"email": "alice@demo.example", "password": DEMO_PASSWORD}).json()["access_token"]
            command = Command(tmp_path / "home")
            command.run("login", "--server", service.url, "--email", "alice@demo.example", "--password-stdin",
                        stdin=DEMO_PASSWORD + "\n")
            contenders = {
                "curl": lambda: curl_loop(service.url, token, photos, sha256),
                "ticketpros": lambda: command.run("upload", *map(str, photos), "--duplicates", "upload", "--json"),
            }
            for run in contenders.values():  # warm-up: page cache, the service's first requests
                run()
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(runs):
                for name, run in contenders.items():
                    start = time.perf_counter()
                    run()
                    times[name].append(time.perf_counter() - start)
        finally:
            service.stop()
    return BatchResult(files, size[0] * size[1] / 1e6, megabytes, runs, times)


def main(quick: bool = False) -> None:
    result = measure(quick)
    print(f"{result.files} photos, {result.megabytes:.0f} MB, {result.runs} interleaved runs (load "
          f"{os.getloadavg()[0]:.1f})")
    for name, runs in result.times.items():
        print(f"  {name:11} median {statistics.median(runs):6.2f} s  best {min(runs):6.2f} s")
    curl, ours = statistics.median(result.times["curl"]), statistics.median(result.times["ticketpros"])
    print(f"  ticketpros / curl speed: {curl / ours:.2f}x (target >= 0.9)")


if __name__ == "__main__":
    main()
