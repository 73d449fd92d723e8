"""The base of ``client.tickets``, ``client.privacy`` and ``client.privacy_requests``."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._client import TicketProsClient


class APIResource:
    """The endpoints of one area of the API, sent through the client's public
    request methods (retries, token refresh and error mapping included).
    Blocking, like the client: call from a worker thread."""

    def __init__(self, client: TicketProsClient) -> None:
        self._client = client

    def _get_json(self, path: str, *, params: dict[str, Any] | None = None) -> Any:
        return self._client.get_json(path, params=params)

    def _post_json(self, path: str, body: Any = None, *, idempotency_key: str | None = None) -> Any:
        return self._client.post_json(path, body, idempotency_key=idempotency_key)

    def _put_json(self, path: str, body: Any) -> Any:
        return self._client.put_json(path, body)

    def _patch_json(self, path: str, body: Any) -> Any:
        return self._client.patch_json(path, body)

    def _delete(self, path: str) -> None:
        self._client.request("DELETE", path)

    def _get_bytes(self, path: str, *, params: dict[str, Any] | None = None) -> bytes:
        return self._client.request("GET", path, params=params).content

    def _stream(self, path: str, *, params: dict[str, Any] | None = None
                ) -> AbstractContextManager[httpx.Response]:
        """``with self._stream(path) as response: response.iter_bytes()``."""
        return self._client.stream("GET", path, params=params)
