"""What went wrong, in one sentence: httpx outcomes turned into the SDK's errors."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from . import _sentences as S
from ._errors import (
    APIStatusError,
    MalformedResponseError,
    NetworkError,
    RateLimitedError,
    TLSError,
    status_error_class,
)
from ._retries import retry_after
from ._service_sentences import read_sentence

#: Said when the service's error reply carries no message of its own.
_STATUS_MESSAGES = {
    404: S.STATUS_NOT_FOUND,
    413: S.STATUS_TOO_LARGE,
    429: S.STATUS_BUSY,
    507: S.STATUS_STORAGE_FULL,
}


def read_json(response: httpx.Response) -> Any:
    """The reply's JSON; a reply that is not JSON is a MalformedResponseError."""
    try:
        return response.json()
    except ValueError as exc:
        raise MalformedResponseError(S.REPLY_UNREADABLE()) from exc


def status_error(response: httpx.Response) -> APIStatusError:
    """The error for an error reply (its body already read): the service's own
    message and code when it sent them, a sentence about the status otherwise."""
    code, message, details = "", "", None
    try:
        body = response.json()
        error = body.get("error")
        if isinstance(error, dict):
            code = str(error.get("code") or "")
            message = read_sentence(error.get("message") or "", error.get("message_code"), error.get("params"))
            details = error.get("details") if isinstance(error.get("details"), list) else None
        elif isinstance(error, str):
            # RFC 6749 §5.2, the OAuth endpoints' shape: {"error": code, "error_description": sentence},
            # with the sentence's message_code and params beside it when the service codes it.
            code = error[:100]
            message = read_sentence(str(body.get("error_description") or "")[:500], body.get("message_code"),
                                    body.get("params"))
    except (ValueError, AttributeError):
        pass  # an HTML error page from a proxy, say: fall back to the status
    status = response.status_code
    if not message:
        template = _STATUS_MESSAGES.get(status)
        message = template() if template else S.STATUS_SERVER() if status >= 500 else S.STATUS_OTHER(status=status)
    cls = status_error_class(status, code)
    kwargs: dict[str, Any] = {
        "status": status, "code": code, "details": details, "request_id": response.headers.get("x-request-id"),
    }
    if cls is RateLimitedError:
        kwargs["retry_after"] = retry_after(response)
    return cls(message, **kwargs)


def transport_error(exc: httpx.TransportError, base_url: str) -> NetworkError:
    """The error for a request that got no usable reply."""
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(S.NETWORK_TIMEOUT(base_url=base_url))
    if isinstance(exc, (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        if _is_tls_failure(exc):
            return TLSError(S.NETWORK_TLS(base_url=base_url))
        if isinstance(exc, httpx.ConnectError):
            return NetworkError(S.NETWORK_UNREACHABLE(base_url=base_url))
        return NetworkError(S.NETWORK_LOST(base_url=base_url))
    return NetworkError(S.NETWORK_OTHER(base_url=base_url, reason=str(exc)))


def _is_tls_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
