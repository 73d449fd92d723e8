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
from pathlib import Path

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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sample = big_pdf(tmp_path / "one-gigabyte.pdf", SIZE)
        service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", str(SIZE // MiB + 10))
        try:
            results = {}
            for mode in ("hash-only", "engine", "queue"):
                work = tmp_path / mode
                work.mkdir()
                results[mode] = _measure(service.url, sample, mode, work)
        finally:
            service.stop()
    print(f"{SIZE // MiB} MiB file; peak RSS (VmHWM) of a fresh client process, MB")
    print(f"{'path':12} {'before':>8} {'peak':>8} {'growth':>8}")
    for mode, (before, after) in results.items():
        print(f"{mode:12} {before:8.1f} {after:8.1f} {after - before:8.1f}")
    growth = {mode: after - before for mode, (before, after) in results.items()}
    print(f"engine growth {growth['engine']:.1f} MB, queue growth {growth['queue']:.1f} MB "
          f"(target < {TARGET_MB} MB); baseline hash-only {growth['hash-only']:.1f} MB")


if __name__ == "__main__":
    main()
