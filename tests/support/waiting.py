"""Waiting in a test for something another process or thread does."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(condition: Callable[[], T], timeout: float = 20.0, step: float = 0.02) -> T:
    """``condition()``'s first true value, asked every ``step`` seconds; AssertionError
    once ``timeout`` seconds went by without one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"not reached in {timeout} s")
