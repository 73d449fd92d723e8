"""Where the GUI thread is while it stalls: a thread that, whenever the GUI thread's heartbeat
is late, samples that thread's Python stack (``sys._current_frames``), and groups the samples
by stall. ``TICKETPROS_BENCH_STALL_PROFILE=1 ./dev bench watch`` prints the slowest stalls.

A stack that ends in the event loop's ``exec`` means the GUI thread was in Qt's own code or
waiting for the GIL (to call into Python); ``py-spy record --native --threads --idle`` tells
those apart (it found the GIL waits during the 1,000-file watched folder).
"""

from __future__ import annotations

import collections
import os
import sys
import threading
import time

from PySide6.QtCore import QTimer

#: A beat later than this (ms) counts as a stall and is sampled.
LATE_MS = 15.0


class StallSampler:
    """Start after the heartbeat under measure; :meth:`stop` gives a report of the slowest stalls."""

    def __init__(self, beat_ms: int = 5) -> None:
        self._last = time.perf_counter()
        self._gap_ms = 0.0
        self._timer = QTimer()
        self._timer.setInterval(beat_ms)
        self._timer.timeout.connect(self._beat)
        self._gui = threading.get_ident()
        self._running = False
        self._thread = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self.stalls: list[tuple[float, collections.Counter]] = []

    def start(self) -> None:
        self._last = time.perf_counter()
        self._running = True
        self._timer.start()
        self._thread.start()

    def stop(self, top: int = 8) -> str:
        self._running = False
        self._timer.stop()
        self._thread.join()
        stalls = sorted(self.stalls, key=lambda s: -s[0])
        lines = [f"stalls over {LATE_MS:.0f} ms: {len(stalls)}, {sum(ms for ms, _ in stalls):.0f} ms in all"]
        for ms, stacks in stalls[:top]:
            lines.append(f"-- {ms:.0f} ms ({sum(stacks.values())} samples)")
            for stack, count in stacks.most_common(2):
                lines.append(f"   [{count}] " + " < ".join(stack[:4]))
        return "\n".join(lines)

    def _beat(self) -> None:
        now = time.perf_counter()
        self._gap_ms = (now - self._last) * 1000
        self._last = now

    def _sample(self) -> None:
        current: collections.Counter | None = None
        while self._running:
            time.sleep(0.002)
            if (time.perf_counter() - self._last) * 1000 > LATE_MS:
                frame = sys._current_frames().get(self._gui)
                stack = []
                while frame is not None and len(stack) < 8:
                    code = frame.f_code
                    stack.append(f"{os.path.basename(code.co_filename)}:{frame.f_lineno} {code.co_name}")
                    frame = frame.f_back
                current = current if current is not None else collections.Counter()
                current[tuple(stack)] += 1
            elif current is not None:
                self.stalls.append((self._gap_ms, current))
                current = None
