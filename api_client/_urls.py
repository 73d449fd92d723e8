"""Which service addresses the SDK accepts, spelt one way per server."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from . import _sentences as S
from ._errors import ConfigurationError


def normalize_base_url(url: str) -> str:
    """``HTTPS://Host:443/`` → ``https://host``: one spelling per server, so the
    keyring entry is found again however the address was typed."""
    text = url.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(S.CONFIG_SERVER_URL(url=url))
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[parts.scheme]
    port = f":{parts.port}" if parts.port and parts.port != default_port else ""
    return f"{parts.scheme}://{host}{port}{parts.path.rstrip('/')}"


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure_transport(base_url: str, *, allow_insecure_http: bool) -> None:
    """Plain http:// would carry passwords and tokens in the clear: only to this
    computer (the demo service), unless the caller explicitly allows it."""
    parts = urlsplit(base_url)
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback_host(parts.hostname or ""):
        raise ConfigurationError(S.CONFIG_PLAIN_HTTP())
