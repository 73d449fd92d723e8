"""How the client reaches the service: the system's proxy, none, or a manual one."""

from __future__ import annotations

import re
import urllib.request
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from . import _sentences as S
from ._errors import ConfigurationError

ProxyMode = Literal["system", "none", "manual"]
#: Proxies a client reaches without TLS.
_PLAIN_PROXIES = ("http", "socks5")


@dataclass(frozen=True)
class ProxySettings:
    """``system``: the operating system's proxy settings and HTTP(S)_PROXY/NO_PROXY
    (Windows registry and macOS settings through urllib); ``none``: direct;
    ``manual``: ``url`` for every host except ``exclusions`` (host names,
    ``*.domain`` or ``.domain`` suffixes)."""

    mode: ProxyMode = "system"
    url: str = ""
    exclusions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in ("system", "none", "manual"):
            raise ConfigurationError(S.CONFIG_PROXY_MODE(mode=self.mode))
        if self.mode == "manual":
            parts = urlsplit(self.proxy_url)
            try:
                port_ok = parts.port is None or 0 < parts.port < 65536
            except ValueError:
                port_ok = False
            host = parts.hostname or ""
            if parts.scheme not in ("http", "https", "socks5") or not re.fullmatch(r"[\w.\-:]+", host) \
                    or not port_ok:
                raise ConfigurationError(S.CONFIG_PROXY_URL(url=self.url))

    @property
    def proxy_url(self) -> str:
        return self.url if "://" in self.url else f"http://{self.url}"

    def httpx_options(self, verify: Any) -> dict[str, Any]:
        """Keyword arguments for ``httpx.Client``."""
        if self.mode == "system":
            return {"trust_env": True}
        if self.mode == "none":
            return {"trust_env": False}
        mounts: dict[str, httpx.BaseTransport | None] = {
            "all://": httpx.HTTPTransport(proxy=self.proxy_url, verify=verify, retries=0),
        }
        for host in self.exclusions:
            host = host.strip().lower()
            if host:
                pattern = f"*{host}" if host.startswith(".") else host
                mounts[f"all://{pattern}"] = None  # direct, through the client's own transport
        return {"trust_env": False, "mounts": mounts}

    def may_use_tls(self, url: str) -> bool:
        """Whether requests to ``url`` may make a TLS connection: to ``url`` itself
        (``https://``), or to a proxy reached over TLS (any of the system's, or the one
        given, with an ``https://`` address)."""
        if urlsplit(url).scheme != "http":
            return True
        if self.mode == "none":
            return False
        if self.mode == "manual":
            return urlsplit(self.proxy_url).scheme not in _PLAIN_PROXIES
        return any(urlsplit(str(address)).scheme.lower() not in _PLAIN_PROXIES
                   for scheme, address in urllib.request.getproxies().items() if scheme != "no")

    def proxy_for(self, url: str) -> str | None:
        """The proxy a request to ``url`` goes through, or None when direct
        (for the "a proxy is in use" indicator)."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if self.mode == "none":
            return None
        if self.mode == "manual":
            for excluded in self.exclusions:
                excluded = excluded.strip().lower().lstrip("*")
                if excluded and (host == excluded.lstrip(".") or host.endswith(excluded if excluded.startswith(".") else "." + excluded)):
                    return None
            return self.proxy_url
        proxies = urllib.request.getproxies()
        if urllib.request.proxy_bypass(host) if host else True:
            return None
        return proxies.get(parts.scheme) or proxies.get("all")
