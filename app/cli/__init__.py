"""``ticketpros``: the GUI with no arguments, sub-commands for scripting and support.

Each sub-command module has ``register(subparsers)``; a command's function
returns the exit code. Failures print one line to stderr, never a traceback
(the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import logging
import sys

from api_client import TicketProsError, __version__

from ..errors import describe
from ..logs import setup_logging
from . import account, privacy, requests, service, tickets, uploads

log = logging.getLogger(__name__)

# One line per group of commands.
COMMAND_MODULES = (service, account, uploads, tickets, privacy, requests)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ticketpros",
        description="Ticket Pros Desktop. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen, build every page, exit 0 if all is well (for bundles)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["server"]:
        # Everything after "server" belongs to the service's own parser.
        argv = ["server", "--", *argv[1:]]
    args = build_parser().parse_args(argv)
    if args.self_test:
        from ..selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from ..gui import run_gui

        return run_gui()
    setup_logging()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("ticketpros: interrupted", file=sys.stderr)
        return 130
    except (TicketProsError, OSError) as exc:
        log.info("command %s failed: %s", args.command, exc)
        print(f"ticketpros: {describe(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - one line for the person, the rest to the log
        log.exception("command %s failed", args.command)
        print(f"ticketpros: {describe(exc)}", file=sys.stderr)
        return 1
