"""What start-up made stays out of the garbage collector's way.

Python's cyclic garbage collector walks every object it tracks on each full collection,
holding the GIL all along: whichever thread triggers it (an upload worker allocating, more
often than not), the GUI thread waits for it to end before it can call into Python again.
Once the main window is up, the app tracks some 60,000 objects (modules, classes, Qt's type
wrappers, the pages) that live as long as it does, and a full collection of them took about
40 ms of this machine's CPU; in the 200 MB upload benchmark one such collection, on an upload
worker, was the whole of a 105 ms GUI stall (profiled with ``gc.callbacks``).

:func:`settle` collects once, on the GUI thread (Qt objects in reference cycles must be
destroyed there), then freezes what is left (``gc.freeze``): frozen objects are never walked
again, and later collections walk only what was made since. Objects freed by their reference
count still go as always; only a reference cycle among frozen objects would be kept, and the
collection just before freezing leaves none.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def settle() -> None:
    """Collect, then freeze what survives: call on the GUI thread once the main window is up."""
    started = time.perf_counter()
    gc.collect()
    gc.freeze()
    log.debug("heap settled: %d objects frozen in %.0f ms", gc.get_freeze_count(),
              (time.perf_counter() - started) * 1000)
