"""Addresses as the service sees them: loopback or not, and its own origin."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line's start-up imports this module, not Starlette
    from starlette.requests import Request


def is_loopback_host(host: str) -> bool:
    """This computer only: ``localhost``, 127.0.0.0/8 or ::1."""
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def issuer_of(request: Request) -> str:
    """The service's origin as the caller reached it (``http://127.0.0.1:8765``):
    the OAuth issuer (RFC 8414 §2) and the origin its own pages post from.
    Behind a TLS proxy uvicorn reads the scheme from X-Forwarded-Proto."""
    return f"{request.url.scheme}://{request.url.netloc}"
