"""Ticket Pros Desktop: the Qt application and the ``ticketpros`` command line.

``app.launcher`` is the program (``ticketpros``, ``python -m app``, the
bundle). The command line, ``app.cli``, and every module it imports (settings
store, paths, logs, errors, ``textformat``, ``privacy.local_data``) work
without Qt: an import-linter contract in pyproject.toml keeps it so. The GUI
reaches the command line only through the launcher.
"""

APP_NAME = "TicketPros"
APP_DISPLAY_NAME = "Ticket Pros"
