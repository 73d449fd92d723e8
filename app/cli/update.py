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
from ._common import Cli, CommandError, print_json

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    update = subparsers.add_parser(
        "update", help=Cli.tr("check for, download and install a signed update of the app"),
        description=Cli.tr("Signed updates (The Update Framework): the repository's metadata is verified "
                    "before anything is downloaded, and the download before anything is installed."))
    commands = update.add_subparsers(dest="update_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help=Cli.tr("say whether a newer version is on the update channel"))
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    apply = commands.add_parser("apply", help=Cli.tr("download, verify and install the newer version, then run it"))
    apply.add_argument("--no-restart", action="store_true",
                       help=Cli.tr("install, but do not run the new version afterwards"))
    apply.set_defaults(func=cmd_apply)
    status = commands.add_parser("status", help=Cli.tr("this version, the update settings and the upload queues"))
    status.add_argument("--json", action="store_true")
    status.add_argument("--updated-from", help=argparse.SUPPRESS)
    status.set_defaults(func=cmd_status)


def _config(settings: Settings) -> core.UpdateConfig:
    if not settings.updates_enabled:
        if "updates_enabled" in getattr(settings, "locked", frozenset()):
            raise CommandError(Cli.tr("Updates are switched off by your organisation, so no update repository "
                                      "is asked."))
        raise CommandError(Cli.tr("Updates are switched off by the settings, so no update repository is asked."))
    try:
        return core.config_from_settings(settings, __version__)
    except core.UpdateError as exc:
        raise CommandError(_reason(exc)) from None


def cmd_check(args: argparse.Namespace) -> int:
    config = _config(Settings.load())
    try:
        available = core.Updater(config).check()
    except core.UpdateError as exc:
        raise CommandError(_reason(exc)) from None
    if args.json:
        print_json({"current": __version__, "channel": config.channel,
                    "available": None if available is None else {
                        "version": available.version, "download_size": available.download_size,
                        "patch": available.patch}})
    elif available is None:
        print(_newest(config))
    elif available.patch:
        print(Cli.tr("Version {version} is available (a patch, {size} to download): ticketpros update apply")
              .format(version=available.version, size=format_size(available.download_size)))
    else:
        print(Cli.tr("Version {version} is available (the full version, {size} to download): ticketpros update "
                     "apply").format(version=available.version, size=format_size(available.download_size)))
    return 0


class _Progress:
    def __init__(self) -> None:
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != self._last and sys.stderr.isatty():
            sys.stderr.write("\r" + Cli.tr("Downloading… {percent}% of {size}").format(
                percent=f"{percent:3d}", size=format_size(total)))
            sys.stderr.flush()
        self._last = percent


def cmd_apply(args: argparse.Namespace) -> int:
    config = _config(Settings.load())
    updater = core.Updater(config)
    try:
        available = updater.check()
        if available is None:
            print(_newest(config))
            return 0
        staged = updater.download(progress=_Progress())
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        waiting = _pending_uploads()
        if waiting:
            print(Cli.tr("%n files are still waiting to upload; they continue after the update.", "", waiting))
        program = core.install(config, staged)
    except core.UpdateError as exc:
        raise CommandError(_reason(exc)) from None
    print(Cli.tr("Installed version {version} in {folder}.").format(version=staged.version,
                                                                    folder=config.install_dir))
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


def _newest(config: core.UpdateConfig) -> str:
    return Cli.tr("{app} {version} is the newest version on the {channel} channel.").format(
        app=APP_DISPLAY_NAME, version=__version__, channel=config.channel)


def _reason(exc: core.UpdateError) -> str:
    """The refusal in the reader's language: the sentences whose English is core's own are
    translated; the others (with a folder or a system's message in them) are core's."""
    texts = {
        "expired": Cli.tr("The update repository's signed information has expired, so nothing was installed; "
                          "{keep}."),
        "rollback": Cli.tr("The update repository offered older signed information than this computer has "
                           "already seen (a rollback), so it was refused; {keep}."),
        "unsigned": Cli.tr("The update repository's information is not signed with Ticket Pros' key, so it was "
                           "refused; {keep}."),
        "tampered": Cli.tr("The downloaded update does not match its signed description (it may have been "
                           "tampered with), so it was refused; {keep}."),
        "unreachable": Cli.tr("The update repository {repository} could not be reached; {keep}."),
        "unverified": Cli.tr("The update repository's information could not be verified, so it was refused; "
                             "{keep}."),
        "source": Cli.tr("This copy runs from source or was installed with pip, so it updates with pip, not by "
                         "itself."),
    }
    text = texts.get(exc.kind)
    if text is None:
        return exc.reason
    return text.format(keep=Cli.tr("this version keeps working"),
                       repository=getattr(exc, "details", {}).get("repository", ""))


def cmd_status(args: argparse.Namespace) -> int:
    settings = Settings.load()
    try:
        install_dir = str(core.config_from_settings(settings, __version__).install_dir)
        able, refusal = "", None
    except core.UpdateError as exc:
        install_dir, able, refusal = "", exc.reason, exc
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
        print(Cli.tr("{app} {version} (updated from {previous})").format(app=APP_DISPLAY_NAME, version=__version__,
                                                                           previous=args.updated_from))
    else:
        print(f"{APP_DISPLAY_NAME} {__version__}")
    state = Cli.tr("on") if settings.updates_enabled else Cli.tr("off")
    print(Cli.tr("Updates: {state}, channel {channel}, {url}").format(state=state, channel=settings.update_channel,
                                                                     url=settings.update_url))
    if refusal is not None:
        print(_reason(refusal))
    print(Cli.tr("Upload queue: %n files waiting", "", data["pending_uploads"]) if data["pending_uploads"]
          else Cli.tr("Upload queue: empty"))
    return 0
