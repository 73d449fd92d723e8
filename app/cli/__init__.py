"""``ticketpros``: sub-commands for scripting and support (no Qt here).

Each sub-command module has ``register(subparsers)``; a command's function
returns the exit code. Failures print one line to stderr, never a traceback
(the traceback goes to the log file). The GUI (no command, ``demo``,
``--self-test``) is reached only through the ``GuiStarter`` that
``app.launcher`` passes in: this package never imports Qt, so it works from a
``pip install ticketpros-desktop`` without the ``gui`` extra.

Only the module of the command being run is imported (all of them for ``--help``
or a name that is not a command): the SDK and httpx cost the app's start-up a
quarter of a second, and opening the app (no command) needs none of them.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..logs import setup_logging
from ..translation import Context
from . import _argparse

if TYPE_CHECKING:
    from ._common import GuiStarter

__all__ = ["GuiStarter", "QtNotInstalledError", "build_parser", "main"]

log = logging.getLogger(__name__)
Cli = Context("Cli")

#: Each command's module (``register(subparsers)`` adds it), in the order ``--help`` lists them.
_COMMANDS = {
    "demo": "service", "server": "service",
    "login": "account", "logout": "account", "whoami": "account",
    "upload": "uploads",
    "watch": "watch",
    "tickets": "tickets",
    "privacy": "privacy",
    "requests": "requests",
    "update": "update",
}

#: The top-level options that take no value and name no command (``--help`` needs every command).
_PLAIN_OPTIONS = frozenset({"--self-test", "--version"})

#: The exit status of a command whose reader went away (``ticketpros … | head``):
#: 128 + SIGPIPE, what a shell reports for ``cat``, ``git log`` and the rest of
#: the toolbox in the same place, so ``set -o pipefail`` scripts see the same.
EXIT_BROKEN_PIPE = 141


def _command_modules(names: Iterable[str] | None = None) -> list[ModuleType]:
    """The modules of the commands ``names`` (every command's when None), imported, each once."""
    wanted = _COMMANDS if names is None else [name for name in _COMMANDS if name in set(names)]
    modules = dict.fromkeys(_COMMANDS[name] for name in wanted)
    return [importlib.import_module(f"{__name__}.{module}") for module in modules]


def _commands_needed(argv: list[str]) -> list[str] | None:
    """The commands ``argv`` can reach: its command alone, none (the app), or None (all of
    them) for ``--help``, an option argparse would have to expand, or a name that is no command
    (argparse's error then lists the commands)."""
    for arg in argv:
        if not arg.startswith("-"):
            return [arg] if arg in _COMMANDS else None
        if arg not in _PLAIN_OPTIONS:
            return None
    return []


class _VersionAction(argparse._VersionAction):
    """``--version``: the SDK's version, imported only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from api_client import __version__

        self.version = f"%(prog)s {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with ``commands`` (every command when None)."""
    _argparse.install()  # argparse's own words ("usage:", "options", its errors) in the person's language
    parser = argparse.ArgumentParser(
        prog="ticketpros",
        description=Cli.tr("Ticket Pros Desktop. With no command, opens the app."),
    )
    parser.add_argument("--version", action=_VersionAction,
                        help=Cli.tr("show the version of the app and exit"))
    parser.add_argument("--self-test", action="store_true",
                        help=Cli.tr("start offscreen, build every page, exit 0 if all is well (for bundles)"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules(commands):
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
            return _run(build_parser(_commands_needed(argv)).parse_args(argv), gui)
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


def __getattr__(name: str) -> Any:
    # Kept importable from here without importing the SDK (app.cli._common does) at start-up.
    if name in ("GuiStarter", "QtNotInstalledError"):
        from . import _common

        return getattr(_common, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _run(args: argparse.Namespace, gui: GuiStarter | None) -> int:
    if args.self_test or args.command is None:
        if gui is None:
            from ._common import QtNotInstalledError

            print(f"ticketpros: {Cli.tr(QtNotInstalledError.reason)}", file=sys.stderr)
            return 1
        return gui.run_self_test() if args.self_test else gui.run_gui()
    from api_client import TicketProsError

    from ..errors import describe
    from ._common import CommandError, ManagedSettingError, refuse_managed_overrides

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
