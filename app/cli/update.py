"""``ticketpros update check|apply|status``: the app's signed updates from a terminal (no Qt).

``apply`` checks, downloads (progress on stderr), verifies, puts the new version in place
of the install folder and then runs the new program's ``update status``, so what prints
last is the new version describing itself and the upload queues it found. Uploads of the
app or of a ``ticketpros upload`` run go on after the restart: the queues live in the data
folder, not in the install folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from api_client import __version__
from api_client.uploads import count_pending

from .. import APP_DISPLAY_NAME, paths
from ..settings import Settings
from ..textformat import format_size
from ..updates import core
from ._common import CommandError, print_json

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    update = subparsers.add_parser(
        "update", help="check for, download and install a signed update of the app",
        description="Signed updates (The Update Framework): the repository's metadata is verified "
                    "before anything is downloaded, and the download before anything is installed.")
    commands = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="say whether a newer version is on the update channel")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    apply = commands.add_parser("apply", help="download, verify and install the newer version, then run it")
    apply.add_argument("--no-restart", action="store_true",
                       help="install, but do not run the new version afterwards")
    apply.set_defaults(func=cmd_apply)
    status = commands.add_parser("status", help="this version, the update settings and the upload queues")
    status.add_argument("--json", action="store_true")
    status.add_argument("--updated-from", help=argparse.SUPPRESS)
    status.set_defaults(func=cmd_status)


def _config(settings: Settings) -> core.UpdateConfig:
    if not settings.updates_enabled:
        by = ("your organisation" if "updates_enabled" in getattr(settings, "locked", frozenset())
              else "the settings")
        raise CommandError(f"Updates are switched off by {by}, so no update repository is asked.")
    try:
        return core.config_from_settings(settings, __version__)
    except core.UpdateError as exc:
        raise CommandError(exc.reason) from None


def cmd_check(args: argparse.Namespace) -> int:
    config = _config(Settings.load())
    try:
        available = core.Updater(config).check()
    except core.UpdateError as exc:
        raise CommandError(exc.reason) from None
    if args.json:
        print_json({"current": __version__, "channel": config.channel,
                    "available": None if available is None else {
                        "version": available.version, "download_size": available.download_size,
                        "patch": available.patch}})
    elif available is None:
        print(f"{APP_DISPLAY_NAME} {__version__} is the newest version on the {config.channel} channel.")
    else:
        kind = "a patch" if available.patch else "the full version"
        print(f"Version {available.version} is available ({kind}, {format_size(available.download_size)} "
              "to download): ticketpros update apply")
    return 0


class _Progress:
    def __init__(self) -> None:
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != self._last and sys.stderr.isatty():
            sys.stderr.write(f"\rDownloading… {percent:3d}% of {format_size(total)}")
            sys.stderr.flush()
        self._last = percent


def cmd_apply(args: argparse.Namespace) -> int:
    config = _config(Settings.load())
    updater = core.Updater(config)
    try:
        available = updater.check()
        if available is None:
            print(f"{APP_DISPLAY_NAME} {__version__} is the newest version on the {config.channel} channel.")
            return 0
        staged = updater.download(progress=_Progress())
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        waiting = _pending_uploads()
        if waiting:
            print(f"{_files(waiting)} still waiting to upload; they continue after the update.")
        program = core.install(config, staged)
    except core.UpdateError as exc:
        raise CommandError(exc.reason) from None
    print(f"Installed version {staged.version} in {config.install_dir}.")
    if args.no_restart:
        return 0
    sys.stdout.flush()
    os.execv(program, [str(program), "update", "status", "--updated-from", __version__])
    return 0  # pragma: no cover - execv does not return


def _pending_uploads() -> int:
    total = 0
    for queue in (paths.upload_queue_file(), paths.cli_upload_queue_file()):
        try:
            total += count_pending(queue)
        except Exception:  # a queue that cannot be read is the queue's business, not the update's
            log.info("upload queue %s not counted", queue, exc_info=True)
    return total


def _files(count: int) -> str:
    return "1 file is" if count == 1 else f"{count} files are"


def cmd_status(args: argparse.Namespace) -> int:
    settings = Settings.load()
    try:
        install_dir = str(core.config_from_settings(settings, __version__).install_dir)
        able = ""
    except core.UpdateError as exc:
        install_dir, able = "", exc.reason
    data = {
        "version": __version__,
        "updated_from": args.updated_from,
        "updates_enabled": settings.updates_enabled,
        "update_url": settings.update_url,
        "update_channel": settings.update_channel,
        "install_dir": install_dir,
        "pending_uploads": _pending_uploads(),
        "note": able,
    }
    if args.json:
        print_json(data)
        return 0
    if args.updated_from:
        print(f"{APP_DISPLAY_NAME} {__version__} (updated from {args.updated_from})")
    else:
        print(f"{APP_DISPLAY_NAME} {__version__}")
    state = "on" if settings.updates_enabled else "off"
    print(f"Updates: {state}, channel {settings.update_channel}, {settings.update_url}")
    if able:
        print(able)
    print(f"Upload queue: {data['pending_uploads']} file(s) waiting" if data["pending_uploads"]
          else "Upload queue: empty")
    return 0
