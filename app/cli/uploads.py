"""``ticketpros upload PATH...``: send photos, scans and PDFs from a terminal.

Each file is checked and cleaned like in the app; a progress bar is drawn on
stderr when it is a terminal; every file that could not be sent gets one line
saying why, and the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

from api_client.uploads import Grouping, ItemState, QueueEvent, QueueRunner, UploadItem, UploadQueue

from ..settings import Settings
from ._common import print_json, signed_in_client

MiB = 1024 * 1024


def register(subparsers: argparse._SubParsersAction) -> None:
    upload = subparsers.add_parser(
        "upload", help="upload photos, scans and PDFs (folders included) as tickets",
        description="Upload files as tickets: one ticket per file, or all files as pages of one ticket "
                    "(--one-ticket). Location data is removed from photos before they are sent.")
    upload.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to upload")
    upload.add_argument("--ticket-number", help="ticket number printed on the paper ticket")
    upload.add_argument("--job", help="job or project the ticket belongs to")
    upload.add_argument("--notes", help="notes for the office")
    upload.add_argument("--date", dest="ticket_date", metavar="YYYY-MM-DD", help="date on the ticket")
    upload.add_argument("--one-ticket", action="store_true", help="send all files as the pages of one ticket")
    upload.add_argument("--duplicates", choices=("ask", "skip", "upload"), default="ask",
                        help="what to do with a file that was already uploaded (default: ask on a terminal, "
                             "else skip)")
    upload.add_argument("--json", action="store_true", help="print the result of each file as JSON")
    upload.add_argument("--parallel", type=int, metavar="N",
                        help="files sent at the same time (default: the app's setting)")
    upload.add_argument("--limit", type=int, metavar="KIB_PER_S",
                        help="bandwidth limit in KiB/s, 0 for none (default: the app's setting)")
    upload.add_argument("--chunk-size", type=float, default=8, metavar="MIB", help=argparse.SUPPRESS)
    upload.set_defaults(func=cmd_upload)


class _Progress:
    """A one-line progress bar on stderr, redrawn at most 10 times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.sent: dict[int, int] = {}
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._last_draw = 0.0

    def on_event(self, event: QueueEvent) -> None:
        if event.kind == "progress":
            with self._lock:
                self.sent[event.item_id] = event.sent

    def draw(self, items: list[UploadItem], *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        total = sum(i.size or 0 for i in items if i.state not in (ItemState.CANCELLED, ItemState.REJECTED))
        with self._lock:
            sent = sum(
                (i.size or 0) if i.state is ItemState.DONE else self.sent.get(i.id, i.offset)
                for i in items if i.state not in (ItemState.CANCELLED, ItemState.REJECTED))
        done = sum(1 for i in items if i.state.finished)
        fraction = sent / total if total else 0.0
        width = 28
        bar = "#" * int(fraction * width)
        speed = sent / max(now - self._started, 1e-3)
        line = (f"\r[{bar:<{width}}] {fraction:4.0%}  {_mb(sent)}/{_mb(total)}  {_mb(speed)}/s  "
                f"{done}/{len(items)} files ")
        sys.stderr.write(line)
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


def _mb(n: float) -> str:
    return f"{n / MiB:.1f} MB"


def _ask_duplicate(item: UploadItem) -> bool:
    where = ", ".join(
        (f"ticket {m.get('ticket_number') or m.get('ticket_id')}" if m.get("ticket_id") else
         f"also queued as {m.get('queued_as')}") for m in item.duplicates[:3])
    sys.stderr.write(f"\n{item.name} was already uploaded ({where}). Upload it again? [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def cmd_upload(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not Path(p).exists()]
    for path in missing:
        print(f"ticketpros: {path}: no such file or folder.", file=sys.stderr)
    paths = [p for p in args.paths if Path(p).exists()]
    if not paths:
        return 1
    interactive = sys.stdin.isatty() and sys.stderr.isatty()
    policy = args.duplicates if args.duplicates != "ask" or interactive else "skip"
    progress = _Progress(sys.stderr.isatty() and not args.json)
    given_up: set[int] = set()
    with signed_in_client() as client, tempfile.TemporaryDirectory(prefix="ticketpros-upload-") as work:
        queue = UploadQueue(Path(work) / "queue.sqlite3", Path(work) / "staging")
        settings = Settings.load()
        parallel = args.parallel if args.parallel is not None else settings.upload_concurrency
        limit_kib = args.limit if args.limit is not None else settings.upload_limit_kib
        runner = QueueRunner(queue, client, chunk_size=max(1, int(args.chunk_size * MiB)), poll_interval=0.1,
                             concurrency=max(1, parallel), rate_limit=max(0, limit_kib) * 1024)
        queue.subscribe(progress.on_event)
        try:
            queue.add(paths, grouping=Grouping.ONE_MULTI_PAGE_TICKET if args.one_ticket else Grouping.ONE_TICKET_EACH,
                      ticket_number=args.ticket_number, job=args.job, notes=args.notes, ticket_date=args.ticket_date)
            runner.start()
            while True:
                items = queue.items()
                for item in items:
                    if item.state is ItemState.WAITING_DECISION:
                        if policy == "ask":
                            progress.clear()
                            queue.decide(item.id, upload_anyway=_ask_duplicate(item))
                        else:
                            queue.decide(item.id, upload_anyway=policy == "upload")
                    elif item.state is ItemState.FAILED and item.id not in given_up:
                        # The engine already retried with backoff; a terminal does not wait for minutes.
                        given_up.add(item.id)
                        queue.cancel(item.id)
                items = queue.items()
                progress.draw(items)
                if all(i.state.finished for i in items):
                    break
                time.sleep(0.1)
            runner.wait_idle(timeout=3)  # a cancelled partial upload is removed from the service
            progress.draw(queue.items(), force=True)
            progress.clear()
            return _report(queue.items(), given_up, args.json)
        finally:
            runner.stop()
            queue.close()


def _report(items: list[UploadItem], given_up: set[int], as_json: bool) -> int:
    failed = 0
    results = []
    for item in items:
        error = item.error
        if item.id in given_up:
            state, failed = "failed", failed + 1
        elif item.state is ItemState.REJECTED:
            state, failed = "rejected", failed + 1
        elif item.state is ItemState.CANCELLED:
            state = "skipped"
            error = error or "Skipped."
        else:
            state = "uploaded"
        results.append({"file": item.source_path, "name": item.name, "state": state, "ticket_id": item.ticket_id,
                        "page": item.page, "sha256": item.sha256, "error": error})
        if not as_json:
            if state == "uploaded":
                print(f"{item.name}: uploaded (ticket {item.ticket_id}"
                      + (f", page {item.page})" if (item.page_count or 1) > 1 else ")"))
            else:
                print(f"ticketpros: {item.name}: {error}", file=sys.stderr)
    if as_json:
        print_json(results)
    return 1 if failed else 0
