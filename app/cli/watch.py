"""``ticketpros watch FOLDER…``: the watched folders without the GUI (a scanner PC).

Files dropped into the folders become tickets (api_client.watch), one line on
stdout for each (taken, uploaded, put aside and why). With no FOLDER, the
folders of the app's settings are watched, with their own defaults.

Ctrl+C or SIGTERM stops it after the file in flight: nothing new is taken or
started, the uploads under way finish and their files are moved; what was
queued and not started stays in its queue (``watch-queue.sqlite3``) for the
next start, which also finds files that arrived meanwhile. A kill (SIGKILL,
a power cut) loses nothing either: the next start resumes from the queue.
One ``ticketpros watch`` at a time works that queue (a lock file).
"""

from __future__ import annotations

import argparse
import signal
import threading
from datetime import datetime

from filelock import FileLock, Timeout

from api_client.uploads import ItemState, QueueRunner, UploadQueue
from api_client.watch import FileEvent, FolderState, FolderWatcher, Status, WatchedFolder

from .. import paths
from ..sdk_sentences import localise
from ..settings import Settings
from ..translation import QT_TRANSLATE_NOOP
from ._common import Cli, CommandError, signed_in_client

#: What became of a file (``FileEvent.what``), marked for the catalogue; said translated.
WHAT = frozenset((
    QT_TRANSLATE_NOOP("Cli", "uploaded, moved to Uploaded"),
    QT_TRANSLATE_NOOP("Cli", "uploaded, deleted"),
    QT_TRANSLATE_NOOP("Cli", "uploaded, left in place"),
    QT_TRANSLATE_NOOP("Cli", "not uploaded, moved to Not uploaded"),
))
#: A folder's state (``Status``), marked for the catalogue; said translated.
STATUS = {
    Status.STARTING: QT_TRANSLATE_NOOP("Cli", "starting"),
    Status.WATCHING: QT_TRANSLATE_NOOP("Cli", "watching"),
    Status.POLLING: QT_TRANSLATE_NOOP("Cli", "polling"),
    Status.PAUSED: QT_TRANSLATE_NOOP("Cli", "paused"),
    Status.ERROR: QT_TRANSLATE_NOOP("Cli", "error"),
    Status.STOPPED: QT_TRANSLATE_NOOP("Cli", "stopped"),
}

#: How long a stop waits for the uploads in flight to finish before it leaves them to the next start.
FINISH_SECONDS = 120.0


def register(subparsers: argparse._SubParsersAction) -> None:
    watch = subparsers.add_parser(
        "watch", help=Cli.tr("upload what arrives in folders (a scanner's, a phone's) until stopped"),
        description=Cli.tr("Watch folders and upload each file that arrives in them once it is complete; each is "
                    "then moved to an 'Uploaded' sub-folder (or kept, or deleted), or to 'Not uploaded' with a "
                    ".txt file saying why. With no FOLDER, the watched folders of the app's settings. "
                    "Stops on Ctrl+C or SIGTERM after the file in flight."))
    watch.add_argument("folders", nargs="*", metavar="FOLDER", help=Cli.tr("folders to watch"))
    watch.add_argument("--job", default="", help=Cli.tr("job or project of the tickets made"))
    watch.add_argument("--notes", default="", help=Cli.tr("notes for the office on each ticket"))
    watch.add_argument("--grouping", choices=("file", "page", "folder"), default="file",
                       help=Cli.tr("one ticket per file (default), per page (PDFs and TIFFs are split), or per "
                            "sub-folder (its files are the pages)"))
    watch.add_argument("--after", choices=("move", "keep", "delete"), default="move",
                       help=Cli.tr("what becomes of an uploaded file: moved to 'Uploaded' (default), kept, or deleted"))
    watch.add_argument("--poll", type=float, metavar="SECONDS",
                       help=Cli.tr("scan every SECONDS instead of using change events (network shares)"))
    watch.add_argument("--stable", type=float, default=3.0, metavar="SECONDS",
                       help=Cli.tr("how long a file's size and time must stay the same before it is taken (default 3)"))
    watch.add_argument("--parallel", type=int, metavar="N", help=Cli.tr("files sent at the same time"))
    watch.set_defaults(func=cmd_watch)


