"""The service's refusals: a small tree of domain errors, raised by services.

Each has a stable ``code`` (machine-readable: ``not_found``, ``invalid_state``)
and a ``message``, a sentence a person may read as it is. Services know
nothing of HTTP: ``server.http_errors`` maps each class to its reply, in one
place, with the same status for every error of a class::

    ServiceError
    ├── Malformed         the request cannot be read (headers, metadata)        400
    ├── SignInFailed      credentials or refresh token refused                  401
    ├── NotSignedIn       no usable access token                                401
    ├── Forbidden         signed in, but not allowed to do this                 403
    ├── NotFound          missing, or another organisation's (answers the same) 404
    ├── Stalled           no data arrived for too long                          408
    ├── Conflict          clashes with the current state                        409
    ├── Gone              existed, but is no longer available                   410
    ├── TooLarge          larger than the service accepts                       413
    ├── UnsupportedType   content of a kind the service does not take           415
    ├── Invalid           values the service cannot accept                      422
    ├── TooManyAttempts   locked for a while after failed attempts              429
    ├── ChecksumMismatch  data damaged on the way (tus checksum extension)      460
    ├── StorageFull       the service has no room for it now                    507
    └── OAuthError        refusals of the OAuth token and device endpoints      400 (401)

``OAuthError`` is answered in the shape RFC 6749 §5.2 prescribes for those
endpoints (``{"error": "invalid_grant", "error_description": ...}``: OAuth
clients read ``error`` as a string; RFC 8628's polling depends on it), with 401
for ``invalid_client`` and 400 for the rest.

``retry_after`` (seconds) says when trying again makes sense; ``upload_offset``
how many bytes of an upload the service holds, on refusals of upload data.
"""

from __future__ import annotations

from . import sentences


class ServiceError(Exception):
    def __init__(
        self,
        code: str,
        message: str,
        *,
        retry_after: int | None = None,
        upload_offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.retry_after = retry_after
        self.upload_offset = upload_offset


class Malformed(ServiceError):
    pass


class SignInFailed(ServiceError):
    pass


class NotSignedIn(ServiceError):
    def __init__(self, code: str, message: str, *, token_refused: bool) -> None:
        super().__init__(code, message)
        #: An access token was sent and refused (False: none was sent).
        self.token_refused = token_refused


class Forbidden(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class Stalled(ServiceError):
    pass


class Conflict(ServiceError):
    pass


class Gone(ServiceError):
    pass


class TooLarge(ServiceError):
    pass


class UnsupportedType(ServiceError):
    pass


class Invalid(ServiceError):
    pass


class TooManyAttempts(ServiceError):
    pass


class ChecksumMismatch(ServiceError):
    pass


class StorageFull(ServiceError):
    pass


class OAuthError(ServiceError):
    """``code`` is the RFC 6749 / RFC 8628 error code, ``message`` its description."""

    @property
    def status(self) -> int:
        return 401 if self.code == "invalid_client" else 400


def not_found(message: str | None = None) -> NotFound:
    """``message``: one of ``server.sentences``' ``NOT_FOUND_*`` (default: "The item was not found.")."""
    # Foreign ids answer exactly like missing ones: tenants never learn of each other.
    return NotFound("not_found", message if message is not None else sentences.NOT_FOUND_ITEM())


def forbidden(message: str) -> Forbidden:
    return Forbidden("forbidden", message)


def invalid(message: str) -> Invalid:
    return Invalid("validation_error", message)
