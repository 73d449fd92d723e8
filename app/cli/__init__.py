"""``ticketpros``: sub-commands for scripting and support (no Qt here).

Each sub-command module has ``register(subparsers)``; a command's function
returns the exit code. Failures print one line to stderr, never a traceback
(the traceback goes to the log file). The GUI (no command, ``demo``,
``--self-test``) is reached only through the ``GuiStarter`` that
``app.launcher`` passes in: this package never imports Qt, so it works from a
``pip install ticketpros-desktop`` without the ``gui`` extra.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from api_client import TicketProsError, __version__

from ..errors import describe
from ..logs import setup_logging
from ..translation import Context
from . import _argparse, account, privacy, requests, service, tickets, update, uploads, watch
from ._common import (
    CommandError,
    GuiStarter,
    ManagedSettingError,
    QtNotInstalledError,
    refuse_managed_overrides,
)

__all__ = ["GuiStarter", "QtNotInstalledError", "build_parser", "main"]

log = logging.getLogger(__name__)
Cli = Context("Cli")

# One line per group of commands.
COMMAND_MODULES = (service, account, uploads, watch, tickets, privacy, requests, update)

#: The exit status of a command whose reader went away (``ticketpros … | head``):
#: 128 + SIGPIPE, what a shell reports for ``cat``, ``git log`` and the rest of
#: the toolbox in the same place, so ``set -o pipefail`` scripts see the same.
EXIT_BROKEN_PIPE = 141


def build_parser() -> argparse.ArgumentParser:
    _argparse.install()  # argparse's own words ("usage:", "options", its errors) in the person's language
    parser = argparse.ArgumentParser(
        prog="ticketpros",
        description=Cli.tr("Ticket Pros Desktop. With no command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=Cli.tr("show the version of the app and exit"))
    parser.add_argument("--self-test", action="store_true",
                        help=Cli.tr("start offscreen, build every page, exit 0 if all is well (for bundles)"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None, *, gui: GuiStarter | None = None) -> int:
    """Run one command; ``gui`` is None where Qt is not installed."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["server"]:
        # Everything after "server" belongs to the service's own parser.
        argv = ["server", "--", *argv[1:]]
    try:
        try:
            return _run(build_parser().parse_args(argv), gui)
        finally:
            # Buffered output meets a reader that went away here, not in the
            # interpreter's last flush (which would print a traceback). The
            # Windows GUI executable has no stdout at all (None).
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        # Python's recipe (library docs, signal: "Note on SIGPIPE"): nothing
        # more can be written, so the rest goes to devnull, quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _run(args: argparse.Namespace, gui: GuiStarter | None) -> int:
    if args.self_test or args.command is None:
        if gui is None:
            print(f"ticketpros: {Cli.tr(QtNotInstalledError.reason)}", file=sys.stderr)
            return 1
        return gui.run_self_test() if args.self_test else gui.run_gui()
    args.gui = gui
    setup_logging()
    try:
        # An option standing in for a setting the organisation locks stops the command before it starts.
        refuse_managed_overrides(args)
        return args.func(args)
    except ManagedSettingError as exc:
        log.info("command %s refused: %s", args.command, exc)
        print(f"ticketpros: {exc.reason}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("ticketpros: " + Cli.tr("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # not a failure to report: main() ends quietly
    except (TicketProsError, OSError, CommandError) as exc:
        log.info("command %s failed: %s", args.command, exc)
        print(f"ticketpros: {describe(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # one line for the person, the rest to the log
        log.exception("command %s failed", args.command)
        print(f"ticketpros: {describe(exc)}", file=sys.stderr)
        return 1
