"""The Tickets page: list with lazy thumbnails and pagination, search, detail, download, delete."""

from .model import TicketListModel
from .page import TicketDetailPanel, TicketsPage

__all__ = ["TicketDetailPanel", "TicketListModel", "TicketsPage"]
