"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
import time

import httpx

from ._constants import MAX_RETRY_WAIT


def backoff_delay(attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): the server's
    Retry-After when given, else exponential backoff with jitter."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), MAX_RETRY_WAIT)
    return min(MAX_RETRY_WAIT, 0.5 * 2**attempt) * random.uniform(0.5, 1.0)


def retry_after(response: httpx.Response) -> float | None:
    """The reply's Retry-After in seconds, when it gives one as a number."""
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def pause(seconds: float) -> None:
    """The one place the SDK sleeps between attempts (tests replace ``time.sleep`` here)."""
    time.sleep(seconds)