def _folders(args: argparse.Namespace, settings: Settings) -> list[WatchedFolder]:
    """The folders to watch. A folder paused in the app (its Uploads page) stays paused here when
    the app's folders are watched, with a line saying so; a folder named on the command line is
    watched even so (naming it asks for it), with a line saying that too."""
    paused = {folder.key for folder in settings.watched() if folder.paused}
    if not args.folders:
        folders = settings.watched()
        if not folders:
            raise CommandError(Cli.tr("No folder to watch: give one, or add watched folders in the app's Settings."))
        if all(folder.paused for folder in folders):
            raise CommandError(Cli.tr("Every watched folder is paused: resume one on the app's Uploads page, "
                                      "or name a folder to watch."))
        for folder in folders:
            if folder.paused:
                print(f"{_now()} " + Cli.tr("{folder}: paused in the app, so not watched; resume it on the "
                                            "app's Uploads page, then start this again.").format(folder=folder.key),
                      flush=True)
        return [folder for folder in folders if not folder.paused]
    found = []
    for given in args.folders:
        folder = WatchedFolder(given, job=args.job, notes=args.notes, grouping=args.grouping, after=args.after)
        if not folder.root.is_dir():
            raise CommandError(Cli.tr("{folder}: no such folder.").format(folder=given))
        if folder.key in paused:
            print(f"{_now()} " + Cli.tr("{folder}: paused in the app, watched here because it was named.").format(
                folder=folder.key), flush=True)
        found.append(folder)
    return found


def _now() -> str:
    return datetime.now().strftime("%H:%M:%S")


class _Log:
    """One line per file and per change of a folder's state, on stdout, as they happen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._said: dict[str, str] = {}

    def file(self, event: FileEvent) -> None:
        what = Cli.tr(event.what) if event.what in WHAT else event.what
        self._print(f"{event.folder}: {event.name}: {what}" + (f" ({localise(event.detail)})" if event.detail else ""))

    def state(self, state: FolderState) -> None:
        if state.last_result is None or state.status is Status.ERROR:
            status = Cli.tr(STATUS[state.status]) if state.status in STATUS else str(state.status)
            said = f"{state.folder}: {status}" + (f" ({localise(state.message)})" if state.message else "")
            if self._said.get(state.folder) != said:
                self._said[state.folder] = said
                self._print(said)

    def _print(self, text: str) -> None:
        with self._lock:
            print(f"{_now()} {text}", flush=True)


def cmd_watch(args: argparse.Namespace) -> int:
    settings = Settings.load()
    folders = _folders(args, settings)
    lock_file = paths.watch_lock_file()
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_file)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise CommandError(Cli.tr("Another ticketpros watch is running on this computer; stop it first.")) from None
    stop = threading.Event()
    previous = _on_signals(stop)
    try:
        with signed_in_client() as client:
            owner = f"{client.base_url} {client.me().user.id}"
            with UploadQueue(paths.watch_queue_file(), paths.watch_staging_dir(), owner=owner) as queue:
                return _run(args, settings, folders, client, queue, stop)
    finally:
        _restore(previous)
        lock.release()


def _on_signals(stop: threading.Event):
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame) -> None:
        stop.set()

    return {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}


def _restore(previous) -> None:
    for sig, handler in (previous or {}).items():
        signal.signal(sig, handler)


def _run(args, settings: Settings, folders: list[WatchedFolder], client, queue: UploadQueue,
         stop: threading.Event) -> int:
    log = _Log()
    parallel = args.parallel if args.parallel is not None else settings.upload_concurrency
    runner = QueueRunner(queue, client, concurrency=max(1, parallel), poll_interval=0.1,
                         rate_limit=max(0, settings.upload_limit_kib) * 1024)
    for item in queue.items():  # given up for now by an earlier run: tried again
        if item.state in (ItemState.PAUSED, ItemState.FAILED):
            queue.retry_now(item.id)
    watcher = FolderWatcher(queue, folders, pages_dir=paths.split_pages_dir(), lock_dir=paths.folder_lock_dir(),
                            stable_seconds=max(0.1, args.stable), poll=args.poll,
                            on_state=log.state, on_file=log.file)
    runner.start()
    watcher.start()
    print(f"{_now()} " + Cli.tr("watching %n folders; Ctrl+C or SIGTERM stops after the file in flight", "",
                                len(folders)), flush=True)
    try:
        while not stop.wait(0.2):
            pass
    finally:
        print(f"{_now()} " + Cli.tr("stopping after the file in flight…"), flush=True)
        watcher.stop_taking()
        finished = runner.drain(FINISH_SECONDS)
        runner.stop()
        watcher.stop()
        waiting = queue.pending_count()
        said = Cli.tr("stopped")
        if waiting:
            said = Cli.tr("stopped; %n files stay queued for the next start", "", waiting)
        if not finished:
            said += " " + Cli.tr("(an upload was cut short; it resumes at the next start)")
        print(f"{_now()} {said}", flush=True)
    return 0

