"""``ticketpros upload PATH...``: send photos, scans and PDFs from a terminal.

Each file is checked and cleaned like in the app; a progress bar is drawn on
stderr when it is a terminal; every file that could not be sent gets one line
saying why, and the exit status is 1 if any failed.

The files go through a persistent queue of the command line's own (beside
the app's, in the data folder), held by one ``ticketpros upload`` at a time
(a lock file; a second run waits and says so). An interrupted run (Ctrl-C,
SIGTERM, a kill, a crash) leaves its files there: the next run finishes them
from where the service has them, says which, and sends nothing twice.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from api_client import TicketProsClient, TicketProsError
from api_client.media import MediaError, safe_display_name
from api_client.uploads import (
    Grouping,
    ItemState,
    QueueEvent,
    QueueRunner,
    UploadItem,
    UploadQueue,
    expand_paths,
)

from .. import paths
from ..sdk_sentences import localise
from ..settings import Settings
from ..translation import Context
from ._common import print_json, quality_text, setting_option, signed_in_client

MiB = 1024 * 1024
#: How long a finished run waits for a cancelled upload to be removed and a ticket to be finished.
SETTLE_SECONDS = 10.0


def register(subparsers: argparse._SubParsersAction) -> None:
    upload = subparsers.add_parser(
        "upload", help=Cli.tr("upload photos, scans and PDFs (folders included) as tickets"),
        description=Cli.tr("Upload files as tickets: one ticket per file, or all files as pages of one ticket "
                    "(--one-ticket). Location data is removed from photos before they are sent. An "
                    "interrupted upload is finished by the next run."))
    upload.add_argument("paths", nargs="+", metavar="PATH", help=Cli.tr("files or folders to upload"))
    upload.add_argument("--ticket-number", help=Cli.tr("ticket number printed on the paper ticket"))
    upload.add_argument("--job", help=Cli.tr("job or project the ticket belongs to"))
    upload.add_argument("--notes", help=Cli.tr("notes for the office"))
    upload.add_argument("--date", dest="ticket_date", metavar="YYYY-MM-DD", help=Cli.tr("date on the ticket"))
    upload.add_argument("--one-ticket", action="store_true", help=Cli.tr("send all files as the pages of one ticket"))
    upload.add_argument("--split-pages", action="store_true",
                        help=Cli.tr("one ticket per page: multi-page PDFs and TIFFs are split (losslessly) first"))
    upload.add_argument("--duplicates", choices=("ask", "skip", "upload"), default="ask",
                        help=Cli.tr("what to do with a file that was already uploaded (default: ask on a terminal, "
                             "else skip)"))
    upload.add_argument("--json", action="store_true", help=Cli.tr("print the result of each file as JSON"))
    setting_option(upload, "--parallel", setting="upload_concurrency", type=int, metavar="N",
                   help=Cli.tr("files sent at the same time (default: the app's setting)"))
    setting_option(upload, "--limit", setting="upload_limit_kib", type=int, metavar="KIB_PER_S",
                   help=Cli.tr("bandwidth limit in KiB/s, 0 for none (default: the app's setting)"))
    upload.add_argument("--chunk-size", type=float, default=8, metavar="MIB", help=argparse.SUPPRESS)
    upload.set_defaults(func=cmd_upload)


class _Progress:
    """A one-line progress bar on stderr, redrawn at most 10 times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        #: Bytes sent of each upload in flight, from its progress events.
        self.sent: dict[int, int] = {}
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._last_draw = 0.0

    def on_event(self, event: QueueEvent) -> None:
        with self._lock:
            if event.kind == "progress":
                self.sent[event.item_id] = event.sent
            elif event.item is not None and event.item.state is not ItemState.UPLOADING:
                self.sent.pop(event.item_id, None)

    def draw(self, queue: UploadQueue, *, force: bool = False) -> None:
        """The bar, from the queue's aggregates and the files uploading now (no other rows read)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < 0.1:
            return
        self._last_draw = now
        summary = queue.store.summary()
        uploading = queue.store.in_states((ItemState.UPLOADING,))
        with self._lock:
            # The summary counts each upload's stored offset; what was sent since comes from its events.
            ahead = sum(max(0, min(self.sent.get(i.id, 0), i.size or 0) - min(i.offset, i.size or 0))
                        for i in uploading)
        total, done, files = summary.total, summary.finished, summary.files
        sent = summary.sent + ahead
        fraction = sent / total if total else 0.0
        width = 28
        bar = "#" * int(fraction * width)
        speed = sent / max(now - self._started, 1e-3)
        line = (f"\r[{bar:<{width}}] {fraction:4.0%}  {_mb(sent)}/{_mb(total)}  {_mb(speed)}/s  "
                + Cli.tr("{done}/{total} files").format(done=done, total=files) + " ")
        sys.stderr.write(line)
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 79 + "\r")
            sys.stderr.flush()


Cli = Context("Cli")


def _mb(n: float) -> str:
    return f"{n / MiB:.1f} MB"


def _say(text: str) -> None:
    print(f"ticketpros: {text}", file=sys.stderr)


def _ask_duplicate(item: UploadItem) -> bool:
    where = ", ".join(
        (Cli.tr("ticket {number}").format(number=m.get("ticket_number") or m.get("ticket_id"))
         if m.get("ticket_id") else Cli.tr("also queued as {name}").format(name=m.get("queued_as")))
        for m in item.duplicates[:3])
    sys.stderr.write("\n" + Cli.tr("{name} was already uploaded ({where}). Upload it again? [y/N] ").format(
        name=item.name, where=where))
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    # "y"/"yes" always; and the language's own word ("s"/"sí" in Spanish).
    return answer in ("y", "yes", *Cli.tr("y|yes", "the answers that mean yes, separated by |").split("|"))


def unusable(path: str) -> str | None:
    """Why a path given on the command line cannot be uploaded at all, or None.
    (What is wrong with a file's content is found later, by the queue, file by file.)"""
    given = Path(path)
    if not given.exists():
        return Cli.tr("No such file or folder.")
    if given.is_dir():
        try:
            entries = [entry.name for entry in os.scandir(given)]
        except PermissionError:
            return Cli.tr("The app is not allowed to read this folder.")
        except OSError as exc:
            return Cli.tr("The folder could not be read ({reason}).").format(reason=exc.strerror or exc)
        if not any(not name.startswith(".") for name in entries):
            return Cli.tr("There are no files in this folder.")
    return None


@contextmanager
def _queue_lock() -> Iterator[None]:
    """The command line's queue, for this run alone (the lock goes with the process, however it ends)."""
    lock_file = paths.cli_upload_lock_file()
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_file)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        _say(Cli.tr("another ticketpros upload is sending files; waiting for it to finish…"))
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def _interrupt_on_sigterm() -> Iterator[None]:
    """SIGTERM stops a run like Ctrl-C: transfers stop, what arrived is recorded."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_upload(args: argparse.Namespace) -> int:
    refused = {}
    for path in args.paths:
        reason = unusable(path)
        if reason is not None:
            refused[path] = reason
            _say(f"{safe_display_name(Path(path).name) or path}: {reason}")
    usable = [p for p in args.paths if p not in refused]
    missing = [_path_result(p, reason) for p, reason in refused.items()]
    if not usable:
        if args.json:
            print_json(missing)
        return 1
    with _interrupt_on_sigterm(), _queue_lock(), signed_in_client() as client:
        owner = f"{client.base_url} {client.me().user.id}"
        with UploadQueue(paths.cli_upload_queue_file(), paths.cli_staging_dir(), owner=owner) as queue:
            return _run(args, client, queue, usable, missing)


def _run(args: argparse.Namespace, client: TicketProsClient, queue: UploadQueue, usable: list[str],
         missing: list[dict]) -> int:
    interactive = sys.stdin.isatty() and sys.stderr.isatty()
    policy = args.duplicates if args.duplicates != "ask" or interactive else "skip"
    progress = _Progress(sys.stderr.isatty() and not args.json)
    settings = Settings.load()
    parallel = args.parallel if args.parallel is not None else settings.upload_concurrency
    limit_kib = args.limit if args.limit is not None else settings.upload_limit_kib
    runner = QueueRunner(queue, client, chunk_size=max(1, int(args.chunk_size * MiB)), poll_interval=0.1,
                         concurrency=max(1, parallel), rate_limit=max(0, limit_kib) * 1024,
                         prepare_ahead=True)
    queue.subscribe(progress.on_event)
    # The loop looks again as soon as a file needs an answer or is finished (not at its next
    # tick): the last file's arrival ends the command at once. Other moves (prepared, checked,
    # uploading) need nothing from it, so they do not wake it.
    changed = threading.Event()
    queue.subscribe(lambda event: changed.set() if _needs_a_look(event) else None)
    given_up: set[int] = set()
    cleaner = None
    try:
        _resume_earlier(queue, runner)
        if getattr(args, "split_pages", False):
            from api_client.watch import PageCleaner  # here: only --split-pages needs it

            cleaner = PageCleaner(queue, paths.split_pages_dir())
            usable = _split(usable, missing)
        queue.add(usable, grouping=Grouping.ONE_MULTI_PAGE_TICKET if args.one_ticket else Grouping.ONE_TICKET_EACH,
                  ticket_number=args.ticket_number, job=args.job, notes=args.notes, ticket_date=args.ticket_date,
                  skip_queued=True, allow_duplicates=policy == "upload")
        runner.start()
        while True:
            changed.clear()  # before looking: a change while the loop looks makes it look again
            # Only the files that need an answer are read; the rest is counted (1,000 files read
            # ten times a second made the loop the slowest part of a big upload).
            for item in queue.store.in_states((ItemState.WAITING_DECISION, ItemState.FAILED)):
                if item.state is ItemState.WAITING_DECISION:
                    if policy == "ask":
                        progress.clear()
                        queue.decide(item.id, upload_anyway=_ask_duplicate(item))
                    else:
                        queue.decide(item.id, upload_anyway=policy == "upload")
                elif item.state is ItemState.FAILED and item.id not in given_up:
                    # The engine already retried with backoff; a terminal does not wait for minutes.
                    # Paused, it stays queued: the next run goes on from the service's offset.
                    given_up.add(item.id)
                    queue.pause(item.id)
            progress.draw(queue)
            summary = queue.store.summary()
            if summary.files - summary.finished <= len(given_up) and _only_given_up_left(queue, given_up):
                break
            changed.wait(0.1)
        runner.wait_idle(timeout=SETTLE_SECONDS)  # partial uploads removed, tickets finished
        items = queue.items()
        progress.draw(queue, force=True)
        progress.clear()
    except KeyboardInterrupt:
        progress.clear()
        runner.stop()
        waiting = queue.pending_count()
        if waiting:
            _say(Cli.tr("%n files not sent yet stay queued; run the same command again to finish.", "",
                        waiting))
        raise
    finally:
        runner.stop()
        if cleaner is not None:
            cleaner.close()
    code = _report(missing, items, given_up, args.json)
    queue.remove_finished()
    return code


def _needs_a_look(event: QueueEvent) -> bool:
    """Whether the command's loop has something to do after ``event``."""
    if event.kind == "progress":
        return False
    return event.item is None or event.item.state in _LOOKED_AT or event.item.state.finished


