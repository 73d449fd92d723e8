"""Ticket Pros reference service.

A small FastAPI + SQLite implementation of the Ticket Pros HTTP API, used as the
embedded service of ``ticketpros demo`` and by the test suite. It shares nothing
with the desktop client but the HTTP contract published at ``/openapi.json``.
"""

API_VERSION = 1
#: Where the API lives; every router's paths are relative to it.
API_PREFIX = f"/api/v{API_VERSION}"
SERVICE_NAME = "ticketpros"
