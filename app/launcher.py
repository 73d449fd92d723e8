"""The ``ticketpros`` program: the command line, and the GUI where Qt is installed.

``app.cli`` never imports Qt (an import-linter contract holds it to that), so
``pip install ticketpros-desktop`` without the ``gui`` extra runs every
sub-command. This module is the one that knows both: it hands the command line
the GUI's entry points, imported only when called, or none when PySide6 is
missing (then ``ticketpros`` alone, ``demo`` and ``--self-test`` say in one
sentence how to install it).
"""

from __future__ import annotations

import importlib.util

from . import cli


class QtGui:
    """The GUI's entry points (``app.cli.GuiStarter``)."""

    def run_gui(self, *, server_url: str | None = None) -> int:
        from .gui import run_gui

        return run_gui(server_url=server_url)

    def run_self_test(self) -> int:
        from .selftest import run_self_test

        return run_self_test()


def installed_gui() -> QtGui | None:
    """The GUI, when its Qt part is installed (looked up, not imported: the
    command line starts without loading Qt)."""
    return QtGui() if importlib.util.find_spec("PySide6") is not None else None


def main(argv: list[str] | None = None) -> int:
    return cli.main(argv, gui=installed_gui())