#: The states the command's loop acts on (a decision to make, a failure to give up on).
_LOOKED_AT = frozenset({ItemState.WAITING_DECISION, ItemState.FAILED, ItemState.PAUSED})


def _only_given_up_left(queue: UploadQueue, given_up: set[int]) -> bool:
    """Every file finished but those given up on (asked only when the counts say it may be so)."""
    unfinished = queue.store.in_states(s for s in ItemState if not s.finished) if given_up else []
    return all(item.id in given_up for item in unfinished)


def _split(usable: list[str], missing: list[dict]) -> list[str]:
    """``--split-pages``: each multi-page PDF or TIFF replaced by its pages (one ticket each); a
    file that cannot be split gets its line in ``missing`` with the queue's sentence."""
    from api_client.watch import split_for_queue

    found: list[str] = []
    for path in expand_paths(usable):
        try:
            found.extend(str(p) for p in split_for_queue(path, paths.split_pages_dir()))
        except (MediaError, OSError) as exc:
            reason = localise(exc.reason) if isinstance(exc, MediaError) else Cli.tr("The file could not be read ({reason}).").format(
                reason=exc.strerror or exc)
            _say(f"{safe_display_name(path.name)}: {reason}")
            missing.append(_path_result(str(path), reason))
    return found


def _resume_earlier(queue: UploadQueue, runner: QueueRunner) -> None:
    """Files an earlier run left (interrupted, or given up for now) go on; say which."""
    for item in queue.items():
        if item.state.finished:
            continue
        if item.state in (ItemState.PAUSED, ItemState.FAILED):
            queue.retry_now(item.id)
        sent = _sent_before(runner, item)
        if sent:
            _say(Cli.tr("resuming {name} from an interrupted run: {sent} of {size} already on the service.").format(
                name=item.name, sent=_mb(sent), size=_mb(item.size or 0)))
        else:
            _say(Cli.tr("resuming {name} from an interrupted run.").format(name=item.name))


