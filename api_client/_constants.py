"""Numbers of the SDK's contract with the service: one place for each."""

from __future__ import annotations

import httpx

#: Every API path is under this prefix (the service's ``/api/v1``).
API_PREFIX = "/api/v1"
#: The ``api_version`` of ``/meta`` this SDK speaks.
SUPPORTED_API_VERSION = 1

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 3
#: Never sleep longer than this for one retry, whatever Retry-After says.
MAX_RETRY_WAIT = 8.0
RETRYABLE_STATUS = frozenset({408, 429, 500, 502, 503, 504})

#: Refresh the access token this long before it expires.
REFRESH_MARGIN = 30.0
#: Longest wait for another process on this computer (the app, the command
#: line) to finish renewing the same session: longer than one refresh with all
#: its retries takes.
ROTATION_LOCK_TIMEOUT = 120.0
