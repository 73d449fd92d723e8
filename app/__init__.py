"""Ticket Pros Desktop: the Qt application and the ``ticketpros`` command line.

Qt is imported only by the GUI modules; the command line (``app.cli``), the
settings and the log set-up work without it.
"""

APP_NAME = "TicketPros"
APP_DISPLAY_NAME = "Ticket Pros"