def _sent_before(runner: QueueRunner, item: UploadItem) -> int:
    """What the service has of the file's upload (what the upload goes on from)."""
    if not item.upload_url:
        return 0
    try:
        return runner.uploader.status(item.upload_url).offset
    except TicketProsError:
        return item.offset  # the upload asks again when it starts


def _path_result(path: str, reason: str) -> dict:
    return {"file": str(Path(path).absolute()), "name": safe_display_name(Path(path).name) or path,
            "state": "failed", "ticket_id": None, "page": None, "sha256": None, "error": reason, "note": None,
            "quality_warning": None}


def _report(missing: list[dict], items: list[UploadItem], given_up: set[int], as_json: bool) -> int:
    failed = len(missing)
    results = list(missing)
    notes: dict[str, str] = {}
    for item in items:
        error = localise(item.error)
        if item.id in given_up:
            state, failed = "failed", failed + 1
            error = (error or Cli.tr("The upload failed.")) + " " + Cli.tr(
                "It stays queued: run the same command again to resume it.")
        elif item.state is ItemState.REJECTED:
            state, failed = "rejected", failed + 1
        elif item.state is ItemState.CANCELLED:
            state = "skipped"
            error = error or Cli.tr("Skipped.")
        elif item.state is ItemState.DONE:
            state = "uploaded"
        else:
            state, failed = "failed", failed + 1
            error = error or Cli.tr("The upload did not finish; run the same command again to resume it.")
        if item.note and item.ticket_id:
            notes[item.ticket_id] = item.note
        results.append({"file": item.source_path, "name": item.name, "state": state, "ticket_id": item.ticket_id,
                        "page": item.page, "sha256": item.sha256, "error": error, "note": item.note,
                        "quality_warning": item.quality_warning})
        if not as_json:
            if state == "uploaded":
                print(Cli.tr("{name}: uploaded (ticket {ticket}, page {page})").format(
                    name=item.name, ticket=item.ticket_id, page=item.page) if (item.page_count or 1) > 1 else
                    Cli.tr("{name}: uploaded (ticket {ticket})").format(name=item.name, ticket=item.ticket_id))
                if item.quality_warning:  # sent with the flag, which the ticket shows
                    _say(Cli.tr("{name}: warning: {problem}").format(name=item.name, problem=quality_text(item.quality_warning)))
            else:
                _say(f"{item.name}: {error}")
    if as_json:
        print_json(results)
    else:
        for ticket_id, note in notes.items():
            print(Cli.tr("ticket {ticket}: {note}").format(ticket=ticket_id, note=note))
    return 1 if failed else 0
