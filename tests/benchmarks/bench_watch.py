"""1,000 files copied into a watched folder at once, through the Uploads page, against
``ticketpros upload`` of as many files of the same sizes, to the same service process.

* ``watch``: the real Uploads page (offscreen) watching a folder; the files are
  copied in one after the other as fast as the disk takes them. Measured: from
  the last copy to the last ticket stored (the queue's row of every file done,
  and the file moved to ``Uploaded``), with the folder's default stable window
  (3 s: a file is taken once its size and time have not changed for that long).
  Meanwhile a 5 ms heartbeat on the GUI thread measures its longest stall.
* ``ticketpros upload``: the real command in a child process, from its start to
  its exit, of another set of files of the same sizes (the same content would be
  found as already uploaded).

Both send two files at a time (the app's default). Every file is checked by the
test: each uploaded exactly once, as a ticket. Run: ``./dev bench watch``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.table import Row, ratio_target, result_target

#: TICKETPROS_BENCH_WATCH_FILES=N measures N files instead (a shorter run on a busy machine).
FILES = int(os.environ.get("TICKETPROS_BENCH_WATCH_FILES", "1000"))
#: TICKETPROS_BENCH_STALL_PROFILE=1 also prints where the GUI thread was in its slowest stalls.
STALL_PROFILE = os.environ.get("TICKETPROS_BENCH_STALL_PROFILE") == "1"
TARGET_MS = 50


def make_files(folder: Path, count: int, salt: int) -> list[Path]:
    from tests.api_client.test_watch import distinct_jpeg

    folder.mkdir(parents=True, exist_ok=True)
    return [distinct_jpeg(folder / f"scan-{salt}-{n:04d}.jpg", n + salt * 100_000) for n in range(count)]


@dataclass(frozen=True)
class WatchResult:
    files: int
    watch_seconds: float  # last copy -> last ticket
    copy_seconds: float  # how long copying them in took
    upload_seconds: float  # ticketpros upload, start to exit
    stall_ms: float
    idle_ms: float
    uploaded_once: bool

    def rows(self) -> list[Row]:
        note = (f"{self.files} JPEGs of ~1.5 kB; copying them in took {self.copy_seconds:.1f} s; watch "
                f"{self.watch_seconds:.1f} s after the last copy (3 s of it the stable window) vs upload "
                f"{self.upload_seconds:.1f} s; every file uploaded exactly once: {self.uploaded_once}")
        return [
            Row("watch", f"{self.files} files copied into a watched folder: last copy to last ticket (s, lower "
                "is better)", self.watch_seconds, self.upload_seconds, "s", "`ticketpros upload` of as many files",
                target=ratio_target("<=", 1.2), note=note),
            Row("watch", "longest GUI event-loop stall while the watched folder's files upload (ms, lower is better)",
                self.stall_ms, self.idle_ms, "ms", "idle page", target=result_target("<", TARGET_MS)),
        ]


def measure(quick: bool = False) -> WatchResult:
    from api_client import TicketProsClient
    from api_client.uploads import ItemState
    from api_client.watch import WatchedFolder
    from app import heap
    from app.shell.pages import PageContext
    from app.uploads import UploadsPage
    from app.workers import TaskRunner
    from tests.benchmarks._qt import run_until
    from tests.benchmarks.bench_batch import ROOT, TICKETPROS, Command
    from tests.support.heartbeat import Heartbeat
    from tests.support.service import DEMO_PASSWORD, ServiceProcess

    count = 100 if quick else FILES
    from app.gui import create_qapplication

    _app = create_qapplication([])  # as the app makes it (its GIL switch interval too); kept for the run
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        for_watch = make_files(tmp_path / "source-watch", count, 1)
        for_upload = make_files(tmp_path / "source-upload", count, 2)
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        service = ServiceProcess(tmp_path / "service").start()
        client = TicketProsClient(service.url)
        runner = TaskRunner()
        try:
            command = Command(tmp_path / "home")
            command.run("login", "--server", service.url, "--email", "alice@demo.example", "--password-stdin",
                        stdin=DEMO_PASSWORD + "\n")
            started = time.perf_counter()
            done_upload = subprocess.run([str(TICKETPROS), "upload", *map(str, for_upload), "--json"],
                                         capture_output=True, text=True, env=command.env, cwd=ROOT, timeout=3600,
                                         check=False)
            upload_seconds = time.perf_counter() - started
            if done_upload.returncode != 0:
                raise RuntimeError(f"ticketpros upload failed: {done_upload.stderr[-2000:]}")

            client.login("alice@demo.example", DEMO_PASSWORD, remember=False)
            context = PageContext(me=client.me(), client=client, runner=runner, report_error=print,
                                  navigate=lambda key, args: None, watched_folders=(WatchedFolder(str(inbox)),))
            page = UploadsPage(context, queue_path=tmp_path / "q.sqlite3", staging_dir=tmp_path / "staging",
                               thumbnail_dir=tmp_path / "thumbs",
                               watcher_options={"lock_dir": tmp_path / "locks"})
            page.resize(1000, 640)
            page.show()
            run_until(lambda: page.watcher is not None, 10, poll_ms=10)
            heap.collect_on_gui_thread()  # the app starts it with itself; here, before the measure
            heap.settle()  # as the app does once its main window is painted
            beat = Heartbeat()
            beat.start()
            run_until(None, 1.0, poll_ms=10)
            idle_ms = beat.stop()
            uploaded = inbox / "Uploaded"

            def done() -> bool:
                # The model's count first: listing a folder of a thousand files every 20 ms is disk work
                # on the GUI thread whose stall is being measured (it was a fifth of the stalls' samples).
                if page.model.counts().get(ItemState.DONE, 0) < count:
                    return False
                return uploaded.is_dir() and sum(1 for _ in uploaded.iterdir()) == count

            beat.start()
            sampler = None
            if STALL_PROFILE:
                from tests.benchmarks.stall_sampler import StallSampler

                sampler = StallSampler()
                sampler.start()
            copy_started = time.perf_counter()
            times: dict[str, float] = {}

            def copy_all() -> None:  # another program copying (off the GUI thread, as it would be)
                for path in for_watch:
                    shutil.copy(path, inbox / path.name)
                times["last_copy"] = time.perf_counter()

            copier = threading.Thread(target=copy_all)
            copier.start()
            run_until(lambda: "last_copy" in times, 300, poll_ms=20)
            copier.join()
            last_copy = times["last_copy"]
            run_until(done, 600, poll_ms=20)
            watch_seconds = time.perf_counter() - last_copy
            stall_ms = beat.stop()
            if sampler is not None:
                print(sampler.stop(), flush=True)
            items = page.queue.items() if page.queue is not None else []
            uploaded_once = (done() and len(items) == count and all(i.state is ItemState.DONE for i in items)
                             and len({i.ticket_id for i in items}) == count)
            page.shutdown()
            run_until(None, 1.0, poll_ms=10)
            page.close()
        finally:
            heap.stop_collecting()  # as the app's shutdown does: the next benchmark runs as usual
            runner.shutdown(15000)
            client.close()
            service.stop()
    return WatchResult(count, watch_seconds, last_copy - copy_started, upload_seconds, stall_ms, idle_ms,
                       uploaded_once)


def main(quick: bool = False) -> None:
    result = measure(quick)
    for row in result.rows():
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "-"
        print(f"{row.measure}: {row.result:.1f} {row.unit} vs {row.baseline:.1f} (ratio {ratio})")
    print(result.rows()[0].note)


if __name__ == "__main__":
    main()
