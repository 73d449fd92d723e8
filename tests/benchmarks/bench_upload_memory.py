"""Peak RSS growth of the client while it uploads a 1 GB file (target: < 60 MB).

Each measurement runs in a fresh child process: after imports and sign-in it
reads its peak RSS (``VmHWM`` in /proc/self/status), uploads, and reads the
peak again; the growth is the difference. Two paths:

* ``engine``: ``TusUploader`` alone (8 MiB chunks, whole-file SHA-256 while reading);
* ``queue``: ``UploadQueue`` + ``QueueRunner`` (media.prepare copies the file
  into staging, duplicate check, then the same engine).

The baseline in the same run is the growth of a child that only reads the
file once with ``sha256_file`` (what any client must at least do).

Run: ``./dev bench upload_memory``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.table import Row, result_target
from tests.support.service import ServiceProcess
from tests.support.uploads import MiB, big_pdf

SIZE = 1024 * MiB
TARGET_MB = 60

_CHILD = textwrap.dedent("""
    import sys, time, uuid
    from pathlib import Path
    def peak():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    from api_client import TicketProsClient
    from api_client.media import sha256_file
    from api_client.uploads import QueueRunner, TusUploader, UploadQueue, ItemState
    url, path, mode, work = sys.argv[1], Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    client = TicketProsClient(url)
    client.login("alice@demo.example", "demo-password", remember=False)
    client.tickets.list(limit=1)
    before = peak()
    if mode == "hash-only":
        sha256_file(path)
    elif mode == "engine":
        sha = sha256_file(path)
        TusUploader(client).upload(path, sha256=sha, progress=lambda s, t: None, metadata={
            "filename": path.name, "filetype": "application/pdf", "sha256": sha,
            "ticket_key": str(uuid.uuid4()), "page": 1, "page_count": 1})
    else:
        queue = UploadQueue(work / "q.sqlite3", work / "staging")
        runner = QueueRunner(queue, client, lookup=lambda sha: [])
        queue.add([path])
        runner.start()
        while not queue.items()[0].state.finished:
            time.sleep(0.05)
        assert queue.items()[0].state is ItemState.DONE, queue.items()[0].error
        runner.stop(); queue.close()
    print(f"{before:.1f} {peak():.1f}")
    client.close()
""")


def _measure(url: str, path: Path, mode: str, work: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, url, str(path), mode, str(work)],
                         capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    before, after = (float(x) for x in out.stdout.split())
    return before, after


@dataclass(frozen=True)
class MemoryResult:
    size: int  # bytes uploaded
    peaks: dict[str, tuple[float, float]]  # mode -> (VmHWM before, after) in MB

    def growth(self, mode: str) -> float:
        before, after = self.peaks[mode]
        return after - before

    def rows(self) -> list[Row]:
        size = f"{self.size / 2**30:.0f} GiB" if self.size >= 2**30 else f"{self.size // MiB} MiB"
        floor = f"a process that only hashes the file grows {self.growth('hash-only'):.1f} MB"
        rows = [
            Row("upload_memory", f"peak RSS growth, {size} upload, {label} (MB, lower is better)",
                self.growth(mode), TARGET_MB, "MB", "the budget", result_target("<", TARGET_MB), note=floor)
            for mode, label in (("engine", "TusUploader"), ("queue", "upload queue"))
        ]
        before, after = self.peaks["queue"]
        rows.append(Row("upload_memory", f"peak RSS of the client, {size} upload through the queue (MB)",
                        after, before, "MB", "the same process idle, signed in"))
        return rows


def measure(quick: bool = False) -> MemoryResult:
    size = 64 * MiB if quick else SIZE
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sample = big_pdf(tmp_path / "upload.pdf", size)
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", str(size // MiB + 10))
        try:
            peaks = {}
            for mode in ("hash-only", "engine", "queue"):
                work = tmp_path / mode
                work.mkdir()
                peaks[mode] = _measure(service.url, sample, mode, work)
        finally:
            service.stop()
    return MemoryResult(size, peaks)


def main(quick: bool = False) -> None:
    result = measure(quick)
    print(f"{result.size // MiB} MiB file; peak RSS (VmHWM) of a fresh client process, MB")
    print(f"{'path':12} {'before':>8} {'peak':>8} {'growth':>8}")
    for mode, (before, after) in result.peaks.items():
        print(f"{mode:12} {before:8.1f} {after:8.1f} {after - before:8.1f}")
    print(f"engine growth {result.growth('engine'):.1f} MB, queue growth {result.growth('queue'):.1f} MB "
          f"(target < {TARGET_MB} MB); baseline hash-only {result.growth('hash-only'):.1f} MB")


if __name__ == "__main__":
    main()
