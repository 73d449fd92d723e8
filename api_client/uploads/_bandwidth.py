"""A shared cap on upload bandwidth: one token bucket for every upload of a runner.

::

    limiter = BandwidthLimiter(512 * 1024)        # bytes per second, 0 = no limit
    uploader = TusUploader(client, bandwidth=limiter)
    limiter.set_rate(64 * 1024)                   # at run time; uploads in flight slow down

Why it is written here rather than taken from a library: the rate limiters on
PyPI count requests (pyrate-limiter, limits, ratelimit) or are asyncio-only
(aiolimiter); none waits for a number of bytes on a plain thread while also
waking at once on the upload's cancel ``threading.Event``, nor changes its rate
while turns are waiting.

How it shares: each sender asks for one slice at a time (:meth:`acquire`) and
gets a place in one line (bytes reserved so far); the bucket releases bytes at
``rate`` and a turn goes when the released total reaches its place. So turns
go in order, two uploads get about half the rate each, and the total never
exceeds the rate by more than the burst (an eighth of a second's worth, what
the bucket saves up while nobody sends).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

#: Bytes per slice: an eighth of a second of the rate ...
_SLICES_PER_SECOND = 8
#: ... but never smaller than this (per-slice overhead) nor larger than a piece of an unlimited upload.
MIN_SLICE = 4 * 1024
MAX_SLICE = 1024 * 1024
#: A waiting turn looks at the rate again at least this often (a change applies within it).
RECHECK_SECONDS = 0.1


class BandwidthLimiter:
    """Caps the bytes per second sent, in total, by every thread that shares it.

    Thread-safe. ``rate`` 0 means no limit: senders check :attr:`rate` (a
    plain attribute read) and skip the limiter entirely. Waiting happens
    outside the lock, on the caller's cancel event when it has one, so a
    pause or cancel is answered at once.
    """

    def __init__(self, bytes_per_second: int = 0, *, burst_seconds: float = 1 / _SLICES_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._burst_seconds = burst_seconds
        self._rate = 0
        self._released = 0.0  # bytes the bucket has let go since it started (grows at ``rate``)
        self._reserved = 0.0  # bytes handed to turns so far (sent, or waiting to be)
        self._stamp = clock()
        self.set_rate(bytes_per_second)

    @property
    def rate(self) -> int:
        """Bytes per second; 0 = no limit."""
        return self._rate

    def slice_size(self) -> int:
        """How many bytes a sender should hand to the socket at a time at the current rate:
        small enough that progress keeps flowing and a turn never waits long."""
        rate = self._rate
        if not rate:
            return MAX_SLICE
        return max(MIN_SLICE, min(MAX_SLICE, rate // _SLICES_PER_SECOND))

    def set_rate(self, bytes_per_second: int) -> None:
        """Change the cap (0 = none). Waiting turns go on at the new rate within
        :data:`RECHECK_SECONDS`; with no limit they go at once."""
        bytes_per_second = int(bytes_per_second)
        if bytes_per_second < 0:
            raise ValueError("bytes_per_second must be 0 (no limit) or positive")
        with self._lock:
            now = self._clock()
            was_unlimited = not self._rate
            self._refill(now)
            self._rate = bytes_per_second
            if not bytes_per_second:
                self._released = self._reserved  # nobody owes anything
            elif was_unlimited:
                self._released = self._reserved + self._burst()  # start with a full (small) bucket
            self._stamp = now

    def acquire(self, size: int, cancel: threading.Event | None = None) -> bool:
        """Wait until ``size`` more bytes may be sent; False if ``cancel`` was set meanwhile
        (the turn is then given back). Returns at once when there is no limit."""
        with self._lock:
            if not self._rate:
                return True
            self._refill(self._clock())
            self._reserved += size
            place = self._reserved
            if self._released >= place:
                return True
        while True:
            with self._lock:
                rate = self._rate
                if not rate:
                    return True
                self._refill(self._clock())
                shortfall = place - self._released
                if shortfall <= 0:
                    return True
                delay = min(shortfall / rate, RECHECK_SECONDS)
            if cancel is not None:
                if cancel.wait(delay):
                    self._give_back(size)
                    return False
            else:
                time.sleep(delay)

    def _give_back(self, size: int) -> None:
        # The turn is not taken: the ones behind it need not wait for its bytes.
        with self._lock:
            if self._rate:
                self._released = min(self._released + size, self._reserved + self._burst())

    def _burst(self) -> float:
        return max(float(MIN_SLICE), self._rate * self._burst_seconds)

    def _refill(self, now: float) -> None:
        if self._rate:
            elapsed = max(0.0, now - self._stamp)
            self._released = min(self._released + elapsed * self._rate, self._reserved + self._burst())
        self._stamp = now
