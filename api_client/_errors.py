"""Errors raised by the Ticket Pros SDK.

Every error carries a ``message`` a person can read as it is (English; when the SDK
wrote it, it is a ``Sentence`` with a stable ``code`` and ``params``, see
``message_code``, so an app can say it in its own language)::

    TicketProsError
    ├── ConfigurationError          the client was set up in a way it refuses (plain http:// to a remote host)
    ├── NetworkError                no usable reply: connection refused, DNS, timeout, connection lost
    │   └── TLSError                the server's certificate could not be verified
    ├── IncompatibleServerError     the address answers, but not as a compatible Ticket Pros service
    ├── MalformedResponseError      the service answered something the SDK cannot read
    ├── TokenStoreError             the OS keyring is locked or unavailable (the session is NOT lost)
    ├── SignInError                 a browser or device sign-in was refused (``code``: OAuth's error)
    │   ├── SignInCancelledError    cancelled in the app
    │   └── SignInTimedOutError     nobody finished it in time
    └── APIStatusError              the service answered with an error status
        ├── ValidationError         400 / 422: the request is not valid
        ├── AuthenticationError     401: wrong credentials, or not signed in
        │   ├── SessionEndedError   the session was revoked or expired: sign in again
        │   ├── CodeRequiredError   the password was right; two-step is on: sign in again with ``code``
        │   └── InvalidCodeError    the two-step code (or recovery code) is not right
        ├── PermissionDeniedError   403
        │   └── BrowserSignInRequiredError  the organisation's rules need the browser sign-in
        ├── NotFoundError           404 (also for other organisations' ids)
        ├── ConflictError           409
        ├── PayloadTooLargeError    413
        ├── RateLimitedError        429: ``retry_after`` seconds, when known
        └── ServerError             5xx
            └── StorageFullError    507: the service has no room for more files now (retry later)
"""

from __future__ import annotations

from ._service_sentences import ServiceSentence


class TicketProsError(Exception):
    """Base class: ``message`` is one sentence meant for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def message_code(self) -> str | None:
        """The stable code of ``message`` when it is one of the SDK's own sentences
        (``api_client._sentences``; its params are ``message.params``), for an app to say it
        in its language; None for a service's own message."""
        return getattr(self.message, "code", None)

    @property
    def sentence(self) -> ServiceSentence | None:
        """``message`` when it is the service's coded sentence (``code``, ``params``, ``text``);
        None for the SDK's own sentences and for a service that sent no code."""
        return self.message if isinstance(self.message, ServiceSentence) else None


class ConfigurationError(TicketProsError):
    pass


class NetworkError(TicketProsError):
    """The service could not be reached or the connection broke; retrying may help."""


class TLSError(NetworkError):
    """The TLS handshake failed (untrusted or mismatched certificate); retrying will not help."""


class IncompatibleServerError(TicketProsError):
    pass


class MalformedResponseError(TicketProsError):
    pass


class TokenStoreError(TicketProsError):
    """The token store (OS keyring) cannot be used right now.

    ``locked`` is True when it exists but is locked (often just after a reboot),
    so waiting and retrying is the right answer; the stored session is kept.
    """

    def __init__(self, message: str, *, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked


class SignInError(TicketProsError):
    """A sign-in through the browser or another device did not finish; ``code``
    is OAuth's reason (``access_denied``, ``invalid_grant``...)."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class SignInCancelledError(SignInError):
    def __init__(self, message: str) -> None:
        super().__init__(message, code="cancelled")


class SignInTimedOutError(SignInError):
    def __init__(self, message: str) -> None:
        super().__init__(message, code="timed_out")


class APIStatusError(TicketProsError):
    """The service replied with an error status; ``code`` is its machine-readable code."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str = "",
        request_id: str | None = None,
        details: list | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.request_id = request_id
        self.details = details or []


class ValidationError(APIStatusError):
    pass


class AuthenticationError(APIStatusError):
    pass


class SessionEndedError(AuthenticationError):
    pass


class CodeRequiredError(AuthenticationError):
    """The password was right and two-step verification is on: sign in again
    with the authenticator app's code (or a recovery code)."""


class InvalidCodeError(AuthenticationError):
    """The two-step code or recovery code is not right (counted like a wrong password)."""


class PermissionDeniedError(APIStatusError):
    pass


class BrowserSignInRequiredError(PermissionDeniedError):
    """The organisation allows only the browser sign-in, or requires two-step
    verification of someone who has none yet (``enrolment_needed``: the
    browser sign-in page sets it up)."""

    @property
    def enrolment_needed(self) -> bool:
        return self.code == "two_step_enrolment_required"


class NotFoundError(APIStatusError):
    pass


class ConflictError(APIStatusError):
    pass


class PayloadTooLargeError(APIStatusError):
    pass


class RateLimitedError(APIStatusError):
    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    pass


class StorageFullError(ServerError):
    """507: the service ran out of storage. Nothing was lost; what it received of
    an upload is kept, and the upload goes on once it has room again."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: ValidationError,
    429: RateLimitedError,
}

#: 401 codes meaning the session itself is gone (as opposed to bad credentials).
SESSION_ENDED_CODES = frozenset({"session_revoked", "session_expired"})

#: Sign-in replies whose code says more than their status.
_BY_CODE: dict[tuple[int, str], type[APIStatusError]] = {
    (401, "two_step_required"): CodeRequiredError,
    (401, "invalid_code"): InvalidCodeError,
    (403, "browser_sign_in_required"): BrowserSignInRequiredError,
    (403, "two_step_enrolment_required"): BrowserSignInRequiredError,
}


def status_error_class(status: int, code: str) -> type[APIStatusError]:
    if status == 401 and code in SESSION_ENDED_CODES:
        return SessionEndedError
    if (status, code) in _BY_CODE:
        return _BY_CODE[status, code]
    if status == 507:
        return StorageFullError
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIStatusError)
